"""Scale-out: run crawls on Scrapyd servers through their HTTP API.

With ``SCRAPYD_URL`` set (one URL or several, comma-separated) the scheduler sends each crawl
to the least busy server (``daemonstatus.json``) with ``schedule.json``, follows it with
``listjobs.json`` and, past its time limit or at shutdown, stops it with ``cancel.json``
(SIGTERM, then SIGKILL). The run's numbers come from ``crawl_runs`` as for a local crawl, so
every Scrapyd server needs ``DATABASE_URL`` in its environment, pointing at the shared
PostgreSQL, and the project's dependencies installed.

Deploy the project first: ``pricelens deploy`` (:func:`deploy`) builds an egg of the project's
packages (with the ``scrapy: settings = crawler.settings`` entry point Scrapyd reads) and
POSTs it to ``addversion.json`` on every server. scrapyd-client's ``scrapyd-deploy`` (with the
``[deploy]`` section of scrapy.cfg) works too once pyproject.toml declares the entry point
(``[project.entry-points.scrapy] settings = "crawler.settings"``): without it setuptools
drops the one scrapyd-deploy's setup.py passes, and Scrapyd cannot find the settings.
"""

from __future__ import annotations

import configparser
import io
import json
import logging
import os
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile
from pathlib import Path

from crawler.ops.runners import CrawlResult, result_from_run
from crawler.paths import PROJECT_ROOT
from crawler.store.runs import last_run_id, run_after
from crawler.urlmask import check_http_url, mask_url, split_credentials

logger = logging.getLogger("pricelens.scrapyd")

URL_ENV = "SCRAPYD_URL"
PACKAGES = ("crawler", "spiders", "pipelines", "publish")


class ScrapydError(RuntimeError):
    """A Scrapyd server could not be reached or refused a request."""


def scrapyd_urls(value: str | None = None) -> list[str]:
    """The Scrapyd servers of ``$SCRAPYD_URL`` (comma-separated), without trailing slashes."""
    value = os.environ.get(URL_ENV, "") if value is None else value
    return [url.strip().rstrip("/") for url in value.split(",") if url.strip()]


def check_urls(urls: list[str]) -> list[str]:
    """``urls`` when each is an http(s) URL with a host and a port that is a port; else
    :class:`ScrapydError`, one line, the password hidden (urllib would open ``ftp://`` or ``file://``
    and try a port of 99999)."""
    for url in urls:
        try:
            check_http_url(url, "Scrapyd URL")
        except ValueError as exc:
            raise ScrapydError(f"{mask_url(url)}: {exc}") from None
    return urls


def project_name() -> str:
    """The Scrapyd project: ``project`` in scrapy.cfg's ``[deploy]`` section (else pricelens)."""
    parser = configparser.ConfigParser()
    parser.read(PROJECT_ROOT / "scrapy.cfg")
    return parser.get("deploy", "project", fallback="pricelens")


