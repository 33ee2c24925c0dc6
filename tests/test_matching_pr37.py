"""Session 37, pr37: precision - pairs of two products the matcher called one (a garment's size after
whom it is for or its kind, a shop's gift card, ...), and the same products worded otherwise."""

from tests.pair_checks import pair_tests

SAME = [
    # a garment letter after "Men's" / the kind, the same size written otherwise or in another place
    ("Arc'teryx Atom Hoody Men's S Black", "Arc'teryx Atom Hoody Men's Black, Size S"),
    ("Hanes Women's Ecosmart Hoodie M", "Hanes Women's Ecosmart Hoodie M"),
    ("Patagonia Women's Better Sweater Jacket - Medium", "Patagonia Better Sweater Jacket Women's M"),
    ("Arc'teryx Beta Jacket Men's Black L", "Arc'teryx Men's Beta Jacket - Black - Large"),
    # a gift card of one shop
    ("Amazon.com Gift Card $50 (Email Delivery)", "Amazon.com eGift Card - $50"),
    ("Nintendo eShop Card $20", "Nintendo eShop Gift Card 20 USD (Digital Code)"),
    # a tool's bare mark against words saying the same; a heatsink both name, or one denies
    ("Makita DHP482Z 18V LXT Cordless Combi Drill Body Only", "Makita DHP482Z Akku-Schlagbohrschrauber 18V ohne Akku"),
    ("DeWalt DCD796N-XJ 18V Combi Drill Body Only", "DeWalt DCD796N 18V XR Brushless Hammer Drill (Bare)"),
    ("Lexar NM790 4TB PCIe 4.0 NVMe SSD", "Lexar NM790 4000GB M.2 2280 SSD (without heatsink)"),
    # a tier both print; "Core" that is a CPU's, a colourway's or a controller's name
    ("Arc'teryx Men's Beta AR Jacket", "Arcteryx Beta AR Jacket - Men's"),
    ("Petzl Actik Core Rechargeable Headlamp", "Petzl ACTIK CORE Rechargeable Headlamp 600 lm"),
    ("Microsoft Surface Pro 9 - Intel Core i5 / 8GB / 256GB - Platinum", "Microsoft Surface Pro 9 i5 8GB 256GB Platin"),
    ("Xbox Core Wireless Gaming Controller – Carbon Black – Xbox Series X|S, Xbox One, Windows PC, Android, and iOS",
     "Microsoft Xbox Wireless Controller - Carbon Black"),
    # one form both name, a stick that is a name's word
    ("Secret Outlast Invisible Solid Completely Clean 2.6 oz",
     "Secret Outlast Invisible Solid Antiperspirant Deodorant for Women, Completely Clean, 2.6 oz"),
    ("Dove Men+Care Antiperspirant Deodorant Stick, Clean Comfort, 2.7 oz", "Dove Men+Care Antiperspirant Stick Clean Comfort 2.7 oz"),
    # "New Model" both say
    ("Kindle Paperwhite (New Model) 8GB Black", "Amazon Kindle Paperwhite 8GB (New Model), Black"),
    # one grade both name
    ("iPhone 12 Pro 256GB Graphite Grade A Refurbished", "Apple iPhone 12 Pro 256 GB Graphite (Refurbished, Grade A)"),
    # (fxpr37, the attacker's findings) a connection's capitals are no tier; "Skin Only" / "Naked" say bare;
    # "New Model" against a generation both print the same screen size of
    ("JBL Flip 6 BT Speaker", "JBL Flip 6 Speaker"),
    ("Apple AirPods Pro 2 BT Earbuds", "Apple AirPods Pro 2 Earbuds"),
    ("Marshall Emberton II BT Speaker", "Marshall Emberton II Speaker"),
    ("Logitech MX Master 3S BT Mouse", "Logitech MX Master 3S Mouse"),
    ("Bose QuietComfort 45 BT Headphones", "Bose QuietComfort 45 Headphones"),
    ("Makita DTD153Z 18V Impact Driver", "Makita DTD153 18V Impact Driver Skin Only"),
    ("DeWalt DCF887N 18V XR Impact Driver", "DeWalt DCF887 18V XR Impact Driver Naked"),
    ('Kindle Paperwhite 16GB 7" Jade (New Model)', "Kindle Paperwhite 12th Generation 2024 16GB 7 inch Jade"),
]

