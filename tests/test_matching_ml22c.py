"""Session 22, ml22c (issue 12): one product as two local shops of one country word it, both titles
in the country's language - Arabic, Hindi, Thai, Hebrew, Indonesian, Vietnamese; Polish, Czech,
Slovak, Hungarian, Romanian, Turkish, Greek.  Each rule is tested with pairs of one product and
pairs of two products it must keep apart."""

from __future__ import annotations

import pytest

from crawler.matching import titles as T
from crawler.matching import arabic
from tests.pair_checks import assert_different, assert_same


# --- two Arabic titles: the words ``arabic.to_latin`` drops are the names (``arabic.unread_misses``)
@pytest.mark.parametrize("a, b", [
    ("نسبريسو فيرتو بوب أسود", "نسبريسو فيرتو نكست أسود"),  # Vertuo Pop / Vertuo Next, both black
    ("لطافة عود مود 100 مل", "لطافة بديع العود عود فور جلوري 100 مل"),  # two Lattafa perfumes
    ("عطر لطافة خمرة 100 مل", "عطر لطافة اسد 100 مل"),  # Khamrah / Asad
    ("ساعة هواوي جي تي 4 أسود", "ساعة هواوي فيت 3 أسود"),
])
def test_two_arabic_titles_naming_two_products(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    # one word in two spellings (taa marbuta written as haa) is one name
    ("شاي العروسة اسود 250 جرام", "شاي العروسه اسود 250 جرام"),
    # an Arabic name against its Latin spelling is still excused as before
    ("حلاوة الرشيدي الميزان سادة 500 جرام", "El Rashidi El Mizan Halawa Plain 500g"),
])
def test_two_arabic_titles_one_product(a, b):
    assert_same(a, b)


def test_unread_words():
    # units, colours and table words are read; the name's words are not, without their article
    assert arabic.unread_words("نسبريسو فيرتو بوب أسود 100 مل") == ("نسبريسو", "فيرتو", "بوب")
    assert arabic.unread_words("لطافة بديع العود") == ("لطافه", "بديع")


# --- carbonation in more languages, and a spec word inside its negated form
@pytest.mark.parametrize("a, b", [
    ("Rajec pramenitá voda nesýtená 1,5 l", "Rajec jemne sýtená pramenitá voda 1500 ml"),  # Slovak
    ("Mattoni minerální voda neperlivá 1,5 l", "Mattoni minerální voda perlivá 1,5 l"),  # Czech
    ("Borsec apă minerală necarbogazoasă 2 l", "Borsec apă minerală carbogazoasă 2 l"),  # Romanian
    ("Jana prirodna mineralna voda negazirana 1,5 l", "Jana prirodna mineralna voda gazirana 1,5 l"),  # Croatian
])
def test_still_and_sparkling_water(a, b):
    assert_different(a, b)


def test_glass_in_a_glass_bottle_is_no_negation():
    # (a spec word inside a compound - "Glas" / "Glasflasche" - is still printed there)
    assert_same("Gerolsteiner Sprudel 12 x 0,75 l Glas",
                "Gerolsteiner Mineralwasser Sprudel Kasten 12x0.75L Glasflasche")


