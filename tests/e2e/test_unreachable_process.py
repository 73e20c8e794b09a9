"""Issue 10, item 13: `python -m bot` when Discord cannot be reached, as an operator sees it.

One line per failed attempt, bounded retries with backoff, then one line and a non-zero status;
SIGTERM or Ctrl+C (SIGINT) at any point ends the process cleanly with status 0 and no traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on (bound once, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@contextlib.contextmanager
def silent_server() -> Iterator[int]:
    """A port that accepts connections (the kernel's backlog) and never answers."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        yield server.getsockname()[1]


def bot_env(tmp_path: Path, port: int, **extra: str) -> dict[str, str]:
    return {
        **{
            k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE", "LOG"))
        },
        "PYTHONPATH": str(ROOT),
        "DISCORD_TOKEN": "not-a-real-token",
        "DISCORD_API_BASE_URL": f"http://127.0.0.1:{port}/api/v10",
        "DATABASE_PATH": str(tmp_path / "reviews.db"),
        **extra,
    }


async def run_bot(env: dict[str, str]) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE
    )
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, err.decode()


def assert_one_line_per_failure(err: str, failures: int) -> None:
    assert "Traceback" not in err
    assert "Connector is closed" not in err
    assert "voice will NOT be supported" not in err  # no voice: no notice about it
    retries = [line for line in err.splitlines() if "Could not reach Discord" in line]
    assert len(retries) == failures - 1, err
    assert all("retrying in" in line for line in retries)
    (last,) = [line for line in err.splitlines() if "Giving up" in line]
    assert f"after {failures} attempts" in last


async def test_a_refused_connection_is_retried_then_given_up_with_one_line_each(
    tmp_path: Path, closed_port: int
) -> None:
    env = bot_env(tmp_path, closed_port, DISCORD_CONNECT_RETRIES="2")
    status, err = await run_bot(env)
    assert status == 1, err
    assert_one_line_per_failure(err, failures=3)
    # backoff: the waits double
    assert "retrying in 1 s (attempt 1 of 3)" in err
    assert "retrying in 2 s (attempt 2 of 3)" in err
    assert f"127.0.0.1:{closed_port}" in err


async def test_a_server_that_never_answers_times_out_and_is_given_up(tmp_path: Path) -> None:
    with silent_server() as port:
        env = bot_env(tmp_path, port, DISCORD_CONNECT_RETRIES="1", DISCORD_TIMEOUT="1")
        status, err = await run_bot(env)
    assert status == 1, err
    assert_one_line_per_failure(err, failures=2)
    assert "no answer within 1 s" in err


@contextlib.asynccontextmanager
async def retrying_bot(env: dict[str, str]) -> AsyncIterator[asyncio.subprocess.Process]:
    """The bot process, once it has logged its first failed attempt."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        assert process.stderr is not None
        while True:
            line = await asyncio.wait_for(process.stderr.readline(), 30)
            assert line, "the bot exited before retrying"
            if b"retrying in" in line:
                break
        yield process
    finally:
        if process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_a_signal_while_retrying_stops_cleanly(
    tmp_path: Path, closed_port: int, signum: signal.Signals
) -> None:
    env = bot_env(tmp_path, closed_port, DISCORD_CONNECT_RETRIES="20")
    async with retrying_bot(env) as process:
        process.send_signal(signum)
        _, err = await asyncio.wait_for(process.communicate(), 30)
        assert process.returncode == 0, err.decode()
        assert "Traceback" not in err.decode()
        assert "Connector is closed" not in err.decode()


async def test_a_signal_while_waiting_for_a_silent_server_stops_cleanly(tmp_path: Path) -> None:
    with silent_server() as port:
        env = bot_env(tmp_path, port, DISCORD_CONNECT_RETRIES="20", DISCORD_TIMEOUT="1")
        async with retrying_bot(env) as process:
            await asyncio.sleep(1.2)  # into the next attempt, waiting for an answer
            process.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()
    assert "Connector is closed" not in err.decode()
