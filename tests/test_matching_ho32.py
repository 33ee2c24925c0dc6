"""Session 32 (ho32): held-out-31's misses and wrong calls read as principles - a "for Mac" edition of a
peripheral, a memory kit's module layout, a weight against a volume far apart, a shampoo's "2in1", a
laptop's graphics memory against its RAM, a count of parts glued by a hyphen ("3-Burner"), the tier of
a bundled membership, a name's initials with its number glued on beside a release year, device words
of licences in more languages, the Slavic "with" before an accessory, a fridge's freezer position, a
seed house's name with or without its suffix, a fragrance's concentration against "perfume", and the
Arabic names of lines and letters.  Every pair is asked both ways round, through the pair path and the
batch path, which must agree."""

from tests.pair_checks import pair_tests

SAME = [
    # a count of parts glued to its noun by a hyphen is no generation number
    ("Weber Spirit II E-310 3-Burner Liquid Propane Gas Grill, Black",
     "Weber Spirit II E-310 Liquid Propane Gas Grill in Black"),
    # the tier of a membership the device comes with
    ("Fitbit Charge 6 Fitness Tracker with Google apps, Heart Rate on Exercise Equipment, 6-Months Premium "
     "Membership Included, GPS, Health Tools and More, Obsidian/Black",
     "Fitbit Charge 6 Activity Tracker - Obsidian/Black Aluminum"),
    # a name's initials with its number glued on, a release year beside them
    ("Call of Duty: Modern Warfare III PS5", "Call of Duty MW3 (2023) PlayStation 5"),
    # devices of a licence in Polish
    ("Kaspersky Standard 3 Devices 1 Year", "Kaspersky Standard 3 urządzenia 1 rok ESD"),
    # the Slavic "with" before the case the earphones come with
    ("Apple AirPods Pro (2. generace) s MagSafe pouzdrem (USB-C)",
     "Słuchawki Apple AirPods Pro 2 gen. z etui MagSafe USB-C"),
    # a seed house's name with or without its suffix
    ("Green House Seed Co. White Widow Feminized 5 seeds", "Greenhouse Seeds White Widow Fem x5"),
    ("Ethos Genetics Mandarin Cookies R2 Feminized 10", "Ethos Mandarin Cookies R2 Fem 10 seeds"),
    ("00 Seeds Chocolate Skunk Feminised 3 seeds", "00 Seeds Bank Chocolate Skunk Fem 3"),
    # Arabic names of lines, colours and letters
    ("Infinix Hot 40i 8+256GB", "انفينكس هوت 40 آي 256 جيجا رام 8"),
    ("Apple MacBook Air M2 13\" 8GB 256GB Space Gray", "ماك بوك اير M2 سبيس جراي 256 جيجا"),
    ("ASUS TUF Gaming GeForce RTX 4060 Ti 8GB OC", "كرت شاشة اسوس توف RTX 4060 Ti 8 جيجا OC"),
    ("Chanel Coco Mademoiselle EDP 100ml", "شانيل كوكو مدموازيل او دو برفان 100 مل"),
    # a concentration's abbreviation against "perfume" (عطر)
    ("Lattafa Khamrah EDP 100ml", "عطر لطافة خمرة 100 مل"),
    ("Lattafa Asad EDP 100ml", "عطر لطافة أسد 100 مل"),
    # one ketchup by weight and by volume, within a factor of two
    ("Heinz Tomato Ketchup Top Down 910g", "Heinz Tomato Ketchup Top Down 780ml"),
    # a kit's layout written with and without its unit
    ("Corsair Vengeance LPX 16GB (2x8GB) DDR4 3200MHz", "RAM Corsair Vengeance LPX 2x8 16GB DDR4 3200"),
    # a laptop's graphics memory is no third capacity against its RAM and drive
    ("HP Victus 15-fa1093dx i5-13420H RTX 3050 8GB 512GB", "HP Victus 15-fa1093dx i5-13420H RTX 3050 6GB"),
    # a crop's "Hybrid" before a comma is its F1, a cultivar's mixture in two words
    ("Burpee Big Boy Hybrid Tomato Seeds 30 seeds", "Burpee 'Big Boy' Hybrid Tomato, 30 Seeds"),
    ("Marigold 'French Durango Mixed' seeds", "French Marigold Durango Mix seeds"),
    # a TV's size opening its model number; "4K" is "UHD"
    ('TCL 50" P635 4K Google TV', "TCL 50P635 4K UHD Google TV 50 inch"),
    # a Mac-only product with its long model number on both sides
    ("VMware Fusion 2 for Mac VMFM20BX2", "VMware Fusion 2 VMFM20BX2"),
]

DIFFERENT = [
    # the Mac edition of a mouse
    ("Logitech MX Master 3S grafitová", "Logitech MX Master 3S for Mac Space Grey"),
    ("Logitech MX Keys S Graphite", "Logitech MX Keys S for Mac Space Grey"),
    # a kit of two modules against one module of the same capacity
    ("Corsair Vengeance LPX 16GB (2x8) DDR4 3200", "Corsair Vengeance LPX 16GB (1x16) DDR4 3200"),
    ("Kingston Fury Beast 32GB (2x16GB) DDR5 5600", "Kingston Fury Beast 32GB (1x32GB) DDR5 5600"),
    # a weight against a volume far apart
    ("Heinz Tomato Ketchup Top Down 910g", "Heinz Tomato Ketchup Top Down 400ml"),
    ("Hellmann's Real Mayonnaise 800g", "Hellmann's Real Mayonnaise 250ml"),
    # a 2in1 shampoo and conditioner against the shampoo
    ("Head & Shoulders Classic Clean 400ml", "Head & Shoulders Classic Clean 2in1 Shampoo & Conditioner 400ml"),
    # another count of the same part, and another generation
    ("Bath & Body Works Mahogany Teakwood 3-Wick Candle",
     "Bath & Body Works Mahogany Teakwood Single Wick Candle 7 oz"),
    ("Call of Duty: Modern Warfare II PS5", "Call of Duty MW3 (2023) PlayStation 5"),
    # another count of devices in Polish
    ("Kaspersky Standard 5 Devices 1 Year", "Kaspersky Standard 3 urządzenia 1 rok ESD"),
    # a model's letter "Z" is no Slavic "with": the case is no phone
    ("Samsung Galaxy Z Flip5 Case", "Samsung Galaxy Z Flip5 256GB"),
    # another size or series of one TV line, another resolution
    ('TCL 55" P635 4K Google TV', "TCL 50P635 4K UHD Google TV 50 inch"),
    ('TCL 50" P735 4K Google TV', "TCL 50P635 4K UHD Google TV 50 inch"),
    ('Samsung 55" QLED UHD TV Q60C', 'Samsung 55" QLED FHD TV Q60C'),
    ("Marigold 'French Durango Red' seeds", "French Marigold Durango Mix seeds"),
    # a chest freezer is no fridge
    ("LG Chest Freezer 300L", "LG Refrigerator 300L"),
    # two perfumes of one house, two concentrations of one perfume
    ("Lattafa Asad EDP 100ml", "Lattafa Khamrah EDP 100ml"),
    ("Lattafa Asad EDP 100ml", "Lattafa Asad EDT 100ml"),
    # two strains, two types of one strain of one house
    ("Ethos Genetics Mandarin Cookies R2 Feminized", "Ethos Genetics Mandarin Cookies R2 Auto"),
    ("Green House Seed Co. White Widow Feminized 5 seeds", "Greenhouse Seeds Super Lemon Haze Fem x5"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
