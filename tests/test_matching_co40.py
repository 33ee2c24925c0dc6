"""Conflicts that are not (session 40, co40): a stainless finish read as the silver it is seen in, a
two-tone colour holding the other's one colour, a spec or a part number printed on one side only, an age
written "1+", a kind phrase opening with a line's variant word - each with its near misses kept apart."""
from crawler.matching import co40
from crawler.matching.facets import COLOUR_OF
from tests.pair_checks import pair_tests

SAME = [
    # a stainless finish against the colour it is seen in
    ("Sage SES500BSS the Bambino Plus Espresso Machine - Brushed Stainless Steel",
     "SAGE Bambino Plus SES500BSS Coffee Machine - Silver"),
    ("Breville the Barista Express BES870XL Espresso Machine, Brushed Stainless Steel",
     "Breville Barista Express Espresso Maker BES870XL - Silver"),
    # a two-tone colour whose first colour the other names
    ("Dyson Purifier Cool TP07 Air Purifier Fan - White/Silver", "Dyson TP07 Purifier Cool Bladeless Tower Fan, White"),
    # a processor's threads, wattage and OEM part number on one side only
    ("AMD Ryzen 9 7950X3D 16-Core, 32-Thread Desktop Processor",
     "AMD Ryzen 9 7950X3D 120W AM5 Desktop Processor - 100-100000908WOF"),
    ("AMD Ryzen 5 7600X 6-Core, 12-Thread Unlocked Desktop Processor",
     "AMD Ryzen 5 7600X 4.7 GHz 105W AM5 Processor 100-100000593WOF"),
    # a maker's colour code glued to the model number, the other naming that colour
    ("De'Longhi Dedica Style EC685.M Traditional Pump Espresso Machine, Stainless Steel",
     "DeLonghi Dedica EC685 Metal Pump Espresso Coffee Machine - Silver"),
    ("Sony WH-1000XM5/S Wireless Noise Cancelling Headphones", "Sony WH-1000XM5 Wireless Headphones - Silver"),
    # an age written "9+" closing a construction set's title
    ("LEGO Technic 42151 Bugatti Bolide 9+", "LEGO 42151 Technic Bugatti Bolide Model Car Set"),
    # a size letter against the length the other states
    ("Fiskars X25 Splitting Axe XL", "Fiskars X25 Splitting Axe, 28 inch"),
    # a phone network told two ways
    ("Samsung Galaxy A15 6GB/128GB Blue Black 4G", "Samsung Galaxy A15 LTE Dual SIM Smartphone 6GB RAM 128GB Storage Blue Black"),
    # a feature after "with", the model number in the next part
    ("COSORI Air Fryer 5.5L with 11 Presets, CP158-AF, Black", "COSORI CP158-AF Air Fryer 5.5L, Black"),
]
DIFFERENT = [
    # another colour, a finish against another colour
    ("Sage SES500BTR the Bambino Plus Espresso Machine - Black Truffle",
     "SAGE Bambino Plus SES500BSS Coffee Machine - Silver"),
    ("Bosch Series 4 SMS4HVI33G Freestanding Dishwasher - Stainless Steel", "Bosch Serie 4 SMS4HVI33G 60cm Dishwasher - White"),
    # a precious metal is no steel
    ("Pandora Moments Snake Chain Bracelet 590702 Sterling Silver", "Pandora Moments Snake Chain Bracelet 590702 Stainless Steel"),
    # a two-tone whose first colour is not the other's, two two-tones
    ("Dyson Purifier Cool TP07 Air Purifier Fan - Black/Nickel", "Dyson TP07 Purifier Cool Air Purifier Fan, White"),
    ("Garmin Venu 3S GPS Smartwatch Sage Gray/Silver", "Garmin Venu 3S GPS Smartwatch Ivory/Soft Gold"),
    # two shades
    ("Logitech MX Master 3S Performance Wireless Mouse - Graphite", "Logitech MX Master 3S Wireless Mouse, Pale Grey"),
    # another processor, another thread count
    ("AMD Ryzen 9 7900X3D 12-Core Desktop Processor", "AMD Ryzen 9 7950X3D 120W AM5 Desktop Processor - 100-100000908WOF"),
    ("AMD Ryzen 5 7600 6-Core Processor 65W", "AMD Ryzen 5 7600X 105W AM5 Processor"),
    # another age
    ("Whiskas 1+ Adult Dry Cat Food with Tuna 3.8kg", "Whiskas 7+ Senior Dry Cat Food with Tuna 3.8kg"),
    # a colour code naming another colour than the other's
    ("Sony WH-1000XM5/B Wireless Noise Cancelling Headphones", "Sony WH-1000XM5 Wireless Headphones - Silver"),
    ("Smeg KLF03RDUK 50's Style Kettle", "Smeg 50s Retro Jug Kettle KLF03 - Cream"),
    ("De'Longhi Dedica Arte EC885.GY Pump Espresso Machine, Grey", "De'Longhi Dedica Arte EC885 Espresso Coffee Machine, Silver"),
    # two size letters, another network
    ("Fiskars X25 Splitting Axe XL", "Fiskars X25 Splitting Axe L"),
    ("Samsung Galaxy A15 5G 6GB/128GB Blue Black", "Samsung Galaxy A15 LTE Dual SIM Smartphone 6GB RAM 128GB Storage Blue Black"),
    # a product added after "with" in its own part
    ("Canon PIXMA TS5350 with PG-545, Black", "Canon PIXMA TS5350 Black"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_finish_seen_as_silver():
    assert co40.finish_colours_agree(frozenset({"steel"}), frozenset({"silver"}), {"kettle"}, {"kettle"})
    assert not co40.finish_colours_agree(frozenset({"steel"}), frozenset({"black"}), {"kettle"}, {"kettle"})
    assert not co40.finish_colours_agree(frozenset({"steel"}), frozenset({"silver"}), {"ring"}, {"sterling", "ring"})


def test_one_sided_spec_words():
    class P:
        def __init__(self, words, raw=""):
            self.words, self.rawtitle = words, raw
    a = P(["ryzen", "7", "7800x", "3d", "16", "thread"])
    assert co40.one_sided_spec_number(a.words, 4, a, P(["ryzen", "7", "7800x", "3d", "120w"]))
    assert not co40.one_sided_spec_number(a.words, 4, a, P(["ryzen", "7", "7800x", "3d", "12", "thread"]))
    o = P(["optima", "8002", "002", "redtop"], "Optima 8002-002 RedTop")
    assert co40.one_sided_spec_number(o.words, 1, o, P(["optima", "redtop"]))
    r = P(["tempest", "30", "24"], "Tempest 30-24")
    assert not co40.one_sided_spec_number(r.words, 1, r, P(["tempest"]))


def test_age_plus():
    assert co40.plus_is_age("Whiskas 1+ Adult Cat Food Pouches 40 x 85g")
    assert co40.plus_is_age("Aquafresh Big Teeth Toothpaste 6+ Years 50ml")
    assert not co40.plus_is_age("Apple iPhone 8+ 64GB")
    assert not co40.plus_is_age("Audio-Technica AT2020USB+ Microphone")
    assert not co40.plus_is_age("Whiskas 1+ Adult Plus Cat Food")
    assert co40.plus_is_age("LEGO Technic 42151 Bugatti Bolide 9+")


def test_two_tone_tail():
    assert co40.two_tone_tail("Dyson TP07 - White/Silver", "Dyson TP07 White", frozenset({"white"}), COLOUR_OF) \
        == ("white", ("silver",))
    assert co40.two_tone_tail("Dyson TP07 - Black/Nickel", "Dyson TP07 White", frozenset({"white"}), COLOUR_OF) == ()
    assert co40.two_tone_tail("Venu 3S Sage Gray/Silver", "Venu 3S Ivory/Soft Gold", frozenset({"gold"}), COLOUR_OF) == ()
