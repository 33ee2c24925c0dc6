"""The seed trade's vocabulary, read the same in every language before two offers are compared.

Seed banks sell one strain of one breeder as feminised, autoflowering or regular seeds, in
packs of 1, 3, 5, 10 ... seeds, and each shop writes that in its own language: "Black Jack
Feminised Seeds - Pack of 5", "Black Jack Feminizada - 5 semillas", "Black Jack feminisiert
5er Pack", "Black Jack féminisée 5 graines".  In a title about seeds (``seed_context``):

* type words become one canonical word (``canonical_text``): feminizada / feminisiert /
  féminisée / femminizzata / fem -> ``feminised``; autofloreciente / autoflowering /
  automática / automatic / auto -> ``auto``; regulares / régulière -> ``regular``; seed words
  (semillas, graines, Samen, semi, zaden ...) -> ``seeds``; a pack count written "5er", "x5"
  or "5x" -> ``5``;
* the seed type is a facet (``seed_type``): auto vs not auto (photoperiod), feminised vs
  regular - two offers that state different types are different products (``type_conflict``);
* the pack is a facet too, read by ``crawler.units.parse_units`` (the project's one pack
  parser: "Pack of 5", "5 semillas", "5er Pack", "5 graines", "x5" are all 5 seeds);
* "seeds", "feminised" (the default a strain is sold as) and pack words describe, they do not
  identify; "auto" and "regular" do (a strain's auto or regular line is another product, and a
  title that does not say so is not it).

Session 30 (seed30) read more of the trade's ways (each at its definition): a seed bank's name puts a
title about seeds (``_BREEDERS``) and its unambiguous initials are its name (``_INITIALS``); "auto"
glued to a strain (``_GLUED_AUTO``); one crop, one name (``_CROP_NAMES``) and a crop's "Hybrid" its F1
(``_HYBRID``); a quoted cultivar and a botanical name before it (``cultivar_title``); the count after
the seed word (``counted_after``); a strain's version (``seed_type``, ``type_conflict``); a word of a
cannabis strain's name on one side only (``strain_word_one_side``, the learned stage's veto).

Session 30 (seedw30) read the brand field and more words: a seed bank's or seed house's brand puts a
title about seeds (``seed_brand``); "cannabis" and the pack's count words describe (``NOT_IDENTIFYING``);
a glued count is the seeds' count (``_count``); organic seed in every language, one side's organic line
another packet (``organic_one_side``); a botanical name in brackets an aside (``botanical_aside``); a
hybrid denied is open-pollinated (``_OPEN_PHRASE``).

Session 31 (seed31): a count with a shop's pack word is the count of seeds (``_PACK_COUNT``); the seed houses a
title or its brand field names (``houses``), CBD, the packet's form (seed tape, pelleted seed: ``forms_canonical``)
and a weight against a count are marks of the seed type (``seed_marks``, ``type_conflict``); more crops and an old
variety's words.

CBD stays a plain (identifying) word: "Dinamed CBD" is another strain than "Dinamed", and a
CBD strain is sold feminised or auto like any other.  Outside a seed context nothing changes:
"auto", "automatic" and "regular" mean other things in other shops.
"""

from __future__ import annotations

import re

from .lexicon import NEGATION
from .memos import memo

# words that put a title about seeds (accent-free, lower case, as ``titles.words`` gives);
# not Italian "semi" alone ("semi-automatic"), nor "auto" / "regular" / "cbd" alone
_SEED_WORDS = frozenset("""
seed seeds semilla semillas graine graines samen zaden zaadjes semente sementes semini
cannabis marijuana marihuana
""".split()) | frozenset(
    # (session 30, seedw30: German "Saatgut" - seed stock -, Italian "sementi", Dutch "zaad", the words
    # the seed houses print: "Tomate 'Matina' Saatgut", "Sementi Franchi")
    ("saatgut", "sementi", "zaad")) | frozenset(
    # (session 31, seed31: French "semences", and the words of a packet's form that only seeds take - seed
    # tape, "Saatband", "zaadlint", pelleted seed, "Pillensaat", "pillenzaad")
    ("semences", "semence")) | frozenset(
    # (session 32, sd32: German compounds, "Gemüsesamen" / "Blumensamen" / "Kräutersamen" - vegetable, flower,
    # herb seeds - printed by one shop where another prints "Saatgut")
    ("gemusesamen", "blumensamen", "krautersamen")) | frozenset(_FORM_SEED_WORDS := (
        "saatband", "saatbander", "zaadlint", "zaadlinten", "pillensaat", "pillenzaad"))
_FEMINISED = frozenset("""
feminised feminized feminizada feminizadas feminizado feminizados feminisiert feminisierte
feminisierter feminisiertes feminisierten feminisee feminisees feminise feminises feminizzata
feminizzate feminizzati feminizzato femminizzata femminizzate femminizzati femminizzato
gefeminiseerd gefeminiseerde feminizovana feminizovane feminizovany feminizada fem femme
""".split()) - {"femme"}
_AUTO = frozenset("""
autoflowering autoflower autoflowers autoflowered autofloreciente autoflorecientes
autofleurissante autofleurissantes autofiorente autofiorenti autoflorescente autoflorescentes
autobloeiend autobloeiende autoflorierend autoflorierende autofloraison automatic automatica automaticas
automatico automaticos automatique automatiques automatik automatisch automatische auto autos
""".split())
_REGULAR = frozenset("""
regular regulars regulares regulier reguliere regulieres regulare regolare regolari regulaer
reguliar reg
""".split())  # (session 30, seedw30: and "Reg", the banks' short form - "White Widow Reg - Seedsman")
# triggers on their own: the seed words and the unambiguous type words (not "auto", "regular");
# (session 30, seed30) and "pollinated" ("Open Pollinated": only a plant's seed is sold so)
TRIGGERS = _SEED_WORDS | (_FEMINISED - {"fem"}) | frozenset(
    w for w in _AUTO if w.startswith("autofl") or w.startswith("autofi") or w.startswith("autobl")) | frozenset(
    ("pollinated", "openpollinated", "polinizacion", "pollinisation", "impollinazione"))
# (session 30, seed30) a seed bank whose name holds no seed word puts a title about seeds as the word
# "seeds" does: a breeder sells seeds only ("Blue Gelato 41 fem x3 - Barneys Farm", "RQS - Northern
# Light (fem) 3 pcs"); the names as ``titles.words`` splits them
_BREEDERS = tuple(tuple(n.split()) for n in (
    "barneys farm", "barney s farm", "dinafem", "fastbuds", "fast buds", "dutch passion", "rqs", "kannabia",
    "seedsman", "mephisto genetics", "ethos genetics", "dna genetics", "ilgm", "buddha seeds",
    # (session 30, seedw30: and the seed houses that sell seeds only - "Kiepenkerl Tomate Harzfeuer F1",
    # "VILMORIN Radis Flamboyant 3 (25g)", "Sperli Tomate Matina"; not the ones that sell plants and tools
    # too, Thompson & Morgan, Suttons, Burpee, nor a name that means another trade, Franchi's guns)
    "kiepenkerl", "sperli", "vilmorin",
    # (session 31, seed31: and more houses that sell seeds only - "Sla Salad Bowl gepilleerd - De Bolster",
    # "Rocalba Albahaca 'Siam Queen'", "Batlle Pompoen 'Red Kuri'", "Ducrettet Coriandre 'Santo'")
    "de bolster", "rocalba", "batlle", "ducrettet", "baumaux", "bingenheimer"))
