"""Session 37, col37: colours in product titles (``crawler/matching/colour37.py``)."""
from tests.pair_checks import pair_tests

SAME = [
    # a slashed colourway against the colour(s) it opens with
    ("Garmin Forerunner 265 Black/Powder Gray", "Garmin Forerunner 265 GPS Running Smartwatch Black"),
    ("Garmin Forerunner 265 Black/Powder Gray", "Smartwatch Garmin Forerunner 265 Nero"),
    ("Nike Brasilia 9.5 Training Backpack Black/Black/White", "Nike Brasilia 9.5 Backpack Black"),
    ("Brooks Ghost 16 Women's Running Shoe Black/Grey/White", "Brooks Ghost 16 damen laufschuhe schwarz grau"),
    ("adidas Gazelle Indoor Blue Bird", "adidas Gazelle Indoor Blue Bird / Cloud White / Gum"),
]
DIFFERENT = [
    # the other names a colour the colourway does not open with, or a colourway of its own
    ("Garmin Forerunner 265 Black/Powder Gray", "Garmin Forerunner 265 Whitestone"),
    ("Garmin Forerunner 265 Black/Powder Gray", "Garmin Forerunner 265 GPS Running Smartwatch Gray"),
    ("Vans Old Skool Black/White", "Vans Old Skool Black/Black"),
    ("Vans Old Skool Black/White", "Vans Old Skool Navy/White"),
    ("Nike Air Max Plus TN Triple Black", "Nike Air Max Plus TN White/Black"),
    ("Nintendo Switch Joy-Con (L)/(R) - Neon Red/Neon Blue", "Nintendo Switch Joy-Con (L) - Neon Blue"),
    ("Brooks Ghost 16 Black/Grey/White", "Brooks Ghost 16 White/Grey/Black"),
    ("Brooks Ghost 16 Women's Running Shoe Black/Grey/White", "Brooks Ghost 16 damen laufschuhe schwarz weiß"),
    # (fxpr37, the attacker's findings) a colour said twice or "All / Triple <colour>": one colour all over
    ("Vans Old Skool Black/White", "Vans Old Skool Black Black"),
    ("Vans Old Skool Black/White", "Vans Old Skool Shoes - All Black"),
    ("Nike Air Max 270 Black/White", "Nike Air Max 270 Triple Black"),
    ("Nike Air Max 270 Black/White", "Nike Air Max 270 Black Black"),
    ("Nike Air Force 1 '07 Black/White", "Nike Air Force 1 '07 All Black"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)

SAME_LONE = [
    # a colour closing one title, the other naming none and only a shop's description besides
    # (a console's lone colour is no excuse since the attacker's white Xbox Series X, the all-digital
    # edition: "Series X 1TB Console, Black" / "... Console - Includes Wireless Controller" is left apart)
    ("Meta Quest 3 512GB All-In-One Headset", "Meta - Quest 3 512GB VR Headset - White"),
]
DIFFERENT_LONE = [
    # a variant word, an unknown colour closing the other, a kind whose colour is the product, a mower
    ("Sony DualSense Wireless Controller White PS5", "Sony DualSense Edge Wireless Controller PS5"),
    ("Google - Nest Thermostat - Charcoal",
     "Google Nest Thermostat - Smart Thermostat for Home - Programmable Wifi Thermostat - Snow"),
    ("MSI GeForce RTX 4070 Ti SUPER 16G GAMING X SLIM WHITE", "MSI GeForce RTX 4070 Ti SUPER 16G GAMING X SLIM"),
    ("Husqvarna Automower 430X NERA Mähroboter", "Husqvarna Automower 430X Mähroboter"),
    ("Xbox Series X 1TB SSD Console - Includes Wireless Controller", "Xbox Series S 1TB Console, Black"),
    # (fxpr37, the attacker's) a console in a colour not its line's own: another edition (all-digital)
    ("Microsoft Xbox Series X 1TB Console, White", "Microsoft Xbox Series X 1TB Console - Includes Wireless Controller"),
]

test_lone_one_product, test_lone_two_products = pair_tests(same=SAME_LONE, different=DIFFERENT_LONE)

test_order_one_product, test_order_two_products = pair_tests(
    same=[("Dyson V8 Cordless Vacuum Cleaner, Silver/Nickel", "Dyson V8 Cordless Stick Vacuum | Nickel/Silver")],
    different=[("Adidas Samba OG Cloud White / Core Black / Gum", "Adidas Samba OG Core Black / Cloud White / Gum")])
