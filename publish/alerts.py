"""Price alerts without accounts: a watch list checked after every ``pricelens publish``.

The watch list is ``alerts.toml`` in the data folder (``$PRICELENS_ALERTS_FILE`` elsewhere)::

    [[watch]]
    product = 12            # a product id; or gtin = "...", mpn = "...", or query = "samsung 990 pro"
    below = 90.00           # target: the best in-stock price in USD at or under this
    name = "990 PRO for the new PC"   # optional, shown in the message

When a watched product's best in-stock price is at or below its target, a message goes to:

- a webhook: ``$PRICELENS_PRICE_WEBHOOK`` (a JSON POST: ``text``, ``product_id``, ``price_usd``,
  ``target_usd``, ``url``, ...);
- Telegram: ``$PRICELENS_TELEGRAM_BOT_TOKEN`` and ``$PRICELENS_TELEGRAM_CHAT_ID``, through the Bot
  API at ``$PRICELENS_TELEGRAM_API`` (default ``https://api.telegram.org``). The token is never
  printed: errors name the API host only.

Each alert is sent once per channel: the state file (``alerts-sent.json`` in the data folder,
``$PRICELENS_ALERTS_STATE`` elsewhere) remembers the (watch, product, price) sent; a lower price
later is a new alert. A channel that fails is tried again at the next publish. The site's
address in the messages is ``$PRICELENS_SITE_URL`` (default ``http://127.0.0.1:8001``).

Bad input (a file that is not TOML, a watch without a target) is one line naming the file and
the key, and a non-zero exit; the snapshot is published all the same. A channel that fails is
reported in one line (never with the token) and tried once per run: its messages wait for the
next publish.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from crawler.paths import data_dir, parse_toml, read_config_text, remove_stale_temporaries_of, temporary_suffix
from crawler.urlmask import check_http_url, shown_cut, split_credentials
from publish import humanize, shop

TIMEOUT = 10
KEYS = ("product", "gtin", "mpn", "query")


class AlertsError(ValueError):
    """The watch list is wrong: one line saying where and what was expected."""


class ChannelError(AlertsError):
    """A channel's configuration is wrong (a webhook that is no http(s) URL): exit code 2."""


@dataclass
class Watch:
    index: int
    kind: str        # product, gtin, mpn or query
    value: str
    below: float
    name: str | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}={self.value}<={self.below:.2f}"


def alerts_file() -> Path:
    return Path(os.environ.get("PRICELENS_ALERTS_FILE") or data_dir() / "alerts.toml")


def state_file() -> Path:
    return Path(os.environ.get("PRICELENS_ALERTS_STATE") or data_dir() / "alerts-sent.json")


def _key_shown(key: str) -> str:
    """A key of the file as a message names it: as written when short and printable, else quoted and
    cut (a 100,000-character key was repeated whole, a newline in one broke the line)."""
    return key if len(key) <= 60 and key.isprintable() else shown_cut(repr(key), 60)