class ScrapydClient:
    """One Scrapyd server's JSON API."""

    def __init__(self, url: str, *, timeout: float = 10.0):
        try:  # user info in the URL is basic auth (urllib would read "user:pw@host" as the host)
            base, self._auth = split_credentials(url.rstrip("/"))
            self._base = base.rstrip("/")
        except ValueError:  # refused at the first request, in one line
            self._base, self._auth = None, None
        self.url = mask_url(url.rstrip("/"))  # what messages show: the password is ***
        self.timeout = timeout

    def __repr__(self):
        return f"ScrapydClient({self.url!r})"

    def _request(self, endpoint: str, *, query: dict | None = None, data: bytes | None = None,
                 content_type: str | None = None) -> dict:
        url = f"{self.url}/{endpoint}"  # shown
        if self._base is None:
            raise ScrapydError(f"{self.url}: not a URL")
        target = f"{self._base}/{endpoint}"
        if query:
            url += "?" + urllib.parse.urlencode(query)
            target += "?" + urllib.parse.urlencode(query)
        try:
            request = urllib.request.Request(target, data=data, method="POST" if data is not None else "GET")
        except ValueError as exc:
            raise ScrapydError(f"{url}: {exc}") from None
        if self._auth:
            request.add_header("Authorization", self._auth.decode("latin-1"))
        if content_type:
            request.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as exc:
            raise ScrapydError(f"{url}: HTTP {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise ScrapydError(f"{url}: {getattr(exc, 'reason', exc)}") from None
        try:
            answer = json.loads(body)
        except (ValueError, RecursionError):  # (RecursionError: nested past Python's stack)
            raise ScrapydError(f"{url}: not a JSON answer: {body[:200]!r}") from None
        if not isinstance(answer, dict):  # a server that is no Scrapyd (a proxy's page, a list)
            raise ScrapydError(f"{url}: not a JSON object: {body[:200]!r}")
        if answer.get("status") != "ok":
            raise ScrapydError(f"{url}: {answer.get('message') or answer}")
        return answer

    def _post(self, endpoint: str, fields: list[tuple[str, str]]) -> dict:
        return self._request(endpoint, data=urllib.parse.urlencode(fields).encode(),
                             content_type="application/x-www-form-urlencoded")

    def daemonstatus(self) -> dict:
        return self._request("daemonstatus.json")

    def load(self) -> int:
        """Pending plus running jobs."""
        status = self.daemonstatus()
        try:
            return int(status.get("pending", 0)) + int(status.get("running", 0))
        except (TypeError, ValueError):
            raise ScrapydError(f"{self.url}/daemonstatus.json: pending and running are not numbers: "
                               f"{str(status)[:200]}") from None

    def schedule(self, project: str, spider: str, *, arguments: dict[str, str] | None = None,
                 settings: dict[str, str] | None = None, jobid: str | None = None) -> str:
        """Queue a crawl; return its job id."""
        fields = [("project", project), ("spider", spider), ("jobid", jobid or uuid.uuid4().hex)]
        fields += [("setting", f"{key}={value}") for key, value in (settings or {}).items()]
        for key, value in (arguments or {}).items():
            if key in ("project", "spider", "jobid", "setting", "priority", "_version"):
                raise ValueError(f"spider argument {key!r} clashes with a Scrapyd parameter")
            fields.append((key, value))
        jobid = self._post("schedule.json", fields).get("jobid")
        if not isinstance(jobid, str) or not jobid:
            raise ScrapydError(f"{self.url}/schedule.json: no job id in the answer")
        return jobid

    def listjobs(self, project: str) -> dict:
        return self._request("listjobs.json", query={"project": project})

    def job_state(self, project: str, jobid: str) -> str | None:
        """'pending', 'running', 'finished', or None when the server does not know the job."""
        jobs = self.listjobs(project)
        for state in ("finished", "running", "pending"):
            listed = jobs.get(state) or []
            if not isinstance(listed, list):
                raise ScrapydError(f"{self.url}/listjobs.json: {state} is not a list of jobs")
            if any(isinstance(job, dict) and job.get("id") == jobid for job in listed):
                return state
        return None

    def cancel(self, project: str, jobid: str, signal: str = "TERM") -> str | None:
        """Remove a pending job or signal a running one; return its previous state."""
        return self._post("cancel.json", [("project", project), ("job", jobid), ("signal", signal)]).get("prevstate")

    def listspiders(self, project: str) -> list[str]:
        spiders = self._request("listspiders.json", query={"project": project}).get("spiders")
        if not isinstance(spiders, list):
            raise ScrapydError(f"{self.url}/listspiders.json: no list of spiders in the answer")
        return [str(name) for name in spiders]

    def addversion(self, project: str, version: str, egg: bytes) -> dict:
        """Upload an egg (multipart/form-data, as scrapyd-deploy does)."""
        boundary = uuid.uuid4().hex
        body = io.BytesIO()
        for name, value in (("project", project), ("version", version)):
            body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
        body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="egg"; filename="{project}.egg"\r\n'
                   f"Content-Type: application/octet-stream\r\n\r\n".encode())
        body.write(egg)
        body.write(f"\r\n--{boundary}--\r\n".encode())
        return self._request("addversion.json", data=body.getvalue(),
                             content_type=f"multipart/form-data; boundary={boundary}")


class ScrapydPool:
    """Several servers; each crawl goes to the reachable one with the fewest jobs."""

    def __init__(self, urls: list[str], *, timeout: float = 10.0):
        if not urls:
            raise ValueError("no Scrapyd URL")
        self.clients = [ScrapydClient(url, timeout=timeout) for url in urls]

    def pick(self) -> ScrapydClient:
        loads, problems = [], []
        for position, client in enumerate(self.clients):
            try:
                loads.append((client.load(), position, client))
            except ScrapydError as exc:
                problems.append(str(exc))
        if not loads:
            raise ScrapydError("no Scrapyd server reachable: " + "; ".join(problems))
        return min(loads)[2]


