"""Session 40, xl40: one product titled in two languages read by POSITIVE agreement (``crawler.matching.xl39``):
the kinds both titles name, read through the matcher's concept tables (``wordclass.CATEGORY``: one concept in
two languages - "Rucksack" / "ryggsäck", "kokkiveitsi" / "faca" -, a value of ``wordclass.canon`` -
"čokoláda" / "Schokolade" -, a colour's family) are evidence with the brand, the name and the numbers; two
titles naming kinds, none shared, are two products; and two shades of one colour family named in two languages
("Graphit" / "gris pâle", "azul marinho" / "Hellblau") are two colours, a family against one of its shades
("blau" / "bleu marine") none.  Near misses both ways."""

from crawler.matching import facets, xl39
from crawler.matching.prepared import complete, prepare
from tests.pair_checks import pair_tests


SAME = [
    # one kind in two languages, the brand and the line's words shared, the numbers agreeing
    # (session 40, fxxl40: "Hasbro Jenga Classic společenská hra" / "gra zręcznościowa" is no longer joined - each
    # title prints a content word the other lacks, "společenská" / "zręcznościowa", as LEGO's set names do)
    ("Lurpak usaltet smør 200 g", "Lurpak osaltat smör 200 g"),
    # a colour in two languages ("blå" as folded, Hungarian "kék")
    ("Pilot FriXion Ball 0,7 mm raderbar gelpenna, blå", "Pilot FriXion Ball 0.7 radierbarer Gelschreiber, blau"),
    # one shade in two languages; a family name against one of its shades
    ("Herschel Little America mochila, azul marinho", "Herschel Little America Rucksack, Navy"),
    ("Logitech MX Master 3S Kabellose Maus, Graphit", "Logitech MX Master 3S souris sans fil, graphite"),
    # a "+" between two words is "and", no variant
    ("Philips Hue White and Color Ambiance Kit Inicial E27 com 3 lâmpadas e Bridge",
     "Philips Hue White and Color Ambiance Kit de inicio E27, 3 bombillas + Bridge"),
]

DIFFERENT = [
    # two shades of one family, two languages
    ("Logitech MX Master 3S Kabellose Maus, Graphit", "Logitech MX Master 3S souris sans fil, gris pâle"),
    ("Logitech Pebble Mouse 2 M350s bezdrátová myš, světle šedá",
     "Logitech Pebble Mouse 2 M350s kabellose Maus, Graphit"),
    ("Herschel Little America mochila, azul marinho", "Herschel Little America Rucksack, Hellblau"),
    ("Herschel Little America sac à dos, bleu nuit", "Herschel Little America Rucksack, hellblau"),
    # one attribute apart, two languages
    ("Hasbro Jenga Giant společenská hra", "Hasbro Jenga Classic gra zręcznościowa"),
    ("Lurpak saltet smør 200 g", "Lurpak osaltat smör 200 g"),
    ("Pilot FriXion Ball 0,7 mm raderbar gelpenna, svart", "Pilot FriXion Ball 0.7 radierbarer Gelschreiber, blau"),
    ("Milka Daim czekolada mleczna 100 g", "Milka Oreo Schokolade 100g Tafel"),
    # a name glued to a "+" on one side only
    ("Dyson Omni-glide+ aspirador sem fios", "Dyson Omni-glide Akku-Staubsauger"),
    # two kinds the concept tables read, none shared (a French press against a coffee maker's word)
    ("Bodum Chambord stempelkande 8 kopper, 1 l", "Bodum Chambord cafeteira elétrica 8 chávenas, 1 l"),
]

