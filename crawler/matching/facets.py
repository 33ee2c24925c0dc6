"""Variant facets of an offer and the conflicts between two offers.

Two listings that share a brand and most of their words are still different
products when they disagree on what makes a variant: capacity, size
(measured, or named: small / medium / large), dimensions, weight, volume,
pack size or count (licences too: "3 User"), colour or finish, scent or flavour,
edition, version, year, generation, platform (Mac / Windows / a console),
upgrade vs full licence, refill vs kit, or the suffix of a model number.

``facets_of`` reads those facets from one prepared title (plain words, after
``titles.clean``, so accents are gone: "černá" is "cerna"); ``conflicts``
compares two offers' facets.  The vocabularies are general (English, Czech,
German, French, Spanish, Italian words for colours, pack counts, editions ...),
not lists of the words of any one data set.

A conflict is only called when *both* offers state the facet and the values
are disjoint ("black" vs "white"), except for the one-sided markers
``upgrade`` and ``refill``: a title that says "upgrade" (or "refill") is not
the full product (or the kit) that the other title names without it.
"""

from __future__ import annotations

import re
from itertools import filterfalse

from . import titles as T
from . import us42 as _us42  # (session 42, us42: a leaf module)
from . import raw_facets as _raw_facets
from . import wordclass as W
from . import english_titles as _english  # (session 17, en)
from . import office_mobile as _office_mobile  # (session 20, en20a: a leaf module)
from . import office34 as _office34  # (session 34, op34: a leaf module)
from . import mends35 as _mends35  # (session 35, mend35: a leaf module)
from . import offer_terms as _offer_terms  # (session 36, of36: a leaf module)
from . import dg37 as _dg37  # (session 37, dg37: a leaf module)
from . import cat38 as _cat38  # (session 38, cat38: a leaf module - "Assorted 8 Set")
from . import av40 as _av40  # (session 40, av40: a leaf module - a describing spec on one side only)
from . import office41 as _office41  # (session 41, of41: a leaf module - a colour cartridge's inks)
from . import we38 as _we38  # (session 38, we38: a leaf module - one word in two languages' spellings)
from . import fxhh38 as _fxhh38  # (session 38, fxhh38: a leaf module - a random colourway)
from . import pc39 as _pc39  # (session 39, pc39: a leaf module - a processor's generation)
from .amounts import amount_times, not_counts, volume_against_count  # (session 15, prec)
from .amounts import item_counts, item_counts_apart  # (session 26, count26)
from .amounts import item_counts_stated  # (session 26, packs26)
from . import quantity as _quantity  # (session 26, packs26: one reading of packages, items per package, totals)
from . import recall35 as _recall35  # (session 35, rc35: a leaf module)
from . import colour37 as _colour37  # (session 37, col37: a leaf module - colourways)
from . import cl42 as _cl42  # (session 42, cl42: a leaf module - a finish's texture)
from . import co40 as _co40  # (session 40, co40: a leaf module - a finish seen as its colour)
from . import fxold37 as _fxold37  # (session 37, fxold37: a leaf module - revisions, CPU suffixes, body / kit)
from . import sport32 as _sport32  # (session 32, fs32: a leaf module - a maker's colour names)
from . import beauty33 as _beauty33  # (session 33, bc33: a leaf module - a fragrance tester)
from .toys33 import SET_MAKERS  # (session 34, mend34: a leaf module - ``set_of_differs``)
from .memos import cached, per_pair
from .editions import (NAMED_EDITION, edition_one_side, named_editions,  # (sessions 15, 16, prec)
                       named_editions_differ, tier_replaced, year_in_name, years_apart)
from .sizing import SIZE_PHRASE, size_phrase_split, size_phrases, sizes_apart  # (sessions 15, 16, prec)
from .sizing import size_words  # (session 32, fs32)
from .sizing import _NAMED_HINT as _named_size_hint  # (session 36, fs36)
from .sizing import _CLOSING_AFTER_GARMENT as _garment_size_closes  # (session 37, pr37)
from .model import resources
from . import home41 as _home41  # (session 41, fu41: a leaf module)
from . import wr42 as _wr42  # (session 42, wr42: a leaf module)
from .synonyms import (CONSUMABLE, MORE_COLOURS, MORE_SCENT_WORDS, PEOPLE, PRO_WORDS, names_refill_pack,
                       platforms_disagree, scent_values,
                       os_letter_differs, phrase_tiers, regions_differ, sequel_number_pcs,
                       translated_in)

# --------------------------------------------------------------------------
# vocabularies (accent-free, lower case)
# --------------------------------------------------------------------------

_COLOUR_GROUPS = {
    "black": "black noir noire negro negra nero schwarz schwarze schwarzer preto zwart "
             "cerna cerny cerne cernou cernych cierna cierny",
    "white": "white blanc blanche blanco blanca bianco bianca weiss weisse weisser weis ws branco "
             "bila bily bile bilou biela biely ivory",
    "silver": "silver argent argente plata plateado plateada argento silber stribrna stribrny "
              "stribrne platinum",
    "red": "red rouge rojo roja rosso rossa rot rote roter cervena cerveny cervene burgundy "
           "crimson scarlet bordo bordeaux",
    "blue": "blue bleu bleue azul blu blau blaue blauer modra modry modre navy aqua cyan",
    "pink": "pink rosa rose ruzova ruzovy ruzove magenta fuchsia",
    "grey": "grey gray gris grise grigio grau graue grauer seda sedy sede sedou graphite "
            "charcoal gunmetal anthracite antracit antracitova",
    "gold": "gold golden dore doree dorado dorada oro zlata zlaty zlate champagne",
    "green": "green vert verte verde gruen gruene gruener grun zelena zeleny zelene olive "
             "mint khaki lime",
    # (session 38, fxeu38: turquoise and teal are a colour of their own, not a blue - read so since session
    # 10 - nor a green: JBL sells the Flip 6 in "Teal" and "Blue", Nintendo the Switch Lite in "Turquoise" and
    # "Blue", Apple the iPhone 16 in "Teal"; the shops translate one name by the other - x-kom's "turkusowy",
    # Alza's "tyrkysová", a German "Türkis" for JBL's "Teal" -, so the two are one value)
    "turquoise": "turquoise teal tyrkysova tyrkysovy tyrkysove turkis tuerkis",
    "purple": "purple violet violette viola morado morada lila fialova fialovy fialove "
              "lavender lilac",
    "orange": "orange naranja arancione oranzova oranzovy oranzove",
    "yellow": "yellow jaune amarillo amarilla giallo gelb gelbe gelber zluta zluty zlute",
    "brown": "brown marron braun braune brauner hneda hnedy hnede bruin tan chocolate",
    "beige": "beige bezova bezovy bezove cream creme sand",
    "bronze": "bronze copper bronzova medena",
    "titanium": "titanium titan",
    # (the named finishes of phones and laptops, as shops translate them:
    # Apple's "Midnight" is "Północ", "Mitternacht", "Minuit", "Půlnoc")
    "midnight": "midnight polnoc mitternacht minuit medianoche mezzanotte pulnoc middernacht",
    "starlight": "starlight polarstern",
    "transparent": "transparent clear pruhledna pruhledny transparentni",
    # a finish that is sold as the colour of appliances and cookware ("ws" /
    # "nerez": Miele's white vs stainless fridge of one model number)
    "steel": "stainless nerez nerezova nerezovy nerezove edelstahl inox inoxidable "
             "cromargan",  # (session 34, hk34: WMF's name of its 18/10 stainless steel)
}
COLOUR_OF = {w: c for c, ws in _COLOUR_GROUPS.items() for w in ws.split()}
# words that are colours only next to another colour-ish word or in a
# clearly variant position are too ambiguous to call alone
# (kept apart: ``raw_facets`` reads them as colours where a title's closing colourway is
# nothing else)
AMBIGUOUS_COLOUR_OF = {_w: COLOUR_OF.pop(_w) for _w in (
    "rose", "clear", "sand", "mint", "lime", "olive", "tan", "chocolate", "cream",
    "lavender", "orange", "titan", "viola", "blu", "platinum", "champagne") if _w in COLOUR_OF}
COLOUR_OF.update({w: c for w, c in MORE_COLOURS.items() if w not in COLOUR_OF})  # (more languages' forms)
_home41.COLOUR_OF = COLOUR_OF  # (session 41, fu41: "dunkelgrau" / "dark grey", ``home41.shade_compound_agrees``)
# (session 26, onesided26) colour words that also name a food or a cosmetic: cream in Italian,
# Spanish, Polish, Czech, Turkish ("Panna", "Crema", "kremowy", "krem"), chocolate, lavender; and
# Portuguese "laranja" (orange, the fruit too).  Ambiguous colours as "cream" is; in a title naming
# a device, an appliance or a garment, whose colour is a finish, the colour (``food_colours``)
FOOD_COLOUR_OF = {w: "beige" for w in
                  "cream crema panna kremowy kremowa kremowe kremovy kremova kremove krem".split()}
FOOD_COLOUR_OF.update({"chocolate": "brown", "lavender": "purple"})
AMBIGUOUS_COLOUR_OF.update({w: c for w, c in FOOD_COLOUR_OF.items() if w not in COLOUR_OF})
AMBIGUOUS_COLOUR_OF.setdefault("laranja", "orange")
# (session 33, mend33a) the ambiguous words that are a colour's name in another language or its plain
# synonym ("Blu", French "Rose", "Viola", "Titan", "Crema", "Laranja", "Clear"), not a shade under a
# basic colour (mint, lime, olive, sand, tan, lavender, chocolate, cream, platinum, champagne):
# ``identifying_ids`` frees only these against the colour the other title closes on
TRANSLATED_AMBIGUOUS = frozenset("rose blu viola titan clear orange laranja crema panna kremowy kremowa "
                                 "kremowe kremovy kremova kremove krem".split()) & frozenset(AMBIGUOUS_COLOUR_OF)
_ENGLISH_COLOURS = frozenset("grey gray green purple brown blue pink beige white black red yellow orange "
                             "silver gold".split())
_MEMORY_WORD = re.compile(r"\d+(?:gb|go|tb|to)$").match  # (a device's memory: "128gb", "256go")

# (session 24, tools24) the plating or finish of fasteners and hardware - stainless, zinc-plated,
# galvanized, black oxide, brass, chrome-, nickel-plated: another product of one size and thread, as
# a colour is ("Hex Bolt 1/4-20 x 2" Stainless / Zinc-Plated, "Sechskantschraube M8x40" Edelstahl A2 /
# verzinkt), read as the title's colour only in a title naming a fastener or a piece of hardware
# (``_HARDWARE_KINDS``): elsewhere "stainless" is an appliance's finish (a colour already), "zinc" a
# supplement's or a sunscreen's, "chrome" a browser.  A word of a zinc coating that names either
# the electroplated or the hot-dip one in its language ("verzinkt", "galvanizado", "zincato") names
# both values: it conflicts with neither.
_FINISH_GROUPS = {
    "steel": "stainless edelstahl rostfrei inox inoxydable inoxidable inossidabile nierdzewna nierdzewny "
             "nierdzewne nerez nerezovy nerezove rvs a2 a4 "
             "cromargan",  # (session 34, hk34: WMF's name of its 18/10 stainless steel: "Lono Cromargan" / "rvs")
    "zinc": "zinc zinced zingue zinguee zingues zinguees cincado cincada cincados cincadas "
            "zincado zincada zincados elvz",
    "galvanized": "galvanized galvanised feuerverzinkt",
    "zinc galvanized": "verzinkt verzinkte verzinkter verzinktes galvanise galvanisee galvanises galvanisees "
                       "galvanizado galvanizada galvanizados galvanizadas zincato zincata zincati zincate "
                       "galvanizzato galvanizzata verzinkt ocynkowany ocynkowana ocynkowane pozinkovany gegalvaniseerd",
    "brass": "brass messing vermessingt laiton laton ottone mosaz mosazny mosiadz mosiezny",
    "chrome": "chrome chromed chrom verchromt chromee cromado cromada cromados cromato cromata chromovany chromowany",
    "nickel": "nickel vernickelt nickele nickelee niquelado niquelada nichelato nichelata niklowany poniklovany",
    "black": "oxide brunie brunies bruniert brunierte bruniertes brunito brunita pavonado pavonada",
}
# (the finishes a word names: its groups' words - "verzinkt": zinc and galvanized)
_FINISH_OF = {w: frozenset(" ".join(gs).split()) for w, gs in W.groups_of_words(_FINISH_GROUPS).items()}
_FINISH_WORDS = frozenset(_FINISH_OF)
# fasteners and hardware, in the shops' languages (not "washer": an appliance; not "nail": a
# finger's; not "taco", "anchor", "handle"); German compounds by their last part ("Sechskant*schraube*")
_HARDWARE_KINDS = frozenset("""
bolt bolts screw screws nut nuts rivet rivets hinge hinges eyebolt eyebolts knob knobs
schraube schrauben mutter muttern scharnier scharniere niete nieten unterlegscheibe unterlegscheiben
vis boulon boulons ecrou ecrous rondelle rondelles charniere charnieres tirefond tirefonds
tornillo tornillos perno pernos tuerca tuercas arandela arandelas bisagra bisagras remache remaches
vite viti bullone bulloni dado dadi rondella cerniera cerniere rivetto rivetti
schroef schroeven bout bouten moer moeren
sruba sruby wkret wkrety nakretka nakretki podkladka zawias zawiasy
sroub srouby vrut vruty matice podlozka pant panty
""".split())
_HARDWARE_ENDS = ("schraube", "schrauben", "mutter", "muttern", "scheibe", "scheiben", "scharnier", "scharniere")


def _names_hardware(ws) -> bool:
    return any(w in _HARDWARE_KINDS or w.endswith(_HARDWARE_ENDS) for w in ws)


def hardware_finishes(ws) -> frozenset:
    """The finishes (plating) a title naming a fastener or hardware prints ("Zinc-Plated Hex Bolt":
    zinc; "Sechskantschraube verzinkt": zinc or galvanized), as colour values; empty elsewhere."""
    fws = [w for w in ws if w in _FINISH_OF]
    if not fws or not _names_hardware(ws):
        return _EMPTY
    out = frozenset()
    for w in fws:
        out = out | _FINISH_OF[w]
    return out


# scents and flavours (a Glade "Clean Linen" is not a Glade "Lavender")
SCENTS = frozenset("""
lavender lavande lavendel levandule lavanda vanilla vanille vanilka vainilla linen cotton
citrus lemon lemons zitrone citron citronova limon limone lime orange pomeranc naranja
apple apfel pomme jablko manzana peach pfirsich peche broskev melocoton cherry kirsche cerise
tresen visen cereza strawberry erdbeer erdbeere fraise jahoda fresa raspberry himbeer framboise
malina frambuesa blueberry heidelbeer myrtille boruvka arandano berry berries mint peppermint
spearmint minze menthe mata menta coconut kokos coco cinnamon zimt cannelle skorice canela
jasmine jasmin jazmin eucalyptus sandalwood cedar cedarwood pine cucumber aloe melon watermelon
mango pineapple ananas banana banane chocolate schokolade chocolat cokolada caramel karamel
coffee kaffee cafe kava honey honig miel med grape grapefruit pear birne hruska plum
blossom blossoms floral meadow ocean breeze rain unscented fragrancefree gardenia magnolia
orchid lily lilac rose roses hibiscus tropical paradise sage rosemary basil ginger tea
hazelnut almond pistachio butterscotch toffee cookie cream cheddar bbq barbecue salted
""".split()) | MORE_SCENT_WORDS

# editions / tiers of one product line (software, games, kits)
EDITIONS = frozenset("""
standard professional pro premium ultimate enterprise deluxe student academic business
basic essentials essential home personal family teacher education edu server workstation
express elements collectors collector special anniversary limited complete starter
platinum gold silver bronze signature goty definitive remastered directors
""".split())
_TIER_ANYWHERE = frozenset("standard basic deluxe premium ultimate professional pro enterprise".split())
_EDITION_SYNONYMS = {"pro": "professional", "edu": "education", "academic": "education",
                     "collector": "collectors", "essential": "essentials"}
# words that mark the *licence* as an upgrade, not the full product
UPGRADE = frozenset("upgrade upgrades upg aktualizace aktualizacia update mise actualizacion".split())
# (session 13) what a title sells on top of a game or a licence: downloadable content,
# an expansion, a season pass, an add-on licence ("Elden Ring: Shadow of the Erdtree DLC",
# "Silksong Expansion Pass", "Windows Server 2022 Standard 2 Core Add-on") - not the base
# product, as an upgrade is not the full licence.  One word, or two words in a row.
# "Add-on", "Erweiterung" and "Expansion Pack" name one only beside a game's or a licence's
# word: elsewhere they name hardware sold as itself ("HD Radio Add-on Tuner", "Add-on
# Handset"); "expansion" alone is also a product line ("Seagate Expansion") - it names no
# add-on, but it may be the other title's add-on in a word ("Phantom Liberty DLC" /
# "Phantom Liberty expansion")
ADDON = frozenset("dlc dlcs seasonpass".split())
_ADDON_PAIRS = frozenset((("expansion", "pass"), ("season", "pass"),
                          ("downloadable", "content")))  # (session 24, small24)
_ADDON_IN_CONTEXT = frozenset("addon addons erweiterung erweiterungspack erweiterungspaket".split())  # (session 42, sw42: "Erweiterungspack" is the expansion pack)
_ADDON_PAIRS_IN_CONTEXT = frozenset((("add", "on"), ("add", "ons"), ("expansion", "pack")))
_ADDON_CONTEXT = frozenset("""
steam xbox playstation ps4 ps5 nintendo switch game games pc mac origin uplay gog key
server licence license licenses cal cals subscription windows
""".split())
_ADDON_FIRST = frozenset(a for a, _ in _ADDON_PAIRS | _ADDON_PAIRS_IN_CONTEXT)
_ADDON_MAYBE = frozenset(("expansion", "expansions"))
_ADDON_KINDS = frozenset((None, "game", "software"))
_ADDON_WORDS = ADDON | _ADDON_IN_CONTEXT | _ADDON_FIRST | _ADDON_MAYBE
# (words of an add-on's title that are not its name: the add-on words, the stores' and
# platforms' words)
_ADDON_NOT_NAME = (_ADDON_WORDS | frozenset("""
pass pack on ons one edition digital download code steam key global eu us uk region series x s
""".split()))
# (session 24, small24) a game's pass of add-ons, in the shops' languages ("Season Pass", "Expansion
# Pass", "Booster Course Pass", "Erweiterungspass", "Saisonpass", "pass saison", "pase de temporada"):
# a pass is never the game itself, whatever name it prints (a DLC may be named as its own game is,
# ``_addon_differs``; a pass is the game's name and "pass") - unless the title sells it with the
# game ("Gold Edition incl. Season Pass").  A private key, compared by ``conflicts`` ("upgrade").
ADDON_PASS = "_s24_addon_pass"
# (session 25, dedupe25: one pattern - ``learned24`` read its own, with "battle / event pass" and
# "pass circuits": both are this one's now; it adds what this one leaves out, "DLC", from this one)
_ADDON_PASS = re.compile(
    r"(?<![\w'])(?:(?:season|expansions?|course|booster|battle|event|character|fighters?|year)[\s-]+pass(?:es)?"
    r"|[\w-]*(?:erweiterungs|saison|strecken|season|expansion)pass"
    r"|pass(?:es)?\s+(?:de\s+saison|saison|d'extension|circuits|stagionale|espansione|percorsi)"
    r"|pase\s+de\s+(?:temporada|expansion|pistas))(?![\w'])")
_ADDON_PASS_WITH = re.compile(r"(?<![\w'])(?:with|w/|incl\w*|inkl\w*|includes?|including|incluye|mit|con|avec|"
                              r"plus|bundle|\+)(?![\w'])|\+")


def _addon_pass(cleaned: str) -> bool:
    """Does a cleaned title sell a game's pass of add-ons (no game with it)?"""
    m = _ADDON_PASS.search(cleaned)
    return m is not None and _ADDON_PASS_WITH.search(cleaned, 0, m.start()) is None


# the kind of licence two titles both name: an OEM / system-builder copy, an
# academic (student-and-teacher) licence and a full retail version are
# different products of one program, as an upgrade is ("Windows 7
# Professional OEM" vs "... Retail", "Photoshop CS5 Student and Teacher
# Edition" vs "... Full Version"); compared only when both titles name one
# ("Home and Student" is an Office edition, not an academic licence)
_LICENCE_OF = {"oem": "oem", "systembuilder": "oem", "academic": "academic", "akademisch": "academic",
               "akademische": "academic", "teacher": "academic", "teachers": "academic",
               "retail": "full", "vollversion": "full", "fullversion": "full"}
