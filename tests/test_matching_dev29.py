"""Session 29 (dev29): near misses the held-out-28 set showed as principles - a battery's size is no
acronym, a starter kit that holds a refill is no refill, an add-on's name may be a kind of goods,
the add-on alone is not the game sold with it, a model's number with a maker's letter glued on
("iPhone 16e") is another model than the bare number.  Every pair is asked both ways round, through
the pair path (``match_method``) and the batch path (``match_many``), which must agree."""

import pytest

from tests.pair_checks import decide_both_ways, pair_tests


_decide = decide_both_ways


DIFFERENT = [
    # a battery's size: "AAA Alkaline" is no "AA" written out
    ("Duracell Coppertop AAA Alkaline Batteries, 24 Pack", "Duracell Coppertop AA Batteries 24 Count"),
    ("Energizer MAX AAA Alkaline Batteries 16 pack", "Energizer MAX AA Alkaline Batteries 16 pack"),
    ("Varta Longlife AAA Alkaline Batterien 8 Stück", "Varta Longlife AA Batterien 8 Stück"),
    # the starter kit holding a refill against the refill
    ("Air Wick Freshmatic Max Automatic Spray Kit (Gadget + Refill), Fresh Linen",
     "Air Wick Freshmatic Max Refill Fresh Linen 250ml"),
    ("Glade PlugIns Scented Oil Starter Kit, Warmer + 2 Refills, Clean Linen",
     "Glade PlugIns Scented Oil Refills Clean Linen 2 ct"),
    # an expansion named by kinds of goods against its game
    ("The Sims 4 (PC)", "The Sims 4 Cats & Dogs Expansion Pack (PC)"),
    # the add-on alone against the game sold with it
    ("Elden Ring Shadow of the Erdtree DLC - PS5 Digital Code",
     "Elden Ring Shadow of the Erdtree Edition PS5 (Base Game + Expansion)"),
    # a model's number with the maker's letter against the bare number
    ("Apple iPhone 16e 128 GB Black", "Apple iPhone 16 128GB Black"),
    ("Apple iPhone 16e 128 GB Negro", "Apple iPhone 16 128GB Black"),
    ("Lenovo Legion 7i Gen 9 16 Zoll", "Lenovo Legion 7 Gen 9 16 Zoll"),
    # the model's letter standing apart
    ("HUAWEI MatePad 11.5 S Wi-Fi 8GB 256GB", "HUAWEI MatePad 11.5 Wi-Fi 8GB 256GB"),
    # the "+" model set apart before its colour ("Studio Buds +" is the Buds+)
    ("Beats Studio Buds + Black", "Beats Studio Buds Black"),
    ("Samsung Galaxy S24 + Black 256GB", "Samsung Galaxy S24 256GB Black"),
    ("Monster Energy Zero Ultra 16 oz 15 Pack", "Monster Energy Original 16 oz 15 Pack"),
    # a 3-pack against the single tube: the "3D" of the line's name prints no 3 of a count
    ("Crest 3D White Toothpaste Radiant Mint 3.8 oz 3 Pack", "Crest 3D White Toothpaste Radiant Mint 3.8 oz"),
    # earbuds with active noise cancellation (in Arabic) against the plain model
    ("ايربودز 4 مع خاصية إلغاء الضوضاء النشط", "Apple AirPods 4"),
]

SAME = [
    ("Energizer MAX AA Alkaline Batteries 16 pack", "Energizer Max Alkaline AA 16 Count"),
    ("Apple iPhone 16e 128GB Black", "iPhone 16e 128 GB - Black"),
    # the letter printed apart by one shop
    ("Mauviel M'heritage 150s copper saucepan 16cm", "MAUVIEL M'HERITAGE 150 S COPPER SAUCEPAN 16 CM"),
    ("ايربودز 4 مع خاصية إلغاء الضوضاء النشط", "Apple AirPods 4 with Active Noise Cancellation"),
    ("Beats Studio Buds + Black", "Beats Studio Buds Plus True Wireless Earbuds Black"),
    ("Samsung Galaxy S24 + Black 256GB", "Samsung Galaxy S24+ 256GB Black"),
    # a Latin name the other title writes in katakana, in place of the native word
    ("日清 カップヌードル 78g", "Nissin Cup Noodle 78g"),
    # an energy drink's "Zero" is its sugar-free one
    ("Monster Energy Zero Ultra, 16 oz, 15 Pack", "Monster Energy Zero Ultra, Sugar Free Energy Drink, 16 Fl Oz (Pack of 15)"),
    # a count after a plural noun, not a model's letter
    ("Paracetamol 500mg Caplets 16s", "Paracetamol 500mg Caplets 16s Pack"),
    ("Bosch Rotak 32R Electric Rotary Lawnmower 1200W 32cm",
     "BOSCH ROTAK 32 R corded lawn mower 32 cm cut, 1200 W - Free Delivery"),
]


