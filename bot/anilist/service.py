"""`catalog import` and `catalog refresh`: AniList -> merged catalog files in DATA_DIR/catalog.

Nothing is written until every answer needed has arrived and the merged catalog validates, so
an AniList failure (or a bad pick) changes nothing. Files are replaced atomically.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import paths
from bot.anilist.client import AniListClient, AniListError
from bot.anilist.mapping import DEFAULT_CHARACTERS, map_catalog, media_title
from bot.anilist.merge import catalog_diff, merge_catalogs
from bot.anilist.writer import dump_catalog
from bot.catalog import load_catalog
from bot.models import Catalog
from bot.text.names import fold

log = logging.getLogger(__name__)

__all__ = [
    "Ambiguous",
    "ImportResult",
    "NoMatch",
    "describe_media",
    "import_catalog",
    "parse_target",
    "refresh_catalogs",
]

_URL = re.compile(r"^https?://(?:www\.)?anilist\.co/anime/(\d+)(?:[/?#].*)?$", re.IGNORECASE)
_ID = re.compile(r"^anilist:(\d+)$", re.IGNORECASE)


class NoMatch(AniListError):
    """The query matched no anime (or --pick named none)."""


class Ambiguous(AniListError):
    """Several anime match; ``choices`` are AniList's best matches, best first."""

    def __init__(self, query: str, choices: list[dict[str, Any]]) -> None:
        super().__init__(f"{len(choices)} anime match {query!r}; choose one with --pick N")
        self.choices = choices


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: Path
    catalog: Catalog
    before: Catalog | None
    diff: str
    written: bool
    added: tuple[str, ...]  # names of characters new to the catalog


def parse_target(target: str) -> int | str:
    """An AniList id (from ``anilist:ID`` or an anime page address), else the search text."""
    text = target.strip()
    for pattern in (_ID, _URL):
        match = pattern.match(text)
        if match:
            return int(match.group(1))
    return text


def describe_media(media: dict[str, Any]) -> str:
    """One line naming a search result: title, romaji, format, year, episodes, id."""
    title = media.get("title") or {}
    bits = [media_title(media)]
    romaji = title.get("romaji")
    if romaji and fold(romaji) != fold(bits[0]):
        bits.append(f"({romaji})")
    facts = [str(v) for v in (media.get("format"), media.get("seasonYear")) if v]
    if media.get("episodes"):
        facts.append(f"{media['episodes']} episodes")
    facts.append(f"anilist:{media.get('id')}")
    return " ".join(bits) + " — " + ", ".join(facts)


def _exact(media: dict[str, Any], query: str) -> bool:
    title = media.get("title") or {}
    names = [title.get(k) for k in ("romaji", "english", "native")]
    names += media.get("synonyms") or []
    return any(isinstance(n, str) and fold(n) == fold(query) for n in names)


async def _choose(client: AniListClient, query: str, pick: int | None) -> dict[str, Any]:
    results = await client.search(query)
    if not results:
        raise NoMatch(f"AniList knows no anime matching {query!r}")
    if pick is not None:
        if not 1 <= pick <= len(results):
            raise NoMatch(f"--pick {pick} is not one of the {len(results)} matches of {query!r}")
        return results[pick - 1]
    if len(results) == 1:
        return results[0]
    exact = [m for m in results if _exact(m, query)]
    if len(exact) == 1:
        return exact[0]
    raise Ambiguous(query, results)


def _catalogs(data_dir: Path) -> dict[str, tuple[Catalog, Path]]:
    """Every catalog by slug, the data directory's overriding the bundled ones."""
    found: dict[str, tuple[Catalog, Path]] = {}
    for directory in paths.catalog_dirs(data_dir):  # later directories override earlier ones
        for path in sorted(Path(directory).glob("*.toml")):
            catalog = load_catalog(path)
            found[catalog.slug] = (catalog, path)
    return found


