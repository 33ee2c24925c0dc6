"""Session 34, hk34: kitchen appliances, cookware, power and hand tools and car parts as European
shops title them (``benchmarks/pairs/train34hk.jsonl``) - readings that hold in every shop and
language, each asked both ways round: the same product worded otherwise, and its near misses."""

from tests.pair_checks import pair_tests


# an engine or gear oil's SAE viscosity grade ("5W-30" = "5W30" = "5W/30"): two grades are two oils,
# whatever else the titles share (``raw_facets``, session 34)
VISCOSITY_SAME = [
    ("Mobil 1 ESP 5W-30 Motoröl 1 l", "Mobil 1 ESP 5W30 engine oil 1 litre"),
    ("Castrol Magnatec 10W-40 A3/B4 4 L", "Castrol Magnatec 10W/40 A3/B4 Motoröl 4 Liter"),
    ("Shell Helix Ultra 0W-20 5 L", "Shell Helix Ultra 0W20 5 litros aceite motor"),
]
VISCOSITY_DIFFERENT = [
    ("Mobil 1 ESP 0W-30 1 l", "Mobil 1 ESP 5W-30 1 l"),
    ("Castrol EDGE 5W-30 LL 5 L", "Castrol EDGE 5W-40 5 L"),
    ("Shell Helix Ultra 0W-20 5 L", "Shell Helix Ultra 5W-30 5 L"),
    ("Castrol Magnatec 10W-40 4 L", "Castrol Magnatec 5W-40 4 L"),
    ("Liqui Moly Top Tec 4200 5W-30 5 l", "Liqui Moly Top Tec 4200 0W-30 5 l"),
    ("Castrol Syntrans Transmission 75W-90 1 L", "Castrol Syntrans Transmission 75W-80 1 L"),
]
test_viscosity_same, test_viscosity_different = pair_tests(same=VISCOSITY_SAME, different=VISCOSITY_DIFFERENT)


# a power tool alone or with its batteries, worded by two shops: a battery or charger named after "without"
# and the words joining what it comes without ("sans batterie *ni* chargeur", "ohne Akku *und* Ladegerät"),
# the batteries and charger a kit lists after its capacity ("2 x 2.0Ah batteries + charger") and a cordless
# tool's kind ("Akku-Handkreissäge") name no accessory the offer is (``accessory.heads``, session 34)
TOOL_SAME = [
    ("Bosch Professional GSR 12V-15 Akku-Bohrschrauber Solo",
     "Bosch GSR 12V-15 Professional perceuse-visseuse sans batterie ni chargeur"),
    ("Makita DTD153Z Akku-Schlagschrauber 18 V ohne Akku und Ladegerät",
     "Makita DTD153Z atornillador de impacto 18V sin batería ni cargador"),
    ("DEWALT DCS391N-XJ scie circulaire 18V 165mm machine nue",
     "DeWalt DCS391N Akku-Handkreissäge 18 V 165 mm ohne Akku"),
    ("Ryobi RCD18-220S 18V ONE+ drill driver kit 2 x 2.0Ah batteries + charger",
     "Ryobi RCD18-220S ONE+ Akku-Bohrschrauber 18 V 2x 2,0 Ah"),
    ("Makita DHP482RFJ Akku-Schlagbohrschrauber 18 V 2x 3,0 Ah Akkus + Ladegerät im Makpac",
     "Makita DHP482RFJ taladro percutor 18V 2 x 3.0Ah Makpac"),
]
TOOL_DIFFERENT = [
    ("Bosch GSR 12V-15 Professional perceuse-visseuse sans batterie ni chargeur",
     "Bosch GSR 12V-15 Professional perceuse-visseuse avec 2 batteries 2,0 Ah et chargeur"),
    ("DeWalt DCS391N Akku-Handkreissäge 18 V 165 mm ohne Akku",
     "DeWalt DCS391P2 Akku-Handkreissäge 18 V 165 mm 2x 5,0 Ah"),
    ("Ryobi RCD18-220S 18V ONE+ drill driver kit 2 x 2.0Ah batteries + charger",
     "Ryobi RCD18-0 18V ONE+ drill driver body only"),
    ("Makita DC18RC Schnellladegerät 14,4-18 V für DHP482", "Makita DHP482Z Akku-Schlagbohrschrauber 18 V"),
    ("Makita BL1830B Akku 18 V 3,0 Ah für DHP482", "Makita DHP482RFJ Akku-Schlagbohrschrauber 18 V 2x 3,0 Ah"),
    ("Ryobi RC18120 ONE+ Ladegerät 18 V", "Ryobi R18PD3-0 ONE+ Akku-Schlagbohrschrauber 18 V"),
]
test_tool_same, test_tool_different = pair_tests(same=TOOL_SAME, different=TOOL_DIFFERENT)


