"""Brand, title and SKU read against the visible page (issue 13): what a shopper
sees beats what only the markup says.  One small synthetic page per principle."""

from __future__ import annotations

import json

from decimal import Decimal

import pytest

from crawler.extraction import extract_product
from crawler.extraction.values import company_brand

URL = "https://shop.example/p/slicer-ks32"


def page(body: str, head: str = "", title: str = "Cheese Slicer KS32 | Shop") -> str:
    return f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def ld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def product(**fields) -> str:
    return ld({"@type": "Product", "name": "Cheese Slicer KS32", "offers": {"price": "11.99", "priceCurrency": "USD"},
               **fields})


SPECS = '<dl><dt>Brand Name</dt><dd>YONGLI</dd><dt>Model Number</dt><dd>YLKS32</dd></dl>'


# -- brand ---------------------------------------------------------------------


def test_a_labelled_brand_beats_a_structured_brand_the_page_never_shows():
    body = "<h1>Cheese Slicer KS32</h1><p>Stainless steel.</p>" + SPECS
    assert extract_product(page(body, product(brand={"@type": "Brand", "name": "Ali"})), URL)["brand"] == "YONGLI"


def test_a_structured_brand_the_page_shows_is_kept_beside_another_label():
    body = "<h1>Acme Cheese Slicer KS32</h1><table><tr><th>Brand</th><td>Acme Kitchen</td></tr></table>"
    assert extract_product(page(body, product(brand="Acme")), URL)["brand"] == "Acme"


@pytest.mark.parametrize("label, value", [
    ("Brand name", "YONGLI"), ("Značka", "Viking"), ("Marchio", "Bialetti"), ("Márka", "Zwack"), ("Markenname", "Fissler"),
])
def test_brand_labels_in_several_languages(label, value):
    body = f"<h1>Cheese Slicer KS32</h1><table><tr><th>{label}</th><td>{value}</td></tr></table>"
    assert extract_product(page(body), URL)["brand"] == value


def test_a_labelled_manufacturer_gives_its_name_without_the_legal_form():
    body = "<h1>Cheese Slicer KS32</h1><table><tr><th>Hersteller</th><td>Acme Haushalt GmbH</td></tr></table>"
    assert extract_product(page(body), URL)["brand"] == "Acme Haushalt"


@pytest.mark.parametrize("raw, brand", [
    ("Acme Tools GmbH", "Acme Tools"), ("Huizhou Yongli Industrial Co., Ltd.", "Huizhou Yongli Industrial"),
    ("Puma SE", "Puma"), ("Marks and Spencer plc", "Marks and Spencer"), ("Acme Inc.", "Acme"),
    ("Adidas", "Adidas"), ("Ltd", "Ltd"), (None, None),
])
def test_company_brand_drops_the_legal_form(raw, brand):
    assert company_brand(raw) == brand


def test_a_brand_element_by_the_title_confirmed_by_the_data_layer():
    body = (
        '<div class="product__gallery--brand"><h2><a href="/c-76858.htm">3S. x Tertio (Nos Unis)</a></h2></div>'
        "<h1>Housse de chaise coton TERTIO - taupe</h1>"
        "<script>dataLayer.push({detail: {products: {name: 'Housse', brand: '3S. x Tertio (Nos Unis)'}}});</script>"
    )
    assert extract_product(page(body, title="Housse de chaise coton TERTIO - taupe"), URL)["brand"] == "3S. x Tertio (Nos Unis)"


def test_a_brand_element_right_by_the_title_is_the_brand_as_shown():
    body = '<a class="product-brand" href="/c/123">Tommy Hilfiger</a><h1>MILKSHAKE CROSSOVER - Across body bag</h1>'
    assert extract_product(page(body, title="MILKSHAKE CROSSOVER | Shop"), URL)["brand"] == "Tommy Hilfiger"


