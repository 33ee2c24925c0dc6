"""Formulations of household goods, personal care and groceries
(session 10, household).

A line of such products is sold in formulations that shops name with
ordinary words, too common to be identifying words: "Tide *Free & Clear*" is
not "Tide *Original*", "Nescafé Gold Blend *Decaf*" not "Nescafé Gold Blend",
"Almarai *Full Fat* Milk" not "Almarai *Low Fat* Milk", "Persil *Color*" not
"Persil *Universal*", "Tylenol *Extra Strength*" not "Tylenol *Regular
Strength*".  Each dimension has classes (in the shops' languages) and a
default: the formulation a title leaves unsaid (the regular, caffeinated,
sugared, scented product).  Two titles disagree on a dimension when

* both name classes of it and none is shared ("Full Fat" / "Low Fat"), or
* one names a class that is not the default and the other names none
  ("Decaf" against nothing: the plain title is the caffeinated coffee).

Some dimensions hold only where the title names a kind of product they
apply to (a "Color" detergent, not a "Color: Black" phone; "Doux" butter, not
a "doux" soap), some only both-sided (no default: "Salted" / "Unsalted"
butter, "Regular" / "Super" tampons).  Words right after "for" describe
whom the product suits, not which one it is ("Non Bio Capsules *for
Sensitive Skin*" is the Non Bio capsules): they are skipped.
"""

from __future__ import annotations

import re

from .memos import memo, per_pair  # (session 17: the memos' registry)
from . import us42 as _us42  # (session 42, us42: a leaf module)

# {dimension: (default class or None, context words or None, {class: phrases})}
# A phrase is one or more words ("free clear", "zero sugar").  ``None``
# context: any title.
_BEVERAGE = frozenset("""
cola coke pepsi soda drink drinks sprite fanta 7up limonade lemonade tonic
beer biere bier juice jus saft zumo succo
energy redbull monster rockstar
""".split())  # (session 29, dev29: an energy drink's "Zero", "Monster Energy Zero Ultra")
_DAIRY = frozenset("""
milk milch lait leche latte mleko yogurt yoghurt joghurt yaourt yogur labneh laban cheese kase fromage
queso formaggio cream sahne creme butter beurre mantequilla burro kefir quark
mayonnaise mayo mayonesa maionese
""".split())
_LAUNDRY = frozenset("""
laundry detergent detergents waschmittel vollwaschmittel colorwaschmittel flussigwaschmittel lessive
detergente detersivo washing wash washes capsules pods pacs waschladungen wl lavages lavados lavaggi
prani praci
persil ariel tide omo dixan skip surf bonux dreft perwoll
""".split())
# (session 28, the attacker: a laundry detergent's brand names the kind - "Persil Gel Color 3L" /
# "Persil Universal Gel 3L" named no detergent, and the colour and universal ones were one product)
_ORAL = frozenset("""
toothpaste zahnpasta zahncreme dentifrice dentifrico dentifricio mouthwash mundspulung strips
""".split())
_GRAIN = frozenset("""
pasta spaghetti penne fusilli macaroni rigatoni linguine tagliatelle farfalle noodles bread brot pain
pan pane flour mehl farine harina farina rice reis riz arroz riso crackers wraps tortillas
""".split())
_OATS = frozenset("oats oatmeal haferflocken avoine avena porridge".split())
_ALCOHOL = frozenset("""
mouthwash mundspulung bain bouche enjuague colutorio collutorio beer bier biere cerveza birra pivo
lager ale wine wein vin vino cider cidre sidra
""".split())
_COFFEE = frozenset("""
coffee kaffee cafe caffe koffie kawa kava espresso beans bohnen ground gemahlen moulu capsules kapseln
pods cup
""".split())
_NIGHTABLE = frozenset("""
diapers diaper nappies windeln couches panales pannolini pants pullups pull ups training underwear pads
liners tampons cream creme crema serum lotion mask moisturizer moisturiser moisturising moisturizing
""".split())
_JUICE = frozenset("juice jus saft zumo succo".split())
_DISH = frozenset("dishwasher dishwashing spulmaschine lave vaisselle lavavajillas lavastoviglie".split())
# the word "console" as shops write it (also a kind whose colour is a finish: ``wordclass``)
CONSOLE_KIND = frozenset("console consoles konsole spielkonsole konzole consola consolle konsola".split())
_CONSOLE = CONSOLE_KIND | {"slim"}
# appliances that burn gas, charcoal or run on electricity
_APPLIANCE = frozenset("""
range ranges cooktop cooktops hob hobs oven ovens stove stoves dryer dryers grill grills smoker smokers
fireplace fireplaces heater heaters herd herde kochfeld backofen trockner grill cuisiniere four plaque
secheuse estufa horno secadora parrilla cucina forno asciugatrice sporak trouba susicka
kettle kettles bouilloire hervidor bollitore czajnik konvice
""".split())  # (kettles: session 12, accessory - "Gas Kettle" / "Electric Kettle")
_HAIR = frozenset("shampoo shampooing champu conditioner spulung apres".split())
_PERIOD = frozenset("tampons tampon pads absorbency liners".split())
# a motor oil: its kind or its viscosity grade ("5W-30" reads "5w 30")
_MOTOR_OIL = frozenset("""
motor engine oil oils motoroil motorol motorenol huile aceite olio 0w 5w 10w 15w 20w 25w
""".split())

