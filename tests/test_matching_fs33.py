"""Session 33, fs33: held-out-32's fashion and sport set read for principles (``sport32``, ``sizing``,
``titles``, ``facets``, ``variants``) - a shoe's width is its own product ("Bondi 8" / "Bondi 8 Wide", "2E" /
"D"), the regular width named in two languages one; a letter glued to a model's number the other prints bare ("97" /
"97L", "158" / "158W"); a tier word inside a line ("NITRO 2" / "NITRO Elite 2"); a lettered word after the
model's number ("'07" / "'07 LV8"); "Tee" = "T-Shirt"; kinds across languages (football boots, bib shorts,
"Mountain Bike" / "VTT", "Basketball" / "piłka do koszykówki"); an EU size in thirds with no label; "Gen 3"
= "3rd gen"; a year before a frame letter ("2024 M"); a racket's "Grip 3" = "L3", "Unstrung" = "non
incordata"; one colour named by two makers' words ("Core Black" / "Triple Black"); Nike's "Air Zoom" between
the brand and the line's name; a colourway and a letter size closing one title, the other naming neither."""

from tests.pair_checks import pair_tests


SAME = [
    # the regular width named in two languages, one word (``sport32.regular_width_read``)
    ({"title": "Birkenstock Arizona Birko-Flor Black Regular Fit EU 41", "brand": "Birkenstock"},
     "Birkenstock Arizona BF Schwarz normale Weite Gr. 41"),
    ("Birkenstock Boston Suede Taupe Regular Fit EU 42", "Birkenstock Boston Suede Taupe Regular Width EU 42"),
    ("Jack & Jones JJEPAULOS Sweatshirt Regular Fit Crew Neck Black", "Jack & Jones Paulos Sweat Regular Fit schwarz"),
    # a racket's grip in inches after its European size is that size (``sport32.racket_read``)
    ("Wilson Pro Staff 97 v14 Tennis Racket Grip 3 (4 3/8)", "Wilson Pro Staff 97 V14 Tennisschläger L3"),
    # "Tee" among a garment's words = "T-Shirt" (``sport32.t_shirt_read``)
    ("Under Armour Men's Tech 2.0 Short Sleeve T-Shirt Black Size M", "UA Tech 2.0 SS Tee Men Black M"),
    ("Nike Dri-FIT Legend Men's Fitness T Shirt Navy L", "Nike Dri-FIT Legend Tee Men Navy L"),
    # the trade's kinds in the shops' languages (``sport32``)
    ("Castelli Competizione Bib Shorts Men Black M", "Castelli Competizione Trägerhose Herren schwarz Gr. M"),
    ("Nike Phantom GX Academy FG Football Boots", "Nike Phantom GX Academy FG Fußballschuhe"),
    ("Nike Phantom GX Academy FG Football Boots", "Nike Phantom GX Academy FG botas de fútbol"),
    ("Trek Marlin 7 Mountain Bike 2024", "Trek Marlin 7 MTB 2024"),
    ({"title": 'Decathlon Rockrider ST 530 27.5" Mountain Bike Size M Grey', "brand": "Rockrider"},
     "VTT ROCKRIDER ST 530 27,5 POUCES GRIS TAILLE M"),
    ("Wilson Evolution Basketball Size 7", "Wilson Evolution piłka do koszykówki rozm. 7"),
    ("Adidas Al Rihla League Football Size 5", "adidas Al Rihla League pallone da calcio taglia 5"),
    ("Adidas Al Rihla League Football Size 5", "adidas Al Rihla League Fußball Größe 5"),
    # a marl's colour ("Heather" / "chiné" / "meliert")
    ("Pantalon de jogging Nike Sportswear Tech Fleece Homme Gris foncé chiné taille L",
     "Nike Tech Fleece Men's Joggers Dark Grey Heather/Black L"),
    # an EU size in thirds with no label is a size (``sizing._EU_THIRDS``)
    ("Salomon Speedcross 6 GTX Men's Trail Running Shoes Black/Black/Phantom UK 9",
     "Salomon Speedcross 6 Gore-Tex Herren Schwarz 43 1/3"),
    # "Gen 3" = "3rd gen"; a wheel size with or without its inch mark
    ('Trek Marlin 7 Gen 3 Mountain Bike M/L 29" Matte Olive Grey',
     "Trek Marlin 7 (3rd gen) 2023 - Size M/L - 29er - Matte Olive Grey"),
    ('Kross Hexagon 6.0 29 Zoll', 'Kross Hexagon 6.0 29"'),
    # a model year before a frame letter is no length (``titles._YEAR_LIKE``)
    ("Trek Marlin 7 Mountain Bike 2024 M", "Trek Marlin 7 Mountain Bike 2024 Size M"),
    ("Kross Hexagon 6.0 29 2024 M", 'Kross Hexagon 6.0 29" 2024 rama M'),
    # a racket's grip size and its strings, one way (``sport32.racket_read``)
    ({"title": "Wilson Pro Staff 97 v14 Tennis Racket Unstrung Grip 3", "brand": "Wilson"},
     "Wilson Pro Staff 97 V14 (315g) racchetta tennis L3 non incordata"),
    # one colour, two makers' words for it (``sport32.one_colour_both``)
    ({"title": "adidas Ultraboost Light Running Shoes Core Black UK 10", "brand": "adidas"},
     "Adidas Ultraboost Light Triple Black Men EU 44 2/3"),
    # Nike's cushioning between the brand and the line's name (``sport32.variants_before_name``)
    ("Zapatillas running Nike Air Zoom Pegasus 41 hombre negro/blanco talla 44",
     {"title": "Nike Pegasus 41 Men's Road Running Shoes Black/White US 10", "brand": "Nike"}),
    # a colourway and a letter size closing one title, the other naming neither: the page of that product
    # (``wordclass._colour_before_closing_size``, ``wordclass._variants_only_sizes``)
    ("The North Face 100 Glacier Fleece", "The North Face 100 Glacier Fleece Black M"),
    ("adidas Tiro 24 Training Pants Men", "adidas Tiro 24 Training Pants Men Black/White XL"),
    ("Nike Everyday Cushioned Crew Socks 3 Pack", "Nike Everyday Cushioned Crew Socks 3 Pack White M"),
    # "Wide" qualifying a noun, "6E" of Wi-Fi, a tier word right after the brand: no width, no tier inside a line
    ("Canon EF 16-35mm f/4L IS USM Wide Angle Lens", "Canon EF 16-35mm f/4L IS USM Lens"),
    ("TP-Link Archer AXE75 WiFi 6E Router", "TP-Link Archer AXE75 Router"),
    ("Jabra Elite 85t True Wireless Earbuds", "Jabra 85t True Wireless Earbuds"),
    # a spec of letters and digits on one side only still passes (not a lettered model word)
    ("Samsung 980 PRO 1TB NVMe M.2 SSD", "Samsung 980 PRO 1TB M.2 SSD"),
    ("Salomon Speedcross 6 GTX Men's", "Salomon Speedcross 6 Gore-Tex Men's"),
]

