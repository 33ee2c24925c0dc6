"""Session 27 (fill27): what a pack claims names no product (``crawler/matching/claims.py``): a test
("Dermatologist Tested", "dermatologisch getestet", "testé dermatologiquement", "klinisch getestet"),
a certification ("Non-GMO", "Non OGM", "Cruelty Free"), a packaging claim ("Recyclable", "Tubo
Reciclable", "Flacone Riciclabile", "Flip-Top Packs"), a rank ("America's #1 Detergent"), a health
claim ("Heart Healthy"), a listing's disclaimer ("Packaging May Vary") and a partner's technology
("Powered by Braun"), a care claim of housewares ("Dishwasher Safe", "spülmaschinenfest"), a value
pack ("Vorteilspack"), new packaging ("neue Verpackung"), a gift suggestion ("Perfect Gift").  One title printing them alone is the same product (before: "weak", left
apart); a variant word beside them - a line ("Sensitive", "Honey Nut"), a flavour or scent
("Marsiglia"), a line name ("Flip" of Infantino's carrier, no "Flip-Top") - still tells two products
apart."""
import pytest

from crawler.matching import match_many, match_method, same_product
from crawler.matching import claims
from crawler.matching.prepared import prepare
from tests.pair_checks import pair_tests


def _o(title, **kw):
    return dict(title=title, **kw)


# one product: one title adds what the pack claims - English, German, French, Spanish, Italian titles
SAME = [
    (_o("Post-it Super Sticky Notes, 3x3 in, 12 Pads, Recyclable, Electric Yellow"),
     _o("Post-it Super Sticky Notes 3 x 3 in Electric Yellow 12 Pads")),
    (_o("Nivea Creme Dose 150 ml, dermatologisch getestet"), _o("Nivea Creme 150ml Dose")),
    (_o("Mixa Crème Visage Hydratante Anti-Rougeurs 50 ml testé dermatologiquement"),
     _o("Mixa Crème Visage Hydratante Anti-Rougeurs 50ml")),
    (_o("Colgate Total Original Pasta de Dientes 75 ml, Tubo Reciclable"),
     _o("Colgate Total Original Pasta de Dientes 75ml")),
    (_o("Dixan Gel Lavatrice Classico 30 Lavaggi, Flacone Riciclabile"),
     _o("Dixan Gel Lavatrice Classico 30 Lavaggi")),
    (_o("Elmex Kariesschutz Zahnpasta 75 ml, klinisch getestet"), _o("Elmex Kariesschutz Zahnpasta 75ml")),
    (_o("Bonne Maman Confiture Fraises 370 g, Non OGM"), _o("Bonne Maman Confiture Fraises 370g")),
    (_o("Cheerios Heart Healthy Cereal, 18 oz Box"), _o("General Mills Cheerios Cereal 18 oz")),
    (_o("Charmin Ultra Soft Toilet Paper, 18 Mega Rolls, Packaging May Vary"),
     _o("Charmin Ultra Soft Toilet Paper 18 Mega Rolls")),
    (_o("Oral-B Pro 1000 Rechargeable Electric Toothbrush Powered by Braun, Black"),
     _o("Oral-B Pro 1000 Rechargeable Electric Toothbrush, Black")),
    (_o("Huggies Natural Care Sensitive Baby Wipes, Unscented, 6 Flip-Top Packs (384 Wipes Total)"),
     _o("Huggies Natural Care Sensitive Unscented Baby Wipes, 6 Packs of 64 (384 Total)")),
    (_o("Garnier Fructis Sleek & Shine Shampoo, 12.5 fl oz, Non-GMO, Cruelty Free"),
     _o("Garnier Fructis Sleek & Shine Shampoo 12.5 oz")),
    (_o("Tide Original Liquid Laundry Detergent, America's #1 Detergent, 92 fl oz"),
     _o("Tide Original Liquid Laundry Detergent 92 fl oz")),
    (_o("WMF Profi Plus Kochlöffel 30 cm, spülmaschinenfest"), _o("WMF Profi Plus Kochlöffel 30 cm")),
    (_o("Pyrex Easy Grab 3-Quart Oblong Glass Baking Dish, Dishwasher Safe, Oven Safe"),
     _o("Pyrex Easy Grab 3-Quart Oblong Glass Baking Dish")),
    (_o("Finish Quantum Spülmaschinentabs 60 Stück Vorteilspack"), _o("Finish Quantum Spülmaschinentabs 60 Stück")),
    (_o("Bath & Body Works Japanese Cherry Blossom Fine Fragrance Mist 8 fl oz, Perfect Gift"),
     _o("Bath & Body Works Japanese Cherry Blossom Fine Fragrance Mist 8 oz")),
    (_o("Skittles Original Candy, No Artificial Colors, 15.6 oz Bag"), _o("Skittles Original Candy 15.6 oz")),
    (_o("CeraVe Moisturizing Cream, Non-Comedogenic, 16 oz"), _o("CeraVe Moisturizing Cream 16 oz")),
    (_o("Greenies Original Regular Dental Dog Treats, Vet Recommended, 36 oz"),
     _o("Greenies Original Regular Dental Dog Treats 36 oz")),
    (_o("Tchibo Feine Milde Kaffee gemahlen 500 g, neue Verpackung"), _o("Tchibo Feine Milde Kaffee gemahlen 500g")),
    # ("Essential" is a tier word elsewhere; inside "Essential Oils" a claim: ``claims.tiers_in_claims``)
    (_o("Air Wick Plug in Scented Oil Refill, 3ct, Lavender & Chamomile, Air Freshener, Essential Oils"),
     _o("Air Wick Plug In Scented Oil Refills Lavender & Chamomile 3 Count")),
    (_o("Air Wick Duftstecker Nachfüller Lavendel 3 Stück, mit ätherischen Ölen"),
     _o("Air Wick Duftstecker Nachfüller Lavendel 3 Stück")),
]

