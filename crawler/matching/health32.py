"""Session 32 (hp32): pharmacy and health products - the words shops in six countries give one
medicine, supplement, formula or device that the tables did not read as one.

A pharmacy names a product by its brand, strength, form and count ("Nurofen Forte 400 mg 12
tabletek"); the rest of its title is the shop's: the form in its language or its own shorthand
("BRUFEN*30CPR RIV 600MG", "APAP 500mg x 50 tabl. powl."), the coating of the tablet ("compresse
rivestite con film", "comprimidos recubiertos con película", "Filmtabletten", "tabletki
powlekane" - a medicine of one strength and count has one coating), the kind of product ("Blood
Pressure Monitor" / "Blutdruckmessgerät", "Eye Drops" / "Augentropfen", "Ointment" / "Salbe"),
a use ("Chest Congestion", "Sleep Aid", "Acid Reducer", "Pain Reliever") and the German pharmacy
number (PZN) one shop prints.  Each such word the tables did not know was an identifying word only
one title prints, and the pair was left apart ("weak").

* ``FORMS`` ({class: words}): the "form" spec (tablets, capsules, liquid, powder): two forms still
  differ - "Caplets" are not "Tablets" (Boots sells both), effervescent tablets are not tablets; a
  softgel is a capsule ("100 Softgels" / "100 capsules molles");
* ``KINDS`` / ``KIND_PHRASES``: kinds, uses, where a monitor measures ("Upper Arm" / "Oberarm", "Wrist" /
  "Handgelenk"); one title naming a kind the other does not name is
  no disagreement, two kinds still differ ("Ointment" / "Cream");
* ``SYNONYMS``: one value in several languages - an active ingredient ("Acetaminophen" / "Paracetamol",
  "Ibuprofène" / "Ibuprofeno"), a supplement's salt.  Not kinds: a kind one title names is excused, and
  "Advil Ibuprofen 200mg" / "Advil Pain Reliever ... 200mg Ibuprofen" share the ingredient as an
  identifying word;
* ``FILLER``: the coating of a tablet and words around a count;
* ``ARABIC`` ({latin: arabic}): pharmacy words and brands as Lebanese pharmacies write them, read by
  ``arabic.to_latin`` ("وحدة دولية" is IU, not a BTU);
* ``pharmacy_read``: the shorthand of Italian and Polish pharmacies and the PZN, rewritten in
  ``titles._clean_pre``.

Words a table already holds keep their meaning (free words only).  Left out: "pellicules" (FR
dandruff, the film-coating's "pelliculés"), "film" (a screen protector's film), "perle" (pearls),
"bb" (BB cream, and the French "lait BB"), "strips" (LED strips), "chewable" (a children's form).
This module imports no matcher module (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

import re

from .regextrie import literal_alternation

# the "form" spec's classes ({class: words}); "tablets" and "capsules" are the tables' classes
FORMS = {
    "tablets": "tabl tbl filmtabletten schmerztabletten tabletes compresse",
    "capsules": "softgels softgel weichkapseln gelcaps gelcap liquigels liquicaps",
    "caplets": "caplets caplet",
    "liquid": "suspension sospensione zawiesina",
    "effervescent": "brausetabletten efferv effervescent effervescenti effervescentes efervescentes "
                    "effervescents musujace sumive bruistabletten",
}

# kinds ({kind: words}) - a new kind where the tables had none
KINDS = {
    "thermometer": "thermometer thermometers fieberthermometer stirnthermometer thermometre termometro "
                   "termometr teplomer",
    "ear thermometer": "ohrthermometer",
    "blood pressure monitor": "blutdruckmessgerat blutdruckmessgerate tensiometre tensiometro "
                              "sfigmomanometro cisnieniomierz",
    "eye drops": "augentropfen collyre colirio",
    "nasal spray": "nasenspray",
    "ointment": "ointment salbe heilsalbe wundsalbe pommade pomata pomada",
    "plasters": "plasters plaster pflaster pansements cerotti tiritas plastry",
    "supplement": "supplement supplements nahrungserganzungsmittel integratore suplemento",
    "antihistamine": "antihistamine antihistaminikum",
    "expectorant": "expectorant",
    "upper arm": "oberarm",
    "wrist": "wrist handgelenk poignet polso muneca nadgarstek",
    "non contact": "kontaktlos kontaktloses kontaktloser beruhrungslos beruhrungsloses bezdotykowy",
}
KIND_PHRASES = {
    "ear thermometer": ("ear thermometer",),
    "thermometer": ("digital thermometer", "forehead thermometer"),
    "upper arm": ("upper arm",),
    "non contact": ("non contact", "no touch", "sans contact", "senza contatto", "sin contacto"),
    "blood pressure monitor": ("blood pressure monitor", "bp monitor", "misuratore di pressione"),
    "eye drops": ("eye drops", "gocce oculari", "krople do oczu", "lubricant eye drops",
                  "lubricating eye drops"),
    "nasal spray": ("nasal spray", "spray nasal", "spray nasale", "spray do nosa"),
    "supplement": ("dietary supplement", "food supplement", "complement alimentaire"),
    "pain reliever": ("pain reliever", "pain relief", "fever reducer", "pain reliever fever reducer",
                      "pain reliever and fever reducer"),
    "sleep aid": ("sleep aid",),
    "acid reducer": ("acid reducer",),
    "expectorant": ("chest congestion", "chest congestion expectorant"),
    "contact lens solution": ("contact lens solution", "multi purpose solution",
                              "multi purpose disinfecting solution", "multi purpose contact lens solution"),
    "infant formula": ("infant formula", "baby formula"),
}

# one value, several languages ({value: words})
SYNONYMS = {
    "lubricant": "lubricating",
    # a medicine's active ingredient (its international name) or a supplement's salt, named by one
    # title beside the brand ("Pepcid AC ... Famotidine", "Zinc Gluconate"): one value in each language
    "paracetamol": "paracetamol paracetamolo paracetamolum acetaminophen",
    "ibuprofen": "ibuprofen ibuprofene ibuprofeno ibuprofenum",
    "cetirizine": "cetirizine cetirizin cetirizina",
    "loratadine": "loratadine loratadin loratadina",
    "fexofenadine": "fexofenadine fexofenadin",
    "famotidine": "famotidine famotidin famotidina",
    "loperamide": "loperamide loperamid loperamida",
    "diclofenac": "diclofenac diclofenaco diklofenak",
    "naproxen": "naproxen naproxene naproxeno",
    "simeticone": "simeticone simethicone simeticon simeticona",
    # (vitamin D3's chemical name is D3: "Vitamin D3 1000 IU" / "Vitamin D3 (Cholecalciferol) 25 mcg",
    # attack32a - as its own value it was a word one title only printed)
    "d3": "cholecalciferol colecalciferol cholecalciferolo",
    "gluconate": "gluconate glukonat gluconato",
    "citrate": "citrate citrat citrato cytrynian",
    "picolinate": "picolinate picolinat",
    "bisglycinate": "bisglycinate bisglycinat glycinate",
}

# a medicine's variant letters and words: "Mucinex DM" (with a cough suppressant), "Advil PM" (with a
# sleep aid), "DayQuil Severe" - one title printing one is another product of the line ("Rapid Release"
# is not one: Nature's Bounty prints it on one shop's title of one softgel)
VARIANTS = "dm pm severe"

# a tablet's coating ("Coated Tablets", "tabletki powlekane", "compresse rivestite", "comprimidos
# recubiertos", "dražé") and the "ea" / "x" of a count: the form and the count are compared by their
# own rules
FILLER = "coated powlekane powlekanych powlekana powl drazowane drazowanych rivestite riv recubiertos"

# Lebanese pharmacies' Arabic ({latin: arabic}; "_" joins a phrase)
ARABIC = {
    "iu": "وحدة_دولية وحدة_عالمية",
    "tablets": "قرص أقراص اقراص حبة حبات",
    "capsules": "كبسولة كبسولات كبسوله كبسولة_جيلاتينية كبسولات_جيلاتينية",
    "vitamin": "فيتامين فيتامينات",
    "d3": "د3",
    "nasal spray": "بخاخ_للأنف بخاخ_للانف بخاخ_أنف بخاخ_انف",
    "adult": "للكبار",
    "infant formula": "حليب_اطفال حليب_أطفال حليب_الاطفال حليب_الأطفال حليب_رضع حليب_للرضع",
    "panadol": "بنادول بانادول", "enfamil": "انفاميل إنفاميل", "otrivin": "أوتريفين اوتريفين",
    "elevit": "إيليفيت ايليفيت اليفيت", "now foods": "ناو_فودز", "nan": "نان", "optipro": "اوبتيبرو أوبتيبرو",
    "nature made": "ناتشر_ميد", "cold": "كولد", "flu": "فلو", "advance": "ادفانس أدفانس",
    "pronatal": "برناتال بروناتال", "omron": "أومرون اومرون", "braun": "براون", "thermoscan": "ثيرموسكان",
    "infant": "للرضع الرضع رضع", "double": "دبل دوبل", "rich": "ريتش",
    "muscletech": "ماسل_تك", "nitrotech": "نيتروتك", "whey": "واي", "gold": "جولد غولد",
}

# pharmacy shorthand (Italian: "16CPR", "CPR RIV", "EFFERV"; Polish: "tabl. powl."), the PZN
_PZN = re.compile(r"\bpzn[\s:.\-]*\d{7,8}\b")
_CPR = re.compile(r"(?:\*|(?<![a-z0-9]))(\d+)\s*cpr\b")
_POUR_CENT = re.compile(r"\b(\d+(?:[.,]\d+)?)\s+pour\s*cent\b")
_UNIT_ZERO = re.compile(r"\b(\d+)\.0\s+ea\b")
_UI = re.compile(r"(\d)\s*ui\b")
# vitamin D's strength in international units is its micrograms times 40 ("1000 IU" = "25 mcg"): a
# title naming vitamin D has its IU read as micrograms, so "1000 IU" / "25 mcg (1000 IU)" agree
_VITAMIN_D = re.compile(r"\bd-?3\b|\bvitamin[aey]? d\b|\bwitamina d\b|cholecalciferol|colecalciferol")
_IU_AMOUNT = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\s*iu\b")


def _iu_as_mcg(m: re.Match) -> str:
    n = int(m.group(1).replace(",", ""))
    if n % 20:
        return m.group(0)
    mcg = n / 40
    return (str(int(mcg)) if mcg == int(mcg) else str(mcg)) + " mcg"


# "Rapid Release Gels", "Liqui-Gels": the gel capsule (a "gel" alone is a liquid, "shower gels" too)
_GEL_CAPSULES = re.compile(r"\b(release|liqui)[\s-]?gels\b")
# soft capsules in FR / IT / ES / PL are softgels; "oral suspension" is the suspension
_SOFT_CAPSULES = re.compile(r"\b(?:capsules? molles?|capsule molli|capsulas blandas|kapsulki miekkie)\b")
_ORAL_SUSPENSION = re.compile(r"\boral suspension\b")
# a tablet's coating after the form word ("comprimés pelliculés", "compresse rivestite con film",
# "comprimidos recubiertos con película", "tabletki powlekane", "film-coated tablets")
_COATING = re.compile(r"\b(comprimes|comprimidos|compresse|tabletki|tabletek|tabl|tablets)\.?\s+"
                      r"(?:pellicul\w*|rivestit\w*|riv|recubiert\w*|powl\w*|drazowan\w*)"
                      r"(?:\s+con\s+(?:film|pelicula))?")
_FILM_COATED = re.compile(r"\bfilm\s*coated\b")
# a UK pharmacy's "30s" after the form: 30 tablets
_FORM_COUNT_S = re.compile(r"\b(tablets|capsules|caplets|sachets|lozenges|tabs)\s+(\d+)s\b")
_MICRO = re.compile("[\u00b5\u03bc]g\\b")


# (the cleaner calls ``pharmacy_read`` only where one of these is printed: speed)
_HINT_ANY = re.compile(r"pzn|cpr|pour|\.0 ea|\dui|\d ui|\diu|\d iu|gels|moll|bland|miekk|oral susp|pellicul|rivest|\briv\b|"
                       r"recubiert|powl|drazow|coated|(?:tablets|capsules|caplets|sachets|lozenges|tabs) \d+s\b").search
# (session 34, sp34, speed) The same question - is any of them printed? - in four searches each led by a
# literal or a digit, instead of ``_HINT_ANY``, whose digit- and boundary-led branches the engine tried one
# by one at every position (~5 us a title, 2 now): the plain words as one trie, then a unit after a digit,
# "riv" with its boundaries checked behind it, a form's "N s" (each of these behind a substring test of
# what it needs).  ``HINT(s)`` is truthy exactly where ``_HINT_ANY(s)`` is (the cleaner only asks whether;
# tests/test_matching_sp3434.py holds the two to each other).
_HINT_WORDS = re.compile(literal_alternation((
    "pzn", "cpr", "pour", ".0 ea", "gels", "moll", "bland", "miekk", "oral susp", "pellicul", "rivest", "recubiert",
    "powl", "drazow", "coated"))).search
_HINT_UNIT = re.compile(r"\d ?(?:ui|iu)").search
_HINT_RIV = re.compile(r"riv(?<=\briv)\b").search
_HINT_FORM = re.compile(r"(?:tablets|capsules|caplets|sachets|lozenges|tabs) \d+s\b").search


def HINT(s: str):
    """A match where the cleaner's pharmacy pass may change ``s`` (``_HINT_ANY``), else None."""
    # (session 37, sp37, speed: the unit's search only where its letters stand - "ui" or "iu" -, ~1,100
    # instructions a title instead of ~7,800)
    return (_HINT_WORDS(s) or (("ui" in s or "iu" in s) and _HINT_UNIT(s)) or ("riv" in s and _HINT_RIV(s))
            or ("s " in s and _HINT_FORM(s)) or None)