def test_a_labelled_brand_element_gives_the_name_without_its_label():
    body = '<h1>Cheese Slicer KS32</h1><h5 class="brand">Ver mais artigos da Marca: Panasonic</h5>'
    assert extract_product(page(body), URL)["brand"] == "Panasonic"


def test_a_brand_element_far_from_the_title_that_nothing_confirms_is_no_brand():
    filler = "".join(f"<p>Line {i}</p>" for i in range(80))
    body = f'<h1>Cheese Slicer KS32</h1>{filler}<div class="product-brand">Usedful News</div>'
    assert extract_product(page(body), URL)["brand"] is None


def test_a_logo_linking_home_is_no_brand_element():
    body = '<div class="brand"><a href="/"><img src="/logo.png" alt="Kitchen Corner"></a></div><h1>Cheese Slicer KS32</h1>'
    assert extract_product(page(body), URL)["brand"] is None


def test_the_shops_own_name_is_no_brand_element():
    body = '<a class="brand" href="/en/"><img src="/logo.png" alt="Shop Example"></a><h1>Cheese Slicer KS32</h1>'
    assert extract_product(page(body), "https://www.shopexample.com/p/ks32")["brand"] is None


def test_branded_content_is_no_brand_element():
    body = '<li class="branded-content-tab">Usedful News</li><h1>Cheese Slicer KS32</h1>'
    assert extract_product(page(body), URL)["brand"] is None


def test_a_brand_element_the_title_names_is_spelled_as_the_title():
    body = '<span class="brand-name">TP Link</span><h1>TP-Link Tapo C200 Camera</h1>'
    assert extract_product(page(body, title="TP-Link Tapo C200 Camera"), URL)["brand"] == "TP-Link"


def test_the_shop_logo_is_no_brand_element():
    body = '<a class="navbar-brand" href="/">Acme</a><h1>Acme Cheese Slicer KS32</h1>'
    assert extract_product(page(body, title="Acme Cheese Slicer KS32"), URL)["brand"] is None


# -- the title element -----------------------------------------------------------


def test_a_heading_inside_a_link_is_another_products_tile_not_the_title():
    tile = '<li><a href="/p/{0}"><h1>Other magazine {0}</h1><span class="price">{1} ₩</span></a></li>'
    tiles = "<ul>" + "".join(tile.format(i, a) for i, a in enumerate(("574,800", "648,000", "21,900"))) + "</ul>"
    main = ('<article class="deal"><h2 class="deal_title">Good Thoughts yearly subscription</h2>'
            '<p class="deal_price"><strong>30,000</strong>원</p><button>구매하기</button></article>')
    html = page(main + tiles, title="Good Thoughts yearly subscription - Shop")
    result = extract_product(html, "https://shop.example.kr/deal/1")
    assert (result["name"], result["price"]) == ("Good Thoughts yearly subscription", "30000")


def test_an_h1_that_matches_nothing_stays_the_title_when_no_heading_matches_better():
    body = '<h1>Socks Brooklyn</h1><span class="price">€9.99</span><button>Add to cart</button>'
    result = extract_product(page(body, title="Online shop Example"), URL)
    assert (result["name"], result["price"]) == ("Socks Brooklyn", "9.99")


# -- sku ---------------------------------------------------------------------


def test_a_structured_sku_shown_with_separators_is_reported_as_shown():
    body = '<h1>Cheese Slicer KS32</h1><span class="cat-number">466/7999</span>'
    assert extract_product(page(body, product(sku="4667999")), URL)["sku"] == "466/7999"


def test_a_reference_by_the_title_beats_a_structured_sku_the_page_never_shows():
    body = '<h1>Cheese Slicer KS32</h1><p class="product-reference">0210/088</p>'
    assert extract_product(page(body, product(sku="56256011-999-99")), URL)["sku"] == "0210/088"


