"""Session 27 (ml27): words read by meaning across languages (the learned stage's wider domain,
``stage.meaning_columns``, and the rules' tables): words that name nothing, one reading per meaning,
descriptive words, numbers as words, a maker's colour name, kinds in more words, Arabic "كريمي"."""

import pytest

from crawler.matching import match_method, same_product
from crawler.matching import wordclass as W
from crawler.matching.prepared import complete, prepare_light
from crawler.matching.stage import _concept, _read_in, _readings


def _words(title):
    return complete(prepare_light({"title": title})).wordset


def _counted_unread(a, b):
    """The words of ``a`` the stage counts as unread in ``b``: letters only, no kind or filler."""
    wa, wb = list(_words(a)), set(_words(b))
    return {w for w, r in zip(wa, _read_in(wa, wb)) if not r and w.isalpha() and not _readings(w)[2]}


def _same(a, b):
    return same_product({"title": a}, {"title": b})


# --------------------------------------------------------------------------
# words that name nothing
# --------------------------------------------------------------------------
def test_articles_conjunctions_and_the_times_sign_name_nothing():
    for w in ("the", "and", "of", "de", "di", "von", "van", "y", "und", "x", "s"):
        assert w in W.GENERIC, w
    # a Korean title's reader writes no "x": "120g x 5" leaves no word unread
    assert "x" not in _counted_unread("Nongshim Shin Ramyun 120g x 5", "농심 신라면 120g 5개입")


def test_joining_words_and_negations_stay_words():
    # "for Mac", "with eraser", "sin azúcar" name another product
    for w in ("with", "for", "w", "mit", "avec", "con", "para", "z", "sin", "bez", "in", "on"):
        assert w not in W.GENERIC, w
    assert "for" in _counted_unread("Logitech MX Master 3S for Mac Wireless Mouse",
                                    "Logitech MX Master 3S Wireless Mouse")


# --------------------------------------------------------------------------
# one meaning, one reading
# --------------------------------------------------------------------------
def test_the_english_word_reads_as_its_translations():
    assert _concept("refill") == _concept("recambio") == _concept("nachfullpack") == _concept("wklad")
    assert _concept("perfume") == _concept("profumo")
    assert _concept("glue") == _concept("kleber")
    assert _readings("sweets")[0] == _readings("fruchtgummi")[0]


def test_ambiguous_english_heads_keep_no_reading():
    # "phone" names a phone case's device as often as a phone; "full" is "full HD" and "full cream"
    assert _concept("phone") == "phone"
    assert _concept("full") == "full"


@pytest.mark.parametrize("a, b", [
    ("Vileda UltraMax recambio microfibra", "Vileda UltraMax refill microfibre mop head"),
])
def test_refill_in_two_languages_is_one_product(a, b):
    assert _same(a, b), match_method({"title": a}, {"title": b})
    assert _same(b, a), match_method({"title": b}, {"title": a})


# --------------------------------------------------------------------------
# descriptive words, numbers as words, a maker's colour
# --------------------------------------------------------------------------
def test_descriptive_words_across_languages():
    assert _concept("alpine") == _concept("alpejska") == _concept("alpino") == _concept("alpskeho")
    assert _concept("invisible") == _concept("unsichtbar") == _concept("niewidoczny")
    assert _concept("probiotic") == _concept("probiotique") == _concept("probiyotik")
    assert _concept("portable") == _concept("portabel") == _concept("tragbar") == _concept("przenosny")
    assert _concept("automatic") == _concept("automatique") == _concept("otomatik")
    assert _concept("multifunction") == _concept("multifonction") == _concept("wielofunkcyjny")
    assert _concept("alpine") != _concept("portable")


def test_cyrillic_and_greek_descriptive_words():
    assert "dandruff" in _words("Head & Shoulders Σαμπουάν Classic Clean κατά της Πιτυρίδας 400ml")
    assert "wafer" in _words("Παπαδοπούλου Caprice πουράκια με κρέμα φουντουκιού 115γρ")
    assert "sunflower" in _words("Масло подсолнечное Золотая Семечка рафинированное 1 л")


