"""Assign every offer in PostgreSQL to a product (``pricelens match``).

The matcher (:mod:`crawler.matching`) clusters the offers; this module turns clusters into
stable ``products`` rows:

* **Overrides win.** ``match_overrides`` pairs marked ``same`` are joined, pairs marked
  ``different`` are split (the second offer leaves the cluster), whatever the matcher says.
* **Ids are stable.** A cluster takes the product id held by most of its offers that already
  had one (ties: the oldest product), so product URLs on the site survive nightly runs; only
  clusters of offers that had no product get new ids. A product left without offers is
  deleted.
* **Each offer records how it was matched**: the tier that linked it to the cluster's
  representative (gtin, mpn, model, title), ``override``, or ``single`` when it is alone.
* **Incremental.** Only offers that are new or whose matching fields (title, brand, MPN, GTIN,
  category: ``offers.match_key``, a digest of them at the last match) changed are matched
  again, against their blocking candidates among all offers (``matching.blocking``). The
  *block* re-clustered is those offers, every member of the products their candidates (and
  they themselves) belong to, and every member of a product whose offer count is off (an
  offer deleted). Every other product keeps its id and members and is not written.
  ``full=True`` re-clusters everything.

Products carry a representative title (from the offer with the most identifiers), the most
common brand, MPN, valid GTIN and category of their offers.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from crawler.store import connect
from crawler.gtin import is_valid_gtin

logger = logging.getLogger(__name__)


@dataclass
class MatchSummary:
    offers: int = 0
    products: int = 0
    new_products: int = 0
    reassigned: int = 0
    deleted_products: int = 0
    seconds: float = 0.0
    changed: int = 0  # offers new or changed since the last match
    block: int = 0  # offers re-clustered (the changed ones and their candidates' products)
    methods: Counter = field(default_factory=Counter)

    def __str__(self) -> str:
        methods = ", ".join(f"{k} {v}" for k, v in sorted(self.methods.items()))
        return (f"{self.offers} offers in {self.products} products ({self.changed} new or changed, "
                f"{self.block} re-clustered; {self.new_products} new, "
                f"{self.reassigned} offers moved, {self.deleted_products} emptied products removed; "
                f"{methods}) in {self.seconds:.1f} s")


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def apply_overrides(labels: list[int], index: dict[int, int], overrides: list[dict]) -> tuple[list[int], set[int]]:
    """Cluster labels with people's verdicts applied; also the offer positions they touched."""
    labels = list(labels)
    touched: set[int] = set()
    next_label = max(labels, default=-1) + 1
    for row in overrides:  # split first, then join, so a 'same' is never undone by a 'different'
        if row["verdict"] != "different":
            continue
        a, b = index.get(row["offer_a"]), index.get(row["offer_b"])
        if a is not None and b is not None and labels[a] == labels[b]:
            labels[b] = next_label
            next_label += 1
            touched.update((a, b))
    finder = _UnionFind(next_label)
    for row in overrides:
        if row["verdict"] != "same":
            continue
        a, b = index.get(row["offer_a"]), index.get(row["offer_b"])
        if a is not None and b is not None:
            finder.union(labels[a], labels[b])
            touched.update((a, b))
    return [finder.find(label) for label in labels], touched


def representative(members: list[dict]) -> dict:
    """The product's description, from its offers."""
    def most_common(key, valid=lambda v: True):
        values = [m[key] for m in members if m.get(key) and valid(m[key])]
        return Counter(values).most_common(1)[0][0] if values else None

    brand = most_common("brand")
    return {"title": consensus_title(members, brand), "brand": brand, "mpn": most_common("mpn"),
            "gtin": most_common("gtin", is_valid_gtin), "category": most_common("category")}


def consensus_title(members: list[dict], brand: str | None) -> str:
    """The offer title closest to all the others (a medoid), preferring titles that start with the
    brand and do not shout: shops decorate titles differently, the middle one reads best."""
    # an offer with no usable title (empty or blank: the column is NOT NULL, not non-empty) takes
    # no part in the consensus; a product none of whose offers has one is named by its
    # identifiers, else "untitled" - never ``max`` of nothing (session 27, robust27)
    titles = [t for t in (m.get("title") for m in members) if isinstance(t, str) and t.strip()]
    if not titles:
        return untitled(members, brand)
    if len(titles) <= 2:
        return max(titles, key=lambda t: (bool(brand) and t.lower().startswith(brand.lower()), -len(t)))

    def score(title: str) -> tuple:
        closeness = sum(fuzz.token_set_ratio(title, other) for other in titles if other is not title)
        starts_with_brand = bool(brand) and title.lower().startswith(brand.lower())
        return (starts_with_brand, closeness, -len(title))

    return max(titles, key=score)


