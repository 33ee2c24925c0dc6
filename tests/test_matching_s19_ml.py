"""Session 19 (ml19): multilingual titles - Thai read as words, Persian units and colours,
Hindi punctuation and spelled letters, Hebrew words of two meanings (issue 12)."""

from crawler.matching import same_product, titles
from crawler.matching import thai


def _same(a, b):
    return bool(same_product({"title": a}, {"title": b}))


# ---- Thai: words cut by the dictionary tokenizer, read as the English word ----------

def test_thai_title_read_as_words():
    s = titles.clean("มาม่า บะหมี่กึ่งสำเร็จรูป รสต้มยำกุ้ง 55 กรัม x 10 ซอง")
    assert "instant noodles" in s and "tom yum shrimp" in s and "55g" in s


def test_thai_instant_noodles_same_as_english():
    assert _same("มาม่า บะหมี่กึ่งสำเร็จรูป รสต้มยำกุ้ง 55 กรัม x 10 ซอง",
                 "MAMA Instant Noodles Tom Yum Shrimp Flavour 55g x 10")
    assert _same("Oishi Green Tea Honey Lemon 380ml", "Oishi กรีนที รสน้ำผึ้งผสมมะนาว 380 มล.")


def test_thai_word_the_english_title_lacks_keeps_apart():
    # "น้ำข้น": the thick-broth noodles, a Thai word no table reads, is no word to excuse
    assert not _same("มาม่า รสต้มยำกุ้งน้ำข้น 55 กรัม แพ็ค 10", "MAMA Tom Yum Shrimp 55g x 10")
    # another flavour ("รสต้นตำรับ", the original) is another product
    assert not _same("Oishi กรีนที รสต้นตำรับ 380 มล.", "Oishi Green Tea Honey Lemon 380ml")
    assert not _same("มาม่า บะหมี่กึ่งสำเร็จรูป รสต้มยำกุ้ง 55 กรัม x 10 ซอง",
                     "มาม่า บะหมี่กึ่งสำเร็จรูป รสหมูสับ 55 กรัม x 10 ซอง")


def test_thai_brand_after_its_mark_is_a_name():
    # "ตราทิพรส": the brand Tiparos - not "ทิพ" and "รส" (flavour)
    assert "flavour" not in thai.to_latin("น้ำปลาแท้ ตราทิพรส 700 มล.")
    assert _same("น้ำปลาแท้ ตราทิพรส 700 มล.", "Tiparos Fish Sauce 700ml")
    assert not _same("น้ำปลาแท้ ตราทิพรส 700 มล.", "Squid Brand Fish Sauce 700ml")


def test_thai_name_key():
    assert thai.thai_key("darlie") == thai.thai_key("darli")
    assert thai.thai_key("colgate") == thai.thai_key("kholekt")
    assert thai.thai_key("tiparos") == thai.thai_key("thiphrs")


def test_thai_colour_brown_is_no_sugar():
    assert "brown" in thai.to_latin("เสื้อ สีน้ำตาล")
    assert "no sugar" in thai.to_latin("โค้ก ไม่มีน้ำตาล 325 มล.")


def test_thai_warranty_term_no_word_to_miss():
    assert _same("[ของแท้] Xiaomi Redmi Note 13 Pro 5G (8+256GB) ประกันศูนย์ 15 เดือน",
                 "Redmi Note 13 Pro 5G 8GB RAM 256GB ROM")


def test_thai_colour_still_read():
    assert _same("Samsung Galaxy Tab S9 FE Wi-Fi 6/128GB สีเทา", "Samsung Galaxy Tab S9 FE WiFi 128GB Gray")
    assert not _same("Apple iPhone 15 128GB Pink", "iPhone 15 128GB สีดำ")


# ---- Persian: its units after a number, its colours and kinds ------------------------

def test_persian_millilitre_is_no_litre():
    s = titles.clean("شامپو ضد شوره هد اند شولدرز مدل Classic Clean حجم ۴۰۰ میلی لیتر")
    assert "400ml" in s
    assert titles.units_of(titles.clean("حجم ۴۰۰ میلی‌لیتر")) == titles.units_of(titles.clean("400 ml"))


