"""Which platform a shop runs on, from a handful of its public URLs.

    python -m crawler.platforms.detect https://some-shop.example

The probes (:data:`PROBES`) are the home page, ``/robots.txt``, ``/sitemap.xml``, Shopify's
``/products.json?limit=1`` and WooCommerce's ``/wp-json/wc/store/v1/products?per_page=1``.
:func:`detect` decides from their answers, in this order:

1. ``shopify``: ``/products.json`` answers JSON with a ``products`` list;
2. ``woocommerce``: the Store API answers a JSON list;
3. ``structured``: the home page answers and there is a sitemap (``Sitemap:`` lines in
   robots.txt, or ``/sitemap.xml``): product pages are found there and read by the generic
   extractor;
4. otherwise nothing: unreachable (no probe got an answer) or unrecognised.

HTML markers (``cdn.shopify.com``, ``<meta name="generator" content="WooCommerce ...">``,
``wp-content``) are reported as evidence but never decide alone: a Shopify or WooCommerce shop
whose feed is closed is crawled as a structured-data shop. The shop's currency is read from
the home page when it says it (``Shopify.currency``, ``og:price:currency``,
``priceCurrency``).

The ``shop`` spider (``spiders/shop.py``) runs the probes inside the crawl (robots.txt,
User-Agent and retries apply); :func:`detect_platform` runs them with urllib for scripts.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urljoin

from crawler.urlmask import hide_credentials, mask_url, shown_cut

PROBES: dict[str, str] = {
    "home": "/",
    "robots": "/robots.txt",
    "sitemap": "/sitemap.xml",
    "shopify": "/products.json?limit=1",
    "woocommerce": "/wp-json/wc/store/v1/products?per_page=1",
}

_SHOPIFY_MARKERS = re.compile(rb"cdn\.shopify\.com|Shopify\.theme|shopify-section|myshopify\.com", re.I)
_WOO_MARKERS = re.compile(rb'<meta[^>]+name=["\']generator["\'][^>]+content=["\']WooCommerce|woocommerce', re.I)
_WORDPRESS_MARKERS = re.compile(rb"wp-content|wp-json|<meta[^>]+content=[\"']WordPress", re.I)
_CURRENCY_HINTS = (
    re.compile(rb'Shopify\.currency\s*=\s*\{[^}]*"active"\s*:\s*"([A-Z]{3})"'),
    re.compile(rb'<meta[^>]+property=["\'](?:og|product):price:currency["\'][^>]+content=["\']([A-Z]{3})', re.I),
    re.compile(rb'"priceCurrency"\s*:\s*"([A-Z]{3})"'),
)


@dataclass
class Probe:
    """One probe's answer: a status and body, or the error that stopped it."""

    url: str
    status: int | None = None
    body: bytes = b""
    content_type: str = ""
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    def json(self):
        if not self.ok:
            return None
        try:
            return json.loads(self.body)
        except (ValueError, RecursionError):  # not JSON, or nested past Python's stack
            return None


@dataclass
class Detection:
    platform: str | None          # shopify, woocommerce, structured; None: unreachable / unrecognised
    reason: str                   # what decided, for the log
    currency: str | None = None   # the shop's currency when a probe says it
    sitemap_urls: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    reachable: bool = True
    sample_product: str | None = None  # Shopify: a product handle (its page names the currency)


def sitemaps_from_robots(body: bytes, base_url: str) -> list[str]:
    urls = []
    for line in body.decode("utf-8", "replace").splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "sitemap" and value.strip():
            try:
                urls.append(urljoin(base_url + "/", value.strip()))
            except ValueError:  # ("Sitemap: http://[::1", Invalid IPv6 URL: the detection failed with a traceback
                urls.append(value.strip())  # and the crawl with it; kept as written, refused where requested)
    return urls


def currency_hint(body: bytes) -> str | None:
    for pattern in _CURRENCY_HINTS:
        match = pattern.search(body)
        if match:
            return match.group(1).decode().upper()
    return None


