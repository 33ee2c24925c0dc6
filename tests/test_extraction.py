"""Tests for crawler.extraction: schema.org samples, one snippet per rule, and
F1 on the real zyte-dev pages (see benchmarks/bench_extraction.py)."""

from __future__ import annotations

import importlib.util
import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from crawler.extraction import (
    decode_html,
    extract_product,
    jsonld_items,
    loads_tolerant,
    microdata_nodes,
    normalize_availability,
    parse_tree,
    symbol_to_iso,
)

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT.parent / "shared" / "datasets"
SAMPLES = DATASETS / "schema-org" / "tests" / "samples"
ZYTE_DEV = DATASETS / "extraction" / "zyte-dev"

from tests.conftest import requires_dataset  # noqa: E402
needs_samples = requires_dataset(SAMPLES)  # missing: fails under CI=true, skips otherwise


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def ld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# ---------------------------------------------------------------------------
# schema.org samples (scrapinghub/extruct test files)
# ---------------------------------------------------------------------------

ANVIL = {
    "name": "Executive Anvil",
    "price": "119.99",
    "currency": "USD",
    "availability": "InStock",
    "brand": "ACME",
    "mpn": "925872",
}


@needs_samples
@pytest.mark.parametrize("sample", ["schema.org/product.html", "schema.org/product-ref.html", "misc/product_microdata.html"])
def test_microdata_samples(sample):
    result = extract_product((SAMPLES / sample).read_bytes(), "https://shop.example/anvil")
    assert {k: result[k] for k in ANVIL} == ANVIL
    assert result["image"] == "https://shop.example/anvil_executive.jpg"
    assert set(result) == {
        "name", "price", "currency", "regular_price", "availability", "availability_state",
        "sku", "gtin", "mpn", "brand", "image", "category",
    }


@needs_samples
def test_microdata_nodes_match_extruct_expected_output():
    tree = parse_tree(decode_html((SAMPLES / "schema.org/product.html").read_bytes()))
    node = microdata_nodes(tree, "http://example.com/")[0]
    expected = json.loads((SAMPLES / "schema.org/product.json").read_text())[0]["properties"]
    assert node["name"] == expected["name"]
    assert node["offers"]["price"] == expected["offers"]["properties"]["price"]
    assert node["offers"]["availability"] == expected["offers"]["properties"]["availability"]


def _as_jsonld(value):
    """extruct's microdata output ({"type", "properties"}) written as JSON-LD."""
    if isinstance(value, list):
        return [_as_jsonld(v) for v in value]
    if isinstance(value, dict) and "properties" in value:
        return {"@type": value["type"].rsplit("/", 1)[-1], **{k: _as_jsonld(v) for k, v in value["properties"].items()}}
    return value


@needs_samples
def test_same_product_as_jsonld_gives_same_record():
    microdata = extract_product((SAMPLES / "schema.org/product.html").read_bytes(), "https://shop.example/anvil")
    node = _as_jsonld(json.loads((SAMPLES / "schema.org/product.json").read_text())[0])
    node["@context"] = "https://schema.org"
    from_jsonld = extract_product(page("<h1>Executive Anvil</h1>", ld(node)), "https://shop.example/anvil")
    assert from_jsonld == microdata


@needs_samples
def test_opengraph_product_page():
    """A real captured page (fye.com) whose price is in Open Graph product tags."""
    url = "https://www.fye.com/better-off-dead-exclusive-blu-ray-steelbook-fye.000000032429335302.html"
    result = extract_product((SAMPLES / "misc/opengraph_ns_product_test.html").read_bytes(), url)
    assert result["price"] == "17.99"
    assert result["currency"] == "USD"
    assert result["availability"] == "InStock"
    assert result["name"].startswith("Better Off Dead")
    assert result["image"].startswith("https://www.fye.com/dw/image/")
    # product:gtin is "32429335302": a UPC-A that lost its leading zero
    assert result["gtin"] == "032429335302"