_BREEDER_FIRST = frozenset(n[0] for n in _BREEDERS)

# (session 30, seed30: and the Spanish, Italian, German ones - "aprox. 1000", "circa", "ungefahr")
_ABOUT = frozenset("approx approx. approximately circa ca. ca about environ etwa aprox aprox. aproximadamente "
                   "ungefahr env. env".split())
_OPEN = frozenset("heirloom heirlooms heritage samenfest samenfeste samenfester reproductible reproductibles "
                  "openpollinated zaadvast zaadvaste".split())  # (session 30, seedw30: Dutch "zaadvast")
# (session 30, seed30: and in Spanish, French, Italian - "polinizacion abierta", "pollinisation libre",
# "impollinazione aperta")
# (session 30, seedw30: and a hybrid denied in every language - "niet-hybride", "no híbrido", "non ibrido",
# "non hybride", "nicht hybrid" were read as F1, the opposite -, "impollinazione libera")
_OPEN_PHRASE = re.compile(r"\bopen[\s-]+pollinated\b|\bpolinizacion\s+abierta\b"
                          r"|\bpollinisation\s+libre\b|\bimpollinazione\s+(?:aperta|libera)\b"
                          r"|\b(?:non|niet|no|nicht|kein|keine|geen)[\s-]+(?:hybrid|hybride|hybriden|hibrido|hibrida|"
                          r"ibrido|ibrida|ibridi)\b"
                          # (session 31, seed31: an old variety, the seed houses' word for an heirloom - "variété
                          # ancienne", "varietà antica", "variedad tradicional")
                          r"|\bvarietes?\s+anciennes?\b|\bvarieta\s+antica\b|\bvarieta\s+antiche\b"
                          r"|\bvariedad(?:es)?\s+tradicional(?:es)?\b")
# (session 30, seedw30) organic seed, certified so: a seed house's organic line of a cultivar is another
# packet than its conventional one ("Tomate Matina" / "Tomate Matina Bio" of Sperli, "Little Gem" /
# "Little Gem Organic" of Suttons) - ``organic_one_side``; not "AB" (the French label's initials: too
# many other things) nor "eco" alone
_ORGANIC = frozenset("organic organically bio biologico biologica biologicos biologicas biologici biologiche "
                     "biologique biologiques biologisch biologische biologischer biologisches ecologico "
                     "ecologica ecologicos ecologicas organico organica organicos organicas organisch "
                     "organische oekologisch okologisch okologische".split())
# a vegetable's breeding, compared as the type is: a first-generation hybrid is no open-pollinated
# seed of that name (session 29, dev29)
_POLLINATION = frozenset(("f1", "openpollinated"))
# (Italian "semi" is read as seeds only in a title already about seeds, German "Korn" too)
# (session 30, seed30: and German "Korn" / "Korner", the seeds a packet counts - "10 Korn")
# (session 31, seed31: not the words of a packet's form, read as the form - ``forms_canonical``)
CANON = {**{w: "seeds" for w in (_SEED_WORDS | {"semi", "korn", "korner"}) - {"cannabis", "marijuana", "marihuana"}
            - frozenset(_FORM_SEED_WORDS)},
         **{w: "feminised" for w in _FEMINISED}, **{w: "auto" for w in _AUTO},
         **{w: "regular" for w in _REGULAR},
         # (session 29, dev29: a seed count "approx 100", "ca. 50" is the count; "Hybrid" is not read as
         # "F1" - a cannabis strain's "Hybrid" is an indica x sativa cross, "Petunia Hybrida" a species -
         # session 29's attacker)
         **{w: "" for w in _ABOUT},
         # (and the open-pollinated one, an heirloom: the other way a vegetable's seed is bred)
         **{w: "openpollinated" for w in _OPEN},
         # (session 30, seedw30: organic seed in the shops' languages - "Bio", "biologique", "ecológicas")
         **{w: "organic" for w in _ORGANIC}}
_CANON_WORD = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, CANON), key=len, reverse=True)) + r")\b")
# a pack count glued to its marker: "5er" (de), "x5" / "5x"
_GLUED_COUNT = re.compile(r"\b(?:(\d{1,4})(?:er|x)|x(\d{1,4}))\b")

# describe, never identify (in a seed context); "auto" / "regular" always identify there
NOT_IDENTIFYING = frozenset(("seeds", "feminised", "pack", "packs", "packung", "paquete", "pacchetto",
                             "confezione", "semillas", "lot", "sachet", "er", "f1", "openpollinated")) | frozenset(
    # (session 30, seedw30: "cannabis" / "marijuana" say what the seeds are, as "seeds" does - "Feminised
    # Cannabis Seeds" is a strain's seeds; and the pack's count words in the shops' languages, the pack
    # a facet of its own: "3 Stk.", "10 uds", "5 pz", "10 stuks", "Pak van 5", "25 pcs")
    "cannabis marijuana marihuana stuck stueck stk stuks stuk uds ud unidades pz pezzi pcs pc pieces piece "
    "pak van verpakking".split()) | frozenset(
    # (session 32, sd32: the packet in the seed houses' words - "Packet", "Pkt", Spanish "sobre", Italian
    # "busta" / "bustina", German "Tüte", Dutch "zakje": one shop prints it, another does not; but see
    # ``UNCOUNTED_PACKET``)
    "packet packets pkt sobre sobres busta bustina bustine tute zakje zakjes sachets".split())
# (session 32, sd32) "Packet" with no count beside it is a size a house sells - Johnny's "Packet" against its
# "1,000 seeds" -, so it identifies in a title whose pack count was not read
UNCOUNTED_PACKET = frozenset(("packet", "pkt"))
IDENTIFYING = frozenset(("auto", "regular", "fastversion", "fastflowering"))
# (session 32, sd32) a strain's fast version - Sweet Seeds' "F1 Fast Version", "FV" - and fast-flowering
# line ("Fast Flowering", Fast Buds' "FF" is left: too short to read) are a type as "auto" is: "Black Jack
# F1 Fast Version" is no "Black Jack" feminised; "f1" before it is the cross's generation, no crop's F1
_FAST = re.compile(r"\b(?:f1\s+)?(?:fast\s+version|fv)\b|\bfast\s+flowering\b")


def _fast(m: re.Match) -> str:
    return " fastflowering " if m.group(0).endswith("flowering") else " fastversion "


# (session 32, sd32) a "+" closing a strain's name is a word of the name: "Critical+" (Dinafem's) is no
# "Critical", "Critical+ 2.0" no "Critical 2.0", and "Critical Plus 2.0" is "Critical+ 2.0" - a mark of the
# title (``seed_marks``: "@plus"), no word (one shop's title may be read as no seeds, its "+" dropped); not a
# promotion's "3+1", "+ 1 free"; and "Critical + 2.0": a version after it, no count
_PLUS = re.compile(r"(?<=[a-z])\+(?!\d)|(?<=[a-z]) \+(?! ?\d)|(?<=[a-z]) ?\+(?= ?\d{1,2}\.\d)|\bplus\b", re.I)
_PLUS_WORD = re.compile(r"(?<=[a-z]) plus\b")
# (what a "+" after a title's seed or pack word adds - "10 Seeds + free gift" - is a promotion, no name)
_PLUS_BEFORE = re.compile(r"([a-z]+)\s*$", re.I)
_PLUS_PROMO = re.compile(r"\s*(?:free|gratis|gratuit|gratuite|gift|regalo|cadeau|geschenk|omaggio)\b", re.I)
_PLUS_NOT_AFTER = frozenset(("seed", "seeds", "semillas", "graines", "samen", "zaden", "semi", "pack", "pcs", "free",
                             "gratis"))


