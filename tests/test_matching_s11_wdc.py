"""Session 11, wdc (issue #12): titles scraped from web pages' schema.org
data are a run of literals - the product's name first, then whatever else
the page printed (its title, its site, other products it lists).  Two pages
that give the product the same name literal name one product, whatever the
page adds after it; but a generic name ("Apple Smart - keyboard and folio
case English") with two part numbers after it still names two.  Real titles
of WDC computers' training pairs."""

from __future__ import annotations

import pytest

from crawler.matching.pagename import page_name
from crawler.matching.prepared import prepare
from tests.pair_checks import pair_tests


# the same name literal; the page lists other products after it
SAME = [
    ('"Apple 9.7 iPad Pro Wi-Fi + Modem 4G 32GB - Rosa Oro"@es "Ipad 10.5 Wi-fi 256gb Silver Black Friday 2017 "@es',
     '"Apple 9.7 iPad Pro Wi-Fi + Modem 4G 32GB - Rosa Oro"@es "Ipad 10.5 Wi-fi 64gb Rose Gold Black Friday 2017 "@es'),
    ('"Apple iPad Pro 128GB Gris tablet"@es "Ipad 12.9 2017 Wi-fi 256gb Gold Black Friday "@es',
     '"Apple iPad Pro 128GB Gris tablet"@es "Ipad 12.9 2017 Wi-fi 512gb Gold Black Friday "@es'),
    # (a model number in the name: the other pages' model numbers are the page's)
    ('"HP Pavilion Power 15-cb008ns i7-7700HQ 8GB 1TB Nvidia GTX1050 2GB 15.6"@es Pro x2 612 G2 2 en 1 '
     'Core M3-7Y30 128GB SSD Tactil 12 FHD W1... "@es',
     '"HP Pavilion Power 15-cb008ns i7-7700HQ 8GB 1TB Nvidia GTX1050 2GB 15.6"@es ZBook Studio G4 '
     'Workstation i7-7500u FirePro W4190M ... "@es'),
    ('"Asus ROG G501VW-FW106T i7-6700HQ 8GB 1TB Nvidia GTX960 2GB W10 15.6"@es "Black Friday 2017 | '
     'Megacomponentes.com informática y tecnología"@es',
     '"Asus ROG G501VW-FW106T i7-6700HQ 8GB 1TB Nvidia GTX960 2GB W10 15.6"@es ZenBook 3 UX390UA-GS042R '
     'i5-7200U 256GB SSD 12.5 FHD Azul ... "@es'),
    # (a literal closed by a quote after a word: the shop's country after it)
    ('"MSI - B350 TOMAHAWK ATX AM4 Motherboard" Motherboard (B350 TOMAHAWK) PCPartPicker Australia"',
     '"MSI - B350 TOMAHAWK ATX AM4 Motherboard" Motherboard (B350 TOMAHAWK) PCPartPicker France"'),
]

# "PCI Express" is a bus, no "Express" tier; a memory technology one title
# leaves out is no disagreement (a spec, as "wireless" is)
SAME += [
    ('"Zotac GeForce GTX 1080 Ti AMP Edition - Prijzen "@NL Tweakers"@NL',
     '"Zotac GeForce GTX 1080Ti AMP Edition 11264MB GDDR5X PCI-Express Graphics Card (ZT-P10810D-10P)"@en '
     '"▷ Zotac PCI-Express… | OcUK"@en'),
    ('"Gigabyte GeForce GTX 1070 Windforce 2x OC 8192MB GDDR5 PCI-Express Graphics Card"@en "▷ Gigabyte PCI-E… | OcUK"@en',
     '"Gigabyte GeForce GTX 1070 WindForce OC 8GB GDDR5"@es GDDR5 "@es'),
    ('"Sapphire Pulse Radeon RX 580, 4GB GDDR5" 580',
     '"Sapphire Pulse Radeon RX 580 4GD5 (11265-09) - Prijzen "@NL Tweakers"@NL'),
]

# the chip maker of a line the other title prints
SAME += [
    ('"Gigabyte GeForce GTX 1060 G1 Gaming 3GB GDDR5"@es GDDR5 "@es',
     '"Gigabyte NVIDIA GeForce GTX 1060 3GB G1 GAMING Graphics Card"@en Card LN74504 - GV-N1060G1 GAMING-3GD | SCAN UK"@en'),
    ('"Gigabyte AMD Radeon RX 550 2GB D5 Graphics Card"@en Card LN80158 - GV-RX550D5-2GD | SCAN UK"@en',
     '"Gigabyte Radeon RX 550 D5 2G - Prijzen "@NL Tweakers"@NL'),
    ('"445974-B21 HP Opteron 2354 2.2GHz DL165 G5" "Null"', '"HP AMD Opteron 2354 - Prijzen "@NL Tweakers"@NL'),
]

