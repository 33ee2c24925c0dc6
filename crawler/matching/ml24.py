"""Session 24 (ml24): words one shop writes in its language that the other writes otherwise.

Recall on multilingual pairs - one product titled in two languages, or by two shops of one
country - whose titles agree on the name but for a word the tables did not read as the other
title's.  Each rule is a kind of word read against the other title, never a pair's words:

* a maker's name for a colour before or after the plain colour ("Midnight Black", "Onyx Black",
  "Titanium Gray") against a title that names that colour alone in another language ("Negro",
  "Czarny", "Siyah", "Hitam"): the shop that translates the colour leaves the maker's name for
  it out (``wordclass._translated_shade`` reads this against a title in another script; here
  against a Latin title whose colour word is not the Latin title's own word - "Midnight Black" /
  "Black", one language, stays a word the other lacks).  Not a tone or a finish ("Light",
  "Matte"), nor where the other names two colours.
* a compound word of the Germanic, Nordic and Finno-Ugric languages, written as one word where
  the other title writes its parts ("Mjölkchokladkaka" = "Mjölkchoklad" + "kaka", the bar;
  "Deospray" = deodorant spray; "Titangrå" = "Titanium Gray"; "grafitszürke" = graphite grey):
  each part is a word the other title prints (as it is or as the same value in another
  language: a kind, a colour, a synonym, a spec) or a word naming the product's kind, form or
  pack; at least one part is the other title's.  A part that is a spec the other contradicts
  ("Bohnenkaffee" against "Instant Coffee") or a word no table reads ("Kinderzahnpasta": who it
  is for) keeps the compound a word the other lacks.
* a few concepts the tables lacked, in all the shops' languages (``install``): a dishwasher
  tablet's form ("pastiglie", "pastillas", "tabletki"), toothpaste's adjective ("pasta
  dentífrica"), glue ("adhesive", "klej", "ragasztó"), a wall plug ("Dübel", "cheville",
  "hmoždinka"), a cleaning agent ("čisticí přípravek"), washing the dishes ("mytí nádobí"), a
  count as Hindi shops transliterate it ("काउंट").

Steps of ``wordclass.rewording`` (``install`` appends them): each answers for one word of p's
title the other offer never prints - 1 (no disagreement), 2 (the other title writes it otherwise: a
word the titles share) or None.
"""

from __future__ import annotations

from .memos import cached, memo
from .offermemo import per_offer
from . import cl42 as _cl42  # (session 42, cl42: a leaf module)
from . import we38 as _we38  # (fxwe38: a leaf module - an Italian size suffix, ``we38.suffix_apart``)

# --------------------------------------------------------------------------
# the tables (folded to ASCII, as ``titles`` cleans words)
# --------------------------------------------------------------------------
# the form of dishwasher and laundry tablets, in the shops' languages (as "tabs" / "tablets")
_FORMS = {
    "tablets": "pastiglie pastiglia pastillas pastilhas pastilles tabletki tabletek tablety tablet tabletta "
               "tablettak tabletter tabletit tabletti",
}
# one value written otherwise (a synonym stays an identifying word: both titles name it)
_SYNONYMS = {
    "glue": "adhesive adhesivo adesivo colle colla klebstoff klej lepidlo ragaszto lijm tutkal yapistirici",
    "wall plug": "dubel dubeln hmozdinka hmozdinky kolek kolki cheville chevilles tassello tasselli taco tacos "
                 "pluggen plugg plugs",
    # Hindi grocery words as the Devanagari reader spells them ("गेहूं सेब": wheat, apple)
    "wheat": "wheat gehun gehu",
    "apple": "seb",
}
# the language of a book, a game or a label, in the Romance languages' adjectives (as "German")
_LANGUAGES = {
    "italian": "italiana italiano italiani italiane italienisch",
    "english": "inglese ingles inglesa anglais anglaise englisch",
    "german": "tedesca tedesco aleman alemana allemand allemande",
    "french": "francese frances francesa francaise franzosisch",
    "spanish": "spagnola spagnolo espanol espanola espagnol spanisch",
}
# the market a phone or a device is sold for, in more words (as "Global")
_REGIONS = {"global": "international internacional internazionale internationale globalnaya globalnaja "
                      "mezhdunarodnaya"}
