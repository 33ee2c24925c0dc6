"""Precision-first decision rules, as boolean masks over a feature matrix.

"Same product" needs positive identifying evidence and no conflict:

evidence (any one)
    * the same manufacturer part number (one with a digit: "high power" is
      no part number),
    * the same model number of >= 5 characters printed on both sides, a
      model number of one printed in the other's text, or two model numbers
      equal up to a 1-2 letter colour / region suffix,
    * titles that agree on every identifying word and variant word (no rare plain word of
      either title missing from the other offer, at least one shared; only
      specs with digits may be extra on one side, or a brand / shop name
      leading one title; the same tier words) - see ``features.identifying_misses``,
      ``facets.lead_word_only`` and ``facets.tier_differs``,
    * a model number of one title printed as one token in the other, with
      every identifying word of one title in the other and the same tier words
      ("Photoshop CS4 Extended" is not "Photoshop CS4": ``facets.tier_differs``),
    * one offer's part number printed in the other's title or text.
conflict (any one, whatever the title similarity)
    * different valid GTINs (unless the MPNs agree), different brands,
      different part numbers (also an MPN field against another part number
      of the same shape printed in the title of an offer without one),
      one offer a compatible / remanufactured copy,
    * capacity, size (measured or named: small / medium / large, grande,
      velká), dimensions, weight, volume, pack size or count (also licences:
      "3 User", "5 Geräte"),
    * seed type: feminised vs autoflowering vs regular (``seeds``),
    * colour, scent, flavour; edition, version, year, generation; platform;
      the device an accessory is for (iPod touch vs camera, iPhone 4 vs 3G);
      upgrade vs full; refill vs kit,
    * model-number variants ("4070" vs "4070 Ti") and unrelated model numbers
      of the same family ("U43H7LX" vs "U43H7SX"),
    * a variant word right around a model number both titles print ("V15
      Detect" vs "V15 Detect Absolute"), a drive's form factor, retail box vs
      tray, a phone's network, a model number's family vs one member
      ("OLED55C3" vs "OLED55C37LA") - see ``variants``.

The same function serves one pair (``_decide``) and a whole batch (``train``,
``blocking``): one row per pair.
"""

from __future__ import annotations

import numpy as np

from .features import ALL_FEATURES
from .stage import judged, judged_none, judged_wide, none_candidates, set_gate, stage_rows
from .accessory import accessory_against_device
from .facets import tier_differs
from .features import word_after_number
from .learned24 import learned_veto
from . import xl39 as _xl39

_I = {n: i for i, n in enumerate(ALL_FEATURES)}

# conflict reasons, in the order they are reported (first one that applies)
REASONS = (
    "gtin", "brand", "mpn", "third_party", "units", "mpn_printed", "variant", "colour", "scent", "edition",
    "version", "kind", "year", "platform", "device", "upgrade", "refill", "seed_type", "pack", "dims", "model", "number",
    "form", "packaging", "network", "family", "slot", "accessory",
)


def _col(X, name):
    return X[:, _I[name]]


