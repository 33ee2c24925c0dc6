"""Session 38 (sw38): software and video games as two shops title them - a term named by its adjective
("Annual Subscription" = "1 Year"), terms added up ("12 Months + 3 Months" = 15 months), "System Builder"
(the OEM licence), a boxed copy's "Mídia Física" / "Physical Copy", a licence count's word in the shop's
language ("6 Nutzer" = "6 Users"), a plan's default "Individual", "Software Bundle" (a suite), billing ("with
Auto-Renewal"), "All Languages" and a serial's delivery ("(Boxed/Serial)") (``crawler.matching.sw38``)."""

from tests.pair_checks import pair_tests

SAME = [
    ("Avid Pro Tools Artist 1-Year Subscription", "Avid Pro Tools Artist Annual Subscription"),
    ("Norton 360 Deluxe Annual Subscription 5 Devices", "Norton 360 Deluxe 5 Devices 1 Year"),
    ("Xbox Game Pass Ultimate 12 Months + 3 Months", "Xbox Game Pass Ultimate 15 Months"),
    ("Microsoft Windows 10 Home OEM 64-bit | DVD | English",
     "MS Win 10 Home 64 Bit OEM English DVD - System Builder"),
    ("Windows 11 Pro 64-bit English System Builder DVD", "Microsoft Windows 11 Professional OEM 64 Bit DVD English"),
    ("Animal Crossing: New Horizons - Nintendo Switch", "Animal Crossing New Horizons (Switch) - Mídia Física"),
    ("Pokémon Violet Switch Physical Copy", "Pokemon Violet - Nintendo Switch"),
    ("Microsoft 365 Family 1 Jahr 6 Nutzer", "Microsoft 365 Family 12 Months 6 Users"),
    ("Kaspersky Total Security 1 Year 3 Utilisateurs", "Kaspersky Total Security 3 PC 1 an"),
    ("Adobe Acrobat Pro - 1 Year Subscription (PC/Mac) - Download", "Adobe Acrobat Pro 12 Months Individual"),
    ("Adobe Photoshop 12 Months Individual", "Adobe Photoshop 1 Year Subscription"),
    ("NI Komplete 14 Standard (Download)", "Native Instruments KOMPLETE 14 STANDARD - Software Bundle"),
    ("Adobe Acrobat Pro | 12-Month Subscription with Auto-Renewal | PC/Mac | Download",
     "Adobe Acrobat Pro 1 Year Subscription (Windows/Mac)"),
    ("Norton 360 Deluxe 5 Geräte 1 Jahr Abo mit automatischer Verlängerung", "Norton 360 Deluxe 5 Geräte 12 Monate"),
    ("Ableton Live 12 Suite - Download", "Ableton Live 12 Suite (Boxed/Serial)"),
    ("Microsoft Project Professional 2021 | 1 PC | Download", "Microsoft Project Professional 2021 Win All Languages ESD"),
    # (fxsw38) "System Builder" against a title naming a kind of licence too - OEM - is the OEM licence both name
    ("Windows 11 Pro OEM DVD 64-bit", "Microsoft Windows 11 Pro 64-Bit OEM System Builder DVD"),
    ("Microsoft Windows 11 Pro 64-bit English OEM DVD", "Windows 11 Professional 64 Bit OEM System Builder DVD"),
    ("Microsoft Windows 11 Pro 64-bit System Builder DVD", "Microsoft Windows 11 Pro 64-bit OEM DVD"),
    ("Microsoft Project Professional 2021 Win All Languages ESD", "Microsoft Project Professional 2021 ESD"),
    ("Mario Kart 8 Deluxe Nintendo Switch Physical Copy", "Mario Kart 8 Deluxe - Nintendo Switch"),
]

