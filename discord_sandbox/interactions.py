"""Interactions the sandbox sends to the bot, and what came back.

An :class:`InteractionResult` is what a driver (``Sandbox.command``/``autocomplete``/``click``/
``select``) returns: it resolves when the bot's first callback arrives, then follows the
interaction's life (edits of the original response, follow-ups) for deferred answers.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from discord_sandbox.messages import StoredMessage
from discord_sandbox.world import (
    SandboxChannel,
    SandboxGuild,
    SandboxRole,
    SandboxUser,
    World,
)

if TYPE_CHECKING:
    from collections.abc import Generator

log = logging.getLogger(__name__)

TOKEN_LIFETIME = 15 * 60.0  # interaction tokens (and follow-ups) last 15 minutes

# interaction types
PING = 1
APPLICATION_COMMAND = 2
MESSAGE_COMPONENT = 3
AUTOCOMPLETE = 4
MODAL_SUBMIT = 5

# option types
SUB_COMMAND = 1
SUB_COMMAND_GROUP = 2
STRING = 3
INTEGER = 4
BOOLEAN = 5
USER = 6
CHANNEL = 7
ROLE = 8
MENTIONABLE = 9
NUMBER = 10
ATTACHMENT = 11
SAFE_INTEGER = 2**53


class SandboxError(Exception):
    """A driver was asked for something a real user could not do (or the bot is not there)."""


class SandboxTimeout(SandboxError, TimeoutError):
    """The bot did not answer in time."""


@dataclass(frozen=True, slots=True)
class Rejection:
    """A callback the sandbox refused, as Discord would have."""

    status: int
    body: dict[str, Any]

    @property
    def code(self) -> int | None:
        code = self.body.get("code")
        return code if isinstance(code, int) else None


@dataclass(eq=False)
class PendingInteraction:
    """The sandbox's record of one interaction it sent."""

    id: int
    token: str
    type: int
    payload: dict[str, Any]
    user: SandboxUser
    guild: SandboxGuild | None
    channel: SandboxChannel
    deadline: float  # seconds allowed for the first callback
    command_name: str | None = None
    command_type: int | None = None
    focused_type: int | None = None
    source_message: StoredMessage | None = None
    created: float = field(default_factory=time.monotonic)
    dispatched: float = field(default_factory=time.perf_counter)
    acknowledged: bool = False
    callback_type: int | None = None
    original: StoredMessage | None = None
    result: InteractionResult = field(init=False)

    def __post_init__(self) -> None:
        self.result = InteractionResult(self)

    def expired(self, now: float | None = None) -> bool:
        return (now if now is not None else time.monotonic()) - self.created > TOKEN_LIFETIME

    def late(self, now: float | None = None) -> bool:
        elapsed = (now if now is not None else time.perf_counter()) - self.dispatched
        return elapsed > self.deadline

    def messages(self) -> list[StoredMessage]:
        out = [self.original] if self.original is not None else []
        out += [m for m in self.result.followups if m is not self.original]
        return out


