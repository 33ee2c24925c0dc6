"""(session 40, sh40) Smart-home, networking, storage and cable titles: one notation of a
unit count, a data rate and an interface generation, read before the title is cut into words
(``titles._clean_pre`` calls ``notation_read``), and the one-sided words of these shops' titles
that say what a device works with or does, not which device it is (a rewording step of
``wordclass``, installed by ``install``).  A leaf module: it imports nothing of the matcher.

Notations read as one value:

* a kit of N cameras written "2 Cam Kit", "2-Cam Kit", "(2 Cams)", "2-camera system",
  "3 Kamera-Set" is "2 camera kit" as the shops that write the word out print it (the matcher
  reads that as a count of two: "2 Cam Kit" against "3 Cam Kit" was no conflict, "2 Cam Kit"
  against "Add-on Camera" one product);
* a data rate in "Mbit/s", "Gbit/s" is the "mbps" / "gbps" most shops write
  ("AX3000 ... 3000 Mbit/s" = "AX3000 ... 3000 Mbps"; not "MB/s", a drive's megabytes);
* an interface generation with a dot, "Gen.2", "Gen. 2", is "gen 2" ("USB 3.2 Gen.2").

A kit against the single unit is a pack conflict (``kit_against_single``, read by ``facets.conflicts``):
"TP-Link TL-PA7017 KIT" / "TL-PA7017 ... (single)" share the model number and were one product.

One-sided words that are no disagreement (``excused``, 1: they say nothing the other title
contradicts):

* what a device works with: the words of a phrase opened by "works with", "compatible with",
  "kompatibel mit", "compatible avec", "compatibile con", "compatible con", "funktioniert mit"
  (to the phrase's end: a comma, a parenthesis, "|" or a dash), or closed by "kompatibel" /
  "compatible" ("HomeKit kompatibel"), when they name an assistant or a smart-home platform
  ("Alexa", "Google Home", "Apple HomeKit", "SmartThings", "IFTTT", "Matter") - so is the
  phrase's own "works" -, and the setup notes "No Hub Required", "Hub Required", "Easy Setup",
  "2.4GHz only" (another maker's product named after "compatible with" is still read by
  ``made_for``: only platform words are excused here);
* a radio's band count on one side only ("Dual-Band", "Tri-Band", "Dualband"): a spec of the
  router, never a model (two different counts on both sides stay apart: the words differ);
* an ingress-protection rating ("IP65"), and "release" after a year the other title prints ("(2024
  release)" / "(2024)");
* a camera's or doorbell's listed features on one side only: "Two-Way Talk / Audio",
  "Zwei-Wege-Kommunikation / -Audio", "Night Vision", "Nachtsicht", "Motion Detection",
  "Bewegungserkennung", "Live View", "Head-to-Toe", "Person Detection".
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- notations (title text, lower-cased)
# a count of cameras: "2 cam kit", "2-cam kit", "(2 cams)", "2-camera system", "2 camera bundle", "2 kamera-set"
_CAMS = re.compile(
    r"(?<![\w.])([1-9])\s?-?\s?(?:(?:cams?|cameras?|kameras?)\s?-?\s?(?:kit|system|set|bundle|systeme)"
    r"|(?:cams|cameras|kameras)(?=\s?\)))(?![\w-])")
# (a count and the word kit / system / set after the camera word - or the plural closing a parenthesis,
# "(2 Cams)" -: never a line's number before its kind, "Blink Outdoor 4 Camera")
# (session 41, wr41: or a part of the title that is a count and the plural alone, "Blink Mini ... - 2 cameras
# (White)": the part opens on the count, so it is no line's number - "Blink Outdoor 4 Cameras" stays as written)
_CAMS_PART = re.compile(r"((?:^|[-\u2013\u2014,;|(/])\s*)([1-9])\s?(?:cams|cameras|kameras)(?=\s*(?:$|[-\u2013\u2014,;|()/]))")
_CAM_HINT = re.compile(r"\d\s?-?\s?(?:cam|kamera)").search
# (bits only: "MB/s" - lower-cased "mb/s" - is a drive's megabytes a second, another unit)
_RATE = re.compile(r"(?<=\d)\s?([mg])bit\s?/\s?s\b")
_GEN_DOT = re.compile(r"\bgen\.\s?(\d)\b")


def _cams_repl(m) -> str:
    # (a pack of N cameras, as "2-Pack" says it: "camera kit" is read as an accessory's kind)
    # (one camera is the product itself: "1 camera system" stays as written, its "1" against a kit's count)
    return " %s pack camera " % m.group(1) if m.group(1) != "1" else m.group(0)


def _cams_part_repl(m) -> str:
    # (as ``_cams_repl``: a pack of N cameras; one camera stays as written)
    return m.group(1) + " %s pack camera " % m.group(2) if m.group(2) != "1" else m.group(0)


def notation_read(s: str) -> str:
    """Lower-cased title ``s`` with the notations of the module's doc written one way."""
    if ("cam" in s or "kamera" in s) and _CAM_HINT(s):
        s = _CAMS.sub(_cams_repl, s)
        if "cameras" in s or "cams" in s or "kameras" in s:
            s = _CAMS_PART.sub(_cams_part_repl, s)
    if "/s" in s or "/ s" in s:
        s = _RATE.sub(lambda m: " " + m.group(1) + "bps", s)
    if "gen." in s:
        s = _GEN_DOT.sub(r"gen \1", s)
    return s