def load_watches(path: Path) -> list[Watch]:
    try:
        data = parse_toml(read_config_text(path))
    except tomllib.TOMLDecodeError as error:
        raise AlertsError(f"{path}: not valid TOML ({error})") from None
    except RecursionError:
        raise AlertsError(f"{path}: not valid TOML (arrays or tables nested too deeply)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise AlertsError(f"{path}: cannot be read ({error.__class__.__name__})") from None
    entries = data.get("watch", [])
    if not isinstance(entries, list):
        raise AlertsError(f"{path}: watch: expected [[watch]] tables")
    unknown = set(data) - {"watch"}
    if unknown:
        raise AlertsError(f"{path}: {_key_shown(sorted(unknown)[0])}: unknown key, expected only [[watch]] tables")
    watches = []
    for number, entry in enumerate(entries, 1):
        where = f"{path}: watch {number}"
        if not isinstance(entry, dict):
            raise AlertsError(f"{where}: expected a table")
        given = [k for k in KEYS if k in entry]
        if len(given) != 1:
            raise AlertsError(f"{where}: expected exactly one of product, gtin, mpn or query")
        kind = given[0]
        value = entry[kind]
        if kind == "product" and (isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2 ** 63):
            raise AlertsError(f"{where}: product: expected a product id (a positive whole number)")
        if kind != "product" and (not isinstance(value, str) or not value.strip()):
            raise AlertsError(f"{where}: {kind}: expected a non-empty string")
        below = entry.get("below")
        # (inf: every price is below it, an alert for each offer; an amount is below 10^12 as in validate)
        if isinstance(below, bool) or not isinstance(below, (int, float)) or not 0 < below < 10 ** 12:
            raise AlertsError(f"{where}: below: expected a target price in USD (a number above 0, below 10^12)")
        name = entry.get("name")
        if name is not None and not isinstance(name, str):
            raise AlertsError(f"{where}: name: expected a string")
        extra = set(entry) - set(KEYS) - {"below", "name"}
        if extra:
            raise AlertsError(f"{where}: {_key_shown(sorted(extra)[0])}: unknown key, expected product/gtin/mpn/query, "
                              "below, name")
        watches.append(Watch(number, kind, str(value).strip(), float(below), name))
    return watches


def matches(conn: sqlite3.Connection, watch: Watch) -> list[dict]:
    """The watched products at or below the target, in stock (product cards of publish/shop.py)."""
    target = "p.best_in_stock_price_usd is not null and p.best_in_stock_price_usd <= ?"
    if watch.kind == "product":
        return shop.cards(conn, f"p.id = ? and {target}", [int(watch.value), watch.below])
    if watch.kind in ("gtin", "mpn"):
        return shop.cards(conn, f"p.{watch.kind} = ? and {target}", [watch.value, watch.below], limit=10)
    found, _ = shop.search(conn, watch.value, limit=200)
    return [c for c in found if c.get("best_in_stock_price_usd") is not None
            and float(c["best_in_stock_price_usd"]) <= watch.below][:10]


def message(watch: Watch, card: dict, site: str) -> dict:
    price = humanize.usd(card["best_in_stock_price_usd"])
    local = ""
    if card.get("currency") and card["currency"] != "USD" and card.get("price") is not None:
        local = f" ({humanize.money(card['price'], card['currency'])})"
    url = f"{site.rstrip('/')}/-/product/{card['id']}"
    label = f"{watch.name}: " if watch.name else ""
    text = (f"{label}{card['title']} is {price}{local} at {card.get('retailer') or 'a shop'}, "
            f"at or under your target of {humanize.usd(watch.below)}. {url}")
    return {"text": text, "watch": watch.index, "product_id": card["id"], "title": card["title"],
            "price_usd": float(card["best_in_stock_price_usd"]), "target_usd": watch.below,
            "retailer": card.get("retailer"), "lowest_ever": card.get("lowest_ever", False), "url": url}


def _post_json(url: str, payload: dict) -> None:
    target, auth = split_credentials(url)  # user info is basic auth
    request = urllib.request.Request(target, data=json.dumps(payload).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    if auth:
        request.add_header("Authorization", auth.decode("latin-1"))
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        response.read()


def _channels() -> dict:
    """The configured channels: name -> function sending one message (dict)."""
    channels = {}
    webhook = os.environ.get("PRICELENS_PRICE_WEBHOOK", "").strip()
    if webhook:
        try:  # file:, data: ... would "send" to nothing
            webhook = check_http_url(webhook, "PRICELENS_PRICE_WEBHOOK")
        except ValueError as error:
            raise ChannelError(str(error)) from None
        channels["webhook"] = lambda alert: _post_json(webhook, alert)
    token = os.environ.get("PRICELENS_TELEGRAM_BOT_TOKEN", "").strip()
    chat = os.environ.get("PRICELENS_TELEGRAM_CHAT_ID", "").strip()
    if token and chat:
        api = (os.environ.get("PRICELENS_TELEGRAM_API") or "https://api.telegram.org").strip().rstrip("/")
        try:  # as the webhook: file:, ftp: ... would be opened by urllib, with the bot token in the path
            check_http_url(api, "PRICELENS_TELEGRAM_API")
        except ValueError as error:
            raise ChannelError(str(error)) from None

        def telegram(alert):
            _post_json(f"{api}/bot{urllib.parse.quote(token, safe=':')}/sendMessage",
                       {"chat_id": chat, "text": alert["text"], "disable_web_page_preview": True})
        channels["telegram"] = telegram
    return channels


def _describe(name: str, error: Exception) -> str:
    """What went wrong, without the URL (the Telegram token is in it)."""
    if isinstance(error, urllib.error.HTTPError):
        return f"{name}: HTTP {error.code}"
    if isinstance(error, urllib.error.URLError):
        return f"{name}: {error.reason}"
    return f"{name}: {error.__class__.__name__}"


def _read_state(path: Path) -> dict:
    try:
        state = json.loads(read_config_text(path))
    except FileNotFoundError:
        return {}
    except OSError as error:  # the path is wrong (a file where a folder should be, no permission)
        raise AlertsError(f"{path}: cannot be read ({error.strerror or error.__class__.__name__}); "
                          "check PRICELENS_ALERTS_STATE") from None
    except (ValueError, RecursionError):  # (RecursionError: nested past Python's stack)
        raise AlertsError(f"{path}: not a JSON object of sent alerts (delete it to start again)") from None
    if not isinstance(state, dict) or not all(isinstance(sent, dict) for sent in state.values()):
        raise AlertsError(f"{path}: not a JSON object of sent alerts (delete it to start again)")
    return state


def _write_state(path: Path, state: dict) -> None:
    temp = path.with_name(path.name + temporary_suffix())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps(state, indent=1, sort_keys=True))
        os.replace(temp, path)
    except OSError as error:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
        raise AlertsError(f"{path}: cannot be written ({error.strerror or error.__class__.__name__}); "
                          "check PRICELENS_ALERTS_STATE") from None


def check(snapshot: Path, *, watches_path: Path | None = None, state_path: Path | None = None,
          site: str | None = None, log=print) -> dict:
    """Check the watch list against ``snapshot``, send what is new; returns the counts
    ``{"matched", "sent", "failed"}``. Raises AlertsError on a bad watch list."""
    watches_path = watches_path or alerts_file()
    state_path = state_path or state_file()
    counts = {"matched": 0, "sent": 0, "failed": 0}
    remove_stale_temporaries_of(state_path)  # the state's temporary of a publish SIGKILLed mid-write
    if not watches_path.exists():
        return counts
    watches = load_watches(watches_path)
    channels = _channels()
    if watches and not channels:
        log("alerts: no channel configured (PRICELENS_PRICE_WEBHOOK, or PRICELENS_TELEGRAM_BOT_TOKEN and "
            "PRICELENS_TELEGRAM_CHAT_ID): nothing sent")
    site = site or os.environ.get("PRICELENS_SITE_URL") or "http://127.0.0.1:8001"
    state = _read_state(state_path)
    down: set[str] = set()
    conn = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        for watch in watches:
            for card in matches(conn, watch):
                counts["matched"] += 1
                alert = message(watch, card, site)
                key = f"{watch.key}|{card['id']}|{alert['price_usd']:.2f}"
                for name, send in channels.items():
                    sent = state.setdefault(name, {})
                    if key in sent:
                        continue
                    if name in down:  # one failure per channel and run: a dead server costs one timeout
                        counts["failed"] += 1
                        continue
                    try:
                        send(alert)
                    except Exception as error:  # a channel down: tried again at the next publish
                        counts["failed"] += 1
                        down.add(name)
                        log(f"alerts: could not send to {_describe(name, error)}; will try again next publish")
                        continue
                    sent[key] = alert["text"][:200]
                    counts["sent"] += 1
    finally:
        conn.close()
        _write_state(state_path, state)
    return counts


def after_publish(snapshot: Path) -> int:
    """The hook of ``pricelens publish``: 0, or 1 after one line on stderr when the watch list
    is wrong (a channel that is down is only reported: its messages are sent at the next publish)."""
    try:
        counts = check(snapshot, log=lambda line: print(line, file=sys.stderr))
    except AlertsError as error:
        print(f"alerts: {error}", file=sys.stderr)
        return 2 if isinstance(error, ChannelError) else 1
    if counts["matched"] or counts["sent"]:
        print(f"alerts: {counts['matched']} watched price(s) at target, {counts['sent']} message(s) sent"
              + (f", {counts['failed']} to send again next publish" if counts["failed"] else ""), file=sys.stderr)
    return 0  # a channel that is down is not a failed publish: its messages go at the next one


def main(argv: list[str] | None = None) -> int:
    import argparse

    from crawler.paths import snapshots_dir

    parser = argparse.ArgumentParser(prog="python -m publish.alerts", description="Check the price watch list.")
    parser.add_argument("snapshot", nargs="?", type=Path, default=None)
    args = parser.parse_args(argv)
    return after_publish(args.snapshot or snapshots_dir() / "latest.db")


if __name__ == "__main__":
    sys.exit(main())
