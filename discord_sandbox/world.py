"""The sandbox's little world: one application and its bot user, guilds with a text channel each
(and any threads the bot starts), roles, a few human users, and snowflake generation.

Everything here builds plain JSON payloads shaped like discord.py's ``discord/types/*.py``
(and Discord's API reference) so the real client can parse them. No I/O.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import logging
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

DISCORD_EPOCH_MS = 1_420_070_400_000

# --------------------------------------------------------------------------- permissions

CREATE_INSTANT_INVITE = 1 << 0
KICK_MEMBERS = 1 << 1
BAN_MEMBERS = 1 << 2
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
STREAM = 1 << 9
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
SEND_TTS_MESSAGES = 1 << 12
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
CONNECT = 1 << 20
SPEAK = 1 << 21
CHANGE_NICKNAME = 1 << 26
USE_APPLICATION_COMMANDS = 1 << 31
MANAGE_THREADS = 1 << 34
CREATE_PUBLIC_THREADS = 1 << 35
CREATE_PRIVATE_THREADS = 1 << 36
USE_EXTERNAL_STICKERS = 1 << 37
SEND_MESSAGES_IN_THREADS = 1 << 38
MODERATE_MEMBERS = 1 << 40
SEND_VOICE_MESSAGES = 1 << 46
SEND_POLLS = 1 << 49
USE_EXTERNAL_APPS = 1 << 50
PIN_MESSAGES = 1 << 51
BYPASS_SLOWMODE = 1 << 52
ALL_PERMISSIONS = (1 << 53) - 1

# discord.Permissions.text(): every permission about text channels (no MANAGE_GUILD)
TEXT_PERMISSIONS = (
    ADD_REACTIONS
    | SEND_MESSAGES
    | SEND_TTS_MESSAGES
    | MANAGE_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | MENTION_EVERYONE
    | USE_EXTERNAL_EMOJIS
    | USE_APPLICATION_COMMANDS
    | MANAGE_THREADS
    | CREATE_PUBLIC_THREADS
    | CREATE_PRIVATE_THREADS
    | USE_EXTERNAL_STICKERS
    | SEND_MESSAGES_IN_THREADS
    | SEND_VOICE_MESSAGES
    | SEND_POLLS
    | USE_EXTERNAL_APPS
    | PIN_MESSAGES
    | BYPASS_SLOWMODE
)
EVERYONE_PERMISSIONS = (
    CREATE_INSTANT_INVITE
    | ADD_REACTIONS
    | STREAM
    | VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | USE_EXTERNAL_EMOJIS
    | CONNECT
    | SPEAK
    | CHANGE_NICKNAME
    | USE_APPLICATION_COMMANDS
    | USE_EXTERNAL_STICKERS
)
# the humans' "Member" role: with @everyone, every text permission (but not Manage Guild)
MEMBER_PERMISSIONS = VIEW_CHANNEL | TEXT_PERMISSIONS
# the bot's managed role: send messages, create public threads, send messages in threads
BOT_ROLE_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | ADD_REACTIONS
    | USE_EXTERNAL_EMOJIS
    | CREATE_PUBLIC_THREADS
    | SEND_MESSAGES_IN_THREADS
    | USE_APPLICATION_COMMANDS
)
MODERATOR_PERMISSIONS = (
    MANAGE_MESSAGES | MANAGE_GUILD | KICK_MEMBERS | BAN_MEMBERS | MODERATE_MEMBERS
)

# channel types
GUILD_TEXT = 0
DM = 1
ANNOUNCEMENT_THREAD = 10
PUBLIC_THREAD = 11
PRIVATE_THREAD = 12
THREAD_TYPES = frozenset({ANNOUNCEMENT_THREAD, PUBLIC_THREAD, PRIVATE_THREAD})

# --------------------------------------------------------------------------- snowflakes


class SnowflakeFactory:
    """Time-based, strictly increasing snowflakes (so discord.py's ``created_at`` is real)."""

    def __init__(self, worker: int = 1, process: int = 1) -> None:
        self._lock = threading.Lock()
        self._last = 0
        self._prefix = ((worker & 0x1F) << 17) | ((process & 0x1F) << 12)
        self._counter = itertools.count()

    def next(self) -> int:
        with self._lock:
            ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
            value = (ms << 22) | self._prefix | (next(self._counter) & 0xFFF)
            if value <= self._last:
                value = self._last + 1
            self._last = value
            return value

    def next_in_shard(self, shard_id: int, shard_count: int) -> int:
        """The next snowflake that, as a guild id, belongs to shard ``shard_id`` of
        ``shard_count`` (``(id >> 22) % shard_count``): its timestamp is moved forward by
        less than ``shard_count`` milliseconds."""
        if not 0 <= shard_id < shard_count:
            raise ValueError(f"no shard {shard_id} among {shard_count}")
        with self._lock:
            ms = max(int(time.time() * 1000) - DISCORD_EPOCH_MS, (self._last >> 22) + 1)
            ms += (shard_id - ms) % shard_count
            value = (ms << 22) | self._prefix | (next(self._counter) & 0xFFF)
            self._last = value
            return value


def snowflake_at(when: dt.datetime, increment: int = 0) -> int:
    ms = int(when.timestamp() * 1000) - DISCORD_EPOCH_MS
    return (ms << 22) | (1 << 17) | (1 << 12) | (increment & 0xFFF)


def iso(ts: dt.datetime | None = None) -> str:
    """Discord's timestamp format: ISO 8601 with microseconds and +00:00."""
    ts = ts or dt.datetime.now(dt.UTC)
    return ts.astimezone(dt.UTC).isoformat(timespec="microseconds")


# --------------------------------------------------------------------------- entities

_CREATED = dt.datetime(2024, 1, 10, 12, 0, tzinfo=dt.UTC)


@dataclass(slots=True)
class SandboxRole:
    id: int
    name: str
    permissions: int
    position: int
    managed: bool = False
    bot_id: int | None = None
    color: int = 0

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "name": self.name,
            "color": self.color,
            "colors": {
                "primary_color": self.color,
                "secondary_color": None,
                "tertiary_color": None,
            },
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": self.managed,
            "mentionable": False,
            "flags": 0,
        }
        if self.bot_id is not None:
            data["tags"] = {"bot_id": str(self.bot_id)}
        return data


