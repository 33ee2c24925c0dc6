"""Session 13, home: how shops word one home, kitchen, bed & bath or DIY product, and
which words name another (issue #12).  Real titles of the shops' wording; each pair read
both ways (``pair_checks``)."""

from __future__ import annotations

from crawler.matching.features import _numbers_missing
from crawler.matching.prepared import complete, prepare
from crawler.matching.titles import clean
from tests.pair_checks import assert_different, assert_same


def _p(title: str):
    return complete(prepare({"title": title}))


# --- readers: a number or a size read as the shop meant it -------------------------------

def test_thread_count_is_one_measure_not_a_count_or_model_number():
    assert clean("Sheet Set 400-Thread-Count").split() == ["sheet", "set", "400tc"]
    p = _p("Pottery Barn Organic Percale Sheet Set 400TC Queen White")
    assert not p.codes and p.units == {"tc": frozenset({400.0})}
    assert_same("Hotel Collection 680-TC Supima Cotton King Sheet Set White",
                "Hotel Collection 680 Thread Count Supima Cotton Sheet Set, King, White")
    assert_same("Dunelm Egyptian Cotton 400 Thread Count Fitted Sheet Double White",
                "Dunelm 400TC Egyptian Cotton Double Fitted Sheet White")
    assert_different("Pottery Barn 400 Thread Count Percale Sheet Set Queen",
                     "Pottery Barn 600 Thread Count Percale Sheet Set Queen")


def test_mixed_numbers_and_us_inch_abbreviation():
    assert _p("Le Creuset Round Dutch Oven 5 1/2 Quart").units["vol"] == _p("Dutch Oven 5.5 Qt").units["vol"]
    assert _p('Spade Bit 1 1/4" Wood').units["inch"] == frozenset({1.25})
    assert _p("Lodge 12 in. Cast Iron Skillet").units["inch"] == frozenset({12.0})
    assert "in" in _p("Made in. China").words  # (a dot after "in" alone is no inch)
    assert_same("Le Creuset Signature Enameled Cast Iron Round Dutch Oven, 5.5 Qt, Cerise",
                "Le Creuset Signature Round Dutch Oven 5 1/2 Quart Cerise")
    assert_different("Ryobi ONE+ 18V 1/2 in. Drill/Driver", "Ryobi ONE+ 18V 3/8 in. Drill/Driver")


def test_pieces_written_pc():
    assert_same("Robert Welch Radford Bright 24 Piece Cutlery Set for 6",
                "Robert Welch Radford Bright Stainless Steel Cutlery Set, 24 Pc")
    assert_different("Calphalon Classic 3-Piece Nonstick Cookware Set", "Calphalon Classic 10 pc Nonstick Cookware Set")


def test_sizes_listed_with_one_unit_and_digits_spelled_apart():
    assert clean("Frying Pan Set 20/24/29cm").split()[-3:] == ["20cm", "24cm", "29cm"]
    assert clean("Bulls Eye 1-2-3 Primer").split() == ["bulls", "eye", "123", "primer"]
    assert_same("Zinsser 02001 Bulls Eye 123 Water-Base Primer, White, 1 gal",
                "ZINSSER BULLS EYE 1-2-3 PRIMER WHITE 1 GALLON 02001")


def test_a_rug_in_feet_and_a_curtain_in_cm_and_inches():
    assert_same("Kamran Blue Rug 5x7 Washable - Ruggable", "Ruggable Washable Rug Kamran Blue 5' x 7'")
    assert_different("Nuloom Rug 5x8 Grey", "Nuloom Rug 5' x 7' Grey")
    a = _p("Deconovo Thermal Insulated Blackout Eyelet Curtains, 117x137cm, Navy, Pair")
    b = _p("Deconovo Blackout Curtains Eyelet 46 x 54 inch Drop, Navy Blue, 2 Panels")
    assert not a.facets["dims"].isdisjoint(b.facets["dims"])
    # (the size's numbers are compared as the size; "2 Panels" / "Pair" stays a number a lacks)
    assert _numbers_missing(a, b) == 0 and _numbers_missing(b, a) == 1
    assert_different("Deconovo Blackout Curtains 117x137cm Navy", "Deconovo Blackout Curtains 46 x 72 inch Navy")


# --- a tool alone -----------------------------------------------------------------------

def test_bare_tool_worded_by_each_shop():
    assert_same("Hikoki DS 18DD Akku-Bohrschrauber 18 V solo", "HiKOKI DS18DD 18V Cordless Drill Driver Body Only")
    assert_same("Parkside PABS 20-Li E6 Cordless Drill 20V - without Battery",
                "parkside 20 v akku-bohrschrauber pabs 20-li e6, ohne akku und ladegerät")
    assert_different("Worx WG163E.9 20V Grass Trimmer Tool Only",
                     "Worx WG163E 20V Grass Trimmer with 2x 2.0Ah Batteries and Charger")
    assert_different("Makita 18V LXT Brushless Impact Driver, Tool Only",
                     "Makita 18V LXT Brushless Drill Driver, Tool Only")


# --- kinds, materials and descriptive words ---------------------------------------------

def test_kinds_named_otherwise():
    assert_same("Wusthof Classic 20 cm Chef's Knife", "Wüsthof Classic Kochmesser 20 cm")
    assert_same("Le Creuset Signature Round Dutch Oven 5.5 Quart Cerise",
                "Le Creuset Signature Cast Iron Round Cocotte 5.5 qt Cerise")
    assert_same("Villeroy&Boch NewWave Speiseteller 27cm Premium Porcelain", "VILLEROY & BOCH NEW WAVE DINNER PLATE 27 CM")
    assert_same("MÖVE Superwuschel Duschtuch 80x150 cm", "Möve Superwuschel Bath Towel 80 x 150 cm")