_LICENCE_WORDS = frozenset(_LICENCE_OF) | {"full", "builder"}
# a refill is not the kit / device it refills
REFILL = frozenset("""
refill refills nachfuell nachfull nachfullpack nachfuellpack nachfuller nachfueller
nachfullung nachfuellung recharge recharges
recambio recambios repuesto repuestos ricarica ricariche napln naplne navulling
nachfullflakon
ulang semula
""".split())  # (session 20, ml20b: Indonesian "isi ulang", Malay "isi semula"; session 35, tb35: "Nachfüllflakon")

# software / game platforms; "switch" only after "nintendo"
_PLATFORM_WORDS = {
    "mac": "mac", "macintosh": "mac", "osx": "mac", "macos": "mac",
    "windows": "win", "win": "win", "pc": "win", "win7": "win", "win8": "win",
    "win10": "win", "win11": "win", "winxp": "win", "xp": "win", "vista": "win",
    "linux": "linux", "ubuntu": "linux",
    "xbox": "xbox", "xbox360": "xbox360", "x360": "xbox360",
    "ps2": "ps2", "ps3": "ps3", "ps4": "ps4", "ps5": "ps5", "psp": "psp", "vita": "vita",
    "playstation": "playstation", "wii": "wii", "wiiu": "wiiu", "gamecube": "gamecube",
    "3ds": "3ds", "nds": "ds", "ds": "ds", "gba": "gba",
    "ios": "ios", "android": "android",
}
_PLATFORM_WORDS.update(W.PLATFORM_SHORT)  # (session 14, prec)
_PLATFORM_WORDS["switch2"] = "switch2"  # (session 15: "Nintendo Switch2")
# (words after a number that make it a count: "Switch 2 Pack" is two of a Switch thing)
_COUNT_AFTER = frozenset("pack pk packs pcs pc count ct pieces set x".split())

# ordinals / numbers qualified by one of these words are editions, versions
# or generations: "8th edition", "3rd gen", "version 2", "2. generace"
_VERSION_WORDS = frozenset("""
edition ed editions generation gen generations version ver vers release season series
vydani generace verze auflage ausgabe generacion generazione edicion edizione
""".split())
_ROMAN = frozenset("ii iii iv vi vii viii ix xi xii xiii".split())
_GEN_WORDS = frozenset("gen generation generace generacion generazione".split())  # (session 33, fs33)
_ORDINAL_APART = frozenset(("a", "o", "er", "e", "eme", "st", "nd", "rd", "th"))
_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th|e|er|eme|o|a|\.)?$")

# (session 19, en19) a vehicle's seat row names which part of a set a floor liner, a seat cover or
# a mat is: "1st Row" / "Front Row", "2nd Row", "3rd Row" - two rows are two products, as two
# generations are (read into the version facet as "row1" ...; "Rear" is left unread: the 2nd row of
# one car, the 3rd of another)
_ROW_ORDINAL = {"1st": "1", "first": "1", "front": "1", "2nd": "2", "second": "2", "3rd": "3", "third": "3"}


def seat_rows(ws) -> set:
    """The seat rows a title's words name ("1st Row", "Front Row", "Row 2"): {"row1", ...}."""
    out = set()
    for i, w in enumerate(ws):
        if w == "row":
            r = _ROW_ORDINAL.get(ws[i - 1]) if i else None
            if r is None and i + 1 < len(ws) and ws[i + 1] in ("1", "2", "3"):
                r = ws[i + 1]
            if r is not None:
                out.add("row" + r)
    return out
_VTOKEN = re.compile(r"^(?:v|ver|version|cs|x)(\d{1,2}(?:\.\d{1,2})?)$")
_YEAR = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")

# pack size written as words: "pack of 6", "set of 4", "lot de 3", "balení 6" (session 27, ml27: and the box
# of the shops' languages - "boîte de 12", "caja de 10", "scatola da 6", "doos van 8", "pudełko 12" -: read
# otherwise, "Préservatifs … boîte de 12" was no count against "Condoms, 24 Count")
_PACK_OF = re.compile(
    r"\b(?:pack|set|lot|box|case|bundle|package|packung|packs|sada|baleni|paquete|confezione|"
    r"boite|caja|scatola|doos|pudelko|opakowanie|krabicka|schachtel)"
    r"\s(?:of|de|mit|von|van|da|po|x)?\s?(\d{1,4})\b"
)
# (session 14, prec: no "PC" across a " - " between two parts of the title: "The Sims 4 - PC/Mac")
_PACK_N = re.compile(r"\b(\d{1,4})(?!\s-\spcs?\b)\s?[-/]?\s?(?:er|x)?\s?(?:pack|pk|packs|pcs|pc|box|count|ct|ks|kusu|stk|stuck|"
                     r"pz|pezzi|uds|unidades|pieces|piece|pcs|units|rolls|sheets|tablets|capsules|"
                     r"kapsli|kapsle|caps|tabs|"
                     # "50/Box", "12/pk"; software licences: "3-User", "5 PCs", "1 PC", "1 Seat", "3 Geräte", "3 zařízení"
                     r"users|user|seats|seat|licenses|licences|license|licence|lizenzen|lizenz|"
                     r"devices|device|geraete|geraet|gerate|gerat|uzivatele|uzivatelu|zarizeni|computers|"
                     # (session 32, ho32: Polish, Slovak, Dutch, Nordic - "3 urządzenia", "1 stanowisko")
                     r"urzadzenia|urzadzen|urzadzenie|zariadenia|zariadeni|zariadenie|apparaten|apparaat|enheter|enheder|stanowisko|stanowiska|stanowisk|"
                     # the same counts in French, Spanish, Italian, German: "5 appareils", "12 piezas", "3-teilig"
                     r"appareils|appareil|dispositivos|dispositivo|dispositivi|postes|nutzer|benutzer|usuarios|"
                     r"utilisateurs|utenti|piezas|pieza|teilig|teiliges)\b")
# "100 x 40 x 45 cm" (``clean`` turns the "x" of "2 x 4" into "*"; not the
# "x" inside a model number, "SN850X 1TB", "WDS100T2X0E": the first number
# starts a word)
_DIMS = re.compile(r"(?<![a-z\d.])(\d+(?:\.\d+)?)[a-z]*\s*\*\s*(\d+(?:\.\d+)?)[a-z]*(?:\s*\*\s*(\d+(?:\.\d+)?))?")

_EMPTY: frozenset = frozenset()

FACET_KINDS = ("colour", "scent", "edition", "version", "year", "platform", "pack", "dims")


def facets_of(cleaned: str, ws: list[str], seen=None) -> dict:
    """{facet: frozenset of values} of one offer's title, plus the one-sided
    markers "upgrade" / "refill" (frozenset({True})) when the title says so.

    ``cleaned`` is ``titles.clean(title)`` and ``ws`` its ``titles.words``.
    (One set intersection with every facet word first (``_FACET_VOCAB``):
    most titles have few facet words, and the checks of each vocabulary run
    on those only - or not at all.)  ``seen`` is ``offer_vocabulary(ws)`` when the caller has it
    (session 16, speed: the word sets below are looked up in those few words, see there)."""
    out: dict = {}
    if "pas" in cleaned and _addon_pass(cleaned):
        out[ADDON_PASS] = _TRUE  # (session 24, small24)
    if seen is None:
        seen = OFFER_VOCAB.intersection(ws)
    # (= _FACET_VOCAB.intersection(ws): _FACET_VOCAB is a part of OFFER_VOCAB)
    hits = _FACET_VOCAB.intersection(seen) if seen else seen
    n = len(ws)
    ver = set()
    years = set()
    # (the words with a digit: the numbers, versions, years and counts below
    # read only those - plain words are none of them; words are [a-z0-9.],
    # so a word that is not alphabetic has a digit)
    dws = list(filterfalse(str.isalpha, ws))
    # (the words glued to a leading count: "3pcs" -> "pcs", "2tb" -> "tb")
    tails = set()
    for w in dws:
        if w[0].isdigit():
            if _YEAR.match(w):
                years.add(w)
            tails.add(w.lstrip("0123456789"))
        elif w[0] in "vcx" and w[-1].isdigit():
            m = _VTOKEN.match(w)
            if m:
                ver.add(m.group(1))
    if hits:
        cw = _COLOUR_WORDS.intersection(hits)
        if cw:
            out["colour"] = frozenset([COLOUR_OF[w] for w in cw])
        # (not the first word: "Apple iPod", "Orange SIM" name a brand)
        if not SCENTS.isdisjoint(hits) and n > 1:
            rest = ws[1:]
            sc = SCENTS.intersection(rest)
            if sc:
                # (one value per scent in any language: "citron" = "lemon")
                sv = scent_values(sc, rest)
                if sv:
                    out["scent"] = sv
        ed = EDITIONS.intersection(hits)
        if ed and "express" in ed:
            ed = ed - bus_tier_words(ws)  # (session 11, wdc: "PCI Express" is a bus)
        if ed:
            if ("edition" in hits or "version" in hits or "edice" in hits or "edicion" in hits
                    or _looks_like_software(hits)):
                out["edition"] = frozenset([_EDITION_SYNONYMS.get(w, w) for w in ed])
            else:
                # the tier words that name a tier in any title ("Typing 17 Deluxe"
                # vs "Typing 17 Standard"), not a colour or a kind of user
                td = _TIER_ANYWHERE.intersection(ed)
                if td:
                    out["edition"] = frozenset([_EDITION_SYNONYMS.get(w, w) for w in td])
        if "edition" in hits or "edicion" in hits or "edice" in hits or "version" in hits:
            # (session 15, prec: "Royal Edition", ``editions``; session 19: "Taylor's Version")
            named = named_editions(ws, W.GENERIC, W.NOT_EDITION_NAME, W.EDITION_NAME_SYNONYMS)
            if named:
                out[NAMED_EDITION] = named
        if not UPGRADE.isdisjoint(hits):
            out["upgrade"] = _TRUE
        if not _ADDON_WORDS.isdisjoint(hits) and _names_addon(ws, hits):
            # (session 13: the add-on's own words - its name -, what the base lacks)
            # (session 29, dev29: a kind of goods is a word of the add-on's name - "The Sims 4 Cats &
            # Dogs Expansion Pack": a game sells no pet food -, a game's or a program's kind is none)
            out["addon"] = frozenset(w for w in ws if w not in _ADDON_NOT_NAME and w not in W.FUNCTION and (
                w not in W.GENERIC or W.CATEGORY.get(w) not in _ADDON_KINDS)) or _TRUE
        elif not _ADDON_MAYBE.isdisjoint(hits):
            out["addon"] = _MAYBE
        if not _LICENCE_WORDS.isdisjoint(hits):
            lic = set()
            for i, w in enumerate(ws):
                nxt = ws[i + 1] if i + 1 < n else ""
                if w == "full" and nxt in ("version", "versions", "versione", "versao"):
                    lic.add("full")
                elif w == "system" and nxt == "builder":
                    lic.add("oem")
                elif w in _LICENCE_OF:
                    lic.add(_LICENCE_OF[w])
            if lic:
                out["licence"] = frozenset(lic)
        if not REFILL.isdisjoint(hits):
            out["refill"] = _TRUE
            if not _REFILL_KIT.isdisjoint(ws):
                out[_KIT_REFILL] = _TRUE  # (session 29, dev29: the kit that holds a refill)
        if not _PLATFORM_TRIGGERS.isdisjoint(hits):
            plat = set()
            for i, w in enumerate(ws):
                p = _PLATFORM_WORDS.get(w)
                if p is not None:
                    if w == "ds" and not (i and ws[i - 1] == "nintendo"):
                        pass
                    elif w == "xbox" and i + 1 < n and ws[i + 1] in ("360", "one", "series"):
                        plat.add("xbox" + ws[i + 1])
                    elif w == "playstation" and i + 1 < n and ws[i + 1] in ("2", "3", "4", "5"):
                        plat.add("ps" + ws[i + 1])
                    else:
                        plat.add(p)
                elif w == "switch" and i and ws[i - 1] == "nintendo":
                    # (the Switch 2 is another console: a game's "Nintendo Switch 2 Edition" is
                    # no Switch game - not "Nintendo Switch 2-Pack" of a controller)
                    two = i + 1 < n and ws[i + 1] == "2" and not (i + 2 < n and ws[i + 2] in _COUNT_AFTER)
                    plat.add("switch2" if two else "switch")
                elif w == "os" and i + 1 < n and ws[i + 1] == "x":
                    plat.add("mac")
                elif w == "series" and i + 1 < n and ws[i + 1] in ("x", "s") and i >= 2 and ws[i - 1] != "xbox" \
                        and "xboxone" in plat:
                    plat.add("xboxseries")  # (session 22, en22: "Xbox One / Series X": the maker's, after a slash)
            if "switch" in hits and "switch" not in plat and "switch2" not in plat:
                sw = switch_apart(cleaned)
                if sw:
                    plat.add(sw)
            if plat:
                out["platform"] = frozenset(plat)
        vw = _VERSION_WORDS.intersection(hits)
        if vw:
            for i, w in enumerate(ws):
                if w in vw:
                    # a number right before ("8th edition", "3. generace") or after
                    # ("version 2", "generation 4")
                    if w in _GEN_WORDS and i and ws[i - 1].isdigit() and i + 1 < n and ws[i + 1].isdigit() \
                            and len(ws[i + 1]) <= 2:
                        # (session 33, fs33: between two bare numbers the one after is the generation: "Trek
                        # Marlin 7 Gen 3" is the "Marlin 7 (3rd gen)", no 7th generation)
                        ver.add(ws[i + 1])
                        continue
                    m = _ORDINAL.match(ws[i - 1]) if i else None
                    if m:
                        # (session 39, pc39: "Core i5 12th Gen" is the processor's, "cpu12")
                        ver.add(_pc39.stated_version(ws, i - 1, m.group(1)))
                    elif i >= 2 and ws[i - 1] in _ORDINAL_APART and ws[i - 2].isdigit() and len(ws[i - 2]) <= 3:
                        # (an ordinal's letter cut off by its dot: "2.ª generación", "1.º edición")
                        ver.add(ws[i - 2])
                    elif i + 1 < n and w != "series":
                        m = _ORDINAL.match(ws[i + 1])
                        if m:
                            ver.add(m.group(1))
                        elif _wr42.decimal_version(w, ws[i + 1]):
                            ver.add(ws[i + 1])  # (session 42, wr42: "Ver. 3.0" / "Ver. 2.0", as "v3.0" reads)
                            # (session 42, fxwr42 - attack42w: "Ver. 3.0" is "Ver 3", "Version 3": both readings)
                            ver.update(_wr42.whole_version(ws[i + 1]))
        if not _ROMAN.isdisjoint(hits) and n > 1:
            rom = _ROMAN.intersection(ws[1:])
            if rom:
                # a roman numeral is the version its number is ("Acrobat IX" = "version 9")
                ver.update(ROMAN_NUM.get(r, r) for r in rom)
    if not _BASE_GAME_WORDS.isdisjoint(ws) and _names_base_game(ws):
        out[_WITH_BASE] = _TRUE  # (session 29, dev29: the game with its add-on)
    if "refill" not in out and names_refill_pack(ws):  # (session 20: a compound consumable too)
        # (a title naming the consumables and no kit: the refill pack)
        out[_REFILL_PACK] = _TRUE
    if "row" in ws:
        ver.update(seat_rows(ws))  # (session 19, en19: "1st Row" / "2nd Row" of a car's floor liners)
    if ver:
        out["version"] = frozenset(ver)
    cg = _pc39.number_versions(ws)
    if cg:
        out[_pc39.CPU_GEN] = cg  # (session 39, pc39: "i5-1235U" names a 12th-generation processor)
    if years:
        out["year"] = frozenset(years)
    if hits:
        sw = _SIZE_WORDS.intersection(hits)
        if sw:
            out["dims"] = frozenset([("size", _SIZE_OF[w]) for w in sw])
    if "/" in cleaned or ws and (ws[-1] in _LETTER_SIZES or "large" in seen or "small" in seen):
        # (session 17, en: sizes as letters or a range - "M/L", "L/XL", "Tee, Black, L": ``english_titles``; a
        # range is one size of its own, and the sizes it names are no sizes of their own)
        ls = _english.letter_sizes(cleaned, ws, _COLOUR_WORDS)
        if ls:
            inside = {x for v in ls for x in v[1].split("/")}
            inside |= {v[1][-1] for v in ls if v[1][:1] == "x" and "/" not in v[1]}  # ("X-Large": no "Large")
            out["dims"] = frozenset(v for v in out.get("dims", _EMPTY) if not (v[0] == "size" and v[1] in inside)) | ls
    if not W.SIZE_PHRASE_WORDS.isdisjoint(seen):
        sp = size_phrases(ws, W.SIZE_PHRASE_WORDS)  # (session 15, prec: "Regular Wide", ``sizing``)
        if sp:
            out[SIZE_PHRASE] = sp
    if dws or _HAS_DIGIT(cleaned):
        packs = set()
        # (the patterns start with \b, which the regex engine tries at every
        # position: only run them when a word they need is there)
        if hits and not _PACK_OF_WORDS.isdisjoint(hits):
            packs.update(int(x) for x in _PACK_OF.findall(cleaned))
        # (also a count glued to its word: "3pcs", "6pk")
        if hits and not _PACK_N_WORDS.isdisjoint(hits) or not _PACK_N_WORDS.isdisjoint(tails):
            packs.update(int(x) for x in _PACK_N.findall(cleaned))
        packs.discard(0)
        if packs:
            packs.difference_update(not_counts(cleaned))  # (session 15, prec: "2024 Box", "Windows 11 PC")
        if packs:
            out["pack"] = frozenset(packs)
        # licence counts ("3 User"; "5 Geräte", "3 PCs" only in a title about
        # software or a subscription)
        # (the words, and the words glued to a count: "3pcs")
        if hits or tails:
            # (a term glued to its count is context too: "1 Year" reads as the unit "1year")
            soft = not _LIC_CONTEXT.isdisjoint(hits) or not _LIC_CONTEXT.isdisjoint(tails)
            if (not _LIC_WORDS.isdisjoint(hits) or not _LIC_WORDS.isdisjoint(tails)
                    or soft and (not _LIC_DEVICE_WORDS.isdisjoint(hits)
                                 or not _LIC_DEVICE_WORDS.isdisjoint(tails))):
                lic_n = {int(x) for x, w in _LIC_N.findall(cleaned) if soft or w in _LIC_WORDS}
                lic_n.discard(0)
                if lic_n:
                    lic_n.difference_update(not_counts(cleaned))  # (session 15, prec)
                if lic_n:
                    out[_LICENCES] = frozenset(lic_n)
        if "*" in cleaned:
            dims = set()
            for m in _DIMS.finditer(cleaned):
                vals = [float(v) for v in m.groups() if v]
                if len(vals) >= 2 and amount_times(m.group(0)):
                    continue  # (session 15, prec: "6 x 0.5 l" is a multipack, ``amounts``)
                if _office_mobile.count_times(m.group(0), vals, cleaned):
                    continue  # (session 20, en20a: "700 Labels (2 x 350)" is a count, ``office_mobile``)
                if m.group(0).endswith("ah") and m.group(0)[-3:-2].isdigit():
                    continue  # (session 37, dg37: "2 x 5.0Ah" is a kit's two batteries, ``raw_facets.battery_count``)
                if len(vals) >= 2:
                    dims.add(tuple(sorted(vals)))
                    dims.update(converted_dims(m.group(0), vals))  # (session 13, home)
            if dims:
                out["dims"] = frozenset(dims) | out.get("dims", _EMPTY)
    if "a4" in ws or "a3" in ws or "a5" in ws or "a6" in ws:
        fd = _office34.format_dims(ws)  # (session 34, op34: a paper's format as its sides, "A4" = 21 x 29.7 cm)
        if fd:
            out["dims"] = fd | out.get("dims", _EMPTY)
    if "letter" in ws:
        fd = _office41.letter_dims(ws)  # (session 41, of41: US Letter as its sides, "Letter" = 8.5 x 11 in)
        if fd:
            out["dims"] = fd | out.get("dims", _EMPTY)
    if ("pack" in out or hits and not _MULT_TRIGGERS.isdisjoint(hits) or "*" in cleaned
            or "box" in cleaned or "packs" in cleaned):  # (packs26: "4 Cube Boxes", "9 Flip-Top Packs")
        mult = multipliers(cleaned, out.get("pack", _EMPTY))
        if mult:
            out[_MULT] = mult
            if "pack" in out:
                # (a multipack's counts: each package's and the total, ``pack_totals``)
                out["pack"] = out["pack"] | frozenset(_totals(cleaned, out["pack"], mult))
    # (session 26, packs26: the total of items per package times packages is a count of the title
    # too - "100 Sheets/Pad, 12 Pads/Pack" counts 1200 sheets, ``quantity.per_unit_totals``; after
    # the multipack's totals: it counts every package already)
    if ("/" in cleaned or " p" in cleaned or " je " in cleaned or " a " in cleaned or " each " in cleaned) \
            and _HAS_DIGIT(cleaned):
        put = _quantity.per_unit_totals(cleaned) | _quantity.per_package_counts(cleaned)
        if put:
            out["pack"] = out.get("pack", _EMPTY) | put
    if "pair" in seen or "pair" in ws:
        two = _quantity.pair_count(cleaned, ws)  # (packs26: "Two-Way Radio ... Pair" counts two radios)
        if two:
            out["pack"] = out.get("pack", _EMPTY) | {two}
    if "set" in cleaned:
        sets = frozenset(n for n in (int(a or b) for a, b in _SET_OF_RE.findall(cleaned)) if n >= 2)
        # (session 38, cat38: "Assorted 8 Set" closing the title is a set of eight, ``cat38.COUNT_SET``)
        # (as "Set of 8", also a count of the offer's packs)
        n_set = frozenset(n for n in map(int, _cat38.COUNT_SET.findall(cleaned)) if n >= 2)
        if n_set:
            sets = sets | n_set
            out["pack"] = out.get("pack", _EMPTY) | n_set
        if sets:
            out[_SET_OF] = sets  # (session 34, mend34: "Set of 2", "2er Set", ``set_of_differs``)
    if " x" in cleaned or "*" in cleaned:  # (``_SIZE_TIMES`` needs a space before its x)
        sx = size_times(cleaned)  # (session 14, ml; "1.5l x 6", "36g x24", "1.5L×6")
        if " x" in cleaned:
            sx = sx | _cat38.count_times(cleaned)  # (session 38, cat38: "25ct x2" is two packages of 25)
        if sx:
            out[_MULT] = out.get(_MULT, _EMPTY) | sx
    if hits and not _CODE_VARIANTS.isdisjoint(hits):
        cv = code_variants(ws, cleaned)
        if cv:
            out[_CV] = cv
        out[_VW] = frozenset([_CODE_VARIANT_OF.get(w, w) for w in ws if w in _CODE_VARIANTS])
    if not _SIZE_LABELS.isdisjoint(seen):
        sizes = numbered_sizes(ws)
        if sizes:
            out["dims"] = sizes | out.get("dims", _EMPTY)
    if not _BUNDLE_WORDS.isdisjoint(seen) and is_bundle(ws, "pack" in out or _MULT in out):
        out[_BUNDLE] = _TRUE
    elif not _KIT_WORDS.isdisjoint(seen):
        out[_KITLIKE] = _TRUE
    if not _FINISH_WORDS.isdisjoint(ws):
        fin = hardware_finishes(ws)
        if fin:
            out["colour"] = out.get("colour", _EMPTY) | fin  # (session 24, tools24)
    if not _FOOD_COLOUR_WORDS.isdisjoint(seen):
        fc = food_colours(ws)
        if fc:
            out["colour"] = out.get("colour", _EMPTY) | fc  # (session 26, onesided26)
    if _fxhh38.random_colour(cleaned):
        # (session 38, fxhh38: "Colors May Vary" is a colour of its own - no "Rose Quartz" the other names)
        out["colour"] = out.get("colour", _EMPTY) | {_fxhh38.RANDOM_COLOUR}
    sh = shades(ws) if ("colour" in out or _SHADE_HINT(cleaned)) else None
    if sh:
        out[SHADE] = sh  # (session 22, ml22a: "ciemnoszara" / "hellgrau", ``shades``)
    if "scent" not in out and "scent" in ws:
        # (session 20) "Original Scent" names the line's first scent as "Apple Blossom" names
        # another: Dawn Ultra "Original Scent" / "Apple Blossom", Gain flings "Original Scent" /
        # "Moonlight Breeze" (heldout16; the learned stage had called both the same)
        k = ws.index("scent")
        if k > 1 and ws[k - 1] in _PLAIN_SCENTS:
            out["scent"] = _ORIGINAL_SCENT
        elif k > 1 and (k + 1 == len(ws) or not ws[k + 1].isalpha()):
            # (session 26, scents26) "New Car Scent", "Hawaiian Aloha Scent": the words right before
            # "Scent" at the name's end (a count or nothing after it; not "Scent Booster") name the
            # scent where no word of the tables does - "New Car Scent" is no "Linen & Sky"
            named = []
            for w in reversed(ws[max(1, k - 2):k]):
                if not w.isalpha() or len(w) < 3 or w in _NOT_SCENT_NAMES or w in W.FUNCTION or w in W.FILLER \
                        or w in W.CLAIMS:
                    break
                named.append(w)
            if named:
                out["scent"] = frozenset(named)
    return out


