"""How two shops word one product in English titles: the shop's wording of a
program, a game or a device, never another variant (history: README.md,
session 15, rec).

Steps of ``wordclass.rewording`` (appended to its ``_REWORDING_STEPS`` in the
"session 15, rec block" of wordclass.py): each tells whether a word one title
prints and the other never does is the shop's wording rather than another
variant.  Every step answers None (no opinion) unless its pattern holds.

* ``delivery_phrase`` - a word of a phrase saying how a program or a game is
  delivered or licensed ("[Online Game Code]", "Mac App Store", "Lifetime Free
  Updates", "Full Version"): both shops sell the same licence.
* ``catalogue_abbrev`` - a shop's or a software catalogue's abbreviation
  ("DL", "ESD", "1Y Sub", "Std", "5 Dev", "Fed" / "Federal").
* ``retailer_name`` - a retailer's name closing a page title ("| Best Buy").
* ``function_list`` - a software title's list of what the program does.
* ``version_written`` - a version number written otherwise ("v15", "15.0",
  "Version 15" / "15").
* ``initials_number`` - a name written as its initials, a number glued on
  ("GT7" / "Gran Turismo 7", "FF7" / "Final Fantasy VII", "AC Mirage" /
  "Assassin's Creed Mirage"), and the words of that name on the other side.
* ``shared_kind_description`` - a word of a long title's description after the
  kind word both titles print ("Sennheiser HD 560 S ... Headphones - Neutral
  Frequency Response, ..." / "Sennheiser HD 560S Open-Back Reference
  Headphones"): ``wordclass._description`` when the other prints the kind too.

Variant words (``wordclass.VARIANT``, ``titles.VARIANTS``), edition and tier
words never pass: they name another product of the line.
"""

from __future__ import annotations

import re
from .memos import cached
from .offermemo import per_offer
from types import SimpleNamespace

from . import titles as T
from .us38 import name_length  # (session 38, us38: a maker's code is no word of a name)
from . import ou39 as _ou39  # (session 39, ou39: a leaf module - a maker's name shortened)

# The word tables of ``wordclass`` (the module itself, its vocabulary as it ends up) and
# of ``facets`` (the tier words ``EDITIONS``, the add-on words ``ADDON``), bound by those
# modules once they are built (``bind``, ``bind_facets``): this module imports neither,
# so no import circle runs through it.
W = None
F = SimpleNamespace(EDITIONS=frozenset(), ADDON=frozenset())


def bind(wordclass) -> None:
    """Read the word tables of module ``wordclass`` (called at its end)."""
    global W
    W = wordclass
    _NEVER.clear()
    _NEVER.update(W.VARIANT | frozenset(T.VARIANTS) | W._EDITION_WORDS | F.EDITIONS)


def bind_facets(editions, addon) -> None:
    """Read the tier and add-on words of ``facets`` (called at its end)."""
    F.EDITIONS, F.ADDON = frozenset(editions), frozenset(addon)
    _NEVER.update(F.EDITIONS)

# --- how a program, a game or a licence is delivered: a phrase of the shop's
# (each word of one inside p's title says nothing the other contradicts)
DELIVERY_PHRASES = tuple(tuple(ph.split()) for ph in (
    "online game code", "online code", "game code", "digital code", "download code", "activation code",
    "app store", "mac app store", "ea app", "ea app key", "microsoft store", "epic games store",
    "lifetime access", "lifetime license", "lifetime licence", "lifetime free updates", "free updates",
    "lifetime updates", "full version", "full license", "full licence", "email delivery", "instant access",
    "instant download", "digital download", "pc download", "mac download", "key card", "product key",
    "retail box", "boxed version", "perpetual license", "perpetual licence",
))
_DELIVERY_WORDS = frozenset(w for ph in DELIVERY_PHRASES for w in ph)
_DELIVERY_BY_WORD: dict = {}
for _ph in DELIVERY_PHRASES:
    for _w in _ph:
        _DELIVERY_BY_WORD.setdefault(_w, []).append(_ph)

