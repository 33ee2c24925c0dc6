"""Session 29, mend29: known wrong calls of the matcher mended by principle - a weight in grams
is no model number, a drink brand's sugar-free word, a keyboard layout named by its code, a game
console's generation, the threshold option of ``match_catalogs``."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching.titles import gram_weight


def _same(a: str, b: str) -> bool:
    return same_product({"title": a}, {"title": b})


# --- 1. a weight in grams ("1000g") is no model number of a tea / a detergent -------------------

@pytest.mark.parametrize("a, b", [
    ("Çaykur Tiryaki Çay 1000g", "Çaykur Rize Turist Çay 1000g"),
    ("Çaykur Filiz Çay 1000g", "Çaykur Tiryaki Çay 1000g"),
    ("Twinings Earl Grey Tee lose 1000g", "Twinings English Breakfast Tee lose 1000g"),
    ("Ahmad Tea Earl Grey thé noir 1000g", "Ahmad Tea English Breakfast thé noir 1000g"),
    ("Haribo Goldbären 1000g", "Haribo Tropifrutti 1000g"),
])
def test_weight_in_grams_is_no_model_number(a, b):
    assert not _same(a, b)
    assert match_method({"title": a}, {"title": b})[0].startswith("conflict:")


@pytest.mark.parametrize("a, b", [
    ("Çaykur Rize Turist Çay 1000g", "Çaykur Rize Turist Çayı 1000 g"),
    ("Haribo Goldbären 1000g", "HARIBO Goldbären Fruchtgummi 1000g"),
    ("Haribo Goldbears Gummy Bears 1000g", "HARIBO Goldbären Fruchtgummi 1000g"),
    ("Barilla Spaghetti N°5 1000g", "BARILLA Spaghetti N°5 pasta di semola 1000g"),
    ("Sadia Frozen Whole Chicken 1000g", "دجاج ساديا كامل مجمد 1000 جرام"),
    ("AMD Ryzen 5 8600G", "AMD Ryzen 5 8600G Desktop Processor"),
    ("AMD Athlon 3000G", "AMD Athlon 3000G Processor Box"),
    ("BISSELL Little Green ProHeat 2513G", "BISSELL Little Green ProHeat Portable Deep Cleaner 2513G"),
])
def test_same_weight_or_processor_code_stays_same(a, b):
    assert _same(a, b)


@pytest.mark.parametrize("a, b", [
    ("AMD Ryzen 5 8600G", "AMD Ryzen 5 8500G"),
    ("AMD Ryzen 7 5700G Prozessor", "AMD Ryzen 5 5600G Prozessor"),
])
def test_processor_g_codes_stay_model_numbers(a, b):
    assert match_method({"title": a}, {"title": b})[0] == "conflict:model"


def test_gram_weight_reading():
    assert gram_weight("1000g", "caykur tiryaki cay 1000g")
    assert gram_weight("cay1000g", "caykur tiryaki cay 1000g")
    assert gram_weight("1008g", "bis lacta chocolate ao leite 100.8g")
    assert not gram_weight("8600g", "amd ryzen 5 8600g")
    assert not gram_weight("3000g", "athlon 3000g processor")
    assert not gram_weight("2513g", "bissell little green proheat 2513g")  # (no rounded weight)
    assert not gram_weight("7683g", "quartet 7683g oval office bulletin board")
    assert not gram_weight("500g", "haribo 500g")  # (three digits: no code to begin with)


# --- 2. a soft drink's sugar-free word right after its name ("7UP Free", "Pepsi Max") -----------

@pytest.mark.parametrize("a, b", [
    ("7UP Free 330ml", "7UP 330ml"),
    ("7UP Free Zitrone Limette 1,5L", "7UP Zitrone Limette 1,5L"),
    ("7UP Free Citron Citron Vert 33cl", "7UP Citron Citron Vert 33cl"),
    ("Pepsi Max 330ml", "Pepsi 330ml"),
    ("Sprite Zero 330ml", "Sprite 330ml"),
    ("Fanta Zero Orange 1,5L", "Fanta Orange 1,5L"),
    ("Schweppes Zero Tonic 330ml", "Schweppes Tonic 330ml"),
    ("Schär Gluten Free Penne 500g", "Schär Penne 500g"),
])
def test_sugar_free_drink_is_another_product(a, b):
    assert not _same(a, b)


@pytest.mark.parametrize("a, b", [
    ("7UP Free 330ml", "7UP Free 0,33L"),
    ("Pepsi Max 6 x 330ml", "Pepsi Max Zero Sugar 6x330ml"),
    ("Head & Shoulders Shampoo 400ml + FREE Travel Case", "Head & Shoulders Shampoo 400ml"),
    ("Pampers Baby Wipes 44pcs FREE 2 packs", "Pampers Baby Wipes 44pcs"),
])
def test_sugar_free_drink_and_gifts_stay_same(a, b):
    assert _same(a, b)


def test_free_after_a_drink_name_only():
    from crawler.matching.formulation import formulations
    from crawler.matching.prepared import prepare
    assert ("sugar", "free") in formulations(prepare({"title": "7UP Free 330ml"}).words)
    assert ("sugar", "free") in formulations(prepare({"title": "Pepsi Max Cherry 1,5L"}).words)
    assert ("sugar", "free") not in formulations(prepare({"title": "Arla Lactose Free Milk 1L"}).words)
    assert ("sugar", "free") not in formulations(prepare({"title": "Nivea Men Max Fresh Deo 150ml"}).words)
    # (the gift reading keeps its counts and amounts, not a brand's glued number: "7UP")
    assert prepare({"title": "7UP Free 330ml"}).words == ["7up", "free", "330ml"]
    assert prepare({"title": "Wipes 44pcs FREE 2 tisu basah"}).words == ["wipes", "44pcs"]


# --- 3. a keyboard's layout named by a country's code or a language, without "layout" ----------

@pytest.mark.parametrize("a, b", [
    ("Logitech K120 Tastatur DE", "Logitech K120 Keyboard US"),
    ("Clavier AZERTY FR", "Keyboard US QWERTY"),
    ("Logitech G213 Prodigy Clavier de Jeu FR", "Logitech G213 Prodigy Gaming Keyboard US"),
    ("Microsoft Surface Pro Type Cover Tastatur CH", "Microsoft Surface Pro Type Cover Tastatur DE"),
    ("Apple Magic Keyboard mit Touch ID – Deutsch", "Apple Magic Keyboard with Touch ID - US English"),
    ("Apple Magic Keyboard - British English", "Apple Magic Keyboard - US English"),
])
def test_two_keyboard_layouts_are_two_products(a, b):
    assert not _same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Logitech K120 Tastatur DE", "Logitech K120 Tastatur, QWERTZ Deutsches Layout"),
    ("Logitech K120 Keyboard US", "Logitech K120 Keyboard (US)"),
    ("Logitech K120 Keyboard US", "Logitech K120 Keyboard US English Layout"),
    ("Apple Magic Keyboard - US English", "Apple Magic Keyboard English (US)"),
])
def test_one_keyboard_layout_stays_same(a, b):
    assert _same(a, b)


def test_layout_codes_read_only_capitals():
    from crawler.matching.setups import layout_codes
    assert layout_codes("Logitech K120 Tastatur DE") == {"de"}
    assert layout_codes("Keyboard (US), schwarz") == {"us"}
    assert layout_codes("Logitech G213 Clavier de jeu") == frozenset()  # (French "de": a word)
    assert layout_codes("Logitech G213 Clavier De Jeu") == frozenset()
    assert layout_codes("LOGITECH G213 CLAVIER DE JEU") == frozenset()  # (a title in capitals)
    assert layout_codes("Teclado es compatible") == frozenset()


# --- 4. a console's generation: the Switch 2 is another platform than the Switch ---------------

@pytest.mark.parametrize("a, b", [
    ("Mario Kart 8 Deluxe (Nintendo Switch)", "Mario Kart 8 Deluxe Nintendo Switch 2 Edition"),
    ("Mario Kart 8 Deluxe (Switch)", "Mario Kart 8 Deluxe – Nintendo Switch 2 Edition"),
    ("Zelda Tears of the Kingdom - Switch", "Zelda Tears of the Kingdom Switch 2 Edition"),
    ("Mario Kart 8 Deluxe für Nintendo Switch", "Mario Kart 8 Deluxe Nintendo Switch 2 Edition (Switch 2)"),
    ("Zelda Tears of the Kingdom (Switch)", "Zelda Tears of the Kingdom (PS5)"),
])
def test_console_generation_is_a_conflict(a, b):
    assert match_method({"title": a}, {"title": b})[0] == "conflict:platform"


@pytest.mark.parametrize("a, b", [
    ("Zelda Tears of the Kingdom (Switch)", "The Legend of Zelda: Tears of the Kingdom - Nintendo Switch"),
    ("Pokémon Karmesin (Switch)", "Pokémon Karmesin - Nintendo Switch"),
    ("Mario Kart 8 Deluxe Nintendo Switch 2 Edition", "Mario Kart 8 Deluxe – Nintendo Switch 2 Edition"),
])
def test_one_console_stays_same(a, b):
    assert _same(a, b)


def test_switch_apart_is_the_console_only():
    from crawler.matching.facets import switch_apart
    assert switch_apart("mario kart 8 deluxe (switch)") == "switch"
    assert switch_apart("mario kart world (switch 2)") == "switch2"
    assert switch_apart("zelda tears of the kingdom - switch") == "switch"
    assert switch_apart("zelda tears of the kingdom switch 2 edition") == "switch2"
    assert switch_apart("netgear gs108 8port gigabit ethernet switch") is None
    assert switch_apart("keychron k2 pro wireless mechanical keyboard red switch") is None
    assert switch_apart("shure sm58s microphone with on/off switch") is None


# --- 5. match_catalogs' threshold: any real number from 0 to 1, a Decimal too -------------------

_LEFT = [{"title": "Logitech K120 Tastatur DE"}, {"title": "Çaykur Rize Turist Çay 1000g"}]
_RIGHT = [{"title": "Logitech K120 Tastatur, QWERTZ Deutsches Layout"}, {"title": "Çaykur Rize Turist Çayı 1000 g"}]


def test_threshold_as_decimal_or_fraction_is_the_float():
    from decimal import Decimal
    from fractions import Fraction

    import numpy as np

    from crawler.matching import match_catalogs
    expected = match_catalogs(_LEFT, _RIGHT, threshold=0.5)
    assert expected  # (both pairs link)
    for t in (Decimal("0.5"), Fraction(1, 2), np.float64(0.5), Decimal("0.50")):
        assert match_catalogs(_LEFT, _RIGHT, threshold=t) == expected, t
    assert match_catalogs(_LEFT, _RIGHT, threshold=Decimal("1")) == match_catalogs(_LEFT, _RIGHT, threshold=1.0)
    assert match_catalogs(_LEFT, _RIGHT, threshold=Decimal("0")) == match_catalogs(_LEFT, _RIGHT, threshold=0)


@pytest.mark.parametrize("bad, shown", [
    ("Decimal('NaN')", "Decimal('NaN')"),
    ("Decimal('sNaN')", "Decimal('sNaN')"),
    ("Decimal('1.5')", "Decimal('1.5')"),
    ("Decimal('-0.1')", "Decimal('-0.1')"),
    ("Decimal('Infinity')", "Decimal('Infinity')"),
    ("True", "True"),
    ("np.bool_(False)", "np.False_"),
    ("float('nan')", "nan"),
    ("'0.5'", "'0.5'"),
])
def test_threshold_refused_with_one_clear_value_error(bad, shown):
    from decimal import Decimal  # noqa: F401 -- (read by eval)

    import numpy as np  # noqa: F401

    from crawler.matching import match_catalogs
    value = eval(bad)  # noqa: S307 -- (the test's own literals)
    with pytest.raises(ValueError) as err:
        match_catalogs(_LEFT, _RIGHT, threshold=value)
    assert str(err.value) == ("match_catalogs: threshold is the match score a link needs, a number from 0 to 1; "
                              f"got {shown}")
