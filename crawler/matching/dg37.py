"""Session 37 (dg37): DIY tools, power-tool batteries and kits, car care and garden tools as European and US
shops title them, in EN DE FR PL CZ IT NL.

A hand tool or a garden tool is named by its kind in the shop's language: "Stanley FatMax *Wasserwaage* 120 cm"
/ "*poziomica* 120cm" / "*niveau tubulaire*" / "*spirit level*", "Gardena Combisystem *Laubrechen*" / "*leaf
rake*", "Bahco 9031 *Verstellbarer Schlüssel*" / "*adjustable wrench*", "Gardena AquaRoll *Schlauchwagen*" /
"*hose reel*" / "*wózek na wąż*", "Sonax Xtreme *Felgenreiniger*" / "*wheel cleaner*", "Bosch GWS 18V-10
*meuleuse angulaire*" / "*Winkelschleifer*", "Wera Tool-Check *bit ratchet set*".  These kinds were in no table,
so each was an identifying word one title printed (``weak``).  The tables below are written from the languages,
concept by concept (``benchmarks/pairs/dg37.jsonl`` was written before reading the matcher): a kind one title
names is excused, two kinds still differ (a level is no tape measure, a rake no hose reel).

``diy_read`` reads, in the cleaned (lower-case, accent-free) title, what a shop says of a tool, its battery or an
oil in words of its own:

* a maker's battery platform printed by one shop only: Einhell's "Power X-Change", Makita's "LXT", DeWalt's
  "XR" beside the voltage ("18V XR") - the platform is the voltage's, no product of its own;
* a battery's chemistry ("Li-Ion", "Lithium-Ionen"): every cordless tool's battery is one, no other product;
* an oil's "LL" is its "Longlife" (beside an SAE grade only);
* a bulb's brightness claim ("+150%") beside its base (H4, H7, ...): a claim, no number of the product;
* a pack of two bulbs as "Duo Box" / "Duobox", or Osram's order code closing with "-HCB" (its duo box): the
  "Doppelpack";
* a count of bulbs beside a bulb's base ("H11 ... Contains 2 Bulbs"): the pack ("2pack");
* a pruner's blade in French ("à lame franche", "à enclume"): the "bypass" / "anvil" the others print;
* Einhell's impact model's "Li-i" as one word ("lii"), no lone "i" the cleaner drops;
* a cordless tool's case by any name ("coffret", "Makpac", "TSTAK", "L-BOXX", "Koffer", "walizka"): one word;
* Bosch's Aerotwin code in groups ("A 955 S"): the code glued ("A955S");
* a kit's batteries counted after their capacity ("3Ah x2"): the "2x 3Ah" of other shops.

This module imports no matcher module (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

import re

# kinds named by one word (folded to ASCII as ``titles`` cleans: "Wasserwaage" -> "wasserwaage")
_KINDS = {
    "spirit level": "wasserwaage wasserwaagen poziomica poziomice vodovaha livella waterpas",
    "rake": "rake rakes laubrechen laubbesen rechen rateau rastrello grabie hrabe hark",
    "adjustable wrench": "rollgabelschlussel rollgabelschlussels englander",
    "hose reel": "schlauchwagen schlauchtrommel schlauchaufroller devidoir avvolgitubo slangwagen",
    "wheel cleaner": "felgenreiniger velgenreiniger",
    # a bulb's kind of light, one shop naming it ("Night Breaker Laser H7 *halogen*"): the bulb; the technology
    # itself (halogen / LED / xenon) is read apart in a car bulb's title (``bulb_facets``), so "Night Breaker H7
    # Halogen" and "Night Breaker H7 LED" stay two bulbs (fxdg37)
    "light bulb": "halogen halogene alogena halogenowa halogenowe halogenova",
    "ratchet": "ratchet ratsche knarre umschaltknarre cliquet cricchetto grzechotka ratel raccola",
}

# kinds named by a phrase, in the order the shops print them
_KIND_PHRASES = {
    # (only the generic names: a level's type - "torpedo level", "box level", "I-beam level" - is its kind, a
    # 23 cm torpedo level no 60 cm box level: fxdg37)
    "spirit level": ("spirit level", "niveau a bulle", "niveau tubulaire",
                     "livella a bolla", "nivel de burbuja", "poziomica aluminiowa"),
    "rake": ("leaf rake", "lawn rake", "rateau a feuilles", "rastrello per foglie", "grabie do lisci"),
    "adjustable wrench": ("adjustable wrench", "adjustable spanner", "verstellbarer schlussel",
                          "cle a molette", "chiave a rullino", "chiave regolabile", "llave inglesa",
                          "klucz nastawny", "klucz francuski", "verstelbare moersleutel"),
    "hose reel": ("hose reel", "hose trolley", "hose cart", "wozek na waz", "zwijacz weza", "devidoir sur roues",
                  "carrello avvolgitubo", "enrouleur de tuyau"),
    "wheel cleaner": ("wheel cleaner", "rim cleaner", "nettoyant jantes", "nettoyant pour jantes",
                      "nettoyant jante", "detergente cerchi", "detergente per cerchi", "limpiador de llantas",
                      "plyn do felg", "cistic disku", "cistic kol"),
    "angle grinder": ("angle grinder", "meuleuse angulaire", "szlifierka katowa", "uhlova bruska"),
    # a hammer drill driver ("combi drill", "perceuse visseuse à percussion", "wiertarko-wkrętarka udarowa"): the
    # German "Schlagbohrschrauber" the tables read as the drill (da32 / hk34 left the French and Italian phrases
    # out because Einhell's "TE-CD 18/40 Li" and "Li-i" then met: ``diy_read`` keeps "Li-i" a word of its own)
    "drill": ("combi drill", "combi drill driver", "perceuse visseuse a percussion", "perceuse a percussion",
              "trapano avvitatore a percussione", "trapano a percussione", "wiertarko wkretarka udarowa",
              "wiertarka udarowa", "taladro percutor", "taladro atornillador percutor", "vrtaci sroubovak s prikleppem"),
    "brake rotor": ("brake disc", "brake discs", "brake rotor", "brake rotors", "disques de frein",
                    "disque de frein", "dischi freno", "disco freno", "tarcze hamulcowe", "tarcza hamulcowa",
                    "brzdove kotouce", "brzdovy kotouc"),
    # a wet and dry vacuum in French ("aspirateur eau et poussières") - as "Nass-/Trockensauger"
    "vacuum": ("aspirateur eau et poussiere", "aspirateur eau et poussieres", "aspirateur eau poussiere",
               "aspirateur eau et poussiere", "aspirateur sec et humide"),
}

# one value written in several languages
_SYNONYMS = {
    "charger": "schnellladegerat schnellladegerate",
    "vented": "vented belueftet beluftet ventile ventilato ventilado wentylowane wentylowana",
    "bypass": "bypass",
    # a brake's or a wiper's side of the car
    "front": "front vorne vorn vordere avant anteriore anteriori delantero delanteros przod przednie przednia predni",
    "rear": "rear hinten hintere arriere posteriore posteriori trasero traseros tyl tylne tylna zadni",
    "anvil": "amboss enclume incudine kowadelkowy",
}

# --------------------------------------------------------------------------
# readings of the cleaned title
# --------------------------------------------------------------------------
_PXC = re.compile(r"\bpower\s?-?\s?x\s?-?\s?change\b|\bpowerxchange\b")
_LXT = re.compile(r"\blxt\b")
_XR = re.compile(r"\b(\d{2}\s?v)\s+xr\b|\bxr\s+(\d{2}\s?v)\b")
_LIION = re.compile(r"(?<![\w-])(?:li|lithium)\s?-?\s?ion(?:en)?(?![\w-])")
_LONGLIFE = re.compile(r"\b(?:long\s?-?\s?life|ll)\b")
_VISCO = re.compile(r"\b\d{1,2}\s?w\s?-?\s?/?\s?\d{2}\b")
_BULB = re.compile(r"\b(?:h(?:1|3|4|7|8|9|11|15|16|18)|hb[34]|hir2|d[1-8][srs])\b")
_CLAIM = re.compile(r"(?<![\w])\+\s?\d{2,3}\s?%")
_DUO_BOX = re.compile(r"\bduo\s?-?\s?box\b")
# Osram's order code closes with its pack: "-HCB" is the duo box ("64210NL-HCB" = "64210NL ... Duo Box")
_HCB = re.compile(r"(?<=[0-9a-z])\s?-\s?hcb\b")
# a count of bulbs in a car bulb's title ("Contains 2 Bulbs", "2 Lampen", "2 ampoules", "2 żarówki"): the pack
# ("2pack", as "Doppelpack" reads), so "2 Bulbs" and "1 Pack" stay two offers
# (the verb before the count - "Contains 2 Bulbs", "enthält 2 Lampen", "zawiera 2 żarówki" - is the pack's wording,
# no word of the product: fxdg37, "Contains 2 Bulbs" / "Twin Pack")
_BULBS_COUNTED = re.compile(r"(?<![\w.,])(?:(?:contains|containing|includes|enthalt|contient|contiene|zawiera|obsahuje"
                            r"|bevat)\s)?([1-9]|10)\s(?:bulbs|lampen|ampoules|zarowki|lampadine|bombillas|zarovky"
                            r"|lampjes)\b")
_LAME = re.compile(r"\b(?:a\s)?lame\sfranche\b")
_ENCLUME = re.compile(r"\ba\senclume\b")
# Einhell's impact model closes its name with "Li-i" ("TE-CD 18/40 Li-i" is the impact drill of the "TE-CD 18/40
# Li"): one word, so the lone "i" a cleaner drops still tells the two apart
_LI_I = re.compile(r"\bli\s?-\s?i\b")
# a power tool's case by its maker's or the shop's name ("coffret", "Makpac", "TSTAK", "L-BOXX", "HD Box",
# "Systainer", "metaBOX", "Koffer", "walizka", "valigetta", "maletín", "kufr") in a cordless tool's title (a
# battery's capacity or a tool's voltage): one word, so "+ coffret" and "im Makpac" agree and "coffret" is no
# gift box (``facets.is_bundle``)
# (session 38, we38: or a power-tool maker's name - a corded tool's case too: "Bosch Professional GBH 2-28 F
# ... im Koffer" / "... en coffret")
# (fxwe38, the second attacker's findings: a corded tool is sold in a plain case and in its maker's case system
# under two order numbers - "Bosch Professional GSB 13 RE ... im Koffer" / "... in L-BOXX", Metabo "im Koffer" /
# "in metaBOX", Makita "im Koffer" / "im MAKPAC" are two offers.  Where only the maker's name is the context, the
# makers' systems keep their own names - values that differ from a generic case and from each other - and the
# generic words alone (Koffer and the compounds ending in it, "coffret", "valigetta", "maletín", "kufr", "walizka",
# "case") are one word; a system named with a generic word ("coffret Makpac", "Makpac Case") is the system.  A
# cordless kit's title (a battery's capacity or a tool's voltage) keeps dg37's reading: the kit's case is its
# maker's system, which a shop calls "coffret" / "walizka")
_CORDLESS = re.compile(r"(?<![\w.,])(?:\d{1,2}(?:[.,]\d)?\s?ah|(?:10[.,]8|12|14[.,]4|18|20|36|40|54)\s?v)(?![\w])")
_TOOL_MAKER = re.compile(r"\b(?:bosch professional|makita|dewalt|metabo|milwaukee|hilti|festool|hikoki|einhell)\b")
_TOOL_CONTEXT = re.compile(_CORDLESS.pattern + "|" + _TOOL_MAKER.pattern)
# (a compound ending in "-koffer" only after "im" / "in" / "mit" - the case the tool comes in, "im
# Handwerkerkoffer" -: a title naming a "Werkzeugkoffer" alone sells the case, the kind toolbox)
_GENERIC_CASE = (r"coffret|koffer|transportkoffer|(?<=\bim\s)\w+koffer|(?<=\bin\s)\w+koffer|(?<=\bmit\s)\w+koffer"
                 r"|walizka|walizce|valigetta|maletin|kufr|kufru|kufriku")
_SYSTEM_CASE = r"makpac|t\s?-?\s?stak|l\s?-?\s?boxx|hd\s?-?\s?box|systainer|metabox"
_TOOL_CASE = re.compile(r"\b(?:" + _SYSTEM_CASE + "|" + _GENERIC_CASE + r")\b")
# the maker-name context: a system with a generic word beside it, a system alone, a generic word (or "case") alone
_SYSTEM_NAMED = re.compile(r"\b(?:(?:" + _GENERIC_CASE + r")\s)?(" + _SYSTEM_CASE + r")(?:\s(?:case|box))?\b")
_GENERIC_ONLY = re.compile(r"\b(?:" + _GENERIC_CASE + r"|case)\b")
_SYSTEM_WORD = {"makpac": "makpac", "tstak": "tstak", "lboxx": "lboxx", "hdbox": "hdbox", "systainer": "systainer",
                "metabox": "metabox"}


def _system(m) -> str:
    return _SYSTEM_WORD.get(re.sub(r"[\s-]", "", m.group(1)), "toolcase")
# Bosch's Aerotwin codes printed in groups ("A 955 S", "AR 601 S", "AM 462 S") are the code glued ("A955S")
_AEROTWIN = re.compile(r"\b(a|ar|am)\s(\d{3})\s(s|h)\b")
_AH_TIMES = re.compile(r"(?<![\w.,])(\d{1,2}(?:[.,]\d)?\s?ah)\s?x\s?([1-9])(?![\w.,])")

HINT_ANY = re.compile(r"\d\s(?:bulbs|lampen|ampoules|zarowki|lampadine|bombillas|zarovky|lampjes)|aerotwin|coffret|makpac|stak|boxx|box|systainer|koffer|walizk|valigetta|maletin|kufr|li\s?-\s?i\b|change|lxt|xr|ion\b|ll\b|life|%|duo|hcb|lame|enclume|ah\s?x").search
# (session 38, sp38, speed: every branch led by a literal - the bulbs' words with their digit and space checked
# behind them -, so the engine scans for the branches' first characters; led by the digit class the whole
# alternation was tried at every position, ~2x the time.  Truthy exactly where ``HINT_ANY`` is,
# tests/test_matching_sp38.py)
HINT = re.compile(r"bulbs(?<=\d\sbulbs)|lampen(?<=\d\slampen)|ampoules(?<=\d\sampoules)|zarowki(?<=\d\szarowki)"
                  r"|lampadine(?<=\d\slampadine)|bombillas(?<=\d\sbombillas)|zarovky(?<=\d\szarovky)"
                  r"|lampjes(?<=\d\slampjes)|aerotwin|coffret|makpac|stak|boxx|box|systainer|koffer|walizk|valigetta"
                  r"|maletin|kufr|li\s?-\s?i\b|change|lxt|xr|ion\b|ll\b|life|%|duo|hcb|lame|enclume|ah\s?x").search


# --------------------------------------------------------------------------
# a car bulb's claim and technology, compared where both titles print one
# --------------------------------------------------------------------------
# ``diy_read`` drops a bulb's "+150%" from the cleaned title, so a shop printing the claim meets one that does not
# ("Night Breaker Laser H7 +150% Duo Box" / "Night Breaker Laser H7 Doppelpack").  But the claim is the bulb's
# generation where both print one: X-tremeVision "+130%" (12972XV+) is no "+100%" (12972XV), Night Breaker Laser
# "+150%" no "+130%", Night Breaker 200 "+200%" no Night Breaker LED "+220%".  And "halogen" (a kind word, excused
# one side) is no "LED" retrofit of the same line.  Both are read here from the raw (lower-case) title of a car bulb
# (a base, H4 / H7 / ..., printed): ("claim", "150"), ("tech", "halogen" | "led" | "xenon"); two titles naming a
# claim each, none in common, or a technology each, none in common, are two bulbs (fxdg37, attacker's findings).
BULB = "_dg37_bulb"
_CLAIM_RAW = re.compile(r"(?<![\w])\+\s?(\d{2,3})\s?%")
_TECH_OF = (("halogen", re.compile(r"\b(?:halog|alogen)")), ("led", re.compile(r"\bleds?\b")),
            ("xenon", re.compile(r"\bx[e\u00e9]non")))
_BULB_HINT = re.compile(r"%|led|halog|alogen|x[e\u00e9]non").search
_NONE = frozenset()


def bulb_facets(low: str) -> frozenset:
    """A car bulb's claims and technologies in its lower-cased raw title (empty: none, or no bulb base)."""
    if not _BULB_HINT(low) or not _BULB.search(low):
        return _NONE
    out = {("claim", m.group(1)) for m in _CLAIM_RAW.finditer(low)}
    out.update(("tech", t) for t, r in _TECH_OF if r.search(low))
    return frozenset(out)


