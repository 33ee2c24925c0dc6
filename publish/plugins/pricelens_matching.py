"""``/-/matching``: what a match confidence means, with the matcher's reliability table.

The table is ``crawler/matching/calibration.json``, written by ``python -m
crawler.matching.train``: the matcher's out-of-fold scores of a leave-one-dataset-out over its
labelled pairs, per band of predicted score the number of pairs, the mean predicted score and
the share that really were the same product, overall and per left-out dataset.

It is read here, when the page is asked for, from the installed package (or the file named by
the ``calibration_file`` setting of the ``pricelens`` plugin), not copied into the snapshot at
publish time: it describes the matcher, not the crawled data; the site runs from the same
installation as ``pricelens match`` and ``pricelens publish``, so it shows the table of the
model that scored the matches; and a retrained matcher's table shows without republishing or
touching the snapshot's schema. The file is small and the page rare: it is read on every request
and sent ``Cache-Control: no-store``, so neither the server's page cache (publish/cache.py, which
keeps a page for the snapshot's life) nor a browser keeps an older table than the file's.

The file is read defensively: a missing, unreadable or garbled file (not JSON, or not the
structure above) gives the page one clear line saying so instead of the table; never a 500.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response

from publish.site import page_template


def calibration_path(datasette) -> Path:
    config = datasette.plugin_config("pricelens") or {}
    if config.get("calibration_file"):
        return Path(config["calibration_file"])
    import crawler

    return Path(crawler.__file__).resolve().parent / "matching" / "calibration.json"


class Garbled(ValueError):
    """calibration.json is not what ``crawler.matching.train`` writes (one line: file, key, what was expected)."""


def _share(value, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not 0 <= value <= 1:
        raise Garbled(f"{where}: expected a number from 0 to 1 or null, got {value!r}"[:300])
    return float(value)


def _bands(value, where: str) -> list[dict]:
    if not isinstance(value, list):
        raise Garbled(f"{where}: expected a list of bands, got {type(value).__name__}")
    bands = []
    for i, band in enumerate(value):
        at = f"{where}[{i}]"
        if not isinstance(band, dict):
            raise Garbled(f"{at}: expected an object, got {type(band).__name__}")
        bounds = band.get("band")
        if not (isinstance(bounds, list) and len(bounds) == 2
                and all(isinstance(b, (int, float)) and not isinstance(b, bool) and math.isfinite(b) for b in bounds)
                and 0 <= bounds[0] < bounds[1] <= 1):
            raise Garbled(f"{at}.band: expected [low, high] with 0 <= low < high <= 1, got {bounds!r}"[:300])
        pairs = band.get("pairs")
        if isinstance(pairs, bool) or not isinstance(pairs, int) or pairs < 0:
            raise Garbled(f"{at}.pairs: expected a count, got {pairs!r}"[:300])
        bands.append({"low": float(bounds[0]), "high": float(bounds[1]), "pairs": pairs,
                      "predicted": _share(band.get("predicted"), f"{at}.predicted"),
                      "observed": _share(band.get("observed"), f"{at}.observed")})
    return bands


def read_calibration(path: Path) -> dict:
    """The reliability table of ``path``: {"bands", "by_dataset", "datasets", "pairs",
    "threshold", "scores", "learned"}; raises :class:`Garbled` with one line when the file is missing,
    unreadable or not the structure ``crawler.matching.train`` writes."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise Garbled(f"{path}: missing (written by `python -m crawler.matching.train`)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise Garbled(f"{path}: cannot be read ({type(error).__name__})") from None
    except ValueError as error:
        raise Garbled(f"{path}: not valid JSON ({error})") from None
    if not isinstance(raw, dict):
        raise Garbled(f"{path}: expected a JSON object, got {type(raw).__name__}")
    try:
        bands = _bands(raw.get("bands"), "bands")
        by_dataset = raw.get("bands_by_dataset") or {}
        if not isinstance(by_dataset, dict):
            raise Garbled(f"bands_by_dataset: expected an object of dataset: bands, got {type(by_dataset).__name__}")
        datasets = {str(name): _bands(value, f"bands_by_dataset.{name}") for name, value in by_dataset.items()}
        threshold = _share(raw.get("threshold"), "threshold")
        scores = {}
        out_of_fold = raw.get("out_of_fold") or {}
        if isinstance(out_of_fold, dict):
            for name, figures in out_of_fold.items():
                if isinstance(figures, dict):
                    scores[str(name)] = {key: _share(figures.get(key), f"out_of_fold.{name}.{key}")
                                         for key in ("p", "r", "f1")}
        learned = None
        stage = raw.get("learned")
        if stage is not None:
            if not isinstance(stage, dict):
                raise Garbled(f"learned: expected an object, got {type(stage).__name__}")
            learned = {"score": _share(stage.get("score"), "learned.score")}
            for key in ("called_same", "right", "files"):
                value = stage.get(key)
                if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                    raise Garbled(f"learned.{key}: expected a count, got {value!r}")
                learned[key] = value
    except Garbled as problem:
        raise Garbled(f"{path}: {problem}") from None
    if not bands:
        raise Garbled(f"{path}: bands: empty, expected the bands of predicted score")
    pairs = raw.get("pairs")
    return {"bands": bands, "by_dataset": datasets, "threshold": threshold, "scores": scores, "learned": learned,
            "pairs": pairs if isinstance(pairs, int) and not isinstance(pairs, bool) else sum(b["pairs"] for b in bands),
            "datasets": list(datasets) or [str(d) for d in raw.get("datasets") or [] if isinstance(d, str)]}


def _example(bands: list[dict]) -> dict | None:
    """The band holding 0.9 (the page's example), when it has pairs."""
    for band in bands:
        if band["low"] <= 0.9 < band["high"] or band["high"] == 1 and band["low"] <= 0.9 <= 1:
            return band if band["pairs"] and band["observed"] is not None else None
    return None


async def matching_page(datasette, request):
    path = calibration_path(datasette)
    try:
        table, problem = read_calibration(path), None
    except Garbled as error:
        table, problem = None, str(error)
    try:
        database = datasette.get_database("pricelens").name
    except KeyError:
        database = datasette.get_database().name
    context = {"table": table, "problem": problem, "example": _example(table["bands"]) if table else None,
               "database": database, "metadata": datasette.metadata()}
    html = await datasette.render_template(page_template(datasette, "matching.html"), context, request=request,
                                           view_name="matching")
    # not "max-age": the file may change while the server runs (a retrained matcher)
    return Response.html(html, headers={"Cache-Control": "no-store"})


@hookimpl
def register_routes():
    return [(r"^/-/matching$", matching_page)]
