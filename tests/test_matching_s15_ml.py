"""Session 15, ml (issue 12): one product as shops word it in other languages and scripts.
Each principle is tested with pairs that have it and pairs of two products it must keep
apart, in several languages where the principle is general."""

from __future__ import annotations

import pytest

from crawler.matching import titles as T
from tests.pair_checks import assert_different, assert_same


# --- Cyrillic and Greek words are read as words (``cyrgreek``) -------------------------

@pytest.mark.parametrize("title, words", [
    ("Кефир Простоквашино 2,5% 930 мл", {"kefir", "prostokvashino", "930ml"}),
    ("Кисело мляко Верея 3,6% 400 г", {"yogurt", "vereya", "400g"}),
    ("Γάλα ΔΕΛΤΑ Φρέσκο 1 λίτρο", {"milk", "delta", "fresh", "1l"}),
    ("Шоколад Milka молочный с фундуком 100 г", {"chocolate", "milka", "milk", "hazelnut", "100g"}),
    ("Шампунь 2 в 1 Head & Shoulders 400 мл", {"shampoo", "2", "in", "1", "400ml"}),
    ("Μπισκότα Παπαδοπούλου 225γρ", {"biscuits", "papadopoulou", "225g"}),
])
def test_a_cyrillic_or_greek_title_keeps_its_words(title, words):
    assert words <= set(T.words(T.clean(title)))


@pytest.mark.parametrize("a, b", [
    # Russian, Bulgarian, Ukrainian and Greek shops name the kind, flavour and unit the
    # other shop prints in English
    ("Кефир Простоквашино 2,5% 930 мл", "Prostokvashino Kefir 2.5% 930ml"),
    ("Кисело мляко Верея 3,6% 400 г", "Vereya Yogurt 3.6% 400g"),
    ("Γάλα ΔΕΛΤΑ Φρέσκο 1 λίτρο", "Delta Fresh Milk 1L"),
    ("Шоколад Milka молочный 100 г", "Milka Milk Chocolate 100g"),
    ("Зубна паста Colgate Total 75 мл", "Colgate Total Toothpaste 75ml"),
    ("Чай черный Greenfield 25 пакетиков", "Greenfield Black Tea 25 bags"),
])
def test_a_cyrillic_or_greek_title_is_the_english_one(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # before, every Cyrillic or Greek word was dropped: two kinds of one brand and size read
    # as one title ("2.5% 930")
    ("Молоко Простоквашино 2,5% 930 мл", "Кефир Простоквашино 2,5% 930 мл"),
    ("Шоколад Milka молочный 100 г", "Шоколад Milka с орехами 100 г"),
    ("Γάλα ΔΕΛΤΑ Φρέσκο 1 λίτρο", "Γιαούρτι ΔΕΛΤΑ 1 λίτρο"),
    ("Сок Rich апельсиновый 1 л", "Сок Rich яблочный 1 л"),
    ("Шоколад Рошен 90 г", "Цукерки Рошен 90 г"),
    # and against a Latin title: a kefir is no milk, a size read in Cyrillic is a size
    ("Кефир Простоквашино 2,5% 930 мл", "Prostokvashino Milk 2.5% 930ml"),
    ("Шоколад Milka молочный 100 г", "Milka Milk Chocolate 300g"),
])
def test_cyrillic_and_greek_words_part_two_products(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    # a name spelt in Latin letters by two hands: the shop's label and a letter-by-letter reading
    ("Моршинська мінеральна вода негазована 1,5 л", "Morshynska Mineral Water Still 1.5L"),
])
def test_a_transliterated_name_spelt_otherwise_is_one_name(a, b):
    assert_same(a, b)


# --- one flavour in the shops' languages (``_S15_FLAVOURS``) ------------------------------

@pytest.mark.parametrize("a, b", [
    ("Bonne Maman Confiture Fraises 370g", "Bonne Maman Strawberry Jam 370g"),
    ("Bonne Maman Confiture Fraises 370g", "Bonne Maman Erdbeer Konfitüre 370g"),
    ("Hero Confettura Albicocche 340g", "Hero Mermelada Albaricoque 340g"),
    ("Ülker Çikolatalı Gofret 36 g", "Ulker Chocolate Wafer 36g"),
    ("Łowicz Dżem Truskawkowy 280g", "Lowicz Strawberry Jam 280g"),
    ("Zott Jogurt Wiśniowy 150g", "Zott Joghurt Kirsche 150g"),
    ("Maille Moutarde de Dijon 215 g", "Maille Dijon Mustard 215g"),
])
def test_one_flavour_in_two_languages_is_one_product(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Bonne Maman Confiture Fraises 370g", "Bonne Maman Confiture Abricots 370g"),
    ("Łowicz Dżem Truskawkowy 280g", "Lowicz Cherry Jam 280g"),
    ("Zott Jogurt Wiśniowy 150g", "Zott Joghurt Erdbeere 150g"),
    ("Hero Confettura Albicocche 340g", "Hero Mermelada Fresa 340g"),
])
def test_two_flavours_in_two_languages_stay_two(a, b):
    assert_different(a, b)


# --- a Turkish pack count ("24'lü Paket") is the pack's count ---------------------------

@pytest.mark.parametrize("a, b", [
    ("Ulker Chocolate Wafer 36g", "Ülker Çikolatalı Gofret 36 g 24'lü Paket"),
    ("Eti Burçak 131 g", "Eti Burçak 131 g 12'li Paket"),
    ("Ülker Çikolatalı Gofret 36 g 12'li Paket", "Ülker Çikolatalı Gofret 36 g 24'lü Paket"),
])
def test_a_turkish_pack_count_is_another_product_than_one(a, b):
    assert_different(a, b)


