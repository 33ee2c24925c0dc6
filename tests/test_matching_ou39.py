"""Session 39, ou39: the trade notations of bicycle, outdoor, DIY and car products read as one value (``ou39``,
``mends35.bike_tyre_read``): a road tyre's French size before a comma ("700 x 25c, Clincher" = "700x25" =
"25-622"); a cassette's or a crankset's teeth ("10-51T" = "10-51", "52-36T" = "52/36") and two ranges of one
line apart whatever code both print; Shimano's component codes ("CS-M8100-12" = "M8100 12-speed", "FC-R8000" =
"R8000"); a count of gears after a kind word ("Cassette 12 Speed 10-51" / "cassette 10-51"); kinds in the shops'
languages ("Chainset" / "Crankset", "Kettenverschleißlehre" / "Chain Checker").  Near misses both ways: 700x25 /
700x28, 10-51T / 10-45T, 11-36T / 11-42T, 52-36T / 50-34T, 5W-30 / 5W-40, 4.0Ah / 5.0Ah, 11 / 12 speed, the bare
tool and the kit."""

from tests.pair_checks import pair_tests


SAME = [
    # a road tyre's French size before a comma, its ETRTO on the other side
    ("Continental Grand Prix 5000 S TR Road Tire 700 x 28c, Tubeless Ready, Black",
     "Continental GP 5000 S TR 28-622 tubeless-ready Faltreifen schwarz"),
    ("Schwalbe One Tire 700 x 28c, Folding, Addix Race", "Schwalbe One 28-622 folding tyre Addix Race"),
    # a cassette's teeth with and without the unit, Shimano's kind prefix and speed suffix dropped
    ("Shimano Deore XT CS-M8100-12 Cassette 12-Speed 10-51T", "Shimano Deore XT M8100 12 speed cassette 10-51"),
    ("Shimano SLX CS-M7100-12 Cassette 12-Speed 10-45T", "Shimano SLX M7100 Kassette 12-fach 10-45 Zähne"),
    ("SRAM PG-1130 11-Speed Cassette 11-36T", "SRAM PG-1130 Kassette 11-fach 11-36"),
    # a crankset's two chainrings in either order, the British word
    ("Shimano Ultegra FC-R8000 Crankset 172.5mm 52-36T", "Shimano Ultegra R8000 chainset 52/36 172.5mm"),
    ("Park Tool CC-3.2 Chain Checker", "Park Tool CC-3.2 Kettenverschleißlehre"),
    # (fxou39) one kind prefix on both sides, or on one: the group's part, one product
    ("Shimano Deore XT BR-M8100 Disc Brake Front 1000mm", "Shimano XT M8100 Scheibenbremse Vorderrad 1000 mm"),
    ("Shimano Deore XT BR-M8100 Disc Brake Front 1000mm", "Shimano XT BR-M8100 Scheibenbremse Vorderrad 1000 mm"),
    ("Shimano 105 CS-R7000 11-Speed Cassette 11-30T", "Shimano 105 R7000 11 speed road cassette 11-30"),
    # (fxou39) the trade's shortening of a maker's name, a word of no language
    ("Continental PremiumContact 6 205/55 R16 91V", "Conti PremiumContact 6 205/55R16 91V Sommerreifen"),
    ("Continental Grand Prix 5000 S TR Road Tire 700 x 28c, Tubeless Ready, Black",
     "Conti GP 5000 S TR 28-622 tubeless-ready Faltreifen schwarz"),
]

