"""The project's Scrapy commands (``COMMANDS_MODULE`` in ``crawler/settings.py``): each module's
``Command`` replaces Scrapy's command of the module's name (``crawl.py``: ``scrapy crawl``)."""
