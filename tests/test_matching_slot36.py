"""``variants.slot_conflict`` as a table of readers (session 36, slot36): the readers sessions 10-35
hooked into it one ``if X(a, b): return 1.0`` line at a time are rows of ``variants.SLOT_READERS``,
walked in order (the first that fires decides), then the positional reading of the slots around a
model number both titles print.  The table holds every reader once, in the documented order, and
the pairs the readers were written for still conflict (the one reader named), plain pairs do not."""

from __future__ import annotations

import importlib

import pytest

from crawler.matching import variants as V
from crawler.matching.features import prepare

# the order of the chain ``slot_conflict`` was (session 35's main), kept row for row, with fs36's row
ORDER = [
    "pc35.revision_tag",
    "pc35.line_numbers_differ",
    "formulation_conflict",
    "with_without",
    "percent_differs",
    "tax_scope_differs",
    "household_conflict",
    "setups_differ",
    "lettered_model_differs",
    "maker_lines_differ",
    "new_console",
    "closing_platforms_differ",
    "closing_power_differs",
    "closing_length_only",
    "decimal_names_differ",
    "sport_variants_differ",
    "mends34.connectivity_variant",
    "mends34.line_prefixes_differ",
    "mends34.model_letter_one_side",
    "fs36.fs_variants_differ",  # (session 36, fs36: its hook, merged as a row in its place)
    "dg37.tier_after_number",  # (session 37, dg37: "K 5 Power Control" / "K 5 Premium Power Control")
    "dg37.battery_set_inserted",  # (session 37, fxdg37: "WD 3 Battery Set" / "WD 3 Battery")
    "tb35.hyphen_letter_one_side",
    "mends35.quality_slot_apart",
    "pc35.one_sided_heatsink",
    "pc35.board_wifi",
    "eu38.split_model_number_differs",  # (session 38, eu38: "Kärcher K 4" / "K5", "DJI RC-N2" / "RC 2")
    "fxhh38.brand_suffix_one_side",  # (session 38, fxhh38: "Zyrtec-D" / "Zyrtec", "Senokot-S" / "Senokot")
    "cm39.lens_specs_differ",  # (session 39, cm39: "18-45mm Kit" / "18-45mm + 55-210mm Double Kit", "F4" / "f/2.8")
    "co40.code_colour_apart",  # (session 40, co40: "WH-1000XM5/B" / "WH-1000XM5 ... Silver")
    "md40.inserted_variant",  # (session 40, md40: "NexGard PLUS Chewables" / "NexGard Chewables")
    "md40.glued_variant",  # (session 40, md40: "AT2020USB+" / "AT2020")
    "md40.lens_sizes_differ",  # (session 40, md40: eyewear "50-22" / "54mm", 2.0)
    "md40.instructions_alone",  # (session 40, md40: a set's instructions alone, 2.0)
    "md40.kit_counts_differ",  # (session 40, md40: "2 TX + 1 RX" / "1 TX + 1 RX")
    "wr41.kit_battery_apart",  # (session 41, wr41: "DCD796M2" / "DCD796 ... 2 x 2.0Ah", 2.0)
    "wr41.kit_word_inserted",  # (session 41, wr41: "K4 Power Control Home" / "K4 Power Control")
    "wr41.care_plan_one_side",  # (session 41, wr41: "Galaxy S24 Ultra - Samsung Care+" / "Galaxy S24 Ultra", 2.0)
    "office41.kind_accessory_one_side",  # (session 41, fxof41: "Taschenrechner" / "Calculator Cover", 2.0)
    "home41.sofa_part_one_side",  # (session 41, fxfu41: "KIVIK 3er-Sofa" / "KIVIK cover for 3-seat sofa", 2.0)
    "wr42.numbered_model_apart",  # (session 42, wr42: "Arlo Pro 5S 2K" / "Arlo Pro 4 2K")
    "wr42.towel_sizes_apart",  # (session 42, wr42: "Bath Sheet" / "Bath Towel", 2.0)
    "wr42.made_for_model_alone",  # (session 42, wr42: "Bimby boccale completo per TM6" / "Bimby TM6", 2.0)
    "wr42.main_unit_only_one_side",  # (session 42, wr42: "V15 Detect Absolute - Main Unit Only" / "...", 2.0)
    "mu43.closing_sizes_apart",  # (session 43, mu43: "Sleeping Bag Regular" / "Sleeping Bag Long")
    "mu43.kind_slot_apart",  # (session 43, fxmu43: "Fenix PD36R Taschenlampe" / "Fenix PD36R V2.0")
]
# (the rows read 2.0 - a conflict whatever long model number both print: the revision rows first, and
# session 40's eyewear lens width and building instructions, which the frame's or the set's code names as
# well as the product)
TWO = {"pc35.revision_tag", "pc35.line_numbers_differ", "md40.lens_sizes_differ", "md40.instructions_alone",
       # (session 41, wr41: a DeWalt kit letter against the stated batteries - the tool's code is shared, the kit is
       # not -, and a paid care plan sold with the device)
       "wr41.kit_battery_apart", "wr41.care_plan_one_side",
       # (session 41, fxof41: an office kind's accessory on one side - the machine's code is the accessory's too)
       "office41.kind_accessory_one_side",
       # (session 41, fxfu41: a sofa's cover, legs or chaise longue on one side - the range name is shared)
       "home41.sofa_part_one_side",
       # (session 42, wr42: a towel's size, a part made for the model, the main unit alone - the line's or the model's
       # code is shared by both)
       "wr42.towel_sizes_apart", "wr42.made_for_model_alone", "wr42.main_unit_only_one_side"}


