"""Session 22, speed: the helpers added to make the cold batch path faster give what the code they
replace gave (no timing is asserted here: ``/work/tools22/speed.py`` measures)."""

import re

from crawler.matching import amounts, formulation, raw_facets, sea_words, titles as T, wordclass
from crawler.matching.features import clear_cache

_TITLES = [
    "Sony Pink Cyber-shot 7.2 Megapixel Digital Camera DSCW120P",
    "Smeg TSF01 2-Slice Toaster Cream",
    "Harry Potter Complete 8-Film Collection Blu-ray",
    "Taylor Swift - 1989 CD",
    "The Office: The Complete Series (Blu-ray)",
    "Michelin Pilot Sport 4 225/45 R17 94Y XL",
    "Continental 205 55 16 91V ContiPremiumContact",
    "Pneu 245/40ZR18 (97Y)",
    "Lavazza Qualità Oro Whole Bean 1kg",
    "Waschmittel Flüssig, 2 x 1,5 l",
    "Schwarzkopf Shampoo 400 ml \u00a0",
    "Blender, Professional-Grade, Four-Slice, 64 oz",
    "Lego City Ages 6+ for Kids 6 to 12 Months",
    "Indomie Goreng isi 40 bungkus 1 dus",
    "Similac số 4 900g",
    "Kopi Kapal Api 3 piraso",
    "Toy Story 4K UHD\n",
    "Vinyl",
    "A vınyl",
    "   ",
    "",
    "12345",
    '"Asus ROG G501VW-FW106T i7-6700HQ 8GB 1TB Nvidia GTX960 2GB W10 15.6"@es P541UA-GO1508T i7-7500u',
    '"MSI - B350 TOMAHAWK ATX AM4 Motherboard" Motherboard (B350 TOMAHAWK) PCPartPicker France"',
]


def test_last_word_as_the_end_anchored_search():
    old = re.compile(r"([a-z]+)[^a-z]*$").search
    for t in _TITLES + ["abc", "abc!!", "123", "a b c 9", "x\n", "ünïcode end", "end ü"]:
        low = t.lower()
        m = old(low)
        assert raw_facets.last_word(low) == (m.group(1) if m else None), t
    assert raw_facets.last_word("smeg 2-slice toaster cream") == "cream"
    assert raw_facets.last_word("ssd 2tb (black)") == "black"
    assert raw_facets.last_word("2024 / 12") is None


def test_closing_media_as_the_search():
    for t in _TITLES + ["Film BLU-RAY", "Album VINYL  ", "Series dvd", "Game Ultra HD", "Kit cd\t", "x hd"]:
        m, n = raw_facets._CLOSING_MEDIA(t), raw_facets._closing_media(t)
        assert (m and m.group(0)) == (n and n.group(0)), t
    assert raw_facets._closing_media("Taylor Swift - 1989 CD").group(0) == "CD"
    assert raw_facets._closing_media("DVD Player") is None


def test_tyre_hint_as_the_digits_first_pattern():
    old = re.compile(r"\d{3}[/ ]\d{2}").search
    for t in _TITLES + ["225/65r17", "205 55 16", "12/34", "1234/5", "a 999 99", "٢٢٥/٦٥"]:
        for s in (t, t.lower(), T.clean(t)):
            assert bool(raw_facets.TYRE_HINT(s)) == bool(old(s)), s


def test_sea_count_gate_keeps_every_change():
    cases = {
        "indomie goreng isi 40": "indomie goreng 40 pcs",
        "kopi 3 piraso": "kopi 3 pcs",
        "similac so 4 900g": "similac 4 900g",
        "air mineral 1 dus isi 24": "air mineral dus 24 pcs",
        "samsung galaxy s24 256gb": "samsung galaxy s24 256gb",
        "sony wh-1000xm5 sound": "sony wh-1000xm5 sound",
    }
    for s, want in cases.items():
        assert sea_words.sea_count(s) == want, s


