"""Session 25, dedupe25: one reader where the matcher had two (or three) of one concept."""
import pytest

from crawler.matching import raw_facets as R
from crawler.matching import match_method, same_product


# --------------------------------------------------------------------------
# 1. a bare tool against its kit: one vocabulary (``raw_facets.bare_or_kit``), read by the "bare"
# facet and by ``household24.bare_against_kit``
# --------------------------------------------------------------------------
@pytest.mark.parametrize("title", [
    # the facet's wording before
    "Milwaukee M18 FUEL 1/2 in. Hammer Drill/Driver (Tool-Only)",
    "DeWalt DCD791 Bare Tool",
    "Makita DHP482Z wiertarko-wkrętarka udarowa 18V bez akumulatora",
    "Bosch GSR 18V-55 aparafusadora sem bateria",
    "Akku-Winkelschleifer 18 V solo",
    # household24's wording before
    "Makita DHP482Z perceuse-visseuse à percussion 18V machine seule",
    "Makita DHP484Z 18v Brushless Combi Hammer Drill (Naked)",
    "Makita DF333DZ 12V bez akumulátoru",
    "Makita DHP482Z Taladro Combinado 18V sin cargador",
    "Bosch GSR 18V-55 Professional Solo, Karton",
    "Bosch Akku-Schlagbohrschrauber UniversalImpact 18V-60 Solo",
])
def test_bare_tool_one_vocabulary(title):
    assert R.bare_or_kit(title) is True
    facets = {}
    R.read(facets, title, {}, {})
    assert facets.get(R.BARE) is True


@pytest.mark.parametrize("title, read", [
    # a kit, in both vocabularies' wordings
    ("Einhell TE-CD 18/40 Li BL Kit with 2x 2.0Ah Batteries", False),
    ("Bosch UniversalDrill 18V inkl. 2x 1,5Ah Akku und Ladegerät", False),
    ("Makita DHP482 18V con 2 baterías 3,0Ah, cargador y maletín Makpac", False),
    ("Makita DHP482RTJ 18V avec 2 batteries 5Ah et chargeur Makpac", False),
    ("Ryobi R18PD3-220S ONE+ 18V Combi Drill + 2x 2.0Ah", False),
    # "solo" / "naked" naming a product, no bare tool (household24 read "solo" anywhere)
    ("Melitta Caffeo Solo E950-101 Bean to Cup Coffee Machine, Black", None),
    ("Sharp 20 Litre 800W Solo Microwave - Silver", None),
    ("iosafe solo - 1 tb fireproof waterproof external hard drive", None),
    ("Urban Decay Naked Heat Eyeshadow Palette", None),
])
def test_kit_or_neither(title, read):
    assert R.bare_or_kit(title) is read


@pytest.mark.parametrize("bare, kit", [
    ("Bosch Professional GSR 18V-55 Solo", "Bosch Professional GSR 18V-55 Set mit 2 Akkus 2,0 Ah und Ladegerät"),
    ("Makita DHP482Z Taladro Combinado 18V (sin batería)",
     "Makita DHP482 18V con 2 baterías 3,0Ah, cargador y maletín Makpac"),
    ("Makita DHP482Z ohne Akku", "Makita DHP482RTJ 18V avec 2 batteries 5Ah et chargeur Makpac"),
])
def test_bare_against_kit_is_the_pack_conflict(bare, kit):
    a, b = {"title": bare, "brand": bare.split()[0]}, {"title": kit, "brand": kit.split()[0]}
    assert not same_product(a, b)
    assert match_method(a, b)[0] == "conflict:pack"


# --------------------------------------------------------------------------
# 2. a game's add-on pass: one pattern (``facets._ADDON_PASS``); ``learned24`` adds "DLC" to it
# --------------------------------------------------------------------------
from crawler.matching import facets as F  # noqa: E402
from crawler.matching import learned24 as L  # noqa: E402
from crawler.matching.prepared import prepare  # noqa: E402
from crawler.matching.titles import clean  # noqa: E402


@pytest.mark.parametrize("title", [
    "Mario Kart 8 Deluxe Booster Course Pass (Nintendo Switch)",
    "Call of Duty Modern Warfare III Battle Pass Bundle",          # (learned24's before)
    "Fortnite Event Pass PS5",                                      # (learned24's before)
    "Mario Kart 8 Deluxe - Pass circuits additionnels",             # (learned24's before)
    "Hogwarts Legacy Erweiterungspass PC",
    "Assassin's Creed Valhalla pass saison Xbox",
    "Mario Kart 8 Deluxe Pase de pistas extras",
    "Tekken 8 pass stagionale PS5",
])
def test_addon_pass_one_pattern(title):
    assert F._addon_pass(clean(title))
    assert L._addon(prepare({"title": title}))


@pytest.mark.parametrize("title", [
    "Cyberpunk 2077 Phantom Liberty DLC PC",
    "Elden Ring Shadow of the Erdtree Downloadable Content PS5",
])
def test_dlc_is_the_learned_stage_own_part(title):
    assert not F._addon_pass(clean(title))  # (a DLC may be named as its game is: ``_addon_differs``)
    assert L._addon(prepare({"title": title}))


def test_a_pass_sold_with_its_game_is_no_facet_pass():
    assert not F._addon_pass(clean("Assassin's Creed Valhalla Gold Edition incl. Season Pass"))


# --------------------------------------------------------------------------
# 10. one limit of a title's length: the pipeline's and the matcher's (``crawler.fields.MAX_TITLE_LENGTH``)
# --------------------------------------------------------------------------
def test_the_pipeline_and_the_matcher_read_one_title_limit():
    from crawler.fields import MAX_TITLE_LENGTH
    from crawler.matching.prepared import title_read
    from pipelines import validate

    assert validate.MAX_TITLE_LENGTH == MAX_TITLE_LENGTH == 600
    at_limit = ("Bosch Professional GSR 18V-55 " * 40)[:MAX_TITLE_LENGTH]
    assert title_read(at_limit) == at_limit
    assert title_read(at_limit + "x") is None  # (the pipeline refuses it: tests/test_pipelines.py)


def test_the_bare_wording_words_are_the_one_vocabulary_s():
    from crawler.matching.wordclass import bare_tool_word

    a = prepare({"title": "Makita DHP482Z perceuse-visseuse à percussion 18V machine seule", "brand": "Makita"})
    b = prepare({"title": "Makita DHP482Z 18V LXT Combi Drill Body Only", "brand": "Makita"})
    assert bare_tool_word("seule", a, b) and bare_tool_word("only", b, a)