def test_a_structured_sku_the_page_shows_is_kept():
    body = '<h1>Cheese Slicer KS32</h1><p class="product-reference">0210/088</p><p>Item KS-32-BLK</p>'
    assert extract_product(page(body, product(sku="KS-32-BLK")), URL)["sku"] == "KS-32-BLK"


def test_an_amount_in_reference_markup_is_no_sku():
    body = '<h1>Cheese Slicer KS32</h1><div class="item-number">US$11.99</div>'
    assert extract_product(page(body), URL)["sku"] is None


# -- availability --------------------------------------------------------------


def test_out_of_stock_wording_right_after_the_title_when_nothing_can_be_bought():
    body = '<h1>Cheese Slicer KS32</h1><span class="price">49,99 €</span><p>Rupture de stock</p><button>M\'alerter</button>'
    assert extract_product(page(body), "https://shop.example.fr/p/1")["availability"] == "OutOfStock"


def test_a_specification_value_is_no_stock_state():
    body = ('<h1>Cheese Slicer KS32</h1><span class="price">49,99 ₽</span>'
            '<table><tr><td>Таймер</td><td>отсутствует</td></tr></table>')
    assert extract_product(page(body), "https://shop.example.ru/p/1")["availability"] == "InStock"


def test_sold_out_sizes_do_not_make_the_product_unavailable():
    body = ('<h1>Cheese Slicer KS32</h1><span class="price">€49.99</span>'
            '<ul><li>S</li><li>Sold out</li><li>L</li></ul>')
    assert extract_product(page(body), URL)["availability"] == "InStock"


# -- sections of other products named by their heading -----------------------------


@pytest.mark.parametrize("heading", ["Customers also bought", "Vous aimerez aussi", "Kunden kauften auch", "Похожие товары"])
def test_a_section_headed_as_other_products_is_not_the_main_product(heading):
    others = (f'<section><div><h2>{heading}</h2></div><div class="row"><a href="/p/mug">Mug</a>'
              '<span class="price">€9.99</span></div></section>')
    body = others + '<h1>Cheese Slicer KS32</h1><span>€49.99</span><button>Add to cart</button>'
    assert extract_product(page(body), URL)["price"] == "49.99"


def test_a_heading_inside_the_main_product_does_not_hide_it():
    body = ('<div class="product"><h1>Cheese Slicer KS32</h1><span class="price">€49.99</span>'
            '<button>Add to cart</button><h3>Frequently bought together</h3></div>')
    assert extract_product(page(body), URL)["price"] == "49.99"


# -- amounts that are not the selling price, in more languages --------------------------------


@pytest.mark.parametrize("noise, price, url, expected", [
    ("от 1 250 ₽/мес", "14 990 ₽", "https://shop.example.ru/p/1", "14990"),
    ("3 x 416,63 TL taksit", "1.249,90 TL", "https://shop.example.com.tr/p/1", "1249.90"),
    ("vanaf € 4,99", "€ 9,99", "https://shop.example.nl/p/1", "9.99"),
])
def test_instalments_and_from_prices_before_the_price_in_more_languages(noise, price, url, expected):
    body = f'<div class="product"><h1>Cheese Slicer KS32</h1><p>{noise}</p><span>{price}</span><button>Buy now</button></div>'
    assert extract_product(page(body), url)["price"] == expected


@pytest.mark.parametrize("text, sku", [("Item # 88-1234", "88-1234"), ("Art.-Nr. 123456", "123456"), ("SKU KS-32-BLK", "KS-32-BLK")])
def test_an_identifier_label_and_a_code_without_a_colon(text, sku):
    body = f'<h1>Cheese Slicer KS32</h1><p>{text}</p><span class="price">€49.99</span>'
    assert extract_product(page(body), URL)["sku"] == sku


def test_words_before_a_code_are_no_label_unless_they_are_one():
    body = '<h1>Cheese Slicer KS32</h1><p>Brand new KS32</p><span class="price">€49.99</span>'
    assert extract_product(page(body), "https://shop.example/cheese-slicer")["sku"] is None


