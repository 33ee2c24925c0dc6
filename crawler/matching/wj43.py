"""Session 43 (wj43): watches, jewellery, eyewear and contact lenses as two shops title them
(``benchmarks/pairs/wj43.jsonl``; held-out-42's watches / jewellery / eyewear set read after it), by
principle - one notation of a trade read as the other shops write it, before the words are compared.
A leaf module: ``titles._clean_pre`` calls ``read`` on the lower-cased title when ``HINT`` finds the
trade's words.

* **a watch reference written in spaced groups is the dotted reference** - "T137 410 11 051 00" is
  Tissot's "T137.410.11.051.00" (a maker's reference of four or more digit groups after its first part;
  the dotted and the glued forms were already one): ``_SPACED_REF``;
* **a watch's water resistance is no length** - "200m", "100 M", "20 bar", "10 ATM" beside a watch is a
  depth rating the other shop often leaves out, and no "200 m" of a product to set against its "42mm"
  case: ``_DEPTH``, read as the pressure in bar ("200m" = "20 bar"), its own fact (fxwj43: deleting it made
  "Diver 200m" / "Diver 1000m" one watch);
* **an eyewear order code is the model, its colour and its size, however the shop joins them** -
  Luxottica's catalogue zero ("0RB2140" is the RB2140), the brand's letters a shop leaves off (Oakley
  "9406 08" is the OO9406 08, Persol "3019S" the PO3019S), a colour code with or without its slash
  ("601/8G" = "6018G", "24/31" = "2431": the "/58" of "901/58" is the polarised lens, so "901" stays
  another code), the model and colour joined by a hyphen ("OO9102-E1" = "OO9102 E1"), and the size as the
  lens width, with or without the bridge and the temple ("50-22", "50□22-145", "50mm" and a bare "50"
  after the colour code are one size): ``_LUX``, ``_SLASH_CODE``, ``_EYE_SIZE``; Ray-Ban's optical frames
  (5000-7999) are RX whatever the shop prints ("RB5154" = "RX5154");
* **carat is two measures** - before a gold word it is the gold's fineness ("9ct gold" = "9 carat gold" =
  "9K gold" = "375 gold"), otherwise a stone's mass, 200 mg ("0.25ct" = "1/4 carat", "1/2 ct" = "half
  carat"), so 9ct and 18ct gold, 0.25ct and 0.50ct diamonds are two products: ``_KARAT``, ``_CARAT``;
  a precious metal's hallmark beside its name says nothing more ("925 Sterling Silver" = "Sterling
  Silver", "Sterlingsilber", "Platinum 950" = "Platinum");
* **a contact lens's power is signed** - "-4.25" and "+4.25" are two lenses; "-2,00" = "-2.00":
  ``_POWER``.
"""
from __future__ import annotations

import re

# --- the trade's words (lower-cased, accent-free titles) -------------------------------------------------
_WATCH = re.compile(
    r"\b(?:watch|watches|wristwatch|smartwatch|uhr|armbanduhr|herrenuhr|damenuhr|taucheruhr|automatikuhr|funkuhr"
    r"|montre|reloj|orologio|horloge|zegarek|hodinky|chronograph|chronographe|cronografo|diver|divers|taucher"
    r"|g-shock|gshock|seiko|casio|citizen|tissot|omega(?![\s-]?(?:3|6|7|9)\b|\s+fatty)|rolex|tudor"
    r"|hamilton(?!\s+beach)|longines|orient|timex|swatch"
    r"|breitling|tag heuer|oris|edifice|prospex|promaster|seamaster|speedmaster|submariner)\b").search
