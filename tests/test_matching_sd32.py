"""Session 32 (sd32): seed banks' near misses and garden seed houses' wordings - a strain's fast version,
"+" and numbers, a bulk pack, regular against a stated auto, a leading "Auto", "F1 Hybrid", a packet of no
count, the crops' and packets' words (``crawler.matching.seeds``)."""

from tests.pair_checks import pair_tests, titled as _o


# the same product as two shops word it
SAME = [
    # a strain's number written "#4", "No. 4", "4"; a glued code "AK47" / "AK-47"
    (_o("Gorilla Glue #4 Feminised Seeds - GG Strains - 3"), _o("GG Strains Gorilla Glue 4 Feminized 3 seeds")),
    (_o("Gorilla Glue No. 4 Femminizzata x5", "Seedsman"), _o("GG#4 Feminised Seeds x5 - Seedsman Seeds")),
    (_o("AK-47 Feminised Seeds - Serious Seeds - 6"), _o("Serious Seeds AK47 Feminized 6 seeds")),
    (_o("Skunk No.1 - Sensi Seeds - regular - 10 pack"), _o("Sensi Seeds Skunk #1 Regular - 10 Seeds")),
    # a promotion's "3+1", "+1 free": no number of the strain's name
    (_o("Sweet Seeds Black Jack Feminised (3 + 1 free)"), _o("Black Jack Feminised Seeds - Sweet Seeds (3)")),
    (_o("Dinafem Moby Dick Feminised 3 seeds (+1 free)"), _o("Dinafem Moby Dick Feminised 3 seeds")),
    # "+" and "Plus", a fast version in two wordings
    (_o("Critical + 2.0 Feminised - Dinafem - 3 seeds"), _o("Dinafem Critical Plus 2.0 Fem x3")),
    (_o("Sweet Seeds Black Jack F1 Fast Version 5 seeds"), _o("Black Jack FV Sweet Seeds 5 semillas")),
    # a bulk pack of 100 against a pack of 100
    (_o("Barney's Farm Gorilla Zkittlez Bulk 100 seeds"), _o("Barney's Farm Gorilla Zkittlez Feminised 100 seeds")),
    # "F1 Hybrid" is F1; a crop named before a comma; parsnip, "Radies", "Wildtomate", "Gemüsesamen", "sobre"
    (_o("Suttons Parsnip Gladiator F1 Hybrid 400 seeds"), _o("Parsnip Gladiator F1 - Suttons Seeds (400)")),
    (_o("Burpee Big Boy Hybrid Tomato Seeds, 30 seeds"), _o("Tomato, Big Boy Hybrid - Burpee - 30 seeds")),
    (_o("Sperli Radieschen Sora"), _o("Sperli's Radies Sora Samen")),
    (_o("Kiepenkerl Tomate Rote Murmel Saatgut"), _o("Wildtomate 'Rote Murmel' - Kiepenkerl Samen")),
    (_o("Kiepenkerl Möhre Nantaise 2 Saatgut"), _o("Möhre 'Nantaise 2' – Kiepenkerl Gemüsesamen")),
    (_o("Semillas Fitó Pimiento Padrón"), _o("Pimiento de Padrón - Semillas Fitó - sobre")),
    # a strain's name glued by one shop: no word of it missing
    (_o("Do-Si-Dos Feminised Seeds 3 Pack - Royal Queen Seeds"), _o("RQS Dosidos fem 3er Packung")),
    # a packet with its count beside it
    (_o("Sun Gold (F1) Cherry Tomato Seed - Packet (40 seeds)"), _o("Johnny's Sun Gold F1 Cherry Tomato Seeds, 40 seeds")),
]

# near misses
DIFFERENT = [
    # a strain's number on one side only, or another
    (_o("Northern Lights #5 Feminised 5 seeds"), _o("Northern Lights Feminised 5 seeds")),
    (_o("Pineapple Express Auto 5 seeds"), _o("Pineapple Express 2 Auto 5 seeds")),
    (_o("Seedsman Gelato 41 Feminised 5 seeds"), _o("Seedsman Gelato 33 Feminised 5 seeds")),
    (_o("Ethos Genetics Mandarin Cookies R2 Fem 5"), _o("Ethos Genetics Mandarin Cookies R3 Fem 5")),
    # "+": Dinafem's Critical+ is no Critical
    (_o("Critical+ Feminised 5 seeds"), _o("Critical Feminised 5 seeds")),
    (_o("Dinafem Critical+ 2.0 Feminised 3 seeds"), _o("Dinafem Critical 2.0 Feminised 3 seeds")),
    # a fast version against the feminised strain
    (_o("Cheese Fast Version Feminised 5 seeds"), _o("Cheese Feminised 5 seeds")),
    (_o("Sweet Seeds Black Jack F1 Fast Version 5 seeds"), _o("Sweet Seeds Black Jack Feminised 5 seeds")),
    # a bulk pack against a shop's pack
    (_o("Barney's Farm Gorilla Zkittlez Bulk"), _o("Barney's Farm Gorilla Zkittlez 5 seeds")),
    (_o("Dinafem Critical+ 2.0 Bulk Seeds"), _o("Dinafem Critical+ 2.0 Feminised Seeds")),
    # regular against a stated auto; a leading "Auto"
    (_o("Mephisto Genetics 3 Bears OG Auto"), _o("Mephisto Genetics 3 Bears OG Auto Regular")),
    (_o("Auto Ultimate - Dutch Passion"), _o("Ultimate - Dutch Passion")),
    (_o("Auto Night Queen - Dutch Passion"), _o("Night Queen - Dutch Passion")),
    # every word of a cannabis strain's name names it, however common elsewhere (read as a brand, a category)
    (_o("Royal Gorilla Auto 3 seeds"), _o("Gorilla Auto 3 seeds")),
    (_o("Northern Light Cookies Feminised 5 seeds - Seedsman"), _o("Northern Light Feminised 5 seeds - Seedsman")),
    (_o("Candy Amnesia Feminised 5 seeds"), _o("Amnesia Feminised 5 seeds")),
    # seed tape in French; Johnny's "Packet" against its 1,000 seeds
    (_o("Vilmorin Radis 18 jours"), _o("Vilmorin Radis 18 jours ruban semences 5 m")),
    (_o("Johnny's Sun Gold F1 Tomato Seeds Packet"), _o("Johnny's Sun Gold F1 Tomato Seeds 1000 seeds")),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
