"""Session 24 (lead): a shared part number of six or seven digits does not outweigh two brands.

Makers number their catalogues with plain digits, so "105007" is Hammermill's Copy Plus carton
and a Draper screen's item number; an alphanumeric part number ("EH-NA0J", "WD40EZRZ") or one of
eight digits and more still names one product whatever the brand field says."""
from crawler.matching import match_method, same_product


def _offer(title, brand, mpn):
    return {"title": title, "brand": brand, "mpn": mpn}


def test_two_brands_one_six_digit_part_number_are_two_products():
    a = _offer("Draper M1300 Projection Screen, Matte White", "Draper", "105007")
    b = _offer("Hammermill Copy Plus Paper 8.5 x 11, 10 Reams", "Hammermill", "105007")
    assert not same_product(a, b)
    assert match_method(a, b)[0] == "conflict:brand"


def test_two_brands_one_seven_digit_part_number_in_german_are_two_products():
    a = _offer("Leitz Qualitäts-Ordner Plastik, blau", "Leitz", "1010500")
    b = _offer("Herlitz Ordner maX.file Plastik, blau", "Herlitz", "1010500")
    assert not same_product(a, b)


def test_one_brand_one_six_digit_part_number_still_the_same():
    a = _offer("Hammermill Copy Plus Copy Paper, Letter, 10 Reams (105007)", "Hammermill", "105007")
    b = _offer("Hammermill Copy Plus Multipurpose Paper, Letter, 10 Reams", "Hammermill", "105007")
    assert same_product(a, b)
