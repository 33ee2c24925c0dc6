"""Variants of household, personal-care and grocery lines the other readers
miss (session 24, hh24).

A line of consumer goods ("Tide PODS", "Colgate Total", "Marabou",
"Carolina Herrera Good Girl", "Brooke Bond Red Label") is sold in variants
that shops name with words no table can list: a scent ("Spring Meadow"), a
flavour or a filling ("Daim"), a sub-line ("Natural Care", "Very", "Extra",
"Nano", "Max"), a finish or strength ("Broad Line" / "Fine Line", "Halfvolle"
/ "Volle"), a shade ("Cosmic Black" / "Very Black").  What identifies such a
word is not its meaning but its place: it stands in the *variant slot* of the
product's name, where the other title prints nothing or another word.  The
readers here compare two prepared offers and say whether they name two
variants; ``variants.slot_conflict`` reads them as a slot conflict (a shared
specific model number or part number outweighs it: ``rules``).

* ``inserted_variant``: one title prints, between two words the other title
  prints side by side, one or two words of its own that name no kind, no
  description and nothing the other offer says ("Good Girl" / "*Very* Good
  Girl", "Red Label Tea" / "Red Label *Natural Care* Tea", "Panadol Advance" /
  "Panadol *Extra* Advance", "Longlife Power" / "Longlife *Max* Power");
* ``substituted_variant``: both titles print a word of their own right before
  (or right after) one word both print, the two words neither a translation
  of each other nor a kind, a description or a filler ("*Broad* Line" /
  "*Fine* Line", "*Halfvolle* Melk" / "*Volle* Melk", "*Invisible* Fluid" /
  "*Oil Control* Fluid", "Magic Eraser *Extra Durable*" / "Magic Eraser
  *Original*");
* ``default_against_named``: one title names the line's plain variant
  ("Original", "Classic", "Regular", in the shops' languages) and no scent or
  flavour, the other names a scent or flavour ("Tide Pods Original" / "Tide
  PODS, Spring Meadow");
* ``named_variants_differ`` (session 26, house26): EACH title prints, where a variant's name
  sits (past the brand and line, before the kind; or a short part of its own), a run of words the
  other does not read in any spelling or language, one side's a scent or flavour of the tables
  ("Clean Cotton Scented Candle" / "Soft Blanket Bougie Parfumée");
* ``diaper_sizes_differ``: a nappy's size written "T4", "Talla 5", "Size 4",
  "Gr. 4", "Taille 4", "Maat 4", "Rozmiar 4" (the numbered size of one line);
* ``described_packs_differ``: how many items an offer is, as its description
  states it when the titles are alike ("Pack of 4 bars" / "Pack of 8 bars",
  "Box of 12 markers" / "Value pack of 36 markers", "Confezione da 4 x 250 g"
  against a title's "250 g", "Licence for 3 devices" / "1 device");
* named classes of one dimension: a paint's sheen (flat / eggshell / satin /
  semi-gloss / gloss, "Matt" / "Seidenglanz"), a soft drink's sugar ("Zero" /
  "com açúcar", "tradicional"), an antiperspirant against the line's deodorant
  ("Antiperspirant & Deodorant" / "Deodorant");
* counts and volumes as some shops write them: "x6" (a count, not a version)
  against "10 Stück", "750cc" (millilitres) against "1 litro";
* a bare tool against its kit ("solo", "Tool Only", "sin batería" / "mit 2
  Akkus", "con 2 baterías") and an appliance against its bundle with another
  ("with Aeroccino Milk Frother", "with Bassinet and Changer").

What is *not* a conflict, measured on the dev files' labelled pairs: a short part
naming a variant on one side only ("…, Mountain Spring" against a title naming
none) - shops drop the scent or flavour of the product they list as often as they
name it (71 right "same" lost where it was tried).

Words after "with" / "for" (an accessory, whom it suits), in a long feature
list, words of a kind of product, descriptions, claims, colours (compared by
the colour facet), numbers and units are never a variant name here; nor is a
word the other offer prints anywhere (title or text), in another spelling or
language (``synonyms``, ``wordclass.canon``).
"""

from __future__ import annotations

import re

from . import raw_facets as _raw_facets
from . import wordclass as W
from .formulation import formulation_words  # (session 28, dev28)
from .offermemo import per_offer
from .memos import cached
from .facets import COLOUR_OF
from .synonyms import SCENT_OF
from .titles import gram_weight, strip_accents
from . import co40 as _co40  # (session 40, co40: a leaf module - a colour code glued to a model number)

# --------------------------------------------------------------------------
# vocabularies (written from general knowledge, accent-free, lower case)
# --------------------------------------------------------------------------

# the plain variant of a line, in the shops' languages
DEFAULT_VARIANT = frozenset("""
original originals originale originali originel originelle origineel oryginalny oryginalna oryginalne originalni
classic classics classico classica classique klassisch klassik klassiek clasico clasica klasyczny klasyczna klasik
regular regulier normal normale
""".split())

# known variant names of household and personal-care lines (scents, flavours, skin and hair types,
# formulations, strengths) that a title may print as a word of its own: never excused as a
# description here ("Sensitive" is a variant, not a claim)
KNOWN_VARIANT = frozenset("""
sensitive sensible sensibel sensibile sensitiv gevoelige wrazliwa citlivou citliva
unscented fragrance-free parfumfrei sans-parfum sin-perfume senza-profumo ongeparfumeerd
extra max maxi ultra plus advance advanced forte strong strength intense intensiv intensive
mild mild doux douce suave delicato delicate zacht lagodny jemny
whitening blanqueador blanchissant aufhellend sbiancante
nano mini lite light lekki lehky leggero ligera legere
fresh frais fresca fresco frisch fris
dry trockene seche seca secca droog sucha
oily fettige grasse grasa grassa vette tlusta
normal normale normali
curly lockig boucles rizado ricci krullend
coloured colored coloriert colores colorati gefarbt
volume volumen volumizing
repair reparatur reparation reparacion riparazione
night nuit noche notte nacht noc
day jour dia giorno dag dzien
men homme hombre uomo herren heren
women femme mujer donna damen dames
kids enfant enfants kinder nino ninos bambini
""".split())


# the words of a sub-line or a strength that a brand prints inside a line's name ("Very Good Girl",
# "Extra Advance", "Longlife Max Power", "Precision Cooker Nano", "Compact Power Adapter"): one
# title printing one between two words the other prints side by side names another product
TIER_WORDS = frozenset("""
very extra max maxi ultra plus nano mini micro compact forte strong stark fort fuerte
intense double triple mega hyper go
""".split())

# containers a shop names the same product in ("Creme *Dose*" / "Creme *Tin*"): never a variant
_CONTAINER = frozenset("""
tin tins dose dosen boite boites bote botes lata latas barattolo barattoli tub tubs tube tubes tuben
jar jars glas bocal frasco frascos vasetto pot pots bottle bottles flasche fles flessen bouteille botella
bottiglia can cans dose karton carton cartons brick pouch pouches beutel sachet sachets bag bags tute
box boxes schachtel caja scatola doos pack packs pak paquet paquete confezione refill
""".split())

