"""Session 42 (sp42, speed with identical decisions): ``offer_terms.strip_closing`` is memoised per title (a
catalogue read each offer's title there twice, for blocking and again when the offer is prepared), and
``titles._clean_pre`` keeps the gates' bits (``sp41.groups``) of its text in a local, asking again only after a
pass gave a new text.  Held here: the memo gives what the function gives, a first call and a repeated one, on
every title of the pair files and on closings built to be stripped or kept; the memo is emptied with the others
(``clear_cache``); and the pairs the stripped closings and gated passes join and part still do."""

import json
from pathlib import Path

from crawler.matching import offer_terms
from crawler.matching.features import clear_cache
from tests.pair_checks import pair_tests

_PAIRS = Path(__file__).resolve().parent.parent / "benchmarks" / "pairs"


def _titles():
    out = []
    for f in sorted(_PAIRS.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                for side in ("a", "b"):
                    t = r[side].get("title")
                    if isinstance(t, str):
                        out.append(t)
    return out


CLOSINGS = [
    "Logitech MX Master 3S Graphite | Skladem", "Bosch GSR 18V-55 Professional - Free Returns",
    "Kindle Paperwhite (Newest Model) - Free Shipping", "Gift Card $50 - Walmart.com", "Hoodie Grey S | Skladem",
    "Samsung Galaxy S23 - Brand New - \u0636\u0645\u0627\u0646 \u0633\u0646\u0629", "AppleCare+ for iPhone 15 Pro - 2 Year Warranty",
    "Sony WH-1000XM5 (Black)", "Dyson V15 Detect - Auf Lager | Versandkostenfrei", "Tefal - Free Delivery Beirut",
]


def test_strip_closing_memo_gives_the_function_s_answer():
    clear_cache()
    titles = _titles() + CLOSINGS
    first = [offer_terms.strip_closing(t) for t in titles]
    again = [offer_terms.strip_closing(t) for t in titles]
    plain = [t if offer_terms._HINT_CHARS.isdisjoint(t) else offer_terms._strip_closing(t) for t in titles]
    assert first == plain
    assert again == plain
    assert offer_terms._STRIPPED  # (the memo holds the titles with a separator's character)
    clear_cache()
    assert not offer_terms._STRIPPED


def test_strip_closing_strips_and_keeps():
    assert offer_terms.strip_closing("Logitech MX Master 3S Graphite | Skladem") == "Logitech MX Master 3S Graphite"
    assert offer_terms.strip_closing("Gift Card $50 - Walmart.com") == "Gift Card $50 - Walmart.com"
    assert offer_terms.strip_closing("Sony WH-1000XM5 (Black)") == "Sony WH-1000XM5 (Black)"


SAME = [
    ("Logitech MX Master 3S Graphite | Skladem", "Logitech MX Master 3S Graphite"),
    ("Bosch GSR 18V-55 Professional cordless drill - Free Returns", "Bosch GSR 18V-55 Professional cordless drill"),
    # passes behind the gates whose bits the cleaner now keeps (jeans sizes, dozens, a gift)
    ("Levi's 501 Original Jeans W32 L32", "Levi's 501 Original Jeans 32W x 32L"),
    ("Titleist Pro V1 Golf Balls Dozen", "Titleist Pro V1 Golf Balls 12 Count"),
]

DIFFERENT = [
    ("Logitech MX Master 3S Graphite | Skladem", "Logitech MX Master 3 Graphite | Skladem"),
    ("Bosch GSR 18V-55 Professional cordless drill - Free Returns", "Bosch GSR 18V-28 Professional cordless drill"),
    ("Levi's 501 Original Jeans W32 L32", "Levi's 501 Original Jeans W32 L34"),
    ("Titleist Pro V1 Golf Balls Dozen", "Titleist Pro V1x Golf Balls Dozen"),
]

test_sp42_joins_as_before, test_sp42_parts_as_before = pair_tests(same=SAME, different=DIFFERENT)
