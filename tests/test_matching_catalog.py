"""Whole-catalogue linkage: which accepted pairs become links (crawler.matching.assign).

A link needs the pairwise decision AND each offer being the other's best candidate; an
offer whose best candidates are tied and are different products is ambiguous and stays
on its own; tied candidates that are one product listed twice are no ambiguity.  The
titles are real listings of catalog-walmart-amazon (Walmart left, Amazon right).
"""

from __future__ import annotations

from crawler.matching import cluster, match_catalogs, match_method, same_product
from crawler.matching.assign import ambiguous_offers, mutual_best_links

# a plain listing, and the other shop's colours of the same keyboard
PLAIN_K2010 = {"title": "FileMate Imagine Series K2010 USB Standard Keyboard", "price": 15.12}
RED_K2010 = {"title": "Wintec FileMate Imagine Series K2010 USB Standard Keyboard - Luminous Red "
                      "3FMNK2010URD-R", "mpn": "3FMNK2010URD-R", "brand": "Wintec"}
BLACK_K2010 = {"title": "Wintec FileMate Imagine Series K2010 USB Standard Keyboard - Jet Black "
                        "3FMNK2010UBK-R", "mpn": "3FMNK2010UBK-R", "brand": "Wintec"}
# one paper listed twice by the other shop
MOHAWK = {"title": "Mohawk Color Copy Gloss Paper Ream of 500 Sheets", "mpn": "36101", "brand": "Mohawk"}
MOHAWK_A = {"title": "Mohawk 36101 - Color Copy Gloss Paper 96 Brightness 32lb 8-1 2 x 11 White 500 "
                     "Sheets Ream", "brand": "Mohawk"}
MOHAWK_B = {"title": "New-Mohawk 36101 - Color Copy Gloss Paper 96 Brightness 32lb 8-1 2 x 11 White "
                     "500 Sheets Ream - MOW36101", "brand": "Mohawk"}
# two listings of one headphone, the part number of one of them the same
SONY = {"title": "Sony MDRAS30G Sport Headphones - Behind The Neck", "mpn": "MDRAS30G", "brand": "Sony"}
SONY_MPN = {"title": "Sony MDR-AS30G Active Style Headphones Silver", "mpn": "MDR-AS30G", "brand": "Sony"}
SONY_CAPS = {"title": "SONY MDRAS30G SPORT NECKBAND HEADPHONES", "brand": "Sony"}

LEFT = [PLAIN_K2010, MOHAWK, SONY]
RIGHT = [RED_K2010, BLACK_K2010, MOHAWK_A, MOHAWK_B, SONY_MPN, SONY_CAPS]


def test_a_tie_between_different_products_is_no_link():
    # the plain keyboard passes the pairwise decision with both colours, equally
    assert same_product(PLAIN_K2010, RED_K2010) and same_product(PLAIN_K2010, BLACK_K2010)
    assert match_method(PLAIN_K2010, RED_K2010) == match_method(PLAIN_K2010, BLACK_K2010)
    assert not same_product(RED_K2010, BLACK_K2010)
    links = match_catalogs(LEFT, RIGHT)
    assert all(i != 0 for i, _, _ in links)


def test_a_tie_between_two_listings_of_one_product_links_the_first():
    assert same_product(MOHAWK_A, MOHAWK_B)
    links = {(i, j) for i, j, _ in match_catalogs(LEFT, RIGHT)}
    assert (1, 2) in links and (1, 3) not in links


def test_the_best_candidate_wins_and_links_are_one_to_one():
    # both headphone listings pass with the Sony; the higher calibrated score wins (the first
    # on a tie: they are one product), and the Sony is linked once
    assert same_product(SONY, SONY_MPN) and same_product(SONY, SONY_CAPS)
    s_mpn, s_caps = match_method(SONY, SONY_MPN)[1], match_method(SONY, SONY_CAPS)[1]
    best = 5 if s_caps > s_mpn else 4
    links = match_catalogs(LEFT, RIGHT)
    assert [(i, j) for i, j, _ in links] == [(1, 2), (2, best)]


def test_links_keep_the_pairwise_decision_and_its_score():
    # assignment only chooses among pairs the pairwise decision accepts
    every = match_catalogs(LEFT, RIGHT, one_to_one=False)
    assert {(i, j) for i, j, _ in every} == {
        (i, j) for i, a in enumerate(LEFT) for j, b in enumerate(RIGHT) if same_product(a, b)}
    for i, j, s in match_catalogs(LEFT, RIGHT):
        assert (i, j, s) in every
        assert s == match_method(LEFT[i], RIGHT[j])[1]


def test_cluster_leaves_the_ambiguous_listing_alone():
    ids = cluster(LEFT + RIGHT)
    plain, red, black = ids[0], ids[3], ids[4]
    assert len({plain, red, black}) == 3
    assert ids[1] == ids[5] == ids[6]  # the paper, listed three times
    assert ids[2] == ids[7] == ids[8]  # the headphones


# the rules on their own, with a stated sameness of tied candidates

def _never(pairs):
    return set()


def _always(pairs):
    return set(pairs)


