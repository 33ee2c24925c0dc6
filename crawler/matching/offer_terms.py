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

import sys

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

_PHRASES_OF: dict = {}
for _ph in PHRASES:
    for _w in _ph:
        _PHRASES_OF.setdefault(_w, []).append(_ph)
_FIRST: dict = {}
for _ph in PHRASES:
    _FIRST.setdefault(_ph[0], []).append(_ph)

# a title printing none of these prints no promise (``Prepared.promisewords`` is then empty at once)
HINTS = frozenset(_FIRST) | WORDS

# how many words the place or day after a promise may hold ("Free Delivery Beirut")
_AFTER_MAX = 2


def _in_phrase(w: str, ws, ph) -> bool:
    n = len(ph)
    for i, x in enumerate(ws):
        if x == w:
            j = i - ph.index(w)
            if j >= 0 and tuple(ws[j:j + n]) == ph:
                return True
    return False


def _closing_promise(w: str, p) -> bool:
    """Is ``w`` in the last segment of p's title, that segment opening with a promise (a word of
    ``WORDS`` or a phrase of ``PHRASES``) and ending at most ``_AFTER_MAX`` words after it?"""
    segs = p.segs
    if not segs:
        return False
    ws = p.words
    last = segs[-1]
    start = len(segs) - 1
    while start > 0 and segs[start - 1] == last:
        start -= 1
    if start == 0:
        return False
    tail = ws[start:]
    if w not in tail:
        return False
    head = tail[0]
    if head in WORDS:
        n = 1
    else:
        n = 0
        for ph in _FIRST.get(head, ()):
            if tuple(tail[:len(ph)]) == ph:
                n = max(n, len(ph))
        if not n:
            return False
    return len(tail) - n <= _AFTER_MAX


def promise_words(p) -> frozenset:
    """The words of p's title that are a shop's promise about the sale (as ``excused`` reads them,
    whatever the other offer prints): read by ``facets.tail_words`` with the page's words after a
    title's literal, so the slot and generation readers pass them too ("Logitech MX Master 3S
    Graphite | Skladem" prints no variant of the mouse after its name)."""
    ws = p.words
    if HINTS.isdisjoint(ws):
        return frozenset()
    out = {w for w in ws if w in WORDS or any(_in_phrase(w, ws, ph) for ph in _PHRASES_OF.get(w, ()))}
    if p.segs:
        out.update(w for w in set(ws) if _closing_promise(w, p))
    return frozenset(out)


def excused(w: str, p, other) -> int | None:
    """1 when ``w`` (a word of p's title the other offer never prints) is a shop's promise about the
    offer (module docstring; read once per offer, ``Prepared.promisewords``); None otherwise (the next
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