def _plus_named(raw: str) -> bool:
    """(session 32, sd32) Does a raw title print a strain name's "+" (``_PLUS``)?"""
    for m in _PLUS.finditer(raw):
        before = _PLUS_BEFORE.search(raw, 0, m.start())
        if before is not None and before.group(1).lower() in _PLUS_NOT_AFTER:
            continue
        if _PLUS_PROMO.match(raw, m.end()):
            continue
        return True
    return False


def seed_context(ws, more=()) -> bool:
    """Is a title (its words ``ws``, and ``more``: its category's words) about seeds?"""
    return (not TRIGGERS.isdisjoint(ws) or (bool(more) and not TRIGGERS.isdisjoint(more))
            or (not _BREEDER_FIRST.isdisjoint(ws) and _names_breeder(list(ws)))
            or ("semi" in ws and _italian_seeds(list(ws))))


def _italian_seeds(ws: list) -> bool:
    """(session 30, seedw30) Italian "semi" where it can only be seeds: "Semi di pomodoro" (seeds of) or
    a count of them closing the title - "Confezione da 10 semi", "Pomodoro Raf (150 semi)"; not "semi"
    alone ("semi-automatic", "semi gloss")."""
    last = len(ws) - 1
    for i, w in enumerate(ws):
        if w == "semi" and ((i < last and ws[i + 1] == "di") or (i == last and i and ws[i - 1].isdigit())):
            return True
    return False


# (session 30, seedw30) a brand field that names a seed bank or a seed house - its words hold a seed
# word ("Sweet Seeds", "Semillas Batlle", "Sementi Franchi", "Humboldt Seed Company") or a seed bank's
# name (``_BREEDERS``: "Barney's Farm", "Dinafem", "Kiepenkerl") - puts the title about seeds as the
# title's own words would: "Moby Dick Auto - 25 pcs" of Dinafem is autoflowering seeds, "Tomaat
# Marmande Zaden" of Fitó a tomato
_seed_brands: dict = memo({})
_BRAND_MAX = 80


def seed_brand(brand) -> bool:
    """(session 30, seedw30) Does a brand field name a seed bank or a seed house?"""
    if type(brand) is not str or len(brand) > _BRAND_MAX:
        return False  # (a brand is a short name: a megabyte field is read as none - session 24's guard)
    hit = _seed_brands.get(brand)
    if hit is None:
        from . import titles as T
        ws = T.words(T.clean(brand))
        hit = seed_context(ws)
        if len(_seed_brands) < 50_000:
            _seed_brands[brand] = hit
    return hit


def _names_breeder(ws: list) -> bool:
    """(session 30, seed30) Do the words ``ws`` print a seed bank's name (``_BREEDERS``) in a row?"""
    for i, w in enumerate(ws):
        if w in _BREEDER_FIRST:
            for n in _BREEDERS:
                if tuple(ws[i:i + len(n)]) == n:
                    return True
    return False


def _canon(m: re.Match) -> str:
    return CANON[m.group(0)]


# (session 31, seed31) a count with a shop's pack word, glued or apart - "3 Pack", "5-pack", "1 Stk.", "3 pz",
# "3 stuks", "5 uds", "6 u.", "10 pcs" - is, in a title about seeds, the count of seeds "3 seeds" is: one
# shop's "White Widow Fem (Dinafem) - 3 Pack" is another's "White Widow Feminised 3 seeds" (the pack
# parser read both as 3; the words differed, "3pack" against "3 seeds", and were read as a variant)
_PACK_COUNT = re.compile(r"\b(\d{1,4}) ?(?:pack|packs|pk|pcs|pc|stk|stuck|stueck|stuks|stuk|uds|ud|u|pz|pezzi|"
                         r"unidades|unidad)\b\.?")


def _pack_count(m: re.Match) -> str:
    return m.group(1) + " seeds"


def _count(m: re.Match) -> str:
    # (session 30, seedw30: the count of seeds, wherever the title prints it - "x10 Skunk #1 Feminised",
    # "Auto Big Devil XL x3": read as "10 seeds" is, by the pack parser too; a "5er Pack" stays 5)
    return (m.group(1) or m.group(2)) + ("" if m.group(0)[-1:] == "r" else " seeds")


# (session 29, dev29) a bare number right after the seed word is the packet's count ("Tomato
# Moneymaker Seeds (approx 100)", "Seeds 100"): read as "100 seeds", as "100 Seeds" is
_COUNT_AFTER_SEEDS = re.compile(r"\bseeds\s*[(\[]?\s*\.?\s*(\d{1,5})\s*[)\]]?(?=\s|$)")


def _count_first(m: re.Match) -> str:
    return " " + m.group(1) + " seeds "


# (session 30, seed30) the count ``canonical_text`` wrote before the seed word where the title prints
# it after ("... 2  1000 seeds "): the count, rather than the number the raw title's seed word follows
_COUNTED = re.compile(r"\b\d{1,5} \d{1,5} seeds\b")


def counted_after(canonical: str) -> bool:
    """Did ``canonical_text`` move a count after the seed word right behind another number?"""
    return "seeds" in canonical and _COUNTED.search(canonical) is not None


# (session 30, seed30) "auto" glued to a strain's name is the autoflowering line of that strain:
# "AutoBlueberry" is "Auto Blueberry" (a word the type words do not hold: "autoflowering" stays)
_GLUED_AUTO = re.compile(r"\bauto(?!flo|fle|fio|mat)([a-z]{4,}|fem)\b")


def _auto_apart(m: re.Match) -> str:
    return m.group(0) if m.group(0) in CANON else "auto " + m.group(1)


# (session 30, seed30) a cultivar's name in single quotes, the horticultural way - "Carrot 'Autumn King
# 2'", "Zinnia elegans 'State Fair Mix'": the quotes mark a name, the closing one no inch mark; the
# botanical name written before it (genus, species epithet) says what the vernacular name after the
# cultivar says ("Lathyrus odoratus 'Cupani' Sweet Pea"), the epithet alone adds nothing to the genus
_QUOTED = re.compile(r"(?<![\w'\u2018\u2019])['\u2018]([^'\u2018\u2019\n]{1,40}?)['\u2019](?!\w)")
# (the epithet: a Latin ending - "odoratus", "elegans", "annuum", "pepo", "vulgaris" -, lower case)
_BINOMIAL = re.compile(r"\b([A-Z][a-z]{2,})\s+([a-z]{2,}(?:us|um|a|is|ii|ae|ans|ens|ides|or|ix|ex|o))\s+(?=['\u2018])")
_VERNACULAR_NEXT = re.compile(r"\s*([A-Za-z]{3,})")
_VERNACULAR_BEFORE = re.compile(r"([A-Za-z]{3,})\s*$")


def cultivar_title(title: str) -> str:
    """A raw title about seeds with its quoted cultivar's name unquoted and a botanical name before it
    read (see ``_QUOTED``); the title itself when it quotes no name."""
    names = list(_QUOTED.finditer(title))
    if not names:
        return title
    first = names[0]
    b = _BINOMIAL.search(title, 0, first.start() + 1)
    if b is not None and b.end() == first.start():
        nxt = _VERNACULAR_NEXT.match(title, first.end())
        before = _VERNACULAR_BEFORE.search(title, 0, b.start())
        vernacular = any(m is not None and m.group(1).lower() not in CANON and m.group(1).lower() not in _SEED_WORDS
                         for m in (nxt, before))
        # (the genus goes too where the vernacular name follows the cultivar or stands before the genus:
        # "Pois de senteur Lathyrus odoratus 'Cupani'")
        title = title[:b.start()] + ("" if vernacular else b.group(1) + " ") + title[b.end():]
    return _QUOTED.sub(lambda m: " " + m.group(1) + " ", title)


