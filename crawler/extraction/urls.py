"""URLs a page gives (an image, an offer's url, a link): joined to the page's URL, or None when
urllib cannot read them ("http://[::1" raises ValueError), so one bad attribute loses that
value only, never the page's other fields."""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit


def join_url(base: str | None, href: str) -> str | None:
    """``urljoin(base, href)``, or None when ``href`` (or the result) cannot be read as a URL."""
    try:
        joined = urljoin(base or "", href)
        urlsplit(joined)  # urljoin lets some unreadable URLs through whole ("http://[::1")
        return joined
    except ValueError:
        return None


def split_url(url: str | None) -> SplitResult | None:
    """``urlsplit(url)``, or None when it cannot be read."""
    try:
        return urlsplit(url or "")
    except ValueError:
        return None
