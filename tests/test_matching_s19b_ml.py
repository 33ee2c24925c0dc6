"""Session 19, second multilingual round (ml19b): a letter closing a model number, ...
(issue 12)."""

from crawler.matching import same_product


def _same(a, b):
    return bool(same_product({"title": a}, {"title": b}))


# ---- a lone letter right after a model number is a piece of it ("G502 X") -------------

def test_model_letter_written_apart_is_another_model():
    assert not _same("Logitech G502 HERO", "Logitech G502 X Wired Gaming Mouse")
    assert not _same("罗技 G502 HERO", "罗技 G502 X 有线游戏鼠标")
    assert not _same("Logitech G502 HERO Gaming Mouse", "Logitech G502 X Wired Gaming Mouse")


def test_model_letter_both_print_or_glued_stays_same():
    assert _same("Logitech G502 X Wired Gaming Mouse", "Logitech G502X Gaming Mouse")
    assert _same("Logitech G502 X Wired Gaming Mouse Black", "Logitech G502 X Gaming Mouse")
    assert _same("罗技 G502 X 有线游戏鼠标", "Logitech G502 X Wired Gaming Mouse")


def test_letter_that_is_a_word_is_no_model_letter():
    from crawler.matching import variants as V
    from crawler.matching.prepared import prepare

    other = prepare({"title": "Logitech G502 HERO"})
    for title in ("logitech g502 a hero", "logitech g502 y hero", "logitech g502 s hero",
                  "logitech g502 x 2 hero"):
        ws, cls = V._classes(title)
        assert not V._model_letter(ws, cls, 2, other), title
    ws, cls = V._classes("logitech g502 x wired gaming mouse")
    assert V._model_letter(ws, cls, 2, other)


# ---- a word in front of a variant's name both print is a word of that name ("G413 TKL SE") ----

def test_word_before_a_closing_variant_name_is_a_variant():
    assert not _same("Logitech G413 TKL SE", "Logitech G413 SE")
    assert not _same("Logitech G413 TKL SE", "لاجیتک G413 SE")


def test_variant_word_inside_a_kind_name_still_described():
    # "Air Purifier": the variant word "air" is followed by a word both print - a kind's name
    assert _same("LEVOIT Core 300 True HEPA Air Purifier, White", "Levoit Core300 Air Purifier")
    assert _same("Logitech G413 SE Mechanical Gaming Keyboard", "Logitech G413 SE")


# ---- Hungarian counts: "3 db" (darab) is three pieces, not three decibels -------------------

def test_hungarian_count_read_as_pack():
    from crawler.matching import lingua, titles

    assert "3 pack" in lingua.hungarian_count("philips hue e27 3 db")
    assert "4 pcs" in lingua.hungarian_count("elem 4db-os bliszter")
    # 10 and more may be decibels ("68 db" washing machine noise): left as they are
    assert lingua.hungarian_count("mosogatogep 68 db") == "mosogatogep 68 db"
    assert "3pack" in titles.clean("Philips Hue White and Color Ambiance E27 3 db").replace(" ", "")
    assert not _same("Philips Hue White and Color Ambiance E27 3 db",
                     "Philips Hue White and Colour Ambiance E27 single bulb")
    assert _same("Varta Longlife Power AA 4 db", "Varta Longlife Power AA 4 pack")


# ---- Thai: "คัพ" / "ถ้วย" is the cup (cup noodles), a form the pack of sachets is not ---------

def test_thai_cup_read_as_cup():
    from crawler.matching import thai

    assert "cup" in thai.to_latin("มาม่า คัพ รสต้มยำกุ้ง")
    assert not _same("มาม่า คัพ รสต้มยำกุ้งน้ำข้น", "มาม่า รสต้มยำกุ้ง แพ็ค 10")
    assert _same("มาม่า คัพ รสต้มยำกุ้ง 60 กรัม", "MAMA Cup Tom Yum Shrimp 60g")


# ---- Polish licence terms and seats: "12 miesięcy" = "1 rok", "2 lata" two years -------------

def test_polish_term_read_as_duration():
    assert _same("ESET Internet Security - 1 stanowisko / 12 miesięcy",
                 "ESET Internet Security 1 urządzenie 1 rok")
    assert not _same("ESET NOD32 Antivirus 1 stanowisko 2 lata", "ESET NOD32 Antivirus 1 urządzenie 1 rok")
    assert not _same("ESET Internet Security 3 stanowiska 1 rok", "ESET Internet Security 1 device 1 year")


# ---- Russian / Ukrainian packaging and drink abbreviations: "н/г" still, "ж/б" a can ----------

def test_cyrillic_abbreviations_read_as_words():
    from crawler.matching import titles

    assert "still" in titles.clean("Вода мінеральна Моршинська н/г 1.5л")
    assert "can" in titles.clean("Пиво Балтика №7 0,45 л ж/б")
    assert "jar" in titles.clean("Кофе растворимый Jacobs Monarch 150 г ст/б")
    assert _same("Моршинська негазована 1,5 л", "Вода мінеральна Моршинська н/г 1.5л")
    assert not _same("Моршинська н/г 1,5 л", "Моршинська газована 1,5 л")


# ---- a short name read from Cyrillic with its vowels ("Кока-Кола" / "Coca-Cola") ------------

def test_short_cyrillic_name_read_with_vowels():
    assert _same("Напиток газированный Кока-Кола 1.5л ПЭТ", "Coca-Cola 1,5 л")
    assert _same("Кока-Кола 1.5л", "Coca-Cola 1,5 л")
    assert not _same("Кока-Кола Зеро 1.5л", "Coca-Cola 1,5 л")
    assert not _same("Пепси 1.5л", "Coca-Cola 1,5 л")


def test_cyrillic_care_line_words():
    assert _same("Pantene Pro-V шампунь Intensive Repair 400 мл",
                 "Шампунь Pantene Pro-V Интенсивное восстановление 400 мл")
    assert not _same("Pantene Pro-V шампунь Intensive Repair 400 мл", "Шампунь Pantene Pro-V Aqua Light 400 мл")


# ---- east Asian words the tables lacked: a can, soy sauce in hiragana, frozen dumplings ------

def test_cjk_words_read():
    from crawler.matching import titles

    assert "soy sauce" in titles.clean("カップヌードル しょうゆ 78g")
    assert "frozen dumplings" in titles.clean("CJ 비비고 왕교자 1050g 냉동만두")
    assert _same("牛頭牌沙茶醬 小罐 250公克", "牛頭牌 沙茶醬 250g")
    assert not _same("牛頭牌沙茶醬 小罐 250公克", "牛頭牌 沙茶醬 737g")
