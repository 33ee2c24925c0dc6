"""Operations, beside the data flow: when crawls and the publish run, where, and how they went.

- :mod:`crawler.ops.schedules`: ``schedules.toml`` read and checked, the scheduler and its runners
- :mod:`crawler.ops.scrapyd`: crawls on Scrapyd servers, and deploying the project to them
- :mod:`crawler.ops.status`: what ``pricelens status`` shows
- :mod:`crawler.ops.cli`: ``pricelens schedule``, ``run-once``, ``status``, ``categories``, ``deploy``

Nothing outside this package imports it except the ``pricelens`` command (``crawler/cli.py``).
A crawl's own health check is :mod:`crawler.health`, run by the crawl-run extension.
"""
