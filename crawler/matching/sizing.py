"""Sizes a product is sold by, as the cleaned title prints them.

* ``sizes`` / ``sizes_apart``: a size in a sizing system ("US 10" / "US 10.5", "Size 4" /
  "Size 5", "EU 42" / "EU 43"; named after "Size": "Size Newborn" / "Size 1", "Size M" / "Size L",
  "Size 3T-4T"): two products of one model, as two capacities are.
* ``size_phrases`` / ``size_phrase_split`` (``facets``): a size named by two words,
  "Regular Wide" against "Regular".

(Sizes read from the raw title - a shoe's width, a lettered garment size - are
``raw_facets``'.  The word table ``facets`` hands ``size_phrases`` is in ``wordclass``'
session-15 prec block.  History: README.md, sessions 15 and 16, prec.)
"""

from __future__ import annotations

import re
from .memos import cached


# --- a size in a sizing system ---------------------------------------------------------------
# Shoes, clothes, diapers and rings are sold by a size in a sizing system: "US 10" and "US
# 10.5" (or "Size 4" / "Size 5", "EU 42" / "EU 43") are two products of one model, as two
# capacities are.  Both titles must print a size of one system.
# (session 32, fs32: and a German shop's "Gr. 42" with its dot, France's "Pointure 43", Italy's "Misura 42";
# session 32, fsb32: Poland's abbreviation "rozm. 42" - Allegro, 4F, Martes)
_SIZE = re.compile(r"\b(us|uk|eu|eur|size|sz|gr|taille|talla|taglia|maat|storlek|rozmiar|rozm|grosse|groesse|velikost|koko"
                   r"|pointure|misura|rahmengrosse|rahmenhohe|rahmenhoehe|rama)\.?\s?"
                   r"(\d{1,2}(?:\.5)?)(?![\w.]|\s?(?:x|-|/)\s?\d)")
_SIZE_SYSTEM = {"eur": "eu", "sz": "size", "gr": "size", "taille": "size", "talla": "size", "taglia": "size",
                "maat": "size", "storlek": "size", "rozmiar": "size", "rozm": "size",
                "grosse": "size", "groesse": "size", "velikost": "size", "koko": "size",
                "pointure": "size", "misura": "size",
                # (a bike's frame: "Rahmengröße 54 cm", "Rahmenhöhe 20 Zoll", Polish "rama M")
                "rahmengrosse": "size", "rahmenhohe": "size", "rahmenhoehe": "size", "rama": "size"}


# session 26 (count26): a size is also named by a word after its label: a diaper's "Size Newborn"
# (NB, Preemie; "Taille nouveau-né", "Talla recién nacido", "Größe Neugeborene", "Maat
# pasgeboren"), a garment's or a harness's letter ("Size M", "Taille XL", "Größe S", "Size Small" =
# "Size S"), a toddler's "Size 3T" or "Size 3T-4T": "Size Newborn" / "Size 1" are two products as
# "Size 2" / "Size 1" are.  After a size word only (not "US" / "EU", nor "Gr", a gram too); a range
# of letters ("Size L/XL") is left unread.
_SIZE_NAMED = re.compile(
    r"\b(size|sz|taille|talla|taglia|maat|storlek|rozmiar|rozm|grosse|groesse|velikost|koko|tamanho|gr\.|rahmengrosse|rama)"
    r"\s?:?\s?"
    r"(newborn|new born|preemie|nb|nouveau-ne|nouveau ne|recien nacido|neugeborene|neugeborenen|neonato"
    r"|pasgeboren|[1-6]t(?:\s?-\s?[1-6]t)?|xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|x-small|extra small|small|medium"
    r"|large|x-large|extra large|xx-large|xxx-large)(?![\w/-])")
