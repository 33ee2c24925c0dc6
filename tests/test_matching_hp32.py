"""Session 32 (hp32): pharmacy and health products as pharmacies in six countries title them - the
form, the coating and the count in a pharmacy's shorthand ("TACHIPIRINA*20CPR 500MG", "tabl. powl."),
the German pharmacy number one shop prints (PZN), micrograms written "µg", vitamin D in IU and in
micrograms, soft capsules in French, a device's kind in German ("Blutdruckmessgerät", "Oberarm"), the
Arabic of Lebanese pharmacies ("وحدة دولية" is IU); and the near misses kept apart - caplets against
tablets, effervescent against plain tablets, "DM" / "PM" medicines, gel capsules against caplets,
the wrist against the upper arm.  Each pair is read both ways round through ``same_product``."""

import pytest

from crawler.matching.arabic import to_latin
from crawler.matching.titles import clean
from tests.pair_checks import pair_tests


SAME = [
    # an Italian pharmacy's shorthand: "20CPR" is 20 tablets, "RIV" the coating
    ("TACHIPIRINA*20CPR 500MG", "Tachipirina 500 mg 20 compresse"),
    ("OKI*30CPR RIV 80MG", "Oki 80 mg 30 compresse rivestite con film"),
    # a Polish pharmacy's "tabl. powl." and the coating written out
    ("Ibuprom 200 mg x 50 tabl. powl.", "Ibuprom 200 mg 50 tabletek powlekanych"),
    ("Ibuprofeno Normon 400 mg 30 comprimidos recubiertos con película", "IBUPROFENO NORMON 400 MG 30 COMPRIMIDOS"),
    # the PZN one German pharmacy prints
    ("Thomapyrin Classic Schmerztabletten 20 St PZN 01234567", "THOMAPYRIN CLASSIC Schmerztabletten 20 St."),
    # micrograms written with the micro sign
    ("Vitabiotics Ultra Vitamin D 25µg 96 Tablets", "Vitabiotics Ultra Vitamin D 25 mcg - 96 Tablets"),
    # vitamin D in IU and in micrograms; "UI" is the French, Spanish and Italian IU
    ("Nature's Bounty Vitamin D3 1000 IU 250 Softgels", "Nature's Bounty Vitamin D3 25 mcg (1000 IU), 250 Softgels"),
    ("Arkopharma Vitamine D3 1000 UI 60 capsules molles", "Arkopharma Vitamine D3 25 µg 60 capsules molles"),
    # soft capsules in French are softgels
    ("Solgar Vitamin E 400 IU 50 Softgels", "Solgar Vitamine E 400 UI 50 capsules molles"),
    # a device's kind and where it measures, in German and English
    ("Omron M6 Comfort HEM-7360-E Oberarm-Blutdruckmessgerät", "Omron M6 Comfort HEM-7360-E Upper Arm Blood Pressure Monitor"),
    ("Thea Hyabak Augentropfen 10 ml", "Thea Hyabak Eye Drops 10 ml"),
    # an oral suspension is the liquid
    ("Gaviscon Advance Peppermint Oral Suspension 500ml", "Gaviscon Advance Peppermint Liquid 500ml"),
    # a UK pharmacy's "16s" after the form
    ("Sudafed Blocked Nose Capsules 12s", "Sudafed Blocked Nose Capsules - 12 Capsules"),
    # the Arabic of a Lebanese pharmacy: IU, the brand, capsules
    ("ناو فودز فيتامين د3 2000 وحدة دولية 120 كبسولة", "NOW Foods Vitamin D-3 2000 IU 120 Softgels"),
]

DIFFERENT = [
    # caplets and tablets, effervescent and plain tablets: two forms
    ("Boots Ibuprofen 200mg 16 Caplets", "Boots Ibuprofen 200mg 16 Tablets"),
    ("Aspirin Complex Brausetabletten 20 St.", "Aspirin Complex Tabletten 20 St."),
    # gel capsules against caplets
    ("Tylenol Extra Strength Rapid Release Gels 500 mg, 50 Count", "Tylenol Extra Strength Caplets 500 mg, 50 Count"),
    # a medicine's variant letters
    ("Robitussin DM Cough Syrup 4 fl oz", "Robitussin Cough Syrup 4 fl oz"),
    ("Advil PM Caplets 20 Count", "Advil Caplets 20 Count"),
    # strength, count and vitamin D's amount
    ("Tachipirina 1000 mg 16 compresse", "TACHIPIRINA*16CPR 500MG"),
    ("Nature's Bounty Vitamin D3 2000 IU 250 Softgels", "Nature's Bounty Vitamin D3 25 mcg (1000 IU), 250 Softgels"),
    # the wrist against the upper arm
    ("Beurer BC 32 Handgelenk-Blutdruckmessgerät", "Beurer BM 32 Oberarm-Blutdruckmessgerät"),
    # two active ingredients
    ("Cinfa Ibuprofeno 400 mg 20 comprimidos", "Cinfa Paracetamol 400 mg 20 comprimidos"),
]


test_pharmacy_wordings_are_one_product, test_pharmacy_near_misses_are_two_products = pair_tests(
    same=SAME, different=DIFFERENT)


@pytest.mark.parametrize("arabic,latin", [
    ("وحدة دولية", "iu"),  # (an international unit, not the BTU an AC's "وحدة" is)
    ("بنادول", "panadol"),
    ("كبسولة", "capsules"),
    ("قرص", "tablets"),
])
def test_arabic_pharmacy_words_are_read(arabic, latin):
    assert to_latin(arabic).split() == latin.split()


@pytest.mark.parametrize("title,cleaned", [
    ("BRUFEN*30CPR RIV 600MG", "brufen 30 compresse 600mg"),
    ("Betadine 10 pour cent solution 125 ml", "betadine 10% solution 125ml"),
    ("Walgreens Biotin 5000 mcg - 120.0 ea", "walgreens biotin 5000 mcg - 120 ea"),
    ("Vitamin D3 2000 IU", "vitamin d3 50 mcg"),
    ("Vitamin E 400 IU", "vitamin e 400 iu"),  # (IU are read as micrograms for vitamin D only)
])
def test_pharmacy_shorthand_is_read(title, cleaned):
    assert clean(title).split() == cleaned.split()
