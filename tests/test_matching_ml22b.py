"""Session 22 (ml22b): East Asian titles against English ones.

* a katakana or hangul word spelling a foreign phrase without spaces is read by two or three
  Latin words in a row ("コスメデコルテ" = "Cosme Decorte", "리페어세럼"-like compounds), its key
  folding voiced / voiceless consonants, "ng" and an r before a consonant;
* a short katakana or hangul word (a key of one or two consonants) is read only by a Latin word
  of that key, never excused unread ("블러" blur names a line: "블러 파우더" is no "Mineral Powder");
* "SPF50+" is the grade, no "plus" variant; a grade on one side only says nothing the other
  contradicts; "24GB/1TB" is memory and storage.
"""

from crawler.matching import same_product
from crawler.matching import scripts as S
from crawler.matching import titles as T


def _same(a, b):
    return same_product({"title": a}, {"title": b})


# ---- katakana / hangul compounds read by Latin words in a row ----------------------

def test_katakana_compound_read_by_latin_words_in_a_row():
    assert _same("コスメデコルテ リポソーム アドバンスト リペアセラム 50mL",
                 "Cosme Decorte Liposome Advanced Repair Serum 50ml")


def test_hangul_words_read_as_latin_words():
    assert _same("COSRX Advanced Snail 96 Mucin Power Essence 100ml",
                 "코스알엑스 어드밴스드 스네일 96 뮤신 파워 에센스 100ml")
    assert _same("LANEIGE ウォータースリーピングマスク 70ml", "라네즈 워터 슬리핑 마스크 70ml")


def test_compound_is_never_read_by_words_apart_or_by_itself():
    # the romaji of a native word no table reads is no Latin word reading it
    assert not _same("HG 1/144 ガンダムエアリアル", "HG 1/144 ガンダムエアリアル(改修型)")


def test_folded_key_is_not_squeezed_across_a_word():
    # "スキンケアジェル" (skincare gel) is no "skincare": milk vs gel stay apart
    assert not _same("ANESSA Perfect UV Skincare Milk N 60ml", "アネッサ パーフェクトUV スキンケアジェル N 90g")
    assert not S._same_key("sknkr", "sknkgr", 4)


def test_key_folds_voicing_and_r_before_consonant():
    assert S._same_key("dbnsd", "dbnst", 3)      # advanced / アドバンスト
    assert S._same_key("ksmdkt", "ksmdkrt", 4)   # cosmedecorte / コスメデコルテ
    assert not S._same_key("ksm", "kst", 3)


# ---- short words: read, never excused unread ----------------------------------------

def test_short_hangul_word_not_excused_unread():
    assert not _same("Innisfree No-Sebum Mineral Powder 5g", "이니스프리 노세범 블러 파우더 5g")
    assert not _same("Innisfree No-Sebum Mineral Powder 5g", "이니스프리 노세범 블러 파우더 11g")


def test_short_katakana_word_not_excused_unread():
    # "ブラシ"-like short native words name something: a brush is no pen
    assert not _same("MUJI Gel Ink Ballpoint Pen 0.5mm Black", "無印良品 ゲルインク ボールペン ブラシ 0.5mm ブラック")


# ---- SPF grade, memory / storage --------------------------------------------------

def test_spf_plus_is_the_grade():
    assert "plus" not in T.clean("ANESSA Perfect UV Skincare Milk SPF50+ 60ml").split()
    assert "plus" not in T.clean("Biore UV Aqua Rich SPF 50+ 50g").split()
    # a model's "+" is still its plus variant
    assert "plus" in T.clean("Galaxy S23+ 256GB").split()


def test_spf_grade_on_one_side_only():
    assert _same("ANESSA パーフェクトUV スキンケアミルク 60ml 日焼け止め SPF50+",
                 "資生堂 アネッサ パーフェクトUV スキンケアミルク N 60mL")
    assert _same("ANESSA Perfect UV Sunscreen Skincare Milk SPF50+ 60ml", "アネッサ パーフェクトUV スキンケアミルク NA 60mL")
    assert not _same("Biore UV Aqua Rich Watery Essence SPF50+ 50g", "Biore UV Aqua Rich Watery Essence SPF30 50g")


def test_memory_and_terabytes():
    _, u = T.clean_with_units("華碩 ROG Ally X 24GB/1TB 掌機 黑色")
    assert u["cap"] == frozenset({24.0, 1000.0})
    _, u = T.clean_with_units("iPad Pro 16GB+2TB")
    assert u["cap"] == frozenset({16.0, 2000.0})
    # a single-digit number before GB is no storage
    _, u = T.clean_with_units("Kit 2/4GB")
    assert 1000.0 not in u.get("cap", frozenset())


