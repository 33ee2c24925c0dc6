"""The base of every retailer spider.

A retailer spider declares data, not code::

    class TechzoneSpider(StructuredDataSpider):
        name = "techzone"                  # also the retailer id and the file name
        retailer_name = "TechZone"
        base_url = "http://127.0.0.1:8101"  # where the shop lives; `-a base_url=...` overrides
        default_currency = "USD"            # what a bare "$" or a missing currency means
        decimal_separator = "."
        store_locator_path = "/stores"      # page with schema.org Store JSON-LD (optional)

Hooks: ``post_process_item(item, response, source)`` may fix or drop (return None) an item.
Items carry raw values (price text is fine): the pipelines normalise and validate them.

``retailer_id`` is the retailers row the items belong to: the spider's ``name``, except for
spiders that crawl someone else's shop (``scrapy crawl shop -a retailer=...``).

Every page is checked as it arrives (:meth:`RetailerSpider.check_page`): a page larger than
``DOWNLOAD_WARNSIZE``, bytes that are not in the declared charset, or HTML cut off before
``</html>`` is logged and counted as ``pricelens/page/<problem>``, and the crawl goes on.
:func:`page_text` decodes a mislabelled page (cp1252 bytes declared as UTF-8) correctly, and
:meth:`RetailerSpider.json_body` turns invalid JSON into ``None`` plus a counted warning; a
callback that cannot read its page yields what lets the crawl go on (the next page), then
raises :class:`InvalidPage`, and the page is recorded as failed with the reason
(``crawler/middlewares.py``).
"""

from __future__ import annotations

import difflib
import inspect
import codecs
import json
import re
import sys
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.http import HtmlResponse, TextResponse

from crawler import clock
from crawler.extraction.jsonld import UNREAD_HEAD_MAX, UnreadScript, unread_cut
from crawler.extraction.urls import join_url
from crawler.items import Offer, Store
from crawler.middlewares import record_item_refused, record_page_failure
from crawler.urlmask import mask_url, shown_cut, unsendable


class InvalidPage(ValueError):
    """A page its callback cannot read (not JSON, not the expected shape)."""


def base_url_problem(url: str, argument: str = "base_url") -> str | None:
    """What is wrong with ``-a base_url=`` (one line), or None: an http(s) address with a host
    that ``urlsplit`` reads (``ftp://x``, ``http://[::1`` and a port out of range are not)."""
    expected = (f"-a {argument}= must be a shop's http(s) address, "
                f"not {shown_cut(repr(mask_url(url) if '@' in (url or '') else url))}")
    if not re.match(r"^https?://[^/]", url or "", re.I):
        return expected
    if unsendable(url):
        # a byte that is not UTF-8 (the shell passes it as a lone surrogate) or a control character
        # cannot be sent: every request of the crawl raised UnicodeEncodeError, a traceback
        return f"{expected} (it holds a control character or a byte that is not UTF-8)"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises on a port out of range
    except ValueError as exc:
        return f"{expected} ({exc})"
    if "@" in parts.netloc:  # Scrapy sends no user info: every request failed ("invalid hostname: user:pw@host")
        return (f"-a {argument}= must be a shop's http(s) address without a user or password, "
                f"not {shown_cut(repr(mask_url(url)))}")
    return None if parts.hostname else expected


def site_path_problem(value) -> str | None:
    """What is wrong with a path on the shop's site given as an argument (``-a store_locator_path=``,
    ``products_path``, ``api_path``, the shop spider's ``stores``), or None: a path (``/stores``,
    ``pages/stores?city=all``), not an address. An address in its place replaced the shop's own: a
    ``file:///etc/passwd`` or another host's page was dropped without a word (the store locator, the
    whole product feed: a run "finished" with no offers), never requested."""
    if not isinstance(value, str):
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return "expected a path on the shop's site (/stores), got something that cannot be read as one"
    if parts.scheme or parts.netloc:
        return "expected a path on the shop's site (/stores), not an address (it is joined to base_url)"
    return None


