"""``make bench``: run every benchmark in turn and print its figures.

    python benchmarks/run_all.py [name ...]     # e.g. prices extraction matching backbone site

A benchmark that fails is reported and the others still run; the exit code is 1 if any failed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
ORDER = ["prices", "extraction", "matching", "unseen", "nearmiss", "backbone", "export", "site"]


def main(argv: list[str]) -> int:
    available = {p.stem.removeprefix("bench_"): p for p in HERE.glob("bench_*.py")}
    names = argv or [n for n in ORDER if n in available] + sorted(set(available) - set(ORDER))
    failed = []
    for name in names:
        if name not in available:
            print(f"no benchmark named {name!r}; have: {', '.join(sorted(available))}")
            failed.append(name)
            continue
        print(f"\n# {name}\n", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(available[name])], cwd=HERE.parent)
        print(f"\n({name}: {time.perf_counter() - started:.0f} s{'' if code == 0 else f', FAILED with exit {code}'})")
        if code:
            failed.append(name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
