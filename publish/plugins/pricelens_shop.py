"""The shopper's pages (queries in ``publish/shop.py``):

- ``/``: a search box, browse by category, today's real price drops, new all-time lows, and
  one link to the data (tables, SQL, downloads: ``/-/data``);
- ``/-/search?q=``: product cards (title, image, best in-stock price in USD and in the shop's
  currency, shops, stock, a "lowest ever" badge);
- ``/-/category/<name>``: a category's cards with facets (brand, in stock; seed type and breeder
  where its products are seeds) and sorts; every facet link keeps the other filters.

The front page's figures are computed once per snapshot (the database is immutable).
Every page links its Atom feed with ``<link rel="alternate" type="application/atom+xml">``
(``publish/feeds.py``).
"""

from __future__ import annotations

import os
from urllib.parse import quote, quote_plus, urlencode

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import BadRequest, NotFound, Response
from markupsafe import Markup, escape

from publish import humanize, shop
from publish.site import own_rows, page_template

DATABASE = "pricelens"
PAGE_SIZE = 24
FACET_MEMO_ENTRIES = 4096


def _database(datasette):
    try:
        return datasette.get_database(DATABASE)
    except KeyError:
        return datasette.get_database()


def show_images() -> bool:
    """Product images come from the shop selling the product (the only thing besides the map
    tiles loaded from another host); ``PRICELENS_SHOP_IMAGES=off`` shows none."""
    return os.environ.get("PRICELENS_SHOP_IMAGES", "on").strip().lower() not in ("off", "0", "no", "false")


def _headers(datasette) -> dict:
    ttl = datasette.setting("default_cache_ttl")
    return {"Cache-Control": f"max-age={ttl}"} if ttl else {}


async def _snapshot(db) -> dict:
    def read(conn):
        try:
            row = conn.execute("select * from snapshot where id = 1").fetchone()
        except Exception:
            return {}
        return dict(row) if row else {}
    return await db.execute_fn(own_rows(read))


def _page_number(request) -> int:
    try:
        return max(1, min(int(request.args.get("page") or 1), 1000))
    except ValueError:
        return 1


async def front_page(datasette, request):
    db = _database(datasette)
    found = getattr(db, "_pricelens_front", None)
    if found is None:
        def read(conn):
            return {"categories": shop.categories(conn), "drops": shop.real_drops(conn, limit=12),
                    "lows": shop.new_lows(conn, limit=12)}
        found = await db.execute_fn(own_rows(read))
        found["snapshot"] = await _snapshot(db)
        if not db.is_mutable:
            db._pricelens_front = found
    context = {**found, "database": db.name, "metadata": datasette.metadata(), "show_images": show_images(),
               "feeds": [("Today's real price drops", "/-/feeds/drops.atom"),
                         ("New all-time lows", "/-/feeds/lows.atom")]}
    html = await datasette.render_template(page_template(datasette, "front.html"), context, request=request, view_name="front")
    return Response.html(html, headers=_headers(datasette))


async def search_page(datasette, request):
    db = _database(datasette)
    text = (request.args.get("q") or "").strip()[:200]
    page = _page_number(request)

    def read(conn):
        return shop.search(conn, text, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)

    cards, total = await db.execute_fn(own_rows(read)) if text else ([], 0)
    context = {"q": text, "cards": cards, "total": total, "page": page, "page_size": PAGE_SIZE,
               "database": db.name, "show_images": show_images(), "metadata": datasette.metadata(),
               "data_url": f"/{db.name}/products?_search={quote(text)}" if text else f"/{db.name}/products"}
    html = await datasette.render_template(page_template(datasette, "search.html"), context, request=request, view_name="search")
    return Response.html(html, headers=_headers(datasette))


FILTER_CHARS = 200  # a filter value longer than any brand, breeder or type: a 400
SEED_TYPES = {"feminised": "Feminised", "autoflowering": "Autoflowering", "regular": "Regular", "cbd": "CBD"}


def _filters(request) -> dict:
    """The category page's filters from the query string (``?brand=&seed_type=&breeder=``):
    the first value of each, stripped; a value over :data:`FILTER_CHARS` characters is a 400."""
    found = {}
    for column in shop.FILTERS:
        value = (request.args.get(column) or "").strip()
        if len(value) > FILTER_CHARS:
            raise BadRequest(f"{column}: expected at most {FILTER_CHARS} characters, got {len(value)}")
        found[column] = value or None
    return found


def category_href(base: str, state: dict, **changes) -> str:
    """The category page's URL with the current filters and sort (``state``) and ``changes`` (a
    None value drops that parameter; the page number is never kept)."""
    params = {**state, **changes}
    pairs = [(key, value) for key, value in params.items() if value not in (None, "", False)]
    return base + ("?" + urlencode([(k, "1" if v is True else v) for k, v in pairs]) if pairs else "")


