"""Session 39 (pc39): computer, phone and PC-part specs written two ways (``crawler/matching/pc39.py``)."""

from tests.pair_checks import pair_tests

from crawler.matching import pc39

SAME = [
    # an Intel Core number names its family and generation
    ('HP ProBook 450 G9 Intel Core i5-1235U 8GB 512GB SSD 15.6"', 'HP PROBOOK 450 G9 CORE I5 12TH GEN 8GB 512GB 15.6 FHD'),
    ('Dell Vostro 3520 i5-1235U 8GB 512GB SSD 15.6" FHD',
     'DELL VOSTRO 15 3520 CORE I5 12TH GEN 8GB 512GB SSD 15.6 FHD (1 YEAR DELL WARRANTY)'),
    ('Dell Inspiron 15 3520 i7-1255U 16GB 512GB SSD 15.6" FHD', 'DELL INSPIRON 3520 CORE I7 12TH GEN 16GB 512GB SSD 15.6"'),
    # a laptop line's screen-size number one side ("Vostro 15 3520")
    ('Dell Vostro 3520 Intel Core i3-1215U 8GB 256GB SSD', 'DELL VOSTRO 15 3520 I3 12TH GEN 8GB 256GB SSD 15.6'),
    # the processor's "13th Gen" is no version of the laptop's "Gen 5"
    ('Lenovo ThinkPad E14 Gen 5 Intel Core i7-1355U 16GB 512GB SSD',
     'LENOVO THINKPAD E14 G5 CORE I7 13TH GEN 16GB 512GB SSD'),
    # a bare capacity before the drive's kind
    ('Lenovo IdeaPad Slim 3 15IAH8 Core i5-12450H 8GB 512GB SSD 15.6" FHD',
     'LENOVO IDEAPAD SLIM 3 15IAH8 I5-12450H 8GB RAM 512 NVME 15.6'),
    ('Dell Latitude 5540 Intel Core i7-1355U 16GB 512GB SSD 15.6"', 'DELL LATITUDE 5540 I7 13TH GEN 16GB 512 SSD 15.6 FHD'),
    # a memory kit written four ways, a single module's "1x"
    ('G.Skill Ripjaws V 16GB (2 x 8GB) DDR4 3600MHz CL18 F4-3600C18D-16GVK', 'GSKILL RIPJAWS V 16GB KIT (8GBX2) DDR4 3600'),
    ('TeamGroup T-Force Delta RGB 32GB (2x16GB) DDR5 6000MHz CL30',
     'TEAMGROUP T-FORCE DELTA RGB DDR5 32GB KIT (16GBX2) 6000MHZ'),
    ('Corsair Vengeance LPX 32GB (2x16GB) DDR4 3200MHz', 'CORSAIR VENGEANCE LPX 32GB KIT 2X16 DDR4 3200 DESKTOP RAM'),
    ('Kingston FURY Beast 16GB DDR4 3200MHz CL16 Desktop Memory KF432C16BB/16',
     'Kingston Fury Beast DDR4 16GB 3200 (1x16GB) Black'),
    # a single module against a title stating no count of modules (attack39's narrowing keeps it)
    ('Kingston FURY Beast 8GB DDR4 3200MHz CL16 KF432C16BB/8', 'Kingston Fury Beast DDR4 8GB 3200 (1x8GB) Black'),
    # the laptop's own "2nd Gen" beside "Core i5" is no processor generation (attack39's misses)
    ('Lenovo ThinkPad E14 2nd Gen Core i5 8GB 256GB SSD 14 FHD', 'Lenovo ThinkPad E14 Gen 2 Core i5-1135G7 8GB 256GB SSD 14 FHD'),
    ('Lenovo ThinkPad T15 2nd Gen Core i5 16GB 512GB SSD 15.6 FHD',
     'Lenovo ThinkPad T15 Gen 2 Core i5-1135G7 16GB 512GB SSD 15.6 FHD'),
    ('Lenovo ThinkPad P15s 2nd Gen Core i7 16GB 512GB SSD 15.6 FHD',
     'Lenovo ThinkPad P15s Gen 2 Core i7-1165G7 16GB 512GB SSD 15.6 FHD'),
    # Corsair's "C36" is "CL36"
    ('Corsair Vengeance DDR5 32GB (2x16GB) 6000MHz CL36 Black', 'Corsair VENGEANCE 32 Go (2 x 16 Go) DDR5 6000 MHz C36 Noir'),
    # Samsung's Galaxy line named one side; "Samsung S23" made only in 5G
    ('Samsung Galaxy S23 Ultra 5G 12GB 256GB Phantom Black', 'SAMSUNG S23 ULTRA 256GB 12GB PHANTOM BLACK'),
    ('Samsung Galaxy Tab S9 FE Wi-Fi 6GB 128GB Gray', 'SAMSUNG TAB S9 FE WIFI 128GB 6GB RAM GRAY'),
]