def untitled(members: list[dict], brand: str | None) -> str:
    """A name for a product whose offers carry no title: its brand with its MPN or GTIN
    ("Samsung MZ-V9P2T0BW"), else "untitled" (products.title is NOT NULL)."""
    code = next((m[k] for k in ("mpn", "gtin") for m in members if isinstance(m.get(k), str) and m[k].strip()), None)
    name = " ".join(x.strip() for x in (brand, code) if isinstance(x, str) and x.strip())
    return name or "untitled"


# the offer fields the matcher identifies a product by; a change in any of them matches the
# offer again (the price is a feature too, but a price change does not make another product)
_KEY_FIELDS = ("title", "brand", "mpn", "gtin", "category")


def match_key(offer) -> str:
    """Digest of an offer's matching fields (stored in ``offers.match_key`` when matched)."""
    h = hashlib.sha1()
    for k in _KEY_FIELDS:
        v = offer.get(k)
        h.update(b"\x00" if v is None else str(v).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:24]


def changed_block(offers: list[dict], keys: list[str], products: dict[int, int]) -> tuple[list[int], set[int]]:
    """(positions of new or changed offers, positions to re-cluster).

    ``products``: product id -> its recorded offer count. The block is the changed offers,
    every member of their old products, every member of a product holding a candidate that
    scores as the same product with one of them (blocking candidates among all offers, scored
    as one batch), and every member of a product whose offer count is off."""
    from crawler.matching import THRESHOLD
    from crawler.matching._decide import cyclic_gc_paused, decide_pairs
    from crawler.matching.blocking import candidate_pairs
    from crawler.matching.features import block_keys

    members: dict[int, list[int]] = defaultdict(list)
    for i, o in enumerate(offers):
        if o["product_id"] in products:
            members[o["product_id"]].append(i)
    changed = [i for i, o in enumerate(offers)
               if o["product_id"] not in products or o.get("match_key") != keys[i]]
    block: set[int] = set(changed)
    for pid, ms in members.items():
        if len(ms) != products[pid]:
            block.update(ms)
    if not changed:
        return changed, block
    if len(changed) == len(offers):
        return changed, set(range(len(offers)))
    for i in changed:
        block.update(members.get(offers[i]["product_id"], ()))
    with cyclic_gc_paused():
        # blocking reads titles and model numbers only; only candidates are prepared in full
        every = [block_keys(dict(o)) for o in offers]
        pairs = sorted(candidate_pairs([every[i] for i in changed], every))
        pairs = [(changed[a], j) for a, j in pairs if changed[a] != j]
        if pairs:
            scores, _, _ = decide_pairs([dict(offers[i]) for i, _ in pairs], [dict(offers[j]) for _, j in pairs])
            for (_, j), score in zip(pairs, scores.tolist()):
                if score >= THRESHOLD:
                    pid = offers[j]["product_id"]
                    block.update(members[pid] if pid in members else (j,))
    return changed, block