_PLAIN_SCENTS = frozenset(("original", "classic", "regular"))
# (words before "Scent" that say how it smells, not which scent: "Long Lasting Scent", "New Scent")
_NOT_SCENT_NAMES = frozenset("""
new long lasting light mild subtle strong pleasant great best signature favorite favourite improved
natural fragrance fresher more less odor unscented
""".split())
_ORIGINAL_SCENT = frozenset(("original",))


# a size printed as a number after its label ("Size 10.5", "Größe 42",
# "taille 38", "rozmiar 44", "velikost 40"): a shoe or garment size, compared
# with the other offer's numbered size only (``_dims_disagree``)
_SIZE_LABELS = frozenset("size sz taille grosse groesse grose talla taglia rozmiar rozm velikost maat storlek "
                         "tamanho".split())  # (Polish "rozm. 42": session 32, fsb32)
_SIZE_NUMBER = re.compile(r"\d{1,2}(?:\.5)?$")


def numbered_sizes(ws) -> frozenset:
    """("sizeno", "10.5") for each number printed right after a size label."""
    out = set()
    for i in range(len(ws) - 1):
        if ws[i] in _SIZE_LABELS and _SIZE_NUMBER.match(ws[i + 1]):
            out.add(("sizeno", ws[i + 1]))
    return frozenset(out)


# an offer that sells the product together with something else ("+ Travel
# Case Bundle", "PG-245XL / CL-246XL Value Pack"; not "combo", the name of
# a kind: "TV/DVD combo", "keyboard and mouse combo"): another offer than
# the product alone (one-sided: ``conflicts`` calls it a pack conflict)
_BUNDLE = "_bundle"
_BUNDLE_WORDS = frozenset("bundle bundled value coffret".split())
# (a title naming a kit or set is no product alone: "starter kit" vs "bundle")
_KITLIKE = "_kitlike"
_KIT_WORDS = frozenset("kit set sada zestaw".split())


# (session 38, sw38) the word before "bundle" that makes it the kind of program sold - a suite of programs
# ("Native Instruments KOMPLETE 14 STANDARD - Software Bundle", "Plugin Bundle"), no product with extras
from .sw38 import SUITE_OF as _SUITE_OF  # noqa: E402  (a leaf module)
from .sw38 import use_licence_kinds as _use_licence_kinds  # noqa: E402

# (fxsw38) the kinds of licence this facet reads, for ``sw38.names_licence_kind`` ("System Builder" is excused only
# against a title naming one too)
_use_licence_kinds(_LICENCE_OF)


def is_bundle(ws, counted: bool = False) -> bool:
    """Does the title sell a bundle?  ("value pack" only when the title
    counts no packs: "Value Pack, Pack of 3" is a multipack of one thing.)"""
    for i, w in enumerate(ws):
        if w in ("bundle", "bundled", "coffret"):
            if w == "bundle" and i and ws[i - 1] in _SUITE_OF:
                continue  # (session 38, sw38: "Komplete 14 Standard - Software Bundle": the program's kind, a suite)
            return True
        if (w == "value" and not counted and i + 1 < len(ws)
                and ws[i + 1] in ("pack", "pk", "set")):
            return True
    return False


# (also a count after "x": "Tabs x100", "AA x4" print 100 and 4)
# (session 12, accessory: not an ordinal - "2nd Gen" counts no packs)
# (session 29, dev29: nor a dimension, a resolution or a network - "Crest *3D* White" prints no 3 of
# a "3 Pack"; "4K", "5G", "1080p" - but "5P" is five pieces, session 29's attacker)
_LEAD_NUM = re.compile(r"(?<![\w.])x?(?!\dd\b|\d{1,2}k\b|\dg\b|\d{3,4}p\b)(\d{1,4})(?![\d.])(?!(?:st|nd|rd|th)\b)")
_CLEANED = "_cleaned"


def _numbers_printed(f: dict) -> frozenset:
    """The numbers a title prints as words of their own or leading a word
    ("50-disc", "3 pockets", "80ct", "x100"; not the digits inside a model number),
    read from its cleaned title (see ``add_offer_facets``) only when a
    multipack needs them."""
    t = f.get(_CLEANED)
    if t and "-" in t:
        t = _mu43.ranges_dropped(t)  # (session 43, mu43: "10-46" is a string set's gauges, no count of 10)
    return frozenset([int(x) for x in _LEAD_NUM.findall(t)]) if t else _EMPTY


_TRUE = frozenset((True,))
_REFILL_PACK = "_refill_pack"
# (session 29, dev29) a title naming a refill and a kit or starter: the kit with its refill
_KIT_REFILL = "_kit_refill"
_REFILL_KIT = frozenset("kit starter starterkit starterset startset gadget".split())
_LICENCES = "_licences"
_LIC_WORDS = frozenset("users user seats seat licenses licences license licence lizenzen lizenz "
                       "uzivatele uzivatelu nutzer benutzer usuarios utilisateurs utenti".split())
# counted as licences only in a title about software or a subscription: elsewhere
# "pcs" are pieces and "supports 8 devices" a receiver's inputs
_LIC_DEVICE_WORDS = frozenset("devices device geraete geraet gerate gerat zarizeni computers pc pcs "
                              # (session 32, ho32: Polish, Slovak, Dutch, Nordic - "3 urządzenia 1 rok")
                              "urzadzenia urzadzen urzadzenie zariadenia zariadeni zariadenie apparaten apparaat enheter enheder stanowisko stanowiska stanowisk "
                              "appareils appareil dispositivos dispositivo dispositivi postes".split()) | frozenset(PEOPLE)
_LIC_CONTEXT = frozenset("""
software windows mac license licence licenses upgrade edition dvd cd download os office suite
antivirus security game games protection subscription abo jahr jahre year years month months rok roky
ans ano anos anno anni logiciel
monat monate monaten mois mes meses mese mesi mesic mesice mesicu yr yrs
""".split())
_LIC_N = re.compile(r"\b(\d{1,3})(?!\s-\spcs?\b)\s?-?\s?(users|user|seats|seat|licenses|licences|license|licence|lizenzen|"
                    r"lizenz|devices|device|geraete|geraet|gerate|gerat|uzivatele|uzivatelu|zarizeni|urzadzenia|urzadzen|urzadzenie|zariadenia|zariadeni|zariadenie|apparaten|apparaat|enheter|enheder|stanowisko|stanowiska|stanowisk|"
                    r"computers|pcs|pc|nutzer|benutzer|usuarios|utilisateurs|utenti|appareils|appareil|"
                    r"dispositivos|dispositivo|dispositivi|postes|" + "|".join(PEOPLE) + r")\b")
_PACK_OF_WORDS = frozenset("pack set lot box case bundle package packung packs sada baleni paquete "
                           "confezione boite caja scatola doos pudelko opakowanie krabicka schachtel".split())
_PACK_N_WORDS = frozenset("pack pk packs pcs pc box count ct ks kusu stk stuck pz pezzi uds unidades pieces "
                          "piece units rolls sheets tablets capsules kapsli kapsle caps tabs users user "
                          "seats seat licenses licences license licence lizenzen lizenz devices device "
                          "geraete geraet gerate gerat uzivatele uzivatelu zarizeni computers appareils appareil "
                          "urzadzenia urzadzen urzadzenie zariadenia zariadeni zariadenie apparaten apparaat enheter enheder stanowisko stanowiska stanowisk "
                          "dispositivos dispositivo dispositivi postes nutzer benutzer usuarios utilisateurs utenti "
                          "piezas pieza teilig teiliges".split())
# named sizes (clothing, bedding, household goods), compared with named sizes
# only: "Intuos4 Medium" is not "Intuos4 Small"; one word per size in English,
# German, Spanish, Czech ("gross" / "grande" / "velka" = large)
_SIZE_OF = {
    "small": "s", "medium": "m", "large": "l", "xlarge": "xl", "xxl": "xxl", "xxxl": "xxxl",
    "petite": "xs", "queen": "queen", "klein": "s", "mittel": "m", "gross": "l", "pequeno": "s",
    "pequena": "s", "mediano": "m", "mediana": "m", "grande": "l", "mala": "s", "maly": "s",
    "male": "s", "stredni": "m", "velka": "l", "velky": "l", "velke": "l",
}
_SIZE_OF.update({w: c for w, c in _home41.SIZE_FORMS.items() if w not in _SIZE_OF})  # (session 41, fu41: "großes Glas")
_SIZE_WORDS = frozenset(_SIZE_OF)
_LETTER_SIZES = frozenset(("xs", "s", "m", "l", "xl", "xxl", "xxxl"))  # (session 17, en)
_COLOUR_WORDS = frozenset(COLOUR_OF)
_PLATFORM_TRIGGERS = frozenset(_PLATFORM_WORDS) | {"switch", "os"}


# (session 29, mend29) "Switch" without "Nintendo" before it is the console a game is for where the
# title sets it apart - in brackets, after a dash closing the title - or names its "Switch 2 Edition":
# "Mario Kart 8 Deluxe (Switch)", "Zelda Tears of the Kingdom - Switch", "Mario Kart World (Switch 2)";
# a network's, a keyboard's or a light's switch is a word of the product's name ("8-Port Gigabit
# Switch", "Red Switch", "On/Off Switch")
_SWITCH_APART = re.compile(r"(?:[(\[]\s?|(?:^|\s)-\s?)switch(?:\s?(2))?\s?(?:[)\]]|$)|\bswitch (2) edition\b")


# (session 29, dev29: and in a list of platforms, or after "for" beside one - "Controller for Switch
# / PC / Android", "PC/Switch": a multi-platform accessory names the console there too - session 29's
# attacker)
_PLATFORM_NEAR = r"(?:pc|ps3|ps4|ps5|xbox|android|ios|iphone|mac|macos|windows|steam|steam deck|wii u)"
_GEAR = re.compile(r"\b(?:controllers?|gamepads?|joysticks?|joy-?cons?|headsets?|headphones?|chargers?|"
                   r"charging|adapters?|docks?|cables?|stands?|mounts?|grips?|skins?|protectors?|cases?|"
                   r"keyboards?|mouse|hubs?|memory card|microsd|sd card|steering wheel|arcade stick)\b").search
_SWITCH_LISTED = re.compile(r"(?:\bfor |\b" + _PLATFORM_NEAR + r"\s?[/,]\s?)switch(?:\s?(2))?(?![\w-])"
                            r"|\bswitch(?:\s?(2))?\s?[/,]\s?" + _PLATFORM_NEAR + r"\b")


def switch_apart(cleaned: str):
    """"switch2" / "switch" where a cleaned title names the console apart (above), else None."""
    m = _SWITCH_APART.search(cleaned)
    if m is None:
        # (the list only in a title of gear for the consoles: a game listed for several platforms is an
        # edition the title leaves open, "Hogwarts Legacy - PS5 / Xbox / Switch" - the second attacker)
        m = (_SWITCH_LISTED.search(cleaned) if ("/" in cleaned or "," in cleaned) and _GEAR(cleaned)
             else None)
        if m is None:
            return None
    return "switch2" if m.group(1) or m.group(2) else "switch"


_HAS_DIGIT = re.compile(r"\d").search


_SOFTWARE_HINTS = frozenset("""
software windows mac license licence licenses upgrade edition dvd cd download os office
suite antivirus security game games
""".split())


def _looks_like_software(wset) -> bool:
    return not _SOFTWARE_HINTS.isdisjoint(wset)


# (session 22, en22) what names a game, a program or a subscription to one: a platform, a word of
# software, or a membership ("PlayStation Plus Essential 12 Month Membership")
_SUBSCRIPTION_WORDS = frozenset("subscription subscriptions membership memberships".split())


def _game_or_program(f: dict, wset) -> bool:
    """Does an offer's title (facets ``f``, words ``wset``) name a game, a program or a
    subscription to one?"""
    return bool(wset) and ("platform" in f or _looks_like_software(wset)
                           or not _SUBSCRIPTION_WORDS.isdisjoint(wset))


def _dims_disagree(va, vb, ca=None, cb=None) -> bool:
    """Named sizes are compared with named sizes, measured dimensions with
    measured ones ("Towel Large" vs "Towel 70 x 140 cm" is no conflict)."""
    na = {v for v in va if v[0] == "size"}
    nb = {v for v in vb if v[0] == "size"}
    if na and nb and na.isdisjoint(nb):
        return True
    # (numbered sizes with numbered sizes: "Size 10" is not "Size 10.5")
    sa = {v for v in va if v[0] == "sizeno"}
    sb = {v for v in vb if v[0] == "sizeno"}
    if sa and sb and sa.isdisjoint(sb):
        return True
    ma, mb = va - na - sa, vb - nb - sb
    # (session 41, fu41: a size converted and rounded - "5'3\" x 7'6\"" = 160 x 229 cm / "160 x 230 cm" - is one)
    # (fxfu41: only where one title prints inches or feet, ``ca`` / ``cb`` the cleaned titles, or a side was converted)
    if not (ma and mb and ma.isdisjoint(mb)):
        return False
    # (session 42, wr42: a size in whole tens of cm against inches that are not it converted - "150 x 200 cm" /
    # "Queen 60 x 80 in" - is another size, however near: ``wr42.metric_against_inches``)
    return not _home41.dims_near(ma, mb, _home41.imperial(ca) or _home41.imperial(cb)) \
        or _wr42.metric_against_inches(ca, cb)


def lead_word_only(a, b) -> float:
    """1.0 when the titles agree on every identifying word except the first
    word of one of them - a brand or shop name the other title leaves out
    ("shumee Příborník šedý 60 x 30 x 75 cm" vs "Příborník šedý 60 x 30 x 75
    cm", "Apple iPhone 12, 64GB, Purple" vs "iPhone 12 64GB fialová"): every
    identifying word of one offer is in the other, and the other's only
    missing one leads its title and is a plain word, not a facet (colour,
    scent, edition, upgrade, refill).  Extra words anywhere else still count
    ("Hoyle South Beach Solitaire" vs "Hoyle Solitaire": 0.0).

    ``a`` and ``b`` are prepared offers (``prepared.prepare``)."""
    ma = _missing_ids(identifying_ids(a, b), b)
    mb = _missing_ids(identifying_ids(b, a), a)
    for x, mx, my in ((a, ma, mb), (b, mb, ma)):
        if not my and len(mx) == 1 and x.words and mx[0] == x.words[0]:
            w = mx[0]
            if (w.isalpha() and w not in COLOUR_OF and w not in SCENTS and w not in EDITIONS
                    and w not in UPGRADE and w not in REFILL
                    # (session 32, sd32: nor a seed's type leading a title about seeds - "Auto Ultimate" of
                    # Dutch Passion is no "Ultimate", its "Auto" no shop's name)
                    and not (x.seedtype and w in _SEED_IDENTIFYING)
                    # (nor a word of a cannabis strain's name other trades know as a brand - "Royal Gorilla
                    # Auto": "Royal" is the strain's, read as a brand and kept as its word by
                    # ``seeds.strain_words``)
                    and not (x.seedtype and w == x.brand and w in x.idwords)):
                return 1.0
    return 0.0


from .seeds import IDENTIFYING as _SEED_IDENTIFYING  # noqa: E402  (session 32, sd32: a leaf module)
from .seeds import CANNABIS_TYPES as _SEED_CANNABIS, strain_words as _seed_strain_words  # noqa: E402

