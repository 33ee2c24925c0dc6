"""Claims on a pack: words a shop prints about a product that name no product (session 27, fill27).

Household, personal-care and grocery shops add to a title what the pack claims: how it was
tested ("Dermatologist Tested", "dermatologisch getestet", "Vet Recommended"), a certification ("EWG
Verified", "USDA Organic", "Non-GMO", "Cruelty Free"), a packaging claim ("Recyclable",
"Resealable", "Flip-Top Packs", "Value Pack", "Vorteilspack", "New Look"), how long it lasts
("Long Lasting"), a rank ("America's #1 Favorite"), a listing's disclaimer ("Packaging May Vary"),
a partner's technology ("Powered by Braun"), a health or recipe claim ("Heart Healthy", "Immune
Support", "No Artificial Colors", "Non-Comedogenic"), a care claim of housewares ("Dishwasher
Safe", "spülmaschinenfest"), a gift suggestion ("Perfect Gift", "idée cadeau").  The other shop leaves them out; the product is the
same.  These words are read by the title tier as filler where one title prints them alone
(``wordclass.rewording``: one step, ``install``): never a word that names a variant - a scent,
flavour, strength, formulation, size, count or a line name ("Sensitive", "Original", "Max",
"Ultra", "Pro", "Organic", "Vegan", "Halal", "Sulfate Free" stay identifying words).

Two kinds of entries:

* ``WORDS``: a word that is a claim wherever it stands ("recyclable", "dermatologically").
* ``PHRASES``: words that are a claim only inside the phrase ("Long Lasting": "Long" alone is a
  size; "Flip-Top Packs": "Flip" alone is a line name, "Infantino Flip 4-in-1 Carrier").  A word
  of a phrase is excused only where its title prints the whole phrase.

The lists are written in the shops' languages: EN DE FR ES IT NL PT CS PL (accents folded, as
titles are read).
"""
from __future__ import annotations

import sys

# words that are a claim wherever they stand: who tested a product, a certifier's name, a packaging
# claim
WORDS = frozenset("""
dermatologist dermatologists dermatologically dermatologisch dermatologiquement dermatologicamente
dermatologico dermatologica dermatologicky dermatologicznie dermatologique
ophthalmologist ophthalmologically ophtalmologiquement oftalmologicamente
clinically cliniquement clinicamente klinicky klinicznie
recyclable recyclables recycelbar recycelbare recycelbarer recycelbares recycelbaren recyclebaar recyclebare
reciclable reciclables riciclabile riciclabili reciclavel reciclaveis recyklovatelny recyklovatelne
recyklovatelna
resealable reclosable wiederverschliessbar refermable
longlasting langanhaltend
usda ewg gmo ogm gentechnikfrei
noncomedogenic
spulmaschinenfest spulmaschinengeeignet mikrowellengeeignet backofenfest vaatwasserbestendig vaatwasserveilig
sparpack vorteilspack vorratspack voordeelverpakking voordeelpak
geschenkidee
""".split())

