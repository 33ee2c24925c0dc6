"""What the demo seed banks share: the strain catalogue (``demo/strains.toml``, data, not
code) and the packs a seed bank sells on a day, with their prices and stock.

A seed bank sells each strain in packs (1, 3, 5, 10 ... seeds, as its breeder packs them); each
pack is its own offer with its own price and stock. Prices follow the breeder's list price in
EUR, the shop's level, a per-strain noise, a drift over the days (one random stream per shop and
strain, as the tech shops do: ``common._history``) and three-week promotions; stock is drawn per
pack. Everything is a pure function of (shop, strain, pack, day).

The tech catalogue a :class:`~demo.sites.base.DemoSite` is given (``--products N``)
does not apply to a seed bank: it always sells the strain catalogue.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from demo.sites.base import DemoSite
from demo.sites.common import (
    IN_STOCK,
    OUT_OF_STOCK,
    PRE_ORDER,
    RetailerProfile,
    _history,
    _round_price,
    svg_image,
    unit,
)

STRAINS_FILE = Path(__file__).resolve().parents[1] / "strains.toml"
TYPES = ("feminised", "autoflowering", "regular", "cbd")


class CatalogueError(ValueError):
    """The strain catalogue file is not what the seed banks expect (one line: file, key, what)."""


@dataclass(frozen=True)
class Strain:
    key: str
    name: str
    breeder: str
    type: str                                   # one of TYPES
    packs: tuple[tuple[int, Decimal], ...]      # (seeds, list price in EUR), by seeds
    thc: str | None = None
    cbd: str | None = None
    genetics: str | None = None
    flowering: str | None = None


def load_strains(path: Path = STRAINS_FILE) -> tuple[Strain, ...]:
    """The strains of ``path``; a bad entry raises :class:`CatalogueError` naming file and key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CatalogueError(f"{path}: cannot read the strain catalogue: {error}") from None
    strains, keys = [], set()
    for number, entry in enumerate(data.get("strain") or [], start=1):
        where = f"{path}: strain #{number} ({entry.get('key', 'no key')})"
        for name in ("key", "name", "breeder", "type", "packs"):
            if not entry.get(name):
                raise CatalogueError(f"{where}: '{name}' is missing")
        if entry["type"] not in TYPES:
            raise CatalogueError(f"{where}: type must be one of {', '.join(TYPES)}, not {entry['type']!r}")
        if entry["key"] in keys:
            raise CatalogueError(f"{where}: key used twice")
        keys.add(entry["key"])
        try:
            packs = tuple(sorted((int(seeds), Decimal(str(price))) for seeds, price in entry["packs"].items()))
        except (AttributeError, ValueError, ArithmeticError):
            raise CatalogueError(f"{where}: packs must map seeds to a price in EUR, like {{ 5 = 42.00 }}") from None
        if any(seeds < 1 or price <= 0 for seeds, price in packs):
            raise CatalogueError(f"{where}: packs need at least 1 seed and a price above 0")
        strains.append(Strain(key=entry["key"], name=entry["name"], breeder=entry["breeder"], type=entry["type"],
                              packs=packs, thc=entry.get("thc"), cbd=entry.get("cbd"),
                              genetics=entry.get("genetics"), flowering=entry.get("flowering")))
    if not strains:
        raise CatalogueError(f"{path}: no [[strain]] entries")
    return tuple(strains)


@lru_cache(maxsize=1)
def strains() -> tuple[Strain, ...]:
    return load_strains()


@dataclass(frozen=True)
class PackListing:
    """One pack of one strain at one seed bank on one day: one offer."""

    retailer: str
    strain: Strain
    index: int                  # position of the strain in the catalogue (stable ids come from it)
    seeds: int
    price: Decimal              # in ``currency``
    regular_price: Decimal | None  # the price before a promotion, else None
    currency: str
    availability: str           # InStock or OutOfStock
    stock: int                  # packs left (0 when out of stock)
    sku: str

    @property
    def key(self) -> str:
        return f"{self.strain.key}-{self.seeds}"

    @property
    def title(self) -> str:
        return f"{self.strain.name} ({self.seeds})"

    @property
    def on_sale(self) -> bool:
        return self.regular_price is not None


