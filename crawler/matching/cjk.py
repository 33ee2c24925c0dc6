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

Only titles with CJK characters pay for it (``HINT``, asked after
``str.isascii``); Latin titles never reach this module.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

from . import lingua as _lingua

# kana, CJK ideographs (and their extension A / compatibility block), Hangul syllables and
# the conjoining jamo NFKD turns them into, CJK punctuation; Thai (its units and counters only)
_CJK = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
HINT = re.compile("[" + _CJK + "\u3000-\u303f\u0e00-\u0e7f]").search

# ---- the tables: native word -> Latin reading ----------------------------------------
_COLOURS = {
    # Japanese katakana
    "ブラック": "black", "ホワイト": "white", "シルバー": "silver", "ゴールド": "gold", "グレー": "gray",
    "グレイ": "gray", "ブルー": "blue", "レッド": "red", "グリーン": "green", "ピンク": "pink",
    "イエロー": "yellow", "パープル": "purple", "ターコイズ": "turquoise", "コーラル": "coral",
    "ネイビー": "navy", "ベージュ": "beige", "ブラウン": "brown", "オレンジ": "orange",
    "プラチナシルバー": "platinum silver", "ミッドナイト": "midnight", "スターライト": "starlight",
    "ラベンダー": "lavender", "ミント": "mint", "グラファイト": "graphite", "クリア": "clear",
    "スペースグレイ": "space gray", "スペースグレー": "space gray", "ローズ": "rose", "チャコール": "charcoal",
    # Japanese / Chinese ideographs
    "美白": "whitening", "ホワイトニング": "whitening",
    "黑色": "black", "白色": "white", "红色": "red", "紅色": "red", "蓝色": "blue", "藍色": "blue",
    "绿色": "green", "綠色": "green", "灰色": "gray", "金色": "gold", "银色": "silver", "銀色": "silver",
    "粉色": "pink", "紫色": "purple", "黄色": "yellow", "黃色": "yellow", "橙色": "orange",
    "太空灰": "space gray", "太空灰色": "space gray", "深空灰": "space gray", "深空黑": "space black",
    "午夜色": "midnight", "星光色": "starlight", "藍綠色": "turquoise", "蓝绿色": "turquoise",
    "湖水绿": "turquoise", "玫瑰金": "rose gold",
    # Korean
    "블랙": "black", "화이트": "white", "실버": "silver", "골드": "gold", "그레이": "gray", "블루": "blue",
    "레드": "red", "그린": "green", "핑크": "pink", "옐로우": "yellow", "퍼플": "purple", "베이지": "beige",
    "네이비": "navy", "라벤더": "lavender", "그라파이트": "graphite", "민트": "mint", "크림": "cream",
    "검정": "black", "흰색": "white", "검정색": "black",
}
# the last character of a Chinese colour name is its colour ("雅丹黑", "雅川青", "冰霜银")
_COLOUR_CHARS = {"黒": "black", "赤": "red", "緑": "green", "黑": "black", "白": "white", "红": "red", "紅": "red", "蓝": "blue", "藍": "blue",
                 "绿": "green", "綠": "green", "青": "green", "灰": "gray", "金": "gold", "银": "silver",
                 "銀": "silver", "紫": "purple", "粉": "pink", "黄": "yellow", "黃": "yellow", "橙": "orange"}

