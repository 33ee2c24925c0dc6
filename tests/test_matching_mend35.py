"""Session 35 (mend35): known holes of the matcher, mended as readings that hold in every shop and
language (see crawler/matching/README.md, session 35, mend35)."""

from tests.pair_checks import pair_tests


SAME = [
    # a book's ISBN-10 and its ISBN-13 (978 + nine digits + a new check digit), hyphenated or not
    ("Clean Code: A Handbook of Agile Software Craftsmanship (ISBN 0132350882)", "Robert C. Martin - Clean Code - 9780132350884"),
    ("The Pragmatic Programmer, 20th Anniversary Edition, ISBN 0-13-595705-2", "Pragmatic Programmer 2nd ed. ISBN-13: 978-0135957059"),
    ("Thinking, Fast and Slow - Daniel Kahneman - ISBN 0141033576", "Kahneman Thinking Fast and Slow Penguin 978-0-14-103357-0"),
    ("Bernhard Schlink: Der Vorleser (Diogenes Taschenbuch) ISBN 3-257-22953-4", "Der Vorleser, Schlink, 9783257229530"),
    ("Andrew Hunt: The Pragmatic Programmer, ISBN 020161622X", "The Pragmatic Programmer 978-0-201-61622-4"),
    # a bicycle tyre's size: ETRTO = 700x..c = the makers' decimal inches
    ("Continental Grand Prix 5000 25-622", "Continental Grand Prix 5000 700x25c"),
    ("Continental Gatorskin 28-622", "Continental Gatorskin 700 x 28C"),
    ("Schwalbe Marathon Plus 37-622", "Schwalbe Marathon Plus 28x1.40"),
    ("Schwalbe Marathon Plus 47-622", "Schwalbe Marathon Plus 28 x 1.75"),
    ("Schwalbe Nobby Nic 57-584", "Schwalbe Nobby Nic 27.5x2.25"),
    ("Schwalbe Nobby Nic 60-622", "Schwalbe Nobby Nic 29 x 2.35"),
    ("Schwalbe Big Ben 50-559", "Schwalbe Big Ben 26 x 2.00"),
    ("Maxxis Minion DHF 27,5 x 2.50 WT", "Maxxis Minion DHF 27.5x2.50 WT"),
    ("Vittoria Rubino Pro Faltreifen 700x25c", "Vittoria Rubino Pro folding tyre 25-622"),
    # a colour's or a region's letters after a model's letters are the same article
    ("Whirlpool Duet front loading washer white WFW8300SWH", "Whirlpool WFW8300SW front-load washer (white)"),
    ("KitchenAid Artisan Stand Mixer KSM150PS, Empire Red", "KitchenAid Artisan 5-Qt Stand Mixer - KSM150PSER - Empire Red"),
    ("Samsung QE55Q80C", "Telewizor Samsung QLED QE55Q80CAT 55\" 4K 100Hz"),
    ("Makita DHP485Z Akku-Schlagbohrschrauber 18V", "Makita DHP485Z 18V LXT Brushless Combi Drill (Body Only)"),
    # a spaced "P" after a small number is a model's letter, no resolution
    ("Kärcher WD 3 P Mehrzwecksauger 1000 W", "Kärcher Mehrzwecksauger WD 3 P, 1000 W, 17 l"),
    ("Sony Bravia KD-55X80L 4K 2160 p", "Sony Bravia KD-55X80L 4K 2160p"),
    # an ink series' tri-colour cartridge named two ways; a combo of both on both sides
    ("HP 305XL Tri-colour", "HP 305XL Druckerpatrone dreifarbig (3YM63AE)"),
    ("HP 62 Black & Tri-colour Ink Cartridges Combo Pack", "HP 62 Combo Pack Black/Tri-Colour Original Ink Cartridges"),
    # a car tyre's original-equipment mark written on both sides
    ("Pirelli P Zero 245/40 R19 98Y XL MO", "Pirelli P Zero 245/40ZR19 98Y XL (MO) Sommerreifen"),
    ("Michelin Pilot Sport 4 255/40 R19 100Y XL AO", "Michelin Pilot Sport 4 255/40ZR19 100Y XL AO Sommerreifen"),
    # a model code printed in pieces is the other's code
    ("Sony WH-1000XM4 Bluetooth Kopfhörer schwarz", "Sony WH 1000 XM4 Noise Cancelling Headphones Black"),
    ("Sony WF 1000 XM5 Earbuds", "Sony WF-1000XM5 True Wireless Earbuds"),
    ("Bosch S4005 0092S40050 batería coche 12V 60Ah 540A", "Bosch S4 005 Autobatterie 12V 60Ah 540A"),
    # one taste's word in two languages in one slot
    ("Lavazza Crema e Gusto Classico macinato 250 g", "Lavazza Crema e Gusto Classico gemahlener Kaffee 250g"),
    ("Lavazza Crema e Aroma, 1kg Kaffeebohnen", "Lavazza Coffee Beans Crema e Aroma 1 kg"),
    # a kitchen tool's kind in the shops' languages
    ("WMF Profi Plus Schöpflöffel", "WMF Profi Plus ladle"),
    ("WMF Profi Plus Schaumlöffel", "WMF Profi Plus écumoire"),
    ("Zwilling Pro Brotmesser 20 cm", "Zwilling Pro coltello da pane 20 cm"),
    ("Zwilling Pro Brotmesser 20 cm", "Zwilling Pro cuchillo de pan 20 cm"),
    ("Emsa Isolierkanne Samba 1 l", "Emsa Samba vacuum jug 1L"),
    ("Fackelmann Suppenkelle Edelstahl", "Fackelmann louche inox"),
]