def conflict_reasons(X) -> np.ndarray:
    """Per row the index into ``REASONS`` + 1 of the first conflict, 0 for none."""
    X = np.asarray(X, dtype=np.float64)
    n = X.shape[0]
    specific = _col(X, "code_specific") > 0
    mpn_same = _col(X, "mpn_rel") >= 1.0
    masks = {
        "gtin": (_col(X, "gtin_conflict") > 0) & ~mpn_same,
        # (an equal short part number does not outweigh two brands: Da-Lite
        # 7020 is no Brother 7020; a long specific one does - a typo'd brand; six or seven
        # plain digits, code_specific 0.5, do not: Hammermill 105007 is no Draper 105007)
        # (session 38, cat38: nor where both MPN fields differ as well - a long shared model number excuses
        # one contradiction, a typo'd brand or a junk MPN field, not both: Belkin's N150 adapter [F7D1101] is no
        # Buffalo "Wireless-N150" adapter [WLI-UC-GNM], "N150" naming the standard both follow)
        "brand": (_col(X, "brand") < 0) & ((_col(X, "code_specific") < 1) | (_col(X, "mpn_rel") < 0)),
        # two part numbers that differ ("Q7553X" vs "Q7553XD"), unless a long
        # model number is printed on both sides (then one MPN field is junk)
        # (one code with a vendor prefix / packaging suffix, mpn_rel 0.9, is no conflict)
        # (two MPN fields of different kinds, a shop's item number against a maker's
        # code, mpn_rel 0 with both: no evidence either way, ``relations.mpn_kinds_differ``)
        "mpn": (_col(X, "mpn_both") > 0) & (_col(X, "mpn_rel") < 0.9) & (_col(X, "mpn_rel") != 0) & ~specific,
        "third_party": _col(X, "third_party") > 0,
        # one offer's MPN field against another part number of the same shape
        # printed in the title of the other, which has no MPN field ("89775"
        # vs "New-Balt 89863 - ..."): two part numbers, two products, as for
        # "mpn" (``relations.printed_mpn_conflict``)
        "mpn_printed": (_col(X, "mpn_printed") > 0) & ~specific,
        "units": _col(X, "unit_hard") > 0,
        "variant": (_col(X, "mvariant_conflict") > 0) & ~specific,
        "colour": (_col(X, "colour_conflict") > 0) | (_col(X, "x_colour") > 0),
        # unrelated model numbers, or each title printing one the other lacks
        # ("i7-4790" vs "i3-4150", "70DG007QUX" vs "70DG006QUX")
        "model": (_col(X, "x_model") > 0) | (_col(X, "code_miss_min") >= 1),
    }
    # each title prints a plain number the other lacks ("Tempest 30" vs "Tempest 24")
    # feminised vs autoflowering vs regular seeds of one strain (see ``seeds``)
    masks["seed_type"] = _col(X, "x_seed_type") > 0
    # made for (or being) different devices: a camera case is no iPod touch
    # case, an iPhone 4 cover no iPhone 3G cover (``relations.device_conflict``)
    masks["device"] = _col(X, "x_device") > 0
    masks["number"] = (_col(X, "num_miss_min") >= 1) & ~specific & ~mpn_same
    # what kind of one model (``variants.form_conflict``): a drive's form
    # factor or bus, retail box vs tray, a phone's network; and a variant word
    # right around a model number both print (``variants.slot_conflict``) -
    # unless the same part number (or a long model number) names the product
    kind = _col(X, "x_form")
    own = ~specific & ~mpn_same
    # (session 19, en19: another memory generation, 5, whatever model name both print - "B760-PLUS
    # WIFI (DDR5)" / "B760-PLUS WIFI D4 (DDR4)": the name is the board's, the generation the product's)
    masks["form"] = ((kind == 1) & own) | (kind == 5)
    # (a processor number is no part number: "i7-12700K" Box and Tray are two)
    masks["packaging"] = (kind == 2) & ~mpn_same
    masks["network"] = (kind == 3) & own
    masks["family"] = (kind == 4) & own
    # (session 35, pc35: 2 - a maker's revision tag on one side, "274QRF QD E2" - whatever long model
    # number both print: the code names the first revision, ``pc35.revision_tag``)
    masks["slot"] = ((_col(X, "x_slot") > 0) & own) | ((_col(X, "x_slot") == 2) & ~mpn_same)
    # session 11, accessory: one offer an accessory, part or bundle of (or for) the
    # device the other is (``accessory.accessory_conflict``) - unless the same MPN, or
    # one offer's part number printed in the other's title or text
    # (session 12: a replacement part, x_accessory 2, prints its device's model: one
    # offer's MPN printed in the other's title, 0.75, names the device, not the part)
    acc, mrel = _col(X, "x_accessory"), _col(X, "mpn_rel")
    masks["accessory"] = (acc > 0) & ((mrel < 0.75) | ((acc > 1) & (mrel < 0.9)))
    for k in ("scent", "edition", "version", "year", "platform", "device", "upgrade", "refill", "pack", "dims"):
        masks[k] = _col(X, "x_" + k) > 0
    # (review, session 40: two parts' kinds - Shimano's "HB-M6010" hub / "FH-M6010" freehub, fxou39 - its own
    # reason, right after "version", in whose column the trees see it: ``features.facet_flags``)
    kind = _col(X, "x_kind") > 0
    masks["kind"] = kind
    masks["version"] = masks["version"] & ~kind
    # session 11, wdc: two web pages that give the product the same name
    # literal (``pagename``) - a spec, number or colour after it is the
    # page's (another product it lists), no second product; nor a model
    # number, when the name prints one of its own
    page = _col(X, "name_same")
    for k in ("units", "colour", "number", "dims"):
        masks[k] = masks[k] & (page == 0)
    masks["model"] = masks["model"] & (page < 2)
    out = np.zeros(n, dtype=np.int64)
    for i in range(len(REASONS) - 1, -1, -1):
        out[masks[REASONS[i]]] = i + 1
    return out


