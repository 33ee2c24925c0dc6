"""Session 11, recall (issue 12): words one shop prints and another leaves out
that only describe the product - whatever words they are, by where they stand
or what class they belong to - are no disagreement; words that name a variant,
a bundle or another member of a family still are.

* a phrase attached to the product's kind ("Water Bottle *with Flex Cap*",
  "Mouthwash *for Bad Breath*": ``wordclass.attached_phrase``);
* a count restated as the pack's total or in regular units ("Pack of 3 (*225*
  Total)", "8 Family Rolls = *20* Regular Rolls": ``restated_count``);
* material, use and property words while the other names nothing else of
  their class ("*Pre-Seasoned*", "*Camping* Tent": ``describing_word``);
* a release note beside a generation both print ("5th Gen, *2022 release*":
  ``release_note``)."""

from __future__ import annotations

from crawler.matching import match_method, same_product
from crawler.matching import wordclass as W
from crawler.matching.prepared import prepare
from tests.pair_checks import pair_tests


def _both(a: str, b: str) -> tuple:
    return same_product({"title": a}, {"title": b}), same_product({"title": b}, {"title": a})


def _p(title: str):
    return prepare({"title": title})


# the same product: one shop's title adds only words that describe it
SAME = [
    # an attached phrase
    ("Listerine Cool Mint Antiseptic Mouthwash for Bad Breath, 33.8 fl oz",
     "Listerine Cool Mint Antiseptic Mouthwash, 1 L"),
    ("Brita Standard Replacement Filters for Pitchers and Dispensers, 3 Count",
     "Brita Standard Water Filter Replacement 3 Pack"),
    # a restated count
    ("Bounty Select-a-Size Paper Towels - 12 Double Rolls = 24 Regular Rolls",
     "Bounty Select-A-Size Paper Towels, 12 Double Rolls"),
    # (one before this session too: the restated total must not part them)
    ("Huggies Natural Care Sensitive Baby Wipes, Unscented, 12 Flip-Top Packs (768 Wipes Total)",
     "Huggies Natural Care Sensitive Baby Wipes, Unscented, 12 Flip-Top Packs"),
    # material, use, property
    ("Coleman Sundome Camping Tent, 4 Person, Green",
     "Coleman 4-Person Sundome Tent, Green"),
    ("Lodge 10.25 Inch Cast Iron Skillet, Pre-Seasoned",
     "Lodge Cast Iron Skillet 10.25\""),
    # a release note
    ("Echo Show 8 (3rd Gen, 2023 release) | With Spatial Audio, Smart Home Hub, and Alexa | Charcoal",
     "Echo Show 8 3rd Generation Charcoal"),
]


test_describing_words_left_out_are_no_disagreement = pair_tests(same=SAME).same


# not the same: the extra words name a variant, a bundle or another member
DIFFERENT = [
    # a variant word before the kind is the name's, not an attached phrase
    ("Finish Quantum Ultimate Dishwasher Tablets, 64 Count", "Finish Quantum Dishwasher Tablets, 64 Count"),
    ("Maybelline Lash Sensational Sky High Washable Mascara, Blackest Black",
     "Maybelline Lash Sensational Washable Mascara, Blackest Black"),
    # two phrases of one role that differ
    ("Kindle Paperwhite (16 GB) - without Lockscreen Ads", "Kindle Paperwhite (16 GB) - with Ads"),
    # a with-phrase without a kind before it names the variant
    ("Amazon Echo Dot (5th Gen) with Clock, Cloud Blue", "Amazon Echo Dot (5th Gen), Cloud Blue"),
    # a bundled item
    ("DEWALT 20V MAX Cordless Drill/Driver with Battery and Charger", "DEWALT 20V MAX Cordless Drill/Driver"),
    # two materials, two uses
    ("Rubbermaid Brilliance Glass Food Storage Containers, 10 Piece Set",
     "Rubbermaid Brilliance Plastic Food Storage Containers, 10 Piece Set"),
    ("Spalding Street Outdoor Basketball Size 7", "Spalding Street Indoor Basketball Size 7"),
    # another count, not a restated one
    ("Charmin Ultra Soft Toilet Paper, 18 Mega Rolls", "Charmin Ultra Soft Toilet Paper, 12 Mega Rolls"),
]


test_words_naming_another_product_still_differ = pair_tests(different=DIFFERENT).different


