"""The parallel test suite stopped by SIGTERM takes its workers with it (``tests/stopping.py``):
before, the controller died at once and each pytest-xdist worker ran on until its test ended."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]

SLEEPING = """
import pathlib, time

def _started(name):
    pathlib.Path(__file__).with_name(name).write_text("started")

def test_one():
    _started("one.started")
    time.sleep(600)

def test_two():
    _started("two.started")
    time.sleep(600)
"""


def test_sigterm_stops_the_suite_and_its_workers(tmp_path):
    (tmp_path / "test_sleeping.py").write_text(SLEEPING)
    suite = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.stopping",
         "-n", "2", "--dist", "load", "--rootdir", str(tmp_path), "-c", os.devnull, str(tmp_path)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 120
        while not ((tmp_path / "one.started").exists() and (tmp_path / "two.started").exists()):
            assert suite.poll() is None, suite.communicate()[0]
            assert time.monotonic() < deadline, "the two sleeping tests did not start"
            time.sleep(0.2)
        workers = psutil.Process(suite.pid).children(recursive=True)
        assert len(workers) >= 2
        suite.send_signal(signal.SIGTERM)
        output, _ = suite.communicate(timeout=90)
    finally:
        if suite.poll() is None:
            suite.kill()
            suite.wait()
    assert suite.returncode == 2, output  # pytest's "interrupted"
    assert "stopped by signal 15" in output
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, [p.cmdline() for p in alive]
