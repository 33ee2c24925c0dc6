"""The main product first, then its price and stock: candidates from every
source scored by generic evidence (issue 13).  One snippet per principle."""

from __future__ import annotations

import json

import pytest

from crawler.extraction import clean_brand, collect, extract_product
from crawler.extraction.model import FEATURES, MODEL_PATH, default_model

URL = "https://shop.example/p/kettle-k1"


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>Kettle K1 | Shop</title>{head}</head><body>{body}</body></html>"


def ld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def tiles(*amounts: str) -> str:
    """A grid of other products, with no class that says "related"."""
    cells = "".join(
        f'<div class="card"><a href="/p/{i}">Other thing {i}</a><span class="price">{a}</span>'
        f'<button class="btn">Add to cart</button></div>'
        for i, a in enumerate(amounts)
    )
    return f'<div class="grid">{cells}</div>'


MAIN = (
    '<div class="product"><h1>Kettle K1</h1><img src="/k1.jpg" width="600" height="600">'
    '<div class="price-box"><span class="price">€49.99</span></div>'
    '<button class="add-to-cart">Add to cart</button></div>'
)


def test_the_model_file_matches_the_features():
    data = json.loads(MODEL_PATH.read_text("utf-8"))
    assert data["features"] == list(FEATURES)
    assert set(data["weights"]) == set(FEATURES)
    assert 0 < default_model().threshold < 1


def test_main_price_beats_tiles_of_other_products_before_and_after():
    html = page(tiles("€19.99", "€24.50", "€12.00") + MAIN + tiles("€9.99", "€89.00", "€15.00"))
    result = extract_product(html, URL)
    assert (result["price"], result["currency"]) == ("49.99", "EUR")


def test_struck_was_price_is_the_regular_price():
    body = (
        '<div class="product"><h1>Kettle K1</h1><div class="prices"><del>€79.99</del> '
        '<span class="price">€49.99</span></div><button>Add to basket</button></div>'
    )
    result = extract_product(page(body), URL)
    assert (result["price"], result["regular_price"]) == ("49.99", "79.99")


def test_a_fee_row_is_not_the_price():
    body = (
        '<div class="product"><h1>Kettle K1</h1><table><tr class="fee"><td class="price">€3.50</td></tr></table>'
        '<div class="price-box"><span class="price">€49.99</span></div><button>Add to cart</button></div>'
    )
    assert extract_product(page(body), URL)["price"] == "49.99"
    evidence = collect(page(body), URL).evidence
    assert {str(c.amount) for c in evidence.price_candidates()} == {"49.99"}


def test_a_count_in_parentheses_is_not_a_price():
    body = (
        '<h1>Kettle K1</h1><div class="prices"><a class="compare">Compare all prices (2)</a></div>'
        '<p class="price">€49.99</p>'
    )
    assert extract_product(page(body), URL)["price"] == "49.99"
    evidence = collect(page(body), URL).evidence
    assert {str(c.amount) for c in evidence.price_candidates()} == {"49.99"}


def test_structured_price_in_minor_units_is_read_as_shown():
    product = {"@type": "Product", "name": "Kettle K1", "offers": {"price": "129900", "priceCurrency": "EUR"}}
    body = '<h1>Kettle K1</h1><span class="price">1.299,00 €</span><button>In den Warenkorb</button>'
    assert extract_product(page(body, ld(product)), "https://shop.example.de/k1")["price"] == "1299"


def test_structured_thousands_separator_read_as_decimal_point_is_read_as_shown():
    product = {"@type": "Product", "name": "Kettle K1", "offers": {"price": "1.299", "priceCurrency": "EUR"}}
    body = '<h1>Kettle K1</h1><span class="price">1.299 €</span>'
    assert extract_product(page(body, ld(product)), "https://shop.example.de/k1")["price"] == "1299"


def test_structured_price_is_kept_when_the_page_shows_it():
    product = {"@type": "Product", "name": "Kettle K1", "offers": {"price": "49.99", "priceCurrency": "EUR"}}
    html = page('<h1>Kettle K1</h1><span class="price">€4.99 / month</span>' + tiles("€19.99", "€24.50"), ld(product))
    assert extract_product(html, URL)["price"] == "49.99"


