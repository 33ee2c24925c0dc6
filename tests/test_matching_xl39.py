"""Session 39, xl39: one product titled in two languages (``crawler.matching.xl39``).  Two shops of two
countries print the brand and the product's own name (a line name, a model number), every number agrees, and
the words the other title lacks are, on each side, ordinary words of that side's language (a word-frequency
list per language, ``wordfreq``; a compound by its parts) - no variant marker, code in capitals, roman
numeral or value of the tables on one side only, neither title English.  Near misses both ways: another
model number, capacity, count, line word, flavour, colour, day / night care, language edition - titled in two
languages too."""

from crawler.matching import xl39
from tests.pair_checks import pair_tests


SAME = [
    # held-out-38's European set ("none": no table knew the kinds)
    ("Philips Lumea Prestige IPL Haarentfernungsgerät mit 4 Aufsätzen",
     "Philips Lumea Prestige IPL ontharingsapparaat met 4 opzetstukken"),
    ("iRobot Roomba j7+ Saugroboter mit Absaugstation", "Aspirateur robot iRobot Roomba j7+ avec base d'autovidage"),
    ("Kärcher Hochdruckreiniger K 5 Power Control, Druck: 20-145 bar, App-Unterstützung",
     "Idropulitrice Kärcher K5 Power Control 145 bar"),
    # the author's file (xl39.jsonl): Polish, Swedish, Portuguese and Czech shops
    ("Karma sucha dla psa Royal Canin Maxi Adult 15 kg", "Ração para cão Royal Canin Maxi Adult 15 kg"),
    ("WD-40 preparat wielofunkcyjny 400 ml", "WD-40 dégrippant multifonction aérosol 400 ml"),
    ("Dremel 3000 Multifunktionswerkzeug 130 Watt mit 25 Zubehörteilen",
     "Dremel 3000 utensile multifunzione 130 W, kit con 25 accessori"),
    ("Logitech MX Master 3S trådlös mus grafit", "Ratón inalámbrico Logitech MX Master 3S grafito"),
    ("Gillette Fusion5 ProGlide náhradní hlavice 8 ks", "Gillette Fusion5 ProGlide Rasierklingen, 8 Stück"),
    ("Petzl Actik Core Stirnlampe 600 Lumen", "Petzl Actik Core pannlampa 600 lumen"),
    # (fxxl39) the kind, part, wearer or animal named on both sides, each in its language
    ("Kärcher WD 3 Filtertüten", "Kärcher WD 3 sacchetti filtro"),
    ("Tefal Ingenio Essential Deckel 28 cm", "Tefal Ingenio Essential couvercle 28 cm"),
    ("Nike Pegasus 40 Laufschuhe Herren", "Nike Pegasus 40 zapatillas de running hombre"),
    ("Purina Pro Plan Adult Katzenfutter Huhn 3 kg", "Purina Pro Plan Adult karma dla kota kurczak 3 kg"),
]

