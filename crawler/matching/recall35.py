"""Session 35 (rc35): words one shop adds to a product's title that name no other product.

Two titles of one product where one side carries words the other lacks were left apart ("weak"):
"Carex Original *Antibacterial* Hand Wash 250ml" / "Carex Original Hand Wash 250 ml", "JBL Flip 6 Blue
*Waterproof* Speaker", "Johnson's Baby *No More Tears* Shampoo" / "Johnson's Baby Shampoo", "Fairy
Original Washing Up Liquid *Green* 433 ml" (``benchmarks/pairs/train35rc.jsonl``; the Fairy, Johnson's,
Nintendo Switch OLED, EA SPORTS FC 24, Shin Ramyun and Mach3 pairs were "weak" or "none" in three to
eight older dev files each).  Read here, from the languages and the trade (not from pairs):

* ``CLAIMS``: what a product does, in EN DE FR ES IT NL ("antibacterial", "soothing"'s translations) -
  added to ``wordclass.CLAIMS``, whose words a title may print and the other leave out
  (``wordclass.shop_wording``).  Not "concentrated" (a concentrate is another product than the
  ready-to-use liquid), "moisturising" / "refreshing" / "whitening" (line names: "Simple Refreshing" /
  "Moisturising Facial Wash"), "sensitive" (compared by ``formulation``).
* ``WATERPROOF``: a speaker's or headphones' protection claim ("JBL Flip 6 Blue *Waterproof* Speaker"),
  every unit of the model carries it (``device_claim_words``); of a mascara, a shoe, a jacket or a case
  "Waterproof" names another product of the line and stays compared.
* ``CLAIM_PHRASES``: a maker's claim printed as a phrase ("No More Tears", "Kind to Skin", "Water
  Based"): its words are no identifying words when the phrase stands whole in the title and the other
  offer prints none of its words (``claim_phrase_words``); single, its words ("Water", "Skin") count.
* ``DISPENSERS`` and the package words ``wordclass`` reads ("Pump", "Trigger", "Tiegel", "pot", "Canned")
  on one side where both offers state the same weight or volume and the other names no package: the
  container the one item of that size comes in (``container_words``).
* a colour printed right after the kind of a household or grocery item ("Washing Up Liquid *Green*",
  "Paper Towels *White*"), the other naming the same kind and no colour and no word the first lacks:
  the look of the one item the line sells, not its line (``colour_after_kind``; only of the household kinds
  of ``_LOOK_KINDS``: of a drink the colour is the product, "Monster Energy Drink White").  Before the kind a
  colour names the line ("Lipton *Green* Tea", "Dove *White* Beauty Bar") and stays compared; of ink,
  toner, paint, pens and markers the colour is the product (``_COLOUR_PRODUCTS``), never excused.
* kind phrases: "Noodle Soup" is the instant noodles' kind (eight dev pairs of "Nongshim Shin Ramyun
  Noodle Soup" against a Korean title naming no kind), "Razor Blade Refills" a razor's cartridge ("Mach3
  Refill Cartridges"); "natural" beside a water's kind word is its legal class ("Natural Mineral Water",
  "Agua Mineral Natural": ``water_class_words``).
* "Lampen" (German and Dutch bulbs), "brumisateur" (a spray), "Gummy Bears" (sweets) as kinds; "PET" beside a drink's volume or bottle word,
  "Sticks" counted after a number, a number spelled where the other prints its digit ("Cinco
  Estrellas" / "5 Estrellas"), "Whole" / "Ganze" before beans the other names and "Remote" beside the
  "RC" both print (``written_beside``).
* a part named after a colour in a "with" phrase ("Nintendo Switch OLED Model w/ White *Joy-Con*" /
  "Nintendo Switch OLED White"), the other printing the colour (``with_colour_part``; six dev files).
* a game publisher's two-word label leading one title ("EA SPORTS FC 24 - PS5" / "FC 24 PlayStation 5":
  ``lead_label_words``; six dev files), as a brand leading one title only is.

This module imports no matcher module (``wordclass`` and the colour words are passed to it).
"""

