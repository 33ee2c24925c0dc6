"""Crawling politely and surviving bad pages.

* robots.txt: Scrapy's Protego parser, with our User-Agent, on 43 real retailers' files
  (``shared/datasets/robots``) agrees with an independent reading of their ``User-agent: *``
  groups (RFC 9309: longest match wins, Allow wins a tie, ``*`` and ``$`` wildcards); a real
  crawl never asks for a path the shop's robots.txt disallows.
* The User-Agent names the bot and a contact URL, and is what the shop sees.
* 429 is backed off and retried (``pricelens/backoff/429``) and the page is then stored.
* Truncated HTML, a page in the wrong charset, a page above DOWNLOAD_WARNSIZE and invalid JSON
  are served by local servers: the crawl goes on, and each is counted in the run's stats
  (``pricelens/page/<problem>``) and, where no item could be made, recorded in ``rejections``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Callable

import pytest
from scrapy.robotstxt import ProtegoRobotParser

from crawler import settings
from tests.conftest import DATASETS, ROOT
from tests.local_server import LocalServer

ROBOTS = sorted((DATASETS / "robots").glob("*.robots.txt"))
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO",
        "-s", "RETRY_BACKOFF_BASE=0.1"]


# -- robots.txt, read independently --------------------------------------------------------------

def star_group_rules(text: str) -> list[tuple[str, str]]:
    """(allow|disallow, pattern) of every group that names ``User-agent: *`` (groups merged)."""
    groups, current = [], None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        key = key.lower()
        if key in ("user-agent", "useragent"):
            if current is None or current["closed"]:
                current = {"agents": [], "rules": [], "closed": False}
                groups.append(current)
            current["agents"].append(value.lower())
        elif current is not None:
            current["closed"] = True
            if key in ("allow", "disallow"):
                current["rules"].append((key, value))
    return [rule for group in groups if "*" in group["agents"] for rule in group["rules"]]


def rule_regex(pattern: str) -> re.Pattern:
    anchored = pattern.endswith("$")
    body = pattern[:-1] if anchored else pattern
    return re.compile("".join(".*" if ch == "*" else re.escape(ch) for ch in body) + ("$" if anchored else ""))


def everyone_decides(rules: list[tuple[str, str]]) -> Callable[[str], bool]:
    """RFC 9309 for ``rules``: the longest matching pattern decides, Allow wins a tie, no match allows."""
    compiled = [(rule_regex(pattern), len(pattern), field == "allow") for field, pattern in rules if pattern]

    def allowed(path: str) -> bool:
        best = None
        for regex, length, allow in compiled:
            if regex.match(path) and (best is None or (length, allow) > best):
                best = (length, allow)
        return best is None or best[1]

    return allowed


def paths_to_check(rules) -> list[str]:
    """Everyday paths plus one concrete path per plain-ASCII rule (``*`` -> ``x``)."""
    paths = {"/", "/products/123", "/p/some-product.html", "/search?q=ssd", "/cart", "/robots.txt"}
    for _, pattern in rules:
        concrete = pattern.replace("*", "x").rstrip("$")
        if concrete and re.fullmatch(r"/[A-Za-z0-9/_.\-?=&]*", concrete):
            paths.add(concrete)
    return sorted(paths)


@pytest.mark.parametrize("robots", ROBOTS, ids=lambda path: path.name.removesuffix(".robots.txt"))
def test_our_user_agent_obeys_the_rules_for_everyone(robots: Path):
    body = robots.read_bytes()
    rules = star_group_rules(body.decode("utf-8", "replace"))
    parser = ProtegoRobotParser(body, None)
    host = robots.name.removesuffix(".robots.txt")
    decisions = {path: parser.allowed(f"https://{host}{path}", settings.USER_AGENT) for path in paths_to_check(rules)}
    allowed = everyone_decides(rules)
    expected = {path: path == "/robots.txt" or allowed(path) for path in decisions}
    assert decisions == expected


def test_the_files_do_disallow_things_for_everyone():
    disallowed = 0
    for robots in ROBOTS:
        body = robots.read_bytes()
        parser = ProtegoRobotParser(body, None)
        host = robots.name.removesuffix(".robots.txt")
        rules = star_group_rules(body.decode("utf-8", "replace"))
        disallowed += sum(not parser.allowed(f"https://{host}{p}", settings.USER_AGENT) for p in paths_to_check(rules))
    assert len(ROBOTS) == 43 and disallowed > 1000


@pytest.mark.parametrize("host, path, allowed", [
    ("www.bestbuy.com", "/cart", False),
    ("www.bestbuy.com", "/site/samsung-990-pro-2tb/6520491.p", True),
    ("www.amazon.com", "/gp/cart/view.html", False),
    ("www.amazon.com", "/dp/B0BHJJ9Y77", True),
    ("ao.com", "/c/laptops", False),
    ("www.newegg.com", "/Shopping/AddtoCart.aspx", False),
    ("www.newegg.com", "/info/newsroomdetail.aspx", True),  # an Allow inside the disallowed tree
    ("www.microcenter.com", "/product/123/ssd", True),       # "Disallow:" (empty) allows all
])
def test_known_decisions(host, path, allowed):
    body = (DATASETS / "robots" / f"{host}.robots.txt").read_bytes()
    assert ProtegoRobotParser(body, None).allowed(f"https://{host}{path}", settings.USER_AGENT) is allowed


def test_named_groups_are_not_ours():
    body = (DATASETS / "robots" / "www.microcenter.com.robots.txt").read_bytes()
    parser = ProtegoRobotParser(body, None)
    assert not parser.allowed("https://www.microcenter.com/product/1", "discobot")
    assert parser.allowed("https://www.microcenter.com/product/1", settings.USER_AGENT)


def test_crawl_delay_is_read():
    from protego import Protego

    robots = Protego.parse((DATASETS / "robots" / "www.staples.ca.robots.txt").read_text())
    assert robots.crawl_delay("AhrefsBot") == 10.0
    assert robots.crawl_delay(settings.USER_AGENT) is None  # none for everyone


def test_sitemaps_are_read():
    from protego import Protego

    robots = Protego.parse((DATASETS / "robots" / "ao.com.robots.txt").read_text())
    assert list(robots.sitemaps) == ["https://ao.com/sitemaps/CategorySitemap.xml",
                                     "https://ao.com/sitemaps/product/toc.xml",
                                     "https://ao.com/sitemaps/lister/toc.xml"]


def test_robots_txt_is_obeyed_by_default():
    assert settings.ROBOTSTXT_OBEY is True and settings.ROBOTSTXT_PARSER == "scrapy.robotstxt.ProtegoRobotParser"


# -- User-Agent ----------------------------------------------------------------------------------

def test_user_agent_names_the_bot_and_a_contact_url():
    assert re.fullmatch(r"pricelens/\S+ \(\+https?://\S+\)", settings.USER_AGENT)
    assert settings.CONTACT_URL in settings.USER_AGENT


def test_contact_url_can_be_configured():
    code = "from crawler.settings import USER_AGENT; print(USER_AGENT)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "PRICELENS_CONTACT_URL": "https://prices.example/bot"}).stdout
    assert out.strip() == "pricelens/0.1 (+https://prices.example/bot)"


@pytest.mark.parametrize("value", ["https://prices.example/bot\r\nX-Evil: 1", "https://prices.example/\n",
                                   "https://prices.example/\x7f", "https://prices .example", "https://é.example",
                                   "https://prices.example/" + "a" * 500])
def test_a_contact_url_that_is_no_header_value_is_refused(value, monkeypatch):
    # (session 18 attack: it went into the User-Agent header as it was - a CR/LF ended the header)
    from crawler import env

    monkeypatch.setenv("PRICELENS_CONTACT_URL", value)
    with pytest.raises(env.BadSetting, match=r"^PRICELENS_CONTACT_URL=.* is not a contact URL: expected printable "):
        env.contact_url()
    assert env.contact_url(default_on_bad=True) == env.CONTACT_URL_DEFAULT  # (what `scrapy list` reads)
    assert "\n" not in str(env.problems())
    monkeypatch.setenv("PRICELENS_CONTACT_URL", " https://prices.example/bot ")
    assert env.contact_url() == "https://prices.example/bot"


# -- a local shop that misbehaves ----------------------------------------------------------------

Route = Callable[[int], tuple[int, dict, bytes]]  # hit number -> status, headers, body


class LocalShop(LocalServer):
    """A ThreadingHTTPServer on 127.0.0.1 answering from ``routes`` (path with query -> Route);
    every request's path and User-Agent is kept in ``hits``."""

    def __init__(self, routes: dict[str, Route]):
        self.routes = routes
        self.hits: list[tuple[str, str]] = []
        self.times: list[float] = []  # time.monotonic() of each hit
        shop = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                shop.times.append(time.monotonic())
                shop.hits.append((self.path, self.headers.get("User-Agent", "")))
                count = sum(path == self.path for path, _ in shop.hits)
                route = shop.routes.get(self.path)
                status, headers, body = route(count) if route else (404, {"Content-Type": "text/plain"}, b"no")
                self.send_response(status)
                for name, value in {"Content-Length": str(len(body)), **headers}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        super().__init__(Handler)

    def paths(self) -> list[str]:
        return [path for path, _ in self.hits]


