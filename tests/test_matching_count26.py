"""Session 26 (count26): a count written with the counted item's noun, and a size named after its label.

* ``amounts.item_counts``: "44 pods", "81 pacs", "36 Kaffeepads", "16 cápsulas", "50 lavados", "20
  Waschladungen" count what "22 Count" / "42 ct" / "36 Stück" / "16 unidades" count; two such counts
  that never meet (a multipack's total aside) are two products.  A pack count is another quantity.
* ``sizing.sizes``: "Size Newborn", "Size M", "Size 3T-4T", "Taille M", "Talla recién nacido".
"""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching import titles as T
from crawler.matching.facets import _item_counts
from crawler.matching.sizing import sizes


def _o(title: str) -> dict:
    return {"title": title}


def _tier(a: str, b: str) -> str:
    return match_method(_o(a), _o(b))[0]


def _counts(title: str) -> frozenset:
    return _item_counts(T.clean(title))[0]


# --- two counts of one kind, one written with the item's noun: two products ---------------------
@pytest.mark.parametrize("a, b", [
    ("Starbucks Pike Place Roast K-Cup Coffee Pods, Medium Roast, 22 Count",
     "Starbucks Medium Roast Pike Place K Cups for Keurig (44 pods)"),
    ("Tide PODS Spring Meadow 3-in-1 Laundry Detergent Pacs 42 Count",
     "Tide PODS Spring Meadow Laundry Detergent 81 pacs"),
    ("Clorox Disinfecting Wipes, Crisp Lemon, 75 Count", "Clorox Disinfecting Wipes Crisp Lemon 35 Wipes"),
    # German
    ("Senseo Kaffeepads Classic, 36 Stück", "Senseo Kaffeepads Classic 48 Pads"),
    ("Finish Quantum All in 1 Spülmaschinentabs, 64 Tabs", "Finish Quantum All in 1 Spülmaschinentabs 80 Stück"),
    ("Persil Universal Gel Flüssigwaschmittel 20 Waschladungen", "Persil Universal Gel Flüssigwaschmittel 40 WL"),
    # French
    ("Nescafé Dolce Gusto Lungo 16 capsules", "Nescafé Dolce Gusto Lungo, 30 capsules"),
    ("Pampers Lingettes Sensitive 52 lingettes", "Pampers Lingettes Sensitive, 80 pièces"),
    # Spanish
    ("Cápsulas Nescafé Dolce Gusto Cortado 16 unidades", "Nescafé Dolce Gusto Cortado, 30 cápsulas"),
    ("Detergente Ariel Líquido Original 40 lavados", "Detergente Ariel Líquido Original 60 lavados"),
])
def test_item_counts_apart(a, b):
    assert not same_product(_o(a), _o(b))
    assert _tier(a, b) in ("conflict:pack", "conflict:units", "conflict:number")
    assert _counts(a).isdisjoint(_counts(b))


# --- one product: a pack count beside its total, per-unit counts, loads and pods ----------------
@pytest.mark.parametrize("a, b", [
    # (packs are multipliers, never item counts: the total is read)
    ("Pampers Sensitive Baby Wipes, 9 Flip-Top Packs (504 Wipes)", "Pampers Sensitive Wipes Pop-Top Packs, 504 count"),
    ("Kleenex Ultra Soft Facial Tissues, 4 Cube Boxes, 65 Tissues per Box",
     "Kleenex Ultra Soft Tissues 4 Boxes x 65 ct (260 total)"),
    ("Huggies Natural Care Sensitive Wipes 168 ct (3 packs)",
     "Huggies Natural Care Sensitive Baby Wipes, 3 Flip-Top Packs (168 Wipes)"),
    ("Tide PODS Original 60 loads", "Tide PODS Original Laundry Detergent Pacs, 60 ct"),
    ("Zewa Wisch & Weg Küchentücher 4 x 45 Blatt", "Zewa Wisch & Weg Küchentücher 180 Blatt"),
    ("Tempo Taschentücher Original 4-lagig, 30 x 10 Stück", "Tempo Original Tissues 4-Ply, 30 Packs x 10 Tissues"),
])
def test_item_counts_meet(a, b):
    assert not _counts(a).isdisjoint(_counts(b))
    assert _tier(a, b) not in ("conflict:pack", "conflict:units")


