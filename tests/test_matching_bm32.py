"""Session 32 (bm32): books, e-books, audiobooks, films and series, music, board games, comics and
manga as shops title them.  Each reading asked on real-looking pairs both ways round, through the
pair path (``match_method``) and the batch path (``match_many``), which must agree:

* a book's binding - hardcover, paperback, e-book, audiobook - in seven languages is compared where
  both titles name one (``raw_facets``, "binding"): "| Paperback" / "| Hardcover", "(Poche)" / "relié";
* a disc format closing a " - " part of the title is the product's format ("Oppenheimer - Blu-ray -
  Christopher Nolan" / "Oppenheimer [DVD]"), and an LP is vinyl ("2LP", "Vinyle LP");
* a range of seasons or volumes is a set, no single season or volume ("Series 1-4" / "Series 4");
* "Europa", "Asien", "Afrique" ... are a regional edition as "Europe" is ("Zug um Zug Europa" / "Zug um Zug");
* a leading part is no author's name where the other title leads with one of its own ("Het diner -
  Herman Koch" / "Zomerhuis met zwembad - Herman Koch");
* a volume's marker ("Vol.", "Band", "Tome", "n.", "T40"), a binding one title names (or both name
  alike in other words), a publisher's name one title prints, Amazon's authors after the binding's
  dash and a release year in brackets (the other naming none) are no identifying words (``books32``)."""

from crawler.matching.books32 import about_books, publisher_words, volume_markers
from crawler.matching.features import prepare
from crawler.matching.raw_facets import _bindings, _media_formats, _sequence, _set_against_single
from tests.pair_checks import pair_tests


SAME = [
    # a volume's marker, written otherwise or not at all
    ("One Piece 104 (Carlsen Manga) Taschenbuch – Eiichiro Oda", "Oda, Eiichiro: One Piece Band 104"),
    ("Spy x Family Vol. 10 - Tatsuya Endo (VIZ)", "SPY x FAMILY, Vol. 10 Paperback – Tatsuya Endo"),
    # one binding in two words
    ("Ostatnie życzenie. Wiedźmin tom 1 - Andrzej Sapkowski, oprawa miękka",
     "Ostatnie życzenie. Wiedźmin tom 1 (okładka miękka) Sapkowski Andrzej"),
    ("Il piccolo principe. Ediz. illustrata Copertina rigida – Antoine de Saint-Exupéry",
     "Antoine de Saint-Exupéry - Il piccolo principe (ediz. illustrata, rilegato)"),
    # combos and formats still one product
    # (as train32bm prints it, with both shops' prices: since da32 reads "chainsaw" as a machine's kind, the
    # learned stage leaves the titles alone - without prices - apart, "weak"; session 32 merge)
    ({"title": "Chainsaw Man 12 (Egmont Manga) Taschenbuch – Tatsuki Fujimoto", "price": 7.5},
     {"title": "Fujimoto: Chainsaw Man Band 12", "price": 7.5}),
    ("Rammstein - Mutter [Vinyl 2LP] (Remastered)", "Rammstein: Mutter (Remastered) (2LP Vinyl)"),
    ("Downton Abbey: The Complete Collection DVD Series 1-6", "Downton Abbey Series 1-6 Complete Collection [DVD]"),
    ("Lessons in Chemistry: A Novel (Paperback)", "Bonnie Garmus - Lessons in Chemistry Paperback"),
    # a release year in brackets, the other naming none; Amazon's authors after the binding's dash
    ("Interstellar [DVD] [2014]", "Interstellar (DVD)"),
    ("Watchmen (2019 Edition) Paperback – Alan Moore, Dave Gibbons (DC Comics)",
     "Watchmen - Alan Moore - DC Comics trade paperback (2019)"),
]