# tier words: a title naming one that the other lacks may be another product
# of the line ("Photoshop CS4 Extended" is not "Photoshop CS4")
_TIERS = EDITIONS | frozenset("extended lite suite".split())


from . import sh40 as _sh40  # noqa: E402  (session 40, sh40: a leaf module)


def tier_differs(a, b) -> float:
    """1.0 when the titles' tier / edition words differ (one names "Extended",
    "Professional", "Deluxe" ... that the other does not): then a short model
    number both print ("CS4", "X60") is no identifying evidence by itself, nor
    titles that agree on every other word ("Typing 17" vs "Typing 17 Deluxe").
    ``a`` and ``b`` are prepared offers."""
    if _repeats(a) != _repeats(b):
        # one title repeats itself: its words agreeing is no evidence
        return 1.0
    if W.variant_differs(a, b, _FACET_COMPARED) or W.variant_differs(b, a, _FACET_COMPARED):
        # (a variant word on one side, or two at one place: ``wordclass``; asked both ways,
        # so the answer never depends on which offer comes first)
        return 1.0
    if regions_differ(a, b, W.SPEC["region"]) or os_letter_differs(a, b):
        # (two redeem regions of a key or a gift card, "Windows 11 Pro N" / "Pro": session 10, software)
        return 1.0
    ta, tb = _tier_names(a), _tier_names(b)
    if ta != tb:
        # (session 15, rec: the default edition both print, one as "Standard Edition")
        both = _default_both(a, b)
        if both:
            ta, tb = ta - both, tb - both
    if ta == tb:
        return 0.0
    # (a tier word that only spells the brand is none - "Da-Lite" -, nor a
    # colour the other offer names in its own words: "Silver" / "stříbrná")
    ta = _tiers_but_colours(without_brand_words(ta, a.words, a.brand), b, a)
    tb = _tiers_but_colours(without_brand_words(tb, b.words, b.brand), a, b)
    if ta == tb:
        return 0.0
    # (a tier word qualifying a feature in a long title's feature list is
    # none: "Blender, Professional-Grade, 48 oz", ``segments``)
    da, db = ta - tb, tb - ta
    if (not da or W.tiers_in_feature_list(da, a, b)) and (not db or W.tiers_in_feature_list(db, b, a)):
        return 0.0
    if home_goods_tiers(da, a, b) and home_goods_tiers(db, b, a):  # (session 13, home)
        return 0.0
    # (session 17, en: a tier word glued into a name the other prints - "Gold-Bears" /
    # "Goldbears", "Slide Lite" / "SlideLite" -, or of the device a product fits, "Charger for
    # MacBook Pro", names no tier: ``english_titles.tier_word_excused``, ``tiers_of_device``; nor the
    # default edition against no tier: "TEKKEN 8 PS5 Standard", ``default_edition_alone``)
    def _excused(d, x, y, dy, ty):
        return (not d or _english.tier_word_excused(d, x, y, W.canon) or _english.tiers_of_device(d, x, y, W.canon)
                or _english.default_edition_alone(d, x, y, ty)
                or (not dy and _en23.quality_claim(d, x, y))  # (session 23, en: "Premium Alkaline")
                or _ml24.tiers_spelled(d, x, y)  # (session 24, ml24: "Premium" / "प्रीमियम")
                or _claims.tiers_in_claims(d, x)  # (session 27, fill27: "Essential Oils", a claim)
                or tiers_of_bundled_service(d, x, y)  # (session 32, ho32: "6-Months Premium Membership Included")
                or _sh40.tiers_in_compat(d, x))  # (session 40, sh40: "Works with Alexa and Google Home")
    if _excused(da, a, b, db, tb) and _excused(db, b, a, da, ta):
        return 0.0
    return 1.0


# (session 32, ho32) a service a device comes with, and the words that say it comes with it: a
# duration before it ("6-Months", "3 months", "1-Year") or "included" / "free" / "trial" after
_SERVICE_NOUNS = frozenset("membership subscription subscriptions abonnement abo".split())
_SERVICE_BUNDLED = frozenset("included include includes incl free trial inclusive".split())
_DURATION = re.compile(r"^\d*(?:months?|mo|mos|years?|yr|days?|weeks?|monate|mois|meses|mesi)$")


def tiers_of_bundled_service(d, x, y) -> bool:
    """(session 32, ho32) Is every tier word ``d`` of x's title the tier of a service x comes with
    ("Fitbit Charge 6 Fitness Tracker ... *6-Months Premium Membership Included*", "with 3 months
    Premium subscription free") that y never names?  It names the membership bundled with the
    device, no tier of the device: "Fitbit Charge 6 Activity Tracker" is the tracker."""
    ws = x.words
    n = len(ws)
    if _SERVICE_NOUNS.isdisjoint(ws) or not _SERVICE_NOUNS.isdisjoint(y.wordset):
        return False
    for t in d:
        ok = False
        for i, w in enumerate(ws):
            if W.canon(w) != t or i + 1 >= n or ws[i + 1] not in _SERVICE_NOUNS:
                continue
            if any(_DURATION.match(v) for v in ws[max(0, i - 3):i]) \
                    or not _SERVICE_BUNDLED.isdisjoint(ws[i + 2:i + 4]):
                ok = True
                break
        if not ok:
            return False
    return True


# words a facet compares (colours, licences, platforms): never a variant word
# of ``wordclass`` (the facet decides)
_FACET_COMPARED = _COLOUR_WORDS | _LICENCE_WORDS | frozenset(_PLATFORM_WORDS)


def _tier_names(p) -> set:
    """The tier words of p's title, each as the word it is written for
    ("professional" is "pro": ``wordclass.canon``)."""
    # (less a default edition one shop prints: "Standard Edition", ``wordclass``)
    # (a tier written otherwise is the tier: "Personnel" = "Personal", ``wordclass.SYNONYM``)
    ws = p.wordset - W.default_edition_words(p) - bus_tier_words(p.words)
    return {W.canon(w) for w in ws if w in _TIERS or W.canon(w) in _TIERS} | phrase_tiers(p.words)  # (s10 software)


def _tiers_but_colours(tiers, other, own=None):
    ocol = other.facets.get("colour", ())
    out = {w for w in tiers if not (w in COLOUR_OF and COLOUR_OF[w] in ocol)}
    if out and own is not None and isinstance(own.rawtitle, str) and "/" in own.rawtitle:
        # (session 33, ho33: a colour word joined by a slash to another word is a finish's colours - "Dyson V8
        # Absolute cordless stick vacuum - Silver/Nickel" -, never a tier: a tier's word stands alone, "Silver
        # Edition")
        low = own.rawtitle.lower()
        out = {w for w in out if not (w in COLOUR_OF and _slashed(w, low))}
    return out


def _slashed(w: str, low: str) -> bool:
    return re.search(r"(?<![\w])" + re.escape(w) + r"\s?/\s?[^\W\d_]{3,}|[^\W\d_]{3,}\s?/\s?" + re.escape(w)
                     + r"(?![\w])", low) is not None


def _missing_ids(ids, other) -> list:
    """Identifying words the other offer never mentions (as
    ``features.identifying_misses`` counts them: a word of the other's text, a
    word of >= 4 characters inside its compact text, or a colour it names in
    another language)."""
    of, oc = other.fullvec, other.full_compact
    ocol = other.facets.get("colour", ())
    return [w for w in ids
            if w not in of and not (len(w) >= 4 and w in oc) and not (w in COLOUR_OF and COLOUR_OF[w] in ocol)
            and not roman_equal_in(w, of) and not translated_in(w, other.wordset)]


_PAGE_HINTS = T.PAGE_WORDS | {"com"}
# words that name a product's variant, never a site's (facets)
_FACET_WORDS = frozenset(COLOUR_OF) | SCENTS | EDITIONS | UPGRADE | REFILL | T.VARIANTS
_english.NAMED_WORDS.update(_FACET_WORDS)  # (session 17, en: never a kind's modifier, ``english_titles.kind_modifier``)


def page_free_ids(p, other) -> frozenset:
    """The identifying words of an offer's title (``p``, ``other``: prepared
    offers) without the web page's boilerplate: words of the shop's page, not
    of the product - ``titles.page_words`` ("buy", "prijzen", "precios", a web
    address "cdw com", and on such a page title "online", "store", a
    country), and the words of a site name closing the title after a
    separator (``titles.site_suffix_words``: "... | OcUK") when none of them
    is in the other title (and they may be a site's: ``page_parts``)."""
    sw = p.sitewords
    if sw and sw.isdisjoint(other.wordset):
        return p.pageids - sw
    return p.pageids


def identifying_ids(p, other) -> frozenset:
    """``page_free_ids`` without the words that are no identifying words
    against this other offer: category words, filler, a word the other
    writes otherwise (``wordclass.unidentifying_missing``; all of them words
    the other offer never prints, so the words both share are the same).

    Once per pair and direction (session 40, sp40): a pair's readers ask it
    again and again (``relations.identifying_misses``, ``lead_word_only``,
    ``ids_agree_excused``, ``xl39``, a colour's reader the other way round -
    2,759 calls for 1,646 pairs and directions in a cold batch of the test
    pairs); it reads complete offers only (``wordclass._classify`` reads the
    other's ``fullvec``), which no stage changes afterwards, so the memo keys on
    the two objects (kept in it: an id is never reused while it holds them),
    as ``wordclass._classify``'s does (``memos.per_pair``)."""
    return _identifying_ids_once(p, other)


def _identifying_ids(p, other) -> frozenset:
    ids = page_free_ids(p, other)
    free = W.unidentifying_missing(ids, p, other)
    if not ids.isdisjoint(_COLOUR_WORDS):
        # (a colour only p prints, the other offer naming none: ``wordclass.closing_colour``)
        of = other.fullvec
        one = {w for w in ids & _COLOUR_WORDS if w not in of and W.closing_colour(w, p, other, _COLOUR_WORDS)}
        if one:
            free = free | one
        more = _colour37.lone_colour_words(ids - free, p, other, _COLOUR_WORDS, W, T,
                                           lambda: identifying_ids(other, p))
        if more:
            free = free | more  # (session 37, col37: "Xbox Series X 1TB Console, Black" / "... SSD Console")
    tail = p.facets.get(_raw_facets.TAIL_COLOUR)
    if tail and _raw_facets._AMBIGUOUS in tail:
        # (session 33, eu33: a word that is a colour only in some readings - Italian "Blu", "Rose",
        # "Mint" - closing the title as its colourway (``raw_facets``: after a comma, the kind, or the
        # memory or network a device is sold with) names the colour the other offer names in its
        # language ("Blauw", "Różowy"): no identifying word, as a plain colour word is none)
        # (session 33, mend33a: only a word that translates the colour - "Blu", "Rose", "Viola", "Crema" -,
        # not a shade under it - "Mint", "Lime", "Olive", "Lavender", "Sand", "Chocolate" are no other
        # language's green, purple or brown: "Drops Paris 50g, Mint" / "..., Green" are two yarns; and
        # only against the colourway closing the other title, not a colour word anywhere in it: the
        # "Green" of "Lipton Green Tea 32g" is the tea's)
        # A device's maker names few colourways, and a shop of another language gives a shade its basic
        # colour ("Pixel 8 128 GB Mint" / "... 128GB Zielony"): there a shade frees against the basic colour
        # closing the other title in another language than English (an English "Green" beside "Mint" is
        # another colourway: Galaxy Z Flip5 Mint / Green)
        theirs = other.facets.get(_raw_facets.TAIL_COLOUR) or _EMPTY
        last = other.words[-1] if other.words else ""
        if last in COLOUR_OF:
            theirs = theirs | {COLOUR_OF[last]}  # (its last word a colour: "Pixel 8 256GB Różowy")
        if theirs:
            closing = p.words[-3:]
            shade_ok = (last in COLOUR_OF and last != COLOUR_OF[last] and last not in _ENGLISH_COLOURS
                        and any(_MEMORY_WORD(w) for w in p.words))
            amb = {w for w in ids if w in closing and (w in TRANSLATED_AMBIGUOUS or shade_ok)
                   and AMBIGUOUS_COLOUR_OF.get(w) in tail and AMBIGUOUS_COLOUR_OF.get(w) in theirs}
            if amb:
                free = free | amb
    otail = other.facets.get(_raw_facets.TAIL_COLOUR)
    if otail and _raw_facets._AMBIGUOUS in otail and not ids.isdisjoint(_COLOUR_WORDS):
        # (and the other way round: p's plain colour word, "Blauw", where the other's closing colourway
        # is an ambiguous word of that colour, "Blu")
        # (mend33a: as above - the other's word a translation, or its device's shade against p's closing
        # colour word in another language than English)
        translated = not TRANSLATED_AMBIGUOUS.isdisjoint(other.words[-3:])
        named = {w for w in ids & _COLOUR_WORDS if COLOUR_OF[w] in otail
                 and (translated or (w == p.words[-1] and w != COLOUR_OF[w] and w not in _ENGLISH_COLOURS
                                     and any(_MEMORY_WORD(x) for x in other.words)))}
        if named:
            free = free | named
    if other.facets.get("colour"):
        maker = _sport32.maker_colour_words(p.words, _COLOUR_WORDS)
        if maker and not (_sport32.maker_colour_words(other.words, _COLOUR_WORDS) - maker - _sport32.FINISH_WORDS):
            # (session 32, fs32: a maker's name of a colourway - "Core Black", "Black/Sheet Rock", "TNF
            # Black" - where the other offer names a colour: the base colours are compared as a facet;
            # not where the other names a colourway with maker's words of its own - "Core Black / Cloud
            # White / Gum" / "Cloud White / Core Black / Clear Granite" are two sneakers, attack32a; a finish
            # the other spells otherwise, "Matt" / "mate", is no name of its own)
            free = free | (ids & maker)
        # (session 33, fs33: or both colourways are of one base colour, the same - "Core Black" / "Triple
        # Black" are adidas' and another shop's names of one all-black shoe; colourways of two colours or
        # more stay compared word for word, and a finish is no colour's name: "Flat Black" / "Gloss Black")
        elif maker and _sport32.one_colour_both(p.facets.get("colour"), other.facets["colour"]):
            free = free | (ids & (maker - _sport32.FINISH_WORDS))
    if not ids.isdisjoint(_sport32.BALL_WORDS):
        # (session 33, fs33: "Basketball" where the other names the kind "piłka do koszykówki", ``sport32``)
        more = _sport32.ball_named_otherwise(ids, other.words, W.CATEGORY, W.KIND_PHRASES)
        if more:
            free = free | more
    sized = size_words(p.words)
    if sized:
        # (session 32, fs32: "EU 42", "UK 8", "Size M", "Gr. 44": the size a shop sells of the model, compared
        # as a size - ``sizing.sizes_apart`` -, no identifying word)
        free = free | (ids & sized)
    same = written_as_size_or_number(ids, p, other)  # (session 14, rec)
    if same:
        free = free | same
    more = _en23.excused(ids, p, other)  # (session 23, en: activities, a leading maker's name)
    if more:
        free = free | more
    more = _books32.excused(ids, p, other)  # (session 32, bm32: a volume's marker, a binding on one side)
    if more:
        free = free | more
    more = _recall35.claim_phrase_words(ids, p, other)  # (session 35, rc35: "No More Tears", "99% Water")
    if more:
        free = free | more
    more = _recall35.with_colour_part(ids, p, other, _COLOUR_WORDS, COLOUR_OF)  # (rc35: "w/ White Joy-Con")
    if more:
        free = free | more
    more = _recall35.lead_label_words(ids, p, other)  # (rc35: "EA SPORTS FC 24")
    if more:
        free = free | more
    more = _recall35.water_class_words(ids, p, other, W)  # (rc35: "Agua Mineral Natural")
    if more:
        free = free | more
    more = _recall35.written_beside(ids, p, other)  # (rc35: "2 l PET", "30 Sticks", "RC 2 Remote")
    if more:
        free = free | more
    more = _recall35.container_words(ids, p, other, W)  # (rc35: "Lotion 18 oz Pump", "Tiegel 7,5 g")
    if more:
        free = free | more
    more = _recall35.device_claim_words(ids, p, other, W)  # (rc35: a speaker's "Waterproof")
    if more:
        free = free | more
    more = _recall35.colour_after_kind(ids, p, other, W, _COLOUR_WORDS)  # (rc35: "Washing Up Liquid Green")
    if more:
        free = free | more
    if p.rawtitle and "/" in p.rawtitle:
        more = _colour37.colourway_prefix_words(ids, p, other, COLOUR_OF, _sport32.MAKER_COLOUR_WORDS)
        if more:
            free = free | more  # (session 37, col37: "Black/Powder Gray" / "Black")
    dev = _accessory.device_words_unnamed(p, other)
    if dev:
        # (session 30, accw30: "Apple *Watch* Sport Band" / "Apple Sport Band": the device the band is
        # for, the other shop naming none - ``accessory.device_words_unnamed``)
        free = free | (ids & dev)
    same_class = _accessory.class_words_translated(p, other)
    if same_class:
        # (session 30, accw30: "Chargeur" / "Power Adapter", "Bracelet" / "Band": one accessory class in
        # two words - ``accessory.class_words_translated``)
        free = free | (ids & same_class)
    strap = _accessory.own_strap_words(p)
    if strap and not _accessory.strap_named(other):
        # (session 30, lbt30: the strap a watch is sold with, "46mm Black *Fluoroelastomer Strap*", the other
        # shop naming none: ``accessory.own_strap_words``; two straps named stay two)
        free = free | (ids & strap)
    if "band" in ids or not _accessory._STRAP_WORDS.isdisjoint(ids):
        if not _accessory.strap_named(other):
            # (session 37, col37b: "Venu 2 Plus Slate Gray *with Black Band*" / "... Grau")
            free = free | (ids & _colour37.strap_after_with(p, _COLOUR_WORDS, _accessory._STRAP_MATERIALS,
                                                            _accessory._STRAP_WORDS, W._closes_part))
    if not ids.isdisjoint(_PERFUME_WORDS):
        more = _perfume_kind_words(ids, p, other)  # (session 32, ho32: "Lattafa Khamrah EDP" / "عطر لطافة خمرة")
        if more:
            free = free | more
    if p.codes and p.units and "inch" in p.units:
        sized = sized_code_pieces(p, other)  # (session 32, ho32: "TCL 50P635" / "TCL 50" P635")
        if sized:
            free = free | (ids & sized)
    if p.seedtype and not ids.isdisjoint(_seeds.HOUSE_SUFFIX):
        # (session 32, ho32: "Ethos *Genetics*" / "Ethos", "Green House Seed *Co.*" - ``seeds.house_suffix_words``)
        free = free | (ids & _seeds.house_suffix_words(p, other))
    if p.seedtype and other.seedtype:
        glued = _crop_compounds(ids, p, other)
        if glued:
            # (session 33, ho33: "Zucchini Black Forest F1 (*Kletterzucchini*)" / "Zucchini Black Forest F1": a
            # crop's word with its form glued before it, the other naming the crop and no form of it)
            free = free | glued
    more = _av40.describing_words(ids, p, other)  # (session 40, av40: "40.2MP", "30.1cc", "APS-C" on one side)
    if more:
        free = free | more
    more = _av40.ordinal_generation_words(ids, p, other)  # (session 40, av40: "Flex (2nd Gen)" / "Flex II")
    if more:
        free = free | more
    more = _office41.tricolour_contents(ids, p, other)  # (session 41, of41: "Farbe (Cyan, Magenta, Gelb)")
    if more:
        free = free | more
    more = _office41.paper_words(ids, p, other)  # (session 41, of41: "DIN A4", "Letter" / "8.5 x 11", "100g")
    if more:
        free = free | more
    more = _office41.cut_words(ids, p, other)  # (session 41, of41: "Cross Cut" / "coupe croisée")
    if more:
        free = free | more
    rest = ids - free if free else ids
    if rest:
        more = _we38.cognate_words(rest, p, other, W, COLOUR_OF)  # (session 38, we38: "Zylinder" / "cylinder")
        if more:
            free = free | more
    if free and p.seedtype and not _SEED_CANNABIS.isdisjoint(p.seedtype):
        # (session 32, sd32: a word of a cannabis strain's name is no category or filler word the other title
        # may leave out - "Northern Light *Cookies*", "*Gas* Amnesia": ``seeds.strain_words``)
        # (only a word excused as filler, a category's or a device's word: one the other offer writes
        # otherwise - "Bubblegum" / "Bubble Gum", "GWS" / "Great White Shark" - stays excused)
        strain = free & _seed_strain_words(p.words, p.brand)
        if strain:
            free = free - {w for w in strain if (w in W.FILLER or W._category_word(w, p)
                                                 or W._device_modifier(w, p, other))
                           # (nor a piece of a word the other glues: "Do-Si-Dos" / "Dosidos")
                           and not any(w in v for v in other.wordset if len(v) > len(w))}
    return ids - free if free else ids


