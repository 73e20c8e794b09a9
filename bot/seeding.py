"""Ingest orchestration: files -> parsed documents -> the store, one transaction per file."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from bot.catalog import load_catalogs
from bot.ingest import IngestError, parse_document, read_document
from bot.models import Catalog, IngestReport
from bot.store import PACKAGE_ROOT, Store

log = logging.getLogger(__name__)

DATA_DIR = PACKAGE_ROOT / "data"


def _catalogs_in(data_dir: Path) -> list[Catalog]:
    catalog_dir = data_dir / "catalog"
    return load_catalogs(catalog_dir) if catalog_dir.is_dir() else []


def _seed_files(data_dir: Path) -> list[Path]:
    seeds_dir = data_dir / "seeds"
    if not seeds_dir.is_dir():
        return []
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and not p.name.startswith("."))


async def ingest_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    catalogs: Sequence[Catalog] | None = None,
) -> list[IngestReport]:
    """Read, parse and store each file on its own; one bad file never stops the others.

    Each stored document is one transaction, so a failure leaves nothing partial behind and
    loses nothing stored before it. `catalogs=None` loads the curated catalogs from data/.
    """
    known = list(catalogs) if catalogs is not None else _catalogs_in(DATA_DIR)
    reports: list[IngestReport] = []
    for path in paths:
        path = Path(path)
        try:
            text = read_document(path)
            document = parse_document(text, source_name=path.name, catalogs=known)
            result = await store.add_document(document)
        except IngestError as exc:
            log.warning("Rejected %s: %s", path, exc.reason)
            reports.append(IngestReport(file=str(path), status="rejected", reason=exc.reason))
            continue
        except Exception as exc:  # one broken file must not stop the batch
            log.exception("Rejected %s: it could not be stored", path)
            reason = f"could not be stored ({type(exc).__name__}: {exc})"
            reports.append(IngestReport(file=str(path), status="rejected", reason=reason))
            continue
        status = "added" if result.added else "unchanged"
        log.info("%s %s: %r", status.capitalize(), path, document.title)
        reports.append(
            IngestReport(
                file=str(path),
                status=status,
                document=document,
                characters_linked=list(result.characters),
            )
        )
    return reports


async def seed_if_empty(store: Store, data_dir: Path = DATA_DIR) -> list[IngestReport] | None:
    """On a store with no documents, load the catalogs and the seed documents; else None."""
    if not await store.is_empty():
        return None
    catalogs = _catalogs_in(data_dir)
    for catalog in catalogs:
        await store.upsert_catalog(catalog)
    reports = await ingest_paths(store, _seed_files(data_dir), catalogs=catalogs)
    stats = await store.stats()
    rejected = sum(1 for r in reports if r.status == "rejected")
    log.info(
        "Seeded the store: %d documents, %d anime, %d characters, %d rejected",
        stats["documents"],
        stats["anime"],
        stats["characters"],
        rejected,
    )
    return reports