from __future__ import annotations

from . import lexicon as _lexicon

# claims about what a product does or resists (folded to ASCII as ``titles`` cleans)
CLAIMS = frozenset("""
antibacterial antibakteriell antibakterielle antibacterien antibacterienne antibacteriano antibacteriana
antibatterico antibatterica antibacterieel antibacteriele
beruhigend beruhigende apaisant apaisante apaisants calmante lenitivo lenitiva kalmerend kalmerende
""".split())

# a maker's claim phrases, word for word as ``titles`` cleans them (not "99% Water": its "99" is read as a
# generation number, ``relations.generation_misses``, before these words are asked about)
CLAIM_PHRASES = (
    ("no", "more", "tears"),
    ("kind", "to", "skin"),
    ("water", "based"),
)

# kinds whose colour is the product (ink, toner, paint, dye, filament, thread, tea, food colouring)
_COLOUR_PRODUCTS = frozenset("""
ink inks tinte encre tinta inchiostro inkt cartridge cartridges patrone patronen cartouche cartouches
cartucho cartuchos cartuccia cartucce toner paint farbe peinture pintura vernice verf dye filament
thread garn tea tee the te thee colouring coloring
marker markers pen pens stift stifte feutre feutres rotulador rotuladores pennarello pennarelli
crayon crayons pencil pencils
""".split())


# a device's protection claim: all units of a speaker's or headphones' model carry it (of a mascara, a shoe,
# a jacket, a case or a watch "Waterproof" names another product of the line: Moab 3 / Moab 3 Waterproof)
WATERPROOF = frozenset("waterproof wasserdicht wasserdichte etanche impermeable waterdicht waterdichte".split())
_AUDIO_KINDS = frozenset("speaker headphones earbuds soundbar".split())


def device_claim_words(ids, p, other, W) -> frozenset:
    """The words of ``WATERPROOF`` in ``ids`` where p's title names a speaker or headphones (and no other
    kind) and the other offer names the same kind or none."""
    if ids.isdisjoint(WATERPROOF):
        return frozenset()
    kinds = W._kinds_named(p)
    if not kinds or not kinds <= _AUDIO_KINDS:
        return frozenset()
    okinds = W._kinds_named(other)
    if okinds and okinds != kinds:
        return frozenset()
    return ids & WATERPROOF


# how one item is dispensed or canned, beside the package words ``wordclass.SPEC["package"]`` reads
# ("jar", "tin", "tube", "bottle", "Tiegel", "pot", "flacon")
DISPENSERS = frozenset("pump pumpe pompe bomba pompa pomp trigger canned tinned".split())
_AMOUNT_KEYS = ("wt", "vol")


def container_words(ids, p, other, W) -> frozenset:
    """The package and dispenser words of ``ids`` (a jar, a tub, a can, a pump, a trigger) where both
    offers state the same weight or volume and the other names no package of its own: the container of
    the one item of that size ("Aveeno Daily Moisturizing Lotion 18 oz *Pump*", "Carmex Lippenbalsam
    *Tiegel* 7,5 g", "Bush's Baked Beans, *Canned* Beans, 28 oz").  Two packages named stay compared
    (``wordclass.spec_clash``: a tin is no bottle), and so does a refill (compared as a refill)."""
    spec = W._SPEC_OF
    words = {w for w in ids if w in DISPENSERS or (w in spec and spec[w][0] == "package")}
    if not words:
        return frozenset()
    pu, ou = p.units, other.units
    if not pu or not ou or not any(k in pu for k in _AMOUNT_KEYS) or not any(k in ou for k in _AMOUNT_KEYS):
        return frozenset()
    if any(k in pu and k in ou and pu[k].isdisjoint(ou[k]) for k in _AMOUNT_KEYS):
        return frozenset()  # (a weight against a volume - "18 fl oz" / "18 oz" - is left to the size facets)
    if any(v in spec and spec[v][0] == "package" for v in other.wordset):
        return frozenset()
    return frozenset(words)


