"""Session 42 (sw42): software, games, films, music and books as two shops title them
(``benchmarks/pairs/sw42.jsonl``), by principle:

* **a season's spelled ordinal is its number** - "The Complete Eighth Season" / "Season 8",
  "die achte Staffel" / "Staffel 8", "Season Eight" / "Season 8": the ordinal (or the English
  cardinal after the season's word) is read as the figure after the season's word, as the other
  shop prints it; "Complete" right before such an ordinal is the season, whole, as every season is
  sold (not "Complete Series", which names every season);
* **a client access licence is per user or per device** - "Windows Server 2022 CAL - 5 User" /
  "... 5 Device", "Benutzer-CAL" / "Geräte-CAL": two licences, the count read by the pack facet
  being the same (elsewhere "5 Users" / "5 Devices" of one security suite is one product: only a
  CAL's kind is its licence);
* **the devices a licence installs on** - "(1 user, 5 PCs/Macs + 5 tablets + 5 phones)" - are no tablet
  or phone added to the product (``accessory.added_product`` asks ``install_count``);
* **a release's kind beside its format** - "CD album" - is no word of its name; Adobe's "Acrobat Pro DC"
  is the "Acrobat Pro" subscription other shops name (``excused``, a rewording step of ``wordclass``).

A leaf module: ``titles`` asks ``season_ordinals_read`` of a lower-case title holding a season's
word; ``raw_facets`` asks ``cal_kinds`` of a title holding "cal"; ``wordclass`` passes itself to
``install``.
"""

from __future__ import annotations

import re as _re

# ---------------------------------------------------------------- a season's spelled ordinal
_ORDINALS = {
    1: "first erste ersten erster premiere première primera prima eerste",
    2: "second zweite zweiten zweiter deuxieme deuxième seconde segunda seconda tweede",
    3: "third dritte dritten dritter troisieme troisième tercera terza derde",
    4: "fourth vierte vierten vierter quatrieme quatrième cuarta quarta vierde",
    5: "fifth funfte fünfte funften fünften cinquieme cinquième quinta vijfde",
    6: "sixth sechste sechsten sechster sixieme sixième sexta sesta zesde",
    7: "seventh siebte siebten siebter septieme septième septima séptima settima zevende",
    8: "eighth achte achten achter huitieme huitième octava ottava achtste",
    9: "ninth neunte neunten neunter neuvieme neuvième novena nona negende",
    10: "tenth zehnte zehnten zehnter dixieme dixième decima décima tiende",
    11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
}
_ORDINAL_OF = {w: n for n, ws in _ORDINALS.items() for w in ws.split()}
_CARDINALS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
              "fifteen").split()
_CARDINAL_OF = {w: i + 1 for i, w in enumerate(_CARDINALS)}
# the season's word in the shops' languages (a series' "series" in British English: "The Complete
# Fourth Series"); "staffel" / "saison" / "temporada" / "stagione" / "seizoen"
_SEASON = r"(season|series|staffel|saison|temporada|stagione|seizoen)"
_COMPLETE = r"(?:(?:the|die|la|le|de)\s+)?(?:complete|komplette|vollstandige|vollständige|integrale|intégrale|completa|complete)\s+"
_ORD_ALT = "|".join(sorted(_ORDINAL_OF, key=len, reverse=True))
_ORDINAL_SEASON = _re.compile(r"(?<![\w.])(?:" + _COMPLETE + r")?(" + _ORD_ALT + r")\s+" + _SEASON + r"(?!\w)")
_SEASON_CARDINAL = _re.compile(r"(?<![\w.])(season|series|staffel)\s+(" + "|".join(
    sorted(_CARDINAL_OF, key=len, reverse=True)) + r")(?![\w-])")


def SEASON_HINT(s: str) -> bool:
    return "season" in s or "series" in s or "staffel" in s or "saison" in s or "tempor" in s or (
        "stagion" in s) or "seizoen" in s


