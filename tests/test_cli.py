"""The `pricelens` command: every command documented, errors a user can fix in one line."""

from __future__ import annotations

import os
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from crawler.cli import main
from tests.conftest import ROOT


def all_commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [" ".join(p) for p, _ in all_commands(main)])
def test_every_command_has_help(path):
    result = CliRunner().invoke(main, [*path.split(), "--help"])
    assert result.exit_code == 0, result.output
    command = dict((" ".join(p), c) for p, c in all_commands(main))[path]
    assert command.help and len(command.help.strip()) > 20, f"{path} needs a docstring"


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for path, _ in all_commands(main):
        if len(path) == 1:
            assert f"pricelens {path[0]}" in readme or f"`{path[0]}`" in readme, path


def test_unreachable_database_is_one_clear_line():
    env = {**os.environ, "DATABASE_URL": "postgresql://pricelens:s3cret@127.0.0.1:1/pricelens"}
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "db", "migrate"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "cannot reach PostgreSQL at postgresql://pricelens:***@127.0.0.1:1/pricelens" in lines[0]
    assert "s3cret" not in result.stderr and "Traceback" not in result.stderr
    assert "DATABASE_URL" in lines[0]


def test_serve_without_a_snapshot_says_what_to_do(tmp_path):
    env = {**os.environ, "PRICELENS_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "serve"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "pricelens publish" in result.stderr and "Traceback" not in result.stderr
