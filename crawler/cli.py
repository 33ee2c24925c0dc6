"""pricelens: crawl retailers, store offers in PostgreSQL, publish a Datasette snapshot.

Every command works on the embedded PostgreSQL under data/postgres unless DATABASE_URL names
another server. Run `pricelens COMMAND --help` for each command.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path


_INTERRUPTED_WHILE_STARTING: list = []


def _interrupted_while_starting(signum, _frame):
    _INTERRUPTED_WHILE_STARTING.append(signum)


# Ctrl-C in the second or so the imports below take (nothing started yet) ended `pricelens serve` - any
# command - with a KeyboardInterrupt traceback through them (session 43: 29 of 29 runs stopped by
# SIGINT 0.3 to 1.5 s after the start), or was lost in them and serve ran on (2 of 200): while this module
# loads, as the program's entry, SIGINT is only recorded (crawler.paths.StopRequest says why), and
# PricelensGroup.invoke makes it the one line and exit 130 of a Ctrl-C later on.
if ((__name__ == "__main__" or Path(sys.argv[0] if sys.argv else "").name == "pricelens")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is signal.default_int_handler):
    signal.signal(signal.SIGINT, _interrupted_while_starting)

import sqlite3  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import click  # noqa: E402

from crawler import env
from crawler.store import DatabaseUnavailable, database_url, describe_url, migrate
from crawler.store.connection import shown_url
from crawler.paths import PROJECT_ROOT, STOP_SIGNALS, StopRequest, snapshots_dir
from crawler.urlmask import install_log_masking, shown_cut
from crawler.store.runs import RUN_ID_FILE_ENV, last_run_id, run_after

PORT = click.IntRange(1, 65535)  # a TCP port; 0 or 99999 would print a URL nothing listens on
OFFER_ID = click.IntRange(1, 2**63 - 1)  # offers.id is a positive bigint
# dated snapshots `publish --keep` keeps at most, as schedules.toml's [publish] keep (crawler/ops/schedules.py
# MAX_COUNT): almost three years of nightly snapshots; --keep 10**30 was taken, a limit in name only
KEEP_MAX = 1000


MESSAGE_MAX = 300  # characters of a usage error's message: Click repeats the refused value whole


def short_message(message: str, limit: int = MESSAGE_MAX) -> str:
    """Click's message about a value it refuses, on one line and at most about ``limit``
    characters: control characters escaped (a newline in the value started a new line), a long
    message cut in its middle with the length said, so what is expected, at its end, stays."""
    text = "".join(char if char >= " " and char != "\x7f" else repr(char)[1:-1] for char in message)
    if len(text) <= limit:
        return text
    return f"{text[:limit // 2]}... ({len(text)} characters) ...{text[-(limit // 4):]}"


class PricelensGroup(click.Group):
    """Turns the errors a user can fix into one clear line and exit code 2; Click's usage errors
    keep their form but never repeat a huge argument whole (:func:`short_message`)."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as exc:
            exc.message = short_message(exc.message)
            raise

    def main(self, *args, **kwargs):
        try:
            return super().main(*args, **kwargs)
        finally:
            _EXITING.append(True)  # (the command is over: what runs now are the exit handlers)

    def invoke(self, ctx):
        try:
            if signal.getsignal(signal.SIGINT) is _interrupted_while_starting:  # (the start is over: a Ctrl-C
                signal.signal(signal.SIGINT, signal.default_int_handler)  # from now on is the one below)
            if _INTERRUPTED_WHILE_STARTING:
                raise KeyboardInterrupt
            return super().invoke(ctx)
        except (DatabaseUnavailable, FileNotFoundError) as exc:
            click.echo(f"pricelens: {exc}", err=True)
            ctx.exit(2)
        except click.UsageError as exc:  # (a sub-command's arguments are parsed in here; not our own
            exc.message = short_message(exc.message)  # ClickExceptions, PublishFailed: they are ours to word)
            raise
        except KeyboardInterrupt:
            # Ctrl-C (SIGINT) in a command with no handler of its own (`pricelens match`, `db migrate`,
            # `publish`): Click turned it into "Aborted!" and exit 1, which a script reads as a failure
            # of the command itself. It is a stop on purpose, said as SIGTERM's is: one line, exit
            # 128 + 2. The ``with`` blocks have unwound (the open transaction rolled back); a second
            # Ctrl-C from now on, while the exit handlers stop the embedded PostgreSQL, is
            # ``_stop_on_signal``'s (no traceback inside them). Commands with their own handlers
            # (crawl, demo, serve, schedule, run-once) never get here. (session 28, robust28)
            signal.signal(signal.SIGINT, _stop_on_signal)
            click.echo("pricelens: SIGINT: stopping", err=True)
            ctx.exit(128 + signal.SIGINT)


