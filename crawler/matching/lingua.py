"""One concept, many languages: the words shops of several countries write for the same
colour, the same kind of product and the same pack, read as one value (session 16, ml;
issue 12, multilingual recall).

Two shops in two countries name one product in two languages: "Victorinox Taschenmesser
Huntsman rot" / "Victorinox Coltellino svizzero Huntsman rosso", "Kiwi Schoenpoets Zwart" /
"KIWI cirage noir", "IKEA KALLAX Stellingkast wit" / "IKEA KALLAX hylla vit".  The words
that say *which* product (Victorinox, Huntsman, KALLAX, the size) are printed by both; the
words that say *what kind* of product it is and *which colour* are each shop's language.
The rules ask for titles that agree on every identifying word, so each such word the
tables do not know is a disagreement and the pair is left apart ("weak").

This module holds those words as concepts, each with its words in the major European
languages (EN DE FR NL IT ES PT PL CS SK HU RO TR SV DA NO; folded to ASCII as
``titles`` cleans them: "Wąż" -> "waz") - one table, several languages per concept:

* ``KINDS``: kinds of product ({kind: words}).  Merged into ``wordclass.CATEGORY``, so
  a kind one title names in its language and the other in another is one kind (the
  titles agree), a kind only one title names is no disagreement, and two titles naming
  two kinds still differ (``wordclass._kinds_missing``: only an insertion is excused).
* ``KIND_PHRASES``: kinds written in several words ("coltellino svizzero", "myjka
  ciśnieniowa", "window vac") - ``wordclass.KIND_PHRASES``.
* ``COLOURS``: colour words of the languages the colour tables lacked (Nordic,
  Romanian, Hungarian, Turkish forms) - ``synonyms.MORE_COLOURS``, so "vit" is "white":
  against "wit" it agrees, against "zwart" it is a colour conflict.
* ``FILLER``: the words shops put around a count or a pack ("zgrzewka", a shrink-wrapped
  pack; "bax", a crate) - a count is compared by the number rules.
* ``SYNONYMS``: one value written several ways in several languages (``wordclass.SYNONYM``).
* ``ARABIC``: the Arabic words of the same kinds, read by ``arabic.to_latin``.

A word already in a table keeps its meaning there (only free words are added); words with
a second meaning in some language are left out (listed beside each concept).  Brands are
never here: names are read by the consonant skeletons (``scripts``, ``cyrgreek``).

Two rewordings between two titles in two languages are steps of ``wordclass.rewording``
(``STEPS``): one word inflected otherwise ("ronde" / "rond", "Muskeln" / "Muskel":
``inflected_in``) and the word naming what a percentage measures ("70% Cacao" / "70 %":
``measure_at_percentage``).  The Japanese, Chinese and Korean words of these concepts are
``cjk``'s one table, read by its one reader (``cjk.to_latin``); the katakana and hangul names
it does not read are keyed here (``katakana_keys``).

``install`` merges the tables; ``wordclass`` calls it once, at the end of its import
(``synonyms`` merges ``COLOURS`` when it builds its colour table).  This module imports
none of the matcher's modules (they are passed to ``install``).
"""

from __future__ import annotations

from .memos import cached as _cached
from .offermemo import per_offer as _per_offer
from . import we38 as _we38  # (fxwe38: a leaf module - an Italian size suffix)
from wordfreq import zipf_frequency as _zipf_frequency  # a dependency of the project (pyproject.toml)


@_cached(1 << 16)  # (a memo: ``memos``)
def zipf(word: str, lang: str) -> float:
    """A word's frequency in a language on wordfreq's Zipf scale (log10 of its count per billion words; 0 for a
    word the lists do not hold) - the one reader of ``en39``, ``xl39`` and ``ou39`` (session 39)."""
    return _zipf_frequency(word, lang)

# --------------------------------------------------------------------------
# kinds of product: {kind: words}; an existing kind's name where one exists (its words
# are added beside the ones it has)
# --------------------------------------------------------------------------
KINDS = {
    # cutlery and tools (not "mala" - Czech small -, "kast" - Dutch any cupboard -, "regal" -
    # English -, "trolley" - a shopping or serving one too -, "myjka" - any washer -,
    # "spaghetti" - one shape of pasta, and "pasta" names any)
    "knife": "knife knives messer taschenmesser couteau couteaux coltello coltelli coltellino navaja navajas "
             "cuchillo cuchillos faca facas canivete zakmes mes fickkniv kniv lommekniv scyzoryk noz noze "
             "nuz kapesnik zsebkes bicak caki cutit briceag",
    "scissors": "scissors schere scheren ciseaux forbici forbice tijeras tijera tesoura tesouras schaar "
                "scharen sax saxar saks nozyczki nuzky noznice ollo makas foarfeca foarfece keukenschaar "
                "kuchenschere haushaltsschere universalschere universalsax kokssax",
    "axe": "yxa okse okser kirves topor fejsze balta",
    "hose": "waz slang slange slangen tomlo furtun mangueira gartenschlauche",
    "sprinkler": "postrikovac locsolo fiskiye vattenspridare spreder sprenger aspersor",
    "shelf": "stellingkast boekenkast hylla hyllor bokhylla reol reoler polica policka",
    "pressure washer": "hogedrukreiniger hogtryckstvatt hoytrykksspyler hojtryksrenser",
    "window vacuum": "fenstersauger ruitenzuiger",
    "shoe polish": "schoenpoets schuhcreme cirage lustrascarpe betun graxa skokram skocreme",
    "stain remover": "vlekverwijderaar fleckentferner detachant smacchiatore quitamanchas tiranodoas "
                     "odplamiacz odstranovac folttisztito",
    "suitcase": "suitcase suitcases luggage koffer valise valises maleta maletas valigia valigie "
                "walizka walizki kufr borond valiz resvaska kuffert koffert handbagage handgepack",
    "ironing board": "strijkplank bugelbrett strykbrada strygebraet",
    "coffee filter": "kaffeefilter filtertuten koffiefilters koffiefilter kaffefilter",
    "food container": "frischhaltedose vorratsdose vershoudbakje lunchbox matlada",
    "cake tin": "tortaforma springform springvorm tortiera tortenform bakvorm",
    "sprinkles": "hagelslag chocoladehagel schokostreusel vermicelles",
    "kettle": "konvice kanvica vizforralo fierbator vannkoker vattenkokare elkedel",
    "seasoning": "seasoning wurze streuwurze flussigwurze assaisonnement condimento sazonador",
    "liqueur": "liqueur likor likoer likeur liquore licor lichior liker likier",
    "router": "ruter",
    "shower gel": "showergel douchegel sprchovy dusjsape duschtval",
}

# (session 17, ml17) the same kinds in the languages and forms the table lacked: Nordic,
# Turkish, Slavic (Cyrillic as ``cyrgreek`` reads it: "наушники" naushniki, "пылесос"
# pylesos), Greek; robot vacuums written as one word.  (Not "skal" - Norwegian "shall" -,
# "controle" - French control -, "eger" - a Hungarian town -, "kafes" - Turkish cage.)
_KINDS17 = {
    "controller": "handkontroll handkontroller spelkontroll kontroler kontrolera ovladac ovladace kumanda kumandasi "
                  "manettes dzhoistik geimpad",
    "console": "konsol konsolu",
    "headphones": "horlurar horetelefoner hodetelefoner naushniki navushniki",
    "mouse": "mysh myshka",
    "keyboard": "tangentbord klaviatura",
    "vacuum": "dammsugare stovsuger supurge pylesos robotstofzuiger robotdammsugare aspirator",
    "shampoo": "shampoing schampo shampun",
    "toothpaste": "tandkram tannkrem",
    "soap": "tval saebe sapun mylo",
    "coffee_beverage": "kofe bryggkaffe filterkaffe filterkaffee kokkaffe",
    "milk": "moloko",
    "printer": "skrivare",
    "camera": "fotoapparat",
    "toothbrush": "tandborste tannborste",
    "diapers": "blojor bleer podguzniki",
    "laptop": "noutbuk",
    "tablet": "planshet",
}


def add_words(table: dict, more: dict) -> None:
    """Add ``more`` ({key: "word word ..."}) to ``table`` of the same shape: a key's words
    after the words the table has for it (``KINDS`` here, ``arabic``'s word table)."""
    for key, words in more.items():
        table[key] = (table[key] + " " + words) if key in table else words


add_words(KINDS, _KINDS17)

# (session 18, ml18) the same kinds in the languages the tables lacked: Finnish, Estonian,
# Latvian, Lithuanian, Turkish, Greek (as ``cyrgreek`` reads it), Malay / Indonesian, and the
# Nordic and German compounds of a kind ("kokkiveitsi", "kockkniv", "Kochmesser": a chef's
# knife).  (Not "lid" - "saucepan & lid": one product with its lid -, Estonian "hall" - English -, Latvian "pele" - Portuguese skin -, Swedish "ost"
# - German east -, Malay "mi" - Xiaomi's line - nor "roti" as Indian shops write it, a flatbread.)
_KINDS18 = {
    "knife": "veitsi kokkiveitsi kockkniv kokkekniv kokkekniven kochmesser chefmesser koksmes",
    "vacuum": "tolmuimeja siurblys puteklsucejs polynimuri porszivo",
    "mouse": "hiir hiiri manguhiir pelihiiri",
    "speaker": "skanda skalrunis garsiakalbis kaiutin hogtalare hoyttaler hojttaler hoparlor",
    "toothbrush": "hammasharja sepetelis",
    "coffee": "kahvinkeitin kaffebryggare kaffemaskine kaffetrakter kahve_makinesi",
    "coffee_beverage": "kahvi suodatinkahvi kohv kafija kahve",
    "game": "peli pelit paichnidi oyun",
    "lawn mower": "robotgrasklippare robottiruohonleikkuri ruohonleikkuri grasklippare plaeneklipper gressklipper "
                  "mahroboter maehroboter robotmaaier",
    "shaving foam": "parranajovaahto rakskum barberskum",
    "mug": "mug mugs muki mugg krus",
    "french press": "stempelkande stempelkanne presskanna pressokannu",
    "bread": "bread breads brot brood leipa",
    "curry": "curry kari",
    "sauce": "sauce saus salsa",
    "vinegar": "vinegar suka cuka essig azijn etikka",
    "water": "mineraalwater mineralvatten kivennaisvesi mineralwasser",
    "shampoo": "sampo sampon",
    "cheese": "juusto juustot kaas kase fromage formaggio queso peynir",
    "beer": "abdijbier olut",
    "controller": "cheiristirio cheiristiria",
}
add_words(KINDS, _KINDS18)

