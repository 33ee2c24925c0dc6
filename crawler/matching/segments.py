"""A long marketplace title is a product name and a feature list.

"Bose QuietComfort Ultra Wireless Noise Cancelling Headphones with Spatial
Audio, Over-the-Ear Headphones with Mic, Up to 24 Hours of Battery Life,
Black" names the product in its first part and lists features after the
separators (" - ", " | ", ",", ":", parentheses; ``segment_index``).  A
shorter title of the same product ("Bose QuietComfort Ultra Headphones
Black") names it with the words of that first part; the feature list's
words ("mic", "battery life", "two-way talk", "plug and play") are
description, whichever words they are - a structure, not a vocabulary, so
it holds for titles nobody here has seen.

The *name* of a long title against a shorter one is the shortest run of its
leading segments that prints every word the shorter title identifies the
product by (``name_segments``): a word the shorter title needs to name a
variant sits there ("Forerunner 245 Music, GPS Running Watch" vs
"Forerunner 245": "music" is in the name, still a disagreement).  A word of
the long title after its name (``in_feature_list``) is no disagreement,
unless it is a variant word, a number or spec (compared by the number and
unit rules), or a colour (compared as a facet): those say which product,
wherever they stand.
"""

from __future__ import annotations

import re

from . import titles as T
from .us38 import name_length  # (session 38, us38: a maker's code is no word of a name)

# separators of a cleaned title (``titles.clean``: lower case, "\u2013" -> "-")
_SEP = re.compile(r"\s[-|:]\s|[,;|()\[\]]|:\s")
_SEP_HINT = frozenset(",;|()[]:-")


def segment_index(cleaned: str, ws) -> tuple | None:
    """The segment number of each word of ``ws`` (``titles.words(cleaned)``),
    segments being the parts of the cleaned title between separators; None
    when the title has one segment (or its parts do not split into the same
    words: then no segment is known).  Once per offer (``prepared``)."""
    if len(ws) < 4 or _SEP_HINT.isdisjoint(cleaned):
        return None
    parts = _SEP.split(cleaned)
    if len(parts) < 2:
        return None
    out: list = []
    k = 0
    for part in parts:
        pw = T.words(part) if part.strip() else ()
        if not pw:
            continue
        out.extend([k] * len(pw))
        k += 1
    if k < 2 or len(out) != len(ws):
        return None
    return tuple(out)


def _name_words(other, own, skip) -> list:
    """The words of ``other``'s title that ``own`` prints in its title: but
    function words and filler (``skip``), colours, units and counts (facets
    and unit rules compare them).  (All of them, not only those of other's
    first part: "Elden Ring: Shadow of the Erdtree DLC (PC Steam)" against
    "Elden Ring (PC Steam)" names more than "Elden Ring" before the part
    both print.)"""
    own_ws = own.wordset
    return [w for w in other.words if w in own_ws and w not in skip and w not in T.COLOURS
            and not (w[0].isdigit() and T.is_unit_token(w))]


def name_end(p, other, skip=frozenset(), kinds=frozenset()) -> int:
    """The number of the last segment of p's name against ``other``: the
    shortest run of p's leading segments printing every word that names
    ``other``'s product and that p's title prints (``_name_words``: at least
    two of them; the first segment at least).  -1 when p has one segment, is
    not half as long again as ``other``'s, or shares fewer than two such words with
    ``other``."""
    segs = p.segs
    if segs is None or 2 * len(p.words) < 3 * name_length(other, p):
        # (a long title against a short one: two titles of one length list
        # the same parts, "Tide Pods, Spring Meadow, 42 count" / "Tide Pods,
        # Original, 42 count" - a part one has and the other not is a variant)
        return -1
    need = _name_words(other, p, skip)
    if len(need) < 2:
        return -1
    first = {}
    for w, s in zip(p.words, segs):
        if w not in first:
            first[w] = s
    # (a plain number both print is compared by the number rules wherever it
    # stands: "6 Users" / "up to 6 people" - a count, not the name)
    # (nor a word naming the kind, ``kinds``: it closes a name and comes back
    # in a feature, "Ring Indoor Cam | Plug-in home or pet security camera")
    return max([first.get(w, 0) for w in need if not w.isdigit() and w not in kinds], default=0)


