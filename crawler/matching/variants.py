"""Variants of one model: what two offers that share a model number still
disagree on.

Two offers that print the same model number ("SN850X", "MX500", "5600X",
"V15", "HERO11", "G54") are often two products of that model: makers name
the variants of a model by a word printed right around the model's name -
"SN850X 1TB *Heatsink*", "V15 Detect *Absolute*", "HERO11 Black *Mini*",
"Moto G54 *Power* 5G", "Hue White *and Color* Ambiance", "Allin1 Pods
*Original*" / "*Color*".  A shared model number is evidence for the model,
not for the variant.

``slot_conflict(a, b)`` (rule column ``x_slot``) reads those words: from
each model number both titles print (a code of ``titles.extract_codes``, a
word of letters and digits, or a number after a word both titles name the
product by: "Charge 5"), it walks both titles outwards in step, over the
words they share, to the first place where they differ - the *slot* of the
variant.  A word one title prints there and the other offer never mentions
(in its title, brand, MPN or description) is a variant, unless it is

* a spec with a digit (the unit, number and model-number conflicts compare
  those: "1TB", "2.5", "30"),
* a colour or a named size (the colour and size conflicts compare those),
* a word naming the kind of product ("SSD", "console", "camera",
  "Staubsauger", "aspirateur"; ``_TYPE``) or a describing word in front of
  one ("Cordless Stick *Vacuum*", "Internal Gaming *SSD*": a description of
  the kind, not a name),
* a filler word: function words, shop words, the retail box, a product
  line's name right after the brand ("Sony *Alpha* A7", "Canon *EOS* R6"),
* a word written otherwise on the other side ("Wi-Fi" / "WiFi", "Body" /
  "Gehäuse", "Professional" / "Pro").

Walking stops at a word like "with", "for", "mit", "pour" (what follows is
an accessory list), where the titles print each other's words in another
order, or ``_REACH`` words away from the model number: the slot is right
around the name, what follows far away is a shop's description.  Variant
words before a model number are read only between two words both titles
share ("Hue White *and Color* Ambiance").

Before the slots, ``slot_conflict`` asks a table of readers (session 36,
slot36): ``SLOT_READERS``, an ordered tuple of ``SlotReader`` rows - a name,
``read(a, b) -> bool``, why (the session and its example) and the value
returned when it fires (1.0; 2.0 for pc35's revision tag and a laptop line's
numbers, which ``rules`` reads whatever part number both print).  The first
row that fires decides; none firing, the positional reading above does
(``_slots_differ``).  A session adds a reader by writing it in a leaf module
of its own (one that imports nothing of this module, as ``mends34``,
``mends35``, ``pc35``, ``tb35`` and ``sport32`` do - so imports stay
acyclic), importing it at the top of this module and adding one row to
``SLOT_READERS``, the one place the table is built: at the end unless it must
come before another row.  A row that needs whether both titles print one
model number sets ``shared=True`` and is called ``read(a, b, shared)`` (the
flag is computed once a pair).  ``slot_reader_fired(a, b)`` names the row
that decides a pair ("slots" for the positional reading, None for none).

``form_conflict(a, b)`` (rule column ``x_form``) compares what kind of one
model each title says it is, when both say: the form factor of a drive
(2.5" / 3.5" / M.2 / mSATA / PCIe card; SATA vs NVMe), retail box vs tray
/ OEM / bulk, and the network of a phone or tablet (5G vs 4G / LTE,
Wi-Fi only vs cellular; not the Wi-Fi bands of a router, "2.4G/5G").

Both are computed per pair from what ``prepared`` keeps per offer; the
per-title part (the classes of its words) is memoised by title.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from .memos import cached

from .sport32 import decimal_names_differ  # (session 32, fs32: a leaf module)
from .sport32 import sport_variants_differ  # (session 33, fs33)
from . import mends34 as _mends34  # (session 34, mend34: a leaf module)
from . import mends35 as _mends35  # (session 35, mend35: a leaf module)
from . import pc35 as _pc35  # (session 35, pc35: a leaf module)
from . import toys33 as _toys33  # (session 33, tb33: a leaf module - a construction set called a set)
from . import tb35 as _tb35  # (session 35, tb35: a leaf module - a construction set's number)
from . import fs36 as _fs36  # (session 36, fs36: a leaf module - a shoe's cut, a glued model "X")
from . import mu43 as _mu43  # (session 43, mu43: a leaf module - a size range after a number)
from . import dg37 as _dg37  # (session 37, dg37: a leaf module - a tier inside a machine's name)
from . import lb37 as _lb37  # (session 37, lb37: a leaf module - an M.2 SATA card against a SATA drive)
from . import sw38 as _sw38  # (session 38, sw38: a leaf module - a term named by its adjective)
from . import eu38 as _eu38  # (session 38, eu38: a leaf module - a model letter against its number)
from . import fxhh38 as _fxhh38  # (session 38, fxhh38: a leaf module - a brand's hyphen-glued suffix)
from . import cm39 as _cm39  # (session 39, cm39: a leaf module - a lens's focal lengths and apertures)
from . import co40 as _co40  # (session 40, co40: a leaf module - a two-tone colour shortened)
from . import md40 as _md40  # (session 40, md40: a leaf module - a variant the other offer lacks)
from . import office41 as _office41  # (session 41, of41: a leaf module - "High Yield" beside an XL code)
from . import wr41 as _wr41  # (session 41, wr41: a leaf module - wrong "same" of the development files)
from . import wr42 as _wr42  # (session 42, wr42: a leaf module - wrong "same" of the development files)
from . import accessory as _accessory  # (session 42, wr42: the "for" reader's helpers; ac42: an accessory class named two ways in the slot)
from . import home41 as _home41  # (session 41, fxfu41: a leaf module - a sofa's cover, legs, chaise longue)
from . import cf42 as _cf42  # (session 42, cf42: conflicts decided before the learned stage)
from . import ml43 as _ml43  # (session 43, ml43: the kinds retrain's false pairs cf42 left)
from . import titles as T
from .facets import COLOUR_OF, EDITIONS, REFILL, UPGRADE, _LICENCE_WORDS, _PLATFORM_WORDS, tail_words
from .facets import SHADE, _SHADE_AFTER, _SHADE_HINT, shades  # (session 31, dev31: ``_colour_shade``)
from .facets import concentrations  # (session 33, mend33a: ``_one_concentration_spelling``)
from .model import resources
from .synonyms import delivery_word, region_left_out, translated_in
from .formulation import formulation_conflict  # (session 10, household)
from .amounts import percent_differs  # (session 14, prec)
from .with_without import with_without  # (session 14, prec)
from .household24 import household_conflict  # (session 24, hh24)
from .setups import setups_differ  # (session 28, dev28)
from .condition import condition_of, conditions_differ, word_condition  # (session 30, dev30)
from . import wordclass as W
from .office_mobile import multipack_of_one, rulings_apart  # (session 20, en20a)
from .office_mobile import multicolour_pack_of_one  # (session 34, op34)
from .office_mobile import _CAPACITY_LABELS  # (session 33, eu33: ``_sim_sold``)
from .editions import DEFAULT_EDITIONS, tax_scope_differs  # (session 22, en22)

# --------------------------------------------------------------------------
# lexicons (accent-free, lower case: titles are cleaned first)
# --------------------------------------------------------------------------

# words naming the kind of product (never a variant: "Dyson V15 Detect
# Vacuum" is the "Dyson V15 Detect"), English, German, French, Spanish,
# Italian, Czech
_TYPE = frozenset(T._TYPE_WORDS) | frozenset("""
ssd hdd drive drives disk disks festplatte disque disco dysk
console consoles konsole konzole consola
camera cameras kamera camara fotoaparat appareil photo actioncam camcorder
vacuum vacuums cleaner staubsauger sauger aspirateur aspiradora aspirapolvere vysavac
laptop laptops notebook notebooks computer ordinateur portatil pocitac
smartphone smartphones phone phones handy telefon telefono movil mobil mobilni cellulare
tablet tablets tableta
tv tvs television televisor televiseur fernseher televize
speaker speakers lautsprecher enceinte altavoz reproduktor
headphones headphone kopfhorer casque auriculares cuffie sluchatka earbuds
watch smartwatch uhr montre reloj hodinky
printer drucker imprimante impresora tiskarna
monitor bildschirm ecran pantalla
router mouse maus souris raton mys keyboard tastatur clavier teclado klavesnice
lamp lampe lampara bulb bulbs leuchtmittel gluhbirne ampoule bombilla zarovka light lights
detergent waschmittel lessive detergente
processor prozessor processeur procesador procesor cpu gpu
card karte carte tarjeta karta memory speicher
adapter adaptador adaptateur adattatore adapter telephone telefone shredder grill dishwasher dryer washer oven microwave fan case tower
desktop desktops laptops portables notebooks computers tablets phones printers monitors
""".split())

# words that label a spec ("Socket AM4", "Class 10", "Quad Core", "USB 3.0"):
# the spec's, never a variant's (as are technology names: "NVMe", ``titles._TECH``)
_LABEL = frozenset("""
socket sockel class klasse gen generation generace rev revision type typ usb pcie pci sata esata ata
ddr gddr hdmi dvi vga lga core cores kern kerne quad dual single triple six eight octa hexa
one two three four five ten twelve sixteen
""".split())

# filler: function words, shop words, the default packaging (in several
# languages); never the name of a variant
_FILLER = frozenset("""
a an the and or of for with w by from in on to at as new neu neuf nuevo nuovo novy
de la le les des du et avec en el los las y con para por und mit fur der die das von zum zur
ein eine il di per e da del della na se z ze do k ke v ve o u
item items product products genuine official brand sale offer angebot deal
edition version model series modell serie
mark mk
box boxed retail verpackung ovp
inch zoll pouces pulgadas palec palcu
unlocked factory sim free
wi fi wifi wlan lte cellular
""".split())

# a word after which what follows is an accessory or a list ("with case");
# and the words of a web page (``titles.PAGE_WORDS``: "buy", "prijzen"):
# what follows them is the page's, not the product's
_STOP = frozenset("""
with w incl inkl including includes included mit avec con for fur pour para per pro compatible
fits bundle plus
""".split()) - {"pro", "plus"}

# one thing written two ways: each word maps to a key both spellings share
_SYNONYM = {
    "body": "body", "gehause": "body", "boitier": "body", "cuerpo": "body", "corpo": "body",
    "telo": "body",
    "professional": "pro", "pro": "pro",
    "wifi": "wifi", "wlan": "wifi", "wi": "wifi", "fi": "wifi",
    "kit": "kit", "set": "kit", "bundle": "kit",
}

# the variant words of ``titles.VARIANTS`` (pro, max, mini, ultra ...) are
# variants even in front of a word naming the kind ("Tab S9 Ultra Tablet")
_VARIANT_WORDS = frozenset(T.VARIANTS) | (W.VARIANT - W._NETWORK - {"cellular", "cellulaire"})
# (and the title evidence's variant words: "SN850X Heatsink SSD" is no "SN850X SSD"; a network
# named on one side only is left to ``form_conflict``)

_COLOUR = frozenset(COLOUR_OF) | frozenset(T.COLOURS)
# words the facets compare (an edition, a kind of licence, a platform, upgrade,
# refill), but not the variant words of a model ("pro", "plus", "max")
_FACET_WORDS = (EDITIONS | _LICENCE_WORDS | frozenset(_PLATFORM_WORDS) | UPGRADE | REFILL) - frozenset(T.VARIANTS)
_SIZE = frozenset("""
small medium large xlarge xxl xxxl petite queen king twin full klein mittel gross
pequeno pequena mediano mediana grande mala maly male stredni velka velky velke
""".split())

_NAME_MAX = 2  # words both titles print between the model number and the slot
_SLOT_MAX = 2  # words of a slot
_HEAD = 2  # the model number's first word at most this far after the brand

# --------------------------------------------------------------------------
# per title: the class of each word
# --------------------------------------------------------------------------

_SPEC, _FILL, _KIND, _WORD, _END = 1, 2, 3, 4, 5
_DIGIT = re.compile(r"\d").search


@cached(1 << 15)  # (a memo: ``memos``)
def _classes(title: str) -> tuple:
    """(words, class of each word) of a prepared title (words joined by one
    space); the classes: spec (a digit), filler / colour / size, kind, stop,
    word."""
    ws = tuple(title.split(" ")) if title else ()
    cls = []
    for i, w in enumerate(ws):
        if w in _SIM_SOLD and _sim_sold(ws, i):
            cls.append(_FILL)  # (session 33, eu33: "Doppia SIM", "Libre"; ``_SIM_SOLD``)
        elif _DIGIT(w) or w in _LABEL or w in T._TECH or w in _BUS or (w in T.ROMAN_NUM and w != "x"):
            cls.append(_SPEC)
        elif w in _STOP or w in T.PAGE_WORDS:
            cls.append(_END)
        elif w in _FILLER or w in _COLOUR or w in _SIZE or len(w) == 1:
            cls.append(_FILL)
        elif w in _TYPE:
            cls.append(_KIND)
        else:
            cls.append(_WORD)
    return ws, tuple(cls)


# (session 33, eu33) how a phone is sold, in the shops' languages (``office_mobile.sim_wording``):
# "Double" / "Doppia" / "Doble" right before "SIM" is "Dual"; "débloqué", "sbloccato", "odblokowany",
# "entsperrt" are "unlocked", and Spanish "libre" is, in a title stating a memory capacity - filler
# of the slot as "Unlocked" and "Dual SIM" are, never a variant's name
_SIM_SOLD = frozenset(("double", "doble", "doppia", "doppio", "libre", "debloque", "sbloccato", "odblokowany",
                       "entsperrt", "simlockfrei")) | _CAPACITY_LABELS
# (and the label of a memory capacity next to it - "pamięć 256 GB", "256 GB Speicherplatz":
# ``office_mobile.capacity_label``)
_CAPACITY_WORD = re.compile(r"^\d+(?:gb|tb|go|to)$")


def _sim_sold(ws, i) -> bool:
    w = ws[i]
    if w in ("double", "doble", "doppia", "doppio"):
        return i + 1 < len(ws) and ws[i + 1] == "sim"
    if w == "libre":
        return any(map(_CAPACITY_WORD.match, ws))
    if w in _CAPACITY_LABELS:
        return ((i + 1 < len(ws) and _CAPACITY_WORD.match(ws[i + 1]) is not None)
                or (i > 0 and _CAPACITY_WORD.match(ws[i - 1]) is not None)
                or (i > 1 and ws[i - 1] in ("de", "di") and _CAPACITY_WORD.match(ws[i - 2]) is not None))
    return True


def _mark(w: str) -> bool:
    """May ``w`` print a model number's name: letters and digits, or a short number?"""
    return _DIGIT(w) is not None and ((w.isdigit() and len(w) <= 3) or _mixed(w))


