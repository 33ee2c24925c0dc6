"""Colours in product titles, round two (session 37, col37b): a colour on one side only of more kinds
whose colour is a finish, and a colour before a shop's description closing on the kind."""
from tests.pair_checks import pair_tests

SAME = [
    # a power bank, a cable, a pillow: the colour is a finish
    ("Anker 313 Power Bank (PowerCore 10K) 10000mAh Black", "Anker 313 Power Bank PowerCore 10K"),
    ("Xiaomi Redmi Power Bank 20000mAh 18W Black", "Xiaomi Redmi 20000mAh Power Bank 18W"),
    ("Baseus Type-C to Type-C Cable 100W 2m Black", "Baseus USB-C to USB-C Cable 100W 2m"),
    ("Casper Original Pillow, Standard, White", "Casper Sleep Original Pillow Standard Size"),
    # a colour before a description closing on the kind
    ("Nintendo Switch Pro Controller Black Wireless Gamepad", "Nintendo Switch Pro Controller"),
    # the band a watch is sold with, after "with", the other naming no band
    ("Garmin Venu 2 Plus Slate Gray with Black Band", "Garmin Venu 2 Plus Grau"),
    ("Garmin Fenix 7 Pro Solar Slate Gray with Black Band", "Garmin fenix 7 Pro Solar Grau"),
    # a maker's name of a colour against the plain colour
    ("Google Pixel 8 128GB Obsidian", "Google Pixel 8 128GB Black"),
    ("Google Pixel 8 Pro 128GB Obsidian", "Google Pixel 8 Pro 12/128GB černá"),
    ("Fitbit Charge 6 Activity Tracker - Obsidian/Black", "Google Fitbit Charge 6 Activity Tracker, Obsidian / Black"),
]
DIFFERENT = [
    # two colours of one power bank, one controller
    ("Anker 313 Power Bank 10000mAh Black", "Anker 313 Power Bank 10000mAh White"),
    ("Sony DualSense Wireless Controller White Gamepad for PS5", "Sony DualSense Wireless Controller Midnight Black"),
    ("Nintendo Switch Pro Controller Black Wireless Gamepad", "Nintendo Switch Pro Controller Splatoon 3 Edition"),
    # another watch colour, another band
    ("Garmin Venu 2 Plus Slate Gray with Black Band", "Garmin Venu 2 Plus Ivory with Cream Gold Band"),
    ("Garmin Venu 2 Plus Slate Gray with Black Band", "Garmin Venu 2 Plus Slate Gray with White Band"),
    ("Garmin Venu 2 Plus Slate Gray with Black Band", "Garmin Venu 2 Plus Black"),
    # a maker's colour name against another colour
    ("Google Pixel 8 128GB Obsidian", "Google Pixel 8 128GB Hazel"),
    ("Google Pixel 8 128GB Obsidian", "Google Pixel 8 128GB Rose"),
    ("Google Pixel 8 128GB Black", "Google Pixel 8 128GB Hazel"),
    ("Fitbit Charge 6 Obsidian/Black", "Fitbit Charge 6 Porcelain/Silver"),
    # the colour is the product: pens, ink, filament, yarn
    ("Stabilo Point 88 Fineliner Black", "Stabilo Point 88 Fineliner"),
    ("Pilot G2 Gel Pen 0.7 Blue", "Pilot G2 Gel Pen 0.7"),
    ("Prusament PLA 1.75mm Galaxy Black 1kg", "Prusament PLA 1.75mm 1kg"),
    ("Drops Merino Extra Fine Yarn Black", "Drops Merino Extra Fine Yarn"),
    ("WD Elements Portable 2TB Black", "WD Elements Portable 4TB"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
