"""The site in a real headless Chromium, served by a real ``datasette`` process on 127.0.0.1.

The snapshot is the one of tests/test_site.py (same seed). The pages are opened as a person
would open them; the price chart and the store map must be drawn, nothing may be fetched from
another host (the map tiles are switched off, so not even those), and a screenshot of each
page is saved under data/screenshots/ for a person to look at.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from crawler.paths import PROJECT_ROOT
from publish.export import publish
from publish.site import site_database, start_datasette, stop_datasette
from tests.test_site import seeded

SCREENSHOTS = PROJECT_ROOT / "data" / "screenshots"


@pytest.fixture(scope="module")
def server(database_url, tmp_path_factory):
    """``datasette serve`` of the seeded snapshot, as ``pricelens serve`` runs it; yields its URL."""
    data = tmp_path_factory.mktemp("browser") / "data"
    with seeded(database_url, data, map_tiles="off") as products:
        publish(quiet=True)
        log = (data / "datasette.log").open("w")
        try:
            process, base = start_datasette(site_database(), output=log, timeout=30)
        except RuntimeError as exc:
            log.close()
            pytest.fail(f"{exc}: {(data / 'datasette.log').read_text()[-2000:]}")
    try:
        yield base, products
    finally:
        stop_datasette(process)
        log.close()


@pytest.fixture(scope="module")
def browser(server):
    """A headless Chromium, launched once for the module: each test opens its own context (its own
    pages, cookies and storage) and closes it. (``require_chromium`` fails in CI when it is missing.)"""
    from playwright.sync_api import sync_playwright

    from crawler.browser import launch_options
    from tests.conftest import require_chromium

    require_chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_options())
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    """A page that records every request it makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.requested = []
    page.on("request", lambda r: page.requested.append(r.url))
    yield page
    context.close()


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def assert_local_only(page, base: str) -> None:
    hosts = {urlsplit(url).netloc for url in page.requested if not url.startswith(("data:", "blob:"))}
    assert hosts == {urlsplit(base).netloc}, f"fetched from elsewhere: {hosts}"


def test_home_page(page, server):
    """The shop's front page: search, cards, a product; the data is one click away."""
    base, products = server
    page.goto(base + "/", wait_until="networkidle")
    assert page.title().startswith("pricelens")
    assert page.locator("input[name=q]").is_visible()
    assert page.locator("text=Browse by category").is_visible()
    assert page.locator("text=New all-time lows").is_visible()
    shoot(page, "home")
    page.fill("input[name=q]", "samsung")
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "/-/search?q=samsung" in page.url and page.locator(".pl-card-item").count() == 1
    assert "$180.00" in page.locator(".pl-card-item").inner_text()
    shoot(page, "search")
    page.click(".pl-card-link")
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"/-/product/{products['P1']}")
    page.goto(base + "/", wait_until="networkidle")
    page.click(".pl-data-link a[href=\"/-/data\"]")
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/-/data") and page.locator("text=Price drops in the last N days").is_visible()
    assert_local_only(page, base)


def test_phone_width_pages_fit(browser, server):
    """At 390 px nothing is wider than the screen but the tables (which scroll in their box),
    and the chart's text is at least 11 px high."""
    base, products = server
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    page = context.new_page()
    try:
        for name, path in (("phone-home", "/"), ("phone-search", "/-/search?q=samsung"),
                           ("phone-category", "/-/category/SSD"), ("phone-product", f"/-/product/{products['P1']}")):
            page.goto(base + path, wait_until="networkidle")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{path} is {width} px wide"
            shoot(page, name)
        chart = page.locator("svg.price-chart:visible")
        assert chart.count() == 1 and "pl-narrow" in chart.get_attribute("class")
        heights = page.evaluate("""() => [...document.querySelectorAll('svg.price-chart.pl-narrow text')]
            .filter(t => t.getBoundingClientRect().height > 0).map(t => t.getBoundingClientRect().height)""")
        assert heights and min(heights) >= 11
    finally:
        context.close()