DIFFERENT = [
    ("Avid Pro Tools Artist 2-Year Subscription", "Avid Pro Tools Artist Annual Subscription"),
    ("Norton 360 Deluxe Annual Subscription 5 Devices", "Norton 360 Deluxe 5 Devices 2 Years"),
    ("Norton 360 Deluxe Monthly Subscription 5 Devices", "Norton 360 Deluxe 5 Devices 1 Year"),
    ("Office 365 Business Standard Annual", "Office 365 Business Standard 1 Month"),
    ("Microsoft 365 Personal 12 Months", "Microsoft 365 Personal 12 Months + 3 Months"),
    ("Xbox Game Pass Ultimate 12 Months + 3 Months", "Xbox Game Pass Ultimate 12 Months"),
    ("Windows 11 Pro 64-bit English System Builder DVD", "Microsoft Windows 11 Pro Retail USB English"),
    ("Windows 11 Pro 64-bit English System Builder DVD", "Microsoft Windows 11 Home OEM 64 Bit DVD English"),
    ("Mario Kart 8 Deluxe Nintendo Switch Mídia Física", "Mario Kart 8 Deluxe (Switch) Digital Code"),
    ("Pokémon Violet Switch Physical Copy", "Pokemon Scarlet - Nintendo Switch"),
    ("Microsoft 365 Family 1 Jahr 6 Nutzer", "Microsoft 365 Family 12 Months 1 User"),
    ("Kaspersky Total Security 1 Year 3 Utilisateurs", "Kaspersky Total Security 5 PC 1 an"),
    ("Adobe Acrobat Pro 12 Months Individual", "Adobe Acrobat Pro 12 Months Teams"),
    ("Adobe Photoshop 12 Months Individual", "Adobe Photoshop 1 Year Subscription Teams"),
    ("Nintendo Switch Online 12 Month Individual Membership", "Nintendo Switch Online 12 Month Family Membership"),
    ("NI Komplete 14 Standard (Download)", "Native Instruments KOMPLETE 14 ULTIMATE - Software Bundle"),
    ("NI Komplete 14 Standard (Download)", "Native Instruments KOMPLETE 13 STANDARD - Software Bundle"),
    ("Sony PlayStation 5 Console Bundle", "Sony PlayStation 5 Console"),
    ("Adobe Acrobat Pro | 12-Month Subscription with Auto-Renewal | PC/Mac | Download",
     "Adobe Acrobat Pro 1 Month Subscription (Windows/Mac)"),
    ("Adobe Acrobat Pro | 12-Month Subscription with Auto-Renewal | PC/Mac | Download",
     "Adobe Acrobat Standard 1 Year Subscription (Windows/Mac)"),
    ("Ableton Live 12 Suite - Download", "Ableton Live 12 Standard (Boxed/Serial)"),
    ("Microsoft Project Professional 2021 English | 1 PC | Download",
     "Microsoft Project Professional 2021 Win All Languages ESD"),
    ("Microsoft Project Professional 2021 | 1 PC | Download", "Microsoft Project Standard 2021 Win All Languages ESD"),
    # (fxsw38, attack38) "System Builder" against a title naming no kind of licence - the retail USB stick, a
    # download, ESD - is the only evidence of the OEM licence: not excused there
    ("Microsoft Windows 11 Pro 64-bit System Builder DVD", "Microsoft Windows 11 Pro 64-bit USB Flash Drive"),
    ("Microsoft Windows 11 Home System Builder DVD 64-bit", "Microsoft Windows 11 Home Download"),
    ("Microsoft Windows 10 Pro System Builder DVD 64-bit", "Microsoft Windows 10 Pro ESD 64-bit"),
    ("Microsoft Windows 11 Home 64-bit System Builder OEM DVD", "Microsoft Windows 11 Home 64-bit USB Flash Drive"),
    ("Windows 11 Pro for Workstations System Builder DVD", "Windows 11 Pro for Workstations USB"),
    ("Microsoft Windows 11 Pro 64-bit System Builder DVD", "Microsoft Windows 11 Pro 64-bit Full Version"),
    # (fxsw38) "All Languages" against a language named by its code, "Physical Copy" against a digital store
    ("Microsoft Office Home & Student 2021 Win All Languages ESD", "Microsoft Office Home & Student 2021 EN ESD"),
    ("Microsoft Project Professional 2021 Win All Lng ESD", "Microsoft Project Professional 2021 DE ESD"),
    ("Microsoft Office Home & Business 2021 All Languages ESD", "Microsoft Office Home & Business 2021 (UK) ESD"),
    ("Elden Ring PC Physical Copy", "Elden Ring PC Steam"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