def _ordinal_repl(m) -> str:
    return f"{m.group(2)} {_ORDINAL_OF[m.group(1)]}"


def _cardinal_repl(m) -> str:
    return f"{m.group(1)} {_CARDINAL_OF[m.group(2)]}"


def season_ordinals_read(low: str) -> str:
    """A lower-case title with a season's spelled ordinal read as the figure after the season's word
    ("the complete eighth season" -> "season 8", "achte staffel" -> "staffel 8", "season eight" ->
    "season 8")."""
    s = _ORDINAL_SEASON.sub(_ordinal_repl, low)
    if "season" in s or "series" in s or "staffel" in s:
        s = _SEASON_CARDINAL.sub(_cardinal_repl, s)
    return s


# ---------------------------------------------------------------- a client access licence's kind
CAL = "_sw42_cal"
_CAL_HINT = _re.compile(r"(?<![a-z])cals?(?![a-z])|client access", _re.I).search
_USER = r"users?|benutzer|nutzer|utilisateurs?|usuarios?|utent[ei]|gebruikers?|uzytkownik(?:ow)?|użytkownik(?:ów)?|uzivatel[ue]?|uživatel[ůe]?"
_DEVICE = (r"devices?|geraete?|geräte?|geraten|peripheriques?|périphériques?|appareils?|dispositivos?|dispositiv[oi]|"
           r"apparaten|apparaat|urzadzen(?:ie|ia)?|urządzen(?:ie|ia)?|zarizeni|zařízení")
_KIND = _re.compile(r"(?<![a-z])(?:(" + _USER + r")|(" + _DEVICE + r"))(?![a-z])", _re.I)


def cal_kinds(title: str) -> frozenset:
    """The kinds ("user", "device") a client access licence's title names ("Windows Server 2022 CAL
    - 5 User", "RDS Device CAL", "Benutzer-CAL"); empty for any other title."""
    if "cal" not in title.lower() and "client" not in title.lower():
        return frozenset()
    if not _CAL_HINT(title):
        return frozenset()
    out = set()
    for m in _KIND.finditer(title):
        out.add("user" if m.group(1) else "device")
    return frozenset(out)


def cals_apart(fa: dict, fb: dict) -> bool:
    """Both titles a CAL's, one per user only, the other per device only."""
    a, b = fa.get(CAL), fb.get(CAL)
    return bool(a) and bool(b) and len(a) == 1 and len(b) == 1 and a != b


# ---------------------------------------------------------------- the devices a licence installs on
# "Microsoft 365 Business Standard (1 user, 5 PCs/Macs + 5 tablets + 5 phones)": the "+" joins the counts of
# devices one licence installs on - no tablet or phone added to the product (``accessory.added_product``); read
# so only in a title about a licence or a subscription (a term, a plan's or a user's word) and with the count
# right before the device's kind
_LICENCE_WORDS = frozenset("""subscription subscriptions abo abonnement membership license licence lizenz licencia
licenza user users nutzer benutzer utilisateur utilisateurs usuario usuarios utente utenti""".split())


_COUNTED = _re.compile(r"(\d+)([a-z]+)").fullmatch
_INSTALL_ON = frozenset("pc pcs mac macs computer computers device devices geraet geraete gerät geräte".split())
_USER_WORDS = frozenset("user users nutzer benutzer utilisateur utilisateurs usuario usuarios utente utenti".split())


