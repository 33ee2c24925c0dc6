"""Session 23 (ml, rules23ml): words a local shop adds or translates, read by class.

* containers in Greek, Russian / Ukrainian, Nordic, Finnish, Hungarian and Czech ("βάζο",
  "стакан", "påse"), ground coffee and spreadable in the Nordic languages ("mellanmalet",
  "Smørbar"): one title naming them and the other none is no disagreement - a size, a fat
  share or another blend still is;
* Arabic words of packaging, care claims, snack forms and transliterated line words ("برطمان",
  "تبييض", "للإصلاح المكثف", "سوفت تاتش"): read, so the brand beside them is read too - and a
  claim read is a claim compared (Repair & Protect is no Extra Whitening);
* a maker's name for a colour ("Midnight Black") against a title in another script that names
  the plain colour: the shop translated the colour - another colour or a tone still differs.
"""

import pytest

from crawler.matching import match_method, same_product
from tests.pair_checks import pair_tests


def _same(a, b):
    return same_product({"title": a}, {"title": b})


SAME = [
    # containers and forms in more languages
    ("Nutella 750g βάζο", "Nutella Hazelnut Spread 750 g"),
    ("Сметана Простоквашино 20% 300 г", "Простоквашино сметана 20% стакан 300г"),
    ("Lurpak Smørbar 250 g", "Lurpak Spreadable Butter 250g"),
    ("Zoégas Skånerost Bryggkaffe 450g", "ZOÉGAS Skånerost mellanmalet kaffe 450 g"),
    # Arabic words of the same product
    ("Lux Soap Bar Soft Touch 170g x 4", "صابون لوكس سوفت تاتش 170 غ 4 حبات"),
    ("Sensodyne Extra Whitening Toothpaste 75ml", "معجون أسنان سنسوداين تبييض إضافي 75 مل"),
    ("Dove Intensive Repair Shampoo 400ml", "شامبو دوف للإصلاح المكثف 400 مل"),
    ("Persil Power Gel Deep Clean 2.9L", "بيرسيل جل ديب كلين 2.9 لتر"),
    ("Lipton Yellow Label Black Tea 100 Tea Bags", "شاي ليبتون العلامة الصفراء ١٠٠ كيس"),
    # a maker's colour name against the translated colour
    ("Xiaomi Redmi Note 13 8GB/256GB Midnight Black", "شاومي ريدمي نوت 13 ذاكرة 256 جيجا رام 8 أسود"),
    ("Xiaomi Redmi Note 13 8GB/256GB Midnight Black", "Xiaomi Redmi Note 13 8GB/256GB 黑色"),
]

DIFFERENT = [
    ("Nutella 350g βάζο", "Nutella Hazelnut Spread 750 g"),
    ("Сметана Простоквашино 15% 300 г", "Простоквашино сметана 20% стакан 300г"),
    ("Lurpak Smørbar 400 g", "Lurpak Spreadable Butter 250g"),
    ("Lurpak Smørbar Lätt 250 g", "Lurpak Spreadable Butter 250g"),
    ("Zoégas Mollbergs Blandning 450g", "ZOÉGAS Skånerost mellanmalet kaffe 450 g"),
    ("Lux Soap Bar Soft Touch 170g x 4", "صابون لوكس ماجيكال بيوتي 170 غ 4 حبات"),
    ("Sensodyne Extra Whitening 75ml", "معجون سنسوداين إصلاح وحماية 75 مل"),
    ("Dove Intensive Repair Shampoo 400ml", "بلسم دوف للإصلاح المكثف 400 مل"),
    ("Persil Power Gel Deep Clean 2.9L", "بيرسيل جل لافندر 2.9 لتر"),
    ("Lipton Yellow Label Tea 100 bags", "شاي العلامة الصفراء 50 كيس"),
    ("Lipton Yellow Label Tea 100 bags", "ليبتون شاي أخضر 100 كيس"),
    # the colour: another one, and no translation between two Latin titles
    ("Xiaomi Redmi Note 13 8GB/256GB Midnight Black", "شاومي ريدمي نوت 13 ذاكرة 256 جيجا رام 8 أزرق"),
    ("Xiaomi Redmi Note 13 8GB/256GB Midnight Black", "Xiaomi Redmi Note 13 8GB/256GB 白色"),
    ("Xiaomi Redmi Note 13 8GB/256GB Midnight Black", "Xiaomi Redmi Note 13 8GB/256GB Black"),
    ("Samsung Galaxy A35 5G 128GB Awesome Lilac", "Смартфон Samsung Galaxy A35 5G 128GB синий"),
    # (two titles in the script: the word before the colour is no maker's colour name there)
    ("فول مدمس الوادي الأخضر 400 غ", "حمص بطحينة الوادي الأخضر 400 غ"),
    ("دبس رمان الوادي الأخضر 500 مل", "دبس خروب الوادي الأخضر 500 مل"),
]


