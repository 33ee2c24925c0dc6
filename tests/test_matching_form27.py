"""Session 27 (form27): margarine is sold salted, its unsalted version another product of the line
(``formulation.DIMENSIONS["margarine_salt"]``: a default, "salted", in a title naming margarine), and
a light margarine another product than the plain one (margarine words in the fat dimension's context).
Butter's salt keeps no default (French "beurre doux" is the plain butter).  Before, the learned stage
called "Margarina Tulipán 400 g" / "Tulipán margarina sin sal 400g" the same product (.967)."""
import pytest

from crawler.matching import match_many, match_method, same_product
from crawler.matching.formulation import differs, formulations
from crawler.matching.prepared import prepare


def _o(title, **kw):
    return dict(title=title, **kw)


# two products: the plain (salted) margarine against the unsalted one, or the light one - Spanish,
# English, German, French, Dutch, Portuguese, Danish titles
DIFFERENT = [
    (_o("Margarina Tulipán 400 g"), _o("Tulipán margarina sin sal 400g")),
    (_o("Margarine Tulipán 400 g"), _o("Tulipán margarine unsalted 400g")),
    (_o("Rama Margarine 500 g", brand="Rama"), _o("Rama Margarine ungesalzen 500g")),
    (_o("Margarine Planta Fin 450 g"), _o("Planta Fin margarine sans sel 450g")),
    (_o("Blue Band margarine 500 gram"), _o("Blue Band margarine ongezouten 500 g")),
    (_o("Margarina Becel 250 g"), _o("Becel margarina sem sal 250g")),
    (_o("Kærgården margarine 250 g"), _o("Kærgården margarine usaltet 250g")),
    (_o("Margarina Tulipán 400 g"), _o("Margarina Tulipán Light 400 g")),
    (_o("Flora Margarine 500g"), _o("Flora Light Margarine 500 g")),
]

# one product: both name the unsalted one, a title naming the salted (the default) against the plain
# one, a shop's word on one side; butter's "doux" stays without a default
SAME = [
    (_o("Tulipán margarina sin sal 400g"), _o("Margarina Tulipán sin sal 400 g")),
    (_o("Margarine Tulipán unsalted 400g"), _o("Tulipán Margarine Unsalted 400 g")),
    (_o("Margarina Tulipán 400 g"), _o("Margarina Tulipán con sal 400 g")),
    (_o("Flora Original Margarine 500g"), _o("Flora Margarine Original 500 g")),
    (_o("Lurpak Unsalted Butter 200g"), _o("Lurpak Butter Unsalted 200 g")),
]


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_unsalted_or_light_margarine_is_another_product(a, b):
    for x, y in ((a, b), (b, a)):
        assert not same_product(x, y), (x["title"], y["title"], match_method(x, y))
        assert match_method(x, y)[0].startswith("conflict"), (x["title"], y["title"], match_method(x, y))


@pytest.mark.parametrize("a, b", SAME)
def test_margarine_of_one_salt_stays_one_product(a, b):
    for x, y in ((a, b), (b, a)):
        assert same_product(x, y), (x["title"], y["title"], match_method(x, y))


def _f(title):
    return formulations(prepare(_o(title)).words)


def test_butter_salt_keeps_no_default():
    # (French "doux" butter is the plain one: one title naming it is no conflict, two salts are)
    assert not differs(_f("Président Beurre doux 250g"), _f("Président Beurre 250 g"))
    assert differs(_f("Président Beurre doux 250g"), _f("Président Beurre demi-sel 250g"))
    # (a salt word in a margarine's title is the margarine's dimension, in a butter's the butter's)
    assert ("margarine_salt", "unsalted") in _f("Tulipán margarina sin sal 400g")
    assert ("salt", "unsalted") in _f("Lurpak Unsalted Butter 200g")


def test_both_paths_agree():
    pairs = DIFFERENT + SAME
    _scores, same, _tiers = match_many([a for a, _ in pairs], [b for _, b in pairs])
    assert [bool(s) for s in same] == [same_product(a, b) for a, b in pairs]
    assert [bool(s) for s in same] == [False] * len(DIFFERENT) + [True] * len(SAME)
