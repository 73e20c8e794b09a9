"""Loading the catalog files into the store: at each start (SQLite), at seeding and at ingest.

Apart from `bot.ingest` so that a start which only syncs catalogs (every start but the first)
never loads the parsers (the detectors, trafilatura, lxml).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.catalog import catalogs_in
from bot.models import Catalog

if TYPE_CHECKING:  # the store is only handed in; importing it here would tie the two in a loop
    from bot.store import Store

log = logging.getLogger(__name__)

__all__ = ["CATALOG_HASH_KEY", "sync_catalogs"]

CATALOG_HASH_KEY = "catalog_hash:{slug}"


async def sync_catalogs(store: Store, dirs: Sequence[Path]) -> list[Catalog]:
    """Load the catalogs of `dirs` (`paths.catalog_dirs(data_dir)`: the bundled ones, then the
    operator's) into the store, skipping those unchanged since the last start (a catalog edit,
    or a new one, is picked up by a restart or an ingest)."""
    catalogs = catalogs_in(dirs)
    for catalog in catalogs:
        digest = hashlib.sha256(repr(catalog).encode()).hexdigest()
        key = CATALOG_HASH_KEY.format(slug=catalog.slug)
        if await store.get_meta(key) == digest:
            continue
        await store.upsert_catalog(catalog)
        await store.set_meta(key, digest)
        log.info("Loaded catalog %r", catalog.title)
    return catalogs
