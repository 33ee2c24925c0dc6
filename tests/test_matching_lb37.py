"""Lebanese tech shops (session 37, lb37; ``crawler.matching.lb37``): several closing warranty notes, a
PCIe generation written "Gen4", a socket or memory a motherboard's chipset implies, a maker's line prefix
one side ("MSI MAG", Xiaomi's old "Mi"), a memory card's "microSDXC" / "Micro SD" - the same facts read
as one; another storage, generation, model, size or condition stays another product."""

from tests.pair_checks import pair_tests

SAME = [
    # (two warranty notes closing a title, the agent's and the shop's)
    ("Apple iPhone 15 Pro Max 256GB Natural Titanium",
     "iPhone 15 Pro Max 256 GB - Natural Titanium | كفالة سنة | ضمان سنة"),
    ("Samsung Galaxy S24 Ultra 256GB Titanium Gray", "Galaxy S24 Ultra 256GB Titanium Gray | Official Warranty | ضمان سنتين"),
    # (a PCIe generation as "Gen4" / "PCIe 4.0")
    ("SSD Samsung 990 Pro 1TB NVMe Gen4", "Samsung 990 PRO 1TB PCIe 4.0 NVMe M.2 SSD"),
    ("Crucial P3 Plus 1TB Gen4 NVMe", "Crucial P3 Plus 1TB PCIe 4.0 NVMe M.2 SSD"),
    ("Kingston NV2 500GB NVMe PCIe Gen4 SSD", "Kingston NV2 500GB M.2 PCIe 4.0 NVMe SSD"),
    # (MSI's line prefix one side; a socket and memory the chipset implies)
    ("MSI B650 Tomahawk WiFi AM5 DDR5 ATX Motherboard", "MSI MAG B650 TOMAHAWK WIFI"),
    ("MSI MAG B760 Tomahawk WiFi DDR5", "MSI B760 TOMAHAWK WIFI DDR5 LGA1700 ATX Motherboard"),
    # (Xiaomi's old line prefix "Mi")
    ("Xiaomi Smart Band 8", "Mi Band 8"),
    ("Mi Robot Vacuum-Mop 2 Pro", "Xiaomi Robot Vacuum-Mop 2 Pro"),
    ("Mi Robot Vacuum S10 EU - Brand New", "Xiaomi Robot Vacuum S10"),
    # (a memory card's kind written two ways)
    ("SanDisk 128GB Ultra Micro SD Card A1 - Brand New",
     "SanDisk Ultra 128GB microSDXC UHS-I Card 140MB/s | Official Warranty"),
]

