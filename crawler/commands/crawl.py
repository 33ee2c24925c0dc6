"""``scrapy crawl``, exiting with its run's outcome.

Scrapy's crawl command exits 0 however the crawl ended (1 only for a spider that could not be
built): a crawl closed as ``site_unreachable``, ``database_unavailable``, ``disk_full``... exited 0,
as ``pricelens crawl`` did not. This command is Scrapy's, and then exits 1 when the crawl's run
(:class:`crawler.store.runs.CrawlRun`, recorded by the crawl-run extension) failed, with one line
on stderr saying why: ``scrapy crawl techzone: run 7 failed (site_unreachable): http://127.0.0.1:8101
refuses connections``. A run that finished (some offers refused, some pages failed: recorded,
no failure) and a crawl stopped on purpose (SIGTERM, Ctrl-C: ``stopped``) exit 0; a crawl
without a run (``PRICELENS_RECORD_RUN`` off) exits as Scrapy's does. Scrapyd's jobs run this
command too (its launcher calls ``scrapy crawl``); their exit code is only logged by Scrapyd.
"""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand


class Command(ScrapyCrawlCommand):
    crawler = None  # the crawl this command ran

    def short_desc(self) -> str:
        return "Run a spider of the current project, by name (exit 1 if its run failed)"

    def _create_crawler(self, spidercls):
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args, opts) -> None:
        super().run(args, opts)
        from crawler.store.runs import CrawlRun  # (here: `scrapy list` or `scrapy -h` load this module too)

        run = CrawlRun.existing(self.crawler) if self.crawler is not None else None
        if self.exitcode or run is None:  # (the spider could not be built: Scrapy said why)
            return
        failure = run.failure()
        if failure:
            print(f"scrapy crawl {self.crawler.spidercls.name}: {failure}", file=sys.stderr, flush=True)
            self.exitcode = 1
