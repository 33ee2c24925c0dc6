"""Session 31 (seed31): seed banks and garden seed houses - pack words, seed houses, CBD lines, seed tape
and pelleted seed, a packet by weight against one by count (``crawler.matching.seeds``)."""

from tests.pair_checks import pair_tests, titled as _o


# the same product as two shops word it
SAME = [
    # a count with a shop's pack word is the count of seeds
    (_o("White Widow Feminised 3 seeds", "Dinafem Seeds"), _o("White Widow Feminized (Dinafem) - 3 Pack")),
    (_o("Red Dwarf Automática - 1 semilla", "Buddha"), _o("Red Dwarf Autoflowering, 1 Stk. [Buddha]")),
    (_o("Moby Dick Feminizada Dinafem 5 uds"), _o("Dinafem Moby Dick Feminised 5 seeds")),
    # the same house named in the title and in the other's brand field
    (_o("Royal Gorilla Feminised 5 seeds", "Royal Queen Seeds"), _o("RQS Royal Gorilla Feminized x5")),
    # one form in two languages
    (_o("Blumen Salat Buttercrunch Saatband 300 Korn"), _o("Blumen Lattuga Buttercrunch nastro di semi circa 300 semi")),
    (_o("Sla Salad Bowl gepilleerd - 10 g", "De Bolster"), _o("Sla 'Salad Bowl' pillenzaad 10 g", "De Bolster")),
    # one crop, one name: leek, coriander, pumpkin in the shops' languages
    (_o("Saatgut Lauch Bleu de Solaise | 10 g | Nelson Garden"), _o('Semillas de Puerro "Bleu de Solaise" 10 g', "Nelson Garden")),
    (_o("Coriandolo 'Calypso' 2 gr", "Franchi"), _o("Cilantro Calypso semillas - 2 g (Franchi)")),
    # a packet's count against a title that prints none is no generation number
    (_o("Courgette - Tondo di Piacenza - ca. 10 zaden", "Buzzy Seeds"), _o("Courgette 'Tondo di Piacenza'", "Buzzy Seeds")),
]

# near misses: another house, a CBD line, another form of the packet, a weight against a count
DIFFERENT = [
    (_o("Fast Buds LSD-25 Auto 3 seeds"), _o("Barney's Farm LSD-25 Auto 3 seeds")),
    (_o("Blue Mystic Feminised, (5 Seeds) [Royal Queen Seeds]"), _o("Blue Mystic Féminisée - 5 graines", "Nirvana Seeds")),
    (_o("Graines Amnesia Haze Autofloraison 3 graines - Royal Queen Seeds"),
     _o("Semi Amnesia Haze Autofiorenti x3", "Zamnesia Seeds")),
    (_o("Cannabis Seeds - Northern Lights Fem Pack of 5", "Nirvana"), _o("00 Seeds Northern Lights Feminized Seeds 5 pcs")),
    (_o("Suttons Tomato Moneymaker 50 seeds"), _o("Kings Seeds Tomato Moneymaker 50 seeds")),
    (_o("Critical Mass Feminised - Seedsman - 5 seeds"), _o("CBD Critical Mass Feminised - Seedsman - 5 seeds")),
    (_o("Green House Seeds Super Lemon Haze Fem 5"), _o("Green House Seeds Super Lemon Haze CBD Fem 5")),
    (_o("Kiepenkerl Möhre Nantaise 2 - Saatband 5 m"), _o("Kiepenkerl Möhre Nantaise 2 Saatgut - 4 g")),
    (_o("Sperli Möhre Rothild Pillensaat"), _o("Sperli Möhre Rothild Saatgut ca. 800 Korn")),
    (_o("nastro di semi Ravanello 'Cherry Belle' - Hortus Sementi"), _o("Zaden Radijs Cherry Belle | 10g | Hortus Sementi")),
    (_o("Seeds Chilli Pepper Habanero Orange | 1g", "Mr Fothergill's"),
     _o('Chilli Pepper "Habanero Orange" approx. 100 Seeds', "Mr Fothergill's")),
    (_o("Zucchini 'Defender' F1 - Kiepenkerl - 25 Korn"), _o("Zucchini Defender F1 - 100g (Kiepenkerl)")),
    # an old variety is open-pollinated, no F1 hybrid
    (_o("Vilmorin Basilico 'Genovese' F1 10 g"), _o("Basilic 'Genovese' variété ancienne - 10 gr (Vilmorin)")),
    (_o("Tomate Marmande F1 - Vilmorin - 0,5 g"), _o("Tomate Marmande variété ancienne - Vilmorin - 0,5 g")),
    # a packet's count against a packet by weight, both about seeds
    (_o("Zucchini Black Beauty - ca. 25 Saatgut", "Nelson Garden"), _o("Zucchini 'Black Beauty' - 100 g", "Nelson Garden")),
]


test_same_seed_products, test_seed_near_misses = pair_tests(same=SAME, different=DIFFERENT)


def test_houses_read_from_title_and_brand_field():
    from crawler.matching import seeds as S

    assert S.houses("white widow feminised 3 seeds".split(), "dinafemseeds") == {"dinafem"}
    assert S.houses("royal queen seeds royal gorilla feminised 5 seeds".split()) == {"royalqueenseeds"}
    assert S.houses("seeds tomato corazon de buey batlle".split(), "semillasbatlle") == {"batlle"}
    # (a house's name that is a strain's word too counts only as a whole brand field)
    assert S.houses("buddha tangerine auto 3 seeds".split()) == frozenset()
    assert S.houses("tangerine auto 3 seeds".split(), "buddha") == {"buddhaseeds"}


def test_seed_marks_outside_seeds_none():
    # a household "3 Pack" is no seed title: no type, no marks
    from crawler.matching.prepared import prepare, facet_part

    p = facet_part(prepare({"title": "Duracell AA Batteries 4 Pack", "brand": "Duracell"}))
    assert p.seedtype == frozenset()
