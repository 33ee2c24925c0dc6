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
  rulings are two notebooks, one ruling named in two languages is one (``office_mobile.rulings``);
* an office supply's kind in the shops' languages names no product: "Tonerkartusche" / "toner",
  "Permanentmarker" / "marqueur", "Bleistift" / "matita", "Adressetiketten" / "etichette", "Kopierpapier"
  / "papier" - the brand, line and model do; two kinds still differ (a marker is no highlighter, a
  pencil no fineliner) and so do two models of one kind (``office34._KINDS``);
* German "auf" ("USB-C auf Lightning", "schwarz auf weiß") is a preposition, as "to" / "vers" are; an
  Italian "caricatore" and a German "Ladepad" are chargers (``office34._SYNONYMS``);
* a colour word closing a device's title is read with its accent as without ("512 GB Rosé" /
  "512 GB Pink", ``raw_facets._closing_colours``); another colour is still a conflict;
* a length spelled out after its number - "2 metros", "2 metri", "3 metry", "10 metres" - is the length
  "2m" states (``titles._UNIT_ALIASES``; not English "meter", a device: "Fluke 117 Meter", nor "meters");
* a multipack's count of colours in any language - "4 couleurs" / "4 Farben" / "4 colours" / "4 kolory" -
  is one count, and two counts two packs;
* a glossy finish in the shops' languages ("glänzend" / "brillant" / "lucido" / "błyszczący" = "glossy")
  and Spanish "tinta" (ink) name what the English words name (``office34._SYNONYMS``);
* a paper's ISO format is its size: "A4" is 210 x 297 mm, so "Fotopapier 10x15 cm" / "photo paper A4"
  and "A4" / "A3" (or "297 x 420 mm") are two papers, one format in two languages one
  (``office34.format_dims``, read into the ``dims`` facet on paper titles only: "Audi A4" is a name);
