"""The :class:`Sandbox`: a Discord API v10 emulator on one loopback port (REST + gateway) that the
real discord.py client connects to, plus drivers that play the part of users.

Pointing a client at it::

    discord.http.Route.BASE = sandbox.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(sandbox.gateway_url)
    await client.start(sandbox.token)
"""

from __future__ import annotations

import asyncio
import base64
import logging
import re
import secrets
import socket
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from aiohttp import web

from discord_sandbox.gateway import DIRECT_MESSAGES, GUILD_MEMBERS, GUILD_MESSAGES, GUILDS, Gateway
from discord_sandbox.interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    MESSAGE_COMPONENT,
    InteractionResult,
    OptionBuilder,
    PendingInteraction,
    SandboxError,
    nest_options,
    walk_to_subcommand,
)
from discord_sandbox.messages import MessageStore, StoredMessage
from discord_sandbox.openapi import OpenAPIValidator
from discord_sandbox.rest import (
    ATTACHMENT_SIZE_LIMIT,
    Fault,
    RequestRecord,
    RestApi,
    Upload,
    Violation,
)
from discord_sandbox.world import (
    ADD_REACTIONS,
    ADMINISTRATOR,
    ATTACH_FILES,
    EMBED_LINKS,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    USE_APPLICATION_COMMANDS,
    USE_EXTERNAL_EMOJIS,
    VIEW_CHANNEL,
    SandboxChannel,
    SandboxGuild,
    SandboxUser,
    World,
)

log = logging.getLogger(__name__)

DEFAULT_OPENAPI_PATH = (
    Path(__file__).resolve().parents[1].parent / "shared/discord-api-spec/openapi.json"
)
DEFAULT_HEARTBEAT_INTERVAL = 41250
DEFAULT_CALLBACK_DEADLINE = 3.0
# Discord: "sharding is required for bots in 2,500 or more guilds" (per gateway connection)
DEFAULT_MAX_GUILDS_PER_SHARD = 2500
DM_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | ADD_REACTIONS
    | USE_EXTERNAL_EMOJIS
    | USE_APPLICATION_COMMANDS
)
SELECT_TYPES = frozenset({3, 5, 6, 7, 8})

_OPENAPI_CACHE: dict[Path, OpenAPIValidator | None] = {}

MessageRef = StoredMessage | InteractionResult | int | str | Any


