"""Session 38 (sw38): software and video games as two shops title them
(``benchmarks/pairs/sw38.jsonl``), by principle:

* **a licence's term named by its adjective** - "Annual Subscription", "Yearly Plan", "Jahresabo",
  "abonnement annuel", "Monthly" - is the term the other title states in figures ("1-Year
  Subscription", "12 Monate"): the word is excused where the other offer's title states that term
  (365 days; a month for "Monthly") and no other, and this title states no term in figures;
* **the words of a licence kind the licence facet reads** - "System Builder" (OEM) - are no words of
  the product's name where the other title names a kind of licence too: the facet compares the two
  (``facets._LICENCE_OF``; against a title naming none they are the only evidence of the OEM licence);
* **how a boxed copy is delivered** - "Mídia Física", "Physical Copy", "Disco físico" - is a delivery
  phrase as "Retail Box" is, unless the other title names a digital delivery ("Digital Code",
  "Download", "Key", a digital store: "Steam", "eShop");
* **how a subscription is billed or a licence sent** - "with Auto-Renewal", "automatische Verlängerung"
  in a title about a subscription; "serial" beside a delivery word ("(Boxed/Serial)", "Serial Download");
* **every language** - "Win All Lng ESD", "All Languages", "alle Sprachen" - where the other title names
  no language, by name or by code ("EN", "DE", "UK") (a language named on one side only is no
  disagreement; two are compared as before);
* **a suite's kind** - "Software Bundle", "Plugin Bundle" closing a program's name ("KOMPLETE 14
  STANDARD - Software Bundle") - sells no product with extras: the program is a suite;
* **a licence count's word in a shop's language** after its number ("1 Nutzer", "3 utilisateurs") -
  the count itself is compared by the pack / licence facet;
* **a plan's default audience** - "Individual" (of "Adobe Acrobat Pro 12 Months Individual",
  "Nintendo Switch Online Individual Membership") - in a title about a subscription or licence, the
  other naming no other audience (Family, Teams, Business ...).

A leaf module: ``wordclass`` passes itself to ``install``.
"""

from __future__ import annotations

import re as _re

# ---------------------------------------------------------------- a term named by its adjective
_YEARLY = frozenset("""annual annually yearly jahresabo jahresabonnement jahreslizenz jahresversion
jaehrlich jahrlich annuel annuelle anual anuales annuale annuali roczna roczny roczne""".split())
_MONTHLY = frozenset("""monthly monatlich monatsabo mensuel mensuelle mensual mensile miesieczna
miesieczny""".split())
_TERM_OF = {**dict.fromkeys(_YEARLY, 365.0), **dict.fromkeys(_MONTHLY, 365.0 / 12)}


def _terms(p) -> frozenset:
    u = p.units or {}
    return u.get("dur") or frozenset()


def term_adjective(w: str, p, other) -> bool:
    """Is ``w`` a term's adjective ("Annual") where p states no term in figures and the other title
    states that term and only it ("1-Year Subscription", "12 Monate")?"""
    days = _TERM_OF.get(w)
    if days is None:
        return False
    # (session 42, sw42: or p states that term in figures too, beside its adjective - "PowerDirector 365
    # Jahresabo (12 Monate)" / "PowerDirector 365 - 1 Year": the adjective says again what both state)
    pd = _terms(p)
    if pd and not (len(pd) == 1 and abs(next(iter(pd)) - days) < 1.0):
        return False
    od = _terms(other)
    return len(od) == 1 and abs(next(iter(od)) - days) < 1.0


_FIGURED_TERM = _re.compile(r"\d{1,3}-?(?:years?|yrs?|months?|mos?|jahre?|monate?|monaten|mois|ans?|anos?|anni|anno|"
                           r"mes|meses|mesi)").fullmatch


def term_adjective_in_slot(w: str, ws, other) -> bool:
    """(read by ``variants._excused``) Is ``w`` a term's adjective in a title (words ``ws``) stating no
    term in figures, the other offer stating that term and no other ("Norton 360 Deluxe *Annual*
    Subscription" / "Norton 360 Deluxe 1 Year")?  Then it is no variant in the name's slot."""
    days = _TERM_OF.get(w)
    if days is None or any(_FIGURED_TERM(x) for x in ws):
        return False
    od = _terms(other)
    return len(od) == 1 and abs(next(iter(od)) - days) < 1.0