@dataclass(slots=True)
class SandboxUser:
    """A user (a human caller, or the bot itself)."""

    id: int
    username: str
    global_name: str | None = None
    bot: bool = False
    locale: str = "en-US"

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0001" if self.bot else "0",
            "global_name": self.global_name,
            "avatar": None,
            "avatar_decoration_data": None,
            "banner": None,
            "accent_color": None,
            "public_flags": 0,
            "flags": 0,
        }
        if self.bot:
            data["bot"] = True
        return data


@dataclass(slots=True)
class SandboxChannel:
    """A guild text channel, a thread, or a DM channel."""

    id: int
    guild_id: int | None
    name: str
    type: int = GUILD_TEXT
    position: int = 0
    topic: str | None = None
    parent_id: int | None = None
    owner_id: int | None = None
    rate_limit_per_user: int = 0
    auto_archive_duration: int = 1440
    archived: bool = False
    locked: bool = False
    invitable: bool = True
    created_at: str = field(default_factory=iso)
    last_message_id: int | None = None
    message_count: int = 0
    total_message_sent: int = 0
    member_ids: list[int] = field(default_factory=list)
    recipient: SandboxUser | None = None

    @property
    def is_thread(self) -> bool:
        return self.type in THREAD_TYPES

    def thread_member_payload(self, user_id: int) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "user_id": str(user_id),
            "join_timestamp": self.created_at,
            "flags": 0,
        }

    def payload(
        self, *, permissions: int | None = None, member_id: int | None = None
    ) -> dict[str, Any]:
        """The channel object; ``member_id`` adds the thread-member object of that user."""
        if self.type == DM:
            return {
                "id": str(self.id),
                "type": DM,
                "last_message_id": _opt(self.last_message_id),
                "flags": 0,
                "recipients": [self.recipient.payload()] if self.recipient else [],
            }
        data: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "parent_id": _opt(self.parent_id),
            "last_message_id": _opt(self.last_message_id),
            "rate_limit_per_user": self.rate_limit_per_user,
            "flags": 0,
        }
        if self.is_thread:
            metadata: dict[str, Any] = {
                "archived": self.archived,
                "auto_archive_duration": self.auto_archive_duration,
                "archive_timestamp": self.created_at,
                "locked": self.locked,
                "create_timestamp": self.created_at,
            }
            if self.type == PRIVATE_THREAD:
                metadata["invitable"] = self.invitable
            data.update(
                {
                    "owner_id": str(self.owner_id),
                    "member_count": min(len(self.member_ids), 50),
                    "message_count": self.message_count,
                    "total_message_sent": self.total_message_sent,
                    "thread_metadata": metadata,
                    "applied_tags": [],
                }
            )
            if member_id is not None and member_id in self.member_ids:
                data["member"] = self.thread_member_payload(member_id)
        else:
            data.update(
                {
                    "position": self.position,
                    "permission_overwrites": [],
                    "nsfw": False,
                    "topic": self.topic,
                }
            )
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data


