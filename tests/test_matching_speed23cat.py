"""Blocking of a whole catalogue (session 23, speed): each record's code keys are read once
for the index and the look-ups; the candidate pairs are the same as the record-by-record
reading gave (code keys with their postings, TF-IDF neighbours, identical listings); between two
catalogues (``match_catalogs``) a code prefix shared by more offers than a model's variants (a
series' numbering) pairs no one."""

from __future__ import annotations

from collections import defaultdict

from crawler.matching import blocking as BL
from crawler.matching import match_catalogs, same_product
from crawler.matching.prepared import block_keys

# real-looking listings of two shops: model numbers written apart / glued, a series' sibling
# models (a shared code prefix), an MPN only in one shop's field, "for <device>" accessories,
# titles in German and French
LEFT = [
    {"title": "Sony Cyber-shot DSC-W120 7.2MP Digital Camera Black", "brand": "Sony"},
    {"title": "Wintec FileMate Imagine Series K2010 USB Keyboard - Jet Black", "mpn": "3FMNK2010UBK-R"},
    {"title": "HP 12A Black Toner Cartridge Q2612A", "brand": "HP"},
    {"title": "Toner für HP LaserJet 1020 kompatibel schwarz", "brand": "Generic"},
    {"title": "Samsung 970 EVO Plus NVMe M.2 SSD 1TB MZ-V7S1T0BW", "brand": "Samsung"},
    {"title": "Logitech MX Master 3 Souris sans fil Graphite 910-005694", "brand": "Logitech"},
    {"title": "HON 10500 Series Bookcase Hutch Mahogany 105292MM", "brand": "HON"},
    {"title": "Garmin Nuvi 360 Carrying Case 010-10723-02", "brand": "Garmin"},
]
RIGHT = [
    {"title": "Sony DSCW120 Cyber Shot Camera black 7.2 megapixel", "mpn": "DSCW120/B"},
    {"title": "Sony DSC-W120P Digital Camera Pink", "brand": "Sony"},
    {"title": "FileMate K2010 USB Standard Keyboard Black 3FMNK2010UBK-R", "brand": "Wintec"},
    {"title": "HP Q2612A LaserJet Toner Black", "brand": "HP"},
    {"title": "HP LaserJet 1020 Printer", "brand": "HP"},
    {"title": "Samsung MZ-V7S1T0BW 970 EVO Plus 1 TB PCIe NVMe", "brand": "Samsung"},
    {"title": "Logitech MX Master 3 kabellose Maus graphit 910-005694", "brand": "Logitech"},
    {"title": "HON 105815RNN 10500 Series Right Extended Corner Unit", "brand": "HON"},
    {"title": "HON 10500 Series Bookcase Hutch 105292MM", "brand": "HON"},
    {"title": "Garmin Leather GPS Case", "brand": "Garmin"},
    {"title": "Garmin 010-10723-02 Carrying Case for nuvi", "brand": "Garmin"},
]


def _reference_pairs(left, right, k=10, same=False, prefix_cap=BL._MAX_POSTING):
    """The candidate pairs as blocking read them before session 23 (the code keys of
    every record asked again for the look-ups, the index a defaultdict, pair by pair),
    with a code prefix's posting capped at ``prefix_cap``."""
    docs = BL._blocking_docs(left, right, same)
    index = defaultdict(list)
    for j, p in enumerate(right):
        if p.allcodes or p.mpn:
            for key in BL._code_keys(p):
                index[key].append(j)
    pairs = set()
    for i, p in enumerate(left):
        for key in BL._code_keys(p):
            post = index.get(key)
            cap = prefix_cap if key.endswith("*") else BL._MAX_POSTING
            if post and len(post) <= cap:
                for j in post:
                    if not same or j != i:
                        pairs.add((i, j) if not same or i < j else (j, i))
    for i, js in enumerate(BL.tfidf_neighbours(left, right, k=k, same=same, docs=docs)):
        for j in js:
            pairs.add((i, j) if not same or i < j else (j, i))
    return pairs | BL._identical_pairs(left, right, same, docs)


def _keys(offers):
    return [block_keys(o) for o in offers]


