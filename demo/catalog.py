"""The demo product catalog: real tech products of 2023-2025 that the demo shops sell.

``CATALOG`` holds hand-written entries: real brands, real model names and the
manufacturers' part numbers (MPNs) as best known. Prices are plausible US street
prices in USD, not quotes.

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
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterator


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


# Synthetic 7-digit GS1-style prefixes (3-digit registry typical of the brand's home
# country + an invented 4-digit company number). NOT the brands' real prefixes.
_BRAND_PREFIX: dict[str, str] = {
    "Samsung": "8801643",
    "SK hynix": "8809512",
    "Western Digital": "0718037",
    "Seagate": "0763649",
    "Crucial": "0649528",
    "Kingston": "0740617",
    "Toshiba": "4547808",
    "AMD": "0730143",
    "Intel": "0735858",
    "ASUS": "4711387",
    "MSI": "4711377",
    "Gigabyte": "4719331",
    "ASRock": "4710483",
    "Sapphire": "4895106",
    "XFX": "0778656",
    "PowerColor": "4710755",
    "Zotac": "4895173",
    "PNY": "0751492",
    "Palit": "4710562",
    "Gainward": "4710562",  # same group as Palit; item numbers are kept apart below
    "Inno3D": "4895223",
    "Colorful": "6970885",
    "Corsair": "0840006",
    "G.Skill": "4713294",
    "TeamGroup": "0765441",
    "ADATA": "4711085",
    "Lexar": "0843367",
    "Sabrent": "0819606",
    "LG": "8806091",
    "Dell": "0884116",
    "AOC": "4038986",
    "BenQ": "4718755",
    "ViewSonic": "0766907",
    "Acer": "4711121",
    "Apple": "0195949",
    "Lenovo": "0197532",
    "HP": "0196786",
    "Seasonic": "4711173",
    "be quiet!": "4260052",
    "Cooler Master": "4719512",
    "Thermaltake": "4713227",
    "NZXT": "0810074",
    "Logitech": "0097855",
    "Razer": "8886419",
    "SteelSeries": "5707119",
    "HyperX": "0196188",
    "Sony": "4548736",
    "JBL": "0050036",
    "Keychron": "6975024",
    "Glorious": "0857372",
    "Zowie": "4718755",
    "Pulsar": "8809794",
    "TP-Link": "6935364",
    "NETGEAR": "0606449",
    "MikroTik": "4752224",
}
# Brands that share a registry prefix get disjoint item-number ranges.
_BRAND_ITEM_OFFSET: dict[str, int] = {"Gainward": 25000, "Zowie": 25000}


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


def _product(key, brand, model, mpn, category, price, **specs) -> tuple:
    return (key, brand, model, mpn, category, price, specs)


# MPNs: as printed by the manufacturers to the best of our knowledge (written from
# memory, not checked against a live source). ASUS/MSI/Gigabyte boards and MSI cards
# are commonly listed by their model name, which is what we use. Laptop SKUs vary by
# region; their suffixes are representative. Least certain: 910-006637 (SUPERLIGHT 2
# white), 82WK00CHUS (Legion Pro 5), FA507NV-LP023W (TUF A15).
_ROWS: tuple[tuple, ...] = (
    # ---- SSD
    _product("samsung-990-pro-1tb", "Samsung", "990 PRO 1TB NVMe M.2 SSD", "MZ-V9P1T0BW", "SSD", "109.99",
             capacity="1TB", interface="PCIe 4.0 x4 NVMe", form_factor="M.2 2280"),
    _product("samsung-990-pro-2tb", "Samsung", "990 PRO 2TB NVMe M.2 SSD", "MZ-V9P2T0BW", "SSD", "169.99",
             capacity="2TB", interface="PCIe 4.0 x4 NVMe", form_factor="M.2 2280"),
    _product("samsung-990-pro-4tb", "Samsung", "990 PRO 4TB NVMe M.2 SSD", "MZ-V9P4T0BW", "SSD", "319.99",
             capacity="4TB", interface="PCIe 4.0 x4 NVMe", form_factor="M.2 2280"),
    _product("samsung-990-evo-2tb", "Samsung", "990 EVO 2TB NVMe M.2 SSD", "MZ-V9E2T0BW", "SSD", "149.99",
             capacity="2TB", interface="PCIe 4.0 x4 / 5.0 x2 NVMe", form_factor="M.2 2280"),
    _product("samsung-870-evo-1tb", "Samsung", "870 EVO 1TB 2.5\" SATA SSD", "MZ-77E1T0B/AM", "SSD", "89.99",
             capacity="1TB", interface="SATA III", form_factor="2.5\""),
    _product("wd-black-sn850x-1tb", "Western Digital", "WD_BLACK SN850X 1TB NVMe M.2 SSD", "WDS100T2X0E", "SSD",
             "89.99", capacity="1TB", interface="PCIe 4.0 x4 NVMe", form_factor="M.2 2280"),
    _product("wd-black-sn850x-2tb", "Western Digital", "WD_BLACK SN850X 2TB NVMe M.2 SSD", "WDS200T2X0E", "SSD",
             "149.99", capacity="2TB", interface="PCIe 4.0 x4 NVMe", form_factor="M.2 2280"),
    _product("wd-black-sn770-1tb", "Western Digital", "WD_BLACK SN770 1TB NVMe M.2 SSD", "WDS100T3X0E", "SSD",
             "69.99", capacity="1TB", interface="PCIe 4.0 x4 NVMe", form_factor="M.2 2280"),
    _product("crucial-t500-2tb", "Crucial", "T500 2TB PCIe Gen4 NVMe M.2 SSD", "CT2000T500SSD8", "SSD", "139.99",
             capacity="2TB", interface="PCIe 4.0 x4 NVMe", form_factor="M.2 2280"),
    _product("crucial-p3-plus-1tb", "Crucial", "P3 Plus 1TB PCIe Gen4 NVMe M.2 SSD", "CT1000P3PSSD8", "SSD",
             "64.99", capacity="1TB", interface="PCIe 4.0 x4 NVMe", form_factor="M.2 2280"),
    _product("crucial-t705-2tb", "Crucial", "T705 2TB PCIe Gen5 NVMe M.2 SSD", "CT2000T705SSD3", "SSD", "279.99",
             capacity="2TB", interface="PCIe 5.0 x4 NVMe", form_factor="M.2 2280"),
    _product("kingston-kc3000-2tb", "Kingston", "KC3000 2TB PCIe 4.0 NVMe M.2 SSD", "SKC3000D/2048G", "SSD",
             "149.99", capacity="2TB", interface="PCIe 4.0 x4 NVMe", form_factor="M.2 2280"),
    _product("kingston-nv2-1tb", "Kingston", "NV2 1TB PCIe 4.0 NVMe M.2 SSD", "SNV2S/1000G", "SSD", "59.99",
             capacity="1TB", interface="PCIe 4.0 x4 NVMe", form_factor="M.2 2280"),
    # ---- HDD
    _product("seagate-ironwolf-8tb", "Seagate", "IronWolf 8TB NAS 3.5\" HDD", "ST8000VN004", "HDD", "179.99",
             capacity="8TB", rpm="7200", interface="SATA 6Gb/s"),
    _product("seagate-ironwolf-pro-16tb", "Seagate", "IronWolf Pro 16TB NAS 3.5\" HDD", "ST16000NT001", "HDD",
             "329.99", capacity="16TB", rpm="7200", interface="SATA 6Gb/s"),
    _product("seagate-barracuda-2tb", "Seagate", "BarraCuda 2TB 3.5\" HDD", "ST2000DM008", "HDD", "64.99",
             capacity="2TB", rpm="7200", interface="SATA 6Gb/s"),
    _product("wd-red-plus-4tb", "Western Digital", "WD Red Plus 4TB NAS 3.5\" HDD", "WD40EFPX", "HDD", "99.99",
             capacity="4TB", rpm="5400", interface="SATA 6Gb/s"),
    _product("wd-blue-2tb", "Western Digital", "WD Blue 2TB 3.5\" HDD", "WD20EZBX", "HDD", "59.99",
             capacity="2TB", rpm="7200", interface="SATA 6Gb/s"),
    _product("toshiba-n300-8tb", "Toshiba", "N300 8TB NAS 3.5\" HDD", "HDWG480XZSTA", "HDD", "189.99",
             capacity="8TB", rpm="7200", interface="SATA 6Gb/s"),
    # ---- CPU
    _product("amd-ryzen-7-7800x3d", "AMD", "Ryzen 7 7800X3D 8-Core Desktop Processor", "100-100000910WOF", "CPU",
             "449.00", socket="AM5", cores="8", threads="16"),
    _product("amd-ryzen-7-9800x3d", "AMD", "Ryzen 7 9800X3D 8-Core Desktop Processor", "100-100001084WOF", "CPU",
             "479.00", socket="AM5", cores="8", threads="16"),
    _product("amd-ryzen-9-7950x3d", "AMD", "Ryzen 9 7950X3D 16-Core Desktop Processor", "100-100000908WOF", "CPU",
             "599.00", socket="AM5", cores="16", threads="32"),
    _product("amd-ryzen-9-9950x", "AMD", "Ryzen 9 9950X 16-Core Desktop Processor", "100-100001277WOF", "CPU",
             "589.00", socket="AM5", cores="16", threads="32"),
    _product("amd-ryzen-7-9700x", "AMD", "Ryzen 7 9700X 8-Core Desktop Processor", "100-100001404WOF", "CPU",
             "329.00", socket="AM5", cores="8", threads="16"),
    _product("amd-ryzen-5-7600x", "AMD", "Ryzen 5 7600X 6-Core Desktop Processor", "100-100000593WOF", "CPU",
             "199.00", socket="AM5", cores="6", threads="12"),
    _product("intel-core-i9-14900k", "Intel", "Core i9-14900K Desktop Processor", "BX8071514900K", "CPU", "549.99",
             socket="LGA1700", cores="24", threads="32"),
    _product("intel-core-i7-14700k", "Intel", "Core i7-14700K Desktop Processor", "BX8071514700K", "CPU", "399.99",
             socket="LGA1700", cores="20", threads="28"),
    _product("intel-core-i5-14600k", "Intel", "Core i5-14600K Desktop Processor", "BX8071514600K", "CPU", "299.99",
             socket="LGA1700", cores="14", threads="20"),
    _product("intel-core-i5-13400f", "Intel", "Core i5-13400F Desktop Processor", "BX8071513400F", "CPU", "189.99",
             socket="LGA1700", cores="10", threads="16"),
    _product("intel-core-ultra-9-285k", "Intel", "Core Ultra 9 285K Desktop Processor", "BX80768285K", "CPU",
             "589.99", socket="LGA1851", cores="24", threads="24"),
    # ---- GPU (same-brand RTX 4070 / 4070 SUPER / 4070 Ti on purpose)
    _product("asus-tuf-rtx4070-oc", "ASUS", "TUF Gaming GeForce RTX 4070 OC Edition 12GB GDDR6X",
             "TUF-RTX4070-O12G-GAMING", "GPU", "599.99", gpu="GeForce RTX 4070", memory="12GB GDDR6X"),
    _product("asus-tuf-rtx4070-super-oc", "ASUS", "TUF Gaming GeForce RTX 4070 SUPER OC Edition 12GB GDDR6X",
             "TUF-RTX4070S-O12G-GAMING", "GPU", "659.99", gpu="GeForce RTX 4070 SUPER", memory="12GB GDDR6X"),
    _product("asus-tuf-rtx4070ti-oc", "ASUS", "TUF Gaming GeForce RTX 4070 Ti OC Edition 12GB GDDR6X",
             "TUF-RTX4070TI-O12G-GAMING", "GPU", "849.99", gpu="GeForce RTX 4070 Ti", memory="12GB GDDR6X"),
    _product("asus-dual-rtx4060-oc", "ASUS", "Dual GeForce RTX 4060 OC Edition 8GB GDDR6", "DUAL-RTX4060-O8G",
             "GPU", "309.99", gpu="GeForce RTX 4060", memory="8GB GDDR6"),
    _product("asus-rog-strix-rtx4090-oc", "ASUS", "ROG Strix GeForce RTX 4090 OC Edition 24GB GDDR6X",
             "ROG-STRIX-RTX4090-O24G-GAMING", "GPU", "2199.99", gpu="GeForce RTX 4090", memory="24GB GDDR6X"),
    _product("msi-rtx4060-ventus-2x-black-oc", "MSI", "GeForce RTX 4060 VENTUS 2X BLACK 8G OC",
             "RTX 4060 VENTUS 2X BLACK 8G OC", "GPU", "299.99", gpu="GeForce RTX 4060", memory="8GB GDDR6"),
    _product("msi-rtx4070-super-ventus-2x-oc", "MSI", "GeForce RTX 4070 SUPER 12G VENTUS 2X OC",
             "RTX 4070 SUPER 12G VENTUS 2X OC", "GPU", "609.99", gpu="GeForce RTX 4070 SUPER", memory="12GB GDDR6X"),
    _product("msi-rtx4080-super-gaming-x-slim", "MSI", "GeForce RTX 4080 SUPER 16G GAMING X SLIM",
             "RTX 4080 SUPER 16G GAMING X SLIM", "GPU", "1099.99", gpu="GeForce RTX 4080 SUPER",
             memory="16GB GDDR6X"),
    _product("gigabyte-rtx4060-eagle-oc", "Gigabyte", "GeForce RTX 4060 EAGLE OC 8G", "GV-N4060EAGLE OC-8GD",
             "GPU", "309.99", gpu="GeForce RTX 4060", memory="8GB GDDR6"),
    _product("gigabyte-rtx4070-windforce-oc", "Gigabyte", "GeForce RTX 4070 WINDFORCE OC 12G",
             "GV-N4070WF3OC-12GD", "GPU", "579.99", gpu="GeForce RTX 4070", memory="12GB GDDR6X"),
    _product("gigabyte-rtx4070-super-gaming-oc", "Gigabyte", "GeForce RTX 4070 SUPER GAMING OC 12G",
             "GV-N407SGAMING OC-12GD", "GPU", "639.99", gpu="GeForce RTX 4070 SUPER", memory="12GB GDDR6X"),
    _product("gigabyte-rtx4070ti-gaming-oc", "Gigabyte", "GeForce RTX 4070 Ti GAMING OC 12G",
             "GV-N407TGAMING OC-12GD", "GPU", "829.99", gpu="GeForce RTX 4070 Ti", memory="12GB GDDR6X"),
    _product("gigabyte-rtx4080-super-aero-oc", "Gigabyte", "GeForce RTX 4080 SUPER AERO OC 16G",
             "GV-N408SAERO OC-16GD", "GPU", "1149.99", gpu="GeForce RTX 4080 SUPER", memory="16GB GDDR6X"),
    _product("sapphire-pulse-rx7800xt", "Sapphire", "PULSE AMD Radeon RX 7800 XT 16GB GDDR6", "11330-02-20G",
             "GPU", "499.99", gpu="Radeon RX 7800 XT", memory="16GB GDDR6"),
    _product("sapphire-nitro-rx7900xtx", "Sapphire", "NITRO+ AMD Radeon RX 7900 XTX Vapor-X 24GB GDDR6",
             "11322-01-40G", "GPU", "999.99", gpu="Radeon RX 7900 XTX", memory="24GB GDDR6"),
    _product("xfx-rx7900xt-merc310", "XFX", "Speedster MERC310 Radeon RX 7900 XT 20GB GDDR6", "RX-79TMERCU9",
             "GPU", "699.99", gpu="Radeon RX 7900 XT", memory="20GB GDDR6"),
    _product("powercolor-hellhound-rx7700xt", "PowerColor", "Hellhound Radeon RX 7700 XT 12GB GDDR6",
             "RX7700XT 12G-L/OC", "GPU", "419.99", gpu="Radeon RX 7700 XT", memory="12GB GDDR6"),
    # ---- RAM (same kit in two colours; C36 vs C30 of the same line)
    _product("corsair-vengeance-ddr5-32gb-6000-c36", "Corsair", "Vengeance 32GB (2x16GB) DDR5 6000MHz C36",
             "CMK32GX5M2B6000C36", "RAM", "99.99", capacity="32GB", kit="2x16GB", speed="6000MT/s", latency="CL36",
             color="Black"),
    _product("corsair-vengeance-ddr5-32gb-6000-c30", "Corsair", "Vengeance 32GB (2x16GB) DDR5 6000MHz C30 AMD EXPO",
             "CMK32GX5M2B6000Z30", "RAM", "109.99", capacity="32GB", kit="2x16GB", speed="6000MT/s",
             latency="CL30", color="Black"),
    _product("gskill-trident-z5-rgb-32gb-6000-cl30-black", "G.Skill",
             "Trident Z5 RGB 32GB (2x16GB) DDR5-6000 CL30 Matte Black", "F5-6000J3038F16GX2-TZ5RK", "RAM",
             "114.99", capacity="32GB", kit="2x16GB", speed="6000MT/s", latency="CL30", color="Black"),
    _product("gskill-trident-z5-rgb-32gb-6000-cl30-white", "G.Skill",
             "Trident Z5 RGB 32GB (2x16GB) DDR5-6000 CL30 Matte White", "F5-6000J3038F16GX2-TZ5RW", "RAM",
             "119.99", capacity="32GB", kit="2x16GB", speed="6000MT/s", latency="CL30", color="White"),
    _product("kingston-fury-beast-ddr5-32gb-6000", "Kingston", "FURY Beast 32GB (2x16GB) DDR5 6000MT/s CL36",
             "KF560C36BBEK2-32", "RAM", "94.99", capacity="32GB", kit="2x16GB", speed="6000MT/s", latency="CL36",
             color="Black"),
    _product("crucial-ddr5-32gb-5600", "Crucial", "32GB Kit (2x16GB) DDR5-5600 UDIMM", "CT2K16G56C46U5", "RAM",
             "84.99", capacity="32GB", kit="2x16GB", speed="5600MT/s", latency="CL46"),
    _product("crucial-pro-ddr5-32gb-6000", "Crucial", "Pro 32GB Kit (2x16GB) DDR5-6000 UDIMM", "CP2K16G60C48U5",
             "RAM", "94.99", capacity="32GB", kit="2x16GB", speed="6000MT/s", latency="CL48"),
    # ---- Motherboard
    _product("asus-rog-strix-b650e-f-gaming-wifi", "ASUS", "ROG STRIX B650E-F GAMING WIFI AM5 ATX Motherboard",
             "ROG STRIX B650E-F GAMING WIFI", "Motherboard", "249.99", socket="AM5", chipset="B650E",
             form_factor="ATX"),
    _product("asus-tuf-gaming-b650-plus-wifi", "ASUS", "TUF GAMING B650-PLUS WIFI AM5 ATX Motherboard",
             "TUF GAMING B650-PLUS WIFI", "Motherboard", "189.99", socket="AM5", chipset="B650", form_factor="ATX"),
    _product("msi-mag-b650-tomahawk-wifi", "MSI", "MAG B650 TOMAHAWK WIFI AM5 ATX Motherboard",
             "MAG B650 TOMAHAWK WIFI", "Motherboard", "199.99", socket="AM5", chipset="B650", form_factor="ATX"),
    _product("msi-pro-z790-a-wifi", "MSI", "PRO Z790-A WIFI LGA1700 ATX Motherboard", "PRO Z790-A WIFI",
             "Motherboard", "199.99", socket="LGA1700", chipset="Z790", form_factor="ATX"),
    _product("gigabyte-b650-aorus-elite-ax", "Gigabyte", "B650 AORUS ELITE AX AM5 ATX Motherboard",
             "B650 AORUS ELITE AX", "Motherboard", "189.99", socket="AM5", chipset="B650", form_factor="ATX"),
    _product("asrock-b650m-pro-rs", "ASRock", "B650M Pro RS AM5 Micro-ATX Motherboard", "B650M Pro RS",
             "Motherboard", "139.99", socket="AM5", chipset="B650", form_factor="Micro-ATX"),
    # ---- Monitor
    _product("lg-27gp850-b", "LG", "UltraGear 27GP850-B 27\" QHD Nano IPS 165Hz Gaming Monitor", "27GP850-B",
             "Monitor", "299.99", size="27\"", resolution="2560x1440", refresh_rate="165Hz", panel="Nano IPS"),
    _product("lg-27gr95qe-b", "LG", "UltraGear 27GR95QE-B 27\" OLED QHD 240Hz Gaming Monitor", "27GR95QE-B",
             "Monitor", "799.99", size="27\"", resolution="2560x1440", refresh_rate="240Hz", panel="OLED"),
    _product("lg-32gs95ue-b", "LG", "UltraGear 32GS95UE-B 32\" OLED 4K 240Hz Gaming Monitor", "32GS95UE-B",
             "Monitor", "1299.99", size="32\"", resolution="3840x2160", refresh_rate="240Hz", panel="OLED"),
    _product("dell-s2721dgf", "Dell", "S2721DGF 27\" QHD 165Hz IPS Gaming Monitor", "S2721DGF", "Monitor",
             "279.99", size="27\"", resolution="2560x1440", refresh_rate="165Hz", panel="IPS"),
    _product("dell-alienware-aw3423dwf", "Dell", "Alienware AW3423DWF 34\" QD-OLED Curved Gaming Monitor",
             "AW3423DWF", "Monitor", "899.99", size="34\"", resolution="3440x1440", refresh_rate="165Hz",
             panel="QD-OLED"),
    _product("dell-u2723qe", "Dell", "UltraSharp U2723QE 27\" 4K USB-C Hub Monitor", "U2723QE", "Monitor",
             "579.99", size="27\"", resolution="3840x2160", refresh_rate="60Hz", panel="IPS Black"),
    _product("asus-rog-swift-pg27aqdm", "ASUS", "ROG Swift OLED PG27AQDM 27\" QHD 240Hz Gaming Monitor",
             "PG27AQDM", "Monitor", "899.99", size="27\"", resolution="2560x1440", refresh_rate="240Hz",
             panel="OLED"),
    _product("aoc-24g2sp", "AOC", "24G2SP 24\" FHD IPS 165Hz Gaming Monitor", "24G2SP", "Monitor", "159.99",
             size="24\"", resolution="1920x1080", refresh_rate="165Hz", panel="IPS"),
    _product("samsung-odyssey-oled-g8-34", "Samsung", "Odyssey OLED G8 34\" QD-OLED 175Hz Curved Monitor",
             "LS34DG850SNXZA", "Monitor", "1099.99", size="34\"", resolution="3440x1440", refresh_rate="175Hz",
             panel="QD-OLED"),
    # ---- Laptop (same MacBook Air in two colours)
    _product("apple-macbook-air-13-m3-midnight", "Apple", "MacBook Air 13\" M3 8GB 256GB Midnight", "MRXV3LL/A",
             "Laptop", "1099.00", cpu="Apple M3", ram="8GB", storage="256GB SSD", color="Midnight"),
    _product("apple-macbook-air-13-m3-starlight", "Apple", "MacBook Air 13\" M3 8GB 256GB Starlight", "MRXT3LL/A",
             "Laptop", "1099.00", cpu="Apple M3", ram="8GB", storage="256GB SSD", color="Starlight"),
    _product("apple-macbook-pro-14-m3-space-gray", "Apple", "MacBook Pro 14\" M3 8GB 512GB Space Gray",
             "MTL73LL/A", "Laptop", "1599.00", cpu="Apple M3", ram="8GB", storage="512GB SSD", color="Space Gray"),
    _product("asus-tuf-gaming-a15-fa507nv", "ASUS",
             "TUF Gaming A15 FA507NV 15.6\" Ryzen 7 7735HS RTX 4060 16GB 512GB", "FA507NV-LP023W", "Laptop",
             "1099.99", cpu="Ryzen 7 7735HS", gpu="GeForce RTX 4060 Laptop", ram="16GB", storage="512GB SSD"),
    _product("lenovo-legion-pro-5-16irx8", "Lenovo",
             "Legion Pro 5 16IRX8 16\" Core i7-13700HX RTX 4060 16GB 1TB", "82WK00CHUS", "Laptop", "1449.99",
             cpu="Core i7-13700HX", gpu="GeForce RTX 4060 Laptop", ram="16GB", storage="1TB SSD"),
    # ---- PSU
    _product("corsair-rm850x", "Corsair", "RM850x 850W 80 PLUS Gold Fully Modular ATX Power Supply",
             "CP-9020200-NA", "PSU", "139.99", wattage="850W", efficiency="80 PLUS Gold", modular="Full"),
    _product("corsair-rm1000x", "Corsair", "RM1000x 1000W 80 PLUS Gold Fully Modular ATX Power Supply",
             "CP-9020201-NA", "PSU", "179.99", wattage="1000W", efficiency="80 PLUS Gold", modular="Full"),
    _product("seasonic-focus-gx-850", "Seasonic", "FOCUS GX-850 850W 80 PLUS Gold Fully Modular Power Supply",
             "SSR-850FX", "PSU", "129.99", wattage="850W", efficiency="80 PLUS Gold", modular="Full"),
    _product("bequiet-straight-power-12-1000w", "be quiet!", "Straight Power 12 1000W 80 PLUS Platinum ATX 3.0",
             "BN338", "PSU", "219.90", wattage="1000W", efficiency="80 PLUS Platinum", modular="Full"),
    _product("bequiet-pure-power-12-m-850w", "be quiet!", "Pure Power 12 M 850W 80 PLUS Gold ATX 3.0", "BN344",
             "PSU", "129.90", wattage="850W", efficiency="80 PLUS Gold", modular="Full"),
    # ---- Keyboard
    _product("logitech-g915-tkl-tactile", "Logitech", "G915 TKL LIGHTSPEED Wireless RGB Gaming Keyboard GL Tactile",
             "920-009495", "Keyboard", "179.99", switch="GL Tactile", layout="TKL", connectivity="Wireless"),
    _product("logitech-mx-keys-s-graphite", "Logitech", "MX Keys S Wireless Keyboard Graphite", "920-011406",
             "Keyboard", "109.99", layout="Full", connectivity="Wireless", color="Graphite"),
    _product("razer-blackwidow-v4-pro", "Razer", "BlackWidow V4 Pro Mechanical Gaming Keyboard Green Switch",
             "RZ03-04680100-R3U1", "Keyboard", "229.99", switch="Razer Green", layout="Full", connectivity="Wired"),
    _product("corsair-k70-rgb-pro", "Corsair", "K70 RGB PRO Mechanical Gaming Keyboard Cherry MX Red",
             "CH-9109410-NA", "Keyboard", "159.99", switch="Cherry MX Red", layout="Full", connectivity="Wired"),
    _product("steelseries-apex-pro-tkl-2023", "SteelSeries", "Apex Pro TKL (2023) Wired Gaming Keyboard", "64856",
             "Keyboard", "189.99", switch="OmniPoint 2.0", layout="TKL", connectivity="Wired"),
    # ---- Mouse (same mice in two colours)
    _product("logitech-g-pro-x-superlight-2-black", "Logitech",
             "G PRO X SUPERLIGHT 2 LIGHTSPEED Wireless Gaming Mouse Black", "910-006628", "Mouse", "159.99",
             connectivity="Wireless", color="Black"),
    _product("logitech-g-pro-x-superlight-2-white", "Logitech",
             "G PRO X SUPERLIGHT 2 LIGHTSPEED Wireless Gaming Mouse White", "910-006637", "Mouse", "159.99",
             connectivity="Wireless", color="White"),
    _product("logitech-mx-master-3s-graphite", "Logitech", "MX Master 3S Performance Wireless Mouse Graphite",
             "910-006557", "Mouse", "99.99", connectivity="Wireless", color="Graphite"),
    _product("logitech-mx-master-3s-pale-grey", "Logitech", "MX Master 3S Performance Wireless Mouse Pale Grey",
             "910-006558", "Mouse", "99.99", connectivity="Wireless", color="Pale Grey"),
    _product("razer-deathadder-v3-pro-black", "Razer", "DeathAdder V3 Pro Wireless Gaming Mouse Black",
             "RZ01-04630100-R3U1", "Mouse", "149.99", connectivity="Wireless", color="Black"),
    # ---- Headset / headphones
    _product("steelseries-arctis-nova-pro-wireless", "SteelSeries", "Arctis Nova Pro Wireless Gaming Headset",
             "61520", "Headset", "349.99", connectivity="Wireless", color="Black"),
    _product("hyperx-cloud-iii-black", "HyperX", "Cloud III Wired Gaming Headset Black", "727A8AA", "Headset",
             "99.99", connectivity="Wired", color="Black"),
    _product("corsair-hs80-rgb-wireless", "Corsair", "HS80 RGB WIRELESS Premium Gaming Headset Carbon",
             "CA-9011235-NA", "Headset", "149.99", connectivity="Wireless", color="Carbon"),
    _product("razer-blackshark-v2-pro-2023-black", "Razer", "BlackShark V2 Pro (2023) Wireless Gaming Headset Black",
             "RZ04-04530100-R3U1", "Headset", "199.99", connectivity="Wireless", color="Black"),
    _product("sony-wh-1000xm5-black", "Sony", "WH-1000XM5 Wireless Noise Cancelling Headphones Black",
             "WH1000XM5/B", "Headphones", "329.99", connectivity="Bluetooth", color="Black"),
    _product("sony-wh-1000xm5-silver", "Sony", "WH-1000XM5 Wireless Noise Cancelling Headphones Silver",
             "WH1000XM5/S", "Headphones", "329.99", connectivity="Bluetooth", color="Silver"),
    # ---- Router
    _product("tp-link-archer-ax55", "TP-Link", "Archer AX55 AX3000 Dual-Band Wi-Fi 6 Router", "Archer AX55",
             "Router", "99.99", wifi="Wi-Fi 6", speed="AX3000"),
    _product("tp-link-archer-ax73", "TP-Link", "Archer AX73 AX5400 Dual-Band Wi-Fi 6 Router", "Archer AX73",
             "Router", "149.99", wifi="Wi-Fi 6", speed="AX5400"),
    _product("tp-link-archer-be800", "TP-Link", "Archer BE800 BE19000 Tri-Band Wi-Fi 7 Router", "Archer BE800",
             "Router", "599.99", wifi="Wi-Fi 7", speed="BE19000"),
    _product("tp-link-deco-x55-3-pack", "TP-Link", "Deco X55 AX3000 Whole Home Mesh Wi-Fi 6 System (3-pack)",
             "Deco X55(3-pack)", "Router", "199.99", wifi="Wi-Fi 6", speed="AX3000", units="3"),
    _product("asus-rt-ax86u-pro", "ASUS", "RT-AX86U Pro AX5700 Dual Band Wi-Fi 6 Gaming Router", "RT-AX86U PRO",
             "Router", "249.99", wifi="Wi-Fi 6", speed="AX5700"),
    _product("netgear-nighthawk-rax50", "NETGEAR", "Nighthawk RAX50 AX5400 6-Stream Wi-Fi 6 Router",
             "RAX50-100NAS", "Router", "199.99", wifi="Wi-Fi 6", speed="AX5400"),
)


def _build_catalog() -> tuple[CatalogProduct, ...]:
    products = []
    item_numbers: dict[str, int] = {}
    for key, brand, model, mpn, category, price, specs in _ROWS:
        # Hand-written products use item numbers 1..49999 of their brand, in order.
        item_numbers[brand] = item_numbers.get(brand, 0) + 1
        products.append(
            CatalogProduct(
                key=key,
                brand=brand,
                model=model,
                mpn=mpn,
                gtin=synthetic_gtin(brand, item_numbers[brand]),
                category=category,
                usd_price=Decimal(price),
                specs=dict(specs),
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


# Each family yields (brand, model, mpn_prefix, category, usd_price, specs).
_Variant = tuple[str, str, str, str, float, dict]


def _ssd_family() -> Iterator[_Variant]:
    lines = [
        ("Samsung", "990 PRO", "MZ-V9P", 85, "PCIe 4.0 x4 NVMe"), ("Samsung", "990 EVO Plus", "MZ-V9S", 65,
                                                                        "PCIe 4.0 x4 NVMe"),
        ("Samsung", "980 PRO", "MZ-V8P", 75, "PCIe 4.0 x4 NVMe"), ("Samsung", "870 EVO", "MZ-77E", 70, "SATA III"),
        ("Western Digital", "WD_BLACK SN850X", "WDS", 75, "PCIe 4.0 x4 NVMe"),
        ("Western Digital", "WD_BLACK SN770", "WDS", 60, "PCIe 4.0 x4 NVMe"),
        ("Western Digital", "WD Blue SN580", "WDS", 55, "PCIe 4.0 x4 NVMe"),
        ("Western Digital", "WD Red SN700", "WDS", 90, "PCIe 3.0 x4 NVMe"),
        ("Crucial", "T500", "CT", 65, "PCIe 4.0 x4 NVMe"), ("Crucial", "T700", "CT", 120, "PCIe 5.0 x4 NVMe"),
        ("Crucial", "P3 Plus", "CT", 55, "PCIe 4.0 x4 NVMe"), ("Crucial", "MX500", "CT", 60, "SATA III"),
        ("Kingston", "KC3000", "SKC3000", 70, "PCIe 4.0 x4 NVMe"), ("Kingston", "NV3", "SNV3S", 50,
                                                                    "PCIe 4.0 x4 NVMe"),
        ("Kingston", "FURY Renegade", "SFYR", 80, "PCIe 4.0 x4 NVMe"), ("Kingston", "A400", "SA400S37", 45,
                                                                        "SATA III"),
        ("Seagate", "FireCuda 530", "ZP", 85, "PCIe 4.0 x4 NVMe"), ("Seagate", "FireCuda 540", "ZP", 120,
                                                                    "PCIe 5.0 x4 NVMe"),
        ("SK hynix", "Platinum P41", "SHPP41-", 75, "PCIe 4.0 x4 NVMe"), ("SK hynix", "Gold P31", "SHGP31-", 60,
                                                                          "PCIe 3.0 x4 NVMe"),
        ("Corsair", "MP600 PRO LPX", "CSSD-F", 75, "PCIe 4.0 x4 NVMe"), ("Corsair", "MP700", "CSSD-F", 130,
                                                                         "PCIe 5.0 x4 NVMe"),
        ("Lexar", "NM790", "LNM790X", 60, "PCIe 4.0 x4 NVMe"), ("Lexar", "NM710", "LNM710X", 50, "PCIe 4.0 x4 NVMe"),
        ("Sabrent", "Rocket 4 Plus", "SB-RKT4P-", 90, "PCIe 4.0 x4 NVMe"),
        ("TeamGroup", "T-Force Cardea A440 Pro", "TM8FPR", 70, "PCIe 4.0 x4 NVMe"),
        ("ADATA", "XPG GAMMIX S70 Blade", "AGAMMIXS70B-", 65, "PCIe 4.0 x4 NVMe"),
    ]
    capacities = [("500GB", 0.5), ("1TB", 1), ("2TB", 2), ("4TB", 4), ("8TB", 8), ("250GB", 0.25)]
    for cap, tb in capacities:
        for heatsink in (False, True):
            for brand, line, prefix, per_tb, interface in lines:
                sata = interface.startswith("SATA")
                if heatsink and sata:
                    continue
                form = "2.5\" SATA SSD" if sata else "NVMe M.2 SSD"
                model = f"{line} {cap} {form}" + (" with Heatsink" if heatsink else "")
                price = 18 + per_tb * tb * (0.9 if tb >= 4 else 1) + (15 if heatsink else 0)
                specs = {"capacity": cap, "interface": interface,
                         "form_factor": "2.5\"" if sata else "M.2 2280"}
                yield brand, model, prefix, "SSD", price, specs


def _hdd_family() -> Iterator[_Variant]:
    lines = [
        ("Seagate", "IronWolf", "ST", "VN", 20, "NAS"), ("Seagate", "IronWolf Pro", "ST", "NT", 24, "NAS"),
        ("Seagate", "BarraCuda", "ST", "DM", 17, "Desktop"), ("Seagate", "Exos X20", "ST", "NM", 19, "Enterprise"),
        ("Seagate", "SkyHawk", "ST", "VX", 21, "Surveillance"),
        ("Western Digital", "WD Red Plus", "WD", "EFPX", 23, "NAS"),
        ("Western Digital", "WD Red Pro", "WD", "KFBX", 26, "NAS"),
        ("Western Digital", "WD Blue", "WD", "EZBX", 19, "Desktop"),
        ("Western Digital", "WD Purple", "WD", "PURZ", 21, "Surveillance"),
        ("Western Digital", "WD Gold", "WD", "FRYZ", 25, "Enterprise"),
        ("Toshiba", "N300", "HDWG", "XZSTA", 22, "NAS"), ("Toshiba", "X300", "HDWR", "EZSTA", 20, "Desktop"),
        ("Toshiba", "MG09", "MG09ACA", "E", 18, "Enterprise"),
    ]
    for tb in (1, 2, 3, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24):
        for brand, line, prefix, _suffix, per_tb, use in lines:
            model = f"{line} {tb}TB {use} 3.5\" HDD"
            price = 35 + per_tb * tb * (0.8 if tb >= 12 else 1)
            yield brand, model, prefix, "HDD", price, {"capacity": f"{tb}TB", "interface": "SATA 6Gb/s",
                                                        "use": use}


def _cpu_family() -> Iterator[_Variant]:
    cpus = [
        ("AMD", "Ryzen 5 7500F", 6, 139, "AM5"), ("AMD", "Ryzen 5 7600", 6, 189, "AM5"),
        ("AMD", "Ryzen 5 8600G", 6, 199, "AM5"), ("AMD", "Ryzen 7 8700G", 8, 289, "AM5"),
        ("AMD", "Ryzen 7 7700X", 8, 279, "AM5"), ("AMD", "Ryzen 7 7700", 8, 259, "AM5"),
        ("AMD", "Ryzen 9 7900X", 12, 369, "AM5"), ("AMD", "Ryzen 9 7900", 12, 349, "AM5"),
        ("AMD", "Ryzen 9 7950X", 16, 499, "AM5"), ("AMD", "Ryzen 5 9600X", 6, 249, "AM5"),
        ("AMD", "Ryzen 9 9900X", 12, 429, "AM5"), ("AMD", "Ryzen 9 9950X3D", 16, 699, "AM5"),
        ("AMD", "Ryzen 5 5600X", 6, 139, "AM4"), ("AMD", "Ryzen 7 5700X3D", 8, 229, "AM4"),
        ("AMD", "Ryzen 7 5800X3D", 8, 319, "AM4"),
        ("Intel", "Core i3-14100F", 4, 109, "LGA1700"), ("Intel", "Core i5-14400F", 10, 199, "LGA1700"),
        ("Intel", "Core i5-14400", 10, 229, "LGA1700"), ("Intel", "Core i5-14600KF", 14, 279, "LGA1700"),
        ("Intel", "Core i7-14700F", 20, 359, "LGA1700"), ("Intel", "Core i7-14700KF", 20, 379, "LGA1700"),
        ("Intel", "Core i9-14900KF", 24, 529, "LGA1700"), ("Intel", "Core i9-14900F", 24, 489, "LGA1700"),
        ("Intel", "Core Ultra 5 245K", 14, 309, "LGA1851"), ("Intel", "Core Ultra 5 245KF", 14, 289, "LGA1851"),
        ("Intel", "Core Ultra 7 265K", 20, 389, "LGA1851"), ("Intel", "Core Ultra 7 265KF", 20, 369, "LGA1851"),
        ("Intel", "Core Ultra 9 285", 24, 549, "LGA1851"),
    ]
    for packaging, factor in (("Boxed", 1.0), ("Tray", 0.93), ("MPK", 0.96)):
        for brand, name, cores, price, socket in cpus:
            prefix = "100-1000" if brand == "AMD" else ("BX" if packaging != "Tray" else "CM")
            model = f"{name} {cores}-Core Desktop Processor ({packaging})"
            yield brand, model, prefix, "CPU", price * factor, {"socket": socket, "cores": str(cores),
                                                                "packaging": packaging}


def _gpu_family() -> Iterator[_Variant]:
    nvidia = [("RTX 4060", "8GB GDDR6", 299), ("RTX 4060 Ti", "8GB GDDR6", 389), ("RTX 4060 Ti", "16GB GDDR6", 449),
              ("RTX 4070", "12GB GDDR6X", 579), ("RTX 4070 SUPER", "12GB GDDR6X", 619),
              ("RTX 4070 Ti", "12GB GDDR6X", 799), ("RTX 4070 Ti SUPER", "16GB GDDR6X", 829),
              ("RTX 4080 SUPER", "16GB GDDR6X", 1029), ("RTX 4090", "24GB GDDR6X", 1999),
              ("RTX 5070", "12GB GDDR7", 599), ("RTX 5070 Ti", "16GB GDDR7", 799), ("RTX 5080", "16GB GDDR7", 1199),
              ("RTX 5090", "32GB GDDR7", 2299)]
    amd = [("RX 7600", "8GB GDDR6", 259), ("RX 7600 XT", "16GB GDDR6", 319), ("RX 7700 XT", "12GB GDDR6", 409),
           ("RX 7800 XT", "16GB GDDR6", 489), ("RX 7900 GRE", "16GB GDDR6", 559), ("RX 7900 XT", "20GB GDDR6", 679),
           ("RX 7900 XTX", "24GB GDDR6", 949), ("RX 9070", "16GB GDDR6", 579), ("RX 9070 XT", "16GB GDDR6", 659)]
    nvidia_editions = [
        ("ASUS", "Dual", "DUAL-", 0), ("ASUS", "TUF Gaming", "TUF-", 60), ("ASUS", "ROG Strix", "ROG-STRIX-", 150),
        ("ASUS", "ProArt", "PROART-", 90), ("ASUS", "PRIME", "PRIME-", 20),
        ("MSI", "VENTUS 2X", "V", 0), ("MSI", "VENTUS 3X", "V", 20), ("MSI", "GAMING X TRIO", "V", 80),
        ("MSI", "GAMING X SLIM", "V", 60), ("MSI", "SUPRIM X", "V", 140), ("MSI", "INSPIRE 3X", "V", 50),
        ("Gigabyte", "EAGLE", "GV-N", 10), ("Gigabyte", "WINDFORCE", "GV-N", 0), ("Gigabyte", "GAMING", "GV-N", 50),
        ("Gigabyte", "AERO", "GV-N", 70), ("Gigabyte", "AORUS MASTER", "GV-N", 180),
        ("Zotac", "Twin Edge", "ZT-D", 0), ("Zotac", "Trinity", "ZT-D", 30), ("Zotac", "AMP Extreme AIRO", "ZT-D",
                                                                              120),
        ("PNY", "VERTO", "VCG", 0), ("PNY", "XLR8 Gaming VERTO EPIC-X RGB", "VCG", 60),
        ("Palit", "Dual", "NE6", 0), ("Palit", "JetStream", "NE6", 20), ("Palit", "GameRock", "NED", 70),
        ("Gainward", "Ghost", "NE6", 0), ("Gainward", "Phoenix", "NED", 40),
        ("Inno3D", "Twin X2", "N40", 0), ("Inno3D", "X3", "N40", 20), ("Colorful", "iGame Ultra W", "IG-", 40),
    ]
    amd_editions = [("Sapphire", "PULSE", "1133", 10), ("Sapphire", "NITRO+", "1132", 80),
                    ("XFX", "Speedster SWFT", "RX-7", 0), ("XFX", "Speedster MERC", "RX-7", 60),
                    ("PowerColor", "Fighter", "RX", 0), ("PowerColor", "Hellhound", "RX", 30),
                    ("PowerColor", "Red Devil", "RX", 90), ("ASRock", "Challenger", "RX", 0),
                    ("ASRock", "Phantom Gaming", "RX", 50), ("Gigabyte", "GAMING", "GV-R", 40)]
    for color in ("Black", "White"):
        for oc in (True, False):
            for chip, memory, base in nvidia:
                for brand, edition, prefix, extra in nvidia_editions:
                    model = f"{edition} GeForce {chip}{' OC' if oc else ''} {memory}" + (
                        " White" if color == "White" else "")
                    price = base + extra + (15 if oc else 0) + (20 if color == "White" else 0)
                    yield brand, model, prefix, "GPU", price, {"gpu": f"GeForce {chip}", "memory": memory,
                                                              "color": color}
            for chip, memory, base in amd:
                for brand, edition, prefix, extra in amd_editions:
                    model = f"{edition} Radeon {chip}{' OC' if oc else ''} {memory}" + (
                        " White" if color == "White" else "")
                    price = base + extra + (10 if oc else 0) + (20 if color == "White" else 0)
                    yield brand, model, prefix, "GPU", price, {"gpu": f"Radeon {chip}", "memory": memory,
                                                              "color": color}


def _ram_family() -> Iterator[_Variant]:
    lines = [("Corsair", "Vengeance", "CMK", 0), ("Corsair", "Vengeance RGB", "CMH", 12),
             ("Corsair", "Dominator Titanium", "CMP", 45), ("G.Skill", "Trident Z5 RGB", "F5-", 15),
             ("G.Skill", "Trident Z5 Neo RGB", "F5-", 15), ("G.Skill", "Flare X5", "F5-", 0),
             ("G.Skill", "Ripjaws S5", "F5-", -3), ("Kingston", "FURY Beast", "KF5", 0),
             ("Kingston", "FURY Beast RGB", "KF5", 10), ("Kingston", "FURY Renegade", "KF5", 20),
             ("Crucial", "Pro", "CP2K", -2), ("TeamGroup", "T-Force Delta RGB", "FF", 8),
             ("TeamGroup", "T-Create Expert", "CTCED5", 0), ("ADATA", "XPG Lancer RGB", "AX5U", 6)]
    kits = [("32GB", "2x16GB", 32), ("64GB", "2x32GB", 64), ("16GB", "2x8GB", 16), ("48GB", "2x24GB", 48),
            ("96GB", "2x48GB", 96)]
    speeds = [(6000, (30, 36)), (6400, (32, 38)), (5600, (36, 40)), (5200, (40, 36)), (7200, (34, 36)),
              (4800, (40, 38))]
    for color in ("Black", "White"):
        for size, kit, gb in kits:
            for speed, latencies in speeds:
                for cl in latencies:
                    for brand, line, prefix, extra in lines:
                        model = f"{line} {size} ({kit}) DDR5-{speed} CL{cl} {color}"
                        price = 10 + gb * 2.6 + (speed - 4800) / 100 + (40 - cl) * 1.5 + extra + (
                            5 if color == "White" else 0)
                        yield brand, model, prefix, "RAM", price, {"capacity": size, "kit": kit,
                                                                   "speed": f"{speed}MT/s", "latency": f"CL{cl}",
                                                                   "color": color}


def _motherboard_family() -> Iterator[_Variant]:
    series = [("ASUS", "ROG STRIX", "GAMING", 80), ("ASUS", "TUF GAMING", "PLUS", 30), ("ASUS", "PRIME", "-A", 0),
              ("ASUS", "ProArt", "CREATOR", 150), ("MSI", "MAG", "TOMAHAWK", 40), ("MSI", "MPG", "EDGE", 80),
              ("MSI", "PRO", "-P", 0), ("MSI", "MEG", "ACE", 250), ("Gigabyte", "", "AORUS ELITE", 30),
              ("Gigabyte", "", "AORUS PRO", 60), ("Gigabyte", "", "AORUS MASTER", 200),
              ("Gigabyte", "", "GAMING X", 10), ("Gigabyte", "", "UD", 0), ("ASRock", "", "Pro RS", 0),
              ("ASRock", "", "Steel Legend", 30), ("ASRock", "", "Taichi", 220)]
    chipsets = [("B650", "AM5", 150), ("X870E", "AM5", 330), ("B650E", "AM5", 200), ("X670E", "AM5", 300),
                ("X870", "AM5", 250), ("A620", "AM5", 100), ("B760", "LGA1700", 140), ("Z790", "LGA1700", 220),
                ("B860", "LGA1851", 170), ("Z890", "LGA1851", 280), ("H610", "LGA1700", 90)]
    forms = [("ATX", "", 0), ("Micro-ATX", "M", -15), ("Mini-ITX", "-I", 25)]
    for wifi in (True, False):
        for form, form_tag, form_extra in forms:
            for chipset, socket, base in chipsets:
                for brand, line, suffix, extra in series:
                    name = f"{line} {chipset}{form_tag} {suffix}".strip().replace(" -", "-")
                    model = f"{name}{' WIFI' if wifi else ''} {socket} {form} Motherboard"
                    price = base + extra + form_extra + (20 if wifi else 0)
                    yield brand, model, "", "Motherboard", price, {"socket": socket, "chipset": chipset,
                                                                   "form_factor": form, "wifi": "Yes" if wifi
                                                                   else "No"}


def _monitor_family() -> Iterator[_Variant]:
    brands = [("LG", "UltraGear", 0), ("Samsung", "Odyssey", 10), ("Dell", "", 0), ("Dell", "Alienware", 80),
              ("ASUS", "TUF Gaming", 0), ("ASUS", "ROG Swift", 100), ("MSI", "MAG", -10), ("Gigabyte", "", -10),
              ("AOC", "Gaming", -30), ("BenQ", "MOBIUZ", 10), ("ViewSonic", "OMNI", -20), ("Acer", "Nitro", -20)]
    resolutions = [("QHD", "2560x1440", 1.0), ("FHD", "1920x1080", 0.6), ("4K UHD", "3840x2160", 1.8)]
    for curved in (False, True):
        for panel, panel_factor in (("IPS", 1.0), ("VA", 0.85), ("OLED", 2.6)):
            for size in (27, 24, 32, 34):
                for res, pixels, res_factor in resolutions:
                    if panel == "OLED" and (size == 24 or res == "FHD"):
                        continue
                    if res == "4K UHD" and size == 24:
                        continue
                    for hz in (165, 144, 180, 240, 360):
                        if hz == 360 and res == "4K UHD":
                            continue
                        for brand, line, extra in brands:
                            shape = " Curved" if curved else ""
                            code = _code(f"{brand}{line}{size}{res}{hz}{panel}{curved}", 4)
                            model = (f"{line} {size}{code[:2]}{hz // 10}{code[2:]}".strip() +
                                     f" {size}\" {res} {panel} {hz}Hz{shape} Gaming Monitor")
                            price = (120 + size * 4) * res_factor * panel_factor * (1 + (hz - 144) / 400) + extra
                            yield brand, model, "", "Monitor", price, {"size": f"{size}\"", "resolution": pixels,
                                                                       "refresh_rate": f"{hz}Hz", "panel": panel,
                                                                       "curved": "Yes" if curved else "No"}


def _laptop_family() -> Iterator[_Variant]:
    lines = [("ASUS", "TUF Gaming A15", 0), ("ASUS", "TUF Gaming F15", 0), ("ASUS", "ROG Strix G16", 250),
             ("ASUS", "Zenbook 14", 100), ("Lenovo", "Legion 5", 120), ("Lenovo", "Legion Pro 7", 500),
             ("Lenovo", "LOQ 15", -80), ("Lenovo", "IdeaPad Slim 5", -100), ("MSI", "Katana 15", -30),
             ("MSI", "Cyborg 15", -60), ("Acer", "Nitro V 15", -100), ("Acer", "Predator Helios Neo 16", 200),
             ("HP", "Victus 15", -70), ("HP", "OMEN 16", 150), ("Dell", "G15", 0), ("Dell", "XPS 14", 600)]
    cpus = [("Core i5-13420H", 0), ("Core i7-13620H", 120), ("Core i7-14650HX", 220), ("Ryzen 7 7735HS", 60),
            ("Ryzen 7 8845HS", 150), ("Ryzen 9 8945HS", 260)]
    gpus = [("RTX 4060", 300), ("RTX 4050", 200), ("RTX 4070", 480), ("Integrated", 0)]
    configs = [("16GB", "512GB", 0), ("16GB", "1TB", 60), ("32GB", "1TB", 180)]
    for ram, storage, cfg_extra in configs:
        for gpu, gpu_extra in gpus:
            for cpu, cpu_extra in cpus:
                for brand, line, extra in lines:
                    gpu_text = f" {gpu}" if gpu != "Integrated" else ""
                    model = f"{line}{gpu_text} {cpu} {ram} {storage} Laptop"
                    price = 549 + extra + cpu_extra + gpu_extra + cfg_extra
                    yield brand, model, "", "Laptop", price, {"cpu": cpu, "gpu": gpu, "ram": ram,
                                                              "storage": f"{storage} SSD"}


def _psu_family() -> Iterator[_Variant]:
    lines = [("Corsair", "RM{w}x", "CP-902", "80 PLUS Gold", 0), ("Corsair", "RM{w}e", "CP-902", "80 PLUS Gold", -15),
             ("Corsair", "HX{w}i", "CP-902", "80 PLUS Platinum", 60), ("Corsair", "CX{w}", "CP-902",
                                                                       "80 PLUS Bronze", -35),
             ("Seasonic", "FOCUS GX-{w}", "SSR-", "80 PLUS Gold", 0), ("Seasonic", "VERTEX GX-{w}", "", "80 PLUS Gold",
                                                                       20),
             ("Seasonic", "PRIME TX-{w}", "SSR-", "80 PLUS Titanium", 110),
             ("be quiet!", "Pure Power 12 M {w}W", "BN", "80 PLUS Gold", 0),
             ("be quiet!", "Straight Power 12 {w}W", "BN", "80 PLUS Platinum", 40),
             ("be quiet!", "Dark Power 13 {w}W", "BN", "80 PLUS Titanium", 100),
             ("MSI", "MAG A{w}GL PCIE5", "", "80 PLUS Gold", -10), ("MSI", "MPG A{w}G PCIE5", "", "80 PLUS Gold", 10),
             ("Cooler Master", "MWE Gold {w} V2", "MPE-", "80 PLUS Gold", -20),
             ("Thermaltake", "Toughpower GF3 {w}W", "PS-TPD-", "80 PLUS Gold", 0),
             ("NZXT", "C{w} Gold", "PA-", "80 PLUS Gold", -5)]
    for watts in (850, 750, 1000, 650, 1200, 550, 1300, 1600):
        for brand, pattern, prefix, efficiency, extra in lines:
            model = f"{pattern.format(w=watts)} {watts}W {efficiency} Power Supply".replace(f"{watts}W {watts}W",
                                                                                             f"{watts}W")
            price = 40 + watts * 0.11 + extra
            yield brand, model, prefix, "PSU", price, {"wattage": f"{watts}W", "efficiency": efficiency}


def _peripheral_family() -> Iterator[_Variant]:
    keyboards = [("Logitech", "G915 X LIGHTSPEED TKL", 189), ("Logitech", "G515 LIGHTSPEED TKL", 139),
                 ("Logitech", "MX Mechanical Mini", 149), ("Logitech", "POP Keys", 59),
                 ("Razer", "BlackWidow V4", 169), ("Razer", "Huntsman V3 Pro TKL", 219),
                 ("Razer", "DeathStalker V2 Pro", 199), ("Corsair", "K65 PLUS WIRELESS", 159),
                 ("Corsair", "K100 RGB", 229), ("Corsair", "K70 CORE RGB", 99), ("SteelSeries", "Apex 7", 159),
                 ("SteelSeries", "Apex Pro Mini", 179), ("Keychron", "K2 Pro", 99), ("Keychron", "Q1 Pro", 199),
                 ("Keychron", "V1 Max", 89), ("HyperX", "Alloy Origins 65", 89)]
    mice = [("Logitech", "G502 X PLUS", 159), ("Logitech", "G305 LIGHTSPEED", 39), ("Logitech", "MX Anywhere 3S", 79),
            ("Logitech", "G309 LIGHTSPEED", 79), ("Razer", "Viper V3 Pro", 159), ("Razer", "Basilisk V3 Pro", 159),
            ("Razer", "DeathAdder V3", 69), ("SteelSeries", "Aerox 5 Wireless", 139), ("SteelSeries", "Rival 3", 29),
            ("Corsair", "M75 AIR WIRELESS", 99), ("Glorious", "Model O 2 Wireless", 99), ("Zowie", "EC2-C", 69),
            ("Pulsar", "X2V2", 89), ("HyperX", "Pulsefire Haste 2", 59)]
    headsets = [("SteelSeries", "Arctis Nova 7 Wireless", 179), ("SteelSeries", "Arctis Nova 1", 59),
                ("HyperX", "Cloud Alpha Wireless", 199), ("HyperX", "Cloud III Wireless", 149),
                ("Logitech", "G PRO X 2 LIGHTSPEED", 249), ("Logitech", "G435 LIGHTSPEED", 79),
                ("Logitech", "G733 LIGHTSPEED", 129), ("Razer", "BlackShark V2 X", 59), ("Razer", "Kraken V4", 149),
                ("Razer", "Barracuda X", 99), ("Corsair", "VOID RGB ELITE WIRELESS", 119),
                ("JBL", "Quantum 910 Wireless", 249), ("Sony", "INZONE H9", 299)]
    colors = ["Black", "White", "Pink", "Lilac"]
    for color in colors:
        for layout in ("US", "US/Arabic", "UK"):
            for switch in ("Red Linear", "Brown Tactile", "Blue Clicky"):
                for brand, line, price in keyboards:
                    model = f"{line} Mechanical Keyboard {switch} {layout} {color}"
                    yield brand, model, "", "Keyboard", price + (10 if layout == "US/Arabic" else 0), {
                        "switch": switch, "layout": layout, "color": color}
        for brand, line, price in mice:
            yield brand, f"{line} Gaming Mouse {color}", "", "Mouse", price, {"color": color}
        for brand, line, price in headsets:
            yield brand, f"{line} Gaming Headset {color}", "", "Headset", price, {"color": color}


def _router_family() -> Iterator[_Variant]:
    routers = [("TP-Link", "Archer AX10", "AX1500", 59), ("TP-Link", "Archer AX23", "AX1800", 69),
               ("TP-Link", "Archer AXE75", "AXE5400", 179), ("TP-Link", "Archer BE550", "BE9300", 299),
               ("TP-Link", "Archer GE800", "BE19000", 549), ("ASUS", "RT-AX58U", "AX3000", 149),
               ("ASUS", "RT-BE88U", "BE7200", 399), ("ASUS", "ROG Rapture GT-BE98", "BE25000", 699),
               ("NETGEAR", "Nighthawk RAX30", "AX2400", 129), ("NETGEAR", "Nighthawk RS700S", "BE19000", 599),
               ("MikroTik", "hAP ax3", "AX1800", 139)]
    meshes = [("TP-Link", "Deco X20", "AX1800", 60), ("TP-Link", "Deco XE75", "AXE5400", 130),
              ("TP-Link", "Deco BE85", "BE19000", 330), ("ASUS", "ZenWiFi XT8", "AX6600", 170),
              ("ASUS", "ZenWiFi BQ16", "BE25000", 450), ("NETGEAR", "Orbi RBK863S", "AX6000", 300)]
    for hw_version in ("V1", "V2", "V3"):
        for brand, line, speed, price in routers:
            model = f"{line} {speed} Wi-Fi Router (hardware {hw_version})"
            yield brand, model, "", "Router", price, {"speed": speed, "hardware_version": hw_version}
        for pack in (1, 2, 3):
            for brand, line, speed, unit in meshes:
                model = f"{line} {speed} Mesh Wi-Fi System ({pack}-pack, hardware {hw_version})"
                yield brand, model, "", "Router", unit * pack * (0.9 if pack > 1 else 1), {
                    "speed": speed, "units": str(pack), "hardware_version": hw_version}


_FAMILIES = (_gpu_family, _ssd_family, _ram_family, _monitor_family, _cpu_family, _motherboard_family,
             _hdd_family, _laptop_family, _psu_family, _peripheral_family, _router_family)


def _synthetic_variants() -> Iterator[tuple[str, _Variant]]:
    """Round-robin over all families, then again with revision suffixes, forever."""
    for revision in itertools.count(1):
        generators = [family() for family in _FAMILIES]
        while generators:
            for generator in list(generators):
                variant = next(generator, None)
                if variant is None:
                    generators.remove(generator)
                else:
                    yield ("" if revision == 1 else f" (Rev. {revision})"), variant


def expanded_catalog(n: int) -> list[CatalogProduct]:
    """``n`` products: ``CATALOG`` first, then deterministic synthetic variants.

    Every product has a distinct key, MPN and check-digit-valid GTIN. ``n`` smaller
    than the catalog returns its first ``n`` products.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
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