_identifying_ids_once = per_pair()(_identifying_ids)


def _crop_compounds(ids, p, other) -> frozenset:
    """(session 33, ho33) The words of ``ids`` (p's, a title about seeds) that are a German compound of a
    crop's word both titles print with a word glued before it ("Kletterzucchini", "Cocktailtomate": the
    crop's form), where the other title glues nothing to that crop's word (two forms named, "Buschbohne" /
    "Stangenbohne", stay two)."""
    crops = _seeds._CROP_WORDS.intersection(p.wordset).intersection(other.wordset)
    if not crops:
        return frozenset()
    out = set()
    for w in ids:
        if w in other.wordset or not w.isalpha():
            continue
        for c in crops:
            if len(w) >= len(c) + 4 and w.endswith(c) and not any(
                    v != c and v.endswith(c) for v in other.wordset):
                out.add(w)
    return frozenset(out)


# (session 32, ho32) a screen's model number opening with its size in inches: "50P635", "QE65Q60C",
# "OLED55C3" - the maker's letters, the size, the series' code
_SIZED_CODE = re.compile(r"^([a-z]{0,4}?)(\d{2,3})([a-z]{1,3}\d{1,5}[a-z]{0,3})$")


def sized_code_pieces(p, other) -> frozenset:
    """(session 32, ho32) The words of p's title that are pieces of a screen's model number written with
    its size ("TCL *50P635* 4K UHD Google TV 50 inch" cut "50p" "635"), where the size is one p states
    in inches and the other title prints the series' code alone ("TCL 50" *P635* 4K Google TV"): one
    TV, the other shop writing its size apart."""
    inches = p.units["inch"]
    out = set()
    for c in p.codes:
        m = _SIZED_CODE.match(c)
        if m is None or float(m.group(2)) not in inches:
            continue
        rest = m.group(3)
        if rest in other.wordset or rest in (other.codes or ()):
            out.update(w for w in p.words if w in c and w not in other.wordset and len(w) < len(c))
    return frozenset(out)


# (session 32, ho32) a fragrance's concentration as shops abbreviate it, and the words that name a
# perfume of any strength (an Arabic shop's "عطر" is read "perfume")
_CONC_ABBREV = frozenset("edp edt edc".split())
_PERFUME_KIND = frozenset("perfume perfumes fragrance fragrances".split())
_PERFUME_WORDS = _CONC_ABBREV | _PERFUME_KIND


def _perfume_kind_words(ids, p, other) -> frozenset:
    """(session 32, ho32) The words of a fragrance's kind against a title naming none of its own: a
    concentration's abbreviation ("EDP") where the other title names no concentration (the two are
    compared only where both name one, ``concentrations``), and "perfume" where the other names a
    concentration or a perfume word of its own is missing there - "Lattafa Khamrah EDP 100ml" and
    "عطر لطافة خمرة 100 مل" (perfume Lattafa Khamrah) are one perfume, no word of a name apart."""
    out = set()
    oconc = other.facets.get(CONCENTRATION) if other.facets else None
    if not oconc:
        out.update(ids & _CONC_ABBREV)
    if (oconc or not other.wordset.isdisjoint(_CONC_ABBREV)) and not (p.facets and p.facets.get(CONCENTRATION)):
        out.update(ids & _PERFUME_KIND)
    return frozenset(out)


def page_parts(p) -> tuple:
    """(the identifying words of offer ``p`` without its page words, the
    words closing its title after a separator that may be a site's name):
    none is a facet word (colour, scent, edition, variant ...), and besides
    page words they are one word or only rare ones (known words there
    describe the product: "... | UK Plug").  Per offer, once (``prepared``)."""
    ids = p.idwords
    if ids and not _PAGE_HINTS.isdisjoint(p.wordset):
        pw = T.page_words(p.words)
        if pw and _offer_terms._names_card(p.wordset):
            # (session 37, pr37: a shop's web address naming the shop whose gift card the title sells -
            # "Walmart.com Gift Card $50" / "Amazon.com Gift Card $50" - is the card's name, not the page's)
            pw = pw - {w for i, w in enumerate(p.words[:-1]) if p.words[i + 1] == "com"}
        ids = ids - pw
    if ids and p.codes:
        pieces = code_pieces(p.words, p.codes)
        if pieces:
            ids = ids - pieces
    sw = p.sitewords
    if sw:
        # a site's name: one word ("OcUK", "Prijzen Tweakers": besides page
        # words) or only rare words of the catalogues the matcher learnt from
        # (seen at most twice: "Laptops Outlet Direct"); known words there
        # describe the product ("| UK Plug", "| Hideaway Holder"), and so do
        # facet words whatever their number ("| Lavender", "| Deluxe")
        rest = [w for w in sw if w not in T.PAGE_WORDS]
        if any(w in _FACET_WORDS for w in rest):
            sw = _NO_WORDS
        elif len(rest) > 1:
            rare = resources().default_idf
            widf = p.widf
            if not all(widf.get(w, rare) >= rare for w in rest):
                sw = _NO_WORDS
    return ids, sw


_NO_WORDS: frozenset = frozenset()


def code_pieces(ws, codes) -> frozenset:
    """The letters-only words of a title that are pieces of one of its model
    numbers, printed with hyphens or slashes ("MU-PE2T0S/AM", "SM-S711B",
    "WDBU6Y0020BBK-WESN", "MZ-V9P2T0BW": "mu", "am", "sm", "wesn", "mz"): the
    model number is compared by the code rules, its pieces are no words of
    the name (a shop that leaves the number out leaves them out).  Not a
    colour or a variant word ("Black/256GB" is no model number anyway)."""
    out = set()
    for c in codes:
        if c.isalpha() or c in ws:
            continue
        run = next(_code_runs(ws, c), None)
        if run:
            out.update(w for w in run if w.isalpha() and len(w) <= 5
                       and w not in _COLOUR_WORDS and w not in T.VARIANTS)
    return frozenset(out)


def _code_runs(ws, c: str):
    """Each run of two or more consecutive words of ``ws`` whose concatenation is
    the code ``c`` ("mz", "v9p2t0bw" for "mzv9p2t0bw"), first to last."""
    n = len(ws)
    for i, w in enumerate(ws):
        if w == c or not c.startswith(w):
            continue
        j, acc = i, w
        while len(acc) < len(c) and j + 1 < n and c.startswith(acc + ws[j + 1]):
            j += 1
            acc += ws[j]
        if acc == c:
            yield ws[i:j + 1]


# Sizes stated in an offer's text.  A title that states a capacity, length,
# weight or volume is another product than an offer whose title leaves it out
# but whose description states a different one ("Květináč SANDY + vklad 29,7
# cm" vs "Květináč SANDY" described as "... 39 cm"); two offers whose titles
# name no capacity are different products when their descriptions state a
# configuration (memory and storage) whose largest capacities differ (a
# notebook line's configurations: "RAM 8GB, SSD 256GB" vs "4 GB RAM, 128 GB SSD").  Stored in the facets under these two keys.
TEXT_DIMS = frozenset(("cap", "len", "wt", "vol", "inch"))
_TEXT_TOL = {"inch": 0.05}
_TITLE_UNITS = "_title_units"
_TEXT_UNITS = "_text_units"
_TEXT = "_text"


# roman numerals that number a version or model: read as the number by
# ``features._numbers_missing`` (see ``titles.ROMAN_NUM``)
ROMAN_NUM = T.ROMAN_NUM


def has_number_word(ws) -> bool:
    """Does a title print a word with a digit (a plain number, a model number:
    ``features._variant_suffix_misses``), or a roman numeral after its first
    word?  (``batch`` compares plain numbers only for pairs where both do.)"""
    return any(map(_DIGIT_IN, ws)) or not ROMAN_NUM.keys().isdisjoint(ws[1:])


_DIGIT_IN = re.compile(r"\d").search


def without_brand_words(variants, ws, brand):
    """The variant words of a title less those that only spell its brand
    ("Da-Lite" is a brand, not a "lite" model: ["da", "lite"] spell "dalite").
    ``ws``: the title's words, ``brand``: the offer's brand (compact)."""
    if not brand or not variants:
        return variants
    drop = set()
    n = len(ws)
    for i in range(n):
        if not brand.startswith(ws[i]):
            continue
        j, acc = i, ""
        while j < n and len(acc) < len(brand):
            acc += ws[j]
            j += 1
        if acc == brand and j - i >= 2:
            spelt = set(ws[i:j])
            # a variant word also printed outside the brand's spelling stays
            rest = ws[:i] + ws[j:]
            drop.update(v for v in variants if v in spelt and v not in rest)
    return variants - drop if drop else variants


def add_text_units(facets: dict, title_units: dict, text) -> None:
    """Adds to ``facets`` the title's sizes (``TEXT_DIMS``) and the offer's
    text (brand, MPN, description: its sizes are read when a pair needs
    them, see ``_text_units``), for ``conflicts``."""
    tu = {k: v for k, v in title_units.items() if k in TEXT_DIMS} if title_units else None
    if tu:
        facets[_TITLE_UNITS] = tu
    if text:
        facets[_TEXT] = text


_NONE: dict = {}


def _text_units(f: dict) -> dict:
    """The sizes (``TEXT_DIMS``) an offer's text states, read once (kept in its facets)."""
    xu = f.get(_TEXT_UNITS)
    if xu is None:
        text = f.get(_TEXT)
        if text is None:
            return _NONE
        xu = {k: v for k, v in T.clean_with_units(text)[1].items() if k in TEXT_DIMS}
        f[_TEXT_UNITS] = xu
    return xu


def _may_state_capacity(f: dict) -> bool:
    """Can the offer's text state a capacity at all (a capacity unit is in it)?"""
    text = f.get(_TEXT)
    return text is not None and ("gb" in text or "tb" in text or "mb" in text or "go" in text
                                 or "kb" in text)


def _close(va, vb, tol: float) -> bool:
    for x in va:
        for y in vb:
            if abs(x - y) <= tol * max(x, y):
                return True
    return False


def _text_sizes_differ(fa: dict, fb: dict) -> bool:
    ta, tb = fa.get(_TITLE_UNITS) or _NONE, fb.get(_TITLE_UNITS) or _NONE
    for t, o_title, o in ((ta, tb, fb), (tb, ta, fa)):
        for dim, v in t.items():
            if dim not in o_title and _TEXT in o:
                o_text = _text_units(o)
                if dim in o_text and not _close(v, o_text[dim], _TEXT_TOL.get(dim, 0.03)):
                    return True
    # (a configuration is memory and storage: two capacities in each text; one
    # capacity alone is as often a card slot's limit - "Micro SD až 16 GB")
    if "cap" not in ta and "cap" not in tb and _may_state_capacity(fa) and _may_state_capacity(fb):
        ca, cb = _text_units(fa).get("cap"), _text_units(fb).get("cap")
        if ca and cb and len(ca) >= 2 and len(cb) >= 2:
            return not _close((max(ca),), (max(cb),), 0.03)
    return False


@cached(1 << 14)
def _item_counts(cleaned: str) -> tuple:
    """``amounts.item_counts`` of a cleaned title (memoised per title: a pair asks for each side's)."""
    return item_counts(T.words(cleaned))


# (session 32, ho32) a maker's Mac edition: "for Mac" closing the product's name (not a Mac model an
# accessory fits: "for Mac mini", "for MacBook", "for Mac Pro")
_MAC_EDITION = re.compile(r"\b(?:for|fur|pour|para|per|voor|dla) mac\b(?! (?:mini|pro|studio|book|os|models?|and|or|"
                          r"windows|win|pc|ios|ipad|iphone)\b)")
_LONG_CODE = re.compile(r"\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6,}\b|\b\d{7,}\b")


_MAC_ONLY = frozenset(("mac",))


_PLATFORM_HINTS = frozenset(("mac", "windows", "os"))


def mac_edition_alone(fa: dict, fb: dict) -> bool:
    """(session 32, ho32) Does one title name a "for Mac" edition and the other no platform and no
    Mac at all?  A keyboard's or mouse's Mac edition ("Logitech MX Master 3S for Mac", "MX Keys S
    for Mac") is another product (its own part number, keys, colour) than the plain one; a title
    naming the Mac anywhere ("PC/Mac", "macOS"), a title naming other platforms too ("DAW for Mac &
    Windows") and a pair sharing a long model number are left as before."""
    fx, fy = (fa, fb) if fa.get("platform") else (fb, fa)
    if fx["platform"] != _MAC_ONLY or fy.get("platform"):
        return False
    cx, cy = fx.get(_CLEANED) or "", fy.get(_CLEANED) or ""
    if not _MAC_EDITION.search(cx) or "mac" in cy:
        return False
    if _looks_like_software(set(cx.split()) - _PLATFORM_HINTS) or _looks_like_software(set(cy.split()) - _PLATFORM_HINTS):
        # (a program made for the Mac only is one product whatever edition or term the other title names:
        # "Parallels Desktop 19 for Mac" / "Parallels Desktop 19 Standard Edition 1 Year", attack32a; the
        # platform's own name is no sign of a program - "MX Master 3S for Mac")
        return False
    # (a long model number both print names the one product, which may be made for the Mac only:
    # "VMware Fusion 2 for Mac VMFM20BX2" / "VMware Fusion 2 VMFM20BX2")
    ky = fy.get("_title_compact") or ""
    return not any(c in ky for c in _LONG_CODE.findall(cx))


# (session 42, cl42: the colour words besides the plain ones - ambiguous colours, colourway names -, for
# ``cl42.colour_substituted``)
_CL42_OTHER_COLOURS = {**_raw_facets._COLOURWAY_WORDS, **AMBIGUOUS_COLOUR_OF}


def conflicts(fa: dict, fb: dict, wa=None, wb=None) -> tuple:
    """The facet kinds on which two offers disagree (empty tuple: none).  ``wa`` /
    ``wb``: the offers' title words (``Prepared.wordset``), what an add-on's name is
    compared with (``_addon_differs``; without them no add-on conflict)."""
    out = []
    for k in FACET_KINDS:
        va = fa.get(k)
        if k == "version" and (_pc39.CPU_GEN in fa or _pc39.CPU_GEN in fb):
            va, vb = _pc39.versions_compared(fa, fb)  # (session 39, pc39: "i5-1235U" / "Core i5 13th Gen")
            if va and vb and va.isdisjoint(vb):
                out.append(k)
            continue
        if va:
            vb = fb.get(k)
            if vb and va.isdisjoint(vb):
                if k == "dims" and not _dims_disagree(va, vb, fa.get(_CLEANED), fb.get(_CLEANED)):
                    continue
                if k == "platform" and not platforms_disagree(va, vb):
                    continue
                if k == "colour" and _co40.finish_colours_agree(va, vb, wa, wb,
                                                                fa.get(_CLEANED), fb.get(_CLEANED)):
                    continue  # (session 40, co40: "Brushed Stainless Steel" / "Silver", ``co40``)
                out.append(k)
    if "platform" not in out and (fa.get("platform") is None) != (fb.get("platform") is None) \
            and mac_edition_alone(fa, fb):
        out.append("platform")  # (session 32, ho32: "MX Master 3S for Mac" / "MX Master 3S")
    if "colour" not in out and wa is not None and wb is not None and _cl42.texture_differs(wa, wb):
        out.append("colour")  # (session 42, cl42: a finish's texture, "Smooth" / "Hammered" - ``cl42``)
    if "colour" not in out and _cl42.colour_substituted(fa.get(_CLEANED), fb.get(_CLEANED), COLOUR_OF, _CL42_OTHER_COLOURS):
        out.append("colour")  # (session 42, cl42: "... Black Lacquered Oak" / "... Matt Lacquered Oak")
    if "pack" not in out and ("pack" in fa or "pack" in fb) and _pc39.sticks_apart(fa, fb):
        out.append("pack")  # (session 39, fxpc39: a single memory module "(1x16GB)" / a kit "(8GBx2)")
    if "pack" not in out and (wa is not None and "kit" in wa or wb is not None and "kit" in wb) \
            and _sh40.kit_against_single(fa, fb, wa, wb):
        out.append("pack")  # (session 40, sh40: "TL-PA7017 KIT" / "TL-PA7017 (single)", a kit and its single unit)
    if "dims" not in out and (_TEXT in fa or _TEXT in fb) and _text_sizes_differ(fa, fb):
        out.append("dims")
    if "dims" not in out and (SIZE_PHRASE in fa or SIZE_PHRASE in fb) and size_phrase_split(fa, fb, wa, wb):
        out.append("dims")  # (session 15, prec)
    if "dims" not in out and sizes_apart(fa.get(_CLEANED), fb.get(_CLEANED)):
        out.append("dims")  # (session 16, prec: "US 10" / "US 10.5", ``sizing``)
    if "dims" not in out and _dg37.closing_letter_apart(fa.get(_CLEANED), fb.get(_CLEANED)):
        out.append("dims")  # (session 37, dg37: "Gartenschere Größe M" / "Gartenschere L", ``dg37``)
    if "dims" not in out and (_sport32.WIDTH in fa or _sport32.WIDTH in fb) \
            and fa.get(_sport32.WIDTH) != fb.get(_sport32.WIDTH):
        # (session 33, fs33: a shoe's width against the regular one unnamed, or another width - "Bondi 8" /
        # "Bondi 8 Wide", "990v6 2E" / "990v6 D": ``sport32.widths_of_text``)
        out.append("dims")
    if (("upgrade" in fa) != ("upgrade" in fb) or (ADDON_PASS in fa) != (ADDON_PASS in fb)
            or _addon_differs(fa, fb, wa, wb)):
        out.append("upgrade")
    else:
        la, lb = fa.get("licence"), fb.get("licence")
        if la and lb and la.isdisjoint(lb):
            out.append("upgrade")  # another kind of licence (OEM, academic, full)
    if ("refill" in fa) != ("refill" in fb) and not (_REFILL_PACK in fa or _REFILL_PACK in fb):
        # (a title naming the consumables and no kit is the refill pack:
        # "Dry Refills 32 ct" = "Dry Sweeping Cloths, 32 Count")
        fx, fy = (fa, fb) if "refill" in fa else (fb, fa)
        if not (_KIT_REFILL in fx and _us42.kit_against_kit(
                (fx.get(_CLEANED) or "").split(), (fy.get(_CLEANED) or "").split(), _REFILL_KIT)):
            # (session 42, us42: "Starter Kit - 1 Device + 2 Refills" / "Starter Kit (1 Plug-in Base + 2
            # Cartridges)": two kits, ``us42.kit_against_kit``)
            out.append("refill")
    elif "refill" in fa and "refill" in fb and (_KIT_REFILL in fa) != (_KIT_REFILL in fb):
        # (session 29, dev29: both name a refill, one as what its kit holds - "Automatic Spray Kit
        # (Gadget + Refill)" / "Freshmatic Max Refill 250ml": the starter kit is no refill)
        out.append("refill")
    if "edition" not in out and (_CV in fa or _CV in fb) and _code_variant_differs(fa, fb):
        out.append("edition")
    if "year" not in out and "year" in fa and years_apart(fa.get("year"), fb.get("year")):
        out.append("year")  # (session 15, prec: 2024 for 2023 / 2025 for 2024, ``editions``)
    if "year" not in out and ("year" in fa) != ("year" in fb):
        fx, wx, wy = (fa, wa, wb) if "year" in fa else (fb, wb, wa)
        if _game_or_program(fx, wx) and year_in_name(fx.get(_CLEANED, ""), wy):
            out.append("year")  # (session 22, en22: "Flight Simulator 2024 Standard Edition", ``editions``)
    if "edition" not in out and ("edition" in fa) != ("edition" in fb) and _CLEANED in fa and _CLEANED in fb:
        fx, fy, wx, wy = (fa, fb, wa, wb) if "edition" in fa else (fb, fa, wb, wa)
        if _game_or_program({}, wx) and tier_replaced(fx[_CLEANED], fx["edition"], fy[_CLEANED],
                                                           _EDITION_SYNONYMS, wx, wy, W.GENERIC, W.canon):
            out.append("edition")  # (session 22, en22: "Plus Essential 12 Month" / "Plus Extra 12 Month", ``editions``)
    if "edition" not in out and NAMED_EDITION in fa and NAMED_EDITION in fb \
            and named_editions_differ(fa, fb, wa, wb):
        out.append("edition")  # (session 15, prec: "Royal Edition" / "Standard Edition", ``editions``)
    if "edition" not in out and (NAMED_EDITION in fa) != (NAMED_EDITION in fb) \
            and edition_one_side(fa.get(NAMED_EDITION), fb.get(NAMED_EDITION), wa, wb,
                                 fa.get("edition", frozenset()) | fb.get("edition", frozenset()),
                                 fa.get("_title_compact", ""), fb.get("_title_compact", ""), W.canon):
        out.append("edition")  # (session 16, prec: a special edition against none, ``editions``)
    if "pack" not in out and _multiplier_differs(fa, fb):
        out.append("pack")
    if "pack" not in out and (_SET_OF in fa or _SET_OF in fb) and set_of_differs(fa, fb, wa, wb):
        out.append("pack")  # (session 34, mend34: "LEGO City 60337 2er Set" / "LEGO City 60337", ``set_of_differs``)
    if "pack" not in out and _CLEANED in fa and _CLEANED in fb \
            and _item_counts(fa[_CLEANED])[0] \
            and item_counts_apart(_item_counts(fa[_CLEANED]), _item_counts(fb[_CLEANED])):
        # (session 27, speed27: ``item_counts_apart`` is False where a's title counts nothing -
        # b's title is then not read)
        out.append("pack")  # (session 26, count26: "22 Count" / "44 pods", ``amounts.item_counts``)
    if "pack" not in out and volume_against_count(fa, fb, _TITLE_UNITS):
        out.append("pack")  # (session 15, prec: a liquid and its pods, ``amounts``)
    if "pack" not in out and (_BUNDLE in fa) != (_BUNDLE in fb) and not (_KITLIKE in fa or _KITLIKE in fb):
        # (the product alone is not the product bundled with something else; but a title joining
        # two things the bundle's title names is that bundle: session 17, en, ``english_titles.joins_products_of``)
        fx, wy = (fb, wa) if _BUNDLE in fa else (fa, wb)
        fy = fa if fx is fb else fb
        if not (wy and _english.joins_products_of(fx.get(_CLEANED, ""), frozenset(wy))
                or _office41.value_pack_is_multipack(fy.get(_CLEANED, ""), fx.get(_CLEANED, ""))):
            out.append("pack")  # (session 41, of41: "Toner Value Pack" / "Toner Multipack", one multipack)
    if "pack" not in out and "*" in (fa.get(_CLEANED, "") + fb.get(_CLEANED, "")) and (
            _office41.packs_of_sheets_apart(fa.get(_CLEANED), fb.get(_CLEANED), fb.get("pack"), fb.get(_MULT))
            or _office41.packs_of_sheets_apart(fb.get(_CLEANED), fa.get(_CLEANED), fa.get("pack"), fa.get(_MULT))):
        out.append("pack")  # (session 41, of41: "Kopierpapier A4 5 x 500 Blatt" / "... 500 Blatt", five reams and one)
    if "pack" not in out:
        # a licence for several users or devices is not the title that names
        # no count (a single licence): one-sided counts of 2 and more
        la, lb = fa.get(_LICENCES), fb.get(_LICENCES)
        if ((la is None) != (lb is None) and max(la or lb) >= 2 and not _same_count(fa, fb)
                and not sequel_number_pcs(fa, fb, _LICENCES)):  # (session 10, software)
            out.append("pack")
    if "colour" not in out and SHADE in fa and SHADE in fb and shades_differ(fa[SHADE], fb[SHADE]):
        out.append("colour")  # (session 22, ml22a: a dark grey is no light grey)
    if "colour" not in out and _mends35.ink_colours_apart(fa.get(_CLEANED), fb.get(_CLEANED)):
        out.append("colour")  # (session 35, mend35: "HP 305XL Schwarz" / "HP 305XL Tri-colour")
    if "colour" not in out and _colour37.COLOURWAY in fa and _colour37.COLOURWAY in fb \
            and _colour37.colourways_open_apart(fa[_colour37.COLOURWAY], fb[_colour37.COLOURWAY]):
        out.append("colour")  # (session 37, col37: "Black/Grey/White" / "White/Grey/Black")
    if "edition" not in out and _mends35.tyre_marks_apart(fa.get(_CLEANED), fb.get(_CLEANED)):
        out.append("edition")  # (session 35, mend35: "P Zero 245/40 R19 98Y XL MO" / "... XL", the Mercedes tyre)
    if "edition" not in out and _fxold37.apart(fa.get(_CLEANED), fb.get(_CLEANED)):
        out.append("edition")  # (session 37, fxold37: "Gaming WiFi II" / "Gaming WiFi", "7600X" / "7600", body / kit)
    if fa and fb:
        _raw_facets.conflicts(fa, fb, out)  # (session 12, precision)
        ca, cb = fa.get(CONCENTRATION), fb.get(CONCENTRATION)
        if ca and cb and ca.isdisjoint(cb) and "edition" not in out:
            out.append("edition")  # (session 31, lb31: "Le Parfum" / "EDP", ``concentrations``)
        if ca and cb and (FRAGRANCE_TESTER in fa) != (FRAGRANCE_TESTER in fb) and "edition" not in out:
            # (session 33, bc33: a fragrance's tester against its boxed bottle.  Compared only where both
            # titles name a concentration, as the concentration is - the tester mark is read only there:
            # "Dior Sauvage Tester 100ml" says nothing of a tester against "... EDT 100ml Tester"; mend33a)
            out.append("edition")
    return tuple(out)