DIFFERENT = [
    # a size closing the title after "Men's" (a possessive's "s" read apart) or after the garment's kind
    ("Arc'teryx Atom Hoody Men's S", "Arc'teryx Atom Hoody Men's M"),
    ("Arc'teryx Atom Hoody Men's S Black", "Arc'teryx Atom Hoody Men's M Black"),
    ("Levi's 501 Original Fit Jeans Men's S", "Levi's 501 Original Fit Jeans Men's M"),
    ("Hanes Women's Ecosmart Hoodie S", "Hanes Women's Ecosmart Hoodie M"),
    ("Carhartt Men's K87 Workwear Pocket T-Shirt S", "Carhartt Men's K87 Workwear Pocket T-Shirt XL"),
    # two shops' gift cards: the shop's web address is the card's name
    ("Walmart.com Gift Card $50", "Amazon.com Gift Card $50"),
    ("Target GiftCard $25", "Starbucks Gift Card $25"),
    # a refurbished item's grades: a letter against a letter, a word against a word
    ("Apple iPhone 12 64GB Black - Best Price Grade A", "Apple iPhone 12 64GB Black - Best Price Grade B"),
    ("Dell Latitude 7490 i5-8350U 16GB 256GB SSD - Grade A", "Dell Latitude 7490 i5-8350U 16GB 256GB SSD - Grade C"),
    ("Apple iPhone 13 128GB Midnight - Excellent (Refurbished)", "Apple iPhone 13 128GB Midnight - Good (Refurbished)"),
    ("Google Pixel 7 128GB Obsidian - Très bon état (reconditionné)", "Google Pixel 7 128GB Obsidian - État correct (reconditionné)"),
    # a cordless tool's bare mark (Makita Z, DeWalt N) against the code with none
    ("Makita DHP482Z", "Makita DHP482"),
    ("Makita DHP482Z 18V Combi Drill", "Makita DHP482 18V Combi Drill"),
    ("DeWalt DCD796N 18V XR Combi Drill", "DeWalt DCD796 18V XR Combi Drill"),
    # a heatsink one side only
    ("WD_BLACK SN850X 1TB", "WD_BLACK SN850X 1TB with Heatsink"),
    ("Samsung 990 PRO 2TB", "Samsung 990 PRO 2TB mit Kühlkörper"),
    # a tier after the line's name, one side only
    ("Arc'teryx Beta Jacket", "Arc'teryx Beta AR Jacket"),
    ("Arc'teryx Beta Jacket Men's", "Arc'teryx Beta LT Jacket Men's"),
    ("Petzl Actik", "Petzl Actik Core"),
    ("Petzl Actik - Headlamp", "Petzl Actik Core - Headlamp"),
    # two forms of one line: gel / solid, spray / roll-on
    ("Secret Outlast Clear Gel Antiperspirant, Completely Clean, 2.6 oz",
     "Secret Outlast Invisible Solid Completely Clean 48hr Deodorant 2.6 oz"),
    ("Secret Outlast Gel", "Secret Outlast Solid"),
    ("Nivea Men Dry Impact Deo Spray 150ml", "Nivea Men Dry Impact Roll-On 150ml"),
    # "New Model" against a generation named by its number or year
    ("Kindle Paperwhite (New Model)", "Kindle Paperwhite 2018"),
    ("Kindle Paperwhite (New Model) 8GB", "Kindle Paperwhite 8GB 10th Generation"),
    # (fxpr37) the bare words against a kit; "New Model" against a generation of another screen size
    ("Makita DTD153Z 18V Impact Driver", "Makita DTD153 18V Impact Driver with 2x 5.0Ah Batteries"),
    ('Kindle Paperwhite 8GB 6" (New Model)', "Kindle Paperwhite 11th Generation 8GB 6.8 inch"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
