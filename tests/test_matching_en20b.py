"""Session 20, en20b (issue 12): English titles of baby, toy and game goods and of kitchen
appliances and cookware (``amounts.ranges_joined``, ``amounts.cardinals_counted``,
``english_titles.game_genre_word``, the session 20 kind block of ``wordclass``).  Each principle
with real-style titles of pairs that have it and near misses that must stay apart."""

from __future__ import annotations

import pytest

from crawler.matching import amounts as A
from crawler.matching import match_method
from tests.pair_checks import assert_different, assert_same


# --- an age or weight range written with a word between its ends is a range -----------------

@pytest.mark.parametrize("raw, read", [
    ("sleep bag 6 to 12 months grey", "sleep bag 6-12 months grey"),
    ("schlafsack 6 bis 12 monate", "schlafsack 6-12 monate"),
    ("gigoteuse de 6 a 12 mois", "gigoteuse de 6-12 mois"),
    ("saco de dormir de 6 a 12 meses", "saco de dormir de 6-12 meses"),
    ("spiworek od 6 do 12 miesiecy", "spiworek od 6-12 miesiecy"),
    ("slaapzak 6 tot 12 maanden", "slaapzak 6-12 maanden"),
    ("pampers grosse 4, 9 bis 14 kg", "pampers grosse 4, 9-14 kg"),
    (" from 6 12 months ", " from 6-12 months "),  # (Russian "от 6 до 12 месяцев" in Latin letters)
    (" with 6 12 months ", " with 6-12 months "),  # (Russian "с 6 до 12 мес")
])
def test_worded_ranges_are_written_as_ranges(raw, read):
    assert A.ranges_joined(raw) == read


@pytest.mark.parametrize("raw", [
    "12 to 6 months",            # (no range: the lower end first)
    "top 10 to 12 inch",         # (not a unit a range is stated in)
    "pack 2 4 kg",               # (two bare numbers without "from" / "with")
    "game for 2 to 4 players",
])
def test_other_number_pairs_are_left(raw):
    assert A.ranges_joined(raw) == raw


@pytest.mark.parametrize("a, b", [
    ("Carter's Sleep Bag 6 to 12 Months Grey", "Carter's Sleep Bag 6 months+ Grey"),
    ("Спальный мешок Carter's от 6 до 12 месяцев", "Спальный мешок Carter's с 6 месяцев"),
    ("Schlafsack Alvi 6 bis 12 Monate", "Schlafsack Alvi ab 6 Monaten"),
])
def test_an_age_range_is_no_unit_conflict_with_its_lower_end(a, b):
    for x, y in ((a, b), (b, a)):
        assert not match_method({"title": x}, {"title": y})[0].startswith("conflict:units")


@pytest.mark.parametrize("a, b", [
    ("Carter's Sleep Bag 6 to 12 Months Grey", "Carter's Sleep Bag 6-12 months Grey"),
    ("Спальный мешок Carter's от 6 до 12 месяцев", "Спальный мешок Carter's 6-12 месяцев"),
])
def test_one_range_written_two_ways_is_one_product(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Carter's Sleep Bag 6 to 12 Months Grey", "Carter's Sleep Bag 12-18 months Grey"),
    ("Pampers Baby-Dry Größe 4, 9 bis 14 kg, 180 Windeln", "Pampers Baby-Dry Größe 5, 11 bis 16 kg, 180 Windeln"),
])
def test_two_ranges_stay_two_products(a, b):
    assert_different(a, b)


# --- a count spelled as its English word before what it counts ------------------------------

@pytest.mark.parametrize("raw, read", [
    ("russell hobbs four-slice toaster", "russell hobbs 4 slice toaster"),
    ("two slice toaster", "2 slice toaster"),
    ("kitchenaid five-speed hand mixer", "kitchenaid 5 speed hand mixer"),
    ("three-piece knife set", "3 piece knife set"),
    ("coleman six-person tent", "coleman 6 person tent"),
])
def test_spelled_counts_are_digits(raw, read):
    assert A.cardinals_counted(raw) == read


@pytest.mark.parametrize("raw", [
    "ocean's eleven dvd", "one piece figure", "three pack of dvd-ram discs", "kit two-pack",
    "five nights at freddy's plush", "twelve days of christmas",
])
def test_spelled_numbers_naming_no_such_count_are_left(raw):
    assert A.cardinals_counted(raw) == raw


