"""A cuttable proxy in front of PostgreSQL: the database goes away for a crawl (and comes back)
without stopping the server the rest of the suite uses.

``DbProxy(url)`` listens on a Unix socket in its own folder (PostgreSQL's ``.s.PGSQL.<port>``
naming) or on a TCP port of 127.0.0.1, as the server does, and forwards every connection to
it. ``cut()`` closes every forwarded connection and stops listening (new connections are
refused); ``restore()`` listens again. ``url`` is the URL that goes through the proxy.
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
from urllib.parse import parse_qs, urlsplit

from psycopg.conninfo import conninfo_to_dict, make_conninfo


class DbProxy:
    def __init__(self, url: str):
        params = conninfo_to_dict(url)
        host = params.get("host") or ""
        if not host:  # a URL's host may sit in its query string
            host = parse_qs(urlsplit(url).query).get("host", [""])[0]
        port = str(params.get("port") or 5432)
        self.unix = host.startswith("/")
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._listener: socket.socket | None = None
        if self.unix:
            self.target = os.path.join(host, f".s.PGSQL.{port}")
            self.folder = tempfile.mkdtemp(prefix="pgproxy-")
            self.address = os.path.join(self.folder, f".s.PGSQL.{port}")
            self.url = make_conninfo(url, host=self.folder, port=port)
        else:
            self.target = (host, int(port))
            self.address = ("127.0.0.1", 0)
        self.restore()
        if not self.unix:
            self.address = self._listener.getsockname()
            self.url = make_conninfo(url, host="127.0.0.1", port=str(self.address[1]))

    def restore(self) -> None:
        """Listen (again)."""
        with self._lock:
            if self._listener is not None:
                return
            listener = socket.socket(socket.AF_UNIX if self.unix else socket.AF_INET, socket.SOCK_STREAM)
            if not self.unix:
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            elif os.path.exists(self.address):
                os.unlink(self.address)
            listener.bind(self.address)
            listener.listen(64)
            self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """Close every connection and stop listening: the database is gone."""
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._sockets = self._sockets, []
        if listener is not None:
            _close(listener)
            if self.unix and os.path.exists(self.address):
                os.unlink(self.address)
        for sock in sockets:
            _close(sock)

    def close(self) -> None:
        self.cut()
        if self.unix:
            os.rmdir(self.folder)

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            try:
                server = socket.socket(socket.AF_UNIX if self.unix else socket.AF_INET, socket.SOCK_STREAM)
                server.connect(self.target)
            except OSError:
                _close(client)
                continue
            with self._lock:
                if self._listener is not listener:  # cut meanwhile
                    _close(client)
                    _close(server)
                    return
                self._sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=_pump, args=(source, sink), daemon=True).start()


def _pump(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        _close(source)
        _close(sink)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
