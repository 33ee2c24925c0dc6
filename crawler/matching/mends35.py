"""Session 35 (mend35): known holes of the matcher, mended as readings that hold in every shop and
language - each function says what it reads and why.  A leaf module beside ``mends34``: the cleaner
(``titles._clean_pre``) and the readers that ask it import it; it imports nothing of the matcher."""

from __future__ import annotations

import re

from stdnum import isbn as _isbn

# --------------------------------------------------------------------------------------------------
# a book's ISBN-10 and its ISBN-13 are one number (978 + the first nine digits + a new check digit):
# "ISBN 0-13-595705-2" = "ISBN-13: 978-0135957059".  Read with python-stdnum's ``isbn`` (its check
# digits and conversion), in a title that says "ISBN" or for a hyphenated number led by 978 / 979 (a
# Bookland EAN: an ISBN-13 whatever the title says).  Every such number is written as its compact
# ISBN-13, so the two titles print one code.
# --------------------------------------------------------------------------------------------------
_ISBN_CANDIDATE = re.compile(r"(?<![\w-])(?:97[89]-?)?\d[\d-]{7,14}[\dx](?![\w-])")


def _isbn_repl(m) -> str:
    t = m.group(0)
    c = t.replace("-", "")
    if len(c) not in (10, 13) or not _isbn.is_valid(c):
        return t
    if len(c) == 10 or "-" in t:
        return _isbn.to_isbn13(c).replace("-", "")
    return t


def isbn_read(s: str) -> str:
    """``s`` (a lower-cased title) with each valid ISBN-10 written as its ISBN-13, and each hyphenated
    ISBN-13 without its hyphens - where the title says "isbn" (a bare ten-digit number elsewhere may be
    any maker's part number), or for a hyphenated 978 / 979 number."""
    if "isbn" in s:
        return _ISBN_CANDIDATE.sub(_isbn_repl, s)
    if "97" in s and "-" in s:
        return _ISBN_CANDIDATE.sub(lambda m: _isbn_repl(m) if m.group(0)[:3] in ("978", "979")
                                   and "-" in m.group(0) else m.group(0), s)
    return s


# --------------------------------------------------------------------------------------------------
# a bicycle tyre's size, written three ways: the ETRTO "25-622" (width in mm - bead seat diameter),
# the French "700x25c" (700C is the 622 mm bead seat) and the decimal inches "28 x 1.00" (28" / 29"
# are 622, 27.5" is 584, 26" is 559 ...; the width in inches is a named size, not a conversion:
# 1.40" is the 37 mm tyre, 1.75" the 47 mm one - the makers' own tables).  All are read as the ETRTO
# - one size, one word - and the ETRTO is a size every maker's tyre of that size prints, no model
# number (``etrto_tokens``, as ``raw_facets.tyre_code_tokens`` for a car tyre's size).
# --------------------------------------------------------------------------------------------------
_BEADS = "622|584|559|571|590|507|406|305|349|451|203|540|630|635|355"
ETRTO = re.compile(r"^[1-7]\d-(?:" + _BEADS + r")$")
_ETRTO_HINT_ANY = re.compile(r"(?<![\w./-])[1-7]\d-(?:" + _BEADS + r")(?![\w./-])").search
# (session 38, sp38, speed: led by its first digit, what stands before it checked behind - the same matches; led
# by the look-behind the engine tried it at every position of every title with a hyphen)
_ETRTO_HINT = re.compile(r"[1-7](?<![\w./-][1-7])\d-(?:" + _BEADS + r")(?![\w./-])").search
_SEVEN_HUNDRED = re.compile(r"(?<![\w./,])700\s?c?\s?x\s?([1-7]\d)\s?c?(?![\w./]|,\d)")
# the inch sizes of the makers' tables (Schwalbe, Continental: "28 x 1.40" is "37-622")
_INCH_WIDTH = {"1.00": 25, "1.10": 28, "1.25": 32, "1.35": 35, "1.40": 37, "1.50": 40, "1.60": 42, "1.75": 47,
               "2.00": 50, "2.10": 54, "2.15": 55, "2.25": 57, "2.35": 60, "2.40": 62, "2.60": 65, "2.80": 70}
_INCH_BEAD = {"28": 622, "29": 622, "27.5": 584, "26": 559, "24": 507, "20": 406, "18": 355, "16": 305, "12": 203}
_DECIMAL_INCHES = re.compile(
    r"(?<![\w./,])(12|16|18|20|24|26|27[.,]5|28|29)\s?(?:\"|''|zoll|inch|in)?\s?x\s?([0-3][.,]\d{1,2})"
    r"(?![\w.,/]|\s?(?:cm|mm|m|in|inch|zoll|\"|x)\b|\s\d/\d)")
