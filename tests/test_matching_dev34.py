"""Session 34 (dev34), both ways round through the pair path and the batch path:

* a card game is a kind of its own in every language the tables read ("Card Game" / "Kartenspiel" /
  "jeu de cartes" / "gioco di carte" / "juego de cartas" / "kaartspel" / "gra karciana" / "karetni hra"):
  one product where two shops name it in two languages ("UNO Card Game" / "UNO Kartenspiel
  Familienspiel" - the third attacker of session 33 lost it once session 33 stopped reading card games as
  the tables' board game), and still two products against the board game of the same name;
* a length in inches against one in centimetres or millimetres is compared as one length: a TV's 55"
  is no 163 cm, a pan's 24 cm no 11", a hose's 1/2" no 19 mm (attack34a: each a "title" or "model"
  match - the inch and the metric lengths were two dimensions never compared); 55" = 138 cm,
  11" = 28 cm, 1/2" = 13 mm, 5/8" = 15 mm stay one product;
* one age "N Year Old" is the kids' age only on a toy's, a game's or a kids' title; elsewhere it is the
  product's own, read as "N years" ("Glenfiddich 12 Year Old" / "15 Year Old" was a title match:
  attack34a), "12 Year Old" = "12 Jahre" = "12 Years";
* a camera mount is a closed set: a lens named for two mounts is two products ("Sigma 18-50mm F2.8 DC DN
  Contemporary Sony E" / "... Fujifilm X" was a model match, attack34a); "Sony E" = "E-Mount", a camera
  body's letters and number ("Nikon Z 50") are no mount;
* a "Duo Pack" / "Duopack" / "Pack Duo" is a pack of two, a "Trio Pack" of three ("Oral-B iO Series 9" /
  "... Duo Pack" was a title match, attack34a), as "Twin Pack" and "Doppelpack" were;
* a gift set on one side only ("gift box with 2 glasses", "Geschenkbox mit 2 Gläsern", "coffret") is a
  set the other title does not sell: never the learned stage's "same" (attack34a)."""

from tests.pair_checks import pair_tests

SAME = [
    ("Mattel W2087 UNO Card Game", "Mattel W2087 UNO Kartenspiel Familienspiel"),
    ("UNO Kartenspiel", "UNO jeu de cartes"),
    ("Exploding Kittens Card Game", "Exploding Kittens Kartenspiel"),
    ("Asmodee Dobble Kartenspiel", "Asmodee Dobble gioco di carte"),
    ("Ravensburger Wizard Kartenspiel", "Ravensburger Wizard kaartspel"),
    ("UNO gra karciana", "Mattel UNO Card Game"),
    ('Samsung 55" QN90C Neo QLED', "Samsung QN90C Neo QLED 138 cm"),
    ("Samsung GQ65QN90C 65 Zoll", "Samsung GQ65QN90C 163 cm"),
    ('Tefal Ingenio Frying Pan 11"', "Tefal Ingenio Pfanne 28 cm"),
    ("Tefal Ingenio Poêle 24 cm", "Tefal Ingenio Frying Pan 9.5 inch"),
    ('Gardena Classic Hose 1/2" 20m', "Gardena Classic Schlauch 13 mm 20 m"),
    ('Gardena Classic Hose 5/8" 20m', "Gardena Classic Schlauch 15 mm 20 m"),
    ('Apple iPad Air 10.9" 64GB Wi-Fi Blau', "Apple iPad Air 27,7 cm 64GB Wi-Fi Blau"),
    ("Glenfiddich 12 Year Old 70cl", "Glenfiddich 12 Jahre 0,7 l"),
    ("Glenfiddich 12 Year Old Single Malt 70cl", "Glenfiddich Single Malt 12 Years 70cl"),
    ("Melissa & Doug Wooden Puzzle 3 years old", "Melissa & Doug Wooden Puzzle"),
    ("Sigma 18-50mm F2.8 DC DN Contemporary Sony E", "Sigma 18-50mm F2.8 DC DN Contemporary für Sony E-Mount"),
    ("Tamron 28-75mm F/2.8 Di III VXD G2 Nikon Z", "Tamron 28-75mm F2.8 Di III VXD G2 pour Nikon Z-Mount"),
    ("Nikon Z 50 Body", "Nikon Z 50 Gehäuse"),
    ("Oral-B iO Series 9 Duo Pack", "Oral-B iO Series 9 Doppelpack"),
    ("Philips Sonicare DiamondClean 9000 Duopack", "Philips Sonicare DiamondClean 9000 2 Pack"),
]
DIFFERENT = [
    ("Catan Card Game", "Catan Board Game"),
    ("Zug um Zug Kartenspiel", "Zug um Zug Brettspiel"),
    ("Catan gra karciana", "Catan gra planszowa"),
    ("Carcassonne jeu de cartes", "Carcassonne jeu de société"),
    ("Exploding Kittens Card Game", "Exploding Kittens The Board Game"),
    ('Samsung 55" QN90C Neo QLED', "Samsung QN90C Neo QLED 163 cm"),
    ("Tefal Ingenio Pfanne 24 cm", "Tefal Ingenio Frying Pan 11 inch"),
    ('Gardena Classic Hose 1/2" 20m', "Gardena Classic Schlauch 19 mm 20 m"),
    ('Apple iPad Air 10.9" 64GB Wi-Fi Blau', "Apple iPad Air 32,8 cm 64GB Wi-Fi Blau"),
    ("Glenfiddich 12 Year Old 70cl", "Glenfiddich 15 Year Old 70cl"),
    ("Chivas Regal 12 Year Old Blended Scotch Whisky 70cl", "Chivas Regal 18 Years Old Blended Scotch Whisky 70cl"),
    ("Taylor's 10 Year Old Tawny Port 75cl", "Taylor's 20 Year Old Tawny Port 75cl"),
    ("Sigma 18-50mm F2.8 DC DN Contemporary Sony E", "Sigma 18-50mm F2.8 DC DN Contemporary Fujifilm X"),
    ("Sigma 56mm F1.4 DC DN Contemporary für Canon RF", "Sigma 56mm F1.4 DC DN Contemporary für L-Mount"),
    ("Samyang AF 35mm F1.8 Sony FE", "Samyang AF 35mm F1.8 Nikon Z"),
    ("Viltrox AF 56mm F1.4 XF Fuji X-Mount", "Viltrox AF 56mm F1.4 Sony E-Mount"),
    ("Oral-B iO Series 9", "Oral-B iO Series 9 Duo Pack"),
    ("Philips Sonicare DiamondClean 9000", "Philips Sonicare DiamondClean 9000 Pack Duo"),
    ("Nivea Men Sensitive Shower Gel 250ml Duo Pack", "Nivea Men Sensitive Shower Gel 250ml Trio Pack"),
    ("Moët & Chandon Brut Impérial 75cl", "Moët & Chandon Brut Impérial 75cl gift box with 2 glasses"),
    ("Moët & Chandon Brut Impérial 75cl", "Moët & Chandon Brut Impérial 75cl Geschenkbox mit 2 Gläsern"),
    ("Jameson Irish Whiskey 70cl", "Jameson Irish Whiskey 70cl Gift Pack with 2 Glasses"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
