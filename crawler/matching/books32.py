"""Session 32 (bm32): words a book, comic or disc shop adds that name no other product.

Read off ``benchmarks/pairs/train32bm.jsonl`` (books, e-books, audiobooks, films and series, music,
board games, comics and manga in seven languages), each a kind of word read against the other
title, as ``en_recall23`` reads its kinds:

* the word a shop puts before a volume's or an issue's number - "Vol.", "Volume", "Band", "Bd.",
  "Tome", "tom", "Nr.", "n.", "Folge" - where the other title prints the same number: "One Piece,
  Vol. 3" = "One Piece Volume 3", "One Piece 104" = "One Piece Band 104", "Dylan Dog n. 450" =
  "Dylan Dog #450"; and one token gluing the marker to the number, "T40" / "Tome 40", "T02" /
  "Tome 2".  The number itself stays an identifying number (volume 3 is no volume 4);
* a book's binding named by one title only - "Paperback", "Taschenbuch", "Gebundene Ausgabe",
  "Poche", "Tapa blanda", "Copertina flessibile", "oprawa miękka" -, the other naming none: the
  binding facet (``raw_facets``, "binding") compares two bindings named, and a bookshop's short
  title often names none; or where both name the same binding in other words ("oprawa miękka" /
  "okładka miękka", "Copertina rigida" / "rilegato");
* a publisher's or an imprint's name (``PUBLISHERS``: "VIZ Media", "Carlsen Manga", "Glénat", "Dark
  Horse", "Sergio Bonelli Editore", "Reclam" ...) one title prints and the other does not, in a
  title about books, comics or manga (``about_books``: "Vintage" is a publisher only there);
* the author's names after Amazon's binding and dash ("Paperback – Masashi Kishimoto") the other
  title does not print (it names the author by the surname, or not at all);
* a release year alone in brackets ("[2023]") in a title about a disc or a book, the other title
  printing no year.

The markers "Band", "No.", "Nr." are read so only in a title about books, comics or discs ("Apple
Watch Band 41" is no volume); "Vol.", "Volume", "Tome", "tom" anywhere.

The words excused are words of ``ids`` (p's identifying words) the other offer never prints;
``facets.identifying_ids`` takes them out (``excused``)."""

from __future__ import annotations

import re

from .raw_facets import _BINDING_EBOOK, _BINDING_HARD, _BINDING_SOFT, _bindings, _media_formats

_BINDING_SRC = _BINDING_HARD + "|" + _BINDING_SOFT + "|" + _BINDING_EBOOK

# the words before a volume's or an issue's number, in EN DE FR ES IT NL PL
VOLUME_MARKERS = frozenset("""
vol vols volume volumes band bd tome tomo tom nr no n nº numero numéro numer folge deel issue
""".split())
_GLUED = re.compile(r"^(?:t|vol\.?|bd\.?|nr\.?|n\.|no\.|tome|tomo|tom)0*(\d{1,3})$")


def _glued(w: str):
    """``_GLUED.match(w)``, asked only of a word that can match: led by one of the markers' first letters and
    ending with a digit (session 34, sp34, speed: ``volume_markers`` asks of every word of the other title)."""
    return _GLUED.match(w) if w[:1] in "tvbn" and w[-1:].isdigit() else None

# the words of a binding's phrase (``raw_facets._BINDING``), as the cleaned title splits them
BINDING_WORDS = frozenset("""
paperback paperbacks hardcover hardback hard back soft cover softcover taschenbuch broschiert kartoniert
gebunden gebundene ausgabe poche broche broché relie relié reliee reliée cartonne cartonné tapa blanda dura
copertina flessibile rigida rilegato brossura gebonden oprawa okladka okładka miekka miękka twarda
twardej miekkiej miękkiej oprawie trade
""".split())


def _num(w: str) -> str | None:
    return str(int(w)) if w.isdigit() and len(w) <= 4 else None


# (markers no other kind of product prints before a number: the others - "Band", "No.", "Nr." - only
# where a title is about books, comics or discs: "Apple Watch Band 41" / "Apple Watch 41 mm" is no volume)
_PLAIN_MARKERS = frozenset("vol vols volume volumes tome tomo tom".split())


def _about(p, other) -> bool:
    return (about_books(p) or about_books(other)
            or bool(_media_formats(p.title) if isinstance(p.title, str) else False))


def volume_markers(ids, p, other) -> set:
    """Words of ``ids`` that are a volume's marker before a number the other title prints too,
    or a marker glued to such a number ("t40")."""
    onums = {n for n in map(_num, other.words) if n}
    marked = [m for m in map(_glued, other.words) if m]  # (session 34, sp34: read once, used twice)
    for m in marked:
        onums.add(str(int(m.group(1))))
    if not onums:
        return set()
    out = set()
    ws = p.words
    glued = {str(int(m.group(1))) for m in marked}
    for i, w in enumerate(ws):
        if w not in ids or w in other.wordset:
            continue
        if glued and _num(w) in glued:
            out.add(w)  # (the number the other glues to its marker: "450" / "n.450")
        elif w in VOLUME_MARKERS:
            if i + 1 < len(ws) and _num(ws[i + 1]) in onums and (w in _PLAIN_MARKERS or _about(p, other)):
                out.add(w)
        else:
            m = _glued(w)
            if m and str(int(m.group(1))) in onums:
                out.add(w)
    return out


def _title_bindings(p) -> set:
    return _bindings(p.title.lower()) if isinstance(p.title, str) else set()


