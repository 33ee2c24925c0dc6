"""The Seed Vault (demo, London): a seed bank on Shopify — /products.json, one offer per pack
(variant "Pack of 5"), GBP."""

from crawler.platforms.shopify import ShopifySpider


class SeedvaultSpider(ShopifySpider):
    name = "seedvault"
    retailer_name = "The Seed Vault"
    base_url = "http://127.0.0.1:8107"
    country = "GB"
    default_currency = "GBP"
    decimal_separator = "."
    store_locator_path = "/pages/stores"
