"""What every aggregate module shares: the database, its SQL for that aggregate, the caches."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import ModuleType

from bot.store.cache import Caches
from bot.store.engine import Database

log = logging.getLogger(__name__)


class Aggregate:
    """Runs one aggregate's named statements (`self.sql`) on the store's one connection."""

    def __init__(self, db: Database, sql: ModuleType, caches: Caches) -> None:
        self.db = db
        self.sql = sql
        self.caches = caches

    @asynccontextmanager
    async def writing(self) -> AsyncIterator[None]:
        """One write transaction, committed whole or rolled back whole (caches dropped)."""
        try:
            async with self.db.transaction():
                yield
        except BaseException:
            self.caches.forget_all()
            raise
