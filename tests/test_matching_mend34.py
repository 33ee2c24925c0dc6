"""Session 34 (mend34): known holes of the matcher, mended as readings that hold in every shop and
language (see crawler/matching/README.md, session 34, mend34)."""

from tests.pair_checks import pair_tests


SAME = [
    # a line's name in the shops' languages: L'Oréal's Elvive is Elsève in France, Elvital in Germany
    ("L'Oréal Paris Elvive Total Repair 5 Shampoo 400ml", "L'Oréal Paris Elsève Total Repair 5 Shampooing Réparateur 400 ml"),
    ("L'Oréal Paris Elvive Dream Lengths Shampoo 400ml", "L'Oreal Elvital Dream Length Shampoo 400 ml"),
    ("L'Oréal Paris Elseve Color-Vive Shampoo 250ml", "L'Oréal Paris Elvive Color Vive shampooing 250 ml"),
    # "W" after a shoe's model number is the women's model
    ("Nike Air Zoom Pegasus 40 Women's Running Shoes Black", "Nike Air Zoom Pegasus 40 W Laufschuhe schwarz"),
    ("Nike Air Zoom Pegasus 40 W Laufschuhe schwarz", "Nike Air Zoom Pegasus 40 Damen Laufschuhe schwarz"),
    ("Brooks Ghost 15 W Running Shoes", "Brooks Ghost 15 Women's Running Shoes"),
    # a jeans' waist and length, written three ways
    ("LEVIS 501 ORIGINAL STONEWASH 32/32", "Levi's 501 Original Fit Jeans Men's Stonewash W32 L32"),
    ("Levi's Men's 501 Original Fit Jeans, Medium Stonewash, 32W x 32L", "Levis 501 Original Jeans Men Medium Stonewash W32 L32"),
    ("Wrangler Texas Stretch Jeans W34 L30 Blue", "Wrangler Texas Stretch Jeans 34/30 Blue"),
    # a shade's number with its sign or without
    ("Lancôme Hypnôse Mascara 6,2 ml - N°01 Noir Hypnotic", "Lancôme Hypnôse Tusz do Rzęs Odcień 01 Noir Hypnotic 6.2 ml"),
    ("Lancôme Hypnôse Mascara N°01 Noir Hypnotic 6,2 ml", "Lancôme Hypnôse Mascara 01 Noir Hypnotic 6.2 ml"),
    ("Bourjois Rouge Velvet The Lipstick 01 Hapricot", "Bourjois Rouge Velvet The Lipstick N°01 Hapricot"),
    ("Opinel No.8 Stainless Steel Folding Knife", "Opinel N°08 Stainless Steel Folding Knife"),
    ("Maybelline Superstay Matte Ink Lipstick No. 1 Pioneer", "Maybelline Superstay Matte Ink Lipstick 01 Pioneer"),
    ("Vernis à Ongles Teinte 6 Ballet Slippers 13.5 ml", "Nagellack Nr. 6 Ballet Slippers 13.5 ml"),
    ("Essie Nagellack Farbe 6 Ballet Slippers", "Essie Nail Polish Shade 06 Ballet Slippers"),
    ("Maybelline Lash Sensational Washable Mascara, Very Black", "Maybelline New York Lash Sensational Washable Mascara - 01 Very Black - 0.32 fl oz"),
    # true pairs the new readings must keep
    ("Canon PIXMA TS5350i multifunkciós nyomtató fekete", "CANON Pixma TS5350i tintasugaras MFP WiFi, fekete"),
    ("OPI Nail Lacquer Farbe NL N25 (Big Apple Red) 15ml", "Vernis à Ongles Nail Lacquer OPI Teinte NL N25 Big Apple Red 15ml"),
    ("Estée Lauder Double Wear Stay-in-Place Foundation SPF 10, Shade 1W2 Sand, 1 fl oz / 30 ml", "Estée Lauder Double Wear Stay-in-Place Fondotinta SPF10 30 ml - Tonalità 1W2 Sand"),
    ("Osram Night Breaker Laser H7 12V 55W Duo Box", "Ampoules OSRAM NIGHT BREAKER LASER H7 (x2)"),
    ("Britax Römer KIDFIX i-SIZE Cool Flow Silver", "BRITAX RÖMER Kindersitz KIDFIX i-SIZE 100-150 cm, Cool Flow - Silver"),
    ("TP-Link Archer AX55 AX3000 Dual Band Wi-Fi 6 Router", "TP-Link Archer AX55 Wi-Fi 6 Router AX3000"),
    # a connection named as a feature, or the other title's "Wireless", is no connected variant
    ("TP-Link RE305 AC1200 Range Extender", "TP-Link RE305 AC1200 Wi-Fi Extender"),
    ("Roomba i3 EVO Robot Vacuum 3150 iRobot", "iRobot Roomba i3 EVO (3150) Wi-Fi Connected Robot Vacuum"),
    ("طابعة كانون بيكسما G3420 ملونة واي فاي بخزان حبر", "Canon PIXMA G3420 Wireless All-in-One Ink Tank Printer"),
    # a set's pieces counted otherwise; a Czech / Polish "3 in 1" is no shade's code
    ("Rubbermaid Brilliance Leak-Proof Food Storage Containers with Airtight Lids, Set of 5 (10 Pieces)", "Rubbermaid Brilliance 10-Piece Food Storage Container Set"),
    ("LEGO Creator 3v1 31139 Útulný dům", "LEGO Creator 3 w 1 31139 Przytulny dom"),
    # a count or a number's word in a line's slot is no line member
    ("Finish Ultimate All in 1 Dishwasher Tablets, Regular, 60 Tablets", "Finish Ultimate All-in-One Dishwasher Tabs Regular 60 Pack"),
    ("Carcassonne - Grundspiel (neue Edition) Hans im Glück 48256", "Hans im Glück 48256 Carcassonne Grundspiel 2. Edition"),
    ("Samsung Galaxy Book4 Pro 14\" Core Ultra 7 16GB 512GB", "Samsung Galaxy Book4 Pro 14 Zoll Intel Core Ultra 7 16GB 512GB"),
]

