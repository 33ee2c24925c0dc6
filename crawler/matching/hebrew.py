"""Hebrew words read as words (session 18, ml18; issue 12).

Shops in Israel write a title in Hebrew letters with the brand and model in Latin ones:
"מכונת קפה נספרסו Essenza Mini שחורה" (a coffee machine, black), "אייפון 15 פלוס 128GB כחול"
(blue), "במבה אסם 80 גרם" (80 grams).  The title cleaner keeps only the letters a-z, so every
Hebrew word was dropped - the colour too: "... Essenza Mini שחורה" and "... Essenza Mini לבנה"
(white) read as one title and were called one product.

``to_latin`` reads the Hebrew words of ``WORDS`` (colours, units, packs, the shops' kinds) as
their English word, a unit after a number as the unit ("80 גרם" = "80 g", "1 ליטר" = "1 l"),
and a word with one of the prefix letters Hebrew glues on ("ו" and, "ה" the, "ב" in, "ל" for,
"מ" from, "ש" that) as the word; any other Hebrew word is left as it was (dropped by the cleaner,
as before).  Not "כסף" (silver and money), "חום" (brown and heat).

(Vietnamese colours, read by the same session: ``vietnamese``.)
"""

from __future__ import annotations

import re

from .phrasebook import phrase_table, read_tokens

HINT = re.compile("[\u0590-\u05ff]").search
_WORD = re.compile("[\u05d0-\u05ea\u05f3\u05f4'\"]+")

WORDS = {
    # colours (masculine, feminine, plural)
    "black": "שחור שחורה שחורים שחורות", "white": "לבן לבנה לבנים לבנות", "blue": "כחול כחולה כחולים",
    "red": "אדום אדומה אדומים", "green": "ירוק ירוקה ירוקים", "yellow": "צהוב צהובה", "grey": "אפור אפורה",
    "silver": "כסוף כסופה", "gold": "זהב", "pink": "ורוד ורודה", "purple": "סגול סגולה", "orange": "כתום כתומה",
    # kinds
    "chocolate": "שוקולד", "milk": "חלב", "cheese": "גבינה", "shampoo": "שמפו", "soap": "סבון",
    "coffee": "קפה", "headphones": "אוזניות", "toilet paper": "נייר_טואלט", "coffee machine": "מכונת_קפה",
    "monitor": "מסך_מחשב", "snack": "חטיף",
    "toothbrush": "מברשת_שיניים", "electric": "חשמלית חשמלי", "cottage": "קוטג'", "phone": "טלפון",
    # the variant and line words shops write in Hebrew letters ("אייפון 15 פלוס": iPhone 15 Plus)
    "plus": "פלוס", "pro": "פרו", "max": "מקס", "mini": "מיני", "ultra": "אולטרה", "iphone": "אייפון",
    "galaxy": "גלקסי", "apple": "אפל", "samsung": "סמסונג",
    # (session 22, ml22c) flavours and scents, and the line's "classic" ("תה ירוק קלאסי" / "עם נענע":
    # the plain green tea is no mint one; "לבנדר" / "הדרים" two floor cleaners)
    "mint": "נענע מנטה", "lemon": "לימון", "vanilla": "וניל", "strawberry": "תות", "honey": "דבש",
    "cinnamon": "קינמון", "lavender": "לבנדר", "citrus": "הדרים", "coconut": "קוקוס", "aloe vera": "אלוורה",
    "cardamom": "הל", "peach": "אפרסק", "apple ": "תפוח", "chamomile": "קמומיל", "classic": "קלאסי קלאסית",
    "green tea": "תה_ירוק", "tea": "תה",
    # a colour's marker "בצבע" (in the colour), dark, navy; a nappy's size and stage words; a count's
    # unit "יח'" (units, pieces) is read after a number (``UNITS``)
    "navy": "נייבי", "dark": "כהה", "": "בצבע צבע מידה שלב",
    # packs and counts
    "rolls": "גלילים", "pcs": "יחידות", "pack": "מארז", "with": "עם", "for": "ל",
}
# session 23, ml (rules23ml): the kinds, forms and claims of Israeli shops' grocery, toiletry and
# software titles the table lacked (nappies, cream, hands, peanuts, a jar, instant and
# freeze-dried coffee, bleach, a licence's key and download), a cottage cheese written with its
# geresh dropped, and the shop's "official importer" - a word of the shop's, as "정품" or "Chính
# hãng": read as nothing.  Each read word is no longer an unread name the Latin title must print
# (``scripts.hebrew_keys``).
WORDS.update({
    "diapers": "טיטולים חיתולים", "cream": "קרם", "hand": "ידיים", "peanut": "בוטנים", "jar": "צנצנת",
    "instant": "נמס", "freeze dried": "מיובש_בהקפאה", "bleach": "מלבין", "disinfectant": "מחטא",
    "mineral": "מינרלי מינרלים", "cottage ": "קוטג", "key": "מפתח", "activation": "הפעלה",
    "download": "להורדה הורדה", "digital": "דיגיטלי דיגיטלית", "licence": "רישיון", "generation": "דור",
    "charging case": "כיסוי_טעינה", "smartphone": "סמארטפון",
})
WORDS[""] = WORDS[""] + " יבואן_רשמי יבואן רשמי"
UNITS = {"גרם": "g", "ג'": "g", "גר'": "g", 'ק"ג': "kg", "ק״ג": "kg", "קג": "kg", "קילו": "kg", "ליטר": "l",
         "ל'": "l", 'מ"ל': "ml", "מ״ל": "ml", "מל": "ml", "אינץ'": "inch", "אינץ": "inch", "וואט": "w",
         "יח'": "pcs", "יח׳": "pcs", "יחידות": "pcs"}  # (session 22, ml22c: "80 יח'", 80 units)
