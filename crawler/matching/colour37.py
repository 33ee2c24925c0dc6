"""Colours in product titles (session 37, col37): readings of a colourway one shop prints in full and
the other shortens.

* a colourway of two colours or more written with slashes ("Black/Powder Gray", "Black / Grey / White",
  "Blue Bird / Cloud White / Gum"), where the other offer names exactly its first colour(s) and no
  colourway of its own ("... Black", "... schwarz grau", "... Nero"): the shop shortened the colourway
  to the colour the product is seen in, the maker's full name adds the trim's colours
  (``colourway_prefix_words``).  Not where the other names a colour the colourway does not open with
  ("White/Black" / "Black", "Neon Red/Neon Blue" / "Neon Blue"), nor against a colour the other writes beside a slash
  ("Black/White" / "Black/Black": two sneakers; "Nickel/Copper" / "Nickel/Cuivre" is compared as it was), nor a colourway the other names a later colour of.

* a colour closing one title or one of its parts ("Microsoft Xbox Series X 1TB Console, *Black*", "Meta
  Quest 3 512GB VR Headset - *White*"), the other naming no colour, where the other's words the first
  lacks are a shop's description - none a variant word ("Edge", "Pro", "Slim"), none identifying, none
  closing the other title or one of its parts, where a colour or a colourway's own name would stand
  ("... Thermostat - *Snow*") - (``lone_colour_words``).  ``wordclass.closing_colour`` asks the other
  to print no word the first lacks at all; the rest of its reading holds here too: only of the kinds
  whose colour is a finish (a device, a garment, housewares: "MSI RTX 4070 Ti SUPER ... WHITE", a
  mower's "NERA" stay apart), not where only the coloured title prints a model number.
* two slashed colourways that open with other colours ("Black/Grey/White" / "White/Grey/Black", "Core
  Black / Cloud White" / "Cloud White / Core Black") are two products - the first colour is the one the
  product is seen in - even where they name the same colours (``colourways_open_apart``); only a
  maker's colourway (three parts, or a maker's colour word): two plain colours a shop writes either way
  ("Silver/Nickel" / "Nickel/Silver").

This module imports no matcher module (the colour tables are passed to it).
"""

from __future__ import annotations

import re

