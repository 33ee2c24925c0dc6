"""Session 10, electronics (issue #12): how shops word one device, and the
near misses around it.  Kinds of electronics in five languages ("Objektiv" /
"Lens", "Speicherkarte" / "Memory Card", "Manette sans fil" / "Controller"),
the use and build words a listing adds ("Vlogging Camera", "Folding Drone"),
"Mark II" for "II", a lens's aperture written four ways - and, for precision,
a memory kit's rated speed, a configuration of capacities and a phone locked
to a carrier."""

from __future__ import annotations

from crawler.matching import match_method, same_product
from crawler.matching.titles import clean
from tests.pair_checks import pair_tests


def _o(title, **kw):
    return {"title": title, **kw}


SAME = [
    # kinds of electronics in the shop's language
    ("Nintendo Switch Pro Controller", "Nintendo Switch Pro Controller - Manette sans fil"),
    ("Google Nest Thermostat - Snow", "Google Nest Thermostat Smart Programmable Thermostat, Snow"),
    ("Elgato Stream Deck MK.2", "Elgato Stream Deck MK.2 Controller"),
    ("Sony FE 24-70mm f/2.8 GM II Lens", "Sony FE 24-70 mm F2.8 GM II Objektiv"),
    # use and build words of a listing
    ("DJI Osmo Pocket 3", "DJI Osmo Pocket 3 Vlogging Camera with 1\" CMOS & 4K/120fps, 3-Axis Stabilization"),
    ("Garmin Forerunner 265 GPS Running Smartwatch, Black/Powder Gray", "Garmin Forerunner 265 Black"),
    # "Mark II" = "II"
    ("Canon EOS R6 Mark II Mirrorless Camera Body", "Canon EOS R6 II Body Only"),
    # the aperture: f/1.8 = F1.8, f/4 = F4
    ("Canon RF 50mm F1.8 STM", "Canon RF50mm f/1.8 STM Lens"),
    ("Nikon NIKKOR Z 24-120mm f/4 S", "Nikon NIKKOR Z 24-120mm F4 S Objectif"),
    # a kind word and "smart" said after it, around the model number ("Enceinte connectée")
    ("Sonos Era 100", "Sonos Era 100 Enceinte connectée"),
    ("Sonos Era 100 Black", "Sonos Era 100 Smart Speaker Black"),
    # the line's size printed or left out beside its number
    ("Apple iPad Air 11\" M2 Wi-Fi 128GB", "Apple iPad Air 11 M2 Wi-Fi 128GB"),
    ("Apple 11-inch iPad Air (M2) Wi-Fi 128GB - Space Gray", "iPad Air 11\" M2 Wi-Fi 128GB Space Gray"),
    ("Apple MacBook Air 13-inch M3 8GB 256GB Midnight",
     "MacBook Air 13.6\" Apple M3 chip 8-core CPU 8GB RAM 256GB SSD - Midnight"),
    # a Wi-Fi class ("AX5700") is no model number a "Pro" qualifies
    ("ASUS RT-AX86U Pro AX5700 Dual Band WiFi 6 Gaming Router", "ASUS RT-AX86U Pro"),
    # a lettered generation both print
    ("Logitech MX Master 3S Graphite", "Logitech MX Master 3S Performance Wireless Mouse Graphite"),
    # device colour names in the shop's language
    ("Apple MacBook Pro 14 M3 8GB 512GB Gris sidéral", "Apple MacBook Pro 14 M3 8GB 512GB Space Gray"),
    ("Apple iPhone 15 Pro 256GB Titan Natur", "Apple iPhone 15 Pro 256GB Natural Titanium"),
    ("Apple iPhone 15 Pro 256GB Titanio natural", "Apple iPhone 15 Pro 256GB Natural Titanium"),
    # a tier colour in German, a USB connector and a charger's technology one side only
    ("Microsoft Surface Pro 9 - Intel Core i5 / 8GB / 256GB - Platinum", "Microsoft Surface Pro 9 i5 8GB 256GB Platin"),
    ("Anker 511 Charger (Nano 3, 30W)", "Anker Nano 3 30W USB-C Charger, 511 GaN"),
    # one camera system written two ways
    ("Sigma 18-50mm F2.8 DC DN Contemporary for Sony E", "Sigma 18-50mm f/2.8 DC DN Contemporary Sony E-Mount"),
]