@needs_samples
@pytest.mark.parametrize(
    "name", ["JSONLD_with_JS_comment", "JSONLD_with_control_characters", "JSONLD_with_control_characters_comment"]
)
def test_broken_jsonld_samples(name):
    html = (SAMPLES / "custom.invalid" / f"{name}.html").read_text()
    expected = json.loads((SAMPLES / "custom.invalid" / f"{name}.jsonld").read_text())
    assert jsonld_items(parse_tree(html)) == expected


# ---------------------------------------------------------------------------
# JSON-LD rules
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "script",
    [
        '{"@type": "Product", "name": "A", "sku": "1",}',  # trailing comma
        '{"@type": "Product", /* block */ "name": "A", // line\n "sku": "1"}',  # JS comments
        '<!-- {"@type": "Product", "name": "A", "sku": "1"} -->',  # HTML comment wrapper
        '//<![CDATA[\n{"@type": "Product", "name": "A", "sku": "1"}\n//]]>',
        '{&quot;@type&quot;: &quot;Product&quot;, &quot;name&quot;: &quot;A&quot;, &quot;sku&quot;: &quot;1&quot;}',
        '{"@type": "Product", "name": "A", "sku": "1"};',  # trailing garbage
        '{"@type": "Product", "name": "A", "sku": "1", "description": "C:\\path \\d"}',  # bad escapes
    ],
)
def test_tolerant_json(script):
    (value,) = loads_tolerant(script)
    assert value["name"] == "A" and value["sku"] == "1"


def test_raw_newline_inside_string():
    assert loads_tolerant('{"name": "line 1\nline 2"}') == [{"name": "line 1\nline 2"}]


@pytest.mark.parametrize("broken, repaired", [
    # what the repair does, character for character (session 16: regular expressions walk the text
    # instead of a Python loop over each character; these held before and hold after)
    ('{"a": "x // not a comment", "b": 1,}', '{"a": "x // not a comment", "b": 1}'),
    ('{"a": "<!-- kept -->", /* gone */ "b": [1, 2, ], }', '{"a": "<!-- kept -->",  "b": [1, 2]}'),
    ('{"a": "tab\there\nnew\rret"}', '{"a": "tab\\there\\nnew\\rret"}'),
    ('{"a": "C:\\path \\d \\u0041 \\"q\\""}', '{"a": "C:\\\\path \\\\d \\u0041 \\"q\\""}'),
    ('{"a": "x", // rest of the line\n"b": 2}', '{"a": "x", \n"b": 2}'),
    ('<![CDATA[{"a": 1}]]>', '{"a": 1}'),
    ('{"a": "unterminated, }', '{"a": "unterminated}'),
    ('{"a": "ends in a backslash \\', '{"a": "ends in a backslash \\'),
    ('{"a": 1 /* never closed', '{"a": 1 '),
    ('{"a": "a \\\n b"}', '{"a": "a \\\\\n b"}'),   # a backslash before a raw newline: doubled
])
def test_the_json_repair(broken, repaired):
    from crawler.extraction.jsonld import _repair_json

    assert _repair_json(broken) == repaired


def test_a_megabyte_of_broken_json_ld_is_read():
    reviews = [{"@type": "Review", "reviewBody": f"review {i} // \\d <!-- -->"} for i in range(12000)]
    text = json.dumps({"@type": "Product", "name": "A", "sku": "1", "review": reviews}, indent=2)[:-1] + ",}"
    (value,) = loads_tolerant(text)
    assert len(text) > 1_000_000 and value["sku"] == "1" and len(value["review"]) == 12000
    assert value["review"][11999]["reviewBody"] == "review 11999 // \\d <!-- -->"


def test_hopeless_json_is_skipped_not_fatal():
    html = page("<h1>Thing</h1>", '<script type="application/ld+json">{"@type": "Product", "name": </script>')
    assert extract_product(html, "https://shop.example/p")["name"] == "Thing"


