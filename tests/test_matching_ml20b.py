"""Session 20, ml20b (issue 12): one product as South-East Asian shops word it (Indonesian /
Malay, Tagalog, Vietnamese with and without accents) and as German, Dutch and French shops word
it - kinds, containers, counts and listing notes of those languages (``sea_words``), a count in
their words ("isi 40", "3 piraso"), a kilogram and a litre as they write them ("1.2 kilo", "1
lít"), a variant word inside a kind phrase ("Air Mineral"), a consumable written as a compound
("Rasierklingen").  Each rule is tested with pairs of one product and pairs of two products it
must keep apart."""

from __future__ import annotations

import pytest

from crawler.matching import titles as T
from crawler.matching.sea_words import gift_dropped, sea_count
from tests.pair_checks import assert_different, assert_same


@pytest.mark.parametrize("text, read", [
    ("indomie goreng 85g isi 40", "indomie goreng 85g 40 pcs"),
    ("safeguard sabon 130 grams, 3 piraso", "safeguard sabon 130 grams, 3 pcs"),
    ("panadol extra 10 biji", "panadol extra 10 pcs"),
    ("bim quan bobby l 48 mieng", "bim quan bobby l 48 pcs"),
    ("indomie goreng 1 karton (40 bungkus)", "indomie goreng karton (40 pcs)"),
    ("aqua 600ml 1 dus isi 24 botol", "aqua 600ml dus 24 pcs botol"),
    ("sua similac eye q so 4 lon 900g", "sua similac eye q 4 lon 900g"),
    # an amount after "isi" stays an amount; a number of cartons other than one stays
    ("rinso isi 800 g", "rinso isi 800 g"),
    ("sprite isi 2 x 1.5l", "sprite isi 2 x 1.5l"),
    ("indomie 2 dus", "indomie 2 dus"),
    # English "so" before a word is no Vietnamese "số"
    ("so good chicken nugget 400g", "so good chicken nugget 400g"),
])
def test_sea_count(text, read):
    assert sea_count(text) == read


@pytest.mark.parametrize("text, read", [
    # a free gift after the product's count or size, or after a "+"
    ("mamy poko pants extra dry l 44 pcs free 2 tisu basah", "mamy poko pants extra dry l 44 pcs  "),
    ("philips sonicare 3100 toothbrush + free travel case, black", "philips sonicare 3100 toothbrush  , black"),
    ("pantene shampoo 900ml gratis 1 conditioner", "pantene shampoo 900ml  "),
    ("sua similac 900g tang kem 1 binh", "sua similac 900g  "),
    # a formulation, a name, buy-one-get-one: no gift
    ("tide free & clear 64 loads", "tide free & clear 64 loads"),
    ("trident sugar free gum 10 pack", "trident sugar free gum 10 pack"),
    ("sennheiser momentum free 2 black", "sennheiser momentum free 2 black"),
    ("beli 1 gratis 1 sabun lifebuoy", "beli 1 gratis 1 sabun lifebuoy"),
])
def test_gift_dropped(text, read):
    assert gift_dropped(text) == read


@pytest.mark.parametrize("text, words", [
    ("Redmi 13C 8/256 Hitam", ["redmi", "13c", "8gb", "256gb", "hitam"]),
    ("Samsung Galaxy A05 4+64 Silver", ["samsung", "galaxy", "a05", "4gb", "64gb", "silver"]),
    # no phone's memory and storage: a fraction, a scale, a voltage, a small second number
    ("Bosch drill bit 1/4 inch", None),
    ("Diecast 1/64 scale", None),
    ("Relay 12/24 V", None),
    ("Cable pack 4/16", None),
    # memory and storage named by their words
    ("Redmi 13 RAM 8 ROM 256 Hitam", ["redmi", "13", "8gb", "256gb", "hitam"]),
    ("Oppo A18 RAM 4GB/ROM 128GB", ["oppo", "a18", "4gb", "128gb"]),
])
def test_memory_and_storage_without_units(text, words):
    ws = T.words(T.clean(text))
    if words is None:
        assert not any(w.endswith("gb") for w in ws), ws
    else:
        assert ws == words


@pytest.mark.parametrize("text, unit, value", [
    ("Bear Brand Powdered Milk 1.2 kilo pouch", "wt", 1200.0),
    ("Purefoods Tender Juicy Jumbo Hotdog 1 kilo", "wt", 1000.0),
    ("Dinorado Rice 2 kilos", "wt", 2000.0),
    ("Vinamilk Sua tuoi khong duong 1 lit", "vol", 1000.0),
])
def test_kilo_and_vietnamese_litre_are_units(text, unit, value):
    assert T.clean_with_units(text)[1][unit] == frozenset({value})


