"""Session 14, ml (issue 12): one product as shops word it in other languages - the
principles read from a new author's pairs (train14b: Lebanese, French/German/Dutch,
Spanish/Italian/Portuguese, Czech/Polish/Turkish shops and home & kitchen goods).  Each
principle is tested with pairs that have it and a pair of two products it must keep apart."""

from __future__ import annotations

import pytest

from crawler.matching import titles as T
from tests.pair_checks import assert_different, assert_same


@pytest.mark.parametrize("text, unit", [
    ("1 litro", "vol"), ("5 litros", "vol"), ("1.5 litri", "vol"),
    ("500 gramos", "wt"), ("250 grammi", "wt"), ("125 grammes", "wt"), ("400 gramas", "wt"),
])
def test_a_unit_spelled_out_in_a_romance_language_is_read(text, unit):
    n, u = text.split()
    assert T._UNIT_ALIASES[u][0] == unit
    assert T._UNIT.search(text) is not None


@pytest.mark.parametrize("a, b", [
    # the litre spelled out (Spanish, Portuguese, Italian) is the "L" of the other shop
    ("Lagostina Pentola a pressione Lagoeasy'Up 5L", "Lagostina Pentola a pressione Lagoeasy'Up 5 litri"),
    ("Leite Mimosa Meio Gordo 1L", "Mimosa Leite UHT meio-gordo 1 litro"),
    ("Gel de ducha Sanex Zero 1 L", "Sanex Zero gel de ducha 1 litro"),
])
def test_the_litre_spelled_out_is_the_same_size(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # a size spelled out is read, so two sizes stay two products
    ("Leite Mimosa Meio Gordo 1,5 L", "Mimosa Leite UHT meio-gordo 1 litro"),
    ("Lagostina Pentola a pressione Lagoeasy'Up 5L", "Lagostina Pentola a pressione Lagoeasy'Up 7 litri"),
    ("Lavazza Qualità Rossa caffè macinato 250 grammi", "Lavazza Qualità Rossa caffè macinato 500 g"),
])
def test_two_sizes_spelled_out_stay_two(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("text, latin", [
    ("بيرسيل جل 2.9 لتر", "gel"),
    ("معجون سيغنال تبييض 100 مل", "whitening"),
    ("ماء زهر كورتاس 300 مل", "orange blossom water"),
    ("ماء ورد كورتاس 300 مل", "rose water"),
    ("شامبو ضد القشرة بالمنثول 400 مل", "menthol"),
    ("مجموعة أواني 10 قطع غير لاصقة", "non-stick"),
])
def test_arabic_kind_form_and_scent_words_are_read(text, latin):
    from crawler.matching.arabic import to_latin
    assert latin in to_latin(text)


@pytest.mark.parametrize("a, b", [
    # an Arabic scent, kind or form word is the English word of the other shop's title
    # (the Arabic offer's brand in its brand field: brand names are the script helper's)
    ("Cortas Rose Water 300ml", {"title": "ماء ورد كورتاس 300 مل", "brand": "Cortas"}),
    ("Garnier Micellar Cleansing Water 400ml", {"title": "جارنيه ماء ميسيلار 400 مل", "brand": "Garnier"}),
    ("Head & Shoulders Anti-Dandruff Shampoo Menthol 400ml",
     {"title": "شامبو ضد القشرة بالمنثول 400 مل", "brand": "Head & Shoulders"}),
])
def test_arabic_words_of_the_english_title_are_read(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # a gel is no powder, whitening no cavity protection, rose water no orange blossom water,
    # a cleansing water for normal skin none with rose water (all were called one product
    # while these Arabic words were dropped)
    ("بيرسيل جل 2.9 لتر", "بيرسيل مسحوق أوتوماتيك 2.5 كلغ"),
    ("معجون أسنان سيغنال حماية من التسوس 100 مل", "معجون سيغنال تبييض 100 مل"),
    ("ماء زهر كورتاس 300 مل", "ماء ورد كورتاس 300 مل"),
    ("جارنيه ماء ميسيلار 400 مل للبشرة العادية", "جارنيه ماء ميسيلار 400 مل بماء الورد"),
    ("Cortas Orange Blossom Water 300ml", "ماء ورد كورتاس 300 مل"),
])
def test_arabic_scents_and_forms_keep_two_products_apart(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    # what the kind is used on: a shampoo is for the hair, a toothpaste for the teeth
    ("Pantene Pro-V Hair Shampoo Repair 400ml", "Pantene Pro-V Shampoo Repair 400ml"),
    ("شامبو صانسيلك للشعر الأسود 400 مل", "صانسيلك شامبو أسود لامع 400مل"),
    ("Elmex Zahnpasta für Zähne Kariesschutz 75 ml", "Elmex Kariesschutz Zahnpasta 75 ml"),
])
def test_what_a_kind_is_used_on_describes(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # ... but only beside that kind: a hair oil is no oil of another kind
    ("Vatika Hair Oil Coconut 200ml", "Vatika Coconut Oil 200ml"),
    ("Sunsilk Shampoo Black 400 ml", "Sunsilk Hair Oil Black 400 ml"),
])
def test_a_use_word_without_its_kind_still_tells_apart(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    # a home & kitchen kind in two languages is one kind (German, Dutch, French, Italian,
    # Spanish, Portuguese, Czech, Polish, Turkish, English)
    ("Brabantia Treteimer Newicon 30 l Matt Black", "Brabantia NewIcon pedaalemmer 30 liter matt black"),
    ("Gardena Gartenschlauch Comfort FLEX 13 mm 20 m", "Tuyau d'arrosage Gardena Comfort FLEX 13 mm 20 m"),
    ("Stanley Fita métrica 5m FatMax", "Stanley FatMax flexómetro 5 m"),
    ("Guzzini Tritatutto elettrico", "Guzzini Electric Chopper"),
    ("Villeroy & Boch NewWave Kaffeetasse mit Untertasse 2-tlg.",
     "Villeroy & Boch NewWave coffee cup & saucer 2 pcs"),
    ("Leifheit Clean Twist Disc Mop Ergo Set", "Leifheit Bodenwischer Set Clean Twist Disc Mop Ergo"),
])
def test_a_home_kind_in_two_languages_is_one_kind(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # two home kinds stay two, whatever the languages
    ("Brabantia NewIcon Treteimer 30 l Matt Black", "Brabantia NewIcon Wandregal 30 cm Matt Black"),
    ("Tescoma GrandCHEF Topf 20 cm", "Tescoma GrandCHEF Reibe 20 cm"),
    ("Gardena Comfort Schlauch 20 m", "Gardena Comfort Regner 20 m"),
    ("WMF Kitchenminis Eierkocher", "WMF Kitchenminis Waffeleisen"),
])
def test_two_home_kinds_stay_two(a, b):
    assert_different(a, b)


