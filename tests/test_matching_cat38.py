"""(session 38, cat38) Wrong links of the whole-catalogue run that gt.csv cannot judge (neither offer has a
partner there), mended as principles; each near miss beside a pair that stays one product."""
from tests.pair_checks import pair_tests

SAME = [
    # a count written "N Set" is the same count as "Set of N" / "N ct"
    ("Sharpie Permanent Markers Fine Point Assorted Set of 8", "Sharpie 30078 - Permanent Markers Fine Point Assorted 8 Set"),
    ("Sharpie Fine Point Permanent Markers Assorted 8ct", "Sharpie Permanent Markers Fine Point Assorted 8 Set"),
    # "Disk-5 Pack" is "Disk - 5 Pack": the same five
    ("Iomega REV 70GB Disk - 5 Pack", "REV 70GB Disk-5 Pack"),
    ("Iomega REV 70GB Disk 5-Pack", "REV 70GB Disk-5 Pack"),
    # an MPN field and the same digits with the maker's packaging tail printed in the other title
    ({"title": "Sharpie Retractable Fine Point Permanent Markers Assorted 8 Set", "mpn": "32730", "brand": "Sharpie"},
     {"title": "New-Sharpie 32730PP - Retractable Permanent Markers Fine Point Assorted 8 Set - SAN32730PP", "brand": "Sharpie"}),
    # "N Diagonal": the same screen at the same size
    ({"title": "Elite Screens CineWhite Cinema235 Series Fixed Frame Wide Screen - 85 Diagonal", "mpn": "R85WH1-Wide", "brand": "Elite Screens"},
     {"title": "CineWhite Cinema235 Series Fixed Frame Wide Screen - 85 Diagonal", "brand": "Elite"}),
    # a shared long model number still excuses a brand written otherwise when the MPN fields agree
    ({"title": "Belkin Basic Wireless N150 USB Adapter F7D1101", "mpn": "F7D1101", "brand": "Belkin"},
     {"title": "Belkin Components Basic Wireless N150 USB Adapter F7D1101", "mpn": "F7D1101", "brand": "Belkin Components"}),
    # "25ct x2" is two packages of 25: the same as "2 x 25 count"
    ("Scotch Bubble Mailers Size 0 6 x 9 - 25ct x2", "Scotch Bubble Mailers Size 0 6 x 9 25 count 2 pack"),
]
DIFFERENT = [
    ("Sharpie Fine Point Permanent Markers Assorted 5ct", "Sharpie 30078 - Permanent Markers Fine Point Assorted 8 Set"),
    ("Sharpie Fine Point Permanent Markers Assorted 12ct", "Sharpie Permanent Markers Fine Point Assorted 8 Set"),
    ({"title": "Iomega 33716 70GB REV Media", "mpn": "33716", "brand": "Iomega"},
     {"title": "REV 70GB Disk-5 Pack", "brand": "Iomega"}),
    ("Iomega REV 70GB Disk-2 Pack", "REV 70GB Disk-5 Pack"),
    # the digits of a part number differ; one side prints the maker's packaging tail "PP"
    ({"title": "Sharpie Retractable Fine Point Permanent Markers", "mpn": "32760", "brand": "Sharpie"},
     {"title": "New-Sharpie 32730PP - Retractable Permanent Markers Fine Point Assorted 8 Set - SAN32730PP", "brand": "Sharpie"}),
    # one screen line at two sizes, the inch sign lost
    ({"title": "Elite Screens CineWhite Cinema235 Series Fixed Frame Wide Screen - 85 Diagonal", "mpn": "R85WH1-Wide", "brand": "Elite Screens"},
     {"title": "CineWhite Cinema235 Series Fixed Frame Wide Screen - 96 Diagonal", "brand": "Elite"}),
    # two brands and two MPN fields: a shared "N150" (a wireless standard) excuses neither
    ({"title": "Belkin Basic Wireless N150 USB Adapter", "mpn": "F7D1101", "brand": "Belkin"},
     {"title": "Buffalo Technology N-Technology Wireless-N150 Ultra-Compact USB 2.0 Adapter WLI-UC-GNM",
      "mpn": "WLI-UC-GNM", "brand": "Buffalo Technology"}),
    # one package of 25 against two of 25 ("25ct x2. 50ct")
    ("Scotch Bubble Mailer 6 25 count", "Scotch 3M Bubble Mailers Size 0 6 x 9 - 25ct x2. 50ct"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
