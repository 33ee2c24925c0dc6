"""A lamp's shape and base designations (A19, E26, GU10, BR30, PAR38) are standards many lamps
share, not model numbers: a shared one is no evidence of one product unless the titles' words
agree too (``features._lamp_codes_only``, issue #12)."""
import pytest

from crawler.matching import match_method, same_product


def _t(a, b):
    return same_product({"title": a}, {"title": b})


@pytest.mark.parametrize("a, b", [
    # the line's other product: another colour range, another light
    ("Philips Hue White A19 LED Smart Bulb", "Philips Hue White and Color Ambiance A19 LED Smart Bulb"),
    ("Philips Hue White A19 E26 Smart Bulb 2-Pack", "Philips Hue White Ambiance A19 E26 Smart Bulb 2-Pack"),
    ("Philips Hue White GU10 Lampe", "Philips Hue White and Color Ambiance GU10 Lampe"),
    ("IKEA TRADFRI LED bulb E27 806 lumen, wireless dimmable warm white",
     "IKEA TRADFRI LED bulb E27 806 lumen, wireless dimmable white spectrum"),
])
def test_a_shared_lamp_standard_is_no_model_number(a, b):
    assert not _t(a, b)
    assert not _t(b, a)
    tier = match_method({"title": a}, {"title": b})[0]
    assert tier == "weak" or tier.startswith("conflict:")


@pytest.mark.parametrize("a, b", [
    # the same lamp worded two ways: the words agree
    ("Philips Hue White A19 Smart Bulb", "Philips Hue A19 White LED Bulb, E26"),
    ("Philips Hue White A19 Smart Bulb 60W", "Philips Hue White A19 E26 Smart Bulb"),
])
def test_the_same_lamp_still_matches(a, b):
    assert _t(a, b)


def test_a_lamp_code_names_a_model_where_no_lamp_is_named():
    # "E14" is a ThinkPad, not a lamp base, in a title that names no lamp
    assert _t("Lenovo ThinkPad E14 Gen 5 Laptop", "Lenovo ThinkPad E14 Gen 5 14 inch")