# a container's form: one title naming it and the other none is no disagreement ("Squeeze Bottle")
_PACKAGE_FORMS = {"squeeze": "squeeze squeezable squeezy"}
# kinds written in several words
_KIND_PHRASES = {
    "toothpaste": ("pasta dentifrica", "pasta de dientes", "pasta dental", "pasta de dentes", "pasta do zebow",
                   "dentifrico", "dentifricio"),
    "cleaner": ("cistici pripravek", "cistiaci prostriedok", "srodek czyszczacy", "cistici prostredek"),
    "dish soap": ("na myti nadobi", "myti nadobi", "mytie riadu", "do mycia naczyn", "na mytie riadu"),
}
_KINDS = {
    "toothpaste": "dentifrica dentifrice dentifrices dentifricio dentifrico",
}
# shop words around a count (a count is compared by the number rules): Hindi "काउंट" read by its
# sound ("kaunt"), as "count"
_FILLER = ("kaunt kaunts "
           # a pack's size class as German and Dutch shops name it ("Vorratspack", "Sparpack",
           # "Monatsbox"): the count says it
           "vorratspack vorratspackung sparpack sparpaket monatspack monatsbox voordeelverpakking "
           "voordeelpak")


# --------------------------------------------------------------------------
# a maker's colour name against a colour translated in a Latin title
# --------------------------------------------------------------------------
_W = None  # the ``wordclass`` module (``install``)
_T = None  # the ``titles`` module


def shade_translated(w: str, p, o) -> int | None:
    """1 when ``w`` is a maker's word for a colour standing beside a plain colour of p's title
    ("Midnight Black", "Titanium Gray", "Graphite Black") and the other title, in Latin letters,
    names that colour alone in another word ("Negro", "Czarny", "Siyah") - the shop translated
    the colour and left the maker's name for it out."""
    W, T = _W, _T
    t = o.rawtitle
    if not w.isalpha() or type(t) is not str or W._NON_LATIN(t):
        return None  # (a title in another script: ``wordclass._translated_shade``)
    if w in W._SHADE_TONES or w in W.VARIANT or w in T.VARIANTS or w in W.FUNCTION:
        return None
    if w in W.CATEGORY or w in W._SPEC_OF:
        return None
    if (w not in T.COLOURS and w not in W._COLOUR_NAME_WORDS and w not in _MAKER_SHADES
            and not _cl42.closing_after_colour(w, p.words, T.COLOURS, p.rawtitle)):
        return None  # (session 42, cl42: or the maker's word closing the title after it, "White Smoke")
    ocol = o.facets.get("colour")
    if not ocol or len(ocol) != 1:
        return None
    ows = o.wordset
    ws = p.words
    found = False
    for i, x in enumerate(ws):
        if x != w:
            continue
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        prev = ws[i - 1] if i else None
        for y in (nxt, prev):
            c = T.COLOURS.get(y) if y is not None else None
            if (c is not None and c in ocol and y != w and y not in ows
                    and _translated_alone(c, o)):
                found = True
                break
        else:
            return None
    return 1 if found else None


# makers' words for a colour the tables do not read as colours (besides ``wordclass.
# _COLOUR_NAME_WORDS`` and the colours of ``titles.COLOURS`` that qualify another: "Midnight",
# "Graphite", "Titanium")
_MAKER_SHADES = frozenset("""
slate desert natural powder sierra alpine pacific mineral storm thunder twilight
""".split())


