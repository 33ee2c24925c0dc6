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

* One meaning, one reading: the tables give the words of other languages a value named by its English
  word ("recambio", "Nachfüllpack", "wkład" -> refill; "profumo", "parfém" -> perfume; "Kleber",
  "colle" -> glue), and ``lexicon`` meant the English word to be one value with them - but where the
  English word was not in its own list it kept no value, so "Vileda UltraMax *refill*" did not read
  "Vileda UltraMax *recambio*".  Each such English word (free: no table holds it) reads as its value
  (``_heads_read``); so does the English word of a kind the tables name in other languages only
  ("sweets", "highlighter", "axe") - not the English words that name a second thing as often ("phone":
  a phone case; "water", "iron", "memory", "plate", "medicine", "football", "snack", "assistant"), nor
  "full" ("full HD", "full cream").

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


# values and kinds whose English word keeps no reading of its own (see above)
_HEAD_NOT = frozenset("full phone water iron memory plate medicine football snack assistant jigsaw".split())


def _heads_read(W) -> None:
    """The English word of a value (``W.SYNONYM``) or a kind (``W.CATEGORY``) the tables give words of
    other languages, where no table holds that word: it reads as that value or kind."""
    taken = W.word_taken
    for table in (W.SYNONYM, W.CATEGORY):
        heads = {v for v in table.values() if type(v) is str and v.isalpha() and v not in _HEAD_NOT}
        for v in sorted(heads):
            if not taken(v):
                table[v] = v


def install(W) -> None:
    """Merge into the ``wordclass`` module ``W`` (after every other table: its last block)."""
    _heads_read(W)
    W.GENERIC = frozenset(W.CATEGORY) | W.FILLER | _NO_MEANING
    W._KINDS = frozenset(W.CATEGORY)
    W._STEPS_OF.clear()