# variant, edition and tier words: never waved away (``bind``, ``bind_facets``)
_NEVER: set = set()


def _never() -> set:
    return _NEVER


def _phrase_at(ws, ph, i) -> bool:
    return ws[i:i + len(ph)] == list(ph)


def delivery_phrase(w: str, p, other):
    """A word of a delivery or licence phrase of p's title (``DELIVERY_PHRASES``)."""
    ws = p.words
    for ph in _DELIVERY_BY_WORD.get(w, ()):
        for k, x in enumerate(ph):
            if x != w:
                continue
            for i, y in enumerate(ws):
                if y == w and i >= k and _phrase_at(ws, ph, i - k):
                    return 1
    return None


_VERSION = re.compile(r"^(?:v(\d{1,2})|(\d{1,2})\.0)$")


def _version_number(w: str):
    m = _VERSION.match(w)
    if m is None:
        return None
    return m.group(1) or m.group(2)


def version_written(w: str, p, other):
    """A version number one title writes "v15" or "15.0" and the other "15",
    "v15", "15.0" or "Version 15", after a word both print (the program's
    name): the same number - 2."""
    n = _version_number(w)
    if n is None:
        return None
    ow = other.words
    forms = {n, "v" + n, n + ".0"}
    for j, x in enumerate(ow):
        if x in forms and x != w and j and (ow[j - 1] in p.wordset or ow[j - 1] == "version"):
            return 2
    return None


def _initials(words) -> str:
    return "".join(x[0] for x in words)


def _name_runs(ws):
    """(start, end, initials) of each run of 2-3 words of ``ws`` (a lone
    possessive "s" inside skipped: "Assassin's Creed" is "AC")."""
    return _runs_of(tuple(ws))


@cached(1 << 14)  # (a memo: ``memos``)
def _runs_of(ws: tuple) -> tuple:
    out = []
    for s in range(len(ws)):
        if not ws[s].isalpha() or ws[s] in W.FUNCTION:
            continue
        run = []
        e = s
        while e < len(ws) and len(run) < 3:
            x = ws[e]
            if x == "s" and run:
                e += 1
                continue
            if not x.isalpha():
                break
            run.append(x)
            e += 1
            if len(run) >= 2:
                out.append((s, e, _initials(run)))
    return tuple(out)


def _number_forms(x: str) -> frozenset:
    """A number as digits and roman ("7", "vii")."""
    if x.isdigit():
        r = {v: k for k, v in T.ROMAN_NUM.items()}.get(x)
        return frozenset((x, r)) if r else frozenset((x,))
    d = T.ROMAN_NUM.get(x)
    return frozenset((x, d)) if d else frozenset()


# (session 39, ou39: a model's number of up to four digits too - "GP5000" / "Grand Prix 5000")
_GLUED = re.compile(r"^([a-z]{2,4})(\d{0,2}|\d{4})$")


def _acronym_word(a: str, ws_other_set) -> bool:
    """Can ``a`` be initials: 2-4 letters, a number of 1-2 digits glued on or
    not, no word of a table (kind, filler, function, variant, marketing)."""
    m = _GLUED.match(a)
    return (m is not None and a not in ws_other_set and a not in W.FUNCTION and a not in W.FILLER
            and a not in W.CATEGORY and a not in W.MARKETING and a not in _never())


def _abbreviates(a: str, ws) -> tuple | None:
    """(start, end) of the run of ``ws`` that ``a`` ("gt7", "ac") writes as its
    initials, or None: with a number glued on, the run followed by that number
    (digits or roman: "FF7" / "Final Fantasy VII"); without one, a run with a
    possessive "s" inside ("AC" / "Assassin's Creed": ``wordclass._acronym_of``
    reads the runs without one)."""
    m = _GLUED.match(a)
    if m is None:
        return None
    letters, num = m.group(1), m.group(2)
    for s, e, ini in _name_runs(ws):
        if ini != letters:
            continue
        if not num:
            if "s" in ws[s:e]:
                return s, e
            continue
        if e < len(ws) and num in _number_forms(ws[e]) | {ws[e]}:
            return s, e + 1
    return None


