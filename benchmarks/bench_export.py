"""Export: ``pricelens publish`` against ``db-to-sqlite --all``, side by side, on one big database.

    python benchmarks/bench_export.py [--offers 100000] [--history 10] [--skip-db-to-sqlite]

A scratch PostgreSQL database gets 100,000 offers and 1,000,000 price-history rows
(``benchmarks/make_big_db.py``); then each tool runs as a subprocess on it, ours first:

- ``publish``: the snapshot the site serves (summaries, indexes, FTS, integrity check,
  checksum, latest.db) into data/bench/export;
- ``db-to-sqlite --all``: a plain copy of every table (no summaries, no FTS).

Printed: wall seconds, CPU seconds of the tool's process (PostgreSQL's own work is not in
it), peak memory of ours, file sizes, and the ratio of wall times (the goal is at least 8).
Timings are printed, never asserted. Our snapshot is kept under data/bench/ for
``bench_site.py``.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_big_db import bench_dir, big_database, keep_snapshot  # noqa: E402

GOAL = 8.0


def sqlalchemy_url(conninfo: str) -> str:
    """The scratch database's URL as SQLAlchemy (psycopg2) wants it."""
    from urllib.parse import quote

    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(conninfo)
    user = quote(parts.get("user") or "postgres")
    password = parts.get("password")
    auth = user + (":" + quote(password) if password else "")
    host = parts.get("host") or ""
    port = parts.get("port")
    if host.startswith("/"):  # a Unix socket directory
        return f"postgresql://{auth}@/{parts['dbname']}?host={quote(host)}" + (f"&port={port}" if port else "")
    return f"postgresql://{auth}@{host}{':' + str(port) if port else ''}/{parts['dbname']}"


def timed(command: list[str], env: dict | None = None) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(command, env={**os.environ, **(env or {})}, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr[-4000:])
        raise SystemExit(f"{command[:3]} failed with exit {completed.returncode}")
    return {"seconds": seconds, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "max_rss_mb": after.ru_maxrss / 1024, "stderr": completed.stderr}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--history", type=int, default=10, help="price changes per offer")
    parser.add_argument("--skip-db-to-sqlite", action="store_true", help="only time pricelens publish")
    args = parser.parse_args(argv)

    work = bench_dir() / "export"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    with big_database(args.offers, args.history) as url:
        print(f"\n## Export of {args.offers:,} offers and {args.offers * args.history:,} price changes\n", flush=True)
        ours = timed([sys.executable, "-c",
                      "import sys; from publish.export import publish; "
                      "publish(sys.argv[1], url=sys.argv[2], keep=1)", str(work / "snapshots"), url],
                     env={"PYTHONPATH": str(ROOT)})
        snapshot = (work / "snapshots" / "latest.db").resolve()
        print("pricelens publish, its own progress lines:")
        for line in ours["stderr"].splitlines():
            if "rows …" not in line:
                print("   ", line)
        rows = [("pricelens publish", ours, snapshot.stat().st_size)]
        if not args.skip_db_to_sqlite:
            out = work / "db-to-sqlite.db"
            theirs = timed([str(Path(sys.executable).with_name("db-to-sqlite")), sqlalchemy_url(url), str(out), "--all"])
            rows.append(("db-to-sqlite --all", theirs, out.stat().st_size))
        kept = keep_snapshot(snapshot)

    print(f"\n{'tool':<22} {'wall s':>8} {'CPU s':>8} {'file MB':>9}")
    for name, figures, size in rows:
        print(f"{name:<22} {figures['seconds']:>8.1f} {figures['cpu']:>8.1f} {size / 1e6:>9.1f}")
    print(f"\npeak memory of pricelens publish: {ours['max_rss_mb']:.0f} MB")
    if len(rows) == 2:
        theirs = rows[1][1]
        ratio = theirs["seconds"] / ours["seconds"]
        print(f"pricelens publish is {ratio:.1f}x faster than db-to-sqlite --all (wall time; goal >= {GOAL:.0f}x: "
              f"{'met' if ratio >= GOAL else 'NOT met'}); {theirs['cpu'] / ours['cpu']:.1f}x less CPU in the "
              "exporting process")
        print("(the publish also builds summaries, 20+ indexes, FTS5, an integrity check and a checksum;"
              " db-to-sqlite copies the tables as they are)")
    print(f"\nbig snapshot kept for bench_site.py: {kept}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
