"""Session 43, ml43: conflicts decided before the learned stage (``crawler.matching.ml43``) - the false pairs
the "kinds" retrain joined that ``cf42`` left: a cup against a pack, "with" a nut on one side, a bundled part on
one side, assorted against one colour, two lengths in metres.  Near misses both ways."""

from crawler.matching import match_method
from tests.pair_checks import pair_tests


SAME = [
    # one length, in two wordings
    ("Gardena Comfort FLEX Schlauch 13 mm (1/2 Zoll), 20 m", "Gardena Comfort FLEX tuinslang 1/2\" 20 meter"),
    # "with" the nut on both sides
    ("Alpen Gold Milk Chocolate with Whole Hazelnuts 85g", "Alpen Gold milk chocolate with whole hazelnut 85 g"),
    # assorted on both sides
    ("Sharpie Fine Point Permanent Markers Assorted Colors 5 Count",
     "Sharpie Permanent Markers, Fine Point, Assorted, 5 Pack"),
    # (session 43, fxml43: attack43w's new misses - none of these readers parts two titles of one code / MPN)
    # a cup that prints its own count; "cups" = "cup"; a K-Cup is a pod's name
    ("Maruchan Instant Lunch Ramen Noodle Soup Cup, Chicken Flavor, 2.25 oz, Pack of 12",
     "Maruchan Instant Lunch Chicken Flavor Ramen Noodle Soup, 2.25 Oz, 12 Pack"),
    ("Ehrmann High Protein Pudding Schoko 8 x 200 g Becher", "Ehrmann High Protein Pudding Schoko 200g, 8er Pack"),
    ("Dixie PerfecTouch 12 oz Insulated Paper Hot Cup 5342DX, Pack of 50",
     "Dixie PerfecTouch 5342DX 12 oz Insulated Paper Hot Cups, 50 Pack"),
    ("Starbucks Pike Place Roast K-Cup Pods, Medium Roast Coffee, 4 Packs of 22 (88 Total)",
     "Starbucks Medium Roast Pike Place Roast Keurig Coffee Pods, 22 Count, 4 Pack"),
    # "with" a nut that is the product's own: the plain side has no variant word of its own in that slot
    ("Ferrero Rocher Pralinen mit ganzer Haselnuss 200g, 16 Stück", "Ferrero Rocher 200g 16 Stück"),
    ({"title": "Ferrero Rocher T16 Pralinen mit ganzer Haselnuss 200g", "mpn": "8000500023976"},
     {"title": "Ferrero Rocher T16 200g", "mpn": "8000500023976"}),
    ("Ben & Jerry's Chunky Monkey Banana Ice Cream with Walnuts 465 ml", "Ben & Jerry's Chunky Monkey Ice Cream 465ml"),
    ("Cadbury Dairy Milk Whole Nut Chocolate Bar with Hazelnuts 180g", "Cadbury Dairy Milk Wholenut 180g"),
    ("Emil Reimann Dresdner Christstollen mit Mandeln 1000 g", "Emil Reimann Dresdner Christstollen 1000 g"),
    # a milk frother is an espresso machine's own wand; a line named for its bundle; one code on both sides
    ("Philips Serie 2200 EP2220/10 Kaffeevollautomat mit Milchaufschäumer, Schwarz",
     "Philips Serie 2200 EP2220/10 Kaffeevollautomat, Schwarz"),
    ("Sage the Bambino Plus SES500BSS Espresso Machine with Milk Frother", "Sage the Bambino Plus SES500BSS Espresso Machine"),
    ("De'Longhi Nespresso Citiz&Milk EN267.BAE with Aeroccino, Black", "De'Longhi Nespresso Citiz&Milk EN267.BAE Black"),
    ("Kärcher K 4 Power Control Home 1.324-033.0 inkl. Flächenreiniger T 5", "Kärcher K 4 Power Control Home 1.324-033.0"),
    # one set / model number; a colour naming the box is no colour of the product
    ("LEGO Classic Large Creative Brick Box 10698, Multicolour", "LEGO Classic Large Creative Brick Box 10698 Blue"),
    ("Sharpie 1823326 Permanent Markers Fine Point Assorted 24 Count",
     "Sharpie 1823326 Permanent Markers Fine Point 24 Count Black Box"),
    # one length rounded two ways, or read through the feet printed beside it
    ("Amazon Basics RJ45 Cat 6 Ethernet Patch Cable, 50 Feet (15.2 Meters)", "Amazon Basics Cat 6 Ethernet Patch Cable 15 m"),
    ("Amazon Basics High Speed HDMI Cable 10 Feet (3.05 Meters)", "Amazon Basics High Speed HDMI Cable 3 m"),
    ("Ugreen Cat 8 Ethernet Cable 10 ft (3 m)", "Ugreen Cat 8 Ethernet Cable 3.05 m"),
]

