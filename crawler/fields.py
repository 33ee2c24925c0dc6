"""Field normalisers shared by the pipelines, the extractor and the spiders.

Plain functions from a raw value to a clean one: text without markup noise, canonical URLs
without tracking parameters, and the closed vocabularies of availability and condition.
"""

from __future__ import annotations

import html
import re
import unicodedata

from urllib.parse import parse_qsl, urljoin, urlsplit

from w3lib.url import canonicalize_url, url_query_cleaner

AVAILABILITY_VALUES = ("InStock", "OutOfStock", "PreOrder", "BackOrder", "Discontinued", "Unknown")

# Query parameters that only track the visitor; dropped from canonical URLs.
TRACKING_PARAMETERS = (
    "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id", "gclid", "gbraid",
    "wbraid", "dclid", "fbclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "ref",
    "ref_", "srsltid", "spm", "affid", "affiliate", "cmpid", "trk", "sessionid", "sid", "phpsessid",
)

_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]{0,500}>")


def clean_text(value) -> str | None:
    """Unescape HTML entities, drop stray tags and control characters, fold white space."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value if v is not None)
    text = html.unescape(html.unescape(str(value)))
    text = _TAG.sub(" ", text)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\t\n")
    text = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return text or None


def canonical_url(url: str | None, base: str | None = None) -> str | None:
    """An absolute, canonical URL: tracking parameters and fragment removed, query sorted."""
    if not url:
        return None
    url = clean_text(url)
    if url is None:
        return None
    if base:
        url = urljoin(base, url)
    if not re.match(r"^https?://", url, re.I):
        return None
    lowered = {p.lower() for p in TRACKING_PARAMETERS}
    keys = [k for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)]
    drop = [k for k in keys if k.lower() in lowered or k.lower().startswith("utm_")]
    if drop:
        url = url_query_cleaner(url, drop, remove=True, keep_fragments=True)
    return canonicalize_url(url, keep_fragments=False)


# Shop wording, checked in this order; the first pattern that matches wins. Several languages:
# real shops are not all in English.
_AVAILABILITY_WORDS = [
    ("PreOrder", r"pre[\s_-]?order|pre[\s_-]?sale|coming soon|vorbestell|pr[ée][\s_-]?commande|prenota|reserva|"
                 r"حجز مسبق"),
    ("BackOrder", r"back[\s_-]?order|made[\s_-]?to[\s_-]?order|on order|awaiting stock|special order"),
    ("Discontinued", r"discontinued|no longer (?:available|sold)|end of life|nicht mehr (?:erh[äa]ltlich|verf[üu]gbar)"),
    ("OutOfStock",
     r"out[\s_-]?of[\s_-]?stock|sold[\s_-]?out|unavailable|not available|\boos\b|no stock|notify me|"
     r"temporarily out|nicht (?:auf lager|verf[üu]gbar|lieferbar)|ausverkauft|[ée]puis[ée]|"
     r"rupture|indisponible|agotado|sin stock|non disponibile|esaurito|"
     r"niet (?:op voorraad|leverbaar)|uitverkocht|brak (?:w magazynie|towaru)|niedost[ęe]pn|"
     r"нет в наличии|отсутству|немає в наявності|vypredan|nie je (?:na sklade|skladom)|"
     r"není skladem|nedostupn|nincs k[ée]szleten|slut(?:såld)?|udsolgt|utsolgt|"
     r"tükendi|stokta yok|品切れ|在庫なし|缺货|품절|غير متوفر|نفذ|نفدت"),
    ("InStock",
     r"in[\s_-]?stock|limited[\s_-]?availability|online[\s_-]?only|in[\s_-]?store[\s_-]?only|available|"
     r"add to (?:cart|basket|bag)|buy now|ships (?:today|tomorrow)|"
     r"auf lager|lagernd|lieferbar|verf[üu]gbar|en stock|disponible|disponibil|"
     r"in magazzino|op voorraad|leverbaar|dostępn|w magazynie|na stanie|в наличии|"
     r"есть|на складе|в наявності|skladom|na sklade|skladem|dostupn|k[ée]szleten|"
     r"på lager|i lager|stokta|在庫あり|有货|متوفر"),
]
_AVAILABILITY_PATTERNS = [(value, re.compile(pattern, re.I)) for value, pattern in _AVAILABILITY_WORDS]
# schema.org ItemAvailability names (and tokens shops put in feeds)
_SCHEMA_AVAILABILITY = {v.lower(): v for v in AVAILABILITY_VALUES}
_SCHEMA_AVAILABILITY.update({
    "limitedavailability": "InStock", "onlineonly": "InStock", "instoreonly": "InStock",
    "soldout": "OutOfStock", "presale": "PreOrder", "madetoorder": "BackOrder",
    "reserved": "OutOfStock", "true": "InStock", "yes": "InStock", "1": "InStock",
    "false": "OutOfStock", "no": "OutOfStock", "0": "OutOfStock",
})


def normalize_availability(value) -> str:
    """Map schema.org URLs, booleans and shop wording to one of :data:`AVAILABILITY_VALUES`."""
    if value is None:
        return "Unknown"
    if isinstance(value, bool):
        return "InStock" if value else "OutOfStock"
    text = clean_text(value) or ""
    # schema.org URLs and bare names: http://schema.org/InStock, https://schema.org/OutOfStock, InStock
    name = re.split(r"[/#:]", text.rstrip("/"))[-1].strip().lower()
    if name in _SCHEMA_AVAILABILITY:
        return _SCHEMA_AVAILABILITY[name]
    for value_name, pattern in _AVAILABILITY_PATTERNS:
        if pattern.search(text):
            return value_name
    return "Unknown"


def normalize_condition(value) -> str | None:
    """schema.org item condition: NewCondition, UsedCondition, RefurbishedCondition, DamagedCondition."""
    text = (clean_text(value) or "").lower()
    if not text:
        return None
    text = re.sub(r"^https?://(www\.)?schema\.org/", "", text)
    for name in ("refurbished", "used", "damaged", "new"):
        if name in text:
            return f"{name.capitalize()}Condition"
    if "open box" in text or "pre-owned" in text or "second hand" in text:
        return "UsedCondition"
    return None
