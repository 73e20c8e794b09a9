"""Logging for the bot's processes: one handler on stderr, colour only on a terminal.

Our own loggers (`bot`, `cogs`) log at LOG_LEVEL. Every other logger (aiosqlite, discord,
asyncio, aiohttp…) logs at LOG_LEVEL_LIBRARIES (default INFO) or LOG_LEVEL, whichever says
less: at LOG_LEVEL=DEBUG aiosqlite would otherwise log every statement with its parameters,
whole documents included. discord.py's notices that voice libraries are missing are dropped:
this bot has no voice features.
"""

from __future__ import annotations

import logging
import sys
from typing import TextIO

import discord

log = logging.getLogger(__name__)

OWN_LOGGERS = ("bot", "cogs")
VOICE_NOTICE = "voice will NOT be supported"
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
PLAIN_FORMAT = "[{asctime}] [{levelname:<8}] {name}: {message}"


def _not_voice_notice(record: logging.LogRecord) -> bool:
    return VOICE_NOTICE not in record.getMessage()


def quiet_voice_notices() -> None:
    """Drop discord.py's "PyNaCl/davey is not installed, voice will NOT be supported"."""
    client = logging.getLogger("discord.client")
    if _not_voice_notice not in client.filters:
        client.addFilter(_not_voice_notice)


def setup_logging(level: int, libraries: int = logging.INFO, stream: TextIO | None = None) -> None:
    """Log to `stream` (stderr): colour only when it is a terminal."""
    stream = sys.stderr if stream is None else stream
    handler = logging.StreamHandler(stream)
    if stream.isatty():
        # discord.py's colour formatter, which it picks for a terminal
        discord.utils.setup_logging(handler=handler, level=max(level, libraries), root=True)
    else:
        plain = logging.Formatter(PLAIN_FORMAT, DATE_FORMAT, style="{")
        discord.utils.setup_logging(
            handler=handler, formatter=plain, level=max(level, libraries), root=True
        )
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(level)
    quiet_voice_notices()


__all__ = ["quiet_voice_notices", "setup_logging"]
