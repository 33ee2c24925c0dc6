"""How Scrapy logs an item the pipelines refused or failed on: one short line, not the item whole.

Scrapy's own formatter wrote ``Dropped: <reason>`` and then the item's repr on the lines after it,
every field whole: a hostile shop's 200,000-character title, a 5,000-digit price, went to stderr at
every refusal. The reason is enough here; the refused item's values are in its ``rejections`` row
(the raw value, its first 2,000 characters). An item a pipeline failed on is shown cut.
"""

from __future__ import annotations

from scrapy.logformatter import LogFormatter

from crawler.urlmask import shown_cut

DROPPED_MAX = 2500   # characters of a refusal's reason as logged (it names the URL: at most 2,048)
ITEM_SHOWN_MAX = 500  # characters of an item's repr in the line of an item a pipeline failed on


class OneLineLogFormatter(LogFormatter):
    def dropped(self, item, exception, response, spider):
        result = super().dropped(item, exception, response, spider)
        reason = " ".join(str(exception).split())  # (one line: a reason with a newline stays on it)
        return {**result, "msg": "Dropped: %(exception)s", "args": {"exception": shown_cut(reason, DROPPED_MAX)}}

    def item_error(self, item, exception, response, spider):
        result = super().item_error(item, exception, response, spider)
        return {**result, "args": {**result.get("args", {}), "item": shown_cut(repr(item), ITEM_SHOWN_MAX)}}