def evidence(X) -> np.ndarray:
    """Per row: 0 no identifying evidence, 1 titles agree on every
    identifying word, 2 a shared model number, 3 the same MPN."""
    X = np.asarray(X, dtype=np.float64)
    mpn = (_col(X, "mpn_rel") >= 1.0) & (_col(X, "mpn_code") > 0)
    # (a shared line name with a generation glued on - "Fusion5", "Mach3" - names
    # the line: "Fusion5 ProGlide" and "Mach3 Turbo" print it too; only the
    # titles' words can say which product, ``features._line_codes_only``)
    line = _col(X, "code_line") > 0
    code = (
        (((_col(X, "code_shared_len") >= 5) | (_col(X, "code_specific") > 0)) & ~line)
        | (_col(X, "code_in_text") >= 1.0)
        | (_col(X, "code_prefix") >= 0.8)
        # a model number of one title printed as a token in the other (or
        # split in two there: "MM818" vs "MM 818"), with every identifying
        # word of one title in the other
        | ((_col(X, "code_strong") > 0) & (_col(X, "id_miss_min") == 0)
           & (~line | (_col(X, "id_alpha_miss_max") == 0))
           & (_col(X, "tier_differs") == 0) & ~generation_unexcused(X))
        # one offer's part number printed in the other's title or text
        | (_col(X, "mpn_rel") >= 0.75)
    )
    # one title's identifying words all in the other offer, and the other's
    # extra identifying words only specs ("gddr6x", "nvme"), never plain
    # words ("Hoyle Solitaire" vs "Hoyle South Beach Solitaire")
    title = ((((_col(X, "id_miss_min") == 0) & (_col(X, "id_alpha_miss_max") == 0)
               & (_col(X, "id_shared") >= 1))
              # (a leading name on one side only: with two identifying words shared)
              | ((_col(X, "id_lead_only") > 0) & (_col(X, "id_shared") >= 2))
              # (the same once the pieces of a model number printed on one
              # side only are set aside - ``facets.ids_agree_excused`` -, with
              # two identifying words shared: the title without the number
              # must name the product itself, "Kingston 2GB DDR2 server
              # memory" names no module)
              | ((_col(X, "id_excused") > 0) & (_col(X, "id_shared") >= 2)))
             # and the same variant words (pro, max, plus, mini, ultra, lite ...):
             # "K-Mini Plus" is another model than "K-Mini", "Ultra Fine Point"
             # another marker than "Fine Point" (variant words are no
             # identifying words, so only this sees them), and the same tier
             # words ("Typing 17 Deluxe" is not "Typing 17")
             & (_col(X, "variant_conflict") == 0) & (_col(X, "tier_differs") == 0)
             # and no generation number on one side only: "Earbuds II" is the
             # second generation of "Earbuds", "Superlight 2" the successor of
             # "Superlight" (``relations.generation_misses``; with no model
             # number, the words are the evidence)
             & (_col(X, "gen_miss") == 0))
    # (session 11, wdc: the same name literal on both pages - ``pagename``)
    title = title | (_col(X, "name_same") > 0)
    out = np.zeros(X.shape[0], dtype=np.int64)
    out[title] = 1
    out[code] = 2
    out[mpn] = 3
    return out


def generation_unexcused(X) -> np.ndarray:
    """Rows where one title prints a generation the other lacks ("GM" vs
    "GM II": a short model number both print, "f28" of "f/2.8", names the
    series, not the generation)
    (``relations.generation_misses``), the model number both print as one
    is short (1-4 characters) and no specific model number or part number is
    shared (a model number written two ways, "9N00101" / "9N00 .101", is
    left to the other evidence): such a pair has no model-number evidence."""
    return ((_col(X, "gen_miss") > 0) & (_col(X, "code_specific") == 0)
            & (_col(X, "code_shared_len") > 0) & (_col(X, "code_shared_len") < 5)
            & (_col(X, "mpn_rel") < 0.75))


EVIDENCE_TIER = ("none", "title", "model", "mpn")


def rule_group(reasons, ev) -> np.ndarray:
    """0 allowed (evidence, no conflict), 1 no identifying evidence, 2 a conflict."""
    return np.where(reasons > 0, 2, np.where(ev > 0, 0, 1))


