"""(session 41, fu41) Furniture, home and garden titles (``crawler/matching/home41.py``): a kind of piece in
the shop's language ("Miroir" / "Mirror", "Standleuchte" / "floor lamp", "Sonnenschirm" / "parasol"), a sofa's
seat count written five ways ("3-seat" / "3er-Sofa" / "3-Sitzer" / "3 places"), a dimension in another order,
unit or separator ("46 x 54 inch" / "117 x 137 cm", "52 x 84 in" / '52" x 84"'), a bed's size name against its
size in cm ("King Size" / "150 x 200 cm"), IKEA printed before a range name on one side, its article number on
one side, a shade glued to its colour ("dunkelgrau" / "dark grey"); near misses (another size, seat count, shade,
colour, kind, bed size) stay apart."""
from crawler.matching import home41
from crawler.matching.titles import clean
from tests.pair_checks import pair_tests

SAME = [
    # a kind in the shop's language
    ("IKEA HOVET Mirror, aluminium, 78x196 cm", "HOVET Miroir, aluminium, 78x196 cm"),
    ("IKEA NISSEDAL Mirror, white, 65x65 cm", "NISSEDAL Spiegel, weiß, 65x65 cm"),
    ("IKEA HEKTAR Floor lamp, dark grey", "HEKTAR Standleuchte, dunkelgrau"),
    ("Sekey Sonnenschirm 270 cm rund, taupe", "SekeY Garden Parasol 2.7m Round Taupe"),
    ("elho Greenville Round Planter 40cm Anthracite", "elho Greenville Rund Pflanzgefäß 40 cm, anthrazit"),
    ("IKEA MARKUS Office chair, Vissle dark grey", "MARKUS Bürostuhl, Vissle dunkelgrau"),
    ("IKEA KALLAX Shelving unit, white, 77x147 cm", "KALLAX Étagère, blanc, 77x147 cm"),
    ("IKEA MALM Bed frame, high, white, 160x200 cm", "MALM Bettgestell hoch, weiß, 160x200 cm"),
    ("Barbacoa de gas Char-Broil Performance 4 quemadores", "Char-Broil Performance Series 4 Burner Gas Grill"),
    # a seat count written otherwise
    ("IKEA EKTORP 3-seat sofa, Hallarp beige", "EKTORP 3er-Sofa, Hallarp beige"),
    ("IKEA KIVIK Corner sofa, 5-seat, Tibbleby beige/grey", "KIVIK Ecksofa 5-sitzig, Tibbleby beige/grau"),
    ("IKEA VIMLE 3-seat sofa, Gunnared beige", "VIMLE Canapé 3 places, Gunnared beige"),
    # a dimension in another order, unit or separator
    ("Catherine Lansfield Faux Silk Eyelet Curtains 46 x 54 inch Blush",
     "Catherine Lansfield Faux Silk Eyelet Curtains Blush 117 x 137 cm"),
    ("Eclipse Darrell Thermal Blackout Curtain Panel, 52 x 84 in, Grey",
     "Eclipse Darrell Blackout Window Curtain Grey 52\" x 84\""),
    ("Flair Rugs Aurora Rug 230 x 160 cm Grey", "Flair Rugs Aurora Grey Rug 160x230cm"),
    # a bed's size name and its size
    ("Simba Hybrid Original Mattress, King Size", "Simba Hybrid Original Mattress 150 x 200 cm"),
    ("Emma Original Mattress, Double (135 x 190 cm)", "Emma Original Matratze 135x190 cm"),
    # (fxfu41) a name against its own country's size only; a sofa's part on both sides; feet and inches converted
    ("Casper Original Mattress Queen", "Casper Original Mattress 152 x 203 cm"),
    ("Dunelm Cotton Fitted Sheet Double", "Dunelm Cotton Fitted Sheet 135 x 190 cm"),
    ("Silentnight Miracoil Mattress UK King Size", "Silentnight Miracoil Mattress 150 x 200 cm"),
    ("IKEA EKTORP Bezug 3er-Sofa, Hallarp beige", "IKEA EKTORP cover for 3-seat sofa, Hallarp beige"),
    ("Flair Rugs Aurora Rug 5'3\" x 7'6\" Grey", "Flair Rugs Aurora Grey Rug 160x230cm"),
    # IKEA's article number one side
    ("IKEA BILLY Bookcase, white, 80x28x202 cm 002.638.50", "BILLY Bücherregal weiß 80x28x202 cm"),
    # a size word inflected
    ("Yankee Candle Large Jar Candle Clean Cotton", "Yankee Candle Clean Cotton Duftkerze, großes Glas, 623 g"),
]

