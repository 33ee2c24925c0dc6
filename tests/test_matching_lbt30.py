"""Session 30 (lbt30): tech offers as shops in Lebanon list them against a global shop's - a memory
module's "MT/s", a drive's or a module's colour closing the title, earbuds named "True Wireless", a
headset's "7.1 Virtual Surround", a mesh router's "Mesh Wi-Fi System", a phone made only with 5G, a
watch sold with its own strap - and the near misses each new reading must still keep apart.  Every
pair is asked both ways round, through the pair path (``match_method``) and the batch path
(``match_many``), which must agree."""

import pytest

from crawler.matching.features import prepare
from tests.pair_checks import pair_tests


SAME = [
    # a memory module's data rate in MT/s is the MHz figure; its colour closing the title is its finish
    ("Kingston FURY Beast 16GB DDR4 3200MHz CL16 Desktop Memory",
     "Kingston Fury Beast DDR4 16GB (1x16GB) 3200 MT/s Black"),
    ("Kingston FURY Beast 32GB DDR5 6000MT/s", "Kingston Fury Beast 32GB DDR5 6000MHz"),
    ("Corsair Vengeance LPX 16GB (2x8GB) DDR4 3200MHz Black - كفالة سنة",
     "CORSAIR VENGEANCE LPX 16GB (2 x 8GB) DDR4 3200MHz C16"),
    # a portable drive's colour after its specs
    ({"title": "WD Elements Portable 2TB External Hard Drive USB 3.0 Black", "brand": "Western Digital"},
     "Western Digital Elements 2TB Portable HDD"),
    # earbuds named by their kind: "True Wireless Earbuds"
    ("Xiaomi Redmi Buds 5 Black", {"title": "Redmi Buds 5 True Wireless Earbuds - Black", "brand": "Xiaomi"}),
    ("Redmi Buds 5 Noir", "Xiaomi Redmi Buds 5 TWS Earbuds Black"),
    # a headset's channel layout with its surround sound; the roman numeral is the number
    ("HyperX Cloud II Gaming Headset Red", "HyperX Cloud 2 - 7.1 Virtual Surround Gaming Headset - Red"),
    ("Logitech G432 Gaming Headset", "Logitech G432 Wired Gaming Headset Virtual 7.1 Surround Sound"),
    # a mesh router's kind in several words
    ("Tenda MW6 Mesh Wi-Fi System (3-Pack)", "Tenda MW6 Mesh WiFi - 3 Pack"),
    # a phone made only with 5G
    ("Samsung Galaxy S24 Ultra 256GB 12GB RAM Titanium Black Dual SIM - Middle East Version",
     {"title": "Galaxy S24 Ultra 5G (12GB/256GB) Titanium Black", "brand": "Samsung"}),
    ("Samsung Galaxy Z Fold5 12/256GB Phantom Black (ME)", "Samsung Galaxy Z Fold5 5G 256GB Phantom Black"),
    ("Apple iPhone 12 64GB Black", "Apple iPhone 12 5G 64GB Black"),
    ("Google Pixel 8a 128GB Obsidian", "Google Pixel 8a 5G 128GB Obsidian"),
    ("سامسونج جالاكسي S24 Ultra 256GB Titanium Gray", "Samsung Galaxy S24 Ultra 5G 256GB Titanium Gray"),
    # a watch sold with its own strap, named after its case size
    ("HUAWEI WATCH GT 4 46mm Black", "Huawei Watch GT4 46 mm Black Fluoroelastomer Strap - 1 Year Warranty"),
    ("ساعة هواوي HUAWEI WATCH GT 4 46mm Black", "HUAWEI WATCH GT 4 46mm Black Fluoroelastomer Strap"),
]

