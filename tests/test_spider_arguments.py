"""`-a NAME=VALUE` on a spider (session 17 attack): Scrapy makes every spider argument an attribute,
so `-a name=evil` stored a shop's offers under a retailer "evil", `-a max_pages=5` compared a text
with a page number (a TypeError mid-crawl), `-a parse=1` replaced a callback. The spider's own
settings and methods are refused in one line (exit 2, before the crawl opens); a number or flag
is read as one."""

from __future__ import annotations

import pytest

from spiders.cedarshop import CedarshopSpider
from spiders.techzone import TechzoneSpider


@pytest.mark.parametrize("spider_cls, key, value, problem", [
    (CedarshopSpider, "name", "evil", "the spider's own setting, not an argument"),
    (CedarshopSpider, "retailer_id", "evil", "the spider's own setting, not an argument"),
    (CedarshopSpider, "allowed_domains", "evil.example", "the spider's own setting, not an argument"),
    (CedarshopSpider, "parse_products_page", "1", "names a method of the spider, not an argument"),
    (CedarshopSpider, "max_pages", "abc", "expected a whole number from 1 to 1000000000"),
    (CedarshopSpider, "max_pages", "0", "expected a whole number from 1 to 1000000000"),
    (CedarshopSpider, "max_pages", "٥", "expected a whole number from 1 to 1000000000"),
    (TechzoneSpider, "sitemap_rules", "x", "the spider's own setting, not an argument"),
    (TechzoneSpider, "_parse_sitemap", "x", "a private name of the spider, not an argument (only Scrapyd's _job and "
                                            "_version start with _)"),
    (TechzoneSpider, "parse_product", "x", "names a method of the spider, not an argument"),
])
def test_a_spider_argument_that_would_change_the_spider_is_one_line_and_exit_2(spider_cls, key, value, problem,
                                                                               capsys):
    with pytest.raises(SystemExit) as caught:
        spider_cls(**{key: value})
    assert caught.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err == f"scrapy crawl {spider_cls.name}: -a {key}: {problem}"  # the value is not shown


def test_numbers_and_flags_given_as_text_are_read_as_what_the_spider_takes():
    spider = CedarshopSpider(max_pages="5", max_bad_pages="3")
    assert (spider.max_pages, spider.max_bad_pages) == (5, 3)
    from spiders.semillaverde import SemillaverdeSpider

    assert SemillaverdeSpider(crawl_variations="false").crawl_variations is False
    assert SemillaverdeSpider(crawl_variations="1").crawl_variations is True


def test_a_count_of_retries_may_be_0():
    # (review17: "-a probe_retries=0", no retry of the home-page probe, was refused as below 1)
    from spiders.shop import ShopSpider

    assert ShopSpider.argument_problem("probe_retries", "0") == (None, 0)
    # (bounds per argument since harden23)
    assert ShopSpider.argument_problem("probe_retries", "-1")[0] == "expected a whole number from 0 to 10"
    assert CedarshopSpider.argument_problem("max_pages", "0")[0] == "expected a whole number from 1 to 1000000000"


def test_other_arguments_are_kept_as_before():
    # (_job: the id Scrapyd gives every crawl it runs, as -a _job=<id>; _version: the project version asked
    # for; another name the spider does not take is refused since session 22: tests/test_hostile22.py)
    spider = CedarshopSpider(retailer_name="Cedar", base_url="http://127.0.0.1:8302", _job="5ee9ab40", _version="r3")
    assert (spider.retailer_name, spider.base_url, spider.name, spider._job, spider._version) == (
        "Cedar", "http://127.0.0.1:8302", "cedarshop", "5ee9ab40", "r3")


@pytest.mark.parametrize("spider, arguments, line", [
    ("cedarshop", {"max_pages": "token-Zq81xK-secret"}, "scrapy crawl cedarshop: -a max_pages: expected a whole number "
                                                        "from 1 to 1000000000"),
    ("cedarshop", {"name": "token-Zq81xK-secret"}, "scrapy crawl cedarshop: -a name: the spider's own setting, "
                                                   "not an argument"),
    ("shop", {"url": "http://127.0.0.1:1", "retailer": "Token Zq81xK-secret"},
     "scrapy crawl shop: -a retailer: must be a lower-case id (letters, digits, - and _)"),
    ("shop", {"url": "http://127.0.0.1:1", "currency": "token-Zq81xK-secret"},
     "scrapy crawl shop: -a currency: must be an ISO 4217 currency code (USD, EUR, LBP ...)"),
])
def test_a_refused_argument_names_the_argument_and_what_it_takes_without_its_value(spider, arguments, line, capsys):
    # (session 18: the value was echoed, up to 120 characters - a token given to the wrong argument showed in logs)
    from scrapy.utils.misc import load_object

    spider_cls = load_object(f"spiders.{spider}.{spider.capitalize()}Spider")
    with pytest.raises(SystemExit) as caught:
        spider_cls(**arguments)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.strip() == line
    assert "Zq81xK" not in err