def test_jsonld_offer_list_brand_object_gtin_and_availability_url():
    product = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": "Blue Kettle",
        "sku": "KET-1",
        "mpn": "BK100",
        "gtin13": "4006381333931",
        "brand": {"@type": "Brand", "name": "Acme"},
        "image": [{"@type": "ImageObject", "url": "/img/kettle.jpg"}],
        "category": "Kitchen",
        "offers": [
            {"@type": "Offer", "price": 24.5, "priceCurrency": "EUR", "availability": "http://schema.org/InStock"},
        ],
    }
    result = extract_product(page("<h1>Blue Kettle</h1>", ld(product)), "https://shop.example/kettle")
    assert result == {
        "name": "Blue Kettle",
        "price": "24.50",
        "currency": "EUR",
        "regular_price": None,
        "availability": "InStock",
        "availability_state": "InStock",
        "sku": "KET-1",
        "gtin": "4006381333931",
        "mpn": "BK100",
        "brand": "Acme",
        "image": "https://shop.example/img/kettle.jpg",
        "category": "Kitchen",
    }


@pytest.mark.parametrize("key,code", [("gtin12", "036000291452"), ("gtin8", "96385074"), ("gtin14", "10012345678902"), ("gtin", "4006381333931")])
def test_gtin_variants(key, code):
    product = {"@type": "Product", "name": "X", key: code, "offers": {"price": "1", "priceCurrency": "USD"}}
    assert extract_product(page("", ld(product)), "https://shop.example/x")["gtin"] == code


def test_declared_gtin_with_bad_check_digit_is_left_to_the_pipeline():
    product = {"@type": "Product", "name": "X", "gtin13": "4006381333932", "offers": {"price": "1"}}
    assert extract_product(page("", ld(product)), "https://shop.example/x")["gtin"] == "4006381333932"


def test_gtin_guessed_from_page_text_must_be_valid():
    html = page("<h1>X</h1><span class='price'>$5</span><table><tr><th>EAN</th><td>4006381333932</td></tr></table>")
    assert extract_product(html, "https://shop.example.com/x")["gtin"] is None


def test_aggregate_offer_low_price():
    product = {
        "@type": "Product",
        "name": "Sofa",
        "brand": "Comfy",
        "offers": {"@type": "AggregateOffer", "lowPrice": "499.00", "highPrice": "899.00", "priceCurrency": "GBP", "offerCount": 3},
    }
    result = extract_product(page("<h1>Sofa</h1>", ld(product)), "https://shop.example/sofa")
    assert (result["price"], result["currency"], result["brand"]) == ("499", "GBP", "Comfy")


def test_graph_with_id_references():
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": "https://shop.example/p#page", "name": "Lamp | Shop"},
            {"@type": "Product", "@id": "#product", "name": "Desk Lamp", "sku": "L-7", "offers": {"@id": "#offer"}},
            {"@type": "Offer", "@id": "#offer", "price": "39.90", "priceCurrency": "CHF", "availability": "OutOfStock"},
        ],
    }
    result = extract_product(page("<h1>Desk Lamp</h1>", ld(data)), "https://shop.example/p")
    assert (result["price"], result["currency"], result["availability"], result["sku"]) == ("39.90", "CHF", "OutOfStock", "L-7")


def test_top_level_array_and_main_product_by_title():
    data = [
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home"},
            {"@type": "ListItem", "position": 2, "name": "Garden"},
            {"@type": "ListItem", "position": 3, "name": "Tools"},
        ]},
        {"@type": "Product", "name": "Garden Hose 20m", "offers": {"price": "15.00", "priceCurrency": "EUR"}},
        {"@type": "Product", "name": "Hose Reel", "offers": {"price": "45.00", "priceCurrency": "EUR"}},
    ]
    result = extract_product(page("<h1>Hose Reel</h1>", ld(data)), "https://shop.example/reel")
    assert (result["name"], result["price"]) == ("Hose Reel", "45")
    assert result["category"] == "Garden > Tools"


def test_product_group_variant_named_by_url():
    group = {
        "@type": "ProductGroup",
        "name": "T-shirt",
        "brand": "Basic",
        "hasVariant": [
            {"@type": "Product", "sku": "TS-S", "name": "T-shirt S", "offers": {"price": "10", "priceCurrency": "USD", "availability": "OutOfStock"}},
            {"@type": "Product", "sku": "TS-M", "name": "T-shirt M", "offers": {"price": "12", "priceCurrency": "USD", "availability": "InStock"}},
        ],
    }
    result = extract_product(page("<h1>T-shirt</h1>", ld(group)), "https://shop.example/tshirt?variant=TS-M")
    assert (result["sku"], result["price"], result["availability"], result["brand"]) == ("TS-M", "12", "InStock", "Basic")


