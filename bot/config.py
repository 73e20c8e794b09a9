"""Settings: one object, read from the environment and an optional `.env` file."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

from bot.paths import DATABASE_FILE, DEFAULT_DATA_DIR
from bot.store.location import is_postgres_dsn, redact

DEFAULT_DATABASE_PATH = DEFAULT_DATA_DIR / DATABASE_FILE
DEFAULT_API_BASE_URL = "https://discord.com/api/v10"
DEFAULT_COOLDOWN = (5, 15.0)  # lookups per user: 5 per 15 seconds
DEFAULT_ANILIST_API_URL = "https://graphql.anilist.co"
DEFAULT_DISCORD_TIMEOUT = 30.0
DEFAULT_CONNECT_RETRIES = 5
DEFAULT_FEED_POLL_MINUTES = 30.0
MIN_FEED_POLL_MINUTES = 5.0  # never more often than this per feed
DEFAULT_FEED_HOST_DELAY = 1.0  # seconds between two requests to one host

log = logging.getLogger(__name__)

_LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line meant for the operator."""


@dataclass(frozen=True, slots=True)
class Settings:
    # repr=False: the token must never reach a log line, a traceback or an error message.
    token: str = field(repr=False)
    database_path: Path = DEFAULT_DATABASE_PATH
    # DATABASE_URL=postgresql://...: the store on PostgreSQL (else SQLite at database_path).
    # repr=False: it may hold a password; log `database_location` instead.
    database_url: str | None = field(default=None, repr=False)
    # What the operator writes: the database (unless DATABASE_PATH), catalogs, feed state.
    data_dir: Path = DEFAULT_DATA_DIR
    log_level: str = "INFO"
    # Third-party loggers (aiosqlite, discord, asyncio…) log at this level or log_level,
    # whichever says less: aiosqlite at DEBUG logs every statement's parameters.
    log_level_libraries: str = "INFO"
    sync_guild_id: int | None = None
    api_base_url: str | None = None
    gateway_url: str | None = None
    # Per-user rate of lookups: `rate` commands per `seconds`; None turns the cooldown off.
    cooldown: tuple[int, float] | None = DEFAULT_COOLDOWN
    # FETCH_ALLOW_PRIVATE=1 lets member-triggered fetches reach private/loopback addresses
    # (an intranet deployment); off by default, so Discord members cannot probe the network.
    fetch_allow_private: bool = False
    # AniList's GraphQL endpoint (`catalog import`); a caching proxy or the test emulator.
    anilist_api_url: str = DEFAULT_ANILIST_API_URL
    # Reaching Discord at start: seconds to wait for an answer, and how often to retry.
    discord_timeout: float = DEFAULT_DISCORD_TIMEOUT
    connect_retries: int = DEFAULT_CONNECT_RETRIES

    @property
    def database_location(self) -> str:
        """The store's location for a log line (a URL's password hidden)."""
        return redact(self.database_url) if self.database_url else str(self.database_path)

    # How often each review feed is polled (FEED_POLL_MINUTES; below 5 is raised to 5).
    feed_poll_minutes: float = DEFAULT_FEED_POLL_MINUTES
    # Seconds between two requests to one host while polling (FEED_HOST_DELAY), at least.
    feed_host_delay: float = DEFAULT_FEED_HOST_DELAY
    # Sharding (issue 14): how many shards the whole bot has (None: Discord's recommended
    # count, every shard in this process) and which of them this process holds (None: all).
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None

    @property
    def syncs_commands(self) -> bool:
        """Only the process holding shard 0 registers the slash commands (one sync per bot)."""
        return self.shard_ids is None or 0 in self.shard_ids

    @property
    def log_level_number(self) -> int:
        return logging.getLevelNamesMapping()[self.log_level]

    @property
    def log_level_libraries_number(self) -> int:
        return logging.getLevelNamesMapping()[self.log_level_libraries]


def _environment(env_file: Path | None) -> dict[str, str]:
    """The process environment over the `.env` file (a real variable wins, as with dotenv)."""
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ)
    return values