# (session 20, ml20b) kinds of the German, Dutch and French shops in the plural and compound forms
# the tables lacked: Dutch puzzles, French and German pans ("3 pièces poêles", "Pfannenset"),
# German cloths and tissues ("10 Tücher")
_KINDS20B = {
    "puzzle": "puzzel puzzels legpuzzel",
    "frying pan": "poeles pfannen koekenpannen",
    "tissues": "tucher tuecher",
}
add_words(KINDS, _KINDS20B)
# (and a stick or cordless vacuum as French and Dutch name it: "aspirateur balai sans fil" - "fil"
# alone is dental floss -, "steelstofzuiger", German "Akkusauger")
add_words(KINDS, {"vacuum": "steelstofzuiger akkusauger akkustaubsauger"})
_PHRASES20B = {"vacuum": ("aspirateur balai", "aspirateur traineau", "akku staubsauger")}
# (and household, cosmetics and office kinds of the German, Dutch and French shops the tables lacked:
# micellar water, highlighters, glue sticks, vacuum bags, brush heads, a pressure cooker, a shaver,
# a laser rangefinder, a running watch; "krat" / "kratje", a Dutch crate of bottles, as "Kasten")
add_words(KINDS, {
    "micellar water": "mizellenwasser micellairwater",
    "highlighter": "textmarker leuchtmarker markeerstift markeerstiften surligneur surligneurs "
                   "evidenziatore evidenziatori subrayador subrayadores",
    "glue stick": "klebestift klebestifte lijmstift lijmstiften",
    "vacuum bags": "staubbeutel staubsaugerbeutel stofzuigerzakken stofzakken",
    "brush heads": "aufsteckburste aufsteckbursten ersatzburste ersatzbursten opzetborstel opzetborstels brossettes "
                   "testine",
    "pressure cooker": "snelkookpan",
    "shaver": "elektrorasierer nassrasierer",
    "rangefinder": "entfernungsmesser laserentfernungsmesser telemetre afstandsmeter",
    "smartwatch": "laufuhr sportuhr gpsuhr hardloophorloge sporthorloge",
    # plant drinks, each its own kind (an oat drink is no soy drink): the German, Dutch and Nordic
    # compounds, the Romance phrases below
    "oat drink": "hafermilch haferdrink havermelk haverdrank havredryck havredrik havredrikk kaurajuoma",
    "soy drink": "sojadrink sojamilch sojamelk sojadrank sojadryck",
    "almond drink": "mandeldrink mandelmilch amandelmelk amandeldrank mandeldryck",
})
_PHRASES20B.update({
    "micellar water": ("micellar water", "eau micellaire", "acqua micellare", "agua micelar", "micellair water",
                       "woda micelarna"),
    "glue stick": ("glue stick", "colle baton", "baton de colle", "colla stick", "barra de pegamento"),
    "vacuum bags": ("vacuum bags", "sacs aspirateur", "sacs d aspirateur"),
    "brush heads": ("brush heads", "replacement heads", "tetes de brosse"),
    "pressure cooker": ("cocotte minute",),
    "rangefinder": ("laser rangefinder", "telemetre laser", "laser entfernungsmesser"),
    "smartwatch": ("running watch", "gps watch", "montre gps", "montre de course"),
    # (the legal grade of a jam in the EU, 45% fruit: "Konfitüre extra", "confiture extra", "extra jam" -
    # the jam the maker sells; what jam it is the fruit says)
    "jam": ("konfiture extra", "confiture extra", "extra jam", "marmellata extra", "mermelada extra", "jam extra"),
    "oat drink": ("oat drink", "oat milk", "boisson a l avoine", "boisson avoine", "bebida de avena",
                  "bevanda di avena", "bevanda all avena", "boisson d avoine"),
    "soy drink": ("soy drink", "soya drink", "soy milk", "soya milk", "boisson soja", "boisson au soja",
                  "bebida de soja", "bevanda di soia", "lait de soja"),
    "almond drink": ("almond drink", "almond milk", "boisson amande", "boisson a l amande", "bebida de almendra",
                     "bevanda di mandorla", "lait d amande"),
})


# kinds written in several words (every word of the phrase then names the kind)
KIND_PHRASES = {
    "knife": ("swiss army knife", "coltellino svizzero", "couteau suisse", "navaja suiza", "zwitsers zakmes",
              "schweizer taschenmesser", "scyzoryk szwajcarski", "kapesni nuz", "canivete suico"),
    "axe": ("splitting axe", "siekiera rozlupujaca", "hache a fendre", "sekera stipaci", "sekera rozstepovaci",
            "ascia da spacco", "hacha de partir", "kloofbijl", "klyvyxa", "kloyveoks"),
    "hose": ("garden hose", "waz ogrodowy", "zahradni hadice", "tuyau d arrosage", "tubo da giardino",
             "manguera de jardin", "mangueira de jardim", "bahce hortumu", "kerti tomlo"),
    "pressure washer": ("pressure washer", "myjka cisnieniowa", "vysokotlaky cistic", "nettoyeur haute pression",
                        "lavadora de alta presion", "hidrolimpiadora de alta presion", "magasnyomasu moso"),
    "window vacuum": ("window vac", "window vacuum", "nettoyeur de vitres", "aspirateur a vitres",
                      "aspirateur vitres", "lavavetri elettrico", "limpiacristales electrico", "myjka do okien",
                      "cistic oken", "vysavac na okna"),
    "shoe polish": ("shoe polish", "pasta do butow", "krem do butow", "cirage chaussures", "crema de zapatos"),
    "stain remover": ("stain remover", "tira nodoas", "odstranovac skvrn"),
    "suitcase": ("hand luggage", "cabin luggage", "carry on", "bagage a main", "bagaglio a mano",
                 "equipaje de mano", "bagagem de mao", "bagaz podreczny"),
    "ironing board": ("ironing board", "planche a repasser", "tabla de planchar", "asse da stiro",
                      "deska do prasowania", "zehlici prkno", "tabua de passar"),
    "coffee filter": ("coffee filters", "coffee filter", "filtres a cafe", "filtri caffe", "filtros de cafe",
                      "filtry do kawy"),
    "food container": ("food container", "food storage container", "boite de conservation", "contenitore alimentare",
                       "pojemnik na zywnosc"),
    "cake tin": ("cake tin", "cake pan", "moule a gateau", "molde para tartas", "forma do pieczenia",
                 "forma na peceni"),
    "kettle": ("vodni konvice", "elektricka konvice", "rychlovarna konvice", "czajnik elektryczny"),
    "shower gel": ("gel douche", "gel de ducha", "gel doccia", "zel pod prysznic", "sprchovy gel", "dus jeli",
                   "shower gel", "gel de dus"),
    # (session 17, ml17) Vietnamese writes a kind in syllables of their own: "Điện thoại" a phone,
    # "Máy lọc không khí" an air purifier, "Bột giặt" washing powder, "Cà phê" coffee, "Sữa
    # rửa mặt" a facial cleanser, "Nước mắm" fish sauce
    "phone": ("dien thoai", "dien thoai di dong"),
    "purifier": ("may loc khong khi",),
    "detergent": ("bot giat", "nuoc giat"),
    "coffee_beverage": ("ca phe",),
    "cleanser": ("sua rua mat",),
    "fish sauce": ("fish sauce", "nuoc mam"),
    # (session 18, ml18) Lithuanian, Turkish, Malay / Indonesian and Vietnamese kinds of several words
    "toothbrush": ("dantu sepetelis", "dis fircasi"),
    "shaving foam": ("skutimosi putos", "tras kopugu", "busa cukur"),
    "vacuum": ("dulkiu siurblys",),
    "smartwatch": ("akilli bileklik", "akilli saat"),
    "noodles": ("instant noodles", "mi segera", "mi instan", "mie instan"),
    "water": ("air mineral",),
    "shampoo": ("dau goi",),
    "milk": ("sua tuoi",),
    "yogurt": ("sua chua",),
    # (session 19, ml19) a water filter jug in the European languages ("Dzbanek filtrujący Brita
    # Marella" / "BRITA Marella filtrační konvice"; not a razor's "náhradní hlavice" / "ostrza
    # wymienne" as blades: read so, "Mach3" / "Mach3 Turbo ostrza" was one product - the slot rule
    # takes "Turbo" before words the other title lacks for a description)
    "filter jug": ("water filter jug", "dzbanek filtrujacy", "filtracni konvice", "filtracna kanvica",
                   "wasserfilter kanne", "vizszuro kancso"),
}

for _k, _v in _PHRASES20B.items():
    KIND_PHRASES[_k] = KIND_PHRASES.get(_k, ()) + _v

# --------------------------------------------------------------------------
# colours of the languages the colour tables lacked ({word: colour}).  Left out with a
# second meaning: Danish / Norwegian "sort" (a sort), "rod" (a rod), "bla"; Romanian "alb",
# "alba" (an album, Spanish dawn), "rosie"; Turkish "mor", "sari" (a sari); Hungarian "kek";
# Polish "gra" (a game); Portuguese "roda" (a wheel); Italian plurals that are names
# ("Rossi", "Bianchi") and "vita" (life).
# --------------------------------------------------------------------------
COLOURS = {
    # Swedish, Danish, Norwegian
    "vit": "white", "vitt": "white", "hvid": "white", "hvide": "white", "hvit": "white",
    "hvite": "white", "svart": "black", "svarta": "black", "svarte": "black", "gul": "yellow", "gula": "yellow",
    "gule": "yellow", "gron": "green", "grona": "green", "gronne": "green", "gronn": "green", "grona ": "green",
    "graa": "grey", "rott": "red", "blaa": "blue", "brun": "brown",
    # (session 40, xl40) "blå" as the folding writes it, and the Hungarian blue ("kék"): "Fazer Blå" / "Fazer
    # Sininen", "gelpenna, blå" / "Gelschreiber, blau" name one colour
    "bla": "blue", "kek": "blue",
    "bruna": "brown", "rosa ": "pink", "lilla": "purple",
    # Romanian
    "rosu": "red", "negru": "black", "neagra": "black", "albastru": "blue",
    "albastra": "blue", "galben": "yellow", "galbena": "yellow", "maro": "brown",
    # Hungarian
    "zold": "green", "barna": "brown", "lila ": "purple", "rozsaszin": "pink",
    # Turkish
    "bej": "beige", "gri ": "grey", "kahverengi": "brown", "mavi": "blue",
    # Italian, Portuguese and Polish forms the tables lacked
    "giallo": "yellow", "gialla": "yellow", "gialli": "yellow", "rossa": "red",
    "nera": "black", "neri": "black", "bianca": "white", "castanho": "brown",
    "czarna": "black", "czarne": "black", "biala": "white", "biale": "white",
    # (session 17, ml17) the colour names phone, tablet and watch makers give, in the
    # languages the tables lacked: graphite (Nordic, Polish, Czech, Turkish "grafit", Dutch
    # "grafiet"), midnight (Nordic "midnatt" / "midnat", Polish genitive "polnocy" - "w
    # kolorze północy"), starlight (Dutch), titanium (French, Italian / Spanish, Dutch),
    # turquoise (Nordic, Czech, Polish, Italian, Spanish / Portuguese, Turkish, Dutch: "blue",
    # as the tables read "turquoise" - since session 38, fxeu38, turquoise, a colour of its own);
    # Turkish writes a colour after a name with its possessive ending ("Uzay Grisi" space
    # grey, "Gece Mavisi" night blue)
    "grafit": "grey", "grafiet": "grey", "midnatt": "midnight", "midnat": "midnight", "polnocy": "midnight",
    "sterrenlicht": "starlight", "titane": "titanium", "titanio": "titanium", "titaan": "titanium",
    "turkis": "turquoise", "tyrkys": "turquoise", "turkus": "turquoise", "turchese": "turquoise",
    "turquesa": "turquoise", "turkuaz": "turquoise", "turkoois": "turquoise", "tyrkysova": "turquoise",
    "tyrkysovy": "turquoise", "tyrkysove": "turquoise",
    "grisi": "grey", "mavisi": "blue", "siyahi": "black", "beyazi": "white",
    # (session 17, ml17) Indonesian and Malay ("Hitam" black, "Putih" white ...; not "abu-abu"
    # grey - "Abu" starts Arabic names -, nor "coklat" - brown and chocolate -, nor "perak" -
    # silver and a Malaysian state, session 18)
    "hitam": "black", "putih": "white", "merah": "red", "biru": "blue", "hijau": "green",
    "kuning": "yellow", "ungu": "purple", "emas": "gold", "oranye": "orange",
    # the neuter forms of Czech and Slovak colours the tables lacked (their feminine and
    # masculine forms are there), Romanian silver, gold and orange, Hungarian orange (not
    # Romanian "roz", "mov" - a video's extension -, nor Turkish "altin", a name too)
    "stribrne": "silver", "strieborne": "silver", "ruzove": "pink", "fialove": "purple", "zlute": "yellow",
    "zlte": "yellow", "zlate": "gold", "hnede": "brown", "oranzove": "orange", "argintiu": "silver",
    "auriu": "gold", "portocaliu": "orange", "narancs": "orange",
    # (session 18, ml18) Finnish, Estonian, Latvian and Lithuanian colours (their masculine and
    # feminine forms; not Estonian "must" and "hall", English words), Turkish titanium and navy
    "musta": "black", "mustat": "black", "valkoinen": "white", "valkoiset": "white", "sininen": "blue",
    "punainen": "red", "vihrea": "green", "keltainen": "yellow", "harmaa": "grey", "hopea": "silver",
    "ruskea": "brown", "valge": "white", "sinine": "blue", "punane": "red", "roheline": "green",
    "kollane": "yellow", "melns": "black", "melna": "black", "balts": "white", "zils": "blue", "zila": "blue",
    "sarkans": "red", "sarkana": "red", "dzeltens": "yellow", "dzeltena": "yellow", "peleks": "grey",
    "juodas": "black", "juoda": "black", "baltas": "white", "balta": "white", "melynas": "blue", "melyna": "blue",
    "raudonas": "red", "raudona": "red", "zalias": "green", "zalia": "green", "geltonas": "yellow",
    "pilkas": "grey", "pilka": "grey", "sidabrinis": "silver", "sidabrine": "silver",
    "titanyum": "titanium", "lacivert": "navy",
    # French plurals of colours ("Joy-Con blancs")
    "blancs": "white", "blanches": "white", "noirs": "black", "noires": "black", "rouges": "red", "verts": "green",
    "vertes": "green", "bleus": "blue", "bleues": "blue", "jaunes": "yellow",
}
# (session 22, ml22a) nickel, a finish makers name as a colour ("Yellow/Nickel", "žlutý/nikl"), in the
# European languages; Danish / Norwegian "sort" (black) is read by ``sort_black`` (below)
COLOURS.update({"nickel": "nickel", "nikl": "nickel", "nikkel": "nickel", "nichel": "nickel",
                "niquel": "nickel", "nikiel": "nickel", "niklova": "nickel", "niklovy": "nickel"})
