"""Title evidence once the words that name no product are set aside
(``facets.ids_agree_excused``): the pieces of a model number printed with
hyphens on one side only, the words of a web page after a title's first
literal ("..."@en Prices - CNET), page words in several languages, "M.2" /
"M2".  Real titles of wdc-computers (English, Spanish, Dutch, German, French
pages) and Czech shop wording; each rule both ways: the same product now found,
a near miss (another capacity, size, edition, line or part) still apart."""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching.facets import _code_parts, ids_agree_excused
from crawler.matching.prepared import complete, prepare
from crawler.matching.titles import literal_tail_words, page_words
from tests.pair_checks import pair_tests


def _o(title: str) -> dict:
    return {"title": title}


SAME = [
    # a hyphenated model number on one side only: "mz" is a piece of it, no product word
    ("Buy Online | SAMSUNG 850 EVO M.2 250GB SSD MZ-N5E250BW Price in India",
     "Samsung SSD 850 EVO 250GB, M.2"),
    ('"Samsung - 840 EVO 250GB 2.5" Solid State Drive" Drive (MZ-7TE250BW) PCPartPicker"',
     '"Samsung 840 Evo (250GB)"@en Prices - CNET"@en'),
    ('"PNY Elite Performance 64 GB SDXC"@en SDXC | ibSupply.com"@en',
     '"PNY Elite Performance - flash memory card 64 GB SDXC UHS-I" " PNY UHS-I P-SDX64U395-GE Flash Memory Cards CDW.com'),
    # the page after the product's literal: Dutch and Spanish shops of one monitor
    ('"HP Pavilion 32 Monitor "@nl - HP Store Netherlands"@nl',
     '"Monitor HP Pavilion 32 "@es "HP Monitores -HP Store España"@es'),
    ('"HDD Black 2TB 3.5 SATA 6Gbs 64MB"@es Tu tienda online líder con precios más baratos! "@es "Impresoras y Fax',
     '"HDD Black 2TB 3.5 SATA 6Gbs 64MB"@es "Cables Tu tienda online líder con precios más baratos! "@es'),
    # German page of a Swiss shop
    ('"HP Signature Slim Topload-Tasche 14\'\'"@de 14\'\' - HP Store Schweiz"@de',
     '"HP Signature Slim Topload-Tasche 14\'\'"@de Zubehör - HP Store Schweiz"@de'),
    # French
    ('"Housse noire HP Ultrabook 14,1" "@fr 1" 14',
     '"Housse noire HP Ultrabook 14,1" "@fr 14 1" - Store France"@fr'),
    # page words in Dutch: prices vs specifications of one drive
    ('"Kingston HyperX Predator SSD M.2 480GB - Prijzen "@NL Tweakers"@NL',
     '"Kingston HyperX Predator SSD M.2 480GB - Specificaties "@NL Tweakers"@NL'),
    # "M.2" is "M2"
    ('"Samsung SSD 850 EVO 250GB, M.2" 250GB', '"Samsung 850 EVO M2 250GB MZ-N5E250BW"@es'),
]

APART = [
    # another capacity, though the model number is on one side only
    ("Buy Online | SAMSUNG 850 EVO M.2 250GB SSD MZ-N5E250BW Price in India",
     "Samsung SSD 850 EVO 500GB, M.2"),
    # another line: EVO vs PRO
    ("Buy Online | SAMSUNG 850 EVO M.2 250GB SSD MZ-N5E250BW Price in India",
     "Samsung SSD 850 PRO 250GB, M.2"),
    # a part number on one side and a title that names no module (one shared word)
    ("kingston kth-mlg4 2g 2gb ddr2 240-pin sdram server memory module",
     "kingston 2gb ddr2 667mhz 240-pin ram memory kit for dell server"),
    # another size of the monitor, the same shops' pages
    ('"HP Pavilion 27 Monitor "@nl - HP Store Netherlands"@nl',
     '"Monitor HP Pavilion 32 "@es "HP Monitores -HP Store España"@es'),
    # the product's own literal differs (Pro edition): the page words excuse nothing there
    ('"Seagate IronWolf Pro 10TB"@en Prices - CNET"@en', '"Seagate IronWolf 10TB"@en Specs - CNET"@en'),
    # another capacity on Dutch pages
    ('"Kingston HyperX Predator SSD M.2 480GB - Prijzen "@NL Tweakers"@NL',
     '"Kingston HyperX Predator SSD M.2 240GB - Specificaties "@NL Tweakers"@NL'),
    # another bag size on German pages
    ('"HP Signature Slim Topload-Tasche 14\'\'"@de 14\'\' - HP Store Schweiz"@de',
     '"HP Signature Slim Topload-Tasche 15,6\'\'"@de Zubehör - HP Store Schweiz"@de'),
    # Czech: another capacity; a page word ("recenze") is no evidence
    ("Samsung Galaxy S21 5G 256GB šedá - recenze", "Samsung Galaxy S21 5G 128GB šedá"),
    # another colour, "M.2" / "M2" aside
    ('"Corsair Flash Voyager Slider X2 256GB Blauw - Prijzen "@NL Tweakers"@NL',
     '"Corsair Flash Voyager Slider X2 256GB Zwart - Specificaties "@NL Tweakers"@NL'),
]


@pytest.mark.parametrize("a,b", SAME)
def test_same_product_found(a, b):
    tier, score = match_method(_o(a), _o(b))
    assert same_product(_o(a), _o(b)), (tier, score)
    assert tier in ("title", "model", "mpn"), tier
    # symmetric
    assert same_product(_o(b), _o(a))