def test_out_of_stock_of_another_products_tile_does_not_count():
    other = (
        '<div class="grid" itemscope itemtype="https://schema.org/Product"><span itemprop="name">Other</span>'
        '<link itemprop="availability" href="https://schema.org/OutOfStock"></div>'
    )
    result = extract_product(page(other + MAIN), URL)
    assert result["availability"] == "InStock"


def test_out_of_stock_of_one_size_is_not_the_products():
    body = (
        '<div class="product"><h1>Kettle K1</h1><span class="price">€49.99</span>'
        '<ul class="sizes"><li class="stock-out">S - out of stock</li><li class="stock-in">M - in stock</li>'
        '<li class="stock-out">L - out of stock</li></ul></div>'
    )
    assert extract_product(page(body), URL)["availability"] != "OutOfStock"


def test_out_of_stock_variant_offer_while_the_main_block_can_be_bought():
    product = {"@type": "Product", "name": "Kettle K1",
               "offers": {"price": "49.99", "priceCurrency": "EUR", "availability": "https://schema.org/OutOfStock"}}
    assert extract_product(page(MAIN, ld(product)), URL)["availability"] == "InStock"


def test_out_of_stock_with_a_disabled_buy_button_stays_out_of_stock():
    product = {"@type": "Product", "name": "Kettle K1",
               "offers": {"price": "49.99", "priceCurrency": "EUR", "availability": "https://schema.org/OutOfStock"}}
    body = MAIN.replace('<button class="add-to-cart">', '<button class="add-to-cart" disabled>')
    assert extract_product(page(body, ld(product)), URL)["availability"] == "OutOfStock"


def test_a_related_product_in_an_item_list_is_not_the_main_product():
    related = {"@type": "ItemList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@type": "Product", "name": "Kettle",
                                                      "offers": {"price": "9.99", "priceCurrency": "EUR"}}}]}
    main = {"@type": "Product", "name": "Kettle K1 stainless steel", "sku": "K1"}
    html = page('<h1>Kettle K1 stainless steel</h1><span class="price">€49.99</span>', ld(related) + ld(main))
    result = extract_product(html, URL)
    assert (result["sku"], result["price"]) == ("K1", "49.99")


def test_instalment_text_is_not_the_price():
    body = (
        '<div class="product"><h1>Kettle K1</h1><p class="price-info">or 4 interest-free payments of '
        '<strong class="price">€12.50</strong> with Klarna</p><p class="price">€49.99</p>'
        '<button>Add to cart</button></div>'
    )
    assert extract_product(page(body), URL)["price"] == "49.99"
    evidence = collect(page(body), URL).evidence
    assert {str(c.amount) for c in evidence.price_candidates()} == {"49.99"}


def test_was_label_in_another_language_marks_the_regular_price():
    body = (
        '<div class="product"><h1>Kettle K1</h1><p>Ord. pris <span class="amount">599 kr</span></p>'
        '<p class="price"><span class="amount">449 kr</span></p><button>Lägg i varukorg</button></div>'
    )
    result = extract_product(page(body), "https://shop.example.se/k1")
    assert (result["price"], result["regular_price"], result["currency"]) == ("449", "599", "SEK")


def test_brand_from_an_analytics_data_layer_when_the_title_names_it():
    script = (
        "<script>dataLayer.push({ecommerce: {detail: {products: [{name: 'Tapo C200', brand: 'TP Link'}]}},"
        " filters: [{brand: 'Netgear'}]});</script>"
    )
    html = page("<h1>TP-Link Tapo C200 Pan/Tilt Camera</h1>" + script)
    assert extract_product(html, URL)["brand"] == "TP-Link"  # spelled as the title shows it


def test_a_data_layer_brand_the_title_does_not_name_is_ignored():
    html = page("<h1>Tapo C200 Pan/Tilt Camera</h1><script>var filters = [{\"brand\": \"Netgear\"}];</script>")
    assert extract_product(html, URL)["brand"] is None


