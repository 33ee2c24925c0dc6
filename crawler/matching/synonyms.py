"""One value for the words that name it in several languages, and one code
for the ways a model number is written (helper "conf", issue 12).

A facet conflict is two offers naming *different* values of one facet; two
shops that name the *same* value in their own languages ("Citron" / "Lemon",
"Lavande" / "Lavender", "Kaffee" / "Coffee") or in another spelling
("PlayStation" / "PS5", "RX 7800 XT" / "RX7800XT") name no conflict.  This
module holds:

* ``SCENT_OF``: THE scent and flavour vocabulary (English, German, French,
  Spanish, Italian, Portuguese, Dutch, Polish, Czech, Turkish, Swedish and
  more; accent-free as ``titles.clean`` leaves them) -> one canonical value
  per scent, used by ``facets.facets_of`` (the words of ``MORE_SCENT_WORDS``)
  and ``household24`` (all of them: its ``SCENT_WORDS`` is derived from it);
* ``platforms_disagree``: a console family named without its generation
  ("PlayStation DualSense") is no other platform than one of its
  generations ("PS5");
* ``number_in_code``: a number printed as a word of its own is printed by
  the other title when the other glues it to the same neighbouring letters
  ("RX 7800 XT" = "RX7800XT", "Alpha 7" = "a7": the series' name or its
  initial);
* ``CONSUMABLE`` / ``KIT``: the words that make a title a refill pack in
  other words ("Sweeping Cloths, 32 Count" is the "Dry Refills 32 ct");
* ``counts_licences``: the words that count the people a subscription is for
  ("up to 6 people" = "6 Users").
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# scents and flavours: word -> canonical value
# --------------------------------------------------------------------------
_SCENT_GROUPS = {
    "lavender": "lavender lavande lavendel levandule lavanda levandulova",
    "vanilla": "vanilla vanille vanilka vainilla vaniglia",
    "lemon": "lemon lemons zitrone citron citronova limon limone citroen",
    "lime": "lime limette limetka",
    "orange": "orange pomeranc naranja arancia sinaasappel",
    "apple": "apple apfel pomme jablko manzana mela",
    "peach": "peach pfirsich peche broskev melocoton pesca",
    "cherry": "cherry kirsche cerise tresen visen cereza ciliegia",
    "strawberry": "strawberry erdbeer erdbeere fraise jahoda fresa fragola",
    "raspberry": "raspberry himbeer himbeere framboise malina frambuesa lampone",
    "blueberry": "blueberry heidelbeer heidelbeere myrtille boruvka arandano mirtillo",
    "mint": "mint minze menthe mata menta",
    "peppermint": "peppermint pfefferminz pfefferminze",
    "coconut": "coconut kokos coco cocco kokosnuss",
    "cinnamon": "cinnamon zimt cannelle skorice canela cannella",
    "jasmine": "jasmine jasmin jazmin gelsomino",
    "melon": "melon melone meloun",
    "watermelon": "watermelon wassermelone pasteque sandia anguria",
    "pineapple": "pineapple ananas pina",
    "banana": "banana banane banan",
    "chocolate": "chocolate schokolade chocolat cokolada cioccolato",
    "caramel": "caramel karamel karamell caramello",
    "coffee": "coffee kaffee cafe kava caffe koffie",
    "honey": "honey honig miel med miele",
    "pear": "pear birne hruska poire pera",
    "rose": "rose roses rosen ruze",
    "cucumber": "cucumber gurke okurka concombre pepino",
    "tea": "tea tee caj",
    "almond": "almond mandel mandle amande almendra mandorla",
    "hazelnut": "hazelnut haselnuss liskovy noisette avellana nocciola",
    "eucalyptus": "eucalyptus eukalyptus",
    "pine": "pine kiefer borovice pin",
}
SCENT_OF = {w: c for c, ws in _SCENT_GROUPS.items() for w in ws.split()}
# translations of those scents read as scent words besides ``facets.SCENTS``
# (words that name nothing else: not "pesca" - fishing -, "pin", "mela")
MORE_SCENT_WORDS = frozenset("""
levandulova vaniglia limette limetka arancia erdbeere himbeere heidelbeere fragola lampone mirtillo
ciliegia cioccolato caffe koffie pfefferminz pfefferminze kokosnuss wassermelone pasteque
eukalyptus haselnuss nocciola
""".split())


# the words after "Apple" that make it the maker, not a scent ("Apple
# HomeKit", "case for Apple MacBook", "Apple AirPods")
_APPLE_NAMES = frozenset("""
iphone ipad ipod imac mac macbook watch airpods airtag homekit tv pencil magic magsafe lightning carplay
music id store pay keyboard mouse trackpad earpods beats
""".split())


def scent_values(words, ws=()) -> frozenset:
    """The canonical scents of a title's scent words (``words``: those of
    ``facets.SCENTS`` the title prints; ``ws``: its words in order):
    "citron" and "lemon" are one value; a word of no group is its own value.
    "Apple" before one of its maker's product names is the maker ("Works
    with Apple HomeKit", "case for Apple MacBook"), no scent."""
    if "apple" in words and ws:
        for i, w in enumerate(ws):
            if w == "apple" and i + 1 < len(ws) and ws[i + 1] in _APPLE_NAMES:
                words = [x for x in words if x != "apple"]
                break
    return frozenset([SCENT_OF.get(w, w) for w in words])


# --------------------------------------------------------------------------
# platforms: a family named without its generation
# --------------------------------------------------------------------------
# the family name ``facets.facets_of`` reads when a title names no
# generation ("PlayStation DualSense") -> the platform values of its
# generations.  Not "Xbox": a console of that name exists, and accessories
# named "Xbox ..." alone are its ("Xbox Stereo Headset" for Series X|S is
# another product than the "Xbox One Stereo Headset")
_PLATFORM_FAMILY = {
    "playstation": frozenset(("ps2", "ps3", "ps4", "ps5", "psp", "vita", "playstation")),
}


def platforms_disagree(va, vb) -> bool:
    """Do two titles' platform values (``facets.facets_of``) name different
    platforms?  A family name alone ("PlayStation DualSense") agrees with any
    platform of that family ("PS5 DualSense"); "PS4" vs "PS5", "Mac" vs
    "Windows", "PlayStation" vs "Xbox", "Xbox" vs "Xbox One" still disagree."""
    if not va.isdisjoint(vb):
        return False
    for x, y in ((va, vb), (vb, va)):
        for v in x:
            fam = _PLATFORM_FAMILY.get(v)
            if fam is not None and not fam.isdisjoint(y):
                return False
    return not family_listed(va, vb)  # (session 10, software)


# --------------------------------------------------------------------------
# one model number written in words or as one token
# --------------------------------------------------------------------------
def number_in_code(ws, i: int, other_words) -> bool:
    """Is the number ``ws[i]`` of one title printed by the other title
    (``other_words``: its words or keys) glued to the same neighbouring
    letters - one code written with and without spaces ("RX 7800 XT" /
    "RX7800XT", "Buds 2" / "Buds2", "RTX 4070" / "RTX4070") - or to the
    initial of the word before it, a series name its maker abbreviates
    ("Alpha 7" / "a7")?  Only a neighbour of letters joins the number, and
    the joined code must be a word of the other title."""
    w = ws[i]
    prev = ws[i - 1] if i else ""
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    heads = []
    if prev.isalpha():
        heads.append(prev)
        if len(prev) >= 4:
            heads.append(prev[0])
    cands = [h + w for h in heads]
    if nxt.isalpha() and len(nxt) <= 3:
        cands.append(w + nxt)
        cands.extend(h + w + nxt for h in heads)
    return any(c in other_words for c in cands)


