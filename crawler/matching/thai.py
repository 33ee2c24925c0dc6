"""Thai titles read as words (session 19, ml19; issue 12, multilingual titles).

Shops in Thailand write a title in Thai letters with the brand and model often in Latin ones:
"มาม่า บะหมี่กึ่งสำเร็จรูป รสต้มยำกุ้ง 55 กรัม x 10 ซอง" (Mama instant noodles, tom yum shrimp
flavour, 55 g, 10 sachets), "น้ำปลาแท้ ตราทิพรส 700 มล." (Tiparos fish sauce, 700 ml).  Thai is
written without spaces between words, so the readers before this one (``cjk``) read only its
colours ("สีดำ"), units and counters, and dropped every other Thai letter: the title above read
"55g 10 count", and neither its kind nor its flavour could tell it from another.

``to_latin`` cuts each run of Thai letters into words with PyThaiNLP's dictionary tokenizer
(``newmm``: maximal matching over its Thai word list, within Thai character clusters) and reads

* a word (or words in a row) of ``WORDS`` - kinds, flavours, forms, units, counters, colours -
  as its English word ("ยาสีฟัน" toothpaste, "รส" flavour, "ต้มยำกุ้ง" tom yum shrimp, "กรัม" g,
  "ซอง" a sachet, counted); ``NOISE`` (genuine, ready to ship, the "ตรา" before a brand) as
  nothing;
* the words in a row no table knows - most often a name written as it sounds ("ทิพรส" Tiparos,
  "ดาร์ลี่" Darlie) - as one opaque word (``cjk.OPAQUE`` + "t" + its letters), as ``cjk`` keeps a
  katakana name it cannot read: against a Latin title it is excused only where the title's keyed
  names are all read there (``thai_keys``: each such piece's consonants, ``thai_key``), so a Thai
  word the other title does not print ("น้ำข้น", the thick-broth noodles) keeps the two apart,
  and a name the other title prints in Latin letters ("Tiparos") agrees.

Only titles with Thai letters pay for it (``HINT``); the tokenizer's word list loads at the first
Thai title.
"""

from __future__ import annotations

import os
import re

from anyascii import anyascii

HINT = re.compile("[\u0e00-\u0e7f]").search
_RUN = re.compile("[\u0e00-\u0e7f]+")

