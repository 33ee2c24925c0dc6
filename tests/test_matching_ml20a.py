"""Session 20, ml20a (issue 12): Arabic (Levant, Gulf, Egypt) and South Asian titles.  Each
principle is tested with pairs it joins and pairs of two products it must keep apart."""

from __future__ import annotations

import pytest

from crawler.matching.arabic import to_latin
from tests.pair_checks import assert_different, assert_same


# --- an Arabic count: "عدد N", a singular container before a number -------------------

@pytest.mark.parametrize("arabic, latin", [
    ("بامبرز بيبي دراي مقاس ٤ عدد ٥٨", "58 pcs"),
    ("مناديل فاين عدد: ٢٠٠", "200 pcs"),
    ("شفرات جيليت ماك ٣ عبوة ٨ قطع", "3 8 pcs"),
])
def test_an_arabic_count_is_read(arabic, latin):
    assert latin in " ".join(to_latin(arabic).split())


@pytest.mark.parametrize("a, b", [
    ("بامبرز بيبي دراي مقاس ٤ عدد ٥٨", "Pampers Baby-Dry Diapers Size 4, 76 Count"),
    ("هاجيز حفاضات مقاس ٥ عدد ٤٢", "Huggies Diapers Size 5, 60 Count"),
    ("مناديل كلينكس عدد ١٠٠", "Kleenex Facial Tissues 200 Count"),
])
def test_two_arabic_counts_conflict(a, b):
    assert_different(a, b)


# --- the preposition "ل" glued to a word is "for" --------------------------------------

@pytest.mark.parametrize("arabic, latin", [
    ("جراب سيليكون لسماعات ابل", "case for headphones"),
    ("شامبو للأطفال", "shampoo for kids"),
])
def test_the_glued_preposition_is_for(arabic, latin):
    assert latin in " ".join(to_latin(arabic).split())


@pytest.mark.parametrize("a, b", [
    ("جراب سيليكون لسماعات ابل ايربودز برو ٢ مع حلقة تعليق", "Apple AirPods Pro (2nd generation) USB-C"),
    ("جراب لسماعات ايربودز ٣", "Apple AirPods (3rd generation)"),
])
def test_a_case_for_a_device_is_no_device(a, b):
    assert_different(a, b)


# --- Bengali, Tamil, Gujarati ... read as Devanagari at the same places (``indic._BRAHMIC``) --

@pytest.mark.parametrize("title, words", [
    ("প্রাণ ম্যাংগো জুস ২৫০ মিলি", {"pran", "juice", "250ml"}),
    ("রাঁধুনী মরিচ গুঁড়া ২০০ গ্রাম", {"radhuni", "chilli", "powder", "200g"}),
    ("ফ্রেশ সয়াবিন তেল ৫ লিটার", {"fresh", "oil", "5l"}),
    ("ஆச்சி மிளகாய் தூள் 500 கிராம்", {"chilli", "powder", "500g"}),
    ("ਅਮੂਲ ਮੱਖਣ 500 ਗ੍ਰਾਮ", {"amul", "500g"}),
    ("અમૂલ ઘી 1 લિટર", {"amul", "ghee", "1l"}),
])
def test_a_brahmic_title_keeps_its_words(title, words):
    from crawler.matching import titles as T
    assert words <= set(T.words(T.clean(title)))


@pytest.mark.parametrize("a, b", [
    ("রাঁধুনী মরিচ গুঁড়া ২০০ গ্রাম", "Radhuni Chilli Powder 200 gm"),
    ("ফ্রেশ সয়াবিন তেল ৫ লিটার", "Fresh Soyabean Oil 5 Ltr"),
    ("சக்தி மிளகாய் தூள் 500 கிராம்", "Sakthi Chilli Powder 500g"),
    ("হিমালয়া নিম ফেস ওয়াশ ১৫০ মিলি", "Himalaya Neem Face Wash 150ml"),
])
def test_a_brahmic_title_is_the_english_one(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("রাঁধুনী মরিচ গুঁড়া ২০০ গ্রাম", "Radhuni Chilli Powder 500 gm"),
    ("ফ্রেশ সয়াবিন তেল ৫ লিটার", "Fresh Soyabean Oil 2 Ltr"),
    ("ஆச்சி மிளகாய் தூள் 500 கிராம்", "Aachi Turmeric Powder 500g"),
    ("ஆச்சி மிளகாய் தூள் 500 கிராம்", "Aachi Chilli Powder 1kg"),
])
def test_a_brahmic_title_keeps_its_size_and_kind(a, b):
    assert_different(a, b)


# --- an English word as Hindi writes its sound: -tion, -sion, tch, -ture, -tune -------------