_SIZE_NAMES = {"new born": "newborn", "nb": "newborn", "nouveau-ne": "newborn", "nouveau ne": "newborn",
               "recien nacido": "newborn", "neugeborene": "newborn", "neugeborenen": "newborn",
               "neonato": "newborn", "pasgeboren": "newborn", "x-small": "xs", "extra small": "xs",
               "small": "s", "medium": "m", "large": "l", "x-large": "xl", "extra large": "xl",
               "xx-large": "xxl", "2xl": "xxl", "xxx-large": "xxxl", "3xl": "xxxl"}
_NAMED_HINT = re.compile(r"(?:size|sz|taille|talla|taglia|maat|storlek|rozmiar|rozm|grosse|groesse|velikost|koko"
                         r"|tamanho|gr\.|rahmengrosse|rama)\s?:?\s?[a-z1-6]").search


# (session 33, fs33) a shoe's EU size in thirds, with no label: "Salomon Speedcross 6 Gore-Tex Herren Schwarz
# 43 1/3" (adidas, Salomon and ASICS number EU sizes in thirds; no other size or measure does): read as
# "EU 43 1/3" - the label's offsets apply, and the number is no plain number the other title lacks.
_EU_THIRDS = re.compile(r"(?<![\w./])(3[4-9]|4\d|5[0-2])\s[12]/3(?![\w/.])")
_THIRDS = frozenset((("1", "3"), ("2", "3")))


@cached(20000)  # (a memo: ``memos``)
def sizes(cleaned: str) -> dict:
    """{sizing system: sizes} a cleaned title prints ("us 10.5" -> {"us": {10.5}}, "size newborn" ->
    {"size": {"newborn"}}); memoised per title (callers do not change it)."""
    out: dict = {}
    for system, value in _SIZE.findall(cleaned):
        out.setdefault(_SIZE_SYSTEM.get(system, system), set()).add(float(value))
    if _NAMED_HINT(cleaned) is not None:
        for system, value in _SIZE_NAMED.findall(cleaned):
            value = _SIZE_NAMES.get(value, value).replace(" ", "")
            out.setdefault(_SIZE_SYSTEM.get(system.rstrip("."), system), set()).add(value)
    if "/3" in cleaned and "eu" not in out:
        for value in _EU_THIRDS.findall(cleaned):
            out.setdefault("eu", set()).add(float(value))  # (session 33, fs33: "Schwarz 43 1/3")
    # (session 38, sp38, speed: ``_CLOSING_LETTER`` only where the text ends as one of its sizes can - "s", "m",
    # "l" or "e", before a newline ``$`` passes -: its search, anchored at the end, was tried at every position)
    m = _CLOSING_LETTER(cleaned) if cleaned.rstrip("\n")[-1:] in _SIZE_LAST else None
    m = m or _CLOSING_AFTER_GARMENT(cleaned)
    if m is not None and "size" not in out:
        out["size"] = {_SIZE_NAMES.get(m.group(1), m.group(1))}  # (session 32, fs32: "... Black M")
    return out


def sizes_apart(ca: str, cb: str) -> bool:
    """Do two cleaned titles print sizes of one sizing system, none in common?"""
    if not ca or not cb:
        return False
    sa = sizes(ca)
    if not sa:
        return False
    sb = sizes(cb)
    return any(k in sb and sa[k].isdisjoint(sb[k]) for k in sa) or (
        bool(sb) and _systems_apart(sa, sb, _WOMENS(ca) is not None or _WOMENS(cb) is not None))


# --- a garment's lettered size closing its title (session 32, fs32) ------------------------------
# A shop's size variant of a garment or a pair of socks closes the title with its letter after the
# colour or the style code: "Nike Everyday Crew Socks White SX7664-100 M" / "... SX7664-100 L",
# "Nike Club Fleece Hoodie Men Black M".  Read as the "Size M" it is - only there (after a colour word,
# a code with digits or a comma), only the garment letters (not "S" alone: "Galaxy S", "Model S").
_COLOUR_BEFORE = (r"black|white|grey|gray|blue|navy|red|green|pink|beige|brown|orange|yellow|purple|schwarz"
                  r"|weiss|noir|blanc|negro|blanco|nero|bianco|zwart|wit|czarny|czarna|czarne|bialy|biala|biale")
