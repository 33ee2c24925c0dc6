"""Session 30 (accw30): electronics accessories as shops list them - a cable's or an adapter's
connectors and kind, a memory card's bus, a screen protector's privacy filter, a case's style, a
port standard's version, an adapter's video port, a power bank's "10K", an assortment of ear tips'
sizes - and the wordings of one accessory each new reading must still call one product: the device
a band is for named by one shop only, one accessory class in two languages, "Tempered Glass".
Every pair is asked both ways round, through the pair path (``match_method``) and the batch path
(``match_many``), which must agree."""

import pytest

from crawler.matching.accessory30 import accessory_traits, accessory_traits_differ
from crawler.matching.features import prepare
from tests.pair_checks import pair_tests


SAME = [
    # a cable's connectors in another language or another spelling, its ends in either order
    ("Belkin BoostCharge USB-C to USB-C Cable 2m Black", "Belkin BoostCharge USB-C auf USB-C Kabel 2 m Schwarz"),
    ({"title": "Anker USB-C to Lightning Cable 3ft", "brand": "Anker"}, "Anker Lightning to USB-C Cable 3 ft"),
    # the device a band is for, named by one shop only
    ({"title": "Apple Sport Band 41mm Storm Blue - M/L", "brand": "Apple"},
     "Apple Watch Sport Band 41 mm Storm Blue M/L"),
    ("Garmin QuickFit 22 Silicone Band Black", "Garmin QuickFit 22mm Watch Band - Black Silicone"),
    # one accessory class in two languages
    ("Ladegerät Apple 30W USB-C Power Adapter", "Apple 30W USB-C Power Adapter"),
    # "Tempered Glass": how a glass protector is made
    ("ESR Armorite Screen Protector for iPhone 15 Pro Max, 1 Pack",
     "ESR Armorite iPhone 15 Pro Max Tempered Glass - 1 Pack"),
    # a band named "Loop", the device it is for named by one shop only
    ("Apple Sport Loop 45mm Midnight", "Apple Watch Sport Loop 45 mm - Midnight"),
    # a power bank's capacity as "24K" and as mAh
    ("Belkin BoostCharge Power Bank 20K Black", "Belkin BoostCharge Power Bank 20000mAh Black"),
]

DIFFERENT = [
    # another connector, another direction of a video converter, a cable against an adapter
    ("Apple USB-C to Lightning Cable (1 m)", "Apple Lightning to USB Cable (1 m)"),
    ("Amazon Basics DisplayPort to HDMI Cable 6 Feet", "Amazon Basics HDMI to DisplayPort Cable 6 Feet"),
    ("Cable Matters USB-C to HDMI 2.1 Cable 8K", "Cable Matters USB-C to HDMI 2.1 Adapter 8K"),
    # another video port of one adapter line
    ("Apple USB-C Digital AV Multiport Adapter", "Apple USB-C VGA Multiport Adapter"),
    # another version of the port's standard
    ("Club3D DisplayPort 1.4 Cable 2m", "Club3D DisplayPort 1.2 Cable 2m"),
    ("UGREEN Cat 8 Ethernet Cable 3m", "UGREEN Cat 6 Ethernet Cable 3m"),
    # a memory card's bus
    ("SanDisk Extreme PRO 64GB SDXC UHS-II 300MB/s", "SanDisk Extreme PRO 64GB SDXC UHS-I 200MB/s"),
    # a privacy filter on one side
    ("ZAGG InvisibleShield Glass XTR3 iPhone 15 Pro Max", "ZAGG InvisibleShield Glass XTR3 Privacy iPhone 15 Pro Max"),
    ("PanzerGlass Ultra-Wide Fit Screen Protector iPhone 15", "PanzerGlass Ultra-Wide Fit Privacy iPhone 15"),
    # a case's style
    ("Samsung Smart View Wallet Case Galaxy S24 Ultra Black", "Samsung Galaxy S24 Ultra Silicone Case Black"),
    ("Apple iPhone 15 Clear Case with MagSafe", "Apple iPhone 15 Silicone Case with MagSafe"),
    # a power bank's capacity as "10K" / "20K"
    ("Belkin BoostCharge Power Bank 10K", "Belkin BoostCharge Power Bank 20K"),
    # one size against the assortment of all sizes
    ("Comply Foam Tips for AirPods Pro 2.0 Medium 3 Pairs", "Comply Foam Tips for AirPods Pro 2.0 Assorted S/M/L 3 Pairs"),
    # the device a band is for is no excuse for another band, nor another device
    ("Apple Watch Sport Band 45mm Midnight", "Apple Sport Band 41mm Midnight"),
    ("Spigen Lite Fit Band Apple Watch 45mm Black", "Spigen Lite Fit Band Galaxy Watch 20mm Black"),
    # a battery's charger is no battery; a case for the second generation is not for the first
    ("Sony NP-FZ100 Rechargeable Battery", "Sony BC-QZ1 Battery Charger for NP-FZ100"),
    ("Spigen AirPods Pro 2 Case Rugged Armor Matte Black", "Spigen AirPods Pro Case Rugged Armor Matte Black"),
    # one accessory class in two words is no excuse for another product word
    ("Samsung 25W Travel Adapter Black", "Samsung 25W Wireless Charger Duo Black"),
]


test_accessory_wordings_are_one_product, test_accessory_near_misses_are_two_products = pair_tests(
    same=SAME, different=DIFFERENT)


@pytest.mark.parametrize("title,routes", [
    ("Apple USB‑C to Lightning Cable (1 m)", {("c", "lightning")}),
    ("Adaptateur USB-C vers mini-jack 3,5 mm Apple", {("c", "jack")}),
    ("Cable USB-C a Lightning Apple 1 m", {("c", "lightning")}),
    ("Amazon Basics DisplayPort to HDMI Cable", {("dp", "hdmi")}),
])
def test_routes_are_read_in_the_shops_languages(title, routes):
    assert set(accessory_traits(prepare({"title": title}))[0]) == routes


@pytest.mark.parametrize("title", [
    "Apple 20W USB-C Power Adapter",  # a port named, no route
    "Sony WH-1000XM5 Wireless Headphones",
    "Back to the Future Trilogy Blu-ray",  # "to" between no connectors
])
def test_titles_without_traits_state_none(title):
    assert accessory_traits(prepare({"title": title})) is None


@pytest.mark.parametrize("a,b", [
    ("UGREEN HDMI 2.1 Cable 8K 2m", "Ugreen HDMI 2.1a Cable 8K 2m"),  # one standard's version
    ("Anker USB-C to Lightning Cable", "Anker Lightning to USB-C Cable"),  # a cable's ends either way
    ("Apple USB-C Digital AV Multiport Adapter", "Apple USB-C to HDMI Adapter"),  # Apple's name for HDMI
    ("Spigen Leather Wallet Case iPhone 15", "Spigen Wallet Case iPhone 15 Leather Brown"),  # styles shared
    ("Spigen Glas.tR EZ Fit iPhone 15", "Spigen Tempered Glass Screen Protector iPhone 15"),  # no privacy
])
def test_one_trait_written_two_ways_is_no_conflict(a, b):
    pa, pb = prepare({"title": a}), prepare({"title": b})
    assert not accessory_traits_differ(pa, pb) and not accessory_traits_differ(pb, pa)