# --- flavours, variants and loanwords of the Asian scripts
@pytest.mark.parametrize("a, b", [
    ("ดูเม็กซ์ ดูโกร สูตร 3 รสจืด 1650 กรัม", "ดูเม็กซ์ ดูโกร สูตร 3 รสน้ำผึ้ง 1650 กรัม"),  # plain / honey
    ("Susu UHT Ultra Milk Tawar 1 L", "Susu UHT Ultra Milk Coklat 1 L"),  # plain / chocolate
    ("टाटा नमक लाइट 1 किग्रा", "टाटा सॉल्ट 1 किलो"),  # Tata Salt Lite / Tata Salt
    ("तेल फॉर्च्यून प्रो 1 लीटर", "तेल फॉर्च्यून 1 लीटर"),  # a Pro variant
    ("תה ויסוצקי ירוק קלאסי 25 שקיות", "ויסוצקי תה ירוק עם נענע 25 שקיקים"),  # classic / mint
    ("סנו פלורל נוזל לניקוי רצפות 1 ליטר לבנדר", "סנו פלורל נוזל לניקוי רצפות 1 ליטר הדרים"),  # lavender / citrus
])
def test_flavour_and_variant_words(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("text, word", [
    ("हिमालया जेंटल बेबी शैम्पू 400 मि.ली.", "400ml"),
    ("टाटा नमक 1 कि.ग्रा.", "1kg"),
    ("सैमसंग गैलेक्सी M34 5G 6/128 जीबी", "128gb"),
    ("טיטולים האגיס מידה 4 80 יח'", "80pcs"),
])
def test_units_as_the_shops_write_them(text, word):
    assert word in T.clean(text).split()


@pytest.mark.parametrize("a, b", [
    ("हिमालया जेंटल बेबी शैम्पू 400 मि.ली.", "Himalaya Gentle Baby Shampoo 400ml"),
    ("सैमसंग गैलेक्सी M34 5G (मिडनाइट ब्लू, 6GB RAM, 128GB स्टोरेज)",
     "Samsung Galaxy M34 5G 6/128 जीबी मिडनाइट ब्लू स्मार्टफोन"),
    ("सर्फ एक्सेल ईज़ी वॉश डिटर्जेंट पाउडर 1 किग्रा", "Surf Excel Easy Wash वाशिंग पाउडर 1kg पैक"),
])
def test_hindi_titles_one_product(a, b):
    assert_same(a, b)


def test_hindi_units_differ():
    assert_different("हिमालया बेबी लोशन 200 मि.ली.", "हिमालया बेबी लोशन 400 मि.ली.")


# --- Central / Eastern European and Turkish words of a kind, a form, a count
@pytest.mark.parametrize("a, b", [
    ("Kawa ziarnista Lavazza Qualità Oro 1kg", "LAVAZZA Qualita Oro kawa w ziarnach 1000 g"),  # Polish beans
    ("Cafea boabe Doncafe Elita 1 kg", "DONCAFE Elita cafea boabe 1000g"),  # Romanian beans
    ("Detergent de vase Fairy Original 800 ml", "FAIRY Original detergent lichid pentru vase 0,8 L"),
    ("Οδοντόκρεμα Colgate Total Original 75 ml", "COLGATE Total Original οδοντόπαστα 75ml"),  # Greek
    ("Gillette Fusion5 ProGlide borotvapenge 4 db", "GILLETTE ProGlide Fusion5 pótpenge 4 darab"),  # Hungarian
    ("Gel de duș Palmolive Naturals Milk & Honey 500 ml", "PALMOLIVE Naturals gel dus lapte si miere 500ml"),
    ("Olej silnikowy Castrol EDGE 5W-30 4L", "CASTROL Edge 5W30 motorový olej 4 l"),
])
def test_kind_and_form_words_one_product(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Kawa ziarnista Lavazza Qualità Oro 1kg", "Kawa mielona Lavazza Qualità Oro 250 g"),
    ("Cafea boabe Doncafe Elita 1 kg", "Cafea boabe Doncafe Elita 500 g"),
    ("Scutece Pampers Active Baby mărimea 4, 76 buc", "Scutece Pampers Active Baby mărimea 5, 64 buc"),
    ("Prima Premium Care Bebek Bezi 3 Numara 90 Adet", "Prima Premium Care Bebek Bezi 4 Numara 76 Adet"),
])
def test_kind_and_form_words_two_products(a, b):
    assert_different(a, b)


@pytest.mark.parametrize("a, b", [
    # Indonesian spellings of a line's words, a Vietnamese colour's marker
    ("Kopi Kapal Api Special Mix 10 x 24 gr", "KAPAL API Spesial Mix kopi 10 x 24 gr"),
    ("Loa JBL Go 3 Đen", "Loa bluetooth JBL GO 3 màu đen"),
])
def test_south_east_asian_wordings_one_product(a, b):
    assert_same(a, b)


