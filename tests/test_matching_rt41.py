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
