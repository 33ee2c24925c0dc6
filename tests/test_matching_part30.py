"""Session 30 (part30): a part, an accessory or a consumable against the device it is for, where the
device's title is its brand and model alone (or its kind the part is named after) and the part's title
prints the device's model to say what it fits; a cable against an adapter; a replacement case against
the earbuds sold with theirs.  Every pair is asked both ways round, through the pair path and the batch
path (``decide_both_ways``), which must agree; each pair is a test of its own."""

from tests.pair_checks import pair_tests


DIFFERENT = [
    # the device by brand and model alone against a part of it named after the model
    ("Brother HL-L2350DW", "Brother HL-L2350DW Paper Tray"),
    ("Canon EOS R50", "Canon EOS R50 Screen Protector"),
    ("Garmin Forerunner 965", "Garmin Forerunner 965 Screen Protector"),
    ("LG OLED55C3", "LG OLED55C3 Stand Feet"),
    ("Thermomix TM6", "Thermomix TM6 Mixing Bowl Lid"),
    ("Sony A7 IV ILCE-7M4", "Sony ILCE-7M4 Body Cap"),
    ("Ninja Foodi Dual Zone AF300UK", "Ninja Foodi Dual Zone AF300UK Crisper Plate"),
    # ... or by its kind, which the part names itself after
    ("Logitech G502 HERO Gaming Mouse", "Logitech G502 HERO Mouse Pad / G240"),
    ("HP LaserJet Pro M404dn", "HP LaserJet Pro M404dn Fuser Kit"),
    ("Bosch Serie 4 WAN28281GB Washing Machine", "Bosch WAN28281GB Drain Pump"),
    ("Ninja Foodi MAX Dual Zone Air Fryer AF400UK 9.5L", "Ninja Foodi MAX Dual Zone Air Fryer Silicone Liners"),
    # a part or a consumable "for" the model the device's title prints as its own
    ("Samsung WW90T534DAW 9kg Washing Machine", "Samsung Door Seal Gasket for WW90T534DAW"),
    ("Bosch SMS4HTI45G Dishwasher", "Bosch Cutlery Basket for SMS4HTI45G"),
    ("Bosch Serie 4 Dishwasher SMS4HTI45G", "Bosch Dishwasher Cleaner Tablets for SMS4HTI45G"),
    # a replacement part against the device sold with one
    ("Apple AirPods Pro (2nd generation) with MagSafe Case USB-C", "Apple AirPods Pro 2 Replacement Charging Case USB-C"),
    ("Sony WH-1000XM4 Replacement Ear Pads", "Sony WH-1000XM4 Headphones with Ear Pads"),
    # a cable against an adapter
    ("Belkin USB-C to HDMI Cable 2m", "Belkin USB-C to HDMI Adapter"),
    ("Amazon Basics USB-C to Lightning Cable", "Amazon Basics USB-C to Lightning Adapter"),
]

SAME = [
    # a consumable or an accessory sold under its own number: the model is the product's own
    ("Sony NP-FZ100 Battery", "Sony NP-FZ100"),
    ("HP 305 Ink Cartridge", "HP 305"),
    ("Pelican 1510 Protector Case", "Pelican 1510"),  # (a case, the noun after "Protector")
    ("Belkin UltraGlass 2 Screen Protector", "Belkin UltraGlass 2"),  # (a generation's digit names no model)
    # the accessory a device comes with
    ("Sony WH-1000XM5 Headphones with Case", "Sony WH-1000XM5"),
    # the same part named with more words, or its device's kind
    ("Canon EOS R50 Screen Protector", "Canon EOS R50 Tempered Glass Screen Protector"),
    ("Brother HL-L2350DW Paper Tray", "Brother HL-L2350DW Printer Paper Tray"),
    ("Logitech G502 HERO Mouse Pad", "Logitech G502 HERO Gaming Mouse Pad"),
    ("iluv ipod nano 6g clear type protective film mp3 accessories iluv icc1112clr",
     "iluv icc1112clr ipod nano 6g clear type protective film screen protectors apple"),
    # the device named with its kind, or not
    ("Ninja AF300UK", "Ninja AF300UK Air Fryer"),
    ("Garmin Forerunner 965", "Garmin Forerunner 965 Smartwatch"),
    # an adapter and a charger are one class, an "Adapter Cable" a cable
    ("Apple 20W USB-C Power Adapter", "Apple 20W USB-C Charger"),
    ("Belkin USB-C to HDMI Adapter Cable", "Belkin USB-C to HDMI Cable"),
    # a part of its own number priced like the other offer: the price guard leaves it to the other rules
    ({"title": "Brother LT-330CL Paper Tray", "price": 89.0}, {"title": "Brother LT-330CL", "price": 95.0}),
]


test_part_named_two_ways_or_by_its_own_number_stays_one, test_part_against_its_device_is_two_products = pair_tests(
    same=SAME, different=DIFFERENT)
