"""Choosing the selling price among every candidate the page offers.

Each distinct amount the sources give (the main schema.org product of
JSON-LD, microdata or RDFa, the meta tags, and every price shown in the
visible HTML) is one *option*, described by generic evidence only: which
sources state it, whether the page shows it, its nearness to the title, a
currency sign next to it, price / sale wording, whether it is struck through
or labelled "was"/"RRP", whether it lies in the main product's block (title +
buy control) or in repeated markup showing other amounts (variants, tiles of
other products).  No feature names a shop, a class name or a URL.

A logistic regression over these features scores the options; the best one
is the price when its probability reaches ``threshold``.  The weights in
``price_model.json`` are fitted on the zyte-dev pages by
``benchmarks/bench_extraction.py --fit``, which also reports the
leave-one-page-out score (each page scored by weights fitted without it).
"""

from __future__ import annotations

import json
import bisect
import math
from importlib import resources
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("price_model.json")  # where --fit writes it
STRUCTURED_SOURCES = ("jsonld", "microdata", "rdfa", "meta")
# Regularisation and acceptance threshold, chosen by leave-one-page-out on
# zyte-dev among C in (0.1, 0.3, 1, 3) x threshold in (0.05, 0.15, 0.25, 0.4):
# the strongest regularisation ties for the best LOPO score with no dev/LOPO gap.
FIT_C = 0.1
THRESHOLD = 0.15

FEATURES = (
    "jsonld",  # the main JSON-LD product states this amount
    "microdata",
    "rdfa",
    "meta",
    "structured_count",  # how many structured sources agree on it
    "structured_regular",  # a structured source gives it as the list / regular price
    "shown",  # the visible page shows it as a current (not struck) price
    "only_old",  # the page shows it only struck through / as "was" / RRP
    "html_score",  # best hand score of its visible candidates (nearness, currency, wording) / 5
    "html_top",  # it is the amount of the best-scored visible candidate
    "html_count",  # log(1 + number of current visible candidates with it)
    "first_after_title",  # the first current price after the title
    "in_main_block",  # a current candidate inside the title + buy-control block
    "main_block_exists",  # the page has such a block (the feature above can speak)
    "attribute",  # itemprop=price / data-price
    "currency_next",  # a currency sign next to the number
    "price_wording",  # "price" in class / id
    "sale_wording",  # sale / now / current / final ...
    "repeated",  # every visible candidate of it sits in repeated markup with other amounts
    "no_structured",  # no structured source has a price at all (HTML is all there is)
    "year_like",  # a whole number 1900-2100 without a currency (a year, not a price)
    "structured_shown",  # a structured source states it and the page shows it
    "html_top_alone",  # html_top on a page without structured prices
    "first_after_title_alone",  # first_after_title on a page without structured prices
    "near_buy",  # a current candidate within a few elements of an enabled buy control
    "emphasis",  # shown in bold / a heading
    "repeated_with_structured",  # repeated, on a page whose structured data states a price
    "html_only_with_structured",  # only the visible page gives it, while structured data states a price
    "outside_main_block",  # shown only outside the main product block, which shows another current amount
)
# Known directions: evidence for (+1) or against (-1) an amount being the
# selling price.  A fitted weight of the other sign is noise of the dev pages,
# and its feature is left out of the fit.
SIGNS = {
    "jsonld": 1, "microdata": 1, "rdfa": 1, "meta": 1, "structured_count": 1, "structured_shown": 1,
    "structured_regular": -1, "only_old": -1, "repeated": -1, "outside_main_block": -1, "year_like": -1, "repeated_with_structured": -1,
    "first_after_title": 1, "html_top": 1, "in_main_block": 1, "near_buy": 1, "sale_wording": 1,
    "price_wording": 1, "currency_next": 1, "emphasis": 1, "html_score": 1, "attribute": 1,
}
_EMPHASIS_TAGS = {"strong", "b", "h2", "h3", "h4", "h5"}


@dataclass
class PriceOption:
    amount: Decimal
    features: dict[str, float]
    sources: list[str] = field(default_factory=list)
    currencies: list[str] = field(default_factory=list)  # in order of trust
    regular: Decimal | None = None

    def vector(self) -> list[float]:
        return [self.features.get(name, 0.0) for name in FEATURES]