COLOURS = {k.strip(): v for k, v in COLOURS.items()}
# (session 23, lex23) the vocabulary of ``lexicon``: its colour words the table lacked
from . import lexicon as _lexicon  # noqa: E402  (a leaf module of tables)

COLOURS.update({_w: _c for _w, _c in _lexicon.COLOURS.items() if _w not in COLOURS})

# words shops put around a count or a pack: no identifying words (the count is compared
# by the number rules).  "zgrzewka" (a Polish shrink-wrapped pack), "bax" (a Romanian
# crate), "kasten" (a German crate), "pak"/"pakke" (Nordic pack), "tlg"/"teilig" (German
# "3-teilig": pieces), "sztuki", "darab" (Hungarian pieces), "adet" (Turkish pieces).
FILLER = ("zgrzewka zgrzewki bax baxuri kasten pak pakke pakning tlg teilig teiliges tlgs sztuki darab db adet "
          "stykker styck stk "
          # (session 17, ml17: "downloadable", a licence's delivery - as "download" is; Indonesian
          # "isi 24" holding 24, "kemasan" a packaging, "garansi resmi" official warranty)
          "descargable telechargement telechargeable scaricabile isi kemasan garansi resmi "
          # (session 18, ml18: Indonesian / Malay boxes and packs - "1 Dus isi 40", "1 Karton (40
          # Bungkus)", "Pek" -, Turkish "Türkiye Garantili" (a warranty of the country), Vietnamese
          # "Chính hãng" (genuine), "hộp" a box, "lốc" a pack, "gói" a sachet)
          "dus karton bungkus pek garantili garantisi turkiye chinh hang hop loc goi "
          # (Turkish "Sürüm": an edition, as "edition" is)
          "surum surumu")

# (session 17, ml17) words of a spec the tables read in English ({English word: words}, each
# read as the English word's class, ``wordclass._SPEC_OF``): wireless in Ukrainian, Turkish,
# Nordic, Russian and Greek forms.  (Not the German chocolate "Tafel" - a bar -: Dutch "tafel" is
# a table, session 18.)  (Not the Czech "plech",
# a can - its "sklo", a glass bottle, is no word of a table: a can against a bottle was one.)
SPECS = {
    "wireless": "bezdrotovy bezdrotova bezdrotovi kablosuz tradlos tradlosa tradlose tradlost tradlaus "
                "besprovodnoy besprovodnaya besprovodnye besprovodnoi asyrmato asyrmata "
                # (session 18, ml18: Estonian, Lithuanian, Latvian, Finnish)
                "juhtmeta juhtmevaba belaidis belaide belaides bezvadu langaton langattomat langattomat",
    "electric": "elektrinis elektrine elektriskais elektriline sahkoinen",
    "bottle": "botol "  # (Indonesian, Malay)
              # (session 18, ml18: Dutch "flesjes", German, Nordic, Finnish bottles)
              "flesjes flessen fles flaschen flaske flasker pullo pullot",
    "bar": "kaka",  # (Swedish: "mjölkchoklad kaka", a bar of milk chocolate)
    "can": "kaleng",
}

# one value in several languages ({value: words}) - a word of ``wordclass.SYNONYM``
SYNONYMS = {
    "wafer": "waffeln wafels gofry gofrety oplatek",
    # dark chocolate, dark roast (German "dunkle Schokolade"; "zartbitter", "fondente", "puur" are there)
    "dark": "dunkel dunkle dunkles dunkler dunklen tmava tmave ciemna ciemny sotet koyu mork morkt mork",
    # (session 17, ml17) the "space" of a colour name ("Space Gray": Turkish "Uzay Grisi")
    "space": "uzay",
    # (session 17, ml17) gaming, digital, charger, cable and case in the languages and forms the
    # tables lacked (Slavic, Turkish, Dutch, Portuguese, Swedish, Norwegian, Greek; Russian as
    # ``cyrgreek`` reads it)
    "gaming": "herna herne herny igrovaya igrovoy igrovoi igrovye oyuncu gamingowa gamingowy gamingowe",
    "chocolate": "shokolad",
    "spray": "vaporisateur zerstauber vaporizador vaporizzatore verstuiver",
    "digital": "digitaal digitalna cyfrowa cyfrowy dijital tsifrovoi tsifrovoy",
    "charger": "carregador laddare",
    "cable": "kablo",
    "case": "coque capa pouzdrem kilif chekhol",  # (not Dutch "deksel": a lid, session 18)
    # (session 18, ml18) a beer's style, organic, cups in the languages the tables lacked
    "pilsner": "pils pilsner pilsener",
    "organic": "eko ekologisk ekologiska ekologiskt okologisk okologisch oekologisch luomu ekologiczny",
    "cups": "cup kopper koppar kuppia tasses tazas tazze",
    # (session 19, ml19b) what a licence counts in Polish: a device ("urządzenie"), a workstation
    # ("stanowisko") - one seat of the licence either way
    "device": "urzadzenie urzadzenia urzadzen stanowisko stanowiska stanowisk",
    "refill": "recambio recambios ricambio ricambi navulling navullingen nachfullpack nachfullbeutel recarga "
              "recharge uzupelnienie wklad naplne napln utantolto yedek",
}

# (session 20, ml20b) the kinds, packs, count words and listing notes of South-East Asian shops
# (Indonesian / Malay, Tagalog, Vietnamese): ``sea_words``, a leaf module of tables
from . import sea_words as _sea  # noqa: E402

add_words(KINDS, _sea.KINDS)
for _k, _v in _sea.KIND_PHRASES.items():
    KIND_PHRASES[_k] = KIND_PHRASES.get(_k, ()) + _v
FILLER = FILLER + " " + _sea.FILLER + " krat kratje"
add_words(SYNONYMS, _sea.SYNONYMS)

