"""The quality gates' datasets: missing, a gate fails under CI=true and skips only elsewhere."""

from __future__ import annotations

import pytest

from tests.conftest import DATASETS, requires_dataset, shared_dataset


def test_a_missing_dataset_fails_under_ci(monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="shared dataset missing"):
        shared_dataset(tmp_path / "nothing-here")


def test_a_missing_dataset_skips_on_a_developer_machine(monkeypatch, tmp_path):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        shared_dataset(tmp_path / "nothing-here")


def test_a_gate_runs_when_its_dataset_is_there(monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "true")
    ran = []

    @requires_dataset(tmp_path)
    def gate(value):
        ran.append(value)

    gate(1)
    assert ran == [1] and shared_dataset(tmp_path) == tmp_path


def test_no_gate_skips_on_its_own():
    """Every reader of ../shared/datasets in tests/ goes through shared_dataset."""
    from tests.conftest import ROOT

    pattern = "skip" + "if(not"  # (not written out, or this file would match)
    offenders = [path.name for path in (ROOT / "tests").glob("test_*.py")
                 if pattern in path.read_text(encoding="utf-8")]
    assert offenders == []
    assert DATASETS.name == "datasets"
