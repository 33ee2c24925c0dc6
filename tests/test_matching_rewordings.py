"""Two shops writing one product otherwise (``crawler.matching.wordclass``,
the "syn" vocabulary and ``wordclass.rewording``), on retail-style titles in
English, German, French, Spanish, Italian and Czech:

* recall - a long marketplace title's description after the word naming
  the product's kind, a licence or subscription term, a unit written out, a plural, an
  ordinal, an acronym, a roman numeral, the default edition, a maker beside
  its line, a platform list, a spec or marketing word the other title leaves
  out, a category word or a translation on one side only is no disagreement;
* precision - two specs of one dimension (alkaline / lithium, liquid /
  powder, men / women, internal / external), two editions, an accessory or a
  form word on one side only still tell two products apart.
"""

from __future__ import annotations

from crawler.matching import wordclass as W
from crawler.matching.facets import tier_differs
from crawler.matching.features import complete, prepare
from tests.pair_checks import pair_tests


def _p(title: str):
    return complete(prepare({"title": title}))


# ---------------------------------------------------------------- recall
SAME = [
    # licence / subscription filler, a term written as days or months
    ("Bitdefender Total Security 5 Devices 1 Year", "Bitdefender Total Security | 5 Devices | 12 Months Subscription"),
    ("Adobe Illustrator 1 Year", "Adobe Illustrator | 12-Month Subscription | Download"),
    ("Microsoft 365 Single 1 Jahr", "Microsoft 365 Single 12 Monate Abonnement"),
    # the default edition one shop prints
    ("Elden Ring PS5", "Elden Ring Standard Edition PlayStation 5"),
    ("Diablo IV Xbox Series X", "Diablo IV - Standard Edition - Xbox Series X"),
    # a roman numeral beyond XIII
    ("Final Fantasy XV PS4", "Final Fantasy 15 (PS4)"),
    # a maker beside its line, a publisher's name leading one title
    ("Super Mario Odyssey Switch", "Super Mario Odyssey - Nintendo Switch"),
    ("Grand Theft Auto V PS4", "Rockstar Games Grand Theft Auto V - PS4"),
    # an acronym of the other's words
    ("Call of Duty: Black Ops 6 PS5", "COD Black Ops 6 - PlayStation 5"),
    # platform names written otherwise, a platform list on one side
    ("Adobe Premiere Elements 2024 PC/Mac", "Premiere Elements 2024 for Windows and macOS - Adobe"),
    ("ESET Home Security 3 Devices 1 Year", "ESET Home Security | 3 Devices | 12 Months | PC/Mac/Android"),
    # units written out, plurals, washes in five languages
    ("Gain Original Liquid Laundry Detergent 88 fl oz", "Gain Liquid Laundry Detergent, Original Scent, 88 Fluid Ounces"),
    ("Persil Universal Gel Waschmittel 20 Waschladungen", "Persil Universal Gel Liquid Detergent 20 Washes"),
    ("Skip Lessive Liquide Sensitive 40 Lavages", "Skip Sensitive Liquid Laundry Detergent 40 Washes"),
    ("Ariel Gel Color 30 praní", "Ariel Gel Color 30 Washes"),
    # an ordinal for its number
    ("Apple iPad Air (5th generation) Wi-Fi 64GB Blue", "iPad Air 5 WiFi 64 GB Blue"),
    # a spec the other leaves out, a category word, a marketing word
    ("Varta Longlife AA Batteries 8 Pack", "Varta Longlife AA Alkaline Batteries, 8 Count"),
    ("Jacobs Krönung ganze Bohne 500g", "Jacobs Krönung Whole Beans Coffee 500 g"),
    ("Lavazza Crema e Gusto Ground Coffee 250g", "Lavazza Crema e Gusto Medium Roast Ground Coffee 250 g"),
    ("Souris gaming Razer Basilisk V3", "Razer Basilisk V3 Gaming Mouse"),
    ("Herní klávesnice Logitech G915 TKL", "Logitech G915 TKL Gaming Keyboard"),
    ("Sony WH-1000XM5 Black", "Sony WH-1000XM5 Wireless Noise Cancelling Headphones Black"),
    # a battery size written by its name or its IEC code
    ("Varta Longlife AA Mignon Batterien 8 Stück", "Varta Longlife AA Alkaline Batteries 8 Pack"),
    # an abbreviation of the line word
    ("Bose QuietComfort Earbuds II Black", "Bose QC Earbuds II - Black"),
    # a long marketplace title's description after the word naming its kind
    ("JBL Flip 6 Portable Bluetooth Speaker, Powerful Sound and Deep Bass, IPX7 Waterproof, Blue", "JBL Flip 6 Blue"),
    # a colour written in another language (both titles name the same colour)
    ("Samsung Galaxy S24 256GB Schwarz", "Samsung Galaxy S24 256GB Black"),
    # a translated tier
    ("Microsoft 365 Personnel abonnement 1 an", "Microsoft 365 Personal 12-Month Subscription"),
]


