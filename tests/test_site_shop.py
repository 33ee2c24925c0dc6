"""The shopper's site on the seeded snapshot of tests/test_site.py: the front page, search
cards, category pages, readable cells, the chart's controls, the Atom feeds and the price
alerts of alerts.toml (a webhook and a Telegram Bot API, both local servers)."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from publish import alerts, humanize
from publish.chart import Change, Series, chart_widget, price_chart
from publish.export import publish
from publish.site import datasette_instance, site_database
from tests.local_server import LocalServer
from tests.test_site import P1_GTIN, get, seeded

ATOM = "{http://www.w3.org/2005/Atom}"
TOKEN = "123456:SECRET-token-never-printed"


@pytest.fixture(scope="module")
def shop_site(database_url, tmp_path_factory):
    data = tmp_path_factory.mktemp("shop") / "data"
    with seeded(database_url, data) as products:
        result = publish(quiet=True)
        yield datasette_instance(site_database(), snapshots=data / "snapshots"), products, result, data


# -- humanize ------------------------------------------------------------------------------------
def test_values_for_people():
    assert humanize.money(1234.5, "USD") == "$1,234.50"
    assert humanize.money(106.95, "USD") == "$106.95"
    assert humanize.money(96.69, "EUR") == "€96.69"
    assert humanize.money(8654000, "LBP") == "LBP\u00a08,654,000"
    assert humanize.money(174, "XYZ") == "XYZ\u00a0174.00" and humanize.money(None, "USD") == ""
    assert humanize.availability("InStock") == "In stock" and humanize.availability("OutOfStock") == "Out of stock"
    assert humanize.availability("LimitedAvailability") == "Limited stock"
    assert humanize.percent(0.9900000095367432, fraction=True) == "99 %" and humanize.percent(12.50) == "12.5 %"
    assert humanize.when_text("2026-12-02T05:10:42Z") == "2 Dec 2026, 05:10 UTC"
    assert 'title="2026-12-02T05:10:42Z"' in humanize.when("2026-12-02T05:10:42Z")


# -- pages --------------------------------------------------------------------------------------
def test_front_page_is_for_shoppers(shop_site):
    ds, products, _, _ = shop_site
    page = get(ds, "/")
    assert page.status_code == 200
    html = page.text
    assert 'action="/-/search"' in html and 'name="q"' in html
    for category in ("SSD", "Mice", "Chargers"):
        assert f'href="/-/category/{category}"' in html
    # new all-time lows: P1 at $180 (was 200), P2 at $89 (was 99), each with its badge
    lows = html[html.index("New all-time lows"):]
    assert f'href="/-/product/{products["P1"]}"' in lows and "$180.00" in lows and "lowest ever" in lows
    assert f'href="/-/product/{products["P2"]}"' in lows
    assert 'type="application/atom+xml"' in html and 'href="/-/feeds/drops.atom"' in html
    assert 'href="/-/data"' in html  # the tables, SQL and downloads: one click away


def test_search_shows_product_cards(shop_site):
    ds, products, _, _ = shop_site
    html = get(ds, "/-/search?q=samsung").text
    cards = re.findall(r'<li class="pl-card-item.*?</li>', html, re.S)
    assert len(cards) == 1
    card = cards[0]
    assert f'href="/-/product/{products["P1"]}"' in card and "Samsung 990 PRO 2TB" in card
    assert "$180.00" in card and "In stock" in card and "2 shops" in card and "lowest ever" in card
    assert "1 product for" in html
    beta = get(ds, "/-/search?q=logitech").text  # P2's best in stock is Alpha's $89 (USD)
    assert "$89.00" in beta
    assert "0 products" in get(ds, "/-/search?q=nothingmatchesthis").text
    assert get(ds, "/-/search?q=%22%28*").status_code == 200  # FTS syntax is not an error


def test_category_page_with_facets(shop_site):
    ds, products, _, _ = shop_site
    page = get(ds, "/-/category/SSD")
    assert page.status_code == 200
    html = page.text
    assert f'href="/-/product/{products["P1"]}"' in html and "Samsung" in html
    assert 'href="/-/feeds/category/SSD.atom"' in html
    assert "0 products" not in html
    assert "No category" in get(ds, "/-/category/Nothing").text
    assert get(ds, "/-/category/Nothing").status_code == 404
    only = get(ds, "/-/category/SSD?brand=Samsung&in_stock=1&sort=price").text
    assert f'href="/-/product/{products["P1"]}"' in only


def test_shop_pages_answered_past_datasettes_layers_are_the_same_pages(shop_site):
    """An anonymous GET of a shop page skips Datasette's CSRF and router layers
    (pricelens_site.shop_fast_path); a request with a cookie goes through them: same page."""
    ds, products, _, _ = shop_site
    for path in ("/", "/-/search?q=samsung", "/-/category/SSD?brand=Samsung&sort=price",
                 f"/-/product/{products['P1']}", f"/-/product/{products['P2']}"):
        fast = get(ds, path)
        full = asyncio.run(ds.client.get(path, cookies={"someone": "1"}))
        assert fast.status_code == full.status_code == 200, path
        assert fast.text == full.text, path
        assert fast.headers["content-type"] == full.headers["content-type"]
        assert fast.headers["vary"] == "Cookie, Authorization" and "set-cookie" not in fast.headers
        assert fast.headers["cache-control"] == "max-age=600"
    missing = get(ds, "/-/product/987654321")  # errors: Datasette's own error page
    assert missing.status_code == 404 and "No product 987654321" in missing.text
    assert get(ds, "/-/category/SSD?brand=" + "x" * 201).status_code == 400
    assert get(ds, "/-/category/Nothing").status_code == 404


def test_cells_are_readable_and_products_linked(shop_site):
    ds, products, _, _ = shop_site
    offers = get(ds, "/pricelens/offers").text
    assert "$180.00" in offers and "LBP\u00a017,900,000" in offers
    assert ">In stock<" in offers and ">InStock<" not in offers
    assert "97 %" in offers and "0.97" not in re.sub(r"<th.*?</th>", "", offers, flags=re.S)
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT[^"]+" title="[^"]+">\d+ \w{3} \d{4}, \d\d:\d\d UTC</time>',
                     offers)
    assert f'href="/-/product/{products["P1"]}"' in offers  # product_id and the offer's title
    assert 'href="/pricelens/products/' not in offers
    drops = get(ds, "/pricelens/price_drops?days=30").text
    assert f'href="/-/product/{products["P1"]}"' in drops
    lows = get(ds, "/pricelens/new_all_time_lows").text
    assert f'href="/-/product/{products["P1"]}"' in lows
    # the raw values stay in the JSON
    raw = get(ds, "/pricelens/offers.json?_shape=array&availability=InStock").json()
    assert raw and raw[0]["availability"] == "InStock"


def test_glossary_is_folded_and_columns_in_human_order(shop_site):
    ds, _, _, _ = shop_site
    html = get(ds, "/pricelens/products").text
    assert re.search(r'<details class="pl-glossary">\s*<summary>', html)
    headings = re.findall(r'<th [^>]*data-column="([^"]+)"', html)
    assert headings[:4] == ["id", "title", "best_in_stock_price_usd", "best_in_stock_retailer"]


# -- the chart ----------------------------------------------------------------------------------
def test_chart_cents_last_crawl_and_controls():
    end = datetime(2026, 12, 2, 3, tzinfo=timezone.utc)
    series = [Series("Alpha", [Change(end - timedelta(days=120), 110.0, True),
                               Change(end - timedelta(days=20), 106.95, True), Change(end, 99.5, True)]),
              Series("Beta", [Change(end - timedelta(days=50), 120.0, False)])]
    svg = price_chart(series, end)
    assert "$106.95" in svg  # was "$107"
    # the drop at the last crawl: a ringed dot, and the line goes on after it
    last = re.search(r'<rect class="latest" x="([\d.]+)"', svg)
    assert last
    frame = re.search(r'<rect x="(\d+)" y="\d+" width="(\d+)"', svg)
    assert float(last.group(1)) + 7 < int(frame.group(1)) + int(frame.group(2)) - 10
    widget = chart_widget(series, end, key="c1")
    assert "<script" not in widget
    for name in ("30d", "90d", "all"):
        assert f'id="c1-r-{name}"' in widget and f"pl-view-{name}" in widget
    assert 'id="c1-s-0"' in widget and 'id="c1-s-1"' in widget
    assert widget.count('class="price-chart pl-narrow"') == 3  # a drawing for phones per range
    narrow = re.search(r'<svg class="price-chart pl-narrow"[^>]*viewBox="0 0 (\d+) ', widget)
    assert int(narrow.group(1)) <= 400 and 'font-size="13"' in widget  # ~13 px text at 390 px
    # 30 days: Beta's price of 50 days ago is carried in, but not drawn as a change
    thirty = re.search(r'pl-view-30d">(<svg class="price-chart pl-wide".*?</svg>)', widget, re.S).group(1)
    assert thirty.count("<circle") == 2 and 'data-label="Beta"' in thirty
    short = chart_widget([Series("A", [Change(end - timedelta(days=3), 10.0, True)])], end, key="c2")
    assert "c2-r-30d" not in short  # no range buttons for a short history


# -- feeds --------------------------------------------------------------------------------------
def _entries(response):
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    return [(e.findtext(f"{ATOM}id"), e.findtext(f"{ATOM}title")) for e in root.findall(f"{ATOM}entry")]


def test_atom_feeds(shop_site):
    ds, products, _, _ = shop_site
    drops = _entries(get(ds, "/-/feeds/drops.atom"))
    titles = " | ".join(t for _, t in drops)
    # A1 200 -> 180 and A2 99 -> 89 are real; Beta's B1 back to 17,900,000 only undoes a rise
    assert "Samsung 990 PRO 2TB: $180.00 at Alpha Shop" in titles and "$89.00" in titles
    assert "Beta Store" not in titles
    lows = _entries(get(ds, "/-/feeds/lows.atom"))
    assert any("lowest price ever, $180.00" in t for _, t in lows)
    product = _entries(get(ds, f"/-/feeds/product/{products['P1']}.atom"))
    assert any("down to $180.00 from $200.00" in t for _, t in product)
    assert len({i for i, _ in product}) == len(product)
    category = _entries(get(ds, "/-/feeds/category/SSD.atom"))
    assert category and all("Logitech" not in t for _, t in category)
    assert get(ds, "/-/feeds/product/999999.atom").status_code == 404
    assert get(ds, "/-/feeds/category/Nothing.atom").status_code == 404
    page = get(ds, f"/-/product/{products['P1']}").text
    assert f'<link rel="alternate" type="application/atom+xml" title="Price changes of Samsung 990 PRO 2TB" ' \
           f'href="/-/feeds/product/{products["P1"]}.atom">' in page


# -- price alerts -------------------------------------------------------------------------------
class Receiver(LocalServer):
    """A webhook and a Telegram Bot API: records every POST; fails the first ``fail`` ones."""

    def __init__(self, fail: int = 0):
        received = self.received = []
        state = {"fail": fail}

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if state["fail"] > 0:
                    state["fail"] -= 1
                    self.send_response(502)
                    self.end_headers()
                    return
                received.append((self.path, body))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"ok": true}')

            def log_message(self, *args):
                pass

        super().__init__(Handler)


WATCHES = f"""
[[watch]]
product = {{P1}}
below = 190
name = "new SSD"

