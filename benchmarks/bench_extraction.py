"""Benchmark crawler.extraction on real product pages with ground truth.

    python benchmarks/bench_extraction.py [--dataset DIR] [--errors]

Reads ``DIR/html/*.html.gz`` and ``DIR/ground-truth.json`` (default: the
zyte-dev half of the Zyte product-extraction benchmark in
``../shared/datasets/extraction/zyte-dev``), runs ``extract_product`` on every
page and prints precision / recall / F1 per attribute beside the systems whose
answers are stored as ``DIR/output-*.json`` (Zyte, Diffbot, extruct), all
scored by :func:`score`, and the pages/s of our extractor.

Scoring (as the benchmark defines it): a prediction is right when it equals
one acceptable value — prices compared as decimals, text case-insensitively.
precision = right / predicted, recall = right / pages having the attribute.

Currency: the ground truth stores the symbol as shown (``$``, ``€``, ``Rs``,
``тг.``) while we return ISO 4217.  Every acceptable symbol is mapped to the
set of ISO codes it may stand for (``€`` -> EUR, ``$`` -> USD, CAD, ARS, ...)
with the extractor's own symbol table, and every system's prediction is
mapped to ISO the same way before comparing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.extraction import extract_product, symbol_iso_candidates, symbol_to_iso  # noqa: E402

DEFAULT_DATASET = ROOT.parent / "shared" / "datasets" / "extraction" / "zyte-dev"
ATTRIBUTES = ("price", "currency", "availability", "sku", "gtin", "mpn", "brand")


# ---------------------------------------------------------------------------
# scoring
# ---------------------------------------------------------------------------


def _as_decimal(value) -> Decimal | None:
    try:
        return Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None


def normalize(attribute: str, value):
    """Comparable form of a predicted value (None when it cannot be compared)."""
    if value is None or str(value).strip() == "":
        return None
    if attribute == "price":
        return _as_decimal(value)
    if attribute == "currency":
        return symbol_to_iso(str(value)) or str(value).strip().upper()
    return str(value).strip().lower()


def acceptable(attribute: str, values) -> set:
    """Comparable forms of a ground-truth value list."""
    out: set = set()
    for value in values or []:
        if attribute == "currency":
            out |= symbol_iso_candidates(str(value)) or {str(value).strip().upper()}
        else:
            norm = normalize(attribute, value)
            if norm is not None:
                out.add(norm)
    return out


def score(ground_truth: dict, predictions: dict, attribute: str) -> dict:
    """Precision, recall, F1 of one attribute over all ground-truth pages."""
    right = predicted = relevant = 0
    errors = []
    for key, truth in ground_truth.items():
        good = acceptable(attribute, truth.get(attribute))
        raw = (predictions.get(key) or {}).get(attribute)
        pred = normalize(attribute, raw)
        relevant += bool(good)
        if pred is None:
            if good:
                errors.append((key, "missed", raw, truth.get(attribute)))
            continue
        predicted += 1
        if attribute == "currency" and not good:
            pred_ok = False
        else:
            pred_ok = pred in good
        if pred_ok:
            right += 1
        else:
            errors.append((key, "wrong", raw, truth.get(attribute)))
    precision = right / predicted if predicted else (1.0 if not relevant else 0.0)
    recall = right / relevant if relevant else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "right": right,
        "predicted": predicted,
        "relevant": relevant,
        "errors": errors,
    }


# ---------------------------------------------------------------------------
# running
# ---------------------------------------------------------------------------


def load_dataset(dataset: Path = DEFAULT_DATASET) -> tuple[dict, dict[str, bytes]]:
    ground_truth = json.loads((dataset / "ground-truth.json").read_text("utf-8"))
    pages = {key: gzip.decompress((dataset / "html" / f"{key}.html.gz").read_bytes()) for key in ground_truth}
    return ground_truth, pages


def run_extractor(ground_truth: dict, pages: dict[str, bytes]) -> tuple[dict, float]:
    """Our predictions for every page and the pages/s it took (CPU time of
    this process, so that other load on the machine does not skew it)."""
    start = time.process_time()
    predictions = {key: extract_product(pages[key], ground_truth[key]["url"]) for key in ground_truth}
    elapsed = time.process_time() - start
    return predictions, len(pages) / elapsed if elapsed else float("inf")


def evaluate_all(ground_truth: dict, predictions: dict) -> dict[str, dict]:
    return {attribute: score(ground_truth, predictions, attribute) for attribute in ATTRIBUTES}


def other_systems(dataset: Path) -> dict[str, dict]:
    systems = {}
    for path in sorted(dataset.glob("output-*.json")):
        systems[path.stem.removeprefix("output-")] = json.loads(path.read_text("utf-8"))
    return systems


def format_table(results: dict[str, dict[str, dict]]) -> str:
    systems = list(results)
    header = f"{'attribute':<13}" + "".join(f"{name:>22}" for name in systems)
    lines = [header, f"{'':<13}" + "".join(f"{'P     R     F1':>22}" for _ in systems)]
    for attribute in ATTRIBUTES:
        cells = []
        for name in systems:
            m = results[name][attribute]
            cells.append(f"{m['precision']:.3f} {m['recall']:.3f} {m['f1']:.3f}".rjust(22))
        lines.append(f"{attribute:<13}" + "".join(cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--errors", action="store_true", help="list our wrong and missed values")
    args = parser.parse_args(argv)

    ground_truth, pages = load_dataset(args.dataset)
    predictions, pages_per_second = run_extractor(ground_truth, pages)
    results = {"pricelens": evaluate_all(ground_truth, predictions)}
    for name, output in other_systems(args.dataset).items():
        results[name] = evaluate_all(ground_truth, output)

    print(f"{len(pages)} pages from {args.dataset}")
    print(format_table(results))
    print(f"pricelens: {pages_per_second:.1f} pages/s (decode + parse + extract, one core, CPU time)")
    if args.errors:
        for attribute, metrics in results["pricelens"].items():
            for key, kind, got, expected in metrics["errors"]:
                print(f"{attribute:<13}{kind:<7}{key[:8]}  got={got!r}  expected={expected!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
