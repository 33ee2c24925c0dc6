"""Session 26, scents26: one scent and flavour vocabulary, grouped by meaning across languages
(``synonyms.SCENT_OF``; ``household24.SCENT_WORDS`` derived from it).  Two scents or flavours are
a conflict in any pair of languages; one scent written in two languages is none."""

import pytest

from crawler.matching import match_method, same_product
from crawler.matching import household24 as H
from crawler.matching.synonyms import MORE_SCENT_WORDS, SCENT_OF


def _both(a: str, b: str):
    return [match_method({"title": a}, {"title": b}), match_method({"title": b}, {"title": a})]


def test_one_vocabulary():
    # (every scent word household24 reads has its meaning's group)
    assert H.SCENT_WORDS <= frozenset(SCENT_OF)
    for w, c in [("brisa", "breeze"), ("brezza", "breeze"), ("avril", "april"), ("kaschmir", "cashmere"),
                 ("spearmint", "mint"), ("hierbabuena", "mint"), ("czekoladowe", "chocolate"),
                 ("cokoladove", "chocolate"), ("cikolatali", "chocolate"), ("algodao", "cotton"),
                 ("baumwolle", "cotton"), ("ameixa", "plum"), ("sliwkowy", "plum"), ("jordgubb", "strawberry"),
                 ("laskowymi", "hazelnut"), ("leinen", "linen"), ("fruhling", "spring"), ("marina", "ocean"),
                 ("sandelholz", "sandalwood"), ("pamplemousse", "grapefruit")]:
        assert SCENT_OF[w] == c, w
    # (a word of another meaning is no facet's scent word; the household readers read it in place)
    for w in ("lin", "prato", "granada", "montana", "lente", "avril"):
        assert w not in MORE_SCENT_WORDS
    assert "med" not in H.SCENT_WORDS  # (Czech honey; the Nordic "with")


@pytest.mark.parametrize("a,b", [
    # Polish adjective against English (the learned stage called these the same)
    ("E.Wedel Ptasie Mleczko Vanilla Marshmallow Chocolates 380g", "E.Wedel Ptasie Mleczko czekoladowe 380 g"),
    # Portuguese: plum & vanilla flower against cotton
    ("Natura Tododia Hidratante Corporal Ameixa e Flor de Baunilha 400ml",
     "Natura Tododia Hidratante Corporal Algodão 400ml"),
    # Czech adjectives
    ("Emco Mysli na Zdraví čokoládové 750 g", "Emco Mysli na Zdraví kokosové 750 g"),
    # Turkish
    ("Eti Browni Gold Çikolatalı Kek 45 g", "Eti Browni Gold Vişneli Kek 45 g"),
    # Swedish against English
    ("Marabou Mjölkchoklad Jordgubb 200 g", "Marabou Milk Chocolate Raspberry 200 g"),
    # French adjective against English
    ("Danone Yaourt chocolaté 4 x 125 g", "Danone Yogurt Vanilla 4 x 125 g"),
    # a scent named "X Scent" against a scent of the tables
    ("Febreze Car Air Freshener Vent Clips Linen & Sky 2 Count",
     "Febreze Car Vent Clip Air Freshener, New Car Scent, 2 ct"),
    # bin bags: the plain variant against a named scent
    ("Glad ForceFlex Tall Kitchen Drawstring Trash Bags, 13 Gallon, Gain Original, 40 Count",
     "Glad ForceFlex Tall Kitchen Trash Bags 13 Gal Gain Moonlight Breeze with Febreze, 40 ct"),
])
def test_two_scents_conflict(a, b):
    for tier, _ in _both(a, b):
        assert tier.startswith("conflict"), (a, b, tier)
    assert not same_product({"title": a}, {"title": b})
    assert not same_product({"title": b}, {"title": a})


@pytest.mark.parametrize("a,b", [
    ("Glade Brisa Marina ambientador 300ml", "Glade Ocean Breeze air freshener 300ml"),
    ("Glade Kaschmirholz Duftkerze 129g", "Glade Cashmere Woods Candle 129g"),
    ("Hollywood chewing-gum menthe verte 10 dragées", "Hollywood chewing gum spearmint 10 pieces"),
    ("Ariel Pods Lenor Frühlingsfrische 30 Stück", "Ariel Pods Lenor Spring Fresh 30 ct"),
    ("Lenor Fraîcheur d'Avril 1,5L", "Lenor April Fresh 1.5L"),
    ("Natura Tododia Hidratante Corporal Algodão 400ml", "Natura Tododia Body Lotion Cotton 400ml"),
    ("Nutella krem do smarowania z orzechami laskowymi 750 g", "Nutella Crema Spalmabile alle Nocciole 750g"),
    ("E.Wedel Ptasie Mleczko czekoladowe 380 g", "E.Wedel Ptasie Mleczko Chocolate 380g"),
])
def test_one_scent_two_languages_no_conflict(a, b):
    for tier, _ in _both(a, b):
        assert not tier.startswith("conflict"), (a, b, tier)