def _brand_end(ws, brand) -> int:
    """How many words at the head of the title are the brand ("wd", "tp link")."""
    if not brand or not ws:
        return 0
    if ws[0] == brand:
        return 1
    if len(ws) > 1 and ws[0] + ws[1] == brand:
        return 2
    return 0


def _mixed(w: str) -> bool:
    """A word of letters and digits that is no unit nor spec ("s9", "g54", "hero11";
    not "1tb", "m.2", "5g")."""
    return (not w.isalpha() and not w.isdigit() and w.isalnum()
            and w not in T._TECH and not T.is_unit_token(w))


def _anchors(a, b, wa, wb):
    """[(first, last) word positions in a, (first, last) in b] of the model
    numbers both titles print, each as one word or as up to three
    consecutive words ("wh 1000xm 5"), or a number right after a word both
    titles print before it ("charge 5")."""
    shared = (a.allcodes & b.allcodes) - a.for_codes - b.for_codes
    out = []
    seen = set()
    if shared:
        for c in shared:
            pa, pb = _locate(c, wa), _locate(c, wb)
            if pa and pb and (pa, pb) not in seen:
                seen.add((pa, pb))
                out.append((pa, pb))
    # words of letters and digits, numbers after a shared word
    sb = b.wordset
    for i, w in enumerate(wa):
        if w not in sb:
            continue
        if _mixed(w) or (w.isdigit() and len(w) <= 3 and i and wa[i - 1].isalpha()
                         and wa[i - 1] in sb):
            j = _index_after(wb, w, wa[i - 1] if w.isdigit() else None)
            if j is not None:
                k = ((i, i), (j, j))
                if k not in seen:
                    seen.add(k)
                    out.append(k)
    return out


def _index_after(ws, w, prev):
    for j, x in enumerate(ws):
        if x == w and (prev is None or (j and ws[j - 1] == prev)):
            return j
    return None


def _locate(code: str, ws):
    """(first, last) positions of the words that print ``code`` (one word, or
    up to three consecutive words that are it joined), or None."""
    n = len(ws)
    for i in range(n):
        w = ws[i]
        if not code.startswith(w):
            continue
        if w == code:
            return (i, i)
        acc = w
        for j in range(i + 1, min(i + 3, n)):
            acc += ws[j]
            if acc == code:
                return (i, j)
            if not code.startswith(acc):
                break
    return None


# --------------------------------------------------------------------------
# the slot of a variant
# --------------------------------------------------------------------------

def _mentions(p, w: str) -> bool:
    """Does offer ``p`` print ``w`` anywhere (title, brand, MPN, description),
    as a word, glued into a longer word (>= 4 letters: "wifi" in "wi fi"), or
    by a synonym?"""
    if w in p.fullkeys or (len(w) >= 4 and w in p.full_compact):
        return True
    s = _SYNONYM.get(w)
    if s is not None:
        return any(_SYNONYM.get(x) == s for x in p.wordset)
    return False


def _colour_shade(ws, i, other) -> bool:
    """(session 31, dev31) Is ``ws[i]`` a shade written after its colour ("Azul *Escuro*", "Bleu
    *Foncé*", "Grigio *Scuro*") or glued before it ("*Dunkelblau*"), naming a shade of a colour the
    other title names in that shade too ("Dark Blue")?  Then one colour's name in two languages.
    Against the plain colour ("Azul Claro" / "Azul") it stays a word of the slot: a phone sold in
    Blue and in Light Blue (the session's attacker, attack31a)."""
    w = ws[i]
    if w in _SHADE_AFTER:
        if not (i and ws[i - 1] in _COLOUR):
            return False
        mine = shades(ws[i - 1:i + 1])
    elif len(w) >= 7 and _SHADE_HINT(w) is not None:
        mine = shades((w,))
    else:
        return False
    theirs = other.facets.get(SHADE) if other.facets else None
    return bool(mine) and bool(theirs) and mine <= theirs


def _excused(ws, cls, i, other, tail=frozenset()) -> bool:
    """Is word ``ws[i]`` (one title's, in the slot) no variant: a spec, a
    filler, a colour or size, a word naming the kind of product, a
    describing word in front of one, or a word the other offer mentions?"""
    c = cls[i]
    if c != _WORD:
        return True
    w = ws[i]
    if _mentions(other, w):
        return True
    if w in tail:
        return True  # the page's words after the title's literal ("... "@es Box |PcComponentes")
    if w in W.GENERIC or w in W.FUNCTION or translated_in(w, other.wordset):
        return True  # the title-evidence word classes: filler, a kind, a translation ("30 praní" / "30 Washes")
    if W.in_kind_phrase(ws, i):
        return True  # (session 22, ml22a: a word of a kind phrase, "Darwin 3 namiot kempingowy")
    if region_left_out(w, other, W.SPEC["region"]) or delivery_word(ws, i, W.FILLER):
        return True  # (session 10, software: a redeem region the other leaves out, "(Global)"; "Digital Code")
    cw = W.canon(w)
    if cw != w and any(W.canon(x) == cw for x in other.wordset):
        return True  # one word written twice (``wordclass.SYNONYM``)
    if i and cls[i - 1] == _SPEC and ws[i - 1] not in other.wordset:
        return True  # what a number of this title counts ("4 bay", "10 cup", "24 mile")
    if len(w) <= 2 and ((i + 1 < len(ws) and cls[i + 1] == _SPEC) or (i and cls[i - 1] == _SPEC)):
        return True  # a piece of a model number written apart ("BG 52L")
    if w in resources().brands:
        return True  # a maker's name (of the product or a part: "Intel", "GeForce")
    if _toys33.set_called_set(w, ws, other.wordset):
        return True  # (session 33, tb33: a construction set called a set, "LEGO 10497 Galaxy Explorer *Set*")
    if i + 1 < len(ws) and ws[i + 1] in _COLOUR:
        return True  # a colour's name ("Iron Grey", "Space Gray", "Phantom Black")
    if W.retail_box(w, other):
        return True  # (session 31, dev31: "Full Packaged Product" / "Retail", ``wordclass.retail_box``)
    if _colour_shade(ws, i, other):
        return True  # (session 31, dev31: a colour's shade after it or glued to it, "Azul Escuro", "Dunkelblau")
    if w in _FACET_WORDS:
        return True  # an edition, licence, platform: compared by ``facets`` ("Vollversion", "Xbox")
    if _sw38.delivery_in_slot(w, ws, i):
        return True  # (session 38, sw38: "(Boxed/Serial)", "with Auto-Renewal": a licence's delivery, billing)
    if _sw38.term_adjective_in_slot(w, ws, other):
        return True  # (session 38, sw38: "Annual Subscription" / "1 Year", the term the other states)
    if w in DEFAULT_EDITIONS and i + 1 < len(ws) and ws[i + 1] in _EDITION_MARK:
        return True  # (session 22, en22: the plain edition named, "Tekken 8 Launch Edition", ``editions``)
    wc = word_condition(w)
    if wc and wc == condition_of(other):
        return True  # (session 30: "Refurbished" / "Renewed", one condition both titles name, ``condition``)
    if w == "ultra" and i + 1 < len(ws) and ws[i + 1] in _ULTRA_OF and ws[i + 1] in other.wordset:
        return True  # (session 30, dev30: "Ultra-Portable" says how portable, the other "Portable": no Ultra model)
    if _co40.size_letter_against_length(ws, cls, i, other.wordset, _KIND):
        return True  # (session 40, co40: "Splitting Axe XL" / "Splitting Axe, 28 inch": one size told two ways)
    if w in _VARIANT_WORDS:
        return False
    if W._SPEC_OF.get(w, ("",))[0] == "package":
        return True  # (session 29, dev29: the package it comes in, "7UP Free 330ml *Can*": a spec the specs compare)
    if W._SPEC_OF.get(w, ("",))[0] == "gender" and (W._SPEC_OF[w][1] == "men" or any(
            W._SPEC_OF.get(x, ("",))[0] == "gender" for x in other.wordset)):
        # (session 32, fs32: who a shoe or a garment is for, "Bondi 8 *Herren*" / "Bondi 8 Men's": a spec the
        # specs compare - men's against women's is a clash; the women's is no word the other may leave out)
        return True
    sp = W._SPEC_OF.get(w)
    if sp is not None and any(W._SPEC_OF.get(x) == sp for x in other.wordset):
        return True  # (session 32, hp32: one spec's value in two languages, "30 compresse" / "30 Tabletten")
    if w in _EDITION_LETTERS:
        return False  # (session 41, of41: "TI-84 Plus *CE* Graphing Calculator", an edition, no description of the kind)
    if _office41.yield_of_xl(ws, i, other):
        return True  # (session 41, of41: "HP 63XL *High Yield* Black" / "HP 63XL Black": what the XL says)
    if _accessory.slot_class_named_otherwise(ws, i, other):
        return True  # (session 42, ac42: "Charge 6 *Ladekabel*" / "Charge 6 *Charging Cable*": one accessory two ways)
    # a describing word in front of the kind: "cordless stick vacuum"
    j = i + 1
    while j < len(ws) and cls[j] == _WORD and ws[j] not in _VARIANT_WORDS and j - i < 3:
        j += 1
    return j < len(ws) and cls[j] == _KIND