def match_offers(url: str | None = None, full: bool = False) -> MatchSummary:
    """Match new and changed offers (all offers with ``full``) and write products, product ids
    and match methods; return a summary."""
    from crawler.matching import cluster, match_method

    started = time.perf_counter()
    summary = MatchSummary()
    with connect(url) as conn:
        offers = conn.execute(
            "SELECT o.id, o.title, o.brand, o.mpn, o.gtin, o.category, o.product_id, o.match_method,"
            " o.match_key, (o.price / r.per_usd)::float8 AS price"
            " FROM offers o LEFT JOIN LATERAL (SELECT per_usd FROM currency_rates c WHERE c.currency = o.currency"
            "   ORDER BY valid_from DESC LIMIT 1) r ON true ORDER BY o.id").fetchall()
        overrides = conn.execute("SELECT offer_a, offer_b, verdict FROM match_overrides ORDER BY id").fetchall()
        products_rows = conn.execute("SELECT id, created_at, offer_count FROM products").fetchall()
        products_before = {r["id"]: r["created_at"] for r in products_rows}
        summary.offers = len(offers)
        index = {offer["id"]: i for i, offer in enumerate(offers)}
        keys = [match_key(o) for o in offers]
        if full:
            changed, block = list(range(len(offers))), set(range(len(offers)))
        else:
            changed, block = changed_block(offers, keys, {r["id"]: r["offer_count"] for r in products_rows})
        summary.changed, summary.block = len(changed), len(block)

        # labels: the block clustered again; every other offer stays with its product
        labels: list[int | None] = [None] * len(offers)
        positions = sorted(block)
        if positions:
            for i, label in zip(positions, cluster([dict(offers[i]) for i in positions])):
                labels[i] = label
        kept: dict[int, int] = {}
        next_label = max((x for x in labels if x is not None), default=-1) + 1
        for i, o in enumerate(offers):
            if labels[i] is None:
                labels[i] = kept.setdefault(o["product_id"], next_label + len(kept))
        labels, touched = apply_overrides(labels, index, overrides)

        clusters: dict[int, list[int]] = defaultdict(list)
        for position, label in enumerate(labels):
            clusters[label].append(position)
        holders = Counter(o["product_id"] for o in offers if o["product_id"] in products_before)

        # keep ids: a cluster takes the id most of its already-assigned offers had (oldest on ties)
        claimed: set[int] = set()
        assignments: list[tuple[list[int], int | None]] = []
        for label, members in sorted(clusters.items(), key=lambda kv: -len(kv[1])):
            votes = Counter(offers[m]["product_id"] for m in members if offers[m]["product_id"] in products_before)
            choice = None
            for product_id, _ in sorted(votes.items(), key=lambda kv: (-kv[1], products_before[kv[0]], kv[0])):
                if product_id not in claimed:
                    choice = product_id
                    break
            if choice is not None:
                claimed.add(choice)
            assignments.append((members, choice))

        with conn.transaction():
            updates = []
            for members, product_id in assignments:
                rows = [offers[m] for m in members]
                if (product_id is not None and len(rows) == holders[product_id]
                        and all(m not in block and offers[m]["product_id"] == product_id for m in members)):
                    # a product outside the block, unchanged: not written
                    summary.methods.update(r["match_method"] for r in rows)
                    continue
                described = representative(rows)
                if product_id is None:
                    product_id = conn.execute(
                        "INSERT INTO products (title, brand, mpn, gtin, category, offer_count)"
                        " VALUES (%(title)s, %(brand)s, %(mpn)s, %(gtin)s, %(category)s, %(n)s) RETURNING id",
                        {**described, "n": len(rows)}).fetchone()["id"]
                    summary.new_products += 1
                else:
                    conn.execute(
                        "UPDATE products SET title = %(title)s, brand = %(brand)s, mpn = %(mpn)s, gtin = %(gtin)s,"
                        " category = %(category)s, offer_count = %(n)s, updated_at = now() WHERE id = %(id)s",
                        {**described, "n": len(rows), "id": product_id})
                anchor = max(rows, key=lambda m: (bool(m.get("gtin")) + bool(m.get("mpn")), -m["id"]))
                for m in members:
                    offer = offers[m]
                    if len(rows) == 1:
                        method, confidence = "single", 1.0
                    elif m in touched:
                        method, confidence = "override", 1.0
                    elif offer is anchor:
                        method, confidence = _best_link(offer, rows, match_method)
                    else:
                        method, confidence = match_method(dict(offer), dict(anchor))
                        if method not in _LINK_RANK:  # "none", "weak", "conflict:<kind>"
                            method, confidence = _best_link(offer, rows, match_method)
                    if offer["product_id"] is not None and offer["product_id"] != product_id:
                        summary.reassigned += 1
                    summary.methods[method] += 1
                    updates.append((product_id, method, float(confidence), keys[m], offer["id"]))
            with conn.cursor() as cur:
                cur.executemany("UPDATE offers SET product_id = %s, match_method = %s, match_confidence = %s,"
                                " match_key = %s, matched_at = now() WHERE id = %s", updates)
            deleted = conn.execute("DELETE FROM products p WHERE NOT EXISTS"
                                   " (SELECT 1 FROM offers o WHERE o.product_id = p.id) RETURNING id").fetchall()
            summary.deleted_products = len(deleted)
        summary.products = len(assignments)
    summary.seconds = time.perf_counter() - started
    logger.info("matching: %s", summary)
    return summary


# the tiers that link two offers (crawler.matching.match_method), strongest first; any
# other tier ("none", "weak", "conflict:<kind>") links nothing
_LINK_RANK = {"gtin": 5, "mpn": 4, "model": 3, "title": 2, "learned": 1}