# (fxwj43: a brand word that names another trade's goods too - Hamilton Beach's blenders, Omega-3 capsules - is no
# watch)
_EYE = re.compile(
    r"\b(?:sunglass(?:es)?|sonnenbrille|occhiali|lunettes|gafas|brille|brillengestell|eyeglass(?:es)?|eyewear"
    r"|ray-?ban|ray ban|oakley|persol|wayfarer|aviator|clubmaster|prizm|polari[sz](?:ed|ado|adas|ati|ees|iert)?)\b"
    r"|\b0(?:rb|rx|oo|ox|po)\d{4}").search  # (not a bare "RX 7900": a graphics card's)
_JEWEL = re.compile(
    r"\b(?:gold|silver|platinum|diamonds?|carats?|karat|kt|sterling|sterlingsilber|silber|argent|argento|plata"
    r"|oro|goud|gelbgold|weissgold|rotgold|rosegold|solitaire|earrings?|necklace|pendant|ring|studs?)\b").search
_LENS = re.compile(
    r"\b(?:contact lens(?:es)?|kontaktlinsen|tageslinsen|monatslinsen|lenti|lentilles|lentillas|acuvue|dailies"
    r"|biofinity|air optix|proclear|avaira|myday|dpt|dioptr\w*|diottrie)\b").search


def HINT(s: str) -> bool:
    """Does a lower-cased title name a watch, eyewear, jewellery or contact lenses (a cheap test first)?"""
    return bool(_WATCH(s) or _EYE(s) or _JEWEL(s) or _LENS(s))


# --- watches ------------------------------------------------------------------------------------------------
# "t137 410 11 051 00", "310 30 42 50 01 001": a first part (letters and digits or digits) and four or more
# groups of two or three digits, spaced
_SPACED_REF = re.compile(r"(?<![\w.])([a-z]{0,2}\d{3,6})((?: \d{2,3}){4,})(?![\w.])")


def _spaced_ref_repl(m: re.Match) -> str:
    return m.group(1) + m.group(2).replace(" ", ".")


# a depth rating: "200m", "100 m", "20 bar", "10 atm", "wr100", "water resistant to 100m"
_DEPTH = re.compile(
    r"(?<![\w.])(?:wr\s?)?(?:30|50|100|150|200|300|500|600|1000|1200|2000|3000|4000)\s?(?:m|mt|meters?|metres?|metri|metros?)"
    r"(?![\w])|(?<![\w.])(?:3|5|10|20|30|100|200|300)\s?(?:bar|atm)\b")




def _depth_repl(m: re.Match) -> str:
    """A depth rating read as the pressure it names, in bar (10 m of water a bar, an atmosphere a bar): its own
    fact, no length beside the case's "42mm" - "200m" = "20 bar", "10 ATM" = "10 bar"; a title without one says
    nothing of it, two ratings that differ are two watches (fxwj43: "Prospex Diver 200m" / "1000m")."""
    t = m.group(0)
    n = int(re.search(r"\d+", t).group(0))
    b = n if ("bar" in t or "atm" in t) else n // 10
    return f" {b} bar "


# --- eyewear ---------------------------------------------------------------------------------------------
# Luxottica's order code: the catalogue zero, the brand's two letters, four digits and a letter or two
_LUX = re.compile(r"(?<![\w])0?(rb|rx|oo|ox|po|oy|oj)\s?(\d{4})([a-z]{0,2})(?:-(?=[a-z0-9]))?")
# the brand's letters a shop leaves off: a bare four-digit model (its letter after it) in a title of that brand
_BRAND_LETTERS = (("ray-ban", "rb"), ("rayban", "rb"), ("ray ban", "rb"), ("oakley", "oo"), ("persol", "po"))
_BARE_MODEL = re.compile(r"(?<![\w./-])(\d{4})([a-z]{0,2}|[a-z]\d)(?![\w/])")
# a colour code with its slash: "901/58", "601/8g", "24/31", "710/t5", "001/58"
_SLASH_CODE = re.compile(r"(?<![\w/.])(\d{2,3}|[a-z]\d{3,4})/([a-z0-9]{1,3})(?![\w/])")
# a lens width with its bridge (and temple): "50-22", "50 22", "50□22", "50x22", "50-22-145"; a lens width in mm
_EYE_SIZE = re.compile(
    r"(?<![\w.,/-])([3-6]\d)\s?(?:-|\u25a1|x|/|\s)\s?(1\d|2[0-6])(?:\s?(?:-|\u25a1|/|\s)\s?1[2-5]\d)?(?![\w.,/-])")
