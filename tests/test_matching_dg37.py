"""Session 37, dg37: DIY tools, power-tool batteries and kits, car care and garden tools as European and US shops
title them (``dg37``): the kinds of hand and garden tools in the shops' languages ("Wasserwaage" / "poziomica" /
"spirit level", "Laubrechen" / "leaf rake", "Schlauchwagen" / "hose reel", "Felgenreiniger" / "wheel cleaner",
"meuleuse angulaire", "combi drill", "ratchet"); the bare tool as "no battery, no charger"; a battery platform's
name printed by one shop ("Power X-Change", "LXT", "18V XR"); "Li-Ion"; an oil's "LL" = "Longlife"; a bulb's
"+150%" claim and its "Duo Box" / "-HCB" = "Doppelpack"; "à lame franche" = "Bypass"; "3Ah x2" = "2x 3Ah" and
"2 x 5.0Ah" as two batteries, not a size.  Near misses both ways: the bare tool and the kit, 2.0Ah / 5.0Ah, 39 /
41 pieces, 5W-30 / 5W-40, 4L / 5L, 120 / 60 cm, bypass / anvil, "Größe M" / a closing "L", a model suffix ("Li" /
"Li-i", "SC"), a tier inside a machine's name ("K 5 Power Control" / "K 5 Premium Power Control")."""

from tests.pair_checks import pair_tests


SAME = [
    # the bare tool in every language, a platform's name on one side
    ("Bosch GSR 18V-55 Professional Bare Tool (no battery, no charger)", "Bosch Professional GSR 18V-55 Akku-Bohrschrauber solo"),
    ("Bosch GSR 18V-55 Professional Bare Tool (no battery, no charger)",
     "Bosch Professional GSR 18V-55 wiertarko-wkrętarka bez akumulatora"),
    ("Einhell TE-CD 18/40 Li-i +64 Power X-Change (bez akumulatora)", "Einhell TE-CD 18/40 Li-i +64 Akku-Schlagbohrschrauber Solo"),
    ("Einhell GE-CM 18/30 Li solo cordless lawnmower (no battery)",
     "Einhell GE-CM 18/30 Li Akku-Rasenmäher Power X-Change ohne Akku"),
    ("Bosch Professional GWS 18V-10 Akku-Winkelschleifer 125 mm ohne Akku",
     "Bosch GWS 18V-10 meuleuse angulaire sans batterie 125mm Professional"),
    ("Bosch Professional GSB 18V-55 Akku-Schlagbohrschrauber solo", "Bosch GSB 18V-55 Professional Combi Drill Bare Unit"),
    # batteries: chemistry and platform on one side
    ("Bosch Professional 18V 4,0 Ah Li-Ion batteria GBA", "Bosch GBA 18V 4.0Ah Professional Akku"),
    ("Makita BL1850B 18V 5,0Ah Li-Ion Akku", "Makita 18V 5.0Ah LXT Battery BL1850B"),
    # a kit's batteries counted after the capacity
    ("MAKITA DHP482RFJ Schlagbohrschrauber 18V 3Ah x2 + Makpac", "Makita DHP482RFJ 18V Schlagbohrschrauber mit 2x 3,0 Ah Akku im Makpac"),
    # hand tools' kinds, piece counts
    ("Wera Tool-Check PLUS 39-teilig", "Wera Tool Check Plus 39 pcs bit ratchet set"),
    ("Stanley FatMax Wasserwaage 120 cm", "STANLEY FATMAX poziomica 120cm"),
    ("Stanley FatMax niveau tubulaire 180 cm", "Stanley FatMax Wasserwaage 180cm"),
    ("Stabila 70-2 Wasserwaage 100 cm", "Stabila 70-2 spirit level 100cm"),
    ("Bahco 9031 Verstellbarer Schlüssel 250 mm", "BAHCO 9031 adjustable wrench 10 inch 250mm"),
    # car care
    ("CASTROL EDGE 5W-30 LL 5 LITER", "Castrol Edge 5W30 Longlife 5L motorolie"),
    ("Osram Night Breaker Laser H7 Doppelpack", "OSRAM NIGHT BREAKER LASER H7 +150% duo box - Free Delivery"),
    ("Osram Night Breaker 200 H4 64193NB200-HCB", "Osram Night Breaker 200 H4 12V 60/55W duo box 64193NB200-HCB"),
    ("Sonax Xtreme Felgenreiniger Plus 750 ml", "SONAX XTREME wheel cleaner PLUS 750ml"),
    # garden
    ("Fiskars PowerGear X Bypass-Gartenschere Größe M", "Fiskars PowerGear X sécateur à lame franche taille M"),
    ("Gardena Combisystem Laubrechen 45 cm", "GARDENA combisystem leaf rake 45cm"),
    ("Kärcher WD 3 Nass-/Trockensauger", "Karcher WD3 aspirateur eau et poussière 1.628-101.0"),
    ("Kärcher K 5 Premium Power Control", "Karcher K5 Premium Power Control Hochdruckreiniger"),
    ("Fiskars PowerGear X Bypass-Gartenschere Größe L", "Fiskars PowerGear X sécateur à lame franche L"),
    # attacker's findings (fxdg37): a claim or a technology one side only is excused; "Contains 2 Bulbs" is the
    # twin pack
    ("Philips X-tremeVision Pro150 H7 Twin Pack", "Philips X-tremeVision Pro150 H7 Contains 2 Bulbs"),
    ("Philips X-tremeVision H7 +130% 2 Bulbs", "Philips X-tremeVision H7 2 Bulbs"),
    ("Osram Night Breaker Laser H7 Halogen Duo Box", "Osram Night Breaker Laser H7 +150% Duo Box"),
    ("Osram Night Breaker H7 LED +220%", "Osram Night Breaker H7 LED"),
    ("Stanley FatMax Box Level 60cm", "Stanley FatMax Box Level 60 cm"),
    ("Makita DHP485 18V Combi Drill (no battery)", "Makita DHP485Z 18V LXT Combi Drill Body Only"),
    ("Gardena PowerMax Li-40/37 Cordless Lawnmower 40V 2.6Ah", "Gardena PowerMax Li-40/37 Akku-Rasenmäher 40V 2,6Ah"),
    ("Kärcher WD 3 Battery Set Wet and Dry Vacuum Cleaner", "Karcher WD 3 Battery Set wet and dry vacuum"),
]