@pytest.mark.parametrize("a, b", [
    ("हिमालया बेबी लोशन 400 मिली", "Himalaya Baby Lotion 400ml"),
    ("फॉर्च्यून सनलाइट रिफाइंड सूरजमुखी तेल 1 लीटर पाउच", "Fortune Sunlite Refined Sunflower Oil 1 L Pouch"),
    ("किसान टोमैटो केचप ९५० ग्राम", "Kissan Tomato Ketchup 950g"),
])
def test_a_hindi_spelling_by_sound_is_the_english_word(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("हिमालया बेबी लोशन 400 मिली", "Himalaya Baby Shampoo 400ml"),
    ("किसान टोमैटो केचप ९५० ग्राम", "Kissan Mixed Fruit Jam 950g"),
])
def test_a_hindi_spelling_by_sound_keeps_other_kinds_apart(a, b):
    assert_different(a, b)


# --- Urdu: its letters, units and staple words (``arabic``), a voiced "s" written "ز" (``scripts``) --

@pytest.mark.parametrize("title, words", [
    ("شان بریانی مصالحہ ۵۰ گرام", {"masala", "50g"}),
    ("تپال دانے دار چائے ۹۵۰ گرام", {"tea", "950g"}),
    ("اولپرز فل کریم دودھ ۱ لیٹر", {"full", "cream", "milk", "1l"}),
    ("نیشنل ٹماٹو کیچپ ۸۰۰ گرام پاؤچ", {"tomato", "ketchup", "800g", "pouch"}),
])
def test_an_urdu_title_keeps_its_words(title, words):
    from crawler.matching import titles as T
    assert words <= set(T.words(T.clean(title)))


@pytest.mark.parametrize("a, b", [
    ("تپال دانے دار چائے ۹۵۰ گرام", "Tapal Danedar Black Tea 950g Pouch"),
    ("اولپرز فل کریم دودھ ۱ لیٹر", "Olpers Full Cream Milk 1 Litre Pack"),
])
def test_an_urdu_or_arabic_title_is_the_english_one(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("تپال دانے دار چائے ۹۵۰ گرام", "Tapal Danedar Black Tea 475g Pouch"),
    ("اولپرز فل کریم دودھ ۱ لیٹر", "Olpers Full Cream Milk 250ml"),
    ("نیشنل ٹماٹو کیچپ ۸۰۰ گرام", "National Chilli Garlic Sauce 800g"),
])
def test_an_urdu_title_keeps_its_size_and_kind(a, b):
    assert_different(a, b)


# --- Arabic classes: personal care, electronics, origins, staples; words before a value ------

@pytest.mark.parametrize("arabic, latin", [
    ("هارد خارجي توشيبا ١ تيرا", "external"),
    ("معطر جو جليد بخاخ ٣٠٠ مل", "air freshener"),
    ("أرز أبو كاس بسمتي هندي ١٠ كيلو", "basmati indian"),
    ("كرت ذاكرة سانديسك ١٢٨ جيجا", "memory card"),
    ("سامسونغ جالاكسي A55 لون كحلي", "samsung galaxy A55 navy"),
])
def test_an_arabic_class_word_is_read(arabic, latin):
    assert latin in " ".join(to_latin(arabic).split())


@pytest.mark.parametrize("a, b", [
    ("هارد خارجي توشيبا كانفيو بيسكس ١ تيرا USB 3.0 أسود",
     "Toshiba Canvio Basics 1TB Portable External Hard Drive Black"),
    ("بسكويت أولكر بالشوكولاتة الإيطالية ٢٠٠ غرام", "Ulker Italian Chocolate Biscuits 200g"),
])
def test_an_arabic_title_with_class_words_is_the_english_one(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("أرز أبو كاس بسمتي هندي ١٠ كيلو", "Abu Kass Pakistani Basmati Rice 10kg"),
    ("أرز أبو كاس بسمتي هندي ١٠ كيلو", "Abu Kass Indian Basmati Rice 5kg"),
    ("هارد خارجي توشيبا كانفيو بيسكس ١ تيرا USB 3.0 أسود",
     "Toshiba Canvio Basics 2TB Portable External Hard Drive Black"),
    ("هارد خارجي توشيبا كانفيو بيسكس ١ تيرا USB 3.0 أسود",
     "Toshiba Canvio Basics 1TB Portable External Hard Drive White"),
])
def test_an_arabic_title_with_class_words_keeps_variants_apart(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    ("شاومي ريدمي نوت 13 4G رام 8 جيجا ذاكرة 256 جيجا أسود", "Xiaomi Redmi 13 4G 8GB 256GB Black"),
    ("سامسونج جالكسي برايم ٦٤ جيجا", "Samsung Galaxy 64GB"),
])
def test_an_arabic_line_name_is_a_variant(a, b):
    assert_different(a, b)


