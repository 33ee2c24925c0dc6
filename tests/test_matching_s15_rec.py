"""Session 15, rec: how two shops word one product in English titles (``crawler.matching.rewordings``
and the "session 15, rec block" of wordclass.py): a software catalogue's abbreviations, delivery
and licence phrases, words cut short, versions and initials written otherwise, what a program
does, a retailer's name closing its page title - and the variants they must not hide."""

from __future__ import annotations

import pytest

from crawler.matching import match_method
from tests.pair_checks import assert_same, pair_tests


def tier(a: str, b: str) -> str:
    return match_method({"title": a}, {"title": b})[0]


# --- one product, worded by two shops (title evidence, not the learned stage)
SAME = [
    # a version written "15.0" / "v15", what the program does, how it is delivered
    ("Nuance Dragon Professional Individual 15.0 - Speech Recognition Software",
     "Dragon Professional Individual v15 (Windows) Full Version"),
    # "Ed." cut short, the platform's short name and its maker
    ("Witcher 3 Wild Hunt – Complete Ed. (NSW)", "The Witcher 3: Wild Hunt Complete Edition - Nintendo Switch"),
    # a name's initials (the possessive "s" inside skipped; a number glued on)
    ("Assassin's Creed Mirage Standard Edition, PlayStation 5", "Ubisoft AC Mirage PS5"),
    ("Final Fantasy VII Rebirth PS5", "FF7 Rebirth - PlayStation 5"),
    # delivery phrases: "EA App Key", "[Online Game Code]"
    ("Sims 4 Standard Edition Origin/EA App Key PC", "The Sims 4 - PC/Mac [Online Game Code]"),
    # a word cut short between the same neighbours
    ("TurboTax Deluxe 2023 Federal + E-File + State", "Intuit TurboTax Deluxe 2023 Fed + State Tax Software"),
    # a software catalogue's abbreviations: "5 Dev 1Y", "1Y Sub ESD", "DL"
    ("Avira Prime 2024 | 5 Devices | 1 Year | Antivirus, VPN, Software Updater, Password Manager | PC/Mac/Android/iOS",
     "Avira Prime 5 Dev 1Y"),
    ("PowerDirector 365 - 1 Year Subscription | Video Editing Software with Stock Library, AI Tools | Windows "
     "[Online Code]", "CyberLink PowerDirector 365 1Y Sub ESD"),
    ("Ableton Live 12 Standard | Music production software | Mac & Windows | Download Code", "Ableton Live 12 Standard DL"),
    # ... in German too ("5 Geräte 1 Jahr")
    ("Kaspersky Premium 5 Geräte 1 Jahr", "Kaspersky Premium 5 Dev 1Y"),
    # the default edition both print, one as "Standard Edition"; "Ed." for "Edition"
    ("Corel WordPerfect Office 2021 Standard Edition | Word Processor, Spreadsheets, Presentations [PC Disc]",
     "Corel WordPerfect Office 2021 Standard"),
    ("Anno 1800 Standard Ed PC Code", "Anno 1800 | Standard Edition | City Building Strategy | PC Code - Ubisoft Connect"),
    # a software title's list of what the program does or holds; a catalogue's language tag
    ("Nitro PDF Pro 14 | Edit, Convert, Sign PDFs | Perpetual License | 1 User | Windows [Download]",
     "Nitro PDF Pro 14 1 User Perpetual"),
    ("Microsoft Office Home & Student 2021 | Word, Excel, PowerPoint | One-time purchase for 1 PC or Mac | Download",
     "Microsoft Office Home & Student 2021 ENG Medialess"),
    ("Ashampoo Burning Studio 24 - Brennen, Kopieren, Rippen - Lifetime", "Burning Studio 24 (Windows) Download - Ashampoo"),
    # the version of "Windows 10/11 PC" is no count of PCs
    ("Age of Empires IV Anniversary Edition PC", "Age of Empires IV: Anniversary Edition | Windows 10/11 PC Code - Steam"),
    # units written out or short; the power source said twice
    ("Scotch Heavy Duty Shipping Tape w/ Dispenser, 1.88\" x 54.6 yd, 6/Pack",
     "Scotch Heavy Duty Shipping Packaging Tape, 1.88\" x 54.6 yds, 6 Rolls with Dispenser"),
    ("Ooni Koda 12 Gas Powered Pizza Oven", "Ooni Koda 12 Gas Pizza Oven | Home Depot"),
    # a retailer's name closing the page title (English, French, German shops)
    ("Ooni Koda 12 Gas Pizza Oven", "Ooni Koda 12 Gas Pizza Oven | Home Depot"),
    ("Philips Hue Go Portable Table Lamp | MediaMarkt", "Philips Hue Go Portable Table Lamp"),
    ("Tefal Ingenio Pfannen-Set 3-teilig - Otto", "Tefal Ingenio Pfannen-Set 3-teilig"),
    ("Stanley Quencher H2.0 FlowState Tumbler 40 oz | Target", "Stanley Quencher H2.0 FlowState Tumbler 40 oz"),
]


