"""Session 26 (ml26): words read by meaning across languages - the learned stage's readers
(``stage.meaning_columns``): descriptive words and origins in the languages the tables cover,
Turkish compound forms, the spec tables' values (package, coffee form)."""

from crawler.matching.prepared import complete, prepare_light
from crawler.matching.stage import _concept, _read_in


def _words(title):
    return complete(prepare_light({"title": title})).wordset


def _unread(a, b):
    wa, wb = _words(a), _words(b)
    return {w for w, r in zip(list(wa), _read_in(list(wa), set(wb))) if not r}


def test_origin_words_one_value():
    assert _concept("greek") == _concept("griechisch") == _concept("griego") == _concept("grecque")
    assert _concept("turkish") == _concept("turkisch") == _concept("turecki") == _concept("turco")
    assert _concept("greek") != _concept("turkish")


def test_greek_and_cyrillic_origin_read():
    # Greek "Ελληνικός" read as "greek"
    assert "greek" in _words("Λουμίδης Παπαγάλος Ελληνικός Καφές 194γρ")
    assert "greek" in _words("Греческий йогурт 2% 500 г")


def test_descriptive_words_across_languages():
    assert _concept("mascarilla") == _concept("mask") == _concept("maske") == _concept("masque")
    assert _concept("daily") == _concept("quotidien") == _concept("taglich") == _concept("codzienny")
    assert _concept("moussant") == _concept("foaming") == _concept("schaumend")
    assert _concept("bylinny") == _concept("herbal") == _concept("ziolowy")


def test_greek_daily_use_phrase():
    ws = _words("Apivita Σαμπουάν Καθημερινής Χρήσης με Χαμομήλι & Μέλι 250ml")
    assert "daily" in ws and "shampoo" in ws


def test_turkish_compound_forms_are_the_kind():
    assert _concept("kahvesi") == _concept("coffee")
    assert _concept("cayi") == _concept("tea")
    assert _concept("peyniri") == _concept("cheese")


def test_liqueur_in_czech_and_polish():
    assert _concept("liker") == _concept("likier") == _concept("liqueur")
    assert not _unread("Becherovka Original Herbal Liqueur 38% 0.5L", "Becherovka Original bylinný likér 38 % 0,5 l")


def test_spec_values_read_by_meaning():
    # the package table's words in several languages: one value
    assert _concept("flasche") == _concept("bottle") == _concept("botella")
    assert _concept("beutel") == _concept("bag")
    assert _concept("bottle") != _concept("cans")


def test_different_words_stay_unread():
    # an origin, a form against another: never read as the other
    assert "greek" in _unread("Fage Greek Yogurt 500g", "Fage Turkish Yogurt 500g")
    assert "mask" in _unread("Garnier Hair Mask 390ml", "Garnier Hair Shampoo 390ml") or \
        "mask" in _unread("Garnier Hair Mask 390ml", "Garnier Haar Shampoo 390ml")


def test_quantity_read_by_amount():
    # a number and its unit of volume or mass: one amount in millilitres / grams
    assert _concept("0.5l") == _concept("500ml")
    assert _concept("1kg") == _concept("1000g")
    assert _concept("75cl") == _concept("750ml")
    assert _concept("1litro") == _concept("1l")
    assert _concept("0.5l") != _concept("330ml")
    assert _concept("500ml") != _concept("500g")
    assert _concept("a55") == "a55" and _concept("5pack") == "5pack"


def test_quantity_words_read_across_titles():
    assert not {w for w in _unread("Tchibo Feine Milde ganze Bohne 1kg", "Tchibo Feine Milde Kaffeebohnen 1000 g")
                if w[:1].isdigit()}
    assert "0.5l" not in _unread("Pilsner Urquell plech 6 x 0,5 l", "Pilsner Urquell Lager Beer 6 x 500ml Cans")


def test_turkish_origin_word():
    assert _concept("turk") == _concept("turkish")


def test_more_descriptive_words():
    assert _concept("repairing") == _concept("reparadora") == _concept("reparateur")
    assert _concept("jour") == _concept("dia") == _concept("day")
    assert _concept("nuit") == _concept("noche") == _concept("night")
    assert _concept("day") != _concept("night")
    assert _concept("preservatifs") == _concept("condoms") == _concept("kondome")
    assert _concept("wafelek") == _concept("wafer")
    assert "night" in _words("Крем ночной Nivea 50 мл")


def test_flip_flops_a_kind():
    assert _concept("chinelo") == _concept("flops") == _concept("chanclas")
    assert not _unread("Chinelo Havaianas Top Preto 39/40", "Havaianas Top Flip Flops Black, Size 39/40 BR")


def test_mask_against_cream_stays_unread():
    assert _unread("Garnier Fructis Hair Food Papaya Mascarilla 390 ml", "Garnier Fructis Hair Food Papaya Shampoo 390ml")