# --------------------------------------------------------------------------
# a refill pack named by what it holds
# --------------------------------------------------------------------------
# the consumables a refill pack holds (a title naming one of them, and no kit
# or device, is the refill pack: "Sweeping Cloths, 32 Count" = "Dry Refills
# 32 ct"); English, German, French, Spanish, Italian, Czech
CONSUMABLE = frozenset("""
cloths cloth pads pad wipes sheets liners bags cartridges cartridge filters heads blades
tucher tuecher pads beutel kartuschen klingen
lingettes recharges cartouches lames
panos toallitas cartuchos cuchillas
panni salviette cartucce lame
hadriky ubrousky sacky kartuse naplne
""".split())
# a title that names a kit, a starter set or a device is not the refill pack
KIT = frozenset("""
kit starter set device handle holder dispenser mop station system machine unit bundle
starterset geraet gerat halter spender
coffret appareil support
juego aparato soporte
sada zarizeni drzak
""".split())


def names_refill_pack(words) -> bool:
    """Does a title name the consumables of a refill pack (cloths, pads,
    cartridges ...) and no kit or device?  (``facets.conflicts``: such a
    title is no other product than one that says "refill".)"""
    return (not CONSUMABLE.isdisjoint(words) or not REFILL_PACKAGES.isdisjoint(words)
            or _compound_consumable(words)) and KIT.isdisjoint(words)


# (session 20, ml20b) the package a liquid's refill is sold in: "Rinso Molto Deterjen Cair Pouch 750ml" is
# "Rinso Cair Molto Refill 750 ml", "Sunlight ... Pouch Isi Ulang" the refill - a pouch against a
# refill is one pack (against a bottle it still says nothing: the refill rule asks for "refill")
REFILL_PACKAGES = frozenset("pouch pouches doypack standbeutel standbodenbeutel".split())


# (session 20, ml20b) German and Dutch write a consumable as a compound whose last part names it
# ("Rasierklingen" razor blades, "Ersatzklingen", "Wischtücher", "Staubsaugerbeutel",
# "Filterkartuschen", "scheermesjes"): the compound's head is the consumable
_COMPOUND_HEADS = ("klingen", "tucher", "tuecher", "beutel", "kartuschen", "pads", "mesjes", "doekjes", "zakken")


import re as _re_heads  # noqa: E402

# (one regex over the title's words joined: a head with three letters or more before it)
_COMPOUND_RE = _re_heads.compile(
    r"(?<=[a-z][a-z][a-z])(?:" + "|".join(_COMPOUND_HEADS) + r")(?![a-z0-9])").search


# (session 29, speed29: every match of ``_COMPOUND_RE`` holds a head, and a plain alternation of the heads
# is scanned by their first letters - ~0.6 us a title against ~2.3 for the lookbehind-led pattern, which
# the regex engine tries at every position: the heads first, the pattern only on a title that holds one)
_COMPOUND_HEAD_ANY = _re_heads.compile("|".join(_COMPOUND_HEADS)).search


def _compound_consumable(words) -> bool:
    s = " ".join(words)
    return _COMPOUND_HEAD_ANY(s) is not None and _COMPOUND_RE(s) is not None


# --------------------------------------------------------------------------
# the people a subscription is for
# --------------------------------------------------------------------------
# "up to 6 people", "für 5 Personen", "pour 6 personnes", "pro 6 osob":
# counted as licences in a title about software or a subscription only
PEOPLE = ("people", "persons", "person", "personen", "personnes", "personas", "persone", "osob", "osoby")


# --------------------------------------------------------------------------
# one word in several languages, as evidence: a translated word is no word
# the other title lacks
# --------------------------------------------------------------------------
# forms a product is sold in (coffee, spices ...) and the languages a
# software box or a book is in: word -> canonical value
_FORM_GROUPS = {
    "ground": "ground gemahlen moulu molido macinato mleta mlety mlete",
    "beans": "beans bohnen grains grano granos chicchi zrnkova zrnkovy zrnkove",
    "instant": "instant loeslich loslich soluble solubile rozpustna rozpustny",
    "decaf": "decaf decaffeinated entkoffeiniert decafeine descafeinado decaffeinato bezkofeinova",
}
_LANGUAGE_GROUPS = {
    "german": "german deutsch deutsche allemand aleman tedesco nemecky nemecka nemecka",
    "english": "english englisch anglais ingles inglese anglicky anglicka",
    "french": "french franzoesisch franzosisch francais frances francese francouzsky",
    "spanish": "spanish spanisch espagnol espanol spagnolo spanelsky",
    "italian": "italian italienisch italien italiano italsky",
    "czech": "czech tschechisch tcheque checo ceco cesky ceska",
}
_GROUP_OF: dict = {}


def _add_word_groups(groups: dict) -> None:
    """Register ``{key: "word word ..."}``: each group's words are one word (a word already in
    a group keeps its group)."""
    for ws in groups.values():
        g = frozenset(ws.split())
        for w in g:
            _GROUP_OF.setdefault(w, g)
for _groups in (_SCENT_GROUPS, _FORM_GROUPS, _LANGUAGE_GROUPS):
    for _ws in _groups.values():
        _g = frozenset(_ws.split())
        for _w in _g:
            _GROUP_OF[_w] = _g


# (session 37, col37b) a maker's name of a colour and the plain colour shops write for it ("Pixel 8
# Obsidian" / "Pixel 8 Black"): ``colour37.MAKER_NAMED_COLOURS`` - one word, not a colour word (the
# maker's name stays a word both titles share where both print it)
from .colour37 import MAKER_NAMED_COLOURS as _MAKER_NAMED  # noqa: E402 (a leaf module)
_add_word_groups({_w: _w + " " + " ".join(_ws) for _w, _ws in _MAKER_NAMED.items()})


def translated_in(w: str, other_words) -> bool:
    """Does the other title (``other_words``: its word set) name the value of
    the word ``w`` in another language ("citron" / "lemon", "gemahlen" /
    "ground", "deutsch" / "german")?  Then ``w`` is no identifying word the
    other lacks (as a colour the other names in its own words is none)."""
    g = _GROUP_OF.get(w)
    return g is not None and not g.isdisjoint(other_words)


# --------------------------------------------------------------------------
# model variant words ("Pro", "Max", "Air") after one model number written
# two ways (``titles.model_variants_of``)
# --------------------------------------------------------------------------
import re as _re

# a series' name glued to its 1-2 digit number: "buds2", "pixel8", "ps5"
# ("Galaxy Buds2 Pro" = "Galaxy Buds 2 Pro"); not a standard's or an
# edition's number ("usb3", "windows11", "ipx7")
_GLUED_SHORT = _re.compile(r"^([a-z]{2,6})(\d{1,2})$")
_NOT_SERIES = frozenset("windows win office usb ipx ip wifi pcie ddr gen class cat hdmi dp rev mk ver".split())
# an ordinal whose letter a dot separates: "2.a" (Spanish "2.ª"), "1.o", "3.e"
_ORDINAL_DOT = _re.compile(r"^(\d{1,2})\.(?:a|o|e|er)$")
# a variant word that starts the name of a kind of product is none: "Air
# Fryer", "Air Purifier", "Mini Fridge" (the product, not a smaller model)
KIND_AFTER_VARIANT = frozenset("""
fryer fryers purifier purifiers conditioner conditioners compressor compressors pump pumps mattress
freshener fresheners cooler coolers fridge fridges
""".split())


def glued_series_number(t: str) -> bool:
    """Is ``t`` a series' name glued to its short number ("buds2", "ps5")?"""
    m = _GLUED_SHORT.match(t)
    return m is not None and m.group(1) not in _NOT_SERIES


def ordinal_number(t: str):
    """The number of an ordinal written with a dot before its letter
    ("2.a" -> "2"), else None."""
    m = _ORDINAL_DOT.match(t)
    return m.group(1) if m else None


