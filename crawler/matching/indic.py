"""Hindi (Devanagari) words read as words (session 18, ml18; issue 12, multilingual recall).

Shops in India list one product in English on one site and in Hindi on another: "Amul Butter
500g" / "अमूल बटर 500 ग्राम पैक", "Colgate Strong Teeth Toothpaste 200g (Pack of 2)" /
"कोलगेट स्ट्रॉन्ग टीथ टूथपेस्ट 200 ग्राम - 2 का पैक".  The title cleaner keeps only the letters
a-z, so every Devanagari word was dropped - brand, kind and unit alike: the Hindi title read
"500" and agreed with no English one.

``to_latin`` reads a Devanagari title as Latin text, as ``cyrgreek`` reads Cyrillic and Greek:

* a unit after a number is the unit ("500 ग्राम" = "500 g", "1 किलो" = "1 kg", "5 लीटर" = "5 l");
* a word of ``WORDS`` (the shops' kinds, packs and small words written in Hindi words:
  "नमक" salt, "तेल" oil, "चाय" tea, "पैक" pack, "का" of) is its English word;
* every other word is written in Latin letters, consonant by consonant with its vowel sign
  and the inherent "a" Hindi does not pronounce dropped (at the end of a word, and between
  two consonants that each carry a vowel: "कोलगेट" = "kolget", "अमूल" = "amul", "टूथपेस्ट" =
  "tuthpest").  Hindi shops write brand names and the English loanwords of a kind
  ("टूथपेस्ट", "डिटर्जेंट पाउडर", "बिस्कुट") in Devanagari letters, so the word reads as the
  English title spells it, or with the same consonants: ``read_words`` gives them to
  ``Prepared.translit``, which ``cyrgreek.spelled_otherwise`` compares by consonant skeleton
  ("kolget" / "colgate", "tuthpest" / "toothpaste"), as it compares Cyrillic spellings.

Runs before accents are stripped (the vowel signs, the virama and the nukta are combining
marks NFKD would drop).
"""

from __future__ import annotations

import re
import unicodedata

from .phrasebook import phrase_table, read_tokens

HINT = re.compile("[\u0900-\u0dff]").search  # (Devanagari and the Brahmic scripts after it: ``_BRAHMIC``)
_WORD = re.compile("[\u0900-\u097f]+")