test_rewording_is_the_same_product = pair_tests(same=SAME).same


# ---------------------------------------------------------------- precision
DIFFERENT = [
    # two specs of one dimension
    ("Duracell AA Alkaline Batteries 8 Pack", "Duracell AA Lithium Batteries 8 Pack"),
    ("Persil Universal Liquid Detergent 40 Washes", "Persil Universal Powder Detergent 40 Washes"),
    ("Nivea Men Creme 150 ml", "Nivea Women Creme 150 ml"),
    ("Samsung T7 2TB External SSD", "Samsung 990 EVO 2TB Internal SSD"),
    ("Lavazza Qualità Oro Ground Coffee 250g", "Lavazza Qualità Oro Coffee Beans 250g"),
    ("Lavazza Crema e Gusto Medium Roast Coffee 1kg", "Lavazza Crema e Gusto Dark Roast Coffee 1kg"),
    ("Nivea Creme Tin 250 ml", "Nivea Creme Tube 250 ml"),
    # two editions: only "Standard" is the default
    ("Elden Ring Standard Edition PS5", "Elden Ring Deluxe Edition PS5"),
    ("Kaspersky Standard 3 Devices 1 Year", "Kaspersky Plus 3 Devices 1 Year"),
    # an accessory or a form word on one side only
    ("Energizer AA NiMH Rechargeable Batteries 4 Pack", "Energizer AA NiMH Battery Charger"),
    ("Sharpie Permanent Markers Fine Point Black 12 Count", "Sharpie Retractable Permanent Marker Fine Point Black"),
    # a variant word before the kind word is no description
    ("Garmin Forerunner 245 Music GPS Running Smartwatch, Black", "Garmin Forerunner 245 Black"),
    ("JBL Flip 6 Portable Bluetooth Speaker, Powerful Sound and Deep Bass, IPX7 Waterproof, Blue", "JBL Flip 5 Blue"),
    # a platform list against another platform
    ("Norton 360 Deluxe PC/Mac/Android", "Norton 360 Deluxe for Mac"),
]


test_other_spec_is_another_product = pair_tests(different=DIFFERENT).different


# ---------------------------------------------------------------- word classes
def test_rewording_kinds():
    p, o = _p("Apple iPad mini (6th generation) 64GB"), _p("iPad mini 6 64GB")
    assert W.rewording("6th", p, o) == 2  # an ordinal: written otherwise
    assert W.rewording("generation", p, o) == 2
    p, o = _p("Call of Duty Modern Warfare III"), _p("COD Modern Warfare 3")
    assert W.rewording("cod", o, p) == 2 and W.rewording("duty", p, o) == 2
    p, o = _p("Charmin Ultra Soft 18 Mega Rolls"), _p("Charmin Ultra Soft 18 Mega Roll")
    assert W.rewording("rolls", p, o) == 2
    p, o = _p("Duracell Plus AA Alkaline Batteries"), _p("Duracell Plus AA Batteries")
    assert W.rewording("alkaline", p, o) == 1  # a spec the other leaves out
    p, o = _p("Duracell Plus AA Alkaline Batteries"), _p("Duracell Plus AA Lithium Batteries")
    assert W.rewording("alkaline", p, o) == 0  # another class of the dimension
    p, o = _p("Nintendo Switch Lite Coral"), _p("Switch Lite Coral")
    assert W.rewording("nintendo", p, o) == 1
    p, o = _p("Rockstar Games Red Dead Redemption 2"), _p("Red Dead Redemption 2")
    assert W.rewording("rockstar", p, o) == 1 and W.rewording("games", p, o) == 1
    p, o = _p("Super Mario Bros Wonder"), _p("Mario Bros Wonder")
    assert W.rewording("super", p, o) == 0  # (a leading word that is no maker's)


def test_standard_edition_is_no_tier():
    assert tier_differs(_p("Starfield Standard Edition Xbox Series X"), _p("Starfield Xbox Series X")) == 0.0
    assert tier_differs(_p("Starfield Premium Edition Xbox Series X"), _p("Starfield Xbox Series X")) == 1.0
    # "Standard" naming a product tier, not an edition, is one
    assert W.default_edition_words(_p("Kaspersky Standard 3 Devices")) == frozenset()


def test_syn_vocabulary_is_lower_case_ascii():
    words = set(W.FILLER) | set(W.CATEGORY) | set(W.SYNONYM) | set(W.MARKETING) | set(W._SPEC_OF) | set(W.VARIANT)
    bad = sorted(w for w in words if not (w.isascii() and w == w.lower() and " " not in w))
    assert bad == []