DIMENSIONS = {
    # caffeine: the plain title is the caffeinated one
    "caffeine": ("regular", None, {
        "decaf": "decaf decaff decaffeinated entkoffeiniert koffeinfrei decafeine descafeinado decaffeinato "
                 "bezkofeinova",
    }),
    # sugar: diet / zero / sugar free, reduced, unsweetened are other products
    # of a drink or food line than the sugared one
    "sugar": ("regular", None, {
        "free": "diet sugarfree zuckerfrei light_drink zero_drink "
                "sugar_free zero_sugar zero_zucker zero_sucre no_sugar sans_sucre ohne_zucker "
                "sin_azucar senza_zucchero zero_calorie zero_calories",
        "reduced": "less_sugar reduced_sugar moins_sucre weniger_zucker moins_de_sucre menos_azucar meno_zucchero",
        "unsweetened": "unsweetened ungesusst no_added_sugar no_sugar_added non_sucre",
    }),
    # the fat of milk and dairy: whole is the plain product
    "fat": ("whole", _DAIRY, {
        "whole": "whole_milk full_fat full_cream vollmilch entier entiere entera intero",
        "semi": "semi_skimmed semi_skim reduced_fat demi_ecreme semidesnatada parzialmente 2_reduced",
        "low": "low_fat lowfat fettarm fettarme light lite leger legere ligera leggero 1_low 1_lowfat",
        "skim": "skimmed skim fat_free nonfat non_fat ecreme desnatada scremato magermilch entrahmt",
    }),
    # scent-free and sensitive formulations: the plain title is the
    # scented, original one
    "formula": ("original", None, {
        "original": "original",
        "free": "unscented free_clear free_and_clear fragrance_free parfumfrei parfum_frei sans_parfum ohne_parfum "
                "senza_profumo sin_perfume perfume_free "
                # (session 35, tb35: the German and Dutch adjective, "Klumpstreu unparfümiert")
                "unparfumiert unparfumierte unparfumiertes ongeparfumeerd",
        "sensitive": "sensitive sensitiv sensible sensibles",
    }),
    # a detergent for colours against the all-purpose one
    "wash": ("universal", _LAUNDRY, {
        "universal": "universal vollwaschmittel voll",
        "colour": "color colour colorwaschmittel couleurs couleur colores",
        "bio": "bio biological",
        "nonbio": "non_bio nonbio non_biological",
    }),
    # strength of a medicine or a treatment: regular is the plain one
    "strength": ("regular", None, {
        "regular": "regular_strength",
        "extra": "extra_strength extra_strong",
        "maximum": "maximum_strength max_strength",
        "clinical": "clinical_strength",
    }),
    # whitening toothpaste: any "white" of the other title is the same line
    "whitening": ("plain", _ORAL, {
        "white": "whitening white blancheur blanchissant weiss white_now",
    }),
    # whole grain pasta, bread, flour, rice against the refined one
    "grain": ("refined", _GRAIN, {
        "whole": "whole_grain whole_wheat wholemeal wholewheat vollkorn complet complets integrale "
                 "integrali integral brown_rice",
    }),
    # oats: rolled (old fashioned) is the plain product
    "oats": ("rolled", _OATS, {
        "rolled": "old_fashioned rolled kernig kernige",
        "quick": "quick quick_cook 1_minute zart zarte instant",
        "steel": "steel_cut",
    }),
    # a shampoo with its conditioner in one
    # (session 32, ho32: the word cutter reads "2in1" as "2in" "1" - the phrase as it is read, "Head &
    # Shoulders Classic Clean 2in1 Shampoo & Conditioner" is not the shampoo alone)
    "hair": ("plain", _HAIR, {"2in1": "2_in_1 2in1 3_in_1 2in_1 3in_1"}),
    # absorbency of tampons and pads: both titles name one or it is unsaid
    "absorbency": (None, _PERIOD, {
        "light": "light lite", "regular": "regular", "super": "super", "superplus": "super_plus",
        "ultra": "ultra",
    }),
    # salt of butter and snacks; "reduced" is another product of the line
    "salt": (None, _DAIRY, {
        "unsalted": "unsalted doux ungesalzen sin_sal sans_sel",
        "salted": "salted demi_sel gesalzen sale salato con_sal",
    }),
    # a razor (handle, with or without blades) against its blade refills
    # (``_razor``: read from the words' order, no phrase)
    "razor": (None, None, {"kit": "", "refills": ""}),
    # alcohol-free mouthwash, beer, wine: the plain one has alcohol
    "alcohol": ("regular", _ALCOHOL, {
        "free": "alcohol_free zero_alcohol alkoholfrei sans_alcool sin_alcohol analcolico analcolica "
                "non_alcoholic nonalcoholic 0.0 0_0",
    }),
    # bleach against bleach-free cleaners: both titles name it or it is unsaid
    "bleach": (None, None, {
        "bleach": "bleach javel lejia candeggina chlorbleiche",
        "free": "bleach_free sans_javel sin_lejia",
    }),
    # gluten-free pasta, bread, flour, oats against the plain one
    "gluten": ("regular", _GRAIN | _OATS, {
        "free": "gluten_free glutenfrei sans_gluten sin_gluten senza_glutine bezlepkove",
    }),
    # the children's version of a medicine, toothpaste, sunscreen, shampoo
    "age": ("adult", None, {
        "kids": "kids kid kidz kiddies children childrens child junior jr enfant enfants ninos infantil bambini "
                "kinderzahnpasta",
    }),
    # coffee intensity: the plain blend against its strong or mild variant
    "intensity": ("regular", _COFFEE, {
        "strong": "forte strong kraftig intenso intense extra_strong",
        "mild": "mild milde suave dolce",
    }),
    # the pulp of a juice (both titles name it, or it is unsaid)
    "pulp": (None, _JUICE, {
        "none": "no_pulp pulp_free smooth sans_pulpe",
        "some": "some_pulp with_bits bits lots_of_pulp extra_pulp homestyle avec_pulpe",
    }),
    # the night version of a diaper, pad or cream: the plain one is the day's
    "time": ("day", _NIGHTABLE, {
        "day": "day jour tag dia giorno",
        "night": "night nights nighttime overnight overnights nuit nacht noche notte",
    }),
    # a toothpaste's gel against the paste
    "paste": ("paste", _ORAL, {"gel": "gel"}),
    # a starter kit (device and refills) against the refills
    "kit": ("refill", None, {"starter": "starterset starter_kit starter_pack starter_set kit_de_demarrage"}),
    # the form of a detergent: liquid, pods or powder are three products of one line (both
    # titles name one: a title naming none can be any of them)
    "detergent_form": (None, _LAUNDRY | _DISH, {
        "liquid": "liquid liquide flussig flussigwaschmittel liquido tekuty plyn gel",
        "pods": "pods pacs capsules caps kapseln capsule caps discs tabs tablets tabletten pastilles "
                "pastillas",
        "powder": "powder pulver poudre polvo polvere prasek proszek",
    }),
    # what an appliance burns (session 11): a gas range is not the electric one, nor a
    # charcoal grill the gas grill - both titles must say it (no default)
    "fuel": (None, _APPLIANCE, {
        "gas": "gas propane lp gaz",
        "electric": "electric electrical elektro elektrisch electrique electrica elettrico",
        "induction": "induction induktion",
        "charcoal": "charcoal holzkohle charbon",
        "dual_fuel": "dual_fuel",
        # (session 16, prec: a natural-gas grill or heater is another model than the propane one)
        "natural_gas": "natural_gas ng",
    }),
    # a motor oil's base stock (session 19, en): a full synthetic is another oil than the
    # synthetic blend and the conventional (mineral) one of the same line and grade ("Castrol
    # GTX Full Synthetic 5W-30" / "Castrol GTX Synthetic Blend 5W-30") - both titles must say
    # it (no default: "Mobil 1 5W-30" names none)
    "oil_base": (None, _MOTOR_OIL, {
        "full": "full_synthetic fully_synthetic 100_synthetic vollsynthetisch",
        "blend": "synthetic_blend semi_synthetic semisynthetic part_synthetic teilsynthetisch",
        "conventional": "conventional mineral mineralol",
    }),
    # a game console with a disc drive against its digital edition: the plain title is the
    # one with the drive ("PlayStation 5 Slim" / "PS5 Slim Digital Edition")
    "drive": ("disc", _CONSOLE, {
        "digital": "digital digitale numerique digital_edition",
        "disc": "disc disc_edition blu_ray bluray laufwerk lecteur disk_edition",
    }),
}