def argument_value_problem(spider, key: str, value) -> str | None:
    """What ``scrapy crawl`` refuses in the value of ``-a key=value``, in one line (``-a key: ...``, or
    :func:`base_url_problem`'s for an address), the value not shown (a password of an address hidden),
    or None. The one check of the command line (``pricelens crawl``), of ``schedules.toml`` and of the
    spider's own ``base_url``: a shop's address (``base_url``, the shop spider's ``url``; any ``url``
    when the spider is not known) has its text checked first, then its form; any other argument is
    the spider's ``argument_problem``'s."""
    if key == "base_url" or (key == "url" and (spider is None or "url" in inspect.signature(spider.__init__).parameters)):
        text_problem = getattr(spider, "text_problem", RetailerSpider.text_problem)
        problem = text_problem(key, value)
        return f"-a {key}: {problem}" if problem else base_url_problem(value, key)
    if spider is None or not hasattr(spider, "argument_problem"):
        return None
    problem = spider.argument_problem(key, value)[0]
    return f"-a {key}: {problem}" if problem else None


def is_country_code(code: str) -> bool:
    """A two-letter ISO 3166-1 code (CLDR's regions, which babel lists: ``LB``, ``FR``, ``XK``)."""
    from babel import Locale

    return len(code) == 2 and code.isascii() and code.isalpha() and code != "ZZ" and code in Locale("en").territories


ARGUMENT_NAME_MAX = 64  # characters of a spider argument's name (`-a NAME=VALUE`)
# the only `-a` names that start with "_": Scrapyd's own (its launcher passes `-a _job=<id>` and, when a
# version is asked for, `-a _version=<version>`); any other "_" name is the spider's private state
SCRAPYD_ARGUMENTS = frozenset({"_job", "_version"})


def argument_name_syntax_problem(key) -> str | None:
    """What is wrong with the form of a spider argument's name, or None: at most 64 characters, a
    Python identifier (whatever spider it is for)."""
    if not isinstance(key, str) or not key:
        return "expected a name of letters, digits and _"
    if len(key) > ARGUMENT_NAME_MAX:
        return f"expected a name of at most {ARGUMENT_NAME_MAX} characters, got {len(key)}"
    if not key.isidentifier():
        if "://" in key:  # (an address given without its name)
            return "expected a name of letters, digits and _, not an address (give it as -a base_url=<address>)"
        return "expected a name of letters, digits and _ that does not start with a digit"
    return None


def shown_name(key) -> str:
    """An argument's name as a message shows it: as given when it is a short identifier, else cut and
    quoted, a password before an ``@`` hidden (``-a https://user:password@shop/?q=1``, an address given
    without ``base_url=``, showed its password)."""
    key = str(key)
    if len(key) <= ARGUMENT_NAME_MAX and key.isidentifier():
        return key
    return shown_cut(repr(re.sub(r"(?<=:)[^:@/\s]+(?=@)", "***", key)), 60)


