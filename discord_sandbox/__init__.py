"""A Discord API v10 emulator on loopback (gateway + REST) for end-to-end tests, the offline
``try`` mode and benchmarks. The real discord.py client connects to it::

    async with Sandbox() as sandbox:
        discord.http.Route.BASE = sandbox.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(sandbox.gateway_url)
        ...  # client.start(sandbox.token), then sandbox.command("ping")
"""

from __future__ import annotations

import logging

from discord_sandbox.interactions import InteractionResult, Rejection, SandboxError, SandboxTimeout
from discord_sandbox.messages import StoredMessage
from discord_sandbox.rest import RequestRecord, Upload, Violation
from discord_sandbox.server import DEFAULT_OPENAPI_PATH, Sandbox
from discord_sandbox.world import SandboxChannel, SandboxGuild, SandboxUser

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
    "Upload",
    "Violation",
]