def initials_number(w: str, p, other):
    """A name written as its initials by one shop ("GT7" / "Gran Turismo 7",
    "FF7" / "Final Fantasy VII", "AC Mirage" / "Assassin's Creed Mirage"), and
    each word of that name on the other side: written otherwise - 2.  The
    initials are a word of 2-4 letters (a number of 1-2 digits glued on) that
    the title with the words never prints, and a word both titles print stands
    beside the initials and the name (``_anchored``)."""
    if w in _never():
        return None
    # (``_acronym_word(w, p.wordset - {w})``: ``w`` is never in that set, so the table test alone)
    if _acronym_shape(w) and w not in other.wordset and _is_run_initials(_GLUED.match(w).group(1), other):
        r = _abbreviates(w, other.words)
        if r is not None and _anchored(w, p.words, other.words, r):
            return 2
    if w.isalpha() or w.isdigit():
        ws = p.words
        own = p.wordset
        # (the other's words that can be initials, once per offer; ``_abbreviates(a, ws)`` finds
        # a run only where a's letters are the initials of a run of p's title - session 19, speed)
        for a, letters in _acronym_words(other):
            if a in own or not _is_run_initials(letters, p):
                continue
            r = _abbreviates(a, ws)
            if r is not None and w in ws[r[0]:r[1]] and _anchored(a, other.words, ws, r):
                return 2
    return None


def _acronym_shape(a: str) -> bool:
    """``_acronym_word(a, s)`` for a set ``s`` without ``a``: its tests of the word alone."""
    return (_GLUED.match(a) is not None and a not in W.FUNCTION and a not in W.FILLER
            and a not in W.CATEGORY and a not in W.MARKETING and a not in _never())


@per_offer
def _acronym_words(q) -> tuple:
    """(word, its letters) of each word of q's title that can be initials (``_acronym_shape``):
    ``_acronym_word(a, own)`` is ``a not in own`` and this."""
    return tuple((a, _GLUED.match(a).group(1)) for a in q.wordset if _acronym_shape(a))


def _is_run_initials(letters: str, p) -> bool:
    """Are ``letters`` the initials of a run of p's title (``_name_runs``)?  A run is 2-3 words
    standing together but for lone "s" words between them, so its initials stand in the title's
    initials (``wordclass._initials``) with only "s" between them: where they do not, no run
    (read without the runs, most titles' case)."""
    n = len(letters)
    if n > 3:
        return False  # (runs of 2-3 words)
    ini = W._initials(p.words)
    m = len(ini)
    first = letters[0]
    i = ini.find(first)
    while i >= 0:
        j = i + 1
        k = 1
        while k < n:
            c = letters[k]
            while j < m and ini[j] != c and ini[j] == "s":
                j += 1
            if j >= m or ini[j] != c:
                break
            j += 1
            k += 1
        if k == n:
            return letters in _run_initials(p)
        i = ini.find(first, i + 1)
    return False


@per_offer
def _run_initials(p) -> frozenset:
    """The initials of p's runs of words (``_name_runs``): ``_abbreviates(a, p.words)`` is None
    where a's letters are none of them."""
    return frozenset(ini for _s, _e, ini in _name_runs(p.words))


def _anchored(a: str, aws, nws, r) -> bool:
    """Is the name (``nws[r[0]:r[1]]``) written as initials ``a`` in ``aws``
    beside a word both titles print (the next word, the previous, or the
    platform / kind around it)?"""
    s, e = r
    i = aws.index(a)
    near_a = set(aws[max(0, i - 2):i] + aws[i + 1:i + 3])
    near_n = set(nws[max(0, s - 2):s] + nws[e:e + 3])
    return bool((near_a & near_n) - W.FUNCTION) or (not nws[:s] and not aws[:i] and bool(near_a & set(nws)))


