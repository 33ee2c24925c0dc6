"""Session 42 (ac42): a kind's accessory on one side - ONE reader for every table's kinds.

"Casio FX-991DE X Taschenrechner" / "Casio FX-991DE X Calculator *Cover*", "IKEA KIVIK 3er-Sofa" / "IKEA KIVIK
*cover for* 3-seat sofa", "Canapé 3 places gris" / "*Housse pour* canapé 3 places gris": both titles name one
kind (in any language: ``wordclass.CATEGORY`` / ``KIND_PHRASES``, the kinds of every table), and one prints a word
of that kind's accessories that the other does not - the offer is the accessory, not the piece.  Session 41 read it
twice (``office41.kind_accessory_one_side`` for the office kinds, ``home41.sofa_part_one_side`` for a sofa), each
with its kinds and anywhere in the title; here it is one reader, and the accessory word counts only where it
belongs to the kind - on one side of it:

* **after the kind word** ("sofa cover", "Calculator Cover", "Aktenvernichter Beutel", "Office Chair Armrest
  Pads", "Ordner A4 80mm Etiketten": only sizes, codes or other accessory words of the kind between);
* **before a "for"-phrase naming the kind, in any language** ("cover for 3-seat sofa", "Bezug für 3er-Sofa",
  "housse pour canapé", "fodera per divano", "funda para sofá", "pokrowiec na sofę", "hoes voor bank") or right
  before the kind word ("Bezug 3er-Sofa", "housse canapé");
* never after a "with" ("Shredder with bags", "... w label holder": the piece sold with it).

An accessory word is compared by its class, so "cover" and "Bezug" are one accessory in two languages.  The caller
gives the kind's accessory classes (``{kind: {word: class}}``) and may add kind words of its own (a sofa's seat
count); the kinds of every table are read from ``wordclass`` (``install``).

A leaf module: it imports no matcher module (``wordclass`` installs its tables).
"""

from __future__ import annotations

# the kinds of every table, set by ``install`` (``wordclass.CATEGORY``: word -> kind; ``KIND_PHRASES``:
# phrase -> kind)
_CATEGORY: dict = {}
_PHRASES: dict = {}
_PHRASE_FIRST: dict = {}  # first word -> ((phrase words), kind), longest first

# "for" in the shops' languages: English, German, French, Italian / Spanish, Dutch, Polish ("do", "na", "dla"),
# and the "compatible with" words (read only between an accessory word and its kind: "do" / "na" alone are
# other words elsewhere)
FOR_WORDS = frozenset("""for fur pour per para voor do na dla fits fit compatible compatibile compatibel kompatibel
compativel kompatybilny""".split())
# "with" / "including": an accessory word after one is what the piece comes with
WITH_WORDS = frozenset("with mit avec con incl inkl including includes inclusive".split())
# the words that may stand between an accessory word and its "for" / kind ("Cover for *the* sofa", "Funda para
# sofá *de* 3 plazas", "Divano *a* 3 posti")
_ARTICLES = frozenset("the a an your de di du des la le les el los las il lo der die das den".split())


def install(W) -> None:
    """Read the kinds of every table from ``wordclass`` (``W``), once its tables are built."""
    global _CATEGORY, _PHRASES
    _CATEGORY = W.CATEGORY
    _PHRASES = W.KIND_PHRASES
    _PHRASE_FIRST.clear()
    for ph, k in _PHRASES.items():
        ws = tuple(ph.split())
        if len(ws) >= 2:
            _PHRASE_FIRST.setdefault(ws[0], []).append((ws, k))
    for v in _PHRASE_FIRST.values():
        v.sort(key=lambda x: -len(x[0]))


def kind_spans(ws, kind_of=None, phrases=None) -> list:
    """[(start, end, kind)] of the kind words and phrases in title words ``ws`` (``end`` exclusive): the kinds
    of every table, and ``kind_of(ws, i)`` -> (end, kind) or None, a caller's own (a sofa's seat count)."""
    out = []
    for i, w in enumerate(ws):
        for ph, k in _PHRASE_FIRST.get(w, ()):
            if tuple(ws[i:i + len(ph)]) == ph:
                out.append((i, i + len(ph), k))
        if phrases is not None:
            for ph, k in phrases.get(w, ()):
                if tuple(ws[i:i + len(ph)]) == ph:
                    out.append((i, i + len(ph), k))
        k = _CATEGORY.get(w)
        if k is not None:
            out.append((i, i + 1, k))
        if kind_of is not None:
            r = kind_of(ws, i)
            if r is not None:
                out.append((i, r[0], r[1]))
    return out


def _bound(ws, i: int, spans, kind: str, acc: dict, other=frozenset()) -> bool:
    """Does accessory word ``ws[i]`` belong to a ``kind`` word of ``ws`` - after it (sizes, codes or the kind's
    accessory words between), or before it (a "for" word, an article, sizes, codes, accessory words or words
    the other title prints - ``other``, its word set - between)?"""
    for s, e, k in spans:
        if k != kind:
            continue
        if e <= i:
            if all(any(c.isdigit() for c in x) or x in acc for x in ws[e:i]):
                return True
        elif s > i:
            # (fxac42, attack42w: the brand and model both titles print stand between an accessory and the kind
            # it is for - "Casio *Schutzhülle* FX-991DE X *Taschenrechner*" / "Casio FX-991DE X Taschenrechner",
            # "*Armlehnenpolster* für Sihoo M18 *Bürostuhl*", "Bemz *Bezug* IKEA KLIPPAN *2er-Sofa*": the name
            # of the piece it fits, not a word of another product)
            if all(x in FOR_WORDS or x in _ARTICLES or any(c.isdigit() for c in x) or x in acc or x in other
                   for x in ws[i + 1:s]):
                return True
    return False


def accessory_one_side(a, b, accessories: dict, kind_of=None, phrases=None) -> bool:
    """Do both titles name one kind where one prints an accessory of that kind's (``accessories``: {kind: {word:
    class}}) on one side of the kind word - after it, or before a "for"-phrase naming it (any language) -, not
    after a "with", and the other title prints no word of that class?  ``a`` / ``b`` have ``words``."""
    wa, wb = a.words, b.words
    sa, sb = a.wordset, b.wordset
    diff = sa ^ sb
    if not any(w in acc for acc in accessories.values() for w in diff):
        return False
    spa, spb = kind_spans(wa, kind_of, phrases), kind_spans(wb, kind_of, phrases)
    kinds = {k for _, _, k in spa} & {k for _, _, k in spb}
    for k in kinds:
        acc = accessories.get(k)
        if not acc:
            continue
        for ws, spans, other in ((wa, spa, sb), (wb, spb, sa)):
            theirs = {acc[x] for x in other if x in acc}
            for i, w in enumerate(ws):
                c = acc.get(w)
                if c is None or c in theirs or w in other:
                    continue
                if any(x in WITH_WORDS for x in ws[:i]):
                    break
                if _bound(ws, i, spans, k, acc, other):
                    return True
    return False