@pytest.mark.parametrize("a, b", [
    ("Russell Hobbs Honeycomb Four-Slice Toaster - White", "Russell Hobbs Honeycomb 4 Slice Toaster, White"),
    ("Cuisinart Two-Slice Compact Toaster, Brushed Stainless", "Cuisinart 2-Slice Compact Toaster, Brushed Stainless"),
])
def test_a_spelled_count_is_its_number(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Russell Hobbs Honeycomb Two-Slice Toaster - White", "Russell Hobbs Honeycomb 4 Slice Toaster, White"),
    ("Cuisinart Two-Slice Compact Toaster", "Cuisinart Four-Slice Compact Toaster"),
])
def test_two_spelled_counts_stay_two(a, b):
    assert_different(a, b)


# --- a game's genre beside its kind --------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Pandemic Board Game", "Z-Man Games Pandemic Cooperative Strategy Game"),
    ("Codenames Card Game", "Codenames - Word Party Game"),
    ("Catan Strategy Board Game, 3-4 Players, Ages 10+", "CATAN Board Game (Base Game)"),
    ("UNO Card Game", "Mattel Games UNO Classic Card Game, 2-10 Players"),
    ("Azul Tile Drafting Board Game", "Azul Board Game"),
])
def test_a_games_genre_names_no_other_game(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Pandemic Board Game", "Pandemic Legacy Season 1 Board Game"),
    ("Catan Board Game", "Catan Dice Game"),
    ("Catan Strategy Board Game", "Catan Seafarers Expansion Board Game"),
    ("UNO Classic Card Game", "UNO Flip Card Game"),
    ("Codenames Word Party Game", "Codenames Pictures Party Game"),
])
def test_other_games_of_a_line_stay_apart(a, b):
    assert_different(a, b)


# --- kinds of baby and kitchen goods named two ways ----------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Tommee Tippee Closer to Nature Feeding Bottle 260ml", "Tommee Tippee Closer to Nature Baby Bottle 260ml"),
    ("Enfamil NeuroPro Infant Formula Powder, 31.4 oz Tub", "Enfamil NeuroPro Baby Formula 31.4 Ounce Tub"),
    ("Maxi-Cosi Pebble 360 i-Size Baby Car Seat - Essential Black",
     "Maxi Cosi Pebble 360 i-Size Infant Car Seat Essential Black"),
    ("Tefal Ingenio Emotion 13-Piece Stainless Steel Pan Set", "Tefal Ingenio Emotion 13-Piece Stainless Steel Cookware Set"),
    ("Love to Dream Swaddle Up Sleep Sack 1.0 TOG, Small", "Love to Dream Swaddle Up Sleeping Bag 1.0 TOG, Small"),
])
def test_one_kind_named_two_ways(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Enfamil NeuroPro Infant Formula Powder, 31.4 oz Tub", "Enfamil NeuroPro Toddler Formula 31.4 oz Tub"),
    ("Tefal Ingenio Emotion Stainless Steel Pan Set", "Tefal Ingenio Emotion Stainless Steel Frying Pan"),
    ("Tommee Tippee Closer to Nature Feeding Bottle 260ml", "Tommee Tippee Closer to Nature Feeding Bottle 150ml"),
    ("Maxi-Cosi Pebble 360 Baby Car Seat Essential Black", "Maxi-Cosi Pebble 360 Baby Car Seat Essential Graphite"),
])
def test_other_kinds_and_sizes_stay_apart(a, b):
    assert_different(a, b)


# --- one word in British and American spelling ----------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Play-Doh Modeling Compound 10-Pack Case of Colors", "Play-Doh Modelling Compound 10-Pack Case of Colours"),
    ("Joseph Joseph DrawerStore Cutlery Organiser, Grey", "Joseph Joseph DrawerStore Cutlery Organizer, Gray"),
    ("LEGO City Police Centre 60316", "LEGO City Police Center 60316"),
])
def test_british_and_american_spelling_is_one_word(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Play-Doh Modeling Compound 10-Pack", "Play-Doh Modeling Compound 24-Pack"),
    ("Joseph Joseph Cutlery Organiser, Grey", "Joseph Joseph Utensil Organizer, Grey"),
])
def test_spelling_excuses_no_other_difference(a, b):
    assert_different(a, b)


# --- "Baby" where the other states the age in months; "6M" as months --------------------

