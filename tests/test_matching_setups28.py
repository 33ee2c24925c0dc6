"""Session 28 (dev28): what setup of one product each title names, and readings of what other
languages write as English.

Two offers of one model sold in two setups are two products (``crawler.matching.setups``): two
keyboard layouts, a licence for life against one for a term, a camera body against a kit with a
lens, an edition one title names alone.  Every pair is asked both ways round, through the pair
path (``match_method``) and the batch path (``match_many``), which must agree."""

from tests.pair_checks import decide_both_ways, pair_tests
from crawler.matching.setups import layout_of, term_of
from crawler.matching.titles import clean


_decide = decide_both_ways


DIFFERENT = [
    # keyboard layouts: German QWERTZ against US English, QWERTZ against AZERTY, UK against US
    ("Logitech MX Keys S Tastatur, QWERTZ Deutsches Layout, Graphit",
     "Logitech MX Keys S Wireless Keyboard, US English Layout, Graphite"),
    ("Logitech MX Keys S Tastatur, QWERTZ, Graphit", "Logitech MX Keys S Clavier, AZERTY, Graphite"),
    ("Logitech MX Keys S Keyboard UK Layout Graphite", "Logitech MX Keys S Keyboard US Layout Graphite"),
    ("Apple Magic Keyboard mit Touch ID, Deutsch QWERTZ", "Apple Magic Keyboard with Touch ID - US English"
                                                          " Layout"),
    # a licence for life against one for a term
    ("Rosetta Stone 12 Month Subscription Unlimited Languages", "Rosetta Stone Unlimited Languages Lifetime"),
    ("Microsoft Office 2021 Home & Student Dauerlizenz", "Microsoft Office Home & Student 1 Jahr Abo"),
    # a camera's body against a kit printing its lens's focal range (also in Korean)
    ("Canon EOS R50 Mirrorless Camera Body Only, Black", "Canon EOS R50 Mirrorless Camera with RF-S 18-45mm"),
    ("Canon EOS R50 Body Black", "Canon EOS R50 Kit 18-45mm Black"),
    ("Canon EOS R50 Mirrorless Camera Body Only, Black", "캐논 EOS R50 RF-S 18-45mm 렌즈 킷 블랙"),
    ("Sony Alpha 7 IV Gehäuse", "Sony Alpha 7 IV + FE 28-70mm"),
    # an edition one title names alone
    ("GoPro HERO12 Black", "GoPro HERO12 Black Creator Edition (Volta grip, Media Mod, Light Mod)"),
    ("Samsung Galaxy Watch6 Classic 47mm", "Samsung Galaxy Watch6 Classic 47mm Edición Limitada"),
    # a French capacity in teraoctets
    ("Samsung 990 PRO 1 To SSD interne NVMe M.2", "Samsung 990 PRO 2TB NVMe M.2 SSD"),
    # a detergent's brand names the kind: the colour and the universal one are two (both orders)
    ("Persil Gel Color 3L", "Persil Universal Gel 3L"),
    ("برسيل جل للملابس الملونة 3 لتر", "Persil Universal Gel 3L"),
    # an Arabic detergent for coloured clothes is the "Color" one, Arabic pasta shapes are read
    ("برسيل جل للملابس الملونة 2.5 لتر", "Persil Gel Universal 2.5L"),
    ("معكرونة بريلا سباغيتي رقم 5 500 غ", "Barilla Penne Rigate No. 73 500g"),
    # two numbers after one word, each title's number printed in the other elsewhere
    ("Lenovo IdeaPad Slim 3 15 Ryzen 5", "Lenovo IdeaPad Slim 5 15 Ryzen 5"),
    ("Lenovo IdeaPad Slim 5 15 Ryzen 7", "Lenovo IdeaPad Slim 7 15 Ryzen 5"),
    # the type of hair or skin, in English, Arabic, German, French
    ("Pantene Shampoo for Dry Hair 400ml", "Pantene Shampoo for Oily Hair 400ml"),
    ("شامبو بانتين للشعر الجاف 400 مل", "Pantene Shampoo for Oily Hair 400ml"),
    ("Garnier Fructis Shampoo for Normal Hair 400ml", "Garnier Fructis Shampoo for Damaged Hair 400ml"),
    ("Nivea Creme für fettige Haut 200ml", "Nivea Cream for Dry Skin 200ml"),
    ("Eucerin Gel nettoyant peaux sensibles 200ml", "Eucerin Cleansing Gel for Oily Skin 200ml"),
    ("Disque dur externe WD Elements 2 To", "WD Elements Portable External Hard Drive 4TB"),
]