# (fxwj43: the temple after a spaced size too, "51 21 145": no colour code)
# a colour code and the lens width joined by a hyphen: "rb2140-90158-50"
_CODE_SIZE = re.compile(r"(?<![\w.,/])(\d{3,5}[a-z]?)-([3-6]\d)(?![\w.,/-])")
# a bare lens width (38-69) in a title that prints a model code: "rb2140 901 50", "... gradient 54"
_BARE_SIZE = re.compile(r"(?<![\w.,/-])([3-6]\d)(?![\w.,/-]|\s?(?:mm|cm|m|x)\b)")


def _lux_repl(m: re.Match) -> str:
    letters, digits, tail = m.group(1), m.group(2), m.group(3)
    if letters == "rb" and digits[0] in "567":
        letters = "rx"  # (Ray-Ban's optical frames: "RB5154" is the RX5154 Clubmaster Optics)
    if digits[0] == "0":
        digits = digits[1:]  # (Persol's "PO0714" is its "714")
    return f"{letters}{digits}{tail} "


def _eyewear(s: str) -> str:
    if "/" in s:
        s = _SLASH_CODE.sub(lambda m: m.group(1) + m.group(2), s)
    s = _LUX.sub(_lux_repl, s)
    if not re.search(r"\b(?:rb|rx|oo|ox|po|oy|oj)\d{3,4}", s):
        for brand, letters in _BRAND_LETTERS:
            if brand in s:
                s = re.sub(r"\b(" + brand + r")\s+(\d{3})\b(?![.,/-])", lambda m, L=letters: m.group(1) + " " + L + m.group(2), s,
                           count=1)  # ("Persol 714": a three-digit model right after the brand)
                if not re.search(r"\b(?:rb|rx|oo|ox|po|oy|oj)\d{3,4}", s):
                    s = _BARE_MODEL.sub(lambda m, L=letters: _bare_repl(m, L), s, count=1)
                break
    if "-" in s:
        s = _CODE_SIZE.sub(lambda m: m.group(1) + " " + m.group(2), s)
    s = _EYE_SIZE.sub(lambda m: m.group(1) + "mm", s)
    s = _colour_joined(s)
    if _MODEL_CODE.search(s):
        s = _BARE_SIZE.sub(lambda m: m.group(1) + "mm", s)
    return s


# a model code and the frame's colour code after it: "rb2140 ... 901", "oo9406 08" (a two-character code only
# right after the model: a bare two-digit number further on is the lens width)
_MODEL_CODE = re.compile(r"\b((?:rb|rx|oo|ox|po|oy|oj)\d{3,4}[a-z]{0,2})\b")
_COLOUR_NEAR = re.compile(r"\A[\s-]*([a-z]\d|\d[a-z]|\d\d)(?![\w.,/])")
_COLOUR_FAR = re.compile(r"(?<![\w.,/-])(\d{3}(?:\d{2}|\d[a-z]|[a-z]\d)?|[a-z]\d{4})(?![\w.,/-]|\s?%)")
# (fxwj43: a number before "%" is no colour code - "100% UV Protection"; Oakley's two-character codes, a letter
# and a digit, "E1", "B7", stand apart from the model too - "OO9102 100% UV Protection E1")
_OAKLEY_FAR = re.compile(r"(?<![\w.,/-])([a-z]\d|\d[a-z])(?![\w.,/-]|\s?%)")


def _joined(model: str, colour: str) -> str:
    """One token of the model and its colour, the colour first: "c901rb2140" (the colour after the model would
    make "RB2140 901" a code cut short of "RB2140 901/58")."""
    return "c" + colour + model


