"""Session 25, speed: per-word memos and word-alone gates give what the readers they stand
for give.

``english_titles.uk_us_spelling`` reads the other country's spellings of a word once per word
(``_uk_us_forms``), ``ml24.slavic_case`` the values of a word's stems (``_slavic_values``),
``lingua.cognate_key`` and ``ml24.skeleton`` are memoised per word, ``office_mobile.may_excuse``
says which words the eight office / mobile readers may excuse at all, and ``titles._clean_pre``
tests the inch's words as substrings before their regex (``_inch_word_named``): each agrees
with the reader as it was, on real-looking titles of several languages, and the memos empty
with ``features.clear_cache`` (a cold run starts cold)."""

from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:  # (run as a script)
    sys.path.insert(0, ROOT)

from crawler.matching import english_titles as E  # noqa: E402
from crawler.matching import lingua as L  # noqa: E402
from crawler.matching import ml24 as M  # noqa: E402
from crawler.matching import office_mobile as O  # noqa: E402
from crawler.matching import titles as T  # noqa: E402
from crawler.matching.features import clear_cache, prepare  # noqa: E402

TITLES = [
    "Deluxe Jewellery Organiser Box with Mirror, Black",
    "Deluxe Jewelry Organizer Box with Mirror Black",
    "Modelling Clay Set 24 Colours for Kids",
    "Modeling Clay Set, 24 Colors",
    "Personalised Photo Calendar 2024 A4",
    "Personalized Photo Calendar 2024",
    "Fibre Optic Cable Toslink 2m",
    "Catalogue Holder Acrylic A4 Centre Display",
    "Szampon przeciwłupieżowy do włosów 400 ml",
    "Šampon proti lupům 400 ml",
    "Krem nawilżający do twarzy z filtrem SPF 30",
    "Шампунь для волос 400 мл",
    "Tablet Samsung Galaxy Tab S9 FE 10,9 Zoll 128 GB",
    "Samsung Galaxy Tab S9 FE 27,7 cm (10.9\") 128GB",
    "Televisor LG OLED 55 pulgadas 4K",
    "LG OLED55C3 55\" 4K Smart TV",
    "Monitor 27 palců Dell P2723DE",
    "Kompletny zestaw multifunkcyjny portabel",
    "Multifunction complete set portable",
    "Apple iPhone 15 128GB Unlocked Dual SIM",
    "Apple iPhone 15 128 GB SIM Free",
    "Anker 65W GaN Charger PD 3A USB-C Port",
    "HP 305 Tri-colour Original Ink Cartridge",
    "HP 305 Colour Ink Cartridge",
    "Tempered Glass Screen Protector Edge to Edge",
    "Glass Elite Screen Protector",
    "Copy Paper A4 80gsm 500 Sheets",
    "Copy Paper A4 80g/m2 500 Sheets",
    "Epson 603XL Combo Multipack 4 Colours",
]


def _uk_us_as_it_was(w: str, p, other) -> bool:
    if len(w) < 6 or not w.isalpha():
        return False
    ow = other.wordset
    for uk, us in E._UK_US_ENDINGS:
        for x, y in ((uk, us), (us, uk)):
            if w.endswith(x) and len(w) - len(x) >= 3 and w[:-len(x)] + y in ow:
                return True
    return False


def _slavic_as_it_was(w: str, p, o):
    if len(w) < M._STEM_MIN + 1 or not w.isalpha() or w[:3] == "cjk":
        return None
    ovals = M._values_of(o)
    if not ovals or M._value(w) is not None:
        return None
    for stem in M._stems(w):
        for r in M._PLAIN_ENDINGS:
            cand = stem + r
            if cand == w:
                continue
            v = M._value(cand)
            if v is not None and v in ovals:
                return 2
    return None


def _offers():
    return [prepare({"title": t}) for t in TITLES]


def _words(ps) -> list:
    out = sorted({w for p in ps for w in p.words})
    # (and the words of the readers' own tables, inflected as Slavic and British titles write them)
    out += ["organiser", "organisers", "centre", "centres", "catalogue", "jewellery", "travelled", "analyse",
            "szamponu", "szamponem", "kremowy", "czarnego", "biala", "bialy", "niebieska", "cerna"]
    return out