# (session 22, ml22a) European shops naming one product in two languages (an English and a
# German / Swedish / Polish / Dutch / French / Spanish title): the kinds, containers, care words,
# the sun protection factor and the nickel finish the tables lacked, in EN DE FR NL IT ES PT PL CS
# and the Nordic languages.  (Not Spanish "tienda" - a shop too -, "pala" - a shovel and a paddle
# -, Dutch "lamp" - any lamp -, "lakier" alone - any varnish: Polish hairspray is a phrase.)
_KINDS22 = {
    "drill": "skruvdragare borrskruvdragare borrmaskin skruemaskine boreskrutrekker akkuporakone "
             "boorschroefmachine",
    "battery": "batteri batterier batteriet akumulator akumulatora akumulatory akumulatorem akumulatoru",
    "backpack": "backpack backpacks rucksack rucksacke ryggsack ryggsaeck rygsaek ryggsekk reppu rugzak "
                "plecak batoh ruksak zaino mochila",
    "light bulb": "bulb bulbs zarowka zarowki gluhbirne leuchtmittel ampoule ampoules lampadina lampadine "
                  "bombilla bombillas gloeilamp zarovka ziarovka",
    "spade": "spade spaten beche schop vanga rydel ryc",
    "hairspray": "hairspray haarspray haarlack haarlak",
    "toolbox": "toolbox werkzeugkoffer werkzeugkasten werkzeugbox gereedschapskist gereedschapskoffer "
               "verktygslada",
    "travel bag": "duffel duffle reisetasche sporttasche weekendtas",
    "smartwatch": "multisporthorloge smartklocka sportklocka multisportuhr",
    "hot air brush": "warmluftburste warmluftbuerste airstyler",
    "day cream": "tagespflege tagescreme dagcreme",
    "board game": "brettspiel gesellschaftsspiel gezelschapsspel boardgame",
    # toy cars, a toy race track, a football, a sparkling-water maker (not English "cars" - Disney's
    # line -, nor "auto" alone - an automatic mode -, nor "circuit" - any circuit -, nor "balon" - a
    # balloon too: the Spanish football is a phrase)
    "toy cars": "autos voitures macchinine coches samochodziki samochodzikow samochodziky autootjes",
    "race track": "rennbahn autorennbahn racebaan carreraban",
    "football": "fussball fussbal voetbal futbol pallone",
    "angle grinder": "vinkelslip vinkelsliber vinkelsliper rebarbadora",
    "sparkling water maker": "wassersprudler trinkwassersprudler bruiswatermaker gasatore saturator",
}
add_words(KINDS, _KINDS22)
for _k, _v in {
    "light bulb": ("light bulb", "smart bulb", "led bulb", "zarowka led", "ampoule led"),
    "hairspray": ("hair spray", "lakier do wlosow", "laque cheveux", "laque pour cheveux", "laca de pelo",
                  "laca para el pelo", "lacca per capelli", "lak na vlasy"),
    "toolbox": ("tool box", "caja de herramientas", "boite a outils", "cassetta degli attrezzi",
                "cassetta porta attrezzi", "skrzynka narzedziowa", "kufr na naradi"),
    "tent": ("namiot kempingowy", "namiot turystyczny", "tienda de campana", "tente de camping",
             "tenda da campeggio", "camping tent"),
    "travel bag": ("duffel bag", "duffle bag", "travel bag", "sac de voyage", "bolsa de viaje", "borsa da viaggio",
                   "torba podrozna", "cestovni taska"),
    "hot air brush": ("hot air brush", "brosse soufflante", "brosse soufflante rotative", "rotating hot air brush",
                      "spazzola ad aria calda", "cepillo de aire caliente", "cepillo moldeador"),
    "day cream": ("day cream", "soin de jour", "creme de jour", "crema de dia", "creme de dia", "crema giorno",
                  "crema da giorno", "krem na dzien", "denni krem"),
    "vacuum": ("tycovy vysavac", "tyczowy odkurzacz", "odkurzacz pionowy", "steelstofzuiger"),
    "coffee": ("cafetiere italienne", "caffettiera moka", "moka pot", "cafetera italiana"),
    "race track": ("race track", "racing track", "circuit de course", "circuit de voitures", "pista de carreras",
                   "pista da corsa", "tor wyscigowy"),
    "football": ("balon de futbol", "ballon de football", "ballon de foot", "pallone da calcio", "bola de futebol",
                 "pilka nozna", "fotbalovy mic"),
    "sparkling water maker": ("sparkling water maker", "machine a soda", "machine a eau petillante",
                              "maquina de agua con gas", "ekspres do wody gazowanej"),
    "angle grinder": ("szlifierka katowa", "uhlova bruska", "haakse slijper", "smerigliatrice angolare",
                      "amoladora angular", "angle grinder"),
    "board game": ("board game", "jeu de societe", "gioco da tavolo", "juego de mesa", "gra planszowa",
                   "spolecenska hra", "jogo de tabuleiro"),
    "moisturizer": ("creme hydratante", "crema idratante", "crema hidratante", "creme hidratante",
                    "hydraterende creme", "krem nawilzajacy", "hydratacni krem", "moisturising cream",
                    "moisturizing cream"),
}.items():
    KIND_PHRASES[_k] = KIND_PHRASES.get(_k, ()) + _v
add_words(SYNONYMS, {
    # beans as a Greek shop writes them ("καφές σε κόκκους", read "kokkous")
    "beans": "kokkous kokkoi",
    "strengthening": "kraftigung kraeftigung versterkend wzmacniajacy wzmacniajaca posilujici fortalecedor",
    # the sun protection factor: English SPF, German LSF (Lichtschutzfaktor), French / Spanish /
    # Portuguese / Italian FPS, Dutch / Nordic SPF
    "spf": "spf lsf fps",
    # a cosmetics jar: German "Tiegel", French "pot", Spanish "tarro", Italian "vasetto", Polish "słoik"
    "jar": "jar tiegel pot tarro vasetto sloik",
    # a tent: one word in several languages, not a kind word - "tent" is a word English titles share
    # as a name's ("Coleman Sundome 4-Person Dome Tent"), and the learned stage reads it so
    "tent": "tent tents zelt zelte campingzelt kuppelzelt tente namiot telt talt teltta",
    # a gift set (German "Geschenkset", Dutch "cadeauset", Italian "confezione regalo" is a phrase)
    "set": "geschenkset giftset cadeauset presentset",

    # what an anti-ageing cream fights, in French, Portuguese, Spanish and Italian ("Anti-Âge",
    # "Anti-Idade", "Antiedad", "Anti-età")
    "age": "age idade edad eta",
})
# the language of a board game's or a book's edition, as the shops of each country name it ("édition
# française" / "version FR", "edycja polska", "deutsche Version"): classes of ``wordclass``'s language
# spec, so two languages clash and one language in two words is one
LANGUAGES = {
    "french": "francaise fr",
    "german": "deutsche deutscher deutschen niemiecka",
    "polish": "polski polska polskie polnisch polonais polaco polacco polsky",
    "dutch": "nederlands nederlandse niederlandisch neerlandais holandes olandese",
}
# (not the English "Polish" - shoe and nail polish - nor "Dutch" - a Dutch oven)
# German "bis zu" (up to) before a speed or a capacity, "inkl." (including): no words of the product
FILLER = FILLER + " bis zu inkl"

# the same kinds in Arabic letters (``arabic._add_words``: read as the Latin word)
ARABIC = {
    "router": "راوتر روتر",
    "knife": "سكين سكينة",
    "scissors": "مقص",
    "suitcase": "حقيبة_سفر شنطة_سفر",
    "kettle": "غلاية",
    "syrup": "شراب_مركز",
    # a litre written as its letter after the number ("مياه صحة 0.5 ل"), as "غ" is a gram
    "l": "ل",
}


# --------------------------------------------------------------------------
# a generation written in another language (session 17, ml17)
# --------------------------------------------------------------------------
# "2e génération", "10.ª geração", "2. Generation", "2. generace", "2ης γενιάς", "2-го
# поколения", "2. nesil": the number with the language's ordinal mark, then its word for
# "generation" - read as the English "2nd generation" (as ``arabic`` reads "الجيل الثاني"
# and ``cjk`` "第二代"), so the rules compare it as they compare an English one.  Read in
# the cleaned, transliterated text (``titles``; Greek and Cyrillic are Latin letters
# there: "2is genias", "2go pokoleniya").  The English word only after a mark that is
# no English ordinal's ("2. Generation", German); an English "2nd generation" is left as it is.
import re as _re  # noqa: E402

_GEN_WORDS = ("generacion generaciones geracao generazione generatie generacja generacji generace "
              "generacie generacia generacio generatia generatiei genias genia geneas pokoleniya pokolenie "
              "pokolinnya pokolinnia pokolinnia nesil generasi").split()
_GEN_MARK = r"(?:eme|ere|er|e|a|o|is|i|go|ogo|oe|y)"
GEN_HINT = _re.compile(r"\d(?:[^a-z0-9]{0,3}[a-z]{0,3})?[^a-z0-9]{0,3}(?:gen|gera|pokol|nesil)").search
_GEN = _re.compile(r"\b(\d{1,2})(?:\s?[.-]?\s?" + _GEN_MARK + r"\b)?\.?\s*(?:" + "|".join(_GEN_WORDS) + r")\b"
                   r"|\b(\d{1,2})(?:\.|\s?[.-]?\s?" + _GEN_MARK + r"\b\.?)\s*generation\b")


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def generation_read(s: str) -> str:
    """``s`` (lower-case, Latin letters) with a generation written in another language read
    as "<n>th generation" (above); the text as it was where it prints none."""
    return _GEN.sub(lambda m: f"{_ordinal(int(m.group(1) or m.group(2)))} generation", s)


# (session 19, ml19b) Hungarian shops count pieces by "db" (darab): "izzó 3 db", "ceruzaelem 4 db",
# "4db-os bliszter" - the table's "db" is the decibel.  A single digit before it is a count: no
# product's decibels are under 10 (noise 20-130 dB, an amplifier's gain 10-30 dB), while counts
# of 10 and more ("60 db" tablets / "68 dB" noise) stay the decibel they may be.
# "N db" closing a name is how many are sold ("N pack"); "N db-os" is the adjective, "N-piece" (a
# set's pieces, a blister's cells: "N pcs").
_HU_COUNT = _re.compile(r"(?<![\d.])([1-9]) ?db(-?os)?\b")


# (session 20, ml20b) "without a wire" in French, Italian, Portuguese, Spanish and Dutch: "Souris sans fil",
# "aspirateur balai sans fil", "mouse senza fili", "rato sem fio" - the word "wireless" ("fil" alone is
# dental floss, "fio" a thread)
# (session 38, we38: the Italian singular "senza filo" and Spanish "sin hilos" too: "aspirapolvere senza filo")
_WITHOUT_WIRE = _re.compile(r"\b(?:sans fils?|senza fil[io]?|sem fios?|sin cables?|sin hilos?|zonder draad)\b")


def without_wire(s: str) -> str:
    """``s`` (lower-case, Latin letters) with "sans fil" and its kin written "wireless"."""
    return _WITHOUT_WIRE.sub("wireless", s)


# (fxwe38, the second attacker's findings: "HP 150 Mouse con filo" / "senza filo", "HyperX Cloud II ... con cable" /
# "sin hilos" - read "wireless" one side, the other's "with a wire" was two loose words and the mouse and the
# keyboard came out one with their wireless kin.)  "With a wire" in Italian, French, Spanish, Dutch and Czech is
# the word "wired" (a connection value, "wireless" its other): "con filo", "avec fil", "met draad", "con cavo" /
# "con cable", "s kabelem" - where the phrase closes the title or one of its parts (a comma, a bracket, a " - ",
# the end) or, for a wire ("filo", "fil", "draad"), stands before "USB" / "jack".  A cable a charger comes with
# ("con cavo USB-C da 1 m") and a knife's edge ("con filo liscio") are no connection: a word of their own follows.
_WITH_WIRE = _re.compile(r"\b(?:(?:con fil[oi]|avec fils?|met draad)(?=\s(?:usb|jack)\b)"
                         r"|(?:con fil[oi]|avec fils?|met draad|con cavo|con cables?|s kabelem)"
                         r"(?=\s*$|\s*[,;|(\[/+]|\s-\s))")


def with_wire(s: str) -> str:
    """``s`` (lower-case, Latin letters) with "con filo" and its kin (above) written "wired"."""
    return _WITH_WIRE.sub("wired", s)


# (session 22, ml22a) Danish and Norwegian "sort" is black ("JBL Charge 5 højttaler sort", "Thule Chasm
# Duffel 70 L sort"); left out of ``COLOURS`` for English "a sort", it is read as black where those
# shops state a colour: closing the title or one of its parts, or before a "/" and a second colour
# ("sort/hvid").  An English title puts no "sort" there.
_SORT_CLOSING = _re.compile(r"(?<=\s)sort(?=\s*(?:$|[),|/]|\s-\s))")


def sort_black(s: str) -> str:
    """``s`` (lower-case, Latin letters) with a closing "sort" (above) written "black"."""
    return _SORT_CLOSING.sub("black", s)


def hungarian_count(s: str) -> str:
    """``s`` (lower-case, Latin letters) with a Hungarian count of 1-9 ("3 db", "4db-os") written
    as a pack ("3 pack") or pieces ("4 pcs"), the text as it was where it prints none."""
    return _HU_COUNT.sub(lambda m: m.group(1) + (" pcs" if m.group(2) else " pack"), s)


