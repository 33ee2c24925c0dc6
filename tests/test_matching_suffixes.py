"""Model numbers with a maker's variant letter, a glued "G", a glued "+"
(review 8, issue 12): another model on one side only, the same model written
two ways.  Pairs written from general product knowledge; each is checked in
both directions (a decision must not depend on the order of the offers)."""
import pytest

from crawler.matching import cluster, match_method, same_product

DIFFERENT = [
    # 4-5 digits and a glued "G": a model number (AMD's graphics models), not grams
    ("AMD Ryzen 5 8600G", "AMD Ryzen 5 8500G"),
    ("AMD Ryzen 7 5700G", "AMD Ryzen 7 5700X"),
    ("AMD Ryzen 5 5600", "AMD Ryzen 5 5600G"),
    ("AMD Ryzen 5 5600", "AMD Ryzen 5 8600G"),
    # a variant letter glued on one side only
    ("Intel Core i5-12400", "Intel Core i5 12400F"),
    ("Intel Core i5-13600K", "Intel Core i5-13600KF"),
    ("Samsung Galaxy S23 256GB", "Samsung Galaxy S23+ 256GB"),
    ("Google Pixel 8 128GB", "Google Pixel 8a 128GB"),
    ("Logitech MX Master 3S", "Logitech MX Master 3"),
    ("Garmin fenix 7", "Garmin fenix 7X"),
    ("Netgear Nighthawk RAX50", "Netgear Nighthawk RAX50S"),
    ("Fujitsu ScanSnap S1500", "Fujitsu ScanSnap S1500M"),
    ("Canon PG-545 Black", "Canon PG-545XL Black"),
    ("iRobot Roomba i3", "iRobot Roomba i3+"),
]

SAME = [
    # one model written two ways
    ("Nvidia RTX4070 Ti 12GB", "NVIDIA GeForce RTX 4070 Ti 12GB"),
    ("NVIDIA GeForce RTX 4070 Ti", "NVIDIA GeForce RTX4070Ti"),
    ("Samsung Galaxy S23+ 256GB", "Samsung Galaxy S23 Plus 256GB"),
    ("AMD Ryzen 5 5600G", "AMD Ryzen 5 5600G Box"),
    # a colour code glued on, the colour named by the other title
    ("Pioneer PSW110BK subwoofer", "Pioneer PSW110 subwoofer black"),
    ("Sony TXSR506B receiver black", "Sony TXSR506 receiver black"),
    # the variant letters written apart
    ("Canon PowerShot SD990IS silver", "Canon PowerShot SD990 IS silver"),
    # a socket's "+" is no variant
    ("ASRock 990FX Killer AM3+ motherboard", "ASRock 990FX Killer motherboard"),
    # a weight: a large glued "g" on one side, the same grams apart on the other
    ("Lavazza Qualita Rossa zrnkova 1000g", "Lavazza Qualita Rossa zrnkova 1000 g"),
]


def _both(a, b):
    return [({"title": a}, {"title": b}), ({"title": b}, {"title": a})]


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_variant_is_another_model(a, b):
    for x, y in _both(a, b):
        assert not same_product(x, y), (x["title"], y["title"], match_method(x, y))


@pytest.mark.parametrize("a,b", SAME)
def test_one_model_written_two_ways(a, b):
    for x, y in _both(a, b):
        tier, score = match_method(x, y)
        assert not tier.startswith("conflict:"), (x["title"], y["title"], tier)
        assert same_product(x, y), (x["title"], y["title"], tier, score)


def test_ryzen_models_not_merged_by_cluster():
    titles = ["AMD Ryzen 5 5600", "AMD Ryzen 5 5600G", "AMD Ryzen 5 5600X",
              "AMD Ryzen 5 8600G", "AMD Ryzen 5 8500G", "AMD Ryzen 5 5600 Box"]
    ids = cluster([{"title": t} for t in titles])
    assert ids[0] == ids[5]  # the boxed 5600 is the 5600
    assert len({ids[k] for k in range(5)}) == 5, ids
