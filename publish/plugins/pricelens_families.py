"""Families on the site (publish/families.py): one item in all its packs or sizes across shops.

- the product page (``/-/product/<id>``) shows ``family`` and ``family_offers`` (every pack of the
  product's family in every shop, cheapest per unit first) through ``templates/_family.html``
  when the family has more than one pack or size; ``pricelens_site.product_data`` reads them in
  the page's one database read;
- ``/-/family/<id>`` (``templates/family.html``): the same for a family by itself, ``.json`` too.
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from publish import humanize
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


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["unit_usd"] = humanize.unit_usd  # one rounding of a price per unit everywhere
    env.filters["sizes"] = humanize.sizes        # "1 TB, 2 TB, 4 TB", "1, 3, 5, 10 seeds"
