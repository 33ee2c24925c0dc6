"""A model number written with a name's initial is one code.

Makers and shops write a product's name and number either in full or as a
code of the name's initial and the number: Logitech's "Harmony 1000" is the
"H1000", Olympus' "E-Volt 420" ("EVOLT-420") the "E-420", NZXT's "Source
340" the "S340" (abt-buy test and train; wdc-computers train).  The code
counts as written in the other offer only when the number is the same and
the letters are the initial of a word (>= 4 letters) printed right before that
number - a series code like Sony's "DSC-W300" is no name, "H1000" is no
"Harmony 1100".  (``relations.initial_written``, ``relations._initial_related``)
"""

from __future__ import annotations

import numpy as np
import pytest

from crawler.matching import match_method, same_product
from crawler.matching.features import _codes_missing, code_relation, pair_features, prepare
from crawler.matching.relations import initial_written
from crawler.matching.rules import REASONS, conflict_reasons


def _t(title: str) -> dict:
    return {"title": title}


def _reason(a: dict, b: dict) -> str | None:
    r = int(conflict_reasons(np.asarray([pair_features(prepare(a), prepare(b))]))[0])
    return REASONS[r - 1] if r else None


HARMONY = "logitech harmony 1000 silver touch screen remote control h1000"
HARMONY_BUY = "logitech harmony 1000 advanced universal remote control 966230-0403"
EVOLT = ("olympus evolt-420 10 megapixel digital slr camera with 14-42mm lens in black "
         "evolte420kit")
EVOLT_BUY = ("olympus evolt e-420 digital slr camera with 14 42mm f/3 .5 - f/5 .6 zuiko "
             "digital zoom lens black 262081")

# abt-buy test: true matches that read as a model-number conflict before
SAME = [
    (HARMONY, HARMONY_BUY),
    (EVOLT, EVOLT_BUY),
    # abt-buy train
    ("logitech harmony 890 advanced universal remote control h890",
     "logitech harmony 890 advanced universal remote 966193-0403"),
    # wdc-computers train: the code on one side only, the name written out on the other
    ('"NZXT S340 Elite ATX Tower Case Tempered Glass Window Vr Support HDMI USB3.0 - Matte Black" '
     '340 VR Black NCIX"',
     '"NZXT Source 340 Elite Midi Tower Case - Black"@en "▷ NZXT Black | OcUK"@en'),
    ('"NZXT Source 340 Midi-Tower Case - White Window"@en "▷ NZXT Window | OcUK"@en',
     '"NZXT Source S340 Blanca"@es'),
]


@pytest.mark.parametrize("a,b", SAME)
@pytest.mark.parametrize("flip", [False, True])
def test_initial_code_is_the_same_product(a, b, flip):
    if flip:
        a, b = b, a
    assert _reason(_t(a), _t(b)) is None
    assert same_product(_t(a), _t(b))
    tier, score = match_method(_t(a), _t(b))
    assert tier == "model" and score >= 0.5


@pytest.mark.parametrize("flip", [False, True])
def test_initial_code_no_code_missing(flip):
    a, b = prepare(_t("logitech harmony 1000 remote h1000")), prepare(_t("logitech harmony 1000 remote"))
    if flip:
        a, b = b, a
    assert min(_codes_missing(a, b), _codes_missing(b, a)) == 0


def test_initial_written_both_ways():
    h = prepare(_t("logitech h1000 remote"))
    name = prepare(_t("logitech harmony 1000 remote"))
    assert initial_written("h1000", h, name)
    # the name written out, the other with the initial (own title prints the name)
    e = prepare(_t("olympus evolt-420 camera"))
    e420 = prepare(_t("olympus e-420 camera"))
    assert initial_written("evolt420", e, e420)
    assert initial_written("e420", e420, e)
    # (wdc-computers: NZXT Source 340 ~ S340)
    assert initial_written("s340", prepare(_t("NZXT S340 Elite ATX Tower Case")),
                           prepare(_t("NZXT Source 340 Elite Midi Tower Case - Black")))


# --- still different ---------------------------------------------------------

@pytest.mark.parametrize("flip", [False, True])
def test_one_sided_code_other_number_is_no_evidence(flip):
    # the code on one side only: "S340" is printed in "Source 340", not in "Source 530"
    s340 = prepare(_t("NZXT S340 Elite ATX Tower Case"))
    a, b = s340, prepare(_t("NZXT Source 340 Elite Midi Tower Case - Black"))
    c = prepare(_t("NZXT Source 530 Full Tower Case - Black"))
    if flip:
        a, b = b, a
    assert code_relation(a, b)[4] == 1.0  # in_text
    x, y = (s340, c) if not flip else (c, s340)
    assert code_relation(x, y)[4] < 1.0
    assert not same_product(_t("NZXT S340 Elite ATX Tower Case"),
                            _t("NZXT Source 530 Full Tower Case - Black"))


@pytest.mark.parametrize("flip", [False, True])
def test_other_number_stays_a_conflict(flip):
    # "Harmony 1100" is another remote than the H1000
    a, b = _t("logitech harmony 1100 touch screen remote control"), _t(
        "logitech harmony remote control h1000")
    if flip:
        a, b = b, a
    assert not initial_written("h1000", prepare(_t("logitech harmony remote control h1000")),
                               prepare(_t("logitech harmony 1100 touch screen remote control")))
    assert not same_product(a, b)


@pytest.mark.parametrize("flip", [False, True])
def test_letters_not_the_initial_stay_a_conflict(flip):
    # "R1000" is no initial of "Harmony 1000"
    a, b = _t(HARMONY_BUY), _t("logitech silver touch screen remote control r1000")
    if flip:
        a, b = b, a
    pa, pb = prepare(a), prepare(b)
    assert not initial_written("r1000", prepare(_t("logitech remote r1000")), prepare(_t(HARMONY_BUY)))
    assert code_relation(pa, pb)[5] == 1.0  # conflict
    assert not same_product(a, b)


@pytest.mark.parametrize("flip", [False, True])
def test_series_code_is_no_name(flip):
    # abt-buy train: Sony's "DSC-W300" is no Nikon "D300" ("dscw" is no word)
    a = prepare(_t("sony cyber-shot dsc-w300 digital camera"))
    b = prepare(_t("nikon d300 digital slr digital camera d300body"))
    if flip:
        a, b = b, a
    assert not any(initial_written(c, a, b) for c in a.codes)
    assert not any(initial_written(c, b, a) for c in b.codes)


def test_short_name_or_number_is_no_initial():
    # a name of < 4 letters ("Q 300": Weber's grill) or a number of < 3 digits
    assert not initial_written("q300", prepare(_t("q300 grill")), prepare(_t("weber q 300 gas grill")))
    assert not initial_written("s10", prepare(_t("s10 phone")), prepare(_t("galaxy smart 10 phone")))
