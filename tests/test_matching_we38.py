"""Session 38, we38: Western European shops' titles (``we38``) - German, French, Italian, Spanish and Dutch shops
against each other or an English listing: a stick vacuum, a wet and dry vacuum, a hair styler, a pet food's
pouches, a Dutch "lamp", a mopping function and a drill driver in the shops' languages; "senza filo" / "sin
hilos" as "wireless"; a device's "custodia di ricarica" / "station de recharge" as a charging part, no refill;
a perfume's "Vaporisateur" as the kind "spray"; copper in Spanish / German / French / Italian; one spec value
in two languages no substitution ("Trockenfutter" / "Dry"); "Long" between two words the other title prints
side by side ("Airwrap Complete Long Nickel/Copper"); one word in two languages' spellings ("Zylinder" /
"cylinder", "Kartusche" / "cartouche"); Schleich's set numbers; a power-tool maker's case ("im Koffer" / "en
coffret").  Near misses both ways: another size, concentration,
colour, capacity, flavour, wet / dry food, the charging case's connector, the Airwrap's length."""

from tests.pair_checks import pair_tests


SAME = [
    # kinds and features in the shops' languages
    ("Rowenta X-Force Flex 8.60 Animal aspirateur balai sans fil", "Rowenta X-Force Flex 8.60 Animal Akku-Stielsauger"),
    ("Dyson V8 Absolute aspirapolvere senza filo", "Dyson V8 Absolute Cordless Vacuum Cleaner"),
    ("Kärcher WD 3 aspiratutto solidi e liquidi 1000 W, 17 l", "Kärcher WD 3 Nass-Trockensauger 1000 W 17 l"),
    ("Roborock S7 MaxV Ultra robot aspirador y friegasuelos", "Roborock S7 MaxV Ultra Robot Vacuum and Mop"),
    ("Ecovacs Deebot T20 Omni robotstofzuiger met dweilfunctie", "ECOVACS DEEBOT T20 OMNI Saugroboter mit Wischfunktion"),
    ("WMF Perfect Plus Schnellkochtopf 6,5 l mit Einsatz, Cromargan Edelstahl", "WMF Perfect Plus Pressure Cooker 6.5 L with Insert"),
    ("Philips Hue White and Color Ambiance E27 lamp 2-pack", "Philips Hue White and Colour Ambiance E27 Bulb Twin Pack"),
    ("Whiskas 1+ kattenvoer maaltijdzakjes vis selectie in saus 40 x 85 g", "Whiskas 1+ Cat Pouches Fish Selection in Sauce 40 x 85g"),
    ("Bosch PSR 1800 LI-2 accuschroefboormachine met 2 accu's", "Bosch PSR 1800 LI-2 Akku-Bohrschrauber mit 2 Akkus"),
    ("Bosch Professional Akku-Bohrschrauber GSR 18V-55 (ohne Akku, im Karton)", "Bosch Professional GSR 18V-55 Cordless Drill Driver (Bare Tool)"),
    # a charging case is no refill
    ("Apple AirPods Pro (2ª generazione) con custodia di ricarica MagSafe (USB-C)", "Apple AirPods Pro (2nd Generation) with MagSafe Case (USB-C)"),
    ("Station de recharge DualSense Sony pour PS5", "Sony DualSense Charging Station for PS5"),
    # a perfume's spray
    ("Dior Sauvage Eau de Parfum Vaporisateur 100 ml", "Dior Sauvage Eau de Parfum Spray for Men 100ml"),
    ("Chanel N°5 Eau de Parfum Vaporisateur 50 ml", "CHANEL No 5 Eau de Parfum Spray 50ml"),
    # copper, the hair styler
    ("Dyson Airwrap Complete Long moldeador, Níquel/Cobre", "Dyson Airwrap Multi-Styler Complete Long Nickel/Copper"),
    ("Dyson Supersonic sèche-cheveux Nickel/Cuivre", "Dyson Supersonic Hair Dryer Nickel/Copper"),
    # one spec value in two languages
    ("Royal Canin Maxi Adult Trockenfutter für große Hunde, 15 kg", "Royal Canin Maxi Adult Dry Dog Food 15kg"),
    # one word in two languages' spellings
    ("SodaStream Terra Wassersprudler mit CO2-Zylinder, schwarz", "SodaStream Terra sparkling water maker with CO2 cylinder, black"),
    ("Brita Marella XL Wasserfilter-Kanne 3,5 l weiß inkl. 1 Maxtra Pro Kartusche",
     "Brita Marella XL carafe filtrante 3,5 L blanche avec 1 cartouche Maxtra Pro"),
    ("Braun Silk-épil 9 9-720 épilateur", "Braun Silk-épil 9 9-720 Epilierer"),
    # a set maker's number, a power-tool maker's case
    ("Schleich 42437 Pferdestall mit Tieren", "Schleich 42437 Horse Stable with animals"),
    ("Bosch Professional GBH 2-28 F Bohrhammer mit SDS plus, im Koffer",
     "Bosch Professional GBH 2-28 F marteau perforateur SDS-plus en coffret"),
]

