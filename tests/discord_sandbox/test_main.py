"""`python -m discord_sandbox` runs a usable sandbox and prints how to reach it."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[2]


async def test_module_prints_urls_and_token_that_work() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "discord_sandbox",
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        settings: dict[str, str] = {}
        while "DISCORD_TOKEN" not in settings:
            line = (await asyncio.wait_for(process.stdout.readline(), 30)).decode()
            assert line, "the sandbox exited before printing its settings"
            if line.startswith("DISCORD_") and "=" in line:
                key, value = line.strip().split("=", 1)
                settings[key] = value
        assert settings["DISCORD_GATEWAY_URL"].startswith("ws://127.0.0.1:")
        headers = {"Authorization": f"Bot {settings['DISCORD_TOKEN']}"}
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"{settings['DISCORD_API_BASE_URL']}/users/@me", headers=headers) as response,
        ):
            assert response.status == 200
            assert (await response.json())["bot"] is True
    finally:
        process.terminate()
        await process.wait()