# "zero" and "light" name a sugar-free drink only in a drink's title
_DRINK_ONLY = {"zero": "zero_drink", "light": "light_drink"}
# words before a formulation's word that make it a line's name or a kind ("Hill's Science
# Diet", "Shower Gel")
_NOT_AFTER = {
    "diet": frozenset("science prescription".split()),
    "gel": frozenset("shower dusch douche ducha doccia body hair haar shave shaving rasier styling hand aloe "
                     "cleansing water".split()),
}
_FOR = frozenset("for fur pour para per".split())
# words before "sensitive" that make it a sensor's property, no formulation
_SENSING = frozenset("high highly touch pressure light heat temperature motion".split())
_KITLIKE = frozenset("bundle set coffret sada zestaw".split())
# words after "zero" / "light" that make them no sugar-free drink ("Light Roast")
_NOT_DRINK = frozenset("roast roasted blue grey gray green brown pink yellow".split())
_NOT_DRINK_BEFORE = frozenset("light lite zero".split())
_FOR_SPAN = 3  # words after "for" skipped
# the dimensions a "for ..." phrase names whom a product suits in ("for Sensitive Skin"),
# not which product it is ("Toothpaste for Kids" is the kids' toothpaste)
_AUDIENCE_DIMS = frozenset(("formula",))
# dimensions whose word may lead a title ("Children's Zyrtec", "Diet Pepsi", "Decaf ...")
_LEADING_DIMS = frozenset(("age", "sugar", "caffeine"))
# dimensions whose words are a claim where no title names a kind they apply to ("Whole Grain",
# "Gluten Free" oats or cereal)
_CLAIM_ELSEWHERE = frozenset(("grain", "gluten"))


def _phrases() -> dict:
    """{first word: [(words, dimension, class)]}, longest phrases first."""
    out: dict = {}
    for d, (_dflt, _ctx, classes) in DIMENSIONS.items():
        for c, ps in classes.items():
            for p in ps.split():
                ws = tuple(p.split("_"))
                out.setdefault(ws[0], []).append((ws, d, c))
    for v in out.values():
        v.sort(key=lambda t: -len(t[0]))
    return out


_PHRASES = _phrases()
_CONTEXTS = tuple((d, ctx) for d, (_dflt, ctx, _cs) in DIMENSIONS.items() if ctx is not None)
# (session 29, mend29) a soft drink's maker names its sugar-free drink with one word right after the
# drink's name: "7UP *Free*", "Pepsi *Max*" (as "Coca-Cola *Zero*", which "zero" reads in any drink's
# title); after any other word "free" is a free-of claim ("Gluten Free", "Lactose Free": phrases of
# their own) and "max" a size or a line
_AFTER_DRINK = frozenset(("free", "max"))
_SOFT_DRINK = frozenset("""
cola coke pepsi sprite fanta 7up mirinda schweppes tonic limonade lemonade limonata soda
""".split())
_FIRST = frozenset(_PHRASES) | _AFTER_DRINK


def _context_index() -> dict:
    """{word: the dimensions whose context holds it} of ``_CONTEXTS`` as it is (the later
    blocks rebind it: built again when it is another tuple) - ``formulations`` looks up a
    title's few words instead of testing every context (session 22, speed)."""
    global _CONTEXT_INDEX
    idx: dict = {}
    for d, ctx in _CONTEXTS:
        for w in ctx:
            idx.setdefault(w, []).append(d)
    _CONTEXT_INDEX = (_CONTEXTS, {w: tuple(ds) for w, ds in idx.items()})
    return _CONTEXT_INDEX[1]


_CONTEXT_INDEX: tuple = (None, {})


def formulations(ws) -> frozenset:
    """The (dimension, class) pairs a title's words ``ws`` name (cleaned
    title words, as ``titles.words``), and ("@", dimension) for each
    dimension with a context whose kind of product the title names (the
    pair is read in the context either title names: one product); empty for
    most titles."""
    wset = set(ws)
    idx = _CONTEXT_INDEX[1] if _CONTEXT_INDEX[0] is _CONTEXTS else _context_index()
    out = {("@", d) for w in wset if w in idx for d in idx[w]}
    if "strips" in wset and ("@", "whitening") in out and not _us42.oral_strips(wset) \
            and _ORAL.intersection(wset) == {"strips"}:
        out.discard(("@", "whitening"))  # (session 42, us42: "Command Strips", no oral product)
        out.discard(("@", "paste"))
    if not _KITLIKE.isdisjoint(wset) or any("kit" in w for w in ws):
        out.add(("@", "kit"))  # (a kit or bundle, maybe in a part number: "VBG-VBB1STRKIT")
    if not _FIRST.isdisjoint(wset):
        for _words, d, c in _matches(ws, wset):
            out.add((d, c))
    if ("@", "cover_set") in out:
        pieces = cover_pieces(ws)  # (session 14, fixm: a count of pieces)
        if pieces == "single":
            out.discard(("cover_set", "set"))
        if pieces:
            out.add(("cover_set", pieces))
    if ("@", "grade") in out:
        out.update(("grade", c) for c in grade_range(ws))  # (session 14, fixm: a range of grades)
    r = _razor(ws)
    if r:
        out.add(("razor", r))
    return frozenset(out) if out else _EMPTY


