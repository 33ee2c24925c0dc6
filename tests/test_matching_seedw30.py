"""Session 30 (seedw30): seed offers as seed banks and seed houses list them - cannabis strains of a
breeder resold by banks in their own title styles, vegetable and flower seed of a seed house - read by
the principles this branch added to ``crawler.matching.seeds``, in English, Spanish, German, French,
Italian and Dutch titles, each pair both ways and on the batch path, against its near misses:

* a seed bank's or seed house's brand field puts the title about seeds ("Moby Dick Auto - 25 pcs" of
  Dinafem is autoflowering seeds; "Tomate 'Matina' Saatgut" of Sperli a tomato);
* "Saatgut", "sementi", "zaad" are seed words, "autofloraison" an autoflowering one;
* "cannabis" and the pack's count words ("3 Stk.", "10 uds", "5 pz", "Pak van 5") describe;
* a glued count ("x10", "3x") is the seeds' count wherever the title prints it;
* organic seed is one word in every language, and one side's organic line is another packet;
* "Reg" is regular, "Single Seed" a pack of one, Italian "semi" seeds where only seeds can be meant
  ("Semi di ...", "... 10 semi" closing the title), a hybrid denied ("niet-hybride", "no híbrido") an
  open-pollinated seed - it was read as F1;
* a botanical name in brackets is an aside; beetroot, parsley, radish, lettuce, cherry tomato: one
  crop, one name.
"""

from __future__ import annotations

from crawler.matching import seeds as S
from tests.pair_checks import pair_tests


SAME = [
    # a seed bank's brand field: the pack "25 pcs" / "10 stuks" counts seeds, "Fem" is feminised
    ({"title": "Moby Dick Auto - 25 pcs", "brand": "Dinafem"}, "Dinafem Moby Dick Autoflowering - 25 semillas"),
    ({"title": "Gorilla Zkittlez Fem 10 stuks", "brand": "Barney's Farm"},
     "10 semillas Gorilla Zkittlez Fem - Barneys Farm"),
    ({"title": "Jack Herer regulares - 10 uds", "brand": "Sensi Seeds"}, "Jack Herer Régulière (Sensi) (10 graines)"),
    # a glued count wherever printed; "cannabis" and the count words describe
    ("x10 Skunk #1 Feminised Cannabis Seeds - Sensi", "Skunk #1 Pack of 10 Feminized Sensi"),
    ("3 Pack Gorilla Crasher Feminised Cannabis Seeds - Kannabia", "3 Stk. Gorilla Crasher Feminisiert - Kannabia Seeds"),
    ("Think Different autoflowering Samen (Dutch Passion) x1", "Auto Think Different - Dutch Passion - 1 seed"),
    # organic in two languages, a botanical aside, Saatgut, Korn and x20
    ({"title": "Wortel 'Nantaise 2' Bio Zaden - 3 gram", "brand": "Vilmorin"},
     {"title": "Carrot ‘Nantaise 2’ (Organic) Seeds - 3 grams", "brand": "Vilmorin"}),
    ({"title": "Kopfsalat (Lactuca sativa) 'Little Gem' - x500", "brand": "Suttons Seeds"},
     {"title": "Laitue Little Gem Graines - x500", "brand": "Suttons"}),
    ({"title": "Tomate ‘Matina’ Saatgut - 20 Korn", "brand": "Sperli"},
     {"title": "Tomate (Solanum lycopersicum) Matina - x20", "brand": "Sperli"}),
    # a cherry tomato in one word; a cultivar's number before the seed word
    ("Sperli - Kirschtomate Sweet Million F1 Samen | 10 Samen",
     {"title": "‘Sweet Million’ Hybrid Cherry Tomato Seed approx. 10 seeds", "brand": "Sperli"}),
    ({"title": "Zanahoria Nantesa 2 semillas - 8g", "brand": "Semillas Batlle"},
     {"title": "Carotte (Daucus carota) Nantesa 2 - (8 g)", "brand": "Semillas Batlle"}),
    # "Reg", Italian "semi" closing the title, "Single Seed", German "Salat"
    ("(5) White Widow Reg - Seedsman", {"title": "White Widow Régulière - (5 graines)", "brand": "Seedsman"}),
    ("Skunk #1 regolari (Sensi) Confezione da 10 semi", {"title": "Skunk #1 Régulière - 10 graines", "brand": "Sensi Seeds"}),
    ("Barney´s Farm Wedding Cake Auto Single Seed", "Wedding Cake Auto Barney´s Farm 1 graine"),
    ({"title": "'Little Gem' BIO Salat Saatgut 500 Samen", "brand": "Suttons"},
     {"title": "Lechuga Little Gem Ecológica semillas - 500 semillas", "brand": "Suttons"}),
    # outside seeds nothing changes: a food brand with "Seeds" in its name
    ({"title": "Quinoa & Brown Rice with Garlic 8.5 oz", "brand": "Seeds of Change"},
     {"title": "Seeds of Change Quinoa and Brown Rice with Garlic, 8.5 oz"}),
]