# (session 30, dev30) the qualities "Ultra" intensifies in a shop's description ("JBL Clip 5
# *Ultra-Portable* Waterproof Speaker" / "JBL Clip 5 Portable Bluetooth Speaker"): before one of them,
# printed by the other title too, "ultra" names no Ultra model
_ULTRA_OF = frozenset("""
portable thin slim light lightweight soft compact quiet bright sharp fast strong absorbent durable
""".split())


# (session 20, en20a) the two letters makers write an edition of a model with, as "SE" / "FE" of
# ``titles.VARIANTS``: "CE" (colour edition), "LE" (limited edition) - "TI-84 Plus CE Graphing
# Calculator" is no "TI-84 Plus Graphing Calculator"; read only in the slot after a model's name
_EDITION_LETTERS = frozenset(("ce", "le"))


def _extra_run(ws, cls, k, other_words, other, anchor=(), tail=frozenset()) -> int:
    """At position ``k`` of one title, the words the other title lacks (up
    to ``_SLOT_MAX``, fillers and colours not counted): how many of them are
    variant words (not ``_excused``), or -1 when the run is no slot of a
    variant: it goes on with more words the other title lacks (a shop's
    description), or it stands in front of a word both titles print - a
    word describing that word ("Paper Shredder", "Portable GPS"), unless
    joined to the name by "and" ("White and Color Ambiance"), named an
    edition ("PlayStation 5 Digital Edition Console") or a variant word in
    front of the kind ("S9 Ultra Tablet")."""
    n = len(ws)
    e = k
    words = 0
    while e < n and ws[e] not in other_words and cls[e] != _END:
        if cls[e] != _FILL:
            words += 1
            if words > _SLOT_MAX:
                return -1
        e += 1
    if e == k:
        return 0
    # past the colours and sizes both print, what closes the run
    f = e
    while f < n and (ws[f] in _COLOUR or ws[f] in _SIZE) and ws[f] in other_words:
        f += 1
    bad = [q for q in range(k, e) if not _excused(ws, cls, q, other, tail)]
    if f < n and ws[f] in other_words and ws[f] in anchor:
        return -1  # (the name, a description, the model number again: "Sony SB-V40S A/V Selector SBV40S")
    if f < n and cls[f] != _SPEC and ws[f] in other_words and not _variant_closing(ws, f, other_words):
        joined = any(ws[q] in _AND or ws[q] in _EDITION_MARK for q in range(k, e))
        # (a known variant word stays one in front of any word both print: "S9 Ultra Tablet",
        # "HERO11 Black Mini Action Camera")
        variant_kind = bool(bad) and all(ws[q] in _VARIANT_WORDS or ws[q] in _EDITION_LETTERS for q in bad)
        if not (joined or variant_kind):
            return -1
    return len(bad)


def _model_letter(ws, cls, k, other) -> bool:
    """Is ``ws[k]``, the word right after a model number both titles print, a
    lone letter closing that number ("Logitech G502 *X*", "Makita HR2470 *F*"),
    which the other offer never prints?  Then it is a piece of the model number
    written apart ("BG 52L", as ``_excused`` reads a short word by a spec), and
    the two titles name two models, whatever describing words follow it ("G502
    X Wired Gaming Mouse" is no "G502 HERO").  Not a letter that is a word of
    the title's language ("a", "e", "y", "i", "s", "z", "w": and, with, in), a
    size ("S", "M", "L"), nor "x" before a number ("2 x 4")."""
    if k >= len(ws):
        return False
    w = ws[k]
    if len(w) != 1 or not ("a" <= w <= "z") or w in _NOT_MODEL_LETTER:
        return False
    if k + 1 < len(ws) and cls[k + 1] == _SPEC:
        return False  # ("x 2", "k 4": a letter before a number is read with the number)
    return w not in other.wordset and not _mentions(other, w)


# lone letters that are words (and, with, in, of: Romance and Slavic), a named size,
# or a unit, never the last letter of a model number
_NOT_MODEL_LETTER = frozenset("a e i o u y w v z k s c m l g".split())

def _variant_closing(ws, f, other_words) -> bool:
    """Is ``ws[f]``, a word both titles print after a run one title lacks, a variant's name
    closing the model's name - a variant word ("SE", "Pro") with no word both print after it?
    A run in front of it is no description of it but another word of the variant's name
    ("Logitech G413 *TKL* SE" / "G413 SE"); a variant word followed by a word both print
    is part of a kind's name ("Core 300 True HEPA *Air* Purifier")."""
    if ws[f] not in _VARIANT_WORDS:
        return False
    return f + 1 == len(ws) or ws[f + 1] not in other_words


_AND = frozenset("and und et y e".split())
# "Digital *Edition*": the word before names an edition, it describes no other word
_EDITION_MARK = frozenset("edition editions version ausgabe edicion edizione edice vydani".split())


def _right_slot(wa, ca, wb, cb, i0, i, j0, j, a, b) -> bool:
    """From the model number's last word (``i`` in a, ``j`` in b) over the
    words both titles print next (at most ``_NAME_MAX``: "V15 *Detect*",
    "HERO11 *Black*", "SN850X *1TB*"), to the slot: True when one title
    prints a variant word there, closed by the title's end, a word both
    titles print, a spec or a stop word, and the other prints none or
    another word."""
    na, nb = len(wa), len(wb)
    x, y = i + 1, j + 1
    run = 0
    while x < na and y < nb and wa[x] == wb[y]:
        if ca[x] == _END:
            return False
        x += 1
        y += 1
        run += 1
        if run > _NAME_MAX:
            return False
    if (x < na and ca[x] == _END) or (y < nb and cb[y] == _END):
        return False
    # the model number as either title prints it ("Spot400" / "Spot 400"): the
    # same words close a run whichever title is read first
    anchor = wa[i0:i + 1] + wb[j0:j + 1]
    if not run:
        la = _model_letter(wa, ca, x, b)
        lb = _model_letter(wb, cb, y, a)
        if la or lb:
            return True  # (one title closes the model number with a letter the other lacks: "G502 *X*")
    ra = _extra_run(wa, ca, x, b.wordset, b, anchor, tail_words(a)) if x < na else 0
    rb = _extra_run(wb, cb, y, a.wordset, a, anchor, tail_words(b)) if y < nb else 0
    if ra < 0 or rb < 0:
        return False
    return ra == 1 or rb == 1


def _inner_slot(wa, ca, wb, cb, fa, ba, a, b) -> bool:
    """Inside the name before the model number (``fa``: its first word in
    a; ``ba``: the brand's words at a's head): two words a prints side by
    side, b prints with "and" and one variant word between - another
    variant joined to the name ("Hue White *and Color* Ambiance", not
    "Hue White Ambiance").  (Without "and" a word there describes the next
    one, "HD Radio *Add-on* Tuner", as in ``_extra_run``.)"""
    if _AND.isdisjoint(wb):
        return False
    pos = {}
    for k, w in enumerate(wb):
        pos.setdefault(w, k)
    for k in range(ba, fa):
        u, v = wa[k], wa[k + 1]
        p, q = pos.get(u), pos.get(v)
        if p is None or q is None or not 2 <= q - p - 1 <= _SLOT_MAX + 1:
            continue
        mid = wb[p + 1:q]
        if mid[0] not in _AND or any(w in a.wordset for w in mid):
            continue
        bad = [wb[r] for r in range(p + 1, q) if not _excused(wb, cb, r, a, tail_words(b))]
        if len(bad) == 1:
            return True
    return False


# (session 29, dev29) a model's number with a letter glued on, the letter a maker's model of the
# line ("iPhone 16e", "Pixel 8a", "Legion 7i", "iPhone 6s", "OnePlus 7T"), not a unit, a count, a
# network or a multiplier ("3A", "5G", "4K", "2x", "3D", "8h")
_LETTERED = re.compile(r"(\d{1,3}(?:\.\d)?)([aceirst])").fullmatch
_NUMBER = re.compile(r"\d{1,3}(?:\.\d)?").fullmatch
_APART_LETTERS = frozenset("seitr")


def _lettered_tokens(ws):
    """(index of the word before, number, letter, apart) of each number a title's words print with a
    model's letter glued on ("16e") or standing after it ("11.5 s")."""
    for i in range(1, len(ws)):
        m = _LETTERED(ws[i])
        if m:
            yield i - 1, m.group(1), m.group(2), False
        elif i + 1 < len(ws) and ws[i + 1] in _APART_LETTERS and _NUMBER(ws[i]):
            yield i - 1, ws[i], ws[i + 1], True


