"""Every spider module follows the naming rule; `scrapy list` shows them; the genspider templates
produce spiders that follow it too."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import string
import subprocess
import sys

import pytest
import scrapy

import spiders
from demo.server import RETAILERS
from crawler.platforms.base import RetailerSpider
from tests.conftest import ROOT

MODULES = sorted(info.name for info in pkgutil.iter_modules(spiders.__path__))
TEMPLATES = ROOT / "crawler" / "templates" / "spiders"
PLATFORMS = {"structured", "shopify", "woocommerce", "listing", "rendered"}


def class_name(name: str) -> str:
    """The class a spider named ``name`` must have (Scrapy genspider's rule): beirutbytes -> BeirutbytesSpider."""
    return "".join(part.capitalize() for part in name.split("_")) + "Spider"


def spider_classes(module) -> list[type]:
    return [obj for _, obj in inspect.getmembers(module, inspect.isclass)
            if issubclass(obj, scrapy.Spider) and obj.__module__ == module.__name__ and getattr(obj, "name", None)]


@pytest.mark.parametrize("module_name", MODULES)
def test_file_name_is_the_spider_name_and_the_class_follows(module_name):
    module = importlib.import_module(f"spiders.{module_name}")
    (spider_cls,) = spider_classes(module)
    assert spider_cls.name == module_name
    assert spider_cls.__name__ == class_name(module_name)
    assert module.__doc__, "a spider module starts with a docstring saying what the shop is"


@pytest.mark.parametrize("retailer", sorted(RETAILERS))
def test_every_demo_retailer_has_a_spider_declaring_its_facts(retailer):
    module = importlib.import_module(f"spiders.{retailer}")
    (spider_cls,) = spider_classes(module)
    assert issubclass(spider_cls, RetailerSpider) and spider_cls.platform in PLATFORMS
    assert spider_cls.retailer_name and spider_cls.default_currency in ("USD", "LBP", "EUR", "GBP")
    assert spider_cls.decimal_separator in (".", ",")
    assert spider_cls.base_url == f"http://127.0.0.1:{RETAILERS[retailer]}"
    assert spider_cls.store_locator_path


def test_scrapy_list_shows_every_retailer_and_shop():
    process = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True, text=True,
                             timeout=60)
    assert process.returncode == 0, process.stderr
    listed = process.stdout.split()
    assert listed == MODULES
    assert set(RETAILERS) | {"shop"} <= set(listed)


def render(template: str, name: str, url: str) -> str:
    """A template rendered with the variables ``scrapy genspider`` gives it."""
    return string.Template((TEMPLATES / f"{template}.tmpl").read_text()).substitute(
        project_name="pricelens", ProjectName="Pricelens", module=name, name=name, url=url,
        domain=url.split("//", 1)[-1].split("/", 1)[0], classname=class_name(name))


def load(path, module_name):
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("template, platform", [
    ("basic", "structured"), ("structured", "structured"), ("shopify", "shopify"),
    ("woocommerce", "woocommerce"), ("listing", "listing"), ("rendered", "rendered"),
])
def test_each_template_makes_a_spider_that_follows_the_rules(tmp_path, template, platform):
    path = tmp_path / "newshop.py"
    path.write_text(render(template, "newshop", "https://newshop.example"))
    (spider_cls,) = spider_classes(load(path, f"generated_{template}"))
    assert (spider_cls.name, spider_cls.__name__, spider_cls.platform) == ("newshop", "NewshopSpider", platform)
    spider = spider_cls()
    assert spider.base_url == "https://newshop.example" and spider.allowed_domains == ["newshop.example"]


def test_genspider_uses_a_template(tmp_path):
    process = subprocess.run(
        [sys.executable, "-m", "scrapy", "genspider", "-t", str(TEMPLATES / "shopify.tmpl"), "acme", "acme.example"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, env={"PATH": "", "PYTHONPATH": str(ROOT)})
    assert process.returncode == 0, process.stderr
    (spider_cls,) = spider_classes(load(tmp_path / "acme.py", "generated_acme"))
    assert (spider_cls.name, spider_cls.__name__, spider_cls.platform) == ("acme", "AcmeSpider", "shopify")
    assert spider_cls.base_url == "https://acme.example"
