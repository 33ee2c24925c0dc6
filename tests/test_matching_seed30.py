"""Session 30 (seed30): seed bank offers - cannabis seed banks, vegetable and flower seed shops - read
by the principles of ``crawler.matching.seeds`` this session added, in English, Spanish, German and
French titles, each both ways (a pair is decided the same in either order) and against its near
misses (the reading must not make two products one):

* a seed bank's name puts a title about seeds ("fem x3 - Barneys Farm"), and a bank's initials
  one bank goes by are its name ("RQS" = "Royal Queen Seeds", "T&M" = "Thompson & Morgan");
* "auto" glued to a strain is its autoflowering line ("AutoBlueberry"), and autoflowering vs
  photoperiod and feminised vs regular are two axes: an auto stated feminised is still that auto;
* a vegetable's "Hybrid" is its F1 - a cannabis strain's is not;
* a cultivar's quoted name ("'Autumn King 2'") is a name, no inch mark, its number no count; the
  count is the one the seed word is about ("approx. 1000");
* a botanical name before the quoted cultivar says what the vernacular name says;
* one vegetable, one name (zucchini = courgette = Zucchini = calabacin);
* "Open Pollinated" puts a title about seeds;
* a strain's version ("2.0") on one side only is another strain.
"""

from __future__ import annotations

from crawler.matching import seeds as S
from tests.pair_checks import pair_tests


SAME = [
    # a seed bank's name (no seed word in it) and its initials
    ("Barney's Farm Blue Gelato 41 Feminized Seeds - 3 Seeds", "Blue Gelato 41 fem x3 - Barneys Farm"),
    ("Royal Queen Seeds Northern Light Feminized - 3 Seeds", "RQS - Northern Light (fem) 3 pcs"),
    ("Royal Queen Seeds Royal Gorilla Feminized - 5 Seeds", "RQS Royal Gorilla (Fem) - Pack of 5"),
    ("Royal Queen Seeds Amnesia Haze Feminizada - 5 semillas", "RQS Amnesia Haze feminizada x5"),
    ("Royal Queen Seeds Northern Light feminisiert - 5 Samen", "RQS Northern Light feminisiert 5er Pack"),
    ("Green House Seeds White Widow féminisée - 5 graines", "GHS White Widow féminisée x5"),
    # "auto" glued to the strain; auto and feminised: two axes
    ("Dutch Passion Auto Blueberry - 5 Seeds", "Dutch Passion AutoBlueberry Feminized 5 seeds"),
    ("Dutch Passion Auto Blueberry - 5 semillas", "Dutch Passion AutoBlueberry feminizada 5 semillas"),
    ("Dutch Passion Auto Blueberry feminisiert - 5 Samen", "Dutch Passion AutoBlueberry - 5 Samen"),
    # a vegetable's Hybrid is its F1
    ("Thompson & Morgan Tomato Sungold F1 Hybrid - 10 Seeds", "Tomato 'Sungold' F1 Seeds (T&M) - Pack of 10"),
    ("Burpee Big Beef Hybrid Tomato Seeds, 30 Seeds", "Big Beef F1 Tomato - Burpee - 30 seed packet"),
    # a quoted cultivar's number is its name; the count is the seed word's
    ("Mr Fothergill's Carrot Autumn King 2 Seeds (approx. 1000)",
     "Carrot 'Autumn King 2' - Mr Fothergills - 1000 seeds"),
    # a botanical name before the cultivar
    ("Kings Seeds Sweet Pea Cupani - 20 Seeds", "Lathyrus odoratus 'Cupani' Sweet Pea seeds x20 - Kings Seeds"),
    ("Zinnia State Fair Mixed Colours - 2g Seeds", "Zinnia elegans 'State Fair Mix' seeds 2 g"),
    # open pollinated; one vegetable, one name
    ("Eden Brothers California Wonder Pepper Seeds - 1/4 oz",
     "California Wonder Bell Pepper (Open Pollinated) 1/4 Ounce - Eden Brothers"),
    ("Black Beauty Zucchini Seeds - Heirloom - 3 g", "Courgette Black Beauty seeds (3g)"),
    ("Black Beauty Zucchini Seeds - 3 g", "Courgette Black Beauty graines (3g)"),
    # ... in Spanish, German and French seed shops
    ("Barney's Farm Blue Gelato 41 feminizada - 3 semillas", "Blue Gelato 41 fem x3 - Barneys Farm"),
    ("Barney's Farm Blue Gelato 41 feminisiert - 3 Samen", "Blue Gelato 41 fem 3er Pack - Barneys Farm"),
    ("Royal Queen Seeds Northern Light féminisée - 3 graines", "RQS - Northern Light (fem) 3 pcs"),
    ("Dutch Passion Auto Blueberry - 5 graines", "Dutch Passion AutoBlueberry féminisée 5 graines"),
    ("Tomaten Sungold F1 Hybride - 10 Samen", "Tomate Sungold F1 - 10 Korn Samen"),
    ("Tomate Harzfeuer Hybrid Samen", "Tomate Harzfeuer F1 Samen"),
    ("Tomate Sungold F1 híbrido - 10 semillas", "Tomate Sungold F1 - 10 semillas"),
    ("Tomate Sungold F1 Hybride - 10 graines", "Thompson & Morgan Tomate Sungold F1 - 10 graines"),
    ("Karotte 'Autumn King 2' - ca. 1000 Samen", "Möhre Autumn King 2 Samen (ca. 1000)"),
    ("Zanahoria 'Autumn King 2' - 1000 semillas", "Zanahoria Autumn King 2 semillas (aprox. 1000)"),
    ("Carotte 'Autumn King 2' - 1000 graines", "Carotte Autumn King 2 graines (environ 1000)"),
    ("Pois de senteur Lathyrus odoratus 'Cupani' - 20 graines", "Pois de senteur Cupani - 20 graines"),
    ("Guisante de olor Cupani - 20 semillas", "Lathyrus odoratus 'Cupani' guisante de olor semillas x20"),
    ("Calabacín Black Beauty - semillas 3 g", "Zucchini Black Beauty Samen 3g"),
    ("Zucchini Black Beauty - Samen (3 g)", "Courgette Black Beauty - graines (3 g)"),
]