def lettered_model_differs(a, b) -> bool:
    """Does one title print a number with a model's letter glued on (or standing after it: "MatePad
    11.5 S") right after a word ("iPhone 16e") where the other prints that word and the bare number
    ("iPhone 16") and never the lettered one?  Two models of one line (the issue's "model-number
    suffixes").  Read on the cleaned titles' words, once each (session 29's re-read: a search of the
    text before each match was quadratic in a hostile title)."""
    ta, tb = a.title, b.title
    if type(ta) is not str or type(tb) is not str:
        return False
    wa, wb = ta.split(), tb.split()
    for xs, ys, tx in ((wa, wb, a), (wb, wa, b)):
        for j, num, letter, apart in _lettered_tokens(xs):
            prev = xs[j]
            if not prev.isalpha() or len(prev) < 2:
                continue
            if prev in W.COUNT_AFTER or (letter == "s" and prev[-1] == "s"):
                continue  # (a count after a plural noun: "Paracetamol Tablets 16s" holds 16)
            if not _prints_after(ys, prev, num) or _prints_lettered(ys, num, letter):
                continue  # (the other never prints the bare number after the word, or prints the letter too)
            if _prints_after(xs, prev, num, letter):
                continue  # (this title prints the bare number after the word as well)
            if apart:
                # (a letter standing apart in the shop's own title, not the tail of a hyphenated part
                # number the cleaner split: "AF-30-I")
                raw = tx.rawtitle
                if type(raw) is not str or not re.search(
                        r"(?<![\w.-])" + re.escape(num) + r" " + letter + r"(?![\w.-])", raw, re.I):
                    continue
                if _mu43.size_range_after(raw, num, letter):
                    continue  # (session 43, mu43: "Talon 22 S/M" - a size range, no "22S" model)
            return True
    return False


def _prints_after(ws, prev: str, num: str, not_before: str | None = None) -> bool:
    """Does a title's words print ``num`` right after ``prev`` (and, with ``not_before``, not followed
    by that letter)?"""
    for i in range(len(ws) - 1):
        if ws[i] == prev and ws[i + 1] == num and not (
                not_before is not None and i + 2 < len(ws) and ws[i + 2] == not_before):
            return True
    return False


def _prints_lettered(ws, num: str, letter: str) -> bool:
    """Does a title print ``num`` with ``letter`` glued on, hyphened or apart ("330s", "330-s", "330 s")?"""
    glued, hyphened = num + letter, num + "-" + letter
    for i, w in enumerate(ws):
        if w == glued or w == hyphened or (w == num and i + 1 < len(ws) and ws[i + 1] == letter):
            return True
    return False


# (session 29, dev29) the product lines of a maker, each another product whatever number both titles
# print after it: "Dell Vostro 3520" is no "Dell Inspiron 3520", "Victron BlueSolar MPPT 100/30" no
# "SmartSolar MPPT 100/30".  A table of the lines the first users' shops sell (laptops, solar
# controllers), read only where a title names the maker: lb29's rule read any rare word swapped before a
# shared number and parted a maker's second name for a line ("PIXMA" / "MegaTank"), a brand's full name,
# shop abbreviations - reverted; here both words must be lines of that maker, and a title may name two
# ("ThinkPad X1 Yoga"): only two disjoint sets of lines are two products
_MAKER_LINES = {
    "dell": "inspiron vostro latitude xps alienware",
    "hp": "pavilion envy spectre elitebook probook omen victus zbook",
    "lenovo": "ideapad thinkpad thinkbook legion yoga loq",
    "asus": "vivobook zenbook expertbook rog tuf proart",
    "acer": "aspire swift nitro predator travelmate extensa",
    "msi": "katana stealth raider cyborg prestige",
    "victron": "bluesolar smartsolar",
    # (session 33, ho33: a headphone or speaker maker numbers its lines alike - "JBL Tune 510BT" / "JBL Live
    # 510BT", "Flip 5" / "Charge 5"; "Go" left out, a common word)
    "jbl": "tune live endurance reflect vibe wave quantum flip charge clip xtreme boombox pulse partybox",
}
_LINE_MAKER = {line: maker for maker, lines in _MAKER_LINES.items() for line in lines.split()}
_LINE_WORDS = frozenset(_LINE_MAKER)


def maker_lines_differ(wa, wb) -> bool:
    """Do two titles (word sets) each name a line of one maker (``_MAKER_LINES``), the maker named in
    either title, and no line in common?"""
    la, lb = _LINE_WORDS.intersection(wa), _LINE_WORDS.intersection(wb)
    if not la or not lb or not la.isdisjoint(lb):
        return False
    makers = {_LINE_MAKER[w] for w in la | lb}
    if len(makers) != 1:
        return False
    maker = next(iter(makers))
    return maker in wa or maker in wb


# (session 30, suffix30) the consoles a maker sells a later model of as the "New" one ("New Nintendo
# 3DS XL", "New 2DS XL"): ``facets`` platform words of game consoles
# (session 30's attack: only Nintendo named a later model "New" - the "New Nintendo 3DS" and "3DS
# XL"; a shop's "New PlayStation 5 Console", "New Xbox Series X" is its listing word, and every 2DS XL
# is the "New" one; "Nouvelle" / "Nueva" / "Neuer" / "Nuovo" are the French, Spanish, German, Italian
# names of the same model)
_CONSOLES = frozenset(("3ds",))
# (the game consoles' platform words, ``facets``: what a closing platform may be, ``closing_platforms_differ``)
_GAME_CONSOLES = frozenset(w for w, v in _PLATFORM_WORDS.items() if v not in (
    "mac", "win", "linux", "ios", "android")) | {"2ds"}
_CONSOLE_MAKERS = frozenset(("nintendo",))
_NEW = frozenset("new nouvelle nouveau nueva nuevo neuer neue neues nuova nuovo".split())


def _new_before_console(ws) -> bool:
    """Does a title open with "New" right before a console's name ("New Nintendo 3DS XL", "Nintendo
    New 3DS")?"""
    for i in (0, 1):
        if i + 1 >= len(ws) or ws[i] not in _NEW or (i == 1 and ws[0] not in _CONSOLE_MAKERS):
            continue
        j = i + 1
        if ws[j] in _CONSOLE_MAKERS and j + 1 < len(ws):
            j += 1
        if ws[j] in _CONSOLES:
            return True
    return False


def new_console(a, b) -> bool:
    """(session 30, suffix30) Does one title open with "New" before a console's name that the other
    prints without it, never saying "new"?  "New" before a console's name is the maker's name of its
    later model ("New Nintendo 3DS XL" is no "Nintendo 3DS XL"); "new" elsewhere is a shop's word
    and stays filler."""
    wa, wb = a.words, b.words
    for x, y, p in ((wa, b, a), (wb, a, b)):
        if not _NEW.isdisjoint(y.wordset) or not _new_before_console(x):
            continue
        if type(p.rawtitle) is str and "NEW" in p.rawtitle.split():
            continue  # (a shop's shouted "NEW", "NEW Sony PS5 Slim", is its listing word)
        console = [w for w in x[:4] if w in _CONSOLES]
        if console and console[0] in y.wordset:
            return True
    return False


def closing_platforms_differ(a, b) -> bool:
    """(session 30, suffix30) Do two titles print the same words but the last, each closing with a
    platform of its own - one "Switch", the other another console or "PC" ("Hollow Knight Switch" /
    "Hollow Knight PS4")?  A bare "Switch" names a console only where it stands apart
    (``facets.switch_apart``), as a network's or a keyboard's switch is a word of the product's
    name; but a title that is another one with its closing platform swapped names one platform
    each.  (A title listing several platforms, "PS5 / Xbox / Switch", closes with none alone: the
    rest of it must name no platform.)"""
    wa, wb = a.words, b.words
    if len(wa) < 2 or len(wa) != len(wb) or wa[-1] == wb[-1] or wa[:-1] != wb[:-1]:
        return False
    la, lb = wa[-1], wb[-1]
    if "switch" not in (la, lb):
        return False
    other = lb if la == "switch" else la
    if other not in _GAME_CONSOLES and _PLATFORM_WORDS.get(other) != "win":
        return False
    return not any(w in _PLATFORM_WORDS or w == "switch" for w in wa[:-1])


# (session 30, suffix30) how a device is powered, as makers name its variants ("Ring Spotlight Cam
# Plus Battery" / "... Plus Wired" / "... Solar")
_POWER = {"battery": "battery", "wired": "wired", "solar": "solar", "plugin": "plug", "mains": "plug"}


def closing_power_differs(a, b) -> bool:
    """(session 30, suffix30) Do two titles print the same words but the last, each closing with
    another power source (``_POWER``: "... Cam Plus Battery" / "... Cam Plus Wired")?  The closing
    word names the variant; "Battery" alone is a kind's word elsewhere ("AA Battery")."""
    wa, wb = a.words, b.words
    if len(wa) < 3 or len(wa) != len(wb) or wa[:-1] != wb[:-1]:
        return False
    pa, pb = _POWER.get(wa[-1]), _POWER.get(wb[-1])
    return pa is not None and pb is not None and pa != pb


# (session 30, suffix30) the length a maker names a variant by, closing its name ("Airwrap
# Multi-Styler Complete Long": the long barrels; "Jeans Tall"), against the regular one unnamed
_LENGTHS = frozenset("long short tall".split())


def closing_length_only(a, b) -> bool:
    """(session 30, suffix30) Is one title the other with a length word closing it (``_LENGTHS``:
    "Dyson Airwrap Multi-Styler Complete Long" / "... Complete")?  The regular length goes
    unnamed: the closing word names the other variant."""
    wa, wb = a.words, b.words
    if len(wa) == len(wb) + 1:
        x, y = wa, wb
    elif len(wb) == len(wa) + 1:
        x, y = wb, wa
    else:
        return _length_inside(wa, wb) or _length_inside(wb, wa)
    return (len(y) >= 2 and x[-1] in _LENGTHS and x[:-1] == y) or _length_inside(wa, wb) or _length_inside(wb, wa)


def _length_inside(x, y) -> bool:
    """(session 38, we38) The length word between two words the other title prints side by side, the
    other naming no length: "Airwrap Complete *Long* Nickel/Copper" / "Airwrap Complete Nickel/Kupfer
    Haarstyler" - the closing word of the name, the colourway after it (a shop's colour word once left
    the two apart).  Only before a colour: "Glad ForceFlex *Tall* Kitchen Bags" / "ForceFlex Kitchen Bags"
    is one bag (a "Tall Kitchen" bag is its kind), a garment's "Long Sleeve" its sleeve."""
    if _LENGTHS.isdisjoint(x) or not _LENGTHS.isdisjoint(y):
        return False
    for i in range(1, len(x) - 1):
        if x[i] in _LENGTHS and x[i + 1] in _COLOUR:
            prev, nxt = x[i - 1], x[i + 1]
            for j in range(len(y) - 1):
                if y[j] == prev and y[j + 1] == nxt:
                    return True
    return False


# (session 33, mend33a) two titles naming one fragrance concentration, one in its short form and one
# written out ("1 Million EDT 100ml" / "1 Million Eau de Toilette 100ml"), print no other word in the slot
# after the line's name: both read in the short form (the concentration is compared as a facet,
# ``facets.concentrations``)
_CONC_LONG = ((re.compile(r"\beau\s+(?:de\s+|du\s+)?parfum\b"), "edp"),
              (re.compile(r"\beau\s+(?:de\s+)?toilette\b"), "edt"),
              (re.compile(r"\beau\s+(?:de\s+)?cologne\b"), "edc"))