# words that describe a product or its use, in the shops' languages: not a variant's name
_DESCRIBE = frozenset("""
new neu nouveau nouvelle nuevo nueva nuovo nuova nieuw nowy nowa novy nova
genuine authentic echt authentique autentico official offiziell officiel oficial ufficiale
premium quality qualitat qualite calidad qualita best top super great deluxe
portable tragbar portatif portatil portatile cordless kabellos sans-fil inalambrico wireless
electric electrical elektrisch electrique electrico elettrico
rechargeable wiederaufladbar recargable ricaricabile
reusable wiederverwendbar reutilisable reutilizable riutilizzabile
disposable einweg jetable desechable monouso
large small medium big grand grande petit petite klein kleine gross grosse groot
value economy family familien famille familiar famiglia jumbo bulk mega
pack packs pk set kit bundle lot multipack promo promotion aktion offre oferta offerta
travel reise voyage viaje viaggio
home haus maison casa thuis
professional pro profi
natural naturel naturelle natural naturale natuurlijk naturlich naturalny
naturkosmetik kosmetik cosmetics cosmetique cosmetica cosmetico kosmetyki naturkosmetyki
organic bio biologique organico biologico ecologico eco
daily taglich quotidien diario quotidiano
soft weich hard harte
scent scented duft parfum fragrance profumo aroma geur
flavor flavour flavored flavoured geschmack saveur sabor gusto smaak
count ct pcs pieces stuck stk piezas pezzi unidades uds unites stuks szt ks
size grosse taille talla taglia maat rozmiar velikost
each je chacun cada ciascuno
only nur seulement solo alleen tylko
total insgesamt totale
collection series serie edition set range line gamme linea reihe selection
instant soluble instantaneo instantane loslich solubile oploskoffie rozpuszczalna
wet nass humide humedo umido nat mokra
baby infant bebe nourrisson saugling kleinkind neonato lactante niemowle zuigeling
adult adults adulte adultes adulto adultos erwachsene senior seniors puppy kitten junior welpe chaton cachorro
complete komplett complet completo health healthy nutrition nutritional gesund sante salud salute breakfast fruhstuck
tip point nib pointe punta spitze
multifunction multifonction multifuncion multifunzione multifunktion multi-purpose
torrado moido molido tostado vacuo vacio tueste
min mins minute minutes hour hours hrs sec std stunden heures horas ore mah wh
""".split())

# kinds of household / personal-care / grocery products (nouns naming what the product is), in
# several languages: a kind is compared by other readers, never a variant's name here
_KIND = frozenset("""
detergent detergents waschmittel lessive detergente detersivo wasmiddel proszek
pods pacs capsules kapseln capsules capsulas capsule caps tabs tablets tabletten comprimes
pastilles pastillas pastiglie tabletki
liquid flussig liquide liquido vloeibaar gel gels powder pulver poudre polvo polvere poeder
soap seife savon jabon sapone zeep mydlo bar bars
shampoo shampooing champu conditioner spulung apres-shampooing acondicionador balsamo
deodorant deo deodorants desodorante deodorante antiperspirant antitranspirant
toothpaste zahnpasta zahncreme dentifrice dentifrico dentifricio tandpasta pasta zebow dientes
mouthwash mundspulung
cream creme crema krem lotion lozione locion balm baume serum oil ol huile aceite olio olej
spray sprays mist aerosol wipes wipe tucher lingettes toallitas salviette doekjes chusteczki
pads pad sponge sponges eraser erasers cloths cloth tucher
tissue tissues paper papier papel carta towel towels rolls roll rollen rouleaux rollos rotoli
freshener lufterfrischer desodorisant ambientador deodorante
cleaner reiniger nettoyant limpiador detergente
candle candles kerze bougie vela candela
milk milch lait leche latte melk mleko
chocolate schokolade chocolat chocolate cioccolato chocolade czekolada cokolada choklad
tea tee the te thee herbata caj cay chai
coffee kaffee cafe caffe koffie kawa kava
cereal cereals muesli musli granola
juice saft jus zumo succo sap sok
water wasser eau agua acqua
chips crisps biscuits cookies kekse galletas biscotti
sauce sosse salsa
diapers diaper nappies windeln couches panales pannolini luiers pieluchy pleny
razor razors blades blade klingen lames cuchillas lamette
markers marker pens pen stifte
food futter nourriture comida cibo voer karma
paint farbe peinture pintura vernice verf
fluid fluide
mascara lipstick foundation
refill refills nachfullpack recharge recambio ricarica
machine maschine aftershave after-shave after balzam balsam energy energie energetique energetico energetica
shaving rasage afeitar rasatura rasier scheer golenia holeni foam schaum mousse espuma schiuma
""".split())

# the scent and flavour names, in the shops' languages: a named variant, also against the line's
# plain one ("Original" / "Spring Meadow").  (session 26, scents26: derived from the one scent and
# flavour vocabulary, ``synonyms.SCENT_OF``, whose groups say which words name one scent; no colour,
# no kind of product - "Chocolate", "Coffee", "Tea", "Pindakaas" are compared as kinds -, no filler -
# "med", Czech honey, is the Nordic "with")
SCENT_WORDS = frozenset(w for w in SCENT_OF if w not in COLOUR_OF and w not in _KIND and w not in W.FILLER
                        and w not in W.CATEGORY)

# words that open an attached part: what comes after names an accessory or a use, no variant
_ATTACH = frozenset("""
with w mit avec con met z ze s inkl incl including includes included
for fur pour para per voor dla
""".split()) | W.FOR_WORDS | W.WITH_WORDS

_STOP = frozenset("""
a an the and or of by from in on to at as via
de la le les des du et en el los las y un une una uno il lo di da del della e i
und der die das dem den ein eine von zu zum zur
het een en van
na do od i a o u w
""".split()) | W.FUNCTION

_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_SPLIT = re.compile(r"\s+[-–—|/]\s+|[,;:()\[\]{}|]")
_WORD = re.compile(r"[a-z0-9][a-z0-9'.+&-]*")


def _fold(s: str) -> str:
    s = strip_accents(s.lower())
    return s.replace("ø", "o").replace("ł", "l").replace("æ", "ae").replace("œ", "oe").replace("ß", "ss")


_ELISION = re.compile(r"\b(?:l|d|dell|all|dall|nell|sull|qu|c|j|s)['’]")


def _parts(raw: str) -> list:
    """The title's parts (split at commas, parentheses, spaced dashes, bars), each a list
    of words; a word's trailing dots and hyphens dropped ("Mr." -> "mr"), a French or Italian
    elided article dropped ("L'Original" -> "original")."""
    out = []
    for part in _SPLIT.split(_ELISION.sub(" ", _fold(raw))):
        ws = []
        for w in _WORD.findall(part):
            w = w.strip(".'-+&").replace("'", "")
            if w:
                ws.append(w)
        if ws:
            out.append(ws)
    return out


def _singular(w: str) -> str:
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("es") and w[-3] in "sxz":
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _keys(w: str) -> tuple:
    s = _singular(w)
    return (w, s, W.canon(w), W.canon(s), SCENT_OF.get(w, w), SCENT_OF.get(s, s))


