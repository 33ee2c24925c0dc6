"""Session 31 (cz31): Czech, Slovak and Polish e-shop titles (Alza, Mall, CZC, Datart, x-kom,
Morele, Allegro, Ceneo) - the kind of product named in the shop's language by a noun and its
adjective ("Dysk zewnętrzny", "Chytré hodinky", "Oczyszczacz powietrza") against a title naming no
kind, one value in two languages ("kbelík" / "wiadro") - and the near misses each new reading must
keep apart: another capacity, colour, size or kind beside the same words.  Every pair is asked both
ways round through the pair path and the batch path (``tests.pair_checks.decide_both_ways``)."""

from tests.pair_checks import pair_tests

SAME = [
    # a kind in a noun and its adjective, the other title naming no kind
    ("Seagate Expansion Portable 1TB černý", "Dysk zewnętrzny Seagate Expansion Portable 1TB czarny"),
    ("DJI Osmo Action 4 Standard Combo", "Kamera sportowa DJI Osmo Action 4 Standard Combo"),
    ("Logitech G502 X Lightspeed černá", "Mysz gamingowa Logitech G502 X Lightspeed czarna"),
    ("Xiaomi Redmi Watch 4 černé", "Chytré hodinky Xiaomi Redmi Watch 4 černé"),
    ("Philips Series 2000i AC2729/10", "Oczyszczacz powietrza Philips Series 2000i AC2729/10"),
    ("Levoit Core 300S bílá", "Čistička vzduchu Levoit Core 300S bílá"),
    ("Vileda Easy Wring & Clean Turbo", "Mop obrotowy Vileda Easy Wring & Clean Turbo"),
    ("Samsung 25W USB-C Travel Adapter černá", "Ładowarka sieciowa Samsung 25W USB-C czarna"),
    ("Sonicare C3 Premium Plaque Defence HX9044/17 4 ks", "Końcówki Sonicare C3 Premium Plaque Defence HX9044/17 4 szt."),
    ("Stanley Classic Legendary 0,41 l zelená", "Termos obiadowy Stanley Classic Legendary 0,41 l zielony"),
    ("Dobble Classic", "Dobble Classic gra planszowa"),
    ("Geomag Classic 93 dílů", "Klocki magnetyczne Geomag Classic 93 elementy"),
    ("Maybelline Lash Sensational černá", "Tusz do rzęs Maybelline Lash Sensational czarny"),
    ("Tefal Ingenio Easy Plus sada pánví 3 ks", "Zestaw patelni Tefal Ingenio Easy Plus 3 elementy"),
    # colours: Polish "biel" (the noun), a two-colour adjective's first half, fuchsia in Czech
    ("JBL Tune 520BT černo-bílé", "Słuchawki JBL Tune 520BT czarno-białe"),
    ("Fitbit Inspire 3 fuksjowy", "Fitbit Inspire 3 Pink"),
    ("Żarówka LED Osram E27 10 W biel", "Osram LED E27 10W white"),
    ("Dyson Airwrap Complete Long fuchsia/nikl", "Dyson Airwrap Complete Long fuchsiová/nikl"),
    # a piece count's words, a light's colour temperature, Apple's Space Gray, toy cars, in the three languages
    ("Ravensburger puzzle Neuschwanstein 1000 dílků", "Ravensburger Puzzle Neuschwanstein 1000 elementów"),
    ("Matchbox angličák 5 ks", "Matchbox Samochodziki 5 szt."),
    ("Osram LED žárovka E27 10W teplá bílá", "Żarówka LED Osram E27 10W ciepła biel"),
    ("Apple MacBook Pro 14 M3 8GB 512GB vesmírně šedý", "Apple MacBook Pro 14 M3 8/512GB Space Gray"),
    # one value in two languages: a bucket, a fragrance's concentration
    ("Hugo Boss Bottled woda perfumowana 100 ml", "Hugo Boss Boss Bottled EDP 100 ml"),
    ("Leifheit Clean Twist M Ergo mop + kbelík", "Leifheit Clean Twist M Ergo mop + wiadro"),
]

DIFFERENT = [
    # the same kind words, another product
    ("Dysk zewnętrzny Seagate Expansion Portable 1TB", "Dysk zewnętrzny Seagate Expansion Portable 2TB"),
    ("Seagate Expansion Portable 1TB černý", "Dysk zewnętrzny Seagate Expansion Portable 1TB niebieski"),
    ("Kamera sportowa DJI Osmo Action 4", "DJI Osmo Action 3"),
    ("Chytré hodinky Xiaomi Redmi Watch 4 černé", "Xiaomi Redmi Watch 4 stříbrné"),
    ("Oczyszczacz powietrza Philips Series 2000i AC2729/10", "Philips Series 3000i AC3033/10"),
    ("Końcówki Sonicare C3 Premium Plaque Defence 4 szt.", "Sonicare C3 Premium Plaque Defence 8 ks"),
    ("Termos obiadowy Stanley Classic Legendary 0,41 l", "Stanley Classic Legendary 0,71 l"),
    ("Klocki magnetyczne Geomag Classic 93 elementy", "Geomag Classic 42 dílů"),
    # another colour, named in Czech / Polish forms the tables lacked
    ("Dyson Airwrap Complete Long fuchsiová", "Dyson Airwrap Complete Long modrá"),
    ("Fitbit Inspire 3 fuksjowy", "Fitbit Inspire 3 czarny"),
    ("JBL Tune 520BT czarno-białe", "JBL Tune 520BT modré"),
    # another count, another colour temperature
    ("Ravensburger puzzle Neuschwanstein 1000 dílků", "Ravensburger puzzle Neuschwanstein 500 dílků"),
    ("Osram LED žárovka E27 10W teplá bílá", "Osram LED žárovka E27 10W studená bílá"),
    # a tool alone against its kit: Czech / Slovak "bez baterie", a count of batteries times their capacity
    ("DeWalt DCD796 18V 2x 5,0 Ah", "DeWalt DCD796 18V bez baterie"),
    ("Makita DHP485 s akumulátorem", "Makita DHP485 bez batérie"),
    # a set of pans is no single pan of the line
    ("Tefal Ingenio Easy Plus sada pánví 3 ks", "Tefal Ingenio Easy Plus pánev 28 cm"),
    ("Zestaw patelni Tefal Unlimited 3 elementy", "Patelnia Tefal Unlimited 28 cm"),
    # a kind the other title names otherwise stays a word the other lacks
    ("Kamera sportowa GoPro HERO12 Black", "GoPro HERO12 Black baterie"),
    # eau de toilette is another concentration than eau de parfum
    ("Hugo Boss Bottled woda toaletowa 100 ml", "Hugo Boss Boss Bottled EDP 100 ml"),
]


test_central_european_wordings_are_one_product, test_central_european_near_misses_are_two_products = pair_tests(same=SAME, different=DIFFERENT)
