"""The demo product catalog: real tech products of 2023-2025 that the demo shops sell.

The data is ``catalog.toml`` beside this module: the hand-written products (real brands, real
model names and the manufacturers' part numbers as best known; plausible US street prices in
USD, not quotes), the brands' GTIN prefixes, and the tables the synthetic variants are made of.
This module reads it once, checks it (a bad entry is one line naming the file, the entry and
what was expected) and builds the products.

GTINs are *synthetic*: we do not have the manufacturers' real barcodes, so every GTIN
is built deterministically from a per-brand GS1-style prefix (a registry prefix typical
of the brand's home country plus an invented company number) and an item number, with
a correctly computed GS1 check digit. They look and validate like real GTIN-13s but
must not be looked up anywhere.

``expanded_catalog(n)`` returns the hand-written catalog followed by synthetic but
realistic variants (other capacities, colours, board partners, kit sizes ...) with
distinct keys, MPNs and GTINs, for benchmarks of up to 10,000+ products.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import tomllib
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Iterator

CATALOG_FILE = Path(__file__).resolve().parent / "catalog.toml"


@dataclass(frozen=True)
class CatalogProduct:
    """One product as its manufacturer defines it (not as a shop lists it)."""

    key: str  # stable slug, e.g. "samsung-990-pro-2tb"
    brand: str
    model: str  # e.g. "990 PRO 2TB NVMe M.2 SSD"
    mpn: str
    gtin: str | None
    category: str
    usd_price: Decimal
    specs: dict = field(default_factory=dict, hash=False)  # e.g. {"capacity": "2TB"}

    @property
    def name(self) -> str:
        """Brand and model, the manufacturer's way."""
        return f"{self.brand} {self.model}"


# --------------------------------------------------------------------------- GTINs