@pytest.mark.parametrize("a,b", SAME)
def test_one_product_worded_by_two_shops(a, b):
    assert_same(a, b)
    assert tier(a, b) in ("title", "model", "mpn", "gtin"), (a, b, match_method({"title": a}, {"title": b}))


# --- the variants those readings must not hide
DIFFERENT = [
    # another licence count, another term ("1Y" is a year, as "1 Yr")
    ("Bitdefender Total Security 3 Dev 1Y", "Bitdefender Total Security 5 Devices 1 Year"),
    ("Norton 360 Deluxe 5 Dev 1Y", "Norton 360 Deluxe 5 Devices 2 Years"),
    ("Adobe Photoshop Elements 2024 Std 1Y Sub", "Adobe Photoshop Elements 2024 Standard 3 Years Subscription"),
    ("Norton 360 Deluxe 1Y", "Norton 360 Deluxe 2 Years"),
    # another edition: "Ed" is no tier of its own
    ("Hogwarts Legacy Deluxe Ed PS5", "Hogwarts Legacy Standard Edition PS5"),
    # another game of the line, another tier
    ("FF7 Rebirth - PlayStation 5", "Final Fantasy VII Remake Intergrade - PS5"),
    ("Microsoft Office Home & Student 2021 Std DL", "Microsoft Office Home & Business 2021 Download"),
    # another language named by each catalogue
    ("Microsoft Office Home & Student 2021 ENG", "Microsoft Office Home & Student 2021 Deutsch"),
    # a list naming another edition or an add-on is no description
    ("Microsoft Office Home & Business 2021 | Word, Excel, PowerPoint, Outlook | Download",
     "Microsoft Office Home & Student 2021 Download"),
    ("Minecraft | Java & Bedrock Edition, PC, Windows", "Minecraft Legends PC"),
    # "Sub" is a subwoofer outside a licence term
    ("Sonos Sub Mini Wireless Subwoofer", "Sonos Mini Wireless Subwoofer"),
    # a shade the colour facet reads as one colour: the description is not waved away
    ("Logitech MX Master 3S - Wireless Performance Mouse with Ultra-fast Scrolling, Ergo, 8K DPI, Track on Glass, "
     "Quiet Clicks, USB-C, Bluetooth, Windows, Linux, Chrome - Graphite",
     "Logitech MX Master 3S Performance Wireless Mouse - Pale Grey"),
]


test_variants_stay_apart = pair_tests(different=DIFFERENT).different


def test_a_licence_term_glued_is_read_as_years_only_glued():
    from crawler.matching import titles as T
    assert T.clean_with_units("Norton 360 Deluxe 1Y")[1] == {"dur": frozenset({365.0})}
    # (Spanish "y" = "and" after a number is no year)
    assert T.clean_with_units("Pack 2 y 3 unidades")[1] == {}


def test_a_retailer_name_only_as_the_whole_last_segment():
    from crawler.matching.prepared import complete, prepare
    from crawler.matching.rewordings import retailer_name

    def p(t):
        return complete(prepare({"title": t}))
    other = p("Nerf Elite 2.0 Commander Blaster")
    assert retailer_name("target", p("Nerf Elite 2.0 Commander Blaster | Target"), other) == 1
    assert retailer_name("depot", p("Ooni Koda 12 Gas Pizza Oven - The Home Depot"), other) == 1
    # (a segment naming more than the shop: "Target Practice Set" is a product)
    assert retailer_name("target", p("Nerf Elite 2.0 Commander Blaster | Target Practice Set"), other) is None
    # (nor a title that is only the shop's name after one word)
    assert retailer_name("target", p("Archery | Target"), other) is None


def test_counts_that_are_none():
    from crawler.matching.prepared import complete, prepare

    def facets(t):
        return complete(prepare({"title": t})).facets
    assert "_licences" not in facets("Age of Empires IV: Anniversary Edition | Windows 10/11 PC Code - Steam")
    assert "pack" not in facets("Brother P-touch PTD220 Label Maker, 27 User-Selectable Symbols, White")
    assert facets("Office 2021 3 PC")["_licences"] == frozenset({3})
    assert facets("Avira Prime 5 Dev 1Y")["pack"] == frozenset({5})