DIFFERENT = [
    # the bare tool and the kit, two kits
    ("Bosch Professional GSR 18V-55 Akku-Bohrschrauber solo",
     "Bosch Professional GSR 18V-55 Akku-Bohrschrauber 2x 2,0 Ah + GAL 18V-20 + L-BOXX"),
    ("Bosch GSR 18V-55 Professional Bare Tool (no battery, no charger)", "Bosch GSR 18V-55 Professional 2x 4.0Ah kit"),
    ("Einhell GE-CM 18/30 Li Akku-Rasenmäher Solo", "Einhell GE-CM 18/30 Li Akku-Rasenmäher (1x 4,0Ah)"),
    ("MAKITA DHP482RFJ Schlagbohrschrauber 18V 3Ah x2", "Makita DHP482RFJ 18V Schlagbohrschrauber mit 1x 3,0 Ah Akku"),
    ("DeWalt DCD796 18V XR 2 x 5.0Ah", "DeWalt DCD796 18V XR 2 x 2.0Ah"),
    # a model suffix
    ("Einhell TE-CD 18/40 Li Solo Akku-Bohrschrauber Power X-Change", "Einhell TE-CD 18/40 Li-i Solo Akku-Schlagbohrschrauber"),
    ("Bosch Professional GWS 18V-10 125 mm solo", "Bosch Professional GWS 18V-10 SC 125 mm solo"),
    # batteries
    ("Bosch GBA 18V 4.0Ah Professional Li-Ion Akku", "Bosch GBA 18V 2.0Ah Professional Akku"),
    ("Makita BL1850B 18V 5.0Ah LXT", "Makita BL1830B 18V 3.0Ah LXT"),
    ("Einhell Power X-Change 18V 4,0Ah Akku", "Einhell Power X-Change 18V 2,5Ah Akku"),
    # sets, sizes
    ("Wera Tool-Check PLUS 39-teilig", "Wera Tool-Check 2 Plus 41-teilig"),
    ("Stanley FatMax Wasserwaage 120 cm", "Stanley FatMax poziomica 60 cm"),
    ("Gardena Combisystem Laubrechen 45 cm", "Gardena Combisystem leaf rake 50 cm"),
    ("Stanley FatMax spirit level 120 cm", "Stanley FatMax tape measure 8 m"),
    # oils, bulbs
    ("Castrol Edge 5W-30 LL 5L", "Castrol Edge 5W-40 5L"),
    ("Castrol Edge 5W-30 LL 4L", "Castrol Edge 5W-30 Longlife 5L"),
    ("Osram Night Breaker 200 H4 64193NB200-HCB", "Osram Night Breaker 200 H4 12V 60/55W 1 Stück"),
    ("Osram Night Breaker Laser H7 +150% Duo Box", "Osram Night Breaker Laser H4 +150% Duo Box"),
    # garden
    ("Fiskars PowerGear X Bypass-Gartenschere M", "Fiskars PowerGear X sécateur à enclume taille M"),
    ("Fiskars PowerGear X sécateur à lame franche taille M", "Fiskars PowerGear X Bypass-Gartenschere L"),
    ("Kärcher WD 3 Nass-/Trockensauger", "Kärcher WD 4 aspirateur eau et poussière"),
    # a tier inside a machine's name
    ("Kärcher K 5 Power Control", "Kärcher K 5 Premium Power Control"),
    ("Kärcher K 5 Power Control Hochdruckreiniger", "Karcher K5 Premium Power Control pressure washer"),
    # attacker's findings (fxdg37): two brightness claims are two generations, halogen and LED two technologies,
    # a level's type its kind
    ("Philips X-tremeVision H7 +130% 2 Bulbs", "Philips X-tremeVision H7 +100% 2 Bulbs"),
    ("Philips X-tremeVision H4 +130%", "Philips X-tremeVision H4 +100%"),
    ("Osram Night Breaker Laser H7 +150%", "Osram Night Breaker Laser H7 +130%"),
    ("Osram Night Breaker H7 +200%", "Osram Night Breaker H7 +150%"),
    ("Philips Vision H7 +30%", "Philips Vision H7 +60%"),
    ("Philips X-tremeVision Pro150 H7 +150%", "Philips X-tremeVision H7 +130%"),
    ("Osram Night Breaker H7 LED +220%", "Osram Night Breaker H7 +200%"),
    ("Osram Night Breaker Laser H7 Halogen", "Osram Night Breaker LED H7"),
    ("Osram Night Breaker H7 Halogen Duo Box", "Osram Night Breaker H7 LED Duo Box"),
    ("Osram Night Breaker H4 Halogen", "Osram Night Breaker H4 LED"),
    ("Stanley FatMax Torpedo Level", "Stanley FatMax Box Level 60cm"),
    # the bare tool ("(no battery)", "without battery") and the kit (its batteries counted, or a capacity after
    # the voltage)
    ("Makita DHP485 18V Combi Drill (no battery)", "Makita DHP485 18V Combi Drill 2x 3.0Ah"),
    ("Makita DHP485 18V LXT Combi Drill (no battery, no charger)", "Makita DHP485 18V Combi Drill 2x3Ah in Makpac"),
    ("Gardena PowerMax Li-40/37 Cordless Lawnmower without battery", "Gardena PowerMax Li-40/37 Cordless Lawnmower 40V 2.6Ah"),
    ("Kärcher WD 3 Battery Set Wet and Dry Vacuum Cleaner", "Kärcher WD 3 Battery Wet and Dry Vacuum Cleaner"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
