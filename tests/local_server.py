"""An HTTP server on 127.0.0.1 that runs in a background thread for the length of a ``with`` block.

The tests' own shops and webhooks subclass it with their request handler::

    class Webhook(LocalServer):
        def __init__(self):
            class Handler(BaseHTTPRequestHandler): ...
            super().__init__(Handler)
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops connections a crawl opens at once (connect timeouts)

    def handle_error(self, request, client_address):
        pass  # a client that gave up (a crawl's timeout) closed its socket: expected


class ShopHandler(BaseHTTPRequestHandler):
    """A request handler that logs nothing, with ``send``: one whole answer (status, body, type,
    extra headers as a dict or as pairs)."""

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers.items() if isinstance(headers, dict) else headers or ()):
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class LocalServer:
    def __init__(self, handler: type[BaseHTTPRequestHandler]):
        self.server = _QuietServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


class SitemapShop(LocalServer):
    """A structured-data shop: robots.txt -> one sitemap of ``n`` product pages (none when ``n`` is 0),
    each a small JSON-LD page."""

    def __init__(self, n: int):
        urls = "".join(f"<url><loc>{{base}}/p/{i}</loc></url>" for i in range(n))
        sitemap = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   f'{urls}</urlset>')

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                base = f"http://{self.headers['Host']}"
                if self.path == "/robots.txt":
                    body, kind = f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n".encode(), "text/plain"
                elif self.path == "/sitemap.xml":
                    body, kind = sitemap.replace("{base}", base).encode(), "application/xml"
                else:
                    key = self.path.rsplit("/", 1)[-1]
                    data = {"@context": "https://schema.org", "@type": "Product", "name": f"Queue test {key}",
                            "sku": key, "offers": {"@type": "Offer", "price": "5.00", "priceCurrency": "USD"}}
                    body = (f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
                            f'<body><h1>Queue test {key}</h1></body></html>').encode()
                    kind = "text/html; charset=utf-8"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        super().__init__(Handler)