_CONC_WORD = re.compile(r"\b(?:parfum|toilette|cologne|edp|edt|edc)\b").search


def _one_concentration_spelling(ta, tb) -> tuple:
    """``ta``, ``tb`` with a written-out concentration in its short form, where both name the same one."""
    if not (ta and tb and _CONC_WORD(ta) and _CONC_WORD(tb)):
        return ta, tb
    conc = concentrations(ta)
    if not conc or conc != concentrations(tb):
        return ta, tb
    for rx, short in _CONC_LONG:
        ta, tb = rx.sub(short, ta), rx.sub(short, tb)
    return ta, tb


# --------------------------------------------------------------------------
# slot_conflict: a table of readers, then the slots around a shared model number
# --------------------------------------------------------------------------

def _code_colour_apart(a, b) -> bool:
    """(session 40, co40) A maker's colour code glued to the model number against another colour the other
    title names (``co40.code_colour_apart``; the plain codes are ``relations``' "BK", "WH", "S", "B", ...)."""
    return _co40.code_colour_apart(a, b, _co40.PLAIN_COLOUR_CODES)


class SlotReader(NamedTuple):
    """One row of ``SLOT_READERS``: ``read(a, b) -> bool`` on two prepared offers (``read(a, b,
    shared)`` when ``shared`` is set: ``shared`` says whether both titles print one model number,
    ``_shared_code``, computed once a pair); when it fires, ``slot_conflict`` returns ``value`` (1.0,
    or 2.0: a conflict whatever long model number both print - ``rules``' "slot" mask reads 2 apart);
    ``why`` says which session wrote it, for what."""
    name: str
    read: Callable
    why: str
    value: float = 1.0
    shared: bool = False


def _shared_code(a, b) -> bool:
    """Do both titles print one model number (a code both keep, or a word that may name one)?"""
    return not a.allcodes.isdisjoint(b.allcodes) or any(map(_mark, a.wordset & b.wordset))


def _tax_scope(a, b) -> bool:
    return tax_scope_differs(a.wordset, b.wordset)


def _maker_lines(a, b) -> bool:
    return maker_lines_differ(a.wordset, b.wordset)


def _fs36_variants(a, b) -> bool:
    # (the word classes as they stand when a pair is read: ``wordclass`` rebinds GENERIC as blocks install)
    return _fs36.fs_variants_differ(a, b, W.GENERIC, W._kinds_named)


def _brand_suffix(a, b) -> bool:
    return _fxhh38.brand_suffix_one_side(a, b, W.GENERIC)


def _decimal_names(a, b) -> bool:
    return decimal_names_differ(a.words, b.words)


def _made_for_model_alone(a, b) -> bool:
    """(session 42, wr42) A part "for" a model's code against the model's title alone (``wr42``), where the
    accessory readers do not part the two already (their conflict names the pair: "GoPro Enduro Battery for HERO11
    Black" / "GoPro HERO11 Black")."""
    return (_wr42.made_for_model_alone(a, b, _accessory._for_at, _accessory._model_word, _names_kind,
                                       _device_line)
            and not _accessory.accessory_conflict(a, b))


def _device_line(w: str) -> bool:
    """(session 42, fxwr42) A device's line name ("Thermomix", "Bimby"), as the word classes stand."""
    return w in W.DEVICE


def _names_kind(w: str) -> bool:
    return w in W.CATEGORY or _accessory._acc_class(w) is not None or _accessory._device_kind(w)


# The readers ``slot_conflict`` asks first, in this order; the first that fires decides (its
# ``value``), else the slots around a shared model number do (``_slots_differ``).  The one place the
# table is built: a session's reader lives in its own leaf module (importing nothing of this one, as
# ``mends34``, ``mends35``, ``pc35``, ``tb35``, ``sport32`` do), is imported at the top of this module,
# and gets one row here - at the end unless it must come before another.  (Session 36, slot36: the
# rows were a chain of ``if X(a, b): return 1.0`` lines, each session adding one.)
def _closing_sizes_apart(a, b) -> bool:
    return _mu43.closing_sizes_apart(a.words, b.words, W.SIZE_PHRASE_WORDS)


def _kind_slot_apart(a, b) -> bool:
    return _mu43.kind_slot_apart(a, b, W)


SLOT_READERS: tuple = (
    SlotReader("pc35.revision_tag", _pc35.revision_tag,
               'session 35, pc35: a maker\'s revision tag on one side, read before the other slots, whatever '
               'long model number both print - "B650 AORUS ELITE AX V2", "NH-D15 G2", "274QRF QD E2"',
               2.0, shared=True),
    SlotReader("pc35.line_numbers_differ", _pc35.line_numbers_differ,
               'session 35, pc35: a laptop line\'s two numbers beside one processor - "Victus 15" / "Victus 16"',
               2.0),
    SlotReader("formulation_conflict", formulation_conflict,
               "session 10, household: another formulation of the line (``formulation``)"),
    SlotReader("with_without", with_without,
               "session 14, prec: with / without one thing (``with_without``)"),
    SlotReader("percent_differs", percent_differs,
               "session 14, prec: another percentage of one thing (``amounts``)"),
    SlotReader("tax_scope_differs", _tax_scope,
               'session 22, en22: "Federal & State" / the federal return alone (``editions``)'),
    SlotReader("household_conflict", household_conflict,
               "session 24, hh24: a variant name in the line's slot, a pack the text states (``household24``)"),
    SlotReader("setups_differ", setups_differ,
               "session 28, dev28: two layouts, terms, a body and a lens kit, an edition alone (``setups``)"),
    SlotReader("lettered_model_differs", lettered_model_differs,
               'session 29, dev29: "iPhone 16e" / "iPhone 16"'),
    SlotReader("maker_lines_differ", _maker_lines,
               'session 29, dev29: "Dell Vostro 3520" / "Dell Inspiron 3520"'),
    SlotReader("new_console", new_console,
               'session 30, suffix30: "New Nintendo 3DS XL" / "Nintendo 3DS XL"'),
    SlotReader("closing_platforms_differ", closing_platforms_differ,
               'session 30, suffix30: a closing platform, "... Switch" / "... PS5"'),
    SlotReader("closing_power_differs", closing_power_differs,
               "session 30, suffix30: a closing power source (battery / wired / solar / plug-in)"),
    SlotReader("closing_length_only", closing_length_only,
               "session 30, suffix30: a closing length on one side (long / short / tall)"),
    SlotReader("decimal_names_differ", _decimal_names,
               'session 32, fs32: "Hexagon 5.0" / "Hexagon 6.0", "GameChanger 2.0" / "GameChanger" (``sport32``)'),
    SlotReader("sport_variants_differ", sport_variants_differ,
               'session 33, fs33: "Bondi 8" / "Bondi 8 Wide", "97" / "97L", "NITRO 2" / "NITRO Elite 2", '
               '"\'07 LV8" (``sport32``)'),
    SlotReader("mends34.connectivity_variant", _mends34.connectivity_variant,
               'session 34, mend34: "Charge 5" / "Charge 5 Wi-Fi"'),
    SlotReader("mends34.line_prefixes_differ", _mends34.line_prefixes_differ,
               'session 34, mend34: "NL N25" / "ISL N25"'),
    SlotReader("mends34.model_letter_one_side", _mends34.model_letter_one_side,
               'session 34, mend34: a model letter on one side, "KIDFIX M"'),
    SlotReader("fs36.fs_variants_differ", _fs36_variants,
               'session 36, fs36: "Dunk Low" / "High", "Instinct 2X" / "2", "M8100 Schaltwerk" / "Kassette"'),
    SlotReader("dg37.tier_after_number", _dg37.tier_after_number,
               'session 37, dg37: "K 5 Power Control" / "K 5 Premium Power Control"'),
    SlotReader("dg37.battery_set_inserted", _dg37.battery_set_inserted,
               'session 37, fxdg37: "WD 3 Battery Set" / "WD 3 Battery"'),
    SlotReader("tb35.hyphen_letter_one_side", _tb35.hyphen_letter_one_side,
               'session 35, tb35: "Spot 400" / "Spot 400-R"'),
    SlotReader("mends35.quality_slot_apart", _mends35.quality_slot_apart,
               'session 35, mend35: "Crema e Gusto" / "Crema e Aroma"'),
    SlotReader("pc35.one_sided_heatsink", _pc35.one_sided_heatsink,
               'session 35, pc35: "SN850X 2TB NVMe SSD with Heatsink" / without'),
    SlotReader("pc35.board_wifi", _pc35.board_wifi,
               'session 35, pc35: "B650M Pro RS WiFi" / "B650M Pro RS"'),
    SlotReader("eu38.split_model_number_differs", _eu38.split_model_number_differs,
               'session 38, eu38: "Kärcher K 4 Power Control" / "Kärcher K5 Power Control"'),
    SlotReader("fxhh38.brand_suffix_one_side", _brand_suffix,
               'session 38, fxhh38: "Zyrtec-D Allergy" / "Zyrtec Allergy", "Senokot-S" / "Senokot"'),
    SlotReader("cm39.lens_specs_differ", _cm39.lens_specs_differ,
               'session 39, cm39: "RF-S 18-45mm Kit" / "RF-S 18-45mm + RF-S 55-210mm Double Kit", '
               '"70-200mm F4" / "70-200mm f/2.8"'),
    SlotReader("co40.code_colour_apart", _code_colour_apart,
               'session 40, co40: "Sony WH-1000XM5/B" / "WH-1000XM5 ... Silver", "Smeg KLF03RDUK" / '
               '"KLF03 - Cream": a maker\'s colour code glued to the model number against another colour'),
    SlotReader("md40.inserted_variant", _md40.inserted_variant,
               'session 40, md40: a variant word inside the name on one side, "NexGard PLUS Chewables" / '
               '"NexGard Chewables", "O11 Dynamic EVO XL Black" / "O11 Dynamic EVO Black"'),
    SlotReader("md40.glued_variant", _md40.glued_variant,
               'session 40, md40: a variant tail glued to the model number, "AT2020" / "AT2020USB+"'),
    SlotReader("md40.lens_sizes_differ", _md40.lens_sizes_differ,
               'session 40, md40: an eyewear frame\'s lens width, "50-22" / "54mm"', 2.0),
    SlotReader("md40.instructions_alone", _md40.instructions_alone,
               'session 40, md40: a set\'s building instructions alone, "LEGO 42115 Instructions Booklet Only"', 2.0),
    SlotReader("md40.kit_counts_differ", _md40.kit_counts_differ,
               'session 40, md40: a kit\'s counted parts, "2 TX + 1 RX" / "1 TX + 1 RX"'),
    SlotReader("wr41.kit_battery_apart", _wr41.kit_battery_apart,
               'session 41, wr41: a cordless tool\'s kit letter against the batteries the other title states, '
               '"DCD796M2" (2 x 4.0 Ah) / "DCD796 ... 2 x 2.0Ah"', 2.0),
    SlotReader("wr41.kit_word_inserted", _wr41.kit_word_inserted,
               'session 41, wr41: a kit\'s name word inside the name on one side, "K4 Power Control Home '
               'Hochdruckreiniger" / "K4 Power Control Hochdruckreiniger"'),
    SlotReader("wr41.care_plan_one_side", _wr41.care_plan_one_side,
               'session 41, wr41: a paid care plan sold with the device on one side, "Galaxy S24 Ultra 256GB - '
               'Samsung Care+" / "Galaxy S24 Ultra 256GB"', 2.0),
    SlotReader("office41.kind_accessory_one_side", _office41.kind_accessory_one_side,
               'session 41, fxof41 (attack41a): an office kind\'s accessory on one side, "Casio FX-991DE X '
               'Taschenrechner" / "... Calculator Cover", "Powershred 79Ci Shredder" / "... Aktenvernichter Beutel"', 2.0),
    SlotReader("home41.sofa_part_one_side", _home41.sofa_part_one_side,
               'session 41, fxfu41: a sofa\'s cover, legs, chaise longue, sofa bed or open end on one side, "IKEA '
               'KIVIK 3er-Sofa" / "IKEA KIVIK cover for 3-seat sofa"', 2.0),
    SlotReader("wr42.numbered_model_apart", _wr42.numbered_model_apart,
               'session 42, wr42: a number with letters against another plain number between the same words, '
               '"Arlo Pro 5S 2K" / "Arlo Pro 4 2K"'),
    SlotReader("wr42.towel_sizes_apart", _wr42.towel_sizes_apart,
               'session 42, wr42: two towels\' sizes by name, "Supreme Hygro Bath Sheet" / "Supreme Hygro Bath Towel"', 2.0),
    SlotReader("wr42.made_for_model_alone", _made_for_model_alone,
               'session 42, wr42: a part "for" a model against the model\'s title alone, "Vorwerk Bimby boccale '
               'completo per TM6" / "Vorwerk Bimby TM6"', 2.0),
    SlotReader("wr42.main_unit_only_one_side", _wr42.main_unit_only_one_side,
               'session 42, wr42: the main unit alone on one side, "Dyson V15 Detect Absolute - Main Unit Only" / '
               '"Dyson V15 Detect Absolute"', 2.0),
    SlotReader("mu43.closing_sizes_apart", _closing_sizes_apart,
               'session 43, mu43: two size words closing two titles after a word both print, "Neutrino 400 Down '
               'Sleeping Bag Regular" / "... Sleeping Bag Long"'),
    SlotReader("mu43.kind_slot_apart", _kind_slot_apart,
               'session 43, fxmu43: a gear kind one title prints, a word after a word both print the other '
               'lacks - "Fenix PD36R Taschenlampe" / "Fenix PD36R V2.0", "Rode NT1 Kondensatormikrofon" / '
               '"Rode NT1-A"'),
)