@click.group(cls=PricelensGroup, help=__doc__)
@click.version_option(package_name="pricelens")
def main():
    env.exit_on_bad_settings("pricelens")  # a PRICELENS_* variable that is not what it takes: one line, exit 2
    install_log_masking()  # (every log line with the passwords of the URLs it names hidden: crawler/urlmask.py)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(sig) == signal.SIG_DFL:
            # SIGTERM's default (and SIGHUP's: the terminal closed) ended the process where it stood:
            # `pricelens publish` left its temporary snapshot and the embedded PostgreSQL it started
            # running, orphaned. SystemExit(128 + signal) unwinds like Ctrl-C: the publish removes its
            # temporary, pgserver's exit handler stops the server. (crawl, demo, serve, schedule and
            # run-once set their own handlers over this one.)
            signal.signal(sig, _stop_on_signal)


_EXITING: list = []  # not empty once the command is over (PricelensGroup.main)


def _stop_on_signal(signum, _frame):
    signal.signal(signum, signal.SIG_DFL)  # a second one ends it at once
    if signum != signal.SIGINT and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        # (and a Ctrl-C after it is this handler's too: Python's KeyboardInterrupt raised inside the exit
        # handlers that stop the embedded PostgreSQL printed "Exception ignored in atexit callback" and
        # its traceback - SIGTERM then SIGINT 0.05 s later, session 28's attacker)
        signal.signal(signal.SIGINT, _stop_on_signal)
    if _EXITING:
        # the command is over and the process is stopping already: pgserver's exit handler is stopping
        # the embedded PostgreSQL (pg_ctl stop). SystemExit raised in it printed "Exception ignored in
        # atexit callback" and its traceback, and could leave the server running.
        click.echo(f"pricelens: {signal.Signals(signum).name}: stopping (closing down already)", err=True)
        return
    click.echo(f"pricelens: {signal.Signals(signum).name}: stopping", err=True)
    raise SystemExit(128 + signum)


# -- database ---------------------------------------------------------------------------------
@main.group()
def db():
    """The PostgreSQL system of record."""


@db.command("migrate")
def db_migrate():
    """Apply the numbered SQL migrations not yet applied."""
    applied = migrate()
    click.echo("applied: " + ", ".join(applied) if applied else "database is up to date")


@db.command("url")
def db_url():
    """Print the database URL in use (password hidden)."""
    click.echo(describe_url(database_url()))


# -- crawling ---------------------------------------------------------------------------------
def kill_grace() -> float:
    """Seconds a stopped crawl gets to close (``PRICELENS_KILL_GRACE``, checked by :func:`main`)."""
    return env.number("PRICELENS_KILL_GRACE")


class SignalGuard:
    """SIGTERM and SIGINT for a command that runs crawls (``crawl``, ``demo``).

    During a crawl the signal is forwarded to it (SIGTERM: Scrapy closes the spider and records
    the run as shut down); :func:`crawler.ops.process.run_process` kills its process group if it
    is still alive ``KILL_GRACE`` seconds later, or at once on a second signal. Outside a crawl, and once the crawl is over, the
    command ends with ``SystemExit(128 + signal)``, so ``with`` blocks (the demo shops) close and
    the embedded PostgreSQL this process started is stopped (pgserver's exit handler).
    """

    active: "SignalGuard | None" = None

    def __init__(self):
        from crawler.ops.process import StopSignal

        self.stop = StopSignal()
        self.signum: int | None = None
        self.crawling = False
        self._previous = {}

    def __enter__(self):
        self._previous = {sig: signal.signal(sig, self._on_signal)
                          for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}  # HUP: the terminal closed
        SignalGuard.active = self
        return self

    def __exit__(self, *exc):
        SignalGuard.active = None
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)

    def _on_signal(self, signum, _frame):
        first = self.signum is None
        self.signum = self.signum or signum
        self.stop.request(0)
        if first:
            click.echo(f"pricelens: {signal.Signals(signum).name}: stopping"
                       + (f" the crawl (at most {kill_grace():g} s; signal again to kill it now)"
                          if self.crawling else ""), err=True)
        elif self.crawling and not self.stop.kill_now:
            self.stop.hurry()
            click.echo(f"pricelens: {signal.Signals(signum).name} again: killing the crawl now", err=True)
        if not self.crawling:
            self.exit()

    def exit(self):
        raise SystemExit(128 + self.signum)

    def exit_if_stopped(self):
        if self.signum is not None:
            self.exit()