@pytest.mark.parametrize("a, b", [
    ("Milka Alpine Milk 100 g", "Milka mléčná čokoláda z alpského mléka 100g"),
    ("Milka mléčná čokoláda z alpského mléka 100g", "Czekolada Milka Alpejskie Mleko 100 g"),
])
def test_alpine_milk_in_three_languages(a, b):
    assert _same(a, b), match_method({"title": a}, {"title": b})
    assert _same(b, a), match_method({"title": b}, {"title": a})


def test_numbers_as_words_and_star():
    assert _concept("four") == _concept("vier") == _concept("quatre") == _concept("cuatro")
    assert _concept("four") != _concept("three")
    assert _concept("star") == _concept("sterne") == _concept("etoiles") == _concept("gwiazdki")
    # words that are another word of a title are left out
    for w in ("to", "fire", "pet", "otto", "due"):
        assert not _concept(w).startswith("value:"), w


@pytest.mark.parametrize("a, b", [
    ("Zwilling Four Star Kochmesser 20 cm", "ZWILLING Vier Sterne Kochmesser, Klingenlänge 20cm"),
    ("Zwilling Vier Sterne Kochmesser 20 cm", "ZWILLING FOUR STAR Chefmesser, Klingenlänge 20cm, Edelstahl"),
])
def test_a_line_named_by_a_number_in_two_languages(a, b):
    assert _same(a, b), match_method({"title": a}, {"title": b})
    assert _same(b, a), match_method({"title": b}, {"title": a})


def test_a_line_of_another_number_stays_apart():
    a, b = "Zwilling Four Star Kochmesser 20 cm", "ZWILLING Fünf Sterne Kochmesser 20 cm"
    assert not _same(a, b) and not _same(b, a)


def test_midnight_in_cyrillic_and_hungarian():
    assert "midnight" in _words("Смартфон Apple iPhone 13 128 ГБ, тёмная ночь")
    assert "midnight" in _words("Apple iPhone 13 128 ГБ Темна ніч")
    assert _concept("ejfekete") == _concept("midnight") == _concept("mitternacht")


@pytest.mark.parametrize("a, b", [
    ({"title": "Смартфон Apple iPhone 13 128 ГБ, тёмная ночь"}, {"title": "Apple iPhone 13 128GB Midnight"}),
    ({"title": "Apple MacBook Air 13,6\" M2 8GB 256GB Éjfekete", "brand": "Apple", "mpn": "MLY33MG/A"},
     {"title": "Laptop Apple MacBook Air 13 cu cip M2, 8GB, 256GB SSD, Midnight"}),
])
def test_midnight_named_in_another_language_is_one_product(a, b):
    assert same_product(a, b), match_method(a, b)
    assert same_product(b, a), match_method(b, a)


def test_midnight_against_another_colour_stays_apart():
    a, b = "Смартфон Apple iPhone 13 128 ГБ, тёмная ночь", "Apple iPhone 13 128GB Starlight"
    assert not _same(a, b) and not _same(b, a)


# --------------------------------------------------------------------------
# kinds in more words; Arabic "كريمي"
# --------------------------------------------------------------------------
def test_kinds_in_more_words():
    assert _readings("waschemulsion")[0] == _readings("cleanser")[0]
    assert _readings("lavapavimenti")[0] == _readings("mop")[0]
    assert _readings("chicles")[0] == _readings("chicle")[0]
    assert _concept("spielfigur") == _concept("figurine") == _concept("figurka")
    assert "dishwashing" in _words("Fairy Апельсин и лимонник средство для посуды, 900мл")


@pytest.mark.parametrize("a, b", [
    ({"title": "Sebamed Liquid Face & Body Wash 1 Litre",
      "description": "Soap-free wash with pH 5.5 for sensitive skin."},
     {"title": "sebamed Flüssig Waschemulsion 1000 ml", "brand": "Sebamed"}),
    ({"title": "Средство для мытья посуды Fairy Апельсин и лимонник 900 мл"},
     {"title": "Fairy Апельсин и лимонник средство для посуды, 900мл"}),
])
def test_a_kind_in_other_words_is_one_product(a, b):
    assert same_product(a, b), match_method(a, b)
    assert same_product(b, a), match_method(b, a)


