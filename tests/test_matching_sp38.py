"""Session 38 (sp38): the matcher's cold batch made faster with every decision the same.  Each search now
asked only where a literal that every one of its matches holds stands (or rewritten led by literals) answers as
the pattern alone did, on real-looking titles and near misses; the readers behind them still join and part the
pairs they did (every pair asked both ways round through the pair path and the batch path, ``tests.pair_checks``)."""

import pytest

from crawler.matching import dg37, fxold37, lb37, mends35, raw_facets, setups, sizing, sport32, titles
from tests.pair_checks import pair_tests

SAME = [
    # AMD's short code read as the family (``lb37.chip_read``), a revision both print (``fxold37``)
    ("Lenovo LOQ R7-7435HS/16G/512G/RTX4060", "Lenovo LOQ Ryzen 7 7435HS 16GB 512GB RTX 4060"),
    ("ASUS ROG Strix B550-F Gaming WiFi II", "ASUS Strix B550-F Gaming WiFi II ATX AM4"),
    ("Sony ZV-E10 Mirrorless Camera (no lens)", "Sony ZV-E10 Mirrorless Camera without lens"),
    # a tri-colour cartridge named two ways, one tyre's mark (``mends35``)
    ("HP 305XL Tri-colour", "HP 305XL Druckerpatrone dreifarbig (3YM63AE)"),
    ("Pirelli P Zero 245/40 R19 98Y XL MO", "Pirelli P Zero 245/40ZR19 98Y XL (MO) Sommerreifen"),
    # a battery platform's words (``dg37.HINT``)
    ("Makita BL1850B 18V 5,0Ah Li-Ion Akku", "Makita 18V 5.0Ah LXT Battery BL1850B"),
]

DIFFERENT = [
    ("Lenovo LOQ R7-7435HS/16G/512G/RTX4060", "Lenovo LOQ Ryzen 7 7435H 16GB 512GB RTX 4060"),
    ("ASUS ROG Strix B550-F Gaming WiFi II", "ASUS Strix B550-F Gaming WiFi"),
    ("Sony ZV-E10 Mirrorless Camera (no lens)", "Sony ZV-E10 Mirrorless Camera with 16-50mm"),
    ("HP 250 G9 i5-1235U/8G/512G/MX550 2G", "HP 250 G9 i5-1235U 8GB 512GB Intel Iris Xe"),
    ("HP 305XL Tri-colour", "HP 305XL Schwarz"),
    ("Pirelli P Zero 245/40 R19 98Y XL MO", "Pirelli P Zero 245/40 R19 98Y XL"),
    ("Michelin Pilot Sport 4 255/40 R19 100Y XL AO", "Michelin Pilot Sport 4 255/40 R19 100Y XL MO"),
]

test_sped_up_readers_join_as_before, test_sped_up_readers_part_as_before = pair_tests(
    same=SAME, different=DIFFERENT)


# cleaned (lower-case) titles where a branch of each pattern matches - and near misses where none does
TITLES = [
    "lenovo loq r7-7435hs 16gb", "r5 5500u", "r9  7945hx", "r3-", "r7", "canon eos r7 body", "ryzen 5 7600x",
    "asus strix b550-f gaming wifi ii", "cloud ii", "x iv", "ab iii y", "iii", "wifi ii\n", "ivory", " iv",
    "sony zv-e10 no lens", "without a lens", "body only", "ohne objektiv", "sans objectif", "solo corpo",
    "solo cuerpo", "nur gehause", "boitier nu", "lens hood", "somebody", "objektive", "16-50mm", "16 - 50 mm",
    "55-210 mm", "mm", "5mm", "mx550 2g", "rtx 4060", "gtx1650", "rx 6600m", "rx7600s", "intel iris xe",
    "uhd graphics 620", "integrated graphics", "graphics card", "iris x", "hp 305xl tri colour", "tri-colored",
    "tricolore", "dreifarbig", "3-farbig", "farbige", "trojbarevna", "trojkolorowy", "tricot", "strip", "troja",
    "245/40r19 98y xl mo", "245/40zr19", "2/40r19", "245 40 r19", "hoodie black m", "black, medium", "tee 2xl",
    "shirt x-large", "shirt xl\n", "shirt xl\n\n", "jeans 32 l", "men s m", "s", "m", "", " ", "\n",
    "5 bulbs", "2 lampen", "4\u00a0ampoules", "bulbs", "1 zarowki", "3 lampadine", "2 bombillas", "2 zarovky",
    "10 lampjes", "makpac", "l-boxx", "li-ion", "li - i", "xr 18v", "longlife", "+150%", "duo box", "\u0663 bulbs",
    "12\x1clampen", "red lion", "all", "ah x", "5ah x2", "change", "lxt", "hcb", "lame", "enclume", "aerotwin",
    "i7-12700h/16gb/512gb/rtx4060", "r7-7735hs / 16g / 1tb / rtx4060", "a/b/c", "a / b", "8gb/256gb/ssd",
    "x-1.2/ab+/c-d.e/f", "50/50/50", "ab/cd", "schwalbe 37-622", "x37-622", "(47-559)", "37-6222", "-37-622",
    "3-622", "80-622", "taille m", "gartenschere grosse l", "size: xl", "groesse s", "velikost m", "rozmiar xxl",
    "hardcover", "taschenbuch", "okładka miękka", "audible audiobook", "kindle edition", "brossura", "epub",
    "bondi 8 wide", "990v6 2e", "schmal", "weite", "4e", "narrow fit", "widescreen", "ultra-wide",
    "tamron 28 mm", "abc 12", "abc 123", "ab 12", "size 8 black", "x abc 5\n", "abc  12", "1bc 12", "\u00e9t\u00e9 12",
    "5kva/4kw", "12v/100ah", "12 v - 24 v", "500w-1000w", "5 wh/ 10", "ups 1500va/900w", "h/2", "v\t-3",
]