test_near_miss_stays_apart = pair_tests(different=APART).different


def test_code_parts_are_the_pieces_of_one_hyphenated_number():
    p = complete(prepare(_o("Gigabyte AMD Radeon RX 580 4GB GAMING Graphics Card GV-RX580GAMING-4GD")))
    assert {"gv", "rx580gaming", "4gd"} <= _code_parts(p)
    assert "gaming" not in _code_parts(p) and "radeon" not in _code_parts(p)
    # an MPN field is no hyphenated number of the title: "Voyager 510" stays two words
    p = complete(prepare({"title": "Plantronics Voyager 510 headset", "mpn": "voyager510"}))
    assert not _code_parts(p)
    # a word of the catalogues inside the number stays a word: "vengeance" names the line
    p = complete(prepare(_o("Corsair Vengeance-1600C9 8GB DDR3 kit")))
    assert "vengeance" not in _code_parts(p)
    # letters only ("SLP-MRL") is no model number
    assert not _code_parts(complete(prepare(_o("Seiko SLP-MRL multipurpose label"))))


def test_literal_tail_words():
    assert literal_tail_words('"Samsung 840 Evo (250GB)"@en Prices - CNET"@en') == {"prices", "cnet"}
    tail = literal_tail_words('"Apple iPad mini 4 Wi-Fi - tablet 128 GB 7.9"" " Apple 7.9" MK9N2LL/A Tablets CDW.com')
    assert "tablets" in tail and "ipad" not in tail
    # plain titles, inch marks, a one-word literal: no page
    assert literal_tail_words('Samsung 24" Curved Monitor "Black"') == frozenset()
    assert literal_tail_words("Apple iPad mini 4 128GB") == frozenset()
    assert literal_tail_words('"Asus"@en ROG Strix') == frozenset()
    assert literal_tail_words(None) == frozenset()


def test_page_words_in_several_languages():
    for w in ("specificaties", "spezifikationen", "especificaciones", "specifikace", "recenze"):
        assert w in page_words(["samsung", "galaxy", w])


def test_excused_words_never_make_a_conflict_pair_same():
    # the words set aside are only spared as missing words: the conflicts still decide
    a = complete(prepare(_o("Buy Online | SAMSUNG 850 EVO M.2 250GB SSD MZ-N5E250BW Price in India")))
    b = complete(prepare(_o("Samsung SSD 850 EVO 250GB, M.2")))
    assert ids_agree_excused(a, b) == 1.0 == ids_agree_excused(b, a)
    tier, _ = match_method(_o("Samsung SSD 850 EVO 1TB, M.2"),
                           _o("Buy Online | SAMSUNG 850 EVO M.2 250GB SSD MZ-N5E250BW Price in India"))
    assert tier.startswith("conflict:"), tier


def test_a_name_with_a_number_is_no_part_number():
    # "Point-3" names a model line: "point" stays an identifying word
    p = complete(prepare({"title": "bushnell backtrack point-3 personal gps locator gray", "mpn": "360100"}))
    assert "point" not in _code_parts(p)
    assert not same_product({"title": "bushnell backtrack personal locator tech gray", "brand": "bushnell"},
                            {"title": "bushnell backtrack point-3 personal gps locator gray",
                             "brand": "bushnell", "mpn": "360100"})



def test_a_shop_name_and_a_catalogue_number_are_no_evidence():
    # promap-cz: the seller's name leads one title, the shop's item number
    # closes the other - and shops sell variants under one title whose item
    # numbers differ (close non-matches): left apart
    a = "shumee 10dílná zahradní souprava s poduškami impregnovaná borovice"
    b = "10dílná zahradní souprava s poduškami impregnovaná borovice 3065254"
    assert not same_product(_o(a), _o(b)) and not same_product(_o(b), _o(a))


def test_a_form_factor_on_one_side_is_no_spec_to_overlook():
    # "M.2" names the form factor: the 2.5" drive MZ-75E1T0BW is another product
    assert not same_product(_o('"Buy Online | Samsung 850 EVO 1TB SSD MZ-75E1T0BW Price in India"@en-US'),
                            _o('"Samsung 850 EVO M.2 1TB - Prijzen "@NL Tweakers"@NL'))


def test_a_processor_number_with_its_x_is_no_multiplication():
    # "1950X 4.00GHz" was read "1950 * 4.00GHz": the X of the model lost
    from crawler.matching.titles import clean, extract_codes

    assert "1950x" in extract_codes(clean("AMD Ryzen Threadripper Sixteen Core 1950X 4.00GHz (Socket TR4)"))[0]
    assert "2700x" in extract_codes(clean("AMD Ryzen 7 2700X 3.7GHz"))[0]
    # multiplications stay multiplications
    assert "*" in clean("Kingston 2x 8GB kit") and "*" in clean("Monitor 1920x1080") and "*" in clean("stůl 80 x 40 cm")
    assert same_product(_o('"AMD Ryzen Threadripper 1950X Box"@es'),
                        _o('"AMD Ryzen Threadripper Sixteen Core 1950X 4.00GHz (Socket TR4) Processor - Retail"@en'))
    # 1950X vs 1900X, 2700X vs 2700: apart
    assert not same_product(_o("AMD Ryzen Threadripper 1900X Box"),
                            _o("AMD Ryzen Threadripper Sixteen Core 1950X 4.00GHz (Socket TR4) Processor"))
    assert not same_product(_o("AMD Ryzen 7 2700X 3.7GHz Box"), _o("AMD Ryzen 7 2700 3.2GHz Box"))
