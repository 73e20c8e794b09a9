"""The command line, run as a user would: a real `python -m bot` process."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "data" / "seeds"


def run_bot(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_"))}
    base["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_missing_token_is_one_clear_line_and_exit_status_2(tmp_path: Path) -> None:
    result = run_bot(cwd=tmp_path, env={})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "DISCORD_TOKEN" in lines[0]
    assert ".env.example" in lines[0]
    assert "Traceback" not in result.stderr + result.stdout


def test_empty_token_in_env_file_fails_the_same_way(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DISCORD_TOKEN=\n")
    result = run_bot("sync", cwd=tmp_path, env={})
    assert result.returncode == 2
    assert "DISCORD_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_json_reports_each_file(tmp_path: Path) -> None:
    database = tmp_path / "store.db"
    new_review = tmp_path / "ep2.txt"
    new_review.write_text(
        "---\nanime: Metallic Rouge\nepisode: 2\nkind: episode-review\n---\n"
        "Metallic Rouge Episode 2 Review\n\n"
        "Rouge and Naomi chase a new lead across the city, and the episode finally slows down "
        "enough for the world to breathe.\n\nOverall a steadier episode. I give it 7/10.\n",
        encoding="utf-8",
    )
    binary = tmp_path / "cover.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    env = {"DATABASE_PATH": str(database)}

    result = run_bot("ingest", "--json", str(new_review), str(binary), cwd=tmp_path, env=env)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in rows] == ["added", "rejected"]
    added, rejected = rows
    assert added["anime"] == "Metallic Rouge"
    assert added["kind"] == "episode-review"
    assert added["episode"] == 2
    assert added["score"] == "7/10"
    assert added["score_100"] == 70
    assert added["sections"] == [{"kind": "review", "spoiler": False}]
    assert "Rouge Redstar" in added["characters"]
    assert "Naomi Orthmann" in added["characters"]
    assert rejected["reason"]
    assert result.returncode == 1  # a rejected file makes the run fail, for scripts

    again = run_bot("ingest", "--json", str(new_review), cwd=tmp_path, env=env)
    assert json.loads(again.stdout)["status"] == "unchanged"
    assert again.returncode == 0


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_ingesting_a_seed_into_a_seeded_store_changes_nothing(tmp_path: Path, seed: str) -> None:
    result = run_bot(
        "ingest", str(SEEDS / seed), cwd=tmp_path, env={"DATABASE_PATH": str(tmp_path / "s.db")}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("unchanged")
