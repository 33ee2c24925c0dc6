"""The big database the export and site benchmarks share: 100,000 offers, 1,000,000 price changes.

    python benchmarks/make_big_db.py [--offers 100000] [--history 10]

Rows are generated in PostgreSQL with ``generate_series`` (not through the pipelines, which
``bench_backbone.py`` measures): 10 retailers in four currencies with monthly dated rates,
30,000 products, offers of which 8 % are unmatched, ten price changes per offer over 180
days, 2,000 stores, a crawl per retailer and day, 50,000 rejections and some alerts.
Values come from hashes of the row numbers, so every run writes the same catalogue; only
the times move with the clock (the newest change is a few days old).

:func:`big_snapshot` gives the SQLite snapshot of that database, cached under
``data/bench/`` until ``publish/`` or this file changes, so ``bench_site.py`` does not
rebuild it after ``bench_export.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crawler.store import connect  # noqa: E402
from crawler.store.scratch import scratch_database  # noqa: E402
from crawler.paths import data_dir  # noqa: E402

BRANDS = ["Samsung", "Apple", "Lenovo", "Dell", "HP", "Asus", "Acer", "MSI", "Sony", "LG", "Logitech",
          "Corsair", "Kingston", "Crucial", "Western Digital", "Seagate", "SanDisk", "Intel", "AMD",
          "Nvidia", "Gigabyte", "ASRock", "Razer", "SteelSeries", "HyperX", "Anker", "Belkin", "TP-Link",
          "Netgear", "Xiaomi", "Huawei", "OnePlus", "Google", "Microsoft", "Canon", "Nikon", "Epson",
          "Brother", "JBL", "Bose"]
CATEGORIES = ["Laptops", "Desktops", "Monitors", "SSD", "Hard drives", "Memory", "Processors",
              "Graphics cards", "Motherboards", "Keyboards", "Mice", "Headsets", "Speakers",
              "Phones", "Tablets", "Routers", "Switches", "Printers", "Cameras", "Chargers",
              "Cables", "Power supplies", "Cases", "Coolers", "Webcams"]
MODELS = ["Pro", "Air", "Ultra", "Max", "Plus", "Lite", "Neo", "Prime", "Elite", "Vivo", "Zen", "Nitro",
          "Aspire", "Legion", "Inspiron", "Pavilion", "Rog", "Tuf", "Omen", "Xps", "Spectre", "Envy"]
SIZES = ["64GB", "128GB", "256GB", "512GB", "1TB", "2TB", "4TB", "8GB", "16GB", "32GB", "24in", "27in",
         "32in", "65W", "100W", "750W", "Wireless", "RGB", "Black", "White"]
CITIES = [(33.8938, 35.5018), (33.9808, 35.6178), (34.4367, 35.8497), (33.5571, 35.3729),
          (40.7128, -74.0060), (34.0522, -118.2437), (41.8781, -87.6298), (51.5074, -0.1278),
          (52.5200, 13.4050), (48.1351, 11.5820), (53.4808, -2.2426), (50.1109, 8.6821)]

RETAILER_CURRENCIES = ["USD", "USD", "USD", "USD", "USD", "USD", "LBP", "LBP", "EUR", "GBP"]


def _array(values) -> str:
    return "ARRAY[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def _h(expr: str, salt: int) -> str:
    """SQL: a well-mixed non-negative integer from an integer expression (deterministic)."""
    return f"(abs(hashtextextended(({expr})::text, {salt})) % 1000000000)"


def generate(url: str, *, offers: int = 100_000, history: int = 10, products: int | None = None,
             say=print) -> dict[str, int]:
    """Fill the (migrated, empty) database at ``url``; return the row counts."""
    products = products or max(offers * 3 // 10, 1)
    started = time.perf_counter()
    brands, categories, models, sizes = map(_array, (BRANDS, CATEGORIES, MODELS, SIZES))
    cities = "ARRAY[" + ", ".join(f"ARRAY[{a}, {b}]" for a, b in CITIES) + "]::float8[]"
    currencies = _array(RETAILER_CURRENCIES)
    steps = [
        ("currency rates", f"""
            INSERT INTO currency_rates (currency, valid_from, per_usd, source)
            SELECT c.currency, (date_trunc('month', now()) - make_interval(months => m))::date,
                   round((c.base * (1 + 0.03 * sin(m)))::numeric, 6), 'bench: monthly'
            FROM (VALUES ('EUR', 0.92), ('GBP', 0.79)) c(currency, base), generate_series(0, 8) m
            ON CONFLICT DO NOTHING"""),
        ("retailers", f"""
            INSERT INTO retailers (id, name, base_url, platform, country, default_currency)
            SELECT 'shop' || lpad(i::text, 2, '0'), 'Shop ' || chr(64 + i) || ' Electronics',
                   'http://127.0.0.1:' || (9100 + i),
                   (ARRAY['shopify', 'woocommerce', 'structured', 'listing', 'rendered'])[1 + i % 5],
                   CASE ({currencies})[i] WHEN 'LBP' THEN 'LB' WHEN 'EUR' THEN 'DE' WHEN 'GBP' THEN 'GB' ELSE 'US' END,
                   ({currencies})[i]
            FROM generate_series(1, 10) i"""),
        ("crawl runs", f"""
            INSERT INTO crawl_runs (retailer_id, started_at, finished_at, status, finish_reason, items_scraped,
                                    offers_accepted, stores_accepted, items_rejected, fields_removed, duplicates,
                                    offers_new, offers_changed, pages, http_errors)
            SELECT 'shop' || lpad(r::text, 2, '0'), t, t + make_interval(secs => 300 + {_h('r * 1000 + d', 1)} % 900),
                   CASE WHEN {_h('r * 1000 + d', 2)} % 40 = 0 THEN 'failed' ELSE 'finished' END,
                   CASE WHEN {_h('r * 1000 + d', 2)} % 40 = 0 THEN 'error budget exhausted' ELSE 'finished' END,
                   n + 30, n, 200, 30, 10, 5, {_h('r * 1000 + d', 3)} % 50, {_h('r * 1000 + d', 4)} % 500,
                   n / 20, {_h('r * 1000 + d', 5)} % 20
            FROM generate_series(1, 10) r, generate_series(0, 179) d,
                 LATERAL (SELECT date_trunc('day', now()) - make_interval(days => d) + interval '2 hours' AS t,
                                 {offers} / 10 - {_h('r * 1000 + d', 6)} % 100 AS n) x"""),
        ("products", f"""
            INSERT INTO products (id, title, brand, mpn, gtin, category)
            SELECT i, b || ' ' || ({models})[1 + {_h('i', 11)} % {len(MODELS)}] || ' ' || (100 + i % 900)
                      || ' ' || ({sizes})[1 + {_h('i', 12)} % {len(SIZES)}], b,
                   upper(left(b, 2)) || '-' || lpad(i::text, 6, '0'), lpad((4000000000000 + i)::text, 13, '0'),
                   ({categories})[1 + {_h('i', 13)} % {len(CATEGORIES)}]
            FROM generate_series(1, {products}) i, LATERAL (SELECT ({brands})[1 + {_h('i', 10)} % {len(BRANDS)}] AS b) x;
            SELECT setval(pg_get_serial_sequence('products', 'id'), {products})"""),
        ("offers", f"""
            INSERT INTO offers (id, retailer_id, offer_key, url, retailer_sku, title, brand, mpn, gtin, category,
                                image_url, price, currency, availability, product_id, match_method,
                                match_confidence, first_seen_at, last_seen_at, last_changed_at)
            SELECT i, r.id, 'SKU' || i, r.base_url || '/p/' || i, 'SKU' || i,
                   CASE WHEN i % 3 = 0 THEN p.title ELSE p.brand || ' ' || substr(p.title, length(p.brand) + 2)
                        || ' (' || p.mpn || ')' END,
                   p.brand, p.mpn, CASE WHEN i % 4 = 0 THEN NULL ELSE p.gtin END, p.category,
                   r.base_url || '/img/' || i || '.jpg', 1, r.default_currency, 'InStock',
                   CASE WHEN unmatched THEN NULL ELSE p.id END,
                   CASE WHEN unmatched THEN NULL WHEN i % 4 = 0 THEN 'mpn' ELSE 'gtin' END,
                   CASE WHEN unmatched THEN NULL WHEN i % 4 = 0 THEN 0.93 ELSE 1.0 END, now(), now(), now()
            FROM generate_series(1, {offers}) i
            JOIN LATERAL (SELECT 1 + {_h('i', 20)} % {products} AS pid, {_h('i', 21)} % 100 < 8 AS unmatched) x ON true
            JOIN products p ON p.id = x.pid
            JOIN retailers r ON r.id = 'shop' || lpad((1 + i % 10)::text, 2, '0');
            SELECT setval(pg_get_serial_sequence('offers', 'id'), {offers})"""),
        ("price history", f"""
            INSERT INTO price_history (offer_id, run_id, observed_at, price, regular_price, currency, availability)
            SELECT o.id, NULL, t, CASE WHEN avail = 'OutOfStock' AND k % 2 = 1 THEN NULL ELSE v.price END,
                   CASE WHEN {_h('o.id * 16 + k', 33)} % 10 < 3 THEN round(v.price * 1.25, 0) END,
                   o.currency, avail
            FROM offers o
            JOIN LATERAL (SELECT (10 + ({_h('coalesce(o.product_id, o.id)', 30)} % 200000) / 100.0)
                                 * CASE o.currency WHEN 'LBP' THEN 89500 WHEN 'EUR' THEN 0.92 WHEN 'GBP' THEN 0.79
                                                   ELSE 1 END AS base) b ON true
            CROSS JOIN generate_series(0, {history - 1}) k
            JOIN LATERAL (SELECT now() - interval '3 days'
                                 - make_interval(days => (180 * ({history - 1} - k)) / {history})
                                 - make_interval(secs => {_h('o.id * 16 + k', 31)} % 86400) AS t,
                                 round((b.base * (0.85 + ({_h('o.id * 16 + k', 32)} % 3000) / 10000.0))
                                       ::numeric, CASE WHEN o.currency = 'LBP' THEN -3 ELSE 2 END) AS price,
                                 CASE WHEN {_h('o.id * 16 + k', 34)} % 12 = 0 THEN 'OutOfStock'
                                      WHEN {_h('o.id * 16 + k', 34)} % 12 = 1 THEN 'PreOrder'
                                      ELSE 'InStock' END AS avail) v ON true"""),
        ("offers from their last change", f"""
            UPDATE offers o SET price = l.price, regular_price = l.regular_price, availability = l.availability,
                   first_seen_at = f.first, last_changed_at = l.observed_at,
                   last_seen_at = CASE WHEN o.id % 20 = 0 THEN now() - make_interval(days => (8 + o.id % 30)::int)
                                       ELSE now() - make_interval(secs => {_h('o.id', 40)} % 20000) END
            FROM (SELECT DISTINCT ON (offer_id) * FROM price_history ORDER BY offer_id, observed_at DESC) l,
                 (SELECT offer_id, min(observed_at) AS first FROM price_history GROUP BY offer_id) f
            WHERE l.offer_id = o.id AND f.offer_id = o.id"""),
        ("stores", f"""
            INSERT INTO stores (retailer_id, ref, name, address, city, latitude, longitude, phone, opening_hours, url)
            SELECT 'shop' || lpad((1 + i % 10)::text, 2, '0'), 'st' || i, 'Branch ' || i,
                   (1 + i % 300) || ' Main Street', 'City ' || (1 + c),
                   ({cities})[1 + c][1] + ({_h('i', 50)} % 2000 - 1000) / 10000.0,
                   ({cities})[1 + c][2] + ({_h('i', 51)} % 2000 - 1000) / 10000.0,
                   '+1 555 ' || lpad(i::text, 4, '0'), 'Mo-Sa 09:00-19:00', 'http://127.0.0.1/stores/' || i
            FROM generate_series(1, 2000) i, LATERAL (SELECT {_h('i', 52)} % {len(CITIES)} AS c) x"""),
        ("rejections", f"""
            INSERT INTO rejections (run_id, retailer_id, item_type, url, field, action, reason, raw_value)
            SELECT c.id, c.retailer_id, 'offer', 'http://127.0.0.1/p/x' || i,
                   CASE WHEN i % 3 = 0 THEN NULL ELSE (ARRAY['gtin', 'regular_price', 'image_url'])[1 + i % 3] END,
                   CASE WHEN i % 3 = 0 THEN 'dropped' ELSE 'field_removed' END,
                   (ARRAY['missing price', 'bad check digit', 'not a URL', 'regular price below price'])[1 + i % 4],
                   'raw ' || i
            FROM generate_series(1, 50000) i JOIN crawl_runs c ON c.id = 1 + {_h('i', 60)} % 1800"""),
    ]
    with connect(url, autocommit=True) as conn:
        has_alerts = conn.execute("SELECT to_regclass('alerts') IS NOT NULL AS yes").fetchone()["yes"]
        if has_alerts:
            steps.append(("alerts", f"""
                INSERT INTO alerts (retailer_id, run_id, kind, message, created_at)
                SELECT retailer_id, id, CASE WHEN status = 'failed' THEN 'run_failed' ELSE 'offer_drop' END,
                       retailer_id || ': ' || CASE WHEN status = 'failed' THEN 'the crawl failed'
                                                   ELSE 'offers fell below the recent median' END,
                       finished_at
                FROM crawl_runs WHERE status = 'failed' OR id % 97 = 0"""))
        # generated rows are consistent by construction: skip the per-row foreign key triggers
        conn.execute("SET session_replication_role = replica")
        for name, sql in steps:
            step_started = time.perf_counter()
            conn.execute(sql)
            say(f"  {name}: {time.perf_counter() - step_started:.1f} s")
        conn.execute("ANALYZE")
        counts = {t: conn.execute(f"SELECT count(*) AS n FROM {t}").fetchone()["n"]
                  for t in ("offers", "price_history", "products", "stores", "crawl_runs", "rejections")}
    say(f"  generated in {time.perf_counter() - started:.1f} s: {counts}")
    return counts


@contextmanager
def big_database(offers: int = 100_000, history: int = 10, say=print):
    """A scratch PostgreSQL database with the big catalogue; dropped afterwards."""
    with scratch_database("pricelens_bench") as url:
        say(f"generating {offers} offers x {history} price changes in a scratch database …")
        generate(url, offers=offers, history=history, say=say)
        yield url


def bench_dir() -> Path:
    path = data_dir() / "bench"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted((ROOT / "publish").glob("*.py")) + [ROOT / "publish" / "schema.sql", Path(__file__)]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cached_snapshot() -> Path:
    """Where the big snapshot of the current code is kept (it may not exist yet)."""
    return bench_dir() / f"pricelens-big-{_fingerprint()}.db"


def keep_snapshot(path: Path) -> Path:
    """Keep a freshly exported big snapshot as the cached one (older caches are removed)."""
    target = cached_snapshot()
    for old in bench_dir().glob("pricelens-big-*.db"):
        if old != target:
            old.unlink(missing_ok=True)
    shutil.copyfile(path, target.with_suffix(".tmp"))
    target.with_suffix(".tmp").replace(target)
    return target


def big_snapshot(say=print) -> Path:
    """The cached big snapshot, built (generate + publish) when missing or stale."""
    target = cached_snapshot()
    if target.exists():
        return target
    from publish.export import publish

    with big_database(say=say) as url:
        out = bench_dir() / "export"
        result = publish(out, url=url, keep=1, quiet=True)
        say(f"  published in {result.seconds:.1f} s")
        kept = keep_snapshot(result.path)
        shutil.rmtree(out, ignore_errors=True)
        return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--history", type=int, default=10)
    args = parser.parse_args(argv)
    with big_database(args.offers, args.history) as url:
        with connect(url) as conn:
            print(conn.execute("SELECT count(*) AS n FROM price_history").fetchone())
    return 0


if __name__ == "__main__":
    sys.exit(main())