DIFFERENT = [
    # a strain's version on one side only; two versions
    ("Dinafem Critical+ 2.0 Feminized - 5 Seeds", "Dinafem Critical + Feminized - 5 Seeds"),
    ("Dinafem Critical+ 2.0 feminizada - 5 semillas", "Dinafem Critical+ feminizada - 5 semillas"),
    ("Dinafem Critical+ 2.0 Feminized - 5 Seeds", "Dinafem Critical+ 3.0 Feminized - 5 Seeds"),
    # the autoflowering line of a strain is another product, glued or not, in every language
    ("Dutch Passion Blueberry Feminised - 5 Seeds", "Dutch Passion AutoBlueberry feminised - 5 seeds"),
    ("Dutch Passion Blueberry feminisiert - 5 Samen", "Dutch Passion AutoBlueberry - 5 Samen"),
    ("Dutch Passion Blueberry féminisée - 5 graines", "Dutch Passion Auto Blueberry féminisée - 5 graines"),
    # feminised vs regular still conflict when the auto axis agrees
    ("Sensi Seeds Skunk #1 Regular - 10 Seeds", "Sensi Seeds Skunk #1 Feminized - 10 Seeds"),
    # a bank's initials name that bank only: not another bank's strain of that name, nor another pack
    ("RQS Northern Light Feminized - 5 Seeds", "Sensi Seeds Northern Lights Feminized - 5 Seeds"),
    ("GHS White Widow Feminized - 5 Seeds", "Seedsman White Widow Feminised - 5 Seeds"),
    ("RQS Northern Light (fem) 3 pcs", "Royal Queen Seeds Northern Light Feminized - 5 Seeds"),
    ("RQS Royal Gorilla (Fem) - Pack of 5", "Royal Queen Seeds Royal Gorilla Automatic - 5 Seeds"),
    ("Barney's Farm Blue Gelato 41 Feminised 3 seeds", "Blue Gelato 41 fem x10 - Barneys Farm"),
    # Hybrid is F1 for a vegetable: no other variety becomes it, and an F1 is no heirloom
    ("Burpee Early Girl Hybrid Tomato Seeds, 30 Seeds", "Burpee Better Boy F1 Tomato Seeds, 30 Seeds"),
    ("Thompson & Morgan Tomato Sungold F1 Hybrid - 10 Seeds", "T&M Tomato Sweet Million F1 - 10 Seeds"),
    ("Burpee Big Beef Hybrid Tomato Seeds, 30 Seeds", "Big Beef Tomato Seeds - Heirloom - 30 seeds"),
    # the cultivar's number is its name: another count is another packet, another number another cultivar
    ("Mr Fothergill's Carrot Autumn King 2 Seeds (approx. 1000)", "Carrot 'Autumn King 2' - 500 seeds"),
    ("Carrot 'Autumn King 2' - 1000 seeds", "Carrot 'Autumn King 3' - 1000 seeds"),
    # a botanical name read away leaves the cultivar: another cultivar stays another
    ("Kings Seeds Sweet Pea Matucana - 20 Seeds", "Lathyrus odoratus 'Cupani' Sweet Pea seeds x20 - Kings Seeds"),
    ("Zinnia elegans 'State Fair Mix' seeds 2 g", "Zinnia elegans 'Envy' seeds 2 g"),
    # one vegetable, one name: another variety or another vegetable stays another
    ("Courgette Black Beauty seeds (3g)", "Courgette Defender F1 Seeds (3g)"),
    ("Black Beauty Zucchini Seeds - 3 g", "Black Beauty Tomato Seeds - 3 g"),
    # ... in Spanish, German and French seed shops
    ("Dinafem Critical+ 2.0 feminisiert - 5 Samen", "Dinafem Critical+ feminisiert - 5 Samen"),
    ("Dinafem Critical+ 2.0 féminisée - 5 graines", "Dinafem Critical + féminisée - 5 graines"),
    ("Royal Queen Seeds Northern Light feminisiert - 5 Samen", "RQS Northern Light Automatic 5er Pack"),
    ("RQS Amnesia Haze feminizada x5", "Royal Queen Seeds Amnesia Haze Automática - 5 semillas"),
    ("Gorilla Glue Hybrid Seeds x5", "Gorilla Glue F1 Seeds x5"),
    ("Tomaten Sungold F1 Hybride - 10 Samen", "Tomate Sungold - 10 Samen - samenfest"),
    ("Karotte 'Autumn King 2' - ca. 1000 Samen", "Karotte Autumn King - ca. 1000 Samen"),
    ("Zanahoria Autumn King 2 semillas (aprox. 1000)", "Zanahoria Autumn King 2 - 500 semillas"),
    ("Pois de senteur Lathyrus odoratus 'Cupani' - 20 graines",
     "Pois de senteur Lathyrus odoratus 'Matucana' - 20 graines"),
    ("Calabacín Black Beauty - semillas 3 g", "Pepino Black Beauty semillas 3 g"),
    # a word of one strain's name on one side only, the bank written out or as its initials: another strain
    ("Royal Queen Seeds Critical Feminized - 5 Seeds", "RQS Critical Kush (fem) - 5 Seeds"),
    ("Royal Queen Seeds Amnesia feminizada - 5 semillas", "RQS Amnesia Haze feminizada x5"),
    ("Royal Queen Seeds Amnesia feminisiert - 5 Samen", "RQS Amnesia Haze feminisiert 5er Pack"),
    ("Critical féminisée x5 - Barneys Farm", "Barney's Farm Critical Kush féminisée - 5 graines"),
]


