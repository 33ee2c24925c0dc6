"""The shop's cards and facet lists are written by Python (``cards_html``, ``facets_html`` of
publish/plugins/pricelens_shop.py) in place of Jinja loops, for speed: they must give exactly
the HTML the Jinja templates gave, kept here as the reference, on cards and facets that take
every branch (no price, another currency, no image, images off, one shop, escaping, a chosen
facet, counts with thousands)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from jinja2 import Environment

from publish import humanize

ROOT = Path(__file__).resolve().parents[1]

CARDS = """{# product cards: cards (list of dicts from publish/shop.py) #}
<ul class="pl-cards">
{% for c in cards %}
  <li class="pl-card-item{% if not c.in_stock %} pl-out-of-stock{% endif %}">
    <a class="pl-card-link" href="/-/product/{{ c.id }}">
      <span class="pl-card-img">{% if c.image_url and show_images %}<img src="{{ c.image_url }}" alt="" loading="lazy" referrerpolicy="no-referrer" width="96" height="96">{% else %}<span class="pl-noimg" aria-hidden="true">{{ (c.brand or c.title)[:1] }}</span>{% endif %}</span>
      <span class="pl-card-body">
        <span class="pl-card-title">{{ c.title }}</span>
        <span class="pl-card-price">
          {% if c.price_usd is not none %}<strong>{{ c.price_usd|usd }}</strong>{% if c.currency and c.currency != "USD" and c.price is not none %} <span class="pl-local">{{ c.price|money(c.currency) }}</span>{% endif %}{% else %}<strong>no price</strong>{% endif %}
          {% if c.lowest_ever %}<span class="pl-badge pl-badge-low">lowest ever</span>{% endif %}
        </span>
        <span class="pl-card-meta">
          <span class="{{ 'pl-stock-in' if c.in_stock else 'pl-stock-out' }}">{{ "In stock" if c.in_stock else "Out of stock" }}</span>
          · {{ c.retailer_count }} shop{{ "s" if c.retailer_count != 1 }}{% if c.retailer %} · best at {{ c.retailer }}{% endif %}
        </span>
      </span>
    </a>
  </li>
{% endfor %}
</ul>"""

FACETS = """{% for f in facets %}
  <details class="pl-brands pl-facet-{{ f.column }}" open>
    <summary>{{ f.title }}{% if f.chosen %}: {{ f.chosen }}{% endif %}</summary>
    <ul>
    {% if f.chosen %}<li><a href="{{ f.all_href }}">{{ f.everything }}</a></li>{% endif %}
    {% for v in f["values"] %}<li><a href="{{ v.href }}"{% if v.current %} aria-current="true"{% endif %}>{{ v.label }}</a> <span class="pl-count">{{ "{:,}".format(v.count) }}</span></li>{% endfor %}
    </ul>
  </details>
  {% endfor %}"""


def _plugin():
    spec = importlib.util.spec_from_file_location("pricelens_shop_test", ROOT / "publish/plugins/pricelens_shop.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _env() -> Environment:
    env = Environment(autoescape=True)
    env.filters["usd"] = humanize.usd
    env.filters["money"] = humanize.money
    return env


def _card(**changes) -> dict:
    card = {"id": 7, "title": "Samsung 990 Pro 2TB", "brand": "Samsung", "category": "SSD", "retailer_count": 3,
            "offer_count": 4, "in_stock_count": 2, "price_usd": 169.99, "price": 159.5, "currency": "EUR",
            "retailer": "Mega PC", "offer_in_stock": 1, "image_url": "https://shop.example/a.jpg?x=1&y=2",
            "in_stock": True, "lowest_ever": True}
    card.update(changes)
    return card


CASES = [
    _card(),
    _card(currency="USD", lowest_ever=False),
    _card(price_usd=None, price=None, currency=None, in_stock=False, lowest_ever=False),
    _card(price=None),
    _card(image_url=None, brand=None, title="<b>\"Odd\" & 'quoted'</b>", retailer="A&B <shop>", retailer_count=1),
    _card(image_url=None, brand="ünïcode", retailer=None, retailer_count=0, price_usd=1234567.891, currency="LBP",
          price=8654000),
    _card(id=10**12, price_usd=0, lowest_ever=False, in_stock=False),
]


def test_cards_html_is_what_the_jinja_template_gave():
    plugin, env = _plugin(), _env()
    env.globals["pl_cards_html"] = plugin.cards_html
    now = env.from_string((ROOT / "publish/templates/_cards.html").read_text())  # the template calling cards_html
    for show_images in (True, False):
        for cards in ([], CASES[:1], CASES):
            expected = env.from_string(CARDS).render(cards=cards, show_images=show_images)
            assert now.render(cards=cards, show_images=show_images) == expected


def test_facets_html_is_what_the_jinja_template_gave():
    plugin, env = _plugin(), _env()
    state = {"brand": "A&B", "seed_type": None, "breeder": None, "in_stock": True, "sort": "price"}
    found = {"brands": [{"name": "A&B", "count": 1234}, {"name": "<Zed>", "count": 1}],
             "seed_types": [{"name": "feminised", "count": 12_345_678}, {"name": "odd \"type\"", "count": 0}],
             "breeders": [{"name": "Dutch Passion", "count": 5}]}
    for chosen in (state, {**state, "brand": None}, {**state, "seed_type": "feminised", "brand": None}):
        facets = plugin.facet_lists(found, "/-/category/Seeds", chosen)
        assert facets
        expected = env.from_string(FACETS).render(facets=facets)
        assert str(plugin.facets_html(facets)) == expected
    assert str(plugin.facets_html([])) == env.from_string(FACETS).render(facets=[])
