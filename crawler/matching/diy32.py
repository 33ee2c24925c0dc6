"""Session 32 (da32): DIY tools, garden machines and car parts as European and US shops name them.

A German shop titles a Makita or Stihl machine "Akku-Heckenschere", "Motorsense", "Laubbläser", a
French one "taille-haie", "débroussailleuse", "souffleur", an Italian one "tagliasiepi",
"decespugliatore", "soffiatore"; the maker's English title says "Hedge Trimmer", "Brushcutter",
"Blower".  A kind named on one side only is no identifying word (``wordclass.shop_wording``), and a
kind named otherwise is the same kind - but these words were in no table, so the two titles of one
machine each printed an identifying word the other lacked ("weak"), and a kind word right after
the shared model number read as a variant of the model ("DUB184Z *Akku* ..." / "DUB184Z 18V ...",
``variants.slot_conflict``).  The tables below are written from the languages, concept by concept
(not from pairs): each word or phrase names one kind, and every word of a phrase is read as it.

* ``_KINDS`` ({kind: words}), ``_KIND_PHRASES`` ({kind: phrases}): in the folded ASCII ``titles``
  cleans to ("Nass-/Trockensauger" -> "nass trockensauger", "taille-haie" -> "taille haie");
* ``CORDLESS``: the word saying a machine runs on a battery, before or after its kind
  ("Akku-Rasenmäher", "tronçonneuse à batterie", "kosiarka akumulatorowa", "Cordless Drill"):
  no kind of its own there (``Akku`` alone is the battery), read by ``wordclass.shop_wording``.

Words a table already holds keep their meaning (``wordclass._add_kinds`` adds free words only):
"tondeuse" stays the hair clipper ("tondeuse à gazon" is the mower's phrase already).  Left out:
a tyre's season (a line name says it: "Alpin" / "WinterContact" / "CrossClimate"; the season
words are read as the tyre's kind, so "Sommerreifen" / "pneu été" / "opona letnia" print no word
the other lacks), "olej" alone (any oil: cooking oil too), "combi" alone (a boiler, an oven).
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# kinds named by one word (folded to ASCII)
# --------------------------------------------------------------------------
_KINDS = {
    "drill": "schroefboormachine accuboormachine",
    "impact driver": "drehschlagschrauber akkudrehschlagschrauber slagschroevendraaier",
    "rotary hammer": "bohrhammer kombihammer akkubohrhammer perforateur perforatore mlotowiertarka boorhamer",
    "circular saw": "cirkelzaag handcirkelzaag",
    "jigsaw": "pendelhubstichsage wyrzynarka decoupeerzaag",
    "lawn mower": "tagliaerba rasaerba cortacespedes benzinrasenmaher akkurasenmaher elektrorasenmaher",
    "chainsaw": "chainsaw chainsaws kettensage motorsage akkukettensage tronconneuse motosega elettrosega "
                "motosierra kettingzaag",
    "hedge trimmer": "heckenschere akkuheckenschere tagliasiepi cortasetos heggenschaar hedgetrimmer",
    "trimmer": "rasentrimmer motorsense freischneider debroussailleuse decespugliatore tagliabordi "
               "desbrozadora podkaszarka grastrimmer bosmaaier strimmer brushcutter",
    "blower": "laubblaser blower blowers souffleur soffiatore soplador dmuchawa bladblazer",
    "vacuum": "trockensauger nasssauger aspiratutto allesszuiger",
    "steam cleaner": "dampfreiniger stoomreiniger parownica",
    "window vacuum": "aspiravetri lavavetri limpiacristales",
    "light bulb": "scheinwerferlampe halogenlampe halogenlampen autolampe autolampen",
    "wiper blade": "scheibenwischer wischblatt wischblatter wischerblatt wischerblatter heckwischer "
                   "flachbalkenwischer tergicristallo tergicristalli limpiaparabrisas wycieraczka "
                   "wycieraczki ruitenwisser ruitenwissers wisserblad wisserbladen",
    "motor oil": "motorol motorenol motorolie motoroil",
    "battery": "akumulator autobatterie starterbatterie autoaccu akumulatorowa akumulatorowy akumulatorowe",
    "battery charger": "batterieladegerat autobatterieladegerat prostownik",
    "tyre": "sommerreifen winterreifen ganzjahresreifen allwetterreifen zomerband winterband "
            "allseasonband letnia zimowa caloroczna estivo invernale",
}

# kinds named by a phrase, in the order the shops print them
_KIND_PHRASES = {
    "impact driver": ("impact driver", "visseuse a chocs", "visseuse a impact", "avvitatore ad impulsi",
                      "avvitatore a impulsi", "atornillador de impacto", "zakretarka udarowa"),
    "impact wrench": ("impact wrench", "boulonneuse a chocs", "avvitatore a massa battente", "llave de impacto",
                      "klucz udarowy"),
    "rotary hammer": ("rotary hammer", "sds hammer", "marteau perforateur", "martello perforatore",
                      "martillo perforador"),
    "angle grinder": ("meuleuse d angle", "smerigliatrice angolare", "szlifierka katowa", "haakse slijper",
                      "amoladora angular"),
    "circular saw": ("pilarka tarczowa", "pila tarczowa"),
    "lawn mower": ("robot tondeuse", "tondeuse robot", "robot koszacy", "robot kosiacy", "robotic mower",
                   "robot mower", "robotic lawn mower", "robot lawn mower", "robot tagliaerba",
                   "robot rasaerba", "robot cortacesped"),
    "chainsaw": ("chain saw", "pilarka lancuchowa", "pila lancuchowa"),
    "hedge trimmer": ("hedge trimmer", "taille haie", "nozyce do zywoplotu"),
    "trimmer": ("coupe bordure", "coupe bordures", "line trimmer", "string trimmer", "grass trimmer",
                "kosa spalinowa"),
    "blower": ("leaf blower",),
    # ("aspirateur eau et poussières" left out: with it "Kärcher ... WD 3 P avec prise de courant" and "Kärcher
    # WD 3 Wet and Dry Vacuum Cleaner" agreed but for words the learned stage let pass - the "P", glued to its
    # number as "3p", is read as a count of pieces)
    "vacuum": ("nass trockensauger", "wet and dry vacuum", "wet dry vacuum",
               "wet dry vac", "odkurzacz wielofunkcyjny", "nat droogzuiger"),
    "steam cleaner": ("steam cleaner", "nettoyeur vapeur", "nettoyeur a vapeur", "pulitore a vapore",
                      "limpiador a vapor"),
    "light bulb": ("lampes de phare", "lampe de phare", "ampoule de phare", "lampada alogena",
                   "lampadina alogena", "lampadine alogene", "bombilla halogena", "headlight bulb",
                   "headlight bulbs", "lampe halogene"),
    "wiper blade": ("wiper blade", "wiper blades", "balai d essuie glace", "balais d essuie glace",
                    "balai essuie glace", "balais essuie glace", "essuie glace", "balai arriere",
                    "spazzole tergicristallo", "spazzola tergicristallo", "escobilla limpiaparabrisas",
                    "escobillas limpiaparabrisas", "flat blade", "beam wiper blade"),
    "motor oil": ("huile moteur", "olio motore", "aceite de motor", "aceite motor", "olej silnikowy",
                  "engine oil", "motor oil"),
    "battery": ("batterie voiture", "batteria auto", "bateria de coche", "akumulator samochodowy",
                "car battery"),
    "tyre": ("all season tire", "all season tyre", "pneu ete", "pneu hiver", "pneu 4 saisons",
             "neumatico de verano", "neumatico de invierno", "neumatico todo tiempo", "pneumatico quattro stagioni",
             "opona letnia", "opona zimowa", "opona caloroczna", "todo tiempo", "toutes saisons", "4 saisons",
             "quattro stagioni"),
    # a car battery's charger ("Batterieladegerät", "chargeur de batterie", "prostownik"): no battery
    "battery charger": ("chargeur de batterie", "battery charger", "cargador de baterias", "cargador de bateria",
                        "caricabatterie per auto"),
}

# every word of the phrases above: a word of one of these phrases, inside it, names the kind
# (``wordclass._category_word``; only these phrases' words: older tables' phrases keep their reading)
PHRASE_WORDS = frozenset(w for phs in _KIND_PHRASES.values() for ph in phs for w in ph.split()
                         if w not in ("a", "d", "de", "do", "et", "and", "ad"))

# the word saying a machine runs on a battery ("Akku-Heckenschere", "tosaerba a batteria", "kosiarka
# akumulatorowa", "Cordless Drill"): next to a kind word (or a kind word and "a" / "à" between), no
# kind of its own
CORDLESS = frozenset("""
akku accu cordless akumulatorowa akumulatorowy akumulatorowe batteria batterie bateria
""".split())


# a machine's engine: petrol ("Benzin-Motorsäge", "tronçonneuse thermique", "tosaerba a scoppio", "motosierra
# de gasolina", "pilarka spalinowa") - a third class of the "power" spec (electric / manual): named on one side
# only it is no disagreement, against "elektrisch" it is ("gas" left out: a gas grill, a gas cooker)
PETROL = "benzin benzina benzine thermique scoppio gasolina petrol spalinowa spalinowy spalinowe"


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only."""
    global PHRASE_WORDS
    # (a word of an older table's phrase keeps that phrase's reading: "balai" of "aspirateur balai")
    PHRASE_WORDS = PHRASE_WORDS - frozenset(w for ph in W.KIND_PHRASES for w in ph.split())
    W._add_kinds(_KINDS, _KIND_PHRASES)
    for w in PETROL.split():
        if w not in W.CATEGORY and w not in W.SYNONYM and w not in W._SPEC_OF:
            W.SPEC["power"][w] = "petrol"
            W._SPEC_OF[w] = ("power", "petrol")
