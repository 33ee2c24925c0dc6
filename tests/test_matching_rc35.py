"""Session 35, rc35: two titles of one product where one shop adds words the other leaves out - a claim
about what the product does, a trademarked claim phrase, the colour a household item only comes in
(``benchmarks/pairs/train35rc.jsonl`` and the older dev files' "weak" misses) - and their near misses,
where the one-sided word names another product of the line (a scent, a line name, a tier, a size),
each asked both ways round."""

from tests.pair_checks import pair_tests


# a claim a shop prints about what the product does or is ("Antibacterial", "Waterproof" of a speaker,
# "apaisant"): never which product it is (``recall35.CLAIMS``, added to ``wordclass.CLAIMS``)
CLAIM_SAME = [
    ("Carex Original Antibacterial Hand Wash 250ml", "Carex Original Hand Wash 250 ml"),
    ("Dettol Original Antibacterial Liquid Hand Wash 250ml", "Dettol Original Liquid Hand Wash 250 ml"),
    ("JBL Flip 6 Portable Bluetooth Speaker Blue", "JBL Flip 6 Blue Waterproof Speaker"),
    ("Avène Eau Thermale Spray 300ml", "Avene Eau Thermale Spray Apaisant 300 ml"),
]
CLAIM_DIFFERENT = [
    # a line's own word on one side stays a word of its own
    ("Carex Original Hand Wash 250ml", "Carex Aloe Vera Hand Wash 250ml"),
    ("Dettol Original Antibacterial Hand Wash 250ml", "Dettol Sensitive Antibacterial Hand Wash 250ml"),
    ("Johnson's Baby Shampoo 500ml", "Johnson's Baby Bedtime Shampoo 500ml"),
    ("Sensodyne Repair & Protect Toothpaste 75ml", "Sensodyne Repair & Protect Whitening Toothpaste 75ml"),
    ("JBL Flip 6 Portable Speaker Blue", "JBL Flip 5 Portable Speaker Blue"),
    ("Avène Eau Thermale Spray 300ml", "Avène Eau Thermale Spray 150ml"),
    # "Waterproof" names another mascara, shoe or case of the line: only a speaker's is a claim
    ("Maybelline Lash Sensational Mascara Very Black", "Maybelline Lash Sensational Waterproof Mascara Very Black"),
    ("Merrell Men's Moab 3 Hiking Shoe, Walnut, 10.5", "Merrell Men's Moab 3 Waterproof Hiking Shoe, Walnut, 10.5"),
]
test_claim_same, test_claim_different = pair_tests(same=CLAIM_SAME, different=CLAIM_DIFFERENT)


# a maker's trademarked claim phrase printed whole on one side ("No More Tears", "Kind to Skin", "Water
# Based"): its words name no product (``recall35.claim_phrase_words``)
PHRASE_SAME = [
    ("Johnson's Baby Shampoo 500ml", "Johnson's Baby No More Tears Shampoo 500 ml"),
    ("Johnson's Baby Shampoo, 500ml", "Johnson's No More Tears Baby Shampoo, 500 mL"),
    ("Simple Kind to Skin Refreshing Facial Wash 150ml", "Simple Refreshing Facial Wash Gel 150 ml"),
]
PHRASE_DIFFERENT = [
    ("Johnson's Baby No More Tears Shampoo 500ml", "Johnson's Baby Bedtime Shampoo 500ml"),
    ("Huggies Pure Baby Wipes 99% Water 56", "Huggies Pure Extra Care Baby Wipes 56"),
    ("Simple Kind to Skin Refreshing Facial Wash 150ml", "Simple Kind to Skin Moisturising Facial Wash 150ml"),
    ("Heinz Baked Beanz in Tomato Sauce 415g", "Heinz Baked Beanz No Added Sugar 415g"),
    ("Johnson's Baby No More Tears Shampoo 500ml", "Johnson's Baby No More Tears Shampoo 300ml"),
]
test_phrase_same, test_phrase_different = pair_tests(same=PHRASE_SAME, different=PHRASE_DIFFERENT)


