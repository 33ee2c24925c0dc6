"""Hostile input to the matcher the session-27 attack found (session 28, robust28): each refused with
one clear message naming what was wrong, or read as the rest of the matcher reads a bad field."""

from __future__ import annotations

import math

import pytest

from crawler.matching import THRESHOLD, cluster, match_catalogs, match_method

LEFT = [{"title": "Samsung 990 PRO 2TB NVMe M.2 SSD MZ-V9P2T0BW", "brand": "Samsung", "mpn": "MZ-V9P2T0BW"},
        {"title": "Logitech MX Master 3S Wireless Mouse Graphite", "brand": "Logitech", "mpn": "910-006559"}]
RIGHT = [{"title": "Logitech MX Master 3S Performance Wireless Mouse - Graphite", "brand": "Logitech"},
         {"title": "SSD Samsung 990 Pro 2 TB M.2 PCIe 4.0 (MZ-V9P2T0BW)", "brand": "Samsung"}]


# -- 1. match_catalogs' options: k=0, k=-1, threshold=NaN / 2 / "0.5" were taken silently --------------------
@pytest.mark.parametrize("options, message", [
    ({"k": 0}, "match_catalogs: k is the number of candidates read per offer, a whole number of 1 or more; got 0"),
    ({"k": -1}, "match_catalogs: k is the number of candidates read per offer, a whole number of 1 or more; got -1"),
    ({"k": 2.5}, "match_catalogs: k is the number of candidates read per offer, a whole number of 1 or more; got 2.5"),
    ({"k": True}, "match_catalogs: k is the number of candidates read per offer, a whole number of 1 or more; got True"),
    ({"k": "10"}, "match_catalogs: k is the number of candidates read per offer, a whole number of 1 or more; got '10'"),
    ({"threshold": math.nan},
     "match_catalogs: threshold is the match score a link needs, a number from 0 to 1; got nan"),
    ({"threshold": 2}, "match_catalogs: threshold is the match score a link needs, a number from 0 to 1; got 2"),
    ({"threshold": -0.1}, "match_catalogs: threshold is the match score a link needs, a number from 0 to 1; got -0.1"),
    ({"threshold": "0.5"},
     "match_catalogs: threshold is the match score a link needs, a number from 0 to 1; got '0.5'"),
    ({"threshold": None}, "match_catalogs: threshold is the match score a link needs, a number from 0 to 1; got None"),
    ({"one_to_one": "no"}, "match_catalogs: one_to_one is True or False; got 'no'"),
])
def test_a_bad_catalogue_option_is_a_value_error_naming_it(options, message):
    with pytest.raises(ValueError) as caught:
        match_catalogs(LEFT, RIGHT, **options)
    assert str(caught.value) == message


def test_a_huge_refused_option_is_shown_short():
    with pytest.raises(ValueError) as caught:
        match_catalogs(LEFT, RIGHT, threshold="x" * 100_000)
    assert len(str(caught.value)) < 200 and str(caught.value).endswith("...")


def test_good_catalogue_options_still_link():
    import numpy as np

    expected = [(0, 1), (1, 0)]
    assert [(i, j) for i, j, _ in match_catalogs(LEFT, RIGHT)] == expected
    for options in ({"k": 1}, {"k": np.int64(3)}, {"threshold": 0}, {"threshold": np.float32(THRESHOLD)},
                    {"threshold": 1.0, "one_to_one": False}, {"one_to_one": False}):
        links = [(i, j) for i, j, _ in match_catalogs(LEFT, RIGHT, **options)]
        assert set(links) <= set(expected) if options.get("threshold") == 1.0 else links == expected, options


def test_cluster_takes_no_option_but_the_offers():
    # (the public ``cluster`` has no k nor threshold to get wrong: one given is Python's TypeError)
    assert cluster(LEFT + RIGHT) == [0, 1, 1, 0]
    with pytest.raises(TypeError):
        cluster(LEFT, k=0)


# -- 5. MPN fields: a plain word is no part code; a placeholder against a part code is no evidence ---------
@pytest.mark.parametrize("a, b, mpn", [
    ("Samsung Galaxy Tab A 8.0 Tablet", "Samsung Galaxy Book Laptop", "Galaxy"),
    ("Apple iPad Mini Wi-Fi 64GB", "Apple Mac Mini Desktop", "Mini"),
    ("Apple iPad Pro 11 Wi-Fi", "Apple MacBook Pro 14", "Pro"),
    ("Dell Inspiron 15 Laptop", "Dell Inspiron Desktop Tower", "Inspiron"),
])
def test_one_makers_offers_with_a_plain_word_for_mpn_are_not_one_part(a, b, mpn):
    # ("Galaxy" on both was read as one maker's item number, _maker_item: the tablet and the laptop
    # were one product, 'model' 0.95)
    from crawler.matching.features import prepare
    from crawler.matching.relations import mpn_relation

    brand = a.split()[0]
    offer_a, offer_b = {"title": a, "brand": brand, "mpn": mpn}, {"title": b, "brand": brand, "mpn": mpn}
    assert mpn_relation(prepare(offer_a), prepare(offer_b)) == 0.0
    assert match_method(offer_a, offer_b)[1] < THRESHOLD


