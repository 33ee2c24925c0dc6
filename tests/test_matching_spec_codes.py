"""Spec codes and shop stock numbers are no model numbers (issue #12).

A CPU socket ("LGA1151", "AM4", "Socket 2011-3"), a memory standard
("PC4-19200C16", "DDR4-2400", "PC3 10666"), a CAS latency ("CL15"), an
interface standard ("Ultra320", "802.11n", "2xDVI") or a shop's own stock
number ("LN67102 | SCAN UK") is printed by one shop and left out by another:
it is neither evidence of one product nor a model-number conflict.  Real
model differences still conflict: "i7-7700" vs "i7-7700K", and two memory
speeds ("PC4-19200" vs "PC4-21300": the speed is read as a spec value).
Titles are real WDC-computers offers (train / valid splits)."""

from __future__ import annotations

import numpy as np
import pytest

from crawler.matching import titles as T
from crawler.matching.features import pair_features, prepare
from crawler.matching.rules import REASONS, conflict_reasons


def _conflict(a: str, b: str) -> str | None:
    pa, pb = prepare({"title": a}), prepare({"title": b})
    r = int(conflict_reasons(np.asarray([pair_features(pa, pb)]))[0])
    return REASONS[r - 1] if r else None


@pytest.mark.parametrize("code", [
    "lga1151", "fclga14c", "s1151", "lga2011v3", "am4", "fm2", "am3islemci", "fm2retail",
    "pc419200c16", "pc421300c14", "ddr4pc421300c16", "pc10600", "pc3200", "ddr42400mhz",
    "ddr4cl14", "4xddr4", "cl15", "cl99924", "1rx4", "240pin", "ultra320", "u160",
    "pcix133", "80211ng", "uhs1", "1000basesx", "2xdvi", "3xdp", "4xsfp", "1to", "64mo", "7200tmin",
    "pc38500r7", "256mx64",
])
def test_spec_codes_are_no_model_numbers(code):
    assert T.spec_code(code)
    assert not T.is_code_token(code)


@pytest.mark.parametrize("code", [
    # model numbers that look alike: a Stanley "PC509", Canon's "CL-52" /
    # "CL-211" ink, a Kingston part, a board chipset, a processor
    "pc509", "cl52", "cl211", "hx424c15fb4", "z170a", "i76700k", "gtx1050", "s13",
    "st1000vn002", "cmk16gx4m2a2400c16", "bx80646i54570",
])
def test_model_numbers_stay_codes(code):
    assert not T.spec_code(code)
    assert T.is_code_token(code)


def test_socket_number_after_lga_is_no_code():
    codes, *_ = T.extract_codes(T.clean("Asus Sabertooth X99 LGA 2011-3 DDR4 HX424C15FB/16"))
    assert codes == {"x99", "hx424c15fb16"}


def test_memory_speeds():
    assert T.memory_speeds(T.clean("Kingston 8GB DDR4 PC4-19200C16")) == {2.4e9}
    assert T.memory_speeds(T.clean("Corsair 4GB DDR3 (PC3 10666)")) == {1.333e9}
    assert T.memory_speeds(T.clean("HP 1GB PC3200 Reg ECC Kit")) == {4e8}
    assert T.memory_speeds(T.clean("HP 4GB (2x2GB) PC-6400")) == {8e8}
    assert T.memory_speeds(T.clean("DDR3 8GB. PC1866 HYPERX FURY")) == {1.866e9}
    assert T.memory_speeds(T.clean("Samsung 16GB DDR4-2400 RDIMM")) == {2.4e9}
    assert T.memory_speeds(T.clean("Intel Core i5-7600K LGA1151")) == frozenset()


def test_stock_numbers():
    assert T.stock_numbers('"MSI Z170A PC MATE Intel USB 3.1 ATX Motherboard"@en Motherboard '
                           'LN66309 | SCAN UK"@en') == {"ln66309"}
    assert T.stock_numbers('"Intel Core i5 4570 Haswell Processor"@en Processor LN50789 - '
                           'BX80646I54570 | SCAN UK"@en') == {"ln50789"}
    # the maker's part number before the site name is no stock number
    assert T.stock_numbers('"Corsair 16GB Kit" (CMK16GX4M2A2400C16) | OcUK') == frozenset()
    assert T.stock_numbers("Samsung 850 EVO 500GB | Laptops Outlet Direct") == frozenset()
    p = prepare({"title": '"Intel Core i5 4570 Haswell Processor"@en Processor LN50789 - '
                          'BX80646I54570 | SCAN UK"@en'})
    assert "ln50789" not in p.codes and "bx80646i54570" in p.codes


