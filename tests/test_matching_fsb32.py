"""Session 32, fsb32: fashion and sport as Polish, Czech, Italian, Spanish and French shops title them -
the kinds in their languages (gloves, volleyball, tennis balls, a basketball's, a tennis racket's and
swimming goggles' phrases), "górski" / "horské" = mountain, "regulowane" = adjustable, "escursionismo" =
hiking (``sport32``), the Polish size label "rozm." (``sizing``), a whole decimal model number before a
bike's wheel size ("Hexagon 6.0 29" / "Hexagon 7.0 29", ``sport32``)."""

from tests.pair_checks import pair_tests


SAME = [
    # a kind in the shop's language (``sport32``)
    ("Everlast Elite Boxing Gloves 16oz Red", "Everlast Elite rękawice bokserskie 16 oz czerwone"),
    ("Venum Impact Boxing Gloves 14 oz", "Venum Impact guantes de boxeo 14oz"),
    ("Mikasa V330W Volleyball", "Mikasa V330W piłka siatkowa"),
    ("Wilson Roland Garros All Court Tennis Balls", "Wilson Roland Garros All Court piłki tenisowe"),
    ("Head Radical MP 2023 Tennis Racket", "HEAD Radical MP 2023 rakieta tenisowa"),
    ("Speedo Futura Classic Goggles", "Speedo Futura Classic okulary pływackie"),
    # "górski" = mountain, "regulowane" = adjustable, "escursionismo" = hiking (``sport32``)
    ("Trek Roscoe 7 2024 Mountain Bike", "Trek Roscoe 7 2024 rower górski"),
    ("Bowflex SelectTech 1090 Adjustable Dumbbells", "Bowflex SelectTech 1090 hantle regulowane"),
    ("Quechua NH100 Hiking Backpack 10L", "Quechua NH100 zaino escursionismo 10 L"),
    # the Polish size label "rozm." (``sizing``)
    ("Select Numero 10 Football Size 4", "Select Numero 10 Football rozm. 4"),
]

DIFFERENT = [
    # two sizes by the Polish label: still two products
    ("Select Numero 10 Football rozm. 4", "Select Numero 10 Football rozm. 5"),
    # gloves against a bag, a volleyball against a football: two kinds
    ("Everlast Elite Boxing Gloves 16oz", "Everlast Elite Heavy Bag 16 kg"),
    ("Mikasa V330W Volleyball", "Mikasa V330W Football"),
    # a mountain bike's model numbers still differ
    ("Trek Roscoe 7 2024 rower górski", "Trek Roscoe 8 2024 rower górski"),
    ("Mikasa V330W piłka siatkowa", "Mikasa V200W piłka siatkowa"),
    # a whole decimal model number before a bike's wheel size is no measure (``sport32._measure``)
    ("Kross Level 3.0 29 2024", "Kross Level 4.0 29 2024"),
]


test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
