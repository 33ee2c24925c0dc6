"""Open many half-open HTTP connections to a loopback server and hold them (slowloris).

    python tests/slowloris.py PORT COUNT SECONDS [SOURCE_ADDRESS] [PER_SECOND]

Connections are opened at PER_SECOND (default 2,000) without waiting for the server to accept
them; each sends the start of a request (``GET / HTTP/1.1`` and two header lines) and then one
more header line every 5 s, never finishing the request. After SECONDS (from the start) they
are closed. Prints one JSON line: how many were opened, how many the server closed, and the
file-descriptor limit used (the soft limit is raised to the hard limit first).

Loopback only: SOURCE_ADDRESS (default 127.0.0.1) may be another address of 127.0.0.0/8, so
that the connections have ports of their own (20,000 connections from one address to one port
nearly exhaust the ephemeral ports).
"""

from __future__ import annotations

import errno
import json
import resource
import selectors
import socket
import sys
import time

IP_BIND_ADDRESS_NO_PORT = getattr(socket, "IP_BIND_ADDRESS_NO_PORT", 24)  # Linux: port chosen at connect
PARTIAL = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slowloris\r\n"
TRICKLE_SECONDS = 5.0


def main(argv: list[str]) -> int:
    port, count, seconds = int(argv[0]), int(argv[1]), float(argv[2])
    source = argv[3] if len(argv) > 3 else "127.0.0.1"
    per_second = float(argv[4]) if len(argv) > 4 else 2000.0
    assert source.startswith("127."), "loopback only"
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    fd_limit = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    started = time.monotonic()
    deadline = started + seconds
    selector = selectors.DefaultSelector()
    live: list[socket.socket] = []   # connected, request started
    state = {"opened": 0, "failed": 0, "closed_by_server": 0}

    def settle(timeout: float) -> None:
        """Send the start of a request on each connection that got established."""
        for key, _ in selector.select(timeout=timeout):
            sock = key.fileobj
            selector.unregister(sock)
            try:
                if sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0:
                    sock.send(PARTIAL)
                    state["opened"] += 1
                    live.append(sock)
                    continue
            except OSError:
                pass
            state["failed"] += 1
            sock.close()

    for number in range(count):
        if time.monotonic() > deadline:
            break
        try:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, 1)
            sock.bind((source, 0))
            sock.setblocking(False)
            code = sock.connect_ex(("127.0.0.1", port))
        except OSError:
            state["failed"] += 1
            continue
        if code not in (0, errno.EINPROGRESS):
            sock.close()
            state["failed"] += 1
            continue
        selector.register(sock, selectors.EVENT_WRITE)
        settle(0.0)
        if number % 50 == 49:  # keep to the rate
            while (pause := started + (number + 1) / per_second - time.monotonic()) > 0:
                settle(pause)
    opened_in = time.monotonic() - started
    next_trickle = time.monotonic() + TRICKLE_SECONDS
    while time.monotonic() < deadline:
        settle(min(0.5, max(0.0, deadline - time.monotonic())))
        if time.monotonic() >= next_trickle:
            next_trickle += TRICKLE_SECONDS
            still = []
            for sock in live:
                try:
                    sock.send(b"X-Slow: 1\r\n")
                    still.append(sock)
                except OSError:  # closed by the server
                    state["closed_by_server"] += 1
                    sock.close()
            live[:] = still
    for sock in live:
        try:
            if sock.recv(1) == b"":
                state["closed_by_server"] += 1
        except BlockingIOError:
            pass
        except OSError:
            state["closed_by_server"] += 1
        sock.close()
    for key in list(selector.get_map().values()):
        key.fileobj.close()
    print(json.dumps({**state, "seconds_to_open": round(opened_in, 1), "fd_limit": fd_limit}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
