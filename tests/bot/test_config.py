import logging
from pathlib import Path

import pytest

from bot.config import DEFAULT_DATABASE_PATH, ConfigError, load_settings

TOKEN = "MTIz.secret-token-value.xyz"


def test_token_is_required_and_the_message_names_the_variable_and_example() -> None:
    with pytest.raises(ConfigError) as info:
        load_settings({})
    assert "DISCORD_TOKEN" in str(info.value)
    assert ".env.example" in str(info.value)


def test_blank_token_counts_as_missing() -> None:
    with pytest.raises(ConfigError):
        load_settings({"DISCORD_TOKEN": "   "})


def test_token_never_appears_in_repr_or_str() -> None:
    settings = load_settings({"DISCORD_TOKEN": TOKEN})
    assert settings.token == TOKEN
    assert TOKEN not in repr(settings)
    assert TOKEN not in str(settings)


def test_defaults() -> None:
    settings = load_settings({"DISCORD_TOKEN": TOKEN})
    assert settings.database_path == DEFAULT_DATABASE_PATH
    assert settings.database_path.parent.name == "data"
    assert settings.log_level == "INFO"
    assert settings.sync_guild_id is None
    assert settings.api_base_url is None
    assert settings.gateway_url is None


def test_every_setting_is_read() -> None:
    settings = load_settings(
        {
            "DISCORD_TOKEN": TOKEN,
            "DATABASE_PATH": "/tmp/x/reviews.db",
            "LOG_LEVEL": "debug",
            "SYNC_GUILD_ID": "123456789012345678",
            "DISCORD_API_BASE_URL": "http://127.0.0.1:9999/api/v10/",
            "DISCORD_GATEWAY_URL": "ws://127.0.0.1:9999/gateway",
        }
    )
    assert settings.database_path == Path("/tmp/x/reviews.db")
    assert settings.log_level == "DEBUG"
    assert settings.sync_guild_id == 123456789012345678
    assert settings.api_base_url == "http://127.0.0.1:9999/api/v10"
    assert settings.gateway_url == "ws://127.0.0.1:9999/gateway"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("LOG_LEVEL", "LOUD"),
        ("SYNC_GUILD_ID", "my-server"),
        ("DISCORD_API_BASE_URL", "discord.com/api"),
        ("DISCORD_GATEWAY_URL", "http://gateway"),
    ],
)
def test_malformed_settings_are_refused_with_the_setting_named(name: str, value: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings({"DISCORD_TOKEN": TOKEN, name: value})
    assert name in str(info.value)
    assert TOKEN not in str(info.value)


def test_env_file_is_read_and_the_environment_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("DISCORD_TOKEN=from-file\nLOG_LEVEL=WARNING\n")
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.setenv("LOG_LEVEL", "ERROR")
    settings = load_settings(env_file=env_file)
    assert settings.token == "from-file"
    assert settings.log_level == "ERROR"


def test_cooldown_defaults_parses_and_can_be_turned_off() -> None:
    base = {"DISCORD_TOKEN": "t"}
    assert load_settings(base).cooldown == (5, 15.0)
    assert load_settings({**base, "COMMAND_COOLDOWN": "3/10"}).cooldown == (3, 10.0)
    assert load_settings({**base, "COMMAND_COOLDOWN": "off"}).cooldown is None


@pytest.mark.parametrize("raw", ["fast", "5", "0/10", "5/0", "-1/5"])
def test_malformed_cooldown_is_a_config_error(raw: str) -> None:
    with pytest.raises(ConfigError, match="COMMAND_COOLDOWN"):
        load_settings({"DISCORD_TOKEN": "t", "COMMAND_COOLDOWN": raw})


def test_library_log_level_defaults_to_info_and_is_checked() -> None:
    base = {"DISCORD_TOKEN": "t"}
    assert load_settings(base).log_level_libraries == "INFO"
    chosen = load_settings({**base, "LOG_LEVEL_LIBRARIES": "debug"})
    assert chosen.log_level_libraries_number == logging.DEBUG
    with pytest.raises(ConfigError, match="LOG_LEVEL_LIBRARIES"):
        load_settings({**base, "LOG_LEVEL_LIBRARIES": "LOUD"})


def test_discord_timeout_and_retries_default_parse_and_are_checked() -> None:
    base = {"DISCORD_TOKEN": "t"}
    default = load_settings(base)
    assert (default.discord_timeout, default.connect_retries) == (30.0, 5)
    chosen = load_settings({**base, "DISCORD_TIMEOUT": "2.5", "DISCORD_CONNECT_RETRIES": "0"})
    assert (chosen.discord_timeout, chosen.connect_retries) == (2.5, 0)
    for name, raw in [
        ("DISCORD_TIMEOUT", "soon"),
        ("DISCORD_TIMEOUT", "0"),
        ("DISCORD_CONNECT_RETRIES", "-1"),
        ("DISCORD_CONNECT_RETRIES", "many"),
    ]:
        with pytest.raises(ConfigError, match=name):
            load_settings({**base, name: raw})