DIFFERENT = [
    # 1. a line's member in its name's slot, a number against a word
    ("Osram Night Breaker 200 H7", "Osram Night Breaker Laser H7"),
    ("OSRAM Night Breaker 200 H4 Duo Box", "Osram Night Breaker Laser H4 Duo Box"),
    ("Philips X-tremeVision Pro150 H7", "Philips X-tremeVision Plus H7"),
    # 2. a bare number before a processor's line is the screen's size
    ("Samsung Galaxy Book4 Pro 14 Core Ultra 7", "Samsung Galaxy Book4 Pro 16\" Core Ultra 7"),
    ("Lenovo IdeaPad Slim 5 14 Ryzen 7 16GB 512GB", "Lenovo IdeaPad Slim 5 16\" Ryzen 7 16GB 512GB"),
    # 3. a connectivity variant after the model
    ("JBL Charge 5", "JBL Charge 5 Wi-Fi"),
    ("Apple iPad Air 11 M2 128GB", "Apple iPad Air 11 M2 128GB Cellular"),
    ("Samsung Galaxy Tab S9 FE 128GB", "Samsung Galaxy Tab S9 FE 5G 128GB"),
    # 4. a letter glued to a model number
    ("Canon PIXMA TS5350", "Canon PIXMA TS5350i"),
    ("Canon PIXMA TS5350 Multifunktionsdrucker", "Canon PIXMA TS5350i Imprimante multifonction"),
    ("HP OfficeJet Pro 9010", "HP OfficeJet Pro 9010e"),
    # 5. shade codes compared in order
    ("Estée Lauder Double Wear Stay-in-Place Foundation 30 ml SPF10 - Shade 2W1", "Estée Lauder Double Wear Stay-in-Place Fondotinta SPF 10 30 ml - Tonalità 1W2"),
    ("Estée Lauder Double Wear Foundation 2W1 Dawn 30ml", "Estée Lauder Double Wear Foundation 1W2 Sand 30ml"),
    ("Estée Lauder Double Wear Foundation 3C2 Pebble", "Estée Lauder Double Wear Foundation 2C3 Fresco"),
    # 6. a line's prefix before one shade code
    ("OPI Nail Lacquer Smalto per Unghie 15ml - Tonalità NL N25 Big Apple Red", "Vernis à Ongles Infinite Shine OPI N°ISL N25 Big Apple Red 15 ml"),
    ("OPI Nail Lacquer NL N25", "OPI Infinite Shine ISL N25"),
    # 7. a letter inside a model's name
    ("Britax Römer KIDFIX i-SIZE Cool Flow Silver", "Britax Römer KIDFIX M i-SIZE Cool Flow Silver"),
    ("Britax Römer KIDFIX i-SIZE Kindersitz", "Britax Römer KIDFIX M i-SIZE Kindersitz"),
    ("La Roche-Posay Effaclar Duo+ 40 ml", "La Roche-Posay Effaclar Duo+ M 40 ml"),
    # 8. toys: a set of two against one set; a puzzle's frame against a puzzle
    ("LEGO Friends 41735 Set of 2", "LEGO Friends 41735"),
    ("LEGO City 60337 2er Set", "LEGO City 60337"),
    ("Vorhang mit Ösen Blickdicht 135x245 cm Anthrazit 2er Set", "Vorhang mit Ösen Blickdicht 135x245 cm Anthrazit 1 Stück"),
    ("Ravensburger Puzzle 1000 Teile", "Ravensburger Puzzle Rahmen 1000 Teile"),
    ("Ravensburger Puzzle 1000 Teile", "Ravensburger Puzzlerahmen für 1000 Teile Puzzles"),
    # the readings stay apart where they should
    ("Levi's 501 Original Jeans W32 L32", "Levi's 501 Original Jeans W32 L34"),
    ("Levi's 501 Original Jeans 32/32", "Levi's 501 Original Jeans 32/34"),
    ("Nike Air Zoom Pegasus 40 W Laufschuhe", "Nike Air Zoom Pegasus 40 Men's Running Shoes"),
    ("Bourjois Rouge Velvet The Lipstick 01 Hapricot", "Bourjois Rouge Velvet The Lipstick 02 Frambourjoise"),
    ("Lancôme Hypnôse Mascara 01", "Lancôme Hypnôse Mascara 02"),
    # a number after a word ending in "no" is no shade's number sign ("San Marza*no 3*")
    ("Franchi Sementi Pomodoro San Marzano Nano - busta semi", "Tomato San Marzano 3 Franchi Seeds"),
    ("Maybelline Superstay Matte Ink Lipstick No. 1 Pioneer", "Maybelline Superstay Matte Ink Lipstick 02 Pioneer"),


    ("L'Oréal Paris Elvive Total Repair 5 Shampoo 400ml", "L'Oréal Paris Elvive Color Vive Shampoo 400ml"),
    ("Lancôme Hypnôse Mascara N°01 Noir Hypnotic", "Lancôme Hypnôse Mascara N°02 Brun Hypnotic"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
