"""Shared checks of the matching tests: two offers are one product, or two, read
in both orders (``same_product`` must not depend on which offer comes first), with
``match_method``'s tier and score in the failure message."""

from __future__ import annotations

from crawler.matching import match_method, same_product


def offer(x) -> dict:
    """An offer dict from a title (or an offer dict as it is)."""
    return x if isinstance(x, dict) else {"title": x}


def _why(a: dict, b: dict) -> str:
    return f"{a.get('title')!r} / {b.get('title')!r}: {match_method(a, b)}"


def assert_same(a, b) -> None:
    """``a`` and ``b`` (titles or offer dicts) are one product, read either way."""
    a, b = offer(a), offer(b)
    for x, y in ((a, b), (b, a)):
        assert same_product(x, y), _why(x, y)


def assert_different(a, b) -> None:
    """``a`` and ``b`` (titles or offer dicts) are two products, read either way."""
    a, b = offer(a), offer(b)
    for x, y in ((a, b), (b, a)):
        assert not same_product(x, y), _why(x, y)


def decide_both_ways(a, b):
    """(tier, same) of ``a`` / ``b`` (titles or offer dicts), asked both ways round through the
    pair path (``match_method``) and the batch path (``match_many``), which must agree with each
    other and with themselves in either order (sessions 28-29)."""
    from crawler.matching import THRESHOLD, match_many

    x, y = offer(a), offer(b)
    out = []
    for p, q in ((x, y), (y, x)):
        tier, score = match_method(p, q)
        _, same, _ = match_many([p], [q])
        assert bool(same[0]) == (score >= THRESHOLD), (a, b, tier)
        out.append((tier, score >= THRESHOLD))
    assert out[0][1] == out[1][1], (a, b, out)
    return out[0]