_COLOUR_SET = frozenset(_COLOUR_BEFORE.split("|"))
_SIZE_LAST = frozenset("smle")  # (the last letters of _CLOSING_LETTER's sizes)
_CLOSING_LETTER = re.compile(r"(?:\b(?:" + _COLOUR_BEFORE + r")|[a-z]*\d[\w-]*|,)\s*,?\s+(xxs|xs|m|l|xl|xxl|xxxl|[2-5]xl"
                             r"|x-small|small|medium|large|x-large|xx-large)$").search  # (and "Black, Medium")

# (session 37, pr37) and after whom a garment is for or after the garment's kind: "Arc'teryx Atom Hoody
# Men's S" / "... Men's M", "Hanes Women's Ecosmart Hoodie S" / "... Hoodie M", "Levi's 501 Jeans
# Men's S".  There the "S" is a size too: a possessive "Men's" reads "men s", so only the letter after
# that "s" is the size ("... Hoody Men's" closes on the possessive, no size); a bare "Men" / "Women"
# before an "s" is the possessive written apart, left unread.
_AUDIENCE_BEFORE = (r"(?:men|women|kid|kids|boy|boys|girl|girls|youth|junior)(?:\s|['’])s"
                    r"|mens|womens|unisex|herren|damen|homme|femme|hombre|mujer|uomo|donna|kinder")
_GARMENT_BEFORE = (r"hoodie|hoody|hoodies|jacket|jackets|shirt|tshirt|tee|pants|trousers|jeans|sweater|sweatshirt"
                   r"|pullover|fleece|vest|shorts|leggings|tights|dress|skirt|coat|parka|polo|jersey|cardigan|socks"
                   r"|bra|boxers|briefs|gilet|anorak|jacke|hose|veste|pantalon|chaqueta|giacca")
_AUDIENCE_WORDS = frozenset("mens womens unisex herren damen homme femme hombre mujer uomo donna kinder".split())
_POSSESSED = frozenset("men women kid kids boy boys girl girls youth junior".split())
_GARMENT_WORDS = frozenset(_GARMENT_BEFORE.split("|"))
_CLOSING_AFTER_GARMENT = re.compile(r"\b(?:" + _AUDIENCE_BEFORE + r"|" + _GARMENT_BEFORE + r")\s*,?\s+"
                                    r"(xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|x-small|small|medium|large|x-large"
                                    r"|xx-large)(?:\s*,?\s+(?:" + _COLOUR_BEFORE + r"))?$").search  # (or "Men's S Black")


def _garment_letter_closes(ws) -> bool:
    """(session 37, pr37) Does a garment letter close title words ``ws`` right after whom the garment is
    for ("Men's S" read "men s s", "Mens M", "Damen L") or the garment's kind ("Hoodie S")?"""
    return _garment_letter_at(ws) is not None


def _garment_letter_at(ws):
    """The index of the garment letter of ``_garment_letter_closes`` (closing the title, or before a
    colour closing it: "Men's S Black"), or None."""
    n = len(ws)
    i = n - 2 if n >= 3 and ws[-1] in _COLOUR_SET else n - 1
    if i < 1 or ws[i] not in _LETTERS:
        return None
    prev = ws[i - 1]
    if prev in _AUDIENCE_WORDS or prev in _GARMENT_WORDS:
        return i
    return i if prev == "s" and i >= 2 and ws[i - 2] in _POSSESSED else None