[[watch]]
gtin = "{P1_GTIN}"
below = 100

[[watch]]
query = "logitech mx"
below = 95

[[watch]]
mpn = "A2668"
below = 20
"""


def test_price_alerts_go_to_a_webhook_and_telegram_once(shop_site, tmp_path, monkeypatch):
    _, products, result, _ = shop_site
    watch = tmp_path / "alerts.toml"
    watch.write_text(WATCHES.replace("{P1}", str(products["P1"])))
    state = tmp_path / "sent.json"
    with Receiver() as hook, Receiver(fail=1) as telegram:
        monkeypatch.setenv("PRICELENS_PRICE_WEBHOOK", hook.url + "/hook")
        monkeypatch.setenv("PRICELENS_TELEGRAM_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("PRICELENS_TELEGRAM_CHAT_ID", "-1001")
        monkeypatch.setenv("PRICELENS_TELEGRAM_API", telegram.url)
        lines = []
        counts = alerts.check(result.path, watches_path=watch, state_path=state, site="https://pl.example",
                              log=lines.append)
        assert counts == {"matched": 2, "sent": 2, "failed": 2}  # Telegram refused the first: not tried again this run
        assert all(TOKEN not in line and "SECRET" not in line for line in lines)
        assert any("telegram: HTTP 502" in line for line in lines)
        texts = [body["text"] for _, body in hook.received]
        assert len(texts) == 2
        p1 = next(body for _, body in hook.received if body["product_id"] == products["P1"])
        assert p1["price_usd"] == 180 and p1["target_usd"] == 190 and p1["url"] == f"https://pl.example/-/product/{products['P1']}"
        assert p1["text"].startswith("new SSD: Samsung 990 PRO 2TB is $180.00 at Alpha Shop")
        assert any("Logitech MX Master 3S is $89.00" in t for t in texts)
        assert telegram.received == []
        # the next publish: only what Telegram did not take is sent, to Telegram
        again = alerts.check(result.path, watches_path=watch, state_path=state, log=lines.append)
        assert again == {"matched": 2, "sent": 2, "failed": 0}
        assert len(hook.received) == 2 and len(telegram.received) == 2
        path, body = telegram.received[0]
        assert path == f"/bot{TOKEN}/sendMessage" and body["chat_id"] == "-1001"
        assert alerts.check(result.path, watches_path=watch, state_path=state, log=lines.append)["sent"] == 0


@pytest.mark.parametrize("content, expected", [
    ("[[watch]]\nproduct = 1\n", "watch 1: below: expected a target price in USD"),
    ("[[watch]]\nproduct = 1\nbelow = inf\n", "watch 1: below: expected a target price in USD"),  # nan was refused
    ("[[watch]]\nproduct = 1\nbelow = 1e300\n", "watch 1: below: expected a target price in USD"),
    ("[[watch]]\nbelow = 10\n", "watch 1: expected exactly one of product, gtin, mpn or query"),
    ("[[watch]]\nproduct = 1\ngtin = \"1\"\nbelow = 5\n", "expected exactly one of"),
    ("[[watch]]\nproduct = \"x\"\nbelow = 5\n", "product: expected a product id"),
    ("[[watch]]\nquery = \"ssd\"\nbelow = 5\nprice = 3\n", "price: unknown key"),
    ("[[watch]\n", "not valid TOML"),
    # a RecursionError traceback from tomllib before (session 16 attack)
    ("a = " + "[" * 100000 + "]" * 100000 + "\n", "not valid TOML (arrays or tables nested too deeply)"),
])
def test_a_bad_watch_list_is_one_clear_line(tmp_path, content, expected, capsys):
    watch = tmp_path / "alerts.toml"
    watch.write_text(content)
    with pytest.raises(alerts.AlertsError) as error:
        alerts.load_watches(watch)
    assert expected in str(error.value) and str(watch) in str(error.value) and "\n" not in str(error.value)


def test_pricelens_publish_checks_the_watch_list(database_url, tmp_path, monkeypatch):
    """``pricelens publish`` sends the alerts of alerts.toml in the data folder, once."""
    from crawler.cli import main

    data = tmp_path / "data"
    with seeded(database_url, data) as products, Receiver() as hook:
        data.mkdir(parents=True, exist_ok=True)
        (data / "alerts.toml").write_text(f"[[watch]]\nproduct = {products['P1']}\nbelow = 180\n")
        monkeypatch.setenv("PRICELENS_PRICE_WEBHOOK", hook.url)
        for name in ("PRICELENS_TELEGRAM_BOT_TOKEN", "PRICELENS_ALERTS_FILE", "PRICELENS_ALERTS_STATE"):
            monkeypatch.delenv(name, raising=False)
        first = CliRunner().invoke(main, ["publish"])
        assert first.exit_code == 0, first.output
        assert [body["product_id"] for _, body in hook.received] == [products["P1"]]
        assert CliRunner().invoke(main, ["publish"]).exit_code == 0
        assert len(hook.received) == 1  # sent once
        assert json.loads((data / "alerts-sent.json").read_text())["webhook"]
        # a webhook that is down: reported, and the publish still succeeds (sent next time)
        (data / "alerts.toml").write_text(f"[[watch]]\nproduct = {products['P1']}\nbelow = 185\n")
        from publish.site import free_port
        monkeypatch.setenv("PRICELENS_PRICE_WEBHOOK", f"http://127.0.0.1:{free_port()}/down")
        down = CliRunner().invoke(main, ["publish"])
        assert down.exit_code == 0 and "alerts: could not send to webhook" in down.output
        assert "1 to send again next publish" in down.output
        (data / "alerts.toml").write_text("[[watch]]\nproduct = 1\n")
        bad = CliRunner().invoke(main, ["publish"])
        assert bad.exit_code == 1 and "below: expected a target price" in bad.output
        assert "Traceback" not in bad.output


def test_snapshot_has_what_the_cards_need(shop_site):
    _, products, result, _ = shop_site
    conn = sqlite3.connect(result.path)
    assert conn.execute("select best_in_stock_offer_id from products where id = ?", [products["P1"]]).fetchone()[0]


def test_money_formats_as_babel_does_for_every_currency_and_amount():
    """humanize.money formats from each currency's shape (taken from Babel once) instead of calling
    Babel per amount: the text is Babel's, sign, rounding (half even), digits and symbol."""
    import random
    from decimal import Decimal

    from babel.numbers import format_currency

    from publish import humanize

    rng = random.Random(15)
    amounts = [Decimal("0"), Decimal("0.005"), Decimal("0.015"), Decimal("-0.004"), Decimal("999.995"),
               Decimal("1E+3"), Decimal("1E-7"), Decimal("123456789012345.675")]
    amounts += [Decimal(str(round(rng.uniform(-1e6, 1e7) * rng.choice([1, 0.01, 1e-5]), rng.choice([0, 2, 3, 5]))))
                for _ in range(300)]
    for code in ("USD", "EUR", "GBP", "LBP", "JPY", "KWD", "CZK", "INR", "BRL", "XXX"):
        for amount in amounts:
            babel = format_currency(amount, code, locale=humanize.LOCALE)
            expected = re.sub(r"^([A-Z]{3})(?=[\d-])", "\\1\u00a0", babel).replace(" ", "\u00a0")
            assert humanize.money(amount, code) == expected, (code, amount)
