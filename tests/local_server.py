"""An HTTP server on 127.0.0.1 that runs in a background thread for the length of a ``with`` block.

The tests' own shops and webhooks subclass it with their request handler::

    class Webhook(LocalServer):
        def __init__(self):
            class Handler(BaseHTTPRequestHandler): ...
            super().__init__(Handler)
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops connections a crawl opens at once (connect timeouts)

    def handle_error(self, request, client_address):
        pass  # a client that gave up (a crawl's timeout) closed its socket: expected


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