class _View:
    """One offer's title as this module reads it."""

    __slots__ = ("parts", "flat", "keys", "text", "brand", "colours", "glue", "_textwords")

    @property
    def textwords(self) -> frozenset:
        if self._textwords is None:
            self._textwords = frozenset(_WORD_SPLIT.split(_fold(self.text))) if self.text else frozenset()
        return self._textwords

    def __init__(self, p):
        self.parts, self.flat, self.keys, self.brand, self.colours = _title_view(p)
        f = p.facets or {}
        text = f.get("_text") if isinstance(f, dict) else None
        # (the words of the offer's text - brand, MPN, description -, split when first asked)
        self.text = text if isinstance(text, str) else ""
        self._textwords = None
        self.glue = frozenset()


@per_offer
def _title_view(p) -> tuple:
    """(parts, words, the words' spellings, brand words, colour words) of an offer's title,
    read once per offer."""
    raw = p.rawtitle if isinstance(getattr(p, "rawtitle", None), str) else (p.title or "")
    parts = _parts(raw)
    flat = [w for part in parts for w in part]
    keys = set()
    for w in flat:
        keys.update(_keys(w))
        if "-" in w:
            for x in w.split("-"):
                keys.update(_keys(x))
    # the words of the offer's own title as the matcher reads them (folded otherwise)
    for w in p.words or ():
        keys.update(_keys(w))
    brand = p.brand if isinstance(p.brand, str) else ""
    return (parts, flat, frozenset(keys), frozenset(_WORD.findall(_fold(brand))),
            frozenset(w for w in flat if w in COLOUR_OF))


def _pair_views(a, b) -> tuple:
    va, vb = _View(a), _View(b)
    # (a word glued in one title is two words the other prints: each view knows the other's words)
    va.glue, vb.glue = frozenset(vb.flat), frozenset(va.flat)
    return va, vb


def _has(view: _View, w: str) -> bool:
    """Does the other offer print ``w`` (its title in any of the spellings read, its text)?"""
    if not view.keys.isdisjoint(_keys(w)):
        return True
    if "-" in w and all(x in view.keys for x in w.split("-") if x):
        return True
    # glued in the other title with a word of its own neighbours ("Tide Pods" / "TidePods")
    if len(w) >= 4:
        for x in view.flat:
            if len(x) > len(w) + 2 and (x.startswith(w) or x.endswith(w)):
                rest = x[len(w):] if x.startswith(w) else x[:-len(w)]
                if rest in view.glue:
                    return True
    # (another inflection or language's form of one word: "Mandarina" / "Mandarin"; one letter
    # written otherwise: "Beanz" / "Beans", "Sprey" / "Spray")
    if len(w) >= 5 and any(_stem_alike(w, x) for x in view.flat):
        return True
    if len(w) >= 5 and any(len(x) == len(w) and sum(c != d for c, d in zip(w, x)) == 1 for x in view.flat):
        return True
    if view.text and len(w) >= 3 and w in view.textwords:
        return True
    return False


_ROMAN = frozenset("i ii iii iv v vi vii viii ix x xi xii".split())


def _stem_alike(x: str, y: str) -> bool:
    """One stem: a common prefix of five letters or more, 80% of the shorter word."""
    n = 0
    for c, d in zip(x, y):
        if c != d:
            break
        n += 1
    return n >= 5 and n >= 0.8 * min(len(x), len(y))


def _neutral(w: str, view: _View) -> bool:
    """A word that names no variant here: a stop word, a number or size, a kind, a
    description, a claim, a filler, a colour, the brand's, an adverb ("Refreshingly")."""
    if w in KNOWN_VARIANT or w in TIER_WORDS or w in SCENT_WORDS:
        return False
    # (an adverb or a gerund describes: "Refreshingly Soft", "Mopping Pads", "Foaming Soap")
    if len(w) <= 2 or any(c.isdigit() for c in w) or w in _ROMAN or w.endswith("ly") or w.endswith("ing"):
        return True
    if w in _STOP or w in _DESCRIBE or w in _KIND or w in DEFAULT_VARIANT:
        return True
    s = _singular(w)
    for x in (w, s):
        if (x in W.FILLER or x in W.CATEGORY or x in W._KIND_NOUNS or x in W.MARKETING or x in W.CLAIMS
                or x in W.TECH or x in W._FINISH_KINDS or x in W.DEVICE_KINDS):
            return True
    if w in COLOUR_OF or w in view.brand:
        return True
    return False


def _variant_word(w: str, mine: _View, other: _View) -> bool:
    """``w`` of ``mine`` names a variant the other offer does not print."""
    return not _neutral(w, mine) and not _has(other, w)


def _name_parts(view: _View) -> list:
    """The parts of the name: the title's parts up to an attached part ("with ...", "for
    ..."), each cut at its first attaching word; a part of five words or more after the
    first is a feature list and ends the name."""
    out = []
    for k, part in enumerate(view.parts):
        if k and len(part) >= 5:
            break
        cut = part
        for i, w in enumerate(part):
            if w in _ATTACH and (i or k):
                cut = part[:i]
                break
        if cut:
            out.append(cut)
        if cut is not part:
            break
    return out


# --------------------------------------------------------------------------
# the readers
# --------------------------------------------------------------------------

_START = "^"  # (a part's start, read as a word: "*Ultra* Fine Point" / ", Fine Point")


def _adjacent(view: _View) -> set:
    pairs = set()
    for part in view.parts:
        part = [_START] + part
        for x, y in zip(part, part[1:]):
            pairs.add((x, y))
    return pairs


def _inserted(mine: _View, other: _View, widths=(1, 2)) -> bool:
    """``mine`` prints one or two variant words between two words the other prints side by side
    (or at the start of a part after the title's first: ", *Ultra* Fine Point" / ", Fine Point")."""
    adj = _adjacent(other)
    if not adj:
        return False
    for k, part in enumerate(_name_parts(mine)):
        if k:
            part = [_START] + part
        n = len(part)
        for i in range(n - 2):
            u = part[i]
            if u != _START and not u.isalpha() and not any(c.isdigit() for c in u):
                continue
            for width in widths:
                j = i + 1 + width
                if j >= n:
                    break
                v = part[j]
                if (u, v) not in adj or u in _STOP or v in _STOP:
                    continue
                mid = part[i + 1:j]
                if any(m in TIER_WORDS for m in mid) and all(
                        m.isalpha() and (m in TIER_WORDS or not _neutral(m, mine)) and not _has(other, m)
                        for m in mid):
                    return True
    return False


def inserted_variant(a, b, va=None, vb=None, widths=(1, 2)) -> bool:
    if va is None or vb is None:
        va, vb = _pair_views(a, b)
    return _inserted(va, vb, widths) or _inserted(vb, va, widths)


def _slot_neighbours(view: _View, shared: set) -> dict:
    """{shared word: (word before it, word after it)} in the name's parts (the title's first
    word, where a brand stands, is no neighbour)."""
    out = {}
    for k, part in enumerate(_name_parts(view)):
        for i, w in enumerate(part):
            if w in shared and w not in out:
                before = part[i - 1] if i > 1 or (i == 1 and k) else None
                out[w] = (before, part[i + 1] if i + 1 < len(part) else None)
    return out


