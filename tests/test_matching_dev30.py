"""Session 30 (dev30): near misses from held-out-29 and from the Walmart-Amazon catalogue's links
read as principles - two kinds of devices named by two titles' heads (a line's keyboard and its
mouse), a connector's pins, a soap's or a snack's bars as a count, a game's disc against its
digital code.  Every pair is asked both ways round, through the pair path (``match_method``) and
the batch path (``match_many``), which must agree; each pair is a test of its own."""

from tests.pair_checks import decide_both_ways, pair_tests


DIFFERENT = [
    # two kinds of devices, each title's head naming its own
    ("Microsoft Sidewinder X6 Keyboard", "Microsoft SideWinder Gaming Mouse"),
    ("Logitech G502 HERO Gaming Mouse", "Logitech G502 Gaming Keyboard"),
    ("Bose SoundLink Flex Bluetooth Speaker Black", "Bose SoundLink Flex Headphones Black"),
    ("Razer BlackShark V2 X Gaming Headset", "Razer BlackShark V2 X Gaming Keyboard"),
    ("Samsung 32\" Odyssey G5 Monitor", "Samsung 32\" Odyssey G5 TV"),
    # a connector's pins
    ("Comprehensive 25-Pin Male Connector with Hood Set of 25", "9-Pin Male Connector with Hood Set of 25"),
    ("StarTech 20-Pin ATX Extension Cable", "StarTech 24-Pin ATX Extension Cable"),
    # a soap's bars counted against "ct"
    ("Dove Beauty Bar Original, 8 ct", "Dove Beauty Bar Original 14 Bars x 3.75 oz"),
    ("Nature Valley Crunchy Granola Bars Oats 'n Honey 12 ct", "Nature Valley Crunchy Granola Bars Oats 'n Honey 24 Bars"),
    # a game's disc against its digital code
    ("Hogwarts Legacy PS5 (Disc)", "Hogwarts Legacy - PS5 Digital Code (Email Delivery)"),
    ("EA SPORTS FC 25 PS5 Disc", "EA SPORTS FC 25 PS5 Download Code"),
]

SAME = [
    # a combo names two kinds: no kind of its own against either... but the same combo stays one
    ("Logitech MK270 Wireless Keyboard and Mouse Combo", "Logitech MK270 Wireless Keyboard and Mouse Combo - Black"),
    # kinds a translated title reads are not compared (Arabic "سماعة" is a speaker or a headset)
    ("JBL Flip 6 Portable Bluetooth Speaker Blue", "سماعة جي بي ال فليب 6 بلوتوث محمولة لون أزرق"),
    # specs a laptop's or a processor's title prints are no kinds ("SSD", "Desktop")
    ("Apple MacBook Air 13\" M2 chip 8GB 256GB SSD Midnight",
     "MacBook Air M2 13.6-inch (8-core CPU, 8-core GPU, 8GB, 256GB) - Midnight"),
    ("AMD Ryzen 7 7800X3D 8-Core Desktop Processor", "AMD Ryzen 7 7800X3D, 8C/16T, 4.2-5.0GHz, Box without cooler"),
    # one kind written two ways ("Headset" / "Headphones")
    ("HyperX Cloud Alpha Wireless Gaming Headset", "HyperX Cloud Alpha Wireless Gaming Headphones"),
    # pins written two ways
    ("Noctua NF-A12x25 PWM 4-Pin Fan", "Noctua NF-A12x25 PWM Fan 4 pin"),
    # bars as the same count
    ("Dove Beauty Bar Original, 8 ct", "Dove Beauty Bar Original, 8 Bars"),
    # an espresso machine's pressure is no count
    ("De'Longhi Dedica EC685 Espresso Machine 15 Bar", "De'Longhi Dedica EC685.M Espresso Machine 15 Bars"),
    # both copies on a disc
    ("Hogwarts Legacy PS5 (Disc)", "Hogwarts Legacy PlayStation 5 Physical Edition"),
    # "Ltd Edition" is the "Limited Edition"
    ("Call of Duty Black Ops 6 Ltd Edition PS5", "Call of Duty Black Ops 6 Limited Edition PS5"),
    ("Call of Duty Black Ops 6 Ltd. Edition PS5", "Call of Duty Black Ops 6 Limited Edition PS5"),
]


test_one_product_written_two_ways_stays_one, test_near_misses_are_two_products = pair_tests(
    same=SAME, different=DIFFERENT)


def test_a_kind_is_read_from_the_head_only():
    # "Mouse Pad" after "for": the pad's title names a mouse it is for, no kind of its own
    from crawler.matching.features import prepare
    from crawler.matching.variants import _device_kind

    assert _device_kind(prepare({"title": "SteelSeries QcK Pad for Gaming Mouse"})) is None
    assert _device_kind(prepare({"title": "Logitech MX Keys Keyboard"})) == "keyboard"
    assert _device_kind(prepare({"title": "Logitech Keyboard Mouse Combo MK270"})) is None
    assert _device_kind(prepare({"title": "لوحة مفاتيح لوجيتك Keyboard"})) is None