DIFFERENT = [
    # two sizes of one tyre
    ("Continental Grand Prix 5000 S TR Road Tire 700 x 28c, Tubeless Ready, Black",
     "Continental Grand Prix 5000 S TR Road Tire 700 x 32c, Tubeless Ready, Black"),
    ("Continental Grand Prix 5000 Road Tire 700 x 25c, Clincher, Folding",
     "Continental Grand Prix 5000 Road Tire 700x28c Clincher Folding"),
    # two teeth ranges of one cassette: the shared code names the line only
    ("Shimano Deore XT CS-M8100-12 Cassette 12-Speed 10-51T", "Shimano Deore XT CS-M8100-12 Cassette 12-Speed 10-45T"),
    ("Shimano Deore XT CS-M8100-12 Cassette 12-Speed 10-51T", "Shimano Deore XT M8100 12 speed cassette 10-45"),
    ("SRAM PG-1130 11-Speed Cassette 11-36T", "SRAM PG-1130 11-Speed Cassette 11-42T"),
    ("Shimano Ultegra FC-R8000 Crankset 172.5mm 52-36T", "Shimano Ultegra FC-R8000 Crankset 172.5mm 50-34T"),
    ("Shimano Ultegra FC-R8000 Crankset 172.5mm 52-36T", "Shimano Ultegra R8000 chainset 50/34 172.5mm"),
    # two groups, two speeds
    ("Shimano 105 CS-R7000 11-Speed Cassette 11-30T", "Shimano 105 CS-R7100 12-Speed Cassette 11-34T"),
    ("Shimano Deore CS-M6100-12 Cassette 12-Speed 10-51T", "Shimano Deore CS-M5100-11 Cassette 11-Speed 11-51T"),
    # oils, batteries, a kit
    ("Castrol EDGE 5W-30 LL Engine Oil 5L", "Castrol EDGE 5W-40 Engine Oil 5L"),
    ("Makita BL1850B 18V LXT 5.0Ah Battery", "Makita BL1840B 18V LXT 4.0Ah Battery"),
    ("Makita DHP484Z 18V LXT Brushless Combi Drill Body Only", "Makita DHP484RTJ 18V LXT Brushless Combi Drill Kit 2x 5.0Ah"),
    ("Park Tool CC-3.2 Chain Checker", "Park Tool CC-4 Chain Checker"),
    # (fxou39, attack39) two kind prefixes of one group's model: two parts - a front hub / a rear freehub, a brake
    # caliper / its lever, a dual control lever / a shifter, a front / a rear derailleur
    ("Shimano Deore HB-M6010 Hub 32H", "Shimano Deore FH-M6010 Hub 32H"),
    ("Shimano Deore BR-M6100 Hydraulic Disc Brake", "Shimano Deore BL-M6100 Hydraulic Disc Brake"),
    ("Shimano Claris ST-R2000 Shifter 8-Speed Right", "Shimano Claris SL-R2000 Shifter 8-Speed Right"),
    ("Shimano Deore XT FD-M8100 Derailleur", "Shimano Deore XT RD-M8100 Derailleur"),
    # (fxou39, attack39) a common word's possessive starts another maker's name: no shortening
    ("Nature's Way Elderberry Gummies, 60 Count", "NatureWise Elderberry Gummies, 60 Count"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_teeth_read():
    from crawler.matching import ou39
    assert ou39.teeth("Shimano XT CS-M8100-12 Cassette 12-Speed 10-51T") == {"10-51"}
    assert ou39.teeth("Shimano Ultegra R8000 chainset 52/36 172.5mm") == {"36-52"}
    assert ou39.teeth("SRAM PG1130 Kassette 11-fach 11-36 Zähne") == {"11-36"}
    # no sprocket counts: a tube's widths, a dumbbell's weights, a range in a title about no cog
    assert not ou39.teeth("Continental Race 28 Inner Tube 700 x 20-25c Presta 42mm")
    assert not ou39.teeth("Bowflex SelectTech 552i Kurzhantel Paar 2-24 kg")
    assert not ou39.teeth("Bosch Wiper Blade 24-19 Twin Pack")
    assert ou39.shimano_codes("shimano xt cs-m8100-12 cassette") == "shimano xt m8100 12-speed cassette"
    assert ou39.shimano_codes("shimano xt rd-m8100-sgs derailleur") == "shimano xt rd-m8100-sgs derailleur"


def test_shimano_parts():
    from crawler.matching import ou39
    assert ou39.shimano_parts("shimano deore hb-m6010 hub 32h") == {("m6010", "hb")}
    assert ou39.shimano_parts("shimano xt rd-m8100-sgs derailleur") == {("m8100", "rd")}
    assert not ou39.shimano_parts("sram gx eagle xg-1275 cassette")
    fa = {ou39.SHIMANO: ou39.shimano_parts("shimano deore br-m6100 brake")}
    fb = {ou39.SHIMANO: ou39.shimano_parts("shimano deore bl-m6100 brake")}
    assert ou39.shimano_apart(fa, fb) and not ou39.shimano_apart(fa, fa)
    fc = {ou39.SHIMANO: ou39.shimano_parts("shimano deore br-m8100 brake")}
    assert not ou39.shimano_apart(fa, fc)  # two models: the model rules' to compare