# session 10, multilingual: colour words of the languages shops write in that the
# colour tables (``titles.COLOURS``, ``facets.COLOUR_OF``) lacked - Polish, Dutch,
# and the feminine and plural forms of Italian, Spanish, French, German and Czech
# ones ("czarna", "grijze", "bianca", "blanche", "grafitová") - one canonical value
# each, as those tables write it; both tables read them (a colour one title names in
# its language is the colour the other names in English, and another colour is a
# conflict)
_MORE_COLOUR_GROUPS = {
    "black": "czarny czarna czarne czarnym zwarte nera negra noire",
    "white": "bialy biala biale bialym wit witte bianca blanca blanche",
    "red": "czerwony czerwona czerwone rood rode roja rosso",
    "blue": "niebieski niebieska niebieskie granatowy granatowa granatowe blauw blauwe azzurro azzurra bleue",
    "green": "zielony zielona zielone groen groene verte",
    "grey": "szary szara szare grafitowy grafitowa grafitowe grijs grijze antraciet grigio grigia grise "
            "grafitova grafitovy grafitove",
    "silver": "srebrny srebrna srebrne zilver zilveren argento plateada",
    "gold": "zloty zlota zlote goud gouden",
    "pink": "rozowy rozowa rozowe roze",
    "purple": "fioletowy fioletowa fioletowe paars paarse lilla lilas morada",
    "yellow": "zolty zolta zolte geel gele gialla amarilla jaune gelb",
    "orange": "pomaranczowy pomaranczowa pomaranczowe oranje arancione",
    "brown": "brazowy brazowa brazowe bruine marrone",
    "beige": "bezowy bezowa bezowe",
}
# (the named finishes of phones and laptops ``facets`` reads as colours: "Północ" is
# Apple's "Midnight", "Polarstern" its "Starlight")
_MORE_COLOUR_GROUPS["midnight"] = "midnight polnoc mitternacht minuit medianoche mezzanotte pulnoc middernacht"
_MORE_COLOUR_GROUPS["starlight"] = "starlight polarstern"
# session 12, recall: graphite in Spanish, Italian and German ("Grafito" / "Graphite"; not
# Italian "blu" - "Blu-ray")
_MORE_COLOUR_GROUPS["grey"] += " grafito grafite graphit"
# session 38, eu38: Slovak and Polish forms ("čierne", "strieborné", "turkusowa", "sivá") and Dutch "Sterrenlicht"
from . import eu38 as _eu38  # noqa: E402  (a leaf module)

for _c, _ws in _eu38.COLOURS.items():
    _MORE_COLOUR_GROUPS[_c] = _MORE_COLOUR_GROUPS.get(_c, "") + " " + _ws

# session 38, we38: copper in the Western shops' languages ("Níquel/Cobre" / "Nickel/Copper"; not Dutch
# "koper", also a buyer)
_MORE_COLOUR_GROUPS["bronze"] = _MORE_COLOUR_GROUPS.get("bronze", "") + " cobre kupfer cuivre rame"
# session 42, cl42: German "violett", Apple's Italian "galassia" (Starlight)
from . import cl42 as _cl42  # noqa: E402  (a leaf module)

for _c, _ws in _cl42.COLOURS.items():
    _MORE_COLOUR_GROUPS[_c] = _MORE_COLOUR_GROUPS.get(_c, "") + " " + _ws
MORE_COLOURS = {w: c for c, ws in _MORE_COLOUR_GROUPS.items() for w in ws.split()}


# --------------------------------------------------------------------------
# session 10, software: console families, a default edition printed as an option
# --------------------------------------------------------------------------
# "Xbox" alone is the console family a shop names for a game sold for both current Xbox
# consoles ("Diablo 4 Xbox" = "Diablo IV - Xbox One / Xbox Series X"); against one of them
# it stays another platform ("Xbox Stereo Headset" is not the "Xbox One" one), and so does
# the Xbox 360 ("xbox360" is no member)
_LISTED_FAMILY = {"xbox": frozenset(("xboxone", "xboxseries"))}


def family_listed(va, vb) -> bool:
    """Does one title name a console family alone ("Xbox") and the other list two or
    more consoles of that family and no other platform ("Xbox One / Xbox Series X|S")?"""
    for x, y in ((va, vb), (vb, va)):
        if len(x) == 1:
            fam = _LISTED_FAMILY.get(next(iter(x)))
            if fam is not None and len(y) >= 2 and y <= fam:
                return True
    return False
# the words that name a console of a family (a title printing "PS4/PS5" and the other
# "PlayStation" names one family: ``platforms_disagree`` says so of the facets)
CONSOLE_WORDS = frozenset("playstation ps ps2 ps3 ps4 ps5 xbox".split())


def console_family_word(w: str, pa: dict, pb: dict) -> bool:
    """Is ``w`` a console word of one title whose platform the other title names by
    its family or by another member of the family it lists ("Modern Warfare III - PS5/PS4"
    / "Modern Warfare 3 (PlayStation)")?  ``pa`` / ``pb``: the two offers' facets;
    both must name a platform and the platforms agree (``platforms_disagree``)."""
    if w not in CONSOLE_WORDS:
        return False
    va, vb = pa.get("platform"), pb.get("platform")
    return bool(va) and bool(vb) and not platforms_disagree(va, vb)


def default_edition_alone(ws, segs, i: int, edition_words) -> bool:
    """Is the default edition's word ``ws[i]`` ("Standard") printed as an option of its
    own: after an edition word ("Édition Standard", "Edition: Standard") or alone between
    separators ("Super Mario Bros. Wonder - Nintendo Switch - Standard", "Parallels Desktop
    19 Mac - Standard - 12 Month")?  Then it names the edition every shop leaves unsaid,
    as "Standard Edition" does; "Kaspersky Standard 3 Devices" (a plan's name inside the
    title) stays a tier."""
    if i and ws[i - 1] in edition_words:
        return True
    return segs is not None and segs.count(segs[i]) == 1


def sequel_number_pcs(fa: dict, fb: dict, licences: str) -> bool:
    """Is the one-sided licence count of two offers' facets (``fa`` / ``fb``; the key
    ``licences``) a game's or a program's own number before the platform word "PC"
    ("Red Dead Redemption 2 PC" / "Red Dead Redemption 2 (PC)", "Baldur's Gate 3 PC" /
    "Baldurs Gate III - Steam Key (PC)")?  It is when each count is read from "<n> PC"
    only and the other title prints that number too (as a word, or as its version: a
    roman numeral) - a count of PCs the other title never prints stays one ("Office
    2021 3 PC" / "Office 2021")."""
    for x, y in ((fa, fb), (fb, fa)):
        lic = x.get(licences)
        if not lic or y.get(licences) is not None:
            continue
        cx, cy = x.get("_cleaned", ""), y.get("_cleaned", "")
        ver = y.get("version", ())
        for n in lic:
            s = str(n)
            if not _re.search(r"(?<![\w.])" + s + r" pc\b(?!s)", cx) or _re.search(r"(?<![\w.])" + s + r"\s?-?\s?(?:pcs|devices?|users?)\b", cx):
                return False
            if s not in ver and not _re.search(r"(?<![\w.$])" + s + r"(?![\w.])", cy):
                return False
        return True
    return False


# where a key, a subscription or a gift card is redeemed, as key shops print it: a
# country's code standing alone between separators ("PlayStation Plus 12 Month (DE)"), a
# country's name ("Germany", "Deutschland"); "de", "es", "it" are words elsewhere, so only
# a code alone in its part of the title is read
_REGION_CODE = {"us": "us", "usa": "us", "uk": "uk", "gb": "uk", "eu": "eu", "de": "de", "fr": "fr",
                "es": "es", "it": "it", "nl": "nl", "pl": "pl", "at": "at", "ch": "ch", "be": "be",
                "ca": "ca", "au": "au", "jp": "jp", "br": "br", "mx": "mx", "in": "in", "tr": "tr",
                "ae": "ae", "sa": "sa", "cz": "cz", "lb": "lb"}
_REGION_NAMES = {"de": "germany deutschland allemagne alemania germania",
                "fr": "france frankreich francia", "es": "spain spanien espagne espana spagna",
                "it": "italy italien italie italia", "nl": "netherlands niederlande",
                "pl": "poland polen pologne polska", "ca": "canada kanada", "au": "australia australien",
                "jp": "japan japon giappone", "tr": "turkey turkei turquie turquia",
                "lb": "lebanon liban", "ae": "uae emirates", "sa": "ksa saudi"}
_REGION_NAME_OF = {w: c for c, ws in _REGION_NAMES.items() for w in ws.split()}
# a country's name is the redeem region only in a title about a key, a code, a gift card or
# a subscription (elsewhere it is the shop's site, "HP Store Netherlands", or an origin)
_REDEEM_WORDS = frozenset("""
key code card gift giftcard egift voucher account subscription membership abonnement abo wallet guthaben
""".split())


