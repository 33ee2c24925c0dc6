"""Session 19's review: an offer's labels within their length limit are stored."""

import random


def _text(n):
    rnd = random.Random(19)
    return "".join(chr(rnd.randrange(0x4E00, 0x9FFF)) for _ in range(n))


def test_a_label_of_wide_letters_within_the_limit_is_stored(db):
    """A category label, the retailer's own id, are in a PostgreSQL index (a btree row: 2,704
    bytes at most). A limit in characters let through 1,000 ideographs - 3,000 bytes -, and the
    offer was refused by the database whole."""
    from tests.test_pipelines import offer, rejections
    from tests.pipeline_harness import PipelineRun

    run = PipelineRun().feed(offer(category=_text(1000), retailer_sku=_text(500), title="Wide letters")).close()
    stored = db.execute("SELECT retailer_sku, shop_category FROM offers").fetchall()
    assert len(stored) == 1 and len(run.kept) == 1
    assert stored[0]["shop_category"] is None and len(stored[0]["retailer_sku"]) == 500
    [row] = rejections(db)
    assert (row["field"], row["action"]) == ("shop_category", "field_removed")
    assert row["reason"] == "shop_category is 3000 bytes in UTF-8, more than the 2000 an offer may have"