def scrapy_crawl(retailer: str, arguments: list[str] = (), *, env: dict | None = None,
                 settings: list[str] = ()) -> int | None:
    """Run ``scrapy crawl`` for one retailer as a subprocess from the project root; its exit code.

    The crawl runs in its own session; under a :class:`SignalGuard` a SIGTERM or SIGINT to this
    process stops it (SIGTERM, then SIGKILL to its process group ``KILL_GRACE`` seconds later).
    """
    from crawler.ops.process import run_process

    command = [sys.executable, "-m", "scrapy", "crawl", retailer]
    for argument in arguments:
        command += ["-a", argument]
    for setting in settings:
        command += ["-s", setting]
    guard = SignalGuard.active
    if guard is not None:
        guard.exit_if_stopped()
        guard.crawling = True
    try:
        outcome = run_process(command, log_path=None, time_limit=None, kill_grace=kill_grace(),
                              stop=guard.stop if guard is not None else None,
                              env={**os.environ, **(env or {})}, cwd=PROJECT_ROOT)
    finally:
        if guard is not None:
            guard.crawling = False
    return outcome.returncode


# The demo shops are ours, on loopback: no need to be gentle with them.
LOOPBACK_SETTINGS = ["DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


def crawl_and_check(retailer: str, arguments: list[str] = (), *, env: dict | None = None,
                    settings: list[str] = ()) -> dict:
    """Crawl, then read the run's row: Scrapy exits 0 even when every request failed.

    A run its process left open (killed after a stop) is closed as failed. When a signal stopped
    the crawl, the run is described and the command exits (see :class:`SignalGuard`)."""
    from crawler.ops.runners import close_abandoned_run

    url = database_url()
    before = last_run_id()
    with tempfile.TemporaryDirectory() as scratch:
        run_id_file = os.path.join(scratch, "run_id")
        returncode = scrapy_crawl(retailer, arguments, settings=settings,
                                  env={"DATABASE_URL": url, RUN_ID_FILE_ENV: run_id_file, **(env or {})})
        run = run_after(retailer, before, run_id_file)
    guard = SignalGuard.active
    stopped = guard is not None and guard.signum is not None
    if run is not None and run["status"] == "running":
        run = close_abandoned_run(run, "ended without closing the run (" + ("shutdown" if stopped else
                                                                          f"exit code {returncode}") + ")",
                                  stopped=stopped)
    if run is None:
        run = {"retailer_id": retailer, "status": "failed",
               "finish_reason": f"scrapy exited {returncode} before opening a crawl run",
               "offers_accepted": 0, "stores_accepted": 0, "items_rejected": 0, "exit_code": returncode}
    if stopped:
        click.echo(describe_run(run), err=True)
        guard.exit()
    return run


def describe_run(run: dict) -> str:
    return (f"{run['retailer_id']}: {run['status']} ({run['finish_reason']}) — "
            f"{run['offers_accepted']} offers, {run['stores_accepted']} stores, "
            f"{run['items_rejected']} rejected")


@main.command()
@click.argument("retailer")
@click.option("-a", "arguments", multiple=True, metavar="NAME=VALUE", help="Spider argument (repeatable).")
def crawl(retailer, arguments):
    """Crawl one RETAILER (a spider name) into the database; exit 1 if the run failed."""
    from crawler.ops.schedules import SpiderUnloadable, available_retailers, spider_class
    from crawler.platforms.base import argument_value_problem, shown_name

    try:
        known = available_retailers()
    except SpiderUnloadable as exc:  # a spider module that does not import: one line, not a traceback
        click.echo(f"pricelens: {exc}", err=True)
        sys.exit(2)
    if retailer not in known:
        click.echo(f"pricelens: unknown retailer {shown_cut(repr(retailer))}; known: {', '.join(known)}", err=True)
        sys.exit(2)  # a usage error, as every other one (1 is a run that failed)
    spider = spider_class(retailer)
    for number, argument in enumerate(arguments, 1):
        # each argument in turn: its form, its name as `scrapy crawl` reads it (up to the first "="), its
        # value as the spider reads it (a bad base_url, `-a name=evil`, `-a max_pages=abc`): refused here
        # in one line, before a run is opened, the embedded server starts and Scrapy prints its banner
        name, equals, value = argument.partition("=")
        if not name.strip() or not equals:  # (not shown: it may be a secret)
            click.echo(f"pricelens: -a argument {number} of {len(arguments)}: expected NAME=VALUE "
                       f"(a spider argument)", err=True)
            sys.exit(2)
        problem = spider.argument_name_problem(name) if hasattr(spider, "argument_name_problem") else None
        if problem:
            click.echo(f"pricelens: -a {shown_name(name)}: {problem}", err=True)
            sys.exit(2)
        problem = argument_value_problem(spider, name, value)
        if problem:
            click.echo(f"pricelens: {problem}", err=True)
            sys.exit(2)
    # ... and an argument the crawl needs (`pricelens crawl shop` without -a url=): the database is not started
    problem = spider.missing_argument_problem(dict(argument.split("=", 1) for argument in arguments)) \
        if hasattr(spider, "missing_argument_problem") else None
    if problem:
        click.echo(f"pricelens: {problem}", err=True)
        sys.exit(2)
    with SignalGuard():
        migrate()
        run = crawl_and_check(retailer, list(arguments))
    if run.get("exit_code") == 2:  # the spider refused its arguments (one line on stderr): a usage error
        sys.exit(2)
    click.echo(describe_run(run))
    sys.exit(0 if run["status"] == "finished" else 1)


# -- publishing -------------------------------------------------------------------------------
# SQLite's result codes for a write that the disk refused (the extended codes keep these low bytes).
_SQLITE_WRITE_FAILURES = {13: "no space left on device (SQLite: database or disk is full)",  # SQLITE_FULL
                          10: "disk I/O error",  # SQLITE_IOERR: EFBIG, EIO ... on write
                          8: "the file is read-only", 14: "the file cannot be created"}  # READONLY, CANTOPEN


class PublishFailed(click.ClickException):
    exit_code = 1

    def show(self, file=None):
        click.echo(f"pricelens: {self.message}", err=True)


def write_failure(exc: BaseException, out_dir: Path) -> str | None:
    """``"<reason> writing <path>"`` when ``exc`` is the disk refusing a write; None otherwise."""
    if isinstance(exc, OSError) and exc.errno is not None:
        reason = os.strerror(exc.errno)
        reason = reason[0].lower() + reason[1:]
        return f"{reason} writing {exc.filename or out_dir}"
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in _SQLITE_WRITE_FAILURES:
            return f"{_SQLITE_WRITE_FAILURES[code & 0xFF]} writing the snapshot in {out_dir}"
    return None


def publish_snapshot(out_dir: Path | None = None, *, keep: int = 7):
    """Run the publish; a write the disk refuses (full, quota, file size limit, read-only) is one
    line and exit 1 instead of a traceback. publish/export.py has removed its temporary file and
    left latest.db as it was, so the previous snapshot is still the one served."""
    from publish.export import publish as run_publish

    target = Path(out_dir or snapshots_dir())
    before = _served(target)
    try:
        return run_publish(out_dir, keep=keep)
    except (OSError, sqlite3.Error) as exc:
        what = write_failure(exc, target)
        if what is None:
            raise
        after = _served(target)
        if after is not None and after == before:
            outcome = "the previous snapshot is kept"
        elif after is None:
            outcome = "no snapshot was published"
        else:  # it failed after the new file was renamed into place (its checksum, the link)
            outcome = f"the new snapshot {(target / 'latest.db').resolve()} is served, its checksum may be stale"
        raise PublishFailed(f"publish failed: {what}; {outcome}") from None


def _served(out_dir: Path) -> tuple[int, int] | None:
    """The file latest.db serves (device, inode), or None."""
    try:
        stat = (out_dir / "latest.db").stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


@main.command()
@click.option("--keep", default=7, show_default=True, type=click.IntRange(1, KEEP_MAX),
              help=f"Dated snapshots to keep, 1 to {KEEP_MAX}.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Snapshot folder (default data/snapshots).")
def publish(keep, out_dir):
    """Export the database into data/snapshots/pricelens-<UTC date>.db and point latest.db at it."""
    migrate()  # a fresh database publishes an empty snapshot, not "relation ... does not exist"
    result = publish_snapshot(out_dir, keep=keep)
    click.echo(str(result.path))
    from publish.alerts import after_publish  # the price watch list (alerts.toml), see publish/alerts.py

    sys.exit(after_publish(result.path))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=PORT)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,  # publish.site.MAX_WORKERS
              help="Server processes sharing the port, 1 to 64 (each stops with this one).")
