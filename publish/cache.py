"""An in-memory cache of whole responses, for a site whose database never changes while served.

The snapshot is opened immutable and ``pricelens serve`` restarts Datasette when a newer one
is published, so a page that was right once stays right: anonymous ``GET`` responses (status
200, no cookie set, not ``no-store``, body at most ``max_item`` bytes) are kept in a least-recently-used cache of
at most ``max_bytes`` and replayed with ``X-Pricelens-Cache: hit``. Requests with a cookie or
an ``Authorization`` header, and every other method, go straight to Datasette.

Requests for a page that is being computed wait for that computation instead of starting
their own (a burst of visitors on a fresh server computes each page once).

``PRICELENS_SITE_CACHE_MB`` sets the size (default 64); ``0`` turns the cache off.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections import OrderedDict

DEFAULT_MB = 64


def configured_bytes() -> int:
    raw = os.environ.get("PRICELENS_SITE_CACHE_MB", "").strip()
    try:
        megabytes = float(raw) if raw else DEFAULT_MB
    except ValueError:
        raise ValueError(f"PRICELENS_SITE_CACHE_MB={raw!r}: expected a number of megabytes (0 turns it off)")
    return int(max(megabytes, 0) * 1024 * 1024)


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
    headers = dict(scope.get("headers") or [])
    if b"cookie" in headers or b"authorization" in headers:
        return None
    path = scope.get("raw_path") or scope.get("path", "").encode()
    return (headers.get(b"host", b"").decode("latin-1") + " " + path.decode("latin-1") + "?"
            + scope.get("query_string", b"").decode("latin-1"))


def cached(app, cache: ResponseCache):
    """Wrap an ASGI app with ``cache``."""

    computing: dict[str, asyncio.Event] = {}  # pages being computed now, by key

    async def wrapped(scope, receive, send):
        key = _cache_key(scope)
        if key is None:
            return await app(scope, receive, send)
        entry = cache.get(key, count_miss=key not in computing)
        if entry is None and key in computing:
            # the same page is being computed for another request: wait for it, then
            # replay it (or compute it after all if it was not cacheable)
            await computing[key].wait()
            entry = cache.get(key)
        if entry is not None:
            status, headers, body = entry
            await send({"type": "http.response.start", "status": status,
                        "headers": headers + [(b"x-pricelens-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        owner = key not in computing
        if owner:
            computing[key] = asyncio.Event()
        try:
            await _compute(scope, receive, send, key)
        finally:
            if owner:
                computing.pop(key).set()

    async def _compute(scope, receive, send, key):
        state = {"status": None, "headers": [], "chunks": [], "size": 0, "keep": True, "done": False}

        async def capture(message):
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["headers"] = list(message.get("headers") or [])
                if message["status"] != 200 or any(
                        k.lower() == b"set-cookie" or (k.lower() == b"cache-control" and b"no-store" in v.lower())
                        for k, v in state["headers"]):
                    state["keep"] = False
            elif message["type"] == "http.response.body" and state["keep"]:
                body = message.get("body", b"")
                state["size"] += len(body)
                if state["size"] > cache.max_item:
                    state["keep"] = False
                    state["chunks"] = []
                else:
                    state["chunks"].append(body)
                if not message.get("more_body", False):
                    state["done"] = True
            await send(message)

        await app(scope, receive, capture)
        if state["keep"] and state["done"]:
            cache.put(key, state["status"], state["headers"], b"".join(state["chunks"]))

    return wrapped
