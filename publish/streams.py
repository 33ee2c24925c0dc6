"""The PostgreSQL side of the snapshot: one query per snapshot table, in the table's column order.

Every query reads the system of record as one consistent view (the export runs them in
transactions that share one exported snapshot), so the summaries are computed while the
export is still writing earlier tables:

- prices in USD use the rate of ``currency_rates`` in force on the (UTC) day of the price; a
  day before a currency's first rate uses that first rate. Converted in float arithmetic and
  rounded to the cent, the same way in SQL (:func:`usd`) and in Python (:class:`HistoryRows`);
- ``price_history`` rows get the offer's previous price and a ``movement``: ``first``,
  ``new_low`` (an in-stock price below every earlier in-stock price of the offer), ``rebound``
  (a drop back to a level the offer already had in stock, undoing a rise), ``drop`` (a drop
  below every in-stock price while not in stock, or before any: no low), ``rise`` or ``same``.
  Lows (the offers' 30-day high and low, the products' all-time and 30-day lows) count only
  prices in force while the offer was in stock: a pre-order or out-of-stock price sets none. Prices are compared in the
  offer's currency; a row without a price (out of stock, price hidden) is skipped over, a
  change of currency starts the comparison again;
- ``offers`` get the highest and lowest price in force during the 30 days before the
  snapshot (the price in force when the window opened counts);
- ``products`` get their counts, best offer, best in-stock offer, spread, all-time low (when
  it was set and what it beat) and 30-day low;
- ``retailers`` get their sizes and the health of their recent crawls.

Times are ISO 8601 UTC text (``2025-01-31T12:00:00Z``), money is a number (USD rounded to the
cent), flags are 0/1. Queries take two parameters: ``now`` (the snapshot time) and ``since``
(``now`` minus 30 days).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Stream:
    table: str
    sql: str
    # builds, from the currency rates, a function applied to every batch of rows on the way
    transform: Callable[[dict], Callable[[list], list]] | None = None
    # True: the rows have no id; SQLite numbers them (the table's INTEGER PRIMARY KEY) in order
    numbered: bool = False


def iso(column: str) -> str:
    return f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"


def usd(amount: str, per_usd: str) -> str:
    """SQL: an amount in USD, rounded to the cent (as :meth:`HistoryRows.usd` does it)."""
    return f"(round({amount}::float8 / {per_usd} * 100) / 100)"


def unit_usd(amount: str, per_usd: str, units: str) -> str:
    """SQL: an amount in USD per unit (``units``: the units in the pack), rounded to 4 decimals
    (a GB of a drive costs a few cents); NULL when the units are unknown."""
    return f"round(({amount}::float8 / {per_usd} / ({units})::float8)::numeric, 4)::float8"


RATES_SQL = "SELECT currency::text, valid_from::text, per_usd::float8 FROM currency_rates ORDER BY currency, valid_from"


def rate_table(rows) -> dict[str, tuple[list[str], list[float]]]:
    """``{currency: ([valid_from, ...], [per_usd, ...])}`` from (currency, valid_from, per_usd) rows."""
    table: dict[str, tuple[list[str], list[float]]] = {}
    for currency, valid_from, per_usd in rows:
        days, values = table.setdefault(currency, ([], []))
        days.append(valid_from)
        values.append(per_usd)
    return table


class HistoryRows:
    """Completes price-history rows that arrive in offer and time order (state spans batches).

    In: ``offer_id, observed_at, price, regular_price, currency, availability``; out: the
    snapshot's columns after ``id`` (which SQLite numbers in this order, so a table scan reads
    each offer's history in one piece), with ``price_usd`` after ``currency`` and
    ``previous_price, movement`` at the end. A row without a price is skipped over by the
    comparisons; a change of currency starts them again (``first``).
    """

    def __init__(self, rates: dict[str, tuple[list[str], list[float]]]):
        self.rates = rates
        self.day_rates: dict[str, dict[str, float | None]] = {}
        self.offer = self.currency = self.last = self.low = None

    def rate(self, currency: str | None, day: str) -> float | None:
        """Units of ``currency`` per USD on ``day`` (the first rate covers earlier days)."""
        found = self.rates.get(currency)
        if found is None:
            return None
        days, values = found
        return values[max(bisect_right(days, day) - 1, 0)]

    def usd(self, price: float | None, currency: str | None, day: str) -> float | None:
        rate = self.rate(currency, day) if price is not None else None
        return round(price / rate * 100) / 100 if rate else None

    def __call__(self, batch: list) -> list:
        out = []
        append = out.append
        offer, series, last, low = self.offer, self.currency, self.last, self.low
        day_rates = self.day_rates
        for offer_id, observed_at, price, regular_price, currency, availability in batch:
            if offer_id != offer or currency != series:
                offer, series, last, low = offer_id, currency, None, None
            if price is None:
                append((offer_id, observed_at, None, regular_price, currency, None, availability, None, None))
                continue
            in_stock = availability == "InStock"
            if last is None:
                movement = "first"
            elif in_stock and low is not None and price < low:
                movement = "new_low"
            elif price < last:
                # below every in-stock price so far, but not in stock (or none in stock yet): a drop, no low
                movement = "rebound" if low is not None and price >= low else "drop"
            elif price > last:
                movement = "rise"
            else:
                movement = "same"
            day = observed_at[:10]
            rates = day_rates.get(currency)
            if rates is None:
                rates = day_rates[currency] = {}
            rate = rates.get(day, 0)
            if rate == 0:
                rate = rates[day] = self.rate(currency, day)
            append((offer_id, observed_at, price, regular_price, currency,
                    round(price / rate * 100) / 100 if rate else None, availability, last, movement))
            last = price
            if in_stock and (low is None or price < low):
                low = price
        self.offer, self.currency, self.last, self.low = offer, series, last, low
        return out


# Rates as time ranges [valid_from, valid_to) of UTC days; the first rate of a currency also
# covers earlier days. Comparing timestamps (not dates) keeps the join cheap per row.
FX = """fx AS (
    SELECT currency, per_usd::float8 AS per_usd,
           CASE WHEN row_number() OVER (PARTITION BY currency ORDER BY valid_from) = 1
                THEN '-infinity'::timestamptz ELSE valid_from::timestamp AT TIME ZONE 'UTC' END AS valid_from,
           coalesce(lead(valid_from) OVER (PARTITION BY currency ORDER BY valid_from)::timestamp AT TIME ZONE 'UTC',
                    'infinity'::timestamptz) AS valid_to
    FROM currency_rates)"""


def fx_join(alias: str, currency: str, at: str) -> str:
    return (f"LEFT JOIN fx {alias} ON {alias}.currency = {currency} AND {alias}.valid_from <= {at}"
            f" AND {at} < {alias}.valid_to")


FX_RATES = Stream("fx_rates", """
    SELECT currency::text, valid_from::text,
           (lead(valid_from) OVER (PARTITION BY currency ORDER BY valid_from))::text,
           per_usd::float8, source
    FROM currency_rates ORDER BY currency, valid_from""")

# The prices in force during the 30 days before the snapshot: every change inside the window,
# and for each offer the last change before it (the price in force when the window opened).
WINDOW30 = """window30 AS (
    SELECT offer_id, currency, price, observed_at, availability FROM price_history WHERE observed_at > %(since)s
    UNION ALL
    SELECT before.* FROM offers o30 CROSS JOIN LATERAL (
        SELECT h.offer_id, h.currency, h.price, h.observed_at, h.availability FROM price_history h
        WHERE h.offer_id = o30.id AND h.observed_at <= %(since)s
        ORDER BY h.observed_at DESC LIMIT 1) before)"""

OFFERS = Stream("offers", f"""
    WITH {FX}, {WINDOW30},
    range30 AS (
        SELECT offer_id, currency, max(price) AS high, min(price) AS low FROM window30
        WHERE availability = 'InStock'  -- a price nobody could pay (pre-order, out of stock) is no high or low
        GROUP BY offer_id, currency)
    SELECT o.id, o.product_id, o.retailer_id, r.name, o.title, o.brand, o.mpn, o.gtin, o.category, o.url,
           o.image_url, o.price::float8, o.regular_price::float8, o.currency::text,
           {usd("o.price", "fx.per_usd")},
           CASE WHEN o.regular_price > o.price
                THEN round(100 * (o.regular_price - o.price) / o.regular_price, 1)::float8 END,
           o.availability, (o.availability = 'InStock')::int, o.condition, o.match_method,
           o.match_confidence::float8, w.high::float8, w.low::float8,
           {iso("o.first_seen_at")}, {iso("o.last_seen_at")}, {iso("o.last_changed_at")},
           o.pack_size, o.unit, o.unit_quantity::float8, {unit_usd("o.price", "fx.per_usd", "o.pack_size * o.unit_quantity")},
           o.shop_category,
           round((extract(epoch FROM %(now)s - o.first_seen_at) / 86400)::numeric, 1)::float8,
           o.breeder, o.seed_type, o.thc, o.cbd, NULL::text  -- publish/families.py reads them, sets family_id
    FROM offers o
    JOIN retailers r ON r.id = o.retailer_id
    LEFT JOIN range30 w ON w.offer_id = o.id AND w.currency = o.currency
    {fx_join("fx", "o.currency", "o.last_seen_at")}
    ORDER BY o.id""")

# The history leaves PostgreSQL as it is stored, in offer and time order; HistoryRows adds the
# price in USD, the previous price and the movement on the way (cheaper there than in SQL).
PRICE_HISTORY = Stream("price_history", f"""
    SELECT offer_id, {iso("observed_at")}, price::float8, regular_price::float8, currency::text, availability
    FROM price_history
    ORDER BY offer_id, observed_at, id""", transform=HistoryRows, numbered=True)

PRODUCTS = Stream("products", f"""
    WITH {FX}, {WINDOW30},
    o AS (
        SELECT o.id, o.product_id, o.retailer_id, r.name AS retailer_name,
               o.availability = 'InStock' AS in_stock, {usd("o.price", "fx.per_usd")} AS price_usd
        FROM offers o
        JOIN retailers r ON r.id = o.retailer_id
        {fx_join("fx", "o.currency", "o.last_seen_at")}
        WHERE o.product_id IS NOT NULL),
    counts AS (
        SELECT product_id, count(*) AS offers, count(DISTINCT retailer_id) AS retailers,
               count(*) FILTER (WHERE in_stock) AS in_stock, max(price_usd) AS highest
        FROM o GROUP BY product_id),
    best AS (
        SELECT DISTINCT ON (product_id) product_id, id, price_usd, retailer_name
        FROM o WHERE price_usd IS NOT NULL ORDER BY product_id, price_usd, id),
    best_in_stock AS (
        SELECT DISTINCT ON (product_id) product_id, id, price_usd, retailer_name
        FROM o WHERE in_stock AND price_usd IS NOT NULL ORDER BY product_id, price_usd, id),
    hist AS MATERIALIZED (
        SELECT p.product_id, h.offer_id, h.observed_at, {usd("h.price", "fx.per_usd")} AS usd
        FROM price_history h
        JOIN offers p ON p.id = h.offer_id AND p.product_id IS NOT NULL
        {fx_join("fx", "h.currency", "h.observed_at")}
        WHERE h.price IS NOT NULL AND h.availability = 'InStock'),  -- lows are prices one could pay
    lows AS (SELECT product_id, min(usd) AS low FROM hist GROUP BY product_id),
    -- the all-time low was set the first time the product was offered at that price ...
    low_set AS (
        SELECT DISTINCT ON (h.product_id) h.product_id, h.observed_at, h.offer_id, h.usd
        FROM hist h JOIN lows l ON l.product_id = h.product_id AND h.usd = l.low
        ORDER BY h.product_id, h.observed_at, h.offer_id),
    -- ... and beat the lowest price seen before that moment
    previous AS (
        SELECT h.product_id, min(h.usd) AS low
        FROM hist h JOIN low_set s ON s.product_id = h.product_id AND h.observed_at < s.observed_at
        GROUP BY h.product_id),
    low30 AS (
        SELECT p.product_id, min({usd("w.price", "fx.per_usd")}) AS low
        FROM window30 w
        JOIN offers p ON p.id = w.offer_id AND p.product_id IS NOT NULL
        {fx_join("fx", "w.currency", "w.observed_at")}
        WHERE w.availability = 'InStock'
        GROUP BY p.product_id)
    SELECT p.id, p.title, p.brand, p.mpn, p.gtin, p.category,
           coalesce(c.offers, 0), coalesce(c.retailers, 0), coalesce(c.in_stock, 0),
           b.price_usd, b.id, b.retailer_name, s.price_usd, s.id, s.retailer_name, c.highest,
           round((100 * (c.highest - b.price_usd) / nullif(b.price_usd, 0))::numeric, 1)::float8,
           least(l.usd, s.price_usd), {iso("l.observed_at")}, l.offer_id, v.low,
           least(w.low, s.price_usd),
           NULL::text, NULL::text, NULL::text  -- family_id, breeder, seed_type: publish/families.py
    FROM products p
    LEFT JOIN counts c ON c.product_id = p.id
    LEFT JOIN best b ON b.product_id = p.id
    LEFT JOIN best_in_stock s ON s.product_id = p.id
    LEFT JOIN low_set l ON l.product_id = p.id
    LEFT JOIN previous v ON v.product_id = p.id
    LEFT JOIN low30 w ON w.product_id = p.id
    ORDER BY p.id""")

# Each product's cheapest in-stock price of every UTC day of the last 90 (a price counts on
# every day it was in force, from its observation to the offer's next change or last sighting),
# summed up over the last 30 and 90 days: high, average and low of those daily prices, with
# the (latest) day each extreme was seen. Days without an in-stock price are left out.
PRICE_STATS = Stream("price_stats", f"""
    WITH {FX},
    spans AS (
        SELECT o.product_id, h.price, h.currency, h.availability, h.observed_at AS start_at,
               coalesce(lead(h.observed_at) OVER (PARTITION BY h.offer_id ORDER BY h.observed_at, h.id),
                        greatest(o.last_seen_at, h.observed_at)) AS end_at
        FROM price_history h JOIN offers o ON o.id = h.offer_id AND o.product_id IS NOT NULL),
    daily AS (
        SELECT s.product_id, d.day, min({usd("s.price", "fx.per_usd")}) AS best
        FROM spans s
        CROSS JOIN LATERAL generate_series(
            greatest(date_trunc('day', s.start_at AT TIME ZONE 'UTC'),
                     date_trunc('day', %(now)s AT TIME ZONE 'UTC') - interval '89 days'),
            date_trunc('day', s.end_at AT TIME ZONE 'UTC'), interval '1 day') AS d(day)
        {fx_join("fx", "s.currency", "(d.day AT TIME ZONE 'UTC')")}
        WHERE s.availability = 'InStock' AND s.price IS NOT NULL
          AND s.end_at > %(now)s - interval '90 days'
        GROUP BY s.product_id, d.day)
    SELECT d.product_id, w.days,
           max(d.best), to_char((array_agg(d.day ORDER BY d.best DESC, d.day DESC))[1], 'YYYY-MM-DD'),
           round(avg(d.best)::numeric, 2)::float8,
           min(d.best), to_char((array_agg(d.day ORDER BY d.best, d.day DESC))[1], 'YYYY-MM-DD'),
           count(*)
    FROM daily d
    JOIN (VALUES (30), (90)) AS w(days)
      ON d.day > date_trunc('day', %(now)s AT TIME ZONE 'UTC') - w.days * interval '1 day'
    WHERE d.best IS NOT NULL
    GROUP BY d.product_id, w.days
    ORDER BY d.product_id, w.days""")

STORES = Stream("stores", f"""
    SELECT s.id, s.retailer_id, r.name, s.ref, s.name, s.address, s.city, s.latitude, s.longitude, s.phone,
           s.opening_hours, s.url, {iso("s.last_seen_at")},
           json_build_object(
               'title', s.name,
               'description', concat_ws(' · ', nullif(concat_ws(', ', s.address, s.city), ''), r.name),
               'link', '/pricelens/stores/' || s.id)::text
    FROM stores s JOIN retailers r ON r.id = s.retailer_id
    ORDER BY s.id""")

CRAWL_RUNS = Stream("crawl_runs", f"""
    SELECT id, retailer_id, {iso("started_at")}, {iso("finished_at")},
           extract(epoch FROM finished_at - started_at)::float8, status, finish_reason, items_scraped,
           offers_accepted, stores_accepted, items_rejected,
           round(100.0 * items_rejected / nullif(items_scraped, 0), 1)::float8,
           fields_removed, duplicates, offers_new, offers_changed, pages, http_errors
    FROM crawl_runs ORDER BY id""")

REJECTIONS_SUMMARY = Stream("rejections_summary", f"""
    SELECT row_number() OVER (ORDER BY run_id, retailer_id, item_type, action, field, reason),
           retailer_id, run_id, item_type, action, field, reason, count(*), min(url), min(raw_value),
           {iso("max(created_at)")}
    FROM rejections GROUP BY retailer_id, run_id, item_type, action, field, reason
    ORDER BY 1""")

ALERTS = Stream("alerts", f"""
    SELECT id, retailer_id, run_id, kind, message, details::text, {iso("created_at")}, {iso("notified_at")}
    FROM alerts ORDER BY id""")


def retailers(has_alerts: bool) -> Stream:
    alerts = ("(SELECT count(*) FROM alerts a WHERE a.retailer_id = r.id AND a.created_at > %(since)s)"
              if has_alerts else "NULL::bigint")
    return Stream("retailers", f"""
        SELECT r.id, r.name, r.base_url, r.platform, r.country, r.default_currency::text,
               oc.offers, oc.in_stock, oc.matched, sc.stores,
               {iso("last.started_at")}, last.status, last.finish_reason, last.offers_accepted,
               {iso("ok.started_at")}, recent.runs, recent.failed, {alerts}
        FROM retailers r
        LEFT JOIN LATERAL (SELECT count(*) AS offers, count(*) FILTER (WHERE availability = 'InStock') AS in_stock,
                                  count(product_id) AS matched
                           FROM offers o WHERE o.retailer_id = r.id) oc ON true
        LEFT JOIN LATERAL (SELECT count(*) AS stores FROM stores s WHERE s.retailer_id = r.id) sc ON true
        LEFT JOIN LATERAL (SELECT * FROM crawl_runs c WHERE c.retailer_id = r.id
                           ORDER BY started_at DESC, id DESC LIMIT 1) last ON true
        LEFT JOIN LATERAL (SELECT started_at FROM crawl_runs c WHERE c.retailer_id = r.id AND status = 'finished'
                           ORDER BY started_at DESC LIMIT 1) ok ON true
        LEFT JOIN LATERAL (SELECT count(*) AS runs, count(*) FILTER (WHERE status = 'failed') AS failed
                           FROM crawl_runs c WHERE c.retailer_id = r.id AND started_at > %(since)s) recent ON true
        ORDER BY r.id""")


def streams(has_alerts: bool) -> list[Stream]:
    """Every snapshot table's query, the biggest first: PostgreSQL computes the summaries meanwhile."""
    found = [PRICE_HISTORY, OFFERS, PRODUCTS, retailers(has_alerts), STORES, CRAWL_RUNS, REJECTIONS_SUMMARY,
             FX_RATES]
    if has_alerts:
        found.append(ALERTS)
    found.append(PRICE_STATS)
    return found
