"""Session 31 (usr31): US retailers' titles - Amazon's long keyword-stuffed titles against Target's,
Best Buy's, Walmart's, Home Depot's and Costco's short ones.  Five readings, each asked on
real-looking pairs both ways round, through the pair path (``match_method``) and the batch path
(``match_many``), which must agree:

* Target's packs of a counted product, "3pk/75ct", are Amazon's "75 Count (Pack of 3)"
  (``titles._PACKS_OF_COUNT``), and another number of packs stays another pack;
* a lone prime mark, "25'", read as the inch elsewhere, is the foot against a title stating feet
  (``relations._prime_feet_apart``);
* a toy's "Kids" names whom it suits, no children's version (``formulation._TOY_KIND``);
* the Wi-Fi standard a long title lists, "Wi-Fi 6 support", is no number of the model's name
  (``features._wifi_standard``), unless both titles name one;
* washable crayons and markers, a wet pet food's texture are choices of a line (``formulation``
  dimensions "washable", "pet_texture");
* an SSD's "M.2 2280", an "IPX7" rating, a player's "HD/4K/HDR" are specs, no model numbers, and
  "75+ Pieces" is no Plus model."""

import pytest

from crawler.matching.features import prepare
from crawler.matching.formulation import formulations
from crawler.matching.relations import _prime_feet_apart
from crawler.matching.titles import clean
from tests.pair_checks import decide_both_ways, pair_tests


_decide = decide_both_ways


SAME = [
    # "3pk/75ct" is three packs of 75
    ("Clorox Disinfecting Wipes, Bleach Free Cleaning Wipes, Crisp Lemon, 75 Count (Pack of 3)",
     "Clorox Disinfecting Wipes Value Pack, Crisp Lemon - 3pk/75ct"),
    ("Cottonelle Flushable Wet Wipes, 8 Flip-Top Packs, 42 Wipes per Pack (336 Total)",
     "Cottonelle FreshFeel Flushable Wet Wipes 8 pk/42 ct"),
    ("Lysol Disinfecting Wipes, Lemon & Lime Blossom, 80 Count (Pack of 4)",
     "Lysol Disinfecting Wipes Value Pack Lemon & Lime Blossom - 4pk/80ct"),
    # a toy's "Kids" is whom every toy suits
    ("LEGO Classic Large Creative Brick Box 10698 Building Toy Set - Featuring Storage, Includes Train, Car, "
     "and a Toy Windmill, Kids' Toy for Boys and Girls, 790 Pieces",
     "LEGO Classic Large Creative Brick Box 10698"),
    # one wet food's texture named by both shops
    ("Purina Friskies Wet Cat Food Pate Variety Pack, Seafood and Chicken Pate Favorites - (Pack of 40) 5.5 oz. Cans",
     "Friskies Pate Wet Cat Food Variety Pack - 5.5oz/40ct"),
    # the tape measure's feet written as a prime and as "ft."
    ("Stanley Powerlock 25' Tape Measure", "Stanley 25 ft. PowerLock Tape Measure"),
    # an SSD's "M.2 2280" form factor in the long title only
    ("SAMSUNG 990 PRO SSD NVMe M.2 PCIe Gen4, M.2 2280 Internal Solid State Hard Drive, Seq. Read Speeds Up to "
     "7,450 MB/s for High End Computing, Gaming, and Heavy Duty Workstations, MZ-V9P2T0B/AM, 2TB",
     "Samsung - 990 PRO 2TB Internal SSD PCIe Gen 4x4 NVMe"),
    # "75+ Pieces" counts the pieces, it names no Plus model
    ("Barbie Dreamhouse, Doll House Playset with 75+ Pieces Including Toy Furniture and Accessories, 3-Story "
     "Dollhouse with Slide, Pet Elevator & Puppy Play Areas (2023)", "Barbie Dreamhouse 2023 Doll House Playset HMX10"),
]

DIFFERENT = [
    # another number of packs of the same count, one pack against three
    ("Clorox Disinfecting Wipes, Bleach Free Cleaning Wipes, Crisp Lemon, 75 Count (Pack of 3)",
     "Clorox Disinfecting Wipes Value Pack, Crisp Lemon - 4pk/75ct"),
    ("Clorox Disinfecting Wipes Value Pack, Crisp Lemon - 3pk/75ct", "Clorox Disinfecting Wipes Crisp Lemon - 75ct"),
    # feet written as a prime against another length in feet
    ("Stanley Powerlock 25' Tape Measure", "Stanley 16 ft. PowerLock Tape Measure STHT30816"),
    ("Werner 6' Fiberglass Step Ladder", "Werner 8 ft. Fiberglass Step Ladder"),
    # a toy's other size stays another toy
    ("Hot Wheels Toy Cars & Trucks 20-Pack, Set of 20 1:64 Scale Vehicles, Gift for Collectors & Kids (Styles May Vary)",
     "Hot Wheels 10-Car Pack (Styles May Vary)"),
    # a kids' version of a product that is no toy stays another product
    ("Colgate Kids Toothpaste Strawberry 4.6 oz", "Colgate Toothpaste Strawberry 4.6 oz"),
    # two Wi-Fi standards stay two routers
    ("TP-Link Archer Wi-Fi 6 Router", "TP-Link Archer WiFi 7 Router"),
    # the washable crayons, another texture of wet food
    ("Crayola Crayons, 64 Count, Assorted Colors, Back to School Supplies, Crayon Set with Built-In Sharpener",
     "Crayola Washable Crayons 64ct"),
    ("Crayola Broad Line Markers, Classic Colors, 10 Count", "Crayola Ultra-Clean Washable Broad Line Markers, 10 Count"),
    ("Purina Friskies Wet Cat Food Pate Variety Pack, Seafood and Chicken Pate Favorites - (Pack of 40) 5.5 oz. Cans",
     "Friskies Shreds Wet Cat Food Variety Pack - 5.5oz/40ct"),
    # the IP rating and the formats list read as specs leave the model's own number deciding
    ("JBL Flip 6 - Portable Bluetooth Speaker, powerful sound and deep bass, IPX7 waterproof, 12 hours of playtime - Blue",
     "JBL Flip 5 Portable Waterproof Speaker - Blue"),
    ("Roku Express 4K+ 2021 | Streaming Media Player HD/4K/HDR with Smooth Wi-Fi, Roku Voice Remote with TV Controls",
     "Roku Express HD Streaming Media Player 3960R"),
    # another year's model of the playset; a "4K+" stays the Plus model
    ("Barbie Dreamhouse, Doll House Playset with 75+ Pieces Including Toy Furniture and Accessories, 3-Story "
     "Dollhouse with Slide, Pet Elevator & Puppy Play Areas (2023)", "Barbie Dreamhouse 2021 Doll House Playset GRG93"),
    ("Roku Express 4K+ Streaming Device 3941R", "Roku Express 4K Streaming Device"),
    # another capacity of the SSD whose form factor one title lists
    ("SAMSUNG 990 PRO SSD NVMe M.2 PCIe Gen4, M.2 2280 Internal Solid State Hard Drive, 1TB",
     "Samsung - 990 PRO 2TB Internal SSD PCIe Gen 4x4 NVMe"),
]


