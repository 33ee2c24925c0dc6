"""Session 34 (op34): office and printing supplies and phones with their accessories, as shops in
English, German, French, Spanish, Italian and Polish title them (``benchmarks/pairs/train34op.jsonl``,
written before reading the matcher).  Each reading asked on real-looking pairs both ways round,
through the pair path and the batch path, which must agree:

* a label's or a sheet's two sides in either order are one size: "36 x 89 mm" / "89x36 mm" (the
  length read off the last side before the unit is one side of the rectangle, not the product's
  length: ``relations.unit_relation`` leaves it to the dimensions compared order-free);
* a paper's ruling in the shops' languages: "liniert" / "ligné" / "rayado" / "a righe" / "w linie" is
  lined, "kariert" / "quadrillé" / "cuadriculado" / "a quadretti" / "w kratkę" squared, "gepunktet" /
  "pointillé" / "punteado" / "puntinato" / "w kropki" dotted, "blanko" / "liso" / "gładki" plain - two
  rulings are two notebooks, one ruling named in two languages is one (``office_mobile.rulings``)."""

from tests.pair_checks import pair_tests

SAME = [
    # a rectangle's two sides in either order
    ("Dymo 99012 Adressetiketten 36 x 89 mm", "DYMO LabelWriter 99012 etichette indirizzo 89x36 mm"),
    ("Brother DK-11209 Adressetiketten 29x62 mm", "Brother DK11209 small address labels 62 x 29 mm 800 pcs"),
    ("Avery Zweckform 3475 Etiketten 70 x 36 mm", "Avery Zweckform 3475 etiquetas 36x70 mm"),
    ("Leitz Hängeregister 30 x 40 cm grau", "Leitz Hängeregister 40x30 cm grau"),
    # one ruling in two languages
    ("Oxford A4+ Collegeblock kariert 80 Blatt", "Oxford Collegeblock A4+ squared 80 sheets"),
    ("Leuchtturm1917 Notizbuch A5 liniert schwarz", "Leuchtturm1917 Notebook A5 ruled black"),
    ("Moleskine Classic Notebook Large dotted black", "Moleskine Classic taccuino Large puntinato nero"),
]

DIFFERENT = [
    # two sides against two others
    ("Dymo 99012 Adressetiketten 36 x 89 mm", "Dymo 99010 Adressetiketten 28 x 89 mm"),
    ("Avery Zweckform 3475 Etiketten 70 x 36 mm", "Avery Zweckform 3474 Etiketten 70 x 37 mm"),
    ("Brother DK-11209 labels 29 x 62 mm", "Brother DK-11204 labels 17 x 54 mm"),
    # two rulings, each in its shop's language
    ("Leuchtturm1917 Notizbuch A5 dotted", "Leuchtturm1917 Notizbuch A5 liniert"),
    ("Oxford Collegeblock A4+ kariert 80 Blatt", "Oxford Collegeblock A4+ liniert 80 Blatt"),
    ("Rhodia Bloc N°16 A5 quadrillé", "Rhodia Bloc N°16 A5 ligné"),
    ("Moleskine Classic taccuino Large a righe nero", "Moleskine Classic taccuino Large a quadretti nero"),
    ("Oxford cuaderno A4 cuadriculado 80 hojas", "Oxford cuaderno A4 rayado 80 hojas"),
    ("Interdruk zeszyt A5 60 kartek w kratkę", "Interdruk zeszyt A5 60 kartek w linie"),
    ("Leuchtturm1917 Notizbuch A5 blanko", "Leuchtturm1917 Notizbuch A5 gepunktet"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
