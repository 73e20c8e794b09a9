"""The throwaway PostgreSQL cluster of tests/pg.py: who runs it, how, and test isolation."""

from __future__ import annotations

import os
from pathlib import Path

import asyncpg
import pytest

from tests.pg import Cluster, PostgresUnavailable, _fresh_database, find_bin_dir

pytestmark = pytest.mark.postgres


async def test_the_server_runs_unprivileged_with_durability_off(
    postgres_cluster: Cluster, pg_dsn: str
) -> None:
    conn = await asyncpg.connect(pg_dsn)
    try:
        assert await conn.fetchval("SHOW fsync") == "off"
        assert await conn.fetchval("SHOW synchronous_commit") == "off"
        assert await conn.fetchval("SHOW listen_addresses") == "127.0.0.1"
        assert await conn.fetchval("SHOW server_encoding") == "UTF8"
        data_dir = Path(await conn.fetchval("SHOW data_directory"))
    finally:
        await conn.close()
    _check_owner(postgres_cluster, data_dir)


def _check_owner(cluster: Cluster, data_dir: Path) -> None:
    assert data_dir.resolve() == cluster.data_dir.resolve()
    # initdb refuses root: as root, the files and the postmaster belong to an unprivileged user
    pid = int((data_dir / "postmaster.pid").read_text().split()[0])
    owner = os.stat(f"/proc/{pid}").st_uid
    assert owner == os.stat(data_dir).st_uid
    if os.geteuid() == 0:
        assert cluster.account is not None
        assert owner == cluster.account.pw_uid != 0
    else:
        assert owner == os.geteuid()


async def test_each_test_gets_its_own_empty_database(
    postgres_cluster: Cluster, pg_dsn: str, postgres_dsn: str
) -> None:
    conn = await asyncpg.connect(pg_dsn)
    try:
        assert (
            await conn.fetchval("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0
        )
        await conn.execute("CREATE TABLE mine (x int)")
        name = await conn.fetchval("SELECT current_database()")
    finally:
        await conn.close()
    assert name not in postgres_dsn
    async with _fresh_database(postgres_cluster, "rouge_empty") as other:
        conn = await asyncpg.connect(other)
        try:
            assert await conn.fetchval("SELECT to_regclass('mine')") is None
        finally:
            await conn.close()
    # and the fresh database is gone once its test is over
    conn = await asyncpg.connect(postgres_cluster.dsn())
    try:
        names = {r[0] for r in await conn.fetch("SELECT datname FROM pg_database")}
    finally:
        await conn.close()
    assert other.rsplit("/", 1)[1] not in names
    assert name in names  # (this test's own database lives until the test ends)


async def test_a_migrated_database_is_at_the_newest_migration(pg_migrated_dsn: str) -> None:
    from bot import paths
    from bot.store.migrations import migration_files

    newest = migration_files(paths.migrations_dir("postgres"))[-1][0]
    conn = await asyncpg.connect(pg_migrated_dsn)
    try:
        assert await conn.fetchval("SELECT max(version) FROM schema_version") == newest
        await conn.execute("INSERT INTO meta (key, value) VALUES ('mine', 'x')")
    finally:
        await conn.close()


def test_missing_binaries_are_reported_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setattr("tests.pg.BIN_GLOB", "/nonexistent/postgresql/*/bin")
    with pytest.raises(PostgresUnavailable, match="not found") as caught:
        find_bin_dir()
    assert "\n" not in str(caught.value)


def test_the_header_says_why_tests_are_skipped(
    monkeypatch: pytest.MonkeyPatch, pytestconfig: pytest.Config
) -> None:
    from tests import pg

    monkeypatch.setattr(pg, "BIN_GLOB", "/nonexistent/postgresql/*/bin")
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv(pg.REQUIRE_ENV, raising=False)
    header = pg.pytest_report_header(pytestconfig)
    assert header.startswith("postgresql: PostgreSQL tests skipped: ")
    assert "\n" not in header
    monkeypatch.setenv(pg.REQUIRE_ENV, "1")
    header = pg.pytest_report_header(pytestconfig)
    assert "MISSING" in header and "will fail" in header


def test_without_postgres_a_test_skips_unless_required(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests import pg

    monkeypatch.delenv(pg.REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="PostgreSQL unavailable: no initdb"):
        pg._unavailable("no initdb")
    monkeypatch.setenv(pg.REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match=r"REQUIRE_POSTGRES=1.*no initdb"):
        pg._unavailable("no initdb")


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the cluster to another user")
async def test_as_root_without_a_postgres_user_nobody_runs_it(
    postgres_cluster: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests import pg

    monkeypatch.setattr(pg, "UNPRIVILEGED_USERS", ("no-such-user-here", "nobody"))
    cluster = pg.Cluster(postgres_cluster.bin_dir).start()
    try:
        assert cluster.account is not None and cluster.account.pw_name == "nobody"
        assert os.stat(cluster.data_dir).st_uid == cluster.account.pw_uid
        conn = await asyncpg.connect(cluster.dsn())
        try:
            assert await conn.fetchval("SELECT 1") == 1
        finally:
            await conn.close()
    finally:
        cluster.stop()
    assert not cluster.root.exists()