def _best_link(offer: dict, rows: list[dict], match_method) -> tuple[str, float]:
    """The strongest tier linking an offer to any other member of its cluster."""
    rank = _LINK_RANK
    best = ("title", 0.5)
    for other in rows:
        if other is offer:
            continue
        method, score = match_method(dict(offer), dict(other))
        if (rank.get(method, 0), score) > (rank.get(best[0], 0), best[1]):
            best = (method, score)
    return best


BIGINT_MAX = 2**63 - 1  # offers.id is a bigint


class OverrideError(ValueError):
    """An override that cannot be recorded: the message names the value and what was expected."""


def _same_path(edges: dict[int, set[int]], start: int, goal: int) -> list[int] | None:
    """The offers from ``start`` to ``goal`` through ``same`` overrides (breadth first), or None."""
    parent = {start: None}
    queue = [start]
    for node in queue:
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parent[node]
            return path[::-1]
        for other in sorted(edges.get(node, ())):
            if other not in parent:
                parent[other] = node
                queue.append(other)
    return None


def contradicted_overrides(conn, a: int, b: int, verdict: str) -> str | None:
    """Which earlier overrides ``a verdict b`` contradicts (one line), or None. Overrides are
    transitive for ``same`` (1 same 2, 2 same 3: 1, 2, 3 are one product), so ``1 different 3``
    would lose silently at match time; and ``a same b`` contradicts a ``different`` between the
    two groups it joins. The pair's own earlier override is replaced, never a contradiction."""
    rows = conn.execute("SELECT offer_a, offer_b, verdict FROM match_overrides"
                        " WHERE NOT (offer_a = %s AND offer_b = %s)", (a, b)).fetchall()
    same: dict[int, set[int]] = {}
    for row in rows:
        if row["verdict"] == "same":
            same.setdefault(row["offer_a"], set()).add(row["offer_b"])
            same.setdefault(row["offer_b"], set()).add(row["offer_a"])

    def chain(path):
        return ", ".join(f"{x} same {y}" for x, y in zip(path, path[1:]))

    if verdict == "different":
        path = _same_path(same, a, b)
        return f"{chain(path)} (so {a} and {b} are one product)" if path else None
    for row in rows:
        if row["verdict"] != "different":
            continue
        x, y = row["offer_a"], row["offer_b"]
        for left, right in ((x, y), (y, x)):
            to_a, to_b = _same_path(same, a, left), _same_path(same, b, right)
            if to_a is not None and to_b is not None:
                links = [part for part in (chain(to_a), chain(to_b)) if part]
                return f"{x} different {y}" + (f" (with {', '.join(links)})" if links else "")
    return None


def add_override(offer_a: int, offer_b: int, verdict: str, note: str | None = None, url: str | None = None) -> None:
    """Record that two offers are (``same``) or are not (``different``) the same product.

    Raises :class:`OverrideError` (one line: which value, what was expected) for a verdict other
    than same/different, an id that is not a positive bigint, the same offer twice, an id no
    offer has, or a verdict that contradicts earlier overrides (:func:`contradicted_overrides`)."""
    if verdict not in ("same", "different"):
        raise OverrideError(f"verdict {verdict!r}: expected 'same' or 'different'")
    for name, value in (("offer_a", offer_a), ("offer_b", offer_b)):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= BIGINT_MAX:
            raise OverrideError(f"{name} {value!r}: expected an offer id from 1 to {BIGINT_MAX}")
    if offer_a == offer_b:
        raise OverrideError(f"offer {offer_a} given twice: an override links two different offers")
    a, b = sorted((offer_a, offer_b))
    with connect(url) as conn:
        found = {r["id"] for r in conn.execute("SELECT id FROM offers WHERE id IN (%s, %s)", (a, b))}
        missing = [str(i) for i in (offer_a, offer_b) if i not in found]
        if missing:
            raise OverrideError(f"no offer with id {' or '.join(missing)}: expected the id of a stored offer "
                                "(the id column of the offers table)")
        contradiction = contradicted_overrides(conn, a, b, verdict)
        if contradiction:
            raise OverrideError(f"{offer_a} {verdict} {offer_b} contradicts earlier overrides: {contradiction}; "
                                "record one of those again with the other verdict to change it")
        conn.execute(
            "INSERT INTO match_overrides (offer_a, offer_b, verdict, note) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (offer_a, offer_b) DO UPDATE SET verdict = EXCLUDED.verdict, note = EXCLUDED.note,"
            " created_at = now()", (a, b, verdict, note))