# (session 40, fxxl40) a kind both titles name stands in for a name word (no brand known: for the model number)
# only when neither title prints a content word the other lacks (the tables' kind, filler and container words,
# the words they translate into each other and a word counting a number both print aside)
SAME += [
    ("Fiskars Functional Form kokkiveitsi 20 cm", "Fiskars Functional Form kockkniv 20 cm"),
    ("Pasta do zębów Colgate Total Original 75 ml", "Pasta de dientes Colgate Total Original 75 ml"),
    ({"title": "Jacobs Krönung Kaffee gemahlen 500 g", "brand": "Jacobs"}, "Kawa mielona Jacobs Krönung 500 g"),
    ({"title": "Bialetti Moka Express caffettiera 6 tazze", "brand": "Bialetti"},
     "Cafeteira Bialetti Moka Express 6 chávenas alumínio"),
    ({"title": 'Gardena Classic Schlauch 13 mm (1/2"), 20 m', "brand": "Gardena"},
     'Wąż ogrodowy Gardena Classic 13 mm (1/2"), 20 m'),
    ("Eastpak Padded Pak'r rugzak, 24 L, zwart", {"title": "Eastpak Padded Pak'R Mochila, 24 Litros, Negro (Black)",
                                                   "brand": "Eastpak"}),
]
DIFFERENT += [
    # attack40w: one shared line word and a kind both name - a set's name, a flavour, ground / beans, deep /
    # flat, a refill on one side or both
    ("LEGO City Posterunek policji klocki", "LEGO City Hasičská stanice stavebnice"),
    ("LEGO Minecraft Pszczeli domek klocki", "LEGO Minecraft Prasečí domek stavebnice"),
    ("Iittala Teema syvä lautanen 21 cm", "Iittala Teema talerz płaski 21 cm"),
    ("Jacobs Krönung Kaffeebohnen 500 g", "Jacobs Krönung kawa mielona 500 g"),
    ("Vileda UltraMax Wischmop Set", "Vileda UltraMax náhradní mop"),
    ("KitchenAid Artisan Wasserkocher mit Temperaturregelung 1,5 l", "KitchenAid Artisan rychlovarná konvice 1,5 l"),
    # attack40w: no brand known, two shared words of a theme or line and a kind both name
    ("LEGO Star Wars Sokół Millennium klocki", "LEGO Star Wars Hvězda smrti stavebnice"),
    ("Purina Pro Plan Sterilised Katzenfutter Kaninchen 400 g",
     "Purina Pro Plan Sterilised karma dla kota z indykiem 400 g"),
    ("Converse Chuck Taylor All Star Schuhe hoch", "Converse Chuck Taylor All Star buty niskie"),
    ("Tchibo Feine Milde Kaffeebohnen 500 g", "Tchibo Feine Milde káva bez kofeinu 500 g"),
    ("Lipton Yellow Label Tee Teebeutel", "Lipton Yellow Label herbata liściasta sypana"),
    ("Victorinox Swiss Classic nůž na pečivo", "Victorinox Swiss Classic kokkekniv"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_kind_agreement_asks_no_one_sided_content_word():
    why = []
    assert not xl39.two_languages_one_product(_p("LEGO City Szpital klocki"),
                                              _p("LEGO City Hasičská stanice stavebnice"), why)
    assert why and why[-1].startswith("one-sided words")
    assert xl39.leftover(["tazze", "alumínio"], "Bialetti Moka Express 6 tazze alumínio") == ["alumínio"]


def _p(title):
    return complete(prepare({"title": title}))


def test_kinds_read_through_the_concept_tables():
    assert xl39.kinds_read(_p("Zwilling Pro kuchařský nůž 20 cm")) == xl39.kinds_read(_p("Zwilling Pro faca de chef 20 cm"))
    assert "backpack" in xl39.kinds_read(_p("Fjällräven Kånken ryggsäck 16 l"))
    assert "backpack" in xl39.kinds_read(_p("Fjallraven Kanken Classic Rucksack, 16 Liter"))


def test_shades_named_by_a_word():
    assert facets.shades(["graphit"]) == {("dark", "grey")}
    assert facets.shades(["gris", "pale"]) == {("light", "grey")}
    assert facets.shades(["azul", "marinho"]) == {("dark", "blue")}
    assert facets.shades(["bleu", "nuit"]) == {("dark", "blue")}
    assert facets.shades(["blau"]) == frozenset()
    assert not facets.shades_differ(facets.shades(["blau"]), facets.shades(["bleu", "marine"]))
    assert facets.shades_differ(facets.shades(["graphit"]), facets.shades(["gris", "pale"]))


def test_plus_glued_to_a_name():
    assert xl39.plus_names("Dyson Omni-glide+ aspirador") == {"omni-glide"}
    assert xl39.plus_names("Philips Hue Kit 3 bombillas + Bridge") == frozenset()


def test_score_is_the_rules_precision():
    assert 0.5 < xl39.SCORE <= 1.0
