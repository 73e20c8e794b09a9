"""`python -m bot catalog ...` as an operator runs it, against the emulator in a subprocess."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.anilist import cli
from bot.anilist.client import AniListClient

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def emulator() -> Iterator[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "anilist_sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().split(" on ")[1].strip()
    finally:
        proc.terminate()
        proc.wait(10)


def run(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "DATA_DIR")} | {
        "PYTHONPATH": str(ROOT),
        "ANILIST_API_URL": url,
        "DATA_DIR": str(tmp_path / "data"),
        "LOG_LEVEL": "WARNING",  # the first run's "Applied migration ..." lines are INFO
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", "catalog", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_ambiguous_query_prints_numbered_matches_and_exits_1(emulator: str, tmp_path: Path) -> None:
    done = run(tmp_path, emulator, "import", "Frieren")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines[0] == "2 anime match 'Frieren'; choose one with --pick N:"
    assert lines[1].startswith("  1. Frieren: Beyond Journey’s End")
    assert lines[1].endswith("anilist:154587")
    assert lines[2].startswith("  2. Sousou no Frieren: ●● no Mahou")
    # no catalog written (the data directory holds only the database with AniList's answers)
    assert not (tmp_path / "data" / "catalog").exists()


def test_import_with_pick_writes_the_data_dir(emulator: str, tmp_path: Path) -> None:
    done = run(tmp_path, emulator, "import", "Frieren", "--pick", "1", "--characters", "2")
    assert done.returncode == 0, done.stderr
    path = tmp_path / "data" / "catalog" / "frieren-beyond-journeys-end.toml"
    assert done.stdout.strip() == f"wrote {path} (2 characters, 2 new: Frieren, Fern)"
    assert path.is_file()


def test_dry_run_prints_a_diff_and_writes_nothing(emulator: str, tmp_path: Path) -> None:
    done = run(tmp_path, emulator, "import", "https://anilist.co/anime/163132/x", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert '+name = "Jean Junghardt"' in done.stdout
    assert not (tmp_path / "data" / "catalog").exists()


def test_unreachable_anilist_is_one_line_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # In-process, so the client's backoff sleeps can be skipped.
    async def no_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr(cli, "AniListClient", functools.partial(AniListClient, sleep=no_sleep))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ANILIST_API_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    assert main(["catalog", "import", "anilist:163132"]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert errors[0].startswith("error: AniList could not be reached: ")
    assert errors[0].endswith("; nothing was changed")
    assert not (tmp_path / "data" / "catalog").exists()


def test_a_repeated_import_is_answered_from_the_database(emulator: str, tmp_path: Path) -> None:
    first = run(tmp_path, emulator, "import", "anilist:163132", "--dry-run")
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "data" / "reviews.db").is_file()
    # Within 24 h the same import needs no request: nothing listens on port 9, yet it works.
    again = run(tmp_path, "http://127.0.0.1:9", "import", "anilist:163132")
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "data" / "catalog" / "metallic-rouge.toml").is_file()
    assert '+name = "Jean Junghardt"' in first.stdout


def test_an_unusable_database_is_one_line_exit_3(emulator: str, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "reviews.db").write_bytes(b"not a database, " * 512)
    done = run(tmp_path, emulator, "import", "anilist:163132")
    assert done.returncode == 3
    assert done.stderr.strip().count("\n") == 0, done.stderr
    assert done.stderr.startswith("error: the database ")
    assert done.stderr.strip().endswith("nothing was changed")
    assert not (tmp_path / "data" / "catalog").exists()