def load_settings(
    environ: Mapping[str, str] | None = None,
    *,
    env_file: Path | None = Path(".env"),
    require_token: bool = True,
) -> Settings:
    """Build the settings, raising ConfigError with a one-line explanation when one is wrong."""
    env = dict(environ) if environ is not None else _environment(env_file)

    def get(name: str) -> str:
        return env.get(name, "").strip()

    token = get("DISCORD_TOKEN")
    if require_token and not token:
        raise ConfigError(
            "DISCORD_TOKEN is not set: put your bot token in .env (see .env.example) "
            "or in the environment."
        )

    log_level = _level(get, "LOG_LEVEL")
    log_level_libraries = _level(get, "LOG_LEVEL_LIBRARIES")

    guild_raw = get("SYNC_GUILD_ID")
    sync_guild_id: int | None = None
    if guild_raw:
        if not guild_raw.isdigit():
            raise ConfigError("SYNC_GUILD_ID must be a server ID (a number), or left empty.")
        sync_guild_id = int(guild_raw)

    api_base = get("DISCORD_API_BASE_URL").rstrip("/") or None
    if api_base is not None and not api_base.startswith(("http://", "https://")):
        raise ConfigError("DISCORD_API_BASE_URL must start with http:// or https://.")
    gateway = get("DISCORD_GATEWAY_URL") or None
    if gateway is not None and not gateway.startswith(("ws://", "wss://")):
        raise ConfigError("DISCORD_GATEWAY_URL must start with ws:// or wss://.")

    cooldown = _cooldown(get("COMMAND_COOLDOWN"))
    fetch_allow_private = _flag("FETCH_ALLOW_PRIVATE", get("FETCH_ALLOW_PRIVATE"))

    anilist = get("ANILIST_API_URL").rstrip("/") or DEFAULT_ANILIST_API_URL
    if not anilist.startswith(("http://", "https://")):
        raise ConfigError("ANILIST_API_URL must start with http:// or https://.")

    timeout_raw = get("DISCORD_TIMEOUT")
    try:
        discord_timeout = float(timeout_raw) if timeout_raw else DEFAULT_DISCORD_TIMEOUT
    except ValueError:
        discord_timeout = 0.0
    if not 0 < discord_timeout <= 600:
        raise ConfigError("DISCORD_TIMEOUT must be a number of seconds from 0 to 600 (e.g. 30).")
    retries_raw = get("DISCORD_CONNECT_RETRIES")
    if retries_raw and not (retries_raw.isdigit() and int(retries_raw) <= 100):
        raise ConfigError("DISCORD_CONNECT_RETRIES must be a whole number from 0 to 100.")
    connect_retries = int(retries_raw) if retries_raw else DEFAULT_CONNECT_RETRIES
    database_url = get("DATABASE_URL") or None
    if database_url is not None and not is_postgres_dsn(database_url):
        raise ConfigError(
            "DATABASE_URL must be a PostgreSQL URL (postgresql://user:password@host/db), "
            "or left empty for SQLite at DATABASE_PATH."
        )
    feed_poll_minutes = _feed_poll_minutes(get("FEED_POLL_MINUTES"))
    feed_host_delay = _seconds("FEED_HOST_DELAY", get("FEED_HOST_DELAY"), DEFAULT_FEED_HOST_DELAY)
    shard_count, shard_ids = _shards(get("SHARD_COUNT"), get("SHARD_IDS"))

    data_dir = Path(get("DATA_DIR") or DEFAULT_DATA_DIR).expanduser()
    database = get("DATABASE_PATH")
    return Settings(
        token=token,
        data_dir=data_dir,
        database_path=Path(database).expanduser() if database else data_dir / DATABASE_FILE,
        database_url=database_url,
        log_level=log_level,
        log_level_libraries=log_level_libraries,
        sync_guild_id=sync_guild_id,
        api_base_url=api_base,
        gateway_url=gateway,
        cooldown=cooldown,
        fetch_allow_private=fetch_allow_private,
        anilist_api_url=anilist,
        discord_timeout=discord_timeout,
        connect_retries=connect_retries,
        feed_poll_minutes=feed_poll_minutes,
        feed_host_delay=feed_host_delay,
        shard_count=shard_count,
        shard_ids=shard_ids,
    )


