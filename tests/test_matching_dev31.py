"""Session 31 (dev31): held-out-30's misses and wrong calls read as principles - a weight in pounds and
ounces, a colour's shade in the shop's language, a licence's retail box ("FPP"), a line's name with
its number glued on ("Slim3"), a name's initials glued to its number ("FF16"), a game's publisher,
"Joy-Con" (no Spanish "con"), a line name the brand list holds as another maker's brand.  Every pair
is asked both ways round, through the pair path and the batch path, which must agree."""

from crawler.matching import titles as T
from tests.pair_checks import decide_both_ways, pair_tests

SAME = [
    # pounds and ounces: one weight
    ("Quaker Old Fashioned Oats 42 oz", "Quaker Oats Old Fashioned Rolled Oats, 2 lb 10 oz canister"),
    ("Heinz Tomato Ketchup 2 lb 6 oz", "Heinz Tomato Ketchup 38 oz"),
    # a colour's shade in two languages
    ("Samsung Galaxy A15 5G 128GB Azul Escuro", "Samsung Galaxy A15 5G 128 GB dark blue"),
    ("Samsung Galaxy A15 128GB Bleu Foncé", "Samsung Galaxy A15 128 GB Dark Blue"),
    ("Samsung Galaxy A15 128GB Azul Claro", "Samsung Galaxy A15 128 GB Light Blue"),
    # the retail box of a licence, written three ways
    ("Windows 11 Home Retail USB", "Microsoft Windows 11 Home - Full Packaged Product (USB flash drive)"),
    ("Windows 11 Home Retail", "Microsoft Windows 11 Home FPP"),
    # a line's number glued to its name
    ("Lenovo IdeaPad Slim 3 15IRU8 i5-1335U 8GB 512GB", "Lenovo Ideapad Slim3 15IRU8 i5-1335U 8GB 512GB"),
    # a brand-list word after the shared first word opening a run of three words is no line name
    # (the session's second attacker, attack31b)
    ("Milka Alpine Milk chocolate 100g", "Czekolada Milka mleczna 100 g"),
    # a battery count times its voltage is the system
    ("Makita 18V X2 LXT Lawn Mower XML03", "Makita 36V Lawn Mower XML03"),
    ("Worx WG779 40V Power Share Lawn Mower", "Worx WG779 2x20V Power Share Lawn Mower"),
    ("Worx WG779 40V Power Share Lawn Mower", "Worx WG779 20V x 2 Lawn Mower"),
    # an M.2 size one shop lists
    ("WD_BLACK SN850X 1TB NVMe M.2 2280 PCIe Gen4", "WD_BLACK SN850X 1TB NVMe SSD"),
    # a name's initials glued to its number
    ("Final Fantasy XVI PS5", "FF16 PS5"),
    ("Red Dead Redemption 2 PS4", "RDR2 PS4"),
    # a game's publisher named by one shop
    ("Street Fighter VI PS5 (Capcom)", "Street Fighter 6 PS5"),
]

