"""Conflicts that must hold, and conflicts that must not fire, on real-style
titles of shops the matcher has never seen (helper "conf2", issue 12):

* a generation numeral on one side only outweighs a short model number both
  print ("f/2.8" of "GM" vs "GM II") - ``rules.generation_unexcused``;
* the product alone is not the product bundled with something else ("+
  Travel Case Bundle", "Value Pack") - ``facets.is_bundle``; "combo" names a
  kind of product (TV/DVD combo), and a kit against a bundle is no conflict;
* a numbered shoe or garment size ("Size 10" / "Größe 42" / "taille 38" /
  "rozmiar 44") against another one - ``facets.numbered_sizes``;
* a multipack "N x Q" holds N*Q: the total printed by the other shop is no
  other amount - ``relations.multipack_total_equal``;
* "Mark IV" is the generation "IV" (no variant word), a translated finish
  ("Północ" / "Mitternacht" = "Midnight") is no other colour, and the letters
  NFKD keeps (ł, ø, æ) do not split a word.
"""

from __future__ import annotations

import numpy as np
import pytest

from crawler.matching import match_method, same_product
from crawler.matching import titles as T
from crawler.matching.features import pair_features, prepare
from crawler.matching.rules import REASONS, conflict_reasons


def _conflict(a: str, b: str) -> str | None:
    pa, pb = prepare({"title": a}), prepare({"title": b})
    r = int(conflict_reasons(np.asarray([pair_features(pa, pb)]))[0])
    return REASONS[r - 1] if r else None


def _same(a: str, b: str) -> bool:
    return bool(same_product({"title": a}, {"title": b}))


# --- a generation numeral on one side only ---------------------------------

@pytest.mark.parametrize("a,b", [
    ("Sony FE 70-200mm F2.8 GM OSS", "Sony FE 70-200mm F2.8 GM OSS II"),
    ("Sony FE 24-70mm f/2.8 GM", "Sony FE 24-70mm f/2.8 GM II"),
    ("Sigma 24-70mm F2.8 DG DN Art Sony E", "Sigma 24-70mm F2.8 DG DN II Art Sony E"),
])
def test_generation_on_one_side_is_no_model_evidence(a, b):
    assert not _same(a, b)
    assert not _same(b, a)
    assert match_method({"title": a}, {"title": b})[0] != "model"


def test_generation_with_its_part_number_still_matches():
    assert _same("Sony FE 70-200mm F2.8 GM OSS II Objektiv SEL70200GM2",
                 "Sony SEL70200GM2 FE 70-200 mm F2.8 GM OSS II")


# --- the product alone vs a bundle ------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("Braun Series 7 70-N1200s Shaver", "Braun Series 7 70-N1200s Shaver + Travel Case Bundle"),
    ("Philips OneBlade QP2724/20", "Philips OneBlade QP2724/20 Bundle mit Ersatzklinge"),
    ("HP 305XL Black Ink Cartridge 3YM62AE", "HP 305XL Black / 305XL Tri-colour Value Pack 3YM62AE"),
    ("Lancôme La Vie est Belle Eau de Parfum 50 ml", "Lancôme La Vie est Belle Eau de Parfum 50 ml Coffret"),
])
def test_bundle_on_one_side_is_a_pack_conflict(a, b):
    assert _conflict(a, b) == "pack"
    assert not _same(a, b)


@pytest.mark.parametrize("a,b", [
    # "combo" is the kind of product, not a bundle
    ("Toshiba SD-V296 DVD/VCR Combo", "Toshiba SDV296 DVD VCR combination player black"),
    # a kit on one side, a bundle on the other: both sell more than one thing
    ("Panasonic Camcorder Starter Kit VBG-VBB1STRKIT", "Battery and Bag Bundle for Panasonic VBG-VBB1STRKIT"),
    # both bundles
    ("PlayStation 5 Slim Console EA Sports FC 25 Bundle", "PS5 Slim EA SPORTS FC 25 Bundle Console"),
])
def test_no_bundle_conflict(a, b):
    assert _conflict(a, b) != "pack"