def html(body: bytes, charset: str = "utf-8") -> Route:
    return lambda hit: (200, {"Content-Type": f"text/html; charset={charset}"}, body)


def product_page(sku: str, title: str, price: str, *, filler: str = "") -> str:
    data = {"@context": "https://schema.org", "@type": "Product", "name": title, "sku": sku,
            "offers": {"@type": "Offer", "price": price, "priceCurrency": "USD",
                       "availability": "https://schema.org/InStock"}}
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>\n'
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n</head>\n'
            f'<body><h1>{title}</h1><p class="price">${price}</p>{filler}</body></html>\n')


def structured_shop(base: str) -> dict[str, Route]:
    products = ["good", "busy", "truncated", "mislabelled", "huge", "private/secret"]
    sitemap = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               + "".join(f"<url><loc>{base}/p/{p}.html</loc></url>" for p in products) + "</urlset>\n")
    truncated = product_page("T-3", "Truncated Router", "49.00").encode()
    huge_filler = "<!-- " + "padding " * (settings.DOWNLOAD_WARNSIZE // 8 + 1000) + "-->"

    def busy(hit):
        if hit == 1:
            return 429, {"Content-Type": "text/plain", "Retry-After": "0"}, b"slow down"
        return html(product_page("B-2", "Busy Keyboard", "79.00").encode())(hit)

    return {
        "/robots.txt": lambda hit: (200, {"Content-Type": "text/plain"},
                                    f"User-agent: *\nDisallow: /p/private/\n\nSitemap: {base}/sitemap.xml\n".encode()),
        "/sitemap.xml": lambda hit: (200, {"Content-Type": "application/xml"}, sitemap.encode()),
        "/p/good.html": html(product_page("G-1", "Good Mouse", "19.99").encode()),
        "/p/busy.html": busy,
        "/p/truncated.html": html(truncated[:truncated.index(b'"price"') + 5]),  # cut inside the JSON-LD
        "/p/mislabelled.html": html(product_page("M-4", "Écran Café 27” – Noir", "189.00").encode("cp1252")),
        "/p/huge.html": html(product_page("H-5", "Huge Monitor", "299.00", filler=huge_filler).encode()),
        "/p/private/secret.html": html(product_page("S-6", "Secret", "1.00").encode()),
    }


def crawl(spider: str, base_url: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"base_url={base_url}",
                           "-a", "store_locator_path=", *FAST, *extra],
                          cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, timeout=180)


