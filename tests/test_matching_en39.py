"""(session 39, en39) Two wordings of one product: each title describes the product whose name both
print in plain words of its own (``crawler.matching.en39``); beside each, a near miss that stays two
products - a variant's name in the same place of both titles, a scent, a kind, an audience."""
from tests.pair_checks import pair_tests

SAME = [
    # the line's name shared, each side's extra words common describing words at different places
    ("Nutella Hazelnut Spread with Cocoa, 26.5 oz Jar", "Nutella Chocolate Hazelnut Spread 26.5 Ounce"),
    ("Head & Shoulders Dandruff Shampoo, Classic Clean, Anti-Dandruff Treatment, 13.5 fl oz",
     "Head and Shoulders Classic Clean Daily-Use Anti Dandruff Shampoo 13.5oz"),
    ("Dr. Martens 1460 Smooth Leather Lace Up Boots Black", "Dr Martens 1460 8-Eye Boot Black Smooth"),
    ("Taste of the Wild High Prairie Canine Recipe with Roasted Bison & Roasted Venison Dry Dog Food, 28 lb",
     "Taste of the Wild High Prairie Grain-Free Dog Food Bison & Venison 28lb"),
    # (fxen39) a single describing word on each side, none a phrase of its own, still joins
    ("BOSS The Scent for Him - Eau de Toilette Natural Spray 100 ml",
     "Hugo Boss Boss The Scent Eau de Toilette 100ml - Original"),
]
DIFFERENT = [
    # the same rewording with another size stays two products (the numbers decide)
    ("Nutella Hazelnut Spread with Cocoa, 26.5 oz Jar", "Nutella Chocolate Hazelnut Spread 13 Ounce"),
    ("Head & Shoulders Dandruff Shampoo, Classic Clean, Anti-Dandruff Treatment, 13.5 fl oz",
     "Head and Shoulders Classic Clean Daily-Use Anti Dandruff Shampoo 23.7oz"),
    # two values of one slot: the words stand between the same shared words
    ("Mr Fothergill's Sunflower Teddy Bear Seeds", "Mr Fothergill's Sunflower Russian Giant Seeds"),
    ("Honey Nut Cheerios Heart Healthy Cereal, 15.4 oz Family Size Box",
     "Chocolate Peanut Butter Cheerios Cereal Family Size 15.4 oz"),
    # a word beside a colour word names the colourway (two light colours of one bulb)
    ("IKEA TRADFRI LED bulb E27 806 lumen, wireless dimmable warm white",
     "IKEA TRADFRI LED bulb E27 806 lumen, wireless dimmable white spectrum"),
    # a kind on each side (jacket / vest), an audience on one (youth), a scent on one
    ("The North Face Men's 1996 Retro Nuptse Jacket Black", "TNF Men's 1996 Retro Nuptse Vest TNF Black"),
    ("Giro Fixture MIPS II Helmet Matte Black Universal Fit", "Giro Fixture MIPS II Youth Helmet Matte Black"),
    ("Downy Unstopables Fresh Scent Booster Beads 26.5 oz", "Downy Unstopables In-Wash Scent Booster Beads, Lush, 26.5 oz"),
    ("Clorox Disinfecting Wipes, Crisp Lemon, 75 Count", "Clorox Disinfecting Wipes Lemon Fresh 75 ct"),
    # a variant word on one side only (near misses of en39.jsonl)
    ("Hellmann's Real Mayonnaise 30 oz", "Hellmann's Light Mayonnaise 30 oz"),
    ("Twinings English Breakfast Tea 100 Bags", "Twinings Decaffeinated English Breakfast Tea 100 Bags"),
    # (fxen39, attack39 / attack39w) a variant's name is a phrase: a part of the title after a
    # separator made of extra words only ("Brand Line Kind, Variant" / "- Variant"), or two extra
    # words side by side - the value of the variant slot, not a describing word
    ("Nespresso Vertuo Pop Coffee Machine", "Nespresso Vertuo Coffee Machine, Next"),
    ("Razer Naga Trinity Gaming Mouse", "Razer Naga Gaming Mouse - Epic"),
    ("Nike Pegasus Turbo Running Shoes", "Nike Pegasus Running Shoes, Trail"),
    ("Skittles Sour Chewy Candy, 15.6 oz", "Skittles Chewy Candy, Tropical, 15.6 oz"),
    ("Gatorade Fierce Grape Thirst Quencher, 20 fl oz", "Gatorade Thirst Quencher, 20 fl oz, Glacier Freeze"),
    ("Sensodyne Pronamel Toothpaste, Active Shield", "Sensodyne Pronamel Intensive Repair Toothpaste"),
    ("Eucerin Aquaphor Healing Ointment", "Eucerin Aquaphor Ointment, Lip Repair"),
    ("Nutella Hazelnut Spread with Cocoa", "Nutella Plant-Based Hazelnut Spread"),
    ("Contigo Autoseal West Loop Travel Mug, 16 oz", "Contigo Autoseal Travel Mug, 16 oz, Transit"),
    ("Purina Beneful Playful Life Dry Dog Food, 14 lb", "Purina Beneful Dry Dog Food, Healthy Weight, 14 lb"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
