"""Two shops naming one product's kind, delivery and counts in their own
words (``crawler.matching.wordclass``, the "syn3" blocks: ``shop_wording``,
``shop_form`` and the vocabularies beside them), on retail-style titles in
EN, DE, FR, ES, IT, CS, NL and PL:

* recall - a kind named by one word in one title and by a phrase or a
  translation in the other ("Toilet Paper" / "Bath Tissue", "Brosse à dents"
  / "Toothbrush"), a kind on one side only, how a digital good is delivered
  (code, key, email delivery), listing words (NWT, sealed), counts and sizes
  in more languages, a currency whose symbol the cleaning took away, a
  language or region on one side only, an inflected form;
* precision - two kinds (dog food / cat food), two currencies, two languages,
  two regions, electric / manual, front / top loading still tell two
  products apart.
"""

from __future__ import annotations

from crawler.matching import wordclass as W
from crawler.matching.features import complete, prepare
from tests.pair_checks import pair_tests


def _p(title: str):
    return complete(prepare({"title": title}))


SAME = [
    # a kind named by a phrase in one title, a word or another phrase in the other
    ("Cottonelle Clean Care Toilet Paper, 12 Family Rolls", "Cottonelle Clean Care Bath Tissue 12 Family Rolls"),
    ("Scottex Classic Toilet Tissue 16 Rolls", "Scottex Classic Toilet Roll 16 pack"),
    ("Brosse à dents électrique Philips Sonicare ProtectiveClean 4300 HX6800",
     "Philips Sonicare ProtectiveClean 4300 HX6800 Electric Toothbrush"),
    ("Friteuse à air Philips Essential XL HD9270 6,2 L", "Philips Essential XL HD9270 Air Fryer 6.2L"),
    ("Disco duro externo Seagate Expansion 2 TB USB 3.0", "Seagate Expansion 2TB External Hard Drive USB 3.0"),
    # a kind in one language only
    ("Zahnpasta Sensodyne Repair & Protect 75 ml", "Sensodyne Repair & Protect 75ml"),
    ("Pralka Bosch Serie 4 WAN28262PL 8 kg", "Bosch Serie 4 WAN28262PL 8 kg"),
    ("Iams Adult Lamb Dry Dog Food 12 kg", "Iams Adult Lamb 12kg"),
    # digital delivery and plans
    ("Norton 360 Deluxe 5 Devices 1 Year", "Norton 360 Deluxe - 5 Devices - 1 Year - Email Delivery"),
    ("Xbox Live Gold 12 Months", "Xbox Live Gold 12 Months Digital Code"),
    ("Bitdefender Total Security 5 Devices 1 Year", "Bitdefender Total Security 5 Devices 1 Year Key Card"),
    ("Google Play Gift Card 15 EUR", "Google Play Geschenkkarte 15 €"),
    # listing words of a marketplace
    ("Owala FreeSip 24 oz Water Bottle Denim", "Owala FreeSip 24oz Water Bottle Denim NWT sealed"),
    # counts and sizes in more languages
    ("Pieluchy Huggies Extra Care rozmiar 4 60 szt.", "Huggies Extra Care Size 4, 60 Count"),
    ("Ariel Color wasmiddel 30 wasbeurten", "Ariel Color wasmiddel 30 doses"),
    # language on one side only, inflected forms, number signs
    ("Adobe Acrobat Standard 2020 Download", "Adobe Acrobat Standard 2020 - English - Download"),
    ("Dallmayr Prodomo Gemahlener Kaffee 500 g", "Dallmayr Prodomo Ground Coffee 500g"),
    ("Barilla Fusilli No. 98, 500 g", "Barilla Fusilli n.98 500g"),
    # a count after a year is no generation number
    ("Microsoft Office Home & Business 2021 | 1 PC or Mac | ESD", "MS Office Home and Business 2021 Download"),
    # kinds of groceries, a jar, features on one side only
    ("Trolli Saure Glühwürmchen Fruchtgummi 150 g", "Trolli Saure Gluhwurmchen 150g"),
    ("Nestle Nido Lait en poudre 900 g", "Nestle Nido Milk Powder 900g"),
    ("Nescafe Gold Original bote 200 g", "Nescafe Gold Original 200g"),
    ("Garmin Venu 3 GPS Smartwatch Slate", "Garmin Venu 3 Slate"),
    # a claim the shop makes, a dot inside a model's name
    ("Casio G-Shock GA-2100 Rugged Watch Black", "Casio G-Shock GA-2100 Watch Black"),
    ("Focusrite Scarlett Solo Mk.3 USB Audio Interface", "Focusrite Scarlett Solo Mk3 USB Audio Interface"),
    # common kinds in other languages
    ("Wasserkocher Bosch TWK3P420 1,7 l", "Bosch TWK3P420 Kettle 1.7 L"),
    ("Baseus Blade HD Power Bank 20000mAh 100W", "Baseus Blade HD 20000mAh 100W"),
]

