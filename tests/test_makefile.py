"""The Makefile: `make shops` (the demo shops in the foreground for `scrapy crawl <retailer>`, until
Ctrl-C or SIGTERM), and `make demo` / `make test` stopping at once, in one line, without a Chromium."""

from __future__ import annotations

import os
import signal
import subprocess
import urllib.request

import psutil
import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize("how", ["SIGTERM to make", "Ctrl-C to the terminal's process group"])
def test_make_shops_serves_until_stopped_and_takes_its_children(how):
    make = subprocess.Popen(["make", "--no-print-directory", "shops", "SHOPS_PORT=0"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        urls = {}
        for line in make.stdout:
            name, _, url = line.strip().partition(" ")
            if url.strip().startswith("http://127.0.0.1:"):
                urls[name] = url.strip()
            if len(urls) == 5:
                break
        assert set(urls) == {"techzone", "cedarshop", "beirutbytes", "megapc", "pixelhub"}, urls
        with urllib.request.urlopen(urls["techzone"] + "robots.txt", timeout=30) as response:
            assert response.status == 200
        children = psutil.Process(make.pid).children(recursive=True)
        assert children, "make shops runs the server as its child"
        if how.startswith("SIGTERM"):
            make.send_signal(signal.SIGTERM)
        else:
            os.killpg(make.pid, signal.SIGINT)
        make.wait(timeout=30)
        rest = make.stdout.read()
        assert "demo shops stopped" in rest and "Traceback" not in rest, rest
        gone, alive = psutil.wait_procs(children, timeout=10)
        assert not alive, alive
    finally:
        if make.poll() is None:
            os.killpg(make.pid, signal.SIGKILL)
            make.wait()


@pytest.mark.parametrize("target", ["demo", "test"])
def test_without_a_chromium_make_stops_at_once_in_one_line(target):
    # PRICELENS_CHROMIUM naming nothing: nothing to install (the apt-get path is tested by hand, it
    # changes the machine); -n: were the check missing, make would only print the commands
    env = {**os.environ, "PRICELENS_CHROMIUM": "/nonexistent/chromium"}
    result = subprocess.run(["make", "--no-print-directory", "-n", target], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "PRICELENS_CHROMIUM=/nonexistent/chromium is not a Chromium executable" in line, line


def test_make_help_lists_every_target_a_user_runs():
    # every .PHONY target but help itself is a command a user may type: `make help` names each one
    # (install, chromium and clean-data were missing), and `make` alone prints the same list
    import re
    text = (ROOT / "Makefile").read_text()
    [phony] = re.findall(r"^\.PHONY:(.*)$", text, re.M)
    targets = set(phony.split()) - {"help"}
    for args in (["help"], []):
        result = subprocess.run(["make", "--no-print-directory", "-s", *args], cwd=ROOT, capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        listed = {line.split()[1] for line in result.stdout.splitlines() if line.startswith("make ")}
        assert targets <= listed, sorted(targets - listed)


def test_readme_quick_start_says_make_as_root_apt_installs_chromium_and_how_to_avoid_it():
    # the two quick-start commands may change the machine (apt-get install chromium as root can
    # upgrade systemd & co.): the README says so where they are, before the next section, with the way out
    readme = (ROOT / "README.md").read_text()
    start = readme.index("## Two commands")
    quick = readme[start:readme.index("\n## ", start + 1)]
    first_paragraph = quick[quick.index("```", quick.index("```") + 3):][:1200]
    for needed in ("root", "apt-get", "chromium", "upgrade", "systemd", "PRICELENS_CHROMIUM",
                   "PLAYWRIGHT_LAUNCH_OPTIONS", "make chromium"):
        assert needed in first_paragraph, needed
