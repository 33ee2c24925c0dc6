"""Session 36, fs36: fashion and sport as European, US and Middle-East shops title them (``fs36``, ``sport32``) -
the kinds of cycling parts, outdoor gear, watches and winter sports in the shops' languages ("Schaltwerk" / "Rear
Derailleur", "Federgabel" / "Fork", "Isomatte" / "Sleeping Pad", "Schlittschuhe" / "Ice Hockey Skates"); a hiking
shoe's word that names a boot too ("Wanderschuh" / "Hiking Boot"); "Herrenschuh" = "Herren Schuhe"; a cassette's
"11-30T" = "11-30"; "Slim Fit" = "Slim"; "WP" = "Waterproof".  Near misses: two parts of one bicycle group ("XT M8100 Schaltwerk" /
"Kassette"); a shoe's cut ("Dunk Low" / "Dunk
High"), a glued model "X" ("Instinct 2X" / "Instinct 2"), a lone capital "X" in a name ("Octal X MIPS"), a
generation glued to a line's letter ("Grit X2" / "Grit X"), "Lightweight" and "SL" as a line's tier."""

from tests.pair_checks import pair_tests


SAME = [
    # kinds of cycling parts in the shops' languages
    ("Shimano Deore XT M8100 Rear Derailleur 12-speed RD-M8100-SGS", "Shimano XT RD-M8100-SGS Schaltwerk 12-fach"),
    ('Fox 36 Float Factory 29" 160mm Grip2 Fork 2024', "FOX 36 Float Factory Federgabel 29 Zoll 160 mm GRIP2 2024"),
    ("Garmin Edge 840 GPS Cycling Computer", "Garmin Edge 840 GPS-Fahrradcomputer"),
    ("Lezyne Macro Drive 1400+ Front Light", "Lezyne Macro Drive 1400+ Frontlicht"),
    ("Look Keo Classic 3 Road Pedals Black", "LOOK KEO Classic 3 Klickpedale schwarz"),
    ("KMC X11 11-Speed Chain 118 Links Silver", "KMC X11 Kette 11-fach 118 Glieder silber"),
    # a cassette's teeth: "11-30T" / "11-30" / "10-52 Zähne"
    ("Shimano Ultegra CS-R8100 12-Speed Cassette 11-30T", "Shimano Ultegra R8100 Kassette 12-fach 11-30"),
    ("SRAM GX Eagle XG-1275 Cassette 10-52T 12 Speed", "SRAM GX Eagle Kassette XG1275 12-fach 10-52 Zähne"),
    # outdoor gear
    ("Leki Micro Vario Carbon Trekking Poles", "LEKI Micro Vario Carbon Wanderstöcke"),
    ("Therm-a-Rest NeoAir XLite NXT Sleeping Pad Regular", "Therm-a-Rest NeoAir XLite NXT Isomatte Regular"),
    ("Jetboil Flash Cooking System Carbon", "Jetboil Flash Kochsystem 1 L Carbon"),
    ("Sea to Summit Ultra-Sil Dry Bag 20L", "Sea to Summit Ultra-Sil Dry Sack 20 Liter"),
    ("Namiot MSR Hubba Hubba NX 2-osobowy", "MSR Hubba Hubba NX 2-Person Backpacking Tent"),
    # winter sports
    ("Bauer Vapor Hyperlite Senior Ice Hockey Skates", "Bauer Vapor Hyperlite Sr. Schlittschuhe"),
    ("STIGA Pro Carbon+ Table Tennis Blade", "Stiga Pro Carbon+ Tischtennisholz"),
    # boots: a hiking shoe's word names a boot too; snow boots; waterproof
    ("Meindl Borneo 2 MFS Herren Wanderschuh braun", "Meindl Borneo 2 MFS Men's Hiking Boot Brown"),
    ("Hanwag Banks GTX Men's Hiking Boots Brown/Asphalt", "Hanwag Banks GTX Herren Trekkingschuhe Brown/Asphalt"),
    ("Salomon Quest 4 GTX Men's Hiking Boots Magnet/Black", "Salomon Quest 4 Gore-Tex Chaussures de randonnée homme Magnet/Black"),
    ("Sorel Caribou WP Men's Snow Boot Buff", "SOREL Caribou Waterproof Herren Winterstiefel Buff"),
    ("UGG Women's Classic Mini II Boot Chestnut", "UGG W Classic Mini II Stiefel Damen Kastanie"),
    # a gendered German compound, a jeans' "Fit"
    ("Nike Air Max 90 Men's Shoes White/Black-Cool Grey", "Nike Air Max 90 Herrenschuh Weiß/Schwarz/Cool Grey"),
    ("Levi's Men's 511 Slim Fit Jeans Rock Cod", "Levi's 511 Slim Jeans Herren Rock Cod"),
    # more gear: a trainer, a pump, a lock, a heart rate strap, a stove, a jacket's German compound
    ("Wahoo KICKR Core Smart Trainer", "Wahoo KICKR CORE Rollentrainer"),
    ("Topeak JoeBlow Sport III Floor Pump", "Topeak JoeBlow Sport III Standpumpe"),
    ("Kryptonite Evolution Mini-7 U-Lock", "Kryptonite Evolution Mini-7 Bügelschloss"),
    ("Garmin HRM-Pro Plus Heart Rate Monitor", "Garmin HRM-Pro Plus Herzfrequenz-Brustgurt"),
    ("MSR PocketRocket Deluxe Stove", "MSR PocketRocket Deluxe Gaskocher"),
    ("The North Face Denali Jacket Women's TNF Black", "The North Face Denali Fleecejacke Damen schwarz"),
    ("Osprey Farpoint 40 Travel Pack", "Osprey Farpoint 40 Reiserucksack"),
    # (not "pump" alone, nor "grips": a lotion's pump, OXO's "Good Grips")
    ("OXO Good Grips Large Salad Spinner - 6.22 Qt., White", "OXO Good Grips Salad Spinner, Large"),
    ("Elvie Pump Double", "Elvie Pump doppelte tragbare Milchpumpe"),
    # garments named in the shops' languages: trousers by their use, a T-shirt, jeans, a French helmet
    ("adidas Tiro 23 Training Pants Men's Black", "Spodnie treningowe adidas Tiro 23 męskie czarne"),
    ("adidas Tiro 23 Training Pants Men's Black", "Pantalon de survêtement adidas Tiro 23 homme noir"),
    ("Nike Dri-FIT T-Shirt Men's Black", "Camiseta Nike Dri-FIT hombre negra"),
    ("Nike Dri-FIT T-Shirt Men's Black", "Maglietta Nike Dri-FIT uomo nera"),
    ("Levi's 501 Original Jeans Men's Blue", "Vaqueros Levi's 501 Original hombre azul"),
    ("Levi's 501 Original Jeans Men's Blue", "Spodnie jeansowe Levi's 501 Original męskie niebieskie"),
    ("Lacoste L1212 Polo Shirt White", "Lacoste L1212 Poloshirt weiß"),
    ("Giro Syntax MIPS Helmet Black M", "Casque vélo Giro Syntax MIPS noir M"),
    ("MSR Hubba Hubba 2 Tent", "Tenda MSR Hubba Hubba 2 persone"),
    # one length in millimetres written two ways
    ("Shimano Ultegra R8100 Crankset 172.5mm", "Shimano Ultegra R8100 Kurbelgarnitur 172,5 mm"),
    ("Jack cable 6.35mm", "Jack cable 6.3 mm"),
    # a lettered size read in two languages
    ("Giacca Patagonia Nano Puff uomo taglia M", "Patagonia Nano Puff Jacke Herren Größe M"),
    ("Kurtka The North Face Nuptse rozmiar M", "The North Face Nuptse Jacket Size M"),
    ("Nike Club Fleece Hoodie Men's Black", "Bluza z kapturem Nike Club Fleece męska czarna"),
    # a group's part named in two languages
    ("Shimano Ultegra R8100 Crankset 172.5mm", "Shimano Ultegra R8100 Kurbelgarnitur 172,5 mm"),
    ("Shimano 105 R7100 Front Derailleur", "Shimano 105 R7100 Umwerfer"),
    # the readers below leave these alone
    ("Samsung Xpress M2026W Laserdrucker", "Samsung Xpress SL-M2026W laser printer mono"),
    ("KMC X11SL 11-Speed Chain Silver", "KMC X11SL Kette 11-fach silber"),
    ("Nike Dunk Low Retro White Black Panda DD1391-100", "Nike Dunk Low Retro Herren 'Panda' Weiß/Schwarz DD1391-100"),
    ("Converse Chuck Taylor All Star Hi Black", "Converse Chuck Taylor All Star Hi Top Sneaker schwarz"),
    ("POC Octal X MIPS Helmet Black M", "POC Octal X MIPS Fahrradhelm schwarz M"),
    ("Garmin Instinct 2X Solar Graphite", "Garmin Instinct 2X Solar Graphit"),
    ("MSI GeForce RTX 4070 VENTUS 2X 12G OC", "MSI RTX 4070 Ventus 2X OC 12GB GDDR6X"),
    ("Kärcher K2 Power Control Pressure Washer", "Karcher K 2 Power Control High Pressure Washer 110 bar"),
    ("Polar Grit X2 Pro Night Black", "Polar Grit X2 Pro GPS Outdoor Uhr Night Black"),
]

