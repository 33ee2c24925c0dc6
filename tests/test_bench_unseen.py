"""benchmarks/bench_unseen.py: the hand-written pairs are well formed and scored; a broken file is one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

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


GOOD = {"a": {"title": "Philips Sonicare DiamondClean 9000 HX9911/09"},
        "b": {"title": "Brosse à dents Philips Sonicare DiamondClean 9000 (HX9911/09)"}, "same": True}


def run(*args):
    return subprocess.run([sys.executable, str(BENCH), *map(str, args)], capture_output=True, text=True, cwd=ROOT)


def one_line_error(out, where):
    assert out.returncode == 2, (out.returncode, out.stderr)
    assert "Traceback" not in out.stderr and out.stderr.strip().count("\n") == 0, out.stderr
    assert out.stderr.startswith(where), out.stderr


@pytest.mark.parametrize("second_line, why", [
    (b"\xff\xfe not utf-8\n", "expected UTF-8"),
    (b"[1, 2]\n", "a JSON list"),
    (b'"just text"\n', "a JSON str"),
    (json.dumps({**GOOD, "a": "Samsung"}).encode(), 'a is "Samsung"'),
    (json.dumps({**GOOD, "a": None}).encode(), "a is null"),
    (json.dumps({**GOOD, "b": ["Samsung"]}).encode(), "b is "),
    (json.dumps({**GOOD, "same": "false"}).encode(), 'same is "false"'),
    (json.dumps({**GOOD, "same": None}).encode(), "same is null"),
    (json.dumps({**GOOD, "same": 1}).encode(), "same is 1"),
    (json.dumps({"a": GOOD["a"], "b": GOOD["b"]}).encode(), "same missing"),
])
def test_a_bad_line_is_one_line_naming_it_and_exit_2(tmp_path, second_line, why):
    """Each shape of bad line is ``FILE:N: expected ...`` and exit 2, never a traceback; "same" must
    be a JSON boolean ("false" the string was scored as a true pair, null as a false one); session
    27, robust27."""
    pairs = tmp_path / "bad.jsonl"
    pairs.write_bytes(json.dumps(GOOD).encode() + b"\n" + second_line + b"\n")
    out = run(pairs)
    one_line_error(out, f"{pairs}:2: expected")
    assert why in out.stderr


def test_not_a_file_empty_file_and_help(tmp_path):
    one_line_error(run(tmp_path), f"{tmp_path}: is a directory")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    one_line_error(run(empty), f"{empty}: holds no pairs")
    empty.write_text("\n  \n")
    one_line_error(run(empty), f"{empty}: holds no pairs")
    for flag in ("-h", "--help"):
        out = run(flag)
        assert out.returncode == 0 and "bench_unseen.py [-v] [FILE.jsonl ...]" in out.stdout, out
    out = run("--bogus")
    assert out.returncode == 2 and "--bogus" in out.stderr and "Traceback" not in out.stderr