# a title about a bicycle's tyre: a tyre's word in the shops' languages, or a maker of bicycle tyres
_BIKE_TYRE = re.compile(
    r"\b(?:schwalbe|continental|conti|maxxis|vittoria|michelin|pirelli|panaracer|wtb|kenda|hutchinson|"
    r"bontrager|specialized|vredestein|challenge|impac|cst|rubena|mitas|ritchey|teravail|onza|tufo|"
    r"reifen|fahrradreifen|faltreifen|drahtreifen|mantel|tyre|tyres|tire|tires|clincher|tubeless|pneu|pneus|"
    r"copertone|copertura|cubierta|neumatico|opona|plast|buitenband|fietsband)\b").search


def _inch_repl(m) -> str:
    rim = m.group(1).replace(",", ".")
    w = m.group(2).replace(",", ".")
    if len(w) == 3:
        w += "0"
    mm = _INCH_WIDTH.get(w)
    if mm is None:
        return m.group(0)
    return f" {mm}-{_INCH_BEAD[rim]} "


def bike_tyre_read(s: str) -> str:
    """``s`` (a lower-cased title) with a bicycle tyre's size written as its ETRTO: "700x25c" /
    "700 x 25C" -> "25-622" (anywhere: no other product is sized so), "28 x 1.40" / "27,5x2.25" ->
    "37-622" / "57-584" (only in a title about a tyre: its word or a tyre maker's name - "28 x 1.5"
    is a size of many things - and only the inch widths of the makers' tables)."""
    if "700" in s:
        s = _SEVEN_HUNDRED.sub(lambda m: f" {m.group(1)}-622 ", s)
    if "x" in s and _BIKE_TYRE(s):
        s = _DECIMAL_INCHES.sub(_inch_repl, s)
    return s


def etrto_tokens(raw) -> frozenset:
    """Indexes of the raw tokens (``titles._RAW_TOKEN``) that are a bicycle tyre's ETRTO size
    ("37-622"): a size, no model number (``titles.extract_codes`` leaves them out)."""
    return frozenset(i for i, t in enumerate(raw) if "-" in t and ETRTO.match(t))


def etrto_hint(s: str) -> bool:
    return _ETRTO_HINT(s) is not None


# the video resolutions a "p" names (lines of a progressive picture)
_RESOLUTIONS = frozenset("144 240 360 480 540 576 720 768 900 1080 1200 1440 1600 2160 4320".split())


def spaced_letter_p(num: str) -> bool:
    """Is a "P" spaced after the number ``num`` a model's letter ("Kärcher WD 3 P", "TS 870 P": the model
    with a power socket, the performance pattern), no video resolution - a number that is no picture's
    lines ("720 p", "1080 p" are)?"""
    return num not in _RESOLUTIONS


# --------------------------------------------------------------------------------------------------
# a maker's letters after a model's letters: "DHP485Z" (the bare tool) / "DHP485ZJ" (in its case),
# "HL-L2370DW" / "HL-L2370DWXL" (with the extended-yield toner) - the code's own letter group is the
# model, one or two letters more name another article of it.  A colour's or a region's letters are
# no other article (``_SAME_ARTICLE``: "WH1000XM4B" is the black one, "...EU" the European box).
# --------------------------------------------------------------------------------------------------
_SAME_ARTICLE = frozenset("""
a b bk w wh s sl sv r rd g gr gy bl bu pk n nb gd au ag c cr o y p v
eu uk us ww na ee ea ae as at de fr it es nl pl cz cn jp in au za sa
""".split())


# a colour's code of three letters closing a model code ("...SWHT", "...BLK")
_COLOUR3 = frozenset("blk wht slv sil gry gra red blu grn pnk brn".split())


def _initials(raw) -> frozenset:
    """The initials of each two words side by side in a raw title ("Empire Red" -> "er")."""
    if not isinstance(raw, str):
        return frozenset()
    ws = re.findall(r"[^\W\d_]+", raw.lower())
    return frozenset(x[0] + y[0] for x, y in zip(ws, ws[1:]))


def _tail_apart(xs, ys, yfull, inits, is_unit_token) -> bool:
    for x in xs:
        if not x[-1:].isalpha() or x.isalpha() or x in yfull or len(x) < 5 or is_unit_token(x):
            continue
        stem = x.rstrip("abcdefghijklmnopqrstuvwxyz")
        letters = len(x) - len(stem)
        if not stem[-1:].isdigit() or letters < 2 or x[len(stem):] in _SAME_ARTICLE:
            continue
        for k in (1, 2):
            if letters - k < 1:
                break
            y, tail = x[:-k], x[-k:]
            if (y in ys and y not in xs and tail not in _SAME_ARTICLE and y[len(stem):] not in _SAME_ARTICLE
                    and tail not in inits and x[-2:] not in _SAME_ARTICLE and x[-3:] not in _COLOUR3):
                return True
    return False