def detect(probes: dict[str, Probe], base_url: str) -> Detection:
    """Decide the platform from the probes' answers (see the module docstring)."""
    home = probes.get("home") or Probe(base_url)
    evidence = []
    if home.ok:
        if _SHOPIFY_MARKERS.search(home.body):
            evidence.append("Shopify markers in the home page")
        if _WOO_MARKERS.search(home.body):
            evidence.append("WooCommerce markers in the home page")
        elif _WORDPRESS_MARKERS.search(home.body):
            evidence.append("WordPress markers in the home page")
    currency = currency_hint(home.body) if home.ok else None
    answered = [p for p in probes.values() if p.status is not None]
    if not answered:
        errors = "; ".join(sorted({p.error for p in probes.values() if p.error})) or "no answer"
        return Detection(None, f"unreachable: {errors}", reachable=False)

    shopify = probes.get("shopify")
    data = shopify.json() if shopify else None
    if isinstance(data, dict) and isinstance(data.get("products"), list):
        handle = next((p.get("handle") for p in data["products"] if isinstance(p, dict) and p.get("handle")), None)
        return Detection("shopify", "/products.json answers Shopify's product feed", currency,
                         evidence=evidence, sample_product=handle)

    woo = probes.get("woocommerce")
    data = woo.json() if woo else None
    if isinstance(data, list):
        prices = next((p.get("prices") for p in data if isinstance(p, dict) and isinstance(p.get("prices"), dict)), {})
        return Detection("woocommerce", "the WooCommerce Store API answers", prices.get("currency_code") or currency,
                         evidence=evidence)

    robots = probes.get("robots")
    sitemap_urls = sitemaps_from_robots(robots.body, base_url) if robots and robots.ok else []
    sitemap = probes.get("sitemap")
    if not sitemap_urls and sitemap is not None and sitemap.ok and b"<" in sitemap.body[:512] and (
            b"urlset" in sitemap.body[:2048] or b"sitemapindex" in sitemap.body[:2048]):
        sitemap_urls = [sitemap.url]
    if home.ok and sitemap_urls:
        # (each URL cut: a 50,000-character "Sitemap:" line of a robots.txt was logged whole)
        # (a password in one, "Sitemap: http://user:pw@shop/sitemap.xml", hidden: ***)
        shown = ", ".join(shown_cut(hide_credentials(url), 200) for url in sitemap_urls)
        return Detection("structured", f"sitemaps: {shown_cut(shown, 2000)}", currency, sitemap_urls, evidence)
    if not home.ok:
        what = home.error or f"HTTP {home.status}"
        return Detection(None, f"unrecognised: the home page did not answer ({what})", evidence=evidence)
    return Detection(None, "unrecognised: no Shopify feed, no WooCommerce Store API, no sitemap",
                     evidence=evidence)


def detect_platform(base_url: str, *, timeout: float = 15.0, user_agent: str | None = None) -> str | None:
    """The platform of the shop at ``base_url`` (blocking; for scripts and the command line)."""
    return detect_shop(base_url, timeout=timeout, user_agent=user_agent).platform


def detect_shop(base_url: str, *, timeout: float = 15.0, user_agent: str | None = None) -> Detection:
    """The :class:`Detection` of the shop at ``base_url`` (blocking).

    robots.txt is fetched first and obeyed: a probe it disallows counts as not answered.
    """
    from protego import Protego

    if user_agent is None:
        from crawler.identity import USER_AGENT as user_agent
    base_url = base_url.rstrip("/")
    probes = {"robots": _fetch(base_url + PROBES["robots"], user_agent, timeout)}
    robots = Protego.parse(probes["robots"].body.decode("utf-8", "replace")) if probes["robots"].ok else None
    for name, path in PROBES.items():
        url = base_url + path
        if name == "robots":
            continue
        if robots is not None and not robots.can_fetch(url, user_agent):
            probes[name] = Probe(url, error="disallowed by robots.txt")
        else:
            probes[name] = _fetch(url, user_agent, timeout)
    return detect(probes, base_url)


def _fetch(url: str, user_agent: str, timeout: float) -> Probe:
    try:  # the Request itself refuses an address it cannot read (http://[::1): unreachable, as the others
        request = urllib.request.Request(url, headers={"User-Agent": user_agent})
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return Probe(url, answer.status, answer.read(), answer.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as error:
        return Probe(url, error.code, error.read() or b"")
    except (urllib.error.URLError, OSError, ValueError) as error:
        return Probe(url, error=str(getattr(error, "reason", error)))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[0] + "\n\nusage: python -m crawler.platforms.detect URL", file=sys.stderr)
        return 2
    url = argv[0].strip()
    # (the address as the lines show it: its password hidden, cut - both were repeated whole)
    shown = shown_cut(mask_url(url) if "@" in url else url, 200)
    if not re.match(r"^https?://[^/]", url, re.I):
        print(f"detect: {shown!r} is not a shop's http(s) address", file=sys.stderr)
        return 2
    if "@" in re.match(r"^https?://([^/?#]*)", url, re.I).group(1):  # (urllib read "user" as the host)
        print(f"detect: {shown!r} is not a shop's http(s) address without a user or password", file=sys.stderr)
        return 2
    detection = detect_shop(url)
    if detection.platform is None:  # "unreachable: ..." or "unrecognised: ..."
        print(f"detect: {shown.rstrip('/')}: {hide_credentials(detection.reason)}", file=sys.stderr)
        return 1
    print(detection.platform)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