def test_attached_phrase_needs_a_kind_both_print_and_one_phrase():
    a = _p("Hydro Flask Standard Mouth Water Bottle with Flex Cap, 21 oz, Black")
    b = _p("Hydro Flask 21 oz. Standard Mouth Bottle - Black")
    # (what a kind comes with may name a model of the line - "Magic Keyboard with Touch ID",
    # "Tide PODS with Downy" -: only what it is for describes it)
    assert not W.attached_phrase("flex", a, b) and not W.attached_phrase("cap", a, b)
    m = _p("Listerine Cool Mint Antiseptic Mouthwash for Bad Breath, 1 L")
    n = _p("Listerine Cool Mint Antiseptic Mouthwash 1 L")
    assert W.attached_phrase("breath", m, n)
    assert not same_product({"title": "Apple Magic Keyboard"},
                            {"title": "Apple Magic Keyboard with Touch ID and Numeric Keypad"})
    assert not same_product({"title": "Tide PODS Laundry Detergent Pacs, Original, 42 Count"},
                            {"title": "Tide PODS with Downy Laundry Detergent Pacs, Original, 42 Count"})
    # (no kind before "with": "Chromecast with Google TV" names the product)
    c = _p("Chromecast with Google TV (HD) - Snow")
    d = _p("Chromecast (HD) - Snow")
    assert not W.attached_phrase("google", c, d)
    # (both attach a phrase: compared, not excused)
    e = _p("Hydro Flask Standard Mouth Bottle with Straw Lid, 21 oz")
    assert not W.attached_phrase("flex", a, e)
    # (a bundled item or a number the other never prints)
    f = _p("Canon EOS R50 Mirrorless Camera with 18-45mm Lens")
    g = _p("Canon EOS R50 Mirrorless Camera")
    assert not W.attached_phrase("lens", f, g)


def test_attached_phrase_and_describing_word_not_against_a_family_listing():
    # p prints a model number, the other none: the other lists any member of the family
    a = _p("LG Stainless Steel Freestanding Electric Range LRE30453SS")
    b = _p("LG 5.6 cu.ft. Freestanding Electric Range")
    assert not W.describing_word("stainless", a, b)
    c = _p("Garmin Vehicle Adjustable Suction Cup Mount 0101082303")
    d = _p("Garmin Vehicle Suction Cup Mount")
    assert not W.describing_word("adjustable", c, d)


def test_describing_word_needs_the_other_to_name_nothing_else_of_its_class():
    a = _p("Gaiam Premium Print Yoga Mat 6mm, Exercise & Fitness Mat")
    assert W.describing_word("exercise", a, _p("Gaiam Premium Print Mat 6mm"))
    assert not W.describing_word("exercise", a, _p("Gaiam Premium Print Pilates Mat 6mm"))
    assert W.describing_word("exercise", a, _p("Gaiam Premium Print Yoga Mat 6mm"))
    assert not W.describing_word("pro", _p("Gaiam Pro Yoga Mat"), _p("Gaiam Yoga Mat"))


def test_restated_count():
    a = _p("Bounty Quick-Size Paper Towels, 8 Family Rolls = 20 Regular Rolls")
    assert W.restated_count("20", a) and not W.restated_count("8", a)
    b = _p("Clorox Disinfecting Wipes, 75 Count Each, Pack of 3 (225 Total)")
    assert W.restated_count("225", b) and not W.restated_count("75", b)
    # (a count with no count before it is the count itself)
    assert not W.restated_count("672", _p("672 Wipes Total, Pampers Sensitive"))


def test_release_note_needs_a_generation_both_print():
    a = _p("Amazon Echo Dot (5th Gen, 2022 release) Charcoal")
    assert W.release_note("2022", a, _p("Echo Dot 5th Generation Charcoal"))
    assert W.release_note("release", a, _p("Echo Dot 5th Generation Charcoal"))
    assert not W.release_note("2022", a, _p("Echo Dot Charcoal"))
    assert not W.release_note("2022", _p("Fire TV Stick 4K (2nd Gen) 2022 Edition"),
                              _p("Fire TV Stick 4K 2nd Gen"))


def test_a_part_right_after_the_name_with_a_list_after_it_describes():
    from crawler.matching.segments import opens_feature_list
    # ("Studio Controller" opens the list "..., 15 macro keys, black")
    assert _both("Elgato Stream Deck MK.2 - Studio Controller, 15 macro keys, black",
                 "Elgato Stream Deck MK.2") == (True, True)
    p = _p("iRobot Roomba 694 Robot Vacuum, Personalized Cleaning Recommendations, Works with Alexa, "
           "Good for Pet Hair")
    assert opens_feature_list(1, p.segs)
    # (a variant's name closes the title, or has one part after it)
    assert not opens_feature_list(1, _p("Glade Solid Air Freshener - Lavender Peach Blossom").segs)
    assert not opens_feature_list(1, _p("Tide PODS Laundry Detergent, Spring Meadow, 81 count").segs)
    assert _both("Glade Solid Air Freshener - Lavender Peach Blossom, 6 oz",
                 "Glade Solid Air Freshener, 6 oz") == (False, False)


