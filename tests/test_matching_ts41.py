"""Session 41 (ts41): the learned stage's thresholds chosen by leaving FILES out (``train.choose_by_files``,
``train.CHOOSER``): the pooled calls of every training file, each scored by a stage fitted without it; a
precision floor judged only on enough calls that one wrong call alone cannot break it (``train.min_calls``);
the walk down stopped by the calls a step adds (``train.BAND_PRECISION``), not by one call of a ~15-call
time split (rt41: the retrained stage fell back to 0.95 (0.95) on one md40 call)."""
import pytest

from crawler.matching import train

# the curves rt41's stage-only retrain logged (83 named files, the shipped trees; README session 41, rt41)
LEFT_OUT = {
    **dict(zip(train.LOAO_CURVE, [[1137, 1091], [1103, 1068], [1061, 1034], [1008, 990], [943, 930], [849, 842],
                                  [750, 745], [613, 608], [434, 431], [210, 209]])),
    **dict(zip(train.WIDE_CURVE, [[311, 266], [294, 256], [262, 233], [237, 215], [212, 193], [176, 162], [121, 116],
                                  [95, 92], [64, 62], [30, 28], [17, 16], [7, 7]])),
    **dict(zip(train.NONE_CURVE, [[26, 24], [26, 24], [23, 21], [21, 19], [21, 19], [20, 18], [16, 16], [13, 13],
                                  [9, 9], [7, 7], [6, 6], [3, 3]])),
}


def _split(narrow, wide, none):
    return {"curve": {**dict(zip(train.LOAO_CURVE, narrow)), **dict(zip(train.WIDE_CURVE, wide)),
                      **dict(zip(train.NONE_CURVE, none))}, "files": {}}


SPLITS = {
    "sessions < 39 -> 39": _split([[15, 15], [14, 14], [14, 14], [14, 14], [13, 13], [11, 11], [10, 10], [10, 10],
                                   [7, 7], [3, 3]],
                                  [[4, 4]] * 3 + [[3, 3]] * 4 + [[2, 2]] + [[1, 1]] * 3 + [[0, 0]],
                                  [[2, 2]] * 8 + [[1, 1]] * 3 + [[0, 0]]),
    # (one md40 call wrong at every threshold)
    "sessions < 40 -> 40": _split([[17, 15], [16, 15], [16, 15], [16, 15], [15, 14], [15, 14], [14, 13], [13, 12],
                                   [9, 8], [4, 3]],
                                  [[1, 1]] * 8 + [[0, 0]] * 4, [[0, 0]] * 12),
    "sessions >= 12 -> 9-11": _split([[53, 53]] * 10, [[14, 11]] * 12, [[1, 1]] * 12),
}


@pytest.mark.parametrize("floor, n", [(0.93, 15), (0.95, 20), (0.965, 29), (0.9, 10), (0.5, 2)])
def test_a_floor_is_judged_on_enough_calls_that_one_wrong_call_cannot_break_it(floor, n):
    assert train.min_calls(floor) == n
    assert (n - 1) / n >= floor - 1e-12 and (n - 2) / (n - 1) < floor


def test_rt41s_curves_keep_the_shipped_thresholds_where_the_time_split_fell_back_to_the_highest():
    # the rule of sessions 17-40 stops on md40's one wrong call (15 / 14 at 0.7 (0.75), 4 / 3 at 0.95)
    assert train.choose_thresholds(SPLITS, left_out=LEFT_OUT) == (0.95, 0.95)
    assert train.choose_by_files(LEFT_OUT, train.LOAO_CURVE, train.LEARNED_PRECISION_LEFT_OUT,
                                 max(train.LOAO_CURVE), SPLITS) == (0.7, 0.75)
    # (0.65 (0.7) would add 65 calls, 60 right: .923 < .93 - the walk stops above it, though the pooled
    # calls there, 990 / 1008, are .982)
    assert train.choose_by_files(LEFT_OUT, train.WIDE_CURVE, train.WIDE_PRECISION, ("wide", 2.0), SPLITS,
                                 floor=train.WIDE_PRECISION, pooled=train.WIDE_PRECISION) == ("wide", 0.925)
    # the "none" rows: 16 / 16 at 0.9; below it 20 / 18 (.90 of 20 calls, judged) - 0.9
    assert train.choose_by_files(LEFT_OUT, train.NONE_CURVE, train.WIDE_PRECISION, ("none", 2.0), SPLITS,
                                 floor=train.WIDE_PRECISION, pooled=train.WIDE_PRECISION) == ("none", 0.9)


def test_a_band_of_added_calls_under_the_floor_stops_the_walk_though_the_pool_holds():
    n = len(train.LOAO_CURVE)
    # from the top 1000 / 1000, each step down adds 100 calls; the fourth step's are 80 right
    rows, c, r = [], 1000, 1000
    for i in range(n):
        rows.append([c, r])
        c, r = c + 100, r + (80 if i == 3 else 99)
    left = dict(zip(sorted(train.LOAO_CURVE, reverse=True), rows))
    got = train.choose_by_files(left, train.LOAO_CURVE, 0.95, max(train.LOAO_CURVE))
    assert got == sorted(train.LOAO_CURVE, reverse=True)[3]
    # pooled at the threshold below it: 1377 / 1400 (.984) - yet not taken
    below = sorted(train.LOAO_CURVE, reverse=True)[4]
    assert left[below][1] / left[below][0] > 0.95


def test_a_small_band_does_not_stop_the_walk_and_a_large_time_split_under_the_floor_does():
    n = len(train.LOAO_CURVE)
    order = sorted(train.LOAO_CURVE, reverse=True)
    # the top threshold's 10 calls, 8 right (too few to judge .93), then 200 right calls a step
    rows = [[10, 8]] + [[10 + 200 * i, 8 + 200 * i] for i in range(1, n)]
    left = dict(zip(order, rows))
    assert train.choose_by_files(left, train.LOAO_CURVE, 0.965, order[0]) == order[-1]
    # a later session's 40 calls at the fourth threshold down and below, 34 right (.85): stops above it
    split = {"curve": dict(zip(order, [[40, 40]] * 3 + [[40, 34]] * (n - 3))), "files": {}}
    assert train.choose_by_files(left, train.LOAO_CURVE, 0.965, order[0],
                                 {"sessions < 40 -> 40": split}) == order[2]
    # ... but 14 calls, one of them wrong, are too few to judge .93: no veto
    split = {"curve": dict(zip(order, [[14, 13]] * n)), "files": {}}
    assert train.choose_by_files(left, train.LOAO_CURVE, 0.965, order[0],
                                 {"sessions < 40 -> 40": split}) == order[-1]


def test_nothing_meeting_the_target_falls_back():
    left = dict(zip(train.WIDE_CURVE, [[100, 80]] * len(train.WIDE_CURVE)))
    # (the top threshold's 100 calls, 80 right, are already under the band's .93: the fallback)
    assert train.choose_by_files(left, train.WIDE_CURVE, 0.95, ("wide", 2.0)) == ("wide", 2.0)


def test_the_train_command_chooses_by_files():
    assert train.CHOOSER == "files"
    assert train.BAND_PRECISION == train.LEARNED_PRECISION
