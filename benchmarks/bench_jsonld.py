"""Big JSON-LD: seconds per MB to parse a script body that needs repair, and to extract a page.

Run from the repository root:  python benchmarks/bench_jsonld.py [--reviews N]

A product page whose JSON-LD carries N reviews (default 8000, about 2 MB) in the shapes a shop
writes: compact, pretty-printed, HTML-entity-escaped, with a // comment, each with a trailing
comma (so the tolerant parser repairs it); and one block that no repair saves. Prints figures
only; nothing here asserts.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.extraction import extract_product  # noqa: E402  (after the sys.path line)
from crawler.extraction.jsonld import loads_tolerant  # noqa: E402


def product(reviews: int) -> dict:
    return {"@context": "https://schema.org", "@type": "Product", "name": "Big Product", "sku": "B1",
            "offers": {"@type": "Offer", "price": "10.00", "priceCurrency": "USD"},
            "review": [{"@type": "Review", "reviewBody": f"review {i}: " + "good value " * 10,
                        "reviewRating": {"@type": "Rating", "ratingValue": i % 5 + 1},
                        "author": {"@type": "Person", "name": f"person {i}"}} for i in range(reviews)]}


def shapes(reviews: int) -> dict[str, str]:
    data = product(reviews)
    compact, pretty = json.dumps(data), json.dumps(data, indent=2)
    return {
        "compact, trailing comma": compact[:-1] + ",}",
        "pretty, trailing comma": pretty[:-1] + ",}",
        "entity-escaped, trailing comma": html.escape(compact[:-1] + ",}"),
        "// comment, trailing comma": "// reviews\n" + pretty[:-1] + ",}",
        "hopeless": compact[:-1] + "!!!",
    }


def best_of(runs: int, function, *args) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=8000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'shape':32s} {'MB':>5s} {'parse s/MB':>11s} {'extract s/MB':>13s}")
    for name, text in shapes(args.reviews).items():
        page = (f"<html><head><title>Big Product</title><script type=\"application/ld+json\">{text}</script>"
                f"</head><body><h1>Big Product</h1></body></html>")
        mb = len(page.encode()) / 1e6
        parse = best_of(args.runs, loads_tolerant, text)
        extract = best_of(args.runs, extract_product, page, "https://shop.example/p/big")
        print(f"{name:32s} {mb:5.2f} {parse / mb:11.3f} {extract / mb:13.3f}")


if __name__ == "__main__":
    main()