def _olds_near(positions: list, olds: list, position) -> list:
    """The old-price candidates less than 40 positions from ``position``."""
    return olds[bisect.bisect_right(positions, position - 40):bisect.bisect_left(positions, position + 40)]


def price_options(records: list[dict], evidence) -> list[PriceOption]:
    """One option per distinct amount, with its features (see FEATURES)."""
    options: dict[Decimal, PriceOption] = {}

    def option(amount: Decimal) -> PriceOption:
        if amount not in options:
            options[amount] = PriceOption(amount, dict.fromkeys(FEATURES, 0.0))
        return options[amount]

    candidates = evidence.price_candidates() if evidence is not None else []
    shown = {c.amount for c in candidates if not c.is_old}
    structured = [r for r in records if r.get("_source") in STRUCTURED_SOURCES]
    any_structured_price = any(r.get("price") is not None for r in structured)
    for record in structured:
        amount = _as_shown(record.get("price"), shown)
        if amount is not None:
            opt = option(amount)
            opt.features[record["_source"]] = 1.0
            opt.features["structured_count"] += 1.0
            opt.sources.append(record["_source"])
            if record.get("currency"):
                opt.currencies.append(record["currency"])
            if record.get("regular_price") and opt.regular is None:
                opt.regular = record["regular_price"]
    for record in structured:
        regular = _as_shown(record.get("regular_price"), {c.amount for c in candidates})
        if regular is not None and regular in options:
            options[regular].features["structured_regular"] = 1.0

    current = [c for c in candidates if not c.is_old]
    top = max(current, key=lambda c: (c.score, -c.position)) if current else None
    after = [c for c in current if evidence.anchor is not None and c.position > evidence.anchor]
    first = min(after, key=lambda c: c.position) if after else None
    block = evidence.main_block() if evidence is not None else None
    buy_positions = [evidence.page.position(el) for el in evidence.buy_controls()] if evidence is not None else []
    # old prices by position: each option looks only at those within 40 of its
    # best candidate (a scan of all of them per amount was quadratic)
    old_sorted = sorted((c for c in candidates if c.is_old), key=lambda c: c.position)
    old_positions = [c.position for c in old_sorted]
    by_amount: dict[Decimal, list] = {}
    for c in candidates:
        by_amount.setdefault(c.amount, []).append(c)
    for amount, group in by_amount.items():
        now = [c for c in group if not c.is_old]
        if not now and amount not in options:
            continue  # an old price that no source states is not an option
        opt = option(amount)
        f = opt.features
        if not now:
            f["only_old"] = 1.0
            continue
        f["shown"] = 1.0
        f["html_score"] = max(c.score for c in now) / 5.0
        f["html_top"] = 1.0 if top is not None and top.amount == amount else 0.0
        f["html_count"] = math.log1p(len(now))
        f["first_after_title"] = 1.0 if first is not None and first.amount == amount else 0.0
        f["in_main_block"] = 1.0 if any(evidence.in_main_block(c.element) for c in now) else 0.0
        f["attribute"] = 1.0 if any(c.attribute for c in now) else 0.0
        f["currency_next"] = 1.0 if any(c.has_currency for c in now) else 0.0
        f["price_wording"] = 1.0 if any(c.price_hint for c in now) else 0.0
        f["sale_wording"] = 1.0 if any(c.sale_hint for c in now) else 0.0
        f["repeated"] = 1.0 if all(c.repeated for c in now) else 0.0
        f["near_buy"] = 1.0 if any(abs(c.position - b) <= 40 for c in now for b in buy_positions) else 0.0
        f["emphasis"] = 1.0 if any(_emphasised(c.element) for c in now) else 0.0
        f["year_like"] = 1.0 if (
            amount == amount.to_integral_value() and 1900 <= amount <= 2100 and not any(c.has_currency for c in now)
        ) else 0.0
        best = max(now, key=lambda c: (c.score, -c.position))
        if best.currency:
            opt.currencies.append(best.currency)
        if "html" not in opt.sources:
            opt.sources.append("html")
        if opt.regular is None:
            olds = [c for c in _olds_near(old_positions, old_sorted, best.position) if c.amount > amount]
            if olds:
                opt.regular = min(olds, key=lambda c: abs(c.position - best.position)).amount
    block_amounts = {c.amount for c in current if block is not None and evidence.in_main_block(c.element)}
    for opt in options.values():
        opt.features["main_block_exists"] = 1.0 if block is not None else 0.0
        if opt.features["shown"] and block_amounts and opt.amount not in block_amounts:
            opt.features["outside_main_block"] = 1.0
        f = opt.features
        f["no_structured"] = 0.0 if any_structured_price else 1.0
        f["structured_shown"] = 1.0 if f["structured_count"] and f["shown"] else 0.0
        f["html_top_alone"] = f["html_top"] * f["no_structured"]
        f["repeated_with_structured"] = f["repeated"] * (1.0 - f["no_structured"])
        f["html_only_with_structured"] = (1.0 - f["no_structured"]) if not f["structured_count"] else 0.0
        f["first_after_title_alone"] = f["first_after_title"] * f["no_structured"]
    return list(options.values())