* a multipack's ink colours in the shops' languages ("Schwarz/Cyan/Magenta/Gelb") are the colours of
  the other shop's "4-pack ... black, cyan, magenta, yellow" (``office_mobile.combo_is_count``), and a
  pack naming several ink colours is not the single cartridge of one of them
  (``office_mobile.multicolour_pack_of_one``)."""

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

KINDS_SAME = [
    ("HP 59A Original LaserJet Tonerkartusche Schwarz CF259A", "HP CF259A 59A czarny toner oryginalny"),
    ("Edding 3000 Permanentmarker schwarz", "edding 3000 marqueur permanent noir"),
    ("Faber-Castell 9000 Bleistift HB", "Faber-Castell Castell 9000 matita HB"),
    ("Stabilo point 88 Fineliner 10er Etui", "STABILO point 88 cienkopis 10 kolorów etui"),
    ("Paper Mate Flair Filzstift rot", "Papermate Flair rotulador punta fibra rojo"),
    ("Herlitz Kopierpapier A4 80g 500 Blatt", "Herlitz papier A4 80 g/m² 500 arkuszy"),
    ("Clairefontaine DCP A3 100g 500 feuilles", "Clairefontaine DCP Kopierpapier A3 100 g/m² 500 Blatt"),
    ("Lamy safari Füllhalter Feder M blau", "LAMY safari stylo plume bleu plume M"),
    ("Brother TZe-231 Schriftband 12mm schwarz auf weiß", "Brother TZe231 label tape 12 mm black on white"),
    ("Leitz 180° Ordner A4 80mm blau", "Leitz 180° classeur A4 80 mm bleu"),
    ("Pilot G-2 07 Gelschreiber blau", "Pilot G-2 07 gel pen blue"),
]

KINDS_DIFFERENT = [
    # two kinds of one brand
    ("Stabilo Boss Original Textmarker gelb", "Stabilo Boss Original Permanentmarker gelb"),
    ("Faber-Castell Grip 2001 Bleistift", "Faber-Castell Grip Fineliner"),
    ("Brother TN-2420 Tonerkartusche", "Brother DR-2400 Trommel"),
    # two models of one kind, each kind named in its shop's language
    ("Edding 3000 Permanentmarker schwarz", "edding 3300 marqueur permanent noir"),
    ("Faber-Castell 9000 Bleistift HB", "Faber-Castell 9000 matita 2B"),
    ("Herlitz Kopierpapier A4 80g 500 Blatt", "Herlitz papier A5 80 g/m² 500 ark."),
    ("Leitz 180° Ordner A4 80mm blau", "Leitz 180° classeur A4 50 mm bleu"),
    ("Stabilo point 88 Fineliner 10er Etui", "STABILO point 88 cienkopis 20 kolorów etui"),
]

test_kind_one_product, test_kind_two_products = pair_tests(same=KINDS_SAME, different=KINDS_DIFFERENT)
PHONES_SAME = [
    ("Apple USB-C auf Lightning Kabel (1 m)", "Apple câble USB-C vers Lightning 1 m"),
    ("Belkin BoostCharge USB-C auf USB-C Kabel 2m", "Belkin BoostCharge USB-C to USB-C Cable 2 m"),
    ("Baseus 65W GaN Ladegerät", "Baseus GaN 65W caricatore"),
    ("Apple iPhone 15 Plus 512GB Rosé", "Apple iPhone 15 Plus 512 GB Pink"),
    ("Google Pixel 8 256 Go Rosé", "Google Pixel 8 256GB Różowy"),
    ("UGREEN USB-C Kabel 2m 100W", "UGREEN cable USB C a USB C 100W 2 metros"),
    ("Anker PowerLine III USB-C Kabel 3m", "Anker PowerLine III kabel USB-C 3 metry"),
    ("Epson 29XL Fraise Multipack 4 couleurs", "Epson 29 XL Erdbeere Multipack 4 Farben"),
    ("Brother LC-3217 Multipack 4 kolory", "Brother LC-3217 Multipack 4 colours"),
    ("Epson 603 Multipack 4 Farben", "Epson 603 Multipack 4 colori"),
]

PHONES_DIFFERENT = [
    ("Apple USB-C auf Lightning Kabel 1 m", "Apple câble USB-C vers Lightning 2 m"),
    ("Apple USB-C auf Lightning Kabel 1 m", "Apple USB-A auf Lightning Kabel 1 m"),
    ("Baseus 65W GaN Ladegerät", "Baseus GaN 30W caricatore"),
    ("Apple iPhone 15 Plus 512GB Rosé", "Apple iPhone 15 Plus 512 GB Gelb"),
    ("Google Pixel 8 256 Go Rosé", "Google Pixel 8 256GB Czarny"),
    ("Apple iPhone 15 Plus 512GB Rosé", "Apple iPhone 15 Plus 256 GB Rosé"),
    ("UGREEN USB-C Kabel 1m 100W", "UGREEN cable USB C a USB C 100W 2 metros"),
    ("Anker PowerLine III USB-C Kabel 0,9m", "Anker PowerLine III kabel USB-C 3 metry"),
    ("Epson 29XL Multipack 4 couleurs", "Epson 29XL Multipack 5 Farben"),
    ("Fluke 117 Meter", "Fluke 115 Meter"),
]

test_phone_one_product, test_phone_two_products = pair_tests(same=PHONES_SAME, different=PHONES_DIFFERENT)
FINISH_SAME = [
    ("HP Premium Plus Fotopapier 10x15 cm glänzend", "HP Premium Plus photo paper 10 x 15 cm glossy"),
    ("HP Premium Plus Photo Paper 10x15 cm 50 Blatt glänzend",
     "HP Premium Plus papier photo brillant 10 x 15 cm 50 feuilles"),
    ("Canon PP-201 carta fotografica lucida 10x15 50 fogli", "Canon PP-201 Fotopapier glänzend 10x15 50 Blatt"),
    ("HP 301 Black Ink Cartridge", "Cartucho de tinta HP 301 negro"),
    ("Epson 603XL Cyan ink cartridge", "Epson 603XL cartucho de tinta cian"),
    ("HP Premium Plus Fotopapier A4 glänzend", "HP Premium Plus photo paper A4 glossy"),
]

FINISH_DIFFERENT = [
    ("HP Premium Plus Fotopapier 10x15 cm glänzend", "HP Premium Plus photo paper 10 x 15 cm matte"),
    ("HP Premium Plus Fotopapier 10x15 cm glänzend", "HP Premium Plus photo paper A4 glossy"),
    ("HP 301 Black Ink Cartridge", "Cartucho de tinta HP 301XL negro"),
    ("Epson 603XL Cyan ink cartridge", "Epson 603XL cartucho de tinta magenta"),
    ("Navigator Universal Kopierpapier A4 80g 500 Blatt", "Navigator Universal Kopierpapier A3 80g 500 Blatt"),
    ("Canon Red Label Superior Papier A4 80 g/m2 500 Blatt",
     "Canon Red Label Superior paper 297 x 420 mm 80gsm 500 sheets"),
    ("HP Premium Plus Fotopapier A6 glänzend 25 Blatt", "HP Premium Plus photo paper 10 x 15 cm glossy 25 sheets"),
]

PACK_SAME = [
    ("HP 953XL Multipack Schwarz/Cyan/Magenta/Gelb 3HZ52AE",
     "HP 953XL 4-pack ink cartridges black, cyan, magenta, yellow"),
    ("HP 912XL Multipack nero, ciano, magenta, giallo cartucce",
     "HP 912XL 4-pack ink cartridges black, cyan, magenta, yellow"),
    ("Brother LC3219XL Multipack czarny, cyan, magenta, żółty tusze",
     "Brother LC3219XL 4-pack ink cartridges black, cyan, magenta, yellow"),
    ("HP 63 Black & Tri-color Ink Cartridges, 2-pack", "HP 63 Combo Pack Black/Tri-Colour Original Ink Cartridges"),
]

PACK_DIFFERENT = [
    ("HP 953XL Multipack Schwarz/Cyan/Magenta/Gelb", "HP 953XL black ink cartridge"),
    ("HP 953XL Multipack black/cyan/magenta/yellow", "HP 953XL Druckerpatrone Schwarz"),
    ("HP 62 Combo Pack Black/Tri-colour ink", "HP 62 Tri-color ink cartridge"),
    ("HP 953XL Multipack Schwarz/Cyan/Magenta/Gelb", "HP 953XL 3-pack ink cartridges cyan, magenta, yellow"),
]

test_pack_one_product, test_pack_two_products = pair_tests(same=PACK_SAME, different=PACK_DIFFERENT)
test_finish_one_product, test_finish_two_products = pair_tests(same=FINISH_SAME, different=FINISH_DIFFERENT)
test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
