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
    ("Hasbro Jenga Classic společenská hra", "Hasbro Jenga Classic gra zręcznościowa"),
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

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


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