# (one product: the codes one side prints and the other leaves out are specs
# or a shop's stock number)
SAME = [
    ("MSI GAMING Z170I PRO AC Skylake WiFi Mini ITX Motherboard\"@en Motherboard LN67102 - | SCAN UK\"@en",
     "MSI - Z170I GAMING PRO AC Mini ITX LGA1151 Motherboard\" Motherboard (Z170I AC) PCPartPicker United Kingdom"),
    ("Intel Core i5-6600 3.30GHz (Skylake) Socket LGA1151 Processor - Retail\"@en \"▷ Intel Processo… | OcUK\"@en",
     "Intel Core i5 6600 Skylake Desktop Processor/CPU\"@en Processor/CPU LN65567 - BX80662I56600 | SCAN UK\"@en"),
    ("Intel Core i5-7600K 3.80GHz (Kaby Lake) Socket LGA1151 Processor - Retail\"@en \"▷ Intel Proce… | OcUK\"@en",
     "S1151 Core I5-7600K (4Core, 3.8Ghz, 6Mb, GT2, 91W) Boite\"@fr"),
    ("Corsair AF140 Fan - Quiet Edition\"@en Edition LN44585 CO-9050009-WW | SCAN UK\"@en",
     "Corsair Air Series AF140 Quiet Edition 140MM 1150RPM 67.8CFM 24DBA Airflow Cooling Fan\" Fan - CO-9050009-WW NCIX\""),
    ("M393B2G70DB0-YK0 Samsung 16GB DDR3 PC12800 Memory",
     "Samsung M393B2G70DB0-YK0 CZC 16GB 240p PC3-12800 CL11 36c 1024x4 DDR3-1600 2Rx4 1.35V ECC RDIMM NLM"),
    ("271837-004 HP 72.8-GB U320 SCSI 10K", "271837-004 - HP 72.8Gb Ultra320 SCSI Universal 10K"),
]


@pytest.mark.parametrize("a,b", SAME)
def test_spec_codes_no_conflict(a, b):
    assert _conflict(a, b) is None
    assert _conflict(b, a) is None


# (two products: the difference is a model letter or a memory speed)
DIFFERENT = [
    ("Intel - Core i7-7700K 4.2GHz Quad-Core Processor\" Processor (BX80677I77700K) PCPartPicker\"",
     "INTEL® CORE™ I7-7700 Processor 8M Cache 4 Cores 3.6GHZ Up to 4.2GHZ FC-LGA14C Retail Box Kaby Lake\" "
     "\"Intel Core i7-7700 - NCIX\"", {"model", "units"}),
    ("Intel Processor, Core i7-7700K\"@en i7-7700K (BX80677I77700K)\"@en Processor",
     "Intel i7-7700 Quad-Core 3.6GHz LGA1151 Processor\"@en \" Intel Processor : I7-7700 \"@en", {"model", "units"}),
    ("Intel Core i7-6700 3.40GHz Socket LGA1151 Processor", "Intel Core i7-6700K Socket LGA1151 Processor",
     {"model"}),
    ("Kingston HyperX Fury 8GB DDR4 PC4-19200C15 Black", "Kingston HyperX Fury 8GB DDR4 PC4-21300C15 Black",
     {"units"}),
    ("Corsair Vengeance 8GB DDR3 PC3-10600 Memory", "Corsair Vengeance 8GB DDR3 1600MHz Memory", {"units"}),
]


@pytest.mark.parametrize("a,b,kinds", DIFFERENT)
def test_model_and_speed_differences_still_conflict(a, b, kinds):
    assert _conflict(a, b) in kinds
    assert _conflict(b, a) in kinds


def test_ethernet_speeds_and_timings_are_no_codes():
    codes, *_ = T.extract_codes(T.clean(
        "TP-LINK TL-SG1016 1U 19IN Steel Case 16 Port 10/100/1000 Rackmount Gigabit Switch"))
    assert codes == {"tlsg1016"}
    codes, *_ = T.extract_codes(T.clean("Corsair XMS3 4GB DDR3 1333MHz CL9 9-9-9-24 240-pin"))
    assert codes == {"xms3"}
    # a part number with a dash stays one
    codes, *_ = T.extract_codes(T.clean("HP 271837-004 72.8GB U320 SCSI"))
    assert "271837004" in codes


# memory speeds, pin counts and timings written as plain numbers are spec values
SAME_NUMBERS = [
    ("Kingston Fury Black 32GB (2x16GB) DDR4 PC4-19200C15 2400MHz Dual Channel Kit (HX424C15FBK2/32)\"@en "
     "\"▷ Kingston … | OcUK\"@en",
     "Kingston HyperX Fury DDR4 2400 PC4-19200 32GB 2X16GB CL15\"@es CL15 |PcComponentes \"@es"),
    ("Corsair Vengeance 8GB 2x4GB DDR3 1600MHz CL9-9-9-24 Dual Channel Memory Kit\" CL9 - NCIX\"",
     "Corsair Vengeance - DDR3 8 GB: 2 x 4 GB DIMM 240-pin\" \" Corsair 240-pin CMZ8GX3M2A1600C9 System "
     "Memory (RAM) CDWG.com"),
]


@pytest.mark.parametrize("a,b", SAME_NUMBERS)
def test_spec_numbers_no_conflict(a, b):
    assert _conflict(a, b) is None
    assert _conflict(b, a) is None


def test_memory_speed_as_plain_number_still_conflicts():
    a = "Kingston HyperX Fury Black DDR4 2400 8GB CL15"
    b = "Kingston HyperX Fury Black DDR4 2133 8GB CL15"
    assert _conflict(a, b) == "units"
    assert _conflict(b, a) == "units"


def test_stock_numbers_of_a_long_hostile_title():
    """The pattern's overlapping spaces cost n^2 over a whole title (20,000 spaces: 0.8 s,
    these 200,000: minutes); only a title's last characters are searched, where a stock
    number stands (bench: a call here is microseconds)."""
    assert T.stock_numbers("LN12345" + " " * 200_000 + "x|1") == frozenset()
    assert T.stock_numbers("word " * 5000 + "Motherboard LN67102 | SCAN UK") == frozenset({"ln67102"})
