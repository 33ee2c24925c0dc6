"""Cedar Shop (demo, Beirut): a Shopify storefront — /products.json, one offer per variant, USD."""

from crawler.items import Offer
from crawler.platforms.shopify import ShopifySpider


class CedarshopSpider(ShopifySpider):
    name = "cedarshop"
    retailer_name = "Cedar Shop"
    base_url = "http://127.0.0.1:8102"
    default_currency = "USD"
    decimal_separator = "."
    store_locator_path = "/pages/stores"

    def post_process_item(self, item, response, source=None):
        # a variant's sku is the manufacturer's part number unless it is the shop's own "CS-" code
        if isinstance(item, Offer) and item.get("retailer_sku") and not item["retailer_sku"].startswith("CS-"):
            item["mpn"] = item["retailer_sku"]
        return item
