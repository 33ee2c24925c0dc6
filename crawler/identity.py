"""Who pricelens says it is to shops: the contact URL and the User-Agent built from it.

Kept apart from the Scrapy settings module (which also checks ``DATABASE_URL`` when loaded) so
that the platform code that needs only the User-Agent never loads the store.
"""

from __future__ import annotations

from crawler import env

# (a bad PRICELENS_CONTACT_URL - a CR or LF, which would end the header - is refused in one line by
# `pricelens` and `scrapy crawl`, crawler/env.py; anything else reading this gets the project page)
CONTACT_URL = env.contact_url(default_on_bad=True)
USER_AGENT = f"pricelens/0.1 (+{CONTACT_URL})"
