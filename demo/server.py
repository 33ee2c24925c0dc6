"""Serve the demo retailer sites on 127.0.0.1, offline, one port per retailer.

    python -m demo.server [--retailer NAME ...] [--products N] [--day D]
                                  [--port-base 8101] [--empty NAME ...] [--verbose]

Pages are built per request from the catalog (nothing is written to disk); absolute
URLs come from the request's Host header, so any port works. ``--products N`` serves
``expanded_catalog(N)`` instead of the hand-written catalog, ``--day D`` moves prices
and stock D days forward, ``--empty NAME`` serves that shop with no products.

In tests::

    with DemoServer(base_port=0) as demo:          # ephemeral ports
        demo.base_urls["techzone"]                  # "http://127.0.0.1:54321"
"""

from __future__ import annotations

import argparse
import re
import signal
import sys
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterable, Sequence
from urllib.parse import parse_qs, unquote, urlsplit

try:
    from demo.catalog import MAX_PRODUCTS
    from demo.sites import SITES, DemoSite, build_site, catalog_for
    from demo.sites.common import Response
except ValueError as _error:  # demo.catalog.CatalogError: the file, the entry, why
    if __name__ != "__main__" or type(_error).__name__ != "CatalogError":
        raise
    print(f"python -m demo.server: {_error}", file=sys.stderr)
    sys.exit(2)

RETAILERS: dict[str, int] = {
    "techzone": 8101,
    "cedarshop": 8102,
    "beirutbytes": 8103,
    "megapc": 8104,
    "pixelhub": 8105,
    "semillaverde": 8106,
    "seedvault": 8107,
}

HOST = "127.0.0.1"
_SAFE_HOST = re.compile(r"[A-Za-z0-9.\-]+(?::\d{1,5})?|\[[0-9A-Fa-f:.]+\](?::\d{1,5})?")


class _DemoHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, site: DemoSite, verbose: bool):
        self.site = site
        self.verbose = verbose
        super().__init__(address, _DemoHandler)


class _DemoHandler(BaseHTTPRequestHandler):
    server: _DemoHTTPServer
    server_version = "pricelens-demo/1.0"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(send_body=False)

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._send(Response(405, b"Method Not Allowed\n", "text/plain; charset=utf-8", {"Allow": "GET, HEAD"}),
                   send_body=True)

    def _base_url(self) -> str:
        host = (self.headers.get("Host") or "").strip()
        if not _SAFE_HOST.fullmatch(host):
            host = f"{HOST}:{self.server.server_port}"
        return f"http://{host}"

    def _respond(self, send_body: bool) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        try:
            response = self.server.site.handle(unquote(parts.path) or "/", query, self._base_url())
        except Exception:  # a bug in a demo page must not kill the server
            traceback.print_exc(file=sys.stderr)
            response = Response(500, b"Internal Server Error\n", "text/plain; charset=utf-8")
        self._send(response, send_body)

    def _send(self, response: Response, send_body: bool) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server signature)
        if self.server.verbose:
            super().log_message(format, *args)


