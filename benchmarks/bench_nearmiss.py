"""Near-miss mutation test of the matcher (issue 12: precision on variants).

    python benchmarks/bench_nearmiss.py              # all four sets, all splits
    python benchmarks/bench_nearmiss.py --split test # test splits only (promap-cz whole)
    python benchmarks/bench_nearmiss.py --show 3     # print 3 failures per kind

Start from the gold matches of ``../shared/datasets/matching`` (abt-buy,
walmart-amazon, wdc-computers, promap-cz; each set reported on its own).
For each true-match pair whose titles carry an identifying attribute, change
that attribute on one side (chosen at random, seeded) to another plausible
value and ask the public ``crawler.matching.match_many`` (the batch entry
point of ``same_product``: same decisions) whether the pair is still the
same product.  Kinds of mutation that make another product ("mutated"):

* a value both titles state (one value of that kind in each), changed on one: capacity (64 GB), length / screen
  size (15.6", 28 cm), weight / volume (6 oz, 500 ml), pack / count (3 pack,
  80 ct, 6 ks), colour, scent / flavour, tier (Pro / Standard / Deluxe),
  version / generation (v8, 3rd gen), year, roman numeral, platform
  (Mac / Windows / console), the last digit of a model number both print;
* a marker added to one side: a pack count ("..., 3 Pack"; Czech "..., balení
  3 ks" - "3 ks" alone is pieces, as "3 pcs" - where no pack is named), "Upgrade" (software titles), "Refill" (titles naming a kit), a
  variant word after a model number both print ("... Pro").

The replacement values are values of the same kind seen in the same dataset's
titles (so in its language), from this file's own word lists - written
independently of the matcher's vocabularies - never from a single example.

Kinds that keep the product ("kept", should stay same): reordered title
segments, upper / title case, "64GB" <-> "64 GB", "Win" <-> "Windows",
one category word dropped, an arabic number 2-12 written as a roman numeral,
"&" <-> "and".

Printed per dataset and kind: pairs with the attribute, how many of them the
matcher calls same before the mutation (orig), and after it (mut: should be ~0
for "mutated" kinds; for "kept" kinds, mut / orig is the recall retained).
Figures only, nothing asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from crawler.matching import match_many  # noqa: E402
from crawler.matching.ditto import read_pairs  # noqa: E402
from crawler.matching.train import data_dir, read_promap  # noqa: E402

SETS = {
    "abt-buy": ("train.txt", "valid.txt", "test.txt"),
    "walmart-amazon": ("train.txt", "valid.txt", "test.txt"),
    "wdc-computers": ("train.txt.medium", "valid.txt.medium", "test.txt"),
}

# --------------------------------------------------------------------------
# word lists of the benchmark (independent of crawler/matching's own)
# --------------------------------------------------------------------------

COLOURS = {
    "black": "black jet-black schwarz noir negro cerna cerny cerne",
    "white": "white weiss blanc blanco bila bily bile",
    "silver": "silver silber argent plata stribrna stribrny",
    "red": "red rot rouge rojo cervena cerveny maroon burgundy",
    "blue": "blue blau bleu azul modra modry navy",
    "pink": "pink rosa ruzova ruzovy",
    "grey": "grey gray grau gris seda sedy graphite charcoal",
    "gold": "gold dore dorado zlata zlaty",
    "green": "green gruen vert verde zelena zeleny",
    "purple": "purple lila violet morado fialova fialovy",
    "yellow": "yellow gelb jaune amarillo zluta zluty",
    "brown": "brown braun marron hneda hnedy",
    "beige": "beige bezova bezovy",
    "orange": "orange oranzova oranzovy",
}
COLOUR_OF = {w: c for c, ws in COLOURS.items() for w in ws.split()}
SCENT_WORDS = ("lavender vanilla lemon citrus linen apple peach cherry strawberry mint coconut "
               "cinnamon jasmine eucalyptus mango pineapple melon chocolate caramel coffee honey "
               "levandule vanilka citron jahoda malina mata kokos cokolada kava med "
               "lavendel zitrone erdbeere minze").split()
TIERS = {"standard": "standard", "professional": "pro", "pro": "pro", "premium": "premium", "ultimate": "ultimate",
         "deluxe": "deluxe", "basic": "basic", "enterprise": "enterprise", "elements": "elements"}
PLATFORMS = {"mac": "mac", "macintosh": "mac", "windows": "win", "win": "win", "pc": "win",
             "ps3": "ps3", "ps4": "ps4", "ps5": "ps5", "xbox": "xbox", "wii": "wii", "linux": "linux"}
SOFTWARE = frozenset("software windows mac license licence upgrade edition version antivirus office "
                     "cd-rom dvd-rom download suite studio".split())
CATEGORY = frozenset("""laptop notebook computer camera camcorder monitor display printer speaker speakers
headphones headset keyboard mouse adapter cable charger case drive card memory router switch tablet
television tv receiver player software game phone smartphone telefon sluchatka tiskarna kamera
fotoaparat reproduktor klavesnice mys""".split())
PACK_WORDS = "pack pk packs count ct pcs pieces ks kusu kusů stück stuck rolls".split()
VARIANT_SUFFIX = ("pro", "plus", "max", "mini", "lite", "ultra")
ROMAN = {2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X",
         11: "XI", 12: "XII"}
ROMAN_WORDS = {"ii": 2, "iii": 3, "iv": 4, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "xi": 11, "xii": 12}

_NUM = r"(?<![\w.,/-])(\d+(?:[.,]\d+)?)"
UNIT_RE = {
    "capacity": re.compile(_NUM + r"\s?(gb|tb|mb)\b", re.I),
    # (not "17-in-1", a count of formats; not the quote closing a literal,
    # '...GTX 1070"@en', 'Smart Array 3200" "Null"'; but '23"" ', '7" "@en')
    "length": re.compile(_NUM + r"\s?-?\s?(cm|mm|inch|in\b(?!-)|''|\"(?!\s*[@,]|\s+\"\w))", re.I),
    "weight/volume": re.compile(_NUM + r"\s?(oz|fl oz|ml|kg|lb|lbs|qt|gal)\b|" + _NUM + r"\s(l|g)\b", re.I),
    "pack/count": re.compile(r"(?<![\w.,/-])(\d{1,4})\s?-?\s?(" + "|".join(PACK_WORDS) + r")\b", re.I),
}
_YEAR = re.compile(r"\b(199\d|20[0-2]\d)\b")
_VERSION = re.compile(r"\b(?:v|ver\.?\s?|version\s)(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)\s(?:edition|gen|generation)\b", re.I)
_CODE = re.compile(r"\b(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9-]{5,}\b")
_WORD = re.compile(r"[^\W_]+", re.U)


def _ascii_fold(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _words(title: str):
    """(start, end, folded lower word) of each alphabetic word."""
    return [(m.start(), m.end(), _ascii_fold(m.group()).lower()) for m in _WORD.finditer(title)]


# --------------------------------------------------------------------------
# finders: values of a kind in a title (value, span)
# --------------------------------------------------------------------------


def _units(kind):
    rx = UNIT_RE[kind]

    def find(t):
        out = []
        for m in rx.finditer(t):
            g = 1 if m.group(1) else 3
            unit = m.group(g + 1).lower().replace("lbs", "lb")
            num = m.group(g).replace(",", ".")
            out.append(((num, unit), m.span(g)))
        return out
    return find


def _vocab_finder(of):
    def find(t):
        return [(of[w], (s, e)) for s, e, w in _words(t) if w in of]
    return find


def _tier_find(t):
    return [(TIERS[w], (s, e)) for s, e, w in _words(t) if w in TIERS]


def _scent_find(t):
    ws = _words(t)
    return [(w, (s, e)) for s, e, w in ws[1:] if w in SCENT_WORDS]


def _year_find(t):
    return [(m.group(1), m.span(1)) for m in _YEAR.finditer(t)]


def _version_find(t):
    out = []
    for m in _VERSION.finditer(t):
        g = 1 if m.group(1) else 2
        out.append((m.group(g), m.span(g)))
    return out


def _roman_find(t):
    ws = _words(t)
    return [(w, (s, e)) for s, e, w in ws[1:] if w in ROMAN_WORDS]


# "150Mbps", "512GB", "1080p", and with a hyphen "146-GB", "240-pin", "10-Bay",
# "15-inch", "375-watt", "18-70mm", "4-Core": a spec (a number and its unit or
# counted thing), not a model number
# (also a run of them, "256MB200MHz", and counts by sizes, "2x4GB", "128x8")
_SPEC = re.compile(r"^\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?-?[A-Za-z]+$|^\d+x\d+[A-Za-z]*$"
                   r"|^(?:\d+(?:\.\d+)?(?:kb|mb|gb|tb|mhz|ghz))+$", re.I)
# a pack count glued to a part number ("430165-003-10Pack"): its digits count
# packs; so do a size or speed after its last hyphen ("CMFSL3X2-128GB",
# "XTA-3510-300-GB-10K"): its last digit is a capacity, not the model's
_PACKED = re.compile(r"\d(?:pack|pk)$", re.I)


def _code_find(t):
    return [(m.group().lower(), m.span()) for m in _CODE.finditer(t)
            if sum(c.isdigit() for c in m.group()) >= 2 and not _SPEC.match(m.group())
            and not _PACKED.search(m.group()) and not _SPEC.match(m.group().rsplit("-", 1)[-1])]


FINDERS = {
    "capacity": _units("capacity"),
    "length": _units("length"),
    "weight/volume": _units("weight/volume"),
    "pack/count": _units("pack/count"),
    "colour": _vocab_finder(COLOUR_OF),
    "scent/flavour": _scent_find,
    "tier": _tier_find,
    "version": _version_find,
    "year": _year_find,
    "roman": _roman_find,
    "platform": _vocab_finder(PLATFORMS),
    "model digit": _code_find,
}


def _pool(kind, titles):
    """Values (as printed) of a kind seen in one dataset's titles, by normalised value."""
    find = FINDERS[kind]
    seen = defaultdict(set)
    for t in titles:
        for v, (s, e) in find(t):
            seen[v if not isinstance(v, tuple) else v].add(t[s:e])
    return seen


