"""Which Chromium the rendered spiders use.

``PRICELENS_CHROMIUM`` names an executable; else Debian's ``chromium`` (or ``chromium-browser``,
``google-chrome``) on PATH; else ``None``, and Playwright falls back to its own downloaded
browser where one exists.
"""

from __future__ import annotations

import os
import shutil

# Chromium's flags for every rendered crawl (kept here, not in crawler.settings: importing the
# Scrapy settings module checks DATABASE_URL, which a platform base has no business doing)
CHROMIUM_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--no-sandbox",
]

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chromium_executable() -> str | None:
    configured = os.environ.get("PRICELENS_CHROMIUM", "").strip()
    if configured:
        return configured if os.path.exists(configured) else shutil.which(configured)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def launch_options(headless: bool = True) -> dict:
    """PLAYWRIGHT_LAUNCH_OPTIONS: the system Chromium with the flags this network needs."""
    options = {"headless": headless, "args": list(CHROMIUM_ARGS), "timeout": 30_000}
    executable = chromium_executable()
    if executable:
        options["executable_path"] = executable
    return options