SAME = [
    # the same layout, named otherwise; no layout on one side
    ("Logitech MX Keys S Tastatur, QWERTZ Deutsches Layout, Graphit",
     "Logitech MX Keys S Kabellose Tastatur, Deutsches Layout QWERTZ, Graphit"),
    # the same term, and a warranty's years that are no term
    ("Microsoft 365 Family 12-Month Subscription", "Microsoft 365 Family 1 Year Subscription"),
    # the plain edition, a publisher's name, a language's edition, a word of one meaning
    ("Codenames - Czech Games Edition Party Game", "Codenames Board Game"),
    ("O&O Defrag 28 Professional Edition | 1 PC | Windows 11, 10 | Download", "O&O Defrag 28 Pro 1PC"),
    ("Monopoly Classique édition française", "Hasbro Gaming Monopoly Classic jeu de société (version FR)"),
    ("FL Studio 21 Producer Edition", "Image-Line FL Studio 21 Producer Edition (Download)"),
    # a French capacity: the same one
    ("Samsung 990 PRO 2 To SSD interne NVMe M.2", "Samsung 990 PRO 2TB NVMe M.2 SSD"),
    ("برسيل جل للملابس الملونة 2.5 لتر", "Persil Gel Color 2.5L"),
    ("معكرونة بريلا سباغيتي رقم 5 500 غ", "Barilla Spaghetti No. 5 500g"),
    # one number after one word; a count or a phrase after a number is no model's number
    ("Ariel Pods Original 3 en 1 30 lavados", "Ariel Pods 3in1 Original 30 lavaggi"),
    ("Post-it Notes, 3 in x 3 in, Canary Yellow, 12 Pads/Pack, 100 Sheets/Pad",
     "3M Post-it 654 Canary Yellow 3x3 Notes 12 Pack"),
    # (session 28's attacker) a list of devices in another order; "de" of a French title; a hair
    # dryer; a warranty's lifetime and years; "Ages 10 To Adult", "USB 3.0 To SATA"; a body or tool only
    ("ESR Screen Protector for iPhone 15/14/13, 3 Pack", "ESR Screen Protector iPhone 13/14/15 3 Pack"),
    ("Logitech M185 Wireless Mouse, Windows 10/11, macOS", "Logitech M185 Wireless Mouse, Windows 11/10, macOS"),
    ("HP 62 Ink Black, compatible Windows 10 11", "HP 62 Black Ink, compatible Windows 11"),
    ("Corsair K70 RGB PRO Clavier de jeu mécanique AZERTY", "Corsair K70 RGB PRO Clavier Gaming Mécanique, AZERTY"),
    ("Philips Hair Dryer BHD350 for normal hair", "Philips Sèche-cheveux BHD350"),
    ("Crucial MX500 1TB SSD, 5 Year Limited Manufacturer Warranty", "Crucial MX500 1TB SSD Lifetime Warranty"),
    ("Casio F-91W Watch, Perpetual Calendar, 7 Year Battery", "Casio F-91W Digital Watch 7 Year Battery"),
    ("Catan Board Game, Ages 10 To Adult", "Catan Board Game for Ages 10+"),
    ("Sony Alpha 7 IV Body Only", "Sony Alpha 7 IV"),
    ("Makita DHP485Z Tool Only", "Makita DHP485Z"),
    # one type of hair or skin, in two languages; one title names none, or all types
    ("شامبو بانتين للشعر الجاف 400 مل", "Pantene Shampoo for Dry Hair 400ml"),
    ("Nivea Creme für trockene Haut 200ml", "Nivea Cream for Normal to Dry Skin 200ml"),
    ("Head & Shoulders Classic Clean Shampoo for All Hair Types 400ml", "Head & Shoulders Classic Clean Shampoo 400ml"),
    # other languages' "All-in-1", the katakana "free" of "SIM free", unsweetened milk
    ("Garnier Micellar Cleansing Water All-in-1 400ml", "Garnier SkinActive Eau Micellaire Tout-en-1 400 ml"),
    ("Apple iPhone 15 128GB Black", "Apple iPhone 15 128GB ブラック SIMフリー"),
]


