"""Session 32 (da32): DIY tools, garden machines and car parts as European and US shops title them - a
machine's kind in German, French, Italian, Spanish, Polish, Dutch or English ("Akku-Heckenschere" /
"taille-haie" / "Hedge Trimmer", "Motorsense" / "decespugliatore"), the battery word beside it
("Akku-Laubbläser", "tronçonneuse à batterie", "kosiarka akumulatorowa"), the bare tool in more words
("Basisversion", "solo corpo", "machine nue"), a petrol engine named on one side only - and the near
misses each new reading must keep apart: another model, voltage, kit against bare tool, battery
capacity, tyre size or index, blade length.  Every pair is asked both ways round through the pair path
and the batch path (``tests.pair_checks.decide_both_ways``)."""

from tests.pair_checks import pair_tests

SAME = [
    # a machine's kind in two languages, the model number shared
    ("Makita DUH483Z Akku-Heckenschere 18V 48 cm", "Makita DUH483Z taille-haie sans fil 18V 48 cm"),
    ("Makita DUB186Z Akku-Laubbläser 18V", "Makita DUB186Z 18V LXT Leaf Blower"),
    ("Makita DUR189Z Akku-Rasentrimmer 18V", "Makita DUR189Z tagliabordi a batteria 18V"),
    ("Makita DHR242Z Akku-Bohrhammer 18V SDS-Plus", "Makita DHR242Z martello perforatore 18V SDS-Plus"),
    ("Stihl MS 230 Motorsäge 35 cm", "Stihl MS 230 motosega 35 cm"),
    ("Kärcher SC 4 EasyFix Dampfreiniger", "Kärcher SC 4 EasyFix pulitore a vapore"),
    ("Kärcher WV 2 Plus Fenstersauger", "Kärcher WV 2 Plus lavavetri"),
    # the battery word beside the kind, a petrol engine named on one side only
    ("Stihl RMA 339 Akku-Rasenmäher 37 cm", "Stihl RMA 339 kosiarka akumulatorowa 37 cm"),
    ("Husqvarna LC 247 Benzin-Rasenmäher 47 cm", "Husqvarna LC 247 tosaerba 47 cm"),
    # the bare tool in more words, both offers selling it alone
    ("DeWalt DCF850N Akku-Schlagschrauber 18V Basisversion", "DeWalt DCF850N avvitatore a impulsi 18V solo corpo"),
    ("Makita DGA513Z Akku-Winkelschleifer 18V 125 mm solo", "Makita DGA513Z smerigliatrice angolare 18V 125 mm senza batteria"),
    # car parts: a wiper blade, a headlight bulb, a tyre's season word
    ("Bosch Aerotwin AP550U Scheibenwischer 550 mm", "Bosch Aerotwin AP550U wycieraczka 550 mm"),
    ("Osram Night Breaker Laser H4 Scheinwerferlampe Duo Box", "Osram Night Breaker Laser H4 lampes de phare Duo Box"),
    ("Continental PremiumContact 7 205/55 R16 91V", "Continental PremiumContact 7 205/55 R16 91V Sommerreifen"),
]

DIFFERENT = [
    # another model of the line, another length or size
    ("Makita DUH483Z Akku-Heckenschere 18V 48 cm", "Makita DUH523Z Akku-Heckenschere 18V 52 cm"),
    ("Stihl MS 230 Motorsäge 35 cm", "Stihl MS 250 Motorsäge 35 cm"),
    ("Kärcher SC 4 EasyFix Dampfreiniger", "Kärcher SC 5 EasyFix Dampfreiniger"),
    ("Bosch Aerotwin AP550U Scheibenwischer 550 mm", "Bosch Aerotwin AP600U Scheibenwischer 600 mm"),
    ("Continental PremiumContact 7 205/55 R16 91V", "Continental PremiumContact 7 225/45 R17 91Y"),
    ("Osram Night Breaker Laser H4 Duo Box", "Osram Night Breaker Laser H7 Duo Box"),
    # the bare tool against its kit
    ("DeWalt DCF850N Akku-Schlagschrauber 18V Basisversion", "DeWalt DCF850P2T Akku-Schlagschrauber 18V mit 2x 5,0 Ah Akku"),
    ("Stihl RMA 339 Akku-Rasenmäher ohne Akku", "Stihl RMA 339 Akku-Rasenmäher Set mit AK 30 und AL 101"),
    # a petrol machine against an electric one of the line's name
    ("Bosch Rotak 40 Rasenmäher elektrisch", "Bosch Rotak 40 Rasenmäher Benzin"),
    # one kind against another of one maker's line
    ("Einhell GE-CT 18/28 Li Akku-Rasentrimmer", "Einhell GE-CT 18/28 Li Akku-Heckenschere"),
    ("Einhell TE-CD 18/40 Li Solo trapano senza batteria", "Einhell TE-CD 18/40 Li-i Solo trapano a percussione"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