def _alike(x: str, y: str) -> bool:
    """Two spellings, inflections or a word and its compound ("Disinfecting" / "Disinfectant",
    "Mandarina" / "Mandarin", "Facial" / "Face", "Papaya" / "Papaia")?"""
    n = 0
    for c, d in zip(x, y):
        if c != d:
            break
        n += 1
    short = min(len(x), len(y))
    if n >= 4 or (n >= 3 and n >= short - 1):
        return True
    if abs(len(x) - len(y)) <= 1 and short >= 4:
        diff = sum(c != d for c, d in zip(x, y))
        if diff <= 1:
            return True
    return False


def _initials(x: str, view: _View) -> bool:
    """``x`` is the initials of words the other title prints in a row ("AH" = "Albert Heijn")."""
    if len(x) > 5:
        return False
    for part in view.parts:
        # (a hyphenated word gives each of its words' initials: "Power X-Change" = "PXC")
        part = [y for w in part for y in w.split("-") if y]
        for i in range(len(part) - len(x) + 1):
            if "".join(w[0] for w in part[i:i + len(x)]) == x:
                return True
    return False


def _opens_kind_phrase(w: str, view: _View) -> bool:
    """(session 40, co40) Does ``w`` stand in a kind phrase of the view's words ("espresso machine", "air
    fryer": ``wordclass.in_kind_phrase``)?  Then it names the kind - "Sage Barista Express Bean to Cup
    Coffee Machine" / "... Express Espresso Machine" is one machine described twice."""
    ws = view.flat
    return any(v == w and W.in_kind_phrase(ws, i) for i, v in enumerate(ws))


def _substitutable(x: str, mine: _View, y: str, other: _View) -> bool:
    if not x.isalpha() or not y.isalpha() or x in _CONTAINER or y in _CONTAINER:
        return False
    if _one_formulation(x, mine, y, other):
        return False  # (session 28, dev28: "Full Fat" / "Whole" milk, one formulation written otherwise)
    if _opens_kind_phrase(x, mine) or _opens_kind_phrase(y, other):
        return False  # (session 40, co40: "Barista Express *Espresso* Machine" names the kind, no variant)
    sx = W._SPEC_OF.get(x)
    if sx is not None and sx == W._SPEC_OF.get(y):
        return False  # (session 38, we38: one spec value in two languages, "Trockenfutter" / "Dry" dog food)
    # (the line's plain variant against a named one: "Magic Eraser *Original*" / "*Extra* Durable")
    dx = x in DEFAULT_VARIANT and not _has(other, x)
    dy = y in DEFAULT_VARIANT and not _has(mine, y)
    if dx or dy:
        # (against the plain variant, only a variant of the tables: a formulation, a tier, a scent)
        named = y if dx else x
        scent = named in SCENT_OF or named in SCENT_WORDS
        if dx and dy or named in _KIND or not (named in KNOWN_VARIANT or named in TIER_WORDS or scent) or _neutral(
                named, other if dx else mine) and not scent:
            return False
        return not _has(mine if dx else other, named)
    if not _variant_word(x, mine, other) or not _variant_word(y, other, mine):
        return False
    if _alike(x, y) or _initials(x, other) or _initials(y, mine):
        return False
    # (one scent, glued into a compound by one title: "Kaschmirholz" / "Cashmere", "Frühlingsfrische"
    # / "Spring Fresh" - session 26, scents26)
    if _compound_read(x, other) or _compound_read(y, mine):
        return False
    # (one word glued in the other title: "Colacao" / "Cola Cao")
    for u, ws in ((x, other.flat), (y, mine.flat)):
        for w in ws:
            if len(w) > len(u) and (w.startswith(u) or w.endswith(u)):
                rest = w[len(u):] if w.startswith(u) else w[:-len(u)]
                if rest in ws or rest in (mine.flat if ws is other.flat else other.flat):
                    return False
            elif len(u) > len(w) >= 3 and (u.startswith(w) or u.endswith(w)):
                rest = u[len(w):] if u.startswith(w) else u[:-len(w)]
                if rest in ws or rest in (mine.flat if ws is other.flat else other.flat):
                    return False
    return True


def _has_acronym(mine: _View, other: _View) -> bool:
    """A word of ``mine`` is the initials of three or more words the other prints in a row
    ("AGAIL" = "As Good As It Looks"): the two names are not aligned word by word."""
    return any(len(w) >= 3 and w.isalpha() and _initials(w, other) for w in mine.flat)


_UNIT_WORDS = frozenset("""
liter liters litre litres litro litros gram grams gramm gramos grammi kilo kilos ounce ounces pound pounds
gallon gallons count pack pieces stuck stuks unidades
""".split())


def _aligned(mine: _View, other: _View) -> bool:
    """Most words of the name that may identify it are printed by the other title (two titles
    in one language and wording, whose words can be compared place by place; a title in
    another language translates its words: "Kakaolu Findik Kremasi" / "Cocoa Hazelnut Spread")."""
    ws = [w for part in _name_parts(mine) for w in part if w.isalpha() and w not in _STOP and len(w) > 2
          and w not in _UNIT_WORDS]
    # (the words the other title writes as initials: "Albert Heijn" / "AH")
    covered = set()
    for part in mine.parts:
        for i in range(len(part)):
            for j in range(i + 2, min(len(part), i + 5) + 1):
                if "".join(x[0] for x in part[i:j]) in other.flat:
                    covered.update(part[i:j])
    ws = [w for w in ws if w not in covered]
    if not ws:
        return False
    return sum(1 for w in ws if _has(other, w)) * 2 >= len(ws)


def _one_formulation(x: str, mine: _View, y: str, other: _View) -> bool:
    """(session 28, dev28) Are ``x`` and ``y`` words of formulation phrases that name one class, each
    title's as the other names it ("Full *Fat*" / "*Whole* Milk", the "whole" class of the fat
    dimension: ``formulation.formulation_words``)?  Then one formulation is written two ways."""
    fm, fo = mine.flat, other.flat
    return x in formulation_words(fm, fo) and y in formulation_words(fo, fm)


def substituted_variant(a, b, va=None, vb=None) -> bool:
    if va is None or vb is None:
        va, vb = _pair_views(a, b)
    fa = [w for part in _name_parts(va) for w in part]
    fb = [w for part in _name_parts(vb) for w in part]
    sb = set(fb)
    shared = {w for w in fa if w in sb and w not in _STOP and w.isalpha()}
    if not shared:
        return False
    na, nb = _slot_neighbours(va, shared), _slot_neighbours(vb, shared)
    found = False
    for w in shared:
        if w not in na or w not in nb:
            continue
        for side in (0, 1):
            x, y = na[w][side], nb[w][side]
            if x and y and x != y and _substitutable(x, va, y, vb):
                found = True
                break
        if found:
            break
    # (then the two titles must be comparable word by word: no acronym of the other's words,
    # one language and wording)
    if not found or _has_acronym(va, vb) or _has_acronym(vb, va):
        return False
    return _aligned(va, vb) and _aligned(vb, va)