def gs1_check_digit(body: str) -> str:
    """The GS1 check digit for ``body`` (all digits of a GTIN except the last)."""
    if not body.isdigit():
        raise ValueError(f"GTIN body must be digits, got {body!r}")
    total = 0
    for position, digit in enumerate(reversed(body)):
        total += int(digit) * (3 if position % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def is_valid_gtin(code: str) -> bool:
    """True when ``code`` is 8, 12, 13 or 14 digits with a correct check digit."""
    return (
        isinstance(code, str)
        and code.isdigit()
        and len(code) in (8, 12, 13, 14)
        and gs1_check_digit(code[:-1]) == code[-1]
    )


class CatalogError(ValueError):
    """catalog.toml is not what the demo expects: the message names the file, the entry and why."""


_PRODUCT_FIELDS = ("key", "brand", "model", "mpn", "category")  # non-empty strings; usd_price: a price
# the product categories the demo shops know how to show (demo/sites/common.py CATEGORY_WORDS has a word for each)
PRODUCT_CATEGORIES = ("SSD", "HDD", "CPU", "GPU", "RAM", "Motherboard", "Monitor", "Laptop", "PSU", "Keyboard",
                      "Mouse", "Headset", "Headphones", "Router")
MAX_USD_PRICE = Decimal(100000)  # a street price in USD; beyond it the shops' price styles overflow
# the synthetic families of expanded_catalog, each with its table [families.<name>]
FAMILY_NAMES = ("gpu", "ssd", "ram", "monitor", "cpu", "motherboard", "hdd", "laptop", "psu", "peripheral", "router")


def load_catalog_file(path: Path = CATALOG_FILE) -> dict:
    """The catalog data, checked: ``brand_prefixes``, ``brand_item_offsets``, ``products``, ``families``."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"{path}: cannot be read: {exc}") from None
    for table in ("brand_prefixes", "brand_item_offsets", "families"):
        if not isinstance(data.get(table), dict):
            raise CatalogError(f"{path}: [{table}]: expected a table")
    for brand, prefix in data["brand_prefixes"].items():
        if not (isinstance(prefix, str) and prefix.isdigit() and len(prefix) == 7):
            raise CatalogError(f"{path}: brand_prefixes.{brand}: expected 7 digits in quotes, got {prefix!r}")
    for name in FAMILY_NAMES:
        if not isinstance(data["families"].get(name), dict):
            raise CatalogError(f"{path}: [families.{name}]: expected a table (the tables of its variants)")
    products = data.get("products")
    if not isinstance(products, list) or not products:
        raise CatalogError(f"{path}: [[products]]: expected at least one product")
    keys = set()
    for number, entry in enumerate(products, 1):
        where = f"{path}: product {number} ({entry.get('key', 'no key')})"
        for name in _PRODUCT_FIELDS:
            if not isinstance(entry.get(name), str) or not entry[name]:
                raise CatalogError(f"{where}: {name}: expected a non-empty string")
        if entry["key"] in keys:
            raise CatalogError(f"{where}: key: used twice")
        keys.add(entry["key"])
        if entry["brand"] not in data["brand_prefixes"]:
            raise CatalogError(f"{where}: brand: {entry['brand']!r} has no GS1 prefix in [brand_prefixes] "
                               "(add it there, or use a brand listed there)")
        if entry["category"] not in PRODUCT_CATEGORIES:
            raise CatalogError(f"{where}: category: expected one of {', '.join(PRODUCT_CATEGORIES)}, "
                               f"got {entry['category']!r}")
        entry["usd_price"] = _usd_price(entry.get("usd_price"), where)
        specs = entry.get("specs", {})
        if not isinstance(specs, dict) or not all(isinstance(v, str) for v in specs.values()):
            raise CatalogError(f"{where}: specs: expected an inline table of strings")
    return data


def _usd_price(value, where: str) -> str:
    """A product's ``usd_price`` (a string like "109.99", or a TOML number) as a decimal string."""
    expected = (f"{where}: usd_price: expected a price as a string like \"109.99\" "
                f"(more than 0, at most {MAX_USD_PRICE}), got {value!r}")
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise CatalogError(expected)
    try:
        price = Decimal(str(value).strip())
    except InvalidOperation:
        raise CatalogError(expected) from None
    if not price.is_finite() or not 0 < price <= MAX_USD_PRICE:
        raise CatalogError(expected)
    return str(price)


_DATA = load_catalog_file()
_BRAND_PREFIX: dict[str, str] = _DATA["brand_prefixes"]
# Brands that share a registry prefix get disjoint item-number ranges.
_BRAND_ITEM_OFFSET: dict[str, int] = _DATA["brand_item_offsets"]


def synthetic_gtin(brand: str, item_number: int) -> str:
    """A deterministic, check-digit-valid GTIN-13 for ``brand``'s ``item_number``.

    Unknown brands get a prefix derived from a hash of the name (in the 20-29
    "restricted circulation" range so it cannot clash with the table above).
    """
    prefix = _BRAND_PREFIX.get(brand)
    if prefix is None:
        digest = int(hashlib.sha256(brand.encode()).hexdigest(), 16)
        prefix = f"2{digest % 10**6:06d}"
    item = item_number + _BRAND_ITEM_OFFSET.get(brand, 0)
    if not 0 <= item < 100_000:
        raise ValueError(f"item number out of range for {brand}: {item}")
    body = f"{prefix}{item:05d}"
    return body + gs1_check_digit(body)


# ------------------------------------------------------------------------ catalog


def _build_catalog() -> tuple[CatalogProduct, ...]:
    products = []
    item_numbers: dict[str, int] = {}
    for entry in _DATA["products"]:
        brand = entry["brand"]
        # Hand-written products use item numbers 1..49999 of their brand, in order.
        item_numbers[brand] = item_numbers.get(brand, 0) + 1
        products.append(
            CatalogProduct(
                key=entry["key"],
                brand=brand,
                model=entry["model"],
                mpn=entry["mpn"],
                gtin=synthetic_gtin(brand, item_numbers[brand]),
                category=entry["category"],
                usd_price=Decimal(entry["usd_price"]),
                specs=dict(entry.get("specs", {})),
            )
        )
    return tuple(products)


CATALOG: tuple[CatalogProduct, ...] = _build_catalog()

CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(p.category for p in CATALOG))

