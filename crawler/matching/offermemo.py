"""Per-offer tables, computed once per prepared offer (session 12, speed).

A pair's work should be set operations on what each offer already holds: a
function of one offer alone (its accessory heads, the words a title splits a
kind into ...) decorated with ``per_offer`` is computed the first time a pair
asks and kept on the offer (``Prepared.memo``, a dict keyed by the function),
so every later pair of that offer reads it back.  The function's body is the
rule; the decorator changes no value - only when it is computed.  The tables
read the vocabulary at call time (after every ``wordclass`` block has run), so
vocabulary added at import time flows into them.

Only for functions of the offer's words and title (never changed once the
offer is prepared): an object without a ``memo`` slot (a stand-in in a test)
is computed every time."""

from __future__ import annotations

from functools import wraps


def per_offer(fn):
    """``fn(p)`` once per prepared offer ``p`` (see the module's text)."""

    @wraps(fn)
    def cached(p):
        try:
            d = p.memo
        except AttributeError:
            return fn(p)
        if d is None:
            d = p.memo = {}
        else:
            try:
                return d[cached]
            except KeyError:
                pass
        v = d[cached] = fn(p)
        return v

    cached.uncached = fn
    return cached