# ---------------------------------------------------------------- one-sided words (a rewording step)
# the words opening a phrase of what a device works with, and the word closing one ("HomeKit kompatibel")
_OPEN = (("works", "with"), ("compatible", "with"), ("kompatibel", "mit"), ("compatible", "avec"),
         ("compatibile", "con"), ("compatible", "con"), ("funktioniert", "mit"), ("works", "w"))
_CLOSE = frozenset("kompatibel compatible compatibile".split())
# assistants and smart-home platforms (the words a phrase above names; "and" / "&" / "or" join them)
_PLATFORMS = frozenset("""
alexa amazon google home assistant apple homekit siri smartthings samsung ifttt matter thread zigbee
echo nest hey
""".split())
_JOIN = frozenset("and or und et y e".split())
# setup notes: "no hub required", "hub required", "easy setup", "2.4ghz only"
_SETUP = (("no", "hub", "required"), ("hub", "required"), ("easy", "setup"), ("2.4ghz", "only"),
          ("kein", "hub", "erforderlich"), ("ohne", "hub"))
# a radio's band count
_BANDS = (("dual", "band"), ("tri", "band"), ("dualband",), ("triband",), ("quad", "band"))
# a camera's / doorbell's listed features
_FEATURES = (("two", "way", "talk"), ("two", "way", "audio"), ("zwei", "wege", "kommunikation"),
             ("zwei", "wege", "audio"), ("night", "vision"), ("nachtsicht",), ("motion", "detection"),
             ("3d", "motion", "detection"), ("bewegungserkennung",), ("live", "view"), ("head", "to", "toe"),
             ("person", "detection"), ("personenerkennung",))
_PHRASES = _SETUP + _BANDS + _FEATURES
_WORDS = frozenset(w for ph in _PHRASES for w in ph) | _PLATFORMS | frozenset(("works",)) | _CLOSE
# the words ending a phrase of what a device works with (as the title's words keep them)
_STOP = frozenset("| - , ( ) / ;".split())


def _gate(w: str) -> bool:
    return w in _WORDS or w == "release" or _IP_RATING(w) is not None


def _in_phrase(ws, i: int, phrases) -> bool:
    """Does ``ws[i]`` stand inside one of ``phrases`` (word tuples) as ``ws`` prints it?"""
    w = ws[i]
    for ph in phrases:
        for k, x in enumerate(ph):
            if x == w and i - k >= 0 and tuple(ws[i - k:i - k + len(ph)]) == ph:
                return True
    return False


def _in_compat(ws, i: int) -> bool:
    """Does ``ws[i]`` - a platform word, or the phrase's "works" / closing word - stand in a phrase of
    what a device works with ("Works with Alexa and Google Home", "HomeKit kompatibel")?"""
    w = ws[i]
    if w == "works" or w in _CLOSE:
        if i + 1 < len(ws) and (w, ws[i + 1]) in _OPEN:
            return True
        return w in _CLOSE and i and ws[i - 1] in _PLATFORMS
    if w not in _PLATFORMS:
        return False
    # back over platform words and joins to the phrase's opening
    j = i
    while j > 0 and (ws[j - 1] in _PLATFORMS or ws[j - 1] in _JOIN):
        j -= 1
    if j >= 2 and (ws[j - 2], ws[j - 1]) in _OPEN:
        return True
    # forward to a closing word
    k = i
    while k + 1 < len(ws) and (ws[k + 1] in _PLATFORMS or ws[k + 1] in _JOIN):
        k += 1
    return k + 1 < len(ws) and ws[k + 1] in _CLOSE


_IP_RATING = re.compile(r"ip[0-6x][0-9x]k?").fullmatch
_YEAR = re.compile(r"(?:19|20)\d\d").fullmatch


# (fxsp40) how a device is powered and where it is placed, as makers name its variants ("Ring Spotlight Cam Plus
# Battery" / "... Plus Wired", "Stick Up Cam Battery" / "... Plug-In", "Hue Motion Sensor" / "Hue Outdoor Motion
# Sensor"): two titles naming two power sources, or one a placement the other leaves out, name two units, so
# nothing else is excused.  (One power source on one side only is no disagreement: "Wyze Cam v3 ... Wired 1080p
# ... Works with Alexa" / "Wyze Cam v3 1080p" is one camera, sold wired only.)
_POWER = {"battery": "battery", "wired": "wired", "hardwired": "wired", "solar": "solar", "plugin": "plug",
          "mains": "plug"}
_PLACE = frozenset("indoor outdoor innen aussen".split())


