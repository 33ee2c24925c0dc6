"""Session 13, ml (issue 12): one product as shops word it in other languages - a
multilingual lexicon written from knowledge (kinds, containers, counts, materials,
flavours, colours in FR DE NL IT ES PT CS SK PL HU TR and Arabic), and the principles
read from a new author's pairs: counts with their language's suffix, Turkish noun
suffixes, Slavic adjectives made from a noun, containers beside the pack's size, function
words of the shops' languages.  Each principle is tested with the pair that has it and a
pair of two products it must keep apart."""

from __future__ import annotations

import pytest

from crawler.matching import titles as T
from tests.pair_checks import assert_different, assert_same


def test_turkish_dotless_i_is_folded():
    # "ı" is no letter NFKD decomposes: without it "Sıvı" split into "s v"
    assert T.words(T.clean("Sıvı Sabun Yıkama")) == ["sivi", "sabun", "yikama"]


@pytest.mark.parametrize("a, b", [
    # a kind in the shop's language is the English kind (Hungarian, Turkish, Polish)
    ("Ariel Waschmittel Pulver 40 WL", "Ariel mosópor 40 mosás"),
    ("Lenor Aprilfrisch Weichspüler 1,5 l", "Lenor Aprilfrisch öblítő 1,5 l"),
    # a material named in another language is the same material
    ("WMF Topf Edelstahl 20 cm", "WMF Topf Stainless Steel 20 cm"),
    # a count with its language's suffix: German "6er", Turkish "32'li", a count after "x"
    ("Rivella Rot 6 x 50 cl", "Rivella Rot 6er Pack 0,5 l PET"),
    ("Selpak Tuvalet Kağıdı 32'li", "Selpak 32 Rulo Tuvalet Kağıdı"),
    ("Skip capsules 3en1 Active Clean x26", "Lessive Skip Active Clean capsules 3 en 1, boîte de 26 doses"),
    # a Turkish noun with its compound suffix is the noun ("Çayı" = "Çay")
    ("Çaykur Rize Turist Çayı 1000 g", "Çaykur Rize Turist Çay 1 kg"),
    # a Slavic adjective made from a noun the other translates ("jabłkowy" = apple)
    ("Tymbark sok jabłkowy 100% 1 l", "Tymbark 100% apple juice 1L"),
    # a container word beside the pack's size ("pot 720ml"), a number glued to its sign
    ("Hak Bruine bonen 720 ml", "HAK bruine bonen pot 720ml"),
    ("De Cecco Fusilli n.34 500 g", "Fusilli De Cecco nº34 pasta 500gr"),
    # the skin before its type (the Romance order), a French function word
    ("Zero% gel de ducha piel normal 600 ml", "Zero% Shower Gel Normal Skin 600ml"),
    ("Président Camembert 250g", "Camembert Président 250 g au lait pasteurisé"),
    # Arabic words beside the English ones
    ("Chipsy Salt & Vinegar 76 g", "شيبسي ملح وخل 76 جرام"),
    # PET beside the size is the bottle; bottled water named in the shop's language
    ("Kofola Originál 2 l", "Kofola Original 2L PET lahev"),
    ("Żywiec Zdrój niegazowany 1,5 l", "Woda źródlana Żywiec Zdrój niegazowana 1.5L"),
])
def test_one_product_in_other_words(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # a count the other never prints stays a difference: the box of 24
    ("Ülker Çikolatalı Gofret 36 g", "Ülker Çikolatalı Gofret 36 g 24'lü Paket"),
    # "Skin for PlayBook" is a case: no skin type follows it
    ("blackberry skin for playbook tablet black",
     "mivizu blackberry playbook case - genuine leather cover for blackberry playbook tablet pc - black"),
    # whole grain is a variant of biscuits too; a sun fluid is no sun cream
    ("Leibniz Butterkeks 200 g", "Leibniz Butterkeks Vollkorn 200 g"),
    ("Anthelios UVMune 400 crème hydratante SPF50+ 50 ml",
     "La Roche-Posay Anthelios UVMune 400 fluide invisible SPF50+ 50 ml"),
    # two materials, two colours, two flavours stay two
    ("WMF Topf Edelstahl 20 cm", "WMF Topf Aluminium 20 cm"),
    ("Tescoma Presto hrnec 20 cm černý", "Tescoma Presto hrnec 20 cm bílý"),
    ("Tymbark sok jabłkowy 1 l", "Tymbark sok pomarańczowy 1 l"),
    ("Torku Banada Kakaolu Fındık Kreması 400 g", "Torku Banada Sütlü Fındık Kreması 400 g"),
    # a milk's heat treatment: UHT is not the pasteurised milk
    ("Pınar Süt Tam Yağlı UHT 1 L", "Pınar Süt Tam Yağlı pastörize 1 L"),
    # sparkling is not still water
    ("Żywiec Zdrój gazowana 1,5 l", "Woda źródlana Żywiec Zdrój niegazowana 1,5 l"),
])
def test_two_products(a, b):
    assert_different(a, b)
