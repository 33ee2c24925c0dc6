"""Dedupe: within one run, one offer per (retailer, retailer_sku or canonical URL) and one
store per (retailer, ref). Later duplicates are dropped, counted in ``pricelens/duplicates``
and in the run's ``duplicates`` column."""

from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from pipelines._base import CrawlerPipeline, item_type


def offer_key(adapter: ItemAdapter) -> str:
    """The identity of an offer within its retailer: its own sku, else its canonical URL."""
    sku = adapter.get("retailer_sku")
    return f"sku:{sku}" if sku else f"url:{adapter.get('url')}"


class DedupePipeline(CrawlerPipeline):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.seen: set[tuple] = set()

    def process_item(self, item):
        adapter = ItemAdapter(item)
        kind = item_type(item)
        key = (kind, adapter.get("retailer"), offer_key(adapter) if kind == "offer" else adapter.get("ref"))
        if key in self.seen:
            self.stats.inc_value("pricelens/duplicates")
            self.stats.inc_value(f"pricelens/duplicates/{kind}")
            raise DropItem(f"duplicate {kind} {key[2]}", log_level="DEBUG")
        self.seen.add(key)
        return item
