"""`python -m anilist_sandbox [--host H] [--port P]`: serve the AniList emulator until Ctrl+C."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from collections.abc import Sequence

from anilist_sandbox.server import AniListSandbox

log = logging.getLogger(__name__)


async def _serve(host: str, port: int) -> None:
    async with AniListSandbox(host=host, port=port) as sandbox:
        print(f"AniList GraphQL emulator on {sandbox.url}", flush=True)
        print(f"ANILIST_API_URL={sandbox.url}", flush=True)
        print("Ctrl+C to stop.", flush=True)
        await asyncio.Event().wait()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m anilist_sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: any free port")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.host, args.port))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
