"""SHARD_COUNT and SHARD_IDS (issue 14): which shards a process holds, and who syncs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.bot import ReviewBot
from bot.config import ConfigError, Settings, load_settings
from tests.bot.test_main import run_bot

TOKEN = "MTIz.secret-token-value.xyz"


def settings_with(**env: str) -> Settings:
    return load_settings({"DISCORD_TOKEN": TOKEN, **env})


@pytest.mark.parametrize(
    ("count", "ids", "expected"),
    [
        ("4", "0-3", (0, 1, 2, 3)),
        ("4", "0,2", (0, 2)),
        ("4", "2-3", (2, 3)),
        ("8", "0-1, 5,7", (0, 1, 5, 7)),
        ("4", "3,1,1", (1, 3)),
        ("1", "0", (0,)),
    ],
)
def test_shard_ids_are_ranges_and_lists(count: str, ids: str, expected: tuple[int, ...]) -> None:
    settings = settings_with(SHARD_COUNT=count, SHARD_IDS=ids)
    assert settings.shard_count == int(count)
    assert settings.shard_ids == expected


def test_unset_means_discords_recommended_count_and_every_shard() -> None:
    settings = settings_with()
    assert (settings.shard_count, settings.shard_ids) == (None, None)
    assert settings.syncs_commands


def test_a_count_alone_holds_every_shard() -> None:
    settings = settings_with(SHARD_COUNT="3")
    assert (settings.shard_count, settings.shard_ids) == (3, None)
    assert settings.syncs_commands


def test_only_the_process_holding_shard_0_syncs() -> None:
    assert settings_with(SHARD_COUNT="4", SHARD_IDS="0-1").syncs_commands
    assert not settings_with(SHARD_COUNT="4", SHARD_IDS="2-3").syncs_commands


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"SHARD_IDS": "0-1"}, "SHARD_COUNT is not"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "0-2"}, "names shard 2"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "5"}, "names shard 5"),
        ({"SHARD_COUNT": "4", "SHARD_IDS": "3-1"}, "backwards"),
        ({"SHARD_COUNT": "4", "SHARD_IDS": "a"}, "0-3 or 0,2"),
        ({"SHARD_COUNT": "4", "SHARD_IDS": "-1"}, "0-3 or 0,2"),
        ({"SHARD_COUNT": "4", "SHARD_IDS": "0,,1"}, "0-3 or 0,2"),
        ({"SHARD_COUNT": "0"}, "SHARD_COUNT must be"),
        ({"SHARD_COUNT": "two"}, "SHARD_COUNT must be"),
    ],
)
def test_bad_shard_settings_are_one_line_errors(env: dict[str, str], words: str) -> None:
    with pytest.raises(ConfigError) as info:
        settings_with(**env)
    assert words in str(info.value)
    assert "\n" not in str(info.value)


def test_the_bot_is_auto_sharded_with_the_settings_shards() -> None:
    bot = ReviewBot(settings_with(SHARD_COUNT="4", SHARD_IDS="2-3"))
    assert bot.shard_count == 4
    assert bot.shard_ids == [2, 3]
    unset = ReviewBot(settings_with())
    assert unset.shard_count is None  # asked of Discord (GET /gateway/bot) at login
    assert unset.shard_ids is None


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"SHARD_IDS": "0-1"}, "SHARD_COUNT"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "0,3"}, "names shard 3"),
    ],
)
def test_the_process_refuses_bad_shards_with_one_line_and_status_2(
    tmp_path: Path, env: dict[str, str], words: str
) -> None:
    result = run_bot(cwd=tmp_path, env={"DISCORD_TOKEN": TOKEN, **env})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert words in lines[0]
    assert "Traceback" not in result.stderr + result.stdout
