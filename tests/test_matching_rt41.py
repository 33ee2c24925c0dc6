"""The training inputs are named (session 41, rt41; issue #12: "train from the same feature path that
serves"; thresholds on leave-one-dataset-out, never on a test split): the learned stage is fitted on
``train.TRAINING_FILES`` - by the train command, its leave-one-dataset-out folds (``lodo``, which
``make bench`` runs) and ``--stage-only`` alike -, never on the held-out or attack files."""
import inspect
import json
import os

import pytest

from crawler.matching import train


def test_held_out_and_attack_files_are_never_training_inputs():
    assert train.TRAINING_FILES and len(set(train.TRAINING_FILES)) == len(train.TRAINING_FILES)
    assert not [n for n in train.TRAINING_FILES if n.startswith(("heldout", "attack"))]
    assert set(train.HELD_BACK) == {"heldout", "attack"}
    # every named file is there, and the folder's held-out and attack files are all left out
    on_disk = set(os.listdir(train.PAIRS_DIR))
    assert set(train.TRAINING_FILES) <= on_disk
    held = {n for n in on_disk if n.startswith(train.HELD_BACK) and n.endswith(".jsonl")}
    assert {"heldout35.jsonl", "heldout40.jsonl", "attack40a.jsonl"} <= held
    assert not held & set(train.training_pair_files())


def test_the_training_reader_reads_the_named_files_only(tmp_path):
    row = {"a": {"title": "Lodge Cast Iron Skillet 10.25 in"}, "b": {"title": "Lodge 10.25\" Skillet"}, "same": True}
    for name in ("dev1.jsonl", "train2a.jsonl", "heldout3.jsonl", "attack3.jsonl"):
        (tmp_path / name).write_text(json.dumps(row) + "\n", encoding="utf-8")
    got = train.training_pair_files(str(tmp_path), names=("train2a.jsonl", "dev1.jsonl"))
    assert list(got) == ["dev1.jsonl", "train2a.jsonl"] and len(got["dev1.jsonl"]) == 1
    # (``read_pair_files`` still reads every file: the checks read them all)
    assert len(train.read_pair_files(str(tmp_path))) == 4
    with pytest.raises(SystemExit, match="never training inputs: heldout3.jsonl"):
        train.training_pair_files(str(tmp_path), names=("dev1.jsonl", "heldout3.jsonl"))
    with pytest.raises(SystemExit, match="never training inputs: attack3.jsonl"):
        train.training_pair_files(str(tmp_path), names=("attack3.jsonl",))
    with pytest.raises(SystemExit, match="not found .*: gone.jsonl"):
        train.training_pair_files(str(tmp_path), names=("dev1.jsonl", "gone.jsonl"))


@pytest.mark.parametrize("fn", [train.lodo, train.train_final, train.train_stage_only])
def test_every_training_path_fits_the_stage_on_the_named_files(fn):
    # the leave-one-dataset-out folds (``bench_matching.py``'s LODO), the shipped model and
    # ``--stage-only`` read one input: a retrain cannot fit the stage on a held-out file
    src = inspect.getsource(fn)
    assert "train_learned(training_pair_files()" in src
    assert "read_pair_files(" not in src


# The shipped model is NOT what ``python -m crawler.matching.train`` makes today (session 41, rt41,
# README "The learned stage's inputs named; the retrain measured and not shipped"): its vocabulary, its
# 60 trees, their calibration maps and the learned stage's narrow trees were fitted at cd75ab5 (session 22,
# on that commit's cleaner and feature path), the stage's wider-domain trees at 38d334d and the "none" rows'
# threshold at fed1303 (sessions 25-27); the stage was fitted on the 39 files below, the five held-out files
# of sessions 9-19 among them, before ``TRAINING_FILES`` existed.  Retrained from TRAINING_FILES on the
# current feature path, the stage's own chooser took 0.95 / 0.95, wide 0.98, none 0.9, and on every labelled
# pair 1,178 true pairs were lost (held-out-40 R .721 -> .575, its P .985 -> .982): kept.  Whoever retrains
# and ships updates these fingerprints and this comment with the figures that decided it.
SHIPPED_STAGE_FILES = [
    "dev10.jsonl", "dev11_accessory.jsonl", "dev11_electronics.jsonl", "dev11_household.jsonl",
    "dev11_multilingual.jsonl", "dev11_retail.jsonl", "dev11_software.jsonl", "dev12_accessory.jsonl",
    "dev12_homeml.jsonl", "dev16.jsonl", "dev9.jsonl", "heldout16.jsonl", "heldout17.jsonl", "heldout18.jsonl",
    "heldout19.jsonl", "heldout9.jsonl", "near_dev.jsonl", "rev11.jsonl", "train12a.jsonl", "train12b.jsonl",
    "train13a.jsonl", "train13b.jsonl", "train14a.jsonl", "train14b.jsonl", "train15a.jsonl", "train15b.jsonl",
    "train16a.jsonl", "train16b.jsonl", "train17a.jsonl", "train17b.jsonl", "train18a.jsonl", "train18b.jsonl",
    "train19a.jsonl", "train19b.jsonl", "train20a.jsonl", "train20b.jsonl", "train21a.jsonl", "train21b.jsonl",
    "train22a.jsonl",
]
SHIPPED_FINGERPRINTS = {  # sha256 of each part's JSON (sorted keys), first 16 hex digits
    "df": "49c25982929f6fc8", "gbt": "2572d3885acd5915", "calibration": "ae288a55a0e3b781",
    "learned.gbt": "35637ce89c36da47", "learned.gbt_wide": "962e577ca271ae5f",
}


def _fingerprint(obj):
    import hashlib

    return hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()[:16]


def test_the_shipped_model_says_what_it_was_fitted_on():
    from crawler.matching.model import resources

    raw = resources().raw
    learned = raw["learned"]
    got = {"df": raw["df"], "gbt": raw["gbt"], "calibration": raw["calibration"],
           "learned.gbt": learned["gbt"], "learned.gbt_wide": learned["gbt_wide"]}
    assert {k: _fingerprint(v) for k, v in got.items()} == SHIPPED_FINGERPRINTS
    assert learned["trained_on"] == SHIPPED_STAGE_FILES
    assert (learned["threshold"], learned["threshold_thin"], learned["threshold_wide"],
            learned["threshold_none"]) == (0.7, 0.75, 0.925, 0.75)
    # what the shipped stage saw beyond today's training inputs: five held-out files (their figures are
    # in-sample for the stage); and the 49 named files it never saw
    assert set(SHIPPED_STAGE_FILES) - set(train.TRAINING_FILES) == {
        "heldout9.jsonl", "heldout16.jsonl", "heldout17.jsonl", "heldout18.jsonl", "heldout19.jsonl"}
    assert len(set(train.TRAINING_FILES) - set(SHIPPED_STAGE_FILES)) == 49
