"""PixelHub (demo, Beirut): JavaScript-rendered pages — Chromium draws each product, USD."""

from crawler.platforms.rendered import RenderedSpider


class PixelhubSpider(RenderedSpider):
    name = "pixelhub"
    retailer_name = "PixelHub"
    base_url = "http://127.0.0.1:8105"
    default_currency = "USD"
    decimal_separator = "."
    store_locator_path = "/stores"
    sitemap_rules = [(r"/product/", "parse_product")]
    render_wait = "#app[data-rendered='true']"
    product_fields = {
        "title": "h1.product-title::text",
        "brand": "p.brand::text",
        "price": ".prices .price::text",
        "currency": ".prices .price::attr(data-currency)",
        "regular_price": ".prices .regular-price::text",
        "availability": "p.availability::text",
        "retailer_sku": "dd.sku::text",
        "mpn": "dd.mpn::text",
        "gtin": "dd.gtin::text",
        "category": "dd.category::text",
        "image_url": "img.product-image::attr(src)",
    }
