"""Session 33 (eu33): European electronics shops' titles (MediaMarkt, Otto, Fnac, Boulanger, Coolblue,
bol.com, PcComponentes, Unieuro, x-kom, Alza, Amazon) in seven languages.  Each reading asked on
real-looking pairs both ways round, through the pair path and the batch path, which must agree:

* how a phone is sold, in each shop's language, is no identifying word and no variant: "Double SIM",
  "Doppia SIM", "Doble SIM" are "Dual SIM"; "débloqué", "sbloccato" and Spanish "Libre" (in a title that
  states a memory capacity) are "Unlocked" (``office_mobile.sim_wording``, ``variants._sim_sold``);
* a laptop's graphics chip is part of what is sold: "RTX 4050" / "RTX 4060" under one model number are
  two configurations (``relations.graphics_chips_differ``);
* a device's colour closing its title right after its memory or network ("256 GB WiFi Srebrny", "256 GB
  Blu") is its colourway (``raw_facets._after_device_spec``); an ambiguous colour word read there names
  the colour the other title names in its language ("Blu" / "Blauw", "Rose" / "Różowy") and another
  colour is a conflict ("Mint" / "Srebrny");
* the label a shop writes next to a memory capacity ("256 GB Speicherplatz", "128 Go de stockage", "pamięć
  256 GB") names no product (``office_mobile.capacity_label``): the capacity is compared as a unit."""

from crawler.matching.features import prepare
from crawler.matching.office_mobile import capacity_label, sim_wording
from crawler.matching.raw_facets import _after_device_spec
from crawler.matching.relations import graphics_chips_differ
from tests.pair_checks import pair_tests


SAME = [
    # Dual SIM and unlocked in French, Italian, Spanish
    ("Smartphone Xiaomi 14 5G 6,36\" Double SIM 256Go Noir", "Xiaomi 14 5G 256GB Nero"),
    ("Xiaomi 14 256GB Nero", "Xiaomi 14 Doble SIM 256GB Negro"),
    ("Samsung Galaxy S24 256GB Onyx Black", "Samsung Galaxy S24 Doppia SIM 256 GB Onyx Black"),
    ("Apple iPhone 15 512GB Groen", "Apple iPhone 15 512GB Verde Libre"),
    ("Samsung Galaxy S24 256GB Black", "Samsung Galaxy S24 256 GB Negro Libre"),
    ("Apple iPhone 15 128GB Bleu débloqué", "Apple iPhone 15 128GB Blau"),
    # one graphics chip, written apart or glued on
    ("Acer Nitro 5 AN515-58 i5-12500H 16GB RTX 3050", "Acer Nitro 5 AN515-58 i5-12500H 16GB RTX3050"),
    ("Lenovo LOQ 15IRH8 Intel Core i5-12450H 16GB 512GB NVIDIA GeForce RTX 4060",
     "Lenovo LOQ 15IRH8 15.6\" Laptop, Intel Core i5-12450H, 16GB RAM, 512 GB SSD, GeForce RTX 4060"),
    # an ambiguous colour word closing a device's title after its memory or network
    ("Apple iPad Air 11 inch M2 256 GB Wi-Fi - Blauw", "Apple iPad Air 11\" M2 Wi-Fi 256 GB Blu"),
    ("Google Pixel 8 256GB Różowy", "Google Pixel 8 256GB Rose"),
    ("Google Pixel 8 - 256 GB - Roze", "Google Pixel 8 256 Go Rose"),
    ("Google Pixel 8 - 128 GB - Mint", "Smartfon Google Pixel 8 128GB Zielony"),
    # a memory capacity's label
    ("Xiaomi 14 Smartphone (16,15 cm/6,36 Zoll, 256 GB Speicherplatz)", "Xiaomi 14 Smartphone, 256GB, 12GB RAM"),
    ("Samsung Galaxy S24 Ultra Smartphone (17,27 cm/6,8 Zoll, 1 TB Speicherplatz)", "Samsung Galaxy S24 Ultra 1TB"),
    ("Smartfon Samsung Galaxy S24 pamięć 256 GB czarny", "Samsung Galaxy S24 256GB Schwarz"),
]

