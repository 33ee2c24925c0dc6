"""(session 41, wk41) A "weak" pair - the trees call the titles alike, no rule reads identifying evidence - that
is one product because one title names it and the other names it and describes it (``crawler.matching.weak41``);
beside each, a near miss of the same shape that stays two products: a variant's word in the name, an edition, a
subtitle, what comes "with" it, a scent, a count, a condition, each title a word of its own."""
from tests.pair_checks import pair_tests

SAME = [
    # (B) one title's every identifying word in the other, whose extra words describe after a separator
    ("Carrot 'Autumn King 2' - Suttons Seeds packet", {"title": "Suttons Carrot Autumn King 2 Seeds", "brand": "Suttons"}),
    ('Scotch Thermal Laminator, 2 Roller System, 9" Width', "Scotch 9 inch Thermal Laminator 2-Roller"),
    ("Ninja Foodi Dual Zone Air Fryer, 2 Drawers, 7.6L",
     {"title": "Ninja Foodi Dual Zone Heißluftfritteuse 7,6 l"}),
    # (as the shops give them, with prices: without, the trees call these titles unlike - "none")
    ({"title": "Spigen Ultra Hybrid Case for iPhone 15 Pro Max - Crystal Clear", "price": 15.99},
     {"title": "Ultra Hybrid iPhone 15 Pro Max Case Clear", "brand": "Spigen", "price": 14.99}),
    # (A) every identifying word shared; the one word only one title prints is no variant there
    ("Xiaomi Mi Pad 6 128GB", "Xiaomi Pad 6 128GB"),
    ("Maggi Würze 250 ml", "MAGGI Würze Flasche 250 ml"),
]
DIFFERENT = [
    # the same shapes with another number stay two products
    ("Carrot 'Autumn King 2' - Suttons Seeds packet", {"title": "Suttons Carrot Autumn King 3 Seeds", "brand": "Suttons"}),
    ({"title": "Spigen Ultra Hybrid Case for iPhone 15 Pro Max - Crystal Clear", "price": 15.99},
     {"title": "Ultra Hybrid iPhone 15 Pro Case Clear", "brand": "Spigen", "price": 14.99}),
    ("Xiaomi Mi Pad 6 128GB", "Xiaomi Pad 6 256GB"),
    ("Ninja Foodi Dual Zone Air Fryer, 2 Drawers, 7.6L", "Ninja Foodi MAX Dual Zone Air Fryer, 2 Drawers, 9.5L"),
    # an edition in the description, each title its own ("Full" / "Educational")
    ("Steinberg Cubase Pro 13 - Full Version", "Steinberg Cubase Pro 13 - Educational Version"),
    ("Steinberg Cubase Pro 13", "Steinberg Cubase Pro 13 - Educational Version"),
    # each title a word of its own: two values of one slot (a can / a bottle, two keyboard layouts)
    ("Pilsner Urquell 0,5 l plech", "Pilsner Urquell 0,5 l sklo"),
    ("Apple Magic Keyboard mit Touch ID – Deutsch", "Apple Magic Keyboard med Touch ID – Svenska"),
    # a word in the name, not in a description (after the kind word: a variant, "Lait Cru")
    ("Président Camembert 250g", "Président Camembert Lait Cru 250g"),
    ("Crocs Classic Clog Black", "Crocs Classic Lined Clog Black"),
    ("Philips Hue Motion Sensor, No Hub Required", "Philips Hue Outdoor Motion Sensor"),
    # what comes with it, a subtitle, a generation
    ("Amazon Echo Dot (5th Gen) Smart Speaker", "Amazon Echo Dot (5th Gen) Smart Speaker with Clock"),
    ("Apple AirPods 4", "Apple AirPods 4 with Active Noise Cancellation"),
    ("Codenames Board Game", "Codenames: Pictures"),
    ("Sony FE 24-70mm f/2.8 GM", "Sony FE 24-70mm f/2.8 GM II"),
    # a scent, a count, a condition in the description
    ("Glad ForceFlex Tall Kitchen Drawstring Trash Bags, 13 Gallon, 110 Count",
     "Glad ForceFlex Tall Kitchen Drawstring Trash Bags, 13 Gallon, Gain Original Scent, 110 Count"),
    ("Bowflex SelectTech 552 Dumbbells, Pair", "Bowflex SelectTech 552 Adjustable Dumbbell (Single)"),
    ("iPhone 13 128GB Blue", "iPhone 13 128GB Blue - Used (Like New)"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
