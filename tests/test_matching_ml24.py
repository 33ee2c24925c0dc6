"""Session 24 (ml24): words one shop writes in its language that the other writes otherwise
(``crawler/matching/ml24.py``) - real-looking titles of shops in several countries, and the near
misses each rule must keep apart."""

import pytest

from crawler.matching import match_method, same_product


def _t(title, **kw):
    return {"title": title, **kw}


# --- a maker's colour name against the colour translated in a Latin title -----------------------

@pytest.mark.parametrize("a,b", [
    ("Xiaomi Redmi Note 13 Pro 8+256GB Midnight Black", "Xiaomi Redmi Note 13 Pro 8GB/256GB Negro"),      # ES
    ("Xiaomi Redmi Note 13 8/256 GB Midnight Black", "Xiaomi Redmi Note 13 8 GB 256 GB Siyah"),          # TR
    ("Xiaomi Redmi Note 13 8/256GB Midnight Black", "Xiaomi Redmi Note 13 8/256GB Černá"),               # CS
    ("Google Pixel 8 128GB Obsidian Black", "Google Pixel 8 128GB Schwarz"),                              # DE
    ("Xiaomi Smart Band 8 Graphite Black", "Xiaomi Smart Band 8 Nero"),                                   # IT
])
def test_maker_colour_name_against_translated_colour(a, b):
    assert same_product(_t(a), _t(b)), match_method(_t(a), _t(b))
    assert same_product(_t(b), _t(a))


@pytest.mark.parametrize("a,b", [
    # two English shades of one colour: two products
    ("Logitech MX Master 3S Wireless Mouse Graphite", "Logitech MX Master 3S for Mac Wireless Mouse Space Grey"),
    # a maker's name against the plain colour in the same language: another shade may be meant
    ("Xiaomi Redmi Note 13 8/256GB Midnight Black", "Xiaomi Redmi Note 13 8/256GB Black"),
    # two colours
    ("Xiaomi Redmi Note 13 8/256GB Midnight Black", "Xiaomi Redmi Note 13 8/256GB Azul"),
])
def test_colour_names_kept_apart(a, b):
    assert not same_product(_t(a), _t(b)), match_method(_t(a), _t(b))


# --- compound words whose parts the other title prints -------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("Marabou Mjölkchoklad 200 g", "Marabou mjölkchokladkaka 200g"),                 # SV: + kaka (a bar)
    ("Fazer Blå Mjölkchoklad 200 g", "Fazer Blå mjölkchokladkaka 200g"),                         # SV
])
def test_compound_written_apart(a, b):
    assert same_product(_t(a), _t(b)), match_method(_t(a), _t(b))


def test_compound_with_an_unread_part_stays_a_word():
    # "Kinder" (who it is for) is no part the tables read: the compound names another product
    a, b = _t("Elmex Kinderzahnpasta 50 ml"), _t("Elmex Zahnpasta 50 ml")
    assert not same_product(a, b), match_method(a, b)


# --- tablets, toothpaste, wall plugs in the shops' languages --------------------------------------

@pytest.mark.parametrize("a,b", [
    ("Finish Quantum Ultimate Pastiglie Lavastoviglie, 60 pezzi", "Finish Quantum Ultimate 60 tabs lavastoviglie"),  # IT
    ("Finish Quantum Ultimate pastillas lavavajillas 60 uds", "Finish Quantum Ultimate 60 tabs lavavajillas"),       # ES
    ("Pasta dentífrica Colgate Total Original 75ml", "Colgate Total Original pasta de dientes 75 ml"),              # ES
    ("fischer Dübel SX Plus 6 x 30, 100 Stück", "fischer SX Plus 6x30 Wall Plugs, Pack of 100"),                   # DE / EN
    ("Heinz Tomaten Ketchup 500 ml Flasche", "Heinz Tomato Ketchup 500ml Squeeze Bottle"),                         # DE / EN
])
def test_lexicon_words(a, b):
    assert same_product(_t(a), _t(b)), match_method(_t(a), _t(b))


