"""Counts written in other words (review 8, helper mfixb): a count of licences
or pieces stated on both sides with the same number is one count, whatever the
word ("5 PCs" / "5 Devices" / "5 Geräte" / "5 appareils", "3 PCs" / "3-Piece");
a multipack written "N x M" is N packages of M ("3x60 Stück" is not "60
Stück"; "240 ct (3 x 80)" is "80 ct, 3 pack"); a kit "2x8GB" states its total
(16GB); a console named in words ("PlayStation 5") is the "PS5" of the other
title, so a sequel's roman numeral ("Modern Warfare II" = "2") is compared
alone.  Pairs written from general product knowledge, each in both directions."""
import pytest

from crawler.matching import match_many, match_method, same_product
from crawler.matching import titles as T
from crawler.matching.facets import kit_totals, multipacks_nxm, multipliers, pack_totals

# one product written two ways: never a conflict
NO_CONFLICT = [
    # one count in other words (licences, devices, pieces; EN, DE, FR, ES, IT)
    ("Pyrex Glass Storage Set 3 PCs", "Pyrex Glass Storage 3-Piece Set"),
    ("Cuisinart 12 PCs Knife Set", "Cuisinart 12-Piece Knife Set"),
    ("Norton 360 Deluxe 5 Devices", "Norton 360 Deluxe 5 PCs"),
    ("Norton 360 Deluxe 5 Geräte", "Norton 360 Deluxe 5 PCs"),
    ("Norton 360 Deluxe 3 Nutzer", "Norton 360 Deluxe 3 PCs"),
    ("Norton 360 Deluxe 5 appareils 1 an", "Norton 360 Deluxe 5 PCs 1 an"),
    ("Norton 360 Deluxe 5 dispositivos", "Norton 360 Deluxe 5 PCs"),
    ("Kaspersky Internet Security 2021 3 Users", "Kaspersky Internet Security 2021 - 3 PCs"),
    ("Pyrex Glasbehälter Set 3 PCs", "Pyrex Glasbehälter 3-teilig"),
    ("Juego de cuchillos Cuisinart 12 PCs", "Juego de cuchillos Cuisinart 12 piezas"),
    ("Set di pentole Lagostina 10 PCs", "Set di pentole Lagostina 10 pezzi"),
    ("Batterie de cuisine Tefal 10 PCs", "Batterie de cuisine Tefal 10 pièces"),
    # a multipack as each package's count and as the total
    ("Lysol Wipes Lemon 80 ct, 3 pack", "Lysol Wipes Lemon 240 ct (3 x 80)"),
    ("Lysol Disinfecting Wipes, Lemon, 80 ct, 3 pack", "Lysol Disinfecting Wipes, Lemon, 240 ct (3 x 80)"),
    # a memory kit with and without its total
    ("Kingston Fury Beast 16GB (2x8GB) DDR4 3200", "Kingston Fury Beast 2x8GB DDR4 3200"),
    # a sequel's roman numeral, a console in words
    ("Call of Duty: Modern Warfare 2 (2022) PS5", "Call of Duty Modern Warfare II PlayStation 5"),
    ("Halo 3 Xbox 360", "Halo 3 X360"),
]

# of those, the ones the matcher calls the same product outright
SAME = [
    ("Pyrex Glass Storage Set 3 PCs", "Pyrex Glass Storage 3-Piece Set"),
    ("Cuisinart 12 PCs Knife Set", "Cuisinart 12-Piece Knife Set"),
    ("Batterie de cuisine Tefal 10 PCs", "Batterie de cuisine Tefal 10 pièces"),
    ("Lysol Wipes Lemon 80 ct, 3 pack", "Lysol Wipes Lemon 240 ct (3 x 80)"),
    ("Kingston Fury Beast 16GB (2x8GB) DDR4 3200", "Kingston Fury Beast 2x8GB DDR4 3200"),
]