def short_platform(w: str, p, other):
    """A platform's short name ("NSW") the other writes out ("Nintendo Switch"):
    the same platform - 2 (``wordclass.PLATFORM_SHORT``)."""
    full = W.PLATFORM_SHORT.get(w)
    if full is not None and full in other.wordset:
        return 2
    lines = W._MAKER_OF.get(w)
    if lines is not None and any(W.PLATFORM_SHORT[s] in lines for s in other.wordset if s in W.PLATFORM_SHORT):
        # (the platform's maker, "Nintendo Switch", the other printing the short name: as
        # ``wordclass._maker_name`` does for "Switch")
        return 1
    return None


def shared_kind_description(w: str, p, other):
    """A word of a long title's description after the kind word closing its
    name (as ``wordclass._description``), that kind word printed by the other
    title too: p's title at least twice as long as the other's, two words of
    the other's title that are no colour before the kind word.  (Apart from
    ``wordclass._description``, which reads a kind word only p prints: with the
    kind on both sides the words left are fewer, so this one waves away no
    colour and nothing past a shade one title qualifies, ``_shade_one_side``.)"""
    ws, ow = p.words, other.words
    if len(ow) < 3 or len(ws) < 2 * name_length(other, p) or w in _never() or w in T.COLOURS:
        return None  # (a colour closing a description is the product's: "... - Graphite")
    first = ws.index(w)
    if first + 1 < len(ws) and ws[first + 1] in W._EDITION_WORDS:
        return None
    if _shade_one_side(ow, p.wordset) or _shade_one_side(ws, other.wordset):
        return None
    seen = 0
    oset = other.wordset
    for i in range(first):
        x = ws[i]
        if seen >= 2 and x in W.CATEGORY and x in oset:
            return 1
        if x in oset and x not in T.COLOURS and x not in W.FUNCTION and x != p.brand:
            seen += 1
    return None


def _shade_one_side(ws, oset) -> bool:
    """Does a title (words ``ws``) qualify a colour by a word the other (``oset``) never
    prints ("Pale Grey" / "Graphite": both grey to the colour facet, two colours)?  Then
    no description is waved away: the words left may be all that tells the two apart."""
    for i in range(1, len(ws)):
        x = ws[i - 1]
        if ws[i] in T.COLOURS and x not in oset and x.isalpha() and x not in T.COLOURS and x not in W.FUNCTION:
            return True
    return False


STEPS = (
    (lambda w: w in _DELIVERY_WORDS, delivery_phrase),
    (lambda w: _VERSION.match(w) is not None, version_written),
    (lambda w: True, initials_number),
    (lambda w: w in W.PLATFORM_SHORT or w in W._MAKER_OF, short_platform),
    (lambda w: len(w) >= 5 and w.isalpha(), _ou39.maker_shortened),  # (session 39, ou39: "Conti" / "Continental")
    (lambda w: w not in _never(), shared_kind_description),
)


# --- a retailer's own name closing its title ("... | Best Buy", "... - Home Depot",
# "... | Walgreens"): the shop's page, never the product (``titles.site_suffix_words`` keeps a
# site name of known words only when it is one word or only rare ones; a retailer's name is
# often two common words)
_RETAILER_WORDS: dict = {}


def _retailer_names() -> dict:
    """{first word: [word tuple, ...]} of ``wordclass.RETAILER_NAMES`` (cleaned as titles are)."""
    if not _RETAILER_WORDS:
        for name in W.RETAILER_NAMES:
            ws = tuple(T.words(T.clean(name)))
            if ws:
                _RETAILER_WORDS.setdefault(ws[0], []).append(ws)
    return _RETAILER_WORDS


