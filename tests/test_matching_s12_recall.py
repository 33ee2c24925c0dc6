"""Session 12, recall (issue 12): how shops word one household or grocery product
in other languages and other words - and which words still make another variant.

* a flavour, ingredient, life-stage or claim word written in another language is
  the same word ("Poulet" = "Chicken", "Geflügel" = "Poultry", "in Gelee" = "in
  Jelly", "Anti-Schuppen" = "Anti-Dandruff"): ``wordclass.SYNONYM`` (session 12
  block); two values stay two ("Poulet" / "Boeuf");
* a kind written in other words is no variant at one place ("Toilet Paper" /
  "Toilet Tissue", "Gel douche" / "Body Wash"): ``wordclass.kind_written_otherwise``;
* a number sign as the title's cleaning leaves it ("n°98" / "No. 98");
* a container in more words ("canette", "sachets", "Aerosol"): ``SPEC["package"]``;
* a German compound of two words the other title names ("Sonnenblumenöl" /
  "Sunflower Oil"): ``wordclass.compound_in``, ``compound_part_in``;
* a paper good's "White" a shop leaves unsaid (``closing_colour``'s finish kinds);
* Arabic words of Lebanese grocery titles (brands, "كلاسيك", "دايت"): ``arabic``."""

from __future__ import annotations

from crawler.matching import same_product
from crawler.matching import wordclass as W
from crawler.matching.arabic import to_latin
from crawler.matching.prepared import complete, prepare
from tests.pair_checks import pair_tests


def _p(title: str):
    return complete(prepare({"title": title}))


SAME = [
    # translations of flavour, ingredient and claim words
    ("Maggi Cube Bouillon Poulet 24 cubes", "Maggi Chicken Stock Cubes 24 pcs"),
    ("Head & Shoulders Anti-Schuppen Shampoo Classic Clean 300 ml",
     "Head & Shoulders Classic Clean Anti-Dandruff Shampoo 300ml"),
    ("Dettol Spray désinfectant Original 500 ml", "Dettol Disinfectant Spray Original 500ml"),
    ("Knorr Bouillon de Poule 8 cubes", "Knorr Chicken Stock 8 Cubes"),
    ("Jus d'orange Tropicana 1 L", "Tropicana Orange Juice 1L"),
    ("Huile d'olive extra vierge Puget 1 L", "Puget Extra Virgin Olive Oil 1L"),
    # one kind in two shops' words
    ("Charmin Ultra Soft Toilet Paper 12 Mega Rolls",
     "Charmin Ultra Soft Toilet Tissue, 12 Mega Rolls = 48 Regular Rolls"),
    ("Scott 1000 Sheets Per Roll Toilet Paper, 12 Rolls", "Scott 1000 Toilet Tissue 12 Rolls"),
    ("Dove Gel douche Original 250 ml", "Dove Original Body Wash 250ml"),
    # a number sign
    ("Barilla Spaghetti n.5 pasta di semola 1 kg", "Barilla Spaghetti No. 5 1kg"),
    ("Barilla Fusilli n°98 500 g", "Barilla Fusilli No. 98 500g"),
    # a container
    ("Lipton Thé Noir Yellow Label 100 sachets", "Lipton Yellow Label Black Tea 100 Tea Bags"),
    # compounds
    ("Sonnenblumenöl Mazola 1 l", "Mazola Sunflower Oil 1L"),
    ("Granini Orangensaft 1 l", "Granini Orange Juice 1L"),
    ("Nescafé Gold Instantkaffee 200 g", "Nescafe Gold Instant Coffee 200g"),
    ("Milka Alpenmilch Schokolade 100g", "Milka Alpine Milk Chocolate 100g"),
    # a paper good's white, a kind's modifier before a kind phrase
    ("Bounty Select-A-Size Paper Towels, White, 6 Double Rolls = 12 Regular Rolls",
     "Bounty Select-a-Size Paper Towels 6 Double Rolls"),
    ("Ariel Automatic Washing Powder Original 3kg", "Ariel Original Laundry Powder Detergent 3 kg"),
]