_WORDS = {
    # brands shops write in native script
    "キヤノン": "canon", "キャノン": "canon", "ソニー": "sony", "任天堂": "nintendo", "ニンテンドー": "nintendo",
    "パナソニック": "panasonic", "アップル": "apple", "サムスン": "samsung", "シャープ": "sharp",
    "小米": "xiaomi", "华为": "huawei", "華為": "huawei", "大疆": "dji", "苹果": "apple", "蘋果": "apple",
    "三星": "samsung", "索尼": "sony", "佳能": "canon", "尼康": "nikon", "ニコン": "nikon",
    "삼성전자": "samsung", "삼성": "samsung", "애플": "apple", "소니": "sony", "엘지": "lg", "LG전자": "lg",
    "갤럭시": "galaxy", "아이폰": "iphone", "아이패드": "ipad", "에어팟": "airpods", "버즈": "buds", "탭": "tab",
    # model words
    "ライト": "lite", "プロ": "pro", "マックス": "max", "プラス": "plus", "ミニ": "mini", "迷你": "mini",
    "프로": "pro", "플러스": "plus", "맥스": "max", "미니": "mini", "울트라": "ultra", "ウルトラ": "ultra",
    # forms and kinds of cosmetics, food, devices
    "ミルク": "milk", "ジェル": "gel", "エッセンス": "essence", "クリーム": "cream", "ローション": "lotion",
    "セラム": "serum", "オイル": "oil", "フォーム": "foam", "スプレー": "spray", "マスク": "mask",
    "パウダー": "powder", "リキッド": "liquid", "シャンプー": "shampoo", "コンディショナー": "conditioner",
    "トリートメント": "treatment", "フェイシャル": "facial", "フェイス": "face", "リップ": "lip",
    "スリーピング": "sleeping", "ウォータリー": "watery", "スキンケア": "skincare", "パーフェクト": "perfect",
    "化粧水": "lotion", "乳液": "milk", "美容液": "serum", "精华": "serum", "精華": "serum", "面霜": "cream",
    "에센스": "essence", "세럼": "serum", "마스크": "mask", "립": "lip", "슬리핑": "sleeping", "베리": "berry",
    "로션": "lotion", "토너": "toner", "선크림": "sunscreen",
    "ヘッドホン": "headphones", "ヘッドフォン": "headphones", "イヤホン": "earphones", "ワイヤレス": "wireless",
    "ノイズキャンセリング": "noise cancelling", "スマートフォン": "smartphone", "タブレット": "tablet",
    "ケース": "case", "カバー": "cover", "フィルム": "film", "ケーブル": "cable", "アダプター": "adapter",
    "充電器": "charger", "バッテリー": "battery", "コントローラー": "controller", "カメラ": "camera",
    "ボディー": "body", "ボディ": "body", "レンズキット": "lens kit", "レンズ": "lens", "キット": "kit",
    "セット": "set", "ダブルズームキット": "double zoom kit",
    "手机": "phone", "手機": "phone", "耳机": "earphones", "耳機": "earphones", "平板": "tablet",
    "保护壳": "case", "保護殼": "case", "手机壳": "case", "钢化膜": "screen protector", "充电器": "charger",
    "数据线": "cable", "无线": "wireless", "無線": "wireless", "相机": "camera", "機身": "body", "机身": "body",
    "镜头": "lens", "鏡頭": "lens",
    "케이스": "case", "충전기": "charger", "케이블": "cable", "이어폰": "earphones", "헤드폰": "headphones",
    "무선": "wireless",
    # editions, bundles, networks, generations
    "标准版": "standard edition", "標準版": "standard edition", "全能套装": "combo", "全能套裝": "combo",
    "套装": "bundle", "套裝": "bundle", "套餐": "bundle", "礼盒": "gift set", "禮盒": "gift set",
    "主动降噪": "anc", "主動降噪": "anc", "ノイキャン": "anc",
    "行動網路": "cellular", "蜂窝网络": "cellular", "蜂窩網路": "cellular", "セルラー": "cellular",
    "셀룰러": "cellular", "シムフリー": "unlocked", "SIMフリー": "unlocked",
    "限定版": "limited edition", "限量版": "limited edition", "特別版": "special edition",
    "豪华版": "deluxe edition", "豪華版": "deluxe edition", "通常版": "standard edition",
    "詰め替え": "refill", "詰替": "refill", "つめかえ": "refill", "替换装": "refill", "리필": "refill",
    "本体": "body", "本體": "body", "主機": "", "主机": "", "搭載": "", "搭载": "",
    "アクティブノイズキャンセリング": "anc", "珊瑚色": "coral", "珊瑚": "coral",
}
# counters after a number: a count ("24本", "12個入", "40개", "2봉", "30 ซอง")
_COUNTERS = ("個入り", "個入", "個", "食入", "食", "盒", "罐", "听", "杯", "条", "條", "只", "隻", "本入", "本", "枚入", "枚", "袋", "缶", "箱", "入り", "入", "件", "瓶", "包",
             "支", "片", "粒", "개입", "개", "장", "봉", "병", "캔", "매", "팩", "ซอง", "ชิ้น", "ขวด", "แพ็ค")
