"""TechZone (demo, Beirut): structured data — sitemap index, schema.org JSON-LD product pages."""

from crawler.platforms.structured import StructuredDataSpider


class TechzoneSpider(StructuredDataSpider):
    name = "techzone"
    retailer_name = "TechZone"
    base_url = "http://127.0.0.1:8101"
    default_currency = "USD"
    decimal_separator = "."
    store_locator_path = "/stores"
    sitemap_rules = [(r"/p/", "parse_product")]