MAX_SHARD_COUNT = 65536  # far beyond any bot (Discord's largest run a few thousand shards)


def _shards(count_raw: str, ids_raw: str) -> tuple[int | None, tuple[int, ...] | None]:
    """SHARD_COUNT (a positive number) and SHARD_IDS (`0-3`, `0,2`, `0-1,4`; unset: all)."""
    count: int | None = None
    if count_raw:
        if not count_raw.isdigit() or not 1 <= int(count_raw) <= MAX_SHARD_COUNT:
            raise ConfigError(
                f"SHARD_COUNT must be a number of shards from 1 to {MAX_SHARD_COUNT}, "
                f"not {count_raw!r}."
            )
        count = int(count_raw)
    if not ids_raw:
        return count, None
    if count is None:
        raise ConfigError(
            "SHARD_IDS is set but SHARD_COUNT is not: set SHARD_COUNT to the bot's total "
            "number of shards (the same in every process)."
        )
    ids: set[int] = set()
    for part in ids_raw.split(","):
        first, dash, last = part.strip().partition("-")
        if not first.strip().isdigit() or (dash and not last.strip().isdigit()):
            raise ConfigError(
                f"SHARD_IDS must look like 0-3 or 0,2 (shard numbers and ranges), not {ids_raw!r}."
            )
        low, high = int(first), int(last) if dash else int(first)
        if high < low:
            raise ConfigError(f"SHARD_IDS has a backwards range {part.strip()!r}: write low-high.")
        if high >= count:
            raise ConfigError(
                f"SHARD_IDS {ids_raw!r} names shard {high}, but SHARD_COUNT={count} has shards "
                f"0 to {count - 1}."
            )
        ids.update(range(low, high + 1))
    return count, tuple(sorted(ids))


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("", "0", "false", "no", "off")


def _flag(name: str, raw: str) -> bool:
    """An on/off setting: 1/true/yes/on or 0/false/no/off (empty is off)."""
    value = raw.lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigError(f"{name} must be 1 or 0 (or true/false), not {raw!r}.")


def _level(get: Callable[[str], str], name: str) -> str:
    level = (get(name) or "INFO").upper()
    if level not in _LOG_LEVELS:
        raise ConfigError(f"{name} must be one of {', '.join(_LOG_LEVELS)}, not {level!r}.")
    return level


def _cooldown(raw: str) -> tuple[int, float] | None:
    """`5/15` = five commands per fifteen seconds per user; `off` or `0` disables it."""
    if not raw:
        return DEFAULT_COOLDOWN
    if raw.lower() in ("off", "0"):
        return None
    rate, sep, per = raw.partition("/")
    try:
        parsed = (int(rate), float(per))
    except ValueError:
        parsed = (0, 0.0)
    if not sep or parsed[0] < 1 or parsed[1] <= 0:
        raise ConfigError(
            "COMMAND_COOLDOWN must look like 5/15 (5 commands per 15 seconds per user), or off."
        )
    return parsed


def _feed_poll_minutes(raw: str) -> float:
    """FEED_POLL_MINUTES: a number of minutes; below the minimum it is raised, with a warning."""
    if not raw:
        return DEFAULT_FEED_POLL_MINUTES
    try:
        minutes = float(raw)
    except ValueError:
        minutes = -1.0
    if not minutes > 0 or minutes != minutes or minutes == float("inf"):
        raise ConfigError(f"FEED_POLL_MINUTES must be a number of minutes, not {raw!r}.")
    if minutes < MIN_FEED_POLL_MINUTES:
        log.warning(
            "FEED_POLL_MINUTES=%s is too often: feeds are polled every %g minutes",
            raw,
            MIN_FEED_POLL_MINUTES,
        )
        return MIN_FEED_POLL_MINUTES
    return minutes


def _seconds(name: str, raw: str, default: float) -> float:
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 3600:
        raise ConfigError(f"{name} must be a number of seconds between 0 and 3600, not {raw!r}.")
    return value