def test_candidate_pairs_are_the_record_by_record_readings():
    L, R = _keys(LEFT), _keys(RIGHT)
    for k in (1, 3, 10):
        assert BL.candidate_pairs(L, R, k=k) == _reference_pairs(L, R, k=k)
        for cap in (1, BL._MAX_PREFIX_POSTING):
            assert BL.candidate_pairs(L, R, k=k, prefix_cap=cap) == _reference_pairs(L, R, k=k, prefix_cap=cap)
    A = _keys(LEFT + RIGHT)
    for k in (1, 3, 10):
        assert BL.candidate_pairs(A, A, k=k, same=True) == _reference_pairs(A, A, k=k, same=True)


def test_a_shared_model_number_or_mpn_is_a_candidate_whatever_the_neighbours():
    # k=1: one TF-IDF neighbour per offer; the shared codes still pair the offers up
    L, R = _keys(LEFT), _keys(RIGHT)
    pairs = BL.candidate_pairs(L, R, k=1)
    assert {(1, 2), (2, 3), (4, 5), (5, 6), (6, 8), (7, 10)} <= pairs
    # "dsc-w120" meets "dscw120" (the same code) and "dsc-w120p" (its prefix key)
    assert {(0, 0), (0, 1)} <= pairs
    # the printer a toner is made for is no key of the toner
    assert "1020" not in BL._code_keys(L[3])


def test_code_index_lists_each_key_once_per_record_in_order():
    R = _keys(RIGHT)
    index = BL._code_index(R)
    for key, post in index.items():
        assert post == sorted(set(post))
        assert all(key in BL._code_keys(R[j]) for j in post)
    assert BL._code_index(R) == BL._code_index(R, BL._all_code_keys(R))
    assert all(ks is None for ks, p in zip(BL._all_code_keys(R), R) if not (p.allcodes or p.mpn))


def test_links_are_pairs_the_pairwise_decision_accepts_one_to_one():
    links = match_catalogs(LEFT, RIGHT)
    assert links == sorted(links)
    assert len({i for i, _, _ in links}) == len(links) == len({j for _, j, _ in links})
    for i, j, _ in links:
        assert same_product(LEFT[i], RIGHT[j])
    every = {(i, j) for i, j, _ in match_catalogs(LEFT, RIGHT, one_to_one=False)}
    assert {(i, j) for i, j, _ in links} <= every
    # every pair the decision accepts among these offers is a candidate of the blocking
    accepted = {(i, j) for i, a in enumerate(LEFT) for j, b in enumerate(RIGHT) if same_product(a, b)}
    assert accepted <= BL.candidate_pairs(_keys(LEFT), _keys(RIGHT))
    assert every == accepted


def _series(n):
    # one furniture line's pieces, each its own model number, all of them one prefix ("105817*")
    return [{"title": f"HON 10500 Series Piece Mahogany 105817{x:02d}NN", "brand": "HON"} for x in range(n)]


def test_a_series_prefix_shared_by_many_offers_pairs_no_one():
    hutch = block_keys({"title": "HON Hutch 105817RNN Mahogany", "brand": "HON"})
    assert "105817*" in BL._code_keys(hutch)
    for n in (BL._MAX_PREFIX_POSTING, BL._MAX_PREFIX_POSTING + 5):
        right = _keys(_series(n))
        assert all(BL._code_keys(hutch) & BL._code_keys(p) == {"105817*"} for p in right)
        # (and one TF-IDF neighbour; the cap is match_catalogs' - a pool keeps the larger one)
        pairs = BL.candidate_pairs([hutch], right, k=1, prefix_cap=BL._MAX_PREFIX_POSTING)
        assert BL.candidate_pairs([hutch], right, k=1) == {(0, j) for j in range(n)}
        if n <= BL._MAX_PREFIX_POSTING:
            assert pairs == {(0, j) for j in range(n)}
        else:
            assert len(pairs) == 1


def test_a_code_shared_by_as_many_offers_still_pairs_them():
    # the same code (a toner's part number in many listings) keeps the larger cap
    toner = block_keys({"title": "HP Q2612A Black Toner", "brand": "HP"})
    right = _keys([{"title": f"HP Q2612A Toner Cartridge listing {x}", "brand": "HP"}
                   for x in range(BL._MAX_PREFIX_POSTING + 5)])
    every = {(0, j) for j in range(len(right))}
    assert BL.candidate_pairs([toner], right, k=1, prefix_cap=BL._MAX_PREFIX_POSTING) == every