test_seed_offers_of_one_product_are_the_same, test_seed_near_misses_stay_apart = pair_tests(
    same=SAME, different=DIFFERENT)


def test_breeder_name_puts_a_title_about_seeds_but_not_a_bare_fem():
    ws = "blue gelato 41 fem x3 barneys farm".split()
    assert S.seed_context(ws)
    assert S.seed_context("rqs northern light fem 3pcs".split())
    # "fem" alone ("Camiseta Fem", Brazilian shops' women's wear) puts no title about seeds
    assert not S.seed_context("camiseta basica fem algodao p".split())
    # a farm that is no seed bank's name
    assert not S.seed_context("old macdonald s farm toy set".split())


def test_hybrid_is_f1_only_outside_cannabis():
    assert "f1" in S.canonical_text("burpee big beef hybrid tomato seeds").split()
    assert "f1" in S.canonical_text("tomate corazon de buey hibrido semillas").split()
    assert "f1" in S.canonical_text("tomaten harzfeuer hybride samen").split()
    # no crop named: no reading ("Gorilla Glue Hybrid Seeds" is a cannabis strain)
    assert "f1" not in S.canonical_text("gorilla glue hybrid seeds x5").split()
    # Latin "hybrida" is a species' name
    assert "f1" not in S.canonical_text("petunia x hybrida surfinia seeds").split()
    # an indica x sativa cross is no F1
    assert "f1" not in S.canonical_text("gorilla glue hybrid feminized seeds x5").split()
    assert "f1" not in S.canonical_text("blue dream hybrid cannabis seeds").split()
    assert "f1" not in S.canonical_text("tomato kush hybrid feminized seeds").split()


