"""Session 22, ml22a (issue 12): European cross-language pairs - one shop writes the product in
English, the other in German, French, Spanish, Italian, Dutch, Polish, Czech, Portuguese or a
Nordic language.  Each principle is tested with pairs it joins and pairs of two products it must
keep apart."""

from __future__ import annotations

import pytest

from crawler.matching.facets import shades, shades_differ
from crawler.matching.lingua import cognates
from crawler.matching.prepared import prepare
from tests.pair_checks import assert_different, assert_same


# --- a kind named in another language is the same kind ---------------------------------

@pytest.mark.parametrize("a, b", [
    ("Deuter Futura 32 Rucksack Schwarz", "Deuter Futura 32 plecak czarny"),
    ("Osprey Talon 22 ryggsäck svart", "Osprey Talon 22 Backpack Black"),
    ("Makita DHP485Z skruvdragare 18V", "Makita DHP485Z Akku-Schlagbohrschrauber 18V"),
    ("Coleman Darwin 3 Campingzelt", "Coleman Darwin 3 namiot kempingowy"),
    ("Wella Shockwaves Haarspray Ultra Strong 300 ml", "Wella Shockwaves lakier do włosów Ultra Strong 300 ml"),
    ("Wella Shockwaves laque cheveux Ultra Strong 300 ml", "Wella Shockwaves Hairspray Ultra Strong 300ml"),
    ("Einhell Werkzeugkoffer 44 cm", "Einhell caja de herramientas 44 cm"),
    ("Garmin Fenix 7 multisporthorloge", "Garmin Fenix 7"),
    ("Remington Volume & Curl AS7051 Warmluftbürste", "Remington Volume & Curl AS7051 brosse soufflante"),
    ("Bioderma Hydrabio Tagespflege 40 ml", "Bioderma Hydrabio soin de jour 40 ml"),
    ("Osram LED Star Classic A60 E27 Glühbirne 806 lm", "Osram LED Star Classic A60 E27 żarówka 806 lm"),
])
def test_a_kind_in_another_language_is_the_same_kind(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # two kinds stay two kinds, whatever the languages
    ("Deuter Futura 32 Rucksack", "Deuter Futura 32 Reisetasche"),
    ("Coleman Darwin 3 Campingzelt", "Coleman Darwin 3 plecak"),
])
def test_two_kinds_in_two_languages_stay_apart(a, b):
    assert_different(a, b)


# --- care words, the sun protection factor, beans, strengthening --------------------------

@pytest.mark.parametrize("a, b", [
    ("La Roche-Posay Anthelios UVMune 400 Fluid LSF 50+ 50 ml", "La Roche-Posay Anthelios UVMune 400 Fluid SPF 50+ 50 ml"),
    ("Vichy Capital Soleil Fluide FPS 50 50 ml", "Vichy Capital Soleil Fluid LSF 50 50 ml"),
    ("Segafredo Intermezzo καφές σε κόκκους 1kg", "Segafredo Intermezzo Kaffeebohnen 1 kg"),
    ("Elseve Fibralogy Shampoo Kräftigung 250 ml", "Elseve Fibralogy shampooing fortifiant 250ml"),
    ("Neutrogena Hydro Boost crème hydratante pot 50ml", "Neutrogena Hydro Boost Feuchtigkeitscreme Tiegel 50 ml"),
])
def test_care_words_in_other_languages(a, b):
    assert_same(a, b)


def test_two_sun_protection_factors_stay_apart():
    assert_different("Vichy Capital Soleil Fluid LSF 30 50 ml", "Vichy Capital Soleil Fluide SPF 50 50 ml")


# --- nickel, a finish named as a colour ---------------------------------------------------

def test_nickel_is_a_colour_in_several_languages():
    assert_same("Dyson V12 Detect Slim Absolute tyčový vysavač žlutý/nikl",
                "Dyson V12 Detect Slim Absolute Vacuum Cleaner Yellow/Nickel")


def test_nickel_against_another_finish_conflicts():
    assert_different("Kwikset Halo 888 Smart Lock, Satin Nickel", "Kwikset Halo 888 Smart Lock, Venetian Bronze")


# --- a shade of a colour: dark vs light ---------------------------------------------------

@pytest.mark.parametrize("title, shade", [
    ("Kinderkraft Neste Grow Beistellbett hellgrau", ("light", "grey")),
    ("Kinderkraft Neste Grow łóżeczko ciemnoszare", ("dark", "grey")),
    ("IKEA GLOSTAD sofa mörkgrå", None),  # (a Nordic compound without a colour word the tables know)
    ("Pull col rond gris foncé", ("dark", "grey")),
    ("Maglione grigio chiaro", ("light", "grey")),
    ("Jersey azul oscuro", ("dark", "blue")),
    ("Fleece jacket dark blue", ("dark", "blue")),
    ("Trui lichtblauw", ("light", "blue")),
])
def test_shades_are_read(title, shade):
    got = shades(prepare({"title": title}).words)
    assert (shade in got) if shade else not got