class Sandbox:
    """A local Discord: gateway + REST on ``host:port``, one bot application, guilds, users."""

    def __init__(
        self,
        *,
        token: str | None = None,
        openapi_path: Path | str | None = DEFAULT_OPENAPI_PATH,
        heartbeat_interval: int = DEFAULT_HEARTBEAT_INTERVAL,
        callback_deadline: float = DEFAULT_CALLBACK_DEADLINE,
        guild_name: str = "Sandbox Guild",
        strict_openapi: bool = False,
        shard_count: int | None = None,
        max_guilds_per_shard: int = DEFAULT_MAX_GUILDS_PER_SHARD,
    ) -> None:
        """``shard_count``: what GET /gateway/bot recommends (default: enough shards for
        ``max_guilds_per_shard`` guilds each). A gateway session that would hold more than
        ``max_guilds_per_shard`` guilds is refused with 4011 (Sharding required)."""
        if shard_count is not None and shard_count < 1:
            raise ValueError("shard_count must be at least 1")
        if max_guilds_per_shard < 1:
            raise ValueError("max_guilds_per_shard must be at least 1")
        self.world = World(guild_name=guild_name, token=token)
        self.shard_count = shard_count
        self.max_guilds_per_shard = max_guilds_per_shard
        self.heartbeat_interval = heartbeat_interval
        self.callback_deadline = callback_deadline
        self.openapi_path: Path | None = Path(openapi_path) if openapi_path is not None else None
        self.openapi: OpenAPIValidator | None = None
        self.strict_openapi = strict_openapi
        self.messages = MessageStore()
        self.violations: list[Violation] = []
        self.requests: list[RequestRecord] = []
        self.uploads: dict[int, Upload] = {}  # attachment id -> the file the bot uploaded
        self.faults: list[Fault] = []
        self.global_commands: dict[int, dict[str, Any]] = {}
        self.guild_commands: dict[int, dict[int, dict[str, Any]]] = {}
        self.interactions: dict[int, PendingInteraction] = {}
        self._by_token: dict[str, PendingInteraction] = {}
        self.ready = asyncio.Event()
        self._commands_changed = asyncio.Event()
        self.gateway = Gateway(self)
        self.rest = RestApi(self)
        self._runner: web.AppRunner | None = None
        self._host = "127.0.0.1"
        self._port: int | None = None

    # ----------------------------------------------------------------- lifecycle

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> Sandbox:
        """Listen on ``host:port`` (0: any free port)."""
        if self._runner is not None:
            raise RuntimeError("sandbox already started")
        if self.openapi_path is not None:
            self.openapi = await _load_openapi(self.openapi_path)
        app = web.Application(client_max_size=32 * 1024 * 1024)
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_get("/gateway/", self.gateway.handle)
        app.router.add_route("*", r"/api/v{version:\d+}/{tail:.*}", self.rest.handle)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        site = web.SockSite(runner, sock)
        await site.start()
        self._runner = runner
        self._host = host
        self._port = int(sock.getsockname()[1])
        log.info("sandbox listening: %s (gateway %s)", self.api_base, self.gateway_url)
        return self

    async def stop(self) -> None:
        if self._runner is None:
            return
        await self.gateway.close_all()
        await self._runner.cleanup()
        self._runner = None

    async def __aenter__(self) -> Sandbox:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # ----------------------------------------------------------------- addresses & ids

    @property
    def _authority(self) -> str:
        if self._port is None:
            raise RuntimeError("sandbox not started")
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"{host}:{self._port}"

    @property
    def port(self) -> int | None:
        return self._port

    @property
    def api_base(self) -> str:
        return f"http://{self._authority}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self._authority}/gateway"

    @property
    def token(self) -> str:
        return self.world.token

    @property
    def application_id(self) -> int:
        return self.world.application_id

    @property
    def bot_user_id(self) -> int:
        return self.world.bot_user_id

    @property
    def guild_id(self) -> int:
        return self.world.guild_id

    @property
    def channel_id(self) -> int:
        return self.world.channel_id

    @property
    def user(self) -> SandboxUser:
        return self.world.user

    @property
    def other_user(self) -> SandboxUser:
        return self.world.other_user

    @property
    def owner(self) -> SandboxUser:
        return self.world.owner

    # ----------------------------------------------------------------- gateway control

    @property
    def recommended_shards(self) -> int:
        """GET /gateway/bot's ``shards``: as configured, else one per
        ``max_guilds_per_shard`` guilds the bot is in."""
        if self.shard_count is not None:
            return self.shard_count
        present = sum(1 for g in self.world.guilds.values() if g.present)
        return max(1, -(-present // self.max_guilds_per_shard))

    async def drop_gateway(self, code: int | None = 4000, *, shard_id: int | None = None) -> None:
        """Close the bot's gateway connection (of ``shard_id``; ``None``: the latest session's;
        ``code=None``: abruptly); it should RESUME."""
        await self.gateway.drop(code, shard_id=shard_id)

    def invalidate_session(self, *, notify: bool = True, shard_id: int | None = None) -> None:
        """Make the session (of ``shard_id``) unresumable; with ``notify`` send
        INVALID_SESSION now."""
        self.gateway.invalidate_session(notify=notify, shard_id=shard_id)

    def request_reconnect(self, *, shard_id: int | None = None) -> None:
        """Send RECONNECT (op 7) (on ``shard_id``'s session): the client resumes."""
        self.gateway.request_reconnect(shard_id=shard_id)

    async def wait_for_identify(self, count: int = 1, timeout: float = 10.0) -> int:  # noqa: ASYNC109 - the documented driver API
        """Until ``count`` IDENTIFYs have been answered with READY; returns the count."""
        await self.gateway.wait_until(
            lambda: self.gateway.identify_count >= count, timeout, f"IDENTIFY #{count}"
        )
        return self.gateway.identify_count

    async def wait_for_resume(self, count: int = 1, timeout: float = 10.0) -> int:  # noqa: ASYNC109 - the documented driver API
        """Until ``count`` RESUMEs have been answered with RESUMED; returns the count."""
        await self.gateway.wait_until(
            lambda: self.gateway.resume_count >= count, timeout, f"RESUME #{count}"
        )
        return self.gateway.resume_count

    def dispatch(self, event: str, data: Any) -> bool:
        """Send any gateway dispatch to the bot (numbered, kept for RESUME)."""
        return self.gateway.dispatch(event, data)

    def dispatch_message(self, event: str, message: StoredMessage) -> None:
        if message.ephemeral:
            return
        data = message.payload(self.world)
        if message.guild_id is not None:
            guild = self.world.guilds.get(message.guild_id)
            if guild is not None:
                data["member"] = self.world.member_payload(message.author, guild, with_user=False)
            self.gateway.dispatch(event, data, intent=GUILD_MESSAGES)
        else:
            self.gateway.dispatch(event, data, intent=DIRECT_MESSAGES)

    # ----------------------------------------------------------------- world changes

    def add_guild(self, name: str | None = None, *, shard: tuple[int, int] | None = None) -> int:
        """Add the bot to a new guild (GUILD_CREATE, to the guild's shard); returns its id.
        ``shard=(shard_id, shard_count)`` gives it an id that shard receives. Its default
        channel is ``sandbox.world.guilds[id].default_channel``."""
        guild = self.world.add_guild(name, shard=shard)
        self.gateway.dispatch(
            "GUILD_CREATE", self.world.guild_payload(guild, joined=True), guild_id=guild.id
        )
        return guild.id

    def remove_guild(self, guild_id: int) -> None:
        """The bot was removed from the guild (GUILD_DELETE without ``unavailable``)."""
        guild = self.world.get_guild(guild_id)
        if not guild.present:
            return
        guild.present = False
        self.gateway.dispatch("GUILD_DELETE", {"id": str(guild.id)}, guild_id=guild.id)

    def add_channel(self, name: str, *, guild_id: int | None = None) -> SandboxChannel:
        """A new text channel in the guild (default: the main one), announced by
        CHANNEL_CREATE."""
        guild = self.world.get_guild(guild_id or self.guild_id)
        channel = SandboxChannel(
            self.world.snowflakes.next(), guild.id, name, position=len(guild.text_channels)
        )
        guild.channels[channel.id] = channel
        self.world.channels[channel.id] = channel
        self.gateway.dispatch("CHANNEL_CREATE", channel.payload(), intent=GUILDS, guild_id=guild.id)
        return channel

    def delete_channel(self, channel_id: int) -> None:
        """A member deletes a channel (CHANNEL_DELETE): its routes answer 404 Unknown Channel."""
        channel = self.world.channels.pop(channel_id)
        if channel.guild_id is None:
            return
        self.world.guilds[channel.guild_id].channels.pop(channel_id, None)
        self.gateway.dispatch(
            "CHANNEL_DELETE", channel.payload(), intent=GUILDS, guild_id=channel.guild_id
        )

    def add_user(self, username: str, *, global_name: str | None = None) -> SandboxUser:
        """A new human member of every guild (GUILD_MEMBER_ADD when the bot asked for it)."""
        user = self.world.add_user(username, global_name=global_name)
        for guild in self.world.guilds.values():
            if guild.present:
                member = self.world.member_payload(user, guild)
                member["guild_id"] = str(guild.id)
                self.gateway.dispatch("GUILD_MEMBER_ADD", member, intent=GUILD_MEMBERS)
        return user

    def set_bot_permissions(
        self,
        permissions: int | None,
        *,
        channel_id: int | None = None,
        guild_id: int | None = None,
    ) -> None:
        """Override the bot's permissions in a channel (threads inherit from their parent) or a
        guild; ``None`` removes the override. Used for ``app_permissions`` and enforced on the
        channel routes (403 Missing Permissions)."""
        key = channel_id if channel_id is not None else (guild_id or self.guild_id)
        if permissions is None:
            self.world.bot_permission_overrides.pop(key, None)
        else:
            self.world.bot_permission_overrides[key] = permissions

    # ----------------------------------------------------------------- records

    def record_violation(
        self,
        kind: str,
        method: str,
        path: str,
        template: str | None,
        field: str,
        code: str,
        message: str,
    ) -> None:
        violation = Violation(kind, method, path, template, field, code, message)
        self.violations.append(violation)
        log.info("sandbox violation (%s) %s %s: %s %s %s", kind, method, path, field, code, message)

    def clear_records(self) -> None:
        """Forget recorded requests and violations (long benchmarks)."""
        self.requests.clear()
        self.violations.clear()

    def fail_next(
        self,
        method: str,
        path_regex: str,
        status: int,
        *,
        retry_after: float = 0.05,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` requests matching ``method`` ("*" for any) and
        ``path_regex`` (searched in the path after ``/api/v10``) with ``status``: 429 with
        Discord's rate-limit headers and body, 5xx with Discord's server-error body."""
        self.faults.append(
            Fault(method.upper(), re.compile(path_regex), status, retry_after, times)
        )

    def commands_changed(self) -> None:
        event, self._commands_changed = self._commands_changed, asyncio.Event()
        event.set()

    def registered_commands(self, guild_id: int | None = None) -> list[dict[str, Any]]:
        """The stored commands: global (``guild_id=None``) or of that guild."""
        if guild_id is None:
            return list(self.global_commands.values())
        return list(self.guild_commands.get(guild_id, {}).values())

    async def wait_for_command(
        self,
        name: str,
        *,
        guild_id: int | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109 - the documented driver API
    ) -> dict[str, Any]:
        """Until the bot registered a command called ``name`` (globally or in the guild)."""
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while True:
            scopes = [
                self.registered_commands(guild_id or self.guild_id),
                self.registered_commands(),
            ]
            for scope in scopes:
                for command in scope:
                    if command.get("name") == name:
                        return command
            remaining = end - loop.time()
            if remaining <= 0:
                raise SandboxError(f"the bot did not register /{name} within {timeout:g} s")
            try:
                await asyncio.wait_for(self._commands_changed.wait(), remaining)
            except TimeoutError:
                continue

    def interaction_by_token(self, token: str) -> PendingInteraction | None:
        return self._by_token.get(token)

    def get_message(self, message_id: int) -> StoredMessage | None:
        return self.messages.get(message_id)

    def channel_messages(
        self,
        channel_id: int | None = None,
        *,
        visible_to: SandboxUser | int | None = None,
        include_deleted: bool = False,
    ) -> list[StoredMessage]:
        """Messages of a channel or thread (default: the main channel), oldest first;
        ``visible_to`` keeps what that user sees (others' ephemerals are hidden)."""
        return self.messages.in_channel(
            channel_id if channel_id is not None else self.channel_id,
            visible_to=visible_to,
            include_deleted=include_deleted,
        )

    def channel(self, channel_id: int) -> SandboxChannel | None:
        return self.world.channels.get(channel_id)

    # ----------------------------------------------------------------- drivers

    async def command(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        user: SandboxUser | int | None = None,
        subcommand: str | None = None,
        locale: str = "en-US",
        member_permissions: int | None = None,
        app_permissions: int | None = None,
        guild: bool = True,
        guild_id: int | None = None,
        channel_id: int | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109 - the documented driver API
        wait: bool = True,
    ) -> InteractionResult:
        """A user runs ``/name`` (``subcommand``: "sub" or "group sub"). Resolves when the bot's
        first callback arrives (``wait=False``: at once; ``await result`` later)."""
        caller = self.world.resolve_user(user)
        where_guild, channel = self._context(caller, guild, guild_id, channel_id)
        command, in_guild = self._find_command(name, where_guild)
        member_perms = self._member_permissions(caller, where_guild, channel, member_permissions)
        self._check_available(command, where_guild, member_perms)
        path, definitions = walk_to_subcommand(command, subcommand)
        full_name = " ".join([name, *(p[0] for p in path)])
        builder = OptionBuilder(self.world, where_guild, full_name)
        leaf = builder.build(definitions, options or {})
        data = self._command_data(command, in_guild, where_guild, nest_options(path, leaf))
        if builder.resolved:
            data["resolved"] = builder.resolved
        pending = self._send(
            APPLICATION_COMMAND,
            data,
            caller,
            where_guild,
            channel,
            locale=locale,
            member_permissions=member_perms,
            app_permissions=app_permissions,
            command_name=full_name,
            command_type=int(command.get("type") or 1),
        )
        return await pending.result.wait(timeout) if wait else pending.result

    async def autocomplete(
        self,
        name: str,
        options: Mapping[str, Any] | None,
        focused: str,
        *,
        user: SandboxUser | int | None = None,
        subcommand: str | None = None,
        locale: str = "en-US",
        member_permissions: int | None = None,
        app_permissions: int | None = None,
        guild: bool = True,
        guild_id: int | None = None,
        channel_id: int | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109 - the documented driver API
        wait: bool = True,
    ) -> InteractionResult:
        """A user types in option ``focused`` of ``/name`` (its current text is
        ``options[focused]``, default ""); ``result.choices`` holds the bot's suggestions."""
        caller = self.world.resolve_user(user)
        where_guild, channel = self._context(caller, guild, guild_id, channel_id)
        command, in_guild = self._find_command(name, where_guild)
        member_perms = self._member_permissions(caller, where_guild, channel, member_permissions)
        self._check_available(command, where_guild, member_perms)
        path, definitions = walk_to_subcommand(command, subcommand)
        full_name = " ".join([name, *(p[0] for p in path)])
        builder = OptionBuilder(self.world, where_guild, full_name, partial=True)
        leaf = builder.build(definitions, dict(options or {}), focused=focused)
        data = self._command_data(command, in_guild, where_guild, nest_options(path, leaf))
        if builder.resolved:
            data["resolved"] = builder.resolved
        focused_type = next((int(d["type"]) for d in definitions if d.get("name") == focused), None)
        pending = self._send(
            AUTOCOMPLETE,
            data,
            caller,
            where_guild,
            channel,
            locale=locale,
            member_permissions=member_perms,
            app_permissions=app_permissions,
            command_name=full_name,
            command_type=int(command.get("type") or 1),
            focused_type=focused_type,
        )
        return await pending.result.wait(timeout) if wait else pending.result

    async def click(
        self,
        message: MessageRef,
        custom_id: str,
        *,
        user: SandboxUser | int | None = None,
        locale: str = "en-US",
        member_permissions: int | None = None,
        app_permissions: int | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109 - the documented driver API
        wait: bool = True,
    ) -> InteractionResult:
        """A user clicks the button ``custom_id`` on a message the bot sent. Refuses (as a
        user's client would) a missing, disabled or link button, or a message the user cannot
        see."""
        caller = self.world.resolve_user(user)
        stored = self._resolve_message(message, caller)
        component = self._component(stored, custom_id)
        if component.get("type") != 2:
            raise SandboxError(
                f"component {custom_id!r} is a type {component.get('type')} component, not a "
                "button: use select()"
            )
        if component.get("style") in (5, 6):
            raise SandboxError(f"button {custom_id!r} is a link/premium button: no interaction")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": 2}
        if "id" in component:
            data["id"] = component["id"]
        return await self._component_interaction(
            stored, data, caller, locale, member_permissions, app_permissions, timeout, wait
        )

    async def select(
        self,
        message: MessageRef,
        custom_id: str,
        values: list[str],
        *,
        user: SandboxUser | int | None = None,
        locale: str = "en-US",
        member_permissions: int | None = None,
        app_permissions: int | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109 - the documented driver API
        wait: bool = True,
    ) -> InteractionResult:
        """A user picks ``values`` in the string select ``custom_id`` of a bot message."""
        caller = self.world.resolve_user(user)
        stored = self._resolve_message(message, caller)
        component = self._component(stored, custom_id)
        if component.get("type") != 3:
            raise SandboxError(
                f"component {custom_id!r} is type {component.get('type')}: only string selects "
                "(type 3) are supported"
            )
        offered = [o.get("value") for o in component.get("options") or []]
        for value in values:
            if value not in offered:
                raise SandboxError(f"{value!r} is not an option of {custom_id!r} ({offered})")
        low = component.get("min_values", 1)
        high = component.get("max_values", 1)
        if (
            not (low if isinstance(low, int) else 1)
            <= len(values)
            <= (high if isinstance(high, int) else 1)
        ):
            raise SandboxError(f"{custom_id!r} takes between {low} and {high} values")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": 3, "values": values}
        return await self._component_interaction(
            stored, data, caller, locale, member_permissions, app_permissions, timeout, wait
        )

    # ----------------------------------------------------------------- driver internals

    async def _component_interaction(
        self,
        stored: StoredMessage,
        data: dict[str, Any],
        caller: SandboxUser,
        locale: str,
        member_permissions: int | None,
        app_permissions: int | None,
        timeout: float,  # noqa: ASYNC109 - the documented driver API
        wait: bool,
    ) -> InteractionResult:
        channel = self.world.channels.get(stored.channel_id)
        if channel is None:
            raise SandboxError(f"message {stored.id} is in an unknown channel")
        where_guild = self.world.guilds.get(stored.guild_id) if stored.guild_id else None
        if where_guild is not None and not where_guild.present:
            raise SandboxError(f"the bot is no longer in guild {where_guild.id}")
        member_perms = self._member_permissions(caller, where_guild, channel, member_permissions)
        pending = self._send(
            MESSAGE_COMPONENT,
            data,
            caller,
            where_guild,
            channel,
            locale=locale,
            member_permissions=member_perms,
            app_permissions=app_permissions,
            source_message=stored,
        )
        return await pending.result.wait(timeout) if wait else pending.result

    def _resolve_message(self, ref: MessageRef, caller: SandboxUser) -> StoredMessage:
        if isinstance(ref, InteractionResult):
            if ref.message is None:
                raise SandboxError(f"interaction {ref.id} produced no message to click on")
            stored: StoredMessage | None = ref.message
        elif isinstance(ref, StoredMessage):
            stored = ref
        else:
            ident = ref if isinstance(ref, int | str) else getattr(ref, "id", None)
            try:
                stored = self.messages.get(int(ident))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                stored = None
            if stored is None:
                raise SandboxError(f"no message {ident!r} in the sandbox")
        assert stored is not None
        if stored.deleted:
            raise SandboxError(f"message {stored.id} was deleted")
        if not stored.is_visible_to(caller):
            raise SandboxError(
                f"message {stored.id} is ephemeral for another user: {caller.username} "
                "cannot see it"
            )
        return stored

    @staticmethod
    def _component(stored: StoredMessage, custom_id: str) -> dict[str, Any]:
        component = stored.find_component(custom_id)
        if component is None:
            raise SandboxError(
                f"message {stored.id} has no component {custom_id!r} "
                f"(it has: {stored.custom_ids() or 'none'})"
            )
        if component.get("disabled"):
            raise SandboxError(f"component {custom_id!r} is disabled: a user cannot use it")
        return component

    def _context(
        self,
        caller: SandboxUser,
        guild: bool,
        guild_id: int | None,
        channel_id: int | None,
    ) -> tuple[SandboxGuild | None, SandboxChannel]:
        if self.gateway.session is None:
            raise SandboxError(
                "no bot has identified on the sandbox gateway yet "
                "(start the client, then await sandbox.wait_for_identify())"
            )
        world = self.world
        where: SandboxGuild | None
        if channel_id is not None:
            found = world.channels.get(channel_id)
            if found is None:
                raise SandboxError(f"no channel {channel_id} in the sandbox")
            channel = found
            where = world.guilds[channel.guild_id] if channel.guild_id is not None else None
            if guild_id is not None and (where is None or where.id != guild_id):
                raise SandboxError(f"channel {channel_id} is not in guild {guild_id}")
        elif guild_id is not None:
            where = world.get_guild(guild_id)
            channel = where.default_channel
        elif guild:
            where = world.guild
            channel = where.default_channel
        else:
            where = None
            channel = world.dm_channel(caller)
        if where is not None:
            if not where.present:
                raise SandboxError(f"the bot is not in guild {where.id} (it was removed)")
            if caller.id not in where.members:
                raise SandboxError(f"{caller.username} is not a member of guild {where.id}")
        return where, channel

    def _find_command(self, name: str, guild: SandboxGuild | None) -> tuple[dict[str, Any], bool]:
        if guild is not None:
            for command in self.guild_commands.get(guild.id, {}).values():
                if command.get("name") == name and command.get("type", 1) == 1:
                    return command, True
        for command in self.global_commands.values():
            if command.get("name") == name and command.get("type", 1) == 1:
                return command, False
        known = sorted(
            {str(c.get("name")) for c in self.global_commands.values()}
            | {
                str(c.get("name"))
                for c in (self.guild_commands.get(guild.id, {}) if guild else {}).values()
            }
        )
        where = f"guild {guild.id}" if guild else "DMs"
        raise SandboxError(
            f"/{name} is not registered for {where}: the bot never synced it "
            f"(registered: {known or 'nothing'})"
        )

    def _member_permissions(
        self,
        caller: SandboxUser,
        guild: SandboxGuild | None,
        channel: SandboxChannel,
        override: int | None,
    ) -> int:
        if override is not None:
            return override
        if guild is None:
            return DM_PERMISSIONS
        return self.world.permissions_for(caller, guild, channel)

    @staticmethod
    def _check_available(
        command: Mapping[str, Any], guild: SandboxGuild | None, member_perms: int
    ) -> None:
        name = command.get("name")
        contexts = command.get("contexts")
        context = 0 if guild is not None else 1
        if contexts is not None and context not in contexts:
            raise SandboxError(f"/{name} is not available in this context ({context})")
        if guild is None and command.get("dm_permission") is False:
            raise SandboxError(f"/{name} is not available in DMs")
        required = command.get("default_member_permissions")
        if guild is not None and required is not None and not member_perms & ADMINISTRATOR:
            needed = int(required)
            if needed == 0 or member_perms & needed != needed:
                raise SandboxError(
                    f"/{name} needs permissions {needed} (default_member_permissions); "
                    f"the caller has {member_perms}: Discord would not show it"
                )

    @staticmethod
    def _command_data(
        command: Mapping[str, Any],
        in_guild: bool,
        guild: SandboxGuild | None,
        options: list[dict[str, Any]],
    ) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": command["id"],
            "name": command["name"],
            "type": command.get("type") or 1,
        }
        if options:
            data["options"] = options
        if in_guild and guild is not None:
            data["guild_id"] = str(guild.id)
        return data

    def _send(
        self,
        kind: int,
        data: dict[str, Any],
        caller: SandboxUser,
        guild: SandboxGuild | None,
        channel: SandboxChannel,
        *,
        locale: str,
        member_permissions: int,
        app_permissions: int | None,
        command_name: str | None = None,
        command_type: int | None = None,
        focused_type: int | None = None,
        source_message: StoredMessage | None = None,
    ) -> PendingInteraction:
        world = self.world
        interaction_id = world.snowflakes.next()
        head = base64.urlsafe_b64encode(f"interaction:{interaction_id}".encode()).decode()
        token = f"{head.rstrip('=')}.{secrets.token_urlsafe(48)}"
        if app_permissions is None:
            app_permissions = (
                world.permissions_for(world.bot, guild, channel)
                if guild is not None
                else DM_PERMISSIONS
            )
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(world.application_id),
            "type": kind,
            "data": data,
            "channel_id": str(channel.id),
            "channel": channel.payload(permissions=member_permissions),
            "token": token,
            "version": 1,
            "app_permissions": str(app_permissions),
            "locale": locale,
            "entitlements": [],
            "authorizing_integration_owners": (
                {"0": str(guild.id)} if guild is not None else {"1": str(caller.id)}
            ),
            "context": 0 if guild is not None else 1,
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        }
        if guild is not None:
            payload["guild_id"] = str(guild.id)
            payload["guild"] = world.partial_guild_payload(guild)
            payload["guild_locale"] = "en-US"
            payload["member"] = world.member_payload(caller, guild, permissions=member_permissions)
        else:
            payload["user"] = caller.payload()
        if source_message is not None:
            payload["message"] = source_message.payload(world)
        pending = PendingInteraction(
            id=interaction_id,
            token=token,
            type=kind,
            payload=payload,
            user=caller,
            guild=guild,
            channel=channel,
            deadline=self.callback_deadline,
            command_name=command_name,
            command_type=command_type,
            focused_type=focused_type,
            source_message=source_message,
        )
        self.interactions[interaction_id] = pending
        self._by_token[token] = pending
        pending.created = time.monotonic()
        pending.dispatched = time.perf_counter()
        if not self.gateway.dispatch("INTERACTION_CREATE", payload):
            if self.gateway.session_for(guild.id if guild is not None else None) is None:
                raise SandboxError(
                    f"no gateway session holds the shard of guild {guild.id if guild else 'DMs'}"
                )
            raise SandboxError("the bot's gateway session is gone (invalidated, not re-identified)")
        return pending


async def _load_openapi(path: Path) -> OpenAPIValidator | None:
    """The spec validator for ``path``, loaded once per process (off the event loop)."""
    key = path
    if key not in _OPENAPI_CACHE:
        _OPENAPI_CACHE[key] = await asyncio.to_thread(OpenAPIValidator.load, key)
    return _OPENAPI_CACHE[key]
