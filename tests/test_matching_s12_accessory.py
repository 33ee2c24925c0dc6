"""Session 12, accessory (issue #12): precision on accessories, parts, bundles and kits.

Where an accessory word stands decides, not the word alone, nor the prices:

* the part alone against the device named *with* that part ("MagSafe Charging Case for
  AirPods Pro" / "AirPods Pro with MagSafe Case", a band against the watch sold with it)
  - whatever the prices (a case costs a good part of its earbuds);
* a *replacement* part naming its device's model: the model code is the device's, so
  the part is no offer of the device, even when the device's MPN is that code;
* the accessory bundled with a second one after it ("Controller + USB-C Cable"), a
  "<name> Combo" against one of its items, an accessory "for" a device against the same
  accessory for the device's variant ("for Galaxy S24" / "for Galaxy S24 Ultra");
* a multipack of a device ("2-Pack", "2er-Pack") against the device: an ordinal
  ("2nd Gen") counts no packs.

And the accessory or bundle itself worded two ways stays the same product."""

from __future__ import annotations

from crawler.matching import match_method
from crawler.matching.accessory import (accessory_conflict, bundled_with, combo_of,
                                        comes_with, for_variant, replacement_part)
from crawler.matching.prepared import prepare_light
from tests.pair_checks import pair_tests


def _o(title, **kw):
    return {"title": title, **kw}


DIFFERENT = [
    # the part alone against the device named with it, prices within 1.5x
    (_o("Apple MagSafe Charging Case (USB-C) for AirPods Pro 2", price=99.0),
     _o("Apple AirPods Pro 2 with MagSafe Charging Case (USB-C)", price=129.0)),
    (_o("Apple 45mm Starlight Sport Band - S/M", price=49.0),
     _o("Apple Watch SE GPS 44mm Starlight Aluminium Case with Starlight Sport Band - S/M", price=69.0)),
    (_o("Ninja 72 oz Total Crushing Pitcher"), _o("Ninja Professional Blender with 72 oz Total Crushing Pitcher")),
    # a replacement part naming its device's model (the device's MPN printed in its title)
    (_o("Replacement Ear Cushions for Bose QuietComfort 45 Headphones", price=21.99),
     _o("Bose QuietComfort 45 Bluetooth Headphones, Triple Black", brand="Bose", mpn="866724-0100", price=279.0)),
    (_o("Replacement Ear Pads for Sony WH-1000XM3 Headphones"),
     _o("Sony WH-1000XM3 Wireless Noise Cancelling Headphones", brand="Sony", mpn="WH1000XM3/B")),
    (_o("Sony WH-1000XM3 ear pads replacement cushions"), _o("Sony WH-1000XM3 Silver")),
    # bundled with a second accessory; a combo against one of its items
    (_o("Sony DualSense Edge Wireless Controller", price=199.99),
     _o("Sony DualSense Edge Wireless Controller + Charging Cable", price=209.99)),
    (_o("Logitech MK545 Advanced Wireless Keyboard"), _o("Logitech MK545 Combo - wireless keyboard and mouse")),
    # the same accessory for two variants of a device
    (_o("OtterBox Defender Case for iPhone 15 Pro"), _o("OtterBox Defender Case for iPhone 15 Pro Max")),
    # the camera body against its kit; the device against its "Combo"
    (_o("Canon EOS 2000D Body"), _o("Canon EOS 2000D with EF-S 18-55mm kit lens")),
    (_o("Sony Alpha a6400 Mirrorless Camera (Body Only)"), _o("Sony Alpha a6400 Mirrorless Camera with 16-50mm Lens")),
    (_o("Canon EOS R10 Gehäuse"), _o("Canon EOS R10 + RF-S 18-45mm Objektiv")),
    (_o("DJI Osmo Pocket 3"), _o("DJI Osmo Pocket 3 Creator Combo")),
    # a replacement of a part no accessory word names
    (_o("Jabra Elite 85t"), _o("Jabra Elite 85t Replacement Earbud Left")),
    (_o("Sony WF-1000XM5"), _o("Ersatz-Ladecase für Sony WF-1000XM5")),
    # a set of several devices
    (_o("Arlo Pro 5 Spotlight Camera"), _o("Arlo Pro 5 Spotlight Camera - 3 Camera Kit")),
    # a multipack of a device
    (_o("Google Nest Mini (2nd Gen) Charcoal"), _o("Google Nest Mini (2nd Gen) 3-Pack Charcoal")),
    (_o("Amazon Echo Pop"), _o("Amazon Echo Pop 2er-Pack")),
]