# (session 30, seedw30) a botanical name in brackets - a genus and a Latin epithet, "Lettuce (Lactuca
# sativa) 'Little Gem'", "Cetriolo (Cucumis sativus) Tanja" - says again what the crop's name before it
# says: an aside one shop prints and another leaves out, no word of the cultivar's name
_BOTANICAL_ASIDE = re.compile(r"\(\s*[A-Z][a-z]{2,}\s+(?:x\s+)?[a-z]{3,}(?:us|um|a|is|ii|ae|ans|ens|ides|or|ix|ex|o|i|es)"
                              r"(?:\s+(?:var|subsp|ssp)\.?\s+[a-z]{3,})?\s*\)")


def botanical_aside(title: str) -> str:
    """A raw title about seeds without a botanical name in brackets (``_BOTANICAL_ASIDE``)."""
    return _BOTANICAL_ASIDE.sub(" ", title)


# (session 30, seed30) a seed bank's initials, written out as the bank's name the other shop prints:
# "RQS" = "Royal Queen Seeds", "GHS" = "Green House Seeds", "T&M" = "Thompson & Morgan"; only
# initials one bank goes by (not "SS": Sweet Seeds, Sensi Seeds, Serious Seeds)
_INITIALS = {"rqs": "royal queen seeds", "ghs": "green house seeds", "t&m": "thompson morgan"}
_INITIALS_RE = re.compile(r"(?<![\w&])(?:rqs|ghs|t ?& ?m)(?![\w&])")


def _crop(m: re.Match) -> str:
    return _CROP[m.group(0)]


def _initials_out(m: re.Match) -> str:
    return " " + _INITIALS[m.group(0).replace(" ", "")] + " "


# (session 30, seed30) one crop, one name: a vegetable's or a flower's name in the languages of the seed
# shops - English, Spanish, German, French, Italian, Dutch; accent-free as ``titles.clean`` leaves them -
# is one English word in a title about seeds ("courgette" = "Zucchini" = "calabacin" = "zucchini",
# "Karotte" = "Mohre" = "zanahoria" = "carrot"); not "pea" (a sweet pea is a flower, no pea)
_CROP_NAMES = {
    "tomato": "tomato tomatoes tomate tomates tomaten pomodoro pomodori tomaat",
    "zucchini": "zucchini zucchinis courgette courgettes zucchine zucchina zucchino calabacin calabacines",
    "carrot": "carrot carrots zanahoria zanahorias karotte karotten mohre mohren carotte carottes carota carote "
              "wortel wortelen",
    "cucumber": "cucumber cucumbers pepino pepinos gurke gurken concombre concombres cetriolo cetrioli komkommer",
    "pepper": "pepper peppers pimiento pimientos paprika poivron poivrons peperone peperoni",
    "lettuce": "lettuce lechuga lechugas kopfsalat salat laitue laitues lattuga lattughe sla",
    "basil": "basil albahaca basilikum basilic basilico",
    "bean": "bean beans judia judias frijol frijoles bohne bohnen haricot haricots fagiolo fagioli",
    "onion": "onion onions cebolla cebollas zwiebel zwiebeln oignon oignons cipolla cipolle",
    "melon": "melon melons melone melonen meloen",
    "watermelon": "watermelon watermelons sandia sandias wassermelone wassermelonen pasteque pasteques anguria",
    "radish": "radish radishes rabano rabanos radieschen radis ravanello ravanelli rabanito rabanitos radijs radijsjes",
    "spinach": "spinach espinaca espinacas spinat epinard epinards spinaci spinacio spinazie",
    # (session 30, seedw30: beetroot, parsley and the Dutch lettuce "sla", Italian "zucchino" - one name too)
    "beetroot": "beetroot beetroots remolacha remolachas betterave betteraves barbabietola barbabietole",
    "parsley": "parsley perejil petersilie persil prezzemolo peterselie",
    "pumpkin": "pumpkin pumpkins kurbis citrouille citrouilles",
    "sunflower": "sunflower sunflowers girasol girasoles sonnenblume sonnenblumen tournesol tournesols girasole "
                 "girasoli zonnebloem",
    "zinnia": "zinnia zinnias zinnie zinnien",
    "petunia": "petunia petunias petunie petunien",
    "nasturtium": "nasturtium nasturtiums capucine capucines kapuzinerkresse capuchina capuchinas nasturzio",
    # (session 31, seed31: leek, coriander, kale, and the pumpkin and beetroot of Italian and Dutch shops -
    # "Lauch" = "Puerro" = "Poireau" = "Porro" = "Prei", "Coriandolo" = "Cilantro", "Zucca" = "Pompoen")
    "leek": "leek leeks puerro puerros lauch porree poireau poireaux porro porri prei",
    "coriander": "coriander cilantro koriander coriandre coriandolo",
    "kale": "kale grunkohl boerenkool",
    # (session 32, sd32: parsnip, and Sperli's "Radies" the radish)
    "parsnip": "parsnip parsnips pastinake pastinaken panais chirivia chirivias pastinaca pastinache pastinaak",
}
_CROP_NAMES["radish"] += " radies"
_CROP_NAMES["tomato"] += " wildtomate wildtomaten"  # (sd32: "Wildtomate 'Rote Murmel'", a tomato's cultivar)
_CROP_NAMES["pumpkin"] += " zucca zucche pompoen pompoenen potiron potirons"
_CROP_NAMES["beetroot"] += " kroot"
_CROP = {w: crop for crop, ws in _CROP_NAMES.items() for w in ws.split()}
# (session 30, seedw30) a cherry tomato, one word in German and Dutch, "cherry" in Italian, Spanish and
# French after the tomato: "Kirschtomate" = "Cherrytomaat" = "Pomodoro ciliegino" = "Tomate cerise" =
# "Tomate cereza" = "Cherry Tomato"
_CROP.update({w: "cherry tomato" for w in "kirschtomate kirschtomaten cherrytomate cherrytomaten cherrytomaat "
              "cherrytomaatjes".split()})
_CROP.update({w: "cherry" for w in "ciliegino ciliegini cereza cerise".split()})
_CROP_RE = re.compile(r"\b(?:" + "|".join(sorted(_CROP, key=len, reverse=True)) + r")\b")
# (session 30, seed30) a crop's "Hybrid" (Hybride, hibrido, ibrido) is its F1 hybrid ("Big Beef Hybrid
# Tomato" = "Big Beef F1 Tomato"); a cannabis strain's "Hybrid" is an indica x sativa cross (session
# 29's reason to leave it), so only in a title that names a crop (``_CROP``) and no cannabis type or
# word - never Latin "hybrida" ("Petunia x hybrida": a species)
_HYBRID = re.compile(r"\b(?:hybrid|hybride|hybriden|hibrido|hibrida|hibridos|hibridas|ibrido|ibrida|ibridi)\b")
_CANNABIS = re.compile(r"\b(?:feminised|auto|regular|cannabis|marijuana|marihuana|thc|cbd|indica|sativa|kush|"
                       r"strains?|haze|skunk|photoperiod)\b")