def test_ultra_before_a_quality_the_other_prints_names_no_ultra_model():
    tier, _ = decide_both_ways("JBL Clip 5 Ultra-Portable Waterproof Speaker Black",
                               "JBL Clip 5 Portable Bluetooth Speaker - Black")
    assert not tier.startswith("conflict"), tier
    # the Ultra model stays one: no quality after it, or the other title never prints the quality
    for a, b in [("Samsung Galaxy S24 Ultra 256GB Black", "Samsung Galaxy S24 256GB Black"),
                 ("Samsung Galaxy S24 Ultra Thin Case Black", "Samsung Galaxy S24 Case Black")]:
        tier, same = decide_both_ways(a, b)
        assert not same, (a, b, tier)


def test_a_limited_edition_is_still_no_plain_one():
    for b in ["Call of Duty Black Ops 6 PS5", "Call of Duty Black Ops 6 Standard Edition PS5"]:
        tier, same = decide_both_ways("Call of Duty Black Ops 6 Ltd Edition PS5", b)
        assert not same, (b, tier)


# second round (the attacker's pairs, attack30): a third party's copy under the maker's name, the
# condition an item is sold in, the mains an appliance is made for, a women's shoe
THIRD_ROUND_DIFFERENT = [
    ("Epson 603XL Ink Multipack", "Epson 603XL Compatible Ink Multipack"),
    ("Brother TN-247 Toner", "Brother TN-247 Toner Compatible"),
    ("Canon PG-540 Black Ink", "Canon PG-540 Compatible Black Ink"),
    ("HP 953XL Schwarz Tintenpatrone", "HP 953XL Schwarz kompatibel Tintenpatrone"),
    ("Samsung EB-BG991 Battery Original", "Replacement Battery for Samsung Galaxy S21 EB-BG991"),
    ("HP CE250A Black Toner Cartridge", "HP CE250A Black Toner Cartridge - Remanufactured"),
    ("Sony WH-1000XM4", "Sony WH-1000XM4 (Generalüberholt)"),
    ("Sony WH-1000XM5 Black", "Sony WH-1000XM5 Black (Reacondicionado)"),
    ("Sony WH-1000XM4 Black", "Sony WH-1000XM4 Black B-Ware"),
    ("Apple iPhone 13 128GB Blue", "Apple iPhone 13 128GB Blue - Renewed"),
    ("Apple iPhone 13 128GB Blue", "Apple iPhone 13 128GB Blue (Used - Like New)"),
    ("Nintendo Switch OLED White", "Nintendo Switch OLED White Open Box"),
    ("Philips Airfryer XXL HD9650 EU Plug 220V", "Philips Airfryer XXL HD9650 US 120V"),
    ("Cafeteira Nespresso Essenza Mini Preta 220V", "Nespresso Essenza Mini Black 110V"),
    ("Nike Pegasus 41 Women's Road Running Shoes", "Nike Pegasus 41 Road Running Shoes"),
    ("Nivea Men Creme 150ml", "Nivea Creme 150ml"),
    ("Garnier Men Micellar Water 400ml", "Garnier Micellar Water 400ml"),
    ("Lenovo ThinkPad 65W USB-C Charger", "65W USB-C Laptop Charger for Lenovo ThinkPad"),
]

THIRD_ROUND_SAME = [
    # "compatible" with what a maker's own goods fit or work with
    ("Canon PG-245XL High Yield Black Ink Cartridge",
     "Canon PG-245 XL Black Ink Cartridge, Compatible to MX492, MG2420 and MG2920"),
    ("Dell S2721DGF 27 Inch QHD Gaming Monitor, 165Hz, NVIDIA G-SYNC Compatible", "Dell 27 Gaming Monitor - S2721DGF"),
    ("CORSAIR VENGEANCE LPX DDR4 16GB (2x8GB) 3200MHz CL16 Intel AMD Compatible", "Corsair Vengeance LPX 16GB (2 x 8GB) DDR4 3200"),
    ("Tide Original HE Compatible Liquid Laundry Detergent 64 oz", "Tide Original Liquid Laundry Detergent 64 oz"),
    # "used" in a sentence is no condition; two words for one condition
    ("Bosch GSR 18V-55 Drill, can be used with all bits", "Bosch GSR 18V-55 Drill"),
    # one mains class written two ways; a battery's volts are no mains
    ("De'Longhi Dedica EC685 230V", "De'Longhi Dedica EC685 220-240V"),
    # (session 37, pr37: both with Makita's bare mark "Z" - "DHP482" / "DHP482Z" are the line or a kit against the
    # bare tool, ``relations._glued_mark``; the pair's point, a battery's volts, stays)
    ("Makita DHP482Z 18V LXT Combi Drill", "Makita DHP482Z 18V Combi Drill"),
    # a title naming both, or the men's against no audience
    ("Crocs Unisex-Adult Classic Clogs, Black, 10 Men/12 Women", "Crocs Classic Clog Black M10 W12"),
    ("Nike Pegasus 41 Men's Road Running Shoes", "Nike Pegasus 41 Road Running Shoes"),
    ("Gillette Venus Smooth Sensitive Women's Razor Blade Refills, 4 Count", "Gillette Venus Smooth Sensitive Razor Blades 4 Refills"),
    ("Old Spice Swagger Scent Men's Body Wash 18 oz", "Old Spice Body Wash Swagger, 18 fl oz"),
]


