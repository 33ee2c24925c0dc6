"""Session 33 (tb33): toys, games, baby and pet products as shops in eight countries title them - the
kind in the shop's language ("Katzensnacks" / "Cat Treats", "Hundebett" / "Dog Bed", "Trinkbrunnen",
"Klumpstreu", "Babyschale" / "Baby Car Seat", "Schnuller" / "Soother", "Jigsaw", "Grundspiel" / "jeu
de base"), a pet food's "droogvoer" / "Dry", a construction set called a "Set" after its number, a
third party's item for the maker's that says the maker's set is "not included"; and the
near misses kept apart - a teat against a bottle, wet against dry food, treats against food, a collar
against a leash, a card game against a board game only by the other words, two set numbers, two
sizes, a knife set against a knife.  Each pair is read both ways round (``tests.pair_checks``)."""

from tests.pair_checks import pair_tests


SAME = [
    # a pet's treats, bed, fountain and litter in the shop's language
    ("Dreamies Cat Treats with Salmon 60g", "Dreamies Katzensnacks mit Lachs 60 g"),
    ("Felix Party Mix Original Mix Cat Treats 200g", "Felix Party Mix Original Mix Katzensnack 200 g"),
    ("Trixie Dog Bed Vital Bendson 60 x 45 cm", "TRIXIE Vital Bendson Hundebett 60 × 45 cm"),
    ("Catit Flower Fountain 3 L Green", "Catit Trinkbrunnen Flower Fountain 3 Liter Green"),
    ("Cat's Best Original 10 l", "Cat's Best Original Klumpstreu 10L"),
    # a pet food's dry form in Dutch
    ("Whiskas 1+ Adult Dry Cat Food with Salmon 1.9kg", "Whiskas 1+ droogvoer kat zalm 1,9 kg"),
    # the infant car seat and the soother in German
    ("Maxi-Cosi CabrioFix i-Size Baby Car Seat Essential Graphite",
     "Maxi-Cosi CabrioFix i-Size Babyschale Essential Graphite"),
    ("MAM Start Soother 0-2 Months, 2 Pack", "MAM Start Schnuller 0-2 Monate, 2er Pack"),
    # a teat and its flow in Italian
    ("Philips Avent Natural Response Teat Flow 3", "Philips Avent Natural Response Tettarella Flusso 3"),
    # a jigsaw, a base game, a card game's kind in French
    ("Ravensburger Puzzle 1000 Teile Neuschwanstein", "Ravensburger Neuschwanstein Jigsaw Puzzle 1000 pcs"),
    ("Dixit (Libellud) jeu de société", "Dixit - Jeu de base - Libellud"),
    ("Ravensburger Das verrückte Labyrinth 26955", "Das verrückte Labyrinth - Ravensburger Familienspiel"),
    # a toy blaster named by its kind on one side only
    ("Nerf Elite 2.0 Commander RD-6 Blaster", "NERF Elite 2.0 Commander RD-6, 12 Darts"),
    # a construction set called a set after its number
    ("LEGO 10497 Galaxy Explorer", "LEGO 10497 Galaxy Explorer Set"),
    ("LEGO Icons 10497 Galaxy Explorer", "LEGO 10497 Galaxy Explorer Set for Adults (1254 pcs)"),
]

DIFFERENT = [
    # a teat is no bottle (a bottle is a package spec, no kind)
    ("Philips Avent Natural Response Teat Flow 3", "Philips Avent Natural Response Bottle Flow 3"),
    ("Philips Avent Natural Response Bottle", "Philips Avent Natural Response Teat"),
    # wet and dry food, treats and food, a collar and a leash
    ("Whiskas 1+ Trockenfutter Huhn 800 g", "Whiskas 1+ Nassfutter Huhn 800 g"),
    ("Whiskas 1+ Adult Dry Cat Food Chicken 3.8kg", "Whiskas 1+ Katzennassfutter Huhn 3.8kg"),
    ("Dreamies Cat Treats with Chicken 180g", "Dreamies Cat Treats with Salmon 180g"),
    ("Seresto Halsband für große Hunde", "Seresto Hundeleine für große Hunde"),
    ("Catsan Hygiene Plus Katzenstreu 20 Liter", "Catsan Hygiene Plus Katzenstreu 10 Liter"),
    # a third party's item for the maker's, the maker named again where it says "not included"
    ("LEGO Icons 10497 Galaxy Explorer", "Light Kit for LEGO 10497 Galaxy Explorer (LEGO set not included)"),
    ("LEGO Technic 42115 Lamborghini Sián FKP 37",
     "Acrylic Display Case for LEGO 42115 Lamborghini Sián FKP 37 (LEGO model not included)"),
    # "Set" stays a variant outside construction sets, and two set numbers two sets
    ("Zwilling 35068 Knife", "Zwilling 35068 Knife Set"),
    ("LEGO City 60337 Express Passenger Train Set", "LEGO City 60336 Freight Train Set"),
    # an expansion against the base game, a 5-6 player extension against the expansion
    ("Carcassonne Grundspiel", "Carcassonne Erweiterung 1 Wirtshäuser und Kathedralen"),
    ("Catan Seafarers Expansion", "Catan Seafarers 5-6 Player Extension"),
    ("Ticket to Ride Europe Board Game", "Ticket to Ride Europe 1912 Expansion"),
    # two sizes
    ("Ravensburger Puzzle 1000 Teile Neuschwanstein", "Ravensburger Puzzle 500 Teile Neuschwanstein"),
    ("Trixie Premium Harness M-L", "Trixie Premium Harness S-M"),
    ("Flexi New Classic Rollleine M 8 m", "Flexi New Classic Rollleine L 8 m"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
