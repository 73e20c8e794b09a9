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
            {"name": "name", "type": 3, "required": True, "description": "A name, e.g. Rouge"},
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


def test_try_reads_commands_from_stdin_reports_bad_lines_and_exits_1() -> None:
    done = run_try(stdin="/help\n/review episode:zero\n/character Naomi\n")
    assert done.returncode == 1, done.stderr  # a command failed
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


# ------------------------------------------------------------------ issue 10: trying as a new user


def test_a_missing_option_s_example_comes_from_its_description_or_type() -> None:
    with pytest.raises(TryError, match=re.escape("needs name: (e.g. /character Rouge)")):
        parse_command_line("/character", DEFINITIONS)
    recap = {
        "name": "recap",
        "options": [
            {
                "name": "episode",
                "type": 4,
                "required": True,
                "min_value": 1,
                "description": "Episode number",
            }
        ],
    }
    with pytest.raises(TryError, match=re.escape("needs episode: (e.g. /recap 1)")):
        parse_command_line("/recap", {"recap": recap})


def test_try_stdin_exits_0_when_every_command_worked_and_stops_at_quit() -> None:
    done = run_try(stdin="/character\n")
    assert done.returncode == 1
    assert "(e.g. /character Rouge)" in done.stdout  # from the option's own description
    done = run_try(stdin="/character Naomi\nquit\n/help\n")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Naomi Orthmann" in done.stdout
    assert "» /help" not in done.stdout  # nothing after quit runs
    assert "✗" not in done.stdout  # `quit` is not taken for a bad command


def test_try_admin_runs_settings_and_forgetme_pressing_buttons_by_label() -> None:
    script = "/progress episode:1\n/settings default_progress:1\n/forgetme\npress delete my data\n"
    done = run_try("--admin", stdin=script + "quit\n")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Saved:" in done.stdout
    assert "Default progress for Metallic Rouge: episode 1" in done.stdout
    assert "Done: everything I stored about you is deleted (1 progress record)" in done.stdout
    assert "Traceback" not in done.stderr
    # without --admin, Discord would not show /settings to the member: said, with the way out
    plain = run_try(stdin="/settings default_progress:1\npress nothing\n")
    assert plain.returncode == 1
    assert "try --admin" in plain.stdout


def test_try_press_says_which_buttons_there_are() -> None:
    done = run_try("--admin", stdin="/forgetme\npress Explode\npress Cancel\n")
    assert done.returncode == 1  # the unknown button failed
    assert "Buttons: [Delete my data], [Cancel]" in done.stdout
    assert "Cancelled: nothing was deleted." in done.stdout


def test_try_db_answers_from_a_copy_of_that_store_and_never_changes_it(tmp_path: Path) -> None:
    review = tmp_path / "rouge-ep2.txt"
    review.write_text(
        "Metallic Rouge – Episode 2 Review\n\nRouge and Naomi take to the road in a calm "
        "episode.\n\nOverall, a solid 7/10.\n",
        encoding="utf-8",
    )
    database = tmp_path / "mine.db"
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    env["DATABASE_PATH"] = str(database)
    ingested = subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(review)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ingested.returncode == 0, ingested.stderr
    before = database.read_bytes()
    done = run_try("--db", str(database), "--reveal", "/review episode:2", "/progress episode:2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Metallic Rouge – Episode 2 Review" in done.stdout
    assert "take to the road" in done.stdout
    assert database.read_bytes() == before  # progress went to the copy
    # the default store knows nothing of it
    assert "Episode 2 Review" not in run_try("/review episode:2").stdout


def test_try_db_that_is_missing_is_one_clear_line(tmp_path: Path) -> None:
    done = run_try("--db", str(tmp_path / "nowhere.db"), "/help")
    assert done.returncode == 2
    assert "nowhere.db" in done.stderr and "Traceback" not in done.stderr