# different products: never the same
DIFFERENT = [
    # a licence count on one side only, or two numbers
    ("Norton 360 Deluxe 3 PCs", "Norton 360 Deluxe"),
    ("Norton 360 Deluxe 3 PCs", "Norton 360 Deluxe 5 PCs"),
    ("Norton 360 Deluxe 3 Devices", "Norton 360 Deluxe 5 PCs"),
    ("Norton 360 Deluxe 5 appareils", "Norton 360 Deluxe 3 PCs"),
    ("Norton 360 Deluxe 5 appareils", "Norton 360 Deluxe 3 appareils"),
    ("Norton 360 Deluxe 5 dispositivos", "Norton 360 Deluxe 3 dispositivos"),
    ("Bitdefender Total Security 2024 5 appareils 1 an", "Bitdefender Total Security 2024 10 appareils 1 an"),
    ("Pyrex Glass Storage Set 3 PCs", "Pyrex Glass Storage Set"),
    ("Pyrex Glass Storage Set 3 PCs", "Pyrex Glass Storage 5-Piece Set"),
    ("Cuisinart 12 PCs Knife Set", "Cuisinart 15-Piece Knife Set"),
    # a multipack against one package, or against one package of the total
    ("Finish Quantum Ultimate Spülmaschinentabs 60 Stück", "Finish Quantum Ultimate Spülmaschinentabs 3x60 Stück"),
    ("Finish Quantum Ultimate 3x60 Stück", "Finish Quantum Ultimate 180 Stück"),
    ("Lysol Wipes Lemon 80 ct", "Lysol Wipes Lemon 240 ct (3 x 80)"),
    ("Lysol Wipes Lemon 80 ct, 3 pack", "Lysol Wipes Lemon 80 ct"),
    ("Lysol Wipes Lemon 80 ct, 3 pack", "Lysol Wipes Lemon 240 ct"),
    ("Coca-Cola Classic 330 ml", "Coca-Cola Classic 6 x 330 ml"),
    ("Gel douche Dove Original 250 ml", "Gel douche Dove Original 2 x 250 ml"),
    # a kit against one module, one kit against another
    ("Kingston Fury Beast 2x8GB DDR4 3200", "Kingston Fury Beast 8GB DDR4 3200"),
    ("Kingston Fury Beast 16GB (2x8GB) DDR4 3200", "Kingston Fury Beast 16GB (1x16GB) DDR4 3200"),
    ("Corsair Vengeance 32GB (2 x 16GB) DDR5", "Corsair Vengeance 32GB (4 x 8GB) DDR5"),
    # another sequel, another console
    ("Call of Duty Modern Warfare II PS5", "Call of Duty Modern Warfare III PS5"),
    ("Call of Duty Modern Warfare 3 PS5", "Call of Duty Modern Warfare II PlayStation 5"),
    ("Call of Duty Modern Warfare 2 PS4", "Call of Duty Modern Warfare II PlayStation 5"),
    ("FIFA 23 PlayStation 4", "FIFA 23 PS5"),
    ("Halo 4 Xbox 360", "Halo 3 X360"),
]


def _both(pairs):
    return [p for a, b in pairs for p in ((a, b), (b, a))]


@pytest.mark.parametrize("a,b", _both(NO_CONFLICT))
def test_one_product_written_two_ways_is_no_conflict(a, b):
    tier, _ = match_method({"title": a}, {"title": b})
    assert not tier.startswith("conflict:"), tier


@pytest.mark.parametrize("a,b", _both(SAME))
def test_same_product(a, b):
    assert same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})


@pytest.mark.parametrize("a,b", _both(DIFFERENT))
def test_different_product(a, b):
    assert not same_product({"title": a}, {"title": b}), match_method({"title": a}, {"title": b})


def test_batch_agrees_with_single_pairs():
    pairs = _both(NO_CONFLICT + DIFFERENT)
    _, same, tiers = match_many([{"title": a} for a, _ in pairs], [{"title": b} for _, b in pairs])
    for (a, b), s, t in zip(pairs, same, tiers):
        assert (t, bool(s)) == (match_method({"title": a}, {"title": b})[0],
                                same_product({"title": a}, {"title": b})), (a, b)


@pytest.mark.parametrize("title,expected", [
    ("Finish 3x60 Stück", [(3, 60.0, 180.0)]),
    ("Coca-Cola 6 x 330 ml", [(6, 330.0, None)]),
    ("Lysol 240 ct (3 x 80)", [(3, 80.0, 240.0)]),
    # not a multipack: a resolution, three dimensions, memory modules, a part number
    ("Monitor 1920x1080 24 inch", []),
    ("Box 30 x 40 x 50 cm", []),
    ("Kingston 2x8GB DDR4", []),
    ("Lenovo case 4X40L56488", []),
])
def test_multipacks_nxm(title, expected):
    t, units = T.clean_with_units(title)
    assert multipacks_nxm(t, frozenset(int(v) for v in units.get("pack", ()))) == expected


def test_pack_and_kit_totals():
    t, u = T.clean_with_units("Lysol Wipes 80 ct, 3 pack")
    assert pack_totals(t, u)["pack"] == {80.0, 3.0, 240.0}
    t, u = T.clean_with_units("Lysol Wipes 240 ct (3 x 80)")
    assert pack_totals(t, u)["pack"] == {240.0, 80.0}
    assert multipliers(t, frozenset((240,))) == {3}
    t, u = T.clean_with_units("Kingston 2x8GB DDR4")
    assert kit_totals(t, u)["cap"] == {8.0, 16.0}
    # a title that states another capacity keeps its own; a DVD's speed is no kit
    for title in ("Kingston 4GB (2x4GB)", "Laptop 16GB RAM (2x8GB) 512GB SSD", "Verbatim DVD-R 16x 4.7 GB"):
        t, u = T.clean_with_units(title)
        assert kit_totals(t, u) is u, title