DIFFERENT = [
    # a shoe's cut
    ("Nike Dunk Low Retro White Black Panda", "Nike Dunk High Retro White Black Panda"),
    ("Converse Chuck Taylor All Star Hi Black", "Converse Chuck Taylor All Star Ox Black"),
    ("Nike Air Jordan 1 Mid Chicago Black Toe", "Nike Air Jordan 1 Low Chicago Black Toe"),
    ("Hanwag Banks GTX Trekkingschuhe", "Hanwag Banks Low GTX Trekkingschuhe"),
    # a model's letter
    ("Garmin Instinct 2 Solar Graphite", "Garmin Instinct 2X Solar Graphite"),
    ("POC Octal MIPS Helmet", "POC Octal X MIPS Helmet"),
    ("Polar Grit X2 Pro", "Polar Grit X Pro"),
    # a line's tier
    ("Rapha Men's Core Jersey Black", "Rapha Men's Core Lightweight Jersey Black"),
    ("Arc'teryx Beta Jacket Men's", "Arc'teryx Beta SL Jacket Men's"),
    ("KMC X11 11-Speed Chain 118 Links Silver", "KMC X11SL 11-Speed Chain 118 Links Silver"),
    # two of a bicycle group's parts, one group number
    ("Shimano Deore XT M8100 Rear Derailleur", "Shimano Deore XT M8100 Cassette"),
    ("Shimano XT M8100 Schaltwerk 12-fach", "Shimano XT M8100 Kassette 12-fach 10-51"),
    ("Shimano Ultegra R8100 Kurbelgarnitur 172.5 mm", "Shimano Ultegra R8100 Schalthebel"),
    ("Shimano 105 R7100 Umwerfer", "Shimano 105 R7100 Schaltwerk"),
    # a kids' shoe in a German compound
    ("Nike Air Max 90 Herrenschuh", "Nike Air Max 90 Kinderschuh"),
    # a lettered size after a size label in the shop's language, the title printing no digit
    ("Kurtka The North Face Nuptse męska czarna rozmiar M", "Kurtka The North Face Nuptse męska czarna rozmiar L"),
    ("Veste Patagonia Nano Puff homme Taille M", "Veste Patagonia Nano Puff homme Taille L"),
    # a hooded sweatshirt in Polish, French's "veste" against a "gilet"
    ("Bluza Nike Club Fleece męska", "Bluza z kapturem Nike Club Fleece męska"),
    ("Veste The North Face Denali homme", "Gilet The North Face Denali homme"),
    # two garments: jeans against shorts, a T-shirt against a polo shirt, training pants against shorts
    ("Levi's 501 Original Jeans Men's Blue", "Levi's 501 Original Shorts Men's Blue"),
    ("Lacoste Men's Cotton T-Shirt White", "Lacoste Men's Cotton Polo Shirt White"),
    ("adidas Tiro 23 Training Pants Men's Black", "adidas Tiro 23 Training Shorts Men's Black"),
    # one length in millimetres on each side, a millimetre or more apart
    ("Shimano Ultegra R8100 Crankset 172.5mm 52-36T", "Shimano Ultegra R8100 Crankset 170mm 52-36T"),
    # two kinds named stay two
    ("Lezyne Macro Drive 1400+ Front Light", "Lezyne Macro Drive 1400+ Rear Light"),
    ("Oakley Flight Deck M Ski Goggles", "Oakley Flight Deck M Swim Goggles"),
    # the readings above part nothing else
    ("Shimano Ultegra CS-R8100 12-Speed Cassette 11-30T", "Shimano Ultegra CS-R8100 12-Speed Cassette 11-34T"),
    ("Shimano Ultegra R8100 Kassette 12-fach 11-30", "Shimano Ultegra R8100 Kassette 12-fach 11-34 Zähne"),
    ("Nike Air Max 90 Herrenschuh Weiß", "Nike Air Max 90 Women's Shoes White"),
    ("Levi's 511 Slim Fit Jeans Rock Cod", "Levi's 512 Slim Taper Jeans Rock Cod"),
    ("Meindl Borneo 2 MFS Herren Wanderschuh", "Meindl Borneo Lady 2 MFS Damen Wanderschuh"),
    ("Salomon X Ultra 4 Mid GTX Wanderschuhe Herren", "Salomon X Ultra 4 GTX Hiking Shoes Men's"),
    ("Bauer Vapor Hyperlite Senior Ice Hockey Skates", "Bauer Vapor Hyperlite Junior Ice Hockey Skates"),
    ("Therm-a-Rest NeoAir XLite NXT Sleeping Pad Regular", "Therm-a-Rest NeoAir XLite NXT Sleeping Pad Large"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
