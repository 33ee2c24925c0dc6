"""Words about the offer, not the product (session 36, of36).

Shops close a title with what they promise about the sale: delivery ("Free Shipping & Returns",
"Free Delivery Beirut", "Versandkostenfrei", "Livraison offerte", "Envío 24h", "Doprava zdarma",
"Darmowa dostawa"), stock ("In Stock", "Skladem", "Na skladě", "Auf Lager", "Op voorraad",
"Dostępny od ręki", "Disponibile"), the listing's freshness ("Newest Model", "Latest Model"), a deal
("Best Price", "Hot Deal") or the shop itself ("Walmart.com", "Official Store").  The other shop
prints its own promise or none; the product is the same.  Before this module a title and the same
title with such a closing ("Logitech MX Master 3S Graphite" / "... | Skladem", "Bosch GSR 18V-55
Professional cordless drill" / "... - Free Returns") were left apart in two to four of five
titles tried: the closing's words were identifying words the other title lacked.

Read as the pack claims are (``claims``): a rewording step of ``wordclass`` that excuses a word of
one title only, where that title prints it

* as one of ``WORDS`` (a word that is a shop's promise wherever it stands: "versandkostenfrei",
  "skladem", "lieferbar"), or
* inside one of ``PHRASES`` printed whole ("free returns", "auf lager", "na sklade"; a phrase's words
  alone are other words: "Stock" of "Stock Pot", "Model" of "Model Kit"), or
* in the last segment of the title (``Prepared.segs``: the parts between separators) when that
  segment opens with one of the phrases or words: the place or day of a promise belongs to it
  ("Free Delivery *Beirut*", "Envío *24h*").

Never a condition ("Renewed", "Refurbished", "Open Box": another offer of the product, read by
``condition``), nor "New Model" (a generation: "Kindle Paperwhite (New Model)"), nor a word naming a
line somewhere ("Prime", "Select", "Express" alone).  The lists are written in the shops' languages,
EN DE FR ES IT NL PL CS SK PT, accents folded as titles are read.
"""
from __future__ import annotations

import re
import sys

from . import titles as T
from .memos import memo  # (the memos' registry)
from .claims import _in_phrase, phrases_by_word  # (one reader of a phrase printed whole in a title's words, one index)
from . import lb37 as _lb37  # (session 37, lb37: a leaf module - a warranty note closing a title)
from . import ph40 as _ph40  # (session 40, ph40: a leaf module - words that describe the listing)

# a shop's promise wherever it stands
WORDS = frozenset("""
versandkostenfrei versandfrei lieferbar blitzversand
preorder vorbestellung precommande preventa
skladem
disponibile
""".split())

# phrases (words in title order, as ``Prepared.words`` reads them: lower case, accents folded,
# "2-Day" -> "2day", "Walmart.com" -> walmart com)
_PHRASES = """
free shipping
free shipping returns
free shipping and returns
free delivery
free returns
shipping returns
easy returns
fast shipping
fast delivery
express delivery
express shipping
same day delivery
same day shipping
next day delivery
free 2day shipping
2day shipping
ships today
ships free
ships fast
in stock
limited stock
low stock
best price
best buy
pack may vary
pre order
lowest price
hot deal
official store
newest model
latest model
walmart com
amazon com
kostenloser versand
gratis versand
schneller versand
sofort lieferbar
sofort versandfertig
auf lager
livraison gratuite
livraison offerte
livraison rapide
livraison express
livraison 24h
retours gratuits
en stock
envio gratis
envio gratuito
envio rapido
envio 24h
entrega rapida
entrega gratis
spedizione gratuita
spedizione veloce
spedizione 24h
pronta consegna
in magazzino
gratis verzending
op voorraad
morgen in huis
darmowa dostawa
dostawa gratis
darmowa wysylka
wysylka 24h
dostepny od reki
od reki
doprava zdarma
doprava zadarmo
na sklade
ihned k odeslani
frete gratis
entrega gratuita
em estoque
"""
PHRASES = tuple(tuple(x.split()) for x in _PHRASES.strip().splitlines() if x.strip())

_PHRASES_OF = phrases_by_word(PHRASES)
_FIRST: dict = {}
for _ph in PHRASES:
    _FIRST.setdefault(_ph[0], []).append(_ph)

# (session 37, pr37) A shop's name is the product where the title sells that shop's gift card: "Walmart.com
# Gift Card $50" / "Amazon.com Gift Card $50" are two cards, "Best Buy Gift Card" another.  In a title naming
# a gift card or voucher (any of these words) the shop-name phrases below are no promise.
_SHOP_NAMES = frozenset((("walmart", "com"), ("amazon", "com"), ("best", "buy"), ("official", "store")))
_CARD_WORDS = frozenset("""
gift giftcard giftcards egift ecard voucher vouchers gutschein gutscheine geschenkkarte geschenkgutschein
guthaben cadeau cadeaukaart cadeaubon regalo podarunkowa podarunkowy darkova darkovy poukaz presente wallet
""".split())


def _names_card(ws) -> bool:
    """(session 37, pr37) Do title words ``ws`` name a gift card or voucher?"""
    return not _CARD_WORDS.isdisjoint(ws)


# a title printing none of these prints no promise (``Prepared.promisewords`` is then empty at once)
HINTS = frozenset(_FIRST) | WORDS | _ph40.HINTS | _ph40._PAIRWISE