@pytest.mark.parametrize("a, b", [
    ("Carter's 5 Pack Short Sleeve Bodysuits White 6 Months", "Carter's Baby 5-Pack Short-Sleeve Bodysuits, White, 6M"),
    ("Bonds Baby Zip Wondersuit Size 000 (0-3 months)", "Bonds Zip Wondersuit Size 000 0-3 months"),
])
def test_baby_beside_an_age_in_months_adds_nothing(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Carter's 5 Pack Short Sleeve Bodysuits White 12 Months", "Carter's Baby 5-Pack Short-Sleeve Bodysuits, White, 6M"),
    ("Carter's 5 Pack Bodysuits White 12 Months", "Carter's 5-Pack Bodysuits, White, 6M"),
    ("Carter's Toddler 5 Pack Bodysuits White 18 Months", "Carter's Baby 5-Pack Bodysuits, White, 18M"),
])
def test_other_ages_and_audiences_stay_apart(a, b):
    assert_different(a, b)


def test_m_ages_against_months():
    assert A.months_as_metres({"dur": frozenset({365.0})}, {"len": frozenset({6000.0})}, ["12months"], ["6m"])
    assert not A.months_as_metres({"dur": frozenset({182.5})}, {"len": frozenset({6000.0})}, ["6months"], ["6m"])
    # (a cable's metres stay metres: a title with a warranty and a length)
    assert not A.months_as_metres({"dur": frozenset({365.0}), "len": frozenset({2000.0})},
                                  {"len": frozenset({2000.0})}, ["2m", "12months"], ["2m"])
    assert not A.months_as_metres({"dur": frozenset({365.0})}, {"len": frozenset({2500.0})}, ["12months"], ["2.5m"])


# --- a baby formula's stage and "From Birth" ------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Aptamil First Infant Milk Stage 1 From Birth 800g", "Aptamil 1 First Infant Milk Powder 800g"),
    ("HiPP Organic Combiotic First Infant Milk Stage 1 800g", "HiPP Organic Combiotic First Infant Milk 1, 800g"),
    ("Milupa Aptamil Pronutra 1 Anfangsmilch ab der Geburt 800g", "Milupa Aptamil Pronutra 1 Anfangsmilch 800g"),
])
def test_a_stage_label_and_from_birth_name_no_other_formula(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Aptamil First Infant Milk Stage 2 800g", "Aptamil 1 First Infant Milk Powder 800g"),
    ("HiPP Organic Combiotic Stage 1 First Infant Milk 800g", "HiPP Organic Combiotic Stage 2 Follow On Milk 800g"),
])
def test_two_stages_stay_two_formulas(a, b):
    assert_different(a, b)


def test_from_birth_is_dropped_as_an_age_note():
    from crawler.matching import titles as T
    assert "birth" not in T.clean("Aptamil First Infant Milk Stage 1 From Birth 800g")
    assert "geburt" not in T.clean("Milupa Aptamil Pronutra 1 ab der Geburt 800g")
    assert "birthday" in T.clean("Hallmark Birthday Card")


# --- a name with a digit between two words is the line's name, no model number -----------

@pytest.mark.parametrize("a, b", [
    ("Graco Extend2Fit Convertible Car Seat, Gotham", "Graco Extend2Fit 3-in-1 Car Seat, Garner"),
])
def test_a_line_named_with_a_digit_is_no_model_evidence(a, b):
    assert_different(a, b)


def test_a_line_named_with_a_digit_still_matches_on_its_words():
    assert_same("Graco Extend2Fit Convertible Car Seat, Gotham", "Graco Extend2Fit Convertible Car Seat Gotham")


# --- a "<use>-grade" quality claim is no tier ------------------------------------------------

def test_grade_claims_are_dropped():
    from crawler.matching.audience import grade_claims_dropped
    assert "professional" not in grade_claims_dropped("vitamix 5200 blender, professional-grade, 64 oz")
    assert "commercial" not in grade_claims_dropped("waring commercial grade blender")
    assert grade_claims_dropped("grade 8 bolts, 3rd grade workbook") == "grade 8 bolts, 3rd grade workbook"


@pytest.mark.parametrize("a, b", [
    ("Vitamix 5200 Standard Blender Black", "Vitamix 5200 Blender, Professional-Grade, 64 oz. Container, Black"),
])
def test_a_grade_claim_is_no_edition_conflict(a, b):
    for x, y in ((a, b), (b, a)):
        assert not match_method({"title": x}, {"title": y})[0].startswith("conflict:edition")


def test_professional_as_a_tier_still_parts():
    assert_different("Vitamix 5200 Standard Blender Black", "Vitamix 5200 Professional Series Blender Black")


# --- the lower end of a weight or age band is no generation number ------------------------