FACETS = (("seed_type", "seed_types", "Seed type", "All types"), ("breeder", "breeders", "Breeder", "All breeders"),
          ("brand", "brands", "Brand", "All brands"))


def facet_lists(found: dict, base: str, state: dict) -> list[dict]:
    """The facets the page shows, each value with its count and its link (the other filters and
    the sort kept): seed type and breeder where the category's products have them, the brand
    elsewhere (for seeds the breeder is the brand), and any facet whose filter is on."""
    shown = []
    for column, key, title, everything in FACETS:
        values, chosen = found.get(key) or [], state.get(column)
        if not (values or chosen) or (column == "brand" and found.get("breeders") and not chosen):
            continue
        others = category_href(base, state, **{column: None})
        joiner = "&" if "?" in others else "?"
        name = SEED_TYPES.get if column == "seed_type" else (lambda value, default=None: value)
        shown.append({"column": column, "title": title, "everything": everything, "all_href": others,
                      "chosen": name(chosen, chosen) if chosen else None,
                      "values": [{"label": name(v["name"], v["name"]), "count": v["count"],
                                  "current": v["name"] == chosen,
                                  "href": f"{others}{joiner}{column}={quote_plus(v['name'])}"} for v in values]})
    return shown


async def category_page(datasette, request):
    db = _database(datasette)
    name = tilde_decode(request.url_vars["name"])  # Datasette redirects %20 to ~20
    filters = _filters(request)
    in_stock = request.args.get("in_stock") == "1"
    sort = request.args.get("sort") if request.args.get("sort") in shop.SORTS else "popular"
    page = _page_number(request)

    # the counts cover the whole category: computed once per snapshot (it is immutable)
    memo = None if db.is_mutable else db.__dict__.setdefault("_pricelens_facets", {})
    key = (name, in_stock, *filters.values())
    known = memo.get(key) if memo is not None else None

    def read(conn):
        facets = known or shop.category_facets(conn, name, in_stock=in_stock, **filters)
        if memo is not None and known is None:
            while len(memo) >= FACET_MEMO_ENTRIES:
                memo.pop(next(iter(memo)))
            memo[key] = facets
        return shop.category_page(conn, name, in_stock=in_stock, sort=sort, limit=PAGE_SIZE,
                                  offset=(page - 1) * PAGE_SIZE, facets=facets, **filters)

    found = await db.execute_fn(own_rows(read))
    if not found["total"] and not any(filters.values()) and not in_stock:
        raise NotFound(f"No category {name}")
    base = f"/-/category/{tilde_encode(name)}"
    state = {**filters, "in_stock": in_stock, "sort": None if sort == "popular" else sort}
    context = {**found, **filters, "filters": filters, "category": name, "in_stock": in_stock, "sort": sort, "sorts": {
        "popular": "Most shops", "price": "Price, low to high", "price_desc": "Price, high to low"},
        "facets": facet_lists(found, base, state), "next_href": category_href(base, state, page=page + 1),
        "page": page, "page_size": PAGE_SIZE, "base": base, "database": db.name, "show_images": show_images(),
        "metadata": datasette.metadata(),
        "feeds": [(f"Price drops and new lows in {name}", f"/-/feeds/category/{tilde_encode(name)}.atom")],
        "data_url": f"/{db.name}/products?" + urlencode(
            [("category", name)] + [(k, v) for k, v in filters.items() if v])}
    html = await datasette.render_template(page_template(datasette, "category.html"), context, request=request, view_name="category")
    return Response.html(html, headers=_headers(datasette))


ATOM = "application/atom+xml; charset=utf-8"
FEED_CACHE_ENTRIES = 512


async def feed_page(datasette, request):
    """The Atom feeds of publish/feeds.py."""

    from publish import feeds

    db = _database(datasette)
    base = datasette.absolute_url(request, "/").rstrip("/")
    kind = request.url_vars["kind"]

    def read(conn):
        if kind == "drops":
            return feeds.drops_feed(conn, base)
        if kind == "lows":
            return feeds.lows_feed(conn, base)
        if kind == "product":
            return feeds.product_feed(conn, base, int(request.url_vars["key"]))
        return feeds.category_feed(conn, base, tilde_decode(request.url_vars["key"]))

    # the snapshot is immutable: a feed is computed once per snapshot (the drops of a big one take seconds)
    cache = None if db.is_mutable else db.__dict__.setdefault("_pricelens_feeds", {})
    key = (kind, request.url_vars.get("key"), base)
    body = cache.get(key) if cache is not None else None
    if body is None:
        try:
            body = await db.execute_fn(read)
        except feeds.NoFeed as missing:
            raise NotFound(str(missing))
        if cache is not None:
            while len(cache) >= FEED_CACHE_ENTRIES:
                cache.pop(next(iter(cache)))
            cache[key] = body
    return Response(body, content_type=ATOM, headers=_headers(datasette))


