"""One category tree for every shop: the canonical taxonomy and the mapping of shop labels.

The tree and its aliases are data, ``crawler/categories.toml`` (``$PRICELENS_CATEGORIES``
names another file); its header says how a label is read. :func:`taxonomy` loads it once
(again when the file changes); :meth:`Taxonomy.canonical` maps one retailer's label to the
name of a category of the tree, or None when nothing in the tree fits (the caller keeps the
label as ``shop_category``: an unknown label is reported, never dropped).

Labels are compared as keys: lower case, words of letters and digits only, each word
stemmed by the Snowball English stemmer (and an acronym's plural "s" removed: "SSDs" = "SSD"),
so "Graphics Cards", "graphics card" and "GRAPHICS-CARDS" are one key.
"""

from __future__ import annotations

import os
import re
import threading
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import snowballstemmer

from crawler.paths import parse_toml, read_config_text
from crawler.urlmask import shown_cut

DEFAULT_PATH = Path(__file__).with_name("categories.toml")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PATH_SEPARATOR = re.compile(r"\s+[/|\\]\s+|\s*[>›»]\s*")
_LIST_SEPARATOR = re.compile(r"\s*(?:&|\+|,|;|\band\b|\bund\b|\bet\b)\s*", re.IGNORECASE)
_stemmer = snowballstemmer.stemmer("english")
_stem_lock = threading.Lock()  # the stemmer object keeps state between calls


class TaxonomyError(ValueError):
    """The category file is wrong: one line naming the file, the key and what was expected."""


@lru_cache(maxsize=20000)
def _word_key(word: str) -> str:
    with _stem_lock:
        stem = _stemmer.stemWord(word)
    # an acronym's plural ("ssds", "gpus", "cpus") is left alone by the stemmer
    if stem == word and 2 < len(word) <= 5 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return stem


def words(label: str) -> tuple[str, ...]:
    """The label's words as keys: ``"Graphics Cards"`` -> ``("graphic", "card")``."""
    found = []
    for word in _WORD.findall(label.lower()):
        found.append(_word_key(word))
    return tuple(found)


@dataclass
class Category:
    id: str                 # dotted path of keys in the file: "components.storage.ssds"
    name: str               # what offers.category holds
    parent: "Category | None" = None
    children: list["Category"] = field(default_factory=list)

    @property
    def path(self) -> list["Category"]:
        node, found = self, []
        while node is not None:
            found.append(node)
            node = node.parent
        return found[::-1]

    @property
    def depth(self) -> int:
        return len(self.path)

    def within(self, other: "Category") -> bool:
        return other in self.path


class Taxonomy:
    def __init__(self, categories: dict[str, Category], aliases: dict[tuple, Category],
                 retailers: dict[str, dict[tuple, Category]], source: str = "?"):
        self.categories = categories            # by id
        self.by_name = {c.name: c for c in categories.values()}
        self.aliases = aliases                  # word keys -> category
        self.retailers = retailers              # retailer -> word keys -> category
        self.source = source
        self._memo: dict[tuple[str | None, str], str | None] = {}

    # -- reading a label ---------------------------------------------------------------------
    def category(self, label: str | None, retailer: str | None = None) -> Category | None:
        """The category of the tree a retailer's label means, or None."""
        if label is None:
            return None
        label = str(label).strip()
        if not label:
            return None
        own = self.retailers.get(retailer or "", {})
        parts = [p for p in _PATH_SEPARATOR.split(label) if p.strip()]
        for part in reversed(parts):  # a breadcrumb: the most specific part first
            found = self._part(part, own)
            if found is not None:
                return found
        return None

    def canonical(self, label: str | None, retailer: str | None = None) -> str | None:
        """The canonical category name for a retailer's label, or None when nothing fits."""
        key = (retailer, label)
        if key not in self._memo:
            if len(self._memo) > 50000:
                self._memo.clear()
            found = self.category(label, retailer)
            self._memo[key] = found.name if found else None
        return self._memo[key]

    def _part(self, text: str, own: dict) -> Category | None:
        keys = words(text)
        if not keys:
            return None
        for table in (own, self.aliases):
            if keys in table:
                return table[keys]
        pieces = [p for p in _LIST_SEPARATOR.split(text) if p.strip()]
        if len(pieces) > 1:  # "Keyboards & Mice": the nearest category that holds them all
            found = [self._part(p, own) for p in pieces]
            if all(found):
                return common_ancestor(found)
        head = self._head(keys, own)
        if head is None:
            return None
        # a sub-category named elsewhere in the label refines the head: "Feminized Cannabis Seeds"
        best = head
        for size in range(len(keys), 0, -1):
            for start in range(0, len(keys) - size + 1):
                found = own.get(keys[start:start + size]) or self.aliases.get(keys[start:start + size])
                if found is not None and found.within(head) and found.depth > best.depth:
                    best = found
        return best

    def _head(self, keys: tuple, own: dict) -> Category | None:
        """The longest alias the label ends with (the head noun of "Gaming Headsets")."""
        for start in range(1, len(keys)):
            tail = keys[start:]
            found = own.get(tail) or self.aliases.get(tail)
            if found is not None:
                return found
        return None

    # -- listing -------------------------------------------------------------------------------
    def names(self) -> list[str]:
        return [c.name for c in self.categories.values()]

    def path_names(self, name: str) -> list[str]:
        found = self.by_name.get(name)
        return [c.name for c in found.path] if found else []