def test_persian_gram_after_a_number():
    assert "500g" in titles.clean("چای سیاه ارل گری احمد - ۵۰۰ گرم")
    assert "10000mah" in titles.clean("پاوربانک انکر مدل PowerCore ظرفیت ۱۰۰۰۰ میلی‌آمپر ساعت")
    # "گرم" (warm) with no number before it is no gram
    assert "g " not in titles.light_clean("آب گرم")


def test_persian_colour_parts_two_mice():
    assert _same("ماوس بی سیم لاجیتک مدل M185 خاکستری", "Logitech M185 Wireless Mouse, Grey")
    assert not _same("ماوس بی سیم لاجیتک مدل M185 خاکستری", "ماوس بی سیم لاجیتک مدل M185 قرمز")
    assert not _same("ماوس بی سیم لاجیتک مدل M185 مشکی", "Logitech M185 Wireless Mouse, Grey")


def test_persian_millilitre_no_units_conflict():
    from crawler.matching import match_method
    m = match_method({"title": "شامپو ضد شوره هد اند شولدرز مدل Classic Clean حجم ۴۰۰ میلی لیتر"},
                     {"title": "Head & Shoulders Classic Clean Anti-Dandruff Shampoo 400ml"})
    assert m[0] != "conflict:units"


# ---- Hindi: the danda is punctuation; "टी" the letter T in a spelled word -------------

def test_hindi_danda_after_a_unit():
    assert titles.units_of(titles.clean("अमूल बटर 500 ग्राम।")) == titles.units_of(titles.clean("Amul Butter 500 g"))
    assert "1l" in titles.clean("फॉर्च्यून सनलाइट रिफाइंड सूरजमुखी तेल 1 लीटर॥")


def test_hindi_spelled_t_words():
    assert "smart tv" in titles.clean("सैमसंग 43 इंच स्मार्ट टी वी")
    assert "tea" not in titles.clean("सैमसंग 43 इंच स्मार्ट टीवी")
    assert "t-shirt" in titles.clean("पुरुषों की कॉटन टी-शर्ट काली")
    # the letter alone after a brand is still the tea
    assert _same("Tata Tea Gold 1kg", "टाटा टी गोल्ड चाय पत्ती 1 किलो")


# ---- Hebrew: labneh as a title's first word; "dark" after a colour ------------------

def test_hebrew_labneh_first_word_white_after_a_noun():
    assert "labneh" in titles.clean("לבנה תנובה 5% 250 גרם")
    assert "white" not in titles.clean("לבנה תנובה 5% 250 גרם")
    assert "white" in titles.clean("מכונת קפה נספרסו Essenza Mini לבנה")
    assert not _same("מכונת קפה נספרסו Essenza Mini שחורה", "מכונת קפה נספרסו Essenza Mini לבנה")


def test_hebrew_dark_after_a_colour_apple_elsewhere():
    assert "dark" in titles.clean("חולצה כחול אפל מידה M")
    assert "apple" not in titles.clean("חולצה כחול אפל מידה M")
    assert "apple" in titles.clean("אייפון 15 של אפל כחול")


# ---- "db": the Hungarian count (darab) and the decibel, two figures two products ------

def test_hungarian_count_db_parts_two_packs():
    assert not _same("Finish Quantum Ultimate mosogatógép-tabletta 75 db", "Finish Quantum Ultimate 60 db")
    assert not _same("Pampers Premium Care pelenka 4-es méret, 9-14 kg, 78 db", "Pampers Premium Care 4 Maxi 9-14kg 68db")
    # the same count, written apart and glued, is no conflict
    from crawler.matching import match_method
    m = match_method({"title": "Finish Quantum Ultimate kapszula 60db"},
                     {"title": "Finish Quantum Ultimate mosogatógép-tabletta 60 db"})
    assert not m[0].startswith("conflict")


# ---- Chinese: a maker's kit named in Chinese is the kit named in English ---------------

