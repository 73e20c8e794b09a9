"""`python -m bot documents list|set|remove` and `anime remove` (issue 11), and ingest's
--explain/--json fields, through the real command line in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
EP4 = (
    "Metallic Rouge Episode 4 Review\n\n"
    "Rouge and Naomi finally talk about the Immortal Nine, and the episode slows down.\n\n"
    "Overall a steadier week. I give it 7/10.\n"
)
BLUE_BOX = "Blue Box Episode 2 Review\n\nTaiki trains before school again.\n\nI give it 8/10.\n"


def bot(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        DATABASE_PATH=str(tmp_path / "store.db"),
        DATA_DIR=str(tmp_path / "data"),
        LOG_LEVEL="WARNING",
    )
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_ingest_json_has_title_author_published_source_and_evidence(tmp_path: Path) -> None:
    page = tmp_path / "ep4.txt"
    page.write_text(EP4, encoding="utf-8")
    result = bot(tmp_path, "ingest", "--json", str(page))
    row = json.loads(result.stdout)
    assert row["status"] == "added"
    assert row["title"] == "Metallic Rouge Episode 4 Review"
    assert row["author"] is None and row["published"] is None
    assert row["source"] == "ep4.txt"
    assert row["evidence"]["episode"][0].startswith("4: an episode number in the title")
    explained = bot(tmp_path, "ingest", "--explain", str(page))
    assert explained.stdout.startswith("unchanged")
    assert "    anime: 'Metallic Rouge': named in the title" in explained.stdout


def test_documents_list_set_and_remove(tmp_path: Path) -> None:
    (tmp_path / "ep4.txt").write_text(EP4, encoding="utf-8")
    (tmp_path / "bluebox.txt").write_text(BLUE_BOX, encoding="utf-8")
    assert bot(tmp_path, "ingest", str(tmp_path / "ep4.txt"), str(tmp_path / "bluebox.txt"))
    listing = bot(tmp_path, "documents", "list", "--source", "BLUEBOX")
    assert listing.returncode == 0
    lines = listing.stdout.splitlines()
    assert lines[-1] == "1 document"
    blue_id = int(lines[0].split()[0])
    assert "Blue Box · episode-review · episode 2 · score 8/10" in lines[0]

    # re-file the Blue Box review under Metallic Rouge (misspelt), as a recap of episode 3
    moved = bot(
        tmp_path, "documents", "set", str(blue_id), "--anime", "Metalic Rouge",
        "--episode", "3", "--kind", "recap",
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    assert "now " in moved.stdout and "Metallic Rouge · recap · episode 3" in moved.stdout
    assert "moved from 'Blue Box' to 'Metallic Rouge'; mentions relinked" in moved.stdout
    too_far = bot(tmp_path, "documents", "set", str(blue_id), "--episode", "14")
    assert too_far.returncode == 2
    assert "episode 14 is above the anime's 13 episodes" in too_far.stderr

    # Blue Box has no documents left: it can go; Metallic Rouge still has some
    assert bot(tmp_path, "anime", "remove", "Blue Box").stdout == "removed anime 'Blue Box'\n"
    refused = bot(tmp_path, "anime", "remove", "Metallic Rouge")
    assert refused.returncode == 2 and "--force" in refused.stderr

    removed = bot(tmp_path, "documents", "remove", str(blue_id))
    assert removed.stdout.splitlines()[-1] == "1 document removed"
    missing = bot(tmp_path, "documents", "remove", str(blue_id))
    assert missing.returncode == 2 and f"no document {blue_id}" in missing.stderr

    forced = bot(tmp_path, "anime", "remove", "Metallic Rouge", "--force")
    assert forced.stdout.startswith("removed anime 'Metallic Rouge' and its ")
    assert bot(tmp_path, "documents", "list").stdout.splitlines()[-1].endswith("documents")


def test_documents_remove_by_source_host(tmp_path: Path) -> None:
    page = tmp_path / "ep4.md"
    page.write_text("---\nurl: https://www.pixel.example/mr/4\n---\n" + EP4, encoding="utf-8")
    other = tmp_path / "bluebox.txt"
    other.write_text(BLUE_BOX, encoding="utf-8")
    bot(tmp_path, "ingest", str(page), str(other))
    removed = bot(tmp_path, "documents", "remove", "--source-host", "pixel.example")
    assert removed.returncode == 0, removed.stderr
    assert "https://www.pixel.example/mr/4" in removed.stdout
    assert removed.stdout.splitlines()[-1] == "1 document removed"
    left = bot(tmp_path, "documents", "list").stdout
    assert "Blue Box" in left and "pixel.example" not in left