# --------------------------------------------------------------------------
# rewordings between two titles in two languages (steps of ``wordclass.rewording``)
# --------------------------------------------------------------------------
# the endings by which the languages inflect one word (gender, number, case: "rond" /
# "ronde", "blond" / "blonde", "Muskel" / "Muskeln", "bueno" / "buena", "jahoda" /
# "jahody"); a stem keeps at least ``_STEM_MIN`` letters
_ENDINGS = ("e", "en", "er", "es", "em", "n", "s", "a", "o", "i", "y", "u", "ie", "ia", "as", "os", "ne", "na",
            "ni", "ny", "ow", "ych", "ov", "ova", "ove")
_STEM_MIN = 4


def _stems(w: str) -> set:
    out = {w}
    for e in _ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= _STEM_MIN:
            out.add(w[:-len(e)])
    return out


def inflected_in(w: str, p, other) -> bool:
    """Is ``w`` (a word of p's title the other never prints) another inflection of a word
    the other title prints and p's title does not - one stem, each title its own ending
    ("Cocotte ronde" / "braadpan rond", "Leffe Blonde" / "Leffe Blond", "Muskeln" /
    "Muskel")?  A language's ending says nothing of the product; a stem of four letters
    or more, letters only, no variant word (``titles.VARIANTS``, ``wordclass.VARIANT``:
    those are compared as variants)."""
    if len(w) < _STEM_MIN or not w.isalpha() or w in _NOT_INFLECTED():
        return False
    mine = None
    pw = p.wordset
    for v in other.wordset:
        if v == w or v in pw or len(v) < _STEM_MIN or abs(len(v) - len(w)) > 3 or v[:_STEM_MIN] != w[:_STEM_MIN] \
                or not v.isalpha() or v in _NOT_INFLECTED():
            continue
        if mine is None:
            mine = _stems(w)
        if not mine.isdisjoint(_stems(v)) and not _we38.suffix_apart(w, v):
            # (fxwe38: an Italian size suffix is no ending - "Spaghettini" / "Spaghetti": ``we38.suffix_apart``)
            return True
    return False


# the variant words (``titles.VARIANTS``, ``wordclass.VARIANT``; set by ``install``)
_NOT: frozenset = frozenset()


def _NOT_INFLECTED() -> frozenset:
    return _NOT


_COLOURS_SET: frozenset = frozenset()


def _COLOUR_WORDS() -> frozenset:
    return _COLOURS_SET


# what a percentage measures, printed right after (or before) it: "70% Cacao" / "70 %",
# "Heidi ... 80% cocoa chocolate" / "80%", "40% vol" - the number is the fact, the word
# says what it is ("fat" is read so already: ``wordclass.fat_after_percentage``)
MEASURED = frozenset("cacao cocoa kakao cacau kakaa alc alcohol alkohol alcool vol".split())


def measure_at_percentage(w: str, p, other) -> bool:
    """Is ``w`` (a word of ``MEASURED``) right after or before a bare number both titles
    print (a percentage once cleaned: "70%" is "70"; a number with a unit, "26.5 oz", is
    a pack's size, not what the word measures)?"""
    if w not in MEASURED:
        return False
    ws = p.words
    ow = other.wordset
    for i, x in enumerate(ws):
        if x != w:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(ws) and ws[j].replace(".", "", 1).isdigit() and ws[j] in ow:
                return True
    return False


def _alpha_stem(w: str) -> bool:
    return len(w) >= _STEM_MIN and w.isalpha()


# one word in two languages' spelling (session 17, ml17): "Thermale" / "termal", "Spaghetti" /
# "Espaguetis", "Konsol" / "Console", "Orchidea" / "Orchid", "Yoghurt" / "Yogurt" - a word the
# languages took from one another keeps its letters, each language spelling a few sounds its
# way.  Both words are read as a *cognate key*: the spellings of one sound made one (ph f, th
# t, gh g, ck k, qu k, c k, y i, z s, w v, gue gi ge gi, a doubled letter once, an h dropped), a Spanish "e"
# before "s" and a consonant at the start dropped ("especial" / "special"), and a closing
# ending of the inflections (``_ENDINGS``) dropped.  Two words with one key, each the word
# its title prints and the other's does not, are one word (as ``inflected_in`` reads one word
# inflected otherwise).  Words of five letters or more, letters only, no variant word; a
# colour is compared by the colour tables.
_COG_MIN = 5
_COG_PAIRS = (("sch", "x"), ("sh", "x"), ("gue", "ge"), ("gui", "gi"), ("ph", "f"), ("th", "t"), ("gh", "g"), ("ck", "k"), ("qu", "k"), ("c", "k"), ("y", "i"),
              ("z", "s"), ("w", "v"), ("h", ""))
_COG_ENDINGS = tuple(sorted(set(_ENDINGS) | {"um", "us", "is", "es", "e", "ea", "eo", "ue"}, key=len, reverse=True))


@_cached(100_000)
def cognate_key(w: str) -> str:
    """The cognate key of a word (above; memoised per word - session 25, speed: a pair's
    cognate readers key every word of the other title they compare)."""
    return _cognate_key(w)


def _cognate_key(w: str) -> str:
    if len(w) > 5 and w.startswith("es") and w[2] not in "aeiou":
        w = w[1:]
    for a, b in _COG_PAIRS:
        if a in w:
            w = w.replace(a, b)
    out = []
    for ch in w:
        if not out or out[-1] != ch:
            out.append(ch)
    w = "".join(out)
    for e in _COG_ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= _STEM_MIN:
            return w[:-len(e)]
    return w




@_per_offer
def _cognate_words(p) -> tuple:
    """(session 25, speed) The words of p's title a word of another title may be a cognate of
    (``cognate_in``: five letters or more, letters only, no variant word), once per offer."""
    return tuple([v for v in p.wordset if len(v) >= _COG_MIN and v.isalpha() and v not in _NOT])


def cognate_in(w: str, p, other) -> bool:
    """Is ``w`` (a word of p's title the other never prints) a word the other title prints,
    and p's does not, in its language's spelling (one cognate key, above)?"""
    if len(w) < _COG_MIN or not w.isalpha() or w in _NOT_INFLECTED() or w in _COLOUR_WORDS():
        return False
    key = None
    pw = p.wordset
    for v in _cognate_words(other):
        if v in pw or abs(len(v) - len(w)) > 3 or v[:1] != w[:1] and not (w[:2] == "es" or v[:2] == "es"):
            continue
        if _single_letters(v) == _single_letters(w):
            # one word with a letter doubled is another word within one language (mousse /
            # mouse, dessert / desert, latte / late, planner / planer), not its spelling in another
            continue
        if key is None:
            key = cognate_key(w)
        if len(key) >= _STEM_MIN and cognate_key(v) == key:
            return True
    return False


def cognates(x: str, y: str) -> bool:
    """Are two words (each the word one title prints at a place where the other prints the
    other) one word in two languages' spelling - one cognate key, as ``cognate_in`` reads it
    ("Espaguetis" / "Spaghetti", "Konsol" / "Console")?  (Session 22, ml22a: a substitution
    between words both titles share, ``wordclass.variant_differs``, reads one word so too.)"""
    if len(x) < _COG_MIN or len(y) < _COG_MIN or not x.isalpha() or not y.isalpha() or abs(len(x) - len(y)) > 3:
        return False
    if x in _NOT_INFLECTED() or y in _NOT_INFLECTED() or x in _COLOUR_WORDS() or y in _COLOUR_WORDS():
        return False
    if x[:1] != y[:1] and not (x[:2] == "es" or y[:2] == "es"):
        return False
    if _single_letters(x) == _single_letters(y):
        return False
    k = cognate_key(x)
    return len(k) >= _STEM_MIN and cognate_key(y) == k


def _single_letters(w: str) -> str:
    """``w`` with every doubled letter written once."""
    return "".join(ch for k, ch in enumerate(w) if k == 0 or w[k - 1] != ch)


from . import indic as _indic  # noqa: E402  (a leaf module: imports no matcher module)

STEPS = (
    (lambda w: w in MEASURED, lambda w, p, o: 1 if measure_at_percentage(w, p, o) else None),
    (_alpha_stem, lambda w, p, o: 2 if inflected_in(w, p, o) else None),
    (lambda w: len(w) >= _COG_MIN and w.isalpha(), lambda w, p, o: 2 if cognate_in(w, p, o) else None),
    # (session 18, ml18: an English word written in Devanagari letters, ``indic.spelled_in``)
    (lambda w: len(w) >= 2 and w.isalpha(), lambda w, p, o: 2 if _indic.spelled_in(w, p, o) else None),
)


def install(W, T, arabic) -> None:
    """Merge the tables into the ``wordclass`` module ``W`` and the ``arabic`` module (``T``:
    the ``titles`` module): free words only, then the derived tables rebuilt and the
    per-word memos cleared.  (The modules are passed: this module imports none of the
    matcher's, so it can be read by ``titles`` and ``synonyms`` too.)"""
    global _NOT, _COLOURS_SET
    _NOT = frozenset(T.VARIANTS) | frozenset(W.VARIANT)
    _COLOURS_SET = frozenset(T.COLOURS)

    taken = W.word_taken
    for kind, ws in KINDS.items():
        for w in ws.split():
            if not taken(w):
                W.CATEGORY[w] = kind
    W._add_kind_phrases(KIND_PHRASES)
    for value, ws in SYNONYMS.items():
        for w in ws.split():
            if not taken(w):
                W.SYNONYM[w] = value
    W._add_spec("language", {c: " ".join(w for w in ws.split() if not taken(w)) for c, ws in LANGUAGES.items()})
    W.FILLER = W.FILLER | frozenset(w for w in FILLER.split() if not taken(w))
    for english, ws in SPECS.items():
        spec = W._SPEC_OF.get(english)
        if spec is not None:
            for w in ws.split():
                if not taken(w):
                    W._SPEC_OF[w] = spec
    _lexicon.install(W, T, taken)  # (session 23, lex23: the common kinds in every language, free words only)
    W.GENERIC = frozenset(W.CATEGORY) | W.FILLER
    W._KINDS = frozenset(W.CATEGORY)
    W._NAME_SKIP = W.FUNCTION | W.FILLER
    W._SHOP_WORDS = None
    W._KIND_AFFIXES = None
    W._add_steps(STEPS)
    arabic._add_words(ARABIC)
    arabic._add_words(_free_arabic(arabic, _lexicon.ARABIC))


def _free_arabic(arabic, table: dict) -> dict:
    """The words (and phrases) of ``table`` ({English: "arabic ..."}) the Arabic reader does not
    read yet: a word it reads keeps its reading."""
    out: dict = {}
    for en, ws in table.items():
        free = []
        for form in ws.split():
            parts = tuple(arabic._norm(x) for x in form.replace("/", "_").split("_") if x)
            if (parts[0] not in arabic._SINGLE) if len(parts) == 1 else (parts not in arabic._PHRASES):
                free.append(form)
        if free:
            out[en] = " ".join(free)
    return out


# --------------------------------------------------------------------------
# Japanese, Chinese and Korean words (session 16, ml and prec): one table, ``CJK_TABLE``,
# read by one reader, ``cjk.to_latin`` (session 17: two readers with a table each, merged)
# --------------------------------------------------------------------------
import unicodedata as _unicodedata  # noqa: E402