def learned_gate(X) -> np.ndarray:
    """Rows the learned stage may call the same product, besides having no conflict
    and no identifying evidence: the titles share two or more identifying words and
    pass the other tests of title evidence - the same variant words and tier words,
    no generation on one side only (``evidence``).  What is left to judge is whether
    the words one title prints and the other does not name another product: every
    identifying word of one title is in the other ("Aladdin *Mocca* Thermavac" /
    "Aladdin *Urban* Thermavac" each name a line the other lacks), so the stage judges
    only the longer title's extra words.  Only titles named by words: none prints a model number (where one does, the number
    tells the models of a line apart and the rules read it: "LG ... Gas Range
    LRG30357SS" / "LG 5.6 cu.ft. Freestanding Electric Range"; an MPN field of one
    offer only, its title printing no number and the other offer none, is no
    such number: ``codes_one_side`` 2, ``features.code_from_mpn_only``, session 14), and no word stands
    in one title only right after a number both print, where a line names its
    variants ("Forerunner 245 Music" / "Forerunner 245"); and never an accessory's title
    against a device's ("... Sport Band" / "Apple Watch ... with Sport Band":
    ``accessory.accessory_against_device``)."""
    return ((_col(X, "id_shared") >= 2) & (_col(X, "id_miss_min") == 0) & (_col(X, "variant_conflict") == 0)
            & (_col(X, "tier_differs") == 0) & (_col(X, "gen_miss") == 0)
            & (_col(X, "codes_one_side") != 1) & (_col(X, "codes_a_b_min") == 0)
            & (_col(X, "number_word") == 0) & (_col(X, "acc_device") == 0)
            # (session 24, hh24b: two bare tools of one platform, a game's add-on pass on one side: ``learned24``)
            & (_col(X, "learned_veto") == 0))


# (session 25: the stage's rows say whether the gate passes them, and read the gate's columns the
# batch's decision path fills only where it may pass, for the wider domain, from the offers)
set_gate(learned_gate, {"tier_differs": tier_differs, "number_word": word_after_number,
                        "acc_device": accessory_against_device, "learned_veto": learned_veto})


# (session 36, ng36) the lowest trees' probability at which a row of the narrow gate is judged by the
# learned stage (below .5: rows the rules call "none").  Chosen on the Ditto sets' training splits and
# the 39 pair files the stage is trained on: every added call wrong there stood below .32 (Ditto W-A
# train .07-.16, train18b's Apple Pencil USB-C / 1st Generation .31); measured after on the 31 files of
# sessions 23-35 the stage never saw and the Ditto test splits (README, session 36).
NARROW_LOW = 0.32


def learned_thresholds(X, threshold: float, thin: float) -> np.ndarray:
    """The learned stage's threshold for each row of ``X``: ``thin`` where the titles
    share only two identifying words - a brand and one more, where the other title's
    extra words may name the line ("Hoyle *South Beach* Solitaire" / "Hoyle Solitaire")
    - else ``threshold`` (session 13).  ``thin`` too where one offer states a model
    number in its MPN field only (``codes_one_side`` 2, session 14): a number the other
    shop does not state, which may name another model of the line the words leave open
    ("Hozelock ... Hose Reel Cart with Ultraflex Hose" [2435] / "Hozelock Ultraflex Hose").
    The learned stage leaving each file out: 0.85 there, 15 more called, 13 right; 0.9,
    11 more, 11 right."""
    return np.where((_col(X, "id_shared") >= 3) & (_col(X, "codes_one_side") != 2), threshold, thin)


