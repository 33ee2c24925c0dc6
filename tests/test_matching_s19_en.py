"""Session 19, en (issue #12): wrong "same" calls on English titles - a release named by a
possessive before "Version" ("Taylor's Version") is another release than the plain one."""

from __future__ import annotations

import pytest

from tests.pair_checks import assert_different, assert_same


# --- a possessive before "Version" names a release (``editions.named_editions``)

@pytest.mark.parametrize("a,b", [
    ("Taylor Swift - Red (Taylor's Version) 2CD", "Taylor Swift - Red CD"),
    ("Taylor Swift Fearless (Taylor's Version) Vinyl 3LP", "Taylor Swift Fearless Vinyl 3LP"),
    ("Taylor Swift - Speak Now (Taylor's Version) CD", "Taylor Swift - Speak Now (2010) CD"),
])
def test_a_possessive_version_is_another_release(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a,b", [
    ("Taylor Swift - Red (Taylor's Version) CD", "Taylor Swift Red Taylors Version CD"),
    ("Taylor Swift - Fearless (Taylor's Version) CD", "Fearless (Taylor's Version) - Taylor Swift CD"),
    # (a version no possessive names stays a format or language word)
    ("Adobe Photoshop Elements 2024 Full Version", "Adobe Photoshop Elements 2024"),
    ("Minecraft Java Edition PC", "Minecraft Java Edition for PC"),
])
def test_one_release_named_either_way_stays_the_same(a, b):
    assert_same(a, b)