DIFFERENT = [
    ("Harry Potter and the Philosopher's Stone, Bloomsbury, ISBN 9781408855652", "Harry Potter and the Philosopher's Stone ISBN 0747532699"),
    ("The Pragmatic Programmer 20th Anniversary Edition 9780135957059", "The Pragmatic Programmer ISBN 020161622X"),
    ("Clean Code ISBN 0132350882", "Clean Code ISBN 9780132350883"),
    ("Continental Grand Prix 5000 25-622", "Continental Grand Prix 5000 700x28c"),
    ("Schwalbe One 28 x 1.00", "Schwalbe One 28-622"),
    ("Schwalbe Marathon Plus 28x1.40", "Schwalbe Marathon Plus 47-622"),
    ("Schwalbe Nobby Nic 27.5x2.25", "Schwalbe Nobby Nic 57-622"),
    ("Schwalbe Nobby Nic 29x2.35", "Schwalbe Nobby Nic 29x2.25"),
    ("Schwalbe Marathon 37-622", "Schwalbe Marathon 37-590"),
    # the ETRTO is a size every maker prints, no model number: the line's words still decide
    ("Schwalbe Marathon Plus 37-622 Drahtreifen", "Schwalbe Marathon 37-622 Drahtreifen"),
    ("Schwalbe Big Ben Plus 50-559", "Schwalbe Big Ben 50-559"),
    ("Continental Grand Prix 5000 S TR 28-622", "Continental Grand Prix 5000 28-622"),
    # a maker's letters after a model's letters name another article: bare tool / in its case, bundle
    ("Makita DHP485Z Akku-Schlagbohrschrauber 18V", "Makita DHP485ZJ Akku-Schlagbohrschrauber 18V"),
    ("Makita DTD153Z 18V Impact Driver Body Only", "Makita DTD153ZJ 18V Impact Driver in Makpac Case"),
    ("Brother HL-L2370DW Laserdrucker", "Brother HL-L2370DWXL Laserdrucker"),
    ("Escort Passport 9500i radar detector", "Escort Passport 9500ix radar detector"),
    # "P" after a model's number: the model with a socket, the performance pattern
    ("Kärcher Mehrzwecksauger WD 3 P", "Kärcher Mehrzwecksauger WD 3"),
    ("Kärcher WD 5 P S V-25/5/22 Nass-Trockensauger", "Kärcher WD 5 S V-25/5/22 Nass-Trockensauger"),
    ("Continental WinterContact TS 870 P 215/55 R17 94V", "Continental WinterContact TS 870 215/55 R17 94V"),
    # an ink series' black cartridge and its tri-colour one
    ("HP 305XL Original Druckerpatrone Schwarz", "HP 305XL Original Ink Cartridge Tri-colour"),
    ("HP 305XL Tri-colour", "HP 305XL Schwarz"),
    ("HP 62XL Cartouche d'encre noire", "HP 62XL Cartouche d'encre trois couleurs tricolore"),
    # a car tyre's original-equipment mark against none, or another
    ("Pirelli P Zero 245/40 R19 98Y XL MO", "Pirelli P Zero 245/40 R19 98Y XL"),
    ("Michelin Pilot Sport 4 255/40 R19 100Y XL AO", "Michelin Pilot Sport 4 255/40 R19 100Y XL MO"),
    ("Pirelli Cinturato P7 225/45 R17 91W N0", "Pirelli Cinturato P7 225/45 R17 91W"),
    # a code printed in pieces against another code
    ("Sony WH 1000 XM4 Kopfhörer", "Sony WH-1000XM5 Kopfhörer"),
    ("Sony WH 1000 XM3 headphones", "Sony WH1000XM4 headphones"),
    # a taste against a scent in one slot of a line's name
    ("Lavazza Crema e Gusto Kaffeebohnen 1 kg", "Lavazza Crema e Aroma Kaffeebohnen 1 kg"),
    ("Lavazza Crema e Gusto Forte 250 g", "Lavazza Crema e Aroma 250 g"),
    # two kinds of one line still differ
    ("WMF Profi Plus Schöpflöffel", "WMF Profi Plus skimmer"),
    ("WMF Profi Plus mestolo", "WMF Profi Plus Schaumlöffel"),
    ("Zwilling Pro Brotmesser 20 cm", "Zwilling Pro coltello da cuoco 20 cm"),
    ("Emsa Samba vacuum jug 1L", "Emsa Samba Isolierbecher 1 l"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