# a CAS latency or a UHS speed class one title leaves out
SAME += [
    ('"PNY Elite Performance 64GB Flash Memory High Speed SDXC Class 10 UHS-I (P-SDX64U395-GE)"@en',
     '"PNY Elite Performance 64GB SDXC Class 10 UHS-I U3 - Prijzen "@NL Tweakers"@NL'),
]

DIFFERENT = [
    # (another latency, another speed class: another kit, another card)
    ("Corsair Vengeance LPX 16GB (2x8GB) DDR4 3200MHz CL16 Black", "Corsair Vengeance LPX 16GB (2x8GB) DDR4 3200MHz CL14 Black"),
    ("SanDisk Extreme 64GB microSDXC UHS-I U3 A2", "SanDisk Extreme 64GB microSDXC UHS-I U1 A2"),
    # (the maker of another line is still a disagreement)
    ("Gigabyte NVIDIA GeForce GTX 1650 4GB OC", "Gigabyte Radeon RX 6500 XT 4GB OC"),
    # another memory technology is another card
    ("MSI GeForce GT 1030 2GB GDDR5 Low Profile", "MSI GeForce GT 1030 2GB DDR4 Low Profile"),
    ("Gigabyte GeForce GTX 1060 6GB GDDR5X Windforce OC", "Gigabyte GeForce GTX 1060 6GB GDDR5 Windforce OC"),
    # an Express edition is a tier
    ("Nero Burning ROM Express 2014", "Nero Burning ROM 2014"),
    # a generic name, two of the maker's part numbers after it: two products
    ('"Apple Smart - keyboard and folio case English" " Apple English MJYR2LL/A Tablet Keyboards CDWG.com',
     '"Apple Smart - keyboard and folio case English" " Apple English MPTL2LL/A Tablet Cases & Covers CDW.com'),
    # a name whose only model number is the processor's: the listed laptops' numbers still count
    ('"HP 250 G6 FHD Intel Core i5-7200u 8GB 1TB 15.6 W10Pro Plata ceniza osc"@es ProBook 450 G4 '
     'i3-7100u 4GB 500GB - Black Friday 2017 "@es',
     '"HP 250 G6 FHD Intel Core i5-7200u 8GB 1TB 15.6 W10Pro Plata ceniza osc"@es ZBook 14u G4 '
     'i7-7500U 16GB 512GB SSD AMD FP W4190M 2GB'),
    # names that differ: the capacity in the names is a conflict as before
    ('"Corsair Flash Voyager GO OTG Drive 64GB (CMFVG-64GB-EU)"@en "▷ Corsair (CMFVG-64GB-EU) | OcUK"@en',
     '"Corsair Voyager GO 32GB USB On-The-Go Flash Drive/Stick"@en Drive/Stick LN55508 - CMFVG-32GB-EU | SCAN UK"@en'),
]


test_same_name_literal_is_one_product = pair_tests(same=SAME).same


test_different_stays_apart = pair_tests(different=DIFFERENT).different


def test_pci_express_is_no_tier():
    from crawler.matching.facets import bus_tier_words

    assert bus_tier_words(["gtx", "1060", "pci", "express", "card"]) == {"express"}
    assert not bus_tier_words(["sql", "server", "express", "pci", "express"])
    assert not bus_tier_words(["nero", "express"])


def test_page_name_reads_the_first_literal():
    words, compact = page_name('"Asus ROG G501VW-FW106T i7-6700HQ 8GB"@es ZenBook 3 UX390UA-GS042R "@es')
    assert words[:3] == ("asus", "rog", "g501vw")
    assert "g501vwfw106t" in compact
    # (a quote closing the literal after a word; after a digit it is an inch mark)
    assert page_name('"MSI - B350 TOMAHAWK ATX AM4 Motherboard" Motherboard PCPartPicker France"')[0][-1] == "motherboard"
    assert page_name('"Dell UltraSharp 27" 4K Monitor" | Shop')[0] == ("dell", "ultrasharp", "27inch", "4k", "monitor")
    # (a literal followed by another literal)
    assert page_name('"Apple Smart - keyboard and folio case English" " Apple English MJYR2LL/A CDW.com')


@pytest.mark.parametrize("title", [
    "Apple iPad Pro 128GB Gris tablet",  # a plain title
    '"Targus Campus 15-16" Laptop Backpack Black',  # an inch mark, no literal
    '"Apple - Smart Keyboard for 10.5-inch iPad Pro"@en-US',  # a literal, nothing after it
    '"Corsair"@en "LambdaTek|internal solid state drives"@en',  # a name too short to name a product
    '"kingston technology gmbh"@en',
    None, "",
])
def test_no_page_name(title):
    assert page_name(title) is None
    assert prepare({"title": title}).pagename is None
