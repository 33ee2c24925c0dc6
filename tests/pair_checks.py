"""Shared checks of the matching tests: two offers are one product, or two, read
in both orders (``same_product`` must not depend on which offer comes first), with
``match_method``'s tier and score in the failure message."""

from __future__ import annotations

from typing import Callable, NamedTuple

import pytest

from crawler.matching import match_method, same_product


def offer(x) -> dict:
    """An offer dict from a title (or a copy of an offer dict, so that no reading of it can change a
    test file's data)."""
    return dict(x) if isinstance(x, dict) else {"title": x}


def titled(title: str, brand: str | None = None) -> dict:
    """An offer dict of a title and, where given, its shop's brand field (the seed files' pairs)."""
    return {"title": title, "brand": brand} if brand else {"title": title}


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
    other and with themselves in either order (sessions 28-29).  Both orders go through the batch
    path as one batch of two rows, as the seed files (seed30, seedw30) asked it (session 31, tidy31)."""
    from crawler.matching import THRESHOLD, match_many

    x, y = offer(a), offer(b)
    _, flags, _ = match_many([x, y], [y, x])
    out = []
    for (p, q), flag in zip(((x, y), (y, x)), flags):
        tier, score = match_method(p, q)
        assert bool(flag) == (score >= THRESHOLD), (a, b, tier)
        out.append((tier, score >= THRESHOLD))
    assert out[0][1] == out[1][1], (a, b, out)
    return out[0]


class PairTests(NamedTuple):
    """The two tests ``pair_tests`` makes: ``same`` asserts every pair of its list is one product,
    ``different`` that every pair of its list is two (either is None when its list is not given)."""

    same: Callable | None
    different: Callable | None


def pair_id(value):
    """A test id for one side of a pair: a title stands as itself (pytest's own id); an offer dict
    by its title and the fields besides it, so that no id is a bare ``a0``."""
    if isinstance(value, dict):
        rest = ", ".join(f"{k}={v}" for k, v in value.items() if k != "title")
        return f"{value.get('title')} ({rest})" if rest else str(value.get("title"))
    return None


def pair_tests(same=None, different=None, *, tier=None) -> PairTests:
    """The two parametrized tests of a file's lists of pairs (title a, title b) - each side a title
    or an offer dict -, every pair asked through ``decide_both_ways`` (both ways round, pair path and
    batch path agreeing): ``same`` must come out one product, ``different`` two; with ``tier`` the
    pairs of ``different`` must also be parted by that tier (e.g. ``"conflict:slot"``).  A test file
    binds them to its own names, which pytest collects:

        test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)

    The test ids are the titles, as a plain ``parametrize`` over the lists gave them (session 31,
    tidy31: some thirty files had written these two tests out again each)."""

    def one_product(a, b):
        got, is_same = decide_both_ways(a, b)
        assert is_same, (a, b, got)

    def two_products(a, b):
        got, is_same = decide_both_ways(a, b)
        assert not is_same, (a, b, got)
        assert tier is None or got == tier, (a, b, got, f"expected tier {tier}")

    def made(test, pairs):
        if pairs is None:
            return None
        return pytest.mark.parametrize("a,b", list(pairs), ids=pair_id)(test)

    return PairTests(made(one_product, same), made(two_products, different))