def default_against_named(a, b, va=None, vb=None) -> bool:
    """One title names the plain variant and no scent or flavour; the other names a scent
    or flavour the first does not print, and no plain variant."""
    sa = (a.facets or {}).get("scent") or frozenset()
    sb = (b.facets or {}).get("scent") or frozenset()
    if not sa and not sb:
        return False
    if va is None or vb is None:
        va, vb = _pair_views(a, b)
    da = any(w in DEFAULT_VARIANT for part in _name_parts(va) for w in part)
    db = any(w in DEFAULT_VARIANT for part in _name_parts(vb) for w in part)
    if da == db:
        return False
    plain, named, pv, nv = (a, b, va, vb) if da else (b, a, vb, va)
    ps = (plain.facets or {}).get("scent") or frozenset()
    ns = (named.facets or {}).get("scent") or frozenset()
    # (a scent value naming the kind - coffee, tea, chocolate, milk - is no variant's name)
    extra = [s for s in ns - ps if not _has(pv, s) and s not in _KIND and s not in VARIANT_KINDS]
    if not extra or (ps - ns):
        return False
    # the named scent is a word of its name, not a kind both print ("Coffee Maker")
    return any(not _has(pv, w) and (SCENT_OF.get(w) in extra or w in extra) for w in nv.flat)


_NAPPY = frozenset("""
diapers diaper nappies nappy windeln couches panales pannolini luiers pieluchy pleny pampers huggies dodot
libero moltex lillydoo pants
""".split())
_NAPPY_SIZE = re.compile(r"(?<![a-z0-9])(?:t|s|sz|size|talla|taille|taglia|gr|grosse|maat|rozmiar|velikost|misura)"
                         r"\.?\s?([1-8])(?:\+)?(?![0-9])")


def _nappy_sizes(raw: str) -> frozenset:
    return frozenset(_NAPPY_SIZE.findall(_fold(raw)))


def diaper_sizes_differ(a, b, va=None, vb=None) -> bool:
    if _NAPPY.isdisjoint(a.words or ()) and _NAPPY.isdisjoint(b.words or ()):
        return False
    sa, sb = _nappy_sizes(a.rawtitle or ""), _nappy_sizes(b.rawtitle or "")
    return bool(sa and sb and sa.isdisjoint(sb))


# how many items a text says an offer is: "pack of 4", "box of 12", "set of 6", "4 x 250 g", "confezione
# da 4", "lot de 3", "licence for 3 devices", "24 twin-pack trays", "240 pages", "81 count each"
_COUNT_NOUNS = (r"bars?|trays?|tubs?|pacs?|pods?|markers?|pens?|pencils?|rolls?|bags?|sachets?|capsules?|tablets?|"
                r"bottles?|cans?|cartons?|boxes|pieces?|pcs|units?|wipes|sheets|pages|devices?|users?|pcs?|"
                r"packs?|jars?|tins?|pouches|cups|sticks|refills?|cartridges?|blades?|batteries|count|ct")
_PACK_OF = re.compile(r"\b(?:pack|box|set|case|carton|bundle|lot|confezione|packung|paquete|caja|coffret|"
                      r"lote|zestaw|balenie)\s+(?:of|de|da|di|von|mit|z)\s+(\d{1,4})\b")
_N_NOUN = re.compile(r"\b(\d{1,4})\s?(?:[a-z]+-[a-z]+\s)?(?:" + _COUNT_NOUNS + r")\b")
_N_X = re.compile(r"\b(\d{1,3})\s?x\s?\d+(?:[.,]\d+)?\s?(?:g|gr|kg|ml|cl|l|oz|fl|lb|ct|count|wipes|pcs|tabs|"
                  r"capsules|pods|sachets|bags|rolls)\b")


# (session 34, sp34, speed) The pack counts and the item counts of one text, each read once per text: a
# description is asked about again for every pair its offer is in, and up to four times within one pair
# (``described_packs_differ``: its counts, its multiplier, its totals), ~30-60 us each reading of a long
# text.  Memos of the matcher (``memos``), emptied with the prepared offers.
@cached(1 << 12)
def _packs_of(text: str) -> frozenset:
    """The counts of packs a text states ("pack of 2", "4 x 250 g")."""
    t = _fold(text)
    return frozenset([int(x) for x in _PACK_OF.findall(t)] + [int(x) for x in _N_X.findall(t)])


@cached(1 << 12)
def _items_of(text: str) -> frozenset:
    """The counts of items a text states ("81 count", "24 twin-pack trays")."""
    return frozenset(int(x) for x in _N_NOUN.findall(_fold(text)))


def _text_counts(text: str) -> frozenset:
    """Every count a text states, and each pack's total ("Pack of 2 tubs, 81 count each": 2, 81
    and 162), so that one pack worded two ways shares a value."""
    if not text:
        return frozenset()
    packs = _packs_of(text)
    items = _items_of(text)
    out = packs | items | {p * m for p in packs for m in items}
    return frozenset(x for x in out if x > 0)


def _text_totals(text: str) -> frozenset:
    """The totals a text's packs make with its item counts ("Pack of 2 tubs, 81 count each": 162)."""
    packs = _packs_of(text)
    items = _items_of(text)
    return frozenset(p * m for p in packs for m in items if p > 1 and m > 0)


def _text_multiplier(text: str) -> frozenset:
    """The packs of two or more a text states ("pack of 2 tubs", "4 x 250 g")."""
    if not text:
        return frozenset()
    return frozenset(x for x in _packs_of(text) if x >= 2)


def _desc(p) -> str:
    f = p.facets or {}
    t = f.get("_text") if isinstance(f, dict) else None
    if not isinstance(t, str):
        return ""
    # (the text is brand, MPN and description: the brand and MPN lead it)
    return t


def described_packs_differ(a, b, va=None, vb=None) -> bool:
    if not a.has_desc and not b.has_desc:
        return False
    ta, tb = _desc(a), _desc(b)
    if ta and tb and a.has_desc and b.has_desc:
        ca, cb = _text_counts(ta), _text_counts(tb)
        if ca and cb and ca.isdisjoint(cb):
            return True
    # one description states a multipack (2+) the other offer's title and text never state
    for p, t, q, u in ((a, ta, b, tb), (b, tb, a, ta)):
        if not (p.has_desc and t):
            continue
        mult = _text_multiplier(t)
        if not mult:
            continue
        other = _text_counts(u) | _text_multiplier(u) | _title_counts(q) | _title_counts(p)
        # (the other offer states the pack's total: "162 pacs" = "Pack of 2 tubs, 81 count each")
        totals = _text_totals(t)
        if mult.isdisjoint(other) and totals.isdisjoint(other):
            return True
    return False


def _title_counts(p) -> frozenset:
    f = p.facets or {}
    pack = f.get("pack") if isinstance(f, dict) else None
    out = set(pack or ())
    out.update(_packs_of(p.rawtitle or ""))
    raw = _fold(p.rawtitle or "")
    out.update(int(x) for x in re.findall(r"\b(\d{1,3})\s?-?\s?(?:pack|pk|er pack|er|count|ct|stuck|pcs)\b", raw))
    return frozenset(out)