def test_brand_from_a_link_to_the_brand_page_next_to_the_title():
    body = '<a href="/brands/tp-link"><img src="/logo.png" alt="TP-Link"></a><h1>TP-Link Tapo C200 Camera</h1>'
    assert extract_product(page(body), URL)["brand"] == "TP-Link"
    filler = "".join(f"<p>Line {i}</p>" for i in range(80))
    other = f'<h1>Tapo C200 Camera</h1>{filler}<a href="/brands/netgear">Netgear</a>'
    assert extract_product(page(other), URL)["brand"] is None  # far from the title, and the title does not name it


def test_a_block_found_by_the_main_image_does_not_make_the_product_buyable():
    product = {"@type": "Product", "name": "Kettle K1",
               "offers": {"price": "49.99", "priceCurrency": "EUR", "availability": "https://schema.org/OutOfStock"}}
    head = ld(product) + '<meta property="og:image" content="https://cdn.example/img/kettle-k1-main.jpg">'
    body = '<div class="product"><h1>Kettle K1</h1><img src="/img/kettle-k1-main.jpg"><span>€49.99</span></div>'
    assert extract_product(page(body, head), URL)["availability"] == "OutOfStock"


def test_cents_in_a_superscript_are_joined():
    body = '<h1>Kettle K1</h1><div class="price sale">$229<span class="cents">99</span></div>'
    assert extract_product(page(body), "https://shop.example.ca/k1")["price"] == "229.99"


def test_a_magento_price_container_marked_tax_is_still_the_price():
    body = (
        '<h1>Kettle K1</h1><span class="price-container price-final_price tax weee">'
        '<span data-price-amount="10.748401" class="price-wrapper"><span class="price">10,75 €</span></span></span>'
    )
    assert extract_product(page(body), "https://shop.example.pt/k1")["price"] == "10.75"


def test_a_price_range_gives_its_start():
    body = '<h1>Kettle K1</h1><div class="product-prices">502,20 – 558,00 €</div>'
    assert extract_product(page(body), "https://shop.example.de/k1")["price"] == "502.20"


def test_structured_in_stock_but_the_page_says_it_cannot_be_bought():
    # stale structured data: the page shows no buy control and says, next to the title, that
    # the product cannot be bought (Slovak); the visible page is the newer evidence
    offer = {"@type": "Product", "name": "Kettle K1",
             "offers": {"@type": "Offer", "price": "49.99", "priceCurrency": "EUR",
                        "availability": "https://schema.org/InStock"}}
    body = ('<div class="product"><h1>Kettle K1</h1><span class="price">€49.99</span>'
            '<p class="availability">Momentálne nie je možné produkt kúpiť</p>'
            '<a class="btn">Rezervovať v predajni</a></div>')
    assert extract_product(page(body, ld(offer)), URL)["availability"] == "OutOfStock"
    buyable = body.replace('<a class="btn">Rezervovať v predajni</a>', '<button class="add-to-cart">Do košíka</button>')
    assert extract_product(page(buyable, ld(offer)), URL)["availability"] == "InStock"


def test_a_price_in_a_carousel_slide_is_another_products():
    # accessories in a slider library's slides, with no "related" class: not the main price
    slides = "".join(
        f'<li class="col slick-slide"><a href="/p/{i}">Cable {i}</a><table><tr><td class="price">{a}</td></tr></table></li>'
        for i, a in enumerate(("30,48 €", "12,90 €"))
    )
    body = (f'<div class="product"><div class="price-wrap"><span>49,99 €</span></div>'
            f'<h1>Kettle K1</h1><ul class="slides">{slides}</ul><button class="add-to-cart">Add to cart</button></div>')
    assert extract_product(page(body), URL)["price"] == "49.99"
    evidence = collect(page(body), URL).evidence
    assert {str(c.amount) for c in evidence.price_candidates()} == {"49.99"}