DIFFERENT = [
    # the brand's context reads the type: auto against feminised, feminised against regular
    ({"title": "Moby Dick Auto - 25 pcs", "brand": "Dinafem"}, "Dinafem - Moby Dick femminizzati | Confezione da 25 semi"),
    ({"title": "Skunk #1 Feminised 3 Pack", "brand": "Sensi"}, "Pak van 3 Skunk #1 Regulier - Sensi"),
    # glued counts against another count
    ("X10 GORILLA SHERBET FEMINISIERTE SAMEN - SEEDSMAN", "Pak van 5 Gorilla Sherbet gefeminiseerde zaden - Seedsman Seeds"),
    ({"title": "Auto Big Devil XL x3", "brand": "Sweet Seeds"}, "Big Devil XL Auto - Sweet Seeds - 5 seeds"),
    ("Gorilla Crasher femminizzati 5 pz - Kannabia", "Gorilla Crasher femminizzati 3 pz - Kannabia"),
    # "cannabis" describes, the strain's words still name it
    ({"title": "Critical Kush Feminised Cannabis Seeds - 5 seeds", "brand": "Barney's Farm"},
     {"title": "Critical Feminised Cannabis Seeds - 5 seeds", "brand": "Royal Queen Seeds"}),
    # organic against conventional: Spanish, English, German
    ("SPERLI Tomate 'Matina' ecológicas (x20)", {"title": "Tomate \"Matina\" graines - 20 graines", "brand": "Sperli"}),
    ("Johnnys Seeds Basil Genovese Organic (Pack of 250)",
     {"title": "Basil Genovese Seeds - approx. 250 seeds", "brand": "Johnny's Selected Seeds"}),
    ("Sperli Salat Maikönig Bio-Saatgut 1 g", "Sperli Kopfsalat Maikönig Saatgut 1 g"),
    # one crop's name, two cultivars; two weights; two numbered cultivars
    ("Sperli Kirschtomate Sweet Million F1 10 Samen", "Sperli Tomate Harzfeuer F1 10 Samen"),
    ({"title": "Lettuce (Lactuca sativa) 'Little Gem' - 500 seeds", "brand": "Suttons"},
     {"title": "Lattuga Lollo Rossa Sementi - 500 semi", "brand": "Suttons"}),
    ({"title": "Tomate Marmande semillas 1 g", "brand": "Fitó"}, {"title": "Tomaat Marmande zaden 10g", "brand": "Fitó"}),
    # a hybrid denied is an open-pollinated seed, no F1; "Reg" against "Fem"; one seed against three
    ({"title": "Paprika 'Italiano' niet-hybride Zaden - (1 g)", "brand": "Fitó"},
     {"title": "Pimiento Italiano F1 híbrido semillas (1 g)", "brand": "Fitó"}),
    ("White Widow Reg x5 - Seedsman", "White Widow Fem x5 - Seedsman"),
    ("Wedding Cake Auto Single Seed - Barney's Farm", "Wedding Cake Auto 3 Seeds - Barney's Farm"),
    ({"title": "Radis 'Flamboyant 2' graines 25g", "brand": "Vilmorin"},
     {"title": "Radieschen Flamboyant 3 Saatgut 25 g", "brand": "Vilmorin"}),
]


test_same_seed_offer_in_two_shops_words, test_near_miss_seed_offers_stay_apart = pair_tests(
    same=SAME, different=DIFFERENT)


def test_seed_brand_names_seed_banks_and_houses_only():
    assert S.seed_brand("Sweet Seeds") and S.seed_brand("Semillas Batlle") and S.seed_brand("Sementi Franchi")
    assert S.seed_brand("Barney's Farm") and S.seed_brand("Dinafem") and S.seed_brand("KIEPENKERL")
    # (a brand that sells plants, tools or guns too, and no seed company at all)
    assert not S.seed_brand("Franchi") and not S.seed_brand("Thompson & Morgan") and not S.seed_brand("Sony")
    assert not S.seed_brand(None) and not S.seed_brand(42)


def test_readings_of_a_title_about_seeds():
    assert S.botanical_aside("Lettuce (Lactuca sativa) 'Little Gem'").split() == ["Lettuce", "'Little", "Gem'"]
    assert S.botanical_aside("Tomato (Cherry) Sungold") == "Tomato (Cherry) Sungold"  # no Latin name
    t = S.canonical_text("x10 skunk 1 feminizada")
    assert t.split()[:2] == ["10", "seeds"] and "feminised" in t
    assert S.canonical_text("tomate matina bio saatgut 25g").split() == ["tomato", "matina", "organic", "seeds", "25g"]
    assert "cherry tomato" in S.canonical_text("kirschtomate sweet million")
    for denied in ("niet hybride", "no hibrido", "non ibrido", "nicht hybrid"):
        assert S.seed_type(S.canonical_text(f"tomate {denied} samen").split()) == {"openpollinated"}, denied
    assert S.seed_context("semi di pomodoro".split()) and S.seed_context("pomodoro raf 150 semi".split())
    assert not S.seed_context("fucile semi automatico".split())