DIFFERENT = [
    # another graphics chip under one model number
    ("Lenovo LOQ 15IRH8 i5-12450H 16GB RTX 4050", "Lenovo LOQ 15IRH8 i5-12450H 16GB RTX 4060"),
    ("Acer Nitro 5 AN515-58 i5-12500H 16GB RTX 3050", "Acer Nitro 5 AN515-58 i5-12500H 16GB RTX3060"),
    ("Lenovo LOQ 15IRH8 15,6\" Intel Core i5-12450H 16GB 512GB SSD NVIDIA GeForce RTX 4060 Win 11",
     "Lenovo LOQ 15IRH8 15.6\" Laptop, Intel Core i5-12450H, 16GB RAM, 512GB SSD NVIDIA GeForce RTX 4050"),
    # another colour closing the title after the memory or network
    ("Samsung Galaxy Tab S9 FE (SM-X510) 256GB Wi-Fi, Mint", "Samsung Galaxy Tab S9 FE SM-X510 256 GB WiFi Srebrny"),
    ("Google Pixel 8 256GB Black", "Google Pixel 8 256GB Rose"),
    ("Apple iPad Air 11\" M2 Wi-Fi 128 GB Blu", "Apple iPad Air 11\" M2 Wi-Fi 128 GB Grigio siderale"),
    # the other readings still part what they parted
    ("Samsung Galaxy A15 LTE 128GB Blue Black", "Samsung Galaxy A15 5G 128GB Blue Black"),
    ("Xiaomi 14 Doppia SIM 256GB Nero", "Xiaomi 14 Doppia SIM 512GB Nero"),
    ("Apple iPhone 15 512GB Verde Libre", "Apple iPhone 15 256GB Verde Libre"),
    ("Smartfon Samsung Galaxy S24 pamięć 256 GB czarny", "Samsung Galaxy S24 128GB Schwarz"),
    ("Samsung Galaxy S24 128 Go de stockage Noir", "Samsung Galaxy S24 256GB Black"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_sim_wording_in_each_language():
    p = prepare({"title": "Xiaomi 14 Doppia SIM 256GB Nero Libre"})
    assert sim_wording("doppia", p) and sim_wording("sim", p) and sim_wording("libre", p)
    # "double" elsewhere than before "SIM", "libre" in a title stating no memory: words
    q = prepare({"title": "Lit double 140x190 Libre service"})
    assert not sim_wording("double", q) and not sim_wording("libre", q)


def test_graphics_chip_numbers():
    a = prepare({"title": "HP Victus 15-fa1 i5-12450H GeForce RTX 4050"})
    b = prepare({"title": "HP Victus 15-fa1 i5-12450H RTX4060 8GB"})
    c = prepare({"title": "HP Victus 15-fa1 i5-12450H NVIDIA RTX 4050 6GB"})
    d = prepare({"title": "HP Victus 15-fa1 i5-12450H 16GB"})
    assert graphics_chips_differ(a, b)
    assert not graphics_chips_differ(a, c)
    assert not graphics_chips_differ(a, d)  # (one title naming no chip: nothing to compare)


def test_colour_after_a_device_spec():
    assert _after_device_spec("galaxy tab s9 fe 256 gb wifi srebrny", ["srebrny"])
    assert _after_device_spec("pixel 8 256go rose", ["rose"])
    assert not _after_device_spec("nivea soft 200ml cream", ["cream"])
    assert not _after_device_spec("amy winehouse back to black", ["black"])


def test_capacity_label_next_to_a_capacity_only():
    assert capacity_label("speicherplatz", prepare({"title": "Xiaomi 14 (6,36 Zoll, 256 GB Speicherplatz)"}))
    assert capacity_label("stockage", prepare({"title": "Samsung Galaxy S24 128 Go de stockage Noir"}))
    assert capacity_label("pamiec", prepare({"title": "Smartfon Samsung Galaxy S24 pamięć 256 GB"}))
    # (a label away from any capacity may name a product: "Storage Box", "Scheda di memoria")
    assert not capacity_label("storage", prepare({"title": "Curver Unibox 30L Storage Box"}))
    assert not capacity_label("memoria", prepare({"title": "Lettore di schede di memoria USB 3.0"}))