def _matches(ws, wset=None) -> list:
    """(words of the phrase, dimension, class) of each formulation phrase of
    a title's words, left to right, each word in one phrase at most."""
    out = []
    skip_to = -1
    n = len(ws)
    i = 0
    while i < n:
        w = ws[i]
        if w in _FOR:
            skip_to = for_span_end(ws, i)  # (session 14, prec)
            i += 1
            continue
        if w in _AFTER_DRINK and i and ws[i - 1] in _SOFT_DRINK:
            out.append(((w,), "sugar", "free"))  # ("7UP Free", "Pepsi Max": the sugar-free drink)
            i += 1
            continue
        cands = _PHRASES.get(w)
        if cands and w in _NOT_DRINK_BEFORE and i + 1 < n and ws[i + 1] in _NOT_DRINK:
            cands = None  # ("Light Roast", "Light Blue": a roast, a colour)
        k = 1
        if cands and len(cands) > 1:
            # (session 22, ml22b: a word of several dimensions is read first in one whose kind of
            # product the title names: "Skincare Gel" a skin-care form, not a toothpaste's)
            if wset is None:
                wset = set(ws)
            cands = sorted(cands, key=lambda t: (-len(t[0]), _named_context(t[1], wset)))
        for words, d, c in cands or ():
            k = len(words)
            if k > 1:
                if words[1] == "drink":
                    # ("zero", "light" alone: a drink's, not "Light Roast")
                    if wset is None:
                        wset = set(ws)
                    if _BEVERAGE.isdisjoint(wset) or (i + 1 < n and ws[i + 1] in _NOT_DRINK):
                        continue
                    k = 1
                elif tuple(ws[i:i + k]) != words:
                    continue
            if not i and d not in _LEADING_DIMS:
                continue  # (the first word names a brand: "Original Source", "Bio-Oil")
            if i <= skip_to and d in _AUDIENCE_DIMS:
                continue  # ("for Sensitive Skin": whom it suits)
            if d == "age" and child_feature(ws, i):
                continue  # (session 14, prec: "Child Safety Features", a feature)
            if d == "age" and not _TOY_KIND.isdisjoint(ws):
                continue  # (session 31, usr31: a toy is the children's product, ``_TOY_KIND``)
            if d == "age" and i <= skip_to and _us42.recommended_audience(ws, i):
                continue  # (session 42, us42: "Perfect for Kids", "for Kids & Adults": whom it suits)
            if i and ws[i - 1] in _NOT_AFTER.get(w, ()):
                continue  # ("Science Diet" a line's name, "Shower Gel" a kind)
            if c == "sensitive" and i and ws[i - 1] in _SENSING:
                continue  # (a sensor's or driver's sensitivity: "High Sensitive", "Touch Sensitive")
            out.append((words[:k], d, c))
            break
        else:
            k = 1
        i += k
    return out


# (session 31, usr31) the kinds of toys a title names: every toy is the children's product, so its
# "Kids" - "Gift for Collectors & Kids", "Kids' Toy for Boys and Girls" - names whom it suits, no
# children's version of an adult one ("Hot Wheels Toy Cars & Trucks 20-Pack ... for Kids" is the
# "Hot Wheels 20-Car Pack"; a kids' toothpaste, a "Kids" tablet or smart speaker names no toy)
_TOY_KIND = frozenset("toy toys playset playsets plush plushie dollhouse".split())


def _named_context(d: str, wset) -> int:
    """0 when the title (``wset``) names a kind of product dimension ``d`` applies to, else 1
    (a dimension without a context: 1, after those named)."""
    ctx = DIMENSIONS[d][1]
    return 0 if ctx is not None and not ctx.isdisjoint(wset) else 1


def formulation_words(ws, other_ws) -> frozenset:
    """``_formulation_words`` once per pair of word lists (``wordclass.
    household_claim`` asks for each word of a title the other never prints;
    the lists are an offer's ``words``, never modified): memoised by the
    lists' identity (``memos.per_pair``)."""
    if _FIRST.isdisjoint(ws):
        return _EMPTY
    return _formulation_words_once(ws, other_ws)


def _formulation_words(ws, other_ws) -> frozenset:
    """The words of a title's formulation phrases (``ws``) that name the
    same class as the other title (``other_ws``) does, or the default class
    of their dimension ("Full Cream", "Original", "Old Fashioned"): words
    ``differs`` compares, no identifying words.  (The phrases are written
    otherwise, "Unscented" / "Fragrance Free", or left out.)  Also the words
    of a dimension neither title names a kind for: then a claim ("Whole
    Grain" rolled oats: whole grain is a choice of pasta, not of oats)."""
    if _FIRST.isdisjoint(ws):
        return _EMPTY
    mine = _matches(ws)
    if not mine:
        return _EMPTY
    theirs = {(d, c) for _w, d, c in _matches(other_ws)} if not _FIRST.isdisjoint(other_ws) else ()
    out = set()
    for words, d, c in mine:
        if d in _UNNAMED_DIMS:
            continue  # (session 26: as ``phrase_words``)
        ctx = DIMENSIONS[d][1]
        if (d, c) in theirs or DIMENSIONS[d][0] == c:
            out.update(words)
        elif d in _CLAIM_ELSEWHERE and ctx.isdisjoint(ws) and ctx.isdisjoint(other_ws):
            out.update(words)  # (no kind the dimension applies to: a claim, "Whole Grain" oats)
    return frozenset(out)


# the blades a razor takes
_formulation_words_once = per_pair()(_formulation_words)

_BLADES = frozenset("blade blades refill refills cartridge cartridges klingen lames recambios".split())


def _razor(ws) -> str:
    """"kit" for a razor ("Razor, 1 Handle + 2 Blade Refills", "Razor + 2
    Cartridges", "Fusion5 Razor"), "refills" for its blades ("Razor Blade
    Refills", "Refill Cartridges, 8 ct"), "" for a title naming neither."""
    if "razor" not in ws and _BLADES.isdisjoint(ws):
        return ""
    if "handle" in ws:
        return "kit"
    for i, w in enumerate(ws):
        if w in ("razor", "razors") and i:
            return "refills" if i + 1 < len(ws) and ws[i + 1] in _BLADES else "kit"
    return "refills" if "razor" not in ws else ""


_EMPTY: frozenset = frozenset()