# ---------------------------------------------------------------- "System Builder" = OEM
# The licence facet compares a licence's kind only where both titles name one (``facets._LICENCE_OF``): against
# a title naming none ("Windows 11 Pro 64-bit USB Flash Drive", "... Download", "... ESD": the retail stick, a
# download) the words of "System Builder" are the only evidence of the OEM licence, and excusing them there left
# nothing apart (the session's attacker, attack38: 14 pairs).  They are excused only where the other title
# names a kind of licence too - "OEM" ("... 64 Bit OEM English DVD - System Builder" / "... OEM 64-bit | DVD"),
# "Retail", "Full Version", an academic licence -, the facet then comparing the two (as session 31's "FPP",
# ``wordclass.retail_box``, is read only against a title naming the retail licence).
_LICENCE_OF: frozenset = frozenset()  # (the words of ``facets._LICENCE_OF``: ``facets`` passes them, a leaf module)
_FULL_NEXT = frozenset(("version", "versions", "versione", "versao"))


def use_licence_kinds(table) -> None:
    """(called by ``facets``) The words the licence facet reads as a kind of licence."""
    global _LICENCE_OF
    _LICENCE_OF = frozenset(table)


def names_licence_kind(o) -> bool:
    """Does o's title name a kind of licence the licence facet reads ("OEM", "System Builder", "Retail",
    "Vollversion", "Full Version", "Academic", "Teacher")?"""
    if not _LICENCE_OF.isdisjoint(o.wordset):
        return True
    ws = o.words
    return any((a == "system" and b == "builder") or (a == "full" and b in _FULL_NEXT) for a, b in zip(ws, ws[1:]))


def licence_phrase(w: str, p, other) -> bool:
    """Is ``w`` a word of "System Builder" in p's title (the licence facet reads it as OEM), the other title
    naming a kind of licence too (``names_licence_kind``: the facet compares the two)?"""
    if w not in ("system", "builder"):
        return False
    ws = p.words
    if not any(ws[i] == "system" and ws[i + 1] == "builder" for i in range(len(ws) - 1)):
        return False
    return names_licence_kind(other)


# ---------------------------------------------------------------- a boxed copy's delivery
_PHYSICAL_PHRASES = tuple(tuple(ph.split()) for ph in (
    "midia fisica", "media fisica", "physical copy", "physical disc", "physical media",
    "disco fisico", "formato fisico", "version fisica", "versao fisica", "copia fisica", "supporto fisico",
    "physische version", "physische kopie", "version physique", "copie physique",
))
_PHYSICAL_WORDS = frozenset(w for ph in _PHYSICAL_PHRASES for w in ph)
# what says a copy is delivered as a code or a download - also a digital store's name: "Elden Ring PC Steam" is
# a Steam key, no boxed copy (fxsw38: "Physical Copy" excused against it was the only word apart)
_DIGITAL = frozenset("""digital digitale numerique download downloads esd key keys code codes voucher
keycard email steam eshop psn gog uplay""".split())


def _at(ws, ph) -> bool:
    k = len(ph)
    return any(tuple(ws[i:i + k]) == ph for i in range(len(ws) - k + 1))


def physical_copy(w: str, p, other) -> bool:
    """Is ``w`` a word of a phrase saying the copy is boxed ("Mídia Física") in p's title, the other
    title naming no digital delivery?"""
    if not _DIGITAL.isdisjoint(other.wordset):
        return False
    return any(w in ph and _at(p.words, ph) for ph in _PHYSICAL_PHRASES)


# ---------------------------------------------------------------- a licence count's word
_COUNT_WORDS = frozenset("""nutzer benutzer nutzern benutzern anwender utilisateur utilisateurs usuario
usuarios utente utenti uzivatel uzivatele uzivatelu uzytkownik uzytkownikow gebruiker gebruikers
persona personas personne personnes persone person people""".split())


def licence_count_word(w: str, p, other) -> bool:
    """Is ``w`` a licence count's word right after its number ("1 Nutzer", "3 utilisateurs") where the
    other title states a count too (both read by the pack / licence facet: a number in words)?"""
    ws = p.words
    if not any(x == w and i and ws[i - 1].isdigit() for i, x in enumerate(ws)):
        return False
    return any(x.isdigit() and i + 1 < len(other.words) and other.words[i + 1] in _COUNT_WORDS | _OTHER_COUNT
               for i, x in enumerate(other.words))