# A shop in Japan, China or Korea writes the brand and model number in Latin letters and
# the kind, colour and count in its own script: "ソニー WH-1000XM5 ワイヤレスヘッドホン
# ブラック", "小米手环8 黑色", "삼성 갤럭시 버즈2 프로 그라파이트".  The title cleaner reads no
# word of those scripts, so a Japanese "black" against an English "Silver" was no colour
# conflict (one product), and a title with no model number had no identifying word.
# ``cjk.to_latin`` reads (its step 1) the words of this table as their English word (the
# longest one first inside a run of characters, as these scripts write no spaces; a table word of one
# character only as a run of its own or before 色 "colour": 黒 alone is black, 黒酢 is
# black vinegar) and leaves every other character as it was (dropped by the cleaner).
# (Left out: ブラウン - "brown" and the brand Braun -, 차 - Korean tea and car.)

CJK = {
    # colours
    "black": "ブラック 黒 黒色 黑色 黑 블랙 검정 검정색 검은색",
    "white": "ホワイト 白 白色 화이트 흰색 하얀색",
    "silver": "シルバー 銀色 银色 실버 은색",
    "grey": "グレー グレイ 灰色 그레이 회색",
    "graphite": "グラファイト 그라파이트",
    "gold": "ゴールド 金色 골드 금색",
    "red": "レッド 赤 赤色 红色 紅色 红 레드 빨간색 빨강",
    "blue": "ブルー 青 青色 蓝色 藍色 蓝 블루 파란색 파랑",
    "navy": "ネイビー 紺 紺色 藏青色 네이비 남색",
    "green": "グリーン 緑 緑色 绿色 绿 그린 초록색 녹색",
    "yellow": "イエロー 黄色 黄 옐로우 노란색",
    "pink": "ピンク 桃色 粉色 粉红色 핑크 분홍색",
    "purple": "パープル 紫 紫色 퍼플 보라색",
    "beige": "ベージュ 米色 베이지",
    "midnight": "ミッドナイト 午夜色 미드나이트",
    "starlight": "スターライト 星光色 스타라이트",
    # counts, packs and units (the number before them is read by the unit rules)
    "pcs": "本 個 枚 粒 錠 个 支 片 개 입",
    "bag": "袋",
    "box": "箱 盒",
    "can": "缶 罐 캔",
    "bottle": "瓶 병 ボトル",
    "pack": "パック 包 팩 セット",
    "ml": "ミリリットル 毫升 밀리리터",
    "l": "リットル 升 리터",
    "g": "グラム 克 그램",
    "kg": "キログラム 千克 公斤 킬로그램",
    "inch": "インチ 英寸 인치",
    "gb": "ギガ",
    # variants of a model
    "pro": "プロ 프로", "max": "マックス 맥스", "plus": "プラス 플러스", "mini": "ミニ 미니",
    "ultra": "ウルトラ 울트라", "lite": "ライト 라이트",
    # kinds of product and what they are made for
    "headphones": "ヘッドホン ヘッドフォン 耳机 헤드폰",
    "earphones": "イヤホン イヤフォン 이어폰",
    "wireless": "ワイヤレス 无线 無線 무선",
    "bluetooth": "ブルートゥース 蓝牙 블루투스",
    "noise cancelling": "ノイズキャンセリング 降噪 노이즈캔슬링",
    "smartphone": "スマートフォン スマホ 智能手机 手机 스마트폰 휴대폰",
    "tablet": "タブレット 平板电脑 平板 태블릿",
    "laptop": "ノートパソコン 笔记本电脑 노트북",
    "tv": "テレビ 电视 電視 텔레비전 티비",
    "camera": "カメラ 相机 相機 카메라",
    "smartwatch": "スマートウォッチ 智能手表 스마트워치",
    "speaker": "スピーカー 音箱 스피커",
    "charger": "充電器 充电器 충전기",
    "cable": "ケーブル 数据线 케이블",
    "case": "ケース 保护壳 케이스",
    "mouse": "マウス 鼠标 마우스",
    "keyboard": "キーボード 键盘 키보드",
    "vacuum": "掃除機 吸尘器 청소기",
    "shampoo": "シャンプー 洗发水 洗髮精 샴푸",
    "conditioner": "コンディショナー 护发素 컨디셔너 린스",
    "detergent": "洗濯洗剤 洗剤 洗衣液 洗衣粉 세탁세제 세제",
    "refill": "詰め替え用 詰め替え 詰替用 詰替 つめかえ用 つめかえ 替换装 补充装 리필",
    "toothpaste": "歯磨き粉 歯みがき粉 牙膏 치약",
    "diapers": "おむつ オムツ 纸尿裤 기저귀",
    "sunscreen": "日焼け止め 防晒霜 선크림",
    "green tea": "緑茶 绿茶 녹차",
    "tea": "茶 お茶",
    "coffee": "コーヒー 咖啡 커피",
    "beer": "ビール 啤酒 맥주",
    "milk": "牛乳 ミルク 牛奶 우유",
    "chocolate": "チョコレート チョコ 巧克力 초콜릿",
    "water": "水 ミネラルウォーター 矿泉水 생수",
    # (session 22, ml22b: a food's kind and flavour, what a machine's consumable fits, a maker)
    "jelly": "ゼリー 果冻 젤리",
    "konjac": "蒟蒻 こんにゃく コンニャク 魔芋 곤약",
    "grape": "ぶどう ブドウ 葡萄 포도",
    "strawberry": "いちご イチゴ 苺 草莓 딸기",
    "peach": "もも モモ 桃子 복숭아",
    "compatible": "互換 兼容 호환",
    "muji": "무인양품",
    "capsules": "カプセル 胶囊 캡슐",
    "graphite": "그래파이트 石墨",
    "body": "바디",
    "deluxe": "デラックス 디럭스",
    "pokemon": "ポケットモンスター ポケモン 포켓몬스터 포켓몬 宝可梦 寶可夢",
    "legend": "伝説 傳說 传说 전설",
    # (the English function words of a name spelt out: "ティアーズ オブ ザ キングダム", "티어스 오브 더 킹덤")
    "of": "オブ 오브", "and": "アンド 앤드", "the": "ザ",
    "mirrorless camera": "ミラーレス一眼 ミラーレスカメラ 微单相机 미러리스 카메라",
    "mirrorless": "ミラーレス 微单 미러리스",
    # (session 22, ml22b: common kinds, flavours and parts, in Japanese, Chinese - simplified and
    # traditional - and Korean)
    "mechanical keyboard": "机械键盘 機械鍵盤 メカニカルキーボード 기계식키보드",
    "keyboard": "鍵盤",
    "controller": "控制器 手柄 컨트롤러 コントローラ",
    "midnight": "午夜",
    "red switch": "红轴 紅軸", "brown switch": "茶轴 茶軸", "blue switch": "青轴 青軸",
    "eraser": "橡皮擦 消しゴム 지우개",
    "biscuit": "饼干 餅乾 ビスケット 비스킷",
    "cookies": "クッキー 曲奇 쿠키",
    "matcha": "抹茶 말차",
    "jasmine tea": "茉莉花茶 ジャスミン茶 자스민차",
    "jasmine": "茉莉花 ジャスミン 자스민",
    "oolong tea": "乌龙茶 烏龍茶 ウーロン茶 우롱차",
    "monitor": "显示器 顯示器 螢幕 屏幕 モニター 모니터",
    "racket": "ラケット 球拍 라켓",
    "badminton racket": "羽毛球拍 バドミントンラケット 배드민턴라켓",
    "juice": "ジュース 果汁 주스",
    "toothbrush": "歯ブラシ 牙刷 칫솔",
    "soup": "スープ 수프",
    "ramen": "ラーメン 拉面 拉麵",
}


