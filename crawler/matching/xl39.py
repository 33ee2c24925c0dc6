"""One product titled in two languages (session 39, xl39).

Two shops of two countries title one product each in its language: the brand and the product's own name
(a line or model name, a model number) are printed by both, every number agrees, and the words the other
title does not print are that shop's words for the kind, its features and marketing - "Hochdruckreiniger" /
"Idropulitrice", "mit 25 Zubehörteilen" / "kit con 25 accessori", "Saugroboter mit Absaugstation" /
"Aspirateur robot ... avec base d'autovidage".  The tables (``wordclass``, ``lingua``, ``eu38``, ``we38``)
read such words one concept at a time, so a pair whose kind or feature no table knows stays "none" or
"weak" however plain its words are.

The principle read here, for titles in two languages only (one language's rewordings are another reader's):
the pair is one product when

* no rule found a conflict and none found identifying evidence (``rules.decide_matrix``'s free rows);
* the brand is printed by both, and besides the brand the titles share the product's own name: a model
  number after a capitalised name ("Dremel 3000"), a code with a digit ("Roomba j7+"), or two words of letters
  that are not ordinary words of both titles' languages ("Lumea Prestige", "Moka Express"); where no brand is
  known, the word opening a title and printed by the other is the brand and only a model number the name;
* every number one title prints the other prints too (a range's start, "20-145 bar", aside): a capacity, a
  pack count or a model number on one side only names one product of several;
* each title's language is the one its one-sided words are best known in, one of them at least a word of
  that language only; its identifying words the other does not print (the tables' kind, filler and container
  words aside) are, every one, ordinary words of that language - a word-frequency list per language
  (``wordfreq``, Zipf frequency) says so, a compound by its two parts ("Haarentfernungs|gerät",
  "opzet|stukken") - and the two titles' languages differ, neither English (an
  English "Detect", "Absolute", "Animal" is a line's name as often as a plain word: the one-language reader's
  task);
* a word ordinary in a language only because English is ("Giant", "Combo", "Edge" in an Italian or Czech
  title) is no word of that language: it must be at least about as frequent there as in English;
* no one-sided word is a variant marker of the tables - Pro / Plus / Max / Mini / Lite, a tier, an edition,
  a colour the other names none of, a scent, a refill, a language edition, a day / night care
  (``titles.VARIANTS``, ``wordclass.VARIANT``, ``facets``' facet words, ``lingua.LANGUAGES``) -, a marker
  opening or closing a compound ("Ersatz|dichtung"), a code in capitals ("GSB" / "GSR"), a roman numeral
  ("GM II"), a name in quotes ("Sweet Pea 'Cupani'"), or a value of the tables (``wordclass.canon``) where the other title's own words name another
  ("Thunfisch" / "Poulet").

The tier of such a pair is "title": its titles agree on every identifying word once a language's plain words
are read as what they are.

Session 40 (xl40) reads agreement POSITIVELY: the kinds both titles name as the matcher's concept tables read
them (``kinds_read``: ``wordclass.CATEGORY``, into which ``lingua``, ``eu38``, ``we38`` and the wordclass blocks
put each kind's words in the shops' languages; or this module's ``KINDS`` naming the same ones on both sides) are
evidence with the brand and the numbers: a brand and ONE name word suffice then ("Hasbro Jenga Classic
společenská hra" / "gra zręcznościowa"; a brand no table knows with two), where two name words or a model
number were asked before.  A variant marker on one side only is no marker when the other side's own words name
its concept ("čokoláda" / "Schokolade", "blå" / "blau": ``_values``).  A name glued to a "+" on one side only
("Omni-glide+" / "Omni-glide") parts the pair.  The score of a pair joined here is ``SCORE``, the rule's
precision observed on the labelled pairs, no longer the threshold.

(session 40, fxxl40) A shared kind says WHAT the product is, not WHICH: it stands in for the name word (no brand
known: for the model number) only when neither title prints a content word the other lacks (``leftover``: the
tables' kind, filler and container words, the words they translate into each other and a word counting a number
both print aside) - "LEGO City Posterunek policji klocki" / "LEGO City Hasičská stanice stavebnice", "Jacobs
Krönung Kaffeebohnen" / "kawa mielona", "Iittala Teema syvä lautanen" / "talerz płaski" are two products each.
"""

from __future__ import annotations

import re

from .lingua import zipf  # (wordfreq's Zipf frequency, memoised)
from .memos import cached
from .titles import strip_accents
from .titles import _TRANS as _LETTERS  # (the letters NFKD keeps whole: "ł", "ø", "æ")
from . import eu41 as _eu41  # (session 41, eu41: a leaf module)

# (session 40, xl40) the score of a pair this rule joins: its precision observed on the labelled pairs (the
# share of the pairs it joins that are labelled the same) - the trees' calibrated score of such a pair, fitted on
# titles sharing many words, says nothing of two titles in two languages (it was below the threshold: 0.50)
# (37 of the 38 labelled pairs it joins at session 40's xl40 code are the same: .974 - the wrong one attack39w's Gardena
# "Bewässerungscomputer" / "tuyau d'arrosage", a kind no table knows on one side)
SCORE = 0.97
# the shops' languages read (wordfreq's "large" / "small" lists); English is read only to tell a loan word
LANGUAGES = ("de", "fr", "it", "es", "nl", "pl", "sv", "pt", "cs", "sk", "da", "nb", "fi", "hu", "ro")
# a word at least this frequent (Zipf: log10 of a word's count per billion words) is an ordinary word
ORDINARY = 1.2
# a compound's parts: each at least this frequent
PART = 2.3
# a loan word: less frequent in the language than in English by more than this is English, not the language's
LOAN_MARGIN = 0.4
# a word marking a title's language: at least this frequent there
MARK = 1.4
# a shared word this frequent in either title's language is no name of a product
NAME_MAX = 3.0

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_RANGE_START = re.compile(r"(\d+(?:[.,]\d+)?)\s*[-–]\s*\d")
# (session 40, fxxl40) a word counting a number ("6 tazze" / "6 chávenas", "3 sabots" / "3 opzetkammen")
_COUNTED = re.compile(r"\d\s+([^\W\d_]+)", re.UNICODE)


