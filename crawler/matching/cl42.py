"""Session 42 (cl42): colours and finishes across shops and languages (``benchmarks/pairs/cl42.jsonl``),
by principle:

* **an Apple part number printed without its region / keyboard suffix** - "MLY33" / "MLY33LL/A", "MGN63"
  / "MGN63ZP/A": a shop prints the part number with or without the country kit's code, as HP's "#ABA" or
  Samsung's "/EU" (``relations._PACK_SUFFIXES``).  ``features._suffix_segment_there`` reads a code's
  letters glued on and then a segment of letters of its own as the maker's two marks of another variant
  ("FP-J50E-W"); the one to three letters and "/A" closing an Apple part number (M, F, N or P, three
  letters or digits, a digit) are one mark, the region (``apple_region``).  Two suffixes stay two codes
  ("MLY33LL/A" / "MLY33D/A", a US and a German keyboard; "Magic Keyboard" US / British English).

A leaf module: it imports nothing of the matcher.
"""

from __future__ import annotations

import re as _re

# an Apple part number (compacted, lower case): M (new), F (refurbished), N (service) or P (engraved), three
# letters or digits, a digit - "mly33", "mk9n2", "mgn63"
_APPLE_PART = _re.compile(r"[mfnp][a-z0-9]{3}\d").fullmatch


# (session 42, fxcl42) the region or keyboard layout an Apple region suffix stands for, and the words a
# title names one by: a bare part number beside "US" or "Deutsch" is that region's unit, and a suffix of
# another region is another keyboard ("MK2A3 - Deutsch" / "MK2A3LL/A", "MLY33 US" / "MLY33D/A": attack42a).
# "English" alone is no region (a US or a British layout), nor are two-letter words a sentence may hold
# ("de", "it", "es")
_SUFFIX_REGION = {
    "ll": "us", "c": "ca", "b": "gb", "d": "de", "fn": "fr", "f": "fr", "t": "it", "y": "es", "j": "jp",
    "x": "au", "zp": "hk", "ch": "cn", "kh": "kr", "ru": "ru", "sm": "swiss", "cz": "cz",
}
_REGION_WORDS = {
    "us": "us usa american amerikanisch americain americano",
    "gb": "uk british britisch britannique",
    "de": "deutsch deutsche deutscher deutsches german germany allemand aleman tedesco",
    "fr": "french francais francaise france franzosisch azerty",
    "es": "spanish espanol espanola spain espana spanisch",
    "it": "italian italiano italiana italy italia italienisch",
    "jp": "japanese japan jis japanisch",
    "cn": "chinese china chinesisch",
    "kr": "korean korea",
    "ru": "russian russia russisch",
    "au": "australian australia",
    "ca": "canadian canada",
    "swiss": "swiss schweiz schweizer suisse",
    "cz": "czech cesky ceska cz",
}
_REGION_OF_WORD = {w: r for r, ws in _REGION_WORDS.items() for w in ws.split()}


def apple_region(code: str, longer: str, segment: str, bare_words=()) -> bool:
    """Is ``longer`` the Apple part number ``code`` with its region suffix - one to three letters glued on,
    then the segment "a" ("mly33" / "mly33lla", the title printing "MLY33LL/A")?  Not where the title
    printing ``code`` bare (its ``bare_words``) names a region or a layout and the suffix is not that
    region's ("MK2A3 - Deutsch" / "MK2A3LL/A"; "MLY33 US" / "MLY33LL/A" is one)."""
    if not (segment == "a" and _APPLE_PART(code) is not None and 2 <= len(longer) - len(code) <= 4
            and longer.startswith(code) and longer.endswith("a")):
        return False
    named = {_REGION_OF_WORD[w] for w in bare_words or () if w in _REGION_OF_WORD}
    return not named or _SUFFIX_REGION.get(longer[len(code):-1]) in named


