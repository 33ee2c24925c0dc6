"""The learned stage (issue #12): pairs the rules leave without identifying evidence, judged by
small trees trained on hand-labelled pairs of shops' wordings (``benchmarks/pairs``), within the
gates of title evidence (``rules.learned_gate``); ``match_method`` says "learned"."""
import json

import numpy as np
import pytest

from crawler.matching import THRESHOLD, match_method, match_score, same_product
from crawler.matching import train
from crawler.matching.features import ALL_FEATURES, STAGE_FEATURES
from crawler.matching.model import resources


def _offer(title, **kw):
    return {"title": title, **kw}


# one product as two shops word it: no shared code, no title agreeing on every identifying word
SAME = [
    # (session 13's retrain on 17 files with the stage's higher thresholds leaves the Windex,
    # Twinings and Barilla pairs that stood here to the rules - weak or title evidence; session 14's
    # retrain on 19 files scores the Clorox wipes pair 0.82, below the stage's 0.85: weak; session
    # 15's on 21 files the Kleenex tissues 0.83 and the Heinz ketchup 0.80: weak)
    ("Mr Clean Magic Eraser Original Cleaning Pads with Durafoam, 4 ct", "Mr. Clean Original Magic Eraser Sponge - 4 Pack"),
    ("Robot aspirador iRobot Roomba Combo j7+", "iRobot Roomba Combo j7+ Robot Vacuum and Mop"),
    ("Mrs. Meyer's Clean Day Liquid Dish Soap, Lemon Verbena Scent, 16 fl oz", "Mrs Meyers Dish Soap Lemon Verbena 16 oz"),
]


@pytest.mark.parametrize("a, b", SAME)
def test_the_same_product_worded_two_ways_is_learned(a, b):
    tier, score = match_method(_offer(a), _offer(b))
    assert tier == "learned"
    assert same_product(_offer(a), _offer(b)) and same_product(_offer(b), _offer(a))
    # a calibrated score like the others: the stage's left-out precision, above the threshold
    assert score >= THRESHOLD
    assert score == pytest.approx(max(resources().learned_score, resources().threshold))


@pytest.mark.parametrize("a, b", [
    # a variant word on one side only (pro): no title evidence, and no learned match either
    ("SanDisk 1TB Extreme Portable SSD - Up to 1050MB/s - USB-C", "SanDisk - Extreme PRO Portable 1TB External USB-C NVMe SSD"),
    # a generation on one side only
    ("Apple AirPods Pro (2nd generation) USB-C", "Apple AirPods Pro Wireless Earbuds"),
    # conflicts stay conflicts: size, scent, pack
    ("Bounty Select-A-Size Paper Towels, 12 Double Rolls", "Bounty Select-A-Size Paper Towels, 6 Double Rolls"),
    ("Mrs. Meyer's Clean Day Hand Soap Lavender 12.5 oz", "Mrs. Meyer's Clean Day Hand Soap Basil 12.5 oz"),
])
def test_the_gates_of_title_evidence_hold(a, b):
    tier, score = match_method(_offer(a), _offer(b))
    assert tier != "learned"
    assert not same_product(_offer(a), _offer(b))
    assert match_score(_offer(a), _offer(b)) < THRESHOLD