DIFFERENT = [
    ("Heinz Tomato Ketchup 2 lb 6 oz", "Heinz Tomato Ketchup 32 oz"),
    ("Heinz Tomato Ketchup 2 lb 6 oz", "Heinz Tomato Ketchup 6 oz"),
    ("Samsung Galaxy A15 128GB Azul Claro", "Samsung Galaxy A15 128 GB Dark Blue"),
    ("Samsung Galaxy A15 128GB Dunkelblau", "Samsung Galaxy A15 128 GB Hellblau"),
    ("Windows 11 Home OEM", "Microsoft Windows 11 Home Full Packaged Product"),
    # the retail box against a download (the session's attacker, attack31a)
    ("Windows 11 Home FPP", "Windows 11 Home ESD Download"),
    ("Windows 11 Home Full Packaged Product", "Windows 11 Home ESD Download"),
    ("Windows 11 Pro FPP", "Windows 11 Pro Digital License Key"),
    ("Microsoft Office 2021 Professional Plus FPP", "Microsoft Office 2021 Professional Plus Digital Key"),
    # a shade against the plain colour: a phone sold in both
    ("Samsung Galaxy A15 128GB Azul Claro", "Samsung Galaxy A15 128GB Azul"),
    ("Samsung Galaxy A15 128GB Hellblau", "Samsung Galaxy A15 128GB Blau"),
    ("Xiaomi Redmi 13C 128GB Verde Claro", "Xiaomi Redmi 13C 128GB Verde"),
    # two M.2 sizes, two voltages, a fridge and a freezer
    ("WD SN740 512GB M.2 2230", "WD SN740 512GB M.2 2242"),
    ("Samsung PM9B1 512GB M.2 2230", "Samsung PM9B1 512GB M.2 2280"),
    ("Felicity Lithium Battery 48V 100Ah", "Felicity Lithium Battery 24V 100Ah"),
    ("LG No Frost Refrigerator 420L", "LG No Frost Freezer 420L"),
    # "Wifi 80 l": a water heater's Wi-Fi model and its 80 litres, no "Wi-Fi 80" interface version
    ("Ariston Velis Evo Wifi 80 l electric water heater", "Ariston Velis Evo 80 l electric water heater"),
    ("Ariston Velis Evo Wifi 80 l electric water heater", "Bojler Ariston Velis Evo 80 litrů"),
    ("Windows 11 Pro FPP", "Microsoft Windows 11 Home FPP"),
    ("Lenovo IdeaPad Slim 5 15IRU8 i5-1335U 8GB 512GB", "Lenovo Ideapad Slim3 15IRU8 i5-1335U 8GB 512GB"),
    ("Final Fantasy XV PS5", "FF16 PS5"),
    ("Red Dead Redemption PS4", "RDR2 PS4"),
    # a case maker's two lines for one phone ("Defender" is another maker's brand too)
    ("OtterBox Defender Galaxy S24 Ultra", "OtterBox Commuter Galaxy S24 Ultra"),
    ("OtterBox Defender Series Case for Galaxy S24 Ultra", "OtterBox Commuter Series Case for Galaxy S24 Ultra"),
    ("OtterBox Defender iPhone 15 rugged case, Black", "OtterBox Symmetry Series Case for iPhone 15 - Black"),
    # one title denies the claim the other makes
    ("Johnny's Genovese Basil (conventional, not organic) 1 g", "Johnny's Organic Genovese Basil 1 g"),
    ("Genovese Basil Seeds non-organic 1 g", "Organic Genovese Basil Seeds 1 g"),
]


test_one_product_written_two_ways_stays_one, test_near_misses_are_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_pounds_and_ounces_are_one_weight():
    for text, grams in [("oats 2 lb 10 oz canister", 1190.7), ("1 lb 8 oz", 680.4), ("0 lb 5 oz", 141.8)]:
        cleaned, units = T.clean_with_units(text)
        assert units == {"wt": frozenset({grams})}, (text, units)
        assert T.units_of(cleaned) == units, text
    # apart, they stay two weights
    for text in ("2 lb, 10 oz", "2 lb x 3 oz"):
        assert len(T.clean_with_units(text)[1]["wt"]) == 2, text


def test_joy_con_is_no_added_product():
    # "Joy-Con": the controllers' name, no Spanish "con" adding a product (the pair stays "weak":
    # the console's name words differ, but no accessory conflict parts them)
    for b in ("Nintendo Switch OLED White Joy-Con Console", "Switch OLED White Joy\u2011Con Console"):
        tier, _ = decide_both_ways("Nintendo Switch OLED Model White", b)
        assert tier != "conflict:accessory", (b, tier)
    tier, same = decide_both_ways("Nintendo Switch OLED Console con Pro Controller", "Nintendo Switch OLED Console")
    assert not same, tier


def test_train_stage_only_without_a_model_file_says_so(tmp_path, capsys):
    from crawler.matching import train

    missing = tmp_path / "nothing.json"
    assert train.main(["--stage-only", "--dry-run", "--out", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(missing) in err and "Traceback" not in err
