"""Ingestion after an import: the imported titles and synonyms name the anime, and the imported
names, aliases and native names link a document's sentences to imported-only characters.

The expected links are worked out by hand from the document below and the fixture
(anilist_sandbox/fixtures.py): "MetaRu" is a synonym of Metallic Rouge; Jean Junghardt
(alias "Jean", native ジャン・ユングハルト) and Giallo are characters only the import knows.
"""

from __future__ import annotations

from pathlib import Path

from bot import paths
from bot.anilist.client import AniListClient
from bot.anilist.service import import_catalog
from bot.ingest import catalogs_in, ingest_paths, sync_catalogs
from bot.models import IngestStatus
from bot.store import Store

DOCUMENT = """MetaRu – Episode 4 Review

Jean watches the whole fight from his laboratory.

The credits write ジャン・ユングハルト in katakana, as always.

Giallo loses another bet and laughs it off.

Nobody else is named in this paragraph.
"""


async def test_a_document_naming_imported_only_characters_is_linked_to_them(
    client: AniListClient, store: Store, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    await import_catalog(client, "Metallic Rouge", data_dir=data)
    dirs = paths.catalog_dirs(data)
    await sync_catalogs(store, dirs)
    curated_only = await store.resolve_character("Jean Junghardt", None)
    assert curated_only is not None  # the import (not a document) made him known

    source = tmp_path / "metaru-4.txt"
    source.write_text(DOCUMENT, encoding="utf-8")
    (report,) = await ingest_paths(store, [source], catalogs=catalogs_in(dirs))
    assert report.status is IngestStatus.ADDED, report.reason
    assert report.document is not None
    assert report.document.anime_title == "Metallic Rouge"  # from the imported synonym
    assert sorted(report.characters_linked) == ["Giallo", "Jean Junghardt"]

    jean = await store.resolve_character("Jean Junghardt", None)
    giallo = await store.resolve_character("Giallo", None)
    assert jean is not None and giallo is not None
    assert [m.sentence for m in await store.mentions(jean.id)] == [
        "Jean watches the whole fight from his laboratory.",  # the alias
        "The credits write ジャン・ユングハルト in katakana, as always.",  # the native name
    ]
    assert [m.sentence for m in await store.mentions(giallo.id)] == [
        "Giallo loses another bet and laughs it off."
    ]
