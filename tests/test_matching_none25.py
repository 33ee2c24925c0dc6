"""Session 25 (none25): the learned stage's wider domain judges "none" rows too - pairs the main
trees call different (probability below .5: trained on four catalogues where two titles sharing
few words are two products, while two titles of one product in two languages share few words by
nature), with no conflict and no evidence, whose brands agree, whose titles share a word of letters
and digits (a size with its unit, a model token) and leave no word with a digit of either unread in
the other (``stage.none_candidates``, ``stage.judged_none``), judged by the wider domain's trees at
its threshold (``rules.decide_matrix``)."""
import numpy as np
import pytest

from crawler.matching import match_method, match_many, same_product
from crawler.matching import train
from crawler.matching.stage import coded_shared, judged_none, none_candidates, stage_rows


def _o(title, **kw):
    return dict(title=title, **kw)


# one product: a shop's English title with its brand field (and its own code), another shop's title
# in French, German, Italian or English with a descriptor after it - the main trees say different
_DIPTYQUE = _o("Diptyque Baies Scented Candle 190g", brand="Diptyque", mpn="BA1", price=68.0)
_LAVAZZA = _o("Lavazza Crema e Gusto Ground Coffee 250g", brand="Lavazza", mpn="LCG250", price=4.0)
SAME = [
    (_DIPTYQUE, _o("diptyque Baies Bougie Parfumée 190 g - Berries", price=64.0)),
    (_DIPTYQUE, _o("diptyque Baies Duftkerze 190 g - Beeren", price=64.0)),
    (_DIPTYQUE, _o("diptyque Baies Candela Profumata 190 g - Bacche", price=64.0)),
    (_o("Diptyque Figuier Scented Candle 190g", brand="Diptyque", mpn="FI1", price=68.0),
     _o("diptyque Figuier Bougie Parfumée 190 g - Fig Tree", price=64.0)),
    (_LAVAZZA, _o("Lavazza Crema e Gusto Café Moulu 250 g - Classico", price=3.6)),
    (_LAVAZZA, _o("Lavazza Crema e Gusto Gemahlener Kaffee 250 g - Classico", price=3.6)),
    (_o("Anchor Full Cream Milk Powder 400g", price=1150),
     _o("Anchor Milk Powder Full Cream 400 g Pack - Sri Lanka", brand="Anchor", price=1080)),
    (_o("Nido Full Cream Milk Powder 900g", price=2150),
     _o("Nido Milk Powder Full Cream 900 g Tin - Sri Lanka", brand="Nido", price=2080)),
]


@pytest.mark.parametrize("a, b", SAME)
def test_the_wider_domain_calls_none_rows_of_one_product(a, b):
    # (session 26, scents26: "Baies" / "Berries" / "Beeren" / "Bacche" are read as one scent, so the
    # title tier calls the Diptyque Baies rows itself; every other row still needs the wider domain)
    assert match_method(a, b)[0] == ("title" if a is _DIPTYQUE else "learned")
    assert same_product(a, b) and same_product(b, a)


# near misses kept apart: another scent (in another language), another line of the brand, another
# flavour, another size, another model token, another model of the brand's line
APART = [
    (_DIPTYQUE, _o("diptyque Figuier Bougie Parfumée 190 g - Fig Tree", price=64.0)),
    (_DIPTYQUE, _o("diptyque Roses Duftkerze 190 g - Rosen", price=64.0)),
    (_DIPTYQUE, _o("diptyque Baies Bougie Parfumée 300 g - Berries", price=94.0)),
    (_LAVAZZA, _o("Lavazza Qualità Rossa Café Moulu 250 g - Classico", price=3.6)),
    (_LAVAZZA, _o("Lavazza Crema e Gusto Café en Grains 250 g - Classico", price=3.6)),
    (_o("Yankee Candle Clean Cotton Scented Candle 623g", brand="Yankee Candle", mpn="1010728", price=29.0),
     _o("Yankee Candle Soft Blanket Bougie Parfumée 623 g - Couverture", price=27.0)),
    (_o("Lindt Excellence Dark Chocolate 70% Cocoa 100g", brand="Lindt", mpn="LX70", price=3.5),
     _o("Lindt Excellence Chocolat Noir Fleur de Sel 100 g - Intense", price=3.2)),
    (_o("Anchor Full Cream Milk Powder 400g", price=1150),
     _o("Anchor Milk Powder Full Cream 1 kg Pack - Sri Lanka", brand="Anchor", price=2080)),
    (_o("Whitestone Dome Glass Screen Protector for Galaxy S24 Ultra 2 Pack", price=59.99),
     _o("Whitestone Dome Glass - Galaxy S23 Ultra Screen Protector, 2-Pack", brand="Whitestone", price=54.99)),
    (_o("Samsung Galaxy A55 5G 128GB Awesome Navy", price=399),
     _o("Samsung Galaxy A35 5G 128GB Awesome Navy - Smartphone", brand="Samsung", price=299)),
]


@pytest.mark.parametrize("a, b", APART)
def test_the_wider_domain_leaves_near_misses_apart(a, b):
    assert match_method(a, b)[0] != "learned"
    assert not same_product(a, b)


def test_one_pair_and_the_batch_agree():
    pairs = SAME + APART
    _, same, tiers = match_many([a for a, _ in pairs], [b for _, b in pairs])
    for k, (a, b) in enumerate(pairs):
        assert (bool(same[k]), tiers[k]) == (same_product(a, b), match_method(a, b)[0])


def test_none_rows_need_a_shared_word_of_letters_and_digits_and_every_digit_word_read():
    rows = [(_DIPTYQUE, _o("diptyque Baies Bougie Parfumée 190 g - Berries"), 1),
            # nothing of letters and digits shared: never a candidate
            (_o("Diptyque Baies Scented Candle", brand="Diptyque"), _o("diptyque Baies Bougie Parfumée"), 1),
            # "a55" / "a35": a model token of each title the other does not read
            (_o("Samsung Galaxy A55 5G 128GB Navy", brand="Samsung"), _o("Samsung Galaxy A35 5G 128GB Navy"), 0)]
    X, pa, pb = train.featurize_offers(rows)
    assert coded_shared(pa[0], pb[0]) and not coded_shared(pa[1], pb[1]) and coded_shared(pa[2], pb[2])
    cand = none_candidates(X, np.arange(3), pa, pb)
    assert 1 not in cand.tolist()
    S = stage_rows(X, np.array([0, 2]), pa, pb)
    assert judged_none(S).tolist() == [True, False]
