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
]
DIFFERENT_BOX = [
    ("Samsung 25W USB-C Wall Charger (adapter only)", "Samsung 45W USB-C Wall Charger (adapter only)"),
    ("Canon EOS R6 Mark II Body Only", "Canon EOS R6 Mark II Kit with RF 24-105mm F4 L IS USM Lens"),
    ("Samsung 25W USB-C Wall Charger (adapter only)", "Samsung 25W USB-C Wall Charger with USB-C Cable"),
]
test_one_product_box, test_two_products_box = pair_tests(same=SAME_BOX, different=DIFFERENT_BOX)
