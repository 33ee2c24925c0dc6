"""The principle behind "titles that agree on every identifying word"
(``crawler.matching.wordclass``), both ways, on retail-style titles in
English, German, French, Spanish, Italian and Czech:

* recall - a word naming the product's kind (category), a shop's filler, or
  one word written otherwise (synonym, translation, abbreviation, the same
  letters split otherwise) on one side only is no disagreement;
* precision - one word against another at the same place between shared
  words (a substitution), or a variant word inserted on one side, is.
"""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching import wordclass as W
from crawler.matching.facets import identifying_ids, tier_differs
from crawler.matching.features import complete, prepare
from tests.pair_checks import pair_tests


def _p(title: str):
    return complete(prepare({"title": title}))


def _same(a: str, b: str) -> bool:
    return same_product({"title": a}, {"title": b})


def _free(a: str, b: str) -> set:
    """Identifying words of a's title that b's never prints, after the word
    classes."""
    pa, pb = _p(a), _p(b)
    return {w for w in identifying_ids(pa, pb) if w not in pb.fullvec}


# ---------------------------------------------------------------- recall
# a category word on one side only
CATEGORY_INSERTED = [
    ("Tide PODS Original 81 ct", "Tide Pods Laundry Detergent Original Scent 81 Count"),
    ("Logiciel antivirus Norton 360 Standard 1 appareil 1 an", "Norton 360 Standard 1 appareil 1 an"),
    ("Huggies Little Snugglers Size 1, 84 ct", "Huggies Little Snugglers Diapers, Size 1 (8-14 lb), 84 Count"),
    ("Persil Universal Gel Waschmittel 40 WL", "Persil Universal Gel 40 WL"),
    ("Detersivo lavatrice Dash Pods Classico 30 lavaggi", "Dash Pods Classico 30 lavaggi"),
    ("Consola Sony PlayStation 5 Slim", "Sony PlayStation 5 Slim"),
    ("JBL Flip 6 Lautsprecher Blau", "JBL Flip 6 Blau"),
    ("Plenky Pampers Premium Care 3, 60 ks", "Pampers Premium Care 3, 60 ks"),
    ("Bounty Select-A-Size Paper Towels, 6 Double Rolls", "Bounty Select-A-Size, 6 Double Rolls"),
    ("Duracell Coppertop AA Batterien 20 Stück", "Duracell Coppertop AA 20 Stück"),
    ("Papel higiénico Scottex Original 12 rollos", "Scottex Original 12 rollos"),
]


@pytest.mark.parametrize("a,b", CATEGORY_INSERTED)
def test_a_category_word_on_one_side_is_no_identifying_word(a, b):
    assert not (W.CATEGORY.keys() & (_free(a, b) | _free(b, a)))
    assert not tier_differs(_p(a), _p(b))


@pytest.mark.parametrize("a,b", CATEGORY_INSERTED[:3])
def test_titles_agreeing_but_for_a_category_word_are_one_product(a, b):
    assert _same(a, b), match_method({"title": a}, {"title": b})


def test_two_kinds_are_no_insertion():
    # wipes are not diapers: each title names a kind the other does not
    a, b = "Huggies Natural Care Wipes 56 ct", "Huggies Natural Care Diapers 56 ct"
    assert "wipes" in _free(a, b) and "diapers" in _free(b, a)
    assert not _same(a, b)
    a, b = "Ubrousky Pampers Sensitive 52 ks", "Plenky Pampers Sensitive 52 ks"
    assert "ubrousky" in _free(a, b) or "plenky" in _free(b, a)
    assert not _same(a, b)


def test_two_forms_are_two_kinds():
    a, b = "Lysol Disinfecting Wipes Lemon 80 ct", "Lysol Disinfecting Spray Lemon 80 ct"
    assert "wipes" in _free(a, b) and "spray" in _free(b, a)
    assert not _same(a, b)


def test_an_accessory_is_no_category_word():
    # a holder is more than the brush
    assert "holder" in _free("Clorox Toilet Bowl Brush and Holder", "Clorox Toilet Bowl Brush")


