"""Session 34 (hk34): cookware, bakeware and hand tools as European shops name them.

A cookware maker's title is its line, the kind of piece in the shop's language and its size:
"Emile Henry Pizzastein 36 cm" / "Emile Henry pizza stone 36cm", "Pyrex Essentials Auflaufform" /
"plat à four", "WMF Gourmet Plus Kochtopf-Set 5-teilig" / "batteria di pentole 5 pezzi"; a tool
maker's the same: "Knipex Seitenschneider 70 06 160" / "diagonal cutter" / "pince coupante",
"Hazet Steckschlüsselsatz" / "socket set".  These kinds were in no table, so each such word was an
identifying word only one title printed, and the two offers of one product were left apart
("weak", ``benchmarks/pairs/train34hk.jsonl``).  The tables below are written from the languages,
concept by concept (not from pairs): a kind one title names is excused, two kinds still differ (a
pizza stone is no baking dish, a set of pots no pot).

* ``_KINDS`` / ``_KIND_PHRASES``: the diagonal cutter, the socket set, the screwdriver set, the
  baking dish, the pizza stone, the loaf tin, the grill pan, and a set of pots named by its pot
  ("Kochtopf-Set", "batteria di pentole": the tables' "cookware set", so a set is still no pot);
* ``_SYNONYMS``: a pan's coating ("beschichtet": the tables' "nonstick", as "antihaft",
  "antiaderente" already are) and a screwdriver's slotted tip ("Schlitz").

Words a table already holds keep their meaning (``wordclass._install_kinds_block`` adds free words
only).  Left out on purpose: "cutter" alone (a box cutter, a vegetable cutter), "plat" alone (French
flat, a dish), "fer" / "Eisen" (French iron is a steam iron too), "bistecchiera" (Italian grill pan and
the electric contact grill), "rund" / "ronde" (the tables read Dutch "rund" as beef), "batteria" alone
(Italian battery), "perceuse à percussion" / "trapano a percussione" as the tables' "drill" (a hammer
drill is another tool than the drill driver: "Einhell TE-CD 18/40 Li Solo trapano" / "Li-i Solo trapano a
percussione" met, da32's test).  This module imports no matcher module (``wordclass`` is passed to ``install``).
"""

from __future__ import annotations

# kinds named by one word (folded to ASCII as ``titles`` cleans: "Steckschlüsselsatz" -> "steckschlusselsatz")
_KINDS = {
    "diagonal cutter": "seitenschneider elektronikseitenschneider kniptang zijkniptang",
    "socket set": "steckschlusselsatz steckschlusselsatze steckschlussel-satz dopsleutelset doppenset",
    "screwdriver set": "schraubendrehersatz schraubendreherset schroevendraaierset",
    "baking dish": "auflaufform auflaufformen ovenschaal ovenschalen pirofila pirofile",
    "pizza stone": "pizzastein pizzasteen",
    "loaf tin": "kastenform brotbackform cakevorm",
    "grill pan": "grillpfanne grillpan",
}

# kinds named by a phrase, in the order the shops print them
_KIND_PHRASES = {
    "diagonal cutter": ("diagonal cutter", "diagonal cutters", "diagonal cutting pliers", "side cutter",
                        "side cutters", "pince coupante", "pince coupante diagonale", "tronchese",
                        "alicate de corte", "alicate de corte diagonal", "szczypce tnace boczne"),
    "socket set": ("socket set", "socket wrench set", "jeu de douilles", "coffret de douilles",
                   "set di bussole", "juego de vasos", "juego de llaves de vaso", "zestaw nasadek",
                   "zestaw kluczy nasadowych"),
    "screwdriver set": ("screwdriver set", "jeu de tournevis", "set di cacciaviti", "juego de destornilladores",
                        "zestaw wkretakow", "schraubendreher set"),
    "baking dish": ("baking dish", "casserole dish", "oven dish", "plat a four", "fuente de horno",
                    "naczynie zaroodporne"),
    "pizza stone": ("pizza stone", "pierre a pizza", "pietra per pizza", "pietra pizza", "piedra para pizza",
                    "kamien do pizzy"),
    "loaf tin": ("loaf tin", "loaf pan", "moule a cake", "stampo plumcake", "stampo per plumcake"),
    "grill pan": ("grill pan", "griddle pan", "poele gril", "poele grill", "sarten grill", "patelnia grillowa"),
    # a set of pots named by its pot: a set still, no pot ("Kochtopf-Set 5-teilig" / "Kochtopf 20 cm")
    "cookware set": ("kochtopf set", "topf set", "pfannen set", "batteria di pentole", "set di pentole",
                     "juego de ollas", "bateria de cocina", "pannenset", "zestaw garnkow"),
}

# one value written in several languages
_SYNONYMS = {
    # a pan's coating: German shops say "beschichtet" (coated) for the non-stick pan
    "nonstick": "beschichtet beschichtete",
    # a screwdriver's slotted tip
    "slotted": "slotted schlitz",
}


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only.  As ``toys33.install``: ``_add_kinds``
    rebuilds ``GENERIC`` and ``_KINDS`` from the tables alone, so the words earlier blocks added to them
    (ml27's function words in ``GENERIC``) are kept here - ``_install_kinds_block`` dropped them, and six
    true pairs of other files were lost (a Crocs clog, a Greek AirPods title, two books)."""
    W.install_block(_KINDS, _KIND_PHRASES, _SYNONYMS)
