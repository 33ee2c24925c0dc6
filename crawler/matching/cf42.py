"""Session 42 (cf42): conflicts the rules did not read, so that a pair of two products is decided
before the learned stage is asked (the pairs ml42's retrain with the one-sided words' kinds joined,
``/work/tools42/kinds_newwrong.txt``). Principles that hold in every shop and language:

* **a delivery medium** - software on a DVD against the same on a USB flash drive (Windows 11
  "System Builder DVD" / "USB Flash Drive"): two boxes, two prices;
* **an expansion against its base** - a game's or a subscription's expansion / DLC / season pass
  named by one title only, both titles naming a platform, the other a base game sold with its
  expansion or the add-on named by words the other lacks ("Cyberpunk 2077: Phantom Liberty
  (Expansion)" / "Cyberpunk 2077", "Switch Online + Expansion Pack" / "Switch Online");
* **two editions of one security suite** - "Internet Security" / "NOD32 Antivirus" / "Total
  Security": each title names one, not the other's;
* **an audience** - men's against women's in any language ("Men's" / "Damen", "Herren" / "Femme");
* **two kinds of one range** - a skillet / a Dutch oven, a saucepan set / a frying pan, a sheet set /
  a duvet cover, a tomato knife / a chef's knife: each title names a kind of its own;
* **still / sparkling water** - the carbonation each title names ("nesýtená" / "jemne sýtená");
* **an accessory word in another language** - "Kılıf" (Turkish: case) against the device's title
  that names no accessory and names the device by its capacity ("16 GB");
* **a SIM configuration** - "Dual SIM (2 x nano-SIM)" / "Physical SIM + eSIM";
* **milk / dark chocolate** - "Melk" / "Puur", "Vollmilch" / "Zartbitter";
* **a US bed size name against a cm size that is not it** - "Queen" / 160 x 200 cm, "King" / 180 x 200
  cm, "Twin" / 90 x 200 cm (``home41``'s tables of the names' sizes; the name's title prints no size
  of its own - a size in inches against cm is ``wr42``'s).

A leaf module but for ``home41``'s tables: ``variants.form_conflict`` asks ``apart`` of two prepared
offers (their folded words), a conflict read as another form of the product (reason "form").
"""

from __future__ import annotations

from . import home41 as _home41

# ---------------------------------------------------------------- a delivery medium
_DISC = frozenset("dvd dvdrom cdrom".split())


def _media(ws, s) -> frozenset:
    out = set()
    if not s.isdisjoint(_DISC):
        out.add("disc")
    if "usb" in s and ("flash" in s or "stick" in s) or "usbstick" in s:
        out.add("usb")
    return frozenset(out)


# ---------------------------------------------------------------- an expansion against its base
_ADDON = frozenset("expansion expansions dlc erweiterung erweiterungspack seasonpass".split())


_BUNDLED = frozenset("base edition inc incl includes including inkl inklusive with bundle set".split())


def _addon(ws, s) -> bool:
    """Does the title name an expansion alone - not a base game sold with its expansion ("Shadow of the
    Erdtree Edition (Base Game + Expansion)", "Ultimate Edition | Includes Phantom Liberty expansion")?"""
    if not s.isdisjoint(_BUNDLED):
        return False
    if not s.isdisjoint(_ADDON):
        return True
    return any(w == "season" and i + 1 < len(ws) and ws[i + 1] == "pass" for i, w in enumerate(ws))


# the words of a store's listing, no name of the add-on
_ADDON_GENERIC = _ADDON | frozenset("pack pass the and key code digital download steam origin app online pc mac "
                                    "nintendo switch playstation xbox series individual family membership".split())


def _addon_apart(x, y) -> bool:
    """Is ``x`` an expansion alone and ``y`` its base - ``y`` a base game sold with the expansion, or ``x``
    naming the add-on by words ``y`` lacks ("Phantom Liberty"), or adding it with a plus ("Switch Online +
    Expansion Pack")?  Both naming the add-on ("Cats & Dogs Expansion Pack" / "Cats and Dogs - PC Code",
    "Booster Course Pass (DLC)" / "Booster Course Pass") are one product."""
    if not _addon(x.words, x.wordset) or _addon(y.words, y.wordset):
        return False
    if not y.wordset.isdisjoint(_BUNDLED):
        return True
    if any(w.isalpha() and len(w) >= 3 and w not in y.wordset and w not in _ADDON_GENERIC for w in x.words):
        return True
    raw = (getattr(x, "rawtitle", "") or "").lower()
    return "+ expansion" in raw or "+expansion" in raw