# colour words of English (plain colours and the shades makers and shops name in English): a
# title naming the colour by one of them names it in p's language, maybe another shade of it
# ("Graphite" / "Space Grey" are two mice)
_ENGLISH_COLOURS = frozenset("""
black white grey gray silver red blue green yellow orange pink purple brown beige gold golden bronze
graphite charcoal gunmetal anthracite navy aqua turquoise cyan crimson scarlet burgundy ivory cream
sand tan olive mint khaki teal lime lavender lilac violet magenta fuchsia champagne copper titanium
midnight starlight platinum rose stainless clear transparent
""".split())


def _translated_alone(c: str, o) -> bool:
    """Does the other title name colour ``c`` only by words of another language than English,
    none beside a maker's word for a colour?"""
    T, W = _T, _W
    ws = o.words
    seen = False
    for i, y in enumerate(ws):
        if T.COLOURS.get(y) != c:
            continue
        if y in _ENGLISH_COLOURS:
            return False
        for z in ws[max(0, i - 1):i + 2]:
            if z != y and (z in W._COLOUR_NAME_WORDS or z in _MAKER_SHADES or z in T.COLOURS):
                return False
        seen = True
    return seen


# --------------------------------------------------------------------------
# compound words
# --------------------------------------------------------------------------
_LINKS = ("", "s", "n", "en", "e", "o")
_PART_MIN = 3
_COMPOUND_MIN = 7


def _value(x: str):
    """The concept a word names in the tables (a kind, a colour, a synonym, a spec), or None."""
    W, T = _W, _T
    c = W.CATEGORY.get(x)
    if c is not None:
        return ("kind", c)
    c = T.COLOURS.get(x)
    if c is not None:
        return ("colour", c)
    c = W.SYNONYM.get(x)
    if c is not None:
        return ("syn", c)
    c = W._SPEC_OF.get(x)
    if c is not None:
        return ("spec",) + tuple(c)
    return None


def _descriptor(x: str) -> bool:
    """A word naming the product's kind, form, pack or a shop's filler (no name of its own)."""
    W = _W
    return x in W.CATEGORY or x in W._SPEC_OF or x in W.FILLER or x in W.FUNCTION


def _known(x: str) -> bool:
    W, T = _W, _T
    return (x in W.CATEGORY or x in W._SPEC_OF or x in W.FILLER or x in W.SYNONYM or x in T.COLOURS
            or x in W.FUNCTION)


def _splits(w: str):
    """(head, tail) readings of ``w`` as two words (a linking letter or two between them
    dropped), each of ``_PART_MIN`` letters or more, the tail or the head a word the tables
    know."""
    n = len(w)
    for k in range(_PART_MIN, n - _PART_MIN + 1):
        head, tail = w[:k], w[k:]
        if _known(tail) or _known(head):
            yield head, tail
        for link in _LINKS[1:]:
            if head.endswith(link) and len(head) - len(link) >= _PART_MIN:
                h = head[:-len(link)]
                if _known(tail) or _known(h):
                    yield h, tail


def compound_written_apart(w: str, p, o) -> int | None:
    """2 when ``w`` is one word of two parts the other title names (module docstring)."""
    if len(w) < _COMPOUND_MIN or not w.isalpha():
        return None
    ows = o.wordset
    # (one part at least is a word the other title prints as it is: the first or the last)
    if not any(len(y) >= _PART_MIN and y != w and (w.startswith(y) or w.endswith(y)) for y in ows):
        return None
    ovals = None
    for head, tail in _splits(w):
        if head == tail:
            continue
        printed = 0
        ok = True
        for x in (head, tail):
            if x in ows:
                printed += 1
                continue
            v = _value(x)
            if v is not None:
                if ovals is None:
                    ovals = {_value(y) for y in ows}
                    ovals.discard(None)
                if v in ovals:
                    printed += 1
                    continue
            if _descriptor(x) and not (x in _W._SPEC_OF and _W.spec_clash(x, o)) and not _kind_clash(x, o):
                continue
            ok = False
            break
        if ok and printed and (head in ows or tail in ows):
            return 2
    return None


