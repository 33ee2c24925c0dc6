"""Session 31 (lb31): Lebanese appliance, perfume and toiletry shops' titles - the Arabic kinds and
specs of home appliances (a water heater, a dishwasher, an AC's "حار بارد"), French appliance kinds
("Chauffe-eau", "Climatiseur"), a fragrance's concentration ("Le Parfum" is no "Eau de Parfum") and
its "for Him" / "for Her", a battery's or a tool's one voltage, two shops' notes of trust ("Original"
/ "Official").  Each pair is read both ways round through ``same_product``."""

import pytest

from crawler.matching.arabic import to_latin
from crawler.matching.facets import concentrations
from tests.pair_checks import pair_tests


SAME = [
    # Arabic appliance kinds and brands
    ("سخان مياه أريستون 50 ليتر Pro1 R", "Ariston Pro1 R 50L Water Heater"),
    ("جلاية بوش سيري 4 SMS4HTI45E", "Bosch Serie 4 Dishwasher SMS4HTI45E"),
    # French appliance kinds
    ("Chauffe-eau Ariston Velis Evo 100 litres", "Ariston Velis Evo 100L Water Heater"),
    # a fragrance's concentration named two ways, its audience named two ways
    ("Xerjoff Erba Pura EDP 100ml", "Xerjoff Erba Pura Eau de Parfum 100 ml"),
    ("Rasasi Hawas for Him EDP 200ml", "Rasasi Hawas for Men Eau de Parfum 200ml"),
    ("Lattafa Asad for Her EDP 100ml", "Lattafa Asad for Women EDP 100ml"),
    # two shops' notes of trust at one place
    ("Samsung Galaxy A35 5G 8/256GB Awesome Lilac Original", "Samsung Galaxy A35 5G 8/256GB Awesome Lilac Official"),
    # a LiFePO4 battery's nominal volts sold as the system's
    ("Felicity Lithium Battery 51.2V 200Ah", "Felicity Lithium Battery 48V 200Ah"),
    # a TV's code written with and without its hyphen
    ("Sony Bravia KD-55X80L 55 inch", "Sony KD55X80L 4K Google TV"),
    # "Non-Stick" both ways is one thing
    ("Tefal Frying Pan Non-Stick 28cm G2550602", "Tefal Frying Pan Non Stick 28cm G2550602"),
]

DIFFERENT = [
    # a fragrance's concentration: the perfume itself is no eau de parfum
    ("YSL Y Le Parfum 100ml", "YSL Y Eau de Parfum 100ml"),
    ("Boss Bottled Parfum 100ml", "Boss Bottled EDP 100ml"),
    ("Chanel No 5 Extrait de Parfum 15ml", "Chanel No 5 EDP 15ml"),
    # a battery's, an inverter's or a tool's one voltage
    ("Ritar Lithium Battery 24V 100Ah", "Ritar Lithium Battery 12V 100Ah"),
    ("Felicity Lithium Battery 48V 100Ah", "Felicity Lithium Battery 24V 100Ah"),
    # an AC's hot / cold against a cold-only one, in Arabic
    ("مكيف ميديا 18000 وحدة حار بارد", "مكيف ميديا 18000 وحدة بارد فقط"),
    # a dishwasher is no washing machine
    ("غسالة صحون سامسونج 60 سم", "غسالة سامسونج 60 سم"),
    # the model without a thing the other prints ("Non-Inverter", "بدون انفرتر": without inverter)
    ("Midea Split AC 18000 BTU Non-Inverter", "Midea Split AC 18000 BTU Inverter"),
    ("مكيف ميديا سبليت 18000 وحدة عادي (بدون انفرتر)", "Midea Split Air Conditioner 18000 BTU Inverter"),
    # a TV's code: the screen's digits, "X" and the series are one code
    ("Sony Bravia 55\" KD-55X80L", "Sony Bravia 55\" KD-55X75WL"),
]


test_lebanese_shop_wordings_are_one_product, test_near_misses_are_two_products = pair_tests(same=SAME, different=DIFFERENT)


@pytest.mark.parametrize("arabic,latin", [
    ("غسالة صحون", "dishwasher"),
    ("سخان مياه", "water heater"),
    ("حار بارد", "hot cold"),
    ("او دو برفان", "eau de parfum"),
    ("جري", "gree"),
])
def test_arabic_appliance_and_perfume_words_are_read(arabic, latin):
    assert to_latin(arabic).split() == latin.split()


@pytest.mark.parametrize("title,read", [
    ("ysl libre le parfum 90ml", {"parfum"}),
    ("dior sauvage eau de parfum 100ml", {"edp"}),
    ("paco rabanne 1 million edt 100ml", {"edt"}),
    ("parfum homme dior sauvage edt", {"edt"}),  # (a French title's kind, a perfume: no concentration)
    ("chanel extrait de parfum", {"parfum"}),
    ("polo blue cologne 125ml", set()),  # (an American shop's word for any man's fragrance)
])
def test_fragrance_concentrations(title, read):
    assert concentrations(title) == read


@pytest.mark.parametrize("title,cleaned", [
    ("Sony KD-65X80L", "sony kd-65x80l"),
    ("Frame 20x30cm", "frame 20 * 30cm"),  # (a size stays a product of two numbers)
])
def test_tv_code_is_one_code(title, cleaned):
    from crawler.matching.titles import clean
    assert clean(title).split() == cleaned.split()