# {English: Thai words} (a word here may be what the tokenizer gives as two or three words in a
# row: "บะหมี่กึ่งสำเร็จรูป" is its "บะหมี่" "กึ่ง" "สำเร็จรูป"); the English word as the tables
# of the other languages read it
WORDS = {
    # units and counters (the number before them is read by the unit rules)
    "g": "กรัม ก.", "kg": "กิโลกรัม กก. กก", "mg": "มิลลิกรัม", "ml": "มล มล. มิลลิลิตร", "l": "ลิตร",
    "inch": "นิ้ว", "w": "วัตต์", "mah": "มิลลิแอมป์", "cm": "ซม ซม. เซนติเมตร", "mm": "มม มม. มิลลิเมตร",
    "count": "ซอง ชิ้น ชิ้น. เม็ด ก้อน แผ่น ม้วน", "pack": "แพ็ค แพ็ก แพค", "bottle": "ขวด", "can": "กระป๋อง",
    "box": "กล่อง", "bag": "ถุง", "pouch": "ถุงเติม",
    "cup": "คัพ ถ้วย",  # (session 19, ml19b: cup noodles, "มาม่า คัพ", not the pack of sachets)
    # kinds of groceries and toiletries
    "toothpaste": "ยาสีฟัน", "toothbrush": "แปรงสีฟัน", "shampoo": "แชมพู", "conditioner": "ครีมนวดผม ครีมนวด",
    "soap": "สบู่", "shower gel": "ครีมอาบน้ำ เจลอาบน้ำ", "lotion": "โลชั่น", "serum": "เซรั่ม",
    "sunscreen": "ครีมกันแดด กันแดด", "cream": "ครีม", "cleanser": "โฟมล้างหน้า", "deodorant": "โรลออน",
    "detergent": "ผงซักฟอก น้ำยาซักผ้า", "softener": "น้ำยาปรับผ้านุ่ม", "dish soap": "น้ำยาล้างจาน",
    "diapers": "ผ้าอ้อม ผ้าอ้อมสำเร็จรูป", "tissues": "กระดาษทิชชู่ ทิชชู่", "instant noodles": "บะหมี่กึ่งสำเร็จรูป",
    "noodles": "บะหมี่ เส้นหมี่", "fish sauce": "น้ำปลา", "soy sauce": "ซีอิ๊ว ซอสถั่วเหลือง", "sauce": "ซอส",
    "oyster sauce": "ซอสหอยนางรม", "coffee": "กาแฟ", "tea": "ชา", "green tea": "ชาเขียว กรีนที",
    "milk": "นม นมสด", "yogurt": "โยเกิร์ต", "water": "น้ำดื่ม", "mineral water": "น้ำแร่", "beer": "เบียร์",
    "oil": "น้ำมัน", "vegetable oil": "น้ำมันพืช", "rice": "ข้าว ข้าวสาร", "jasmine rice": "ข้าวหอมมะลิ",
    "sugar": "น้ำตาล น้ำตาลทราย", "salt": "เกลือ", "snack": "ขนม", "chocolate": "ช็อกโกแลต ช็อคโกแลต",
    "juice": "น้ำผลไม้", "biscuits": "บิสกิต",
    # flavours ("รส", a flavour, before the flavour's words; not "เนื้อ": meat, and a cream's texture)
    "flavour": "รส รสชาติ", "tom yum": "ต้มยำ", "tom yum shrimp": "ต้มยำกุ้ง", "shrimp": "กุ้ง",
    "minced pork": "หมูสับ", "pork": "หมู", "chicken": "ไก่", "honey": "น้ำผึ้ง",
    "lemon": "มะนาว", "orange": "ส้ม", "strawberry": "สตรอว์เบอร์รี่ สตรอเบอร์รี่", "original": "ออริจินัล ดั้งเดิม",
    "mint": "มิ้นท์ มินต์", "vanilla": "วานิลลา", "coconut": "มะพร้าว", "mango": "มะม่วง", "spicy": "เผ็ด",
    "unflavoured": "จืด รสจืด",  # (session 22, ml22c: plain milk, no honey nor chocolate flavour)
    "no sugar": "ไม่มีน้ำตาล", "sugar free": "ปราศจากน้ำตาล", "whitening": "ไวท์เทนนิ่ง", "vitamin c": "วิตามินซี",
    # devices and what they are
    "phone": "โทรศัพท์ มือถือ โทรศัพท์มือถือ", "smartphone": "สมาร์ทโฟน", "tablet": "แท็บเล็ต แท็บเล็ท",
    "laptop": "โน้ตบุ๊ก โน๊ตบุ๊ค โน้ตบุ๊ค", "tv": "ทีวี โทรทัศน์", "headphones": "หูฟัง", "speaker": "ลำโพง",
    "mouse": "เมาส์", "keyboard": "คีย์บอร์ด", "charger": "ที่ชาร์จ อะแดปเตอร์", "cable": "สายชาร์จ สาย",
    "case": "เคส", "camera": "กล้อง", "watch": "นาฬิกา", "smartwatch": "สมาร์ทวอทช์", "vacuum": "เครื่องดูดฝุ่น",
    "fan": "พัดลม", "rice cooker": "หม้อหุงข้าว", "refrigerator": "ตู้เย็น", "washing machine": "เครื่องซักผ้า",
    "air fryer": "หม้อทอดไร้น้ำมัน", "wireless": "ไร้สาย", "bluetooth": "บลูทูธ", "power bank": "พาวเวอร์แบงค์",
    # colours written without the "สี" (colour) before them, and the "สี" itself
    "black": "ดำ", "white": "ขาว", "red": "แดง", "blue": "ฟ้า", "navy": "น้ำเงิน", "green": "เขียว",
    "yellow": "เหลือง", "pink": "ชมพู", "purple": "ม่วง", "gray": "เทา", "silver": "เงิน", "gold": "ทอง",
    "brown": "น้ำตาลเข้ม",
    # sizes
    "large": "ใหญ่", "small": "เล็ก", "medium": "กลาง",
    # a term ("ประกันศูนย์ 15 เดือน": a 15-month warranty) read as the unit rules read a term
    "month": "เดือน", "year": "ปี",
    # colours shops name by a loanword or a word of their own ("สีกรมท่า" navy, "สีมิดไนท์" midnight)
    "navy ": "กรมท่า สีกรมท่า", "midnight": "มิดไนท์ สีมิดไนท์", "starlight": "สตาร์ไลท์ สีสตาร์ไลท์",
    "graphite": "กราไฟต์ สีกราไฟต์", "titanium": "ไทเทเนียม ไททาเนียม", "cream ": "สีครีม",
    # English words Thai shops write in Thai letters, as they sound (loanwords: "เอ็กซ์ตร้า ไวท์"
    # Extra White, "ดับเบิ้ล แอ็คชั่น" Double Action, "บอดี้" a camera's body)
    "extra": "เอ็กซ์ตร้า เอ็กซ์ตรา", "white  ": "ไวท์", "dry": "ดราย", "pants": "แพ้นท์ แพนท์", "double": "ดับเบิ้ล ดับเบิล",
    "action": "แอ็คชั่น แอคชั่น", "rich": "ริช", "aroma": "อโรมา", "blend": "เบลนด์", "brew": "บรู",
    "coffee mix": "คอฟฟี่มิกซ์", "mix": "มิกซ์", "smart": "สมาร์ท สมาร์ต", "body": "บอดี้ บอดี", "pro": "โปร",
    "max": "แม็กซ์ แมกซ์", "plus": "พลัส", "mini": "มินิ", "ultra": "อัลตร้า อัลตรา", "lite": "ไลท์",
    "ram": "แรม", "rom": "รอม", "samsung": "ซัมซุง", "apple": "แอปเปิ้ล แอปเปิล", "xiaomi": "เสี่ยวหมี่",
    "uht": "ยูเอชที", "uht milk": "นมยูเอชที", "and ": "แอนด์", "malt": "มอลต์", "tuna": "ทูน่า", "steak": "สเต็ก", "in": "ใน", "vitamin": "วิตามิน",
    "tape measure": "ตลับเมตร", "instant coffee": "กาแฟปรุงสำเร็จ", "energy drink": "เครื่องดื่มชูกำลัง",
    # (session 22, ml22c) kinds, forms and claims of two Thai shops' grocery and home titles: toilet
    # paper, an air fryer as a "machine", a glass bottle (a bottle), a concentrated formula, extra long; Xiaomi
    # as shops also write it
    "toilet paper": "กระดาษชำระ", "air fryer ": "เครื่องทอดไร้น้ำมัน", "bottle ": "ขวดแก้ว", "concentrated": "เข้มข้น สูตรเข้มข้น",
    "extra long": "ยาวพิเศษ", "xiaomi ": "เสี่ยวมี่",
    # small words
    "with": "พร้อม", "for": "สำหรับ", "and": "และ", "set": "ชุด",
}
# what says nothing of the product: genuine, ready to ship, free shipping, official warranty, the
# word "brand" before a name ("ตราทิพรส": the brand Tiparos), "model", "size", "mixed"
NOISE = ("ไซส์ ของแท้ แท้ พร้อมส่ง ส่งฟรี ประกันศูนย์ ประกัน ศูนย์ไทย ตรา ยี่ห้อ รุ่น ขนาด ความจุ ผสม ของ "
         "สินค้า ราคาถูก ราคา ใหม่ ล่าสุด")