def test_tablets_of_two_lines_stay_apart():
    a = _t("Finish Quantum Ultimate Pastiglie Lavastoviglie, 60 pezzi")
    b = _t("Finish Quantum All in 1 60 tabs lavastoviglie")
    assert not same_product(a, b), match_method(a, b)


# --- one word in two languages' spelling, read by its consonants ----------------------------------

def test_cognate_by_consonants():
    from crawler.matching import ml24

    assert ml24.skeleton("portabel") == ml24.skeleton("portable")
    assert ml24.skeleton("komplett") == ml24.skeleton("completo")
    assert ml24.skeleton("professionnel") == ml24.skeleton("professional")
    assert ml24.skeleton("portable") != ml24.skeleton("potable")


@pytest.mark.parametrize("a,b", [
    ("Tefal Ingenio Multifonction 5 pièces", "Tefal Ingenio Multifunction 5 pièces"),
    ("Prismacolor Premier Colored Pencils, Soft Core, 72 Pack", "Prismacolor Premier Soft Core Coloured Pencils Set of 72"),
])
def test_one_word_two_spellings(a, b):
    assert same_product(_t(a), _t(b)), match_method(_t(a), _t(b))


def test_one_word_doubled_is_no_cognate():
    from crawler.matching import ml24
    from crawler.matching.prepared import complete, prepare_light

    # one word with a letter doubled is another word within one language (dessert / desert)
    p = complete(prepare_light({"title": "Bonne Maman Dessert Creme 4x100g"}))
    o = complete(prepare_light({"title": "Bonne Maman Desert Creme 4x100g"}))
    assert ml24.cognate_by_consonants("dessert", p, o) is None


# --- a Japanese or Korean word spaced otherwise ---------------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("ウイルスバスター クラウド 3年版 ダウンロード", "ウイルスバスタークラウド 3年版 ダウンロード"),
    ("오뚜기 카레 약간 매운맛 1kg", "오뚜기 카레 약간매운맛 1kg"),
])
def test_spaced_otherwise(a, b):
    assert same_product(_t(a), _t(b)), match_method(_t(a), _t(b))


def test_a_longer_native_word_is_still_a_word_the_other_lacks():
    # "아주매운맛" (very spicy) holds "매운맛" (spicy): the other title lacks "아주"
    a, b = _t("오뚜기 카레 매운맛 1kg"), _t("오뚜기 카레 아주매운맛 1kg")
    assert not same_product(a, b), match_method(a, b)


# --- a word of the tables with a Slavic case or adjective ending ----------------------------------

@pytest.mark.parametrize("a,b", [
    ("Czekolada mleczna Milka Alpine Milk 100 g", "Шоколад Milka молочный Alpine Milk 100 г"),        # PL / RU
    ("Milka Alpine Milk čokoláda z mléka 100 g", "Milka Alpine Milk Milk Chocolate 100g"),            # CS / EN
    ("Czekolada Wedel mleczna 100 g", "Wedel Milk Chocolate 100 g"),                                   # PL / EN
])
def test_slavic_case_of_a_table_word(a, b):
    assert same_product(_t(a), _t(b)), match_method(_t(a), _t(b))


def test_slavic_stems():
    from crawler.matching import ml24

    stems = set(ml24._stems("mleczna"))
    assert "mlek" in stems  # (cz / k: mleczna from mleko)
    assert "mlek" in set(ml24._stems("mleka"))


def test_slavic_case_names_only_what_the_other_prints():
    # "mleczna" (milk) against a dark chocolate: the other title names no milk - no word excused
    a, b = _t("Czekolada mleczna Wedel 100 g"), _t("Wedel Dark Chocolate 100 g")
    assert not same_product(a, b), match_method(a, b)