def test_price_specification_with_list_price():
    product = {
        "@type": "Product",
        "name": "Drill",
        "offers": {
            "@type": "Offer",
            "priceSpecification": [
                {"@type": "UnitPriceSpecification", "price": 79.99, "priceCurrency": "EUR"},
                {"@type": "UnitPriceSpecification", "price": 99.99, "priceCurrency": "EUR", "priceType": "https://schema.org/ListPrice"},
            ],
        },
    }
    result = extract_product(page("<h1>Drill</h1>", ld(product)), "https://shop.example/drill")
    assert (result["price"], result["regular_price"], result["currency"]) == ("79.99", "99.99", "EUR")


def test_size_offers_in_stock_when_any_size_is():
    product = {
        "@type": "Product",
        "name": "Chinos",
        "offers": [
            {"@type": "Offer", "sku": "CH-28", "price": "39.3", "priceCurrency": "EUR", "availability": "https://schema.org/OutOfStock"},
            {"@type": "Offer", "sku": "CH-30", "price": "39.3", "priceCurrency": "EUR", "availability": "https://schema.org/InStock"},
        ],
    }
    result = extract_product(page("<h1>Chinos</h1>", ld(product)), "https://shop.example/chinos")
    assert result["availability"] == "InStock"
    assert result["sku"] is None  # CH-28 / CH-30 are size SKUs, not the product's


@pytest.mark.parametrize(
    "value,expected",
    [
        ("http://schema.org/InStock", "InStock"),
        ("https://schema.org/OutOfStock", "OutOfStock"),
        ("InStock", "InStock"),
        ("schema:PreOrder", "PreOrder"),
        ("BackOrder", "BackOrder"),
        ("https://schema.org/Discontinued", "Discontinued"),
        ("LimitedAvailability", "InStock"),
        ("SoldOut", "OutOfStock"),
        ("in stock", "InStock"),
        ("Out of stock", "OutOfStock"),
        ("Currently unavailable.", "OutOfStock"),
        ("Auf Lager.", "InStock"),
        ("Derzeit nicht verfügbar.", "OutOfStock"),
        ("Épuisé", "OutOfStock"),
        ("Нет в наличии", "OutOfStock"),
        # a negated positive word is out of stock, in every language
        ("Ikke på lager", "OutOfStock"),
        ("Inte i lager", "OutOfStock"),
        ("Slutsåld", "OutOfStock"),
        ("No disponible", "OutOfStock"),
        ("Não disponível", "OutOfStock"),
        ("Ni na zalogi", "OutOfStock"),
        ("Nije dostupno", "OutOfStock"),
        ("Momentálne nie je možné produkt kúpiť", "OutOfStock"),
        ("Produkt nelze koupit", "OutOfStock"),
        ("Nincs raktáron", "OutOfStock"),
        ("Stoc epuizat", "OutOfStock"),
        ("Niet beschikbaar", "OutOfStock"),
        ("Не в наличии", "OutOfStock"),
        ("Na zalogi", "InStock"),
        ("În stoc", "InStock"),
        ("Disponível", "InStock"),
        ("Nicht mehr lieferbar", "Discontinued"),
        ("Под заказ", "BackOrder"),
        ("", None),
        ("call us", None),
    ],
)
def test_availability_normalisation(value, expected):
    assert normalize_availability(value) == expected


def test_brand_as_string_and_template_placeholder():
    product = {"@type": "Product", "name": "Cup", "brand": "$metabrand", "manufacturer": "Mugs Ltd", "offers": {"price": "3"}}
    # the manufacturer names a company: its brand is the name without the legal form
    assert extract_product(page("", ld(product)), "https://shop.example/cup")["brand"] == "Mugs"


# ---------------------------------------------------------------------------
# meta tags
# ---------------------------------------------------------------------------


