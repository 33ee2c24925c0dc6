"""Session 31 (gc31): groceries, drinks and personal care named in two languages - the words one
meaning has in the shops' languages that the tables did not read as one.

Two shops name one jar of jam, one bar of soap, one tin of cream in their languages: "Bonne Maman
Apricot *Conserve*" / "Bonne Maman *Aprikosen Konfitüre*", "Oreo Original *Cookies*" / "Oreo
Original *Kekse*", "Alpro *Soya* Drink" / "Alpro *Soja* Drink", "Aftershave *Balm*" / "After Shave
*Balsam*", "Pantene *Repair & Protect*" / "Pantene *Réparation & Protection*".  Each such word the
tables do not know is an identifying word the other title lacks, and the pair is left apart
("weak").  The words here are read as one value (``wordclass.SYNONYM``: a flavour's plural too,
"Mangues" / "Mango"), one kind (``wordclass.CATEGORY``, phrases in ``KIND_PHRASES``: a kind one title only
names is no disagreement, two kinds still differ), one container (the "package" spec: "jars") or as filler
(words around a count: "8 *Portionen*", a "*Sharing* Bag" - the count and the weight are compared
by their own rules).

Only free words are added (a word a table holds keeps its meaning there).  Words with a second
meaning are left out: "pet" (PET bottle / a pet's bed), "eau" (eau de toilette), "water" (water
filter, water gel), "vol" (11 % vol. / Vol. 2), "cookie" (cookie dough), "lager" / "pils" (two
styles of beer).  Tried and dropped: moving ``tiegel`` (the cosmetics pot, the synonym "jar" beside
"pot") to the package spec's jar, where "jar" itself is - "Jar" / "Tiegel" met, but "pot" /
"Tiegel" (train21a) no longer did.

This module imports no matcher module (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

# one value, several languages ({value: words}); free words only
SYNONYMS = {
    # the bean and its drink: "Soya Drink" (UK) / "Soja Drink" (DE, FR, ES, NL) / "Soy Milk" (US)
    "soy": "soy soya soja soia",
    # flavours: plurals the tables had in the singular only ("Aprikose" / "Aprikosen", "Mango" /
    # "Mangues", "Onion" / "Zwiebeln"), read by the same value as the singular
    "apricot": "apricots aprikosen abrikozen albicocche albaricoques",
    "banana": "bananes",
    "mango": "mango mangos mangoes mangue mangues",
    "lime": "limes",
    "onion": "onions oignons zwiebeln cebollas cipolle uien",
    "herbal": "herbs",
    # the French feminine ("Eau minérale naturelle")
    "natural": "naturelle naturelles",
    # a line's words in French, Spanish, Italian ("Repair & Protect" / "Réparation & Protection")
    "repair": "reparation reparacion riparazione",
    "protect": "protection",
    # a balm ("Aftershave Balm" / "After Shave Balsam" / "Baume après-rasage"); Italian "balsamo"
    # stays the conditioner it is there
    "balm": "balm balms balsam baume balsem",
    # tooth decay ("Caries Protection" / "Karies")
    "caries": "caries karies carie",
}

# kinds ({kind: words}), added beside the words a kind has
KINDS = {
    # the US word for biscuits (the plural only: "Cookie Dough" is ice cream's flavour)
    "biscuits": "cookies",
    # stacked crisps (German compound: "Pringles ... Stapelchips")
    "crisps": "stapelchips",
    # fruit preserve (UK "Conserve", IT "conserve di frutta")
    "jam": "conserve conserves",
}

# kinds written in several words ({kind: phrases}): the German name of a sweet spread ("Nutella
# Nuss-Nougat-Creme" / "Nutella Hazelnut Spread").  Tried and dropped: the Spanish "crema de cacao"
# (Nocilla) - with it read as a kind, "Nocilla Original" / "Nocilla Dúo crema de cacao y leche" was
# called one product (train14b: the "Dúo" is read as no line's name), one wrong "same" for one gain
KIND_PHRASES = {
    "spread": ("nuss nougat creme", "nougatcreme", "nuss nougat aufstrich"),
}

# containers: the "package" spec's classes ({class: words})
PACKAGES = {
    "jar": "jars",
}

# words around a count that name nothing of the product ("16 Kapseln (8 Portionen)", a
# "Sharing Bag" of 135 g: the count and the weight are compared by their own rules)
FILLER = "portionen portions porciones porzioni porties sharing"


def install(W) -> None:
    """Merge into the ``wordclass`` module ``W`` (after every other table: its last block)."""
    taken = W.word_taken
    W._add_free(W.SYNONYM, SYNONYMS)
    W._add_free(W.CATEGORY, KINDS)
    W._add_kind_phrases(KIND_PHRASES)
    W._add_free_spec("package", PACKAGES)
    W.FILLER = W.FILLER | frozenset(w for w in FILLER.split() if not taken(w))
    W._rebuild_derived(W.GENERIC)