def test_mutual_best_needs_both_sides():
    # left 0's best is right 0, but right 0's best is left 1: left 0 gets no runner-up
    accepted = [(0.93, 0, 0), (0.92, 0, 1), (0.95, 1, 0)]
    assert mutual_best_links(accepted, _never, _never) == [(1, 0, 0.95)]


def test_ties_are_ambiguous_unless_the_tied_are_one_product():
    accepted = [(0.93, 0, 0), (0.93, 0, 1), (0.9, 1, 2)]
    assert mutual_best_links(accepted, _never, _never) == [(1, 2, 0.9)]
    assert mutual_best_links(accepted, _never, _always) == [(0, 0, 0.93), (1, 2, 0.9)]
    # a tie on the right side (two left offers for one right offer) is ambiguous as well
    assert mutual_best_links([(0.93, 0, 0), (0.93, 1, 0)], _never, _never) == []


def test_sameness_is_asked_once_per_side_with_every_tied_pair():
    asked = []

    def same_right(pairs):
        asked.append(list(pairs))
        return {(0, 1)}

    accepted = [(0.93, 0, 0), (0.93, 0, 1), (0.93, 0, 2), (0.9, 1, 3)]
    assert mutual_best_links(accepted, _never, same_right) == [(1, 3, 0.9)]
    assert asked == [[(0, 1), (0, 2), (1, 2)]]


def test_ambiguous_offers_of_one_pool():
    edges = [(0.93, 0, 1), (0.93, 0, 2), (0.95, 1, 3)]
    assert ambiguous_offers(edges, lambda a, b: False) == {0}
    assert ambiguous_offers(edges, lambda a, b: True) == set()
    assert ambiguous_offers([], lambda a, b: False) == set()


# many tied candidates: the checks grow linearly, identical listings pair up one-to-one

SSD = {"title": "Samsung 970 EVO Plus 1TB NVMe SSD", "brand": "Samsung"}


def _counting_rows(monkeypatch):
    """Count the pairs the pairwise decision scores inside match_catalogs / cluster."""
    from crawler.matching import blocking

    rows = []
    real = blocking.decide_staged

    def spy(lp, rp, *a, **kw):
        rows.append(len(lp))
        return real(lp, rp, *a, **kw)

    monkeypatch.setattr(blocking, "decide_staged", spy)
    return rows


def test_sameness_of_many_tied_candidates_is_asked_linearly():
    from crawler.matching.assign import CAP

    for n in (50, 400):
        asked = []

        def same_right(pairs):
            asked.extend(pairs)
            return set(pairs)

        accepted = [(0.93, 0, j) for j in range(n)]
        assert mutual_best_links(accepted, _always, same_right) == [(0, 0, 0.93)]
        assert len(asked) == CAP * (CAP - 1) // 2 + (n - CAP)  # not n * (n - 1) / 2
        # identical listings (one key) are one candidate: their sameness asked once
        asked.clear()
        assert mutual_best_links(accepted, _always, same_right, key_right=lambda j: "same") == [
            (0, 0, 0.93)]
        assert asked == [(0, 1)]


def test_identical_offers_against_one_are_scored_linearly(monkeypatch):
    rows = _counting_rows(monkeypatch)
    for n in (100, 400):
        rows.clear()
        assert [(i, j) for i, j, _ in match_catalogs([SSD] * n, [SSD])] == [(0, 0)]
        assert sum(rows) <= 2 * n


def test_cluster_of_identical_offers_is_scored_linearly(monkeypatch):
    rows = _counting_rows(monkeypatch)
    for n in (200, 800):
        rows.clear()
        assert len(set(cluster([SSD] * n))) == 1
        assert sum(rows) <= 25 * n  # k neighbours + the identical-title pairs, not n^2 / 2


def test_identical_listings_on_both_sides_pair_up_one_to_one():
    assert [(i, j) for i, j, _ in match_catalogs([SSD, SSD], [SSD, SSD])] == [(0, 0), (1, 1)]
    accepted = [(0.93, i, j) for i in range(3) for j in range(3)]
    assert [(i, j) for i, j, _ in mutual_best_links(accepted, _always, _always)] == [
        (0, 0), (1, 1), (2, 2)]
    # more listings on one side: the rest stay unlinked
    assert len(match_catalogs([SSD] * 5, [SSD] * 3)) == 3
    # a tie between different products is still no link, however many copies
    links = match_catalogs([PLAIN_K2010], [RED_K2010] * 3 + [BLACK_K2010] * 3)
    assert links == []


def test_identical_titles_are_candidates_in_a_big_pool():
    from crawler.matching.blocking import candidate_pairs
    from crawler.matching.prepared import block_keys

    n = 120  # every title word in more than max_df of the records
    keys = [block_keys(SSD)] * n
    paired = {x for p in candidate_pairs(keys, keys, same=True) for x in p}
    assert paired == set(range(n))
    assert len(set(cluster([SSD] * n))) == 1
    assert [(i, j) for i, j, _ in match_catalogs([SSD] * n, [SSD] * n)] == [(i, i) for i in range(n)]
