"""Session 37, fxold37: older attacker findings (``attack37.jsonl``) mended as principles (``fxold37``): a
revision numeral ("II") closing a product's name one side only, a processor model's letter suffix ("7600X" /
"7600", "7435HS" / "7435H"), a camera body without its lens against the lens kit, a
discrete graphics chip against integrated graphics.  True pairs both ways: the
revision, suffix and kit printed by both shops in their own words."""

from tests.pair_checks import pair_tests


SAME = [
    ("ASUS ROG Strix B550-F Gaming WiFi II", "ASUS Strix B550-F Gaming WiFi II ATX AM4"),
    ("ASUS Prime B650M-A WiFi II AM5", "ASUS PRIME B650M-A WIFI II Motherboard"),
    ("AMD R5 7600X Processor", "AMD Ryzen 5 7600X Processor"),
    ("Lenovo LOQ R7-7435HS/16G/512G/RTX4060", "Lenovo LOQ Ryzen 7 7435HS 16GB 512GB RTX 4060"),
    ("Sony ZV-E10 Mirrorless Camera (no lens)", "Sony ZV-E10 Mirrorless Camera without lens"),
    ("Sony ZV-E10 Mirrorless Camera with 16-50mm", "Sony ZV-E10 Mirrorless Camera 16-50mm Power Zoom"),
    ("HP 250 G9 i5-1235U/8G/512G/MX550 2G", "HP 250 G9 i5-1235U 8GB 512GB MX550 2GB"),
    ("HP 250 G9 i5-1235U/8G/512G/Iris Xe", "HP 250 G9 i5-1235U 8GB 512GB Intel Iris Xe"),
    # revisions written in figures by the other shop
    ("Call of Duty: Modern Warfare III - PlayStation 5", "COD Modern Warfare 3 PS5"),
    ("HyperX Cloud II Gaming Headset 7.1 - Red", "HyperX Cloud 2 Red Gaming Headset 7.1"),
]

DIFFERENT = [
    ("ASUS Prime B650M-A WiFi AM5", "ASUS Prime B650M-A WiFi II"),
    ("ASUS ROG Strix B550-F Gaming WiFi II", "ASUS Strix B550-F Gaming WiFi"),
    ("AMD R5 7600X Processor", "AMD Ryzen 5 7600 Processor"),
    ("Lenovo LOQ R7-7435HS/16G/512G/RTX4060", "Lenovo LOQ Ryzen 7 7435H 16GB 512GB RTX 4060"),
    ("Sony ZV-E10 Mirrorless Camera (no lens)", "Sony ZV-E10 Mirrorless Camera with 16-50mm"),
    ("Sony ZV-E10 Mirrorless Camera without lens", "Sony ZV-E10 Mirrorless Camera 16-50mm Power Zoom"),
    ("HP 250 G9 i5-1235U/8G/512G/MX550 2G", "HP 250 G9 i5-1235U 8GB 512GB Intel Iris Xe"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
