"""Issue 10, item 14: what `python -m bot` writes to stderr, as an operator's log file or
terminal receives it. Driven through `python -m bot ingest` (it logs, and needs no Discord)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import ROOT

REVIEW = """---
author: A. Tester
---
Metallic Rouge – Episode 2 Review

The second episode slows down to show Rouge and Naomi on the road.

Overall, a calmer episode that earns a solid 7/10.
"""

ANSI = "\x1b["


def ingest_env(tmp_path: Path, **extra: str) -> tuple[list[str], dict[str, str]]:
    review = tmp_path / "metallic-rouge-ep2.txt"
    review.write_text(REVIEW, encoding="utf-8")
    env = {
        **{
            k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE", "LOG"))
        },
        "PYTHONPATH": str(ROOT),
        "DATABASE_PATH": str(tmp_path / "reviews.db"),
        **extra,
    }
    return [sys.executable, "-m", "bot", "ingest", str(review)], env


def test_logs_to_a_pipe_have_no_colour_codes_and_no_aiosqlite_statements_at_debug(
    tmp_path: Path,
) -> None:
    args, env = ingest_env(tmp_path, LOG_LEVEL="DEBUG")
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert ANSI not in done.stderr
    assert any("[DEBUG" in line and " bot." in line for line in lines), "DEBUG is on for the bot"
    assert not any("aiosqlite" in line for line in lines), "aiosqlite logged its statements"
    assert not any("The second episode slows down" in line for line in lines)  # no documents


def test_library_debug_logs_are_there_when_asked_for(tmp_path: Path) -> None:
    args, env = ingest_env(tmp_path, LOG_LEVEL="DEBUG", LOG_LEVEL_LIBRARIES="DEBUG")
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert any("aiosqlite" in line for line in done.stderr.splitlines())


def test_logs_to_a_terminal_are_coloured(tmp_path: Path) -> None:
    args, env = ingest_env(tmp_path, LOG_LEVEL="DEBUG")
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=terminal
        )
        os.close(terminal)
        chunks: list[bytes] = []
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: the process closed its end
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=60) == 0
    finally:
        os.close(controller)
    output = b"".join(chunks).decode(errors="replace")
    assert "bot.catalog" in output
    assert ANSI in output