# the colour a household item only comes in, printed right after its kind ("Washing Up Liquid *Green*",
# "Paper Towels *White*") where the other shop names no colour: the item's look, not its line; before
# the kind it is a line's name ("Lipton *Green* Tea", "Dove *White* Beauty Bar") and stays one
# (``recall35.colour_after_kind``)
COLOUR_SAME = [
    ("Fairy Original Washing Up Liquid 433ml", "Fairy Original Washing Up Liquid Green 433 ml"),
    ("Fairy Original Washing Up Liquid Green 820ml", "Fairy Original Washing-Up Liquid 820 ml"),
    ("Bounty Select-A-Size Paper Towels White 12 Double Rolls", "Bounty Select A Size Paper Towels, 12 Double Rolls"),
]
COLOUR_DIFFERENT = [
    ("Fairy Original Washing Up Liquid 433ml", "Fairy Lemon Washing Up Liquid 433ml"),
    ("Fairy Original Washing Up Liquid Green 433ml", "Fairy Original Washing Up Liquid Pink 433ml"),
    ("Fairy Original Washing Up Liquid Green 433ml", "Fairy Original Washing Up Liquid Green 820ml"),
    ("Lipton Tea 100 Bags", "Lipton Green Tea 100 Bags"),
    ("Monster Energy Drink 16 oz 24 pack", "Monster Energy Drink White 16 oz 24 pack"),
    ("HP 305 Ink Cartridge", "HP 305 Ink Cartridge Tri-colour"),
    # of pens and markers the colour is the product; "Assorted Colors" names colours too
    ("Sharpie Permanent Markers, Fine Point, Assorted Colors, 12 Count", "Sharpie Fine Point Permanent Markers, Black, 12 Pack"),
    ("Sharpie Fine Point Permanent Markers 12 Pack", "Sharpie Fine Point Permanent Markers, Black, 12 Pack"),
    ("Bounty Select-A-Size Paper Towels White 12 Double Rolls", "Bounty Select-A-Size Paper Towels Print 12 Double Rolls"),
]
test_colour_same, test_colour_different = pair_tests(same=COLOUR_SAME, different=COLOUR_DIFFERENT)


# the container one item of a size comes in, printed on one side where both state the same weight or
# volume ("18 oz Pump", "Tiegel 7,5 g", "Canned Beans"): no other product (``recall35.container_words``);
# another size or another package named on the other side stays apart
CONTAINER_SAME = [
    ("Aveeno Daily Moisturizing Body Lotion, Fragrance-Free, 18 fl oz", "Aveeno Daily Moisturizing Lotion 18 oz Pump, Fragrance Free"),
    ("Carmex Classic Lip Balm Jar 7.5g", "Carmex Classic Lippenbalsam Tiegel 7,5 g"),
    ("BUSH'S Original Baked Beans, Canned Beans, 28 oz Can", "Bush's Original Baked Beans 28 oz"),
    ("Armor All Original Protectant Spray, 16 Fl Oz", "Armor All Original Protectant 16 oz Trigger Spray"),
]
CONTAINER_DIFFERENT = [
    ("Aveeno Daily Moisturizing Lotion 18 oz", "Aveeno Daily Moisturizing Lotion 12 oz Pump"),
    ("Carmex Classic Lip Balm Jar 7.5g", "Carmex Classic Lip Balm Tube 10g"),
    ("Heinz Tomato Ketchup Glass Bottle 570g", "Heinz Tomato Ketchup Squeezy 570g Tube"),
    ("Dettol Original Hand Wash 250ml Pump", "Dettol Original Hand Wash 250ml Refill"),
]
test_container_same, test_container_different = pair_tests(same=CONTAINER_SAME, different=CONTAINER_DIFFERENT)


# the part a colour is of, after "with" ("w/ White Joy-Con"), where the other prints the colour; and a
# game publisher's two-word label leading one title ("EA SPORTS"): neither names another product
# (``recall35.with_colour_part``, ``recall35.lead_label_words``)
PART_LABEL_SAME = [
    ("Nintendo Switch OLED Model White", "Nintendo Switch – OLED Model w/ White Joy-Con"),
    ("Nintendo Switch OLED White", "Nintendo Switch OLED Model with White Joy-Con"),
    ("EA SPORTS FC 24 - PS5", "FC 24 PlayStation 5 Standard Edition"),
    ("EA SPORTS FC 24 Standard Edition - PlayStation 5", "FC 24 PS5"),
]
PART_LABEL_DIFFERENT = [
    ("Nintendo Switch OLED Model White", "Nintendo Switch – OLED Model w/ Neon Red & Neon Blue Joy-Con"),
    ("Nintendo Switch OLED Model w/ White Joy-Con", "Nintendo Switch Lite White"),
    ("EA SPORTS FC 24 - PS5", "EA SPORTS FC 25 - PS5"),
    ("EA SPORTS FC 24 - PS5", "FC 24 Xbox Series X"),
    ("EA SPORTS FC 24 - PS5", "EA SPORTS Madden NFL 24 - PS5"),
]
test_part_label_same, test_part_label_different = pair_tests(same=PART_LABEL_SAME, different=PART_LABEL_DIFFERENT)