def binding_words(ids, p, other) -> set:
    """Words of ``ids`` of p's binding where the other title names none, or names the same binding
    in other words ("oprawa miękka" / "okładka miękka", "Copertina rigida" / "rilegato", "Gebundene
    Ausgabe" / "Hardcover": the binding facet compares the two)."""
    if BINDING_WORDS.isdisjoint(ids):
        return set()
    mine = _title_bindings(p)
    if not mine:
        return set()
    theirs = _title_bindings(other)
    if theirs and theirs != mine:
        return set()
    return {w for w in ids if w in BINDING_WORDS and w not in other.wordset}


# (a publisher's or an imprint's name, as book, comic and manga shops print it: no identifying word
# where the other title prints none of its words - one work of one edition is sold by shops that
# name the house and shops that do not)
PUBLISHERS = tuple(tuple(x.split()) for x in """
viz media|viz|carlsen manga|carlsen|egmont manga|egmont comic collection|egmont|glenat manga|glenat|pika seinen
|pika|kana|ki-oon|dark horse|dark horse comics|image comics|dc comics|marvel comics|casterman|dargaud|dupuis
|planeta comic|planeta|norma editorial|panini comics|panini manga|panini|star comics|sergio bonelli editore
|bonelli editore|sergio bonelli|bonelli|shonen jump|j p fantastica|jpf|waneko|studio jg|kodansha|yen press
|penguin books|penguin|vintage books|vintage|bloomsbury childrens|bloomsbury children s|bloomsbury
|harpercollins|harper collins|crown publishing|crown|ace books|ace|fischer taschenbuch|fischer|rowohlt
|reclam|bompiani|mondadori|einaudi|feltrinelli|gallimard|folio|le livre de poche|diana|debolsillo|alfaguara
|wydawnictwo znak|znak|supernowa|wydawnictwo|standaard uitgeverij|singel pockets|singel pocket|mit press
""".replace("\n", "").split("|"))
_PUB_FIRST = frozenset(ph[0] for ph in PUBLISHERS)


# the words that put a title about a book, a comic or a manga (besides a binding: ``raw_facets``)
_BOOK_CONTEXT = frozenset("""
book books novel roman livre libro ksiazka boek manga comic comics bd album tome tomo tom band bd vol volume
graphic isbn taschenbuch paperback hardcover hardback poche
""".split())


def about_books(p) -> bool:
    """Does p's title name a book, a comic or a manga (a kind word, a volume's marker, a binding)?"""
    return not _BOOK_CONTEXT.isdisjoint(p.wordset) or bool(_title_bindings(p))


def publisher_words(ids, p, other) -> set:
    """Words of ``ids`` in a publisher's name (``PUBLISHERS``) p's title prints and the other's does
    not, in a title about books, comics or manga."""
    ws = p.words
    if _PUB_FIRST.isdisjoint(p.wordset) or not (about_books(p) or about_books(other)):
        return set()
    out = set()
    ow = other.wordset
    for i, w in enumerate(ws):
        if w not in _PUB_FIRST:
            continue
        best = None
        for ph in PUBLISHERS:
            k = len(ph)
            if tuple(ws[i:i + k]) == ph and (best is None or k > len(best)):
                best = ph
        if best:
            # (the other title printing none of it, or the house's shorter name: "Bonelli")
            out.update(x for x in best if x in ids and x not in ow)
    return out


# (Amazon's form of a book's title: "<title> <binding> – <author>, <author> (<publisher>)")
_AFTER_BINDING = re.compile(r"(?:" + _BINDING_SRC + r")\s+[\u2013\u2014]\s+([^()\[\]]+)", re.I)
_NAME_WORD = re.compile(r"[^\W\d_]+")


def author_words(ids, p, other) -> set:
    """Words of ``ids`` naming the author(s) after Amazon's binding and dash ("Paperback – Masashi
    Kishimoto", "Taschenbuch – Tatsuki Fujimoto") that the other title does not print: a shop naming
    the author by the surname alone, or not at all."""
    t = p.title
    if not isinstance(t, str) or ("\u2013" not in t and "\u2014" not in t):
        return set()
    m = _AFTER_BINDING.search(t)
    if not m:
        return set()
    names = {w.lower() for w in _NAME_WORD.findall(m.group(1))}
    if len(names) > 8:
        return set()
    return {w for w in ids if w in names and w not in other.wordset}


# a year alone in brackets, "[2023]", "(2014)"
_BRACKET_YEAR = re.compile(r"[(\[]((?:19|20)\d\d)[)\]]")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def release_year(ids, p, other) -> set:
    """A release year alone in brackets in a title about a disc or a book ("Oppenheimer [Blu-ray]
    [2023]", "Interstellar [DVD] [2014]"), the other title printing no year: the year a shop adds to
    tell films of one name apart, which the other shop's format and words already do.  Two years
    stay two editions (the year facet compares them)."""
    t = p.title
    if not isinstance(t, str) or "[" not in t and "(" not in t:
        return set()
    if any(_YEAR.match(w) for w in other.words):
        return set()
    years = {m.group(1) for m in _BRACKET_YEAR.finditer(t)}
    if not years or not (_media_formats(t) or about_books(p)):
        return set()
    return {w for w in ids if w in years}


def excused(ids, p, other) -> set:
    """The words of ``ids`` the rules of this module excuse against ``other``."""
    out = set()
    for reader in _READERS:
        out |= reader(ids, p, other)
    return out


# the readers ``excused`` asks, in turn (a volume's marker, a binding, a publisher, an author, a year)
_READERS = (volume_markers, binding_words, publisher_words, author_words, release_year)
