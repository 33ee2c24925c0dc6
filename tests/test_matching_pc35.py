"""Session 35 (pc35): PC parts, laptops, monitors, phones and tablets in European and Lebanese shops'
wording (``crawler/matching/pc35.py``; ``benchmarks/pairs/train35pc.jsonl``).  Near misses are held
both ways: each principle has a pair it joins and a pair it keeps apart."""

from tests.pair_checks import pair_tests

SAME = [
    # phones made only in 5G: "5G" on one side names no other network
    ("OnePlus 12 16GB 512GB Silky Black", "OnePlus 12 5G 16/512GB Silky Black Dual SIM"),
    ("OPPO Find X8 Pro 16GB 512GB Space Black", "OPPO Find X8 Pro 5G 16+512 Space Black"),
    ("Motorola moto g84 5G 12GB 256GB Midnight Blue", "Motorola Moto G84 256 GB Midnight Blue Dual-SIM"),
    ("Realme 11 Pro+ 5G 12GB 512GB Sunrise Beige", "realme 11 Pro Plus 12+512GB Sunrise Beige"),
    # a generation written out is the tag ("G3" / "Generation 3"); a code's glued "V3" is no tag
    ("Kingston DataTraveler 100 G3 32GB USB 3.0 Flash Drive", "Kingston DataTraveler 100 Generation 3 32GB USB 3"),
    ("TP-Link AX1800 WiFi 6 Router V4 (Archer AX21) Dual Band", "TP-Link Archer AX21 AX1800 Dual-Band Wi-Fi 6 Router"),
    # a drive "without heatsink" is the bare drive
    ("Lexar NM790 4TB PCIe 4.0 NVMe SSD", "Lexar NM790 4000GB M.2 2280 SSD (without heatsink)"),
    ("Samsung 990 PRO with Heatsink 2TB PCIe 4.0 NVMe SSD", "Samsung 990 PRO Heatsink 2 To SSD interne NVMe"),
    # a board's Wi-Fi written two ways
    ("Gigabyte B650 AORUS ELITE AX Motherboard ATX AM5 Wi-Fi 6E", "GIGABYTE B650 AORUS ELITE AX AM5 ATX DDR5 WIFI 6E"),
    ("ASRock B650M Pro RS WiFi", "ASRock B650M PRO RS WIFI AM5 Micro-ATX"),
    # a part number both print names the product, a revision tag beside it is the shop's ("DL140 G3")
    ("417772-B21 HP Xeon 5130 2.0GHz DL140 G3", "HP Intel Xeon 5130 2GHz 4MB L2 processor (417772-B21)"),
    # one laptop line's number both print, the processor its part
    ("HP Victus 16 i5-13420H RTX 4050 16GB 512GB", "HP Victus 16-r0000 Gaming Laptop Core i5-13420H GeForce RTX 4050 16GB 512GB"),
    # one processor's base and boost clocks, its number written two ways
    ("Intel Core i5-13600K Desktop Processor 14 cores, up to 5.1 GHz", "Procesador Intel Core i5 13600K 3.5GHz LGA1700"),
    # a keyboard's language in French and English
    ("Clavier Logitech MX Keys S Arabe Graphite", "Logitech MX Keys S Wireless Keyboard Graphite Arabic"),
    # a maker's colourway in the shop's language
    ("Apple iPhone 16 128GB Ultramarine", "Apple iPhone 16 128 GB Ultramarin"),
    ("Apple iPhone 16 Pro 256GB Desert Titanium", "Apple iPhone 16 Pro 256 GB Titanio del desierto"),
]

DIFFERENT = [
    ("Samsung Galaxy A15 128GB Blue Black", "Samsung Galaxy A15 5G 128GB Blue Black"),
    ("Xiaomi Redmi Note 13 Pro 5G 8GB 256GB Midnight Black", "Xiaomi Redmi Note 13 Pro 8GB 256GB Midnight Black"),
    ("realme 11 5G 8GB 256GB Black", "realme 11 8GB 256GB Black"),
    # a revision tag on one side
    ("GIGABYTE B650 AORUS ELITE AX", "GIGABYTE B650 AORUS ELITE AX V2"),
    ("Noctua NH-D15 chromax.black", "Noctua NH-D15 G2 chromax.black"),
    ("MSI MAG 274QRF-QD", "MSI MAG 274QRF QD E2"),
    # a heatsink on one side
    ("WD_BLACK SN850X 2TB NVMe SSD", "WD_BLACK SN850X 2TB NVMe SSD with Heatsink"),
    ("Samsung 990 PRO 2TB PCIe 4.0 NVMe M.2", "Samsung 990 PRO mit Kühlkörper 2TB PCIe 4.0 NVMe M.2"),
    # a board with and without Wi-Fi
    ("ASRock B650M Pro RS WiFi", "ASRock B650M Pro RS"),
    ("MSI PRO B760M-A WIFI DDR4", "MSI PRO B760M-A DDR4"),
    # a laptop line's two numbers beside one processor and graphics chip
    ("HP Victus 15 i5-13420H RTX 4050 16GB 512GB", "HP Victus 16 i5-13420H RTX 4050 16GB 512GB"),
    ("Lenovo IdeaPad Slim 3 i5-12450H 16GB 512GB", "Lenovo IdeaPad Slim 5 i5-12450H 16GB 512GB"),
    ("Apple iPhone 16 128GB Ultramarine", "Apple iPhone 16 128 GB Rosa"),
    ("Clavier Logitech MX Keys S Arabe Graphite", "Logitech MX Keys S Wireless Keyboard Graphite German"),
    # two processors' clocks
    ("Intel Core i5-13600K 3.5GHz", "Intel Core i5 13600KF 3.5GHz"),
    ("AMD Ryzen 7 7800X3D 4.2GHz", "AMD Ryzen 7 7800X 4.5GHz"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