def test_the_table_holds_every_reader_once_in_order():
    names = [r.name for r in V.SLOT_READERS]
    assert names == ORDER
    assert len({id(r.read) for r in V.SLOT_READERS}) == len(V.SLOT_READERS)
    for r in V.SLOT_READERS:
        assert callable(r.read) and "session" in r.why and r.value in (1.0, 2.0)


def test_each_row_reads_the_function_it_names():
    for r in V.SLOT_READERS:
        mod, _, fn = r.name.rpartition(".")
        if mod:
            # (the module's reader, or a wrapper passing it the word classes as they stand: fs36)
            target = getattr(importlib.import_module("crawler.matching." + mod), fn)
            assert r.read is target or fn in r.read.__code__.co_names
        else:
            # (a reader of this module, or a small wrapper of one that reads word sets)
            target = getattr(V, fn)
            assert r.read is target or target.__name__ in r.read.__code__.co_names


def test_the_revision_rows_come_first_and_only_they_read_the_shared_code():
    values = [r.value for r in V.SLOT_READERS]
    assert values[:2] == [2.0, 2.0]
    assert {r.name for r in V.SLOT_READERS if r.value == 2.0} == TWO
    assert [r.name for r in V.SLOT_READERS if r.shared] == ["pc35.revision_tag"]
    assert V._SLOT_WALK == tuple((r.read, r.value, r.shared) for r in V.SLOT_READERS)


