"""Scrapy settings for pricelens (``scrapy crawl <retailer>`` from the project root).

Polite by default: robots.txt obeyed, a User-Agent naming the bot and a contact URL,
AutoThrottle plus per-domain concurrency, retries with backoff on 429/5xx, a timeout per
page, and an error budget per crawl. Browser rendering is opt-in per spider with
:data:`RENDERED_SETTINGS` (see ``crawler/platforms/rendered.py``).
"""

import math
import os
import stat
import sys
from pathlib import Path

BOT_NAME = "pricelens"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
# `scrapy crawl` exits 1 when its run failed (site_unreachable, database_unavailable, disk_full ...), with
# one line saying why: Scrapy's exits 0 however the crawl ended (crawler/commands/crawl.py)
COMMANDS_MODULE = "crawler.commands"
# `scrapy genspider -t shopify|woocommerce|structured|listing|rendered name domain`
TEMPLATES_DIR = str(Path(__file__).parent / "templates")

from crawler.identity import CONTACT_URL, USER_AGENT  # noqa: E402,F401  (the User-Agent with a contact URL)
from crawler import env  # noqa: E402
from crawler.urlmask import install_log_masking  # noqa: E402

# every log line of a Scrapy process with the passwords of the URLs it names hidden (***): Scrapy logs the
# URLs a shop's pages give whole (crawler/urlmask.py)
install_log_masking()

# `scrapy crawl` with a PRICELENS_* variable that does not hold what it takes: one line, exit 2
# (other scrapy commands read no such value that matters: they get the defaults, below)
_crawl_command = next((arg for arg in sys.argv[1:] if not arg.startswith("-")), None) == "crawl"
if _crawl_command:
    env.exit_on_bad_settings("scrapy crawl")


_NOT_A_FILE = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _unwritable(exc: BaseException) -> str:
    return f"cannot be written ({getattr(exc, 'strerror', None) or exc.__class__.__name__})"


def log_file_problem(path: str) -> str | None:
    """What is wrong with a log file's path (``-s LOG_FILE=``, ``--logfile``), or None: it must be a
    regular file that can be appended to (made when missing), ``/dev/null`` however it is reached
    (the usual way to throw a log away), or ``/dev/stdout`` / ``/dev/stderr`` (the process's own
    output, read by whoever started it: a container's usual log setting). A named pipe or another
    device is refused: opening a pipe nobody reads waited for ever (the check itself hung), and
    ``/dev/...`` is no log to keep. Nothing is opened before the path is seen to be a regular file
    or missing."""
    if path in ("/dev/stdout", "/dev/stderr"):
        return None
    try:
        real = os.path.realpath(path)
        if real == os.devnull:  # (`/dev/null`, `/dev/./null`, a link to it)
            return None
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except (OSError, ValueError) as exc:  # (ValueError: a NUL in the path)
        return _unwritable(exc)
    kind = next((what for test, what in _NOT_A_FILE if mode is not None and test(mode)), None)
    if kind is None and real.split(os.sep)[1:2] in (["dev"], ["proc"], ["sys"]) and not stat.S_ISDIR(mode or 0):
        kind = f"under /{real.split(os.sep)[1]}"
    if kind:
        return f"expected a regular file, not {kind}"
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK, 0o666))
    except (OSError, ValueError) as exc:
        return _unwritable(exc)
    return None


