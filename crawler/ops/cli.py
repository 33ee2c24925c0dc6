"""Operations commands: ``pricelens schedule``, ``run-once``, ``status``, ``categories``, ``deploy``.

Registered on the main ``pricelens`` group with ``main.add_command(...)`` for each of
:data:`OPS_COMMANDS`; ``python -m crawler.ops.cli`` runs them on their own. A schedule file
with problems prints one line per problem (file, entry, what was expected) and exits 2.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from datetime import datetime, timezone
from pathlib import Path

import click

from crawler.ops import scheduler
from crawler.ops.process import StopSignal
from crawler.ops.schedules import ConfigError, ScheduleConfig, display_path, format_seconds, load_config
from crawler.ops.scrapyd import URL_ENV, ScrapydError, deploy, scrapyd_urls
from crawler.ops.status import status_rows, status_table, unknown_labels_text
from crawler.paths import SCHEDULES_ENV, schedules_file
from crawler.urlmask import mask_url

CONFIG_OPTION = click.option(
    "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    envvar=SCHEDULES_ENV, show_envvar=True,
    help="Schedule file (default: schedules.toml at the project root).")


def load_or_exit(config_path: Path | None) -> ScheduleConfig:
    """The validated schedule, or its problems on stderr and exit code 2."""
    try:
        return load_config(config_path)
    except ConfigError as exc:
        for message in exc.messages:
            click.echo(f"pricelens: {message}", err=True)
        sys.exit(2)


def check_webhook_or_exit() -> None:
    """$PRICELENS_ALERT_WEBHOOK, when set, is an http(s) URL, and so is each of $SCRAPYD_URL: else
    one line and exit code 2."""
    from crawler.health import WEBHOOK_ENV
    from crawler.ops.scrapyd import check_urls
    from crawler.urlmask import check_http_url

    try:
        check_urls(scrapyd_urls())
    except ScrapydError as exc:
        click.echo(f"pricelens: {URL_ENV}: {exc}", err=True)
        sys.exit(2)

    value = os.environ.get(WEBHOOK_ENV, "").strip()
    if value:
        try:
            check_http_url(value, WEBHOOK_ENV)
        except ValueError as exc:
            click.echo(f"pricelens: {exc}", err=True)
            sys.exit(2)


def setup_logging() -> None:
    root = logging.getLogger()
    handler = next((h for h in root.handlers if getattr(h, "_pricelens", False)), None)
    if handler is None:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S"))
        handler._pricelens = True
        root.addHandler(handler)
    else:
        handler.setStream(sys.stderr)  # the current stderr (it may have been replaced since)
    root.setLevel(logging.INFO)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def where_crawls_run() -> str:
    urls = scrapyd_urls()
    return f"on Scrapyd at {', '.join(mask_url(url) for url in urls)}" if urls else "as local scrapy subprocesses"


def _when(moment: datetime) -> str:
    """2025-10-26 02:00 Sun (+02:00)"""
    return f"{moment:%Y-%m-%d %H:%M %a} ({moment.isoformat()[-6:]})"


def describe_schedule(config: ScheduleConfig, now: datetime, count: int = 3) -> str:
    """What ``schedule --dry-run`` prints: every job with its next fire times."""
    fmt = format_seconds
    local_now = _when(now.astimezone(config.timezone))
    lines = [f"{display_path(config.path)}: timezone {config.timezone.key}, now {local_now}",
             f"crawls run {where_crawls_run()}, at most {config.max_parallel} at once"]
    for entry in config.crawls.values():
        if not entry.enabled:
            lines.append(f"crawl {entry.retailer}: disabled")
            continue
        extras = [f'cron "{entry.cron}"']
        if entry.jitter:
            extras.append(f"plus up to {fmt(entry.jitter)} jitter")
        extras += [f"time limit {fmt(entry.time_limit)}",
                   f"{entry.retries} retries from {fmt(entry.retry_backoff)} (cap {fmt(entry.retry_backoff_max)})"]
        if entry.arguments:
            extras.append(" ".join(f"-a {key}={mask_url(value) if '://' in value else value}"
                                   for key, value in entry.arguments.items()))  # a shop's password hidden
        lines.append(f"crawl {entry.retailer}: " + ", ".join(extras))
        lines += [f"  {_when(t)}" for t in entry.trigger.fire_times(now, count)]
    publish = config.publish
    if publish and publish.enabled:
        follows = f"when {', '.join(publish.after)} are done, else " if publish.after else ""
        lines.append(f'publish: {follows}cron "{publish.cron}", keep {publish.keep}, '
                     f"time limit {fmt(publish.time_limit)}")
        lines += [f"  {_when(t)}" for t in publish.trigger.fire_times(now, count)]
    elif publish:
        lines.append("publish: disabled")
    return "\n".join(lines)


@click.command()
@CONFIG_OPTION
@click.option("--dry-run", is_flag=True, help="Print each job's next fire times and exit.")
@click.option("--count", default=3, show_default=True, type=click.IntRange(1, 100),
              help="How many fire times --dry-run prints per job.")
def schedule(config_path, dry_run, count):
    """Run the crawls and the publish job of schedules.toml in the foreground.

    Each crawl is a `scrapy crawl` subprocess (a Scrapyd job when SCRAPYD_URL is set), one at
    a time per retailer, retried with backoff when it fails and stopped at its time limit;
    every run is checked for drift (alerts in the database, the log and
    PRICELENS_ALERT_WEBHOOK). Publish follows the crawls it names, or runs at its own time.
    SIGTERM or Ctrl-C stops cleanly; a second Ctrl-C stops running crawls at once.
    """
    config = load_or_exit(config_path)
    if dry_run:
        click.echo(describe_schedule(config, datetime.now(config.timezone), count))
        return
    check_webhook_or_exit()
    from crawler.store import migrate

    setup_logging()
    migrate()
    scheduler.Scheduler(config).run_forever()


@click.command("run-once")
@CONFIG_OPTION
@click.option("--retailer", "retailers", multiple=True, help="Only this retailer (repeatable).")
@click.option("--publish/--no-publish", "do_publish", default=True, show_default=True,
              help="Publish the snapshot after the crawls.")
def run_once(config_path, retailers, do_publish):
    """Run every enabled crawl of schedules.toml one after the other, then publish (for cron).

    Retries, time limits and health checks are those of `pricelens schedule`. Exits 1 when a
    crawl or the publish failed, 2 when the schedule file has problems.
    """
    config = load_or_exit(config_path)
    unknown = [name for name in retailers if name not in config.crawls]
    if unknown:
        click.echo(f"pricelens: {display_path(config.path)}: no [crawl.{unknown[0]}] entry; expected one of: "
                   f"{', '.join(config.crawls)}", err=True)
        sys.exit(2)
    check_webhook_or_exit()
    from crawler.store import migrate

    setup_logging()
    migrate()
    stop = StopSignal()

    def on_signal(signum, _frame):
        grace = 0 if stop.requested else config.shutdown_grace
        logging.getLogger("pricelens.schedule").warning("%s: stopping (running crawl has %s)",
                                                        signal.Signals(signum).name, format_seconds(grace))
        stop.request(grace)

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        result = scheduler.run_once(config, retailers=list(retailers) or None, publish=do_publish, stop=stop)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    for crawl in result.crawls:
        click.echo(crawl.describe())
    if result.publish:
        click.echo(f"publish: {result.publish.reason} {result.publish.path or ''}".rstrip())
    sys.exit(0 if result.ok and not stop.requested else 1)


@click.command()
@CONFIG_OPTION
def status(config_path):
    """Print every retailer's last run, its counts, recent alerts and next scheduled run."""
    from crawler.store import connect, migrate

    config, unusable = None, None
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        click.echo(f"pricelens: schedule not shown ({exc.messages[0]})", err=True)
        path = Path(config_path) if config_path else schedules_file()
        unusable = path if path.exists() else None
    from crawler import categories

    migrate()
    with connect() as conn:
        rows = status_rows(conn, history=config.health.history if config else 5)
        try:
            unknown, problem = categories.unknown_labels(conn), None
        except categories.TaxonomyError as exc:
            unknown, problem = [], str(exc)
    tz = config.timezone if config else timezone.utc
    click.echo(status_table(rows, config, datetime.now(tz), unusable=unusable))
    click.echo(unknown_labels_text(unknown, problem))