def _existing(
    data_dir: Path, anilist_id: int | None, slug: str, out: Path | None
) -> tuple[Catalog, Path] | None:
    """The catalog this import merges into: --out's file, else same AniList id, else slug."""
    if out is not None and out.is_file():
        return load_catalog(out), out
    found = _catalogs(data_dir)
    for catalog, path in found.values():
        if anilist_id is not None and catalog.anilist_id == anilist_id:
            return catalog, path
    return found.get(slug)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _header(catalog: Catalog, source: Path | None) -> list[str]:
    lines = [
        f"Catalog for {catalog.title}. Format: see the docstring of bot/catalog.py.",
        "Imported from AniList by `python -m bot catalog import`; edit freely: a re-import",
        "keeps every value a person wrote (see `imported`) and only adds what is new.",
    ]
    if source is not None:
        lines.append(f"Merged with {source.name}; that file's comments give its sources.")
    return lines


async def _build(
    client: AniListClient,
    target: str,
    *,
    data_dir: Path,
    out: Path | None,
    pick: int | None,
    characters: int,
) -> tuple[Path, Catalog, Catalog | None, Path | None]:
    parsed = parse_target(target)
    if isinstance(parsed, int):
        media = await client.media(parsed)
    else:
        if not parsed:
            raise NoMatch("give an anime title, anilist:ID or an AniList address")
        media = await _choose(client, parsed, pick)
    edges = await client.characters(int(media["id"]), limit=characters)
    imported = map_catalog(media, edges, characters=characters)
    found = _existing(data_dir, imported.anilist_id, imported.slug, out)
    before, source = found if found is not None else (None, None)
    merged = merge_catalogs(before, imported)
    path = out or data_dir / paths.CATALOG_SUBDIR / f"{merged.slug}.toml"
    return path, merged, before, source


async def import_catalog(
    client: AniListClient,
    target: str,
    *,
    data_dir: Path,
    out: Path | None = None,
    pick: int | None = None,
    characters: int = DEFAULT_CHARACTERS,
    dry_run: bool = False,
) -> ImportResult:
    """Import one anime; raises AniListError (Ambiguous, NoMatch, ...) having changed nothing."""
    path, merged, before, source = await _build(
        client, target, data_dir=data_dir, out=out, pick=pick, characters=characters
    )
    diff = catalog_diff(before, merged, path.name)
    known = {fold(c.name) for c in before.characters} if before else set()
    added = tuple(c.name for c in merged.characters if fold(c.name) not in known)
    if not dry_run:
        _write(path, dump_catalog(merged, _header(merged, source)))
        log.info("Wrote %s (%d characters)", path, len(merged.characters))
    return ImportResult(path, merged, before, diff, not dry_run, added)


async def refresh_catalogs(
    client: AniListClient,
    *,
    data_dir: Path,
    characters: int = DEFAULT_CHARACTERS,
    dry_run: bool = False,
) -> list[ImportResult]:
    """Re-import every catalog (data dir and bundled) that has an AniList id.

    All answers are gathered before anything is written, so a failure changes nothing.
    """
    results: list[ImportResult] = []
    pending: list[tuple[Path, Catalog, Path | None]] = []
    for catalog, _ in _catalogs(data_dir).values():
        if catalog.anilist_id is None:
            continue
        path, merged, before, source = await _build(
            client,
            f"anilist:{catalog.anilist_id}",
            data_dir=data_dir,
            out=None,
            pick=None,
            characters=characters,
        )
        known = {fold(c.name) for c in before.characters} if before else set()
        added = tuple(c.name for c in merged.characters if fold(c.name) not in known)
        diff = catalog_diff(before, merged, path.name)
        results.append(ImportResult(path, merged, before, diff, not dry_run, added))
        pending.append((path, merged, source))
    if not dry_run:
        for path, merged, source in pending:
            _write(path, dump_catalog(merged, _header(merged, source)))
    return results
