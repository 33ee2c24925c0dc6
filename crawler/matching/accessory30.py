"""session 30, accw30: what an electronics accessory is, read from the words that make it one.

Four readings, each a conflict only where both titles state it (one title silent says nothing),
called by ``relations.device_conflict`` (an accessory made for another port, bus or use is made
for another device):

* the connectors a cable or adapter joins, read from its "<connector> to <connector>" phrase in
  the shops' languages ("USB-C to Lightning", "USB-C auf USB-C", "USB-C vers mini-jack 3,5 mm",
  "USB-C a Lightning"): "Lightning to USB" (USB-A) is no "USB-C to Lightning", and where both ends
  are video ports the direction is the product too - a "DisplayPort to HDMI" cable takes a
  DisplayPort source to an HDMI screen, an "HDMI to DisplayPort" one is an active converter the
  other way; other cables are the same product whichever end a shop names first;
* with the same connectors, a cable is no adapter ("USB-C to HDMI 2.1 Cable" / "... Adapter"):
  a title naming both ("Adapter Cable") says neither;
* a memory card's bus, UHS-I / UHS-II / UHS-III (its speed class and pins: two cards);
* a screen protector's privacy filter on one side only ("Glass XTR3 Privacy" / "Glass XTR3"),
  both titles naming a screen protector;
* a phone or tablet case's style or material, both titles naming a case: a wallet / folio is
  no silicone, leather, clear or FineWoven case ("Smart View Wallet Case" / "Silicone Case");
* the video port an adapter, cable or hub gives, both naming one and none in common ("USB-C Digital
  AV Multiport Adapter" - Apple's name for its HDMI one - / "USB-C VGA Multiport Adapter");
* the version of a port's standard, both titles naming it ("DisplayPort 1.4" / "DisplayPort
  1.2", "HDMI 2.1" / "HDMI 2.0", "Thunderbolt 4" / "Thunderbolt 3", "Cat 8" / "Cat 6"): a cable
  or adapter of another standard.  (Not USB's: "USB 3.0" and "USB 3.1 Gen 1" are one standard
  under two names.)
"""

from __future__ import annotations

import re

from .offermemo import per_offer
from .regextrie import literal_alternation

# connectors, longest spellings first; each to one name
_CONNECTORS = (
    (r"micro[\s-]?usb(?:[\s-]?b)?|micro[\s-]?b", "micro"),
    (r"mini[\s-]?usb", "miniusb"),
    (r"usb[\s-]?(?:type[\s-]?)?c|type[\s-]?c|usbc", "c"),
    (r"usb[\s-]?(?:type[\s-]?)?a|usb", "a"),
    (r"lightning", "lightning"),
    (r"thunderbolt(?:\s?\d)?", "thunderbolt"),
    (r"mini[\s-]?(?:displayport|display\s?port|dp)", "mdp"),
    (r"displayport|display\s?port|dp", "dp"),
    (r"mini[\s-]?hdmi", "minihdmi"),
    (r"micro[\s-]?hdmi", "microhdmi"),
    (r"hdmi", "hdmi"),
    (r"vga", "vga"),
    (r"dvi(?:-[di])?", "dvi"),
    (r"3[.,]5\s?mm(?:\s(?:headphone\s)?jack)?|(?:mini[\s-]?)?jack|aux", "jack"),
    (r"ethernet|rj[\s-]?45", "ethernet"),
    (r"magsafe(?:\s?\d)?", "magsafe"),
)
_CONN_RE = [(re.compile(r"(?:%s)$" % p), n) for p, n in _CONNECTORS]
_CONN = "|".join("(?:%s)" % p for p, _ in _CONNECTORS)
# "<connector> [(male)] [port] to <connector>" - "to" in EN DE FR ES IT NL
_ROUTE = re.compile(r"(?<![\w.])(%s)\b\s*(?:\([^)]{1,12}\)\s*)?(?:(?:port|male|female|stecker|plug)\s+)?"
                    r"(?:to|auf|zu|vers|a|al|naar|verso|para)\s+(%s)\b" % (_CONN, _CONN))
