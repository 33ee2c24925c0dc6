"""Hostile input to the matcher the session-27 attack found (session 28, robust28): each refused with
one clear message naming what was wrong, or read as the rest of the matcher reads a bad field."""

from __future__ import annotations

import math

import pytest

from crawler.matching import THRESHOLD, cluster, match_catalogs, match_method

LEFT = [{"title": "Samsung 990 PRO 2TB NVMe M.2 SSD MZ-V9P2T0BW", "brand": "Samsung", "mpn": "MZ-V9P2T0BW"},
        {"title": "Logitech MX Master 3S Wireless Mouse Graphite", "brand": "Logitech", "mpn": "910-006559"}]
RIGHT = [{"title": "Logitech MX Master 3S Performance Wireless Mouse - Graphite", "brand": "Logitech"},
         {"title": "SSD Samsung 990 Pro 2 TB M.2 PCIe 4.0 (MZ-V9P2T0BW)", "brand": "Samsung"}]


# -- 1. match_catalogs' options: k=0, k=-1, threshold=NaN / 2 / "0.5" were taken silently --------------------
@pytest.mark.parametrize("options, message", [
    ({"k": 0}, "match_catalogs: k is the number of candidates read per offer, a whole number of 1 or more; got 0"),
    ({"k": -1}, "match_catalogs: k is the number of candidates read per offer, a whole number of 1 or more; got -1"),
    ({"k": 2.5}, "match_catalogs: k is the number of candidates read per offer, a whole number of 1 or more; got 2.5"),
    ({"k": True}, "match_catalogs: k is the number of candidates read per offer, a whole number of 1 or more; got True"),
    ({"k": "10"}, "match_catalogs: k is the number of candidates read per offer, a whole number of 1 or more; got '10'"),
    ({"threshold": math.nan},
     "match_catalogs: threshold is the match score a link needs, a number from 0 to 1; got nan"),
    ({"threshold": 2}, "match_catalogs: threshold is the match score a link needs, a number from 0 to 1; got 2"),
    ({"threshold": -0.1}, "match_catalogs: threshold is the match score a link needs, a number from 0 to 1; got -0.1"),
    ({"threshold": "0.5"},
     "match_catalogs: threshold is the match score a link needs, a number from 0 to 1; got '0.5'"),
    ({"threshold": None}, "match_catalogs: threshold is the match score a link needs, a number from 0 to 1; got None"),
    ({"one_to_one": "no"}, "match_catalogs: one_to_one is True or False; got 'no'"),
])
def test_a_bad_catalogue_option_is_a_value_error_naming_it(options, message):
    with pytest.raises(ValueError) as caught:
        match_catalogs(LEFT, RIGHT, **options)
    assert str(caught.value) == message


def test_a_huge_refused_option_is_shown_short():
    with pytest.raises(ValueError) as caught:
        match_catalogs(LEFT, RIGHT, threshold="x" * 100_000)
    assert len(str(caught.value)) < 200 and str(caught.value).endswith("...")


def test_good_catalogue_options_still_link():
    import numpy as np

    expected = [(0, 1), (1, 0)]
    assert [(i, j) for i, j, _ in match_catalogs(LEFT, RIGHT)] == expected
    for options in ({"k": 1}, {"k": np.int64(3)}, {"threshold": 0}, {"threshold": np.float32(THRESHOLD)},
                    {"threshold": 1.0, "one_to_one": False}, {"one_to_one": False}):
        links = [(i, j) for i, j, _ in match_catalogs(LEFT, RIGHT, **options)]
        assert set(links) <= set(expected) if options.get("threshold") == 1.0 else links == expected, options


def test_cluster_takes_no_option_but_the_offers():
    # (the public ``cluster`` has no k nor threshold to get wrong: one given is Python's TypeError)
    assert cluster(LEFT + RIGHT) == [0, 1, 1, 0]
    with pytest.raises(TypeError):
        cluster(LEFT, k=0)
