"""Session 27 (ml27): the words of titles in two languages read by meaning (the learned stage's wider
domain, ``stage.meaning_columns``) - words that name nothing, and vocabulary one meaning reads in
every language the tables cover.

* Articles, conjunctions and the genitive's prepositions of the shops' languages ("the", "and",
  "of", "de", "di", "von", "van", "y", "und", "ve"), the possessive "s" the cleaner cuts from
  "Kirby's" and the "x" of "120g x 5" name nothing of the product.  The stage's reading counts a
  word of letters one title prints alone unless it names a kind or is a filler
  (``wordclass.GENERIC``), so a Korean title whose reader writes no "x", or a Spanish one without
  "de", left the other title an unread word.  They join ``GENERIC``.  The words that join a second
  thing or a purpose to the product - "with", "for", "w", "mit", "für", "avec", "pour", "con",
  "para", "z", "dla" -, a negation ("sin", "bez") and the prepositions of place ("in", "on": "Plug
  In", "Roll-on") stay words: "MX Master 3S *for Mac*", "pencil *with* eraser" name another product
  (measured: as generic they made two wrong "same").

This module imports no matcher module (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

# the words of no meaning (of ``wordclass.FUNCTION`` and besides: the multiplication sign of "120g x 5",
# "6 x 0,5 l" and the possessive "s" as the cleaner leaves them)
_NO_MEANING = frozenset("""
a an the and of
de la le les des du et el los las y
und der die das von ein eine
il di e da del della i
van het een en
do dos ve
x s
""".split())


def install(W) -> None:
    """Merge into the ``wordclass`` module ``W`` (after every other table: its last block)."""
    W.GENERIC = W.GENERIC | _NO_MEANING