LOWEST_EVER = '<span class="pl-badge pl-badge-low">lowest ever</span>'


def cards_html(cards, show_images) -> Markup:
    """The product cards (``_cards.html``): the HTML Jinja gave for them, character for
    character, written by Python string joins. In Jinja each card was ~30 output pieces, each
    a generator step and an escape: three quarters of a category or search page's template
    time. Each value goes through ``markupsafe.escape``, as ``{{ }}`` did."""
    parts = ['<ul class="pl-cards">\n']
    for c in cards:
        in_stock = c.get("in_stock")
        image = c.get("image_url")
        if image and show_images:
            picture = (f'<img src="{escape(image)}" alt="" loading="lazy" referrerpolicy="no-referrer" '
                       'width="96" height="96">')
        else:
            picture = f'<span class="pl-noimg" aria-hidden="true">{escape((c.get("brand") or c.get("title"))[:1])}</span>'
        price_usd, price, currency = c.get("price_usd"), c.get("price"), c.get("currency")
        if price_usd is not None:
            price_text = f"<strong>{escape(humanize.usd(price_usd))}</strong>"
            if currency and currency != "USD" and price is not None:
                price_text += f' <span class="pl-local">{escape(humanize.money(price, currency))}</span>'
        else:
            price_text = "<strong>no price</strong>"
        count, retailer = c.get("retailer_count"), c.get("retailer")
        parts.append(
            f'\n  <li class="pl-card-item{"" if in_stock else " pl-out-of-stock"}">\n'
            f'    <a class="pl-card-link" href="/-/product/{escape(c.get("id"))}">\n'
            f'      <span class="pl-card-img">{picture}</span>\n'
            '      <span class="pl-card-body">\n'
            f'        <span class="pl-card-title">{escape(c.get("title"))}</span>\n'
            '        <span class="pl-card-price">\n'
            f'          {price_text}\n'
            f'          {LOWEST_EVER if c.get("lowest_ever") else ""}\n'
            '        </span>\n'
            '        <span class="pl-card-meta">\n'
            f'          <span class="{"pl-stock-in" if in_stock else "pl-stock-out"}">'
            f'{"In stock" if in_stock else "Out of stock"}</span>\n'
            f'          · {escape(count)} shop{"s" if count != 1 else ""}'
            f'{f" · best at {escape(retailer)}" if retailer else ""}\n'
            '        </span>\n'
            '      </span>\n'
            '    </a>\n'
            '  </li>\n')
    parts.append("\n</ul>")
    return Markup("".join(parts))


CURRENT = ' aria-current="true"'


def facets_html(facets) -> Markup:
    """The category page's facet lists (:func:`facet_lists`) as its template wrote them, by
    Python string joins (up to 30 values per facet, each a link and a count)."""
    parts = []
    for f in facets:
        chosen = f.get("chosen")
        parts.append(f'\n  <details class="pl-brands pl-facet-{escape(f["column"])}" open>\n'
                     f'    <summary>{escape(f["title"])}{f": {escape(chosen)}" if chosen else ""}</summary>\n'
                     '    <ul>\n    ')
        if chosen:
            parts.append(f'<li><a href="{escape(f["all_href"])}">{escape(f["everything"])}</a></li>')
        parts.append("\n    ")
        parts.extend(f'<li><a href="{escape(v["href"])}"{CURRENT if v["current"] else ""}>'
                     f'{escape(v["label"])}</a> <span class="pl-count">{v["count"]:,}</span></li>'
                     for v in f["values"])
        parts.append("\n    </ul>\n  </details>\n  ")
    return Markup("".join(parts))


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["tilde"] = tilde_encode
    env.globals["pl_cards_html"] = cards_html
    env.globals["pl_facets_html"] = facets_html


@hookimpl
def register_routes():
    return [
        (r"^/$", front_page),
        (r"^/-/search$", search_page),
        (r"^/-/category/(?P<name>[^/]+)$", category_page),
        (r"^/-/feeds/(?P<kind>drops|lows)\.atom$", feed_page),
        (r"^/-/feeds/(?P<kind>product)/(?P<key>\d{1,18})\.atom$", feed_page),  # longer: past SQLite INTEGER, a 404
        (r"^/-/feeds/(?P<kind>category)/(?P<key>[^/]+)\.atom$", feed_page),
    ]
