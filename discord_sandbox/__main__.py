"""`python -m discord_sandbox [--host H] [--port P]`: run the sandbox and print how to reach it."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from collections.abc import Sequence

from discord_sandbox.server import Sandbox

log = logging.getLogger(__name__)


async def _serve(host: str, port: int, heartbeat: int) -> None:
    sandbox = Sandbox(heartbeat_interval=heartbeat)
    await sandbox.start(host, port)
    try:
        lines = [
            f"REST      {sandbox.api_base}",
            f"gateway   {sandbox.gateway_url}",
            f"token     {sandbox.token}",
            f"app id    {sandbox.application_id}",
            f"guild id  {sandbox.guild_id}",
            f"channel   {sandbox.channel_id}",
            "",
            f"DISCORD_API_BASE_URL={sandbox.api_base}",
            f"DISCORD_GATEWAY_URL={sandbox.gateway_url}",
            f"DISCORD_TOKEN={sandbox.token}",
            "Ctrl+C to stop.",
        ]
        print("\n".join(lines), flush=True)
        await asyncio.Event().wait()
    finally:
        await sandbox.stop()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m discord_sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: any free port")
    parser.add_argument("--heartbeat", type=int, default=41250, help="heartbeat interval, ms")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not 0 <= args.port <= 65535:
        parser.error(f"--port must be from 0 to 65535, not {args.port}")
    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_serve(args.host, args.port, args.heartbeat))
    except OSError as error:  # the address is in use, or not one of this machine's
        print(f"error: cannot listen on {args.host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