def fold(s: str) -> str:
    """Lower case without accents (as the matcher's words are)."""
    return strip_accents(s.lower()).replace("ß", "ss")


@cached(1 << 16)  # (a memo: ``memos``)
def _native(word: str, lang: str) -> float:
    """The word's Zipf frequency in ``lang`` when it is a word of that language, not an English one
    used there; else 0."""
    z = zipf(word, lang)
    if z and z < zipf(word, "en") - LOAN_MARGIN:
        return 0.0
    return z


@cached(1 << 16)  # (a memo: ``memos``)
def ordinary(word: str, lang: str) -> bool:
    """Is ``word`` (as printed, lower case) an ordinary word of ``lang``: frequent enough and no English
    loan, or a compound of two words of the language (a linking "s" / "e" / "n" between them; the parts
    may be loans - "Absaug|station" is German -, the compound itself no English word)?"""
    if _native(word, lang) >= ORDINARY:
        return True
    n = len(word)
    if n < 8 or zipf(word, "en") >= ORDINARY:
        return False
    for i in range(3, n - 2):
        head, tail = word[:i], word[i:]
        if zipf(tail, lang) < PART:
            continue
        heads = {head, head + "en", head + "e"}
        if head[-1] in "sne" and len(head) > 3:
            heads.add(head[:-1])
        # (session 43, eu43: a compound's head is itself a compound only as printed or without its linking
        # letter, never with an "-en" / "-e" added before it is split again - so split, "schnell|en|rei|niger"
        # was a French word and "netto|yen|ant" a German one: any long word of another language is pieces of
        # three letters, and then no word marks its language)
        if any(zipf(h, lang) >= PART or (len(h) >= 8 and h in (head, head[:-1]) and ordinary(h, lang))
               for h in heads):
            return True
    return False


def languages(words) -> tuple:
    """The languages in which every one of ``words`` is an ordinary word."""
    return tuple(lang for lang in LANGUAGES if all(ordinary(w, lang) for w in words))


def _marks(words, lang: str, other: str) -> bool:
    """Does one of ``words`` mark ``lang``: ordinary there - a compound of its words, or a word no rarer
    than ``MARK`` (a place's or a variety's name, "Cupani", is rarer) -, not in ``other``, and in English
    rare or ten times rarer than there (an English corpus prints other languages' words now and then)?"""
    return any(ordinary(w, lang) and (zipf(w, lang) >= MARK or not zipf(w, lang)) and not ordinary(w, other)
               and zipf(w, "en") < max(ORDINARY, zipf(w, lang) - 1.0) for w in words)
    # (session 43, eu43, tried and dropped: a frequent word of ``lang`` ten times rarer in ``other`` marking
    # ``lang`` - French "siège", "coque" are Zipf 1.3-1.5 in German, Spanish "con" 4.2 in Portuguese - joined
    # Garmin Edge "computador de bicicleta" / "ciclocomputador con" and Maxi-Cosi "Babyschale" / "Siège auto",
    # but made two English titles two languages: Greenies "Teenie" / "Petite", Airfix "Mk.Ia" / "Mk.Vb",
    # Maybelline "Resistente all'acqua" / "Farbe", "Bio Guisante de olor" / "Duftwicke": 4 new wrong "same")


def best_language(words) -> str | None:
    """The language whose word list knows most of ``words`` as ordinary words (English too; a shop's
    language before English where as many are; then the largest sum of Zipf frequencies)."""
    best, key = None, (0, False, 0.0)
    for lang in LANGUAGES + ("en",):
        if lang == "en":
            n = sum(zipf(w, "en") >= ORDINARY for w in words)
        else:
            n = sum(ordinary(w, lang) for w in words)
        k = (n, lang != "en", sum(zipf(w, lang) for w in words))
        if n and k > key:
            best, key = lang, k
    return best


def two_languages(only_a, only_b, miss_a, miss_b, counterpart=None, bundle=False) -> tuple | None:
    """(language of a, language of b): each title's language is the one its one-sided words (``only_a``,
    ``only_b``) are best known in, the two differ and neither is English; its identifying words the other
    lacks (``miss_a``, ``miss_b``) are all ordinary words of it, and one of its one-sided words at least is
    a word of that language only (not of English, not of the other's).  None otherwise."""
    la, lb = best_language(only_a), best_language(only_b)
    if la is None or lb is None or la == lb:
        return None
    if "en" in (la, lb):
        # (session 41, eu41: English on one side only when the English title prints no identifying word the
        # other lacks - ``eu41.english_side``)
        return _eu41.english_side(only_a, only_b, miss_a, miss_b, la, lb, _marks, counterpart, bundle)
    if not all(ordinary(w, la) for w in miss_a) or not all(ordinary(w, lb) for w in miss_b):
        return None
    if _marks(only_a, la, lb) and _marks(only_b, lb, la):
        return la, lb
    return None