class InteractionResult:
    """What the bot did with one interaction; live (reflects later edits and follow-ups)."""

    def __init__(self, pending: PendingInteraction) -> None:
        self._pending = pending
        self.id: int = pending.id
        self.token: str = pending.token
        self.type: int = pending.type
        self.payload: dict[str, Any] = pending.payload
        self.user: SandboxUser = pending.user
        self.latency: float | None = None
        self.status: int | None = None  # HTTP status of the first callback attempt
        self.callback_type: int | None = None
        self.data: dict[str, Any] | None = None
        self.message: StoredMessage | None = None
        self.choices: list[dict[str, Any]] | None = None
        self.followups: list[StoredMessage] = []
        self.rejections: list[Rejection] = []
        self._first = asyncio.Event()
        self._changed = asyncio.Event()
        self._version = 0
        self._seen = 0
        self._first_version = 0  # the version right after the first callback

    def __repr__(self) -> str:
        return (
            f"<InteractionResult id={self.id} type={self.type} callback={self.callback_type} "
            f"status={self.status} latency={self.latency}>"
        )

    # ----------------------------------------------------------------- reading

    @property
    def ok(self) -> bool:
        """Whether the bot's callback was accepted."""
        return self.callback_type is not None

    @property
    def error(self) -> dict[str, Any] | None:
        """The body of the last refused callback, if any (``{"message", "code", ...}``)."""
        return self.rejections[-1].body if self.rejections else None

    @property
    def ephemeral(self) -> bool:
        return self.message is not None and self.message.ephemeral

    @property
    def content(self) -> str | None:
        return None if self.message is None else self.message.content

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return [] if self.message is None else self.message.embeds

    @property
    def responded(self) -> bool:
        """Whether any callback (accepted or refused) arrived."""
        return self._first.is_set()

    @property
    def deadline_at(self) -> float:
        """``time.perf_counter()`` value after which a first callback is refused (10062)."""
        return self._pending.dispatched + self._pending.deadline

    # ----------------------------------------------------------------- waiting

    async def wait(self, timeout: float = 10.0) -> InteractionResult:  # noqa: ASYNC109 - the documented driver API
        """Until the first callback arrives (accepted or refused)."""
        try:
            await asyncio.wait_for(self._first.wait(), timeout)
        except TimeoutError:
            raise SandboxTimeout(
                f"the bot did not answer interaction {self.id} ({self._describe()}) "
                f"within {timeout:g} s"
            ) from None
        # later edits (a deferred answer) stay unseen, for wait_for_update
        self._seen = max(self._seen, self._first_version)
        return self

    def __await__(self) -> Generator[Any, None, InteractionResult]:
        return self.wait().__await__()

    async def wait_for_update(self, timeout: float = 5.0) -> InteractionResult:  # noqa: ASYNC109 - the documented driver API
        """Until the next change after the last one seen: the callback, an edit of a message of
        this interaction, a follow-up, a deletion. Changes are never missed: one that happened
        since the previous wait returns at once."""
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while self._version <= self._seen:
            remaining = end - loop.time()
            if remaining <= 0:
                raise SandboxTimeout(
                    f"no update to interaction {self.id} ({self._describe()}) within {timeout:g} s"
                )
            event = self._changed
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                continue
        self._seen = self._version
        return self

    async def wait_for_deadline(self) -> None:
        """Until the callback deadline has passed (so the next first callback is late): a
        sleep computed from the known deadline, not a guess."""
        remaining = self.deadline_at - time.perf_counter()
        await asyncio.sleep(max(remaining, 0.0) + 0.005)

    # ----------------------------------------------------------------- updates

    def _describe(self) -> str:
        pending = self._pending
        if pending.command_name:
            return f"/{pending.command_name}"
        custom_id = (pending.payload.get("data") or {}).get("custom_id")
        return f"component {custom_id!r}" if custom_id else f"type {pending.type}"

    def _bump(self) -> None:
        self._version += 1
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    def _callback_arrived(self, status: int, at: float) -> None:
        if self.latency is None:
            self.latency = max(at - self._pending.dispatched, 0.0)
        if self.status is None:
            self.status = status

    def _reject(self, status: int, body: dict[str, Any], *, at: float) -> None:
        self._callback_arrived(status, at)
        self.rejections.append(Rejection(status, body))
        self._bump()
        self._first_arrived()

    def _accept(
        self,
        callback_type: int,
        data: dict[str, Any] | None,
        message: StoredMessage | None,
        *,
        at: float,
    ) -> None:
        self._callback_arrived(200, at)
        self.callback_type = callback_type
        self.data = data
        if message is not None:
            self._track(message)
            self.message = message
        if callback_type == 8 and data is not None:
            self.choices = list(data.get("choices") or [])
        self._bump()
        self._first_arrived()

    def _first_arrived(self) -> None:
        if not self._first.is_set():
            self._first_version = self._version
            self._first.set()

    def _add_followup(self, message: StoredMessage) -> None:
        self._track(message)
        if message not in self.followups:
            self.followups.append(message)
        self._bump()

    def _track(self, message: StoredMessage) -> None:
        message.watch(self._bump)


