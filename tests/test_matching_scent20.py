"""Session 20: "Original Scent" names a scent, as a named scent does."""

from crawler.matching import same_product


def _same(a, b):
    return same_product({"title": a}, {"title": b})


def test_original_scent_is_not_a_named_scent():
    assert not _same("Dawn Ultra Dish Soap, Apple Blossom, 19.4 oz",
                     "Dawn Ultra Original Scent Dishwashing Liquid, 19.4 fl oz")
    assert not _same("Gain flings! Original Scent Laundry Detergent Pacs, 76 ct",
                     "Gain flings Laundry Detergent Pacs, Moonlight Breeze, 76 Count")


def test_original_scent_against_silence_or_original_is_no_conflict():
    assert _same("Gain flings Original Scent Laundry Detergent Pacs, 76 Count",
                 "Gain flings! Laundry Detergent Pacs, 76 ct")
    assert _same("Gain flings Original Scent Laundry Detergent Pacs, 76 Count",
                 "Gain flings! Original Scent Laundry Detergent Pacs 76 ct")
