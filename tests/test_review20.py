"""Review of session 20's change (hostile values): what the attack found, each fixed with its test."""

from __future__ import annotations

import pytest

from crawler.settings import bad_set_option


# -- `scrapy -s`: a delay or timeout that is a number but no duration ---------------------------------
# `-s DOWNLOAD_DELAY=inf` (or 1e400) passed the check and the crawl never downloaded anything nor
# ended; `-s DOWNLOAD_TIMEOUT=nan` or -1 failed every request with a Twisted AssertionError traceback.
@pytest.mark.parametrize("pair", ["DOWNLOAD_DELAY=inf", "DOWNLOAD_DELAY=1e400", "DOWNLOAD_TIMEOUT=nan",
                                  "DOWNLOAD_TIMEOUT=-1", "CLOSESPIDER_TIMEOUT=-inf", "AUTOTHROTTLE_MAX_DELAY=NaN"])
def test_set_option_refuses_non_finite_or_negative_duration(pair):
    problem = bad_set_option(pair, {"DOWNLOAD_DELAY": 0, "DOWNLOAD_TIMEOUT": 180, "CLOSESPIDER_TIMEOUT": 0,
                                    "AUTOTHROTTLE_MAX_DELAY": 60.0})
    assert problem is not None and problem.endswith("expected a number of 0 or more (not inf nor nan)")


@pytest.mark.parametrize("pair", ["DOWNLOAD_DELAY=0", "DOWNLOAD_DELAY=0.5", "CLOSESPIDER_TIMEOUT=1e+06"])
def test_set_option_keeps_real_durations(pair):
    assert bad_set_option(pair, {"DOWNLOAD_DELAY": 0, "CLOSESPIDER_TIMEOUT": 0}) is None