def test_an_arabic_container_word_is_no_name():
    assert_same("فازلين جل بترولي أصلي نقي علبة ٢٥٠ مل", "Vaseline Original Pure Petroleum Jelly 250ml")


# --- a phone's memory + storage written without a unit ("6/128") ------------------------

def test_a_bare_memory_pair_is_read_in_a_phone_title():
    assert_same("Samsung Galaxy M34 5G (Prism Silver, 6GB, 128GB Storage)", "Samsung M34 5G 6/128 Prism Silver")
    assert_different("Samsung Galaxy M34 5G (Prism Silver, 8GB, 128GB Storage)", "Samsung M34 5G 6/128 Prism Silver")
    assert_different("Redmi 12 5G 6/128 Jade Black", "Redmi 12 5G 8GB 256GB Jade Black")


def test_a_fraction_is_no_memory_pair():
    from crawler.matching import titles as T
    assert "128gb" not in T.clean("Drill Bit 3/64 inch")
    assert "64gb" not in T.clean("Diecast Model Car 1/64 Scale 4G")


@pytest.mark.parametrize("a, b", [
    ("রাঁধুনী মরিচ গুঁড়া ২০০ গ্রাম", "Radhuni Chili Powder 200 gm"),
    ("Everest Kashmiri Chilli Powder 100g", "Everest Kashmiri Chili Powder 100 g"),
    ("Nestle Greek Yoghurt Honey 400g", "Nestle Greek Yogurt Honey 400g"),
])
def test_british_and_american_spellings_are_one_word(a, b):
    assert_same(a, b)


def test_a_spelling_is_no_other_flavour():
    assert_different("Nestle Greek Yoghurt Honey 400g", "Nestle Greek Yogurt Strawberry 400g")


# --- Sinhala letters mapped one by one on Devanagari (``indic._SINHALA``) ------------------

@pytest.mark.parametrize("a, b", [
    ("සෙන්සොඩයින් රැපිඩ් රිලීෆ් 80g", "Sensodyne Rapid Relief Toothpaste 80g"),
    ("කොත්මලේ කිරි 1 ලීටර්", "Kotmale Milk 1 Litre"),
])
def test_a_sinhala_title_is_the_english_one(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("සෙන්සොඩයින් රැපිඩ් රිලීෆ් 80g", "Sensodyne Rapid Relief Toothpaste 40g"),
    ("සෙන්සොඩයින් රැපිඩ් රිලීෆ් 80g", "Sensodyne Deep Clean Toothpaste 80g"),
])
def test_a_sinhala_title_keeps_other_products_apart(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("title, words", [
    ("ਪੰਜਾਬ ਅਮੂਲ ਮੱਖਣ 500 ਗ੍ਰਾਮ", {"amul", "500g"}),
    ("മിൽമ പാൽ 500 മില്ലി", {"milk", "500ml"}),
    ("ಅಮೂಲ್ ಬೆಣ್ಣೆ 500 ಗ್ರಾಂ", {"amul", "500g"}),
    ("అమూల్ నెయ్యి 1 లీటర్", {"amul", "1l"}),
])
def test_gurmukhi_malayalam_kannada_telugu_keep_their_words(title, words):
    from crawler.matching import titles as T
    assert words <= set(T.words(T.clean(title)))


def test_a_fraction_in_a_title_with_grams_is_no_memory_pair():
    from crawler.matching import titles as T
    assert "64gb" not in T.clean("Brass Weights 3/64 oz 500 gram set")


def test_a_latin_letter_after_a_hyphen_is_read_by_its_hindi_name():
    from crawler.matching import titles as T
    assert {"parle", "g"} <= set(T.words(T.clean("पारले-जी ग्लूको बिस्कुट 800g")))
    assert "k" not in T.words(T.clean("टाटा-के साथ"))


# --- Hindi's g is the hard one; an English plural's s sounded z ---------------------------

@pytest.mark.parametrize("a, b", [
    ("हगीज़ वंडर पैंट्स लार्ज 64 पीस", "Huggies Wonder Pants Large 64 pcs"),
    ("मैगी मसाला नूडल्स 70 ग्राम", "Maggi Masala Noodles 70g"),
])
def test_hindi_hard_g_and_voiced_plural(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("हगीज़ वंडर पैंट्स लार्ज 64 पीस", "Huggies Wonder Pants Medium 64 pcs"),
    ("हगीज़ वंडर पैंट्स लार्ज 64 पीस", "Huggies Wonder Pants Large 42 pcs"),
])
def test_hindi_hard_g_keeps_sizes_apart(a, b):
    assert_different(a, b)
