"""The layout's promises: Scrapy wiring and platform bases import nothing of the system of record,
and the demo shops are not part of the installed package."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib

from tests.conftest import ROOT


def test_platform_bases_and_middlewares_import_nothing_of_the_store():
    code = ("import json, sys, crawler.middlewares, crawler.platforms.base, "
            "crawler.platforms.listing, crawler.platforms.rendered, crawler.platforms.shopify, "
            "crawler.platforms.structured, crawler.platforms.woocommerce, crawler.platforms.detect; "
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('crawler.store', 'crawler.extensions', "
            "'psycopg')))))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []


def test_the_demo_shops_are_not_in_the_installed_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    assert not any(pattern.split("*")[0] in ("demo", "demo.") or pattern.startswith("demo") for pattern in include)
    assert (ROOT / "demo" / "server.py").is_file() and (ROOT / "demo" / "catalog.toml").is_file()
    assert not (ROOT / "crawler" / "demo").exists()


def test_every_data_file_of_the_packages_is_installed():
    """An installed copy (``pip install .``, not only the editable one) carries every file the
    code reads: each file under the packages that is not Python matches a package-data glob."""
    import fnmatch

    root = ROOT
    config = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
    globs = config["package-data"]
    tracked = subprocess.run(["git", "ls-files", "crawler", "spiders", "pipelines", "publish"], cwd=root,
                             capture_output=True, text=True, check=True).stdout.split()
    missing = []
    for path in tracked:
        if path.endswith(".py") and "/plugins/" not in path:
            continue
        package, rest = None, None
        parts = path.split("/")
        for i in range(len(parts) - 1, 0, -1):  # the deepest package with globs of its own
            name = ".".join(parts[:i])
            if name in globs:
                package, rest = name, "/".join(parts[i:])
                break
        if package is None or not any(fnmatch.fnmatch(rest, g) for g in globs[package]):
            missing.append(path)
    assert missing == []