_OTHER_COUNT = frozenset("""user users seat seats device devices pc pcs computer computers geraet geraete
gerat gerate appareil appareils dispositivo dispositivos licence licences license licenses""".split())


# ---------------------------------------------------------------- a plan's default audience
# (session 42, sw42: German "Einzel" - "12-Monats-Mitgliedschaft (Einzel)" -, Dutch, Polish; a membership in the
# shops' languages a plan word: "Mitgliedschaft", "lidmaatschap")
_DEFAULT_AUDIENCE = frozenset("""individual individuel individuelle individuale einzelplatz einzel einzelnutzer
individueel indywidualny indywidualna""".split())
_OTHER_AUDIENCE = frozenset("""family familie famille familia famiglia teams team business group groups
household enterprise education edu student students studenten etudiant multi""".split())
_PLAN_WORDS = frozenset("""subscription subscriptions membership memberships abo abonnement suscripcion
abbonamento plan license licence lizenz mitgliedschaft lidmaatschap""".split())


def default_audience(w: str, p, other) -> bool:
    """Is ``w`` "Individual" in a title about a subscription or licence (a term or a plan word), the
    other naming no other audience?"""
    if w not in _DEFAULT_AUDIENCE or not _OTHER_AUDIENCE.isdisjoint(other.wordset):
        return False
    return bool(_terms(p) or _terms(other)) or not _PLAN_WORDS.isdisjoint(p.wordset)


# ---------------------------------------------------------------- how a subscription is billed or a licence sent
# "12-Month Subscription with Auto-Renewal", "Abo mit automatischer Verlängerung": billing, no product; a serial
# number sent for a licence ("(Boxed/Serial)", "Serial Download", "Serial Key"): its delivery
_BILLING_PHRASES = tuple(tuple(ph.split()) for ph in (
    "auto renewal", "auto-renewal", "autorenewal", "auto renew", "auto-renew", "autorenew", "automatic renewal",
    "auto renewing", "automatische verlangerung", "automatischer verlangerung", "automatischen verlangerung",
    "renouvellement automatique", "renovacion automatica", "rinnovo automatico",
))
_BILLING_WORDS = frozenset(w for ph in _BILLING_PHRASES for w in ph)
_SERIAL_NEXT = frozenset("download key code number numbers boxed box license licence lizenz esd card".split())


def _subscription(p) -> bool:
    return bool(_terms(p)) or not _PLAN_WORDS.isdisjoint(p.wordset)


def billing_phrase(w: str, p, other) -> bool:
    """Is ``w`` a word of a billing phrase ("with Auto-Renewal") in a title about a subscription?"""
    return _subscription(p) and any(w in ph and _at(p.words, ph) for ph in _BILLING_PHRASES)


def serial_delivery(ws, i: int) -> bool:
    """Is ``ws[i]`` "serial" beside a word of how a licence is delivered ("Boxed/Serial", "Serial Download",
    "Serial Key")?"""
    if ws[i] != "serial":
        return False
    return (i + 1 < len(ws) and ws[i + 1] in _SERIAL_NEXT) or (i > 0 and ws[i - 1] in _SERIAL_NEXT)


def delivery_in_slot(w: str, ws, i: int) -> bool:
    """(read by ``variants._excused``) Is ``ws[i]`` a word of a billing phrase or a serial's delivery?"""
    if w == "serial":
        return serial_delivery(ws, i)
    return w in _BILLING_WORDS and any(w in ph and _at(ws, ph) for ph in _BILLING_PHRASES)


# ---------------------------------------------------------------- every language
# "Win All Lng ESD", "All Languages", "alle Sprachen", "todos los idiomas": the licence in every language - as a
# language named on one side only, no disagreement where the other names no language (``wordclass.SPEC``)
_ALL_LANGUAGES = tuple(tuple(ph.split()) for ph in (
    "all languages", "all language", "all lng", "all lang", "all langs", "alle sprachen", "toutes langues",
    "toutes les langues", "todos los idiomas", "todos idiomas", "tutte le lingue", "multi language",
    "multi languages", "multi lingual", "multi lng",
))
_ALL_LANGUAGE_WORDS = frozenset(w for ph in _ALL_LANGUAGES for w in ph)
# a language named by its code or its country's ("Office 2021 Professional Plus EN ESD", "... DE ESD", "(UK)"):
# ``wordclass.SPEC`` reads none of these two-letter words as a language (most are words of a language too), but
# against "All Languages" each names one language - the only thing apart once "All Languages" is excused
# (fxsw38; "de", "it", "es" as words of a title only keep the excuse away: as before session 38)
_LANGUAGE_CODES = frozenset("en de es it pl nl pt cz cs sk hu ro ru tr uk us".split())
_W = None