def test_kinds_that_differ_stay_apart():
    assert_different("Brooklinen Luxe Sateen Sheet Set, Queen", "Brooklinen Luxe Sateen Fitted Sheet, Queen")
    assert_different("Linenspa Down Alternative Comforter Queen", "Linenspa Down Alternative Duvet Cover Queen")
    assert_different("Möve Superwuschel Hand Towel", "Möve Superwuschel Bath Towel")
    assert_different("Villeroy & Boch NewWave Dinner Plate 27cm", "Villeroy & Boch NewWave Side Plate")
    assert_different("Lodge Cast Iron Dutch Oven 5 Quart", "Lodge Cast Iron Skillet 5 Quart")


def test_materials_in_the_shops_languages():
    assert_same("WMF Profi Resist Frying Pan 28 cm Stainless Steel", "WMF Bratpfanne Profi Resist 28cm Cromargan Edelstahl")
    assert_same("Sleepdown Memory Foam Bath Mat Silver 50x80cm Anti-Slip",
                "SLEEPDOWN MEMORY FOAM BATH MAT NON SLIP 50 X 80 CM SILVER")
    assert_different("Opinel No.8 Carbon Steel Beech", "Opinel No.8 Stainless Beech")


def test_home_and_premium_are_no_software_tiers_on_home_goods():
    assert_same("Jo Malone London Lime Basil & Mandarin Home Candle 200g",
                "Jo Malone Lime, Basil and Mandarin Scented Candle 200 g")
    assert_same("Parachute Percale Sheet Set King Bone", "PARACHUTE HOME PERCALE SHEET SET, SIZE: KING, COLOR: BONE")
    assert_different("Microsoft Office Home & Student 2021", "Microsoft Office 2021")


def test_bed_sizes_stay_apart():
    assert_different("Brooklinen Luxe Sateen Sheet Set, Queen, White", "Brooklinen Luxe Sateen Sheet Set, King, White")
    assert_different("Brooklinen Luxe Sateen Sheet Set, King, White", "Brooklinen Luxe Sateen Sheet Set, Cal King, White")
    assert_different("Zinus Green Tea Memory Foam Mattress 12 Inch Twin", "Zinus Green Tea Memory Foam Mattress 12 Inch Twin XL")
    assert_different("Dunelm Egyptian Cotton Fitted Sheet King White", "Dunelm Egyptian Cotton Fitted Sheet Super King White")


def test_a_kind_joined_to_another_names_a_set_of_both():
    assert_different("Lodge Cast Iron Dutch Oven 5 Qt", "Lodge Cast Iron Dutch Oven and Skillet Set 5 Qt")
    assert_different("Ninja Air Fryer 4 Qt", "Ninja Air Fryer and Blender 4 Qt")
    assert_different("Brooklinen Luxe Sateen Sheet Set, Queen", "Brooklinen Luxe Sateen Sheet Set and Pillowcases, Queen")


def test_descriptions_of_home_goods_the_other_leaves_out():
    # (a British spelling of a material; a tool's fuel the other names no other of)
    assert_same("silentnight hotel collection duvet 13.5 tog, king size",
                "Silentnight Hotel Collection 13.5 Tog Kingsize Duvet - Microfibre, Hollowfibre")
    assert_same("Stihl Petrol Chainsaw 30cm Bar Orange", "Stihl Chainsaw 30cm Bar Orange")
    assert_different("Stihl Petrol Chainsaw 30cm Bar Orange", "Stihl Electric Chainsaw 30cm Bar Orange")
    assert_different("Stanley Quencher H2.0 FlowState Tumbler, 40 oz, Charcoal",
                     "Stanley 40oz Quencher H2.0 FlowState Tumbler - Cream")
    assert_different("Weber Spirit II E-310 Gas Grill Black", "Weber Spirit II E-310 Charcoal Grill Black")


def test_one_tool_and_feed_in_us_and_uk_words_and_a_german_thousands_dot():
    assert_same("SEVERIN WK3468 Kettle 1.7L 2200W stainless steel black",
                "Severin WK 3468 Wasserkocher, 1,7 L, 2.200 W, Edelstahl/schwarz")
    assert_same("Vitax Q4 Plus Pelleted Fertiliser 3.5kg", "Vitax Q4+ Pelleted Plant Food 3.5 kg tub")
    assert clean("Akku 5.000 mAh").split() == ["akku", "5000mah"]
    assert clean("Box 1.500 kg").split() == ["box", "1.500kg"]  # (a weight's decimals stay decimals)


def test_a_german_count_abbreviation_and_a_grill_in_two_words():
    assert clean("Somat Gold 12 Tabs 36 St.").split()[-1] == "36stk"
    assert clean("Yankee Candle 1st Edition").split()[2] == "1st"
    assert_same("Weber Original Kettle 57cm Charcoal Barbecue Black", "Weber Original Kettle Holzkohlegrill 57 cm schwarz")
    assert_different("Weber Original Kettle 57cm Charcoal Grill", "Weber Original Kettle 57cm Gas Grill")
    assert_same("Bialetti Moka Express 6 Cup Stovetop Espresso Maker, Aluminium",
                "Bialetti Moka Express 6-Tassen Espressokocher Aluminium")