def _opt(value: int | None) -> str | None:
    return None if value is None else str(value)


@dataclass(slots=True)
class SandboxGuild:
    """A guild the bot is in (``present``) or was removed from."""

    id: int
    name: str
    owner_id: int
    roles: dict[int, SandboxRole]
    channels: dict[int, SandboxChannel]
    members: dict[int, tuple[int, ...]]  # user id -> role ids (besides @everyone)
    bot_role_id: int
    joined_at: str = field(default_factory=lambda: iso(_CREATED))
    present: bool = True

    @property
    def everyone_role(self) -> SandboxRole:
        return self.roles[self.id]

    @property
    def text_channels(self) -> list[SandboxChannel]:
        return [c for c in self.channels.values() if c.type == GUILD_TEXT]

    @property
    def threads(self) -> list[SandboxChannel]:
        return [c for c in self.channels.values() if c.is_thread]

    @property
    def default_channel(self) -> SandboxChannel:
        return self.text_channels[0]


class World:
    """The application, the bot, its guilds with their channels, roles and users."""

    def __init__(self, *, guild_name: str = "Sandbox Guild", token: str | None = None) -> None:
        base = _CREATED
        self.snowflakes = SnowflakeFactory()
        self.application_id = snowflake_at(base, 1)
        self.bot_user_id = self.application_id  # like modern Discord apps: bot id == app id
        self.verify_key = secrets.token_hex(32)
        self.token = token or self._make_token(self.bot_user_id)

        self.bot = SandboxUser(self.bot_user_id, "Sandbox Bot", None, bot=True)
        self.owner = SandboxUser(snowflake_at(base, 6), "sandbox_owner", "Sandbox Owner")
        self.user = SandboxUser(snowflake_at(base, 7), "rouge_fan", "Rouge Fan")
        self.other_user = SandboxUser(snowflake_at(base, 8), "naomi_fan", "Naomi Fan")
        self.users: dict[int, SandboxUser] = {
            u.id: u for u in (self.bot, self.owner, self.user, self.other_user)
        }
        self._next_user = 9
        self.guilds: dict[int, SandboxGuild] = {}
        self.channels: dict[int, SandboxChannel] = {}
        self._dm_channels: dict[int, SandboxChannel] = {}
        # bot permission overrides, keyed by channel id or guild id (set_bot_permissions)
        self.bot_permission_overrides: dict[int, int] = {}

        guild_id = snowflake_at(base, 2)
        guild = self._build_guild(
            guild_id,
            guild_name,
            channel_id=snowflake_at(base, 3),
            bot_role_id=snowflake_at(base, 4),
            moderator_role_id=snowflake_at(base, 5),
            member_role_id=snowflake_at(base, 10),
        )
        self.guild_id = guild.id
        self.channel_id = guild.default_channel.id
        self.moderator_role = guild.roles[snowflake_at(base, 5)]
        self.member_role = guild.roles[snowflake_at(base, 10)]
        self.bot_role = guild.roles[guild.bot_role_id]
        self.everyone_role = guild.everyone_role
        self._next_user = 11

    @staticmethod
    def _make_token(user_id: int) -> str:
        head = base64.urlsafe_b64encode(str(user_id).encode()).decode().rstrip("=")
        return f"{head}.SBX{secrets.token_urlsafe(4)}.{secrets.token_urlsafe(27)}"

    # ----------------------------------------------------------------- guilds

    def _build_guild(
        self,
        guild_id: int,
        name: str,
        *,
        channel_id: int,
        bot_role_id: int,
        moderator_role_id: int,
        member_role_id: int,
    ) -> SandboxGuild:
        roles = {
            guild_id: SandboxRole(guild_id, "@everyone", EVERYONE_PERMISSIONS, 0),
            member_role_id: SandboxRole(member_role_id, "Member", MEMBER_PERMISSIONS, 1),
            bot_role_id: SandboxRole(
                bot_role_id,
                "Sandbox Bot",
                BOT_ROLE_PERMISSIONS,
                2,
                managed=True,
                bot_id=self.bot_user_id,
            ),
            moderator_role_id: SandboxRole(
                moderator_role_id, "Moderator", MODERATOR_PERMISSIONS, 3, color=0x3498DB
            ),
        }
        channel = SandboxChannel(
            channel_id,
            guild_id,
            "general",
            topic="Where the sandbox talks.",
            created_at=iso(_CREATED),
        )
        members: dict[int, tuple[int, ...]] = {}
        for user in self.users.values():
            if user.bot:
                members[user.id] = (bot_role_id,)
            elif user.id == self.owner.id:
                members[user.id] = ()
            else:
                members[user.id] = (member_role_id,)
        guild = SandboxGuild(
            guild_id,
            name,
            self.owner.id,
            roles,
            {channel.id: channel},
            members,
            bot_role_id,
        )
        self.guilds[guild.id] = guild
        self.channels[channel.id] = channel
        return guild

    def add_guild(
        self, name: str | None = None, *, shard: tuple[int, int] | None = None
    ) -> SandboxGuild:
        """A new guild with a #general text channel and every known user as a member;
        ``shard=(shard_id, shard_count)`` picks an id that shard receives."""
        number = len(self.guilds) + 1
        first = self.snowflakes.next_in_shard(*shard) if shard else self.snowflakes.next()
        ids = [first, *(self.snowflakes.next() for _ in range(4))]
        guild = self._build_guild(
            ids[0],
            name or f"Sandbox Guild {number}",
            channel_id=ids[1],
            bot_role_id=ids[2],
            moderator_role_id=ids[3],
            member_role_id=ids[4],
        )
        guild.joined_at = iso()
        return guild

    def get_guild(self, guild_id: int) -> SandboxGuild:
        try:
            return self.guilds[guild_id]
        except KeyError:
            raise ValueError(f"unknown sandbox guild id {guild_id}") from None

    @property
    def guild(self) -> SandboxGuild:
        return self.guilds[self.guild_id]

    # ----------------------------------------------------------------- channels

    def add_thread(
        self,
        parent: SandboxChannel,
        name: str,
        *,
        type: int = PUBLIC_THREAD,
        owner_id: int,
        auto_archive_duration: int = 1440,
        rate_limit_per_user: int = 0,
        invitable: bool = True,
        thread_id: int | None = None,
    ) -> SandboxChannel:
        thread = SandboxChannel(
            thread_id if thread_id is not None else self.snowflakes.next(),
            parent.guild_id,
            name,
            type=type,
            parent_id=parent.id,
            owner_id=owner_id,
            rate_limit_per_user=rate_limit_per_user,
            auto_archive_duration=auto_archive_duration,
            invitable=invitable,
            member_ids=[owner_id],
        )
        assert parent.guild_id is not None
        self.guilds[parent.guild_id].channels[thread.id] = thread
        self.channels[thread.id] = thread
        return thread

    def dm_channel(self, user: SandboxUser) -> SandboxChannel:
        channel = self._dm_channels.get(user.id)
        if channel is None:
            channel = SandboxChannel(self.snowflakes.next(), None, "", type=DM, recipient=user)
            self._dm_channels[user.id] = channel
            self.channels[channel.id] = channel
        return channel

    # ----------------------------------------------------------------- users

    def add_user(
        self,
        username: str,
        *,
        global_name: str | None = None,
        role_ids: tuple[int, ...] | None = None,
    ) -> SandboxUser:
        """A new human member of every guild (``role_ids`` in the first guild; default: the
        Member role, i.e. every text permission)."""
        guild = self.guild
        for rid in role_ids or ():
            if rid not in guild.roles:
                raise ValueError(f"unknown role id {rid}")
        user = SandboxUser(snowflake_at(_CREATED, self._next_user), username, global_name)
        self._next_user += 1
        self.users[user.id] = user
        for other in self.guilds.values():
            member_role = next(r.id for r in other.roles.values() if r.name == "Member")
            other.members[user.id] = (member_role,)
        if role_ids is not None:
            guild.members[user.id] = tuple(role_ids)
        return user

    def resolve_user(self, user: SandboxUser | int | None) -> SandboxUser:
        if user is None:
            return self.user
        if isinstance(user, SandboxUser):
            return user
        try:
            return self.users[int(user)]
        except KeyError:
            raise ValueError(f"unknown sandbox user id {user}") from None

    def permissions_for(
        self, user: SandboxUser, guild: SandboxGuild, channel: SandboxChannel | None = None
    ) -> int:
        """The user's permissions in the guild (and channel: bot overrides apply)."""
        if user.id == self.bot_user_id:
            for key in (
                channel.id if channel else None,
                channel.parent_id if channel else None,
                guild.id,
            ):
                if key is not None and key in self.bot_permission_overrides:
                    return self.bot_permission_overrides[key]
        if user.id == guild.owner_id:
            return ALL_PERMISSIONS
        perms = guild.everyone_role.permissions
        for rid in guild.members.get(user.id, ()):
            role = guild.roles.get(rid)
            if role is not None:
                perms |= role.permissions
        if perms & ADMINISTRATOR:
            return ALL_PERMISSIONS
        return perms

    # ----------------------------------------------------------------- payloads

    def user_payload(self) -> dict[str, Any]:
        """GET /users/@me for the bot."""
        data = self.bot.payload()
        data.update(
            {
                "bot": True,
                "verified": True,
                "mfa_enabled": False,
                "email": None,
                "locale": "en-US",
                "premium_type": 0,
            }
        )
        return data

    def application_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.application_id),
            "name": "Sandbox Bot",
            "icon": None,
            "description": "A Discord API emulator's application.",
            "summary": "",
            "type": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": self.verify_key,
            "flags": 1 << 23,  # APPLICATION_COMMAND_BADGE
            "owner": self.owner.payload(),
            "team": None,
            "bot": self.bot.payload(),
            "interactions_endpoint_url": None,
            "rpc_origins": [],
            "redirect_uris": [],
            "tags": [],
            "hook": True,
            "approximate_guild_count": sum(1 for g in self.guilds.values() if g.present),
            "integration_types_config": {"0": {}},
        }

    def member_payload(
        self,
        user: SandboxUser,
        guild: SandboxGuild,
        *,
        permissions: int | None = None,
        with_user: bool = True,
    ) -> dict[str, Any]:
        data: dict[str, Any] = {
            "roles": [str(r) for r in guild.members.get(user.id, ())],
            "nick": None,
            "avatar": None,
            "banner": None,
            "joined_at": guild.joined_at if user.bot else iso(_CREATED),
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "pending": False,
            "flags": 0,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = user.payload()
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data

    def guild_payload(self, guild: SandboxGuild, *, joined: bool = False) -> dict[str, Any]:
        """The GUILD_CREATE payload (discord/types/guild.py Guild + gateway extras).

        After READY, each guild "becomes available" (``unavailable: false``); when the bot is
        added to a guild (``joined``) the field is absent, which clients read as a join."""
        members = [self.member_payload(self.users[uid], guild) for uid in guild.members]
        data: dict[str, Any] = {
            "id": str(guild.id),
            "name": guild.name,
            "icon": None,
            "icon_hash": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": str(guild.owner_id),
            "region": "deprecated",
            "afk_channel_id": None,
            "afk_timeout": 300,
            "widget_enabled": False,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "roles": [r.payload() for r in guild.roles.values()],
            "emojis": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": str(guild.default_channel.id),
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "max_members": 500000,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": None,
            "max_video_channel_users": 25,
            "max_stage_video_channel_users": 50,
            "nsfw_level": 0,
            "stickers": [],
            "premium_progress_bar_enabled": False,
            "safety_alerts_channel_id": None,
            "incidents_data": None,
            # gateway-only extras
            "joined_at": guild.joined_at,
            "large": False,
            "unavailable": False,
            "member_count": len(members),
            "voice_states": [],
            "members": members,
            "channels": [c.payload() for c in guild.text_channels],
            "threads": [
                t.payload(member_id=self.bot_user_id) for t in guild.threads if not t.archived
            ],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "lazy": True,
        }
        if joined:
            del data["unavailable"]
        return data

    def partial_guild_payload(self, guild: SandboxGuild, locale: str = "en-US") -> dict[str, Any]:
        return {"id": str(guild.id), "locale": locale, "features": []}
