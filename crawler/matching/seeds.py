"""The seed trade's vocabulary, read the same in every language before two offers are compared.

Seed banks sell one strain of one breeder as feminised, autoflowering or regular seeds, in
packs of 1, 3, 5, 10 ... seeds, and each shop writes that in its own language: "Black Jack
Feminised Seeds - Pack of 5", "Black Jack Feminizada - 5 semillas", "Black Jack feminisiert
5er Pack", "Black Jack féminisée 5 graines".  In a title about seeds (``seed_context``):

* type words become one canonical word (``canonical_text``): feminizada / feminisiert /
  féminisée / femminizzata / fem -> ``feminised``; autofloreciente / autoflowering /
  automática / automatic / auto -> ``auto``; regulares / régulière -> ``regular``; seed words
  (semillas, graines, Samen, semi, zaden ...) -> ``seeds``; a pack count written "5er", "x5"
  or "5x" -> ``5``;
* the seed type is a facet (``seed_type``): auto vs not auto (photoperiod), feminised vs
  regular - two offers that state different types are different products (``type_conflict``);
* the pack is a facet too, read by ``crawler.units.parse_units`` (the project's one pack
  parser: "Pack of 5", "5 semillas", "5er Pack", "5 graines", "x5" are all 5 seeds);
* "seeds", "feminised" (the default a strain is sold as) and pack words describe, they do not
  identify; "auto" and "regular" do (a strain's auto or regular line is another product, and a
  title that does not say so is not it).

CBD stays a plain (identifying) word: "Dinamed CBD" is another strain than "Dinamed", and a
CBD strain is sold feminised or auto like any other.  Outside a seed context nothing changes:
"auto", "automatic" and "regular" mean other things in other shops.
"""

from __future__ import annotations

import re

# words that put a title about seeds (accent-free, lower case, as ``titles.words`` gives);
# not Italian "semi" alone ("semi-automatic"), nor "auto" / "regular" / "cbd" alone
_SEED_WORDS = frozenset("""
seed seeds semilla semillas graine graines samen zaden zaadjes semente sementes semini
cannabis marijuana marihuana
""".split())
_FEMINISED = frozenset("""
feminised feminized feminizada feminizadas feminizado feminizados feminisiert feminisierte
feminisierter feminisiertes feminisierten feminisee feminisees feminise feminises feminizzata
feminizzate feminizzati feminizzato femminizzata femminizzate femminizzati femminizzato
gefeminiseerd gefeminiseerde feminizovana feminizovane feminizovany feminizada fem femme
""".split()) - {"femme"}
_AUTO = frozenset("""
autoflowering autoflower autoflowers autoflowered autofloreciente autoflorecientes
autofleurissante autofleurissantes autofiorente autofiorenti autoflorescente autoflorescentes
autobloeiend autobloeiende autoflorierend autoflorierende automatic automatica automaticas
automatico automaticos automatique automatiques automatik automatisch automatische auto autos
""".split())
_REGULAR = frozenset("""
regular regulars regulares regulier reguliere regulieres regulare regolare regolari regulaer
reguliar
""".split())
# triggers on their own: the seed words and the unambiguous type words (not "auto", "regular")
TRIGGERS = _SEED_WORDS | (_FEMINISED - {"fem"}) | frozenset(
    w for w in _AUTO if w.startswith("autofl") or w.startswith("autofi") or w.startswith("autobl"))

_ABOUT = frozenset("approx approx. approximately circa ca. ca about environ etwa".split())
_OPEN = frozenset("heirloom heirlooms heritage samenfest samenfeste samenfester reproductible reproductibles "
                  "openpollinated".split())