# --------------------------------------------------------------------------
# a colourway closing the title right after the maker's part number
# --------------------------------------------------------------------------
# (``raw_facets._closing_colours`` reads the colourway closing a title after a word naming the kind -
# "Smeg TSF01 2-Slice Toaster *Cream*" - or a device's memory; a maker's part number stands there as
# well: "KitchenAid Artisan 5KSM175PS *Almond Cream*", "Ray-Ban Clubmaster RB3016 *Havana*" - what a
# shop writes after the part number is the finish of that unit.  A part number: four characters or
# more, two letters and two digits at least, not a quantity ("500ml", "24h") nor a rating or a
# vitamin ("SPF50", "Q10", "B12"): "Nivea Q10 *Cream*" is the cream)
_CODE_END = _re.compile(r"(?<![\w.,])([a-z0-9][a-z0-9-]{3,})\W*$")
_QUANTITY = _re.compile(r"\d+(?:[.,]\d+)?[a-z]{1,4}").fullmatch
_NOT_CODES = ("spf", "upf", "q10", "ip", "pa", "uv", "b12", "coq10", "omega")

# colour words the tables lacked: German "violett" (Samsung's "Bora Purple" / "Violett"), Apple's Italian
# name of its "Starlight", "galassia" (``synonyms`` adds them to the colour groups)
COLOURS = {"purple": "violett", "starlight": "galassia"}

# frame colours of eyewear and a finish's names the colour tables lack: Havana (a tortoiseshell brown,
# as Ray-Ban, Persol and Oakley name it), tortoise
COLOURWAY_WORDS = {"havana": "brown", "tortoise": "brown", "tortoiseshell": "brown"}


def _is_code(tok: str) -> bool:
    d = sum(c.isdigit() for c in tok)
    a = sum(c.isalpha() for c in tok)
    if d < 2 or a < 2 or _QUANTITY(tok) or tok.startswith(_NOT_CODES):
        return False
    return True


def tail_start(low: str, tail_words) -> int:
    """Where the run of words ``tail_words`` closing ``low`` starts (each found walking back), or -1.
    (One walk for every reader of what stands before a title's closing words: ``after_model_code``
    here, ``raw_facets._after_device_spec``.)"""
    i = len(low)
    for w in reversed(tail_words):
        j = low.rfind(w, 0, i)
        if j < 0:
            return -1
        i = j
    return i


def after_model_code(low: str, tail_words) -> bool:
    """Does the run of words ``tail_words`` closing ``low`` follow a maker's part number?"""
    i = tail_start(low, tail_words)
    if i < 0:
        return False
    m = _CODE_END.search(low, 0, i)
    return m is not None and _is_code(m.group(1))


# --------------------------------------------------------------------------
# a metal paint's texture
# --------------------------------------------------------------------------
# (``household24.sheen_differs`` compares a paint's sheen - flat, satin, gloss -; a metal paint is sold
# in a texture besides: Hammerite's "Smooth" and "Hammered" finishes of one colour and size are two
# paints, in the shops' languages.  Another axis than the sheen: "Smooth" / "Gloss" say nothing apart)
_TEXTURE = {
    "smooth": "smooth glatt lisse liso lisa liscio glad gladde",
    "hammered": "hammered hammerschlag hammerschlageffekt martele martelee martillado martelado martellato "
                "hamerslag",
}
_TEXTURE_OF = {w: k for k, ws in _TEXTURE.items() for w in ws.split()}


def texture_differs(words_a, words_b) -> bool:
    """Do two paints' titles (their words) name two textures and none in common?"""
    ta = {_TEXTURE_OF[w] for w in words_a if w in _TEXTURE_OF}
    if not ta:
        return False
    tb = {_TEXTURE_OF[w] for w in words_b if w in _TEXTURE_OF}
    return bool(tb) and ta.isdisjoint(tb)