def test_a_makers_code_of_letters_alone_is_still_its_part_number():
    # (walmart-amazon train 4557, a true pair: Clarion's CCAAUX cable - initials, no word)
    from crawler.matching.features import prepare
    from crawler.matching.relations import mpn_relation

    a = {"title": "Clarion 3.5 mm stereo mini-jack to RCA extension cable", "brand": "Clarion", "mpn": "CCAAUX"}
    b = {"title": "Clarion CCAAUX female 3.5 mm stereo mini-jack to male RCA extension cable", "brand": "Clarion",
         "mpn": "CCAAUX"}
    assert mpn_relation(prepare(a), prepare(b)) == 1.0
    assert match_method(a, b)[1] >= THRESHOLD


@pytest.mark.parametrize("field, word", [
    ("galaxy", True), ("deluxe", True), ("inspiron", True), ("strength", True), ("defaulttitle", True),
    ("christmas", True), ("whirlpool", True),
    ("ccaaux", False), ("fptag", False), ("wcrplpdw", False), ("crwext", False), ("ntwghu", False),
    ("ptheatre", False), ("jelpadbk", False), ("sisipcrc", False), ("trlcslipaddren", False), ("crw", False),
    ("mzv9p2t0bw", False),
])
def test_a_field_of_letters_reads_as_a_word_by_its_spelling(field, word):
    from crawler.matching.mpn_fields import reads_as_word

    assert reads_as_word(field) is word


@pytest.mark.parametrize("placeholder", ["Default Title", "Not Available", "N/A", "none", "-"])
def test_a_placeholder_mpn_against_a_part_code_is_no_evidence(placeholder):
    # ("Default Title", a name of words, against a number of digits only was the "mpn" conflict:
    # the same Logitech mouse kept apart)
    from crawler.matching.features import prepare
    from crawler.matching.relations import mpn_relation

    a = {"title": "Logitech Wireless Mouse M185 Grey", "brand": "Logitech", "mpn": placeholder}
    b = {"title": "Logitech M185 Wireless Mouse, Grey", "brand": "Logitech", "mpn": "910-002225"}
    assert mpn_relation(prepare(a), prepare(b)) == mpn_relation(prepare(b), prepare(a)) == 0.0
    assert match_method(a, b) == match_method(b, a) == match_method({**a, "mpn": None}, b)
    assert match_method(a, b)[1] >= THRESHOLD


def test_a_name_the_titles_print_against_a_catalogue_number_is_still_a_conflict():
    # (session 20: "mini video red" / 8398513, walmart-amazon train 3306 - two Kodak cameras)
    a = {"title": "kodak mini red video camera 1.8 lcd display", "brand": "kodak", "mpn": "mini video red"}
    b = {"title": "kodak mini video camera with sd card red", "brand": "kodak", "mpn": "8398513"}
    assert match_method(a, b)[0] == "conflict:mpn"


# -- 6. relations._is_size read the field's units with a second cleaning of it --------------------------------
def test_a_fields_size_is_read_in_the_pass_that_read_its_code(monkeypatch):
    from crawler.matching import relations
    from crawler.matching import titles as T
    from crawler.matching.mpn_fields import is_part_code

    calls = []
    clean = T.clean_with_units
    monkeypatch.setattr(T, "clean_with_units", lambda text: calls.append(text) or clean(text))
    for field, size in (("256gb", True), ("750ml", True), ("2544m", False), ("robust28x", False)):
        calls.clear()
        is_part_code(field)
        assert relations._is_size(field) is size
        assert len(calls) <= 1, calls  # (one cleaning, or none when it was read before)


# -- 4. a title given as a list of texts: its items were joined into one title, silently ---------------------
@pytest.mark.parametrize("title", [
    pytest.param(["Samsung Galaxy S21", "128GB Black"], id="pieces"),
    pytest.param(["Samsung Galaxy S21 128GB Black", "Samsung Galaxy S21 5G 128GB Black"], id="two names"),
    pytest.param(("Samsung Galaxy S21 128GB Black", "Apple iPhone 12 64GB White"), id="two products"),
])
def test_a_title_of_several_texts_is_no_title(title):
    # a title names one product; several texts are several names (or pieces in an order the matcher
    # cannot know): no title, as a number or NaN is none - the offer's other fields still read
    from crawler.matching.prepared import title_read

    normal = {"title": "Samsung Galaxy S21 128GB Black", "brand": "Samsung"}
    assert title_read(title) is None
    assert match_method({"title": title}, normal) == ("none", 0.0)  # (nothing else to compare)
    with_mpn = {"title": title, "brand": "Samsung", "mpn": "SM-G991B"}
    assert match_method(with_mpn, {**normal, "mpn": "SM-G991B"}) == match_method(
        {"brand": "Samsung", "mpn": "SM-G991B"}, {**normal, "mpn": "SM-G991B"})
    assert match_method(with_mpn, {**normal, "mpn": "SM-G991B"})[1] >= THRESHOLD