# the words ``cjk``'s step (2) reads besides (native word -> Latin reading; session 16, prec)
CJK_COLOURS = {
    # Japanese katakana
    "ブラック": "black", "ホワイト": "white", "シルバー": "silver", "ゴールド": "gold", "グレー": "gray",
    "グレイ": "gray", "ブルー": "blue", "レッド": "red", "グリーン": "green", "ピンク": "pink",
    "イエロー": "yellow", "パープル": "purple", "ターコイズ": "turquoise", "コーラル": "coral",
    "ネイビー": "navy", "ベージュ": "beige", "ブラウン": "brown", "オレンジ": "orange",
    "プラチナシルバー": "platinum silver", "ミッドナイト": "midnight", "スターライト": "starlight",
    "ラベンダー": "lavender", "ミント": "mint", "グラファイト": "graphite", "クリア": "clear",
    "スペースグレイ": "space gray", "スペースグレー": "space gray", "ローズ": "rose", "チャコール": "charcoal",
    # Japanese / Chinese ideographs
    "美白": "whitening", "ホワイトニング": "whitening",
    "黑色": "black", "白色": "white", "红色": "red", "紅色": "red", "蓝色": "blue", "藍色": "blue",
    "绿色": "green", "綠色": "green", "灰色": "gray", "金色": "gold", "银色": "silver", "銀色": "silver",
    "粉色": "pink", "紫色": "purple", "黄色": "yellow", "黃色": "yellow", "橙色": "orange",
    "太空灰": "space gray", "太空灰色": "space gray", "深空灰": "space gray", "深空黑": "space black",
    "午夜色": "midnight", "星光色": "starlight", "藍綠色": "turquoise", "蓝绿色": "turquoise",
    "湖水绿": "turquoise", "玫瑰金": "rose gold",
    # Korean
    "블랙": "black", "화이트": "white", "실버": "silver", "골드": "gold", "그레이": "gray", "블루": "blue",
    "레드": "red", "그린": "green", "핑크": "pink", "옐로우": "yellow", "퍼플": "purple", "베이지": "beige",
    "네이비": "navy", "라벤더": "lavender", "그라파이트": "graphite", "민트": "mint", "크림": "cream",
    "검정": "black", "흰색": "white", "검정색": "black",
    # Thai: "สี" (colour) and the colour (session 17, ml17)
    "สีดำ": "black", "สีขาว": "white", "สีเทา": "gray", "สีเงิน": "silver", "สีทอง": "gold", "สีแดง": "red",
    "สีน้ำเงิน": "navy", "สีฟ้า": "blue", "สีเขียว": "green", "สีเหลือง": "yellow", "สีชมพู": "pink",
    "สีม่วง": "purple", "สีส้ม": "orange", "สีน้ำตาล": "brown",
}
CJK_WORDS = {
    # brands shops write in native script
    "キヤノン": "canon", "キャノン": "canon", "ソニー": "sony", "任天堂": "nintendo", "ニンテンドー": "nintendo",
    "パナソニック": "panasonic", "アップル": "apple", "サムスン": "samsung", "シャープ": "sharp",
    "小米": "xiaomi", "华为": "huawei", "華為": "huawei", "大疆": "dji", "苹果": "apple", "蘋果": "apple",
    "三星": "samsung", "索尼": "sony", "佳能": "canon", "尼康": "nikon", "ニコン": "nikon",
    "삼성전자": "samsung", "삼성": "samsung", "애플": "apple", "소니": "sony", "엘지": "lg", "LG전자": "lg",
    "갤럭시": "galaxy", "아이폰": "iphone", "아이패드": "ipad", "에어팟": "airpods", "버즈": "buds", "탭": "tab",
    # model words
    "ライト": "lite", "プロ": "pro", "マックス": "max", "プラス": "plus", "ミニ": "mini", "迷你": "mini",
    "프로": "pro", "플러스": "plus", "맥스": "max", "미니": "mini", "울트라": "ultra", "ウルトラ": "ultra",
    # forms and kinds of cosmetics, food, devices
    "ミルク": "milk", "ジェル": "gel", "エッセンス": "essence", "クリーム": "cream", "ローション": "lotion",
    "セラム": "serum", "オイル": "oil", "フォーム": "foam", "スプレー": "spray", "マスク": "mask",
    "パウダー": "powder", "リキッド": "liquid", "シャンプー": "shampoo", "コンディショナー": "conditioner",
    "トリートメント": "treatment", "フェイシャル": "facial", "フェイス": "face", "リップ": "lip",
    "スリーピング": "sleeping", "ウォータリー": "watery", "スキンケア": "skincare", "パーフェクト": "perfect",
    # (session 22, ml22b: kinds and materials Korean and Japanese shops spell out)
    "カード": "card", "카드": "card", "파우더": "powder", "ウォーター": "water", "워터": "water",
    "로즈": "rose", "젤": "gel", "잉크": "ink", "インク": "ink", "볼펜": "ballpoint pen", "ボールペン": "ballpoint pen",
    "미네랄": "mineral", "ミネラル": "mineral", "토너": "toner", "トナー": "toner",
    "化粧水": "lotion", "乳液": "milk", "美容液": "serum", "精华": "serum", "精華": "serum", "面霜": "cream",
    "에센스": "essence", "세럼": "serum", "마스크": "mask", "립": "lip", "슬리핑": "sleeping", "베리": "berry",
    "로션": "lotion", "토너": "toner", "선크림": "sunscreen",
    "ヘッドホン": "headphones", "ヘッドフォン": "headphones", "イヤホン": "earphones", "ワイヤレス": "wireless",
    "ノイズキャンセリング": "noise cancelling", "スマートフォン": "smartphone", "タブレット": "tablet",
    "ケース": "case", "カバー": "cover", "フィルム": "film", "ケーブル": "cable", "アダプター": "adapter",
    "充電器": "charger", "バッテリー": "battery", "コントローラー": "controller", "カメラ": "camera",
    "ボディー": "body", "ボディ": "body", "レンズキット": "lens kit", "レンズ": "lens", "キット": "kit",
    "セット": "set", "ダブルズームキット": "double zoom kit",
    "手机": "phone", "手機": "phone", "耳机": "earphones", "耳機": "earphones", "平板": "tablet",
    "保护壳": "case", "保護殼": "case", "手机壳": "case", "钢化膜": "screen protector", "充电器": "charger",
    "数据线": "cable", "无线": "wireless", "無線": "wireless", "相机": "camera", "機身": "body", "机身": "body",
    "镜头": "lens", "鏡頭": "lens",
    "케이스": "case", "충전기": "charger", "케이블": "cable", "이어폰": "earphones", "헤드폰": "headphones",
    "무선": "wireless",
    # editions, bundles, networks, generations
    "标准版": "standard edition", "標準版": "standard edition", "全能套装": "combo", "全能套裝": "combo",
    # (session 19, ml19: DJI's kits as its Chinese shops name them - "畅飞套装" the Fly More Combo,
    # the drone with more batteries and a hub: another offer than the drone alone)
    "畅飞套装": "fly more combo", "暢飛套裝": "fly more combo", "畅飞": "fly more", "暢飛": "fly more",
    "套装": "bundle", "套裝": "bundle", "套餐": "bundle", "礼盒": "gift set", "禮盒": "gift set",
    "主动降噪": "anc", "主動降噪": "anc", "ノイキャン": "anc",
    "行動網路": "cellular", "蜂窝网络": "cellular", "蜂窩網路": "cellular", "セルラー": "cellular",
    "셀룰러": "cellular", "シムフリー": "unlocked", "SIMフリー": "unlocked",
    # (session 28, dev28: "SIMフリー" is cut at the script's change - "SIM" "フリー" -: the katakana word
    # alone is "free", and "SIM free" the unlocked phone)
    "フリー": "free",
    "限定版": "limited edition", "限量版": "limited edition", "特別版": "special edition",
    "豪华版": "deluxe edition", "豪華版": "deluxe edition", "通常版": "standard edition",
    "詰め替え": "refill", "詰替": "refill", "つめかえ": "refill", "替换装": "refill", "리필": "refill",
    "本体": "body", "本體": "body", "主機": "", "主机": "", "搭載": "", "搭载": "",
    "アクティブノイズキャンセリング": "anc", "珊瑚色": "coral", "珊瑚": "coral",
}
# (session 17, ml17) the makers shops in China, Japan and Korea write in their own script and
# shops elsewhere in Latin letters (a maker's own romanisation, as on its packs: 日清 Nissin,
# 农夫山泉 Nongfu Spring, 설화수 Sulwhasoo), and kinds of food and toiletries the table lacked
CJK_WORDS.update({
    # makers (Chinese)
    "农夫山泉": "nongfu spring", "蒙牛": "mengniu", "伊利": "yili", "茅台": "moutai", "金門": "kinmen",
    "金门": "kinmen", "娃哈哈": "wahaha", "康师傅": "master kong", "可口可乐": "coca cola", "雀巢": "nestle",
    "星巴克": "starbucks", "海尔": "haier", "格力": "gree", "联想": "lenovo", "华硕": "asus", "戴尔": "dell",
    "惠普": "hp", "微软": "microsoft", "飞利浦": "philips", "东芝": "toshiba", "戴森": "dyson", "博世": "bosch",
    "西门子": "siemens", "欧莱雅": "loreal", "高露洁": "colgate", "佳洁士": "crest", "舒肤佳": "safeguard",
    "海飞丝": "head shoulders", "潘婷": "pantene", "妮维雅": "nivea", "乐事": "lays", "奥利奥": "oreo",
    "德芙": "dove", "费列罗": "ferrero", "士力架": "snickers", "农心": "nongshim", "好丽友": "orion",
    "兰蔻": "lancome", "雅诗兰黛": "estee lauder", "雪花秀": "sulwhasoo", "泡泡玛特": "pop mart",
    "三只松鼠": "three squirrels",
    # makers (Japanese; katakana names are keyed by ``katakana_keys``)
    "明治": "meiji", "日清食品": "nissin", "日清": "nissin", "資生堂": "shiseido", "资生堂": "shiseido", "花王": "kao", "森永": "morinaga",
    "伊藤園": "ito en", "味の素": "ajinomoto", "雪印": "snow brand", "象印": "zojirushi", "無印良品": "muji",
    "无印良品": "muji", "キユーピー": "kewpie", "松下": "panasonic", "日立": "hitachi",
    # makers (Korean)
    "농심": "nongshim", "오뚜기": "ottogi", "롯데": "lotte", "오리온": "orion", "빙그레": "binggrae",
    "설화수": "sulwhasoo", "이니스프리": "innisfree", "라네즈": "laneige", "비비고": "bibigo",
    # kinds
    "天然水": "natural water", "纯牛奶": "pure milk", "酸奶": "yogurt", "方便面": "instant noodles",
    "マヨネーズ": "mayonnaise", "醤油": "soy sauce", "酱油": "soy sauce", "沐浴露": "body wash", "面膜": "face mask",
    "香水": "perfume", "饼干": "biscuits", "薯片": "potato chips", "ポテトチップス": "potato chips",
    "白酒": "baijiu", "葡萄酒": "wine", "红酒": "red wine",
})

# (session 19, ml19) the words of east Asian titles the tables lacked: a console's and a game's
# names and editions in katakana ("スイッチ" Switch, "ダウンロード版" the download edition), a PET
# bottle, a case sold whole ("ケース販売", "箱買い", "整箱": no word of the product), "付き" (with);
# Korean titanium and "자급제" (bought outright: unlocked); Chinese makers and kinds ("罗技"
# Logitech, "电竞" / "游戏" gaming, "有线" wired, "芯片" a chip - "M2芯片" is the M2)
CJK_WORDS.update({
    "スイッチ": "switch", "ダウンロード版": "download", "ダウンロード": "download", "オンラインコード版": "online code",
    "パッケージ版": "boxed", "パーソナル": "personal", "ペットボトル": "bottle", "ケース販売": "", "箱買い": "",
    "付き": "with", "充電ケース": "charging case", "対応": "",
    "티타늄": "titanium", "자급제": "unlocked", "멀티팩": "multipack", "묶음": "",
    "罗技": "logitech", "羅技": "logitech", "电竞": "gaming", "電競": "gaming", "游戏": "gaming", "遊戲": "gaming",
    "有线": "wired", "有線": "wired", "芯片": "", "鼠标": "mouse", "滑鼠": "mouse",
    "深空灰色": "space gray",
    # (session 19, ml19b) soy sauce in hiragana ("カップヌードル しょうゆ"), Korean frozen dumplings and
    # the "multi" of a multipack ("진라면 멀티"), a can ("小罐", "罐装"), Nissin's name as Japanese
    # shops print it
    "しょうゆ": "soy sauce", "냉동만두": "frozen dumplings", "만두": "dumplings", "멀티": "multipack",
    "小罐": "can", "罐装": "can", "罐裝": "can", "日清食品": "nissin", "日清": "nissin",
})

# (session 23, ml: rules23ml) the makers east Asian shops print before the brand in their own
# script (a maker's own romanisation: 아모레퍼시픽 Amorepacific before Mamonde or Sulwhasoo, ユニ・チャーム
# Unicharm before Moony, 統一 Uni-President before 茶裏王, 三得利 Suntory, 동서 Dongsuh before Maxim);
# ``wordclass.maker_before_line`` reads such a maker before a line the other title prints as no
# word of the product
CJK_WORDS.update({
    "아모레퍼시픽": "amorepacific", "아모레": "amorepacific", "ユニ・チャーム": "unicharm", "ユニチャーム": "unicharm",
    "三得利": "suntory", "統一企業": "unipresident", "統一": "unipresident", "统一": "unipresident",
    "동서식품": "dongsuh", "동서": "dongsuh", "江崎グリコ": "glico", "格力高": "glico", "씨제이": "cj",
    "삼양": "samyang", "팔도": "paldo", "풀무원": "pulmuone", "해태": "haitai", "카오": "kao",
})