def _kind_clash(x: str, o) -> bool:
    """Is ``x`` a kind and the other title names another kind and not this one?"""
    W = _W
    k = W.CATEGORY.get(x)
    if k is None:
        return False
    okinds = {W.CATEGORY[y] for y in o.wordset if y in W.CATEGORY}
    return bool(okinds) and k not in okinds


# --------------------------------------------------------------------------
# one word in two languages' spelling, read by its consonants
# --------------------------------------------------------------------------
_VOWELS = str.maketrans("", "", "aeiouy")
_SKELETON_MIN = 4
_L = None  # the ``lingua`` module


@cached(100_000)  # (memoised per word: session 25, speed)
def skeleton(w: str) -> str:
    """The consonants of ``w``'s cognate key (``lingua.cognate_key``: "c" / "k", "ph" / "f",
    "sch" / "sh" ... read as one letter, an inflection's ending dropped), each doubled one once:
    "portabel" / "portable" "prtbl", "komplett" / "completo" "kmplt", "professionnel" /
    "professional" "prfsnl"."""
    c = _L.cognate_key(w).translate(_VOWELS)
    return "".join(ch for i, ch in enumerate(c) if i == 0 or c[i - 1] != ch)


def cognate_by_consonants(w: str, p, o) -> int | None:
    """2 when ``w`` (a word of p's title the other never prints) and a word the other title
    prints and p's does not are one word in two languages' spelling: the same consonants in
    the same order, four or more, the same first letter once spelt alike ("Komplett" /
    "completo", "portabel" / "portable", "multifonction" / "multifunction") - as
    ``lingua.cognate_in`` reads one word, but with the vowels a language writes otherwise and a
    first "c" / "k" read alike.  Not a word of the tables with another value than the other's
    (two kinds, two colours, two specs), nor one word with a letter doubled ("dessert" /
    "desert"), nor a variant word."""
    L, W, T = _L, _W, _T
    if len(w) < _COG_MIN or not w.isalpha() or w in L._NOT_INFLECTED() or w in L._COLOUR_WORDS() \
            or w in W.VARIANT or w in T.VARIANTS:
        return None
    pw = p.wordset
    iw = _initial(w)
    n = len(w)
    sk = kw = vw = None
    for v, iv in _consonant_words(o):
        if v in pw or abs(len(v) - n) > 3 or iv != iw:
            continue
        if sk is None:
            # (the word's own key and skeleton, once a word of the other may be its cognate)
            sk = skeleton(w)
            if len(sk) < _SKELETON_MIN:
                return None
            kw = L.cognate_key(w)
            vw = _value(w)
        kv = L.cognate_key(v)
        if kv[:1] != kw[:1] or L._single_letters(v) == L._single_letters(w):
            continue
        if skeleton(v) != sk:
            continue
        if _we38.suffix_apart(w, v):
            continue  # (fxwe38: "Tortellini" / "Tortelloni", "Spaghettini" / "Spaghettoni" are two products)
        vv = _value(v)
        if vw is not None and vv is not None and vv != vw:
            continue
        return 2
    return None


_COG_MIN = 5


@per_offer
def _consonant_words(p) -> tuple:
    """(session 25, speed) (word, its ``_initial``) of the words of p's title a word of another
    title may be a cognate of by its consonants (``cognate_by_consonants``: five letters or more,
    letters only, none of the tables' inflection-free, colour or variant words), once per offer."""
    L, W, T = _L, _W, _T
    no, colours = L._NOT_INFLECTED(), L._COLOUR_WORDS()
    return tuple([(v, _initial(v)) for v in p.wordset
                  if len(v) >= _COG_MIN and v.isalpha() and v not in no and v not in colours
                  and v not in W.VARIANT and v not in T.VARIANTS])
_INITIAL = {"c": "k", "q": "k", "z": "s", "w": "v", "y": "i"}