_PREFIX = "והבלמש"
# (session 23, lex23) the common kinds of ``lexicon`` the table lacked (a word it reads keeps its reading)
from .lexicon import HEBREW as _LEX, merge_script as _merge  # noqa: E402

_merge(WORDS, _LEX)
_TABLE = phrase_table(WORDS)
_UNIT_AFTER = re.compile(r"(\d)(\s?)([\u05d0-\u05ea]+(?:['\"\u05f3\u05f4][\u05d0-\u05ea]*)?)(?![\u05d0-\u05ea])")


def _unit_repl(m: re.Match) -> str:
    u = UNITS.get(m.group(3))
    return m.group() if u is None else m.group(1) + m.group(2) + u + " "


# words that look like a prefix letter and a word of the table and are words of their own
# (review18: "מלבן" a rectangle, "מלבנים" rectangles - not "from white": a rectangular storage box
# against the "transparent" one was a colour conflict)
_NOT_PREFIXED = frozenset(("מלבן", "מלבנים"))


def _lookup(w: str):
    w = w.strip("'\"\u05f3\u05f4")
    if (w,) in _TABLE:
        return _TABLE[(w,)]
    if len(w) > 3 and w[0] in _PREFIX and (w[1:],) in _TABLE and w not in _NOT_PREFIXED:
        return _TABLE[(w[1:],)]
    return None


# (session 19, ml19) two words of two meanings, read by their place:
# * "לבנה" is white (feminine) after the noun it describes ("... Essenza Mini לבנה") and the
#   cheese labneh as a title's first word - Hebrew names the kind first ("לבנה תנובה 5%
#   250 גרם": Tnuva labneh), as a colour never stands;
# * "אפל" is Apple, and dark right after a colour ("כחול אפל", dark blue).
_COLOUR_WORDS = "|".join(w for en in ("black", "white", "blue", "red", "green", "yellow", "grey", "silver", "gold",
                                      "pink", "purple", "orange") for w in WORDS[en].split())
_DARK_AFTER_COLOUR = re.compile("(?<![\u05d0-\u05ea])(" + _COLOUR_WORDS + ")\\s+\u05d0\u05e4\u05dc(?![\u05d0-\u05ea])")
_LABNEH_FIRST = re.compile("^([\\W\\d_]*)\u05dc\u05d1\u05e0\u05d4(?![\u05d0-\u05ea])")


def to_latin(text: str) -> str:
    """``text`` with its Hebrew units, and the Hebrew words (and two-word phrases) of ``WORDS``,
    read as English words (above); every other Hebrew word left as it was."""
    if "\u05dc\u05d1\u05e0\u05d4" in text:
        text = _LABNEH_FIRST.sub(lambda m: m.group(1) + " labneh ", text)
    if "\u05d0\u05e4\u05dc" in text:
        text = _DARK_AFTER_COLOUR.sub(lambda m: m.group(1) + " dark ", text)
    text = _UNIT_AFTER.sub(_unit_repl, text)
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text) if HINT(m.group())]
    if not toks:
        return text
    return read_tokens(text, toks, _TABLE, _lookup)