@pytest.mark.parametrize("a, b", [
    ("Kinderkraft Neste Grow Beistellbett hellgrau", "Kinderkraft Neste Grow łóżeczko dostawne ciemnoszare (Dark Grey)"),
    ("Tommy Hilfiger Polo gris foncé M", "Tommy Hilfiger Poloshirt hellgrau M"),
    ("Levi's 501 Jeans dark blue W32 L32", "Levi's 501 Jeans lichtblauw W32 L32"),
])
def test_two_shades_of_one_colour_conflict(a, b):
    assert_different(a, b)


def test_a_shade_on_one_side_only_is_no_conflict():
    assert not shades_differ(frozenset({("dark", "grey")}), frozenset())
    assert not shades_differ(frozenset({("dark", "grey")}), frozenset({("light", "blue")}))
    assert shades_differ(frozenset({("dark", "grey")}), frozenset({("light", "grey")}))


# --- the number sign of a numbered line -------------------------------------------------

@pytest.mark.parametrize("title", [
    "Barilla Linguine n.13 500g", "Barilla Linguine n°13 500 g", "Barilla Linguine nº 13, 500 g",
    "Barilla Linguine No. 13 500g", "Barilla Linguine no 13 500 g",
])
def test_the_number_sign_is_read_one_way(title):
    ws = prepare({"title": title}).words
    assert "n.13" in ws


@pytest.mark.parametrize("a, b", [
    ("De Cecco Fusilli n.34 500g", "De Cecco Fusilli nº 34, 500 g"),
    ("Pasta Barilla Espaguetis nº 5, 500 g", "Barilla Spaghetti n.5 pasta di semola 500g"),
    ("Olaplex No.3 Hair Perfector 100 ml", "Olaplex N°3 Hair Perfector 100ml"),
    ("Opinel No.8 Stainless Steel Folding Knife", "Opinel N°08 Stainless Steel Folding Knife"),
    ("Barilla Spaghettini Nr. 3 Hartweizengrieß-Nudeln 500g", "Barilla Spaghettini n.3, pasta di semola di grano duro, 500 g"),
])
def test_one_number_in_two_spellings_is_one_product(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Barilla Linguine n.13 500g", "Barilla Linguine n°7 500 g"),
    ("De Cecco Penne Rigate n.41 500g", "De Cecco Penne Rigate nº 40, 500 g"),
])
def test_two_numbers_of_a_line_conflict(a, b):
    assert_different(a, b)


def test_a_part_number_after_nr_is_left_alone():
    assert "12345" in prepare({"title": "Bosch Ersatzteil Nr. 12345"}).words
    assert "508" in prepare({"title": "Seitenbacher Kakao-Müsli 750g (Nr. 508)"}).words


# --- one word in two languages' spelling at one place ------------------------------------

def test_cognates():
    assert cognates("espaguetis", "spaghetti")
    assert not cognates("spaghettoni", "spaghetti")
    assert not cognates("mousse", "mouse")


# --- Danish / Norwegian "sort" closing a title is black -----------------------------------

@pytest.mark.parametrize("a, b", [
    ("Bose SoundLink Flex højttaler sort", "Bose SoundLink Flex Bluetooth Speaker Black"),
    ("Samsonite Proxis Spinner 69 cm sort", "Samsonite Proxis Spinner 69 cm schwarz"),
])
def test_a_closing_sort_is_black(a, b):
    assert_same(a, b)


def test_a_closing_sort_against_another_colour_conflicts():
    assert_different("Bose SoundLink Flex højttaler sort", "Bose SoundLink Flex Bluetooth Speaker White")


def test_sort_inside_a_title_is_left_alone():
    assert "sort" in prepare({"title": "Ga-Jol Original Sort 23 g"}).words
    assert "sort" in prepare({"title": "LEGO Sort & Store box"}).words


# --- the inch in the European languages ---------------------------------------------------

@pytest.mark.parametrize("title, inch", [
    ("Samsung QE55Q60C 55 Zoll QLED", "55inch"), ("Samsung QE55Q60C QLED 55 pollici", "55inch"),
    ("Lenovo IdeaPad 3 15,6 pouces", "15.6inch"), ("Telewizor LG 65 cali", "65inch"),
    ("Monitor Dell 24 palců", "24inch"), ("Stanley caja de herramientas 20 pulgadas", "20inch"),
])
def test_the_inch_in_other_languages(title, inch):
    assert inch in prepare({"title": title}).words