class RetailerSpider(scrapy.Spider):
    retailer_name: str | None = None
    platform: str | None = None
    base_url: str = ""
    country: str | None = "LB"
    default_currency: str | None = None
    decimal_separator: str | None = None
    store_locator_path: str | None = None
    retailer_id: str | None = None  # the retailers row of the items; None: the spider's name
    # a shop refusing connections from the first request closes the crawl (site_unreachable)
    close_when_unreachable: bool = True

    # the longest `-a NAME=VALUE` value (a URL's longest: sitemaps.org), and a shop's name on the site
    # (as a store's name, pipelines/validate.py)
    ARGUMENT_MAX = 2048
    ARGUMENT_LIMITS = {"retailer_name": 300}
    # the numbers an argument may give (lowest, highest): a whole number from 1 to 10**9 (a count of
    # retries: 0 to 100) unless a spider says otherwise for its own (a Store API page of 10**9 products, a page
    # rendered within 1 ms or 11 days, a probe retried 10**9 times were let through). Merged along the
    # classes: see number_range().
    ARGUMENT_RANGES: dict[str, tuple[int, int]] = {}

    # what `-a NAME=VALUE` may not set: Scrapy makes every spider argument an attribute, so
    # `-a name=evil` stored a shop's offers under a retailer "evil" (session 17 attack)
    PROTECTED_ARGUMENTS = frozenset({"name", "retailer_id", "allowed_domains", "custom_settings", "crawler",
                                     "settings", "platform", "logger", "start_urls"})

    def __init__(self, *args, base_url: str | None = None, **kwargs):
        for key, value in list(kwargs.items()):
            problem = self.argument_name_problem(key)
            if problem is None:
                problem, kwargs[key] = self.argument_problem(key, value)
            if problem:  # before the crawl opens, as a bad base_url; the value is not shown (it may be a secret)
                print(f"scrapy crawl {self.name}: -a {shown_name(key)}: {problem}", file=sys.stderr)
                sys.exit(2)
        super().__init__(*args, **kwargs)
        if base_url is not None:
            # (`-a base_url=<10,000 characters>` passed: a keyword of this method, never in the loop above)
            problem = argument_value_problem(type(self), "base_url", base_url)
            if problem:  # before the crawl opens: no run, no zero_offers alert for a typo
                print(f"scrapy crawl {self.name}: {problem}", file=sys.stderr)
                sys.exit(2)
        if base_url:
            self.base_url = base_url
        self.base_url = (self.base_url or "").rstrip("/")
        self.retailer_id = self.retailer_id or self.name
        host = urlsplit(self.base_url).hostname
        if host and not getattr(self, "allowed_domains", None):
            self.allowed_domains = [host]

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.check_page, signal=signals.response_received)
        return spider

    @classmethod
    def text_problem(cls, key: str, value) -> str | None:
        """What is wrong with the text of ``-a key=value`` (its control characters, its length), or None.
        Also for the arguments a spider's ``__init__`` names (``base_url``, the shop spider's ``url``,
        ``retailer``, ``currency``, ``stores``), which never reach :meth:`argument_problem`'s loop."""
        if not isinstance(value, str):
            return None
        # (`-a retailer_name=<100,000 characters>` became the retailer's name on the site; a newline in
        # `-a store_locator_path=` broke every line that showed it)
        kind = unsendable(value)
        if kind == "control":
            return "expected text without control characters (newline, tab, NUL ...)"
        if kind:
            # (a byte that is not UTF-8 on the command line: the run's row could not be written,
            # `-a retailer_name=$'\xff'`, or every request raised UnicodeEncodeError, a traceback)
            return "expected UTF-8 text (it holds a byte that is not UTF-8)"
        limit = cls.ARGUMENT_LIMITS.get(key, cls.ARGUMENT_MAX)
        if len(value) > limit:
            return f"expected at most {limit} characters, got {len(value)}"
        return None

    @classmethod
    def argument_names(cls) -> list[str]:
        """The names ``-a NAME=VALUE`` may give: the keywords of the spider's ``__init__`` methods
        (``base_url``, the shop spider's ``url`` ...) and its public attributes that an argument can
        set (a text, a number, a flag: not a method, a list or a setting of its own)."""
        names = set()
        for klass in cls.__mro__:
            init = klass.__dict__.get("__init__")
            if init is not None and issubclass(klass, RetailerSpider):
                names.update(name for name, parameter in inspect.signature(init).parameters.items()
                             if name != "self" and parameter.kind in (parameter.POSITIONAL_OR_KEYWORD,
                                                                      parameter.KEYWORD_ONLY))
        for name in dir(cls):
            if name.startswith("_") or name in cls.PROTECTED_ARGUMENTS or not name.islower():
                continue
            value = inspect.getattr_static(cls, name, None)
            if isinstance(value, (property, classmethod, staticmethod)) or callable(value):
                continue
            if not isinstance(value, (list, tuple, dict, set, frozenset)):
                names.add(name)
        return sorted(names)

    @classmethod
    def argument_name_problem(cls, key: str) -> str | None:
        """What is wrong with the NAME of ``-a NAME=VALUE``, or None: at most 64 characters, a Python
        identifier (Scrapy made any text an attribute: ``-a "a b=1"``, a 100,000-character name), and one
        the spider knows - a misspelt ``-a max_page=5`` was ignored and the crawl ran uncapped. A name
        that starts with ``_`` is Scrapyd's own (``-a _job=<id>``, ``-a _version=r1``) or refused: any
        ``_`` name was let through and set the spider's private state (``-a _closing_for_browser=1`` kept
        a crawl whose Chromium cannot start from closing as browser_unavailable), a misspelt one ignored."""
        problem = argument_name_syntax_problem(key)
        if problem:
            # (`-a max-pages=5`, `-a "max pages=5"`: the argument meant is said, as for a misspelt one)
            meant = re.sub(r"[-\s.]+", "_", key.strip()).lower() if isinstance(key, str) and len(key) <= 200 else ""
            return f"{problem} (did you mean {meant}?)" if meant in cls.argument_names() else problem
        if key in SCRAPYD_ARGUMENTS:
            return None
        if key.startswith("_"):
            return "a private name of the spider, not an argument (only Scrapyd's _job and _version start with _)"
        if key in cls.PROTECTED_ARGUMENTS or hasattr(cls, key):
            return None  # (its own settings and methods: refused by argument_problem, with what they are)
        names = cls.argument_names()
        if key in names:
            return None
        close = difflib.get_close_matches(key.lower(), names, n=1)  # (`-a MAX_PAGES=5`: max_pages)
        hint = f"did you mean {close[0]}?" if close else f"it takes {shown_cut(', '.join(names), 300)}"
        return f"not an argument of this spider ({hint})"

    @classmethod
    def missing_argument_problem(cls, arguments: dict) -> str | None:
        """What ``scrapy crawl`` refuses for an argument the crawl needs and ``arguments`` (name -> value)
        does not give, in one line, or None: checked before a run opens, as the values are. None here:
        a spider of the project knows its shop (the shop spider needs ``-a url=``)."""
        return None

    @classmethod
    def number_range(cls, key: str) -> tuple[int, int]:
        """The whole numbers ``-a key=N`` may give: the nearest class's ``ARGUMENT_RANGES`` entry, else
        0 (a count of retries: none at all) or 1 to 10**9."""
        for klass in cls.__mro__:
            ranges = klass.__dict__.get("ARGUMENT_RANGES") or {}
            if key in ranges:
                return ranges[key]
        return (0, 100) if key.endswith("_retries") else (1, 10**9)

    @classmethod
    def argument_problem(cls, key: str, value):
        """(problem, value): what is wrong with ``-a key=value`` (None if nothing) and the value as
        the attribute it sets takes it - "5" for ``max_pages`` is 5 (a text compared with a page
        number raised a TypeError mid-crawl), "false" for a flag is False."""
        if key in cls.PROTECTED_ARGUMENTS:
            return "the spider's own setting, not an argument", value
        problem = cls.text_problem(key, value)
        if problem:
            return problem, value
        if key == "country" and isinstance(value, str):
            # (any text was the retailer's country: `-a country=Lebanon`, 2,000 characters; the shop spider's is None)
            text = value.strip()
            if not text:
                return None, None
            return (None, text.upper()) if is_country_code(text.upper()) else \
                ("expected a two-letter ISO 3166 country code (LB, FR, US ...)", value)
        current = getattr(cls, key, None)  # (None for Scrapyd's own -a _job=<id>: kept as given)
        if current is None or not isinstance(value, str):
            return None, value
        if callable(current):
            return "names a method of the spider, not an argument", value
        text = value.strip()
        # (read on every price: `-a decimal_separator=x` raised a ValueError in normalize for each offer,
        # logged with its traceback and the offer lost; `-a default_currency=ZZZ` refused every offer)
        if key == "decimal_separator":
            return (None, text) if text in (".", ",") else ("expected . or ,", value)
        if key.endswith("_path") and isinstance(current, str):
            problem = site_path_problem(value)
            return (problem, value) if problem else (None, text)
        if key == "default_currency":
            from crawler.prices import is_iso_currency

            return ((None, text.upper()) if is_iso_currency(text.upper())
                    else ("expected an ISO 4217 currency code (USD, EUR, LBP ...)", value))
        if isinstance(current, bool):
            if text.lower() in ("1", "true", "yes", "on"):
                return None, True
            if text.lower() in ("0", "false", "no", "off"):
                return None, False
            return "expected true or false", value
        if isinstance(current, int):
            lowest, highest = cls.number_range(key)
            # (the digits counted first: int() of 100,000 digits is refused by Python itself, a ValueError)
            if text.isascii() and text.isdigit() and len(text) <= 20 and lowest <= int(text) <= highest:
                return None, int(text)
            return f"expected a whole number from {lowest} to {highest}", value
        if isinstance(current, float):
            try:
                number = float(text)
            except ValueError:
                number = float("nan")
            if number == number and 0 <= number < float("inf"):
                return None, number
            return "expected a number >= 0", value
        if isinstance(current, (list, tuple, dict, set, frozenset)):
            return "the spider's own setting, not an argument", value
        return None, value

    # -- page health ---------------------------------------------------------------------------
    def count(self, problem: str, response=None) -> None:
        """Count ``pricelens/page/<problem>`` in the crawl's stats and log it with the URL."""
        crawler = getattr(self, "crawler", None)
        if crawler is not None:
            crawler.stats.inc_value(f"pricelens/page/{problem}")
        self.logger.warning("page problem %s: %s", problem, response.url if response is not None else "")

    def cut_short(self, why: str) -> None:
        """The crawl stops before the shop's end (a page cap reached while pages still came
        full): one warning line, and ``pricelens/cut_short`` = ``why`` in the crawl's stats, which
        the run's row keeps (``pricelens status`` shows it beside the finish reason)."""
        crawler = getattr(self, "crawler", None)
        if crawler is not None and crawler.stats.get_value("pricelens/cut_short") == why:
            return  # said once
        if crawler is not None:
            crawler.stats.set_value("pricelens/cut_short", why)
        self.logger.warning("%s: crawl cut short: %s; the shop may list more products", self.name, why)

    def check_page(self, response, request, spider):
        """Signal handler (response_received): count what is wrong with a page, never stop on it."""
        if spider is not self:  # a delegate spider (see spiders/shop.py): the crawl's spider counts
            return
        warnsize = request.meta.get("download_warnsize", self.crawler.settings.getint("DOWNLOAD_WARNSIZE"))
        for problem in page_problems(response, warnsize):
            self.count(problem, response)

    def json_body(self, response):
        """The response's JSON, or None (counted as ``pricelens/page/invalid_json``) when it is not JSON."""
        try:
            return json.loads(response.body)
        except (ValueError, RecursionError):  # (RecursionError: "[[[[..." nested past Python's stack)
            self.count("invalid_json", response)
            return None

    def url(self, path: str) -> str:
        """An absolute URL on this retailer's site."""
        return urljoin(self.base_url + "/", path.lstrip("/"))

    def store_requests(self):
        if self.store_locator_path:
            yield scrapy.Request(self.url(self.store_locator_path), callback=self.parse_stores, priority=10)

    # -- items -----------------------------------------------------------------------------
    def offer(self, response, **fields) -> Offer:
        """An Offer of this retailer; ``url`` defaults to the response URL."""
        fields.setdefault("url", response.url if response is not None else None)
        fields.setdefault("scraped_at", clock.now())
        return Offer(retailer=self.retailer_id, **{k: v for k, v in fields.items() if k in Offer.fields})

    def offer_from_extracted(self, response, product: dict) -> Offer:
        """An Offer from :func:`crawler.extraction.extract_product`'s dict."""
        return self.offer(
            response,
            url=response.url,
            retailer_sku=product.get("sku"),
            title=product.get("name"),
            brand=product.get("brand"),
            mpn=product.get("mpn"),
            gtin=product.get("gtin"),
            category=product.get("category"),
            image_url=product.get("image"),
            price=product.get("price"),
            regular_price=product.get("regular_price"),
            currency=product.get("currency") or product.get("currency_unread"),
            availability=product.get("availability_state") or product.get("availability"),
        )

    def offers_from_extracted(self, response, product: dict) -> list[Offer]:
        """The offers of an extracted product: one, or - a product listing several offers
        (``all_offers``: JSON-LD ``offers: [...]``, each with its own price, currency, stock and
        SKU) - one per offer, each keyed by its own SKU. Offers that share one key (the product's
        SKU, no SKU of their own) are one offer when they are the same; one that differs (its
        price, currency, stock, name or url) is a ``rejections`` row naming the SKU, the offer it
        clashes with and how they differ - an offer is keyed by its SKU, so only one can be kept,
        and the other variant is not lost silently."""
        offers = product.get("all_offers") or []
        if len(offers) < 2:
            return [self.offer_from_extracted(response, product)]
        found, kept = [], {}
        for number, each in enumerate(offers, 1):
            fields = {**product, **{k: v for k, v in each.items() if v is not None}}
            fields["price"] = str(each["price"]) if each.get("price") is not None else None
            fields["regular_price"] = str(each["regular_price"]) if each.get("regular_price") is not None else None
            fields["availability_state"] = each.get("availability")  # its own, or unknown
            fields["availability"] = each.get("availability")
            offer = self.offer_from_extracted(response, fields)
            key = offer.get("retailer_sku") or offer.get("url")
            shown = _offer_shown(each)
            if key in kept and kept[key][1] != shown:
                first, other = kept[key]
                differs = "; ".join(f"{name} {mine!r} / {theirs!r}" for name, mine, theirs
                                    in zip(_OFFER_SHOWN, shown, other) if mine != theirs)
                reason = (f"offer {number} of {len(offers)} shares {'SKU ' if offer.get('retailer_sku') else 'url '}"
                          f"{key} with offer {first} but differs ({differs}); one offer per SKU is kept")
                self.logger.warning("%s: %s", response.url, reason)
                record_item_refused(getattr(self, "crawler", None), response.url, reason[:500],
                                    json.dumps(dict(zip(_OFFER_SHOWN, shown)), default=str),
                                    kind="offer_shares_sku")
                continue
            kept.setdefault(key, (number, shown))
            found.append(offer)  # (the same offer twice meets the duplicate check, which counts it)
        return found

    def post_process_item(self, item, response, source=None):
        """Hook: fix or drop (return None) an item before it leaves the spider."""
        return item

    def emit(self, item, response, source=None):
        item = self.post_process_item(item, response, source)
        if item is not None:
            yield item

    def refuse_product(self, response, product, error: Exception, url: str | None = None) -> None:
        """One product of a feed (a products.json or Store API entry) that cannot be read: one
        ``rejections`` row with the reason and the raw product, the rest of the page goes on."""
        reason = f"unreadable product: {type(error).__name__}: {str(error).strip()[:300]}"
        try:
            raw = json.dumps(product, ensure_ascii=False, default=str)[:2000]
        except (TypeError, ValueError, RecursionError):
            raw = repr(product)[:2000]
        if not isinstance(url, str) or not url:
            url = response.url if response is not None else None
        self.logger.warning("%s: %s", url, reason)
        record_item_refused(getattr(self, "crawler", None), url, reason, raw)

    def refuse_unread_jsonld(self, response, product: dict) -> bool:
        """A product page that yields no offer because its JSON-LD cannot be read (broken JSON, or
        nested deeper than Python reads): no price found, nothing saying it is out of stock, and a
        JSON-LD script unreadable. One ``rejections`` row per unreadable script (its reason, its
        first characters as the raw value) and True; the extractor logged one warning line per
        script. Such a page gave only a WARNING, or a "no price" row that did not say why."""
        unread = product.get("jsonld_unread")
        if not unread or product.get("price") is not None or product.get("all_offers") \
                or product.get("availability") == "OutOfStock":
            return False
        for script in unread:
            record_item_refused(getattr(self, "crawler", None), response.url, f"no offer, no price found: {script}",
                                script.head, kind="unreadable_jsonld", field="price")
        return True

    def refuse_non_html(self, response) -> bool:
        """A product page that is no text (a PDF, an image listed in a sitemap): one ``rejections``
        row "not HTML (<its Content-Type>)" and True; False for a page that can be read."""
        if isinstance(response, TextResponse):
            return False
        kind = (response.headers.get("Content-Type") or b"").decode("latin-1").split(";")[0].strip()
        reason = f"not HTML ({kind or 'no Content-Type'})"
        self.logger.info("%s: %s", response.url, reason)
        record_page_failure(getattr(self, "crawler", None), response.url, reason, "not_html")
        return True

    def product_offers(self, response, product, read, *, what: str, url=None) -> list:
        """The offers ``read(product)`` yields for one product of a feed, or none and one
        ``rejections`` row (:meth:`refuse_product`) when the entry is no object or reading it
        fails: one hostile product is one rejection, not the loss of its page and those after
        it. ``what`` names the entry ("a products.json entry"); ``url(product)`` its page."""
        if not isinstance(product, dict):
            self.refuse_product(response, product, ValueError(f"{what} that is no object"))
            return []
        try:
            return list(read(product))
        except Exception as error:  # noqa: BLE001 -- whatever the feed holds
            self.refuse_product(response, product, error, url(product) if url is not None else None)
            return []

    # -- store locator -----------------------------------------------------------------------
    def parse_stores(self, response):
        """Stores from schema.org Store / LocalBusiness JSON-LD on a store-locator page. A page that
        cannot be read is a failed page (``pricelens/pages_failed/store_locator``), one warning line
        each: one that is no text, each JSON-LD script that is not JSON (or nested past Python's
        stack); one store entry that cannot be read is one ``rejections`` row, the others are kept.
        (The scripts were skipped silently, and one entry with ``"geo": "x"`` lost the page's
        stores with a traceback.)"""
        if self.refuse_non_html(response):
            return
        unread: list = []
        for data in jsonld_objects(page_text(response), unread):
            types = data.get("@type")
            types = types if isinstance(types, list) else [types]
            if not any(isinstance(t, str) and ("Store" in t or t in ("LocalBusiness", "ElectronicsStore"))
                       for t in types):
                continue
            try:
                store = self.store_from_jsonld(response, data)
            except (AttributeError, TypeError, ValueError) as error:
                reason = f"unreadable store: {type(error).__name__}: {str(error).strip()[:300]}"
                try:
                    raw = json.dumps(data, ensure_ascii=False, default=str)[:2000]
                except (TypeError, ValueError, RecursionError):
                    raw = repr(data)[:2000]
                self.logger.warning("%s: %s", response.url, reason)
                record_item_refused(getattr(self, "crawler", None), response.url, reason, raw,
                                    kind="unreadable_store", item_type="store")
                continue
            yield from self.emit(store, response, "stores")
        for script in unread_cut(unread):  # (10,000 `{` scripts were 10,000 lines and failed pages)
            reason = f"store locator: {script}"
            self.logger.warning("%s: %s", response.url, reason)
            record_page_failure(getattr(self, "crawler", None), response.url, reason, "store_locator")

    def store_from_jsonld(self, response, data: dict) -> Store:
        address = data.get("address") or {}
        if isinstance(address, dict):
            street = address.get("streetAddress")
            city = address.get("addressLocality")
        else:
            street, city = address, None
        geo = data.get("geo") or {}
        hours = data.get("openingHours")
        return Store(
            retailer=self.retailer_id,
            ref=store_ref(data),
            name=data.get("name"),
            address=street,
            city=city,
            latitude=geo.get("latitude"),
            longitude=geo.get("longitude"),
            phone=data.get("telephone"),
            # (a list of texts is the week's lines; any other shape, `[1, 2]`, is left as it came: validate
            # removes it with a rejections row and keeps the store - "; ".join raised a TypeError, the store lost)
            opening_hours="; ".join(hours) if isinstance(hours, list) and all(isinstance(h, str) for h in hours)
            else hours,
            url=(join_url(response.url, data["url"]) if isinstance(data.get("url"), str) else None) or response.url,
        )


