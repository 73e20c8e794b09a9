"""A Discord API v10 emulator on loopback (gateway + REST) for end-to-end tests, the offline
``try`` mode and benchmarks. The real discord.py client connects to it::

    async with Sandbox() as sandbox:
        discord.http.Route.BASE = sandbox.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(sandbox.gateway_url)
        ...  # client.start(sandbox.token), then sandbox.command("ping")
"""

from __future__ import annotations

import logging

from bot.sandbox.interactions import InteractionResult, Rejection, SandboxError, SandboxTimeout
from bot.sandbox.messages import StoredMessage
from bot.sandbox.rest import RequestRecord, Violation
from bot.sandbox.server import DEFAULT_OPENAPI_PATH, Sandbox
from bot.sandbox.world import SandboxChannel, SandboxGuild, SandboxUser

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_OPENAPI_PATH",
    "InteractionResult",
    "Rejection",
    "RequestRecord",
    "Sandbox",
    "SandboxChannel",
    "SandboxError",
    "SandboxGuild",
    "SandboxTimeout",
    "SandboxUser",
    "StoredMessage",
    "Violation",
]