def bulbs_apart(va, vb) -> bool:
    """Do two titles' ``bulb_facets`` name a claim each (or a technology each) with none in common?"""
    if not va or not vb:
        return False
    for kind in ("claim", "tech"):
        xa = {v for k, v in va if k == kind}
        if xa:
            xb = {v for k, v in vb if k == kind}
            if xb and xa.isdisjoint(xb):
                return True
    return False


def diy_read(s: str) -> str:
    """The cleaned (lower-case, accent-free) title ``s`` with the readings above."""
    if "change" in s:
        s = _PXC.sub(" ", s)
    if "lxt" in s:
        s = _LXT.sub(" ", s)
    if "xr" in s:
        s = _XR.sub(lambda m: m.group(1) or m.group(2), s)
    if "ion" in s:
        s = _LIION.sub(" ", s)
    if ("ll" in s or "life" in s) and _VISCO.search(s):
        s = _LONGLIFE.sub("longlife", s)
    if "%" in s and _BULB.search(s):
        s = _CLAIM.sub(" ", s)
    if "duo" in s:
        s = _DUO_BOX.sub("doppelpack", s)
    if "hcb" in s and _BULB.search(s):
        s = _HCB.sub(" doppelpack" if "doppelpack" not in s else " ", s)
    if _BULB.search(s):
        s = _BULBS_COUNTED.sub(r"\1pack", s)
    if "lame" in s:
        s = _LAME.sub("bypass", s)
    if "enclume" in s:
        s = _ENCLUME.sub("anvil", s)
    if "li" in s:
        s = _LI_I.sub("lii", s)
    if _TOOL_CASE.search(s):
        if _CORDLESS.search(s):
            s = _TOOL_CASE.sub("toolcase", s)
        elif _TOOL_MAKER.search(s):
            s = _SYSTEM_NAMED.sub(_system, s)  # (fxwe38: the maker's system keeps its name)
            s = _GENERIC_ONLY.sub("toolcase", s)
    if "aerotwin" in s:
        s = _AEROTWIN.sub(r"\1\2\3", s)
    if "ah" in s:
        s = _AH_TIMES.sub(r"\2x \1", s)
    return s