def retailer_name(w: str, p, other):
    """A word of a retailer's name (``wordclass.RETAILER_NAMES``) that is the whole last
    segment of p's title after a separator (" | ", " - ", ","; "Walmart.com" too): the page's
    shop - 1.  The title before it has two words at least."""
    segs = p.segs
    ws = p.words
    if not segs or len(ws) < 3:
        return None
    last = segs[-1]
    start = len(segs) - segs[::-1].index(last - 1) if (last - 1) in segs else None
    if start is None or start < 2:
        return None
    tail = ws[start:]
    if w not in tail:
        return None
    if tail[-1] == "com":
        tail = tail[:-1]
    for name in _retailer_names().get(tail[0], ()):
        if tuple(tail) == name:
            return 1
    return None


# --- a software catalogue's abbreviations of licence terms and delivery forms ("DL", "ESD",
# "1Y Sub", "Std", "5 Dev", "Fed"): ``wordclass.CATALOGUE_ABBREV``
_TERM = re.compile(r"^(\d{1,2})(?:y|yr)$")


def catalogue_abbrev(w: str, p, other):
    """A catalogue's abbreviation: of a word the other prints ("Std" / "Standard", "Sub" /
    "Subscription", "Dev" / "Devices") - 2; of a delivery form or licence term, words no
    product is told by ("DL" = download, "ESD" = electronic delivery, "Sub" after a term) - 1;
    a term "1Y" the other gives as that many years ("1 Year", "12 Months") - 2."""
    if any(W.CATALOGUE_ABBREV.get(x) == w for x in other.wordset):
        return 2  # (the word written out, the other's abbreviation of it: "Federal" / "Fed")
    full = W.CATALOGUE_ABBREV.get(w)
    if full is not None:
        if full in other.wordset or (full + "s") in other.wordset:
            return 2
        if full in W.FILLER and (w not in W.CATALOGUE_IN_TERM or _after_term(w, p)):
            return 1
        if full in W._DEFAULT_EDITION and other.wordset.isdisjoint(_never()):
            return 1  # (the default edition, the other naming no edition or tier: "Std")
        return None
    m = _TERM.match(w)
    if m is not None:
        dur = other.units.get("dur") if other.units else None
        if dur and dur == frozenset((365.0 * int(m.group(1)),)):
            return 2
    return None


_TERM_ANY = re.compile(r"^\d{1,2}(?:y|yr|yrs|year|years|m|mo|mos|month|months)$")


def _catalogue_full() -> frozenset:
    """The words ``wordclass.CATALOGUE_ABBREV`` abbreviates (a table of the code's own words,
    built when a gate first asks - every module has extended the table by then - and kept:
    session 23, speed, it was built again for each new word ``_steps_of`` read)."""
    global _CATALOGUE_FULL
    if _CATALOGUE_FULL is None:
        _CATALOGUE_FULL = frozenset(W.CATALOGUE_ABBREV.values())
    return _CATALOGUE_FULL


_CATALOGUE_FULL = None


def _after_term(w: str, p) -> bool:
    """Does ``w`` follow a licence term ("1Y Sub", "1 Year Sub", "12M Sub")?"""
    ws = p.words
    return any(x == w and i and _TERM_ANY.match(ws[i - 1]) for i, x in enumerate(ws))


STEPS = STEPS + (
    (lambda w: w == "com" or any(w in n for ns in _retailer_names().values() for n in ns), retailer_name),
    (lambda w: w in W.CATALOGUE_ABBREV or w in _catalogue_full() or _TERM.match(w) is not None, catalogue_abbrev),
)



# --- a unit's number written in thousands ("PowerCore 10K" / "PowerCore 10000", "24K" / "24,000mAh")
_THOUSANDS = re.compile(r"^(\d{1,3})k$")


