"""Families on the site (publish/families.py): one item in all its packs or sizes across shops.

- the product page (``/-/product/<id>``) gets ``family`` and ``family_offers`` (every pack of the
  product's family in every shop, cheapest per unit first), shown by ``templates/_family.html``
  when the family has more than one pack or size;
- ``/-/family/<id>`` (``templates/family.html``): the same for a family by itself, ``.json`` too.
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from publish.families import family, family_offers

DATABASE = "pricelens"


def _database(datasette):
    try:
        return datasette.get_database(DATABASE)
    except KeyError:
        return datasette.get_database()


def _read(family_id: str | None, product_id: int | None):
    def read(conn):
        try:
            found_id = family_id
            if found_id is None:
                row = conn.execute("SELECT family_id FROM products WHERE id = ?", [product_id]).fetchone()
                found_id = row[0] if row else None
            found = family(conn, found_id) if found_id else None
            return found, (family_offers(conn, found_id) if found else [])
        except sqlite3.OperationalError:  # a snapshot from before families
            return None, []
    return read


@hookimpl
def extra_template_vars(view_name, request, datasette):
    if view_name != "product" or request is None:
        return {}

    async def family_vars():
        try:
            product_id = int(request.url_vars["id"])
        except (KeyError, ValueError):
            return {}
        found, offers = await _database(datasette).execute_fn(_read(None, product_id))
        if found is None or (found["product_count"] or 0) < 2:
            return {"family": None, "family_offers": []}
        return {"family": found, "family_offers": offers}

    return family_vars


async def family_page(datasette, request):
    family_id = request.url_vars["id"]
    db = _database(datasette)
    found, offers = await db.execute_fn(_read(family_id, None))
    if found is None:
        raise NotFound(f"No family {family_id}")
    ttl = datasette.setting("default_cache_ttl")
    headers = {"Cache-Control": f"max-age={ttl}"} if ttl else {}
    if request.url_vars.get("format") == "json":
        return Response.json({"family": found, "offers": offers}, headers=headers)
    html = await datasette.render_template(
        "family.html", {"family": found, "family_offers": offers, "database": db.name,
                        "metadata": datasette.metadata()}, request=request, view_name="family")
    return Response.html(html, headers=headers)


@hookimpl
def register_routes():
    return [(r"^/-/family/(?P<id>[a-z0-9][a-z0-9-]{0,200})(\.(?P<format>json))?$", family_page)]