DIFFERENT = [
    ("IKEA HOVET Mirror, aluminium, 78x196 cm", "HOVET Miroir, aluminium, 78x150 cm"),
    ("IKEA HEKTAR Floor lamp, dark grey", "HEKTAR Pendelleuchte, dunkelgrau"),
    ("IKEA HEKTAR Floor lamp, dark grey", "HEKTAR Standleuchte, hellgrau"),
    ("Sekey Sonnenschirm 270 cm rund, taupe", "Sekey Sonnenschirm 300 cm rund, taupe"),
    ("IKEA KALLAX Shelving unit, white, 77x147 cm", "KALLAX Regal, weiß, 147x147 cm"),
    ("IKEA MALM Bed frame, high, white, 160x200 cm", "MALM Bettgestell niedrig, weiß, 160x200 cm"),
    ("Barbacoa de gas Char-Broil Performance 4 quemadores", "Char-Broil Performance Series 3 Burner Gas Grill"),
    ("IKEA EKTORP 3-seat sofa, Hallarp beige", "EKTORP 2er-Sofa, Hallarp beige"),
    ("IKEA KIVIK Corner sofa, 5-seat, Tibbleby beige/grey", "KIVIK Ecksofa 4-sitzig, Tibbleby beige/grau"),
    ("Catherine Lansfield Faux Silk Eyelet Curtains 46 x 54 inch Blush",
     "Catherine Lansfield Faux Silk Eyelet Curtains Blush 117 x 183 cm"),
    ("Eclipse Darrell Thermal Blackout Curtain Panel, 52 x 84 in, Grey",
     "Eclipse Darrell Blackout Window Curtain Grey 52\" x 95\""),
    ("Simba Hybrid Original Mattress, King Size", "Simba Hybrid Original Mattress 135 x 190 cm"),
    ("Simba Hybrid Original Mattress, Double", "Simba Hybrid Original Mattress 150 x 200 cm"),
    ("Emma Original Mattress, Double (135 x 190 cm)", "Emma Original Matratze 140x200 cm"),
    # a duvet's "Double" is no mattress size
    ("Slumberdown Snuggle Up Duvet 10.5 Tog Double", "Slumberdown Snuggle Up Duvet 10.5 Tog 135 x 190 cm"),
    ("IKEA BILLY Bookcase, white, 80x28x202 cm 002.638.50", "BILLY Bücherregal weiß 40x28x202 cm"),
    ("IKEA BILLY Bookcase, white, 80x28x202 cm 002.638.50", "IKEA BILLY Bookcase, white, 80x28x202 cm 402.638.54"),
    ("Yankee Candle Large Jar Candle Clean Cotton", "Yankee Candle Clean Cotton Duftkerze, kleines Glas"),
    # (fxfu41, attack41a) a bed size name is no EU cm size: UK King 150 x 200, US Queen 152 x 203, Double 135 x 190
    ("Simba Hybrid Mattress King Size", "Simba Hybrid Mattress 160 x 200 cm"),
    ("Silentnight Miracoil Mattress UK King Size", "Silentnight Miracoil Mattress 180 x 200 cm"),
    ("Casper Original Mattress Queen", "Casper Original Mattress 160 x 200 cm"),
    ("Dunelm Cotton Fitted Sheet Double", "Dunelm Cotton Fitted Sheet 140 x 200 cm"),
    ("IKEA MALM Bed frame high white Queen", "IKEA MALM Bed frame high white 160x200 cm"),
    # (fxfu41, attack41a) a sofa against its cover, legs, chaise-longue, sofa-bed or open-end version
    ("IKEA KIVIK 3er-Sofa", "IKEA KIVIK cover for 3-seat sofa"),
    ("IKEA KIVIK 3er-Sofa", "IKEA KIVIK legs for 3-seat sofa"),
    ("IKEA GRÖNLID 3er-Sofa", "IKEA GRÖNLID 3-seat sofa with chaise longue"),
    ("IKEA FRIHETEN 3-Sitzer", "IKEA FRIHETEN 3-seat sofa bed with storage"),
    ("IKEA VIMLE 3-Sitzer", "IKEA VIMLE 3-seat sofa with open end"),
    ("IKEA EKTORP Bezug 3er-Sofa dunkelgrau", "IKEA EKTORP 3-seat sofa dark grey"),
    ("Chesterfield 3er-Sofa", "Chesterfield 3 seater sofa cover"),
    # (fxfu41) two metric sizes near each other are two sizes (the tolerance is a conversion's)
    ("Flair Rugs Aurora Rug 200 x 290 cm Grey", "Flair Rugs Aurora Grey Rug 200x294cm"),
    ("Ulster Weavers Tablecloth 140 x 240 cm", "Ulster Weavers Tablecloth 140 x 236 cm"),
    ("Amazon Basics Quick-Dry Bath Towels, 100% Cotton, Pack of 4, Navy Blue",
     "Amazon Basics Quick-Dry Bath Towels, 100% Cotton, Pack of 4, Aqua Blue"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_seat_counts_read_as_one():
    for t in ("3-seat sofa", "3 seater sofa", "3er-Sofa", "3-Sitzer", "3-sitzig", "canapé 3 places", "sofá 3 plazas"):
        assert "3-seat" in clean(t), t
    assert "3-seat" not in clean("Apple 3 in 1 charger")


def test_bare_in_after_a_pair_is_inches():
    assert "52inch" in clean("Curtain Panel, 52 x 84 in, Grey")
    assert "inch" not in clean("Rug 5 x 8 in blue")


def test_shade_compound_table():
    comp = home41.compound_shades()
    assert comp["dunkelgrau"] == "dark" and comp["hellblau"] == "light" and comp["donkergrijs"] == "dark"
