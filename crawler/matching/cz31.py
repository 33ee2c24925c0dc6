"""Session 31 (cz31): Czech, Slovak and Polish e-shop words the tables did not read.

Alza, Mall, CZC, Datart (CZ / SK) and x-kom, Morele, Allegro, Ceneo (PL) lead a title with the
kind of product in the shop's language, often as a noun and its adjective ("Dysk zewnętrzny WD
Elements", "Kamera sportowa GoPro", "Chytré hodinky Amazfit", "Čistička vzduchu Tesla",
"Oczyszczacz powietrza Xiaomi"), where the maker's own title or another country's shop names no
kind.  A kind named on one side only is no identifying word (``wordclass.shop_wording``), but
these words were in no table, so the pair was left apart ("weak").  The tables below are written
from the languages, concept by concept (not from pairs): each phrase names one kind of product,
and every word of it (the adjective too) is then read as that kind; a kind the other title names
otherwise still keeps the two apart.

* ``_KINDS`` ({kind: words}), ``_KIND_PHRASES`` ({kind: phrases}): kinds, in the folded ASCII
  ``titles`` cleans to ("Ładowarka sieciowa" -> "ladowarka sieciowa");
* ``_SYNONYMS``: one value written in several languages (a fragrance's concentration: "EDP" =
  "parfémovaná voda" = "woda perfumowana" = "Eau de Parfum");

Words a table already holds keep their meaning (``wordclass._add_kinds`` / ``_add_synonyms``
add free words only).  Left out: "dysk" alone (a disk of any kind, and a drive's part), "sada" /
"zestaw" (a set: a pack count the number rules read), "auto" (a car, and "automatic").
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# kinds named by one word (folded to ASCII)
# --------------------------------------------------------------------------
_KINDS = {
    "smartwatch": "smartwatche smartwatcha smartwatchu",
    "mascara": "rasenka rasenku rasenky maskara",
    "foundation": "podklad podkladu makeupu",
    "building blocks": "klocki kostky stavebnice stavebnica stavebnicu",
    "teddy bear": "medvidek medvedik misiu",
    "toy cars": "anglicak anglicaky autka autiacka samochodzik resorak resoraki",
    "thermos": "termoska termosky termos termosu",
    "brush heads": "koncowki hlavice hlavic nastavce",
    "pouches": "kapsicky kapsicka saszetki saszetka vrecka vrecko",
}
# kinds named by a noun and its adjective, in the order the shops print them
_KIND_PHRASES = {
    "external drive": ("dysk zewnetrzny", "zewnetrzny dysk", "externi disk", "externi hdd", "externi ssd",
                       "externy disk", "dysk przenosny", "przenosny dysk", "externi pevny disk",
                       "dysk twardy zewnetrzny"),
    "action camera": ("kamera sportowa", "sportovni kamera", "sportova kamera", "outdoorova kamera"),
    "charger": ("ladowarka sieciowa", "ladowarka samochodowa", "sitova nabijecka", "sietova nabijacka",
                "nabijecka do site", "nabijacka do siete"),
    "mouse": ("mysz gamingowa", "mysz bezprzewodowa", "mysz komputerowa", "mysz optyczna", "herni mys",
              "herna mys", "bezdratova mys", "bezdrotova mys", "pocitacova mys"),
    "smartwatch": ("chytre hodinky", "inteligentne hodinky", "smart hodinky", "zegarek sportowy",
                   "sportovni hodinky", "sportove hodinky", "inteligentny zegarek"),
    "purifier": ("oczyszczacz powietrza", "cisticka vzduchu", "cistic vzduchu",
                 "ciscicka vzduchu", "ciscic vzduchu"),
    "mop": ("mop obrotowy", "mop plaski", "rotacni mop", "rotacny mop", "plochy mop"),
    "thermos": ("termos obiadowy", "termos na jedzenie", "termoska na jidlo", "termoska na jedlo",
                "jidelni termoska", "termos turystyczny"),
    "brush heads": ("nahradni hlavice", "nahradne hlavice", "koncowki do szczoteczki", "koncowki wymienne",
                    "wymienne koncowki", "nahradni hlavicky", "nahradne hlavicky"),
    "blades": ("wklady do maszynki", "nahradni britky", "nahradne britvy", "ostrza do maszynki"),
    "mascara": ("tusz do rzes", "rasenka na oci"),
    "foundation": ("make up", "podklad do twarzy", "podklad pod makijaz", "tekuty make up"),
    "building blocks": ("klocki magnetyczne", "magneticka stavebnice", "magneticka stavebnica",
                        "klocki konstrukcyjne", "stavebnice kostek", "magneticke kostky"),
    "teddy bear": ("pluszowy mis", "plysovy medvidek", "plysovy medved", "plysovy medvedik",
                   "plysak medvidek", "mis pluszowy", "maskotka mis"),
    "toy cars": ("autko zabawkowe", "samochod zabawkowy", "auticko na hrani"),
    "board game": ("gra planszowa", "gra towarzyska", "deskova hra", "spolecenska hra",
                   "spolocenska hra", "stolni hra", "stolova hra"),
    # a card game is no board game: "Catan gra karciana" / "Catan gra planszowa" (session 34, dev34)
    "card game": ("gra karciana", "karetni hra", "kartova hra"),
    "doll house": ("domek dla lalek", "domecek pro panenky", "domcek pre babiky", "domek dla lalki"),
    "light bulb": ("zarowka led", "led zarovka", "led ziarovka", "zarovka led", "ziarovka led"),
    "shampoo": ("szampon przeciwlupiezowy", "sampon proti lupum", "sampon proti lupinam",
                "szampon do wlosow", "sampon na vlasy"),
    "cleanser": ("emulsja do mycia", "emulsja do mycia twarzy", "zel do mycia twarzy", "cistici emulze",
                 "cistiaca emulzia", "cistici gel", "cistiaci gel", "pena do mycia"),
    # (a chef's knife; "nóż kuchenny" / "kuchyňský nůž" is any kitchen knife: left out)
    "chef knife": ("noz szefa kuchni", "kucharsky nuz", "nuz kucharsky"),
    # (a set of pans is its own kind: never one pan of the line)
    # ("sada nádobí", "zestaw garnków" are the tables' cookware: a set of pots and pans)
    "pan set": ("sada panvi", "zestaw patelni", "sada panvic", "set panvic"),
}
# one value written otherwise: a fragrance's concentration, in the shops' words ("EDP" itself stays as it is:
# ``english_titles.acronym_of_run`` reads it as "Eau de Parfum"; "Parfum" alone is another concentration,
# and Czech "toaletní" is the toilet paper's word)
_SYNONYMS = {
    # (a bucket is a part of a mop set, no kind: read as a kind, "Spin Mop and Bucket System" named two)
    "bucket": "kbelik kybel kybl wiadro wiaderko vedro",
    # a light's colour temperature ("teplá bílá" / "ciepła biel" = warm white; "studená" / "zimna" = cool)
    "warm": "tepla teple teply ciepla cieply cieple",
    "cool": "studena studene studeny zimna zimny zimne",
    # Apple's Space Gray in Czech and Slovak ("vesmírně šedý", "vesmírne sivý")
    "space": "vesmirne vesmirna vesmirny",
    # a pet food's or a soup's poultry, in the adjectives (as "drůbež" already is)
    "poultry": "drubezi drubeziho drubezim drobiowa drobiowy drobiowe drobiu hydinova hydinovy hydinove",
    "edp": "parfemovana perfumowana parfumovana",
    "edt": "toaletowa toaletna",
}
# (the words each table left for a phrase's other word: "woda" / "voda" of "woda perfumowana", "eau de
# ..." are mineral water's words, kept as they are: the concentration word beside them names the product)


# the pieces of a puzzle or a building set, counted ("1000 dílků", "62 dílů", "500 dielikov"): count words,
# the number is compared by the number rules (as "szt", "ks", "elementów" are)
_FILLER = "dilku dilky dilek dieliky dielikov dielov dielikmi elementu"


def install(W) -> None:
    """Merge the tables into ``wordclass`` (``W``); free words only."""
    W._install_kinds_block(_KINDS, _KIND_PHRASES, _SYNONYMS, _FILLER)
