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

from crawler.urlmask import without_credentials

# The longest title an offer may carry (characters): the pipeline refuses an offer with a longer one
# (``pipelines.validate``, a rejections row "title is N characters, more than the 600 an offer may
# have") and the matcher reads a longer one as no title (``crawler.matching.prepared.title_read``).
# A title of more is a page's whole text or a template gone wrong: real shop titles stay under ~300
# characters (Amazon caps them at 200; no labelled title of the matcher's sets is over 301). (Until
# session 25 the pipeline took up to 1,000, so an offer of 601-1,000 was stored and never matched.)
MAX_TITLE_LENGTH = 600

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
    try:  # urllib refuses some URLs outright ("http://[::1": ValueError): no canonical form
        if base:
            url = urljoin(base, url)
        if not re.match(r"^https?://", url, re.I):
            return None
        lowered = {p.lower() for p in TRACKING_PARAMETERS}
        keys = [k for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)]
        drop = [k for k in keys if k.lower() in lowered or k.lower().startswith("utm_")]
        if drop:
            url = url_query_cleaner(url, drop, remove=True, keep_fragments=True)
        # (a user and password in a shop's link, `http://user:pw@shop/p/1`, went into the offer's URL:
        # stored, published on the site and in the snapshot; the page is the same without them)
        return without_credentials(canonicalize_url(url, keep_fragments=False))
    except ValueError:
        return None


def is_http_url(url) -> bool:
    """An absolute http(s) URL with a host that urllib can read (not "http://[::1", "http://")."""
    if not isinstance(url, str) or not re.match(r"^https?://", url, re.I):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises on a port out of range or no number
        return bool(parts.hostname)
    except ValueError:
        return False


# Shop wording, checked in this order; the first pattern that matches wins. Several languages:
# real shops are not all in English.  Negated forms ("ikke på lager", "no disponible", "ni na
# zalogi") are listed under OutOfStock, which is checked before InStock, so that the positive
# word inside them does not decide.
_AVAILABILITY_WORDS = [
    ("PreOrder", r"pre[\s_-]?order|pre[\s_-]?sale|coming soon|vorbestell|pr[ée][\s_-]?commande|prenota|reserva|"
                 r"pr[ée]venta|pr[ée]-?venda|przedsprzeda|předprodej|predpredaj|предзаказ|予約|预售|預購|예약|"
                 r"حجز مسبق"),
    ("BackOrder", r"back[\s_-]?order|made[\s_-]?to[\s_-]?order|on order|awaiting stock|special order|"
                  r"auf bestellung|sur commande|bajo pedido|por encomenda|su ordinazione|na zamówienie|"
                  r"na objednávku|op bestelling|под заказ|на замовлення"),
    ("Discontinued", r"discontinued|no longer (?:available|sold)|end of life|"
                     r"nicht mehr (?:erh[äa]ltlich|verf[üu]gbar|lieferbar)|n'est plus disponible|plus commercialis|"
                     r"ya no (?:est[aá] )?disponible|descatalogad|non (?:è )?più disponibile|fuori produzione|"
                     r"niet meer (?:leverbaar|verkrijgbaar)|wycofan|již se neprodává|ukončen[ýáé] predaj|"
                     r"снят с (?:производства|продажи)|販売終了|停产|停售"),
    ("OutOfStock",
     # English, German, French, Spanish, Portuguese, Italian
     r"out[\s_-]?of[\s_-]?stock|sold[\s_-]?out|unavailable|not available|\boos\b|no stock|notify me|"
     r"temporarily out|can(?:no|')t be (?:bought|purchased|ordered)|not (?:in stock|for sale)|"
     r"nicht (?:auf lager|verf[üu]gbar|lieferbar|bestellbar|vorrätig)|ausverkauft|vergriffen|"
     r"[ée]puis[ée]|rupture|indisponible|non disponible|"
     r"agotado|sin (?:stock|existencias)|fuera de stock|no (?:est[aá] )?disponible|no hay (?:stock|existencias)|"
     r"esgotad|indispon[ií]vel|sem (?:estoque|stock)|fora de (?:estoque|stock)|n[ãa]o (?:est[áa] )?dispon[ií]vel|"
     r"non disponibile|esaurit|non acquistabile|"
     # Dutch, Scandinavian, Finnish
     r"niet (?:op voorraad|leverbaar|beschikbaar|bestelbaar)|uitverkocht|"
     r"ikke (?:på lager|tilgjengelig|tilgængelig|på lageret)|(?:inte|ej) (?:i lager|tillgänglig|i webblager)|"
     r"\bslut(?:såld|sålt|solgt|t på lager)?\b|udsolgt|utsolgt|ei (?:varastossa|saatavilla)|loppuunmyyty|tilapäisesti loppu|"
     # Polish, Czech, Slovak, Slovenian, Croatian / Serbian
     r"brak (?:w magazynie|towaru|na stanie|produktu)|niedost[ęe]pn|wyprzedan|nie można kupić|"
     r"není (?:skladem|dostupn|možné (?:\w+ )?koupit)|nelze (?:\w+ )?koupit|vyprodán|"
     r"nie je (?:na sklade|skladom|dostupn|možné (?:\w+ )?kúpiť)|vypredan|nedostupn|"
     r"ni (?:na zalogi|dobavlj|na voljo)|razprodan|nedobavlj|"
     r"nije (?:dostupn|na (?:stanju|zalihi))|nema (?:na (?:stanju|zalihi)|u ponudi)|rasprodan|"
     # Hungarian, Romanian, Greek, Baltic, Turkish
     r"nincs (?:k[ée]szleten|rakt[áa]ron)|elfogyott|nem (?:el[ée]rhet[őo]|kaphat[óo]|rendelhet[őo])|"
     r"stoc epuizat|f[ăa]r[ăa] stoc|indisponibil|nu (?:este|e) (?:[îi]n stoc|disponibil)|"
     r"εξαντλ|μη διαθέσιμ|δεν (?:είναι )?διαθέσιμ|"
     r"nėra sandėlyje|išparduot|nav (?:noliktavā|pieejams)|izpārdots|pole laos|"
     r"tükendi|stokta yok|"
     # Cyrillic
     r"нет в наличии|не в наличии|нет на складе|отсутству|распродан|закончил|немає в наявності|закінчил|"
     r"няма наличност|изчерпан|нема на залиха|"
     # Asian, Middle Eastern
     r"品切れ|在庫なし|在庫切れ|売り切れ|缺货|無庫存|无库存|售完|售罄|已售完|補貨中|품절|재고 ?없음|"
     r"غير متوفر|نفذ|نفدت|אזל|לא במלאי"),
    ("InStock",
     r"in[\s_-]?stock|limited[\s_-]?availability|online[\s_-]?only|in[\s_-]?store[\s_-]?only|available|"
     r"add to (?:cart|basket|bag)|buy now|ships (?:today|tomorrow)|"
     r"auf lager|lagernd|lieferbar|verf[üu]gbar|vorrätig|en stock|disponible|disponibil|dispon[ií]vel|"
     r"em estoque|en existencia|in magazzino|op voorraad|leverbaar|dostępn|w magazynie|na stanie|в наличии|"
     r"есть|на складе|в наявності|skladom|na sklade|skladem|dostupn|na zalogi|na (?:stanju|zalihi)|"
     r"k[ée]szleten|rakt[áa]ron|[îi]n stoc|διαθέσιμ|på lager|i lager|varastossa|sandėlyje|noliktavā|"
     r"stokta|在庫あり|有货|有現貨|現貨|재고 ?있음|متوفر|במלאי"),
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