def _emphasised(el) -> bool:
    for node in (el, el.getparent() if el is not None else None):
        if node is not None and node.tag in _EMPHASIS_TAGS:
            return True
    return False


_RESCALINGS = (Decimal(100), Decimal(1000), Decimal("0.01"), Decimal("0.001"))


def _as_shown(amount: Decimal | None, shown: set[Decimal]) -> Decimal | None:
    """A structured amount the page does not show, while it shows the same
    digits scaled by a power of ten (minor units "129900" for 1299.00, or a
    thousands separator read as a decimal point, "1.299" for 1299), is read
    as the page shows it."""
    if amount is None or amount in shown:
        return amount
    if not amount.is_finite() or not -30 < amount.adjusted() < 30:
        return amount  # (no price: validate refuses it; "9E+999999" * 1000 overflows Decimal's context)
    for factor in _RESCALINGS:
        scaled = amount * factor
        if scaled in shown:
            return scaled
    return amount


@dataclass
class PriceModel:
    weights: dict[str, float]
    intercept: float
    threshold: float = THRESHOLD

    def probability(self, option: PriceOption) -> float:
        z = self.intercept + sum(self.weights.get(n, 0.0) * v for n, v in option.features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def choose(self, options: list[PriceOption]) -> PriceOption | None:
        if not options:
            return None
        scored = [(self.probability(o), -i, o) for i, o in enumerate(options)]
        p, _, best = max(scored, key=lambda t: (t[0], t[1]))
        return best if p >= self.threshold else None

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "weights": self.weights, "intercept": self.intercept,
                "threshold": self.threshold}

    @classmethod
    def from_json(cls, data: dict) -> "PriceModel":
        return cls({k: float(v) for k, v in data["weights"].items()}, float(data["intercept"]),
                   float(data.get("threshold", THRESHOLD)))


_DEFAULT: PriceModel | None = None


def default_model() -> PriceModel:
    global _DEFAULT
    if _DEFAULT is None:
        # read as package data: works from a zipped egg (Scrapyd) as well as from files
        text = resources.files(__package__).joinpath(MODEL_PATH.name).read_text("utf-8")
        _DEFAULT = PriceModel.from_json(json.loads(text))
    return _DEFAULT


def fit_price_model(pages: list[tuple[list[PriceOption], set[Decimal]]], c: float = FIT_C,
                    threshold: float = THRESHOLD) -> PriceModel:
    """Logistic regression over the options of pages (label: the amount is one
    the page's ground truth accepts).  Uses scikit-learn (only when fitting)."""
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    for options, truth in pages:
        for o in options:
            rows.append(o.vector())
            labels.append(1 if o.amount in truth else 0)
    if len(set(labels)) < 2:
        raise ValueError("fitting the price model needs right and wrong options")
    used = list(FEATURES)
    for _ in range(len(FEATURES)):
        columns = [FEATURES.index(name) for name in used]
        lr = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        lr.fit([[row[i] for i in columns] for row in rows], labels)
        fitted = dict(zip(used, lr.coef_[0]))
        wrong = [n for n, w in fitted.items() if SIGNS.get(n, 0) * w < 0]
        if not wrong:
            break
        used = [n for n in used if n not in wrong]  # a feature against its known direction is dropped
    weights = {name: round(float(fitted.get(name, 0.0)), 6) for name in FEATURES}
    return PriceModel(weights, round(float(lr.intercept_[0]), 6), threshold)
