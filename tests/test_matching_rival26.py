"""Session 26 (rival26): two models of one line - each title a model token of letters then digits
the other never prints, with the same letters and another number ("Galaxy S23" / "Galaxy S24",
"A55" / "A35", "E14" / "E27", "CR2032" / "CR2025") - are a conflict on every tier
(``model_numbers.rival_codes_missing``, counted with the glued numbers in ``num_miss_min``), read
alike by the one-pair and the batch path.  Title-only offers, where no MPN or brand field tells the
rules more."""

import pytest

from crawler.matching import match_method, match_many, same_product
from crawler.matching.model_numbers import rival_codes_missing
from crawler.matching.prepared import complete, prepare


def _prepared(title, description=None):
    offer = {"title": title}
    if description:
        offer["description"] = description
    return complete(prepare(offer))


def _rivals(a, b, da=None, db=None):
    pa, pb = _prepared(a, da), _prepared(b, db)
    return min(rival_codes_missing(pa, pb), rival_codes_missing(pb, pa))


RIVALS = [
    ("Samsung Galaxy S23 Ultra Screen Protector 2 Pack", "Samsung Galaxy S24 Ultra Screen Protector, 2 Pack"),
    ("Protection d'écran pour Samsung Galaxy S23, lot de 2", "Protection d'écran pour Samsung Galaxy S24, lot de 2"),
    ("Spigen case Galaxy A55", "Spigen Hülle Galaxy A35"),
    ("Funda Spigen Tough Armor Galaxy A55 negro", "Funda Spigen Tough Armor Galaxy A35 negro"),
    ("Etui Spigen Rugged Armor do Samsung Galaxy A54", "Etui Spigen Rugged Armor do Samsung Galaxy A34"),
    ("Philips LED bulb E14 5W", "Philips LED Lampe E27 5W"),
    ("LED žárovka Philips E14 8 W 806 lm", "LED žárovka Philips E27 8 W 806 lm"),
    ("CR2032 battery 4 pack", "CR2025 battery 4 pack"),
    ("Varta CR2032 Lithium Knopfzelle 3V 4er Pack", "Varta CR2025 Lithium Knopfzelle 3V 4er Pack"),
    ("MSI GeForce RTX3060 Ventus 2X", "MSI GeForce RTX3070 Ventus 2X"),
    # (written apart on one side, against the other's glued token of those letters)
    ("ASUS Dual GeForce RTX 3060 OC", "ASUS Dual GeForce RTX3070 OC"),
    # (a token a digit longer: "hf10" is not printed inside "hf100")
    ("Canon VIXIA HF10 high definition camcorder", "Canon VIXIA HF100 high definition digital camcorder"),
]


@pytest.mark.parametrize("a,b", RIVALS)
def test_two_models_of_one_line_are_a_conflict_on_both_paths(a, b):
    A, B = {"title": a}, {"title": b}
    for x, y in ((A, B), (B, A)):
        tier, _ = match_method(x, y)
        assert tier.startswith("conflict:"), (tier, x, y)
        assert not same_product(x, y)
    scores, same, tiers = match_many([A, B], [B, A])
    assert not same.any(), tiers
    assert [match_method(A, B)[0], match_method(B, A)[0]] == list(tiers)


@pytest.mark.parametrize("a,b", RIVALS[:7] + RIVALS[-2:])
def test_the_number_conflict_reads_the_rival_tokens(a, b):
    # (the long codes, CR2032 / RTX3060, are the model conflict's already)
    assert _rivals(a, b) >= 1
    assert match_method({"title": a}, {"title": b})[0] == "conflict:number"


def test_a_list_of_both_models_names_no_rival():
    # the token one side prints alone ("S23") has no rival on the other side that the first lacks
    assert _rivals("Case for Galaxy S23 / S24", "Case for Galaxy S24") == 0
    assert _rivals("Hülle für Galaxy A55 und A35", "Spigen Hülle Galaxy A35") == 0


def test_one_token_written_otherwise_is_no_rival():
    # "S 23", "S-23": the same token written apart
    assert _rivals("Spigen Case Galaxy S23", "Spigen Case Galaxy S 23") == 0
    assert _rivals("Spigen Case Galaxy S23", "Spigen Case Galaxy S-23") == 0
    assert _rivals("Samsung Galaxy S23 5G case", "Samsung Galaxy S 23 5G case") == 0
    assert same_product({"title": "Spigen Case Galaxy S23"}, {"title": "Spigen Case Galaxy S 23"})


def test_a_token_on_one_side_only_or_the_rival_in_the_text_is_no_rival():
    assert _rivals("JBL Flip 6 speaker IPX7 waterproof", "JBL Flip 6 speaker") == 0
    # the other offer's text prints the first's token: it lists it
    assert _rivals("Spigen case Galaxy S24", "Spigen case Galaxy S23",
                   da="Fits the Galaxy S24 and the Galaxy S23") == 0


def test_units_and_years_are_not_model_tokens():
    # a number with its unit is digits then letters: the capacity conflict reads it
    assert _rivals("Evian water 500ml", "Evian water 750ml") == 0
    assert match_method({"title": "Evian water 500ml"}, {"title": "Evian water 750ml"})[0] == "conflict:units"
    assert _rivals("Wandkalender 2024 A3", "Wandkalender 2025 A3") == 0
    # one digit is a generation or a size, read elsewhere ("PS4" / "PS5", "A4" / "A3")
    assert _rivals("Sony PS5 controller", "Sony PS4 controller") == 0


def test_a_shared_part_number_outweighs_two_speed_tokens():
    # the same long part number names the product; "PC2100" / "PC100" is a spec the shops read
    # differently (as the plain-number conflict, ``rules.conflict_reasons``)
    a = {"title": "HP 287494-B21 128MB PC2100 DDR"}
    b = {"title": "HP 287494-B21 128MB PC100 DDR"}
    assert same_product(a, b), match_method(a, b)


def test_words_before_numbers_on_both_sides_are_no_rivals():
    # a word of up to three letters before a number is as often a plain word ("Kit 2504-22",
    # "RF-S 18-45mm"): read only against a glued token of its letters on the other side
    assert _rivals("Milwaukee M12 FUEL Hammer Drill/Driver Kit 2504-22 w/ 2 batteries",
                   "Milwaukee M12 FUEL 1/2\" Hammer Drill Kit 2504-22") == 0
    assert _rivals("Canon EOS R50 + RF-S 18-45mm IS STM kit",
                   "Canon EOS R50 Kit mit RF-S 18-45 mm F4.5-6.3 IS STM") == 0