def serve(host, port, workers):
    """Serve the latest snapshot with Datasette (read-only) until Ctrl-C."""
    serve_until_stopped(host=host, port=port, workers=workers)


def serve_until_stopped(**options) -> None:
    """``publish.site.serve`` until it is stopped; exit with its code (130 for Ctrl-C, 143 for SIGTERM).
    A Ctrl-C after it, while the exit handlers run (the demo's embedded PostgreSQL stopping), is
    :func:`_stop_on_signal`'s, as after any command's: no KeyboardInterrupt inside them."""
    # a stop signal from now on is only recorded (crawler.paths.StopRequest): raised here, in the
    # import of publish.site and serve's checks, it could be lost in them
    stop = StopRequest()
    previous = {}
    if threading.current_thread() is threading.main_thread():  # (one ignored, nohup's SIGHUP, stays ignored)
        previous = {sig: signal.signal(sig, stop.handle) for sig in STOP_SIGNALS
                    if signal.getsignal(sig) is not signal.SIG_IGN}
    try:
        from publish.site import serve as run_serve

        code = run_serve(stop=stop, **options)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    signal.signal(signal.SIGINT, _stop_on_signal)
    sys.exit(code)


# -- the demo ---------------------------------------------------------------------------------
# Bounds of the demo: demo/catalog.py numbers at most MAX_PRODUCTS products (past that a brand runs
# out of GTINs: a ValueError), and a year of history days is a long demo (no date past year 1).
DEMO_MAX_PRODUCTS = 100_000
DEMO_MAX_HISTORY_DAYS = 366


