"""Precision-first conflicts on near-miss pairs (real titles from the
walmart-amazon train split), both ways: the near-miss apart, the same product
written two ways still the same."""

from crawler.matching import match_method, same_product
from crawler.matching.prepared import prepare
from crawler.matching.relations import _code_shape, printed_mpn_conflict

# one offer's MPN field, the other (no MPN field) prints another part number
# of the same shape in its title: two products
NEAR_MISS_PRINTED_MPN = [
    ({"title": "hon 10700 series right pedestal credenza 72w x 24d x 29-1 2h mahogany",
      "brand": "hon", "mpn": "10707rnn", "category": "furniture", "price": "799.0"},
     {"title": "hon 10741nn - 10700 kneespace credenza full-height pedestals 72w x 24d x 29-1 2h mahogany",
      "brand": "hon"}),
    ({"title": "smead acid-free poly folder 2 fasteners 1 3 cut top tab letter manila 24 box",
      "mpn": "10545", "price": "42.94"},
     {"title": "new-smead 10565 - acid-free poly folder two fasteners 1 3 cut top tab legal manila 24 box - smd10565",
      "brand": "smead", "price": "76.0"}),
    ({"title": "quality park classic style invitation envelope contemporary white", "mpn": "36226",
      "price": "52.94"},
     {"title": "quality park 36217 - classic style invitation envelope contemporary 5 1 2 white 100 box",
      "brand": "quality park"}),
    ({"title": "wausau paper astrobrights colored paper 24lb 8-1 2 x 11 planetary purple 500 sheets ream",
      "brand": "wausau paper", "mpn": "22621", "price": "10.27"},
     {"title": "new-wausau paper 22671 - astrobrights colored paper 24lb 8-1 2 x 11 planetary purple 500 sheets ream - wau22671",
      "brand": "wausau", "price": "21.03"}),
]

# the same product: the MPN printed in the other title (also with a vendor prefix)
SAME_PRINTED_MPN = [
    ({"title": "crown super-soaker polypropylene wiper mat with gripper bottom 45 x 67 charcoal",
      "brand": "crown", "mpn": "ssr046ch", "price": "139.97"},
     {"title": "new-crown ssr046ch - super-soaker wiper mat w gripper bottm polypropylene 45 x 67 charcoal - cwnssr046ch",
      "brand": "crown", "price": "213.0"}),
    ({"title": "pendaflex two-ply dark kraft file folders top tab brown 100 box", "mpn": "rk15313",
      "price": "51.79"},
     {"title": "new-pendaflex rk15313 - two-ply dark kraft file folders 1 3 cut top tab legal brown 100 box - essrk15313",
      "brand": "pendaflex"}),
    ({"title": "uniden d2998 dect 6.0 loud and clear digital answering system with cordless handset",
      "brand": "uniden", "mpn": "d2998", "price": "79.93"},
     {"title": "new-uniden d2998 dect 6.0 loud clear big button corded cordless phone with caller id "
               "digital answering machine - unnd2998", "brand": "uniden", "price": "93.99"}),
]


def test_printed_mpn_of_another_product_is_a_conflict():
    for a, b in NEAR_MISS_PRINTED_MPN:
        for x, y in ((a, b), (b, a)):
            method, _ = match_method(x, y)
            assert method == "conflict:mpn_printed", (x["title"], y["title"], method)
            assert not same_product(x, y)


def test_printed_mpn_of_the_same_product_still_same():
    for a, b in SAME_PRINTED_MPN:
        for x, y in ((a, b), (b, a)):
            assert same_product(x, y), (x["title"], y["title"], match_method(x, y))


def test_code_shape():
    assert _code_shape("10707rnn") == (("9", 5), ("a",))
    assert _code_shape("10741nn") == _code_shape("10707rnn")
    assert _code_shape("d66174") == _code_shape("jdke66857")
    assert _code_shape("222056") != _code_shape("tf101")
    assert _code_shape("89775") != _code_shape("895")


