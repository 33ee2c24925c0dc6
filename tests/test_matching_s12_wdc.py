"""Session 12, wdc (issue #12): what a web page lists after the product's
name literal is the page's, not the product's.  Real titles of WDC
computers' training pairs; the same rule never reads a plain title."""

from __future__ import annotations

from tests.pair_checks import pair_tests


# a pack count only after the name literal: another offer the page sells
PAGE_PACK_SAME = [
    ('"390394-001 HP Proliant ML350 G4p PS", "Null" "New 390394-001 PS 2 Pack Wholesale Price 390394-001-2Pack"',
     '"390394-001 HP Proliant ML350 G4p PS", "Null" "New 390394-001 PS Wholesale Price 390394-001"'),
    ('"ST31000640NS Seagate 1-TB 7.2K 3.5 SATA", "Null" "New ST31000640NS SATA 2 Pack Wholesale Price '
     'ST31000640NS-2Pack"',
     '"ST31000640NS Seagate 1-TB 7.2K 3.5 SATA" "Null"'),
    ('"DG0146FAMWL HP 146-GB 6G 10K 2.5 DP SAS", "Null" "New DG0146FAMWL SAS 2 Pack Wholesale Price '
     'DG0146FAMWL-2Pack"',
     '"DG0146FAMWL HP 146-GB 6G 10K 2.5 DP SAS", "Null" "New DG0146FAMWL SAS 5 Pack Wholesale Price '
     'DG0146FAMWL-5Pack"'),
    # (a name closed by the comma of a list of literals)
    ('"359461-007 HP 300-GB 10K FC-AL HDD" "Null"',
     '"359461-007 HP 300-GB 10K FC-AL", "Null" Price 359461-007-5Pack" "New 359461-007 FC-AL 5 Pack Wholesale'),
]

# a pack count in the name literal itself (or in a plain title) still makes two products
PACK_DIFFERENT = [
    ('"432094-B21 HP 146-GB 15K 3.5 SP SAS 10 Pack " "HP 432094-B21 Part# -432094-B21-10Pack"',
     '"432094-B21 HP 146-GB 15K 3.5 SP SAS 5 Pack " "HP 432094-B21 Part# -432094-B21-5Pack"'),
    ("Seagate ST31000640NS 1TB 7.2K 3.5 SATA 2 Pack", "Seagate ST31000640NS 1TB 7.2K 3.5 SATA"),
    ("Duracell Coppertop AA Alkaline Batteries, 8 Pack", "Duracell Coppertop AA Alkaline Batteries, 4 Pack"),
    ('"Kingston DataTraveler 100 G3 32GB USB 3.0 2 Pack"@en "Buy Kingston at Example Shop"@en',
     '"Kingston DataTraveler 100 G3 32GB USB 3.0"@en "Buy Kingston at Example Shop"@en'),
    # (a pack count after the name, but no pack offer of the name's part number on the page)
    ('"ST31000640NS Seagate 1-TB 7.2K 3.5 SATA" "Null", 3 Pack', '"ST31000640NS Seagate 1-TB 7.2K 3.5 SATA" "Null"'),
]


test_pack_after_the_name_is_the_pages = pair_tests(same=PAGE_PACK_SAME).same


test_pack_in_the_name_still_differs = pair_tests(different=PACK_DIFFERENT).different


# the page's words after the name literal (its site, its country, its own title) are no
# words of the product: the names agree on every identifying word
PAGE_WORDS_SAME = [
    ('"ASUS Crosshair V Formula-Z" "Comprar ASUS Formula-Z em PowerPlanetOnline"',
     '"Asus Crosshair V Formula-Z - Prijzen "@NL Tweakers"@NL'),
    ('"MSI AMD AM4 Ryzen B350 TOMAHAWK ATX Motherboard"@en Motherboard LN79116 | SCAN UK"@en',
     '"MSI - B350 TOMAHAWK ATX AM4 Motherboard" Motherboard (B350 TOMAHAWK) PCPartPicker Australia"'),
    ('"Seagate 1TB Barracuda 3.5" 7200 RPM Internal Hard Drive"@en Drive ST1000DM003 - Filmtools"@en',
     '" Seagate Barracuda 7200.14 (1TB) "@en, "Seagate (1TB)"@en Prices - CNET"@en'),
]

# a word in the name itself still names another product; a plain title has no page words
PAGE_WORDS_DIFFERENT = [
    ('"Corsair Vengeance LPX 16GB DDR4 3200MHz Kit"@en "Buy Corsair at Example Shop"@en',
     '"Corsair Vengeance RGB Pro 16GB DDR4 3200MHz Kit"@en "Corsair | Other Shop"@en'),
    ("Hoyle Solitaire", "Hoyle South Beach Solitaire"),
    ("Asus Crosshair V Formula-Z Motherboard", "Asus Crosshair V Formula-Z PowerPlanetOnline Edition"),
]


test_page_words_after_the_name_name_no_product = pair_tests(same=PAGE_WORDS_SAME).same


test_words_of_the_name_still_differ = pair_tests(different=PAGE_WORDS_DIFFERENT).different