def test_the_shipped_stage_was_checked_leaving_each_file_out():
    res = resources()
    # (session 16: the feature matrix's columns and the stage's own, ``stage.stage_rows``)
    assert res.learned is not None and res.learned_features == STAGE_FEATURES
    raw = res.raw["learned"]
    called = sum(v["called_same"] for v in raw["left_out"].values())
    right = sum(v["right"] for v in raw["left_out"].values())
    # every author's file was left out once, and what the stage called the same there was right
    assert set(raw["left_out"]) == set(raw["trained_on"]) and len(raw["trained_on"]) >= 5
    assert called >= 40 and right / called >= 0.95
    assert res.learned_score == pytest.approx(right / called, abs=1e-4)


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_read_pair_files_says_which_line_is_wrong(tmp_path):
    _write(tmp_path / "a.jsonl", [{"a": {"title": "x"}, "b": {"title": "y"}, "same": True}])
    (tmp_path / "b.jsonl").write_text('{"a": {"title": "x"}, "same": true}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        train.read_pair_files(str(tmp_path))
    assert str(e.value).startswith("b.jsonl:1: expected a JSON object with a, b and same")


def test_train_learned_from_files_scores_like_the_serving_path(tmp_path):
    files = train.read_pair_files()
    # two files are enough to train and to leave each out
    part = {k: files[k] for k in sorted(files)[:3]}
    main = lambda X: resources().raw_scores(X)  # noqa: E731
    stage = train.train_learned(part, main, log=None)
    assert stage is not None and stage["features"] == STAGE_FEATURES
    assert set(stage["left_out"]) == set(part)
    rows = [r for rows in part.values() for r in rows][:200]
    X, pa, pb = train.featurize_offers(rows)
    acc = train.learned_accepts(stage, X, main, (pa, pb))
    assert acc.dtype == bool and len(acc) == len(rows)
    # nothing it accepts has identifying evidence or a conflict the rules read
    from crawler.matching.rules import conflict_reasons, evidence
    assert not (acc & ((conflict_reasons(X) > 0) | (evidence(X) > 0))).any()
    assert train.learned_accepts(None, X, main, (pa, pb)).sum() == 0
    assert np.array_equal(train.learned_accepts(stage, X[:0], main, ([], [])), np.zeros(0, dtype=bool))


def test_a_model_number_in_one_title_only_is_left_to_the_number():
    # only the model number tells a line's models apart: words alone are no evidence
    # (this pair is one product, and the stage called it so before the gate: left apart now)
    a = _offer("Cuisinart DCC-3200P1 Perfectemp Coffee Maker, 14 Cup Progammable with Glass Carafe, Black/Stainless")
    b = _offer("Cuisinart PerfecTemp 14-Cup Programmable Coffeemaker, Black/Stainless")
    assert match_method(a, b)[0] == "weak"
    assert not same_product(a, b)


@pytest.mark.parametrize("a, b", [
    ("LG 30 in. Stainless Steel Freestanding Gas Range", "LG 30 in. Stainless Steel Freestanding Electric Range"),
    ("Samsung 7.5 cu. ft. Electric Dryer White", "Samsung 7.5 cu. ft. Gas Dryer White"),
    ("Weber Kettle 22 Charcoal Grill", "Weber Kettle 22 Gas Grill"),
    ("Bosch Serie 6 Induktion Kochfeld 60 cm", "Bosch Serie 6 Elektro Kochfeld 60 cm"),
])
def test_what_an_appliance_burns_is_another_product(a, b):
    assert match_method(_offer(a), _offer(b))[0].startswith("conflict:")


@pytest.mark.parametrize("a, b", [
    ("Garmin Forerunner 245 Music, GPS Running Smartwatch with Music, Black", "Garmin Forerunner 245 Black"),
    ("Sonos Era 100 Black", "Sonos Era 100 Pro Black"),
])
def test_a_word_after_a_lines_number_in_one_title_only_is_left_to_the_rules(a, b):
    assert match_method(_offer(a), _offer(b))[0] != "learned"
    assert not same_product(_offer(a), _offer(b))


def test_two_titles_each_naming_a_line_the_other_lacks_are_left_to_the_rules():
    a = _offer("Aladdin Vakuový termohrnek 350ml Mocca Thermavac Leak-Lock, černá")
    b = _offer("Aladdin Urban Thermavac termohrnek 350 ml Satin Black")
    assert match_method(a, b)[0] != "learned" and not same_product(a, b)


def test_an_accessory_against_its_device_is_never_learned():
    watch = _offer("Apple Watch Series 9 GPS 41mm Pink Aluminium Case with Light Pink Sport Band - S/M")
    band = _offer("Apple 41mm Light Pink Sport Band - S/M")
    for a, b in ((watch, band), (band, watch)):
        assert match_method(a, b)[0] != "learned" and not same_product(a, b)


def test_two_shared_identifying_words_need_the_thin_threshold():
    # (session 13) a pair sharing only a brand and one more word leaves the other's extra
    # words free to name the line: the stage must be surer there
    from crawler.matching.features import ALL_FEATURES
    from crawler.matching.rules import learned_thresholds

    X = np.zeros((3, len(ALL_FEATURES)))
    X[:, ALL_FEATURES.index("id_shared")] = [2, 3, 5]
    assert learned_thresholds(X, 0.85, 0.9).tolist() == [0.9, 0.85, 0.85]
    res = resources()
    assert res.learned_threshold_thin > res.learned_threshold
    assert res.raw["learned"]["threshold_thin"] == res.learned_threshold_thin
