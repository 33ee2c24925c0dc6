"""Office machines and supplies as shops in several languages title them (session 41, of41): a kind in the
shop's language ("Heftgerät" / "stapler", "Aktenvernichter" / "shredder", "calcolatrice" / "calculator",
"Korrekturroller" / "correction tape", "Bürostuhl" / "office chair"), a pen's tip told two ways ("Fine Point" /
"Fine Tip", "medium" / "mittel") - each with its near misses kept apart both ways."""
from tests.pair_checks import pair_tests

SAME = [
    # a kind in the shop's language
    ("Leitz NeXXt 5502 Stapler, 30 Sheets, Black", "Leitz 5502 NeXXt Heftgerät schwarz, 30 Blatt"),
    ("Casio HR-8RCE Printing Calculator", "Casio HR-8RCE druckender Tischrechner"),
    ("Calcolatrice scientifica Casio FX-991EX ClassWiz", "Casio fx-991EX ClassWiz Scientific Calculator"),
    ("Tipp-Ex Mini Pocket Mouse Correction Tape 5mm x 6m", "Tipp-Ex Korrekturroller Mini Pocket Mouse, 5 mm x 6 m"),
    ("IKEA MARKUS Office Chair, Vissle Dark Grey", "MARKUS Bürostuhl, Vissle dunkelgrau"),
    # a pen's tip told two ways, a tip width in two languages
    ("Sharpie Permanent Markers, Fine Point, Black, 12 Count", "Sharpie Fine Tip Permanent Marker, Black Ink, Box of 12"),
    ("BIC Cristal Original Ballpoint Pens Medium 1.0mm Blue, Box of 50",
     "BIC Cristal Original Kugelschreiber blau, mittel 1,0 mm, 50er Packung"),
    # a colour cartridge's three inks listed beside its "Farbe" / "Tricolor"
    ("HP 305 Tri-color Original Ink Cartridge 3YM60AE", "HP 305 Druckerpatrone Farbe (Cyan, Magenta, Gelb)"),
    ("HP 63 Tri-color Original Ink Cartridge", "HP 63 Tricolor Standard Yield Ink Cartridge - Cyan, Magenta, Yellow"),
    # a maker's "Value Pack" is another shop's "Multipack"
    ("Brother TN-243CMYK Toner Value Pack (Black, Cyan, Magenta, Yellow)",
     "Brother TN243CMYK Toner Multipack schwarz/cyan/magenta/gelb"),
    ("Brother LC-3211 Value Pack Ink Cartridges (LC3211VAL)", "Brother LC3211VAL Tintenpatronen Multipack, 4 Farben (BK/C/M/Y)"),
    # paper: "DIN A4", "papier" / "paper"
    ("Double A Premium A4 80gsm Paper 500 Sheets", "Double A Premium Kopierpapier DIN A4 80g/m² 1 Paket à 500 Blatt"),
    ("Navigator Universal A4 80gsm Paper, Ream of 500 Sheets", "Navigator Universal Papier A4 80 g/m² 500 feuilles"),
    # a shredder's cut in two languages
    ("Rexel Momentum X410 Cross Cut Paper Shredder, 10 Sheet, P-4, 23L",
     "Rexel Momentum X410 destructeur de documents coupe croisée P-4"),
    # a cartridge's printers ("Works with HP LaserJet Pro ...") are no Pro cartridge; "High Yield" beside an XL code
    ("HP 58A Black Toner Cartridge | Works with HP LaserJet Pro M404, MFP M428 | CF258A", "HP CF258A Original Toner, Black (58A)"),
    ("Canon PG-545XL Black Ink Cartridge", "Canon PG-545 XL Tintenpatrone schwarz hohe Reichweite"),
    # (fxof41) one machine in two languages, the machine with its cover on both sides; a value pack counting the
    # inks the multipack counts
    ("Casio FX-991DE X Taschenrechner", "Casio fx-991DE X Scientific Calculator"),
    ("Casio FX-991DE X Taschenrechner mit Schutzhülle", "Casio FX-991DE X Calculator with Cover"),
    ("Fellowes Powershred 79Ci Aktenvernichter", "Fellowes Powershred 79Ci Shredder"),
    ("Leitz 180 Ordner A4 80mm", "Leitz 180 Lever Arch File A4 80mm"),
    ("Canon CLI-581 BK/C/M/Y Multipack Ink Cartridges", "Canon CLI-581 Value Pack 4 couleurs (noir, cyan, magenta, jaune)"),
]
DIFFERENT = [
    ("HP 58A Black Toner Cartridge | Works with HP LaserJet Pro M404, MFP M428", "HP 58X High Yield Black Toner Cartridge, CF258X"),
    ("Canon PG-545XL Black Ink Cartridge", "Canon PG-545 Tintenpatrone schwarz"),
    ("HP 63XL High Yield Black Ink Cartridge", "HP 63 Black Ink Cartridge"),
    # five reams are no ream; A4 is no A3, Letter no A4, one grammage no other
    ("Rey Office Kopierpapier A4 80g 5 x 500 Blatt", "Rey Office Kopierpapier A4 80g 500 Blatt"),
    ("Rey Office A4 Copier Paper 80gsm White 5 x 500 Sheets (Box)", "Rey Office A4 Copier Paper 80gsm White 500 Sheets"),
    ("Navigator Universal A4 80gsm Paper, 500 Sheets", "Navigator Universal A3 80gsm Paper, 500 Sheets"),
    ("HP Printer Paper 20lb Letter 500 Sheets", "HP Printer Paper 20lb A4 500 Sheets"),
    ("Double A Premium Kopierpapier DIN A4 80g/m² 500 Blatt", "Double A Premium Kopierpapier DIN A4 90g/m² 500 Blatt"),
    ("Clairefontaine DCP A4 100g 500 feuilles", "Clairefontaine DCP A4 120g 250 feuilles"),
    # another cut, another machine
    ("Rexel Momentum X410 Cross Cut Paper Shredder", "Rexel Momentum X410 destructeur de documents coupe micro"),
    ("Rexel Momentum X410 Cross Cut Shredder", "Rexel Momentum X312 Cross Cut Shredder"),
    # the colour cartridge is no pack of three colour cartridges, nor the black one; a value pack no single toner
    ("HP 305 Tri-color Original Ink Cartridge", "HP 305XL Tri-color Original Ink Cartridge"),
    ("HP 305 Tri-colour Ink Cartridge", "HP 305 Cyan, Magenta, Yellow Ink Cartridges Multipack"),
    ("HP 305 Tri-color Ink Cartridge", "HP 305 Black Ink Cartridge"),
    ("Brother TN-243CMYK Toner Value Pack (Black, Cyan, Magenta, Yellow)", "Brother TN-243BK Black Toner Cartridge"),
    ("Brother LC3211VAL Ink Cartridge Value Pack", "Brother LC3213VAL High Yield Ink Cartridge Value Pack"),
    # another machine of the line, another kind
    ("Leitz NeXXt 5502 Stapler, 30 Sheets, Black", "Leitz NeXXt 5502 Stapler, 30 Sheets, Blue"),
    ("Casio HR-8RCE Printing Calculator", "Casio HR-150RCE Printing Calculator"),
    ("Casio fx-991EX ClassWiz Scientific Calculator", "Casio fx-570EX ClassWiz Scientific Calculator"),
    ("Casio fx-991EX ClassWiz Scientific Calculator", "Casio fx-991ES Plus Scientific Calculator"),
    ("Fellowes Powershred 79Ci Cross-Cut Shredder", "Fellowes Powershred 99Ci Cross-Cut Shredder"),
    ("Tipp-Ex Mini Pocket Mouse Correction Tape 5mm x 6m", "Tipp-Ex Micro Tape Twist Correction Tape 5mm x 8m"),
    ("IKEA MARKUS Office Chair, Vissle Dark Grey", "IKEA MARKUS Office Chair, Glose Black Leather"),
    # an edition's letters before the kind stay an edition ("CE" is no description of a calculator)
    ("Texas Instruments TI-84 Plus CE Graphing Calculator", "Texas Instruments TI-84 Plus Graphing Calculator"),
    # another tip width, another colour
    ("Sharpie Permanent Markers, Fine Point, Black, 12 Count", "Sharpie Permanent Markers, Ultra Fine Point, Black, 12 Count"),
    ("Pilot G-2 Retractable Gel Pens, 0.7mm, Black, 12 Pack", "Pilot G-2 Retractable Gel Pens, 0.5mm, Black, 12 Pack"),
    ("BIC Cristal Original Ballpoint Pens Medium Blue, Box of 50", "BIC Cristal Original Ballpoint Pens Medium Black, Box of 50"),
    # attack41a (fxof41): a Photo Value Pack is inks with photo paper; a value pack of four inks no 3-colour multipack
    ("Canon PG-545 / CL-546 Photo Value Pack", "Canon PG-545 / CL-546 Multipack"),
    ("HP 364 Photo Value Pack", "HP 364 Multi Pack"),
    ("Canon PGI-580 / CLI-581 Photo Value Pack", "Canon PGI-580 / CLI-581 Multi Pack"),
    ("Brother LC3211 Value Pack Ink Cartridges", "Brother LC3211 3-Colour Multipack"),
    ("Brother LC980 Value Pack", "Brother LC980 3 Colour Multipack"),
    # attack41a (fxof41): an office kind's accessory on one side, in any language
    ("Casio FX-991DE X Taschenrechner", "Casio FX-991DE X Calculator Cover"),
    ("Texas Instruments TI-84 Plus CE Calculator", "Texas Instruments TI-84 Plus CE Calcolatrice Cover"),
    ("Fellowes Powershred 79Ci Shredder", "Fellowes Powershred 79Ci Aktenvernichter Beutel"),
    ("Fellowes Powershred 8Cd Aktenvernichter", "Fellowes Powershred 8Cd Shredder Lubricant Sheets"),
    ("Bürostuhl Sihoo M18", "Sihoo M18 Office Chair Armrest Pads"),
    ("Leitz 180 Lever Arch File A4 80mm", "Leitz 180 Ordner A4 80mm Etiketten"),
    # attack41a (fxof41): three inks listed beside a bare "Colour" are three cartridges; "Assorted" is a colour
    ("Epson 502 Colour Ink Cartridges (Cyan, Magenta, Yellow)", "Epson 502 Colour Ink Cartridge"),
    ("Epson 603 Colour Ink Cartridges Cyan Magenta Yellow", "Epson 603 Colour Ink Cartridge"),
    ("Astrobrights Color Paper 24lb Letter White", "Astrobrights Color Paper 24lb Letter Assorted"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
