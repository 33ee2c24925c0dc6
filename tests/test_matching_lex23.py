"""Session 23, lex23: the common kinds, forms, packs and colours in every language the tables read
(``crawler.matching.lexicon``): one product named in two languages is one product; two kinds, two
colours, two forms stay apart."""

from crawler.matching import lexicon
from crawler.matching import wordclass as W
from tests.pair_checks import pair_tests


SAME = [
    # electronics: a speaker, an iron, a drill, a phone, batteries
    ("JBL Flip 6 Bluetooth Lautsprecher Blau", "JBL Flip 6 Portable Bluetooth Speaker - Blue"),
    ("JBL Charge 5 Głośnik Bluetooth czarny", "JBL Charge 5 Portable Bluetooth Speaker Black"),
    ("Tefal Ultragliss Bügeleisen FV4950", "Tefal Ultragliss Steam Iron FV4950"),
    ("Bosch Taladro atornillador GSR 12V-15", "Berbequim sem fio GSR 12V-15"),
    ("Duracell Plus AA x12", "Piles alcalines Duracell Plus type AA (LR6), paquet de 12"),
    # drugstore: nappies, toothpaste, shampoo, detergent
    ("Pampers Baby-Dry Windeln Größe 4, 44 Stück", "Pampers Baby-Dry Nappies Size 4, 44 Pack"),
    ("Pampers Baby-Dry pieluchy rozmiar 4, 44 szt.", "Pampers Baby-Dry Nappies Size 4, 44 Pack"),
    ("Colgate Total Zahnpasta 75ml", "Colgate Total Toothpaste 75ml"),
    ("Colgate Total dentifrice 75ml", "Colgate Total Tandkräm 75ml"),
    ("パンテーン シャンプー 450ml", "Pantene Shampoo 450ml"),
    ("Persil Waschmittel Universal 20 WL", "Persil Universal Laundry Detergent 20 Washes"),
    # food: chocolates, coffee
    ("Ferrero Rocher praliny 16 szt.", "Ferrero Rocher Chocolates 16 Pieces"),
    ("Lavazza Qualità Rossa Caffè Macinato 250 g", "Café moído Lavazza Qualità Rossa 250g"),
    ("Nescafé Gold löslicher Kaffee 200g", "Nescafe Gold Instant Coffee 200g"),
    ("Fairy Original Spülmittel 450ml", "Fairy Original Washing Up Liquid 450ml"),
]

APART = [
    # two colours
    ("JBL Flip 6 Bluetooth Lautsprecher Schwarz", "JBL Flip 6 Portable Bluetooth Speaker - Blue"),
    ("JBL Charge 5 Głośnik Bluetooth czerwony", "JBL Charge 5 Portable Bluetooth Speaker Black"),
    # two kinds of one brand and line
    ("パンテーン コンディショナー 450ml", "Pantene Shampoo 450ml"),
    ("Pantene Pro-V Spülung 250ml", "Pantene Pro-V Shampoo 250ml"),
    ("Fairy Original Spülmittel 450ml", "Fairy Original Laundry Detergent 450ml"),
    # two forms of one coffee: ground against beans, instant against beans
    ("Lavazza Qualità Oro gemahlen 250g", "Lavazza Qualita Oro Coffee Beans 250g"),
    ("Nescafé Gold löslicher Kaffee 200g", "Nescafe Gold Coffee Beans 200g"),
]


test_one_product_in_two_languages = pair_tests(same=SAME).same


test_two_kinds_colours_forms_stay_apart = pair_tests(different=APART).different


def test_a_word_already_in_a_table_keeps_its_meaning():
    # words with a second meaning are left out: "latte" (Italian milk, a coffee drink), "pates" (French
    # pasta, pâtés), "ciabatta" (Italian power strip, a bread), "gem" (Romanian jam)
    assert W.CATEGORY.get("latte") != "milk"
    assert W.CATEGORY.get("pates") != "pasta"
    assert W.CATEGORY.get("ciabatta") != "power strip"
    assert W.CATEGORY.get("gem") != "jam"
    # a colour word is a colour, never a synonym
    for w in lexicon.COLOURS:
        assert w not in W.SYNONYM or W.SYNONYM[w] == lexicon.COLOURS[w]


def test_kinds_join_the_english_word_class():
    assert W.CATEGORY["zahnpasta"] == W.CATEGORY["toothpaste"]
    assert W.CATEGORY["glosnik"] == W.CATEGORY["speaker"]
    assert W.CATEGORY["pieluchy"] == W.CATEGORY["diapers"]
    # a one-word concept no kind names is one value with its English word
    assert W.SYNONYM["javel"] == W.SYNONYM["bleach"]
    assert W.SYNONYM["praliny"] == W.SYNONYM["chocolate"]


def test_latin_words_are_folded_ascii():
    words = [w for ws in lexicon.KINDS.values() for w in ws.split()]
    words += [p for ps in lexicon.KIND_PHRASES.values() for p in ((ps,) if isinstance(ps, str) else ps)]
    words += [w for ws in lexicon.SYNONYMS.values() for w in ws.split()] + list(lexicon.COLOURS) + lexicon.FILLER.split()
    assert [w for w in words if not (w.isascii() and w == w.lower())] == []
