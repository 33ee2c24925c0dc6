"""Session 38, eu38: one product as European shops list it in two languages (``eu38``): the kind leading a Czech
/ Slovak / Polish / French / Italian title ("Chytrý náramek", "Opaska", "Hulajnoga elektryczna", "Trottinette
électrique", "Monopattino elettrico", "Granule pro psy", "karma sucha dla kota", "Katzenfutter trocken"), the
camera and the tracker named one kind by every table ("Kamera sportowa" / "Action Camera", "Fitness náramek" /
"Fitness Tracker"), a console's disc drive in two languages ("s mechanikou" = "z napędem"), a charging case
("Ladecase" = "pouzdro"), Slovak and Polish colours ("čierne", "turkusowa"), "pánská" = men's, "Duo(+)" = "Duo+",
a toy pack's count and assortment ("Pack de 5 véhicules (modèle aléatoire)" = "5-Car Pack (Styles May Vary)").
Near misses both ways: colour, Pro / Lite / Pro+, generation (an ordinal after the model number), capacity,
case size, disc / digital, a watch's LTE / Bluetooth, "K 4" / "K5", "RC-N2" / "RC 2", a pack's count."""

from tests.pair_checks import pair_tests


SAME = [
    # the kind in the shop's language leading one title, the other naming none or another language's
    ("Chytrý náramek Xiaomi Smart Band 8 Black", "Opaska Xiaomi Smart Band 8 Czarna"),
    ("Fitness náramek Fitbit Charge 6 Obsidian/Black", "Fitbit Charge 6 Fitness Tracker Obsidian Black"),
    ("Elektrická koloběžka Xiaomi Electric Scooter 4 Pro", "Hulajnoga elektryczna Xiaomi Electric Scooter 4 Pro"),
    ("Trottinette électrique Segway Ninebot KickScooter F2 Pro E", "Segway Ninebot F2 Pro E E-Scooter"),
    ("Monopattino elettrico Segway Ninebot Max G2", "Elektrická koloběžka Segway-Ninebot KickScooter MAX G2"),
    ("Kamera sportowa GoPro HERO12 Black", "GoPro HERO12 Black Action Camera"),
    ("Caméra sport DJI Osmo Action 4 Standard Combo", "Outdoorová kamera DJI Osmo Action 4 Standard Combo"),
    ("Herní konzole Nintendo Switch Lite tyrkysová", "Konsola Nintendo Switch Lite turkusowa"),
    ("Konsola Nintendo Switch Lite turkusowa", "Nintendo Switch Lite Türkis"),
    # dry pet food by the animal, in the shops' cases
    ("Royal Canin Sterilised 37 Katzenfutter trocken 10 kg", "ROYAL CANIN STERILISED 37 - 10KG"),
    ("Granule pro kočky Royal Canin Sterilised 37 4 kg", "Royal Canin Sterilised 37 karma sucha dla kota 4 kg"),
    ("Granule pro psy Royal Canin Mini Adult 8 kg", "Royal Canin Mini Adult karma sucha dla psa 8kg"),
    # one value in two languages: a disc drive, a charging case
    ("Herní konzole Sony PlayStation 5 Slim s mechanikou", "Konsola Sony PlayStation 5 Slim z napędem"),
    ("Apple AirPods Pro (2. generace) s MagSafe pouzdrem (USB-C)",
     "Apple AirPods Pro (2. Generation) mit MagSafe Ladecase (USB‑C)"),
    # Slovak colours
    ("Mobilný telefón Apple iPhone 15 128GB čierny", "Apple iPhone 15 128GB Black"),
    # a model's letter and number split, the same number; a drone's controller in Polish
    ("Vysokotlaký čistič Kärcher K 5 Power Control", "Kärcher K5 Power Control Hochdruckreiniger"),
    ("Dron DJI Mini 4 Pro (DJI RC 2)", "Dron DJI Mini 4 Pro z kontrolerem RC 2"),
    # a generation's ordinal in two languages; a "+" in brackets; an audience in Czech; a toy pack's count
    ("Xiaomi Electric Scooter 4 Pro 2nd Gen", "Xiaomi Electric Scooter 4 Pro (2. generace)"),
    ("La Roche-Posay Effaclar Duo(+) 40 ml", "La Roche-Posay Effaclar Duo+ 40ml"),
    ("Dior Sauvage parfémovaná voda pánská 100 ml", "Dior Sauvage Eau de Parfum 100 ml"),
    ("Hot Wheels Pack de 5 véhicules (modèle aléatoire)", "Hot Wheels 5-Car Pack (Styles May Vary)"),
    ("Hot Wheels 10er Pack Fahrzeuge (Sortiment)", "Hot Wheels 10-Car Pack (Styles May Vary)"),
    ("Samsung Galaxy Watch6 Classic 47mm Bluetooth černé", "Samsung Galaxy Watch 6 Classic 47 mm Bluetooth Schwarz"),
    # (fxeu38) turquoise and teal one colour of its own in every language
    ("JBL Flip 6 Teal", "JBL Flip 6 turkusowy"),
    ("JBL Flip 6 Teal", "JBL Flip 6 Türkis"),
    ("JBL Flip 6 turquesa", "JBL Flip 6 Teal"),
    ("Nintendo Switch Lite Turquoise", "Nintendo Switch Lite turkusowa"),
    ("Nintendo Switch Lite Turquoise", "Herní konzole Nintendo Switch Lite tyrkysová"),
    ("Nintendo Switch Lite turchese", "Nintendo Switch Lite Turquoise"),
    ("Nintendo Switch Lite ターコイズ", "Nintendo Switch Lite - Turquoise"),
    ("Nintendo Switch Lite turkusowa", "Nintendo Switch Lite turkoois"),
    # (a turquoise with its base colour beside it is the turquoise: train21b, train22a)
    ("Nintendo Switch Lite - Turquoise", "Switch Lite Handheld Console Turquoise Blue"),
    ("Consola Nintendo Switch Lite Turquesa", "NINTENDO Switch Lite - Azul Turquesa"),
    # (fxeu38) the tracker's kind word excused still, the other title naming no strap
    ("Chytrý náramek Xiaomi Smart Band 8 Black", "Xiaomi Smart Band 8 Black"),
    ("Opaska sportowa Xiaomi Smart Band 8 Black", "Xiaomi Smart Band 8 Black"),
    ("Chytrý náramek Xiaomi Redmi Smart Band Pro Black", "Xiaomi Redmi Smart Band Pro Black"),
    # (nor a strap the other names as what comes with it: heldout16 / heldout37)
    ("Fitbit Charge 6 Fitness Tracker with Google apps, Heart Rate on Exercise Equipment, 6-Months Premium "
     "Membership Included, GPS, Health Tools and More, Obsidian/Black, One Size (S & L Bands Included)",
     "Fitbit Charge 6 Activity Tracker - Obsidian/Black"),
    # (fxhh38) a random colourway against a title naming none, or against another random listing
    ("Stanley Quencher H2.0 40 oz Tumbler, Colors May Vary", "Stanley Quencher H2.0 40 oz Tumbler"),
    ("Stanley Quencher H2.0 40 oz Tumbler, Colors May Vary", "Stanley Quencher H2.0 40 oz Tumbler Random Color"),
    ("Stanley Quencher H2.0 FlowState Tumbler 40 oz Fuchsia, Colors May Vary",
     "Stanley Quencher H2.0 FlowState Tumbler 40 oz Fuchsia"),
]