_MODEL_NUMBER = re.compile(r"([^\W\d_][\w'+]*) (\d+)(?![\d.,%]|-[^\W\d_]|\s?[^\W\d_]{1,4}\b)", re.UNICODE)


def _model_number(title: str) -> bool:
    """Does the title print a number right after a capitalised name and before no unit, count word or
    hyphen ("Dremel 3000", "Series 9"; not "24 cm", "3-teilig", "cacerolas 3 piezas")?"""
    return any(any(c.isupper() for c in m.group(1)) for m in _MODEL_NUMBER.finditer(title))
_UNIT = re.compile(r"(?<=\d)\s?[^\W\d_]{1,4}\b", re.UNICODE)


def _raw_words(title: str) -> dict:
    """folded word -> the word as printed (lower case), for the title's words of letters (not a unit
    written after a number: "75 ml", "130 W", "200ml" - the numbers are compared)."""
    low = title.lower()
    units = {m.group(0).strip() for m in _UNIT.finditer(low)}
    out = {}
    for w in _WORD.findall(low):
        if w not in units:
            out.setdefault(fold(w), w)
    return out


def _printed(raw: dict) -> dict:
    """(session 43, fxeu43) ``_raw_words``'s printed words keyed as the matcher's ids fold them (the letters NFKD
    keeps whole folded too: "ł" -> "l", "ø" -> "o")."""
    return {k.translate(_LETTERS): v for k, v in raw.items()}


def _all_words(title: str) -> frozenset:
    """(session 43, eu43) Every folded word of letters the title prints, a unit after a number too."""
    return frozenset(fold(w) for w in _WORD.findall(title.lower()))


def _unbranded(title: str, brand) -> str:
    """(session 43, eu43) The title without the brand's words (for reading the kinds it names)."""
    if not brand:
        return title
    # (a word of the brand as the offers write it, joined or not: "Royal Canin" / "royalcanin")
    return " ".join(w for w in _WORD.findall(title)
                    if not (len(w) >= 2 and any(fold(w) == b or (len(w) >= 3 and fold(w) in b) for b in brand)))


def numbers(title: str, quantities: bool = True) -> frozenset:
    """The numbers a title prints ("6,2" = "6.2"), a range's start left out."""
    starts = {m.group(1).replace(",", ".") for m in _RANGE_START.finditer(title)}
    # (session 41, eu41: a volume or weight is its quantity in any unit - "0,7 l" / "70cl" -, a number with a
    # "+" is "from" it - "6+" / "0-6" -, a count spelled as a word - "Doppelpack", "dwupak" - is its number)
    # (read both ways: the digits as printed - "50 ml" / "50 مل" - and the quantities - "0,7 l" / "70cl" -; the
    # titles agree when either reading does, ``numbers_agree``)
    measured, at = _eu41.measures(title) if quantities else ((), frozenset())
    froms, at_from = _eu41.from_numbers(title)
    ns = {m.group(0).replace(",", ".") for m in _NUMBER.finditer(title) if m.start() not in at and m.start() not in at_from}
    return frozenset(ns - starts) | frozenset(measured) | frozenset(froms) | _eu41.spelled_counts(fold(title).replace("-", " "))


def numbers_agree(ta: str, tb: str) -> bool:
    """(session 41, eu41) Do two titles print the same numbers, as digits or as quantities?  (session 43,
    eu43: a rating of the product's own - its power, pressure, running time, a camera's megapixels - one title
    prints and the other states none of its class, is no number naming one product of several: ``ratings``)"""
    if numbers(ta, False) == numbers(tb, False) or numbers(ta) == numbers(tb):
        return True
    ra, rb = ratings(ta), ratings(tb)
    if not ra and not rb:
        return False
    drop_a = frozenset(n for c, ns in ra.items() if c not in rb for n in ns)
    drop_b = frozenset(n for c, ns in rb.items() if c not in ra for n in ns)
    if not drop_a and not drop_b:
        return False
    # (session 43, fxeu43: only beside a number both titles still print - the model's, "Dremel 3000 ... 130 W",
    # "Kärcher K5 ... 145 bar", "WH-1000XM5 ... 30 Std." -: a rating then describes a model both name; with no
    # number left the rating is all that tells the sizes of a line apart - a candle's burn time is its size,
    # "Yankee Candle Clean Cotton Duftkerze Brenndauer 150 Stunden" a large jar, "bougie votive" ~15 hours)
    for na, nb in ((numbers(ta, False) - drop_a, numbers(tb, False) - drop_b),
                   (numbers(ta) - drop_a, numbers(tb) - drop_b)):
        if na and na == nb:
            return True
    return False


# (session 43, eu43) A rating of the product's own, printed with its unit: power ("2000 W", "130 Watt"),
# pressure ("130 bar"), running time ("12 Stunden", "10 h"), a camera's megapixels ("27MP").  One title printing
# it where the other states none of its class names the same model ("Tefal OptiGrill+ ... 2000 W" /
# "... 6 programmes", "Kärcher K4 Power Control 130 bar" / "Hochdruckreiniger"), as a shop lists the features it
# likes; a capacity, a size, a count, a volume, a voltage (18 V / 12 V tools) or a battery's mAh name the
# variants of a line, and those still part the pair.
_RATING_UNITS = {
    "power": "w watt watts kw",
    "pressure": "bar",
    "hours": "h std stunden hours hrs ore heures horas uur timer tuntia godzin hodin",
    "megapixels": "mp mpx megapixel megapixels",
}
_RATING_OF = {u: c for c, us in _RATING_UNITS.items() for u in us.split()}
_RATING = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?(" + "|".join(sorted(_RATING_OF, key=len, reverse=True))
                     + r")\b\.?(?![-/]\w)", re.IGNORECASE)


