"""JSON-LD @id expansion is bounded: nodes that reference each other many
times must not expand exponentially (issue 14, item 5)."""

from __future__ import annotations

import json
import logging

from crawler.extraction import extract_product, parse_tree
from crawler.extraction.jsonld import MAX_EXPANDED_NODES, Expansion, jsonld_nodes


def _hostile_graph(n: int = 12) -> list[dict]:
    """n nodes, each referencing all n: expanding naively builds n**k nodes at reference depth k."""
    return [{"@id": f"#n{i}", "@type": "Thing", "r": [{"@id": f"#n{j}"} for j in range(n)]} for i in range(n)]


def _page(*blocks) -> str:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(b)}</script>' for b in blocks)
    return f"<html><head>{scripts}</head><body><h1>Kettle</h1></body></html>"


def test_nested_references_stop_at_the_cap_and_are_logged(caplog):
    block = {"@context": "https://schema.org", "@graph": _hostile_graph()}
    assert len(json.dumps(block)) < 4000  # a small block
    expansion = Expansion()
    with caplog.at_level(logging.WARNING, logger="crawler.extraction.jsonld"):
        jsonld_nodes(parse_tree(_page(block)), "https://shop.example/p", expansion)
    assert expansion.capped
    assert expansion.nodes <= MAX_EXPANDED_NODES
    warnings = [r for r in caplog.records if "expansion capped" in r.getMessage()]
    assert len(warnings) == 1 and "https://shop.example/p" in warnings[0].getMessage()


def test_a_cycle_is_not_expanded_into_itself():
    graph = [{"@id": "#a", "@type": "Thing", "next": {"@id": "#b"}}, {"@id": "#b", "@type": "Thing", "next": {"@id": "#a"}}]
    expansion = Expansion()
    nodes = jsonld_nodes(parse_tree(_page({"@graph": graph})), "", expansion)
    assert nodes[0]["next"]["next"] == {"@id": "#a"}  # the stub is left where it would loop
    assert not expansion.capped and expansion.nodes == 4


def test_the_product_after_a_hostile_item_is_still_expanded():
    product = {
        "@context": "https://schema.org", "@type": "Product", "name": "Kettle", "sku": "K-1",
        "offers": {"@id": "#offer"},
    }
    offer = {"@context": "https://schema.org", "@id": "#offer", "@type": "Offer", "price": "39.90",
             "priceCurrency": "EUR", "availability": "https://schema.org/InStock"}
    html = _page({"@graph": _hostile_graph()}, product, offer)
    expansion = Expansion()
    jsonld_nodes(parse_tree(html), "", expansion)
    assert expansion.capped and expansion.nodes <= MAX_EXPANDED_NODES  # each graph node got at most MAX_ITEM_NODES
    result = extract_product(html, "https://shop.example/kettle")
    assert (result["price"], result["currency"], result["sku"]) == ("39.90", "EUR", "K-1")


def test_ordinary_references_are_expanded_without_a_warning(caplog):
    graph = [
        {"@type": "Product", "@id": "#p", "name": "Kettle", "brand": {"@id": "#b"}, "offers": {"@id": "#o"}},
        {"@type": "Brand", "@id": "#b", "name": "Acme"},
        {"@type": "Offer", "@id": "#o", "price": 10, "priceCurrency": "USD", "seller": {"@id": "#s"}},
        {"@type": "Organization", "@id": "#s", "name": "Shop"},
    ]
    with caplog.at_level(logging.WARNING, logger="crawler.extraction.jsonld"):
        result = extract_product(_page({"@graph": graph}), "https://shop.example/kettle")
    assert (result["brand"], result["price"]) == ("Acme", "10")
    assert not [r for r in caplog.records if "expansion capped" in r.getMessage()]
