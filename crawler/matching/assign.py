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
  pairwise decision (one shop listing one product twice): then any of them is
  right, and the offers are paired one-to-one in index order (the first offer
  takes the first tied candidate still free, the next the next: n identical
  listings on each side make n links).

Sameness of tied candidates is asked in one batch per side and grows linearly
with the ties: identical listings (equal ``key``) are one candidate, asked once
(the first two); the first ``CAP`` distinct candidates are compared pairwise,
each further one with the first only (its representative).

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
# distinct tied candidates compared pairwise; each further one is compared with the first
CAP = 8


def tied_best(edges: list) -> tuple[float, list]:
    """(best score, the candidates tied for it, in index order) of an offer's
    accepted ``edges`` [(score, candidate)]."""
    best = max(s for s, _ in edges)
    return best, sorted(c for s, c in edges if s >= best - TIE)


def within_pairs(tied: list, key=None) -> list:
    """The pairs (a, b), a < b, of tied candidates whose sameness decides
    whether an offer is ambiguous: linear in the ties.  Candidates with equal
    ``key(c)`` (identical listings) are one candidate, their sameness asked
    once; the first ``CAP`` distinct ones are compared pairwise, each further
    one with the first."""
    groups: dict = {}
    for c in tied:
        groups.setdefault(c if key is None else key(c), []).append(c)
    pairs = [(g[0], g[1]) for g in groups.values() if len(g) > 1]
    reps = [g[0] for g in groups.values()]
    head = reps[:CAP]
    pairs += [(a, b) for n, a in enumerate(head) for b in head[n + 1:]]
    pairs += [(reps[0], b) for b in reps[CAP:]]
    return pairs


def resolved(tied: list, same, key=None) -> list | None:
    """The tied candidates an offer may link to (all one product by
    ``same(a, b)``, or a single one); None when they are different products
    (ambiguous)."""
    if len(tied) == 1:
        return tied
    if all(same(a, b) for a, b in within_pairs(tied, key)):
        return tied
    return None


def mutual_best_links(accepted: list, same_left, same_right, key_left=None, key_right=None) -> list:
    """One-to-one links [(i, j, score)] sorted by ``i`` from the ``accepted``
    pairs [(score, i, j)] (each passed the pairwise decision).

    ``same_left(pairs)`` / ``same_right(pairs)`` take a list of index pairs of
    one side (tied candidates) and return the set of those that are the same
    product by the pairwise decision; each is called once, with every pair it
    needs (``within_pairs``: linear in the ties).  ``key_left(i)`` /
    ``key_right(j)``, when given, are equal for identical listings."""
    by_left, by_right = defaultdict(list), defaultdict(list)
    score = {}
    for s, i, j in accepted:
        by_left[i].append((s, j))
        by_right[j].append((s, i))
        score[(i, j)] = s
    tl = {i: tied_best(e)[1] for i, e in by_left.items()}
    tr = {j: tied_best(e)[1] for j, e in by_right.items()}
    # one batch per side for the sameness of tied candidates
    need_r = sorted({p for t in tl.values() if len(t) > 1 for p in within_pairs(t, key_right)})
    need_l = sorted({p for t in tr.values() if len(t) > 1 for p in within_pairs(t, key_left)})
    same_r = set(same_right(need_r)) if need_r else set()
    same_l = set(same_left(need_l)) if need_l else set()
    best_l = {i: resolved(t, lambda a, b: (a, b) in same_r, key_right) for i, t in tl.items()}
    best_r = {j: resolved(t, lambda a, b: (a, b) in same_l, key_left) for j, t in tr.items()}
    best_r = {j: set(t) for j, t in best_r.items() if t is not None}
    # mutual best; tied candidates that are one product pair up in index order
    links, taken = [], set()
    for i in sorted(best_l):
        for j in best_l[i] or ():
            if j not in taken and i in best_r.get(j, ()):
                taken.add(j)
                links.append((i, j, score[(i, j)]))
                break
    return links


def ambiguous_offers(edges: list, same, key=None, same_many=None) -> set:
    """Offers of one pool whose best accepted ``edges`` [(score, i, j)] are
    tied between candidates that are not all the same product (``same(a, b)``
    for a < b): such an offer joins no product (``cluster``).  With
    ``same_many(pairs)`` (the set of those pairs that are the same product)
    every pair needed is asked in one batch instead."""
    by = defaultdict(list)
    for s, i, j in edges:
        by[i].append((s, j))
        by[j].append((s, i))
    ties = {x: tied_best(e)[1] for x, e in by.items()}
    if same_many is not None:
        need = sorted({p for t in ties.values() if len(t) > 1 for p in within_pairs(t, key)})
        yes = set(same_many(need)) if need else set()

        def same(a, b):
            return (a, b) in yes
    return {x for x, t in ties.items() if resolved(t, same, key) is None}