def thousands_written(w: str, p, other):
    """A number one title writes in thousands, "10K", the other in full, "10000" or
    "10000mAh" - and the other way: the same number - 2."""
    m = _THOUSANDS.match(w)
    if m is not None:
        full = str(int(m.group(1)) * 1000)
        return 2 if any(x == full or (x.startswith(full) and x[len(full):].isalpha()) for x in other.wordset) else None
    if w.isdigit() and len(w) >= 4 and w.endswith("000"):
        short = str(int(w) // 1000) + "k"
        return 2 if short in other.wordset else None
    return None


# --- "Gas Powered" / "Gas", "Battery Operated" / "Battery": the power source, said twice
_POWERED = frozenset("powered operated driven fueled fuelled".split())


def powered_by(w: str, p, other):
    """"Powered" / "Operated" after a word both titles print (the power source, "Gas Powered
    Pizza Oven" / "Gas Pizza Oven") - 1."""
    if w not in _POWERED:
        return None
    ws = p.words
    return 1 if any(x == w and i and ws[i - 1] in other.wordset for i, x in enumerate(ws)) else None


STEPS = STEPS + (
    (lambda w: _THOUSANDS.match(w) is not None or (w.isdigit() and len(w) >= 4), thousands_written),
    (lambda w: w in _POWERED, powered_by),
)


# --- a software title's list of what the program does or holds, after its name ("Nitro PDF Pro 14 |
# Edit, Convert, Sign PDFs | Perpetual License", "Microsoft Office Home & Student 2021 | Word, Excel,
# PowerPoint | ...", "Paragon Hard Disk Manager Advanced | Backup, Partition, Disk Wipe | 1 PC")
_PARTS = re.compile(r"\s[-|:]\s|[|()\[\]]|:\s")
_ITEMS = re.compile(r",|\s(?:&|and|\+)\s")
_SOFTWARE_CONTEXT = frozenset("""
software windows win mac pc ios android linux license licence download subscription code key steam
antivirus vpn program programme app apps
""".split())


def _list_parts(p) -> tuple:
    """The words of each part of p's title after its first that lists three items or more
    (parts between " | ", " - ", brackets; items between commas, "&", "and", "+")."""
    c = p.facets.get("_cleaned") if p.facets else None
    if not c or "," not in c:
        return ()
    return _list_parts_of(c)


@cached(1 << 14)  # (a memo: ``memos``)
def _list_parts_of(c: str) -> tuple:
    out = []
    for part in _PARTS.split(c)[1:]:
        if part and part.count(",") >= 1 and len([x for x in _ITEMS.split(part) if x.strip()]) >= 3:
            out.append(frozenset(T.words(part)))
    return tuple(out)


def function_list(w: str, p, other):
    """A word of a list of three items or more in a part of a software title after its
    name ("| Edit, Convert, Sign PDFs |", "| Word, Excel, PowerPoint |"): what the program
    does or holds, told by the other title's name - 1.  Not in a list that names an
    edition, a tier, a variant or an add-on ("| Java & Bedrock Edition, ..."), nor without a
    sign of software on either side (a shop's list of a device's features is
    ``segments.in_feature_list``'s).  Not where the other title prints items of the list too:
    then the item it lacks names another edition ("| Word, Excel, PowerPoint, Outlook |" is
    Office Home & Business, "| Word, Excel, PowerPoint |" Home & Student)."""
    if not w.isalpha() or len(w) < 2 or w in _never() or w in T.COLOURS:
        return None
    parts = _list_parts(p)
    if not parts:
        return None  # (most titles list nothing: the tests below need a list - session 19, speed)
    if _SOFTWARE_CONTEXT.isdisjoint(p.wordset) and _SOFTWARE_CONTEXT.isdisjoint(other.wordset) \
            and "software" not in W._kinds_named(p) and "software" not in W._kinds_named(other):
        return None
    addon = F.ADDON | _ADDON_NAMES
    for part in parts:
        if w in part and part.isdisjoint(_never()) and part.isdisjoint(addon) \
                and part.isdisjoint(other.wordset) \
                and len(p.wordset & other.wordset - part - W.FUNCTION) >= 2:
            return 1
    return None


# (an add-on's words: "Expansion Pack", "Season Pass", "Add-on")
_ADDON_NAMES = frozenset("expansion expansions pass addon addons erweiterung".split())

STEPS = STEPS + ((lambda w: w.isalpha() and len(w) >= 2, function_list),)
