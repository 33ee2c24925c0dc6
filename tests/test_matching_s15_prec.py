"""Session 15, prec (issue #12): wrong "same" calls on figures, editions and sizes the
readers missed, and the conflict readers' own misreadings (a conflict called on two
listings of one product: a toy's age read as a "Plus" model, a year or an OS version
read as a count)."""

from __future__ import annotations

import pytest

from crawler.matching import match_method
from crawler.matching.amounts import dozens_counted, not_counts, values_apart
from crawler.matching.audience import audience_dropped
from crawler.matching.titles import clean
from tests.pair_checks import assert_different, assert_same


def _tier(a: str, b: str) -> str:
    return match_method({"title": a}, {"title": b})[0]


# --- figures: a lone value on each side names another product

@pytest.mark.parametrize("a,b", [
    ('Gardena Classic hadice 13 mm (1/2") 20 m', 'Gardena Classic hadice 13 mm (1/2") 50 m'),
    ("Gardena Classic Schlauch 13 mm (1/2 Zoll) 20 m", "Gardena Classic Schlauch 13 mm (1/2 Zoll) 30 m"),
    ("Clorox Disinfecting Wipes, Crisp Lemon & Fresh Scent, 35 ct, 3 Pack",
     "Clorox Disinfecting Wipes, Crisp Lemon & Fresh Scent, 75 ct, 3 Pack"),
    ('Wilson Evolution Basketball 29.5"', 'Wilson Evolution Indoor Game Basketball, Size 6 - 28.5"'),
])
def test_a_lone_figure_on_each_side_is_another_product(a, b):
    assert_different(a, b)


def test_values_apart_reads_rounding_and_totals():
    assert values_apart("len", {13.0, 20000.0}, {13.0, 50000.0}, 0.03)
    assert not values_apart("len", {13.0, 20000.0}, {20000.0}, 0.03)  # (one title prints one more)
    assert not values_apart("inch", {24.0, 1.0}, {23.8, 1.0}, 0.05)  # (a rounded figure)
    assert values_apart("inch", {29.5, 2.0}, {28.5, 2.0}, 0.05)  # (two precise ones)
    assert values_apart("pack", {3.0, 35.0, 105.0}, {3.0, 75.0, 225.0}, 0.0)
    # (a reading holding a total the reader multiplied out: no triple on both sides)
    assert not values_apart("pack", {60.0, 540.0}, {540.0, 4860.0}, 0.0)


def test_one_pack_written_two_ways_stays_one():
    assert _tier("WaterWipes Original Baby Wipes, 60 Count (Pack of 9)",
                 "WaterWipes Plastic Free Original Baby Wipes, 99.9% Water, 540 Count (9 packs)") != "conflict:units"
    assert _tier("Glade Jar Candle Clean Linen 96.3g", "Glade Clean Linen Scented Candle Jar 3.4 oz") != "conflict:units"


# --- feet and inches

def test_feet_beside_inches():
    assert "14ft" in clean("Bestway Steel Pro MAX 14' x 42\" Pool Set")
    assert "27inch" in clean("Samsung 27' Monitor")  # (a lone ' stays the inch shops write)
    assert_different("Bestway Steel Pro MAX 14' x 42\" Pool Set", "Bestway Steel Pro MAX 12ft x 30in Pool Set")


# --- a liquid and its pods

@pytest.mark.parametrize("a,b", [
    ("Seventh Generation Free & Clear Liquid Laundry Detergent, 100 fl oz",
     "Seventh Generation Laundry Detergent Packs, Free & Clear, 45 Count"),
    ("Ariel Original Flüssigwaschmittel 1,1 l", "Ariel Original Pods Waschmittel 30 Stk"),
])
def test_a_volume_against_a_count_is_another_form(a, b):
    assert_different(a, b)


def test_a_volume_with_its_pack_against_the_pack():
    assert _tier("LaCroix Sparkling Water, Pamplemousse, 12 Fl Oz (pack of 12)",
                 "La Croix Pamplemousse (Grapefruit) Sparkling Water 12pk/12oz cans") != "conflict:pack"


# --- the edition a title names by its place

@pytest.mark.parametrize("a,b", [
    ("Crusader Kings III Royal Edition PC", "Crusader Kings III - Standard Edition | PC Steam Code"),
    ("Hogwarts Legacy Deluxe Edition PS5", "Hogwarts Legacy Standard Edition PS5"),
    ("FIFA 24 Edición Estándar PS5", "FIFA 24 Ultimate Edition PS5"),
])
def test_two_named_editions(a, b):
    assert_different(a, b)


def test_one_edition_named_in_more_words():
    assert _tier("AMD Athlon X4 860K Black Edition, 4x 3.70GHz, boxed",
                 "AMD Athlon X4 860k 3.7 GHz Black Low Noise Edition") != "conflict:edition"
    # (a game's box is its standard edition)
    assert _tier("Hollow Knight Switch Standard Edition", "Hollow Knight - Nintendo Switch | Physical Edition") \
        != "conflict:edition"


