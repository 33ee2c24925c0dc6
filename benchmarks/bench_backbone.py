"""Backbone figures: store-pipeline throughput, and a whole crawl with and without pipelines.

    python benchmarks/bench_backbone.py [--offers 20000] [--products 10000]

1. Offers through normalize -> validate -> dedupe -> store into PostgreSQL (batched COPY +
   upsert), in a scratch database: items/s for a first crawl (all new) and a second crawl
   (all known, 10% changed prices).
2. ``scrapy crawl techzone`` of a demo shop with N products, served on 127.0.0.1, once with
   the pipelines off (PRICELENS_PIPELINES=0: a bare Scrapy crawl) and once with them writing
   to PostgreSQL; printed as the ratio of the two, wall time and CPU time (the crawl process,
   its writer thread included, plus the embedded PostgreSQL server's processes): what the
   pipelines and PostgreSQL add to a crawl (aim: under 15%).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.store import connect  # noqa: E402
from crawler.store.scratch import scratch_database  # noqa: E402
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


def postgres_cpu() -> float | None:
    """CPU seconds used so far by the embedded PostgreSQL server: the postmaster, its live
    processes, and the backends it has reaped (its children times). None for a server
    elsewhere (DATABASE_URL)."""
    import psutil

    from crawler.store.embedded import server_pid

    pid = server_pid()
    if pid is None:
        return None
    try:
        postmaster = psutil.Process(pid)
        processes = [postmaster, *postmaster.children()]
    except psutil.Error:
        return None
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.Error:  # a backend that just ended: counted in the postmaster's children times
            continue
        total += times.user + times.system
        if process is postmaster:
            total += times.children_user + times.children_system
    return total


def crawl_seconds(base_url: str, pipelines: bool) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the crawl process and of PostgreSQL, offers stored)."""
    env = {**os.environ, "PRICELENS_PIPELINES": "1" if pipelines else "0"}
    command = [sys.executable, "-m", "scrapy", "crawl", "techzone", "-a", f"base_url={base_url}",
               "-s", "LOG_LEVEL=WARNING", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
               "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "CONCURRENT_REQUESTS=16",
               "-s", "LOGSTATS_INTERVAL=0"]
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    pg_before = postgres_cpu()
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    pg_after = postgres_cpu()
    if pg_before is not None and pg_after is not None:
        cpu += pg_after - pg_before
    items = 0
    if pipelines:
        with connect() as conn:
            items = conn.execute("SELECT offers_accepted FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()["offers_accepted"]
    return seconds, cpu, items


def bench_crawl(products: int, rounds: int) -> None:
    from demo.server import DemoServer

    print(f"\n## Whole crawl of the techzone demo shop with {products} products (loopback, no delay)")
    print(f"off and on alternate, {rounds} rounds; best wall time, and CPU time (the crawl process + PostgreSQL)")
    print("(the demo server runs in this process, on the same 2 cores, so wall time includes serving)")
    results = {False: [], True: []}
    with DemoServer(["techzone"], base_port=0, n_products=products) as demo:
        base = demo.base_urls["techzone"]
        for _ in range(rounds):
            for pipelines in (False, True):
                results[pipelines].append(crawl_seconds(base, pipelines))
    print(f"{'pipelines':<18} {'best s':>7} {'pages/s':>8} {'CPU s':>7}")
    best = {}
    for pipelines, label in ((False, "off (bare Scrapy)"), (True, "on (PostgreSQL)")):
        wall = min(r[0] for r in results[pipelines])
        cpu = min(r[1] for r in results[pipelines])
        best[pipelines] = (wall, cpu)
        print(f"{label:<18} {wall:>7.1f} {products / wall:>8.0f} {cpu:>7.1f}")
    stored = results[True][-1][2]
    wall_ratio = best[True][0] / best[False][0]
    cpu_ratio = best[True][1] / best[False][1]
    print(f"offers stored: {stored}")
    print(f"with pipelines and PostgreSQL / bare Scrapy: wall {wall_ratio:.2f}x ({100 * (wall_ratio - 1):+.1f}%), "
          f"CPU {cpu_ratio:.2f}x ({100 * (cpu_ratio - 1):+.1f}%)   aim: < +15%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--offers", type=int, default=20_000)
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--crawl-only", action="store_true", help="only the whole-crawl comparison")
    args = parser.parse_args()
    with scratch_database("pricelens_bench"):
        if not args.crawl_only:
            bench_store(args.offers)
        bench_crawl(args.products, args.rounds)


if __name__ == "__main__":
    main()
