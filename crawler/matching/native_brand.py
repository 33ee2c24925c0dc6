"""A brand field written in another script than Latin (session 24, ml24b).

A Hebrew, Arabic, Japanese, Korean, Thai, Cyrillic or Greek shop fills its brand field in its
own script ("סנו", "صانسيلك", "ソニー", "삼성", "Самсунг").  ``titles.norm_brand`` keeps the
letters a-z and 0-9 only, so such a field was read as no brand at all: against a Latin brand
("Sano", "Sunsilk", "Sony") it could neither agree nor conflict.

Such a field is kept aside as the offer's *native brand* (``Prepared.nbrand``) and related to a
Latin brand by the readers the matcher already has:

* its reading (``titles._latin``: the tables of ``cjk``, ``arabic``, ``hebrew``, ``cyrgreek``
  read well-known makers - "任天堂" nintendo, "ليبتون" lipton, "삼성전자" samsung - and Cyrillic
  and Greek letters are transliterated - "Моршинська" morshinska);
* the consonant skeletons or phonetic keys of the words no table reads (``scripts``: an Arabic or
  Hebrew word's skeleton, a katakana or hangul word's key, a Thai word's key), the words of a
  brand of several words joined ("زر ماکارون" Zar Macaron);
* a brand written as the names of an acronym's letters ("エルジー" / "엘지" LG, "اتش بي" HP,
  "एचपी" HP, "エスビー食品" S&B): read as that acronym (``_LETTER_NAMES``).

A native brand and a Latin one *agree* when one of these readings is the Latin brand; otherwise
they say nothing: two scripts are no evidence of two brands (a reading may miss, a table may not
know the maker).  Two native brands agree when they are one string or read alike; they conflict
only written in one script, as two Latin brands do (``relation``).  The place - a brand field -
says which word it is, so a skeleton of two consonants counts here ("סנו" Sano, "אסם" Osem),
where a title's word needs three (``scripts.MIN_NAMING``).
"""

from __future__ import annotations

import re
import unicodedata

from . import scripts as _scripts
from . import thai as _thai
from .cyrgreek import _skeleton as _cyr_skeleton