def _colour_joined(s: str) -> str:
    """The colour code written against the model code ("rb2140-901"): a frame's colour is part of its order
    code, so "RB2140 901" and "RB2140 901/58" (the polarised lens) are two codes, not one model with a number
    each shop prints or leaves out."""
    m = _MODEL_CODE.search(s)
    if not m:
        return s
    rest = s[m.end():]
    c = _COLOUR_NEAR.match(rest)
    if c and not (m.group(1).startswith(("rb", "rx", "po")) and c.group(1).isdigit() and 38 <= int(c.group(1)) <= 70):
        return s[:m.start()] + _joined(m.group(1), c.group(1)) + rest[c.end():]
    c = _COLOUR_FAR.search(rest)
    if not c and m.group(1).startswith("o"):
        c = _OAKLEY_FAR.search(rest)
    if c and not c.group(1).startswith(("19", "20")):
        return s[:m.start()] + _joined(m.group(1), c.group(1)) + rest[:c.start()] + rest[c.end():]
    return s


def _bare_repl(m: re.Match, letters: str) -> str:
    digits, tail = m.group(1), m.group(2)
    if digits.startswith(("19", "20")):
        return m.group(0)  # (a year: "2024")
    if letters == "rb" and digits[0] in "567":
        letters = "rx"
    if len(tail) == 2 and tail[1].isdigit():
        return f"{letters}{digits} {tail}"  # (Oakley's "9013C4": the model and its colour glued)
    return f"{letters}{digits}{tail}"


# --- jewellery -------------------------------------------------------------------------------------------
_GOLD_WORD = (r"(?:solid\s+)?(?:yellowgold|whitegold|rosegold|yellow|white|rose|red|gold|gelbgold|weissgold|rotgold|rosegold|or\b|oro\b|goud"
              r"|gelb|weiss|blanco|bianco|jaune|blanc|giallo|amarillo)")
_KARAT = re.compile(
    r"(?<![\w.])(9|10|14|18|22|24)\s?(?:ct|kt|k|carats?|karats?|karaat|carati|quilates|kilates|kar)\.?\s+(?=" + _GOLD_WORD + ")")
_HALLMARK_GOLD = re.compile(r"(?<![\w.])(375|585|750|916|999)(?:er)?\s+(?=(?:" + _GOLD_WORD + r"))")
_HALLMARK_KT = {"375": "9", "585": "14", "750": "18", "916": "22", "999": "24"}
_CARAT = re.compile(
    r"(?<![\w./])(\d+(?:\.\d+)?|\d/\d{1,2}|half|quarter|one|three quarter)\s?(?:ct|cts|carats?|karats?|karaat|carati|quilates)\b"
    r"(?:\s?(?:tw|t\.w\.|tdw|total diamond weight|total weight|total))?")
_SPELLED = {"half": 0.5, "quarter": 0.25, "one": 1.0, "three quarter": 0.75}
_SILVER_MARK = re.compile(r"(?<![\w.])925(?:er)?\s+(?=(?:sterling|silver|silber|argent|argento|plata|zilver|srebro))"
                          r"|\b(silver|silber|argent|argento|sterling)\s+925(?![\w.])")
_SILVER_NAMED = re.compile(r"\b(?:silver|silber|argent|argento|plata|zilver|srebro|sterling)\b").search
_SILVER_925 = re.compile(r"(?<![\w.,/-])925(?:er)?(?![\w.,/-])")
_SILVER_WORD = re.compile(r"\b(?:silver|silber|argent|argento|plata|zilver|srebro)\b")
_PLAT_MARK = re.compile(r"\b(platinum)\s+950(?![\w.])|(?<![\w.])950\s+(?=platin)")


_GOLD_AFTER = re.compile(r"\s*" + _GOLD_WORD).match