# an hour count a promise may close with ("Envío 24h", "Versand 48h")
_HOURS = re.compile(r"\d{1,3}(?:h|hr|hrs|std|uur|godz|hod)$").match

# the separators a shop closes its title's promise with (" - ", " | ", "(", "[")
_SEP = re.compile(r"\s[-\u2013\u2014|]\s|\||\(|\[")
_HINT_CHARS = frozenset("-|([\u2013\u2014")


def is_promise(ws) -> bool:
    """Are the words ``ws`` (one segment of a title, as ``titles.words`` reads it) a promise and nothing
    else: phrases of ``PHRASES`` and words of ``WORDS`` one after another, an hour count after one
    ("Envío 24h")?  "In Stock Used", "Skladem Bazar", "Free Shipping Pro Max", "Free Delivery Beirut"
    are not: a word after the promise may be the product's."""
    n = len(ws)
    i = 0
    while i < n:
        w = ws[i]
        if w in WORDS:
            i += 1
            continue
        best = 0
        for ph in _FIRST.get(w, ()):
            if len(ph) > best and tuple(ws[i:i + len(ph)]) == ph:
                best = len(ph)
        if best:
            i += best
        elif i and _HOURS(w):
            i += 1
        else:
            return False
    return n > 0


def _sells_warranty(title: str) -> bool:
    """(session 37, lb37) Does ``title`` sell a warranty or a service ("AppleCare+ for iPhone 15 Pro - 2 Year
    Warranty", "ضمان ممتد ..."): the cleaner's own guard, ``titles._WARRANTY_PRODUCT``, read on the title and on
    its English reading?"""
    return bool(T._WARRANTY_PRODUCT(title) or T._WARRANTY_PRODUCT(T.clean(title)))


def strip_closing(title: str) -> str:
    """``title`` without the promises closing it, segment by segment from its end ("Logitech MX Master
    3S Graphite | Skladem" -> "Logitech MX Master 3S Graphite"; "... (Newest Model) - Free Shipping" ->
    "..."), where what is left names something (two words or more).  (Session 37, lb37: a warranty note alone
    in its closing segment too, "- Brand New - ضمان سنة" read "warranty 1year", ``lb37.warranty_segment`` -
    not where the title sells the warranty, ``_sells_warranty``.)  Read at the input boundary
    (``prepared``, where an offer's fields are read): a promise is the shop's, not the product's title, so no reader - a size
    closing a title ("Hoodie Grey S | Skladem"), the slots, the learned stage - sees it.  Memoised per
    title (session 42, sp42, speed: a catalogue reads an offer's title here for blocking,
    ``prepared.block_keys``, and again when the offer is prepared; a batch once per side of a pair)."""
    if _HINT_CHARS.isdisjoint(title):
        return title
    r = _STRIPPED.get(title)
    if r is None:
        r = _strip_closing(title)
        if len(_STRIPPED) >= 65536:
            _STRIPPED.clear()
        _STRIPPED[title] = r
    return r


_STRIPPED: dict = memo({})  # (a memo: ``memos``, emptied with every other)


def _strip_closing(title: str) -> str:
    """``strip_closing`` of a title that holds a separator's character (not memoised)."""
    t = title
    for _ in range(4):
        core = t.rstrip(" )]")
        ms = list(_SEP.finditer(core))
        if not ms:
            break
        m = ms[-1]
        ws = T.words(T.clean(core[m.end():]))
        if not ws or not (is_promise(ws) or (_lb37.warranty_segment(ws) or _ph40.listing_segment(ws))
                          and not _sells_warranty(title)):
            break
        if tuple(ws) in _SHOP_NAMES and _names_card(T.words(T.clean(core[:m.start()]))):
            break  # (session 37, pr37: "Gift Card $50 - Walmart.com" names the card's shop)
        head = core[:m.start()].rstrip(" -|\u2013\u2014")
        if len(T.words(T.clean(head))) < 2:
            break
        t = head
    return t


def promise_words(p) -> frozenset:
    """The words of p's title that are a shop's promise about the sale where it stands inside the title
    (a word of ``WORDS``, a phrase printed whole; a promise closing the title is gone already,
    ``strip_closing``): read by ``facets.tail_words`` with the page's words after a title's literal, so the
    slot and generation readers pass them too."""
    ws = p.words
    if HINTS.isdisjoint(ws):
        return frozenset()
    card = _names_card(ws)
    out = frozenset(w for w in ws if w in WORDS or any(_in_phrase(w, ws, ph) for ph in _PHRASES_OF.get(w, ())
                                                        if not (card and ph in _SHOP_NAMES)))
    # (session 40, ph40: the SIM form, the region, the plug, the goods' state - the listing's words)
    listing = _ph40.listing_words(ws)
    return out | listing if listing else out


def excused(w: str, p, other) -> int | None:
    """1 when ``w`` (a word of p's title the other offer never prints) is a shop's promise about the
    offer (``promise_words``, read once per offer: ``Prepared.promisewords``); None otherwise (the next
    check decides)."""
    s = p.promisewords
    if s is None:
        p.promisewords = s = promise_words(p)
    return 1 if w in s else None


def _gate(w: str) -> bool:
    return True


def install(W) -> None:
    """Add the step to ``wordclass``'s rewording steps (``W``: the module)."""
    W._add_steps(((_gate, excused),))


def install_here() -> None:
    install(sys.modules[__package__ + ".wordclass"])
