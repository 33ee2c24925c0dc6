"""Session 10, household goods, personal care and groceries (issue 12).

Formulations of one line are other products ("Free & Clear" / "Original",
"Decaf", "Full Fat" / "Low Fat", "Color" / "Universal" detergent, a razor /
its blade refills: ``formulation``), in the languages shops write them;
the same product worded by other shops (kinds written otherwise, claims,
a maker's full name, a diaper's size name beside its number) is still one."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching import titles as T
from crawler.matching.formulation import differs, formulation_words, formulations


def _both(a: str, b: str) -> tuple:
    return match_method({"title": a}, {"title": b})[0], match_method({"title": b}, {"title": a})[0]


def _f(title: str) -> frozenset:
    return formulations(T.words(T.clean(title)))


# two formulations of one line: never the same product, and a conflict says so
FORMULATIONS = [
    ("Tide Free & Clear Liquid Laundry Detergent, 92 fl oz, 64 Loads",
     "Tide Original Liquid Laundry Detergent 92 fl oz 64 Loads"),
    ("Ariel Vollwaschmittel Pulver 20 WL", "Ariel Colorwaschmittel Pulver, 20 Waschladungen"),
    ("Ariel All-in-1 Pods Washing Liquid Capsules Original, 30 Washes",
     "Ariel All-in-1 PODS Colour Washing Capsules 30 Washes"),
    ("Detergente Ariel Líquido Original 40 lavados", "Detergente Ariel Líquido Colores 40 lavados"),
    ("Persil Bio Washing Powder 40 Washes", "Persil Non Bio Washing Powder 40 Washes"),
    ("Almarai Full Fat Milk 1L", "Almarai Low Fat Milk 1L"),
    ("Kroger 2% Reduced Fat Milk, 1 gal", "Kroger 1% Lowfat Milk, 1 gal"),
    ("Président Beurre Doux 250g", "Président Beurre Demi-Sel 250g"),
    ("Philadelphia Original Cream Cheese 200g", "Philadelphia Light Cream Cheese 200g"),
    ("Nescafé Gold Blend Instant Coffee 200g", "Nescafé Gold Blend Decaf Instant Coffee 200g"),
    ("Jacobs Krönung gemahlen 500g", "Jacobs Krönung entkoffeiniert gemahlen 500g"),
    ("Coca-Cola Original 12 fl oz Cans, 12 Pack", "Coca-Cola Zero Sugar 12 fl oz Cans, 12 Pack"),
    ("Red Bull Energy Drink 250ml 4 Pack", "Red Bull Sugarfree Energy Drink 250ml 4 Pack"),
    ("Pepsi Cola Soda 2 L Bottle", "Diet Pepsi Soda 2 L Bottle"),
    ("Heinz Baked Beans 415g", "Heinz Baked Beans Reduced Sugar & Salt 415g"),
    ("Listerine Cool Mint Mouthwash 1L", "Listerine Cool Mint Zero Alcohol Mouthwash 1L"),
    ("Tylenol Extra Strength Caplets 500 mg, 100 Count", "Tylenol Regular Strength Tablets 325 mg, 100 Count"),
    ("Sensodyne Repair & Protect Toothpaste 75ml", "Sensodyne Repair & Protect Whitening Toothpaste 75ml"),
    ("Dove Beauty Bar Original 8 Bars", "Dove Beauty Bar Sensitive Skin 8 Bars"),
    ("Barilla Penne 500g", "Barilla Penne Integrale 500g"),
    ("Quaker Old Fashioned Oats, 42 oz", "Quaker Quick 1-Minute Oats, 42 oz"),
    ("Head & Shoulders Classic Clean Shampoo 13.5 oz",
     "Head & Shoulders Classic Clean 2-in-1 Shampoo + Conditioner 13.5 oz"),
    ("Tampax Pearl Tampons Regular Absorbency, 36 Count", "Tampax Pearl Tampons Super Absorbency, 36 Count"),
    ("Colgate Toothpaste 75ml", "Colgate Kids Toothpaste 75ml"),
    ("Zyrtec 10 mg 30 Tablets", "Children's Zyrtec 10 mg 30 Tablets"),
    ("Lavazza Crema e Gusto Ground Coffee 250g", "Lavazza Crema e Gusto Forte Ground Coffee 250g"),
    ("Gillette Fusion5 ProGlide Men's Razor, 1 Handle + 2 Blade Refills",
     "Gillette Fusion5 ProGlide Men's Razor Blade Refills, 4 Count"),
    ("Clorox Clean-Up Cleaner + Bleach 32 oz", "Clorox Clean-Up Cleaner Bleach Free 32 oz"),
    ("Huggies Pull-Ups Training Pants 3T-4T 22 ct", "Huggies Pull-Ups Night-Time Training Pants 3T-4T 22 ct"),
    ("Nivea Q10 Anti-Wrinkle Day Cream 50ml", "Nivea Q10 Anti-Wrinkle Night Cream 50ml"),
    ("Colgate Total Whitening Toothpaste 4.8 oz", "Colgate Total Whitening Gel Toothpaste 4.8 oz"),
    ("Quaker Old Fashioned Oats 42 oz", "Quaker Old Fashioned Gluten Free Oats 42 oz"),
]


@pytest.mark.parametrize("a,b", FORMULATIONS)
def test_two_formulations_of_a_line_are_two_products(a, b):
    ta, tb = _both(a, b)
    assert ta.startswith("conflict:") and tb.startswith("conflict:"), (ta, tb)
    assert not same_product({"title": a}, {"title": b})


def test_a_starter_kit_is_still_told_from_its_refills_by_the_refill_conflict():
    assert _both("Swiffer WetJet Starter Kit", "Swiffer WetJet Refill Pads") == ("conflict:refill",) * 2
    assert _both("Glade PlugIns Scented Oil Starter Kit, Clean Linen, 1 Warmer + 2 Refills",
                 "Glade PlugIns Scented Oil Refills, Clean Linen, 2 Count")[0].startswith("conflict:")


# one product, the same formulation written otherwise or a default left unsaid
SAME_FORMULATION = [
    ("all Free Clear Liquid Laundry Detergent, 88 fl oz",
     "all Liquid Laundry Detergent, Free Clear for Sensitive Skin, 88 Fluid Ounces, 58 Loads"),
    ("Fairy Non Bio Washing Capsules 38 Washes",
     "Fairy Non Bio Pods Washing Capsules For Sensitive Skin 38 Washes"),
    ("Crest 3D White Toothpaste, Arctic Fresh, 3.8 oz", "Crest 3D White Whitening Toothpaste Arctic Fresh 3.8 oz"),
    ("Nido Fortified Full Cream Milk Powder Tin 400g", "NESTLE NIDO Fortified Milk Powder 400g"),
    ("Tesco British Semi Skimmed Milk 2.272L, 4 Pints", "Tesco Semi-Skimmed Milk 4 Pints"),
    ("Seventh Generation Free & Clear Laundry Detergent, 100 fl oz, 66 Loads",
     "Seventh Generation Liquid Laundry Detergent Free and Clear Unscented 100 oz"),
    ("Quaker Old Fashioned Oats, 42 oz Canister", "Quaker Oats Old-Fashioned Whole Grain Rolled Oats 42oz"),
]


@pytest.mark.parametrize("a,b", SAME_FORMULATION)
def test_one_formulation_written_otherwise_is_one_product(a, b):
    assert same_product({"title": a}, {"title": b}), _both(a, b)
    assert same_product({"title": b}, {"title": a})


# the same product worded by other shops (EN, DE, FR, CS; kinds, claims, makers, sizes)
REWORDED = [
    ("Dawn Ultra Dishwashing Liquid Original Scent 19.4 oz", "Dawn Ultra Dish Soap, Original, 19.4 fl oz"),
    ("Jar Citron prostředek na nádobí 900 ml", "Jar Lemon Washing Up Liquid 900ml"),
    ("Downy Ultra Liquid Fabric Softener, April Fresh, 140 Loads, 103 fl oz",
     "Downy Ultra Fabric Conditioner April Fresh Scent 103 oz - 140 loads"),
    ("Evian Eau Minérale Naturelle 6 x 1,5L", "Evian Natural Mineral Water 1.5 L, Pack of 6"),
    ("Head & Shoulders Classic Clean Dandruff Shampoo, 13.5 fl oz",
     "Head and Shoulders Classic Clean Anti-Dandruff Shampoo 400ml"),
    ("CeraVe Moisturizing Cream, 16 oz", "CeraVe Moisturising Cream for Dry to Very Dry Skin 454g"),
    ("Advil Ibuprofen 200mg, 100 Coated Tablets",
     "Advil Pain Reliever/Fever Reducer Coated Tablet, 200mg Ibuprofen, 100 Count"),
    ("Pampers Swaddlers Diapers Size 1, 198 Count", "Pampers Swaddlers Newborn Diapers Size 1 (198 ct)"),
    ("Pampers Baby-Dry Windeln Größe 4, 9-14 kg, 174 Stück", "Pampers Baby Dry Gr. 4 Maxi 174 Windeln"),
    ("Green Mountain Coffee Breakfast Blend K-Cups 24ct",
     "Green Mountain Coffee Roasters Breakfast Blend, Single-Serve Keurig K-Cup Pods, 24 Count"),
    ("Taanayel Les Fermes Labneh 500g", "Taanayel Labneh 500 g"),
    ("Heinz Tomato Ketchup 20 oz", "Heinz Ketchup 20 ounce bottle"),
    ("Lipton Yellow Label Tea 100 Bags", "Lipton Yellow Label Black Tea 100 Tea Bags"),
    ("Senseo koffiepads Classic 36 stuks", "Douwe Egberts Senseo Classic koffiepads - 36 pads"),
    ("L'OR Espresso Supremo Intensity 10 Nespresso Compatible Capsules, 10 Pack",
     "L'OR Supremo 10 capsules compatibles Nespresso"),
]


@pytest.mark.parametrize("a,b", REWORDED)
def test_one_product_worded_by_other_shops_is_one_product(a, b):
    assert same_product({"title": a}, {"title": b}), _both(a, b)


# words that only look like a formulation's
NOT_FORMULATIONS = [
    "Green Mountain Coffee Roasters Breakfast Blend, Light Roast K-Cup Pods",  # a roast, not a light drink
    "Hill's Science Diet Adult Chicken Recipe Dry Dog Food 15 lb",  # a line's name
    "Sony MDR-XB40EX High Sensitive Bass Headphones",  # a driver's sensitivity
    "Original Source Mint Shower Gel 250ml",  # the brand; a shower gel is no toothpaste's gel
    "Wyze Cam v3 Indoor Outdoor Camera with Night Vision",  # no diaper's or cream's night version
]


@pytest.mark.parametrize("title", NOT_FORMULATIONS)
def test_words_that_only_look_like_a_formulation_name_none(title):
    # (against the title without them: no formulation differs)
    assert not differs(_f(title), frozenset())


def test_formulations_compare_by_dimension_with_defaults():
    free, orig = _f("Tide Free & Clear Detergent"), _f("Tide Original Detergent")
    assert differs(free, orig) and differs(free, _f("Tide Detergent"))
    assert not differs(orig, _f("Tide Detergent"))  # (the original is the plain product)
    # "for Sensitive Skin" says whom it suits; "Sensitive" before the kind names the formula
    assert not differs(_f("Fairy Non Bio Capsules for Sensitive Skin"), _f("Fairy Non Bio Capsules"))
    assert differs(_f("Dove Sensitive Beauty Bar"), _f("Dove Beauty Bar"))
    # a context dimension reads the pair: the Czech title names no laundry word
    assert not differs(_f("Persil Deep Clean Color gel 40 praní"), _f("Persil Deep Clean Color Gel 40 Washes"))
    # both-sided only: a title naming no absorbency is any
    assert not differs(_f("Tampax Pearl Super 36 Tampons"), _f("Tampax Pearl 36 Tampons"))
    # one age written two ways
    assert not differs(_f("Mavis Beacon Keyboarding Kidz Software"), _f("Mavis Beacon Keyboarding Kidz Kids Typing"))


def test_formulation_words_are_no_identifying_words_when_both_agree_or_default():
    ws = T.words(T.clean("Huggies Natural Care Sensitive Baby Wipes, Unscented"))
    other = T.words(T.clean("Huggies Natural Care Sensitive Baby Wipes, Fragrance Free"))
    assert "unscented" in formulation_words(ws, other)
    assert "original" in formulation_words(T.words(T.clean("Fairy Original Liquid")), ["fairy", "liquid"])
    assert formulation_words(T.words(T.clean("Nescafe Gold Decaf")), ["nescafe", "gold"]) == frozenset()