def differs(fa: frozenset, fb: frozenset) -> bool:
    """Do two titles' formulations (``formulations``) disagree (module
    docstring)?"""
    if fa == fb:
        return False
    dims = {d for d, _ in fa} | {d for d, _ in fb}
    dims.discard("@")
    for d in dims:
        if DIMENSIONS[d][1] is not None and ("@", d) not in fa and ("@", d) not in fb:
            continue  # (no title names a kind the dimension applies to)
        ca = {c for x, c in fa if x == d}
        cb = {c for x, c in fb if x == d}
        if d == "sugar" and (("@", "fat") in fa or ("@", "fat") in fb):
            # (session 28, dev28: milk, yoghurt, cream - either title names a dairy product - without
            # sugar is the unsweetened one: "Fresh Milk Unsweetened" / "sữa tươi ... không đường", no
            # sugar; a drink's "sugar free" is a sweetened one)
            ca = {"unsweetened" if c == "free" else c for c in ca}
            cb = {"unsweetened" if c == "free" else c for c in cb}
        if ca and cb:
            if ca.isdisjoint(cb):
                return True
            continue
        dflt = DIMENSIONS[d][0]
        if dflt is None:
            continue
        if d == "kit" and ("@", "kit") in (fb if ca else fa):
            continue  # (the other offer is a kit or bundle too)
        if any(c != dflt for c in (ca or cb)):
            return True
    return False


# the conflict of two prepared offers (``variants.slot_conflict`` reads it)
_FORMULATIONS: dict = memo({})


def _formulations_of(p) -> frozenset:
    """``formulations`` of a prepared offer's title words, once per title."""
    key = p.title
    r = _FORMULATIONS.get(key)
    if r is None:
        if len(_FORMULATIONS) > 20000:
            _FORMULATIONS.clear()
        r = _FORMULATIONS[key] = formulations(p.words)
    return r


def formulation_conflict(a, b) -> bool:
    """Do two prepared offers name two formulations of one line (``differs``)?
    Read as a slot conflict (``variants.slot_conflict``): a shared specific
    model number or part number outweighs it (``rules``: the slot mask)."""
    fa, fb = _formulations_of(a), _formulations_of(b)
    return bool(fa or fb) and differs(fa, fb) or portions_against_weight(a, b)  # (session 14, ml)


# session 12, precision
# Whole beans against ground coffee: two products of one blend (both titles name one; a
# title naming neither can be either) - "Douwe Egberts Aroma Rood koffiebonen" /
# "... filterkoffie", "Lavazza Qualità Oro Whole Bean" / "... Ground Coffee".  The pulp of
# a juice as Simply and Tropicana print it ("High Pulp", "Medium Pulp", "Some Pulp").  And
# kettles are appliances whose heat source names the product: a stovetop kettle is not the
# electric one ("Fellow Stagg EKG Electric" / "Fellow Stagg Stovetop").
DIMENSIONS["grind"] = (None, _COFFEE | frozenset("koffiebonen filterkoffie kaffeebohnen snelfiltermaling".split()), {
    "beans": "whole_bean whole_beans wholebean beans bean bohnen kaffeebohnen koffiebonen grains en_grains "
             "grano grani chicchi zrnkova zrnkove zrnkovy",
    "ground": "ground gemahlen moulu molido macinato mleta mlety mlete filterkoffie snelfiltermaling",
})
_d, _ctx, _cs = DIMENSIONS["pulp"]
DIMENSIONS["pulp"] = (_d, _ctx, {**_cs, "some": _cs["some"] + " high_pulp medium_pulp"})
_d, _ctx, _cs = DIMENSIONS["fuel"]
DIMENSIONS["fuel"] = (_d, _ctx | frozenset("kettle kettles wasserkocher bouilloire hervidor bollitore "
                                           "teekessel".split()),
                      {**_cs, "stovetop": "stovetop stove_top"})
# The form of a skin-care product: a lotion, a cream, an ointment and a balm of one line
# are four products (CeraVe Moisturizing Cream / Lotion, Eucerin Advanced Repair Lotion /
# Cream, Aquaphor Healing Ointment / ... Balm): both titles must name one, in a skin-care
# title.  (Not "gel": the word of a toothpaste's and a detergent's form.)
DIMENSIONS["skin_form"] = (None, frozenset("""
skin face facial body hand hands foot feet lip lips moisturizing moisturising moisturizer moisturiser
moisturizers hydrating hydration repair healing eczema dry baby diaper rash soothing spf
""".split()), {
    "lotion": "lotion lotions",
    "cream": "cream creams creme crema",
    "ointment": "ointment salbe pommade unguento",
    "balm": "balm baume balsamo",
})
_PHRASES = _phrases()
_CONTEXTS = tuple((d, ctx) for d, (_dflt, ctx, _cs) in DIMENSIONS.items() if ctx is not None)
_FIRST = frozenset(_PHRASES) | _AFTER_DRINK
del _d, _ctx, _cs


# session 13, ml: the formulations above as shops write them in Dutch, Portuguese, Polish,
# Hungarian, Turkish, Czech and Slovak (ascii-folded; a phrase's words joined by "_"): sugar
# free, decaf, alcohol free, gluten free, fragrance free and the children's version are the
# same class in any language ("cukormentes" = "sugar free", "kafeinsiz" = "decaf")
for _d, _c, _ws in (
        ("sugar", "free", "cukormentes sekersiz bez_cukru suikervrij sem_acucar sin_azucares sans_sucres"),
        ("caffeine", "decaf", "koffeinmentes kafeinsiz bezkofeinowa bezkofeinova cafeinevrij cafeinevrije"),
        ("alcohol", "free", "alkoholmentes alkolsuz bezalkoholowe bezalkoholowy alcoholvrij alcoholvrije "
                            "sem_alcool nealkoholicke nealkoholicky"),
        ("gluten", "free", "glutenmentes glutensiz bezglutenowy bezglutenowe glutenvrij sem_gluten"),
        ("formula", "free", "illatmentes parfumvrij bezzapachowy parfumsuz sem_perfume bez_parfemu"),
        ("age", "kids", "gyerek gyermek gyerekeknek cocuk dzieci dzieciecy dziecieca criancas detsky detske "
                        "kinderen")):
    _dflt, _ctx, _cs = DIMENSIONS[_d]
    DIMENSIONS[_d] = (_dflt, _ctx, {**_cs, _c: _cs[_c] + " " + _ws})
# session 20, ml20b: sugar and fat as Indonesian / Malay and Vietnamese shops write them (folded):
# "tanpa gula" / "không đường" no sugar, "rendah gula" / "ít đường" less sugar, "rendah lemak" / "ít
# béo" low fat, "tanpa lemak" fat free, "penuh krim" full cream; and the sugared one named ("có
# đường", "sweetened": the default, as a title naming none)
for _d, _c, _ws in (
        ("sugar", "free", "tanpa_gula bebas_gula khong_duong"),
        ("sugar", "reduced", "rendah_gula kurang_gula it_duong"),
        ("sugar", "regular", "co_duong sweetened"),
        ("fat", "low", "rendah_lemak it_beo"),
        ("fat", "skim", "tanpa_lemak bebas_lemak"),
        ("fat", "whole", "penuh_krim")):
    _dflt, _ctx, _cs = DIMENSIONS[_d]
    DIMENSIONS[_d] = (_dflt, _ctx, {**_cs, _c: (_cs[_c] + " " + _ws) if _c in _cs else _ws})
