"""The sandbox's gateway: a websocket speaking Discord's gateway protocol (API v10, JSON).

HELLO, IDENTIFY -> READY + GUILD_CREATE, HEARTBEAT -> HEARTBEAT_ACK, RESUME (replaying the
dispatches after the client's last sequence, then RESUMED) or INVALID_SESSION, REQUEST_GUILD_MEMBERS
-> GUILD_MEMBERS_CHUNK. Frames are sent as text, or compressed as the client asked in the URL
(``compress=zlib-stream``: one zlib stream per connection, each message ending in a
``Z_SYNC_FLUSH``; ``compress=zstd-stream``: one zstd stream per connection, a flushed block
per message, when a zstd module is importable).

Sharding: IDENTIFY may carry ``shard: [shard_id, shard_count]``. Each shard has its own session,
and a guild's events (GUILD_CREATE, messages, interactions...) go only to the session of the
guild's shard, ``(guild_id >> 22) % shard_count``; events without a guild (DMs) go to shard 0.
An impossible shard is refused with close code 4010 (Invalid shard); a session that would hold
more guilds than the sandbox allows per connection with 4011 (Sharding required). A new IDENTIFY
for a shard supersedes the earlier session of that shard only.

Every dispatch is numbered (``s``) and kept in its session, so a client that lost its connection
can RESUME and receive what it missed, in order. One writer task per connection sends frames
in the order they were queued.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import zlib
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from discord_sandbox.server import Sandbox

log = logging.getLogger(__name__)

# opcodes
DISPATCH = 0
HEARTBEAT = 1
IDENTIFY = 2
PRESENCE_UPDATE = 3
VOICE_STATE_UPDATE = 4
RESUME = 6
RECONNECT = 7
REQUEST_GUILD_MEMBERS = 8
INVALID_SESSION = 9
HELLO = 10
HEARTBEAT_ACK = 11

# close codes
UNKNOWN_ERROR = 4000
UNKNOWN_OPCODE = 4001
DECODE_ERROR = 4002
NOT_AUTHENTICATED = 4003
AUTHENTICATION_FAILED = 4004
ALREADY_AUTHENTICATED = 4005
INVALID_SHARD = 4010
SHARDING_REQUIRED = 4011

# intents
GUILDS = 1 << 0
GUILD_MEMBERS = 1 << 1
GUILD_MESSAGES = 1 << 9
DIRECT_MESSAGES = 1 << 12

REPLAY_LIMIT = 10_000  # dispatches kept per session for RESUME

_CLOSE = object()


def _dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


class _Encoder:
    """Per-connection framing: text, or one zlib/zstd stream flushed after every message."""

    def __init__(self, compress: str | None) -> None:
        self.mode = "text"
        self._zlib: Any = None
        self._zstd: Any = None
        self._zstd_flush: Any = None
        if compress == "zlib-stream":
            self.mode = "zlib-stream"
            self._zlib = zlib.compressobj()
        elif compress == "zstd-stream":
            self._init_zstd()

    def _init_zstd(self) -> None:
        try:
            import zstandard
        except ImportError:
            try:
                from compression.zstd import ZstdCompressor
            except ImportError:
                log.warning("zstd-stream requested but no zstd module: sending text frames")
                return
            self.mode = "zstd-stream"
            compressor = ZstdCompressor()
            flush = ZstdCompressor.FLUSH_BLOCK
            self._zstd = lambda data: compressor.compress(data, mode=flush)
            return
        self.mode = "zstd-stream"
        stream = zstandard.ZstdCompressor().compressobj()
        block = zstandard.COMPRESSOBJ_FLUSH_BLOCK
        self._zstd = lambda data: stream.compress(data) + stream.flush(block)

    def encode(self, text: str) -> str | bytes:
        if self.mode == "zlib-stream":
            data = text.encode("utf-8")
            return bytes(self._zlib.compress(data) + self._zlib.flush(zlib.Z_SYNC_FLUSH))
        if self.mode == "zstd-stream":
            return bytes(self._zstd(text.encode("utf-8")))
        return text


@dataclass(eq=False)
class GatewaySession:
    """One identified session: its numbered dispatches survive a dropped connection."""

    id: str
    intents: int
    shard: tuple[int, int] | None
    seq: int = 0
    valid: bool = True
    connection: GatewayConnection | None = None
    frames: deque[tuple[int, str]] = field(default_factory=lambda: deque(maxlen=REPLAY_LIMIT))

    @property
    def shard_id(self) -> int:
        """The shard this session holds (0 when it identified without sharding)."""
        return self.shard[0] if self.shard is not None else 0

    def handles(self, guild_id: int | None) -> bool:
        """Whether this session receives the guild's events (``None``: DMs, shard 0's)."""
        if guild_id is None:
            return self.shard_id == 0
        return _in_shard(guild_id, self.shard)

    def events(self, name: str) -> list[dict[str, Any]]:
        """The ``d`` of every kept dispatch called ``name``, oldest first."""
        found = []
        for _, text in self.frames:
            frame = json.loads(text)
            if frame.get("t") == name:
                found.append(frame["d"])
        return found

    def number(self, event: str, data: Any) -> tuple[int, str]:
        self.seq += 1
        frame = (self.seq, _dumps({"op": DISPATCH, "t": event, "s": self.seq, "d": data}))
        self.frames.append(frame)
        return frame


class GatewayConnection:
    """One websocket; frames go out through a queue, in order, from one writer task."""

    def __init__(self, request: web.Request, ws: web.WebSocketResponse, compress: str | None):
        self.request = request
        self.ws = ws
        self.encoder = _Encoder(compress)
        self.session: GatewaySession | None = None
        self.queue: asyncio.Queue[Any] = asyncio.Queue()
        self.closed = asyncio.Event()
        self.writer = asyncio.create_task(self._write(), name="sandbox-gateway-writer")

    def send(self, text: str) -> None:
        if not self.closed.is_set():
            self.queue.put_nowait(text)

    def send_op(self, op: int, data: Any) -> None:
        self.send(_dumps({"op": op, "d": data, "s": None, "t": None}))

    def close_after_flush(self, code: int, message: str = "") -> None:
        self.queue.put_nowait((_CLOSE, code, message))

    async def _write(self) -> None:
        try:
            while True:
                item = await self.queue.get()
                if isinstance(item, tuple) and item and item[0] is _CLOSE:
                    await self.ws.close(code=item[1], message=item[2].encode())
                    return
                frame = self.encoder.encode(item)
                if isinstance(frame, bytes):
                    await self.ws.send_bytes(frame)
                else:
                    await self.ws.send_str(frame)
        except (ConnectionError, RuntimeError) as exc:
            log.debug("gateway writer stopped: %s", exc)


class Gateway:
    """Sessions and connections of the sandbox gateway."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.sessions: dict[str, GatewaySession] = {}
        self.session: GatewaySession | None = None  # the latest identified session
        # the live session of each shard id (0 when unsharded), in the order they identified
        self.shards: dict[int, GatewaySession] = {}
        self.refused: list[int] = []  # close codes of refused IDENTIFYs (4004, 4010, 4011)
        self.connections: set[GatewayConnection] = set()
        self.identify_count = 0
        self.resume_count = 0
        self.invalid_session_count = 0
        self._changed = asyncio.Event()
        self.received: list[dict[str, Any]] = []  # every client frame (heartbeats excluded)

    # ----------------------------------------------------------------- waiting

    def _notify(self) -> None:
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    async def wait_until(self, predicate: Any, timeout: float, what: str) -> None:  # noqa: ASYNC109 - the documented driver API
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while not predicate():
            remaining = end - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"timed out after {timeout:g} s waiting for {what}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)

    # ----------------------------------------------------------------- dispatch

    @property
    def connected(self) -> bool:
        return self.session is not None and self.session.connection is not None

    @property
    def connected_shards(self) -> list[int]:
        """The shard ids whose session has a connection now."""
        return sorted(k for k, s in self.shards.items() if s.connection is not None)

    def session_for(self, guild_id: int | None) -> GatewaySession | None:
        """The session receiving the guild's events (``None``: DMs): the latest identified
        session whose shard holds the guild."""
        for session in reversed(self.shards.values()):
            if session.handles(guild_id):
                return session
        return None

    def shard_session(self, shard_id: int | None = None) -> GatewaySession | None:
        """The session of ``shard_id`` (``None``: the latest identified session)."""
        return self.session if shard_id is None else self.shards.get(shard_id)

    def dispatch(
        self,
        event: str,
        data: Any,
        *,
        intent: int | None = None,
        guild_id: int | None = None,
        session: GatewaySession | None = None,
    ) -> bool:
        """Number and send a dispatch (kept for RESUME if the connection is down) on
        ``session``, else on the session of the guild's shard: ``guild_id``, or the payload's
        own ``guild_id``; without a guild, shard 0's. False when no such session exists, it
        was invalidated, or it did not subscribe to ``intent``."""
        if session is None:
            if guild_id is None and isinstance(data, dict) and data.get("guild_id") is not None:
                guild_id = int(data["guild_id"])
            session = self.session_for(guild_id)
        if session is None or not session.valid:
            log.debug("no gateway session: %s not dispatched", event)
            return False
        if intent is not None and not session.intents & intent:
            return False
        _, text = session.number(event, data)
        if session.connection is not None:
            session.connection.send(text)
        return True

    # ----------------------------------------------------------------- control

    async def drop(self, code: int | None = 4000, *, shard_id: int | None = None) -> None:
        """Close the connection of shard ``shard_id`` (``None``: the latest session's) —
        ``code=None``: abruptly, no close frame; the session stays resumable."""
        session = self.shard_session(shard_id)
        connection = session.connection if session is not None else None
        if connection is None:
            return
        self._detach(connection)
        if code is None:
            transport = connection.request.transport
            if transport is not None:
                transport.abort()
            connection.writer.cancel()
        else:
            connection.close_after_flush(code, "sandbox dropped the connection")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(connection.closed.wait(), 5.0)

    def invalidate_session(self, *, notify: bool = True, shard_id: int | None = None) -> None:
        """The session (of ``shard_id``; ``None``: the latest) can no longer be resumed; with
        ``notify``, an open connection receives INVALID_SESSION (d=false) and the client
        identifies again."""
        session = self.shard_session(shard_id)
        if session is None:
            return
        session.valid = False
        if notify and session.connection is not None:
            session.connection.send_op(INVALID_SESSION, False)
            self.invalid_session_count += 1

    def request_reconnect(self, *, shard_id: int | None = None) -> None:
        """Send RECONNECT (op 7) on the session of ``shard_id`` (``None``: the latest): the
        client closes and resumes."""
        session = self.shard_session(shard_id)
        if session is not None and session.connection is not None:
            session.connection.send_op(RECONNECT, None)

    async def close_all(self) -> None:
        for connection in list(self.connections):
            connection.close_after_flush(1001, "sandbox stopping")
        for connection in list(self.connections):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(connection.closed.wait(), 2.0)
            connection.writer.cancel()

    def _detach(self, connection: GatewayConnection) -> None:
        session = connection.session
        if session is not None and session.connection is connection:
            session.connection = None
        connection.session = None
        self._notify()

    # ----------------------------------------------------------------- websocket

    async def handle(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        query = request.query
        connection = GatewayConnection(request, ws, query.get("compress"))
        self.connections.add(connection)
        try:
            if query.get("encoding", "json") != "json":
                connection.close_after_flush(DECODE_ERROR, "the sandbox speaks JSON only")
            else:
                connection.send_op(
                    HELLO,
                    {
                        "heartbeat_interval": self.sandbox.heartbeat_interval,
                        "_trace": ['["sandbox-gateway",{"micros":0}]'],
                    },
                )
                async for msg in ws:
                    if msg.type == WSMsgType.TEXT:
                        await self._receive(connection, msg.data)
                    elif msg.type == WSMsgType.BINARY:
                        await self._receive(connection, msg.data.decode("utf-8", "replace"))
                    elif msg.type == WSMsgType.ERROR:
                        break
        except (ConnectionError, RuntimeError) as exc:
            log.debug("gateway connection ended: %s", exc)
        finally:
            self._detach(connection)
            self.connections.discard(connection)
            connection.closed.set()
            with contextlib.suppress(asyncio.QueueFull):
                connection.queue.put_nowait((_CLOSE, 1000, ""))
        return ws

    async def _receive(self, connection: GatewayConnection, text: str) -> None:
        try:
            msg = json.loads(text)
            op = msg["op"]
        except (ValueError, KeyError, TypeError):
            connection.close_after_flush(DECODE_ERROR, "Error while decoding payload.")
            return
        data = msg.get("d")
        if op == HEARTBEAT:
            connection.send_op(HEARTBEAT_ACK, None)
            return
        self.received.append(msg)
        if op == IDENTIFY:
            self._identify(connection, data)
        elif op == RESUME:
            self._resume(connection, data)
        elif connection.session is None:
            connection.close_after_flush(NOT_AUTHENTICATED, "Not authenticated.")
        elif op == REQUEST_GUILD_MEMBERS:
            self._request_members(connection, data)
        elif op in (PRESENCE_UPDATE, VOICE_STATE_UPDATE):
            return
        else:
            connection.close_after_flush(UNKNOWN_OPCODE, "Unknown opcode.")

    def _identify(self, connection: GatewayConnection, data: Any) -> None:
        if connection.session is not None:
            connection.close_after_flush(ALREADY_AUTHENTICATED, "Already authenticated.")
            return
        if not isinstance(data, dict) or data.get("token") != self.sandbox.token:
            self._refuse(connection, AUTHENTICATION_FAILED, "Authentication failed.")
            return
        shard = data.get("shard")
        shard_pair = _parse_shard(shard) if shard is not None else None
        if shard is not None and shard_pair is None:
            self._refuse(connection, INVALID_SHARD, "Invalid shard.")
            return
        world = self.sandbox.world
        guilds = [g for g in world.guilds.values() if g.present and _in_shard(g.id, shard_pair)]
        if len(guilds) > self.sandbox.max_guilds_per_shard:
            self._refuse(connection, SHARDING_REQUIRED, "Sharding required.")
            return
        intents = data.get("intents")
        session = GatewaySession(
            secrets.token_hex(16),
            int(intents) if isinstance(intents, int) else (1 << 17) - 1,
            shard_pair,
        )
        self.sessions[session.id] = session
        previous = self.shards.pop(session.shard_id, None)
        if previous is not None and previous.connection is not None:
            previous.connection.close_after_flush(UNKNOWN_ERROR, "superseded")
        self.shards[session.shard_id] = session
        self.session = session
        session.connection = connection
        connection.session = session

        ready: dict[str, Any] = {
            "v": 10,
            "user": world.user_payload(),
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self.sandbox.gateway_url,
            "application": {"id": str(world.application_id), "flags": 1 << 23},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["sandbox"],
            "user_settings": {},
            "_trace": ['["sandbox-gateway",{"micros":0}]'],
        }
        if shard_pair is not None:
            ready["shard"] = list(shard_pair)
        self.dispatch("READY", ready, session=session)
        for guild in guilds:
            self.dispatch("GUILD_CREATE", world.guild_payload(guild), session=session)
        self.identify_count += 1
        self.sandbox.ready.set()
        self._notify()
        log.debug("gateway session %s identified (shard %s)", session.id, shard_pair)

    def _refuse(self, connection: GatewayConnection, code: int, message: str) -> None:
        self.refused.append(code)
        connection.close_after_flush(code, message)
        self._notify()

    def _resume(self, connection: GatewayConnection, data: Any) -> None:
        if connection.session is not None:
            connection.close_after_flush(ALREADY_AUTHENTICATED, "Already authenticated.")
            return
        data = data if isinstance(data, dict) else {}
        if data.get("token") != self.sandbox.token:
            connection.close_after_flush(AUTHENTICATION_FAILED, "Authentication failed.")
            return
        session = self.sessions.get(str(data.get("session_id")))
        seq = data.get("seq")
        oldest = session.frames[0][0] if session is not None and session.frames else 1
        if (
            session is None
            or not session.valid
            or self.shards.get(session.shard_id) is not session
            or not isinstance(seq, int)
            or seq > session.seq
            or seq < oldest - 1
        ):
            connection.send_op(INVALID_SESSION, False)
            self.invalid_session_count += 1
            self._notify()
            return
        if session.connection is not None:
            session.connection.close_after_flush(UNKNOWN_ERROR, "superseded")
            session.connection.session = None
        session.connection = connection
        connection.session = session
        for number, text in list(session.frames):
            if number > seq:
                connection.send(text)
        self.dispatch("RESUMED", {"_trace": ['["sandbox-gateway",{"micros":0}]']}, session=session)
        self.resume_count += 1
        self._notify()
        log.debug("gateway session %s resumed after seq %s", session.id, seq)

    def _request_members(self, connection: GatewayConnection, data: Any) -> None:
        world = self.sandbox.world
        data = data if isinstance(data, dict) else {}
        try:
            guild = world.guilds[int(data.get("guild_id", 0))]
        except (KeyError, ValueError, TypeError):
            return
        wanted = data.get("user_ids")
        ids = (
            [int(u) for u in (wanted if isinstance(wanted, list) else [wanted])]
            if wanted is not None
            else list(guild.members)
        )
        query = str(data.get("query") or "").lower()
        members = [
            world.member_payload(world.users[uid], guild)
            for uid in ids
            if uid in guild.members and world.users[uid].username.lower().startswith(query)
        ]
        limit = data.get("limit")
        if isinstance(limit, int) and limit > 0:
            members = members[:limit]
        chunk: dict[str, Any] = {
            "guild_id": str(guild.id),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [str(u) for u in ids if u not in guild.members],
        }
        if data.get("presences"):
            chunk["presences"] = []
        if data.get("nonce") is not None:
            chunk["nonce"] = data["nonce"]
        self.dispatch("GUILD_MEMBERS_CHUNK", chunk, session=connection.session)


def _parse_shard(value: Any) -> tuple[int, int] | None:
    """``[shard_id, shard_count]`` with 0 <= shard_id < shard_count; None when malformed."""
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    shard_id, count = value
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (shard_id, count)):
        return None
    if count < 1 or not 0 <= shard_id < count:
        return None
    return (shard_id, count)


def shard_for(guild_id: int, shard_count: int) -> int:
    """Discord's rule: the shard receiving a guild's events."""
    return (guild_id >> 22) % shard_count


def _in_shard(guild_id: int, shard: tuple[int, int] | None) -> bool:
    if shard is None or shard[1] <= 1:
        return True
    return shard_for(guild_id, shard[1]) == shard[0]