# a colour is written after "สี" (colour): "สีดำ" black, "สีน้ำตาล" brown (not sugar)
_COLOURS = ("black", "white", "red", "blue", "navy", "green", "yellow", "pink", "purple", "gray", "silver", "gold")
for _c in _COLOURS:
    WORDS[_c] += " " + " ".join("สี" + w for w in WORDS[_c].split())
WORDS["brown"] += " สีน้ำตาล สีน้ำตาลเข้ม"
WORDS["orange"] += " สีส้ม"
NOISE += " สี"

# (session 23, lex23) the common kinds of ``lexicon`` the table lacked (a word it reads keeps its reading)
from .lexicon import THAI as _LEX, merge_script as _merge  # noqa: E402

_merge(WORDS, _LEX)
_TABLE: dict = {}
for _en, _ws in WORDS.items():
    _en = _en.strip()
    for _w in _ws.split():
        _TABLE.setdefault(_w, _en)
for _w in NOISE.split():
    _TABLE.setdefault(_w, "")
# the most tokenizer words one table word spans
_SPAN = 4

# "brand" before a brand's name
_BRAND_MARKS = frozenset(("ตรา", "ยี่ห้อ"))

OPAQUE = "cjkt"  # (``cjk.OPAQUE`` and the script letter: a native word no table knows)


