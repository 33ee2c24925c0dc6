"""Session 26, onesided26: words one title prints and the other does not, that the title tier
read as no identifying word (filler, an opaque native word, an unknown colour) though they name
another product of the line.

* a rating word is filler only beside its score: "Intensity 10" is a coffee's strength a shop
  prints, "High Intensity" a candle line's variant (``wordclass.rating_number``);
* the formulations east Asian shops glue to the product's word - "脱脂纯牛奶" skimmed milk, "低脂肪牛乳",
  "デカフェ", "无糖" - are read as the English words ``formulation`` compares
  (``lingua.CJK_WORDS``), so a title printing one is not the plain product; a glued word that
  names no formulation ("饮用天然水", drinking water) is still one the other shop leaves out;
* common colour names the colour tables lacked in languages they list (ivory, anthracite, Portuguese
  silver and beige), and colour words that also name a food or a cosmetic (cream, Italian "panna",
  Spanish / Italian "crema", Polish "kremowy") read as the colour in a title naming a kind whose
  colour is a finish (a kettle, a toaster, a device: ``facets.food_colours``);
* how a game or a program is delivered - a download or a code against a medium (a game card, a
  CD-ROM, a "physical" copy) - is two products when both titles name one ("download", "code" are
  filler to the title tier; ``formulation.DIMENSIONS["delivery"]``); a licence's retail box is none;
* "Home" closing a title after the model's name ("Kärcher K4 Power Control Home") names a kit of
  the model, no maker's home line ("Parachute Home ...": ``facets.home_goods_tiers``).
"""

from __future__ import annotations

import pytest

from crawler.matching import match_method, same_product
from crawler.matching.prepared import prepare
from crawler.matching.wordclass import rating_number


def _same(a: str, b: str) -> bool:
    x, y = {"title": a}, {"title": b}
    s = same_product(x, y)
    assert s == same_product(y, x), (a, b)
    return s


@pytest.mark.parametrize("a,b", [
    # a variant line printed by one title only
    ("Bath & Body Works Mahogany Teakwood 3-Wick Candle 14.5 oz",
     "Bath & Body Works Mahogany Teakwood High Intensity 3-Wick Candle 14.5 oz"),
    ("Yankee Candle Midsummer's Night Large Jar Candle",
     "Yankee Candle Midsummer's Night High Intensity Large Jar Candle"),
    # a formulation glued to the product's word (Chinese, Japanese), or standing alone
    ("伊利 纯牛奶 250ml*24盒 整箱", "伊利 脱脂纯牛奶 250ml*24盒 整箱"),
    ("特仑苏 低脂纯牛奶 250ml×12盒", "蒙牛特仑苏纯牛奶250ml*12盒"),
    ("明治 おいしい牛乳 900ml", "明治 おいしい低脂肪牛乳 900ml"),
    ("UCC 職人の珈琲 デカフェ 粉 200g", "UCC 職人の珈琲 粉 200g"),
    ("三得利 乌龙茶 低糖 500ml*15瓶", "三得利 乌龙茶 无糖 500ml*15瓶"),
    ("茶裏王 台式綠茶 600ml x 24入", "茶裏王 日式無糖綠茶 600ml x 24入"),
    # one model number, two colours (Italian, Spanish, German, Portuguese, Polish)
    ("Smeg Bollitore elettrico KLF03 anni '50 Panna 1,7 L", "Bollitore Smeg KLF03 anni 50 nero 1,7 litri"),
    ("Hervidor Smeg KLF03 crema 1,7 L", "Hervidor de agua Smeg KLF03 negro 1,7 L"),
    ("Smeg Wasserkocher KLF03 anthrazit", "Smeg Wasserkocher KLF03 creme"),
    ("Torradeira Smeg TSF01 creme", "Torradeira Smeg TSF01 preta"),
    ("Czajnik elektryczny Smeg KLF03 kremowy 1,7 l", "Czajnik Smeg KLF03 czarny 1,7 l"),
    ("Smeg KLF03 bollitore panna", "Smeg KLF03 bollitore nero"),
    ("Smeg KLF03 vízforraló bézs", "Smeg KLF03 vízforraló fekete"),
    # a download or a code against a medium: two products of one game or program (EN, DE)
    ("Super Mario Bros. Wonder - Nintendo Switch (Physical Game Card)",
     "Super Mario Bros. Wonder - Nintendo Switch [Digital Download Code]"),
    ("TurboTax Home & Business 2023 Tax Software [PC Download]",
     "TurboTax Home & Business 2023 Tax Software [PC CD-ROM, Boxed]"),
    ("The Legend of Zelda: Tears of the Kingdom Nintendo Switch Download-Code",
     "The Legend of Zelda: Tears of the Kingdom Nintendo Switch physische Version"),
    # "Home" closing the title after the model's name: a kit of the model
    ("Kärcher K4 Power Control", "Kärcher K4 Power Control Home"),
    ("Kärcher K5 Premium Smart Control", "Kärcher K5 Premium Smart Control Home"),
])
def test_a_one_sided_word_naming_another_product_is_no_agreement(a, b):
    assert not _same(a, b), match_method({"title": a}, {"title": b})


