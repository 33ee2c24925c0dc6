"""Session 21's small matcher mends, on real titles."""

from crawler.matching import indic
from crawler.matching.features import clear_cache, prepare


def test_a_number_with_its_unit_has_no_sound_key():
    # "150 मि.ली." is read "150 mi li": the sound key of "150ml" was its letters' ("ml"), so
    # "150ml" was excused as spelled in "300 mi li" too; only a word of letters is spelled
    clear_cache()
    p = prepare({"title": "Himalaya Purifying Neem Face Wash 150ml"})
    for other in ("हिमालया नीम फेस वॉश 150 मि.ली.", "हिमालया नीम फेस वॉश 300 मि.ली."):
        o = prepare({"title": other})
        assert not indic.spelled_in("150ml", p, o)