# kinds named by a phrase ("Noodle Soup", "Razor Blade Refills") and a bottled water's legal class
# ("Natural Mineral Water"): no identifying words (``recall35._KIND_PHRASES``, ``water_class_words``)
KIND_SAME = [
    ("Nongshim Shin Ramyun Noodle Soup 120g x 5", "농심 신라면 120g 5개입"),
    ("Gillette Mach3 Men's Razor Blade Refills, 15 Count", "Gillette Mach3 Razor Refill Cartridges 15 ct"),
    ("Vittel Natural Mineral Water 1.5L", "Vittel Mineral Water 1.5 L Bottle"),
    ("Água Luso 1,5L pack 6", "Luso Água Mineral Natural 6 x 1.5 L"),
]
KIND_DIFFERENT = [
    ("Nongshim Shin Ramyun Noodle Soup 120g x 5", "Nongshim Shin Ramyun Black Noodle Soup 134g x 4"),
    ("Gillette Mach3 Men's Razor Blade Refills, 15 Count", "Gillette Mach3 Turbo Razor Refill Cartridges 15 ct"),
    ("Gillette Mach3 Razor Blade Refills 8 Count", "Gillette Mach3 Razor Blade Refills 15 Count"),
    ("Evian Natural Spring Water 500ml x 24", "Evian Sparkling Water 500ml x 24"),
    ("Luso Água Mineral Natural 6 x 1.5 L", "Luso Água Mineral Natural 6 x 0.5 L"),
    ("Skippy Natural Creamy Peanut Butter 15 oz", "Skippy Creamy Peanut Butter 15 oz"),
]
test_kind_same, test_kind_different = pair_tests(same=KIND_SAME, different=KIND_DIFFERENT)


# more kinds in the shops' languages, and words saying again what a neighbour says: "PET" beside a drink's
# volume, "Sticks" after their count, "Remote" beside the "RC" both print (``recall35.written_beside``)
MORE_SAME = [
    ("Philips Hue White and Color Ambiance E27 Starter-Set, 3 Lampen + Bridge",
     "Philips Hue White and Color Ambiance Starter Kit E27, 3 lampadine + Bridge"),
    ("Haribo Goldbären 175g", "Haribo Goldbears gummy bears 175 g"),
    ("Kofola Original 2l", "Kofola Original PET láhev 2 l"),
    ("Nescafe 3in1 Classic 30 Sticks", "Nescafe 3 in 1 Classic 30 x 20g"),
    ("DJI Mini 4 Pro Fly More Combo (DJI RC 2)", "DJI Mini 4 Pro Drone Fly More Combo with RC 2 Remote"),
    ("Mahou Cinco Estrellas lata 33cl pack 6", "Cerveza Mahou 5 Estrellas Pack 6 latas 33 cl"),
    ("Tchibo Feine Milde Ganze Bohne 500g", "Tchibo Feine Milde Kaffeebohnen 500 g"),
    ("Avène Eau Thermale Spray 300ml", "Avene Eau Thermale Brumisateur Apaisant 300 ml"),
]
MORE_DIFFERENT = [
    ("Haribo Goldbären 175g", "Haribo Goldbären Sauer 175g"),
    ("Kofola Original 2l", "Kofola Citrus PET láhev 2 l"),
    ("Kofola Original PET 2 l", "Kofola Original PET 0,5 l"),
    ("DJI Mini 4 Pro Fly More Combo (DJI RC 2)", "DJI Mini 4 Pro Fly More Combo Plus (DJI RC 2)"),
    ("DJI Mini 4 Pro (DJI RC-N2)", "DJI Mini 4 Pro with RC 2 Remote"),
    ("Mahou Cinco Estrellas lata 33cl pack 6", "Mahou 5 Estrellas Sin Alcohol lata 33cl pack 6"),
    ("Zwilling Four Star Kochmesser 20 cm", "Zwilling Five Star Kochmesser 20 cm"),
    ("Tchibo Feine Milde Ganze Bohne 500g", "Tchibo Feine Milde Gemahlen 500 g"),
    ("Avène Eau Thermale Brumisateur 300ml", "Avène Eau Thermale Brumisateur 150ml"),
]
test_more_same, test_more_different = pair_tests(same=MORE_SAME, different=MORE_DIFFERENT)
