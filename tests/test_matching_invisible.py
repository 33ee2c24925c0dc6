"""Invisible format characters (zero-width space and joiners, soft hyphen, byte-order mark,
direction marks) are not letters: a title holding them is the title without them (the
pipelines strip them from stored titles; a direct call of the matcher's API did not, and
'99\\u200b0 PRO' was the numbers 99 and 0 - a number conflict with '990 PRO')."""

import pytest

from crawler.matching import match_method, same_product

BASE = {"title": "Samsung 990 PRO 2TB NVMe SSD", "brand": "Samsung"}


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f",
                                  "\u202b", "\u2067"])
def test_an_invisible_character_inside_a_number_changes_nothing(mark):
    other = {"title": f"Samsung 99{mark}0 PRO 2TB NVMe{mark} SSD", "brand": "Samsung"}
    assert match_method(BASE, other) == match_method(BASE, dict(BASE))
    assert same_product(BASE, other)


def test_an_invisible_character_does_not_hide_a_real_difference():
    other = {"title": "Samsung 99\u200b0 PRO 1TB NVMe SSD", "brand": "Samsung"}
    assert not same_product(BASE, other)