DIFFERENT = [
    ("Chytrý náramek Xiaomi Smart Band 8 Black", "Opaska Xiaomi Smart Band 8 Złota"),
    ("Chytrý náramek Xiaomi Smart Band 8 Black", "Opaska Xiaomi Smart Band 8 Pro Czarna"),
    ("Chytrý náramek Xiaomi Smart Band 8 Black", "Opaska Xiaomi Smart Band 7 Czarna"),
    ("Fitness náramek Fitbit Charge 6 Obsidian/Black", "Fitbit Charge 5 Fitness Tracker Black"),
    ("Elektrická koloběžka Xiaomi Electric Scooter 4 Pro", "Hulajnoga elektryczna Xiaomi Electric Scooter 4 Lite"),
    ("Elektrická koloběžka Xiaomi Electric Scooter 4 Pro", "Hulajnoga elektryczna Xiaomi Electric Scooter 4"),
    ("Trottinette électrique Segway Ninebot KickScooter F2 Plus E", "Segway Ninebot F2 Pro E E-Scooter"),
    ("Monopattino elettrico Segway Ninebot Max G30", "Elektrická koloběžka Segway-Ninebot KickScooter MAX G2"),
    ("Kamera sportowa GoPro HERO11 Black", "GoPro HERO12 Black Action Camera"),
    ("Caméra sport DJI Osmo Action 4 Adventure Combo", "Outdoorová kamera DJI Osmo Action 4 Standard Combo"),
    ("Konsola Nintendo Switch Lite turkusowa", "Nintendo Switch Lite Koralle"),
    ("Royal Canin Sterilised 37 Katzenfutter trocken 2 kg", "ROYAL CANIN STERILISED 37 - 10KG"),
    ("Royal Canin Indoor 27 Katzenfutter trocken 10 kg", "ROYAL CANIN STERILISED 37 - 10KG"),
    ("Granule pro psy Royal Canin Mini Adult 4 kg", "Royal Canin Mini Adult karma sucha dla psa 8kg"),
    ("Granule pro psy Royal Canin Medium Adult 8 kg", "Royal Canin Mini Adult karma sucha dla psa 8kg"),
    # a kind is still a kind: cat food is no dog food
    ("Granule pro kočky Royal Canin Sterilised 37 4 kg", "Royal Canin Sterilised 37 karma sucha dla psa 4 kg"),
    ("Herní konzole Sony PlayStation 5 Slim Digital Edition", "Konsola Sony PlayStation 5 Slim z napędem"),
    ("Sony PlayStation 5 Slim Konsole mit Laufwerk", "Sony PS5 Slim Digital Edition"),
    ("Apple AirPods (3. generace) s MagSafe pouzdrem", "Apple AirPods Pro (2. Generation) mit MagSafe Ladecase (USB‑C)"),
    ("Sluchátka Sony WH-1000XM5 bezdrôtové strieborné", "Sony WH-1000XM5 Wireless Headphones Black"),
    ("Mobilný telefón Apple iPhone 15 128GB čierny", "Apple iPhone 15 128GB Blue"),
    # the same letters, another number; letters glued to the number one side
    ("Vysokotlaký čistič Kärcher K 4 Power Control", "Kärcher K5 Power Control Hochdruckreiniger"),
    ("Dron DJI Mini 4 Pro (DJI RC-N2)", "Dron DJI Mini 4 Pro z kontrolerem RC 2"),
    # a watch's network: LTE against Bluetooth
    ("Chytré hodinky Samsung Galaxy Watch6 Classic 47mm LTE černé",
     "Samsung Galaxy Watch 6 Classic 47 mm Bluetooth Smartwatch Schwarz"),
    # a generation's ordinal after the model number, one side only
    ("Elektrická koloběžka Xiaomi Electric Scooter 4 Pro", "Hulajnoga elektryczna Xiaomi Electric Scooter 4 Pro (2nd Gen)"),
    ("Dior Sauvage parfémovaná voda pánská 100 ml", "Dior Sauvage parfémovaná voda dámská 100 ml"),
    ("Hot Wheels Pack de 10 véhicules (modèle aléatoire)", "Hot Wheels 5-Car Pack (Styles May Vary)"),
    # (fxeu38, attack38) turquoise is no blue - nor teal a green: the Flip 6 is sold in "Teal" and "Blue", the
    # Switch Lite in "Turquoise" and "Blue"
    ("JBL Flip 6 turkusowy", "JBL Flip 6 Blue"),
    ("JBL Charge 5 turkusowa", "JBL Charge 5 Blue"),
    ("Głośnik JBL Flip 6 turkusowy", "Głośnik JBL Flip 6 niebieski"),
    ("Nintendo Switch Lite turkusowa", "Nintendo Switch Lite niebieska"),
    ("Nintendo Switch Lite konsola turkusowa", "Nintendo Switch Lite konsola niebieska"),
    ("Nintendo Switch Lite Turquoise", "Nintendo Switch Lite Blue"),
    ("Nintendo Switch Lite Türkis", "Nintendo Switch Lite Blau"),
    ("Nintendo Switch Lite modrá", "Nintendo Switch Lite Turquoise"),
    ("JBL Flip 6 Teal", "JBL Flip 6 Blue"),
    ("JBL Flip 6 Teal", "JBL Flip 6 Green"),
    ("Nintendo Switch Lite Turquoise Blue", "Nintendo Switch Lite Blue"),
    # (fxeu38, attack38) a tracker against its strap: "náramek" / "opaska" name a strap too, and the tracker's
    # name ("Smart Band 8") with a strap noun after it is the strap
    ("Chytrý náramek Xiaomi Smart Band 8 Black", "Xiaomi Smart Band 8 Strap Black"),
    ("Opaska sportowa Xiaomi Smart Band 7 Black", "Xiaomi Smart Band 7 Strap Black"),
    ("Fitness náramek Xiaomi Smart Band 8 Black", "Xiaomi Smart Band 8 Strap Black"),
    ("Chytrý náramek Xiaomi Mi Band 6 Black", "Xiaomi Mi Smart Band 6 Strap Black"),
    ("Chytrý náramek Xiaomi Redmi Smart Band Pro Black", "Xiaomi Redmi Smart Band Pro Strap Black"),
    ("Xiaomi Smart Band 8 Black", "Xiaomi Smart Band 8 Strap Black"),
    ("Opaska Xiaomi Smart Band 8 Black", "Xiaomi Smart Band 8 Strap Black"),
    ("Huawei Band 9 Black", "Huawei Band 9 Strap Black"),
    # (fxhh38, attack38) "Colors May Vary" is a colourway the shop picks, no colour the other title names
    ("Stanley Quencher H2.0 40 oz Tumbler, Colors May Vary", "Stanley Quencher H2.0 40 oz Tumbler Rose Quartz"),
    ("Stanley Quencher H2.0 FlowState Tumbler 30 oz, Colours May Vary",
     "Stanley Quencher H2.0 FlowState Tumbler 30 oz Black"),
    ("Stanley Quencher H2.0 FlowState Tumbler 40 oz, Colors May Vary",
     "Stanley Quencher H2.0 FlowState Tumbler 40 oz Fuchsia"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