def title_regions(ws, segs, region_of: dict, site=frozenset()) -> set:
    """The redeem regions a title names: its region words (``region_of``: word -> region)
    and the country codes standing alone in a part of the title (or before "only" /
    "account": "(US only)", "[DE Account]"); not the words of a shop's name closing the
    title (``site``: "HP Store Netherlands" names the shop)."""
    out = {region_of[w] for w in ws if w in region_of and w not in site}
    if out and _REDEEM_WORDS.isdisjoint(ws) and not _SIZE_LABELS.isdisjoint(ws):
        # (session 32, fs32: "EU 44", "US 10", "UK 8" name a shoe's size system, no region: ``sizing``)
        sized = _size_positions(ws)
        out = {region_of[w] for i, w in enumerate(ws) if w in region_of and w not in site and i not in sized}
    if not _REDEEM_WORDS.isdisjoint(ws):
        out.update(_REGION_NAME_OF[w] for w in ws if w in _REGION_NAME_OF and w not in site)
    if segs is not None:
        for i, w in enumerate(ws):
            c = _REGION_CODE.get(w)
            if c is None or w in site:
                continue
            alone = segs.count(segs[i]) == 1 or (
                i + 1 < len(ws) and segs[i + 1] == segs[i] and ws[i + 1] in ("only", "account")
                and segs.count(segs[i]) == 2)
            if alone:
                out.add(c)
    return out


# how a licence is paid or built, in the words Microsoft's and other shops' titles use:
# "One-time purchase" (no subscription), "64-bit" (the build every copy of the licence
# installs; two builds named are two products)
_TERM_PHRASES = tuple(ph.split() for ph in (
    "one time purchase", "one time payment", "einmalkauf", "achat unique", "pago unico", "acquisto una tantum",
    "no subscription", "ohne abo", "sans abonnement", "sin suscripcion", "senza abbonamento"))
_BITS = frozenset(("32", "64"))


def _in_phrase(w: str, ws, phrases) -> bool:
    for ph in phrases:
        if w in ph:
            k = len(ph)
            for i in range(len(ws) - k + 1):
                if ws[i:i + k] == ph:
                    return True
    return False


def _bits(ws) -> set:
    return {x for i, x in enumerate(ws) if x in _BITS and i + 1 < len(ws) and ws[i + 1] == "bit"} | {
        x[:2] for x in ws if x in ("32bit", "64bit")}


# the words of a payment phrase ``region_wording`` reads ("One-time purchase", "ohne Abo")
_PAYMENT_WORDS = frozenset(("one", "time", "purchase", "payment", "subscription", "unico", "unique", "tantum", "abo",
                            "abonnement", "suscripcion", "abbonamento", "einmalkauf", "ohne", "sans", "sin", "senza",
                            "no"))


def region_wording(w: str, p, other, region_of: dict):
    """A word ``w`` of p's title the other title never prints (``wordclass.
    rewording``) that tells where or how a licence is used: 0 a region when the other
    names another ("(UK)" / "(DE)": two products), 1 "only" after a region ("US only":
    the region itself), a word of a payment phrase ("One-time purchase"), a build
    ("64-bit") when the other names no other build (0 when it does); None otherwise
    (a region is then compared as a spec)."""
    ws = p.words
    if len(w) == 4 and w[:2] == "20" and w.isdigit():
        return 1 if _has_term(ws) and _has_term(other.words) and not any(
            len(x) == 4 and x[:2] in ("19", "20") and x.isdigit() for x in other.words) else None
    if w in _DELIVERY_WORDS:  # ("Online Code", "Digital Download": how it is delivered)
        return 1 if any(x == w and delivery_word(ws, i) for i, x in enumerate(ws)) else None
    st = _STORE_OF.get(w)
    if st is not None:
        return store_wording(st, p, other)
    if w in _BITS or w in ("32bit", "64bit"):
        b = _bits(ws)
        if w[:2] in b:
            ob = _bits(other.words)
            return 0 if ob and w[:2] not in ob else 1
        return None
    if w in _STORE_PHRASE_WORDS and store_phrase_word(w, p, other):
        return 1
    if w in _PAYMENT_WORDS:
        return 1 if _in_phrase(w, ws, _TERM_PHRASES) else None
    if w == "only":
        return 1 if any(x == w and i and (ws[i - 1] in region_of or ws[i - 1] in _REGION_CODE)
                        for i, x in enumerate(ws)) else None
    c = region_of.get(w)
    if c is None:
        c = _REGION_NAME_OF.get(w)
        if c is None or _REDEEM_WORDS.isdisjoint(ws):
            return None
        o = title_regions(other.words, other.segs, region_of, _site(other))
        return 0 if o and c not in o else 1  # (a country's name on a key or a card: its region)
    o = title_regions(other.words, other.segs, region_of, _site(other))
    return 0 if o and c not in o else None


def regions_differ(a, b, region_of: dict) -> bool:
    """Do two titles name redeem regions, and none in common ("PlayStation Plus 12 Month
    (UK)" / "(DE)", "Apple Gift Card 100 USD (US)" / "(Germany)")?  Then their words
    agreeing is no evidence (``facets.tier_differs``)."""
    ra = title_regions(a.words, a.segs, region_of, _site(a))
    if not ra:
        return False
    rb = title_regions(b.words, b.segs, region_of, _site(b))
    return bool(rb) and ra.isdisjoint(rb)


# an operating system a title sells, named by its platform word leading the title (after
# its maker) and followed by its version: "Windows 11 Pro", "Microsoft Windows 10 Home",
# "Win 11 Home"; the platform word then names the product, not what it runs on ("Office
# 2021 for Windows")
_OS_WORDS = frozenset("windows win macos".split())
_OS_MAKERS = frozenset("microsoft ms apple".split())
_OS_VERSIONS = frozenset("xp vista server".split())


def os_name_words(ws) -> frozenset:
    """{the OS word} when title words ``ws`` start with an operating system's name and
    version ("windows" of "Microsoft Windows 11 Pro"), else empty: an identifying word
    though common (each title of the line prints it; the version and the edition tell
    the products apart)."""
    i = 1 if ws and ws[0] in _OS_MAKERS else 0
    if i + 1 < len(ws) and ws[i] in _OS_WORDS and (ws[i + 1].isdigit() or ws[i + 1] in _OS_VERSIONS):
        return frozenset((ws[i],))
    return frozenset()


# words before a sequel's or a volume's number, in EN DE FR ES IT: after them a lone
# letter "I" / "V" is a roman numeral ("The Last of Us Part I" = "Part 1"), which
# ``titles.ROMAN_NUM`` leaves out elsewhere (a lone "I" or "V" is as often a letter)
_SEQUEL_WORDS = frozenset("""
part chapter episode volume vol book act season teil kapitel band partie chapitre tome parte capitulo
episodio libro
""".split())
_LETTER_NUMERALS = {"i": "1", "v": "5"}


def letter_numeral_in(w: str, prev: str, other_words) -> bool:
    """Is ``w`` (after ``prev``) a sequel's number the other title writes as a lone
    roman letter after the same word, or that letter the other writes as its number
    ("Part 1" / "Part I")?"""
    if prev not in _SEQUEL_WORDS:
        return False
    for r, n in _LETTER_NUMERALS.items():
        if w == n and r in other_words or w == r and n in other_words:
            return True
    return False


# the store a PC game's key is activated in: one title naming it and the other none is no
# disagreement ("Hades II (PC) Steam Key" / "Hades II - PC"), two stores are two products
# ("Steam" / "GOG"); "Origin" is the EA app's old name.  Read only in a title about a PC
# game (its platform is Windows): elsewhere "Steam" names the product ("Steam Gift Card",
# "Steam Deck").
_STORE_OF = {"steam": "steam", "origin": "ea", "uplay": "ubisoft", "gog": "gog", "epic": "epic"}
_STORE_PHRASES = {("ea", "app"): "ea", ("ubisoft", "connect"): "ubisoft", ("battle", "net"): "battlenet",
                  ("battlenet",): "battlenet", ("microsoft", "store"): "microsoft", ("epic", "games"): "epic"}


