"""Tests for crawler.gtin: GS1 check digits, lengths, separators, the shared vectors."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import requires_dataset
from crawler.gtin import gs1_check_digit, gtin14, is_valid_gtin, normalize_gtin

VECTORS = Path(__file__).parents[1].parent / "shared/datasets/gtin/gtin_vectors.jsonl"


@pytest.mark.parametrize(
    "value",
    ["42345671", "614141000036", "4006381333931", "0614141000036", "12345678901231",
     "9780262134729", 614141000036],
)
def test_valid(value):
    assert is_valid_gtin(value)


@pytest.mark.parametrize(
    "value",
    ["42345670", "614141000037", "00000000", "000000000000", "0000000000000", "00000000000000",
     "4234567", "423456712", "123456789012345", "A14141000036", "4234.5671", "", None, True,
     12.5, -42345671],
)
def test_invalid(value):
    assert not is_valid_gtin(value)


def test_separators_removed_without_padding():
    assert normalize_gtin(" 1-23456-78999-9 ") == "123456789999"
    assert normalize_gtin("4719 5127") == "47195127"
    assert normalize_gtin("4006381333931") == "4006381333931"
    assert normalize_gtin("1.23456.78999.9") is None  # dots are not separators
    assert normalize_gtin("12345") is None  # wrong length
    assert normalize_gtin("614141000037") == "614141000037"  # shape only by default
    assert normalize_gtin("614141000037", check=True) is None


def test_gtin14_pads_valid_codes_only():
    assert gtin14("614141000036") == "00614141000036"
    assert gtin14("0614141000036") == gtin14("614141000036")  # same product, two lengths
    assert gtin14("42345671") == "00000042345671"
    assert gtin14("614141000037") is None
    assert gtin14("00000000000000") is None


def test_integer_input_restores_leading_zeros():
    assert normalize_gtin(74887615305) == "074887615305"
    assert gtin14(74887615305) == "00074887615305"
    assert normalize_gtin(Decimal("4006381333931")) == "4006381333931"


def test_arabic_indic_digits():
    assert normalize_gtin("٤٢٣٤٥٦٧١") == "42345671"


def test_check_digit():
    assert gs1_check_digit("61414100003") == 6
    assert gs1_check_digit("400638133393") == 1


@requires_dataset(VECTORS)
def test_shared_vectors():
    rows = [json.loads(line) for line in VECTORS.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) == 100
    for r in rows:
        if r["source_label"] == "valid":
            expected = True
        elif r["source_label"] == "invalid":
            expected = False
        else:  # real product pages: no label, the computed mod-10 result stands
            expected = bool(r["gs1_mod10_ok_computed"])
        assert is_valid_gtin(r["value"]) is expected, r
        if expected:
            assert gtin14(r["value"]) == normalize_gtin(r["value"]).zfill(14)
            assert len(gtin14(r["value"])) == 14


def test_one_gtin_check_for_the_matcher_and_the_extractor():
    """The matcher and the extractor call crawler.gtin, not copies of the check."""
    from crawler.extraction.values import _clean_gtin
    from crawler.matching._gtin import gtin14 as matcher_gtin14

    assert matcher_gtin14 is gtin14
    for code in ("4006381333931", "4006381333932", "614141000036", "00000000", "42345671", "42345670"):
        assert (_clean_gtin(code, strict=True) is not None) is is_valid_gtin(code), code
    assert _clean_gtin("32429335302", strict=True) == "032429335302"  # lost its leading zero


@pytest.mark.parametrize("digits", ["123", "42345", "0000000000123", "00000123", "00012345", "0000000012348"])
def test_fewer_than_8_significant_digits_is_no_gtin_as_int_or_str(digits):
    """``123`` padded to "00000123" passes mod-10 but is no product's code; the int and the
    string of the same digits get the same answer (session 27, robust27: the int was accepted,
    the string refused, and "0000000000123" accepted)."""
    assert not is_valid_gtin(digits) and gtin14(digits) is None
    assert not is_valid_gtin(int(digits)) and gtin14(int(digits)) is None


@pytest.mark.parametrize("value", [1, 123, 9999999, 42345671, 614141000036, 4006381333931, 12345678901231,
                                   614141000037, 4006381333932])
def test_int_and_str_of_the_same_digits_agree(value):
    """Of a GTIN length or shorter, the int and the string of the same digits get one answer
    (a string of 9-11 digits keeps its wrong length; an int of them lost its leading zeros)."""
    assert gtin14(str(value)) == gtin14(value)
    assert is_valid_gtin(str(value)) is is_valid_gtin(value)