class ScrapydRunner:
    """A :class:`crawler.ops.runners.Runner` that crawls on Scrapyd instead of a local subprocess."""

    def __init__(self, urls: list[str], *, kill_grace: float = 30.0, poll: float = 1.0, project: str | None = None,
                 settings: dict[str, str] | None = None):
        self.pool = ScrapydPool(urls)
        self.kill_grace = kill_grace
        self.poll = poll
        self.project = project or project_name()
        self.settings = settings or {}

    def run(self, entry, stop):
        started = time.monotonic()
        before = last_run_id()
        try:
            client = self.pool.pick()
            jobid = client.schedule(self.project, entry.retailer, arguments=entry.arguments,
                                    settings={"CLOSESPIDER_TIMEOUT": f"{entry.time_limit:g}", **self.settings})
        except ScrapydError as exc:
            return CrawlResult(entry.retailer, "failed", str(exc), seconds=time.monotonic() - started)
        where = f"{client.url} job {jobid}"
        logger.info("%s: scheduled on %s", entry.retailer, where)
        timed_out = stopped = False
        cancelled_at = None
        killed = False
        state = "pending"
        unreachable_since = None
        while True:
            try:
                state = client.job_state(self.project, jobid)
                unreachable_since = None
            except ScrapydError as exc:
                unreachable_since = unreachable_since or time.monotonic()
                logger.warning("%s: %s", entry.retailer, exc)
                if time.monotonic() - unreachable_since > max(60.0, 3 * self.poll):
                    return result_from_run(entry.retailer, run_after(entry.retailer, before),
                                           failure=f"lost contact with {client.url}: {exc}", timed_out=timed_out,
                                           stopped=stopped, seconds=time.monotonic() - started, where=where)
            if state in ("finished", None):
                break
            now = time.monotonic()
            try:
                if cancelled_at is None:
                    if now - started >= entry.time_limit + self.kill_grace:
                        timed_out = True
                    elif stop.must_stop():
                        stopped = True
                    if timed_out or stopped:
                        logger.info("%s: cancelling %s (%s)", entry.retailer, where,
                                    "time limit" if timed_out else "stopping")
                        client.cancel(self.project, jobid, "TERM")
                        cancelled_at = now
                elif not killed and now - cancelled_at >= self.kill_grace:
                    client.cancel(self.project, jobid, "KILL")
                    killed = True
                elif killed and now - cancelled_at >= 2 * self.kill_grace + 10:
                    break  # the server does not report the job finished; stop waiting
            except ScrapydError as exc:
                logger.warning("%s: %s", entry.retailer, exc)
            if state == "pending" and cancelled_at is not None:
                break  # removed from the queue: it never started
            time.sleep(self.poll)
        failure = ("the Scrapyd server lost the job" if state is None
                   else "cancelled before it started" if state == "pending"
                   else "the job ended before opening a crawl run")
        return result_from_run(entry.retailer, run_after(entry.retailer, before),
                               failure=f"{failure} ({where})", timed_out=timed_out, stopped=stopped,
                               seconds=time.monotonic() - started, where=where)


# -- deploying ----------------------------------------------------------------------------------
def build_egg(version: str = "0", root: Path = PROJECT_ROOT) -> bytes:
    """An egg (a zip) of the project's packages with the entry point Scrapyd reads."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as egg:
        for package in PACKAGES:
            for path in sorted((root / package).rglob("*")):
                relative = path.relative_to(root)
                if path.is_dir() or "__pycache__" in relative.parts or path.suffix in (".pyc", ".pyo"):
                    continue
                egg.write(path, relative.as_posix())
        egg.writestr("EGG-INFO/PKG-INFO", f"Metadata-Version: 1.1\nName: {project_name()}\nVersion: {version}\n")
        egg.writestr("EGG-INFO/entry_points.txt", "[scrapy]\nsettings = crawler.settings\n")
        egg.writestr("EGG-INFO/top_level.txt", "\n".join(PACKAGES) + "\n")
        egg.writestr("EGG-INFO/not-zip-safe", "\n")
    return buffer.getvalue()


def deploy(urls: list[str] | None = None, *, version: str | None = None, project: str | None = None) -> list[dict]:
    """Upload the project to every Scrapyd server; return their answers."""
    urls = urls or scrapyd_urls()
    if not urls:
        raise ScrapydError(f"no Scrapyd server: set {URL_ENV} (comma-separated URLs)")
    check_urls(urls)
    version = version or time.strftime("%Y%m%d%H%M%S", time.gmtime())
    project = project or project_name()
    egg = build_egg(version)
    return [ScrapydClient(url, timeout=120).addversion(project, version, egg) for url in urls]