_OFFER_SHOWN = ("price", "currency", "availability", "name", "url")


def _offer_shown(offer: dict) -> tuple:
    """What tells two offers of one product apart (see offers_from_extracted)."""
    price = offer.get("price")
    return (None if price is None else str(price), offer.get("currency") or offer.get("currency_unread"),
            offer.get("availability"), offer.get("offer_name"), offer.get("offer_url"))


def store_ref(data: dict) -> str | None:
    """A branch's own id: branchCode / identifier, else the fragment or last segment of its @id."""
    ref = data.get("branchCode") or data.get("identifier")
    if not ref and data.get("@id"):
        node_id = str(data["@id"])
        ref = node_id.rsplit("#", 1)[-1] if "#" in node_id else node_id.rstrip("/").rsplit("/", 1)[-1]
    return str(ref) if ref else data.get("name")


def jsonld_objects(html: str, unread: list | None = None):
    """Every JSON object in a page's ``application/ld+json`` scripts (@graph and lists unrolled); each
    script that cannot be read is added to ``unread`` (a :class:`UnreadScript`, as the product pages'
    extractor reports them)."""
    blocks = re.findall(r'<script[^>]+application/ld\+json[^>]*>(.*?)</script>', html, re.S | re.I)
    for number, block in enumerate(blocks, 1):
        if not block.strip():
            continue
        try:
            data = json.loads(block)
        except (ValueError, RecursionError) as exc:  # broken or absurdly deep JSON: not store data
            if unread is not None:
                why = ("nested deeper than Python can read" if isinstance(exc, RecursionError)
                       else f"not valid JSON ({str(exc)[:200]})")
                unread.append(UnreadScript(number, len(blocks), why, block.strip()[:UNREAD_HEAD_MAX]))
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                if "@graph" in node:
                    stack.extend(reversed(node["@graph"] if isinstance(node["@graph"], list) else [node["@graph"]]))
                else:
                    yield node


