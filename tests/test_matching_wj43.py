"""Session 43 (wj43): watches, jewellery, eyewear and contact lenses as two shops title them - a watch
reference in spaced groups ("T137 410 11 051 00" = "T137.410.11.051.00"), a water resistance ("200m") no
length, a watch's own strap or bracelet after its dial / bezel / case, an eyewear order code read as model,
colour and lens width ("0RB2140 901 50" = "RB2140 901 50-22", "601/8G" = "6018G", Oakley's "9406 08" the
OO9406-08; "901" is not "901/58", 50 mm not 54 mm), carat as a gold's fineness before a gold word and a stone's
mass otherwise ("9ct" = "9 Carat", "0.50ct" = "Half Carat"; 9ct / 18ct, 0.25ct / 0.50ct apart), a hallmark
("925", "950") beside its metal, a lens power's sign, and the trade's kinds in the shops' languages
(``crawler.matching.wj43``, ``titles``, ``accessory``, ``wordclass``)."""

from tests.pair_checks import pair_tests

SAME = [
    ("Tissot PRX 40 205 Quartz Watch - T137.410.11.051.00",
     "Tissot Herrenuhr PRX T137 410 11 051 00 Quarz Edelstahl schwarzes Zifferblatt"),
    ("Citizen Promaster Diver Automatic NY0040-09EE 'Fugu' 42mm",
     "CITIZEN NY0040-09E Promaster Automatic 200m Diver Black Rubber"),
    ("Casio G-Shock DW-5600E-1VER Men's Digital Black Resin Strap", "G-Shock DW5600E-1V Square Classic 200m Black"),
    ("Seiko 5 Sports SRPD55K1 Automatic Black Dial Stainless Steel Bracelet", "SEIKO 5 SPORTS Automatic Men's Watch SRPD55K1"),
    ("Hamilton Khaki Field Mechanical 38mm H69439931 Black Dial Leather Strap",
     "Hamilton Khaki Field Mechanical Men's Watch H69439931"),
    ("Citizen Men's Garrison Field Eco-Drive Watch BM8180-03E Black Canvas Strap",
     "Citizen Eco-Drive BM8180-03E Military Field Watch 37mm"),
    # (fxwj43: the reference's ending "-0001" is kept as its own token; a title without it still meets the
    # reference - "BB58 79030N ..." no longer does, the nickname a second code beside it)
    ("Tudor Black Bay Fifty-Eight M79030N-0001 Black 39mm", "Tudor Black Bay Fifty-Eight 79030N Black Dial 39mm"),
    ("Rolex Explorer II 226570-0001 Watch", "Rolex Explorer II 226570 Watch"),
    ("Rolex GMT-Master II 126710BLRO-0001 Watch", "Rolex GMT-Master II 126710BLRO Jubilee"),
    # (fxwj43: a water resistance read as bar, one fact in two notations; one side without it)
    ("Seiko Prospex Diver 200m Automatic Watch", "Seiko Prospex Diver 20 bar Automatic Watch"),
    ("Casio Herrenuhr Taucheruhr 10 bar", "Casio Herrenuhr Taucheruhr 100m"),
    ("Seiko 5 Sports SRPD51K1 Blue Dial Automatic Watch Steel Bracelet", "Seiko SRPD51 5 Sports Automatic 100m Blue"),
    # (fxwj43: a gold's fineness one shop prints)
    ("Cartier Love Ring 18K Yellow Gold", "Cartier Love Ring Yellow Gold"),
    ("Tiffany T Smile Pendant 18k Rose Gold", "Tiffany T Smile Pendant Rose Gold"),
    ("Pandora Moments Snake Chain Bracelet 14k Rose Gold-Plated", "Pandora Moments Snake Chain Bracelet Rose Gold Plated"),
    ("Cartier Love Ring 18K Yellow Gold", "Cartier Love Ring 750 Yellow Gold"),
    # (fxwj43: "100%" and a temple length are no colour codes)
    ("Ray-Ban RB2140 Wayfarer 100% UV Protection 901", "Ray-Ban RB2140 901 Wayfarer"),
    ("Ray-Ban RB3016 Clubmaster 51 21 145 W0365", "Ray-Ban RB3016 W0365 Clubmaster 51-21"),
    ("Ray-Ban RB3447 Round Metal 50 21 145 029", "Ray-Ban RB3447 029 Round Metal 50-21"),
    ("Ray-Ban RB3025 Aviator 100% UV Protection 001/58", "Ray-Ban RB3025 001/58 Aviator"),
    ("Rolex Datejust 41 126334 Blue Dial Fluted Bezel Jubilee Bracelet",
     "Rolex 126334 Datejust 41mm Oystersteel & oro bianco, quadrante blu, Jubilee"),
    ("Ray-Ban RB2140 Original Wayfarer Sunglasses 901 50-22 Black / Green G-15", "Ray-Ban 0RB2140 901 50 Wayfarer Classic schwarz grün"),
    ("Ray-Ban RB2140 Original Wayfarer Classic 901 Black / G-15 Green 50mm",
     "Ray-Ban Original Wayfarer Classic Sunglasses RB2140 901 50-22"),
    ("Ray-Ban RB3025 Aviator Classic 001/58 58-14 Gold Polarized Green", "Ray-Ban Aviator 0RB3025 00158 58mm Polarised G-15"),
    ("Ray-Ban RB4165 Justin 601/8G 54-16 Black, Grey Gradient", "Ray-Ban Justin RB4165 6018G 54mm Sunglasses"),
    ("Ray-Ban Wayfarer RB2140 901/58 Polarized 50mm Black", "RAY BAN RB2140-901/58-50 ORIGINAL WAYFARER POLARIZADAS negro verde"),
    ("Persol PO3019S 24/31 55-18 Havana", "Persol 3019S 2431 55mm occhiali da sole tartarugato"),
    ("Oakley Sutro OO9406-08 Prizm Road Matte Black", "Oakley Sutro 9406 08 Prizm Road Brille matt schwarz"),
    ("Ray-Ban RB5154 Clubmaster Optics 2000 Black on Silver 51", "Ray-Ban Clubmaster RX5154 2000 51-21 eyeglasses frames"),
    ("9ct Yellow Gold 20 Inch Curb Chain Necklace", '9 Carat Yellow Gold Curb Chain 20"'),
    ("18ct White Gold 0.50ct Diamond Stud Earrings", "Diamond Studs 1/2 ct total weight - 18K white gold"),
    ("Sterling Silver 20 Inch Curb Chain Necklace 925", '925 Silver Curb Link Chain 20" (51cm)'),
    ("14k Yellow Gold Rope Chain 2.5mm 18 inch", 'Rope Chain Necklace 14K Solid Yellow Gold, 2.5 mm wide, 18"'),
    ("Thomas Sabo Sterling Silver Anchor Charm", "THOMAS SABO Charm Anhänger Anker 925 Sterlingsilber"),
    ("Hirsch Liberty Leather Watch Strap 20mm Brown", "HIRSCH Liberty Uhrenarmband Leder 20 mm braun"),
    ("Acuvue Oasys 1-Day with HydraLuxe 30 Pack BC 8.5 -2.00", "ACUVUE OASYS 1-Day Tageslinsen 30 Stück 8.5 Dpt -2,00"),
]