def ratings(title: str) -> dict:
    """class -> the numbers a title prints as that rating (``_RATING_UNITS``; "6,5" read "6.5")."""
    out = {}
    for m in _RATING.finditer(title):
        out.setdefault(_RATING_OF[m.group(2).lower()], set()).add(m.group(1).replace(",", "."))
    return out


# (session 39, fxxl39) The kinds, parts and consumables, the wearer and the animal a title names, in the shops'
# languages (folded; a phrase of several words, or one word: the word itself, an inflection of it - a few more
# letters -, or, five letters at least, a compound's last part, "Staubsauger|beutel").  A concept one title
# names the other must name too: a common word can say what the product IS - the bag, hose or descaler of a
# line's appliance, the washer or the dryer of a "Serie 6", the lid or the pan of a cookware line, the men's or
# the women's shoe, the cat's or the dog's food -, and the two titles of one product name the same ones.
KINDS = {
    "men": "herren herr herre heren homme hommes hombre hombres uomo uomini meskie meska meski panske pansky "
           "pansko masculino masculina mannen maend",
    "women": "damen dame dames dam femme femmes mujer mujeres donna donne damskie damska damski damske damsky "
             "damsko feminino feminina vrouwen kvinder",
    "dog": "hund hunde hundefutter chien chiens cane cani perro perros hond honden pies psa psow cao caes",
    "cat": "katze katzen katzenfutter katt chat chats gatto gatti gato gatos kat katten kot kota kotow kocka kocky",
    "bag": "beutel tuten sacchetti sacchetto bolsas zakken stofzuigerzakken worki",
    "hose": "schlauch tuyau manguera slang waz hadice tubo flessibile",
    "reel": "schlauchwagen schlauchtrommel devidoir avvolgitubo portamanguera slangwagen",
    "descaler": "entkalker detartrant decalcificante descalcificador ontkalker odkamieniacz avkalkning",
    "cushion": "kissen coussin cuscino cojin kussen poduszka",
    "tray": "tablett plateau vassoio bandeja taca",
    "cover": "hulle housse pokrowiec",
    "cloth": "tucher chiffons chiffon panni panos doekjes sciereczki",
    "chain": "kette chaine catena cadena ketting lancuch",
    "grate": "grillrost rejilla",
    "grill": "grill barbecue barbacoa",
    "blades": "klingen klinge hlavice cuchillas lames lamette ostrza wklady mesjes",
    "razor": "rasierer maquinilla rasoir rasoio scheerapparaat maszynka",
    "brush head": "burstenkopfe burstenkopf aufsteckbursten brossettes testine cabezales opzetborstels koncowki",
    "toothbrush": "zahnburste spazzolino tandenborstel szczoteczka brosse a dents cepillo de dientes",
    "lid": "deckel couvercle coperchio tapa deksel pokrywka",
    "pan": "pfanne poele padella sarten koekenpan stekpanna patelnia",
    "saute pan": "sauteuse",
    "pot": "kochtopf topf casserole pentola olla cacerola garnek kookpan kastrull hrnec",
    "bread knife": "brotmesser broodmes couteau a pain coltello da pane cuchillo de pan noz do chleba",
    "chef's knife": "kochmesser koksmes couteau de chef coltello da cuoco cuchillo de chef noz szefa kuchni",
    "washer": "waschmaschine lave linge lavatrice lavadora wasmachine pralka tvattmaskin pracka",
    "dryer": "trockner seche linge asciugatrice secadora droger suszarka torktumlare susicka",
    "fridge": "kuhlschrank refrigerateur frigo frigorifero frigorifico koelkast lodowka kylskap lednice",
    "vacuum": "staubsauger saugroboter aspirateur aspirapolvere aspiradora aspirador stofzuiger odkurzacz "
              "dammsugare vysavac",
    "coffee machine": "kaffeemaschine kaffeevollautomat machine a cafe macchina da caffe cafetera koffiemachine "
                      "ekspres kavovar kaffemaskin",
    "shaving foam": "rasierschaum mousse a raser schiuma da barba espuma de afeitar scheerschuim pianka do golenia",
    "shaving gel": "rasiergel gel de rasage gel da barba gel de afeitar scheergel zel do golenia",
    "cream": "creme crema krem",
    "serum": "serum siero",
    "backpack": "rucksack sac a dos zaino mochila rugzak plecak batoh ryggsack",
    "high chair": "hochstuhl chaise haute seggiolone trona kinderstoel krzeselko",
    "chainsaw": "motorsage kettensage tronconneuse motosega motosierra kettingzaag pilarka",
    "steam cleaner": "dampfreiniger nettoyeur vapeur pulitore a vapore limpiadora de vapor stoomreiniger parownica",
    "station": "absaugstation station de vidage base d'autovidage",
    # (session 41, wr41: a garden's water timer - attack39w's "Bewässerungscomputer" against a "tuyau d'arrosage" was
    # read as one product, no kind named on the timer's side)
    "water timer": "bewasserungscomputer bewasserungsuhr bewasserungssteuerung besproeiingscomputer watertimer "
                   "wassertimer",
}
_KIND_WORDS = {}
_KIND_PHRASES = []
for _c, _ws in KINDS.items():
    for _w in _ws.split():
        _KIND_WORDS.setdefault(_w, set()).add(_c)