_STORE_PHRASE_WORDS = frozenset(w for ph in _STORE_PHRASES if len(ph) == 2 for w in ph)


def _stores(ws) -> set:
    out = {_STORE_OF[w] for w in ws if w in _STORE_OF}
    for ph, c in _STORE_PHRASES.items():
        k = len(ph)
        if any(tuple(ws[i:i + k]) == ph for i in range(len(ws) - k + 1)):
            out.add(c)
    return out


def _pc_game(plat, store_named: bool) -> bool:
    """A title about a PC game: its platform is Windows, or it names a store and no
    console ("Assassin's Creed Valhalla Ubisoft Connect Key")."""
    if plat:
        return "win" in plat
    return store_named


def store_wording(store: str, p, other):
    """A store's word of p's title the other never prints: 1 when both titles are about a
    PC game and the other names no store (or this one in other words: "Origin" / "EA
    App"), 0 when it names another; None when either title is about no PC game."""
    o = _stores(other.words)
    if not (_pc_game(p.facets.get("platform"), True) and _pc_game(other.facets.get("platform"), bool(o))):
        return None
    return 1 if not o or store in o else 0


def store_phrase_word(w: str, p, other) -> bool:
    """A word of a store's two-word name ("EA *App*", "Ubisoft *Connect*") the other PC
    game's title names in other words or not at all."""
    ws = p.words
    for ph, c in _STORE_PHRASES.items():
        if w in ph and len(ph) == 2:
            for i in range(len(ws) - 1):
                if (ws[i], ws[i + 1]) == ph:
                    return store_wording(c, p, other) == 1
    return False


def region_left_out(w: str, other, region_of: dict) -> bool:
    """Is ``w`` a region word of one title and the other title names no region - in a
    model number's slot no variant ("Roblox Gift Card 800 Robux (Global)" / "- Digital
    Code"; two regions stay two variants)?"""
    return w in region_of and not title_regions(other.words, other.segs, region_of,
                                                _site(other))


def _site(p) -> frozenset:
    """The words of a shop's name closing p's title, once known (``prepared``), else none."""
    return getattr(p, "sitewords", None) or frozenset()


_DELIVERY_WORDS = frozenset("digital numerique digitale online".split())


_DELIVERED_AS = frozenset("code codes key keys download delivery esd keycard voucher".split())


def delivery_word(ws, i: int, filler=None) -> bool:
    """Is ``ws[i]`` "Digital" naming how a product is delivered - before the word for
    what is delivered ("Digital Code", "Digital Download", "Digital Key") - not a
    "Digital Edition" (another console, another edition)?"""
    return ws[i] in _DELIVERY_WORDS and i + 1 < len(ws) and ws[i + 1] in _DELIVERED_AS


# an edition named by a phrase, as its short name: "Game of the Year Edition" = "GOTY"
_TIER_PHRASES = {("game", "of", "the", "year"): "goty", ("jeu", "de", "l", "annee"): "goty",
                 ("spiel", "des", "jahres"): "goty", ("juego", "del", "ano"): "goty",
                 ("gioco", "dell", "anno"): "goty"}


def phrase_tiers(ws) -> set:
    """The editions a title names by a phrase ("Game of the Year" -> "goty")."""
    out = set()
    if "year" in ws or "annee" in ws or "jahres" in ws or "ano" in ws or "anno" in ws:
        for ph, t in _TIER_PHRASES.items():
            k = len(ph)
            if any(tuple(ws[i:i + k]) == ph for i in range(len(ws) - k + 1)):
                out.add(t)
    return out


# a subscription's term as titles write it once cleaned: "1year", "12month", "2jahre", "1an"
_TERM = _re.compile(r"^\d{1,2}(?:years?|yrs?|months?|mos?|jahre?|monate?|mois|ans?|anos?|anni|anno|mes|meses|mesi)$")


def _has_term(ws) -> bool:
    """Does a title name a subscription's term ("1 Year", "12 Months", "2 Jahre")?  Then
    a model year it prints ("Norton 360 Deluxe 2024") is the year the box was printed,
    not another product: the subscription gets the current version whatever that year
    (two years named stay a conflict: the year facet)."""
    return any(_TERM.match(x) for x in ws)


def edition_after_program(toks, i: int, edition_of) -> bool:
    """Is the variant word ``toks[i]`` (before a number) an edition named after the
    program's name (``edition_of``: "Office Professional 2021" = "Office 2021
    Professional", as "Windows 10 Pro" is no model "10 Pro"), not a model's name ("Air 2",
    "Mini 4")?  (A year alone tells no edition from a model: "Mac mini (2023)" is the
    "Mac mini M2".)"""
    return bool(i) and toks[i - 1] in edition_of


# "Professional" as shops in other languages write it: the variant "Pro" ("Windows 11
# Professionnel" = "Windows 11 Pro", "Office Profesional 2021" = "Office Professional 2021")
PRO_WORDS = frozenset("professional professionnel professionnelle profesional professionale".split())


# Windows' editions for Europe and Korea: "Windows 11 Pro N" (no media player) is another
# product than "Windows 11 Pro"; the letter follows the edition's word
_OS_EDITION_LETTERS = frozenset(("n", "kn", "k"))
_OS_EDITIONS = frozenset("home pro professional professionnel profesional professionale education enterprise "
                         "famille hogar workstations".split())


def os_letters(ws) -> frozenset:
    """The edition letters ("N", "KN") of an operating system's title (``os_name_words``)."""
    if not os_name_words(ws):
        return frozenset()
    return frozenset(x for i, x in enumerate(ws) if x in _OS_EDITION_LETTERS and i and ws[i - 1] in _OS_EDITIONS)


def os_letter_differs(a, b) -> bool:
    """Does one operating system's title name an edition letter the other does not
    ("Windows 11 Pro N" / "Windows 11 Pro")?"""
    return os_letters(a.words) != os_letters(b.words)


# session 13, ml: the scents and flavours of ``_SCENT_GROUPS`` as shops write them in Dutch,
# Portuguese, Polish, Hungarian, Turkish, Czech and Slovak (ascii-folded: "çilek" -> "cilek",
# "áfonya" -> "afonya"): a translation is the same value, two values stay two.  Left out, with
# their other meaning: "korte" (Hungarian pear; Dutch "short"), "kers" (Dutch cherry; cress),
# "peer" (Dutch pear), "rosa" (a rose; pink in several languages), "bal" (Turkish honey),
# "cam" (Turkish pine; glass), "den" (Dutch pine), "barack" (Hungarian peach or apricot),
# "limao" (Portuguese lemon; lime in Brazil), "maca" (Portuguese apple; a plant), "dinnye"
# (Hungarian melon or watermelon).
_S13_SCENT_GROUPS = {
    "lavender": "levendula lawenda lawendowy lavanta alfazema levandulovy",
    "vanilla": "vanilia wanilia waniliowy vanilya baunilha vanilkovy vanilkova",
    "lemon": "citrom cytryna cytrynowy",
    "orange": "narancs pomarancza pomaranczowy portakal laranja",
    "apple": "appel alma",
    "peach": "brzoskwinia seftali pessego perzik",
    "cherry": "cseresznye czeresnia wisnia visne meggy cereja",
    "strawberry": "eper truskawka truskawkowy cilek morango aardbei jahodovy",
    "raspberry": "malna ahududu framboesa framboos malinowy",
    "blueberry": "afonya borowka mirtilo bosbes cucoriedka",
    "mint": "mieta mietowy nane hortela munt",
    "peppermint": "borsmenta pepermunt",
    "coconut": "kokusz kokosowy",
    "cinnamon": "fahej cynamon tarcin kaneel",
    "jasmine": "jasmijn yasemin jasmim",
    "watermelon": "gorogdinnye arbuz karpuz melancia watermeloen",
    "melon": "kavun meloen",
    "pineapple": "abacaxi",
    "banana": "muz banaan",
    "chocolate": "csokolade czekolada cikolata chocolade schoko",  # ("Schoko": German shops' short form)
    "honey": "honing miod",
    "pear": "gruszka armut",
    "cucumber": "uborka ogorek salatalik komkommer",
    "almond": "mandula migdal badem amendoa amandel",
    "hazelnut": "mogyoro findik hazelnoot",
    "eucalyptus": "eukaliptusz eukaliptus okaliptus eucalipto",
    "pine": "fenyo sosna pinho",
}
def _add_scent_groups(groups: dict) -> None:
    """Register ``{scent: "word word ..."}``: each scent's words join its word group (one word
    in any language) and read as that scent where no earlier table named them."""
    for c, ws in groups.items():
        g = _GROUP_OF.get(c, frozenset((c,))) | frozenset(ws.split())
        for w in g:
            _GROUP_OF[w] = g
            SCENT_OF.setdefault(w, c)


