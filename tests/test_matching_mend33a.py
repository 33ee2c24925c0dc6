"""Session 33 (mend33a): mends to the session's new readings after the attacker's check (attack33a).

* a fragrance's tester is compared only where both titles name a concentration, as the concentration
  is; a denied tester ("kein Tester", "nie tester", "not a tester") is the boxed bottle, a free one
  ("+ Tester 10ml gratis") a gift, and "Testerbox" the "Tester Box" (``beauty33.names_tester``);
* a graphics chip list on an accessory ("for RTX 4090 / 4080") names what it fits: the chip rule reads
  the whole run of numbers, and only on a computer (``relations.graphics_chips_differ``);
* a weight before a closing colour ("50g Mint") is no device's network ("5G"), and a shade (Mint, Lime,
  Lavender, Olive) is no other language's basic colour - only a translation ("Blu", "Rose") is, and only
  against the other title's closing colour (``raw_facets._after_device_spec``, ``facets.identifying_ids``);
* "Eau de Parfum Intense" is a stronger concentration than the Eau de Parfum; "Intensément" a
  flanker's name (``facets.concentrations``, ``beauty33.SYNONYMS``);
* "EDT" and "Eau de Toilette" after a line's name are one slot (``variants._one_concentration_spelling``)."""

import pytest

from crawler.matching.beauty33 import names_tester
from crawler.matching.facets import concentrations
from tests.pair_checks import pair_tests


SAME = [
    # a tester named on both, the concentration on one only
    ("Armani Code EDT 75ml Tester", "Armani Code Tester 75ml"),
    ("Lancôme Idôle woda perfumowana dla kobiet 50 ml Tester", "Tester Lancôme Idôle 50 ml"),
    # a denied tester is the boxed bottle
    ("Chanel Bleu de Chanel Eau de Parfum 100ml - Originalverpackt, kein Tester", "Chanel Bleu de Chanel EDP 100 ml"),
    ("Dior Miss Dior woda perfumowana dla kobiet 50 ml oryginał, nie tester", "Dior Miss Dior Woda Perfumowana 50ml"),
    ("Prada Paradoxe Eau de Parfum 90 ml, sin tester", "Prada Paradoxe EDP 90ml"),
    # a glued tester box
    ("Azzaro Wanted EDT 100ml Tester Box", "Azzaro Wanted EDT 100ml Testerbox"),
    # an accessory's list of the chips it fits
    ("CableMod 12VHPWR Right Angle Adapter for RTX 4090 / 4080 CM-PCAB-16P3", "CableMod 12VHPWR Right Angle Adapter CM-PCAB-16P3 for RTX 4080 4090"),
    # a translated colour against the other's closing colour on a device
    ("Google Pixel 8 256GB Różowy", "Google Pixel 8 256 Go Rose"),
    ("Google Pixel 8 - 128 GB - Mint", "Smartfon Google Pixel 8 128GB Zielony"),
    # one concentration, short and written out
    ("Paco Rabanne Invictus EDT 100ml", "Paco Rabanne Invictus Eau de Toilette 100ml"),
    ("Paco Rabanne 1 Million EDT 3.4 oz Spray", "Paco Rabanne 1 Million Eau de Toilette 3.4 fl oz"),
    # the flanker's own name holding "Intense"
    ("Lancôme La Vie est Belle Intensément Eau de Parfum Intense 30ml", "Lancôme La Vie est Belle Intensément EDP 30 ml"),
]

DIFFERENT = [
    # a tester against its boxed bottle, both naming the concentration
    ("Armani Code EDT 75ml Tester", "Armani Code EDT 75ml"),
    ("Lancôme Idôle woda perfumowana 50 ml Tester", "Lancôme Idôle Eau de Parfum 50 ml"),
    # a laptop's graphics chip
    ("Lenovo LOQ 15IRH8 Laptop Intel Core i5-12450H 16GB 512GB RTX 4050", "Lenovo LOQ 15IRH8 Laptop Intel Core i5-12450H 16GB 512GB RTX 4060"),
    # a shade after a weight is the yarn's or clay's own
    ("Schachenmayr Catania 50g Lime", "Schachenmayr Catania 50g Grün"),
    ("Rico Creative Cotton Aran 50g Olive", "Rico Creative Cotton Aran 50g Green"),
    ("Drops Safran 50g, Lavender", "Drops Safran 50g, Purple"),
    ("Twinings Green Tea 40g Mint", "Twinings Green Tea 40g"),
    # a stronger concentration; two flankers
    ("Chanel Allure Eau de Parfum Intense 100 ml", "Chanel Allure woda perfumowana 100 ml"),
    ("Lancôme La Vie est Belle Intensement 30ml", "Lancôme La Vie est Belle Intense 30ml"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


@pytest.mark.parametrize("cleaned, tester", [
    ("dior sauvage edt 100ml tester", True),
    ("dior sauvage edt 100ml testerbox", True),
    ("dior sauvage edt 100ml - originalverpackt, kein tester", False),
    ("dior sauvage edt 100ml not a tester", False),
    ("dior sauvage edt 100ml pas un testeur", False),
    ("dior sauvage edt 100ml + tester 10ml gratis", False),
])
def test_names_tester(cleaned, tester):
    assert names_tester(cleaned) is tester


@pytest.mark.parametrize("cleaned, conc", [
    ("chanel coco mademoiselle eau de parfum intense 100 ml", {"edp+"}),
    ("chanel coco mademoiselle edp 100 ml", {"edp"}),
    ("lancome la vie est belle intensement eau de parfum intense 50ml", {"edp"}),
    ("dior sauvage elixir edt 60ml", {"edt+"}),
])
def test_stronger_concentration(cleaned, conc):
    assert concentrations(cleaned) == conc