# another product: one attribute differs, in whichever language
DIFFERENT = [
    ("Maggi Cube Bouillon Poulet 24 cubes", "Maggi Cube Bouillon Boeuf 24 cubes"),
    ("Whiskas Katzenfutter Geflügel Auswahl in Gelee 12 x 85 g",
     "Whiskas Katzenfutter Fisch Auswahl in Gelee 12 x 85 g"),
    ("Whiskas Poultry Selection in Jelly 12 x 85g", "Whiskas Poultry Selection in Gravy 12 x 85g"),
    ("Knorr Bouillon de Poule 8 cubes", "Knorr Beef Stock 8 Cubes"),
    ("Charmin Ultra Soft Toilet Paper 12 Mega Rolls", "Charmin Ultra Strong Toilet Paper 12 Mega Rolls"),
    ("Dove Gel douche Original 250 ml", "Dove Original Shampoo 250ml"),
    ("Barilla Fusilli n°98 500 g", "Barilla Fusilli No. 48 500g"),
    ("Granini Orangensaft 1 l", "Granini Apple Juice 1L"),
    ("NIVEA MEN Sensitive Rasiergel 200 ml", "NIVEA MEN Sensitive Rasierschaum 200 ml"),
    ("Zewa Toilettenpapier 3-lagig 8 Rollen", "Zewa Toilet Paper 4 Ply 8 Rolls"),
    ("Colgate Total Original pasta de dientes 75 ml", "Colgate Total Blanqueador pasta de dientes 75 ml"),
    ("Pepsi 6 x 330 ml Cans", "Pepsi Diet 6 x 330 ml Cans"),
    ("Bounty Select-A-Size Paper Towels, White, 6 Double Rolls", "Bounty Select-A-Size Paper Towels, Prints, 6 Double Rolls"),
    ("Milka Alpenmilch Schokolade 100g", "Milka Haselnuss Schokolade 100g"),
]


test_same_product_worded_otherwise = pair_tests(same=SAME).same


test_another_variant_stays_apart = pair_tests(different=DIFFERENT).different


def test_translation_is_one_word_and_two_values_stay_two():
    assert W.canon("poulet") == W.canon("chicken") == W.canon("hahnchen")
    assert W.canon("geflugel") == W.canon("poultry")
    assert W.canon("poulet") != W.canon("boeuf")
    assert W.canon("gelee") != W.canon("gravy")


def test_kind_written_otherwise_needs_the_same_kind():
    a, b = _p("Charmin Ultra Soft Toilet Paper"), _p("Charmin Ultra Soft Toilet Tissue")
    assert W.kind_written_otherwise("paper", a, b)
    assert not W.kind_written_otherwise("paper", a, _p("Charmin Ultra Soft Facial Tissues"))


def test_compound_parts_both_named():
    a, b = _p("Sonnenblumenöl Mazola 1 l"), _p("Mazola Sunflower Oil 1L")
    assert W.compound_in("sonnenblumenol", a, b)
    assert W.compound_part_in("sunflower", b, a)
    assert not W.compound_in("rasiergel", _p("Nivea Rasiergel"), _p("Nivea Rasierschaum"))


def test_arabic_grocery_words():
    assert to_latin("بيبسي ٣٣٠ مل × ٦").split()[0] == "pepsi"
    assert "classic" in to_latin("نسكافيه كلاسيك 200 غرام").split()
    assert "low fat" in to_latin("لبن قليل الدسم")


def test_arabic_titles_match_their_english_twins():
    assert same_product({"title": "بيبسي ٣٣٠ مل × ٦", "brand": "Pepsi"}, {"title": "Pepsi 6 x 330 ml Cans"})
    assert not same_product({"title": "بيبسي ٣٣٠ مل × ٦", "brand": "Pepsi"}, {"title": "Pepsi Diet 6 x 330 ml Cans"})