DIFFERENT = [
    ("Tissot PRX 40 205 Quartz T137.410.11.051.00", "Tissot PRX 40 205 Quartz T137 410 11 041 00"),
    ("Ray-Ban RB2140 Original Wayfarer 901 50-22", "Ray-Ban RB2140 Original Wayfarer 901/58 50-22 Polarized"),
    ("Ray-Ban RB3025 Aviator 001 58-14 Gold Green Classic G-15", "Ray-Ban RB3025 Aviator 001/58 58-14 Gold Green Polarized"),
    ("Ray-Ban RB2140 Original Wayfarer 901 50-22 Black Green", "Ray-Ban RB2140 Original Wayfarer 901 54-18 Black Green"),
    ("Ray-Ban RB2140 Original Wayfarer 901 Black G-15 50mm", "Ray-Ban RB2140 Original Wayfarer 901 Black G-15 54mm"),
    ("Ray-Ban RB3016 Clubmaster W0365 51mm", "Ray-Ban RB3016 Clubmaster W0365 49mm"),
    ("Persol PO0714 Steve McQueen 24/31 54mm Havana", "Persol PO0714 Steve McQueen 24/57 54mm Havana Polarized"),
    ("Oakley Holbrook OO9102-E1 Prizm Black Polarized", "Oakley Holbrook OO9102-E0 Prizm Black (non polarized)"),
    ("9ct Yellow Gold 0.25ct Diamond Solitaire Ring Size N", "9ct Yellow Gold 0.50ct Diamond Solitaire Ring Size N"),
    ("9ct Yellow Gold 0.25ct Diamond Solitaire Ring Size N", "18ct Yellow Gold 0.25ct Diamond Solitaire Ring Size N"),
    ("18ct White Gold 0.50ct Total Diamond Solitaire Stud Earrings", "18ct White Gold 0.25ct Total Diamond Solitaire Stud Earrings"),
    ("18ct White Gold 0.50ct Diamond Stud Earrings", "18ct Yellow Gold 0.50ct Diamond Stud Earrings"),
    ("Air Optix plus HydraGlyde 6 Pack -4.25", "Air Optix plus HydraGlyde 6 Pack +4.25"),
    ("Acuvue Oasys 1-Day 30 Pack -2.00", "Acuvue Oasys 1-Day 30 Pack -2.25"),
    ("Biofinity 6 Pack -1.50", "Biofinity Toric 6 Pack -1.50"),
    ("Seiko Prospex Turtle SRP777K1 Black Silicone Strap", "Seiko Prospex Turtle SRP775K1 Black Stainless Steel Bracelet"),
    ("Garmin QuickFit 22 Silicone Band Black", "Garmin Fenix 7 Sapphire Solar Black Case Silicone Band"),
    ("Apple 41mm Starlight Sport Loop", "Apple Watch Series 9 GPS 41mm Starlight Aluminium Case with Starlight Sport Loop"),
    # (fxwj43: attack43a - a reference's ending names dial and bracelet; two water resistances; two jewellery
    # kinds; two finenesses; two colour codes after "100% UV" or a temple length)
    ("Tudor Black Bay 58 M79030N-0001 Watch", "Tudor Black Bay 58 M79030N-0002 Watch"),
    ("Rolex GMT-Master II 126710BLRO-0001 Watch", "Rolex GMT-Master II 126710BLRO-0002 Watch"),
    ("Rolex Explorer II 226570-0001 Watch", "Rolex Explorer II 226570-0002 Watch"),
    ("Tudor Royal M28600-0001 Watch", "Tudor Royal M28600-0005 Watch"),
    ("Seiko Prospex Diver 200m Automatic Watch", "Seiko Prospex Diver 1000m Automatic Watch"),
    ("Citizen Promaster Diver Eco-Drive Watch 200m", "Citizen Promaster Diver Eco-Drive Watch 300m"),
    ("Casio Herrenuhr Taucheruhr 10 bar", "Casio Herrenuhr Taucheruhr 20 bar"),
    ("Festina Herrenuhr Chronograph 10 ATM", "Festina Herrenuhr Chronograph 5 ATM"),
    ("Swarovski Iconic Swan Brosche", "Swarovski Iconic Swan Ring"),
    ("Swarovski Iconic Swan Ohrringe", "Swarovski Iconic Swan Bague"),
    ("Pandora Moments Snake Chain Bracelet", "Pandora Moments Snake Chain Ring"),
    ("Cartier Love Ring 18K Yellow Gold", "Cartier Love Ring 14K Yellow Gold"),
    ("Ray-Ban RB2140 Wayfarer 100% UV Protection 901", "Ray-Ban RB2140 Wayfarer 100% UV Protection 902"),
    ("Ray-Ban RB3447 Round Metal 50 21 145 029", "Ray-Ban RB3447 Round Metal 50 21 145 001"),
    ("Ray-Ban RB3016 Clubmaster 51 21 145 W0365", "Ray-Ban RB3016 Clubmaster 49 21 140 W0365"),
    # (the readers stay in their trades: "RX 7900 XTX" is a graphics card, no Ray-Ban frame)
    ("PowerColor Hellhound AMD Radeon RX 7900 XTX 24GB GDDR6", "PowerColor Hellhound AMD Radeon RX 7900 XT 20GB GDDR6"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_readings():
    from crawler.matching.titles import clean
    assert "t137.410.11.051.00" in clean("Tissot PRX T137 410 11 051 00")
    assert "200m" not in clean("Citizen Promaster Automatic 200m Diver")
    assert "200m" in clean("Garden hose 200m")
    assert "rx 7900" in clean("AMD Radeon RX 7900 XTX")
    assert "200mg" in clean("1 carat diamond ring 14k gold")
    assert "200ct" in clean("Vitamin D 200 ct")
    assert "20 bar" in clean("Citizen Promaster Automatic 200m Diver")  # (fxwj43: its own fact, in bar)
    assert "200m" in clean("Hamilton Beach Garden Hose 200m")  # (fxwj43: no watch)
