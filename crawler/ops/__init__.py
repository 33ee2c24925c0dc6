"""Operations, beside the data flow: when crawls and the publish run, where, and how they went.

- :mod:`crawler.ops.cron`: cron expressions on the wall clock, across daylight saving time
- :mod:`crawler.ops.schedules`: ``schedules.toml`` read and checked
- :mod:`crawler.ops.process`: one process with a time limit, stopped cleanly
- :mod:`crawler.ops.runners`: one crawl as a local ``scrapy crawl``, its result, its retries
- :mod:`crawler.ops.scrapyd`: crawls on Scrapyd servers, and deploying the project to them
- :mod:`crawler.ops.publisher`: the publish job (match, then publish the snapshot)
- :mod:`crawler.ops.scheduler`: the jobs on APScheduler, and ``run-once``
- :mod:`crawler.ops.status`: what ``pricelens status`` shows
- :mod:`crawler.ops.cli`: ``pricelens schedule``, ``run-once``, ``status``, ``categories``, ``deploy``

Nothing outside this package imports it except the ``pricelens`` command (``crawler/cli.py``).
A crawl's own health check is :mod:`crawler.health`, run by the crawl-run extension.
"""
