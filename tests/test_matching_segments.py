"""A long marketplace title = a product name + a feature list (``crawler.matching.segments``)."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching import titles as T
from crawler.matching.prepared import prepare
from crawler.matching.segments import segment_index

MOUSE = ("Logitech MX Master 3S Wireless Performance Mouse, Ergonomic Design, 8K DPI Tracking on Glass, "
         "Quiet Clicks, USB-C, Bluetooth - Graphite")
SPEAKER = ("JBL Flip 6 - Portable Bluetooth Speaker, Powerful Sound and Deep Bass, IPX7 Waterproof, "
           "12 Hours of Playtime - Blue")


def _segs(title):
    t = T.clean(title)
    return segment_index(t, T.words(t))


def test_segments_split_at_separators():
    segs = _segs("WD Elements Portable, USB 3.0 for PC & Mac - Black")
    assert segs == (0, 0, 0, 1, 1, 1, 1, 1, 2)


def test_a_title_of_one_part_has_no_segments():
    assert _segs("Samsung 990 Pro 2TB NVMe SSD") is None
    assert _segs("Anker 737") is None


@pytest.mark.parametrize("long, short", [
    (MOUSE, "Logitech MX Master 3S Graphite"),
    (SPEAKER, "JBL Flip 6 Blue"),
    ("WD 5TB Elements Portable External Hard Drive, USB 3.0 for PC & Mac, Plug and Play Storage, Black",
     "WD Elements Portable 5TB Black"),
    # a variant or tier word qualifying a feature of the list ("Ultra Lightweight", "Professional-Grade")
    ("SteelSeries Aerox 3 Wireless Gaming Mouse: Ultra Lightweight 68g Water Resistant Design - Black",
     "SteelSeries Aerox 3 Wireless Black"),
    ("Cuisinart Stand Mixer 5.5 Quart, Professional Grade Die-Cast Motor, Tilt-Back Head, Red",
     "Cuisinart Stand Mixer 5.5 Quart Red"),
])
def test_feature_list_words_are_description(long, short):
    assert same_product({"title": long}, {"title": short}), match_method({"title": long}, {"title": short})


@pytest.mark.parametrize("long, short", [
    # another model: the number differs, whatever the feature list says
    (MOUSE, "Logitech MX Master 3 Graphite"),
    (SPEAKER, "JBL Flip 5 Blue"),
    # a variant word in the name, not in the feature list
    ("Garmin Forerunner 245 Music, GPS Running Smartwatch with Music, Black", "Garmin Forerunner 245 Black"),
    # a short part right after the name is the variant's name (a scent), no feature
    ("Glade Solid Air Freshener - Lavender Peach Blossom", "Glade Solid Air Freshener"),
    # two titles of one length list the same parts: a part one lacks is a variant
    ("Tide Pods Laundry Detergent, Spring Meadow, 42 count", "Tide Pods Laundry Detergent, Original, 42 count"),
    # a part between the name and a part both print belongs to the name
    # a variant word closing its part names the variant ("Wi-Fi + Cellular")
    ("Apple iPad Air 11-inch, Wi-Fi + Cellular, 128GB, Blue", "Apple iPad Air 11-inch 128GB Blue"),
    # a variant word stated in the feature list still counts (a bundle, a network)
    ("Kindle Paperwhite 16GB Black, Adjustable Warm Light, Bundle with Charger and Protective Leather Cover, "
     "Waterproof", "Kindle Paperwhite 16GB Black"),
    ("Apple iPad Air 11-inch 128GB, Wi-Fi + Cellular Model with 5G Support, All-Day Battery Life, Blue",
     "Apple iPad Air 11-inch 128GB Blue"),
    # the short title's variant word is no word of a feature list
    ("Samsung Galaxy Buds2, True Wireless Earbuds, Noise Cancelling, Long Battery Life - Graphite",
     "Samsung Galaxy Buds2 Pro Graphite"),
    ("Hollow Knight: Silksong Expansion Pass with Soundtrack and Artbook (PC Steam)", "Hollow Knight (PC Steam)"),
])
def test_variants_stay_apart(long, short):
    assert not same_product({"title": long}, {"title": short}), match_method({"title": long}, {"title": short})


def test_segments_are_read_once_per_offer():
    p = prepare({"title": SPEAKER})
    assert p.segs is not None and p.segs[0] == 0 and len(p.segs) == len(p.words)