for _c, _p in (("toothbrush", "brosse a dents"), ("toothbrush", "cepillo de dientes"), ("bread knife", "couteau a pain"),
               ("bread knife", "coltello da pane"), ("bread knife", "cuchillo de pan"), ("bread knife", "noz do chleba"),
               ("chef's knife", "couteau de chef"), ("chef's knife", "coltello da cuoco"),
               ("chef's knife", "cuchillo de chef"), ("chef's knife", "noz szefa kuchni"), ("washer", "lave linge"),
               ("dryer", "seche linge"), ("coffee machine", "machine a cafe"), ("coffee machine", "macchina da caffe"),
               ("shaving foam", "mousse a raser"), ("shaving foam", "schiuma da barba"),
               ("shaving foam", "espuma de afeitar"), ("shaving foam", "pianka do golenia"),
               ("shaving gel", "gel de rasage"), ("shaving gel", "gel da barba"), ("shaving gel", "gel de afeitar"),
               ("shaving gel", "zel do golenia"), ("backpack", "sac a dos"), ("high chair", "chaise haute"),
               ("steam cleaner", "nettoyeur vapeur"), ("steam cleaner", "pulitore a vapore"),
               ("steam cleaner", "limpiadora de vapor"), ("station", "station de vidage"),
               ("station", "base d autovidage"), ("water timer", "water timer"), ("water timer", "water computer"),
               ("water timer", "programmateur d arrosage"), ("water timer", "centralina irrigazione"),
               ("water timer", "centralina di irrigazione"), ("water timer", "programador de riego")):
    _KIND_PHRASES.append((" " + _p + " ", _c))
# (the words of a phrase are no concept alone: "chef", "pain", "gel", "linge")
for _p, _c in _KIND_PHRASES:
    for _w in _p.split():
        _KIND_WORDS.pop(_w, None)
# a language-bound good's volume ("Band 1", "Tome 1", "Tom 2"): one title per language, each its own product
_VOLUME = re.compile(r"\b(?:band|tome|tom|tomo|volume|vol|deel|teil|svazek|dil|czesc|del)\.?\s*\d")


def _kind_tokens(title: str) -> list:
    return _WORD.findall(fold(title).replace("ł", "l").replace("'", " "))


def _kind_pieces(w: str) -> set:
    """Every string a table word must be to name a kind in ``w`` (``kinds``' three tests): ``w``, its heads
    of at least 4 letters and at least ``len(w) - 3``, its tails of at least 5."""
    n = len(w)
    out = {w}
    out.update(w[:k] for k in range(max(4, n - 3), n))
    out.update(w[j:] for j in range(1, n - 4))
    return out


@cached(1 << 16)  # (a memo: ``memos``)
def kinds(title: str) -> frozenset:
    """The concepts of ``KINDS`` a title names."""
    words = _kind_tokens(title)
    out = set()
    for w in words:
        # (a table word ``s`` is the word itself, a head of it - ``s`` of 4+ letters, at most 3 letters
        # fewer than ``w`` - or a tail of 5+ letters: only those pieces of ``w`` are looked up, not every
        # table word tried against ``w`` - session 40, sp40: ~350 -> ~30 us a title, the same concepts)
        for s in _kind_pieces(w):
            cs = _KIND_WORDS.get(s)
            if cs is not None and (w == s or (len(s) >= 4 and w.startswith(s) and len(w) <= len(s) + 3)
                                   or (len(s) >= 5 and w.endswith(s))):
                out |= cs
    joined = " " + " ".join(words) + " "
    out |= {c for p, c in _KIND_PHRASES if p in joined}
    return frozenset(out)


def kinds_read(p) -> frozenset:
    """(session 40, xl40) The kinds a prepared offer's title names as the matcher's concept tables read them
    (``wordclass.CATEGORY``: ``lingua``'s kinds in the shops' languages, ``eu38``, ``we38``, the wordclass
    blocks - "Rucksack" and "ryggsäck", "kokkiveitsi" and "faca", "Klebestift" and "bâton de colle" are one
    kind each).  Read for agreement only (``two_languages_one_product``); ``KINDS`` parts two titles."""
    from . import wordclass as W
    out = {W.CATEGORY[w] for w in p.wordset if w in W.CATEGORY}
    return frozenset(out)


def _values(words, p) -> frozenset:
    """(session 40, xl40) The concepts of the tables ``words`` name: a kind (``wordclass.CATEGORY``), a value
    (``wordclass.canon``: "čokoláda" and "Schokolade" are "chocolate", "krém" and "crème" "cream"), a colour's
    family (``facets.COLOUR_OF``)."""
    from . import facets as F
    from . import wordclass as W
    out = set()
    for w in words:
        if w in W.CATEGORY:
            out.add(("kind", W.CATEGORY[w]))
        c = W.canon(w)
        if c != w:
            out.add(("value", c))
        if w in F.COLOUR_OF:
            out.add(("colour", F.COLOUR_OF[w]))
    return frozenset(out)


def leftover(miss, title: str) -> list:
    """(session 40, fxxl40) The identifying words only this title prints (``miss``: the tables' kind, filler and
    container words and the words they translate into the other title's already left out) that are content
    words: a word counting a number both print ("6 tazze", "3 sabots" - the numbers are compared) aside."""
    counted = {fold(w) for w in _COUNTED.findall(title.lower())}
    return [w for w in miss if fold(w) not in counted]


def volume(title: str) -> bool:
    """Does the title print a volume of a book, a comic ("Band 1", "Tome 1")?  (session 43, eu43: a drink's
    "35% Vol." / "35 % vol." is its alcohol by volume, no book's volume - "35% Vol. 1,0 l" read as "Vol. 1")"""
    return bool(_VOLUME.search(_ABV.sub(" ", fold(title))))


