"""An accessory is not its product (session 42, ac42): one reader of a kind's accessory on one side
(``kind_accessory.accessory_one_side``, called by ``office41`` and ``home41``) - after the kind word ("sofa
cover", "Calculator Cover") or before a "for"-phrase naming it in any language ("cover for 3-seat sofa",
"housse pour canapé", "pokrowiec na sofę") -, the same accessory from two shops kept one product, each with its
near misses kept apart both ways."""
from crawler.matching import home41, office41
from crawler.matching.prepared import prepare
from tests.pair_checks import pair_tests

SAME = [
    # the same accessory from two shops, a cover named in two languages ("Bezug" / "cover", "Bezug" / "housse")
    ("IKEA EKTORP Bezug 3er-Sofa Tallmyra weiß", "EKTORP cover for 3-seat sofa, Tallmyra white"),
    ("Casio FX-991DE X Calculator Cover", "Casio FX-991DE X Taschenrechner Cover"),
    ("Spigen Ultra Hybrid Hülle kompatibel mit iPhone 15 Pro, Crystal Clear",
     "Spigen Ultra Hybrid Case for iPhone 15 Pro - Crystal Clear"),
    ("OtterBox Defender Series Hülle für iPhone 15 Pro schwarz", "OtterBox Defender Series Case for iPhone 15 Pro - Black"),
    ("Canon LC-E17 Ladegerät für LP-E17", "Canon LC-E17 Battery Charger"),
    # one accessory class named two ways in the slot after the model: the German compound, the English noun
    ("Fitbit Charge 6 Ladekabel", "Fitbit Charge 6 charging cable"),
    ("Ryobi RB18L40 ONE+ Akku 18V 4,0 Ah", "Ryobi RB18L40 ONE+ Lithium+ battery 18V 4.0Ah"),
    # a game "for" its platform is the game
    ("Starfield - Xbox Series X", "Starfield Standard Edition for Xbox Series X"),
    # (fxac42, attack42w) the noun's own translation in front of it is no variant ("Lade-" = "charging", "Akku"
    # = "lithium battery"); a Polish "do" / "na" phrase ends at the case maker's name after the device
    ("Garmin Forerunner 265 Ladekabel", "Garmin Forerunner 265 Charging Cable"),
    ("Etui do Apple iPhone 15 Spigen Liquid Air", "Spigen Liquid Air Case for iPhone 15"),
    ("Etui na telefon Samsung Galaxy A54 Spigen Rugged Armor", "Spigen Rugged Armor Samsung Galaxy A54 Case"),
    ("Etui do Samsung Galaxy S24 Spigen Liquid Air", "Spigen Liquid Air Case for Samsung Galaxy S24"),
]
DIFFERENT = [
    # a cover, before a "for" in the shop's language or before / after the kind word, against the piece
    ("IKEA EKTORP Bezug 3er-Sofa Tallmyra weiß", "IKEA EKTORP 3er-Sofa Tallmyra weiß"),
    ("KIVIK housse canapé 3 places Tibbleby beige/gris", "KIVIK canapé 3 places Tibbleby beige/gris"),
    ("Housse pour canapé 3 places gris", "Canapé 3 places gris"),
    ("Fodera per divano 3 posti grigio", "Divano 3 posti grigio"),
    ("Funda para sofá de 3 plazas gris", "Sofá de 3 plazas gris"),
    ("Pokrowiec na sofę 3-osobową szary", "Sofa 3-osobowa szara"),
    ("IKEA KIVIK legs for 3-seat sofa", "IKEA KIVIK 3er-Sofa"),
    ("Casio FX-991DE X Taschenrechner", "Casio FX-991DE X Calculator Cover"),
    ("Fellowes Powershred 79Ci Shredder", "Fellowes Powershred 79Ci Aktenvernichter Beutel"),
    ("Bürostuhl Sihoo M18", "Sihoo M18 Office Chair Armrest Pads"),
    # one accessory for two sizes of the piece
    ("IKEA EKTORP Bezug 3er-Sofa Tallmyra weiß", "IKEA EKTORP Bezug 2er-Sofa Tallmyra weiß"),
    # an accessory against the product it fits
    ("Hülle für iPhone 15, Spigen Liquid Air, schwarz", "Apple iPhone 15 128GB schwarz"),
    ("Canon LC-E17 Ladegerät für LP-E17", "Canon EOS R10 Gehäuse"),
    ("Oral-B iO Ultimative Reinigung Aufsteckbürsten 4 Stück", "Oral-B iO Series 9 elektrische Zahnbürste"),
    # two accessories of one model: the classes differ
    ("Fitbit Charge 6 Ladekabel", "Fitbit Charge 6 Armband"),
    # "<name> for <the other title>", whatever the name's words, in any language
    ("Auflage für Gartenstuhl Hochlehner grau", "Gartenstuhl Hochlehner grau"),
    ("Canon ES-68 Gegenlichtblende für EF 50mm f/1.8 STM", "Canon EF 50mm f/1.8 STM"),
    # the Polish "do" after a title's accessory word
    ("Etui Spigen Liquid Air do Samsung Galaxy S24 czarne", "Samsung Galaxy S24 128GB czarny"),
    # (fxac42, attack42w) the connector in front of the cable is the variant, whatever the cable's language
    ("Fitbit Charge 6 USB-C Ladekabel", "Fitbit Charge 6 USB-A Charging Cable"),
    ("Garmin Venu 3 USB-C Ladekabel", "Garmin Venu 3 USB-A Charging Cable"),
    ("Apple Watch Series 9 USB-C Ladekabel", "Apple Watch Series 9 USB-A Charging Cable"),
    # (fxac42, attack42w) the brand and model both titles print between the accessory and its kind
    ("Casio Schutzhülle FX-991DE X Taschenrechner", "Casio FX-991DE X Taschenrechner"),
    ("Armlehnenpolster für Sihoo M18 Bürostuhl", "Sihoo M18 Bürostuhl"),
    ("Bemz Bezug IKEA KLIPPAN 2er-Sofa Vissle grau", "IKEA KLIPPAN 2er-Sofa Vissle grau"),
    ("Etiketten für Leitz 1010 Ordner A4 50mm", "Leitz 1010 Ordner A4 50mm"),
    ("Fellowes Beutel Powershred 99Ci Aktenvernichter", "Fellowes Powershred 99Ci Aktenvernichter"),
    ("Rollen für Herman Miller Aeron Bürostuhl", "Herman Miller Aeron Bürostuhl"),
    # the Polish phrase ended at the case maker's name still names the device: the case is no phone
    ("Etui do Samsung Galaxy S24 Spigen Liquid Air", "Samsung Galaxy S24 128GB czarny"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def _both(read, x, y):
    a, b = prepare({"title": x}), prepare({"title": y})
    return read(a, b), read(b, a)


def test_accessory_read_on_one_side_of_its_kind():
    # after the kind word, or before a "for" / the kind word: the accessory
    assert _both(home41.sofa_part_one_side, "IKEA KLIPPAN 2er-Sofa", "IKEA KLIPPAN 2-seat sofa cover") == (True, True)
    assert _both(home41.sofa_part_one_side, "IKEA KIVIK 3er-Sofa", "IKEA KIVIK cover for 3-seat sofa") == (True, True)
    assert _both(office41.kind_accessory_one_side, "Leitz 180 Lever Arch File A4 80mm",
                 "Leitz 180 Ordner A4 80mm Etiketten") == (True, True)
    # a cover in two languages is one accessory (by its class, not its word)
    assert _both(home41.sofa_part_one_side, "IKEA EKTORP Bezug 3er-Sofa", "EKTORP cover for 3-seat sofa") == (False, False)
    # after a "with": the piece sold with it; away from the kind word ("black case pack 3"): no accessory of it
    assert _both(office41.kind_accessory_one_side, "Wilson Jones Round Ring Binder with Label Holder",
                 "Wilson Jones Round Ring Binder") == (False, False)
    assert _both(office41.kind_accessory_one_side, "Swingline Desk Stapler 20 Sheet Capacity Black Case Pack 3",
                 "Swingline Desk Stapler 20 Sheet Capacity Black") == (False, False)
