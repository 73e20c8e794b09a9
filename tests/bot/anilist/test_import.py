"""catalog import/refresh (bot/anilist/service.py, merge.py) against the emulator.

The curated catalog is bot/resources/catalog/metallic-rouge.toml: every fact of it must survive
a merge, compared field by field with the file itself. New cast members are those of the
fixture that the curated file does not name (worked out by hand below).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from anilist_sandbox import AniListSandbox, Fault
from anilist_sandbox.fixtures import FRIEREN_ID, FRIEREN_MINI_ID, METALLIC_ROUGE_ID
from bot import paths
from bot.anilist.client import AniListClient, AniListError, MemoryCache
from bot.anilist.service import Ambiguous, NoMatch, import_catalog, parse_target, refresh_catalogs
from bot.catalog import load_catalog
from bot.ingest import sync_catalogs
from bot.models import Catalog, CatalogCharacter
from bot.store import Store

from .conftest import FakeClock, make_client

CURATED = paths.BUNDLED_CATALOGS / "metallic-rouge.toml"
# Fixture characters the curated file does not name under any name, alias or variant.
NEW_CAST = ["Jean Junghardt", "Giallo", "Afrodita", "Eden", "Gene"]


def one(catalog: Catalog, name: str) -> CatalogCharacter:
    found = [c for c in catalog.characters if c.name == name]
    assert len(found) == 1, name
    return found[0]


def test_parse_target() -> None:
    assert parse_target("anilist:163132") == 163132
    assert parse_target("https://anilist.co/anime/154587/Sousou-no-Frieren/") == 154587
    assert parse_target("https://anilist.co/anime/154587") == 154587
    assert parse_target("Metallic Rouge") == "Metallic Rouge"


async def test_ambiguous_query_lists_matches_and_writes_nothing(
    client: AniListClient, tmp_path: Path
) -> None:
    with pytest.raises(Ambiguous) as caught:
        await import_catalog(client, "Frieren", data_dir=tmp_path)
    assert [m["id"] for m in caught.value.choices] == [FRIEREN_ID, FRIEREN_MINI_ID]
    assert not (tmp_path / "catalog").exists()


async def test_pick_chooses_among_the_matches(client: AniListClient, tmp_path: Path) -> None:
    result = await import_catalog(client, "Frieren", data_dir=tmp_path, pick=2)
    assert result.catalog.anilist_id == FRIEREN_MINI_ID
    assert result.path == tmp_path / "catalog" / "sousou-no-frieren-no-mahou.toml"
    assert load_catalog(result.path) == result.catalog
    with pytest.raises(NoMatch):
        await import_catalog(client, "Frieren", data_dir=tmp_path, pick=3)


async def test_exact_title_is_not_ambiguous(client: AniListClient, tmp_path: Path) -> None:
    result = await import_catalog(client, "Sousou no Frieren", data_dir=tmp_path)
    assert result.catalog.anilist_id == FRIEREN_ID


async def test_merge_keeps_every_curated_fact(client: AniListClient, tmp_path: Path) -> None:
    curated = load_catalog(CURATED)
    result = await import_catalog(client, "Metallic Rouge", data_dir=tmp_path)
    merged = load_catalog(result.path)
    assert result.path == tmp_path / "catalog" / "metallic-rouge.toml"
    assert result.before == curated

    for key in ("title", "slug", "episode_count", "episodes", "unnumbered_episode_titles"):
        assert getattr(merged, key) == getattr(curated, key), key
    assert merged.aliases[: len(curated.aliases)] == curated.aliases
    for mine in curated.characters:
        got = one(merged, mine.name)
        for key in ("voice_actor", "description", "first_episode", "facts", "variants"):
            assert getattr(got, key) == getattr(mine, key), (mine.name, key)
        # every curated alias, with its revealed_in, in its place; imports only appended
        assert got.aliases[: len(mine.aliases)] == mine.aliases, mine.name
    assert [c.name for c in merged.characters[: len(curated.characters)]] == [
        c.name for c in curated.characters
    ]


async def test_merge_adds_new_cast_and_links_the_known(
    client: AniListClient, tmp_path: Path
) -> None:
    curated = load_catalog(CURATED)
    result = await import_catalog(client, "anilist:163132", data_dir=tmp_path)
    merged = result.catalog
    assert [c.name for c in merged.characters[len(curated.characters) :]] == NEW_CAST
    assert list(result.added) == NEW_CAST
    # AniList's "Jaron" is the curated "Fate Jaron" (alias), "Silvia" the curated "Sylvia"
    assert one(merged, "Fate Jaron").anilist_id == 420004
    assert one(merged, "Sylvia").anilist_id == 420008
    assert "Jaron" not in [c.name for c in merged.characters]
    # imported facts fill what the curated file left empty
    assert one(merged, "Rouge Redstar").image_url is not None
    assert [a.name for a in one(merged, "Rouge Redstar").aliases] == ["Rouge", "Unit R-11"]
    assert one(merged, "Roy Junghardt").aliases[-1].name == "Dr. Junghardt"
    assert merged.anilist_id == METALLIC_ROUGE_ID


async def test_reimport_keeps_what_a_person_wrote(
    client: AniListClient, sandbox: AniListSandbox, clock: FakeClock, tmp_path: Path
) -> None:
    first = await import_catalog(client, "anilist:163132", data_dir=tmp_path)
    text = first.path.read_text(encoding="utf-8")
    # A curator dates Jean's spoiler name and rewrites his description.
    text = text.replace(
        '{ name = "The Brother", spoiler = true }', '{ name = "The Brother", revealed_in = 9 }'
    )
    text = text.replace(
        'description = "A researcher of the Neans. ~!He knows who made Rouge.!~"',
        'description = "Hand-written line."',
    )
    first.path.write_text(text, encoding="utf-8")
    # AniList changes Jean's picture and description meanwhile.
    jean = next(e for e in sandbox.media[0]["_characters"] if e["node"]["id"] == 420005)
    jean["node"]["image"]["large"] = "https://s4.anilist.co/file/anilistcdn/character/large/new.png"
    jean["node"]["description"] = "Changed upstream."

    async with make_client(sandbox, clock) as again:  # a fresh client: nothing cached
        await import_catalog(again, "anilist:163132", data_dir=tmp_path)
    merged = load_catalog(first.path)
    got = one(merged, "Jean Junghardt")
    brother = next(a for a in got.aliases if a.name == "The Brother")
    assert (brother.revealed_in, brother.reveal_unknown) == (9, False)
    assert got.description == "Hand-written line."
    assert got.image_url == "https://s4.anilist.co/file/anilistcdn/character/large/new.png"
    # the untouched imported description of someone else is unchanged, not duplicated
    assert len(merged.characters) == len(first.catalog.characters)


async def test_dry_run_writes_nothing_and_shows_the_diff(
    client: AniListClient, tmp_path: Path
) -> None:
    result = await import_catalog(client, "Metallic Rouge", data_dir=tmp_path, dry_run=True)
    assert not result.written
    assert not (tmp_path / "catalog").exists()
    assert '+name = "Jean Junghardt"' in result.diff
    assert "+anilist_id = 163132" in result.diff


async def test_persistent_500_changes_nothing(
    client: AniListClient, sandbox: AniListSandbox, tmp_path: Path
) -> None:
    first = await import_catalog(client, "anilist:163132", data_dir=tmp_path)
    before = first.path.read_bytes()
    sandbox.fail_always(Fault(status=500))
    with pytest.raises(AniListError, match="nothing was changed"):
        await import_catalog(client, "anilist:154587", data_dir=tmp_path)
    with pytest.raises(AniListError, match="nothing was changed"):
        await refresh_catalogs(client, data_dir=tmp_path)
    assert first.path.read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "catalog").iterdir()) == ["metallic-rouge.toml"]


async def test_refresh_reimports_catalogs_with_an_anilist_id(
    client: AniListClient, tmp_path: Path
) -> None:
    # Only the bundled catalog, which has no anilist_id: nothing to refresh.
    assert await refresh_catalogs(client, data_dir=tmp_path) == []
    await import_catalog(client, "anilist:154587", data_dir=tmp_path, characters=2)
    await import_catalog(client, "anilist:163132", data_dir=tmp_path, characters=3)
    results = await refresh_catalogs(client, data_dir=tmp_path, characters=50)
    assert sorted(r.catalog.anilist_id or 0 for r in results) == [FRIEREN_ID, METALLIC_ROUGE_ID]
    frieren = load_catalog(tmp_path / "catalog" / "frieren-beyond-journeys-end.toml")
    assert [c.name for c in frieren.characters] == ["Frieren", "Fern", "Stark", "Himmel"]


async def test_cached_reimport_spends_no_requests(sandbox: AniListSandbox, tmp_path: Path) -> None:
    clock = FakeClock()
    async with make_client(sandbox, clock, cache=MemoryCache(clock=clock)) as cached:
        await import_catalog(cached, "Metallic Rouge", data_dir=tmp_path)
        spent = sandbox.request_count
        await import_catalog(cached, "Metallic Rouge", data_dir=tmp_path)
    assert spent == 2  # one search, one page of characters
    assert sandbox.request_count == spent


def test_unchanged_catalog_loads_as_before() -> None:
    curated = load_catalog(CURATED)
    assert replace(curated, characters=()).anilist_id is None
    assert all(c.imported == () for c in curated.characters)


async def test_the_store_keeps_every_curated_fact_after_the_merge(
    client: AniListClient, tmp_path: Path
) -> None:
    """The merged catalog loaded into the store gives every curated character the same card
    facts as the curated catalog alone (imports only add aliases after the curated ones)."""
    await import_catalog(client, "Metallic Rouge", data_dir=tmp_path / "data")
    curated = load_catalog(CURATED)
    cards = []
    for name, dirs in (
        ("curated.db", (paths.BUNDLED_CATALOGS,)),
        ("merged.db", paths.catalog_dirs(tmp_path / "data")),
    ):
        async with await Store.open(tmp_path / name) as store:
            await store.migrate()
            await sync_catalogs(store, dirs)
            found = []
            for mine in curated.characters:
                character = await store.resolve_character(mine.name, None)
                assert character is not None, mine.name
                found.append(character)
            cards.append(found)
    for alone, merged in zip(*cards, strict=True):
        assert merged.name == alone.name
        for key in ("voice_actor", "description", "first_episode", "facts", "anime_title"):
            assert getattr(merged, key) == getattr(alone, key), (alone.name, key)
        assert merged.aliases[: len(alone.aliases)] == alone.aliases, alone.name
    async with await Store.open(tmp_path / "merged.db") as store:
        jean = await store.resolve_character("Jean Junghardt", None)
    assert jean is not None and jean.anilist_id == 420005
    assert jean.image_url is not None and jean.image_url.startswith("https://s4.anilist.co/")