# "with" in the shops' languages ("w/" is cleaned to "w")
_WITH = frozenset("with w mit avec con met z".split())


def with_colour_part(ids, p, other, colours, colour_of) -> frozenset:
    """The words of ``ids`` naming the part a colour is of in a "with <colour> <part>" phrase ("Switch
    OLED Model w/ White *Joy-Con*"), the other offer printing that colour (in any language): the colour
    is the product's, compared as a colour; the part only says where it is.  At most two words after the
    colour, none a number."""
    ws = p.words
    out = set()
    for i in range(len(ws) - 2):
        if ws[i] not in _WITH or ws[i + 1] not in colours:
            continue
        c = colour_of.get(ws[i + 1])
        if not any(colour_of.get(v) == c for v in other.wordset if v in colours):
            continue
        for w in ws[i + 2:i + 4]:
            if w in ids and w.isalpha() and w not in colours:
                out.add(w)
    return frozenset(out)


# a game publisher's label of two words leading a title ("EA SPORTS FC 24"): its maker, as a brand
# leading one title only (``facets.lead_word_only`` reads one word)
LEAD_LABELS = (("ea", "sports"), ("2k", "sports"), ("ea", "games"), ("2k", "games"), ("bandai", "namco"),
               ("square", "enix"), ("warner", "bros"))


def lead_label_words(ids, p, other) -> frozenset:
    """The words of a ``LEAD_LABELS`` label leading p's title when the other offer prints none of them."""
    ws = p.words
    if len(ws) < 3:
        return frozenset()
    head = (ws[0], ws[1])
    if head not in LEAD_LABELS or head[0] in other.wordset or head[1] in other.wordset:
        return frozenset()
    return ids & frozenset(head)


def claim_phrase_words(ids, p, other) -> frozenset:
    """The words of ``ids`` (p's identifying words the other offer never prints) that stand in one of
    ``CLAIM_PHRASES`` printed whole in p's title, the other offer printing none of that phrase's words
    but its function words."""
    ws = p.words
    if len(ws) < 2:
        return frozenset()
    of = other.fullvec
    out = set()
    for ph in CLAIM_PHRASES:
        n = len(ph)
        for i in range(len(ws) - n + 1):
            if tuple(ws[i:i + n]) == ph:
                if any(x in of for x in ph if len(x) > 2 and x not in ("more",)):
                    break
                out.update(x for x in ph if x in ids)
                break
    return frozenset(out)


# household kinds whose colour is the one item's look ("Washing Up Liquid Green", "Paper Towels White")
_LOOK_KINDS = frozenset(("dish soap", "towels", "paper towels", "toilet paper", "tissues", "napkins", "pillow"))


def _one_sided(p, other, W) -> bool:
    """Does the other offer print no word p lacks - but its brand leading the title, function words,
    filler, kinds, a package, numbers - as ``wordclass.closing_colour`` reads it?"""
    of = p.fullvec
    for x in other.words:
        if (x not in of and x.isalpha() and not (x == other.brand and x == other.words[0])
                and x not in W.FILLER and x not in W.FUNCTION and not W._category_word(x, other)
                and x not in W._phrase_kinds(other)
                and not (x in W._SPEC_OF and W._SPEC_OF[x][0] == "package")):  # (a "Bottle", a "Jar")
            return False
    return True


