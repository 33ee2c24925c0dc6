"""Session 24 (cat24): in a whole catalogue, a code that many offers of one catalogue print
(a series', an interface's, a device's number) is no evidence that two offers are the same
product (``blocking._MAX_CODE_OFFERS``); ``match_catalogs`` gives the same links faster."""

from __future__ import annotations

import pytest

from crawler.matching import blocking, match_catalogs, match_method
from crawler.matching.prepared import block_keys, prepare_light, without_codes

# offers of one shop that all print "FireWire 800": drives, arrays, an adapter card
_FIREWIRE_EN = [
    ("LaCie d2 Quadra Hard Disk 2 TB eSATA FireWire800 FireWire400 USB 2.0 Desktop External", "301500U", "LaCie"),
    ("Iomega MiniMax FireWire 800 USB 2.0 1TB Desktop External Hard Drive 34937 White", "34937", "Iomega"),
    ("Iomega 34440 eSATA FireWire 800 FireWire 400 USB 2.0 2TB UltraMax Plus Hard Drive", "34440", "Iomega"),
    ("ioSafe Rugged Portable - Hard drive - 250 GB - external - FireWire 800 Hi-Speed USB", "PA50250U5YR",
     "ioSafe"),
    ("Western Digital My Book Studio LX 1 TB FireWire 800 USB 2.0 Desktop External Hard Drive",
     "WDBACH0010HAL-NESN", "Western Digital"),
    ("Verbatim SureFire 500 GB FireWire 800 USB 2.0 Portable External Hard Drive", "96976", "Verbatim"),
    ("Western Digital My Passport Studio 500 GB FireWire 800 400 USB 2.0 Portable External",
     "WDBAAE5000ASL-NESN", "Western Digital"),
    ("Data Robotics Drobo 4-Bay USB 2.0 FireWire 800 SATA Storage Array DR04DD10", "DR04DD10", "Data Robotics"),
    ("LaCie d2 Quadra v3 Hard Disk 1 TB eSATA FireWire800 USB 3.0 Desktop External", "301549U", "LaCie"),
]
_FIREWIRE_DE = [
    ("LaCie d2 Quadra Festplatte 2 TB eSATA FireWire800 FireWire400 USB 2.0 extern", "301500EK", "LaCie"),
    ("LaCie d2 Quadra v3 Festplatte 1 TB eSATA FireWire800 USB 3.0 extern", "301549EK", "LaCie"),
    ("Iomega MiniMax externe Festplatte 1 TB FireWire 800 USB 2.0 weiss", "34937", "Iomega"),
    ("Iomega UltraMax Plus Festplatte 2 TB eSATA FireWire 800 FireWire 400 USB 2.0", "34440", "Iomega"),
    ("ioSafe Rugged Portable Festplatte 250 GB extern FireWire 800 USB stossfest", "PA50250U5YR", "ioSafe"),
    ("Western Digital My Book Studio LX Festplatte 1 TB FireWire 800 USB 2.0", "WDBACH0010HAL", "Western Digital"),
    ("Verbatim SureFire tragbare Festplatte 500 GB FireWire 800 USB 2.0", "96976", "Verbatim"),
    ("Western Digital My Passport Studio tragbare Festplatte 500 GB FireWire 800 400", "WDBAAE5000ASL",
     "Western Digital"),
    ("Drobo Speichersystem 4 Schaechte USB 2.0 FireWire 800 SATA DR04DD10", "DR04DD10", "Data Robotics"),
]


def _offers(rows):
    return [{"title": t, "mpn": m, "brand": b} for t, m, b in rows]


def _accepted(left, right, monkeypatch, most=None):
    if most is not None:
        monkeypatch.setattr(blocking, "_MAX_CODE_OFFERS", most)
    return {(i, j) for i, j, _ in match_catalogs(left, right, one_to_one=False)}