_CROP_WORDS = frozenset(_CROP_NAMES)
_LETTER_RUNS = re.compile(r"[a-z]+").findall


def canonical_text(cleaned: str) -> str:
    """``cleaned`` (``titles.clean`` of a title about seeds) with the seed trade's words in
    their canonical form (see the module)."""
    if "polli" in cleaned or "brid" in cleaned or "polini" in cleaned or "varie" in cleaned:
        cleaned = _OPEN_PHRASE.sub(" openpollinated ", cleaned)
    if "auto" in cleaned:
        cleaned = _GLUED_AUTO.sub(_auto_apart, cleaned)
    if "&" in cleaned or "rqs" in cleaned or "ghs" in cleaned:
        cleaned = _INITIALS_RE.sub(_initials_out, cleaned)
    if "plus" in cleaned:
        cleaned = _PLUS_WORD.sub(" ", cleaned)
    if "fast" in cleaned or "fv" in cleaned:
        cleaned = _FAST.sub(_fast, cleaned)
    t = _GLUED_COUNT.sub(_count, _CANON_WORD.sub(_canon, cleaned))
    t = _CROP_RE.sub(_crop, t)
    t = _PACK_COUNT.sub(_pack_count, t)
    t = forms_canonical(t)
    # (session 32, ho32: the crop's word as a word, its comma or quote apart - "'Big Boy' Hybrid Tomato, 30
    # Seeds" named no crop, "tomato," not being "tomato", and its hybrid stayed no F1)
    if "brid" in t and not _CROP_WORDS.isdisjoint(_LETTER_RUNS(t)) and not _CANNABIS.search(t):
        t = _HYBRID.sub("f1", t)
    if "f1" in t and "brid" in t:
        # (session 32, sd32: "F1 Hybrid" says F1 twice, whatever the crop - "Parsnip Gladiator F1 Hybrid")
        t = _F1_HYBRID.sub("f1", t)
    if "seeds" in t:
        t = _COUNT_AFTER_SEEDS.sub(_count_first, t)
        if "single" in t and (_CANNABIS.search(t) or _names_breeder(t.split())):
            # (session 30, seedw30: "Single Seed" is the pack of one, as "1 seed" is - no single edition;
            # not a flower's single form, "Marigold French Single Seeds", "Sunflower Giant Single")
            t = _SINGLE.sub("1 seeds", t)
    return t


_SINGLE = re.compile(r"\bsingle seeds\b")
_LETTERS = re.compile(r"[a-z]+")
_F1_HYBRID = re.compile(r"\bf1\s+(?:hybrid|hybride|hibrido|hibrida|ibrido|ibrida)\b")


# (session 30's attack) a number that closes a quoted cultivar's name right before the seed word is the
# name's ("Cucumber 'Marketmore 76' Seeds", "Carrot 'Autumn King 2' Seeds"), and in a crop's title a
# number below 5 right before it names a cultivar too ("Carrot Nantes 2 Seeds": no shop sells two
# carrot seeds, where a cannabis bank sells one to three) - no pack's count
_QUOTED_NUMBER = re.compile(r"['\u2018][^'\u2018\u2019\n]{0,40}?\b(\d{1,5})\s*['\u2019]\s*"
                            r"(?:seeds?|samen|semillas|graines|semi|zaden|semence)\b", re.I)


def name_number(raw: str, canonical: str, n) -> bool:
    """Is the count ``n`` the pack parser read from a seed title the number of its cultivar's name?"""
    if type(raw) is not str:
        return False
    for m in _QUOTED_NUMBER.finditer(raw):
        if float(m.group(1)) == float(n):
            return True
    ws = canonical.split() if type(canonical) is str else ()
    return float(n) < 5 and not _CROP_WORDS.isdisjoint(ws) and not _CANNABIS.search(canonical or "")



# (session 30, seed30) a strain's version: a number with a decimal point or a "v" that is no unit
# ("Critical+ 2.0", "Amnesia v2"); one side's version the other does not print is another strain
_VERSION = re.compile(r"^(?:v\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2})$")


def seed_type(ws) -> frozenset:
    """The types a (canonical) title about seeds states: ``auto``, ``feminised``, ``regular``; and a
    vegetable's breeding, ``f1`` or ``openpollinated``; and a strain's version ("version:2.0")."""
    out = [w for w in ("auto", "feminised", "regular", "f1", "openpollinated", "fastversion", "fastflowering")
           if w in ws]
    out += ["version:" + w.lstrip("v") for w in ws if w[:1] in _VERSION_FIRST and _VERSION.match(w)]
    return frozenset(out)


_VERSION_FIRST = frozenset("v0123456789")


def type_conflict(ta: frozenset, tb: frozenset) -> bool:
    """Both offers state a seed type and they differ: auto vs photoperiod (a title stating
    feminised or regular but not auto), or feminised vs regular; or an F1 hybrid against an
    open-pollinated (heirloom) seed."""
    if not ta or not tb:
        return False
    ma, mb = [x for x in ta if x[0] == "@"], [x for x in tb if x[0] == "@"]
    if ma or mb:
        # (session 31, seed31: the marks ``seed_marks`` adds - the seed house, CBD, the packet's form, what
        # its count counts - compared first, then the types without them)
        if _marks_conflict(ta, tb, frozenset(ma), frozenset(mb)):
            return True
        ta, tb = ta.difference(ma), tb.difference(mb)
        if not ta or not tb:
            return False
    va, vb = {x for x in ta if x[:1] == "v"}, {x for x in tb if x[:1] == "v"}
    if va or vb:
        # (session 30, seed30: a strain's version on one side only, or two versions)
        if va != vb:
            return True
        ta, tb = ta - va, tb - vb
        if not ta or not tb:
            return False
    pa, pb = ta & _POLLINATION, tb & _POLLINATION
    if pa and pb and pa.isdisjoint(pb):
        return True
    if pa or pb:
        ta, tb = ta - _POLLINATION, tb - _POLLINATION
        if not ta or not tb:
            return False
    if ("auto" in ta) != ("auto" in tb):
        return True
    if ("regular" in ta) != ("regular" in tb):
        # (session 32, sd32: a strain's regular seeds against a title stating its type without "regular" -
        # "3 Bears OG Auto" / "3 Bears OG Auto Regular": an autoflower is sold feminised unless it says so)
        return True
    sa, sb = ta - {"auto"}, tb - {"auto"}
    return bool(sa and sb and sa.isdisjoint(sb))


# (session 30, seed30) the types of a cannabis seed; the words of the seed banks' names (``_BREEDERS``,
# ``_INITIALS``) and of a packet that name no strain
CANNABIS_TYPES = frozenset(("auto", "feminised", "regular"))
# (session 32, sd32) and the fast lines: the titles whose strain's numbers, "+" and CBD are compared
_STRAIN_TYPES = CANNABIS_TYPES | frozenset(("fastversion", "fastflowering"))
_NO_STRAIN = frozenset(w for n in _BREEDERS for w in n) | frozenset(
    w for n in _INITIALS.values() for w in n.split()) | frozenset(
    "pcs pc pk pack packs packet single seed seeds by from farm genetics co company".split()) | frozenset(
    ("bank",))  # (session 30, seedw30: "Sensi Seed Bank")