# one word written otherwise: synonyms, translations, abbreviations, splits
WRITTEN_OTHERWISE = [
    ("Nikon Z6 II Gehäuse", "Nikon Z6 II Body"),
    ("Fujifilm X-T5 Body Schwarz", "Fujifilm X-T5 boîtier nu noir"),
    ("Canon EOS R8 cuerpo", "Canon EOS R8 Body"),
    ("Nikon Z 6II Body", "Nikon Z6 II Body"),
    ("Nikon Z 6II Gehäuse", "Nikon Z6 II Body"),
    ("Sony Alpha 7 IV Body", "Sony A7 IV Gehäuse"),
    ("Amazon Echo Dot 5th Gen", "Echo Dot (5th Generation) Smart speaker with Alexa"),
    ("Apple iPad Air 5th Gen 64GB Wi-Fi", "Apple iPad Air (5th Generation) 64GB WiFi"),
    ("Call of Duty: Modern Warfare 2 (2022) PS5", "Call of Duty Modern Warfare II PlayStation 5"),
    ("Adobe Acrobat IX Pro", "Adobe Acrobat 9 Professional"),
]


test_one_word_written_otherwise_is_one_word = pair_tests(same=WRITTEN_OTHERWISE).same


def test_synonym_classes():
    assert W.canon("gehause") == W.canon("boitier") == W.canon("cuerpo") == W.canon("body")
    assert W.canon("generation") == W.canon("gen") == W.canon("generace")
    assert W.canon("ct") == W.canon("count")
    assert W.canon("professional") == W.canon("pro")
    assert W.canon("reconditionne") == W.canon("generaluberholt") == W.canon("refurbished")


def test_a_shortened_line_word_needs_its_number():
    # "A7" is "Alpha 7", not "Alpha 9"
    assert "alpha" in _free("Sony Alpha 9 Body", "Sony A7 Body")
    assert not _same("Sony Alpha 9 II Body", "Sony A7 II Body")


# ---------------------------------------------------------------- precision
SUBSTITUTED = [
    ("Persil Universal Pulver Waschmittel 20 Waschladungen", "Persil Color Pulver Waschmittel 20 Waschladungen"),
    ("Ariel Flüssig Original 40 WL", "Ariel Flüssig Color 40 WL"),
    ("Detergente Ariel Líquido Original 40 lavados", "Detergente Ariel Líquido Colores 40 lavados"),
    ("Xbox Series X 1TB", "Xbox Series S 1TB"),
    ("Microsoft Xbox Series X Konsole", "Microsoft Xbox Series S Konsole"),
    ("Xiaomi Redmi Note 13 5G 256GB", "Xiaomi Redmi Note 13 4G 256GB"),
    ("Samsung Galaxy Tab S9 Wi-Fi 128GB", "Samsung Galaxy Tab S9 5G 128GB"),
    ("Samsung Galaxy Tab A9+ WiFi 64 Go", "Samsung Galaxy Tab A9+ LTE 64 Go"),
    ("Nespresso Vertuo Next Kaffeemaschine", "Nespresso Vertuo Pop Kaffeemaschine"),
]


@pytest.mark.parametrize("a,b", SUBSTITUTED)
def test_one_word_for_another_between_shared_words_is_a_variant(a, b):
    assert W.variant_differs(_p(a), _p(b))
    assert not _same(a, b), match_method({"title": a}, {"title": b})


INSERTED = [
    ("Sony PlayStation 5 Console", "Sony PlayStation 5 Digital Edition Console"),
    ("Console Sony PS5", "Console Sony PS5 Édition Numérique"),
    ("Apple iPad Air 5th Gen 64GB Wi-Fi", "Apple iPad Air 5th Gen 64GB Wi-Fi + Cellular"),
    ("Samsung Galaxy Watch6 44mm", "Samsung Galaxy Watch6 44mm LTE"),
    ("WD Black SN850X 1TB", "WD Black SN850X 1TB Heatsink"),
    ("Samsung 990 PRO 2TB", "Samsung 990 PRO 2TB mit Kühlkörper"),
    ("AMD Ryzen 7 7700", "AMD Ryzen 7 7700 Tray"),
    ("Dyson V15 Detect", "Dyson V15 Detect Absolute"),
    ("Sony PlayStation 5 Disc Edition", "Sony PlayStation 5 Digital Edition"),
    ("Motorola Moto G54 5G", "Motorola Moto G54 Power 5G"),
    ("Apple iPhone 14 128GB", "Apple iPhone 14 128GB Reacondicionado"),
    ("Apple iPhone 14 128Go Minuit", "Apple iPhone 14 128 Go Minuit reconditionné"),
    ("Xbox Series X 1TB Console", "Xbox Series X 1TB Console Forza Horizon 5 Bundle"),
]


@pytest.mark.parametrize("a,b", INSERTED)
def test_an_inserted_variant_word_is_a_variant(a, b):
    assert W.variant_differs(_p(a), _p(b))
    assert tier_differs(_p(a), _p(b)) == 1.0