SAME = [
    (_o("Apple MagSafe Charging Case (USB-C) for AirPods Pro 2"),
     _o("Apple MagSafe Charging Case USB-C for AirPods Pro (2nd generation)")),
    (_o("Apple Watch SE GPS 44mm Starlight Aluminium Case with Starlight Sport Band - S/M"),
     _o("Apple Watch SE 44mm GPS Starlight Aluminum Case, Starlight Sport Band S/M")),
    (_o("Sony DualSense Edge Wireless Controller + Charging Cable"),
     _o("Sony DualSense Edge Wireless Controller & Charging Cable")),
    (_o("Logitech MK545 Advanced Wireless Keyboard and Mouse Combo"),
     _o("Logitech MK545 Advanced Wireless Keyboard & Mouse")),
    (_o("OtterBox Defender Case for iPhone 15 Pro Max"), _o("OtterBox Defender Series Case for iPhone 15 Pro Max")),
    (_o("Google Nest Mini (2nd Gen) 3-Pack Charcoal"), _o("Google Nest Mini 2nd Gen 3 Pack Charcoal")),
    (_o("Campingaz Gas Kettle 1.5 L"), _o("Campingaz Camping Gas Kettle, 1.5 litre")),
    # a kit worded "+ lens" and "with lens"; a combo of kinds worded without the word
    (_o("Canon EOS R50 + RF-S 18-45mm IS STM Lens"), _o("Canon EOS R50 Mirrorless Camera with RF-S 18-45mm IS STM Lens")),
    (_o("Canon EOS 2000D with EF-S 18-55mm kit lens"), _o("Canon EOS 2000D + EF-S 18-55mm III Kit")),
    (_o("Toshiba 19LV506 19\" LCD HDTV DVD Combo"), _o("Toshiba 19LV506 19\" Widescreen LCD HDTV with built-in DVD Player")),
    (_o("Ring Indoor Cam (2nd Gen) 2-pack"), _o("Ring Indoor Cam 2nd Gen, 2 Pack")),
]


test_device_against_its_part_bundle_or_pack = pair_tests(different=DIFFERENT).different


test_part_or_bundle_worded_two_ways = pair_tests(same=SAME).same


def test_the_part_alone_conflicts_whatever_the_prices():
    a = prepare_light(_o("Apple MagSafe Charging Case (USB-C) for AirPods Pro 2", price=99.0))
    b = prepare_light(_o("Apple AirPods Pro 2 with MagSafe Charging Case (USB-C)", price=129.0))
    assert comes_with(a, b, {"apple"})
    assert accessory_conflict(a, b) == 1.0
    assert match_method({"title": a.title, "price": 99.0},
                        {"title": "Apple AirPods Pro 2 with MagSafe Charging Case (USB-C)", "price": 129.0})[0] \
        == "conflict:accessory"


def test_a_watch_titled_by_its_band_is_no_band():
    # (a device in the part's own name: the watch, not the band)
    a = prepare_light(_o("Apple Watch SE 44mm Starlight Sport Band"))
    b = prepare_light(_o("Apple Watch SE GPS 44mm Starlight Aluminium Case with Starlight Sport Band"))
    assert not comes_with(a, b, {"apple"})


def test_replacement_part_is_its_own_evidence():
    a = prepare_light(_o("Sony WH-1000XM3 ear pads replacement cushions"))
    b = prepare_light(_o("Sony WH-1000XM3 Silver"))
    assert replacement_part(a, b, {"sony"})
    assert not replacement_part(b, a, {"sony"})
    # (both name the class: two parts, or the same one)
    c = prepare_light(_o("Sony WH-1000XM3 replacement earpads"))
    assert not replacement_part(a, c, {"sony"})


def test_bundle_needs_the_second_accessory_after_the_first():
    # "Battery Charger" is a charger: a part word before it says what it is for
    a = prepare_light(_o("Nikon MH-25a Charger"))
    b = prepare_light(_o("Nikon MH-25a Battery Charger"))
    assert not bundled_with(a, b, {"nikon"})
    x = prepare_light(_o("Sony DualSense Edge Wireless Controller"))
    y = prepare_light(_o("Sony DualSense Edge Wireless Controller + Charging Cable"))
    assert bundled_with(x, y, {"sony"})


def test_combo_and_for_variant_read_positions():
    k = prepare_light(_o("Logitech MK545 Advanced Wireless Keyboard"))
    c = prepare_light(_o("Logitech MK545 Combo - wireless keyboard and mouse"))
    assert combo_of(k, c, {"logitech"}) and not combo_of(c, k, {"logitech"})
    s = prepare_light(_o("Spigen Ultra Hybrid Case for Galaxy S23"))
    u = prepare_light(_o("Spigen Ultra Hybrid Case for Galaxy S23 Ultra"))
    assert for_variant(s, u, {"spigen"}) and not for_variant(u, s, {"spigen"})
    # (a "for" phrase naming two devices fits both)
    both = prepare_light(_o("Spigen Ultra Hybrid Case for Galaxy S23 and S23 Ultra"))
    assert not for_variant(s, both, {"spigen"})


def test_a_body_compatible_with_lenses_is_a_body():
    # (a lens y is "for" / "compatible with" is no lens it comes with)
    from crawler.matching.accessory import body_against_kit
    a = prepare_light(_o("Sony Alpha 7 IV Body"))
    b = prepare_light(_o("Sony Alpha 7 IV Body Only - compatible with E-mount lens"))
    c = prepare_light(_o("Sony Alpha 7 IV Gehäuse, kompatibel mit E-Mount Objektiv"))
    k = prepare_light(_o("Sony Alpha 7 IV Kit mit FE 28-70 mm Objektiv"))
    assert not body_against_kit(a, c, {"sony"})
    assert body_against_kit(a, k, {"sony"}) and not body_against_kit(k, a, {"sony"})
    assert not body_against_kit(a, b, {"sony"})
