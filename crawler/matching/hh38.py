"""Session 38 (hh38): US household, personal care, baby, pet and grocery goods as Walmart, Amazon,
Target and Costco list them (``benchmarks/pairs/hh38.jsonl``).

* A supplement's gummies are a dose form, as tablets, capsules and softgels are (``SPEC["form"]``):
  "Melatonin 5 mg Gummies" is no "Melatonin 5 mg, 90 Tablets", "Vitamin D3 Gummies" no "Vitamin D3
  Softgels".  The words stay the sweets' kind as well ("Gummy Bears"): a kind one title names is still
  excused where the other names no form; only two forms, one on each side, differ (``spec_clash``).

This module imports no matcher module (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

# the supplement's chewable gummies in the shops' languages (folded to ASCII)
_GUMMY_FORM = "gummies gummy gummis gomitas gommose gommine zelki"


_W = None  # (``wordclass``, set by ``install``)


def install(W) -> None:
    """Add this session's words to ``wordclass``'s tables (``W``: the module)."""
    global _W
    _W = W
    cs = W.SPEC.setdefault("form", {})
    for w in _GUMMY_FORM.split():
        if w not in W._SPEC_OF:
            cs.setdefault(w, "gummies")
            W._SPEC_OF[w] = ("form", "gummies")


# the words naming a line's first, plain variant ("Windex Original", "Classic Roast", "Regular")
_BASE_VARIANT = frozenset("original classic regular originale orig".split())


def kind_substituted(w: str, p, other) -> bool:
    """Does the kind word ``w`` of p's title (one the other offer never prints) stand between two words
    both titles print, where the other title names the line's plain variant in its place ("Windex
    *Vinegar* Glass Cleaner" / "Windex *Original* Glass Cleaner")?  A kind word in place of "Original"
    names the variant by what it is made with; a kind one shop adds stands where the other prints
    nothing ("Tide PODS Laundry Detergent Pacs" / "Tide PODS Pacs") or names the same kind otherwise
    ("Ariel Original Washing Powder" / "Laundry Powder").  (Any other word in its place was tried and
    dropped: two shops' kinds - "Segeljacke" / "Jacket", "ActionPacs" / "Pods" - stand there as often.)"""
    ws, ow = p.words, other.words
    oset = other.wordset
    for i in range(1, len(ws) - 1):
        if ws[i] != w:
            continue
        before, after = ws[i - 1], ws[i + 1]
        if before not in oset or after not in oset or before == after or not (before.isalpha() and after.isalpha()):
            continue
        for j in range(len(ow) - 2):
            if ow[j] == before and ow[j + 2] == after:
                x = ow[j + 1]
                if x in _BASE_VARIANT and x not in p.wordset:  # (not "Energy Drink, Green, Original")
                    return True
    return False


# a branded medicine's active ingredient, by its international name as US shops print it beside the brand
# ("Mucinex Maximum Strength ... 1200 mg Guaifenesin", "Pepcid AC ... Famotidine", "Zyrtec ... Cetirizine HCl"),
# with its forms in the shops' languages (folded)
ACTIVE = frozenset("""
guaifenesin guaifenesina guaifenesine
dextromethorphan dextrometorfano dextromethorphane
diphenhydramine difenhidramina diphenhydramin
doxylamine doxilamina doxylamin
pseudoephedrine pseudoefedrina pseudoephedrin
phenylephrine fenilefrina phenylephrin
cetirizine cetirizin cetirizina levocetirizine
loratadine loratadin loratadina
fexofenadine fexofenadin
famotidine famotidin famotidina
omeprazole omeprazol esomeprazole esomeprazol lansoprazole lansoprazol
loperamide loperamid loperamida
naproxen naproxene naproxeno
diclofenac diclofenaco diklofenak
simethicone simeticone simeticon simeticona
docusate bisacodyl sennosides
hydrocortisone hidrocortisona hydrocortison
fluticasone fluticasona budesonide budesonida triamcinolone
oxymetazoline oximetazolina oxymetazolin
minoxidil
""".split())


def active_alone(w: str, other) -> bool:
    """Is ``w`` a medicine's active ingredient (``ACTIVE``) the other offer names none of?  The other
    shop's title leaves the ingredient out (the brand's product has one); two ingredients, one on each
    side ("Cetirizine" / "Loratadine" of one store brand), stay two products."""
    return w in ACTIVE and ACTIVE.isdisjoint(other.wordset)


# a variant word and the word it is short for, as medicines' strengths are printed ("Max Strength" /
# "Maximum Strength")
_WRITTEN_OUT = {"max": frozenset(("maximum", "maximal", "maxima", "maximale", "maximo"))}
_STRENGTH = frozenset("strength starke force fuerza forza".split())


def variant_written_out(a, b) -> bool:
    """Do two titles' variant words differ only by a word one title prints before a strength that the
    other writes out there ("Mucinex 12 Hour *Max* Strength" / "Mucinex *Maximum* Strength")?  A
    medicine's strength written short names no variant of the line."""
    d = a.variants ^ b.variants
    if not d:
        return False
    for w in d:
        x, y = (a, b) if w in a.variants else (b, a)
        long = _WRITTEN_OUT.get(w)
        if not long or long.isdisjoint(y.wordset):
            return False
        ws = x.words
        if not any(v == w and i + 1 < len(ws) and ws[i + 1] in _STRENGTH for i, v in enumerate(ws)):
            return False
        oy = y.words
        if not any(v in long and i + 1 < len(oy) and oy[i + 1] in _STRENGTH for i, v in enumerate(oy)):
            return False
    return True


# the words joining two types of skin or hair in a range ("Normal to Dry Skin", "Oily & Combination Skin")
_TYPE_JOINS = frozenset("to and or bis a e y et und".split())


def audience_run(w: str, ws, types: frozenset, nouns: frozenset) -> bool:
    """Is the type word ``w`` (``types``: of skin or hair) in a run of such types and the words joining
    them that ends at the skin or hair they name (``nouns``), without a "for" before it ("CeraVe
    Hydrating Facial Cleanser, *Normal* to Dry Skin", "*Oily* & Combination Skin")?  The run names whom
    the product suits, as "for Normal to Dry Skin" does."""
    n = len(ws)
    for i, x in enumerate(ws):
        if x != w:
            continue
        for j in range(i + 1, min(n, i + 5)):
            y = ws[j]
            if y in nouns:
                return True
            if y not in types and y not in _TYPE_JOINS:
                break
    return False