# --------------------------------------------------------------------------
# a finish or a maker's colour word standing where the other title names a colour
# --------------------------------------------------------------------------
# (two titles word for word the same but for one word, one a plain colour and the other a finish or a
# maker's colour word of another colour - "HAY About A Chair AAC22 *Black* Lacquered Oak" / "... *Matt*
# Lacquered Oak", "Ray-Ban Clubmaster RB3016 *Black* on Gold" / "... *Havana* on Gold": the word in the
# colour's place names that product's colourway, as a second plain colour would.  Where the two words
# are one colour in two languages, or a tone of it, the colour tables agree and nothing is read)
FINISH_WORDS = frozenset("""
matt matte mat gloss glossy satin natural clear transparent oiled
""".split())


def colour_substituted(ca, cb, colour_of, other_of) -> bool:
    """Are the cleaned titles ``ca`` / ``cb`` one word apart, that word a plain colour on one side and on
    the other a finish (``FINISH_WORDS``) or a colour word of ``other_of`` (ambiguous and maker's colour
    words -> base colour) naming another colour?"""
    if type(ca) is not str or type(cb) is not str:
        return False
    wa, wb = ca.split(), cb.split()
    if len(wa) != len(wb) or len(wa) < 3:
        return False
    diff = [i for i in range(len(wa)) if wa[i] != wb[i]]
    if len(diff) != 1:
        return False
    x, y = wa[diff[0]], wb[diff[0]]
    for u, v in ((x, y), (y, x)):
        c = colour_of.get(u)
        if c is None or v in colour_of:
            continue
        if v in FINISH_WORDS:
            return True
        d = other_of.get(v)
        if d is not None and d != c:
            return True
    return False


# --------------------------------------------------------------------------
# a maker's word closing the title after its plain colour
# --------------------------------------------------------------------------
# (session 42, fxcl42) the maker's words that close a colour's name after the plain colour, a closed class
# of shade nouns - a smoke or a haze, a gem or a mineral, the sky at dusk, a maker's food shade: "White
# *Smoke*", "Black *Onyx*", "Rose *Quartz*", "Black *Lava*", "Black *Truffle*".  Any other word there is as
# often the product's own - a line, a cut, a lining, a collaboration, a size: "Crocs Classic Clog Black
# *Platform*", "Air Force 1 '07 White *Mid*", "Apple Watch Sport Band Black *Unity*", "Kanken Black *Art*",
# "..., white, *King*" (attack42a, attack41w: those stay apart).  The words of ``wordclass.
# _COLOUR_NAME_WORDS`` and ``ml24._MAKER_SHADES`` ("onyx", "frost", "storm") read there already
CLOSING_SHADES = frozenset("""
smoke mist haze fog dusk dawn sunset sunrise lagoon lava quartz pearl opal jade amber coral sapphire
emerald ruby topaz agate truffle sesame
""".split())
_LAST_TWO = _re.compile(r"([^\W\d_]+)[ \t]+([^\W\d_]+)\W*$")


def _fold(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def closing_after_colour(w: str, words, colours, raw) -> bool:
    """Is ``w`` the last word of a title (its ``words``, its ``raw`` text), right after a plain colour word
    with a space alone between - a maker's colour name that holds the plain colour, "Bose QuietComfort
    Ultra *White Smoke*" -?  Then a title naming that colour alone in another language ("... Weiß")
    translated the colour and left the maker's word out, as ``ml24.shade_translated`` reads a maker's word
    before the colour ("Midnight Black" / "Negro") - only the word closing the title: one inside it may be
    the line's name; only a shade's noun (``CLOSING_SHADES``): "Black Platform", "White Mid", "Black Unity"
    are other products than the plain colour's."""
    if not (len(words) >= 3 and words[-1] == w and w in CLOSING_SHADES and w not in colours
            and words[-2] in colours and type(raw) is str):
        return False
    m = _LAST_TWO.search(_fold(raw))
    return m is not None and m.group(2) == w and m.group(1) == words[-2]