def test_a_brands_house_name_written_short():
    assert _both("L'Oréal Paris Elvive Total Repair 5 Shampoo 400ml",
                 "L'Oreal Elvive Total Repair 5 Repairing Shampoo 400 ml") == (True, True)
    assert _both("FENTY BEAUTY by Rihanna Pro Filt'r Soft Matte Longwear Liquid Foundation - 240",
                 "Fenty Beauty Pro Filt'r Soft Matte Longwear Foundation 240") == (True, True)
    a = _p("Maybelline New York Lash Sensational Mascara")
    assert W.brand_house("york", a, _p("Maybelline Lash Sensational Mascara"))
    # (not a name both titles lead with, nor a phrase before a word the other lacks)
    assert not W.brand_house("london", _p("Twinings of London Tea"), _p("Lipton Tea"))
    assert not W.brand_house("london", _p("Twinings of London Tea"), _p("Twinings Earl Grey Tea"))
    # (a "by" phrase later in the title is no house name)
    assert not W.brand_house("rihanna", _p("Fenty Pro Filt'r Foundation by Rihanna"), _p("Fenty Foundation"))


def test_an_attached_phrase_when_the_other_names_no_kind():
    # (the other names no kind at all: what p's kind is for still describes it; what it
    # comes with does not)
    assert _both("Nutella Hazelnut Spread with Cocoa, 26.5 oz Jar", "Nutella 26.5oz") == (False, False)
    assert W.attached_phrase("breath", _p("Listerine Cool Mint Mouthwash for Bad Breath"), _p("Listerine Cool Mint"))
    # (a variant word qualifying a feature in a "with" phrase: "Ultra-fast Scrolling" - the
    # phrase is no longer excused, so neither is its variant word)
    a = ("Logitech MX Master 3S Wireless Performance Mouse with Ultra-fast Scrolling, Ergo, 8K DPI, "
         "Track on Glass, Quiet Clicks, USB-C, Bluetooth, Windows, Linux, Chrome - Graphite")
    # (session 14: "Ultra-fast" qualifies a feature and is no variant word at all -
    # ``facets.without_intensifiers`` -, so the pair is one product, as dev11_retail labels it)
    assert _both(a, "Logitech MX Master 3S - Graphite") == (True, True)
    # (a variant word before a word it does not intensify stays one, and a "with" phrase
    # in the name does not excuse it)
    a = a.replace("Ultra-fast", "Ultra")
    assert not W.variants_in_attached_phrase(_p(a), _p("Logitech MX Master 3S - Graphite"))
    # (but not another kind the other names, and never the variant of a "for" phrase: the
    # device an accessory is for)
    assert not W.attached_phrase("cocoa", _p("Nutella Hazelnut Spread with Cocoa"), _p("Nutella Biscuits"))
    assert not W.variants_in_attached_phrase(_p("Speck SeeThru Case for Apple MacBook Air"),
                                             _p("Speck SeeThru Hard Shell Case MB13CLRSEEV2"))


def test_the_makers_own_replacement_part_is_no_third_party():
    from crawler.matching.relations import own_replacement
    a, b = "Brita Standard Water Filter, 3 Count", "Brita Standard Replacement Filters for Pitchers, 3ct"
    assert _both(a, b) == (True, True)
    assert own_replacement(_p(a), _p(b))
    assert own_replacement(_p("Gain Original Scent Liquid Laundry Detergent, 154 fl oz"),
                           _p("Gain Liquid Detergent Original 154oz HE Compatible"))
    # (a title leading with another name, or saying "compatible" / "remanufactured": a third party)
    assert not own_replacement(_p("Brita Standard Water Filter, 3 Count"),
                               _p("Waterdrop Replacement Filters for Brita Standard Pitchers, 3 Pack"))
    assert not own_replacement(_p("Brita Standard Water Filter, 3 Count"),
                               _p("Brita Compatible Replacement Filters, 3 Pack"))
    assert match_method({"title": "HP 64 Black Ink Cartridge"},
                        {"title": "LD Remanufactured Replacement for HP 64 Black Ink Cartridge"})[0] == "conflict:third_party"


def test_an_interfaces_version_left_out():
    a = _p("Samsung Portable SSD T7 Shield 2 TB USB 3.2 Gen 2 (beige)")
    b = _p("Samsung T7 Shield 2TB Portable SSD Beige")
    assert W.interface_version("3.2", a, b) and W.interface_version("gen", a, b)
    c = _p("Samsung 990 PRO 2TB PCIe 4.0 NVMe M.2 SSD")
    assert W.interface_version("pcie", c, _p("Samsung 990 Pro 2 TB M.2 NVMe SSD"))
    # (another version of the interface the other prints; a bare interface name; a number
    # after no interface)
    assert not W.interface_version("4.0", c, _p("Samsung 990 Pro 2 TB PCIe 3.0 NVMe SSD"))
    assert not W.interface_version("usb", _p("SanDisk Ultra USB Flash Drive 64GB"), _p("SanDisk Ultra 64GB"))
    assert not W.interface_version("2", _p("Sony WH-1000XM5 2 Pack"), _p("Sony WH-1000XM5"))
