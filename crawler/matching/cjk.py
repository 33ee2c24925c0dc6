"""Chinese, Japanese and Korean titles read as Latin ones (session 16, prec, issue 12).

The title cleaner keeps Latin letters and digits only: before this module a
CJK title's native words - its colour, its form ("ミルク" milk / "ジェル" gel),
its edition ("标准版" / "全能套装"), its count ("24本") - were dropped, so
"Nintendo Switch Lite ターコイズ" and "Nintendo Switch Lite コーラル" (turquoise /
coral) agreed on every word they kept and were one product.  ``to_latin``
reads a title holding CJK characters (``HINT``; the cleaner has already made
full-width letters and digits ASCII: NFKD) so that its model codes, numbers
and variants are read and compared as in a Latin title:

* the words shops print in one script and another's shops in English are
  read as the English word: colours (katakana loanwords, Chinese and Korean
  colour words; a Chinese colour name ending in a colour character - "雅丹黑",
  "雅川青" - is that colour), product forms and kinds (milk, gel, essence,
  case, charger ...), editions, bundles and kits ("标准版" standard edition,
  "全能套装" combo, "レンズキット" lens kit, "ボディー" body), networks
  ("行動網路" cellular), generations ("第二代" 2nd gen), units (毫升 ml, 克 g,
  吋 inch, 그램 g ...) and counters after a number ("24本", "12個入", "40개",
  "2봉" are a count: "24 count");
* a model code glued to native text ("小米Redmi", "R50ボディー", "버즈2") is a
  word of its own: every CJK word is read with spaces around it;
* a native word these tables do not know is kept as one opaque word (its
  ``anyascii`` reading, e.g. "takoizu"): a word one title prints and the other
  does not, as an unknown Latin word would be - so two titles that differ only
  in native words no longer agree on every identifying word;
* a shop's bracketed notes ("【国内正規品】", "[ของแท้]") and the words of
  "genuine / official / free shipping" say nothing of the product: dropped.

One reader, one table (session 17: ``lingua``'s reader of the same scripts ran before this
one, with a table of its own - merged): ``lingua.CJK_TABLE`` is every native word read as
Latin, from its lists (``CJK``: English word -> its native words; ``CJK_WORDS``,
``CJK_COLOURS``, ``CJK_UNITS``: native word -> reading; ``CJK_NOISE``: read as nothing); a
word in two lists reads as the first.  ``to_latin`` reads a text in two steps: (1) each run of kana, ideographs or
hangul, its table words longest first (a one-character word only as a run of its own or
before 色 "colour"); (2) what is left: brackets, generations, units and counts after a
number, table words of two or more characters, colour names, and the rest opaque.

Only titles with CJK characters pay for it (``HINT``, asked after
``str.isascii``); Latin titles never reach this module.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

from . import lingua as _lingua
from . import thai as _thai


# kana, CJK ideographs (and their extension A / compatibility block), Hangul syllables and
# the conjoining jamo NFKD turns them into, CJK punctuation; Thai (its units and counters only)
_CJK = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
HINT = re.compile("[" + _CJK + "\u3000-\u303f\u0e00-\u0e7f\uff66-\uff9f]").search

# the last character of a Chinese colour name is its colour ("雅丹黑", "雅川青", "冰霜银")
_COLOUR_CHARS = {"黒": "black", "赤": "red", "緑": "green", "黑": "black", "白": "white", "红": "red", "紅": "red", "蓝": "blue", "藍": "blue",
                 "绿": "green", "綠": "green", "青": "green", "灰": "gray", "金": "gold", "银": "silver",
                 "銀": "silver", "紫": "purple", "粉": "pink", "黄": "yellow", "黃": "yellow", "橙": "orange"}

# counters after a number: a count ("24本", "12個入", "40개", "2봉", "30 ซอง")
_COUNTERS = ("個入り", "個入", "個", "食入", "食", "盒", "罐", "听", "杯", "条", "條", "只", "隻", "本入", "本", "枚入", "枚", "袋", "缶", "箱", "入り", "入", "件", "瓶", "包",
             "支", "片", "粒", "개입", "개", "장", "봉", "병", "캔", "매", "팩", "ซอง", "ชิ้น", "ขวด", "แพ็ค", "กระป๋อง",
             # (session 22, ml22b: books, grains, rolls, pairs and sets counted: "5冊", "10颗", "12卷", "3双")
             "冊", "册", "颗", "顆", "卷", "双", "雙", "套", "권", "켤레")


def _key(s: str) -> str:
    # step (2) reads NFKD text without combining marks ("ブ" is "フ" then), as the cleaner has it
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# one-character table words step (2) reads anywhere in a run (Korean "tab", "lip"; a model-year
# "款"; the units 升, 克, 吋)
_ANYWHERE = frozenset(("탭", "립", "款", "升", "克", "吋"))

# step (2) reads the table's words of two or more characters (and those), keyed as it reads them
_KEYED: dict = {}
for _k, _v in _lingua.CJK_TABLE.items():
    if len(_k) >= 2 or _k in _ANYWHERE:
        _KEYED.setdefault(_key(_k), _v)

_GENERATION = re.compile(_key("第") + r"\s*([0-9一二三四五六七八九十]+)\s*" + "(?:" + _key("代") + "|" + _key("世代") + ")")
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ORD = {1: "1st", 2: "2nd", 3: "3rd"}
_COUNT = re.compile(r"(\d+)\s*(?:" + "|".join(re.escape(_key(c)) for c in _COUNTERS) + r")")
_UNIT_AFTER = re.compile(r"(\d+(?:\.\d+)?)\s*(" + "|".join(
    re.escape(_key(u)) for u in sorted(_lingua.CJK_UNITS, key=len, reverse=True)) + ")")
_BRACKETS = re.compile(r"[\u3010\u3011\u300c\u300d\u300e\u300f\u3014\u3015\u3008-\u300b\uff3b\uff3d\u3001\u3002\u30fb\u3000]")
# one known word, longest first, anywhere in a run of native text
_KNOWN = re.compile("|".join(re.escape(k) for k in sorted(_KEYED, key=len, reverse=True)))
_RUN = re.compile("[" + _CJK + "\u0e00-\u0e7f]+")
_PARTICLES = frozenset(_key(c) for c in ("の", "と", "・", "的", "和", "与", "ー"))


def _generation(m) -> str:
    g = m.group(1)
    n = int(g) if g.isdigit() else _CN_DIGITS.get(g, 0)
    return f" {_ORD.get(n, str(n) + 'th')} gen " if n else " "


def _colour_name(run: str) -> str:
    """A Chinese colour name ("雅丹黑", "冰霜银", "曜石黑"): 2-4 ideographs ending in a colour
    character read as that colour; else ''."""
    if 1 <= len(run) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in run):
        last = run[-1] if run[-1] != "色" else run[-2:-1]
        return _COLOUR_CHARS.get(last, "")
    return ""


def _read_run(run: str) -> str:
    """One run of native text: its known words read as Latin, a colour name as its colour,
    every other piece kept as one opaque word (its ``anyascii`` reading)."""
    out = []
    pos = 0
    start = 0
    n = len(run)
    while start < n:
        m = _KNOWN.search(run, start)
        if m is None:
            break
        # (a katakana or hangul table word spelt inside a longer word of its script is no word:
        # "リップ" lip in "フィリップス" Philips, "プラス" in "プラスチック" - ``inside_word``)
        if inside_word(run, m.start(), m.end(), m.start() == pos and pos > 0 and bool(out), _known_at):
            start = m.start() + 1
            continue
        if m.start() > pos:
            out.append(_opaque(run[pos:m.start()]))
        out.append(_KEYED[m.group()])
        pos = start = m.end()
    if pos < len(run):
        out.append(_opaque(run[pos:]))
    return " " + " ".join(w for w in out if w) + " "


def _known_at(run: str, j: int) -> bool:
    return _KNOWN.match(run, j) is not None


def _script(c: str) -> str:
    o = ord(c)
    if 0x3040 <= o <= 0x309F:
        return "h"
    if 0x30A0 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF:
        return "k"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "g"
    if 0x0E00 <= o <= 0x0E7F:
        return "t"
    return "c"


def _opaque(piece: str) -> str:
    """A piece of native text no table knows: one opaque word per run of one script
    (kana, hiragana, ideographs, Hangul: a particle "の" between two names parts them)."""
    parts = []
    start = 0
    for i in range(1, len(piece) + 1):
        if i == len(piece) or _script(piece[i]) != _script(piece[start]):
            parts.append(_opaque_word(piece[start:i]))
            start = i
    return " ".join(p for p in parts if p)


def _opaque_word(piece: str) -> str:
    if piece in _PARTICLES or all(c in _PARTICLES for c in piece):
        return ""
    colour = _colour_name(unicodedata.normalize("NFKC", piece))
    if colour:
        return colour
    if len(piece) == 1 and piece in _CN_KEEP_OUT:
        return ""
    kind = _script(piece[0])
    if kind == "t":
        # (Thai is written without spaces: its words are not read, only its units and counters)
        return ""
    if kind == "c":
        # ideographs: one word a character, so that "蒙牛特仑苏" and "蒙牛 特仑苏" read the same
        # whatever a shop's spacing (Chinese and Japanese titles often print none)
        return " ".join(OPAQUE + "c" + w for w in (re.sub(r"[^a-z0-9]", "", anyascii(c).lower()) for c in piece) if w)
    w = re.sub(r"[^a-z0-9]", "", anyascii(unicodedata.normalize("NFC", piece)).lower())
    return OPAQUE + kind + w if len(w) >= 2 else ""


# the mark of a native word no table knows, then its script (kana "k", hiragana "h", Hangul
# "g", ideographs "c"): "cjkktakoizu"; evidence only against a title that prints such words
# of that script too (``excused``)
OPAQUE = "cjk"


def excused(w: str, other, own=None) -> bool:
    """Is ``w``, a native word no table knows, one the other offer's title could not print -
    a title with no such word of its own (a Latin title, or one whose native words the tables
    all read)?  Two titles in one script are compared word for word; a native name against a
    Latin title is neither evidence for nor against (as it was before native words were read)."""
    if not w.startswith(OPAQUE):
        return False
    mark = w[:len(OPAQUE) + 1]
    for x in other.wordset:
        if x.startswith(mark):
            return False
    if own is not None and own.scripts:
        # a katakana or hangul name of this title ("ダイソン" Dyson: ``Prepared.scripts`` holds
        # its phonetic key, ``lingua.katakana_keys``) the other title does not print: no word it
        # merely omits - another brand's name against a Latin title (session 16, review: a Dyson
        # shaver in katakana and a Philips one were one product by title); every name read there
        # ("フィリップス" Philips) leaves the native words excused as before
        from .scripts import _all_read

        keyed = [g for g in own.scripts if len(g) == 1 and next(iter(g))[:2] in ("j:", "k:", "t:")]
        if keyed and not _all_read(other, keyed, own):
            return False
    return True


# one-character pieces that are grammar or a shop's packaging words, no name
_CN_KEEP_OUT = frozenset(_key(c) for c in "装型款版用色")


def to_latin(s: str) -> str:
    """``s`` with its Japanese, Chinese and Korean text read as Latin words (``titles``' cleaning,
    before accents are stripped: step (1) reads NFKC text, a katakana word's voicing marks part
    of it; step (2) the NFKD text without combining marks the cleaner goes on with); text
    without such characters is returned as it is."""
    if not HINT(s):
        return s
    if _thai.HINT(s):  # (Thai words, before NFKC parts a Thai vowel: ``thai``, session 19)
        s = _thai.to_latin(s)
        if not HINT(s):
            return s
    s = unicodedata.normalize("NFKC", s)
    if _WORD_HINT(s):
        s = _WORD_RUN.sub(lambda m: _read_words(m.group()), s)
    s = _key(s)
    if not HINT(s):
        return s
    s = _BRACKETS.sub(" ", s)
    if "第" in s:
        s = _GENERATION.sub(_generation, s)
    s = _UNIT_AFTER.sub(lambda m: f"{m.group(1)}{_UNITS_KEYED[m.group(2)]} ", s)
    if "月" in s or "年" in s or _TERM_HINT(s):
        s = _TERM.sub(_term, s)  # (before the counters: "12개월" is no count of 12 "개")
    s = _COUNT.sub(lambda m: f" {m.group(1)} count ", s)
    return _RUN.sub(lambda m: _read_run(m.group()), s)


_UNITS_KEYED = {_key(k): v for k, v in _lingua.CJK_UNITS.items()}

# (session 19, ml19) a term in months or years ("12か月", "12ヶ月", "12个月", "12개월"; "1年版", "3年",
# "1년") read as the unit rules read "12 months" / "1 year" - so "12か月" is "1年版" and not "3年";
# a year only after one or two digits ("2024年" is a model year)
_TERM = re.compile(r"(\d{1,3})\s*(?:(" + "|".join(re.escape(_key(w)) for w in ("か月", "ヶ月", "ケ月", "カ月", "个月", "個月", "개월"))
                   + r")|(?<!\d\d\d)(" + "|".join(re.escape(_key(w)) for w in ("年", "년")) + r")(?:" + "|".join(
                       re.escape(_key(w)) for w in ("版", "間", "间")) + r")?)")


_TERM_HINT = re.compile(re.escape(_key("월")) + "|" + re.escape(_key("년"))).search


def _term(m) -> str:
    return f" {m.group(1)} {'months' if m.group(2) else 'year'} "


# ---- step (1): table words in a run, longest first ----------------------------------
# the scripts read: hiragana, katakana (and the long-vowel mark), CJK ideographs, hangul
_WORD_CHARS = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f"
_WORD_HINT = re.compile("[" + _WORD_CHARS + "]").search
_WORD_RUN = re.compile("[" + _WORD_CHARS + "]+")
_COLOUR_MARK = ("色", "색")


def phonetic_script(c: str) -> str:
    """"k" for a katakana letter (and the long-vowel mark), "g" for a hangul one, "" otherwise."""
    o = ord(c)
    if 0x30A1 <= o <= 0x30FA or o == 0x30FC or 0x31F0 <= o <= 0x31FF:
        return "k"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "g"
    return ""


def inside_word(run: str, i: int, j: int, after_known: bool, starts_known) -> bool:
    """Is ``run[i:j]``, a table word in katakana or hangul, a piece of a longer word of that
    script - a letter of it right before (not after another table word) or right after (not
    the start of another table word)?  Katakana and hangul spell a loanword out: "プラス" (plus)
    is in "プラスチック" (plastic), "プロ" (pro) in "プロテイン" (protein), "ミニ" in "アルミニウム"
    (aluminium), "リップ" (lip) in "フィリップス" (Philips), "レッド" in "レッドブル" (Red Bull);
    "ヘッドホンブラック" is two table words (review16)."""
    script = phonetic_script(run[i])
    if not script:
        return False
    if i > 0 and not after_known and phonetic_script(run[i - 1]) == script:
        return True
    return j < len(run) and phonetic_script(run[j]) == script and not starts_known(run, j)


def _word_at(run: str, j: int) -> bool:
    return any(run[j:j + k] in _lingua.CJK_TABLE for k in range(min(_lingua.CJK_LONGEST, len(run) - j), 1, -1))


def _read_words(run: str) -> str:
    if run in _lingua.CJK_TABLE:
        return " " + _lingua.CJK_TABLE[run] + " "
    out = []
    i, n = 0, len(run)
    after_known = False
    while i < n:
        for k in range(min(_lingua.CJK_LONGEST, n - i), 0, -1):
            latin = _lingua.CJK_TABLE.get(run[i:i + k])
            if latin is None:
                continue
            if k == 1 and run[i + 1:i + 2] not in _COLOUR_MARK:
                continue  # (one character inside a longer word: 黒酢 is no "black")
            if inside_word(run, i, i + k, after_known, _word_at):
                continue  # (a shorter table word may still be a word of its own here)
            out.append(" " + latin + " ")
            i += k + (k == 1)  # (and the colour mark after it)
            after_known = True
            break
        else:
            out.append(run[i])
            i += 1
            after_known = False
    return "".join(out)