@pytest.mark.parametrize("a, b", [
    ("Huggies Ultimate Nappies Size 3 Crawler (6-11kg) Jumbo Pack 72", "Huggies Ultimate Crawler Nappies Size 3, 72 Pack"),
])
def test_a_band_one_shop_prints_is_no_generation(a, b):
    assert_same(a, b)


def test_a_bare_number_after_a_name_is_still_a_generation():
    assert_different("Huggies Ultimate Nappies Size 3 Crawler 6 Jumbo Pack 72",
                     "Huggies Ultimate Crawler Nappies Size 3, 72 Pack")


# --- a model's scale is a spec ----------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Hot Wheels Set of 20 Toy Cars", "Hot Wheels 20-Car Pack, 1:64 Scale Die-Cast Cars"),
])
def test_a_scale_one_shop_prints_says_nothing_more(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Hot Wheels 20-Car Pack, 1:64 Scale Die-Cast Cars", "Hot Wheels 20-Car Pack, 1:43 Scale Die-Cast Cars"),
    ("Maisto Porsche 911 GT3 1:18 Diecast", "Maisto Porsche 911 GT3 1:24 Diecast"),
])
def test_two_scales_stay_two_models(a, b):
    assert_different(a, b)


# --- review of the decision dump: what must stay as it was ----------------------------------

@pytest.mark.parametrize("a, b", [
    # (a model number in capitals with letters around a digit is no name: wdc-computers test)
    ('"Apple Mac Mini 1.4GHz Intel Core i5 Computer"@en Computer - MGEM2LL/A"@en',
     '"Apple Mac mini 1.4GHz Core i5 (Late 2014) MGEM2LL/A" "Mac | macofalltrades"'),
    ("Dyson Gen5detect Absolute Cordless Vacuum", "Aspirateur balai sans fil Dyson Gen5detect Absolute"),
])
def test_model_numbers_with_letters_around_a_digit_stay_evidence(a, b):
    assert_same(a, b)


def test_a_count_after_a_unit_is_no_lines_number():
    from crawler.matching.features import word_after_number, prepare
    a = prepare({"title": "FRONTLINE Plus Flea and Tick Treatment for Large Dogs 45 to 88 lbs, 3 Treatments"})
    b = prepare({"title": "Frontline Plus for Dogs 45-88 lbs, 3 Doses"})
    assert word_after_number(a, b) == 0.0
    assert word_after_number(prepare({"title": "Garmin Forerunner 245 Music"}),
                             prepare({"title": "Garmin Forerunner 245"})) == 1.0


# --- a number opening a part of its own is no generation --------------------------------

def test_a_count_after_a_separator_is_no_generation():
    assert_same("Melissa & Doug Wooden Shape Sorting Cube Classic Toy",
                "Melissa and Doug Shape Sorting Cube - 12 Wooden Shapes")


def test_a_number_right_after_the_name_is_still_its_generation():
    assert_different("Logitech G Pro X Superlight 2 Wireless Mouse", "Logitech G Pro X Superlight Wireless Mouse")


# --- a pack size's name ----------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Pampers Baby-Dry Size 4, 9-14kg, 180 Nappies, Monthly Pack", "Pampers Baby Dry Nappies Size 4 (9-14 kg) x180"),
    ("Huggies Little Snugglers Size 1, 198 Diapers, Mega Box", "Huggies Little Snugglers Diapers Size 1, 198 Count"),
])
def test_a_pack_size_name_beside_the_count_says_nothing_more(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Pampers Baby-Dry Size 4, 180 Nappies, Monthly Pack", "Pampers Baby-Dry Size 4, 90 Nappies"),
    ("Xbox Game Pass Ultimate Monthly", "Xbox Game Pass Ultimate 3 Month"),
])
def test_other_counts_and_terms_stay_apart(a, b):
    assert_different(a, b)


# --- a game's genre (more genres), a prize claim --------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Dixit Board Game", "Dixit: The Award-Winning Storytelling Board Game"),
    ("Jenga Classic Game", "Jenga Classic Stacking Game"),
])
def test_more_genres_and_prize_claims_name_no_other_game(a, b):
    assert_same(a, b)


# --- construction toys' kind ----------------------------------------------------------------

def test_a_construction_toys_kind_names_no_other_set():
    assert_same("Magna-Tiles Clear Colors 100-Piece Set", "MAGNA-TILES Clear Colours 100 Piece Magnetic Building Set")
    assert_different("Magna-Tiles Clear Colors 100-Piece Set", "MAGNA-TILES Clear Colours 32 Piece Magnetic Building Set")


