"""The shopper's questions, as SQL on a snapshot: product cards, search, categories, today's
real price drops and new all-time lows. Used by the site's pages (plugins/pricelens_shop.py),
the Atom feeds (publish/feeds.py) and the price alerts (publish/alerts.py).

Every function takes a ``sqlite3.Connection`` to a snapshot and returns plain dicts.

- a *card* is a product with its best in-stock offer (else its best offer): price in USD and
  in the shop's currency, the shops selling it, whether any has it in stock, an image, and
  ``lowest_ever`` when today's best price is the lowest ever recorded for the product;
- a *real drop* is a price change at the last crawl (the 24 hours before the snapshot) to a
  price below every price the offer had in the 30 days before: a drop that only undoes a
  recent rise is not one;
- a *new all-time low* is a product whose lowest price ever was set in the last N days,
  beating an earlier low, and can still be had at that price.
"""

from __future__ import annotations

import re
import sqlite3

from publish.search import bm25_sql
from publish.search import fts_query as search_query

DROP_WINDOW_HOURS = 24
LOWS_DAYS = 7

CARD_SELECT = """
select p.id, p.title, p.brand, p.category, p.retailer_count, p.offer_count, p.in_stock_count,
       p.best_in_stock_price_usd, p.best_price_usd, p.all_time_low_usd, p.all_time_low_at,
       coalesce(p.best_in_stock_price_usd, p.best_price_usd) as price_usd,
       o.price as price, o.currency as currency, o.retailer_name as retailer, o.in_stock as offer_in_stock,
       coalesce(o.image_url, (select i.image_url from offers i where i.product_id = p.id
                              and i.image_url is not null order by i.price_usd limit 1)) as image_url
from products p
left join offers o on o.id = coalesce(p.best_in_stock_offer_id, p.best_offer_id)
"""


def _card(row) -> dict:
    card = dict(row)
    card["in_stock"] = bool(card.get("in_stock_count"))
    best, low = card.get("price_usd"), card.get("all_time_low_usd")
    card["lowest_ever"] = bool(best is not None and low is not None and float(best) <= float(low) + 0.005
                               and card["in_stock"])
    image = str(card.get("image_url") or "")
    card["image_url"] = image if image.lower().startswith(("https://", "http://")) else None
    return card


def cards(conn: sqlite3.Connection, where: str = "1", params=(), order: str = "p.id", limit: int = 24,
          offset: int = 0) -> list[dict]:
    sql = f"{CARD_SELECT} where {where} order by {order} limit ? offset ?"
    return [_card(r) for r in conn.execute(sql, [*params, limit, offset])]


def cards_by_id(conn: sqlite3.Connection, ids: list[int]) -> list[dict]:
    """The cards of products ``ids``, in that order (a missing product left out)."""
    if not ids:
        return []
    found = {c["id"]: c for c in cards(conn, f"p.id in ({','.join('?' * len(ids))})", ids, limit=len(ids))}
    return [found[i] for i in ids if i in found]


def ordered_cards(conn: sqlite3.Connection, where: str = "1", params=(), order: str = "p.id", limit: int = 24,
                  offset: int = 0) -> list[dict]:
    """:func:`cards`, the same rows in the same order (``order`` must end in a unique column),
    in two steps: the page's product ids from ``products`` alone, then the cards of those. In
    one query SQLite joins each matching product's best offer and looks up its image before
    sorting: a category's 2,000 products for 24 cards, 8-9 ms for a price sort."""
    ids = [r[0] for r in conn.execute(f"select p.id from products p where {where} order by {order} limit ? offset ?",
                                      [*params, limit, offset])]
    return cards_by_id(conn, ids)


def fts_query(text: str) -> str | None:
    """The FTS5 query for what a shopper typed (:func:`publish.search.fts_query`: plurals,
    prefixes, model codes with or without spaces and dashes); None when nothing searchable is
    left."""
    if not re.findall(r"[^\W_]+", text or ""):
        return None
    return search_query(text)