_PHRASES = _phrases()
_CONTEXTS = tuple((d, ctx) for d, (_dflt, ctx, _cs) in DIMENSIONS.items() if ctx is not None)
_FIRST = frozenset(_PHRASES) | _AFTER_DRINK
del _d, _c, _ws, _dflt, _ctx, _cs
# whole grain is a variant of any grain product, biscuits and crackers too ("Leibniz
# Butterkeks" / "Butterkeks Vollkorn"); a sun or face fluid another form than its cream
# ("Anthelios UVMune 400 crème" / "... fluide")
_dflt, _ctx, _cs = DIMENSIONS["grain"]
DIMENSIONS["grain"] = (_dflt, _ctx | frozenset("""
biscuits biscuit cookies crackers keks kekse butterkeks galletas biscotti koekjes susenky ciastka keksz
""".split()), _cs)
_dflt, _ctx, _cs = DIMENSIONS["skin_form"]
DIMENSIONS["skin_form"] = (_dflt, _ctx | frozenset("""
hydratante hydratant feuchtigkeitsspendend hidratante idratante solaire sonnenschutz visage gesicht viso rostro
spf15 spf20 spf25 spf30 spf40 spf45 spf50 spf60 spf100
""".split()), {**_cs, "fluid": "fluid fluide fluido"})
# (session 22, ml22b) a sunscreen's or skin care's milk and gel are two forms too ("アネッサ パーフェクトUV
# スキンケアミルク" / "… スキンケアジェル": "ANESSA Perfect UV Skincare Milk" / "… Gel"), in a title about
# skin care or sun protection ("skincare", "sunscreen", "uv")
_dflt, _ctx, _cs = DIMENSIONS["skin_form"]
DIMENSIONS["skin_form"] = (_dflt, _ctx | frozenset("skincare sunscreen sunblock uv".split()),
                           {**_cs, "milk": "milk lait leche latte", "gel": "gel gelee"})
_PHRASES = _phrases()
_CONTEXTS = tuple((d, ctx) for d, (_dflt, ctx, _cs) in DIMENSIONS.items() if ctx is not None)
_FIRST = frozenset(_PHRASES) | _AFTER_DRINK
del _dflt, _ctx, _cs


# session 14, ml: coffee in portions - pads, capsules, pods - is counted, ground coffee and beans
# are weighed: a title naming coffee portions is another product than a title of that blend
# that names no portion and gives a weight and no count ("Douwe Egberts Aroma Rood
# Koffiepads 36 stuks" / "Douwe Egberts Aroma Rood 500g", "Lavazza Qualità Rossa Capsules 36"
# / "Lavazza Qualità Rossa 250g").  A title of portions that gives a count ("Nespresso
# Stormio 10 pcs") can be the capsules; so can one that names no size at all.
_PORTIONS = frozenset("""
pads pad capsules capsule kapseln kapsel kapsle kapsli kapsulki capsulas capsula cialde cialda pods pod
koffiepads kaffeepads koffiecups kaffeekapseln kapsule
""".split())
_PORTIONS_OF_COFFEE = frozenset("koffiepads kaffeepads koffiecups kaffeekapseln".split())


def _portions(p) -> bool:
    ws = p.wordset
    if _PORTIONS.isdisjoint(ws):
        return False
    return not _PORTIONS_OF_COFFEE.isdisjoint(ws) or not _COFFEE.isdisjoint(ws - _PORTIONS)


def _weighed_only(p) -> bool:
    f = p.facets or {}
    u = f.get("_title_units")
    return bool(u) and "wt" in u and "pack" not in f and "_mult" not in f and _PORTIONS.isdisjoint(p.wordset)


def portions_against_weight(a, b) -> bool:
    """Does one offer sell coffee portions and the other the blend by its weight alone?"""
    return _portions(a) and _weighed_only(b) or _portions(b) and _weighed_only(a)


# session 14, speed
def phrase_words() -> frozenset:
    """Every word of a formulation phrase (``_PHRASES``): the only words
    ``formulation_words`` can return (``wordclass.rewording``'s gate reads it)."""
    return frozenset(x for cands in _PHRASES.values() for words, d, _c in cands for x in words
                     if d not in _UNNAMED_DIMS)


# (session 26, onesided26) dimensions whose words stay what they were to the title tier on one side
# only - filler, a kind's modifier ("Physical Game Card"): only two classes named conflict
_UNNAMED_DIMS = frozenset(("delivery",))


# session 14, prec: two readings of the phrases above that named no formulation - a "for"
# phrase listing several skin or hair types runs past three words to the noun it closes on
# ("for Dry to Normal Sensitive Skin", "pour peaux normales à sensibles"), and a child word
# beside a safety word is a feature ("Child Safety Features", "child-resistant cap",
# "sécurité enfant"), not the children's version of the product
_SPAN_MAX = 7
# (kept here, not in wordclass: wordclass imports this module)
# "Child Safety Features", "child-resistant", "Kindersicherung"-like phrases, "sécurité
# enfant", "a prueba de niños", "sicurezza bambini": a child word beside one of these names
# a safety feature of the product, not the children's version of it
_CHILD_FEATURE_AFTER = frozenset("safety safe proof resistant lock locks guard".split())
_CHILD_FEATURE_BEFORE = frozenset("securite seguridad sicurezza sicherheit prueba protection".split())
# the nouns a "for ..." phrase of a care product closes on (whom it suits: "for Dry to Normal
# Sensitive Skin", "pour peaux sensibles", "für empfindliche Haut", "para piel sensible")
_AUDIENCE_NOUNS = frozenset("""
skin skins hair scalp teeth gums lips face haut haare kopfhaut zahne zahnfleisch peau peaux cheveux
dents gencives piel cabello dientes encias pelle capelli denti gengive
""".split())