# --------------------------------------------------------------------------
# a lettered size closing a title against the size the other names by its label
# --------------------------------------------------------------------------
# A pruner, a pair of gloves or a hose reel is sold in sizes S / M / L: one shop prints "Größe M" / "taille M" /
# "Size M", another closes the title with the letter alone ("PowerGear X Bypass-Gartenschere L").  Where the
# other title names a lettered size by its label, the letter closing this one is its size (``sizing`` reads a
# closing letter only after a colour or a code).  Only the garment letters from M up ("S" alone is a model's:
# "Galaxy S", "Model S"), only where this title names no size of its own.
_LABELLED = re.compile(r"\b(?:size|taille|talla|taglia|maat|rozmiar|grosse|groesse|velikost|misura)\s?:?\s?"
                       r"(xs|s|m|l|xl|xxl)(?![\w/-])")
_CLOSING = re.compile(r"\s(m|l|xl|xxl)$")
closing_letter = _CLOSING.search
_ANY_LABEL = re.compile(r"\b(?:size|taille|talla|taglia|maat|rozmiar|grosse|groesse|velikost|misura|gr)\b")


def closing_letter_apart(ca: str, cb: str) -> bool:
    """Does one cleaned title name a lettered size by its label ("taille m") and the other, naming no size label,
    close with another size letter ("... gartenschere l")?"""
    if not ca or not cb:
        return False
    for x, y in ((ca, cb), (cb, ca)):
        # (session 38, sp38, speed: the boundary-led search only where one of its label words stands)
        if not ("size" in x or "taille" in x or "talla" in x or "taglia" in x or "maat" in x or "rozmiar" in x
                or "grosse" in x or "groesse" in x or "velikost" in x or "misura" in x):
            continue
        m = _LABELLED.search(x)
        if m is None:
            continue
        c = _CLOSING.search(y)
        if c is not None and _ANY_LABEL.search(y) is None and c.group(1) != m.group(1):
            return True
    return False