def _initial(w: str) -> str:
    """A word's first sound, as the cognate key spells it (a cheap gate before the key)."""
    if w[:2] == "ph":
        return "f"
    if len(w) > 5 and w[:2] == "es" and w[2] not in "aeiou":
        return "s"  # (a Spanish "es" before a consonant: the key drops the "e")
    c = w[:1]
    return _INITIAL.get(c, c)


# --------------------------------------------------------------------------
# a Japanese or Korean word written together with its neighbour, or apart
# --------------------------------------------------------------------------
# Katakana and hangul words are spaced as a shop likes: "오뚜기카레" / "오뚜기 카레", "약간 매운맛" /
# "약간매운맛", "ウイルスバスター クラウド" / "ウイルスバスタークラウド".  The reader keeps a native word it
# does not know as one opaque word, its reading (``cjk.OPAQUE`` + script + ``anyascii``), so one
# shop's two words are a word the other lacks.  Such a word is written in the other title when
# its reading is a piece of the reading of the other title's katakana and hangul run together
# (spaces and other characters left out): the other shop printed the same letters.  A longer
# word of the other title (a word more glued on: "아주매운맛", very spicy) is still a word p's
# title lacks, so the titles agree only where each side's words are the other's letters.
_SPELLED_KEYS = frozenset(("cjkk", "cjkh", "cjkg"))
_SPELLED_MIN = 4  # (letters of the reading: two syllables or more)
_PHONETIC_CHARS = None
_COMPACT_MEMO: dict = memo({})


def _phonetic_compact(title: str) -> str:
    """The reading of a title's kana and hangul letters, all run together."""
    r = _COMPACT_MEMO.get(title)
    if r is None:
        import re
        import unicodedata
        from anyascii import anyascii

        global _PHONETIC_CHARS
        if _PHONETIC_CHARS is None:
            _PHONETIC_CHARS = re.compile("[^\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]+")
        # (as the reader spells a word: NFKD without its combining marks - "バ" is read "ha" -,
        # a hangul syllable put together again)
        t = "".join(ch for ch in unicodedata.normalize("NFKD", title) if not unicodedata.combining(ch))
        t = _PHONETIC_CHARS.sub("", t)
        r = re.sub(r"[^a-z0-9]", "", anyascii(unicodedata.normalize("NFC", t)).lower()) if t else ""
        if len(_COMPACT_MEMO) > 4096:
            _COMPACT_MEMO.clear()
        _COMPACT_MEMO[title] = r
    return r


def spaced_otherwise(w: str, p, o) -> int | None:
    """2 when ``w``, an opaque katakana, hiragana or hangul word of p's title, is written in the
    other title's letters, spaced otherwise (above)."""
    t = o.rawtitle
    if w[:4] not in _SPELLED_KEYS or len(w) < 4 + _SPELLED_MIN or type(t) is not str or t.isascii():
        return None
    r = w[4:]
    c = _phonetic_compact(t)
    return 2 if c and r in c else None


# --------------------------------------------------------------------------
# a word of the tables with a case ending of a Slavic language
# --------------------------------------------------------------------------
# Polish, Czech and Slovak shops inflect a noun after a preposition ("z mleka" of milk, "s
# jahodami" with strawberries) and make an adjective of it ("mleczna" / "mléčná" milk, "truskawkowy"):
# the tables hold the noun's plain form ("mleko", "jahoda").  A word whose ending (a case, or an
# adjective's ending - with the consonant the adjective changes: k / cz, k / c, g / z, r / rz) put
# back to the plain form is a word of the tables naming what a word of the other title names
# ("mleka" = "mleko" = milk) is that word in its language.  Only values the other title prints
# (a kind, a colour, a synonym, a spec): a form read otherwise names nothing.
_SLAVIC_ENDINGS = tuple(sorted(set("""
a u y i e o em ie ach ami om ow ego ej ym ymi ych emu ou ym ami ach
na ny ne nej nego nym nych ni nou neho nem ne nu
owy owa owe owej owego owym ovy ova ove oveho ovou ovej
""".split()), key=len, reverse=True))
_PLAIN_ENDINGS = ("", "o", "a", "e", "y", "i", "um")
_ALTERNATIONS = (("cz", "k"), ("c", "k"), ("z", "g"), ("rz", "r"))
_STEM_MIN = 3