_UNITS = {"毫升": "ml", "ミリリットル": "ml", "밀리리터": "ml", "มล.": "ml", "มล": "ml", "升": "l", "リットル": "l",
          "리터": "l", "千克": "kg", "公斤": "kg", "キロ": "kg", "킬로그램": "kg", "克": "g", "グラム": "g",
          "그램": "g", "กรัม": "g", "吋": "inch", "英寸": "inch", "インチ": "inch", "인치": "inch", "毫安": "mah"}
# what says nothing of the product: genuine / official / domestic / free shipping
_NOISE = ("国内正規品", "正規品", "正规品", "送料無料", "公式", "官方", "正品", "官方正品", "국내정품", "정품",
          "정식발매", "ของแท้", "พร้อมส่ง", "官方旗舰店", "新品", "新款", "款", "整箱")


def _key(s: str) -> str:
    # the cleaner hands this module NFKD text without combining marks ("ブ" is "フ" then)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


_TABLE: dict = {}
for _d in (_WORDS, _COLOURS, _UNITS):
    for _k, _v in _d.items():
        _TABLE[_key(_k)] = _v
for _k in _NOISE:
    _TABLE[_key(_k)] = ""

_GENERATION = re.compile(_key("第") + r"\s*([0-9一二三四五六七八九十]+)\s*" + "(?:" + _key("代") + "|" + _key("世代") + ")")
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ORD = {1: "1st", 2: "2nd", 3: "3rd"}
_COUNT = re.compile(r"(\d+)\s*(?:" + "|".join(re.escape(_key(c)) for c in _COUNTERS) + r")")
_UNIT_AFTER = re.compile(r"(\d+(?:\.\d+)?)\s*(" + "|".join(
    re.escape(_key(u)) for u in sorted(_UNITS, key=len, reverse=True)) + ")")
_BRACKETS = re.compile(r"[\u3010\u3011\u300c\u300d\u300e\u300f\u3014\u3015\u3008-\u300b\uff3b\uff3d\u3001\u3002\u30fb\u3000]")
# one known word, longest first, anywhere in a run of native text
_KNOWN = re.compile("|".join(re.escape(k) for k in sorted(_TABLE, key=len, reverse=True)))
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
        # "リップ" lip in "フィリップス" Philips, "プラス" in "プラスチック" - ``lingua.inside_word``)
        if _lingua.inside_word(run, m.start(), m.end(), m.start() == pos and pos > 0 and bool(out),
                               _known_at):
            start = m.start() + 1
            continue
        if m.start() > pos:
            out.append(_opaque(run[pos:m.start()]))
        out.append(_TABLE[m.group()])
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

        keyed = [g for g in own.scripts if len(g) == 1 and next(iter(g))[:2] in ("j:", "k:")]
        if keyed and not _all_read(other, keyed):
            return False
    return True


# one-character pieces that are grammar or a shop's packaging words, no name
_CN_KEEP_OUT = frozenset(_key(c) for c in "装型款版用")


def to_latin(s: str) -> str:
    """``s`` (NFKD, no combining marks, as the cleaner has it) with its CJK text read as
    Latin words; text without CJK characters is returned as it is."""
    if not HINT(s):
        return s
    s = _BRACKETS.sub(" ", s)
    if "第" in s:
        s = _GENERATION.sub(_generation, s)
    s = _UNIT_AFTER.sub(lambda m: f"{m.group(1)}{_UNITS_KEYED[m.group(2)]} ", s)
    s = _COUNT.sub(lambda m: f" {m.group(1)} count ", s)
    return _RUN.sub(lambda m: _read_run(m.group()), s)


_UNITS_KEYED = {_key(k): v for k, v in _UNITS.items()}
