"""(session 39, rv39) The review debts of session 38: one reader each where copies had grown.

* ``we38.cognate_words`` reads a word's two spellings by ``lingua.cognate_key`` (passed in by ``we38.install``),
  keeping only the folds the key reads otherwise (German "sch" / French "ch", "ou" / "u", "z" before a vowel
  / "c"); the one-letter-dropped reading is asked of words of eight letters or more.
* ``titles._HYPHEN_COUNT`` reads a count and the hyphen beside it ("4-Port", "Disk-5 Pack", "All-in-1 - pack de
  3"), ``titles.counts_packs`` a count of packs a hyphened word or two before the pack word ("12 Flip-Top
  Packs") for ``relations._opens_part``.
"""
from crawler.matching import titles as T
from crawler.matching import we38
from tests.pair_checks import pair_tests

SAME = [
    # one word in two languages' spellings, read by the cognate key and we38's three folds
    ("SodaStream Terra Wassersprudler mit CO2-Zylinder, schwarz", "SodaStream Terra sparkling water maker with CO2 cylinder, black"),
    ("Brita Marella XL Wasserfilter-Kanne 3,5 l weiß inkl. 1 Maxtra Pro Kartusche",
     "Brita Marella XL carafe filtrante 3,5 L blanche avec 1 cartouche Maxtra Pro"),
    # a letter dropped in a word of eight letters or more: the words' length asked, not the key's
    ("Zinnia Califonia Giants Mixed Colors - Ferry Morse (1.5g packet)", "Ferry-Morse California Giant Zinnia Mix Seeds 1.5 g"),
    # a count and the hyphen beside it: one reader
    ("Iomega REV 70GB Disk - 5 Pack", "REV 70GB Disk-5 Pack"),
    ("Iomega REV 70GB Disk 5-Pack", "REV 70GB Disk-5 Pack"),
    ("BRITA MAXTRA PRO All-in-1 Wasserfilter-Kartuschen, 3er Pack",
     "Cartouches filtrantes Brita Maxtra Pro All-in-1 - pack de 3"),
    ("Huggies Natural Care Sensitive Baby Wipes, Unscented, 12 Flip-Top Packs (768 Wipes Total)",
     "Huggies Natural Care Sensitive Baby Wipes Unscented 768 ct"),
]
DIFFERENT = [
    # one letter changed is no spelling: two pastas; two words the tables read as two values
    ("Barilla Ditalini n. 40 500 g", "Barilla Ditaloni n. 40 500 g"),
    ("Catan Seafarers Extension 5-6 Players", "Catan Seafarers Expansion"),
    # the count read the same way on both sides still parts two counts
    ("Iomega REV 70GB Disk-2 Pack", "REV 70GB Disk-5 Pack"),
    ("Brita Maxtra Pro All-in-1 cartridges, 3er Pack", "Brita Maxtra Pro All-in-1 - pack de 6 cartridges"),
    ("Anker 4-Port USB 3.0 Hub", "Anker 7-Port USB 3.0 Hub"),
    ("Huggies Natural Care Sensitive Baby Wipes, Unscented, 12 Flip-Top Packs (768 Wipes Total)",
     "Huggies Natural Care Refreshing Clean Baby Wipes, Scented, 12 Flip-Top Packs (768 Wipes Total)"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_we38_reads_spellings_by_the_cognate_key():
    assert we38._key is not None
    assert we38._skeleton("zylinder") == we38._skeleton("cylinder")
    assert we38._skeleton("kartusche") == we38._skeleton("cartouche")
    assert we38._skeleton("ditalini") != we38._skeleton("ditaloni")


def test_one_reader_of_a_count_beside_a_hyphen():
    assert "5pack" in T.clean("REV 70GB Disk-5 Pack").replace(" ", "")
    assert " - " in T.clean("REV 70GB Disk-5 Pack")
    assert "4port" in T.clean("Anker 4-Port USB Hub")
    assert "1pack" not in T.clean("Brita Maxtra Pro All-in-1 - pack de 3").replace(" ", "")
    assert "cb2-4 pack" in T.clean("CB2-4 Pack")  # (a code with a digit before the hyphen)
    assert "f-150" in T.clean("Ford F-150 Pack")  # (no "word-N" then a pack word: "F" is one letter)
    text = "baby wipes, unscented, 12 flip-top packs (768 wipes total)"
    assert T.counts_packs(text, text.index("12") + 2)
    text = "toilet paper, 2-ply, 48 rolls"
    assert not T.counts_packs(text, text.index("48") + 2)
