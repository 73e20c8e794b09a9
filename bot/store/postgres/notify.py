"""LISTEN/NOTIFY on PostgreSQL: every process learns when another one changed the store.

:func:`notify` sends (inside a write transaction, delivered only if it commits);
:class:`ChangeListener` listens on a dedicated connection, re-opened with backoff when it drops,
and calls back with each payload (None: notifications may have been missed, refresh everything).
bot/store/changes.py builds the store's `NotifyWatch` on them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

import asyncpg

log = logging.getLogger(__name__)

MAX_NOTIFY_PAYLOAD = 7999  # bytes: PostgreSQL refuses a NOTIFY payload of 8000 or more
RECONNECT_DELAYS = (0.1, 0.5, 1.0, 2.0, 5.0)  # seconds; the last repeats

NOTIFY = "SELECT pg_notify($1, $2)"


async def notify(conn: asyncpg.Connection | asyncpg.Pool, channel: str, payload: str = "") -> None:
    """NOTIFY ``channel`` with ``payload`` (delivered when the current transaction commits)."""
    if len(payload.encode("utf-8")) > MAX_NOTIFY_PAYLOAD:
        raise ValueError(f"a NOTIFY payload is at most {MAX_NOTIFY_PAYLOAD} bytes")
    await conn.execute(NOTIFY, channel, payload)


ChangeCallback = Callable[[str | None], Awaitable[None] | None]


class ChangeListener:
    """LISTENs on ``channel`` on a dedicated connection and calls ``callback(payload)``.

    ``callback(None)`` means notifications may have been missed (the connection was lost and
    is back): refresh everything. The connection is re-opened with backoff when it drops.
    A failing callback is logged with its traceback and never stops the listener.
    """

    def __init__(self, dsn: str, channel: str, callback: ChangeCallback) -> None:
        self.dsn = dsn
        self.channel = channel
        self.callback = callback
        self.reconnects = 0
        self._conn: asyncpg.Connection | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._reconnecting: asyncio.Task[None] | None = None
        self._closed = False

    async def start(self) -> ChangeListener:
        await self._connect()
        return self

    async def __aenter__(self) -> ChangeListener:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.is_closed()

    async def _connect(self) -> None:
        conn = await asyncpg.connect(self.dsn)
        try:
            await conn.add_listener(self.channel, self._on_notification)
        except BaseException:
            await conn.close()
            raise
        conn.add_termination_listener(self._on_termination)
        self._conn = conn

    def _on_notification(self, conn: object, pid: int, channel: str, payload: str) -> None:
        self._call(payload)

    def _call(self, payload: str | None) -> None:
        try:
            result = self.callback(payload)
        except Exception:
            log.exception("change listener %r: the callback failed", self.channel)
            return
        if result is not None:
            task = asyncio.ensure_future(self._await(result))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _await(self, result: Awaitable[None]) -> None:
        try:
            await result
        except Exception:
            log.exception("change listener %r: the callback failed", self.channel)

    def _on_termination(self, conn: object) -> None:
        if self._closed or self._reconnecting is not None:
            return
        log.warning("change listener %r lost its connection; reconnecting", self.channel)
        self._conn = None
        self._reconnecting = asyncio.ensure_future(self._reconnect())

    async def _reconnect(self) -> None:
        attempt = 0
        try:
            while not self._closed:
                delay = RECONNECT_DELAYS[min(attempt, len(RECONNECT_DELAYS) - 1)]
                await asyncio.sleep(delay)
                attempt += 1
                try:
                    await self._connect()
                except (OSError, asyncpg.PostgresError) as exc:
                    log.warning("change listener %r: reconnect failed: %s", self.channel, exc)
                    continue
                self.reconnects += 1
                log.info("change listener %r reconnected", self.channel)
                self._call(None)
                return
        finally:
            self._reconnecting = None

    async def close(self) -> None:
        self._closed = True
        if self._reconnecting is not None:
            self._reconnecting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reconnecting
        conn, self._conn = self._conn, None
        if conn is not None and not conn.is_closed():
            conn.remove_termination_listener(self._on_termination)
            await conn.close()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