# --------------------------------------------------------------------------- payload building


def walk_to_subcommand(
    command: Mapping[str, Any], subcommand: str | None
) -> tuple[list[tuple[str, int]], list[dict[str, Any]]]:
    """The (name, type) path to ``subcommand`` ("group sub" or "sub") and its option
    definitions. Raises :class:`SandboxError` when the command has no such subcommand, or
    needs one and none was given."""
    options: list[dict[str, Any]] = list(command.get("options") or [])
    path: list[tuple[str, int]] = []
    names = subcommand.split() if subcommand else []
    for name in names:
        match = next(
            (
                o
                for o in options
                if o.get("name") == name and o.get("type") in (SUB_COMMAND, SUB_COMMAND_GROUP)
            ),
            None,
        )
        if match is None:
            subs = [o.get("name") for o in options if o.get("type") in (1, 2)]
            raise SandboxError(
                f"/{command.get('name')} has no subcommand {name!r} at this level "
                f"(it has: {subs or 'none'})"
            )
        path.append((name, int(match["type"])))
        options = list(match.get("options") or [])
    if any(o.get("type") in (SUB_COMMAND, SUB_COMMAND_GROUP) for o in options):
        subs = [o.get("name") for o in options]
        raise SandboxError(
            f"/{command.get('name')} {subcommand or ''} needs a subcommand "
            f"(subcommand= one of {subs})".replace("  ", " ")
        )
    return path, options


