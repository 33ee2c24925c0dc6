"""One registry of the matcher's memos (session 17, speed).

A memo - a dict, or a ``functools.lru_cache``d function, filled per title, word,
code or offer as pairs ask - joins the registry where it is defined::

    _STEPS_OF: dict = memo({})

    @cached(1 << 14)
    def glued_numbers(wordset): ...

and ``clear_all()`` (``features.clear_cache``, ``prepared.clear_cache``) empties every
one of them: a "cold" run (the benchmark's pairs/s, a reloaded model) starts with
none filled, whichever module a new rule lives in.  (Until session 16 ``features``
kept a hand-written list of the rule modules' memos; it missed eleven, and session
17 found five more that no list named: ``pagename``'s three, two of the session 14 /
15 rule modules', ``cyrgreek``'s two.)  ``tests/test_matching_cold.py`` checks that every
``lru_cache`` of the package and every dict a batch fills is registered.

Not memos: tables built once from the code's own word lists (``wordclass._SPEC_OF``,
``rewordings._RETAILER_WORDS`` ...) - code, not data; they stay.
"""

from __future__ import annotations

from functools import lru_cache

_REGISTRY: list = []


def memo(obj):
    """Registers ``obj`` - a dict or set (emptied by ``clear()``) or an ``lru_cache``d
    function (``cache_clear()``) - and returns it."""
    if not (callable(getattr(obj, "cache_clear", None)) or callable(getattr(obj, "clear", None))):
        raise TypeError(f"a memo is a dict, a set or an lru_cache'd function; got {type(obj).__name__}")
    if not any(m is obj for m in _REGISTRY):
        _REGISTRY.append(obj)
    return obj


def cached(maxsize: int):
    """``functools.lru_cache(maxsize=maxsize)`` whose cache joins the registry."""

    def wrap(fn):
        return memo(lru_cache(maxsize=maxsize)(fn))

    return wrap


def per_pair(limit: int = 8192):
    """A memo of ``fn(x, y)`` keyed on the two objects' identities - for readers of two prepared offers or two
    word lists, which no stage changes once made (session 40, review: the form ``wordclass._classify``,
    ``formulation.formulation_words`` and ``facets.identifying_ids`` each wrote out).  The memo holds the two
    objects with the answer, so an id is never reused while it is a key; emptied past ``limit`` entries and by
    ``clear_all``.  The memo itself is the function's ``memo`` attribute."""

    def wrap(fn):
        table: dict = memo({})

        def call(x, y):
            key = (id(x), id(y))
            m = table.get(key)
            if m is not None and m[0] is x and m[1] is y:
                return m[2]
            r = fn(x, y)
            if len(table) > limit:
                table.clear()
            table[key] = (x, y, r)
            return r

        call.memo = table
        call.__wrapped__ = fn
        call.__name__ = fn.__name__
        call.__doc__ = fn.__doc__
        return call

    return wrap


def clear_all() -> None:
    """Empties every registered memo."""
    for m in _REGISTRY:
        clear = getattr(m, "cache_clear", None)
        if clear is None:
            clear = m.clear
        clear()


def registered() -> tuple:
    """The registered memos (the objects themselves)."""
    return tuple(_REGISTRY)


def is_registered(obj) -> bool:
    return any(m is obj for m in _REGISTRY)