def strain_word_one_side(ta: frozenset, tb: frozenset, ida, wa, idb, wb, brands=()) -> bool:
    """(session 30, seed30) Two titles about cannabis seeds (either states a type, ``CANNABIS_TYPES``),
    and one holds an identifying word of letters (``ida`` / ``idb``) the other's words (``wa`` / ``wb``)
    do not: every word of a strain's name names the strain - "Critical" / "Critical Kush", "Amnesia" /
    "Amnesia Haze" are two strains however alike the rest of the titles - but a seed bank's name, a
    packet's words and the offers' brands (``brands``, as ``Prepared.brand`` squeezes them)."""
    if CANNABIS_TYPES.isdisjoint(ta) and CANNABIS_TYPES.isdisjoint(tb):
        return False
    for own, other in ((ida, wb), (idb, wa)):
        for w in own:
            if (w not in other and w.isalpha() and len(w) >= 3 and w not in _NO_STRAIN
                    and w not in NOT_IDENTIFYING and not any(w in b for b in brands if b)):
                return True
    return False


def organic_one_side(a, b) -> bool:
    """(session 30, seedw30) Two titles about seeds (each prints the seed word or a seed type) of which
    one says organic (``_ORGANIC``, read as "organic") and the other does not: a seed house's organic
    line is another packet than its conventional one, so the learned stage does not call them one."""
    wa, wb = a.wordset, b.wordset
    oa, ob = "organic" in wa and claims_organic(a.words), "organic" in wb and claims_organic(b.words)
    if oa == ob:
        return False
    return ("seeds" in wa or bool(a.seedtype)) and ("seeds" in wb or bool(b.seedtype))


# (session 31, dev31) a negation before the organic word ("conventional, *not* organic", "non-organic",
# "nicht bio") denies it: that title's packet is the conventional one.  The words: the matcher's negations
# (``lexicon.NEGATION``, one table since session 32) and the plain "not" of four languages
_NOT_ORGANIC = NEGATION | frozenset("not non nicht niet".split())


def claims_organic(ws) -> bool:
    """Does a title's word list say organic at some place no negation stands before?"""
    return any(w == "organic" and not (i and ws[i - 1] in _NOT_ORGANIC) for i, w in enumerate(ws))


# ---------------------------------------------------------------- session 31, seed31
# (session 31, seed31) the seed houses: the cannabis banks that breed and sell their own strains, and the
# garden seed houses that pack their own packets.  Two offers about seeds that each name a house - in the
# title or the brand field - and share none are two houses' products: "LSD-25 Auto" of Fast Buds is no
# "LSD-25 Auto" of Barney's Farm, "White Widow" of Green House no "White Widow" of Nirvana, a Suttons packet
# no Kings Seeds packet.  A reseller naming itself besides the breeder ("Royal Gorilla - RQS | Zamnesia")
# still shares the breeder.  Each house by the names shops print; a name that is a strain's word too
# ("Sensi Star", "Buddha Tangerine", "Sweet ZZ", "Paradise Wreck") counts only as a whole brand field
# (marked "=").
_HOUSE_NAMES = {
    "barneysfarm": "barney s farm|barneys farm|=barneys|=barney s",
    "royalqueenseeds": "royal queen seeds|royal queen|rqs",
    "sensiseeds": "sensi seeds|sensi seed bank|=sensi",
    "dutchpassion": "dutch passion",
    "fastbuds": "fast buds|fastbuds",
    "sweetseeds": "sweet seeds",
    "dinafem": "dinafem",
    "greenhouseseeds": "green house seeds|green house seeds co|greenhouse seeds|ghs",
    "paradiseseeds": "paradise seeds|=paradise",
    "humboldt": "humboldt seed organization|humboldt seeds organization|humboldt seeds|hso",
    "seedsman": "seedsman",
    "kannabia": "kannabia",
    "deliciousseeds": "delicious seeds|=delicious",
    "seriousseeds": "serious seeds|=serious",
    "dnagenetics": "dna genetics|=dna",
    "buddhaseeds": "buddha seeds|=buddha",
    "00seeds": "00 seeds|zero zero seeds|00 seeds bank",
    "nirvana": "nirvana seeds|nirvana",
    "mephisto": "mephisto genetics|mephisto",
    "zamnesia": "zamnesia seeds|zamnesia",
    "worldofseeds": "world of seeds|wos",
    "aceseeds": "ace seeds|=ace",
    "medicalseeds": "medical seeds|medical seeds co|=medical",
    "advancedseeds": "advanced seeds",
    "thseeds": "t h seeds|th seeds|thseeds",
    "pyramidseeds": "pyramid seeds|=pyramid",
    "ripperseeds": "ripper seeds|=ripper",
    "philosopherseeds": "philosopher seeds",
    "positronics": "positronics|positronic seeds",
    "evaseeds": "eva seeds",
    "exoticseed": "exotic seed|exotic seeds",
    "ethosgenetics": "ethos genetics",
    "ilgm": "ilgm|i love growing marijuana",
    "compoundgenetics": "compound genetics",
    "heavyweightseeds": "heavyweight seeds",
    # garden seed houses
    "thompsonmorgan": "thompson morgan|thompson & morgan|t&m",
    "suttons": "suttons|suttons seeds",
    "mrfothergills": "mr fothergill s|mr fothergills|fothergill s",
    "kingsseeds": "kings seeds",
    "johnsons": "johnsons seeds|=johnsons",
    "unwins": "unwins|unwins seeds",
    "franchi": "franchi|franchi sementi|franchi seeds",
    "fito": "seeds fito|fito",
    "batlle": "batlle|seeds batlle",
    "rocalba": "rocalba|seeds rocalba",
    "debolster": "de bolster",
    "buzzy": "buzzy seeds|buzzy",
    "popgarden": "pop garden seeds|pop garden",
    "kiepenkerl": "kiepenkerl",
    "sperli": "sperli",
    "bingenheimer": "bingenheimer seeds|bingenheimer",
    "nelsongarden": "nelson garden",
    "vilmorin": "vilmorin",
    "ducrettet": "ducrettet",
    "baumaux": "baumaux|seeds baumaux",
    "hortussementi": "hortus seeds|hortus",
    "burpee": "burpee",
    "bakercreek": "baker creek|baker creek heirloom seeds",
    "johnnys": "johnny s selected seeds|johnnys selected seeds|johnny s|johnnys",  # (sd32: "Johnny's Sun Gold")
    "realseed": "real seeds|real seed catalogue",
}
_HOUSE_TITLE: dict = {}   # first word -> [(word tuple, house)]
_HOUSE_BRAND: dict = {}   # squeezed name -> house
# what a brand field adds around a house's name: "Dinafem Seeds", "Semillas Batlle", "Sementi Franchi"
_BRAND_AROUND = ("seeds", "seed", "semillas", "sementi", "saatgut", "graines", "samen", "zaden", "genetics",
                 "seedbank", "seedsbank", "bank", "co", "company")


def _houses_read() -> None:
    from . import titles as T
    for house, names in _HOUSE_NAMES.items():
        for name in filter(None, names.split("|")):
            brand_only = name[0] == "="
            name = name.lstrip("=")
            _HOUSE_BRAND.setdefault(_squeeze(T.norm_brand(name) or ""), house)
            if not brand_only:
                ws = tuple(T.words(canonical_text(T.clean(name))))
                if ws:
                    _HOUSE_TITLE.setdefault(ws[0], []).append((ws, house))
    for v in _HOUSE_TITLE.values():
        v.sort(key=lambda x: -len(x[0]))


