"""Dedupe: within one run, one offer per (retailer, retailer_sku or canonical URL) and one
store per (retailer, ref). Later duplicates are dropped, counted in ``pricelens/duplicates``
and in the run's ``duplicates`` column; a duplicate offer whose price, currency or availability
differs from the one kept is also a ``rejections`` row (its price is recorded nowhere else), and
so is a duplicate store ref whose name, address, city or coordinates differ."""

from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from crawler.store.runs import CrawlRun
from pipelines._base import CrawlerPipeline, item_type


def offer_key(adapter: ItemAdapter) -> str:
    """The identity of an offer within its retailer: its own sku, else its canonical URL."""
    sku = adapter.get("retailer_sku")
    return f"sku:{sku}" if sku else f"url:{adapter.get('url')}"


class DedupePipeline(CrawlerPipeline):
    def __init__(self, crawler):
        super().__init__(crawler)
        # (each key kept: the offer's price, currency and availability, None for a store)
        self.seen: dict[tuple, tuple | None] = {}

    def process_item(self, item):
        adapter = ItemAdapter(item)
        kind = item_type(item)
        key = (kind, adapter.get("retailer"), offer_key(adapter) if kind == "offer" else adapter.get("ref"))
        what = _what(adapter) if kind == "offer" else _place(adapter)
        if key in self.seen:
            self.stats.inc_value("pricelens/duplicates")
            self.stats.inc_value(f"pricelens/duplicates/{kind}")
            kept = self.seen[key]
            if kind == "store" and what != kept:  # another branch under the same ref: a row, not lost
                self.stats.inc_value("pricelens/duplicates/differing")
                CrawlRun.of(self.crawler).reject(
                    item_type=kind, url=adapter.get("url"), field="ref", action="dropped",
                    reason=f"duplicate store ref {key[2]} in this run with another name or place than the one "
                           f"kept ({_place_shown(kept)})"[:500], raw_value=_place_shown(what))
            elif what != kept:
                self.stats.inc_value("pricelens/duplicates/differing")
                CrawlRun.of(self.crawler).reject(
                    item_type=kind, url=adapter.get("url"), field="price", action="dropped",
                    reason=f"duplicate {kind} {key[2]} in this run with another price or availability "
                           f"than the one kept ({_shown(kept)})", raw_value=_shown(what))
            raise DropItem(f"duplicate {kind} {key[2]}", log_level="DEBUG")
        self.seen[key] = what
        return item


def _place(adapter: ItemAdapter) -> tuple:
    return tuple(adapter.get(field) for field in ("name", "address", "city", "latitude", "longitude"))


def _place_shown(place: tuple) -> str:
    name, address, city, latitude, longitude = place
    shown = ", ".join(str(part) for part in (name, address, city) if part)
    return shown + (f" ({latitude}, {longitude})" if latitude is not None else "")


def _what(adapter: ItemAdapter) -> tuple:
    return (adapter.get("price"), adapter.get("currency"), adapter.get("availability"))


def _shown(what) -> str:
    price, currency, availability = what
    return f"{price if price is not None else 'no price'} {currency or ''} {availability or ''}".replace("  ", " ").strip()