NO_VARIANT = [
    # synonyms, translations, the same letters, colours, counts, sizes, roman numerals
    ("Apple iPad Air 5th Gen 64GB", "Apple iPad Air 5th Generation 64GB"),
    ("Samsung Galaxy S24 128GB Schwarz", "Samsung Galaxy S24 128GB Black"),
    ("Tide Pods Original 81 ct", "Tide Pods Original 81 Count"),
    ("Kaspersky Internet Security 2021 3 Users", "Kaspersky Internet Security 2021 3 PCs"),
    ("Norton 360 Deluxe 5 Geräte 1 Jahr", "Norton 360 Deluxe 5 devices 1 Jahr"),
    ("Adobe Acrobat IX Pro", "Adobe Acrobat 9 Professional"),
    ("Weber Summit E-620 Copper Liquid Propane Gas Grill", "Weber Summit E-620 Copper LP Gas Grill"),
    ("Nikon Z6 II Gehäuse Schwarz", "Nikon Z6 II Body Schwarz"),
    # two forms of one word
    ("Lysol Disinfectant Spray Crisp Linen 19 oz", "Lysol Disinfecting Spray Crisp Linen 19 oz"),
    ("Brita Standard Filter 3 Count", "Brita Standard Filters 3 Count"),
    # a category word inserted, or one kind written in two languages
    ("JBL Flip 6 Lautsprecher Blau", "JBL Flip 6 Blau"),
    ("JBL Flip 6 Lautsprecher Blau", "JBL Flip 6 Speaker Blau"),
    # Wi-Fi bands of a router are no network generation
    ("TP-Link Archer AX55 Router 2.4G 5G Dual Band", "TP-Link Archer AX55 Router 2.4G Dual Band"),
    ("TP-Link Archer AX55 Dual Band Wi-Fi 6 Router", "TP-Link Archer AX55 Dual Band Router"),
]


@pytest.mark.parametrize("a,b", NO_VARIANT)
def test_no_variant(a, b):
    assert not W.variant_differs(_p(a), _p(b))


def test_inflections_are_one_word_but_tiers_are_not():
    assert W._inflections("disinfectant", "disinfecting")
    assert W._inflections("detergent", "detergente")
    assert not W._inflections("premium", "premier")
    assert W.variant_differs(_p("Quicken Premier 2012"), _p("Quicken Deluxe 2012")) or \
        tier_differs(_p("Quicken Premier 2012"), _p("Quicken Deluxe 2012"))


NOT_INSERTED = [
    # Wi-Fi is a feature, the default model of a tablet ("Wi-Fi" vs "Cellular" is a substitution)
    ("Apple iPad mini 4 Wi-Fi 128GB Space Gray", "Apple iPad mini 4 128GB Space Gray"),
    ("Samsung HT-D5300 3D Wi-Fi Ready Home Theater System", "Samsung HT-D5300 Home Theater System"),
    # "digital" describes a camera or a phone; "power" a wattage
    ("Canon PowerShot SX740 HS Digital Camera Black", "Canon PowerShot SX740 HS Camera Black"),
    ("Kenwood KFC-1652 6.5 160 Watt Max Power Speaker System", "Kenwood KFC-1652 6.5 Speaker System"),
    # the device an accessory fits names no variant of it
    ("Targus Truss Case for iPad Black", "Targus Truss Case for Apple iPad 2 WiFi 3G Black"),
    # a generation written as a number, a disk's interface speed
    ("Scosche Switchback Case iPod touch 4G", "Scosche Switchback Case iPod touch 4th generation"),
    ("Seagate Barracuda 1TB 7200 3G SATA", "Seagate Barracuda 1TB 7200 SATA"),
    # misspelt, glued into another word
    ("Intel Giabit CT Desktop Adapter", "Intel Gigabit CT Desktop Adapter"),
    ("HP 29 Black Inkjet Cartridge", "HP 29 Black Ink Cartridge"),
]


@pytest.mark.parametrize("a,b", NOT_INSERTED)
def test_feature_words_and_accessory_targets_are_no_variant(a, b):
    assert not W.variant_differs(_p(a), _p(b))


def test_multi_word_descriptions_are_no_substitution():
    # two shops describing one screen in their own words
    a = "Da-Lite High Power Advantage Manual with CSR - HDTV Format 133 diagonal"
    b = "Da-Lite Advantage Manual with CSR - Projection Screen - 133 in - 16 9 - High Power"
    assert not W.variant_differs(_p(a), _p(b))