def run_results(database_url: str) -> dict:
    from crawler.store import connect

    with connect(database_url) as conn:
        run = conn.execute("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
        return {
            "run": run,
            "stats": run["stats"] if isinstance(run["stats"], dict) else json.loads(run["stats"]),
            "offers": {r["retailer_sku"]: r for r in conn.execute("SELECT * FROM offers")},
            "rejections": conn.execute("SELECT * FROM rejections ORDER BY id").fetchall(),
        }


@pytest.fixture(scope="module")
def structured_crawl(database_url):
    from tests.conftest import empty_tables

    with empty_tables(database_url):
        pass
    shop = LocalShop({})
    shop.routes.update(structured_shop(shop.url))
    with shop:
        process = crawl("techzone", shop.url)
    return process, shop, run_results(database_url)


def test_the_crawl_finishes_with_the_good_pages_stored(structured_crawl):
    process, _, results = structured_crawl
    assert process.returncode == 0, process.stderr[-3000:]
    assert (results["run"]["status"], results["run"]["finish_reason"]) == ("finished", "finished")
    assert set(results["offers"]) == {"G-1", "B-2", "M-4", "H-5"}


def test_disallowed_paths_are_never_requested(structured_crawl):
    _, shop, results = structured_crawl
    assert "/p/private/secret.html" not in shop.paths()
    assert shop.paths()[0] == "/robots.txt"
    assert results["stats"]["robotstxt/forbidden"] == 1


def test_the_shop_sees_our_user_agent(structured_crawl):
    _, shop, _ = structured_crawl
    assert {agent for _, agent in shop.hits} == {settings.USER_AGENT}


def test_429_is_backed_off_then_retried_successfully(structured_crawl):
    _, shop, results = structured_crawl
    assert shop.paths().count("/p/busy.html") == 2
    assert results["stats"]["pricelens/backoff/429"] == 1
    assert results["offers"]["B-2"]["price"] == 79


def test_truncated_html_is_counted_and_its_item_refused_with_a_reason(structured_crawl):
    _, _, results = structured_crawl
    assert results["stats"]["pricelens/page/truncated_html"] == 1
    (refused,) = [r for r in results["rejections"] if r["url"].endswith("/p/truncated.html")]
    assert refused["action"] == "dropped" and refused["field"] and refused["reason"]


def test_a_page_in_the_wrong_charset_is_counted_and_kept(structured_crawl):
    _, _, results = structured_crawl
    assert results["stats"]["pricelens/page/charset_mismatch"] == 1
    mislabelled = results["offers"]["M-4"]
    assert mislabelled["price"] == 189 and mislabelled["title"].endswith("Noir")


def test_a_page_above_the_warning_size_is_counted_and_kept(structured_crawl):
    _, _, results = structured_crawl
    assert results["stats"]["pricelens/page/oversize"] == 1
    assert results["offers"]["H-5"]["price"] == 299


def shopify_shop() -> dict[str, Route]:
    def page(products):
        return lambda hit: (200, {"Content-Type": "application/json"}, json.dumps({"products": products}).encode())

    def product(number):
        return {"id": number, "title": f"Cable {number}", "handle": f"cable-{number}", "vendor": "Acme",
                "product_type": "Cable", "tags": [], "images": [],
                "variants": [{"id": 100 + number, "title": "Default Title", "sku": f"C-{number}", "price": "9.50",
                              "compare_at_price": None, "available": True, "barcode": None}]}

    return {
        "/robots.txt": lambda hit: (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /cart\n"),
        "/products.json?limit=250&page=1": page([product(1), product(2)]),
        "/products.json?limit=250&page=2": lambda hit: (200, {"Content-Type": "application/json"},
                                                        b'{"products": [{"id": 3, "title": "Cab'),
        "/products.json?limit=250&page=3": page([product(4)]),
        "/products.json?limit=250&page=4": page([]),
    }


def test_invalid_json_is_recorded_and_the_crawl_goes_on(database_url):
    from tests.conftest import empty_tables

    with empty_tables(database_url):
        pass
    with LocalShop(shopify_shop()) as shop:
        process = crawl("cedarshop", shop.url)
    assert process.returncode == 0, process.stderr[-3000:]
    results = run_results(database_url)
    assert (results["run"]["status"], results["run"]["finish_reason"]) == ("finished", "finished")
    assert set(results["offers"]) == {"C-1", "C-2", "C-4"}  # the pages after the broken one were read
    assert results["stats"]["pricelens/page/invalid_json"] == 1
    (failed,) = [r for r in results["rejections"] if r["action"] == "page_failed"]
    assert failed["url"] == f"{shop.url}/products.json?limit=250&page=2"
    assert "products.json page 2: not JSON" in failed["reason"]
    assert shop.paths().count("/products.json?limit=250&page=4") == 1


def test_crawl_delay_of_robots_txt_spaces_the_requests(database_url):
    """Crawl-delay: 1 in robots.txt: one page a second, even with DOWNLOAD_DELAY=0 and 16 at a time."""
    from tests.conftest import empty_tables

    with empty_tables(database_url):
        pass
    shop = LocalShop({})
    keys = ["a", "b", "c", "d"]
    sitemap = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               + "".join(f"<url><loc>{shop.url}/p/{k}.html</loc></url>" for k in keys) + "</urlset>\n")
    shop.routes.update({
        "/robots.txt": lambda hit: (200, {"Content-Type": "text/plain"},
                                    f"User-agent: *\nCrawl-delay: 1\n\nSitemap: {shop.url}/sitemap.xml\n".encode()),
        "/sitemap.xml": lambda hit: (200, {"Content-Type": "application/xml"}, sitemap.encode()),
        **{f"/p/{k}.html": html(product_page(k.upper(), f"Mouse {k}", "10.00").encode()) for k in keys},
    })
    with shop:
        process = crawl("techzone", shop.url)
    assert process.returncode == 0, process.stderr[-3000:]
    results = run_results(database_url)
    assert set(results["offers"]) == {"A", "B", "C", "D"}
    assert results["stats"]["pricelens/robotstxt/crawl_delay"] == 1.0
    # after robots.txt, every request waited for the one before it by the crawl delay (without
    # it they come ~10 ms apart; the margin is for a loaded machine delaying one arrival)
    gaps = [later - earlier for earlier, later in zip(shop.times[1:], shop.times[2:])]
    assert len(gaps) >= 4 and min(gaps) >= 0.75, (shop.paths(), gaps)
    assert sum(gaps) >= 0.95 * len(gaps), (shop.paths(), gaps)


def test_a_huge_crawl_delay_is_capped(database_url):
    from tests.conftest import empty_tables

    with empty_tables(database_url):
        pass
    shop = LocalShop({})
    shop.routes.update({
        "/robots.txt": lambda hit: (200, {"Content-Type": "text/plain"},
                                    f"User-agent: *\nCrawl-delay: 86400\n\nSitemap: {shop.url}/sitemap.xml\n".encode()),
        "/sitemap.xml": lambda hit: (200, {"Content-Type": "application/xml"},
                                     ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                                      f'schemas/sitemap/0.9"><url><loc>{shop.url}/p/a.html</loc></url></urlset>\n').encode()),
        "/p/a.html": html(product_page("A", "Mouse a", "10.00").encode()),
    })
    with shop:
        process = crawl("techzone", shop.url, "-s", "ROBOTSTXT_MAX_CRAWL_DELAY=0.5")
    assert process.returncode == 0, process.stderr[-3000:]
    results = run_results(database_url)
    assert set(results["offers"]) == {"A"}
    assert results["stats"]["pricelens/robotstxt/crawl_delay"] == 0.5
    assert "asks for 86400 s between requests; waiting 0.5 s" in process.stderr


