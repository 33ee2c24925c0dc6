"""The crawl clock: when an offer was seen.

Normally the real time (UTC). ``PRICELENS_NOW`` (an ISO 8601 time) sets it for a whole crawl:
the demo uses it to replay earlier days of its shops, so a fresh demo has price history.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone


def now() -> datetime:
    fixed = os.environ.get("PRICELENS_NOW", "").strip()
    if fixed:
        moment = datetime.fromisoformat(fixed.replace("Z", "+00:00"))
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc)