# (session 43, eu43) alcohol by volume: "35% Vol.", "40 % vol", "13,5%vol"
_ABV = re.compile(r"%\s*vol\b\.?")


_MARKERS = None
_QUOTED = re.compile(r"(?<!\w)['\"‘’“”„«»]([^'\"‘’“”„«»]{2,40})['\"‘’“”„«»](?!\w)")
_ROMAN = re.compile(r"i{1,3}|iv|vi{1,3}|ix|xi{1,3}")
_CAPS = re.compile(r"\b[A-Z]{2,4}\b")
# (session 40, xl40) a name glued to a plus ("Omni-glide+", "OptiGrill+", "Cicalfate+"): the "+" is no word, so
# "Dyson Omni-glide+" / "Dyson Omni-glide" shared every word; a plus after a name on one side only is a variant
# (glued to the name: "3 bombillas + Bridge" is "and")
_PLUS = re.compile(r"([^\W\d_][\w-]*)\+(?![\w+])", re.UNICODE)


def plus_names(title: str) -> frozenset:
    """The folded names a title glues a "+" to ("Omni-glide+" -> "omni-glide")."""
    # (session 41, eu41: a "+" in brackets glued to a name is its "+": "Effaclar Duo(+)" = "Duo+", as
    # ``titles._BRACKETED_PLUS`` reads it)
    return frozenset(fold(m.group(1)) for m in _PLUS.finditer(title.replace("(+)", "+")))


