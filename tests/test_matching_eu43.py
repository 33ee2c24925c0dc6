"""Session 43, eu43: one product titled in two languages (``crawler.matching.xl39``) - a compound split only
into words, not into three-letter pieces with invented endings (so a long word of one language marks it), a drink's "35% Vol."
no book's volume, a decimal "0,7" / "0.7 mm" a number, the brand's own words no kind ("Royal Canin" is no "cani"),
a word both titles print no one-sided word whatever either reads it as, and a rating of the product's own -
power, pressure, running time, megapixels - one title prints where the other states none of its class no number
naming one product of several.  Near misses both ways."""

from crawler.matching import xl39
from crawler.matching.prepared import complete, prepare
from tests.pair_checks import pair_tests


SAME = [
    # "Schnellreiniger" is no French word ("schnell|en|rei|niger" was), so it marks German against French
    ({"title": "Meguiar's Ultimate Quik Detailer nettoyant rapide 473 ml", "brand": "Meguiar's"},
     {"title": "Meguiar's Ultimate Quik Detailer Schnellreiniger 473 ml", "brand": "Meguiar's"}),
    # (fxeu43) a rating one side only beside a number both print - the model's: still one product
    ("Stihl MS 170 motosega a scoppio 30 cm", "Stihl MS 170 Motosierra de gasolina 30 cm 1,2 kW"),
    ("Kärcher K 2 Basic Hochdruckreiniger", "Kärcher K2 Basic myjka ciśnieniowa 110 bar"),
    ("Kärcher K 5 Power Control Hochdruckreiniger", "Kärcher K5 Power Control idropulitrice 145 bar"),
    ("Sony WH-1000XM5 kabellose Bluetooth Noise Cancelling Kopfhörer, 30 Std. Akku, Schwarz",
     "Cuffie wireless Sony WH-1000XM5 con cancellazione del rumore - Nero"),
    # (fxeu43) a Polish word read as printed, "ł" kept: "przełączniki" is Polish, its id "przelaczniki" no word
    ({"title": "Genesis Thor 303 TKL Gaming-Tastatur Red Switch", "brand": "Genesis"},
     "Klawiatura Genesis Thor 303 TKL przełączniki Red"),
]