def _add_colours(groups: dict) -> None:
    """{canonical colour: its words in the shops' languages} into ``MORE_COLOURS``; a word read
    already keeps its colour (the earlier table wins)."""
    for c, ws in groups.items():
        for w in ws.split():
            MORE_COLOURS.setdefault(w, c)


_add_scent_groups(_S13_SCENT_GROUPS)
# (read as scent words, as ``MORE_SCENT_WORDS``: words that name nothing else; not "alma" - a
# Spanish soul -, "muz", "nane", "munt", "appel" - short or a coin -)
MORE_SCENT_WORDS = MORE_SCENT_WORDS | frozenset(
    w for ws in _S13_SCENT_GROUPS.values() for w in ws.split() if w not in ("alma", "muz", "nane", "munt", "appel"))
# session 13, ml: colour words of Turkish, Hungarian, Portuguese, Czech and Slovak titles the
# colour tables lacked ("Siyah" = "Black", "Fekete", "Preta", "Černá", "Čierna"), one canonical
# value each (a colour named in the shop's language is the colour the other names in English;
# another colour is a conflict).  Left out: "kek" (Hungarian blue; Turkish cake), "sari"
# (Turkish yellow; a garment), "mor" (Turkish purple), "narancs"/"laranja" (orange: the fruit
# and its flavour), "rosa" (pink; a rose), "altin" (Turkish gold; a name).
_add_colours({
    "black": "siyah fekete preta cerna cerny cerne cierna cierny cierne",
    "white": "beyaz feher branca bila bily bile biela biely biele",
    "red": "kirmizi piros voros vermelho vermelha cervena cerveny cervene",
    "blue": "mavi modra modry modre",
    "navy": "lacivert",
    "green": "yesil zold zelena zeleny zelene",
    "grey": "gri szurke cinza cinzento cinzenta seda sedy sede siva sivy sive",
    "silver": "gumus ezust prateado prateada stribrna stribrny strieborna strieborny",
    "gold": "arany dourado dourada zlata zlaty",
    "pink": "pembe rozsaszin ruzova ruzovy",
    "purple": "roxo roxa fialova fialovy",
    "yellow": "sarga amarelo amarela zluta zluty zlta zlty",
    "orange": "turuncu oranzova oranzovy",
    "brown": "kahverengi barna castanho marrom hneda hnedy",
    "beige": "bezova bezovy",
})

# session 13, home: a material, a coating and a shape of home goods in the shops' languages
# (a title printing it in its language and the other in English name one value: "Edelstahl" /
# "Stainless Steel", "Gusseisen" / "Cast Iron", "rund" / "Round", "Antihaft" / "Non-Stick";
# "Cromargan" is WMF's name for its stainless steel); two values stay two ("Edelstahl" /
# "Aluminium" - nothing of one group is in the other)
_HOME_GROUPS = {
    "stainless": "stainless edelstahl inox inoxydable inoxidable acciaio cromargan nerez",
    "cast iron": "cast iron gusseisen fonte ghisa litina",
    "round": "round rund rond redondo redonda rotondo rotonda kulaty",
    "oval": "oval ovale ovalado",
    "nonstick": "nonstick antihaft antiadhesif antiadherente antiaderente",
    "nonslip": "nonslip antislip rutschfest antiderapant antideslizante antiscivolo",
    "porcelain": "porcelain porzellan porcelaine porcelana porcellana porcelan",
    "glass": "glass glas verre vidrio vetro sklo",
    "linen": "linen leinen lin lino len",
    "cotton": "cotton baumwolle coton algodon cotone bavlna",
    # (a kind sold with others - "Sheet Set and Pillowcases" - is no kind word: its translations here)
    "pillowcase": "pillowcase pillowcases kissenbezug kissenbezuge taie",
    "pillow": "pillow pillows kopfkissen oreiller almohada guanciale",
    "candle": "candle candles kerze kerzen bougie bougies vela velas candela candele svicka",
    "scented": "scented parfumee perfumada profumata",
    "flower": "flower flowers blumen fleurs flores fiori",
    "pot": "pot pots topf topfe",
    "grill": "grill grills barbecue barbecues bbq",
    "charcoal": "charcoal holzkohle charbon",
    "cup": "cup cups tasse tassen tazza tazze taza tazas",
}
_add_word_groups(_HOME_GROUPS)


# session 14, speed
def region_word(w: str, region_of: dict) -> bool:
    """Can ``region_wording(w, ...)`` answer anything but None for the word ``w``
    (whatever the titles)?  False only where none of its branches reads the word:
    ``wordclass.rewording`` skips the check for the other words (kept beside
    ``region_wording``: a new branch there needs its words here)."""
    return (len(w) == 4 and w[:2] == "20" and w.isdigit() or w in _DELIVERY_WORDS or w in _STORE_OF
            or w in _BITS or w in ("32bit", "64bit") or w in _STORE_PHRASE_WORDS or w in _PAYMENT_WORDS
            or w == "only" or w in region_of or w in _REGION_NAME_OF)


# session 14, prec: the peanut is a flavour like the almond and the hazelnut the scent words
# hold ("CLIF BAR Crunchy Peanut Butter" / "CLIF BAR Chocolate Chip", "M&M's Peanut" / "M&M's
# Milk Chocolate" are two products of a line): one value in any language
_S14_FLAVOURS = {"peanut": "peanut peanuts erdnuss erdnusse cacahuete cacahuetes arachide arachidi amendoim "
                           "pindakaas pinda arasidove"}
_add_scent_groups(_S14_FLAVOURS)
MORE_SCENT_WORDS = MORE_SCENT_WORDS | frozenset(w for ws in _S14_FLAVOURS.values() for w in ws.split())

# session 20, ml20b: fruit flavours the groups lacked (apricot, mango, grape, plum, blackberry) in EN DE
# FR NL IT ES, their German and Dutch plurals, and the flavours South-East Asian shops write in
# Indonesian / Malay, Tagalog and Vietnamese ("Rasa Stroberi", "Perisa Coklat", "Sô-cô-la"): one
# value in any language.  (Not "raisin" - English a dried grape -, "damasco" - a damask -, "jeruk" -
# any citrus -, nor the short Vietnamese syllables "cam", "nho", "dua", "tao", words of other things.)
_S20_FLAVOURS = {
    "apricot": "apricot apricots aprikose aprikosen marille marillen abricot abricots abrikoos abrikozen "
               "albicocca albicocche albaricoque albaricoques aprikos",
    "mango": "mango mangos mangue mangga xoai",
    "grape": "grape grapes traube trauben druif druiven uva uvas anggur ubas",
    "plum": "plum plums pflaume pflaumen zwetschge zwetschgen pruim pruimen susina susine ciruela ciruelas",
    "blackberry": "blackberry blackberries brombeere brombeeren braam bramen mure mures mora moras",
    "strawberry": "stroberi strawberi",
    "orange": "orangen oren",
    "blueberry": "heidelbeeren blaubeere blaubeeren bosbessen myrtilles bluberi",
    "banana": "pisang saging",
    "coconut": "kelapa niyog",
    "vanilla": "vanila banilya",
    "chocolate": "coklat cokelat tsokolate socola",
    "honey": "madu pulot",
    "durian": "durian",
    "pandan": "pandan",
}
_add_scent_groups(_S20_FLAVOURS)
# (session 22, ml22c: a product sold plain and flavoured - milk, a growing-up formula -: the plain one
# in Thai "รสจืด" - read so by ``thai`` -, Indonesian / Malay "tawar"; not the English "plain", a
# paper's, a weave's and a bagel's word as well)
_add_scent_groups({"unflavoured": "unflavoured unflavored tawar"})
MORE_SCENT_WORDS = MORE_SCENT_WORDS | frozenset(("unflavoured", "unflavored", "tawar"))
MORE_SCENT_WORDS = MORE_SCENT_WORDS | frozenset(w for ws in _S20_FLAVOURS.values() for w in ws.split())