def exit_on_bad_crawl_arguments(argv: list[str]) -> None:
    """``scrapy crawl`` with an unknown spider, log level or a log file that cannot be opened:
    Scrapy raised a traceback that repeated the value whole (a 100,000-character name, 100,000
    characters of traceback). One line, the value cut (``shown_cut``), exit 2."""
    import argparse
    import pkgutil

    from crawler.urlmask import shown_cut

    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("-L", "--loglevel")
    parser.add_argument("--logfile")
    for option in (["-a"], ["-o", "--output"], ["-O", "--overwrite-output"], ["--profile"], ["--pidfile"],
                   ["-s", "--set"]):  # (the options that take a value: the spider's name is none of them)
        parser.add_argument(*option, action="append")
    try:
        known, rest = parser.parse_known_args(argv[argv.index("crawl") + 1:])
    except SystemExit:  # (an option without its value: Scrapy says so itself)
        return
    problem = None
    if known.loglevel is not None and known.loglevel not in ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG"):
        problem = f"--loglevel {shown_cut(repr(known.loglevel))}: expected one of CRITICAL, ERROR, WARNING, INFO, DEBUG"
    elif known.logfile:
        problem = log_file_problem(known.logfile)
        problem = problem and f"--logfile {shown_cut(repr(known.logfile))}: {problem}"
    if problem is None:
        import importlib.util

        # (found, not imported: the settings are a layer below the spiders; file name = spider name)
        spec = importlib.util.find_spec(NEWSPIDER_MODULE)
        known_spiders = sorted(module.name for module in pkgutil.iter_modules(spec.submodule_search_locations or []))
        spider = next((arg for arg in rest if not arg.startswith("-")), None)
        if spider is not None and spider not in known_spiders:
            problem = f"unknown spider {shown_cut(repr(spider))}; known: {', '.join(known_spiders)}"
    if problem:
        print(f"scrapy crawl: {problem}", file=sys.stderr)
        sys.exit(2)


# (in a Scrapy command only: `pricelens crawl nosuch` reads these settings too, and says it itself)
if _crawl_command and "scrapy.cmdline" in sys.modules:
    exit_on_bad_crawl_arguments(sys.argv)

ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "scrapy.robotstxt.ProtegoRobotParser"
ROBOTSTXT_MAX_CRAWL_DELAY = 60.0  # seconds; a longer Crawl-delay is capped (and logged)

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = env.number("PRICELENS_DOWNLOAD_DELAY", default_on_bad=True)
DOWNLOAD_DELAY_JITTER = 0.5  # ±50% around DOWNLOAD_DELAY
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
DOWNLOADER_MIDDLEWARES = {
    # replaces Scrapy's RetryMiddleware: same retries, with exponential backoff and Retry-After
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares.RecordingRedirectMiddleware": 600,
    # Scrapy's decompression; a gzip bomb stopped at DOWNLOAD_MAXSIZE is recorded as a failed page
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawler.middlewares.RecordingHttpCompressionMiddleware": 590,
    "crawler.middlewares.PageFailureDownloaderMiddleware": 90,  # before robots.txt (100) and retries
    # a URL with a user and password (a shop's sitemap, a redirect): requested without them, first of all
    "crawler.middlewares.UrlCredentialsMiddleware": 50,
    # a shop that refuses connections from the start: one line, the crawl closes (site_unreachable)
    "crawler.middlewares.UnreachableSiteMiddleware": 560,
    # Scrapy's robots.txt middleware, plus Crawl-delay / Request-rate per host
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.CrawlDelayRobotsTxtMiddleware": 100,
}
SPIDER_MIDDLEWARES = {
    "crawler.middlewares.PageFailureSpiderMiddleware": 100,
}
RETRY_BACKOFF_BASE = env.number("PRICELENS_RETRY_BACKOFF_BASE", default_on_bad=True)
RETRY_BACKOFF_MAX = 60.0
RETRY_AFTER_MAX = 30.0  # seconds: a server's longer Retry-After is capped (pricelens/backoff/retry_after_capped)
REDIRECT_MAX_TIMES = 10
PRICELENS_SITEMAP_QUEUE = 64  # sitemap pages scheduled and not yet downloaded, at most (the rest wait as URLs)
PRICELENS_UNREACHABLE_AFTER = 2  # refused connections in a row, before any answer, that end the crawl
CLOSESPIDER_ERRORCOUNT = 50