def test_product_page_draws_the_price_chart(page, server):
    base, products = server
    page.goto(f"{base}/-/product/{products['P1']}", wait_until="networkidle")
    chart = page.locator("svg.price-chart:visible")
    assert chart.count() == 1 and chart.is_visible()
    box = chart.bounding_box()
    assert box["width"] > 500 and box["height"] > 150
    assert chart.locator("g.series").count() == 2
    assert chart.locator("g.series path").count() >= 2
    assert chart.locator("circle").count() == 7
    page.locator(".pl-shops label").first.click()  # hide the first shop's line
    assert page.locator("svg.price-chart:visible g.series:visible").count() == 1
    rows = page.locator("table.pl-offers tbody tr")
    assert rows.count() == 2 and "Alpha Shop" in rows.nth(0).inner_text()
    shoot(page, "product")
    assert_local_only(page, base)


def test_stores_map_shows_markers_with_popups(page, server):
    base, _ = server
    page.goto(base + "/pricelens/stores", wait_until="networkidle")
    page.wait_for_selector(".leaflet-container", timeout=15_000)
    page.wait_for_selector(".leaflet-marker-icon", timeout=15_000)
    # every store is on the map: single markers plus the counts of the clusters
    singles = page.locator(".leaflet-marker-icon:not(.marker-cluster)")
    clustered = sum(int(t) for t in page.locator(".marker-cluster").all_inner_texts() if t.strip())
    assert singles.count() + clustered == 3
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(".leaflet-container").screenshot(path=str(SCREENSHOTS / "stores-map.png"))
    # click a marker well inside the map (the map fits its bounds to the markers, so some sit
    # on its edge); zoom out, or into a cluster, until there is one
    area = page.locator(".leaflet-container").bounding_box()

    def inside(box) -> bool:
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        return (area["x"] + 30 < x < area["x"] + area["width"] - 30
                and area["y"] + 30 < y < area["y"] + area["height"] - 30)

    for attempt in range(8):
        markers = [m for m in singles.all() if inside(m.bounding_box())]
        if markers:
            markers[0].click()
            break
        clusters = [c for c in page.locator(".marker-cluster").all() if inside(c.bounding_box())]
        if clusters and attempt % 2:
            clusters[0].click()
        else:
            page.click(".leaflet-control-zoom-out")
        page.wait_for_timeout(700)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5_000)
    text = popup.inner_text()
    assert any(name in text for name in ("Alpha Hamra", "Alpha Jounieh", "Beta Tripoli"))
    assert "Alpha Shop" in text or "Beta Store" in text  # the retailer
    assert any(street in text for street in ("Hamra Street", "Main Road", "Port Street"))  # the address
    shoot(page, "stores-map-popup")
    assert_local_only(page, base)


def test_phone_width_tables_keep_their_column_labels(browser, server):
    """At 390 px Datasette shows a table as one card per row with its header hidden: every cell
    of our own tables (the offers, the reliability table) says which column it is, and the
    reliability table's caption is not one word per line."""
    base, products = server
    context = browser.new_context(viewport={"width": 390, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    labels = """sel => [...document.querySelector(sel).children].map(
        c => getComputedStyle(c, '::before').content.replace(/^"|"$/g, ''))"""
    try:
        page.goto(f"{base}/-/matching", wait_until="networkidle")
        shoot(page, "phone-matching")
        cells = page.evaluate(labels, "table.pl-reliability tbody tr")
        assert cells == ["Confidence", "Pairs", "Confidence given (average)", "Really the same product"]
        caption = page.locator("table.pl-reliability caption").first.bounding_box()
        assert caption["width"] > 250, caption
        page.goto(f"{base}/-/product/{products['P1']}", wait_until="networkidle")
        shoot(page, "phone-product-offers")
        cells = page.evaluate(labels, "table.pl-offers tbody tr")
        assert cells[:4] == ["Retailer", "Offer", "Price", "USD"] and cells[-1] == "Match"
        assert "none" not in cells and "" not in cells
    finally:
        context.close()
