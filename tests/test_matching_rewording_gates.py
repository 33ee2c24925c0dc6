"""``wordclass.rewording`` runs only the checks whose gate lets a word through
(``_REWORDING_STEPS``, session 14, speed): it answers what running every check
in order answers (``rewording_every_step``), on every word of real pairs that
one title prints and the other lacks - the hand-written pair files of
benchmarks/pairs and the test split of the labelled sets - and the gates are
what each check reads first (a word of the table, of the shape)."""

from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:  # (run as a script)
    sys.path.insert(0, ROOT)

from crawler.matching import wordclass as W  # noqa: E402
from crawler.matching.features import clear_cache, prepare  # noqa: E402
from crawler.matching.train import read_pair_files  # noqa: E402


def _pairs():
    # (the hand-labelled pair files, read as training reads them: every second pair, enough words
    # of every answer - asserted below - and the suite within its time as the files grow)
    for rows in read_pair_files().values():
        yield from ((a, b) for a, b, _ in rows[::2])


def _missing_words(p, other):
    of = other.fullvec
    return [w for w in p.words if w not in of]


def test_gated_rewording_answers_as_every_step():
    clear_cache()
    n = answered = 0
    wrong = []
    for a, b in _pairs():
        pa, pb = prepare(a), prepare(b)
        for p, o in ((pa, pb), (pb, pa)):
            for w in _missing_words(p, o):
                got, want = W.rewording(w, p, o), W.rewording_every_step(w, p, o)
                n += 1
                answered += want != 0
                if got != want:
                    wrong.append((w, got, want, p.title, o.title))
    assert n > 5000 and answered > 200  # (the files hold enough words of each answer)
    assert not wrong, wrong[:10]


def test_gates_let_through_the_words_their_checks_read():
    steps = set(W._steps_of("automatic"))
    # (a kind's modifier, a word of seven letters and more: shop wording, compounds, features)
    assert len(steps) > 5
    assert len(W._steps_of("12345")) < len(W._steps_of("automatic"))
    # a check is skipped only where its gate says the word cannot be read by it
    for w in ("standard", "roast", "mark", "c", "only", "replacement", "usb", "2022", "6er", "sold", "pot",
              "black", "pack", "3rd", "gen", "playstation", "schwarz", "orangensaft"):
        kept = set(W._steps_of(w))
        for gate, step in W._REWORDING_STEPS:
            assert (step in kept) == bool(gate(w))


def test_marketing_and_spec_steps_answer_on_their_own():
    # (every step tests its own word: run without its gate it answers None for other words)
    p = prepare({"title": "Acme Widget 3000"})
    o = prepare({"title": "Acme Gadget 3000"})
    for gate, step in W._REWORDING_STEPS:
        if not gate("widget"):
            assert step("widget", p, o) is None


if __name__ == "__main__":
    test_gated_rewording_answers_as_every_step()
    test_gates_let_through_the_words_their_checks_read()
    test_marketing_and_spec_steps_answer_on_their_own()
    print("ok")