@pytest.mark.parametrize("raw, brand", [
    ("Acme", "Acme"), ("Brand: Acme", "Acme"), ("Marke: Acme", "Acme"), ("by Acme", "Acme"),
    ("See more from brand: Acme Tools", "Acme Tools"), ("By Terry", "By Terry"), ("Brandt", "Brandt"),
    ("#brand", None), ("https://schema.org/Brand", None), ("Brand", None), ("undefined", None),
])
def test_clean_brand_cuts_labels_and_drops_non_names(raw, brand):
    assert clean_brand(raw) == brand


@pytest.mark.parametrize("value", [
    "Acme", {"@type": "Brand", "name": "Acme"}, [{"@type": "Brand", "name": "Acme"}], ["Acme"],
    {"@type": "Organization", "name": "Acme", "logo": "/acme.png"}, "Brand: Acme",
])
def test_brand_in_any_json_ld_shape(value):
    product = {"@type": "Product", "name": "Kettle K1", "brand": value,
               "offers": {"@type": "Offer", "price": "49.99", "priceCurrency": "EUR"}}
    assert extract_product(page("<h1>Kettle K1</h1>", ld(product)), URL)["brand"] == "Acme"


def test_an_unresolved_brand_reference_is_no_brand():
    product = {"@type": "Product", "name": "Kettle K1", "brand": {"@id": "#brand"},
               "offers": {"@type": "Offer", "price": "49.99", "priceCurrency": "EUR"}}
    assert extract_product(page("<h1>Kettle K1</h1>", ld(product)), URL)["brand"] is None


@pytest.mark.parametrize("button", [
    "Lägg i varukorgen", "Legg i handlekurv", "Lisää ostoskoriin", "Adaugă în coș", "Toevoegen aan winkelwagen",
    "Προσθήκη στο καλάθι", "Vložiť do košíka", "הוסף לסל",
])
def test_a_buy_button_in_more_languages_overrules_an_out_of_stock_variant(button):
    # a variant's out-of-stock offer while the main block holds an enabled buy button
    product = {"@type": "Product", "name": "Kettle K1",
               "offers": {"@type": "Offer", "price": "49.99", "priceCurrency": "EUR",
                          "availability": "https://schema.org/OutOfStock"}}
    body = f'<div class="product"><h1>Kettle K1</h1><span class="price">€49.99</span><button>{button}</button></div>'
    assert extract_product(page(body, ld(product)), URL)["availability"] == "InStock"


@pytest.mark.parametrize("old", [
    "<p>Was €79.99</p>",  # the label inside the element's own text
    "<div>RRP €79.99</div>",
    "<div><span>UVP</span> <span>€79.99</span></div>",  # a label element right before
])
def test_a_was_price_shown_first_is_the_regular_price(old):
    body = f'<div class="product"><h1>Kettle K1</h1>{old}<p>€49.99</p><button class="add-to-cart">Add to cart</button></div>'
    result = extract_product(page(body), URL)
    assert (result["price"], result["regular_price"]) == ("49.99", "79.99")


def test_a_swiss_apostrophe_thousands_mark_is_one_number():
    body = '<div class="product"><h1>Kettle K1</h1><div class="price">CHF 1’299.00</div><button>In den Warenkorb</button></div>'
    result = extract_product(page(body), "https://shop.example.ch/p/kettle-k1")
    assert (result["price"], result["currency"]) == ("1299", "CHF")


@pytest.mark.parametrize("unit", [
    "Prix au kilo : 5,98 €", "Precio por kilo: 5,98 €", "5,98 € pro Liter", "Цена за кг: 5,98 €", "5,98 € za kg",
    "Jämförpris 5,98 kr/kg",
])
def test_a_per_unit_price_in_any_language_is_not_the_price(unit):
    body = f'<div class="product"><h1>Kettle K1</h1><span>{unit}</span><p>2,99 €</p><button class="add-to-cart">Add to cart</button></div>'
    assert extract_product(page(body), "https://shop.example.de/p/kettle-k1")["price"] == "2.99"