_VIDEO = frozenset(("hdmi", "minihdmi", "microhdmi", "dp", "mdp", "vga", "dvi"))
_CABLE = re.compile(r"\b(?:cables?|kabel|c[aâ]bles?|cavo|cabo|cords?|cordon)\b")
_ADAPTER = re.compile(r"\b(?:adapter|adaptor|adaptateur|adaptador|adattatore|dongle|converter|konverter|"
                      r"convertisseur|hub)\b")
# a port's standard and its version ("hdmi 2.1", "displayport 1.4", "dp1.2", "thunderbolt 4", "cat 6a")
# (a version with its dot for HDMI and DisplayPort - "HDMI 4K" is a resolution, "HDMI, 3 USB" a count)
_STANDARD = re.compile(r"\b(?:(hdmi|displayport|display\sport|dp)[\s-]?(\d\.\d)[a-d]?|(thunderbolt)[\s-]?([345])"
                       r"|(cat)[\s-]?([5-8][ae]?))\b")
_STANDARD_OF = {"display port": "dp", "displayport": "dp"}
# the video ports an adapter's title names ("Digital AV" is Apple's HDMI adapter's name)
_VIDEO_PORT = re.compile(r"\b(hdmi|displayport|display\sport|vga|dvi|digital\sav)\b")
_VIDEO_OF = {"displayport": "dp", "display port": "dp", "digital av": "hdmi"}
_CONNECTOR_KIND = re.compile(r"\b(?:adapter|adaptor|adaptateur|adaptador|adattatore|dongle|converter|hub|cable|"
                             r"kabel|c[aâ]ble|cavo|multiport)\b")
_UHS = re.compile(r"\buhs[\s-]?(iii|ii|i|3|2|1)\b")
_UHS_NUM = {"i": 1, "1": 1, "ii": 2, "2": 2, "iii": 3, "3": 3}
_PROTECTOR = re.compile(r"\b(?:screen\s?protector|protector|protection\s(?:d'?\s?)?[eé]cran|displayschutz\w*|"
                        r"schutzglas\w*|panzerglass|tempered\sglass|verre\strempé|protector\sde\spantalla|"
                        r"invisibleshield|glas\.?tr)\b")
_PRIVACY = re.compile(r"\b(?:privacy|sichtschutz|privacidad|confidentialit[eé]|anti[\s-]?spy|privacy\s?filter)\b")
_CASE = re.compile(r"\b(?:case|cover|coque|funda|h[uü]lle|etui|custodia|capa)\b")
_STYLES = (
    (r"wallet|folio|flip|book\s?(?:case|cover)|portefeuille|klapph[uü]lle|tasche", "wallet"),
    (r"silicone|silikon|silicona|silicon|siliconen", "silicone"),
    (r"leather|leder|cuir|cuero|pelle", "leather"),
    (r"finewoven", "finewoven"),
    (r"clear|transparent|transparente|durchsichtig", "clear"),
)
_STYLE_RE = [(re.compile(r"\b(?:%s)\b" % p), n) for p, n in _STYLES]


def _conn_name(s: str):
    s = s.strip()
    for rx, n in _CONN_RE:
        if rx.match(s):
            return n
    return None


def _norm(title: str) -> str:
    # (Apple's non-breaking hyphens, "USB‑C", and the registered sign "USB-C®")
    return title.lower().replace("\u2011", "-").replace("\u2010", "-").replace("®", "")


