"""JSON-LD: tolerant parsing of script bodies, @graph flattening and bounded @id expansion."""

from __future__ import annotations

import html as html_lib
import json
import logging
import re
from dataclasses import dataclass

from crawler.extraction.nodes import _walk
from crawler.urlmask import shown_cut

log = logging.getLogger(__name__)

_VALID_ESCAPES = set('"\\/bfnrtu')


_TRAILING_COMMA_RE = re.compile(r'("[^"\\]*(?:\\.[^"\\]*)*")|,\s*([}\]])')  # a string, kept; a comma, gone
# outside strings, what the repair looks at, tried in this order at each position: a string (to its
# closing quote, or to the end when it has none), a // comment (up to its newline), a /* comment (to
# its end, or the text's), and the <!-- --> <![CDATA[ ]]> wrappers; anything else is kept as it is
_REPAIR_TOKEN_RE = re.compile(
    r'"[^"\\]*(?:\\[\s\S][^"\\]*)*(?:"|\\?\Z)'
    r"|//[^\n]*"
    r"|/\*[\s\S]*?(?:\*/|\Z)"
    r"|<!--|-->|<!\[CDATA\[|\]\]>"
)
# inside a string: an escape (kept when JSON has it, else its backslash doubled) or a raw control
_STRING_FIX_RE = re.compile(r"\\([\s\S])|[\n\r\t]")
_RAW_CONTROLS = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _fix_string_part(match: re.Match) -> str:
    escaped = match.group(1)
    if escaped is None:
        return _RAW_CONTROLS[match.group(0)]
    return match.group(0) if escaped in _VALID_ESCAPES else "\\\\" + escaped


def _repair_token(match: re.Match) -> str:
    token = match.group(0)
    if token[0] != '"':
        return ""  # a comment or a wrapper
    if "\\" in token or "\n" in token or "\r" in token or "\t" in token:
        return _STRING_FIX_RE.sub(_fix_string_part, token)
    return token


def _repair_json(text: str) -> str:
    """Remove comments and trailing commas, fix escapes and raw newlines.

    Regular expressions walk the text (a Python loop over each character cost ~1-3 s per MB
    of JSON-LD; ``benchmarks/bench_jsonld.py`` measures it)."""
    return _TRAILING_COMMA_RE.sub(lambda m: m.group(2) or m.group(0), _REPAIR_TOKEN_RE.sub(_repair_token, text))


def _decode_values(text: str) -> list:
    """Decode one or more JSON values laid side by side (trailing garbage ignored)."""
    decoder = json.JSONDecoder(strict=False)
    values, i = [], 0
    while True:
        start = min((p for p in (text.find("{", i), text.find("[", i)) if p >= 0), default=-1)
        if start < 0:
            break
        try:
            value, i = decoder.raw_decode(text, start)
        except ValueError:
            break
        values.append(value)
    return values


def loads_tolerant(text: str) -> list:
    """Parse a JSON-LD script body; return its top-level values ([] if hopeless)."""
    return read_script(text)[0]


def read_script(text: str) -> tuple[list, str | None]:
    """(values, problem): a JSON-LD script body's top-level values, and why it cannot be read when
    nothing in it can (``None`` when it can, or is empty). Never raises: a script nested deeper than
    Python's stack (``[[[[...``) raised a RecursionError that lost every other script of the page."""
    try:
        return _read_script(text)
    except RecursionError:
        return [], "nested deeper than Python can read"


def _read_script(text: str) -> tuple[list, str | None]:
    text = text.strip().lstrip("\ufeff")
    if not text:
        return [], None
    try:
        return [json.loads(text, strict=False)], None
    except ValueError as exc:
        problem = f"not valid JSON ({str(exc)[:200]})"
    candidates = [text]
    if "&quot;" in text or "&#" in text:
        candidates.append(html_lib.unescape(text))
    for candidate in candidates:
        repaired = _repair_json(candidate)
        try:
            return [json.loads(repaired, strict=False)], None
        except ValueError:
            values = _decode_values(repaired)
            if values:
                return values, None
    return [], problem


@dataclass
class UnreadScript:
    """A JSON-LD script of a page that cannot be read: its place (``number`` of ``total`` JSON-LD
    scripts), why, and its first characters (a rejections row's raw value)."""

    number: int
    total: int
    problem: str
    head: str

    def __str__(self) -> str:
        return f"JSON-LD script {self.number} of {self.total} cannot be read: {self.problem}"


UNREAD_HEAD_MAX = 2000  # characters of an unreadable script kept (a rejections row's raw value)
# unreadable scripts of one page named one by one (a warning line and a rejections row each); those after
# are one more, counting them: a 1.4 MB page of 10,000 `{` scripts made 10,000 rows and lines (a 32 MB page
# 800,000), every page of the shop
UNREAD_SHOWN_MAX = 10


def unread_cut(unread: list) -> list:
    """The unreadable scripts of a page as they are reported (product pages and store locators): the
    first ``UNREAD_SHOWN_MAX`` one by one, then one entry for all the others (its number is the first
    of them, its head that script's)."""
    if len(unread) <= UNREAD_SHOWN_MAX:
        return unread
    first = unread[UNREAD_SHOWN_MAX]
    more = len(unread) - UNREAD_SHOWN_MAX
    return unread[:UNREAD_SHOWN_MAX] + [UnreadScript(
        first.number, first.total, f"{first.problem}; and so do {more - 1} more after it" if more > 1 else first.problem,
        first.head)]