@main.command()
@click.option("--serve/--no-serve", "serve_site", default=True, show_default=True,
              help="Serve the site when done (Ctrl-C stops).")
@click.option("--products", type=click.IntRange(1, DEMO_MAX_PRODUCTS), default=None,
              help="Products per demo shop (default: the whole catalog).")
@click.option("--history-days", type=click.IntRange(0, DEMO_MAX_HISTORY_DAYS), default=6, show_default=True,
              help="Earlier days of the demo shops to crawl first, so the site has price history "
                   "(the browser-rendered shop is crawled on the last day only, the seed banks every other day).")
@click.option("--port", default=8001, show_default=True, type=PORT, help="Port of the Datasette site.")
@click.option("--retailer", "retailers", multiple=True, help="Only these demo retailers (repeatable).")
def demo(serve_site, products, history_days, port, retailers):
    """The whole job offline: demo shops on 127.0.0.1, crawl them all, match, publish, serve.

    The demo shops move their prices and stock from one day to the next. Before today's crawl,
    the demo crawls the previous HISTORY_DAYS days of the shops, each crawl stamped with its
    day (PRICELENS_NOW), so charts, price drops and 30-day lows have something to show.
    """
    from datetime import timedelta

    from crawler import clock

    with SignalGuard():  # SIGTERM / Ctrl-C: the crawl stops, the shops and the embedded database too
        demo_shops()
        try:
            from demo.server import RETAILERS, DemoServer
            from demo.sites import SEED_BANKS
        except ValueError as exc:  # demo.catalog.CatalogError: demo/catalog.toml names the file, the entry, why
            raise click.ClickException(str(exc)) from None

        unknown = [name for name in retailers if name not in RETAILERS]
        if unknown:  # before anything starts (the embedded database, the shops): one line, exit 2
            click.echo(f"pricelens: --retailer {shown_cut(repr(unknown[0]))}: unknown demo retailer; known: "
                       f"{', '.join(RETAILERS)}", err=True)
            sys.exit(2)
        # the shops' ports and the site's, before anything starts (a shop's port in use - another demo,
        # `make shops` - was a traceback, the site's a failure after every crawl): one line, exit 2
        wanted = [(f"the {name} shop", RETAILERS[name]) for name in (list(retailers) or list(RETAILERS))]
        from publish.site import port_taken

        for what, number in wanted + ([("the site", port)] if serve_site else []):
            busy = port_taken("127.0.0.1", number)
            if busy:
                click.echo(f"pricelens: cannot serve {what}: {busy}; stop what uses it "
                           f"(another `pricelens demo` or `make shops`?)" + (" or give --port" if what == "the site"
                                                                            else ""), err=True)
                sys.exit(2)
        url = database_url()  # this process holds the embedded server for the whole demo
        click.echo(f"database: {shown_url(url)}", err=True)
        applied = migrate()
        if applied:
            click.echo(f"migrations applied: {', '.join(applied)}", err=True)
        chosen = list(retailers) or list(RETAILERS)
        today = clock.now().replace(hour=3, minute=0, second=0, microsecond=0)
        failed = []
        for day in range(history_days + 1):
            last = day == history_days
            stamp = today - timedelta(days=history_days - day)
            # the browser-rendered shop on the last day only, the seed banks every other day (their
            # prices still move in the history; the demo stays short)
            shops = [r for r in chosen
                     if last or (r != "pixelhub" and (r not in SEED_BANKS or day % 2 == history_days % 2))]
            click.echo(f"demo day {stamp.date()}{' (today)' if last else ''}:", err=True)
            try:
                server = DemoServer(shops, n_products=products, day=day).start()
            except OSError as exc:  # (a port taken since the check above)
                click.echo(f"pricelens: demo shops: {exc.strerror or exc}", err=True)
                sys.exit(2)
            with server:
                for retailer, base in server.base_urls.items():
                    started = time.perf_counter()
                    run = crawl_and_check(retailer, [f"base_url={base}"], settings=LOOPBACK_SETTINGS,
                                          env={"PRICELENS_LOG_LEVEL": "WARNING", "PRICELENS_NOW": stamp.isoformat()})
                    click.echo(f"  {describe_run(run)} in {time.perf_counter() - started:.1f} s", err=True)
                    if run["status"] != "finished" and last:
                        failed.append(retailer)
        match_all()
        result = publish_snapshot()
        click.echo(f"snapshot: {result.path}", err=True)
        if failed:
            click.echo(f"pricelens: crawls failed: {', '.join(failed)}", err=True)
            sys.exit(1)
    if serve_site:
        serve_until_stopped(port=port)


