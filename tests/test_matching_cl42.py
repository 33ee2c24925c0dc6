"""Colours and finishes across shops and languages (session 42, cl42): an Apple part number printed
without its region suffix, a colourway closing the title right after the maker's part number, a metal paint's texture."""
from tests.pair_checks import pair_tests

SAME = [
    # an Apple part number with and without its region / keyboard suffix
    ("Apple MacBook Air 13 M2 8GB 256GB Midnight MLY33", "MacBook Air 13,6 M2 8 Go 256 Go Minuit MLY33FN/A"),
    ("Apple MacBook Air 13 M2 MLY33", "Apple MacBook Air 13 M2 MLY33LL/A"),
    # a colourway after the part number, written in another language
    ("KitchenAid Artisan 5KSM175PS Cream", "KitchenAid Artisan 5KSM175PS Creme"),
    ("KitchenAid Artisan 5KSM175PSEER Empire Red", "KitchenAid Artisan 5KSM175PSEER Rouge Empire"),
    ("Smeg FAB28RCR5 Retro Fridge Cream", "Smeg FAB28RCR5 Kühlschrank Creme"),
    # a maker's word closing the title after its colour, the other naming the colour in another language
    ("Bose QuietComfort Ultra Headphones White Smoke", "Bose QuietComfort Ultra Kopfhörer Weiß"),
    # (fxcl42) the word closing the title a shade's noun (a closed class): "Lava", "Truffle", "Smoke"
    ("Oral-B iO Series 9 Electric Toothbrush Black Lava", "Oral-B iO Series 9 Elektrische Zahnbürste Schwarz"),
    ("Breville Barista Express Espresso Machine Black Truffle", "Breville Barista Express Espresso Machine Negro"),
    ("Bose QuietComfort Ultra Earbuds White Smoke", "Bose QuietComfort Ultra Earbuds Blanco"),
    # (fxcl42) a bare part number beside a region's name joins that region's suffix
    ("Apple MacBook Air 13 M2 8GB 256GB Midnight MLY33 US", "Apple MacBook Air 13 M2 8GB 256GB Midnight MLY33LL/A"),
    ("Apple Magic Keyboard MK2A3 - Deutsch", "Apple Magic Keyboard MK2A3D/A"),
    # colour words of other languages
    ("Apple iPhone 13 128GB Starlight", "Apple iPhone 13 128GB Galassia"),
]
DIFFERENT = [
    ("Apple MacBook Air 13 M2 MLY33", "Apple MacBook Air 13 M2 MLY43LL/A"),
    # two region suffixes: a US and a German keyboard
    ("Apple MacBook Air 13 M2 MLY33D/A", "Apple MacBook Air 13 M2 MLY33LL/A"),
    # a maker's colour name after the part number against another colour
    ("KitchenAid Artisan 5KSM175PS Almond Cream", "KitchenAid Artisan 5KSM175PS Onyx Black"),
    ("KitchenAid Artisan 5KSM175PS Cream", "KitchenAid Artisan 5KSM175PS Black"),
    ("Ray-Ban Clubmaster RB3016 Black", "Ray-Ban Clubmaster RB3016 Havana"),
    # a finish or a maker's colour word where the other names a colour
    ("HAY About A Chair AAC22 Black Lacquered Oak", "HAY About A Chair AAC22 Matt Lacquered Oak"),
    ("Ray-Ban Clubmaster RB3016 Black on Gold", "Ray-Ban Clubmaster RB3016 Havana on Gold"),
    # the maker's word after the colour frees only against that colour
    ("Bose QuietComfort Ultra Headphones White Smoke", "Bose QuietComfort Ultra Kopfhörer Schwarz"),
    ("Samsung Galaxy Buds2 Pro Violett", "Samsung Galaxy Buds2 Pro Graphite"),
    # (fxcl42, attack42a) a word closing the title after its colour that is no shade's noun is the
    # product's own - a cut, a sole, a lining, a collaboration, a line: two products
    ("Nike Air Force 1 '07 White Mid", "Nike Air Force 1 '07 Low Weiß"),
    ("Crocs Classic Clog Black Platform", "Crocs Classic Clog Negro"),
    ("Crocs Classic Clog Black Lined", "Crocs Classic Clog Schwarz"),
    ("Apple Watch Sport Band 45mm Black Unity", "Apple Watch Sport Band 45mm Schwarz"),
    ("Fjallraven Kanken Backpack Black Totepack", "Fjallraven Kanken Backpack Schwarz"),
    ("Adidas Stan Smith White Vegan", "Adidas Stan Smith Weiß"),
    ("Eastpak Padded Pak'r Black Denim", "Eastpak Padded Pak'r Schwarz"),
    # (fxcl42, attack42a) a bare Apple part number beside a region or a layout against another region's suffix
    ("Apple MacBook Air 13 M2 8GB 256GB Midnight MLY33 US", "Apple MacBook Air 13 M2 8GB 256GB Midnight MLY33D/A"),
    ("Apple Magic Keyboard MK2A3 - Deutsch", "Apple Magic Keyboard MK2A3LL/A"),
    ("Apple Magic Keyboard with Touch ID and Numeric Keypad MK2C3 US",
     "Apple Magic Keyboard with Touch ID and Numeric Keypad MK2C3D/A"),
    ("Apple iPhone 13 128GB Mezzanotte", "Apple iPhone 13 128GB Galassia"),
    # a metal paint's texture
    ("Hammerite Direct to Rust Metal Paint Smooth Black 750ml", "Hammerite Direct to Rust Metal Paint Hammered Black 750ml"),
    ("Hammerite Metallack Hammerschlag schwarz 750 ml", "Hammerite Metallack Glatt schwarz 750 ml"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
