"""The demo retailer sites: five tech shops of a fictional Lebanese market, built per request from the catalog

==============  ======  ===================================================
retailer        money   what a spider sees
==============  ======  ===================================================
``techzone``    USD     sitemaps + schema.org Product / Store JSON-LD
``cedarshop``   USD     Shopify storefront JSON (``/products.json``)
``beirutbytes`` LBP     WooCommerce Store API (``/wp-json/wc/store/v1``)
``megapc``      LBP     paginated category listing HTML, no structured data
``pixelhub``    USD     JavaScript-rendered pages over a small JSON API
==============  ======  ===================================================

and two seed banks, selling the strains of ``demo/strains.toml`` in packs of seeds
(one offer per pack; see ``seedbank``), whatever tech catalogue they are given:

================  ======  =================================================
``semillaverde``  EUR     WooCommerce Store API, packs as variations (Spanish)
``seedvault``     GBP     Shopify ``/products.json``, packs as variants
================  ======  =================================================

Every page is a pure function of (retailer, product key, day); see ``common``.
"""

from __future__ import annotations

from typing import Sequence

from demo.catalog import CATALOG, CatalogProduct, expanded_catalog
from demo.sites.base import DemoSite
from demo.sites.common import LBP_PER_USD, Listing
from demo.sites.beirutbytes import BeirutBytes
from demo.sites.cedarshop import CedarShop
from demo.sites.megapc import MegaPC
from demo.sites.pixelhub import PixelHub
from demo.sites.seedvault import SeedVault
from demo.sites.semillaverde import SemillaVerde
from demo.sites.techzone import TechZone

SITES: dict[str, type[DemoSite]] = {
    "techzone": TechZone,
    "cedarshop": CedarShop,
    "beirutbytes": BeirutBytes,
    "megapc": MegaPC,
    "pixelhub": PixelHub,
    "semillaverde": SemillaVerde,
    "seedvault": SeedVault,
}
TECH_SITES = ("techzone", "cedarshop", "beirutbytes", "megapc", "pixelhub")  # sell the tech catalogue
SEED_BANKS = ("semillaverde", "seedvault")                                    # sell strains.toml


def catalog_for(n_products: int | None) -> list[CatalogProduct]:
    """The products the demo shops draw from: the whole ``CATALOG`` or ``expanded_catalog(n)``."""
    return list(CATALOG) if n_products is None else expanded_catalog(n_products)


def build_site(
    retailer: str,
    products: Sequence[CatalogProduct] | None = None,
    *,
    day: int = 0,
    empty: bool = False,
) -> DemoSite:
    """The demo site of ``retailer`` (KeyError for an unknown name)."""
    return SITES[retailer](CATALOG if products is None else products, day=day, empty=empty)


def listings(retailer: str, products: Sequence[CatalogProduct] | None = None, *, day: int = 0) -> list[Listing]:
    """What ``retailer`` sells on ``day`` (the ground truth a spider should recover)."""
    return build_site(retailer, products, day=day).listings


__all__ = ["LBP_PER_USD", "SEED_BANKS", "SITES", "TECH_SITES", "DemoSite", "Listing", "build_site", "catalog_for", "listings"]