# two products, one title adding a claim: a line, a variety or a size the other names otherwise or
# not at all stays a difference
DIFFERENT = [
    (_o("Cheerios Heart Healthy Cereal, 18 oz Box"), _o("Honey Nut Cheerios Cereal 18 oz")),
    (_o("Dove Sensitive Skin Beauty Bar, Dermatologist Recommended, 4 oz, 6 Bars"),
     _o("Dove Beauty Bar Original 4 oz 6 Bars")),
    (_o("Elmex Kariesschutz Zahnpasta 75 ml, klinisch getestet"), _o("Elmex Sensitive Zahnpasta 75ml")),
    (_o("Dixan Gel Lavatrice Classico 30 Lavaggi, Flacone Riciclabile"),
     _o("Dixan Gel Lavatrice Marsiglia 30 Lavaggi")),
    (_o("Maybelline Super Stay Matte Ink Liquid Lipstick, Long Lasting, Pioneer 20"),
     _o("Maybelline SuperStay Matte Ink Liquid Lipstick Lover 15")),
    (_o("Infantino Flip 4-in-1 Convertible Baby Carrier, Black"),
     _o("Infantino 4-in-1 Convertible Baby Carrier, Black")),
    (_o("Skittles Original Candy, No Artificial Colors, 15.6 oz Bag"), _o("Skittles Wild Berry Candy 15.6 oz")),
    (_o("CeraVe Moisturizing Cream, Non-Comedogenic, 16 oz"), _o("CeraVe Moisturizing Lotion 16 oz")),
    (_o("Greenies Original Regular Dental Dog Treats, Vet Recommended, 36 oz"),
     _o("Greenies Original Petite Dental Dog Treats 36 oz")),
    (_o("Finish Quantum Spülmaschinentabs 60 Stück Vorteilspack"),
     _o("Finish Quantum Ultimate Spülmaschinentabs 60 Stück")),
    (_o("Maxi-Cosi Pebble 360 i-Size Baby Car Seat - Essential Black"),
     _o("Maxi Cosi Pebble 360 i-Size Baby Car Seat Black")),
]


@pytest.mark.parametrize("a,b", SAME)
def test_claim_on_one_side_is_same_product(a, b):
    assert same_product(a, b) and same_product(b, a)
    assert match_method(a, b)[0] == "title" and match_method(b, a)[0] == "title"


test_claim_does_not_excuse_a_variant = pair_tests(different=DIFFERENT).different


def test_batch_path_agrees():
    pairs = SAME + DIFFERENT
    _, same, _ = match_many([a for a, _ in pairs], [b for _, b in pairs])
    assert list(map(bool, same)) == [True] * len(SAME) + [False] * len(DIFFERENT)


def test_phrase_words_only_inside_their_phrase():
    # "Long" of "Long Lasting", "Flip" of "Flip-Top", "Heart" of "Heart Healthy": a claim only in the
    # phrase; alone, a size, a line name or a flavour's word
    p = prepare(_o("Maybelline Lipstick, Long Lasting, Pioneer 20"))
    q = prepare(_o("Always Ultra Thin Pads Long Super 76 Count"))
    o = prepare(_o("Maybelline Lipstick Pioneer 20"))
    assert claims.excused("long", p, o) == 1 and claims.excused("lasting", p, o) == 1
    assert claims.excused("long", q, o) is None
    f = prepare(_o("Infantino Flip 4-in-1 Convertible Baby Carrier"))
    assert claims.excused("flip", f, o) is None
    w = prepare(_o("Pampers Sensitive Wipes, 9 Flip-Top Packs"))
    assert claims.excused("flip", w, o) == 1 and claims.excused("top", w, o) == 1


def test_no_variant_word_is_a_claim():
    # the lists never hold a word that names a variant: a line, a formulation, a strength
    for w in ("sensitive", "original", "max", "ultra", "pro", "organic", "vegan", "halal", "natural",
              "free", "long", "flip", "heart", "clean", "essential"):
        assert w not in claims.WORDS