# ---------------------------------------------------------------- a security suite's edition
_SUITE_PAIRS = {("internet", "security"): "is", ("total", "security"): "ts", ("smart", "security"): "ss",
                ("premium", "security"): "ps", ("maximum", "security"): "ms", ("ultimate", "security"): "us",
                ("mobile", "security"): "mob", ("anti", "virus"): "av", ("endpoint", "security"): "ep"}
_SUITE_WORDS = {"antivirus": "av", "nod32": "av"}


def _tagged(ws, words: dict, pairs: dict) -> set:
    """The tags a title's words name: single words (``words``) and two-word phrases (``pairs``)."""
    out = {words[w] for w in ws if w in words}
    for i in range(len(ws) - 1):
        t = pairs.get((ws[i], ws[i + 1]))
        if t:
            out.add(t)
    return out


def _suites(ws, s) -> frozenset:
    return frozenset(_tagged(ws, _SUITE_WORDS, _SUITE_PAIRS))


# ---------------------------------------------------------------- an audience
# (session 43, bs43: the words of ``wordclass.SPEC["gender"]`` - the one list of who a product is for, with what
# the vocabulary blocks add to it in their languages (``sport32``, ``beauty33``, ``eu38``); until then a list of
# its own here, repeating most of it)
_MEN = _WOMEN = None


def _audience_words() -> tuple:
    global _MEN, _WOMEN
    from . import wordclass as W

    spec = W.SPEC["gender"]
    _MEN = frozenset(w for w, c in spec.items() if c == "men")
    _WOMEN = frozenset(w for w, c in spec.items() if c == "women")
    return _MEN, _WOMEN


def _audience(s) -> frozenset:
    if "unisex" in s:
        return frozenset()
    if _MEN is None:
        _audience_words()
    out = set()
    if not s.isdisjoint(_MEN):
        out.add("m")
    if not s.isdisjoint(_WOMEN):
        out.add("w")
    return frozenset(out)


# ---------------------------------------------------------------- two kinds of one range
_KIND_WORDS = {
    **dict.fromkeys("skillet skillets frypan frypans pfanne bratpfanne poele padella sarten patelnia".split(), "frypan"),
    **dict.fromkeys("saucepan saucepans stieltopf kochtopf rondel".split(), "saucepan"),
    **dict.fromkeys("stockpot stockpots suppentopf".split(), "stockpot"),
    **dict.fromkeys("wok woks".split(), "wok"),
    **dict.fromkeys("cocotte brater".split(), "dutchoven"),
    **dict.fromkeys("spannbettlaken hoeslaken".split(), "fittedsheet"),
    **dict.fromkeys("bettbezug dekbedovertrek".split(), "duvetcover"),
    **dict.fromkeys("pillowcase pillowcases kissenbezug kopfkissenbezug".split(), "pillowcase"),
    **dict.fromkeys("kockkniv kochmesser".split(), "chefknife"),
    **dict.fromkeys("tomatenmesser tomatkniv".split(), "tomatoknife"),
    **dict.fromkeys("brotmesser brodkniv".split(), "breadknife"),
    **dict.fromkeys("santoku".split(), "santoku"),
}
_KIND_PAIRS = {("frying", "pan"): "frypan", ("fry", "pan"): "frypan", ("dutch", "oven"): "dutchoven",
               ("sheet", "set"): "sheetset", ("sheets", "set"): "sheetset", ("fitted", "sheet"): "fittedsheet",
               ("flat", "sheet"): "flatsheet", ("duvet", "cover"): "duvetcover", ("stock", "pot"): "stockpot",
               ("chef", "knife"): "chefknife", ("chefs", "knife"): "chefknife", ("cooks", "knife"): "chefknife",
               ("tomato", "knife"): "tomatoknife", ("bread", "knife"): "breadknife",
               ("paring", "knife"): "paringknife", ("do", "pomidorow"): "tomatoknife", ("do", "chleba"): "breadknife",
               ("szefa", "kuchni"): "chefknife"}


def _kinds(ws, s) -> frozenset:
    out = _tagged(ws, _KIND_WORDS, _KIND_PAIRS)
    if "sheetset" in out and "fittedsheet" in out:
        out.discard("fittedsheet")  # ("Sheet Set with fitted sheet ...": the set)
    return frozenset(out)


# ---------------------------------------------------------------- still / sparkling water
_WATER = frozenset("water voda woda wasser mineralwasser acqua agua eau vann vatten".split())
_STILL = frozenset("nesytena neperliva still stilles niegazowana naturale plate".split())
_SPARKLING = frozenset("sytena perliva sparkling sprudel sprudelnd gazowana frizzante gassata petillante gazeuse "
                       "bruisend".split())
_MILD = frozenset("jemne lekko medium leicht mild".split())