@click.command("categories")
@click.option("--remap", is_flag=True, help="Set offers.category again from each offer's shop label.")
def categories_command(remap):
    """Print every shop category label with the canonical category it maps to (--remap: apply
    the current crawler/categories.toml to the stored offers)."""
    from crawler import categories
    from crawler.store import connect, migrate

    try:
        tax = categories.taxonomy()
    except categories.TaxonomyError as exc:
        click.echo(f"pricelens: {exc}", err=True)
        sys.exit(2)
    migrate()
    with connect() as conn:
        if remap:
            changed = categories.remap(conn, tax)
            click.echo(f"categories: {changed} offer(s) remapped; `pricelens match` updates the products")
        for retailer, label, count in categories.label_counts(conn):
            target = tax.canonical(label, retailer)
            click.echo(f"{retailer}\t{label}\t{count}\t{' > '.join(tax.path_names(target)) if target else '(unknown)'}")


@click.command("deploy")
@click.option("--url", "urls", multiple=True, help=f"Scrapyd server (repeatable; default ${URL_ENV}).")
@click.option("--version", default=None, help="Version label (default: the UTC time).")
def deploy_command(urls, version):
    """Deploy the project (an egg of its packages) to the Scrapyd servers."""
    try:
        answers = deploy(list(urls) or None, version=version)
    except ScrapydError as exc:
        click.echo(f"pricelens: {exc}", err=True)
        raise SystemExit(2) from None
    for url, answer in zip(list(urls) or scrapyd_urls(), answers, strict=True):
        click.echo(f"{mask_url(url)}: {answer['project']} version {answer['version']}, {answer['spiders']} spiders")


OPS_COMMANDS = [schedule, run_once, status, categories_command, deploy_command]


class _OpsGroup(click.Group):
    """As the `pricelens` group: a database that cannot be used is one line and exit code 2."""

    def invoke(self, ctx):
        from crawler.store import DatabaseUnavailable

        try:
            return super().invoke(ctx)
        except DatabaseUnavailable as exc:
            click.echo(f"pricelens: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=_OpsGroup)
def ops():
    """pricelens operations (also registered on the `pricelens` command)."""


for _command in OPS_COMMANDS:
    ops.add_command(_command)

if __name__ == "__main__":
    ops()