# --- a size named by two words

@pytest.mark.parametrize("a,b", [
    ("Therm-a-Rest NeoAir XLite NXT Sleeping Pad, Regular Wide", "Therm-a-Rest NeoAir XLite NXT Sleeping Pad - Regular"),
    ("Exped Ultra 3R Isomatte Lang Breit", "Exped Ultra 3R Isomatte Lang"),
])
def test_a_two_word_size_against_one_of_its_words(a, b):
    assert_different(a, b)


# --- Arabic: kinds of cheese, a count in words

@pytest.mark.parametrize("a,b", [
    ("جبنة حلوم بيتوتي 250 غ", "جبنة عكاوي بيتوتي 250 غ"),
    ("صابون لوكس سوفت تاتش 170 غ 6 قطع", "صابون لوكس سوفت تاتش 170 غ قطعة واحدة"),
])
def test_arabic_cheese_kinds_and_counts(a, b):
    assert_different(a, b)


# --- misreadings: a toy's age, a game's players are no variant

@pytest.mark.parametrize("text,left", [
    ("catan board game, 3-4 players, ages 10+", "catan board game"),
    ("lego city fire station 60320 gift for kids 6+", "lego city fire station 60320 gift"),
    ("playmobil feuerwehr ab 4 jahren", "playmobil feuerwehr"),
    ("jeu de societe des 8 ans 2 a 4 joueurs", "jeu de societe"),
    ("juguete a partir de 3 anos", "juguete"),
    ("duplo 2+ jaar", "duplo"),
])
def test_audience_notes_dropped(text, left):
    assert audience_dropped(text).replace(",", " ").split() == left.split()


@pytest.mark.parametrize("text,left", [
    ("uno classic card game for kids & family", "uno classic card game"),
    ("crayola markers, 40 count, gift for kids", "crayola markers 40 count"),
    ("ravensburger puzzle geschenk fur kinder", "ravensburger puzzle"),
    ("jeu de societe pour enfants et famille", "jeu de societe"),
])
def test_the_kids_a_gift_or_toy_is_for_dropped(text, left):
    assert audience_dropped(text).replace(",", " ").split() == left.split()


@pytest.mark.parametrize("text", ["crest toothpaste for kids", "nivea sonnenspray fur kinder 200 ml",
                                  "la roche-posay sunscreen for children spf 50"])
def test_a_kids_version_stays(text):
    assert audience_dropped(text) == text


@pytest.mark.parametrize("text", ["bitdefender 1 year subscription", "norton 360 for 2 years", "crest kids 4.2 oz",
                                  "crest kids 2 pack", "windows 10 pro", "samsung galaxy s23+",
                                  "osprey 2 year warranty", "canon eos 2000d 18-55 kit"])
def test_audience_notes_leave_other_numbers(text):
    assert audience_dropped(text) == text


@pytest.mark.parametrize("a,b", [
    ("Days of Wonder Ticket to Ride: Europe | Ages 8+ | 2-5 Players", "Ticket to Ride Europe Board Game"),
    ("LEGO City Fire Station 60320 | Walmart", "LEGO City Fire Station 60320 Building Kit, Fire Toy with Garage, "
     "Fire Engine Toy and Firefighter Minifigures, Gift for Kids 6+"),
])
def test_an_age_is_no_plus_model(a, b):
    # (the rule: no model or count read in an age; the pairs then go to the learned stage, whose
    # verdict is the model's - session 15's retrain scores Ticket to Ride 0.80, below its 0.85)
    for x, y in ((a, b), (b, a)):
        assert not match_method({"title": x}, {"title": y})[0].startswith("conflict")


def test_an_age_never_makes_a_variant_conflict():
    assert _tier("GraviTrax Starter-Set Marble Run STEM Toy Ages 8+", "Ravensburger Gravitrax Starter Set") \
        != "conflict:variant"
    assert _tier("Micro Kickboard Maxi Deluxe 3-Wheeled Scooter - Blue",
                 "Micro Maxi Deluxe Kick Scooter, Blue, Ages 5-12") != "conflict:number"


# --- misreadings: numbers that count nothing; counts in words

def test_not_counts():
    assert not_counts("duden korrektor 2024 box") == {2024}
    assert not_counts("age of empires iv | windows 10/11 pc code") == {10, 11}
    assert not_counts("label maker, 27 user-selectable symbols") == {27}
    assert not_counts("norton 360 deluxe 3 pcs") == frozenset()