# the scripts a brand field is written in (the first of this list it holds a letter of: "江崎グリコ" is kana)
_SCRIPT_OF = (
    ("hebrew", re.compile("[\u0590-\u05ff]")),
    ("arabic", re.compile("[\u0600-\u06ff\u0750-\u077f]")),
    ("kana", re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")),
    ("hangul", re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("han", re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("thai", re.compile("[\u0e00-\u0e7f]")),
    ("cyrillic", re.compile("[\u0400-\u04ff]")),
    ("greek", re.compile("[\u0370-\u03ff]")),
    ("devanagari", re.compile("[\u0900-\u097f]")),
)
_CYRGREEK = frozenset(("cyrillic", "greek"))

# the names of the Latin letters as each script writes them (an acronym brand spelt out: "エルジー"
# LG, "엘지" LG, "اتش بي" HP, "एचपी" HP); Arabic has no p: "بي" is b or p
_LETTER_NAMES = {
    "kana": {
        "エー": "a", "エイ": "a", "ビー": "b", "シー": "c", "ディー": "d", "デー": "d", "イー": "e", "エフ": "f",
        "ジー": "g", "エイチ": "h", "エッチ": "h", "アイ": "i", "ジェー": "j", "ジェイ": "j", "ケー": "k", "ケイ": "k",
        "エル": "l", "エム": "m", "エヌ": "n", "オー": "o", "ピー": "p", "キュー": "q", "アール": "r", "エス": "s",
        "ティー": "t", "テー": "t", "ユー": "u", "ブイ": "v", "ヴィー": "v", "ダブリュー": "w", "ダブリュ": "w",
        "エックス": "x", "ワイ": "y", "ゼット": "z", "ゼッド": "z",
    },
    "hangul": {
        "에이": "a", "비": "b", "씨": "c", "시": "c", "디": "d", "이": "e", "에프": "f", "지": "g", "쥐": "g",
        "에이치": "h", "에치": "h", "아이": "i", "제이": "j", "케이": "k", "엘": "l", "엠": "m", "엔": "n",
        "오": "o", "피": "p", "큐": "q", "알": "r", "에스": "s", "티": "t", "유": "u", "브이": "v",
        "더블유": "w", "엑스": "x", "와이": "y", "제트": "z", "지드": "z",
    },
    "arabic": {
        "إي": "ae", "ايه": "a", "بي": "bp", "سي": "c", "دي": "d", "اف": "f", "إف": "f",
        "جي": "g", "اتش": "h", "إتش": "h", "آي": "i", "اي": "ai", "جاي": "j", "جيه": "j", "كي": "k",
        "كاي": "k", "ال": "l", "إل": "l", "ام": "m", "إم": "m", "ان": "n", "إن": "n", "او": "o", "أو": "o",
        "كيو": "q", "ار": "r", "آر": "r", "اس": "s", "إس": "s", "تي": "t", "يو": "u", "في": "v",
        "دبليو": "w", "اكس": "x", "إكس": "x", "واي": "y", "زد": "z", "زي": "z",
    },
    "devanagari": {
        "ए": "a", "बी": "b", "सी": "c", "डी": "d", "ई": "e", "एफ": "f", "जी": "g", "एच": "h", "आई": "i",
        "जे": "j", "के": "k", "एल": "l", "एम": "m", "एन": "n", "ओ": "o", "पी": "p", "क्यू": "q", "आर": "r",
        "एस": "s", "टी": "t", "यू": "u", "वी": "v", "डब्ल्यू": "w", "एक्स": "x", "वाई": "y", "ज़ेड": "z", "जेड": "z",
    },
}
_LETTER_LONGEST = {k: max(map(len, v)) for k, v in _LETTER_NAMES.items()}
# the letters of one run of a script (an acronym is its brand's first run: "エスビー食品" S&B Foods)
_RUN = {
    "kana": re.compile("[\u30a1-\u30fa\u30fc]+"),
    "hangul": re.compile("[\uac00-\ud7af]+"),
    "arabic": re.compile("[\u0621-\u064a]+(?:\\s+[\u0621-\u064a]+)*"),
    "devanagari": re.compile("[\u0900-\u097f]+(?:\\s+[\u0900-\u097f]+)*"),
}
_MAX_READINGS = 16


def _script(s: str):
    for name, rx in _SCRIPT_OF:
        if rx.search(s):
            return name
    return None


def _spelt_letters(run: str, table: dict, longest: int) -> list:
    """The acronyms ``run`` spells as letter names (each name's letters; "" where it is none)."""
    run = run.replace(" ", "")
    outs = {0: [""]}
    n = len(run)
    for i in range(n):
        here = outs.get(i)
        if not here:
            continue
        for j in range(i + 1, min(n, i + longest) + 1):
            letters = table.get(run[i:j])
            if letters:
                nxt = outs.setdefault(j, [])
                for h in here:
                    for c in letters:
                        if len(nxt) < _MAX_READINGS:
                            nxt.append(h + c)
    return [x for x in outs.get(n, ()) if len(x) >= 2]


# the words a shop fills a brand field with when it knows none ("unbranded", "no name", "other" in
# Russian, Ukrainian, Japanese, Chinese, Korean, Arabic, Hebrew, Greek, Hindi, Thai): no brand
_NO_BRAND = frozenset(re.sub(r"\s+", "", w.lower()) for w in (
    "нет", "нет бренда", "без бренда", "без марки", "не указан", "не указано", "ноунейм", "другой", "другое",
    "немає", "без бренду", "інше", "ノーブランド", "ノーブランド品", "その他", "不明", "无品牌", "無品牌", "无", "其他",
    "其它", "杂牌", "없음", "기타", "브랜드없음", "غير محدد", "بدون ماركة", "بدون علامة تجارية", "أخرى", "اخرى",
    "לא ידוע", "ללא מותג", "אחר", "άλλο", "χωρίς μάρκα", "अन्य", "ไม่มียี่ห้อ", "อื่นๆ"))


def _squeezed(t) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", t).lower()) if type(t) is str else ""


def native_brand(raw) -> tuple | None:
    """(script, the field as written - NFKC, lower case, no spaces -, its Latin readings, its
    phonetic groups, its acronyms) of a brand field in a non-Latin script; None for a field with
    a Latin letter or none of the scripts above."""
    if type(raw) is not str or raw.isascii():
        return None
    s = unicodedata.normalize("NFKC", raw).strip()
    if not s or re.search("[A-Za-z]", s):
        return None
    script = _script(s)
    if script is None or re.sub(r"\s+", "", s.lower()) in _NO_BRAND:
        return None
    from . import titles as T
    # the words the readers read (not the opaque ones ``cjk`` keeps as they are: "cjk...")
    read = [w for w in T.strip_accents(T._latin(s)).lower().split() if not w.startswith("cjk")]
    reading = T.compact(" ".join(read))
    readings = frozenset((reading,)) if len(reading) >= 2 else frozenset()
    groups = _scripts.title_skeletons(s) if script not in _CYRGREEK else ()
    acronyms = ()
    table = _LETTER_NAMES.get(script)
    if table:
        m = _RUN[script].search(s)
        if m:
            acronyms = tuple(_spelt_letters(m.group(), table, _LETTER_LONGEST[script]))
    return (script, re.sub(r"\s+", "", s.lower()), readings, groups, frozenset(acronyms))


def _joined(groups) -> tuple:
    """The keys of a brand's unread words read as one ("زر ماکارون" zrmkrn): (mark, keys)."""
    marks = set()
    for g in groups:
        for k in g:
            marks.add(k[:2] if k[:2] in ("j:", "k:", "t:") else "")
    if len(marks) != 1:
        return "", ()
    mark = marks.pop()
    keys = [""]
    for g in groups:
        opts = sorted(k[len(mark):] for k in g)
        keys = [_scripts._squeeze(a + b) for a in keys for b in opts][:_MAX_READINGS]
    return mark, tuple(set(keys))


def agrees(nb: tuple, latin: str) -> bool:
    """Does the native brand ``nb`` (``native_brand``) read as the Latin brand ``latin`` (a
    normalised brand: ``titles.norm_brand``)?"""
    if not latin:
        return False
    script, _raw, readings, groups, acronyms = nb
    for r in readings:
        if r == latin or len(r) >= 3 and len(latin) >= 3 and (r.startswith(latin) or latin.startswith(r)):
            return True
        if script in _CYRGREEK and len(r) >= 4:
            sk = _cyr_skeleton(r)
            if len(sk) >= 3 and sk == _cyr_skeleton(latin):
                return True
    if latin in acronyms:
        return True
    if groups and latin.isalpha():
        mark, keys = _joined(groups)
        if not keys:
            return False
        if mark == "":
            return any(s in keys for s in _scripts.latin_skeletons(latin))
        if mark == "t:":
            return _thai.thai_key(latin) in keys
        lk = _scripts._latin_key(latin, mark)
        return any(_scripts._same_key(lk, k, _scripts.MIN_SKELETON) for k in keys)
    return False


def relation(a, b) -> float:
    """The brand relation (``relations.brand_relation``) of two prepared offers of which one brand
    field at least is written in another script (``Prepared.nbrand``): 1 one brand - the other's
    brand, or where it has none one of its title's first two words (where a brand stands: "Sano
    Maxima ..."), reads as it -, -1 two brands written in one script, 0 no evidence."""
    na, nb = a.nbrand, b.nbrand
    if na and nb:
        if na[1] == nb[1] or na[2] & nb[2]:
            return 1.0
        if na[0] == nb[0]:
            x, y = na[1], nb[1]
            if len(x) >= 2 and len(y) >= 2 and (x in y or y in x):
                return 1.0
            # (as two Latin brands: 0.5 where one is named in the other's title - a maker and its
            # line, "花王" / "ビオレ" of "花王 ビオレUV ..." -, else two brands)
            if len(x) >= 2 and x in _squeezed(b.rawtitle) or len(y) >= 2 and y in _squeezed(a.rawtitle):
                return 0.5
            return -1.0
        return 0.0
    n, o = (na, b) if na else (nb, a)
    if not n:
        return 0.0
    if o.brand:
        return 1.0 if agrees(n, o.brand) else 0.0
    if o.nbrand is not None:
        return 0.0
    ws = o.words
    if any(len(w) >= 3 and w.isalpha() and agrees(n, w) for w in ws[:2]):
        return 1.0
    # (an acronym the title opens with, its letters apart: "S&B ..." / [brand エスビー食品])
    k = 0
    while k < len(ws) and len(ws[k]) == 1 and ws[k].isalpha():
        k += 1
    return 1.0 if k >= 2 and "".join(ws[:k]) in n[4] else 0.0


# --------------------------------------------------------------------------
# the word of a Latin title the other offer's brand field writes in its script
# --------------------------------------------------------------------------
# "Sano Maxima Laundry Gel 3L" / "סנו מקסימה ג'ל כביסה 3 ליטר" [brand סנו]: the Latin title's
# brand is the other offer's brand field, in Hebrew letters - one word in two scripts, the titles
# agree on it (a ``wordclass.rewording`` of 2).  Only the word that is p's brand (its field or the
# one read from its title) or that opens p's title: a skeleton of two consonants ("sn") reads many
# words, the place says which one is the brand.
def gate(w: str) -> bool:
    return len(w) >= 2 and w.isalpha()


def brand_field_names(w: str, p, other) -> int | None:
    """2 when ``w`` (a word of p's title the other offer never prints) is p's brand or its first
    word and the other offer's brand field, in another script, reads as it (``agrees``)."""
    nb = getattr(other, "nbrand", None)
    if not nb or w != p.brand and (not p.words or p.words[0] != w):
        return None
    return 2 if agrees(nb, w) else None