# (session 38, cat38: the card without its MPN field - with it, two brands and two MPN fields that differ are
# a conflict whatever long code both print, ``rules`` "brand", and the pair never reaches the rule read here)
@pytest.mark.parametrize("card, shop", [
    ({"title": "SIIG FireWire 800 3-Port PCI", "brand": "SIIG"}, _FIREWIRE_EN),
    ({"title": "SIIG FireWire 800 PCI Karte 3 Anschluesse", "brand": "SIIG"},
     _FIREWIRE_DE),
])
def test_a_code_many_offers_print_is_no_evidence(card, shop, monkeypatch):
    right = _offers(shop)
    assert len(right) > blocking._MAX_CODE_OFFERS
    # (what the rule is about: counted as a model number, the shared "firewire800" makes
    # the card the same product as some of the drives)
    before = _accepted([card], right, monkeypatch, most=10_000)
    assert before, "the example no longer needs the rule"
    monkeypatch.undo()
    assert _accepted([card], right, monkeypatch) == set()


def test_a_code_few_offers_print_still_links(monkeypatch):
    # the flash's own model number is printed by two offers; "D7000" by the camera bags too
    bags = [{"title": f"Lowepro Fastpack {n} Backpack Digital SLR Camera Case {c} for Nikon D7000 D3100 D5100",
             "brand": "Lowepro", "mpn": f"LP{n}{c[:2].upper()}"}
            for n in (100, 200, 250, 350) for c in ("Red", "Black")]
    right = bags + [{"title": "Nikon SB-700 AF Speedlight Flash for Nikon Digital SLR Cameras", "mpn": "SB700",
                     "brand": "Nikon"}]
    left = [{"title": "Nikon Speedlight SB700 Electronic Flash for D7000", "mpn": "SB700", "brand": "Nikon"}]
    assert "d7000" in blocking._common_codes([block_keys(o) for o in right])
    links = match_catalogs(left, right)
    assert [(i, j) for i, j, _ in links] == [(0, len(bags))]
    assert _accepted(left, right, monkeypatch) == {(0, len(bags))}


def test_the_pairwise_decision_is_unchanged():
    # (the rule reads a whole catalogue; one pair has none, and is decided as before: here
    # the glued "FireWire800" still counts, the pair match_catalogs no longer accepts)
    from crawler.matching import THRESHOLD

    a = {"title": "SIIG FireWire 800 3-Port PCI", "brand": "SIIG"}  # (no MPN field: see above, cat38)
    b = _offers(_FIREWIRE_EN)[0]
    assert match_method(a, b)[1] >= THRESHOLD
    assert "firewire800" in prepare_light(a).allcodes


def test_without_codes_copies_the_offer():
    offer = {"title": "HON 10500 Series Curved Return 105817RNN", "mpn": "105817RNN", "brand": "HON"}
    p = prepare_light(offer)
    assert "10500" in p.allcodes
    q = without_codes(offer, frozenset({"10500", "105817rnn"}))
    assert q is not p
    assert "10500" not in q.allcodes and "10500" not in q.codes
    assert q.mpn == p.mpn and q.mpn in q.codes  # (an MPN field stays a part number)
    assert "10500" in prepare_light(offer).allcodes  # (the cached offer is untouched)
    assert without_codes(offer, frozenset({"zz999"})) is p


def test_the_same_links_whatever_the_cache_holds(monkeypatch):
    # (an offer the cache holds complete - another caller compared it already - is prepared
    # again from its first stage without the codes: ``without_codes``)
    from crawler.matching.features import clear_cache
    from crawler.matching.prepared import prepare

    card = {"title": "SIIG FireWire 800 3-Port PCI", "mpn": "NN-830012-S2", "brand": "SIIG"}
    right = _offers(_FIREWIRE_EN)
    clear_cache()
    cold = match_catalogs([card], right, one_to_one=False)
    for o in right:
        match_method(card, o)
    assert prepare(card).rest is None  # (complete in the cache)
    assert match_catalogs([card], right, one_to_one=False) == cold
    q = without_codes(card, frozenset({"firewire800"}))
    assert q.rest is not None and "firewire800" not in q.allcodes
    assert "firewire800" in prepare(card).allcodes
