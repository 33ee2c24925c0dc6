"""One model number written two ways is no model-number conflict; two
variants of one model number still are.

Shops write a maker's model number their own way: Abt glues the colour
("CLI221GRY", "SD990ISB", "COOLPIXS610BK") or the packaging ("D700BODY",
"EVOLTE420KIT") to it, Walmart puts "DCB-309BLACK" in the MPN field where
Amazon has "DCB-309" and the word "black"; OcUK cuts its titles mid-code
("(CMK16GX4M2A24" for "CMK16GX4M2A2400C14").  The suffix counts as written
in the other offer only when the other offer states it in words (the same
colour, a lens or no lens), and never when the other prints the stem with
another suffix; a cut code only when a long code (>= 10 characters) is cut
before a part with a digit, never before a letter suffix ("BX80677I77700"
vs "...700K", "DVPFX820" vs "DVPFX820R").
A maker's prefix on the other's model number (Intel's boxed code
"BX80646I54590" for the "i5-4590") is one code too.
(``relations.suffix_printed``, ``relations.cut_short``, ``relations.with_maker_prefix``)
"""

from __future__ import annotations

import numpy as np
import pytest

from crawler.matching import match_method, same_product
from crawler.matching.features import pair_features, prepare
from crawler.matching.relations import cut_short, mpn_relation, suffix_printed, with_maker_prefix
from crawler.matching.rules import REASONS, conflict_reasons


def _reason(a: dict, b: dict) -> str | None:
    r = int(conflict_reasons(np.asarray([pair_features(prepare(a), prepare(b))]))[0])
    return REASONS[r - 1] if r else None


def _t(title: str, **kw) -> dict:
    return {"title": title, **kw}


# --- the same code written two ways: no model / MPN conflict ----------------

SAME = [
    # abt-buy (colour suffix, the other names that colour)
    ("canon printer gray ink cartridge cli221gry", "canon cli-221 gray ink cartridge 2950b001"),
    ("canon printer black ink cartridge cli221blk", "canon cli-221 black ink cartridge 2946b001"),
    ("canon powershot black 14.7 megapixel digital camera sd990isb",
     "canon powershot sd990 is 14 megapixel digital camera w / 3.7 x optical zoom , 2.5 lcd , "
     "& iso 1600 black 2669b001"),
    ("nikon coolpix s610 10 megapixel black digital camera coolpixs610bk",
     "nikon coolpix s610 digital camera midnight black 26125"),
    ("polk audio csi a4 black center channel loudspeaker csia4bk",
     "polkaudio csi a4 black high performance center channel loudspeaker am4415-a"),
    ("olympus silver 8 megapixel digital camera fe370s", "olympus fe-370 digital camera silver 226420"),
    # abt-buy (camera packaging: a body where the other names no lens)
    ("canon black 21.1 megapixel eos digital slr camera body eos5dmarkiibody",
     "canon eos 5d mark ii digital slr camera 2764b003"),
    ("nikon d700 digital slr digital camera d700body", "nikon d700 digtal slr camera 25444"),
    ("canon eos 40d digital slr camera in black eos40dbody", "canon eos 40d digital slr camera 1901b004"),
    # wdc-computers (a title cut mid-code)
    ('"Corsair Vengeance LPX 16GB (2x8GB) DDR4 PC4-19200C14 2400MHz Dual Channel Kit - Black '
     '(CMK16GX4M2A24"@en "▷ Corsair 2400MHz… | OcUK"@en',
     '"Corsair Vengeance LPX Black 16GB (2x8GB) DDR4 PC4-19200 2400MHz Dual Channel Kit "@en 2x8GB | '
     'CMK16GX4M2A2400C14 Novatech"@en'),
    ('"Corsair Vengeance LPX 32GB (2x16GB) DDR4 PC4-21300C16 2666MHz Dual Channel Kit - Black '
     '(CMK32GX4M2A2"@en "▷ Corsair 2666MH… | OcUK"@en',
     '"Corsair Vengeance LPX CMK32GX4M2A2666C16 - Prijzen "@NL Tweakers"@NL'),
    # wdc-computers, abt-buy (a maker's / shop's prefix on the other's model number)
    ('"Intel Core i5 4590 / 3.3 GHz processor" " Intel processor - BX80646I54590 Add-In Processors '
     '(CPUs) CDW.com',
     '"Intel Core i5-4590 3.30GHz (Haswell) Socket LGA1150 Processor - Retail"@en "▷ Intel Processo… | '
     'OcUK"@en'),
    ('"Intel Pentium G4560 3.50GHz (Kaby Lake) Socket LGA1151 Processor - Retail"@en "▷ Intel Proce… | '
     'OcUK"@en',
     '"Intel - Pentium G4560 3.5GHz Dual-Core Processor" Processor (BX80677G4560) PCPartPicker"'),
    ("olympus ps-bls1 lithium ion rechargeable battery liionpsbls1",
     "olympus ps-bls1 lithium ion digital camera battery 260236"),
]


@pytest.mark.parametrize("a,b", SAME)
def test_one_model_number_written_two_ways_is_no_conflict(a, b):
    assert _reason(_t(a), _t(b)) is None
    assert _reason(_t(b), _t(a)) is None
    assert not match_method(_t(a), _t(b))[0].startswith("conflict:")