def test_product_meta_tags():
    head = (
        '<meta property="og:title" content="Garden Chair">'
        '<meta property="og:image" content="/chair.jpg">'
        '<meta property="product:price:amount" content="59.00">'
        '<meta property="product:price:currency" content="EUR">'
        '<meta property="product:availability" content="oos">'
        '<meta property="product:brand" content="Sunny">'
        '<meta property="product:retailer_item_id" content="GC-59">'
    )
    result = extract_product(page("<p>chair</p>", head), "https://shop.example/chair")
    assert result == {
        "name": "Garden Chair", "price": "59", "currency": "EUR", "regular_price": None,
        "availability": "OutOfStock", "availability_state": "OutOfStock", "sku": "GC-59", "gtin": None, "mpn": None, "brand": "Sunny",
        "image": "https://shop.example/chair.jpg", "category": None,
    }


def test_og_price_amount_with_name_attribute():
    head = '<meta name="og:price:amount" content="1.299,00"><meta name="og:price:currency" content="PLN">'
    result = extract_product(page("<h1>Fridge</h1>", head), "https://shop.example/fridge")
    assert (result["price"], result["currency"]) == ("1299", "PLN")


def test_stale_structured_price_loses_to_the_shown_one():
    """JSON-LD says 150 (a starting price); meta tags and the page show 200."""
    product = {"@type": "Product", "name": "Vase", "offers": {"price": 150, "priceCurrency": "USD"}}
    head = ld(product) + '<meta property="product:price:amount" content="200">'
    body = '<h1>Vase</h1><span class="current-bid-price">$200</span><span class="start">Starting Price $150</span>'
    assert extract_product(page(body, head), "https://auction.example/vase")["price"] == "200"


# ---------------------------------------------------------------------------
# HTML evidence
# ---------------------------------------------------------------------------

VISIBLE = page(
    """
    <header><span class="price">€ 9,99</span> cart</header>
    <h1>Espresso Machine Pro</h1>
    <div class="product-price">
      <del class="price-old">1.499,00 €</del>
      <span class="price-sale">1.299,00 €</span>
    </div>
    <div class="delivery">Versand: 4,90 €</div>
    <table class="specs">
      <tr><th>Artikelnummer</th><td>EM-PRO-2</td></tr>
      <tr><th>EAN</th><td>4006381333931</td></tr>
      <tr><th>Marke</th><td>Caffè</td></tr>
      <tr><th>Modellnummer</th><td>EMP 2000</td></tr>
    </table>
    <button class="btn" type="submit">In den Warenkorb</button>
    <div class="related-products"><span class="price">199,00 €</span></div>
    """
)


def test_visible_price_near_title():
    result = extract_product(VISIBLE, "https://shop.example.de/espresso")
    assert (result["name"], result["price"], result["currency"], result["regular_price"]) == (
        "Espresso Machine Pro", "1299", "EUR", "1499",
    )
    assert result["availability"] == "InStock"  # enabled add-to-cart button


def test_specification_table_identifiers():
    result = extract_product(VISIBLE, "https://shop.example.de/espresso")
    assert (result["sku"], result["gtin"], result["brand"], result["mpn"]) == ("EM-PRO-2", "4006381333931", "Caffè", "EMP 2000")


def test_out_of_stock_text():
    html = page(
        '<h1>Old Camera</h1><span class="price">$120.00</span>'
        '<div id="availability"><span>Currently unavailable.</span></div>'
        '<button class="add-to-cart" disabled>Add to cart</button>'
    )
    result = extract_product(html, "https://shop.example.com/camera")
    assert (result["price"], result["currency"], result["availability"]) == ("120", "USD", "OutOfStock")


def test_in_stock_by_default_when_a_price_is_shown():
    html = page('<h1>Desk</h1><p class="price">149,00 zł</p>')
    result = extract_product(html, "https://shop.example.pl/desk")
    assert (result["price"], result["currency"], result["availability"]) == ("149", "PLN", "InStock")


def test_data_price_attribute():
    html = page('<h1>Lamp</h1><div class="buybox" data-price="24.95">Special offer</div>', '<meta name="x" content="y">')
    assert extract_product(html, "https://shop.example.co.uk/lamp")["price"] == "24.95"