test_same = pair_tests(same=SAME).same


test_different = pair_tests(different=DIFFERENT).different


def test_shade_needs_another_script():
    from crawler.matching import wordclass as W
    from crawler.matching.prepared import complete, prepare_light

    p = complete(prepare_light({"title": "Xiaomi Redmi Note 13 Midnight Black"}))
    latin = complete(prepare_light({"title": "Xiaomi Redmi Note 13 Black"}))
    arabic = complete(prepare_light({"title": "شاومي ريدمي نوت 13 أسود"}))
    assert W._translated_shade("midnight", p, latin) is None
    assert W._translated_shade("midnight", p, arabic) == 1
    tone = complete(prepare_light({"title": "Xiaomi Redmi Note 13 Light Black"}))
    assert W._translated_shade("light", tone, arabic) is None


# a ton is an air conditioner's 12,000 BTU only in a title about one; elsewhere a weight
@pytest.mark.parametrize("a,b,same", [
    ("Hisense 1.5 Ton Split AC Inverter", "Hisense 18000 BTU Split AC Inverter", True),
    ("Hisense 2 Ton Split AC Inverter", "Hisense 18000 BTU Split AC Inverter", False),
    ("Arcan 2 Ton Floor Jack", "Arcan 2000 kg Floor Jack", True),
    ("Arcan 3 Ton Floor Jack", "Arcan 2000 kg Floor Jack", False),
    ("Arcan 3 Ton Floor Jack", "Arcan 2 Ton Floor Jack", False),
])
def test_tons(a, b, same):
    assert _same(a, b) is same, match_method({"title": a}, {"title": b})


def test_tons_read():
    from crawler.matching import titles as T

    t, u = T.clean_with_units("Pittsburgh 3 Ton Low Profile Floor Jack")
    assert T.tons_read(t, u) == {"wt": frozenset({3000000.0})}
    t, u = T.clean_with_units("Gree 2 Ton Air Conditioner")
    assert T.tons_read(t, u) == {"btu": frozenset({24000.0})}


# a local shop's words in more languages: a bar, a liquid, a size word, Finnish pieces and puzzle,
# a fitness tracker's kind in Russian; and a maker's colour name is a colour's name, never a model's
# word ("Smart Band 8 Active Black" is another band)
@pytest.mark.parametrize("a,b,same", [
    ("Kinder Bueno 43 g", "Kinder Bueno tyčinka 43g", True),
    ("Kinder Bueno White 39 g", "Kinder Bueno tyčinka 43g", False),
    ("Neutral Flydende Vaskemiddel Color 2 L", "Neutral Color flüssig vaskemiddel 2 liter", True),
    ("Neutral Flydende Vaskemiddel Color 2 L", "Neutral Color pulver vaskemiddel 2 kg", False),
    ("Подгузники Huggies Elite Soft 3 (5-9 кг) 72 шт", "Huggies Elite Soft размер 3, 5-9 кг, 72 шт.", True),
    ("Подгузники Huggies Elite Soft 4 72 шт", "Huggies Elite Soft размер 3, 72 шт.", False),
    ("Ravensburger Puzzle 1000 pezzi Venezia", "Ravensburger 1000 palaa palapeli Venezia", True),
    ("Ravensburger Puzzle 500 pezzi Venezia", "Ravensburger 1000 palaa palapeli Venezia", False),
    ("Xiaomi Smart Band 8 Graphite Black", "Фитнес-браслет Xiaomi Smart Band 8 черный", True),
    ("Xiaomi Smart Band 8 Pink", "Фитнес-браслет Xiaomi Smart Band 8 черный", False),
    ("Xiaomi Smart Band 8 Active Black", "Фитнес-браслет Xiaomi Smart Band 8 черный", False),
    ("Tecno Spark 20 Pro 8+256GB Moonlit Black", "تكنو سبارك ٢٠ برو ٢٥٦ جيجا - أسود", True),
    ("Xiaomi Redmi Note 13 Pro Plus Black", "شاومي ريدمي نوت 13 برو أسود", False),
])
def test_local_words(a, b, same):
    assert _same(a, b) is same, match_method({"title": a}, {"title": b})
    assert _same(b, a) is same


