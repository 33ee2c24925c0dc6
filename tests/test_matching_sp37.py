"""Session 37 (sp37): the matcher's cold batch made faster with every decision the same.  Each hint
rewritten for speed (led by a literal or a letter the engine scans for, instead of a digit, a space or a
look-behind that made it try every position) answers as the pattern it replaces, on real-looking titles
and their near misses; the readers behind them still join and part the pairs they did (every pair asked
both ways round through the pair path and the batch path, ``tests.pair_checks``)."""

import pytest

from crawler.matching import beauty33, fs36, health32, household24, mends34, tb35, titles
from crawler.matching.prepared import prepare
from tests.pair_checks import pair_tests

SAME = [
    # a cassette's teeth, a cut's "Fit" (``fs36.HINT``)
    ("Shimano Deore M6100 Kassette 10-51 Zähne 12-fach", "Shimano Deore M6100 Cassette 10-51T 12-speed"),
    ("Levi's 511 Slim Fit Jeans W32 L32", "Levi's 511 Slim Jeans 32/32"),
    # a shade's zero (``beauty33.ZERO_HINT``), an edition's ordinal (``tb35.EDITION_HINT``)
    ("Essie Nail Polish 01 Blanc", "Essie Nail Polish N°01 Blanc"),
    ("Duden Die deutsche Rechtschreibung zweite Auflage", "Duden Die deutsche Rechtschreibung 2. Auflage"),
    ("Clean Code Second Edition Robert Martin", "Clean Code 2nd Edition Robert Martin"),
    # "3 en 1", a size's letter before its dot (``titles._IN_ONE_HINT``, ``_SIZE_LETTER_HINT``)
    ("Shampoing 3 en 1 Men Expert 250 ml", "Men Expert 3-in-1 Shampoo 250 ml"),
    # a connected variant's word after the model both print (``mends34.connectivity_variant``)
    ("JBL Charge 5 Portable Speaker Black", "JBL Charge 5 Bluetooth Speaker Black"),
]

DIFFERENT = [
    ("Shimano Deore M6100 Kassette 10-51 Zähne 12-fach", "Shimano Deore M6100 Cassette 10-45T 12-speed"),
    ("Levi's 511 Slim Fit Jeans W32 L32", "Levi's 511 Slim Jeans W34 L32"),
    ("Essie Nail Polish 01 Blanc", "Essie Nail Polish 02 Blanc"),
    ("JBL Charge 5 Portable Speaker Black", "JBL Charge 5 Wi-Fi Portable Speaker Black"),
    # a bare tool against its kit (``household24.bare_against_kit``, read from the "bare" facet)
    ("Makita DHP485Z 18V Combi Drill Body Only", "Makita DHP485 18V Combi Drill with 2x 5.0Ah Batteries and Charger"),
]

test_sped_up_readers_join_as_before, test_sped_up_readers_part_as_before = pair_tests(
    same=SAME, different=DIFFERENT)


# titles where a branch of the pattern a hint replaces matches - and near misses where none does
HINT_TITLES = [
    "Shimano Deore M6100 Kassette 10-51 Zähne 12-fach", "Cassette 11-34t", "SRAM 10 - 52 T", "11-34 dents",
    "Cassette 11 34 teeth", "Cassette 11-30 Zahne", "sprocket 9 z", "12 dientes", "Herren Laufschuh",
    "Damen Jacke", "Kinder Fahrrad", "511 Slim Fit Jeans", "Regular\tfit", "fitness tracker", "outfit 3",
    "Levi's 501 Jeans W32 L34", "jeans 32/32", "32W x 32L", "w 32 l 34", "L32", "10x", "Lote 12*",
    "Duden 29. Auflage", "Third Edition", "Ausgabe 2024", "wydanie II", "vydani 3", "edi", "Essie 01 Blanc",
    "shade 01.5", "n.01", "a01", "0,01", "001", "05", "Shampooing 3 en 1", "3en1", "2 em 1", "4-in-u", "tout en un",
    "todo en uno", "tutto in 1", "alles in einem", "tudo em 1", "3 in e", "3  en 1", "l.140 x h.260 cm",
    "W. 40", "al.5", "p.3", "hp.3", "h.  3", ".5", "l.", "Vitamin D3 1000 IU", "Vitamina D 2000 ui", "Build suite",
    "quiet guitar 12", "", " ", "0", "\u0663 t", "\u0663\u0664 l\u0665\u0666", "10\x1cteeth", "3\x1cen1",
]

HINTS = [
    ("fs36", fs36.HINT, fs36._HINT_ANY),
    ("trousers", titles._TROUSERS_HINT, titles._TROUSERS_HINT_ANY),
    ("edition", tb35.EDITION_HINT, tb35._EDITION_HINT_ANY),
    ("zero", beauty33.ZERO_HINT, beauty33._ZERO_HINT_ANY),
    ("health", health32.HINT, health32._HINT_ANY),
    ("in_one", titles._IN_ONE_HINT, titles._IN_ONE_HINT_ANY),
    ("size_letter", titles._SIZE_LETTER_HINT, titles._SIZE_LETTER_HINT_ANY),
]


@pytest.mark.parametrize("title", HINT_TITLES)
@pytest.mark.parametrize("name,hint,pattern", HINTS, ids=[h[0] for h in HINTS])
def test_hint_answers_as_the_pattern_it_replaces(name, hint, pattern, title):
    for text in (title, title.lower()):
        assert bool(hint(text)) == bool(pattern(text)), (name, text)


@pytest.mark.parametrize("title", [
    "Makita DHP485Z 18V Combi Drill Body Only", "Makita DHP485 18V Combi Drill with 2x 5.0Ah Batteries and Charger",
    "Bosch GSR 18V-55 Solo", "DeWalt DCD796N Bare Tool", "Ryobi ONE+ Drill Kit with Battery", "Kettle 1.7 l",
])
def test_bare_or_kit_read_from_the_facets_as_from_the_title(title):
    p = prepare({"title": title})
    assert household24._bare_or_kit(p) == household24._raw_facets.bare_or_kit(p.rawtitle)


def test_connection_after_model_needs_a_connection_word():
    xs, ys = ["jbl", "charge", "5", "wi", "fi"], ["jbl", "charge", "5"]
    assert mends34._connect_after_model(xs, ys, frozenset(ys))
    assert not mends34._connect_after_model(ys, xs, frozenset(xs))
