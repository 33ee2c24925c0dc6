"""The words South-East Asian shops write around a product (session 20, ml20b; issue 12,
recall on shops in Indonesia, Malaysia, the Philippines, Vietnam and Singapore).

Shops there name the brand and line in Latin letters as the maker does ("Pepsodent Pencegah
Gigi Berlubang", "Vinamilk Optimum Gold", "Safeguard Pure White") and the kind of product,
its container, its count and the listing's notes in Bahasa Indonesia / Malay, Tagalog or
Vietnamese - Vietnamese often without its accents ("Sữa bột" / "Sua bot"): "Pasta Gigi" /
"Toothpaste", "sabon" / "Bar Soap", "3 piraso" / "3 pcs", "lon" / "hộp", "isi 40" / "40
pcs".  Each such word the tables do not know is an identifying word only one title has,
and the pair is left apart.  These are whole classes of words, written from the languages
(not from pairs), merged by ``lingua.install`` into the tables it fills:

* ``KINDS``: kinds of groceries, household and personal-care goods in Indonesian / Malay
  (ID), Tagalog (TL) and Vietnamese without accents (VI, as ``titles`` folds it);
* ``KIND_PHRASES``: kinds written in several words ("pasta gigi", "sabun cuci piring",
  "sua bot", "nuoc rua chen");
* ``FILLER``: containers and packs ("renceng", a strip of sachets; "lon", a can; "thung",
  a carton), count words ("piraso", "biji", "mieng"), a flavour's or a scent's marker
  ("rasa", "perisa", "lasa", "wangi", "huong": "Rasa Vanila" is "Vanilla") and a listing's
  notes ("bergaransi", "asli", "bao hanh": a warranty, genuine goods) - no identifying words;
* ``SYNONYMS``: one value in these languages (refill: "isi ulang", "isi semula"; powder;
  spray; dark, as in "Biru Tua" / "Dark Blue").

Left out, with a second meaning elsewhere: "mi" (Xiaomi's line), "roti" (an Indian flatbread),
"air" (Indonesian water, English air), "coklat" as a colour (brown, and chocolate: read as the flavour), "ta", "vi", "so", "bot",
"hu", "cai" (short Vietnamese syllables that are words of other languages, or parts of names),
"ori" (Indonesian "original", and a code's letters in English titles: "SMI+ORI"), "warranty" (English:
a table here changes no English title's words),
"duong" (Vietnamese sugar and road), "sua" (Vietnamese milk: the first word of "sữa chua" yogurt, "sữa
rửa mặt" a cleanser - a kind of its own would make "sữa tươi" / "sữa chua" one kind and another), "tra" (tea, and a Romance preposition).

``sea_count`` reads a count in these languages' words as the count "N pcs" the number rules
compare ("isi 40" holding 40, "3 piraso", "10 biji", "48 miếng", "40 bungkus" packets).
"""

from __future__ import annotations

import re

# kinds of product ({kind: words}); the kind's name as the tables name it where one exists
KINDS = {
    "milk": "susu gatas",
    "soap": "sabon",
    "shampoo": "syampu",
    "coffee_beverage": "kopi kape",
    "tea": "teh tsaa",
    "drink": "minuman inumin",
    "noodles": "mie mee pancit",
    "diapers": "popok lampin",
    "detergent": "deterjen detergen",
    "soy sauce": "kecap toyo",
    "chili sauce": "sambal",
    "tissues": "tisu",
    "medicine": "obat gamot thuoc",
    "rice": "beras bigas",
    "oil": "minyak mantika",
    "salt": "garam",
    "cheese": "keju keso",
    "butter": "mentega",
    "eggs": "telur itlog",
    "biscuits": "biskuit",
    "candy": "permen kendi",
    "bread": "tinapay",
    "flour": "tepung",
    "cereal": "sereal",
    "sausage": "sosis",
    "snack": "camilan kudapan",
}