def test_korean_kind_words_read():
    assert _same("Innisfree No-Sebum Mineral Powder 5g", "이니스프리 노세범 미네랄 파우더 5g")
    assert not _same("Innisfree No-Sebum Mineral Powder 5g", "이니스프리 노세범 미네랄 파우더 11g")


# ---- partly read native words, plurals, more kinds -----------------------------------

def test_native_word_holding_a_table_word_is_keyed():
    # "그린티" holds "그린" (green) but its "티" is read by no table word: keyed, read by "Green Tea"
    assert _same("이니스프리 그린티 씨드 세럼 80ml", "innisfree Green Tea Seed Serum 80ml")
    # and unread it is no excused word: another serum line is not this one
    assert not _same("이니스프리 그린티 씨드 세럼 80ml", "innisfree Black Tea Youth Serum 80ml")


def test_latin_plural_reads_a_native_word():
    assert S._singular("capsules") == "capsule"
    assert S._singular("glass") == ""
    assert _same("이니스프리 그린티 씨드 히알루로닉 세럼 80ml", "innisfree Green Tea Seed Hyaluronic Serum 80mL")


def test_food_kind_and_flavour_words():
    assert _same("オリヒロ ぷるんと蒟蒻ゼリー ぶどう 6個", "Orihiro Konjac Jelly Grape 6 pcs")
    assert not _same("オリヒロ ぷるんと蒟蒻ゼリー ぶどう 6個", "Orihiro Konjac Jelly Peach 6 pcs")


def test_mirrorless_camera_is_a_kind():
    assert _same("キヤノン ミラーレス一眼 EOS R6 Mark II ボディ", "Canon EOS R6 Mark II Body")
    assert not _same("キヤノン ミラーレス一眼 EOS R6 Mark II ボディ", "Canon EOS R6 Mark II RF24-105 Lens Kit")


# ---- skin-care forms ---------------------------------------------------------------

def test_skincare_milk_and_gel_are_two_forms():
    assert not _same("ANESSA Perfect UV Skincare Milk N 60ml", "ANESSA Perfect UV Skincare Gel N 90g")
    assert not _same("アネッサ パーフェクトUV スキンケアミルク N 60mL", "アネッサ パーフェクトUV スキンケアジェル N 90g")
    assert not _same("ANESSA Perfect UV Skincare Milk N 60ml", "アネッサ パーフェクトUV スキンケアジェル N 90g")
    assert not _same("Clinique Dramatically Different Moisturizing Lotion+ 125ml",
                     "Clinique Dramatically Different Moisturizing Gel 125ml")
    assert _same("ANESSA Perfect UV Skincare Milk N 60ml", "ANESSA Perfect UV Sunscreen Skincare Milk N 60ml")


def test_gel_outside_skin_care_keeps_its_reading():
    from crawler.matching import formulation as Fm
    assert ("paste", "gel") in Fm.formulations("colgate max fresh gel toothpaste 75ml".split())
    assert ("skin_form", "gel") in Fm.formulations("anessa perfect uv skincare gel 90g".split())


# ---- lexicon: kinds, flavours, parts ------------------------------------------------

def test_chinese_kind_words_read():
    assert _same("DualSense 無線控制器 午夜黑 CFI-ZCT1G01", "Sony DualSense Wireless Controller Midnight Black")
    # two teas of one line are two products, read in either script
    assert not _same("农夫山泉 东方树叶 乌龙茶 500ml*15瓶", "Nongfu Oriental Leaf Jasmine Tea 15 x 500ml")


def test_keyboard_switch_colours():
    from crawler.matching import cjk
    assert "red switch" in cjk.to_latin("Keychron K2 Pro 機械鍵盤 紅軸 RGB")
    assert "brown switch" in cjk.to_latin("Keychron K2 Pro 机械键盘 茶轴")


# ---- the market a Latin title names ----------------------------------------------------

def test_market_named_against_a_title_in_its_script():
    assert _same("Nintendo Switch Lite コーラル", "Nintendo Switch Lite - Coral (Japanese Version)")
    assert _same("Apple iPhone 15 (128 GB) - Black, SIM-free (Japan model)", "Apple iPhone 15 128GB ブラック SIMフリー")


def test_market_not_excused_against_another_script_or_latin():
    from crawler.matching import wordclass as W
    from crawler.matching.prepared import prepare
    latin = prepare({"title": "Nintendo Switch Lite - Coral (Japanese Version)"})
    korean = prepare({"title": "닌텐도 스위치 라이트 코랄"})
    chinese = prepare({"title": "任天堂 Switch Lite 珊瑚色 港版"})
    japanese = prepare({"title": "Nintendo Switch Lite コーラル"})
    assert W._market_in_script("japanese", latin, korean) is None
    assert W._market_in_script("japanese", latin, chinese) is None
    assert W._market_in_script("japanese", latin, japanese) == 1
    assert W._market_in_script("chinese", latin, chinese) == 1
    assert W._market_in_script("chinese", latin, japanese) is None  # (kanji with kana: Japanese)
    assert W._market_in_script("korean", latin, korean) == 1
    assert W._market_in_script("japanese", latin, prepare({"title": "Nintendo Switch Lite Coral"})) is None