def test_itemprop_outside_itemscope():
    html = page(
        '<h1>Mixer</h1><span itemprop="price" content="89.00">89,00</span>'
        '<meta itemprop="priceCurrency" content="EUR"><span itemprop="sku">MX-89</span>'
        '<link itemprop="availability" href="https://schema.org/PreOrder">'
    )
    result = extract_product(html, "https://shop.example/mixer")
    assert (result["price"], result["sku"], result["availability"]) == ("89", "MX-89", "InStock")
    assert result["availability_state"] == "PreOrder"  # what the crawler stores


@pytest.mark.parametrize("state, can_buy", [("PreOrder", "InStock"), ("BackOrder", "InStock"),
                                            ("Discontinued", "OutOfStock"), ("OutOfStock", "OutOfStock")])
def test_availability_answers_can_it_be_bought_now(state, can_buy):
    html = page(f'<h1>Mixer</h1><span itemprop="price" content="89.00">89,00</span>'
                f'<link itemprop="availability" href="https://schema.org/{state}">')
    result = extract_product(html, "https://shop.example/mixer")
    assert (result["availability"], result["availability_state"]) == (can_buy, state)


def test_ambiguous_dollar_uses_the_country_of_the_site():
    html = page('<h1>Toque</h1><span class="price">$24.99</span>')
    assert extract_product(html, "https://shop.example.ca/toque")["currency"] == "CAD"
    assert extract_product(html, "https://shop.example.com/toque")["currency"] == "USD"


def test_currency_in_its_own_element():
    html = page('<h1>Tea</h1><div class="buy"><span class="num">294</span><span>元</span></div>')
    result = extract_product(html, "https://shop.example.tw/tea")
    assert (result["price"], result["currency"]) == ("294", "TWD")


def test_unit_prices_installments_and_weights_are_not_prices():
    html = page(
        "<h1>Coffee Beans</h1>"
        "<span>Weight 0.66 Pounds</span>"
        "<span class='unit'>€ 2,50 / kg</span>"
        "<span class='monthly'>ab 3,00 € monatlich</span>"
    )
    assert extract_product(html, "https://shop.example.de/beans")["price"] is None


def test_sku_from_url_id_repeated_on_page():
    html = page("<h1>Camping Stove</h1><p>Item 1021493409 · posted today</p><span class='price'>Rs 4,500</span>")
    result = extract_product(html, "https://classifieds.example.pk/item/camping-stove-iid-1021493409")
    assert (result["sku"], result["price"], result["currency"]) == ("1021493409", "4500", "PKR")


def test_label_value_text_and_asin():
    html = page(
        "<h1>Bird Feeder</h1><span id='price'>$34.98</span>"
        "<ul><li><span>ASIN : </span><span>B001FK81PU</span></li>"
        "<li><span>Item model number : </span><span>1055-V01</span></li></ul>"
    )
    result = extract_product(html, "https://shop.example.com/dp/B001FK81PU")
    assert (result["sku"], result["mpn"]) == ("B001FK81PU", "1055-V01")


def test_html_breadcrumb_category():
    html = page(
        '<nav class="breadcrumbs"><a href="/">Home</a><a href="/garden">Garden</a><a href="/garden/tools">Tools</a></nav>'
        '<h1>Rake</h1><span class="price">€5</span>'
    )
    assert extract_product(html, "https://shop.example.ie/rake")["category"] == "Garden > Tools"


# ---------------------------------------------------------------------------
# decoding
# ---------------------------------------------------------------------------


def test_meta_charset_is_honoured():
    html = '<html><head><meta charset="windows-1251"></head><body><h1>Чайник</h1><span class="price">1 299 руб.</span></body></html>'
    result = extract_product(html.encode("cp1251"), "https://shop.example.ru/kettle")
    assert (result["name"], result["price"], result["currency"]) == ("Чайник", "1299", "RUB")


def test_http_equiv_charset():
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body><h1>Żółw</h1></body></html>'
    assert extract_product(html.encode("iso-8859-2"), "https://shop.example.pl/z")["name"] == "Żółw"


