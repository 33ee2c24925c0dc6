"""Sibling model numbers - one model number but for one digit - part two offers
whatever else they share (``relations.digit_sibling``), in both directions;
the same model number written otherwise still matches.  Real titles from the
labelled sets (one digit of a model number changed on one side, as
benchmarks/bench_nearmiss.py does)."""

import pytest

from crawler.matching import match_method, same_product
from crawler.matching.prepared import prepare
from crawler.matching.relations import digit_sibling

INTEL_A = {"title": '"4th Generation Intel® Core™ i5 4460 3.2GHz Socket LGA1150 "@en CoreAndtrade; | BX80646I54460 Novatech"@en'}
INTEL_B = {"title": '"Intel i5-4460,3.2GHz,4-Core,Haswell,84W,LGA1150 CPU,Retail" Haswell LGA1150 CPU Retail | BX80646I54460" 84W 4-Core 3.2GHz i5-4460'}
TS_A = {"title": '"Transcend 256GB MLC SATA III 6Gb/s 2.5-Inch Solid State Drive 370 (TS256GSSD370)"@en-US "External Drives | Laptops Outlet Direct"@en-US'}
TS_B = {"title": '"Transcend SSD370 - solid state drive 256 GB SATA 6Gb/s" " Transcend 6Gb/s TS256GSSD370 Solid State Drives (SSDs) CDW.com'}
LEX_A = {"title": "lexmark x651h11a high-yield toner 25000 page-yield black", "mpn": "x651h11a"}
LEX_B = {"title": "x651h11a high-yield toner 25000 page-yield black"}


def _digit(offer, old, new):
    o = dict(offer)
    for k in ("title", "mpn"):
        if o.get(k):
            o[k] = o[k].replace(old, new)
    return o


@pytest.mark.parametrize("a, b", [(INTEL_A, INTEL_B), (TS_A, TS_B), (LEX_A, LEX_B)])
def test_real_matches_stay_same(a, b):
    assert same_product(a, b) and same_product(b, a)


@pytest.mark.parametrize("a, b, old, new", [
    # another boxed-processor code beside the shared "i5-4460"
    (INTEL_A, INTEL_B, "BX80646I54460", "BX80646I54466"),
    # another SSD beside the shared series code "SSD370"
    (TS_A, TS_B, "TS256GSSD370", "TS256GSSD377"),
    # another toner cartridge; the part number field says it too, the shared
    # "25000" is a page yield
    (LEX_A, LEX_B, "x651h11a", "x651h17a"),
])
def test_sibling_model_number_parts_both_directions(a, b, old, new):
    a2 = _digit(a, old, new)
    for x, y in ((a2, b), (b, a2)):
        tier, score = match_method(x, y)
        # (another conflict may come first: the toner's part number field
        # printed in the other title as another code, ``mpn_printed``)
        assert tier.startswith("conflict:"), (tier, x["title"], y["title"])
        assert not same_product(x, y)
        assert digit_sibling(prepare(x), prepare(y))


def test_pack_count_glued_to_part_number_is_no_sibling():
    # "431786-B21-2Pack" / "-5Pack": the pack count is not the model's digit
    from crawler.matching.prepared import prepare
    from crawler.matching.relations import digit_sibling
    a = prepare({"title": '"431786-B21 HP 120-GB 5.4K 2.5 SATA", "Null" "New 431786-B21 SATA 2 Pack Wholesale Price 431786-B21-2Pack"'})
    b = prepare({"title": '"431786-B21 HP 120-GB 5.4K 2.5 SATA 5 Pack " "HP 431786-B21 Part# -431786-B21-5Pack"'})
    assert not digit_sibling(a, b) and not digit_sibling(b, a)


def test_model_number_written_otherwise_is_no_sibling():
    # "dsct300b" beside "dsc-t300 ... dsct300/b": one camera, no digit apart
    from crawler.matching.prepared import prepare
    from crawler.matching.relations import digit_sibling
    a = prepare({"title": "sony cyber-shot black digital camera dsct300b"})
    b = prepare({"title": "sony cyber-shot dsc-t300 digital camera black dsct300/b"})
    assert not digit_sibling(a, b)


@pytest.mark.parametrize("a, b, old, new", [
    # the offer printing the shorter writing too ("i5-4460", "SSD370") gets the
    # sibling: a shorter writing of the other's code does not excuse it
    (INTEL_B, INTEL_A, "BX80646I54460", "BX80646I54466"),
    (TS_B, TS_A, "TS256GSSD370", "TS256GSSD377"),
])
def test_sibling_beside_a_shorter_writing_parts(a, b, old, new):
    a2 = _digit(a, old, new)
    for x, y in ((a2, b), (b, a2)):
        assert match_method(x, y)[0] == "conflict:model", (x["title"], y["title"])


def test_digit_outside_a_shared_part_number_is_no_sibling():
    # one drive; "G3" / "G4" is the generation of the server it fits, glued on
    a = {"title": '"349237-B21 HP 80-GB 1.5G 7.2K 3.5 SATA HDD" "DL320 G3 349237-B21 HDD Part# DL320 G3-349237-B21"'}
    b = {"title": '"349237-B21 HP 80-GB 1.5G 7.2K 3.5 SATA HDD" "DL320 G4 349237-B21 HDD Part# DL320 G4-349237-B21"'}
    from crawler.matching.prepared import prepare
    from crawler.matching.relations import digit_sibling
    assert not digit_sibling(prepare(a), prepare(b)) and not digit_sibling(prepare(b), prepare(a))


# a model number's closing letter after a digit (a maker's colour or variant letter), the
# family code printed beside it on one side (abt-buy train: the pink player against the white)
SONY_P = {"title": "sony dvp-fx820 pink 8 ' portable dvd player dvpfx820p"}
SONY_W = {"title": "sony dvpfx820 portable dvd player dvpfx820/w"}


def test_sibling_model_numbers_by_their_closing_letter_part_both_directions():
    from crawler.matching.relations import letter_sibling

    for x, y in ((SONY_P, SONY_W), (SONY_W, SONY_P)):
        assert match_method(x, y)[0] == "conflict:model"
        assert letter_sibling(prepare(x), prepare(y))
    # written with and without its slash, the same white player stays one product
    white = {"title": "Sony White 8' Portable DVD Player - DVPFX820W"}
    assert same_product(white, SONY_W) and not letter_sibling(prepare(white), prepare(SONY_W))
