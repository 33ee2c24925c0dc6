"""Columns of the learned stage only (session 15, learn; ``rules.learned_gate``).

The stage judges pairs without identifying evidence whose titles each may print
identifying words the other lacks.  What tells a shop's wording from another
product is how much of a title those one-sided words weigh: a verbose title's
features or a translated kind word are a small, common share of its words; a
line's name is a rare one ("Hoyle *South Beach* Solitaire").  So: the idf-weighted
share of each title's identifying words the other offer never mentions
(``relations.missed_words``), the larger and the smaller of the two.  Read by the
learned stage's trees only, never by the main trees or the rules."""

from __future__ import annotations

from math import fsum

from .facets import identifying_ids
from .relations import missed_words


def _missed_share(p, other) -> float:
    ids = identifying_ids(p, other)
    if not ids:
        return 0.0
    w = p.widf
    total = fsum(w.get(t, 0.0) for t in ids)
    if not total:
        return 0.0
    return fsum(w.get(t, 0.0) for t in missed_words(ids, other)) / total


def missed_idf_shares(a, b) -> tuple:
    """(larger, smaller) idf-weighted share of a title's identifying words that
    the other offer never mentions, over the two titles of a pair."""
    sa, sb = _missed_share(a, b), _missed_share(b, a)
    return (sa, sb) if sa >= sb else (sb, sa)