_HTML_END = re.compile(rb"</html\s*>", re.I)
_HTML_START = re.compile(rb"<html[\s>]", re.I)


def _is_utf8(encoding) -> bool:
    try:
        return codecs.lookup(encoding or "").name == "utf-8"
    except LookupError:
        return False


def page_problems(response, warnsize: int = 0) -> list[str]:
    """What is wrong with a downloaded page: ``oversize``, ``charset_mismatch``, ``truncated_html``."""
    problems = []
    body = response.body or b""
    if warnsize and len(body) > warnsize:
        problems.append("oversize")
    if isinstance(response, TextResponse) and body:
        try:
            body.decode(response.encoding)
        except (UnicodeDecodeError, LookupError):
            problems.append("charset_mismatch")
    if isinstance(response, HtmlResponse) and response.status == 200:
        if _HTML_START.search(body[:4096]) and not _HTML_END.search(body[-65536:]):
            problems.append("truncated_html")
    return problems


def page_text(response) -> str:
    """A page's text: in its declared charset when the bytes agree, else as cp1252 (the usual mislabel).
    A page said to be UTF-8 that is UTF-8 but for a few stray bytes (a template's one bad byte, a body
    cut in a character; at least as many UTF-8 characters beyond ASCII as stray bytes) is read as UTF-8,
    each stray byte replaced: read as cp1252, every accented
    letter of it became two (``Café`` -> ``CafÃ©``), in its offers' titles too."""
    body = response.body or b""
    try:
        return body.decode(response.encoding)
    except (UnicodeDecodeError, LookupError):
        pass
    if _is_utf8(response.encoding):
        text = body.decode("utf-8", "replace")
        stray = text.count("\ufffd")
        real = len(text) - len(text.encode("ascii", "ignore")) - stray  # UTF-8 characters beyond ASCII
        if real and real >= stray:  # as many as stray bytes: UTF-8, not a page in cp1252 said to be UTF-8
            return text
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError:
        return response.text