@pytest.mark.parametrize("title", [["Samsung Galaxy S21 128GB Black"], ("Samsung Galaxy S21 128GB Black", None, " ")])
def test_a_title_of_one_text_in_a_list_is_that_text(title):
    normal = {"title": "Samsung Galaxy S21 128GB Black", "brand": "Samsung"}
    assert match_method({"title": title, "brand": "Samsung"}, normal) == match_method(dict(normal), normal)


def test_the_batch_and_the_catalogue_read_a_list_title_as_one_pair_does():
    from crawler.matching import match_many

    offers = [{"title": ["Samsung Galaxy S21", "128GB Black"], "brand": "Samsung"},
              {"title": ["Samsung Galaxy S21 128GB Black"], "brand": "Samsung"}]
    normal = {"title": "Samsung Galaxy S21 128GB Black", "brand": "Samsung"}
    _scores, same, tiers = match_many(offers, [normal, normal])
    assert list(zip(tiers, same.tolist())) == [(match_method(o, normal)[0], match_method(o, normal)[1] >= THRESHOLD)
                                              for o in offers]
    assert [(i, j) for i, j, _ in match_catalogs(offers, [normal])] == [(1, 0)]


# -- 3. GTIN: the int 74887615305 is read, the text "74887615305" is not - kept, and why ----------------------
GTIN_VECTORS = __import__("pathlib").Path(__file__).parents[1].parent / "shared/datasets/gtin/gtin_vectors.jsonl"


def test_an_int_gtin_is_the_fourteen_digit_code_it_equals_on_every_shared_vector():
    # A number has no leading zeros to lose: the int 74887615305 is the GTIN-14 00074887615305 (GS1 stores
    # every GTIN right-justified in 14 digits; the zeros add nothing to the check), the shared vectors'
    # first valid code. Text keeps its zeros: "74887615305" is 11 characters, no GTIN length - the
    # vectors label such strings invalid ("61414100003", "423456712": wrong length). So each reading is
    # the vectors' own; an int equal to a labelled string's digits gets that string's 14-digit verdict.
    import json

    from crawler.gtin import gtin14, is_valid_gtin
    from tests.conftest import shared_dataset

    rows = [json.loads(line) for line in shared_dataset(GTIN_VECTORS).read_text(encoding="utf-8").splitlines()
            if line]
    checked = 0
    for row in rows:
        digits = row["value"].replace("-", "")
        if not digits.isdigit() or len(digits) > 14:
            continue
        as_int = int(digits)
        assert is_valid_gtin(as_int) is is_valid_gtin(digits.zfill(14)), row
        if len(digits) in (8, 12, 13, 14):  # (a GTIN length: the text and the number are one code)
            assert gtin14(as_int) == gtin14(row["value"]), row
        checked += 1
    assert checked >= 90
    assert gtin14(74887615305) == "00074887615305" and gtin14("74887615305") is None
    assert gtin14("074887615305") == gtin14("00074887615305") == "00074887615305"


def test_the_matcher_reads_an_int_gtin_and_an_eleven_character_text_as_the_vectors_do():
    a = {"title": "Hamilton Beach 2-Slice Toaster", "gtin": 74887615305}
    b = {"title": "Hamilton Beach Toaster, 2 Slice", "gtin": "074887615305"}
    assert match_method(a, b)[0] == "gtin"
    assert match_method({**a, "gtin": "74887615305"}, b)[0] != "gtin"


def test_a_threshold_too_large_for_a_float_is_the_same_value_error():
    # (session 28's attacker: 10**400 was an OverflowError from float(), naming no option)
    with pytest.raises(ValueError, match=r"^match_catalogs: threshold is the match score a link needs, a number "
                                         r"from 0 to 1; got 1000"):
        match_catalogs(LEFT, RIGHT, threshold=10**400)


def test_a_sigint_after_sigterm_is_the_stop_handlers_not_a_keyboardinterrupt(monkeypatch):
    # (session 28's attacker: SIGTERM, then Ctrl-C 0.05 s later while the exit handlers stopped the
    # embedded PostgreSQL, printed "Exception ignored in atexit callback" and a KeyboardInterrupt)
    import signal

    from crawler import cli

    monkeypatch.setattr(cli, "_EXITING", [])  # (a command run in this process before: not closing down)
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        with pytest.raises(SystemExit) as stopped:
            cli._stop_on_signal(signal.SIGTERM, None)
        assert stopped.value.code == 128 + signal.SIGTERM
        assert signal.getsignal(signal.SIGINT) is cli._stop_on_signal
    finally:
        for s, h in saved.items():
            signal.signal(s, h)