def jsonld_items(tree, unread: list | None = None) -> list[dict]:
    """Top-level JSON-LD items of a page (arrays flattened, broken JSON repaired); each script that
    cannot be read is added to ``unread`` (an :class:`UnreadScript`) when it is given."""
    items: list[dict] = []
    scripts = [script for script in tree.xpath("//script[@type]") if "ld+json" in script.get("type", "").lower()]
    found_unread: list[UnreadScript] = []
    for number, script in enumerate(scripts, 1):
        text = script.text_content() or ""
        values, problem = read_script(text)
        if problem and unread is not None:
            found_unread.append(UnreadScript(number, len(scripts), problem, text.strip()[:UNREAD_HEAD_MAX]))
        for value in values:
            items.extend(v for v in (value if isinstance(value, list) else [value]) if v)
    if unread is not None:
        unread.extend(unread_cut(found_unread))
    return [item for item in items if isinstance(item, dict)]


# ---------------------------------------------------------------------------
# schema.org node helpers
# ---------------------------------------------------------------------------


# Bounds of @id expansion: a stub {"@id": x} is replaced by the node carrying
# that @id, whose own stubs are replaced in turn.  Nodes that reference each
# other many times grow exponentially (a 3 KB block can expand to millions of
# nodes), so expansion stops at MAX_ITEM_NODES dicts built per top-level item
# (one hostile item does not starve the product after it), MAX_EXPANDED_NODES
# per page, MAX_NESTING levels of JSON nesting, and a stub is never expanded
# inside its own expansion (cycles).  Stubs left unexpanded stay {"@id": x}.
MAX_ITEM_NODES = 500
MAX_EXPANDED_NODES = 4000
MAX_NESTING = 8


@dataclass
class Expansion:
    """What one page's @id expansion did: dicts built, stubs expanded, and
    whether a bound stopped it (``capped``)."""

    nodes: int = 0
    references: int = 0
    capped: bool = False


def _resolve_refs(items: list[dict], expansion: Expansion | None = None) -> list[dict]:
    """Replace {"@id": x} stubs with the full node carrying that @id (bounded, see above)."""
    expansion = expansion if expansion is not None else Expansion()
    by_id = {}
    for node in _walk(items):
        node_id = node.get("@id")
        if isinstance(node_id, str) and len(node) > 1:
            by_id.setdefault(node_id, node)

    item_limit = 0

    def resolve(value, depth, trail):
        if depth > MAX_NESTING:
            return value
        if isinstance(value, dict):
            if expansion.nodes >= item_limit:
                expansion.capped = True
                return value
            node_id = value.get("@id")
            if len(value) == 1 and isinstance(node_id, str) and node_id in by_id:
                if node_id in trail:
                    return value  # a cycle: leave the stub
                value = by_id[node_id]
                expansion.references += 1
            if isinstance(node_id, str):
                trail = trail | {node_id}
            expansion.nodes += 1
            return {k: resolve(v, depth + 1, trail) for k, v in value.items()}
        if isinstance(value, list):
            return [resolve(v, depth + 1, trail) for v in value]
        return value

    resolved: list = [None] * len(items)
    # product-like items first, so that other items cannot use up the page's budget
    order = sorted(range(len(items)), key=lambda i: not _product_like(items[i]))
    for i in order:
        item_limit = min(expansion.nodes + MAX_ITEM_NODES, MAX_EXPANDED_NODES)
        resolved[i] = resolve(items[i], 0, frozenset())
    return resolved


def _product_like(item: dict) -> bool:
    types = item.get("@type")
    text = " ".join(map(str, types)) if isinstance(types, list) else str(types or "")
    return "product" in text.lower() or "offers" in item


def jsonld_nodes(tree, url: str = "", expansion: Expansion | None = None, unread: list | None = None) -> list[dict]:
    """Product-relevant JSON-LD nodes: @graph flattened, @id stubs expanded
    (bounded; a capped expansion is logged as a warning naming the page). A script that cannot be
    read is one warning line naming the page (and added to ``unread`` when it is given)."""
    expansion = expansion if expansion is not None else Expansion()
    items = []
    unread = unread if unread is not None else []
    found = jsonld_items(tree, unread)
    for script in unread:
        log.warning("%s on %s", script, shown_cut(url or "?", 300))
    for item in found:
        graph = item.get("@graph")
        if isinstance(graph, list):
            items.extend(g for g in graph if isinstance(g, dict))
        elif isinstance(graph, dict):
            items.append(graph)
        if len(item) > 2 or "@graph" not in item:
            items.append(item)
    nodes = _resolve_refs(items, expansion)
    if expansion.capped:
        log.warning(
            "JSON-LD @id expansion capped on %s: %d nodes built (limits %d per item, %d per page), "
            "%d references expanded",
            url or "?", expansion.nodes, MAX_ITEM_NODES, MAX_EXPANDED_NODES, expansion.references,
        )
    return nodes