def colour_after_kind(ids, p, other, W, colours) -> frozenset:
    """The colour words of ``ids`` printed right after a kind word of p's title (a category word or a
    word of a kind phrase) that the other title prints too, closing the title or one of its parts or
    before a number, where the other offer names no colour, prints no identifying word p lacks and
    names no kind whose colour is the product."""
    if ids.isdisjoint(colours) or other.facets.get("colour") or not W._COLOUR_NAMED.isdisjoint(other.wordset):
        return frozenset()
    if not _COLOUR_PRODUCTS.isdisjoint(p.wordset) or not _COLOUR_PRODUCTS.isdisjoint(other.wordset):
        return frozenset()
    kinds = W._kinds_named(p)
    if not kinds or not kinds <= _LOOK_KINDS:
        return frozenset()  # (of a drink or a food the colour is the product: "Monster Energy Drink White")
    if not _one_sided(p, other, W):
        return frozenset()
    ow = other.wordset
    ws = p.words
    kinds = W._phrase_kinds(p)
    out = set()
    for w in ids & colours:
        if w in ow:
            continue
        ok = seen = False
        for i, x in enumerate(ws):
            if x != w:
                continue
            seen = True
            prev = ws[i - 1] if i else ""
            if not prev or prev not in ow or not (W._category_word(prev, p) or prev in kinds):
                ok = False
                break
            last = i + 1 == len(ws) or (p.segs is not None and p.segs[i + 1] != p.segs[i])
            ok = last or ws[i + 1][:1].isdigit()
            if not ok:
                break
        if seen and ok:
            out.add(w)
    return frozenset(out)


# kinds named by a phrase: a noodle soup is the instant noodles' kind ("Shin Ramyun Noodle Soup" / "신라면"),
# a razor's blade refill its cartridge ("Mach3 Razor Blade Refills" / "Mach3 Refill Cartridges")
_KIND_PHRASES = {
    "noodles": ("noodle soup", "instant noodle soup", "ramen noodle soup", "nudelsuppe", "soupe de nouilles",
                "sopa de fideos", "zuppa di noodles", "noedelsoep"),
    "sweets": ("gummy bears", "gummi bears"),
    "cartridge": ("razor blade refills", "razor blade refill", "blade refills", "blade refill",
                  "recharges de lames",
                  "cuchillas de recambio", "recambios de cuchillas", "lamette di ricambio"),
}

# kinds named by one word: German and Dutch light bulbs ("3 Lampen + Bridge"), a French mist spray (not
# German "Regal": an English word too, kept out of the kinds since session 16)
_KINDS = {"light bulb": "lampen", "spray": "brumisateur brumisateurs"}

# the plastic bottle a drink comes in ("Kofola Original PET láhev 2 l", "Coca-Cola 1,5 l PET"), read only
# beside the drink's volume or a bottle word (an English "Pet" names an animal)
_PET = frozenset(("pet",))
_BOTTLE_WORDS = frozenset("bottle bottles lahev lahve flasche fles botella bouteille bottiglia butelka".split())
# a count of sachets or sticks after its number ("30 Sticks" / "30 x 20g")
_COUNTED = frozenset("sticks stick sachets sobres bustine".split())
# the numbers two to ten spelled in the shops' languages: ``lexicon``'s table (session 27, ml27), "tre"
# left out (a word of other titles, as "to", "due", "dos" are already there), and nine, which it lacks: the
# digit the other title prints ("Mahou *Cinco* Estrellas" / "Mahou 5 Estrellas")
_NUMBER_KEYS = ("two", "three", "four", "five", "six", "seven", "eight", "ten")
_SPELLED = {w: str(n) for n, k in zip((2, 3, 4, 5, 6, 7, 8, 10), _NUMBER_KEYS)
            for w in _lexicon.SYNONYMS[k].split() if w != "tre"}
_SPELLED.update(dict.fromkeys("nine neun neuf nueve nove negen".split(), "9"))
# "whole" before a beans word: the beans say it ("Ganze Bohne" / "Kaffeebohnen", "Whole Bean" / "Beans")
_WHOLE = frozenset("whole ganze entiers entier enteros interi hele".split())
_BEAN_ENDS = ("bean", "beans", "bohne", "bohnen", "grains", "grano", "granos", "chicchi", "bonen", "boon")
# an abbreviation and the word it stands for, both printed ("DJI RC 2 Remote" / "DJI RC 2")
_EXPANDS = {"remote": "rc"}


