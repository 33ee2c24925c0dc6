"""Families: the products of one item sold in several packs or sizes.

A seed bank sells one strain of one breeder in packs of 1, 3, 5, 10 seeds; each pack is a product
of its own (5 and 10 seeds are not the same thing to buy), and together they are a *family*: same
breeder + strain + seed type. Tech has the same: a 1 TB and a 2 TB drive of one line, a 2x8 GB
kit and a 1x16 GB module of one memory line, a 4-pack and an 8-pack of one battery. Within a
family prices compare per unit (per seed, per GB ...: ``crawler/units.py``).

:func:`family_key` is a pure function of what one offer says (title, brand, canonical category,
unit, and the seed facts a shop shows); offers of one family get the same key:

* **seeds** (the unit is ``seed``, the category is under Seeds, or a seed type is given):
  ``seed|<breeder>|<strain>|<type>``. The strain is the title without the pack ("5 semillas",
  "Pack of 5"), the seed trade's words in any language (seeds, semillas, feminizada,
  autofloreciente, automatic ... : ``crawler.matching.seeds``) and the breeder's name; the type
  (:func:`seed_type`) is the one the shop states, else the category's, else the title's.
  Feminised, autoflowering, regular and CBD lines of a strain are separate families.
* **other units** (GB, g, ml, piece): ``<unit>|<brand>|<words>``, the words of the title without
  its sizes and packs ("1TB", "2x8GB", "3-pack"), the brand, filler (kit, module, memory) and
  part numbers (a code with three or more letter/digit changes, like MZ-V9P1T0BW, or two in
  seven or more characters, like SKC3000D or WD20EZBX: it names one capacity, not the line),
  sorted: word order differs from shop to shop.

:func:`family_name` is the name people read: the brand first (a strain: its own name), then the
title's words without sizes, packs, part numbers and the brand's own words, single spaces.

No key (None) without a unit, or without a brand (breeder): a family needs a measure to compare
and an owner to be sure it is one line.

:func:`assign_families` turns keys into families over the matched products: two products are
in one family when any of their offers share a key (so one shop's wording joins another's
through the product they both sell), and the family's id is a readable slug of its most common
key ("royal-queen-seeds-amnesia-haze-feminised").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Hashable, Iterable

from crawler.matching.seeds import CANON as _SEED_CANON
from crawler.units import strip_units

SEED_TYPES = ("feminised", "autoflowering", "regular", "cbd")
_WORD = re.compile(r"[a-z0-9]+")
_CODE_TOKEN = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
_ALTERNATION = re.compile(r"[a-z](?=[0-9])|[0-9](?=[a-z])")
# describe a pack or a seed, never the strain (with the seed trade's words of every language)
_SEED_FILLER = frozenset(_SEED_CANON) | frozenset(
    "seeds seed pack packs packung paquete pacchetto confezione lot sachet er of de by the x cannabis "
    "marijuana marihuana strain strains feminised feminized fem autoflowering autoflower auto automatic "
    "photoperiod".split()) - {"the"}
_TECH_FILLER = frozenset(
    "kit kits module modules memory ram dimm single dual channel pack packs set of and with for the x "
    "piece pieces pcs pc units".split())


def _words(text: str | None, codes: bool = False) -> list[str]:
    """Lower-case, accent-free words; ``codes``: without part numbers (a word, dashes and dots
    included, with three or more letter/digit changes: MZ-V9P1T0BW, CMK16GX4M2E3200C16)."""
    if not text:
        return []
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    if not codes:
        return _WORD.findall(text)
    out = []
    for token in _CODE_TOKEN.findall(text):
        if not _is_code(token):
            out.extend(_WORD.findall(token))
    return out


def _is_code(token: str) -> bool:
    """A part number: three or more letter/digit changes (MZ-V9P1T0BW), or two in seven or more
    letters and digits (SKC3000D, WD20EZBX; a line name like SN850X or DDR4-3200 is shorter or
    changes less)."""
    bare = re.sub(r"[^a-z0-9]", "", token.lower())
    changes = len(_ALTERNATION.findall(bare))
    return changes >= 3 or (changes >= 2 and len(bare) >= 7)


_LEFTOVER_SIZE = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:[kmgt]b?|[kmgt]i?b)$", re.I)
_EDGE = " -–—|,;:/+&"


def family_name(title: str | None, brand: str | None = None, *, seeds: bool = False) -> str | None:
    """A readable name of the family an offer's title belongs to: the brand first (not for seeds:
    the strain's name as the shop writes it, the breeder shown beside it), then
    the title's words without its sizes and packs, part numbers and the brand's own words, single
    spaces ("Samsung 990 PRO NVMe M.2 SSD" from "990 PRO 2TB NVMe M.2 SSD Samsung MZ-V9P2T0BW")."""
    if not title:
        return None
    text = strip_units(title, seed_context=seeds)
    owner = [] if seeds else _words(brand)  # a strain's name stands alone (its breeder is shown beside it)
    kept: list[str] = []
    for token in text.split():
        parts = [p for p in token.split("/") if p and not (_is_code(p) and re.search(r"[A-Za-z]", p)
                                                           and re.search(r"\d", p)) and not _LEFTOVER_SIZE.match(p)]
        if parts:
            kept.append("/".join(parts))
    # the brand's words, wherever the title has them (written first below)
    words = _without(kept, owner, key=lambda w: " ".join(_words(w)))
    name = " ".join(words)
    name = re.sub(r"\(\s*\)|\[\s*\]", " ", name)
    name = re.sub(r"\s+([,;:)\]])", r"\1", name)
    name = re.sub(r"([(\[])\s+", r"\1", name)
    name = " ".join(name.split()).strip(_EDGE)
    name = re.sub(r"(\s[-–—|,;:/+&])+$", "", name).strip(_EDGE)
    brand_text = " ".join((brand or "").split())
    full = f"{brand_text} {name}".strip() if brand_text and not seeds else name
    return full or None


def _type_of_words(words: Iterable[str]) -> str | None:
    """feminised / autoflowering / regular / cbd from words in any language (auto first: an
    autoflowering strain is usually feminised as well)."""
    found = set()
    for word in words:
        canon = _SEED_CANON.get(word, word)
        if canon == "auto" or word.startswith("autofl"):
            found.add("autoflowering")
        elif canon == "feminised" or word.startswith("feminis") or word.startswith("feminiz"):
            found.add("feminised")
        elif canon == "regular":
            found.add("regular")
        elif word == "cbd":
            found.add("cbd")
    for kind in ("autoflowering", "regular", "cbd", "feminised"):
        if kind in found:
            return kind
    return None


@lru_cache(maxsize=256)
def _seed_category(category: str | None) -> str | None:
    """The seed type a canonical category stands for ("" for Seeds itself), None if not seeds."""
    if not category:
        return None
    try:
        from crawler import categories

        found = categories.taxonomy().by_name.get(category)
    except Exception:  # a broken category file: read the name alone
        found = None
    if found is not None:
        ids = found.id.split(".")
        if ids[0] != "seeds":
            return None
        return ids[1] if len(ids) > 1 and ids[1] in SEED_TYPES else ""
    words = _words(category)
    if not {"seeds", "seed"} & set(words):
        return None
    return _type_of_words(words) or ""


def seed_type(given: str | None = None, category: str | None = None, title: str | None = None) -> str | None:
    """The seed type of an offer: the one the shop states (``given``, in any language), else its
    canonical category's (Feminised Seeds ...), else its title's words; None when none says."""
    for source in (_type_of_words(_words(given)), _seed_category(category) or None):
        if source:
            return source
    return _type_of_words(_words(title))


def is_seed_offer(unit: str | None, category: str | None = None, given_type: str | None = None) -> bool:
    return unit == "seed" or _seed_category(category) is not None or bool(_type_of_words(_words(given_type)))


def _without(words: list[str], remove: list[str], key=None) -> list[str]:
    """``words`` without each contiguous occurrence of ``remove`` (a breeder's or brand's name),
    words compared as ``key`` reads them (default: as they are)."""
    if not remove:
        return words
    keys = [key(w) for w in words] if key else words
    out, i, n = [], 0, len(remove)
    while i < len(words):
        if keys[i:i + n] == remove:
            i += n
            continue
        out.append(words[i])
        i += 1
    return out


def _slug(words: Iterable[str]) -> str:
    return "-".join(w for w in words if w)


def family_key(title: str | None, brand: str | None = None, category: str | None = None, unit: str | None = None,
               *, breeder: str | None = None, given_type: str | None = None) -> str | None:
    """The family of one offer (see the module), or None."""
    if not title or not unit:
        return None
    if is_seed_offer(unit, category, given_type):
        owner = _words(breeder or brand)
        if not owner:
            return None
        kind = seed_type(given_type, category, title) or ""
        words = _without(_words(strip_units(title, seed_context=True)), owner)
        strain, seen = [], set()
        for word in words:
            if word in _SEED_FILLER or (kind == "cbd" and word == "cbd") or word in seen:
                continue
            seen.add(word)
            strain.append(word)
        if not strain:
            return None
        return f"seed|{_slug(owner)}|{' '.join(strain)}|{kind}"
    owner = _words(brand)
    if not owner:
        return None
    words = {w for w in _without(_words(strip_units(title), codes=True), owner)
             if w not in _TECH_FILLER and not _LEFTOVER_SIZE.match(w)}  # "2048G" of "SKC3000D/2048G"
    if not words:
        return None
    return f"{unit}|{_slug(owner)}|{' '.join(sorted(words))}"


def family_slug(key: str) -> str:
    """A readable id of a family key: ``seed|royal-queen-seeds|amnesia haze|feminised`` ->
    ``royal-queen-seeds-amnesia-haze-feminised``; ``GB|corsair|ddr4 vengeance`` ->
    ``corsair-ddr4-vengeance-gb``."""
    parts = key.split("|")
    if parts[0] == "seed":
        words = [parts[1], *parts[2].split(), parts[3]]
    else:
        words = [parts[1], *parts[2].split(), parts[0].lower()]
    slug = _slug(w for w in words if w)
    return slug[:120].rstrip("-")


@dataclass(frozen=True)
class Member:
    """One offer as :func:`assign_families` reads it."""

    offer_id: Hashable
    product_id: Hashable | None
    key: str | None


def assign_families(members: Iterable[Member]) -> dict[Hashable, str]:
    """``{offer_id: family id}`` for every offer in a family: offers sharing a key, and every
    offer of a product one of whose offers has a key, joined through shared keys and products."""
    members = list(members)
    parent: dict = {}

    def find(node):
        root = node
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb, key=repr)] = min(ra, rb, key=repr)

    nodes = {}
    for member in members:
        node = ("p", member.product_id) if member.product_id is not None else ("o", member.offer_id)
        nodes[member.offer_id] = node
        find(node)
        if member.key:
            union(node, ("k", member.key))
    keys_by_root: dict = {}
    for node in list(parent):
        if node[0] == "k":
            keys_by_root.setdefault(find(node), []).append(node[1])
    counts = Counter()
    for member in members:
        if member.key:
            counts[member.key] += 1
    ids: dict = {}
    taken: set[str] = set()
    for root, keys in sorted(keys_by_root.items(), key=lambda item: sorted(item[1])[0]):
        best = min(keys, key=lambda k: (-counts[k], k))
        slug = base = family_slug(best) or "family"
        number = 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add(slug)
        ids[root] = slug
    return {offer: ids[find(node)] for offer, node in nodes.items() if find(node) in ids}


__all__ = ["SEED_TYPES", "Member", "assign_families", "family_key", "family_name", "family_slug", "is_seed_offer", "seed_type"]
