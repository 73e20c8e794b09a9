"""A database the bot can't use is one clear line naming the path, exit status 2, no traceback,
and the file is left exactly as it was (issue 10, item 12). Run as the operator would."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNPRIVILEGED = 65534  # nobody: root ignores file permissions, so a read-only test drops them


def run_bot(
    database: Path, *args: str, as_user: int | None = None
) -> subprocess.CompletedProcess[str]:
    # Another user's process could not write coverage's data where the suite keeps it (and
    # would say so on stderr): measure only processes run as ourselves.
    skipped = ("DISCORD_", "DATABASE_", *(("COVERAGE_",) if as_user is not None else ()))
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(skipped)},
        "DISCORD_TOKEN": "not-used-because-the-store-is-checked-first",
        "DATABASE_PATH": str(database),
        "DISCORD_API_BASE_URL": "http://127.0.0.1:9/api/v10",  # never reached
        "DISCORD_CONNECT_RETRIES": "0",
        "PYTHONPATH": str(ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    command = [sys.executable, "-m", "bot", *args]
    if as_user is not None:
        command = [
            "setpriv",
            f"--reuid={as_user}",
            f"--regid={as_user}",
            "--clear-groups",
            *command,
        ]
    return subprocess.run(
        command, cwd=database.parent, env=env, capture_output=True, text=True, timeout=60
    )


def not_sqlite(path: Path) -> None:
    path.write_text("name,score\nRouge,7\n", encoding="utf-8")


def truncated(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
        db.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def foreign(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE anime (id INTEGER PRIMARY KEY, name TEXT)")
        db.execute("INSERT INTO anime (name) VALUES ('someone else''s list')")


def directory(path: Path) -> None:
    path.mkdir()


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (not_sqlite, "is not an SQLite database"),
        (truncated, "is damaged"),
        (foreign, "holds another application's data"),
        (directory, "is a directory"),
    ],
)
@pytest.mark.parametrize("command", [(), ("ingest", "nothing.txt")])
def test_a_database_the_bot_cannot_use_is_one_line_and_untouched(
    tmp_path: Path, make: Callable[[Path], None], says: str, command: tuple[str, ...]
) -> None:
    database = tmp_path / "reviews.db"
    make(database)
    before = sorted((p.name, p.read_bytes()) for p in tmp_path.rglob("*") if p.is_file())
    done = run_bot(database, *command)
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert str(database) in lines[0] and says in lines[0]
    assert "Traceback" not in done.stderr
    after = sorted((p.name, p.read_bytes()) for p in tmp_path.rglob("*") if p.is_file())
    assert after == before  # never modified, no -wal or -shm left behind


def test_a_read_only_database_is_one_line() -> None:
    # pytest's own temporary folders are private to their owner: use one anyone may enter
    with tempfile.TemporaryDirectory() as made:
        folder = Path(made)
        folder.chmod(0o755)
        database = folder / "reviews.db"
        with sqlite3.connect(database) as db:
            db.execute("PRAGMA user_version = 1")
        database.chmod(0o444)
        folder.chmod(0o555)
        user = UNPRIVILEGED if os.geteuid() == 0 else None
        try:
            done = run_bot(database, as_user=user)
        finally:
            folder.chmod(0o755)
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert str(database) in lines[0] and "can't be written" in lines[0]
    assert "Traceback" not in done.stderr