def _same_after(a: str, ws, ows) -> bool:
    """Do both titles print ``a`` followed by one same word?"""
    mine = {ws[i + 1] for i, x in enumerate(ws[:-1]) if x == a}
    return any(x == a and ows[i + 1] in mine for i, x in enumerate(ows[:-1]))


def spelled_in(d: str, words) -> bool:
    """Does one of ``words`` spell the number ``d`` ("5": "cinco", "vijf")?  (``relations.generation_misses``:
    a number the other title spells is no generation it lacks.)"""
    return any(_SPELLED.get(x) == d for x in words)


def written_beside(ids, p, other) -> frozenset:
    """The words of ``ids`` that say again what a neighbour or the other title says: "PET" beside a drink's
    volume or a bottle word, "Sticks" / "Sachets" counted after a number, a number spelled where the other
    prints its digit, "Whole" before beans the other names, "Remote" beside the "RC" both offers print."""
    ws = p.words
    out = set()
    for i, w in enumerate(ws):
        if w not in ids:
            continue
        near = ws[max(0, i - 2):i] + ws[i + 1:i + 3]
        if w in _PET:
            if "vol" in p.units and any(x in _BOTTLE_WORDS or (x[:1].isdigit() and x[-1:] == "l") or x == "l"
                                        for x in near):
                out.add(w)
        elif w in _COUNTED:
            if i and ws[i - 1].isdigit():
                out.add(w)
        elif w in _SPELLED:
            d = _SPELLED[w]
            if d in other.wordset and d not in p.wordset:
                out.add(w)
        elif w in _WHOLE:
            if (i + 1 < len(ws) and ws[i + 1].endswith(_BEAN_ENDS)
                    and any(v.endswith(_BEAN_ENDS) for v in other.wordset)):
                out.add(w)
        elif w in _EXPANDS:
            # (the abbreviation with the same word after it in both: "RC 2" / "RC 2", not "RC-N2")
            a = _EXPANDS[w]
            if a in near and _same_after(a, ws, other.words):
                out.add(w)
    return frozenset(out)


# the legal class of a bottled water ("Natural Mineral Water", "Agua Mineral Natural", "Natural Spring
# Water"): "natural" beside a water's kind word names no water of its own
_NATURAL = frozenset("natural naturel naturelle naturale naturali naturlich naturliches natuurlijk natuurlijke".split())
_WATER_WORDS = frozenset("""
water waters wasser mineralwasser eau eaux agua acqua aqua water mineral minerale mineralnaya spring source
quelle quellwasser manantial sorgente bron bronwater
""".split())
_WATER_KINDS = frozenset(("water", "mineral water"))


def water_class_words(ids, p, other, W) -> frozenset:
    """The words of ``_NATURAL`` in ``ids`` standing right beside a water word of p's title that names a
    water, the other offer naming a water or no kind and no word p lacks ("Sparkling")."""
    if ids.isdisjoint(_NATURAL):
        return frozenset()
    kinds = W._kinds_named(p)
    if not kinds or not kinds <= _WATER_KINDS:
        return frozenset()
    ok = W._kinds_named(other)
    if ok and not ok <= _WATER_KINDS or not _one_sided(p, other, W):
        return frozenset()  # (and no word of the other's p lacks: "Sparkling")
    ws = p.words
    out = set()
    for i, w in enumerate(ws):
        if w in _NATURAL and w in ids and ((i and ws[i - 1] in _WATER_WORDS)
                                           or (i + 1 < len(ws) and ws[i + 1] in _WATER_WORDS)):
            out.add(w)
    return frozenset(out)


def install(W) -> None:
    """Merge ``CLAIMS`` into ``wordclass.CLAIMS`` (``W``); words another table reads otherwise (a kind,
    a synonym's class, a variant) keep their meaning; the kind phrases as a vocabulary block's."""
    W.CLAIMS = W.CLAIMS | frozenset(w for w in CLAIMS if not W.word_taken(w))
    W.install_block(_KINDS, _KIND_PHRASES)