def test_per_unit_counts_meet():
    # (the reader's reading only: the pack facet, ``facets._PACK_N``, still reads "100 Sheets" alone)
    assert 1200 in _counts("Post-it Notes, 3 x 3 in, 100 Sheets/Pad, 12 Pads/Pack")
    assert 260 in _counts("Kleenex Ultra Soft Facial Tissues, 4 Cube Boxes, 65 Tissues per Box")


def test_holders_and_what_they_hold():
    # rolls and pads hold sheets: a count of the one is not compared with a count of the other
    assert _tier("Zewa Wisch&Weg Küchenrolle 4 Rollen", "Zewa Wisch & Weg Original Küchentücher 4 x 45 Blatt") \
        not in ("conflict:pack", "conflict:units")
    assert _tier("Scottex Papel de cocina 4 rollos", "Scottex Papel de cocina 4 x 60 hojas") \
        not in ("conflict:pack", "conflict:units")
    # two counts of pads still differ
    assert not same_product(_o("Post-it Notes 3x3 Canary Yellow, 12 Pads"),
                            _o("Post-it Notes 3x3 Canary Yellow, 100 Sheets/Pad, 24 Pads"))


def test_not_counts():
    # a size's number, the "1" of "All in 1" and a singular noun after a model's number count nothing
    c = _counts("Pampers Cruisers 360 Fit Size 5 Diapers, 66 ct Super Pack")
    assert 66 in c and 5 not in c
    assert _counts("Finish Quantum All in 1 tablety do myčky 60 ks") == {60}
    assert _counts("Amazon Fire HD 8 Tablet 32 GB") == frozenset()
    assert _counts("Tide PODS 3 in 1 Laundry Detergent Pacs") == frozenset()
    # only a pack count: nothing to compare with an item count
    assert _counts("Huggies Natural Care Sensitive Baby Wipes, 3 Pack") == frozenset()
    assert 504 in _counts("Pampers Sensitive Baby Wipes, 9 Flip-Top Packs (504 Wipes)")


# --- a size named after its label ----------------------------------------------------------------
def test_named_sizes_read():
    assert sizes(T.clean("Huggies Little Snugglers Baby Diapers, Size Newborn, 76 Ct")) == {"size": {"newborn"}}
    assert sizes(T.clean("Pampers Baby-Dry Size NB, 88 Count")) == {"size": {"newborn"}}
    assert sizes(T.clean("Pull-Ups Boys Potty Training Pants Size 3T-4T (32-40 lbs)")) == {"size": {"3t-4t"}}
    assert sizes(T.clean("Julius-K9 IDC Powergeschirr Größe M schwarz")) == {"size": {"m"}}
    assert sizes(T.clean("Dog Harness, Size Medium, Black")) == {"size": {"m"}}
    assert sizes(T.clean("Couches Pampers Taille nouveau-né 24 couches")) == {"size": {"newborn"}}
    assert sizes(T.clean("Pañales Dodot Sensitive Talla Recién Nacido 24 uds")) == {"size": {"newborn"}}
    assert sizes(T.clean("Kurtka Rozmiar L/XL czarna")) == {}  # (a range of letters: unread)


@pytest.mark.parametrize("a, b", [
    ("Huggies Little Snugglers Baby Diapers, Size Newborn, 76 Ct",
     "Huggies Little Snugglers Size 1 Diapers (8-14 lb), 76 count"),
    ("Pull-Ups Boys Potty Training Pants Size 2T-3T, 94 Count",
     "Pull-Ups Boys Potty Training Pants Size 3T-4T, 94 Count"),
    ("Julius-K9 IDC Powergeschirr Größe M schwarz", "Julius-K9 IDC Powergeschirr Größe L schwarz"),
    ("Couches Pampers Harmonie Taille nouveau-né, 24 couches", "Couches Pampers Harmonie Taille 1, 24 couches"),
    ("Pañales Dodot Sensitive Talla Recién Nacido 24 uds", "Pañales Dodot Sensitive Talla 2, 24 uds"),
])
def test_named_sizes_apart(a, b):
    assert not same_product(_o(a), _o(b))
    assert _tier(a, b).startswith("conflict:")


def test_named_sizes_same():
    assert sizes(T.clean("Dog Harness Size Small Black")) == sizes(T.clean("Dog Harness Size S Black"))
    assert _tier("Pull-Ups Boys Training Pants Size 3T-4T, 66 Count",
                 "Pull-Ups Boys Potty Training Pants Size 3T-4T (32-40 lbs), 66 Count") != "conflict:dims"