# -- review of 2 Dec (extfix) ---------------------------------------------------

def test_the_brand_written_on_its_own_shop_is_the_brand():
    # a brand's own shop sells its brand: its name written as text (not its logo picture,
    # not a link home) is the product's brand
    body = '<h1>Galaxy S24 Ultra</h1><a class="brand" href="/us/brands/samsung">Samsung</a><span class="price">$999.99</span>'
    assert extract_product(page(body), "https://www.samsung.com/us/p/1")["brand"] == "Samsung"
    body = '<h1>Acme Cheese Slicer</h1><div class="product-brand">Acme</div><span class="price">$11.99</span>'
    assert extract_product(page(body), "https://store.acme.com/p/1")["brand"] == "Acme"


def test_an_amount_shown_as_a_price_is_no_sku():
    body = "<h1>Cheese Slicer KS32</h1><p>Item # 19.99</p><p>$19.99</p>"
    product = extract_product(page(body), URL)
    assert product["sku"] is None
    assert product["price"] == "19.99"
    body = "<h1>Cheese Slicer KS32</h1><p>Item # 88-1234</p><p>$19.99</p>"
    assert extract_product(page(body), URL)["sku"] == "88-1234"


def test_a_number_that_is_part_of_a_code_is_no_price():
    body = '<h1>Cheese Slicer KS32</h1><span class="price">SKU-12345678</span>'
    product = extract_product(page(body), URL)
    assert (product["price"], product["currency"]) == (None, None)


@pytest.mark.parametrize("word", ["SKU", "Price", "EAN", "Availability"])
def test_a_label_word_is_no_labelled_value(word):
    body = f"<h1>Cheese Slicer KS32</h1><p>Brand:</p><p>{word}</p><span class=\"price\">$11.99</span>"
    assert extract_product(page(body), URL)["brand"] is None


@pytest.mark.parametrize("amount", ["1e-7", "0.00001", "1e30", "1000000000000"])
def test_an_implausible_price_is_read_as_written_for_the_pipeline_to_refuse(amount):
    # extraction reports what the page says; pipelines.validate refuses the offer with an
    # invalid_price rejection holding this value (tests/test_data_loss.py)
    data = {"@type": "Product", "name": "Cheese Slicer KS32", "sku": "KS32-BLK", "brand": "Acme",
            "offers": {"price": amount, "priceCurrency": "USD"}}
    product = extract_product(page("<h1>Cheese Slicer KS32</h1>", head=ld(data)), URL)
    assert Decimal(product["price"]) == Decimal(amount)
    assert (product["sku"], product["brand"], product["name"]) == ("KS32-BLK", "Acme", "Cheese Slicer KS32")


def test_a_sub_cent_price_the_database_keeps_is_a_price():
    data = {"@type": "Product", "name": "Cheese Slicer KS32", "offers": {"price": "0.004", "priceCurrency": "USD"}}
    assert extract_product(page("<h1>Cheese Slicer KS32</h1>", head=ld(data)), URL)["price"] == "0.004"


def test_fullwidth_digits_are_digits():
    body = '<h1>Cheese Slicer KS32</h1><span class="price">＄１２.５０</span>'
    product = extract_product(page(body), URL)
    assert (product["price"], product["currency"]) == ("12.50", "USD")


def test_a_right_to_left_override_is_read_as_shown():
    # "\u202e01$" is displayed "$10"
    product = extract_product(page("<h1>Cheese Slicer KS32</h1><p>Price: \u202e01$</p>"), URL)
    assert (product["price"], product["currency"]) == ("10", "USD")


def test_zero_width_characters_are_no_part_of_a_value():
    body = '<h1>Cheese Slicer KS32</h1><p>Brand:</p><p>\u200bAc\u2060me\u200d</p><span class="price">$\ufeff11.99</span>'
    product = extract_product(page(body), URL)
    assert (product["brand"], product["price"]) == ("Acme", "11.99")