def test_chinese_fly_more_combo_is_no_plain_drone():
    assert not _same("大疆 DJI Mini 4 Pro 畅飞套装（DJI RC 2）", "DJI Mini 4 Pro with DJI RC 2")
    assert not _same("大疆 DJI Air 3 畅飞套装（DJI RC-N2）", "DJI Air 3 (DJI RC-N2)")
    assert _same("大疆 DJI Mini 4 Pro 畅飞套装（DJI RC 2）", "DJI Mini 4 Pro Fly More Combo (DJI RC 2)")


# ---- Ukrainian: silver written "сріблястий" as well as "сріблистий" -------------------

def test_ukrainian_silver_both_spellings():
    assert not _same("Sony WH-1000XM4 сріблясті", "Навушники Sony WH-1000XM4 чорні")
    assert "silver" in titles.clean("Навушники Sony WH-1000XM4 сріблисті")
    assert _same("Навушники Sony WH-1000XM4 сріблясті", "Sony WH-1000XM4 Wireless Headphones Silver")


# ---- Russian / Ukrainian: the two blues ----------------------------------------------

def test_russian_two_blues():
    assert not _same("Samsung Galaxy A35 5G 8/256GB темно-синий", "Samsung Galaxy A35 5G 8/256GB голубой")
    assert not _same("Samsung Galaxy A35 5G 8/256GB блакитний", "Samsung Galaxy A35 5G 8/256GB темно-синій")
    assert _same("Samsung Galaxy A35 5G 8/256GB голубой", "Samsung Galaxy A35 5G 8GB 256GB Light Blue")
    assert _same("Samsung Galaxy A35 5G 8/256GB синий", "Samsung Galaxy A35 5G 8/256GB синій")
    # "светлое" is a pale lager, no light variant
    assert "light" not in titles.clean("Балтика светлое пиво")


def test_thai_digits_abbreviated_units_loanwords():
    assert "180 ml" in thai.to_latin("นมยูเอชที ไมโล ช็อกโกแลตมอลต์ ๑๘๐ มล. แพ็ค ๔")
    assert "55 g" in thai.to_latin("มาม่า รสต้มยำกุ้ง 55 ก. แพ็ค 10 ซอง")
    assert "5 m" in thai.to_latin("ตลับเมตร Stanley PowerLock 5 ม.")
    s = thai.to_latin("นีเวีย เอ็กซ์ตร้า ไวท์ ซี แอนด์ อี วิตามิน โลชั่น 320 มล.")
    assert "extra" in s and "white" in s and "lotion" in s
    assert _same("MAMA Instant Noodles Shrimp Tom Yum Flavour 55g x 10", "มาม่า รสต้มยำกุ้ง 55 ก. แพ็ค 10 ซอง")
    assert _same("STANLEY PowerLock Tape Measure 5m/16ft", "ตลับเมตร Stanley PowerLock 5 ม.")
    assert not _same("STANLEY PowerLock Tape Measure 8m/26ft", "ตลับเมตร Stanley PowerLock 5 ม.")


def test_thai_colour_names():
    assert _same("Apple iPhone 13 128GB สีมิดไนท์", "Apple iPhone 13 128GB Midnight")
    assert not _same("Apple iPhone 13 128GB สีมิดไนท์", "Apple iPhone 13 128GB Starlight")
    assert not _same("Samsung Galaxy A55 5G (8/256GB) สีกรมท่า", "Samsung Galaxy A55 5G 8/256GB Awesome Lilac")


# ---- east Asian: terms in months and years, words the tables lacked -------------------

def test_cjk_term_months_years():
    assert titles.units_of(titles.clean("マイクロソフト 365 パーソナル 12か月")) == titles.units_of(titles.clean("1年版"))
    assert titles.units_of(titles.clean("ウイルスバスター クラウド 3年版")) != titles.units_of(titles.clean("1年"))
    assert titles.units_of(titles.clean("12개월")) == titles.units_of(titles.clean("1년"))
    # a model year is no term
    assert "year" not in titles.clean("2024年モデル")
    assert _same("マイクロソフト 365 パーソナル 12か月 ダウンロード版", "Microsoft 365 Personal 12か月 ダウンロード版")
    assert not _same("ウイルスバスター クラウド 3年版 3台", "ウイルスバスター クラウド 1年版 3台")