# kinds and values of cookware and hand tools named in the shops' languages (``kitchen34``), and a pan's
# diameter sign glued to its number ("Ø20cm" = "20 cm", ``titles``)
WORDING_SAME = [
    ("Knipex 70 06 160 diagonal cutter 160 mm", "Knipex Seitenschneider 70 06 160"),
    ("KNIPEX 70 01 180 pince coupante diagonale 180 mm", "Knipex Seitenschneider 70 01 180"),
    ("Hazet 950/22 Steckschlüsselsatz 1/2\" 22-teilig", "HAZET 950/22 socket set 1/2 inch 22 pieces"),
    ("Wiha SoftFinish screwdriver set 6 pcs slotted / Phillips 00834",
     "Wiha Schraubendreher-Set SoftFinish 6-tlg. Schlitz/Phillips 00834"),
    ("WMF Devil Pfanne Ø20cm beschichtet", "WMF Devil Bratpfanne 20 cm beschichtet"),
    ("WMF Devil Pfanne Ø 24 cm", "WMF Devil Bratpfanne 24cm"),
    ("Ballarini Parma Bratpfanne 28 cm beschichtet", "Ballarini Parma padella antiaderente 28 cm"),
    ("WMF Gourmet Plus batteria di pentole 5 pezzi 0730056040", "WMF Gourmet Plus Kochtopf-Set 5-teilig 0730056040"),
    ("Emile Henry Pizzastein 36 cm 7577", "Emile Henry pizza stone 36cm 7577"),
    ("Pyrex Essentials Auflaufform Glas 35 x 23 cm 3,7 l", "Pyrex Essentials plat à four en verre 35x23 cm 3,7 L"),
]
WORDING_DIFFERENT = [
    ("Knipex Seitenschneider 70 06 160", "Knipex Seitenschneider 70 06 180"),
    ("Knipex 70 06 160 diagonal cutter 160 mm", "Knipex 70 06 160 Kombizange 160 mm"),
    ("WMF Devil Pfanne Ø20cm", "WMF Devil Pfanne Ø 24 cm"),
    ("WMF Devil Pfanne Ø 20 cm", "WMF Devil Pfanne 28 cm"),
    ("Ballarini Parma Bratpfanne 28 cm beschichtet", "Ballarini Parma Bratpfanne 24 cm beschichtet"),
    ("WMF Gourmet Plus batteria di pentole 5 pezzi", "WMF Gourmet Plus Kochtopf-Set 7-teilig"),
    ("Pyrex Essentials plat à four en verre 35x23 cm", "Pyrex Essentials moule à cake en verre 35x23 cm"),
    ("Knipex Seitenschneider 70 06 160", "Knipex Schraubendreher-Set 70 06 160"),
    ("Emile Henry Pizzastein 36 cm", "Emile Henry Auflaufform 36 cm"),
    ("Pyrex Essentials Auflaufform 35 x 23 cm", "Pyrex Essentials Auflaufform 40 x 27 cm"),
    ("Hazet 950/22 Steckschlüsselsatz 1/2\" 22-teilig", "Hazet 950/22 Steckschlüsselsatz 1/4\" 22-teilig"),
]
test_wording_same, test_wording_different = pair_tests(same=WORDING_SAME, different=WORDING_DIFFERENT)