def _powers(ws) -> frozenset:
    """The power sources title words ``ws`` name (``_POWER``, and "Plug-In" as the title's words keep it)."""
    out = {_POWER[x] for x in ws if x in _POWER}
    if any(x == "plug" and tuple(ws[i:i + 2]) == ("plug", "in") for i, x in enumerate(ws)):
        out.add("plug")
    return frozenset(out)


def power_place_differs(p, other) -> bool:
    """(fxsp40) Do the titles name two power sources ("Battery, Two-Way Talk" / "Wired"), or does one name a
    placement the other leaves out ("Motion Sensor, No Hub Required" / "Outdoor Motion Sensor")?"""
    pa, pb = _powers(p.words), _powers(other.words)
    if pa and pb and pa != pb:
        return True
    qa, qb = _PLACE & p.wordset, _PLACE & other.wordset
    return qa != qb


# (fxsp40) the platform each word of a works-with phrase names: "Apple HomeKit" and "HomeKit" one, "Alexa" and
# "Amazon Alexa" one
_PLATFORM_OF = {"alexa": "amazon", "amazon": "amazon", "echo": "amazon", "google": "google", "home": "google",
                "assistant": "google", "nest": "google", "hey": "google", "apple": "apple", "homekit": "apple",
                "siri": "apple", "smartthings": "samsung", "samsung": "samsung"}


def _platforms(ws) -> frozenset:
    """The platforms title words ``ws`` name in a phrase of what the device works with."""
    return frozenset(_PLATFORM_OF.get(x, x) for i, x in enumerate(ws) if x in _PLATFORMS and _in_compat(ws, i))


def excused(w: str, p, other):
    """1 where ``w`` - a word of p's title the other offer never prints - is a word of a phrase the module's
    doc names (what the device works with, a setup note, a band count, a listed feature); else None.
    (fxsp40) Not where the titles name two power sources or one a placement the other leaves out
    (``power_place_differs``: "Stick Up Cam Battery, Two-Way Talk" / "Stick Up Cam Plug-In"), and a platform of
    a works-with phrase only where the other title's phrase names no platform or the same ones ("Works with
    Apple HomeKit, Alexa and Google Home" / "Works with Alexa and Google Home": the HomeKit model)."""
    if power_place_differs(p, other):
        return None
    if _IP_RATING(w):
        return 1  # (an ingress-protection rating, "IP65": a spec the other title leaves out, never a model)
    ws = p.words
    for i, x in enumerate(ws):
        if x == "release" == w and i and _YEAR(ws[i - 1]) and ws[i - 1] in other.wordset:
            # ("(2024 release)": the year the other title prints too, "(2024)"; not "(Original 2017 Release)"
            # against a title without the year)
            return 1
        if x != w:
            continue
        if _in_phrase(ws, i, _PHRASES):
            return 1
        if _in_compat(ws, i):
            if x in _PLATFORMS:
                theirs = _platforms(other.words)
                if theirs and theirs != _platforms(ws):
                    return None  # (another set of platforms: the other title's model works with fewer)
            return 1
    return None


def tiers_in_compat(tiers, p) -> bool:
    """Does every tier word of ``tiers`` stand in p's title only inside a phrase of what the device works with
    ("Works with Alexa and Google *Home*": the platform's name, no "Home" edition)?"""
    ws = p.words
    return bool(tiers) and all(
        any(x == t and _in_compat(ws, i) for i, x in enumerate(ws))
        and not any(x == t and not _in_compat(ws, i) for i, x in enumerate(ws)) for t in tiers)


# ---------------------------------------------------------------- a kit against the single unit
# (read by ``facets.conflicts``, as "pack") the words of a kit - "Kit", "Starter Kit", "Starter-Set" - and of
# the single unit - "(single)", "Single Adapter", "Einzeladapter", a "1-Pack"
_KIT = frozenset("kit starterkit starter-kit starterset starter-set".split())
_SINGLE = frozenset("single einzeladapter einzelgerat einzelkamera einzeln individual".split())
_ONE = frozenset((1,))


def _single(f: dict, ws) -> bool:
    return f.get("pack") == _ONE or not _SINGLE.isdisjoint(ws)


def kit_against_single(fa: dict, fb: dict, wa, wb) -> bool:
    """Is one title a kit ("TL-PA7017 KIT", "Starter Kit") and the other the single unit ("(single)", "1-Pack",
    "Einzeladapter"), neither saying both?  ``wa`` / ``wb``: the titles' word sets."""
    if wa is None or wb is None:
        return False
    ka, kb = not _KIT.isdisjoint(wa), not _KIT.isdisjoint(wb)
    if ka == kb:
        return False
    x, fx, y, fy = (wa, fa, wb, fb) if ka else (wb, fb, wa, fa)
    return _single(fy, y) and not _single(fx, x)


def install(W) -> None:
    """Add the step to ``wordclass``'s rewording steps (``W``: the module)."""
    W._add_steps(((_gate, excused),))
