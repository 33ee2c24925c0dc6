"""Session 38, us38: Amazon's long titles against other US retailers' short ones (``crawler/matching/us38.py``).

* a maker's code the other offer never prints is no word of a name in the length tests that tell a long
  marketplace title from a short one (``us38.name_length``);
* a "with" phrase in a feature-list part of a long title - after its first part, another part after it -
  describes, as a "for" phrase does (``us38.with_in_feature_part``).
"""
from tests.pair_checks import pair_tests

NEST = "Google Nest Thermostat - Smart Thermostat for Home - Programmable Wifi Thermostat - Snow"
SONICARE = ("Philips Sonicare 4100 Power Toothbrush, Rechargeable Electric Toothbrush with Pressure Sensor, "
            "White Mint")

SAME = [
    # the short title prints the maker's code, the long one a feature list
    (NEST, "Google Nest Thermostat Snow GA01334-US"),
    (NEST, "Google Nest Thermostat Snow"),
    (SONICARE, "Philips Sonicare 4100 Rechargeable Toothbrush White Mint HX3681/23"),
    (SONICARE, "Philips Sonicare 4100 Rechargeable Toothbrush White Mint"),
    ("Philips Sonicare 4100 Power Toothbrush, Rechargeable Electric Toothbrush with Pressure Sensor, Black",
     "Sonicare 4100 Rechargeable Electric Toothbrush - Black"),
]
DIFFERENT = [
    # another colour, another model of the line, each with its code
    (NEST.replace("Snow", "Sand"), "Google Nest Thermostat Snow GA01334-US"),
    (NEST, "Google Nest Learning Thermostat 3rd Gen T3007ES"),
    (SONICARE, "Philips Sonicare 4100 Rechargeable Toothbrush Black HX3681/24"),
    (SONICARE, "Philips Sonicare 6100 Rechargeable Toothbrush White HX6877/21"),
    # a "with" phrase in the title's first part names the model
    ("Apple Magic Keyboard with Touch ID for Mac models with Apple silicon - US English", "Apple Magic Keyboard MK2A3LL/A"),
    # a brand alone in the first part: the part with the "with" names the product and its variant
    ("GE Profile - Opal 2.0 Nugget Ice Maker with Side Tank - Stainless Steel",
     "GE Profile Opal 2.0 | Countertop Nugget Ice Maker"),
    # a variant word in the phrase
    ("Ring Video Doorbell - 1080p HD Video, Doorbell with Chime Pro, Improved Motion Detection - Satin Nickel",
     "Ring Video Doorbell Satin Nickel"),
    # the near misses of the set
    ("Logitech MX Master 3S - Wireless Performance Mouse with Ultra-fast Scrolling, Ergo, 8K DPI, Quiet Clicks - Graphite",
     "Logitech MX Master 3S Performance Wireless Mouse - Pale Gray (910-006558)"),
    ("Samsung T7 Portable SSD 1TB - Up to 1,050MB/s - USB 3.2 Gen2 External Solid State Drive, Gray (MU-PC1T0T/AM)",
     "Samsung T7 2TB External USB 3.2 Gen 2 Portable SSD Titan Gray MU-PC2T0T/AM"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
