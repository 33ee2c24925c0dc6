"""Software, games, licences, subscriptions and gift cards as shops word them
(session 10, helper "software", issue 12): a shop's words about delivery,
activation, payment and build name no product; a default edition printed as an
option, a console family, a sequel's number before "PC" or as a lone roman
letter are the same product written otherwise; two regions, two builds, two
editions, two consoles, a count of PCs the other never prints stay different
products."""

from crawler.matching import match_method, same_product
from crawler.matching.synonyms import (console_family_word, default_edition_alone, family_listed,
                                       letter_numeral_in, os_name_words, platforms_disagree)


def _m(a, b):
    return match_method({"title": a}, {"title": b})[0]


def _same(a, b):
    return same_product({"title": a}, {"title": b})


# --- shop words of digital goods ---------------------------------------------

def test_activation_launcher_and_region_free_words_name_no_product():
    assert _same("Red Dead Redemption 2 PC Rockstar Games Launcher Key",
                 "Red Dead Redemption 2 (PC) Rockstar Key GLOBAL")
    assert _same("Windows 10 Pro Retail Key - Lifetime Activation",
                 "Microsoft Windows 10 Professional Retail License Key (Digital)")
    assert _same("Xbox Game Pass Ultimate 1 Month Membership - Digital Code",
                 "Xbox Game Pass Ultimate - 1 Month (Xbox/PC) Key GLOBAL")


def test_perpetual_licence_is_the_lifetime_one():
    assert _same("Affinity Photo 2 - Windows - Perpetual License", "Affinity Photo 2 (Windows) Lifetime License")


def test_one_time_purchase_names_no_product_in_several_languages():
    assert _same("Microsoft Office 2024 Home & Business 1 PC/Mac",
                 "Office Home & Business 2024 | One-time purchase for 1 PC or Mac | Download")
    assert _same("Microsoft Office 2024 Home & Business 1 PC/Mac",
                 "Microsoft Office Home & Business 2024 - Einmalkauf - 1 PC/Mac")


def test_kind_words_of_software_in_more_languages():
    assert _same("Pinnacle Studio 26 Ultimate",
                 "Pinnacle Studio 26 Ultimate Video Editing Software")
    assert _same("Steam Wallet Gift Card 50 EUR", "Steam Gift Card 50€ - Steam Key - EUROPE")


# --- regions --------------------------------------------------------------------

def test_two_redeem_regions_are_two_products():
    assert not _same("PlayStation Plus Extra 12 Month (UK)", "PlayStation Plus Extra 12 Month (DE)")
    assert not _same("Nintendo eShop Card 50 EUR Germany", "Nintendo eShop Card 50 EUR France")
    assert not _same("Apple Gift Card 50 (Germany)", "Apple Gift Card 50 (US)")


def test_region_only_is_the_region():
    assert _same("Google Play Gift Card 50 USD US", "Google Play $50 Gift Code (US only)")


def test_a_shops_country_site_is_no_region():
    # (a country in a shop's name closing a physical product's title is the site, not a region)
    assert _same('"HP Pavilion 32 Monitor "@nl - HP Store Netherlands"@nl',
                 '"Monitor HP Pavilion 32 "@es "HP Monitores -HP Store España"@es')


# --- editions ---------------------------------------------------------------------

def test_standard_printed_as_an_option_is_the_default_edition():
    assert _same("Super Mario Bros. Wonder - Nintendo Switch - Standard",
                 "Super Mario Bros Wonder (Nintendo Switch)")
    assert _same("Jeu PS5 Elden Ring", "ELDEN RING - Édition Standard (PS5)")
    assert default_edition_alone(["elden", "ring", "edition", "standard"], None, 3,
                                 frozenset(["edition"]))
    # ("Kaspersky Standard 3 Devices": a plan's name inside the title stays a tier)
    assert not default_edition_alone(["kaspersky", "standard", "3", "devices"], None, 1,
                                     frozenset(["edition"]))


def test_other_editions_still_differ():
    assert not _same("Hogwarts Legacy - Standard", "Hogwarts Legacy - Deluxe")
    assert not _same("Tekken 8 - PS5 - Standard", "Tekken 8 - PS5 - Ultimate Edition")