def all_languages(w: str, p, other) -> bool:
    """Is ``w`` a word of "All Languages" in p's title, the other naming no language (by its name, or by its
    code or its country's: "EN", "DE", "UK")?"""
    langs = _W.SPEC.get("language", {}) if _W is not None else {}
    if any(x in langs or x in _LANGUAGE_CODES for x in other.wordset):
        return False
    return any(w in ph and _at(p.words, ph) for ph in _ALL_LANGUAGES)


# ---------------------------------------------------------------- a suite's kind
SUITE_OF = frozenset("software plugin plugins plug-in plug-ins".split())


def suite_kind(w: str, p, other) -> bool:
    """Is ``w`` the "bundle" of "Software Bundle" / "Plugin Bundle" in p's title - the kind of program sold,
    a suite ("Native Instruments KOMPLETE 14 STANDARD - Software Bundle"; ``facets.is_bundle`` reads no
    bundle there)?"""
    ws = p.words
    return any(x == "bundle" and i and ws[i - 1] in SUITE_OF for i, x in enumerate(ws))


_GATE_WORDS = (frozenset(_TERM_OF) | {"system", "builder", "bundle", "serial"} | _BILLING_WORDS
               | _ALL_LANGUAGE_WORDS) | _PHYSICAL_WORDS | _COUNT_WORDS | _DEFAULT_AUDIENCE


def _gate(w: str) -> bool:
    return w in _GATE_WORDS


def excused(w: str, p, other):
    if w in _TERM_OF:
        return 1 if term_adjective(w, p, other) else None
    if w == "serial":
        return 1 if any(x == w and serial_delivery(p.words, i) for i, x in enumerate(p.words)) else None
    if w in _BILLING_WORDS and billing_phrase(w, p, other):
        return 1
    if w in _ALL_LANGUAGE_WORDS and all_languages(w, p, other):
        return 1
    if w == "bundle":
        return 1 if suite_kind(w, p, other) else None
    if w == "system" or w == "builder":
        return 1 if licence_phrase(w, p, other) else None
    if w in _DEFAULT_AUDIENCE:
        return 1 if default_audience(w, p, other) else None
    if w in _PHYSICAL_WORDS and physical_copy(w, p, other):
        return 1
    if w in _COUNT_WORDS and licence_count_word(w, p, other):
        return 1
    return None


# ---------------------------------------------------------------- terms added up
# "12 Months + 3 Months", "1 Year + 3 Months Free": a bonus term after "+" lengthens the term
_DUR_SUM = _re.compile(r"(?<![\w.])(\d{1,3}) ?-?(years?|months?|jahre?|monate?|mois|meses|mesi|ans?|anos?)"
                       r"\s*\+\s*(\d{1,3}) ?-?(years?|months?|jahre?|monate?|mois|meses|mesi|ans?|anos?)(?![\w])")
_DAYS = {**dict.fromkeys(("year", "years", "jahr", "jahre", "an", "ans", "ano", "anos"), 365.0),
         **dict.fromkeys(("month", "months", "monat", "monate", "mois", "meses", "mesi"), 365.0 / 12)}


def summed_terms(cleaned: str):
    """[(first, second, total)] in days for each "N unit + M unit" of a cleaned title."""
    if "+" not in cleaned:
        return ()
    out = []
    for m in _DUR_SUM.finditer(cleaned):
        a = float(m.group(1)) * _DAYS[m.group(2)]
        b = float(m.group(3)) * _DAYS[m.group(4)]
        out.append((a, b, a + b))
    return out


def install(W) -> None:
    """Add the step to ``wordclass``'s rewording steps (``W``: the module)."""
    global _W
    _W = W
    W._add_steps(((_gate, excused),))