# a set of pans or pots by its sizes joined ("24 + 28 cm", "24cm & 28cm", "24 e 28 cm") is no one of them
# alone: the set against its piece (``raw_facets``, kind "pack")
SIZE_SET_SAME = [
    ("Ballarini Cortina Granitium Pfannenset 2-teilig 24 + 28 cm", "Ballarini Cortina Granitium set 2 padelle 24 e 28 cm"),
    ("BK Easy Induction koekenpan set 24 + 28 cm", "BK Easy Induction frying pan set 24cm & 28cm"),
    ("Tefal Ingenio Easy On Pfannen-Set 22 + 26 cm", "Tefal Ingenio Easy On set de poêles 22 cm et 26 cm"),
    # a wiper set's two lengths with a slash in one shop, joined in another
    ("Bosch Aerotwin A 863 S wiper blades 600mm + 450mm", "Bosch Aerotwin A863S Scheibenwischer 600/450 mm"),
    ("VALEO SILENCIO XTRM VM350 - KIT SPAZZOLE 600+400 MM", "Valeo Silencio X.TRM VM350 600 / 400mm"),
]
SIZE_SET_DIFFERENT = [
    ("BK Easy Induction koekenpan 28 cm", "BK Easy Induction koekenpan set 24 + 28 cm"),
    ("Tefal Ingenio Easy On Pfanne 22 cm", "Tefal Ingenio Easy On Pfannen-Set 22 + 26 cm"),
    ("Ballarini Cortina Granitium padella 24 cm", "Ballarini Cortina Granitium set 2 padelle 24 e 28 cm"),
    ("Tefal Ingenio Easy On Pfannen-Set 20 + 24 + 28 cm", "Tefal Ingenio Easy On Pfanne 20 cm"),
    ("Valeo Silencio X.TRM Scheibenwischer Set 600 mm + 450 mm", "Valeo Silencio X.TRM Scheibenwischer 600 mm"),
]
test_size_set_same, test_size_set_different = pair_tests(same=SIZE_SET_SAME, different=SIZE_SET_DIFFERENT)


# a maker's name of its stainless steel is that finish ("Cromargan": WMF's 18/10 steel = "Edelstahl" / "rvs")
FINISH_SAME = [
    ("WMF Lono Wasserkocher 1,7 l 2400 W Cromargan", "WMF LONO waterkoker 1.7 liter 2400 watt rvs"),
    ("WMF Lono Wasserkocher 1,7 l 2400 W Cromargan", "WMF Lono bollitore 1,7 litri 2400 W acciaio inox"),
]
FINISH_DIFFERENT = [
    ("WMF Lono Wasserkocher 1,7 l 2400 W Cromargan", "WMF Lono Wasserkocher 1,7 l 2400 W weiß"),
    ("WMF Lono Wasserkocher 1,7 l 2400 W Cromargan", "WMF Lono Wasserkocher 1,7 l 2400 W schwarz"),
]
test_finish_same, test_finish_different = pair_tests(same=FINISH_SAME, different=FINISH_DIFFERENT)


# how many batteries a tool's kit comes with, however a shop counts them ("2x 2,0 Ah", "2 Akkus", "mit 2,0 Ah
# Akku" - one): two counts are two kits (``raw_facets``, kind "pack")
BATTERY_COUNT_SAME = [
    ("Bosch PSB 18 LI-2 Akku-Schlagbohrschrauber 18 V mit 2 Akkus 2,0 Ah",
     "Bosch PSB 18 LI-2 perceuse-visseuse 18V 2x 2,0 Ah"),
    ("Bosch PSB 18 LI-2 Akku-Schlagbohrschrauber 18 V mit 2,0 Ah Akku",
     "Bosch PSB 18 LI-2 trapano avvitatore 18V con batteria 2,0 Ah"),
]
BATTERY_COUNT_DIFFERENT = [
    ("Bosch PSB 18 LI-2 Akku-Schlagbohrschrauber 18 V mit 2,0 Ah Akku",
     "Bosch PSB 18 LI-2 Akku-Schlagbohrschrauber 18 V mit 2 Akkus 2,0 Ah"),
    ("Bosch PSB 18 LI-2 trapano avvitatore 18V con batteria 2,0 Ah", "Bosch PSB 18 LI-2 trapano avvitatore 18V 2x 2,0 Ah"),
    ("Makita DHP482 Akku-Schlagbohrschrauber 18 V 1x 3,0 Ah", "Makita DHP482 Akku-Schlagbohrschrauber 18 V 2x 3,0 Ah"),
    ("Einhell TE-CD 18/40 Li-i with one 2.0Ah battery", "Einhell TE-CD 18/40 Li-i with two 2.0Ah batteries"),
]
test_battery_count_same, test_battery_count_different = pair_tests(
    same=BATTERY_COUNT_SAME, different=BATTERY_COUNT_DIFFERENT)