def test_cjk_words_read():
    assert "switch" in titles.clean("ニンテンドースイッチライト 本体 ブルー")
    assert "250g" in titles.clean("牛頭牌沙茶醬 小罐 250公克")
    s = titles.clean("罗技 G502 HERO 有线游戏鼠标")
    assert "logitech" in s and "wired" in s and "mouse" in s
    assert "cjkcse" not in titles.clean("Apple iPad Air 11英寸 M2 128GB WLAN版 深空灰色")
    assert _same("Microsoft 365 Personal 1年版 オンラインコード版", "マイクロソフト 365 パーソナル 12か月 オンラインコード版")


# ---- Georgian and Armenian letters, read as Cyrillic is --------------------------------

def test_caucasus_scripts_read():
    assert titles.clean("ბორჯომი მინერალური წყალი 0,5 ლ მინა").split() == ["borjomi", "mineral", "water", "0.5l", "glass"]
    assert _same("Минеральная вода Borjomi 0,5 л стекло", "ბორჯომი მინერალური წყალი 0,5 ლ მინა")
    assert not _same("ბორჯომი მინერალური წყალი 1 ლ", "ბორჯომი მინერალური წყალი 0,5 ლ მინა")
    assert _same("Коньяк Арарат 5 звезд 0,5 л", "Կոնյակ ԱՐԱՐԱՏ 5 աստղ 0,5 լ")
    assert not _same("Коньяк Арарат 3 звезды 0,5 л", "Կոնյակ ԱՐԱՐԱՏ 5 աստղ 0,5 լ")


def test_russian_space_grey():
    assert "space" in titles.clean("Apple MacBook Air 15 M3 8/512GB серый космос")


def test_thai_memory_words():
    assert _same("Samsung Galaxy A55 5G (8/256GB) สีกรมท่า Awesome Navy",
                 "ซัมซุง Galaxy A55 5G แรม 8GB รอม 256GB สี Navy")
    assert not _same("Samsung Galaxy A55 5G (8/256GB) สีกรมท่า Awesome Navy",
                     "ซัมซุง Galaxy A55 5G แรม 8GB รอม 128GB สี Navy")


def test_cyrillic_terms_and_kazakh():
    assert titles.units_of(titles.clean("ESET NOD32 Antivirus 1 ПК 12 месяцев")) == \
        titles.units_of(titles.clean("ESET NOD32 Antivirus 1 PC 1 year"))
    assert not _same("Kaspersky Internet Security 1 ПК 2 роки", "Kaspersky Internet Security 1 PC 1 year")
    assert titles.clean("Samsung Galaxy Buds2 Pro сымсыз құлаққап қара").split()[-3:] == ["wireless", "headphones", "black"]


def test_georgian_armenian_colours_and_kinds():
    assert _same("Samsung Galaxy S23 FE 256GB Black", "მობილური ტელეფონი Samsung Galaxy S23 FE 8/256GB შავი")
    assert not _same("Samsung Galaxy S23 FE 256GB Mint", "მობილური ტელეფონი Samsung Galaxy S23 FE 8/256GB შავი")
    assert "black" in titles.clean("Samsung Galaxy S24 սև")
    assert "smartwatch" in titles.clean("Խելացի ժամացույց Apple Watch Series 9 GPS 45mm Midnight")


def test_filter_jug_in_central_european_languages():
    assert _same("Dzbanek filtrujący Brita Marella 2,4 l biały", "BRITA Marella 2,4l bílá filtrační konvice")
    assert not _same("Dzbanek filtrujący Brita Marella 2,4 l biały", "BRITA Marella 2,4l modrá filtrační konvice")
    assert not _same("Dzbanek filtrujący Brita Marella XL 3,5 l biały", "BRITA Marella 2,4l bílá filtrační konvice")