def common_ancestor(found: list[Category]) -> Category | None:
    paths = [c.path for c in found]
    common = None
    for level in zip(*paths):
        if all(c is level[0] for c in level):
            common = level[0]
        else:
            break
    return common


MAX_DEPTH = 32  # levels of the category tree at most


def _shown(value) -> str:
    return shown_cut(repr(value))


def parse(data: dict, source: str = "<categories>") -> Taxonomy:
    """A :class:`Taxonomy` from the parsed TOML; :class:`TaxonomyError` when it is wrong."""
    tree = data.get("categories")
    if not isinstance(tree, dict) or not tree:
        raise TaxonomyError(f"{source}: [categories] is missing or empty (expected a table of categories)")
    categories: dict[str, Category] = {}
    aliases: dict[tuple, Category] = {}
    names: dict[str, str] = {}

    def add_alias(text, node: Category, where: str) -> None:
        if not isinstance(text, str) or not text.strip():
            raise TaxonomyError(f"{source}: {where}: expected a non-empty string, got {_shown(text)}")
        keys = words(text)
        if not keys:
            raise TaxonomyError(f"{source}: {where}: {text!r} has no letters or digits")
        other = aliases.get(keys)
        if other is not None and other is not node:
            raise TaxonomyError(f"{source}: {where}: {text!r} already means category {other.id!r}")
        aliases[keys] = node

    def walk(table: dict, prefix: str, parent: Category | None, depth: int = 1) -> None:
        for key, value in table.items():
            ident = f"{prefix}{key}"
            if depth > MAX_DEPTH:  # (1,200 levels ran walk() past Python's stack: a RecursionError traceback)
                raise TaxonomyError(f"{source}: categories.{ident[:200]}: nested more than {MAX_DEPTH} levels deep "
                                    "(expected a category tree of at most that depth)")
            if not isinstance(value, dict):
                raise TaxonomyError(f"{source}: categories.{ident}: expected a table with name and aliases")
            name = value.get("name")
            if not isinstance(name, str) or not name.strip():
                raise TaxonomyError(f"{source}: categories.{ident}.name: expected a non-empty string")
            if name in names:
                raise TaxonomyError(f"{source}: categories.{ident}.name: {name!r} is already the name of "
                                    f"categories.{names[name]} (names must be unique)")
            names[name] = ident
            node = Category(ident, name, parent)
            if parent is not None:
                parent.children.append(node)
            categories[ident] = node
            listed = value.get("aliases", [])
            if not isinstance(listed, list):
                raise TaxonomyError(f"{source}: categories.{ident}.aliases: expected a list of strings")
            add_alias(name, node, f"categories.{ident}.name")
            id_aliases.append((words(key), node))
            for alias in listed:
                add_alias(alias, node, f"categories.{ident}.aliases")
            unknown = [k for k, v in value.items() if k not in ("name", "aliases") and not isinstance(v, dict)]
            if unknown:
                raise TaxonomyError(f"{source}: categories.{ident}.{unknown[0]}: unknown key "
                                    "(expected name, aliases or sub-category tables)")
            walk({k: v for k, v in value.items() if isinstance(v, dict)}, f"{ident}.", node, depth + 1)

    id_aliases: list[tuple[tuple, Category]] = []
    walk(tree, "", None)
    for keys, node in id_aliases:  # an id is an alias too, unless a name or alias means something else
        aliases.setdefault(keys, node)
    retailers: dict[str, dict[tuple, Category]] = {}
    if not isinstance(data.get("retailers") or {}, dict):  # (a list or a string: an AttributeError traceback)
        raise TaxonomyError(f"{source}: retailers: expected [retailers.<retailer>] tables of "
                            f"\"label\" = \"category id\"")
    for retailer, mapping in (data.get("retailers") or {}).items():
        if not isinstance(mapping, dict):
            raise TaxonomyError(f"{source}: retailers.{retailer}: expected a table of \"label\" = \"category id\"")
        own = retailers.setdefault(retailer, {})
        for label, target in mapping.items():
            where = f"{source}: retailers.{retailer}.{_shown(label)}"
            node = categories.get(target) if isinstance(target, str) else None
            if node is None and isinstance(target, str):
                node = next((c for c in categories.values() if c.id.rsplit(".", 1)[-1] == target
                             or c.name == target), None)
            if node is None:
                raise TaxonomyError(f"{where}: {_shown(target)} is not a category "
                                    "(expected a category id such as \"components.gpus\", or a name)")
            keys = words(label)
            if not keys:
                raise TaxonomyError(f"{where}: the label has no letters or digits")
            own[keys] = node
    extra = [k for k in data if k not in ("categories", "retailers")]
    if extra:
        raise TaxonomyError(f"{source}: [{extra[0]}]: unknown table (expected [categories] and [retailers])")
    return Taxonomy(categories, aliases, retailers, source)


