"""Session 34 (dev34), both ways round through the pair path and the batch path:

* a card game is a kind of its own in every language the tables read ("Card Game" / "Kartenspiel" /
  "jeu de cartes" / "gioco di carte" / "juego de cartas" / "kaartspel" / "gra karciana" / "karetni hra"):
  one product where two shops name it in two languages ("UNO Card Game" / "UNO Kartenspiel
  Familienspiel" - the third attacker of session 33 lost it once session 33 stopped reading card games as
  the tables' board game), and still two products against the board game of the same name."""

from tests.pair_checks import pair_tests

SAME = [
    ("Mattel W2087 UNO Card Game", "Mattel W2087 UNO Kartenspiel Familienspiel"),
    ("UNO Kartenspiel", "UNO jeu de cartes"),
    ("Exploding Kittens Card Game", "Exploding Kittens Kartenspiel"),
    ("Asmodee Dobble Kartenspiel", "Asmodee Dobble gioco di carte"),
    ("Ravensburger Wizard Kartenspiel", "Ravensburger Wizard kaartspel"),
    ("UNO gra karciana", "Mattel UNO Card Game"),
]
DIFFERENT = [
    ("Catan Card Game", "Catan Board Game"),
    ("Zug um Zug Kartenspiel", "Zug um Zug Brettspiel"),
    ("Catan gra karciana", "Catan gra planszowa"),
    ("Carcassonne jeu de cartes", "Carcassonne jeu de société"),
    ("Exploding Kittens Card Game", "Exploding Kittens The Board Game"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
