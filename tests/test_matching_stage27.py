"""Session 27 (stage27): the learned stage's wider domain judges its "none" rows (``stage.judged_none``:
the main trees below .5, no conflict, no evidence, the brands agree, a word of letters and digits shared,
every word with a digit of each title read in the other, one title leaving no word of letters unread)
at a threshold of their own (the model file's "threshold_none", ``res.learned_threshold_none``), chosen
by the rule of the wider domain's own on their calls alone (``train.choose_none_threshold``): the trees
are fitted on the domain's "weak" rows, and the "none" rows pass stricter conditions."""
import pytest

from crawler.matching import match_many, match_method, same_product
from crawler.matching.model import resources


def _o(title, **kw):
    return dict(title=title, **kw)


_ROBOROCK = _o("Roborock S8 Pro Ultra Saugroboter mit Wischfunktion weiß", brand="Roborock", price=1199)
_ELITE = _o("Elite Turkish Coffee with Cardamom 100g", price=3.22)
_LINDT = _o("Lindt Excellence 70% Cacao 100g", price=2.49)
_FLASK = _o("Hydro Flask 32 oz Wide Mouth Bottle with Flex Cap - Black", brand="Hydro Flask", price=44.95)

# one product: German / Dutch, English / Hebrew, English / French, Portuguese / English, one language
# with a shop's descriptor on one side - the main trees say different (few words shared)
SAME = [
    (_ELITE, _o("קפה טורקי עלית עם הל 100 גרם", brand="Elite", price=10.84)),
    (_o("Elite Turkish Coffee with Cardamom 200g", price=5.9), _o("קפה טורקי עלית עם הל 200 גרם", brand="Elite", price=18.9)),
    (_LINDT, _o("Lindt Excellence Noir Intense 70% cacao tablette 100 g", brand="Lindt", price=2.79)),
    (_o("Lindt Excellence 85% Cacao 100g", price=2.49),
     _o("Lindt Excellence Noir Intense 85% cacao tablette 100 g", brand="Lindt", price=2.79)),
    (_FLASK, _o("Hydro Flask 32 oz. Wide Mouth - Black", price=39.99)),
    (_o("Guaraná Antarctica Lata 350ml c/ 12 unidades", price=37.9),
     _o("Guarana Antarctica Soda 12 x 350ml cans", brand="Antarctica", price=19.99)),
]


@pytest.mark.parametrize("a, b", SAME)
def test_the_none_rows_of_one_product_are_called_at_their_own_threshold(a, b):
    assert match_method(a, b)[0] == "learned" and match_method(b, a)[0] == "learned"
    assert same_product(a, b) and same_product(b, a)


# (session 38, we38: the Dutch Roborock pairs were "none" rows until the tables read "mit Wischfunktion" - a
# mopping function, the mop the tables know - as a kind one title names: the rules now call them, no longer
# the learned stage; kept here as one product)
BY_RULES = [
    (_ROBOROCK, _o("Roborock S8 Pro Ultra robotstofzuiger wit", price=1149)),
    (_o("Roborock Q7 Max Saugroboter mit Wischfunktion weiß", brand="Roborock", price=399),
     _o("Roborock Q7 Max robotstofzuiger wit", price=379)),
]


@pytest.mark.parametrize("a, b", BY_RULES)
def test_the_dutch_roborock_pairs_are_one_product(a, b):
    assert same_product(a, b) and same_product(b, a)


# near misses kept apart: another formulation in another language ("sin sal", Elixir / Parfum), the
# flavour one title names and the other does not, another cocoa share, another size, another colour
APART = [
    (_o("Margarina Tulipán 400 g", price=2.58), _o("Tulipán margarina sin sal 400g", price=2.0)),
    (_o("Dior Sauvage Elixir 60 ml", brand="Dior", price=160.0), _o("ديور سوفاج بارفان 60 مل", price=560)),
    (_ELITE, _o("קפה טורקי עלית 100 גרם", brand="Elite", price=9.9)),
    (_LINDT, _o("Lindt Excellence Noir Intense 85% cacao tablette 100 g", brand="Lindt", price=2.79)),
    (_FLASK, _o("Hydro Flask 40 oz. Wide Mouth - Black", price=49.99)),
    (_ROBOROCK, _o("Roborock S8 Pro Ultra robotstofzuiger zwart", price=1149)),
]


@pytest.mark.parametrize("a, b", APART)
def test_near_misses_stay_apart(a, b):
    assert match_method(a, b)[0] != "learned" and match_method(b, a)[0] != "learned"
    assert not same_product(a, b) and not same_product(b, a)


def test_the_none_rows_threshold_is_the_model_files_own():
    res = resources()
    assert res.learned_wide is not None
    assert 0.5 <= res.learned_threshold_none <= res.learned_threshold_wide <= 1.0


def test_at_the_weak_rows_threshold_the_none_rows_are_left_apart(monkeypatch):
    # (the "none" rows' calls are the threshold's doing: at the weak rows' threshold the two Hebrew coffees,
    # scored below it, stay apart; since session 36 the French Lindt bar's row is judged by the narrow stage
    # too - its gate passes and the trees put it over ``rules.NARROW_LOW``; since session 38 the Dutch
    # Roborock is called by the rules, ``BY_RULES``)
    res = resources()
    monkeypatch.setattr(res, "learned_threshold_none", res.learned_threshold_wide)
    pairs = [SAME[0], SAME[1]]
    _, same, tiers = match_many([a for a, _ in pairs], [b for _, b in pairs])
    assert not any(same) and all(t == "none" for t in tiers)


def test_one_pair_and_the_batch_agree():
    pairs = SAME + APART + [(b, a) for a, b in SAME + APART]
    _, same, tiers = match_many([a for a, _ in pairs], [b for _, b in pairs])
    for k, (a, b) in enumerate(pairs):
        assert (bool(same[k]), tiers[k]) == (same_product(a, b), match_method(a, b)[0])