# --- a shoe's size in two systems (session 32, fs32) -------------------------------------------
# One pair of shoes is "EU 42" in one shop and "UK 8" or "US 9" in another (adidas UK 8 = EU 42, Nike
# UK 7.5 = US 8.5 = EU 42, ASICS US 9 = EU 42.5, HOKA US 10 = EU 44; women's US run two above UK).
# The makers' tables differ by half a size or so, so two systems are compared by their offsets' span:
# EU = UK + 33 to 35, EU = US + 30.5 to 34.5, US = UK + 0 to 2.5 - a size outside every span of the
# other's (UK 8 against EU 45) is another size.  Only where the two titles print no system in common
# (then ``sizes_apart`` compares them as they are), and only shoe sizes (EU 15-52, UK / US up to 18).
_OFFSETS = {("uk", "eu"): (33.0, 35.0), ("us", "eu"): (32.5, 34.5), ("uk", "us"): (0.0, 1.5)}
# (a women's shoe: US runs two above UK - Nike women's US 7 = UK 4.5 = EU 38, adidas US 7 = UK 5.5 = EU 38 2/3)
_WOMENS_OFFSETS = {("uk", "eu"): (33.0, 35.0), ("us", "eu"): (30.0, 32.5), ("uk", "us"): (1.5, 2.5)}
_SHOE_RANGE = {"eu": (15.0, 52.0), "uk": (0.0, 18.0), "us": (0.0, 18.0)}
_WOMENS = re.compile(r"\b(?:women|womens|woman|wmns|ladies|damen|dames|femme|femmes|mujer|donna|damsk\w*)\b").search


def _fits(x: str, vx, y: str, vy, offsets: dict) -> bool:
    lo, hi = _SHOE_RANGE[x]
    if not (lo <= vx <= hi):
        return True  # (no shoe size: not compared)
    lo, hi = _SHOE_RANGE[y]
    if not (lo <= vy <= hi):
        return True
    if (x, y) in offsets:
        lo, hi = offsets[(x, y)]
        return lo <= vy - vx <= hi
    lo, hi = offsets[(y, x)]
    return lo <= vx - vy <= hi


def _systems_apart(sa: dict, sb: dict, womens: bool = False) -> bool:
    """Do two titles print shoe sizes in two systems only (no system both print), no size of the one
    within the other's offsets (``_OFFSETS``; ``womens``: a women's shoe, ``_WOMENS_OFFSETS``)?"""
    xs = [k for k in sa if k in _SHOE_RANGE]
    ys = [k for k in sb if k in _SHOE_RANGE]
    if not xs or not ys or not set(xs).isdisjoint(ys):
        return False
    offsets = _WOMENS_OFFSETS if womens else _OFFSETS
    for x in xs:
        for y in ys:
            if not any(_fits(x, vx, y, vy, offsets) for vx in sa[x] for vy in sb[y]
                       if isinstance(vx, float) and isinstance(vy, float)):
                return True
    return False


# --- a size's words: no identifying word, no plain number (session 32, fs32) ------------------------
# "EU 42", "UK 7.5", "Gr. 44", "Size M", "Taglia 5", "rozmiar 43" name the size a shop sells of the model;
# another shop prints the model's page with no size, or the size in another system.  Two sizes are
# compared as sizes (``sizes_apart``): the label and its value are neither identifying words nor plain
# numbers ("UK 8" / "EU 42" are no numbers 8 and 42 that the other title lacks), nor is the fraction of
# an adidas size ("EU 42 2/3").
SIZE_LABELS = frozenset("us uk eu eur size sz gr taille talla taglia maat storlek rozmiar rozm grosse groesse "
                        "velikost koko pointure misura tamanho rahmengrosse rahmenhohe rahmenhoehe rama".split())
_LETTERS = frozenset("xxs xs s m l xl xxl xxxl 2xl 3xl 4xl 5xl".split())
LETTER_SIZES = _LETTERS
_NAME_BEFORE_SIZE = frozenset("a the any your one".split())
_FRACTIONS = frozenset((("1", "3"), ("2", "3"), ("1", "2")))