# kinds of products sold as lines of variants (scents, flavours, strengths, shades, sub-lines): the
# word readers read only titles naming one (in either title), in the shops' languages
VARIANT_KINDS = frozenset("""
detergent detergents waschmittel vollwaschmittel colorwaschmittel lessive detergente detersivo wasmiddel
pods pacs softener weichspuler adoucissant suavizante ammorbidente wasverzachter
dishwasher geschirrspultabs spulmittel vaisselle lavavajillas piatti afwasmiddel
soap seife savon jabon sapone zeep mydlo handwash bodywash
shampoo shampooing champu conditioner spulung acondicionador
deodorant deo deodorants desodorante deodorante antiperspirant antitranspirant
toothpaste zahnpasta zahncreme dentifrice dentifrico dentifricio tandpasta zebow dientes mouthwash mundspulung
toothbrush zahnburste
cream creme crema lotion serum moisturizer moisturiser sunscreen sonnencreme cleanser balm
mascara lipstick foundation concealer eyeliner nail polish
perfume parfum edp edt cologne fragrance profumo toilette
razor razors blades cartridges shave shaving rasierer
tampons pads liners diapers nappies windeln couches panales pannolini luiers pieluchy
toilet tissue tissues towels napkins kitchenroll toilettenpapier
wipes lingettes toallitas tucher eraser sponge sponges cleaner reiniger nettoyant limpiador bleach
freshener lufterfrischer ambientador candle candles kerze bougie
tea tee the thee herbata caj cay chai coffee kaffee cafe caffe koffie kawa kava espresso
chocolate schokolade chocolat cioccolato chocolade czekolada cokolada choklad mjolkchoklad
milk milch lait leche latte melk mleko yogurt joghurt yaourt
juice saft jus zumo succo soda cola refrigerante drink
cereal cereals muesli granola chips crisps biscuits cookies crackers snack snacks
sauce ketchup mayonnaise spread jam
tablets caplets capsules paracetamol ibuprofen acetaminophen painkiller
batteries battery mignon batterien piles pilas batterie baterie baterias
markers marker crayons pens paint paints farbe peinture pintura vernice verf lack enamel varnish
food futter nourriture croquettes pienso
""".split()) | frozenset("""
duftkerze duftkerzen kerzen bougies velas candela candele wax melt melts duftwachs diffuser diffusers diffuseur
plugins plugin incense encens weihrauch incienso shower
difusor diffusore raumduft raumspray duftstecker duftol duschgel showergel duschcreme
""".split())  # (session 26, house26: scented goods' kinds the table lacked - candles, wax melts, reed diffusers,
# plug-ins, shower gels - in the shops' languages)
VARIANT_KINDS = VARIANT_KINDS | frozenset("""
trash garbage mullbeutel mullbeuteln mullsacke poubelle basura spazzatura afvalzakken vuilniszakken
""".split())  # (session 26, scents26: bin bags, sold in scents - "Gain Original" / "Gain Moonlight Breeze")


# --------------------------------------------------------------------------
# named classes of one dimension (both titles name one, or one names the other's opposite)
# --------------------------------------------------------------------------

# a soft drink's sugar: the sugar-free one against the one the title says is sugared or the
# traditional recipe ("Guarana Zero" / "versao tradicional com acucar")
_DRINK = frozenset("""
soda cola coke pepsi refrigerante refresco gaseosa bibita frisdrank limonade lemonade limonata napoj
drink drinks guarana tonic fanta sprite 7up mirinda schweppes
""".split())
_SUGAR_FREE = re.compile(r"\b(?:zero|diet|light|sugar[- ]?free|no sugar|zuckerfrei|ohne zucker|sans sucres?|"
                         r"sin azucar(?:es)?|sem acucar|senza zucchero|suikervrij|bez cukru)\b")
_SUGARED = re.compile(r"\b(?:com acucar|con azucar|with sugar|mit zucker|avec sucre|con zucchero|met suiker|"
                      r"tradicional|traditional|traditionnel|tradizionale)\b")


def sugar_differs(a, b) -> bool:
    if _DRINK.isdisjoint(a.words or ()) and _DRINK.isdisjoint(b.words or ()):
        return False
    sugared = _the_other(a, b, _SUGAR_FREE)
    return sugared is not None and bool(_SUGARED.search(sugared))


def _the_other(a, b, marked):
    """The folded title of the offer that ``marked`` does not find when it finds the other's,
    else None (both or neither marked)."""
    ta, tb = _fold(a.rawtitle), _fold(b.rawtitle)
    fa, fb = bool(marked.search(ta)), bool(marked.search(tb))
    if fa == fb:
        return None
    return tb if fa else ta


# a paint's or a varnish's sheen: flat / matte, eggshell, satin, semi-gloss, gloss (in the shops'
# languages), both titles naming one
_PAINT = frozenset("""
paint paints farbe wandfarbe lack peinture pintura vernice verf lakier barva enamel varnish primer
""".split())
_SHEEN = {
    "flat": "flat matte matt mat mate opaco matowa matna stumpfmatt",
    "eggshell": "eggshell coquille",
    "satin": "satin seidenmatt satine satinado satinato satijn",
    "semigloss": "semi-gloss semigloss seidenglanz demi-brillant semibrillante",
    "gloss": "gloss glossy hochglanz glanz brillant brillante lucido hoogglans polysk",
}
_SHEEN_OF = {w: k for k, ws in _SHEEN.items() for w in ws.split()}


def _sheens(view: _View) -> frozenset:
    out = set()
    for i, w in enumerate(view.flat):
        k = _SHEEN_OF.get(w)
        if k == "gloss" and i and view.flat[i - 1] == "semi":
            k = "semigloss"
        if k:
            out.add(k)
    return frozenset(out)


def sheen_differs(a, b, va, vb) -> bool:
    if _PAINT.isdisjoint(a.words or ()) and _PAINT.isdisjoint(b.words or ()):
        return False
    sa, sb = _sheens(va), _sheens(vb)
    return bool(sa and sb and sa.isdisjoint(sb))


# an antiperspirant is not the deodorant of its line that is none ("Old Spice High Endurance
# Antiperspirant & Deodorant" / "... Deodorant"): one title names it, the other names only a deodorant
_ANTIPERSPIRANT = frozenset("""
antiperspirant anti-perspirant antitranspirant anti-transpirant antiperspirante antitranspirante
antitraspirante antyperspirant antiperspirants
""".split())
_DEODORANT = frozenset("deodorant deodorants deo desodorante deodorante dezodorant".split())


def antiperspirant_differs(a, b, va, vb) -> bool:
    """One title names an antiperspirant *and* a deodorant, the other a deodorant only: the
    first title tells the two apart (a title naming the antiperspirant alone may call it so
    where the other shop calls it a deodorant: "antitranspirante" / "Desodorante")."""
    pa = not _ANTIPERSPIRANT.isdisjoint(va.flat)
    pb = not _ANTIPERSPIRANT.isdisjoint(vb.flat)
    if pa == pb:
        return False
    ap, plain = (va, vb) if pa else (vb, va)
    if _DEODORANT.isdisjoint(ap.flat):
        return False
    # (the plain one says "deodorant" and nothing of the sweat an antiperspirant stops)
    return not _DEODORANT.isdisjoint(plain.flat) and not {"sweat", "schweiss", "transpiration"} & set(plain.flat)


_COUNT_CODE = re.compile(r"^\d+(?:er|x|pk|pack|ct|pcs|st|stk|tlg|teilig)$|^spf\d+|^[a-z]+\d+er$")


# --------------------------------------------------------------------------
# counts and volumes as some shops write them
# --------------------------------------------------------------------------