# --- consoles ---------------------------------------------------------------------

def test_xbox_agrees_with_a_list_of_its_current_consoles_only():
    assert family_listed(frozenset(["xbox"]), frozenset(["xboxone", "xboxseries"]))
    assert not platforms_disagree(frozenset(["xbox"]), frozenset(["xboxone", "xboxseries"]))
    assert platforms_disagree(frozenset(["xbox"]), frozenset(["xboxone"]))
    assert platforms_disagree(frozenset(["xbox"]), frozenset(["xbox360", "xboxone"]))
    assert _same("Diablo IV - Xbox One / Xbox Series X", "Diablo 4 Standard Edition Xbox")
    assert _m("Diablo IV - Xbox One / Xbox Series X", "Diablo IV Xbox 360") == "conflict:platform"


def test_console_words_of_one_family_are_no_disagreement():
    assert console_family_word("ps5", {"platform": frozenset(["ps5", "ps4"])},
                               {"platform": frozenset(["playstation"])})
    assert not console_family_word("ps5", {"platform": frozenset(["ps5"])},
                                   {"platform": frozenset(["ps4"])})
    assert _same("Call of Duty: Black Ops 6 - PS5/PS4", "Call of Duty Black Ops 6 (PlayStation)")


# --- numbers: sequels, counts of PCs, builds ----------------------------------------

def test_a_games_number_before_pc_is_no_licence_count():
    assert _same("Cities: Skylines II PC Steam", "Cities Skylines 2 PC - Steam Key")
    assert _same("Baldur's Gate 3 PC Steam", "Baldurs Gate III - Steam Key (PC) GLOBAL")
    # (a count of PCs the other title never prints stays one, and so does another sequel)
    assert _m("Microsoft Office 2021 Home & Student 3 PC", "Microsoft Office 2021 Home & Student") == "conflict:pack"
    assert not _same("Cities Skylines 2 PC", "Cities Skylines PC")


def test_a_lone_roman_letter_after_a_sequel_word_is_its_number():
    assert letter_numeral_in("1", "part", {"the", "last", "of", "us", "part", "i"})
    assert not letter_numeral_in("1", "pro", {"i"})
    assert _same("The Last of Us Part I PS5", "The Last of Us Part 1 - PlayStation 5")
    assert not _same("The Last of Us Part I PS5", "The Last of Us Part II PS5")


def test_a_build_is_no_generation_and_two_builds_differ():
    assert _same("Windows 11 Pro for Workstations", "Microsoft Win 11 Pro for Workstations 64-bit")
    assert not _same("Windows 10 Pro 32-bit OEM", "Windows 10 Pro 64-bit OEM")


# --- an operating system's name ---------------------------------------------------

def test_an_operating_systems_name_identifies_it():
    assert os_name_words(["microsoft", "windows", "11", "pro"]) == frozenset(["windows"])
    assert os_name_words(["office", "2021", "for", "windows"]) == frozenset()
    assert _same("Windows 11 Home USB Retail", "Microsoft Win 11 Home - Retail Box - USB")
    assert not _same("Windows 11 Pro Retail USB", "Windows 10 Pro Retail USB")
    assert not _same("Windows 11 Pro OEM", "Windows 11 Home OEM")
    assert not _same("Microsoft Windows 11 Pro OEM", "Microsoft Windows 11 Pro Retail")


# --- stores, regions in a model number's slot, "Digital Code" -------------------------

def test_a_pc_games_store_left_out_is_no_disagreement_two_stores_are():
    assert _same("Hades II - PC - Standard", "Hades II (PC) Steam Key GLOBAL")
    assert _same("It Takes Two PC Origin Key", "It Takes Two - PC - EA App Activation Key - GLOBAL")
    assert not _same("Hades II PC Steam Key", "Hades II PC GOG Key")
    assert not _same("It Takes Two PC Origin Key", "It Takes Two PC Steam Key")