# --------------------------------------------------------------------------
# a tier word inside a machine's name
# --------------------------------------------------------------------------
# Kärcher sells "K 5 Power Control" and "K 5 *Premium* Power Control", Bosch "EasyImpact 18V" and the like: the
# tier stands right after the model's number, before the line's word the other title prints right after that
# number.  "Premium" one side only was no identifying word (an edition facet, compared only where both name one),
# so the two machines came out one.  A tier word one title prints between a number and a word the other prints
# side by side is another model (as ``sport32.line_tier_inserted`` reads "Elite" / "Speed" inside a line).
_TIERS = frozenset(("premium",))


def tier_after_number(a, b) -> bool:
    """Does one title print a tier word (``_TIERS``) right after a word with a digit, between that word and one
    the other title prints right after it ("k 5 *premium* power" / "k 5 power")?"""
    wa, wb = a.words, b.words
    for x, y in ((wa, wb), (wb, wa)):
        if _TIERS.isdisjoint(x):
            continue
        pairs = None
        for i in range(1, len(x) - 1):
            if x[i] not in _TIERS or x[i] in y or not any(c.isdigit() for c in x[i - 1]):
                continue
            if pairs is None:
                pairs = set(zip(y, y[1:]))
            if (x[i - 1], x[i + 1]) in pairs:
                return True
    return False


# Kärcher sells the cordless "WD 3 Battery" (the machine alone) and the "WD 3 Battery *Set*" (with battery and
# charger); shops write "Akku-Set" likewise.  "Set" right after a battery word, between it and a word the other
# title prints right after that battery word, is the kit against the machine alone (fxdg37, attacker's finding).
_BATTERY_WORDS = frozenset("battery akku batterie accu bateria akumulator".split())


def battery_set_inserted(a, b) -> bool:
    """Does one title print "set" right after a battery word, between it and a word the other title prints
    right after that battery word ("battery *set* wet" / "battery wet")?"""
    wa, wb = a.words, b.words
    for x, y in ((wa, wb), (wb, wa)):
        if "set" not in x or "set" in y or _BATTERY_WORDS.isdisjoint(y):
            continue
        pairs = set(zip(y, y[1:]))
        for i in range(1, len(x) - 1):
            if x[i] == "set" and x[i - 1] in _BATTERY_WORDS and (x[i - 1], x[i + 1]) in pairs:
                return True
    return False


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only (``W.install_block``)."""
    W.install_block(_KINDS, _KIND_PHRASES, _SYNONYMS)
