"""Session 33 (ho33): held-out-32's misses and wrong calls read for principles, asked both ways round
through the pair path and the batch path:

* a colour or finish code glued to a model number ("1812BK", "1812WH", "1812SS") is the model's suffix,
  whatever unit its letters spell: two codes on one number are two models (``mends33.colour_suffix_rivals``);
* the tumble dryer is a kind of its own ("Sèche-linge" / "Lave-linge", ``mends33``);
* two lines of one maker with one number ("JBL Tune 510BT" / "JBL Live 510BT", ``variants._MAKER_LINES``);
* a screen's size printed bare after a word the other follows by another inch size ("iPad Air 13" /
  'iPad Air 11"', ``mends33.screen_sizes_apart``);
* a bare "oz" against millilitres is read as fluid ounces ("9oz" / "340ml" bottles,
  ``amounts.ounces_against_millilitres``);
* a seed title's colour on one side only vetoes the learned stage ("Basilikum Rotes Genoveser" /
  "Basilikum 'Genoveser'", ``learned24.cultivar_colour_one_side``);
* a kind word before a number is no line's name ("Wipes (720)" / "Wipes, 12 Packs", ``features._line_numbers_apart``);
* "new" in the shops' languages, written as a condition, is the listing's word ("- NEUF", "(Neu & OVP)");
* "Shave Gel" is "Shaving Gel"; "LTE" is "4G"; "1/2 Zoll" is half an inch; "8GB/512SSD" a 512 GB drive;
* a colour joined by a slash is no tier ("Silver/Nickel"); a crop's German compound on one side only
  ("Kletterzucchini", ``facets._crop_compounds``);
* an accessory word after a negation is no head ("Schlagbohrschrauber ohne Akku", ``accessory.heads``);
* the learned stage's vetoes: a number against a word after two words of a line's name ("Night Breaker
  200" / "Night Breaker Laser"), two words after one crop's word ("Tomato Gardeners Delight" / "Tomato
  Moneymaker", ``learned24``);
* a console maker's name before its console inside a game's title is its platform, no brand
  ("FIFA 23 - Nintendo Switch" against a brand field "EA").

A TV's model year on one side only ("QE55Q60C ... (2023)" / "QE55Q60C ...") is left one product: the
model number names the year's model already (README, session 33, ho33)."""

from crawler.matching.mends33 import new_condition_words
from tests.pair_checks import pair_tests, titled

SAME = [
    # the colour code on both sides, the same one
    ("Sencor SWK 1812WH Wasserkocher 1,7 l", "SENCOR SWK 1812WH rychlovarná konvice 1.7 l"),
    # one screen size, "13.6" bare and '13"' (less than an inch apart)
    ("MacBook Air 13-inch M2 8GB 256GB Starlight", "APPLE MACBOOK AIR 13.6 M2 8/256 STARLIGHT"),
    ("APPLE IPAD AIR 11 M2 128GB WIFI SPACE GREY", 'iPad Air 11" M2 128GB Wi-Fi Space Gray'),
    # a ball's size label is no screen: "Size 29.5"" / "Size 7" stays one ball
    ('Wilson Evolution Indoor Game Basketball, Official Size 29.5"', "WILSON Evolution Basketball Size 7"),
    # 9 fl oz is 266 ml: a 260ml bottle; 40 oz is 1.18 litres
    ("Tommee Tippee Closer to Nature 9oz Bottles - 6 Pack", "Tommee Tippee Closer to Nature Baby Bottles 260ml x 6"),
    ("Stanley Quencher H2.0 FlowState Tumbler 40 oz Cream", "Stanley Quencher H2.0 FlowState Tumbler 1.18 L Cream"),
    # the counts of a pack of wipes, after the kind word
    ("WaterWipes Original Baby Wipes 99.9% Water 12 x 60 Wipes (720)",
     "WaterWipes Original Unscented Baby Wipes, 12 Packs of 60 (720 Wipes)"),
    # "new" as a shop states the condition
    ("Mario Kart 8 Deluxe (Nintendo Switch)", "MARIO KART 8 DELUXE NINTENDO SWITCH - NEUF"),
    ("Mario Kart 8 Deluxe (Nintendo Switch)", "Mario Kart 8 Deluxe Nintendo Switch (Neu & OVP)"),
    ("Mario Kart 8 Deluxe (Nintendo Switch)", "Mario Kart 8 Deluxe Nintendo Switch, nuevo"),
    ("Nivea Men Sensitive Shaving Gel 200ml", "NIVEA MEN SENSITIVE SHAVE GEL 200ML"),
    (titled("FIFA 23 Legacy Edition Switch", "EA"), "FIFA 23 - Nintendo Switch Legacy Edition"),
    # a seed title's colour both titles print
    ("Kiepenkerl Zucchini Black Forest F1 Samen", "Zucchini Black Forest F1 Saatgut Kiepenkerl"),
    # a fraction before the inch's word in German; a drive's capacity glued to its kind
    ('GARDENA Comfort FLEX garden hose 1/2" - 20m', "Gardena Comfort FLEX Schlauch 13 mm (1/2 Zoll) 20 m"),
    ('Lenovo IdeaPad 3 15IAU7 i5-1235U 8GB 512GB SSD 15.6" FHD Arctic Grey',
     "LENOVO IDEAPAD 3 15IAU7 CORE I5 12TH GEN 8GB/512SSD 15.6 FHD GREY"),
    ("SAMSUNG GALAXY A15 LTE 128GB/6GB BLACK", "Samsung Galaxy A15 4G 6GB 128GB Black"),
    # what a tool comes without is not what it is
    ("Makita DHP485Z 18V Schlagbohrschrauber ohne Akku", "Makita DHP485Z 18V Combi Drill Body Only"),
    ("Hikoki DV18DBL2 18V Schlagbohrschrauber Basic ohne Akku", "HiKOKI DV18DBL2W4Z Combi Drill 18V Body Only"),
    # a colour joined by a slash is the finish's, no tier; a crop's German compound on one side only
    ("Dyson V8 Absolute Cordless Vacuum Cleaner", "Dyson V8 Absolute cordless stick vacuum - Silver/Nickel"),
    ("Kiepenkerl Zucchini Black Forest F1", "ZUCCHINI BLACK FOREST F1 (KLETTERZUCCHINI) KIEPENKERL"),
]

