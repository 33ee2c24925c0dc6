"""Session 41, eu41: one product titled in two languages (``crawler.matching.xl39`` with ``eu41``) - English on
one side when the English title prints no identifying word the other lacks; a volume or weight compared as its
quantity in any unit ("0,7 l" / "70cl"); a count spelled as a word ("Doppelpack" = 2); a number "from" ("6+")
no range's end ("0-6"); a colour naming a chocolate's kind ("chocolat noir" = "hořká"); a brand one offer names
where the other names none and opens with its line; a letter glued by a hyphen ("Li-i") a variant.  Near misses
both ways."""

from crawler.matching import eu41, xl39
from crawler.matching.prepared import complete, prepare
from tests.pair_checks import pair_tests


SAME = [
    # a colour naming a chocolate's kind: "chocolat noir" is the Czech "hořká" (dark); "kakaa" is cocoa
    ("Lindt Excellence hořká čokoláda 70 % kakaa, 100 g", "Lindt Excellence Chocolat Noir 70% Cacao, tablette 100g"),
    # a count spelled as a word; a range's start aside
    ("Cumlík MAM Original 6-16 mesiacov, 2 ks", "MAM Original Schnuller 6-16 Monate, Doppelpack"),
    # volumes in two units, English on one side with no identifying word either side lacks
    ("Stanley Classic Legendary Thermosflasche 1,0 l, Hammertone Green", "Stanley Classic Legendary Termos 1 L Hammertone Green"),
    # (fxeu41) every one-sided English word with a counterpart on the other side: "Gen" / "Generation", "Smart" /
    # "Smarter", "Speaker" / "Lautsprecher", "Charcoal" / "Anthrazit"; "2022 release" counts a number both print;
    # "Carrot" / "Wortel", "Organic" / "Bio", "Seeds" / "Zaden" translated by the tables (sh40, train30s)
    ("Amazon Echo Dot (5th Gen, 2022 release) Smart Speaker with Alexa, Charcoal",
     "Echo Dot 5. Generation (2022) Smarter Lautsprecher mit Alexa, Anthrazit"),
    ({"title": "Wortel 'Nantaise 2' Bio Zaden - 3g", "brand": "Vilmorin"},
     {"title": "Carrot ‘Nantaise 2’ (Organic) Seeds - 3 grams", "brand": "Vilmorin"}),
]

