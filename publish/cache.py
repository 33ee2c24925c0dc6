"""An in-memory cache of whole responses, for a site whose database never changes while served.

The snapshot is opened immutable and ``pricelens serve`` restarts Datasette when a newer one
is published, so a page that was right once stays right: anonymous ``GET`` responses (status
200, no cookie set, not ``no-store``, body at most ``max_item`` bytes) are kept in a least-recently-used cache of
at most ``max_bytes`` and replayed with ``X-Pricelens-Cache: hit``. Requests with a cookie or
an ``Authorization`` header, and every other method, go straight to Datasette.

Requests for a page that is being computed wait for that computation instead of starting
their own (a burst of visitors on a fresh server computes each page once), but at most
``WAIT_SECONDS``, and only while it may still be cached: as soon as the response turns out not
cacheable (an error, a cookie, a body larger than ``max_item`` such as a file download, which
is streamed through and never held), the waiting requests go ahead on their own. A client that
stops reading a download therefore holds up nobody else.

The key is the method's target plus everything Datasette builds its links from: the scheme
(uvicorn takes it from ``X-Forwarded-Proto`` of a trusted proxy), ``Host``,
``X-Forwarded-Host`` and ``X-Forwarded-Proto``, so one request cannot give everyone pages
whose links point elsewhere.

``PRICELENS_SITE_CACHE_MB`` sets the size (default 64); ``0`` turns the cache off.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict

from crawler import env

WAIT_SECONDS = 5.0          # longest wait for another request computing the same page
KEY_HEADERS = (b"host", b"x-forwarded-host", b"x-forwarded-proto")


def configured_bytes() -> int:
    """The cache size from ``PRICELENS_SITE_CACHE_MB`` (its default, bounds and message are
    ``crawler.env.NUMBERS`` / ``EXPECTED``'s, read by every command up front); ``env.BadSetting``, a
    ValueError of one line, when it is not a number of megabytes."""
    return int(env.number("PRICELENS_SITE_CACHE_MB") * 1024 * 1024)


class ResponseCache:
    def __init__(self, max_bytes: int, max_item: int = 2 * 1024 * 1024):
        self.max_bytes = max_bytes
        self.max_item = min(max_item, max_bytes)
        self.size = 0
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[str, tuple[int, list, bytes]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str, count_miss: bool = True):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                if count_miss:
                    self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry

    def put(self, key: str, status: int, headers: list, body: bytes) -> None:
        cost = len(body) + len(key) + sum(len(k) + len(v) for k, v in headers)
        if cost > self.max_item:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.size -= len(old[2])
            self._entries[key] = (status, headers, body)
            self.size += len(body)
            while self.size > self.max_bytes and self._entries:
                _, (_, _, dropped) = self._entries.popitem(last=False)
                self.size -= len(dropped)


def _cache_key(scope) -> str | None:
    if scope.get("type") != "http" or scope.get("method") != "GET":
        return None
    headers = {}
    for name, value in scope.get("headers") or []:
        name = name.lower()
        if name in (b"cookie", b"authorization"):
            return None
        if name in KEY_HEADERS:
            headers[name] = value
    path = scope.get("raw_path") or scope.get("path", "").encode()
    parts = [scope.get("scheme", "http")] + [headers.get(name, b"").decode("latin-1") for name in KEY_HEADERS]
    return " ".join(parts) + " " + path.decode("latin-1") + "?" + scope.get("query_string", b"").decode("latin-1")


def cached(app, cache: ResponseCache, wait_seconds: float = WAIT_SECONDS):
    """Wrap an ASGI app with ``cache``."""

    computing: dict[str, asyncio.Event] = {}  # pages being computed now (and maybe cached), by key

    async def wrapped(scope, receive, send):
        key = _cache_key(scope)
        if key is None:
            return await app(scope, receive, send)
        entry = cache.get(key, count_miss=False)
        pending = computing.get(key)
        if entry is None and pending is not None:
            # the same page is being computed for another request: wait for it (a while), then
            # replay it, or compute it here after all if it was not cacheable
            try:
                await asyncio.wait_for(pending.wait(), wait_seconds)
            except asyncio.TimeoutError:
                pass
            entry = cache.get(key, count_miss=False)
        if entry is not None:  # (counted as a hit by get)
            status, headers, body = entry
            await send({"type": "http.response.start", "status": status,
                        "headers": headers + [(b"x-pricelens-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        with cache._lock:
            cache.misses += 1
        event = None
        if key not in computing:
            event = computing[key] = asyncio.Event()

        def release():
            """Let the requests waiting for this page go (it is cached now, or never will be)."""
            if event is not None and not event.is_set():
                if computing.get(key) is event:
                    del computing[key]
                event.set()

        try:
            await _compute(scope, receive, send, key, release)
        finally:
            release()

    async def _compute(scope, receive, send, key, release):
        state = {"status": None, "headers": [], "chunks": [], "size": 0, "keep": True}

        def give_up():
            state["keep"] = False
            state["chunks"] = []
            release()

        async def capture(message):
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["headers"] = list(message.get("headers") or [])
                for name, value in state["headers"]:
                    name = name.lower()
                    if (name == b"set-cookie" or (name == b"cache-control" and b"no-store" in value.lower())
                            or (name == b"content-length" and value.isdigit() and int(value) > cache.max_item)):
                        state["keep"] = False
                if message["status"] != 200 or not state["keep"]:
                    give_up()
            elif message["type"] == "http.response.body" and state["keep"]:
                body = message.get("body", b"")
                state["size"] += len(body)
                if state["size"] > cache.max_item:
                    give_up()
                else:
                    state["chunks"].append(body)
                    if not message.get("more_body", False):
                        # complete: cache it, and release the waiting requests before sending
                        state["keep"] = False
                        cache.put(key, state["status"], state["headers"], b"".join(state["chunks"]))
                        state["chunks"] = []
                        release()
            await send(message)

        await app(scope, receive, capture)

    return wrapped