def search(conn: sqlite3.Connection, text: str, limit: int = 24, offset: int = 0) -> tuple[list[dict], int]:
    """Products matching ``text`` (title, brand, MPN, GTIN), best FTS match first, and how many
    match. Without an FTS table: titles containing every word."""
    query = fts_query(text)
    if query is None:
        return [], 0
    try:
        total = conn.execute("select count(*) from products_fts where products_fts match ?", [query]).fetchone()[0]
        ids = [r[0] for r in conn.execute(
            f"select rowid from products_fts where products_fts match ? order by {bm25_sql('products')} limit ? offset ?",
            [query, limit, offset])]
    except sqlite3.OperationalError:
        words = re.findall(r"\w+", text)[:12]
        where = " and ".join(["title like ?"] * len(words))
        params = [f"%{w}%" for w in words]
        total = conn.execute(f"select count(*) from products where {where}", params).fetchone()[0]
        ids = [r[0] for r in conn.execute(f"select id from products where {where} order by retailer_count desc, id "
                                          "limit ? offset ?", [*params, limit, offset])]
    return cards_by_id(conn, ids), total


def categories(conn: sqlite3.Connection) -> list[dict]:
    return [{"name": r[0], "count": r[1]} for r in conn.execute(
        "select category, count(*) from products where category is not null and category != '' "
        "group by category order by count(*) desc, category")]


SORTS = {
    "popular": "p.retailer_count desc, p.in_stock_count desc, p.id",
    "price": "coalesce(p.best_in_stock_price_usd, p.best_price_usd) is null, "
             "coalesce(p.best_in_stock_price_usd, p.best_price_usd), p.id",
    "price_desc": "coalesce(p.best_in_stock_price_usd, p.best_price_usd) is null, "
                  "coalesce(p.best_in_stock_price_usd, p.best_price_usd) desc, p.id",
}


# the product columns a category page filters by (``?brand=`` ...), each with its counts; the seed
# facets (publish/families.py fills them) show where the category's products have them
FILTERS = ("brand", "seed_type", "breeder")
FACET_LIMIT = 30


def _filter_columns(conn: sqlite3.Connection) -> set[str]:
    """The filter columns the snapshot's products have (one from before families has no seed
    columns: a filter on one of them matches nothing there)."""
    return {r[1] for r in conn.execute("select * from pragma_table_info('products')")} & set(FILTERS)


def _category_where(name: str, filters: dict, in_stock: bool, columns: set[str],
                    leave_out: str | None = None) -> tuple[list, list]:
    where, params = ["p.category = ?"], [name]
    for column in FILTERS:
        if filters.get(column) and column != leave_out:
            if column in columns:
                where.append(f"p.{column} = ?")
                params.append(filters[column])
            else:
                where.append("0")
    if in_stock:
        where.append("p.in_stock_count > 0")
    return where, params


def category_facets(conn: sqlite3.Connection, name: str, *, brand: str | None = None, in_stock: bool = False,
                    seed_type: str | None = None, breeder: str | None = None) -> dict:
    """A category's counts: products (with the filters), how many of them are in stock, and per
    filter column (:data:`FILTERS`) its values with counts under the other filters (so a
    shopper sees what choosing another value would give): ``brands``, ``seed_types``,
    ``breeders`` (empty where the category's products have none). Aggregates over the whole
    category: the site computes them once per snapshot and filters."""
    filters = {"brand": brand, "seed_type": seed_type, "breeder": breeder}
    columns = _filter_columns(conn)
    where, params = _category_where(name, filters, False, columns)
    total = conn.execute("select count(*) from products p where " + " and ".join(
        where + (["p.in_stock_count > 0"] if in_stock else [])), params).fetchone()[0]
    stock = conn.execute("select count(*) from products p where " + " and ".join(where + ["p.in_stock_count > 0"]),
                         params).fetchone()[0]
    found = {"total": total, "in_stock_total": stock}
    for column, key in (("brand", "brands"), ("seed_type", "seed_types"), ("breeder", "breeders")):
        found[key] = []
        if column not in columns:
            continue
        where, params = _category_where(name, filters, in_stock, columns, leave_out=column)
        found[key] = [{"name": r[0], "count": r[1]} for r in conn.execute(
            f"select p.{column}, count(*) from products p where {' and '.join(where)} and p.{column} is not null "
            f"and p.{column} != '' group by p.{column} order by count(*) desc, p.{column} limit ?",
            [*params, FACET_LIMIT])]
    return found