def _size_value(w: str) -> bool:
    if w in _LETTERS:
        return True
    head, _, tail = w.partition(".")
    return head.isdigit() and len(head) <= 2 and (not tail or tail == "5")


def size_positions(ws) -> frozenset:
    """The positions of title words ``ws`` that name a size: a label (``SIZE_LABELS``) and the value
    after it (a shoe system's a number, "EU 42"; a size word's a number or a garment letter, "Size M"),
    a fraction after such a value ("42 2/3" read as words "42 2 3"), a garment letter closing the title
    after a colour or a code ("... Black M", ``_CLOSING_LETTER``)."""
    out = []
    n = len(ws)
    for i in range(n - 1):
        if ws[i] not in SIZE_LABELS or (i and ws[i - 1] in _NAME_BEFORE_SIZE):
            continue  # (no label in a name: "Bounty Select-A-Size 6 Double Rolls")
        v = ws[i + 1]
        if (ws[i] not in _SHOE_RANGE) if v in _LETTERS else _size_value(v):
            out += (i, i + 1)
            if i + 3 < n and (ws[i + 2], ws[i + 3]) in _FRACTIONS:
                out += (i + 2, i + 3)
    for i in range(n - 2):
        if (ws[i + 1], ws[i + 2]) in _THIRDS and ws[i].isdigit() and 34 <= int(ws[i]) <= 52 \
                and (not i or ws[i - 1] not in SIZE_LABELS):
            out += (i, i + 1, i + 2)  # (session 33, fs33: an EU size in thirds with no label, "43 1/3")
    if n >= 2 and ws[-1] in _LETTERS and ws[-1] != "s" and (
            ws[-2] in _COLOUR_SET or any(c.isdigit() for c in ws[-2])):
        out.append(n - 1)
    else:
        i = _garment_letter_at(ws)
        if i is not None:
            out.append(i)  # (session 37, pr37: "... Hoody Men's S", "... Hoodie M", "... Men's S Black")
    return frozenset(out)


def may_name_size(wordset) -> bool:
    """Can a title of words ``wordset`` name a size (``size_positions``): a size's label, or the thirds
    of an EU size printed with none ("43 1/3", session 33, fs33)?"""
    return not SIZE_LABELS.isdisjoint(wordset) or ("3" in wordset and ("1" in wordset or "2" in wordset))


def size_words(ws) -> frozenset:
    """The words of ``size_positions``."""
    return frozenset(ws[i] for i in size_positions(ws))


# --- a size named by two words -----------------------------------------------------------------
# Sleeping pads, sleeping bags, shoes and garments come in sizes named by two size words in a row:
# a length and a width ("Regular Wide", "Long Wide", "Large Long", "Regular Lang Breit"): the title
# printing one of the two words alone names another size of the line ("Sleeping Pad - Regular" is
# not the "Regular Wide").  Read only where two such words stand together (three or more in a row
# list the sizes a page offers).
SIZE_PHRASE = "_size_phrase"


def size_phrases(ws, size_words: frozenset) -> frozenset:
    """The pairs of ``size_words`` (``wordclass.SIZE_PHRASE_WORDS``) standing together in a
    title, alone (no third one beside)."""
    out = []
    n = len(ws)
    for i in range(n - 1):
        if ws[i] in size_words and ws[i + 1] in size_words and ws[i] != ws[i + 1] \
                and not (i and ws[i - 1] in size_words) \
                and not (i + 2 < n and ws[i + 2] in size_words):
            out.append((ws[i], ws[i + 1]))
    return frozenset(out)


def size_phrase_split(fa: dict, fb: dict, wa, wb) -> bool:
    """Does one title name a size by two words (``size_phrases``) and the other print one of
    them without the other?"""
    if wa is None or wb is None:
        return False
    for f, other in ((fa, wb), (fb, wa)):
        for x, y in f.get(SIZE_PHRASE, ()):
            if (x in other) != (y in other):
                return True
    return False