DIFFERENT = [
    # one identifying attribute apart, two languages
    ("Philips Lumea Prestige IPL Haarentfernungsgerät mit 4 Aufsätzen",
     "Philips Lumea Advanced IPL ontharingsapparaat met 4 opzetstukken"),
    ("iRobot Roomba j7+ Saugroboter mit Absaugstation", "Aspirateur robot iRobot Roomba i7+ avec base d'autovidage"),
    ("Kärcher Hochdruckreiniger K 5 Power Control", "Idropulitrice Kärcher K4 Power Control"),
    ("Petzl Actik Core Stirnlampe 600 Lumen", "Petzl Actik pannlampa 450 lumen"),
    ("Karma sucha dla psa Royal Canin Maxi Adult 15 kg", "Ração para cão Royal Canin Medium Adult 15 kg"),
    ("WD-40 preparat wielofunkcyjny 400 ml", "WD-40 dégrippant multifonction aérosol 250 ml"),
    ("Braun MultiQuick 7 MQ 7035X Stabmixer", "Blender ręczny Braun MultiQuick 7 MQ7045X"),
    ("Dremel 3000 Multifunktionswerkzeug 130 Watt mit 25 Zubehörteilen",
     "Dremel 4000 utensile multifunzione 175 W, kit con 25 accessori"),
    # no brand the tables know: a model number, not a line's words, is the name ("Le Creuset Signature")
    ("Le Creuset Signature Bräter 24 cm", "Le Creuset Signature poêle 24 cm"),
    # a value of the tables on each side, two values (a recipe); a day / night care; a language edition
    ("Hill's Science Plan Adult Katzenfutter mit Thunfisch 10 kg",
     "Hill's Science Plan Adult Croquettes pour chat au Poulet 10 kg"),
    ("L'Oréal Paris Revitalift Laser X3 Tagespflege 50 ml", "L'Oréal Paris Revitalift Laser X3 soin de nuit 50 ml"),
    ("Hasbro Monopoly Classic (deutsche Version)", "Monopoly Classique - version française"),
    # a code in capitals, a roman numeral on one side
    ("Bosch Professional GSR 18V-55 Akku-Bohrschrauber solo", "Bosch Professional GSB 18V-55 wiertarka udarowa solo"),
    ("SONY FE 24-70 mm F2.8 GM II Objectief", "Obiektyw Sony FE 24-70 mm F2.8 GM"),
    # one language on both sides is no pair of this rule ("Voll-Nuss" / "Nugat", "Cupani" / "Matucana")
    ("Ritter Sport Voll-Nuss 100 g", "Ritter Sport Nugat 100 g"),
    ("Thompson & Morgan Sweet Pea Cupani 20 seeds", "Thompson & Morgan Sweet Pea Matucana 20 seeds"),
    # (fxxl39, attack39w) a common word saying what the product IS, another on the other side: the product and
    # its accessory, part or consumable; two kinds of one line; men's / women's; cat / dog; a book's volume
    ("Kärcher WD 3 Filtertüten", "Kärcher WD 3 aspirateur eau et poussière"),
    ("Miele Complete C3 Staubsaugerbeutel", "Miele Complete C3 stofzuiger"),
    ("Nespresso Vertuo Next Entkalker", "Nespresso Vertuo Next ekspres do kawy"),
    ("Stokke Tripp Trapp Sitzkissen", "Stokke Tripp Trapp chaise haute"),
    ("Stihl MS 170 Motorsäge", "Stihl MS 170 chaîne de tronçonneuse"),
    ("Oral-B iO Series 9 Bürstenköpfe", "Oral-B iO Series 9 brosse à dents électrique"),
    ("Gillette Fusion5 ProGlide Rasierklingen", "Gillette Fusion5 ProGlide maquinilla de afeitar"),
    ("Tefal Ingenio Essential Deckel 28 cm", "Tefal Ingenio Essential padella 28 cm"),
    ("Zwilling Twin Pollux Brotmesser 20 cm", "Zwilling Twin Pollux coltello da cuoco 20 cm"),
    ("Bosch Serie 6 Waschmaschine", "Bosch Serie 6 sèche-linge"),
    ("AEG Serie 7000 Waschmaschine", "AEG Serie 7000 asciugatrice"),
    ("Nike Pegasus 40 Laufschuhe Herren", "Nike Pegasus 40 zapatillas de running mujer"),
    ("Asics Gel-Kayano 30 hardloopschoenen dames", "Asics Gel-Kayano 30 buty do biegania męskie"),
    ("Purina Pro Plan Adult Hundefutter Huhn 3 kg", "Purina Pro Plan Adult karma dla kota kurczak 3 kg"),
    ("Hill's Science Plan Adult Katzenfutter Huhn 3 kg", "Hill's Science Plan Adult croquettes pour chien poulet 3 kg"),
    ("Nivea Men Sensitive Rasierschaum 200 ml", "Nivea Men Sensitive gel de rasage 200 ml"),
    ("Harry Potter und der Stein der Weisen Band 1", "Harry Potter à l'école des sorciers Tome 1"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_ordinary_words():
    # a plain word, a compound of two, an English loan that is no word of the language
    assert xl39.ordinary("hochdruckreiniger", "de")
    assert xl39.ordinary("absaugstation", "de")
    assert xl39.ordinary("ontharingsapparaat", "nl")
    assert not xl39.ordinary("giant", "it")
    assert not xl39.ordinary("lumea", "de")


def test_two_languages_read():
    assert xl39.two_languages(["saugroboter", "mit", "absaugstation"], ["aspirateur", "robot", "avec", "base"],
                              ["absaugstation"], ["aspirateur"]) == ("de", "fr")
    # one language: not this rule's
    assert xl39.two_languages(["polpa", "finissima"], ["passata"], ["polpa"], ["passata"]) is None
    # English on one side (session 41, eu41): only when neither title prints an identifying word the other lacks
    assert xl39.two_languages(["electric", "shaver", "with"], ["elektrorasierer", "mit"], [], []) == ("en", "de")
    assert xl39.two_languages(["electric", "shaver", "with"], ["elektrorasierer", "mit"], [], ["elektrorasierer"]) is None
    assert xl39.two_languages(["absolute", "cordless"], ["akku", "staubsauger"], ["absolute"], []) is None


def test_kinds_read():
    # (fxxl39) a word, an inflection, a compound's last part, a phrase; a volume of a book
    assert xl39.kinds("Miele Complete C3 Staubsaugerbeutel") == {"bag"}  # (its last part)
    assert xl39.kinds("Bosch Serie 6 sèche-linge") == {"dryer"}
    assert xl39.kinds("Asics Gel-Kayano 30 buty do biegania męskie") == {"men"}
    assert xl39.kinds("Purina Pro Plan Adult Hundefutter Huhn 3 kg") == {"dog"}
    assert xl39.kinds("Logitech MX Master 3S trådlös mus grafit") == frozenset()
    assert xl39.volume("Harry Potter i Komnata Tajemnic Tom 2")
    assert not xl39.volume("Nike Pegasus 40 zapatillas de running mujer")
