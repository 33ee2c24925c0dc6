"""Session 23 (speed23pair): two gates of ``wordclass.rewording``'s checks written as one C-level
test each - ``wordclass._ml_wording_gate``'s suffix tests (``w[k:].endswith(suffixes)`` for "ends
with a suffix and has k letters or more before it") and ``rewordings._catalogue_full`` (the words
``CATALOGUE_ABBREV`` abbreviates, built once) - answer as the forms they replace, on every word of
the titles of the hand-written pair files and of the labelled test splits (English, German, French,
Spanish, Italian, Polish, Czech, Turkish ... shop titles)."""

from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:  # (run as a script)
    sys.path.insert(0, ROOT)

from crawler.matching import rewordings as R  # noqa: E402
from crawler.matching import titles as T  # noqa: E402
from crawler.matching import wordclass as W  # noqa: E402
from crawler.matching.train import read_pair_files  # noqa: E402


def _ml_wording_gate_as_written(w: str) -> bool:
    """``_ml_wording_gate`` as session 14 wrote it (a generator over the suffixes)."""
    if w in W.MATERIAL_OF or w in W._TR_COUNT or w in W._SIZED_PACKAGE or w in W._AUDIENCE \
            or w in W._TYPES_AFTER or W._COUNT_SUFFIX.match(w) or W._SIGNED_NUMBER.match(w):
        return True
    if not w.isalpha():
        return False
    if len(w) >= 4 and w not in T.VARIANTS and w not in W.VARIANT and any(
            w.endswith(s) and len(w) - len(s) >= 3 for s in W._TR_SUFFIXES):
        return True
    return any(w.endswith(e) and len(w) - len(e) >= 4 for e in W._SLAVIC_ADJ)


def _words() -> set:
    out = set()
    for rows in read_pair_files().values():
        for a, b, _ in rows:
            for o in (a, b):
                out.update(T.words(T.clean(o.get("title") or "")))
    # (and words made to sit at the suffixes' edges: "xyzi" has 3 letters before "i", "xyi" 2)
    out.update(("xyzi", "xyi", "kahvesi", "suyu", "evi", "kowego", "kowy", "owy", "xowy", "dubove",
                "ove", "abcove", "jablkove", "zelenou", "modrou", "si", "su", "asi", "abcsi"))
    return out


def test_ml_wording_gate_answers_as_the_suffix_loops():
    words = _words()
    assert len(words) > 3000
    wrong = [w for w in words if W._ml_wording_gate(w) != _ml_wording_gate_as_written(w)]
    assert not wrong, wrong[:20]
    # (words each suffix test lets through, on both sides of its edge)
    assert W._ml_wording_gate("kahvesi") and W._ml_wording_gate("jablkove")
    assert not W._ml_wording_gate("dubove") and not W._ml_wording_gate("asi")


def test_suffixes_are_tuples():
    # (``str.endswith`` reads a tuple of suffixes - a set or a list would raise)
    assert type(W._TR_SUFFIXES) is tuple and type(W._SLAVIC_ADJ) is tuple


def test_catalogue_full_is_the_table_values():
    assert R._catalogue_full() == frozenset(W.CATALOGUE_ABBREV.values())
    assert R._catalogue_full() is R._catalogue_full()  # (built once: a table of the code's words)
    # the gate lets through the words the table abbreviates, as before
    gate = next(g for g, s in W._REWORDING_STEPS if s is R.catalogue_abbrev)
    for full in W.CATALOGUE_ABBREV.values():
        assert gate(full)


if __name__ == "__main__":
    test_ml_wording_gate_answers_as_the_suffix_loops()
    test_suffixes_are_tuples()
    test_catalogue_full_is_the_table_values()
    print("ok")