@pytest.mark.parametrize("a,b", [
    # a strength score one shop prints (English, French, German)
    ("L'OR Espresso Supremo Intensity 10 Nespresso Compatible Capsules, 10 Pack",
     "L'OR Supremo 10 capsules compatibles Nespresso"),
    ("Carte Noire Café Moulu Classique n°5 250g", "Café moulu Carte Noire Classique intensité 5, 250 g"),
    ("Lavazza Qualità Rossa Intensität: 5, Bohnen 1 kg", "Lavazza Qualita Rossa Bohnen 1kg"),
    # one formulation, in Chinese and English; a glued word that is no formulation
    ("伊利 脱脂纯牛奶 250ml*24盒", "Yili Skimmed Pure Milk 250ml x 24"),
    ("Coca-Cola Zero 零度 汽水 330ml×24听", "可口可乐 零度 330ml*24罐"),
    ("农夫山泉 饮用天然水 550ml×24瓶", "农夫山泉 天然水 550mL*24瓶 整箱"),
    # one colour in two languages; cream as a food or a liqueur, no colour
    ("Amazon Echo Dot (5th Gen) 2-pack Charcoal", "Amazon Echo Dot (5. Gen.) 2er-Pack Anthrazit"),
    ("Roborock Q7 Max Robot Vacuum White", "Aspirator robot Roborock Q7 Max Alb"),
    ("Smeg KLF03 Wasserkocher 1,7 l creme", "Smeg Bollitore KLF03 Crema 1,7 L"),
    ("Baileys Original Irish Cream 70cl bottle", "Baileys Irish Cream Liqueur 70cl"),
    # a delivery named by one title only; a licence's retail box is no medium
    ("Mario Kart 8 Deluxe for Nintendo Switch (Physical Game Card)", "Mario Kart 8 Deluxe - Nintendo Switch"),
    ("Mario Kart 8 Deluxe Nintendo Switch code de téléchargement", "Mario Kart 8 Deluxe Nintendo Switch"),
    ("Microsoft Office Home & Student 2021 | One-time purchase for 1 PC or Mac | Download",
     "Office Home and Student 2021 (PC/Mac) - Retail Box, English"),
    # a maker's home line after the brand
    ("Parachute Home Linen Duvet Cover Queen White", "Parachute Linen Duvet Cover Queen White"),
    ("Cubase Pro 13 Retail DAW Download, Win/Mac",
     "Steinberg Cubase Pro 13 - Music Production Software (Boxed, Full Version)"),
])
def test_the_same_product_in_other_words_stays_the_same(a, b):
    assert _same(a, b), match_method({"title": a}, {"title": b})


@pytest.mark.parametrize("title,rated", [
    ("L'OR Espresso Supremo Intensity 10 Nespresso Compatible Capsules", True),
    ("Lavazza Qualità Rossa Intensität: 5, Bohnen 1 kg", True),
    ("Nespresso Ispirazione Firenze Arpeggio intensité 9/13", True),
    ("Bath & Body Works Mahogany Teakwood High Intensity 3-Wick Candle 14.5 oz", False),
    ("Yankee Candle High Intensity Large Jar", False),
])
def test_a_rating_word_is_filler_only_beside_its_score(title, rated):
    p = prepare({"title": title})
    w = next(x for x in p.words if x.startswith("intensit"))
    assert bool(rating_number(w, p, p)) is rated
