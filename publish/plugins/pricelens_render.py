"""Tables and query results a shopper can read (Datasette's ``render_cell`` and templates).

- money with its currency's symbol, thousands separators and decimals (``*_usd`` columns in
  USD, ``price``/``regular_price``/... in the row's ``currency``);
- availability in words, ``in_stock`` as yes/no, dates for people (ISO in the tooltip),
  ``*_pct`` as percentages, ``match_confidence`` as a percentage;
- every product reference links to its product page (``/-/product/<id>``): a ``product_id``
  cell, and an offer's or a query row's title when the row has a ``product_id``;
- a human column order for the main tables (``COLUMN_ORDER``, used by ``templates/_table.html``).

The raw values stay in the JSON and CSV exports; only the HTML changes.
"""

from __future__ import annotations

from datasette import hookimpl
from markupsafe import Markup, escape

from publish import humanize

# Columns shown first, in this order (the rest follow in the table's own order).
COLUMN_ORDER = {
    "products": ["title", "best_in_stock_price_usd", "best_in_stock_retailer", "in_stock_count", "retailer_count",
                 "best_price_usd", "best_retailer", "all_time_low_usd", "all_time_low_at", "low_30d_usd",
                 "highest_price_usd", "spread_pct", "category", "brand", "mpn", "gtin"],
    "offers": ["title", "product_id", "retailer_name", "price", "price_usd", "availability", "regular_price",
               "discount_pct", "last_verified_at", "category", "brand", "mpn", "gtin", "url"],
    "price_history": ["offer_id", "observed_at", "price", "previous_price", "movement", "price_usd", "availability"],
}

CURRENCY_COLUMNS = {"price", "regular_price", "previous_price", "high_30d", "low_30d", "price_now"}
AVAILABILITY_COLUMNS = {"availability", "availability_now"}
YES_NO_COLUMNS = {"in_stock", "still_at_low"}
DATE_COLUMNS = {"valid_from", "valid_to", "window_start"}


def _get(row, key):
    if row is None:
        return None
    try:
        value = row[key]
    except (KeyError, IndexError, TypeError):
        return None
    return value.get("value") if isinstance(value, dict) else value  # an expanded foreign key


def _product_link(product_id, text) -> Markup | None:
    try:
        number = int(product_id)
    except (TypeError, ValueError):
        return None
    return Markup(f'<a href="/-/product/{number}">{escape(text)}</a>')


def render(value, column: str, table: str | None, row) -> Markup | str | None:
    """The HTML of one cell, or None to leave it to Datasette."""
    if value is None or column is None:
        return None
    label = None
    if isinstance(value, dict):  # a foreign key Datasette expanded: {"value": 55, "label": "title"}
        value, label = value.get("value"), value.get("label")
        if value is None:
            return None
    if column == "product_id" and table != "products":
        return _product_link(value, label if label and label != value else f"product {value}")
    if label is not None:
        return None
    if column == "title" and table not in ("products",) and _get(row, "product_id") is not None:
        return _product_link(_get(row, "product_id"), value)
    if column.endswith("_usd"):
        return humanize.usd(value) or None
    if column in CURRENCY_COLUMNS:
        return humanize.money(value, _get(row, "currency")) or None
    if column in AVAILABILITY_COLUMNS:
        return humanize.availability(value)
    if column in YES_NO_COLUMNS and value in (0, 1):
        return "yes" if value else "no"
    if column == "match_confidence":
        return humanize.percent(value, fraction=True) or None
    if column.endswith("_pct"):
        return humanize.percent(value) or None
    if (column.endswith("_at") or column in DATE_COLUMNS) and humanize.parse_iso(value):
        return humanize.when(value)
    return None


@hookimpl
def render_cell(value, column, table, row, database):
    if table == "stores":  # the store map's own cells (pricelens_site)
        return None
    return render(value, column, table, row)


def column_order(table: str | None, columns) -> list[int]:
    """Indexes into ``columns`` (Datasette's display columns) in the human order: the link
    column first, then :data:`COLUMN_ORDER`, then the rest as they were."""
    names = [c["name"] if isinstance(c, dict) else getattr(c, "name", c) for c in columns]
    wanted = COLUMN_ORDER.get(table or "", [])
    rank = {name: i for i, name in enumerate(wanted)}

    def key(index):
        column = columns[index]
        special = isinstance(column, dict) and column.get("is_link_column")
        name = names[index]
        if special or index == 0 and name not in rank and wanted:
            return (-1, index)
        return (rank.get(name, len(wanted)), index)

    return sorted(range(len(names)), key=key)


@hookimpl
def extra_template_vars():
    return {"pl_column_order": column_order}


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["money"] = humanize.money
    env.filters["usd"] = humanize.usd
    env.filters["availability"] = humanize.availability
    env.filters["when"] = humanize.when
    env.filters["when_text"] = humanize.when_text
    env.filters["percent"] = humanize.percent


@hookimpl
def handle_exception(datasette, request, exception):
    """A sort Datasette refuses ("Cannot sort table by x": a DatasetteError, a 500 by default)
    is the visitor's request, not a fault of the site: a 400 with the reason."""
    from datasette.utils.asgi import Response

    message = str(exception)
    if type(exception).__name__ == "DatasetteError" and message.startswith("Cannot sort table by"):
        async def inner():
            if request.path.endswith(".json") or request.args.get("_format") == "json":
                return Response.json({"ok": False, "error": message, "status": 400, "title": None}, status=400)
            body = await datasette.render_template(
                "error.html", {"ok": False, "error": message + ": pick one of the column headings with a link",
                               "status": 400, "title": "Not a sortable column"}, request=request)
            return Response.html(body, status=400)
        return inner
    return None