def _stems(w: str):
    for e in _SLAVIC_ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= _STEM_MIN:
            stem = w[:-len(e)]
            yield stem
            for a, b in _ALTERNATIONS:
                if stem.endswith(a):
                    yield stem[:-len(a)] + b


def slavic_case(w: str, p, o) -> int | None:
    """2 when ``w`` is a word of the tables with a Slavic case or adjective ending, naming what a
    word of the other title names (above)."""
    if len(w) < _STEM_MIN + 1 or not w.isalpha() or w[:3] == "cjk":
        return None
    ovals = _values_of(o)
    if not ovals or _value(w) is not None:
        return None
    vals = _slavic_values(w)
    return 2 if vals and not ovals.isdisjoint(vals) else None


@cached(50_000)
def _slavic_values(w: str) -> frozenset:
    """(session 25, speed) The values (``_value``) of ``w``'s stems with a plain ending
    (``slavic_case``), memoised per word: a pair only asks whether the other names one."""
    vals = set()
    for stem in _stems(w):
        for r in _PLAIN_ENDINGS:
            cand = stem + r
            if cand == w:
                continue
            v = _value(cand)
            if v is not None:
                vals.add(v)
    return frozenset(vals)


_VALUES_MEMO: dict = memo({})


def _values_of(o) -> frozenset:
    """The values (``_value``) of the words of an offer's title and text, once per offer."""
    key = id(o)
    m = _VALUES_MEMO.get(key)
    if m is not None and m[0] is o:
        return m[1]
    vals = {_value(y) for y in o.wordset}
    vals.discard(None)
    vals = frozenset(vals)
    if len(_VALUES_MEMO) > 4096:
        _VALUES_MEMO.clear()
    _VALUES_MEMO[key] = (o, vals)
    return vals


# --------------------------------------------------------------------------
# the market or language edition a title names
# --------------------------------------------------------------------------
# "(Middle East Version)", "versione italiana", "(глобальная версия)", "Global Version": the word for
# a version beside a market or a language says where the product is sold, which a spec word of
# the language or region dimension compares ("German" / "English" two editions; one side only
# none); the word "version" itself, and the two words of "Middle East", are no name.
_VERSION_WORDS = frozenset("""
version versione versao versión wersja wersji verze verzia versiyon versiyonu versiya versii verziya
""".split())
_MARKET_PHRASES = (("middle", "east"),)


def _market_word(x: str) -> bool:
    spec = _W._SPEC_OF.get(x)
    return spec is not None and spec[0] in ("language", "region")


def market_version(w: str, p, o) -> int | None:
    """1 when ``w`` is the word for a version beside a market or language word of p's title,
    or a word of "Middle East" before such a word, the other title naming another version of
    neither (above)."""
    ws = p.words
    ows = o.wordset
    if w in _VERSION_WORDS:
        for i, x in enumerate(ws):
            if x != w:
                continue
            near = ws[max(0, i - 2):i] + ws[i + 1:i + 3]
            if any(_market_word(y) or y in ("middle", "east") for y in near):
                return 1
        return None
    for a, b in _MARKET_PHRASES:
        if w not in (a, b):
            continue
        for i in range(len(ws) - 1):
            if ws[i] == a and ws[i + 1] == b:
                if any(_market_word(y) for y in ows) or a in ows or b in ows:
                    return None
                return 1
    return None