# --------------------------------------------------------------------------
# the shade of a colour (session 22, ml22a)
# --------------------------------------------------------------------------
# One colour name, two shades: "Dark Grey" / "Light Grey", German "dunkelgrau" / "hellgrau", Dutch
# "donkerblauw" / "lichtblauw", Polish "ciemnoszara" / "jasnoszara", Czech "tmavě modrá" / "světle
# modrá", French "gris foncé" / "gris clair", Italian "grigio scuro" / "grigio chiaro", Spanish and
# Portuguese "gris oscuro" / "azul claro".  The colour facet reads both as the colour ("grey"), so
# two shades of it were one colour: a light-grey bedside crib is no dark-grey one.  A shade is read
# where a language writes it: a word before the colour (EN DE NL PL CS Nordic), after it (FR IT ES
# PT), or glued before it in a compound ("hellgrau", "ciemnoszara", "lichtgrijs", "mörkgrå" without
# its accent is "morkgra": only compounds whose rest is a colour word).  Two offers naming one colour
# in two shades (and neither in the other's) conflict; a shade on one side only says nothing.
_SHADE_BEFORE = {
    **dict.fromkeys("dark dunkel dunkle dunkler dunkles dunklen donker donkere ciemny ciemna ciemne "
                    "tmavy tmava tmave mork morke morkt".split(), "dark"),
    **dict.fromkeys("light hell helle heller helles hellen licht lichte jasny jasna jasne svetle svetly "
                    "svetla ljus lys".split(), "light"),
}
_SHADE_AFTER = {
    **dict.fromkeys("fonce foncee fonces foncees scuro scura scuri scure oscuro oscura oscuros escuro "
                    "escura".split(), "dark"),
    **dict.fromkeys("clair claire clairs claires chiaro chiara chiari chiare claro clara claros".split(),
                    "light"),
}
# (session 40, xl40) a shade named by a word of its own, in the languages shops print it: "Graphit" / "grafitová"
# is a dark grey, "Navy" / "Marineblau" / "granatowy" a dark blue - the colour facet reads them as the colour's
# family, so "Graphit" / "gris pâle" (a dark grey against a pale one) were one colour; and the shade words a
# language writes after the colour ("bleu *marine*", "azul *marinho*", "bleu *nuit*", "blu *notte*", "gris
# *pâle*") or before it ("*pale* grey").  A family name against one of its shades ("blau" / "bleu marine") is
# still no conflict: ``shades_differ`` asks both titles for a shade.
_SHADE_NAMED = {
    **dict.fromkeys("graphit graphite grafit grafite grafito grafitova grafitovy grafitove grafitowa grafitowy "
                    "grafitowe grafiet anthrazit anthracite antracit antracite antraciet antracyt antracytowy "
                    "antracytowa navy marineblau marineblauw marinebla granatowy granatowa granatowe".split(), "dark"),
}
_SHADE_NAMED.update({w: c for w, c in _home41.SHADE_NAMED.items() if w not in _SHADE_NAMED})  # (session 41, fu41: "Aqua")
_SHADE_BEFORE.update(dict.fromkeys("pale".split(), "light"))
_SHADE_AFTER.update({**dict.fromkeys("marine marino marinho navy nuit notte".split(), "dark"),
                     **dict.fromkeys("pale pallido pallida".split(), "light")})
_SHADE_PREFIX = (("dunkel", "dark"), ("donker", "dark"), ("ciemno", "dark"), ("tmavo", "dark"),
                 ("tmave", "dark"), ("mork", "dark"), ("dark", "dark"), ("hell", "light"), ("licht", "light"),
                 ("jasno", "light"), ("svetlo", "light"), ("svetle", "light"), ("ljus", "light"),
                 ("light", "light"))
_SHADE_HINT = re.compile(r"(?:dunkel|donker|ciemno|tmav|mork|dark|hell|licht|jasno|svetl|ljus|light)[a-z]{3}"
                         r"|\b(?:pale|marine|marino|marinho|navy|nuit|notte|pallid[oa])\b").search
SHADE = "_shade"


def shades(ws) -> frozenset:
    """The (shade, colour) pairs a title's words name (above): "dark"/"light" and the colour
    (``COLOUR_OF``'s value)."""
    out = set()
    n = len(ws)
    for i, w in enumerate(ws):
        c = COLOUR_OF.get(w)
        if c is not None:
            if w in _SHADE_NAMED:
                out.add((_SHADE_NAMED[w], c))  # (session 40, xl40: "Graphit", "Navy")
            if i and ws[i - 1] in _SHADE_BEFORE:
                out.add((_SHADE_BEFORE[ws[i - 1]], c))
            if i + 1 < n and ws[i + 1] in _SHADE_AFTER:
                out.add((_SHADE_AFTER[ws[i + 1]], c))
            continue
        if len(w) >= 7 and w.isalpha():
            for pre, shade in _SHADE_PREFIX:
                if w.startswith(pre):
                    c = COLOUR_OF.get(w[len(pre):])
                    if c is not None and len(w) - len(pre) >= 3:
                        out.add((shade, c))
                    break
    return frozenset(out)


def _shade_gate(w: str) -> bool:
    """A shade word, or a compound that may open with one (the gate of ``wordclass._shade_translated``)."""
    return w in _SHADE_BEFORE or w in _SHADE_AFTER or (len(w) >= 7 and _SHADE_HINT(w) is not None)


W.SHADE_READER = (SHADE, shades, _shade_gate)  # (session 31, dev31: ``wordclass._shade_translated``)


def shades_differ(sa: frozenset, sb: frozenset) -> bool:
    """Do two offers name one colour in two shades - each a shade of it the other does not?"""
    for shade, c in sa:
        mine = {s for s, x in sa if x == c}
        theirs = {s for s, x in sb if x == c}
        if theirs and mine.isdisjoint(theirs):
            return True
    return False


# --------------------------------------------------------------------------
# multipacks, licences for PCs, repetition (helper "mnear", issue 12)
# --------------------------------------------------------------------------

# how many of the product a listing sells: "3 pack", "3-pk", "6er Pack", "pack
# of 2", "lot de 3", "twin pack", "balení 3 ks" - a multiplier of the thing,
# not a count inside it ("80 ct", "50 sheets", "12 rolls" count the wipes,
# sheets, rolls of one package)
_MULT = "_mult"
_MULT_RE = re.compile(
    r"(?<![-\w.])(\d{1,3})\s?-?\s?(?:er\s?-?|'?l[iu]\s)?(?:pack|pk|packs|multipack|packung|pak|paket)\b(?!-)"  # ("2er-Pack": session 12;
    # Turkish "24'lü Paket": session 15, ml)
    r"|\b(?:pack|packs|lot|packung|paquete|confezione|baleni|multipack)\s(?:of|de|mit|von|da|po|x)\s?(\d{1,3})\b"
    # (Czech "balení 3 ks", "Multipack 4": the count follows the word directly)
    r"|\b(?:baleni|multipack)\s+(\d{1,3})(?:ks|kusu|x)?\b"
    r"|\b(twin|double|triple|dual)\s(?:pack|pk)\b"
)
# (session 34, mend34) a set of several ("Set of 2", "2er Set", "2er-Set", "set de 2"): the count of a set -
# of several of one product, or of the set's own pieces ("Containers, Set of 5") - read apart from the
# multipacks (``set_of_differs``)
_SET_OF = "_set_of"
_SET_OF_RE = re.compile(r"(?<![-\w.])(\d{1,3})\s?-?\s?er\s?-?\s?set\b(?!-)|\bset\s(?:of|de|da|van)\s(\d{1,3})\b")
_MULT_WORD = {"twin": 2, "double": 2, "dual": 2, "triple": 3}
_MULT_TRIGGERS = frozenset(("pack", "pk", "packs", "multipack", "packung", "pak", "baleni", "paket"))


def multipliers(cleaned: str, counts=_EMPTY) -> frozenset:
    """The multipack counts a cleaned title names (>= 2: a "1 pack" is the
    product itself), e.g. {3} for "Lysol Wipes, 80 ct, 3 pack", and the N of
    a multipack written as a product ("3x60 Stück", "240 ct (3 x 80)":
    ``multipacks_nxm``; ``counts``: the title's pack counts)."""
    out = set()
    # (session 16, speed: _MULT_RE - tried at every position, ~10 us a title - runs only on a
    # title holding a word every one of its matches holds; most titles here hold a "*" and none)
    if ("pack" in cleaned or "pk" in cleaned or "pak" in cleaned or "lot" in cleaned or "paquete" in cleaned
            or "confezione" in cleaned or "baleni" in cleaned):
        for a, b, c, w in _MULT_RE.findall(cleaned):
            n = int(a or b or c) if (a or b or c) else _MULT_WORD[w]
            if n >= 2:
                out.add(n)
    if "*" in cleaned:
        # (a count that is itself a multiplier, "12 pack", is no total of "3 x 4")
        out.update(n for n, _, _ in multipacks_nxm(cleaned, counts.difference(out) if counts else _EMPTY))
    # (session 26, packs26: "9 Flip-Top Packs", "9x Pop-Top Packs", "4 Cube Boxes", ``quantity``)
    out.update(_quantity.package_counts(cleaned))
    return frozenset(out)


# "N x M" (``clean`` writes "N * M"): N packages of M when M counts or
# measures the package ("3x60 Stück", "6 x 330 ml", "2 x 500g") or when N*M is
# a count the title prints ("240 ct (3 x 80)"); not two sizes of one thing
# ("1920x1080", "100 x 40 cm"), nor memory modules ("2 x 8GB": a kit of 16GB,
# whose capacity ``relations.unit_relation`` reads), nor three dimensions
_NXM = re.compile(r"(?<![\w.*])(\d{1,2}) \* {1,2}(\d{1,4}+(?:\.\d+)?+)(?: ?([a-z]+))?(?![\w.])(?! ?\*)")
_NXM_COUNT_WORDS = (_PACK_N_WORDS - _LIC_WORDS - _LIC_DEVICE_WORDS - {"pack", "pk", "packs", "box"}) | frozenset(
    "stuck stueck pods tabs tabletten tablettes tabletas pastillas capsule capsules kapseln wipes tucher rolls "
    "rollen rollos rouleaux bags beutel sachets lavados lavaggi waschladungen wl".split())
_NXM_UNIT_DIMS = frozenset(("pack", "vol", "wt"))


def multipacks_nxm(cleaned: str, counts=_EMPTY) -> list:
    """[(N, M, total or None)] of the multipacks a cleaned title writes as
    "N x M": the total N*M for counts (3 x 80 wipes are 240 wipes), None for
    volumes and weights."""
    out = []
    for m in _NXM.finditer(cleaned):
        n = int(m.group(1))
        if n < 2:
            continue
        try:
            v = float(m.group(2))
        except ValueError:
            continue
        w = m.group(3)
        if w and w in _NXM_COUNT_WORDS:
            out.append((n, v, n * v))
        elif w and T._UNIT_ALIASES.get(w, ("",))[0] in _NXM_UNIT_DIMS:
            out.append((n, v, n * v if T._UNIT_ALIASES[w][0] == "pack" else None))
        elif n * v in counts:
            out.append((n, v, n * v))
    return out


def pack_totals(cleaned: str, units: dict) -> dict:
    """``units`` with the totals of a multipack among its counts: "80 ct, 3
    pack" also counts 240, "240 ct (3 x 80)" also 80 - one multipack written
    as each package's count or as the total (a title with no count is left
    alone).  A new dict when anything is added."""
    pk = units.get("pack") if units else None
    if not pk:
        return units
    mult = multipliers(cleaned) if ("pack" in cleaned or "pk" in cleaned or "pak" in cleaned
                                    or "baleni" in cleaned) else _EMPTY
    add = {float(x) for x in _totals(cleaned, pk, mult)}
    if not add or add <= pk:
        return units
    units = dict(units)
    units["pack"] = frozenset(pk | add)
    return units


# (2 to 8 modules or drives of a whole number of GB / TB: "16x 4.7GB" is a DVD's speed)
_KIT = re.compile(r"(?<![\w.*])([2-8]) \* {1,2}(\d{1,4}+)(gb|tb|go)(?![\w.])(?! ?\*)")


_CAP_TOKEN = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:gb|tb|go)(?![\w.])").search


# (session 30, suffix30) the words that name a graphics card (its chip's line or its memory's kind)
_GRAPHICS_CARD_WORDS = T.GRAPHICS_CARD_WORDS


def kit_totals(cleaned: str, units: dict) -> dict:
    """``units`` with the capacity of a kit of modules or drives written "N x
    M GB" ("2 x 8GB" is a 16GB kit: ``relations.unit_relation`` names the
    product by its largest capacity, so "16GB (2x8GB)" = "2x8GB", and "2x8GB"
    is still not one "8GB" module), when the title states no other capacity.
    A new dict when anything is added."""
    cap = units.get("cap") if units else None
    if cap and not _GRAPHICS_CARD_WORDS.isdisjoint(cleaned.split()):
        # (session 30, suffix30: a graphics card is no kit of modules - its "2X" / "3X" before the
        # memory counts the cooler's fans, "MSI RTX 4060 Ti VENTUS 2X 8G")
        return units
    if not cap or _CAP_TOKEN(_KIT.sub(" ", cleaned)):
        # (only when the title states no other capacity: "4GB (2x4GB)"
        # contradicts itself, "16GB RAM (2x8GB) 512GB SSD" states its own)
        return units
    add = set()
    for n, v, u in _KIT.findall(cleaned):
        n = int(n)
        m = float(v) * (1000.0 if u == "tb" else 1.0)
        if n >= 2:
            add.add(round(n * m, 1))
    if not add or add <= cap:
        return units
    units = dict(units)
    units["cap"] = frozenset(cap | add)
    return units


def _totals(cleaned: str, counts, mult) -> set:
    """The counts a multipack implies besides those printed: each package's
    count and the total of "N x M", the total N*M of "M ct, N pack"."""
    add = set()
    whole = set()
    if "*" in cleaned:
        for n, v, total in multipacks_nxm(cleaned, counts.difference(mult)):
            if total is not None:
                add.update((total, v))
                whole.add(total)
    for n in mult:
        # (not the multiplier itself, nor a total already: "240 ct (3 x 80)")
        add.update(n * c for c in counts if c != n and c >= 2 and c not in whole)
    return {int(x) if float(x).is_integer() else x for x in add}


def set_of_differs(fa: dict, fb: dict, wa, wb) -> bool:
    """(session 34, mend34) One title sells a set of several ("2er Set", "Set of 2") and the other prints
    no count of it: where the other says one ("1 Stück": two curtains against one), or where both titles
    name a maker whose every product is a set (``toys33.SET_MAKERS``: "LEGO City 60337 2er Set" is two
    boxes of the set "LEGO City 60337").  A count of another size on the other side is left alone - the
    set's own pieces counted otherwise ("Containers, Set of 5" / "10-Piece Set": five boxes, five lids)."""
    for x, y, wx, wy in ((fa, fb, wa, wb), (fb, fa, wb, wa)):
        sets = x.get(_SET_OF)
        if not sets:
            continue
        counts = y.get("pack", _EMPTY) | y.get(_MULT, _EMPTY) | y.get(_SET_OF, _EMPTY)
        if not sets.isdisjoint(counts):
            continue
        if counts:
            if max(counts) < 2:
                return True
            continue
        if wx and wy and not SET_MAKERS.isdisjoint(wx) and not SET_MAKERS.isdisjoint(wy):
            return True
    return False


