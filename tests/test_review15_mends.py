"""Session 15, the review of the merge: secrets in a shown URL, ISBN-10 read only as written."""
from crawler.gtin import isbn10_as_gtin
from crawler.platforms.base import base_url_problem
from crawler.urlmask import mask_url


def test_a_base_url_with_a_password_is_refused_without_it():
    line = base_url_problem("ftp://admin:s3cret@shop.example")
    assert "s3cret" not in line and "admin:***@shop.example" in line


def test_a_user_without_a_password_and_a_query_are_hidden_whole():
    assert mask_url("https://ghp_SECRETTOKEN@scrapyd.example:6800") == "https://***@scrapyd.example:6800"
    assert "S3" not in mask_url("http://admin:pw@h:1/x?token=S3")
    assert mask_url("http://127.0.0.1:6800") == "http://127.0.0.1:6800"


def test_ten_bare_digits_are_no_isbn_but_an_isbn_written_as_one_is():
    assert isbn10_as_gtin("1000001806") is None  # (a UPC, 001000001806, that lost its zeros)
    assert isbn10_as_gtin("0-306-40615-2") == "9780306406157"
    assert isbn10_as_gtin("080442957X") == "9780804429573"
