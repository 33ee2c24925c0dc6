"""A small shop on 127.0.0.1 that misbehaves on purpose (for crawl-fault tests).

It looks like a structured-data shop (robots.txt -> sitemap -> product pages with JSON-LD),
but some product URLs fail: ``/p/busy`` answers 429 twice (with Retry-After: 1) then the page,
``/p/flaky`` 503 once then the page, ``/p/down`` always 503, ``/p/hang`` never answers in
time, ``/p/loop`` redirects to itself for ever (``?n=`` counting up), ``/p/self`` redirects to
exactly itself, ``/p/ping`` to ``/p/pong`` which redirects back (only ping is listed),
``/p/tick`` and ``/p/tock`` redirect to each other (both listed), ``/p/file`` redirects to a
``file:`` URL, ``/p/alias`` to ``/p/good-1`` (also listed: a duplicate, not a failure), and ``/p/bomb`` is a gzip body of ``bomb_bytes`` zeros (a few KB on the wire).
Requests are counted per path.
"""

from __future__ import annotations

import gzip
import json
import time
from collections import Counter

from tests.local_server import LocalServer, ShopHandler

GOOD = ["good-1", "good-2", "good-3"]
BAD = ["busy", "flaky", "down", "hang", "loop", "self", "ping", "tick", "tock", "file", "bomb", "alias"]


def product_page(key: str) -> bytes:
    data = {"@context": "https://schema.org", "@type": "Product", "name": f"Fault test product {key}",
            "sku": key, "brand": {"@type": "Brand", "name": "Acme"},
            "offers": {"@type": "Offer", "price": "10.00", "priceCurrency": "USD",
                       "availability": "https://schema.org/InStock"}}
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{key}</title>'
            f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
            f'<body><h1>Fault test product {key}</h1></body></html>').encode()


class FaultShop(LocalServer):
    def __init__(self, hang_seconds: float = 20, bomb_bytes: int = 8 * 1024 * 1024):
        self.hits: Counter = Counter()
        self.hang_seconds = hang_seconds
        self.bomb = gzip.compress(b"\0" * bomb_bytes, compresslevel=9)
        shop = self

        class Handler(ShopHandler):
            def do_GET(self):  # noqa: N802
                path = self.path.split("?")[0]
                shop.hits[path] += 1
                base = f"http://{self.headers['Host']}"
                if path == "/robots.txt":
                    return self.send(200, f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n".encode(), "text/plain")
                if path == "/sitemap.xml":
                    urls = "".join(f"<url><loc>{base}/p/{k}</loc></url>" for k in GOOD + BAD)
                    body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
                    return self.send(200, body.encode(), "application/xml")
                key = path.rsplit("/", 1)[-1]
                if key == "busy" and shop.hits[path] <= 2:
                    return self.send(429, b"slow down", headers={"Retry-After": "1"})
                if key == "flaky" and shop.hits[path] <= 1:
                    return self.send(503, b"try later")
                if key == "down":
                    return self.send(503, b"down for maintenance")
                if key == "hang":
                    time.sleep(shop.hang_seconds)
                    return self.send(200, product_page(key))
                if key == "loop":
                    return self.send(302, headers={"Location": f"{base}/p/loop?n={shop.hits[path]}"})
                redirects = {"self": "/p/self", "ping": "/p/pong", "pong": "/p/ping", "tick": "/p/tock",
                             "tock": "/p/tick", "file": "file:///etc/passwd", "alias": "/p/good-1"}
                if key in redirects:
                    target = redirects[key]
                    return self.send(302, headers={"Location": target if ":" in target else base + target})
                if key == "bomb":
                    return self.send(200, shop.bomb, headers={"Content-Encoding": "gzip"})
                if key in GOOD or key in ("busy", "flaky"):
                    return self.send(200, product_page(key))
                return self.send(404, b"not found")

        super().__init__(Handler)  # errors of clients that gave up on /p/hang are not printed