# phrases (words in title order, as ``Prepared.words`` reads them) that are a claim as a whole
_PHRASES = """
long lasting
lang anhaltend
longue tenue
lunga durata
langdurig
dlouhotrvajici
tested dermatologically
teste dermatologiquement
testado dermatologicamente
testato dermatologicamente
dermatologist tested
dermatologist recommended
dermatologically tested
dermatologisch getestet
dermatologisch getest
dermatologicky testovano
testowany dermatologicznie
clinically proven
clinically tested
klinisch getestet
klinisch getest
cliniquement prouve
cliniquement teste
clinicamente testato
clinicamente probado
pediatrician recommended
dentist recommended
doctor recommended
allergy tested
flip top
pop top
easy open
easy pour
non gmo
non ogm
sans ogm
sin ogm
senza ogm
ohne gentechnik
cruelty free
leaping bunny
rainforest alliance
heart healthy
immune support
overall health
packaging may vary
package may vary
verpackung kann variieren
emballage peut varier
empaque puede variar
america s 1
america s favorite
america s favourite
americas favorite
americas 1
1 favorite
1 selling
1 brand
new formula
improved formula
neue formel
neue rezeptur
nouvelle formule
nueva formula
nuova formula
value pack
pack ahorro
formato ahorro
formato convenienza
formato risparmio
confezione risparmio
clean removal
ewg verified
usda certified
gmo project verified
dermatologist approved
dermatologist developed
dermatologist formulated
vet recommended
vet approved
veterinarian recommended
dentist approved
pediatrician approved
doctor approved
non comedogenic
dishwasher safe
microwave safe
oven safe
freezer safe
lave vaisselle compatible
compatible lave vaisselle
apto lavavajillas
apto para lavavajillas
lavabile in lavastoviglie
eco friendly
environmentally friendly
sustainably sourced
responsibly sourced
no artificial flavors
no artificial flavours
no artificial colors
no artificial colours
no artificial preservatives
no artificial ingredients
no preservatives
gift idea
perfect gift
great gift
ideal gift
idee cadeau
idea regalo
idea regalo
design may vary
label may vary
box may vary
artwork may vary
styles may vary
style may vary
colours may vary
colors may vary
modele aleatoire
modeles aleatoires
motif aleatoire
modelo aleatorio
modelos aleatorios
modello casuale
modelli assortiti
losowy wzor
losowy model
nahodny vyber
nahodny motiv
essential oils
essential oil
atherische ole
atherischen olen
huiles essentielles
aceites esenciales
oli essenziali
etherische olien
broad spectrum
new look
new packaging
new design
neue verpackung
nouvel emballage
nuevo envase
nuova confezione
"""
PHRASES = tuple(tuple(x.split()) for x in _PHRASES.strip().splitlines() if x.strip())



def phrases_by_word(phrases, *, digits: bool = True) -> dict:
    """{word: [the phrases it stands in]} of a table of phrases (tuples of words); ``digits=False`` leaves
    out words of digits alone (claims, offer_terms)."""
    index: dict = {}
    for ph in phrases:
        for w in ph:
            if digits or not w.isdigit():
                index.setdefault(w, []).append(ph)
    return index


# the phrases each word stands in
_PHRASES_OF = phrases_by_word(PHRASES, digits=False)

# "Powered by Braun", "Powered by Alexa": a partner's technology the maker names; the one word
# after "powered by" is a claim as "powered" and "by" are (the other shop's title names the
# product without it)
_POWERED = ("powered", "by")


def _in_phrase(w: str, ws, ph) -> bool:
    n = len(ph)
    for i, x in enumerate(ws):
        if x == w:
            k = ph.index(w)
            j = i - k
            if j >= 0 and tuple(ws[j:j + n]) == ph:
                return True
    return False


def _after_powered(w: str, ws) -> bool:
    return any(x == w and i >= 2 and ws[i - 2] == "powered" and ws[i - 1] == "by" for i, x in enumerate(ws))


def excused(w: str, p, other) -> int | None:
    """1 when ``w`` (a word of p's title the other offer never prints) is a claim of p's title
    (``WORDS``, or a word inside one of the ``PHRASES`` p's title prints whole, or "powered by"
    and the name after it); None otherwise (the next check decides)."""
    if w in WORDS:
        return 1
    ws = p.words
    phs = _PHRASES_OF.get(w)
    if phs is not None:
        for ph in phs:
            if _in_phrase(w, ws, ph):
                return 1
    if w in _POWERED:
        if _in_phrase(w, ws, _POWERED):
            return 1
    elif "powered" in ws and _after_powered(w, ws):
        return 1
    return None


def tiers_in_claims(tiers, p) -> bool:
    """Does every tier word of ``tiers`` (words of p's title only p prints, as ``wordclass.canon``
    writes them) stand inside a claim phrase of p's title ("Air Freshener, *Essential* Oils": no
    "Essential" edition; "Maxi-Cosi Pebble 360 *Essential* Black" names one)?  For
    ``facets.tier_differs``: a tier word in a claim is no tier."""
    ws = p.words
    for w in tiers:
        if not any(_in_phrase(w, ws, ph) for ph in _PHRASES_OF.get(w, ())):
            return False
    return True


def _gate(w: str) -> bool:
    # (any alphabetic word: the name after "powered by" is one)
    return w.isalpha()


def install(W) -> None:
    """Add the claims to ``wordclass``'s rewording steps (``W``: the module)."""
    W._add_steps(((_gate, excused),))


def install_here() -> None:
    install(sys.modules[__package__ + ".wordclass"])
