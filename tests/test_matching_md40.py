"""(session 40, md40) A variant the other offer lacks, read where it stands: a variant word inside the name on
one side ("NexGard PLUS Chewables" / "NexGard Chewables"), a variant tail glued to the model number
("AT2020USB+" / "AT2020"), an eyewear frame's lens width ("50-22" / "54mm") and a kit's counted parts ("2 TX
+ 1 RX" / "1 TX + 1 RX") part two offers whatever model number both print; the same product worded otherwise
(the variant on both sides, the lens width in both notations, the same kit) stays one."""
from crawler.matching import md40
from crawler.matching.prepared import complete, prepare_light
from tests.pair_checks import pair_tests

SAME = [
    ("Simparica Trio Chewable Tablets for Dogs 44.1-88 lbs, 3 Pack", "Simparica TRIO Dogs 44.1-88 lb 3 Chews"),
    ("Fractal Design North XL Charcoal Black", "Fractal North XL Full Tower Gehäuse Charcoal Black"),
    ("SteelSeries Arctis Nova 7X Wireless", "SteelSeries Arctis Nova 7X kabelloses Gaming-Headset schwarz"),
    ("Audio-Technica ATH-M50xBT2 Wireless Over-Ear Headphones",
     "Audio Technica ATH-M50xBT2 Bluetooth Kopfhörer schwarz"),
    ("Ray-Ban Original Wayfarer RB2140 901 54-18", "Ray-Ban RB2140 901 Wayfarer Black 54mm"),
    ("Ray-Ban RB3016 Clubmaster Classic W0365 51", "Ray-Ban Clubmaster Classic RB3016 W0365 51mm Black on Gold"),
    ("Samsung Galaxy S24 Ultra 256GB Titanium Black", "Samsung Galaxy S24 Ultra SM-S928B 256 GB Titanium Black"),
    # a connection's letters glued on alone may be a shop's note of the one model
    ("Altec Lansing inMotion iPod Portable Audio System IM600USB", "Altec Lansing inMotion IM600 Portable Audio Speaker System"),
    # a variant word describing the next word, a long model number both print (the maker's name for it)
    ("Razer DeathAdder V3 Pro Wireless Gaming Mouse - Black",
     "Razer DeathAdder V3 Pro Ultra-lightweight Wireless Ergonomic Esports Mouse, Black"),
    ("Bosch Aerotwin AP400U 400 mm wycieraczka", "Bosch Aerotwin Plus AP400U escobilla limpiaparabrisas 400 mm"),
    ("Elgato Stream Deck XL 32 keys", "Elgato Stream Deck XL - Advanced Stream Control with 32 customizable LCD keys"),
]
DIFFERENT = [
    ("NexGard Chewables for Dogs 10.1-24 lbs", "NexGard PLUS Chewables for Dogs 10.1-24 lbs"),
    ("Simparica Chewables for Dogs 22.1-44 lbs, 3 Pack", "Simparica Trio Chewables for Dogs 22.1-44 lbs, 3 Pack"),
    ("Lian Li O11 Dynamic Mini White", "Lian Li O11 Dynamic Mini XL White"),
    ("Bose QuietComfort Headphones Black", "Bose QuietComfort Ultra Headphones Black"),
    ("Audio-Technica ATH-M50x Professional Monitor Headphones", "Audio-Technica ATH-M50xBT2 Wireless Headphones"),
    ("Audio-Technica AT2020 Cardioid Condenser Microphone", "Audio-Technica AT2020USB+ Cardioid Condenser Microphone"),
    ("Ray-Ban RB2140 Original Wayfarer 901 50mm", "Ray-Ban RB2140 Original Wayfarer 901 54mm"),
    ("Ray-Ban Clubmaster RB3016 W0365 51-21", "Ray-Ban Clubmaster RB3016 W0365 49-21"),
    ("Ray-Ban Aviator Classic RB3025 L0205 58-14", "Ray-Ban RB3025 L0205 Aviator 62mm"),
    ("Hollyland Lark M2 (2 TX + 1 RX + Charging Case)", "Hollyland Lark M2 (1 TX + 1 RX)"),
    ("LEGO Technic Lamborghini Sián FKP 37 42115", "LEGO 42115 Lamborghini Sián Instructions Booklet Only"),
    ("Vorwerk Thermomix TM6", "Vorwerk Thermomix TM6 Mixing Bowl"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def _p(title):
    return complete(prepare_light({"title": title}))


def test_readers_name_the_variant():
    assert md40.inserted_variant(_p("Lian Li O11 Dynamic EVO Black"), _p("Lian Li O11 Dynamic EVO XL Black"))
    # a variant word both print, or one closing a title, or one moved: no insertion
    assert not md40.inserted_variant(_p("Lian Li O11 Dynamic EVO XL Black"), _p("Lian Li O11 Dynamic EVO XL Black"))
    assert not md40.inserted_variant(_p("Nike Tee Black"), _p("Nike Tee Black XL"))
    assert md40.glued_variant(_p("Audio-Technica AT2020 Microphone"), _p("Audio-Technica AT2020USB+ Microphone"))
    assert not md40.glued_variant(_p("Audio-Technica AT2020USB+ Microphone"), _p("Audio-Technica AT2020USB+ Mic"))
    assert md40.lens_sizes_differ(_p("Ray-Ban RB2140 901 50-22"), _p("Ray-Ban RB2140 901 54mm"))
    assert not md40.lens_sizes_differ(_p("Ray-Ban RB2140 901 54-18"), _p("Ray-Ban RB2140 901 54 mm"))
    # a phone's memory "8 GB + 256 GB" is no kit
    assert md40._kit("Galaxy A55 8 GB + 256 GB") == {}
    assert md40.kit_counts_differ(_p("DJI Mic 2 (2 TX + 1 RX)"), _p("DJI Mic 2 (1 TX + 1 RX)"))