test_one_product_written_two_ways_stays_one, test_near_misses_are_two_products = pair_tests(
    same=SAME, different=DIFFERENT)


def test_two_kits_holding_refills_are_no_refill_conflict():
    tier, _ = _decide("Glade PlugIns Scented Oil Starter Kit, Warmer + 2 Refills, Clean Linen",
                      "Glade PlugIns Scented Oil Starter Kit with 2 Refills Clean Linen")
    assert tier != "conflict:refill"


# a shop's notes in its title: the warranty it gives, the price it asks (Lebanese shops print both,
# in English and in Arabic) - no words of the product; the amount of a gift card is its product
SHOP_NOTES_SAME = [
    ("Huawei Band 9 Black - 1 Year Warranty", "HUAWEI Band 9 Black - 2 Years Warranty"),
    ("Huawei Band 9 Black (Official Warranty)", "HUAWEI Band 9 Black"),
    ("Apple iPhone 15 128GB Black, Warranty: 1 Year", "Apple iPhone 15 128GB Black"),
    ("سماعة هواوي فري بودز 5i أسود - كفالة سنة", "HUAWEI FreeBuds 5i Black"),
    ("Samsung Galaxy Buds FE Graphite | 79$", "Samsung Galaxy Buds FE Wireless Earbuds Graphite"),
    ("Apple AirPods Pro 2 USB-C Price: 199 USD", "Apple AirPods Pro 2nd Gen USB-C"),
]

SHOP_NOTES_DIFFERENT = [
    # a warranty sold as the product, the amount of a gift card
    ("SquareTrade 3-Year Warranty", "SquareTrade 2-Year Warranty"),
    ("Steam Gift Card 50 USD", "Steam Gift Card 20 USD"),
    ("Amazon.de Geschenkkarte 50 EUR", "Amazon.de Geschenkkarte 25 EUR"),
]


test_a_shops_warranty_or_price_note_is_no_word_of_the_product, test_a_warranty_or_an_amount_that_is_the_product_still_counts = pair_tests(
    same=SHOP_NOTES_SAME, different=SHOP_NOTES_DIFFERENT)


@pytest.mark.parametrize("a,b", [
    # a fitness tracker's line and generation, no strap
    ("HUAWEI Band 9 Black", "ساعة هواوي باند 9 أسود"),
    # a laptop's keyboard layout, no keyboard
    ("HP 250 G10 i5-1335U 8GB 512GB 15.6 FHD Arabic/English Keyboard", "HP 250 G10 Notebook Core i5-1335U 8GB 512GB SSD 15.6"),
    ("Apple MacBook Air M2 13.6\" 8GB 256GB Midnight MLY33 Arabic/English Keyboard",
     "Apple MacBook Air 13 inch M2 chip 8GB RAM 256GB SSD Midnight MLY33"),
])
def test_a_device_named_by_an_accessorys_word_is_no_accessory(a, b):
    tier, _ = _decide(a, b)
    assert tier != "conflict:accessory", (a, b, tier)


test_the_accessory_itself_stays_another_product = pair_tests(different=[
    ("Replacement Band 2 Pack for Xiaomi Smart Band 8 Black", "Xiaomi Smart Band 8 Black"),
    ("Strap for Xiaomi Smart Band 9 Black", "Xiaomi Smart Band 9 Black"),
    ("Armband für Xiaomi Smart Band 9 Schwarz", "Xiaomi Smart Band 9 Schwarz"),
    ("Apple Magic Keyboard Arabic", "Apple MacBook Air M2 Arabic"),
]).different


test_seed_packets_written_two_ways = pair_tests(same=[
    # a seed count "approx 100"
    ("Tomato Moneymaker Seeds (approx 100)", "Moneymaker Tomato Seeds 100 pcs"),
]).same


def test_seed_counts_still_differ():
    tier, same = _decide("Tomato Moneymaker Seeds (approx 100)", "Moneymaker Tomato Seeds 50 pcs")
    assert not same, tier


test_an_f1_hybrid_is_no_open_pollinated_seed = pair_tests(different=[
    ("Sungold F1 Tomato Seeds 25", "Sungold Heirloom Tomato Seeds 25"),
    ("Sweet Basil Seeds F1 Hybrid 500", "Sweet Basil Seeds Open Pollinated 500"),
], tier="conflict:seed_type").different


test_seed_packets_described_two_ways = pair_tests(same=[
    # an heirloom named on one side only, a maker's legal form written two ways
    ("Seed Needs Cherokee Purple Tomato 100 Seeds", "Cherokee Purple Heirloom Tomato 100 Seeds - Seed Needs"),
    ("Humboldt Seed Co. Blueberry Muffin Feminized 6 Pack", "Humboldt Seed Company Blueberry Muffin Fem Seeds 6"),
]).same


