"""Which scored candidate pairs become links: mutual best, ambiguity left alone.

The pairwise decision (``_decide``) says whether two offers may be the same
product; it does not say that an offer's partner is *this* candidate rather than
another one it also accepts.  An offer often has several candidates the decision
accepts - a plain "FileMate K2010 USB keyboard" and the red, black and green
K2010 of the other shop; a suction-cup mount and two Garmin mounts with other
part numbers.  Where the calibrated scores of such candidates are equal, the
matcher cannot tell which is the partner, and a guess puts another product's
price on the page: precision first, the offer is left on its own.

The rules (no tuned parameter):

* a pair links only if it passes the pairwise decision and each offer is the
  other's best candidate (highest calibrated ``match_score``);
* several candidates tied for an offer's best score make it ambiguous - no link
  - unless the tied candidates are themselves the same product by the same
  pairwise decision (one shop listing one product twice): then the first of
  them is the offer's best, as any of them would be right.

Calibrated scores are piecewise constant (isotonic maps), so candidates the
model cannot tell apart get exactly equal scores; a margin over the runner-up
was measured too, and it does not separate right from wrong links: most
accepted pairs score within 0.01 of each other (0.926-0.934), so any margin
drops every offer that has a second accepted candidate.

``cluster`` applies the same idea to one pool of offers: an offer whose best
edges are tied between candidates that are different products joins neither.
"""

from __future__ import annotations

from collections import defaultdict

# equal calibrated scores (float noise aside): the model cannot tell the candidates apart
TIE = 1e-9


def tied_best(edges: list) -> tuple[float, list]:
    """(best score, the candidates tied for it, in index order) of an offer's
    accepted ``edges`` [(score, candidate)]."""
    best = max(s for s, _ in edges)
    return best, sorted(c for s, c in edges if s >= best - TIE)


def within_pairs(tied: list) -> list:
    """The pairs (a, b), a < b, of tied candidates whose sameness decides
    whether an offer is ambiguous."""
    return [(a, b) for n, a in enumerate(tied) for b in tied[n + 1:]]


def best_partner(tied: list, same) -> int | None:
    """The candidate an offer links to: the only one, or the first of tied
    candidates that are all the same product (``same(a, b)``); None when the
    tied candidates are different products (ambiguous)."""
    if len(tied) == 1:
        return tied[0]
    if all(same(a, b) for a, b in within_pairs(tied)):
        return tied[0]
    return None


def mutual_best_links(accepted: list, same_left, same_right) -> list:
    """One-to-one links [(i, j, score)] sorted by ``i`` from the ``accepted``
    pairs [(score, i, j)] (each passed the pairwise decision).

    ``same_left(pairs)`` / ``same_right(pairs)`` take a list of index pairs of
    one side (tied candidates) and return the set of those that are the same
    product by the pairwise decision; each is called once, with every pair it
    needs."""
    by_left, by_right = defaultdict(list), defaultdict(list)
    for s, i, j in accepted:
        by_left[i].append((s, j))
        by_right[j].append((s, i))
    tl = {i: tied_best(e) for i, e in by_left.items()}
    tr = {j: tied_best(e) for j, e in by_right.items()}
    # one batch per side for the sameness of tied candidates
    need_r = sorted({p for _, t in tl.values() if len(t) > 1 for p in within_pairs(t)})
    need_l = sorted({p for _, t in tr.values() if len(t) > 1 for p in within_pairs(t)})
    same_r = set(same_right(need_r)) if need_r else set()
    same_l = set(same_left(need_l)) if need_l else set()
    best_l = {i: best_partner(t, lambda a, b: (a, b) in same_r) for i, (_, t) in tl.items()}
    best_r = {j: best_partner(t, lambda a, b: (a, b) in same_l) for j, (_, t) in tr.items()}
    links = []
    for i, j in best_l.items():
        if j is not None and best_r.get(j) == i:
            links.append((i, j, tl[i][0]))
    links.sort()
    return links


def ambiguous_offers(edges: list, same) -> set:
    """Offers of one pool whose best accepted ``edges`` [(score, i, j)] are
    tied between candidates that are not all the same product (``same(a, b)``
    for a < b): such an offer joins no product (``cluster``)."""
    by = defaultdict(list)
    for s, i, j in edges:
        by[i].append((s, j))
        by[j].append((s, i))
    out = set()
    for x, e in by.items():
        _, tied = tied_best(e)
        if best_partner(tied, same) is None:
            out.add(x)
    return out