def _multiplier_differs(fa: dict, fb: dict) -> bool:
    """One offer sells several of the product ("80 ct, 3 pack") and the other
    never prints that count ("80 ct"; "pack of 3", "3 count", "3 pockets" are
    the same three), or names another multipack: a multipack is not the
    single package, a 3-pack not a 2-pack, whatever else the titles share."""
    for x, y in ((fa, fb), (fb, fa)):
        m = x.get(_MULT)
        if m and m.isdisjoint(y.get("pack", _EMPTY)) and m.isdisjoint(y.get(_MULT, _EMPTY)):
            if _total_printed(x, m, y.get("pack", _EMPTY)):
                # (x prints the multipack's total, the other's count: "204
                # Count, 3 Packs of 68" is the "204 ct")
                continue
            if _total_stated(x, y):
                # (session 26, packs26: x states its total, "12 Flip-Top Packs (768 Wipes Total)",
                # and the other the same count, "768 ct": ``quantity.stated_totals``)
                continue
            if _unit_total_met(x, y):
                # (session 27: x counts its packages and the items of each, "4 Cube Boxes, 65 Tissues
                # per Box", and the other the total they make, "260 Tissues": ``quantity.per_unit_totals``)
                continue
            if not y.get(_MULT) and _pack_unchecked(x, y, m):
                # (session 26, packs26: "Wipes, 3 Pack" / "168 Wipes": a pack count against a total of
                # items it divides - the count per pack is not stated, ``quantity.pack_against_total``)
                continue
            if y.get(_MULT) or m.isdisjoint(_numbers_printed(y)):
                # (one side's multipack against another multipack, or against
                # a title that never prints its count: "50 pack" = "50-disc")
                if not y.get(_MULT) and _office_mobile.combo_is_count(x.get(_CLEANED, ""), y.get(_CLEANED, ""), m):
                    continue  # (session 20, en20a: "Black & Tri-color, 2-pack" / "Combo Pack Black/Tri-Colour")
                return True
    return False


def quantity_number(v: int, fa: dict, fb: dict) -> bool:
    """(session 26, packs26) Is the number ``v`` of one title (facets ``fa``) a quantity it reads -
    a count of its packages or items (``quantity.quantity_numbers``, its pack and multipack
    counts) that both titles read (a multipack in common: "9 Flip-Top Packs" / "9x Pop-Top Packs"),
    or a factor of a count both read ("100 Sheets/Pad, 12 Pads/Pack" / "1200 Sheets"), or the count
    of each package against a title stating its packages only ("... / 12 Pack")?
    Then the other title writes that quantity otherwise: the number is no model number it lacks."""
    ca, cb = fa.get(_CLEANED), fb.get(_CLEANED)
    if not ca or not cb:
        return False
    # (session 27: a count is read by either reader - ``_PACK_N``'s "100 sheets", "80 ct" or the item
    # nouns' "260 Tissues", ``amounts.item_counts_stated``)
    pa, pb = _either_counts(fa), _either_counts(fb)
    ma, mb = fa.get(_MULT, _EMPTY), fb.get(_MULT, _EMPTY)
    common = (pa & pb) | (ma & mb)
    if not common:
        return False
    if v in common:
        return True
    # (or a factor of a total the title makes of its packages and both read: the 100 sheets of a
    # pad in 1200 sheets of 12 pads - not another count of the packages that hold one count each,
    # "12 Rolls, 1,000 Sheets per Roll" / "20 Rolls, ...")
    if v < 2 or v not in _quantity.quantity_numbers(ca):
        return False
    if any(c > v and c % v == 0 for c in common & _quantity.per_unit_totals(ca)):
        return True
    # (or the count of each package, where the other states its packages and no such count: "12
    # Pads/Pack, 100 Sheets/Pad" / "12 Pack" - the one quantity read at the packages' level)
    return v in _quantity.per_unit_counts(ca) and not _quantity.per_unit_counts(cb)


@cached(1 << 12)
def _stated_counts(cleaned: str) -> tuple:
    """``amounts.item_counts_stated`` of a cleaned title (memoised per title)."""
    return item_counts_stated(T.words(cleaned))


def _either_counts(f: dict) -> frozenset:
    """The counts a title states, read by either reader: ``_PACK_N``'s ("100 sheets", "80 ct") and
    the item nouns' ("260 Tissues", ``amounts.item_counts_stated``) - session 27."""
    c = f.get(_CLEANED)
    return f.get("pack", _EMPTY) | (_stated_counts(c)[0] if c else _EMPTY)


def _total_stated(x: dict, y: dict) -> bool:
    """(session 26, packs26) Does x state a total of its items ("(768 Wipes Total)", "12 Packs (504
    Wipes)": ``quantity.stated_totals``) that the other title counts ("768 ct", "768 Wipes")?"""
    cx, cy = x.get(_CLEANED), y.get(_CLEANED)
    if not cx or not cy or "(" not in cx and "tot" not in cx and "gesamt" not in cx:
        return False
    tot = _quantity.stated_totals(cx)
    return bool(tot) and not tot.isdisjoint(_either_counts(y))


def _unit_total_met(x: dict, y: dict) -> bool:
    """(session 27) Does x state a total as packages times the items of each ("4 Cube Boxes, 65
    Tissues per Box" = 260, ``quantity.per_unit_totals``) that the other title counts ("260
    Tissues", "260 ct")?"""
    cx, cy = x.get(_CLEANED), y.get(_CLEANED)
    if not cx or not cy:
        return False
    tot = _quantity.per_unit_totals(cx)
    return bool(tot) and not tot.isdisjoint(_either_counts(y))


def _pack_unchecked(x: dict, y: dict, mult) -> bool:
    """Does multipack ``x`` state no count of its items (nor any count but its multiplier) while
    ``y`` states a total of items (a noun's count or "ct") that ``mult`` divides?  The two then
    read two sides of one quantity: no conflict (``quantity.pack_against_total``)."""
    cx, cy = x.get(_CLEANED), y.get(_CLEANED)
    if not cx or not cy or not x.get("pack", _EMPTY) <= mult:
        return False
    own = _stated_counts(cx)
    if own[0]:
        return False
    total = _stated_counts(cy)
    if not total[0]:
        return False
    return not _quantity.pack_against_total(mult, own[0], total[0])


def _total_printed(x: dict, mult, counts) -> bool:
    """Does offer ``x`` (facets) print, besides its multiplier, a count that
    is the multiplier times another count it prints, and is that total one of
    ``counts`` (the other offer's)?  "204 Count, 3 Packs of 68" sells 204."""
    if not counts:
        return False
    printed = _numbers_printed(x)
    own = x.get("pack", _EMPTY)
    for n in mult:
        for c in own:
            if c != n and n * c in printed and n * c in counts:
                return True
    return False


# "3 PCs", "1 PC" written with capitals are computers (licences), "3 pcs" /
# "3 Pcs" pieces; read from the raw title, in any title (``facets_of`` sees
# it lower-cased and reads "pcs" as licences only in a title about software)
# (session 14, prec: not across a " - " between two parts of the title: "The Sims 4 - PC/Mac")
_PCS_RAW = re.compile(r"(?<![\w.])(\d{1,3})(?!\s-\s)\s?-?\s?PCs?\b")


def _same_count(fa: dict, fb: dict) -> bool:
    """One side reads its count as licences ("5 PCs", "3 Users"), the other
    states the same count in other words ("5 Devices" outside a software
    title, "3-Piece", "3 pcs"): one count written two ways, not a licence
    count against a title that names none ("Norton 360 Deluxe 3 PCs" vs
    "Norton 360 Deluxe").  Every licence count must be a count of the other."""
    for x, y in ((fa, fb), (fb, fa)):
        lic = x.get(_LICENCES)
        if lic and y.get(_LICENCES) is None:
            return lic <= y.get("pack", _EMPTY)
    return False


# --------------------------------------------------------------------------
# a fragrance's concentration (session 31, lb31)
# --------------------------------------------------------------------------
# "Eau de Parfum" / "EDP", "Eau de Toilette" / "EDT", "Eau de Cologne" / "EDC" and the perfume itself
# ("Parfum", "Le Parfum", "Extrait de Parfum": the strongest) are four products of one line and size:
# "YSL Libre Le Parfum 90ml" is no "YSL Libre EDP 90ml", "Bleu de Chanel Parfum" no "Bleu de Chanel
# Eau de Parfum" (the titles agreed word for word but for "Le" and "Eau de").  Read on the cleaned
# title, so an Arabic shop's "او دو بارفان" is the eau de parfum too (``arabic``).  Not "Cologne"
# alone: an American shop's word for a man's fragrance of any strength ("Polo Blue Cologne" is the
# Eau de Toilette).  Compared only where both titles name one: a title naming none says nothing.
CONCENTRATION = "_s31_conc"
FRAGRANCE_TESTER = "_s33_tester"  # (session 33, bc33: a fragrance title naming a tester)
_CONC_HINT = re.compile(r"\b(?:parfum|toilette|cologne|edp|edt|edc|extrait)\b").search
_CONC_PHRASES = (
    (re.compile(r"\beau\s+(?:de\s+|du\s+)?parfum\b|\bedp\b"), "edp"),
    (re.compile(r"\beau\s+(?:de\s+)?toilette\b|\bedt\b"), "edt"),
    (re.compile(r"\beau\s+(?:de\s+)?cologne\b|\bedc\b"), "edc"),
)
# (not "Parfum" opening a French title or before whom it is for - "Parfum Homme Dior Sauvage", "Parfum
# femme": the kind, a perfume, as "عطر" is)
_PURE_PARFUM = re.compile(r"\bextrait\b|(?<!\beau de )(?<!\beau du )(?<!\beau )(?<=.)\bparfum\b"
                          r"(?!\s+(?:homme|femme|pour|for|men|women|unisex|mixte)\b)")


# (session 33, mend33a) "Intense", "Elixir", "Extrême", "Absolu" right before or after a
# concentration name a concentration of their own, as "Le Parfum" does: "Coco Mademoiselle Eau de Parfum
# Intense" is no "Coco Mademoiselle woda perfumowana" (the EDP), "La Vie est Belle L'Eau de Parfum
# Intense" no "La Vie est Belle Intensément EDP"
_CONC_STRONGER = r"(?:intense|elixir|extreme|absolu|absolue)"
_CONC_STRONGER_BEFORE = re.compile(r"\b" + _CONC_STRONGER + r"\s+$")
_CONC_STRONGER_AFTER = re.compile(r"^\s+" + _CONC_STRONGER + r"\b")
# (session 33, dev33) ... and "Légère" a lighter one: "Good Girl Légère Eau de Parfum" is no "Good Girl woda
# perfumowana" (attack31b's wrong "same" once the Polish EDP was read)
_CONC_LIGHTER_BEFORE = re.compile(r"\blegere\s+$")
_CONC_LIGHTER_AFTER = re.compile(r"^\s+legere\b")


def concentrations(cleaned: str) -> frozenset:
    """The fragrance concentrations a cleaned title names ("edp", "edt", "edc", "parfum"; "edp+" where
    a stronger edition's word stands next to it)."""
    out = set()
    for rx, v in _CONC_PHRASES:
        m = rx.search(cleaned)
        if m is not None:
            stronger = (_CONC_STRONGER_AFTER.match(cleaned[m.end():])
                        or _CONC_STRONGER_BEFORE.search(cleaned[:m.start()]))
            if stronger is not None and cleaned.count(stronger.group().strip()[:5]) > 1:
                stronger = None  # (the line's own name holds the word: "La Vie est Belle Intensément
                # Eau de Parfum Intense" is the Intensément's EDP)
            lighter = _CONC_LIGHTER_BEFORE.search(cleaned[:m.start()]) or _CONC_LIGHTER_AFTER.match(cleaned[m.end():])
            out.add(v + "+" if stronger else v + "-" if lighter else v)
    if _PURE_PARFUM.search(cleaned):
        out.add("parfum")
    return frozenset(out)


def add_offer_facets(facets: dict, title, title_compact: str, cleaned: str) -> None:
    """Adds to an offer's facets what ``facets_of`` cannot read from the
    cleaned title: the compact and the cleaned title when it prints a digit
    (a model number or count of the other offer looked up in it:
    ``_code_variant_differs``, ``_multiplier_differs``) and the licence counts of "N PC(s)" in capitals
    (``_PCS_RAW``; not for a title all in capitals, where "PCS" may be
    pieces): "Norton 360 Deluxe 3 PCs" is a licence for three computers."""
    _raw_facets.read(facets, title, COLOUR_OF, AMBIGUOUS_COLOUR_OF, W.CATEGORY)  # (session 12, precision: sizes, colourway, plug / lamp / disc, bare tool)
    if cleaned and _CONC_HINT(cleaned):
        conc = concentrations(cleaned)
        if conc:
            facets[CONCENTRATION] = conc  # (session 31, lb31)
            if _beauty33.names_tester(cleaned):  # (session 33, mend33a: not "kein Tester", "+ Tester gratis")
                # (session 33, bc33: a fragrance's tester - unboxed, often capless, cheaper - is another
                # product than its boxed bottle: "1 Million EDT 100ml Tester" / "1 Million EDT 100ml")
                facets[FRAGRANCE_TESTER] = _TRUE
    if cleaned:
        wd = _sport32.widths_of_text(cleaned)
        if wd:
            facets[_sport32.WIDTH] = wd  # (session 33, fs33: a shoe's width, "Wide", "2E", "4E", "Narrow")
    if cleaned and "/" in cleaned and "colour" in facets:
        cw = _colour37.colourway_opening(cleaned, COLOUR_OF, _sport32.MAKER_COLOUR_WORDS)
        if cw:
            facets[_colour37.COLOURWAY] = cw  # (session 37, col37: "Black/Grey/White" opens with black)
    if title_compact and _HAS_DIGIT(title_compact):
        facets[_TC] = title_compact
        facets[_CLEANED] = cleaned
    elif cleaned and (_named_size_hint(cleaned) or _garment_size_closes(cleaned)):
        # (session 37, pr37: or a garment letter closing it after whom it is for or its kind - "Atom Hoody
        # Men's S" / "... Men's M", "Ecosmart Hoodie S" / "... Hoodie M", ``sizing._CLOSING_AFTER_GARMENT``)
        # (session 36, fs36: a lettered size after a label in the shop's language, the title printing no digit -
        # "Kurtka The North Face Nuptse rozmiar M" / "... rozmiar L", "Taille M" / "Taille L": compared by
        # ``sizing.sizes_apart``, which reads the cleaned title)
        facets[_CLEANED] = cleaned
    elif cleaned and _dg37.closing_letter(cleaned):
        # (session 37, dg37: a size letter closing a title with no digit - "Bypass-Gartenschere L" -, compared
        # with the other title's labelled size by ``dg37.closing_letter_apart``)
        facets[_CLEANED] = cleaned
    if not isinstance(title, str) or "PC" not in title or title.isupper():
        return
    found = {int(n) for n in _PCS_RAW.findall(title)}
    found.discard(0)
    if found:
        found.difference_update(not_counts(cleaned))  # (session 15, prec: "Windows 10/11 PC")
    if found:
        facets[_LICENCES] = frozenset(found) | facets.get(_LICENCES, _EMPTY)


def roman_equal_in(w: str, words) -> bool:
    """Is ``w`` a roman numeral whose number ``words`` holds, or a number
    whose roman numeral it holds ("ix" / "9": "Acrobat IX" = "Acrobat 9")?"""
    r = ROMAN_NUM.get(w)
    if r is not None:
        return r in words
    r = _NUM_ROMAN.get(w)
    return r is not None and r in words


_NUM_ROMAN = {v: k for k, v in T.ROMAN_NUM.items()}


def platform_number(ws, i: int, other_facets: dict) -> bool:
    """Is the number ``ws[i]`` the number of a console the title names in
    words ("PlayStation 5", "Xbox 360") and the other offer names too, in any
    spelling ("PS5", "X360": its platform facet, see ``facets_of``)?  Then
    the number is the console's name, not a model or sequel number missing
    from the other title."""
    if not i or not other_facets:
        return False
    prev = ws[i - 1]
    if prev == "playstation":
        p = "ps" + ws[i]
    elif prev == "xbox":
        p = "xbox" + ws[i]
    else:
        return False
    return p in other_facets.get("platform", _EMPTY)


def _repeats(p) -> bool:
    """``repetitive`` of a prepared offer's title (its word set is at hand)."""
    n = len(p.words)
    return n >= 8 and len(p.wordset) * 3 <= n


def repetitive(words) -> bool:
    """A title that repeats its words (at least 8 words, each distinct one
    three times on average: "Lysol Lysol Lysol ..."): repetition is no
    evidence, so such a title agreeing word for word with another is none
    (see ``tier_differs``)."""
    n = len(words)
    return n >= 8 and len(set(words)) * 3 <= n


# a variant word right after a model number ("RTX4070 Ti", "RMVL600 Ultra",
# "Note 10 Pro"): the model number with it names another model than the model
# number alone, however specific the number ("rtx4070" is a chip, not a part)
_CV, _VW, _TC = "_code_variants", "_variant_words", "_title_compact"
_CODE_VARIANTS = frozenset("pro plus max mini lite ultra promax super ti xtx".split())
_CODE_VARIANT_OF = {"professional": "pro"}
# every word a vocabulary check of ``facets_of`` looks for (one intersection
# with a title's words tells which checks can find anything)
_FACET_VOCAB = (_COLOUR_WORDS | SCENTS | EDITIONS | UPGRADE | _LICENCE_WORDS | REFILL | _PLATFORM_TRIGGERS
                | _VERSION_WORDS | _ROMAN | _SIZE_WORDS | _PACK_OF_WORDS | _PACK_N_WORDS | _LIC_CONTEXT
                | _LIC_WORDS | _LIC_DEVICE_WORDS | _MULT_TRIGGERS | _CODE_VARIANTS | _SOFTWARE_HINTS
                | frozenset(("edition", "version", "edice", "edicion")) | _ADDON_WORDS)


_MAYBE = frozenset((None,))


# (session 29, dev29) a title that sells the base game with its add-on ("Shadow of the Erdtree
# Edition (Base Game + Expansion)", "inkl. Hauptspiel") is no add-on alone
_WITH_BASE = "_with_base"
_BASE_GAME_WORDS = frozenset("base hauptspiel grundspiel basisspiel".split())
_BASE_GAME_AFTER = frozenset("game games spiel jeu juego gioco".split())


def _names_base_game(ws) -> bool:
    """Do a title's words name the base game ("base game", "jeu de base", "juego base",
    "Hauptspiel", "Grundspiel")?"""
    for i, w in enumerate(ws):
        if w == "base":
            if (i + 1 < len(ws) and ws[i + 1] in _BASE_GAME_AFTER) or (
                    i >= 2 and ws[i - 1] == "de" and ws[i - 2] in _BASE_GAME_AFTER) or (
                    i >= 1 and ws[i - 1] in _BASE_GAME_AFTER):
                return True
        elif w in _BASE_GAME_WORDS:
            return True
    return False


def _addon_differs(fa, fb, wa, wb) -> bool:
    """One title names an add-on ("DLC", "Season Pass") and the other none, not even a
    word that may be one ("expansion"), and the add-on's title prints a word of its own
    name the other lacks: "Elden Ring (PC Steam)" / "Elden Ring: Shadow of the *Erdtree*
    DLC (PC Steam)" - not "Cyberpunk 2077: Phantom Liberty (PC)" / "Cyberpunk 2077
    Phantom Liberty DLC - Steam Key", one add-on where a shop leaves its kind unsaid."""
    x, y = fa.get("addon"), fb.get("addon")
    if (x is not None and x is not _MAYBE and _WITH_BASE not in fa and _WITH_BASE in fb) or (
            y is not None and y is not _MAYBE and _WITH_BASE not in fb and _WITH_BASE in fa):
        return True  # (session 29, dev29: the add-on alone against the game with it)
    if y is None and x is not None and x is not _MAYBE:
        return _addon_name_missing(x, wb)
    if x is None and y is not None and y is not _MAYBE:
        return _addon_name_missing(y, wa)
    return False