def test_cardinals_gate_keeps_every_change():
    assert amounts.cardinals_counted("four-slice toaster") == "4 slice toaster"
    assert amounts.cardinals_counted("twelve cup coffee maker") == "twelve cup coffee maker"
    assert amounts.cardinals_counted("ten speed blender") == "10 speed blender"
    assert amounts.cardinals_counted("content extended 3 pieces") == "content extended 3 pieces"
    assert amounts.cardinals_counted("ocean's eleven") == "ocean's eleven"


def test_clean_memo_gives_the_cleaned_text():
    clear_cache()
    for t in _TITLES:
        first = T.clean(t)
        assert T.clean(t) == first == T._UNIT.sub(T._glue_unit, T._clean_pre(t))
        assert T.cleaned_words(t) == tuple(T.words(first))
    assert T.clean(None) == ""
    assert T.clean(42) == T._UNIT.sub(T._glue_unit, T._clean_pre(42))
    assert T.cleaned_words(None) == ()


def test_formulation_context_index_as_every_context():
    for t in _TITLES + ["Colgate Kids Toothpaste 75 ml", "Nivea Men Deo Spray", "Lavazza Ground Coffee 250g",
                        "Dove Body Wash Bundle Set", "Pampers Size 4 Nappies", "Whiskas Cat Food Pouches"]:
        ws = T.words(T.clean(t))
        wset = set(ws)
        want = {("@", d) for d, ctx in formulation._CONTEXTS if not ctx.isdisjoint(wset)}
        idx = formulation._context_index()
        assert {("@", d) for w in wset if w in idx for d in idx[w]} == want, t
        assert {x for x in formulation.formulations(ws) if x[0] == "@" and x[1] != "kit"} >= want


class _Offer:
    def __init__(self, title):
        self.words = T.words(T.clean(title))
        self.title = " ".join(self.words)


def test_runs_and_abbreviations_as_the_loops():
    clear_cache()
    for t in _TITLES + ["Sony Alpha 7 IV Body", "PlayStation 5 Slim", "Z 6II Body", "a b"]:
        p = _Offer(t)
        ws = p.words
        runs = set()
        for i in range(len(ws)):
            acc = ws[i]
            for j in range(i + 1, min(len(ws), i + 3)):
                acc += ws[j]
                runs.add(acc)
        assert wordclass._runs(p) == runs, t
        abbrevs = set()
        for i in range(len(ws) - 1):
            abbrevs.update(wordclass._abbreviations(ws[i], ws[i + 1]))
        assert wordclass._abbrevs(p) == abbrevs, t
    assert "a7" in wordclass._abbrevs(_Offer("Sony Alpha 7 IV Body"))
    assert "ps5" in wordclass._abbrevs(_Offer("PlayStation 5 Slim"))


def test_audience_hint_as_the_substring_tests():
    from crawler.matching import audience

    def old(s):
        if "age" in s or "alter" in s or "eta" in s or "edad" in s or "leeftijd" in s or "kid" in s or "child" in s:
            return True
        return ("+" in s or " year" in s or "yr" in s or " jahr" in s or " ans" in s or " anos" in s
                or " anni" in s or " jaar" in s or " ar" in s or " lat" in s or " let" in s or "yas" in s
                or "vuotta" in s or " ev" in s or "player" in s or "spieler" in s or "joueur" in s
                or "jugador" in s or "giocator" in s or "speler" in s or "spelar" in s or "spiller" in s
                or "gracz" in s or "hrac" in s or "oyuncu" in s) and audience._AUDIENCE_NUM(s) is not None

    for t in _TITLES + ["catan 3-4 players", "ravensburger puzzle 1000 teile ab 12 jahren", "spiel 2-5 spieler",
                        "lego 18+ set", "jeu 2 a 4 joueurs", "3 yas ustu", "puzzle 8 lat", "game 10yrs",
                        "monopoly 2 jugadores", "ssd 1tb", "2 year warranty", "yr 2024"]:
        s = t.lower()
        assert audience._audience_hint(s) == old(s), s