# --- Arabic amounts in words and a model's letter after its number
@pytest.mark.parametrize("text, word", [
    ("شاي العروسه ناعم ربع كيلو", "0.25kg"),
    ("جبن أبيض فيتا نص كيلو", "0.5kg"),
    ("عصير نصف لتر", "0.5l"),
    ("مكيف جري 18 ألف وحدة تبريد فقط", "18000btu"),
    ("مكيف جري 24000 وحدة بارد", "24000btu"),
    ("شاومي ريدمي 13 سي 128 جيجا", "13c"),
    ("بيبسي 330 مللي", "330ml"),
])
def test_arabic_amounts_and_letters(text, word):
    assert word in T.clean(text).split()


@pytest.mark.parametrize("a, b", [
    ("جبنة دومتي فيتا 500 جرام", "DOMTY جبن فيتا نص كيلو"),
    ("موبايل شاومي ريدمي 13 سي 128 جيجا رام 6 اسود", "Xiaomi Redmi 13C 6GB RAM 128GB Black"),
])
def test_arabic_amounts_one_product(a, b):
    assert_same(a, b)


# --- an air conditioner's BTU is its size, no model number (English and Arabic)
@pytest.mark.parametrize("a, b", [
    ("Gree Split Air Conditioner 24000 BTU", "Gree Split Air Conditioner 18000 BTU"),
    ("Gree Split Air Conditioner 24000 BTU Hot & Cold", "Gree Split Air Conditioner 24000 BTU Cold Only"),
    ("مكيف سبليت جري 24000 وحدة بارد حار", "مكيف جري سبليت 24000 وحدة بارد فقط"),
    ("مكيف سبليت جري 24000 وحدة", "مكيف سبليت جري 18 ألف وحدة"),
])
def test_btu_capacity(a, b):
    assert_different(a, b)


# --- Thai: "รส" (flavour) closing a name is the name's syllable; kinds of two Thai shops
def test_thai_flavour_marker_closing_a_name():
    from crawler.matching import thai
    assert "flavour" not in thai.to_latin("น้ำปลาทิพรส 700 มล.")  # Tiparos fish sauce
    assert "flavour honey" in thai.to_latin("ดูเม็กซ์ ดูโกร รสน้ำผึ้ง 1650 กรัม")  # the honey flavour still


@pytest.mark.parametrize("a, b", [
    ("น้ำปลาทิพรส 700 มล.", "Tiparos น้ำปลาแท้ ขวดแก้ว 700ml"),
])
def test_thai_titles_one_product(a, b):
    assert_same(a, b)


def test_thai_titles_two_products():
    assert_different("น้ำปลาทิพรส 700 มล.", "น้ำปลาทิพรส 300 มล.")
    assert_different("ดูเม็กซ์ ดูโกร สูตร 3 รสจืด 1650 กรัม", "ดูเม็กซ์ ดูโกร สูตร 3 รสช็อกโกแลต 1650 กรัม")


def test_tons_of_refrigeration():
    # (a ton of refrigeration is 12,000 BTU: "1.5 Ton" is the 18000 BTU unit, "2 Ton" another)
    assert_same("Hisense 1.5 Ton Split AC Inverter", "Hisense Split AC Inverter 18000 BTU")
    assert_different("Hisense 2 Ton Split AC Inverter", "Hisense Split AC Inverter 18000 BTU")


@pytest.mark.parametrize("a, b", [
    ("Шампунь Pantene Pro-V Інтенсивне відновлення 400 мл", "PANTENE Pro-V Intensive Repair шампунь 0,4 л"),
    ("Korres Αφρόλουτρο Βανίλια Κανέλα 250 ml", "KORRES Showergel Vanilla Cinnamon 250ml"),
    ("Кава мелена Ambassador Premium 450 г", "Кава Амбасадор Преміум мелена 450г вакуумна упаковка"),
])
def test_cyrillic_and_greek_words_one_product(a, b):
    assert_same(a, b)


def test_greek_extra_virgin_is_no_virgin():
    assert_different("Ελαιόλαδο Μινέρβα Χωριό Παρθένο 1 λίτρο", "Ελαιόλαδο Μινέρβα Χωριό Εξαιρετικό Παρθένο 1 λίτρο")