def test_one_crop_one_name_in_a_seed_title_only():
    assert S.canonical_text("courgette black beauty graines").split()[0] == "zucchini"
    assert S.canonical_text("mohre autumn king samen").split()[0] == "carrot"
    # a sweet pea is a flower, no pea; and outside a title about seeds nothing is read
    assert S.canonical_text("guisante de olor cupani semillas").split()[0] == "guisante"
    from crawler.matching.features import prepare
    assert "courgette" in prepare({"title": "Courgette au four, recette facile"}).words


def test_glued_auto_is_split_but_type_words_stay_whole():
    assert S.canonical_text("dutch passion autoblueberry 5 seeds").split()[2:4] == ["auto", "blueberry"]
    assert "auto" in S.canonical_text("sweet seeds autofloreciente 3 semillas").split()
    assert "feminised" in S.canonical_text("autofem critical 5 seeds").split()
    assert "autumn" in S.canonical_text("carrot autumn king seeds").split()


def test_auto_and_feminised_are_two_axes():
    assert not S.type_conflict(frozenset({"auto"}), frozenset({"auto", "feminised"}))
    assert S.type_conflict(frozenset({"feminised"}), frozenset({"auto", "feminised"}))
    assert S.type_conflict(frozenset({"auto", "regular"}), frozenset({"auto", "feminised"}))


def test_versions_conflict_only_when_they_differ():
    ta = S.seed_type("dinafem critical 2.0 feminised 5 seeds".split())
    tb = S.seed_type("dinafem critical feminised 5 seeds".split())
    assert "version:2.0" in ta
    assert S.type_conflict(ta, tb) and S.type_conflict(tb, ta)
    assert not S.type_conflict(ta, S.seed_type("critical 2.0 feminised x3".split()))
    # a weight or a count is no version
    assert not any(x.startswith("version:") for x in S.seed_type("basil genovese 0.75g seeds".split()))


def test_quoted_cultivar_and_botanical_name():
    assert S.cultivar_title("Carrot 'Autumn King 2' - 1000 seeds").split()[:4] == ["Carrot", "Autumn", "King", "2"]
    # the vernacular name after the cultivar: the botanical name goes
    assert S.cultivar_title("Lathyrus odoratus 'Cupani' Sweet Pea seeds").split()[0] == "Cupani"
    # no vernacular name: the genus stays, the epithet goes
    assert S.cultivar_title("Zinnia elegans 'State Fair Mix' seeds 2 g").split()[:2] == ["Zinnia", "State"]
    # an apostrophe is no quote; feet are no cultivar
    assert S.cultivar_title("Mr Fothergill's Carrot Seeds") == "Mr Fothergill's Carrot Seeds"
    assert S.cultivar_title("12' x 8' Greenhouse") == "12' x 8' Greenhouse"
    # a vernacular name before the botanical one: the genus goes too; a seed bank's name there does not count
    assert "Lathyrus" not in S.cultivar_title("Pois de senteur Lathyrus odoratus 'Cupani' - 20 graines")
    assert "Lathyrus" in S.cultivar_title("Kings Seeds Lathyrus odoratus 'Cupani' - 20 seeds")
    # no Latin epithet, no botanical name ("Dutch passion" is a seed bank)
    assert S.cultivar_title("Dutch passion 'Blue' seeds").split()[:2] == ["Dutch", "passion"]


def test_a_strain_word_on_one_side_vetoes_the_learned_stage_for_cannabis_only():
    veto = S.strain_word_one_side
    fem = frozenset({"feminised"})
    crit = ["royal", "queen", "seeds", "critical", "feminised", "5", "seeds"]
    kush = crit[:4] + ["kush"] + crit[4:]
    assert veto(fem, fem, {"critical"}, set(crit), {"critical", "kush"}, set(kush))
    # a seed bank's name, a packet's words or the brand on one side only name no strain
    assert not veto(fem, fem, {"critical", "royal", "queen"}, set(crit), {"critical"}, {"critical", "feminised", "pcs"})
    assert not veto(fem, fem, {"critical", "dinafem"}, {"dinafem", "critical"}, {"critical"}, {"critical"},
                    ("dinafem", ""))
    # a vegetable's seed states no cannabis type: its describing words ("Bell", "packet") are the trees' to judge
    assert not veto(frozenset({"f1"}), frozenset(), {"bell", "pepper"}, {"bell", "pepper"}, {"pepper"}, {"pepper"})