_BY_KEY = {p.key: p for p in CATALOG}


def get_product(key: str) -> CatalogProduct:
    """The hand-written catalog product with this ``key`` (KeyError when unknown)."""
    return _BY_KEY[key]


# ------------------------------------------------------------- expanded catalog


def _slug(text: str) -> str:
    text = text.lower().replace("+", " plus ").replace('"', "in ").replace("!", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _digest(*parts: object) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


def _money(value: float | Decimal) -> Decimal:
    """A street-price-looking USD amount: whole dollars minus one cent."""
    dollars = Decimal(str(value)).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return max(dollars, Decimal("5")) - Decimal("0.01")


_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _code(seed: str, length: int) -> str:
    number = _digest("mpn", seed)
    out = []
    for _ in range(length):
        number, rest = divmod(number, 36)
        out.append(_B36[rest])
    return "".join(out)


# Each family reads its table of catalog.toml ([families.<name>]) and yields
# (brand, model, mpn_prefix, category, usd_price, specs).
_Variant = tuple[str, str, str, str, float, dict]


def _ssd_family(table: dict) -> Iterator[_Variant]:
    for cap, tb in table["capacities"]:
        for heatsink in (False, True):
            for brand, line, prefix, per_tb, interface in table["lines"]:
                sata = interface.startswith("SATA")
                if heatsink and sata:
                    continue
                form = "2.5\" SATA SSD" if sata else "NVMe M.2 SSD"
                model = f"{line} {cap} {form}" + (" with Heatsink" if heatsink else "")
                price = 18 + per_tb * tb * (0.9 if tb >= 4 else 1) + (15 if heatsink else 0)
                specs = {"capacity": cap, "interface": interface,
                         "form_factor": "2.5\"" if sata else "M.2 2280"}
                yield brand, model, prefix, "SSD", price, specs


def _hdd_family(table: dict) -> Iterator[_Variant]:
    for tb in table["terabytes"]:
        for brand, line, prefix, _suffix, per_tb, use in table["lines"]:
            model = f"{line} {tb}TB {use} 3.5\" HDD"
            price = 35 + per_tb * tb * (0.8 if tb >= 12 else 1)
            yield brand, model, prefix, "HDD", price, {"capacity": f"{tb}TB", "interface": "SATA 6Gb/s",
                                                        "use": use}


def _cpu_family(table: dict) -> Iterator[_Variant]:
    for packaging, factor in table["packagings"]:
        for brand, name, cores, price, socket in table["cpus"]:
            prefix = "100-1000" if brand == "AMD" else ("BX" if packaging != "Tray" else "CM")
            model = f"{name} {cores}-Core Desktop Processor ({packaging})"
            yield brand, model, prefix, "CPU", price * factor, {"socket": socket, "cores": str(cores),
                                                                "packaging": packaging}


def _gpu_family(table: dict) -> Iterator[_Variant]:
    for color in table["colors"]:
        for oc in (True, False):
            for chip, memory, base in table["nvidia"]:
                for brand, edition, prefix, extra in table["nvidia_editions"]:
                    model = f"{edition} GeForce {chip}{' OC' if oc else ''} {memory}" + (
                        " White" if color == "White" else "")
                    price = base + extra + (15 if oc else 0) + (20 if color == "White" else 0)
                    yield brand, model, prefix, "GPU", price, {"gpu": f"GeForce {chip}", "memory": memory,
                                                              "color": color}
            for chip, memory, base in table["amd"]:
                for brand, edition, prefix, extra in table["amd_editions"]:
                    model = f"{edition} Radeon {chip}{' OC' if oc else ''} {memory}" + (
                        " White" if color == "White" else "")
                    price = base + extra + (10 if oc else 0) + (20 if color == "White" else 0)
                    yield brand, model, prefix, "GPU", price, {"gpu": f"Radeon {chip}", "memory": memory,
                                                              "color": color}


def _ram_family(table: dict) -> Iterator[_Variant]:
    for color in table["colors"]:
        for size, kit, gb in table["kits"]:
            for speed, latencies in table["speeds"]:
                for cl in latencies:
                    for brand, line, prefix, extra in table["lines"]:
                        model = f"{line} {size} ({kit}) DDR5-{speed} CL{cl} {color}"
                        price = 10 + gb * 2.6 + (speed - 4800) / 100 + (40 - cl) * 1.5 + extra + (
                            5 if color == "White" else 0)
                        yield brand, model, prefix, "RAM", price, {"capacity": size, "kit": kit,
                                                                   "speed": f"{speed}MT/s", "latency": f"CL{cl}",
                                                                   "color": color}


def _motherboard_family(table: dict) -> Iterator[_Variant]:
    for wifi in (True, False):
        for form, form_tag, form_extra in table["forms"]:
            for chipset, socket, base in table["chipsets"]:
                for brand, line, suffix, extra in table["series"]:
                    name = f"{line} {chipset}{form_tag} {suffix}".strip().replace(" -", "-")
                    model = f"{name}{' WIFI' if wifi else ''} {socket} {form} Motherboard"
                    price = base + extra + form_extra + (20 if wifi else 0)
                    yield brand, model, "", "Motherboard", price, {"socket": socket, "chipset": chipset,
                                                                   "form_factor": form, "wifi": "Yes" if wifi
                                                                   else "No"}


def _monitor_family(table: dict) -> Iterator[_Variant]:
    for curved in (False, True):
        for panel, panel_factor in table["panels"]:
            for size in table["sizes"]:
                for res, pixels, res_factor in table["resolutions"]:
                    if panel == "OLED" and (size == 24 or res == "FHD"):
                        continue
                    if res == "4K UHD" and size == 24:
                        continue
                    for hz in table["refresh_rates"]:
                        if hz == 360 and res == "4K UHD":
                            continue
                        for brand, line, extra in table["brands"]:
                            shape = " Curved" if curved else ""
                            code = _code(f"{brand}{line}{size}{res}{hz}{panel}{curved}", 4)
                            model = (f"{line} {size}{code[:2]}{hz // 10}{code[2:]}".strip() +
                                     f" {size}\" {res} {panel} {hz}Hz{shape} Gaming Monitor")
                            price = (120 + size * 4) * res_factor * panel_factor * (1 + (hz - 144) / 400) + extra
                            yield brand, model, "", "Monitor", price, {"size": f"{size}\"", "resolution": pixels,
                                                                       "refresh_rate": f"{hz}Hz", "panel": panel,
                                                                       "curved": "Yes" if curved else "No"}


def _laptop_family(table: dict) -> Iterator[_Variant]:
    for ram, storage, cfg_extra in table["configs"]:
        for gpu, gpu_extra in table["gpus"]:
            for cpu, cpu_extra in table["cpus"]:
                for brand, line, extra in table["lines"]:
                    gpu_text = f" {gpu}" if gpu != "Integrated" else ""
                    model = f"{line}{gpu_text} {cpu} {ram} {storage} Laptop"
                    price = 549 + extra + cpu_extra + gpu_extra + cfg_extra
                    yield brand, model, "", "Laptop", price, {"cpu": cpu, "gpu": gpu, "ram": ram,
                                                              "storage": f"{storage} SSD"}


def _psu_family(table: dict) -> Iterator[_Variant]:
    for watts in table["wattages"]:
        for brand, pattern, prefix, efficiency, extra in table["lines"]:
            model = f"{pattern.format(w=watts)} {watts}W {efficiency} Power Supply".replace(f"{watts}W {watts}W",
                                                                                             f"{watts}W")
            price = 40 + watts * 0.11 + extra
            yield brand, model, prefix, "PSU", price, {"wattage": f"{watts}W", "efficiency": efficiency}


def _peripheral_family(table: dict) -> Iterator[_Variant]:
    for color in table["colors"]:
        for layout in table["layouts"]:
            for switch in table["switches"]:
                for brand, line, price in table["keyboards"]:
                    model = f"{line} Mechanical Keyboard {switch} {layout} {color}"
                    yield brand, model, "", "Keyboard", price + (10 if layout == "US/Arabic" else 0), {
                        "switch": switch, "layout": layout, "color": color}
        for brand, line, price in table["mice"]:
            yield brand, f"{line} Gaming Mouse {color}", "", "Mouse", price, {"color": color}
        for brand, line, price in table["headsets"]:
            yield brand, f"{line} Gaming Headset {color}", "", "Headset", price, {"color": color}


def _router_family(table: dict) -> Iterator[_Variant]:
    for hw_version in table["hardware_versions"]:
        for brand, line, speed, price in table["routers"]:
            model = f"{line} {speed} Wi-Fi Router (hardware {hw_version})"
            yield brand, model, "", "Router", price, {"speed": speed, "hardware_version": hw_version}
        for pack in table["mesh_packs"]:
            for brand, line, speed, unit in table["meshes"]:
                model = f"{line} {speed} Mesh Wi-Fi System ({pack}-pack, hardware {hw_version})"
                yield brand, model, "", "Router", unit * pack * (0.9 if pack > 1 else 1), {
                    "speed": speed, "units": str(pack), "hardware_version": hw_version}


# [families.<name>] of catalog.toml -> its rule (the round-robin goes in FAMILY_NAMES' order)
_FAMILIES = {"gpu": _gpu_family, "ssd": _ssd_family, "ram": _ram_family, "monitor": _monitor_family,
             "cpu": _cpu_family, "motherboard": _motherboard_family, "hdd": _hdd_family, "laptop": _laptop_family,
             "psu": _psu_family, "peripheral": _peripheral_family, "router": _router_family}


def _synthetic_variants() -> Iterator[tuple[str, _Variant]]:
    """Round-robin over all families, then again with revision suffixes, forever."""
    for revision in itertools.count(1):
        generators = [_FAMILIES[name](_DATA["families"][name]) for name in FAMILY_NAMES]
        while generators:
            for generator in list(generators):
                variant = next(generator, None)
                if variant is None:
                    generators.remove(generator)
                else:
                    yield ("" if revision == 1 else f" (Rev. {revision})"), variant


MAX_PRODUCTS = 100_000  # (crawler/cli.py DEMO_MAX_PRODUCTS) past ~150,000 a brand runs out of item numbers


def expanded_catalog(n: int) -> list[CatalogProduct]:
    """``n`` products: ``CATALOG`` first, then deterministic synthetic variants.

    Every product has a distinct key, MPN and check-digit-valid GTIN. ``n`` smaller
    than the catalog returns its first ``n`` products.
    """
    if not 0 <= n <= MAX_PRODUCTS:
        raise ValueError(f"the demo catalogue has 0 to {MAX_PRODUCTS} products, not {n}")
    products = list(CATALOG[:n])
    if n <= len(CATALOG):
        return products
    keys = {p.key for p in CATALOG}
    mpns = {p.mpn for p in CATALOG}
    next_item = {brand: 50_000 for brand in _BRAND_PREFIX}
    for suffix, (brand, model, prefix, category, price, specs) in _synthetic_variants():
        if len(products) >= n:
            break
        model = model + suffix
        key = _slug(f"{brand} {model}")
        if key in keys:
            continue
        mpn = f"{prefix}{_code(key, 8 - min(len(prefix), 4))}"
        while mpn in mpns:
            mpn += _code(mpn, 1)
        item = next_item.setdefault(brand, 50_000)
        next_item[brand] = item + 1
        keys.add(key)
        mpns.add(mpn)
        products.append(
            CatalogProduct(
                key=key,
                brand=brand,
                model=model,
                mpn=mpn,
                gtin=synthetic_gtin(brand, item),
                category=category,
                usd_price=_money(price),
                specs=dict(specs),
            )
        )
    return products