# --------------------------------------------------------------------------
# a nationality against a title in that nation's language
# --------------------------------------------------------------------------
# "Caykur Rize Turist *Turkish* Black Tea" / "Çaykur Rize Turist Çayı": the English title says
# where the product is from, the other says it by being written in that country's language
# (as ``wordclass._country_in_script`` reads Greek and Thai by their scripts): a Latin title is
# read as in that language where it prints letters only that language writes (Turkish "ı", "ş",
# "ğ"; Polish "ł", "ą", "ę", "ś", "ż", "ź"; Czech "ř", "ů", "ě"; Hungarian "ő", "ű"; Romanian "ș",
# "ț", "ă"; Vietnamese "ơ", "ư", "đ" ...), and p's own title prints none of them.
_NATION_LETTERS = {
    "turkish": "ıİşŞğĞ",
    "polish": "łŁąĄęĘśŚżŻźŹ",
    "czech": "řŘůŮěĚ",
    "hungarian": "őŐűŰ",
    "romanian": "șȘțȚăĂ",
    "vietnamese": "ơƠưƯđĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
}


def nation_in_language(w: str, p, o) -> int | None:
    """1 when ``w`` is a nationality the other title is written in the language of (above)."""
    letters = _NATION_LETTERS.get(w)
    t, pt = o.rawtitle, p.rawtitle
    if letters is None or type(t) is not str or type(pt) is not str or t.isascii():
        return None
    if any(c in t for c in letters) and not any(c in pt for c in letters):
        return 1
    return None


# --------------------------------------------------------------------------
# a short brand leading a Latin title, written in Hebrew or Arabic letters
# --------------------------------------------------------------------------
# A skeleton of two consonants names too many words to excuse a word anywhere (``scripts``:
# "Rabie" / "الروابي"); but the brand a Latin title opens with ("Sano Maxima ...", "Osem Bamba
# ...") against one of the first two words of a Hebrew or Arabic title ("סנו מקסימה ...", "במבה
# אסם ...") of that skeleton is the brand written in that script: the place says which word it is.
def lead_name_in_script(w: str, p, o) -> int | None:
    """2 when ``w`` opens p's Latin title and one of the first two Hebrew or Arabic words of the
    other title has its skeleton of two consonants (above): one word, in two scripts."""
    groups = o.scripts
    ws = p.words
    if not groups or not ws or ws[0] != w or len(w) < 3 or not w.isalpha() or _value(w) is not None:
        return None
    t = p.rawtitle
    if type(t) is not str or _W._NON_LATIN(t):
        return None
    from .scripts import _all_read, latin_skeletons

    sks = {k for k in latin_skeletons(w) if len(k) == 2}
    if not sks or not _all_read(p, groups, o):
        return None  # (and only where the native title says no more than p's: "مياه صحة فوارة" is sparkling)
    for g in groups[:2]:
        if any(k[1:2] == ":" for k in g):
            continue  # (a katakana, hangul or Thai key: no consonant skeleton)
        if not sks.isdisjoint(g):
            return 2
    return None


# --------------------------------------------------------------------------
# the main unit a Japanese shop names
# --------------------------------------------------------------------------
# "本体" (the product itself, not its refill) is the default a shop adds and another leaves out
# ("アタックZERO 洗濯洗剤 液体 本体 400g" / "Attack ZERO Liquid Laundry Detergent 400g"); the reader
# reads it "body", the word of a camera's body (ボディ), which is no default: only 本体, and only
# against a title naming no refill and no kit.
_MAIN_UNIT = "本体"


def main_unit(w: str, p, o) -> int | None:
    t = p.rawtitle
    if w != "body" or type(t) is not str or _MAIN_UNIT not in t or "ボディ" in t:
        return None
    ows = o.wordset
    if "refill" in ows or "refills" in ows or "kit" in ows or "lens" in ows:
        return None
    return 1