DIFFERENT = [
    # a memory kit's rated speed, though both print the latency "CL36"
    ("Corsair Vengeance RGB 32GB (2x16GB) DDR5 6000MHz CL36",
     "Corsair Vengeance RGB 32GB (2x16GB) DDR5 5600MHz CL36"),
    ("Kingston FURY Beast 32GB DDR4-3600 CL18 Arbeitsspeicher", "Kingston FURY Beast 32GB DDR4-3200 CL18 Arbeitsspeicher"),
    # a configuration of capacities: the memory differs, the storage not
    ("Lenovo ThinkPad X1 Carbon Gen 11 i7-1365U 16GB 512GB", "Lenovo ThinkPad X1 Carbon Gen 11 i7-1365U 32GB 512GB"),
    ("Corsair Vengeance LPX 32GB (2x16GB) DDR4 3200", "Corsair Vengeance LPX 32GB (4x8GB) DDR4 3200"),
    # a phone locked to a carrier is not the unlocked phone
    ("Samsung Galaxy S24 Ultra 256GB Titanium Gray (Unlocked)", "Samsung Galaxy S24 Ultra 256GB Titanium Gray - Verizon"),
    ("Apple iPhone 15 128GB Black", "Apple iPhone 15 128GB Black Verizon"),
    # the generation after "Mark" still counts
    ("Canon EOS R6 Mark II Body", "Canon EOS R6 Body"),
    ("Canon EOS 5D Mark IV Gehäuse", "Canon EOS 5D Mark III Gehäuse"),
    # two kinds named: a lens is no camera body, a headset no earbuds
    ("Bose QuietComfort Ultra Headphones Black", "Bose QuietComfort Ultra Earbuds Black"),
    # the line's variant word still counts beside its size
    ("Apple iPad Air 11\" M2 Wi-Fi 128GB", "Apple iPad 11\" Wi-Fi 128GB"),
    ("Apple iPad Air 11\" M2 Wi-Fi 128GB", "Apple iPad Air 13\" M2 Wi-Fi 128GB"),
    ("ASUS RT-AX86U Pro AX5700 Gaming Router", "ASUS RT-AX86U AX5700 Gaming Router"),
    # made for two camera makers' systems
    ("Sigma 18-50mm F2.8 DC DN Contemporary for Sony E", "Sigma 18-50mm F2.8 DC DN Contemporary for Fujifilm X"),
    ("Godox V860III TTL Flash for Canon", "Godox V860III TTL Flash for Nikon"),
    ("Tamron 17-70mm F/2.8 Di III-A VC RXD Objektiv für Sony E", "Tamron 17-70mm F/2.8 Di III-A VC RXD Fujifilm X-Mount"),
    # a generation number with a model letter on one side only
    ("Logitech MX Master 3S", "Logitech MX Master"),
    ("SteelSeries Arctis Nova 7", "SteelSeries Arctis Nova 7P"),
    ("Garmin Fenix 7S Sapphire Solar", "Garmin Fenix Sapphire Solar"),
    # two device colours, in any language
    ("Apple iPhone 15 Pro 256GB Titanio natural", "Apple iPhone 15 Pro 256GB Titanio negro"),
    ("Apple MacBook Pro 14 M3 8GB 512GB Gris sidéral", "Apple MacBook Pro 14 M3 8GB 512GB Space Black"),
    # a connector the other title names otherwise
    ("Apple 20W USB-C Power Adapter", "Apple 20W Lightning Power Adapter"),
    # two video resolutions in one place
    ("Chromecast with Google TV (4K) - Snow", "Chromecast with Google TV (HD) - Snow"),
    ("Amazon Fire TV Stick 4K", "Amazon Fire TV Stick HD"),
    ("Logitech C920 Full HD Webcam", "Logitech C920 4K Webcam"),
    # the aperture still tells two lenses apart
    ("Sigma 35mm f/1.4 DG DN Art Sony E", "Sigma 35mm F1.2 DG DN Art Sony E"),
]


test_same_product_worded_otherwise = pair_tests(same=SAME).same


test_near_miss_is_different = pair_tests(different=DIFFERENT).different


def test_aperture_written_four_ways_is_one_word():
    assert clean("Sony FE 24-70mm f/2.8 GM II").split()[-3] == "f2.8"
    assert "f2.8" in clean("Sony FE 24-70mm F2.8 GM II").split()
    assert "f4" in clean("Nikon Z 24-120mm f / 4 S").split()
    assert "f1.8" in clean("Canon RF 50mm 1:1.8 STM").split()
    # "w/" (with) and ratios elsewhere are left alone
    assert clean("Case w/ Stand").split()[1] == "w/"
    assert "1:1" in clean("Scale model 1:1 replica")


def test_unlocked_phone_and_the_listing_naming_no_carrier_match():
    a = _o("Samsung Galaxy S24 Ultra 256GB Titanium Gray (Unlocked)")
    b = _o("Samsung Galaxy S24 Ultra SM-S928U 256GB Titanium Gray")
    assert same_product(a, b), match_method(a, b)


def test_one_memory_kit_written_otherwise_still_matches():
    a = _o("Kingston FURY Beast 16GB DDR4 3200MHz CL16 Desktop Memory KF432C16BB/16")
    b = _o("Kingston FURY Beast 16 GB DDR4-3200 CL16 DIMM Arbeitsspeicher", brand="Kingston", mpn="KF432C16BB/16")
    assert same_product(a, b), match_method(a, b)


def test_device_an_accessory_fits_names_no_variant_of_it():
    a = _o("Speck FlapTop Notebook Sleeve 77496-5547")
    b = _o("Speck FlapTop Sleeve for MacBook Air 13\" (77496-5547)")
    assert same_product(a, b), match_method(a, b)


def test_one_resolution_written_two_ways_is_no_variant():
    a = _o("Samsung 55\" QN90C Neo QLED 4K Smart TV")
    b = _o("Samsung 55\" QN90C Neo QLED Ultra HD Smart TV")
    assert not match_method(a, b)[0].startswith("conflict"), match_method(a, b)