DIFFERENT = [
    # a shoe's width: wide against the regular, two widths (``sport32.widths_differ``)
    ("HOKA Bondi 8 Men's Running Shoes Black/Black UK 9", "HOKA Bondi 8 Wide Men's Running Shoes Black/Black UK 9"),
    ("Hoka Bondi 8 Herren Laufschuh schwarz", "Hoka Bondi 8 2E Herren Laufschuh schwarz"),
    ("New Balance 990v6 Grey Men's 2E", "New Balance 990v6 Grey Men's D"),
    ("New Balance Fresh Foam X 1080v13 Men's 4E Black", "New Balance Fresh Foam X 1080v13 Men's Black"),
    ("Brooks Ghost 15 Men's Wide", "Brooks Ghost 15 Men's Extra Wide"),
    ("Birkenstock Arizona Birko-Flor Black Narrow EU 41", "Birkenstock Arizona Birko-Flor Black Regular Fit EU 41"),
    # a letter glued to the model's number (``sport32.glued_letter_differs``)
    ("Wilson Pro Staff 97 v14 Tennis Racket", "Wilson Pro Staff 97L v14 Tennis Racket"),
    ("Wilson Pro Staff 97 v14 Unstrung", "Wilson Pro Staff 97L v14 Unstrung"),
    ("Burton Custom Snowboard 158", "Burton Custom Snowboard 158W"),
    # a tier word inside the line (``sport32.line_tier_inserted``)
    ("Saucony Deviate NITRO 2 Men's Running Shoes", "Saucony Deviate NITRO Elite 2 Men's Running Shoes"),
    ("Saucony Endorphin Speed NITRO 2", "Saucony Endorphin NITRO Elite 2"),
    # a lettered model word after the model's number (``sport32.lettered_word_after_number``)
    ("Nike Air Force 1 '07 White EU 42", "Nike Air Force 1 '07 LV8 White EU 42"),
    ("Nike Air Force 1 '07 Biały EU 42", "Nike Air Force 1 '07 LV8, Biały, rozm. 42"),
    # "Tee" is tea and a golf tee where no garment's word stands: still no T-shirt
    ("Pukka Tee Bio Kräutertee 20 Beutel", "Pukka T-Shirt Bio 20"),
    # Shimano's electronic shifting after the groupset's number: another bike
    ("Bianchi Sprint 105 Di2 2024 Celeste 55", "Bianchi Sprint 105 2024 Celeste 55"),
    # a ball is no boot; a road bike no mountain bike; two grips, strung and unstrung
    ("Nike Mercurial Vapor 15 Academy Football", "Nike Mercurial Vapor 15 Academy Fußballschuhe"),
    ("Giro Syntax MIPS Road Bike Helmet", "Giro Syntax MIPS Mountain Bike Helmet"),
    ("Trek Marlin 7 Mountain Bike 2024", "Trek Marlin 7 Road Bike 2024"),
    ("Wilson Pro Staff 97 v14 Grip 2", "Wilson Pro Staff 97 v14 L3"),
    ("Wilson Pro Staff 97 v14 Unstrung Grip 3", "Wilson Pro Staff 97 v14 Strung Grip 3"),
    # two sizes in thirds, a size out of the other system's span
    ("Salomon Speedcross 6 Gore-Tex Herren Schwarz 43 1/3", "Salomon Speedcross 6 Gore-Tex Herren Schwarz 44 2/3"),
    ("Salomon Speedcross 6 GTX Men's UK 9", "Salomon Speedcross 6 Gore-Tex Herren Schwarz 46 2/3"),
    # two generations; two frame sizes after the year
    ("Trek Marlin 7 Gen 3 Mountain Bike", "Trek Marlin 7 (2nd gen) Mountain Bike"),
    ("Trek Marlin 7 Mountain Bike 2024 M", "Trek Marlin 7 Mountain Bike 2024 L"),
    # two colourways of one colour where one names a finish, or one of two colours: still two
    ("Rust-Oleum 2X Ultra Cover Flat Black 12oz", "Rust-Oleum 2X Ultra Cover Gloss Black 12oz"),
    ("Philips LED E27 8,5W warmweiß 2er", "LED E27 8,5W kaltweiß 2er"),
    ("adidas Samba OG Core Black / Cloud White / Gum", "adidas Samba OG Cloud White / Core Black / Clear Granite"),
    # two colourways, a letter variant of a console: still two
    ("The North Face 100 Glacier Fleece Black M", "The North Face 100 Glacier Fleece Navy M"),
    ("Nintendo 3DS XL Black", "Nintendo 3DS Black"),
    ("The North Face 100 Glacier Fleece Black M", "The North Face 100 Glacier Fleece Black L"),
    # a variant word before another name, or after the line's name: another model
    ("Lavazza Crema e Aroma Coffee Beans 1kg", "Lavazza Super Crema kawa ziarnista 1 kg"),
    ("Lavazza Super Crema Whole Bean Coffee 2.2 lb", "Lavazza Crema e Gusto Whole Bean Coffee 2.2 lb"),
    ("Apple iPad Air 11 M2 128GB", "Apple iPad 11 M2 128GB"),
    ("Disney+ Gift Card 50", "Disney Gift Card 50"),
]


test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