def test_crawl_delay_is_kept_while_429s_are_retried(database_url, data_dir):
    """Review 14: every page 429 under Crawl-delay; robots.txt fetched again (the shop spider's
    probe) is a quick 200 on which AutoThrottle lowered the slot's delay, and the queued retries
    then left at half the Crawl-delay. They keep it now."""

    class Everything429(dict):
        def get(self, path, default=None):
            return super().get(path) or (lambda hit: (429, {"Content-Type": "text/plain", "Retry-After": "0"}, b"slow"))

    shop = LocalShop(Everything429({"/robots.txt": lambda hit: (200, {"Content-Type": "text/plain"},
                                                                b"User-agent: *\nCrawl-delay: 1\n")}))
    with shop:
        process = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "shop", "-a", f"url={shop.url}", "-a", "currency=USD",
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=True", "-s", "AUTOTHROTTLE_START_DELAY=0",
             "-s", "RETRY_BACKOFF_BASE=0.1", "-s", "LOG_LEVEL=INFO"],
            cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, timeout=180)
    assert "Traceback" not in process.stderr, process.stderr[-3000:]
    assert shop.paths().count("/robots.txt") == 2 and len(shop.times) >= 8, shop.paths()
    gaps = [later - earlier for earlier, later in zip(shop.times[1:], shop.times[2:])]
    assert min(gaps) >= 0.75, (shop.paths(), gaps)  # without the fix: ~0.5 s after the second robots.txt