# --------------------------------------------------------------------------
# a tier or variant word spelled in Devanagari
# --------------------------------------------------------------------------
def spelled_in_script(w: str, p, o) -> bool:
    """Is ``w``, a tier or variant word of p's title ("Premium", "Professional", "Ultra"), the
    other title's word read from Devanagari letters ("प्रीमियम", "प्रोफेशनल": ``indic.spelled_in``)?
    An Indian shop writes the maker's English word in its script: the same tier, no other one."""
    t = o.rawtitle
    if type(t) is not str or t.isascii():
        return False
    from . import indic

    return bool(indic.HINT(t)) and indic.spelled_in(w, p, o)


def _word_spelled(v: str, p, o) -> bool:
    """Is the tier or variant ``v`` of p's title ("pro", as "Professional" is read) - a word of
    p's title naming it - spelled in the other's Devanagari?"""
    for w in p.words:
        if (w == v or (w.isalpha() and w.startswith(v) and _W.canon(w) == v)) and spelled_in_script(w, p, o):
            return True
    return False


def tiers_spelled(d, p, o) -> bool:
    """Is every tier word of ``d`` (p's, the other lacks) spelled in the other's Devanagari?"""
    return bool(d) and all(_word_spelled(v, p, o) for v in d)


def variants_spelled(a, b) -> bool:
    """Do the variant words of two titles (``Prepared.variants``) differ only by words one title
    prints in Latin letters and the other in Devanagari ones ("Professional" / "प्रोफेशनल")?"""
    d = a.variants ^ b.variants
    if not d or not (a.translit or b.translit):
        return False
    for v in d:
        x, y = (a, b) if v in a.variants else (b, a)
        if not _word_spelled(v, x, y):
            return False
    return True


def spaced_alike(xa, xb) -> bool:
    """Are two runs of words at one place of two titles (``wordclass.variant_differs``' substitution)
    one native name spaced otherwise - every word an opaque katakana, hiragana or hangul word, the
    readings run together the same ("약간 매운맛" / "약간매운맛")?"""
    if not xa or not xb or len(xa) == len(xb):
        return False
    for x in (xa, xb):
        for w in x:
            if w[:4] not in _SPELLED_KEYS:
                return False
    return "".join(w[4:] for w in xa) == "".join(w[4:] for w in xb)


# --------------------------------------------------------------------------
def install(W, T) -> None:
    """Merge the tables into ``wordclass`` (``W``; ``T``: ``titles``) and append the steps to
    its rewordings; free words only (a word a table has keeps its meaning)."""
    global _W, _T, _L
    from . import lingua
    _W, _T, _L = W, T, lingua
    W._add_spec("form", _FORMS)
    W._add_synonyms(_SYNONYMS)
    W._add_kinds(_KINDS, _KIND_PHRASES)
    W._add_spec("package_form", _PACKAGE_FORMS)
    W._add_spec("language", _LANGUAGES)
    W._add_spec("region", _REGIONS)
    W.FILLER = W.FILLER | frozenset(x for x in _FILLER.split() if x not in W.CATEGORY and x not in W.SYNONYM)
    W.GENERIC = frozenset(W.CATEGORY) | W.FILLER
    W._NAME_SKIP = W.FUNCTION | W.FILLER
    W._KINDS = frozenset(W.CATEGORY)
    W._add_steps((
        (str.isalpha, shade_translated),
        (lambda x: len(x) >= _COMPOUND_MIN and x.isalpha(), compound_written_apart),
        (lambda x: len(x) >= _COG_MIN and x.isalpha(), cognate_by_consonants),
        (lambda x: x[:4] in _SPELLED_KEYS and len(x) >= 4 + _SPELLED_MIN, spaced_otherwise),
        (lambda x: len(x) >= _STEM_MIN + 1 and x.isalpha() and x[:3] != "cjk", slavic_case),
        (lambda x: x in _VERSION_WORDS or x in ("middle", "east"), market_version),
        (lambda x: x in _NATION_LETTERS, nation_in_language),
        (lambda x: x == "body", main_unit),
        (lambda x: len(x) >= 3 and x.isalpha(), lead_name_in_script),
    ))