# --- a supplement's dose count is its pack ---------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Nature Made Vitamin D3 2000 IU (50 mcg), 90 Softgels", "Nature Made Vitamin D3 2000 IU Softgels, 220 ct"),
    ("Centrum Adults Multivitamin Tablets, 200 ct", "Centrum Adults Multivitamin 100 Tablets"),
    ("Olly Women's Multivitamin Gummies, 90 Count", "OLLY Women's Multi Gummy 130 Gummies"),
])
def test_two_dose_counts_are_two_packs(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ("Nature Made Vitamin D3 2000 IU, 90 Softgels", "Nature Made Vitamin D3 2000 IU Softgels, 90 ct"),
    ("Centrum Adults Multivitamin Tablets, 200 ct", "Centrum Adult Multivitamin 200 Tablets"),
])
def test_one_dose_count_written_two_ways(a, b):
    assert_same(a, b)


def test_dose_counts_meet_through_a_multipack():
    assert not A.dose_counts_apart(["advil", "2", "50", "tablets"], ["advil", "100", "count"])
    assert not A.dose_counts_apart(["advil", "50", "tablets", "x", "2"], ["advil", "100count"])
    assert A.dose_counts_apart(["advil", "50", "tablets"], ["advil", "100", "count"])
    # (no dose form named: "ct" against "count" is the pack reader's)
    assert not A.dose_counts_apart(["wipes", "64", "ct"], ["wipes", "768", "count"])


# --- more baby wording: "NB" is Newborn, a trainer cup is a sippy cup ------------------------

@pytest.mark.parametrize("a, b", [
    ("Halo SleepSack Swaddle, 100% Cotton, Cream, Newborn", "HALO Sleepsack Cotton Swaddle - Cream - NB"),
    ("Munchkin Miracle 360 Trainer Cup, 7 Ounce, 2 Pack", "Munchkin Miracle 360 Sippy Cup 7oz 2-Pack"),
])
def test_baby_sizes_and_kinds_named_two_ways(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Halo SleepSack Swaddle, Cream, Newborn", "HALO Sleepsack Swaddle - Cream - Small"),
    ("Munchkin Miracle 360 Trainer Cup, 7 Ounce, 2 Pack", "Munchkin Miracle 360 Sippy Cup 10oz 2-Pack"),
])
def test_other_baby_sizes_stay_apart(a, b):
    assert_different(a, b)


# --- the one-pair and the batch path agree on this file's pairs -------------------------------

_BOTH_PATHS = [
    ("Carter's Sleep Bag 6 to 12 Months Grey", "Carter's Sleep Bag 6 months+ Grey"),
    ("Russell Hobbs Honeycomb Four-Slice Toaster - White", "Russell Hobbs Honeycomb 4 Slice Toaster, White"),
    ("Pandemic Board Game", "Z-Man Games Pandemic Cooperative Strategy Game"),
    ("Monopoly Classic Board Game", "Monopoly Deal Card Game"),
    ("Carter's 5 Pack Bodysuits White 12 Months", "Carter's 5-Pack Bodysuits, White, 6M"),
    ("Graco Extend2Fit Convertible Car Seat, Gotham", "Graco Extend2Fit 3-in-1 Car Seat, Garner"),
    ("Nature Made Vitamin D3 2000 IU (50 mcg), 90 Softgels", "Nature Made Vitamin D3 2000 IU Softgels, 220 ct"),
    ("Hot Wheels Set of 20 Toy Cars", "Hot Wheels 20-Car Pack, 1:64 Scale Die-Cast Cars"),
    ("Vitamix 5200 Standard Blender Black", "Vitamix 5200 Blender, Professional-Grade, 64 oz. Container, Black"),
]


def test_one_pair_and_batch_paths_agree():
    from crawler.matching import match_many
    a = [{"title": x} for x, _ in _BOTH_PATHS] + [{"title": y} for _, y in _BOTH_PATHS]
    b = [{"title": y} for _, y in _BOTH_PATHS] + [{"title": x} for x, _ in _BOTH_PATHS]
    _, same, tiers = match_many(a, b)
    for x, y, s, t in zip(a, b, same, tiers):
        tier, score = match_method(x, y)
        assert bool(s) == (score >= 0.5) and t == tier, (x, y, t, tier)


def test_a_spelled_number_before_pc_is_no_count():
    # "PC" after a spelled number is the computer, not pieces ("pcs" is): a game for the PC
    from crawler.matching import titles as T
    assert "2" not in T.words(T.clean("It Takes Two PC Origin Key"))
    assert "2pcs" in T.words(T.clean("Two pcs Glass Food Container Set"))
