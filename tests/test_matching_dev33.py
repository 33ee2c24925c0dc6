"""Session 33 (dev33): the second attacker's lost pairs of ho33's readings, asked both ways round
through the pair path and the batch path:

* a colour code glued to a model number is compared as the colour it names, not as letters: "WK-1343WH"
  / "WK-1343WHT" and "1812BL" / "1812BLU" are one model (``mends33.colour_suffix_rivals``); "1812WH" /
  "1812BK" stay two;
* a bare number after a line's word is no screen size where the other title prints that number as a
  number or an ordinal ("iPad 9" / 'iPad 10,2" ... (9. Generation)', ``mends33.screen_sizes_apart``);
  "iPad Air 13" / 'iPad Air 11"' stay two;
* a unit letter glued to a number is no model letter where the other title prints that number in a range
  whose next number carries the letter ("Cooler 12V" / "Cooler 12/24V", ``sport32.glued_letter_differs``);
* the third attacker's wrong "same" of toys33 (tb33): a card game and the board game of one title are two
  products ("Catan Card Game" / "Catan Board Game"); a shirt's collar style and a boot line "Harness" are
  no pet kind; "Légère" next to a concentration is a lighter one (``facets.concentrations``); two letter sizes each after its label ("Gr. S" / "Größe XL") are two sizes; a doll's pram is no pram ("Puppenwagen Cybex Priam" / "Cybex Priam Kinderwagen")."""

from tests.pair_checks import pair_tests

SAME = [
    ("Tristar WK-1343WH Wasserkocher 1,7L", "Tristar WK-1343WHT Wasserkocher weiß 1,7 Liter"),
    ("Sencor SWK 1812BL Wasserkocher blau", "Sencor SWK 1812BLU Wasserkocher blau"),
    ("Apple iPad 9 64GB WiFi Space Grau", 'Apple iPad 10,2" 64GB WiFi Space Grau (9. Generation)'),
    ("Apple iPad 8 32GB WiFi Silber", 'Apple iPad 10,2" 32GB WiFi Silber (8. Generation)'),
    ("Amazon Kindle 11 16GB schwarz", 'Amazon Kindle 6" 16 GB schwarz (11. Generation)'),
    ("Honor Pad 9 8GB 256GB grau", 'Honor Pad 12,1" 8GB 256GB grau (Pad 9)'),
    ("Carolina Herrera Good Girl Légère Eau de Parfum 80ml", "Carolina Herrera Good Girl Legere EDP 80 ml"),
    ("Dometic CFX3 45 Cooler 12V", "Dometic CFX3 45 Compressor Cooler 12/24V 100-240V"),
]
DIFFERENT = [
    ("Sencor SWK 1812WH Wasserkocher", "Sencor SWK 1812BK Wasserkocher"),
    ("Sencor SWK 1812BLU Wasserkocher", "Sencor SWK 1812BK Wasserkocher"),
    ("Apple iPad Air 13 M2 128GB Blue", 'Apple iPad Air 11" M2 128GB Blue'),
    ("Catan Card Game", "Catan Board Game"),
    ("Carolina Herrera Good Girl Légère Eau de Parfum 80ml", "Carolina Herrera Good Girl woda perfumowana 80ml"),
    ("Patagonia Capilene Cool Daily Shirt Black Gr. S", "Patagonia Capilene Cool Daily Shirt Black Größe XL"),
    ("Helly Hansen Lifa Active Baselayer Black Gr. S", "Helly Hansen Lifa Active Baselayer Black Größe XL"),
    ("Zug um Zug Kartenspiel", "Zug um Zug Brettspiel"),
    ("Exploding Kittens Card Game", "Exploding Kittens The Board Game"),
    ("Uniqlo Stand Collar Shirt White M", "Uniqlo Oxford Shirt White M"),
    ("Tommy Hilfiger Regular Polo Shirt", "Tommy Hilfiger Contrast Collar Polo Shirt"),
    ("Frye Engineer 12R Boots", "Frye Harness 12R Boots"),
    ("Bayer Design Puppenwagen Cybex Priam", "Cybex Priam Kinderwagen"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
