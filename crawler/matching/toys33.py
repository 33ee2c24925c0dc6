"""Session 33 (tb33): toys, games, baby and pet products as shops in the US, UK, Germany, France,
Spain, Italy, the Netherlands and the Middle East title them - the kinds of the trade in the
shops' languages that no table read.

A toy, game, baby or pet shop names a product by its brand, line, size and count; the rest of its
title is the kind in the shop's language ("Dreamies Cat Treats" / "Dreamies Katzensnacks", "Trixie
Dog Bed" / "Hundebett", "Catit Flower Fountain" / "Catit Trinkbrunnen Flower Fountain", "Flexi
New Classic" / "flexi Roll-Leine", "Maxi-Cosi Pebble 360 Baby Car Seat" / "Babyschale", "Card Game"
/ "Kartenspiel" / "jeu de cartes").  Each such word the tables did not know was an identifying
word only one title printed, and the pair was left apart ("weak").  The tables below are written
from the languages, concept by concept (not from pairs): a kind one title names is excused, two
kinds still differ ("Cat Treats" are no "Cat Food", a "Collar" no "Leash").

* ``_KINDS`` / ``_KIND_PHRASES``: card games a kind of their own (session 34, dev34: read as the
  tables' board game until session 33 "Catan Kartenspiel" / "Catan Brettspiel" came out one product,
  then as no kind, which parted "UNO Card Game" / "UNO Kartenspiel"), a game's genre in one German word as filler
  ("Familienspiel", "Partyspiel"), a base game's words ("Grundspiel", "jeu de base":
  the base game named as such; an expansion's word stays an identifying word), jigsaws, toy
  blasters, pet treats, pet beds, pet water fountains, collars, leashes, harnesses, the infant
  car seat ("Babyschale") and the car seat ("siège auto", "seggiolino auto");
* ``_SYNONYMS``: a game's expansion in more languages (the tables' "dlc", as "Erweiterung":
  "uitbreiding", "espansione", "ampliación"; not "extension": Catan's "5-6 Player Extension" is no
  expansion), a bottle's teat ("Teat" / "tettarella" / "tetina" / "speen": a value, not a kind - a bottle
  is the tables' package spec, no kind, and a teat kind against it was excused: "Natural Response Teat"
  / "Natural Response Bottle" came out one product) and a teat's flow ("Flow" / "Durchfluss" / "flusso"
  / "flujo");
* ``_MOISTURE``: a pet food's wet or dry form as one word ("Nassfutter", "Trockenfutter",
  "droogvoer", "natvoer"): the tables' moisture spec, so wet and dry still differ;
* ``_TO_KINDS``: the lexicon's stroller, pacifier and soft-toy words ("Kinderwagen", "Schnuller",
  "Kuscheltier") had become values of the English word, as the tables registered the English
  kind after the lexicon merged: they are that kind, as "stroller", "pacifier" and "plush" are.

Left out on purpose: "Sauger" (DE teat and a vacuum cleaner: "Akku-Sauger"), "Geschirr" alone (DE
harness and tableware), "collier" (FR collar and necklace), "correa" (ES leash and belt / strap),
"riem" (NL leash and belt), "lead" (EN leash and the metal), "seggiolino" alone (IT car seat, bike
seat, high chair), "snack" / "snacks" alone (a grocery's snack bars), "clumping" (a litter's kind,
against a non-clumping one), "debit" (FR flow, EN debit card), "fountain" alone (a product's name:
"Catit Flower Fountain").  This module imports no matcher module (``wordclass`` is passed to
``install``).
"""

from __future__ import annotations