# (what ``slot_conflict`` walks: (read, value, shared) of each row, built once from the table)
_SLOT_WALK = tuple((r.read, r.value, r.shared) for r in SLOT_READERS)


def _slots_differ(a, b, shared: bool) -> float:
    """The positional reading after the table (the module's doc): from each model number both titles
    print (``shared``: ``_shared_code``), the slot where they part; 1.0 a variant word there, else 0.0."""
    if not shared:
        return 0.0  # (most pairs: no model number both print)
    if _tb35.same_set_number(a, b):
        return 0.0  # (session 35, tb35: a construction set's number names the set, its name's words none of it)
    ta, tb = _one_concentration_spelling(a.title, b.title)
    if "/" in (a.rawtitle or "") or "/" in (b.rawtitle or ""):
        ta, tb = _two_tone_shortened(a, b, ta, tb)  # (session 40, co40: "White/Silver" / "White")
    wa, ca = _classes(ta)
    wb, cb = _classes(tb)
    if len(wa) < 2 or len(wb) < 2:
        return 0.0
    anchors = _anchors(a, b, wa, wb)
    if not anchors:
        return 0.0
    ba, bb = _brand_end(wa, a.brand), _brand_end(wb, b.brand)
    for (fa, la), (fb, lb) in anchors:
        if _inner_slot(wa, ca, wb, cb, fa, ba, a, b) or _inner_slot(wb, cb, wa, ca, fb, bb, b, a):
            return 1.0
        if fa - ba > _HEAD or fb - bb > _HEAD or ca[fa] == _FILL or cb[fb] == _FILL:
            continue  # (a part number further on, or a colour glued to one: no model's name; either title's
            # first word of it read, so the order of the two offers never matters: 'AT2020' / 'AT-2020 ...')
        if (la + 1 < len(wa) or lb + 1 < len(wb)) and _right_slot(wa, ca, wb, cb, fa, la, fb, lb, a, b):
            return 1.0
    return 0.0


def _two_tone_shortened(a, b, ta: str, tb: str) -> tuple:
    """(session 40, co40) The two titles the slots are read on, without the words after the slash of a
    two-tone colour whose first colour the other offer names ("Dyson TP07 ... White/*Silver*" / "...
    White", "Forerunner 265 ... zwart/*poedergrijs*" / "... Schwarz": ``co40.two_tone_tail``)."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        got = _co40.two_tone_tail(x.rawtitle, y.rawtitle, (y.facets or {}).get("colour"), COLOUR_OF,
                                   y.wordset)
        if got:
            if flip:
                tb = _co40.drop_words_after(tb, got[0], got[1])
            else:
                ta = _co40.drop_words_after(ta, got[0], got[1])
    return ta, tb


def slot_conflict(a, b) -> float:
    """1.0 when a title prints a variant word right around a model number
    both titles print, where the other offer prints nothing or another
    word (see the module's doc); ``a`` and ``b`` are prepared offers (as far
    as ``prepared.keys_part``).  The readers of ``SLOT_READERS`` first, in
    order (the first that fires gives its value: 1.0, or 2.0), then the
    slots (``_slots_differ``)."""
    shared = _shared_code(a, b)
    for read, value, with_shared in _SLOT_WALK:
        if read(a, b, shared) if with_shared else read(a, b):
            return value
    return _slots_differ(a, b, shared)


def slot_reader_fired(a, b) -> str | None:
    """The name of the row of ``SLOT_READERS`` that decides ``slot_conflict(a, b)``, "slots" when the
    positional reading finds a variant, None when there is no conflict (for tests and ``why`` output)."""
    shared = _shared_code(a, b)
    for r in SLOT_READERS:
        if r.read(a, b, shared) if r.shared else r.read(a, b):
            return r.name
    return "slots" if _slots_differ(a, b, shared) else None


# --------------------------------------------------------------------------
# form factor, packaging, network
# --------------------------------------------------------------------------

# a drive's physical form factor and its interface
_FORM = {"2.5inch": "2.5", "3.5inch": "3.5", "1.8inch": "1.8", "m.2": "m.2",
         "msata": "msata", "u.2": "u.2", "u2": "u.2", "aic": "card", "hhhl": "card"}
_BUS = {"sata": "sata", "sata3": "sata", "sataiii": "sata", "sata2": "sata", "sata6": "sata",
        "msata": "sata", "nvme": "nvme"}
# the bare "2.5" / "3.5" of a title about drives ("SSD 2,5 Zoll SATA")
_DRIVE_WORDS = frozenset("ssd hdd drive disk festplatte disque disco sata nvme".split())
# retail box vs tray / OEM / bulk (a processor, a drive)
_PACKAGING = {"box": "box", "boxed": "box", "retail": "box", "wof": "box",
              "tray": "tray", "oem": "tray", "bulk": "tray", "mpk": "tray"}
# network of a phone or tablet; "cell": cellular, generation unknown
_NET = {"5g": "5g", "4g": "4g", "lte": "4g", "3g": "3g", "cellular": "cell", "wifi": "wifi",
        "wlan": "wifi"}
# a router's Wi-Fi bands ("dual band 2.4G/5G"): no phone network
_BAND_WORDS = frozenset("band dualband triband router mesh repeater extender ghz accesspoint".split())


# (session 20, en20a) "band" names a router's Wi-Fi bands only counted ("Dual Band", "Tri-Band",
# "2.4GHz band"): a watch's or a tracker's "Sport Band" / "Active Band" is its strap, and "Pixel
# Watch 2 LTE ... Active Band" / "Pixel Watch 2 Wi-Fi ... Active Band" are two networks
_BAND_COUNTS = frozenset("dual tri single quad multi".split())


def _router_bands(ws, wset) -> bool:
    """Does a title name a router's Wi-Fi bands, no phone network?"""
    if not (wset - {"band"}).isdisjoint(_BAND_WORDS):
        return True
    if "band" not in wset:
        return False
    return any(w == "band" and k and (ws[k - 1] in _BAND_COUNTS or ws[k - 1][:1].isdigit())
               for k, w in enumerate(ws))


@cached(1 << 15)  # (a memo: ``memos``)
def _kinds(title: str, tail: frozenset) -> tuple:
    """(form factors, buses, packaging, network) a title states (not in the
    page's words after its literal, ``tail``), each a frozenset."""
    ws = title.split(" ") if title else []
    if _KIND_WORDS.isdisjoint(ws):
        return _NO_KINDS  # (most titles)
    if tail:
        ws = [w for w in ws if w not in tail]
    if not _NEGATION.isdisjoint(ws):
        # (a kind the title denies is not its kind: "Tray (OEM, no box)", "ohne Kühler")
        ws = [w for k, w in enumerate(ws) if not (k and ws[k - 1] in _NEGATION)]
    wset = frozenset(ws)
    form = {_FORM[w] for w in ws if w in _FORM}
    if wset & _DRIVE_WORDS:
        if "m2" in wset:
            form.add("m.2")  # (not Apple's M2 chip: only in a title about drives)
        for k, w in enumerate(ws):
            if w in ("2.5", "3.5") and (k + 1 == len(ws) or ws[k + 1] in ("zoll", "inch", "pouces", "palce")):
                form.add(w)
    if "pcie" in wset and "card" in wset:
        form.add("card")
    bus = {_BUS[w] for w in ws if w in _BUS}
    if not bus:
        if form & {"2.5", "3.5", "msata"} and "u.2" not in form:
            bus = {"sata"} if wset & _DRIVE_WORDS else set()
        elif "card" in form:
            bus = {"nvme"}
    pack = {_PACKAGING[w] for w in ws if w in _PACKAGING}
    net = set()
    if not _router_bands(ws, wset) and not any(w.startswith("2.4") or w.startswith("802") for w in ws):
        for k, w in enumerate(ws):
            if w == "wi" and k + 1 < len(ws) and ws[k + 1] == "fi":
                net.add("wifi")
            elif w in _NET:
                net.add(_NET[w])
            if _eu38.watch_bluetooth(ws, wset):
                net.add("wifi")  # (session 38, eu38: a watch's "Bluetooth" is its model without a modem)
        if "wifi" in net and len(net) > 1:
            net.discard("wifi")  # ("Wi-Fi + Cellular": a cellular model)
    return frozenset(form), frozenset(bus), frozenset(pack), frozenset(net)