def _replace(offer, span, new, every=True):
    o = dict(offer)
    t = o["title"]
    old = t[span[0]:span[1]]
    o["title"] = t[:span[0]] + new + t[span[1]:]
    if every and len(old) >= 3:
        # a word or model number printed twice changes everywhere in the title
        o["title"] = re.sub(r"(?<!\w)" + re.escape(old) + r"(?!\w)", new, o["title"], flags=re.I)
    # the same change in the offer's other text, so it stays one offer
    for k in ("description", "mpn"):
        if o.get(k) and old and len(old) >= 3:
            o[k] = re.sub(r"(?<!\w)" + re.escape(old) + r"(?!\w)", new, o[k], flags=re.I)
    return o


def mutate_value(kind, a, b, pools, rng):
    """Change on one side a value of ``kind`` that both titles state alike."""
    find = FINDERS[kind]
    fa, fb = find(a["title"]), find(b["title"])
    shared = {v for v, _ in fa} & {v for v, _ in fb}
    if not shared:
        return None
    if kind != "model digit" and (len({v for v, _ in fa}) > 1 or len({v for v, _ in fb}) > 1):
        # one value per title: "the" capacity, colour ... of the offer (a
        # second one left unchanged would still agree)
        return None
    if kind == "tier" and _same_mpn(a, b):
        # the tier is part of what a part number names ("Elements" and "Pro"
        # editions have part numbers of their own): a pair sharing its part
        # number with the tier word changed on one side is one SKU mis-titled,
        # not another product
        return None
    v = sorted(shared, key=str)[0]
    side = rng.random() < 0.5
    x = a if side else b
    span = next(sp for val, sp in (fa if side else fb) if val == v)
    printed = x["title"][span[0]:span[1]]
    if kind == "model digit":
        digits = [i for i, c in enumerate(printed) if c.isdigit()]
        i = digits[-1]
        new = printed[:i] + str((int(printed[i]) + 1 + rng.randrange(8)) % 10) + printed[i + 1:]
        if new.lower() == printed.lower():
            return None
        # every spelling of that model number in the offer (title, text, part
        # number field; "KCA-iP300V" = "kcaip300v") names the new model
        y = dict(x)
        # (the model number up to the digit that changes: "DSC-H50" and
        # "DSCH50B", "S24D330H" and "LS24D330HSX/EN", "i5-4460" and
        # "BX80646I54460" spell one model; a token that spells it longer
        # changes too)
        stem = _compact(printed[: i + 1])
        for k in ("title", "description", "mpn"):
            if y.get(k):
                y[k] = _CODE_ANY.sub(lambda m: _bump(m.group(), stem, new[i]), y[k])
        if y["title"] == x["title"]:
            return None  # the title never printed it as a model number: no edit
    else:
        pool = pools[kind]
        others = sorted(k for k in pool if k != v and _same_family(kind, k, v) and _plausible(k, v))
        if not others:
            return None
        nv = others[rng.randrange(len(others))]
        if isinstance(nv, tuple):
            new = nv[0]
        else:
            cands = sorted(pool[nv])
            new = cands[rng.randrange(len(cands))]
            new = _case_like(new, printed)
        if isinstance(v, tuple):
            # every statement of that value in the title ("15-inch ... 15"")
            y = dict(x)
            t = x["title"]
            for val, sp in sorted((vs for vs in find(t) if vs[0] == v), key=lambda vs: -vs[1][0]):
                t = t[:sp[0]] + new + t[sp[1]:]
            y["title"] = t
        else:
            y = _replace(x, span, new)
    return (y, b) if side else (a, y)