def test_undeclared_bytes_fall_back_to_utf8_then_cp1252():
    assert decode_html("<h1>Café</h1>".encode("utf-8")) == "<h1>Café</h1>"
    assert decode_html("<h1>Café – 5€</h1>".encode("cp1252")) == "<h1>Café – 5€</h1>"


def test_content_type_header_wins_over_guessing():
    body = "<h1>Ĳssel</h1>".encode("utf-8")
    assert extract_product(body, "https://x.example/p", content_type="text/html; charset=utf-8")["name"] == "Ĳssel"


@pytest.mark.parametrize("html", ["", b"", "   ", "<html></html>", b"\x00\x01garbage", "<p>no product here</p>"])
def test_empty_or_garbage_pages(html):
    result = extract_product(html, "https://x.example/")
    assert result["price"] is None and result["availability"] is None


# ---------------------------------------------------------------------------
# currency symbols
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "symbol,country,expected",
    [("€", None, "EUR"), ("$", None, "USD"), ("$", "CAD", "CAD"), ("$", "ARS", "ARS"), ("$", "EUR", "USD"),
     ("£", None, "GBP"), ("Rs", "PKR", "PKR"), ("тг.", None, "KZT"), ("Kn", None, "HRK"), ("zł", None, "PLN"),
     ("ر.س", None, "SAR"), ("CHF", None, "CHF"), ("eur", None, "EUR"), ("원", None, "KRW"), ("", None, None)],
)
def test_symbol_to_iso(symbol, country, expected):
    assert symbol_to_iso(symbol, country) == expected


# ---------------------------------------------------------------------------
# real pages: F1 must not fall below what the method reached (minus 0.02)
# ---------------------------------------------------------------------------

# reached on zyte-dev: price 0.952 (leave-one-page-out 0.952), sku 0.960, availability 0.985, brand 0.824
F1_FLOOR = {"price": 0.93, "sku": 0.94, "availability": 0.965, "brand": 0.80}


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_extraction", ROOT / "benchmarks" / "bench_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@requires_dataset(ZYTE_DEV)
def test_f1_on_real_product_pages():
    bench = _load_bench()
    ground_truth, pages = bench.load_dataset(ZYTE_DEV)
    predictions, _ = bench.run_extractor(ground_truth, pages)
    scores = {attribute: bench.score(ground_truth, predictions, attribute)["f1"] for attribute in F1_FLOOR}
    assert all(scores[a] >= F1_FLOOR[a] for a in F1_FLOOR), scores


@requires_dataset(ZYTE_DEV)
def test_price_model_generalises_leave_one_page_out():
    """Each page scored by a price model fitted without it stays within 0.02 of the shipped model."""
    bench = _load_bench()
    ground_truth, pages = bench.load_dataset(ZYTE_DEV)
    collected = {key: bench.collect(pages[key], ground_truth[key]["url"]) for key in ground_truth}
    dev = bench.score(ground_truth, {k: bench.decide(c) for k, c in collected.items()}, "price")["f1"]
    lopo = bench.score(ground_truth, bench.lopo_predictions(ground_truth, collected), "price")["f1"]
    assert lopo >= F1_FLOOR["price"] and dev - lopo <= 0.02, (dev, lopo)


def test_bench_scoring_matches_the_published_definition():
    bench = _load_bench()
    truth = {"a": {"price": ["10.0"]}, "b": {"price": ["5"]}, "c": {}, "d": {"price": ["7"]}}
    predictions = {"a": {"price": "10"}, "b": {"price": "6"}, "c": {"price": "3"}, "d": {}}
    m = bench.score(truth, predictions, "price")
    assert (m["right"], m["predicted"], m["relevant"]) == (1, 3, 3)
    assert m["precision"] == pytest.approx(1 / 3) and m["recall"] == pytest.approx(1 / 3)
    # currency: the ground truth's symbol is compared through its possible ISO codes
    m = bench.score({"a": {"currency": ["$"]}, "b": {"currency": ["€"]}}, {"a": {"currency": "CAD"}, "b": {"currency": "EUR"}}, "currency")
    assert m["f1"] == 1.0
    assert Decimal("229.99") == bench.normalize("price", "229.99 ")


