"""Open many half-open HTTP connections to a loopback server and hold them (slowloris).

    python tests/slowloris.py PORT COUNT SECONDS

Each connection sends the start of a request (``GET / HTTP/1.1`` and one header line) and
never finishes it. The connections are opened without waiting for the server to accept them,
held for SECONDS, then closed. Prints one JSON line: how many were opened, how many the
server had closed by the end, and the file-descriptor limit used (the soft limit is raised to
the hard limit first). Loopback only.
"""

from __future__ import annotations

import errno
import json
import resource
import selectors
import socket
import sys
import time

PARTIAL = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slowloris\r\n"


def main(argv: list[str]) -> int:
    port, count, seconds = int(argv[0]), int(argv[1]), float(argv[2])
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    fd_limit = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    started = time.monotonic()
    selector = selectors.DefaultSelector()
    opened = failed = 0
    sockets = []
    for _ in range(count):
        try:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        except OSError:
            failed += 1
            break
        sock.setblocking(False)
        code = sock.connect_ex(("127.0.0.1", port))
        if code not in (0, errno.EINPROGRESS):
            sock.close()
            failed += 1
            continue
        sockets.append(sock)
        selector.register(sock, selectors.EVENT_WRITE)
    # send the start of a request on each connection as soon as it is established
    deadline = started + seconds
    pending = len(sockets)
    while pending and time.monotonic() < deadline:
        for key, _ in selector.select(timeout=0.5):
            sock = key.fileobj
            selector.unregister(sock)
            pending -= 1
            if sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0:
                try:
                    sock.send(PARTIAL)
                    opened += 1
                except OSError:
                    failed += 1
            else:
                failed += 1
    opened_in = time.monotonic() - started
    time.sleep(max(0.0, deadline - time.monotonic()))
    closed = 0
    for sock in sockets:
        try:
            if sock.recv(1) == b"":
                closed += 1
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
        sock.close()
    print(json.dumps({"opened": opened, "failed": failed, "closed_by_server": closed,
                      "seconds_to_open": round(opened_in, 1), "fd_limit": fd_limit}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
