"""Backbone figures: store-pipeline throughput, and a whole crawl with and without pipelines.

    python benchmarks/bench_backbone.py [--offers 20000] [--products 10000]

1. Offers through normalize -> validate -> dedupe -> store into PostgreSQL (batched COPY +
   upsert), in a scratch database: items/s for a first crawl (all new) and a second crawl
   (all known, 10% changed prices).
2. ``scrapy crawl techzone`` of a demo shop with N products, served on 127.0.0.1, once with
   the pipelines off (PRICELENS_PIPELINES=0) and once with them writing to PostgreSQL; the
   difference is what the pipelines add to a crawl (aim: under 15%).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.db import connect  # noqa: E402
from crawler.db.scratch import scratch_database  # noqa: E402
from crawler.items import Offer  # noqa: E402
from tests.pipeline_harness import PipelineRun  # noqa: E402


def offers(n: int, price_shift: int = 0):
    now = datetime.now(timezone.utc)
    for i in range(n):
        price = 100 + (i % 900) + (price_shift if i % 10 == 0 else 0)
        yield Offer(url=f"https://shop.example/p/{i}?utm_source=bench", retailer_sku=f"SKU{i}",
                    title=f"Product {i} &amp; friends", brand="Brand", mpn=f"MPN-{i}", gtin="8806094215038",
                    price=f"${price}.99", regular_price=f"${price + 20}.00", availability="https://schema.org/InStock",
                    scraped_at=now)


def bench_store(n: int) -> None:
    print(f"\n## Store pipeline: {n} offers through normalize, validate, dedupe, store")
    print(f"{'crawl':<34} {'seconds':>8} {'items/s':>9}")
    for label, shift in (("first (all new)", 0), ("second (known, 10% changed)", 7)):
        items = list(offers(n, shift))
        started = time.perf_counter()
        PipelineRun().feed(*items).close()
        seconds = time.perf_counter() - started
        print(f"{label:<34} {seconds:>8.2f} {n / seconds:>9.0f}")
    with connect() as conn:
        history = conn.execute("SELECT count(*) AS n FROM price_history").fetchone()["n"]
    print(f"price_history rows: {history} (expected {n + n // 10})")


def crawl_seconds(base_url: str, pipelines: bool) -> tuple[float, int]:
    env = {**os.environ, "PRICELENS_PIPELINES": "1" if pipelines else "0"}
    command = [sys.executable, "-m", "scrapy", "crawl", "techzone", "-a", f"base_url={base_url}",
               "-s", "LOG_LEVEL=WARNING", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
               "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "CONCURRENT_REQUESTS=16",
               "-s", "LOGSTATS_INTERVAL=0"]
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    items = 0
    if pipelines:
        with connect() as conn:
            items = conn.execute("SELECT offers_accepted FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()["offers_accepted"]
    return seconds, items


def bench_crawl(products: int) -> None:
    from crawler.demo.server import DemoServer

    print(f"\n## Whole crawl of the techzone demo shop with {products} products (loopback, no delay)")
    with DemoServer(["techzone"], base_port=0, n_products=products) as demo:
        base = demo.base_urls["techzone"]
        without, _ = crawl_seconds(base, pipelines=False)
        with_pipelines, stored = crawl_seconds(base, pipelines=True)
    print(f"{'pipelines':<22} {'seconds':>8} {'pages/s':>8}")
    print(f"{'off':<22} {without:>8.1f} {products / without:>8.0f}")
    print(f"{'on (PostgreSQL)':<22} {with_pipelines:>8.1f} {products / with_pipelines:>8.0f}")
    print(f"offers stored: {stored}; pipelines add {100 * (with_pipelines - without) / without:+.1f}% (aim: < 15%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--offers", type=int, default=20_000)
    parser.add_argument("--products", type=int, default=10_000)
    args = parser.parse_args()
    with scratch_database("pricelens_bench"):
        bench_store(args.offers)
        bench_crawl(args.products)


if __name__ == "__main__":
    main()