DIFFERENT = [
    # English on one side, a word the other title prints and the English one lacks: no proof (the attack pairs of
    # earlier sessions' tests: a band against its strap, a seed type, two strap materials)
    ("Chytrý náramek Xiaomi Redmi Smart Band Pro Black", "Xiaomi Redmi Smart Band Pro Strap Black"),
    ({"title": "Black Jack Seeds - Pack of 5", "brand": "Sweet Seeds"},
     {"title": "Black Jack Auto - 5 semillas", "brand": "Sweet Seeds"}),
    ("Lindt Excellence hořká čokoláda 85 % kakaa, 100 g", "Lindt Excellence Chocolat Noir 70% Cacao, tablette 100g"),
    ("Cumlík MAM Original 0-6 mesiacov, 2 ks", "MAM Original Schnuller 6-16 Monate, Doppelpack"),
    ("Auriculares Apple AirPods Pro (2.ª geração) com estojo MagSafe (Lightning)",
     "Apple AirPods Pro (2. Generation) mit MagSafe Case (USB‑C)"),
    # "6+" is from six months on, "0-6" up to six: two soothers (a wrong "same" of the English-side reading)
    ("MAM Air Soother 6+ Months 2 Pack", "MAM Air Succhietto 0-6 mesi, confezione da 2"),
    # a letter glued by a hyphen: the impact drill "Li-i" (a wrong "same" of the English-side reading)
    ("Einhell TE-CD 18/40 Li Solo Akku-Bohrschrauber Power X-Change",
     "Einhell TE-CD 18/40 Li-i Solo Akku-Schlagbohrschrauber"),
    # an identifying English word the other title lacks ("Absolute") is a line's, not a plain word
    ("Dyson V15 Detect Absolute Cordless Vacuum", "Dyson V15 Detect Akku-Staubsauger"),
    ("Philips Hue White and Color Ambiance E27 pære, 2-pak", "Philips Hue White & Color Ambiance E27 Lampe Einzelpack"),
    ("Bacardí Carta Blanca Ron Blanco 1 l", "Bacardi Carta Blanca Rum 70cl"),
    # (fxeu41, attack41w) a one-sided English word with no counterpart on the German side - a mount, a cover, a
    # clock - and a bundle's "+ X" part: the tables read them as kind or filler words, xl39 never saw them weighed
    ("Echo Dot 5. Generation (2022) Smarter Lautsprecher mit Alexa, Anthrazit",
     "Amazon Echo Dot (5th Gen, 2022 release) Smart Speaker with Alexa Wall Mount, Charcoal"),
    ("Echo Dot 5. Generation (2022) Smarter Lautsprecher mit Alexa, Anthrazit",
     "Amazon Echo Dot (5th Gen, 2022 release) Smart Speaker with Alexa, Charcoal Cover"),
    ("Echo Dot (4. Generation, 2020) Smarter Lautsprecher mit Alexa, Weiß",
     "Amazon Echo Dot (4th Gen, 2020 release) Smart Speaker with Alexa and Clock, Glacier White"),
    ("Echo Dot 5. Generation (2022) Smarter Lautsprecher mit Alexa, Anthrazit",
     "Amazon Echo Dot (5th Gen, 2022 release) Smart Speaker with Alexa, Charcoal + Ring Video Doorbell"),
    ("Echo Dot 5. Generation (2022) Smarter Lautsprecher mit Alexa, Anthrazit",
     "Amazon Echo Dot (5th Gen, 2022 release) Smart Speaker with Alexa, Charcoal + Echo Show 5"),
    ("Echo Dot 5. Generation (2022) Smarter Lautsprecher mit Alexa, Anthrazit",
     "Amazon Echo Dot (5th Gen, 2022 release) Smart Speaker with Alexa, Charcoal + Amazon Smart Plug"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_measures_compare_quantities():
    assert xl39.numbers("Bacardí Carta Blanca Ron Blanco 0,7 l") == xl39.numbers("Bacardi Carta Blanca Rum 70cl")
    assert xl39.numbers("Heineken 12 x 330ml") == xl39.numbers("Heineken 12 x 33 cl")
    assert xl39.numbers("Instant Pot Duo 5,7 liter") == xl39.numbers("Instant Pot Duo 5.7L")
    assert xl39.numbers("Bacardi 1 l") != xl39.numbers("Bacardi 70cl")


def test_spelled_counts_and_from_numbers():
    assert xl39.numbers("Philips Hue E27 Lampe Doppelpack") == xl39.numbers("Philips Hue E27 pære, 2-pak")
    assert xl39.numbers("Philips Hue E27 Einzelpack") == xl39.numbers("Philips Hue E27 lamp - 1-pack")
    assert xl39.numbers("MAM Air 6+ Months") != xl39.numbers("MAM Air 0-6 mesi")


def test_english_side_needs_no_identifying_english_word():
    # the English title's one-sided words all read by the tables (kind, filler): the other title's language decides
    assert eu41.english_side(["univerzálny", "krém"], ["tin", "all", "purpose"], [], [], "sk", "en", xl39._marks) \
        == ("sk", "en")
    # an identifying word on the other side: no proof with English on one side ("auto" a seed type)
    assert eu41.english_side(["auto", "semillas"], ["seeds", "pack"], ["auto"], [], "es", "en", xl39._marks) is None
    # an identifying English word the other lacks: no
    assert eu41.english_side(["akku", "staubsauger"], ["absolute", "cordless"], [], ["absolute"], "de", "en",
                             xl39._marks) is None
    # (fxeu41) a one-sided English word with no counterpart ("clock"), or a bundle's "+ X" part: no
    cp = lambda w, xs: w in ("with", "smart", "speaker")  # noqa: E731
    assert eu41.english_side(["smarter", "lautsprecher", "mit"], ["smart", "speaker", "with"], [], [], "de", "en",
                             xl39._marks, cp) == ("de", "en")
    assert eu41.english_side(["smarter", "lautsprecher", "mit"], ["smart", "speaker", "with", "clock"], [], [],
                             "de", "en", xl39._marks, cp) is None
    assert eu41.english_side(["smarter", "lautsprecher", "mit"], ["smart", "speaker", "with"], [], [], "de", "en",
                             xl39._marks, cp, True) is None
    # two titles both English, or neither: not this reading
    assert eu41.english_side(["a"], ["b"], [], [], "de", "fr", xl39._marks) is None


def test_one_sided_brand_and_glued_letter():
    a = complete(prepare({"title": "Kindle Paperwhite (16 GB) mit Werbung", "brand": "Amazon"}))
    b = complete(prepare({"title": "Kindle Paperwhite (16 Go) avec publicités"}))
    assert eu41.one_sided_brand(a, b, xl39._WORD, xl39.fold) == frozenset({"amazon"})
    assert eu41.glued_letter_apart("Einhell TE-CD 18/40 Li-i", "Einhell TE-CD 18/40 Li", xl39.fold)
    assert not eu41.glued_letter_apart("AirPods Pro (USB‑C)", "AirPods Pro USB-C", xl39.fold)
    assert eu41.kind_colours("lindt chocolat noir 70%") == {"noir": "dark"}
