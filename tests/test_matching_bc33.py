"""Session 33 (bc33): make-up, skin and hair care, fragrance and men's grooming as shops in eight
languages title them (``crawler.matching.beauty33``).  Each reading asked on real-looking pairs both
ways round, through the pair path and the batch path, which must agree:

* a shade's label in a make-up title ("Shade 240", "Farbe 240", "Tonalità 2N", "Odcień 6", "N° 250")
  is no identifying word - the shade after it is; two shades still differ, and outside make-up titles
  the words stay ("Ariel Color" is the colour detergent, "Teinté" the tinted fluid);
* the kind in the shop's language ("Fondotinta", "Korektor", "Haaröl", "Scherkopf");
* "Woda Perfumowana" / "Woda Toaletowa" are the EDP / EDT, "dla Mężczyzn" / "dla Kobiet" whom it is for;
* a fragrance's tester is not its boxed bottle; a perfume's bare "oz" is the fluid ounce.
"""

from crawler.matching.beauty33 import beauty_read, fluid_ounces, shade_labels_dropped
from tests.pair_checks import pair_tests

SAME = [
    # a shade's label, in another language or not at all
    ("Fenty Beauty Pro Filt'r Soft Matte Longwear Foundation, Farbe 330, 32 ml",
     "Fenty Beauty Pro Filt'r Soft Matte Longwear Foundation 32 ml - Shade 330"),
    ("OPI Nail Lacquer, Big Apple Red, 0.5 fl oz", "OPI Nail Polish Big Apple Red NL N25 15ml"),
    ("Dior Forever Skin Glow Foundation, Farbe 3N Neutral, 30 ml",
     "Dior Forever Skin Glow Fondotinta 30 ml - Tonalità 3N Neutral"),
    # a concentration and whom it is for, in Polish
    ("Lancôme Idôle Woda Perfumowana dla Kobiet 50ml", "Lancôme Idôle Eau de Parfum 50ml for Women"),
    ("Hugo Boss Bottled parfémovaná voda 100 ml", "Hugo Boss Boss Bottled Eau de Parfum 100 ml"),
    # the kind in the shop's language
    ("Braun Series 9 Replacement Head 92S", "Braun 92S Scherkopf für Series 9"),
]

DIFFERENT = [
    # two shades, labelled in two languages
    ("Fenty Beauty Pro Filt'r Soft Matte Longwear Foundation, Farbe 330, 32 ml",
     "Fenty Beauty Pro Filt'r Soft Matte Longwear Foundation 32 ml - Shade 340"),
    ("Essie Lakier do Paznokci Odcień 6 Ballet Slippers 13.5 ml", "Essie Nagellack Farbe 13 Mademoiselle 13.5 ml"),
    # a tester against the boxed bottle
    ("Paco Rabanne Invictus EDT 100ml for Men", "Paco Rabanne Invictus Woda Toaletowa 100 ml Tester bez pudełka"),
    ("Armani Code Eau de Toilette 75 ml", "Armani Code Eau de Toilette 75 ml Testeur"),
    # 50 ml against "3 oz" of the same perfume (90 ml)
    ("Carolina Herrera Good Girl EDP 50 ml", "Carolina Herrera Good Girl Eau de Parfum Spray 3 oz"),
    # outside make-up the colour word is the product's ("Color" detergent, "Teinté" tinted fluid)
    ("Ariel Waschmittel Pulver Color 60 Waschladungen", "Ariel Pulver Universal+ 60 WL"),
    ("La Roche-Posay Anthelios UVMune 400 Invisible Fluid SPF50+ 50ml",
     "La Roche-Posay Anthelios UVMune 400 Fluide Invisible Teinté SPF50+ 50ml"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_readings():
    assert shade_labels_dropped("fenty foundation farbe 240 32ml") == "fenty foundation 240 32ml"
    assert shade_labels_dropped("mac matte lipstick shade ruby woo") == "mac matte lipstick ruby woo"
    assert shade_labels_dropped("ariel color 60 wl") == "ariel color 60 wl"
    assert beauty_read("rasasi hawas woda perfumowana 100ml") == "rasasi hawas edp 100ml"
    assert fluid_ounces("libre edp 1.7 oz") == "libre edp 1.7 fl oz"
    assert fluid_ounces("nutella 13 oz") == "nutella 13 oz"