def for_span_end(ws, i: int) -> int:
    """The last position of the "for" phrase starting at ``ws[i]`` that ``_matches``
    skips for whom-it-suits dimensions: ``_FOR_SPAN`` words, or up to the first noun of
    ``_AUDIENCE_NOUNS`` within ``_SPAN_MAX`` words (past it, where it comes first; up to it where type
    words come first - session 38)."""
    n = len(ws)
    for j in range(i + 1, min(i + 1 + _SPAN_MAX, n)):
        if ws[j] in _AUDIENCE_NOUNS:
            if j == i + 1:
                # (the noun first, its types after it: "pour peaux normales à mixtes
                # sensibles", "para piel seca y sensible" - up to a number)
                k = j + 1
                while k < min(i + 1 + _SPAN_MAX, n) and not ws[k][:1].isdigit():
                    k += 1
                return k - 1
            # (session 38, hh38: the phrase ends at its noun - "for Dry Skin, Fragrance Free": the word
            # after the noun is the product's own again, no longer whom it suits)
            return j
    return i + _FOR_SPAN


def child_feature(ws, i: int) -> bool:
    """Is the children's word ``ws[i]`` part of a safety feature's name (a safety word
    right after it, or one or two words before it)?"""
    if i + 1 < len(ws) and ws[i + 1] in _CHILD_FEATURE_AFTER:
        return True
    return any(ws[j] in _CHILD_FEATURE_BEFORE for j in range(max(0, i - 2), i))


# session 14, prec: three more choices a line's listings name, each both titles must name
# (no default) but for the set: a jar's or bottle's mouth (a wide-mouth lid fits no regular
# jar), the California King against the King of a bedding line (another mattress size: 72 x 84
# against 76 x 80 in), and a duvet cover's or comforter's set (with its shams or pillowcases)
# against the single piece - a bedding title naming no set sells the piece alone
_BEDDING = frozenset("""
mattress mattresses sheet sheets duvet duvets comforter comforters quilt quilts bedspread coverlet
topper protector bettbezug bettwasche couette housse parure edredon funda nordica piumone copripiumino
""".split())
_COVERS = frozenset("duvet duvets comforter comforters quilt quilts bedspread coverlet couette bettbezug "
                    "edredon nordica piumone copripiumino".split())
DIMENSIONS["mouth"] = (None, None, {
    "wide": "wide_mouth widemouth wide_mouthed weithals large_ouverture boca_ancha",
    "regular": "regular_mouth standard_mouth narrow_mouth small_mouth normalhals boca_normal boca_estrecha",
})
DIMENSIONS["bed_king"] = (None, _BEDDING, {
    "calking": "cal_king california_king calking calif_king ca_king",
    "king": "king eastern_king standard_king",
})
DIMENSIONS["cover_set"] = ("single", _COVERS, {
    "set": "cover_set comforter_set quilt_set duvet_set bedspread_set coverlet_set shams sham pillowcase "
           "pillowcases pillow_shams kissenbezug kissenbezuge taie taies parure juego",
})
# (the set's pieces are counted, ``cover_pieces``: "3 Pieces" / "3pcs" / "3-teilig" a set, "1 pc" /
# "Single Piece" the piece alone)
# the school grade a workbook or a learning title is for: Pre-K, Kindergarten and each grade
# are one book each of a series ("Brain Quest Workbook: Pre-K" / "Brain Quest Kindergarten
# Workbook"); both titles name one, in a title about a workbook or a learning book
_ORD = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_SUF = ("st", "nd", "rd", "th", "th", "th", "th", "th")
_grades = {"prek": "pre_k prek preschool pre_kindergarten prekindergarten pre_school",
           "k": "kindergarten kinder_garten"}
for _n in range(1, 9):
    _grades[f"g{_n}"] = f"grade_{_n} {_n}{_SUF[_n - 1]}_grade {_ORD[_n - 1]}_grade grades_{_n}"
DIMENSIONS["grade"] = (None, frozenset("""
workbook workbooks book books flashcards flash cards learning curriculum practice reader readers
""".split()), _grades)
_PHRASES = _phrases()
_CONTEXTS = tuple((d, ctx) for d, (_dflt, ctx, _cs) in DIMENSIONS.items() if ctx is not None)
_FIRST = frozenset(_PHRASES) | _AFTER_DRINK
# (the spelled ordinals' numbers: "First Grade" prints the 1 of "Grade 1" - ``relations``)
SPELLED_ORDINAL_NUMBER = {w: str(k + 1) for k, w in enumerate(_ORD)}
del _ORD, _SUF, _grades, _n


# session 14, fixm: a bedding set's count of pieces, a range of school grades
# "3 Pieces", "3pcs", "3-Piece", "2-teilig": a count of two pieces or more names a set (the cover
# with its shams or pillowcases); "1 pc", "1 Piece", "Single Piece" names the piece alone - the
# count, glued to its word by the cleaner or apart, outweighs a shop's word "Set"
_PIECE_WORDS = frozenset("piece pieces pc pcs pce teilig tlg pz pezzi piezas".split())
_PIECES_GLUED = re.compile(r"(\d{1,2})(?:" + "|".join(sorted(_PIECE_WORDS, key=len, reverse=True)) + r")")
_ONE = frozenset("single one 1 einzeln".split())


def cover_pieces(ws) -> str:
    """"set" when a title's words count two pieces or more, "single" when they count one
    (and no more), "" when they count none."""
    counts = set()
    for i, w in enumerate(ws):
        m = _PIECES_GLUED.fullmatch(w) if w[:1].isdigit() else None
        if m:
            counts.add(int(m.group(1)))
        elif w in _PIECE_WORDS and i:
            v = ws[i - 1]
            if v.isdigit():
                counts.add(int(v))
            elif v in _ONE:
                counts.add(1)
    if not counts:
        return ""
    return "set" if max(counts) >= 2 else "single"


# "Grades 1-2", "Grades 3 - 5", "Grades K-2": a range names every grade from its first to its
# last (the cleaner leaves "grades 1 2"; the phrase reads the first only); two titles' grades
# conflict only when the ranges share none (``differs``)
_GRADE_WORDS = frozenset("grade grades".split())


def grade_range(ws) -> tuple:
    """The grade classes (``DIMENSIONS["grade"]``) a range after "Grade(s)" names, or ()."""
    for i, w in enumerate(ws):
        if w in _GRADE_WORDS and i + 2 < len(ws):
            lo, hi = ws[i + 1], ws[i + 2]
            lo = 0 if lo in ("k", "kindergarten") else int(lo) if lo.isdigit() else None
            if lo is None or not hi.isdigit() or not lo < int(hi) <= 8:
                continue
            return tuple("k" if n == 0 else f"g{n}" for n in range(lo, int(hi) + 1))
    return ()


