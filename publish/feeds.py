"""Atom feeds: price alerts without an account, in any feed reader (built with feedgen).

- ``/-/feeds/product/<id>.atom``: every recorded price change of the product's offers;
- ``/-/feeds/category/<name>.atom``: real price drops and new all-time lows in a category;
- ``/-/feeds/drops.atom``: real price drops of the last 7 days (see publish/shop.py);
- ``/-/feeds/lows.atom``: new all-time lows of the last 30 days.

An entry's id is stable from one snapshot to the next (offer, time of the change), so a feed
reader shows each change once. Each page links its feed with ``<link rel="alternate"
type="application/atom+xml">``.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

from feedgen.feed import FeedGenerator

from publish import humanize, shop

FEED_DAYS = 7          # real drops in the drops and category feeds
LOWS_FEED_DAYS = 30
ENTRIES = 50


class NoFeed(LookupError):
    """No such product or category."""


def _moment(text) -> datetime:
    return humanize.parse_iso(text) or datetime(1970, 1, 1, tzinfo=timezone.utc)


def _feed(base: str, path: str, title: str, subtitle: str, updated: str | None, html_path: str) -> FeedGenerator:
    feed = FeedGenerator()
    feed.id(f"{base}{path}")
    feed.title(title)
    feed.subtitle(subtitle)
    feed.link(href=f"{base}{path}", rel="self", type="application/atom+xml")
    feed.link(href=f"{base}{html_path}", rel="alternate", type="text/html")
    feed.author({"name": "pricelens"})
    feed.language("en")
    feed.updated(_moment(updated))
    return feed


def _snapshot_time(conn) -> str | None:
    return shop._published_at(conn)


def _drop_entry(feed: FeedGenerator, base: str, drop: dict) -> None:
    entry = feed.add_entry(order="append")
    entry.id(f"{base}/-/feeds/change/{drop['offer_id']}/{drop['observed_at']}")
    title = drop["title"] or f"offer {drop['offer_id']}"
    price = humanize.money(drop["price"], drop["currency"])
    entry.title(f"{title}: {price} at {drop['retailer']} (−{drop['drop_pct']} %)")
    link = f"{base}/-/product/{drop['product_id']}" if drop.get("product_id") else drop.get("url")
    if link:
        entry.link(href=link)
    usd = f" ({humanize.usd(drop['price_usd'])})" if drop.get("currency") != "USD" and drop.get("price_usd") else ""
    entry.content(f"{drop['retailer']} dropped {title} from {humanize.money(drop['previous_price'], drop['currency'])} "
                  f"to {price}{usd} on {humanize.when_text(drop['observed_at'])}: below every price it asked in the "
                  "30 days before.", type="text")
    entry.updated(_moment(drop["observed_at"]))
    entry.published(_moment(drop["observed_at"]))


def _low_entry(feed: FeedGenerator, base: str, low: dict) -> None:
    entry = feed.add_entry(order="append")
    entry.id(f"{base}/-/feeds/low/{low['id']}/{low['all_time_low_at']}")
    entry.title(f"{low['title']}: lowest price ever, {humanize.usd(low['all_time_low_usd'])}")
    entry.link(href=f"{base}/-/product/{low['id']}")
    before = f", the previous low was {humanize.usd(low['previous_low_usd'])}" if low.get("previous_low_usd") else ""
    entry.content(f"{low['title']} is at {humanize.usd(low['price_usd'])} at {low['retailer'] or 'a shop'}, "
                  f"its lowest price ever (since {humanize.when_text(low['all_time_low_at'])}{before}).", type="text")
    entry.updated(_moment(low["all_time_low_at"]))
    entry.published(_moment(low["all_time_low_at"]))


def _atom(feed: FeedGenerator) -> bytes:
    return feed.atom_str(pretty=True)


def drops_feed(conn: sqlite3.Connection, base: str) -> bytes:
    feed = _feed(base, "/-/feeds/drops.atom", "pricelens: real price drops",
                 "Prices that fell below every price the shop asked in the 30 days before, still in stock.",
                 _snapshot_time(conn), "/")
    for drop in sorted(shop.real_drops(conn, hours=24 * FEED_DAYS, limit=ENTRIES),
                       key=lambda d: d["observed_at"], reverse=True):
        _drop_entry(feed, base, drop)
    return _atom(feed)


def lows_feed(conn: sqlite3.Connection, base: str) -> bytes:
    feed = _feed(base, "/-/feeds/lows.atom", "pricelens: new all-time lows",
                 "Products at the lowest price ever recorded, still in stock.", _snapshot_time(conn), "/")
    for low in shop.new_lows(conn, days=LOWS_FEED_DAYS, limit=ENTRIES):
        _low_entry(feed, base, low)
    return _atom(feed)


def category_feed(conn: sqlite3.Connection, base: str, category: str) -> bytes:
    if not conn.execute("select 1 from products where category = ? limit 1", [category]).fetchone():
        raise NoFeed(f"No category {category}")
    from datasette.utils import tilde_encode

    name = tilde_encode(category)
    feed = _feed(base, f"/-/feeds/category/{name}.atom", f"pricelens: {category} price drops and new lows",
                 f"Real price drops and new all-time lows in {category}.", _snapshot_time(conn),
                 f"/-/category/{name}")
    items = [("drop", d["observed_at"], d) for d in shop.real_drops(
        conn, hours=24 * FEED_DAYS, limit=ENTRIES, where="p.category = ?", params=[category])]
    items += [("low", low["all_time_low_at"], low) for low in shop.new_lows(
        conn, days=LOWS_FEED_DAYS, limit=ENTRIES, where="p.category = ?", params=[category])]
    for kind, _, item in sorted(items, key=lambda i: i[1], reverse=True)[:ENTRIES]:
        (_drop_entry if kind == "drop" else _low_entry)(feed, base, item)
    return _atom(feed)


def product_feed(conn: sqlite3.Connection, base: str, product_id: int) -> bytes:
    product = conn.execute("select id, title from products where id = ?", [product_id]).fetchone()
    if product is None:
        raise NoFeed(f"No product {product_id}")
    title = product[1]
    feed = _feed(base, f"/-/feeds/product/{product_id}.atom", f"pricelens: {title}",
                 f"Every price change of {title} at every shop.", _snapshot_time(conn), f"/-/product/{product_id}")
    changes = conn.execute(
        "select h.offer_id, h.observed_at, h.price, h.previous_price, h.currency, h.price_usd, h.availability, "
        "h.movement, coalesce(o.retailer_name, o.retailer_id) as retailer "
        "from price_history h join offers o on o.id = h.offer_id where o.product_id = ? "
        "order by h.observed_at desc, h.id desc limit ?", [product_id, ENTRIES]).fetchall()
    for offer_id, observed_at, price, previous, currency, price_usd, availability, movement, retailer in changes:
        entry = feed.add_entry(order="append")
        entry.id(f"{base}/-/feeds/change/{offer_id}/{observed_at}")
        now = humanize.money(price, currency) if price is not None else "no price"
        if movement == "first":
            what = f"listed at {now}"
        elif previous is not None and price is not None and price != previous:
            what = f"{'down' if price < previous else 'up'} to {now} from {humanize.money(previous, currency)}"
        else:
            what = f"{now}, {humanize.availability(availability).lower()}"
        entry.title(f"{retailer}: {what}")
        entry.link(href=f"{base}/-/product/{product_id}")
        usd = f" ({humanize.usd(price_usd)})" if currency != "USD" and price_usd is not None else ""
        entry.content(f"{title} at {retailer}: {what}{usd}, {humanize.availability(availability).lower()}, "
                      f"{humanize.when_text(observed_at)}.", type="text")
        entry.updated(_moment(observed_at))
        entry.published(_moment(observed_at))
    return _atom(feed)