def test_uk_us_spelling_as_it_was():
    ps = _offers()
    words = _words(ps)
    n = 0
    for p in ps:
        for o in ps:
            for w in words:
                want = _uk_us_as_it_was(w, p, o)
                assert E.uk_us_spelling(w, p, o) == want, (w, o.title)
                n += want
    assert n > 0  # (some pair of the titles is one word in two spellings)


def test_uk_us_forms():
    assert "organizer" in E._uk_us_forms("organiser")
    assert "center" in E._uk_us_forms("centre")
    assert "catalog" in E._uk_us_forms("catalogue")
    assert "modeling" in E._uk_us_forms("modelling")
    assert E._uk_us_forms("size") == ()  # (the stem before the ending three letters or more)


def test_slavic_case_as_it_was():
    ps = _offers()
    words = _words(ps)
    for p in ps:
        for o in ps:
            for w in words:
                assert M.slavic_case(w, p, o) == _slavic_as_it_was(w, p, o), (w, o.title)


def test_slavic_values_per_word():
    for w in ("szamponu", "czarnego", "kremowy", "biala", "phone"):
        vals = M._slavic_values(w)
        assert isinstance(vals, frozenset)
        assert all(v is not None for v in vals)


def test_cognate_key_and_skeleton_memoised_as_computed():
    for w in ("portabel", "portable", "komplett", "completo", "professionnel", "professional",
              "multifonction", "multifunction", "espaguetis", "spaghetti", "konsol", "console"):
        assert L.cognate_key(w) == L._cognate_key(w)
        assert L.cognate_key(w) == L._cognate_key(w)  # (the memo's value)
    assert M.skeleton("portabel") == M.skeleton("portable")
    assert M.skeleton("komplett") == M.skeleton("completo")


def test_may_excuse_covers_the_office_readers():
    ps = _offers()
    words = _words(ps) + ["5a", "2.4a", "pps", "qc", "twin", "value", "hardened", "120gsm", "sqm"]
    readers2 = (O.edge_phrase, O.sim_wording, O.connector_port, O.charger_spec)
    readers3 = (O.tricolour, O.combo_word, O.material_treatment, O.grammage_written_otherwise)
    fired = 0
    for p in ps:
        for o in ps:
            for w in words:
                any_fires = any(f(w, p) for f in readers2) or any(f(w, p, o) for f in readers3)
                if any_fires:
                    fired += 1
                    assert O.may_excuse(w), w
    assert fired > 0
    for w in ("unlocked", "edge", "ports", "tricolour", "combo", "tempered", "gan", "5a", "80gsm", "m2"):
        assert O.may_excuse(w)
    for w in ("samsung", "galaxy", "cartridge", "paper", "128gb"):
        assert not O.may_excuse(w)


def test_inch_word_named_before_the_regex():
    for t in TITLES + ["27 tommer skjerm", "Monitor 24 duim", "TV 65 pollici", "Laptop 15,6 pouces",
                       "calibration kit", "Zollstock 2 m", "Royal Canin 2 kg"]:
        s = T._latin(t).lower()
        if T._INCH_WORD_HINT(s):
            assert T._inch_word_named(s), t
    assert T._inch_word_named("55 zoll")
    assert not T._inch_word_named("samsung galaxy tab s9 fe 128 gb")
    # (the cleaned titles as before: the inch read in German, Spanish and Czech)
    assert "55inch" in T.clean("Televisor LG OLED 55 pulgadas 4K")
    assert "10.9inch" in T.clean("Tablet Samsung Galaxy Tab S9 FE 10,9 Zoll 128 GB")


def test_memos_cleared_cold():
    E.uk_us_spelling("organiser", *_offers()[:2])
    L.cognate_key("portabel")
    M.skeleton("portabel")
    M._slavic_values("szamponu")
    clear_cache()
    assert all(f.cache_info().currsize == 0
               for f in (E._uk_us_forms, L.cognate_key, M.skeleton, M._slavic_values))
