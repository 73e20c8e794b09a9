"""`python -m bot try`: command-line parsing, terminal rendering, and the real thing end to end."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.try_mode import MASK, TryError, masked, parse_command_line, render_message

ROOT = Path(__file__).resolve().parents[2]

DEFINITIONS = {
    "review": {
        "name": "review",
        "options": [
            {"name": "episode", "type": 4, "required": False},
            {"name": "anime", "type": 3, "required": False},
        ],
    },
    "character": {
        "name": "character",
        "options": [
            {"name": "name", "type": 3, "required": True},
            {"name": "anime", "type": 3, "required": False},
        ],
    },
    "progress": {
        "name": "progress",
        "options": [
            {"name": "episode", "type": 4},
            {"name": "clear", "type": 5},
        ],
    },
}


def test_options_with_spaces_and_quotes() -> None:
    parsed = parse_command_line('/review episode:1 anime:"Metallic Rouge"', DEFINITIONS)
    assert parsed.name == "review"
    assert parsed.options == {"episode": 1, "anime": "Metallic Rouge"}
    spaced = parse_command_line("/character name:Rouge Redstar anime:Metallic Rouge", DEFINITIONS)
    assert spaced.options == {"name": "Rouge Redstar", "anime": "Metallic Rouge"}


def test_a_bare_value_fills_the_first_required_option() -> None:
    assert parse_command_line("/character Rouge", DEFINITIONS).options == {"name": "Rouge"}
    assert parse_command_line("/review 3", DEFINITIONS).options == {"episode": 3}


def test_a_bare_boolean_option_name_switches_it_on() -> None:
    assert parse_command_line("/progress clear", DEFINITIONS).options == {"clear": True}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("review episode:1", "starts with a slash"),
        ("/nope", "no /nope command"),
        ("/review episode:one", "not a whole number"),
        ("/character", "needs name:"),
        ("/review season:2", "no option 'season'"),
        ("/review episode:1 episode:2", "given twice"),
    ],
)
def test_malformed_lines_get_a_clear_message(line: str, message: str) -> None:
    with pytest.raises(TryError, match=message):
        parse_command_line(line, DEFINITIONS)


def test_spoilers_are_masked_unless_revealed() -> None:
    text = r"Plain \*text\* ||secret \|\| still secret|| end"
    assert masked(text, reveal=False) == f"Plain *text* {MASK} end"
    assert "secret || still secret" in masked(text, reveal=True)
    emphasised = "*Beyond your episode 1* **x** __y__"
    assert masked(emphasised, reveal=False) == "Beyond your episode 1 x y"


def test_render_message_shows_embeds_fields_footer_and_buttons() -> None:
    message = {
        "flags": 64,
        "embeds": [
            {
                "title": "Rouge Redstar",
                "description": "A Nean. ||She killed Nius.||",
                "fields": [{"name": "Voice actor", "value": "Yume Miyamoto"}],
                "footer": {"text": "page 1 of 2"},
            }
        ],
        "components": [
            {"type": 1, "components": [{"type": 2, "label": "▶ Page", "disabled": True}]}
        ],
    }
    out = render_message(message, reveal=False)
    assert "only you can see this" in out
    assert "┌─ Rouge Redstar" in out
    assert "Voice actor" in out and "Yume Miyamoto" in out
    assert "Nius" not in out and MASK in out
    assert "[▶ Page (disabled)]" in out


def run_try(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "DATABASE_PATH")}
    return subprocess.run(
        [sys.executable, "-m", "bot", "try", *args],
        cwd=ROOT,
        env=env,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_try_answers_the_quickstart_commands_with_the_recap_masked() -> None:
    done = run_try("/review episode:1", "/character Rouge", "/recap episode:1")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    # the channel has watched nothing: a neutral title, the real one masked, and the button
    # that shows the asker their own copy
    assert "First impressions of episode 1" in out
    assert "Metallic Rouge – Ep. 1 (First Impressions)" not in out
    assert "[Show me (my progress)]" in out
    assert "Rouge Redstar" in out and "Yume Miyamoto" in out
    assert "Recap — Metallic Rouge episode 1" in out
    recap_start = out.index("Recap — Metallic Rouge episode 1")
    recap = out[recap_start:]
    assert MASK in recap
    # a sentence of the 003 recap never appears in clear
    assert "Scar Head notices his serum" not in out
    assert "Traceback" not in done.stderr


def test_try_reveal_shows_the_recap() -> None:
    done = run_try("--reveal", "/recap episode:1")
    assert done.returncode == 0, done.stderr
    assert "Scar Head notices his serum" in re.sub(r"\s+", " ", done.stdout)


def test_try_reads_commands_from_stdin_and_reports_bad_lines() -> None:
    done = run_try(stdin="/help\n/review episode:zero\n/character Naomi\n")
    assert done.returncode == 0, done.stderr
    assert "/recap" in done.stdout  # /help's list
    assert "not a whole number" in done.stdout
    assert "Naomi Orthmann" in done.stdout
    assert "Traceback" not in done.stderr


def test_try_exits_nonzero_when_a_command_line_is_malformed() -> None:
    done = run_try("/review episode:zero")
    assert done.returncode == 1
    assert "not a whole number" in done.stdout
    assert "Traceback" not in done.stderr


def test_try_opens_a_prompt_on_a_terminal() -> None:
    """With no commands and a terminal on stdin, `try` prompts, answers, and quits on `quit`."""
    import pty

    primary, secondary = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "DATABASE_PATH")}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "try"],
        cwd=ROOT,
        env=env,
        stdin=secondary,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(secondary)
    os.write(primary, b"/character Naomi\nnext\nquit\n")
    out, err = process.communicate(timeout=120)
    os.close(primary)
    assert process.returncode == 0, err
    assert "Type a slash command" in out  # the prompt's help
    assert "Naomi Orthmann" in out
    # `next` on a one-page answer (whose only button is "Show me") is explained, not a crash
    assert "No next page" in out
    assert "Traceback" not in err