def test_a_region_left_out_and_digital_delivery_are_no_variant_after_the_number():
    assert _same("Roblox Gift Card 800 Robux (Global)", "Roblox Gift Card - 800 Robux - Digital Code")
    assert _m("Steam Gift Card 20 USD (US)", "Steam Gift Card 20 USD (Global)") != "title"
    # ("Digital Edition" stays another console)
    assert not _same("Sony PlayStation 5 Console", "Sony PlayStation 5 Digital Edition Console")


# --- editions by a phrase, a subscription's model year, "Online Code" -------------------

def test_game_of_the_year_is_goty_in_several_languages():
    assert _same("The Witcher 3: Wild Hunt – Game of the Year Edition PC GOG",
                 "The Witcher 3 Wild Hunt GOTY PC GOG Key")
    assert _same("Fallout 4 Game of the Year Edition PS4", "Fallout 4 - GOTY - PlayStation 4")
    assert not _same("The Witcher 3 Wild Hunt PC GOG", "The Witcher 3 Wild Hunt Game of the Year Edition PC GOG")


def test_a_subscriptions_model_year_on_one_side_is_no_other_product():
    assert _same("Norton 360 Deluxe 2024 | 5 Devices | 1 Year | PC/Mac | Online Code",
                 "Norton 360 Deluxe 5 Devices 1 Year Download")
    assert _same("Bitdefender Total Security 2025 - 5 Geräte - 1 Jahr", "Bitdefender Total Security 5 Devices 1 Year")
    # (two model years stay a conflict)
    assert _m("Norton 360 Deluxe 2024 5 Devices 1 Year", "Norton 360 Deluxe 2023 5 Devices 1 Year") == "conflict:year"


# --- an edition after the program's name, a store alone names a PC game, kinds -----------

def test_an_edition_after_the_programs_name_is_no_model_variant():
    assert _same("Microsoft Office Professional 2021 Key", "MS Office 2021 Professional - Product Key - 1 PC")
    # (a model's variant before its number stays one: "Galaxy S21 Ultra" is no "Galaxy S21")
    assert _m("Galaxy S21 Ultra", "Galaxy S21") == "conflict:variant"


def test_a_store_named_without_a_platform_is_a_pc_games_store():
    assert _same("Assassin's Creed Valhalla Ubisoft Connect Key", "Assassin's Creed Valhalla PC Uplay Key EUROPE")
    assert not _same("Hades II Steam Key", "Hades II GOG Key")
    assert not _same("Hades II Steam Key", "Hades II PS5")


def test_vpn_is_a_kind_of_program():
    assert _same("Surfshark VPN One 1 Year", "Surfshark One - 12 Months")
    assert not _same("Malwarebytes Premium 1 Device 1 Year", "Malwarebytes Premium + Privacy VPN 1 Device 1 Year")


# --- editions in other languages, Windows' N editions, a country on a key ------------------

def test_editions_named_in_other_languages():
    assert _same("Microsoft Office Famille et Étudiant 2021", "Microsoft Office Home and Student 2021")
    assert _same("Microsoft Office Hogar y Estudiantes 2021", "Office Home & Student 2021")
    assert _same("Windows 11 Famille 64 bits", "Windows 11 Home 64-bit")
    assert _same("Windows 11 Professionnel OEM", "Windows 11 Pro OEM")
    assert not _same("Windows 11 Famille", "Windows 11 Professionnel")
    assert not _same("Microsoft Office Famille et Étudiant 2021", "Microsoft Office Famille et Petite Entreprise 2021")


def test_windows_n_edition_is_another_product():
    assert not _same("Windows 11 Pro", "Windows 11 Pro N")
    assert not _same("Windows 10 Home N 64-bit", "Windows 10 Home 64-bit")
    assert _same("Windows 11 Pro N", "Microsoft Windows 11 Professional N")


def test_a_country_on_a_key_is_its_region():
    assert _same("Microsoft Office 2021 Home & Student - Lebanon - Key", "Office Home & Student 2021 Key")
    assert not _same("Office Home & Student 2021 (Lebanon) Key", "Office Home & Student 2021 (UAE) Key")