# (session 32, sp32, speed) A literal that every match of the trait patterns below holds, the title's
# traits needing at least one match: a connector of ``_ROUTE`` (micro, mini, usb, type, lightning,
# thunderbolt, display / dp, hdmi, vga, dvi, the jack's mm / jack / aux, ethernet / rj, magsafe), ``_UHS``,
# ``_PROTECTOR`` (protect, schutz, glas, tempered, verre, invisibleshield), ``_CASE`` (the styles need one),
# ``_STANDARD`` (hdmi, display, dp, thunderbolt, cat) and ``_VIDEO_PORT`` (the video ports need one: hdmi,
# display, vga, dvi, digital).  A title with none of them has no trait: one search of their trie first
# (~1 us) instead of the six patterns (~9 us); 72% of the test splits' titles stop there.
_TRAIT_WORDS = frozenset("""
micro mini usb type lightning thunderbolt display dp hdmi vga dvi mm jack aux ethernet rj magsafe uhs
protect schutz glas tempered verre invisibleshield case cover coque funda hulle h\u00fclle etui custodia capa cat
digital""".split())
_TRAIT_WORD = re.compile(literal_alternation(_TRAIT_WORDS)).search


@per_offer
def accessory_traits(p) -> tuple:
    """(routes, cable-or-adapter kind, UHS buses, protector / privacy, case styles) of one offer's
    title; ``None`` for a title stating none of them (most titles)."""
    t = p.title
    if not t:
        return None
    t = _norm(t)
    if _TRAIT_WORD(t) is None:
        return None  # (session 32, sp32, speed: no word any trait needs - 72% of the titles, ``_TRAIT_WORDS``)
    routes = set()
    after = None
    if " " in t:
        for m in _ROUTE.finditer(t):
            if after is None:
                after = t[m.end():]
            x, y = _conn_name(m.group(1)), _conn_name(m.group(2))
            if x and y:
                routes.add((x, y) if (x in _VIDEO and y in _VIDEO) else tuple(sorted((x, y))))
    kind = None
    if routes:
        # (the kind the title names after the route: a maker's name before it, "Cable Matters", is none)
        cab, ada = bool(_CABLE.search(after)), bool(_ADAPTER.search(after))
        kind = "cable" if cab and not ada else "adapter" if ada and not cab else None
    uhs = frozenset(_UHS_NUM[m] for m in _UHS.findall(t))
    prot = None
    if _PROTECTOR.search(t):
        prot = bool(_PRIVACY.search(t))
    styles = frozenset()
    if _CASE.search(t):
        styles = frozenset(n for rx, n in _STYLE_RE if rx.search(t))
    std = {}
    for m in _STANDARD.finditer(t):
        g = m.groups()
        name, v = (g[0], g[1]) if g[0] else (g[2], g[3]) if g[2] else (g[4], g[5])
        # ("HDMI 2.1a" is HDMI 2.1: the letter is dropped by the pattern)
        std.setdefault(_STANDARD_OF.get(name, name), set()).add(v)
    video = frozenset()
    if _CONNECTOR_KIND.search(t):
        video = frozenset(_VIDEO_OF.get(m, m) for m in _VIDEO_PORT.findall(t))
    if not routes and not uhs and prot is None and not styles and not std and not video:
        return None
    return frozenset(routes), kind, uhs, prot, styles, std, video


def accessory_traits_differ(a, b) -> bool:
    """Both titles state one of ``accessory_traits`` and they differ (see the module's text)."""
    ta = accessory_traits(a)
    if ta is None:
        return False
    tb = accessory_traits(b)
    if tb is None:
        return False
    ra, ka, ua, pa, sa, da, va = ta
    rb, kb, ub, pb, sb, db, vb = tb
    if ra and rb:
        if ra.isdisjoint(rb):
            return True
        if ka and kb and ka != kb:
            return True
    if ua and ub and ua.isdisjoint(ub):
        return True
    if pa is not None and pb is not None and pa != pb:
        return True
    if va and vb and va.isdisjoint(vb):
        return True
    if da and db and any(da[k].isdisjoint(db[k]) for k in da.keys() & db.keys()):
        return True
    return bool(sa and sb and sa.isdisjoint(sb))
