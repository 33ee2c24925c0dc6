"""Session 32, hl32: home goods as furniture, bedding, lighting, cookware and storage shops title them
in several languages (``crawler/matching/home32.py``): kinds and finishes in the shops' languages, a
household lamp's base, light colour and glass, an LED lamp's equivalent watts, a lumen count written
three ways, a size's letters ("l.140 x H.260 cm") and a German "Doppelpack"."""

from tests.pair_checks import pair_tests


SAME = [
    # a piece's kind in the shop's language (Dutch, Spanish, German; "Regal" stays a word: English royal)
    ("HEMNES Bookcase, white, 49x197 cm", "IKEA HEMNES Boekenkast wit 49x197 cm"),
    ("KALLAX Shelving unit, white, 42x147 cm", "KALLAX Estantería, blanco, 42x147 cm"),
    ("MICKE Desk, black-brown, 73x50 cm", "MICKE Escritorio, negro-marrón, 73x50 cm"),
    ("MALM Chest of 3 drawers, white, 80x78 cm", "MALM Kommode mit 3 Schubladen, weiß, 80x78 cm"),
    ("BRIMNES Wardrobe with 3 doors, white, 117x190 cm", "BRIMNES Kleiderschrank mit 3 Türen, weiß, 117x190 cm"),
    # a box's lid in German and Dutch
    ("SAMLA Box with lid, transparent, 45 l", "IKEA SAMLA Box mit Deckel, transparent, 45 l"),
    ("Curver Unibox 20L storage box with lid", "Curver Unibox opbergbox 20 liter met deksel"),
    # a wood's finish translated ("oak effect" / "Eiche-Optik": the effect word names no product)
    ("GoodHome Atomia wardrobe 100x35x187 cm oak effect", "GoodHome Atomia Kleiderschrank 100x35x187 cm Eiche-Optik"),
    # a lamp's light colour and its dimmability in German
    ("Osram LED Star Classic A60 E27 8.5W 806lm 2700K warm white dimmable",
     "OSRAM LED Star Classic A60 E27 8,5W 806lm 2700K warmweiß dimmbar"),
    # an LED lamp's equivalent watts alone against its own power ("806lm ... 60 W" is the bulb it replaces)
    ("Lexman LED bulb E27 806lm 8.5W warm white", "Ampoule LED Lexman E27 806lm blanc chaud 60 W"),
    ("Ring B22 LED bulb 8.8W 806lm warm white, pack of 10", "Ring B22 LED GLS 60W equivalent 806 lumens warm white, pack of 10"),
    # a lumen count written "806 lumen" and "806lm", a light colour in Spanish
    ("Bombilla LED GU10 4,7W 345 lm luz cálida Philips", "Philips LED GU10 4.7W 345lm warm white"),
    ("Innr smart LED bulb E27 806 lumen warm white", "Innr smart LED bulb E27 806lm warm white"),
    # a piece's size with its letters (largeur / hauteur)
    ("Rideau occultant Inspire 135 x 260 cm gris", "Rideau occultant Inspire gris l.135 x H.260 cm"),
    # a pack of two in German
    ("Philips Hue White E27 smart bulb 1100 lm, 2 pack", "Philips Hue White E27 Doppelpack 1100lm"),
]

DIFFERENT = [
    # two lamp bases of one bulb line
    ("Philips LED Classic A60 E27 7W 806lm 2700K", "Philips LED Classic A60 B22 7W 806lm 2700K"),
    ("Ledvance LED spot GU10 4.3W 350lm warm white", "Ledvance LED spot GU5.3 4.3W 350lm warm white"),
    # two light colours in words (French, German)
    ("Ampoule LED E14 470lm blanc chaud Lexman", "Ampoule LED E14 470lm blanc neutre Lexman"),
    ("LED Leuchtmittel E27 1055 lm warmweiß", "LED Leuchtmittel E27 1055 lm tageslicht"),
    # frosted glass against clear
    ("Osram LED Star Classic P40 E14 4.9W 470lm frosted", "Osram LED Star Classic P40 E14 4.9W 470lm clear"),
    # two equivalent watts alone are two bulbs
    ("GE LED A19 bulb 60 Watt Replacement, 4-pack", "GE LED A19 bulb 100 Watt Replacement, 4-pack"),
    # the kind words leave the line's other pieces apart
    ("HEMNES Bookcase, white stain", "HEMNES Daybed, white stain"),
    ("ALEX Desk, white", "ALEX Drawer unit, white"),
    # a size with its letters against another size
    ("Rideau occultant Inspire gris l.135 x H.260 cm", "Rideau occultant Inspire gris l.135 x H.240 cm"),
    # what the firmness spec that was tried would have joined: "Soft" is a product's name
    ("Nivea Soft Creme 200 ml", "Nivea Creme 200 ml"),
    ("Moleskine Classic Notebook Large Ruled Soft Cover Black", "Moleskine Classic Notebook Large Ruled Hard Cover Black"),
    # a sheet set is no duvet cover
    ("Brooklinen Luxe Sheet Set, Queen, White", "Brooklinen Luxe Duvet Cover, Queen, White"),
    # a pack of two against one
    ("Philips Hue White E27 Doppelpack 1100lm", "Philips Hue White E27 smart bulb 1100 lm"),
]


test_same_product, test_different_product = pair_tests(same=SAME, different=DIFFERENT)