def _squeeze(b: str) -> str:
    """A squeezed brand (``titles.norm_brand``) without what a brand field adds around a house's name."""
    changed = True
    while changed and b:
        changed = False
        for w in _BRAND_AROUND:
            if b.endswith(w) and len(b) > len(w) + 1:
                b, changed = b[:-len(w)], True
            if b.startswith(w) and len(b) > len(w) + 1:
                b, changed = b[len(w):], True
    return b


def houses(ws, brand=None) -> frozenset:
    """(session 31, seed31) The seed houses (``_HOUSE_NAMES``) a title about seeds (its words ``ws``) and
    its squeezed brand (``Prepared.brand``) name."""
    if not _HOUSE_BRAND:
        _houses_read()
    out = set()
    for i, w in enumerate(ws):
        cands = _HOUSE_TITLE.get(w)
        if cands:
            for name, house in cands:
                if tuple(ws[i:i + len(name)]) == name:
                    out.add(house)
                    break
    if type(brand) is str and brand:
        h = _HOUSE_BRAND.get(brand) or _HOUSE_BRAND.get(_squeeze(brand))
        if h:
            out.add(h)
    return frozenset(out)


# (session 31, seed31) a CBD line of a strain: "CBD Critical Mass" is no "Critical Mass", "Super Lemon Haze
# CBD" no "Super Lemon Haze" - of two cannabis seed offers (each states a cannabis type), the one that says
# CBD is another strain (the identifying word "cbd" leading a title was read as a shop's name aside)
# (session 31, seed31) a packet's form: seed tape (the seeds spaced on a paper band: "Seed Tape", "Saatband",
# "zaadlint", "cinta de semillas", "ruban de graines", "nastro di semi") and pelleted seed (each seed in a
# clay coat: "Pelleted", "Pillensaat", "gepilleerd", "pildoradas", "enrobées", "confettati") are other
# products than the loose seed of one cultivar, and one form in two languages is one form
_TAPE = re.compile(r"\b(?:seeds\s+(?:tape|tapes|mat|mats|disc|discs)|saatband|saatbander|saatbaender|saatscheiben?|"
                   r"zaadlint|zaadlinten|zaadschijf|cinta\s+de\s+seeds|cinta\s+seminable|ruban\s+(?:de\s+)?seeds|"
                   r"seeds\s+en\s+ruban|semences\s+en\s+ruban|ruban\s+semis|nastro\s+di\s+seeds|nastro\s+seminabile|"
                   r"tape|tapes|zaadlint)\b")
_PELLET = re.compile(r"\b(?:pelleted|pelletted|pelleted\s+seeds|pillensaat|pilliert|pillierte|pilliertes|"
                     r"gepilleerd|gepilleerde|pillenzaad|pildoradas?|pildorados?|peletizadas?|enrobees?|"
                     r"confettati|confettato|confettate|confettata)\b")


def forms_canonical(t: str) -> str:
    """(session 31, seed31) A title about seeds (canonical text) with the packet's form in one word:
    "tape" (seed tape) and "pelleted" (pelleted seed), in any of the shops' languages."""
    if "ta" in t or "lint" in t or "rub" in t or "nastro" in t or "band" in t or "schei" in t or "schijf" in t:
        t = _TAPE.sub(" tape ", t)
    if "pel" in t or "pil" in t or "enrob" in t or "confett" in t:
        t = _PELLET.sub(" pelleted ", t)
    return t


# (session 32, sd32) a bulk pack - the banks' "Bulk", "Wholesale" packs of 25 to 1,000 seeds, "granel", "vrac",
# "Großhandel" - is another packet than a shop's pack of a few seeds: marked, and compared with the other
# side's count (``_marks_conflict``)
_BULK = frozenset("bulk wholesale granel vrac grosshandel groothandel ingrosso mayorista grossiste".split())
_BIG_PACK = 25
# (session 32, sd32) a number in a cannabis strain's name - "Gorilla Glue #4", "Northern Lights #5", "Gelato
# 41", "Pineapple Express 2", "Mandarin Cookies R2", "AK-47" / "AK47" -, the digits of a word of up to three
# letters and three digits; not the pack's count, a promotion's "3+1" / "+1 free", a crop's "f1", a bank's "00"
_STRAIN_NUMBER = re.compile(r"([a-z]{0,3}\.?)(\d{1,3})")  # (and "n.1": "No. 1", "Nr. 1")
_PROMO = re.compile(r"(\d{1,3})?\s*\+\s*(\d{1,3})(?![\d.])"
                    # (and a cannabinoid's share or ratio: "THC 20%", "CBD 1:1")
                    r"|(\d{1,2})(?:[.,]\d{1,2})?\s*%|(\d{1,2})\s*:\s*(\d{1,2})")
_NOT_STRAIN_NUMBER = frozenset(("f1", "00", "420", "710"))


def strain_numbers(ws, raw=None, pack=()) -> list:
    """(session 32, sd32) The numbers of a cannabis strain's name a title (its canonical words ``ws``, its
    ``raw`` text) prints: each number or short letter-number word's digits ("r2" -> "2", "ak47" -> "47"),
    one of each pack count (``pack``) and a promotion's numbers ("3+1") set aside."""
    out = []
    for w in ws:
        if w in _NOT_STRAIN_NUMBER or w[-1:] not in "0123456789" or len(w) > 6:
            continue
        m = _STRAIN_NUMBER.fullmatch(w)
        if m is not None:
            out.append(str(int(m.group(2))))
    if not out:
        return out
    drop = [str(int(n)) for n in pack if n == int(n)]
    if type(raw) is str and ("+" in raw or "%" in raw or ":" in raw):
        for m in _PROMO.finditer(raw):
            drop += [str(int(g)) for g in m.groups() if g]
    for d in drop:
        if d in out:
            out.remove(d)
    return out


def seed_marks(ws, brand=None, weight=False, count=False, pack=(), raw=None) -> frozenset:
    """(session 31, seed31) What a title about seeds tells besides its type (``seed_type``), as marks
    ``type_conflict`` compares: the seed houses it names (``houses``: "@house:dinafem"), CBD in a cannabis
    title ("@cbd"), the packet's form ("@form:tape", "@form:pelleted") and what the packet's size counts -
    a weight ("@sold:weight") or a count of seeds ("@sold:count"); a title printing both is read by
    neither."""
    out = ["@house:" + h for h in houses(ws, brand)]
    wset = ws if isinstance(ws, (set, frozenset)) else frozenset(ws)
    if "cbd" in wset and not CANNABIS_TYPES.isdisjoint(wset):
        out.append("@cbd")
    if "tape" in wset:
        out.append("@form:tape")
    if "pelleted" in wset:
        out.append("@form:pelleted")
    if weight != count:
        out.append("@sold:weight" if weight else "@sold:count")
    # (session 32, sd32: a bulk pack, a big pack's count, and the numbers of a cannabis strain's name with
    # the pack's count they were read beside - ``_marks_conflict``)
    if not _BULK.isdisjoint(wset):
        out.append("@bulk")
    if pack and max(pack) >= _BIG_PACK:
        out.append("@big")
    if not _STRAIN_TYPES.isdisjoint(wset):
        out += ["@n:" + n for n in strain_numbers(ws, raw, pack)]
        if type(raw) is str and ("+" in raw or "lus" in raw) and _plus_named(raw):
            out.append("@plus")
        out += ["@p:%d" % n for n in pack if n == int(n)]
    return frozenset(out)


