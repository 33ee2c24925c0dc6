"""Session 26 (house26): two variant names, one on each side (``household24.named_variants_differ``).

A kind of product sold in named variants (a candle's, an air freshener's, a detergent's scent, a
tea's flavour) names the variant with ordinary words right after the brand and line, or in a part of
its own after a comma or a dash.  When EACH title prints such a run of words the other does not read
(in any spelling or language), one of them a scent or flavour of the tables, the two are two
variants ("Clean Cotton" / "Soft Blanket").  One scent written two ways or translated ("Lavender" /
"Lavande", "Coconut Milk" / "Kokosmilch") is read, and a variant's name on one side only is no
conflict (shops drop it as often as they print it)."""
import pytest

from crawler.matching import household24 as H
from crawler.matching import match_many, same_product
from crawler.matching.prepared import prepare_light


def _reader(ta: str, tb: str) -> bool:
    a, b = prepare_light({"title": ta}), prepare_light({"title": tb})
    va, vb = H._pair_views(a, b)
    return H.named_variants_differ(a, b, va, vb)


# two scents or flavours of one line, each title naming its own (English, French, German, Spanish)
APART = [
    ("Yankee Candle Clean Cotton Scented Candle 623g",
     "Yankee Candle Soft Blanket Bougie Parfumée 623 g - Couverture"),
    ("Yankee Candle Clean Cotton Large Jar Candle 623g", "Yankee Candle Large Jar Candle, Soft Blanket, 623 g"),
    ("Yankee Candle Duftkerze Weiche Decke 623 g", "Yankee Candle Clean Cotton Scented Candle 623g"),
    ("Yankee Candle Vela Aromática Algodón Limpio 623 g", "Yankee Candle Vela Aromática Manta Suave 623 g"),
    ("Febreze Air Freshener Spray Linen & Sky 250ml", "Febreze Air Freshener Spray Mountain Fresh 250ml"),
    ("Tide Liquid Detergent Mountain Spring 2.5L", "Tide Liquid Detergent Free & Clear 2.5L"),
    ("Lenor Adoucissant Fleur de Coton 1,5 l", "Lenor Adoucissant Envolée d'Air 1,5 l"),
    ("Lenor Weichspüler Aprilfrisch 1,5 l", "Lenor Weichspüler Sommerregen 1,5 l"),
    ("Air Wick Duftstecker Nachfüller Lavendel 19 ml", "Air Wick Duftstecker Nachfüller Sommerregen 19 ml"),
    ("Glade Candle Clean Linen 96g", "Glade Candle Cashmere Woods 96g"),
    ("Method Foaming Hand Soap Sea Minerals 300ml", "Method Foaming Hand Soap Pink Grapefruit 300ml"),
    ("Dove Duschgel Kokosmilch 250 ml", "Dove Duschgel Granatapfel 250 ml"),
    ("Twinings Tea Lemon & Ginger 20 bags", "Twinings Tea Peppermint 20 bags"),
]


@pytest.mark.parametrize("a, b", APART)
def test_two_variant_names_one_on_each_side_are_two_products(a, b):
    assert _reader(a, b) and _reader(b, a)
    assert not same_product({"title": a}, {"title": b})
    assert not same_product({"title": b}, {"title": a})


# one scent: written two ways, translated, in another place of the title, glued into a compound
ONE_SCENT = [
    ("Yankee Candle Bougie Parfumée Lavande 623 g", "Yankee Candle Lavender Scented Candle 623g"),
    ("Yankee Candle Vela Aromática Lavanda 623 g", "Yankee Candle Lavender Scented Candle 623g"),
    ("Yankee Candle Duftkerze Clean Cotton 623 g", "Yankee Candle Clean Cotton Scented Candle 623g"),
    ("Yankee Candle Pink Sands Large Jar Candle 623g", "Yankee Candle Large Jar Candle, Pink Sands, 623 g"),
    ("Tide Pods Laundry Detergent Spring Meadow 42 count",
     "Tide PODS Spring Meadow Scent Liquid Laundry Detergent Pacs 42 ct"),
    ("Head & Shoulders Shampoo Apple Fresh 400ml", "Head & Shoulders Champú Anticaspa Manzana Fresca 400 ml"),
    ("Air Wick Duftstecker Nachfüller Lavendel 19 ml", "Air Wick Plug-in Refill Lavender 19ml"),
    ("Dove Duschgel Kokosmilch 250 ml", "Dove Body Wash Coconut Milk 250ml"),
    ("Lipton Thé Vert Menthe 20 sachets", "Lipton Green Tea Mint 20 bags"),
    # (what a number counts is no variant's name: "3 mèches" is the "3-Wick")
    ("Bath & Body Works Eucalyptus Spearmint 3-Wick Candle 411g",
     "Bath & Body Works Bougie 3 mèches Eucalyptus Spearmint 411 g"),
    # (a variant's name on one side only: no conflict here)
    ("Yankee Candle Clean Cotton Large Jar Candle 623g", "Yankee Candle Large Jar Candle 623g"),
    ("Lenor Weichspüler Aprilfrisch 1,5 l", "Lenor Weichspüler 1,5 l"),
]


@pytest.mark.parametrize("a, b", ONE_SCENT)
def test_one_scent_written_two_ways_or_on_one_side_only_is_no_conflict(a, b):
    assert not _reader(a, b) and not _reader(b, a)


@pytest.mark.parametrize("a, b", ONE_SCENT[:4] + ONE_SCENT[8:9])
def test_one_scent_translated_is_still_one_product(a, b):
    assert same_product({"title": a}, {"title": b})


def test_two_names_without_a_scent_or_flavour_of_the_tables_are_left_to_the_other_readers():
    # (sub-lines, claims, translated kinds: "Day Cream" / "Krim Siang" - the runs name no scent)
    assert not _reader("Wardah Lightening Day Cream 30 g", "Wardah Lightening Krim Siang 30 gr pot")
    assert not _reader("Persil Bio Laundry Washing Liquid Detergent 1.431 L", "Persil Bio Washing Liquid 1.431L")


def test_one_pair_and_the_batch_agree():
    pairs = APART + ONE_SCENT
    A = [{"title": a} for a, _ in pairs]
    B = [{"title": b} for _, b in pairs]
    _, same, _ = match_many(A, B)
    for k in range(len(pairs)):
        assert bool(same[k]) == same_product(A[k], B[k])