test_attackers_near_misses_stay_apart = pair_tests(different=[
    # "Hybrid" is no "F1" everywhere: a cannabis strain's indica x sativa cross, a species' name
    ("Gorilla Glue Auto Hybrid Seeds 3", "Gorilla Glue Auto F1 Seeds 3"),
    # (session 30, seed30: a crop's "Hybrid" is its F1 now, and a plain "Marketmore" was already the
    # "Marketmore F1" - F1 describes -, so the cucumber pair of session 29 is one product; the species'
    # name stays apart)
    ("Petunia x hybrida Surfinia 10 seeds", "Petunia Surfinia F1 - 10 seeds"),
    # a warranty or a plan sold as the product keeps its term
    ("AppleCare+ for iPhone 15 Pro - 2 Year Warranty", "AppleCare+ for iPhone 15 Pro - 1 Year Warranty"),
    ("HP Care Pack Notebook - 3 Year Warranty", "HP Care Pack Notebook - 5 Year Warranty"),
    ("Lenovo ThinkPad Verlängerte Garantie 3 Jahre", "Lenovo ThinkPad Verlängerte Garantie 5 Jahre"),
    ("ضمان ممتد لجهاز آيفون - ضمان سنتين", "ضمان ممتد لجهاز آيفون - كفالة سنة"),
    # an amount inside the name is the product's
    ("Razer Gold 50 USD", "Razer Gold 100 USD"),
    ("Touch Lebanon 7.58$ Magic", "Touch Lebanon 22$ Magic"),
    ("Pièce de 2€ commémorative France 2024", "Pièce de 1€ commémorative France 2024"),
]).different


def test_a_promotion_price_note_is_dropped_whole():
    _, same = _decide("Philips Airfryer XXL Noir - 199 € au lieu de 249 €", "Philips Airfryer XXL Noir")
    assert same



test_attackers_true_pairs_stay_one = pair_tests(same=[
    # a package word after the drink is no variant; a controller for several platforms names the
    # Switch among them; "5P" is five pieces; a manufacturer's or a lifetime guarantee is the shop's note
    ("7UP Free 330ml", "7UP Free 330ml Can"),
    ("8BitDo Pro 2 Controller - Switch", "8BitDo Pro 2 Controller for Switch / PC / Android"),
    ("Scotch Magic Tape 19mm x 33m 5P", "Scotch Magic Tape 19mm x 33m 5 Pack"),
    ("Samsung 990 PRO 2TB NVMe SSD (5 Jahre Herstellergarantie)", "Samsung 990 PRO 2TB NVMe SSD"),
]).same


test_second_attackers_near_misses_stay_apart = pair_tests(different=[
    # the second attacker's: a legal form's abbreviation is still a word of a name; a game listed for
    # several platforms is no Switch edition; two power ratings joined by "/" or "-"
    ("Funko Pop Batman Ltd Edition", "Funko Pop Batman"),
    ("Nike Air Max 90 LTD", "Nike Air Max 90"),
    ("Company of Heroes 3 PC", "Heroes 3 PC"),
    ("Hogwarts Legacy - PS5 / Xbox / Switch", "Hogwarts Legacy - Nintendo Switch"),
    ("Inverter 5kVA/4kW 48V", "Inverter 5kVA/5kW 48V"),
    ("UPS 3kVA-2.4kW", "UPS 3kVA-2.7kW"),
    ("Power Station 1800W/1024Wh", "Power Station 1800W/2048Wh"),
    ("طنجرة ضغط تيفال 6 لتر", "Tefal Saucepan 6L"),
]).different


test_second_attackers_true_pairs_stay_one = pair_tests(same=[
    ("طنجرة ضغط تيفال 6 لتر", "Tefal Pressure Cooker 6L"),
    ("Tefal Wok 28cm", "مقلاة عميقة تيفال 28 سم"),
    ("Must PV1800 3kVA/2.4kW", "Must PV1800 3kVA 2400W"),
]).same


test_two_lines_of_one_maker_are_two_products = pair_tests(different=[
    # two lines of one maker with the same number after them
    ("Dell Vostro 3530 i7-1355U 16GB 512GB SSD", "Dell Inspiron 3530 i7-1355U 16GB 512GB SSD"),
    ("Laptop Dell Vostro 3520", "Inspiron 3520 Dell"),
    ("Victron BlueSolar MPPT 150/35", "Victron SmartSolar MPPT 150/35"),
    ("HP Victus 15 Gaming Laptop", "HP Pavilion Gaming 15"),
], tier="conflict:slot").different


test_a_maker_line_table_parts_no_one_product = pair_tests(same=[
    # a line the table does not hold, or a title naming two lines, is left to the other readings
    ("Canon PIXMA G3410 All-in-One", "Canon MegaTank G3410 All-in-One"),
    ("Lenovo ThinkPad X1 Yoga Gen 8 14 inch", "Lenovo ThinkPad X1 Yoga Gen 8 14\""),
]).same
