"""(session 40, sh40) Smart-home, networking, storage and cable titles: ``sh40.notation_read`` gives one
notation of a camera kit's count ("2 Cam Kit" = "(2 Cams)" = "2-Pack"), a data rate ("3000 Mbit/s" = "3000
Mbps") and an interface generation ("Gen.2" = "Gen 2"); ``sh40.excused`` reads what a device works with
("Works with Alexa and Google Home", "HomeKit kompatibel"), setup notes ("No Hub Required"), a band count
("Dual-Band"), a camera's listed features ("Two-Way Talk", "Zwei-Wege-Kommunikation"), an IP rating and a
year's "release" on one side as no disagreement; the near misses (another count, band, generation, kit
against the single camera) stay apart."""
from crawler.matching import sh40
from tests.pair_checks import pair_tests

SAME = [
    ("Kasa Smart Plug Mini EP10, 4-Pack, Works with Alexa and Google Home",
     "TP-Link Kasa EP10 Smart Wi-Fi Plug Mini (4 Pack)"),
    ("Kasa Smart Plug Mini EP10, 4-Pack, Works with Alexa and Google Home",
     "TP-Link Kasa EP10 Smart Wi-Fi Plug Mini (4 Pack), No Hub Required"),
    ("Amazon eero 6+ mesh Wi-Fi system, 3-pack", "eero 6+ Dual-Band Mesh Wi-Fi 6 System (3 Pack) - 1.0 Gbps"),
    ("TP-Link Archer AX55 AX3000 Dual Band Gigabit Wi-Fi 6 Router",
     "TP-Link Archer AX55 WLAN Router Wi-Fi 6 3000 Mbit/s Dual Band"),
    ("Ring Video Doorbell 4 by Amazon, Satin Nickel, 1080p HD",
     "Ring Video Doorbell 4 | HD-Video, Zwei-Wege-Kommunikation, Satin Nickel"),
    ("Ring Video Doorbell 4", "Ring Video Doorbell 4, Two-Way Talk"),
    ("Arlo Pro 5S 2K Camera (2 Cams)", "Arlo Pro 5S 2K Camera, 2-Pack"),
    ("Blink Outdoor 4 (4th Gen) Wireless HD Security Camera, 3 Camera System",
     "Blink Outdoor 4 - Wireless Smart Security Camera, 3-Cam Kit"),
    ("Samsung T7 Portable SSD 1TB USB 3.2 Gen 2", "Samsung T7 Portable SSD 1TB USB 3.2 Gen.2"),
    ("Samsung T7 Shield 2TB Portable SSD, Black, MU-PE2T0S/EU",
     "SAMSUNG T7 Shield Portable SSD 2 TB, USB 3.2 Gen 2, IP65, Schwarz"),
    ("Ring Battery Video Doorbell (2024 release)", "Ring Battery Video Doorbell (2024)"),
    # (fxsp40) the same power source or placement each side, the same platforms: still excused
    ("Ring Stick Up Cam Battery, Two-Way Talk, Works with Alexa", "Ring Stick Up Cam Battery"),
    ("Philips Hue Outdoor Motion Sensor, No Hub Required", "Philips Hue Outdoor Motion Sensor"),
    ("Ring Indoor Cam (2nd Gen), Night Vision", "Ring Indoor Cam (2nd Gen)"),
    # (one power source on one side only: the camera is sold wired only - held-out-37's pair)
    ("Wyze Cam v3 with Color Night Vision, Wired 1080p HD Indoor/Outdoor Video Camera, 2-Way Audio, Works with "
     "Alexa, Google Assistant, and IFTTT", "WYZE Cam v3 1080p HD Indoor/Outdoor Camera"),
    ("Meross Smart Plug Mini, Works with Alexa and Google Home, 4 Pack",
     "Meross Smart Plug Mini, Works with Amazon Alexa, Google Home, 4 Pack"),
]
DIFFERENT = [
    ("Kasa Smart Plug Mini EP10, 4-Pack, Works with Alexa and Google Home",
     "TP-Link Kasa EP10 Smart Wi-Fi Plug Mini (2 Pack)"),
    ("eero 6+ Dual-Band Mesh Wi-Fi System 3-Pack", "eero 6+ Tri-Band Mesh Wi-Fi System 3-Pack"),
    ("Arlo Pro 5S 2K Spotlight Camera, Add-on Camera, White", "Arlo Pro 5S 2K Spotlight Camera, 2 Cam Kit, White"),
    ("Arlo Pro 5S 2K Security Camera, 2 Cam Kit, White", "Arlo Pro 5S 2K Security Camera, 3 Cam Kit, White"),
    ("Blink Outdoor 4 Wireless Security Camera, 1 camera system", "Blink Outdoor 4 Wireless Security Camera, 3-Cam Kit"),
    ("Blink Outdoor 4 Camera, 3 camera system", "Blink Outdoor 4 Camera, 2-Cam Kit"),
    ("Samsung T7 Portable SSD 1TB USB 3.2 Gen 1", "Samsung T7 Portable SSD 1TB USB 3.2 Gen.2"),
    ("Samsung T7 Portable SSD 1TB", "Samsung T7 Shield Portable SSD 1TB IP65"),
    ("Ring Battery Video Doorbell (2024 release)", "Ring Battery Video Doorbell (2023)"),
    ("Microsoft Windows 11 Home", "Microsoft Windows 11 Pro"),
    ("Persona 5 - PlayStation 4 (Original 2017 Release)", "Atlus Persona 5 Royal (PS4)"),
    ("TP-Link TL-PA7017 KIT AV1000 Gigabit Powerline Starter Kit",
     "TP-Link TL-PA7017 AV1000 Gigabit Powerline Adapter (single)"),
    ("devolo Magic 2 WiFi 6 Starter Kit", "devolo Magic 2 WiFi 6 Einzeladapter"),
    ("Google Nest Learning Thermostat (3rd Gen)", "Google Nest Learning Thermostat (4th Gen), Works with Alexa"),
    # (fxsp40, attack40w) a power source or a placement one side only is no excused remainder; another set of
    # platforms named is another model
    ("Ring Spotlight Cam Plus Battery, Two-Way Talk", "Ring Spotlight Cam Plus Wired"),
    ("Ring Stick Up Cam Battery, Two-Way Talk, Works with Alexa", "Ring Stick Up Cam Plug-In, Works with Alexa"),
    ("Philips Hue Motion Sensor, No Hub Required", "Philips Hue Outdoor Motion Sensor"),
    ("Ring Spotlight Cam Plus Solar, Night Vision", "Ring Spotlight Cam Plus Battery"),
    ("Ring Indoor Cam (2nd Gen), Night Vision", "Ring Outdoor Cam (2nd Gen)"),
    ("Meross Smart Plug Mini, Works with Apple HomeKit, Alexa and Google Home, 4 Pack",
     "Meross Smart Plug Mini, Works with Alexa and Google Home, 4 Pack"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_notations_read_one_way():
    assert "2 pack camera" in sh40.notation_read("arlo pro 5 (2 cams)")
    assert "3 pack camera" in sh40.notation_read("blink outdoor 4, 3-cam kit")
    assert "4 pack" not in sh40.notation_read("blink outdoor 4 camera")
    assert "3000 mbps" in sh40.notation_read("archer ax55 3000 mbit/s")
    assert "445 mb/s" in sh40.notation_read("intel s3500 445 mb/s")
    assert "gen 2" in sh40.notation_read("usb 3.2 gen.2")
