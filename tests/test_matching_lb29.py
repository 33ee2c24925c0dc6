"""Session 29 (lb29): Lebanese tech shops' titles - the Middle East version written "(ME)", a
phone's memory in French gigaoctets, a UPS's kVA and a battery's or power station's Wh / kWh, the
kinds of power and solar gear, Arabic titles with the tech words, units and transliterated brands
these shops write.  Every pair is asked both
ways round, through the pair path (``match_method``) and the batch path (``match_many``), which
must agree."""

from tests.pair_checks import pair_tests


SAME = [
    # "(ME)": the Middle East version, a shop's note
    ("Apple iPhone 15 Plus 128GB Pink (ME)", "Apple iPhone 15 Plus 128GB Pink"),
    ("Samsung Galaxy S24+ 12/256GB Onyx Black [ME]", "Samsung Galaxy S24+ 256GB Onyx Black"),
    ("Sony PlayStation 5 Slim Digital Edition 1TB (ME)", "PlayStation 5 Slim Digital Edition Console 1TB"),
    # French gigaoctets
    ("Samsung Galaxy A35 5G 8Go/256Go Awesome Lilac", "Samsung Galaxy A35 5G 8GB 256GB Awesome Lilac"),
    # a power station or a solar panel named by its kind on one side
    ("EcoFlow River 2 Max", "EcoFlow RIVER 2 Max Portable Power Station 512Wh"),
    ("Trina Vertex S+ 445W", "Trina Solar Vertex S+ 445W Solar Panel"),
    # "SATA III" is SATA 3; "DRAM" names the kind, as "RAM" does
    ("Crucial MX500 1TB 2.5\" SATA III SSD", "Crucial MX500 1TB SATA 2.5 Inch Internal SSD"),
    ("Kingston FURY Beast 32GB DDR5 5600MHz DRAM", "Kingston Fury Beast 32GB DDR5 5600MHz"),
    # Arabic titles: units, kinds, transliterated brands
    ("بطارية جل ريتار 12 فولت 100 أمبير", "Ritar 12V 100Ah Gel Battery"),
    ("انفرتر جروات SPF 3500 ES 3.5 كيلو واط", "Growatt SPF 3500 ES 3.5kW Off-Grid Inverter"),
    ("كابل ابل USB-C الى لايتنينج 2 متر", "Apple USB-C to Lightning Cable 2m"),
    ("سماعة سامسونج جالكسي بودز 3 برو", "Samsung Galaxy Buds3 Pro"),
    ("ذراع تحكم دوال سينس لاسلكي أسود", "Sony DualSense Wireless Controller Black"),
    ("فلاشة سانديسك الترا فلير 128 جيجا", "SanDisk Ultra Flair 128GB USB 3.0"),
    ("ميتا كويست 3 128 جيجا", "Meta Quest 3 128GB"),
    ("شاحن يوجرين نكسود 100 واط", "UGREEN Nexode 100W Charger"),
]

DIFFERENT = [
    # two markets stated on both sides
    ("Apple iPhone 15 Plus 128GB Pink (ME)", "Apple iPhone 15 Plus 128GB Pink (Global Version)"),
    # memory in gigaoctets against other storage
    ("Samsung Galaxy A35 5G 8Go/256Go Awesome Lilac", "Samsung Galaxy A35 5G 8GB 128GB Awesome Lilac"),
    # a UPS's VA and kVA, a power station's Wh
    ("Mecer 1500VA Line Interactive UPS", "Mecer 3000VA Line Interactive UPS"),
    ("Mecer Online UPS 2kVA", "Mecer Online UPS 3kVA"),
    ("Jackery Explorer Power Station 1000Wh", "Jackery Explorer Power Station 2000Wh"),
    # a power station is no power bank
    ("EcoFlow River 2 Max Power Station", "EcoFlow River 2 Max Power Bank"),
    # Arabic: a battery's amperes, an inverter's kilowatts, Xbox's two consoles
    ("بطارية جل ريتار 12 فولت 100 أمبير", "Ritar 12V 200Ah Gel Battery"),
    ("انفرتر جروات SPF 3500 ES 5 كيلو واط", "Growatt SPF 3500 ES 3.5kW Off-Grid Inverter"),
    ("اكس بوكس سيريس اس 1 تيرا", "Xbox Series X 1TB"),
    ("كابل ابل USB-C الى لايتنينج 1 متر", "Apple USB-C to Lightning Cable 2m"),
    ("Crucial MX500 1TB SATA III SSD", "Crucial MX500 2TB SATA III SSD"),
    ("Kingston FURY Beast 32GB DDR5 5600MHz DRAM", "Kingston FURY Beast 32GB DDR5 6000MHz DRAM"),
]


test_lebanese_shop_wordings_are_one_product, test_near_misses_are_two_products = pair_tests(
    same=SAME, different=DIFFERENT)