def load(path: Path | str | None = None) -> Taxonomy:
    path = Path(path or os.environ.get("PRICELENS_CATEGORIES") or DEFAULT_PATH)
    try:
        text = read_config_text(path)
    except OSError as exc:
        raise TaxonomyError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise TaxonomyError(f"{path}: not valid TOML (not UTF-8: {exc.reason} at byte {exc.start})") from None
    try:
        data = parse_toml(text)
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(f"{path}: not valid TOML ({exc})") from None
    except RecursionError:
        raise TaxonomyError(f"{path}: not valid TOML (arrays or tables nested too deeply)") from None
    return parse(data, str(path))


_cache: dict[str, tuple[float, Taxonomy]] = {}
_cache_lock = threading.Lock()


def taxonomy(path: Path | str | None = None) -> Taxonomy:
    """The taxonomy of ``path`` (default: ``$PRICELENS_CATEGORIES`` or the shipped file),
    loaded once and again when the file changes."""
    path = Path(path or os.environ.get("PRICELENS_CATEGORIES") or DEFAULT_PATH)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = -1.0
    with _cache_lock:
        hit = _cache.get(str(path))
        if hit and hit[0] == mtime:
            return hit[1]
    found = load(path)
    with _cache_lock:
        _cache[str(path)] = (mtime, found)
    return found


def canonical(label: str | None, retailer: str | None = None) -> str | None:
    """The canonical category name of a retailer's label (None when nothing in the tree fits)."""
    return taxonomy().canonical(label, retailer)


# -- the database -------------------------------------------------------------------------------

def label_counts(conn) -> list[tuple[str, str, int]]:
    """(retailer, shop label, offers) of every label the offers carry."""
    rows = conn.execute(
        "SELECT retailer_id, shop_category, count(*) AS n FROM offers WHERE shop_category IS NOT NULL"
        " GROUP BY retailer_id, shop_category ORDER BY retailer_id, shop_category").fetchall()
    return [tuple(row.values()) if isinstance(row, dict) else tuple(row) for row in rows]


def unknown_labels(conn, tax: Taxonomy | None = None) -> list[tuple[str, str, int]]:
    """(retailer, label, offers) of the shop labels the current taxonomy cannot place."""
    tax = tax or taxonomy()
    return [(r, label, n) for r, label, n in label_counts(conn) if tax.canonical(label, r) is None]


def remap(conn, tax: Taxonomy | None = None) -> int:
    """Set offers.category again from shop_category with the current taxonomy (after the file
    changed); returns how many offers changed. Products follow at the next ``pricelens match``."""
    tax = tax or taxonomy()
    changed = 0
    with conn.transaction():
        for retailer, label, _ in label_counts(conn):
            cur = conn.execute("UPDATE offers SET category = %s WHERE retailer_id = %s AND shop_category = %s"
                               " AND category IS DISTINCT FROM %s",
                               (tax.canonical(label, retailer), retailer, label, tax.canonical(label, retailer)))
            changed += cur.rowcount
    return changed
