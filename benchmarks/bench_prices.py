"""Price parsing benchmark: price-parser alone vs crawler.prices.

Run from the repository root:  python benchmarks/bench_prices.py [--failures N]

Uses ../shared/datasets/prices/price_parser_examples.jsonl (1191 real price
strings).  A string counts as right when the amount equals the expected one
(compared as Decimal, None == None) and the currency text equals the expected
currency *as found* ("$", "руб", not ISO), both trimmed and with inner white
space collapsed.  Prints figures only; nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from price_parser import Price  # noqa: E402  (after the sys.path line)

from crawler.prices import parse_price  # noqa: E402

DATASET = ROOT.parent / "shared/datasets/prices/price_parser_examples.jsonl"


def norm_currency(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def expected_amount(row) -> Decimal | None:
    return Decimal(row["expected_amount"]) if row["expected_amount"] is not None else None


def run_library(row):
    p = Price.fromstring(row["raw"], currency_hint=row["currency_hint"],
                         decimal_separator=row["decimal_separator_hint"])
    return p.amount, p.currency


def run_ours(row):
    p = parse_price(row["raw"], currency_hint=row["currency_hint"],
                    decimal_separator=row["decimal_separator_hint"])
    return p.amount, p.currency_raw


def score(rows, parser):
    results = []
    for row in rows:
        amount, currency = parser(row)
        exp = expected_amount(row)
        a_ok = amount == exp if None not in (amount, exp) else amount is exp
        c_ok = norm_currency(currency) == norm_currency(row["expected_currency"])
        results.append((a_ok, c_ok, amount, currency))
    return results


def throughput(rows, parser, min_seconds=1.0) -> float:
    done, start = 0, time.perf_counter()
    while True:
        for row in rows:
            parser(row)
        done += len(rows)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", type=int, default=10, help="how many remaining failures to show")
    args = ap.parse_args()
    if not DATASET.exists():
        print(f"dataset not found: {DATASET}")
        return 1
    rows = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line]
    n = len(rows)
    print(f"dataset: {DATASET}  ({n} strings)\n")

    scored = {"price-parser": score(rows, run_library), "crawler.prices": score(rows, run_ours)}
    print(f"{'parser':16} {'amount':>8} {'currency':>9} {'both':>8}   right/total")
    for name, res in scored.items():
        a = sum(r[0] for r in res)
        c = sum(r[1] for r in res)
        b = sum(r[0] and r[1] for r in res)
        print(f"{name:16} {a / n:8.2%} {c / n:9.2%} {b / n:8.2%}   {b}/{n}")

    print("\nper group (both right): price-parser -> crawler.prices")
    groups = Counter(r["group"] for r in rows)
    right = defaultdict(lambda: [0, 0])
    for row, lib, ours in zip(rows, scored["price-parser"], scored["crawler.prices"], strict=True):
        right[row["group"]][0] += lib[0] and lib[1]
        right[row["group"]][1] += ours[0] and ours[1]
    for group, count in groups.most_common():
        lib_ok, our_ok = right[group]
        print(f"  {group:50} {count:5}  {lib_ok:5} -> {our_ok:5}")

    xfail = [i for i, r in enumerate(rows) if r["xfail"]]
    fixed = sum(scored["crawler.prices"][i][0] and scored["crawler.prices"][i][1] for i in xfail)
    broken = sum(
        1 for i, r in enumerate(rows)
        if not r["xfail"] and not (scored["crawler.prices"][i][0] and scored["crawler.prices"][i][1])
    )
    print(f"\nxfail strings (price-parser's known misses) now right: {fixed}/{len(xfail)}")
    print(f"non-xfail strings now wrong: {broken}")

    failures = [
        (row, res) for row, res in zip(rows, scored["crawler.prices"], strict=True) if not (res[0] and res[1])
    ]
    print(f"\nremaining failures: {len(failures)} (first {min(args.failures, len(failures))})")
    for row, (a_ok, c_ok, amount, currency) in failures[: args.failures]:
        what = "+".join(w for w, ok in (("amount", a_ok), ("currency", c_ok)) if not ok)
        print(f"  {row['raw']!r:40} hint={row['currency_hint']!r:12} expected "
              f"{row['expected_amount']} {row['expected_currency']!r}, got {amount} {currency!r} [{what}]")

    print("\nthroughput (strings/s, whole dataset, >= 1 s each):")
    for name, parser in (("price-parser", run_library), ("crawler.prices", run_ours)):
        print(f"  {name:16} {throughput(rows, parser):10,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
