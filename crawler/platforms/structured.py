"""Structured-data shops: sitemap discovery, product pages read by the generic extractor.

Declare ``sitemap_urls`` (default: ``<base_url>/robots.txt``, whose ``Sitemap:`` lines lead to
the sitemaps; sitemap indexes are followed) and ``sitemap_rules`` (regex on the URL ->
callback name; default: everything is a product page). Each product page goes through
:func:`crawler.extraction.extract_product` (JSON-LD, microdata, RDFa, Open Graph, then HTML
evidence) and becomes one Offer.
"""

from __future__ import annotations

from scrapy.spiders import SitemapSpider

from crawler.extraction import extract_product
from crawler.platforms.base import RetailerSpider, page_text


class StructuredDataSpider(RetailerSpider, SitemapSpider):
    platform = "structured"
    sitemap_paths: tuple[str, ...] = ("/robots.txt",)
    sitemap_rules = [("", "parse_product")]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not getattr(self, "sitemap_urls", None):
            self.sitemap_urls = [self.url(path) for path in self.sitemap_paths]

    async def start(self):
        for request in self.store_requests():
            yield request
        async for request in super().start():
            yield request

    def parse_product(self, response):
        product = extract_product(page_text(response), response.url)
        yield from self.emit(self.offer_from_extracted(response, product), response, "product")
