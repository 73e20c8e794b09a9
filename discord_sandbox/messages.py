"""Messages the sandbox holds: every message the bot created, in its current state (after edits),
with who can see it. A :class:`StoredMessage` renders the message object discord.py parses.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from discord_sandbox.world import SandboxUser, World, iso

log = logging.getLogger(__name__)

EPHEMERAL = 1 << 6
LOADING = 1 << 7
SUPPRESS_EMBEDS = 1 << 2

# message types
DEFAULT = 0
REPLY = 19
CHAT_INPUT_COMMAND = 20
CONTEXT_MENU_COMMAND = 23

_USER_MENTION = re.compile(r"<@!?(\d{15,21})>")
_ROLE_MENTION = re.compile(r"<@&(\d{15,21})>")
_EVERYONE = re.compile(r"@(?:everyone|here)\b")


@dataclass(eq=False)
class StoredMessage:
    """One message as Discord stores it; ``payload()`` is what a client receives."""

    id: int
    channel_id: int
    guild_id: int | None
    author: SandboxUser
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    flags: int = 0
    type: int = DEFAULT
    tts: bool = False
    timestamp: str = field(default_factory=iso)
    edited_timestamp: str | None = None
    allowed_mentions: dict[str, Any] | None = None
    mention_ids: list[int] = field(default_factory=list)
    mention_role_ids: list[int] = field(default_factory=list)
    mention_everyone: bool = False
    interaction_metadata: dict[str, Any] | None = None
    interaction: dict[str, Any] | None = None
    webhook_id: int | None = None
    application_id: int | None = None
    message_reference: dict[str, Any] | None = None
    visible_to: int | None = None  # a user id: an ephemeral message only that user sees
    deleted: bool = False
    revisions: list[dict[str, Any]] = field(default_factory=list)  # earlier states
    _watchers: list[Callable[[], None]] = field(default_factory=list, repr=False)

    # ----------------------------------------------------------------- views

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def loading(self) -> bool:
        return bool(self.flags & LOADING)

    def is_visible_to(self, user: SandboxUser | int) -> bool:
        """Whether that user sees the message (ephemeral messages: only their user)."""
        user_id = user.id if isinstance(user, SandboxUser) else int(user)
        return not self.deleted and (self.visible_to is None or self.visible_to == user_id)

    def text(self) -> str:
        """Everything readable in the message: content, then each embed's author, title,
        description, fields and footer, one per line (handy for assertions)."""
        parts: list[str] = [self.content] if self.content else []
        for embed in self.embeds:
            author = embed.get("author")
            if isinstance(author, Mapping) and author.get("name"):
                parts.append(str(author["name"]))
            for key in ("title", "description"):
                if embed.get(key):
                    parts.append(str(embed[key]))
            for f in embed.get("fields") or []:
                if isinstance(f, Mapping):
                    parts.append(f"{f.get('name', '')}\n{f.get('value', '')}")
            footer = embed.get("footer")
            if isinstance(footer, Mapping) and footer.get("text"):
                parts.append(str(footer["text"]))
        return "\n".join(parts)

    def iter_components(self) -> Iterator[dict[str, Any]]:
        """Every component, depth first (rows, their children, v2 containers, accessories)."""

        def walk(items: list[Any]) -> Iterator[dict[str, Any]]:
            for comp in items:
                if not isinstance(comp, dict):
                    continue
                yield comp
                yield from walk(comp.get("components") or [])
                accessory = comp.get("accessory")
                if isinstance(accessory, dict):
                    yield accessory

        return walk(self.components)

    def find_component(self, custom_id: str) -> dict[str, Any] | None:
        for comp in self.iter_components():
            if comp.get("custom_id") == custom_id:
                return comp
        return None

    def custom_ids(self) -> list[str]:
        return [str(c["custom_id"]) for c in self.iter_components() if c.get("custom_id")]

    def payload(self, world: World | None = None) -> dict[str, Any]:
        users = world.users if world is not None else {}
        data: dict[str, Any] = {
            "id": str(self.id),
            "channel_id": str(self.channel_id),
            "type": self.type,
            "author": self.author.payload(),
            "content": self.content,
            "timestamp": self.timestamp,
            "edited_timestamp": self.edited_timestamp,
            "tts": self.tts,
            "mention_everyone": self.mention_everyone,
            "mentions": [users[u].payload() for u in self.mention_ids if u in users],
            "mention_roles": [str(r) for r in self.mention_role_ids],
            "mention_channels": [],
            "attachments": list(self.attachments),
            "embeds": list(self.embeds),
            "components": list(self.components),
            "reactions": [],
            "pinned": False,
            "flags": self.flags,
        }
        if self.guild_id is not None:
            data["guild_id"] = str(self.guild_id)
        if self.webhook_id is not None:
            data["webhook_id"] = str(self.webhook_id)
        if self.application_id is not None:
            data["application_id"] = str(self.application_id)
        if self.interaction_metadata is not None:
            data["interaction_metadata"] = self.interaction_metadata
        if self.interaction is not None:
            data["interaction"] = self.interaction
        if self.message_reference is not None:
            data["message_reference"] = self.message_reference
        return data

    # ----------------------------------------------------------------- changes

    def watch(self, callback: Callable[[], None]) -> None:
        if callback not in self._watchers:
            self._watchers.append(callback)

    def notify(self) -> None:
        for callback in list(self._watchers):
            callback()

    def apply(
        self,
        body: Mapping[str, Any],
        *,
        world: World,
        create: bool,
        attachments: list[dict[str, Any]] | None = None,
    ) -> None:
        """Set the fields a create/edit body carries (an edit changes only the keys present)."""
        if not create:
            snapshot = self.payload(world)
            self.revisions.append(snapshot)
            self.edited_timestamp = iso()
            self.flags &= ~LOADING
        if "content" in body or create:
            self.content = body.get("content") or ""
        if "embeds" in body or create:
            self.embeds = [dict(e) for e in body.get("embeds") or []]
        if "components" in body or create:
            self.components = [dict(c) for c in body.get("components") or []]
        if "tts" in body and create:
            self.tts = bool(body.get("tts"))
        if "flags" in body and body.get("flags") is not None:
            requested = int(body["flags"])
            keep = self.flags & (EPHEMERAL | LOADING) if not create else self.flags & LOADING
            settable = SUPPRESS_EMBEDS | (1 << 12) | (1 << 15)  # suppress, silent, components v2
            if create:
                settable |= EPHEMERAL
            self.flags = keep | (requested & settable)
        if "allowed_mentions" in body or create:
            self.allowed_mentions = body.get("allowed_mentions")
        if "attachments" in body:  # the attachments to keep (new files come on top)
            kept_ids = {
                str(a.get("id")) for a in body.get("attachments") or [] if isinstance(a, Mapping)
            }
            kept = [a for a in self.attachments if str(a.get("id")) in kept_ids]
            self.attachments = kept + list(attachments or [])
        elif attachments:
            self.attachments = self.attachments + list(attachments)
        self._compute_mentions(world)

    def _compute_mentions(self, world: World) -> None:
        """Who the message pings, as Discord decides from content and ``allowed_mentions``."""
        allowed = self.allowed_mentions
        parse: set[str]
        users: set[str] = set()
        roles: set[str] = set()
        if allowed is None:
            parse = {"users", "roles", "everyone"}
        else:
            parse = {str(p) for p in allowed.get("parse") or []}
            users = {str(u) for u in allowed.get("users") or []}
            roles = {str(r) for r in allowed.get("roles") or []}
        mention_ids: list[int] = []
        for match in _USER_MENTION.finditer(self.content):
            uid = match.group(1)
            allowed_user = "users" in parse or uid in users
            if allowed_user and int(uid) in world.users and int(uid) not in mention_ids:
                mention_ids.append(int(uid))
        role_ids: list[int] = []
        for match in _ROLE_MENTION.finditer(self.content):
            rid = match.group(1)
            if ("roles" in parse or rid in roles) and int(rid) not in role_ids:
                role_ids.append(int(rid))
        self.mention_ids = mention_ids
        self.mention_role_ids = role_ids
        self.mention_everyone = "everyone" in parse and bool(_EVERYONE.search(self.content))


class MessageStore:
    """Every message by id, in creation order, and per channel."""

    def __init__(self) -> None:
        self._by_id: dict[int, StoredMessage] = {}

    def add(self, message: StoredMessage) -> StoredMessage:
        self._by_id[message.id] = message
        return message

    def get(self, message_id: int) -> StoredMessage | None:
        return self._by_id.get(message_id)

    def all(self) -> list[StoredMessage]:
        return list(self._by_id.values())

    def in_channel(
        self,
        channel_id: int,
        *,
        visible_to: SandboxUser | int | None = None,
        include_deleted: bool = False,
    ) -> list[StoredMessage]:
        out: list[StoredMessage] = []
        for message in self._by_id.values():
            if message.channel_id != channel_id:
                continue
            if message.deleted and not include_deleted:
                continue
            if visible_to is not None and not message.is_visible_to(visible_to):
                continue
            out.append(message)
        return out