SAME_MPN = [
    # walmart-amazon: the MPN field carries the colour / kit the other title names
    (_t("case logic slr camera backpack", brand="case logic", mpn="dcb-309black"),
     _t("case logic dcb-309 slr camera backpack black", brand="case logic", mpn="dcb-309")),
    (_t("i-tec t1274b istereo round sound docking station for ipod iphone", brand="i-tec", mpn="t1274b"),
     _t("i-tec istereo charging and docking station with remote control for ipod black", brand="i-tec",
        mpn="t1274")),
    (_t("kodak easyshare m531 red 14mp digital camera w 3x optical zoom", brand="kodak", mpn="m531 red"),
     _t("kodak easyshare m531 14mp hd digital camera w 3x optical zoom red", brand="kodak", mpn="m531")),
]


@pytest.mark.parametrize("a,b", SAME_MPN)
def test_an_mpn_with_a_suffix_the_other_title_states_is_one_part_number(a, b):
    assert mpn_relation(prepare(a), prepare(b)) == 0.9
    assert _reason(a, b) is None
    assert _reason(b, a) is None


# --- real variants: still different ----------------------------------------

DIFFERENT = [
    # the other names another colour
    ("canon printer gray ink cartridge cli221gry", "canon cli-221 black ink cartridge 2946b001"),
    # the other prints the stem with another suffix
    ("yamaha black digital sound projector ysp3050bk",
     "yamaha ysp-3050 digital sound projector black ysp-3050wh"),
    ("maytag bisque over-the-range microwave oven mmv4205bt", "maytag mmv4205baq over-the-range microwave"),
    # another model of the family, whatever the suffix
    ("canon eos 50d black digital slr camera body eos50dbody", "canon eos 40d digital slr camera 1901b004"),
    ("nikon coolpix s210 black digital camera coolpixs210bk",
     "nikon coolpix s220 digital camera black 26150"),
    # a body is not the kit with a lens
    ("nikon d90 black digital slr camera d90body",
     "nikon d90 digital slr camera with af-s dx nikkor 18-105mm f/3 .5 -5.6 g ed vr lens 25448"),
    # a maker's prefix on another model number
    ('"Intel Core i5 4590 / 3.3 GHz processor" " Intel processor - BX80646I54590 Add-In Processors '
     '(CPUs) CDW.com',
     '"Intel Core i5-4690 3.50GHz (Haswell) Socket LGA1150 Processor - Retail"@en "▷ Intel Processo… | '
     'OcUK"@en'),
    # a letter after a cut point is a model letter, not a cut
    ('"Intel Core i7 7700K 4.2GHz Quad (Socket 1151)" - Socket 1151 Processor BX80677I77700K | CCL '
     'Computers"',
     '"7th Generation Intel Core i7 7700 3.6GHz Socket LGA1151 (Kaby Lake) Processor - Retail "@en '
     'Kaby Lake | BX80677I77700 Novatech"@en'),
]


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_real_variants_of_a_model_number_stay_different(a, b):
    assert _reason(_t(a), _t(b)) is not None
    assert _reason(_t(b), _t(a)) is not None
    assert not same_product(_t(a), _t(b))


DIFFERENT_MPN = [
    # a colour on one side that the other does not name (EarthWatts Green is another PSU)
    (_t("Antec EarthWatts Green 650W power supply", brand="Antec", mpn="EA650GREEN"),
     _t("Antec EarthWatts 650W power supply", brand="Antec", mpn="EA650")),
    # two colours
    (_t("Case Logic laptop sleeve white", brand="Case Logic", mpn="LAPST-110WHT"),
     _t("Case Logic laptop sleeve black", brand="Case Logic", mpn="LAPST-110BLK")),
    # a colour letter the other's words do not state
    (_t("i-tec docking station", brand="i-tec", mpn="t1274b"),
     _t("i-tec docking station", brand="i-tec", mpn="t1274")),
]


@pytest.mark.parametrize("a,b", DIFFERENT_MPN)
def test_mpn_variants_stay_different(a, b):
    assert mpn_relation(prepare(a), prepare(b)) < 0.9
    assert _reason(a, b) == "mpn"
    assert not same_product(a, b)


def test_suffix_printed_reads_the_suffix_and_the_other_offer():
    other = prepare(_t("canon cli-221 gray ink cartridge 2950b001"))
    assert suffix_printed("cli221gry", other)
    assert not suffix_printed("cli221blk", other)        # another colour
    assert not suffix_printed("cli221x", other)          # no colour / packaging code
    assert not suffix_printed("cli221", other)           # no suffix at all
    lens = prepare(_t("olympus evolt e-420 digital slr camera with 14 42mm zuiko digital zoom lens"))
    assert suffix_printed("e420kit", lens)
    assert not suffix_printed("e420body", lens)


def test_cut_short_needs_a_long_cut_and_a_digit_after_it():
    cut = prepare(_t("Corsair Vengeance LPX 16GB Kit - Black (CMK16GX4M2A24"))
    assert cut_short("cmk16gx4m2a2400c14", cut)
    short = prepare(_t("Corsair Dominator Platinum 16GB Kit - Black (CMD16GX4"))
    assert not cut_short("cmd16gx4m2b3000c15", short)   # 8 characters: too short to tell
    assert not cut_short("bx80677i77700k", prepare(_t("Intel Core i7 7700 BX80677I77700")))


def test_with_maker_prefix_needs_the_whole_other_code_at_the_end():
    other = prepare(_t("Intel Core i5-4590 3.30GHz Processor"))
    assert with_maker_prefix("bx80646i54590", other)
    assert not with_maker_prefix("bx80646i54690", other)     # another processor
    assert not with_maker_prefix("bx80646i54590k", prepare(_t("Intel Core i5-4590")))  # K: another model
    assert not with_maker_prefix("i54590", other)            # the code itself: no prefix