test_us_retail_wordings_are_one_product, test_us_retail_near_misses_stay_apart = pair_tests(same=SAME, different=DIFFERENT)


@pytest.mark.parametrize("title,counts", [
    ("Clorox Wipes - 3pk/75ct", {3.0, 75.0, 225.0}),
    ("Clorox Wipes - 8 pk / 42 ct", {8.0, 42.0, 336.0}),
])
def test_packs_of_a_count_are_read_as_packs_count_and_total(title, counts):
    assert set(prepare({"title": title}).units["pack"]) == counts


def test_a_pack_of_an_amount_is_left_as_it_was():
    # ("8pk/12 fl oz": the amount of one can, read by the rules of earlier sessions)
    assert "8pk/12" in clean("La Croix Pamplemousse Sparkling Water - 8pk/12 fl oz Cans").replace(" ", "")


@pytest.mark.parametrize("a,b,apart", [
    ("Stanley Powerlock 25' Tape Measure", "Stanley 16 ft. PowerLock Tape Measure", True),
    ("Stanley Powerlock 25' Tape Measure", "Stanley PowerLock Tape Measure, 25 Foot", False),
    # a title stating an inch itself is compared by its inches (no foot read)
    ("Sony 40' Bravia LCD TV", "Sony Bravia 40 inch LCD TV", False),
])
def test_prime_feet(a, b, apart):
    assert _prime_feet_apart(prepare({"title": a}), prepare({"title": b})) is apart


def test_toy_kids_is_no_formulation():
    ws = prepare({"title": "Hot Wheels Toy Cars 20-Pack, Gift for Collectors & Kids"}).words
    assert not any(d == "age" for d, _c in formulations(ws))
    ws = prepare({"title": "Colgate Kids Toothpaste Strawberry 4.6 oz"}).words
    assert ("age", "kids") in formulations(ws)


@pytest.mark.parametrize("title,code", [
    ("JBL Flip 6 - Portable Bluetooth Speaker, IPX7 waterproof, 12 hours of playtime - Blue", "ipx7"),
    ("Roku Express 4K+ 2021 | Streaming Media Player HD/4K/HDR with Smooth Wi-Fi", "hd4khdr"),
])
def test_standards_are_no_model_numbers(title, code):
    assert code not in prepare({"title": title}).codes


def test_a_slashed_code_is_still_a_code():
    # (pieces that are no standards: a maker's part number with its region after the slash)
    assert "mzv9p2t0bam" in prepare({"title": "Samsung 990 PRO 2TB MZ-V9P2T0B/AM"}).codes


@pytest.mark.parametrize("a,b,spec", [
    ("Amazon Fire TV Stick 4K, free and live TV, Wi-Fi 6 support", "Amazon Fire TV Stick 4K (2023)", True),
    ("TP-Link Archer Wi-Fi 6 Router", "TP-Link Archer WiFi 7 Router", False),
])
def test_wifi_standard(a, b, spec):
    from crawler.matching.features import _wifi_standard
    pa, pb = prepare({"title": a}), prepare({"title": b})
    assert _wifi_standard(pa.words, pa.words.index("6"), pb) is spec


@pytest.mark.parametrize("title,plus", [
    ("Barbie Dreamhouse Playset with 75+ Pieces", False),
    ("Instant Pot Duo, Includes App With 800+ Recipes", False),
    ("Roku Express 4K+ Streaming Device", True),
    ("Samsung Galaxy S24+ 256GB", True),
])
def test_a_count_or_more_is_no_plus_model(title, plus):
    assert ("plus" in clean(title).split()) is plus


def test_tidy_cats_multi_cat_is_their_litters_kind():
    # (the multi-cat dimension tried and dropped: Tidy Cats print "Multi Cat Litter" after every name)
    tier, same = _decide("Purina Tidy Cats Clumping Cat Litter, 24/7 Performance Multi Cat Litter - 35 lb. Box",
                         "Tidy Cats 24/7 Performance Clumping Litter 35 lb")
    assert same, tier