def _capital_codes(title: str) -> frozenset:
    """A title's words of two to four capitals (folded): a maker's code ("GSB", "GM"), unless the whole
    title is written in capitals."""
    letters = [c for c in title if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return frozenset()
    return frozenset(fold(w) for w in _CAPS.findall(title))


def _words_of(table) -> frozenset:
    return frozenset(w for v in table.values() for w in v.split())


def _markers() -> frozenset:
    """The tables' variant markers: variant, tier, edition, colour, scent, refill words, the language of
    an edition, a day / night care."""
    global _MARKERS
    if _MARKERS is None:
        from . import facets as F
        from . import lexicon as X
        from . import lingua as L
        from . import ml24 as M
        from . import titles as T
        from . import wordclass as W
        _MARKERS = (frozenset(T.VARIANTS) | frozenset(W.VARIANT) | F._FACET_WORDS | frozenset(F._TIERS)
                    | frozenset(T.COLOURS) | _words_of(L.LANGUAGES) | _words_of(M._LANGUAGES)
                    | frozenset(X.SYNONYMS["day"].split()) | frozenset(X.SYNONYMS["night"].split()))
    return _MARKERS


_COMPOUND_MARKERS = None


def _compound_markers() -> frozenset:
    """The markers a compound may open or close with: a variant or tier word, a day / night care, "ersatz"
    (a spare part)."""
    global _COMPOUND_MARKERS
    if _COMPOUND_MARKERS is None:
        from . import facets as F
        from . import lexicon as X
        from . import titles as T
        _COMPOUND_MARKERS = (frozenset(T.VARIANTS) | frozenset(F._TIERS) | frozenset(X.SYNONYMS["day"].split())
                             | frozenset(X.SYNONYMS["night"].split()) | {"ersatz"})
    return _COMPOUND_MARKERS


def _brand_words(pa, pb) -> frozenset | None:
    """The folded words of the brand both offers name (a brand field or one read from the title), or
    None when they name none in common."""
    for brand in (pa.brand, pb.brand):
        if not brand:
            continue
        b = re.sub(r"[\W_]+", "", fold(str(brand)))
        if b and all(b in re.sub(r"[\W_]+", "", fold(p.rawtitle or "")) or b == fold(str(p.brand or "")).replace(" ", "")
                     for p in (pa, pb)):
            return frozenset(fold(w) for w in _WORD.findall(str(brand)))
    if not pa.brand and not pb.brand:
        # (no brand known to the tables: the word opening one title, printed by the other too - "Petzl Actik
        # Core Stirnlampe" / "Petzl Actik Core pannlampa")
        wa, wb = _WORD.findall(fold(pa.rawtitle)), _WORD.findall(fold(pb.rawtitle))
        for first, other in ((wa[:1], wb), (wb[:1], wa)):
            if first and len(first[0]) >= 2 and first[0] in other:
                return frozenset(first)
    return None


# (session 41, fxeu41) a bundle's part: a "+" standing apart before a word ("Echo Dot ... + Ring Video Doorbell";
# not a name's glued "+", "Duo+", "6+ Months": ``plus_names``, ``eu41.from_numbers``)
_BUNDLE = re.compile(r"(?:^|\s)\+\s*[^\W\d_]", re.UNICODE)


def _counterpart_in(pa, pb, ra, rb):
    """(session 41, fxeu41) The test ``eu41.english_side`` asks of each one-sided English word: does it have a
    counterpart among the other title's one-sided words (``only_x``) - a function or filler word, a word counting
    a number ("2022 release", "3 grams": the numbers are compared, ``numbers_agree``) need none; else a word the
    tables write for the same ("gen" / "Generation", "organic" / "bio"), the same concept or colour family
    ("speaker" / "Lautsprecher", "charcoal" / "Anthrazit"), a translation the tables know ("carrot" / "Wortel":
    the other offer's words read as this one, or ``synonyms.translated_in``), or one word the other's head or
    inflection ("smart" / "smarter")?"""
    from . import wordclass as W
    from .synonyms import translated_in

    def counterpart(word, only_x) -> bool:
        w = fold(word)
        mine, other = (pa, pb) if w in ra else (pb, pa)
        if w in W.FUNCTION or w in W.FILLER or w in _counted(mine.rawtitle):
            return True
        xs = [fold(x) for x in only_x]
        cw = W.canon(w)
        if any(W.canon(x) == cw for x in xs):
            return True
        if _values((w,), None) & _values(xs, None):
            return True
        if w in other.wordset or translated_in(w, other.wordset):
            return True
        return any(len(w) >= 3 and len(x) >= 3 and (x.startswith(w) or w.startswith(x)) for x in xs)
    return counterpart


def _counted(title: str) -> frozenset:
    """The folded words a title prints right after a number ("2022 release", "3 grams")."""
    return frozenset(fold(w) for w in _COUNTED.findall(title.lower()))


def two_languages_one_product(pa, pb, why=None) -> bool:
    """Are ``pa`` and ``pb`` (prepared offers, complete) one product titled in two languages (the module's
    principle)?  Called only for pairs no rule found a conflict or identifying evidence for.  ``why``: a
    list the reason for "no" is appended to (for reading a pair by hand)."""
    def no(reason):
        if why is not None:
            why.append(reason)
        return False

    def yes(path):
        if why is not None:
            why.append("yes: " + path)  # (which condition joined the pair: for reading it by hand)
        return True

    ta, tb = pa.rawtitle, pb.rawtitle
    if not isinstance(ta, str) or not isinstance(tb, str):
        return no("title")
    brand = _brand_words(pa, pb)
    if brand is None:
        # (session 41, eu41: a brand one offer names, the other naming none and opening with the first's line)
        brand = _eu41.one_sided_brand(pa, pb, _WORD, fold)
    if brand is None:
        return no("brand")
    if _eu41.glued_letter_apart(ta, tb, fold):
        return no("glued letter")  # (session 41, eu41: "Li-i" / "Li")
    fallback = not pa.brand and not pb.brand
    if plus_names(ta) != plus_names(tb):
        return no("plus")  # (session 40, xl40: "Omni-glide+" / "Omni-glide")
    if volume(ta) or volume(tb):
        return no("volume")  # (a book's, a game's language edition: one product per language)
    # (session 43, eu43: the brand's own words name no kind - Royal Canin's "Canin" is no Italian "cani", dogs)
    ka, kb = kinds(_unbranded(ta, brand)), kinds(_unbranded(tb, brand))
    if ka and kb and ka != kb:
        # (each names a kind, part, wearer or animal, not the same ones; one title naming none of the table's -
        # "Klapphandy" / "teléfono móvil con tapa", "booster" / "Serum" - is no evidence either way)
        return no("kind " + ", ".join(sorted(ka ^ kb)))
    # (session 40, xl40) positive agreement: the kinds both titles name as the concept tables read them - one
    # concept in two languages ("Schokolade" / "čokoláda", "Klebestift" / "bâton de colle") is evidence with
    # the brand, the name and the numbers; two titles naming kinds, none of them shared, are two products
    # (two kinds of the tables, none shared, are no conflict here: the tables hold one kind a word - French
    # "tondeuse" a clipper, "écouteurs" earbuds, Czech "hlavice" a brush's heads -, and asked so the rule lost
    # "Rasenmäher" / "tondeuse", "Kopfhörer" / "écouteurs", "hlavice" / "Rasierklingen": agreement only)
    agree = bool(kinds_read(pa) & kinds_read(pb)) or bool(ka and ka == kb)
    if not numbers_agree(ta, tb):
        return no("numbers")
    ra, rb = _raw_words(ta), _raw_words(tb)
    brand = brand | {w for w in (ra.keys() | rb.keys()) if len(w) >= 2 and any(w in b for b in brand)}
    # (session 43, eu43: a word both titles print is no one-sided word, whatever either reads it as - "Forerunner
    # 255 GPS-Uhr" reads "GPS" as 255's unit, "Forerunner 255, GPS ..." as a word)
    wa, wb = _all_words(ta), _all_words(tb)
    only_a = [ra[w] for w in ra if w not in rb and w not in wb and w not in brand and len(w) >= 2]
    only_b = [rb[w] for w in rb if w not in ra and w not in wa and w not in brand and len(w) >= 2]
    if not only_a or not only_b:
        return no("one side")
    from . import facets as F
    from . import wordclass as W
    for title, theirs in ((ta, rb), (tb, ra)):
        for q in _QUOTED.findall(title):
            if any(fold(w) not in theirs for w in _WORD.findall(q)):
                return no("quoted " + q)  # (a variety's name in quotes, one side only: "Sweet Pea 'Cupani'")
    markers = _markers()
    caps_a, caps_b = _capital_codes(ta), _capital_codes(tb)
    named = {id(only_a): _values([fold(x) for x in only_b], pb), id(only_b): _values([fold(x) for x in only_a], pa)}
    for words, other, theirs, caps in ((only_a, pb, rb, caps_a), (only_b, pa, ra, caps_b)):
        concepts = None
        # (session 41, eu41: a colour naming a chocolate's kind - "chocolat noir" - is that value, "dark")
        mine_kc = _eu41.kind_colours(fold(pa.rawtitle if words is only_a else pb.rawtitle))
        theirs_kc = set(_eu41.kind_colours(fold(other.rawtitle)).values())
        for w in words:
            w = fold(w)
            if w in mine_kc:
                if mine_kc[w] in theirs_kc or any(W.canon(x) == mine_kc[w] for x in theirs):
                    continue  # (the value the other title names in its words: "noir" / "hořká")
                return no("kind colour " + w)
            if w in markers and not (w in F.COLOUR_OF and F.COLOUR_OF[w] in other.facets.get("colour", ())) \
                    and not (_values((w,), None) and _values((w,), None) <= named[id(words)]):
                # (session 40, xl40: a marker the other title names in its language - "čokoláda" /
                # "Schokolade", "blå" / "blau" - is one value, not a variant on one side)
                return no("marker " + w)
            if len(w) >= 8 and any(len(m) >= 5 and (w.startswith(m) or w.endswith(m)) for m in _compound_markers()):
                return no("compound " + w)  # (a marker in a compound: "Ersatz|dichtung", "Nacht|creme")
            if w in caps or _ROMAN.fullmatch(w):
                return no("code " + w)  # (a code in capitals, "GSB" / "GSR"; a generation, "GM II")
            c = W.canon(w)
            if c != w:
                # (a word the tables read as a value - a flavour, a scent, a kind, a seed type -, where the
                # other title's own words name values of the tables too but not this one: "Thunfisch" /
                # "Poulet" are two recipes, whatever the languages)
                if concepts is None:
                    own = [fold(x) for x in (only_b if words is only_a else only_a)]
                    concepts = ({W.canon(x) for x in own} | set(theirs) | {W.canon(x) for x in theirs} | theirs_kc,
                                {W.canon(x) for x in own if W.canon(x) != x} | theirs_kc)
                if c not in concepts[0] and concepts[1]:
                    # (session 41, eu41: a body part, a package is a variant only against another of its class)
                    if _eu41.value_class(c, W) and not _eu41.same_class_named(
                            c, [fold(x) for x in (only_b if words is only_a else only_a)] + list(theirs), W):
                        continue
                    return no("concept " + w)
    # the identifying words only one title prints (the tables' kind, filler and container words aside)
    ia, ib = F.identifying_ids(pa, pb), F.identifying_ids(pb, pa)
    miss = []
    for ids, other, mine, theirs in ((ia, pb, ra, rb), (ib, pa, rb, ra)):
        out = []
        for w in F._missing_ids(ids, other):
            if w.isdigit() or _NUMBER.fullmatch(w) or w in theirs:
                # (a number: compared above - session 43, eu43: a decimal too, "0,7" / "0.7 mm", read as a
                # spec on one side and an id on the other -; a word both print, read apart by the tables)
                continue
            if not w.isalpha():
                return no("code " + w)
            if w in markers and not (_values((w,), None) and _values((w,), None) <= _values(theirs, None)):
                kc = _eu41.kind_colours(fold(other.rawtitle or ""))
                mine_kc = _eu41.kind_colours(fold(pa.rawtitle if other is pb else pb.rawtitle))
                if not (w in mine_kc and (mine_kc[w] in kc.values() or any(W.canon(x) == mine_kc[w] for x in theirs))):
                    return no("word " + w)
            # (session 43, fxeu43: the word as printed, accents kept - the matcher's ids fold the letters NFKD
            # keeps whole as well, Polish "ł", Danish "ø": "przełączniki" is the id "przelaczniki", a Polish
            # word only as printed)
            out.append(mine.get(w) or _printed(mine).get(w, w))
        miss.append(out)
    langs = two_languages(only_a, only_b, miss[0], miss[1], _counterpart_in(pa, pb, ra, rb),
                          bool(_BUNDLE.search(ta)) != bool(_BUNDLE.search(tb)))
    if langs is None:
        return no("languages")
    la, lb = langs
    names = 0
    if _model_number(ta) and _model_number(tb):
        # (a number both print - compared above - after a name, counting nothing: "Dremel 3000")
        return yes("model number")
    shared = (ia & ib) - brand
    if any(any(ch.isdigit() for ch in w) for w in shared):
        return yes("code")  # (a model code both print: "Roomba j7+")
    if fallback and not agree:
        return no("no brand known, no model number")
    # (session 40, fxxl40) a kind both titles name says WHAT the product is, not WHICH: it stands in for a name
    # word (or, no brand known, for the model number) only when neither title prints a content word the other
    # lacks - the tables' kind, filler and container words and the words they translate into each other aside.
    # A one-sided word - a set's name ("Posterunek policji" / "Hasičská stanice"), a flavour ("Kaninchen" /
    # "indykiem"), "Kaffeebohnen" / "kawa mielona", "syvä" / "flach", a refill ("náhradní mop") - tells the
    # products of a line apart (attack40w: 42 wrong "same")
    rest = (leftover(miss[0], ta), leftover(miss[1], tb))
    for w in shared:
        raw = ra.get(w) or rb.get(w) or w
        if len(w) >= 3 and not (_native(raw, la) >= NAME_MAX and _native(raw, lb) >= NAME_MAX):
            names += 1
    # (a model number, or a name of two words at least: a line's one word - "Le Creuset Signature",
    # "Tefal Ingenio" - names many kinds of the maker's, and the kinds are the words read as plain ones;
    # session 40, xl40: where both titles name one kind the tables know in their languages, that kind is
    # the evidence a second name word gave - "Zwilling Pro kuchařský nůž" / "faca de chef", a brand no
    # table knows with its line's two words - "Fiskars Functional Form"; session 40, fxxl40: and neither title
    # prints a content word the other lacks, ``rest``)
    if agree and (fallback or names < 2) and (rest[0] or rest[1]):
        return no("one-sided words " + " / ".join(", ".join(r) for r in rest))
    if agree:
        if names >= (2 if fallback else 1):
            return yes("agree, %d names%s" % (names, ", fallback" if fallback else ""))
        return no("no name")
    return (names >= 2 and yes("%d names" % names)) or no("no name")
