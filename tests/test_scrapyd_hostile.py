"""A Scrapyd URL that answers something else than Scrapyd's JSON objects (session 17 attack): a
proxy's page, a JSON list, nesting past Python's stack, numbers that are not numbers, a missing job
id. Each is a ScrapydError naming the server (one line in the scheduler's log, the run failed),
never an AttributeError, KeyError, TypeError or RecursionError traceback from the scheduler."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.ops.scrapyd import ScrapydClient, ScrapydError, ScrapydPool

ANSWERS = {
    "list": b"[1, 2]",
    "string": b'"ok"',
    "deep": b"[" * 100_000 + b"]" * 100_000,
    "deep object": b'{"status": "ok", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "bad counts": b'{"status": "ok", "pending": "many", "running": [1], "jobid": 7, "spiders": "all",'
                  b' "finished": {"id": 1}, "running_jobs": 3}',
    "nulls": b'{"status": "ok", "pending": null, "running": null, "jobid": null, "spiders": null,'
             b' "finished": [null, 1, "x"], "running": null}',
}


@pytest.fixture(scope="module")
def server():
    class Handler(BaseHTTPRequestHandler):
        def _answer(self):
            kind = self.server.kind
            body = ANSWERS[kind]
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("kind", list(ANSWERS))
def test_an_answer_that_is_no_scrapyds_is_a_scrapyd_error(server, kind):
    server.kind = kind
    url = f"http://user:s3cret@127.0.0.1:{server.server_port}"
    client = ScrapydClient(url)
    calls = [client.daemonstatus, client.load, lambda: client.schedule("pricelens", "techzone"),
             lambda: client.job_state("pricelens", "job1"), lambda: client.listspiders("pricelens"),
             lambda: client.cancel("pricelens", "job1"), lambda: ScrapydPool([url]).pick()]
    for call in calls:
        try:
            call()
        except ScrapydError as error:
            assert "s3cret" not in str(error) and len(str(error)) < 600
        # (an answer the client can use is fine: "nulls" has no job listed, cancel's prevstate None)
