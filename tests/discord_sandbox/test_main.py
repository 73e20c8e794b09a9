"""`python -m discord_sandbox` runs a usable sandbox and prints how to reach it."""

from __future__ import annotations

import asyncio
import socket
import subprocess
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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


async def test_module_listens_on_the_host_and_port_it_is_given() -> None:
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "discord_sandbox",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        printed: dict[str, str] = {}
        while "DISCORD_TOKEN" not in printed:
            line = (await asyncio.wait_for(process.stdout.readline(), 30)).decode()
            assert line, "the sandbox exited before printing its settings"
            if line.startswith("DISCORD_") and "=" in line:
                key, value = line.strip().split("=", 1)
                printed[key] = value
        assert printed["DISCORD_API_BASE_URL"].startswith(f"http://127.0.0.1:{port}/")
        assert printed["DISCORD_GATEWAY_URL"].startswith(f"ws://127.0.0.1:{port}")
        headers = {"Authorization": f"Bot {printed['DISCORD_TOKEN']}"}
        url = f"http://127.0.0.1:{port}/api/v10/users/@me"
        async with aiohttp.ClientSession() as http, http.get(url, headers=headers) as response:
            assert response.status == 200
    finally:
        process.terminate()
        await process.wait()


def test_module_says_in_one_line_when_its_port_is_taken() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "discord_sandbox", "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]  # one line
    assert f"127.0.0.1:{port}" in done.stderr
    assert "Traceback" not in done.stderr
