"""RDFa (through extruct) in the JSON-LD shape."""

from __future__ import annotations

import re
from extruct.rdfa import RDFaExtractor
from extruct.utils import parse_xmldom_html

def rdfa_nodes(tree, text: str, url: str) -> list[dict]:
    """schema.org nodes from RDFa (parsed only if the page uses typeof)."""
    if not any(re.search(r"product|offer", t, re.I) for t in tree.xpath("//@typeof")):
        return []
    try:
        document = parse_xmldom_html(text.encode("utf-8", "replace"), encoding="utf-8")
        expanded = RDFaExtractor().extract_items(document, base_url=url)
    except Exception:
        return []
    return _rdfa_to_jsonld(expanded)


def _rdfa_to_jsonld(expanded: list[dict]) -> list[dict]:
    """Compact expanded RDFa JSON-LD: short property names, nested references."""

    def short(uri: str) -> str:
        return re.split(r"[/#:]", uri)[-1]

    by_id = {n.get("@id"): n for n in expanded if isinstance(n, dict)}

    def convert(node, depth=0):
        out = {"@type": [short(t) for t in node.get("@type", [])]}
        for key, values in node.items():
            if key.startswith("@"):
                continue
            converted = []
            for v in values if isinstance(values, list) else [values]:
                if isinstance(v, dict) and "@value" in v:
                    converted.append(v["@value"])
                elif isinstance(v, dict) and "@id" in v:
                    ref = by_id.get(v["@id"])
                    converted.append(convert(ref, depth + 1) if ref and depth < 5 else v["@id"])
            out[short(key)] = converted[0] if len(converted) == 1 else converted
        return out

    return [convert(n) for n in expanded if isinstance(n, dict) and n.get("@type")]


# ---------------------------------------------------------------------------
# picking the page's main product and reading its fields
# ---------------------------------------------------------------------------