def test_arabic_creamy_is_cream():
    ws = _words("جبنة بوك كريمي للدهن مرطبان 500 غرام")
    assert "cream" in ws and "beige" not in ws
    a, b = "جبنة بوك كريمي للدهن مرطبان 500 غرام", "Puck Cream Cheese Spread Jar 500g"
    assert _same(a, b) and _same(b, a)
    # another size stays apart
    assert not _same("جبنة بوك كريمي للدهن مرطبان 500 غرام", "Puck Cream Cheese Spread Jar 240g")
    # a colour against another colour is still a conflict
    assert match_method({"title": "Kenwood kMix KMX750 Red Stand Mixer"},
                        {"title": "Kenwood kMix KMX750 عجانة - كريمي"})[0].startswith("conflict")


# --------------------------------------------------------------------------
# body parts, a pan's coating, "sans" / "non", Greek cleansing
# --------------------------------------------------------------------------
def test_body_parts_coating_and_without():
    assert _concept("hand") == _concept("maos") == _concept("hande") == _concept("mains")
    assert _concept("lips") == _concept("lippen") == _concept("levres")
    assert _concept("eyes") == _concept("augen") == _concept("occhi")
    assert _concept("hand") != _concept("lips") != _concept("eyes")
    assert _concept("nonstick") == _concept("antiadhesive") == _concept("antihaft") == _concept("antiaderente")
    assert _concept("sans") == _concept("non") == _concept("ohne") == _concept("without")
    assert "cleanser" in _words("KORRES Ελληνικό Γιαούρτι Αφρώδης Κρέμα Καθαρισμού 150ml")


@pytest.mark.parametrize("a, b", [
    ("Préservatifs Durex Real Feel sans latex - boîte de 12", "Durex Real Feel Non-Latex Condoms, 12 Count"),
    ("Korres Greek Yoghurt Foaming Cream Cleanser 150ml", "KORRES Ελληνικό Γιαούρτι Αφρώδης Κρέμα Καθαρισμού 150ml"),
])
def test_cross_language_pairs_read_word_for_word(a, b):
    assert _same(a, b), match_method({"title": a}, {"title": b})
    assert _same(b, a), match_method({"title": b}, {"title": a})


def test_another_count_stays_apart():
    a, b = "Préservatifs Durex Real Feel sans latex - boîte de 12", "Durex Real Feel Non-Latex Condoms, 24 Count"
    assert not _same(a, b) and not _same(b, a)


def test_a_box_of_n_in_the_shops_languages_is_a_count():
    # "boîte de 12", "caja de 10", "scatola da 6": a count, compared with the other title's
    for box in ("boîte de 12", "caja de 12", "scatola da 12", "doos van 12"):
        a = "Durex Real Feel Condoms - " + box
        assert match_method({"title": a}, {"title": "Durex Real Feel Condoms, 24 Count"})[0].startswith("conflict")
        assert match_method({"title": "Durex Real Feel Condoms, 24 Count"}, {"title": a})[0].startswith("conflict")


# --------------------------------------------------------------------------
# "2 шт по 150 мл": a multipack in Cyrillic titles; "Невидимый" read
# --------------------------------------------------------------------------
def test_cyrillic_pieces_each_of_a_size_is_a_multipack():
    one = "Nivea Men Invisible for Black & White Antiperspirant Spray 150ml"
    two = "Антиперспирант NIVEA MEN Невидимый для черного и белого, 2 шт по 150 мл"
    assert match_method({"title": one}, {"title": two})[0].startswith("conflict")
    assert match_method({"title": two}, {"title": one})[0].startswith("conflict")
    assert "invisible" in _words(two)


def test_invisible_in_russian_is_one_product():
    a = "Nivea Men Invisible for Black & White Antiperspirant Spray 150ml"
    b = "Антиперспирант-спрей NIVEA MEN Невидимый для черного и белого 150 мл"
    assert _same(a, b) and _same(b, a)
