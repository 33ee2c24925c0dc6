"""Every kind phrase names one kind: a vocabulary block that registers a phrase another block
already gave another kind is refused silently by ``wordclass._add_kind_phrases`` (the first
kind stays), so the second block's intent is lost without a word. The clashes are recorded in
``wordclass.PHRASE_CLASHES``; there must be none."""

from crawler.matching import wordclass


def test_no_phrase_is_registered_under_two_kinds():
    assert wordclass.PHRASE_CLASHES == []


def test_a_clash_is_recorded_not_silent():
    before = list(wordclass.PHRASE_CLASHES)
    saved = dict(wordclass.KIND_PHRASES)
    first = {ph: list(v) for ph, v in wordclass._PHRASE_FIRST.items()}
    try:
        wordclass._add_kind_phrases({"kettle": ("zz test phrase",)})
        wordclass._add_kind_phrases({"toaster": ("zz test phrase",)})
        assert wordclass.KIND_PHRASES["zz test phrase"] == "kettle"
        assert wordclass.PHRASE_CLASHES[len(before):] == [("zz test phrase", "kettle", "toaster")]
        # the phrase is indexed once by its first word
        assert wordclass._PHRASE_FIRST["zz"].count(["zz", "test", "phrase"]) == 1
    finally:
        wordclass.KIND_PHRASES.clear()
        wordclass.KIND_PHRASES.update(saved)
        wordclass._PHRASE_FIRST.clear()
        wordclass._PHRASE_FIRST.update(first)
        del wordclass.PHRASE_CLASHES[len(before):]