# consonants (with the inherent vowel "a" unless a vowel sign or the virama follows)
_CONS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n",
    "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n",
    "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "f", "ब": "b", "भ": "bh", "म": "m",
    "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v",
    "श": "sh", "ष": "sh", "स": "s", "ह": "h",
    # (the Dravidian letters Devanagari writes with a nukta, as Tamil's "ன", "ற", "ழ" map on them)
    "ऩ": "n", "ऱ": "r", "ऴ": "l",
}
# a consonant with the nukta sign after it (the sounds of Persian and English loanwords)
_NUKTA = {"क": "q", "ख": "kh", "ग": "g", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f"}
# the nukta letters a shop may type as one character ("\u095b" for "ज" and the nukta): read as
# the letter and the sign, as NFC writes them and the tables above and below are written
# (session 18, review18: the precomposed "क़ागज़" read "gaj", its "q" and "z" lost)
_PRECOMPOSED = {cp: "".join(chr(int(x, 16)) for x in unicodedata.decomposition(chr(cp)).split())
                for cp in range(0x0958, 0x0960)}
_HAS_PRECOMPOSED = re.compile("[\u0958-\u095f]").search
# independent vowels and vowel signs
_VOWELS = {"अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e", "ऐ": "ai",
           "ओ": "o", "औ": "au", "ऑ": "o", "ऍ": "e", "ऎ": "e", "ऒ": "o"}
_SIGNS = {"ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "ai", "ो": "o",
          "ौ": "au", "ॉ": "o", "ॅ": "e", "ॆ": "e", "ॊ": "o"}
_VIRAMA = "\u094d"
_NUKTA_SIGN = "\u093c"
# anusvara, chandrabindu: a nasal ("n"); visarga "h"
_NASAL = {"\u0902": "n", "\u0901": "n", "\u0903": "h"}
# (session 20, ml20a: the chandrabindu nasalises a vowel, and Latin spellings leave it out:
# "রাঁধুনী" is "Radhuni", "गुँड़ा" is "gunda"; the anusvara before a consonant is an "n" or "m" they
# write: "हिंदी", "ম্যাংগো")
_NASAL["\u0901"] = ""
_DIGITS = {chr(0x0966 + d): str(d) for d in range(10)}

# session 20, ml20a: Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam are
# laid out in Unicode as Devanagari is (the ISCII order: each block 0x80 after the one before,
# one sound at one place - "ক" 0x0995 and "क" 0x0915 are both "ka", "ம" 0x0BAE and "म" are "ma",
# the vowel signs, virama and digits alike), so a word of any of them is read as the Devanagari
# word at the same places: shops in Bangladesh, Tamil Nadu or Gujarat write brand names and
# units as Hindi shops do ("প্রাণ" Pran, "৫ লিটার" 5 l, "ஆச்சி" Aachi).  (Sinhala, after them,
# is laid out otherwise.)
_OTHER_BRAHMIC = re.compile("[\u0980-\u0dff]").search
_BRAHMIC = {cp: cp - ((cp - 0x0900) // 0x80) * 0x80 for cp in range(0x0980, 0x0D80)}
# Sinhala (Sri Lanka), after them, is laid out otherwise: its letters mapped one by one on the
# Devanagari letters of the same sound (the prenasalised stops as their stop, "ෆ" as "फ़" f, "ැ"
# "ෑ" - the vowel of "cat" - as "ॅ"), the zero-width joiner of its conjuncts dropped:
# "සෙන්සොඩයින්" Sensodyne, "රැපිඩ්" rapid
_SINHALA = {
    **dict(zip(map(ord, "කඛගඝඞචඡජඣඤටඨඩඪණතථදධනපඵබභමයරලවශෂසහළ"),
               "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळ")),
    **dict(zip(map(ord, "ඟඬඳඹ"), "गडदब")),
    **dict(zip(map(ord, "අආඇඈඉඊඋඌඑඒඓඔඕඖ"), "अआऍऍइईउऊएएऐओओऔ")),
    **dict(zip(map(ord, "ාැෑිීුූෘෙේෛොෝෞ්ංඃ"), "ाॅॅिीुूृेेैोोौ्ंः")),
    ord("ෆ"): "फ़", 0x200d: None, 0x200c: None,
    **{0x0de6 + d: chr(0x0966 + d) for d in range(10)},
}
# (and the few letters of the ISCII blocks with no Devanagari letter at their place: Gurmukhi's
# tippi - its anusvara - and addak - a doubled consonant, unwritten in Latin -, Malayalam's
# chillu letters - a consonant with no vowel: "ൻ" is "न्")
_BRAHMIC.update({0x0A70: 0x0902, 0x0A71: None, 0x0D7A: "ण्", 0x0D7B: "न्", 0x0D7C: "र्", 0x0D7D: "ल्",
                 0x0D7E: "ळ्", 0x0D7F: "क्"})
_BRAHMIC.update({cp: None for cp in range(0x0d80, 0x0e00)})
_BRAHMIC.update(_SINHALA)

# Bengali has no letter "w" and writes it "ও" and "য়" (o and ya, nukta or precomposed):
# "ওয়াশ" wash, "ওয়াটার" water, "ওয়াইপস" wipes - read as the Devanagari "व" (v, as Hindi
# writes the w of "वॉश")
_BENGALI_W = re.compile("\u0993(?:\u09af\u09bc|\u09df)")


# Tamil has one letter "ச" for "ch" and "s" and says "s" at a word's start ("சக்தி" Sakthi,
# "சன்ஃப்ளவர்" sunflower), "ch" doubled ("ஆச்சி" Aachi): the first is read as Tamil's "ஸ" (s)
_TAMIL_S = re.compile("(?<![\u0b80-\u0bff])\u0b9a")


def _script_sounds(text: str) -> str:
    if "\u0b9a" in text:
        text = _TAMIL_S.sub("\u0bb8", text)
    return _BENGALI_W.sub("\u0935", text) if "\u0993" in text else text


def transliterate(w: str) -> str:
    """A Devanagari word in Latin letters (see the module's text): a list of (consonant,
    vowel) units, the inherent "a" dropped at the end and between two voiced syllables."""
    units = []  # [consonant letters, vowel, inherent?]
    i, n = 0, len(w)
    while i < n:
        ch = w[i]
        if ch in _CONS:
            c = _CONS[ch]
            if i + 1 < n and w[i + 1] == _NUKTA_SIGN:
                c = _NUKTA.get(ch, c)
                i += 1
            v, inherent = "a", True
            if i + 1 < n:
                nxt = w[i + 1]
                if nxt in _SIGNS:
                    v, inherent = _SIGNS[nxt], False
                    i += 1
                elif nxt == _VIRAMA:
                    v, inherent = "", False
                    i += 1
            units.append([c, v, inherent])
        elif ch in _VOWELS:
            units.append(["", _VOWELS[ch], False])
        elif ch in _NASAL:
            if units:
                units[-1][1] += _NASAL[ch]
                if units[-1][2]:
                    units[-1][2] = False
        elif ch in _DIGITS:
            units.append([_DIGITS[ch], "", False])
        i += 1
    # the inherent vowel Hindi does not pronounce: at the end of a word of two syllables or
    # more, and in a syllable between a voiced one and a consonant with its vowel
    m = len(units)
    if m > 1 and units[-1][2] and units[-1][0]:
        units[-1][1] = ""
    for k in range(1, m - 1):
        u = units[k]
        if u[2] and u[1] == "a" and units[k - 1][1] and units[k + 1][0] and units[k + 1][1]:
            u[1] = ""
            u[2] = False
    return "".join(c + v for c, v, _ in units).lower()


# units after a number ("500 ग्राम", "1 किलो", "1.5 लीटर")
UNITS = {
    "ग्राम": "g", "ग्रा": "g", "ग्रा.": "g", "किलो": "kg", "किग्रा": "kg", "किलोग्राम": "kg", "ली": "l",
    "लीटर": "l", "लिटर": "l", "मिली": "ml", "मिलीलीटर": "ml", "वाट": "w", "मीटर": "m", "सेमी": "cm",
    "मिमी": "mm", "इंच": "inch",
    # (session 22, ml22c: the abbreviations Hindi shops write with a dot after each part - "400
    # मि.ली." 400 ml, "1 कि.ग्रा." -, and the bytes of a memory as spoken, "128 जीबी" 128 GB)
    "मि.ली.": "ml", "मि.ली": "ml", "कि.ग्रा.": "kg", "कि.ग्रा": "kg", "मि.ग्रा.": "mg", "मि.ग्रा": "mg",
    "ली.": "l", "जीबी": "gb", "टीबी": "tb", "एमबी": "mb", "एमएएच": "mah",
}

# session 20, ml20a: the units as the other Brahmic scripts spell them, read by their sound (a
# unit is the English or French word in every one of them: Bengali "গ্রাম", "লিটার", "মিলি", Tamil
# "கிராம்", "லிட்டர்", Gujarati "ગ્રામ"), its doubled letters written once
_SPOKEN_UNITS = {
    "gram": "g", "gra": "g", "gm": "g", "kiram": "g", "giram": "g", "gramm": "g", "gran": "g",  # ("ಗ್ರಾಂ")
    "kilo": "kg", "kilogram": "kg", "keji": "kg", "kiloggram": "kg", "kilokiram": "kg",
    "litar": "l", "liter": "l", "litr": "l", "litre": "l", "li": "l",
    "mili": "ml", "mil": "ml", "mililitar": "ml", "mililiter": "ml", "emel": "ml", "emal": "ml",
    "milligram": "mg", "miligram": "mg", "vat": "w", "vatt": "w", "vaat": "w", "mitar": "m",
    "sentimitar": "cm", "semi": "cm", "milimitar": "mm", "inch": "inch", "inchi": "inch",
}


def _squeezed(w: str) -> str:
    return re.sub(r"(.)\1+", r"\1", w)


# Hindi words of the kinds, packs and small words shops write ({English: Hindi words})
WORDS = {
    "salt": "नमक", "oil": "तेल", "tea": "चाय चाय_पत्ती टी", "sugar": "चीनी शक्कर", "atta": "आटा", "rice": "चावल",
    "milk": "दूध", "ghee": "घी", "butter": "मक्खन", "water": "पानी", "soap": "साबुन", "sunflower": "सूरजमुखी",
    "mustard": "सरसों", "dal": "दाल", "spices": "मसाले", "namkeen": "नमकीन",
    # the English words of a kind as Hindi shops write them
    "toothpaste": "टूथपेस्ट", "detergent": "डिटर्जेंट", "powder": "पाउडर", "liquid": "लिक्विड", "noodles": "नूडल्स",
    "biscuits": "बिस्कुट बिस्किट", "handwash": "हैंडवॉश हैंड_वॉश", "face wash": "फेस_वॉश", "cleaner": "क्लीनर",
    "earbuds": "ईयरबड्स इयरबड्स", "bluetooth": "ब्लूटूथ", "wireless": "वायरलेस", "pressure cooker": "प्रेशर_कुकर",
    "refill": "रिफिल", "original": "ओरिजिनल ओरिजनल",
    # packs, counts and small words
    "pack": "पैक पैकेट", "of": "का की के", "and": "और", "with": "साथ", "for": "लिए", "pieces": "पीस",
    "year": "साल वर्ष", "month": "महीना महीने", "user": "यूजर यूज़र", "combo": "कॉम्बो",
    # colours
    "black": "काला काली ब्लैक", "white": "सफ़ेद सफेद व्हाइट", "red": "लाल", "blue": "नीला नीली", "green": "हरा हरी",
    "yellow": "पीला पीली",
}

# session 20, ml20a: the kinds, ingredients, containers and sizes of an Indian shop's grocery and
# toiletry titles still read letter by letter ("हल्दी" turmeric, "चंदन" sandalwood, "बोतल" a bottle,
# "मीडियम" medium): the English word the other shop prints, and the same words in Bengali,
# Tamil and Sinhala letters (read as ``_BRAHMIC`` maps them; "হলুদ" and "மஞ்சள்", turmeric and yellow both,
# left out)
_WORDS20_HI = {
    "turmeric": "हल्दी", "sandal": "चंदन चन्दन", "chilli": "मिर्च मिर्ची", "red chilli": "लाल_मिर्च",
    "black pepper": "काली_मिर्च", "cumin": "जीरा", "coriander": "धनिया", "cardamom": "इलायची",
    "clove": "लौंग", "ginger": "अदरक", "garlic": "लहसुन", "onion": "प्याज", "tomato": "टमाटर",
    "mango": "आम", "lemon": "नींबू", "rose": "गुलाब", "honey": "शहद", "flour": "मैदा", "besan": "बेसन",
    "jaggery": "गुड़", "saffron": "केसर", "almond": "बादाम", "cashew": "काजू", "coconut": "नारियल",
    "iodised": "आयोडीन_युक्त आयोडाइज़्ड", "dishwash": "बर्तन_धोने",
    "bottle": "बोतल", "box": "डिब्बा डब्बा", "jar": "जार", "pouch": "पाउच", "family pack": "फैमिली_पैक",
    "size": "साइज़ साइज", "small": "स्मॉल छोटा", "medium": "मीडियम", "large": "लार्ज बड़ा",
    "extra large": "एक्स्ट्रा_लार्ज", "all": "ऑल",
}
_WORDS20_BN = {
    "salt": "লবণ", "oil": "তেল", "sugar": "চিনি", "rice": "চাল", "milk": "দুধ", "tea": "চা", "soap": "সাবান",
    "water": "পানি", "chilli": "মরিচ", "powder": "গুঁড়া গুড়া গুঁড়ো", "cumin": "জিরা", "coriander": "ধনিয়া",
    "flour": "ময়দা", "atta": "আটা", "ghee": "ঘি", "butter": "মাখন", "honey": "মধু", "juice": "জুস",
    "biscuits": "বিস্কুট", "noodles": "নুডলস", "mustard": "সরিষা", "dal": "ডাল",
    "pieces": "পিস", "pack": "প্যাক", "bottle": "বোতল", "and": "ও এবং", "with": "সহ", "for": "জন্য",
    "black": "কালো", "white": "সাদা", "red": "লাল", "blue": "নীল", "green": "সবুজ",
}
_WORDS20_TA = {
    "salt": "உப்பு", "oil": "எண்ணெய்", "sugar": "சர்க்கரை", "rice": "அரிசி", "milk": "பால்",
    "tea": "தேநீர்", "coffee": "காபி", "soap": "சோப்பு சோப்", "chilli": "மிளகாய்", "powder": "தூள் பொடி",
    "coriander": "மல்லி", "cumin": "சீரகம்", "pepper": "மிளகு", "ghee": "நெய்", "flour": "மாவு",
    "water": "தண்ணீர்", "and": "மற்றும்",
    "black": "கருப்பு", "white": "வெள்ளை", "red": "சிவப்பு", "green": "பச்சை", "blue": "நீலம்",
}
_WORDS20_SI = {
    "milk": "කිරි", "tea": "තේ", "rice": "සහල් හාල්", "sugar": "සීනි", "salt": "ලුණු", "oil": "තෙල්",
    "soap": "සබන්", "flour": "පිටි", "water": "වතුර", "powder": "කුඩු",
    "black": "කළු", "white": "සුදු", "red": "රතු", "green": "කොළ", "blue": "නිල්",
}
# session 22, ml22c: the variant words of a line Hindi shops write as the English loanword sounds
# ("टाटा नमक लाइट" Tata Salt Lite - read letter by letter it was "lait", the French milk, a kind's
# word and no variant; "प्रो", "मैक्स" Pro, Max), and a lamp's "एलईडी लाइट" (LED light: the kind)
_WORDS22_HI = {
    # (and the English loanwords of a kind, a claim or a part: smartphone, headphones, baby, shampoo,
    # gentle, easy wash, storage)
    "smartphone": "स्मार्टफोन स्मार्टफ़ोन", "headphones": "हेडफोन हेडफ़ोन", "baby": "बेबी", "shampoo": "शैम्पू शैंपू शेम्पू",
    "gentle": "जेंटल", "easy": "ईज़ी ईजी", "wash": "वॉश वाश", "washing": "वाशिंग वॉशिंग", "storage": "स्टोरेज",
    "tear free": "आँसू_रहित आंसू_रहित", "on-ear": "ऑन-ईयर", "glucose": "ग्लूकोज़ ग्लूकोज",
    "lite": "लाइट लाईट", "led light": "एलईडी_लाइट", "pro": "प्रो", "max": "मैक्स", "plus": "प्लस", "mini": "मिनी",
    "ultra": "अल्ट्रा", "neo": "नियो", "classic": "क्लासिक", "gold": "गोल्ड", "diet": "डाइट",
}
for _more in (_WORDS20_HI, _WORDS20_BN, _WORDS20_TA, _WORDS20_SI, _WORDS22_HI):
    for _en, _forms in _more.items():
        _forms = _forms.translate(_BRAHMIC)
        WORDS[_en] = WORDS[_en] + " " + _forms if _en in WORDS else _forms
# (session 23, lex23) the common kinds of ``lexicon`` the table lacked (a word it reads keeps its reading)
from .lexicon import HINDI as _LEX, merge_script as _merge  # noqa: E402

_merge(WORDS, _LEX)
_TABLE = phrase_table(WORDS)
_UNIT_AFTER = re.compile(r"(\d)(\s?)([\u0900-\u097f]+(?:\.[\u0900-\u097f]+)?\.?)(?![\u0900-\u097f])")
_SPACES = re.compile(r"[ \t]{2,}").sub


# session 20, ml20a: a Latin letter closing a brand's name after a hyphen is written by its
# English name ("पारले-जी" Parle-G, "बी-नैचुरल" no: a letter is one word after the hyphen,
# closing the name): read as the letter (not "के" - "of" -, K)
_LETTER_NAMES = {
    "ए": "a", "बी": "b", "सी": "c", "डी": "d", "ई": "e", "एफ": "f", "जी": "g", "एच": "h", "आई": "i",
    "जे": "j", "एल": "l", "एम": "m", "एन": "n", "ओ": "o", "पी": "p", "क्यू": "q", "आर": "r",
    "एस": "s", "टी": "t", "यू": "u", "वी": "v", "डब्ल्यू": "w", "एक्स": "x", "वाई": "y", "ज़ेड": "z", "जेड": "z",
}
_LETTER_AFTER_HYPHEN = re.compile("(?<=[\u0900-\u097f])-(" + "|".join(
    sorted(map(re.escape, _LETTER_NAMES), key=len, reverse=True)) + ")(?![\u0900-\u097f])")


def _letter_repl(m: re.Match) -> str:
    return "-" + _LETTER_NAMES[m.group(1)]


def _unit_repl(m: re.Match) -> str:
    u = UNITS.get(m.group(3)) or UNITS.get(m.group(3).rstrip(".")) or _SPOKEN_UNITS.get(
        _squeezed(transliterate(m.group(3).rstrip("."))))
    return m.group() if u is None else m.group(1) + m.group(2) + u + " "


# (session 19, ml19) the Devanagari full stops (danda "।", double danda "॥") are punctuation: a
# shop's sentence ends on its unit ("500 ग्राम।") and the unit was one word with it, unread
_DANDA = str.maketrans({"\u0964": " . ", "\u0965": " . "})
# "टी" is the English letter T as Hindi writes it ("टी वी" TV, "टी-शर्ट" a T-shirt) as well as
# the word tea ("टाटा टी"): a word spelled with it is that word, the letter alone is the tea
_SPELLED_T = re.compile("\u091f\u0940[\\s-]?(\u0935\u0940|\u0936\u0930\u094d\u091f)(?![\u0900-\u097f])")
_SPELLED_T_WORDS = {"\u0935\u0940": " tv ", "\u0936\u0930\u094d\u091f": " t-shirt "}


def to_latin(text: str) -> str:
    """``text`` with its Devanagari digits as digits, a unit after a number as the unit, a
    word (or two-word phrase) of ``WORDS`` as its English word, any other Devanagari word in
    Latin letters (``transliterate``)."""
    if _OTHER_BRAHMIC(text):
        text = _script_sounds(text).translate(_BRAHMIC)
    if _HAS_PRECOMPOSED(text):
        text = text.translate(_PRECOMPOSED)
    if "\u0964" in text or "\u0965" in text:
        text = text.translate(_DANDA)
    if "\u091f\u0940" in text:
        text = _SPELLED_T.sub(lambda m: _SPELLED_T_WORDS[m.group(1)], text)
    if any(c in _DIGITS for c in text):
        text = "".join(_DIGITS.get(c, c) for c in text)
    if "-" in text:
        text = _LETTER_AFTER_HYPHEN.sub(_letter_repl, text)
    text = _UNIT_AFTER.sub(_unit_repl, text)
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    if not toks:
        return text
    return _SPACES(" ", read_tokens(text, toks, _TABLE, _read_word))


def _read_word(w: str) -> str:
    return _TABLE.get((w,)) or transliterate(w)


def read_words(title: str) -> tuple:
    """The Devanagari words of ``title`` no table reads, in Latin letters (of two letters or
    more), after ``MARK`` (what tells ``spelled_in`` they were read from Devanagari - of the
    offer itself, never of what else the process read before): ``Prepared.translit``
    (beside ``cyrgreek.read_words``); () for a title with none."""
    if not HINT(title):
        return ()
    if _OTHER_BRAHMIC(title):
        title = _script_sounds(title).translate(_BRAHMIC)
    if _HAS_PRECOMPOSED(title):
        title = title.translate(_PRECOMPOSED)
    if "-" in title:
        title = _LETTER_AFTER_HYPHEN.sub(_letter_repl, title)
    out = set()
    for w in _WORD.findall(title):
        if (w,) in _TABLE or w in UNITS:
            continue
        x = transliterate(w)
        if _squeezed(x) in _SPOKEN_UNITS:
            continue
        if len(x) >= 2 and x.isalpha():
            out.add(x)
    return (MARK,) + tuple(sorted(out)) if out else ()


# (no word of a cleaned title: a Devanagari letter)
MARK = "\u0905"


# --------------------------------------------------------------------------
# an English word written in Devanagari letters
# --------------------------------------------------------------------------
# Hindi titles write brand names and English words of a kind as they sound ("टीथ" teeth,
# "गेम" game, "क्विक हील" Quick Heal, "सिट्रस" citrus, "डिटर्जेंट" detergent, "बॉश" Bosch): read
# back, their vowels are the sounds, not the English letters ("tith", "gem", "kvik hil"), and
# a soft g, a z are "j" (ज).  Both words are read as a *sound key*: the English spellings of one
# sound made one (sch sh -> s, ch, ck qu ph th dh bh gh kh, c before e i y -> s, else k, soft g
# and z -> j, w -> v, x -> ks, h dropped), then the vowels dropped and a doubled consonant
# written once.  A word read from Devanagari and a word of the other title with one key are one
# word (each printed by one title only): two consonants or more, or one with the same first
# letter in two words of four letters or fewer ("tith" / "teeth" no: "tith" has four, "teeth"
# five - "ti" / "tea" yes).
# (session 20, ml20a: and the English spellings of "sh" and "ch" Hindi writes as it hears them:
# "-tion", "-sion" - "लोशन" lotion, "प्रोटेक्शन" protection -, "tch" - "केचप" ketchup -, "t"
# before "-ure", "-une" - "फॉर्च्यून" fortune, "पिक्चर" picture)
_SOUNDS = re.compile(r"(?<=[a-z])(?:ssion|tion|sion)|tch|(?<=[a-z])tu(?=(?:re?|ne?)s?\b)|gg|sch|sh|ch|ck|qu|ph|th|dh|bh|gh|kh"
                     r"|c(?=[eiy])|c|g(?=[eiy])|[a-z]")
_SOUND = {"ssion": "sn", "tion": "sn", "sion": "sn", "tch": "C", "tu": "C", "gg": "g", "sch": "s", "sh": "s", "ch": "C", "ck": "k", "qu": "kv", "ph": "f", "th": "t", "dh": "d",
          "bh": "b", "gh": "g", "kh": "k", "c": "k", "z": "j", "w": "v", "x": "ks", "q": "k", "h": ""}


def sound_key(w: str, read: bool = False) -> str:
    """(``read``: ``w`` was read from Devanagari letters, whose "g" is always the hard one - Hindi
    writes a soft g "ज", j: session 20, ml20a - "हगीज़" hagiz is Huggies)"""
    out = []
    for m in _SOUNDS.finditer(w):
        s = m.group()
        if s == "c" and m.end() < len(w) and w[m.end()] in "eiy":
            k = "s"
        elif s == "g" and not read and m.end() < len(w) and w[m.end()] in "eiy" and m.start() > 0:
            k = "j"
        else:
            k = _SOUND.get(s, s)
        for ch in k:
            if ch in "aeiouy":
                continue
            if not out or out[-1] != ch:
                out.append(ch)
    return "".join(out)


def spelled_in(w: str, p, other) -> bool:
    """Is ``w`` (a word of p's title the other never prints) the other title's word, one of
    the two read from Devanagari letters, by its sound key (above)?  Only a word of letters has
    one: the key of "150ml" was its letters' ("ml"), which "150 मि.ली." read as "mi li" matched -
    and "300 मि.ली." as well (session 21)."""
    if not w.isalpha():
        return False
    mine = w in p.translit and MARK in p.translit
    theirs = other.translit
    if not mine and MARK not in theirs:
        return False
    key = None
    pw = p.wordset
    for x in other.wordset:
        if x in pw or not x.isalpha() or not (mine or x in theirs) or abs(len(x) - len(w)) > 3:
            continue
        if key is None:
            key = _closing_s(sound_key(w, mine))
            if not key:
                return False
        if _closing_s(sound_key(x, not mine)) == key and (
                len(key) >= 2 or (len(w) <= 4 and len(x) <= 4 and w[0] == x[0])):
            return True
    return False


def _closing_s(key: str) -> str:
    """A key's closing "j" as "s": an English plural's "s" sounds "z" after a vowel or a voiced
    consonant, and Hindi writes it either way ("हगीज़" Huggies, "नूडल्स" noodles; session 20)."""
    return key[:-1] + "s" if key.endswith("j") else key
