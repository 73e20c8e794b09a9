"""Page building off the event loop: big texts are paged in a worker thread.

Paging is linear, but a document of megabytes still takes a noticeable fraction of a second to
escape and page; on the event loop that would delay every other interaction past Discord's
3 seconds. `bot.delivery.deliver` builds every answer through :func:`off_loop`, told by the cog
how much text goes into it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import ParamSpec, TypeVar

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

# Texts up to this many characters are paged on the loop (well under a millisecond's work);
# bigger ones in a thread, where they cannot hold up other interactions.
OFFLOAD_THRESHOLD = 20_000


async def off_loop(size: int, build: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
    """``build(*args, **kwargs)``, in a worker thread when ``size`` (characters of input) is
    above :data:`OFFLOAD_THRESHOLD`, else right here. ``build`` must be pure (no shared state)."""
    if size <= OFFLOAD_THRESHOLD:
        return build(*args, **kwargs)
    log.debug("Building pages of %d characters in a worker thread", size)
    return await asyncio.to_thread(build, *args, **kwargs)


__all__ = ["OFFLOAD_THRESHOLD", "off_loop"]
