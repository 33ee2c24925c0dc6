"""A name written in Arabic letters is the same word as its Latin
transliteration (session 14, script helper, issue 12).

Lebanese, Gulf and Egyptian shops list one product with an English title in
one shop and an Arabic title in another: "El Rashidi El Mizan Halawa Plain
500g" / "حلاوة الرشيدي الميزان سادة 500 جرام".  ``arabic.to_latin`` reads the
Arabic words it knows (units, kinds, colours, flavours, well-known brands) as
Latin words and drops every other one - so the brand and line name, written in
Arabic letters, is lost, and the Latin title's "rashidi", "mizan" are
identifying words the other title never prints.

Both spellings of a name keep its consonants: this module reads each word as
its *consonant skeleton* and two words with one skeleton are one name.

* An Arabic word is read letter by letter with ``anyascii`` (per letter, so
  that ص+ح is no "sh"); its glued article ال is dropped (the word is kept with
  it too: "المراعي" is "Almarai"), and so are the vowel letters and the
  letters Latin spellings leave out (ا و ي ى ء أ إ آ ئ ؤ ع) and a closing taa
  marbuta (ة, or ه written for it).
* A Latin word's digraphs are read first (kh, gh, sh, ch - the French "sh" of
  "Chtaura" -, sch, th, dh, ph, ck), then its vowels (a e i o u y w) are
  dropped; a closing t or h (the taa marbuta of "Halawet", "Sohat") is read
  with and without; a glued "al"/"el" ("Alrawabi") with and without.
* Letters become classes of the sounds Arabic and Latin spellings exchange:
  b/p; f/v/ph; t/ط/ث/th; d/ض/ذ/ظ/dh; s/ص/س (c before e, i, y); z/ز; sh/ش/ch;
  k/c/q/ck/ك/ق; g/j/gh/dj/غ/ج (Egyptian shops write ج for g, "Gandour" is
  غندور); kh/خ; h/ح/ه; l, m, n, r.  (One class for every velar made "Kinder"
  and "Gandour" one name: Lebanon's shops sell both.)  Repeated classes are
  one (shadda is not written: "Jallab" / "جلاب").

A skeleton of fewer than ``MIN_NAMING`` consonants names nothing ("Abu",
"Auf", "Ain" have one; two name too many: "Rabie" and "الروابي", two Gulf juice brands,
are both "rb" - so "Sohat" صحة and "Rawabi" are left unread, session 14's review):
measured on the dev files (``benchmarks/bench_script_skeletons.py``: the words of another
product a skeleton names).
The skeletons are read only for a title holding Arabic letters
(``arabic.HINT``), of its words ``to_latin`` drops; they only excuse a
missing word (``wordclass.rewording``: a word that says nothing the other title
contradicts - not a shared word: a reading of consonants is weaker than a
printed word, and counted as shared it let the learned stage call "Halawa" and
"حلاوة بالفستق" (with pistachios) one product), and only where each such
Arabic word is a word of the Latin title (``transliterated``); they never part
two titles, never count between two Latin titles.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from . import arabic as _arabic
from . import hebrew as _hebrew
from . import lingua as _lingua
from . import thai as _thai

# shortest skeleton that names a word (fewer consonants collide: "Abu" / "Auf" / "Ain")
MIN_SKELETON = 2
# fewest consonants of a skeleton that names a Latin word (two collide: "Rabie" / "الروابي")
MIN_NAMING = 3
# shortest Latin word read (shorter ones are articles, units, initials, "Abu", "Ain")
_MIN_LATIN = 4

# the consonant class of each Latin reading (``anyascii``'s of an Arabic letter, or a
# Latin word's letter or digraph); vowels and what is not here are dropped
_CLASS = {
    "b": "b", "p": "b",
    "f": "f", "v": "f", "ph": "f",
    "t": "t", "th": "t",
    "d": "d", "dh": "d",
    "s": "s",
    "z": "z",
    "sh": "x", "ch": "x", "sch": "x",
    "k": "k", "q": "k", "ck": "k", "c": "k",
    "g": "g", "j": "g", "gh": "g", "dj": "g",
    "kh": "K",
    "h": "h",
    "l": "l", "m": "m", "n": "n", "r": "r",
}
# the Arabic letters Latin spellings write as vowels or leave out
_ARABIC_SILENT = frozenset("\u0627\u0648\u064a\u0649\u0621\u0623\u0625\u0622\u0626\u0624\u0639\u0671\u06cc")
_TAA = frozenset("\u0629\u0647")  # taa marbuta, and haa written for it
# (session 20, ml20a: and Urdu's closing heh goal, its "ۃ": "مصالحہ" masala)
_TAA = _TAA | frozenset("\u06c1\u06c3")
_ARTICLE = "\u0627\u0644"

_LATIN_UNITS = re.compile(r"sch|dj|kh|gh|sh|ch|th|dh|ph|ck|[a-z]").findall


def _squeeze(cs) -> str:
    out = []
    for c in cs:
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def _arabic_letters(word: str) -> str:
    """The consonant skeleton of Arabic letters ``word`` (no article handling)."""
    cs = []
    n = len(word)
    for i, ch in enumerate(word):
        if ch in _ARABIC_SILENT or (i == n - 1 and ch in _TAA and n > 2):
            continue
        if ch == "\u062a" and i + 1 < n and word[i + 1] == "\u0634":
            continue  # (session 16, ml: ت+ش is how Arabic writes the English "ch": "آرتشر" Archer)
        r = anyascii(ch).lower()
        cs.append(_CLASS.get(r, ""))
    return _squeeze(cs)


def arabic_skeletons(word: str) -> tuple:
    """The skeletons of one Arabic word: without its glued article ال, and with it."""
    word = word.replace("\u0640", "")
    if word.startswith(_ARTICLE) and len(word) > 3:
        rest = _arabic_letters(word[2:])
        full = "l" + rest if rest[:1] != "l" else rest
        # (with the article the skeleton is one consonant longer: it must name as much)
        return tuple(s for s in (rest, full) if len(s) >= MIN_SKELETON + (s is full))
    s = _arabic_letters(word)
    return (s,) if len(s) >= MIN_SKELETON else ()


_VOICED_S_RE = re.compile(r"(?<=[aeiou])s(?=[aeiouy])|(?<=[aeioubdglmnrvw])s$")


def _VOICED_S(word: str) -> str:
    return _VOICED_S_RE.sub("z", word)


def latin_skeletons(word: str) -> tuple:
    """The skeletons of one Latin word (lower-case letters): as written; without a
    closing t or h; without a glued article "al"/"el".  (Reading an English "ch" as
    ت+ش too - "Archer" آرتشر - and an "s" between vowels as ز - "Posay" بوزيه - was
    measured: no pair of the dev files changed, those titles differ by other words.)"""
    forms = [word]
    if len(word) > 5 and word[:2] in ("al", "el"):
        forms.append(word[2:])
    if "s" in word:
        # (session 20, ml20a: an English "s" sounded "z" - closing a word after a voiced sound,
        # between two vowels - is written "ز" as it sounds: "Olpers" اولپرز, "Vaseline" فازلين)
        z = _VOICED_S(word)
        if z != word:
            forms.append(z)
    out = []
    for f in forms:
        units = _LATIN_UNITS(f)
        cs = []
        for k, u in enumerate(units):
            if u == "c":
                nxt = units[k + 1] if k + 1 < len(units) else ""
                cs.append("s" if nxt in ("e", "i", "y") else "k")
            elif u == "x":
                cs.append("k")
                cs.append("s")
            else:
                cs.append(_CLASS.get(u, ""))
        s = _squeeze(cs)
        out.append(s)
        if units and units[-1] in ("t", "h") and s and s[-1] in "th":
            out.append(s[:-1])
    return tuple(s for s in out if len(s) >= MIN_SKELETON)


def title_skeletons(title) -> tuple:
    """The skeletons of each Arabic word of a title that ``arabic.to_latin``
    drops (it knows no Latin word for them: brand and line names, and the
    kinds and variants its tables lack), one frozenset a word (its words
    without a skeleton of ``MIN_SKELETON`` consonants left out).  Empty for a
    title without Arabic letters (asked once per offer: ``prepared``)."""
    if type(title) is not str or title.isascii():
        return ()
    if not _arabic.HINT(title):
        if _hebrew.HINT(title):  # (session 23, ml: a name in Hebrew letters, ``hebrew_keys``)
            return _lingua.katakana_keys(title) + hebrew_keys(title)
        if _thai.HINT(title):  # (session 19, ml19: a name in Thai letters, ``thai.thai_keys``)
            return _lingua.katakana_keys(title) + _thai.thai_keys(title)
        return _lingua.katakana_keys(title)  # (session 16, ml: a katakana name's key, ``lingua``)
    out = []
    known = _arabic._SINGLE
    phrase = _arabic._PHRASE_WORDS
    last_end, last_sk = -1, ()
    for m in _arabic._ARABIC_WORD.finditer(title):
        w = m.group()
        n = _arabic._norm(w)
        if _arabic._base(n, known) in known or _arabic._base(n, phrase) in phrase or n in _arabic.UNIT_WORDS:
            last_end = -1
            continue
        sk = arabic_skeletons(w)
        if sk:
            group = set(sk)
            if last_end >= 0 and not title[last_end:m.start()].strip():
                # (a Latin name of one word the other shop writes as two: "ماج سيف" MagSafe,
                # "دريم هاوس" Dreamhouse - session 17, ml17: the two words' skeletons as one,
                # in both words' groups, so that the one Latin word reads both)
                pair = {_squeeze(a + b) for a in last_sk for b in sk}
                pair = {s for s in pair if len(s) >= MIN_NAMING + 1}
                if pair:
                    out[-1] = out[-1] | pair
                    group |= pair
            out.append(frozenset(group))
            last_end, last_sk = m.end(), sk
            if len(out) >= _MAX_WORDS:
                break
        else:
            last_end = -1
    return tuple(out)


# the Arabic words of one title read (a title's first words name it; a page of 10,000 Arabic
# words took 3 s a pair against a Latin title - session 14's review)
_MAX_WORDS = 40


def transliterated(w: str, p, other) -> bool:
    """Is ``w`` (a word of p's title the other offer never prints) a name the
    other title writes in Arabic letters ("rashidi" / "الرشيدي")?  Or the
    Latin article "al"/"el" right before such a name ("El Rashidi")?
    Only where each Arabic word ``to_latin`` drops is a word of p's title so
    read: an Arabic word p's title does not print is a word of the product
    ``to_latin`` does not know ("مياه صحة فوارة" is the sparkling water, "حلاوة
    بالفستق" the one with pistachios), and the Arabic title may say more than
    p's - its names are no evidence then."""
    groups = other.scripts
    if not groups or w.startswith(_OPAQUE):
        return False
    if not w.isalpha():
        # (a model's name glued to its number, "flip5" / "플립5": the number printed by the other)
        g = _GLUED(w)
        return bool(g) and g.group(2) in other.wordset and any(_phonetic(x) for x in groups) and (
            _named_in(g.group(1), groups) or any(_named_short(g.group(1), x) for x in groups if _phonetic(x))) \
            and _all_read(p, groups, other)
    if w in ("al", "el"):
        ws = p.words
        for i, x in enumerate(ws[:-1]):
            if x == w and ws[i + 1] not in other.wordset and _named_in(ws[i + 1], groups):
                return _all_read(p, groups)
        return False
    return (_named_in(w, groups) or w in _run_words(p, groups)
            or (len(w) >= 2 and any(_named_short(w, g) for g in groups if _phonetic(g)))) and _all_read(p, groups, other)


def _named_in(w: str, groups) -> bool:
    return any(_named(w, g) for g in groups)


def _all_read(p, groups, native=None) -> bool:
    """Is each of the Arabic words (``groups``: their skeletons) a word of p's title - or, a
    katakana or hangul word, two or three words of it in a row (``_runs``)?"""
    # (never a native word no table reads, kept as its romaji: ``cjk.OPAQUE``)
    ws = [x for x in p.wordset if len(x) >= _MIN_LATIN and x.isalpha() and not x.startswith(_OPAQUE)]
    rest = [g for g in groups if not any(_named(x, g) for x in ws)]
    if not rest:
        return True
    if native is not None and type(native.rawtitle) is str and (_hebrew.HINT(native.rawtitle)
                                                                or _arabic.HINT(native.rawtitle)):
        # (session 23, ml: a short Hebrew or Arabic word of two consonants - "דריי" Dry, "تاب" Tab - is read
        # by a Latin word of three letters or more of that skeleton: here only, to tell whether the
        # Hebrew title says more than the Latin one, never to excuse a word)
        short = [x for x in p.wordset if len(x) >= 3 and x.isalpha() and not x.startswith(_OPAQUE)]
        rest = [g for g in rest if not any(s in g for x in short for s in latin_skeletons(x))]
        if not rest:
            return True
    if any(not _phonetic(g) for g in rest):
        return False
    ws = [x for x in p.wordset if x.isalpha() and len(x) >= 2 and not x.startswith(_OPAQUE)]
    # (a name glued to its number reads the native name only where the native title prints
    # that number: "Flip6" is no "플립5")
    glued = [m.group(1) for m in map(_GLUED, p.wordset) if m and native is not None and m.group(2) in native.wordset]
    rest = [g for g in rest if not any(_named_short(x, g) for x in ws)
            and not any(_named(x, g) or _named_short(x, g) for x in glued)]
    if not rest:
        return True
    runs = _runs(p)
    return all(any(_named_run(r, g) for r in runs) for g in rest)


# a Latin word of a name glued to its number ("flip5", "astrox88"): its letters
_GLUED = re.compile(r"([a-z]{3,})(\d{1,3})$").match

# (session 22, ml22b) Japanese and Korean write a foreign phrase as one word without spaces
# ("マイルドクレンジングオイル" mild cleansing oil, "コスメデコルテ" Cosme Decorte, "그린티" green
# tea, "リペアセラム" repair serum): such a word is read by two or three words in a row of the
# Latin title, their letters joined ("cosmedecorte") keyed as one word - never by words apart;
# and a short word (a key of one or two consonants: "파워" power, "オイル" oil, "블러" blur) only
# by a Latin word of that key, never excused unread ("블러 파우더", a blur powder, is not
# "Mineral Powder": ``lingua.katakana_keys`` keys it too)
_RUN_MAX = 3
_OPAQUE = "cjk"  # (``cjk.OPAQUE``: cjk imports this module's caller)
_RUN_MIN_KEY = 4


def _phonetic(g) -> bool:
    return len(g) == 1 and next(iter(g))[:2] in ("j:", "k:")


def _runs(p) -> list:
    """The runs of two or three consecutive words of p's title (letters only), joined."""
    ws = p.words
    out = []
    for i in range(len(ws) - 1):
        if not ws[i].isalpha() or ws[i].startswith(_OPAQUE):
            continue
        acc = ws[i]
        for j in range(i + 1, min(i + _RUN_MAX, len(ws))):
            if not ws[j].isalpha() or ws[j].startswith(_OPAQUE):
                break
            acc += ws[j]
            out.append((i, j + 1, acc))
    return out


def _run_words(p, groups) -> frozenset:
    """The words of p's title in a run that reads a katakana or hangul word of ``groups``."""
    out = set()
    ws = p.words
    ph = [g for g in groups if _phonetic(g)]
    if not ph:
        return frozenset()
    for r in _runs(p):
        if any(_named_run(r, g) for g in ph):
            out.update(ws[r[0]:r[1]])
    return frozenset(out)


def _named_run(r, g) -> bool:
    k = next(iter(g))
    one = _singular(r[2])
    return _same_key(_latin_key(r[2], k[:2]), k[2:], _RUN_MIN_KEY) or bool(
        one) and _same_key(_latin_key(one, k[:2]), k[2:], _RUN_MIN_KEY)


def _named_short(w: str, g) -> bool:
    k = next(iter(g))
    if len(k) - 2 >= _lingua.J_MIN:
        return False
    # (a key this short is compared as it is, voicing too: "バッグ" bag is no "pack")
    one = _singular(w)
    return _latin_key(w, k[:2]) == k[2:] or bool(one) and _latin_key(one, k[:2]) == k[2:]


def _latin_key(w: str, mark: str) -> str:
    return _lingua.phonetic_key(w) if mark == "j:" else _lingua.korean_key(w)


def _singular(w: str) -> str:
    """``w`` without an English plural's "s" (Japanese and Korean mark no plural: "캡슐" is
    "capsules" too, "씨드" "seeds"); "" when it has none."""
    return w[:-1] if len(w) >= 4 and w[-1] == "s" and w[-2] not in "su" else ""


# voiced and voiceless consonants are one (a Japanese or Korean spelling voices or unvoices
# them: "アドバンスト" advanced, "コスメデコルテ" decorte), and an "ng" is n ("-ing" is "ング");
# an r / l is written or not before a consonant ("デコルテ" dekorute for "Decorte", "パーフェクト"
# for "perfect"): two keys that differ only there are one when three consonants are left
_FOLD = str.maketrans({"d": "t", "g": "k", "b": "p", "z": "s", "f": "p"})


def _fold(key: str) -> str:
    # (not squeezed again: "スキンケアジェル" skincare gel, "sknkgr", is no "skincare", "sknkr";
    # an m before b or p is the n Japanese writes there: "トンボ" Tombow, "キャンパス" Campus)
    return key.replace("ng", "n").replace("mb", "nb").replace("mp", "np").translate(_FOLD)


def _same_key(latin: str, native: str, floor: int) -> bool:
    a, b = _fold(latin), _fold(native)
    if _alike(a, b):
        return len(b) >= floor
    a, b = a.replace("r", ""), b.replace("r", "")
    return _alike(a, b) and len(b) >= max(floor, _lingua.J_MIN)


# what a native j ("ジ", "지") writes: an English j, a g (soft or hard: folded to k) or a voiced s / z
_J_STANDS_FOR = frozenset("jks")


def _alike(a: str, b: str) -> bool:
    """Are the folded keys ``a`` (of Latin letters) and ``b`` (of a native word) one, a native j
    standing for any sound it writes?"""
    if a == b:
        return True
    if len(a) != len(b) or "j" not in b:
        return False
    return all(x == y or (y == "j" and x in _J_STANDS_FOR) for x, y in zip(a, b))


def _named(w: str, sk: frozenset) -> bool:
    if len(w) < _MIN_LATIN or not w.isalpha():
        return False
    if len(sk) == 1:
        k = next(iter(sk))
        # (a katakana or hangul name: its phonetic key, ``lingua.phonetic_key``; session 16, ml)
        if k.startswith("j:") or k.startswith("k:"):
            if len(k) - 2 < _lingua.J_MIN:
                return False  # (a short key: ``_named_short``)
            one = _singular(w)
            return _same_key(_latin_key(w, k[:2]), k[2:], _lingua.J_MIN) or bool(
                one) and _same_key(_latin_key(one, k[:2]), k[2:], _lingua.J_MIN)
        if k.startswith("t:"):
            return "t:" + _thai.thai_key(w) == k
    for s in latin_skeletons(w):
        if s in sk and len(s) >= MIN_NAMING:
            return True
    return False


# session 23, ml (rules23ml): Hebrew is written, as Arabic, in consonants, and an Israeli shop
# writes a brand in Hebrew letters ("האגיס פרידום" Huggies Freedom, "תנובה" Tnuva, "מיקרוסופט"
# Microsoft): the Hebrew words ``hebrew.to_latin`` leaves unread are keyed as Arabic ones are, by
# their consonant skeletons, so a Latin word of three consonants or more the other title writes
# in Hebrew letters is read as that word (``transliterated``: only where every such Hebrew word
# is a word of the Latin title).  The letters silent in a foreign name (alef, ayin, yod, a vav
# and a closing he written for a vowel) are dropped; a letter of two sounds gives both skeletons
# (bet b / v, pe p / f, vav a vowel / v, shin sh / s, kaf and het k / kh / h).
_HEBREW_CLASS = {
    "\u05d1": ("b", "f"), "\u05d2": ("g",), "\u05d3": ("d",), "\u05d4": ("h",), "\u05d5": ("", "f"),
    "\u05d6": ("z",), "\u05d7": ("h", "K"), "\u05d8": ("t",), "\u05db": ("k", "K"), "\u05da": ("k", "K"),
    "\u05dc": ("l",), "\u05de": ("m",), "\u05dd": ("m",), "\u05e0": ("n",), "\u05df": ("n",),
    "\u05e1": ("s",), "\u05e4": ("b", "f"), "\u05e3": ("f", "b"), "\u05e6": ("ts",), "\u05e5": ("ts",),
    "\u05e7": ("k",), "\u05e8": ("r",), "\u05e9": ("x", "s"), "\u05ea": ("t",),
}
# a geresh after a letter writes a foreign sound: "ג'" j, "ז'" zh, "צ'" ch
_HEBREW_GERESH = {"\u05d2": ("g",), "\u05d6": ("z",), "\u05e6": ("x",)}
_HEBREW_WORD = re.compile("[\u05d0-\u05ea]+(?:['\u05f3][\u05d0-\u05ea]*)*")
_HEBREW_MAX_FORMS = 16


def hebrew_skeletons(word: str) -> tuple:
    """The consonant skeletons of one Hebrew word (``_HEBREW_CLASS``; at most 16 readings)."""
    forms = [[]]
    n = len(word)
    for i, ch in enumerate(word):
        if ch in "'\u05f3":
            continue
        geresh = i + 1 < n and word[i + 1] in "'\u05f3"
        opts = _HEBREW_GERESH.get(ch) if geresh else None
        if opts is None:
            if ch == "\u05d4" and i == n - 1:
                continue  # (a closing he writes a vowel: "תנובה" Tnuva, "במבה" Bamba)
            opts = _HEBREW_CLASS.get(ch)
        if not opts:
            continue
        if len(opts) > 1 and len(forms) * len(opts) <= _HEBREW_MAX_FORMS:
            forms = [f + [o] for f in forms for o in opts]
        else:
            forms = [f + [opts[0]] for f in forms]
    out = []
    for f in forms:
        s = _squeeze("".join(f))
        if len(s) >= MIN_SKELETON and s not in out:
            out.append(s)
    return tuple(out)


def hebrew_keys(title: str) -> tuple:
    """The skeletons of each Hebrew word of a title ``hebrew.to_latin`` leaves unread, one
    frozenset a word (its first ``_MAX_WORDS``)."""
    read = _hebrew.to_latin(title)
    out = []
    for m in _HEBREW_WORD.finditer(read):
        sk = hebrew_skeletons(m.group())
        if sk:
            out.append(frozenset(sk))
            if len(out) >= _MAX_WORDS:
                break
    return tuple(out)