DIFFERENT = [
    # (fxeu43, attack43w) a running time with no number both titles print: a candle's burn time is its size -
    # a large jar against a votive, a small jar, tea lights
    ({"title": "Yankee Candle Clean Cotton Duftkerze Brenndauer 150 Stunden", "brand": "Yankee Candle"},
     {"title": "Yankee Candle Clean Cotton bougie votive", "brand": "Yankee Candle"}),
    ({"title": "Yankee Candle Pink Sands Duftkerze, Brenndauer 150 Stunden", "brand": "Yankee Candle"},
     {"title": "Yankee Candle Pink Sands bougie parfumée petite jarre", "brand": "Yankee Candle"}),
    ({"title": "Yankee Candle Lemon Lavender geurkaars brandtijd 65 uur", "brand": "Yankee Candle"},
     {"title": "Yankee Candle Lemon Lavender Duftkerze Teelichter", "brand": "Yankee Candle"}),
    ({"title": "Yankee Candle Mango Peach Salsa Duftkerze Brenndauer 75 Stunden", "brand": "Yankee Candle"},
     {"title": "Yankee Candle Mango Peach Salsa bougies chauffe-plat", "brand": "Yankee Candle"}),
    ({"title": "Yankee Candle Shea Butter vela aromática 150 horas", "brand": "Yankee Candle"},
     {"title": "Yankee Candle Shea Butter bougie votive", "brand": "Yankee Candle"}),
    ({"title": "Yankee Candle Cherry Blossom vonná svíčka 150 hodin", "brand": "Yankee Candle"},
     {"title": "Yankee Candle Cherry Blossom bougie votive", "brand": "Yankee Candle"}),
    ({"title": "WoodWick Black Cherry Duftkerze Brenndauer 100 Stunden", "brand": "WoodWick"},
     {"title": "WoodWick Black Cherry bougie votive", "brand": "WoodWick"}),
    # (fxeu43) the keyboard's line, another model number
    ({"title": "Genesis Thor 303 TKL Gaming-Tastatur Red Switch", "brand": "Genesis"},
     "Klawiatura Genesis Thor 300 TKL przełączniki Red"),
    # near misses one attribute apart: another model number, a tier, a product of the line
    ({"title": "Garmin Edge 830 computador de bicicleta GPS", "brand": "Garmin"},
     {"title": "Garmin Edge 530 ciclocomputador con GPS", "brand": "Garmin"}),
    ({"title": "Maxi-Cosi Pebble 360 Pro Babyschale i-Size, Essential Black", "brand": "Maxi-Cosi"},
     {"title": "Siège auto coque Maxi-Cosi Pebble 360 i-Size Essential Black", "brand": "Maxi-Cosi"}),
    ({"title": "Meguiar's Ultimate Quik Wax cire rapide 473 ml", "brand": "Meguiar's"},
     {"title": "Meguiar's Ultimate Quik Detailer Schnellreiniger 473 ml", "brand": "Meguiar's"}),
    # "35% Vol." is no volume of a book, and a bottle's size still parts the pair
    ("Jägermeister kruidenlikeur 35% 0,7 liter", "Jägermeister Kräuterlikör 35% Vol. 1,0 l"),
    # a decimal is a number: 0,5 against 0.7
    ({"title": "Pilot FriXion Ball 0,5 bolígrafo borrable azul", "brand": "Pilot"},
     {"title": "Pilot FriXion Ball Erasable Gel Pen 0.7 mm Blue", "brand": "Pilot"}),
    # the brand's words name no kind; the bag's weight still parts the pair
    ({"title": "Royal Canin Kitten sucha karma dla kociąt 400 g", "brand": "Royal Canin"},
     {"title": "Royal Canin Kitten granule pro koťata 2 kg", "brand": "Royal Canin"}),
    # two English titles are no two languages (the wrong "same" of a reading tried and dropped: a frequent word
    # ten times rarer in the other language marking its own)
    ("Greenies Original Teenie Dental Dog Treats 12 oz", {"title": "Greenies Original Petite Dental Dog Treats 12 oz", "brand": "Greenies"}),
    ("Airfix Supermarine Spitfire Mk.Ia 1/72 Model Kit", "Airfix Supermarine Spitfire Mk.Vb 1/72 Model Kit"),
    # a rating both print, two values: two products
    ({"title": "Tefal OptiGrill+ Kontaktgrill, 6 automatische Programme, 2000 W", "brand": "Tefal"},
     {"title": "Tefal OptiGrill+ grill électrique 6 programmes automatiques 1800 W", "brand": "Tefal"}),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def _p(t, brand=None):
    return complete(prepare({"title": t, "brand": brand} if brand else {"title": t}))


def test_abv_is_no_book_volume():
    assert not xl39.volume("Jägermeister Kräuterlikör 35% Vol. 1,0 l")
    assert not xl39.volume("Aperol 11 % vol 0,7 l")
    assert xl39.volume("Asterix Band 1")
    assert xl39.volume("Harry Potter Tome 2")


def test_compounds_are_words_not_pieces():
    assert xl39.ordinary("schnellreiniger", "de")
    assert not xl39.ordinary("schnellreiniger", "fr")
    assert not xl39.ordinary("nettoyant", "de")
    assert xl39.ordinary("haarentfernungsgerät", "de")


def test_ratings_one_side_only():
    # a rating one title prints and the other states none of its class: no number apart
    assert xl39.numbers_agree("Tefal OptiGrill+ Kontaktgrill, 6 automatische Programme, 2000 W",
                              "Tefal OptiGrill+ grill électrique 6 programmes automatiques")
    assert xl39.numbers_agree("Idropulitrice Kärcher K4 Power Control 130 bar", "Kärcher K 4 Power Control")
    # (fxeu43) only beside a number both still print: with none, the rating may be all that names the size
    assert not xl39.numbers_agree("Yankee Candle Clean Cotton Duftkerze Brenndauer 150 Stunden",
                                  "Yankee Candle Clean Cotton bougie votive")
    assert not xl39.numbers_agree("Tefal OptiGrill+ Kontaktgrill 2000 W", "Tefal OptiGrill+ grill électrique")
    # both print the class: compared
    assert not xl39.numbers_agree("Tefal OptiGrill+ 2000 W", "Tefal OptiGrill+ 1800 W")
    # a capacity, a voltage, a battery's mAh on one side: still apart
    assert not xl39.numbers_agree("Samsung Galaxy S24 256 GB", "Samsung Galaxy S24")
    assert not xl39.numbers_agree("Bosch Akku-Bohrschrauber 18 V", "Bosch perceuse-visseuse")
    assert not xl39.numbers_agree("Anker PowerCore 10000 mAh", "Anker PowerCore")


def test_brand_words_name_no_kind():
    pa = _p("Royal Canin Kitten sucha karma dla kociąt 2 kg", "Royal Canin")
    pb = _p("Royal Canin Kitten granule pro koťata 2 kg", "Royal Canin")
    why = []
    xl39.two_languages_one_product(pa, pb, why)
    assert not any(w.startswith("kind") for w in why)
