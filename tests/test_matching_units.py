"""Clock speed names the product like capacity does (memory at 2133 vs 2400 MHz, a
processor at 4.0 vs 3.4 GHz), and a decimal comma right before a unit ("3,5GHz",
"1,5l") is the decimal point of European shops. Real titles, several shops' wording."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching.titles import units_of, clean


@pytest.mark.parametrize("a,b", [
    ("HyperX Fury 64Go 2133 MHz (4x16)", "HyperX Fury 64Go 2400 MHz (4x16)"),
    ("Kingston ValueRAM 8GB DDR4 2400MHz CL17 DIMM", "Kingston ValueRAM 8GB DDR4 2666MHz CL19 DIMM"),
    ("Corsair Vengeance LPX 16 GB (2 x 8 GB) DDR4 3200 MHz", "Corsair Vengeance LPX 16 GB (2 x 8 GB) DDR4 3600 MHz"),
    ("Intel Core i7 6700K 4.0GHz Socket LGA1151 Processor - Retail",
     "Intel Core i7 6700 3.4GHz Socket LGA1151 Processor - Retail"),
    ("AMD Ryzen 5 3600 6-Core 3,6 GHz Prozessor", "AMD Ryzen 5 3600 6-Core 4,2 GHz Prozessor"),
])
def test_different_clock_speeds_are_different_products(a, b):
    assert not same_product({"title": a}, {"title": b})
    assert not same_product({"title": b}, {"title": a})
    assert match_method({"title": a}, {"title": b})[0] == "conflict:units"


@pytest.mark.parametrize("a,b", [
    ('"AMD A6-7400K 3,5Ghz"@es', "AMD A6-7400K 3.5GHz (Socket FM2) APU Kaveri Processor - Retail"),
    ("Intel Core i5-8400 2,8GHz Box", "Intel Core i5-8400 2.8 GHz Boxed Processor"),
    ("Kingston HyperX Fury 8GB DDR4 2400MHz", "Kingston HyperX Fury 8 GB DDR4-RAM 2400 MHz"),
])
def test_one_clock_speed_written_two_ways_is_no_conflict(a, b):
    assert not match_method({"title": a}, {"title": b})[0].startswith("conflict")


@pytest.mark.parametrize("text,dim,value", [
    ("3,5ghz", "freq", 3.5e9), ("lenor 1,5l", "vol", 1500.0), ("2,500mah akku", "mah", 2500.0),
    ("3,5 ghz", "freq", 3.5e9), ("1,000 w", "watt", 1000.0),
])
def test_a_comma_before_a_unit_is_read_as_decimal_or_thousands(text, dim, value):
    assert units_of(clean(text))[dim] == frozenset({value})


@pytest.mark.parametrize("a,b", [
    ("Intel Core i7-4790K 4.0GHz Quad-Core Processor", "Intel Core i7-4790K 4.4GHz Turbo Processor"),
    ("AMD Ryzen 7 5800X 3.8 GHz 8-Core Processor", "AMD Ryzen 7 5800X 8-Core, 4,7 GHz Boost"),
])
def test_base_and_boost_clocks_of_one_model_number_are_no_conflict(a, b):
    assert match_method({"title": a}, {"title": b})[0] != "conflict:units"
    assert same_product({"title": a}, {"title": b})


@pytest.mark.parametrize("bad", [["a title"], [None], [42]])
def test_batch_functions_say_what_an_offer_is(bad):
    from crawler.matching import cluster, match_catalogs, match_many

    offer = {"title": "Intel Core i7-4790K"}
    with pytest.raises(TypeError, match="an offer is a dict"):
        cluster([offer, *bad])
    with pytest.raises(TypeError, match="an offer is a dict"):
        match_catalogs([offer], bad)
    with pytest.raises(TypeError, match="an offer is a dict"):
        match_many([offer], bad)


def test_match_many_refuses_unaligned_lists():
    from crawler.matching import match_many

    offer = {"title": "Intel Core i7-4790K"}
    with pytest.raises(ValueError, match="aligned pairs: 1 offers against 2"):
        match_many([offer], [offer, offer])


# a subscription's or licence's term: one duration written in years, months, weeks or days
@pytest.mark.parametrize("a,b", [
    ("Norton 360 Deluxe 5 Devices 1 Year", "Norton 360 Deluxe 5 Devices 12 Months"),
    ("Microsoft 365 Family 12-Month Subscription", "Microsoft 365 Family 1 Year Subscription"),
    ("McAfee Total Protection 1 an 3 appareils", "McAfee Total Protection 12 mois 3 appareils"),
    ("Kaspersky Total Security 365 Tage 1 Gerät", "Kaspersky Total Security 1 Jahr 1 Gerät"),
    ("ESET Internet Security 2 roky 1 zařízení", "ESET Internet Security 24 měsíců 1 zařízení"),
])
def test_one_term_written_in_other_units_is_no_conflict(a, b):
    assert not match_method({"title": a}, {"title": b})[0].startswith("conflict")


@pytest.mark.parametrize("a,b", [
    ("Norton 360 Deluxe 5 Devices 1 Year", "Norton 360 Deluxe 5 Devices 2 Years"),
    ("Norton 360 Deluxe 5 Geräte 1 Jahr", "Norton 360 Deluxe 5 Geräte 2 Jahre"),
    ("Microsoft 365 Personal 1 mes", "Microsoft 365 Personal 12 meses"),
    ("Bitdefender Total Security 5 appareils 1 an", "Bitdefender Total Security 5 appareils 90 jours"),
])
def test_different_terms_are_different_products(a, b):
    assert not same_product({"title": a}, {"title": b})
    assert match_method({"title": a}, {"title": b})[0] == "conflict:units"


def test_a_duration_is_read_in_days():
    assert units_of(clean("norton 1 year 12-month 365 days"))["dur"] == frozenset({365.0})
    assert units_of(clean("4 weeks"))["dur"] == frozenset({28.0})


def test_hours_differ_only_without_a_shared_model_number():
    # a recorder's or a lamp's hours name it, unless both offers print one model number
    # (then the two figures are two ways of stating it: hours at SD and at HD)
    assert match_method({"title": "TiVo HD Digital Video Recorder (180 Hour) TCD652160"},
                        {"title": "TiVo 80 Hour DVR Recorder"})[0] == "conflict:units"
    assert match_method({"title": "Epson 2000 Hours UHE Replacement Projector Lamp V13H010L38"},
                        {"title": "Epson Replacement Lamp - 150W UHE Projector Lamp - 1500 Hour"})[0] == "conflict:units"
    assert same_product({"title": "TiVo HD Digital Video Recorder (180 Hour) TCD652160"},
                        {"title": "TiVo HD Digital Video Recorder up to 20 Hours in HD! TCD652160"})


@pytest.mark.parametrize("a,b", [
    ("Samsung 22 cu ft French Door Refrigerator", "Samsung 25 cu ft French Door Refrigerator"),
    ("LG 22 Cu.Ft. Total Capacity", "LG 25 Cu.Ft. Total Capacity 4 Door Refrigerator"),
    ("Frigidaire 18.3 cu. ft. Top Freezer Refrigerator", "Frigidaire 20.5 cu. ft. Top Freezer Refrigerator"),
])
def test_a_refrigerators_cubic_feet_are_its_capacity(a, b):
    # (cubic feet were read but were no hard dimension: 22 and 25 cu ft were called one fridge)
    assert not same_product({"title": a}, {"title": b})
    assert match_method({"title": a}, {"title": b})[0] == "conflict:units"


def test_one_capacity_in_cubic_feet_written_two_ways_is_no_conflict():
    assert not match_method({"title": "LG 25.0 Cu.Ft. Refrigerator LRFS25"},
                            {"title": "LG 25 cu. ft. 4 Door Refrigerator LRFS25"})[0].startswith("conflict")


@pytest.mark.parametrize("a,b", [
    ("TP-Link 8 Port Gigabit Desktop Switch", "TP-Link 5 Port Gigabit Desktop Switch"),
    ("StarTech.com 4 Port PCIe FireWire Adapter Card", "StarTech.com 3 Port PCI FireWire Adapter Card"),
    ("Yamaha 5.1-Channel AV Receiver with Bluetooth", "Yamaha 7.2-Channel AV Receiver with Bluetooth"),
    ("Swann 8 Channel 4K NVR Security System", "Swann 16 Channel 4K NVR Security System"),
    ("AMD Ryzen 5 6-Core Desktop Processor", "AMD Ryzen 5 8-Core Desktop Processor"),
])
def test_ports_channels_and_cores_name_the_model(a, b):
    assert not same_product({"title": a}, {"title": b})
    assert match_method({"title": a}, {"title": b})[0] == "conflict:units"


@pytest.mark.parametrize("a,b", [
    ("Swann 8 Channel 4K DVR", "Swann 8CH 4K DVR"),
    ("Kidde i12060 Hardwired Smoke Detector with 9V Battery Backup", "Kidde i12060 120V AC Hardwired Smoke Alarm"),
])
def test_one_count_written_otherwise_and_two_voltages_of_one_device_are_no_conflict(a, b):
    assert not match_method({"title": a}, {"title": b})[0].startswith("conflict")