# (session 26, onesided26) the formulations of groceries and toiletries east Asian shops glue to
# the product's word ("脱脂纯牛奶" skimmed pure milk, "无糖可乐", "デカフェ コーヒー", "저지방 우유",
# "ノンアルコール ビール"), read as the English words ``formulation`` compares: unknown, each was an
# opaque word the other title's shop "could not print" (``cjk.excused``), so "伊利 脱脂纯牛奶" and
# "伊利 纯牛奶" agreed on every word.  The fat of milk, sugar, caffeine, alcohol, gluten and
# fragrance, in Chinese (simplified, traditional), Japanese and Korean.
CJK_WORDS.update({
    # fat
    "脱脂": "skimmed", "脫脂": "skimmed", "탈지": "skimmed", "半脱脂": "semi skimmed", "半脫脂": "semi skimmed",
    "无脂": "fat free", "無脂": "fat free", "零脂": "fat free", "無脂肪": "fat free", "무지방": "fat free",
    "低脂": "low fat", "低脂肪": "low fat", "저지방": "low fat", "全脂": "full fat",
    # sugar
    "无糖": "sugar free", "無糖": "sugar free", "零糖": "sugar free", "무설탕": "sugar free",
    "シュガーフリー": "sugar free", "シュガーレス": "sugar free", "ノンシュガー": "sugar free", "슈가프리": "sugar free",
    "ゼロシュガー": "zero sugar", "제로슈거": "zero sugar", "제로슈가": "zero sugar",
    "低糖": "less sugar", "少糖": "less sugar", "微糖": "less sugar", "저당": "less sugar",
    "减糖": "reduced sugar", "減糖": "reduced sugar",
    "不加糖": "no added sugar", "无添加糖": "no added sugar", "無加糖": "no added sugar", "무가당": "no added sugar",
    "零度": "zero", "ゼロ": "zero", "제로": "zero",
    # caffeine
    "无咖啡因": "decaf", "無咖啡因": "decaf", "低咖啡因": "decaf", "低因": "decaf", "脱咖啡因": "decaf",
    "脫咖啡因": "decaf", "デカフェ": "decaf", "カフェインレス": "decaf", "ノンカフェイン": "decaf", "디카페인": "decaf",
    # alcohol
    "无醇": "alcohol free", "無醇": "alcohol free", "无酒精": "alcohol free", "無酒精": "alcohol free",
    "零酒精": "alcohol free", "ノンアルコール": "alcohol free", "ノンアル": "alcohol free",
    "무알콜": "alcohol free", "무알코올": "alcohol free", "논알콜": "alcohol free",
    # gluten
    "无麸质": "gluten free", "無麩質": "gluten free", "グルテンフリー": "gluten free", "글루텐프리": "gluten free",
    # fragrance
    "无香": "fragrance free", "無香": "fragrance free", "无香料": "fragrance free", "無香料": "fragrance free",
    "無香性": "fragrance free", "무향": "fragrance free",
})

# units after a number (also read alone, as the other words)
CJK_UNITS = {"公克": "g", "寸": "inch", "毫升": "ml", "ミリリットル": "ml", "밀리리터": "ml", "มล.": "ml", "มล": "ml", "升": "l", "リットル": "l",
             "리터": "l", "千克": "kg", "公斤": "kg", "キロ": "kg", "킬로그램": "kg", "克": "g", "グラム": "g",
             "그램": "g", "กรัม": "g", "吋": "inch", "英寸": "inch", "インチ": "inch", "인치": "inch", "毫安": "mah"}
# what says nothing of the product: genuine / official / domestic / free shipping
CJK_NOISE = ("国内正規品", "正規品", "正规品", "送料無料", "公式", "官方", "正品", "官方正品", "국내정품", "정품",
             "정식발매", "ของแท้", "พร้อมส่ง", "官方旗舰店", "新品", "新款", "款", "整箱",
             # (session 22, ml22b: a shop's selling words - free or fast shipping, in stock, best
             # seller, special price, popular, recommended, flagship store - say nothing of the product)
             "包邮", "包郵", "现货", "現貨", "热销", "熱銷", "特价", "特價", "促销", "促銷", "爆款", "旗舰店", "旗艦店",
             "自营", "自營", "限时", "限時", "即納", "あす楽", "送料込み", "送料込", "人気", "大人気", "おすすめ",
             "무료배송", "당일발송", "특가", "인기", "추천")


# the one table: native word (NFKC) -> its Latin reading; a word in two lists reads as the first
CJK_TABLE: dict = {}
for _latin_word, _words in CJK.items():
    for _w in _words.split():
        CJK_TABLE.setdefault(_unicodedata.normalize("NFKC", _w), _latin_word)
for _d in (CJK_WORDS, CJK_COLOURS, CJK_UNITS, _lexicon.CJK):  # (session 23: ``lexicon``'s, free words only)
    for _k, _v in _d.items():
        CJK_TABLE.setdefault(_unicodedata.normalize("NFKC", _k), _v)
for _k in CJK_NOISE:
    CJK_TABLE.setdefault(_unicodedata.normalize("NFKC", _k), "")
CJK_LONGEST = max(map(len, CJK_TABLE))
# the words of the English-keyed list: a katakana or hangul word holding one is left to the
# table by ``katakana_keys`` (a brand the other lists name, "パナソニック", is still keyed)
_CJK_KEYED_OUT = frozenset(_unicodedata.normalize("NFKC", w) for ws in CJK.values() for w in ws.split())

CJK_HINT = _re.compile("[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]").search


# --------------------------------------------------------------------------
# a name in katakana is the Latin name it transcribes (session 16, ml)
# --------------------------------------------------------------------------
# Japanese shops write a foreign brand or line in katakana ("ダイソン" Dyson, "パナソニック"
# Panasonic, "サムスン" Samsung, "マイクロソフト" Microsoft): the word ``cjk.to_latin`` keeps opaque,
# as ``arabic.to_latin`` drops an Arabic name.  As ``scripts`` does for Arabic, each such
# word is kept aside as a *phonetic key* and only excuses a Latin word of the other title
# with the same key (``scripts.transliterated``): it never parts two titles.
# The key is the word's consonants as Japanese transcription keeps them, from the romaji
# (``anyascii``, letter by letter; the small ッ doubling a consonant dropped) and from the
# Latin word alike: digraphs first (ph f, th s, sh / ch s, ck k, gh g, ts t, qu k, x ks, c
# s before e i y else k), a Latin "ng" closing a syllable is n ("Samsung" サムスン), an r
# closing one is the long vowel Japanese writes ("Sharp" シャープ), l is r, v is b, z and j
# are s and g's classes, then vowels, y, w dropped and repeats squeezed.
_KATAKANA_RUN = _re.compile("[\u30a1-\u30fa\u30fc\u30fb\u30fd-\u30ff]+")
_J_DIGRAPH = _re.compile(r"tch|ph|th|sh|ch|ck|gh|ts|qu|x|c(?=[eiy])|c|ng(?=[^aeiouyh]|$)|r(?=[^aeiouy]|$)")
# (session 22, ml22b: an English "tch" is one sound, its "ch": "Switch" スイッチ / 스위치, "Watch" ウォッチ)
_J_DIGRAPHS = {"tch": "s", "ph": "f", "th": "s", "sh": "s", "ch": "s", "ck": "k", "gh": "g", "ts": "t", "qu": "k",
               "x": "ks", "c": "k", "ng": "n", "r": ""}
# (session 22, ml22b: j keeps its own letter - "ジ" / "지" write an English j, a soft or hard g,
# and in katakana a voiced s or z: "ファンタジー" fantasy, "クレンジング" cleansing; ``scripts._same_key``
# lets a native j stand for any of them)
_J_CLASS = str.maketrans({"l": "r", "v": "b", "z": "s", "a": None, "e": None, "i": None, "o": None,
                          "u": None, "y": None, "w": None, "-": None})
# fewest consonants of a key that names a word (two name too many: "Sony" / "sn")
J_MIN = 3


def phonetic_key(w: str) -> str:
    """The Japanese-transcription key of a Latin word or a romaji reading (see above)."""
    def rep(m):
        g = m.group()
        if g == "c" and m.end() < len(w) and w[m.end()] in "eiy":
            return "s"
        return _J_DIGRAPHS.get(g, g)
    s = _J_DIGRAPH.sub(rep, w.lower()).translate(_J_CLASS)
    out = []
    for ch in s:
        if ch.isalpha() and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


def katakana_keys(title: str) -> tuple:
    """The phonetic keys (each a one-element frozenset, as ``scripts.title_skeletons``'
    groups, marked "j:", "k:" for hangul) of the katakana and hangul words of ``title`` that
    ``cjk.to_latin`` does not read; () for a title without them."""
    if title.isascii() or not CJK_HINT(title):
        return ()
    import unicodedata
    from anyascii import anyascii
    table = _CJK_KEYED_OUT
    out = []
    nfkc = unicodedata.normalize("NFKC", title)
    for m in _KATAKANA_RUN.finditer(nfkc):
        run = m.group()
        if run in table or _after_number(nfkc, m.start()):
            continue
        for part in run.split("\u30fb"):  # (the middle dot between words: "コカ・コーラ")
            if not part or part in table:
                continue  # (a word the table reads: left to the table)
            key = phonetic_key(anyascii(part.replace("\u30c3", "")))
            if _left_to_table(part, key, phonetic_key):
                continue
            if key:  # (session 22, ml22b: a short key too - ``scripts._named_short``)
                out.append(frozenset(("j:" + key,)))
    # a name in hangul ("다이슨" Dyson, "필립스" Philips, "마이크로소프트" Microsoft): Korean
    # writes f as p and a closing consonant voiced or not ("갤럭시" galaxy reads "gaelleogsi"),
    # so its key also folds p/b/f, k/g and t/d (``korean_key``)
    for m in _HANGUL_WORD.finditer(title):
        w = m.group()
        if _after_number(title, m.start()):
            continue
        if len(w) >= 3 and w[-1] == "\uc758":
            w = w[:-1]  # (the possessive particle 의 glued to a name: "젤다의 전설" the legend of Zelda)
        if w in table:
            continue
        key = korean_key(anyascii(w))
        if _left_to_table(w, key, korean_key):
            continue
        if key:
            out.append(frozenset(("k:" + key,)))
    return tuple(out)


def _left_to_table(w: str, key: str, key_of) -> bool:
    """Is the native word ``w`` (its key ``key``) read by the tables, and so compared as its
    Latin reading, no name to key?  A table word is still keyed where it spells its reading
    ("パナソニック" Panasonic, "갤럭시" Galaxy: a Latin title prints that name), not where the
    table translates it ("삼성전자" Samsung Electronics, "무인양품" MUJI: no Latin title spells
    "samseongjeonja"); a word of table words end to end is left to the table (session 22, ml22b)."""
    reading = CJK_TABLE.get(w)
    if reading is not None:
        if len(key) < J_MIN:
            return True  # (a short key names too many words: "ソニー" is read as "sony" alone)
        k = key_of(reading.replace(" ", ""))
        return not (k == key or k.replace("r", "") == key.replace("r", ""))
    return _read_whole(w)


def _after_number(title: str, i: int) -> bool:
    """Is the native word at ``i`` glued to a number before it ("5개입", "10캡슐", "2パック"): its
    unit or counter, read by the unit and count rules, no name (session 22, ml22b)."""
    return i > 0 and title[i - 1].isdigit()


def _read_whole(w: str) -> bool:
    """Is the katakana or hangul word ``w`` table words end to end (each of two or more
    letters: "リップスリーピングマスク" lip sleeping mask, "삼성전자" Samsung)?  (session 22, ml22b:
    "그린티" green tea holds "그린" green, but no table word reads its "티": the word is keyed,
    so that a Latin title must print it - "Green Tea" does)"""
    n = len(w)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for k in range(2, min(CJK_LONGEST, n - i) + 1):
            if w[i:i + k] in CJK_TABLE:
                ok[i + k] = True
    return ok[n]


_HANGUL_WORD = _re.compile("[\uac00-\ud7af]+")
_K_CLASS = str.maketrans({"b": "p", "f": "p", "g": "k", "d": "t"})


def korean_key(w: str) -> str:
    """``phonetic_key`` with p/b/f, k/g and t/d one class each (Korean transcription); a Latin
    z is the ㅈ (j) Korean writes for it ("Zelda" 젤다, "pizza" 피자; session 22, ml22b)."""
    out = []
    for ch in phonetic_key(w.replace("z", "j")).translate(_K_CLASS):
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)