# --- small words, claims, forms, containers of the shops' languages ----------------------

@pytest.mark.parametrize("a, b", [
    # Italian "al", Nordic "med" are no identifying words
    ("Balocco Wafer al cacao 175 g", "Balocco Wafers Cacao 175g"),
    # a protected designation of origin names no other product
    ("Parmigiano Reggiano DOP 24 mesi 1 kg", "Parmigiano Reggiano 24 mesi 1kg"),
    ("Dodoni Feta PDO 400g", "Dodoni Feta 400 g"),
    # the bar a chocolate is sold as; unsalted in Danish
    ("Marabou Mjölkchoklad 200 g", "Marabou Milk Chocolate bar 200g"),
    ("Lurpak Smør usaltet 200 g", "Lurpak Unsalted Butter 200g"),
    # the fat after its percentage, which both titles print
    ("Bio-Vollmilch 3,8% 1 l", "Bio Vollmilch 3.8 % Fett 1L"),
    ("Mleko Łaciate 3,2% 1 l", "Łaciate Mleko 3,2% tłuszczu 1l"),
    # one dessert, one dish soap in other words
    ("Zott Monte Deser 4 x 55 g", "Zott Monte mléčný dezert 4x55g"),
    ("Pril Original Spülmittel 450 ml", "Pril Original Handspülmittel, 450ml"),
    ("Dreft Afwasmiddel Original 400 ml", "Dreft Original handafwasmiddel 400ml"),
])
def test_words_that_say_nothing_of_another_product(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Lurpak Smør usaltet 200 g", "Lurpak Smør saltet 200 g"),
    ("Ja Vollmilch 3,8% 1 l", "Ja Vollmilch 1,5 % Fett 1L"),
    ("Mleko Łaciate 3,2% 1 l", "Mleko Łaciate 2% tłuszczu 1 l"),
    # a shampoo is no conditioner, in English, German, Arabic
    ("Pantene Shampoo Smooth Silky 400ml", "Pantene Conditioner Smooth Silky 400ml"),
    ("Balea Shampoo Repair 300ml", "Balea Spülung Repair 300ml"),
    ("شامبو بانتين ناعم وحريري 400 مل", "بلسم بانتين ناعم وحريري 400 مل"),
    ("Zott Monte Deser 4 x 55 g", "Zott Monte Drink 4 x 55 g"),
])
def test_a_claim_or_form_word_still_parts_two_products(a, b):
    assert_different(a, b)


# --- Arabic words of Lebanese groceries (``arabic._WORDS_S15``) ------------------------------

@pytest.mark.parametrize("a, b", [
    ("Cortas Apricot Jam 450g", "مربى المشمش قرطاس 450 غ"),
    ("Pringles Sour Cream & Onion 165g", "برينجلز قشدة حامضة وبصل 165 غ"),
])
def test_an_arabic_flavour_is_the_english_one(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("مربى المشمش هيرو 340 غ", "مربى التين هيرو 340 غ"),
    ("جبنة حلوم بيتوتي 250 غ", "جبنة عكاوي بيتوتي 250 غ"),
    ("Cortas Apricot Jam 450g", "مربى التين قرطاس 450 غ"),
])
def test_two_arabic_flavours_or_cheeses_stay_two(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ("Nivea Men Sensitive Rasiergel 200ml", "NIVEA MEN Sensitive Shaving Gel 200 ml"),
    ("Gillette Series Rasierschaum Sensitive 250 ml", "Gillette Series Mousse à raser Sensitive 250 ml"),
    ("Kneipp Badesalz Lavendel 600 g", "Kneipp Sels de bain Lavande 600 g"),
    ("Dove Nemlendirici Krem 150 ml", "Dove Crema idratante 150 ml"),
    ("Pantene Pro-V Champú Repara & Protege 300ml", "Pantene Pro-V Shampoo Ripara & Protegge 300 ml"),
])
def test_one_kind_or_claim_in_one_word_and_in_two(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Nivea Men Sensitive Rasiergel 200ml", "NIVEA MEN Sensitive Shaving Foam 200 ml"),
    ("Kneipp Badesalz Lavendel 600 g", "Kneipp Badesalz Rosmarin 600 g"),
])
def test_two_kinds_in_two_languages_stay_two(a, b):
    assert_different(a, b)


# --- a compound glued in two languages, part by part (``compound_translated``) -------------

@pytest.mark.parametrize("a, b", [
    ("Senseo Classic koffiepads 36 stuks", "Senseo Classic Kaffeepads 36 Stück"),
    ("Bonne Maman Confiture Fraises 370g", "Bonne Maman Aardbeienconfituur 370 g"),
    ("Felix Tomatketchup 1 kg", "Felix Tomato Ketchup 1 kg"),
    ("Tony's Chocolonely Melk Karamel Zeezout 180g", "Tony's Chocolonely Milk Caramel Sea Salt 180 g"),
])
def test_a_compound_in_another_language_is_the_same_words(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Senseo Classic koffiebonen 500 g", "Senseo Classic Kaffeepads 500 g"),
    ("Bonne Maman Kirschkonfitüre 370 g", "Bonne Maman Aardbeienconfituur 370 g"),
])
def test_a_compound_with_another_part_stays_another_product(a, b):
    assert_different(a, b)
