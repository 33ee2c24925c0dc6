"""Words about the offer, not the product (session 36, of36; ``crawler.matching.offer_terms``): a shop's
promise closing a title - delivery, stock, a deal, the listing's freshness, the shop's name - names no
product; a variant word beside it still does."""

from crawler.matching import offer_terms
from crawler.matching.prepared import prepare
from tests.pair_checks import pair_tests

SAME = [
    ("Logitech MX Master 3S Graphite", "Logitech MX Master 3S Graphite | Skladem"),
    ("Bosch GSR 18V-55 Professional cordless drill", "Bosch GSR 18V-55 Professional cordless drill - Free Returns"),
    ("Clorox Disinfecting Wipes Crisp Lemon 75 Count", "Clorox Disinfecting Wipes Crisp Lemon 75 Count - Op voorraad"),
    ("Dyson V15 Detect Absolute", "Dyson V15 Detect Absolute | Envío 24h"),
    ("Logitech MX Master 3S Graphite", "Logitech MX Master 3S Graphite (Newest Model)"),
    ("Bosch GSR 18V-55 Professional cordless drill", "Bosch GSR 18V-55 Professional cordless drill - Sofort lieferbar"),
    ("Clorox Disinfecting Wipes Crisp Lemon 75 Count", "Clorox Disinfecting Wipes Crisp Lemon 75 Count | Na skladě"),
    ("Clorox Disinfecting Wipes Crisp Lemon 75 Count", "Clorox Disinfecting Wipes Crisp Lemon 75 Count - Dostępny od ręki"),
    ("Dyson V15 Detect Absolute", "Dyson V15 Detect Absolute - Walmart.com"),
    ("Apple 12.9-inch iPad Pro Wi-Fi 256GB - Silver", "Apple - 12.9-Inch iPad Pro (Latest Model) with Wi-Fi 256GB Silver"),
    ("Reynolds Wrap Aluminum Foil, 200 Square Feet", "Reynolds Wrap Standard Aluminum Foil, 200 sq ft - Pack May Vary"),
    ("Lancôme La Vie est Belle Eau de Parfum 50ml", "Lancome La Vie Est Belle EdP 50 ml - Versandkostenfrei"),
]

DIFFERENT = [
    # (a promise beside a variant word excuses the promise only)
    ("Logitech MX Master 3S Graphite | Skladem", "Logitech MX Master 3S Pale Grey"),
    ("Dyson V15 Detect Absolute - Free Delivery Beirut", "Dyson V15 Detect Slim"),
    ("Clorox Disinfecting Wipes Crisp Lemon 75 Count - Op voorraad", "Clorox Disinfecting Wipes Fresh Scent 75 Count"),
    ("Bosch GSR 18V-55 Professional cordless drill (Newest Model)", "Bosch GSR 18V-90 C Professional cordless drill"),
    # (a condition is another offer of the product, whatever promise stands beside it)
    ("Logitech MX Master 3S Graphite", "Logitech MX Master 3S Graphite (Renewed) - Free Shipping"),
    # (a promise's words alone are other words: "Stock" of a stock pot)
    ("Lodge Cast Iron Dutch Oven 6 Quart", "Lodge Cast Iron Stock Pot 6 Quart"),
    # (a word after the promise may be the product's: the closing is no promise then - a condition, a
    # variant; session 36's attacker run)
    ("Apple iPhone 13 128GB Midnight", "Apple iPhone 13 128GB Midnight - In Stock Used"),
    ("Apple iPhone 13 128GB Midnight", "Apple iPhone 13 128GB Midnight - Free Shipping Pro Max"),
    # (a size or width closing the title before the promise is still read: the promise is stripped first)
    ("Champion Reverse Weave Hoodie Grey S | Skladem", "Champion Reverse Weave Hoodie Grey M"),
    ("Asics Gel-Kayano 30", "Asics Gel-Kayano 30 Wide - Doprava zdarma"),
    ("Apple AirPods Pro 2", "Apple AirPods Pro 2 - Free Engraving Pink Edition Case"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_closing_promises_are_stripped_at_the_input():
    assert offer_terms.strip_closing("Logitech MX Master 3S Graphite | Skladem") == "Logitech MX Master 3S Graphite"
    assert offer_terms.strip_closing("Samsung T7 1TB - Titan Gray - Newest Model") == "Samsung T7 1TB - Titan Gray"
    assert offer_terms.strip_closing("Anker 735 | Free Shipping & Returns") == "Anker 735"
    assert offer_terms.strip_closing("Dyson V15 Detect | Envío 24h") == "Dyson V15 Detect"
    # (not a promise alone: a word after it, a bare number, a title of one word before it)
    for t in ("Apple iPhone 13 - In Stock Used", "Dyson V15 - Free Delivery Beirut", "Samsung Galaxy S24 - 256",
              "X - Free Shipping", "Free Shipping"):
        assert offer_terms.strip_closing(t) == t
    assert prepare({"title": "Logitech MX Master 3S Graphite | Skladem"}).rawtitle == "Logitech MX Master 3S Graphite"


def test_promise_words_inside_a_title():
    p = prepare({"title": "Free Delivery Dyson V15"})
    assert offer_terms.promise_words(p) == {"free", "delivery"}
    p = prepare({"title": "Lodge Cast Iron Stock Pot"})
    assert offer_terms.promise_words(p) == frozenset()
    # (a title with no promise's first word is never read)
    assert prepare({"title": "Logitech MX Master 3S"}).promisewords == frozenset()
