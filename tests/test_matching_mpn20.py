"""What a shop's part-number field holds (session 20, ``mpn_fields``): a phrase
of words, a code written with words around it or with leading zeros, one of
two numbering systems - no "mpn" conflict; two real codes that differ by a
suffix or one character - still one.  Both directions, through the one-pair
path (``match_method``) and the batch path (``match_many``, whose staged
first row, ``batch._first_row``, reads the same ``mpn_relation``)."""

from __future__ import annotations

import pytest

from crawler.matching import match_many, match_method
from crawler.matching.batch import SMALL
from crawler.matching.features import prepare
from crawler.matching.mpn_fields import phrase_codes
from crawler.matching.relations import mpn_relation


def _rel(a, b):
    return mpn_relation(prepare(a), prepare(b)), mpn_relation(prepare(b), prepare(a))


def _batch_tiers(pairs):
    """Tiers of ``pairs`` through the batch path (a batch of at least ``SMALL`` pairs)."""
    k = -(-SMALL // len(pairs))
    a = [p[0] for p in pairs] * k
    b = [p[1] for p in pairs] * k
    return match_many(a, b)[2][: len(pairs)]


@pytest.mark.parametrize("raw, codes", [
    ("Bluetooth Keyboard", frozenset()),
    ("iPad 10W USB Power Adapter", frozenset()),
    ("INSTAX MINI Twin Pack", frozenset()),
    ("Mini Film 2pk", frozenset()),
    ("Video Spectra 1.5", frozenset()),
    ("HP 45 Black Inkjet Print Cartridge", frozenset()),   # a name with a colour: still a name
    ("Relaunch SS26GR", frozenset({"ss26gr", "relaunchss26gr"})),
    ("NB-2LH Battery", frozenset({"nb2lh"})),
    ("Lexmark Pro901", frozenset({"pro901", "lexmarkpro901"})),
    # one code: no word in it, or spaced out by a shop's export, or a code with its colour
    ("CDE-72BLUE", None),
    ("LS-WSX1 .0 TL/R1", None),
    ("HP CZ075FN # 140", None),
    ("P-SDHC4G4-EF / Purple", None),
    ("M530 Red", None),
    (None, None),
])
def test_phrase_codes(raw, codes):
    assert phrase_codes(raw) == codes


# ---- lifted: the field is no maker's code, or the same code written otherwise ----

LIFTED = [
    # a phrase of the title's words against the maker's code
    ({"title": "Acer Iconia Tablet Bluetooth Keyboard", "brand": "Acer", "mpn": "A500K01"},
     {"title": "Acer Iconia Tab Bluetooth Keyboard", "brand": "Acer", "mpn": "Bluetooth Keyboard"}, 0.0),
    # a phrase of words around the other's code
    ({"title": "Bower SS26 Digital Neck Strap Green", "brand": "Bower", "mpn": "Relaunch SS26GR"},
     {"title": "Bower SS26 Digital Neck Strap, Green", "brand": "Bower", "mpn": "SS26GR"}, 0.9),
    ({"title": "Royal DS3 Postal Rate Scale", "brand": "Royal", "mpn": "DS3"},
     {"title": "Royal DS3 Postal Rate Scale 17012Y", "brand": "Royal", "mpn": "DS-3 Digital Postal Scale"}, 0.9),
    ({"title": "Canon NB-2LH Rechargeable Lithium-Ion Battery", "brand": "Canon", "mpn": "NB-2LH Battery"},
     {"title": "Canon NB-2LH Battery Pack for PowerShot S80", "brand": "Canon", "mpn": "NB2LH"}, 0.9),
    # the other offer's MPN printed in this offer's title, its own field a name
    ({"title": "Apple iPad 10W USB Power Adapter MC359LL/A", "brand": "Apple",
      "mpn": "iPad 10W USB Power Adapter"},
     {"title": "Apple 10W USB Power Adapter for iPad MC359LL/A", "brand": "Apple", "mpn": "MC359LL/A"}, 0.9),
    # two names of one product
    ({"title": "Fujifilm Instax Mini Twin Pack Film", "brand": "Fuji", "mpn": "Mini Film 2pk"},
     {"title": "Fujifilm Instax Mini Twin Pack Instant Film", "brand": "Fuji", "mpn": "INSTAX MINI Twin Pack"},
     0.0),
    # two numbering systems: the model code both titles print, a catalogue number neither prints
    ({"title": "Lexmark Pinnacle Pro901 Wireless-N All-in-One Printer", "brand": "Lexmark",
      "mpn": "Lexmark Pro901"},
     {"title": "Lexmark Pinnacle Pro901 All-In-One Printer", "brand": "Lexmark", "mpn": "90T9105"}, 0.0),
    ({"title": "Logitech N315 Lapdesk", "brand": "Logitech", "mpn": "N315"},
     {"title": "Logitech Portable Lapdesk N315", "brand": "Logitech", "mpn": "939-000181"}, 0.0),
    ({"title": "Canon PowerShot ELPH 100 HS Blue 12.1 MP Digital Camera", "brand": "Canon",
      "mpn": "4925B001AA"},
     {"title": "Canon PowerShot ELPH 100 HS 12 MP CMOS Digital Camera, Blue", "brand": "Canon",
      "mpn": "ELPH 100 HS - BL"}, 0.0),
    # one number written with a leading zero; an ISBN-13 and its ISBN-10
    ({"title": "Avery Postcards for Laser Printers, 4 x 6, White, Box of 100", "brand": "Avery",
      "mpn": "5389"},
     {"title": "Avery Postcards for Laser Printers, Uncoated, 4 x 6 Inches, White, Box of 100 (05389)",
      "brand": "Avery", "mpn": "05389"}, 0.9),
    ({"title": "The Hunger Games (Book 1) Paperback - Suzanne Collins", "mpn": "9780439023528"},
     {"title": "Hunger Games, The - Collins - pbk", "mpn": "0439023521"}, 0.9),
]


@pytest.mark.parametrize("a, b, rel", LIFTED)
def test_no_mpn_conflict(a, b, rel):
    assert _rel(a, b) == (rel, rel)
    assert match_method(a, b)[0] != "conflict:mpn"
    assert match_method(b, a)[0] != "conflict:mpn"


def test_no_mpn_conflict_batch_path():
    pairs = [(a, b) for a, b, _ in LIFTED]
    tiers = _batch_tiers(pairs)
    assert tiers == [match_method(a, b)[0] for a, b in pairs]
    assert "conflict:mpn" not in tiers


def test_lifted_pairs_found_the_same():
    # the pairs whose titles agree on their model code are then matched by it
    for a, b, _ in LIFTED[1:3] + LIFTED[6:8]:
        assert match_method(a, b)[0] in ("mpn", "model", "title"), (a["title"], b["title"])


# ---- kept: two real codes that differ, or a name against a per-size / per-colour number ----

KEPT = [
    # a suffix or one character: two models
    ({"title": "Kenwood 6.5 2-Way 160W Speaker System KFC-1652", "brand": "Kenwood", "mpn": "KFC-1652"},
     {"title": "Kenwood KFC-1652S 6.5-Inch 160 Watt Dual Cone Speaker System", "brand": "Kenwood",
      "mpn": "KFC-1652S"}),
    ({"title": "TP-Link 2.4GHz 5dBi Indoor Omni-directional Antenna", "brand": "TP-Link", "mpn": "TL-ANT2405CL"},
     {"title": "TP-LINK 2.4GHz 5dBi Indoor Desktop Omni-directional Antenna", "brand": "TP-Link",
      "mpn": "TL-ANT2405C"}),
    ({"title": "Logitech USB Webcam C270H", "brand": "Logitech", "mpn": "C270H"},
     {"title": "Logitech HD Webcam C270", "brand": "Logitech", "mpn": "960-000694"}),
    # two colours' catalogue numbers of one camera
    ({"title": "Canon PowerShot ELPH 100 HS 12.1 MP Digital Camera", "brand": "Canon", "mpn": "4925B001"},
     {"title": "Canon PowerShot ELPH 100 HS 12.1 MP Digital Camera", "brand": "Canon", "mpn": "4926B001"}),
    # a code with a colour against the bare code
    ({"title": "PNY 4GB SDHC Memory Card Class 4", "brand": "PNY", "mpn": "P-SDHC4G4-EF"},
     {"title": "PNY 4GB Class 4 Purple SD Card", "brand": "PNY", "mpn": "P-SDHC4G4-EF / Purple"}),
    # a brand and a code against another code of the line
    ({"title": "Panasonic Lumix DMC-FH5V 16.1 MP Violet Digital Camera", "brand": "Panasonic",
      "mpn": "Panasonic DMC-FH5V"},
     {"title": "Panasonic Lumix DMC-FH20K 14.1 MP Digital Camera", "brand": "Panasonic", "mpn": "DMC-FH20K"}),
    # a material's name against the catalogue number of one size
    ({"title": "Da-Lite High Power Model B Manual Screen - 72 x 72 AV Format", "brand": "Da-Lite",
      "mpn": "33424"},
     {"title": "Da-Lite Model B High Power - projection screen - 72 in", "brand": "Da-Lite",
      "mpn": "High Power"}),
    # the model code both print, but one title names a colour the other does not
    ({"title": "Logitech N315 Lapdesk", "brand": "Logitech", "mpn": "N315"},
     {"title": "Logitech Portable Lapdesk N315 Dusty Rose", "brand": "Logitech", "mpn": "939-000309"}),
    # a catalogue number that spells the model code out is a more specific model
    ({"title": "MSI N570GTX Graphics Card", "brand": "MSI", "mpn": "N570GTXM2D12D5O"},
     {"title": "MSI N570GTX Twin Frozr III Power Edition OC Graphics Card", "brand": "MSI",
      "mpn": "N570GTX Twin Frozr III Power Edition/OC"}),
]


@pytest.mark.parametrize("a, b", KEPT)
def test_mpn_conflict_kept(a, b):
    ra, rb = _rel(a, b)
    assert ra == rb and ra < 0.9 and ra != 0
    assert match_method(a, b)[0] == "conflict:mpn"
    assert match_method(b, a)[0] == "conflict:mpn"


def test_mpn_conflict_kept_batch_path():
    pairs = [(a, b) for a, b in KEPT]
    assert _batch_tiers(pairs) == ["conflict:mpn"] * len(pairs)


def test_one_sided_name_is_no_printed_part_number():
    # one offer's field a name printed in the other's title: no code evidence (0, not 0.75)
    a = {"title": "Acer Iconia Tab Bluetooth Keyboard", "brand": "Acer"}
    b = {"title": "Acer Iconia Tablet Bluetooth Keyboard", "brand": "Acer", "mpn": "Bluetooth Keyboard"}
    assert _rel(a, b) == (0.0, 0.0)
    # a code in a phrase still is: "NB2LH" printed in the other's title
    c = {"title": "Canon NB-2LH Battery Pack", "brand": "Canon"}
    d = {"title": "Canon Battery", "brand": "Canon", "mpn": "NB2LH"}
    assert _rel(c, d) == (0.75, 0.75)
