"""Session 41 (wr41): wrong "same" left in the development files, mended as conflicts that hold in every shop
and language (``crawler/matching/wr41.py``) - each with near misses both ways."""

from tests.pair_checks import pair_tests

SAME = [
    # a DeWalt kit code and the same kit's batteries in words, in several languages
    ("DeWalt DCD796M2 18V XR Brushless Combi Drill Kit",
     "DeWalt DCD796 18V XR Brushless Combi Drill with 2 x 4.0Ah Batteries"),
    ("DeWalt DCD796P2 18V XR Brushless Combi Drill Kit", "DeWalt DCD796 18V XR Brushless Combi Drill, 2x 5,0 Ah, TSTAK"),
    ("DEWALT DCF887D2-QW visseuse à chocs 18V", "DeWalt DCF887 Akku-Schlagschrauber 18V 2x 2,0 Ah"),
    ("DeWalt DCD777S2T 18V 2x1,5Ah", "DEWALT DCD777S2T-QW wkrętarka 18V 2 akumulatory 1.5Ah TSTAK"),
    # a garden's water timer named in two languages
    ({"title": "Gardena Comfort Bewässerungscomputer Flex", "brand": "Gardena"},
     {"title": "Gardena Comfort Flex programmateur d'arrosage", "brand": "Gardena"}),
    # a Kärcher "Home" kit against itself worded another way
    ("Kärcher K5 Power Control Home Pressure Washer",
     "Kärcher K 5 Power Control Home Hochdruckreiniger mit T 5 Flächenreiniger"),
    ("Kärcher K4 Power Control Hochdruckreiniger", "Kärcher K4 Power Control Hochdruckreiniger 1.324-030.0"),
    # a cord is a cable: the adapter with its cord against the same bundle
    ("Samsung 25W Travel Adapter EP-TA800 + Type-C Cord", "Samsung 25W Travel Adapter EP-TA800 with USB-C Cable"),
    # a care plan named on both sides
    ("Apple iPhone 15 128GB Black with AppleCare+", "iPhone 15 128GB Black + AppleCare+"),
    # attack41a (fxof41): the plan written out, "Care+" / "Care Plus"
    ("Samsung Galaxy S24 Ultra 256GB Titanium Black + Samsung Care+ 2 Years",
     "Samsung Galaxy S24 Ultra 256GB Titanium Black with Samsung Care Plus (2 Years)"),
    ("Samsung Galaxy Z Flip5 256GB Mint + Samsung Care+", "Samsung Galaxy Z Flip5 256GB Mint with Samsung Care Plus"),
    # attack41a (fxof41): a FlexVolt kit's packs stated at 54 V (T: 6.0 Ah = 2.0 Ah, X: 9.0 Ah = 3.0 Ah)
    ("DeWalt DCS575T2-GB 54V XR FlexVolt Circular Saw Kit",
     "DeWalt DCS575 54V XR FlexVolt Circular Saw with 2 x 2.0Ah Batteries"),
    ("DeWalt DCG418X2 54V XR FlexVolt Angle Grinder Kit", "DeWalt DCG418 54V FlexVolt Angle Grinder 2 x 3.0Ah Batteries"),
    ("DeWalt DCH481X2 54V XR FlexVolt SDS-Max Hammer", "DeWalt DCH481 54V SDS-Max Hammer with 2x 3.0Ah Batteries"),
    # a count of cameras opening a part, against the pack written as such
    ("Blink Mini – Compact indoor plug-in smart security camera – 2 cameras (White)",
     "Blink Mini Indoor Smart Security Camera - 2 Pack, White"),
]

DIFFERENT = [
    # attack40a: the kit letter (M: 4.0 Ah, D: 2.0 Ah, P: 5.0 Ah) against the batteries the other title states
    ("DeWalt DCD796M2 18V XR Brushless Combi Drill Kit",
     "DeWalt DCD796 18V XR Brushless Combi Drill with 2 x 2.0Ah Batteries"),
    ("DeWalt DCF887M2 18V XR Brushless Impact Driver Kit",
     "DeWalt DCF887 18V XR Brushless Impact Driver, 2 x 5.0Ah Batteries"),
    ("DEWALT DCK299M2 20V MAX XR Hammer Drill and Impact Driver Combo Kit",
     "DEWALT DCK299 20V MAX XR Hammer Drill and Impact Driver Combo Kit, 2 Batteries 5.0Ah"),
    ("DEWALT DCF887D2-QW visseuse à chocs 18V", "DeWalt DCF887 Akku-Schlagschrauber 18V 2x 5,0 Ah"),
    # attack39w: a water timer against a hose of the line
    ({"title": "Gardena Comfort Bewässerungscomputer Flex", "brand": "Gardena"},
     {"title": "Gardena Comfort Flex tuyau d'arrosage", "brand": "Gardena"}),
    # held-out-36, held-out-39, md40: Kärcher's "Home" kit against the machine alone
    ("Kärcher K4 Power Control Hochdruckreiniger", "Kärcher K4 Power Control Home Hochdruckreiniger"),
    ("Kärcher K2 Power Control Pressure Washer",
     {"title": "Kärcher K2 Power Control Home Pressure Washer with T 1 Patio Cleaner", "brand": "Kärcher"}),
    ("Kärcher K5 Power Control Pressure Washer",
     "Kärcher K5 Power Control Home Pressure Washer with T 5 Surface Cleaner"),
    # attack37: the adapter alone against the adapter bundled with its cord
    ("Samsung 25W Travel Adapter EP-TA800 (adapter only)", "Samsung 25W Travel Adapter EP-TA800 + Type-C Cord"),
    # attack37: the phone with a paid care plan against the phone
    ("Samsung Galaxy S24 Ultra 256GB - Samsung Care+ 2 Year Warranty", "Samsung Galaxy S24 Ultra 256GB"),
    ("Apple iPhone 15 128GB Black with AppleCare+", "Apple iPhone 15 128GB Black"),
    ("Samsung Galaxy Z Flip5 256GB Mint + Samsung Care+", "Samsung Galaxy Z Flip5 256GB Mint"),
    # (fxof41) a FlexVolt kit against packs of another capacity, at 18 V or at 54 V
    ("DeWalt DCS575T2-GB 54V XR FlexVolt Circular Saw Kit",
     "DeWalt DCS575 54V XR FlexVolt Circular Saw with 2 x 3.0Ah Batteries"),
    ("DeWalt DCG418X2 54V XR FlexVolt Angle Grinder Kit", "DeWalt DCG418 54V FlexVolt Angle Grinder 2 x 2.0Ah Batteries"),
    # held-out-37: two cameras against one
    ("Blink Mini – Compact indoor plug-in smart security camera – 2 cameras (White)",
     "Blink Mini Indoor Smart Security Camera - 1 Pack, White"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