def letter_tail_apart(a, b, is_unit_token) -> int:
    """1 where one title prints a model code ending in letters after its digits ("dhp485z", "l2370dw")
    the other never prints, but the other prints it with one or two letters more ("dhp485zj",
    "l2370dwxl"): the maker's bare tool and its kit, the printer and its bundle.  Not where either
    code's letters, or the letters added, are a colour's or a region's (``_SAME_ARTICLE``: "DDW1805W" /
    "DDW1805WH", "QE55Q80C" / "QE55Q80CAT"), nor letters added that are the initials of two words a title
    prints ("KSM150PS" / "KSM150PSER" with "Empire Red"), and only where the shorter code keeps a letter
    group of its own (a code ending in digits and letters, "7600x" / "7600", is
    ``features._variant_suffix_misses``').  (``is_unit_token``: ``titles.is_unit_token``, passed in - the
    cleaner imports this module.)"""
    wa, wb = a.wordset, b.wordset
    if not any(w[-1:].isalpha() and not w.isalpha() for w in wa) or not any(
            w[-1:].isalpha() and not w.isalpha() for w in wb):
        return 0
    inits = _initials(a.rawtitle) | _initials(b.rawtitle)
    return int(_tail_apart(wb, wa, a.fullkeys, inits, is_unit_token)
               or _tail_apart(wa, wb, b.fullkeys, inits, is_unit_token))


# --------------------------------------------------------------------------------------------------
# an ink series' black cartridge and its tri-colour one: "HP 305XL Schwarz" / "HP 305XL Tri-colour" are
# two cartridges of one code.  The colour cartridge is named "tri-colour" / "dreifarbig" / "tricolore" /
# "farbig" (``_TRI``), the black one by black in the shops' languages (``_BLACK``); neither title a pack
# of both ("Black & Tri-colour Combo": a pack word or both named on one side).
# --------------------------------------------------------------------------------------------------
_TRI = re.compile(r"\b(?:tri[\s-]?colou?r(?:e|ed)?|tricolou?r(?:e|ed)?|dreifarbig\w*|3[\s-]?farbig\w*|farbig\w*|"
                  r"tricolore|trichromie|tricromia|tricolor|trojbarevn\w*|trojkolorow\w*)\b").search
_BLACK = re.compile(r"\b(?:black|schwarz|noir|negro|nero|czarny|czarna|zwart|cerna|cerny|preto|musta|svart|sort)\b").search
_INK_PACK = re.compile(r"\b(?:combo|multipack|multi[\s-]pack|pack|packs|set|twin|duo|doppelpack|\d+er|\d+[\s-]?pack|"
                       r"\d+\s?x)\b").search
_SERIES = re.compile(r"\b\d{1,4}[a-z]{0,3}\b")


def _tri(t: str) -> bool:
    """``_TRI(t) is not None`` (session 38, sp38, speed: its boundary-led search only where a literal every match
    holds stands - "tri", "farbig", "troj" -: the search was tried at every position of every title)."""
    return ("tri" in t or "farbig" in t or "troj" in t) and _TRI(t) is not None


def ink_colours_apart(ca, cb) -> bool:
    """Does one cleaned title name an ink series' tri-colour cartridge and the other the black one of a
    code both print ("hp 305xl tri colour" / "hp 305xl schwarz"), neither naming both nor a pack?"""
    if not ca or not cb:
        return False
    ta, tb = _tri(ca), _tri(cb)
    if ta == tb:
        return False
    tri, black = (ca, cb) if ta else (cb, ca)
    if _BLACK(tri) or not _BLACK(black) or _INK_PACK(tri) or _INK_PACK(black):
        return False
    shared = set(_SERIES.findall(tri)) & set(_SERIES.findall(black))
    return any(any(ch.isdigit() for ch in w) for w in shared)


# --------------------------------------------------------------------------------------------------
# a car tyre's original-equipment mark: "P Zero 245/40 R19 98Y XL MO" is the tyre made for Mercedes
# (its own compound and EAN), "AO" Audi's, "N0" Porsche's, "RO1" Audi quattro's, "VOL" Volvo's, "J" /
# "JLR" Jaguar Land Rover's: one mark against none or another is two tyres - read only in a title that
# prints a car tyre's size ("245/40r19" as the cleaner writes it).
# --------------------------------------------------------------------------------------------------
_TYRE_SIZE = re.compile(r"\b\d{3}/\d{2}z?r\d{2}").search
_OE_MARK = re.compile(r"(?<![\w/-])(mo1?|moe|mo-s|ao1?|ro[12]|n[0-6]|vol|jlr|mgt|k[1-3]|t[01]|a8a|lr)(?![\w/-])")