_KIND_WORDS = (frozenset(_FORM) | frozenset(_BUS) | frozenset(_PACKAGING) | frozenset(_NET)
               | {"wi", "2.5", "3.5", "m2", "pcie"} | _eu38.BLUETOOTH)  # (session 38, eu38: a watch's "Bluetooth")
_NO_KINDS = (frozenset(),) * 4
# words denying the word after them ("no box", "without Wi-Fi", "ohne", "sans", "sin", "senza", "bez")
_NEGATION = W.NEGATION  # (one table with ``with_without``: session 14, fixm)
_NO_TAIL: frozenset = frozenset()


def _net_differs(x: frozenset, y: frozenset) -> bool:
    if not x or not y or not x.isdisjoint(y):
        return False
    # a cellular model of unknown generation is any generation
    if ("cell" in x and "wifi" not in y) or ("cell" in y and "wifi" not in x):
        return False
    return True


# (session 37, pr37) A part a maker sells the product with as another model - a drive's heatsink ("WD_BLACK
# SN850X 1TB with Heatsink", "990 PRO mit Kühlkörper") - named after "with" / "mit" / "avec" / "con" /
# "incl." in one title, a word the other offer never prints: two products, whatever model number both
# print.  (The slot reader saw it only where a kind word stood before "with": "SSD with Heatsink".)
_INCLUDED_PARTS = frozenset("heatsink heatsinks kuhlkorper dissipateur disipador dissipatore".split())


def part_included_one_side(x, y) -> bool:
    """Does x's title name one of ``_INCLUDED_PARTS`` right after a with-word ("with Heatsink", "mit Kühlkörper";
    not "without heatsink": the plain drive), y's never?  (A heatsink named alone, "SN850X 1TB Heatsink", is
    the slot reader's: ``slot_conflict``.)"""
    if _INCLUDED_PARTS.isdisjoint(x.wordset):
        return False
    ws = x.words
    for i, w in enumerate(ws):
        if w in _INCLUDED_PARTS and i and ws[i - 1] in W.WITH_WORDS \
                and w not in y.wordset and w not in y.full_compact:
            return True
    return False


# (session 37, pr37) A deodorant, a lip balm, a glue or a foundation is sold as a gel, a liquid, a spray, a
# roll-on, a cream and a solid stick of one line: "Secret Outlast Clear Gel" / "Secret Outlast Invisible
# Solid", "Nivea Deo Spray" / "Nivea Deo Roll-On", "Pritt Stick" / "Pritt Liquid Glue".  Two titles naming
# two of these forms, none in common, are two products.  (Read here as a conflict, not as spec words of
# ``wordclass``: there a form one title alone prints is excused, and "Solid" / "Stick" are a name's words
# too - "MAGNA-TILES Solid Colors" / "Clear Colors", "Ring Stick Up Cam" - which the spec table let through:
# tried and dropped, 2 new wrong "same" on the labelled pairs.)
_FORM_OF = {"solid": "solid", "stick": "solid", "sticks": "solid", "gel": "gel", "liquid": "liquid",
            "fluid": "liquid", "spray": "spray", "aerosol": "spray", "cream": "cream", "creme": "cream"}
_ROLL_ON = re.compile(r"\broll[\s-]?on\b", re.I)


def _forms(p) -> frozenset:
    ws = p.words
    out = {_FORM_OF[w] for i, w in enumerate(ws) if w in _FORM_OF
           and not (w == "solid" and i + 1 < len(ws) and ws[i + 1] in ("state", "colors", "colours", "wood"))}
    raw = p.rawtitle if type(p.rawtitle) is str else ""
    if "oll" in raw and _ROLL_ON.search(raw):
        out.add("rollon")
    return frozenset(out)


def forms_apart(a, b) -> bool:
    """Do two titles name forms of ``_FORM_OF`` (or a roll-on), none in common?"""
    if not (a.wordset.intersection(_FORM_OF) or "roll" in a.wordset) \
            or not (b.wordset.intersection(_FORM_OF) or "roll" in b.wordset):
        return False
    fa, fb = _forms(a), _forms(b)
    return bool(fa) and bool(fb) and fa.isdisjoint(fb)


# (session 37, pr37) "New Model" names a generation - the newest when the shop wrote it (``offer_terms``
# keeps it: "Kindle Paperwhite (New Model)") -, and a title naming a generation by its number or its
# release year ("10th Generation", "Gen 2", "(2018)") names one too: which of them the "New Model" was
# is not said, so the two are left apart (precision first).  A title naming neither says nothing.
_NEW_MODEL = re.compile(r"\bnew\s+model\b|\bneues\s+modell\b|\bnouveau\s+mod[eè]le\b|\bnuevo\s+modelo\b"
                        r"|\bnuovo\s+modello\b", re.I)
_GENERATION_NAMED = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th|\.)?\s?(?:gen|generation|generacion|generazione|"
                               r"generatie|generace)\b|(?:gen|generation)\s?\d{1,2}\b|(?:19|20)\d\d\b)", re.I)


def new_model_against_generation(x, y) -> bool:
    """Does x's raw title say "New Model" and y's name a generation or a release year, not "New Model"?"""
    rx = x.rawtitle if type(x.rawtitle) is str else ""
    if "odel" not in rx or _NEW_MODEL.search(rx) is None:
        return False
    ry = y.rawtitle if type(y.rawtitle) is str else ""
    if _NEW_MODEL.search(ry) is not None or _GENERATION_NAMED.search(ry) is None:
        return False
    # (session 37, fxpr37) both printing the same screen size, the size names the generation - a line's
    # screen changes from one generation to the next ("Kindle Paperwhite 16GB 7\" Jade (New Model)" /
    # "... 12th Generation 2024 16GB 7 inch Jade": the 7" is the 2024 one)
    sx = _screen_sizes(rx)
    return not (sx and sx == _screen_sizes(ry))


_SCREEN = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s?(?:\"|”|''|-?\s?inch(?:es)?\b|in\b|zoll\b|pouces?\b|pulgadas?\b)", re.I)


def _screen_sizes(raw: str) -> frozenset:
    """The screen sizes in inches a raw title prints ("7\"", "6.8 inch", "10,1 Zoll")."""
    return frozenset(m.replace(",", ".") for m in _SCREEN.findall(raw))


# (session 37, pr37) "Core" closing a line's name is its tier: "Petzl Actik" / "Actik Core", "Beats Studio
# Buds" ... - a word common in titles (Intel's "Core i5", adidas' "Core Black", Xbox's "Core" controller,
# Levoit's "Core 300"), so read only where it closes the title or a part of it, right after a word both
# titles print, no CPU maker's name before it, and the other offer never prints it.
_TIER_CLOSING = frozenset(("core",))
_CPU_BEFORE = frozenset("intel amd".split())


def tier_closing_one_side(x, y) -> bool:
    """Does x's title close itself or one of its parts on a tier word (``_TIER_CLOSING``) right after a
    word y prints too, y never printing it?"""
    if _TIER_CLOSING.isdisjoint(x.wordset):
        return False
    ws = x.words
    n = len(ws)
    for i, w in enumerate(ws):
        if w not in _TIER_CLOSING or not i or w in y.wordset or w in y.full_compact:
            continue
        prev = ws[i - 1]
        if prev not in y.wordset or prev in _CPU_BEFORE or not prev.isalpha():
            continue
        if i + 1 == n or (x.segs is not None and x.segs[i + 1] != x.segs[i]):
            return True
    return False


def form_conflict(a, b) -> float:
    """What kind of one model two titles say they are, when both say:
    1.0 another form factor or bus of a drive, 2.0 retail box vs tray / OEM,
    3.0 another network of a phone or tablet, 4.0 a model number's family
    against one member of it (``_family_of``), 5.0 another memory generation (DDR4 / DDR5:
    ``_memory_generations_apart``, whatever model name both print); 0.0 none."""
    ka, kb = _kinds(a.title, _NO_TAIL), _kinds(b.title, _NO_TAIL)
    if ka is _NO_KINDS or kb is _NO_KINDS:
        fa = fb = ba = bb = pa = pb = na = nb = None
    else:
        # (without the page's words after a title's literal, when a pair needs them)
        fa, ba, pa, na = _kinds(a.title, tail_words(a))
        fb, bb, pb, nb = _kinds(b.title, tail_words(b))
    if (fa and fb and fa.isdisjoint(fb)) or (ba and bb and ba.isdisjoint(bb)):
        return 1.0
    if fa is not None and (_lb37.sata_card_one_side(fa, ba, fb, bb) or _lb37.sata_card_one_side(fb, bb, fa, ba)):
        return 1.0  # (session 37, lb37: "860 EVO 500GB M.2 SATA SSD" / "860 EVO 500GB SATA SSD", ``lb37``)
    if pa and pb and pa.isdisjoint(pb):
        return 2.0
    if _net_differs(na, nb):
        return 3.0
    if a.codes and b.codes and not (a.allcodes & b.allcodes) and (_family_of(a, b) or _family_of(b, a)):
        return 4.0
    if _memory_generations_apart(a.wordset, b.wordset):
        return 5.0
    if board_memory_one_side(a.wordset, b.wordset):
        return 5.0  # (session 34, dev34: "B760 TOMAHAWK WIFI DDR4" / "B760 TOMAHAWK WIFI", ``board_memory_one_side``)
    if rulings_apart(a.words, b.words):
        return 5.0  # (session 20, en20a: "Dotted" / "Ruled" notebook, ``office_mobile``)
    if len(a.codes) != len(b.codes) and (multipack_of_one(a, b) or multipack_of_one(b, a)):
        return 5.0  # (session 20, en20a: "PG-540 / CL-541 Multipack" / "PG-540", ``office_mobile``)
    if multicolour_pack_of_one(a, b) or multicolour_pack_of_one(b, a):
        return 5.0  # (session 34, op34: "953XL Multipack Schwarz/Cyan/Magenta/Gelb" / "953XL black", ``office_mobile``)
    if conditions_differ(a, b):
        return 5.0  # (session 30, dev30: new against refurbished / used / open box, ``condition``)
    if part_included_one_side(a, b) or part_included_one_side(b, a):
        return 5.0  # (session 37, pr37: "WD_BLACK SN850X 1TB" / "... 1TB with Heatsink", ``part_included_one_side``)
    if tier_closing_one_side(a, b) or tier_closing_one_side(b, a):
        return 5.0  # (session 37, pr37: "Petzl Actik" / "Petzl Actik Core", ``tier_closing_one_side``)
    if forms_apart(a, b):
        return 5.0  # (session 37, pr37: "Outlast Clear Gel" / "Outlast Invisible Solid", ``forms_apart``)
    if new_model_against_generation(a, b) or new_model_against_generation(b, a):
        return 5.0  # (session 37, pr37: "Kindle Paperwhite (New Model)" / "... 2018", ``new_model_against_generation``)
    if lens_mounts_apart(a.title, b.title):
        return 1.0  # (session 34, dev34: "... Contemporary Sony E" / "... Fujifilm X", ``lens_mounts_apart``)
    if _cf42.apart(a, b):
        return 5.0  # (session 42, cf42: a medium, an expansion, a suite's edition, an audience, a range's kinds, ``cf42``)
    if _ml43.apart(a, b):
        return 5.0  # (session 43, ml43: a cup / a pack, "with" a nut, a bundled part, assorted / one colour, two lengths in m, ``ml43``)
    # session 30, dev30: two kinds of devices, each title's head naming one of its own ("Microsoft
    # SideWinder X6 Keyboard" / "Microsoft SideWinder Gaming Mouse", "Logitech G502 Mouse" / "... G502
    # Keyboard"): ``_device_kind``
    ka = _device_kind(a)
    if ka:
        kb = _device_kind(b)
        if kb and ka != kb:
            return 1.0
    return 0.0