# session 26, scents26: ONE scent and flavour vocabulary.  ``household24`` read its own flat list of
# scent names (meadow, breeze, linen, ocean, spring ...) beside these groups, so a scent named in two
# languages was two names ("Brisa Marina" / "Ocean Breeze", "Fraîcheur d'Avril" / "April Fresh",
# "Kaschmirholz" / "Cashmere Woods", "menthe verte" / "spearmint"), and the flavour adjectives of
# Polish, Czech and Turkish ("czekoladowe", "vanilkový", "çilekli") and the Portuguese and Swedish
# names ("Ameixa", "Algodão", "Jordgubb") were no scent at all.  Each scent is one group here, in
# the shops' languages (EN FR DE ES IT PT NL PL CS TR SV, ascii-folded as the titles' words are);
# ``household24.SCENT_WORDS`` is derived from ``SCENT_OF``.  A word of a group is that scent in any
# language; two scents stay two.  Only the words that name nothing else join ``MORE_SCENT_WORDS``
# (the facet ``scent``, compared by ``facets.conflicts``): the others ("lin", "prato" - a plate -,
# "granada", "montana", "lente" - a lens -, "regen", "avril", "berg") are read by ``household24``
# alone, in a variant's place.  Spearmint is the mint ("menthe verte", "hierbabuena", "hortelã" name
# it and the mint alike); the peppermint stays another.  Left out: "dag" (Turkish mountain; Dutch
# day), "var" (Swedish spring), "hav" / "mar" / "sea" (a sea is no scent's name of its own), "roos"
# (Dutch rose; dandruff), "gul" (Turkish rose), "erik" (Turkish plum; a name), "kola" (Swedish
# caramel; a cola), "mel" (Portuguese honey; a name), "dest" (Czech rain).
_S26_SCENTS = {
    # (the fresh and airy scents of household lines)
    "meadow": "meadow meadows wiese wiesen prairie pradera prato weide laka louka cayir",
    "breeze": "breeze breezes brise brisa brezza bries bryza bris vanek esinti",
    "ocean": "ocean oceans ozean ocean oceano oceaan oceanu okyanus marina marine marino morska morski morsky",
    "spring": "spring fruhling fruhlings printemps primavera lente voorjaar wiosna wiosenny jaro jarni ilkbahar",
    "april": "april avril abril aprile kwiecien duben nisan",
    "mountain": "mountain mountains berg montagne montana montagna gora gory hory",
    "rain": "rain pluie lluvia pioggia regen deszcz chuva regn yagmur",
    "linen": "linen leinen lin lino linnen len linne lniany lniana",
    "cotton": "cotton baumwolle coton algodon algodao cotone katoen bawelna bawelniany bavlna bavlneny bomull pamuk",
    "cashmere": "cashmere kaschmir cachemire cachemira cashmire kasmir kaszmir",
    "berry": "berry berries beere beeren baie baies baya bayas bacca bacche bes bessen jagoda jagody",
    "tropical": "tropical tropisch tropique tropicale tropicali tropikal tropicky",
    "citrus": "citrus zitrus agrumes citricos agrumi cytrusy cytrusowy citrusy citrusovy narenciye",
    "aloe": "aloe",
    "gardenia": "gardenia gardenie",
    "lily": "lily lilie lys lirio giglio lelie lilia lilie",
    "sandalwood": "sandalwood sandelholz santal sandalo sandelhout sandalowe sandalove sandeltra",
    "cedar": "cedar cedarwood zeder zedernholz cedre cedro ceder cederhout cedrowe",
    "grapefruit": "grapefruit pampelmuse pamplemousse pomelo pompelmo grejpfrut grapefrukt",
    "menthol": "menthol mentol",
    "shea": "shea karite",
    "argan": "argan",
    "chamomile": "chamomile kamille camomille manzanilla camomilla camomila rumianek rumiankowy hermanek papatya",
    "oatmeal": "oatmeal",
    "pomegranate": "pomegranate granatapfel grenade granada melograno granaatappel granat granatapple",
    "ginger": "ginger ingwer gingembre jengibre zenzero gember imbir zazvor zencefil ingefara gengibre",
    "bergamot": "bergamot bergamotte bergamota bergamotto",
    "musk": "musk moschus musc almizcle muschio mysk",
    "oud": "oud",
    "patchouli": "patchouli patschuli pachuli",
    "vetiver": "vetiver",
    "freesia": "freesia freesie fresia",
    "orchid": "orchid orchids orchidee orquidea orchidea orchidej orkide",
    "peony": "peony pfingstrose pivoine peonia pioenroos piwonia pivonka",
    "magnolia": "magnolia magnolie",
    "verbena": "verbena verveine eisenkraut",
    "rosemary": "rosemary rosmarin romarin romero rosmarino rozemarijn rozmaryn rozmaryna biberiye alecrim",
    "thyme": "thyme thymian thym tomillo timo tijm tymianek",
    "basil": "basil basilikum basilic albahaca basilico basilicum bazylia bazalka feslegen manjericao",
    "wintergreen": "wintergreen",
    "bubblegum": "bubblegum kaugummi",
    "kiwi": "kiwi",
    "passionfruit": "passionfruit maracuja maracuya",
    "papaya": "papaya papaye",
    "fig": "fig figs feige figue higo fico vijg figa figowy incir fikon",
    "blackcurrant": "blackcurrant johannisbeere cassis grosella ribes porzeczka porzeczkowy rybiz",
    "cranberry": "cranberry cranberries preiselbeere canneberge zurawina zurawinowy brusinka",
    # (the flavours and fruits above in the languages and forms the groups lacked: a plural, the
    # Polish, Czech and Turkish adjectives, the French "chocolaté", the Swedish and Portuguese names)
    "chocolate": "czekoladowy czekoladowa czekoladowe cokoladovy cokoladova cokoladove chocolate chocolatee "
                 "chocolatees schokoladen choklad chokolade sjokolade cioccolata cikolatali csokolades",
    "vanilla": "waniliowa waniliowe vanilkove vanilj vanillee vanilie vanilyali baunilha",
    "strawberry": "truskawkowa truskawkowe truskawki jahodova jahodove jordgubb jordgubbar jordgubbe cilekli "
                  "morangos fraises fragole fresas aardbeien erdbeeren",
    "lemon": "cytrynowa cytrynowe citronove citrons limoni limones citroenen limonlu citronnee",
    "orange": "pomaranczowa pomaranczowe pomerancovy pomerancova pomerancove apelsin portakalli naranjas arance",
    "apple": "jablkowy jablkowa jablkowe jablecny jablecna jablecne apfeln aepfel manzanas elmali",
    "peach": "brzoskwiniowy brzoskwiniowa brzoskwiniowe broskvovy broskvova broskvove persika seftalili "
             "pesche peches melocotones perziken",
    "cherry": "wisniowy wisniowa wisniowe visnovy visnova visnove visneli korsbar cerises ciliegie cerezas "
              "cerejas kirschen",
    "raspberry": "malinowa malinowe malinovy malinova malinove hallon frambozen framboises lamponi frambuesas",
    "mint": "spearmint mietowa mietowe matovy matova matove mynta naneli hierbabuena",
    "coconut": "kokosowa kokosowe kokosovy kokosova kokosove kokosnoot",
    "lavender": "lawendowa lawendowe lavantali",
    "honey": "miodowy miodowa miodowe medovy medova medove honung honning balli",
    "coffee": "kawowy kawowa kawowe kavovy kavova kavove kahveli",
    "caramel": "karmel karmelowy karmelowa karmelowe karamelovy karamelova karamelove karamelli",
    "hazelnut": "laskowy laskowe liskove avela hasselnot hazelnoten haselnusse nocciole findikli",
    "almond": "migdalowy migdalowa mandlovy mandlove bademli mandlar",
    "plum": "ameixa ameixas sliwka sliwki sliwkowy sliwkowa sliwkowe svestka svestky svestkovy svestkova "
            "svestkove erikli plommon prune prunes",
    "rose": "rozany rozana rozane roza rozen",
    "jasmine": "jasminowy jasminovy",
    "banana": "bananowy bananowa bananowe bananovy muzlu",
    "cinnamon": "cynamonowy skoricovy tarcinli",
    "pear": "gruszkowy hruskovy armutlu",
}
# (the English plurals: "Whole Hazelnuts" is the hazelnut "Haselnüsse" names)
for _w in ("hazelnuts almonds strawberries raspberries cherries blueberries peaches apples limes coconuts pears "
           "bananas mangoes cucumbers melons oranges").split():
    _c = {"strawberries": "strawberry", "raspberries": "raspberry", "cherries": "cherry", "blueberries": "blueberry",
          "peaches": "peach", "mangoes": "mango"}.get(_w, _w[:-1])
    _S26_SCENTS[_c] = _S26_SCENTS.get(_c, "") + " " + _w
