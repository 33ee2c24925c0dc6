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

