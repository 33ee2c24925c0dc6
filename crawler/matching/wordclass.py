"""Word classes behind the title-agreement evidence ("titles that agree on
every identifying word", ``rules.evidence``), both ways.

Recall - words that are no identifying words of a product though rare:

* **category words** name the kind of product, not which one ("Tide Pods
  *Laundry Detergent*" is "Tide Pods", "*Logiciel antivirus* Norton 360" is
  "Norton 360", "Echo Dot *Smart speaker*"): one title naming its kind and
  the other not is no disagreement.  Two titles naming two different kinds
  are (only an insertion is excused: ``_kinds_missing``);
* **filler** a shop adds to a facet or a count ("Original *Scent*", "81
  *Count*", "*Size* 1", a unit word split from its number: "8-14 *lb*");
* **one word written twice**: synonyms, abbreviations and translations
  ("Gehäuse" = "Body" = "boîtier" = "cuerpo", "Gen" = "Generation",
  "Professional" = "Pro", "ct" = "count"), the same letters split otherwise
  ("Z 6II" = "Z6 II", "Wi-Fi" = "WiFi"), a line word shortened to its initial
  or its usual abbreviation before a number ("Alpha 7" = "A7", "PlayStation
  5" = "PS5");
* **a long title's feature list**: the words a marketplace title lists after
  the parts naming the product the shorter title names ("Bose QuietComfort
  Ultra Headphones, Over-the-Ear Headphones with Mic, ..."), and a variant or
  tier word qualifying a feature there ("63g Ultra Lightweight") - by the
  title's structure, whatever the words (``segments``).

Precision - words that tell two products of one line apart though common
(too common to be identifying words):

* a **substitution**: both titles print a word at the same place between the
  same shared words (or at both ends) and the words differ - "Persil
  *Universal* Pulver" vs "Persil *Color* Pulver", "Xbox Series *X*" vs
  "Series *S*", "Redmi Note 13 *5G*" vs "*4G*" - is a variant, unless the
  two are one word written twice (above, or inflected, misspelt, one glued
  into the other), colours, licences, platforms (compared as facets),
  numbers and sizes (compared by the number and unit rules), category,
  type and technology words or filler; several words against several are
  two shops' descriptions, no variant;
* an **insertion of a variant word** (``VARIANT``: absolute, heatsink,
  cellular, lte, 5g, tray, bundle, refurbished ... in several languages;
  "digital" in "Digital Edition", "power" right after a model's number;
  mini, lite, max, plus, pro, ultra ... are ``titles.VARIANTS``, compared
  already: ``variant_conflict``), before any "for ..." (the device an
  accessory fits names no variant of it) - "PlayStation 5 *Digital Edition*",
  "SN850X 1TB *Heatsink*", "iPad Air Wi-Fi + *Cellular*" - is one; an
  insertion of a category word or filler is none.  ("Wi-Fi", "combo" and
  "kit" inserted are no variant: on the labelled sets they are as often
  the same product's feature or kind - "iPad mini 4 Wi-Fi", "keyboard and
  mouse combo", "car kit" - as another product.)

All words are as the titles are cleaned (``titles``: lower case, accents
stripped: "Gehäuse" -> "gehause").  The functions take prepared offers
(``prepared.prepare``): ``unidentifying_missing`` serves
``facets.identifying_ids`` (the identifying words ``relations.
identifying_misses``, ``facets.lead_word_only`` and ``ids_agree_excused``
compare), ``written_otherwise`` the shared-word count of
``identifying_misses``, ``variant_differs`` ``facets.tier_differs``.
"""

from __future__ import annotations

import re

from .sizing import SIZE_LABELS as _SIZE_LABELS, size_positions as _size_positions  # (session 32, fs32)
from .sizing import may_name_size as _may_name_size  # (session 33, fs33)
from .sizing import LETTER_SIZES as _SIZE_LETTERS  # (session 32, fs32)
from . import titles as T
from .memos import memo  # (session 17: the memos' registry)
from .segments import in_feature_list, qualifiers, variants_excused, words_excused
from . import us38 as _us38  # (session 38, us38)
from .us38 import name_length  # (session 38, us38: a maker's code is no word of a name)
from .synonyms import PEOPLE, console_family_word, default_edition_alone, region_wording, translated_in
from .formulation import CONSOLE_KIND, formulation_words  # (session 10, household)
from .scripts import transliterated  # (session 14, script)
from .scripts import _GLUED as _scripts_glued  # (session 22, ml22b)
from .scripts import _all_read as _scripts_all_read  # (session 29, dev29)
from . import indic as _indic  # (session 18, ml18: a leaf module)
from . import cjk as _cjk  # (session 16, prec)
from . import english_titles as _english  # (session 17, en)
from . import office_mobile as _office  # (session 20, en20a: a leaf module)

# --------------------------------------------------------------------------
# vocabularies
# --------------------------------------------------------------------------


def _classes(spec: dict) -> dict:
    """{word: class name} from {class name: "word word ..."}."""
    return {w: c for c, ws in spec.items() for w in ws.split()}


def groups_of_words(spec: dict) -> dict:
    """{word: (group name, ...)} from {group name: "word word ..."}: the groups a word stands in, in
    the table's order (session 25, dedupe25: the one inversion of such tables - each reader takes
    what it means from it: the first group, or all of them)."""
    out: dict = {}
    for g, ws in spec.items():
        for w in ws.split():
            gs = out.setdefault(w, [])
            if g not in gs:
                gs.append(g)
    return {w: tuple(gs) for w, gs in out.items()}


# Category words: the kind of product, in EN, DE, FR, ES, IT, CS.  Words of
# one kind are one class, so a translation is the same kind (a title in
# German and one in English name one kind).  Accessories and parts (case,
# charger, holder, refill, cable ...) are no category words: "Bowl Brush and
# Holder" is more than "Bowl Brush".
CATEGORY = _classes({
    "detergent": "detergent detergents laundry waschmittel vollwaschmittel colorwaschmittel lessive "
                 "detergente detersivo lavatrice praci prasek",
    "dishwasher": "dishwashing dishwasher spulmaschinentabs geschirrspultabs lave vaisselle "
                  "lavavajillas lavastoviglie mycky",
    "wipes": "wipes feuchttucher lingettes toallitas salviette ubrousky",
    "diapers": "diapers diaper nappies windeln couches panales pannolini plenky",
    "speaker": "speaker speakers lautsprecher enceinte altavoz altoparlante reproduktor",
    "assistant": "alexa",
    "console": "console konsole consola konzole",
    "laptop": "laptop notebook portatil ordinateur",
    "phone": "smartphone smartphones handy cellphone telefon telefono",
    "tablet": "tablet tablette",
    "software": "software logiciel programma",
    "antivirus": "antivirus antivir",
    "camera": "camera kamera systemkamera fotocamera fotoaparat mirrorless",
    "headphones": "headphones kopfhorer casque auriculares cuffie sluchatka",
    "processor": "processor prozessor processeur procesador processore procesor",
    "tv": "tv television fernseher televiseur televisor televisore televize",
    "coffee": "kaffeevollautomat kaffeemaschine cafetiere cafetera",
    "toothpaste": "toothpaste zahnpasta dentifrice",
    "shampoo": "shampoo shampooing champu",
    # household goods: the kind and its form (two forms are two kinds:
    # "Disinfecting Wipes" is not "Disinfectant Spray")
    "towels": "towels towel kuchenrolle kuchenrollen essuie",
    "toilet paper": "toilettenpapier klopapier hygienique higienico toaletni",
    "trash bags": "trash garbage mullbeutel mullsacke poubelle basura",
    "cleaner": "cleaner reiniger nettoyant limpiador cistic",
    "spray": "spray",
    "air freshener": "freshener lufterfrischer desodorisant ambientador deodorante osvezovac",
    # kinds of household, electronics and grocery products (EN DE FR ES IT CS)
    "battery": "batteries battery batterien batterie piles pile pilas baterie baterii akku coin",
    "coffee_beverage": "coffee kaffee cafe caffe kava",
    "tea": "tea tee caj",
    "mouse": "mouse maus souris raton mys",
    "keyboard": "keyboard tastatur clavier teclado tastiera klavesnice",
    "graphics_card": "graphics grafikkarte scheda tarjeta grafica graficka",
    "vacuum": "vacuum staubsauger aspirateur aspirador aspirapolvere vysavac",
    "deodorant": "deodorant antiperspirant deo deodorants",
    "mouthwash": "mouthwash mundspulung",
    "toothbrush": "toothbrush zahnburste",
    "cereal": "cereal cereals",
    "blender": "blender standmixer licuadora frullatore",
    "soap": "soap seife savon jabon sapone mydlo",
    "pens": "pens ballpoint kugelschreiber stylos boligrafos penne",
    "tracker": "tracker fitnesstracker",
    "gimbal": "gimbal",
    "smartwatch": "smartwatch",
    "biscuits": "biscuits biscotti kekse galletas susenky",
})
# more words of kinds already named above
CATEGORY.update({w: c for c, ws in {
    "detergent": "flussigwaschmittel",
    "coffee": "machine maker",
    "router": "mesh",
}.items() for w in ws.split() if w not in CATEGORY})
# a modifier that is part of a category name only before a category word
# ("*Smart* speaker", "*Smart* TV"; "Smart Tag" is a product)
_CATEGORY_MODIFIERS = frozenset("smart".split()) | frozenset("baby electric fitness security".split())  # (syn: second set)

# Filler: words shops add around a facet, a count or a unit; the facet, count
# or unit itself is compared elsewhere (``facets``).  Licence units too
# ("3 Users" = "3 PCs": ``facets`` compares the count).
FILLER = frozenset("""
scent scents duft parfum fragrance flavor flavour geschmack saveur sabor sapore taste
count ct cnt stuck stk pieces piece pcs pc uds unidades pezzi ks kusu kusy
loads waschladungen wl lavados lavaggi
size grosse taille talla taglia velikost
model modell modele modelo modello
edition ausgabe edicion edizione
lb lbs oz fl ml kg mg cm mm inch inches zoll pouces pulgadas pollici
users user devices device geraete geraet gerate gerat appareil appareils dispositivos dispositivo
dispositivi zarizeni computers
urzadzenia urzadzen urzadzenie zariadenia zariadeni zariadenie apparaten apparaat enheter enheder stanowisko stanowiska stanowisk
people persons person personen personnes personas persone osob osoby
""".split()) | frozenset(  # units written out, washes, licence and subscription terms
    """
fluid ounce ounces liter liters litre litres bit
washes wash lavages prani
subscription subscriptions abonnement abo suscripcion abbonamento predplatne membership mitgliedschaft
lifetime licence license lizenz licencia licenza download esd purchase
pack packs pk pkg lot
cpu gpu chip thread threads ram
phones macs
""".split())

# One word written several ways (synonyms, abbreviations, translations):
# {word: the class's first word}.
SYNONYM = _classes({
    "body": "body gehause gehaeuse boitier cuerpo corpo telo",
    "gen": "gen generation generations generacion generazione generace",
    "count": "count ct cnt",
    "pro": "pro professional profi profesional professionale",
    "wifi": "wifi wlan",
    "colour": "colour color farbe couleur colores colori barva",
    "digital": "digital numerique digitale",
    "refurbished": "refurbished renewed generaluberholt reconditionne reacondicionado ricondizionato "
                   "repasovany",
    "heatsink": "heatsink kuhlkorper dissipateur disipador dissipatore",
    # spellings, platform names, translations of common title words
    "mac": "mac macos osx macs",
    "windows": "windows win",
    "camera": "camera cam",
    "aluminium": "aluminium aluminum",
    "grey": "grey gray",
    "moisturising": "moisturising moisturizing",
    "gaming": "gaming herni gamer",
    "german": "german deutsch allemand aleman tedesco nemecky",
    "english": "english englisch anglais ingles inglese anglicky",
    "spanish": "spanish spanisch espagnol espanol spagnolo",
    "french": "french franzosisch francais frances francese",
    "italian": "italian italienisch italien italiano",
    "personal": "personal personnel",
    "beans": "beans bean bohne bohnen grains granos chicchi zrnkova",
    "ground": "ground gemahlen moulu molido macinato mleta",
    "whole": "whole ganze",
    "titanium": "titanium titane titan",
    "natural": "natural naturel naturale",
    "capsules": "capsules capsule kapseln capsulas",
    "oil": "oil huile aceite olio",
    "olive": "olive oliva oliv",
    "virgin": "virgin virgen vergine",
    "classic": "classic classico clasico klassisch classique",
    "cream": "cream creme crema krem",
    "playstation": "playstation ps",
    "quietcomfort": "quietcomfort qc",
    "aa": "aa mignon lr6",
    "aaa": "aaa micro lr03",
})

# usual abbreviations of a line word before its number ("PS5" = "PlayStation 5")
_ABBREV = {"playstation": ("ps",), "generation": ("gen",),
           # (and more)
           "quietcomfort": ("qc",), "series": ("s",),
           }

# Variant words: one title printing one the other offer never names is
# another product of the line (a model, an edition, a form, a bundle, a
# condition).  The matcher's own ``titles.VARIANTS`` (pro, max, plus, mini,
# lite, ultra ...) are compared already (``variant_conflict``); these add the
# variant words too common to be identifying words.  (Session 19, en19: "Edge" after a line's
# name is its premium model - "DualSense Edge", "Galaxy S7 Edge": every pair of the pair files
# with "Edge" on one side only is two products.)
VARIANT = frozenset("""
absolute
heatsink kuhlkorper dissipateur disipador dissipatore
cellular cellulaire lte 3g 4g 5g
tray
bundle
refurbished renewed generaluberholt reconditionne reacondicionado ricondizionato repasovany
edge
""".split()) | frozenset(  # a form of the product, an accessory of it
    """
retractable einziehbar retractil
charger ladegerat chargeur cargador caricabatterie nabijecka
""".split())

# variant words that name a variant only in a phrase: "Digital Edition" /
# "Édition Numérique" (a "digital camera" or "digital cordless phone" is no
# variant), a model's "Power" right after its number ("Moto G54 Power"; "max
# power" is none)
# (the words naming an edition, for these and for a default edition below: one table; the
# module once bound it twice, and the second binding - this one - was the one every function read)
_EDITION_WORDS = frozenset("edition ausgabe edicion edizione version".split())
_DIGITAL = frozenset("digital numerique digitale".split())
_AFTER_NUMBER = frozenset(("power",))
# (session 20, en20a) the charger words of ``VARIANT``: no variant against a title naming a charger
# by another of its names ("Power Adapter", "Power Bank": ``office_mobile.names_charger``)
_CHARGER_VARIANT = frozenset("charger ladegerat chargeur cargador caricabatterie nabijecka".split())

# network generations: a variant of a phone or tablet, but "2.4G/5G" on a
# router are its Wi-Fi bands, "3G SATA" a disk's interface speed
_NETWORK = frozenset("3g 4g 5g lte".split())
_BAND_MARKS = frozenset("2.4g 2.4ghz 5ghz 2.4 ghz band dualband sata sas".split())

# technology and format words shops describe a product with in their own
# words ("Full HD TN monitor" / "Full HD LED monitor", "HD webcam" / "USB
# webcam"): in a substitution they are two descriptions, not two variants
TECH = frozenset("""
hd fullhd uhd usb led lcd tn ips va ethernet gigabit wireless bluetooth cordless corded wired
rackmount desktop inkjet laser
""".split())

# function words of the titles' languages (never a variant, never evidence)
FUNCTION = frozenset("""
a an the and or of for with w by from in on to at as up via
de la le les des du et pour avec en el los las y con para por sin
und mit fur der die das von zum zur ein eine
il di per e da del della i
na s se z ze do k ke v ve o u bez
""".split())


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def canon(w: str) -> str:
    """The word a word is written for (``SYNONYM``), else the word."""
    return SYNONYM.get(w, w)


def _joined_words(ws) -> list:
    """Title words with "wi fi" read as one word "wifi" (the hyphen the
    cleaning took out)."""
    out = []
    i, n = 0, len(ws)
    while i < n:
        if ws[i] == "wi" and i + 1 < n and ws[i + 1] == "fi":
            out.append("wifi")
            i += 2
            continue
        out.append(ws[i])
        i += 1
    return out


_RUNS: dict = memo({})
_ABBREVS: dict = memo({})


def _runs(p) -> frozenset:
    """Concatenations of 2-3 consecutive title words of offer ``p`` (the same
    letters split otherwise: "z 6ii" and "z6 ii" both give "z6ii")."""
    key = p.title
    r = _RUNS.get(key)
    if r is None:
        ws = p.words
        # (each two and three words in a row: two comprehensions - session 22, speed)
        out = {x + y for x, y in zip(ws, ws[1:])}
        out.update([x + y + z for x, y, z in zip(ws, ws[1:], ws[2:])])
        if len(_RUNS) > 20000:
            _RUNS.clear()
        r = _RUNS[key] = frozenset(out)
    return r


def _abbrevs(p) -> frozenset:
    """The abbreviations of the line words before their numbers in p's title
    ("alpha 7" -> "a7", "playstation 5" -> "ps5")."""
    key = p.title
    r = _ABBREVS.get(key)
    if r is None:
        ws = p.words
        out = set()
        for i in range(len(ws) - 1):
            if ws[i + 1][:1].isdigit():  # (none but before a number: no call for the other words)
                out.update(_abbreviations(ws[i], ws[i + 1]))
        if len(_ABBREVS) > 20000:
            _ABBREVS.clear()
        r = _ABBREVS[key] = frozenset(out)
    return r


def _abbreviations(w: str, nxt: str) -> list:
    """Short forms of line word ``w`` before its number ``nxt``: its initial
    (a word of >= 4 letters before a number of 1-2 digits: "alpha 7" ->
    "a7") or its usual abbreviation ("playstation 5" -> "ps5")."""
    if not (w.isalpha() and nxt[:1].isdigit() and len(nxt) <= 3 and nxt.isalnum()):
        return []
    out = [a + nxt for a in _ABBREV.get(w, ())]
    if len(w) >= 4 and nxt.isdigit() and len(nxt) <= 2:
        out.append(w[0] + nxt)
    return out


def _abbreviated_in(w: str, p, other) -> bool:
    """Is ``w`` (a word of p's title) written otherwise in the other title:
    a line word the other abbreviates before the same number, an
    abbreviation the other writes out, or letters the other splits
    otherwise?"""
    if w in _abbrevs(other):
        return True  # ("ps5" / "playstation 5")
    ws = p.words
    n = len(ws)
    if w.isalpha():
        pab = _abbrevs(p)
        if pab and not pab.isdisjoint(other.wordset):
            # a line word the other writes as its abbreviation before the number
            for i, x in enumerate(ws):
                if x == w and i + 1 < n:
                    for ab in _abbreviations(w, ws[i + 1]):
                        if ab in other.wordset:
                            return True
    if w not in other.title_compact:
        return False  # (no run of the other's words can hold its letters)
    oruns = _runs(other)
    if w in oruns:
        return True  # ("holoscreen" / "holo screen")
    # the same letters split otherwise: a run of p's words with w in it that
    # is a run of the other's words ("z 6ii" / "z6 ii")
    for i, x in enumerate(ws):
        if x != w:
            continue
        for s in range(max(0, i - 2), i + 1):
            acc = "".join(ws[s:i + 1])
            if s < i and acc in oruns:
                return True
            for e in range(i + 1, min(n, s + 3)):
                acc += ws[e]
                if acc in oruns:
                    return True
    return False


def _kinds_missing(p, other) -> set:
    """Category classes p's title names that the other title never names.
    (session 33, ho33: a kind named by a phrase of ``mends33`` too - "Sèche-linge" names the tumble
    dryer, "Lave-linge" the washing machine - and a word inside such a phrase names the phrase's kind,
    not its own: "lave" of "lave-linge" is no dishwasher there)"""
    pa, po = _own_phrase_kinds(p), _own_phrase_kinds(other)
    ok = {po.get(v) or CATEGORY[v] for v in other.wordset if v in CATEGORY} | set(po.values())
    return {pa.get(w) or CATEGORY[w] for w in p.wordset if w in CATEGORY and (pa.get(w) or CATEGORY[w]) not in ok} \
        | {k for k in pa.values() if k not in ok}


def _own_phrase_kinds(p) -> dict:
    """(session 33, ho33) {word: kind} of p's words inside a phrase of ``mends33`` (most titles: none)."""
    if _mends33.PHRASE_WORDS.isdisjoint(p.wordset):
        return {}
    return {w: k for w, k in _phrase_kinds(p).items() if w in _mends33.PHRASE_WORDS}


def _category_word(w: str, p) -> bool:
    if w in CATEGORY:
        return True
    # (session 32, da32: a word of a kind phrase - "smerigliatrice *angolare*", "taille *haie*" -, and
    # a machine's battery word beside its kind - "kosiarka *akumulatorowa*", "*Akku*-Rasenmäher")
    if w in _diy32.PHRASE_WORDS and _phrase_kinds(p).get(w) is not None:
        return True
    if w in _mends33.PHRASE_WORDS and _phrase_kinds(p).get(w) is not None:
        return True  # (session 33, ho33: "*sèche*-linge", ``mends33``)
    if w in _diy32.CORDLESS and _cordless_beside_kind(w, p):
        return True
    if w in _CATEGORY_MODIFIERS:
        ws = p.words
        return any(x == w and i + 1 < len(ws) and ws[i + 1] in CATEGORY for i, x in enumerate(ws))
    return False


# --------------------------------------------------------------------------
# recall: identifying words that are none
# --------------------------------------------------------------------------
def unidentifying_missing(ids: frozenset, p, other) -> frozenset:
    """The words of ``ids`` (identifying words of offer ``p``'s title) that
    the other offer never prints and that are no disagreement (module
    docstring): filler, a category word when the other title names no other
    kind, a synonym / translation / abbreviation of a word the other offer
    prints, the same letters split otherwise."""
    return _classify(ids, p, other)[0]


def written_otherwise(ids: frozenset, p, other) -> int:
    """How many words of ``ids`` (identifying words of p's title) the other
    offer prints in other words (a synonym, translation, abbreviation, the
    same letters split otherwise): words the titles agree on, as a shared
    word is ("Z 6II Gehäuse" / "Z6 II Body": two)."""
    return _classify(ids, p, other)[1]


_MEMO: dict = memo({})


def _classify(ids, p, other):
    """(the words of ``unidentifying_missing``, how many of them are
    ``written_otherwise``), of p's identifying words without the page's
    (``pageids``, a superset of any ``ids`` asked about: the caller takes
    its own words out), once per pair and direction (each pair asks several
    times: ``relations.identifying_misses``, ``generation_misses``,
    ``facets.lead_word_only`` ...)."""
    key = (id(p), id(other))
    m = _MEMO.get(key)
    if m is not None and m[0] is p and m[1] is other:
        return m[2]
    r = _classify_words(p.pageids | ids, p, other)
    if len(_MEMO) > 8192:
        _MEMO.clear()
    _MEMO[key] = (p, other, r)
    return r


def _classify_words(ids, p, other):
    of = other.fullvec
    miss = [w for w in ids if w not in of]
    if not miss:
        return _NONE, 0
    out = set()
    n_other = 0
    okinds = None
    ocanon = None
    for w in miss:
        if w in _SPEC_OF and spec_clash(w, other):
            continue  # (syn3: "Electric" / "Manual" toothbrush: two specs of one dimension)
        if w in _eu38._TRACKER_WORDS and _eu38.tracker_against_strap(w, p, other):
            continue  # (session 38, fxeu38: "Chytrý náramek Xiaomi Smart Band 8" / "... Band 8 Strap")
        if (w in FILLER or _office.may_excuse(w) and (  # (session 25, speed: the word alone first)
                _office.edge_phrase(w, p) or _office.sim_wording(w, p) or _office.connector_port(w, p)
                or _office.tricolour(w, p, other) or _office.combo_word(w, p, other)
                or _office.material_treatment(w, p, other) or _office.charger_spec(w, p)
                or _office.grammage_written_otherwise(w, p, other)
                or _office.capacity_label(w, p))):  # (session 33, eu33: "256 GB Speicherplatz")
            # (session 20, en20a: "Edge-to-Edge Display", "SIM Free" / "Unlocked" / "Dual SIM")
            out.add(w)
            continue
        if w in _hh38.ACTIVE and _hh38.active_alone(w, other):
            out.add(w)  # (session 38, hh38: "Mucinex ... 1200 mg Guaifenesin" / "Mucinex ... 1200 mg")
            continue
        if _device_modifier(w, p, other):
            out.add(w)
            continue
        if (w[:1].isdigit() and (_home41.dim_sides_agree(w, p, other) or _home41.article_number_alone(w, p, other))
                or _home41.bed_size_named(w, p, other) or _home41.range_maker_alone(w, p, other)
                or _home41.shade_compound_agrees(w, p, other)):
            out.add(w)  # (session 41, fu41: "46 x 54 inch" / "117 x 137 cm", "King Size" / "150 x 200 cm")
            continue
        if _category_word(w, p) and not joined_kind(w, p):  # (session 13, home: ``joined_kind``)
            if _hh38.kind_substituted(w, p, other):
                continue  # (session 38, hh38: "Windex Vinegar Glass Cleaner" / "Windex Original Glass Cleaner")
            if okinds is None:
                okinds = _kinds_missing(other, p)
            # (an insertion of a kind; two titles naming two kinds differ)
            # (session 43, fxmu43: a kind of ``mu43`` only where the other title prints no word this one
            # lacks - "Korg minilogue xd Synthesizer" / "... xd Module", "Strymon Flint Effektpedal" / "... V2")
            if not okinds and _mu43_kind_excused(w, p, other):
                out.add(w)
                continue
            if w in _mends33.PHRASE_WORDS:
                continue  # (session 33, ho33: another kind's phrase word is no rewording: "Sèche-" / "Lave-linge")
        c = SYNONYM.get(w)
        if c is not None:
            if ocanon is None:
                ocanon = {SYNONYM[v] for v in of if v in SYNONYM}
            if c in ocanon:
                out.add(w)
                n_other += 1
                continue
        if _abbreviated_in(w, p, other):
            out.add(w)
            n_other += 1
            continue
        k = rewording(w, p, other)  # (syn: rewordings, ``rewording``)
        if k:
            out.add(w)
            n_other += k == 2
    return frozenset(out), n_other


_NONE: frozenset = frozenset()


def closing_colour(w: str, p, other, colours: frozenset, kinds: frozenset | None = None,
                   strict: bool = False) -> bool:
    """Is ``w`` a colour that only p's title prints - the other offer names
    none (nor a word p lacks), and no model number only p prints - where a title states its colour: closing the title or one of its
    parts ("Meta Quest 3 128 GB Headset - White"), before another colour, a
    kind or a shop's word ("1 TB Black Gaming Console"), or after a size
    ("DDR5 32 GB Black")?  A shop that leaves the colour out says nothing
    against it (two colours are compared as a facet).  A colour inside a
    name is a name's word: "Nescafé Gold Blend", "WD Blue SN580", "Lipton
    Yellow Label", "Red Bull".
    (``colours``: the words the colour facet reads, ``facets.COLOUR_OF``; ``kinds``: the kinds
    whose colour is a finish, ``_FINISH_KINDS`` unless given; ``strict``: a kind phrase of the
    other's is a word it prints, and no marketing word or size stands beside the colour - as
    ``en_recall23.finish_colour`` reads its kinds.)"""
    if w not in colours or other.facets.get("colour"):
        return False
    if p.codes and not other.codes:
        # (a model number on p's side only - often with the colour in it, "LRE30453WH" -
        # leaves the other's words as all it says: a listing of any colour of the family)
        return False
    finish = kinds is None
    kinds = _FINISH_KINDS if kinds is None else kinds
    # (session 33, fs33: a colourway right before a garment's letter size closing the title - "The North Face
    # 100 Glacier Fleece *Black* M", "Tiro 24 Training Pants Men *Black/White* XL" - is the colour and size a
    # shop's page selects of the product the other prints with neither)
    garment = _colour_before_closing_size(p, colours) if not strict else _EMPTY_SET
    if garment:
        pass
    elif kinds.isdisjoint(p.wordset) and kinds.isdisjoint(other.wordset):
        # (only where the colour is a finish of a device, a garment or a housewares item: of
        # ink, toner, pens, food and drink, and drive lines ("WD Red", "Lipton Green Tea",
        # "HP 63 Black", "Monster White") the colour is the product)
        if not (finish and _storage_finish(w, p, other)):
            return False
    if not _COLOUR_NAMED.isdisjoint(other.wordset):
        return False  # (the other names a colour the facet does not know: "Tri-color", "3 Farben")
    of = p.fullvec
    for x in other.words:
        # (one-sided: the other prints no word p lacks, common or rare - "Charcoal" /
        # "Cream", "Midnight Black" / "Edge": a word in its place is a colour or a variant
        # this does not know; but its brand leading the title, function words, filler, kinds,
        # numbers)
        if (x not in of and x.isalpha() and not (x == other.brand and x == other.words[0])
                and x not in FILLER and x not in FUNCTION and not _category_word(x, other)
                and (strict or x not in _phrase_kinds(other))):  # (session 22, ml22a: "balón de fútbol")
            return False
    ws = p.words

    def in_place(i: int) -> bool:
        if i == 0:
            return False
        if _closes_part(p, i) or i in garment:
            return True
        nxt, prev = ws[i + 1], ws[i - 1]
        if nxt in colours or _category_word(nxt, p) or nxt in FILLER or nxt in FUNCTION:
            return True
        if strict:
            return False
        if nxt in MARKETING or (nxt[0].isdigit() and T.is_unit_token(nxt)):
            return True
        return prev[0].isdigit() and T.is_unit_token(prev)

    return _at_every_place(w, p, in_place)


_EMPTY_SET = frozenset()


def _colour_before_closing_size(p, colours) -> frozenset:
    """(session 33, fs33) The indices of the colour words (``colours``, or a maker's colour words beside them:
    ``sport32.maker_colour_words``) standing right before a garment's letter size that closes p's title
    ("... Black M", "... Black/White XL", "... Core Black L"); none where no letter size closes it."""
    ws = p.words
    n = len(ws)
    if n < 3 or ws[-1] not in _SIZE_LETTERS or ws[-1] == "s" or ws[-2] not in colours:
        return _EMPTY_SET
    maker = _sport32.maker_colour_words(ws, colours)
    out = []
    i = n - 2
    while i > 0 and len(out) < 3 and (ws[i] in colours or ws[i] in maker):
        out.append(i)
        i -= 1
    return frozenset(out)


def _closes_part(p, i: int) -> bool:
    """Does p's word ``i`` close p's title or one of its parts (the last word of a segment)?"""
    return i + 1 == len(p.words) or (p.segs is not None and p.segs[i + 1] != p.segs[i])


def _at_every_place(w: str, p, in_place) -> bool:
    """Does p's title print ``w``, and does ``in_place(i)`` hold at every index ``i`` it prints it at?
    (session 31, tidy31: the walk ``closing_colour`` and ``_storage_finish`` each wrote out.)"""
    seen = False
    for i, x in enumerate(p.words):
        if x == w:
            if not in_place(i):
                return False
            seen = True
    return seen


# (session 30, lbt30) a memory module's or a drive's colour is its finish only where it closes the
# title after its specs ("Kingston Fury Beast DDR4 16GB 3200 MT/s *Black*", "WD Elements Portable 2TB
# ... USB 3.0 *Black*"); right after the maker or before the model it is the line ("WD Black SN850X",
# "WD Blue 1TB SSD", "Western Digital Red 4TB"): ``_storage_finish``
_STORAGE_KINDS = frozenset("""
memory ram dimm sodimm udimm ddr3 ddr4 ddr5 hdd ssd drive disk festplatte disque disco
""".split())


def _storage_finish(w: str, p, other) -> bool:
    """Is colour ``w`` of a memory module's or a drive's title (``_STORAGE_KINDS`` in either title) its
    finish: every time p prints it, it closes p's title or one of its parts, and one of the two words
    before it holds a digit (a size, a speed, "USB 3.0")?"""
    if _STORAGE_KINDS.isdisjoint(p.wordset) and _STORAGE_KINDS.isdisjoint(other.wordset):
        return False
    ws = p.words

    def in_place(i: int) -> bool:
        return i >= 2 and _closes_part(p, i) and (
            any(_has_digit(y) for y in ws[i - 2:i])
            or (i >= 3 and ws[i - 1] == "s" and ws[i - 2] == "mt" and _has_digit(ws[i - 3])))

    return _at_every_place(w, p, in_place)


# kinds of products whose colour is a finish, one product in several colours a shop may
# leave unsaid (``closing_colour``): devices, garments, shoes and bags, housewares
_FINISH_KINDS = CONSOLE_KIND | frozenset("""
controller controllers manette mando gamepad
headset headsets headphones headphone kopfhorer casque auriculares cuffie sluchatka earbuds ecouteurs
speaker speakers lautsprecher enceinte altavoz altoparlante reproduktor
phone smartphone handy telephone telefono telefon mobil tablet tablette laptop notebook chromebook
watch smartwatch smartwatches uhr montre reloj orologio hodinky tracker
mouse maus souris raton mys keyboard tastatur clavier teclado tastiera klavesnice
case cover hulle etui funda custodia pouzdro sleeve charger ladegerat chargeur cargador caricabatterie
router webcam monitor printer drucker imprimante impresora projector camcorder camera kamera
backpack backpacks rucksack mochila zaino handbag handtasche
shoes shoe schuhe chaussures zapatos scarpe boty sneakers trainers clog clogs sandals boots jacket
hoodie shirt tshirt sweater pullover dress kleid robe vestido
bottle bottles flasche bouteille botella bottiglia tumbler mug becher tasse taza tazza
bowl bowls schussel bol cuenco ciotola kettle wasserkocher bouilloire hervidor bollitore
toaster blender mixer vacuum chair stuhl chaise silla sedia lamp lampe lampara lampada
""".split())
def _device_modifier(w: str, p, other) -> bool:
    """Is ``w`` a plain word right before the kind of a device, garment or housewares item
    (``_FINISH_KINDS``) in p's title, that kind word printed by the other title too, and
    no variant word ("Razer DeathAdder V3 Pro Wireless *Esports* Mouse" / "... Gaming
    Mouse: 63g Ultra-Lightweight ...", "Meta Quest 3 *Mixed Reality* Headset")?  How a
    shop describes a device's kind, not which device ("Mini", "Pro", "Kids" stay variants)."""
    if not w.isalpha() or w in VARIANT or w in T.VARIANTS or w in _DEVICE_MOD_STOP:
        return False
    if len(w) == 2 and w not in _DESCRIBING_PAIRS and w not in _INTERFACES and _in_capitals(w, p):
        return False  # (session 37, pr37: "Beta *AR* Jacket", "Beta *LT*", "Atom *SL*": a tier's letters)
    ows = other.wordset
    if _FINISH_KINDS.isdisjoint(ows):
        return False  # (the loop below needs a kind word the other prints)
    ws = p.words
    n = len(ws)
    found = False
    for i, x in enumerate(ws):
        if x != w:
            continue
        j = i + 1
        # (a run of such words before the kind: "Mixed Reality Headset")
        while j < n and ws[j] not in _FINISH_KINDS and ws[j].isalpha() and ws[j] not in ows and j - i < 3:
            j += 1
        if j >= n or ws[j] not in _FINISH_KINDS or ws[j] not in ows:
            return False
        found = True
    return found and _name_word_shared(p, other)  # (session 12, precision)


# (session 37, pr37) Two capitals before the kind name a model's tier, not how a shop describes the kind:
# Arc'teryx "Beta AR" / "Beta LT" / "Beta SV" Jacket, "Atom SL Hoody".  But the letters of a describing
# abbreviation ("HD Webcam", "TV Stand", "PC Speakers", "UV Lamp", "RC Car", "VR Headset") describe.
_DESCRIBING_PAIRS = frozenset("hd tv pc uv ai ir rc vr dj ev io hi ac dc uk us eu xl xs".split())
# (session 37, fxpr37) nor the letters of a connection the matcher knows (``_INTERFACES``: "JBL Flip 6 *BT*
# Speaker" / "JBL Flip 6 Speaker", "Bose QuietComfort 45 BT Headphones"): a tier is the maker's word, not a
# standard's abbreviation.


def _in_capitals(w: str, p) -> bool:
    """Does p's raw title print ``w`` in capitals as a word of its own ("AR")?"""
    raw = p.rawtitle if type(p.rawtitle) is str else ""
    return re.search(r"(?<![\w-])" + w.upper() + r"(?![\w-])", raw) is not None


# words before a device's kind that name another device ("Doorbell Camera", "Car Charger",
# "Wall Charger", "Smart Watch" is the watch itself) or whom it is for
_DEVICE_MOD_STOP = frozenset("""
doorbell car wall desk floor table ceiling outdoor indoor kids kid children junior baby dog cat
men mens women womens boys girls unisex gaming office studio travel
""".split())


# words saying that a title names a colour ("Tri-color", "Multicolour", "3 Farben")
_COLOUR_NAMED = frozenset("color colour colors colours farbe farben couleur couleurs barva barvy kleur kolor".split())


# --------------------------------------------------------------------------
# precision: variant words
# --------------------------------------------------------------------------
def _network_word(w: str, p, other=None) -> bool:
    """A mobile network generation ("5g", "lte") in p's title, not a Wi-Fi
    band ("2.4G/5G") or a disk's speed ("3G SATA"), nor a generation the
    other title writes as a number ("iPod touch 4G" / "iPod touch 4", "4th
    generation")."""
    if w not in _NETWORK or not _BAND_MARKS.isdisjoint(p.wordset):
        return False
    if other is not None and w[0].isdigit():
        n = w[:-1]
        return not any(v == n or v[:len(n)] == n and v[len(n):] in _ORDINAL_ENDS for v in other.wordset)
    return True


_ORDINAL_ENDS = frozenset("st nd rd th e er eme o a".split())


# (session 30, lbt30) the phone lines a maker has made only with 5G since a generation, which shops in Lebanon and
# the Gulf name with or without it ("Galaxy S24 Ultra 5G (12GB/256GB)" / "Samsung Galaxy S24 Ultra 256GB"): a
# title naming one of them prints no other network by leaving "5G" out.  World knowledge, kept to lines with no
# 4G model of those numbers: Galaxy S21-S29 (not the S20 FE, nor the Tab S / Galaxy A and M lines, made in both),
# Galaxy Z Fold / Flip 3 on, iPhone 12 on, Pixel 6 on.  A title printing "4G" / "LTE" still names the other
# network (an insertion of its own).
_ONLY_5G_GALAXY = re.compile(r"s2[1-9]|fold[3-9]|flip[3-9]")
_ONLY_5G_NUMBER = {"iphone": re.compile(r"1[2-9]e?"), "pixel": re.compile(r"(?:[6-9]|1[0-9])a?"),
                   "fold": re.compile(r"[3-9]"), "flip": re.compile(r"[3-9]")}


def made_only_in_5g(ws) -> bool:
    """Does a title's word list name a phone made only with 5G (``_ONLY_5G_GALAXY``, ``_ONLY_5G_NUMBER``): "galaxy
    s24", "galaxy z fold5" / "z flip 5", "iphone 15", "pixel 8a" - the line's word right before its number?"""
    for i in range(len(ws) - 1):
        w, n = ws[i], ws[i + 1]
        if w == "galaxy" or (w == "z" and i and ws[i - 1] == "galaxy"):
            if _ONLY_5G_GALAXY.fullmatch(n):
                return True
            continue
        rx = _ONLY_5G_NUMBER.get(w)
        if rx is not None and rx.fullmatch(n) and (w in ("iphone", "pixel") or (i and ws[i - 1] == "z")):
            return True
    # (session 35, pc35: OnePlus, Xiaomi, Find X, Nothing, realme Pro, moto; session 39, pc39: "Samsung S24")
    return _pc35.made_only_in_5g(ws) or _pc39.made_only_in_5g(ws)
_FOR = frozenset("for fur pour para compatible fits".split())


def _head(ws) -> list:
    """Title words before the first "for" ("Case for iPad 2 WiFi 3G": the
    device it fits names no variant of the case)."""
    for i, w in enumerate(ws):
        if i and w in _FOR:
            return ws[:i]
    return ws


def _has_digit(w: str) -> bool:
    return any(c.isdigit() for c in w)


def _neutral(w: str, p, other, compared) -> bool:
    """A word that tells no variant apart in a substitution: a function word,
    filler, a category word, a number or size (compared by the number and
    unit rules), a word a facet compares (``compared``: colour, licence,
    platform), the brand, a word the other title prints elsewhere, a page's
    word."""
    if w in _SPEC_OF and spec_clash(w, other):
        return False  # (syn3: two specs of one dimension)
    if w == "power" and _office.power_compound(p.words, p.words.index(w)):
        return True  # (session 20, en20a: "Power Adapter" / "Wall Charger": "Power" names the kind)
    if w in FUNCTION or w in FILLER or _category_word(w, p) or w in other.wordset:
        return True
    if w in _sport32.BALL_WORDS and _sport32.ball_named_otherwise(frozenset((w,)), other.words, CATEGORY, KIND_PHRASES):
        return True  # (session 33, fs33: "Basketball" / "piłka do koszykówki", the kind the other names)
    if w in _sport32.MAKER_COLOUR_WORDS and w not in _sport32.FINISH_WORDS and p.facets and other.facets \
            and _sport32.one_colour_both(p.facets.get("colour"), other.facets.get("colour")) \
            and w in _sport32.maker_colour_words(p.words, T.COLOURS) \
            and _sport32.maker_colour_words(other.words, T.COLOURS) - _sport32.FINISH_WORDS:
        # (session 33, fs33: "Core Black" / "Triple Black", one all-black shoe - each title names its one colour
        # with a maker's word: ``sport32.one_colour_both``; not "Warm White" / "Cool White", a light's colour)
        return True
    if bare_tool_word(w, p, other):
        return True  # (session 32, da32: "solo" / "senza batteria", both sell the tool alone, as for an insertion)
    if translated_in(w, other.wordset):
        return True  # (the other names it in its language: "Lavande" / "Lavender", "Deutsch" / "German")
    if _shade_word(w) and _shade_translated(w, p, other):
        return True  # (session 31, dev31: "Bleu Foncé" / "Dark Blue": one shade of one colour)
    if _office.series_filler(w, p):
        return True  # (session 20, en20a: "Defender Series Case" / "Defender ... Case")
    if w in _DEFAULT_EDITION and _default_edition(w, p) or region_wording(w, p, other, SPEC["region"]) == 1:
        return True  # (session 10, software: "- Standard" / "Steam Key", a store the other leaves out)
    if _reworded(w, p, other) or substituted_otherwise(w, p, other):  # (session 12, recall)
        return True
    if w in COMBO and _english.format_combo(w, p, other, COMBO):
        return True  # (session 22, en22: "Blu-ray/DVD Combo" / "Blu-ray + DVD + Digital", ``english_titles``)
    if (p.translit or other.translit) and _indic.spelled_in(w, p, other):
        return True  # (session 18, ml18: one word, one title writes it in Devanagari letters: "Dry" / "ड्राई")
    if other.scripts and w.isalpha() and transliterated(w, p, other):
        # (session 29, dev29: a word the other title writes in its script - "Cup Noodle" / "カップヌードル",
        # as an inserted word is read in ``variant_differs``)
        return True
    if p.scripts and w[:3] == "cjk" and _scripts_all_read(other, p.scripts, p):
        return True  # (and the native word itself, where the other title's words read every one of them)
    if len(w) >= 4 and w in other.title_compact:
        return True  # (written there with another word: "echo 50" / "echo50")
    if w in p.sitewords or w in T.PAGE_WORDS or w in T.page_words(p.words) or w in _tail(p):
        return True  # (a site's name, a page's words: "HP Store Netherlands")
    if len(w) >= 2 and w in T.ROMAN_NUM:
        return True  # (a roman numeral is a number: "IX" / "9")
    if w in T._TYPE_WORDS or w in T._TECH or w in TECH:
        return True  # (product types and technologies: the type and spec features compare them)
    if not w.isalpha() and not _network_word(w, p):
        return True  # (numbers, sizes, model numbers: their own rules)
    if w == p.brand or w in compared or w in T.COLOURS:
        return True
    return False


def _line_after_maker(xa, xb, ra, rb, a, b) -> bool:
    """(session 31, dev31) Do two runs of a substitution open, right after the first word both titles
    print, with a's brand word - a known brand's word found after that first word
    (``_brand_after_shared_name``) - and a word of b's that tells a variant (``rb``): two lines of the
    shared first word's maker ("OtterBox *Defender* iPhone 15 Case" / "OtterBox *Symmetry* Series
    Case")?  The brand word is otherwise neutral in a substitution (``_neutral``: the brand is compared
    as a brand), which made it no word of either run."""
    w = xa[0]
    # (and the brand word is a's whole run: "Milka *Alpine Milk Chocolate*" / "Czekolada Milka
    # *mleczna*" is a run of three words against one, read by the substitution as before - the
    # session's second attacker, attack31b)
    return (w == a.brand and len(xa) == 1 and not ra and bool(rb) and rb[0] == xb[0] and xb[0].isalpha()
            and a.words.index(w) == 1 and _brand_after_shared_name(w, a, b))


def _brand_after_shared_name(w: str, p, other) -> bool:
    """(session 31, dev31) Is p's brand ``w`` a known brand's word found after a first word both
    titles print ("OtterBox *Defender* Galaxy S24 Ultra" / "OtterBox Commuter ...": the maker is the
    shared first word, "Defender" its line - the brand list holds another maker's "Defender")?  Then
    the word is a line's name in a substitution, not the brand."""
    ws = p.words
    if not ws or ws[0] == w:
        return False
    first = ws[0]
    return first.isalpha() and len(first) >= 3 and first in other.wordset and first not in FUNCTION \
        and first not in GENERIC and other.brand != w


def _tail(p) -> frozenset:
    """``titles.literal_tail_words`` of p's title (as ``facets.tail_words``
    reads them, once per offer): the page's words after a title's literal."""
    t = p.tailwords
    if type(t) is str:
        p.tailwords = t = T.literal_tail_words(t)
    return t


def _substitutions(wa, wb, sa, sb):
    """(a's words, b's words) of each place where both titles print other
    words between the same shared words, or after the same shared word up to
    both titles' ends."""
    pos_b = {}
    for j, w in enumerate(wb):
        pos_b.setdefault(w, j)
    na, nb = len(wa), len(wb)
    out = []
    for i in range(na - 1):
        w = wa[i]
        if w not in sb or wa[i + 1] in sb:
            continue
        j = pos_b[w]
        if j + 1 >= nb or wb[j + 1] in sa:
            continue
        i2 = i + 1
        while i2 < na and wa[i2] not in sb:
            i2 += 1
        j2 = j + 1
        while j2 < nb and wb[j2] not in sa:
            j2 += 1
        ra = wa[i2] if i2 < na else None
        rb = wb[j2] if j2 < nb else None
        if ra == rb:
            out.append((wa[i + 1:i2], wb[j + 1:j2]))
    return out


def _same_words(xa, xb) -> bool:
    """Two runs of words written for the same words: equal letters ("wi fi"
    / "wifi"), or the same synonym classes."""
    if "".join(xa) == "".join(xb):
        return True
    if len(xa) == 1 and len(xb) == 1 and (_inflections(xa[0], xb[0]) or _typo(xa[0], xb[0])
                                          or _compound(xa[0], xb[0])
                                          # (session 22, ml22a: "Espaguetis" / "Spaghetti", ``lingua.cognates``)
                                          or _lingua.cognates(xa[0], xb[0])):
        return True
    return {canon(w) for w in xa} == {canon(w) for w in xb}


def _typo(x: str, y: str) -> bool:
    """One letter more, less or another in a word of >= 7 letters
    ("Giabit" / "Gigabit")."""
    if min(len(x), len(y)) < 7 or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) == 1
    s, t = (x, y) if len(x) < len(y) else (y, x)
    return any(t[:i] + t[i + 1:] == s for i in range(len(t)))


def _compound(x: str, y: str) -> bool:
    """One word the other with more glued on ("ink" / "inkjet", "sdxc" /
    "microsdxc"): the same thing named shorter."""
    s, t = (x, y) if len(x) < len(y) else (y, x)
    return len(s) >= 3 and (t.startswith(s) or t.endswith(s))


def _inflections(x: str, y: str) -> bool:
    """Two forms of one word: a stem of >= 6 letters both start with, and at
    most 3 letters after it on either side ("disinfectant" / "disinfecting",
    "filter" / "filters", "detergent" / "detergente"; "premium" / "premier"
    share only 5)."""
    n = 0
    for p, q in zip(x, y):
        if p != q:
            break
        n += 1
    return n >= 6 and len(x) - n <= 3 and len(y) - n <= 3


def _sizeless(ws):
    """Title words ``ws`` without a size's words (``sizing.size_positions``: "EU 44", "Size M")."""
    if not _may_name_size(ws) and not (ws and ws[-1] in _SIZE_LETTERS):
        return ws
    sized = _size_positions(ws)
    return [w for i, w in enumerate(ws) if i not in sized] if sized else ws


def variant_differs(a, b, compared: frozenset = frozenset()) -> bool:
    """Do two titles that may agree word for word name two variants of one
    line (module docstring): a substitution of a word that is no synonym, or
    one title inserting a variant word the other offer never names?
    ``compared``: the words a facet compares (colours, licences, platforms:
    ``facets``), never a variant here."""
    if a.wordset == b.wordset:
        return False
    if _english.interfaces_apart(a, b):
        return True  # (session 18, en: "USB-C to USB-A Cable" / "HDMI Cable" - ``english_titles``)
    # (the words before "for ...": the product's own, not the device it fits)
    # (session 32, fs32: less a size's words - "EU 44" / "US 10", "Size M": two sizes are compared as sizes,
    # ``sizing.sizes_apart``, and a size one title prints names the size variant of the other's product)
    wa, wb = _head(_joined_words(_sizeless(a.words))), _head(_joined_words(_sizeless(b.words)))
    sa, sb = set(wa), set(wb)
    if sa == sb:
        return False
    if not _words_differ(a, b, wa, wb, sa, sb, compared):
        return False
    if _av40.describing_one_side(sa, sb) and _av40.shared_specific(a, b):
        # (session 40, av40: "Stihl MS170 *Gas* Chainsaw *30.1cc*" / "STIHL MS 170 Chainsaw": a describing spec
        # of one model both name by a specific word is no variant word, nor a substitution of one; asked of
        # the words less those specs too, and a variant only when both readings find one)
        # (session 40, fxav40: where they may stand on one side - ``av40._excused``)
        wa, wb = _av40.without_describing(wa, wb, a, b), _av40.without_describing(wb, wa, b, a)
        sa, sb = set(wa), set(wb)
        return sa != sb and _words_differ(a, b, wa, wb, sa, sb, compared)
    return True


def _words_differ(a, b, wa, wb, sa, sb, compared) -> bool:
    """(``variant_differs`` on the two titles' head words ``wa`` / ``wb``, their sets ``sa`` / ``sb``)"""
    # insertions of a variant word
    for x, wx, sx, y, sy in ((a, wa, sa, b, sb), (b, wb, sb, a, sa)):
        for i, w in enumerate(wx):
            if w in sy or w in y.fullvec or w == x.brand:
                continue
            if y.scripts and transliterated(w, x, y):
                continue  # (session 17, ml17: the other title writes it in its script: "Absolute" / "أبسولوت")
            if y.translit and _ml24.spelled_in_script(w, x, y):
                continue  # (session 24, ml24: in Devanagari letters, "Professional" / "प्रोफेशनल")
            if w in _english.CONTINENTS and _english.continent_edition(w, x, y):
                return True  # (session 18, en: "Ticket to Ride Europe" / "Ticket to Ride" - ``english_titles``)
            if w in VARIANT:
                if w in _NETWORK and not _network_word(w, x, y):
                    continue
                if w == "original" and w in _ph40.listing_words(x.words):
                    continue  # (session 40, ph40: "- Original, 3 pin", beside the listing's words, ``ph40.listing_words``)
                if w in _NETWORK and _ph40.plain_is_4g(w, x.words, y.wordset):
                    continue  # (session 40, ph40: a smartphone's plain name is its 4G unit, ``ph40.plain_is_4g``)
                if w == "5g" and made_only_in_5g(y.words):
                    continue  # (session 30, lbt30: "Galaxy S24 Ultra 5G" / "Galaxy S24 Ultra", ``made_only_in_5g``)
                if w in _CHARGER_VARIANT and _office.names_charger(y):
                    continue  # (session 20, en20a: "Charger" / "Power Adapter", both a charger)
                if w == "edge" and not _office.edge_variant(wx, i):
                    continue  # (session 20, en20a: "Edge-to-Edge", "ThinkPad Edge E15": no variant)
            elif not (w in _DIGITAL and _EDITION_WORDS.intersection(wx[max(0, i - 1):i + 2])
                      or w in _AFTER_NUMBER and i and _has_digit(wx[i - 1])
                      # (session 17, en: not "Power" qualifying the kind both name - "4100 Power
                      # Toothbrush" / "4100 Toothbrush" -, as "Moto G54 Power" names a model)
                      and not (i + 1 < len(wx) and wx[i + 1] in sy and wx[i + 1] in CATEGORY)
                      # (session 20, en20a: nor "Power" compounding with its noun - "737 Power Bank")
                      and not _office.power_compound(wx, i)):
                continue
            if w == "bundle" and i and wx[i - 1] in _sw38.SUITE_OF:
                continue  # (session 38, sw38: "Software Bundle", the program's kind - a suite - ``sw38``)
            c = canon(w)
            if not any(canon(v) == c for v in sy) and (w in VARIANT or w not in qualifiers(x, y, _NAME_SKIP, _KINDS)) \
                    and not bare_tool_word(w, x, y) \
                    and not (w in _english.BUNDLE_WORDS and _english.joins_products_of(_english.raw_lower(y), x.wordset)):
                # (session 13, home; session 17, en: "Bundle" where the other joins the two things)
                return True
    # substitutions
    for xa, xb in _substitutions(wa, wb, sa, sb):
        if _resolutions_differ(xa, xb):
            return True  # (session 10, electronics: "(4K)" / "(HD)")
        if len(xa) == 1 and len(xb) == 1 and len(xa[0]) == 1 and len(xb[0]) == 1 and xa[0].isalpha() \
                and xb[0].isalpha():
            return True  # (one letter for another after a line word: "Series X" / "Series S")
        if _english.model_letters_glued(xa, xb, a, b):
            return True  # (session 18, en: "City Mini 2" / "City Mini GT2" - ``english_titles``)
        ra = [w for w in xa if not _neutral(w, a, b, compared)]
        rb = [w for w in xb if not _neutral(w, b, a, compared)]
        if ra and rb and not (_ph40.HINTS.isdisjoint(a.wordset) and _ph40.HINTS.isdisjoint(b.wordset)
                              and _ph40._PAIRWISE.isdisjoint(a.wordset) and _ph40._PAIRWISE.isdisjoint(b.wordset)):
            # (session 40, ph40: the listing's words - a SIM form, a UK plug, "Original" beside them - name no variant)
            ra = [w for w in ra if not _ph40.listing_word(w, a, b)]
            rb = [w for w in rb if not _ph40.listing_word(w, b, a)]
        if ra and rb and _TRUST_NOTES.issuperset(ra) and _TRUST_NOTES.issuperset(rb):
            continue  # (session 31, lb31: two shops' notes of trust at one place - "Original" / "Official")
        if _line_after_maker(xa, xb, ra, rb, a, b) or _line_after_maker(xb, xa, rb, ra, b, a):
            return True  # (session 31, dev31: "OtterBox Defender ..." / "OtterBox Commuter ...")
        # (one word against one word: runs of several words on both sides
        # are as often two shops' descriptions, "HDTV format" / "projection
        # screen", as another product)
        if len(ra) == 1 and len(rb) == 1 and not _same_words(ra, rb) and not _roman_pair(ra, rb) \
                and not _initials_of(ra[0], xb) and not _initials_of(rb[0], xa) \
                and not _ml24.spaced_alike(xa, xb) \
                and not _english.size_letters_same(ra, rb) \
                and not _english.acronym_of_run(ra[0], xb) and not _english.acronym_of_run(rb[0], xa) \
                and not _english.powered_words_same(ra, rb) and not _english.word_forms_same(ra, rb):
            # (session 17, en: "Large" / "L" one size, "EDP" / "Eau de Parfum" one phrase - ``english_titles``)
            return True
    return False


# (session 31, lb31) a shop's note that its offer is the real thing ("... Titanium Black - Original" /
# "... Titanium Black Official", a Lebanese shop's "Original" against another's "Official" warranty): one
# such note against another names no variant - each alone is read as before (an "Original" flavour or
# scent against another one is still a substitution of one word for another)
_TRUST_NOTES = frozenset("original official genuine authentic".split())


def _initials_of(w: str, run) -> bool:
    """Is ``w`` the initials of the words of ``run`` ("lp" = "liquid
    propane")?"""
    return len(run) >= 2 and len(w) == len(run) and w == "".join(x[0] for x in run)


def _roman_pair(ra, rb) -> bool:
    """One roman numeral against its number ("IX" / "9")."""
    if len(ra) == 1 and len(rb) == 1:
        x, y = ra[0], rb[0]
        return T.ROMAN_NUM.get(x) == y or T.ROMAN_NUM.get(y) == x
    return False


# --------------------------------------------------------------------------
# syn: rewordings - how two shops write one product otherwise
# --------------------------------------------------------------------------
# Specs of one dimension: a title printing one the other never mentions is no
# disagreement (the shorter title leaves the spec out), unless the other
# title names another class of the same dimension ("Alkaline" / "Lithium",
# "Liquid" / "Powder", "Wireless" / "Wired").  {dimension: {class: words}}
SPEC = {d: _classes(c) for d, c in {
    "chemistry": {
        "alkaline": "alkaline alcalines alcaline alkalisch alkali alcalinas alcalina alkalicke",
        "lithium": "lithium lithio litio",
        "rechargeable": "rechargeable nimh wiederaufladbar rechargeables recargables ricaricabili",
        "zinc": "zinc zink",
    },
    "form": {
        "liquid": "liquid liquide liquido flussig gel",
        "powder": "powder pulver poudre polvo",
        "capsules": "capsules kapseln capsulas pacs",
        "tablets": "tablets tabs tabletten",
    },
    "connection": {
        "wireless": "wireless kabellos cordless bluetooth inalambrico",
        "wired": "wired corded kabelgebunden",
    },
    "lock": {
        "unlocked": "unlocked entsperrt simlockfrei debloque",
    },
    "package": {
        "tin": "tin tins dose can cans canister boite lata plechovka",
        "jar": "jar glas bocal tarro barattolo",
        "bottle": "bottle flasche bouteille botella bottiglia lahev",
        "bag": "bag beutel sachet bolsa busta sacek",
        "tube": "tube tub tube tubo",
    },
    "coffee_form": {
        "instant": "instant loslich soluble solubile",
        "ground": "ground gemahlen moulu molido macinato mleta",
        "beans": "beans bean bohne bohnen grains granos chicchi zrnkova",
        "capsules": "pods",
    },
    "bean": {"arabica": "arabica", "robusta": "robusta"},
    "gender": {
        # (session 31, lb31: and a fragrance's "for Him" / "for Her", as an Arabic shop's "للرجال" /
        # "نسائي" reads "for men" / "women": "Rasasi Hawas for Him" is the men's Hawas)
        # (session 43, bs43: and the words ``cf42``'s audience read beside these - it reads this spec now)
        "men": "men mens herren herrn homme hommes hombre hombres uomo panske him erkek",
        "women": "women womens ladies damen femme femmes mujer mujeres donna damske her kadin",
    },
    "mount": {
        "internal": "internal interne intern interno interna",
        "external": "external externe extern esterno externa",
    },
    "anc": {"anc": "noise cancelling canceling anc"},
}.items()}
# where a dimension has a default a title leaves unsaid, only the default may be left out:
# "Energizer AA" is the alkaline cell, not "Energizer Lithium AA" nor the rechargeable one
_SPEC_DEFAULT = {"chemistry": "alkaline"}
# (session 30, dev30) a shoe's or a garment's women's model is named as such, the men's often not -
# "Nike Pegasus 41 Women's Road Running Shoes" is no "Nike Pegasus 41 Road Running Shoes", the men's
# may be: in such a title the women's is no word the other may leave out (``_spec_step``).  Not where
# a title names both ("Unisex-Adult ... 10 Men/12 Women"), nor goods a line makes for women only
# ("Venus ... Women's Razor Blade Refills" / "Gillette Venus ..."): only footwear and clothes.
# (and the men's range of a skin or hair care line: "Nivea Men Creme" / "Nivea Creme", "Garnier Men
# Micellar Water" / "Garnier Micellar Water")
_CARE = frozenset("""
creme cream shampoo conditioner wash gel lotion micellar moisturiser moisturizer moisturising
moisturizing balm serum cleanser scrub face facial skin hair body shower
""".split())
# (the makers that make men's care only, named by a word of their name no other title prints)
_MEN_ONLY = frozenset("spice axe lynx brut bulldog harrys squatch cannon menscience baxter".split())
_APPAREL = frozenset("""
shoe shoes sneaker sneakers trainer trainers boot boots sandal sandals clog clogs loafers slippers
running jacket jackets shirt shirts tshirt tee hoodie sweatshirt jeans pants trousers shorts leggings
socks
schuhe laufschuhe turnschuhe chaussures baskets zapatillas zapatos scarpe scarpa sneaker
""".split())
# (a roast level is a spec only before "roast": "Medium Roast"; "Medium" alone is a size)
_ROAST = frozenset("light medium dark blonde".split())
_SPEC_OF = {w: (d, c) for d, cs in SPEC.items() for w, c in cs.items()}

# Marketing words: what a shop says about a product, never which one it is
# (long marketplace titles: "Fast Charging Capability", "Ultra Lightweight",
# "Breakthrough Mixed Reality", "Gluten Free", "Low Profile").
MARKETING = frozenset("""
capability compatible lightweight powerful breakthrough enhanced improved design performance
high quality durable everyday low profile precise quiet
fast charging programmable backlighting backlit typing smooth fluid
thirst quencher
each
shelf life mixed reality serve
""".split())
# (not "Sugar Free", "Gluten Free", "Low Fat" - the "Fat" -, "Whitening", "Moisturising", "Total", "Value":
# a grocery's or a toothpaste's variants, as "Red Bull Sugar Free" is no "Red Bull")

# maker words closing a publisher's or maker's name ("Rockstar *Games*",
# "General *Mills*"), and maker names of a platform or line the other title
# prints ("*Nintendo* Switch", "*Amazon* Kindle")
_MAKER_SUFFIX = frozenset("games studios studio entertainment interactive publishing mills".split())
_MAKER_OF = {
    "nintendo": frozenset("switch wii 3ds ds gamecube".split()),
    "sony": frozenset("playstation ps4 ps5 ps".split()),
    "microsoft": frozenset("xbox windows win office 365".split()),
    "amazon": frozenset("kindle echo fire eero ring blink".split()),
    "google": frozenset("pixel chromecast nest".split()),
    "apple": frozenset("iphone ipad macbook imac airpods watch".split()),
}
# a default edition a shop prints and another leaves out
_DEFAULT_EDITION = frozenset("standard launch physical".split())  # (session 22, en22: "Launch Edition", the plain one as first sold; "Physical", the boxed copy)

_ORDINAL = ("st", "nd", "rd", "th")
# a lamp's shape and base designations (ANSI / IEC: "A19", "BR30", "PAR38", "MR16", "GU10",
# "E26"): standards many lamps share, no model number of one (``features._line_codes_only``),
# read so only in a title that names a lamp (``LAMP_WORDS``: "ThinkPad E14", "Galaxy A15")
LAMP_CODE = re.compile(r"(?:a(?:15|19|21|60)|br(?:20|30|40)|par(?:16|20|30|38)|mr(?:11|16)|gu(?:10|24)"
                       r"|e(?:11|12|14|17|26|27|39)|b(?:15|22)|gx53)").fullmatch
LAMP_WORDS = frozenset("""
bulb bulbs lamp lamps lampe lampen leuchtmittel gluhbirne gluhbirnen ampoule ampoules bombilla bombillas
lampadina lampadine lampara lamparas zarovka zarovky zarowka zarowki spotlight spotlights floodlight
downlight downlights
""".split())

# (session 24, tools24) a cordless tool maker's battery platform printed as a code - Milwaukee's
# "M12" / "M18", Craftsman's and Stanley's "V20", Parkside's "X20V": the name of a family of
# tools, batteries and chargers of one voltage, no model number of one ("M18 FUEL Hammer Drill" /
# "M18 FUEL Impact Driver"; as a line name, ``features._line_codes_only``). Read so only in an
# offer of its maker (brand field, or the title's first word): "M12" is a thread elsewhere, "V20"
# a phone. (The platforms named in words - "LXT", "XGT", "20V MAX", "FLEXVOLT", "ONE+", "PXC",
# "CAS" - are words both titles share, no model number: the tool's kind words tell tools apart.)
_PLATFORM_CODES = {
    "milwaukee": "m4 m12 m18 m28",
    "craftsman": "v20 v12 v60",
    "stanley": "v20",
    "parkside": "x20v x12v",
    "hart": "h20",
}
PLATFORM_CODE_MAKERS = {c: set(mks) for c, mks in groups_of_words(_PLATFORM_CODES).items()}  # (every maker)


def platform_code(c: str, p) -> bool:
    """Is the code ``c`` a battery platform of the maker of the prepared offer ``p``?"""
    makers = PLATFORM_CODE_MAKERS.get(c)
    if not makers:
        return False
    b = p.brand
    if isinstance(b, str) and not makers.isdisjoint(b.split()):
        return True
    return bool(p.words) and p.words[0] in makers


# platforms a licence or an accessory runs on (as ``facets`` reads them)
_PLATFORMS = frozenset("""
pc mac macos osx macintosh windows win linux android ios chrome chromebook
""".split())


def rewording(w: str, p, other) -> int:
    """Is ``w`` (an identifying word of offer p's title the other offer never
    prints) no disagreement?  0 it is one; 2 the other writes it otherwise
    (a plural for a singular, an ordinal for its number, an acronym for the
    words it stands for: the titles agree on it); 1 it says nothing the other
    contradicts (a spec of a dimension the other leaves out, a marketing
    word, a maker's name beside a line the other prints, a default edition)."""
    # (the checks of ``_REWORDING_STEPS``, in their order, each only where its gate lets
    # the word through: most words meet a few of the 35 checks - session 14, speed)
    steps = _STEPS_OF.get(w)
    if steps is None:
        steps = _steps_of(w)
    for step in steps:
        r = step(w, p, other)
        if r is not None:
            return r
    return 0


def variants_in_feature_list(a, b) -> bool:
    """Do the variant words of two titles (``Prepared.variants``) differ only
    by words the longer one prints in its feature list, qualifying a feature
    ("Mouse: 63g Ultra Lightweight", ``segments.qualifiers``)?"""
    return (variants_excused(a, b, canon, _NAME_SKIP, _KINDS) or variants_in_attached_phrase(a, b)  # (s11, recall)
            or variants_in_kind_phrase(a, b) or variants_of_brand(a, b)
            or _sport32.variants_before_name(a, b)  # (session 33, fs33: "Nike Air Zoom Pegasus 41" / "Nike Pegasus 41")
            or _hh38.variant_written_out(a, b)  # (session 38, hh38: "Max Strength" / "Maximum Strength")
            or _variants_only_sizes(a, b))  # (session 33, fs33: "... Pants Men Black/White XL", a size)


def _variants_only_sizes(a, b) -> bool:
    """(session 33, fs33) Are the variant words one title prints and the other not ("xl") each a size's word of
    that title (``sizing.size_positions``: "Size XL", "... Black/White XL" closing it), the other title naming
    no size at all?  A garment's letter size one shop's page prints names the size variant of the product
    the other prints with none, no variant of the model ("3DS XL"); where both name sizes, the size rules
    compare them ("X-Large" / "XL" stays as it was: ``tests/test_matching_s12_precision.py``)."""
    for x, y in ((a, b), (b, a)):
        d = x.variants - y.variants
        if d:
            if y.facets and y.facets.get("dims"):
                return False
            if _size_positions(y.words):
                return False  # (session 33, dev33: "Gr. S" / "Größe XL" - a size the dims facet does not read)
            ws = x.words
            sized = _size_positions(ws)
            if not sized or not d.issubset({ws[i] for i in sized}):
                return False
    return a.variants != b.variants


def variants_of_brand(a, b) -> bool:
    """(session 22, en22) Do the variant words of two titles differ only by words of one offer's
    brand ("Pro" of "Purina Pro Plan": ``facets.without_brand_words`` takes it out of that
    offer's variants) that both titles print, the other offer naming no brand of its own ("Pro
    Plan Adult Dog Food")?  The other shop writes the brand's words as they are: no variant."""
    d = a.variants ^ b.variants
    if not d:
        return False
    for w in d:
        x, y = (b, a) if w in a.variants else (a, b)
        if not (x.brand and y.brand is None and w in x.wordset and w in y.wordset and len(x.brand) > len(w)
                and w in _brand_spelling(x)):
            return False
    return True


def _brand_spelling(p) -> tuple:
    """The words leading p's title that spell its brand (compact), two to four of them, or none."""
    b, ws = p.brand, p.words
    run, k = "", 0
    while k < len(ws) and len(run) < len(b) and k < 4:
        run += ws[k]
        k += 1
    return tuple(ws[:k]) if run == b and k >= 2 else ()


def variants_in_kind_phrase(a, b) -> bool:
    """Do the variant words of two titles differ only by words inside a kind phrase of the title
    that prints them ("AQUA Air Mineral": "air mineral" is Indonesian mineral water, no MacBook
    "Air"; session 20, ml20b)?  A word of a phrase naming the product's kind names no variant."""
    d = a.variants ^ b.variants
    if not d:
        return False
    ka, kb = _phrase_kinds(a), _phrase_kinds(b)
    return all(w in (ka if w in a.variants else kb) for w in d)


def tiers_in_feature_list(tiers, p, other) -> bool:
    """Are the tier words ``tiers`` of p's title (as ``canon`` writes them)
    all qualifiers of p's feature list against ``other`` ("Blender,
    Professional-Grade, 48 oz")?"""
    return words_excused(tiers, p, other, canon, _NAME_SKIP, _KINDS)


def _reworded(w: str, p, other) -> bool:
    """In a substitution: a word the other title writes otherwise (a synonym
    or a spec of the same class: "Dose" / "Tin", "Mignon" / "AA"), a
    marketing word, or a spec of a dimension the other leaves out."""
    c = SYNONYM.get(w)
    if c is not None and any(SYNONYM.get(v) == c for v in other.wordset):
        return True
    return w in MARKETING or w in _SPEC_OF and rewording(w, p, other) > 0


def _after_body(p) -> bool:
    """"Body Only": a camera without a lens, as "Body" says."""
    ws = p.words
    return any(x == "only" and i and canon(ws[i - 1]) == "body" for i, x in enumerate(ws))


def _roast_level(w: str, p, other) -> bool:
    """A roast level ("Medium Roast") when the other title names none."""
    if w != "roast" and w not in _ROAST:
        return False  # (no other word can pass the test below)
    ws = p.words
    for i, x in enumerate(ws):
        if x == w and (w in _ROAST and i + 1 < len(ws) and ws[i + 1] == "roast"
                       or w == "roast" and i and ws[i - 1] in _ROAST):
            return _ROAST.isdisjoint(other.wordset) or w == "roast" and ws[i - 1] in other.wordset
    return False


def _platform_list(w: str, p, other) -> bool:
    """A platform of a list of three or more p prints ("PC/Mac/Android/iOS",
    what a licence or an accessory runs on) when the other names no
    platform."""
    if w not in _PLATFORMS:
        return False
    return len(_PLATFORMS.intersection(p.wordset)) >= 3 and _PLATFORMS.isdisjoint(other.wordset)


def _split_kind(w: str, p, other) -> bool:
    """A category word or filler split in two ("Anti-Virus" = "antivirus",
    "Anti-Perspirant")."""
    ws = p.words
    # (each place ``w`` stands, found by ``list.index`` in C rather than a Python pass over every word)
    if w not in ws:
        return False
    i = ws.index(w)
    while True:
        for j in (i - 1, i):
            if 0 <= j and j + 1 < len(ws):
                c = ws[j] + ws[j + 1]
                if (c in CATEGORY or c in FILLER) and not _kinds_missing(other, p):
                    return True
        try:
            i = ws.index(w, i + 1)
        except ValueError:
            return False


def _description(w: str, p, other) -> bool:
    """A word of a long marketplace title's description, after the word
    naming the product's kind that closes its name ("Razer DeathAdder V3 Pro
    Wireless Gaming *Mouse*: 63g Ultra Lightweight - Focus Pro 30K Optical
    Sensor - Black" / "Razer DeathAdder V3 Pro Black"): p's title is at least
    twice as long as the other's, and two words of the other's title that are
    no colour come before that kind word."""
    ws, ow = p.words, other.words
    if len(ow) < 3 or len(ws) < 2 * name_length(other, p) or w in VARIANT or w in T.VARIANTS \
            or w in _EDITION_WORDS:
        return False
    first = ws.index(w)
    if first + 1 < len(ws) and ws[first + 1] in _EDITION_WORDS:
        return False  # (an edition's name: "Echo Dot Smart Speaker *Kids* Edition")
    seen = 0
    oset = other.wordset
    for i in range(first):
        x = ws[i]
        if x in oset and x not in T.COLOURS and x not in FUNCTION and x != p.brand:
            seen += 1
        elif seen >= 2 and x in CATEGORY:
            return True
    return False


def _colour_translated(w: str, p, other) -> bool:
    """A colour word of p's title when both titles name the same colours
    (the colour facet: "Schwarz" / "Black", "černá" / "Black"): the titles
    agree on it."""
    if w not in T.COLOURS:
        return False
    c = p.facets.get("colour")
    return bool(c) and c == other.facets.get("colour")


# (session 31, dev31) the shade of a colour as ``facets`` reads it - (its offer-facet key, ``facets.shades``,
# a gate for shade words) -, installed by ``facets`` when it is imported: ``facets`` imports this module,
# so this one may not import it back (tests/test_matching_batch_features.py: no import circle)
SHADE_READER = None


def _shade_word(w: str) -> bool:
    """(gate of ``_shade_translated``) A shade word, or a compound that may open with one."""
    r = SHADE_READER
    return r is not None and r[2](w)


def _shade_translated(w: str, p, other) -> bool:
    """(session 31, dev31) A colour's shade word - or a shade glued to its colour - naming the
    shade and colour the other title names in its language ("Azul *Escuro*" / "Dark Blue", "Bleu
    *Foncé*", "*Dunkelblau*" / "dark blue"): one value, as ``_colour_translated`` reads the colour;
    the shade facet (``facets.shades``) parts two shades, a shade on one side is no word here."""
    r = SHADE_READER
    if r is None or not r[2](w):
        return False  # (a shade word only: the colour's own word is ``_colour_translated``'s)
    key, shades, _ = r
    theirs = other.facets.get(key) if other.facets else None
    if not theirs:
        return False
    ws = p.words
    mine = set()
    for i, x in enumerate(ws):
        if x == w:
            mine |= shades(ws[max(0, i - 1):i + 2])
    return bool(mine) and mine <= theirs


def _plural_in(w: str, of) -> bool:
    """A plural the other writes singular, or the other way ("Rolls" / "Roll",
    "Batteries" / "Battery")."""
    if len(w) < 4 or not w.isalpha():
        return False
    if w.endswith("s") and (w[:-1] in of or (w.endswith("ies") and w[:-3] + "y" in of)
                            or (w.endswith("es") and w[:-2] in of)):
        return True
    return w + "s" in of or w + "es" in of or (w.endswith("y") and w[:-1] + "ies" in of)


def _ordinal_in(w: str, p, other) -> bool:
    """An ordinal whose number the other prints after a word p prints just
    before it ("iPad mini 6th generation" / "iPad mini 6", "Outdoor 4 (4th
    Gen)" / "Outdoor 4"), or the generation word after such an ordinal."""
    ws = p.words
    if w in _GEN_WORDS:
        # (a generation word before it is no ordinal: "Gen Gen" asked itself again, without end)
        return any(x == w and i and ws[i - 1] not in _GEN_WORDS and _ordinal_in(ws[i - 1], p, other)
                   for i, x in enumerate(ws))
    if not (len(w) > 2 and w.endswith(_ORDINAL) and w[:-2].isdigit()):
        return False
    n = w[:-2]
    ow = other.words
    iw = ws.index(w)
    for j, y in enumerate(ow):
        if y == n and j and ow[j - 1] in p.wordset:
            k = ws.index(ow[j - 1])
            if 0 < iw - k <= 2:
                return True
    return False


_GEN_WORDS = frozenset("gen generation generace generacion generazione".split())


def _acronym_of(w: str, p, other) -> bool:
    """An acronym of words the other prints in a row ("COD" / "Call of
    Duty"), or a word of such a run in p's title whose acronym the other
    prints."""
    # (session 22, en22: up to five letters - "AGAIL" / "As Good As It Looks")
    if 2 <= len(w) <= 5 and w.isalpha() and not _not_acronym(w) and (
            _initials_run(w, other.words) or _english.acronym_closing_acronym(w, other.words)):
        return True  # (session 22, en22: and "UHD" / "Ultra HD", ``english_titles``)
    if not w.isalpha():
        return False
    ws = p.words
    if w not in ws:
        return False
    # (the initials of ws[s:e] are ini[s:e]: title words are never empty)
    ini = _initials(ws)
    # (an acronym found below is a word of 2-5 letters of the other's inside p's initials
    # that p never prints: without one, none - session 14, speed)
    own = p.wordset
    for a in _short_alpha_words(other):
        if a in ini and a not in own and not _not_acronym(a):
            break
    else:
        return False
    # (each place ``w`` stands, found by ``list.index`` in C rather than a Python pass over every word)
    i = ws.index(w)
    while True:
        for s in range(max(0, i - 4), i + 1):
            for e in range(max(i + 1, s + 2), min(len(ws), s + 5) + 1):
                a = ini[s:e]
                if len(a) >= 2 and a in other.wordset and a not in p.wordset and a.isalpha() \
                        and not _not_acronym(a):
                    return True
        try:
            i = ws.index(w, i + 1)
        except ValueError:
            return False


# (session 31, dev31) a name's initials glued to its number - "FF16" / "Final Fantasy XVI", "RDR2" /
# "Red Dead Redemption 2", "GoW3" -: the name and its number written otherwise (game shops' short titles)
from .offermemo import per_offer as _per_offer  # noqa: E402  (a leaf module)
_NUMBERED_ACRONYM = re.compile(r"([a-z]{2,4})(\d{1,2})$").match
_ROMAN_OF = {v: k for k, v in T.ROMAN_NUM.items()}


def _numbered_run(letters: str, num: str, ws) -> tuple:
    """(start, end) of the words of ``ws`` whose initials are ``letters`` followed by the number
    ``num`` or its roman numeral (end: after the number); () when there is none."""
    k = len(letters)
    roman = _ROMAN_OF.get(num)
    for i in range(len(ws) - k):
        nxt = ws[i + k]
        if (nxt == num or nxt == roman) and all(len(x) >= 2 and x.isalpha() for x in ws[i:i + k]) \
                and "".join(x[0] for x in ws[i:i + k]) == letters:
            return i, i + k + 1
    return ()


@_per_offer
def _numbered_acronyms(p) -> tuple:
    """(letters, number) of each word of p's title that is initials glued to a number."""
    out = []
    for v in p.wordset:
        m = _NUMBERED_ACRONYM(v)
        if m is not None:
            out.append((m[1], m[2].lstrip("0") or "0"))
    return tuple(out)


def numbered_acronym(w: str, p, other) -> bool:
    """(session 31, dev31) Is ``w`` initials glued to a number that name words of the other title
    followed by that number ("FF16" / "Final Fantasy XVI"), or a word of such a run of p's title - or
    its number - whose initials and number the other prints glued ("Final", "XVI" / "FF16")?"""
    m = _NUMBERED_ACRONYM(w)
    if m is not None:
        return bool(_numbered_run(m[1], m[2].lstrip("0") or "0", other.words))
    acr = _numbered_acronyms(other)
    if not acr:
        return False
    ws = p.words
    for letters, num in acr:
        r = _numbered_run(letters, num, ws)
        if r and w in ws[r[0]:r[1]]:
            return True
    return False


def _not_acronym(a: str) -> bool:
    """The Arabic article as Latin titles write it is no acronym: "Al Rawabi" / "المراعي
    لبن" (Almarai Laban) print no "AL" (session 14).  ("El" is one: "EL Wire" is
    electroluminescent; every article of ``FUNCTION`` was measured: "l'avoine" / "a la
    avena" then lost the "la" the elided "l'" is read by.)  Nor a battery's size, a letter
    repeated ("AA", "AAA", "AAAA"): "AAA Alkaline" is no "AA" written out, the sizes are two
    products (session 29, dev29: "Duracell Coppertop AAA Alkaline Batteries" / "... AA
    Batteries" was a title match)."""
    return a == "al" or a in _BATTERY_SIZES


_BATTERY_SIZES = frozenset(("aa", "aaa", "aaaa"))


def _initials(ws) -> str:
    """The first letters of a title's words (an offer's ``words``, never
    modified) as one string, once per list (memoised by identity, the memo
    holding the list): ``_acronym_of`` asks for every word of a title the
    other never prints."""
    m = _INITIALS.get(id(ws))
    if m is not None and m[0] is ws:
        return m[1]
    ini = "".join([x[:1] for x in ws])
    if len(_INITIALS) > 8192:
        _INITIALS.clear()
    _INITIALS[id(ws)] = (ws, ini)
    return ini


_INITIALS: dict = memo({})


def _initials_run(w: str, ws) -> bool:
    n = len(w)
    # (ws[s:s + n] starts with w's letters where w occurs in the words'
    # initials at s: title words are never empty)
    ini = _initials(ws)
    s = ini.find(w)
    while s >= 0:
        if all(x.isalpha() for x in ws[s:s + n]):
            return True
        s = ini.find(w, s + 1)
    return False


def _maker_name(w: str, p, other) -> bool:
    """A maker's or publisher's name leading p's title that the other leaves
    out: the maker of a line the other prints ("Nintendo Switch" / "Switch"),
    or one or two words closing with a maker word before the words both
    titles share ("Rockstar Games Red Dead Redemption II")."""
    lines = _MAKER_OF.get(w)
    if lines is not None and not lines.isdisjoint(other.wordset):
        return True
    ws = p.words
    if w in ws[:3]:
        i = ws.index(w)
        for e in range(i, min(len(ws), i + 2)):
            if ws[e] in _MAKER_SUFFIX and all(x not in other.wordset for x in ws[:e + 1]):
                return e + 1 < len(ws) and ws[e + 1] in other.wordset
    return _brand_run_word(w, p, other)


# (session 31, dev31) video-game publishers a shop names beside a game's title ("Street Fighter VI
# PS5 (Capcom)", "Assassin's Creed Mirage - Ubisoft"): the maker of the game, as a brand is - a
# title leaving it out says nothing against it; only names that are no common word
GAME_PUBLISHERS = frozenset("""capcom ubisoft activision blizzard bethesda bandai namco bandainamco sega
konami rockstar atlus koei tecmo thq devolver squareenix cdprojekt nacon bigben focusentertainment
""".split())


def game_publisher(w: str, p, other) -> bool:
    """(session 31, dev31) Is ``w`` a game publisher's name (``GAME_PUBLISHERS``) in a title whose
    game the other names without one, and no other publisher?"""
    return w in GAME_PUBLISHERS and other.wordset.isdisjoint(GAME_PUBLISHERS)


# (session 31, dev31) Microsoft's "FPP" - a "Full Packaged Product" - is the retail box: read so only
# against a title that names the retail licence ("Windows 11 Home Retail" / "... FPP"); against one that
# names none, or a download ("ESD", "Digital Key"), it stays a word of its own (the session's attacker,
# attack31a: as filler it made "FPP" / "ESD Download" a title match)
RETAIL_BOX = frozenset(("fpp", "packaged"))
_RETAIL_NAMES = frozenset(("retail", "fpp", "boxed"))


def retail_box(w: str, other) -> bool:
    """Is ``w`` a word of the retail box's name ("FPP", "Full Packaged Product") where the other
    offer's title names the retail licence ("Retail", "FPP", "Boxed")?"""
    return w in RETAIL_BOX and not _RETAIL_NAMES.isdisjoint(other.wordset)


def _brand_run_word(w: str, p, other) -> bool:
    """(session 22, en22) Is ``w`` a word of p's brand of several words, all of them leading p's
    title ("*Bath & Body Works* Japanese Cherry Blossom", "*Purina Pro Plan* Adult"), where the
    other offer names no other brand and prints the word after them?  The brand is compared as
    a brand (``relations.brand_relation``): a shop leaving it out of its title says nothing
    against it ("Japanese Cherry Blossom Fine Fragrance Mist", "Pro Plan Adult Dog Food")."""
    b = p.brand
    if not b or b == w or other.brand not in (None, b):
        return False
    run = _brand_spelling(p)
    k = len(run)
    return w in run and k < len(p.words) and p.words[k] in other.wordset


def _default_edition(w: str, p) -> bool:
    """The default edition ("Standard Edition") one shop prints."""
    if w not in _DEFAULT_EDITION:
        return False
    ws = p.words
    # (session 22, en22: or before another default one, "Standard Launch Edition")
    return any(x == w and (i + 1 < len(ws) and (ws[i + 1] in _EDITION_WORDS or ws[i + 1] in _DEFAULT_EDITION
                                                 and i + 2 < len(ws) and ws[i + 2] in _EDITION_WORDS)
                           or default_edition_alone(ws, p.segs, i, _EDITION_WORDS)) for i, x in enumerate(ws))


def default_edition_words(p) -> frozenset:
    """p's default-edition words ("standard" of "Standard Edition"): no tier
    the other title must print (``facets.tier_differs``)."""
    return frozenset(w for w in _DEFAULT_EDITION if w in p.wordset and _default_edition(w, p))


# --------------------------------------------------------------------------
# syn3: how shops name kinds of products and digital goods, across languages
# --------------------------------------------------------------------------
# More kinds of household, grocery, electronics and software products, in EN
# DE FR ES IT CS NL PL (a translation is the same kind; only new words, never
# a word of a kind named above).  Accessories and parts stay out (a word for
# the same part in two languages is a synonym below, never a kind).
CATEGORY.update({w: c for c, ws in {
    "toilet paper": "toilet toiletpapier toaletowy",
    "tissues": "tissues taschentucher papiertaschentucher mouchoirs panuelos fazzoletti kapesniky "
               "chusteczki zakdoekjes",
    "detergent": "wasmiddel prania proszek",
    "diapers": "pieluszki pieluchy luiers",
    "phone": "mobilni mobilny movil cellulare",
    "vacuum": "bodenstaubsauger stofzuiger odkurzacz",
    "fryer": "fryer friggitrice fritteuse heissluftfritteuse friteuse freidora fritoza frytkownica airfryer",
    "hard drive": "hdd festplatte harddisk",
    "toothbrush": "zahnbuerste cepillo spazzolino kartacek szczoteczka tandenborstel",
    "toothpaste": "zahncreme dentifrico dentifricio tandpasta",
    "washing machine": "pracka waschmaschine wasmachine lavadora lavatrice pralka",
    "coffee_beverage": "koffie filterkoffie snelfiltermaling koffiepads kaffeebohnen koffiebonen kawa",
    "pasta": "pasta pastas nudeln",
    "spread": "brotaufstrich",
    "gift card": "giftcard geschenkkarte gutschein cadeaukaart voucher",
    "game": "game videogame videospiel spiel jeu juego videojuego gioco videogioco hra gra",
    "sweatshirt": "sweatshirt hoodie pullover",
    "tumbler": "tumbler",
    "moisturizer": "moisturizer moisturiser feuchtigkeitscreme",
    "pet food": "petfood",
    "dog food": "dog dogs hund hunde chien perro cane pes pies hond",
    "cat food": "cat cats katze katzen chat gato gatto kocka kot kat",
    "food": "food futter nourriture comida cibo krmivo karma voer",
}.items() for w in ws.split() if w not in CATEGORY})

# Kinds named by two or more words ("Toilet Paper" = "Bath Tissue", "Brosse à
# dents" = "Toothbrush"): each word of such a phrase is a category word of its
# kind (``_phrase_kind``).  Function words inside a phrase are skipped.
KIND_PHRASES = {k: c for c, ks in {
    "toilet paper": ("bath tissue", "toilet tissue", "toilet roll", "toilet rolls", "toilet paper"),
    "toothbrush": ("brosse a dents", "cepillo de dientes", "zubni kartacek"),
    "toothpaste": ("zubni pasta", "pasta de dientes", "pasta do zebow", "pate dentifrice"),
    "hard drive": ("hard drive", "hard disk", "disque dur", "disco duro", "disco rigido", "pevny disk",
                   "dysk twardy"),
    "fryer": ("air fryer", "friggitrice ad aria", "friteuse a air", "freidora de aire"),
    "vacuum": ("vacuum cleaner", "stick vacuum", "scopa elettrica", "balai aspirateur", "escoba electrica"),
    "coffee": ("coffee maker", "coffee brewer", "espresso maker", "cafetera italiana", "moka pot"),
    "spread": ("hazelnut spread", "pate a tartiner", "crema de avellanas", "crema spalmabile"),
    "gift card": ("gift card", "carte cadeau", "tarjeta regalo", "carta regalo", "buono regalo",
                  "darkova karta", "karta podarunkowa", "wallet guthaben", "store card", "network card"),
    "phone": ("mobile phone", "cell phone", "mobilni telefon", "telefon komorkowy"),
    "dog food": ("dog food", "hundefutter", "croquettes chien", "pienso perro"),
    "cat food": ("cat food", "katzenfutter", "croquettes chat", "pienso gato"),
    "moisturizer": ("face moisturizer", "face cream", "moisturizing cream", "moisturising cream"),
}.items() for k in ks}
_PHRASE_FIRST = {}
for _ph in KIND_PHRASES:
    _PHRASE_FIRST.setdefault(_ph.split()[0], []).append(_ph.split())


PHRASE_CLASHES: list = []  # (phrase, kind kept, kind refused)


def _add_kind_phrases(phrases: dict, replace: bool = False) -> None:
    """Register a vocabulary block's kind phrases ``{kind: (phrase, ...)}``: in
    ``KIND_PHRASES`` (``replace``: over a kind it had) and by their first word."""
    for k, phs in phrases.items():
        for ph in phs:
            had = KIND_PHRASES.get(ph)
            if had is not None and had != k and not replace:
                # two blocks name one phrase two kinds: the first stays, and the clash is
                # kept for ``tests/test_matching_vocab.py`` to name (it was silent)
                PHRASE_CLASHES.append((ph, had, k))
            if replace:
                KIND_PHRASES[ph] = k
            else:
                KIND_PHRASES.setdefault(ph, k)
            if had is None:
                _PHRASE_FIRST.setdefault(ph.split()[0], []).append(ph.split())


def _add_kinds(kinds: dict, phrases: dict | None = None) -> None:
    """Register a vocabulary block's kinds ``{kind: "word word ..."}`` (a word
    already a kind keeps its kind) and its kind phrases, then rebuild
    ``GENERIC`` and ``_KINDS`` from them."""
    global GENERIC, _KINDS
    CATEGORY.update({w: c for c, ws in kinds.items() for w in ws.split() if w not in CATEGORY})
    if phrases:
        _add_kind_phrases(phrases)
    GENERIC = frozenset(CATEGORY) | FILLER
    _KINDS = frozenset(CATEGORY)

# Shop words around digital goods and counts that name no product: how it is
# delivered ("Digital Code", "Steam Key", "Email Delivery", "Key Card"), what
# a plan is called ("Prepaid", "Plan"), who may use it ("6 People"), pieces,
# rolls and sizes in more languages ("120 szt.", "36 stuks", "rozmiar 3", "9
# Rolls", "80 prań", "40 wasbeurten", "54 doses"), the loading of a washing
# machine ("s předním plněním"), a pet food's "Recipe" / "Formula".
FILLER = FILLER | frozenset("""
code codes key keycard keycards delivery email mail digitalcode
prepaid plan plans
rolls roll rollen rouleaux rollos rotoli role rolki rollen
sheets blatt feuilles hojas fogli
szt stuks stuk stucke sztuk kus
rozmiar rozm maat tamano misura
packungen packung paquets paquete paquetes confezioni confezione baleni opakowan opakowania verpakking
pran wasbeurten doses dosis lavaggi
plnenim loading befullung chargement carga carica
recipe formula
""".split()) | frozenset(PEOPLE)

# one word written several ways (more synonyms, abbreviations, translations)
SYNONYM.update({w: c for c, ws in {
    "microsoft": "microsoft ms",
    "standard": "standard std",
    "dlc": "dlc expansion addon erweiterung",
    "adapter": "adapter netzteil adaptateur adaptador alimentatore zasilacz adapters",
    "case": "case etui hulle funda custodia pouzdro",
    "cups": "cups tazas tasses tassen tazze salku filizanek",
    "air": "air aria luft",
    "all": "all todo tout tutto",
    "month": "month months mo mos monat monate mois mes meses mese mesi",
    "year": "year years yr yrs jahr jahre an ans ano anos anno anni rok",
}.items() for w in ws.split() if w not in SYNONYM})

# more specs of one dimension (as ``SPEC``): a title printing one the other
# leaves out is no disagreement, another class of the same dimension is
_SPEC_SYN3 = {d: _classes(c) for d, c in {
    "power": {
        "electric": "electric electrique elektrisch elektrische electrico electrica elettrico elettrica "
                    "elektricky elektryczna elektrisch",
        "manual": "manual manuell manuelle manuale manualni",
    },
    "moisture": {
        "dry": "dry trocken sec seche seco secco suche",
        "wet": "wet nass humide umido mokre",
    },
    "loading": {
        "front": "frontlader frontloader prednim",
        "top": "toplader toploader vrchnim",
    },
}.items()}
for _d, _cs in _SPEC_SYN3.items():
    SPEC[_d] = _cs
    for _w, _c in _cs.items():
        _SPEC_OF.setdefault(_w, (_d, _c))
for _w, _c in {"vloeibaar": "liquid", "vloeibare": "liquid", "plynny": "liquid", "proszek": "powder",
               "poeder": "powder", "tabletki": "tablets"}.items():
    SPEC["form"][_w] = _c
    _SPEC_OF.setdefault(_w, ("form", _c))

# currency codes: the symbol the other title prints is gone once cleaned
# ("25€" / "25 EUR"); two currencies named are two products
_CURRENCY = frozenset("eur euro euros usd gbp chf czk kc pln zl aud cad".split())
# a word naming a kind only before a kind word ("Automatic Dishwashing")
_KIND_MODIFIERS = frozenset("automatic automatische automatique".split())

_PHRASES: dict = memo({})
_KEY_COUNT = frozenset("keys tasten touches teclas tasti klaves klawiszy".split())


def _phrase_kinds(p) -> dict:
    """{word: kind} of the words of p's title inside a kind phrase
    (``KIND_PHRASES``), function words inside the phrase left out."""
    key = p.title
    r = _PHRASES.get(key)
    if r is None:
        ws = p.words
        r = {}
        for i, w in enumerate(ws):
            for ph in _PHRASE_FIRST.get(w, ()):
                if ws[i:i + len(ph)] == ph:
                    k = KIND_PHRASES[" ".join(ph)]
                    for x in ph:
                        if x not in FUNCTION:
                            r.setdefault(x, k)
        if len(_PHRASES) > 20000:
            _PHRASES.clear()
        _PHRASES[key] = r
    return r


def in_kind_phrase(ws, i: int) -> bool:
    """Is word ``ws[i]`` of a title's words inside a kind phrase (``KIND_PHRASES``: "namiot
    kempingowy", "brosse soufflante")?  (Session 22, ml22a: such a word names the kind, as a kind
    word does - ``variants``' slot reads it so.)"""
    for j in range(max(0, i - 3), i + 1):
        for ph in _PHRASE_FIRST.get(ws[j], ()):
            if j + len(ph) > i and list(ws[j:j + len(ph)]) == ph:
                return True
    return False


def _kinds_named(p) -> set:
    """The kinds p's title names, by a category word or a kind phrase."""
    return {CATEGORY[w] for w in p.wordset if w in CATEGORY} | set(_phrase_kinds(p).values())


# claims a shop makes about a product in its own words (as ``MARKETING``):
# never which product it is.  (Not "adjustable": an "Adjustable Suction Cup
# Mount" is another mount than the "Suction Cup Mount", abt-buy.)
CLAIMS = frozenset("""
rugged robust robuste robusto antiseptic antiseptisch antiseptique hydrating daily everyday
ergonomic ergonomisch ergonomique ergonomico
""".split())


def _cordless_beside_kind(w: str, p) -> bool:
    """(session 32, da32) Does ``w`` (``diy32.CORDLESS``) stand right before a kind word other than the
    battery, or right after one (or after one and "a" / "à": "tosaerba a batteria")?"""
    ws = p.words
    for i, x in enumerate(ws):
        if x != w:
            continue
        near = [ws[i + 1]] if i + 1 < len(ws) else []
        if i:
            near.append(ws[i - 1])
        if i > 1 and ws[i - 1] == "a":
            near.append(ws[i - 2])
        if any(CATEGORY.get(y) not in (None, "battery") for y in near):
            return True
    return False


def shop_wording(w: str, p, other) -> int:
    """syn3: is ``w`` (an identifying word of p's title the other never
    prints) a kind, a currency or a kind's modifier written otherwise?  2 a
    word of a kind the other names in other words ("Toilet Paper" / "Bath
    Tissue", "Dishwasher Detergent" / "Dishwashing Tabs"); 1 a word of a kind
    when the other names no kind, a currency code when the other names no
    other currency (its symbol was cleaned away), a modifier before a kind
    word; 0 none of these."""
    if w in _diy32.CORDLESS and _cordless_beside_kind(w, p):
        return 1  # (session 32, da32: "Akku-Heckenschere", "tronçonneuse à batterie": no battery of its own)
    k = _phrase_kinds(p).get(w) or CATEGORY.get(w)
    if k is not None:
        ok = _kinds_named(other)
        if k in ok or _fs36.kinds_cover(k, ok):  # (session 36, fs36: "Wanderschuh" / "Hiking Boot", ``fs36``)
            return 2
        if not ok:
            return int(_mu43_kind_excused(w, p, other))  # (session 43, fxmu43: "Flint Effektpedal" / "Flint V2")
        return 0
    if w in _CURRENCY:
        return 1 if _CURRENCY.isdisjoint(other.wordset) else 0
    if w in CLAIMS or household_claim(w, p, other):  # (session 10, household: ``household_claim``)
        return 1
    if w in _KEY_COUNT:
        ws = p.words  # (a count of keys after its number, "15 Keys": the number is compared)
        return int(any(x == w and i and ws[i - 1].isdigit() for i, x in enumerate(ws)))
    if w in _KIND_MODIFIERS:
        ws = p.words
        return int(any(x == w and i + 1 < len(ws) and ws[i + 1] in CATEGORY for i, x in enumerate(ws)))
    return 0


# syn3, second block: marketplace listing words (the listing's condition and
# shipping, never the product: "Brand New w/ tags FAST SHIP", "NWT", "UK
# STOCK"), durations and dose units written short ("12 Mo", "1Yr", "50 mcg",
# "2000 IU")
FILLER = FILLER | frozenset("""
nwt nwot nib bnib sealed genuine authentic tags ship shipping shipped stock
mo mos yr yrs iu mcg
""".split())
CATEGORY.update({w: c for c, ws in {
    "protein": "protein proteine proteina eiweiss bialko",
    "supplement": "vitamin vitamins vitamine vitamina vitamine witamina supplement supplements",
}.items() for w in ws.split() if w not in CATEGORY})
_add_kind_phrases({"cleaner": ("all purpose cleaner", "multi purpose cleaner")}, replace=True)
SYNONYM.update({w: "gen" for w in "generacji generacja generatie".split() if w not in SYNONYM})
# the language of a boxed product or a licence, the region of a gift card:
# one title naming it and the other none is no disagreement, two are two
for _d, _cs in {
    "language": {
        "english": "english englisch anglais ingles inglese anglicky angielski engels",
        "german": "german deutsch allemand aleman tedesco nemecky niemiecki duits",
        "french": "french franzosisch francais frances francese francouzsky francuski frans",
        "spanish": "spanish spanisch espagnol espanol spagnolo spanelsky hiszpanski spaans",
        "italian": "italian italienisch italien italiano italsky wloski italiaans",
    },
    "region": {"us": "us usa", "uk": "uk gb", "eu": "eu europe"},
}.items():
    SPEC[_d] = _classes(_cs)
    for _w, _c in SPEC[_d].items():
        _SPEC_OF.setdefault(_w, (_d, _c))

# inflection endings of the titles' languages ("Gemahlener" = "gemahlen")
_ENDINGS = ("er", "es", "en", "em", "e", "a", "o", "i", "s")
_NUMBER_SIGNS = frozenset("no nr num".split())


def shop_form(w: str, p, other) -> int:
    """syn3: ``w`` written in another form of a word: two forms of one word
    the other prints (``_inflections``: "Disinfecting" / "Disinfectant"), an
    inflected form of a known word of the vocabularies ("Gemahlener" =
    "gemahlen" = "Ground"), a number sign ("No. 5" / "n.5").  As
    ``rewording``: 2, 1 or 0."""
    # (a word of the other starting with w's first six letters is in the other's
    # title, its words joined by spaces: one C-level substring test first)
    if len(w) >= 7 and w.isalpha() and w[:6] in other.title and any(
            _inflections(w, v) and not _we38.suffix_apart(w, v) for v in other.wordset if v[:6] == w[:6]):
        # (fxwe38: an Italian size suffix is no form of a word - "Tortellini" / "Tortelloni", "Spaghettini" /
        # "Spaghettoni", "Cannellini" / "Cannelloni" are two products: ``we38.suffix_apart``)
        return 2
    if "." in w and not w[:1].isdigit() and any(c.isdigit() for c in w) and w.replace(".", "") in other.wordset:
        return 2  # (a dot inside a model's name: "MK.2" / "MK2")
    if w in _NUMBER_SIGNS or w[:2] == "n." and w[2:].isdigit():
        ws = p.words
        for i, x in enumerate(ws):
            if x == w:
                n = w[2:] if w[:2] == "n." else (ws[i + 1] if i + 1 < len(ws) else "")
                if n.isdigit() and (n in other.wordset or "n." + n in other.wordset):
                    return 2
        return 0
    if len(w) >= 6 and w.isalpha():
        for e in _ENDINGS:
            if w.endswith(e) and len(w) - len(e) >= 5:
                base = w[:-len(e)]
                c = SYNONYM.get(base)
                if c is not None and any(SYNONYM.get(v) == c for v in other.wordset):
                    return 2
                s = _SPEC_OF.get(base)
                if s is not None:
                    d, c = s
                    ocs = {_SPEC_OF[v][1] for v in other.wordset if v in _SPEC_OF and _SPEC_OF[v][0] == d}
                    return 2 if c in ocs else int(not ocs)
    return 0


def spec_clash(w: str, other) -> bool:
    """syn3: does the other title name another class of the dimension of
    spec word ``w`` (``SPEC``: "Electric" / "Manual", "Front" / "Top"
    loading) and not w's own class?"""
    d, c = _SPEC_OF[w]
    ocs = {_SPEC_OF[v][1] for v in other.wordset if v in _SPEC_OF and _SPEC_OF[v][0] == d}
    return bool(ocs) and c not in ocs


# syn3: words after a number that make it a count of licences, people,
# pieces or months ("Office 2021 1 PC", "Norton 360 3 Devices"), never a
# generation number (``relations.generation_misses``)
COUNT_AFTER = frozenset("""
pc pcs mac macs user users device devices geraete gerate appareils dispositivos dispositivi zarizeni
urzadzenia urzadzen urzadzenie zariadenia zariadeni zariadenie apparaten apparaat enheter enheder stanowisko stanowiska stanowisk
seat seats licence license licences licenses lizenz lizenzen
count ct pack packs pk pieces piece stuck stk szt ks
year years yr yrs month months mo mos jahr jahre monate mois ans anni mesi meses
""".split()) | frozenset(PEOPLE)


# syn3, third block: more kinds of groceries (sweets, milk), a jar in more
# languages, "Assorted Colors" (no colour named), features one title lists
# and the other leaves out (GPS, a backlight): specs of one class each
CATEGORY.update({w: c for c, ws in {
    "sweets": "fruchtgummi gummies gummy candy candies bonbons caramelos caramelle bonbony cukierki snoep",
    "milk": "milk milch lait leche mleko melk",
}.items() for w in ws.split() if w not in CATEGORY})
FILLER = FILLER | frozenset("colors colours assorted sortiert assortis surtido assortiti".split())
for _w in "bote frasco sloik slenicka".split():
    SPEC["package"][_w] = "jar"
    _SPEC_OF.setdefault(_w, ("package", "jar"))
for _d, _cs in {
    "positioning": {"gps": "gps gnss"},
    "backlight": {"backlit": "backlit illuminated beleuchtet retroeclaire retroiluminado retroilluminata "
                             "podsvicena podswietlana"},
}.items():
    SPEC[_d] = _classes(_cs)
    for _w, _c in SPEC[_d].items():
        _SPEC_OF.setdefault(_w, (_d, _c))


# syn3, fourth block: common kinds of electronics, household and grocery
# products and their translations (EN DE FR ES IT CS NL PL).  Left out on
# purpose: flavours and materials that are also kinds ("Chocolate", "Rice",
# "Honey", "Iron"), "SSD" (the word that tells a 2.5" drive from an M.2 one
# when the other names the form factor), accessories ("lens", "bulb", "tripod": "Gorillapod SLR
# Tripod" is not "Gorillapod Original"), words that are also a line's
# name ("Watch") and kinds sold together in one pack ("Shampoo &
# Conditioner").
CATEGORY.update({w: c for c, ws in {
    "monitor": "monitor moniteur bildschirm beeldscherm",
    "printer": "printer drucker imprimante impresora stampante tiskarna drukarka",
    "router": "router routeur enrutador",
    "powerbank": "powerbank",
    "headphones": "sluchawki koptelefoon",
    # (in-ear buds are another form than headphones: "QuietComfort Ultra Earbuds" / "Headphones")
    "earbuds": "earbuds earphones ohrhorer ecouteurs auricolari oordopjes",
    "soundbar": "soundbar",
    "projector": "projector beamer projecteur proyector proiettore projektor rzutnik",
    "drone": "drone drohne dron",
    "ereader": "ereader liseuse",
    "kettle": "kettle wasserkocher bouilloire hervidor bollitore rychlovarna waterkoker czajnik",
    "toaster": "toaster tostadora tostapane topinkovac broodrooster toster",
    "microwave": "microwave mikrowelle microondas microonde mikrovlnna magnetron mikrofalowka",
    "refrigerator": "refrigerator fridge kuhlschrank refrigerateur frigo frigorifico frigorifero lednice "
                    "koelkast lodowka",
    "shaver": "shaver rasierer rasoir afeitadora rasoio holici scheerapparaat golarka",
    "trimmer": "trimmer haarschneider tondeuse cortapelos regolabarba zastrihovac trymer",
    "purifier": "purifier luftreiniger purificateur purificador purificatore cisticka oczyszczacz",
    "humidifier": "humidifier luftbefeuchter humidificateur humidificador umidificatore zvlhcovac "
                  "nawilzacz luchtbevochtiger",
    "sponge": "sponge sponges schwamm schwamme eponge eponges esponja esponjas spugna spugne houbicka "
              "houbicky gabka gabki spons sponzen",
    "softener": "softener weichspuler adoucissant suavizante ammorbidente avivaz wasverzachter",
    "sunscreen": "sunscreen sunblock sonnencreme zonnebrand",
    "ketchup": "ketchup",
    "mayonnaise": "mayonnaise mayo mayonesa maionese majonez",
    "yogurt": "yogurt yoghurt joghurt yaourt yogur jogurt",
    "litter": "litter katzenstreu litiere lettiera podestylka",
    "webcam": "webcam",
    "microphone": "microphone mikrofon microfono microfoon",
    "beer": "beer bier biere cerveza birra pivo piwo",
    "wine": "wine wein vin vino wijn wino",
    "flour": "flour mehl farine harina farina mouka maka meel",
}.items() for w in ws.split() if w not in CATEGORY})
_NEW_PHRASES = {
    "powerbank": ("power bank", "banque d energie", "bateria externa"),
    "soundbar": ("sound bar", "barre de son", "barra de sonido"),
    "ereader": ("e reader", "ebook reader", "lector de libros electronicos"),
    "toaster": ("grille pain",),
    "microwave": ("micro ondes",),
    "sunscreen": ("creme solaire", "protector solar", "crema solare"),
    "spread": ("pate a tartiner aux noisettes", "crema spalmabile alle nocciole"),
    "camera": ("action camera", "action cam", "actioncam", "camara deportiva", "camera sportiva"),
    "water": ("natural mineral water", "eau minerale naturelle", "agua mineral natural", "acqua minerale naturale",
              "naturliches mineralwasser"),
}
_add_kind_phrases(_NEW_PHRASES, replace=True)


# --- session 10, software block: vocabulary of its own (kept apart for the merge) ---
# How shops sell digital goods, in EN DE FR ES IT: how a key is activated and where
# ("Activation Key", "Rockstar Games Launcher", "US Account"), how long a licence
# lasts ("Perpetual" = "Lifetime", already filler) - never which program or game it is.
# (Not the store a key is for - "Steam", "Origin", "Epic": a Steam key and an Epic key are
# two products -, nor "Box" / "Boxed", "Upgrade", "DLC", "Season Pass": other products; nor
# "Permanent": a "Permanent Marker" or "Permanent Hair Colour" is another product.)
FILLER = FILLER | frozenset("""
activation activate aktivierung aktivierungsschlussel activacion attivazione
launcher account konto compte cuenta
perpetual unbefristet dauerlizenz perpetua perpetuelle
""".split())
# where a key or a gift card may be redeemed: one title naming it and the other none is
# no disagreement, two regions are two products ("GLOBAL" vs "EUROPE")
for _w in "global worldwide weltweit mondial row".split():
    SPEC["region"][_w] = "global"
    _SPEC_OF.setdefault(_w, ("region", "global"))
# kinds of software and games in more languages and forms (plurals, "Antivirus Software",
# "Video Editing Software", "Tax Software"): the kind, never the program
CATEGORY.update({w: c for c, ws in {
    "software": "programm programa aplicacion applicazione",
    "antivirus": "virenschutz antivirenprogramm antivirensoftware",
    "game": "games videogames videospiele spiele jeux juegos videojuegos giochi videogiochi jogo jogos",
    # (an e-gift card is a gift card; a VPN, the kind of a privacy program: "Surfshark VPN One")
    "gift card": "egift egiftcard",
    "vpn": "vpn",
}.items() for w in ws.split() if w not in CATEGORY})
_SW_PHRASES = {
    "software": ("tax software", "tax preparation software", "video editing software", "photo editing software",
                 "music production software", "antivirus software", "security software",
                 "logiciel de montage video", "software de edicion de video"),
    "gift card": ("wallet gift card", "wallet card", "wallet code", "gift code", "gift voucher"),
}
# the editions of Microsoft's and other programs as shops in other languages name them:
# "Windows 11 Famille" = "Home", "Office Famille et Étudiant" / "Hogar y Estudiantes" /
# "Casa e Studenti" = "Home & Student", "Professionnel" = "Professional" ("Famille" is
# Home, as Windows and Office name it; "Microsoft 365 Famille", the old "Office 365 Home",
# then differs from "Family" - a match lost, no false one)
SYNONYM.update({w: c for c, ws in {
    "home": "home famille hogar casa",
    "student": "student students etudiant etudiants estudiante estudiantes studente studenti",
    "pro": "professionnel professionnelle",
}.items() for w in ws.split() if w not in SYNONYM})
# a number before "bit" is a build ("64-bit"), never a generation number (as a count is)
COUNT_AFTER = COUNT_AFTER | frozenset(("bit",))
COUNT_AFTER = COUNT_AFTER | _office.COUNT_NOUNS  # (session 20, en20a: "80 Sheets", "20 Sheet Capacity")
_add_kind_phrases(_SW_PHRASES)



# --- session 10, household block: vocabulary of its own (kept apart for the merge) ---
# Kinds of household goods, personal care and groceries shops name in one word (EN DE FR ES
# IT CS NL PL; only words of no kind above).  Left out as the block above does: flavours and
# ingredients that are also kinds ("Oat", "Cocoa"), parts ("Blades", "Cartridges").
CATEGORY.update({w: c for c, ws in {
    "lotion": "lotion lotions korperlotion bodylotion locion lozione",
    "floss": "floss zahnseide fil dentaire seda dental filo interdentale",
    "cleanser": "cleanser cleansers reinigungsgel nettoyant",
    "drink": "drink drinks beverage beverages getrank getranke boisson boissons bebida bebidas bevanda "
             "bevande napoj napoje",
    "soda": "soda sodas softdrink limonade limonada",
    "oats": "oats oatmeal haferflocken avoine porridge",
    "jam": "jam jams preserves konfiture confiture mermelada marmellata dzem",
    "butter": "butter beurre mantequilla burro maslo",
    "tahini": "tahini tahina tahineh",
    "labneh": "labneh labne labna",
    "stock cubes": "bouillon bruhwurfel",
    "tampons": "tampons tampon",
    "liners": "pantiliners liners slipeinlagen protege",
}.items() for w in ws.split() if w not in CATEGORY})
# kinds named by two or more words (as ``KIND_PHRASES``): the dish soap is the washing-up
# liquid and the "Spülmittel"; a fabric softener the fabric conditioner
_HOUSEHOLD_PHRASES = {
    "dish soap": ("dish soap", "dishwashing liquid", "dishwashing soap", "dish liquid", "dish detergent",
                  "washing up liquid", "spulmittel", "liquide vaisselle", "detersivo piatti",
                  "prostredek na nadobi", "afwasmiddel", "plyn do naczyn", "lavavajillas a mano"),
    "softener": ("fabric softener", "fabric conditioner", "liquid fabric softener", "fabric softner"),
    "stain remover": ("stain remover", "fleckentferner", "detachant", "quitamanchas", "smacchiatore",
                      "odstranovac skvrn", "vlekverwijderaar", "odplamiacz"),
    "stock cubes": ("stock cubes", "bouillon cubes", "stock cube", "cubes de bouillon", "pastillas de caldo"),
    "dental floss": ("dental floss",),
    "mineral water": ("mineral water", "eau minerale", "agua mineral", "acqua minerale", "mineralwasser",
                      "spring water", "eau de source"),
    "milk powder": ("milk powder", "powdered milk", "lait en poudre", "leche en polvo", "milchpulver"),
    # (the kind's default ingredient or colour: "Tomato Ketchup" is the ketchup, "Black Tea" the tea)
    "ketchup": ("tomato ketchup", "ketchup aux tomates", "tomatenketchup"),
    "tea": ("black tea", "schwarzer tee", "schwarztee", "the noir", "te negro", "te nero", "cerny caj"),
    "moisturizer": ("face moisturiser", "face moisturizer", "facial moisturiser", "facial moisturizer",
                    "face cream", "moisturising cream"),
    "stain remover": ("fabric stain remover", "laundry stain remover"),
    # (a detergent named by its form: "Washing Capsules" = "Waschmittel")
    "detergent": ("washing capsules", "washing liquid", "washing powder", "washing gel", "washing pods",
                  "laundry capsules", "laundry pods", "laundry liquid", "laundry powder", "laundry gel",
                  "lessive capsules", "lessive liquide", "lessive en poudre"),
}
_add_kind_phrases(_HOUSEHOLD_PHRASES)
# a kind's modifier that is part of its name only before a kind word ("Facial Tissues")
_CATEGORY_MODIFIERS = _CATEGORY_MODIFIERS | frozenset("facial".split())
# Claims of household goods and personal care (as ``CLAIMS``): whom or what a product is for
# ("for Sensitive Skin", "All Skin Types", "Teeth Whitening", "Anti-Dandruff", "HE",
# "Multi-Purpose"), what it fights or does ("Odor-Fighting", "Cleaning", "Cleansing",
# "Soothing"), an active ingredient a branded medicine or cream names ("with 500 mg
# Acetaminophen", "Hyaluronic Acid"), "Fortified", "Pain Reliever / Fever Reducer" (not
# "Natural": "Skippy Natural" is another peanut butter than "Skippy").
# A title printing one the other never names is the same product; a formulation a claim
# names on one side only ("Sensitive", "Whitening") is compared by ``formulation``.
CLAIMS = CLAIMS | frozenset("""
types type very teeth zahne dents dientes denti gums
anti dandruff schuppen antipelliculaire he multipurpose purpose multi surface surfaces usages usos
odor odour odors odours fighting eliminating eliminator cleaning cleansing reinigung nettoyage soothing
fortified enriched
pain reliever relief fever reducer acetaminophen paracetamol ibuprofen hyaluronic ceramides
soin soins pflege cuidado
sensitive sensitiv sensible sensibles unscented british drawstring blend
semola semolina durum grano duro
""".split())
# whom a cream or a detergent suits, after a type of skin or hair ("for *Sensitive Skin*",
# "Dry to Very Dry *Skin*", "Damaged *Hair*"): a claim; a "Skin" alone is a kind of case
_AUDIENCE = frozenset("skin skins haut peau piel pelle hair haare cheveux cabello capelli".split())
_AUDIENCE_TYPES = frozenset("""
sensitive sensible sensibles empfindliche dry trockene seche seca secca oily grasse fettige normal
normale combination mixte mixed all very mature damaged coloured colored for fur pour para per
""".split())


def household_claim(w: str, p, other) -> bool:
    """session 10, household: is ``w`` (a word of p's title the other never
    prints) a claim of whom or how much: a skin or hair after a type of it
    ("Sensitive Skin"), a word of a "for ..." phrase naming a type of skin
    ("for *Sensitive* Skin"), "Total" after a count ("225 Total Wipes"), or a
    word of a formulation both titles name alike or the default one
    ("Unscented" / "Fragrance Free", "3D White" / "Whitening", "Full Cream",
    "Old Fashioned": ``formulation`` compares them)?"""
    ws = p.words
    if w in _AUDIENCE or w in _AUDIENCE_TYPES:
        for i, x in enumerate(ws):
            if x != w or not i:
                continue
            if w in _AUDIENCE and ws[i - 1] in _AUDIENCE_TYPES:
                return True
            if any(y in _FOR_WORDS for y in ws[max(0, i - 3):i]):
                return True
        if w in _AUDIENCE_TYPES and _hh38.audience_run(w, ws, _AUDIENCE_TYPES, _AUDIENCE):
            return True  # (session 38, hh38: "Facial Cleanser, Normal to Dry Skin")
    if w in _TOTAL:
        return any(x == w and any(y[:1].isdigit() for y in ws[max(0, i - 2):i]) for i, x in enumerate(ws))
    if w in _SIZE_NAMES:
        return _numbered_size(ws) and _numbered_size(other.words)
    if w in _COMPANY and w in ws[:5]:
        # a maker's full name the other shortens ("Green Mountain Coffee *Roasters*", "Taanayel
        # Les *Fermes*"): every word before it the other prints too
        i = ws.index(w)
        return i > 0 and all(x in other.wordset or x in FUNCTION for x in ws[:i])
    return w in formulation_words(ws, other.words)


def _numbered_size(ws) -> bool:
    """Does a title print a numbered size ("Size 4", "Größe 4", "Gr. 4")?"""
    return any(x in _SIZE_MARKS and i + 1 < len(ws) and ws[i + 1][:1].isdigit() for i, x in enumerate(ws))


# a diaper's size names beside its number ("Size 1 Newborn", "Größe 4 Maxi"): the number is compared
_SIZE_NAMES = frozenset("newborn maxi midi junior".split())
_SIZE_MARKS = frozenset("size sz grosse gr taille talla taglia rozmiar rozm maat".split())  # (rozm.: fsb32)
# words closing a maker's name ("Coffee Roasters", "Les Fermes", "Foods", "Laboratories")
_COMPANY = frozenset("""
roasters company co foods brands laboratories labs farms fermes kitchens bakery creamery signature
""".split())


_FOR_WORDS = frozenset("for fur pour para per".split())
_TOTAL = frozenset("total totale insgesamt".split())


# the default size of a roll, a diaper, a tampon ("= 24 Regular Rolls"), the size names of a
# multipack ("Jumbo Pack", "Bulk"), a shop's count of boxes and scented products: filler
# (session 26, onesided26: not "Intensity" - a coffee's strength number, "Intensity 10", is filler
# only beside its number: ``rating_number``; "High Intensity" alone names a line's variant)
FILLER = FILLER | frozenset("regular jumbo bulk economy boxes scented gr".split())
# Cascade's name for its dishwasher pods is a form (as ``SPEC``'s "pacs")
SPEC["form"]["actionpacs"] = "capsules"
_SPEC_OF.setdefault("actionpacs", ("form", "capsules"))
# the maker of a brand the other title prints ("Nestlé Nido" / "Nido", "Purina Felix")
_MAKER_OF = {**_MAKER_OF,
             "nestle": frozenset("nido nescafe nesquik maggi kitkat cerelac nespresso nestea".split()),
             "purina": frozenset("felix friskies beneful gourmet fancy one proplan".split()),
             "mars": frozenset("whiskas pedigree sheba cesar dreamies".split()),
             "ferrero": frozenset("nutella kinder rocher tictac".split()),
             "unilever": frozenset("dove lipton knorr axe lynx rexona".split()),
             "douwe": frozenset("senseo".split()), "egberts": frozenset("senseo".split()),
             "reckitt": frozenset("finish vanish dettol lysol harpic durex".split()),
             "mondelez": frozenset("milka oreo toblerone".split()),
             "keurig": frozenset("cup cups kcup kcups".split()),
             }



# --- session 10, electronics block: vocabulary of its own (kept apart for the merge) ---
# the words of device colour names in the shops' languages ("Gris sidéral" / "Space
# Gray", "Titan Natur" / "Natural Titanium", "Titanio negro" / "Black Titanium")
SYNONYM.update({w: c for c, ws in {
    "space": "space sideral siderale espacial spaziale",
    "titanium": "titanio",
    "natural": "natur",
    "platinum": "platinum platin platine platino",
}.items() for w in ws.split() if w not in SYNONYM})
# Video resolutions are classes: HD (720p), Full HD (1080p), QHD (1440p), 4K / Ultra
# HD (2160p), 8K.  Two titles printing two classes in one place name two products
# ("Chromecast with Google TV (4K)" / "(HD)", "Fire TV Stick 4K" / "Fire TV Stick HD"),
# though each word alone is a technology word shops describe with
# (``_resolutions_differ``: in a substitution of ``variant_differs``).
_RESOLUTION = {"hd": 1, "720p": 1, "fullhd": 2, "fhd": 2, "1080p": 2, "1080i": 2, "qhd": 3, "wqhd": 3,
               "1440p": 3, "uhd": 4, "4k": 4, "2160p": 4, "8k": 5, "4320p": 5}
_RESOLUTION_BEFORE_HD = {"full": 2, "quad": 3, "ultra": 4}


def _resolution_classes(run) -> set:
    out = set()
    for i, w in enumerate(run):
        c = _RESOLUTION.get(w)
        if c is None:
            continue
        if w == "hd" and i and run[i - 1] in _RESOLUTION_BEFORE_HD:
            c = _RESOLUTION_BEFORE_HD[run[i - 1]]
        out.add(c)
    return out


def classes_disjoint(classes, x, y) -> bool:
    """Do ``x`` and ``y`` both name classes (``classes(x)``: a set) and none in common?
    (``classes(y)`` is only read when x names one.)"""
    cx = classes(x)
    if not cx:
        return False
    cy = classes(y)
    return bool(cy) and cx.isdisjoint(cy)


def _resolutions_differ(xa, xb) -> bool:
    """Do two runs of words at one place of two titles name two video resolutions?"""
    return classes_disjoint(_resolution_classes, xa, xb)


# a phone sold locked to a carrier is another product than the unlocked one: the
# carriers are classes of the "lock" dimension, and unlocked its default (a
# title naming no carrier sells the phone unlocked; one naming a carrier, not)
for _w in "verizon sprint cricket tracfone metropcs xfinity uscellular vodafone o2 telekom movistar".split():
    SPEC["lock"][_w] = _w
    _SPEC_OF.setdefault(_w, ("lock", _w))
_SPEC_DEFAULT["lock"] = "unlocked"
# Kinds of electronics shops name a product by, in EN DE FR ES IT (a
# translation is the same kind; two kinds named are two products): game
# controllers, thermostats, doorbells, memory cards and modules, access
# points, docks, headsets (one kind with headphones: "Gaming Headset" /
# "Gaming Headphones"), camera lenses ("Objektiv" / "Lens").  Left out: parts
# and accessories sold for a product ("remote", "charger", "cable", "case").
CATEGORY.update({w: c for c, ws in {
    "controller": "controller controllers gamepad manette mando controlador",
    "thermostat": "thermostat thermostats termostato thermostate",
    "doorbell": "doorbell turklingel videoturklingel sonnette timbre campanello",
    "memory card": "speicherkarte memorycard",
    "memory": "arbeitsspeicher",
    "headphones": "headset headsets",
    "lens": "lens objektiv objectif objetivo obiettivo",
    "dock": "dock docking dockingstation",
    "access point": "accesspoint",
    # more words of kinds named above, and kinds of the same shelf
    "tablet": "tableta",
    "laptop": "portatile",
    "headphones": "cascos kopfhoerer",
    "earbuds": "ohrhoerer",
    "camera": "actioncam camcorder videocamera camescope",
    "dashcam": "dashcam",
    "subwoofer": "subwoofer",
    "flash drive": "pendrive usbstick speicherstick",
    "motherboard": "motherboard mainboard",
    "cartridge": "cartridge cartridges patrone druckerpatrone cartouche cartucho cartuccia",
    "toner": "toner",
    "repeater": "repeater",
}.items() for w in ws.split() if w not in CATEGORY})
_add_kind_phrases({
    "memory card": ("memory card", "carte memoire", "tarjeta de memoria", "scheda di memoria", "sd card",
                    "karta pamieci"),
    "access point": ("access point", "point d acces", "punto de acceso", "punto di accesso"),
    "dock": ("docking station", "station d accueil"),
    "controller": ("wireless controller", "game controller", "manette sans fil", "mando inalambrico"),
    "flash drive": ("flash drive", "usb stick", "cle usb", "memoria usb", "chiavetta usb"),
    "motherboard": ("carte mere", "placa base", "scheda madre"),
    "repeater": ("range extender", "wifi extender", "wlan repeater"),
}, replace=True)
# what a shop says about a device's use and build, never which one it is
# ("Vlogging Camera", "Folding Drone", "GPS Running Smartwatch", "Interchangeable
# Lens Camera", "140W Output", "Two-Way Talk")
MARKETING = MARKETING | frozenset("""
vlogging folding foldable interchangeable running output stabilization stabilisation
gan
""".split()) | frozenset(  # "smart" as Romance languages say it after the kind ("Enceinte connectée")
    "connecte connectee connectes connectees connected vernetzt vernetzte intelligente inteligente".split())
# the word naming a camera's or a device's generation before its numeral ("EOS R6
# Mark II" = "EOS R6 II", "5D Mk IV" = "5D Mark IV"): written otherwise when the
# other title prints that numeral (``_generation_mark``; the numeral itself is compared)
_GEN_MARKS = frozenset("mark mk".split())


# the letter of a USB connector ("USB-C", "USB Type-C"): what a charger or a cable
# plugs into, a spec one title prints and the other leaves out - unless the other
# names another connector ("Lightning", "Micro-USB", "USB-A")
_CONNECTOR_BEFORE = frozenset("usb type typ tipo".split())
_OTHER_CONNECTORS = frozenset("lightning micro microusb usba".split())


def _connector_letter(w: str, p, other) -> bool:
    if w != "c" or not _OTHER_CONNECTORS.isdisjoint(other.wordset):
        return False
    ws = p.words
    return any(x == w and i and ws[i - 1] in _CONNECTOR_BEFORE for i, x in enumerate(ws))


def _generation_mark(w: str, p, other) -> bool:
    """"Mark" / "Mk" before a numeral (roman or digits) the other title prints."""
    if w not in _GEN_MARKS:
        return False
    ws = p.words
    return any(x == w and i + 1 < len(ws) and (ws[i + 1] in T.ROMAN_NUM or ws[i + 1].isdigit())
               and ws[i + 1] in other.wordset for i, x in enumerate(ws))



# --- session 10, multilingual block: vocabulary of its own (kept apart for the merge) ---
# Kinds of products as shops name them in EN DE FR ES IT CS PL NL (a kind named in the
# shop's language is the kind the other names in English; only new words: a word already
# of a kind keeps it). Not "driver" alone (a golf club, software), not "pan" alone
# (Spanish bread), not "espresso" (a coffee's blend), not "jug" (a milk jug).
CATEGORY.update({w: c for c, ws in {
    "drill": "drill drills bohrschrauber akkubohrschrauber schlagbohrschrauber bohrmaschine "
             "schlagbohrmaschine akkuschrauber perceuse visseuse taladro atornillador trapano avvitatore "
             "vrtacka sroubovak wiertarka wkretarka wiertarkowkretarka boormachine schroefboormachine",
    "frying pan": "pfanne bratpfanne poele sarten padella panev patelnia koekenpan skillet",
    "shoes": "shoes shoe sneakers sneaker trainers zapatillas zapatos chaussures baskets schuhe turnschuhe "
             "scarpe boty buty schoenen",
    "vacuum": "aspiradora akkustaubsauger handstaubsauger saugroboter stielstaubsauger vysavac odkurzacz",
    "coffee": "kavovar ekspres caffettiera koffiezetapparaat espressomachine koffiemachine kaffeevollautomat",
    "phone": "smartfon telefoon mobiltelefon",
    "iron": "bugeleisen dampfbugeleisen zehlicka zelazko strijkijzer",
    "stand mixer": "kuchenmaschine impastatrice keukenmachine",
    "blades": "blades rasierklingen klingen lames cuchillas lamette ostrza wklady ziletky scheermesjes",
    "shampoo": "szampon sampon",
    "speaker": "glosnik luidspreker",
    "tv": "telewizor televisie",
    "tracker": "opaska",
    "water filter": "wasserfilter waterfilter",
    "flash drive": "pendrive pendrives chiavetta flashdisk usbstick",
    "cleaner": "multiusos multiuso allzweckreiniger allesreiniger",
}.items() for w in ws.split() if w not in CATEGORY})
_S10_ML_PHRASES = {
    "drill": ("drill driver", "perceuse visseuse", "taladro atornillador", "trapano avvitatore"),
    "frying pan": ("frying pan", "fry pan"),
    "coffee": ("coffee machine", "espresso machine", "macchina da caffe", "ekspres do kawy",
               "machine a cafe", "maquina de cafe"),
    "iron": ("steam iron", "fer a repasser", "ferro da stiro", "plancha de vapor"),
    "stand mixer": ("stand mixer", "robot patissier", "robot de cocina", "robot kuchenny", "kuchynsky robot"),
    "blades": ("razor blades", "ersatzklingen",),
    "tv": ("smart tv",),
    "water filter": ("water filter", "filter jug", "carafe filtrante", "jarra filtrante", "caraffa filtrante"),
    "detergent": ("washing liquid", "washing powder", "washing capsules", "washing gel", "washing pods",
                  "plyn do prania", "proszek do prania", "kapsulki do prania", "gel na prani", "prasek na prani"),
    "dishwasher": ("afwasmiddel",),
    "vacuum": ("robot vacuum", "robot aspirador", "aspirateur robot", "robotic vacuum"),
    "phone": ("telefono movil", "telephone portable", "telefono cellulare"),
    "flash drive": ("flash drive", "usb stick", "usb flash drive", "cle usb", "memoria usb", "usb drive"),
    "cleaner": ("multi usages", "multi usos", "multi uso", "multi surface cleaner"),
}
# (a one-word "phrase" is a kind word)
for _k, _phs in _S10_ML_PHRASES.items():
    for _ph in _phs:
        if " " not in _ph:
            CATEGORY.setdefault(_ph, _k)
_add_kind_phrases({_k: tuple(_ph for _ph in _phs if " " in _ph) for _k, _phs in _S10_ML_PHRASES.items()})
# one word in several languages: the names of a licence's or a plan's edition
# ("Casa e Studenti" = "Home & Student": a substitution of two translations is none;
# "Casa e Lavoro" is still "Home & Business"), a charging case, "wireless"
SYNONYM.update({w: c for c, ws in {
    "home": "home casa maison hogar domov dom thuis",
    "student": "student students studenti studente etudiant etudiants estudiantes estudiante studenten",
    "business": "business lavoro entreprise empresa negocios firma bedrijf",
    "family": "family famille familia famiglia rodina rodzina gezin",
    "case": "estuche hoesje pokrowiec",
    "charger": "charger ladegerat chargeur cargador caricabatterie nabijecka ladowarka oplader",
    # ("Wi-Fi" is read as two words: either names the "WLAN" the other prints)
    "wifi": "wi fi",
}.items() for w in ws.split() if w not in SYNONYM})
for _w in ("kabellose kabellosen kabelloser draadloos draadloze bezprzewodowe bezprzewodowa bezprzewodowy "
           "bezprzewodowych bezdratova bezdratove bezdratovy inalambrica inalambricos inalambricas").split():
    SPEC["connection"].setdefault(_w, "wireless")
    _SPEC_OF.setdefault(_w, ("connection", "wireless"))
for _w in ("bedrade", "przewodowe", "przewodowa", "kabelova", "cableado", "cablato",
           "filaire", "filaires", "przewodowy", "bedraad"):  # (fxwe38: French "filaire", Polish, Dutch)
    SPEC["connection"].setdefault(_w, "wired")
    _SPEC_OF.setdefault(_w, ("connection", "wired"))
for _w in ("plyn", "vloeistof", "tekuty"):
    SPEC["form"].setdefault(_w, "liquid")
    _SPEC_OF.setdefault(_w, ("form", "liquid"))

# --- session 11, accessory block: vocabulary of its own (kept apart for the merge) ---
# (read by ``accessory``) Accessories, parts, refills and bundles sold for a device, by
# class (a translation is the same class: "Hülle" = "Case", "Akku" = "Battery"), as shops
# write them in EN DE FR ES IT NL PL (ascii-folded, as ``titles.words`` gives them). A class
# is what a title's name may end on (or, in the Romance languages, start with) when the
# offer is that part rather than the device ("PlayStation 5 *Controller*", "*Coque* iPhone 14").
ACCESSORY = _classes({
    "case": "case cases cover covers sleeve pouch bag bags folio hulle huelle schutzhulle tasche etui coque housse "
            "funda fundas custodia estuche hoesje pokrowiec pouzdro",
    "protector": "protector protectors panzerglas schutzfolie schutzglas displayschutz displayschutzfolie "
                 "pellicola protettiva protection",
    "charger": "charger chargers ladegerat ladegeraet chargeur cargador caricabatterie nabijecka ladowarka "
               "oplader adapter netzteil adaptateur adaptador alimentatore "
               "adaptor adaptors",  # (session 20, en20a: the British spelling)
    "cable": "cable cables kabel ladekabel cavo cordon",
    "battery": "battery batteries akku batterie batterien batteria bateria",
    "grip": "grip",
    "band": "band bands strap straps armband bracelet correa cinturino "
            "loop loops",  # (session 30, accw30: a watch band named "Sport Loop", "Solo Loop", "Milanese Loop")
    "mount": "mount mounting halterung wandhalterung soporte supporto stand holder",
    "dock": "dock docking dockingstation",
    "ink": "ink inks tinte encre tinta inchiostro toner cartridge cartridges patrone druckerpatrone "
           "tintenpatrone tintenflaschen cartouche cartucho cartuccia",
    "blades": "blade blades klingen rasierklingen ersatzklingen lames cuchillas lamette",
    "head": "heads brushheads scherkopf aufsteckburste aufsteckbursten brossettes cabezales testine",
    "filter": "filter filters filtre filtro filtri filterkartuschen",
    "tips": "tips eartips embouts",
    "cushions": "earpads cushions earcups ohrpolster coussinets almohadillas",
    "pods": "pods capsules kapseln capsule capsulas cialde",
    # (not "Accessories" / "Zubehör": a shop's shelf, "Computers Accessories", printed after any title)
    "attachment": "attachment attachments aufsatz accessory accessoire accesorio accessorio",
    "controller": "controller controllers gamepad manette mando",
    "remote": "remote fernbedienung telecommande",
    "lens": "lens objektiv objectif objetivo obiettivo",
    "container": "container",
    "parts": "parts brushes",
    "refill": "refill refills nachfullpack recharges recambios ricariche",
    "keyboard": "keyboard tastatur clavier teclado tastiera",
    "pencil": "pencil stylus",
})
# the accessory words that close a German compound ("Stoffhülle", "Schnellladekabel")
ACCESSORY_COMPOUND = frozenset("hulle huelle tasche kabel ladegerat ladegeraet netzteil halterung klingen "
                               "patrone akku".split())
# Devices an accessory is made for, as a title names them: the kind ("Camera",
# "Konsole", "Drucker") or a device line every shop prints ("PlayStation", "iPhone") -
# a title printing one, and no accessory, is the device itself.
DEVICE_KINDS = frozenset("""
console konsole consola konzole
camera kamera camara appareil fotocamera systemkamera camcorder body gehause boitier
phone smartphone handy telefon telefono
earbuds headphones kopfhorer ecouteurs auriculares headset
printer drucker multifunktionsdrucker imprimante impresora stampante
vacuum staubsauger aspirateur aspiradora aspirapolvere
laptop notebook tablet watch smartwatch soundbar speaker lautsprecher enceinte altavoz
drone doorbell toothbrush zahnburste shaver rasierer razor
maker kaffeemaschine cafetiere cafetera blender mixer cooker
drill bohrschrauber schlagbohrschrauber akkuschrauber tv fernseher television
projector beamer monitor router modem player tracker purifier luftreiniger humidifier
fryer airfryer heissluftfritteuse kettle wasserkocher toaster microwave machine grinder
bike ebike scooter thermostat
""".split())
DEVICE = DEVICE_KINDS | frozenset("""
playstation ps5 ps4 xbox switch mirrorless iphone galaxy pixel airpods buds
officejet pixma ecotank laserjet roomba macbook thinkpad ipad kindle
""".split())
# a case of metal is a watch's body ("45mm Midnight Aluminium Case"), no accessory
METALS = frozenset("metal metall aluminium aluminum alu steel edelstahl acier acero acciaio titanium titan titane titanio "
                   "ceramic keramik".split())
# words that open a phrase of what comes with a product ("with Charging Case",
# "mit Ladecase", "avec", "con", "incl.") or what it is for ("for iPhone 15",
# "für", "pour", "para", "compatible with")
WITH_WORDS = frozenset("with w mit avec con incl inkl includes including included inclus incluye".split())
FOR_WORDS = frozenset("for fur pour para per voor dla compatible kompatibel compatibile fits".split())

# --- session 11, recall block: vocabulary of its own (kept apart for the merge) ---
# words that open a phrase attached to a product's kind, saying what it comes with or is
# for ("Water Bottle *with* Flex Cap", "Mouthwash *for* Bad Breath"): ``attached_phrase``
_ATTACH = frozenset("with w for featuring includes including".split())
_ATTACH_ROLE = {w: ("for" if w == "for" else "with") for w in _ATTACH}
# the phrases whose words only describe: what the product is for ("Mouthwash for Bad
# Breath"); what it comes with names a model of the line as often ("Magic Keyboard with
# Touch ID and Numeric Keypad", "Tide PODS with Downy", "Water Gel with SPF 25": session 11's
# review), so a "with" phrase one title prints alone stays a disagreement
_ATTACH_EXCUSED = frozenset(("for",))
# words of an attached phrase that name another item in the box or another offer
# ("Camera with Lens", "Drill with Battery and Charger", "Console with Game"): such a
# phrase names a bundle, whichever other words it has
_BUNDLE_ITEMS = frozenset("""
kit bundle combo set pack lens lenses battery batteries charger game games bonus controller
controllers console consoles accessories accessory stand dock subscription membership
protector protectors screen strap straps mount
""".split())
# words that mark a count as the pack's total or another unit's count, restating the count a
# title already gave ("75 Count Each, Pack of 3 (225 Total)", "8 Family Rolls = 20 Regular
# Rolls"): ``restated_count``
_TOTAL_WORDS = frozenset("total totaling insgesamt".split())
_EQUIV_SIZES = frozenset("regular standard normal".split())
# words that only describe a product, by what it is made of, what it is used for and what it
# can do - no maker names a variant by them; ``describing_word`` excuses one only when the
# other offer names nothing else of its class ("Stainless Steel" / "Plastic" stay apart)
_DESCRIBE = {d: frozenset(ws.split()) for d, ws in {
    "material": """stainless steel wooden wood bamboo glass ceramic porcelain stoneware aluminum
        aluminium plastic silicone cotton leather nylon polyester metal acrylic enamel enameled
        enamelled cast granite marble rubber canvas mesh fleece wool microfiber""",
    "use": """camping hiking training exercise fitness workout workouts gym yoga pilates travel
        outdoor indoor kitchen pantry office home household garden outdoors beach pool
        baking cooking storage organization organizer school everyday""",
    "property": """adjustable portable handheld insulated nonstick preseasoned seasoned pre reusable
        stackable leakproof airtight slip skid nonslip shatterproof shatter resistant
        ergonomic lightweight compact collapsible bpa toxic nontoxic
        tempered""",
}.items()}
# (session 30, accw30: "tempered" - "Tempered Glass Screen Protector" / "Screen Protector": how the
# glass is made, every glass protector's, no maker's variant)
_DESCRIBE_OF = {w: d for d, ws in _DESCRIBE.items() for w in ws}
# words of a note on when a generation came out ("5th Gen, 2022 release", "latest generation,
# 2023 release"): ``release_note``
_RELEASE_WORDS = frozenset("release released latest newest".split())
# the city a brand's house name carries ("Maybelline New York", "L'Oréal Paris", "Twinings of
# London"): ``brand_house``
_HOUSE_PLACES = frozenset("paris london york milano milan tokyo seoul stockholm copenhagen berlin".split())
# interfaces a device states with their version ("USB 3.2 Gen 2", "PCIe 4.0", "Wi-Fi 6E",
# "Bluetooth 5.3"): ``interface_version``
_INTERFACES = frozenset("usb pcie pci fi wifi bluetooth bt hdmi displayport thunderbolt sata".split())
# nouns naming what a product is - besides ``CATEGORY`` (whose words are excused when one
# title leaves them out; these are only read as the kind an attached phrase follows): the
# last word of a household, kitchen, beauty, tools, toys, sports or electronics name
_KIND_NOUNS = frozenset("""
bottle flask jug pitcher tumbler mug cup glass jar container canister lid box case bag pouch
backpack duffel tote wallet spread sauce cereal snack bar drink soda juice coffee tea capsules
pods pads pad sponge sponges wipes towel towels tissue tissues roll rolls foil wrap bags liner
filter filters cartridge cartridges refill refills blade blades razor trimmer shaver clipper
brush toothbrush comb dryer straightener curler iron cream lotion serum gel cleanser wash soap
shampoo conditioner mask balm oil spray mist deodorant perfume fragrance cologne foundation
concealer mascara lipstick gloss polish powder palette primer sunscreen moisturizer toner
mouthwash toothpaste floss detergent cleaner freshener candle diffuser vacuum mop broom
mat rug blanket pillow sheet sheets duvet towel curtain lamp bulb fan heater humidifier purifier
cooker fryer mixer blender processor juicer kettle toaster oven microwave grill pan skillet pot
wok knife knives cutlery board scale thermometer timer maker machine grinder brewer dispenser
drill driver saw sander grinder wrench hammer screwdriver pliers tape level ladder trimmer mower
blower washer sprayer hose tool tools toolbox
toy doll figure puzzle blocks bricks crayons markers pens pencils paint clay dough playset
scooter bike bicycle helmet ball basketball football soccerball racket racquet bat glove gloves
shoes sneakers boots socks shirt jacket hoodie pants shorts leggings tent sleeping chair
dumbbell dumbbells kettlebell weights bench treadmill band bands rope
phone smartphone tablet laptop notebook monitor tv television speaker soundbar headphones
earbuds headset microphone camera webcam keyboard mouse router extender charger cable adapter
hub drive ssd card reader watch smartwatch tracker thermostat doorbell remote player stick
console controller printer projector
""".split())

# --- session 11, wdc block: vocabulary of its own (kept apart for the merge) ---
# the memory technology of a graphics card or a module is a spec of one
# dimension (as ``SPEC``): a title that leaves it out ("Zotac GeForce GTX
# 1060 AMP Edition 3GB") is no disagreement with one that prints it ("...
# 3072MB GDDR5 PCI-Express Graphics Card"); another technology is ("GDDR5"
# / "GDDR5X", "GDDR5" / "DDR4", "DDR3" / "DDR4")
SPEC["memory"] = _classes({
    "gddr3": "gddr3", "gddr5": "gddr5", "gddr5x": "gddr5x", "gddr6": "gddr6", "gddr6x": "gddr6x",
    "hbm": "hbm", "hbm2": "hbm2", "ddr2": "ddr2", "ddr3": "ddr3", "ddr3l": "ddr3l", "ddr4": "ddr4",
    "ddr5": "ddr5",
})
for _w, _c in SPEC["memory"].items():
    _SPEC_OF.setdefault(_w, ("memory", _c))
# the chip maker of a graphics card or processor line the other title prints
# ("Gigabyte NVIDIA GeForce GTX 1070" / "Gigabyte GeForce GTX 1070", "AMD Ryzen 5
# 1400" / "Ryzen 5 1400"): the line names its maker
_MAKER_OF = {**_MAKER_OF,
             "nvidia": frozenset("geforce quadro titan".split()),
             "amd": frozenset("radeon ryzen athlon opteron threadripper epyc firepro".split()),
             "intel": frozenset("xeon celeron pentium".split()),
             }
# (session 22, en22) the graphics chip lines among them: every board maker sells a card of the
# chip ("EVGA GeForce 9500 GT" / "PNY GeForce 9500 GT"), so the chip's model number names no one
# maker's product (``relations.shared_codes``)
GRAPHICS_CHIP_LINES = frozenset("geforce quadro radeon firepro".split())
# a memory kit's CAS latency and a card's UHS speed class are specs of one
# dimension too: left out by one title no disagreement ("Corsair Vengeance LPX
# 32GB 2x16GB CL15" / "... 3000MHz Dual Channel Kit"), another value is
SPEC["latency"] = {f"cl{k}": f"cl{k}" for k in range(5, 23)}
SPEC["uhs_speed"] = {"u1": "u1", "u3": "u3"}
for _d in ("latency", "uhs_speed"):
    for _w, _c in SPEC[_d].items():
        _SPEC_OF.setdefault(_w, (_d, _c))

# --- session 12, recall block: vocabulary of its own (kept apart for the merge) ---
# One flavour, ingredient, recipe or claim word in the shops' languages (EN DE FR ES IT CS,
# ascii-folded as ``titles.words`` gives them): a title printing it in its language and the
# other in English name one value ("Poulet" / "Chicken", "Geflügel" / "Poultry", "in Gelee" /
# "in Jelly", "Azúcar" / "Sugar", "Anti-Schuppen" / "Anti-Dandruff"), so neither is a word the
# other lacks nor a substitution of two variants; two values stay two ("Poulet" / "Boeuf",
# "Geflügel" / "Fisch", "Jelly" / "Gravy", "Adult" / "Kitten").  Only words that already name
# one class in English (a food's meat, a pet's life stage, a claim); words that are also
# something else in another language are left out ("sale" - a shop's sale -, "noir" - a colour -,
# "carta" - a card -, "res", "uso").
_S12_TRANSLATIONS = {
    "chicken": "chicken huhn hahnchen huhnchen poulet poule pollo kure kureci",  # ("Bouillon de Poule")
    "beef": "beef rind rindfleisch boeuf manzo hovezi",
    "poultry": "poultry geflugel volaille pollame drubez",
    "fish": "fish fisch poisson pescado pesce ryba rybi",
    "salmon": "salmon lachs saumon salmone losos",
    "tuna": "tuna thunfisch thon atun tonno tunak",
    "lamb": "lamb lamm agneau cordero agnello jehneci",
    "turkey": "turkey truthahn pute dinde pavo tacchino kruti",
    "duck": "duck ente canard pato anatra kachna kachni",
    "rice": "rice reis riz arroz riso ryze",
    "vegetables": "vegetables gemuse legumes verduras verdure zelenina",
    "cheese": "cheese kase fromage queso formaggio syr",
    "tomato": "tomato tomaten tomate pomodoro rajce",
    "sugar": "sugar zucker sucre azucar zucchero cukr",
    "salt": "salt salz sel",
    "jelly": "jelly gelee gelatina zele",
    "cocoa": "cocoa kakao cacao",
    "dark": "dark zartbitter fondente horka",
    "adult": "adult adulte adulto adulti",
    "puppy": "puppy welpe welpen chiot cachorro cucciolo stene",
    "kitten": "kitten katzchen chaton gatito gattino kote",
    "selection": "selection auswahl seleccion selezione",
    "dandruff": "dandruff schuppen pellicules antipelliculaire caspa anticaspa forfora antiforfora",
    "disinfectant": "disinfectant desinfectant desinfektion desinfektionsmittel desinfectante disinfettante "
                    "dezinfekce dezinfekcni",
    "whitening": "whitening blanqueador blanchissant sbiancante",
    "strengthening": "strengthening fortifiant fortificante kraftigend rinforzante",
    "purpose": "purpose usages usos",
    # groceries: what a food is made of or from, how it is kept, how strong it is
    "juice": "juice jus saft zumo succo dzus",
    "virgin": "vierge panensky",
    "sunflower": "sunflower sonnenblumen tournesol girasol girasole slunecnicovy",
    "organic": "organic bio biologique biologico organico",
    "caffeine": "caffeine koffein cafeine cafeina caffeina kofein",
    "mild": "mild doux douce jemna jemny",
    "intense": "intense intens intenso intensa intenzivni",
    "fresh": "fresh frisch frais fraiche fresco fresca",
    "nourishing": "nourishing nahrend nourrissant nutritivo nutriente vyzivujici",
    "original": "original originale",
    "sterilised": "sterilised sterilized sterilisiert sterilise esterilizado sterilizzato",
    "pepper": "pepper pfeffer poivre pimienta pepe",
    "garlic": "garlic knoblauch ail ajo aglio cesnek",
    "onion": "onion zwiebel oignon cebolla cipolla cibule",
    "lentils": "lentils linsen lentilles lentejas lenticchie cocka",
    "pork": "pork schwein porc cerdo maiale veprove",
    "shrimp": "shrimp garnelen crevettes gambas gamberi krevety",
    "eggs": "eggs eier oeufs huevos uova vejce",
    "apricot": "apricot aprikose abricot albaricoque albicocca merunka",
    # the layers of a paper product after their number ("3-lagig" = "3 Ply" = "3 plis")
    "ply": "ply lagig plis capas veli vrstvy",
    "alpine": "alpine alpen alpin",
    # (a finish's material as a Czech or Polish adjective: "titanově černá" = "Titanium Black";
    # a word, not a colour - the colour facet compares the colours beside it)
    "titanium": "titanove titanova titanovy titanowy titanowa titanowe",
    # (German "Öl" as a compound ends on it: "Sonnenblumenöl", ``compound_in``)
    "oil": "ol",
}
for _c, _ws in _S12_TRANSLATIONS.items():
    for _w in _ws.split():
        SYNONYM.setdefault(_w, _c)
# kinds of household goods and groceries named in other words or languages (a shower gel
# is the body wash and the "gel douche"; a room spray an air freshener; crisps the chips)
CATEGORY.update({w: c for c, ws in {
    "shower gel": "duschgel bagnodoccia",
    "air freshener": "raumspray",
    "crisps": "crisps chips kartoffelchips chipsy",
    # (plurals of the kinds above: "Comida para perros", "Cibo per gatti", "Krmivo pro psy")
    "dog food": "perros cani psy chiens",
    "cat food": "gatos gatti kocky chats",
    # (the Czech adjective: "mléčná čokoláda" is milk chocolate)
    "milk": "mlecna mlecny mlecne",
}.items() for w in ws.split() if w not in CATEGORY})
# paper goods come in white unless a title says otherwise: their "White" is a finish a shop
# may leave unsaid, as a device's (``closing_colour``; the other title must print no word in
# its place: "Prints", "Decorated" stay apart)
_FINISH_KINDS = _FINISH_KINDS | frozenset("""
towels towel paper tissues tissue napkins napkin servietten serviettes servilletas tovaglioli
kuchenrolle toilettenpapier
""".split())
# the container a product is sold in, in more words and languages (as ``SPEC["package"]``: one
# title naming it and the other none is no disagreement, two containers are two products):
# a "canette" is a can, tea "sachets" are its bags, an "Aerosol" the spray's can
for _c, _ws in {"tin": "canette canettes lattina lattine", "bag": "bags sachets bustine bolsitas teebeutel",
                "bottle": "bottles flaschen bouteilles botellas bottiglie", "aerosol": "aerosol aerosols"}.items():
    for _w in _ws.split():
        SPEC["package"].setdefault(_w, _c)
        _SPEC_OF.setdefault(_w, ("package", _c))
# a number sign as a title cleaned of its "°" prints it ("n°5" -> "n 5" = "No. 5"): ``shop_form``
_NUMBER_SIGNS = _NUMBER_SIGNS | frozenset(("n",))
_add_kind_phrases({
    "shower gel": ("shower gel", "body wash", "gel douche", "douche gel", "gel de ducha", "gel doccia",
                   "sprchovy gel"),
    "air freshener": ("room spray", "air freshener spray"),
    "soda": ("soda pop", "soft drink", "soft drinks"),
})

# words that name no product whichever title prints them: its kind and a shop's filler (a
# title evidence needs a shared word besides these; built last, from the final tables)
GENERIC = frozenset(CATEGORY) | FILLER
# words that name no product in a short title (``segments``): function words and filler; and
# the words naming a kind, which end no name (from the final tables too: bound before the last
# vocabulary blocks, they missed those blocks' kinds and filler)
_NAME_SKIP = FUNCTION | FILLER
_KINDS = frozenset(CATEGORY)


# session 11, recall
def attached_phrase(w: str, p, other) -> bool:
    """Is ``w`` (an identifying word of p's title the other offer never prints)
    a word of a phrase attached to the product's kind - after "for" (not "with":
    ``_ATTACH_EXCUSED``) that follows, within three words, a kind word (``CATEGORY``,
    ``_KIND_NOUNS``) both titles print, or p only, the other naming no kind ("Hydro Flask Standard Mouth Water
    *Bottle* with Flex Cap", "Listerine Cool Mint Antiseptic *Mouthwash* for Bad
    Breath", "Aveeno Daily Moisturizing Body *Lotion* with Soothing Oat")?  A
    title names its product up to its kind; what the kind comes with or is for
    describes it, and a shop that leaves it out says nothing against it.  Not a
    variant, tier, edition or colour word, nor in a phrase with a number the
    other never prints or naming a bundled item (``_BUNDLE_ITEMS``: "Camera with
    18-55mm Lens", "Drill with Battery"), nor when both titles attach a phrase
    of that role, nor after "without".  Words before the kind ("*Kids*
    Scooter") stay the name's."""
    if not w.isalpha() or w in VARIANT or w in T.VARIANTS or w in T.COLOURS or w in _EDITION_WORDS \
            or w in _ATTACH or w in _BUNDLE_ITEMS or _own_code_only(p, other):
        return False
    found = False
    for i, x in enumerate(p.words):
        if x != w:
            continue
        if not _in_attached_phrase(i, p, other):
            return False
        found = True
    return found


def _in_attached_phrase(i: int, p, other) -> bool:
    """Does p's word number ``i`` stand in a phrase attached to a kind both
    titles print (``attached_phrase``'s conditions on the phrase)?"""
    ws, segs = p.words, p.segs
    of = other.fullvec
    j = i - 1
    # (back to the opening word, inside one part of the title)
    while j > 0 and ws[j] not in _ATTACH and (segs is None or segs[j] == segs[i]):
        j -= 1
    if j <= 0 or ws[j] not in _ATTACH or (segs is not None and segs[j] != segs[i]):
        return False
    featured = False
    if ws[j] not in _ATTACH_EXCUSED:
        if not _us38.with_in_feature_part(j, p, other):
            return False
        featured = True  # (session 38, us38: a "with" phrase of a feature-list part)
    if any(_ATTACH_ROLE[v] == _ATTACH_ROLE[ws[j]] for v in other.words if v in _ATTACH_ROLE):
        # (both titles attach a phrase of this role, and they differ: "Case w/ 2 Screen
        # Protector" / "Case Cover with Landscape View", "Case for MacBook Air" / "Case for
        # Apple MacBook Air" - the device an accessory is for is compared as such)
        return False
    kinds = [ws[k] for k in range(max(0, j - 3), j) if ws[k] in CATEGORY or ws[k] in _KIND_NOUNS]
    if not kinds:
        return False
    if not any(k in of or _plural_in(k, of) for k in kinds) and any(
            v in CATEGORY or v in _KIND_NOUNS for v in other.words):
        # (the kind both print; or the other names no kind at all: "Logitech MX Master 3S -
        # Graphite"; not another kind)
        return False
    end = i + 1
    while end < len(ws) and (segs is None or segs[end] == segs[i]) and ws[end] not in _ATTACH:
        end += 1
    phrase = ws[j + 1:end]
    if featured and any(v in T.COLOURS or v in VARIANT or v in _EDITION_WORDS for v in phrase):
        return False  # (a colour or a variant there names the product's: "Aluminum Case with Midnight Sport Band")
    return not any(v in _BUNDLE_ITEMS or (any(ch.isdigit() for ch in v) and v not in of) for v in phrase)


def _opener(i: int, p) -> str:
    """The word opening the attached phrase p's word number ``i`` stands in (or "")."""
    ws = p.words
    for j in range(i - 1, 0, -1):
        if ws[j] in _ATTACH:
            return ws[j]
    return ""


def variants_in_attached_phrase(a, b) -> bool:
    """Do the variant words of two titles differ only by words the one prints in
    a "with" phrase attached to its kind, each right before a plain word it qualifies
    ("Wireless Performance *Mouse with Ultra-fast Scrolling*, Ergo, 8K DPI" /
    "MX Master 3S - Graphite": a feature's tier, not the product's variant)?"""
    for x, y in ((a, b), (b, a)):
        extra = x.variants - y.variants
        if not extra:
            continue
        if _own_code_only(x, y):
            return False
        ws = x.words
        n = len(ws)
        seen = False
        for i, w in enumerate(ws):
            if w not in extra and canon(w) not in extra:
                continue
            if not (i + 1 < n and ws[i + 1].isalpha() and ws[i + 1] not in T.VARIANTS
                    and ws[i + 1] not in _ATTACH and (x.segs is None or x.segs[i + 1] == x.segs[i])
                    and _opener(i, x) in ("with", "w", "featuring") and _in_attached_phrase(i, x, y)):
                # (a "for" phrase names what the product is for, its variant words too: "Case
                # for MacBook *Air*")
                return False
            seen = True
        if not seen:
            return False
    return True


def restated_count(w: str, p) -> bool:
    """Is ``w`` a number p's title prints only to restate a count it already gave:
    the pack's total ("Pack of 3 (225 Total)", "12 Flip-Top Packs (672 Wipes
    Total)") or the count in a regular unit ("8 Family Rolls = 20 Regular Rolls",
    "6 Double Rolls = 12 Regular Rolls")?  Arithmetic of the counts the title gives
    (the pack and the size compare those), no other product; p's title must give
    another number before it."""
    if not w.isdigit():
        return False
    ws = p.words
    found = False
    for i, x in enumerate(ws):
        if x != w:
            continue
        if not any(v.isdigit() or (v[0].isdigit() and T.is_unit_token(v)) for v in ws[:i]):
            return False
        after = ws[i + 1:i + 3]
        if not (any(v in _TOTAL_WORDS for v in after) or (i and ws[i - 1] in _TOTAL_WORDS)
                or (after and after[0] in _EQUIV_SIZES)):
            return False
        found = True
    return found


def describing_word(w: str, p, other) -> bool:
    """Is ``w`` a word that only describes the product (``_DESCRIBE``: its
    material, its use, a property - "Lodge Cast Iron Skillet, *Pre-Seasoned*",
    "Coleman Sundome *Camping* Tent", "Bowflex SelectTech 552 *Adjustable*
    Dumbbells") while every word of its class the other offer prints p prints
    too (the other says nothing else of it: "Stainless Steel" / "Plastic" and
    "Indoor" / "Outdoor" stay a difference)?  Not a variant or colour word."""
    d = _DESCRIBE_OF.get(w)
    if d is None or w in VARIANT or w in T.VARIANTS or _own_code_only(p, other):
        return False
    own = p.wordset
    return all(v in own for v in other.wordset if _DESCRIBE_OF.get(v) == d)


def _own_code_only(p, other) -> bool:
    """Does p print a model number and the other offer none?  Then the other's
    words are all it says - a listing of any member of the family ("LG Stainless
    Steel Electric Range LRE30453SS" / "LG 5.6 cu.ft. Freestanding Electric
    Range"): what p's extra words describe may be what tells the members apart,
    so ``describing_word`` and ``attached_phrase`` excuse none of them (as
    ``closing_colour``)."""
    return bool(p.codes) and not other.codes


_ORDINAL_NUM = re.compile(r"\d{1,2}(st|nd|rd|th)$").match
_YEAR_NUM = re.compile(r"(19|20)\d\d$").match


def release_note(w: str, p, other) -> bool:
    """Is ``w`` a word of a note on when p's generation came out - "release",
    "latest", or the year next to "release" ("Amazon Echo Dot (5th Gen, *2022
    release*)", "Ring Indoor Cam (2nd Gen) | *latest* generation, *2023
    release*") - while p names its generation by an ordinal the other offer
    prints too ("Echo Dot 5th Generation")?  The generation names the product;
    the year it came out restates it (a year the other prints is compared as
    a year)."""
    if w not in _RELEASE_WORDS and not _YEAR_NUM(w):
        return False
    ws = p.words
    of = other.fullvec
    if not any(_ORDINAL_NUM(v) and v in of for v in ws):
        return False
    found = False
    for i, x in enumerate(ws):
        if x != w:
            continue
        if _YEAR_NUM(w) and not (i + 1 < len(ws) and ws[i + 1] in ("release", "released")):
            return False
        found = True
    return found


def brand_house(w: str, p, other) -> bool:
    """Is ``w`` a word of the brand's house name, between the brand both titles
    lead with and the words both name the product by - the city the house
    carries or the name after "by" / "of" ("Maybelline *New York* Lash
    Sensational" / "Maybelline Lash Sensational", "Fenty Beauty *by Rihanna*
    Pro Filt'r", "L'Oréal *Paris* Elvive", "Twinings *of London* English
    Breakfast")?  A shop writing the brand short says nothing against it."""
    ws, ow = p.words, other.words
    if not ws or not ow or ws[0] != ow[0] or w not in ws[1:5]:
        return False
    i = ws.index(w)
    start = i
    if w in _HOUSE_PLACES:
        if w == "york":
            if ws[i - 1] != "new":
                return False
            start = i - 1
    elif ws[i - 1] in ("by", "of"):
        start = i - 1
    elif i >= 2 and ws[i - 2] in ("by", "of"):
        start = i - 2
    else:
        return False
    ows = other.wordset
    # (after the brand's words both print, and before a word of the name both print)
    if start < 1 or any(x not in ows for x in ws[:start]) or any(x in ows for x in ws[start:i + 1]):
        return False
    return i + 1 < len(ws) and ws[i + 1] in ows


def own_replacement_word(w: str, p, other) -> bool:
    """Is ``w`` "replacement" in a title that leads with the word the other's leads
    with, or of the brand the other's is ("Brita Standard *Replacement* Filters for
    Pitchers, 3ct" / "Brita Standard Water Filter, 3 Count")?  The maker's own
    replacement part: what the other names too (a third party's title is compared
    by ``relations.own_replacement`` / the third-party conflict)."""
    if w != "replacement" or not p.words or not other.words:
        return False
    return p.words[0] == other.words[0] or bool(p.brand and p.brand == other.brand)


_VERSION_TOKEN = re.compile(r"\d{1,2}(\.\d{1,2})?[a-z]?$").match


def interface_version(w: str, p, other) -> bool:
    """Is ``w`` the version of an interface p states - or the interface's name
    before one - that the other offer leaves out ("Samsung Portable SSD T7 Shield
    2 TB *USB 3.2 Gen* 2" / "Samsung T7 Shield 2TB Portable SSD", "990 PRO 2TB *PCIe
    4.0* NVMe")?  A spec of the model, not another model: a shop may leave it out;
    another version of the interface the other prints stays a difference."""
    ws = p.words
    n = len(ws)
    of = other.fullvec
    found = False
    for i, x in enumerate(ws):
        if x != w:
            continue
        if w in _INTERFACES:
            k = i  # (the interface's name: a version must follow)
            if not (i + 1 < n and (_VERSION_TOKEN(ws[i + 1]) and not T.is_unit_token(ws[i + 1])
                                   or ws[i + 1] == "gen")):
                return False  # (session 31, dev31: no unit - "Velis Evo Wifi 80 l" holds 80 litres, no Wi-Fi 80)
        else:
            if not (_VERSION_TOKEN(w) or w == "gen"):
                return False
            k = next((j for j in range(i - 1, max(-1, i - 3), -1) if ws[j] in _INTERFACES), -1)
            if k < 0:
                return False
        name = ws[k]
        if name in of:
            # (the other names the interface: only with no version of its own)
            oi = [j for j, v in enumerate(other.words) if v == name]
            if any(j + 1 < len(other.words) and _VERSION_TOKEN(other.words[j + 1]) for j in oi):
                return False
        found = True
    return found


# --- session 12, precision block: vocabulary of its own (kept apart for the merge) ---
# words before a garment's or shoe's kind that say how it is made - lined, insulated,
# padded, quilted ... -: another variant of the line ("Crocs Classic *Lined* Clog" is
# not the "Classic Clog", a "Fleece Jacket" no "Rain Jacket"), not a shop's description
_DEVICE_MOD_STOP = _DEVICE_MOD_STOP | frozenset("""
lined fleece insulated padded quilted puffer down sherpa thermal waterproof
leather suede canvas knit wool mesh
""".split())


# session 12, precision
def _name_word_shared(p, other) -> bool:
    """Do two titles share a word naming the product besides its brand (the first
    word, or the brand field), the kind word the modifier stands before
    (``_FINISH_KINDS``; another kind word names the product: "Heinz *Ketchup* 2 lb
    Squeeze Bottle") and the colours - "DeathAdder", "V3" of "Razer DeathAdder V3 Pro Wireless Esports Mouse" /
    "... Gaming Mouse"?  Only then is a word before the kind one title's description
    (``_device_modifier``); "JanSport SuperBreak One Backpack" / "JanSport Right Pack
    Backpack" share no such word: two backpacks named by their words."""
    ows = other.wordset
    ws = p.words
    first = ws[0] if ws else None
    brand = p.brand
    for w in p.idwords:
        if (w in ows and w != first and w != brand and w not in _FINISH_KINDS
                and w not in T.COLOURS and w not in FILLER):
            return True
    # (or a number naming the model or its generation: "Ember Mug 2" / "Ember Temperature
    # Control Smart Mug 2")
    return bool(p.plainnums) and not p.plainnums.isdisjoint(ows)


# --- session 12, accessory block: vocabulary of its own (kept apart for the merge) ---
# (read by ``accessory``) "ear pads", "mop pads" written as two words: a pad is a part
ACCESSORY = {**ACCESSORY, "pads": "cushions", "ohrpolstern": "cushions",
             "cuscinetti": "cushions", "oorkussens": "cushions"}
# words saying a part replaces the one a device came with ("Replacement Ear Pads for
# WH-1000XM4", "Ersatz-Akku", "filtre de rechange", "cabezales de repuesto", "ricambio"):
# the model a replacement part names is the device's, never the part's own
REPLACEMENT = frozenset("""
replacement replacements replace ersatz ersatzteil ersatzteile rechange remplacement repuesto
recambio ricambio ricambi sostituzione vervangende vervanging zamienny zamienne wymienny nahradni
""".split())
# accessory classes a device is sold with as a bundle ("Controller + USB-C Cable", "Console
# + Extra Controller"); not the consumables a starter device comes with ("Razor + 2
# Cartridges", "Jug + 1 Filter": what a shop prints or leaves out of the same box)
BUNDLED_CLASSES = frozenset("""
case protector charger cable battery band mount dock controller remote lens keyboard
attachment grip container
""".split())
# (not a stylus: a folio case's listing names the pen it holds - "Portfolio Leather Case
# Stylus for Eee Pad" is the case)
# a title naming a set of kinds sold as one ("MX Keys S *Combo*": keyboard and mouse)
COMBO = frozenset("combo combos kombo combinado".split())
# words joining two devices in a "for" phrase ("for iPhone 15 Pro *and* 15 Pro Max")
JOIN_WORDS = frozenset("and und et y e en i a".split())
# a camera sold without its lens ("Body", "Body Only", "Gehäuse", "boîtier nu", "cuerpo")
BODY_WORDS = frozenset("body gehause gehaeuse boitier cuerpo corpo telo".split())
# words closing "<N> <device>" as a set of N devices ("3 Camera Kit", "2 Speaker Set")
SET_WORDS = frozenset("kit system set bundle pack".split())

# session 12, recall
def kind_written_otherwise(w: str, p, other) -> bool:
    """Is ``w`` (a word of p's title in a substitution) a word of a kind phrase
    naming a kind the other title names too, in its own words ("Toilet *Paper*" /
    "Toilet *Tissue*", "Dishwashing *Liquid*" / "Dish *Soap*")?  Then the two
    words at one place are one kind written twice, no two variants - as a kind
    one title names in other words is no word it lacks (``shop_wording``)."""
    k = _phrase_kinds(p).get(w)
    return k is not None and k in _kinds_named(other)


def substituted_otherwise(w: str, p, other) -> bool:
    """Is ``w`` (a word of p's title in a substitution, ``variant_differs``) the other
    title's word at that place written otherwise: a word of a kind the other names in
    its own words (``kind_written_otherwise``), or a number sign before a number the
    other prints ("n°5" / "No. 5": ``shop_form``)?"""
    return (kind_written_otherwise(w, p, other) or (w in _NUMBER_SIGNS and shop_form(w, p, other) == 2)
            or compound_in(w, p, other) or compound_part_in(w, p, other))


from .synonyms import _GROUP_OF as _TRANSLATION_GROUP  # noqa: E402  (the words ``translated_in`` reads)

# the linking letters between the parts of a German or Dutch compound ("Orangensaft",
# "Geburtstagskuchen", "Sonnenblumenöl")
_LINKS = ("en", "er", "s", "n", "e")


def _part_named(x: str, other) -> bool:
    """Does the other offer name ``x`` (a part of a compound): the word, its plural
    or singular, a synonym or translation of it (``SYNONYM``, ``translated_in``), a spec
    of its class, a word of its kind?"""
    of = other.fullvec
    if x in of or _plural_in(x, of) or translated_in(x, other.wordset):
        return True
    c = SYNONYM.get(x)
    if c is not None and any(SYNONYM.get(v) == c for v in other.wordset):
        return True
    s = _SPEC_OF.get(x)
    if s is not None and any(_SPEC_OF.get(v) == s for v in other.wordset):
        return True
    k = CATEGORY.get(x)
    return k is not None and k in _kinds_named(other)


def _compound_splits(w: str):
    """The (left, right) parts of a compound word, with and without a linking letter
    after the left part: parts of >= 3 letters, or a 2-letter right part of the synonym
    table ("öl")."""
    n = len(w)
    if n < 7 or not w.isalpha():
        return
    for i in range(2, n - 1):
        left, right = w[:i], w[i:]
        if len(right) < 3 and right not in SYNONYM:
            continue
        if len(left) >= 3:
            yield left, right
        for e in _LINKS:
            if left.endswith(e) and len(left) - len(e) >= 3:
                yield left[:-len(e)], right


def _same_word(x: str, w: str) -> bool:
    """One word, or one written otherwise: a plural, a synonym or translation."""
    if x == w or _plural_in(x, (w,)):
        return True
    c = SYNONYM.get(x)
    if c is not None and SYNONYM.get(w) == c:
        return True
    return translated_in(x, (w,))


def compound_part_in(w: str, p, other) -> bool:
    """Is ``w`` (a word of p's title the other never prints) a part of a compound the
    other title prints whose parts p's title both names ("Orange" of "Orange Juice" /
    "Orangensaft": ``compound_in`` read the other way)?"""
    if not w.isalpha() or len(w) < 2:
        return False
    # (a word of no synonym or translation class is a part only as itself or its plural:
    # the compound holds its first letters - one C-level substring test per word)
    head = None if w in SYNONYM or w in _TRANSLATION_GROUP else w[:3]
    for v in _long_words(other):
        if head is not None and head not in v or v in p.fullvec:
            continue
        for left, right in _compound_splits(v):
            if (_same_word(left, w) or _same_word(right, w)) and _part_named(left, p) and _part_named(right, p):
                return True
    return False


def compound_in(w: str, p, other) -> bool:
    """Is ``w`` (an identifying word of p's title the other offer never prints) a
    compound of two words the other offer names, each as itself or in its own
    language ("Sonnenblumenöl" / "Sunflower Oil", "Instantkaffee" / "Instant Coffee",
    "Aprilfrisch" / "April Fresh", "Orangensaft" / "Orange Juice"), a linking letter
    between them allowed?  German, Dutch and Czech shops glue what an English title
    writes as two words; a compound with a part the other never names ("Rasiergel" /
    "Rasierschaum", "Kaffeebohnen" / "Kaffee gemahlen") stays a word the other lacks.
    Parts of >= 3 letters, or a 2-letter word of the synonym table ("öl")."""
    # (``_part_named``'s tables read once per word, ``_split_forms``: the other's words and
    # their plurals only for a part of none - session 14, speed)
    of = other.fullvec
    for left, right, ltab, rtab in _split_forms(w):
        if (right in of or _plural_in(right, of) or rtab and _part_named(right, other)) and (
                left in of or _plural_in(left, of) or ltab and _part_named(left, other)):
            return True
    return False


def modifier_before_kind_phrase(w: str, p) -> bool:
    """A kind's modifier (``_KIND_MODIFIERS``: "Automatic") right before a kind phrase
    ("Automatic *Washing Powder*", "Automatique *Lessive Liquide*"), as ``shop_wording``
    excuses it before a kind word."""
    if w not in _KIND_MODIFIERS:
        return False
    ws, kinds = p.words, _phrase_kinds(p)
    return any(x == w and i + 1 < len(ws) and ws[i + 1] in kinds for i, x in enumerate(ws))


# --- session 13, ml block: vocabulary of its own (kept apart for the merge) ---
# Written from knowledge of how shops word their titles in FR DE NL IT ES PT CS SK PL HU TR
# (ascii-folded as ``titles.words`` gives them: "mosószer" -> "mososzer", "çilek" -> "cilek",
# Turkish "ı" -> "i"), for classes the English tables already have: a translation is the
# same kind, container, count word, form, material or value; two values stay two.  Only new
# words (a word with a class keeps it).  Left out on purpose, with their other meaning:
# "the" (French tea, the English article), "te" (tea; a pronoun), "pot" (French and Dutch
# jar; a cooking pot), "doboz" (Hungarian box or can), "kutu" (Turkish box or can), "cep"
# (Turkish pocket), "eger" (Hungarian mouse; a town and its wine), "fare" (Turkish mouse;
# Italian "to do"), "sor"/"bor" (Hungarian beer/wine; too short, "row"), "latte" (Italian
# milk; a coffee drink), "massa" (Portuguese pasta; mass), "tableta"/"tablety" (a device in
# Spanish, pills in Czech), "bez" (Turkish cloth; Czech "without"), "mama" (Turkish pet food;
# a mother), "pil" (Turkish battery), "elem" (Hungarian battery; element), "un" (Turkish
# flour; an article), "seker" (Turkish sugar and candy), "ital" (Hungarian drink), "aparat"
# (Polish camera; any apparatus), "ecran" (French screen; a screen protector's word),
# "bulasik" (Turkish dishes: dish soap and dishwasher tabs alike).
def _add_spec(dim: str, classes: dict) -> None:
    """Register ``{class: "word word ..."}`` as spec words of dimension ``dim`` (a word with
    a kind, a synonym or a spec keeps it)."""
    cs = SPEC.setdefault(dim, {})
    for c, ws in classes.items():
        for w in ws.split():
            if w not in CATEGORY and w not in SYNONYM and w not in _SPEC_OF:
                cs.setdefault(w, c)
                _SPEC_OF[w] = (dim, c)


def word_taken(w: str) -> bool:
    """Does some table already hold the word ``w`` (a kind, a value, a spec, a function word, a variant, a
    filler word, a colour)?  A vocabulary block adds free words only: one test for every block's
    ``install`` (session 32: lingua, ml27, grocery31, health32 and sport32 each wrote it as a lambda)."""
    return (w in CATEGORY or w in SYNONYM or w in _SPEC_OF or w in FUNCTION or w in VARIANT
            or w in T.VARIANTS or w in FILLER or w in T.COLOURS)


def _add_free(table: dict, classes: dict) -> None:
    """``table`` (``CATEGORY`` or ``SYNONYM``) gains the free words (``word_taken``) of ``{value: "word
    word ..."}``, each reading as its value."""
    for value, ws in classes.items():
        for w in ws.split():
            if not word_taken(w):
                table[w] = value


def _add_free_spec(name: str, classes: dict) -> None:
    """The spec ``name`` (``SPEC``) gains the free words of ``{class: "word word ..."}``."""
    spec = SPEC.setdefault(name, {})
    for cls, ws in classes.items():
        for w in ws.split():
            if not word_taken(w):
                spec.setdefault(w, cls)
                _SPEC_OF[w] = (name, cls)


def _install_kinds_block(kinds: dict, phrases: dict, synonyms: dict, filler: str) -> None:
    """A vocabulary block of kinds, kind phrases, synonyms and filler words merged (a word a table holds
    keeps its meaning), and the tables derived from them rebuilt (cz31, home32)."""
    global FILLER
    _add_kinds(kinds, phrases)
    _add_synonyms(synonyms)
    FILLER = FILLER | frozenset(x for x in filler.split() if x not in CATEGORY and x not in SYNONYM)
    # (session 36, kb36: GENERIC and _KINDS keep what earlier blocks added to them - they were rebuilt
    # from CATEGORY and FILLER alone, dropping those words)
    _rebuild_derived(GENERIC, _KINDS)


def _rebuild_derived(generic: frozenset, known: frozenset = frozenset()) -> None:
    """After a vocabulary block merged its tables: the derived word classes rebuilt - ``GENERIC`` as
    ``generic`` plus every kind and filler word, ``_KINDS`` as ``known`` plus every kind - and the memos
    that read them cleared (session 33, dev33: five blocks wrote these six lines each)."""
    global GENERIC, _KINDS, _NAME_SKIP, _SHOP_WORDS, _KIND_AFFIXES
    GENERIC = generic | frozenset(CATEGORY) | FILLER
    _KINDS = known | frozenset(CATEGORY)
    _NAME_SKIP = FUNCTION | FILLER
    _SHOP_WORDS = None
    _KIND_AFFIXES = None
    _STEPS_OF.clear()


def _free_words(classes: dict) -> dict:
    """``{value: "word word ..."}`` with only the words no table holds yet (``word_taken``)."""
    return {c: " ".join(w for w in ws.split() if not word_taken(w)) for c, ws in classes.items()}


def install_block(kinds: dict | None = None, phrases: dict | None = None, synonyms: dict | None = None,
                  filler: str = "", function: str = "", specs: dict | None = None) -> None:
    """A vocabulary block's tables merged, free words only (``word_taken``: a word a table holds keeps its
    meaning), in this order: kinds and kind phrases, synonyms, filler words, function words (filler too),
    spec words ``{dimension: {class: "word ..."}}``; then the derived classes rebuilt keeping what earlier
    blocks added to ``GENERIC`` and ``_KINDS`` (``_rebuild_derived``; toys33's lesson).  One call for the
    blocks of sessions 34-35, which each wrote these steps out (duplicates, session 35)."""
    global FILLER, FUNCTION
    generic, known = GENERIC, _KINDS
    _add_kinds(_free_words(kinds or {}), phrases)
    if synonyms:
        _add_synonyms(_free_words(synonyms))
    if filler:
        FILLER = FILLER | frozenset(w for w in filler.split() if not word_taken(w))
    if function:
        fn = frozenset(w for w in function.split() if not word_taken(w))
        FUNCTION = FUNCTION | fn
        FILLER = FILLER | fn
    for dim, classes in (specs or {}).items():
        _add_free_spec(dim, classes)
    _rebuild_derived(generic, known)


def _add_synonyms(classes: dict) -> None:
    """Register ``{class: "word word ..."}`` as one value written several ways (a word with
    a kind, a spec or a synonym keeps it)."""
    for c, ws in classes.items():
        for w in ws.split():
            if w not in CATEGORY and w not in _SPEC_OF and w not in FUNCTION:
                SYNONYM.setdefault(w, c)


CATEGORY.update({w: c for c, ws in {
    "detergent": "mososzer mosopor mosogel deterjan deterjani camasir waspoeder wasmiddelen feinwaschmittel "
                 "waschpulver waschgel pracieho pracie lessives detergentes detersivi",
    "dishwasher": "vaatwastabletten vaatwasmiddel vaatwasser zmywarki zmywarek mosogatogep mosogatogepbe "
                  "umyvacky myckovych lavaloica spulmaschinen",
    "wipes": "doekjes toalhetes torlokendo torlokendok obrusky salviettine feuchttuecher reinigungstucher",
    "diapers": "fraldas fralda pelenka pelenkak plienky plienok pieluchy",
    "speaker": "hangszoro hoparlor altifalante enceintes luidsprekers glosniki reproduktory",
    "console": "konzol konzolu konsola konzola consolas",
    "laptop": "portatile dizustu laptopy notebooky",
    "phone": "telefone celular telefonos telefony smartfony okostelefon mobiltelefon",
    "software": "szoftver oprogramowanie yazilim",
    "camera": "camara fenykepezogep fotoaparatu",
    "headphones": "fejhallgato kulaklik sluchadla hoofdtelefoon auscultadores",
    "processor": "processzor islemci procesory",
    "tv": "televisao televizio televizor televizyon",
    "toothpaste": "fogkrem",
    "shampoo": "xampu champo sampuan sampunu",
    "towels": "keukenrol keukenrollen papirtorlo uterky reczniki recznik havlu toalha toalhas asciugamani "
              "toallas handdoeken handdoek",
    "toilet paper": "igienica toaletny",
    "trash bags": "vuilniszakken vuilniszak smieci odpadky odpadki szemeteszsak spazzatura immondizia lixo",
    "cleaner": "schoonmaakmiddel czyszczacy tisztito temizleyici limpador pulitore reinigingsmiddel",
    "air freshener": "luchtverfrisser odswiezacz legfrissito osviezovac ambientadores",
    "battery": "pilhas pilha bateria baterias batteria batterij batterijen akumulatorki",
    "coffee_beverage": "kahve kave kavy",
    "tea": "cay herbata thee",
    "mouse": "muis mysz rato",
    "keyboard": "toetsenbord klawiatura billentyuzet klavye klavesnica",
    "graphics_card": "videokarta graficzna",
    "vacuum": "porszivo robotporszivo",
    "deodorant": "desodorante dezodorant dezodor deodoran antitranspirant antitranspirante",
    "mouthwash": "mundwasser colutorio collutorio mondwater mondspoeling szajviz",
    "toothbrush": "fogkefe",
    "cereal": "cereales cereali cereais",
    "blender": "liquidificador turmixgep",
    "soap": "zeep szappan sabun sabonete sabao",
    "pens": "pennen dlugopisy dlugopis propisky golyostoll canetas",
    "biscuits": "koekjes ciastka herbatniki keksz biskuvi bolachas biscoitos",
    "printer": "nyomtato yazici impressora tlaciaren",
    "router": "roteador",
    "earbuds": "fulhallgato oortjes",
    "projector": "projetor vetito",
    "microphone": "microfone",
    "beer": "bira cerveja",
    "wine": "sarap vinho",
    "flour": "liszt farinha muka",
    "pasta": "teszta makarna makaron testoviny cestoviny",
    "tissues": "zsebkendo papirzsebkendo mendil lencos",
    "washing machine": "mosogep",
    "hard drive": "merevlemez",
    "food": "racao pienso crocchette croquettes brokjes",
    "dog food": "kutya kutyak kopek caes psow honden",
    "cat food": "macska macskak kedi koty kotow katten",
    "protein": "feherje proteinas",
    "supplement": "suplemento suplementos integratore integratori suplement nahrungserganzungsmittel",
    "sweets": "cukorka gumicukor zelki",
    "milk": "leite tej sut mlieko",
    "drink": "icecek",
    "soda": "refrigerante gazoz udito bibita frisdrank",
    "oats": "owsiane zabpehely yulaf aveia avena havermout ovesne",
    "jam": "lekvar recel marmelada konfitura dzsem",
    "butter": "boter vaj tereyagi manteiga",
    "lotion": "testapolo locao losyon losyonu",
    "tampons": "tampony tamponok",
    "shower gel": "tusfurdo douchegel bagnoschiuma docciaschiuma",
    "crisps": "cips patatine",
    "yogurt": "iogurte",
    "mayonnaise": "majoneza",
    "ketchup": "ketcap",
    "litter": "kattenbakvulling zwirek macskaalom stelivo",
    "softener": "oblito yumusatici amaciador",
    "sunscreen": "naptej zonnecreme",
    "sponge": "szivacs sunger hubka",
    "shaver": "borotva holiaci barbeador",
}.items() for w in ws.split() if w not in CATEGORY})
_add_kind_phrases({
    "camera": ("appareil photo", "aparat fotograficzny", "fotograf makinesi"),
    "toothpaste": ("pasta de dentes", "creme dental", "dis macunu", "zubna pasta", "pasta do zebow"),
    "toothbrush": ("escova de dentes", "dis fircasi", "zubna kefka", "szczoteczka do zebow"),
    "mouthwash": ("bain de bouche", "enjuague bucal", "ustni voda", "plyn do plukania ust", "agiz gargarasi"),
    "washing machine": ("camasir makinesi", "maquina de lavar", "lave linge", "machine a laver"),
    "wipes": ("islak mendil", "vochtige doekjes", "chusteczki nawilzane", "vlhcene ubrousky", "nedves torlokendo"),
    "purifier": ("hava temizleyici",),
    "hard drive": ("harde schijf", "sabit disk"),
    "shower gel": ("dus jeli", "zel pod prysznic", "gel de banho", "gel doccia"),
    "sunscreen": ("opalovaci krem", "krem do opalania", "gunes kremi", "protetor solar", "zonnebrandcreme"),
    "toilet paper": ("papier toilette", "carta igienica", "papel higienico", "wc papir", "tuvalet kagidi",
                     "papier toaletowy", "toaletni papir"),
    "towels": ("essuie tout", "papel de cocina", "carta da cucina", "rolo de cozinha", "kagit havlu",
               "papirove uterky", "reczniki papierowe"),
    "trash bags": ("sacs poubelle", "worki na smieci", "pytle na odpadky", "sacchi spazzatura", "sacos do lixo",
                   "cop torbasi"),
    "dish soap": ("bulasik deterjani", "sapun de vase", "mosogatoszer", "lava loica", "detergente piatti",
                  "pridavek na nadobi", "jar na nadobi"),
    "softener": ("plyn do plukania tkanin", "zmiekczacz do tkanin", "adoucissant textile", "suavizante de ropa",
                 "ammorbidente per bucato"),
    "cat food": ("kedi mamasi", "macskaeledel", "krmivo pro kocky", "karma dla kota", "kattenvoer",
                 "comida para gatos", "cibo per gatti"),
    "dog food": ("kopek mamasi", "kutyaeledel", "krmivo pro psy", "karma dla psa", "hondenvoer",
                 "comida para perros", "cibo per cani"),
})
# counts, pieces and pack words (as ``FILLER``: the count itself is compared by ``facets``):
# "12 adet", "10 db", "6 unidades", "pak van 6", "lot de 6", "confezione da 6", "zestaw 6 szt",
# rolls and sheets ("rulo", "tekercs", "vellen", "listů"), doses, washes and tablets counted
# ("80 mosás", "40 yıkama", "30 dávek", "25 adag")
FILLER = FILLER | frozenset("""
adet darab darabos stuks unidades unidade un uni pezzo pz pzs kusov
verpakkingen pakket pak balenie balen csomag paket paketi embalagem embalagens
rulo rulolar tekercs rolos rolek roliek rol
vellen vel listu listov arkuszy arkusz lap lapos yaprak folhas
dawek dawki davek davok adag adagok doz dosi
mosas mosasra yikama yikamalik prani pranie pran wasbeurten lavagens
""".split())
# the containers of ``SPEC["package"]`` in more languages (one title naming one and the
# other none is no disagreement, two containers are two products)
_add_spec("package", {
    "tin": "blik blikje blikjes puszka puszki plechovky konzerv teneke latas dosen boites",
    "jar": "kavanoz boiao vasetto potje barattoli tarros frascos bocaux sloiki sklenice",
    "bottle": "fles flessen butelka butelki lahve flasa flase palack palackos sise garrafa garrafas flacon "
              "flacone flakon flacons",
    "bag": "zak zakje zakjes torebka torebki saszetka saszetki sacky vrecko zacsko tasak poset saco saquinho "
           "saquetas sacchetto bustina bolsita tute",
    "tube": "tubka tuba tubus tup bisnaga tubetto tuben",
    "aerosol": "spruhdose aerozol",
})
# the forms of ``SPEC["form"]`` (a detergent's, a dishwasher product's, a supplement's)
_add_spec("form", {
    "tablets": "comprimes compresse comprimidos tabletta tablettak tabletek tabletky",
    "capsules": "capsule kapsulki kapsle kapszula kapszulak kapsul kapsula kapsuly",
    "liquid": "liquida folyekony sivi vloeibare tekute",
    "powder": "poeder pudra toz polvere prasok",
})
# one value of a flavour, ingredient, food or claim in more languages (as ``_S12_TRANSLATIONS``:
# a translation is the same value, two values stay two)
_S13_TRANSLATIONS = {
    "chicken": "kip csirke tavuk frango kurczak kuraci kuracie",
    "beef": "rund rundvlees marha dana wolowina hovadzie",
    "poultry": "gevogelte szarnyas drob hydina",
    "fish": "balik peixe",
    "salmon": "zalm lazac somon salmao",
    "tuna": "tonijn atum tunczyk",
    "lamb": "lam barany kuzu borrego jagniecina",
    "turkey": "kalkoen pulyka hindi peru indyk morcak",
    "duck": "eend kacsa ordek kaczka",
    "rice": "rijst rizs pirinc arroz ryz",
    "vegetables": "groenten zoldseg sebze legumes warzywa zelenina",
    "cheese": "kaas sajt peynir queijo",
    "tomato": "tomaat paradicsom domates pomidor paradajka",
    "sugar": "suiker cukor seker acucar",
    "salt": "zout tuz sal",
    "cocoa": "kakaowy",
    "adult": "volwassen felnott yetiskin dorosly dospely",
    "puppy": "kolyok yavru szczeniak",
    "kitten": "kolyokmacska kociak",
    "organic": "biologisch organik ekologiczny ekologiczne organico",
    "natural": "natuurlijk naturalny naturalne prirodni termeszetes dogal",
    "original": "origineel oryginalny oryginalne eredeti orijinal originalni",
    "classic": "klassiek klasszikus klasik klasyczny klasyczne klasicky klasicka classico",
    "fresh": "frissito taze swiezy svezi fresco",  # (not Dutch "vers": French "to")
    "mild": "mild enyhe hafif lagodny",
    "intense": "intens intenziv yogun intensywny",
    "juice": "gyumolcsle suco sok",
    "sunflower": "zonnebloem napraforgo aycicek slonecznik",
    "garlic": "knoflook fokhagyma sarimsak alho czosnek",
    "onion": "hagyma sogan cebola cebula",
    "pepper": "peper bors biber pimenta pieprz",
    "eggs": "eieren tojas yumurta ovos jajka",
    "pork": "varken sertes domuz porco wieprzowina bravcove",
    "shrimp": "garnalen garnela karides camarao krewetki",
    "whitening": "feherito beyazlatici branqueador wybielajaca belici",
    "disinfectant": "desinfecterend fertotlenito dezenfektan desinfetante dezynfekujacy",
    "dandruff": "korpa kepek",
    "olive": "olijf oliva zeytin azeitona oliwa olivovy",
    "oil": "olie olaj yag azeite olej",
    "beans": "bonen szemes cekirdek graos ziarnista ziarno zrnkova",
    "ground": "gemalen orolt ogutulmus moida mielona mleta",
    "cream": "tejszin krema smietana",
    "honey": "honing mez miod",
}
_add_synonyms(_S13_TRANSLATIONS)
# materials a product is made of (``_DESCRIBE["material"]``) in the shops' languages: each a value
# (``MATERIAL_OF``); stainless steel is steel ("Edelstahl" names the steel a "Steel" title does)
_MATERIAL_GROUPS = {
    "stainless": "stainless edelstahl rostfrei inox inoxydable inoxidable inossidabile nerez nierdzewna "
                 "nierdzewnej nierdzewny rvs roestvrij rozsdamentes paslanmaz "
                 "cromargan",  # (session 34, hk34: WMF's name of its 18/10 stainless steel)
    "steel": "steel stahl acier acero acciaio aco ocel stal acel celik staal",
    "aluminium": "aluminium aluminum alu aluminio alluminio hlinik aluminiowy aluminiowa",
    "cast": "cast gusseisen fonte fundido ghisa litina zeliwo zeliwny ontvas ontijzer dokum",
    "glass": "glass verre vidrio vetro vidro sklo szklo szklany uveg cam",
    "ceramic": "ceramic keramik ceramique ceramica keramicky ceramiczny keramia seramik keramiek",
    "wood": "wood wooden holz bois madera legno madeira drevo drewno drewniany fa ahsap hout houten",
    "beech": "beech buche hetre haya faggio faia buk bukowy bukk kayin beuken",
    "bamboo": "bamboo bambus bambou bambu bamboe",
    "cotton": "cotton baumwolle coton algodon cotone algodao bavlna bavlneny bawelna pamut pamuk katoen",
    "linen": "linen leinen lin lino linho len lniany vaszon keten linnen",
    "silicone": "silicone silikon silicona szilikon",
    "plastic": "plastic kunststoff plastique plastico plastik muanyag",
}
MATERIAL_OF = {w: gs[0] for w, gs in groups_of_words(_MATERIAL_GROUPS).items()}  # (the first group)
# (left out: "cam" - Turkish glass; a camera -, "fa" - Hungarian wood -, "lin" - French linen;
# a name -, "len", "aco" - short words of other meanings)
for _w in ("cam", "fa", "lin", "len", "aco"):
    MATERIAL_OF.pop(_w, None)
# (stainless steel is steel: a title's "Steel" is named by the other's "Edelstahl")
_MATERIAL_IMPLIES = {"stainless": frozenset(("stainless", "steel"))}
_DESCRIBE["material"] = _DESCRIBE["material"] | frozenset(
    w for w in MATERIAL_OF if w not in VARIANT and w not in CATEGORY and w not in T.COLOURS)
_DESCRIBE_OF.update({w: "material" for w in _DESCRIBE["material"] if w not in _DESCRIBE_OF})
# the tables built from the final ones (as above): rebuilt with this block's kinds and filler
GENERIC = frozenset(CATEGORY) | FILLER
_NAME_SKIP = FUNCTION | FILLER
_KINDS = frozenset(CATEGORY)


# session 13, ml
def _materials(ws) -> frozenset:
    """The material values a title's words name ("Edelstahl" -> stainless and steel)."""
    out = set()
    for v in ws:
        c = MATERIAL_OF.get(v)
        if c is not None:
            out.update(_MATERIAL_IMPLIES.get(c, (c,)))
    return frozenset(out)


def material_translated(w: str, p, other) -> bool:
    """Is ``w`` a material word whose material the other title names in its own words
    ("Edelstahl" / "Stainless Steel", "Gusseisen" / "Cast Iron", "Bambus" / "Bamboo")?
    The titles agree on it (a material is a value: "Stainless" / "Plastic" stay two)."""
    c = MATERIAL_OF.get(w)
    if c is None:
        return False
    return _MATERIAL_IMPLIES.get(c, frozenset((c,))) <= _materials(other.wordset)


# --- session 13, ml block (2): principles read from how the new author's shops word one
# product (train13b), kept where they hold on the other dev files ---
# function words of Dutch, Portuguese, Polish and Turkish titles and French "au"/"aux" (as
# ``FUNCTION``: never a variant, never evidence); not "sem", "zonder" ("without": a variant)
FUNCTION = FUNCTION | frozenset("au aux van het een met com dos das dla ve ile icin".split())
# a flavour or taste word before or after the flavour ("o smaku waniliowym", "s příchutí",
# "vanília ízű", "aromalı", "smaak", "gusto"), and the pieces of a set ("2-teilig", "2tlg.",
# "5 dílů", "24 elementy", "6 parça"): filler, as "flavour" and "pieces" are
FILLER = FILLER | frozenset("""
smak smaku smakiem prichut prichuti izu smaak gusto aromali
teilig tlg teile dilu dilne dilny elementy elementow parca
""".split())
# "numéro 5" / "Nummer 5" / "číslo 5" are "No. 5" (``shop_form``)
_NUMBER_SIGNS = _NUMBER_SIGNS | frozenset("numero nummer numer cislo".split())
# whom a cosmetic is for, in more languages (as ``_S13_TRANSLATIONS``: one value each)
_add_synonyms({
    "face": "face visage gesicht rosto viso twarzy twarz arc yuz pletovy",
    "hair": "hair haare cheveux cabello capelli cabelo cabelos wlosy wlosow vlasy",
    "skin": "skin haut peau piel pelle pele skory skora pokozka pokozku cilt",
    "set": "set sada zestaw komplet juego conjunto coffret szett takim",
})
_AUDIENCE = _AUDIENCE | frozenset("pele cabelo cabelos".split())
CATEGORY.update({w: "milk" for w in "mliecna mliecny mliecne".split() if w not in CATEGORY})
# a milk's heat treatment is a spec of one dimension (one title naming it and the other none
# is no disagreement; "UHT" against "pasteurised" is)
_add_spec("milk_treatment", {
    "uht": "uht",
    "pasteurised": "pasteurised pasteurized pasteurise pasteurisee pasteurisiert pastorize pasteurizado "
                   "pastorizzato pasteryzowane pasteryzowany pasterizovane pasterizovany",
})
# container words that name a container only beside the pack's size ("pot 370 g", "8 pots de
# 125 g", "0,5 l doboz", "karton 1L", "brik 1l", "Becher 200g", "1,5 l PET"): elsewhere a
# cooking pot, a box, a plastic ("PET")
_SIZED_PACKAGE = frozenset("pot pots potje doboz dobozos karton kartonik brik brick becher pudelko pet".split())
_SIZE_JOIN = frozenset("de van of da di x".split())
# (the container words that also name a cooking pot: beside a size in litres over 1.5 l that pot)
_COOKWARE_TOO = frozenset("pot pots".split())
GENERIC = frozenset(CATEGORY) | FILLER
_NAME_SKIP = FUNCTION | FILLER


# session 13, ml
_COUNT_SUFFIX = re.compile(r"(\d{1,3})(er|tlg|li|lu)$|x(\d{1,3})$")
_TR_COUNT = frozenset(("li", "lu"))


def count_suffix(w: str, p, other) -> bool:
    """A count written with its language's suffix - German "6er" (Pack), "2tlg." (pieces),
    Turkish "4'lü", "32'li" (the suffix split from its number by the apostrophe, or glued)
    - while the other title prints the same number standing alone ("6 x 50 cl", "2 Stück",
    "32 Rulo"): one count written otherwise.  (A count the other never prints stays a
    difference: "Gofret 36 g 24'lü Paket" is the box of 24.)"""
    m = _COUNT_SUFFIX.match(w)
    if m is not None:
        n = m.group(1) or m.group(3)  # (or the count after its "x": "x26" = "26 doses")
    elif w in _TR_COUNT:
        ws = p.words
        ns = [ws[i - 1] for i, x in enumerate(ws) if x == w and i and ws[i - 1].isdigit()]
        if not ns:
            return False
        n = ns[0]
    else:
        return False
    return re.search(r"(?<![\d.,])" + n + r"(?![\d.,])", other.title) is not None


_TR_SUFFIXES = ("si", "su", "li", "lu", "i", "u")


def turkish_suffix(w: str, p, other) -> bool:
    """A Turkish noun with its compound or "with" suffix ("Çayı" = "Çay", "Kahvesi" = "Kahve",
    "Helvası" = "Helva", "Yağı" = "Yağ" = oil, "Çikolatalı" = chocolate): the word the other
    title prints (itself, its synonym or its translation) - one word written otherwise.
    Not a variant word ("Maxi" is no "Max")."""
    if len(w) < 4 or not w.isalpha() or w in T.VARIANTS or w in VARIANT:
        return False
    ows = other.wordset
    for s in _TR_SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            base = w[:-len(s)]
            if base in T.VARIANTS:
                continue
            if base in ows or translated_in(base, ows):
                return True
            c = SYNONYM.get(base)
            if c is not None and any(SYNONYM.get(v) == c for v in ows):
                return True
            k = CATEGORY.get(base)  # (a kind the other names: "Kahvesi" / "Coffee")
            if k is not None and k in _kinds_named(other):
                return True
    return False


def sized_package(w: str, p, other) -> bool:
    """A container word of ``_SIZED_PACKAGE`` right beside the pack's size ("pot 370 g",
    "8 pots de 125 g", "0,5 l doboz", "1,5 l PET") while the other title names no container:
    the container a grocery is sold in, no other product.  (A size in litres over 1.5 l, a
    cooking pot's, is none for "pot"; in centimetres neither.)"""
    if w not in _SIZED_PACKAGE:
        return False
    if any(v in _SIZED_PACKAGE or _SPEC_OF.get(v, ("",))[0] == "package" for v in other.wordset):
        return False
    ws = p.words
    for i, x in enumerate(ws):
        if x != w:
            continue
        near = []
        j = i + 1
        while j < len(ws) and j <= i + 2 and (ws[j] in _SIZE_JOIN or ws[j].isdigit()):
            j += 1
        near.extend(ws[i + 1:j + 1])
        near.extend(ws[max(0, i - 2):i])
        for y in near:
            m = re.match(r"(\d+(?:\.\d+)?)(g|gr|gram|kg|ml|cl|dl|l|lt|ltr)$", y)
            if m and (w not in _COOKWARE_TOO or m.group(2) not in ("l", "lt", "ltr") or float(m.group(1)) <= 1.5):
                return True
    return False


def audience_after(w: str, p, other) -> bool:
    """Whom a cosmetic suits, in the Romance order - the skin or hair before its type
    ("piel normal", "cabello normal", "peau sensible", "pelle secca"): a claim, as
    ``household_claim`` reads "Normal Skin"."""
    ws = p.words
    for i, x in enumerate(ws):
        if x != w:
            continue
        if w in _AUDIENCE and i + 1 < len(ws) and ws[i + 1] in _TYPES_AFTER:
            return True
        if w in _TYPES_AFTER and i and ws[i - 1] in _AUDIENCE:
            return True
    return False


# the types of skin or hair that follow it (not "for", "all": "Skin for PlayBook" is a case)
_TYPES_AFTER = _AUDIENCE_TYPES - FOR_WORDS - frozenset("all very".split())


def ml_wording(w: str, p, other) -> int:
    """session 13, ml: ``rewording``'s answer for the words above - 2 a count, a Turkish
    noun or a material written otherwise; 1 a container beside the size, an audience; 0."""
    if material_translated(w, p, other) or count_suffix(w, p, other) or turkish_suffix(w, p, other) \
            or slavic_adjective(w, p, other) or number_sign_glued(w, other):
        return 2
    return int(sized_package(w, p, other) or audience_after(w, p, other))


# --- session 13, ml block (3) ---
# function words of the shops' languages are no identifying words either (``FUNCTION`` is read
# for other purposes; a word a title alone prints is excused as filler): French "au"/"aux"/"vers",
# Dutch "van"/"het"/"een"/"met", Portuguese "com"/"dos"/"das", Polish "dla", Turkish "ve"/"ile"/"için"
FUNCTION = FUNCTION | frozenset(("vers",))
FILLER = FILLER | frozenset("au aux vers van het een met com dos das dla ve ile icin".split())
# one word in several languages (as ``_S13_TRANSLATIONS``): "zonder advertenties" = "without
# ads" (Kindle's two offers), "Kabel" = "cable"
_add_synonyms({
    "without": "without zonder ohne senza",
    "ads": "ads advertenties werbung publicite anuncios pubblicita reklam reklamy reklama",
    "cable": "cable kabel cavo cabo kabl",
})
_add_spec("chemistry", {"rechargeable": "akumulator akumulatory akumulatorek akumulatorky"})
_add_kind_phrases({"tea": ("siyah cay", "fekete tea", "czarna herbata", "cerny caj", "cierny caj", "cha preto",
                           "zwarte thee"),
                   "shaver": ("holici strojek", "holiaci strojcek")})
GENERIC = frozenset(CATEGORY) | FILLER
_NAME_SKIP = FUNCTION | FILLER


# session 13, ml
# the endings of Polish, Czech and Slovak adjectives made from a noun ("jabłkowy" from
# "jabłko", "kakaowe" from "kakao", "miętowy" from "mięta", "kakaový"), longest first
_SLAVIC_ADJ = ("owego", "owej", "owym", "owy", "owa", "owe", "oveho", "ovou", "ovy", "ova", "ove")
_GROUP_WORDS: dict = {}
for _w, _c in SYNONYM.items():
    _GROUP_WORDS.setdefault(_c, set()).add(_w)


def _translations(v: str) -> set:
    """A word and the words of its synonym or translation group."""
    out = {v}
    c = SYNONYM.get(v)
    if c is not None:
        out |= _GROUP_WORDS.get(c, set())
    out |= _TRANSLATION_GROUP.get(v, frozenset())
    return out


def slavic_adjective(w: str, p, other) -> bool:
    """A Polish, Czech or Slovak adjective made from a noun ("jabłkowy" sok = apple juice,
    "kakaowe" = cocoa, "miętowy" = mint) when the other title prints that noun or its
    translation ("100% apple juice", "Cocoa Butter", "mięta"): one value written otherwise.
    The noun's stem (>= 4 letters) must start a word of the other title or of its group."""
    if not w.isalpha():
        return False
    for e in _SLAVIC_ADJ:
        if w.endswith(e) and len(w) - len(e) >= 4:
            stem = w[:-len(e)]
            for v in other.wordset:
                if v.isalpha() and len(v) >= 4 and any(x.startswith(stem) and x != w for x in _translations(v)):
                    return True
            return False
    return False


_SIGNED_NUMBER = re.compile(r"(?:n|no|nr|n\.)(\d{1,3})$")


def number_sign_glued(w: str, other) -> bool:
    """A number glued to its sign ("nº34" -> "no34", "n.34", "Nr.5") while the other title
    prints the same number with any sign or none after a sign word: one number written
    otherwise (as ``shop_form`` reads "No. 5" / "n.5")."""
    m = _SIGNED_NUMBER.match(w)
    if m is None:
        return False
    n = m.group(1)
    ows = other.wordset
    return any(x in ows for x in ("n" + n, "no" + n, "nr" + n, "n." + n)) or (
        n in ows and not _NUMBER_SIGNS.isdisjoint(ows))


# --- session 13, ml block (4) ---
# a water's or a drink's carbonation is a spec of one dimension (one title naming it and the
# other none is no disagreement; sparkling against still is): "frizzante" = "mit Kohlensäure" =
# "sparkling", "niegazowana" = "still"
_add_spec("carbonation", {
    "sparkling": "sparkling frizzante gazeuse gazeuses petillante kohlensaure sprudel sprudelnd gazowana "
                 "gazowany perliva perlivy sycena syceny szensavas gazli gasificada bruisend",
    "still": "still stilles niegazowana niegazowany neperliva neperlivy nesycena nesyceny szensavmentes "
             "gazsiz",
})
# (session 22, ml22c: the Slovak participles - "sýtená" carbonated, "nesýtená" not, "jemne sýtená"
# lightly -, the Czech "sycená", Romanian "carbogazoasă" / "necarbogazoasă", Serbo-Croatian and
# Slovene "gazirana" / "negazirana": a still water is no sparkling one)
_add_spec("carbonation", {
    "sparkling": "sytena syteny sytene sycene sycena carbogazoasa carbogazoase carbogazos gazirana gazirano "
                 "gazuota gazeta",
    "still": "nesytena nesyteny nesytene nesycene necarbogazoasa necarbogazos negazirana negazirano "
             "negazuota szensavmentes",
})
# more words of values named above: dark chocolate ("Edelbitter", Polish "gorzka", Dutch
# "puur"), coffee beans in Italian plural ("in grani"), instant coffee (Turkish "çözünebilir",
# Polish "rozpuszczalna", Hungarian "oldódó")
_add_synonyms({"dark": "edelbitter gorzka puur", "beans": "grani"})
_add_spec("coffee_form", {"instant": "cozunebilir rozpuszczalna instantni oldodo"})

# German shops' "Dusche" (Balea Dusche = the shower gel) and the Spanish "gel de baño"
CATEGORY.setdefault("dusche", "shower gel")
_add_kind_phrases({"shower gel": ("gel de bano", "gel de banho")})
GENERIC = frozenset(CATEGORY) | FILLER
_KINDS = frozenset(CATEGORY)
# bottled water in the shops' languages: the kind ``_HOUSEHOLD_PHRASES`` names "mineral water"
# ("Woda źródlana", "Pramenitá voda", "ásványvíz", "maden suyu"); a title naming it and the other
# none is no disagreement
CATEGORY.update({w: "mineral water" for w in "voda woda acqua agua wasser asvanyviz".split() if w not in CATEGORY})
_add_kind_phrases({"mineral water": ("woda zrodlana", "woda mineralna", "pramenita voda", "mineralni voda",
                                     "mineralna voda", "maden suyu", "mineraalwater", "bronwater")})
GENERIC = frozenset(CATEGORY) | FILLER
_KINDS = frozenset(CATEGORY)

# --- session 13, home block: vocabulary of its own (kept apart for the merge) ---
# Kinds of home, kitchen, bed & bath and DIY goods as shops name them (EN DE FR ES IT CS PL NL;
# only words of no kind above).  A kind's other name is the same kind: a "Cocotte" or "Bräter"
# is the Dutch oven, a "Kochmesser" the chef's (cook's) knife, a "Schlagschrauber" the impact
# driver, a "Bettgestell" the bed frame.  Kinds that differ stay apart: a saucepan is no sauté
# pan nor stockpot, an impact driver no drill driver, a fitted sheet no sheet set, a duvet
# cover no comforter (the comforter's other name is the "duvet insert", the cover's none).
# Left out: words that are another thing in another language or trade ("tondeuse" - a hair
# trimmer -, "jigsaw" - a puzzle -, "marmite" - a spread -, "tenda" - a tent -, "casserole" -
# a baking dish in English, a saucepan in French -, "vaso" - a drinking glass).
CATEGORY.update({w: c for c, ws in {
    "dutch oven": "cocotte cocottes brater schmortopf",
    "chef knife": "kochmesser chefmesser",
    "saucepan": "saucepan saucepans stieltopf kasserolle cazo",
    "saute pan": "schmorpfanne sautepfanne sauteuse",
    "stockpot": "stockpot stockpots suppentopf",
    "wok": "wok woks",
    "cutting board": "schneidebrett tagliere",
    "mattress": "mattress mattresses matratze matelas colchon materasso matrace materac matras",
    "comforter": "comforter comforters bettdecke steppdecke couette edredon piumone",
    "fitted sheet": "spannbettlaken spannlaken",
    "bed frame": "bettgestell bettrahmen",
    "blanket": "blanket blankets couverture",
    "rug": "rug rugs teppich tapis alfombra tappeto koberec dywan",
    "curtain": "curtain curtains vorhang vorhange gardine gardinen rideau rideaux",
    "towels": "toalla toallas asciugamano asciugamani rucnik",
    # (a bath towel is no hand towel: sizes apart, shops name each; the German "Handtuch" is the
    # hand towel, "Duschtuch" / "Badetuch" the bath towel)
    "hand towel": "handtuch handtucher",
    "bath towel": "duschtuch duschtucher badetuch badetucher",
    "impact driver": "schlagschrauber",
    "angle grinder": "winkelschleifer meuleuse amoladora smerigliatrice",
    "circular saw": "kreissage handkreissage",
    "lawn mower": "lawnmower rasenmaher cortacesped tosaerba kosiarka sekacka grasmaaier",
    "pressure washer": "hochdruckreiniger hidrolimpiadora idropulitrice",
    "dinnerware": "dinnerware tafelservice tableware",
    "cutlery": "cutlery flatware besteck couverts cubiertos posate",
    "tablecloth": "tablecloth tablecloths tischdecke nappe tovaglia",

    "pressure cooker": "schnellkochtopf autocuiseur",
    "hand blender": "stabmixer",
    "slicer": "slicer allesschneider trancheuse cortafiambres affettatrice",
    "plate": "teller speiseteller assiette assiettes",
    "picture frame": "bilderrahmen",
    "frying pan": "frypan frypans",
    "pruner": "pruner pruners secateurs secateur gartenschere rebschere",
    # (the US and the UK name of one tool; the feed of a garden in its shops' words)
    "wrench": "wrench wrenches spanner spanners schraubenschlussel",
    "fertiliser": "fertiliser fertilizer fertilisers fertilizers dunger engrais abono concime hnojivo",
}.items() for w in ws.split() if w not in CATEGORY})
# (a one-word name of the shops' is a kind word; several words a kind phrase; "Chef's" is
# read "chef s")
_add_kind_phrases({
    "dutch oven": ("dutch oven", "french oven", "cast iron casserole", "brat topf"),
    "chef knife": ("chef knife", "chef s knife", "chefs knife", "cook s knife", "cooks knife", "couteau de chef",
                   "cuchillo de chef", "coltello da chef", "coltello da cuoco", "kucharsky nuz"),
    "saucepan": ("sauce pan", "sauce pot"),
    "saute pan": ("saute pan", "saute pans", "saute skillet"),
    "stockpot": ("stock pot", "soup pot"),
    "cutting board": ("cutting board", "chopping board", "planche a decouper", "tabla de cortar"),
    "comforter": ("duvet insert", "down comforter"),
    # (a bedding set is its pieces together: a "Duvet Cover Set" holds the shams too)
    "duvet cover set": ("duvet cover set", "duvet set", "comforter set", "bettwasche set", "parure de lit"),
    "duvet cover": ("duvet cover", "duvet covers", "housse de couette", "funda nordica", "copripiumino",
                    "bettbezug"),
    "sheet set": ("sheet set", "sheets set", "bed sheet set", "bed sheets set"),
    "fitted sheet": ("fitted sheet", "fitted sheets", "drap housse", "sabana ajustable", "lenzuolo con angoli"),
    "bed frame": ("bed frame", "cadre de lit", "estructura de cama", "struttura letto"),
    "impact driver": ("impact driver", "visseuse a chocs", "atornillador de impacto", "avvitatore a impulsi"),
    "angle grinder": ("angle grinder",),
    "circular saw": ("circular saw", "scie circulaire", "sierra circular", "sega circolare"),
    "jigsaw": ("jig saw", "scie sauteuse", "sierra de calar", "seghetto alternativo", "stichsage"),
    "lawn mower": ("lawn mower", "tondeuse a gazon"),
    "pressure washer": ("pressure washer", "power washer", "nettoyeur haute pression"),
    "dinnerware": ("dinnerware set", "dinner set", "dinner service", "tableware set"),
    "cutlery": ("cutlery set", "flatware set"),
    "pressure cooker": ("pressure cooker", "olla a presion", "pentola a pressione"),
    "hand blender": ("hand blender", "immersion blender", "stick blender", "mixeur plongeant", "batidora de mano",
                     "frullatore a immersione"),
    # (a plate for dinner is the plate a shop names alone; a side plate is another)
    "plate": ("dinner plate", "dinner plates"),
    "side plate": ("side plate", "side plates", "dessert plate", "salad plate", "bread plate"),
    "picture frame": ("picture frame", "photo frame", "cadre photo", "marco de fotos", "cornice per foto"),
    "hand towel": ("hand towel", "hand towels"),
    "rug": ("area rug", "area rugs"),
    "fertiliser": ("plant food", "plant feed"),
    "coffee": ("espressokocher", "stovetop espresso maker"),
    "water bottle": ("water bottle", "drinking bottle", "drink bottle", "trinkflasche", "gourde"),
    "pruner": ("pruning shears", "pruning shear", "hand pruner", "bypass pruner"),
    "bath towel": ("bath towel", "bath towels", "bath sheet", "bath sheets", "drap de bain", "toalla de bano"),
})
for _w in ("stichsage",):
    CATEGORY.setdefault(_w, "jigsaw")
# a material in British spelling, a cookware's "...-free" claims, a tool's or grill's fuel (as
# ``_DESCRIBE``: one title naming it and the other naming nothing of its class describes one
# product; "Petrol" / "Electric" stay apart; not "Charcoal": a colour, an ingredient)
_DESCRIBE = {**_DESCRIBE, "material": _DESCRIBE["material"] | frozenset("microfibre hollowfibre hollowfiber".split()),
             "property": _DESCRIBE["property"] | frozenset("pfoa ptfe pfas".split()),
             "fuel": frozenset("petrol gas gasoline benzin propane electric cordless corded battery".split())}
_DESCRIBE_OF = {w: d for d, ws in _DESCRIBE.items() for w in ws}
# words closing a home goods maker's name ("Casper *Sleep*", "Coop Home *Goods*"), as ``_COMPANY``
_COMPANY = _COMPANY | frozenset("sleep goods".split())
# the words of a bare tool's wording ("Tool Only", "Body Only", "solo", "ohne Akku", "without
# Battery"): where both offers sell the tool alone (``raw_facets``' "bare" facet) one shop's
# words for it are the other's
_BARE_WORDS = frozenset("""
tool only bare body solo without battery batteries charger ohne akku ladegerat und sans batterie chargeur
sin bateria nur gehause unit
bez akumulatora akumulatorow akumulatoru baterii ladowarki senza batteria batterie zonder accu batterij sem
machine seule cargador naked
""".split())  # (session 25, dedupe25: the wording household24 read, now ``raw_facets``' one vocabulary's)
# (session 32, da32: "Basisversion", "solo corpo", "corpo macchina", "solo cuerpo", "machine nue", "sans batterie
# ni chargeur", "senza batteria e caricabatterie", "bez akumulatora i ładowarki")
_BARE_WORDS = _BARE_WORDS | frozenset("basisversion corpo cuerpo macchina nue caricabatterie ni".split())
_BARE_WORDS = _BARE_WORDS | frozenset("no geen".split())  # (session 37, dg37: "no battery, no charger", "geen accu")
# (the final tables again: ``GENERIC`` and ``_KINDS`` were built before this block)
GENERIC = frozenset(CATEGORY) | FILLER
_KINDS = frozenset(CATEGORY)


# session 13, home: the noun of a two-word material ("Cast *Iron*", "Wrought *Iron*") is the
# material, as its first word is (``_DESCRIBE``), not the steam iron its word alone names
_MATERIAL_NOUNS = {"iron": frozenset("cast wrought".split())}


def material_noun(w: str, p, other) -> bool:
    """Is ``w`` the noun of a two-word material right after its first word ("Le Creuset
    Enameled Cast *Iron* Round Dutch Oven" / "Le Creuset Round Dutch Oven"), excused as
    ``describing_word`` excuses that first word (the other names no other material)?"""
    firsts = _MATERIAL_NOUNS.get(w)
    if not firsts:
        return False
    ws = p.words
    return any(x == w and i and ws[i - 1] in firsts and describing_word(ws[i - 1], p, other)
               for i, x in enumerate(ws))


from .raw_facets import BARE as _P12_BARE  # noqa: E402  (session 13, home: the facet's key)


def bare_tool_word(w: str, p, other) -> bool:
    """Is ``w`` a word of p's wording for a tool sold alone ("Akku-Bohrschrauber 18 V *solo*" /
    "Cordless Drill Driver *Body Only*", "*ohne Akku*" / "*without Battery*") while both offers
    sell it alone (``raw_facets`` reads the "bare" facet of each)?"""
    if w not in _BARE_WORDS:
        return False
    return p.facets.get(_P12_BARE) is True and other.facets.get(_P12_BARE) is True


# session 34, hk34: the words a power tool's kit names its batteries and charger by ("2x 4,0 Ah *Akkus* +
# *Ladegerät*" / "2 x 4.0Ah", "2 x 2.0Ah *batteries* + *charger*"): where both offers sell the tool with its
# batteries (``raw_facets``' "bare" facet False on both; their counts and capacities are compared as numbers)
# one shop's words for them are the other's silence - as ``bare_tool_word`` reads the bare tool's wording
_KIT_PART_WORDS = frozenset("""
akku akkus batteries battery charger chargers ladegerat ladegerate chargeur chargeurs batterie batteries
bateria baterias cargador caricabatterie batteria akumulator akumulatory akumulatorami ladowarka ladowarki
accu accus lader acculader
""".split())


def kit_part_word(w: str, p, other) -> bool:
    """Is ``w`` a word naming the batteries or charger p's kit comes with while both offers sell the tool
    with its batteries (``raw_facets``' "bare" facet False on both)?"""
    if w not in _KIT_PART_WORDS:
        return False
    return p.facets.get(_P12_BARE) is False and other.facets.get(_P12_BARE) is False


# session 13, home: a kind joined to another kind the title names ("Dutch Oven *and Skillet* Set",
# "Air Fryer & Blender", "Impact Driver + Drill Combo Kit") names a set of both, not the first
# kind in other words: such a kind word the other offer never prints is no insertion of a kind
_KIND_JOINS = frozenset("and und et y plus & +".split())
_JOIN_SPLIT = re.compile(r"[a-z0-9]+|[&+]")


def joined_kind(w: str, p) -> bool:
    """Is the kind word ``w`` of p's title joined ("and", "und", "et", "y", "plus"; "&", "+"
    where the title's cleaned text is kept), one or two words before it, to a word of another
    kind right before the join (a kind word or a word of a kind phrase: "Air Fryer & Blender";
    not "Shampooing ... Avocat & Beurre de Karité", an ingredient list)?"""
    k = CATEGORY.get(w)
    if k is None:
        return False
    cleaned = p.facets.get("_cleaned") if p.facets else None
    ws = _JOIN_SPLIT.findall(cleaned) if cleaned and ("&" in cleaned or "+" in cleaned) else p.words
    if _KIND_JOINS.isdisjoint(ws):
        return False
    phrase = _phrase_kinds(p)
    for i, x in enumerate(ws):
        if x != w:
            continue
        for j in range(max(0, i - 2), i):
            if ws[j] in _KIND_JOINS and j and (phrase.get(ws[j - 1]) or CATEGORY.get(ws[j - 1]) or k) != k:
                return True
    return False
    ws = _JOIN_SPLIT.findall(T.clean(title).replace("&", " & ").replace("+", " + "))
    for i, x in enumerate(ws):
        if x != w:
            continue
        for j in range(max(0, i - 2), i):
            if ws[j] in _KIND_JOINS and any(CATEGORY.get(v, k) != k for v in ws[:j]):
                return True
    return False


# --- session 14, rec block: vocabulary of its own (kept apart for the merge) ---
# An intensifier glued to a degree adjective describes a feature, it names no model's
# variant: "Ultra-fast Scrolling", "63g Ultra-Lightweight", "Super Fast Charging",
# "Ultra-Light Corded Stick Vacuum"; "4K Ultra HD" is the spec UHD written out.  Where
# the word names the model it stands alone or after the name ("QuietComfort Ultra",
# "Galaxy S24 Ultra Clear Case"), or before a word that names a line ("Ultra Fine
# Point", "Ultra Soft", "Extra Durable": not degree adjectives of a feature here).
INTENSIFIER = frozenset("ultra super".split())
# ("Ultra Thin" and "Ultra Light" name lines - Durex, Always pads, cigarettes -: not here)
INTENSIFIED = frozenset("fast lightweight hd".split())


# --- session 14, ml block ---
# Home & kitchen kinds as shops in DE FR NL IT ES PT CS PL TR name them (ascii-folded), beside
# the English word: one kind in two languages is one kind, two kinds stay two.  Only new words
# (a word with a kind keeps it).  Left out with their other meaning: "lampe"/"lampa" (a lamp and
# a light bulb: ``LAMP_WORDS``), "pentola"/"olla" (any pot; with "a pressione" a pressure
# cooker), "tubo"/"tuyau" (any tube), "metro" (a metre), "kissen" alone (a cushion), "pike"
# (Turkish bedspread; a fish), "box" and "set" (any box, any set), "regal" (English royal),
# "cup"/"tasse"/"tazza"/"taza" alone (a coffee maker's capacity: "Moka Express 6 Cups" = "6 tazze"),
# "axe" (Unilever's brand), "hache" (French minced: "steak haché"), "rape" (English), "machado"
# (a name), "heladera" (an Argentine fridge), "mops" (German pug).
_S14_HOME_KINDS = {
    "shelf": "shelf shelves shelving wandregal standregal etagere etageres scaffale estanteria "
             "estante regaal kitaplik",
    "coffee table": "couchtisch salontafel wohnzimmertisch tavolino sehpa",
    "chest of drawers": "kommode ladekast commode cassettiera comoda komoda sifonyer dresser",
    "desk lamp": "schreibtischleuchte schreibtischlampe arbeitsleuchte tischleuchte tischlampe "
                 "bureaulamp",
    "step stool": "trittschemel tritthocker escabeau opstapkruk",
    "trash can": "treteimer mulleimer abfalleimer pedaalemmer afvalemmer vuilnisbak pattumiera "
                 "odpadkovy",
    "pot": "topf kochtopf kochtopfe topfe hrnec garnek tencere kookpan",
    "cookware set": "topfset kochtopfset topfeset",
    "pillow": "pillow pillows kopfkissen oreiller oreillers hoofdkussen almohada travesseiro "
              "poduszka polstar yastik",
    "bedding": "bettwasche nevresim dekbedovertrek copripiumino povleceni posciel bettbezug",
    "bedspread": "bedspread bedspreads tagesdecke copriletto colcha prehoz narzuta sprei",
    "hose": "hose hoses schlauch gartenschlauch tuinslang hadice hortum manguera",
    "storage box": "gartenbox aufbewahrungsbox auflagenbox kissenbox opbergbox",
    "cup": "kaffeetasse kaffeetassen teetasse teetassen kopje kopjes fincan filizan",
    "saucer": "saucer saucers untertasse untertassen soucoupe piattino platillo pires podsalek",
    "waffle maker": "waffeleisen waffelmaschine wafelijzer gaufrier",
    "ice cream maker": "eismaschine eiscremebereiter speiseeisbereiter sorbetiere gelatiera",
    "gas grill": "gasgrill",
    "mop": "mop mopp wischmop wischmopp bodenwischer dweil fregona mocio mocho",
    "grater": "grater reibe kuchenreibe grattugia rallador struhadlo tarka rende",
    "chopper": "chopper zerkleinerer tritatutto picadora hachoir",
    "tape measure": "massband rollmassband rolmaat flexometro svinovaci miarka",
    "axe": "axt spaltaxt bijl ascia hacha sekera siekiera balta",
    "sprinkler": "sprinkler sprinklers regner rasensprenger sproeier arroseur irrigatore aspersor "
                 "zavlazovac zraszacz",
    "egg cooker": "eierkocher eierkoker cuociuova",
    "iron": "utu",
}
for _k, _ws in _S14_HOME_KINDS.items():
    for _w in _ws.split():
        CATEGORY.setdefault(_w, _k)
# the tables built from the final ones (as the blocks above): rebuilt with this block's kinds
GENERIC = frozenset(CATEGORY) | FILLER
_KINDS = frozenset(CATEGORY)
_add_kind_phrases({
    "coffee table": ("coffee table", "table basse", "mesa de centro", "stolik kawowy", "konferencni stolek"),
    "chest of drawers": ("chest of drawers",),
    "desk lamp": ("desk lamp", "work lamp", "lampe de bureau", "lampada da lavoro", "lampada da scrivania",
                  "lampara de escritorio"),
    "step stool": ("step stool",),
    "cup": ("coffee cup", "tea cup", "tasse a cafe", "tazza da caffe", "taza de cafe"),
    "trash can": ("trash can", "pedal bin", "poubelle a pedale", "cubo de basura"),
    "cookware set": ("cookware set", "pot set", "batterie de cuisine", "tencere seti", "tencere takimi"),
    "bedding": ("nevresim takimi",),
    "bedspread": ("pike takimi", "couvre lit"),
    "hose": ("tuyau d arrosage", "garden hose"),
    "storage box": ("storage box", "garden box", "coffre de jardin"),
    "ice cream maker": ("ice cream maker",),
    "waffle maker": ("waffle maker", "waffle iron", "piastra per waffle"),
    "gas grill": ("gas grill", "barbecue a gaz", "barbacoa de gas", "barbecue a gas"),
    "tape measure": ("tape measure", "fita metrica", "metre ruban"),
    "egg cooker": ("egg cooker", "cuiseur a oeufs"),
    "tea maker": ("tea maker", "cay makinesi", "semaver"),
    "iron": ("buharli utu", "fer a repasser", "fer a vapeur", "ferro da stiro", "ferro a vapore",
             "plancha de vapor", "ferro de engomar", "naparovaci zehlicka", "zelazko parowe"),
})

# words that only describe a product (``_DESCRIBE``: a property, a use, a tool's power source)
# in the shops' languages, as the English words: one title naming it and the other nothing of
# its class describes one product ("Zahradní hadice" / "hadice", "Antihaft" beside a pan).
# (Not "bureau" - a desk lamp's French -, "casa", "ev", "dom" - a home, a name -, nor "akku":
# a battery, a kind of its own.)
_S14_DESCRIBE = {
    "property": """antihaft antihaftbeschichtet antiadhesif antiadherente antiaderente neprilnavy
        neprilnavym neprilnavou nieprzywierajaca nieprzywierajacy nieprzywierajacej yapismaz tragbar
        portatif portatil prenosny przenosny tasinabilir wiederverwendbar reutilisable reutilizable
        riutilizzabile stapelbar empilable apilable impilabile luftdicht hermetique faltbar klappbar
        pliable plegable pieghevole skladaci skladany""",
    "use": """kuche cuisine cucina cocina kuchyne kuchynsky kuchnia kuchenny mutfak keuken garten
        jardin giardino jardim zahrada zahradni ogrod ogrodowy ogrodowa bahce tuin reise voyage
        viaggio viaje viagem cestovni podrozny seyahat kamp""",
    "fuel": """kabellos kabelloser kabellose kabelloses draadloos draadloze inalambrico inalambrica
        bezprzewodowy bezprzewodowa bezdratovy bezdratova kablosuz""",
}
_DESCRIBE = {**_DESCRIBE, **{d: _DESCRIBE[d] | frozenset(
    w for w in ws.split() if w not in CATEGORY and w not in VARIANT and w not in T.COLOURS)
    for d, ws in _S14_DESCRIBE.items()}}
_DESCRIBE_OF = {w: d for d, ws in _DESCRIBE.items() for w in ws}

# what a kind is used on, in the shops' languages (ascii-folded): a shampoo is for the hair, a
# toothpaste for the teeth, whether a title says so ("Sunsilk Shampoo for Black Hair" /
# "Sunsilk Shampoo Black", "Isana Zahncreme" / "Zahnpasta") or not.  (Not "sac" - Turkish hair,
# French bag -, nor the skin: "for normal skin" names a variant of a cream.)
_USED_ON = {
    **dict.fromkeys("hair haar cheveux capelli cabello cabelo pelo wlosy wlosow vlasy".split(),
                    frozenset(("shampoo",))),
    **dict.fromkeys("teeth tooth dental zahn zahne dents denti dientes dentes zeby zuby".split(),
                    frozenset(("toothpaste", "toothbrush", "mouthwash", "floss"))),
}


def used_on_kind(w: str, p, other) -> bool:
    """session 14, ml: is ``w`` what a kind both titles name is used on ("Hair" beside
    "Shampoo", "Zähne" beside "Zahnpasta")?  The kind says it: a word that describes."""
    ks = _USED_ON.get(w)
    if ks is None:
        return False
    named = _kinds_named(p) & _kinds_named(other)
    return not ks.isdisjoint(named)


# the shortest head and modifier of a compound ``compound_head_kind`` reads
_HEAD_MIN, _MODIFIER_MIN = 4, 3


def _sold_by_measure(p) -> bool:
    """Does p's title give a weight or a volume (a grocery's, a toiletry's pack)?"""
    u = p.facets.get("_title_units") if p.facets else None
    return bool(u) and ("wt" in u or "vol" in u)


def _names_kind(mod: str) -> bool:
    """Is a compound's modifier (with or without its linking letters) a kind of its own
    ("Wok-", "Akku-": "Wokpfanne" is no frying pan of any kind)?"""
    return any(CATEGORY.get(mod[:len(mod) - n]) is not None for n in (0, 1, 2)
               if len(mod) - n >= _MODIFIER_MIN and (n == 0 or mod[len(mod) - n:] in _LINKS))


# the linking letters of German and Dutch compounds ("Küchen-", "Eier-", "Garten-")
_LINKS = frozenset(("s", "n", "en", "e", "es"))


def compound_head_kind(w: str, p, other) -> bool:
    """session 14, ml: a German, Dutch or Hungarian compound is of its head's kind - the last
    part names what it is ("Filterkaffeemaschine" a "Kaffeemaschine", "Gartenschlauch" a
    "Schlauch"): an unknown compound whose longest head of ``CATEGORY`` is a kind the other
    title names is that kind written otherwise.  Where either title gives a weight or a
    volume (a grocery, a toiletry) the modifier may be a flavour or a scent
    ("Erdbeerjoghurt" is no plain "Joghurt", "Kräuterlimonade" no "Limonade"), and where the
    modifier is a kind of its own ("Wokpfanne") the compound another product: there the other
    title must print the modifier too ("Duschreiniger" / "Dusche & Bad-Reiniger")."""
    if w in CATEGORY or not w.isalpha() or len(w) < _HEAD_MIN + _MODIFIER_MIN:
        return False
    for i in range(_MODIFIER_MIN, len(w) - _HEAD_MIN + 1):
        k = CATEGORY.get(w[i:])
        if k is None:
            continue
        if k not in _kinds_named(other):
            return False
        mod = w[:i]
        if not (_sold_by_measure(p) or _sold_by_measure(other) or _names_kind(mod)):
            return True
        return len(mod) > _MODIFIER_MIN and any(
            v != w and len(v) >= _MODIFIER_MIN and (v.startswith(mod) or mod.startswith(v))
            for v in other.wordset if v.isalpha())
    return False


def ml14_wording(w: str, p, other) -> int:
    """session 14, ml: ``rewording``'s answer for the words above - 2 a compound of a kind the
    other names, 1 what a kind both name is used on; 0."""
    if compound_head_kind(w, p, other):
        return 2
    return int(used_on_kind(w, p, other))


# --- session 14, speed block ---
# ``rewording``'s checks in their order, each as (gate, step): ``step(w, p, other)`` is
# rewording's answer or None (go on to the next check), for any word (its own tests
# included); ``gate(w)`` reads the word alone and is False only where the step answers None
# whatever the titles (a check reading the word's table, shape or length) - True (``_ANY``)
# where unsure.  A word meets
# only the steps its gates let through (``_steps_of``, once per word): same answers, in the
# same order (``tests/test_matching_rewording.py`` compares them with every step run).  A new
# check: a (gate, step) row where it belongs in the order (``_ANY`` as its gate).
def _ANY(w: str) -> bool:
    return True


def _alpha4(w: str) -> bool:
    return len(w) >= 4 and w.isalpha()


def _ordinal_gate(w: str) -> bool:
    return w in _GEN_WORDS or len(w) > 2 and w.endswith(_ORDINAL) and w[:-2].isdigit()


def _str_isalpha(w: str) -> bool:
    return w.isalpha()


def _spec_step(w: str, p, other):
    s = _SPEC_OF.get(w)
    if s is None:
        return None
    d, c = s
    ocs = {_SPEC_OF[v][1] for v in other.fullvec if v in _SPEC_OF and _SPEC_OF[v][0] == d}
    if d == "gender" and not ocs and c == "women" and not (_APPAREL.isdisjoint(p.wordset)
                                                             and _APPAREL.isdisjoint(other.wordset)):
        # (session 30: a women's shoe against one that names no audience - unless this title names
        # the men too)
        return 1 if any(_SPEC_OF.get(v, ("", ""))[1] == "men" for v in p.wordset) else 0
    if d == "gender" and not ocs and c == "men" and not (_CARE.isdisjoint(p.wordset)
                                                           and _CARE.isdisjoint(other.wordset)):
        # (session 30: a care line's men's range - "Nivea Men Creme" is no "Nivea Creme" - against a
        # title naming no audience, unless this title names the women too)
        if not _MEN_ONLY.isdisjoint(p.wordset) or not _MEN_ONLY.isdisjoint(other.wordset):
            return 1  # (a maker of men's goods only: its "Men's" is a note - "Old Spice ... Men's Body Wash")
        return 1 if any(_SPEC_OF.get(v, ("", ""))[1] == "women" for v in p.wordset) else 0
    return 1 if c in ocs or not ocs and _SPEC_DEFAULT.get(d, c) == c else 0


def _kind_affix(w: str) -> bool:
    """Is ``w`` the first or the last part of a category word or filler written as one
    (``_split_kind``: "anti" + "virus")?"""
    global _KIND_AFFIXES
    if _KIND_AFFIXES is None:
        out = set()
        for c in (*CATEGORY, *FILLER):
            for i in range(1, len(c)):
                out.add(c[:i])
                out.add(c[i:])
        _KIND_AFFIXES = frozenset(out)
    return w in _KIND_AFFIXES


_KIND_AFFIXES = None


def _shop_wording_gate(w: str) -> bool:
    global _SHOP_WORDS
    if _SHOP_WORDS is None:
        from .formulation import phrase_words
        _SHOP_WORDS = (frozenset(CATEGORY) | {x for ph in KIND_PHRASES for x in ph.split()} | _CURRENCY | CLAIMS
                       | _KEY_COUNT | _KIND_MODIFIERS | _AUDIENCE | _AUDIENCE_TYPES | _TOTAL | _SIZE_NAMES
                       | _COMPANY | phrase_words())
    return w in _SHOP_WORDS


_SHOP_WORDS = None


def _ml_wording_gate(w: str) -> bool:
    """The words ``ml_wording``'s checks read (each check's own first test)."""
    if w in MATERIAL_OF or w in _TR_COUNT or w in _SIZED_PACKAGE or w in _AUDIENCE or w in _TYPES_AFTER \
            or _COUNT_SUFFIX.match(w) or _SIGNED_NUMBER.match(w):
        return True
    if not w.isalpha():
        return False
    # (``w.endswith(s) and len(w) - len(s) >= k`` for any suffix s is ``w[k:].endswith(suffixes)``:
    # one C-level test instead of a generator over the suffixes - session 23, speed)
    if len(w) >= 4 and w not in T.VARIANTS and w not in VARIANT and w[3:].endswith(_TR_SUFFIXES):
        return True
    return w[4:].endswith(_SLAVIC_ADJ)


def _plain_word(w: str) -> bool:
    """Letters, and no variant word or colour (``in_feature_list``'s first test)."""
    return w.isalpha() and w not in VARIANT and w not in T.COLOURS and w not in T.VARIANTS


_REWORDING_STEPS = (
    (_alpha4, lambda w, p, o: 2 if _plural_in(w, o.fullvec) else None),
    (_ordinal_gate, lambda w, p, o: 2 if _ordinal_in(w, p, o) else None),
    (_str_isalpha, lambda w, p, o: 2 if _acronym_of(w, p, o) else None),
    (lambda w: w.isalnum() and not (w.isdigit() and len(w) > 2),
     lambda w, p, o: 2 if numbered_acronym(w, p, o) else None),  # (session 31, dev31: "FF16")
    (lambda w: w in T.COLOURS, lambda w, p, o: 2 if _colour_translated(w, p, o) else None),
    (_shade_word, lambda w, p, o: 2 if _shade_translated(w, p, o) else None),  # (session 31, dev31)
    # (session 14, script: "rashidi" / "الرشيدي" - an excuse, not a shared word: ``scripts``)
    # (session 22, ml22b: and a name glued to its number, "flip5" / "플립5": ``scripts._GLUED``)
    (lambda w: w.isalpha() or _scripts_glued(w) is not None,
     lambda w, p, o: 2 if o.scripts and transliterated(w, p, o) else None),
    # (session 16, prec: a CJK word no table reads, against a title printing none: ``cjk.excused``)
    (lambda w: w.startswith(_cjk.OPAQUE), lambda w, p, o: 1 if _cjk.excused(w, o, p) else None),
    (lambda w: w in MARKETING, lambda w, p, o: 1 if w in MARKETING else None),
    (lambda w: _synonyms.region_word(w, SPEC["region"]), lambda w, p, o: region_wording(w, p, o, SPEC["region"])),
    (lambda w: w in _SPEC_OF, _spec_step),
    (lambda w: w == "only", lambda w, p, o: 1 if w == "only" and _after_body(p) else None),
    (_ANY, lambda w, p, o: 1 if _maker_name(w, p, o) else None),
    (lambda w: w in GAME_PUBLISHERS, lambda w, p, o: 1 if game_publisher(w, p, o) else None),  # (session 31)
    (lambda w: w in RETAIL_BOX, lambda w, p, o: 1 if retail_box(w, o) else None),  # (session 31, dev31)
    (lambda w: w in _DEFAULT_EDITION, lambda w, p, o: 1 if _default_edition(w, p) else None),
    (lambda w: w == "roast" or w in _ROAST, lambda w, p, o: 1 if _roast_level(w, p, o) else None),
    (lambda w: w in _synonyms.CONSOLE_WORDS, lambda w, p, o: 1 if console_family_word(w, p.facets, o.facets) else None),
    (lambda w: w in _PLATFORMS, lambda w, p, o: 1 if _platform_list(w, p, o) else None),
    (_kind_affix, lambda w, p, o: 1 if _split_kind(w, p, o) else None),
    (lambda w: w not in VARIANT and w not in T.VARIANTS and w not in _EDITION_WORDS,
     lambda w, p, o: 1 if _description(w, p, o) else None),
    (lambda w: w in _GEN_MARKS, lambda w, p, o: 1 if _generation_mark(w, p, o) else None),
    (lambda w: w == "c", lambda w, p, o: 1 if _connector_letter(w, p, o) else None),
    (_shop_wording_gate, lambda w, p, o: shop_wording(w, p, o) or None),
    (lambda w: len(w) >= 6 and w.isalpha() or "." in w or w in _NUMBER_SIGNS,
     lambda w, p, o: shop_form(w, p, o) or None),
    (_plain_word, lambda w, p, o: 1 if in_feature_list(w, p, o, VARIANT, _NAME_SKIP, _KINDS) else None),
    (lambda w: _plain_word(w) and w not in _EDITION_WORDS and w not in _ATTACH and w not in _BUNDLE_ITEMS,
     lambda w, p, o: 1 if attached_phrase(w, p, o) else None),
    (lambda w: w.isdigit(), lambda w, p, o: 1 if restated_count(w, p) else None),
    (lambda w: w in _DESCRIBE_OF and w not in VARIANT and w not in T.VARIANTS,
     lambda w, p, o: 1 if describing_word(w, p, o) else None),
    (_ANY, lambda w, p, o: 1 if brand_house(w, p, o) else None),
    (lambda w: w in _RELEASE_WORDS or _YEAR_NUM(w) is not None, lambda w, p, o: 1 if release_note(w, p, o) else None),
    (lambda w: w == "replacement", lambda w, p, o: 1 if own_replacement_word(w, p, o) else None),
    (lambda w: w in _INTERFACES or w == "gen" or _VERSION_TOKEN(w) is not None,
     lambda w, p, o: 1 if interface_version(w, p, o) else None),
    (lambda w: len(w) >= 7 and w.isalpha(), lambda w, p, o: 2 if compound_in(w, p, o) else None),
    (lambda w: len(w) >= 2 and w.isalpha(), lambda w, p, o: 2 if compound_part_in(w, p, o) else None),
    (_ml_wording_gate, lambda w, p, o: ml_wording(w, p, o) or None),
    (_ANY, lambda w, p, o: ml14_wording(w, p, o) or None),  # (session 14, ml)
    (lambda w: w in _KIND_MODIFIERS, lambda w, p, o: 1 if modifier_before_kind_phrase(w, p) else None),
    (lambda w: w in _MATERIAL_NOUNS, lambda w, p, o: 1 if material_noun(w, p, o) else None),
    (lambda w: w in _BARE_WORDS, lambda w, p, o: 1 if bare_tool_word(w, p, o) else None),
    (lambda w: w in _KIT_PART_WORDS, lambda w, p, o: 1 if kit_part_word(w, p, o) else None),  # (session 34)
)
from . import synonyms as _synonyms  # noqa: E402  (read when a gate runs: the tables as they end up)

_STEPS_OF: dict = memo({})


def _add_steps(steps: tuple, first: bool = False) -> None:
    """Add ``steps`` - (gate, step) pairs - to ``_REWORDING_STEPS``, after those it holds (before them
    with ``first``), and forget every word's steps ``_steps_of`` read from the table as it was.
    (session 31, tidy31: the two lines each block of steps wrote out, here and in ``claims``, ``lingua``
    and ``ml24``.)"""
    global _REWORDING_STEPS
    steps = tuple(steps)
    _REWORDING_STEPS = steps + _REWORDING_STEPS if first else _REWORDING_STEPS + steps
    _STEPS_OF.clear()


def _steps_of(w: str) -> tuple:
    """The steps of ``_REWORDING_STEPS`` whose gates let ``w`` through (memoised)."""
    steps = tuple([step for gate, step in _REWORDING_STEPS if gate(w)])  # (a list: no generator to resume per row)
    if len(_STEPS_OF) >= 50_000:
        _STEPS_OF.clear()
    _STEPS_OF[w] = steps
    return steps


def rewording_every_step(w: str, p, other) -> int:
    """``rewording`` with every step run, whatever the gates (the tests compare the two)."""
    for _gate, step in _REWORDING_STEPS:
        r = step(w, p, other)
        if r is not None:
            return r
    return 0


from .offermemo import per_offer  # noqa: E402


@per_offer
def _short_alpha_words(p) -> tuple:
    """The words of 2-5 letters of p's title (``_acronym_of``: the acronyms it can print)."""
    return tuple(v for v in p.wordset if 2 <= len(v) <= 5 and v.isalpha())


@per_offer
def _long_words(p) -> tuple:
    """(session 25, speed) The words of 7 letters or more of p's title, in the order of its word
    set (``compound_part_in``, ``compound_translated``: the compounds it can print)."""
    return tuple([v for v in p.wordset if len(v) >= 7])


def _part_tabled(x: str) -> bool:
    """Is ``x`` a word of a table ``_part_named`` reads (a new test there: its table here)?"""
    return x in SYNONYM or x in _SPEC_OF or x in CATEGORY or x in _TRANSLATION_GROUP


def _split_forms(w: str) -> tuple:
    """(left, right, left ``_part_tabled``, right's) of each split of ``_compound_splits(w)``,
    in its order (once per word): a part is ``_part_named`` where the title prints it or its
    singular or plural (``_plural_in``), or, for a word of the tables, as that says."""
    r = _SPLIT_FORMS.get(w)
    if r is None:
        r = tuple((left, right, _part_tabled(left), _part_tabled(right)) for left, right in _compound_splits(w))
        if len(_SPLIT_FORMS) >= 20_000:
            _SPLIT_FORMS.clear()
        _SPLIT_FORMS[w] = r
    return r


_SPLIT_FORMS: dict = memo({})


# --- session 14, prec block: vocabulary of its own (kept apart for the merge) ---
# the short names shops give a game's platform ("Mario Kart 8 Deluxe (NSW)", "Witcher 3 ...
# (NSW)" = "Nintendo Switch"): read as that platform (``facets``' platform words)
PLATFORM_SHORT = {"nsw": "switch"}
# (session 22, en22: and the Xbox consoles' - "Madden NFL 25 (XSX)" = "Xbox Series X", "XB1" = "Xbox One")
PLATFORM_SHORT.update({"xsx": "xboxseries", "xss": "xboxseries", "xb1": "xboxone", "psn": "playstation"})
# the abbreviation shops print for a kind of software ("Ableton Live 12 Suite - DAW for Mac &
# Windows": a digital audio workstation names what the product is, never a variant of it)
CATEGORY.update({w: "software" for w in "daw daws".split() if w not in CATEGORY})
GENERIC = frozenset(CATEGORY) | FILLER
# a lid or a cap is a part sold alone as well as with its bottle, jar or pot ("Flex Straw Cap" /
# "Wide Mouth Bottle with Flex Straw Cap"): an accessory class of its own
ACCESSORY = {**ACCESSORY, **{w: "lid" for w in "lid lids cap caps deckel couvercle couvercles tapa tapas "
                                              "coperchio coperchi pokrywka poklice".split() if w not in ACCESSORY}}
# (and the last word of a German compound: "Glasdeckel" is a glass lid)
ACCESSORY_COMPOUND = ACCESSORY_COMPOUND | frozenset(("deckel",))
# words denying the word after them: ``lexicon.NEGATION`` (one table)
from .lexicon import NEGATION  # noqa: E402


# --- session 15, ml block ---
# a name spelt in Latin letters by two hands, one of them reading Cyrillic or Greek letters
# ("Моршинська" = "morshinska" / "Morshynska": ``cyrgreek.spelled_otherwise``) - written otherwise
from . import cyrgreek as _cyrgreek  # noqa: E402

_add_steps((
    (_alpha4, lambda w, p, o: 2 if _cyrgreek.spelled_otherwise(w, p, o) else None),
))  # (a word's steps read again with the row above)

# one flavour, fruit, nut, spice or scent in the shops' languages (EN DE FR NL IT ES PT SV DA
# NO PL CS SK HU RO TR, ascii-folded; the Polish, Czech and Turkish adjectives "truskawkowy",
# "jahodový", "çilekli" beside the noun): a title printing it in its language and the other in
# English or a third language name one flavour ("Confiture Fraises" / "Strawberry Jam",
# "Çikolatalı Gofret" / "Chocolate Wafer"); two flavours stay two words the other lacks.  Left
# out with another meaning: "orange" and "rose" (colours), "coco" (Coco Pops, Madame Coco),
# "mar" (Spanish sea), "para" (Spanish for), "pere" (French father), "alma" (Spanish soul),
# "pommes" (German chips), "choco" (a line name: "Tosta Rica Choco"), "orzech" (any nut), "mere"
# (French mother), "korte" (Dutch short), "minta" (Hungarian pattern), "damasco" (a damask), "nuca"
# (Romanian any nut).
_S15_FLAVOURS = {
    "strawberry": """strawberry strawberries erdbeer erdbeere erdbeeren fraise fraises fragola fragole
        fresa fresas morango morangos aardbei aardbeien jordgubb jordgubbar jordgubbe jordbaer truskawka
        truskawki truskawkowy truskawkowa truskawkowe jahoda jahody jahodovy jahodova jahodove capsuni
        capsune eper epres cilek cilekli""",
    "raspberry": """raspberry raspberries himbeer himbeere himbeeren framboise framboises lampone lamponi
        frambuesa frambuesas framboesa framboos frambozen hallon hindbaer bringebaer malina maliny malinowy
        malinowa malinowe malinovy malinova malinove zmeura malna ahududu""",
    "cherry": """cherry cherries kirsche kirschen cerise cerises ciliegia ciliegie cereza cerezas cereja
        cerejas kersen korsbar kirsebaer wisnia wisni wisniowy wisniowa wisniowe visen visnovy visnova
        visnove cirese cseresznye kiraz""",
    "lemon": """lemon lemons zitrone zitronen citron citrons limone limoni limon limones limao limoes
        citroen citroenen sitron cytryna cytryny cytrynowy cytrynowa cytrynowe citronovy citronova
        citronove citrom citromos lamaie limonlu""",
    "apple": """apple apples apfel apfeln aepfel pomme mela mele manzana manzanas maca macas appel
        appels eple aeble aebler jablko jablka jablkowy jablkowa jablkowe jablecny jablecna jablecne
        elma elmali""",
    "banana": "banana bananas banane bananen banaan bananen platano platanos banan banany bananowy",
    "peach": """peach peaches pfirsich pfirsiche peche peches pesca pesche melocoton melocotones pessego
        perzik perziken persika fersken brzoskwinia brzoskwiniowy broskev broskvovy piersica piersici
        oszibarack seftali""",
    "pear": "pear pears birne birnen poire poires pera peer peren paeron paere gruszka gruszkowy hruska armut",
    "apricot": """abricots albicocche albaricoques abrikoos abrikozen aprikos aprikoser
        morela morele morelowy merunkovy caise kayisi""",
    "vanilla": """vanilla vanille vaniglia vainilla baunilha vanilj vanilje wanilia waniliowy waniliowa
        waniliowe vanilka vanilkovy vanilkova vanilkove vanilie vanilias vanilya vanilyali""",
    "caramel": "caramel caramels karamell karamel caramello caramelo karmel karmelowy karamelovy karamelli",
    "hazelnut": """hazelnut hazelnuts haselnuss haselnusse haselnussen noisette noisettes nocciola nocciole
        avellana avellanas avela avelas hazelnoot hazelnoten hasselnot hasselnod laskowy laskowe laskowych
        liskovy liskove liskovych mogyoro mogyoros alune findik findikli""",
    "almond": """almond almonds mandel mandeln amande amandes mandorla mandorle almendra almendras amendoa
        amendoas amandel amandelen mandlar mandler migdal migdaly migdalowy mandle mandlovy mandlove mandula
        badem bademli migdale""",
    "coconut": "coconut kokos kokosnuss cocco kokosnoot kokosowy kokosowa kokosove kokosovy kokosovo",
    "mint": "mint minze menthe menta munt mynta mynte mieta mietowy mietowa mietowe matovy matova nane naneli",
    "honey": "honey honig miel miele honung honning miod miodowy medovy mez bal balli",
    "cinnamon": "cinnamon zimt cannelle cannella canela kaneel kanel cynamon skorice fahej tarcin scortisoara",
    "lavender": "lavender lavendel lavande lavanda levandule lawenda lawendowy levendula lavanta",
    "jasmine": "jasmine jasmin jasmijn gelsomino jazmin jasmim jasmine yasemin",
    "chamomile": "chamomile kamille camomille camomilla manzanilla camomila kamomill rumianek rumiankowy hermanek kamilla papatya musetel",
    "chocolate": """chocolate chocolat schokolade cioccolato cioccolata chocolade choklad chokolade sjokolade
        czekolada czekoladowy czekoladowa czekoladowe cokolada cokoladovy cokoladova cokoladove ciocolata
        csokolade csokolades cikolata cikolatali""",
    "wafer": "wafer wafers waffel gaufrette gaufrettes wafel wafels wafle wafelki wafelek oplatky oplatka gofret gofreti napolitane ostya",
    "mustard": "mustard senf moutarde mosterd senap sennep mostaza senape mostarda horcice musztarda hardal mustar",
    "syrup": "syrup sirup sirop sciroppo jarabe xarope syrop surup",
    "oat": "oat oats hafer haver havre owies owsiany oves ovesny ovesne zab ovaz",
    "crispbread": "crispbread knackebrod knekkebrod knaekbrod",
}
_add_synonyms({c: " ".join(w for w in ws.split() if w not in T.COLOURS and w not in VARIANT and w not in T.VARIANTS)
               for c, ws in _S15_FLAVOURS.items()})
# kinds the Nordic shops name in their languages (Swedish, Danish, Norwegian; ascii-folded) and
# are missing: the milk, the butter, the coffee, the water of an English or German title
CATEGORY.update({w: c for c, ws in {
    "milk": "mjolk maelk",
    "butter": "smor",
    "coffee_beverage": "kaffe",
    # (and the jam in Italian, Spanish, Portuguese, German spelt "Konfitüre", Nordic)
    "jam": "confettura confetture confitura confituras konfituere syltetoj sylt",
}.items() for w in ws.split() if w not in CATEGORY})
_add_spec("carbonation", {
    "sparkling": "kolsyrad kolsyrat kullsyre kulsyre prickelnd spritzig petillante",
    "still": "stilles stille",  # (not French "plate": an English plate)
})
GENERIC = frozenset(CATEGORY) | FILLER
_KINDS = frozenset(CATEGORY)
_STEPS_OF.clear()

# the small words of the shops' languages are no identifying words (as ``FILLER``'s "au", "met",
# "ve"): Italian "al cacao", "alla fragola", "delle Alpi"; Spanish "los", "las"; Nordic "med"
# (with), "och"/"og" (and), "til"/"till" (for), "från"; Dutch "voor"; Romanian "cu" (with), "și",
# "pentru"; Czech "ze".  (Not "av", "pa", "ai", "din", "col", "i", "e", "es": AV, PA, AI, DIN, a
# column, model letters.)
FILLER = FILLER | frozenset(
    w for w in "al alla alle allo agli dello degli delle nel nella los las med och og til till fran voor cu si "
               "pentru ze".split()
    if w not in CATEGORY and w not in SYNONYM and w not in VARIANT and w not in T.VARIANTS and w not in _SPEC_OF)
# (session 29, dev29) a maker's legal form written short or in full is one word: "Humboldt Seed Co." /
# "Humboldt Seed Company", "Ltd" / "Limited" (as in "Ltd Edition"), "Corp" / "Corporation" - still a word of
# the name ("Company of Heroes", "Umbrella Corp Mug", "Nike Air Max 90 LTD" keep it: the second attacker)
_add_synonyms({"company": "company co", "limited": "limited ltd", "corporation": "corporation corp"})
_add_synonyms({
    # "without" in Nordic, Portuguese, Romanian, Hungarian ("utan socker", "sem açúcar", "fără zahăr")
    "without": "utan uden uten sem fara nelkul",
    # butter and snacks unsalted / salted, as Arab shops' words already read (``arabic``)
    "unsalted": "unsalted ungesalzen usaltet osaltat usaltede ongezouten nesolene niesolone tuzsuz",
    "salted": "salted gesalzen gezouten saltet saltat solone soleny tuzlu",
})
# a protected designation of origin (PDO, Italian and Portuguese DOP, French AOP/AOC, PGI, IGP)
# says where the product comes from, never which product: a title naming it and the other not
MARKETING = MARKETING | frozenset("pdo dop aop aoc pgi igp docg".split())
# how a food is kept, one-sided ("Ristorante Pizza Mozzarella tiefgekühlt" / "... Pizza
# Mozzarella"): a spec the other title leaves out
_add_spec("storage", {"frozen": "frozen tiefgekuhlt tiefgefroren surgele surgeles surgelee surgelees surgelato "
                                "surgelati congelado congelada congelados congeladas diepvries fryst frossen frosne "
                                "mrozony mrozona mrozone mrazeny mrazena mrazene fagyasztott dondurulmus"})
# the bar a chocolate or a soap is sold as ("Marabou Mjölkchoklad" / "Milk Chocolate bar", "Lux
# Soap Bar" / "Lux Savon"): its form, no other product (``tablet`` is a computer's kind)
_add_spec("bar_form", {"bar": "bar bars barre barres reep repen reepje tablette tablettes tavoletta tavolette "
                              "tableta tabletas barra barras riegel baton batonik tabulka tabliczka"})
# containers in the languages the package table lacks (Nordic, Romanian; not Czech "plech":
# "plech" / "sklo" - a can and a glass bottle - read as one package and a material)
_add_spec("package", {
    "bottle": "flaska flaskor flaske flasker sticla sticle glasflasche glasflaschen spruhflasche plastikflasche",
    "tin": "dase daase burk konzerva",
})
GENERIC = frozenset(CATEGORY) | FILLER
_NAME_SKIP = FUNCTION | FILLER
_STEPS_OF.clear()

# one dessert, and the dish soap, in more of the shops' words ("Zott Monte Deser" / "mléčný
# dezert"; "Handspülmittel" = "Spülmittel", "płyn do mycia naczyń" = "płyn do naczyń")
_add_synonyms({"dessert": "dessert desserts deser desery dezert dezerty desszert postre postres sobremesa"})
_add_kind_phrases({"dish soap": (
    "handafwasmiddel", "handspulmittel", "plyn do mycia naczyn", "prostriedok na riad", "gel do myti nadobi",
    "prostredek na myti nadobi", "diskmedel", "handdiskmedel", "opvaskemiddel", "oppvaskmiddel",
    "liquide vaisselle main", "lavavajillas mano", "detergente loica")})

# session 15, ml
# the fat of a dairy product right after its percentage ("Vollmilch 3,8 % Fett", "Lapte 3,5%
# grăsime", "Mleko 3,2% tłuszczu"): the number is the fact, and the other title prints it
_FAT_WORDS = frozenset("fat fett grasime grasa grassi gordura tluszczu tluszcz tuku zsir zsirtartalom fedt".split())


def fat_after_percentage(w: str, p, other) -> bool:
    """session 15, ml: is ``w`` the word "fat" (in the shops' languages) right after a number
    both titles print (its percentage)?  It says what the number is: no word of its own."""
    if w not in _FAT_WORDS:
        return False
    ws = p.words
    for i, x in enumerate(ws):
        if x == w and i and ws[i - 1][:1].isdigit() and ws[i - 1] in other.wordset:
            return True
    return False


_add_steps((
    (lambda w: w in _FAT_WORDS, lambda w, p, o: 1 if fat_after_percentage(w, p, o) else None),
))

# the hair conditioner is a kind of its own, as the shampoo is: a title naming one and the other
# the other names two products ("Pantene Shampoo Smooth Silky" / "Pantene Conditioner Smooth Silky"
# were one title with one word missing), in the shops' languages (not "balsam": a lip balm too)
CATEGORY.update({w: "conditioner" for w in "conditioner conditioners spulung haarspulung acondicionador balsamo "
                                             "condicionador odzywka kondicioner kondicionar balzsam cremespoeling".split()
                 if w not in CATEGORY})
_add_kind_phrases({"conditioner": ("apres shampooing", "sac kremi", "hair conditioner")})
GENERIC = frozenset(CATEGORY) | FILLER
_KINDS = frozenset(CATEGORY)
_STEPS_OF.clear()

# more words of values named above, in the shops' languages: extra virgin olive oil (Portuguese
# "virgem", German "nativ", Turkish "sızma"), moisturising, repairing, protecting, the tomato paste
# (Turkish "salça"); "protege" is a panty liner's name and keeps its kind
_add_synonyms({
    "virgin": "virgem nativ natives nativen sizma",
    "moisturising": "feuchtigkeitsspendend feuchtigkeitsspendende hydratant hydratante hydratants idratante "
                    "idratanti hidratante hidratantes nawilzajacy nawilzajacych nawilzajace hydratacni "
                    "hydratacne hidratalo nemlendirici hidratant hydraterende fuktighetsgivende fugtgivende",
    "repair": "repair repara reparador reparadora ripara riparatore riparatrice reparatur repare reparateur "
              "regenerujacy onarici herstellend repairing reparierend reparatrice reparadoras",
    "protect": "protect protegge protezione proteccion protecao schutz",
    "paste": "salca salcasi",
})
# kinds named in one word by one shop and in two by another ("Rasiergel" / "Shaving Gel",
# "Badesalz" / "Badekristalle").  (Not the oat drink, "Hafermilch": a kind one title names alone
# is excused, and so is a "Vollmilch" - whole milk, the default formulation - against a title
# naming another kind: "Hafermilch" / "Vollmilch" became one product.)
CATEGORY.update({w: c for c, ws in {
    "shaving gel": "rasiergel scheergel",
    "shaving foam": "rasierschaum scheerschuim",
    "bath salt": "badesalz badekristalle badzout",
}.items() for w in ws.split() if w not in CATEGORY})
_add_kind_phrases({
    "shaving gel": ("shaving gel", "gel de rasage", "gel da barba", "gel de afeitar", "gel de barbear", "zel do golenia",
                    "gel na holeni", "tras jeli"),
    "shaving foam": ("shaving foam", "mousse a raser", "schiuma da barba", "espuma de afeitar", "espuma de barbear",
                     "pianka do golenia", "pena na holeni", "tras kopugu"),
    "bath salt": ("bath salt", "bath salts", "sels de bain", "sel de bain", "sali da bagno", "sales de bano", "sol do kapieli"),
})
GENERIC = frozenset(CATEGORY) | FILLER
_KINDS = frozenset(CATEGORY)
_STEPS_OF.clear()

# the Dutch jam, the Nordic tomato, the sea of "Zeezout" / "Meersalz" / "Sea Salt"
CATEGORY.update({w: "jam" for w in ("confituur", "confituren") if w not in CATEGORY})
_add_synonyms({"tomato": "tomat tomater", "sea": "sea zee meer mer"})
GENERIC = frozenset(CATEGORY) | FILLER
_KINDS = frozenset(CATEGORY)


# session 15, ml
def _same_part(x: str, y: str) -> bool:
    """Two parts of compounds one word: itself, a plural, a synonym or translation, a word of
    one kind ("koffie" / "kaffee")."""
    if _same_word(x, y):
        return True
    k = CATEGORY.get(x)
    return k is not None and CATEGORY.get(y) == k


def compound_translated(w: str, p, other) -> bool:
    """session 15, ml: is ``w`` (a compound of p's title the other never prints) a compound
    the other title prints in its language, part by part ("koffiepads" / "Kaffeepads",
    "Erdbeerkonfitüre" / "aardbeienconfituur")?  Dutch, German and Nordic shops glue the same
    two words, each in its own language; a compound with another part ("Kaffeebohnen" /
    "Kaffeepads") stays a word the other lacks."""
    if len(w) < 7 or not w.isalpha():
        return False
    cands = [v for v in _long_words(other) if v.isalpha() and v not in p.wordset and v != w]
    if not cands:
        return False
    # (``_same_part(x, y)`` as two sets that meet - ``_part_keys(x)``, ``_part_tags(y)``:
    # set tests in C instead of a Python call per pair of parts; session 16, speed)
    mine = [(_part_keys(a), _part_keys(b)) for a, b, _l, _r in _split_forms(w)]
    for v in cands:
        for a2, b2, _l, _r in _split_forms(v):
            tb = _part_tags(b2)
            ta = None
            for ka, kb in mine:
                if not kb.isdisjoint(tb):
                    if ta is None:
                        ta = _part_tags(a2)
                    if not ka.isdisjoint(ta):
                        return True
    return False


def _part_keys(x: str) -> frozenset:
    """What ``_same_part(x, y)`` finds in ``_part_tags(y)`` when it is true (once per word):
    ``x`` itself and the singular or plural ``_plural_in`` reads, its translations
    (``translated_in``: the words of its group), its ``SYNONYM`` class and its ``CATEGORY``
    class (as tagged pairs, never equal to a word).  So ``_same_part(x, y)`` is
    ``not _part_keys(x).isdisjoint(_part_tags(y))``: each test of ``_same_word`` and
    ``_same_part`` is "y is one of these words" or "y has this class"
    (tests/test_matching_speed16.py holds the two equal on real words)."""
    r = _PART_KEYS.get(x)
    if r is None:
        out = {x}
        if len(x) >= 4 and x.isalpha():
            # (``_plural_in(x, (y,))``: y is one of these)
            if x.endswith("s"):
                out.add(x[:-1])
                if x.endswith("ies"):
                    out.add(x[:-3] + "y")
                if x.endswith("es"):
                    out.add(x[:-2])
            out.add(x + "s")
            out.add(x + "es")
            if x.endswith("y"):
                out.add(x[:-1] + "ies")
        g = _TRANSLATION_GROUP.get(x)
        if g:
            out.update(g)
        out |= _part_tags(x)  # (x's own SYNONYM and CATEGORY classes, tagged alike)
        r = frozenset(out)
        if len(_PART_KEYS) >= 50_000:
            _PART_KEYS.clear()
        _PART_KEYS[x] = r
    return r


def _part_tags(y: str) -> frozenset:
    """``y`` and its ``SYNONYM`` and ``CATEGORY`` classes, tagged as ``_part_keys`` tags
    them (once per word)."""
    r = _PART_TAGS.get(y)
    if r is None:
        out = {y}
        c = SYNONYM.get(y)
        if c is not None:
            out.add(("synonym", c))
        k = CATEGORY.get(y)
        if k is not None:
            out.add(("category", k))
        r = frozenset(out)
        if len(_PART_TAGS) >= 50_000:
            _PART_TAGS.clear()
        _PART_TAGS[y] = r
    return r


# (per word, pure functions of the word and the tables as they end up after import:
# memos: ``memos``)
_PART_KEYS: dict = memo({})
_PART_TAGS: dict = memo({})


_add_steps((
    (lambda w: len(w) >= 7 and w.isalpha(), lambda w, p, o: 2 if compound_translated(w, p, o) else None),
))

# --- session 15, rec block: vocabulary of its own (kept apart for the merge) ---
# what a program does, as shops name it beside its name ("Dragon Professional 16 Speech
# Recognition Software", "Quicken Deluxe Personal Finance", "Pinnacle Studio 26 - Video Editing &
# Screen Recording"): the kind of software, never a variant of it (as "Tax Software" above).
# (Not "Internet Security" / "Total Security": edition names of one maker's line.)
_add_kind_phrases({"software": (
    "speech recognition", "voice recognition", "personal finance", "video editing", "photo editing",
    "video editor", "photo editor", "pdf editor", "screen recording", "screen recorder", "tax preparation",
    "language learning", "music production", "audio editing", "data recovery", "password manager",
    "disc burning", "cd burning", "dvd burning", "graphic design", "home design", "video converter",
)})
_SHOP_WORDS = None  # (``_shop_wording_gate`` builds its table again, with the phrases' words)
# retailers' names a shop's page title closes with ("... | Best Buy", "... - Home Depot",
# "Walmart.com"): the page's shop (``rewordings.retailer_name``; only as the whole last segment).
# Not the shops whose one-word name is a word for goods ("Boots", "Staples": "Timberland Premium
# 6-Inch Waterproof - Boots" / "... - Shoes" are two products).
RETAILER_NAMES = (
    "Amazon", "Amazon.com", "Walmart", "Walmart.com", "Target", "Best Buy", "BestBuy", "Home Depot",
    "The Home Depot", "Lowe's", "Lowes", "Office Depot", "OfficeMax", "Walgreens", "CVS",
    "CVS Pharmacy", "Rite Aid", "Costco", "Sam's Club", "Kroger", "Newegg", "B&H", "B&H Photo",
    "B&H Photo Video", "Micro Center", "GameStop", "REI", "REI Co-op", "Dick's Sporting Goods",
    "Academy Sports", "Bass Pro Shops", "Cabela's", "Petco", "PetSmart", "Chewy", "Ulta", "Ulta Beauty",
    "Sephora", "Macy's", "Kohl's", "JCPenney", "Nordstrom", "Wayfair", "Overstock", "Bed Bath & Beyond",
    "Michaels", "JOANN", "Hobby Lobby", "Ace Hardware", "Menards", "Harbor Freight", "Tractor Supply",
    "Dollar General", "Meijer", "H-E-B", "Safeway", "Whole Foods", "Whole Foods Market", "BJ's",
    "Zappos", "Adorama", "Crutchfield", "Sweetwater", "Guitar Center", "Barnes & Noble", "IKEA",
    "The Container Store", "Williams Sonoma", "Sur La Table", "Crate & Barrel", "World Market",
    "Big Lots", "Five Below", "eBay", "Etsy", "QVC", "HSN", "Argos", "Currys", "John Lewis", "Tesco",
    "MediaMarkt", "Media Markt", "Saturn", "Fnac", "Otto", "Canadian Tire", "Staples Canada",
)
# a software catalogue's abbreviations (distributors' price lists: "Avira Prime 5 Dev 1Y", "CyberLink
# PowerDirector 365 1Y Sub ESD", "Parallels Desktop 19 Mac Std 1Y", "Painter 2023 Full ML DL"):
# {abbreviation: the word written out}; a delivery form or licence term ("DL", "ESD") says nothing
# the other contradicts, the others agree with the word the other prints (``rewordings.catalogue_abbrev``)
CATALOGUE_ABBREV = {
    "dl": "download", "esd": "download", "sub": "subscription", "subs": "subscription",
    "std": "standard", "dev": "device", "devs": "devices", "usr": "user", "lic": "license",
    "fed": "federal",  # (tax software: "TurboTax Deluxe 2023 Fed + State")
}
# abbreviations read as a licence term only right after one ("1Y Sub": a "Sonos Sub" is a subwoofer)
CATALOGUE_IN_TERM = frozenset(("sub", "subs"))
# "Ed." is "Edition" cut short ("Complete Ed.", "Deluxe Ed"): filler as the word is, and an edition
# word after a default edition ("Anno 1800 Standard Ed PC Code" / "| Standard Edition |")
FILLER = FILLER | frozenset(("medialess", "esd", "ed"))
_EDITION_WORDS = _EDITION_WORDS | frozenset(("ed",))
# units written out or short ("200 sq ft" / "200 Square Feet", "54.6 yd" / "54.6 yds"): one word
SYNONYM.update({w: c for c, ws in {
    "square": "sq sqft square", "feet": "ft feet foot", "yard": "yd yds yard yards", "quart": "qt qts quart quarts",
    "gallon": "gal gals gallon gallons", "pound": "pound pounds",
}.items() for w in ws.split() if w not in SYNONYM})
# (and the catalogue's "Dev" is one word with "Devices" wherever titles are compared word by word:
# the slot after a licence count, "Norton 360 Deluxe 5 Dev" / "5 Devices")
SYNONYM.update({w: "devices" for w in ("dev", "devs", "device", "devices", "geraete", "geraet", "gerate", "gerat",
                                        "appareils", "appareil", "dispositivos", "dispositivo", "dispositivi",
                                        "zarizeni", *"urzadzenia urzadzen urzadzenie zariadenia zariadeni zariadenie apparaten apparaat enheter enheder stanowisko stanowiska stanowisk".split()) if w not in SYNONYM})
# (session 32, ho32) a screen's resolution as shops name it - "4K" is "UHD" ("TCL 50" P635 4K Google TV" /
# "TCL 50P635 4K UHD Google TV"), "Full HD" is "FHD" and "1080p": a spec, one class whatever the word
# (not "HD" alone: a doorbell's "HD video", a headset's "HD audio")
for _c, _ws in {"uhd": "uhd ultrahd 4k 2160p", "fhd": "fhd fullhd 1080p", "qhd": "qhd wqhd 1440p"}.items():
    for _w in _ws.split():
        SPEC.setdefault("resolution", {}).setdefault(_w, _c)
        _SPEC_OF.setdefault(_w, ("resolution", _c))
# (session 32, ho32) a mixture of colours of one flower's cultivar, as shops word it: "French Durango
# *Mixed*" / "Durango *Mix*", "Mischung", "Mezcla", "Mélange", "Miscuglio" - one word
SYNONYM.update({w: "mix" for w in "mix mixed mixture mischung mezcla melange miscuglio mengsel".split()
                if w not in SYNONYM})
# a program's language as a software catalogue abbreviates it ("Office Home & Student 2021 ENG
# Medialess", "Painter 2023 Full ML DL"): the language spec, as "English" is
for _w, _c in {"eng": "english", "ger": "german", "fra": "french", "fre": "french", "ita": "italian",
               "spa": "spanish", "multilingual": "multilingual", "multilanguage": "multilingual"}.items():
    SPEC["language"].setdefault(_w, _c)
    _SPEC_OF.setdefault(_w, ("language", _c))
# how shops word a program or a game (``rewordings``: delivery and licence phrases, words cut short,
# versions and initials written otherwise, a long title's description after the kind both name)
import sys as _sys  # noqa: E402
from . import rewordings as _rewordings  # noqa: E402
_rewordings.bind(_sys.modules[__name__])  # (its steps read this module's tables as they end up)


def _retailer_gate(w: str) -> bool:
    """The gate of ``rewordings.retailer_name`` in ``rewordings.STEPS`` - ``w == "com"`` or a word of a
    retailer's name, ``any(w in n for ns in rewordings._retailer_names().values() for n in ns)`` (each
    name a tuple of words) - as one set look-up in the words of those names: the same answer
    (tests/test_matching_speed16.py), without a Python pass over every name for each new
    word (session 16, speed: ~3% of a cold batch).  The set is built from the table the
    gate reads, once, as ``_retailer_names`` builds it (a vocabulary table, no offer's)."""
    global _RETAILER_NAME_WORDS
    if _RETAILER_NAME_WORDS is None:
        _RETAILER_NAME_WORDS = frozenset(x for ns in _rewordings._retailer_names().values() for n in ns for x in n)
    return w == "com" or w in _RETAILER_NAME_WORDS


_RETAILER_NAME_WORDS = None
_add_steps(tuple((_retailer_gate, step) if step is _rewordings.retailer_name else (gate, step)
                                            for gate, step in _rewordings.STEPS))

# --- session 15, prec block: vocabulary of its own (kept apart for the merge) ---
# size words that name a size two at a time, a length and a width ("Regular Wide", "Long Wide",
# "Lang Breit"): ``sizing.size_phrases`` reads two of them standing together
SIZE_PHRASE_WORDS = frozenset("""
small medium large regular long short wide narrow tall petite xl xxl
lang kurz breit schmal normal court etroit largo corto ancho estrecho
""".split())
# the word before "Edition" read as the edition's name (``editions.named_editions``): its synonyms,
# and the words that say how or when it is sold, not which edition (a game's box is its standard
# edition: "Physical Edition"; "New Edition" the latest printing)
EDITION_NAME_SYNONYMS = {"collector": "collectors", "estandar": "standard", "standart": "standard",
                         "standaard": "standard", "pro": "professional", "edu": "education",
                         # (session 30, dev30: "Ltd Edition" is the "Limited Edition", as "Ltd" is "Limited"
                         # of a company, ``_add_synonyms``)
                         "ltd": "limited"}
NOT_EDITION_NAME = frozenset("physical retail box boxed new latest neue nouvelle nueva nuova".split())

# --- session 15, merge block ---
# a dairy kind glued to its default fat in one word ("Vollmilch", whole milk) still names the
# kind: "Joghurt 3,5 %" / "Vollmilch 3,5 %" are two products, as "Joghurt" / "Milch" are (the
# formulation reader excuses the default fat, and with it the word, so the kind was lost)
CATEGORY.setdefault("vollmilch", "milk")

# --- session 16, ml block ---
# one concept in many languages (``lingua``): kinds of product, kind phrases, pack filler and
# values written in several languages, merged into the tables above (free words only)
from . import lingua as _lingua  # noqa: E402
from . import arabic as _arabic  # noqa: E402

_lingua.install(_sys.modules[__name__], T, _arabic)
# (session 22, ml22a) the kinds whose colour is a finish among ``lingua``'s European kinds: backpacks,
# travel bags, tents, balls - a shop that leaves the colour out says nothing against it
_FINISH_KINDS = _FINISH_KINDS | frozenset(w for k in ("backpack", "travel bag", "football")
                                          for w in _lingua.KINDS.get(k, "").split()) | frozenset(
    _lingua.SYNONYMS["tent"].split())

# --- session 17, en block ---
# kinds of personal-care and pet goods, as shops name them beside the line ("The Ordinary
# Niacinamide 10% + Zinc 1% *Serum*", "Chuckit! Ultra Ball *Dog Toy*"): the kind, not which
# product.  (Not "treats", "cookies", "spread": two titles sharing one of them share a word the
# learned stage reads as evidence - "Greenies ... Dental Dog Treats", "Tate's ... Cookies";
# as category words they counted no more and 7 right pairs were lost for 3 gained.)
CATEGORY.update({w: c for c, ws in {
    "serum": "serum serums seren siero",
    "toy": "toy toys spielzeug jouet jouets juguete juguetes giocattolo hracka",
}.items() for w in ws.split() if w not in CATEGORY})
# containers a shop names beside the size ("20 lb Jug", "16 oz Tub", "32oz Carton"): the package, a spec
for _w, _c in {"jug": "jug", "jugs": "jug", "tub": "tub", "tubs": "tub", "carton": "carton", "cartons": "carton",
               "pouch": "bag", "pouches": "bag"}.items():
    SPEC["package"].setdefault(_w, _c)
    _SPEC_OF.setdefault(_w, ("package", SPEC["package"][_w]))
# units written out, as "lb" / "oz" above ("Spot 400 *Lumen* Headlamp": the number is the fact)
FILLER = FILLER | frozenset("lumen lumens watt watts volt volts amp amps".split())
GENERIC = frozenset(CATEGORY) | FILLER
_NAME_SKIP = FUNCTION | FILLER  # (as every block that adds filler words: a name skips them)
_KINDS = frozenset(CATEGORY)
# a refill pack in two wordings, a line glued to its series number, "6 Pairs" as a pack
# count, "60W Equivalent" (``english_titles``)
from .synonyms import CONSUMABLE as _CONSUMABLE  # noqa: E402
_add_steps((
    (lambda w: w in _english.REFILL_WORDS or w in _CONSUMABLE,
     lambda w, p, o: 2 if _english.refill_wording(w, p, o, _CONSUMABLE) else None),
    (lambda w: w[:1].isalpha(), lambda w, p, o: 2 if _english.glued_series(w, p, o) else None),
    (lambda w: w in _english._PAIRS, lambda w, p, o: 1 if _english.counted_pairs(w, p, o) else None),
    (lambda w: w in _english._EQUIVALENT, lambda w, p, o: 1 if _english.wattage_equivalent(w, p, o) else None),
    # (a number the other prints glued to its count or unit - "200 Softgels" / "200ct", "121 Fluid
    # Ounces" / "121oz": ``english_titles.number_glued_otherwise``)
    (lambda w: w.isdigit(), lambda w, p, o: 2 if w.isdigit() and w in p.words
     and _english.number_glued_otherwise(p.words, p.words.index(w), p, o) else None),
    # ("Bundle" where the other title joins the two things it bundles - ``english_titles.joins_products_of``)
    (lambda w: w in _english.BUNDLE_WORDS,
     lambda w, p, o: 1 if w in _english.BUNDLE_WORDS and _english.joins_products_of(_english.raw_lower(o), p.wordset)
     else None),
    # (the default audience one shop states: "Unisex-Adult" / nothing - ``english_titles.default_audience``)
    (lambda w: w in _english.DEFAULT_AUDIENCE, lambda w, p, o: 1 if _english.default_audience(w, p, o) else None),
    # (session 22, en22: "Combo" of formats where the other lists them - ``english_titles.format_combo``)
    (lambda w: w in COMBO, lambda w, p, o: 1 if _english.format_combo(w, p, o, COMBO) else None),
    # (session 22, en22: a book's author one shop names, "Novel" / "Hardback" - ``english_titles.book_wording``)
    (_str_isalpha, lambda w, p, o: 1 if _english.book_wording(w, p, o) else None),
    # (session 22, en22: "Complete Series" / "Complete Seasons 1-8" - ``english_titles.complete_set_wording``)
    (lambda w: w in _english._COMPLETE_SET_WORDS, lambda w, p, o: 1 if _english.complete_set_wording(w, p, o) else None),
    # (session 22, en22: "(Amazon Exclusive)", "with Refund Bonus Offer" - ``english_titles.sale_note``)
    (_str_isalpha, lambda w, p, o: 1 if _english.sale_note(w, p, o) else None),
))
# a word of the kind's name where the other names no kind ("Smart Cutting Machine" / "Cricut Maker 3":
# ``english_titles.kind_modifier``): never a variant, tier or edition word, nor a word a facet or a formulation reads
_KIND_MOD_NOT = VARIANT | T.VARIANTS
from .formulation import phrase_words as _formulation_phrase_words  # noqa: E402
_english.NAMED_WORDS.update(_formulation_phrase_words())  # (and ``facets`` adds its facet words)

_add_steps(((_str_isalpha, lambda w, p, o: 1 if _english.kind_modifier(w, p, o, CATEGORY, _KIND_MOD_NOT, FUNCTION)
                else None),), first=True)
# a series name before a colon the other shop shortened ("The Legend of Zelda: Tears of the Kingdom" /
# "Zelda Tears of the Kingdom": ``english_titles.series_prefix_word``)
_add_steps((
    (_str_isalpha, lambda w, p, o: 1 if _english.series_prefix_word(w, p, o, FUNCTION) else None),
))
# "Rechargeable" of a device the other calls electric or cordless, in no battery's title: read before
# the spec step, which reads it as a battery's chemistry (``english_titles.rechargeable_device``)
_BATTERY_WORDS = frozenset(w for w, c in CATEGORY.items() if c == "battery") | frozenset("aa aaa cr2032 9v".split())
_add_steps(((lambda w: w in _english._RECHARGEABLE,
             lambda w, p, o: 1 if _english.rechargeable_device(w, p, o, _BATTERY_WORDS) else None),), first=True)

# --- session 18, English (en18): how English shops word a listing ---
# abbreviations and trade words of one thing: "Sz 1" = "Size 1" (diapers, apparel), an "Esports
# Mouse" is a gaming mouse
SYNONYM.update({w: c for c, ws in {
    "size": "size sz",
    "gaming": "esports",
}.items() for w in ws.split() if w not in SYNONYM})
# a garment's sleeve length: "Short Sleeve" / "Long-Sleeve" bodysuits are two products; one title
# leaving the sleeve out says nothing (``spec_clash``)
for _d, _cs in {"sleeve": {"short": "short shortsleeve", "long": "long longsleeve"}}.items():
    SPEC[_d] = _classes(_cs)
    for _w, _c in SPEC[_d].items():
        _SPEC_OF.setdefault(_w, (_d, _c))
# the words of a fitment phrase ("Designed for" / "Compatible with") and of a shipping note
# ("Frustration Free Packaging"): ``english_titles.fitment_wording``, ``english_titles.packaging_note``
_add_steps((
    (lambda w: w in _english._FIT_WORDS, lambda w, p, o: 1 if _english.fitment_wording(w, p, o) else None),
    (lambda w: w in ("frustration", "free", "packaging", "ffp", "certified"),
     lambda w, p, o: 1 if _english.packaging_note(w, p) else None),
))
# a unit written out after a number the other glues to its abbreviation ("1 Meter" / "1m":
# ``english_titles.unit_word_glued``)
_add_steps((
    (lambda w: w in _english._UNIT_WRITTEN, lambda w, p, o: 2 if _english.unit_word_glued(w, p, o) else None),
))
# "Flavored" / "Flavor" / "Scented" after a flavour both print ("Nacho Cheese Flavored" / "Nacho
# Cheese": ``english_titles.flavour_mark``)
_add_steps((
    (lambda w: w in _english._FLAVOUR_MARKS, lambda w, p, o: 1 if _english.flavour_mark(w, p, o) else None),
))
# the audience a game names ("Family Card Game": ``english_titles.game_audience``)
_add_steps((
    (lambda w: w in _english._GAME_AUDIENCE, lambda w, p, o: 1 if _english.game_audience_word(w, p) else None),
))
# more makers' names shops print before a line (session 18, en): "Hasbro *Gaming* Jenga", "Pepperidge
# *Farm* Goldfish", "Kraft *Foods*"; and makers of lines the other title prints ("Bega Vegemite",
# "Nestle Milo", "Arnott's Tim Tam", "Cadbury Bournvita")
_MAKER_SUFFIX = _MAKER_SUFFIX | frozenset("gaming foods farm farms brands".split())
_MAKER_OF = {**_MAKER_OF,
             "bega": frozenset("vegemite".split()),
             "arnott": frozenset("tim timtam".split()), "arnotts": frozenset("tim timtam".split()),
             "cadbury": frozenset("bournvita".split()),
             "kellogg": frozenset("pringles cheez cheezit eggo".split()),
             "kelloggs": frozenset("pringles cheez cheezit eggo".split()),
             "hasbro": frozenset("monopoly jenga nerf playdoh scrabble".split()),
             "mattel": frozenset("uno barbie hotwheels".split()),
             "nestle": _MAKER_OF["nestle"] | frozenset(("milo",)),
             }
# kinds of baby, toy and electronics products English shops name in one word (session 18, en): one
# title naming the kind the other leaves out says nothing more ("Squishmallow Cam the Cat *Plush*" /
# "Squishmallows Cam the Cat"); two kinds stay two
CATEGORY.update({w: c for c, ws in {
    "stroller": "stroller strollers pushchair pushchairs pram prams",
    "plush": "plush plushie plushies",
    "puzzle": "puzzle puzzles",
    "playset": "playset playsets",
    "pacifier": "pacifier pacifiers soother soothers dummy dummies",
    "headset": "headset headsets",
}.items() for w in ws.split() if w not in CATEGORY})
GENERIC = frozenset(CATEGORY) | FILLER
_KINDS = frozenset(CATEGORY)
# "Pre-Seasoned" cast iron (``english_titles.pre_finish``)
_add_steps((
    (lambda w: w == "pre" or w in _english._PRE_FINISHES, lambda w, p, o: 1 if _english.pre_finish(w, p) else None),
))

# session 19 (en19): motor oil as English shops word it - "Motor Oil" = "Engine Oil" (one kind,
# two names), "SAE" naming the standard before a grade ("SAE 5W-30"), "Fully" of "Fully Synthetic"
# and a maker's "Technology" ("with MaxLife Technology") name no product; an oil's base is a spec of
# one dimension (synthetic / conventional / blend): printed by one shop only it says nothing, two
# bases stay two products
_add_kind_phrases({"motor oil": ("motor oil", "engine oil", "car engine oil", "motor oils", "engine oils")})
FILLER = FILLER | frozenset("sae fully technology".split())
# ("blend" is left out: read by its stem it took "Blender" for a spec - "Ninja Air Fryer and Blender")
SPEC["oil_base"] = _classes({"synthetic": "synthetic", "conventional": "conventional mineral",
                             "blend": "semisynthetic"})
for _w, _c in SPEC["oil_base"].items():
    _SPEC_OF.setdefault(_w, ("oil_base", _c))
GENERIC = frozenset(CATEGORY) | FILLER
_KINDS = frozenset(CATEGORY)

# session 19 (en19b): a tyre's kind word ("Tire", "Tyre", "Reifen") on one side only names no
# product - the size both print says what it is (``raw_facets`` tyre)
_add_kinds({
    "tyre": "tire tires tyre tyres reifen pneu pneus neumatico neumaticos pneumatico pneumatici opona opony",
})

# session 19 (en19b): kinds of music gear, hobby, outdoor and beauty goods English shops name
# beside the product's own name ("BOSS DS-1 Distortion *Pedal*", "Snark SN-5 *Tuner*", "Black
# Diamond Spot 400 *Headlamp*" / "*Head Torch*", "ARCTIC MX-4 *Thermal Compound*" / "*Thermal
# Paste*"): one side's kind word, or one kind named two ways, names no other product.  (Not
# "tent" nor "stove": a tent's kind word stood in a Coleman match's name, and "on the Stove" in
# a skillet's feature list made two skillet sizes one - dev11_retail, heldout16)
_add_kinds({
    "pedal": "pedal pedals stompbox",
    "tuner": "tuner tuners",
    "plectrum": "picks plectrums plectra",
    "drumsticks": "drumsticks",
    "headlamp": "headlamp headlamps headtorch",
    "paste": "paste compound",
    "concealer": "concealer concealers",
    "lipstick": "lipstick lipsticks",
}, {"thermal paste": ("thermal paste", "thermal compound", "thermal grease"),
    "headlamp": ("head torch", "head lamp"),
    "drumsticks": ("drum sticks",),
    "pedal": ("effects pedal", "guitar pedal", "effect pedal")})

# session 20 (en20b): the genre a game's shop names before its kind ("Pandemic Cooperative Strategy
# Game" / "Pandemic Board Game", "Codenames - Word Party Game", "UNO Classic Card Game" / "UNO Card
# Game"): ``english_titles.game_genre_word``
_add_steps((
    (lambda w: w in _english._GAME_GENRES, lambda w, p, o: 1 if _english.game_genre_word(w, p, o) else None),
))

# session 20 (en20b): kinds of baby and kitchen goods as English shops (US, UK, Australia) name
# them two ways: one kind, so neither name is another product ("Stainless Steel *Pan Set*" /
# "*Cookware Set*", "*Feeding Bottle*" / "*Baby Bottles*", "*Infant Formula*" / "*Baby Formula*",
# "*Onesie*" / "*Bodysuit*", "*Sleep Sack*" / "*Sleeping Bag*"); two kinds stay two
_add_kinds({
    "bodysuit": "bodysuit bodysuits onesie onesies babygrow babygrows",
    "highchair": "highchair highchairs",
}, {"cookware set": ("pan set", "pan sets", "pans set", "pot and pan set", "pots and pans set", "pots and pans",
                     "cookware sets", "pot sets"),
    "baby bottle": ("baby bottle", "baby bottles", "feeding bottle", "feeding bottles", "infant bottle",
                    "infant bottles", "nursing bottle", "nursing bottles"),
    "infant formula": ("infant formula", "baby formula", "infant milk", "baby milk", "formula milk",
                       "infant milk formula", "baby milk formula"),
    "infant car seat": ("infant car seat", "baby car seat", "infant car seats", "baby car seats"),
    "sleeping bag": ("sleep sack", "sleeping bag", "sleep bag", "sleeping bags", "sleep sacks",
                     "wearable blanket"),
    "highchair": ("high chair", "high chairs"),
    "sippy cup": ("sippy cup", "sippy cups", "trainer cup", "trainer cups", "training cup", "training cups",
                  "transition cup", "transition cups"),
})
# a baby garment's size "NB" is "Newborn" ("HALO SleepSack Swaddle, Cream, Newborn" / "... - Cream - NB")
SYNONYM.update({w: "newborn" for w in "newborn nb".split() if w not in SYNONYM})

# session 20 (en20b): one word in British and American spelling ("Modelling" / "Modeling",
# "Organiser" / "Organizer", "Centre" / "Center"): ``english_titles.uk_us_spelling``
_add_steps((
    (lambda w: len(w) >= 6, lambda w, p, o: 2 if _english.uk_us_spelling(w, p, o) else None),
))

# session 20 (en20b): "Baby" / "Infant" one shop says where the other states the age in months
# ("Carter's Baby 5-Pack Bodysuits, 6M" / "Carter's 5 Pack Bodysuits 6 Months"): ``english_titles.baby_by_age``
_add_steps((
    (lambda w: w in _english._BABY_WORDS, lambda w, p, o: 1 if _english.baby_by_age(w, p, o) else None),
))

# session 20 (en20b): a stage's label before the number the other prints ("Stage 1" / "1"):
# ``english_titles.stage_label``
_add_steps((
    (lambda w: w in _english._STAGE_LABELS, lambda w, p, o: 1 if _english.stage_label(w, p, o) else None),
))

# session 20 (en20b): a model's scale one shop prints ("Hot Wheels 20-Car Pack, 1:64 Scale Die-Cast
# Cars" / "Hot Wheels Set of 20 Toy Cars"): ``english_titles.scale_spec``
_add_steps((
    (lambda w: w == "scale" or w.isdigit(), lambda w, p, o: 1 if _english.scale_spec(w, p, o) else None),
))

# session 20 (en20b): a pack size's name before "Pack" / "Box" where the title prints the count ("180
# Nappies, Monthly Pack" / "x180"): ``english_titles.pack_size_name``
_add_steps((
    (lambda w: w in _english._PACK_SIZE_NAMES, lambda w, p, o: 1 if _english.pack_size_name(w, p) else None),
))

# session 20 (en20b): a construction toy's kind, as shops name it beside the line ("MAGNA-TILES Clear
# Colours 100 Piece *Magnetic Building Set*" / "Magna-Tiles Clear Colors 100-Piece Set", "Mega Bloks
# *Building Blocks*", "*Construction Set*"): the kind, no other product
_add_kinds({"buildingset": "buildingset"}, {
    "buildingset": ("building set", "building sets", "construction set", "construction sets", "building blocks",
                    "building kit", "building kits", "building toy", "building toys", "building bricks",
                    "magnetic building set", "magnetic building blocks", "magnetic tiles", "construction toy"),
})

# session 20 (en20b): a prize claimed in a title ("Dixit: The *Award-Winning* Storytelling Board Game",
# "*Best-Selling*") is a shop's claim, no product's name
MARKETING = MARKETING | frozenset("award awards winning awardwinning bestselling bestseller acclaimed".split())
_STEPS_OF.clear()

# session 22 (ml22b): a sunscreen's protection grade ("SPF50+", "SPF 30") is a spec many shops
# leave out of a title (a Japanese shop's "アネッサ … ミルク 60mL" / "ANESSA … Milk SPF50+ 60ml"):
# on one side only it says nothing the other contradicts; two grades still differ (both print one)
_SPF = re.compile(r"spf\d{1,3}$").match


def _spf_alone(w: str, p, o) -> int | None:
    return 1 if _SPF(w) and not any(_SPF(x) for x in o.wordset) and "spf" not in o.wordset else None


_add_steps(((lambda w: w[:3] == "spf", _spf_alone),))

# session 22 (ml22b): the market a Latin title names in words ("… 12 pcs (Japan)", "Booster Box
# (Japanese)", "(Asia, Chinese)", "Korean Version") is the market the other title is written for
# when that title is in its script - kana for Japan, hangul for Korea, Chinese characters without
# kana for China, Hong Kong, Taiwan or Asia: one product, said twice; never against a Latin title
# or a title in another script ("(Japan)" against a Korean title stays a word it lacks)
_MARKET_SCRIPT = {
    **dict.fromkeys("japan japanese jp jpn".split(), "kana"),
    **dict.fromkeys("korea korean kr kor".split(), "hangul"),
    **dict.fromkeys("china chinese cn chn asia asian hk hongkong taiwan tw".split(), "hanzi"),
}
_KANA = re.compile("[\u3040-\u30ff]").search
_HANGUL = re.compile("[\uac00-\ud7af]").search
_HANZI = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]").search


def _market_in_script(w: str, p, o) -> int | None:
    script = _MARKET_SCRIPT.get(w)
    t = o.rawtitle
    if script is None or type(t) is not str or t.isascii():
        return None
    if script == "kana":
        return 1 if _KANA(t) else None
    if script == "hangul":
        return 1 if _HANGUL(t) else None
    return 1 if _HANZI(t) and not _KANA(t) and not _HANGUL(t) else None


_add_steps(((lambda w: w in _MARKET_SCRIPT, _market_in_script),))

# --- session 22, ml22c block: two local shops of one country, both titles in its language ---
# (Polish, Czech, Slovak, Hungarian, Romanian, Turkish, Greek; the words ``lingua`` and the blocks
# above lacked, each in the class its English word has)
# a coffee's form, beans, in the Polish, Czech / Slovak, Romanian, Hungarian and Turkish words
# ("Kawa ziarnista" / "kawa w ziarnach", "Cafea boabe", "szemes kávé", "çekirdek kahve")
_add_synonyms({"beans": "ziarnista ziarniste ziarnach ziarno zrnkova zrnkove zrnkova boabe szemes cekirdek"})
# a liquid's form in Romanian, Polish, Czech / Slovak, Hungarian and Turkish ("detergent lichid")
_add_spec("form", {"liquid": "lichid lichida lichide tekuty tekuta tekute plynny plynna tekuty folyekony sivi"})
# milk and honey as a flavour or a kind ("lapte si miere": Romanian milk and honey; Hungarian "tej",
# Turkish "süt", Greek "gala")
_add_kinds({"milk": "lapte tej sut", "diapers": "scutece scutec bezi pelenkak", "toothpaste": "odontopasta odontokrema",
            "blades": "borotvapenge borotvapengek penge pengek potpenge potpengek",
            "motor oil": "motorolaj"},
           {"diapers": ("bebek bezi", "hazir bez"), "dishwasher": ("bulasik makinesi",),
            "motor oil": ("olej silnikowy", "motorovy olej", "ulei de motor", "ulei motor", "motor yagi",
                          "motorni olej")})
_add_synonyms({"honey": "miere"})
CATEGORY.setdefault("utierky", "wipes")  # (Slovak "vlhčené utierky", wet wipes, as "obrúsky")
# counts and sizes as Romanian and Turkish shops write them ("76 buc", "76 bucăți", "mărimea 4",
# "3 Numara", "3 Beden"; Hungarian "méret", Slovak "veľkosť"): filler, the number is compared
FILLER = FILLER | frozenset("buc bucati bucata marimea marime numara beden meret merete velkost".split())
GENERIC = frozenset(CATEGORY) | FILLER
_NAME_SKIP = FUNCTION | FILLER
_KINDS = frozenset(CATEGORY)

# --- session 23, ml (rules23ml) block: the words a local shop adds, in the languages the
# tables above lacked (Greek, Russian / Ukrainian, the Nordic languages, Finnish, Hungarian,
# Czech), each in the class its English word has ---
# the container a grocery is sold in (as ``SPEC["package"]``: one title naming it and the other
# none is no disagreement, two containers are two products): Greek "βάζο" (a jar), "μπουκάλι"
# (a bottle), Russian "стакан" / Czech "kelímek" (a cup, of sour cream or yogurt), Russian
# "бутылка" / Ukrainian "пляшка" (a bottle), Swedish "påse" / Danish and Norwegian "pose" /
# Finnish "pussi" / Hungarian "zacskós" (a bag), Finnish "pullo" (a bottle) and "purkki" (a jar)
_add_spec("package", {
    "jar": "vazo vazaki purkki",
    "bottle": "boukali mpoukali butylka butylke plyashka pullo",
    "cup": "stakan stakanchik kelimek kelimku",
    "bag": "pase pose posen pussi zacskos zacskoban",
})
# ground coffee as Nordic and Finnish shops write it ("mellanmalet kaffe", "bryggmalet", Danish
# "formalet", Norwegian "kvernet", Finnish "jauhettu"): the coffee's form, as "gemahlen"
_add_spec("coffee_form", {"ground": "mellanmalet bryggmalet finmalet malet formalet kvernet jauhettu"})
# spreadable butter or cheese in the Nordic languages and Finnish ("Lurpak Smørbar" / "Spreadable
# Butter"): one value written otherwise
_add_synonyms({"spreadable": "spreadable smorbar bredbar bredbart levitettava"})
GENERIC = frozenset(CATEGORY) | FILLER
_NAME_SKIP = FUNCTION | FILLER
_KINDS = frozenset(CATEGORY)


# a maker's name for a colour - a word before the plain colour ("Midnight Black", "Titanium
# Black", "Onyx Black") - against a title in another script that names that colour alone (a shop
# writing in Arabic, Cyrillic, Greek, Hebrew, Thai, Chinese, Japanese or Korean translates the
# colour and leaves the maker's name for it out: "... Midnight Black" / "... أسود"): no word it
# lacks.  Not a tone or a finish ("Light Blue", "Matte Black" name another colour), nor where the
# other title names two colours or a colour word of its own before it, nor against a Latin title.
_SHADE_TONES = frozenset("""
light dark pale deep bright baby sky royal neon pastel matte matt glossy gloss metallic satin
frosted clear transparent crystal hell dunkel clair fonce claro oscuro chiaro scuro svetle tmave
""".split())
# the words makers name a colour by before the plain colour ("Phantom Black", "Cosmic Grey", "Awesome
# Navy", "Moonlit Black", "Mystic Bronze", "Onyx Black", "Obsidian", "Space Grey"), besides the colours
# of ``titles.COLOURS`` that qualify another ("Midnight Black", "Titanium Black", "Graphite Black")
_COLOUR_NAME_WORDS = frozenset("""
phantom cosmic awesome moonlit mystic onyx obsidian space starry stellar aurora frost ocean forest
lunar shadow carbon jet meteorite volcanic glacier
""".split())
_NON_LATIN = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0e00-\u0e7f"
                        "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]").search


def _translated_shade(w: str, p, o) -> int | None:
    t = o.rawtitle
    if type(t) is not str or t.isascii() or not _NON_LATIN(t):
        return None
    if w in _SHADE_TONES or w in VARIANT or w in T.VARIANTS or w in FUNCTION:
        return None
    if w in CATEGORY or w in _SPEC_OF or w in SYNONYM:
        return None  # (a kind, a flavour, a spec: "دبس رمان الأخضر" reads "pomegranate green")
    if w not in T.COLOURS and w not in _COLOUR_NAME_WORDS:
        return None  # (a colour's name is a colour or a word of the table: "Active Black" is a model)
    pt = p.rawtitle
    if type(pt) is not str or _NON_LATIN(pt):
        return None  # (the maker's name is the Latin title's: a title in the script says the colour alone)
    ocol = o.facets.get("colour")
    if not ocol or len(ocol) != 1:
        return None
    ws = p.words
    found = False
    for i in range(len(ws) - 1):
        if ws[i] != w:
            continue
        c = T.COLOURS.get(ws[i + 1])
        if c is None or c not in ocol or (i and T.COLOURS.get(ws[i - 1]) not in (None, c)):
            return None
        found = True
    return 1 if found else None


_add_steps(((_str_isalpha, _translated_shade),))


# the makers of many lines of groceries and toiletries that east Asian shops print before the
# line's name - in their script or in Latin letters ("농심 신라면", "CJ 비비고", "資生堂 アネッサ",
# "ユニ・チャーム ムーニー", "Nongshim Shin Ramyun") - where another shop prints the line alone
# ("신라면", "ANESSA", "Moony"): the maker of a line the other title names, as "Nintendo Switch"
# (``_MAKER_OF``), for every line it makes.  (As ``lingua.CJK_WORDS`` reads them.)
_LINE_MAKERS = frozenset("""
amorepacific unicharm suntory unipresident dongsuh glico cj samyang paldo pulmuone haitai kao
nongshim ottogi lotte binggrae mengniu yili meiji morinaga nissin shiseido
""".split())


def maker_before_line(w: str, p, o) -> int | None:
    """Is ``w`` a maker of ``_LINE_MAKERS`` leading p's title, right before the name of its line
    - a word the other title prints, or a native word the other title reads by its sound
    (``scripts``) -, the other offer naming no maker of the table?"""
    if w not in _LINE_MAKERS:
        return None
    ws = p.words
    if w not in ws[:2] or not _LINE_MAKERS.isdisjoint(o.wordset):
        return None
    i = ws.index(w)
    if i + 1 >= len(ws):
        return None
    nxt = ws[i + 1]
    # (a native word no table reads - the line's name, "신라면" - is compared by its sound with
    # the other title's words anyway: ``scripts``)
    return 1 if nxt in o.wordset or nxt.startswith("cjk") else None


_add_steps(((lambda w: w in _LINE_MAKERS, maker_before_line),))


# "multipack" ("멀티팩", "멀티", "Multipack") on one side only where both offers state the same count
# of packs, more than one ("신라면 멀티팩 120g x 5봉" / "농심 신라면 120g 5개입"): the count says it
_MULTIPACK = frozenset("multipack multipacks multi".split())


def _multipack_counted(w: str, p, o) -> int | None:
    if w not in _MULTIPACK:
        return None
    a, b = p.units.get("pack"), o.units.get("pack")
    return 1 if a and a == b and min(a) > 1 else None


_add_steps(((lambda w: w in _MULTIPACK, _multipack_counted),))


# more of a local shop's words in the classes their English words have (session 23, ml):
# - a chocolate's bar in Czech / Slovak and Hungarian ("Kinder Bueno tyčinka", "szelet"): its form
_add_spec("bar_form", {"bar": "tycinka tycinky tycinek szelet"})
# - a liquid's form in Danish, Swedish, Norwegian and Finnish ("Flydende Vaskemiddel")
_add_spec("form", {"liquid": "flydende flytande flytende nestemainen"})
# - size written as Russian, Ukrainian, Croatian and Serbian shops write it before the number
#   ("размер 3", "розмір 4", "veličina 5"): filler, the number is compared
FILLER = FILLER | frozenset("razmer rozmir velicina".split())
# - Finnish pieces and puzzle ("1000 palaa palapeli" = "Puzzle 1000 pezzi")
FILLER = FILLER | frozenset("palaa palan".split())
_add_kinds({"puzzle": "palapeli"})
# - a fitness tracker as Russian and Ukrainian shops name the kind ("Фитнес-браслет", "фітнес-браслет")
_add_kind_phrases({"fitness tracker": ("fitnes braslet", "fitnes brasleti", "fitnes braslety", "fitness tracker",
                                       "fitness band")})
GENERIC = frozenset(CATEGORY) | FILLER
_NAME_SKIP = FUNCTION | FILLER
_KINDS = frozenset(CATEGORY)
_STEPS_OF.clear()


# (as ``_MARKET_SCRIPT``) the country or style a Latin title names ("FAGE Total 2% *Greek* Yogurt",
# "*Thai* Jasmine Rice") against a title in that country's script (Greek, Thai): one fact, said by
# the script; never against a Latin title or another script
_COUNTRY_SCRIPT = {
    "greek": re.compile("[\u0370-\u03ff]").search,
    "thai": re.compile("[\u0e00-\u0e7f]").search,
}


def _country_in_script(w: str, p, o) -> int | None:
    found = _COUNTRY_SCRIPT.get(w)
    t = o.rawtitle
    if found is None or type(t) is not str or t.isascii():
        return None
    return 1 if found(t) else None


_add_steps(((lambda w: w in _COUNTRY_SCRIPT, _country_in_script),))


# session 24, ml24: a maker's colour name against a colour translated in a Latin title, compound
# words whose parts the other title prints, and a few concepts in every language (``ml24``)
from . import ml24 as _ml24  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_ml24.install(_sys.modules[__name__], T)


# session 24, ml24b: a Latin title's brand the other offer's brand field writes in another script
# ("Sano ..." / [brand סנו]: ``native_brand``)
from . import native_brand as _native_brand  # noqa: E402

_add_steps(((_native_brand.gate, _native_brand.brand_field_names),))


# session 27, fill27: what a pack claims - "Dermatologist Tested", "Recyclable", "Long Lasting",
# "Flip-Top Packs", "Non-GMO", "Powered by Braun" - names no product (``claims``)
from . import claims as _claims  # noqa: E402

_claims.install(_sys.modules[__name__])


# session 26, onesided26: a rating a shop prints with its number - a coffee's strength, "Intensity
# 10", "Intensität 8", "intensité 9" - is filler (the other shop leaves the score out); the word
# without a number beside it ("Mahogany Teakwood *High Intensity* Candle") names a variant of the
# line, an identifying word as any other
_RATING_WORDS = frozenset("intensity intensitat intensite intensidad intensita intensiteit intenzita intensywnosc".split())


def rating_number(w: str, p, o) -> int | None:
    """Is ``w`` a rating word (``_RATING_WORDS``) followed in p's title by its score, a number of one
    or two digits standing alone ("Intensity 10", "Intensität: 8", "intensité 9/13"; not "High
    Intensity 3-Wick Candle": a number glued to the next word is a count or size of its own)?"""
    t = p.rawtitle
    if w not in _RATING_WORDS or type(t) is not str:
        return None
    return 1 if _RATED[w](T.strip_accents(t).lower()) else None


_RATING_SCORE = r"\s*:?\s*\d{1,2}(?:\s*/\s*\d{1,2})?(?!\w|-|[.,]\d)"
# (one compiled search per rating word, not a pattern built at each call)
_RATED = {w: re.compile(r"\b" + w + _RATING_SCORE).search for w in _RATING_WORDS}


_add_steps(((lambda w: w in _RATING_WORDS, rating_number),))


# session 29 (lb29): the kinds of power and solar gear that shops in Lebanon sell for the power cuts, as a
# global shop names them beside the model ("EcoFlow DELTA 2 *Portable Power Station* 1024Wh", "Jinko Tiger
# Neo 580W *Solar Panel*" / "*PV Module*", "SmartSolar MPPT 100/30 *Charge Controller*", a LiFePO4 battery
# called a *lithium battery*): one side's kind word, or one kind named two ways, names no other product;
# two kinds stay two (a power station is no power bank, a lithium battery no gel one)
_add_kinds({
    "power station": "powerstation",
}, {"power station": ("power station", "portable power station", "solar generator", "portable power stations",
                      "power stations"),
    "solar panel": ("solar panel", "solar panels", "solar module", "solar modules", "pv module", "pv modules",
                    "pv panel", "pv panels", "photovoltaic module", "photovoltaic panel"),
    "charge controller": ("charge controller", "solar charge controller", "solar charger controller",
                          "charge controllers"),
    "lithium battery": ("lithium battery", "lifepo4 battery", "lithium iron phosphate battery", "lithium batteries",
                        "lifepo4 lithium battery", "lithium lifepo4 battery"),
})
# (and a memory module's "DRAM" / "SDRAM", as "RAM" is: the kind - "Vengeance LPX 16GB DDR4 DRAM 3200MHz")
FILLER = FILLER | frozenset(("dram", "sdram"))
GENERIC = frozenset(CATEGORY) | FILLER
# (the block stands before ``ml27.install``, which adds its words of no meaning to ``GENERIC`` last)

# session 30 (lbt30): earbuds named by their kind as the shops in Lebanon write it beside the line - "Redmi
# Buds 5 ANC *True Wireless Earbuds*", "TWS Earbuds", "Truly Wireless" -: the kind, as "earbuds" is; a
# variant word stays one ("Buds 5 Pro"), and "Wireless" alone stays a word of its own ("Cloud II Wireless"
# is another headset: lb29)
_add_kind_phrases({"earbuds": ("true wireless earbuds", "true wireless earphones", "truly wireless earbuds",
                               "true wireless", "truly wireless", "tws earbuds", "true wireless stereo")})
# and a mesh router by the names of its kind ("Tenda Nova MW6 *Mesh Wi-Fi System* (3-Pack)" / "Tenda MW6 *Whole
# Home Mesh WiFi* - 3 Pack", "Deco M4 *Whole-Home Mesh System*"): "System" / "Whole Home" there name the kind,
# no model of the line (the pack's count is compared as a pack)
_add_kind_phrases({"router": ("mesh wi fi system", "mesh wifi system", "mesh system", "mesh wi fi", "mesh wifi",
                              "whole home mesh", "whole home mesh wifi", "whole home mesh wi fi",
                              "whole home mesh system", "whole home mesh wifi system", "whole home wifi system",
                              "whole home wi fi system", "mesh networking system", "mesh network system")})


# session 27, ml27: function words name nothing in the words read by meaning, and vocabulary in
# every language (``ml27``)
from . import ml27 as _ml27  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

# session 31, cz31: Czech, Slovak and Polish shops' kinds named by a noun and its adjective ("Dysk
# zewnętrzny", "Chytré hodinky", "Oczyszczacz powietrza") - before ml27, whose block is the last
from . import cz31 as _cz31  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_cz31.install(_sys.modules[__name__])

# session 32, hl32: home goods' kinds in the shops' languages ("Regal" / "Shelving unit", "Bettgestell" /
# "Bed frame", "Deckel" / "lid", a mattress's firmness) - before ml27, whose block is the last
from . import home32 as _home32  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_home32.install(_sys.modules[__name__])

# session 32, da32: DIY tools, garden machines and car parts in the shops' languages ("Motorsense" /
# "decespugliatore" / "Brushcutter", "Scheibenwischer" / "balai d'essuie-glace"; ``diy32``)
from . import diy32 as _diy32  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_diy32.install(_sys.modules[__name__])

# session 33, ho33: the tumble dryer in the shops' languages ("Sèche-linge" / "Lave-linge"; ``mends33``)
from . import mends33 as _mends33  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_mends33.install(_sys.modules[__name__])

_ml27.install(_sys.modules[__name__])


# session 31, gc31: groceries, drinks and personal care in the shops' languages - the words one
# meaning has that no table read as one ("Soya" / "Soja", "Cookies" / "Kekse", "Balm" / "Balsam",
# "Jar" / "Tiegel"; ``grocery31``)
from . import grocery31 as _grocery31  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_grocery31.install(_sys.modules[__name__])


# session 32, hp32: pharmacy and health products - forms, kinds, uses and a tablet's coating in the
# shops' languages ("Filmtabletten", "Blood Pressure Monitor" / "Blutdruckmessgerät", "Allergy Relief";
# ``health32``)
from . import health32 as _health32  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_health32.install(_sys.modules[__name__])

# session 32, fs32: shoes, clothes, sportswear, bikes and sports equipment - the kinds of the trade in the
# shops' languages ("Laufschuh", "Hardloopschoenen", "Yogamatte", "Rennradhelm", "Gravelbike") and Dutch /
# Polish gender words (``sport32``)
from . import sport32 as _sport32  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_sport32.install(_sys.modules[__name__])

# session 33, bc33: make-up, skin and hair care, fragrance and grooming - kinds in the shops' languages
# ("Fondotinta", "Korektor", "Rouge à Lèvres", "Haaröl", "Scherkopf") and Polish gender words (``beauty33``)
from . import beauty33 as _beauty33  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_beauty33.install(_sys.modules[__name__])

# session 33, tb33: toys, games, baby and pet products - kinds of the trade in the shops' languages
# ("Kartenspiel" / "jeu de cartes" / "Card Game", "Katzensnacks" / "Cat Treats", "Hundebett", "Trinkbrunnen",
# "Babyschale", a collar, leash and harness), a game's expansion, a teat and its flow in more languages,
# a pet food's "Nassfutter" / "Trockenfutter" as the moisture spec, and the lexicon's stroller, pacifier
# and soft-toy words read as those kinds (``toys33``)
from . import toys33 as _toys33  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_toys33.install(_sys.modules[__name__])

# session 34, op34: office and printing supplies - kinds of the trade in the shops' languages
# ("Tonerkartusche", "Permanentmarker" / "marqueur", "Bleistift" / "matita", "Adressetiketten" / "etichette",
# "Kopierpapier"; German "auf", an Italian "caricatore", "Farben" / "couleurs"; ``office34``)
from . import office34 as _office34  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_office34.install(_sys.modules[__name__])
# session 34, hk34: cookware, bakeware and hand tools - kinds in the shops' languages ("Pizzastein" / "pizza
# stone", "Auflaufform" / "plat à four", "Seitenschneider" / "diagonal cutter", "Steckschlüsselsatz" / "socket
# set"), a set of pots named by its pot ("Kochtopf-Set", "batteria di pentole") and a pan's "beschichtet" as
# non-stick (``kitchen34``)
from . import kitchen34 as _kitchen34  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_kitchen34.install(_sys.modules[__name__])
# session 35, tb35: toys, baby, pet and sport / outdoor products - kinds in the shops' languages ("Schlafsack" /
# "sacco a pelo", "Stirnlampe", "Kautabletten" / "chewables", "Mitfahrbrett", "Reboarder", "Milchpumpe" /
# "tiralatte", "Babyphone", a bicycle's chain and cassette), a stroller's frame, a car seat's base, "doppio" /
# "Doppel", "pur" / "pure", a shoe's "weit" (``tb35``)
from . import tb35 as _tb35  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_tb35.install(_sys.modules[__name__])
# session 35, rc35: one-sided words that name no other product - claims ("Antibacterial", "beruhigend" /
# "lenitivo", a speaker's "Waterproof"), one item's container, a colour after a household kind, spelled
# numbers (``recall35``)
from . import recall35 as _recall35  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)
from . import ph40 as _ph40  # noqa: E402  (session 40: a leaf module - the listing's words, a phone's plain 4G)

_recall35.install(_sys.modules[__name__])
# session 35, mend35: kitchen hand tools and servers in the shops' languages ("Schöpflöffel" / "ladle" /
# "louche", "Schaumlöffel" / "skimmer", "Brotmesser" / "coltello da pane", "Isolierkanne" / "vacuum jug";
# ``mends35``)
from . import mends35 as _mends35  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_mends35.install(_sys.modules[__name__])

# session 35, pc35: PC parts, laptops, monitors, phones - more lines made only in 5G (``pc35``)
from . import pc35 as _pc35  # noqa: E402  (a leaf module)

_pc35.install(_sys.modules[__name__])  # (PC parts' kinds - "karta graficzna", "boîtier PC", "placa base" -, colourways)

# session 36, of36: what a shop promises about the sale - delivery, stock, a deal, the listing's
# freshness, the shop's own name ("| Free Shipping & Returns", "- Doprava zdarma", "| Skladem", "(Newest
# Model)", "- Walmart.com") - names no product (``offer_terms``)
from . import offer_terms as _offer_terms  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_offer_terms.install(_sys.modules[__name__])

# session 36, fs36: cycling parts, outdoor gear, sports watches, winter sports - kinds in the shops' languages
# ("Schaltwerk" / "rear derailleur", "Federgabel" / "fork", "Frontlicht", "Wanderstöcke" / "trekking poles",
# "Isomatte" / "sleeping pad", "Schlittschuhe" / "ice hockey skates"; ``fs36``)
from . import fs36 as _fs36  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_fs36.install(_sys.modules[__name__])

# session 37, dg37: DIY, car care and garden tools - kinds in the shops' languages ("Wasserwaage" / "poziomica"
# / "spirit level", "Laubrechen" / "leaf rake", "Schlauchwagen" / "hose reel", "Felgenreiniger" / "wheel
# cleaner", "meuleuse angulaire", "combi drill", "ratchet"; ``dg37``)
from . import dg37 as _dg37  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_dg37.install(_sys.modules[__name__])

# session 37, lb37: tech goods as the shops in Lebanon title them - a socket or memory a motherboard's chipset
# implies ("B650 ... AM5 DDR5"), a maker's line prefix one side ("MSI MAG", "ROG Strix", Xiaomi's "Mi"), an NVMe
# drive's "M.2" (``lb37``)
from . import lb37 as _lb37  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_lb37.install(_sys.modules[__name__])

# session 38, sw38: software and games - a term named by its adjective ("Annual Subscription" = "1 Year"),
# "System Builder" (the OEM licence the facet reads), a boxed copy's "Mídia Física", a licence count's word
# ("1 Nutzer"), a plan's default "Individual" (``sw38``)
from . import sw38 as _sw38  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_sw38.install(_sys.modules[__name__])

# session 42, sw42: "CD album" (the release's kind beside its format), Adobe's "Acrobat Pro DC" (``sw42``)
from . import sw42 as _sw42  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_sw42.install(_sys.modules[__name__])

# session 38, hh38: US household, personal care, baby, pet and grocery goods - a supplement's gummies as a
# dose form against tablets, capsules, softgels (``hh38``)
from . import hh38 as _hh38  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_hh38.install(_sys.modules[__name__])

# session 38, eu38: one product in two European shops' languages - the kind leading a Czech / Polish / French /
# Italian title ("Chytrý náramek", "Hulajnoga elektryczna", "Trottinette électrique", "Granule pro psy"), a
# console's disc drive ("s mechanikou" = "z napędem"), the camera and tracker phrases named one kind (``eu38``)
from . import eu38 as _eu38  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_eu38.install(_sys.modules[__name__])

# session 38, we38: Western European shops' titles - kinds in the shops' languages ("Stielsauger" / "aspirateur
# balai", "aspiratutto solidi e liquidi", "moldeador", "soin" / "Pflege", "maaltijdzakjes", Dutch "lamp"), a
# mopping function, an insert, a blemish, German "im" (``we38``)
from . import we38 as _we38  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_we38.install(_sys.modules[__name__], _lingua.cognate_key)

# session 39, ou39: bicycle, DIY and fitness parts' kinds in the shops' languages ("Chainset" / "crankset",
# "Kreissägeblatt" / "circular saw blade", "Sägekette", "Kettenverschleißlehre", "Übungsband"; ``ou39``)
from . import ou39 as _ou39  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_ou39.install(_sys.modules[__name__])

# session 39, pc39: computer, phone and PC-part specs written two ways - an Intel Core number against its family
# and generation in words ("i5-1235U" / "Core i5 12th Gen"), Samsung's "Galaxy" line name one side (``pc39``)
from . import pc39 as _pc39  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_pc39.install(_sys.modules[__name__])
_ph40.install(_sys.modules[__name__])  # (session 40, ph40: a tablet's Wi-Fi one side)

# session 40, sh40: smart-home, networking and camera titles' one-sided words - what a device works with
# ("Works with Alexa and Google Home", "HomeKit kompatibel"), setup notes ("No Hub Required"), a band count
# ("Dual-Band"), a camera's listed features ("Two-Way Talk", "Zwei-Wege-Kommunikation"; ``sh40``)
from . import sh40 as _sh40  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_sh40.install(_sys.modules[__name__])

# session 40, co40: a kind phrase opening with a line's variant word ("Air Purifier": no "Air" model; ``co40``)
from . import co40 as _co40  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_co40.install(_sys.modules[__name__])

# session 40, md40: a kitchen machine's bowl and a set's building instructions are parts of their own ("Thermomix
# TM6 Mixtopf", "boccale per TM6", "LEGO 42115 Instructions Booklet"; ``md40``)
from . import md40 as _md40  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_md40.install(_sys.modules[__name__])

# session 40, av40: one model in two notations - a describing word ("Gas", "Powered") on one side of two titles
# naming the model by one specific word is no variant (``av40``)
from . import av40 as _av40  # noqa: E402  (a leaf module)

# session 41, of41: office machines and supplies - kinds in the shops' languages ("Heftgerät" / "stapler",
# "Aktenvernichter" / "shredder", "calcolatrice" / "calculator", "Korrekturroller", "Bürostuhl" / "office chair",
# "Haftnotizen" / "sticky notes"), a pen's tip width, "papier" / "papel" (``office41``)
from . import office41 as _office41  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_office41.install(_sys.modules[__name__])
# session 41, wr41: a garden's water timer, a kind of its own in the shops' languages ("Bewässerungscomputer" /
# "tuyau d'arrosage" are two products; ``wr41``)
from . import wr41 as _wr41  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_wr41.install(_sys.modules[__name__])
# session 41, fu41: furniture, lighting and garden kinds in the shops' languages ("Miroir" / "Mirror",
# "Standleuchte" / "floor lamp", "Sonnenschirm" / "parasol", "Pflanzgefäß" / "planter"; ``home41``)
from . import home41 as _home41  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_home41.install(_sys.modules[__name__])
# session 41, eu41: one value in the shops' languages - "publicités" / "Werbung" (ads), "kakaa" (cocoa), a Polish
# tin ("w puszce"; ``eu41``)
from . import eu41 as _eu41  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_eu41.install(_sys.modules[__name__])
# session 42, ac42: a kind's accessory on one side reads the kinds of every table above (``kind_accessory``)
from . import kind_accessory as _kind_accessory  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_kind_accessory.install(_sys.modules[__name__])
# session 43, mu43: music and outdoor gear kinds in the shops' languages ("Effektpedal", "Kondensatormikrofon",
# "Synthesizer", "Taschenlampe" / "flashlight", "Sturmkocher", "Gaskartusche", "Plektren"; ``mu43``)
from . import mu43 as _mu43  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_mu43.install(_sys.modules[__name__])


def _mu43_kind_excused(w: str, p, other) -> bool:
    """(session 43, fxmu43) ``mu43.kind_excused`` with this module's tables."""
    return _mu43.kind_excused(w, p, other, _sys.modules[__name__])


# session 43, wj43: watches, jewellery, eyewear and contact lenses - kinds in the shops' languages ("Creolen" / "hoop
# earrings", "Anhänger" / "pendant", "Uhrenarmband" / "watch strap", "Sonnenbrille" / "sunglasses"; ``wj43``)
from . import wj43 as _wj43  # noqa: E402  (a leaf module: ``wordclass`` is passed to it)

_wj43.install(_sys.modules[__name__])
