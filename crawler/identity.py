"""Who pricelens says it is to shops: the contact URL and the User-Agent built from it.

Kept apart from the Scrapy settings module (which also checks ``DATABASE_URL`` when loaded) so
that the platform code that needs only the User-Agent never loads the store.
"""

from __future__ import annotations

import os

CONTACT_URL = os.environ.get("PRICELENS_CONTACT_URL", "https://github.com/pricelens/pricelens#for-shop-owners")
USER_AGENT = f"pricelens/0.1 (+{CONTACT_URL})"
