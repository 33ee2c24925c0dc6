"""A shop's item number in the part-number field against a maker's code
(issue #12, catalog-walmart-amazon): two kinds of number are no MPN conflict;
a maker's number with vendor letters, or a code the offers print, still is."""

from __future__ import annotations

import pytest

from crawler.matching import match_method
from crawler.matching.features import prepare
from crawler.matching.relations import mpn_kinds_differ, mpn_relation


@pytest.mark.parametrize("ma, mb, differ", [
    ("59253", "cde72blue", True),       # a Walmart item number, Case Logic's code
    ("960000694", "c270h", True),
    ("144952", "poc484bk", True),
    ("97393", "ver97185", False),       # Verbatim's number with its vendor prefix
    ("131106", "lac130980", False),
    ("8398513", "minivideored", False),  # a name in the field, no code
    ("89775", "89863", False),          # two numbers: the same kind
    ("q7553x", "q7553xd", False),       # two codes: the same kind
])
def test_mpn_kinds_differ(ma, mb, differ):
    assert mpn_kinds_differ(ma, mb) is differ
    assert mpn_kinds_differ(mb, ma) is differ


def test_item_number_against_maker_code_is_no_conflict():
    a = {"title": "Case Logic 72 Capacity Heavy Duty CD Wallet", "brand": "Case Logic", "mpn": "59253"}
    b = {"title": "Case Logic CDE-72 72 Capacity Heavy Duty CD Wallet Blue", "brand": "Case Logic",
         "mpn": "CDE-72BLUE"}
    assert mpn_relation(prepare(a), prepare(b)) == 0.0
    assert match_method(a, b)[0] != "conflict:mpn"


def test_maker_code_printed_in_its_title_stays_a_conflict():
    # the code names that offer's product (the pink one); the other title is silent
    a = {"title": "Case Logic Universal MP3 Sport Case - Medium", "brand": "Case Logic", "mpn": "120579"}
    b = {"title": "Caselogic UMA-102PINK Medium Universal MP3 Sport Case Pink", "brand": "Case Logic",
         "mpn": "UMA-102PINK"}
    assert mpn_relation(prepare(a), prepare(b)) == -1.0
    assert match_method(a, b)[0] == "conflict:mpn"


def test_item_number_offer_printing_a_model_code_stays_a_conflict():
    # the title's own model code plays its part number
    a = {"title": "rooCASE Executive Portfolio Leather Case for ASUS Eee Pad Transformer TF101 10.1",
         "brand": "rooCASE", "mpn": "222056"}
    b = {"title": "rooCASE Capacitive Black Stylus for ASUS Eee Pad Transformer TF101-A1 10.1-Inch",
         "brand": "rooCASE", "mpn": "YM28-CAPSTYLUS-BK"}
    assert mpn_relation(prepare(a), prepare(b)) == -1.0
    assert match_method(a, b)[0] == "conflict:mpn"


def test_vendor_prefixed_number_stays_a_conflict():
    a = {"title": "Verbatim SmartDisk Acclaim 320GB USB Portable Hard Drive Blue", "brand": "Verbatim",
         "mpn": "VER97185"}
    b = {"title": "Verbatim Acclaim 1 TB USB 2.0 Portable External Hard Drive 97393 Piano Black",
         "brand": "Verbatim", "mpn": "97393"}
    assert mpn_relation(prepare(a), prepare(b)) < 0.9
    assert match_method(a, b)[0].startswith("conflict:")