DIFFERENT = [
    ("Apple iPhone 15 Pro Max 256GB Natural Titanium | كفالة سنة | ضمان سنة", "Apple iPhone 15 Pro 256GB Natural Titanium"),
    ("iPhone 15 Pro Max 256 GB | كفالة سنة | ضمان سنة", "Apple iPhone 15 Pro Max 512GB"),
    ("Apple iPhone 14 128GB Midnight - Refurbished", "iPhone 14 128GB Midnight | كفالة سنة | ضمان سنة"),
    ("SSD Samsung 990 Pro 1TB NVMe Gen4", "Samsung 990 PRO 2TB PCIe 4.0 NVMe M.2 SSD"),
    ("Samsung 990 EVO 1TB NVMe Gen4", "Samsung 990 PRO 1TB PCIe 4.0 NVMe"),
    ("Crucial P3 Plus 1TB Gen4 NVMe", "Crucial P3 1TB PCIe 3.0 NVMe M.2 SSD"),
    ("Samsung 860 EVO 500GB SATA SSD", "Samsung 860 EVO 500GB M.2 SATA SSD"),
    ("MSI MAG B650 TOMAHAWK WIFI", "MSI MAG B650M MORTAR WIFI"),
    ("MSI B650 Tomahawk WiFi AM5", "MSI MAG X670E TOMAHAWK WIFI"),
    ("MSI B760 Tomahawk WiFi DDR4", "MSI MAG B760 TOMAHAWK WIFI DDR5"),
    ("Xiaomi Smart Band 8", "Mi Band 7"),
    ("Xiaomi Smart Band 8 Pro", "Mi Band 8"),
    ("Mi Robot Vacuum S10", "Xiaomi Robot Vacuum S10+"),
    ("SanDisk 128GB Ultra Micro SD Card A1", "SanDisk Extreme 128GB microSDXC A2 V30"),
    ("SanDisk Ultra 128GB microSDXC UHS-I Card", "SanDisk Ultra 256GB microSDXC UHS-I Card"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)

SAME_BOX = [
    ("Samsung 25W USB-C Wall Charger EP-TA800N (adapter only, no cable)",
     "Samsung 25W Super Fast Charging Travel Adapter (no cable)"),
    ("Canon EOS R6 Mark II Body Only", "Canon EOS R6 Mark II Mirrorless Camera"),
    ("Anker 737 Power Bank (PowerCore 24K) without cable", "Anker 737 Power Bank PowerCore 24K 24000mAh"),
]
DIFFERENT_BOX = [
    ("Samsung 25W USB-C Wall Charger (adapter only)", "Samsung 45W USB-C Wall Charger (adapter only)"),
    ("Canon EOS R6 Mark II Body Only", "Canon EOS R6 Mark II Kit with RF 24-105mm F4 L IS USM Lens"),
    ("Samsung 25W USB-C Wall Charger (adapter only)", "Samsung 25W USB-C Wall Charger with USB-C Cable"),
    ("Apple 20W USB-C Power Adapter (no cable)", "Apple 20W USB-C Power Adapter with USB-C to Lightning Cable"),
    ("Pepsi Cola No Sugar 330ml", "Pepsi Cola 330ml"),
]
test_one_product_box, test_two_products_box = pair_tests(same=SAME_BOX, different=DIFFERENT_BOX)

TV_SAME = [
    ({"title": "SAMSUNG 55 INCH CU7000 4K UHD SMART LED TV", "brand": "Samsung", "mpn": "CU7000"},
     {"title": "Samsung 55\" Crystal UHD 4K Smart TV UA55CU7000 - Free Delivery All Lebanon", "brand": "SAMSUNG",
      "mpn": "UA55CU7000"}),
    ({"title": "Samsung 65\" Neo QLED 4K QN90C Smart TV", "brand": "Samsung", "mpn": "QN90C"},
     {"title": "Samsung QA65QN90C 65 inch Neo QLED TV | كفالة سنة", "brand": "Samsung", "mpn": "QA65QN90C"}),
]
TV_DIFFERENT = [
    ({"title": "SAMSUNG 65 INCH CU7000 4K UHD SMART LED TV", "brand": "Samsung", "mpn": "CU7000"},
     {"title": "Samsung 55\" Crystal UHD 4K Smart TV UA55CU7000", "brand": "SAMSUNG", "mpn": "UA55CU7000"}),
    ({"title": "LG OLED65C4 65\" 4K OLED TV", "mpn": "OLED65C4"},
     {"title": "LG 65 inch OLED evo C3 4K Smart TV", "brand": "LG", "mpn": "OLED65C36LC"}),
    ({"title": "SAMSUNG 55 INCH CU8000 4K UHD SMART TV", "brand": "Samsung", "mpn": "CU8000"},
     {"title": "Samsung 55\" Crystal UHD 4K Smart TV UA55CU7000", "brand": "SAMSUNG", "mpn": "UA55CU7000"}),
    ({"title": "Samsung 55\" QLED 4K Q60C Smart TV", "brand": "Samsung", "mpn": "QA55Q60C"},
     {"title": "Samsung 55\" QLED 4K Q60D Smart TV", "brand": "Samsung", "mpn": "QA55Q60D"}),
]
test_one_product_tv, test_two_products_tv = pair_tests(same=TV_SAME, different=TV_DIFFERENT)

LAPTOP_SAME = [
    # (a laptop's specs in one slashed run, "16G" its memory, "R7" a Ryzen 7, "RTX 4060" one code)
    ('Legion 5 15ARP8 R7-7735HS/16G/1TB/RTX4060 8G 15.6" 165Hz', "Lenovo Legion 5 15ARP8 Ryzen 7 7735HS RTX 4060 16GB 1TB"),
    ("ASUS TUF Gaming F15 FX507ZV4 i7-12700H/16GB/512GB/RTX4060 | كفالة سنة",
     "ASUS TUF Gaming F15 FX507ZV4 Core i7-12700H 16GB 512GB SSD RTX 4060"),
]
LAPTOP_DIFFERENT = [
    ('Legion 5 15ARP8 R7-7735HS/16G/512GB/RTX4050 6G 15.6"', "Lenovo Legion 5 15ARP8 R7 7735HS RTX 4060 16GB 1TB"),
    ("ASUS TUF Gaming F15 FX507ZV4 i7-12700H/16GB/512GB/RTX4060", "ASUS TUF Gaming F15 FX507ZV4 Core i7-12700H 16GB 1TB SSD RTX 4060"),
    ("ASUS TUF Gaming F15 FX507ZV4 i7-12700H/16GB/512GB/RTX4060", "ASUS TUF Gaming F15 FX507ZV4 Core i7-12700H 8GB 512GB SSD RTX 4060"),
    ("Lenovo LOQ 15IRH8 i5-12450H/8G/512G/RTX3050", "Lenovo LOQ 15IRH8 i5-12450H 16GB 512GB RTX 3050"),
]
test_one_product_laptop, test_two_products_laptop = pair_tests(same=LAPTOP_SAME, different=LAPTOP_DIFFERENT)

CLOSING_SAME = [
    # (a warranty note alone in its closing segment)
    ("Apple iPhone 13 128GB Midnight - Brand New - ضمان سنة", "iPhone 13 128GB Midnight"),
    ("Samsung Galaxy A55 5G 8GB 256GB Awesome Navy | كفالة الوكيل", "Samsung Galaxy A55 5G (8+256) Awesome Navy"),
    ("Samsung Odyssey G5 27 inch 2K 144Hz 1000R Curved (C27G55T) - ضمان الوكيل",
     "Samsung 27\" Odyssey G5 QHD 144Hz Curved Gaming Monitor"),
]
CLOSING_DIFFERENT = [
    ("Apple iPhone 13 128GB Midnight - Brand New - أصلي - ضمان سنة", "iPhone 13 256GB Midnight"),
    ("Apple iPhone 13 128GB Midnight - Refurbished - أصلي - ضمان سنة", "iPhone 13 128GB Midnight"),
    ("Nintendo Switch - Original", "Nintendo Switch OLED Model"),
    ("Pringles Original 165g", "Pringles Sour Cream & Onion 165g"),
]
test_one_product_closing, test_two_products_closing = pair_tests(same=CLOSING_SAME, different=CLOSING_DIFFERENT)

# (fxlb37: an attacker's findings on lb37's rules, mended by narrowing them - a bare "Gen N" is PCIe only beside
# a drive's words, "Mi" excused only where no edition word tells the renamed line's new product, "only" / "no
# cable" not where the other box names more, a slashed run's "4G" memory right after a processor's code, its
# "RTX3050Ti" a Ti; the true pairs both ways beside them)
FX_SAME = [
    ("Samsung 980 PRO 2TB NVMe Gen4 M.2", "SSD Samsung 980 Pro 2TB PCIe 4.0 NVMe M.2"),
    ("WD Black SN850X 1TB Gen4 NVMe SSD", "Western Digital WD_BLACK SN850X 1TB PCIe Gen4 NVMe M.2 Internal SSD"),
    ("Lenovo ThinkPad T14 Gen 4 i7 16GB 512GB SSD", "Lenovo ThinkPad T14 Gen 4 Core i7 16GB RAM 512GB SSD"),
    ("Xiaomi Mi TV Stick", "Xiaomi TV Stick"),
    ("Mi Smart Standing Fan 2 Lite", "Xiaomi Smart Standing Fan 2 Lite"),
    ("Samsung 45W USB-C Wall Charger EP-T4510 (adapter only)", "Samsung 45W Super Fast Charging 2.0 Travel Adapter EP-T4510"),
    ("Canon EOS R6 Mark II Body Only", "Canon EOS R6 Mark II Mirrorless Camera"),
    ("Samsung 25W USB-C Wall Charger EP-TA800N (adapter only, no cable)",
     "Samsung 25W Super Fast Charging Travel Adapter (no cable)"),
    ("Lenovo IdeaPad 3 15 R5-5500U/8G/256G", "Lenovo IdeaPad 3 15 Ryzen 5 5500U 8GB 256GB"),
    ("Lenovo IdeaPad 3 15 R5-5500U/4G/256G", "Lenovo IdeaPad 3 15 Ryzen 5 5500U 4GB 256GB"),
    ("ASUS TUF Gaming F15 i7-12700H/16G/512G/RTX3050Ti", "ASUS TUF Gaming F15 i7-12700H 16GB 512GB RTX 3050 Ti"),
    ("Samsung Galaxy A25 5G/8G/256G", "Samsung Galaxy A25 5G 8GB 256GB"),
]
FX_DIFFERENT = [
    ("Lenovo ThinkPad T14 Gen 4 i7 16GB 512GB SSD", "Lenovo ThinkPad T14 Gen 3 i7 16GB 512GB SSD"),
    ("Lenovo IdeaPad 5 Pro Gen 6 16GB 512GB SSD", "Lenovo IdeaPad 5 Pro Gen 5 16GB 512GB SSD"),
    ("Lenovo ThinkBook 14 Gen 6 i5 16GB 512GB SSD", "Lenovo ThinkBook 14 Gen 5 i5 16GB 512GB SSD"),
    ("Lenovo ThinkPad X1 Carbon Gen 4 i7 16GB 512GB SSD", "Lenovo ThinkPad X1 Carbon i7 16GB 512GB PCIe 4.0 SSD"),
    ("Lenovo ThinkPad X1 Carbon Gen 5 i7 16GB 512GB SSD", "Lenovo ThinkPad X1 Carbon Gen 6 i7 16GB 512GB SSD"),
    ("Lenovo ThinkPad X1 Yoga Gen 6 i7 16GB 512GB SSD", "Lenovo ThinkPad X1 Yoga Gen 5 i7 16GB 512GB SSD"),
    ("Lenovo ThinkPad P1 Gen 6 32GB 1TB SSD RTX 2000 Ada", "Lenovo ThinkPad P1 Gen 5 32GB 1TB SSD RTX 2000 Ada"),
    ("Lenovo ThinkPad L14 Gen 4 i5 8GB 256GB SSD", "Lenovo ThinkPad L14 Gen 3 i5 8GB 256GB SSD"),
    ("Lenovo ThinkPad X13 Gen 4 i7 16GB 512GB SSD", "Lenovo ThinkPad X13 Gen 3 i7 16GB 512GB SSD"),
    ("Lenovo ThinkPad X1 Carbon Gen 4 i7 16GB 512GB SSD", "Lenovo ThinkPad X1 Carbon Gen 3 i7 16GB 512GB SSD"),
    ("Lenovo ThinkCentre M70q Gen 4 i5 16GB 512GB SSD", "Lenovo ThinkCentre M70q Gen 3 i5 16GB 512GB SSD"),
    ("Xiaomi Mi TV Stick", "Xiaomi TV Stick 4K"),
    ("Xiaomi Mi Electric Scooter 4", "Xiaomi Electric Scooter 4 Go"),
    ("PlayStation 5 Slim Console Only", "PlayStation 5 Slim Console Call of Duty Modern Warfare III"),
    ("Samsung 25W Super Fast Charging Travel Adapter (no cable)", "Samsung 25W Super Fast Charging Travel Adapter USB-C to USB-C"),
    ("Garmin Fenix 7 Sapphire Solar (no strap)", "Garmin Fenix 7 Sapphire Solar with Black Silicone Band"),
    ("Lenovo IdeaPad 3 15 R5-5500U/4G/256G", "Lenovo IdeaPad 3 15 Ryzen 5 5500U 8GB 256GB"),
    ("Lenovo IdeaPad 3 i3-1115G4/4G/256G SSD", "Lenovo IdeaPad 3 i3-1115G4 8GB 256GB SSD"),
    ("ASUS TUF Gaming F15 i7-12700H/16G/512G/RTX3050Ti", "ASUS TUF Gaming F15 i7-12700H 16GB 512GB RTX 3050"),
    ("Samsung Galaxy A25 5G/8G/256G", "Samsung Galaxy A25 5G 6GB 256GB"),
    # (the box without a charger against the one "with 65W Charger": a rating before the thing, ``with_without``)
    ("Anker 737 Power Bank (no charger)", "Anker 737 Power Bank with 65W Charger"),
]
test_one_product_fx, test_two_products_fx = pair_tests(same=FX_SAME, different=FX_DIFFERENT)