DIFFERENT = [
    # two lengths in metres
    ("GARDENA Comfort FLEX Schlauch 13 mm (1/2 Zoll), 20 m", "Gardena Comfort FLEX tuinslang 1/2\" 30 meter"),
    # a cup against a pack
    ("มาม่า คัพ รสต้มยำกุ้งน้ำข้น", "มาม่า รสต้มยำกุ้ง แพ็ค 10"),
    # "with" a nut on one side, the plain side naming a variant of its own in that slot - the plain bar's kind
    # closing its name, or a word of its own (session 43, fxml43)
    ("Alpen Gold молочный с цельным фундуком 85 г", "Alpen Gold молочный 85 г"),
    ("ΙΟΝ Σοκολάτα Γάλακτος με Αμύγδαλα 100γρ", "ΙΟΝ Σοκολάτα Γάλακτος 100γρ"),
    ("Alpen Gold Milk Chocolate with Whole Hazelnuts 85g", "Alpen Gold Milk Chocolate Strawberry 85g"),
    # a bundled part on one side
    ("Nespresso Essenza Mini Preta com Aeroccino", "Nespresso Essenza Mini Coffee Machine, Black"),
    ("Kärcher K 4 Power Control Home inkl. Flächenreiniger T-Racer", "Kärcher Hochdruckreiniger K 4 Power Control"),
    ("Kärcher K 4 Power Control Hochdruckreiniger", "Kärcher K 4 Power Control Home inkl. Flächenreiniger T 5"),
    # assorted against one colour
    ({"title": "sharpie fine point permanent markers assorted 5ct", "brand": "sharpie", "mpn": "30653pp"},
     {"title": "sharpie fine tip permanent marker - black - 5 pack", "brand": "smartbuy"}),
    # a cup with no count against a pack; lengths 3 % and more apart, feet read beside
    ("Maruchan Ramen Noodle Soup Cup Chicken Flavor", "Maruchan Ramen Noodle Soup Chicken Flavor 12 Pack"),
    ("Amazon Basics Cat 6 Ethernet Patch Cable, 50 Feet (15.2 Meters)", "Amazon Basics Cat 6 Ethernet Patch Cable 20 m"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_conflicts_decide_before_the_learned_stage():
    # the pair is decided as a conflict, never left "weak" for the learned stage to ask
    for a, b in DIFFERENT:
        a = a if isinstance(a, dict) else {"title": a}
        b = b if isinstance(b, dict) else {"title": b}
        tier, _ = match_method(a, b)
        assert tier.startswith("conflict"), (a, b, tier)


def test_one_product_in_two_languages_is_no_conflict_of_these():
    # (the matcher leaves these "weak" today: what is asked here is that none of these principles parts them)
    from crawler.matching import ml43
    from crawler.matching.prepared import prepare

    for a, b in (("Alpen Gold молочный с цельным фундуком 85 г", "Alpen Gold Milk Chocolate with Whole Hazelnuts 85g"),
                 # (a "with" phrase describing a filling or an oil is no recipe of its own)
                 ("Kinder Bueno 2 x 43g", "Kinder Bueno Milk Chocolate Wafer Bar with Hazelnut Filling 43 g x2"),
                 ("Head & Shoulders 2-in-1 Dry Scalp Care Shampoo + Conditioner, 12.5 oz",
                  "Head and Shoulders Dry Scalp Care with Almond Oil 2in1 Dandruff Shampoo & Conditioner 12.5 fl oz")):
        pa, pb = prepare({"title": a}), prepare({"title": b})
        assert not ml43.apart(pa, pb) and not ml43.apart(pb, pa), (a, b)