def _carat_repl(m: re.Match) -> str:
    v = m.group(1)
    if _GOLD_AFTER(m.string, m.end()):
        return m.group(0)  # (a gold's fineness, "18 karat white gold")
    if v in _SPELLED:
        x = _SPELLED[v]
    elif "/" in v:
        a, b = v.split("/")
        if int(b) == 0:
            return m.group(0)
        x = int(a) / int(b)
    else:
        x = float(v)
        if "." not in v and not re.search(r"carat|karat|quilat|tw|tdw|total", m.group(0)) \
                and not re.search(r"diamond", m.string):
            return m.group(0)  # (a whole number of "ct" with no stone named: a count, "200 ct")
    if x <= 0 or x > 20:
        return m.group(0)
    return f" {round(x * 200)}mg "


# a gold's colour is its alloy, no colour of the product: "white gold" / "Weißgold" / "oro bianco" / "or blanc"
_GOLD_ALLOY = re.compile(
    r"\b(?:(white|yellow|rose|red|pink)\s+gold|(weiss|gelb|rot|rose)gold|oro\s+(bianco|giallo|rosa|blanco|amarillo)"
    r"|or\s+(blanc|jaune|rose))\b")
_ALLOY = {"white": "white", "weiss": "white", "bianco": "white", "blanco": "white", "blanc": "white",
          "yellow": "yellow", "gelb": "yellow", "giallo": "yellow", "amarillo": "yellow", "jaune": "yellow",
          "rose": "rose", "rosa": "rose", "pink": "rose", "red": "rose", "rot": "rose"}


def _alloy_repl(m: re.Match) -> str:
    w = next(g for g in m.groups() if g)
    return _ALLOY[w] + "gold"


# a length restated in the other unit in brackets ("45cm (18\")", "20\" (51cm)"): the inches are the length
_CM_THEN_INCH = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?\s?cm\s*\(\s*(\d+(?:[.,]\d+)?)\s?(\"|''|inch(?:es)?|in\b|zoll)\s*\)")
_INCH_THEN_CM = re.compile(r"((?<![\w.])\d+(?:[.,]\d+)?\s?(?:\"|''|inch(?:es)?|in\b|zoll))\s*\(\s*\d+(?:[.,]\d+)?\s?cm\s*\)")
# a chain's width said with its word: "2.5 mm wide", "4 mm width"
_MM_WIDE = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)?)\s?mm\s+(?:wide|width|breit|large|larghezza|ancho)\b")


def _jewellery(s: str) -> str:
    if "cm" in s and ("(" in s):
        s = _CM_THEN_INCH.sub(lambda m: m.group(1) + " inch", s)
        s = _INCH_THEN_CM.sub(lambda m: m.group(1), s)
    if "mm " in s:
        s = _MM_WIDE.sub(lambda m: m.group(1) + "mm", s)
    if "gold" in s or "oro " in s or "or " in s:
        s = _GOLD_ALLOY.sub(_alloy_repl, s)
    s = _HALLMARK_GOLD.sub(lambda m: _HALLMARK_KT[m.group(1)] + "ct ", s)
    s = _KARAT.sub(lambda m: m.group(1) + "ct ", s)
    if "ct" in s or "carat" in s or "karat" in s or "quilat" in s:
        s = _CARAT.sub(_carat_repl, s)
    if "sterlingsilber" in s:
        s = s.replace("sterlingsilber", "sterling silber")
    if "925" in s and _SILVER_NAMED(s):
        # (the hallmark wherever it stands - "925 Silver", "Silber 925", "... Necklace 925" - is sterling silver)
        s = _SILVER_925.sub(" ", s)
        if "sterling" not in s:
            s = _SILVER_WORD.sub(lambda m: "sterling " + m.group(0), s, count=1)
    if "950" in s:
        s = _PLAT_MARK.sub(lambda m: " " + (m.group(1) or "") + " ", s)
    return s