def _addon_name_missing(name, other) -> bool:
    """Does the other title (its words ``other``) lack a word of an add-on's ``name``?
    (A title naming no game's or licence's word at all is not compared: no conflict.)"""
    if other is None or _ADDON_CONTEXT.isdisjoint(other):
        return False
    return name is _TRUE or not name <= other


def _names_addon(ws, hits) -> bool:
    """Do a title's words name an add-on (``ADDON``, "Expansion Pass", "Season Pass"; "Add-on"
    beside a game's or a licence's word)?"""
    if not ADDON.isdisjoint(hits):
        return True
    pairs = set(zip(ws, ws[1:]))
    if not _ADDON_PAIRS.isdisjoint(pairs):
        return True
    return ((not _ADDON_IN_CONTEXT.isdisjoint(hits) or not _ADDON_PAIRS_IN_CONTEXT.isdisjoint(pairs))
            and not _ADDON_CONTEXT.isdisjoint(ws))
_ALNUM_MIXED = re.compile(r"^(?=.*[a-z])(?=.*\d)[a-z0-9]{3,}$")


def code_variants(ws, cleaned: str = "") -> frozenset:
    """(model number, variant word) for each strong variant word right after a
    model number in a title's words: a token of letters and digits, or a
    number right after a name or a model number's head ("rtx 4070 ti" ->
    ("rtx4070", "ti"), "52lg 50 lite" -> ("52lg50", "lite")); not
    "80 plus" after a wattage, nor a word the variant word is hyphened to:
    "330R Ultra-Silent" is a quiet 330R)."""
    out = set()
    for i in range(1, len(ws)):
        v = ws[i]
        if v not in _CODE_VARIANTS or (v + "-") in cleaned:
            continue
        w = ws[i - 1]
        if _ALNUM_MIXED.match(w) and not T.is_unit_token(w):
            out.add((w, _CODE_VARIANT_OF.get(v, v)))
        elif (w.isdigit() and i >= 2 and ws[i - 2].isalnum() and not ws[i - 2].isdigit()
              and (w, v) not in T._NOT_VARIANT):
            # (a number after a name or a model number's head: "rtx 4070",
            # "52lg 50" - the words of "52LG50")
            out.add((ws[i - 2] + w, _CODE_VARIANT_OF.get(v, v)))
    return frozenset(out)


def _code_variant_differs(fa: dict, fb: dict) -> bool:
    """One title qualifies a model number the other prints with a variant word
    the other never names ("RTX4070 Ti" vs "RTX4070", "RMVL600 Ultra" vs
    "RMVL600")."""
    for x, y in ((fa, fb), (fb, fa)):
        cv = x.get(_CV)
        if not cv:
            continue
        yc = y.get(_TC)
        if yc is None:
            continue
        yv = y.get(_VW, _EMPTY)
        for code, v in cv:
            # (the other title may glue the variant on: "RTX 4070 Ti" / "RTX4070Ti")
            if v not in yv and code in yc and code + v not in yc:
                return True
    return False


# --------------------------------------------------------------------------
# words that are no identifying words of the product, whatever their rarity
# --------------------------------------------------------------------------
def _code_parts(x) -> frozenset:
    """Words of offer ``x``'s title that are pieces of one part number printed
    with hyphens or slashes ("MZ-N5E250BW" -> mz, n5e250bw; "GV-RX580GAMING-4GD"
    -> gv, rx580gaming, 4gd): consecutive words whose concatenation is one of
    its codes with letters and digits (not its MPN field: "Voyager 510" is no
    code "voyager510" because a shop's MPN field says so), and of those words
    the plain ones only when short or never seen in a training title."""
    ws, codes = x.words, x.codes
    out = set()
    for c in codes:
        # a part number: >= 6 characters, letters and >= 3 digits ("Point-3",
        # "Tempest-30" are a name and a number, whose name word identifies)
        if c == x.mpn or c.isalpha() or len(c) < 6 or sum(ch.isdigit() for ch in c) < 3 or c.isdigit():
            continue
        for run in _code_runs(ws, c):
            out.update(run)
    if out:
        # a plain word of the catalogues in it stays a word ("ACME Widget-2000":
        # "widget"): a piece of letters is a code's when it is short (a maker's
        # prefix, "MZ-", "GV-") or a word no training title used ("SDSDQUAN")
        known = resources().idf
        out = {w for w in out if not w.isalpha() or len(w) <= 4 or w not in known}
    return frozenset(out)


def tail_words(x) -> frozenset:
    """``titles.literal_tail_words`` of offer ``x``'s title, read once, when a
    pair first needs them (most pairs never do), and the words of its shop's
    promises about the sale (``offer_terms.promise_words``, session 36: "| Free
    Shipping & Returns", "- Skladem"): the page's and the shop's words, not the
    product's."""
    t = x.tailwords
    if type(t) is str:
        x.tailwords = t = T.literal_tail_words(t)
    s = x.promisewords
    if s is None:
        x.promisewords = s = _offer_terms.promise_words(x)
    return t | s if s else t


def _excused(x, other, missing) -> list:
    """``missing`` (identifying words of ``x`` the other offer lacks) without
    the words that name no product: pieces of a model number (``_code_parts``:
    the number itself still counts, as one spec with digits) and a legal form
    after the brand."""
    if not missing:
        return missing
    parts = None
    out = []
    ov = other.fullvec
    for w in missing:
        if "." in w and w.replace(".", "") in ov:
            continue  # "m.2" is the other's "m2"
        if w.isalpha() and w not in T._TECH:
            if w in tail_words(x):
                continue
            if parts is None:
                parts = _code_parts(x)
            if w in parts:
                continue
        out.append(w)
    return out


def ids_agree_excused(a, b) -> float:
    """1.0 when the titles agree on every identifying word once the words that
    name no product are set aside (``_excused``): every remaining identifying
    word of one title is in the other offer, and the other's remaining extra
    words are only specs with digits (a model number on one side only).
    "Samsung 850 EVO M.2 250GB SSD MZ-N5E250BW" vs "Samsung SSD 850 EVO 250GB,
    M.2": 1.0 ("mz" is a piece of the code); "Hoyle South Beach Solitaire" vs
    "Hoyle Solitaire": 0.0.  ``a`` and ``b`` are prepared offers."""
    ma = _excused(a, b, _missing_ids(identifying_ids(a, b), b))
    mb = _excused(b, a, _missing_ids(identifying_ids(b, a), a))
    if ma and mb:
        return 0.0
    for w in ma or mb:
        if w.isalpha() and w not in T._TECH:
            return 0.0
    return 1.0


# session 11, wdc
# a tier word that is part of a bus's name: "PCI Express" / "PCI-Express" (a
# graphics card's, an SSD's, a network card's slot) is no "Express" edition
_BUS_TIERS = {"express": frozenset(("pci",))}


def bus_tier_words(words) -> frozenset:
    """The tier words of a title's ``words`` (in title order) that only ever
    stand in a bus's name ("pci express"): no tier, no edition."""
    out = set()
    for w, before in _BUS_TIERS.items():
        idx = [i for i, x in enumerate(words) if x == w]
        if idx and all(i > 0 and words[i - 1] in before for i in idx):
            out.add(w)
    return frozenset(out) if out else _NO_WORDS


# session 13, home: one size in centimetres and in inches ("Curtains 117x137cm" / "46 x 54
# inch", "Throw 127x152cm" / "Throw Size 50x60"): a size read with its unit is also read in the
# other unit, rounded to whole ones, so the two shops' sizes meet (a size with no unit is
# compared as printed)
_DIM_UNIT = re.compile(r"(cm|mm|inch)$")
_DIM_FACTOR = {("cm", "inch"): 1 / 2.54, ("mm", "inch"): 1 / 25.4, ("inch", "cm"): 2.54}


def _round_size(v: float) -> float:
    """A converted size rounded as shops round it: to whole units from 20 on, to halves
    below ("3/4 in" is 2 cm, "5/8 in" 1.5)."""
    return float(round(v)) if v >= 20 else round(v * 2) / 2


def converted_dims(text: str, vals) -> tuple:
    """The size ``vals`` a dims match ``text`` of a cleaned title reads ("117 * 137cm"),
    in the other unit of cm and inch, rounded (() without a unit)."""
    m = _DIM_UNIT.search(text)
    if not m:
        return ()
    u = m.group(1)
    out = []
    for (a, b), f in _DIM_FACTOR.items():
        if a == u:
            out.append(tuple(sorted(_round_size(v * f) for v in vals)))
    return tuple(out)


# session 13, home: the tier words of software name no tier of home goods: a maker's "Home"
# ("Parachute Home", "H&M HOME", "Jo Malone ... Home Candle": its home line), a "Premium" before
# a material ("Premium Porcelain", "Premium Cotton": praise of it)
_HOME_LINE = frozenset(("home",))
_PRAISE_TIERS = frozenset(("premium",))


def home_goods_tiers(tiers, p, other) -> bool:
    """Are the tier words ``tiers`` of p's title (those the other lacks) all words of home
    goods' wording - "Home" where neither title looks like software, "Premium" right before a
    material word (``wordclass._DESCRIBE``)?"""
    if not tiers:
        return True
    ws = p.words
    for t in tiers:
        if t in _HOME_LINE:
            if _looks_like_software(p.wordset) or _looks_like_software(other.wordset):
                return False
            if ws and ws[-1] == t and len(ws) > 2 and t not in ws[:-1]:
                # (session 26, onesided26: "Home" closing a title after the model's name - "Kärcher K4
                # Power Control *Home*" - names a kit of the model, no maker's home line: that
                # follows the brand, "H&M Home", or names a kind, "Home Candle")
                return False
        elif t in _PRAISE_TIERS:
            if not any(x == t and i + 1 < len(ws) and W._DESCRIBE_OF.get(ws[i + 1]) == "material"
                       for i, x in enumerate(ws)):
                return False
        else:
            return False
    return True


# session 14, rec
def without_intensifiers(variants, ws):
    """The variant words of a title less an intensifier that only qualifies a
    degree adjective right after it, wherever the title prints it ("Mouse with
    Ultra-fast Scrolling", "Super Fast Charging", "4K Ultra HD":
    ``wordclass.INTENSIFIER``, ``INTENSIFIED``).  ``ws``: the title's words."""
    if W.INTENSIFIER.isdisjoint(variants):
        return variants
    n = len(ws)
    drop = {v for v in W.INTENSIFIER.intersection(variants)
            if all(i + 1 < n and ws[i + 1] in W.INTENSIFIED for i, x in enumerate(ws) if x == v)}
    return variants - drop if drop else variants


# (session 14, rec) a named size and its letter ("Large" / "L", "Medium" / "M": the
# letters ``_SIZE_OF`` gives), a number sign before a number ("No. 3" / "No.3" /
# "Nº 3" / "Nr. 5")
_SIZE_LETTERS = frozenset(v for v in _SIZE_OF.values() if len(v) <= 2)
# (one table with ``wordclass.shop_form``'s number signs: "no", "nr", "num", "n", "numero", "nummer",
# ...; glued to the number only with a dot after a lone "n": "n.3", not "n95", "n300": model numbers)
_NUMBER_SIGN_WORDS = W._NUMBER_SIGNS
_NUMBER_SIGN = re.compile(r"(?:(?:%s)\.?|n\.)(\d+)" % "|".join(
    sorted(_NUMBER_SIGN_WORDS - {"n"}, key=len, reverse=True))).fullmatch


def written_as_size_or_number(ids, p, other) -> set:
    """The identifying words of p's title (``ids``) the other title writes
    otherwise, by the way shops print a size or a number: a named size as its
    letter or the letter as the word ("Men's Jacket, Black, Large" / "Mens Black
    L", "Pillow Medium" / "Pillow Size M"; either title printing that size one
    way only), a number sign glued to the number or apart ("Olaplex No. 3" /
    "OLAPLEX Nº.3", "No.2005" / "No. 2005": the number is what names it)."""
    ows, pws = other.wordset, p.wordset
    out = set()
    for w in ids:
        if w in ows:
            continue
        s = _SIZE_OF.get(w)
        if s is not None:
            if s in ows and s not in pws:
                out.add(w)
        elif w in _SIZE_LETTERS:
            if any(_SIZE_OF[v] == w for v in ows & _SIZE_WORDS) and pws.isdisjoint(
                    [v for v in _SIZE_WORDS if _SIZE_OF[v] == w]):
                out.add(w)
        elif w in _NUMBER_SIGN_WORDS:
            ws = p.words
            for i, x in enumerate(ws[:-1]):
                n = ws[i + 1]
                if x == w and n.isdigit() and (n in ows or any(_number_of(v) == n for v in ows)):
                    out.add(w)
                    break
        else:
            n = _number_of(w)
            if n is not None and n in ows:
                out.add(w)
    return out


def _number_of(w: str):
    """The number of a number sign glued to it ("no.3" -> "3"), else None."""
    if not w[-1].isdigit() or not w[0].isalpha():
        return None
    m = _NUMBER_SIGN(w)
    return m.group(1) if m else None


# session 14, ml: a weight or a volume followed by "x N" - "170g x 4", "1.5L x 6", "36 gr x 24
# adet" - is N packages of that size, as "4 x 170 g" is (Lebanese, Turkish, Czech and Italian
# shops write the count after the size).  Not a size after it ("1.5 l x 6 l"), nor a dimension
# ("20 cm x 30 cm": ``_DIMS``); the count closes the title or is followed by a word; an "x" glued
# to the size is a model code's ("TC-26LX85"), a "×" (cleaned to "*") is a multiplication sign.
_SIZE_TIMES = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:g|gr|kg|ml|cl|l|lt|ltr)(?:\s{1,3}x|\s{0,3}\*)\s?(\d{1,2})(?![\w.])"
                         r"(?!\s?(?:g|gr|kg|ml|cl|l|lt|ltr|cm|mm|m)\b)")


# (session 16, speed) what every match of _SIZE_TIMES holds: its unit's last letter, the "x" or
# "*" and the count's first digit - led by a character class, so the engine jumps to the few
# candidates instead of trying _SIZE_TIMES's look-behind at every position
_SIZE_TIMES_MAY = re.compile(r"[grlt](?:\s{1,3}x|\s{0,3}\*)\s?\d").search


def size_times(cleaned: str) -> frozenset:
    """The counts N (>= 2) of "<weight or volume> x N" in a cleaned title."""
    if _SIZE_TIMES_MAY(cleaned) is None:
        return _EMPTY
    return frozenset(n for n in (int(x) for x in _SIZE_TIMES.findall(cleaned)) if n >= 2)


# session 15, rec: a software catalogue's "5 Dev" is five devices, as "5 Devices" is (a count of
# licences: ``wordclass.CATALOGUE_ABBREV``; "Avira Prime 5 Dev 1Y" / "Avira Prime | 5 Devices")
_PACK_N = re.compile(_PACK_N.pattern.replace("devices|device|", "devices|device|devs|dev|"))
_LIC_N = re.compile(_LIC_N.pattern.replace("devices|device|", "devices|device|devs|dev|"))
_PACK_N_WORDS = _PACK_N_WORDS | frozenset(("dev", "devs"))
_LIC_DEVICE_WORDS = _LIC_DEVICE_WORDS | frozenset(("dev", "devs"))
_FACET_VOCAB = _FACET_VOCAB | frozenset(("dev", "devs"))


def _default_both(a, b) -> frozenset:
    """(session 15, rec) The default edition's words ("standard") both titles print when one
    of them prints it as the default edition ("Corel WordPerfect Office 2021 Standard Edition
    | ..." / "Corel WordPerfect Office 2021 Standard"): the same edition, whatever the other
    makes of its word (``tier_differs``; a plan's "Standard", "Kaspersky Standard", against
    "Kaspersky Standard Edition" is one word of both)."""
    both = W._DEFAULT_EDITION & a.wordset & b.wordset
    if not both:
        return frozenset()
    da, db = W.default_edition_words(a), W.default_edition_words(b)
    return frozenset(w for w in both if (w in da) != (w in db))


# (session 15, rec: the tier and add-on words ``rewordings``' steps never wave away)
from . import rewordings as _rewordings  # noqa: E402
from . import en_recall23 as _en23  # noqa: E402  (session 23, en)
from . import books32 as _books32  # noqa: E402  (session 32, bm32)
from . import accessory as _accessory  # noqa: E402  (session 30, lbt30: a watch's own strap)
from . import ml24 as _ml24  # noqa: E402  (session 24, ml24)
from . import claims as _claims  # noqa: E402  (session 27, fill27)
from . import seeds as _seeds  # noqa: E402  (session 32, ho32: a seed house's name)
from . import mu43 as _mu43  # noqa: E402  (session 43, mu43: a leaf module - a range is no count)
_mu43.COLOUR_OF = COLOUR_OF  # (session 43, fxmu43: a colour is no word parting a kind's title)
_en23.bind(_FACET_WORDS, _TIERS, _SIZE_OF, _COLOUR_WORDS, _looks_like_software)
_rewordings.bind_facets(EDITIONS, ADDON)
# (numbers that count nothing - "Windows 10/11 PC", "27 User-Selectable", "2024 Box": ``amounts.not_counts``)

# session 15, prec: "5 Dev" counted as "5 Users" is (the patterns: the rec block above)
_LIC_WORDS = _LIC_WORDS | frozenset(("dev", "devs"))
# and the pieces of a puzzle or a pack as the other languages count them ("Puzzle 500 Teile" is no
# "1000 pcs" puzzle, "eieren 10 stuks" no 6, "120 szt.", "20 kpl", "12 adet", "36 dílků", "10 kom")
_PIECES_S15 = ("teile", "stuks", "stuk", "stukjes", "bitar", "brikker", "dilku", "dilky", "elementow",
               "szt", "sztuk", "kpl", "adet", "parca", "kom", "komada", "darab", "buc")
_PACK_N = re.compile(_PACK_N.pattern.replace("|teilig|teiliges)", "|teilig|teiliges|" + "|".join(_PIECES_S15) + ")",
                                             1))
_PACK_N_WORDS = _PACK_N_WORDS | frozenset(_PIECES_S15)
_FACET_VOCAB = _FACET_VOCAB | frozenset(_PIECES_S15)


# session 26, onesided26: a colour word that also names a food or a cosmetic (``FOOD_COLOUR_OF``:
# "Cream", "Panna", "Crema") is the colour in a title naming a kind whose colour is a finish - a
# kettle, a toaster, a device, a garment (``wordclass._FINISH_KINDS``), not a drink's or a food's
# container ("Irish Cream ... Bottle"): "Smeg Bollitore KLF03 anni '50 *Panna*" is the cream kettle,
# another product than the "nero" one
_FOOD_COLOUR_WORDS = frozenset(FOOD_COLOUR_OF)
_CONTAINER_KINDS = frozenset("""
bottle bottles flasche bouteille botella bottiglia tumbler mug becher tasse taza tazza
bowl bowls schussel bol cuenco ciotola
""".split())
_FOOD_FINISH_KINDS = W._FINISH_KINDS - _CONTAINER_KINDS


def food_colours(ws) -> frozenset:
    """The colours of the words of ``FOOD_COLOUR_OF`` in a title (its ``words``) naming a kind of
    ``_FOOD_FINISH_KINDS``; empty elsewhere."""
    if _FOOD_FINISH_KINDS.isdisjoint(ws):
        return _EMPTY
    return frozenset([FOOD_COLOUR_OF[w] for w in ws if w in FOOD_COLOUR_OF])


_FACET_VOCAB = _FACET_VOCAB | _FOOD_COLOUR_WORDS


# (session 16, speed) every word set ``facets_of`` and ``titles.word_facts`` look a title's words
# up in: ``offer_vocabulary(ws)``, the title's words in any of them, is one pass over the words,
# and a set's words in the title are then its words among those few - the same words, as each set
# is a part of OFFER_VOCAB (checked here) - instead of one pass over the words per set.  (At the
# end of the module: the blocks above grow some of the sets; a block growing one must come before.)
_WORD_FACT_SETS = (T._COLOUR_WORDS, T._VARIANT_WORDS, PRO_WORDS)
OFFER_VOCAB = _FACET_VOCAB.union(CONSUMABLE, W.SIZE_PHRASE_WORDS, _SIZE_LABELS, _BUNDLE_WORDS, _KIT_WORDS,
                                 *_WORD_FACT_SETS)
offer_vocabulary = OFFER_VOCAB.intersection
if not all(v <= OFFER_VOCAB for v in _WORD_FACT_SETS + (_FACET_VOCAB, CONSUMABLE)):  # pragma: no cover
    raise RuntimeError("facets.OFFER_VOCAB must hold every word set it stands for")
