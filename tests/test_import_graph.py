"""The import graph: no cycles, imports go down the layers, operations stay beside the flow.

The contracts are ``[tool.importlinter]`` in pyproject.toml, checked by import-linter. A cycle
that passes through two top-level packages (``crawler.X -> publish -> crawler.X``) is no
import-linter contract, so grimp looks for those here.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
PACKAGES = CONFIG["root_packages"]


def test_the_import_contracts_of_pyproject_hold():
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()",
         "--no-cache", "--no-logo", "pyproject.toml"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(CONFIG['contracts'])} kept, 0 broken." in result.stdout, result.stdout


def units(graph: grimp.ImportGraph) -> set[str]:
    """The parts that must not import each other in a circle: each module or sub-package of
    ``crawler``, and each other top-level package."""
    return {*graph.find_children("crawler"), *(name for name in PACKAGES if name != "crawler")}


def unit_cycles(graph: grimp.ImportGraph) -> list[tuple[str, str]]:
    """(a, b): a imports b directly, and b leads back to a."""
    parts = sorted(units(graph))
    return [(a, b) for a in parts for b in parts
            if a != b and graph.direct_import_exists(importer=a, imported=b, as_packages=True)
            and graph.chain_exists(importer=b, imported=a, as_packages=True)]


def acyclic_exceptions() -> list[tuple[str, str]]:
    """The imports the acyclic contract of pyproject.toml ignores (known debts)."""
    [contract] = [c for c in CONFIG["contracts"] if c["type"] == "acyclic_siblings"]
    return [tuple(part.strip() for part in line.split("->")) for line in contract.get("ignore_imports", [])]


def test_no_cycle_passes_through_two_packages():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    for importer, imported in acyclic_exceptions():
        graph.remove_import(importer=importer, imported=imported)
    assert unit_cycles(graph) == []


def test_a_cycle_through_another_package_is_found():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    graph.add_import(importer="crawler.paths", imported="publish.export")  # publish reads crawler.paths
    assert ("crawler.paths", "publish") in unit_cycles(graph)