_OPEN_PHRASE = re.compile(r"\bopen[\s-]+pollinated\b|\bnon[\s-]+hybrid\b")
# a vegetable's breeding, compared as the type is: a first-generation hybrid is no open-pollinated
# seed of that name (session 29, dev29)
_POLLINATION = frozenset(("f1", "openpollinated"))
# (Italian "semi" is read as seeds only in a title already about seeds)
CANON = {**{w: "seeds" for w in (_SEED_WORDS | {"semi"}) - {"cannabis", "marijuana", "marihuana"}},
         **{w: "feminised" for w in _FEMINISED}, **{w: "auto" for w in _AUTO},
         **{w: "regular" for w in _REGULAR},
         # (session 29, dev29: a seed count "approx 100", "ca. 50" is the count; "Hybrid" is not read as
         # "F1" - a cannabis strain's "Hybrid" is an indica x sativa cross, "Petunia Hybrida" a species -
         # session 29's attacker)
         **{w: "" for w in _ABOUT},
         # (and the open-pollinated one, an heirloom: the other way a vegetable's seed is bred)
         **{w: "openpollinated" for w in _OPEN}}
_CANON_WORD = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, CANON), key=len, reverse=True)) + r")\b")
# a pack count glued to its marker: "5er" (de), "x5" / "5x"
_GLUED_COUNT = re.compile(r"\b(?:(\d{1,4})(?:er|x)|x(\d{1,4}))\b")

# describe, never identify (in a seed context); "auto" / "regular" always identify there
NOT_IDENTIFYING = frozenset(("seeds", "feminised", "pack", "packs", "packung", "paquete", "pacchetto",
                             "confezione", "semillas", "lot", "sachet", "er", "f1", "openpollinated"))
IDENTIFYING = frozenset(("auto", "regular"))


def seed_context(ws, more=()) -> bool:
    """Is a title (its words ``ws``, and ``more``: its category's words) about seeds?"""
    return not TRIGGERS.isdisjoint(ws) or (bool(more) and not TRIGGERS.isdisjoint(more))


def _canon(m: re.Match) -> str:
    return CANON[m.group(0)]


def _count(m: re.Match) -> str:
    return m.group(1) or m.group(2)


# (session 29, dev29) a bare number right after the seed word is the packet's count ("Tomato
# Moneymaker Seeds (approx 100)", "Seeds 100"): read as "100 seeds", as "100 Seeds" is
_COUNT_AFTER_SEEDS = re.compile(r"\bseeds\s*[(\[]?\s*(\d{1,5})\s*[)\]]?(?=\s|$)")


def _count_first(m: re.Match) -> str:
    return " " + m.group(1) + " seeds "


def canonical_text(cleaned: str) -> str:
    """``cleaned`` (``titles.clean`` of a title about seeds) with the seed trade's words in
    their canonical form (see the module)."""
    if "pollinated" in cleaned or "non" in cleaned:
        cleaned = _OPEN_PHRASE.sub(" openpollinated ", cleaned)
    t = _GLUED_COUNT.sub(_count, _CANON_WORD.sub(_canon, cleaned))
    if "seeds" in t:
        t = _COUNT_AFTER_SEEDS.sub(_count_first, t)
    return t


def seed_type(ws) -> frozenset:
    """The types a (canonical) title about seeds states: ``auto``, ``feminised``, ``regular``; and a
    vegetable's breeding, ``f1`` or ``openpollinated``."""
    return frozenset(w for w in ("auto", "feminised", "regular", "f1", "openpollinated") if w in ws)


def type_conflict(ta: frozenset, tb: frozenset) -> bool:
    """Both offers state a seed type and they differ: auto vs photoperiod (a title stating
    feminised or regular but not auto), or feminised vs regular; or an F1 hybrid against an
    open-pollinated (heirloom) seed."""
    if not ta or not tb:
        return False
    pa, pb = ta & _POLLINATION, tb & _POLLINATION
    if pa and pb and pa.isdisjoint(pb):
        return True
    if pa or pb:
        ta, tb = ta - _POLLINATION, tb - _POLLINATION
        if not ta or not tb:
            return False
    if ("auto" in ta) != ("auto" in tb):
        return True
    sa, sb = ta - {"auto"}, tb - {"auto"}
    return bool(sa and sb and sa.isdisjoint(sb))
