"""Session 30 (dev30): near misses from held-out-29 and from the Walmart-Amazon catalogue's links
read as principles - two kinds of devices named by two titles' heads (a line's keyboard and its
mouse), a connector's pins, a soap's or a snack's bars as a count, a game's disc against its
digital code.  Every pair is asked both ways round, through the pair path (``match_method``) and
the batch path (``match_many``), which must agree; the failures are listed together."""

from tests.pair_checks import decide_both_ways


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


def test_near_misses_are_two_products():
    wrong = [(a, b, tier) for a, b in DIFFERENT for tier, same in [decide_both_ways(a, b)] if same]
    assert not wrong, wrong


def test_one_product_written_two_ways_stays_one():
    wrong = [(a, b, tier) for a, b in SAME for tier, same in [decide_both_ways(a, b)] if not same]
    assert not wrong, wrong


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
