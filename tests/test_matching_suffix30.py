"""Session 30 (suffix30): two models told apart by a small mark - a mark glued to a model number
(a roman numeral counted on, lower-case letters after a number in capitals, a capital that
abbreviates a word only that title prints), a roman numeral after a shared model number, "New"
opening a console's name, a closing platform or power source swapped, a graphics card's "8G",
a combo of disc formats - and the near misses the same rules must leave alone (colour and region
codes written apart or named, one number written two ways).  Every pair is asked both ways
round, through the pair path and the batch path, which must agree; each pair is a test of its own."""

from tests.pair_checks import pair_tests


DIFFERENT = [
    # a capital glued on that abbreviates a word only that title prints ("P" = PoE)
    ("Netgear GS308 8-Port Switch", "Netgear GS308P 8-Port PoE Switch"),
    ("Netgear GS305 5-Port Switch", "Netgear GS305P 5-Port PoE Switch"),
    # ... or each title follows its code with a word of its own before the same words
    ("Netgear GS308E Smart Switch", "Netgear GS308 Unmanaged Switch"),
    # lower-case letters after a model number in capitals: the maker's own model name
    ("Canon PIXMA TS5350", "Canon PIXMA TS5350i"),
    ("HP LaserJet M110w", "HP LaserJet M110we"),
    ("Synology DS220j 2-Bay NAS", "Synology DS220 2-Bay NAS"),
    # a roman numeral counted on, glued or after the shared number
    ("Fujifilm X100V", "Fujifilm X100VI"),
    ("Sony ZV-E10 Vlog Camera", "Sony ZV-E10 II Vlog Camera"),
    ("Sony RX100 V Compact Camera", "Sony RX100 VI Compact Camera"),
    # "New" opening a console's name
    ("Nintendo 3DS XL", "New Nintendo 3DS XL"),
    # (not the 2DS XL: every one was sold as the "New" model - session 30's second attacker)
    # the same game closing with another platform, one a bare "Switch"
    ("The Witcher 3: Wild Hunt Complete Edition Switch", "The Witcher 3: Wild Hunt Complete Edition PS5"),
    ("Stardew Valley Switch", "Stardew Valley PC"),
    ("Hollow Knight Switch", "Hollow Knight PS4"),
    # a graphics card's "8G" is its memory
    ("MSI GeForce RTX 4060 Ti VENTUS 2X 8G", "MSI GeForce RTX 4060 Ti VENTUS 2X 16G"),
    ("Gigabyte GeForce RTX 4060 Ti GAMING OC 8G", "Gigabyte RTX 4060 Ti Gaming OC 16GB"),
    # a combo of disc formats closing the title
    ("Oppenheimer 4K Ultra HD + Blu-ray", "Oppenheimer Blu-ray"),
    ("Dune Blu-ray + DVD", "Dune Blu-ray"),
    # the power source closing the title
    ("Ring Spotlight Cam Plus Battery", "Ring Spotlight Cam Plus Wired"),
    # a length closing the name of one: the other is the regular one
    ("Dyson Airwrap Multi-Styler Complete Long", "Dyson Airwrap Multi-Styler Complete"),
]

SAME = [
    # colour, region and packaging codes written apart, or a colour the other title names
    ("Sony WH-1000XM5/B Wireless Headphones", "Sony WH-1000XM5 Wireless Headphones Black"),
    ("Samsung Galaxy S24 Ultra SM-S928B", "Samsung Galaxy S24 Ultra SM-S928B/DS"),
    ("Brother LC3211 Ink Cartridge Black", "Brother LC-3211 Ink Cartridge Black"),
    ("LG 27GP850-B UltraGear Monitor", "LG 27GP850 UltraGear Monitor"),
    ("Sony WH1000XM5B Bluetooth Headphones Black", "Sony WH-1000XM5 Bluetooth Headphones Black"),
    ("De'Longhi Dedica EC685.M Espresso Machine", "De'Longhi Dedica EC685 Espresso Machine"),
    # a lone "a", in either case, is the packaging or region letter
    ("Canon PIXMA TS6420 Wireless All-in-One Printer", "Canon PIXMA TS6420a Wireless All-in-One Printer"),
    # one generation written glued or apart
    ("Canon E-67 II 67mm Lens Cap", "Canon Front Lens Cap E-67II"),
    ("Sony Alpha A7 III Body", "Sony Alpha A7III Body"),
    # a title in lower case says nothing of a letter's case: a colour code glued on stays one
    ("panasonic nnsn667w 1.2 cu. ft. countertop microwave oven in white",
     "panasonic countertop microwave oven in white nnsn667wh"),
    # a graphics card's "8G" and "8GB" are one memory; "New" in a game's or a shop's words is filler
    ("MSI GeForce RTX 4060 Ti VENTUS 2X 8G OC", "MSI GeForce RTX 4060 Ti Ventus 2X 8GB OC"),
    ("NEW Sony PS5 Console Slim", "Sony PS5 Console Slim"),
    # the same combo written two ways
    ("Oppenheimer 4K Ultra HD + Blu-ray", "Oppenheimer [4K UHD + Blu-ray] [2023]"),
]


test_a_colour_region_or_spelling_mark_stays_one_product, test_a_small_mark_names_another_model = pair_tests(
    same=SAME, different=DIFFERENT)


def test_the_readers_of_a_small_mark():
    # and the readers themselves: a roman numeral is counted on by "I"s only, a game listed for
    # several platforms closes with none alone
    from crawler.matching.relations import _roman_continued
    from crawler.matching.variants import closing_platforms_differ
    from crawler.matching.features import prepare

    assert _roman_continued("x100v", "i") and _roman_continued("gh5", "ii")
    assert not _roman_continued("9500i", "x") and not _roman_continued("ts5350", "i")
    assert not closing_platforms_differ(prepare({"title": "Hogwarts Legacy PS5 / Xbox / Switch"}),
                                        prepare({"title": "Hogwarts Legacy PS5 / Xbox / PC"}))