# a refused item is logged in one line, its reason (Scrapy added the item whole: crawler/logformatter.py)
LOG_FORMATTER = "crawler.logformatter.OneLineLogFormatter"
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = env.log_level(default_on_bad=True)

HTTPCACHE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

ITEM_PIPELINES = {
    "pipelines.normalize.NormalizePipeline": 100,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.dedupe.DedupePipeline": 300,
    "pipelines.store.StorePipeline": 900,
}

# the store pipeline writes in batches of this many rows
PRICELENS_STORE_BATCH = 500

# Every crawl, whoever starts it (`scrapy crawl`, `pricelens crawl`, the demo, the scheduler,
# Scrapyd), records its run in PostgreSQL: a crawl_runs row opened when the spider opens, its
# failed pages and refused items in rejections, its counts and finish reason when it closes,
# then the health check (alerts). See crawler/store/runs.py.
PRICELENS_RECORD_RUN = True
EXTENSIONS = {
    "crawler.extensions.CrawlRunExtension": 500,
}

# PRICELENS_PIPELINES=0 turns every pipeline off and records nothing (the benchmark measures their cost)
if os.environ.get("PRICELENS_PIPELINES", "1") == "0":
    ITEM_PIPELINES = {}
    PRICELENS_RECORD_RUN = False

# The browser bundle (RENDERED_SETTINGS, Chromium's flags in crawler/browser.py) is merged into a
# rendered spider's custom_settings by crawler.platforms.rendered.

# `-s NAME=VALUE` on any scrapy command: a value Scrapy cannot convert (`-s DOWNLOAD_DELAY=abc`,
# `-s LOG_LEVEL=bogus`) raised a traceback repeating it whole (300,000 characters for a 100,000-character
# value), and a 100,000-character command (`scrapy xxx...`) was printed back whole. One line, the value cut.
SET_OPTION_MAX = 4096  # characters of one `-s NAME=VALUE`: no setting of this project or Scrapy needs more
# settings Scrapy reads with getfloat() whose default is a whole number (the rest: by their default's type)
_FLOAT_SETTINGS = {"AUTOTHROTTLE_MAX_DELAY", "AUTOTHROTTLE_START_DELAY", "CLOSESPIDER_TIMEOUT", "DNS_TIMEOUT",
                   "DOWNLOAD_DELAY", "DOWNLOAD_DELAY_JITTER", "DOWNLOAD_TIMEOUT", "LOGSTATS_INTERVAL",
                   "PRICELENS_RENDER_DEADLINE", "RETRY_AFTER_MAX", "RETRY_BACKOFF_BASE", "RETRY_BACKOFF_MAX",
                   "ROBOTSTXT_MAX_CRAWL_DELAY"}
_LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")
# whole-number settings that are a concurrency, 1 at least: `-s CONCURRENT_REQUESTS_PER_DOMAIN=-1` passed as
# a whole number and the crawl waited for a free slot for ever; 0 is no concurrency either (other whole
# numbers may be negative: DEPTH_PRIORITY, RETRY_PRIORITY_ADJUST)
_AT_LEAST_ONE = {"CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "CONCURRENT_ITEMS"}


def bad_set_option(pair: str, defaults: dict) -> str | None:
    """What is wrong with one ``-s NAME=VALUE`` (``defaults``: the settings' defaults, which say
    whether NAME takes a whole number, a number or a boolean), or None. The value is cut."""
    from scrapy.settings import BaseSettings

    from crawler.urlmask import shown_cut

    name, sep, value = pair.partition("=")
    if not sep:  # (Scrapy says "Invalid -s value, use -s NAME=VALUE" itself)
        return None
    if len(name) > 100 or not name.isprintable():
        return f"-s {shown_cut(repr(name), 60)}=...: expected a setting name such as LOG_LEVEL"
    if name == "LOG_LEVEL" and value not in _LOG_LEVELS:
        return f"-s LOG_LEVEL={shown_cut(repr(value))}: expected one of {', '.join(_LOG_LEVELS)}"
    if name == "LOG_FILE" and value:
        problem = log_file_problem(value)
        if problem:
            return f"-s LOG_FILE={shown_cut(repr(value))}: {problem}"
    default = defaults.get(name)
    probe = BaseSettings({name: value})
    if isinstance(default, bool):
        read, expected = probe.getbool, "one of 0, 1, True, False, true, false"
    elif name in _FLOAT_SETTINGS or isinstance(default, float):
        read, expected = probe.getfloat, "a number"
    elif isinstance(default, int):
        read, expected = probe.getint, "a whole number"
    else:
        read = expected = None
    if read is not None:
        try:
            number = read(name)
        except (ValueError, TypeError):
            return f"-s {name}={shown_cut(repr(value))}: expected {expected}"
        # (a delay or timeout of inf, nan or below 0: `-s DOWNLOAD_DELAY=inf` (or 1e400) never downloaded
        # anything and the crawl never ended; `-s DOWNLOAD_TIMEOUT=nan` or -1 failed every request with
        # Twisted's "nan is not greater than or equal to 0 seconds" and a traceback)
        if read == probe.getfloat and not (math.isfinite(number) and number >= 0):
            return f"-s {name}={shown_cut(repr(value))}: expected a number of 0 or more (not inf nor nan)"
        if name in _AT_LEAST_ONE and number < 1:
            return f"-s {name}={shown_cut(repr(value))}: expected a whole number of 1 or more"
    if len(pair) > SET_OPTION_MAX:
        return f"-s {name}={shown_cut(repr(value))}: too long, expected at most {SET_OPTION_MAX} characters"
    return None


def exit_on_bad_scrapy_arguments(argv: list[str], defaults: dict) -> None:
    """Any scrapy command: a command name no command has (a 100,000-character one) or a ``-s``
    option Scrapy would refuse with a traceback: one line, the value cut (``shown_cut``), exit 2."""
    import argparse

    from crawler.urlmask import shown_cut

    command = next((arg for arg in argv[1:] if not arg.startswith("-")), None)
    if command is not None and (len(command) > 40 or not command.isprintable()):
        print(f"scrapy: unknown command {shown_cut(repr(command))}; `scrapy -h` lists the commands",
              file=sys.stderr)
        sys.exit(2)
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    for option in (["-a"], ["-o", "--output"], ["-O", "--overwrite-output"], ["--profile"], ["--pidfile"],
                   ["-L", "--loglevel"], ["--logfile"], ["-c"], ["--spider"], ["--callback"], ["-m", "--meta"],
                   ["--cbkwargs"], ["-d", "--depth"], ["-r", "--rules"], ["-t", "--template"]):
        parser.add_argument(*option, action="append")
    parser.add_argument("-s", "--set", action="append", default=[])
    try:
        known, _ = parser.parse_known_args(argv[1:])
    except SystemExit:  # (an option without its value: Scrapy says so itself)
        return
    for path in known.logfile or []:  # (`--logfile` is LOG_FILE too)
        problem = log_file_problem(path) if path else None
        if problem:
            print(f"scrapy{' ' + command if command else ''}: --logfile {shown_cut(repr(path))}: {problem}",
                  file=sys.stderr)
            sys.exit(2)
    for pair in known.set:
        problem = bad_set_option(pair, defaults)
        if problem:
            print(f"scrapy{' ' + command if command else ''}: {problem}", file=sys.stderr)
            sys.exit(2)


if "scrapy.cmdline" in sys.modules:
    from scrapy.settings import default_settings as _scrapy_defaults

    exit_on_bad_scrapy_arguments(sys.argv, {**vars(_scrapy_defaults), **{
        key: value for key, value in globals().items() if key.isupper()}})

# `scrapy crawl` with a DATABASE_URL that is not a PostgreSQL URL: one line (password not shown), exit 2
from crawler.store.connection import exit_on_bad_database_url  # noqa: E402

exit_on_bad_database_url()