_TRIE = None


def _quiet_pythainlp() -> None:
    """PyThaiNLP, imported, makes its data folder (``~/pythainlp-data``) and may fetch a corpus
    it lacks: the matcher needs neither - the tokenizer's word list is in the package -, so it is
    imported read-only and offline (a user's own setting of either is kept)."""
    env = os.environ
    if "PYTHAINLP_READ_ONLY" not in env and "PYTHAINLP_READ_MODE" not in env:
        env["PYTHAINLP_READ_ONLY"] = "1"
    env.setdefault("PYTHAINLP_OFFLINE", "1")


def _tokens(run: str) -> list:
    """The words of a run of Thai letters: PyThaiNLP's maximal matching over its word list and
    this module's words (a loanword "เอ็กซ์ตร้า" is one word, not "เอ็กซ์" "ต" "ร้า")."""
    global _TRIE
    _quiet_pythainlp()
    from pythainlp.tokenize import word_tokenize  # (loads its word list at the first Thai title)

    if _TRIE is None:
        from pythainlp.corpus.common import thai_words
        from pythainlp.util import dict_trie

        _TRIE = dict_trie(set(thai_words()) | {w for w in _TABLE if w})
    return [t for t in word_tokenize(run, custom_dict=_TRIE, engine="newmm", keep_whitespace=False) if t.strip()]


def _pieces(run: str):
    """The run read: a list of (English word or None, Thai text) - None for the words in a row
    no table knows, as one piece."""
    toks = _tokens(run)
    out: list = []
    i, n = 0, len(toks)
    unknown: list = []
    while i < n:
        for k in range(min(_SPAN, n - i), 0, -1):
            en = _TABLE.get("".join(toks[i:i + k]))
            if en is not None:
                if unknown:
                    out.append((None, "".join(unknown)))
                    unknown = []
                out.append((en, "".join(toks[i:i + k])))
                i += k
                if toks[i - 1] in _BRAND_MARKS and i < n:
                    # (the rest of the run is the brand's name, whatever words the tokenizer
                    # finds in it: "ตราทิพรส" is the brand Tiparos, not "ทิพ" and "รส" flavour)
                    out.append((None, "".join(toks[i:])))
                    i = n
                break
        else:
            unknown.append(toks[i])
            i += 1
    if unknown:
        out.append((None, "".join(unknown)))
    # (session 22, ml22c) "รส" (flavour) marks the flavour after it: closing a run right after a
    # word no table knows it is that word's last syllable - a name's ("ทิพรส" Tiparos, read "ทิพ" and
    # a flavour) -, no flavour
    if len(out) >= 2 and out[-1][0] == "flavour" and out[-2][0] is None:
        out[-2:] = [(None, out[-2][1] + out[-1][1])]
    return out