def category_page(conn: sqlite3.Connection, name: str, *, brand: str | None = None, in_stock: bool = False,
                  seed_type: str | None = None, breeder: str | None = None, sort: str = "popular", limit: int = 24,
                  offset: int = 0, facets: dict | None = None) -> dict:
    """A category's product cards with its facets (:func:`category_facets`) and the total;
    ``facets``: those of :func:`category_facets` when already known."""
    where, params = _category_where(name, {"brand": brand, "seed_type": seed_type, "breeder": breeder}, in_stock,
                                    _filter_columns(conn))
    facets = facets or category_facets(conn, name, brand=brand, in_stock=in_stock, seed_type=seed_type,
                                       breeder=breeder)
    return {"cards": ordered_cards(conn, " and ".join(where), params, order=SORTS.get(sort, SORTS["popular"]),
                                   limit=limit, offset=offset), **facets}


def _published_at(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("select published_at from snapshot where id = 1").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def real_drops(conn: sqlite3.Connection, hours: int = DROP_WINDOW_HOURS, limit: int = 12,
               where: str = "1", params=()) -> list[dict]:
    """Drops at the last crawl to a price below every price of the offer in the 30 days before,
    still the offer's price and in stock; biggest drop first."""
    published = _published_at(conn)
    if not published:
        return []
    # the cheap conditions first (a materialized list), the 30-day look-back only for those left
    sql = f"""
    with candidates as materialized (
      select h.id, h.offer_id, h.observed_at, h.previous_price, h.price, h.currency, h.price_usd,
             strftime('%Y-%m-%dT%H:%M:%SZ', h.observed_at, '-30 days') as since
      from price_history h
      join offers o on o.id = h.offer_id
      left join products p on p.id = o.product_id
      where h.observed_at >= strftime('%Y-%m-%dT%H:%M:%SZ', ?, ?)
        and h.movement in ('new_low', 'rebound')
        and h.previous_price > 0 and h.price < h.previous_price
        and o.price = h.price and o.in_stock = 1
        and ({where})
    )
    select c.id as change_id, c.offer_id, c.observed_at, c.previous_price, c.price, c.currency, c.price_usd,
           round(100.0 * (c.previous_price - c.price) / c.previous_price, 1) as drop_pct,
           o.retailer_name as retailer, o.product_id, coalesce(p.title, o.title) as title, p.category,
           o.url, o.image_url
    from candidates c
    join offers o on o.id = c.offer_id
    left join products p on p.id = o.product_id
    where c.price < min(  -- every price in force in the 30 days before: those set in them, and the one at their start
            coalesce((select min(e.price) from price_history e
                      where e.offer_id = c.offer_id and e.observed_at < c.observed_at
                        and e.observed_at >= c.since and e.price is not null), 1e308),
            coalesce((select e.price from price_history e
                      where e.offer_id = c.offer_id and e.observed_at < c.since
                      order by e.observed_at desc limit 1), 1e308))
    order by drop_pct desc, c.id desc
    limit ?"""
    return [dict(r) for r in conn.execute(sql, [published, f"-{int(hours)} hours", *params, limit])]


def new_lows(conn: sqlite3.Connection, days: int = LOWS_DAYS, limit: int = 12, where: str = "1",
             params=()) -> list[dict]:
    """Products whose all-time low was set in the last ``days`` days, beating an earlier low,
    and still available at it (in stock); newest first."""
    published = _published_at(conn)
    if not published:
        return []
    rows = cards(conn, "p.all_time_low_at >= strftime('%Y-%m-%dT%H:%M:%SZ', ?, ?) and p.previous_low_usd is not null "
                       "and p.best_in_stock_price_usd <= p.all_time_low_usd + 0.005 and " + f"({where})",
                 [published, f"-{int(days)} days", *params], order="p.all_time_low_at desc, p.id", limit=limit)
    extra = {r[0]: r[1] for r in conn.execute(
        f"select id, previous_low_usd from products where id in ({','.join('?' * len(rows))})",
        [r["id"] for r in rows])} if rows else {}
    for row in rows:
        row["previous_low_usd"] = extra.get(row["id"])
    return rows
