"""benchmarks/bench_unseen.py: the hand-written pairs are well formed and scored; a broken file is one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "bench_unseen.py"


def test_the_shipped_pairs_are_well_formed():
    for path in (ROOT / "benchmarks" / "pairs").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert isinstance(row["a"], dict) and isinstance(row["b"], dict) and isinstance(row["same"], bool)
            # (an offer may lack its title - "any field may be missing" - but not every text)
            assert all(o.get("title") or o.get("description") for o in (row["a"], row["b"]))
            assert row["a"].get("title") or row["b"].get("title")


def test_a_small_file_is_scored_per_set(tmp_path):
    pairs = tmp_path / "p.jsonl"
    pairs.write_text("\n".join(json.dumps(r) for r in [
        {"set": "sw", "a": {"title": "Norton 360 Deluxe 5 Devices 1 Year"},
         "b": {"title": "Norton 360 Deluxe 5 Devices 12 Months"}, "same": True},
        {"set": "sw", "a": {"title": "Norton 360 Deluxe 5 Devices 1 Year"},
         "b": {"title": "Norton 360 Deluxe 5 Devices 2 Years"}, "same": False},
    ]) + "\n")
    out = subprocess.run([sys.executable, str(BENCH), str(pairs)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    row = next(line.split() for line in out.stdout.splitlines() if line.startswith("sw "))
    assert row[1:6] == ["2", "1", "1", "0", "0"]  # pairs, same, TP, FP, FN


def test_a_broken_line_is_one_clear_message(tmp_path):
    pairs = tmp_path / "bad.jsonl"
    pairs.write_text('{"a": {"title": "x"}}\n')
    out = subprocess.run([sys.executable, str(BENCH), str(pairs)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert out.stderr.strip().count("\n") == 0 and "bad.jsonl:1" in out.stderr