# ---- counts, multipacks, selling words -----------------------------------------------

def test_multipack_count_written_either_way():
    a = "Nongshim Shin Ramyun Noodle Soup 5 x 120g Multipack"
    assert _same(a, "Nongshim Shin Ramyun Noodle Soup 120g x 5 pcs Multipack")
    assert not _same(a, "Nongshim Shin Ramyun Noodle Soup 120g x 10 pcs Multipack")
    assert _same("Nongshim Shin Ramyun 120g 5 Pack", "농심 신라면 120g x 5개입")


def test_native_counter_after_a_number_is_no_name():
    from crawler.matching import lingua as L
    keys = [next(iter(g)) for g in L.katakana_keys("농심 신라면 120g x 5개입")]
    assert "k:kp" not in keys and "k:snrmn" in keys


def test_more_counters():
    _, u = T.clean_with_units("Kokuyo Campus 笔记本 B5 点线 5册装")
    assert u["pack"] == frozenset({5.0})
    _, u = T.clean_with_units("袜子 5双装")
    assert u["pack"] == frozenset({5.0})


def test_selling_words_read_as_nothing():
    from crawler.matching import cjk
    assert "cjk" not in cjk.to_latin("包邮 现货 热销").replace(" ", "")
    assert "cjk" not in cjk.to_latin("무료배송 당일발송").replace(" ", "")


# ---- a name glued to its number; brands the tables read ------------------------------------

def test_name_glued_to_number():
    k = "삼성전자 갤럭시 Z 플립5 256GB 민트"
    assert _same(k, "Samsung Galaxy Z Flip5 256GB Mint 자급제")
    assert not _same(k, "Samsung Galaxy Z Flip6 256GB Mint")
    assert not _same(k, "Samsung Galaxy Z Fold5 256GB Mint")
    assert not _same("삼성전자 갤럭시 Z 플립 256GB 민트", "Samsung Galaxy Z Flip6 256GB Mint")


# ---- Korean and Japanese spellings of English names ---------------------------------------

def test_tch_z_and_possessive():
    from crawler.matching import lingua as L
    assert L.phonetic_key("switch") == L.phonetic_key("suichi")
    assert L.korean_key("zelda") == L.korean_key("jelda")
    keys = [next(iter(g)) for g in L.katakana_keys("닌텐도 스위치 젤다의 전설")]
    assert "k:" + L.korean_key("zelda") in keys
    assert _same("닌텐도 스위치 젤다의 전설 티어스 오브 더 킹덤",
                 "The Legend of Zelda: Tears of the Kingdom (Nintendo Switch)")
    assert not _same("닌텐도 스위치 젤다의 전설 티어스 오브 더 킹덤",
                     "The Legend of Zelda: Breath of the Wild (Nintendo Switch)")


def test_korean_game_and_camera_titles():
    assert _same("Mario Kart 8 Deluxe - Nintendo Switch", "마리오 카트 8 디럭스 닌텐도 스위치")
    assert not _same("Mario Kart 8 - Nintendo Switch", "마리오 카트 8 디럭스 닌텐도 스위치")
    assert _same("Canon EOS R6 Mark II Mirrorless Camera Body", "캐논 EOS R6 Mark II 바디")
    assert not _same("Canon EOS R6 Mark II Mirrorless Camera Body", "캐논 EOS R8 바디")
    assert _same("로지텍 MX Anywhere 3S 그래파이트", "Logitech MX Anywhere 3S Wireless Mouse Graphite")
    assert not _same("로지텍 MX Anywhere 3S 그래파이트", "Logitech MX Anywhere 3S Wireless Mouse Pale Grey")


def test_native_j_stands_for_j_g_or_voiced_s():
    assert _same("Fancl マイルドクレンジングオイル 120mL", "FANCL Mild Cleansing Oil 120ml")
    assert not _same("Fancl マイルドクレンジングオイル 120mL", "FANCL Mild Cleansing Oil 60ml")
    assert _same("【PS5】ファイナルファンタジーVII リバース", "FINAL FANTASY VII REBIRTH PS5 通常版")
    assert not _same("【PS5】ファイナルファンタジーXVI", "FINAL FANTASY VII REBIRTH PS5")
    assert S._alike("fntsj", "fntjj") and not S._alike("fntsj", "fntpj")
    assert not S._alike("krnsn", "krnpn")


def test_pokemon_spelt_out():
    assert _same("Pokemon Scarlet Nintendo Switch", "ポケットモンスター スカーレット -Switch")
    assert not _same("Pokemon Scarlet Nintendo Switch", "ポケットモンスター バイオレット -Switch")