# glued tokens ``titles.is_unit_token`` reads (a number and one unit) and near misses
TOKENS = ["128gb", "6oz", "4ks", "1.5l", "12.25kg", "0mm", "\u0663gb", "1.gb", "12gb\n", "12gb\n\n", "12gb ", "gb",
          "12", "12g", "1y", "2023x", "7700x", "12.5", "1.5.5gb", "12gbs", "12gigabytes", "x12gb", "", "\n", "5\nmm"]

CHECKS = [
    ("dg37.HINT", lambda s: bool(dg37.HINT(s)), lambda s: bool(dg37.HINT_ANY(s))),
    ("revision", lambda s: (" ii" in s or " iv" in s) or fxold37._REVISION.search(s) is None,
     lambda s: True),
    ("cpu", fxold37._cpu_codes, lambda s: {m.group(1): m.group(2) for m in fxold37._CPU.finditer(s)}),
    ("no_lens", fxold37._no_lens, lambda s: fxold37._NO_LENS.search(s) is not None),
    ("zoom", fxold37._zoom, lambda s: fxold37._ZOOM.search(s) is not None),
    ("discrete", fxold37._discrete, lambda s: fxold37._DISCRETE.search(s) is not None),
    ("integrated", fxold37._integrated, lambda s: fxold37._INTEGRATED.search(s) is not None),
    ("chip_read", lb37.chip_read, lambda s: lb37._RYZEN.sub(r"ryzen \1 \2", s)),
    ("tri", mends35._tri, lambda s: mends35._TRI(s) is not None),
    ("tyre", lambda s: "/" in s or mends35._TYRE_SIZE(s) is None, lambda s: True),
    ("closing_letter", lambda s: s.rstrip("\n")[-1:] in sizing._SIZE_LAST or sizing._CLOSING_LETTER(s) is None,
     lambda s: True),
    ("slash_run", lambda s: [m.span() for m in lb37._SLASH_RUN.finditer(s)],
     lambda s: [m.span() for m in lb37._SLASH_RUN_ANY.finditer(s)]),
    ("slash_specs", lb37.slash_specs, lambda s: lb37._SLASH_RUN_ANY.sub(lb37._slash_run_repl, s)),
    ("etrto", lambda s: bool(mends35._ETRTO_HINT(s)), lambda s: bool(mends35._ETRTO_HINT_ANY(s))),
    ("size_label", lambda s: dg37._LABELLED.search(s) is None or any(
        w in s for w in "size taille talla taglia maat rozmiar grosse groesse velikost misura".split()), lambda s: True),
    ("number_after", lambda s: bool(setups._NUMBER_AFTER_HINT(s)), lambda s: bool(setups._NUMBER_AFTER_HINT_ANY(s))),
    ("binding", lambda s: bool(raw_facets._BINDING_HINT(s)), lambda s: bool(raw_facets._BINDING_HINT_ANY(s))),
    ("width", sport32.widths_of_text,
     lambda s: frozenset() if not s or sport32._WIDTH_HINT(s) is None else sport32._widths(sport32._TEXT_WORDS(s))),
    ("power_pair", lambda s: titles._POWER_PAIR_HINT(s) is None or titles._POWER_PAIR_SEP(s) is not None,
     lambda s: True),
]


@pytest.mark.parametrize("name,new,old", CHECKS, ids=[c[0] for c in CHECKS])
def test_prechecked_search_answers_as_the_pattern(name, new, old):
    for t in TITLES + [t.upper() for t in TITLES] + [t + " x" for t in TITLES] + ["a " + t for t in TITLES]:
        assert new(t) == old(t), (name, t)


def test_unit_token_read_as_the_pattern():
    for t in TOKENS + [n + u + e for u in sorted(titles._UNIT_TOKEN_UNITS) for n in ("1", "2.5", "x") for e in ("", "\n", "s")]:
        assert titles.is_unit_token(t) == (titles._UNIT_TOKEN.match(t) is not None and not titles._CPU_X.match(t)), t


def test_titles_cover_each_branch():
    # (a check that the list above exercises the patterns: each matches somewhere, and misses somewhere)
    for pattern in (dg37.HINT_ANY, fxold37._REVISION.search, fxold37._CPU.search, fxold37._NO_LENS.search,
                    fxold37._ZOOM.search, fxold37._DISCRETE.search, fxold37._INTEGRATED.search, lb37._RYZEN.search,
                    mends35._TRI, mends35._TYRE_SIZE, sizing._CLOSING_LETTER, lb37._SLASH_RUN_ANY.search,
                    mends35._ETRTO_HINT_ANY, dg37._LABELLED.search, titles._POWER_PAIR_HINT,
                    setups._NUMBER_AFTER_HINT_ANY, raw_facets._BINDING_HINT_ANY, sport32._WIDTH_HINT):
        hits = [t for t in TITLES if pattern(t)]
        assert hits and len(hits) < len(TITLES)
