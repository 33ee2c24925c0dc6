"""Pipelines, the session-15 review: stores traced in their rejections rows, a duplicate store ref
with another place recorded, prices that are no prices refused, an ISBN-10 kept as its GTIN."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crawler.items import Store
from crawler.prices import parse_price
from tests.pipeline_harness import PipelineRun
from tests.test_pipelines import LbpSpider, offer, rejections


def test_a_store_rejection_names_the_store(db):
    PipelineRun().feed(Store(ref="s2", name="Downtown", latitude="120", longitude="35.5"),
                       Store(ref=None, name="No ref")).close()
    rows = {(r["field"], r["action"]): r["reason"] for r in rejections(db)}
    assert rows[("latitude", "field_removed")] == 'store s2 "Downtown": latitude is not a number between -90 and 90'
    assert rows[("longitude", "field_removed")] == 'store s2 "Downtown": coordinate without its pair'
    assert rows[("ref", "dropped")] == 'store (no ref) "No ref": store without ref'


def test_a_duplicate_store_ref_with_another_place_is_a_row(db):
    run = PipelineRun().feed(Store(ref="b1", name="Hamra", city="Beirut"),
                             Store(ref="b1", name="Hamra", city="Beirut"),      # the same: counted only
                             Store(ref="b1", name="Jounieh", city="Jounieh")).close()
    assert [s["name"] for s in run.kept] == ["Hamra"]
    [row] = rejections(db)
    assert row["action"] == "dropped" and row["field"] == "ref" and row["raw_value"] == "Jounieh, Jounieh"
    assert row["reason"] == "duplicate store ref b1 in this run with another name or place than the one kept (Hamra, Beirut)"
    assert run.stats.get_value("pricelens/duplicates/store") == 2


@pytest.mark.parametrize("text, separator, expected", [
    ("٣٬٥٠٠", ",", Decimal("3500")),   # U+066C is the Arabic thousands sign, whatever the shop's separator
    ("٣٫٥", ",", Decimal("3.5")),       # U+066B its decimal sign
    ("1_000", None, None),             # a programmer's number, no price text
    ("(5.00)", None, Decimal("-5.00")),  # accounting negatives: refused downstream as no price
    ("($5.00)", None, Decimal("-5.00")),
    ("5.00-", None, Decimal("-5.00")),
    ("5,00 €-", ",", Decimal("-5.00")),
    ("5-10 €", None, Decimal("5")),    # a range is not a trailing minus
    # (review16) nor is a range with a currency on each end: "$5.00-" was read as a negative and
    # gave way to the range's other end, stored as the price (10.00)
    ("$5.00-$10.00", None, Decimal("5.00")),
    ("€5,00-€10,00", ",", Decimal("5.00")),
    ("12.99- 15.99", None, Decimal("12.99")),
    ("20.00- (refund)", None, Decimal("-20.00")),
    ("1.198,-", ",", Decimal("1198")),  # a whole amount
    ("$5.00 (save 10%)", None, Decimal("5.00")),
    # a negative amount beside the price is a saving, not the price (it was read as -5.00 and refused)
    ("Save (5.00) now 20.00", None, Decimal("20.00")),
    ("Save ($5.00) now $20.00", None, Decimal("20.00")),
    ("(5.00) 20.00 USD", None, Decimal("20.00")),
    ("-5.00 20.00", None, Decimal("20.00")),
    ("Was (25,00) jetzt 19,99 €", ",", Decimal("19.99")),
    ("(5.00) (3.00)", None, Decimal("-5.00")),   # no amount that is a price: still the negative, refused
])
def test_parse_price_signs_and_separators(text, separator, expected):
    assert parse_price(text, decimal_separator=separator, default_currency="USD").amount == expected


def test_prices_that_are_no_prices_are_refused_with_a_row(db):
    run = PipelineRun(LbpSpider).feed(offer(retailer_sku="a", price="٣٬٥٠٠"), offer(retailer_sku="b", price="1_000"),
                                      offer(retailer_sku="c", price="(5.00)"),
                                      offer(retailer_sku="d", price="5.00-")).close()
    assert [(o["retailer_sku"], o["price"]) for o in run.kept] == [("a", Decimal("3500"))]
    refused = [r for r in rejections(db) if r["action"] == "dropped"]
    assert sorted(r["raw_value"] for r in refused) == ["-5.00", "-5.00", "1_000"]  # (as negatives are shown)
    assert all(r["field"] == "price" for r in refused)


def test_a_saving_in_parentheses_beside_the_price_keeps_the_offer(db):
    run = PipelineRun().feed(offer(retailer_sku="s", price="Save (5.00) now 20.00")).close()
    assert [(o["retailer_sku"], o["price"]) for o in run.kept] == [("s", Decimal("20.00"))]
    assert [r for r in rejections(db) if r["action"] == "dropped"] == []


def test_an_isbn_10_becomes_its_gtin(db):
    run = PipelineRun().feed(offer(retailer_sku="book", gtin="0-306-40615-2"),
                             offer(retailer_sku="bad", gtin="0-306-40615-3")).close()
    assert {o["retailer_sku"]: o["gtin"] for o in run.kept} == {"book": "9780306406157", "bad": None}
    [row] = rejections(db)
    assert row["field"] == "gtin" and row["raw_value"] == "0-306-40615-3"