def micro_read(text: str) -> str:
    """``text`` (a title before its letters are folded) with micrograms written "mcg": "25µg" is
    25 mcg (the folding read the micro sign as an "m")."""
    return _MICRO.sub("mcg", text)


def pharmacy_read(s: str) -> str:
    """``s`` (a lower-cased title) with a pharmacy's shorthand written out: "16cpr" is "16 compresse"
    (tablets), "10 pour cent" is "10%", "120.0 ea" is "120 ea", and a PZN (the German pharmacy
    number, which one shop prints and another does not) dropped."""
    if "pzn" in s:
        s = _PZN.sub(" ", s)
    if "cpr" in s:
        s = _CPR.sub(r" \1 compresse", s)
    if "pour" in s:
        s = _POUR_CENT.sub(r"\1%", s)
    if " ea" in s:
        s = _UNIT_ZERO.sub(r"\1 ea", s)
    if "ui" in s:
        s = _UI.sub(r"\1 iu", s)
    if "iu" in s and _VITAMIN_D.search(s):
        s = _IU_AMOUNT.sub(_iu_as_mcg, s)
    if "gels" in s:
        s = _GEL_CAPSULES.sub(lambda m: "release gelcaps" if m.group(1) == "release" else "liquigels", s)
    if "moll" in s or "bland" in s or "miekk" in s:
        s = _SOFT_CAPSULES.sub("softgels", s)
    if "oral suspension" in s:
        s = _ORAL_SUSPENSION.sub("suspension", s)
    if "pellicul" in s or "rivest" in s or " riv" in s or "recubiert" in s or "powl" in s or "drazow" in s:
        s = _COATING.sub(r"\1", s)
    if "coated" in s:
        s = _FILM_COATED.sub("coated", s)
    if "s" in s:
        s = _FORM_COUNT_S.sub(r"\1 \2", s)
    return s


def install(W) -> None:
    """Merge the tables into the ``wordclass`` module ``W``; free words only."""
    taken = W.word_taken
    W._add_free_spec("form", FORMS)
    W._add_free(W.SYNONYM, SYNONYMS)
    W._add_free(W.CATEGORY, KINDS)
    W._add_kind_phrases(KIND_PHRASES)
    W.VARIANT = W.VARIANT | frozenset(w for w in VARIANTS.split() if not taken(w))
    W.FILLER = W.FILLER | frozenset(w for w in FILLER.split() if not taken(w))
    W._rebuild_derived(W.GENERIC)