def test_printed_mpn_kinds():
    # another code of the same shape in the other's title: two part numbers
    assert printed_mpn_conflict(prepare({"title": "balt flipper table top", "mpn": "89775"}),
                                prepare({"title": "new-balt 89863 - flipper training table top - blt89863"}))
    # a code of another kind (the device a case fits) is no part number of the case
    assert not printed_mpn_conflict(
        prepare({"title": "roocase executive portfolio leather case for asus eee pad transformer tf101",
                 "mpn": "222056"}),
        prepare({"title": "roocase multi-angle black leather folio case cover for asus eee pad transformer tf101"}))
    # the MPN printed in the other, with a vendor prefix too: no conflict
    assert not printed_mpn_conflict(
        prepare({"title": "hon 10700 series right pedestal credenza", "mpn": "10707rnn"}),
        prepare({"title": "new-hon 10707rnn - 10700 series right pedestal credenza - hon10707rnn"}))
    # both with an MPN field: the "mpn" conflict decides, not this one
    assert not printed_mpn_conflict(prepare({"title": "x 89863", "mpn": "89775"}),
                                    prepare({"title": "y 89863", "mpn": "89863"}))
    # short codes (< 4 digits) are left to the model-number rules
    assert not printed_mpn_conflict(prepare({"title": "sennheiser headset", "mpn": "sh230"}),
                                    prepare({"title": "sennheiser sh250 headset"}))


# made for different devices (real titles, walmart-amazon train): apart
NEAR_MISS_DEVICE = [
    ("san diego chargers camera case", "san diego chargers ipod touch 4g hard case"),
    ("minnesota vikings camera case", "minnesota vikings ipod touch 4g hard case"),
    ("los angeles lakers iphone 3g duo case", "los angeles lakers ipod touch 4g hard case"),
    # one device, two generations
    ("michigan wolverines iphone 4 case silicone cover", "michigan wolverines iphone 3g silicone cover"),
]

# one device written two ways ("4g" / "4", "ipod/phone" / "ipod and iphone"): still the same
SAME_DEVICE = [
    ("griffin ipod touch 4g dflex protection system front only",
     "griffin na02046 dflex protection system for ipod touch 4 front only"),
    ("sony black speaker dock and clock radio for ipod and iphone icfc1ipmk2blk",
     "sony ipod/phone dock clock radio black nic icfc1ipmk2blk"),
]


def test_device_conflict_real_titles():
    for a, b in NEAR_MISS_DEVICE:
        for x, y in ((a, b), (b, a)):
            method, _ = match_method({"title": x}, {"title": y})
            assert method == "conflict:device", (x, y, method)
    for a, b in SAME_DEVICE:
        for x, y in ((a, b), (b, a)):
            assert same_product({"title": x}, {"title": y}), (x, y, match_method({"title": x}, {"title": y}))


def test_device_words_in_other_languages():
    # (titles written for the test) the word for a camera in Czech and German
    from crawler.matching.relations import devices_of

    assert devices_of("pouzdro na fotoaparat canon eos 2000d cerne")[0] == {"camera"}
    assert devices_of("tasche fur kamera canon eos 2000d schwarz")[0] == {"camera"}
    assert devices_of("screen protector for ipad 9.7 screen") == ({"ipad"}, frozenset())
    assert devices_of("iphone 4s case")[1] == {"iphone4s"}
    assert devices_of("ipod touch 4g")[1] == devices_of("ipod touch 4")[1] == {"ipod4"}
    apart = [("Pouzdro na fotoaparát Canon EOS 2000D černé", "Pouzdro na iPad Canon EOS 2000D černé"),
             ("Tasche für Kamera Canon EOS 2000D schwarz", "Tasche für iPhone 12 Canon EOS 2000D schwarz")]
    for a, b in apart:
        assert match_method({"title": a}, {"title": b})[0] == "conflict:device"
    same = [("Pouzdro na fotoaparát Canon EOS 2000D černé", "Canon pouzdro na fotoaparát EOS 2000D, černá"),
            ("Canon EOS 2000D Kamera Tasche schwarz", "Canon Kameratasche EOS 2000D schwarz")]
    for a, b in same:
        assert same_product({"title": a}, {"title": b}), (a, b)