@pytest.mark.parametrize("a, b", [
    # a kind, container or count in Indonesian / Malay, Tagalog, Vietnamese
    ("Safeguard Pure White Bar Soap 130g x 3 pcs", "Safeguard Pure White sabon 130 grams, 3 piraso"),
    ("Dutch Lady Full Cream UHT Milk 1 Liter", "Dutch Lady Susu Penuh Krim UHT 1L"),
    ("Bear Brand Powdered Milk 1.2kg", "Bear Brand Powdered Milk 1.2 kilo pouch"),
    ("Vinamilk Sữa tươi không đường 1L", "Vinamilk Sua tuoi khong duong 1 lit"),
    ("Pigeon PP Wide Neck Feeding Bottle 240ml", "Pigeon Botol Susu PP Wide Neck 240ml"),
    ("Dettol Body Wash Original Refill 410 ml", "Dettol Sabun Cair Original 410ml Refill"),
    ("Sua Similac Eye Q so 4 lon 900g", "Sữa bột Similac Eye-Q 4 900g"),
    ("Indomie Goreng Original 85g isi 40", "INDOMIE Goreng 85gr 40 pcs"),
    ("Kopi Kapal Api Special Mix isi 10 renceng", "Kapal Api Special Mix 10 pcs"),
    # "Air Mineral" is mineral water: "Air" names no variant there
    ("AQUA Air Mineral 600ml 1 dus isi 24 botol", "Aqua botol 600 ml x 24 pcs karton"),
    # German, Dutch, French: a compound consumable is the refill; pans, puzzles
    ("Gillette Fusion5 Rasierklingen, 8 Stück", "Gillette Fusion5 lames de rasoir recharges x8"),
    ("Dyson V15 Detect Absolute Akku-Staubsauger", "Dyson V15 Detect Absolute aspirateur balai sans fil"),
    # Vietnamese: a washing powder's loading ("cửa trên" top), a free gift
    ("Bột giặt OMO Matic cửa trên 3kg", "OMO Matic Top Load Detergent Powder 3kg"),
    ("Mamy Poko Pants Extra Dry L 44 pcs FREE 2 tisu basah", "MamyPoko Pants Extra Dry Celana Popok Size L isi 44"),
    ("Xiaomi Redmi 13C 8GB+256GB Black", "Redmi 13C 8/256 Hitam"),
    # a pouch is the refill's pack; "sans fil" is wireless; kinds of German, Dutch, French shops
    ("Rinso Molto Deterjen Cair Pouch 750ml", "Rinso Cair Molto Refill 750 ml"),
    ("Logitech MX Master 3S Performance Wireless Maus, Graphit", "LOGITECH MX Master 3S - Souris sans fil - graphite"),
    ("Bioderma Sensibio H2O Eau micellaire 500 ml", "BIODERMA Sensibio H2O Mizellenwasser 500ml"),
    ("Stabilo Boss Original Textmarker gelb, 4 Stück", "STABILO Boss Original surligneur jaune, 4 pièces"),
    ("Pritt Klebestift 43 g", "Pritt colle bâton 43g"),
    ("Trung Nguyen G7 3 in 1 Instant Coffee 18 sachets x 16g", "Cà phê hòa tan G7 3in1 hộp 18 gói x 16g"),
    # a plant drink in German, French, Swedish compounds and phrases
    ("Migros Bio Hafermilch 1 l", "Migros Bio Boisson à l'avoine 1 litre"),
    ("Oatly Havredryck Barista 1 l", "Oatly Oat Drink Barista Edition 1L"),
    ("Alpro Sojadrink Original 1L", "Alpro Soya Drink Original 1 l"),
    ("Xiaomi Redmi 13 8GB/256GB - Black Garansi Resmi", "Redmi 13 RAM 8 ROM 256 Hitam"),
    # a fruit flavour in German, French, Indonesian; the EU grade of a jam
    ("Bonne Maman Confiture Abricots 370g", "Bonne Maman Aprikosen Konfitüre extra 370 g Glas"),
    ("Ultra Milk Rasa Stroberi 200ml", "Ultra Milk Strawberry 200ml"),
    ("Zentis Konfitüre extra Erdbeere 450g", "Zentis Erdbeer Konfitüre 450g"),
    # sugar in Vietnamese, with and without accents
    ("Vinamilk Sua tuoi tiet trung khong duong 1 lit", "Sữa tươi tiệt trùng Vinamilk 100% không đường hộp 1L"),
])
def test_same_product(a, b):
    assert_same(a, b)