def tyre_marks_apart(ca, cb) -> bool:
    """Do two cleaned titles of a car tyre's size print different original-equipment marks ("mo" against
    none, "mo" against "ao")?"""
    if not ca or not cb or not ("/" in ca and "/" in cb and _TYRE_SIZE(ca) and _TYRE_SIZE(cb)):  # (sp38: its "/" first)
        return False
    return set(_OE_MARK.findall(ca)) != set(_OE_MARK.findall(cb))


# --------------------------------------------------------------------------------------------------
# kitchen hand tools and servers as the shops' languages name them (``install``, as ``kitchen34``): a kind
# one title names in its language is the other's English one ("WMF Profi Plus Schöpflöffel" / "WMF Profi
# Plus ladle"), two kinds still differ (a ladle is no skimmer, a bread knife no chef's knife).  Words a
# table already holds keep their meaning (``wordclass._install_kinds_block`` adds free words only): "Kelle"
# alone (a trowel too), "pane" alone (Italian bread), "pot" / "jug" are left as they were.
# --------------------------------------------------------------------------------------------------
_KINDS = {
    "ladle": "ladle ladles schopfloffel suppenkelle schopfkelle louche louches mestolo mestoli cucharon "
             "cazo chochla soeplepel opscheplepel",
    "skimmer": "skimmer skimmers schaumloffel ecumoire schiumarola espumadera szumowka schuimspaan",
    "bread knife": "brotmesser broodmes",
    "vacuum jug": "isolierkanne isolierkannen thermoskanne thermoskan",
}
_KIND_PHRASES = {
    "bread knife": ("bread knife", "couteau a pain", "coltello da pane", "coltello pane", "cuchillo de pan",
                    "cuchillo panero", "noz do chleba"),
    "vacuum jug": ("vacuum jug", "vacuum flask jug", "thermos jug", "insulated jug", "pichet isotherme",
                   "caraffa termica", "jarra termo", "jarra termica", "dzbanek termiczny"),
}


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only (as ``kitchen34.install``)."""
    W.install_block(_KINDS, _KIND_PHRASES)


def number_in_spaced_code(ws, i: int, b) -> bool:
    """(session 35, mend35) Is the plain number ``ws[i]`` a piece of a model code its title prints with
    spaces - "Sony WH 1000 XM4" - that the other offer prints as one code ("WH-1000XM4": ``b.allcodes``)?
    The word before and after it, joined to it, are that code (or the number and one neighbour are)."""
    codes = b.allcodes
    if not codes:
        return False
    w = ws[i]
    before = ws[i - 1] if i > 0 else ""
    after = ws[i + 1] if i + 1 < len(ws) else ""
    for c in (before + w + after, before + w, w + after):
        if c != w and len(c) >= 5 and c in codes:
            return True
    return False


# the filler words that name a food's or a product's quality - its taste, its scent - by concept
_QUALITY = {w: c for c, ws in {
    "taste": "gusto sapore geschmack flavour flavor saveur sabor smak smaak taste",
    "scent": "aroma aromi duft scent fragrance profumo parfum",
}.items() for w in ws.split()}


def _quality_slot(xs, ys, xset, yset) -> bool:
    for i in range(1, len(xs) - 1):
        w = xs[i]
        cw = _QUALITY.get(w)
        if cw is None or w in yset:
            continue
        p, n = xs[i - 1], xs[i + 1]
        if p not in yset or n not in yset:
            continue
        for j in range(1, len(ys) - 1):
            v = ys[j]
            cv = _QUALITY.get(v)
            if cv is not None and cv != cw and ys[j - 1] == p and ys[j + 1] == n and v not in xset:
                return True
    return False


def quality_slot_apart(a, b) -> bool:
    """(session 35, mend35) Does each title print a quality's filler word of another concept in one slot
    between two words both print side by side - "Lavazza Crema e *Gusto* Kaffeebohnen" / "Crema e *Aroma*
    Kaffeebohnen" (a taste, a scent: ``_QUALITY``)?  Such a filler one title adds is excused ("Vanille
    Geschmack"); a taste against a scent in one slot are two names of the line.  (Tried first: any two
    fillers of ``wordclass.GENERIC`` in one slot - 112 true pairs lost: "couches" / "nappies", "biscotti" /
    "biscuits", "Gerät" / "Device" are kinds written in two languages.)"""
    return _quality_slot(a.words, b.words, a.wordset, b.wordset)