# kinds written in several words (every word of the phrase then names the kind)
KIND_PHRASES = {
    "toothpaste": ("pasta gigi", "ubat gigi", "kem danh rang", "toothpaste"),
    "dish soap": ("sabun cuci piring", "sabun pencuci pinggan", "nuoc rua chen", "dishwashing liquid"),
    "shower gel": ("sabun mandi", "sabun cair", "sua tam", "body wash"),  # (the tables' kind of "body wash")
    "baby bottle": ("botol susu", "binh sua", "feeding bottle"),  # (en20b's kind of the same name)
    "wipes": ("tisu basah", "khan uot"),  # (the tables' kind of "wipes")
    "diapers": ("celana popok", "ta quan", "bim quan", "ta dan", "bim dan"),
    "milk powder": ("sua bot", "susu bubuk", "susu formula", "powdered milk", "milk powder"),
    "soy sauce": ("soy sauce", "nuoc tuong", "xi dau"),
    "fish sauce": ("nuoc mam", "patis"),
    # (instant coffee: the kind the tables give "coffee"; "instant" stays the coffee's form)
    "coffee_beverage": ("ca phe hoa tan", "kopi instan"),
    "toilet paper": ("giay ve sinh", "tisu toilet"),
    "insecticide": ("obat nyamuk", "thuoc diet con trung"),
    "drill": ("bor listrik", "may khoan"),
    "bread": ("roti putih", "roti tawar", "white bread"),  # ("roti" alone is left out: an Indian flatbread)
    "toothbrush": ("sikat gigi", "ban chai danh rang"),
    # (session 22, ml22c) Vietnamese kinds of devices: a phone, a speaker
    "phone": ("dien thoai", "dien thoai di dong"),
    "speaker": ("loa bluetooth", "loa di dong"),
}

# containers, packs, count words, a flavour's or scent's marker, a listing's notes
FILLER = (
    # ID / MS containers and packs
    "renceng saset kotak kardus toples kantong "
    # TL containers and packs
    "pakete supot kahon "
    # VI containers and packs (folded): a can, a bottle, a bag, a carton, a jar, a blister
    "lon chai tui thung "
    # count words: ID / MS pieces, TL pieces, VI pieces, tablets
    "biji buah piraso pirasong mieng chiec vien "
    # a flavour's or a scent's marker: "Rasa Vanila", "Perisa Kari", "Wangi Lavender"
    "rasa perisa lasa wangi huong aroma "
    # a listing's notes: warranty, genuine, official store, imported, new
    "bergaransi garansi asli resmi bao hanh nhap khau chinh hang ukuran skala "
    # (session 22, ml22c) a colour's marker, VI "màu" ("màu hồng", as "rasa" marks a flavour)
    "mau"
)

# one value in these languages ({value: words}, ``wordclass.SYNONYM``)
SYNONYMS = {
    "refill": "ulang semula",  # ("isi ulang", "isi semula": refill)
    "powder": "serbuk bubuk",
    "spray": "semprot",
    "dark": "tua gelap",  # ("Biru Tua", "Hijau Gelap")
    "liquid": "cair",
    "cream": "krim",  # ("Susu Penuh Krim": full cream milk)
    "full": "penuh",
    "dandruff": "kelemumur ketombe balakubak",  # ("Syampu Anti Kelemumur": anti-dandruff shampoo)
    # flavours (ID / MS, TL, VI folded): "Rasa Stroberi", "Perisa Coklat", "Sô-cô-la"; not "jeruk"
    # (any citrus), "cam", "nho", "tao", "dua" (short Vietnamese syllables of other words)
    "strawberry": "stroberi strawberi presa",
    "banana": "pisang saging chuoi",
    "coconut": "kelapa niyog",
    "vanilla": "vanila banilya",
    "chocolate": "coklat cokelat tsokolate socola",
    "apple": "apel epal mansanas",
    "honey": "madu pulot",
    # (session 22, ml22c: Indonesian spellings of English line words - "Kapal Api Spesial Mix" -, pant
    # diapers, "Popok ... Celana", and a colour's marker in Vietnamese, "màu hồng": the colour pink)
    "special": "special spesial",
    "pants": "pants celana",
}