# (pairs from the readers' comments; the row expected to decide each, both ways)
CONFLICTS = [
    ("Boston Dynamics Spot 400", "Boston Dynamics Spot 400-R", "tb35.hyphen_letter_one_side", 1.0),
    ("Lavazza Crema e Gusto 1kg Kaffeebohnen", "Lavazza Crema e Aroma 1kg Kaffeebohnen",
     "mends35.quality_slot_apart", 1.0),
    ("JBL Charge 5", "JBL Charge 5 Wi-Fi", "mends34.connectivity_variant", 1.0),
    ("Kärcher K 5 Power Control", "Kärcher K 5 Premium Power Control", "dg37.tier_after_number", 1.0),
    ("Kärcher WD 3 Battery Set Wet and Dry Vacuum Cleaner", "Kärcher WD 3 Battery Wet and Dry Vacuum Cleaner",
     "dg37.battery_set_inserted", 1.0),
    ("Apple iPhone 16e 128GB", "Apple iPhone 16 128GB", "lettered_model_differs", 1.0),
    ("Dell Vostro 3520 Laptop", "Dell Inspiron 3520 Laptop", "maker_lines_differ", 1.0),
    ("New Nintendo 3DS XL", "Nintendo 3DS XL", "new_console", 1.0),
    ("Gigabyte B650 AORUS ELITE AX V2", "Gigabyte B650 AORUS ELITE AX", "pc35.revision_tag", 2.0),
    ("HP Victus 15 Gaming Laptop i5-12450H", "HP Victus 16 Gaming Laptop i5-12450H",
     "pc35.line_numbers_differ", 2.0),
    ("ASRock B650M Pro RS WiFi", "ASRock B650M Pro RS", "pc35.board_wifi", 1.0),
    ("WD Black SN850X 2TB NVMe SSD with Heatsink", "WD Black SN850X 2TB NVMe SSD",
     "pc35.one_sided_heatsink", 1.0),
    ("Kärcher K 4 Power Control Hochdruckreiniger", "Kärcher K5 Power Control Hochdruckreiniger",
     "eu38.split_model_number_differs", 1.0),
    ("DJI Mini 4 Pro (DJI RC-N2)", "DJI Mini 4 Pro (DJI RC 2)", "eu38.split_model_number_differs", 1.0),
    ("Zyrtec Allergy Cetirizine 10 mg 30 Tablets", "Zyrtec-D Allergy 10 mg 30 Tablets",
     "fxhh38.brand_suffix_one_side", 1.0),
    ("Canon EOS R50 + RF-S 18-45mm Kit", "Canon EOS R50 + RF-S 18-45mm + RF-S 55-210mm Double Kit",
     "cm39.lens_specs_differ", 1.0),
    ("DeWalt DCD796M2 18V XR Brushless Combi Drill Kit", "DeWalt DCD796 18V XR Brushless Combi Drill with 2 x 2.0Ah Batteries",
     "wr41.kit_battery_apart", 2.0),
    ("Kärcher K4 Power Control Hochdruckreiniger", "Kärcher K4 Power Control Home Hochdruckreiniger",
     "wr41.kit_word_inserted", 1.0),
    ("Samsung Galaxy S24 Ultra 256GB - Samsung Care+ 2 Year Warranty", "Samsung Galaxy S24 Ultra 256GB",
     "wr41.care_plan_one_side", 2.0),
    ("Casio FX-991DE X Taschenrechner", "Casio FX-991DE X Calculator Cover", "office41.kind_accessory_one_side", 2.0),
    ("IKEA KIVIK 3er-Sofa", "IKEA KIVIK cover for 3-seat sofa", "home41.sofa_part_one_side", 2.0),
    ("Arlo Pro 5S 2K Security Camera, 2 Pack, White", "Arlo Pro 4 2K Security Camera, 2 Pack, White",
     "wr42.numbered_model_apart", 1.0),
    ("Christy Supreme Hygro Bath Sheet, Graphite", "Christy Supreme Hygro Bath Towel, Graphite",
     "wr42.towel_sizes_apart", 2.0),
    ("Vorwerk Bimby TM6", "Vorwerk Bimby boccale completo per TM6", "wr42.made_for_model_alone", 2.0),
    ("Dyson V15 Detect Absolute - Main Unit Only", "Dyson V15 Detect Absolute", "wr42.main_unit_only_one_side", 2.0),
    # (no reader fires: the slot after the shared model number does)
    ("Dyson V15 Detect", "Dyson V15 Detect Absolute", "slots", 1.0),
    ("Philips Hue White Ambiance GU10", "Philips Hue White and Color Ambiance GU10", "slots", 1.0),
]

ONE_PRODUCT = [
    ("Samsung 980 PRO 1TB NVMe SSD", "Samsung SSD 980 PRO 1TB NVMe M.2"),
    ("Sony WH-1000XM5 Headphones Black", "Sony WH-1000XM5 Black"),
    ("Logitech MX Master 3S Mouse", "Logitech MX Master 3S Wireless Mouse"),
    ("LEGO Architecture 21054 The White House", "LEGO Architecture 21054 Das Weiße Haus"),
]


@pytest.mark.parametrize("x, y, row, value", CONFLICTS)
def test_known_variants_conflict(x, y, row, value):
    a, b = prepare({"title": x}), prepare({"title": y})
    for p, q in ((a, b), (b, a)):
        assert V.slot_conflict(p, q) == value
        assert V.slot_reader_fired(p, q) == row


@pytest.mark.parametrize("x, y", ONE_PRODUCT)
def test_one_product_does_not_conflict(x, y):
    a, b = prepare({"title": x}), prepare({"title": y})
    for p, q in ((a, b), (b, a)):
        assert V.slot_conflict(p, q) == 0.0
        assert V.slot_reader_fired(p, q) is None