# (the Polish adjectives' other cases: "o smaku *waniliowym*", "z orzechami *laskowymi*")
for _c, _stem in (("chocolate", "czekoladow"), ("vanilla", "waniliow"), ("strawberry", "truskawkow"),
                  ("lemon", "cytrynow"), ("raspberry", "malinow"), ("cherry", "wisniow"), ("hazelnut", "laskow"),
                  ("orange", "pomaranczow"), ("coconut", "kokosow"), ("mint", "mietow"), ("caramel", "karmelow"),
                  ("honey", "miodow"), ("peach", "brzoskwiniow"), ("apple", "jablkow"), ("plum", "sliwkow"),
                  ("banana", "bananow"), ("almond", "migdalow"), ("lavender", "lawendow"), ("coffee", "kawow")):
    _S26_SCENTS[_c] = _S26_SCENTS.get(_c, "") + " " + " ".join(_stem + e for e in ("ym", "ymi", "ych", "ej", "a", "e", "y"))
_add_scent_groups(_S26_SCENTS)
# (the words of those groups that name nothing but the scent or flavour, read as the facet)
_S26_AMBIGUOUS = frozenset("""
meadows wiese wiesen prairie pradera prato weide laka louka cayir bries bris vanek esinti marina marine marino
morska morski morsky spring fruhling fruhlings printemps primavera lente voorjaar wiosna wiosenny jaro jarni
ilkbahar april avril abril aprile kwiecien duben nisan mountain mountains berg montagne montana montagna gora
gory hory regen regn yagmur chuva lin lino len linne lniany lniana cotone berry baie baies baya bayas bacca
bacche bes bessen jagoda jagody tropical tropisch tropique tropicale tropicali tropikal tropicky lys lirio giglio
lelie lilia sandalo cedro ceder pomelo menthol mentol shea karite argan oatmeal grenade granada granat musc
muschio mysk oud timo thym kiwi roza rozen fig figs figa higo fico incir cassis ribes prune prunes chocolate karmel
manzanas arance avela granatapple elmali
""".split())
MORE_SCENT_WORDS = MORE_SCENT_WORDS | frozenset(
    w for ws in _S26_SCENTS.values() for w in ws.split() if w not in _S26_AMBIGUOUS)
# (and the words of the earlier groups that name nothing else either; not "citroen" - a car -,
# "miele" - a maker -, "noisette" - a colour -)
MORE_SCENT_WORDS = MORE_SCENT_WORDS | frozenset("sinaasappel avellana caramello karamell cocco gelsomino liskovy".split())

# session 16, ml: the colour words of the languages these tables lacked (``lingua.COLOURS``:
# Nordic, Romanian, Hungarian, Turkish forms), read as colours by ``titles`` and ``facets``
from .lingua import COLOURS as _LINGUA_COLOURS  # noqa: E402
from .sizing import SIZE_LABELS as _SIZE_LABELS, size_positions as _size_positions  # noqa: E402  (session 32, fs32)
for _w, _c in _LINGUA_COLOURS.items():
    MORE_COLOURS.setdefault(_w, _c)
# session 26, onesided26: common colour names the tables lacked in languages they list - ivory
# (German, French, Spanish, Italian, Portuguese, Dutch, Turkish, Hungarian: white, as "ivory" is),
# anthracite (German, Spanish, Italian), Portuguese silver and beige, Hungarian beige, Romanian
# cream and white, German navy.  (Not Danish "sort", Swedish "grå": English "sort", Polish "gra".
# Cream in Italian, Spanish, Polish, Czech, Turkish - "panna", "crema", "kremowy", "krem" - and
# Portuguese orange, "laranja", also name a food or a cosmetic: ``facets.AMBIGUOUS_COLOUR_OF``,
# ``facets.FOOD_COLOUR_OF``.)
_add_colours({
    "white": "elfenbein ivoire marfil avorio marfim ivoor fildisi elefantcsont alb",
    "grey": "anthrazit antracita antracite",
    "silver": "prata",
    "beige": "bege bezs crem",
    "blue": "marineblau",
})
# session 20, en20a: British / American spellings and a paper's ruling named two ways
# ("Adaptor" / "Adapter", "Ruled" / "Lined": ``office_mobile.WORD_GROUPS``)
from .office_mobile import WORD_GROUPS as _EN20_GROUPS  # noqa: E402
for _ws in _EN20_GROUPS.values():
    _g = frozenset(_ws.split())
    for _w in _g:
        _GROUP_OF[_w] = _GROUP_OF.get(_w, frozenset()) | _g


# session 20, ml20a: one English word in its British (and Indian, Pakistani) and American
# spellings ("Chilli Powder" / "Chili Powder", "Yoghurt" / "Yogurt"): no word the other lacks
_SPELLING_GROUPS = {
    "chili": "chili chilli chilies chillies chile",
    "yogurt": "yogurt yoghurt yoghourt",
    "flavor": "flavor flavour flavored flavoured",
    "aluminum": "aluminum aluminium",
    "moisturizer": "moisturizer moisturiser moisturizing moisturising",
    "sanitizer": "sanitizer sanitiser",
    "fiber": "fiber fibre",
    "savory": "savory savoury",
    "donut": "donut doughnut",
    "jewelry": "jewelry jewellery",
    "pajamas": "pajamas pyjamas",
    "deodorizer": "deodorizer deodoriser",
    "organizer": "organizer organiser",
    "iodized": "iodized iodised",
}
_add_word_groups(_SPELLING_GROUPS)

# session 22, en22: a format or a kind of media and home goods named two ways ("Rumours [LP]" /
# "Rumours Vinyl", "Hardcover" / "Hardback", "Paperback Book" / "A Novel (Paperback)", "Mouthwash"
# / "Mouth Rinse"), and a line's plain recipe ("Coca-Cola Original Taste" / "Coca Cola Classic"):
# no word the other lacks; two formats stay two ("LP" / "CD": nothing in common)
_MEDIA_GROUPS = {
    "vinyl": "vinyl lp",
    "hardcover": "hardcover hardback",
    "book": "book novel",
    "mouthwash": "mouthwash rinse",
    "original": "original classic",
}
_add_word_groups(_MEDIA_GROUPS)
# session 42, sw42: a plan for one person named in the shops' languages ("12 Month Individual Membership" /
# "12-Monats-Mitgliedschaft (Einzel)"): one audience - the words stood at one place, a variant substituted
_add_word_groups({"individual": "individual einzel einzelnutzer individuel individuelle individuale individueel",
                  # (and a plan's "unlimited" devices: "unlimited devices" / "unbegrenzte Geräte" / "appareils illimités")
                  "unlimited": "unlimited unbegrenzt unbegrenzte unbegrenzten unbegrenzter illimite illimites illimitee "
                               "illimitees ilimitado ilimitados ilimitada ilimitadas illimitato illimitati illimitata "
                               "onbeperkt onbeperkte"})
