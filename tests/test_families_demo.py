"""The demo seed banks end to end: Semilla Verde (WooCommerce, EUR, Spanish) and The Seed Vault
(Shopify, GBP) crawled by their spiders in-process (each request answered by the demo site
itself, no server), through the pipelines into PostgreSQL, matched, published; then a strain's
product page shows the packs of both seed banks, per seed, cheapest per seed first."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from urllib.parse import parse_qs, urlsplit

import pytest
import scrapy
from itemadapter import ItemAdapter
from scrapy.http import TextResponse

from demo.sites import build_site
from crawler.items import Offer
from crawler.products import match_offers
from publish.export import publish
from publish.site import datasette_instance, site_database
from spiders.seedvault import SeedvaultSpider
from spiders.semillaverde import SemillaverdeSpider
from tests.pipeline_harness import PipelineRun

DAY = 6  # the demo's last day


def crawl(spider_cls, retailer: str) -> list[Offer]:
    """Every offer the spider yields, each request answered by the demo site in-process."""
    site = build_site(retailer, day=DAY)
    spider = spider_cls()

    async def first():
        return [request async for request in spider.start()]

    queue, offers = asyncio.run(first()), []
    while queue:
        request = queue.pop(0)
        parts = urlsplit(request.url)
        answer = site.handle(parts.path, parse_qs(parts.query), f"{parts.scheme}://{parts.netloc}")
        response = TextResponse(request.url, status=answer.status, body=answer.body, request=request,
                                headers={"Content-Type": answer.content_type, **answer.headers})
        for result in request.callback(response, **request.cb_kwargs) or ():
            if isinstance(result, scrapy.Request):
                queue.append(result)
            elif isinstance(result, Offer):
                offers.append(result)
    return offers


@pytest.fixture(scope="module")
def crawled():
    return {"semillaverde": crawl(SemillaverdeSpider, "semillaverde"), "seedvault": crawl(SeedvaultSpider, "seedvault")}


def test_each_pack_is_its_own_offer_with_its_stock_and_the_strains_facts(crawled):
    site = build_site("semillaverde", day=DAY)
    by_sku = {ItemAdapter(o)["retailer_sku"]: ItemAdapter(o) for o in crawled["semillaverde"]}
    assert len(by_sku) == len(site.listings)  # one offer per pack (variation)
    for listing in site.listings:
        offer = by_sku[listing.sku]
        assert offer["availability"] == ("OutOfStock" if listing.availability == "OutOfStock" else "InStock")
        assert offer["thc"] == listing.strain.thc and offer["cbd"] == listing.strain.cbd
    vault = build_site("seedvault", day=DAY)
    by_sku = {ItemAdapter(o)["retailer_sku"]: ItemAdapter(o) for o in crawled["seedvault"]}
    assert len(by_sku) == len(vault.listings)
    for listing in vault.listings:
        offer = by_sku[listing.sku]
        assert (offer["thc"], offer["cbd"], offer["brand"]) == (listing.strain.thc, listing.strain.cbd,
                                                                listing.strain.breeder)
        assert offer["category"] not in (f"THC {listing.strain.thc}", f"CBD {listing.strain.cbd}")
    assert {o["availability"] for o in by_sku.values()} == {"InStock", "OutOfStock"}  # stock per pack


def test_a_strains_page_shows_both_seed_banks_per_seed_cheapest_first(db, data_dir, crawled):
    PipelineRun(SemillaverdeSpider).feed(*crawled["semillaverde"]).close()
    PipelineRun(SeedvaultSpider).feed(*crawled["seedvault"]).close()
    match_offers()
    snapshot = publish(quiet=True)
    con = sqlite3.connect(snapshot.path)
    con.row_factory = sqlite3.Row

    # one family per strain (breeder + strain + type), holding both banks where both sell it
    verde, vault = build_site("semillaverde", day=DAY), build_site("seedvault", day=DAY)
    strains = {s.key: s for s in verde.strains}
    shared = set(verde.by_strain) & set(vault.by_strain)
    assert con.execute("SELECT count(*) FROM families WHERE unit = 'seed'").fetchone()[0] == \
        len(set(verde.by_strain) | set(vault.by_strain))
    assert con.execute("SELECT count(*) FROM families WHERE retailer_count = 2").fetchone()[0] == len(shared) >= 15
    strain = strains[sorted(k for k in shared if strains[k].type == "feminised" and strains[k].thc
                            and len(strains[k].packs) == 4)[0]]
    family = dict(con.execute("SELECT * FROM families WHERE name LIKE ? AND brand = ? AND seed_type = 'feminised'",
                              [strain.name + "%", strain.breeder]).fetchone())
    assert family["unit"] == "seed" and family["retailer_count"] == 2
    assert family["product_count"] == 4 and family["packs"] == "1, 3, 5, 10"
    offers = [dict(r) for r in con.execute("SELECT * FROM offers WHERE family_id = ?", [family["id"]])]
    assert len(offers) == len(verde.by_strain[strain.key]) + len(vault.by_strain[strain.key])
    assert {o["retailer_id"] for o in offers} == {"semillaverde", "seedvault"}
    assert all(o["unit"] == "seed" and o["unit_price_usd"] for o in offers)
    assert {(o["seed_type"], o["breeder"], o["thc"], o["cbd"]) for o in offers} == \
        {("feminised", strain.breeder, strain.thc, strain.cbd)}
    # every strain both banks sell is one family holding both, and no family mixes strains or types
    rows = con.execute("SELECT family_id, count(DISTINCT retailer_id), count(DISTINCT seed_type),"
                       " count(DISTINCT breeder) FROM offers WHERE unit = 'seed' GROUP BY family_id").fetchall()
    assert all(r[0] is not None and r[2] == 1 and r[3] == 1 for r in rows)
    assert sum(r[1] == 2 for r in rows) >= 15
    facets = dict(con.execute("SELECT seed_type, count(*) FROM products WHERE seed_type IS NOT NULL"
                              " GROUP BY seed_type").fetchall())
    assert set(facets) == {"feminised", "autoflowering", "regular", "cbd"}

    product = con.execute("SELECT product_id FROM offers WHERE family_id = ? AND pack_size = 5 LIMIT 1",
                          [family["id"]]).fetchone()[0]
    ds = datasette_instance(site_database())
    page = asyncio.run(ds.client.get(f"/-/product/{product}"))
    assert page.status_code == 200
    section = page.text[page.text.index('<section class="pl-family"'):]
    section = section[:section.index("</section>")]
    assert "cheapest per seed first" in section
    # on a phone each cell says its column (the header is hidden there: static/pricelens.css)
    for label in ("Per seed (USD)", "Pack", "Retailer", "Offer", "Price", "USD", "Availability"):
        assert section.count(f'data-label="{label}"') == len(offers)
    assert "Semilla Verde" in section and "The Seed Vault" in section
    shown = [float(p.replace(",", "")) for p in re.findall(r'<td class="pl-num"[^>]*>\$([\d,.]+)</td>\s*<td[^>]*>\d+ seeds?',
                                                            section)]
    assert len(shown) == len(offers) and shown == sorted(shown)
    assert sorted(re.findall(r"<td[^>]*>(\d+) seeds?</td>", section)) == sorted(str(o["pack_size"]) for o in offers)

    family_page = asyncio.run(ds.client.get(f"/-/family/{family['id']}"))
    assert family_page.status_code == 200 and strain.name in family_page.text
    # sizes in words, the unit plural; the cheapest per seed rounded as in the table
    assert "1, 3, 5, 10 seeds)" in family_page.text
    cheapest = re.search(r"Cheapest in stock <strong>(\$[\d,.]+)</strong> per seed", family_page.text).group(1)
    assert re.search(r'<td class="pl-num"[^>]*>' + re.escape(cheapest) + "</td>", family_page.text)
    assert re.fullmatch(r"\$[\d,]+\.\d\d", cheapest) or re.fullmatch(r"\$0\.\d{3}", cheapest)
    data = asyncio.run(ds.client.get(f"/-/family/{family['id']}.json")).json()
    per_seed = [o["unit_price_usd"] for o in data["offers"]]
    assert per_seed == sorted(per_seed) and len(per_seed) == len(offers)
    assert asyncio.run(ds.client.get("/-/family/no-such-family")).status_code == 404
    query = asyncio.run(ds.client.get("/pricelens/cheapest_per_unit.json?category=Feminised+Seeds&seed_type="
                                      "&_shape=array")).json()
    assert [(r["category"], r["unit"]) for r in query] == [("Feminised Seeds", "seed")]
    cheapest = con.execute("SELECT min(unit_price_usd) FROM offers WHERE in_stock = 1 AND category = 'Feminised Seeds'"
                           ).fetchone()[0]
    assert query[0]["unit_price_usd"] == pytest.approx(cheapest)
    packs = asyncio.run(ds.client.get(f"/pricelens/family_packs.json?family={product}&_shape=array")).json()
    assert [r["offer_id"] for r in packs] == [o["id"] for o in data["offers"]]