DIFFERENT = [
    # two kinds
    ("Purina ONE Adult Chicken Dry Dog Food 2.8 kg", "Purina ONE Adult Chicken Dry Cat Food 2.8 kg"),
    ("Philips Series 3000 Hair Clipper", "Philips Series 3000 Toothbrush"),
    # two currencies, languages, regions
    ("Steam Gift Card 50 EUR", "Steam Gift Card 50 USD"),
    ("Microsoft Office Home & Student 2021 English", "Microsoft Office Home & Student 2021 German"),
    ("PlayStation Store Gift Card 50 US", "PlayStation Store Gift Card 50 UK"),
    # two classes of one spec dimension
    ("Oral-B Pro 3 Electric Toothbrush", "Oral-B Pro 3 Manual Toothbrush"),
    ("Whirlpool FreshCare 8 kg Front Loading Washing Machine", "Whirlpool FreshCare 8 kg Top Loading Washing Machine"),
    ("Pedigree Adult Chicken Dry Dog Food 10 kg", "Pedigree Adult Chicken Wet Dog Food 10 kg"),
    ("Jabra Elite 8 Active Earbuds", "Jabra Elite 8 Active Headphones"),
    # a generation number is still one
    ("Bose QuietComfort Earbuds II", "Bose QuietComfort Earbuds"),
]


test_same_product_written_otherwise = pair_tests(same=SAME).same


test_different_products_stay_apart = pair_tests(different=DIFFERENT).different


def test_kind_phrase_words():
    assert W._phrase_kinds(_p("Charmin Ultra Soft Bath Tissue 18 Rolls")) == {"bath": "toilet paper",
                                                                            "tissue": "toilet paper"}
    # (function words inside a phrase are no kind words)
    assert "a" not in W._phrase_kinds(_p("Brosse a dents Oral-B"))


def test_shop_wording_kinds_and_currencies():
    p, q = _p("Charmin Ultra Soft Toilet Paper 18 Rolls"), _p("Charmin Ultra Soft Bath Tissue 18 Rolls")
    assert W.shop_wording("bath", q, p) == 2  # (the same kind in other words)
    dog, cat = _p("Iams Adult Dog Food 3 kg"), _p("Iams Adult Cat Food 3 kg")
    assert W.shop_wording("dog", dog, cat) == 0
    eur, bare, usd = _p("Steam Gift Card 20 EUR"), _p("Steam Gift Card 20"), _p("Steam Gift Card 20 USD")
    assert W.shop_wording("eur", eur, bare) == 1
    assert W.shop_wording("eur", eur, usd) == 0


def test_shop_form():
    a, b = _p("Lysol Disinfecting Spray 19 oz"), _p("Lysol Disinfectant Spray 19 oz")
    assert W.shop_form("disinfecting", a, b) == 2
    g, e = _p("Jacobs Krönung Gemahlener Kaffee 500 g"), _p("Jacobs Kronung Ground Coffee 500 g")
    assert W.shop_form("gemahlener", g, e) == 2
    n, m = _p("De Cecco Linguine No. 7"), _p("De Cecco Linguine n.8")
    assert W.shop_form("no", n, m) == 0


def test_a_count_of_keys_is_filler_a_line_name_is_not():
    deck, bare = _p("Elgato Stream Deck MK2 - 15 Keys"), _p("Elgato Stream Deck MK.2")
    assert W.shop_wording("keys", deck, bare) == 1
    mx, other = _p("Logitech MX Keys S Keyboard"), _p("Logitech MX Mechanical Keyboard")
    assert W.shop_wording("keys", mx, other) == 0
