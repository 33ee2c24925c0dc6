"""Hostile entries of a platform's product feed (review 14, findings 4 and 7).

One product of a Shopify ``products.json`` page or a WooCommerce Store API page that cannot be
read (a variant title that is a number, tags that are objects, a price "NaN", a minor unit of
999999999, ``prices`` that is a list) is one ``rejections`` row with its reason and the raw
product; the rest of the page is crawled and the next page is still asked for. A Shopify price
written as a shop's text ("1,234.56", "$12.50") is read by the project's price parser.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from scrapy.http import Request, TextResponse

from crawler.extensions import CrawlRunExtension
from crawler.items import Offer
from crawler.platforms.shopify import variant_offers
from crawler.platforms.woocommerce import minor_units, product_fields
from spiders.beirutbytes import BeirutbytesSpider
from spiders.cedarshop import CedarshopSpider
from tests.pipeline_harness import PipelineRun
from tests.spider_harness import fixture_path

JSON = {"Content-Type": "application/json; charset=utf-8"}


def shopify_page(products: list, page: int = 1) -> TextResponse:
    url = f"http://127.0.0.1:8102/products.json?limit=250&page={page}"
    return TextResponse(url, body=json.dumps({"products": products}).encode(), headers=JSON, encoding="utf-8",
                        request=Request(url))


def woo_page(products: list, page: int = 1) -> TextResponse:
    url = f"http://127.0.0.1:8103/wp-json/wc/store/v1/products?per_page=100&page={page}"
    return TextResponse(url, body=json.dumps(products).encode(), headers=JSON, encoding="utf-8",
                        request=Request(url))


def good_shopify(n: int) -> list[dict]:
    return json.loads(fixture_path("cedarshop", "products.json--limit_250-page_1").read_text())["products"][:n]


def good_woo(n: int) -> list[dict]:
    return json.loads(fixture_path("beirutbytes", "wp-json__wc__store__v1__products--per_page_100-page_1")
                      .read_text())[:n]


HOSTILE_SHOPIFY = [
    {"id": 901, "handle": "five", "title": "Five", "tags": [{"a": 1}], "product_type": None,
     "variants": [{"id": 9011, "title": 5, "price": "10.00", "available": True, "sku": "H-1"}]},
    {"id": 902, "handle": "nan", "title": "Nan", "variants": [
        {"id": 9021, "title": "Default Title", "price": "10.00", "compare_at_price": "NaN", "available": True,
         "sku": "H-2"}]},
    {"id": 903, "handle": "object-price", "title": "Object price", "variants": [
        {"id": 9031, "title": "Default Title", "price": {"amount": 1}, "available": True, "sku": "H-3"}]},
    {"id": 904, "handle": "bad-images", "title": "Bad images", "images": [{"src": "x", "variant_ids": 7}],
     "variants": [{"id": 9041, "title": "Default Title", "price": "10.00", "available": True, "sku": "H-4"}]},
    "not an object",
]

HOSTILE_WOO = [
    {"id": 801, "name": "Nan", "permalink": "http://127.0.0.1:8103/p/nan", "is_in_stock": True,
     "prices": {"price": "1000", "regular_price": "NaN", "currency_code": "USD", "currency_minor_unit": 2}},
    {"id": 802, "name": "Minor", "permalink": "http://127.0.0.1:8103/p/minor", "is_in_stock": True,
     "prices": {"price": "1000", "currency_code": "USD", "currency_minor_unit": 999999999}},
    {"id": 803, "name": "List", "permalink": "http://127.0.0.1:8103/p/list", "is_in_stock": True, "prices": [1]},
]


def crawl_run(spider_cls) -> tuple[PipelineRun, CrawlRunExtension]:
    run = PipelineRun(spider_cls, settings={"PRICELENS_RECORD_RUN": True})
    return run, CrawlRunExtension.from_crawler(run.crawler)


@pytest.mark.parametrize("platform", ["shopify", "woocommerce"])
def test_each_hostile_product_is_one_rejection_and_the_page_goes_on(db, data_dir, platform):
    if platform == "shopify":
        spider_cls, good, hostile, page = CedarshopSpider, good_shopify(4), HOSTILE_SHOPIFY, shopify_page
        products = [good[0], *hostile[:2], good[1], *hostile[2:], *good[2:]]
    else:
        spider_cls, good, hostile, page = BeirutbytesSpider, good_woo(4), HOSTILE_WOO, woo_page
        products = [good[0], hostile[0], good[1], *hostile[1:], *good[2:]]
    run, _ = crawl_run(spider_cls)
    outputs = list(run.spider.parse_products_page(page(products), page=1))
    offers = [o for o in outputs if isinstance(o, Offer)]
    assert len(offers) >= len(good)   # every good product (Shopify: one offer per variant)
    if platform == "shopify":
        assert [r.url for r in outputs if isinstance(r, Request)] == [
            "http://127.0.0.1:8102/products.json?limit=250&page=2"]   # the following page is still asked for
    run.feed(*offers)
    run.close()
    rows = db.execute("SELECT item_type, url, action, reason, raw_value FROM rejections ORDER BY id").fetchall()
    refused = [r for r in rows if r["reason"].startswith("unreadable product")]
    # Shopify: "Five" (a title that is a number, tags that are objects) is read, "Nan" is stored
    # without its "was" price (a field_removed row); the object price, the bad images and the
    # entry that is no object are refused. WooCommerce: all three are refused.
    assert len(refused) == 3, rows
    if platform == "shopify":
        assert [(r["url"], r["action"]) for r in rows if not r["reason"].startswith("unreadable product")] == [
            ("http://127.0.0.1:8102/products/nan", "field_removed")]
    assert all(r["item_type"] == "offer" and r["action"] == "dropped" and r["raw_value"] for r in refused)
    assert db.execute("SELECT status, items_rejected FROM crawl_runs").fetchone()["status"] == "finished"
    stored = db.execute("SELECT count(*) AS n FROM offers").fetchone()["n"]
    assert stored == len(offers) - sum(1 for r in rows if r["action"] == "dropped"
                                       and not r["reason"].startswith("unreadable product"))


def test_shopify_reasons_name_what_is_wrong(db, data_dir):
    run, _ = crawl_run(CedarshopSpider)
    list(run.spider.parse_products_page(shopify_page(HOSTILE_SHOPIFY), page=1))
    run.close()
    reasons = {r["url"]: r["reason"] for r in db.execute("SELECT url, reason FROM rejections")}
    assert "price is a JSON dict" in reasons["http://127.0.0.1:8102/products/object-price"]
    assert "TypeError" in reasons["http://127.0.0.1:8102/products/bad-images"]
    assert "no object" in reasons["http://127.0.0.1:8102/products.json?limit=250&page=1"]


def test_shopify_numbers_and_objects_where_text_belongs():
    (fields, _), = variant_offers(HOSTILE_SHOPIFY[0], "http://x")
    assert fields["title"] == "Five - 5" and fields["category"] is None and fields["price"] == Decimal("10.00")


@pytest.mark.parametrize("raw, expected", [
    ("1,234.56", Decimal("1234.56")), ("$12.50", Decimal("12.50")), ("12.50", Decimal("12.50")),
    (19, Decimal("19")), ("NaN", "NaN"), ("Infinity", "Infinity"), ("ask us", "ask us"),
])
def test_shopify_prices_written_as_text_are_read_by_the_price_parser(raw, expected):
    product = {"id": 1, "handle": "p", "title": "P", "variants": [
        {"id": 2, "title": "Default Title", "price": raw, "compare_at_price": raw, "available": True}]}
    (fields, _), = variant_offers(product, "http://x")
    assert fields["price"] == expected
    assert fields["regular_price"] == (None if isinstance(expected, Decimal) else expected)


def test_an_unreadable_shopify_price_is_refused_with_its_raw_text(db, data_dir):
    product = {"id": 1, "handle": "p", "title": "P", "variants": [
        {"id": 2, "title": "Default Title", "price": "NaN", "available": True, "sku": "NAN-1"}]}
    run, _ = crawl_run(CedarshopSpider)
    run.feed(*[o for o in run.spider.parse_products_page(shopify_page([product]), page=1) if isinstance(o, Offer)])
    run.close()
    (row,) = db.execute("SELECT field, raw_value, action FROM rejections").fetchall()
    assert (row["field"], row["raw_value"], row["action"]) == ("price", "NaN", "dropped")


@pytest.mark.parametrize("value, minor, problem", [
    ("NaN", 2, "not an amount"), ("Infinity", 2, "not an amount"), ("abc", 2, "not an amount"),
    ("1000", 999999999, "currency_minor_unit"), ("1000", -1, "currency_minor_unit"),
    ("1000", "x", "currency_minor_unit"), ([1], 2, "JSON list"),
])
def test_minor_units_refuse_what_is_no_amount(value, minor, problem):
    with pytest.raises(ValueError, match=problem):
        minor_units(value, minor)


def test_woocommerce_prices_that_are_a_list_are_refused():
    with pytest.raises(ValueError, match="prices is a JSON list"):
        product_fields(HOSTILE_WOO[2])