def _marks_conflict(ta: frozenset, tb: frozenset, ma: frozenset, mb: frozenset) -> bool:
    """Two offers' marks (``seed_marks``) that name two products: houses named on both sides and none
    shared; CBD on one side of two cannabis titles; another form of the packet (one side's tape or
    pellets, the other's loose seed) where both tell what they hold; a weight against a count."""
    ha, hb = {x for x in ma if x[:7] == "@house:"}, {x for x in mb if x[:7] == "@house:"}
    if ha and hb and ha.isdisjoint(hb):
        return True
    if ("@cbd" in ma) != ("@cbd" in mb) and not CANNABIS_TYPES.isdisjoint(ta) and not CANNABIS_TYPES.isdisjoint(tb):
        return True
    fa, fb = {x for x in ma if x[:6] == "@form:"}, {x for x in mb if x[:6] == "@form:"}
    if fa != fb:
        return True
    sa, sb = {x for x in ma if x[:6] == "@sold:"}, {x for x in mb if x[:6] == "@sold:"}
    if sa and sb and sa.isdisjoint(sb):
        return True
    # (session 32, sd32) a bulk pack against a packet of fewer than 25 seeds or of no count: "Gorilla Zkittlez
    # Bulk" / "Gorilla Zkittlez 5 seeds"; a bulk pack of 100 against a pack of 100 is left to the counts
    for x, y in ((ma, mb), (mb, ma)):
        if "@bulk" in x and "@bulk" not in y and "@big" not in y:
            return True
    if not _STRAIN_TYPES.isdisjoint(ta) and not _STRAIN_TYPES.isdisjoint(tb):
        if ("@plus" in ma) != ("@plus" in mb):
            return True  # (session 32, sd32: "Critical+" / "Critical", see ``_PLUS``)
        # (session 32, sd32) two cannabis strains' names with other numbers: "Northern Lights #5" is no
        # "Northern Lights", "Gelato 33" no "Gelato 41" - the numbers (``strain_numbers``), of a side whose
        # pack count was not read less the other side's count ("... | GG Strains | 3" / "3 seeds")
        na, nb = {x[3:] for x in ma if x[:3] == "@n:"}, {x[3:] for x in mb if x[:3] == "@n:"}
        if na or nb:
            pa, pb = {x[3:] for x in ma if x[:3] == "@p:"}, {x[3:] for x in mb if x[:3] == "@p:"}
            if (na - pb if not pa else na) != (nb - pa if not pb else nb):
                return True
    return False



# (session 32, ho32) the words a seed house's name is written with or without: "Green House Seed *Co.*"
# / "Greenhouse Seeds", "Ethos *Genetics*" / "Ethos", "00 Seeds *Bank*" / "00 Seeds"
HOUSE_SUFFIX = frozenset("co company genetics bank seedbank seedsbank seed seeds".split())
_HOUSE_SPAN = 5  # (a house's name leads the title: its suffix among the first words)


def house_suffix_words(p, other) -> frozenset:
    """(session 32, ho32) The words of p's title that only close a seed house's name leading it (of
    ``HOUSE_SUFFIX``, every word before them printed by the other title too, glued or apart) when
    both offers are about seeds (``Prepared.seedtype``): a shop writing "Ethos Genetics Mandarin
    Cookies R2" and another "Ethos Mandarin Cookies R2" name one breeder; the word names no strain
    and no other product."""
    if not p.seedtype or not other.seedtype:
        return _NONE
    ws = p.words
    of, oc = other.wordset, other.full_compact
    out = set()
    for i, w in enumerate(ws[:_HOUSE_SPAN]):
        if w not in HOUSE_SUFFIX:
            continue
        if not i:
            return frozenset(out)
        if w in of:
            continue
        if all(x in of or (len(x) >= 2 and x in oc) or x in HOUSE_SUFFIX for x in ws[:i]):
            out.add(w)
    return frozenset(out)


_NONE: frozenset = frozenset()


# ---------------------------------------------------------------- session 32, sd32
# (session 32, sd32) every word of a cannabis strain's name names the strain, however common it is in other
# trades' titles: "Royal Gorilla" is no "Gorilla", "OG Kush" no "Kush", "Candy Kush" no "Kush", "Power Plant"
# no "Plant", "Original Auto Amnesia" no "Auto Amnesia" - where the identifying words (rare enough in the
# training catalogues) left "royal", "og", "candy", "power", "original", "cookies" out and a shop's title with
# them was read as the plain strain.  In a title stating a cannabis type, each word of letters is identifying
# but the trade's words: seed and pack words, types, the houses' names, the words that describe a strain
# (indica, THC, yield, indoor ...), a shop's or a promotion's words, the banks' initials ("DP", "DNF"), articles
# and prepositions.
_DESCRIBE = frozenset("""
indica indicas sativa sativas hybrid hybride hibrida hibrido ibrida dominant dominante strain strains cepa variedad variete
sorte sorten thc high yield yields rendimiento indoor indoors outdoor outdoors interior exterior photoperiod photoperiodic
fotoperiodica fotoperiodo photoperiodique photoperiodisch flowering floracion floraison blute bluete weeks week semanas
semaines wochen days dias jours tage harvest medical medicinal recreational grow growing plant plants planta plantas
pflanze pflanzen plante plantes new nuevo nueva neu neue nouveau nouvelle nuovo nuova free gratis gratuit gratuite gift
regalo cadeau geschenk omaggio promo promotion promocion oferta offer angebot bonus deal sale best top buy online shop
store tienda boutique uk usa us eu europe spain espana canada germany deutschland france italia italy netherlands holland
weed hemp canamo chanvre hanf canapa marihuana cannabis quality calidad qualite qualitat premium genetics genetica
genetique genetik bank seedbank seedbanks co company inc ltd breeder breeders official
dp dnf bf fb ss sss oss hso wos msnl ilgm paquet paquets packung packungen confezione lot lots stuck stueck
de del la las los el le les des du di da dei della delle van von der die das het een il lo gli un une una uno und et y e
and or of by from with for per in on at to the a an x
""".split())
# (the packet's words of ``_NO_STRAIN``: the banks' names are set aside where the title prints them, and only
# there - the second "Royal" of "Royal Queen Seeds Royal Runtz" names the strain)
_PACKET_WORDS = frozenset("pcs pc pk pack packs packet single seed seeds by from farm genetics co company bank".split())


def strain_words(ws, brand=None) -> frozenset:
    """(session 32, sd32) The words of letters of a title about cannabis seeds (its canonical words ``ws``, its
    squeezed brand) that name its strain (see ``_DESCRIBE``); none where the title states no cannabis type."""
    if CANNABIS_TYPES.isdisjoint(ws):
        return frozenset()
    if not _HOUSE_BRAND:
        _houses_read()
    ws = list(ws)
    named = set()  # (the places of the houses' names the title prints: "Royal Queen Seeds Royal Gorilla")
    for i, w in enumerate(ws):
        for name, _ in _HOUSE_TITLE.get(w, ()):
            if tuple(ws[i:i + len(name)]) == name:
                named.update(range(i, i + len(name)))
                break
    b = brand if type(brand) is str else ""
    # (a brand that is no seed house and one word of the title is that word read as a brand - "Royal Gorilla
    # Auto": "Royal" -, a word of the strain's name; a house's brand, "Sweet Seeds", is the house)
    house = bool(b) and (b in _HOUSE_BRAND or _squeeze(b) in _HOUSE_BRAND)
    return frozenset(w for i, w in enumerate(ws) if len(w) >= 2 and w.isalpha() and i not in named
                     and w not in _DESCRIBE and w not in NOT_IDENTIFYING and w not in _PACKET_WORDS and w not in CANON
                     and not (b and w in b and (house or w != b)))