def nest_options(path: list[tuple[str, int]], leaf: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Wrap value options in their subcommand (group) options, as Discord sends them."""
    options = leaf
    for name, kind in reversed(path):
        options = [{"name": name, "type": kind, "options": options}]
    return options


class OptionBuilder:
    """Turns ``{"name": value}`` into Discord's interaction options and ``resolved`` data,
    refusing what a user's client would not allow (unknown options, missing required ones,
    wrong types, values outside choices or bounds)."""

    def __init__(
        self,
        world: World,
        guild: SandboxGuild | None,
        command_name: str,
        *,
        partial: bool = False,
    ) -> None:
        self.world = world
        self.guild = guild
        self.command_name = command_name
        self.partial = partial  # autocomplete: options may be missing or unfinished
        self.resolved: dict[str, dict[str, Any]] = {}

    def build(
        self,
        definitions: list[dict[str, Any]],
        values: Mapping[str, Any],
        *,
        focused: str | None = None,
    ) -> list[dict[str, Any]]:
        by_name = {str(d.get("name")): d for d in definitions}
        for name in values:
            if name not in by_name:
                raise SandboxError(
                    f"/{self.command_name} has no option {name!r} (it has: {sorted(by_name)})"
                )
        if focused is not None and focused not in by_name:
            raise SandboxError(f"/{self.command_name} has no option {focused!r} to focus")
        out: list[dict[str, Any]] = []
        for definition in definitions:
            name = str(definition.get("name"))
            if name == focused:
                if not definition.get("autocomplete"):
                    raise SandboxError(
                        f"/{self.command_name} option {name!r} has no autocomplete: "
                        "Discord would not ask the bot"
                    )
                out.append(
                    {
                        "name": name,
                        "type": definition.get("type"),
                        "value": values.get(name, ""),
                        "focused": True,
                    }
                )
                continue
            if name not in values:
                if definition.get("required") and not self.partial:
                    raise SandboxError(
                        f"/{self.command_name} needs option {name!r}: a user cannot send it without"
                    )
                continue
            value = self.convert(definition, values[name])
            out.append({"name": name, "type": definition.get("type"), "value": value})
        return out

    def convert(self, definition: Mapping[str, Any], value: Any) -> Any:
        kind = definition.get("type")
        name = definition.get("name")
        where = f"/{self.command_name} option {name!r}"
        if kind == STRING:
            if not isinstance(value, str):
                raise SandboxError(f"{where} takes a string, not {value!r}")
            self._check_length(definition, value, where)
        elif kind == INTEGER:
            if isinstance(value, bool) or not isinstance(value, int):
                raise SandboxError(f"{where} takes an integer, not {value!r}")
            if not -SAFE_INTEGER <= value <= SAFE_INTEGER:
                raise SandboxError(f"{where}: {value} is out of Discord's integer range")
            self._check_range(definition, value, where)
        elif kind == NUMBER:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise SandboxError(f"{where} takes a number, not {value!r}")
            self._check_range(definition, value, where)
        elif kind == BOOLEAN:
            if not isinstance(value, bool):
                raise SandboxError(f"{where} takes a boolean, not {value!r}")
        elif kind == USER:
            return self._user(value, where)
        elif kind == CHANNEL:
            return self._channel(definition, value, where)
        elif kind == ROLE:
            return self._role(value, where)
        elif kind == MENTIONABLE:
            if isinstance(value, SandboxRole) or (
                self.guild is not None and _as_id(value) in self.guild.roles
            ):
                return self._role(value, where)
            return self._user(value, where)
        else:
            raise SandboxError(f"{where}: option type {kind} is not supported by the sandbox")
        choices = definition.get("choices")
        if choices and not self.partial:
            allowed = [c.get("value") for c in choices]
            if value not in allowed:
                raise SandboxError(f"{where}: {value!r} is not one of its choices {allowed}")
        return value

    @staticmethod
    def _check_length(definition: Mapping[str, Any], value: str, where: str) -> None:
        low = definition.get("min_length")
        high = definition.get("max_length")
        if isinstance(low, int) and len(value) < low:
            raise SandboxError(f"{where} needs at least {low} characters")
        if isinstance(high, int) and len(value) > high:
            raise SandboxError(f"{where} takes at most {high} characters")

    @staticmethod
    def _check_range(definition: Mapping[str, Any], value: float, where: str) -> None:
        low = definition.get("min_value")
        high = definition.get("max_value")
        if isinstance(low, int | float) and value < low:
            raise SandboxError(f"{where}: {value} is below its minimum {low}")
        if isinstance(high, int | float) and value > high:
            raise SandboxError(f"{where}: {value} is above its maximum {high}")

    def _user(self, value: Any, where: str) -> str:
        uid = _as_id(value)
        user = self.world.users.get(uid) if uid is not None else None
        if user is None:
            raise SandboxError(f"{where}: {value!r} is not a sandbox user")
        self.resolved.setdefault("users", {})[str(user.id)] = user.payload()
        if self.guild is not None and user.id in self.guild.members:
            member = self.world.member_payload(
                user,
                self.guild,
                permissions=self.world.permissions_for(user, self.guild),
                with_user=False,
            )
            self.resolved.setdefault("members", {})[str(user.id)] = member
        return str(user.id)

    def _role(self, value: Any, where: str) -> str:
        rid = _as_id(value)
        role = self.guild.roles.get(rid) if self.guild is not None and rid is not None else None
        if role is None:
            raise SandboxError(f"{where}: {value!r} is not a role of this guild")
        self.resolved.setdefault("roles", {})[str(role.id)] = role.payload()
        return str(role.id)

    def _channel(self, definition: Mapping[str, Any], value: Any, where: str) -> str:
        cid = _as_id(value)
        channel = self.world.channels.get(cid) if cid is not None else None
        if channel is None or (self.guild is not None and channel.guild_id != self.guild.id):
            raise SandboxError(f"{where}: {value!r} is not a channel of this guild")
        types = definition.get("channel_types")
        if types and channel.type not in types:
            raise SandboxError(f"{where} only takes channels of types {types}")
        data = channel.payload()
        if self.guild is not None:
            data["permissions"] = str(
                self.world.permissions_for(self.world.user, self.guild, channel)
            )
        self.resolved.setdefault("channels", {})[str(channel.id)] = data
        return str(channel.id)


def _as_id(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    ident = getattr(value, "id", None)
    return ident if isinstance(ident, int) else None
