"""Behind a REST proxy (README "Running at scale"): several processes share Discord's global
rate limit through one proxy such as nirn-proxy, which the bot reaches through
DISCORD_API_BASE_URL, unchanged. Here a trivial pass-through proxy stands in front of the
sandbox's REST API; the gateway stays direct, as with nirn-proxy."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from discord_sandbox import Sandbox
from tests.e2e.conftest import OPENAPI, ROOT, unescape

HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "content-encoding",
    "host",
    "upgrade",
}


class PassThrough:
    """Forwards every request to `upstream` and its answer back, counting them."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.forwarded: list[tuple[str, str, int]] = []
        self.session: aiohttp.ClientSession | None = None

    async def handle(self, request: web.Request) -> web.Response:
        assert self.session is not None
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        async with self.session.request(
            request.method,
            self.upstream + request.rel_url.path_qs,
            headers=headers,
            data=await request.read(),
            allow_redirects=False,
        ) as answer:
            body = await answer.read()
            self.forwarded.append((request.method, request.rel_url.path, answer.status))
            back = {k: v for k, v in answer.headers.items() if k.lower() not in HOP_BY_HOP}
            return web.Response(status=answer.status, body=body, headers=back)


@pytest.fixture
async def proxied() -> AsyncIterator[tuple[Sandbox, PassThrough, str]]:
    async with Sandbox(openapi_path=OPENAPI) as sandbox, aiohttp.ClientSession() as session:
        origin = sandbox.api_base.split("/api/")[0]
        proxy = PassThrough(origin)
        proxy.session = session
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", proxy.handle)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        try:
            yield sandbox, proxy, f"http://127.0.0.1:{port}/api/v10"
        finally:
            await runner.cleanup()


async def test_the_bot_works_unchanged_behind_a_rest_proxy(
    proxied: tuple[Sandbox, PassThrough, str], database: Path, tmp_path: Path
) -> None:
    sandbox, proxy, proxy_base = proxied
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_"))},
        "PYTHONPATH": str(ROOT),
        "DISCORD_TOKEN": sandbox.token,
        "DISCORD_API_BASE_URL": proxy_base,
        "DISCORD_GATEWAY_URL": sandbox.gateway_url,
        "DATABASE_PATH": str(database),
        "COMMAND_COOLDOWN": "off",
        "LOG_LEVEL": "WARNING",
    }
    bot = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        await sandbox.wait_for_identify(timeout=30.0)
        await sandbox.wait_for_command("character", timeout=30.0)
        rouge = await sandbox.command("character", {"name": "Rouge"})
        while rouge.message is None or not rouge.message.embeds:
            await rouge.wait_for_update(timeout=5.0)
        assert "Rouge Redstar" in unescape(rouge.message.text())
        assert sandbox.violations == []
    finally:
        bot.terminate()
        _, err = await bot.communicate()
    assert bot.returncode == 0, err.decode()[-2000:]
    # everything the bot sent to Discord's REST API went through the proxy
    assert len(proxy.forwarded) == len(sandbox.requests) > 0
    paths = [path for _, path, _ in proxy.forwarded]
    assert any(p.endswith("/commands") for p in paths)  # the sync
    assert any("/interactions/" in p and p.endswith("/callback") for p in paths)  # the answer
