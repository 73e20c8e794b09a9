"""FETCH_ALLOW_PRIVATE: off unless the operator turns it on."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings


def settings_with(value: str | None) -> bool:
    env = {"DISCORD_TOKEN": "t"}
    if value is not None:
        env["FETCH_ALLOW_PRIVATE"] = value
    return load_settings(env).fetch_allow_private


def test_private_addresses_are_refused_by_default() -> None:
    assert settings_with(None) is False
    assert settings_with("") is False
    assert settings_with("0") is False
    assert settings_with("off") is False


@pytest.mark.parametrize("value", ["1", "true", "YES", "on"])
def test_the_operator_can_allow_them(value: str) -> None:
    assert settings_with(value) is True


def test_a_malformed_value_is_one_clear_line() -> None:
    with pytest.raises(ConfigError, match="FETCH_ALLOW_PRIVATE must be 1 or 0"):
        settings_with("maybe")
