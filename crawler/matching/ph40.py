"""Session 40 (ph40): phones, tablets, laptops and chargers as Lebanese, Gulf, UK and US shops list them.

Words that describe the LISTING, not the product, on one side only.  Read per offer where they never name another
unit (the SIM form, "FaceTime", the goods' state: ``offer_terms`` calls ``listing_segment`` from
``strip_closing`` and ``listing_words`` from ``promise_words``, so a closing run of them is stripped at the input
and one inside a title is excused, and read by ``facets.tail_words`` as the shop's words - the slot and
generation readers pass it too), and pairwise where another offer may name another unit (the region, the plug:
``install``'s rewording step, and ``listing_word`` in ``wordclass.variant_differs``'s substitutions):

* **the SIM form every unit of the model ships with** - "Dual SIM", "(nano-SIM + eSIM)", "Physical SIM + eSIM",
  "nano + eSIM": a run of SIM words naming a physical SIM ("sim", or "esim" beside "nano" / "physical"; not
  "nano" alone: "Yeti Nano", "iPod nano").  A SIM
  form naming another sellable unit stays identifying: "eSIM only" (the US iPhone), "Dual eSIM" and a bare
  "eSIM" (no physical SIM named) are not read, nor "Single SIM" ("single" is no SIM word here).
* **the region the unit was sold for, where the Gulf and the world get one unit** - "Middle East Version", "UAE
  Version", "KSA Version", "GCC Version", "International Version", "Global Version" - excused where the other
  offer names no region, or one of the same group (the Gulf's, the world's): "International Version" / "US
  Version" (train35pc's Galaxy S24 Ultra SM-S928U) stay two; and Apple's "FaceTime" (the Gulf's marker of the
  unit with FaceTime; not after "no" / "without", not "FaceTime HD" - a MacBook's camera).
* **the plug of the local market on a charger** - "UK Plug", "UK 3 Pin", and "3 pin", where the pair names a charger
  or an adapter (a fan's or a cable's "3-pin" is its connector, a monitor's or a mixer's "UK Plug" its market's
  unit) - the Lebanese, Gulf and UK shops' plug, excused where the other offer names no other market's plug:
  "EU Plug" / "US Plug" / "EU-Stecker" name another unit against a UK one (heldout32's Kenwood kMix).
* **the goods' state and the seller's warranty** - "Brand New", "Brand New Sealed", "New Sealed", "Factory
  Sealed" (a bare "Sealed" may be the product's: a sealed bearing, a sealed battery), and in a run with
  one of these listing words, "Original" ("- Original, Brand New", "UK Plug - Original": alone it stays a word -
  of36 found a perfume pair resting on it); a closing segment that is a warranty note with its giver ("(1 Year
  Sony Middle East Warranty)", "| Official Warranty").

Also: **"eSIM only"** is one word, "esimonly", in the cleaner (``esim_only``: the US iPhone's unit, read as "esim" +
a filler "only" it had been the physical-SIM unit once the SIM words were excused); **a smartphone's plain name is its
4G unit** and **a tablet's its Wi-Fi unit** (``plain_is_4g``, ``tablet_wifi``, below).

This module imports no matcher module.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- the SIM form
# ("eSIM only" / "eSIM-only" is read as one word by the cleaner, ``esim_only``: the eSIM-only unit - the US iPhone
# 14 on - is another unit than the one with a physical SIM, and "only" alone is a filler no reader compares)
# - and "Single SIM" is one word too, "singlesim": a Nokia 105 / 3310 is sold as a single-SIM and a dual-SIM unit,
# and with the "Dual SIM" run excused the filler "single" had told nothing apart (labcmp: train31lb, train34op)
_ESIM_ONLY = re.compile(r"\be[\s-]?sim[\s-]*only\b")
_SINGLE_SIM = re.compile(r"\bsingle[\s-]*sim\b")


# - and (fxsp40) two physical SIMs, "Dual Nano-SIM", "2 x nano-SIM", "Dual Physical SIM", is one word, "dualnanosim":
# the dual-physical-SIM iPhone (China, Hong Kong) is another model than the "nano-SIM + eSIM" one every other shop
# sells, so it is no SIM form every unit ships with (attack40w: "iPhone 15 Pro 256GB (2 x nano-SIM)" / "iPhone 15
# Pro 256GB" had been one product, the run stripped); not before "+ eSIM" ("Dual nano-SIM + eSIM": one physical SIM)
_DUAL_NANO = re.compile(r"\b(?:dual|two|twin|2\s?[x×*]?)[\s-]*(?:nano|physical)[\s-]*sims?\b"
                        r"(?![\s,()-]*(?:\+|&|and|/)[\s-]*e[\s-]?sim)")


def esim_only(s: str) -> str:
    """Lower-cased title ``s`` with "esim only" written "esimonly", "single sim" "singlesim" and "dual nano-sim"
    "dualnanosim" (one identifying word each)."""
    s = _ESIM_ONLY.sub("esimonly", s)
    if "nano" in s or "physical" in s:
        s = _DUAL_NANO.sub("dualnanosim", s)
    return _SINGLE_SIM.sub("singlesim", s) if "single" in s else s


_SIM_WORDS = frozenset("dual sim esim nano nanosim physical and".split())
_PHYSICAL = frozenset("sim nano nanosim physical".split())
# ---------------------------------------------------------------- the region
_REGIONS = {("middle", "east"), ("uae",), ("ksa",), ("gcc",), ("international",), ("global",), ("me",)}
_REGION_FIRST = frozenset(r[0] for r in _REGIONS)
_NOT_BEFORE_FACETIME = frozenset("no without non not".split())
# ---------------------------------------------------------------- the plug, the state
_PLUG = frozenset(("3pin",))
_STATE = {("brand", "new"), ("brand", "new", "sealed"), ("new", "sealed"), ("factory", "sealed")}
# (a bare "3 pin" is a charger's plug only in a charger's title: a fan's or a cable's "3-pin" is its connector)
_CHARGER = frozenset("charger chargers adapter adaptor".split())
_STATE_FIRST = frozenset(s[0] for s in _STATE)
_WARRANTY_TERM = re.compile(r"\d{1,2}(?:years?|yrs?|months?|mos?)?").fullmatch

# first words of a run (a title printing none of them prints no listing run)
HINTS = frozenset(_SIM_WORDS - {"and"}) | _STATE_FIRST | {"facetime", "original", "warranty"}


def _names_sim(run) -> bool:
    """Does a run of SIM words name a physical SIM ("dual sim", "nano sim esim", "physical sim esim", "nano
    esim")?  Not "nano" or "physical" alone ("Yeti Nano", "iPod nano"), nor "dual esim" (an eSIM-only unit)."""
    return "sim" in run or "nanosim" in run or ("esim" in run and not _PHYSICAL.isdisjoint(run))


def _runs(ws) -> list:
    """(start, end, strong) of each run of listing words in title words ``ws``; ``strong`` for a run that is
    listing words in itself ("original" is only read inside a run of strong ones, or beside one)."""
    out = []
    n = len(ws)
    i = 0
    while i < n:
        w = ws[i]
        if w in _SIM_WORDS and w != "and":
            j = i
            while j < n and ws[j] in _SIM_WORDS:
                j += 1
            while j > i and ws[j - 1] == "and":
                j -= 1
            run = ws[i:j]
            if (_names_sim(run) and not (j < n and ws[j] == "only")
                    and not (i and ws[i - 1] in ("single", "only"))):
                out.append((i, j, True))
                i = j
                continue
            i = j if j > i else i + 1
            continue
        if w == "facetime" and not (i and ws[i - 1] in _NOT_BEFORE_FACETIME) and not (i + 1 < n and ws[i + 1] == "hd"):
            out.append((i, i + 1, True))
            i += 1
            continue
        if w in _STATE_FIRST:
            best = 0
            for s in _STATE:
                if len(s) > best and tuple(ws[i:i + len(s)]) == s:
                    best = len(s)
            if best:
                out.append((i, i + best, True))
                i += best
                continue
        if w == "original":
            out.append((i, i + 1, False))
        i += 1
    return out


def listing_words(ws) -> frozenset:
    """The words of title words ``ws`` that describe the listing, not the product (runs above; "original"
    only where a strong run stands in the title too)."""
    if HINTS.isdisjoint(ws) and _PAIRWISE.isdisjoint(ws):
        return frozenset()
    runs = _runs(ws)
    if not any(s for _, _, s in runs):
        # (a region or a UK plug, read pairwise below, is listing words beside which "original" is one too)
        if "original" in ws and any(_region_run(ws, w) or _plug_run(ws, w) for w in ws if w in _PAIRWISE):
            return frozenset(("original",))
        return frozenset()
    return frozenset(w for a, b, _ in runs for w in ws[a:b])


def _warranty_note(ws) -> bool:
    """A closing warranty note with its giver: "1year sony middle east warranty", "official warranty",
    "1year apple warranty" (a word "warranty", a term, and at most three other words of letters)."""
    if "warranty" not in ws or len(ws) > 7:
        return False
    other = [w for w in ws if w != "warranty" and not _WARRANTY_TERM(w)]
    return len(other) <= 4 and all(w.isalpha() for w in other)


def listing_segment(ws) -> bool:
    """Is the closing segment ``ws`` (title words) listing words and nothing else ("UAE Version", "nano sim
    esim uae version", "UK Plug", "Original, Brand New", "1 Year Apple Warranty")?"""
    if not ws:
        return False
    if _warranty_note(ws):
        return True
    if HINTS.isdisjoint(ws):
        return False
    runs = _runs(ws)
    if not any(s for _, _, s in runs):
        return False
    covered = set()
    for a, b, _ in runs:
        covered.update(range(a, b))
    return len(covered) == len(ws)


# ---------------------------------------------------------------- a smartphone's plain name is its 4G unit
# A maker selling one phone name in 4G and 5G names the 5G unit "5G" ("Redmi Note 13 5G", "Galaxy A15 5G"): the
# plain name is the 4G unit, so a smartphone's "4G" / "LTE" on one side, the other naming no network, names no
# other unit ("Redmi 13C 8/256" / "Redmi 13C Dual SIM 4G Smartphone").  Read only where the titles name a
# smartphone - "smartphone", or a "SIM" with a storage of 32 GB or more, in either - and no tablet, watch, laptop
# or router: a tablet's or a watch's plain name is its Wi-Fi / Bluetooth unit ("Tab A9+" / "Tab A9+ LTE" stay
# two), and a feature phone's its 2G unit ("Nokia 105" / "Nokia 105 4G" stay two: no storage in GB).
_PLAIN_4G = frozenset(("4g", "lte"))
_PHONE_WORDS = frozenset("smartphone smartphones".split())
_NOT_PHONE = frozenset("""
tab tablet tablets pad ipad matepad mediapad watch smartwatch band router modem hotspot mifi dongle laptop notebook
surface thinkpad chromebook camera tracker gps sim-card simcard card
""".split())
_STORAGE = re.compile(r"(\d{2,4})gb").fullmatch


def _smartphone(ws) -> bool:
    if not _PHONE_WORDS.isdisjoint(ws):
        return True
    if "sim" not in ws:
        return False
    for w in ws:
        m = _STORAGE(w)
        if m is not None and int(m.group(1)) >= 32:
            return True
    return False


def plain_is_4g(w: str, xs, ys) -> bool:
    """Is ``w`` ("4g" / "lte", a word of title words ``xs``) a smartphone's network the other title ``ys``
    leaves out by naming the plain model (no network word of its own)?"""
    if w not in _PLAIN_4G:
        return False
    if any(v in ys for v in ("3g", "4g", "5g", "lte", "2g", "cellular", "wifi", "wi")):
        return False
    if not (_NOT_PHONE.isdisjoint(xs) and _NOT_PHONE.isdisjoint(ys)):
        return False
    return _smartphone(xs) or _smartphone(ys)


# ---------------------------------------------------------------- a tablet's plain name is its Wi-Fi unit
# The mirror of the above: a tablet sold with and without a mobile network is named "LTE" / "Cellular" / "5G" for
# the connected unit, and its plain name is the Wi-Fi unit - "MatePad 11.5 8GB/128GB" / "MatePad 11.5" WiFi 8GB
# RAM 128GB", "Galaxy Tab S9 FE 6/128" / "... WiFi ...".  A tablet's "Wi-Fi" on one side, the other naming no
# network, is no identifying word; against "LTE", "Cellular", "4G" / "5G" or a SIM the two stay apart.
_WIFI = frozenset(("wifi", "wi", "fi", "wlan"))
_TABLET = frozenset("tab tablet tablets pad ipad matepad mediapad".split())
_CONNECTED = frozenset("2g 3g 4g 5g lte cellular cell sim esim nanosim gsm".split())


def tablet_wifi(w: str, xs, ys) -> bool:
    """Is ``w`` (a word of title words ``xs``) a tablet's "Wi-Fi", the other title ``ys`` naming no network?"""
    if w not in _WIFI or not _CONNECTED.isdisjoint(ys) or not _CONNECTED.isdisjoint(xs):
        return False
    return not _TABLET.isdisjoint(xs) or not _TABLET.isdisjoint(ys)


def _wifi_gate(w: str) -> bool:
    return w in _WIFI


def _wifi_step(w: str, p, other):
    """1 where ``w`` is a tablet's "Wi-Fi" the other title leaves out (``tablet_wifi``), else None."""
    return 1 if tablet_wifi(w, p.wordset, other.wordset) else None


def install(W) -> None:
    """Add the tablet's Wi-Fi step to ``wordclass``'s rewording steps (``W``: the module)."""
    W._add_steps(((_wifi_gate, _wifi_step), (_pairwise_gate, _pairwise_step)))


# ---------------------------------------------------------------- the region and the plug: read pairwise
# A region or a plug is the listing's word only where the other offer names no other one: "International
# Version" / "US Version" are two units (train35pc's Galaxy S24 Ultra SM-S928U), and so are a "UK Plug" and an
# "EU-Stecker" mixer (heldout32's Kenwood kMix) - stripped from the titles at the input, both had been joined.
# So these are excused word by word (a ``wordclass`` rewording step), against the other title's words.
_REGION_GROUP = {"middle": "gulf", "east": "gulf", "uae": "gulf", "ksa": "gulf", "gcc": "gulf", "me": "gulf",
                 "international": "world", "global": "world"}
_REGION_ANY = frozenset(_REGION_GROUP) | frozenset("""
us usa american china chinese cn japan japanese jp india indian hk hongkong europe european eu euro uk asia
asian korea korean canada latam version
""".split())


def _region_run(ws, w):
    """The group ("gulf", "world") of a region run ("middle east version", "uae version") of title words ``ws``
    holding ``w``, None for none."""
    n = len(ws)
    for i in range(n):
        for r in _REGIONS:
            k = len(r)
            if tuple(ws[i:i + k]) == r and i + k < n and ws[i + k] == "version" and w in ws[i:i + k + 1]:
                return _REGION_GROUP[r[0]]
    return None


# the plug words of another market (a UK plug against them is another unit)
_OTHER_PLUG = frozenset("eu us au euro stecker eustecker schuko 2pin europlug".split())


def _plug_run(ws, w) -> bool:
    """Does ``w`` stand in a UK plug run of title words ``ws`` ("uk plug", "uk 3pin", "3pin plug", and "3pin" in
    a charger's or adapter's title)?  (Excused only in a pair naming a charger or an adapter, ``_pairwise_step``.)"""
    n = len(ws)
    for i, x in enumerate(ws):
        if x == "uk" and i + 1 < n and ws[i + 1] in ("plug", "3pin"):
            j = i + 2
            if ws[i + 1] == "3pin" and j < n and ws[j] == "plug":
                j += 1
            if w in ws[i:j]:
                return True
        elif x == "3pin" and (i == 0 or ws[i - 1] != "uk"):
            if i + 1 < n and ws[i + 1] == "plug":
                if w in ("3pin", "plug"):
                    return True
            elif w == "3pin" and not _CHARGER.isdisjoint(ws):
                return True
    return False


_PAIRWISE = frozenset(_REGION_GROUP) | {"version", "uk", "plug", "3pin"}

# (fxsp40) a US carrier's name and a Samsung model code of the US unit name the US region as "US Version" does:
# "Galaxy S24 Ultra ... International Version" / "... Verizon", "... SM-S928U" (the US unit, another modem and
# bands) had been one product, the other title naming no region word
_CARRIERS = frozenset("verizon sprint tmobile att cricket metropcs xfinity tracfone uscellular".split())
_CARRIER_PAIRS = frozenset((("at", "t"), ("t", "mobile"), ("us", "cellular"), ("metro", "pcs")))
_US_CODE = re.compile(r"(?:sm-?)?[a-z]\d{3,4}u1?").fullmatch


def _names_us(ws) -> bool:
    """Do title words ``ws`` name the US unit by a carrier ("Verizon", "AT&T", "T-Mobile") or a Samsung model code
    of the US unit ("SM-S928U", "SM-S928U1")?"""
    for i, x in enumerate(ws):
        if x in _CARRIERS or (i + 1 < len(ws) and (x, ws[i + 1]) in _CARRIER_PAIRS):
            return True
        if _US_CODE(x) and (x.startswith("sm") or (i and ws[i - 1] == "sm")):
            return True
    return False


def _pairwise_gate(w: str) -> bool:
    return w in _PAIRWISE


def _pairwise_step(w: str, p, other):
    """1 where ``w`` is a word of p's region run the other offer names no other region for, or of p's UK plug
    run the other names no other market's plug for; else None."""
    ws = p.words
    g = _region_run(ws, w)
    if g is not None:
        theirs = {_REGION_GROUP.get(x, "other") for x in other.wordset if x in _REGION_ANY and x != "version"}
        if _names_us(other.words):
            theirs.add("other")  # (fxsp40: a US carrier, a Samsung code of the US unit, ``_names_us``)
        if not theirs or theirs == {g}:
            return 1
        return None
    if _plug_run(ws, w) and _OTHER_PLUG.isdisjoint(other.wordset) and not (
            _CHARGER.isdisjoint(p.wordset) and _CHARGER.isdisjoint(other.wordset)):
        # (a charger's plug only: a monitor's or a mixer's "UK Plug" names its market's unit -
        # ``tests/test_matching_nearmiss.py``'s "Dell UltraSharp Monitor | UK Plug")
        return 1
    return None


def listing_word(w: str, p, other) -> bool:
    """Is ``w`` (a word of offer p's title) a word of the listing against offer ``other`` - of p's listing runs
    (``listing_words``) or its region / UK plug runs the other names no other of?  (``wordclass.variant_differs``
    leaves it out of a substitution: "(UK Plug)" / "- Original, 3 pin" substitutes no variant.)"""
    if w in listing_words(p.words):
        return True
    return w in _PAIRWISE and _pairwise_step(w, p, other) == 1