class DemoServer:
    """Serve demo retailers, each on its own ThreadingHTTPServer in a daemon thread.

    ``retailers``: names to serve (default all of ``RETAILERS``). Ports: ``ports``
    overrides per retailer; otherwise ``base_port`` + the retailer's position in
    ``RETAILERS`` (``base_port=0`` gives every retailer an ephemeral port); otherwise
    the default port of ``RETAILERS``. ``n_products``: None for the hand-written
    catalog, N for ``expanded_catalog(N)``. ``day``: days of price/stock drift.
    ``empty``: retailers to serve with no products.
    """

    def __init__(
        self,
        retailers: Iterable[str] | None = None,
        *,
        ports: dict[str, int] | None = None,
        base_port: int | None = None,
        n_products: int | None = None,
        day: int = 0,
        empty: Iterable[str] = (),
        verbose: bool = False,
    ):
        names = list(RETAILERS) if retailers is None else list(retailers)
        unknown = [name for name in names if name not in SITES]
        if unknown:
            raise ValueError(f"unknown demo retailer(s): {', '.join(unknown)}; known: {', '.join(SITES)}")
        self.retailers = names
        self.empty = set(empty)
        unknown = self.empty - set(RETAILERS)
        if unknown:
            raise ValueError(f"unknown demo retailer(s) in empty: {', '.join(sorted(unknown))}")
        self.ports: dict[str, int] = {}
        for name in names:
            if ports and name in ports:
                self.ports[name] = ports[name]
            elif base_port is not None:
                self.ports[name] = 0 if base_port == 0 else base_port + list(RETAILERS).index(name)
            else:
                self.ports[name] = RETAILERS[name]
        self.n_products = n_products
        self.day = day
        self.verbose = verbose
        self.base_urls: dict[str, str] = {}
        self.sites: dict[str, DemoSite] = {}
        self._servers: list[_DemoHTTPServer] = []
        self._threads: list[threading.Thread] = []

    def start(self) -> "DemoServer":
        if self._servers:
            return self
        products = catalog_for(self.n_products)
        try:
            for name in self.retailers:
                site = build_site(name, products, day=self.day, empty=name in self.empty)
                port = self.ports[name]
                if not 0 <= port <= 65535:
                    raise OSError(f"{name}: port {port} is not a TCP port (0-65535)")
                try:
                    server = _DemoHTTPServer((HOST, port), site, self.verbose)
                except OSError as error:
                    raise OSError(error.errno, f"{name}: cannot listen on {HOST}:{port}: "
                                               f"{(error.strerror or str(error)).lower()}") from None
                self._servers.append(server)
                self.sites[name] = site
                self.base_urls[name] = f"http://{HOST}:{server.server_port}"
        except BaseException:
            self.stop()
            raise
        # a stop signal between a thread's start and its being recorded left that thread serving on
        # a closed socket after stop() (it shut down only the threads it knew): the signals wait
        # until every thread is started and recorded
        try:
            held = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
            try:
                for name, server in zip(self.retailers, self._servers):
                    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                              name=f"demo-{name}", daemon=True)
                    self._threads.append(thread)  # (recorded first: stop() shuts down the started ones)
                    thread.start()
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
        except BaseException:  # the signal held back, raised by its handler as it is let through
            # (`with DemoServer()` calls no __exit__ when start() raises: the shops are stopped here)
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop every shop: each server whose thread runs is shut down (only those: shutdown()
        waits for a serve_forever that never started), then every socket is closed."""
        serving = {thread.name: thread for thread in self._threads}
        for name, server in zip(self.retailers, self._servers):
            thread = serving.get(f"demo-{name}")
            if thread is not None and thread.ident is not None:
                server.shutdown()
                thread.join(timeout=5)
        for server in self._servers:
            server.server_close()
        self._servers.clear()
        self._threads.clear()
        self.base_urls.clear()

    def __enter__(self) -> "DemoServer":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()


MAX_DAY = 3660  # ten years of daily drift (the demo's history is at most 366 days)


STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


class _StopWhileStarting(Exception):
    """SIGTERM or Ctrl-C while the shops are being built."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m demo.server",
        description="Serve the pricelens demo retailer sites on 127.0.0.1 until Ctrl-C.",
    )
    parser.add_argument("--retailer", action="append", choices=list(RETAILERS), metavar="NAME",
                        help=f"serve only this retailer (repeatable; default: all of {', '.join(RETAILERS)})")
    parser.add_argument("--products", type=int, default=None, metavar="N",
                        help="serve N products from the expanded catalog (default: the hand-written catalog)")
    parser.add_argument("--day", type=int, default=0, metavar="D", help="demo day: prices and stock drift by day")
    parser.add_argument("--port-base", type=int, default=None, metavar="PORT",
                        help="port of the first retailer, the others follow (default: 8101..8107; 0 = ephemeral)")
    parser.add_argument("--empty", action="append", default=[], choices=list(RETAILERS), metavar="NAME",
                        help="serve this retailer with no products (repeatable)")
    parser.add_argument("--verbose", action="store_true", help="log every request on stderr")
    args = parser.parse_args(argv)
    if not 0 <= args.day <= MAX_DAY:  # (a day's prices are the drift of every day before: --day 99999999 never started)
        parser.error(f"--day must be from 0 to {MAX_DAY}")
    if args.products is not None and not 0 <= args.products <= MAX_PRODUCTS:
        parser.error(f"--products must be from 0 to {MAX_PRODUCTS}")

    stop = threading.Event()
    starting = True

    def on_signal(signum, _frame) -> None:  # Ctrl-C or SIGTERM (make, systemd, a test): stop cleanly
        nonlocal starting
        stop.set()
        if starting:  # building the shops (seconds for 100,000 products) is no wait that sees the event
            # once: a second signal while start() closes what it opened (or before the except clause
            # below ran) raised again, out of the clean-up, and ended the process with a traceback
            starting = False
            raise _StopWhileStarting(signum)

    # before the shops start: a Ctrl-C while they start (or print their URLs) also stops cleanly
    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    demo = DemoServer(args.retailer, base_port=args.port_base, n_products=args.products, day=args.day,
                      empty=args.empty, verbose=args.verbose)
    try:
        try:
            demo.start()
            starting = False
        except OSError as error:  # the shop and the port: a busy port, a port out of range
            print(f"cannot start the demo server: {error.strerror or error}", file=sys.stderr)
            return 1
        except _StopWhileStarting:  # (start() closed the shops it had opened)
            starting = False
            print("demo shops stopped", file=sys.stderr, flush=True)
            return 0
        for name, url in demo.base_urls.items():
            print(f"{name:<12} {url}/", flush=True)
        print("Serving the demo shops; press Ctrl-C to stop.", file=sys.stderr, flush=True)
        # a timed sleep, so the handler runs in the main thread; not stop.wait(0.5): on_signal sets that
        # Event, whose lock the main thread holds for a moment inside Event.wait, and a signal handled
        # right then waited for that lock forever (session 43, crawler.paths.StopRequest)
        while not stop.is_set():
            time.sleep(0.2)
    finally:
        demo.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("demo shops stopped", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