# "x6" standing for itself after a word ("Bio Œufs x6", "Duracell AA x4"): a count, not a version
_X_COUNT = re.compile(r"(?<![\d.,])(?<=[a-z)\]] )x\s?(\d{1,3})(?![\d.,]|\s?(?:cm|mm|m|in|g|kg|ml|cl|l|oz)\b)")
# cubic centimetres of a drink or a cosmetic are millilitres ("botella 750cc")
_CC = re.compile(r"(?<![\d.,])(\d{2,4})\s?cc\b")


_X_HINT = re.compile(r"[ )\]][xX]\s?\d")


def _x_counts(raw: str) -> frozenset:
    t = _fold(raw)
    out = set()
    for m in _X_COUNT.finditer(t):
        before = t[:m.start()].split()
        # (a dimension "30w x 24h": the word before the "x" holds a number)
        if before and any(c.isdigit() for c in before[-1]):
            continue
        if int(m.group(1)) > 0:
            out.add(int(m.group(1)))
    return frozenset(out)


def count_written_x_differs(a, b) -> bool:
    """"x6" in one title, another count in the other ("10 stuks")."""
    ra, rb = a.rawtitle, b.rawtitle
    if not (_X_HINT.search(ra) or _X_HINT.search(rb)):
        return False
    xa, xb = _x_counts(ra), _x_counts(rb)
    if not xa and not xb:
        return False
    pa = xa | frozenset((a.facets or {}).get("pack") or ()) | _x_totals(xa, a)
    pb = xb | frozenset((b.facets or {}).get("pack") or ()) | _x_totals(xb, b)
    return bool(pa and pb and pa.isdisjoint(pb))


def _x_totals(xs, p) -> frozenset:
    """(session 26, packs26) The totals of a multipack's packages times an "x" count: "12 Boxes x
    144" is 1728 tissues, as "12 Boxes, 144 Tissues per Box" (``quantity``) counts them."""
    mult = (p.facets or {}).get("_mult") if xs else None
    if not mult:
        return frozenset()
    return frozenset(m * x for m in mult for x in xs if x != m)


def _title_volumes(p) -> frozenset:
    tu = (p.facets or {}).get("_title_units") or {}
    return frozenset(tu.get("vol") or ())


def cc_volume_differs(a, b) -> bool:
    """One title's "750cc" against the other's volume ("1 litro")."""
    ra, rb = a.rawtitle.lower(), b.rawtitle.lower()
    if "cc" not in ra and "cc" not in rb:
        return False
    for x, q in ((ra, b), (rb, a)):
        cc = {float(v) for v in _CC.findall(x)}
        if not cc:
            continue
        other = _title_volumes(q) | {float(v) for v in _CC.findall(q.rawtitle.lower())}
        if other and not any(abs(u - v) <= 0.03 * max(u, v) for u in cc for v in other):
            return True
    return False


# --------------------------------------------------------------------------
# a bare tool against its kit, an appliance against its bundle
# --------------------------------------------------------------------------

# (session 25, dedupe25: the bare tool's wording and its kit's are ``raw_facets``' - one vocabulary,
# read by the "bare" facet too)
@per_offer
def _bare_or_kit(p):
    f = p.facets
    if type(f) is dict:
        # (session 37, sp37, speed: the facet stage read it already from the same title - ``raw_facets.read``
        # stores ``bare_or_kit(title)`` as the "bare" facet wherever it is not None - so read it back
        # instead of scanning the title's hints again)
        return f.get(_raw_facets.BARE)
    return _raw_facets.bare_or_kit(p.rawtitle)


def bare_against_kit(a, b) -> bool:
    """One title sells the tool alone ("solo", "Tool Only", "ohne Akku"), the other with its
    batteries or charger ("+ 2x 5.0Ah Akku", "with Battery and Charger")."""
    x = _bare_or_kit(a)
    if x is None:
        return False
    y = _bare_or_kit(b)
    return y is not None and x != y


# an appliance sold with another one ("Vertuo Next *with Aeroccino Milk Frother*", "Playard *with
# Bassinet and Changer*"): the bundle is another product than the appliance alone
_BUNDLED = frozenset("""
frother aeroccino milchaufschaumer mousseur espumador montalatte bassinet changer stubenwagen wickelauflage
grinder mahlwerk moulin molinillo
""".split())


_BUNDLE_WORDS = frozenset("bundle bundled set kit combo pack paket coffret lote".split())


def bundled_appliance(a, b, va, vb) -> bool:
    for mine, other in ((va, vb), (vb, va)):
        # (the other offer names a bundle too, or the appliance as a model of its own: "Aeroccino3")
        if any(w in _BUNDLE_WORDS and w not in mine.flat or any(w.startswith(t) for t in _BUNDLED)
               for w in other.flat):
            continue
        flat = mine.flat
        for i, w in enumerate(flat):
            if w in _ATTACH and w not in W.FOR_WORDS and w not in ("for", "fur", "pour", "para", "per", "voor", "dla"):
                tail = flat[i + 1:i + 6]
                if any(t in _BUNDLED and not _has(other, t) for t in tail):
                    return True
    return False


def _colour_coded(a, b) -> bool:
    """(session 40, co40) Is one title's model number the other's with a colour code its colours agree with
    (``co40.code_colour_agrees``)?"""
    return _co40.code_colour_agrees(a, b, _co40.PLAIN_COLOUR_CODES)


def household_conflict(a, b) -> bool:
    """Do two prepared offers name two variants of one line (see the module's doc)?"""
    if not a.rawtitle or not b.rawtitle or not isinstance(a.rawtitle, str) or not isinstance(b.rawtitle, str):
        return False
    if (a.has_desc or b.has_desc) and described_packs_differ(a, b):
        return True
    if diaper_sizes_differ(a, b):
        return True
    if count_written_x_differs(a, b) or cc_volume_differs(a, b) or bare_against_kit(a, b):
        return True
    va = vb = None
    if not _BUNDLED.isdisjoint(a.words or ()) or not _BUNDLED.isdisjoint(b.words or ()):
        va, vb = _pair_views(a, b)
        if bundled_appliance(a, b, va, vb):
            return True
    # (two titles printing one model number: the number names the product, its words a description;
    # a count or a sun factor glued to a word is no model number)
    # (session 29, mend29: nor a weight in grams, "1000g", which ``titles.is_code_token`` reads as a
    # code for AMD's "8600G": ``titles.gram_weight`` - "Çaykur Tiryaki Çay 1000g" / "Çaykur Rize
    # Turist Çay 1000g" are two teas, whose one weight said nothing of the variant)
    shared = a.allcodes & b.allcodes if a.allcodes and b.allcodes else ()
    coded = any(not _COUNT_CODE.match(c) and not gram_weight(c, a.title) for c in shared)
    if not coded and a.codes and b.codes and _colour_coded(a, b):
        coded = True  # (session 40, co40: "EC685.M" / "EC685 ... Silver", one model number, a colour code glued on)
    # (session 29, mend29: where the one code both print is a weight, it is what calls the two one
    # model - the variant's words are read whatever the kind, "Haribo Goldbären 1000g" / "Haribo
    # Tropifrutti 1000g", as the table's kinds are: the weight may not silence them)
    weighed = not coded and any(gram_weight(c, a.title) for c in shared)
    if not weighed and VARIANT_KINDS.isdisjoint(a.words or ()) and VARIANT_KINDS.isdisjoint(b.words or ()):
        # (a tier word inside a line's name, whatever the kind: "Precision Cooker *Nano*")
        if coded or (TIER_WORDS.isdisjoint(a.words or ()) and TIER_WORDS.isdisjoint(b.words or ())):
            return False
        if va is None:
            va, vb = _pair_views(a, b)
        # (one tier word alone: "extra doux" is a line's description where it is no kind of the tables)
        return inserted_variant(a, b, va, vb, widths=(1,))
    if sugar_differs(a, b):
        return True
    if coded:
        return False
    if va is None:
        va, vb = _pair_views(a, b)
    if not va.flat or not vb.flat:
        return False
    return (sheen_differs(a, b, va, vb) or antiperspirant_differs(a, b, va, vb)
            or default_against_named(a, b, va, vb) or inserted_variant(a, b, va, vb)
            or substituted_variant(a, b, va, vb) or named_variants_differ(a, b, va, vb))