# --- contact lenses -----------------------------------------------------------------------------------------
_POWER = re.compile(r"(?<![\w.])([+-])\s?(\d{1,2})[.,](\d{2})(?![\w.])")


def _power_repl(m: re.Match) -> str:
    return f" {int(m.group(2))}.{m.group(3)} dpt {'minus' if m.group(1) == '-' else 'plus'} "


# a watch's crystal is no colour: "Sapphire" (Saphirglas, verre saphir) beside a watch is its glass
_SAPPHIRE = re.compile(r"\b(?:sapphire|saphir|zafiro|zaffiro)(?:\s+(?:crystal|glass|glas|verre|cristal|vetro))?\b"
                       r"(?!\s+(?:blue|blau|bleu|blu|azul|dial))|\bsaphirglas\b")
# Tudor's reference with its "M" ("M79030N-0001") is the reference ("79030N"); a five- or six-digit reference and
# its letters after the "M"
_TUDOR_M = re.compile(r"\bm(\d{5,6}[a-z]{0,4})\b")
# a reference's configuration number after it ("79030N-0001", "126610LN-0001"): the reference names the watch, its
# four digits the dial and the bracelet (fxwj43: "126710BLRO-0001" / "-0002" are two watches) - a token of its own
# beside the reference, so a title without it still meets the reference and two endings still differ
_CONFIG_SUFFIX = re.compile(r"\b(\d{5,6}[a-z]{0,4})-(0\d{3})\b")
# a lens's "polarized" in the shops' languages, one word
_POLAR = re.compile(r"\bpolari[sz](?:ed|ado|ados|ada|adas|ati|ato|ees|ee|es|e|iert|ierte|iertes|ing)?\b")


def read(s: str) -> str:
    """The trade's notations read one way (``s`` lower-cased, accents dropped)."""
    if _WATCH(s):
        if " " in s:
            s = _SPACED_REF.sub(_spaced_ref_repl, s)
        s = _DEPTH.sub(_depth_repl, s)
        if "sap" in s or "zaf" in s:
            s = _SAPPHIRE.sub(" sapphirecrystal ", s)
        if "tudor" in s:
            s = _TUDOR_M.sub(lambda m: m.group(1), s)
        if "-0" in s:
            s = _CONFIG_SUFFIX.sub(lambda m: m.group(1) + " ref" + m.group(2), s)
    if _EYE(s):
        s = _eyewear(s)
        if "polari" in s:
            s = _POLAR.sub("polarized", s)
    if _JEWEL(s):
        s = _jewellery(s)
    if _LENS(s) and ("-" in s or "+" in s):
        s = _POWER.sub(_power_repl, s)
    return s


# --- a watch's own strap ----------------------------------------------------------------------------------
# A watch titled by its parts - the dial, the bezel, the case - closes on the strap or bracelet it is sold on:
# "Seiko 5 Sports SRPD55K1 Automatic Black Dial Stainless Steel Bracelet", "... H69439931 Black Dial Leather
# Strap", "Garmin Venu 2 Plus Slate Bezel Black Case Silicone Band", "Citizen ... Watch BM8180-03E Black Canvas
# Strap".  The strap is then the watch's, no strap sold alone (which a shop names by what it fits or by its
# width); ``accessory.heads`` asks ``watch_strap`` beside its own case-size reading (``_own_strap``).
WATCH_PARTS = frozenset("""
dial dials zifferblatt cadran quadrante esfera wijzerplaat tarcza bezel lunette lunetta bisel case gehause boitier
cassa caja kast
""".split())
_MORE_MATERIALS = frozenset("""
canvas mesh milanese milanaise nato jubilee oyster oystersteel president resin leder pelle cuir cuero piel
stahl edelstahl acciaio acero acier inox inossidabile gold rosegold whitegold yellowgold silver
""".split())
_WATCH_NAMED = frozenset("watch smartwatch montre reloj orologio uhr herrenuhr damenuhr armbanduhr horloge".split())