# --- a tier or variant word spelled in Devanagari -------------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("Tata Tea Premium 1 kg", "टाटा टी प्रीमियम 1 किलो"),
    ("Bosch GSB 500 RE Professional Impact Drill Kit", "बॉश GSB 500 RE प्रोफेशनल इम्पैक्ट ड्रिल किट"),
])
def test_tier_spelled_in_devanagari(a, b):
    assert same_product(_t(a), _t(b)), match_method(_t(a), _t(b))
    assert same_product(_t(b), _t(a))


@pytest.mark.parametrize("a,b", [
    ("Tata Tea Gold 1 kg", "टाटा टी प्रीमियम 1 किलो"),                      # two tiers
    ("Bosch GSB 500 RE Impact Drill Kit", "बॉश GSB 500 RE प्रोफेशनल इम्पैक्ट ड्रिल किट"),  # one side only
])
def test_tier_in_devanagari_still_compared(a, b):
    assert not same_product(_t(a), _t(b)), match_method(_t(a), _t(b))


# --- the market or language edition a title names -------------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("Apple iPhone 15 Pro Max 256GB Natural Titanium (Middle East Version)",
     "ابل ايفون 15 برو ماكس 256 جيجابايت تيتانيوم طبيعي"),
    ("The Legend of Zelda: Tears of the Kingdom - Nintendo Switch",
     "Zelda Tears of the Kingdom (Switch) versione italiana"),
])
def test_market_version_on_one_side(a, b):
    assert same_product(_t(a), _t(b)), match_method(_t(a), _t(b))


def test_two_language_editions_stay_apart():
    a = _t("The Legend of Zelda: Tears of the Kingdom (versione italiana)")
    b = _t("The Legend of Zelda: Tears of the Kingdom (English Version)")
    assert not same_product(a, b), match_method(a, b)


# --- the main unit a Japanese shop names; a nationality against a title in that language ---------

@pytest.mark.parametrize("a,b", [
    ("ニンテンドースイッチライト 本体 ブルー", "Nintendo Switch Lite ブルー"),
    ("任天堂 ニンテンドースイッチライト 本体 Turquoise", "Nintendo Switch Lite ターコイズ"),
])
def test_main_unit_is_the_default(a, b):
    assert same_product(_t(a), _t(b)), match_method(_t(a), _t(b))


def test_a_camera_body_is_no_main_unit():
    from crawler.matching import ml24
    from crawler.matching.prepared import complete, prepare_light

    p = complete(prepare_light({"title": "Canon EOS R6 Mark II ボディ"}))
    o = complete(prepare_light({"title": "Canon EOS R6 Mark II RF24-105 レンズキット"}))
    assert ml24.main_unit("body", p, o) is None


def test_nation_read_from_the_letters_of_its_language():
    from crawler.matching import ml24
    from crawler.matching.prepared import complete, prepare_light

    tr = complete(prepare_light({"title": "Çaykur Rize Turist Çayı 1000 g"}))
    en = complete(prepare_light({"title": "Caykur Rize Turist Turkish Black Tea 1kg"}))
    pl = complete(prepare_light({"title": "Herbata czarna Saga 100 torebek"}))
    assert ml24.nation_in_language("turkish", en, tr) == 1
    assert ml24.nation_in_language("turkish", en, pl) is None  # (no Turkish letter there)


# --- a short brand leading a Latin title, in Arabic or Hebrew letters -----------------------------

def test_short_brand_leading_the_title():
    a, b = _t("Sohat Natural Mineral Water 1.5L x 6"), _t("مياه صحة 1.5 لتر - 6 عبوات")
    assert same_product(a, b), match_method(a, b)


def test_short_skeleton_elsewhere_names_nothing():
    from crawler.matching import ml24
    from crawler.matching.prepared import complete, prepare_light

    # the Latin word is not the brand leading its title: two consonants name too many words
    p = complete(prepare_light({"title": "Natural Mineral Water Sohat 1.5L x 6"}))
    o = complete(prepare_light({"title": "مياه صحة 1.5 لتر - 6 عبوات"}))
    assert ml24.lead_name_in_script("sohat", p, o) is None