test_their_words_in_one_product_stay_one, test_third_parties_conditions_mains_are_two_products = pair_tests(
    same=THIRD_ROUND_SAME, different=THIRD_ROUND_DIFFERENT)


def test_a_condition_is_read_where_a_shop_writes_it():
    from crawler.matching.condition import condition_of
    from crawler.matching.features import prepare

    def c(t):
        return condition_of(prepare({"title": t}))
    assert c("Sony WH-1000XM4 (Generalüberholt)") == "refurbished"
    assert c("iPad Air 64GB - Used") == "used"
    assert c("iPad Air 64GB Pre-Owned") == "used"
    assert c("Nintendo Switch Open Box") == "openbox"
    assert c("Bosch drill, can be used with all bits") == ""
    assert c("Most Used Words Dictionary") == ""


# the second attacker's true pairs this session's first readings had parted (attack30b): a shop's "New"
# before a console no Nintendo "New" model, a connector's "12+4 Pin" the "16-pin", a maker's own list of
# the printers a cartridge fits, a cultivar's number before the seed word, a flower's single form
REGRESSIONS_SAME = [
    ("New PlayStation 5 Console", "PlayStation 5 Console"),
    ("New Xbox Series X Console", "Xbox Series X Console"),
    ("New Nintendo 2DS XL Black Turquoise", "Nintendo 2DS XL Black + Turquoise"),
    ("Nouvelle Nintendo 3DS XL", "New Nintendo 3DS XL"),
    ("Corsair 12VHPWR 600W PCIe 5.0 12+4 Pin Cable", "Corsair 12VHPWR 600W PCIe 5.0 Type-4 Cable 16-pin"),
    ("Cable PCIe 8 pines 60cm", "PCIe 8 Pin Cable 60 cm"),
    ("HP 305XL Original Ink - compatible printers: DeskJet 2710, 2720", "HP 305XL Black Ink Cartridge"),
    ("Brother TN-2420 Toner - Compatible Models: HL-L2350DW", "Brother TN-2420 Black Toner Cartridge"),
    ("Canon PG-545XL Black Ink - Compatible: PIXMA MG2550S", "Canon PG-545XL Black Ink Cartridge"),
    ("Carrot 'Autumn King 2' Seeds", "Carrot Autumn King 2 Seeds approx 1000"),
    ("Carrot Nantes 2 Seeds", "Carrot Nantes 2 Seeds 500"),
    ("Marigold French Single Seeds", "Marigold French Single 100 Seeds"),
    # (the final attacker: a refurbished word's plural in Italian, Spanish, French, German)
    ("Sony WF-1000XM4 Black - Refurbished", "Sony WF-1000XM4 Auricolari Nero Ricondizionati"),
    ("Sony WF-1000XM4 Black - Refurbished", "Sony WF-1000XM4 Negro Reacondicionados"),
    ("Sony WF-1000XM4 Black - Refurbished", "Sony WF-1000XM4 Schwarz Generalüberholte"),
    # one condition named by two words
    ("Apple iPhone 13 128GB Blue Refurbished", "Apple iPhone 13 128GB Blue Renewed"),
]

REGRESSIONS_DIFFERENT = [
    ("New Nintendo 3DS XL", "Nintendo 3DS XL"),
    ("Neuer Nintendo 3DS XL", "Nintendo 3DS XL"),
    ("Barney's Farm Gorilla Glue Single Seed", "Barney's Farm Gorilla Glue 3 Seeds"),
    ("HP 953XL Black Ink", "HP 953XL Black Ink Compatible"),
    ("Nike Pegasus 41 Chaussures Femme", "Nike Pegasus 41 Chaussures"),
    ("Sony WH-1000XM4 Noir", "Sony WH-1000XM4 Noir - Déballé"),
]


test_the_second_attackers_true_pairs_stay_one, test_and_their_near_misses_stay_two = pair_tests(
    same=REGRESSIONS_SAME, different=REGRESSIONS_DIFFERENT)