def _carbonation(ws, s) -> frozenset:
    if s.isdisjoint(_WATER):
        return frozenset()
    out = set()
    for i, w in enumerate(ws):
        if w in _STILL:
            out.add("still")
        elif w in _SPARKLING:
            out.add("mild" if i and ws[i - 1] in _MILD else "sparkling")
    return frozenset(out)


# ---------------------------------------------------------------- an accessory word in another language
# (a case's own word, never a product's part: "etui" / "pouzdro" are also the AirPods' charging case, "z etui
# MagSafe" / "s MagSafe pouzdrem" - not read; nor a word after "with" in any language)
_ACC_FOREIGN = frozenset("kilif kilifi funda custodia hoesje fodral coque husa".split())
_WITH = frozenset("with w z s mit com con avec met med".split())
# (a case "for" its device - "Coque ... pour iPhone 13", "Funda ... para Galaxy A55" - is ``accessory``'s to read)
_FOR = frozenset("for fur für pour para per voor do dla na pro".split())
_ACC_ANY = _ACC_FOREIGN | frozenset("case cover sleeve hulle schutzhulle tasche bag skin folio housse "
                                    "protector".split())


# ---------------------------------------------------------------- a SIM configuration
def _sim(ws, s) -> str:
    if "esim" in s:
        return "esim"
    if any(w == "dual" and i + 1 < len(ws) and ws[i + 1] in ("sim", "nanosim") for i, w in enumerate(ws)) \
            or "dualnanosim" in s or "dualsim" in s:
        return "dual"
    return ""


# ---------------------------------------------------------------- milk / dark chocolate
_MILK = frozenset("milk melk vollmilch lait latte mleczna mlecna".split())
_DARK = frozenset("puur zartbitter noir fondente gorzka horka".split())
_CHOC = ("chocol", "schok", "czekol", "cokol", "hagel", "cacao", "kakao")


def _chocolate(ws, s) -> frozenset:
    if not any(c in w for w in ws for c in _CHOC):
        return frozenset()
    out = set()
    if not s.isdisjoint(_MILK):
        out.add("milk")
    if not s.isdisjoint(_DARK) or "dark" in s and "chocolate" in s:
        out.add("dark")
    return frozenset(out)


# ---------------------------------------------------------------- a US bed size name against cm
def _near(d, sizes) -> bool:
    return any(abs(d[0] - a) <= 3 and abs(d[1] - b) <= 3 for a, b in sizes)


def _bed_apart(named, sized) -> bool:
    names = _home41._bed_names(named.words)
    if not names or len(set(names)) != 1:
        return False
    if not (_home41._is_bed_title(named.words) and _home41._is_bed_title(sized.words)):
        return False
    if _home41._bed_dims(named) or _home41._bed_names(sized.words):
        return False  # (the name's title prints its own size, or both name one: other readers')
    dims = _home41._bed_dims(sized)
    if not dims:
        return False
    table = _home41._BED_SIZES[names[0]]
    if "eu" in named.wordset:
        table = _home41._BED_SIZES_EU.get(names[0], ())
    return not any(_near(d, table) for d in dims)


def _two(fa, fb) -> bool:
    return bool(fa) and bool(fb) and fa.isdisjoint(fb)


def apart(a, b) -> bool:
    """Do two prepared offers name two products by one of the principles above?"""
    wa, wb = a.words, b.words
    sa, sb = a.wordset, b.wordset
    if _two(_media(wa, sa), _media(wb, sb)):
        return True
    if a.facets and b.facets and a.facets.get("platform") and b.facets.get("platform") \
            and (_addon_apart(a, b) or _addon_apart(b, a)):
        return True
    if _two(_suites(wa, sa), _suites(wb, sb)):
        return True
    ua, ub = _audience(sa), _audience(sb)
    if len(ua) == 1 and len(ub) == 1 and ua != ub:
        return True
    if _two(_kinds(wa, sa), _kinds(wb, sb)):
        return True
    if _two(_carbonation(wa, sa), _carbonation(wb, sb)):
        return True
    for x, y, o in ((wa, sb, b), (wb, sa, a)):
        # (the other names a device by its capacity, "Kindle Paperwhite 16 GB": a case maker's title names none,
        # "OtterBox Defender Series iPhone 14" / "OtterBox Defender funda iPhone 14")
        if y.isdisjoint(_ACC_ANY) and set(x).isdisjoint(_FOR) and "cap" in ((o.facets or {}).get("_title_units") or {}) and any(w in _ACC_FOREIGN and not (i and x[i - 1] in _WITH)
                                          for i, w in enumerate(x)):
            return True
    ma, mb = _sim(wa, sa), _sim(wb, sb)
    if ma and mb and ma != mb:
        return True
    if _two(_chocolate(wa, sa), _chocolate(wb, sb)):
        return True
    return _bed_apart(a, b) or _bed_apart(b, a)
