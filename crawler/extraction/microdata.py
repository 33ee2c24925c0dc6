"""Microdata (through extruct) in the JSON-LD shape."""

from __future__ import annotations

from extruct.w3cmicrodata import MicrodataExtractor

def microdata_nodes(tree, url: str) -> list[dict]:
    if not tree.xpath("//*[@itemscope][1]"):
        return []
    try:
        items = MicrodataExtractor().extract_items(tree, url)
    except Exception:  # extruct is robust, but never let a page crash us
        return []
    return [_microdata_to_jsonld(item) for item in items]


def _microdata_to_jsonld(value):
    if isinstance(value, list):
        return [_microdata_to_jsonld(v) for v in value]
    if isinstance(value, dict) and "properties" in value:
        node = {"@type": value.get("type")}
        node.update({k: _microdata_to_jsonld(v) for k, v in value["properties"].items()})
        return node
    return value
