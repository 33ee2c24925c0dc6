"""Session 32 (dev32): review readings of the matcher, asked both ways round through the pair
path and the batch path:

* "Premium" right after a model's code names the model's tier ("Kärcher K5 Premium" is another
  washer than the K5), while "Premium" before a word both titles print is still a shop's praise
  ("Energizer MAX Premium Alkaline AA" / "Energizer Max Alkaline AA": ``en_recall23.quality_claim``);
* a line's number after its name, "Raspberry Pi 4" / "Raspberry Pi 5", is compared where the other
  title prints the line's word with another number, though each number stands elsewhere in the other
  title ("Wi-Fi 5", "4GB") (``features._line_numbers_apart``, ``_with_unit_in``);
* session 32's readings mended after the attackers (attack32a / attack32b): a weight against a volume only
  for a packaged content's sizes (up to 3 litres, no appliance's watts, no long part number both print); a
  club's home / away shirts, a polo, a hoodie as their own kinds; "Mass Market" no paperback word; "for
  Mac" no edition of a program;
* a power bank's "10K" is 10,000 mAh in both unit readers (one helper, ``titles._bank_capacity``);
* "not organic" / "nicht bio" denies the organic claim of a seed packet (``seeds._NOT_ORGANIC`` reads
  ``lexicon.NEGATION``)."""

from crawler.matching.seeds import claims_organic
from crawler.matching.titles import clean_with_units, units_of, clean
from tests.pair_checks import pair_tests

SAME = [
    ("Energizer MAX Premium Alkaline AA Batteries, 24 Pack", "Energizer Max Alkaline AA Batteries 24 Pack"),
    ("Anker PowerCore 10K Power Bank", "Anker PowerCore 10000mAh Power Bank"),
    # a year after the line's name is no line number; the count stands before "Devices" in both
    ("Bitdefender Total Security 2024 - 5 Devices - 1 Year", "Bitdefender Total Security 5 Device 12 Months"),
    ("Kaspersky Standard 3 Devices 1 Year", "Kaspersky Standard 2024 3 device 1 yr (key)"),
    # an appliance's load against its bowl's volume is no weight against a volume of contents (attack32b)
    ("Philips Airfryer XXL HD9650/90 - 1,4 kg 2225 W - Freidora de aire Nuevo",
     "Philips Airfryer XXL HD9650/90, 2225 W, 7,3 l HD965090"),
    # a container's litres against its own weight, a light filler's bag (attack32a)
    ("Deuter Speed Lite 21 Rucksack 21 L", "Deuter Speed Lite 21 Backpack 0.5 kg"),
    ("Cat's Best Original Katzenstreu 20 l", "Cat's Best Original Katzenstreu 8,6 kg"),
    # a maker's colourway against the shop's plain colours and finish
    ("POC Ventral Air MIPS Uranium Black Matt M", "POC Ventral Air MIPS Casco de ciclismo Negro mate M"),
    # a program made for the Mac only, against a title naming its edition and term (attack32a)
    ("Parallels Desktop 19 for Mac", "Parallels Desktop 19 Standard Edition 1 Year"),
]

DIFFERENT = [
    ("Kärcher K5 Premium Power Control Hochdruckreiniger", "Kärcher K 5 Power Control Hochdruckreiniger"),
    ("Kärcher K5 Premium Full Control Plus", "Kärcher K5 Full Control Plus"),
    ("Anker PowerCore 10K Power Bank", "Anker PowerCore 20K Power Bank"),
    # the number after a line's name, "Pi 4" / "Pi 5", though "5" (Wi-Fi 5) and "4" (4GB) stand elsewhere
    ("Raspberry Pi 4 Model B 4GB Wi-Fi 5", "Raspberry Pi 5 4GB Wi-Fi 5"),
    ("Raspberry Pi 4 Model B 4GB", "Raspberry Pi 5 4GB"),
    ("Heinz Tomato Ketchup Top Down 910g", "Heinz Tomato Ketchup Top Down 400ml"),
    # a club's home and away shirts, a jersey and a polo, a hoodie and a crew sweatshirt (attack32a)
    ("FC Bayern München Heimtrikot 24/25", "FC Bayern München Auswärtstrikot 24/25"),
    ("adidas Entrada 22 Trikot", "adidas Entrada 22 Poloshirt"),
    ("Nike Club Fleece Hoodie", "Nike Club Fleece Sweatshirts"),
    # a mass-market paperback is its own edition (attack32a)
    ("The Hunger Games Mass Market Paperback", "The Hunger Games Paperback"),
    # two colourways, each with maker's words of its own (attack32a)
    # (session 37, col37: and a maker's colourway opening with another colour - adidas names the upper first:
    # B75806 is the white Samba, "Cloud White / Core Black", B75807 the black one, "Core Black / Cloud White";
    # fs36.jsonl and heldout32.jsonl label them two products - was a "same" pair here)
    ("adidas Samba OG Cloud White/Core Black/Gum", "adidas Samba OG Core Black/Cloud White/Gum"),
    ("adidas Samba OG Core Black/Cloud White/Gum", "adidas Samba OG Cloud White/Core Black/Clear Granite"),
    # a mouse's Mac edition stays another product
    ("Logitech MX Master 3S grafitová", "Logitech MX Master 3S for Mac Space Grey"),
]

test_dev32_one_product, test_dev32_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_both_unit_readers_read_a_power_banks_k_as_mah():
    for title in ("Anker PowerCore 24K Power Bank", "INIU Powerbank 20K USB-C"):
        text, units = clean_with_units(title)
        assert "k" not in units and units["mah"], (title, units)
        assert units_of(clean(title)) == units, title
    # no power bank: "6850K" stays a CPU's code, "4K" a resolution word, no capacity
    assert "mah" not in clean_with_units("Intel Core i7-6850K Processor")[1]


def test_negations_deny_organic():
    assert claims_organic(["tomato", "seeds", "organic"])
    for ws in (["not", "organic"], ["nicht", "organic"], ["sin", "organic"], ["non", "organic"]):
        assert not claims_organic(ws), ws
