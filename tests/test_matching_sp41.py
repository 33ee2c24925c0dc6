"""Session 41 (sp41): the cleaner asks four of its hints (``fs36.HINT``, ``dg37.HINT``, ``health32.HINT``,
``beauty33.HINT``) only where one Aho-Corasick scan finds a literal every match of the hint holds
(``sp41.groups``).  Each literal set is held to its hint here - wherever the hint finds something, the
scan reports the hint's bit - on titles, near misses and generated texts; a non-ASCII text goes to every
hint; and the readers behind the hints still join and part the pairs they did."""

import json
import random
from pathlib import Path

import pytest

from crawler.matching import amounts, audience, beauty33, dg37, fs36, health32, sea_words, sp41, titles
from tests.pair_checks import pair_tests


def _changes(f, *args):
    return lambda s: f(s, *args) != s


# each bit and what it stands for: a hint the cleaner asks, or a pass it calls (which must leave a text where
# the bit is off as it was - and its own first test find nothing there)
HINTS = {
    sp41.FS36: [fs36.HINT], sp41.DG37: [dg37.HINT], sp41.HEALTH32: [health32.HINT], sp41.BEAUTY33: [beauty33.HINT],
    sp41.AUDIENCE: [_changes(audience.audience_dropped), audience._kids_named,
                    lambda s: audience._audience_hint(s) and audience._AUDIENCE_MAY(s)],
    sp41.SEA_COUNT: [_changes(sea_words.sea_count)],
    sp41.GIFT: [_changes(sea_words.gift_dropped, titles._UNIT_ALIASES.__contains__), _changes(sea_words.gift_dropped)],
    sp41.DOZENS: [_changes(amounts.dozens_counted)], sp41.CARDINALS: [_changes(amounts.cardinals_counted)],
    sp41.LIGHT_TONE: [titles._LIGHT_TONE_HINT], sp41.JEANS: [titles._jeans_sizes_named, titles._JEANS_LITERAL],
    sp41.IN_ONE: [titles._IN_ONE_HINT], sp41.PRICE: [titles._PRICE_HINT, titles._price_named],
}

SAME = [
    # a gendered compound and a cassette's teeth (``fs36``)
    ("Nike Pegasus 40 Herren Laufschuh", "Nike Pegasus 40 Herrenlaufschuh"),
    ("Shimano CS-M8100 Kassette 10-51T", "Shimano CS-M8100 Kassette 10-51"),
    # a battery platform's words (``dg37``)
    ("Makita BL1850B 18V 5,0Ah Li-Ion Akku", "Makita 18V 5.0Ah LXT Battery BL1850B"),
    # a shade's label (``beauty33``), pharmacy shorthand (``health32``)
    ("Maybelline Fit Me Foundation Shade 120", "Maybelline Fit Me Foundation 120"),
    ("Aspirin 500 mg 20 cpr", "Aspirin 500 mg 20 tablets"),
]

DIFFERENT = [
    ("Nike Pegasus 40 Herren Laufschuh", "Nike Pegasus 40 Damen Laufschuh"),
    ("Shimano CS-M8100 Kassette 10-51T", "Shimano CS-M8100 Kassette 10-45T"),
    ("Makita BL1850B 18V 5,0Ah Li-Ion Akku", "Makita BL1840B 18V 4,0Ah Li-Ion Akku"),
    ("Maybelline Fit Me Foundation Shade 120", "Maybelline Fit Me Foundation Shade 220"),
    ("Aspirin 500 mg 20 cpr", "Aspirin 500 mg 40 tablets"),
]

test_gated_hints_join_as_before, test_gated_hints_part_as_before = pair_tests(same=SAME, different=DIFFERENT)