# session 26, onesided26: how a program or a game is delivered - a download or a code against a
# boxed copy, a disc or a game card - is two products of one title and edition ("Super Mario Bros.
# Wonder Nintendo Switch *Digital Download Code*" / "... *Physical Game Card*", "TurboTax Home &
# Business 2023 PC *Download*" / "... *CD-ROM Boxed*"): both titles must name one (no default: a
# title naming neither is either), in a title about software or a game; a title naming both
# ("CD/Download") shares either.  The delivery words are filler or common words to the title tier
# ("download", "code": ``wordclass.FILLER``), which only this reads as a product's form.  A medium
# only: a retail box or a "Boxed" licence holds a key as a download does (train14a: "Office Home &
# Student 2021 ... Download" / "... Retail Box", "Cubase Pro 13 ... Download" / "... (Boxed)" are one).
_DIGITAL_GOODS = frozenset("""
software game games videogame videogames spiel spiele videospiel jeu jeux juego juegos videojuego gioco
giochi videogioco switch ps4 ps5 xbox playstation nintendo steam windows mac office antivirus tax
""".split())
DIMENSIONS["delivery"] = (None, _DIGITAL_GOODS, {
    "digital": "download downloads digital_download digital_code download_code esd online_code eshop_code "
               "digital_edition_code descarga descarga_digital codigo_de_descarga codice_download "
               "codice_digitale code_de_telechargement telechargement",
    # ("disc": a game's copy on a disc, "Hogwarts Legacy PS5 (Disc)" / "... PS5 Digital Code (Email
    # Delivery)"; session 30, dev30 - a console's "Disc Edition" is the drive dimension's, which parts
    # it from the "Digital Edition" already)
    "physical": "physical physical_edition physical_copy cd_rom dvd_rom game_card disc game_disc disc_version "
                "physisch physische "
                "physischer physisches physique fisico fisica",
})
_PHRASES = _phrases()
_CONTEXTS = tuple((d, ctx) for d, (_dflt, ctx, _cs) in DIMENSIONS.items() if ctx is not None)
_FIRST = frozenset(_PHRASES) | _AFTER_DRINK


# session 27, form27: margarine and its salt.  Margarine is sold salted, its unsalted version is another
# product of the line, named as such ("Margarina Tulipán 400 g" / "Tulipán margarina *sin sal* 400g",
# "Rama Margarine" / "Rama Margarine *ungesalzen*"): in a margarine's title the plain one is the salted
# (a default, unlike butter's salt - French "beurre doux" is the plain butter: ``salt`` has none).  A
# dimension of its own, in a title naming margarine (``_matches`` reads a salt word in the dimension
# whose kind of product the title names first: butter's ``salt`` for "Beurre doux", this one for
# "margarina sin sal").  The fat of margarine is that of dairy: a light margarine is another product
# ("Tulipán Light" / "Tulipán"), so margarine words join the fat dimension's context - not ``_DAIRY``,
# whose salt dimension would then read "sin sal" in a margarine's title too, without a default.
_MARGARINE = frozenset("""
margarine margarines margarina margarinas margarin margarine margaryna margariini streichfett
""".split())
DIMENSIONS["margarine_salt"] = ("salted", _MARGARINE, {
    "unsalted": "unsalted sin_sal sans_sel ungesalzen ungesalzene ungesalzenes senza_sale sem_sal zonder_zout "
                "ongezouten usaltet osaltat osaltad bez_soli niesolona niesolony sotlan tuzsuz",
    "salted": "salted con_sal gesalzen gesalzene gesalzenes salato demi_sel com_sal gezouten saltet saltat",
})
_dflt, _ctx, _cs = DIMENSIONS["fat"]
DIMENSIONS["fat"] = (_dflt, _ctx | _MARGARINE, _cs)
_PHRASES = _phrases()
_CONTEXTS = tuple((d, ctx) for d, (_dflt, ctx, _cs) in DIMENSIONS.items() if ctx is not None)
_FIRST = frozenset(_PHRASES) | _AFTER_DRINK
del _dflt, _ctx, _cs


# (session 31, usr31) two more choices of a line US shops sell side by side, each read only in a
# title naming the kind of product it applies to:
# * washable crayons, markers, paints ("Crayola *Washable* Crayons 64ct" / "Crayola Crayons, 64
#   Count"): the plain title is the regular, non-washable set;
# * the texture of a wet pet food - pâté, shreds, chunks, minced, flaked ("Friskies *Pate* Variety
#   Pack" / "Friskies *Shreds* Variety Pack"): both titles must name one (no default - "Friskies Wet
#   Cat Food Variety Pack" names none).
# (A cat litter's "Multi-Cat" was tried as a third, the single-cat litter the default: Tidy Cats
# print "Multi Cat Litter" after every litter's name - "Tidy Cats 24/7 Performance Clumping Litter" is
# the "... 24/7 Performance Multi Cat Litter" - and two true pairs were lost; dropped.)
_WASHABLE_GOODS = frozenset("crayon crayons marker markers paint paints fingerpaint".split())
_WET_PET_FOOD = frozenset("wet canned cans".split())
DIMENSIONS["washable"] = ("regular", _WASHABLE_GOODS, {"washable": "washable ultra_clean_washable"})
DIMENSIONS["pet_texture"] = (None, _WET_PET_FOOD, {
    "pate": "pate pates loaf",
    "shreds": "shreds shredded",
    "chunks": "chunks chunky",
    "minced": "minced",
    "flaked": "flaked flakes",
})
# session 31, gc31: a tinted sunscreen, day cream or lip balm against the clear one.  A line sells
# its fluid or cream clear and tinted ("Anthelios UVMune 400 Invisible Fluid" / "... *Tinted* Fluid",
# "Fluide *Teinté*", "Sonnenfluid *getönt*", "Fotoprotector *con color*"): two products, the plain
# title the clear one.  In a title about skin care or sun protection (the skin forms' context), so a
# "tinted" window film or a car's glass is none.  ("Color" alone stays no tint word: "Colour Protect".)
_dflt, _ctx, _cs = DIMENSIONS["skin_form"]
DIMENSIONS["tint"] = ("clear", _ctx | frozenset("foundation moisturizer moisturiser lipbalm".split()), {
    "tinted": "tinted teinte teintee teintes getont getonte getontes getoent getoente tintado tintada "
              "colorato colorata con_color avec_teinte getint getinte",
})
_PHRASES = _phrases()
_CONTEXTS = tuple((d, ctx) for d, (_dflt, ctx, _cs) in DIMENSIONS.items() if ctx is not None)
_FIRST = frozenset(_PHRASES) | _AFTER_DRINK
del _dflt, _ctx, _cs