@pytest.mark.parametrize("a,b", [
    ("Duden Korrektor 2024 Box", "Duden Korrektor 2024 | Rechtschreibprüfung für Word | 1 PC | Windows | Box"),
    ("Age of Empires IV Anniversary Edition PC", "Age of Empires IV: Anniversary Edition | Windows 10/11 PC Code - Steam"),
    ("Brother P-Touch PT-D220 Label Maker", "Brother P-touch PTD220 Home/Office Everyday Label Maker, One-Touch Keys, "
     "Multiple Font Styles, 27 User-Selectable Symbols, White"),
    ("Bitdefender Total Security - 5 Devices | 1 year Subscription | PC/Mac", "Bitdefender Total Security 5 Dev 1 Yr DL"),
    ("Pilot G2 Retractable Gel Pens, Fine Point, Black, Dozen", "Pilot G2 Retractable Gel Pens, Fine Point, Black Ink, 12-Pack"),
])
def test_no_count_conflict_on_one_listing(a, b):
    assert _tier(a, b) != "conflict:pack"


def test_dozens_counted():
    assert dozens_counted("eggs, 1 dozen") == "eggs, 12 count"
    assert dozens_counted("eier 2 dutzend") == "eier 24 count"
    assert dozens_counted("oeufs demi douzaine") == "oeufs 6 count"
    assert_different("Pilot G2 Gel Pens, Fine Point, Black, Dozen", "Pilot G2 Gel Pens, Fine Point, Black, 24 Pack")
    assert_different("Bitdefender Total Security 5 Devices 1 Year", "Bitdefender Total Security 10 Dev 1 Yr")


# --- pieces in other languages, years apart, "DL"

def test_pieces_counted_in_other_languages():
    assert_different("Ravensburger Neuschwanstein Jigsaw Puzzle 1000 pcs", "Ravensburger Puzzle 500 Teile Neuschwanstein")
    assert_different("Delhaize Bio eieren 6 stuks", "Delhaize Bio eieren 10 stuks")
    assert_different("Trefl Puzzle 1000 elementów Kraków", "Trefl Puzzle 500 elementów Kraków")


def test_each_title_a_year_the_other_lacks():
    assert_different("WISO Steuer 2024 Steuerjahr 2023 DL",
                     "WISO Steuer 2025 (für Steuerjahr 2024) | Steuererklärung | PC/Mac/Smartphone | Download")
    assert _tier("Microsoft Office 2021 Home & Student", "Microsoft Office Home & Student 2021 (compatible 2019)") \
        != "conflict:year"


@pytest.mark.parametrize("text,out", [
    ("wiso steuer 2024 steuerjahr 2023 dl", "wiso steuer 2024 steuerjahr 2023 download"),
    ("magix music maker 2024 premium edition dl", "magix music maker 2024 premium edition download"),
    ("coca-cola 15 dl", "coca-cola 15 dl"),
    ("hp proliant dl-380 server", "hp proliant dl-380 server"),
])
def test_dl_is_a_download_unless_counted(text, out):
    from crawler.matching.amounts import year_download
    assert year_download(text) == out


def test_a_download_abbreviated():
    assert_same("Music Maker 2024 Premium Edition - Music Production Software for Windows 10/11 | Make your own music "
                "[PC Download]", "MAGIX Music Maker 2024 Premium Edition DL")


# --- a multipack is no pair of dimensions

def test_a_multipack_of_an_amount_is_no_dimensions():
    from crawler.matching.amounts import amount_times
    assert amount_times("6 *  0.5l") and amount_times("6 *  50cl") and amount_times("500ml * 6")
    assert not amount_times("100 * 40 cm") and not amount_times("1920*1080")
    assert _tier("Rivella Rot 6 x 0.5 l", "Rivella Rouge 6 x 50 cl PET") != "conflict:dims"
    assert_different("Rivella Rot 6 x 0.5 l", "Rivella Rot 6 x 1.5 l")
    assert_different("IKEA Lack Regal 100 x 40 cm", "IKEA Lack Regal 80 x 40 cm")


def test_fractions_beside_x_are_numbers():
    from crawler.matching.amounts import fractions_by_x
    assert fractions_by_x("avery labels, 1 x 2-5/8, white") == "avery labels, 1 x 2.625, white"
    assert fractions_by_x("tapcon 3/16 x 2 in") == "tapcon 0.1875 x 2 in"
    assert fractions_by_x("open 24/7 x 2") == "open 24/7 x 2"
    assert _tier("Avery 5160 Easy Peel Address Labels, 1 x 2-5/8, White, 3000/Box",
                 'Avery Easy Peel Printable Address Labels, 1" x 2-5/8", White, 3,000 Labels (5160)') != "conflict:dims"
    assert_different('Tapcon 3/16 x 2-1/4" Flat Head Concrete Screws (75 Pack)',
                     'Tapcon 3/16 x 1-3/4" Flat Head Concrete Screws (75 Pack)')
