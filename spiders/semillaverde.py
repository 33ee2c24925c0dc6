"""Semilla Verde (demo, Barcelona): a seed bank on the WooCommerce Store API, EUR, in Spanish —
each strain a variable product, each pack of seeds a variation and one offer."""

from crawler.platforms.woocommerce import WooCommerceSpider


class SemillaverdeSpider(WooCommerceSpider):
    name = "semillaverde"
    retailer_name = "Semilla Verde"
    base_url = "http://127.0.0.1:8106"
    country = "ES"
    default_currency = "EUR"
    decimal_separator = ","             # "42,00 €"
    store_locator_path = "/tienda/"
    crawl_variations = True             # packs of 1, 3, 5, 10 seeds: one offer each
