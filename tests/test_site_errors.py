"""Error pages of the site (publish/plugins/pricelens_errors.py) with ``rich`` installed, as
``make install`` installs it: every unknown path a 404 page, at most one short log line per
error, no traceback with local variables; ids past SQLite's INTEGER are a 404, not a 500."""

from __future__ import annotations

import asyncio
import logging

import pytest

from tests.test_site import site  # noqa: F401  (the module's seeded snapshot)

UNKNOWN = ["/-/product/142/extra", "/-/family/some-family/extra", "/-/category/SSDs/x",
           "/-/feeds/product/abc.atom", "/-/feeds/product/-1.atom", "/a/b/c/d", "/-/nothing-here",
           "/-/family/no-such-family", "/-/family/no-such-family.json", "/-/product/999999",
           "/-/product/99999999999999999999999", "/-/product/9223372036854775808",
           "/-/product/9223372036854775807", "/-/feeds/product/99999999999999999999999.atom",
           "/-/feeds/product/9223372036854775808.atom"]


def test_rich_is_installed():
    """The case under test: Datasette's default handler prints with rich when it is importable."""
    import rich  # noqa: F401


@pytest.mark.parametrize("path", UNKNOWN)
def test_unknown_paths_are_404_pages_without_log(site, path, capfd, caplog):  # noqa: F811
    ds = site[0]
    capfd.readouterr()
    with caplog.at_level(logging.DEBUG):
        response = asyncio.run(ds.client.get(path))
    assert response.status_code == 404, (path, response.status_code, response.text[:500])
    if not path.endswith(".json"):
        assert "<html" in response.text.lower()
    out, err = capfd.readouterr()
    written = out + err + "".join(r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "asyncio")))
    assert written == "", written[:2000]  # a 404 is the visitor's, not the site's: no log line


def test_server_error_is_one_short_line(site, capfd, caplog):  # noqa: F811
    """A 500 (a route that fails) writes one line: no traceback, no locals, the visitor does not
    see the exception's text."""
    ds = site[0]
    from datasette import hookimpl

    secret_local = "x" * 5000  # noqa: F841  (a big local the log must not show)

    class Failing:
        __name__ = "failing_test_plugin"

        @staticmethod
        @hookimpl
        def register_routes():
            async def boom(request):
                big = "y" * 5000  # noqa: F841
                raise RuntimeError("database said no " + "z" * 1000)
            return [(r"^/-/test-boom$", boom)]

    from datasette.plugins import pm
    pm.register(Failing, name="failing_test_plugin")
    try:
        capfd.readouterr()
        with caplog.at_level(logging.DEBUG):
            from datasette.app import DatasetteClient
            response = asyncio.run(DatasetteClient(ds).get("/-/test-boom"))  # a new client reads the routes anew
    finally:
        pm.unregister(name="failing_test_plugin")
    assert response.status_code == 500
    assert "database said no" not in response.text
    out, err = capfd.readouterr()
    written = out + err + caplog.text
    assert "Traceback" not in written and "yyyy" not in written and "xxxx" not in written
    lines = [r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "asyncio"))]
    assert len(lines) == 1 and "RuntimeError" in lines[0] and "/-/test-boom" in lines[0], written[:3000]
    assert len(lines[0]) < 400