# a slash between two words, spaces allowed around it ("Black/White", "Black / True White")
_SLASH = re.compile(r"\s*/\s*")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _fold(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def colourway_parts(raw: str, colour_of: dict, maker: frozenset) -> list | None:
    """The parts of the slashed colourway of a raw title, each as (words, base colour or None), in
    order; None where the title has no slashed colourway of two parts or more.  A part is the one to
    three words beside a slash up to and including a colour word (``colour_of``: word -> base colour),
    or a maker's colour word alone ("Gum"); the first part reads back from the first slash."""
    if not raw or "/" not in raw:
        return None
    low = _fold(raw)
    pieces = _SLASH.split(low)
    if len(pieces) < 2:
        return None
    best = None
    i = 0
    while i < len(pieces) - 1:
        # first part: the last one or two words before the slash, the last a colour or maker's word
        back = _WORD.findall(pieces[i])
        if not back:
            i += 1
            continue
        first = None
        if back[-1] in colour_of:
            first = ([back[-1]], colour_of[back[-1]])
        elif len(back) >= 2 and back[-2] in colour_of:
            first = (back[-2:], colour_of[back[-2]])  # ("Blue Bird")
        if first is None:
            i += 1
            continue
        parts = [first]
        j = i + 1
        while j < len(pieces):
            fwd = _WORD.findall(pieces[j])[:3]
            part = None
            for k, w in enumerate(fwd):
                if w in colour_of:
                    part = (fwd[:k + 1], colour_of[w])
                    break
            if part is None and fwd and fwd[0] in maker:
                part = ([fwd[0]], None)
            if part is None:
                break
            parts.append(part)
            # the chain goes on only where this piece holds no more than the part
            if len(_WORD.findall(pieces[j])) != len(part[0]):
                break
            j += 1
        if len(parts) >= 2 and (best is None or len(parts) > len(best)):
            best = parts
        i = j if j > i + 1 else i + 1
    return best


def _slashed_colour(raw: str, colour_of: dict) -> bool:
    """Does a raw title write a colour word beside a slash ("Black/Black", "Nickel/Cuivre": a colourway
    of its own, whatever its other part's word)?"""
    if "/" not in raw:
        return False
    pieces = _SLASH.split(_fold(raw))
    for a, b in zip(pieces, pieces[1:]):
        wa, wb = _WORD.findall(a), _WORD.findall(b)
        if (wa and wa[-1] in colour_of) or (wb and wb[0] in colour_of):
            return True
    return False


# (session 37, fxpr37) a colour said twice ("Black Black") or after one of these ("All Black", "Triple
# Black", "Total Black") names the colourway of one colour all over - a colourway of its own, not the
# shortened name of "Black/White"
_ALL_OVER = frozenset("all triple total full mono tutto tout".split())


def _one_colour_all_over(raw: str, colour_of: dict) -> bool:
    ws = _WORD.findall(_fold(raw))
    for a, b in zip(ws, ws[1:]):
        if b in colour_of and (a in _ALL_OVER or (a in colour_of and colour_of[a] == colour_of[b])):
            return True
    return False


def colourway_prefix_words(ids, p, other, colour_of: dict, maker: frozenset) -> frozenset:
    """The words of ``ids`` (p's identifying words) in the later parts of p's slashed colourway, where
    the other offer names as its colours exactly the base colours of the colourway's first part(s) and
    writes no slashed colourway of its own."""
    ocol = other.facets.get("colour")
    if not ocol:
        return frozenset()
    parts = colourway_parts(p.rawtitle, colour_of, maker)
    if not parts:
        return frozenset()
    if other.rawtitle and _slashed_colour(other.rawtitle, colour_of):
        return frozenset()
    if other.rawtitle and _one_colour_all_over(other.rawtitle, colour_of):
        return frozenset()  # (session 37, fxpr37: "Black/White" / "Triple Black", "All Black", "Black Black")
    seen, ocol, upto = set(), set(ocol), 0
    for k, (_, c) in enumerate(parts[:-1]):
        if c is not None:
            seen.add(c)
        if not seen <= ocol:
            break
        if seen == ocol:
            upto = k + 1  # (the longest opening of the colourway that names the other's colours)
    if not upto:
        return frozenset()
    words = {w for ws, _ in parts[upto:] for w in ws}
    return frozenset(w for w in ids if w in words and w not in other.wordset)


# (session 37, col37b) a maker's name of a colour that shops write as the plain colour it is - Google's
# and Fitbit's "Obsidian" is their black ("Google Pixel 8 128GB Obsidian" / "... Black"; "Fitbit Charge 6
# Obsidian/Black" / "... Schwarz"): one word with them (``synonyms.translated_in``), no colour word - the
# maker's name stays a word two titles share ("... Obsidian/Black" / "... Obsidian/Black").  Only a name
# that is the one plain colour wherever it is sold: not "Midnight" (Apple's, a colour of its own beside
# black), "Jet Black" (an iPhone 7 of its own beside "Black"), "Hazel", "Bay" or "Snow" (against a plain
# colour they stay what they were: a slot conflict, as "Obsidian" / "Hazel" stays).
MAKER_NAMED_COLOURS = {"obsidian": ("black", "schwarz", "noir", "negro", "nero", "cerna", "czarny", "zwart")}


# the facet key of a title's slashed colourway: (its first part's base colour, a maker's colourway?)
COLOURWAY = "_colourway"


def colourway_opening(cleaned: str, colour_of: dict, maker: frozenset):
    """A cleaned title's slashed colourway as ``COLOURWAY`` keeps it: (the first part's base colour,
    whether it is a maker's colourway - three parts, or a maker's colour word in it); None for none."""
    parts = colourway_parts(cleaned, colour_of, maker)
    if not parts:
        return None
    return (parts[0][1], len(parts) >= 3 or any(w in maker for ws, _ in parts for w in ws))


def colourways_open_apart(a, b) -> bool:
    """Do two titles' slashed colourways (``colourway_opening``) open with other base colours, one of
    them a maker's colourway?  (Two plain colours a shop may write either way: "Silver/Nickel" /
    "Nickel/Silver", a Dyson.)"""
    return a[0] != b[0] and (a[1] or b[1])

def lone_colour_words(ids, p, other, colours, W, T, other_ids) -> frozenset:
    """The colour words of ``ids`` (p's identifying words) that close p's title or one of its parts,
    where the other offer names no colour and its words p lacks are all description (see the module's
    docstring).  (``colours``: the colour facet's words; ``W``, ``T``: ``wordclass``, ``titles``;
    ``other_ids``: a function giving the other's identifying words against p.)"""
    if other.facets.get("colour") or not W._COLOUR_NAMED.isdisjoint(other.wordset):
        return frozenset()
    of = other.fullvec
    cand = [w for w in ids if w in colours and w not in of]
    if not cand:
        return frozenset()
    if p.codes and not other.codes:
        return frozenset()
    if not (W.CONSOLE_KIND.isdisjoint(p.wordset) and W.CONSOLE_KIND.isdisjoint(other.wordset)):
        # (session 37, fxpr37 / review) a console's colour marks its edition (the white Xbox Series X 1TB is
        # the all-digital one, the black the disc console; a PS5's colour its cover): no excuse for a console
        return frozenset()
    kinds = W._FINISH_KINDS | MORE_FINISH_KINDS
    if not (_finish_kind(p, kinds) or _finish_kind(other, kinds)):
        return frozenset()
    pf = p.fullvec
    ows = other.words
    extra = []
    for i, x in enumerate(ows):
        if (x not in pf and x.isalpha() and not (x == other.brand and i == 0)
                and x not in W.FILLER and x not in W.FUNCTION and not W._category_word(x, other)
                and x not in W._phrase_kinds(other)):
            if x in W.VARIANT or x in T.VARIANTS or (i and W._closes_part(other, i)):
                return frozenset()
            extra.append(x)
    if extra and not other_ids().isdisjoint(extra):
        return frozenset()
    out = set()
    before_kind = _before_closing_kind(p, other, ids, kinds, W, T)
    for w in cand:
        if W._at_every_place(w, p, lambda i: i > 0 and (W._closes_part(p, i) or i in before_kind)):
            out.add(w)
    return frozenset(out)


# (session 37, col37b) more kinds whose colour is a finish, for ``lone_colour_words`` alone: a power
# bank, a drive, a cable or a charger's kin, a pillow, cookware ("Anker 313 Power Bank ... Black" /
# "Anker 313 Power Bank (PowerCore 10K)").  Not a pen, a pencil, ink, paint, filament or yarn: their
# colour is the product ("Stabilo Point 88 Fineliner Black" / "... Fineliner").  (Not added to
# ``wordclass._FINISH_KINDS``: there a plain word before the kind reads as a description too.)
MORE_FINISH_KINDS = frozenset("""
powerbank powerbanks stylus ssd hdd adapter adapters cable cables hub hubs dock docks
pillow pillows cookware skillet skillets
""".split())
# two-word kinds among them ("Power Bank", "Hard Drive", "Pan Set")
_KIND_PHRASES = (("power", "bank"), ("hard", "drive"), ("external", "drive"), ("portable", "drive"))


def _finish_kind(p, kinds) -> bool:
    """Does p's title print a kind whose colour is a finish (a word of ``kinds``, or a phrase of
    ``_KIND_PHRASES``)?"""
    if not kinds.isdisjoint(p.wordset):
        return True
    ws = p.words
    return any(ws[i] == a and ws[i + 1] == b for i in range(len(ws) - 1) for a, b in _KIND_PHRASES)


def _before_closing_kind(p, other, ids, kinds, W, T) -> frozenset:
    """(session 37, col37b) The places in p's title followed only by a shop's description closing on
    the product's kind ("Switch Pro Controller *Black* Wireless Gamepad": "Wireless Gamepad" is no
    word that identifies it against "Nintendo Switch Pro Controller"): each word after the place
    alphabetic, no identifying word (``ids``) nor a variant, the title's last word a kind of
    ``kinds``, the other offer printing such a kind too."""
    ws = p.words
    n = len(ws)
    if n < 3 or ws[-1] not in kinds or kinds.isdisjoint(other.wordset):
        return frozenset()
    out = set()
    for i in range(n - 2, 0, -1):
        x = ws[i + 1]
        if not x.isalpha() or x in ids or x in W.VARIANT or x in T.VARIANTS:
            break
        out.add(i)
    return frozenset(out)


# (session 37, col37b) the words a title names the band a watch is sold with by, after "with" and closing
# the title or one of its parts ("Garmin Venu 2 Plus Slate Gray *with Black Band*", "... mit schwarzem
# Armband"): the band's colour and material are no colour of the watch nor a word identifying it against a
# shop that names no band (``strap_after_with``; two bands named stay compared)
_WITH = frozenset("with w mit avec con com met".split())


def strap_after_with(p, colours, materials, strap_words, closes_part) -> frozenset:
    """The words of p's "with <colours, materials> <band word>" closing p's title or one of its parts
    (``colours``, ``materials``, ``strap_words``: word sets; ``closes_part(p, i)``); empty for none."""
    ws = p.words
    n = len(ws)
    for i in range(1, n - 1):
        if ws[i] not in _WITH:
            continue
        j = i + 1
        while j < n and (ws[j] in colours or ws[j] in materials):
            j += 1
        if j < n and ws[j] in strap_words and closes_part(p, j):
            return frozenset(ws[i + 1:j + 1])
    return frozenset()