@pytest.mark.parametrize("a, b", [
    ("Stanley FatMax Werkzeugkoffer 24 Zoll", "Stanley FatMax caja de herramientas 24 pulgadas"),
    ("Stanley FatMax Toolbox 24\"", "Stanley FatMax boîte à outils 24 pouces"),
])
def test_one_size_in_inches_in_two_languages(a, b):
    assert_same(a, b)


def test_two_sizes_in_inches_in_two_languages_conflict():
    assert_different("Stanley FatMax Werkzeugkoffer 20 Zoll", "Stanley FatMax caja de herramientas 26 pulgadas")


# --- a regional variant of a model code: letters, three digits, letters ---------------------

def test_a_printed_model_code_against_another_region_conflicts():
    assert_different("Ninja Foodi Dual Zone Heißluftfritteuse 7,6 l AF300EU",
                     {"title": "Ninja Foodi Dual Zone Air Fryer 7.6L", "brand": "Ninja", "mpn": "AF300UK"})
    assert_different("Tefal Easy Fry Precision Heißluftfritteuse EY401DE",
                     {"title": "Tefal Easy Fry Precision Air Fryer", "brand": "Tefal", "mpn": "EY401UK"})


def test_the_same_printed_model_code_is_one_product():
    assert_same("Ninja Foodi Dual Zone frytkownica beztłuszczowa AF300EU 7,6 l",
                {"title": "Ninja Foodi Dual Zone Air Fryer 7.6L", "brand": "Ninja", "mpn": "AF300EU"})


# --- an edition's name and language in two languages ------------------------------------------

def test_an_edition_named_in_another_language_is_the_same_edition():
    assert_same("Cluedo Classique édition française", "Hasbro Gaming Cluedo Classic jeu de société (version FR)")


@pytest.mark.parametrize("a, b", [
    ("Hasbro Cluedo Classic edycja polska", "Hasbro Cluedo Classic Brettspiel deutsche Version"),
    ("Cluedo Classique édition française", "Hasbro Cluedo Classic gra planszowa wersja polska"),
])
def test_two_languages_of_an_edition_stay_apart(a, b):
    assert_different(a, b)


# --- toys, a football, a sparkling-water maker across languages ------------------------------

@pytest.mark.parametrize("a, b", [
    ("Matchbox 9 Autos Geschenkset 1:64", "Matchbox zestaw 9 samochodzików"),
    ("Carrera First Paw Patrol Rennbahn 2,4 m", "Carrera First Paw Patrol tor wyścigowy 2,4 m"),
    ("Derbystar Brillant APS Fußball Größe 5", "Derbystar Brillant APS balón de fútbol talla 5"),
    ("Aarke Carbonator 3 Wassersprudler Edelstahl", "Aarke Carbonator 3 Sparkling Water Maker Stainless Steel"),
])
def test_toys_and_household_kinds_across_languages(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Matchbox 9 Autos Geschenkset", "Matchbox zestaw 20 samochodzików"),
    ("Derbystar Brillant APS Fußball Größe 5", "Derbystar Brillant APS balón de fútbol talla 4"),
])
def test_another_count_or_size_stays_apart(a, b):
    assert_different(a, b)


# --- a tool sold alone or with its batteries, in Polish, Italian, Dutch ------------------------

@pytest.mark.parametrize("a, b", [
    ("Makita DGA504Z Akku-Winkelschleifer solo", "Makita DGA504Z szlifierka kątowa 18V bez akumulatora"),
    ("Bosch GWS 18V-10 Akku-Winkelschleifer solo", "Bosch GWS 18V-10 smerigliatrice angolare 18V senza batteria"),
])
def test_the_bare_tool_in_two_languages_is_one_product(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Makita DGA504Z Akku-Winkelschleifer solo", "Makita DGA504Z szlifierka kątowa 18V z akumulatorem i ładowarką"),
    ("Makita DGA504 Akku-Winkelschleifer solo", "Makita DGA504 szlifierka kątowa 18V, 2 akumulatory, ładowarka"),
    ("Bosch GWS 18V-10 smerigliatrice angolare senza batteria", "Bosch GWS 18V-10 smerigliatrice con 2 batterie"),
])
def test_the_bare_tool_against_a_kit_stays_apart(a, b):
    assert_different(a, b)


# --- a colour one side only, closing the title of a ball, a backpack, a tent ---------------------

@pytest.mark.parametrize("a, b", [
    ("Select Brillant Super Fußball Größe 5 weiß", "Select Brillant Super balón de fútbol talla 5"),
    ("Deuter Futura 32 Rucksack schwarz", "Deuter Futura 32 plecak"),
])
def test_a_closing_colour_on_one_side_of_a_ball_or_a_bag(a, b):
    assert_same(a, b)


def test_two_colours_of_a_ball_conflict():
    assert_different("Select Brillant Super Fußball Größe 5 weiß", "Select Brillant Super balón de fútbol talla 5 amarillo")
