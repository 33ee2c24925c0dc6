"""Session 19's review (review19): the Thai reader's dependency and hostile titles."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_thai_reader_writes_nothing_in_home(tmp_path):
    """Reading a Thai title imports PyThaiNLP, which made ``~/pythainlp-data`` at import: the
    matcher writes nothing outside the project (read-only, offline import)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHAINLP")}
    env["HOME"] = str(tmp_path)
    code = ("from crawler.matching import thai; "
            "print(thai.to_latin('มาม่า บะหมี่กึ่งสำเร็จรูป รสต้มยำกุ้ง 55 กรัม x 10 ซอง'))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert "instant noodles" in out.stdout
    assert list(tmp_path.iterdir()) == []