DIFFERENT = [
    # bindings
    ("Atomic Habits by James Clear | Paperback", "Atomic Habits by James Clear | Hardcover"),
    ("Der Schwarm: Roman - Frank Schätzing | Taschenbuch", "Der Schwarm: Roman - Frank Schätzing | Gebundene Ausgabe"),
    ("L'étranger (Poche) - Albert Camus", "L'Étranger - Albert Camus - Edition illustrée grand format relié"),
    ("Project Hail Mary - Andy Weir - Kindle Edition", "Project Hail Mary - Andy Weir - Audiobook"),
    ("Kajko i Kokosz. Szkoła latania - Janusz Christa (twarda oprawa)",
     "Kajko i Kokosz. Szkoła latania - Janusz Christa (miękka oprawa)"),
    # a format closing a part
    ("Oppenheimer - Blu-ray - Christopher Nolan (2023)", "Oppenheimer [DVD] [2023]"),
    ("1989 (Taylor's Version) CD - Taylor Swift", "Taylor Swift - 1989 (Taylor's Version) [Crystal Skies Blue 2 LP Vinyl]"),
    ("Adele - 30 [CD]", "Adele - 30 [2LP Vinyl]"),
    # a set against one of it
    ("Sherlock: Series 1 to 4 DVD box set", "Sherlock - Series 4 [DVD]"),
    ("Naruto Box Set 1: Volumes 1-27 with Premium", "Naruto Box Set 2: Volumes 28-48 with Premium"),
    # two works by one author
    ("Het diner - Herman Koch - paperback", "Zomerhuis met zwembad - Herman Koch - paperback"),
    # volumes and publishers still apart where the number differs
    ("One Piece 104 (Carlsen Manga) Taschenbuch – Eiichiro Oda", "One Piece Band 105 - Eiichiro Oda"),
    ("Dylan Dog n. 450 - Sergio Bonelli Editore", "Dylan Dog n. 451"),
    # two years; a continent in German is a regional edition
    ("Interstellar [DVD] [2014]", "Interstellar [DVD] [2016]"),
    ("Days of Wonder Zug um Zug: Europa", "Zug um Zug - Days of Wonder - Brettspiel (deutsch)"),
    # a publisher's name is no excuse outside books
    ("Levi's Vintage Leather Belt Brown", "Levi's Leather Belt Brown"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_bindings_read_in_seven_languages():
    read = {t: {v for _, v in _bindings(t.lower())} for t in (
        "Hardcover", "Gebundene Ausgabe", "relié", "Tapa dura", "Copertina rigida", "gebonden", "oprawa twarda",
        "Paperback", "Taschenbuch", "Poche", "Tapa blanda", "Copertina flessibile", "okładka miękka",
        "Kindle Edition", "eBook", "Audiobook", "Hörbuch")}
    assert [sorted(v) for v in read.values()] == [["hard"]] * 7 + [["soft"]] * 6 + [["ebook"]] * 2 + [["audio"]] * 2
    assert _bindings("kindle paperwhite 16 gb") == set()


def test_media_format_closing_a_part():
    assert _media_formats("Oppenheimer - Blu-ray - Christopher Nolan (2023)") == {"bluray"}
    assert _media_formats("Oppenheimer 4K UHD Blu-ray - Christopher Nolan") == {"uhd", "bluray"}
    assert _media_formats("Stromae - Multitude - Vinyle LP") == {"vinyl"}
    assert _media_formats("Sony Blu-ray DVD Player - BDP-S1700") == frozenset()


def test_seasons_and_volumes():
    assert _set_against_single(_sequence("sherlock: series 1 to 4 dvd box set"), _sequence("sherlock - series 4 [dvd]"))
    assert not _set_against_single(_sequence("attack on titan season 1 part 1 box set (vols. 1-5)"),
                                   _sequence("attack on titan: season 1 part 1 manga box set"))
    # "series" is a season only in a title about discs or a box
    assert _sequence("sport band for apple watch series 1-9") == frozenset()


def test_marker_and_publisher_words():
    a, b = prepare({"title": "Dylan Dog n. 450 - Sergio Bonelli Editore"}), prepare({"title": "Dylan Dog #450"})
    assert volume_markers(set(a.words), a, b) == {"n.450"}
    c, d = prepare({"title": "Berserk Deluxe Volume 1 - Dark Horse"}), prepare({"title": "Berserk Deluxe Volume 1"})
    assert about_books(c) and publisher_words(set(c.words), c, d) == {"dark", "horse"}
    e, f = prepare({"title": "Levi's Vintage Leather Belt"}), prepare({"title": "Levi's Leather Belt"})
    assert publisher_words(set(e.words), e, f) == set()