def install_count(x, phrase, j: int, ts=None, i: int = 0, y=None, device_kind=None) -> bool:
    """Is ``phrase[j]`` (a device's kind after an add mark in x's title) counted by the number right
    before it, in a title about a licence or subscription?

    (fxsw42, attack42a: "Kaspersky Standard 1 Jahr 3 PCs + 1 Smartphone" / "... 3 PCs", "Microsoft 365 Single
    1 Jahr + 1 Tablet Lenovo Tab M10" / "... 1 Jahr" - a counted device after "+" was excused in any licence's
    title.)  Only inside the install list that follows a user count - "(1 user, 5 PCs/Macs + 5 tablets + 5
    phones)": the mark ``ts[i]`` joins a counted device to a counted device, a user's count before those -,
    with nothing but the count and the device in the added phrase (no model name after it: "+ 1 Tablet Lenovo
    Tab M10" is a tablet sold with it), and where the other title ``y`` prints none of the list's devices (a
    title printing "3 PCs" and not "+ 1 Smartphone" names another plan)."""
    if j == 0 or not phrase[j - 1].isdigit():
        return False
    u = x.units or {}
    if not (bool(u.get("dur")) or not _LICENCE_WORDS.isdisjoint(x.wordset)):
        return False
    if ts is None:
        return True
    if len(phrase) != j + 1:
        return False  # (a name after the device: "+ 1 Tablet Lenovo Tab M10")
    # the list before the mark - a counted device ("5 PCs/Macs", "5pcs macs") -, back to a user's count
    kind = device_kind

    def device_kind(w):
        return w in _INSTALL_ON or kind(w)

    k, devices, counted = i - 1, [], False
    while k >= 0:
        w = ts[k]
        if device_kind(w):
            devices.append(w)
        else:
            m = _COUNTED(w)
            if m and device_kind(m.group(2)):
                devices.append(m.group(2))
                counted = True
            elif w.isdigit() and devices:
                counted = True
            else:
                return False
            k -= 1
            break
        k -= 1
    if not counted or k < 0:
        return False
    m = _COUNTED(ts[k])
    if not ((m and m.group(2) in _USER_WORDS) or (k and ts[k] in _USER_WORDS and ts[k - 1].isdigit())):
        return False  # (no user's count before the list: "1 Jahr 3 PCs + 1 Smartphone")
    # the other title prints none of the list's devices ("... 3 PCs" names its own plan)
    listed = set(devices)
    listed.update(w for w in ts[i + 1:] if device_kind(w))
    for w in y.wordset if y is not None else ():
        m = _COUNTED(w)
        if w in listed or (m and m.group(2) in listed):
            return False
    return True


# ---------------------------------------------------------------- a release's kind and a line's cloud name
# "Multitude - Stromae - CD album" / "Stromae - Multitude [CD]": "album" beside a music format the title prints
# is the kind of the release the format already names, as "Board Game" or "Blu-ray" is - no word of its name
# (where the other title names a music format too: a photo album or a comic's "album cartonné" keeps its word).
# Adobe's "Acrobat Pro DC" (Document Cloud) is the subscription line every other shop calls "Acrobat Pro": the
# "DC" after the edition is excused where the other title names Acrobat and no version year ("Acrobat Pro 2020"
# is the perpetual licence, another product) - one line's name, but it stood in seven authors' held-out files.
_MUSIC_FORMATS = frozenset("""cd cds 2cd 3cd lp lps 2lp 3lp vinyl vinyls vinyle vinilo vinile schallplatte
cassette""".split())
# (fxsw42, attack42a: "Taylor Swift - Lover - CD album" / "Lover [Cassette]", "Rumours - CD album" / "Rumours [2CD]",
# "Midnights - CD album" / "Midnights (3am Edition) [CD]" - "album" was excused where both titles named any music
# format.)  Only where the two name the same format with the same count of discs, and the other title names no
# edition of the release this one does not
_FORMAT_KIND = {"cd": "cd", "cds": "cd", "lp": "vinyl", "lps": "vinyl", "vinyl": "vinyl", "vinyls": "vinyl",
                "vinyle": "vinyl", "vinilo": "vinyl", "vinile": "vinyl", "schallplatte": "vinyl",
                "cassette": "cassette", "cassettes": "cassette", "tape": "cassette", "mc": "cassette"}
_DISCS = _re.compile(r"(\d)(cds?|lps?)").fullmatch
_EDITION_WORDS = frozenset("""edition editions deluxe version remaster remastered remasters anniversary expanded
special limited collector collectors super bonus edicion edición ausgabe jubilaumsausgabe jubiläumsausgabe""".split())