DIFFERENT = [
    # another generation, another family
    ('HP ProBook 450 G9 Intel Core i5-1235U 8GB 512GB SSD 15.6"', 'HP PROBOOK 450 G9 CORE I5 13TH GEN 8GB 512GB 15.6 FHD'),
    ('HP ProBook 450 G9 Intel Core i5-1235U 8GB 512GB SSD 15.6"', 'HP PROBOOK 450 G9 CORE I7 12TH GEN 8GB 512GB 15.6 FHD'),
    ('Lenovo IdeaPad Slim 3 Intel Core i5-1235U 8GB 512GB SSD', 'LENOVO IDEAPAD SLIM 3 CORE I5 13TH GEN 8GB 512GB SSD'),
    ('Dell Latitude 5540 Intel Core i7-1355U 16GB 512GB SSD', 'DELL LATITUDE 5540 I5 13TH GEN 16GB 512GB SSD'),
    ('Lenovo ThinkPad E14 Gen 5 i7-1355U 16GB 512GB SSD', 'LENOVO THINKPAD E14 G4 CORE I7 12TH GEN 16GB 512GB SSD'),
    ('Dell Inspiron 15 3520 i7-1255U 16GB 512GB SSD', 'DELL INSPIRON 3520 CORE I7 12TH GEN 8GB 512GB SSD'),
    # two screen sizes of one line stay two
    ('HP Victus 15 Intel Core i5-13420H 16GB 512GB RTX 4050 15.6"', 'HP Victus 16 Intel Core i5-13420H 16GB 512GB RTX 4050 16.1"'),
    # a bare capacity is still that capacity
    ('Lenovo IdeaPad Slim 3 15IAH8 Core i5-12450H 8GB 512GB SSD', 'LENOVO IDEAPAD SLIM 3 15IAH8 I5-12450H 8GB RAM 256 NVME'),
    # a kit of another size, a kit against a single module
    ('Corsair Vengeance LPX 32GB (2x16GB) DDR4 3200MHz', 'CORSAIR VENGEANCE LPX 16GB KIT 2X8 DDR4 3200'),
    ('Corsair Vengeance LPX 16GB (2x8GB) DDR4 3200MHz C16', 'Corsair Vengeance LPX 16GB (1x16GB) DDR4 3200MHz C16'),
    ('G.Skill Ripjaws V 16GB (2x8GB) DDR4 3600MHz', 'G.Skill Ripjaws V 32GB (2x16GB) DDR4 3600MHz'),
    ('Corsair Vengeance DDR5 32GB (2x16GB) 6000MHz CL36 Black', 'Corsair Vengeance DDR5 32GB (2x16GB) 6000MHz CL30 Black'),
    # Galaxy line one side, another phone or another memory
    ('Samsung Galaxy S24 Ultra 5G 12GB 512GB Titanium Gray', 'SAMSUNG S24 ULTRA 256GB 12GB TITANIUM GREY'),
    ('Samsung Galaxy S24 Ultra 12GB 256GB', 'SAMSUNG S24 PLUS 256GB 12GB'),
    ('Samsung Galaxy Tab S9 FE Wi-Fi 6GB 128GB Gray', 'SAMSUNG TAB S9 FE 5G 6GB 128GB GRAY'),
    # attack39: a family stated in words against another family's number, beside a bare "512 SSD"
    ('Acer Aspire 5 A515-57 Core i7 12th Gen 16GB 512 NVMe', 'Acer Aspire 5 A515-57 Core i5-1235U 16GB 512GB NVMe'),
    ('HP 15-fd0000 Core i3 13th Gen 8GB 256 SSD', 'HP 15-fd0000 Core i7-1355U 8GB 256GB SSD'),
    ('Lenovo LOQ 15IRH8 Core i7 13th Gen 16GB 512 SSD', 'Lenovo LOQ 15IRH8 Core i5-13420H 16GB 512GB SSD'),
    ('Acer Swift 3 SF314-512 Core i5 12th Gen 8GB 512 SSD', 'Acer Swift 3 SF314-512 Core i7-1260P 8GB 512GB SSD'),
    # attack39: a single module "(1x16GB)" against a kit "(8GBx2)" / "16GB X 2"
    ('Kingston FURY Beast 16GB DDR4 3200 CL16 Desktop Memory (1x16GB) Black',
     'Kingston FURY Beast 16GB DDR4 3200 CL16 Desktop Memory (8GBx2) Black'),
    ('G.Skill Trident Z5 RGB 32GB DDR5 6000 CL30 Desktop Memory (1x32GB)',
     'G.Skill Trident Z5 RGB 32GB DDR5 6000 CL30 Desktop Memory (16GBx2)'),
    ('Corsair Vengeance 32GB DDR5 5200 C40 Desktop Memory (1x32GB)', 'Corsair Vengeance 32GB DDR5 5200 C40 Desktop Memory 16GB X 2'),
    # 3060 vs 3060 Ti
    ('ASUS Dual GeForce RTX 3060 V2 OC Edition 12GB GDDR6', 'Asus Dual RTX 3060 Ti OC 8GB GDDR6'),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_cpu_number_generations():
    assert pc39._generation("1235u") == 12
    assert pc39._generation("12450h") == 12
    assert pc39._generation("1135g7") == 11
    assert pc39._generation("13700k") == 13
    assert pc39._generation("8550u") == 8
    assert pc39._generation("1080") is None  # (a bare four-digit number: no processor's)
    assert pc39._generation("3060") is None or pc39._cpus(["rtx", "3060"]) == []


def test_spec_read():
    assert "2x8gb" in pc39.spec_read("gskill 16gb kit (8gbx2) ddr4")
    assert "kit 2x16gb" in pc39.spec_read("corsair 32gb kit 2x16 ddr4 3200")
    assert "(1pc 16gb)" in pc39.spec_read("kingston 16gb ddr4 (1x16gb)")
    assert "512gb nvme" in pc39.spec_read("8gb ram 512 nvme 15.6")
    assert "2x8 " in pc39.spec_read("cable 2x8 pack") + " "  # (no memory, no reading)


def test_versions_compared_either_order():
    # a title printing its number and a generation in words is read by its number, whichever comes first
    num = {"_cpugen": frozenset({"cpu13"})}
    both = {"version": frozenset({"cpu3"}), "_cpugen": frozenset({"cpu13"})}
    va, vb = pc39.versions_compared(num, both)
    wb, wa = pc39.versions_compared(both, num)
    assert (va, vb) == (wa, wb)
    assert not va.isdisjoint(vb)
    # the laptop's own "Gen 5" beside the processor's number, against the processor's "13th Gen" in words
    va, vb = pc39.versions_compared({"version": frozenset({"5"}), "_cpugen": frozenset({"cpu13"})},
                                    {"version": frozenset({"cpu13"})})
    assert not va.isdisjoint(vb)
    va, vb = pc39.versions_compared({"_cpugen": frozenset({"cpu12"})}, {"version": frozenset({"cpu13"})})
    assert va.isdisjoint(vb)


def test_stated_version_small_ordinal():
    # (attack39) a small ordinal right after the line's name is the laptop's; right after "Core i5", the chip's
    ws = "lenovo thinkpad e14 2nd gen core i5 8gb".split()
    assert pc39.stated_version(ws, 3, "2") == "2"
    ws = "lenovo thinkpad e14 g5 core i7 13th gen".split()
    assert pc39.stated_version(ws, 6, "13") == "cpu13"
    ws = "dell latitude core i5 8th gen".split()
    assert pc39.stated_version(ws, 4, "8") == "cpu8"
    ws = "dell latitude i5 6th gen".split()
    assert pc39.stated_version(ws, 3, "6") == "cpu6"


def test_families_apart():
    said = pc39.number_versions("acer aspire core i7 12th gen".split())
    num = pc39.number_versions("acer aspire core i5 1235u".split())
    same = pc39.number_versions("acer aspire core i7 1255u".split())
    assert pc39.families_apart(said, num) and pc39.families_apart(num, said)
    assert not pc39.families_apart(said, same) and not pc39.families_apart(num, num)