# a count in these languages' words: "isi 40" (holding 40), "3 piraso", "10 biji", "48 miếng"
# (folded), read "40 pcs" as the number rules read "40 pcs" - not before a unit ("isi 2 x 500ml",
# "isi 200 ml": an amount, left as it is)
_UNIT_AFTER = r"(?![\d.,]|\s?(?:x|ml|l|g|gr|kg|gram|grams|lt|ltr|liter|litre|pcs|pc|pack|sachet|s)\b)"
_ISI = re.compile(r"\bisi\s?(\d{1,4})" + _UNIT_AFTER)
_COUNT_WORD = re.compile(r"(?<![\w.,])(\d{1,4})\s?(?:piraso|pirasong|biji|buah|mieng|chiec|bungkus)\b")
# one carton, box or pack ("1 dus isi 24", "1 karton 40 pcs", "1 thùng"): the pack itself, no
# number of the product's (the count inside is printed beside it)
_ONE_PACK = re.compile(r"(?<![\w.,])1\s?(?=(?:dus|karton|kardus|box|kahon|thung|pak)\b)")
# Vietnamese "số" (number) before a number: a formula's stage, a size ("Similac số 4" = "Similac 4")
_SO_NUMBER = re.compile(r"(?<![\w])so\s(?=\d)")
# (the words that lead a pass: one set test over the title's space-separated tokens, and the
# count words glued to their number - "isi40", "3piraso", "48mieng")
_HINT_GLUED = re.compile(r"isi|\d(?:piras|biji|buah|mieng|chiec|bungkus)").search
_HINT_TOKENS = frozenset("isi piraso pirasong biji buah mieng chiec bungkus so dus karton kardus box kahon thung pak "
                         "1dus 1karton 1box 1pak".split())


def sea_count(s: str) -> str:
    """``s`` (lower-case, Latin letters) with a count in Indonesian / Malay, Tagalog or
    Vietnamese words written "N pcs", a single carton's "1" and Vietnamese "số" before a
    number dropped; the text as it was where it prints none."""
    if not ("isi" in s or "dus" in s or "kar" in s or "box" in s or "kahon" in s or "thung" in s
            or "pak" in s or "piras" in s or "biji" in s or "buah" in s or "mieng" in s or "chiec" in s
            or "bungkus" in s) and ("so" not in s or "so" not in s.split()):
        return s  # (session 22, speed: every hint but the token "so" holds one of these substrings)
    if _HINT_TOKENS.isdisjoint(s.split()) and not _HINT_GLUED(s):  # (most titles have none)
        return s
    s = _ISI.sub(lambda m: m.group(1) + " pcs", s)
    s = _COUNT_WORD.sub(lambda m: m.group(1) + " pcs", s)
    s = _ONE_PACK.sub("", s)
    return _SO_NUMBER.sub("", s)


# a free gift a listing adds after the product's count or size, or after a "+" ("44 pcs FREE 2 tisu
# basah", "+ FREE Travel Case", "500ml free gift: pouch", "1kg Gratis 1 Botol", Vietnamese "tặng kèm",
# Tagalog "libreng"): the gift's words are no words of the product, up to the next separator.  Not a
# formulation ("Sugar Free", "Free & Clear": no count before, no number or gift word after), nor a
# name ("Momentum Free 2": no count before it), nor "buy 1 free 1" (two of the product)
_GIFT = re.compile(r"(?:\+\s*(?:free|gratis|bonus|hadiah|tang kem|libreng)\b"
                   r"|(?<=\d)(?<!buy 1)(?<!beli 1)(\s?[a-z]{0,5}\s+)(?:free|gratis|hadiah|tang kem|libreng)\s+"
                   r"(?=\d|gift\b|hadiah\b|qua\b))"
                   r".*?(?=\s-\s|[,|()\[\]/]|$)")


def gift_dropped(s: str, unit=None) -> str:
    """``s`` (lower-case, Latin letters) without the words of a free gift (above).  ``unit``: is a
    word a unit of measure or a count ("ml", "kg", "pcs")?  Letters glued to the number before the
    gift must be one: "500ml FREE ...", not "7UP Free 330ml", where the number and its letters are
    a brand's name and "Free" names the sugar-free drink (session 29, mend29)."""
    if not ("free" in s or "gratis" in s or "bonus" in s or "hadiah" in s or "tang kem" in s or "libreng" in s):
        return s
    return _GIFT.sub(lambda m: _gift_repl(m, unit), s)


_COUNT_GLUED = frozenset("pcs pc pk pack ct x er st stk pz pzs".split())


def _gift_repl(m, unit) -> str:
    g = m.group(1)
    if unit is not None and g and not g[0].isspace():
        word = g.split()[0]
        if word not in _COUNT_GLUED and not unit(word):
            return m.group(0)  # (a name: "7up free 330ml")
    return (g or "") + " "
