"""The site under load: latency of five kinds of page, 8 clients at once, on the big snapshot.

    python benchmarks/bench_site.py [--clients 8] [--seconds 30] [--warmup 10] [--no-uncached]
    python benchmarks/bench_site.py --shop [--snapshot FILE] [--workers 1] [--clients 8] [--seconds 30] [--warmup 10] [--rounds 2] [--settle 5]

The snapshot of ``benchmarks/make_big_db.py`` (100,000 offers, 1,000,000 price changes;
built and cached under data/bench/ when missing) is served by a real ``datasette`` process on
127.0.0.1, configured as ``pricelens serve`` does it. Each client loops over the five kinds
in turn, each time with a URL drawn from a pool (fixed seed), so the load is varied:

- home: ``/``
- table: ``/pricelens/offers?category=…`` (sometimes ``&availability=…``): filtered, five facets
- product: ``/-/product/<any of the 30,000 products>`` (offers and the SVG chart)
- search: ``/pricelens/products?_search=<one of 60 terms>``
- query: ``/pricelens/price_drops?days=<1-14>&kind=<any>`` (canned, on the 1M-row history)

Two runs: as served (with the in-memory response cache, which the repeated URLs hit), and
with ``PRICELENS_SITE_CACHE_MB=0`` (every page computed). Each run first puts the same load on
the server for ``--warmup`` seconds, not measured (steady state, as on a site that has been up
for a while; ``--warmup 0`` measures from a cold start). Printed: requests, errors, p50,
p95 and max per kind, the goal (p95 < 100 ms for every kind, no errors), the share of a core
the load generator used (it runs on the same 2 cores; aiohttp, as httpx alone saturated a
core at 250 requests/s and measured itself) and the cache's hit rate. Never asserted.

``--shop``: the shopper's four pages against plain Datasette's nearest ones (see
:func:`shop_main`), both servers up at once and loaded in turn, ``--rounds`` windows each,
alternating, each counted after ``--settle`` seconds of load.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_big_db import BRANDS, CATEGORIES, MODELS, bench_dir, big_snapshot  # noqa: E402

from publish.site import start_datasette, stop_datasette, wait_until_answering  # noqa: E402

KINDS = ["home", "table", "product", "search", "query"]
GOAL_MS = 100


def url_pools(products: int, seed: int = 7) -> dict[str, list[str]]:
    rng = random.Random(seed)
    tables = [f"/pricelens/offers?category={c.replace(' ', '+')}" for c in CATEGORIES]
    tables += [f"/pricelens/offers?category={c.replace(' ', '+')}&availability={a}"
               for c in CATEGORIES for a in ("InStock", "OutOfStock")]
    terms = [b.lower().replace(" ", "+") for b in BRANDS] + [m.lower() for m in MODELS]
    return {
        "home": ["/"],
        "table": tables,
        "product": [f"/-/product/{rng.randint(1, products)}" for _ in range(20_000)],
        "search": [f"/pricelens/products?_search={t}" for t in terms],
        "query": [f"/pricelens/price_drops?days={d}&kind={k}" for d in range(1, 15) for k in ("", "new_low", "rebound")],
    }


async def load(base: str, pools: dict[str, list[str]], clients: int, seconds: float, seed: int,
               settle: float = 0) -> dict:
    """``clients`` closed-loop clients on keep-alive connections, each sending its next request as
    soon as the previous answer has been read. aiohttp (C parser) rather than httpx: the load
    generator shares the 2 cores with the server and must not be what is measured. ``settle``:
    seconds of load first whose requests are not counted (the server's queue filling up)."""
    import aiohttp

    results: dict[str, list[float]] = {kind: [] for kind in KINDS}
    errors: dict[str, int] = {kind: 0 for kind in KINDS}
    error_examples: list[str] = []
    cpu = time.process_time()
    counted_from = time.perf_counter() + settle
    deadline = counted_from + seconds
    connector = aiohttp.TCPConnector(limit=clients)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(base_url=base, connector=connector, timeout=timeout) as session:
        async def worker(number: int) -> None:
            rng = random.Random(seed * 100 + number)
            turn = number
            while time.perf_counter() < deadline:
                kind = KINDS[turn % len(KINDS)]
                turn += 1
                url = rng.choice(pools[kind])
                started = time.perf_counter()
                try:
                    async with session.get(url) as response:
                        await response.read()
                        status = response.status
                except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                    status = exc
                elapsed = (time.perf_counter() - started) * 1000
                if started < counted_from:
                    continue
                if status == 200:
                    results[kind].append(elapsed)
                else:
                    errors[kind] += 1
                    if len(error_examples) < 5:
                        error_examples.append(f"{url}: {status}")

        await asyncio.gather(*(worker(i) for i in range(clients)))
    return {"latencies": results, "errors": errors, "examples": error_examples,
            "client_cpu": (time.process_time() - cpu) / (seconds + settle)}


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def report(title: str, outcome: dict, seconds: float) -> None:
    print(f"\n### {title}\n")
    print(f"{'page':<9} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    everything = []
    for kind in KINDS:
        values = outcome["latencies"][kind]
        everything += values
        print(f"{kind:<9} {len(values):>9} {outcome['errors'][kind]:>7} {percentile(values, 0.5):>8.1f} "
              f"{percentile(values, 0.95):>8.1f} {max(values, default=float('nan')):>8.1f}")
    errors = sum(outcome["errors"].values())
    p95 = percentile(everything, 0.95)
    print(f"{'all':<9} {len(everything):>9} {errors:>7} {percentile(everything, 0.5):>8.1f} {p95:>8.1f} "
          f"{max(everything, default=float('nan')):>8.1f}")
    slow = [kind for kind in KINDS if not percentile(outcome["latencies"][kind], 0.95) < GOAL_MS]
    verdict = "met" if not slow and not errors else "NOT met" + (f" ({', '.join(slow)})" if slow else "")
    print(f"\n{len(everything) / seconds:.0f} requests/s; goal p95 < {GOAL_MS} ms for every page, no errors: "
          f"{verdict}")
    print(f"the load generator used {outcome['client_cpu']:.0%} of a core")
    for example in outcome["examples"]:
        print("  error:", example)


# --shop: the shopper's pages against plain Datasette's nearest pages, same file, same load
SHOP_KINDS = ["front", "category", "search", "product"]
SHOP_RATIO_GOAL = 8      # p95 at least 8x plain Datasette's (issue 15, item 8)
SHOP_GOAL_MS = 150       # ... and under 150 ms where a loop step costs <= 30 ns


def python_step_ns() -> float:
    """ns per iteration of a trivial Python loop (best of 3): how fast a core is right now; the
    machine's speed varies several-fold with what else runs on it."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        total = 0
        for i in range(1_000_000):
            total += i
        best = min(best, time.perf_counter() - started)
    return best * 1000


def shop_pools(products: int, categories: list[str], terms: list[str], plain: bool, seed: int = 7) -> dict:
    """The URLs of each kind of page: the shop's (``plain`` False) or plain Datasette's
    nearest equivalent: its index, a category's products with facets, a search of products, a
    product's row page."""
    from datasette.utils import tilde_encode

    rng = random.Random(seed)
    ids = [rng.randint(1, products) for _ in range(20_000)]
    if plain:
        return {"front": ["/"],
                "category": [f"/pricelens/products?category={c.replace(' ', '+')}" for c in categories],
                "search": [f"/pricelens/products?_search={t}" for t in terms],
                "product": [f"/pricelens/products/{i}" for i in ids]}
    return {"front": ["/"],
            "category": [f"/-/category/{tilde_encode(c)}" for c in categories],
            "search": [f"/-/search?q={t}" for t in terms],
            "product": [f"/-/product/{i}" for i in ids]}


def start_plain_datasette(database: Path) -> tuple:
    """``datasette serve -i`` of the file with Datasette's defaults (no pricelens plugins,
    templates or metadata), as someone would serve the snapshot without this project."""
    import subprocess

    from publish.site import free_port

    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "datasette", "serve", "-i", str(database), "--host", "127.0.0.1",
                                "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_until_answering(process, base)
    return process, base


def shop_main(args) -> int:
    import sqlite3

    global KINDS
    KINDS = SHOP_KINDS
    snapshot = Path(args.snapshot) if args.snapshot else big_snapshot()
    site = bench_dir() / "site"
    site.mkdir(parents=True, exist_ok=True)
    database = site / "pricelens.db"
    database.unlink(missing_ok=True)
    try:
        os.link(snapshot, database)
    except OSError:
        import shutil
        shutil.copyfile(snapshot, database)
    conn = sqlite3.connect(snapshot)
    products = conn.execute("select count(*) from products").fetchone()[0]
    categories = [r[0] for r in conn.execute("select distinct category from products where category is not null")]
    conn.close()
    terms = [b.lower().replace(" ", "+") for b in BRANDS] + [m.lower() for m in MODELS]
    print(f"\n## Shop pages against plain Datasette: {args.clients} clients for {args.seconds:.0f} s each, "
          f"page caches off, {products:,} products ({snapshot.stat().st_size / 1e6:.0f} MB), "
          f"{args.workers} pricelens worker{'s' if args.workers != 1 else ''}")
    step_before = python_step_ns()
    print(f"a trivial Python loop step costs {step_before:.0f} ns on this machine now "
          "(the goals are stated for <= 30 ns)")
    # Both servers run all along (an idle one costs nothing); the load goes to one at a time, in
    # --rounds alternating windows (plain, shop, plain, shop ...), so both meet the same moments
    # of the machine: its other jobs' load drifts within a minute, and two halves one after the
    # other moved the ratio several-fold.
    titles = {True: "plain Datasette (datasette serve -i, defaults)",
              False: f"pricelens shop (PRICELENS_SITE_CACHE_MB=0, {args.workers} worker{'s' if args.workers != 1 else ''})"}
    servers = {}
    try:
        servers[True] = start_plain_datasette(database)
        servers[False] = start_datasette(database, env={"PRICELENS_MAP_TILES": "off", "PRICELENS_SITE_CACHE_MB": "0"},
                                         extra_args=["--workers", str(args.workers)])
        pools = {plain: shop_pools(products, categories, terms, plain) for plain in (True, False)}
        for plain in (True, False):
            base = servers[plain][1]
            for kind in SHOP_KINDS:  # first-hit work
                urllib.request.urlopen(base + pools[plain][kind][0], timeout=60).read()
            if args.warmup > 0:
                asyncio.run(load(base, pools[plain], args.clients, args.warmup, seed=5))
        rounds = max(1, args.rounds)
        window = args.seconds / rounds
        settle = min(args.settle, window)
        outcomes = {True: [], False: []}
        for number in range(rounds):
            for plain in (True, False):
                outcomes[plain].append(asyncio.run(load(servers[plain][1], pools[plain], args.clients, window,
                                                        seed=11 + number, settle=settle)))
    finally:
        for process, _ in servers.values():
            stop_datasette(process)
    p95 = {}
    print(f"\n{rounds} rounds of {window:.0f} s measured per server, alternating, each after {settle:.0f} s of "
          "load not counted (the queue of a closed loop filling up)")
    for plain in (True, False):
        parts = outcomes[plain]
        outcome = {"latencies": {kind: [v for o in parts for v in o["latencies"][kind]] for kind in SHOP_KINDS},
                   "errors": {kind: sum(o["errors"][kind] for o in parts) for kind in SHOP_KINDS},
                   "examples": [e for o in parts for e in o["examples"]][:5],
                   "client_cpu": sum(o["client_cpu"] for o in parts) / len(parts)}
        report(titles[plain], outcome, args.seconds)
        p95[plain] = {kind: percentile(outcome["latencies"][kind], 0.95) for kind in SHOP_KINDS}
    step = (step_before + python_step_ns()) / 2
    # the absolute goal holds where a loop step costs <= 30 ns: on a slower (busier) machine it scales
    limit = SHOP_GOAL_MS * max(1.0, step / 30)
    print(f"\na trivial Python loop step cost {step:.0f} ns on average (before and after): the "
          f"{SHOP_GOAL_MS} ms goal at <= 30 ns is {limit:.0f} ms at this speed")
    print(f"\n{'page':<9} {'plain p95':>10} {'shop p95':>10} {'better':>8}   goal: >= {SHOP_RATIO_GOAL}x and "
          f"< {limit:.0f} ms")
    for kind in SHOP_KINDS:
        ratio = p95[True][kind] / p95[False][kind] if p95[False][kind] else float("nan")
        verdict = "met" if ratio >= SHOP_RATIO_GOAL and p95[False][kind] < limit else "NOT met"
        print(f"{kind:<9} {p95[True][kind]:>10.1f} {p95[False][kind]:>10.1f} {ratio:>7.1f}x   {verdict}")
    database.unlink(missing_ok=True)
    return 0


def cache_stats(base: str, env: dict) -> dict | None:
    if env.get("PRICELENS_SITE_CACHE_MB") == "0":
        return None
    with urllib.request.urlopen(base + "/-/pricelens-cache.json") as response:
        return json.load(response)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--warmup", type=float, default=10, help="seconds of unmeasured load first")
    parser.add_argument("--no-uncached", action="store_true", help="skip the run without the response cache")
    parser.add_argument("--shop", action="store_true",
                        help="the shop's pages against plain Datasette's, page caches off (see shop_main)")
    parser.add_argument("--snapshot", help="with --shop: this snapshot instead of make_big_db's")
    parser.add_argument("--workers", type=int, default=1,
                        help="with --shop: pricelens server worker processes (pricelens serve --workers)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="with --shop: alternating load windows per server (--seconds measured in all)")
    parser.add_argument("--settle", type=float, default=5,
                        help="with --shop: seconds of load before each window, not counted")
    args = parser.parse_args(argv)
    if args.shop:
        return shop_main(args)

    snapshot = big_snapshot()
    site = bench_dir() / "site"
    site.mkdir(parents=True, exist_ok=True)
    database = site / "pricelens.db"  # Datasette names the database after the file
    database.unlink(missing_ok=True)
    os.link(snapshot, database)
    import sqlite3

    products = sqlite3.connect(snapshot).execute("select count(*) from products").fetchone()[0]
    history = sqlite3.connect(snapshot).execute("select count(*) from price_history").fetchone()[0]
    print(f"\n## Site latency: {args.clients} clients for {args.seconds:.0f} s on 127.0.0.1, "
          f"snapshot of {snapshot.stat().st_size / 1e6:.0f} MB ({history:,} price changes)")
    pools = url_pools(products)
    runs = [("as served (response cache on)", {"PRICELENS_MAP_TILES": "off"})]
    if not args.no_uncached:
        runs.append(("every page computed (PRICELENS_SITE_CACHE_MB=0)",
                     {"PRICELENS_MAP_TILES": "off", "PRICELENS_SITE_CACHE_MB": "0"}))
    for title, env in runs:
        process, base = start_datasette(database, env=env)
        try:
            for path in ("/", "/pricelens/offers", "/pricelens/products?_search=samsung"):  # first-hit work
                urllib.request.urlopen(base + path, timeout=30).read()
            if args.warmup > 0:
                warm = asyncio.run(load(base, pools, args.clients, args.warmup, seed=5))
                print(f"\n(warm-up, not measured: {sum(map(len, warm['latencies'].values()))} requests "
                      f"in {args.warmup:.0f} s, {sum(warm['errors'].values())} errors)")
            before = cache_stats(base, env)
            outcome = asyncio.run(load(base, pools, args.clients, args.seconds, seed=11))
            after = cache_stats(base, env)
            report(title + (f" after {args.warmup:.0f} s of warm-up" if args.warmup > 0 else ", from a cold start"),
                   outcome, args.seconds)
            if after:
                hits, misses = after["hits"] - before["hits"], after["misses"] - before["misses"]
                print(f"response cache while measured: {hits / max(hits + misses, 1):.0%} hits ({misses} pages "
                      f"computed); {after['entries']} pages, {after['bytes'] / 1e6:.1f} MB in it")
        finally:
            stop_datasette(process)
    database.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