# session 34, dev34: a lens's (or an adapter's, a flash's) mount - a closed set, named by the camera
# maker's name and the mount's letters ("Sony E", "Fujifilm X", "Canon RF", "Nikon Z") or with the word
# "mount" ("E-mount", "L-Mount"): a third-party lens is sold once per mount under one name, so two titles
# naming two mounts are two products ("Sigma 18-50mm F2.8 DC DN Contemporary Sony E" / "... Fujifilm X"
# was a model match, attack34a).  Read on cleaned titles (lower case, hyphens as spaces); a camera
# body's letters and number are no mount ("Nikon Z 50", "Fujifilm X-T5", "Pentax K-3"); E and FE are one
# mount, as EF and EF-S are.
_MOUNTS = tuple((m, re.compile(p)) for m, p in (
    ("sony e", r"\bsony (?:fe|e)\b(?! ?\d)|\b(?:fe|e) mount\b"),
    ("fuji x", r"\bfuji(?:film)? x\b(?! ?(?:t|s|e|h|a|m|pro)?\d)|\bx mount\b"),
    ("canon ef m", r"\bcanon ef ?m\b|\bef ?m mount\b"),
    ("canon ef", r"\bcanon ef(?: ?s)?\b(?! ?m\b)|\bef(?: ?s)? mount\b"),
    ("canon rf", r"\bcanon rf(?: ?s)?\b|\brf(?: ?s)? mount\b"),
    ("nikon z", r"\bnikon z\b(?! ?\d)|\bz mount\b"),
    ("nikon f", r"\bnikon f\b(?! ?[\d.])|\bf mount\b"),
    ("l mount", r"\bl mount\b"),
    ("m43", r"\bmicro four thirds\b|\bmft\b|\bm43\b"),
    ("pentax k", r"\bpentax k\b(?! ?\d)|\bk mount\b"),
    ("sony a", r"\ba mount\b"),
))
_MOUNT_HINT = re.compile(r"mount|sony |fuji|canon |nikon |pentax |mft|m43|four thirds").search


def _mounts(t: str) -> frozenset:
    if not t or _MOUNT_HINT(t) is None:
        return frozenset()
    return frozenset(m for m, rx in _MOUNTS if rx.search(t))


def lens_mounts_apart(ta: str, tb: str) -> bool:
    """Do two cleaned titles each name a camera mount, and no mount in common?"""
    ma = _mounts(ta)
    if not ma:
        return False
    mb = _mounts(tb)
    return bool(mb) and ma.isdisjoint(mb)


# session 30, dev30: the kinds of devices a title's head may name, each one kind ("earbuds" and
# "headset" one).  Only nouns that never describe another kind - not the specs "SSD", "RAM",
# "Desktop", "Notebook", "Receiver", "Adapter" a laptop's, a processor's or a car stereo's title
# prints (``titles.types_of`` reads those too: as a hard conflict they parted 36 true pairs) - and
# only a title written in ASCII (a translated word reads one of two kinds: Arabic "سماعة" is a
# speaker or a headset), naming exactly one kind before its first "for" / "with" / "and" / "+".
_DEVICE_KINDS = {
    "keyboard": "keyboard", "keyboards": "keyboard", "mouse": "mouse", "mice": "mouse",
    "headphones": "headphones", "headphone": "headphones", "headset": "headphones",
    "earbuds": "headphones", "earphones": "headphones",
    "speaker": "speaker", "speakers": "speaker", "soundbar": "speaker", "subwoofer": "speaker",
    "monitor": "monitor", "tv": "tv", "hdtv": "tv", "television": "tv",
    "printer": "printer", "scanner": "scanner", "projector": "projector", "router": "router",
    "webcam": "webcam", "microwave": "microwave", "dishwasher": "dishwasher",
    "refrigerator": "fridge", "fridge": "fridge", "vacuum": "vacuum",
    # (session 31, dev31: an upright or chest freezer is no fridge - the attacker's "LG No Frost 420 L"
    # pair; a "Fridge Freezer" names both kinds, so no one kind)
    "freezer": "freezer", "freezers": "freezer",
}
# (session 32, ho32) where a fridge's freezer compartment sits: "Top Freezer", "Bottom Freezer" name a
# refrigerator's layout, no freezer sold alone ("Samsung Refrigerator RT38 No Frost 380L" / "Samsung
# RT38 Top Freezer 380 Liters" is one fridge)
_FREEZER_PLACES = frozenset("top bottom upper lower".split())
_KIND_STOP = frozenset(("for", "with", "w", "compatible", "fits", "includes", "including", "plus",
                        "and", "+", "combo", "bundle", "kit", "set"))


def _device_kind(p):
    """The one device kind of ``_DEVICE_KINDS`` an ASCII title's head names, else None."""
    ws = p.words
    if not ws or _DEVICE_KIND_WORDS.isdisjoint(ws) or not (p.rawtitle or p.title or "").isascii():
        return None
    out = None
    for i, w in enumerate(ws):
        if w in _KIND_STOP:
            break
        k = _DEVICE_KINDS.get(w)
        if k == "freezer" and i and ws[i - 1] in _FREEZER_PLACES:
            k = "fridge"  # (session 32, ho32: "Samsung RT38 *Top Freezer* 380 Liters", ``_FREEZER_PLACES``)
        if k is not None:
            if out is not None and k != out:
                return None
            out = k
    return out


_DEVICE_KIND_WORDS = frozenset(_DEVICE_KINDS)


# (session 19, en19) the memory generation a board, a memory kit or a computer takes: "ASUS TUF
# GAMING B760-PLUS WIFI (DDR5)" / "B760-PLUS WIFI D4 (DDR4)" are two boards of one model name.  Two
# titles naming generations, none in common, are two forms of the product, as two buses of a drive
# are (a low-voltage "DDR3L" is a DDR3 module; "LPDDR5" and a graphics card's "GDDR6" are other words)
_MEMORY_GEN = {"ddr2": "ddr2", "ddr3": "ddr3", "ddr3l": "ddr3", "ddr4": "ddr4", "ddr5": "ddr5"}


_MEMORY_WORDS = frozenset(_MEMORY_GEN)


def _memory_generations_apart(wa, wb) -> bool:
    xa = _MEMORY_WORDS.intersection(wa)  # (one C-level test per pair: most titles name none)
    if not xa:
        return False
    xb = _MEMORY_WORDS.intersection(wb)
    return bool(xb) and {_MEMORY_GEN[w] for w in xa}.isdisjoint({_MEMORY_GEN[w] for w in xb})


# (session 34, dev34) a motherboard's memory generation on one side only: the makers sell a board's name
# in a DDR5 version and a DDR4 one and name the older in the title ("MSI MAG B760 TOMAHAWK WIFI DDR4" /
# "... TOMAHAWK WIFI" was a model match, attack34a; ASUS writes "D4").  Read where both titles print the code
# of a chipset that takes both generations - Intel's 600 and 700 series, "H610", "B660", "Z690", "B760",
# "Z790" (not AMD's B650, a DDR5 board) - one title a generation and the other none.  (Tried and dropped: any chipset - a board of a
# chipset that takes one generation lists it as a spec, "B650 ... (AM5, ATX, DDR5)", "B550M PRO4 ... DDR4",
# "Z370M-D3H ... DDR4": 6 true pairs lost.)
_CHIPSETS_BOTH = frozenset(w + m for w in "h610 b660 h670 z690 b760 h770 z790".split() for m in ("", "m"))
_CHIPSET = _CHIPSETS_BOTH.__contains__
_BOARD_MEMORY = {"ddr4": "ddr4", "ddr5": "ddr5", "d4": "ddr4", "d5": "ddr5", "ddr3": "ddr3"}


def board_memory_one_side(wa, wb) -> bool:
    ma = [w for w in wa if w in _BOARD_MEMORY]
    mb = [w for w in wb if w in _BOARD_MEMORY]
    if bool(ma) == bool(mb):
        return False
    ca = {w for w in wa if _CHIPSET(w)}
    return bool(ca) and not ca.isdisjoint(wb)


def _family_of(a, b) -> bool:
    """Is a model number of a's title (>= 5 characters, ending in a digit)
    printed in b's only as the head of a longer model number whose tail -
    a digit and one or two letters, a maker's model-year / design / region
    tail - goes on with a digit ("OLED55C3" in "OLED55C37LA")?  Then the number
    b prints is another number ("C37", not "C3"): a's code names the family
    (the 55" C3 sets, sold as OLED55C36LC, OLED55C37LA, OLED55C3PUA ...),
    b's one member of it - no evidence that they are one product."""
    for c in a.codes:
        n = len(c)
        if n < 5 or not c[-1].isdigit() or c.isdigit() or c in a.for_codes:
            continue
        for d in b.codes:
            if (len(d) - n in (2, 3) and d.startswith(c) and d[n].isdigit() and d[n + 1:].isalpha()
                    and not T.is_unit_token(d[n:])):
                return True  # (not a size glued on: "CL-HDMI-PG-6.6FT")
    return False


# session 10, electronics
# Every kind the vocabulary knows (``wordclass.CATEGORY``: "Drohne", "Enceinte",
# "Objektiv") is a kind word around a model number, never a variant slot; and so
# are the adjectives Romance languages put after a kind to say "smart" ("Enceinte
# connectée", "Montre connectée", "Bombilla inteligente"): "Sonos Era 100" /
# "Sonos Era 100 Enceinte connectée" is one speaker.
_TYPE = _TYPE | frozenset(w for w in W.CATEGORY if w.isalpha())
_FILLER = _FILLER | frozenset("""
connecte connectee connectes connectees connected vernetzt vernetzte intelligent intelligente inteligente
""".split())
# (session 30, seedw30: the seed word as ``seeds.canonical_text`` writes it names no variant after a
# cultivar's number - "Carrot Nantesa 2 Seeds - 8g" / "Carotte Nantesa 2 - (8 g)")
_FILLER = _FILLER | frozenset(("seeds",))
