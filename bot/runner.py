"""Run the bot until it is told to stop: reach Discord with bounded retries, stop cleanly.

Reaching Discord at start (login, the application's info, the command sync) is retried with
exponential backoff when the network or Discord fails (no answer, refused connection, timeout,
5xx), each failure logged as one line; after DISCORD_CONNECT_RETRIES retries the process gives
up with one line and a non-zero status. Each attempt uses a fresh client, closed after it, so
nothing is reused once closed. SIGTERM and SIGINT (Ctrl+C) cancel whatever is under way, then
the client and the store close, and the process exits 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

import aiohttp
import discord

from bot.bot import ReviewBot, apply_endpoint_overrides
from bot.config import DEFAULT_API_BASE_URL, Settings

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_UNREACHABLE = 1
BACKOFF_START = 1.0  # seconds before the first retry, doubled each time
BACKOFF_CAP = 60.0

# What says "Discord could not be reached (yet)", as opposed to a problem on our side.
RETRYABLE: tuple[type[BaseException], ...] = (
    aiohttp.ClientError,
    ConnectionError,
    TimeoutError,
    discord.DiscordServerError,
    discord.GatewayNotFound,
)


def describe_failure(error: BaseException, timeout: float) -> str:
    """One short clause for a failure to reach Discord."""
    if isinstance(error, TimeoutError):
        return f"no answer within {timeout:g} s"
    if isinstance(error, discord.DiscordServerError):
        return f"Discord answered {error.status} (a server error)"
    text = str(error).strip() or type(error).__name__
    return " ".join(text.split())[:300]


def backoff(attempt: int) -> float:
    """Seconds to wait before retry number `attempt` (1, 2, …)."""
    return float(min(BACKOFF_CAP, BACKOFF_START * 2 ** (attempt - 1)))


class _OneLineReconnects(logging.Filter):
    """discord.py logs each gateway reconnect with a full traceback; keep it to one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.getMessage().startswith("Attempting a reconnect"):
            error = record.exc_info[1]
            if error is not None:
                record.msg = f"{record.getMessage()} ({describe_failure(error, 0)})"
                record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


async def _attempt(settings: Settings, *, sync_only: bool) -> None:
    """One client: log in (with a timeout), then stay connected (unless only syncing)."""
    bot = ReviewBot(settings, force_sync=sync_only)
    try:
        await asyncio.wait_for(bot.login(settings.token), settings.discord_timeout)
        if not sync_only:
            await bot.connect(reconnect=True)  # discord.py retries the gateway itself
    finally:
        await bot.close()


async def _reach_and_run(settings: Settings, *, sync_only: bool) -> int:
    where = settings.api_base_url or DEFAULT_API_BASE_URL
    attempts = settings.connect_retries + 1
    for attempt in range(1, attempts + 1):
        try:
            await _attempt(settings, sync_only=sync_only)
            return EXIT_OK
        except RETRYABLE as error:
            reason = describe_failure(error, settings.discord_timeout)
            if attempt == attempts:
                log.error(
                    "Giving up: could not reach Discord at %s after %d attempts (%s). Check the "
                    "network, or DISCORD_API_BASE_URL if you set it.",
                    where,
                    attempts,
                    reason,
                )
                return EXIT_UNREACHABLE
            delay = backoff(attempt)
            log.warning(
                "Could not reach Discord at %s (%s); retrying in %g s (attempt %d of %d)",
                where,
                reason,
                delay,
                attempt,
                attempts,
            )
            await asyncio.sleep(delay)
    return EXIT_UNREACHABLE  # not reached: the last attempt returns above


async def run_bot(settings: Settings, *, sync_only: bool = False) -> int:
    """Run (or only sync) until done, given up, or stopped by SIGTERM/SIGINT; the exit status.

    discord.LoginFailure (a refused token) is raised for the caller to explain."""
    apply_endpoint_overrides(settings)
    logging.getLogger("discord.client").addFilter(_OneLineReconnects())
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):  # no signal handlers on Windows
            loop.add_signal_handler(signum, stop.set)
    work = asyncio.create_task(_reach_and_run(settings, sync_only=sync_only), name="bot")
    stopped = asyncio.create_task(stop.wait(), name="stop-signal")
    try:
        await asyncio.wait({work, stopped}, return_when=asyncio.FIRST_COMPLETED)
        if work.done():
            return work.result()
        log.info("Stopping: closing the connection to Discord and the store")
        work.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await work
        return EXIT_OK
    finally:
        stopped.cancel()
        for signum in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError):
                loop.remove_signal_handler(signum)


__all__ = ["EXIT_UNREACHABLE", "run_bot"]