DIFFERENT = [
    ("Sencor SWK 1812BK Wasserkocher 1,7 l", "Sencor SWK 1812WH Wasserkocher 1,7 l"),
    ("SENCOR SWK 1812BK", "SENCOR SWK 1812WH"),
    ("Sencor SWK 1812SS rychlovarná konvice", "Sencor SWK 1812WH rychlovarná konvice"),
    ("Samsung Sèche-linge 9kg blanc", "Samsung Lave-linge 9kg blanc"),
    ("Sèche-linge Bosch Série 4 8 kg", "Lave-linge Bosch Série 4 8 kg"),
    ("JBL Tune 510BT Wireless Headphones Black", "JBL Live 510BT Wireless Headphones Black"),
    ("JBL Flip 5 Portable Speaker Blue", "JBL Charge 5 Portable Speaker Blue"),
    ("MacBook Air 15-inch M2 8GB 256GB Starlight", "APPLE MACBOOK AIR 13.6 M2 8/256 STARLIGHT"),
    ("APPLE IPAD AIR 13 M2 128GB WIFI SPACE GREY", 'iPad Air 11" M2 128GB Wi-Fi Space Gray'),
    ("Tommee Tippee Closer to Nature 9oz Bottles - 6 Pack", "Tommee Tippee Closer to Nature Baby Bottles 340ml x 6 Clear"),
    ("Stanley Quencher H2.0 FlowState Tumbler 30 oz Cream", "Stanley Quencher H2.0 FlowState Tumbler 1.18 L Cream"),
    ("Sperli Basilikum Rotes Genoveser (Red Rubin) Samen", "Basilikum 'Genoveser' SPERLI Saatgut"),
    ("Vilmorin Tomate Cœur de Bœuf Jaune graines", "Graines de tomate Coeur de Boeuf Vilmorin"),
    # the line's number still parts two boards (dev32's reading, the kind word aside)
    ("Raspberry Pi 4 Model B 4GB Wi-Fi 5", "Raspberry Pi 5 4GB Wi-Fi 5"),
    (titled("FIFA 23 Legacy Edition Switch", "EA"), "FIFA 22 - Nintendo Switch Legacy Edition"),
    ('GARDENA Comfort FLEX garden hose 3/4" - 20m', "Gardena Comfort FLEX Schlauch 13 mm (1/2 Zoll) 20 m"),
    ("SAMSUNG GALAXY A15 LTE 128GB/6GB BLACK", "Samsung Galaxy A15 5G 6GB 128GB Black"),
    # a line's members in its name's slot, a number against a word (the learned stage's veto)
    ("OSRAM NIGHT BREAKER 200 H7 ZWEIERPACK", "Osram Night Breaker Laser H7 12V 55W Duo Box"),
    # two cultivars after one crop's word
    ("TOMATO GARDENERS DELIGHT - MR FOTHERGILLS SEEDS", "Mr Fothergill's Tomato Moneymaker Seeds (60 seeds)"),
    # a battery is still a battery, not the drill
    ("Makita DHP485Z 18V Akku", "Makita DHP485Z 18V Combi Drill"),
    # a tier's colour word standing alone is still a tier
    ("Dyson V8 Absolute Cordless Vacuum Cleaner", "Dyson V8 Absolute Silver Edition cordless stick vacuum"),
]

test_ho33_one_product, test_ho33_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_new_is_read_only_where_a_shop_states_the_condition():
    def words(title):
        return frozenset(title.lower().replace("-", " ").replace("(", " ").replace(")", " ").split())

    assert new_condition_words("Mario Kart 8 Deluxe - NEUF", words("Mario Kart 8 Deluxe - NEUF")) == {"neuf"}
    # inside a name, or a number's word, it is no condition
    for title in ("Neue Zürcher Zeitung Abo", "Les Neuf Cercles - Roman", "Huawei Nova 11 128GB - Nova"):
        assert not new_condition_words(title, words(title)), title