def test_variant_offer_named_by_the_url_keeps_its_sku_and_stock():
    product = {
        "@type": "Product",
        "name": "Hoodie",
        "offers": [
            {"@type": "Offer", "sku": "HD-S", "price": "40", "priceCurrency": "USD", "availability": "InStock",
             "url": "/products/hoodie?variant=1"},
            {"@type": "Offer", "sku": "HD-M", "price": "42", "priceCurrency": "USD", "availability": "OutOfStock",
             "url": "/products/hoodie?variant=2"},
        ],
    }
    result = extract_product(page("<h1>Hoodie</h1>", ld(product)), "https://shop.example/products/hoodie?variant=2")
    assert (result["sku"], result["price"], result["availability"]) == ("HD-M", "42", "OutOfStock")


def test_rdfa_product():
    html = page(
        '<div vocab="http://schema.org/" typeof="Product"><span property="name">Widget</span>'
        '<span property="sku">W-1</span><div property="brand" typeof="Brand"><span property="name">Acme</span></div>'
        '<div property="offers" typeof="Offer"><span property="price" content="9.99">$9.99</span>'
        '<meta property="priceCurrency" content="USD"><link property="availability" href="http://schema.org/OutOfStock">'
        "</div></div>"
    )
    result = extract_product(html, "https://shop.example/widget")
    assert (result["name"], result["price"], result["currency"], result["availability"], result["sku"], result["brand"]) == (
        "Widget", "9.99", "USD", "OutOfStock", "W-1", "Acme",
    )


def test_product_group_without_url_variant_uses_the_group():
    group = {
        "@type": "ProductGroup",
        "name": "Mug",
        "productGroupID": "MUG",
        "hasVariant": [
            {"@type": "Product", "name": "Mug", "sku": "MUG-R", "offers": {"price": "8", "priceCurrency": "EUR", "availability": "OutOfStock"}},
            {"@type": "Product", "name": "Mug", "sku": "MUG-B", "offers": {"price": "8", "priceCurrency": "EUR", "availability": "InStock"}},
        ],
    }
    result = extract_product(page("<h1>Mug</h1>", ld(group)), "https://shop.example/mug")
    assert (result["name"], result["price"], result["currency"]) == ("Mug", "8", "EUR")
    assert (result["availability"], result["sku"]) == ("InStock", "MUG")  # any colour in stock; the group's id


def test_one_currency_table_for_extraction_and_prices():
    """The extractor's symbols are crawler.prices' table: what one knows, the other knows."""
    from crawler.extraction import symbol_iso_candidates
    from crawler.prices import currency_to_iso

    for symbol, country in [("€", None), ("$", "CAD"), ("kr", "NOK"), ("Rs", "PKR"), ("тг.", None), ("Kč", None),
                            ("NT$", None), ("₶", None), ("lei", None)]:
        assert symbol_to_iso(symbol, country) == currency_to_iso(symbol, country), symbol
    assert {"USD", "CAD", "AUD", "ARS"} <= symbol_iso_candidates("$")
    assert symbol_iso_candidates("€") == {"EUR"}
    assert symbol_iso_candidates("???") == set()


def test_offers_with_their_own_urls_are_read():
    """(review16) The merge of fix16 (each offer's own url in all_offers) and attack16 (urljoin
    replaced by join_url) left ``schema._offer_url`` calling urljoin, not imported: a NameError on
    every page whose JSON-LD lists two priced offers, one with a url."""
    product = {
        "@context": "https://schema.org", "@type": "Product", "name": "Tee", "sku": "TEE",
        "offers": [
            {"@type": "Offer", "price": "10.00", "priceCurrency": "USD", "name": "Red", "url": "/p/tee?c=red"},
            {"@type": "Offer", "price": "12.00", "priceCurrency": "USD", "name": "Blue", "url": "http://[::1"},
        ],
    }
    result = extract_product(page("<h1>Tee</h1>", ld(product)), "https://shop.example/p/tee")
    assert [(o.get("offer_name"), o.get("offer_url")) for o in result["all_offers"]] == [
        ("Red", "https://shop.example/p/tee?c=red"), ("Blue", None)]