def _same_mpn(a, b):
    ma, mb = _compact(a.get("mpn") or ""), _compact(b.get("mpn") or "")
    return bool(ma) and ma == mb


def _plausible(k, v):
    """A replacement value of the same order as the original (for sizes:
    within 4x, not 0: "0 GB" or a 1080" screen is no product)."""
    if not isinstance(v, tuple):
        return True
    a, b = float(k[0]), float(v[0])
    return a > 0 and b > 0 and 0.25 <= a / b <= 4


_CODE_ANY = re.compile(r"[A-Za-z0-9][A-Za-z0-9/-]*[A-Za-z0-9]")


def _compact(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def _bump(tok, stem, digit):
    """``tok`` with the last digit of ``stem`` (a model number up to the digit
    that changes, compacted) set to ``digit`` wherever ``tok`` spells that
    model number: alone, with letters after it ("DSCH50B"), or inside a longer
    part number ("LS24D330HSX/EN"); not where more digits follow the stem
    ("S24D3301" is another number)."""
    low = tok.lower()
    # compact position -> position in tok
    where = [k for k, c in enumerate(low) if c.isalnum()]
    comp = "".join(low[k] for k in where)
    out = list(tok)
    start = comp.find(stem)
    changed = False
    while start >= 0:
        end = start + len(stem)
        before_ok = (start == 0 or not (comp[start - 1].isdigit() and stem[0].isdigit())
                     or where[start] > where[start - 1] + 1)  # ("G5-572071-B21")
        # (digits after a separator are another number: "431786-B21-2Pack")
        if before_ok and (end == len(comp) or not comp[end].isdigit() or where[end] > where[end - 1] + 1):
            out[where[end - 1]] = digit
            changed = True
        start = comp.find(stem, start + 1)
    return "".join(out) if changed else tok


def _same_family(kind, k, v):
    if isinstance(v, tuple):
        return k[1] == v[1]  # same unit
    if kind == "platform":
        return (k in ("mac", "win", "linux")) == (v in ("mac", "win", "linux"))
    return True


def _case_like(new, printed):
    if printed.isupper() and len(printed) > 1:
        return new.upper()
    if printed[:1].isupper():
        return new[:1].upper() + new[1:]
    return new.lower() if printed.islower() else new


def _part_number(code):
    """A maker's catalogue part number rather than a model name: two or more
    hyphens or slashes, 10 or more letters and digits, or a run of 6 digits."""
    return (len(re.findall(r"[-/]", code)) >= 2 or len(_compact(code)) >= 10
            or re.search(r"\d{6}", code) is not None)


def _lang(dataset):
    return "cs" if dataset == "promap-cz" else "en"


def mutate_marker(kind, a, b, dataset, rng):
    """Add a marker to one side's title (a pack count, Upgrade, Refill, a variant word)."""
    side = rng.random() < 0.5
    x = a if side else b
    t = x["title"]
    tl = t.lower()
    if kind == "pack added":
        if FINDERS["pack/count"](t) or re.search(r"\b(pack|set|lot|sada|baleni|balení)\b", tl):
            return None
        n = (2, 3, 4, 6, 12)[rng.randrange(5)]
        y = dict(x, title=t + (f", balení {n} ks" if _lang(dataset) == "cs" else f", {n} Pack"))
    elif kind == "upgrade added":
        ta, tb = set(_w for *_, _w in _words(a["title"])), set(_w for *_, _w in _words(b["title"]))
        if not (SOFTWARE & ta and SOFTWARE & tb) or "upgrade" in ta or "upgrade" in tb:
            return None
        y = dict(x, title=t + (" upgrade" if t.islower() else " Upgrade"))
    elif kind == "refill added":
        ta, tb = set(_w for *_, _w in _words(a["title"])), set(_w for *_, _w in _words(b["title"]))
        if not ({"kit", "starter", "dispenser", "holder", "sada"} & ta & tb) or "refill" in ta | tb:
            return None
        y = dict(x, title=t + (" náplň" if _lang(dataset) == "cs" else " Refill"))
    elif kind == "variant after code":
        # (after a model name, "H81M-PLUS Lite", "RTX 3080 Ti"; not after a
        # maker's catalogue part number, "CC-9011070-WW", "TW3X4G1333C9A":
        # it names one SKU, a variant has a part number of its own)
        ca = {v for v, _ in _code_find(a["title"])} & {v for v, _ in _code_find(b["title"])}
        ca = {v for v in ca if not _part_number(v)}
        if not ca:
            return None
        words = {w for *_, w in _words(a["title"])} | {w for *_, w in _words(b["title"])}
        choices = [v for v in VARIANT_SUFFIX if v not in words]
        code = sorted(ca)[0]
        span = next(sp for v, sp in _code_find(t) if v == code)
        vw = choices[rng.randrange(len(choices))]
        y = dict(x, title=t[:span[1]] + " " + (vw if t.islower() else vw.capitalize()) + t[span[1]:])
    else:
        raise ValueError(kind)
    return (y, b) if side else (a, y)


# --------------------------------------------------------------------------
# identity-keeping edits
# --------------------------------------------------------------------------


def keep(kind, a, b, rng):
    side = rng.random() < 0.5
    x = a if side else b
    t = x["title"]
    new = None
    if kind == "reorder":
        parts = re.split(r"\s(?:-|\||/)\s|,\s", t)
        if len(parts) >= 2:
            new = ", ".join(parts[1:] + parts[:1])
        else:
            ws = t.split()
            if len(ws) >= 3:
                new = " ".join(ws[1:] + ws[:1])
    elif kind == "case":
        new = t.upper() if rng.random() < 0.5 else t.title()
    elif kind == "unit spacing":
        m = re.search(r"(\d)(gb|tb|mb|oz|ml|cm|mm|kg|ks)\b", t, re.I)
        if m:
            new = t[:m.end(1)] + " " + t[m.end(1):]
        else:
            m = re.search(r"(\d) (gb|tb|mb|oz|ml|cm|mm|kg|ks)\b", t, re.I)
            if m:
                new = t[:m.end(1)] + t[m.end(1) + 1:]
    elif kind == "win/windows":
        m = re.search(r"\b(windows|win|macintosh|mac os x|osx)\b", t, re.I)
        if m:
            rep = {"windows": "Win", "win": "Windows", "macintosh": "Mac", "mac os x": "macOS", "osx": "macOS"}
            new = t[:m.start()] + rep[m.group().lower()] + t[m.end():]
    elif kind == "category word dropped":
        ws = _words(t)
        other = {w for *_, w in _words((b if side else a)["title"])}
        cands = [(s, e) for s, e, w in ws if w in CATEGORY and w in other]
        if cands and len(ws) >= 4:
            s, e = cands[0]
            new = re.sub(r"\s{2,}", " ", (t[:s] + t[e:]).strip())
    elif kind == "roman for arabic":
        ws = t.split()
        for i in range(1, len(ws)):
            w = ws[i]
            nxt = re.sub(r"[^\w].*$", "", ws[i + 1].lower()) if i + 1 < len(ws) else ""
            prev = ws[i - 1].lower()
            if w.isdigit() and 2 <= int(w) <= 12 and prev not in ("x", "of", "-", "/", "*"):
                if nxt and (nxt in UNIT_WORDS or re.match(r"^[\d\W]", nxt)):
                    continue
                ws[i] = ROMAN[int(w)]
                new = " ".join(ws)
                break
            if w.lower() in ROMAN_WORDS:
                ws[i] = str(ROMAN_WORDS[w.lower()])
                new = " ".join(ws)
                break
    elif kind == "& / and":
        if " & " in t:
            new = t.replace(" & ", " and ", 1)
        elif " and " in t:
            new = t.replace(" and ", " & ", 1)
    if not new or new == t:
        return None
    y = dict(x, title=new)
    return (y, b) if side else (a, y)


UNIT_WORDS = frozenset("gb tb mb oz ml l cm mm in inch kg g lb lbs w v mah hz mhz ghz mp x pack ks pcs ct "
                       "core cores port ports pockets pocket piece pieces way channel channels button buttons "
                       "player players user users outlet outlets slot slots bay bays door doors".split())

MUTATED = list(FINDERS) + ["pack added", "upgrade added", "refill added", "variant after code"]
KEPT = ["reorder", "case", "unit spacing", "win/windows", "category word dropped", "roman for arabic",
        "& / and"]


# --------------------------------------------------------------------------


def load(split: str):
    base = data_dir()
    out = {}
    for name, files in SETS.items():
        fs = files if split == "all" else files[-1:]
        pairs, seen = [], set()
        for f in fs:
            for a, b, y in read_pairs(os.path.join(base, name, f)):
                key = (a.get("title"), b.get("title"))
                if y == 1 and a.get("title") and b.get("title") and key not in seen:
                    seen.add(key)
                    pairs.append((a, b))
        out[name] = pairs
    pm = read_promap(os.path.join(base, "promap-cz", "promapcz-pairs.csv"))
    out["promap-cz"] = [(a, b) for a, b, y, _ in pm if y == 1 and a.get("title") and b.get("title")]
    return out


def run(pairs, dataset, show, seed=12):
    titles = [t for a, b in pairs for t in (a["title"], b["title"])]
    pools = {k: _pool(k, titles) for k in FINDERS if k != "model digit"}
    jobs = []  # (group, kind, index, a', b')
    for i, (a, b) in enumerate(pairs):
        for kind in MUTATED:
            rng = random.Random(f"{seed}/{dataset}/{kind}/{i}")
            if kind in FINDERS:
                m = mutate_value(kind, a, b, pools, rng)
            else:
                m = mutate_marker(kind, a, b, dataset, rng)
            if m:
                jobs.append(("mutated", kind, i, *m))
        for kind in KEPT:
            rng = random.Random(f"{seed}/{dataset}/{kind}/{i}")
            m = keep(kind, a, b, rng)
            if m:
                jobs.append(("kept", kind, i, *m))
    _, orig, _ = match_many([a for a, b in pairs], [b for a, b in pairs])
    t0 = time.process_time()
    _, same, tiers = match_many([j[3] for j in jobs], [j[4] for j in jobs]) if jobs else ([], [], [])
    cpu = time.process_time() - t0
    rows = []
    for group, kinds in (("mutated", MUTATED), ("kept", KEPT)):
        for kind in kinds:
            idx = [k for k, j in enumerate(jobs) if j[0] == group and j[1] == kind]
            n = len(idx)
            o = sum(1 for k in idx if orig[jobs[k][2]])
            m = sum(1 for k in idx if orig[jobs[k][2]] and same[k])
            rows.append((group, kind, n, o, m))
            if show and group == "mutated":
                bad = [k for k in idx if orig[jobs[k][2]] and same[k]][:show]
            elif show:
                bad = [k for k in idx if orig[jobs[k][2]] and not same[k]][:show]
            else:
                bad = []
            for k in bad:
                j = jobs[k]
                print(f"    [{dataset} {kind}] {tiers[k]}: {j[3]['title'][:90]!r}  <>  {j[4]['title'][:90]!r}")
    return rows, int(orig.sum()), len(pairs), len(jobs), cpu


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("all", "test"), default="all")
    ap.add_argument("--show", type=int, default=0, help="print this many failures per kind")
    ap.add_argument("--only", default=None)
    args = ap.parse_args(argv)
    if args.only and args.only not in (*SETS, "promap-cz"):
        print(f"no dataset named {args.only!r}; have: {', '.join((*SETS, 'promap-cz'))}")
        return 2
    if args.show < 0:
        print("--show takes a count of 0 or more")
        return 2
    data = load(args.split)
    names = [args.only] if args.only else list(data)
    print(f"Near-miss mutations of gold matches ({args.split} splits; promap-cz whole). "
          "mutated: mut/orig should be ~0; kept: mut/orig is the recall retained.")
    totals = defaultdict(lambda: [0, 0, 0])
    for name in names:
        rows, osame, npairs, njobs, cpu = run(data[name], name, args.show)
        print(f"\n{name}: {npairs} gold matches, {osame} called same unmutated; {njobs} edited pairs "
              f"scored in {cpu:.1f} s CPU")
        print(f"  {'group':8} {'kind':22} {'pairs':>6} {'orig':>6} {'mut':>6} {'mut/orig':>9}")
        for group, kind, n, o, m in rows:
            if n:
                print(f"  {group:8} {kind:22} {n:6d} {o:6d} {m:6d} {m / o if o else 0:9.3f}")
            totals[(group, kind)][0] += n
            totals[(group, kind)][1] += o
            totals[(group, kind)][2] += m
    if len(names) > 1:
        print("\nall sets")
        for g in ("mutated", "kept"):
            n = sum(v[0] for k, v in totals.items() if k[0] == g)
            o = sum(v[1] for k, v in totals.items() if k[0] == g)
            m = sum(v[2] for k, v in totals.items() if k[0] == g)
            print(f"  {g:8} {'(all kinds)':22} {n:6d} {o:6d} {m:6d} {m / o if o else 0:9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