# cleaned (lower-case) texts where a branch of each hint matches, and near misses
TEXTS = [
    "nike pegasus 40 herren", "damenschuh", "kinder", "cassette 10-51t", "11-30 t", "52\tz", "3\x1czahne", "5 dents",
    "2dientes", "6 teeth", "slim fit", " fit", "fitness", "\tfit", "4\u00a0t", "\u0663t", "\u0663 teeth", "12 d",
    "5 bulbs", "2 lampen", "4\u00a0ampoules", "3 lampadine", "l-boxx", "li-ion", "li - i", "li\t-\ti", "xr 18v",
    "longlife", "+150%", "duo box", "5ah x2", "5ah\x0bx", "change", "lxt", "hcb", "lame", "enclume", "aerotwin",
    "red lion", "all", "stak", "kufr", "systainer", "makpac", "walizka", "valigetta", "maletin", "koffer",
    "16cpr", "pzn 123", "pour", "20.0 ea", "gels", "mollis", "bland", "miekkie", "oral susp", "pellicule",
    "rivestite", "riv", "a riv b", "recubiertos", "powlekane", "drazowane", "coated", "1000 iu", "1000iu", "5 ui",
    "400ui", "tablets 30s", "capsules 60s", "tabs 10s", "lozenges 12s", "caplets 2s", "sachets 7s", "tablets\t30s",
    "shade 120", "tonalite", "tonalidad", "tono", "odcien", "odstin", "kolor", "colore", "nuance", "teinte",
    "farbe 240", "couleur", "color", "colour", "woda perfumowana", "voda", "8 ounce", "n.5", "nr 3", "no. 5",
    "#5", "3oz", "3 oz", "3\toz", "snr", "no", "n 5", "# 5", "oz", "o z", "\u0663oz", "", " ", "a", "\n",
    # the passes of step two: an age, players, a birth, kids; South-East Asian counts, a gift; dozens, spelled
    # counts; a light's tone, jeans' sizes, "all in one", a price
    "lego city ages 5+", "8+ years", "8\tyears", "2-4 players", "3 spieler", "from birth", "ab geburt", "12 years old",
    "gift for kids", "toy for kids", "age 3", "kids 6", "children 3", "1 ar", "3 ev", "5 let", "yas 3", "edad: 3",
    "isi 40", "3 piraso", "so 5", "also 5", "dus", "karton", "1 box", "44 pcs free 2 tisu basah", "+ free case",
    "500ml free gift", "1kg gratis 1 botol", "bonus", "tang kem", "libreng", "sugar free", "1 dozen", "dutzend",
    "douzaine", "docena", "2 tuc", "usine", "four-slice toaster", "three piece set", "two slice", "twelve pack",
    "blanc chaud", "luz fria", "luce calda", "kaltweiss", "koud wit", "kallvit", "ciepla barwa", "zimna biel",
    "tageslichtweiss", "lumiere du jour", "daglicht", "swiatlo dzienne", "white", "levis 501 32/32", "jeans 32w 32l",
    "trousers w32 l32", "pants 32x30", "chino", "hose 32/34", "tout-en-1", "todo en uno", "tutto in 1", "3en1",
    "3 em 1", "2-in-1", "5 in 1", "alles in einem", "tudo em 1", "tout in 1", "| 79$", "- $199", "price: 199 usd",
    "2,500,000 lbp", "10 l.l", "dollar", "20 eur", "prix 10", "steam gift card 50 usd",
]


def _titles():
    """Every title of the labelled pair files, lower-cased as the cleaner hands it to the hints."""
    out = []
    for f in sorted(Path(__file__).resolve().parent.parent.joinpath("benchmarks", "pairs").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                for side in (r["a"], r["b"]):
                    t = side.get("title")
                    if isinstance(t, str):
                        out.append(titles._latin(t).lower())
    return out


def _held(s: str) -> None:
    g = sp41.groups(s)
    for bit, hints in HINTS.items():
        for hint in hints:
            if hint(s):
                assert g & bit, (bit, s)


@pytest.mark.parametrize("s", TEXTS)
def test_each_hint_scanned_where_it_matches(s):
    _held(s)


def test_non_ascii_goes_to_every_hint():
    assert sp41.groups("caf\u00e9") == sp41.ALL
    assert sp41.groups("\u0663 teeth") == sp41.ALL


def test_plain_text_goes_to_none():
    assert sp41.groups("samsung galaxy s23 256gb black") == 0


def test_titles_of_the_pair_files():
    ts = _titles()
    assert len(ts) > 10_000
    for s in ts:
        _held(s)


def test_generated_texts():
    # pieces of every literal and of their near misses, digits and each ASCII whitespace character,
    # joined at random: the hints' branches cut and met in every way
    pieces = sorted({w for ws in sp41.LITERALS.values() for w in ws} | set("0123456789tzdxabo.#%-+ ")
                    | set(sp41._WS) | {"li", "ah", "fi", "n", "no", "nr", "oz", "ui", "iu", "s", "riv", "ion", "ll",
                                       "tablets", "teeth", "zahne", "dents", "years", "old", " old", "kids", "free", "so", "en",
                                       "em", "in", "$", "age", "ten", "jean", "blanc"})
    rng = random.Random(41)
    for _ in range(30_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        _held(s)
        if rng.random() < 0.2:
            _held(s.strip())


def test_cleaner_reads_as_before():
    # the readers behind the hints still write what they wrote (one pass each, asked through the cleaner)
    assert titles.clean("Shimano Kassette 10-51T").split() == titles.clean("Shimano Kassette 10-51").split()
    assert "stk" not in titles.clean("Maybelline Fit Me Shade 120")
    assert titles.clean("Samsung Galaxy S23 256GB").split() == ["samsung", "galaxy", "s23", "256gb"]
    assert "6-12 months" in titles.clean("Baby Bodysuit 6 to 12 Months")
    assert "4 slice" in titles.clean("Four-Slice Toaster")
    assert "ages" not in titles.clean("LEGO City Fire Station Ages 6+")
    assert "warm white" in titles.clean("Ampoule LED E27 blanc chaud")