DIFFERENT = [
    ("Dior Sauvage Eau de Parfum Vaporisateur 100 ml", "Dior Sauvage Eau de Parfum Spray 60ml"),
    ("Dior Sauvage Eau de Parfum Vaporisateur 100 ml", "Dior Sauvage Eau de Toilette Vaporisateur 100 ml"),
    ("Dior Sauvage Eau de Parfum Vaporisateur 100 ml", "Dior Sauvage Eau de Toilette Spray 100 ml"),
    ("Apple AirPods Pro (2ª generazione) con custodia di ricarica MagSafe (USB-C)",
     "Apple AirPods Pro (2nd Generation) with MagSafe Case (Lightning)"),
    ("Dyson Airwrap Complete Nickel/Kupfer Haarstyler", "Dyson Airwrap Multi-Styler Complete Long Nickel/Copper"),
    ("Dyson Airwrap Complete Long moldeador, Níquel/Cobre", "Dyson Airwrap Complete Long moldeador, Azul Prusia/Cobre Rosado"),
    ("Royal Canin Maxi Adult Trockenfutter 15 kg", "Royal Canin Maxi Adult Nassfutter 15 kg"),
    ("Royal Canin Maxi Adult Trockenfutter für große Hunde, 15 kg", "Royal Canin Maxi Adult 5+ Trockenfutter für große Hunde, 15 kg"),
    ("Dyson V8 Absolute aspirapolvere senza filo", "Dyson V8 Origin Cordless Vacuum Cleaner"),
    ("Kärcher WD 3 aspiratutto solidi e liquidi", "Kärcher WD 4 Nass-Trockensauger"),
    ("Roborock S7 MaxV Ultra robot aspirador y friegasuelos", "Roborock S7 Max Ultra Robot Vacuum and Mop"),
    ("Ecovacs Deebot T20 Omni robotstofzuiger met dweilfunctie", "ECOVACS DEEBOT T30 OMNI Saugroboter mit Wischfunktion"),
    ("WMF Perfect Plus Schnellkochtopf 6,5 l mit Einsatz", "WMF Perfect Plus Pressure Cooker 4.5 L with Insert"),
    ("Philips Hue White and Color Ambiance E27 lamp 2-pack", "Philips Hue White and Color Ambiance E14 lamp 2-pack"),
    ("Whiskas 1+ maaltijdzakjes vis selectie in saus 40 x 85 g", "Whiskas 1+ maaltijdzakjes vis selectie in gelei 40 x 85 g"),
    ("Bosch PSR 1800 LI-2 accuschroefboormachine met 2 accu's", "Bosch PSR 1800 LI-2 accuschroefboormachine met 1 accu"),
    ("Brita Marella XL Wasserfilter-Kanne 3,5 l weiß", "Brita Marella Cool Wasserfilter-Kanne 2,4 l weiß"),
    ("SodaStream Terra Wassersprudler mit CO2-Zylinder, schwarz", "SodaStream Art Wassersprudler mit CO2-Zylinder, schwarz"),
    ("Braun Silk-épil 9 9-720 épilateur", "Braun Silk-épil 9 9-880 épilateur"),
    ("Schleich 42437 Pferdestall mit Tieren", "Schleich 42485 Pferdestall mit Tieren"),
    ("Bosch Professional GBH 2-28 F Bohrhammer, im Koffer", "Bosch Professional GBH 2-26 F Bohrhammer, im Koffer"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
