"""The snapshot's families: one item in all its packs or sizes, across shops.

Run by ``publish/export.py`` once the offers and products are in (same transaction). For every
offer it reads title, brand, canonical category, unit and the seed facts the shop showed, and

* gives seed offers their canonical seed type (``crawler.families.seed_type``: the shop's word,
  else the category's, else the title's) and their breeder (the one the shop names, else the
  brand); other offers get neither;
* computes the offer's family key (``crawler.families.family_key``) and joins keys through the
  matched products (``assign_families``): ``offers.family_id`` and ``products.family_id``;
* writes one ``families`` row per family: its name, brand / breeder, seed type, unit, counts, the
  packs offered and the cheapest price per unit in stock.

The site shows a family's packs across shops, cheapest per unit first (:func:`family_offers`).
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict

from crawler.families import Member, assign_families, family_key, family_name, is_seed_offer, seed_type

# every column an offer of a family shows on the product and family pages
OFFER_COLUMNS = ("id, product_id, retailer_id, retailer_name, title, url, price, currency, price_usd, availability, "
                 "in_stock, pack_size, unit, unit_quantity, unit_price_usd, thc, cbd")


def _number(value) -> str:
    """2000.0 -> "2000", 0.5 -> "0.5"."""
    return str(int(value)) if float(value).is_integer() else f"{value:.4g}"


def build_families(db: sqlite3.Connection) -> int:
    """Fill the family and seed columns of offers and products and the ``families`` table;
    returns the number of families."""
    members, seed_rows, names = [], [], defaultdict(Counter)
    rows = db.execute("SELECT id, product_id, title, brand, category, unit, breeder, seed_type FROM offers")
    for offer_id, product_id, title, brand, category, unit, breeder, given_type in rows:
        seeds = is_seed_offer(unit, category, given_type)
        key = family_key(title, brand, category, unit, breeder=breeder, given_type=given_type)
        members.append(Member(offer_id, product_id, key))
        canonical_type = seed_type(given_type, category, title) if seeds else None
        owner = (breeder or brand) if seeds else None
        if canonical_type != given_type or owner != breeder:
            seed_rows.append((offer_id, owner, canonical_type))
        if key and title:
            names[offer_id] = family_name(title, (breeder or brand) if seeds else brand, seeds=seeds)
    if seed_rows:
        db.executemany("UPDATE offers SET breeder = ?2, seed_type = ?3 WHERE id = ?1", seed_rows)
    found = assign_families(members)
    if found:
        db.executemany("UPDATE offers SET family_id = ?2 WHERE id = ?1", found.items())
    db.execute("""
        UPDATE products SET family_id = f.family_id, breeder = f.breeder, seed_type = f.seed_type
        FROM (SELECT product_id, max(family_id) AS family_id, max(breeder) AS breeder, max(seed_type) AS seed_type
              FROM offers WHERE product_id IS NOT NULL AND (family_id IS NOT NULL OR seed_type IS NOT NULL)
              GROUP BY product_id) f
        WHERE products.id = f.product_id""")
    family_names: dict[str, Counter] = defaultdict(Counter)
    for offer_id, name in names.items():
        if offer_id in found and name:
            family_names[found[offer_id]][name] += 1
    groups: dict[str, list] = defaultdict(list)
    for row in db.execute(
            "SELECT family_id, id, product_id, retailer_id, retailer_name, brand, breeder, seed_type, category, unit,"
            " pack_size * unit_quantity, in_stock, unit_price_usd, price_usd FROM offers"
            " WHERE family_id IS NOT NULL"):
        groups[row[0]].append(row)
    families = []
    for family_id in sorted(groups):
        offers = groups[family_id]
        units = Counter(o[9] for o in offers if o[9])
        unit = min(units.items(), key=lambda item: (-item[1], item[0]))[0] if units else None
        sizes = sorted({o[10] for o in offers if o[9] == unit and o[10] is not None})
        priced = [o for o in offers if o[11] == 1 and o[12] is not None and o[9] == unit]
        best = min(priced, key=lambda o: (o[12], o[13] if o[13] is not None else float("inf"), o[1])) \
            if priced else None
        named = family_names[family_id]
        name = min(named.items(), key=lambda item: (-item[1], len(item[0]), item[0]))[0] if named else None
        first = lambda column: next((o[column] for o in offers if o[column]), None)  # noqa: E731
        families.append((
            family_id, name, first(6) or first(5), first(7), first(8), unit,
            len({o[2] if o[2] is not None else ("offer", o[1]) for o in offers}), len(offers),
            len({o[3] for o in offers}), sum(o[11] or 0 for o in offers), ", ".join(_number(s) for s in sizes),
            best[12] if best else None, best[1] if best else None, best[4] if best else None))
    db.executemany(f"INSERT INTO families VALUES ({', '.join('?' * 14)})", families)
    return len(families)


def family_offers(conn: sqlite3.Connection, family_id: str) -> list[dict]:
    """Every offer of a family, cheapest per unit first (then by price; offers without a price per
    unit last)."""
    cursor = conn.execute(
        f"SELECT {OFFER_COLUMNS} FROM offers WHERE family_id = ?"
        " ORDER BY unit_price_usd IS NULL, unit_price_usd, price_usd IS NULL, price_usd, id", [family_id])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def family(conn: sqlite3.Connection, family_id: str) -> dict | None:
    cursor = conn.execute("SELECT * FROM families WHERE id = ?", [family_id])
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row)) if row else None


__all__ = ["build_families", "family", "family_offers"]
