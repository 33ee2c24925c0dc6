"""The matcher's answer never depends on which offer comes first (issue #12): the same tier
and score for (a, b) and (b, a), on every hand-labelled pair of ``benchmarks/pairs``."""
import json
from pathlib import Path

from crawler.matching import match_many, match_method

PAIRS = Path(__file__).resolve().parent.parent / "benchmarks" / "pairs"


def test_a_variant_word_read_one_way_is_read_both_ways():
    a = {"title": "Huggies Natural Care Sensitive Baby Wipes, Unscented, 12 Flip-Top Packs (768 Wipes Total)"}
    b = {"title": "Huggies Natural Care Sensitive Baby Wipes, Fragrance Free, 768 ct"}
    assert match_method(a, b) == match_method(b, a)


def test_every_hand_labelled_pair_is_decided_the_same_both_ways():
    rows = [json.loads(line) for path in sorted(PAIRS.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    A, B = [r["a"] for r in rows], [r["b"] for r in rows]
    s1, same1, t1 = match_many(A, B)
    s2, same2, t2 = match_many(B, A)
    differ = [(r["a"].get("title"), r["b"].get("title"), x, y)
              for r, x, y in zip(rows, t1, t2) if x != y]
    assert not differ, differ[:5]
    assert list(same1) == list(same2)


def test_a_brand_given_by_one_offer_only_is_read_both_ways():
    # (session 40: ``sport32.variants_before_name`` took ``a.brand or b.brand`` - "Nike" one way round, the
    # other title's guessed "Zoom" the other - so the pair was one product one way only; held-out-40)
    a = {"title": "Nike Pegasus 40 Men's Road Running Shoes - Black/White - UK 9", "brand": "Nike"}
    b = {"title": "Nike Air Zoom Pegasus 40 Black White Men's UK9", "mpn": "DV3853-001", "price": 129.99}
    assert match_method(a, b) == match_method(b, a)


def test_a_tier_word_after_a_brand_given_by_one_offer_is_read_both_ways():
    # (session 41, wr41: ``sport32.line_tier_inserted`` took ``a.brand or b.brand`` - "jabra" one way round, the
    # other offer's "GN" the other - so "Elite" right after "Jabra" was skipped one way and read as a tier word
    # inserted between "jabra" and "85h" the other: a conflict one way round only)
    a = {"title": "Headset Jabra Elite 85h Titanium Black", "brand": "Jabra"}
    b = {"title": "Headset Jabra 85h Titanium Black", "brand": "GN"}
    assert match_method(a, b) == match_method(b, a)
    # (either offer's brand is skipped: the line's first word there, "Jabra Elite 85h" / "Jabra 85h")
    from crawler.matching.sport32 import line_tier_inserted
    wa, wb = ["headset", "jabra", "elite", "85h"], ["headset", "jabra", "85h"]
    assert line_tier_inserted(wa, wb, ("jabra", "gn")) == line_tier_inserted(wa, wb, ("gn", "jabra")) is False
    assert line_tier_inserted(["saucony", "nitro", "elite", "2"], ["saucony", "nitro", "2"], ("saucony",))
