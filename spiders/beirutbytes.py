"""Beirut Bytes (demo, Beirut): WooCommerce Store API, prices in Lebanese pounds (minor unit 0)."""

from crawler.items import Offer
from crawler.platforms.woocommerce import WooCommerceSpider


class BeirutbytesSpider(WooCommerceSpider):
    name = "beirutbytes"
    retailer_name = "Beirut Bytes"
    base_url = "http://127.0.0.1:8103"
    default_currency = "LBP"
    decimal_separator = "."             # "15,220,000 ل.ل": "," groups thousands
    store_locator_path = "/stores/"

    def post_process_item(self, item, response, source=None):
        # the sku is the manufacturer's part number unless it is the shop's own "BB-" code
        if isinstance(item, Offer) and item.get("retailer_sku") and not item["retailer_sku"].startswith("BB-"):
            item["mpn"] = item.get("mpn") or item["retailer_sku"]
        return item