def test_cups_of_a_coffee_maker_are_its_capacity():
    # "cup"/"tazza" alone is a moka pot's size, no kind of its own
    assert_same("Bialetti Moka Express 6 Cups", "Bialetti Moka Express Caffettiera 6 tazze")


@pytest.mark.parametrize("a, b", [
    # a compound is of its head's kind: a filter coffee machine is a coffee machine; where a weight or volume is given, the other title prints the modifier
    ("Melitta Enjoy II Kaffeemaschine Glas schwarz", "Melitta Enjoy II Glass Filterkaffeemaschine, Schwarz"),
    ("WMF Lono Kaffeemaschine Glas", "WMF Lono Filterkaffeemaschine Glas"),
    ("Frosch Citrus Dusche & Bad-Reiniger 500 ml", "Frosch Citrus Bad- und Duschreiniger 500ml"),
])
def test_a_compound_is_of_its_heads_kind(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # ... but a grocery's modifier is a flavour: strawberry yogurt is no plain yogurt
    ("Zott Erdbeerjoghurt 150 g", "Zott Joghurt 150 g"),
    ("Bionade Kräuterlimonade 0,33 l", "Bionade Limonade 0,33 l"),
    ("Teekanne Pfefferminztee 20 Beutel 40 g", "Teekanne Tee 20 Beutel 40 g"),
    # ... and a modifier that is a kind of its own makes another product
    ("Tefal Ingenio Wokpfanne 28 cm", "Tefal Ingenio Pfanne 28 cm"),
])
def test_a_groceries_compound_modifier_is_a_variant(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("cleaned, counts", [
    ("lux soap bar soft touch  170g  x 4", {4}),
    ("tannourine natural mineral water  1.5l  x 6", {6}),
    ("ulker cikolatali gofret  36gr  x 24 adet", {24}),
    ("tablecloth  150 cm x 2 m", set()),      # (a dimension)
    ("bottle  1.5 l x 6 l", set()),           # (a size after it)
    ("mineral water  1.5l  x 1", set()),      # (one package is the product)
])
def test_a_size_times_a_count_is_read(cleaned, counts):
    from crawler.matching.facets import size_times
    assert size_times(cleaned) == counts


@pytest.mark.parametrize("a, b", [
    # "<size> x N" is N packages, as "N x <size>" is: a pack of six is no single bottle
    ("Tannourine Natural Mineral Water 1.5L x 6", "Tannourine Natural Mineral Water 1.5L"),
    ("Lux Soap Bar Soft Touch 170g x 4", "Lux Soap Bar Soft Touch 170g"),
    ("Ülker Çikolatalı Gofret 36g", "Ülker Çikolatalı Gofret 36 gr x 24 adet"),
])
def test_a_size_times_a_count_is_a_multipack(a, b):
    assert_different(a, b)


def test_a_count_after_the_size_is_the_count_before_it():
    assert_same("Lux Soap Bar Soft Touch 170g x 4", "Lux Soap Bar Soft Touch 4 x 170g")


@pytest.mark.parametrize("a, b", [
    # coffee portions (pads, capsules) are counted, the blend by weight is ground or beans
    ("Douwe Egberts Aroma Rood 500g", "Douwe Egberts Aroma Rood Koffiepads 36 stuks"),
    ("Jacobs Krönung 500 g", "Jacobs Krönung Kaffeepads 16 Stück"),
    ("Lavazza Qualità Rossa caffè macinato 250g", "Lavazza Qualità Rossa caffè capsule"),
])
def test_coffee_portions_are_no_weighed_coffee(a, b):
    assert_different(a, b)


def test_coffee_portions_counted_on_both_sides_stay_one_product():
    assert_same("Douwe Egberts Aroma Rood Koffiepads 36 stuks", "Douwe Egberts Aroma Rood koffie pads 36 stuks")


@pytest.mark.parametrize("a, b", [
    # a steam iron in the shops' languages is an iron (Turkish "Buharlı Ütü", Italian "ferro da stiro")
    ("Vestel Ütü Tez 2400W", "Vestel Tez Buharlı Ütü 2400 W"),
    ("Philips Azur ferro da stiro 2600 W", "Philips Azur Dampfbügeleisen 2600 W"),
])
def test_a_steam_iron_in_other_languages_is_an_iron(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # a property, a use or a power source in the shop's language describes, as the English word does
    ("Gardena Zahradní hadice Classic 1/2\" 20 m", "GARDENA Classic hadice 13 mm (1/2\") 20m"),
    ("Tefal Ingenio Essential poêle 28 cm", "Padella Tefal Ingenio Essential 28cm antiaderente"),
    ("Tefal Jamie Oliver Bratpfanne 28 cm", "Tefal Jamie Oliver Bratpfanne antihaftbeschichtet 28 cm"),
])
def test_a_describing_word_in_the_shops_language_describes(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # two values of one class stay two: a garden hose is no kitchen one, cordless no corded
    ("Gardena Zahradní hadice Classic 20 m", "Gardena kuchyňská hadice Classic 20 m"),
    ("Bosch Serie 6 kabelloser Staubsauger", "Bosch Serie 6 corded Staubsauger"),
])
def test_two_describing_values_stay_two(a, b):
    assert_different(a, b)