def in_feature_list(w: str, p, other, variant_words=frozenset(), skip=frozenset(), kinds=frozenset()) -> bool:
    """Is ``w`` (an identifying word of p's title the other offer never
    prints) a word of p's feature list - after p's name against the shorter
    ``other`` (``name_end``), never in that name - and no variant word
    (``variant_words``), number, spec or colour?  (``skip``: function words
    and filler, never words of a name.)"""
    if w in variant_words or not w.isalpha() or w in T.COLOURS or w in T.VARIANTS:
        return False
    end = name_end(p, other, skip, kinds)
    segs = p.segs
    if end < 0 or end >= segs[-1]:
        return False
    return all(s > end and _feature_part(s, end, segs) for x, s in zip(p.words, segs) if x == w)


def _feature_part(s: int, end: int, segs) -> bool:
    """Is segment ``s`` after the name (ending at segment ``end``) a feature,
    no variant?  A phrase of four words or more describes ("Plug-in home or
    pet security camera", "USB 3.0 for PC & Mac"); a short part right after
    the name or closing the title is where a title names its variant
    ("Glade Solid Air Freshener - Lavender Peach Blossom", "..., Black"), a
    short part between two others is one item of a list ("Two-Way Talk")."""
    if segs.count(s) >= 4:
        return True
    if s == end + 1 and opens_feature_list(s, segs):  # (session 11, recall)
        return True
    return end + 1 < s < segs[-1]


def qualifiers(p, other, skip=frozenset(), kinds=frozenset()) -> frozenset:
    """The words of p's title that p prints only in its feature list
    (``in_feature_list``'s parts, whatever the word), or, in a part after
    the name, each time right before another plain word of that part that
    it qualifies ("63g *Ultra* Lightweight", "*Professional*-Grade", "Focus
    *Pro* 30K Optical Sensor": a variant or tier word that describes a
    feature, not the product's variant, which closes its part: "..., Wi-Fi
    + Cellular").  Empty when p has no feature list against ``other``."""
    end = name_end(p, other, skip, kinds)
    segs = p.segs
    if end < 0 or end >= segs[-1]:
        return frozenset()
    ws = p.words
    n = len(ws)
    ok, bad = set(), set()
    for i, (w, s) in enumerate(zip(ws, segs)):
        if s > end and (_feature_part(s, end, segs) or (
                i + 1 < n and segs[i + 1] == s and ws[i + 1].isalpha() and ws[i + 1] not in T.VARIANTS
                and ws[i + 1] not in skip)):
            ok.add(w)
        else:
            bad.add(w)
    return frozenset(ok - bad)


def variants_excused(a, b, canon, skip=frozenset(), kinds=frozenset()) -> bool:
    """Do the variant words of two titles (``Prepared.variants``) differ only
    by words the longer title prints as ``qualifiers`` of its feature list?
    (``canon``: the variant a word is written for, "professional" -> "pro".)"""
    for x, y in ((a, b), (b, a)):
        extra = x.variants - y.variants
        if extra and not words_excused(extra, x, y, canon, skip, kinds):
            return False
    return True


def words_excused(names, p, other, canon, skip=frozenset(), kinds=frozenset()) -> bool:
    """Is every word of p's title written for one of ``names`` (variant or
    tier names, ``canon``) one of p's ``qualifiers`` against ``other``?"""
    if p.segs is None:
        return False
    q = qualifiers(p, other, skip, kinds)
    if not q:
        return False
    return all(w in q for w in p.words if w in names or canon(w) in names)


# session 11, recall
def opens_feature_list(s: int, segs) -> bool:
    """Is the part ``s`` right after a long title's name the first item of its
    feature list rather than the variant's name: a phrase of two words or more
    with two parts or more after it ("iRobot Roomba 694 Robot Vacuum, *Personalized
    Cleaning Recommendations*, Works with Alexa, Good for Pet Hair, ...")?  A
    variant's name closes the title or comes with one part after it ("Glade Solid
    Air Freshener - Lavender Peach Blossom", "Tide PODS, Spring Meadow, 81 count");
    a list goes on."""
    return segs[-1] >= s + 2 and segs.count(s) >= 2