# --- numbered sizes --------------------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("Nike Air Max 90 White Size 9", "Nike Air Max 90 White Size 9.5"),
    ("Adidas Samba OG Weiß Größe 42", "Adidas Samba OG Weiß Größe 43"),
    ("Converse Chuck Taylor All Star noir taille 38", "Converse Chuck Taylor All Star noir taille 40"),
    ("Buty Nike Air Force 1 białe rozmiar 44", "Buty Nike Air Force 1 białe rozmiar 45"),
])
def test_numbered_sizes_conflict(a, b):
    assert _conflict(a, b) == "dims"
    assert not _same(a, b)


@pytest.mark.parametrize("a,b", [
    ("Adidas Samba OG Weiß Größe 42", "Adidas Samba OG Weiss Gr\u00f6\u00dfe 42"),
    ("Always Ultra Thin Pads Size 2 Long 76 Count", "Always Ultra Thin Size 2 Pads 76 ct"),
])
def test_equal_numbered_sizes_no_conflict(a, b):
    assert _conflict(a, b) != "dims"


# --- a multipack's total ----------------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("Knorr Gemüse Bouillon Würfel 8 x 10 g", "Knorr Gemüse Bouillon Würfel 80 g"),
    ("Nescafé Gold Blend Instant Coffee 2 x 200g", "Nescafé Gold Blend Instant Coffee 400g"),
    ("Oxo Beef Stock Cubes 24 x 5.9g", "OXO Beef Stock Cubes 141.6g"),
])
def test_multipack_total_is_no_units_conflict(a, b):
    assert _conflict(a, b) != "units"
    assert _conflict(b, a) != "units"


@pytest.mark.parametrize("a,b", [
    ("Nescafé Gold Blend Instant Coffee 200g", "Nescafé Gold Blend Instant Coffee 400g"),
    ("Knorr Gemüse Bouillon Würfel 8 x 10 g", "Knorr Gemüse Bouillon Würfel 100 g"),
])
def test_other_amounts_still_conflict(a, b):
    assert _conflict(a, b) == "units"


# --- Mark II, translated finishes, letters NFKD keeps ----------------------

def test_mark_is_no_variant_word():
    assert _conflict("Olympus OM-D E-M10 Mark IV Body", "Olympus OM-D E-M10 IV Gehäuse") is None
    assert _conflict("Canon EOS 5D Mark III Body", "Canon EOS 5D Mark IV Body") is not None


@pytest.mark.parametrize("a,b", [
    ("Apple MacBook Air 13 M2 8GB 256GB Północ", "Apple MacBook Air 13 M2 8GB 256GB Midnight"),
    ("Apple iPhone 13 128GB Mitternacht", "Apple iPhone 13 128 GB Midnight"),
])
def test_translated_finish_is_no_conflict(a, b):
    assert _conflict(a, b) is None


def test_other_finish_conflicts():
    assert _conflict("Apple MacBook Air 13 M2 8GB 256GB Midnight",
                     "Apple MacBook Air 13 M2 8GB 256GB Starlight") == "colour"


def test_letters_nfkd_keeps_do_not_split_words():
    assert T.words(T.clean("Smartfon Apple iPhone 14 Północ")) == ["smartfon", "apple", "iphone", "14", "polnoc"]
    assert "gron" in T.words(T.clean("LEGO Duplo Grøn"))
    assert "aeble" in T.words(T.clean("Æble juice"))


def test_value_pack_with_a_count_is_a_multipack():
    # ("Value Pack, Pack of 4" is four of one thing, no bundle of two)
    assert _conflict("Lysol Disinfecting Wipes Value Pack, Lemon, 80 Count Each, Pack of 4 (320 Total)",
                     "Lysol Disinfecting Wipes Lemon 4 x 80 ct") != "pack"