DIFFERENT = [
    # the colour right after a drive maker's name is the line
    ("WD Blue 1TB SATA SSD", "WD 1TB SATA SSD"),
    ("WD Black 2TB Portable Hard Drive", "WD 2TB Portable Hard Drive"),
    ("WD Elements Portable 2TB External Hard Drive Black", "WD Elements Portable 4TB External Hard Drive"),
    # two memory speeds, in MT/s and MHz
    ("Kingston Fury Beast 16GB DDR4 3200 MT/s Black", "Kingston FURY Beast 16GB DDR4 3600MHz CL18 Black"),
    # earbuds: another model of the line
    ("Redmi Buds 5 Black", "Xiaomi Redmi Buds 5 Pro True Wireless Earbuds Black"),
    # headsets: another generation, two channel layouts
    ("HyperX Cloud II Gaming Headset Red", "HyperX Cloud III - 7.1 Virtual Surround Gaming Headset - Red"),
    ("Logitech Z906 5.1 Surround Sound Speaker System", "Logitech Z906 2.1 Surround Sound Speaker System"),
    # mesh packs
    ("Tenda Nova MW6 Mesh Wi-Fi System 3-Pack", "Tenda Nova MW6 Mesh WiFi System 2-Pack"),
    # phones made in 4G and 5G, another model, a tablet, an older generation
    ("Samsung Galaxy A15 128GB Black", "Samsung Galaxy A15 5G 128GB Black"),
    ("Samsung Galaxy Tab S9 128GB Graphite", "Samsung Galaxy Tab S9 5G 128GB Graphite"),
    ("Samsung Galaxy S10 128GB Prism Black", "Samsung Galaxy S10 5G 128GB Prism Black"),
    ("Samsung Galaxy S24 4G 256GB Onyx Black", "Samsung Galaxy S24 5G 256GB Onyx Black"),
    ("Samsung Galaxy S24 256GB Onyx Black", "Samsung Galaxy S24 FE 5G 256GB Onyx Black"),
    # watches: another model, another case, two straps, a strap sold alone
    ("HUAWEI WATCH GT 4 46mm Black", "Huawei Watch GT 4 Pro 46mm Black Fluoroelastomer Strap"),
    ("HUAWEI WATCH GT 4 46mm Black", "Huawei Watch GT 4 41mm Black Fluoroelastomer Strap"),
    ("Huawei Watch GT 4 46mm Black Leather Strap", "Huawei Watch GT4 46 mm Black Fluoroelastomer Strap"),
    ("HUAWEI WATCH GT 4 46mm Black", "Huawei 22mm Black Fluoroelastomer Strap for Watch GT 4 46mm"),
    ("Bracelet Fluoroélastomère Noir 22mm pour Huawei Watch GT 4", "HUAWEI WATCH GT 4 46mm Noir"),
    # a band a maker sells alone, named by its style or with no watch model before the case size
    ("Apple Watch 45mm Midnight Sport Band", "Apple Watch Series 9 GPS 45mm Midnight Aluminium Case"),
    ("Apple Watch 45mm Midnight Leather Strap", "Apple Watch 45mm Midnight"),
    # a colour that is a drive's line, or with no line both name; a module's RGB model
    ("WD 4TB SATA 3.5 Red", "WD 4TB SATA 3.5"),
    ("WD 4TB 3.5 inch SATA Internal Hard Drive Purple", "Western Digital 4TB 3.5 inch SATA Internal Hard Drive"),
    ("Kingston Fury Beast 16GB DDR4 3200MHz Black", "Kingston Fury Beast RGB 16GB DDR4 3200MHz"),
    ("Crucial 16GB DDR4 3200MHz Laptop Memory", "Crucial 16GB DDR4 3200MHz Desktop Memory Black"),
]


test_lebanese_tech_wordings_are_one_product, test_near_misses_are_two_products = pair_tests(
    same=SAME, different=DIFFERENT)


@pytest.mark.parametrize("title,text", [
    ("Kingston Fury Beast DDR4 16GB 3200 MT/s Black", "3200mhz"),
    ("Corsair Vengeance 32GB DDR5 6000MT/s", "6000mhz"),
    ("HyperX Cloud 2 - 7.1 Virtual Surround Gaming Headset", "7.1ch"),
    ("Logitech G432 Virtual 7.1 Surround Sound", "7.1ch"),
])
def test_rates_and_channels_are_read_as_units(title, text):
    assert text in prepare({"title": title}).title.split()


@pytest.mark.parametrize("title", [
    "Razer Kraken 7.1 V2 Gaming Headset",  # a model named by its number, no surround
    "Corsair HS60 Pro Surround Gaming Headset",  # "Surround" with no layout
])
def test_a_layout_needs_its_surround(title):
    assert not any(w.endswith("ch") and w[0].isdigit() for w in prepare({"title": title}).title.split())