def demo_shops() -> None:
    """Make the demo shops importable: ``demo/`` beside ``crawler/`` in the project's clone
    (they are not installed with the package), whatever the working directory."""
    if not (PROJECT_ROOT / "demo" / "server.py").is_file():
        raise click.ClickException(f"the demo shops are not in {PROJECT_ROOT / 'demo'}: they come with a "
                                   "clone of the project (git clone, then make install), not with the package")
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))


def match_all(full: bool = False) -> None:
    from crawler.products import match_offers

    click.echo(f"matching: {match_offers(full=full)}", err=True)


# -- matching ---------------------------------------------------------------------------------
@main.group(invoke_without_command=True)
@click.option("--full", is_flag=True, help="Re-cluster every offer, not only new and changed ones.")
@click.pass_context
def match(ctx, full):
    """Assign every offer to a product: incremental (only new offers and offers whose title,
    brand, MPN, GTIN or category changed are matched again, against their candidates among all
    offers); product ids stay stable; overrides win. Sub-command: override."""
    if ctx.invoked_subcommand is None:
        migrate()
        match_all(full=full)


@match.command("override")
@click.argument("offer_a", type=OFFER_ID)
@click.argument("offer_b", type=OFFER_ID)
@click.argument("verdict", type=click.Choice(["same", "different"]))
@click.option("--note", default=None, help="Why (kept with the override).")
def match_override(offer_a, offer_b, verdict, note):
    """Record that offers OFFER_A and OFFER_B are the SAME product or DIFFERENT ones."""
    from crawler.products import OverrideError, add_override

    migrate()  # a fresh database: "no offer with id", not "relation offers does not exist"
    try:
        add_override(offer_a, offer_b, verdict, note)
    except OverrideError as exc:
        click.echo(f"pricelens: match override: {exc}", err=True)
        sys.exit(2)
    click.echo(f"override recorded: {offer_a} {verdict} {offer_b}; run `pricelens match` to apply")


# -- operations: schedule, run-once, status, deploy to Scrapyd (crawler/ops/cli.py) --------------
def _register_operations() -> None:
    from crawler.ops.cli import OPS_COMMANDS

    for command in OPS_COMMANDS:
        main.add_command(command)


_register_operations()

if __name__ == "__main__":
    main()