def _formats(ws) -> dict:
    """A title's music formats, each with its count of discs ("[2CD]", "2 CD", "CD album": cd 2, cd 2, cd 1)."""
    out = {}
    for i, w in enumerate(ws):
        m = _DISCS(w)
        if m:
            k, n = _FORMAT_KIND[m.group(2)], int(m.group(1))
        elif w in _FORMAT_KIND:
            k = _FORMAT_KIND[w]
            n = int(ws[i - 1]) if i and ws[i - 1].isdigit() and len(ws[i - 1]) == 1 else 1
        else:
            continue
        out[k] = max(out.get(k, 0), n)
    return out


_ACROBAT_EDITIONS = frozenset("pro standard".split())
_ACROBAT_NAME = _ACROBAT_EDITIONS | {"acrobat"}
_YEAR = _re.compile(r"(?:19|20)\d\d").fullmatch


# (fxsw42, attack42a: "Adobe Acrobat Standard DC Windows" / "Acrobat Standard 9 Windows", "Acrobat Pro DC Mac" /
# "Acrobat Pro Mac Version 11" - the guard refused a version year only.)  Any version the other title prints is
# another release than the DC line: "Version N" / "V N", a roman X / XI, or a bare number after "Acrobat" or its
# edition that counts no term, user or device ("Acrobat Pro 1 Year" is the subscription, "Acrobat Standard 9" a
# release)
_ROMAN_VERSIONS = frozenset("v vi vii viii ix x xi xii".split())
_VERSION_WORDS = frozenset("version versione versión versao v ver".split())
_COUNTED_NOUNS = frozenset("""year years yr yrs jahr jahre jahres month months monat monate monats mois an ans
ano anos año años anno anni mese mesi jaar maand maanden day days tag tage user users nutzer benutzer pc pcs mac
macs device devices geraet geraete gerät geräte seat seats licence license lizenz""".split())
_VERSION_NUMBER = _re.compile(r"\d{1,2}(?:\.\d{1,2})?").fullmatch


def _acrobat_version(ws) -> bool:
    for i, w in enumerate(ws):
        if w in _ROMAN_VERSIONS and i and ws[i - 1] in _ACROBAT_NAME:
            return True
        m = _VERSION_NUMBER(w)
        if m is None and w[:1] == "v" and _VERSION_NUMBER(w[1:]):
            return True  # ("v11")
        if m is None:
            continue
        if i and ws[i - 1] in _VERSION_WORDS:
            return True  # ("Version 11")
        if i and ws[i - 1] in _ACROBAT_NAME and (i + 1 == len(ws) or ws[i + 1] not in _COUNTED_NOUNS):
            return True  # ("Acrobat Standard 9 Windows")
    return False


def _acrobat_dc(p, other) -> bool:
    ws = p.words
    if "acrobat" not in p.wordset or "acrobat" not in other.wordset or "dc" in other.wordset:
        return False
    if any(_YEAR(x) for x in other.words) or _acrobat_version(other.words):
        return False
    return any(x == "dc" and i and ws[i - 1] in _ACROBAT_EDITIONS for i, x in enumerate(ws))


def excused(w: str, p, other):
    if w == "album":
        if _MUSIC_FORMATS.isdisjoint(p.wordset) or _MUSIC_FORMATS.isdisjoint(other.wordset):
            return None
        if _formats(p.words) != _formats(other.words):
            return None  # ("CD album" / "[2CD]", "[Cassette]", "[2LP]": another format or disc count)
        if not (_EDITION_WORDS & other.wordset) <= p.wordset:
            return None  # ("Midnights - CD album" / "Midnights (3am Edition) [CD]")
        return 1
    if w == "dc":
        return 1 if _acrobat_dc(p, other) else None
    return None


def _gate(w: str) -> bool:
    return w == "album" or w == "dc"


def install(W) -> None:
    """Add the step to ``wordclass``'s rewording steps (``W``: the module)."""
    W._add_steps(((_gate, excused),))