# --------------------------------------------------------------------------
# two variant names (session 26, house26)
# --------------------------------------------------------------------------

# (session 26, house26) a line sold in named variants (a candle's or an air freshener's scent, a
# detergent's or a shampoo's variant, a tea's flavour) names the variant with ordinary words right
# after the brand and line ("Yankee Candle *Clean Cotton* Scented Candle", "Tide *Mountain Spring*
# Detergent") or in a part of its own (", *Soft Blanket*,"): when EACH title prints such a run of
# words the other offer does not read (in any spelling or language: ``_has``, ``stage._read_in``),
# the two name two variants.  A run on one side only is no conflict (shops drop the variant's name
# as often as they print it: the module's doc); the words of a kind, a description, a container, a
# claim or a filler are no variant's name (a category word is: "Soft *Blanket*" in a candle's
# title is the scent's name, the kind is the candle).  One side's run names a scent or a flavour of
# the tables: that marks the slot as the variant's.
_RUN_MAX = 3  # words of a variant's name
_PART_MAX = 3  # words of a part that is a variant's name alone (", Soft Blanket,")


def _kind_word(w: str) -> bool:
    return w in _KIND or w in VARIANT_KINDS or _singular(w) in _KIND or _singular(w) in VARIANT_KINDS


def _name_word(w: str) -> bool:
    """May ``w`` be a word of a variant's name (not a kind, a description, a container, a claim,
    a filler, a function word, the plain variant)?"""
    if len(w) <= 2 or not w.isalpha() or w in _STOP or w in _DESCRIBE or w in _CONTAINER or _kind_word(w):
        return False
    if w in DEFAULT_VARIANT or w in _ATTACH or w in _UNIT_WORDS:
        return False
    s = _singular(w)
    return not any(x in W.FILLER or x in W.MARKETING or x in W.CLAIMS or x in W.TECH or x in W.FUNCTION
                   for x in (w, s))


def _scent_word(w: str) -> bool:
    """A scent or flavour of the tables, or a compound of one ("Sommer*regen*", "*Kokos*milch")."""
    if w in SCENT_OF or w in SCENT_WORDS or _singular(w) in SCENT_WORDS:
        return True
    if len(w) < 8 or not w.isalpha():
        return False
    return any(x in SCENT_OF or x in SCENT_WORDS for k in range(4, len(w) - 3) for x in (w[:k], w[-k:]))


@per_offer
def _scent_words(p) -> frozenset:
    """The scent and flavour words (``_scent_word``) of an offer's title."""
    return frozenset(w for w in _title_view(p)[1] if _scent_word(w))


def _not_had(mine: _View, other: _View) -> list:
    """The words of ``mine``'s title the other offer does not print (``_has``), nor glues the
    scent of into a compound."""
    return [w for w in dict.fromkeys(mine.flat) if w.isalpha() and not _has(other, w) and not _compound_read(w, other)]


def _unread(cand: list, other_words) -> set:
    """Of ``cand``, the words the other offer does not read by meaning either (``stage._read_in``
    over the other's words)."""
    from .stage import _read_in  # (stage imports the readers: read lazily)

    return {w for w, r in zip(cand, _read_in(cand, other_words)) if not r}


def _scent_value_in(w: str):
    """The scent or flavour ``w`` is, or one glued at its head or tail (a German or Dutch
    compound: "Kokosmilch", "Zitronengras"), else None."""
    v = SCENT_OF.get(w)
    if v is not None or len(w) < 7:
        return v
    for k in range(4, len(w) - 2):
        v = SCENT_OF.get(w[:k]) or SCENT_OF.get(w[-k:])
        if v is not None:
            return v
    return None


def _compound_read(w: str, other: _View) -> bool:
    """Is the scent ``w`` names (or glues into a compound) one the other title names, in a word
    of its own or glued into one of its compounds ("Coconut" / "Kokosmilch")?"""
    v = _scent_value_in(w)
    if v is None:
        return False
    return any(_scent_value_in(x) == v for x in other.flat if x.isalpha() and len(x) >= 4)


def _variant_name_runs(mine: _View, unread: set) -> list:
    """The runs of ``mine``'s name in the place of a variant's name: in the name's first part,
    past the words the other reads (brand, line) and the kind's words, the first run of up to
    ``_RUN_MAX`` unread words; a later part of up to ``_PART_MAX`` unread words."""
    out = []
    parts = _name_parts(mine)
    if not parts:
        return out
    first = parts[0]
    i, n = 0, len(first)
    # (a word after a number is what the number counts, no variant's name: "3 *mèches*", "4 Tubes")
    while i < n and (first[i] not in unread or (i and not first[i - 1].isalpha())):
        i += 1
    # (the brand and line lead: a run at the title's head is no variant's place)
    if 0 < i < n:
        j = i
        while j < n and first[j] in unread and not _kind_word(first[j]):
            j += 1
        run = first[i:j]
        closed = j == n or _kind_word(first[j]) or not first[j].isalpha() or first[j] not in unread
        if run and len(run) <= _RUN_MAX and closed:
            out.append(run)
    for part in parts[1:]:
        if len(part) <= _PART_MAX and all(w in unread for w in part):
            out.append(part)
    return [r for r in out if any(_name_word(w) for w in r)]


def named_variants_differ(a, b, va, vb) -> bool:
    """Each title prints a variant's name the other does not read, one of them a scent or a
    flavour of the tables (see above)."""
    # (cheap first, read once per offer: no scent or flavour word of the tables in either title, or
    # none the other title does not print, no conflict here)
    sa, sb = _scent_words(a), _scent_words(b)
    if not sa and not sb:
        return False
    # (one of them the other title does not print: a few words looked up)
    if not any(not _has(vb, w) and not _compound_read(w, vb) for w in sa) and not any(
            not _has(va, w) and not _compound_read(w, va) for w in sb):
        return False
    ca = _not_had(va, vb)
    if not ca:
        return False
    cb = _not_had(vb, va)
    if not cb or (sa.isdisjoint(ca) and sb.isdisjoint(cb)):
        return False
    ua = _unread(ca, b.wordset)
    if not ua:
        return False
    ub = _unread(cb, a.wordset)
    if not ub:
        return False
    ra = _variant_name_runs(va, ua)
    if not ra:
        return False
    rb = _variant_name_runs(vb, ub)
    if not rb:
        return False
    scents = _scent_words(a) | _scent_words(b)
    return any(w in scents for r in ra + rb for w in r)
