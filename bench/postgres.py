"""A throwaway PostgreSQL server for the bench (`--engines sqlite,postgres`, `--copy`).

The cluster is the tests' (tests/pg.py: initdb into a temporary directory, a loopback port,
run as an unprivileged user when we are root, deleted when stopped), with durability settings
comparable to the SQLite store's rather than the tests' "nothing must survive": fsync and full
page writes on, `synchronous_commit = off` (SQLite runs WAL with `synchronous = NORMAL`: a
commit is not synced, a crash loses the last transactions but never the store's integrity),
and 128 MB of shared buffers.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from tests.pg import (
    CREATE_DATABASE,
    SETTINGS,
    Cluster,
    PostgresUnavailable,
    execute,
    start_cluster,
)

log = logging.getLogger(__name__)

BENCH_SETTINGS = {
    **SETTINGS,
    "fsync": "on",
    "full_page_writes": "on",
    "synchronous_commit": "off",
    "shared_buffers": "128MB",
}

__all__ = ["BENCH_SETTINGS", "PostgresUnavailable", "Server", "throwaway_server"]


@dataclass
class Server:
    """The running cluster; `database(name)` makes an empty database and returns its URL."""

    cluster: Cluster
    made: list[str] = field(default_factory=list)

    @property
    def version(self) -> str:
        return self.cluster.version

    async def database(self, prefix: str) -> str:
        name = self.cluster.next_name(prefix)
        # the name comes from this module's prefix and a counter, never from input
        await execute(self.cluster.dsn(), CREATE_DATABASE.format(name=name))
        self.made.append(name)
        return self.cluster.dsn(name)


@asynccontextmanager
async def throwaway_server() -> AsyncIterator[Server]:
    """Start a cluster (raises PostgresUnavailable with one line saying why), stop it after."""
    cluster = await asyncio.to_thread(start_cluster, BENCH_SETTINGS)
    log.info("bench PostgreSQL %s on port %d", cluster.version, cluster.port)
    try:
        yield Server(cluster)
    finally:
        await asyncio.to_thread(cluster.stop)