def _letters(piece: str) -> str:
    return re.sub(r"[^a-z]", "", anyascii(piece).lower())


def _read_run(m: re.Match) -> str:
    out = []
    for en, th in _pieces(m.group()):
        if en is None:
            w = _letters(th)
            en = OPAQUE + w if len(w) >= 2 else ""
        if en:
            out.append(en)
    return " " + " ".join(out) + " "


# Thai digits ("๑๘๐ มล.")
_DIGITS = str.maketrans({chr(0x0E50 + d): str(d) for d in range(10)})
# a unit's abbreviation after a number, its dot part of it ("55 ก." 55 g, "5 ม." 5 m): the dot
# parts a run of Thai letters, and "ก" or "ม" alone is no word; not the first letter of a dotted
# abbreviation - a date's month ("5 ก.ค. 67" 5 July, "12 ม.ค." 12 January: a lot's or an expiry
# date) is no amount
_ABBREVIATED = {"ก": "g", "กก": "kg", "ม": "m", "ซม": "cm", "มม": "mm", "ล": "l", "มล": "ml"}
_UNIT_AFTER = re.compile(r"(\d)\s?(กก|ก|ซม|มม|มล|ม|ล)\.(?![\u0e00-\u0e7f]{1,2}\.)")


def to_latin(text: str) -> str:
    """``text`` with each run of Thai letters read as words (above); text without Thai letters
    as it is."""
    if not HINT(text):
        return text
    text = text.translate(_DIGITS)
    if "." in text:
        text = _UNIT_AFTER.sub(lambda m: m.group(1) + " " + _ABBREVIATED[m.group(2)] + " ", text)
    return _RUN.sub(_read_run, text)


# --------------------------------------------------------------------------
# a name written in Thai letters is the Latin name it sounds like
# --------------------------------------------------------------------------
# Thai writes a foreign name as it sounds, with the letters of its consonants: "ทิพรส" Tiparos,
# "ดาร์ลี่" Darlie (the "ร์" a silent r, written as the English spelling has it), "คอลเกต" Colgate.
# Read letter by letter (``anyascii``), a Thai consonant's aspirated form is "kh", "th", "ph",
# "ch" and Thai has no g (ก is written for it): the key is the consonants with kh / g / c(k) one
# class, th / t, ph / p, ch / j / c (before e, i: s), z / s, v / w, with vowels, w, y and h
# dropped and repeats squeezed - the Latin word's key is made the same way.  Three consonants at
# least (two name too many).
_DIGRAPH = re.compile(r"kh|th|ph|ch|sh|ck|qu|x|c")
_DIGRAPHS = {"kh": "k", "th": "t", "ph": "p", "ch": "j", "sh": "s", "ck": "k", "qu": "k", "x": "ks"}
_CLASS = str.maketrans({"g": "k", "q": "k", "z": "s", "v": "w", "d": "t", "b": "p"})
MIN_KEY = 3


def thai_key(w: str) -> str:
    """The consonant key of a Latin word or of a Thai word's letter-by-letter reading (above)."""
    w = w.lower()

    def rep(m):
        g = m.group()
        if g == "c":
            return "s" if m.end() < len(w) and w[m.end()] in "eiy" else "k"
        return _DIGRAPHS[g]
    s = _DIGRAPH.sub(rep, w).translate(_CLASS)
    out = []
    for ch in s:
        if ch in "aeiouywh" or not ch.isalpha():
            continue
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def thai_keys(title: str) -> tuple:
    """The keys (each a one-element frozenset marked "t:", as ``scripts.title_skeletons``' groups)
    of the pieces of ``title``'s Thai text no table reads (``_pieces``); () for a title without."""
    if not HINT(title):
        return ()
    out = []
    for m in _RUN.finditer(title):
        for en, th in _pieces(m.group()):
            if en is None:
                key = thai_key(anyascii(th))
                if len(key) >= MIN_KEY:
                    out.append(frozenset(("t:" + key,)))
    return tuple(out)