def watch_strap(ws, i: int, start: int, end: int, colours, materials) -> bool:
    """Is the strap word ``ws[i]`` (or the case word: "Black Case Silicone Band") a watch's own, after its dial,
    bezel or case - or after the watch word and a model code -, only colours and materials between?"""
    def plain(w):
        return w in colours or w in materials or w in _MORE_MATERIALS

    k = i - 1
    while k > start and plain(ws[k]):
        k -= 1
    if k <= start:
        return False
    if ws[k] in WATCH_PARTS:
        pass
    elif any(ch.isdigit() for ch in ws[k]) and not _WATCH_NAMED.isdisjoint(ws[start:k]):
        pass
    else:
        return False
    rest = ws[i + 1:end]
    return all(w == ws[i] or plain(w) or any(ch.isdigit() for ch in w) for w in rest)


def watch_case(ws, i: int, end: int, colours, materials, strap_words) -> bool:
    """Is the case word ``ws[i]`` a watch's body, a strap after it ("Black Case Silicone Band")?"""
    j = i + 1
    while j < end and (ws[j] in colours or ws[j] in materials or ws[j] in _MORE_MATERIALS):
        j += 1
    return j < end and ws[j] in strap_words and j > i + 1


# --- the trade's kinds and words in the shops' languages (``wordclass.install_block``) --------------------
# Each word the tables did not know was an identifying word only one title printed, so one strap or one
# pendant in two languages was two products.  A kind one title names is excused, two kinds still differ (a
# necklace is no pendant, earrings no ring).
_KINDS = {
    "earrings": "earrings ohrringe ohrstecker orecchini pendientes oorbellen kolczyki",
    "hoop earrings": "creolen creoles",
    "necklace": "necklace necklaces halskette collier collana ketting naszyjnik",
    "pendant": "pendant anhanger pendentif ciondolo colgante hanger",
    "sunglasses": "sunglasses sonnenbrille zonnebril",
    "eyeglasses": "eyeglasses brillengestell brillenfassung",
    "contact lenses": "kontaktlinsen",
    "daily contact lenses": "tageslinsen",
    "monthly contact lenses": "monatslinsen",
    "watch strap": "uhrenarmband uhrarmband watchband",
    # (fxwj43: a ring, a bracelet and a brooch are kinds as the earrings are - "Iconic Swan Ohrringe" / "Iconic
    # Swan Ring" are two pieces, not one with a kind word only one shop printed)
    "ring": "bague anello anillo pierscionek",  # (not the English "ring": the Ring doorbells, "Elden Ring")
    "bracelet": "bracelet bracelets armreif armkette bracciale pulsera armbanden bransoletka",
    "brooch": "brooch brosche broche spilla broszka",
}
_KIND_PHRASES = {
    "hoop earrings": ("hoop earrings", "boucles d oreilles creoles", "orecchini a cerchio", "pendientes de aro"),
    "sunglasses": ("occhiali da sole", "lunettes de soleil", "gafas de sol"),
    "eyeglasses": ("eyeglass frames", "optical frames", "montatura occhiali", "monture de lunettes"),
    "contact lenses": ("contact lenses", "lenti a contatto", "lentilles de contact", "lentes de contacto"),
    "watch strap": ("watch strap", "watch band", "bracelet montre", "cinturino orologio", "correa de reloj"),
}
_SYNONYMS = {
    "leather": "leather leder cuir pelle cuero piel",
    "anchor": "anchor anker ancre ancora ancla",
    "heart": "heart herz coeur cuore corazon",
    "mesh band": "milanaise milanese",
    "slate": "slate schiefer",
    "dioptre": "dioptre diopter dioptrie diottrie dioptrias dpt",
    "lenses": "lenti linsen",
}


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only (``word_taken``), as every block."""
    W.install_block(_KINDS, _KIND_PHRASES, _SYNONYMS)
