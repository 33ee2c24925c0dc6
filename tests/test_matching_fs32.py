"""Session 32, fs32: shoes, clothes, sportswear, bikes and sports equipment as shops title them -
the trade's kinds in the shops' languages and Dutch / Polish gender words (``sport32``), a maker's
colour names, a size's words and a shoe's size in two systems (``sizing``), "GORE-TEX" / "GTX" and a
sports season "24/25" (``titles``), a model's decimal number ("Hexagon 5.0", ``sport32``)."""

from tests.pair_checks import pair_tests


SAME = [
    # a kind in the shop's language, after the model's number or anywhere (``sport32``)
    ("HOKA Clifton 9 Men's Black / White 1127895-BWHT", "Hoka One One Clifton 9 Herren Laufschuh Black/White 1127895-BWHT"),
    ("On Cloudsurfer Men's Black/White", "On Running Cloudsurfer Hardloopschoenen Heren Zwart/Wit"),
    ("Manduka PRO Yoga Mat 6mm Black Magic", "Manduka PRO Yogamatte 6 mm Black Magic schwarz"),
    ("Giro Syntax MIPS Road Helmet Matte Black M", "Giro Syntax MIPS Rennradhelm schwarz matt Gr. M (55-59 cm)"),
    ("Canyon Grizl CF SL 7 2024 Size M", "Canyon Grizl CF SL 7 Gravelbike 2024 Größe M"),
    ("The North Face 1996 Retro Nuptse Jacket TNF Black", "The North Face Men's 1996 Retro Nuptse Daunenjacke Schwarz"),
    ("Titleist Pro V1 Golf Balls 2023 Dozen White", "Titleist Pro V1 Golfbälle 12 Stück weiß 2023"),
    ("Salomon Speedcross 6 Buty trailowe męskie czarne", "Salomon Speedcross 6 Men's Trail Running Shoes Black"),
    # a maker's colour names beside a base colour (``sport32.maker_colour_words``)
    ("HOKA Mach 6 Men's White / Nimbus Cloud 1147790-WNC", "HOKA MACH 6 Herren Laufschuhe weiß 1147790-WNC"),
    # GORE-TEX = GTX (``titles``)
    ("Salomon Speedcross 6 GORE-TEX Men's Trail Running Shoes Black/Black/Phantom",
     "Salomon Speedcross 6 GTX Herren Trailrunningschuhe schwarz"),
    ("Salomon X Ultra 4 Mid GORE-TEX Men's Hiking Shoes Black/Magnet", "Salomon X Ultra 4 MID GTX Wanderschuhe Herren schwarz"),
    # a size: one shop's product page, another's size variant; one size in two systems (``sizing``)
    ("Nike Air Zoom Pegasus 40 Herren Laufschuhe Schwarz/Weiß DV3853-001", "Nike Air Zoom Pegasus 40 Black/White DV3853-001 Gr. 44"),
    ("HOKA Bondi 8 Herren Laufschuhe schwarz 1123202-BBLC EU 44", "HOKA Bondi 8 Men's Black / Black 1123202-BBLC US 10"),
    ("Salomon XT-6 Black EU 42 2/3", "Salomon XT-6 Black UK 8.5"),
    ("Nike Pegasus 41 Women's Black EU 38", "Nike Pegasus 41 Women's Black US 7"),
    # a sports season (``titles``)
    ("adidas Juventus 24/25 Home Jersey", "adidas Juventus Maglia Home 2024/25 Uomo"),
    ("Pallone da calcio adidas UCL League 2024/25 Taglia 5", "adidas UCL League Ball 24/25 Size 5"),
]

DIFFERENT = [
    # a size of one system against another (``sizing``)
    ("Nike Air Zoom Pegasus 40 Herren Laufschuhe Schwarz/Weiß DV3853-001 Gr. 42",
     "Nike Air Zoom Pegasus 40 Herren Laufschuhe Schwarz/Weiß DV3853-001 Gr. 43"),
    ("Nike Everyday Cushioned Training Crew Socks 3 Pairs White SX7664-100 M",
     "Nike Everyday Cushioned Training Crew Socks 3 Pairs White SX7664-100 L"),
    ("adidas Samba OG Cloud White UK 8", "adidas Samba OG Cloud White EU 44"),
    ("HOKA Bondi 8 Black EU 44", "HOKA Bondi 8 Black US 13"),
    ("Buty Nike Air Force 1 '07 męskie białe CW2288-111 rozmiar 42", "Buty Nike Air Force 1 '07 męskie białe CW2288-111 rozmiar 43"),
    # GTX against the plain shoe, two kinds, two genders
    ("HOKA Speedgoat 5 Men's Trail Running Shoes Black", "HOKA Speedgoat 5 GTX Men's Trail Running Shoes Black"),
    ("Salomon Speedcross 6 Men's Trail Running Shoes Black", "Salomon Speedcross 6 GORE-TEX Men's Trail Running Shoes Black"),
    ("The North Face Men's 1996 Retro Nuptse Jacket TNF Black", "The North Face Men's 1996 Retro Nuptse Vest TNF Black"),
    ("On Cloudmonster 2 Women's Undyed/Frost", "On Cloudmonster 2 Men's Undyed/Frost"),
    ("HOKA Bondi 8 Herren schwarz", "HOKA Bondi 8 Women's Black"),
    # two seasons; a season is no model number ("Stadium" / "Match" stay apart)
    ("Nike FC Barcelona 2024/25 Stadium Home Men's Football Shirt", "Nike FC Barcelona 2023/24 Stadium Home Men's Football Shirt"),
    ("Nike FC Barcelona 2024/25 Stadium Home Men's Dri-FIT Football Replica Shirt",
     "Nike FC Barcelona 2024/25 Match Home Men's Dri-FIT ADV Football Authentic Shirt"),
    # a model's decimal number (``sport32.decimal_names_differ``)
    ('Kross Hexagon 5.0 29" 2024', 'Kross Hexagon 6.0 29" 2024'),
    ("ABUS GameChanger 2.0 Road Helmet Shiny Black M", "ABUS GameChanger Road Helmet Shiny Black M"),
    # sizes of balls, frames, generations
    ("Kipsta F500 Football Size 4 White", "Kipsta F500 Football Size 5 White"),
    ("Cannondale CAAD Optimo 1 Shimano 105 2023 54cm", "Cannondale CAAD Optimo 1 Shimano 105 2023 56cm"),
    ("Nike Air Zoom Pegasus 40 Men's Road Running Shoes Black/White DV3853-001",
     "Nike Pegasus 41 Men's Road Running Shoes Black/White FD2722-002"),
]


test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