# kinds named by one word (folded to ASCII as ``titles`` cleans: "Spielfigur" -> "spielfigur")
_KINDS = {
    # a base game is a board game to the tables (their class of a tabletop game).  Not a card game: many
    # games are sold as both, and the form word is all that tells "Catan Kartenspiel" from "Catan
    # Brettspiel" (the third attacker's eleven wrong "same", session 33, dev33)
    "board game": "grundspiel basisspiel basisspel bordspel bordspellen",
    # ... but a kind of its own, in every language: "UNO Card Game" / "UNO Kartenspiel" (session 34, dev34)
    "card game": "kartenspiel kartenspiele kaartspel kaartspellen",
    # a doll's pram is no pram ("Puppenwagen Cybex Priam" / "Cybex Priam Kinderwagen", session 33, dev33)
    "doll pram": "puppenwagen puppenkinderwagen puppenbuggy",
    "puzzle": "jigsaw jigsaws",
    "blaster": "blaster blasters",
    "pet treats": "katzensnack katzensnacks hundesnack hundesnacks leckerli leckerlis "
                  "friandises kattensnoepjes hondensnoepjes",
    "pet bed": "hundebett hundebetten katzenbett katzenbetten hundekorb hondenmand kattenmand cuccia "
               "legowisko",
    "pet fountain": "trinkbrunnen katzenbrunnen",
    # (not the bare English "collar" / "harness": a shirt's "Stand Collar", a boot line "Harness" - the
    # third attacker's wrong "same"; the pet's phrases below, session 33, dev33)
    "collar": "halsband halsbander collare obroza",
    "leash": "leash leashes leine hundeleine rollleine laisse guinzaglio smycz hondenriem",
    "harness": "hundegeschirr brustgeschirr katzengeschirr harnais pettorina",
    "infant car seat": "babyschale babyschalen",
    "car seat": "autositz autositze",
    "litter": "klumpstreu",
}
# kinds named by a phrase (an English noun phrase, or a noun and its complement)
_KIND_PHRASES = {
    "board game": ("family board game", "base game", "jeu de base", "juego base", "gioco base",
                   "cooperative board game"),
    "card game": ("card game", "card games", "jeu de cartes", "juego de cartas", "gioco di carte"),
    "puzzle": ("jigsaw puzzle", "jigsaw puzzles"),
    "pet treats": ("cat treats", "dog treats", "cat snacks", "dog snacks", "snack per gatti", "snack per cani",
                   "snacks para gatos", "snacks para perros", "friandises pour chat", "friandises pour chien"),
    "pet bed": ("dog bed", "dog beds", "cat bed", "cat beds", "pet bed", "pet beds", "panier pour chien",
                "cama para perro", "cama para perros", "cuccia per cani"),
    "pet fountain": ("water fountain", "drinking fountain", "pet fountain", "cat fountain", "fontaine a eau",
                     "fuente de agua", "fontanella per gatti", "drinkfontein"),
    "doll pram": ("doll pram", "dolls pram", "doll stroller", "poussette de poupee", "passeggino per bambole",
                  "carrito de munecas"),
    "harness": ("dog harness", "cat harness", "dog harnesses", "puppy harness"),
    "collar": ("dog collar", "dog collars", "cat collar", "cat collars", "puppy collar", "flea collar", "flea and tick collar", "tick collar", "collier antiparasitaire"),
    "leash": ("retractable leash", "retractable lead", "dog lead", "dog leash", "roll leine", "laisse enrouleur",
              "correa extensible", "guinzaglio avvolgibile"),
    "car seat": ("siege auto", "seggiolino auto", "silla de coche", "silla de auto"),
}
# a game's genre in one German word ("Familienspiel", "Partyspiel"): no form - a party game may be a card
# game or a board game -, so no kind (as a kind it parted "Codenames Party Game" / "Codenames Board Game"
# when written as English phrases, which stay words of their own)
_FILLER = "familienspiel familienspiele partyspiel partyspiele"
# one value written in several languages
_SYNONYMS = {
    # a game's expansion (the tables' class: "expansion", "Erweiterung")
    "dlc": "erweiterungen uitbreiding uitbreidingen espansione ampliacion",
    # a bottle's teat: a value, not a kind ("Natural Response Teat" / "Natural Response Bottle": a bottle
    # is the tables' package spec, no kind, so a teat kind against it was excused - two products called one)
    "teat": "teat teats tettarella tettarelle tetina tetinas tetine speen spenen",
    # a teat's or a bottle's flow ("Flow 3" / "Durchflussstufe 3", "Flusso Medio" / "Medium Flow")
    "flow": "flow durchfluss durchflussstufe flusso flujo",
}
# a pet food's wet or dry form named by one word (the tables' "moisture" spec: wet / dry)
_MOISTURE = {
    "wet": "nassfutter katzennassfutter hundenassfutter natvoer",
    "dry": "trockenfutter katzentrockenfutter hundetrockenfutter droogvoer",
}
# the lexicon's words of these English kinds, which it had registered as values (``wordclass.SYNONYM``)
_TO_KINDS = ("stroller", "pacifier", "plush")


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only, but for ``_TO_KINDS``.  As
    ``sport32.install``: ``_add_kinds`` rebuilds ``GENERIC`` and ``_KINDS`` from the tables alone, so
    the words earlier blocks added to them (function words in ``GENERIC``) are kept here."""
    taken = W.word_taken
    generic, known = W.GENERIC, W._KINDS
    W._add_kinds({k: " ".join(w for w in ws.split() if not taken(w)) for k, ws in _KINDS.items()}, _KIND_PHRASES)
    W._add_synonyms({c: " ".join(w for w in ws.split() if not taken(w)) for c, ws in _SYNONYMS.items()})
    W.FILLER = W.FILLER | frozenset(w for w in _FILLER.split() if not taken(w))
    W._add_free_spec("moisture", _MOISTURE)
    for w, c in [(w, c) for w, c in W.SYNONYM.items() if c in _TO_KINDS and W.CATEGORY.get(c) == c]:
        del W.SYNONYM[w]
        W.CATEGORY.setdefault(w, c)
    W._rebuild_derived(generic, known)



# --------------------------------------------------------------------------
# a construction set called a set (read by ``variants._excused``)
# --------------------------------------------------------------------------
# A construction set is sold by its maker's set number and name: "LEGO 10497 Galaxy Explorer" / "LEGO
# 10497 Galaxy Explorer Set for Adults" / "LEGO 10497 Galaxy Explorer Bauset".  A "Set" closing its name
# names its kind, as "Building Set" or "Bausatz" do: every item of such a maker's range is a set, so the
# word is no variant in the slot after the set number (``variants``; in other trades "Knife Set" is
# another product than "Knife", and the word stays a variant there).  Read only where both titles print
# the maker's name; two set numbers still differ by the number rules.
# (session 38, we38: and the other makers that number every item of their range once - Schleich's figures and
# sets, Brio's, Sylvanian Families', Revell's and Tamiya's kits: "Schleich 42437 Pferdestall" / "... Horse
# Stable"; not the puzzle makers, whose "1000" is the pieces)
SET_MAKERS = frozenset("lego playmobil cobi schleich brio sylvanian revell tamiya".split())
_SET_WORDS = frozenset("set sets bauset bausatz bouwset juego".split())


def set_called_set(w: str, words, other_words) -> bool:
    """Is ``w`` the word "set" in a construction-set maker's title, the maker named by both titles?"""
    return w in _SET_WORDS and not SET_MAKERS.isdisjoint(words) and not SET_MAKERS.isdisjoint(other_words)