@pytest.mark.parametrize("a, b", [
    # another count, size or flavour in those words stays another product
    ("Safeguard Pure White Bar Soap 130g x 3 pcs", "Safeguard Pure White sabon 130 grams, 6 piraso"),
    ("Indomie Goreng Original 85g isi 40", "INDOMIE Goreng 85gr 1 karton 20 pcs"),
    ("Indomie Goreng Rasa Original - 1 Karton (40 Bungkus)", "Indomie Goreng Original isi 5 pcs"),
    ("Bear Brand Powdered Milk 1.2kg", "Bear Brand Powdered Milk 2 kilo"),
    ("Vinamilk Sữa tươi không đường 1L", "Vinamilk Sua tuoi khong duong 180 ml"),
    ("Sua Similac Eye Q so 3 lon 900g", "Sữa bột Similac Eye-Q 4 900g"),
    ("Dettol Sabun Cair Original 250ml Refill", "Dettol Body Wash Original Refill 410 ml"),
    # a refill against its kit; a variant word outside a kind phrase is a variant
    ("Gillette Fusion5 Rasierer mit 1 Klinge", "Gillette Fusion5 lames de rasoir recharges x8"),
    ("Apple MacBook Air 13 M2 256GB", "Apple MacBook 13 M2 256GB"),
    # front load is not top load; another memory or storage written without units
    ("Bột giặt OMO Matic cửa trước 3kg", "OMO Matic Top Load Detergent Powder 3kg"),
    ("Xiaomi Redmi 13C 8GB+256GB Black", "Redmi 13C 4/128 Hitam"),
    # a pan set is not one pan; a Vietnamese yogurt ("sữa chua") is not fresh milk ("sữa tươi")
    ("WMF Devil Bratpfanne 28 cm", "WMF Devil Pfannenset 2-teilig 24/28 cm"),
    ("Sữa tươi Vinamilk có đường 180ml lốc 4 hộp", "Vinamilk Sữa chua ăn có đường 100g lốc 4"),
    # a refill against a bottle; a wired mouse; another size
    ("Rinso Molto Deterjen Cair Botol 750ml", "Rinso Cair Molto Refill 750 ml"),
    ("Logitech M100 Maus mit Kabel, Schwarz", "Logitech M185 Souris sans fil - noir"),
    ("Bioderma Sensibio H2O Eau micellaire 250 ml", "BIODERMA Sensibio H2O Mizellenwasser 500ml"),
    ("Stabilo Boss Original Textmarker gelb, 4 Stück", "STABILO Boss Original surligneur jaune, 8 pièces"),
    # another memory; sugar free (Indonesian "tanpa gula", Vietnamese "không đường") is another drink
    ("Xiaomi Redmi 13 8GB/256GB - Black Garansi Resmi", "Redmi 13 RAM 6 ROM 128 Hitam"),
    ("Teh Pucuk Harum Tanpa Gula 350ml", "Teh Pucuk Harum 350ml"),
    ("Sữa tươi Vinamilk có đường 180ml lốc 4 hộp", "Sữa tươi Vinamilk không đường 180ml lốc 4 hộp"),
    ("Vinamilk Sua tuoi khong duong 180ml x 4", "Vinamilk Fresh Milk Sweetened 180ml x 4"),
    # another flavour, in any of these languages
    ("Bonne Maman Confiture Abricots 370g", "Bonne Maman Erdbeer Konfitüre extra 370 g Glas"),
    ("Ultra Milk Rasa Stroberi 200ml", "Ultra Milk Rasa Coklat 200ml"),
    ("Zentis Konfitüre extra Pflaume 450g", "Zentis Konfitüre extra Kirsche 450g"),
    # an oat drink is no soy or almond drink
    ("Alpro Sojadrink 1L", "Alpro Oat Drink 1L"),
    ("Alpro Soya Drink Original 1L", "Alpro Almond Drink Original 1L"),
    ("Alpro Hafermilch 1L", "Alpro Boisson Soja 1L"),
    # Dutch "met stukjes" (with pieces: crunchy) is no count word
    ("Calvé Pindakaas 350 g", "Calvé Pindakaas met stukjes pinda 350 g"),
])
def test_different_products(a, b):
    assert_different(a, b)