@dataclass(frozen=True)
class SeedBankProfile:
    name: str
    display_name: str
    currency: str
    per_eur: Decimal            # the shop's currency per EUR
    price_factor: float         # the shop's level against the breeder's list price
    price_noise: float          # +- this fraction per strain
    coverage: float             # share of the strains the shop sells
    smallest_pack: int          # packs below this are not sold
    price_style: str            # see common._round_price
    sku_prefix: str


def pack_listings(profile: SeedBankProfile, catalogue: Sequence[Strain], day: int) -> list[PackListing]:
    """The shop's packs on ``day``, in catalogue then pack order."""
    out = []
    for index, strain in enumerate(catalogue):
        if unit("sells", profile.name, strain.key) >= profile.coverage:
            continue
        history = _history(profile.name, strain.key, day)
        noise = 1 + profile.price_noise * (2 * unit("noise", profile.name, strain.key) - 1)
        factor = Decimal(str(round(profile.price_factor * noise * history.factor, 4))) * profile.per_eur
        # promotions last three weeks, staggered per strain; about 15% of strains are on promotion
        period = (day + int(unit("sale-offset", profile.name, strain.key) * 21)) // 21
        discount = 0
        if unit("sale", profile.name, strain.key, period) < 0.15:
            discount = (10, 15, 20, 25, 30)[int(unit("discount", profile.name, strain.key, period) * 5)]
        for seeds, list_eur in strain.packs:
            if seeds < profile.smallest_pack:
                continue
            regular = _round_price(list_eur * factor, profile.price_style)
            price, was = regular, None
            if discount:
                price = _round_price(list_eur * factor * Decimal(100 - discount) / 100, profile.price_style)
                price, was = (price, regular) if price < regular else (regular, None)
            state = _history(profile.name, f"{strain.key}/{seeds}", day).stock
            available = state != OUT_OF_STOCK
            stock = 1 + int(unit("stock", profile.name, strain.key, seeds, day // 3) * 40) if available else 0
            out.append(PackListing(
                retailer=profile.name, strain=strain, index=index, seeds=seeds, price=price, regular_price=was,
                currency=profile.currency, availability=IN_STOCK if state in (IN_STOCK, PRE_ORDER) else OUT_OF_STOCK,
                stock=stock, sku=f"{profile.sku_prefix}{index + 1:03d}-{seeds:02d}"))
    return out


class SeedBankSite(DemoSite):
    """A demo seed bank: the strain catalogue, sold in packs (see the module)."""

    seed_profile: SeedBankProfile

    def __init__(self, products=(), *, day: int = 0, empty: bool = False):
        super().__init__((), day=day, empty=True)  # the tech catalogue does not apply
        self.empty = empty
        self.strains = strains()
        self.listings: list[PackListing] = [] if empty else pack_listings(self.seed_profile, self.strains, day)
        self.by_key = {listing.key: listing for listing in self.listings}
        self.by_strain: dict[str, list[PackListing]] = {}
        for listing in self.listings:
            self.by_strain.setdefault(listing.strain.key, []).append(listing)

    def image(self, request, name: str):
        strain = next((s for s in self.strains if s.key == name), None)
        return svg_image(strain.name if strain else name)


def profile_stub(seed_profile: SeedBankProfile) -> RetailerProfile:
    """The :class:`RetailerProfile` a DemoSite carries (name and display name; the rest unused)."""
    return RetailerProfile(name=seed_profile.name, display_name=seed_profile.display_name,
                           currency=seed_profile.currency, price_factor=seed_profile.price_factor,
                           price_noise=seed_profile.price_noise, coverage=seed_profile.coverage, gtin_rate=0.0,
                           mpn_rate=0.0, title=lambda product, mpn: "", price_style=seed_profile.price_style,
                           sku_prefix=seed_profile.sku_prefix)
