"""The demo seed banks sell the same strains (demo/strains.toml): The Seed Vault titles
them in English ("Black Jack Feminised Seeds - Pack of 5", Shopify: product title + variant),
Semilla Verde in Spanish ("Black Jack Feminizada - 5 semillas", WooCommerce: parent name +
variation). Clustered as ``pricelens match`` clusters offers, every strain + pack both sell is
one product, and no product holds two strains or two pack sizes."""

from __future__ import annotations

from collections import defaultdict

from demo.sites.seedvault import PRODUCT_TYPE, SeedVault, product_title
from demo.sites.semillaverde import CATEGORY, SemillaVerde, pack_label, product_name
from crawler.matching import cluster


def _offers(day: int):
    offers, keys = [], []
    for listing in SeedVault(day=day).listings:
        offers.append({"title": f"{product_title(listing.strain)} - {SeedVault.pack_label(listing)}",
                       "brand": listing.strain.breeder, "category": PRODUCT_TYPE[listing.strain.type],
                       "price": float(listing.price) * 1.27})
        keys.append(("seedvault", listing.key))
    for listing in SemillaVerde(day=day).listings:
        offers.append({"title": f"{product_name(listing.strain)} - {pack_label(listing.seeds)}",
                       "brand": listing.strain.breeder, "category": CATEGORY[listing.strain.type],
                       "price": float(listing.price) * 1.08})
        keys.append(("semillaverde", listing.key))
    return offers, keys


def test_demo_seed_banks_match_every_shared_strain_and_pack():
    offers, keys = _offers(day=0)
    labels = cluster(offers)
    shops = defaultdict(dict)
    strains_in = defaultdict(set)
    for (shop, key), label in zip(keys, labels):
        shops[key][shop] = label
        strains_in[label].add(key)
    shared = {key: s for key, s in shops.items() if len(s) == 2}
    assert len(shared) >= 40
    apart = sorted(key for key, s in shared.items() if s["seedvault"] != s["semillaverde"])
    assert apart == []
    assert [sorted(k) for k in strains_in.values() if len(k) > 1] == []