def decide_matrix(X, res, offers=None):
    """(calibrated score, same-product flag, tier names) for each row of ``X``.
    ``offers``: the pairs' prepared offers, (``offers_a``, ``offers_b``) aligned with
    the rows - the learned stage reads their titles too (``stage.stage_rows``); needed
    whenever ``res`` has a learned stage.

    Tiers: "mpn" / "model" / "title" (same product, by that evidence),
    "learned" (no identifying evidence read by the rules, but the titles
    agree but for words the learned stage, trained on hand-labelled pairs of
    shops' wordings, judges no other product: ``res.learned``), "none" (the
    model says different), "weak" (alike, but no identifying evidence: left
    apart), "conflict:<reason>" (a conflict vetoes it)."""
    X = np.asarray(X, dtype=np.float64)
    p = res.raw_scores(X)
    reasons = conflict_reasons(X)
    ev = evidence(X)
    group = rule_group(reasons, ev)
    allowed = group == 0
    cal = res.calibration(p, group)
    thr = res.threshold
    same = allowed & (cal >= thr)
    # a blocked pair never reaches the threshold (match_score >= THRESHOLD
    # <=> same_product); its score stays the calibrated frequency below that
    score = np.where(allowed, cal, np.minimum(cal, np.nextafter(thr, 0.0)))
    learned = np.zeros(X.shape[0], dtype=bool)
    if res.learned is not None:
        if offers is None:
            raise ValueError("decide_matrix: the learned stage reads the pairs' titles: pass offers")
        # (the pairs the trees call alike - the "weak" tier - only: the stage
        # second-guesses the rules' evidence, never the trees)
        wide = res.learned_wide is not None
        # (session 25, stage25: and the wider domain - every row of the "weak" tier the gate leaves
        # out: titles in two scripts, an identifying word of each title the rules do not read in the
        # other, one identifying word shared -, judged by trees of their own that read the titles'
        # words by meaning, at a threshold of their own: ``stage.judged_wide``, ``stage.meaning_columns``)
        narrow = learned_gate(X)
        gate = narrow | wide
        free = (reasons == 0) & (ev == 0)
        # (session 36, ng36: and the rows of the narrow gate - every identifying word of one title in
        # the other - the trees put below .5 but at ``NARROW_LOW`` or more: trained on four catalogues
        # where such titles are often two products, the trees read a longer title's extra describing
        # words ("Keurig K-Mini Single-Serve *K-Cup Pod* Coffee Maker") as another product's; the
        # narrow stage, trained on shops' wordings, judges them as it judges the weak tier)
        low = free & (p < 0.5) & (p >= NARROW_LOW) & narrow
        cand = np.flatnonzero(free & (((p >= 0.5) & gate) | low))
        # (session 25, none25: and the "none" rows - the main trees below .5 - without conflict or
        # evidence whose brands agree and whose titles share a word of letters and digits, judged
        # by the wider domain's trees where ``stage.judged_none`` says: two titles of one product in
        # two languages share few words, which the main trees read as two products)
        # (a row of both - ``low`` and a none candidate - is judged by each domain; either may call it)
        nc = (none_candidates(X, np.flatnonzero(free & (p < 0.5)), *offers)
              if wide else cand[:0])
        if len(nc):
            cand = np.concatenate([cand, nc])
        if len(cand):
            rows = stage_rows(X, cand, *offers)
            weak = np.arange(len(cand)) < len(cand) - len(nc)
            take = judged(rows) & weak
            k = np.flatnonzero(take)
            if len(k):
                take[k] = res.learned.predict(rows[k]) >= learned_thresholds(
                    X[cand[k]], res.learned_threshold, res.learned_threshold_thin)
            if wide:
                k = np.flatnonzero(np.where(weak, judged_wide(rows), judged_none(rows)))
                if len(k):
                    # (session 27, stage27: the "none" rows at a threshold of their own - they pass
                    # stricter conditions than the "weak" rows the trees are fitted on; chosen by the
                    # same rule on their own calls, ``train.choose_none_threshold``)
                    take[k] = res.learned_wide.predict(rows[k]) >= np.where(
                        weak[k], res.learned_threshold_wide, res.learned_threshold_none)
            # (never two models of one line - each title a model token the other does not print,
            # the same letters and another number: the number conflict of every tier since session
            # 26, ``model_numbers.rival_codes_missing``; session 25 asked it of this stage only)
            take = cand[take]
            learned[take] = True
            same[take] = True
            score[take] = max(res.learned_score, thr)
    # (session 39, xl39: one product titled in two languages - the brand and the product's own name
    # shared, every number agreeing, each title's other words plain words of its own language:
    # ``xl39.two_languages_one_product``)
    xl = np.zeros(X.shape[0], dtype=bool)
    if offers is not None:
        for k in np.flatnonzero((reasons == 0) & (ev == 0) & ~same).tolist():
            if _xl39.two_languages_one_product(offers[0][k], offers[1][k]):
                xl[k] = True
                same[k] = True
                score[k] = max(_xl39.SCORE, thr)  # (session 40, xl40: the rule's observed precision)
    tiers = []
    for k in range(X.shape[0]):
        if xl[k]:
            tiers.append("title")
        elif learned[k]:
            tiers.append("learned")
        elif same[k]:
            tiers.append(EVIDENCE_TIER[ev[k]])
        elif reasons[k]:
            tiers.append("conflict:" + REASONS[reasons[k] - 1])
        elif ev[k] == 0 and p[k] >= 0.5:
            tiers.append("weak")
        else:
            tiers.append("none")
    return score, same, tiers