# east Asian makers before the line, and a multipack with the count on both sides
@pytest.mark.parametrize("a,b,same", [
    ("아모레 마몽드 로즈 워터 토너 250ml", "Mamonde Rose Water Toner 250ml", True),
    ("신라면 멀티팩 120g x 5봉", "농심 신라면 120g 5개입", True),
    ("진라면 매운맛 멀티 120g×5개", "오뚜기 진라면 매운맛 120g 5입", True),
    ("신라면 멀티팩 120g x 5봉", "농심 신라면 120g", False),
    ("진라면 매운맛 멀티 120g×5개", "오뚜기 진라면 순한맛 120g 5입", False),
    ("아모레 마몽드 로즈 워터 토너 250ml", "Mamonde Rose Water Toner 150ml", False),
])
def test_makers_and_multipacks(a, b, same):
    assert _same(a, b) is same, match_method({"title": a}, {"title": b})
    assert _same(b, a) is same


# Hebrew names by their consonants; a Hebrew title that says more (another line) stays apart
@pytest.mark.parametrize("a,b,same", [
    ("טיטולים האגיס פרידום דריי מידה 4 80 יח'", 'Huggies Freedom Dry טיטולים שלב 4 (8-14 ק"ג) 80 חיתולים', True),
    ("טיטולים האגיס פרידום דריי מידה 5 80 יח'", 'Huggies Freedom Dry טיטולים שלב 4 (8-14 ק"ג) 80 חיתולים', False),
    ("טיטולים האגיס ליטל מובר מידה 4 80 יח'", 'Huggies Freedom Dry טיטולים שלב 4 (8-14 ק"ג) 80 חיתולים', False),
])
def test_hebrew_names(a, b, same):
    assert _same(a, b) is same, match_method({"title": a}, {"title": b})


def test_hebrew_skeletons():
    from crawler.matching.scripts import hebrew_skeletons

    assert "hgs" in hebrew_skeletons("האגיס")
    assert "frdm" in hebrew_skeletons("פרידום")
    assert "tnf" in hebrew_skeletons("תנובה")


# Arabic claims read as phrases; a country a Latin title names against a title in its script
@pytest.mark.parametrize("a,b,same", [
    ("Indomie Instant Noodles Special Chicken Flavour 75g x 5", "اندومي نودلز سريعة التحضير بنكهة الدجاج المميزة ٥ × ٧٥ غ", True),
    ("Indomie Instant Noodles Chicken Curry Flavour 75g x 5", "اندومي نودلز سريعة التحضير بنكهة الدجاج المميزة ٥ × ٧٥ غ", False),
    ("Vimto Fruit Cordial 710ml", "فيمتو شراب مركز بنكهة الفواكه ٧١٠ مل", True),
    ("Vimto Sparkling 330ml", "فيمتو شراب مركز بنكهة الفواكه 330 مل", False),
    ("Γιαούρτι ΦΑΓΕ Total 2% 500g", "FAGE Total 2% Greek Yogurt 500g", True),
    ("Γιαούρτι ΦΑΓΕ Total 5% 500g", "FAGE Total 2% Greek Yogurt 500g", False),
])
def test_claims_and_countries(a, b, same):
    assert _same(a, b) is same, match_method({"title": a}, {"title": b})
    assert _same(b, a) is same


def test_country_needs_its_script():
    from crawler.matching import wordclass as W
    from crawler.matching.prepared import complete, prepare_light

    p = complete(prepare_light({"title": "FAGE Total 2% Greek Yogurt 500g"}))
    greek = complete(prepare_light({"title": "Γιαούρτι ΦΑΓΕ Total 2% 500g"}))
    russian = complete(prepare_light({"title": "Йогурт FAGE Total 2% 500г"}))
    assert W._country_in_script("greek", p, greek) == 1
    assert W._country_in_script("greek", p, russian) is None