test_one_setup_stays_one_product, test_two_setups_are_two_products = pair_tests(
    same=SAME, different=DIFFERENT)


def test_unsweetened_milk_in_two_languages_is_no_conflict_but_a_sugar_free_drink_stays_one():
    tier, _ = _decide("Vinamilk 100% Fresh Milk Unsweetened 1L",
                      "Sữa tươi tiệt trùng Vinamilk 100% không đường hộp 1L")
    assert not tier.startswith("conflict"), tier
    tier, same = _decide("Red Bull Sugar Free 250ml", "Red Bull Unsweetened 250ml")
    assert tier.startswith("conflict") and not same


def test_layout_reader():
    assert layout_of(clean("Tastatur QWERTZ Deutsches Layout").split()) == {"de"}
    assert layout_of(clean("Keyboard US English Layout").split()) == {"us"}
    assert layout_of(clean("Clavier AZERTY").split()) == {"fr", "be"}
    # "US" names no layout where the title says no layout: a plug, a version
    assert layout_of(clean("Charger US plug 65W").split()) == frozenset()


def test_term_reader():
    assert term_of(clean("Norton 360 Deluxe 1 Year Subscription")) == "term"
    assert term_of(clean("Office 2021 Perpetual License")) == "life"
    assert term_of(clean("Dyson V15 2 Year Warranty")) == ""


def test_teraoctet_is_read_only_after_a_number_and_not_before_one():
    assert "1tb" in clean("Samsung 990 PRO 1 To SSD interne").split()
    assert "2tb" in clean("Disque dur 2TO externe").split()
    assert "tb" not in clean("LEGO Classic Ages 4 To 99").replace(" ", "")
    assert "1tb" not in clean("Pack of 1 To 3 pieces")


def test_hair_skin_type_reader():
    from crawler.matching.setups import hair_skin_types

    assert hair_skin_types(clean("Shampoo for Dry to Very Dry Hair").split()) == {"dry"}
    assert hair_skin_types(clean("Gel nettoyant peaux grasses sensibles").split()) == {"oily", "sensitive"}
    # no word of hair or skin: a brand's "Fine", a dry cleaner
    assert hair_skin_types(clean("Fine Facial Tissues 200 sheets").split()) == frozenset()
    assert hair_skin_types(clean("Dry Shampoo 200ml").split()) == frozenset()


def test_portions_are_a_count():
    tier, same = _decide("Kiri Cheese 16 portions", "Kiri Cheese 24 pcs")
    assert tier == "conflict:pack" and not same


def test_one_formulation_written_two_ways_is_no_variant():
    tier, _ = _decide("Almarai Full Fat Milk 1L", "Almarai Whole Milk 1L")
    assert not tier.startswith("conflict"), tier
    tier, same = _decide("Almarai Low Fat Milk 1L", "Almarai Whole Milk 1L")
    assert tier.startswith("conflict") and not same


def test_usb_to_sata_is_no_capacity_and_a_spare_battery_stays_apart():
    assert "3tb" not in clean("ORICO USB 3.0 To SATA Enclosure 2.5 inch").replace(" ", "")
    tier, same = _decide("Dyson V11 Absolute Battery Only", "Dyson V11 Absolute")
    assert not same, tier
