"""A throwaway PostgreSQL cluster for the tests, and the pytest fixtures that hand it out.

The cluster is made once per test session: ``initdb`` into a temporary directory, a server on
127.0.0.1 (a free port) and on a unix socket in that directory, with durability off (fsync,
synchronous_commit, full_page_writes) because nothing in it must survive. It is stopped and
deleted when the session ends. ``initdb`` refuses to run as root, so as root (CI) the cluster
is owned and run by an unprivileged user: ``postgres`` (made by Debian's package) or ``nobody``.

Fixtures (the root conftest loads this module as a plugin):

* ``postgres_cluster`` (session) — the running :class:`Cluster`.
* ``postgres_dsn`` (session) — ``postgresql://`` URL of one database shared by the session.
* ``pg_dsn`` — a fresh, empty database for this test (dropped after it).
* ``pg_migrated_dsn`` — a fresh database with every PostgreSQL migration applied, copied from a
  template migrated once per session (``CREATE DATABASE ... TEMPLATE``), so it costs ~20 ms.

Without PostgreSQL (no ``initdb``/``pg_ctl`` on PATH nor in ``/usr/lib/postgresql/*/bin``, or
no asyncpg) those fixtures skip their tests, and the report header says why in one line.
With ``REQUIRE_POSTGRES=1`` (CI) they fail instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import glob
import itertools
import logging
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

log = logging.getLogger(__name__)

REQUIRE_ENV = "REQUIRE_POSTGRES"
BIN_GLOB = "/usr/lib/postgresql/*/bin"
SUPERUSER = "postgres"
MAINTENANCE_DB = "postgres"
SESSION_DB = "rouge_session"
EMPTY_TEMPLATE = "rouge_empty"
MIGRATED_TEMPLATE = "rouge_migrated"
UNPRIVILEGED_USERS = ("postgres", "nobody")
START_TIMEOUT_S = 60
START_ATTEMPTS = 3  # a free port can be taken between choosing it and binding it
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "16MB",
    "max_connections": "100",
    "log_min_messages": "warning",
    "logging_collector": "off",
    "max_locks_per_transaction": "128",
    "wal_level": "minimal",  # less WAL per CREATE DATABASE (one per test)
    "max_wal_senders": "0",
}

# named SQL; the identifiers come from this module's own constants and counters
CREATE_DATABASE_FROM = 'CREATE DATABASE "{name}" TEMPLATE "{template}"'
# PostgreSQL 15+: copying the template's files (and a checkpoint) takes half the time of the
# default WAL_LOG strategy for these small databases
CREATE_DATABASE_FROM_FILES = CREATE_DATABASE_FROM + " STRATEGY FILE_COPY"
DROP_DATABASE = 'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
CREATE_DATABASE = 'CREATE DATABASE "{name}"'


class PostgresUnavailable(RuntimeError):
    """PostgreSQL cannot be used here (why, in one line)."""


# --------------------------------------------------------------------------- finding it


def find_bin_dir() -> Path:
    """The directory holding initdb, pg_ctl and postgres: PATH first, then Debian's layout
    (the newest version there)."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        directory = Path(initdb).resolve().parent
        if (directory / "postgres").exists():
            return directory
    candidates = [
        Path(p)
        for p in glob.glob(BIN_GLOB)
        if (Path(p) / "initdb").exists() and (Path(p) / "pg_ctl").exists()
    ]
    if not candidates:
        raise PostgresUnavailable(
            "PostgreSQL server binaries not found (initdb/pg_ctl neither on PATH nor in "
            f"{BIN_GLOB}); install the postgresql package"
        )
    return max(candidates, key=lambda p: _version_key(p.parent.name))


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit()) or (0,)


def _check_asyncpg() -> None:
    try:
        import asyncpg  # noqa: F401
    except ImportError as exc:
        raise PostgresUnavailable("asyncpg is not installed (pip install -e .[dev])") from exc


def _run_as() -> pwd.struct_passwd | None:
    """The unprivileged account to run the cluster as when we are root; None otherwise."""
    if os.geteuid() != 0:
        return None
    for name in UNPRIVILEGED_USERS:
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise PostgresUnavailable(
        f"running as root and none of the users {UNPRIVILEGED_USERS} exists to run PostgreSQL"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------- the cluster


@dataclass
class Cluster:
    """One throwaway cluster: start() it, use dsn(), stop() it (which deletes its files)."""

    bin_dir: Path
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="rouge-pg-")))
    port: int = 0
    account: pwd.struct_passwd | None = None
    version: str = ""
    # postgresql.conf settings (the bench passes its own: durability on, more memory)
    settings: dict[str, str] = field(default_factory=lambda: dict(SETTINGS))
    _names: Iterator[int] = field(default_factory=itertools.count)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    @property
    def log_file(self) -> Path:
        return self.root / "postgres.log"

    def dsn(self, database: str = MAINTENANCE_DB) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    @property
    def major(self) -> int:
        """The server's major version ("postgres (PostgreSQL) 15.8" -> 15; 0 if unknown)."""
        match = re.search(r"(\d+)(?:\.\d+)?", self.version)
        return int(match.group(1)) if match else 0

    def next_name(self, prefix: str) -> str:
        return f"{prefix}_{os.getpid()}_{next(self._names)}"

    def _command(self, args: Sequence[str]) -> list[str]:
        if self.account is None:
            return list(args)
        return ["runuser", "-u", self.account.pw_name, "--", *args]

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._command(args),
            check=False,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S * 2,
            cwd=self.root,  # the unprivileged user may not be able to enter our cwd
        )

    def start(self) -> Cluster:
        self.account = _run_as()
        if self.account is not None:
            os.chown(self.root, self.account.pw_uid, self.account.pw_gid)
        initdb = self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data_dir),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        if initdb.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {_last_line(initdb.stderr)}")
        self.version = _first_line(
            self._run(str(self.bin_dir / "postgres"), "--version").stdout
        ).strip()
        with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# tests/pg.py: a throwaway cluster\n")
            for key, value in self.settings.items():
                conf.write(f"{key} = {value}\n")
            conf.write(f"unix_socket_directories = '{self.socket_dir}'\n")
        error = ""
        for _ in range(START_ATTEMPTS):
            self.port = _free_port()
            started = self._run(
                str(self.bin_dir / "pg_ctl"),
                "start",
                "-w",
                "-t",
                str(START_TIMEOUT_S),
                "-D",
                str(self.data_dir),
                "-l",
                str(self.log_file),
                "-o",
                f"-p {self.port}",
            )
            if started.returncode == 0:
                log.info("PostgreSQL test cluster on port %d in %s", self.port, self.root)
                return self
            error = _last_line(self._log_tail() or started.stderr)
        self.remove()
        raise PostgresUnavailable(f"the PostgreSQL test cluster did not start: {error}")

    def stop(self) -> None:
        if (self.data_dir / "postmaster.pid").exists():
            self._run(
                str(self.bin_dir / "pg_ctl"), "stop", "-m", "immediate", "-D", str(self.data_dir)
            )
        self.remove()

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def _log_tail(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")[-2000:]
        except OSError:
            return ""


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _last_line(text: str) -> str:
    return text.strip().splitlines()[-1] if text.strip() else "(no output)"


def start_cluster(settings: dict[str, str] | None = None) -> Cluster:
    """Find PostgreSQL and start a throwaway cluster (with these postgresql.conf `settings`,
    default the tests' SETTINGS), or raise PostgresUnavailable."""
    _check_asyncpg()
    cluster = Cluster(find_bin_dir())
    if settings is not None:
        cluster.settings = dict(settings)
    return cluster.start()


async def execute(dsn: str, *statements: str) -> None:
    """Run statements one by one on a short-lived connection (DDL outside a transaction)."""
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()


def _run_async(coro: Any) -> Any:
    """Run a coroutine on a private loop (session fixtures are synchronous)."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()


# --------------------------------------------------------------------------- pytest plugin


def _required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") == "1"


def _probe() -> tuple[Path | None, str]:
    """The server binaries, or why PostgreSQL tests cannot run here, without starting anything."""
    try:
        _check_asyncpg()
        return find_bin_dir(), ""
    except PostgresUnavailable as exc:
        return None, str(exc)


def pytest_report_header(config: pytest.Config) -> str:
    bin_dir, reason = _probe()
    if not reason:
        return f"postgresql: throwaway test clusters from {bin_dir}"
    if _required():
        return f"postgresql: MISSING and {REQUIRE_ENV}=1, PostgreSQL tests will fail: {reason}"
    return f"postgresql: PostgreSQL tests skipped: {reason} (set {REQUIRE_ENV}=1 to fail instead)"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: needs the throwaway PostgreSQL cluster")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without PostgreSQL, its tests are skipped by a marker, which pytest's summary folds into
    one line per file (a skip raised in a fixture would print one line per test)."""
    _, reason = _probe()
    if not reason or _required():
        return
    skip = pytest.mark.skip(reason=f"PostgreSQL unavailable: {reason}")
    for item in items:
        # a test asking for the cluster, or marked `postgres` (an engine parameter that
        # reaches the cluster through request.getfixturevalue)
        if "postgres_cluster" in getattr(item, "fixturenames", ()) or item.get_closest_marker(
            "postgres"
        ):
            item.add_marker(skip)


def _unavailable(reason: str) -> None:
    if _required():
        pytest.fail(f"PostgreSQL is required ({REQUIRE_ENV}=1) but unavailable: {reason}")
    pytest.skip(f"PostgreSQL unavailable: {reason}")


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    """The session's throwaway cluster (skips, or fails with REQUIRE_POSTGRES=1, without it)."""
    try:
        cluster = start_cluster()
    except PostgresUnavailable as exc:
        _unavailable(str(exc))
        raise AssertionError("unreachable") from exc
    try:
        _run_async(
            execute(
                cluster.dsn(),
                CREATE_DATABASE.format(name=SESSION_DB),
                CREATE_DATABASE.format(name=EMPTY_TEMPLATE),
            )
        )
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def postgres_dsn(postgres_cluster: Cluster) -> str:
    """DSN of one database shared by the whole session (tests must not assume it is empty)."""
    return postgres_cluster.dsn(SESSION_DB)


@pytest.fixture(scope="session")
def _pg_migrated_template(postgres_cluster: Cluster) -> str:
    from bot import paths
    from bot.store.postgres.connection import connect_pool
    from bot.store.postgres.migrations import migrate

    async def build() -> None:
        await execute(
            postgres_cluster.dsn(),
            CREATE_DATABASE_FROM.format(name=MIGRATED_TEMPLATE, template=EMPTY_TEMPLATE),
        )
        pool = await connect_pool(postgres_cluster.dsn(MIGRATED_TEMPLATE), min_size=1, max_size=1)
        try:
            await migrate(pool, paths.migrations_dir("postgres"))
        finally:
            await pool.close()

    _run_async(build())
    return MIGRATED_TEMPLATE


@contextlib.asynccontextmanager
async def _fresh_database(cluster: Cluster, template: str) -> AsyncIterator[str]:
    name = cluster.next_name("t")
    create = CREATE_DATABASE_FROM_FILES if cluster.major >= 15 else CREATE_DATABASE_FROM
    await execute(cluster.dsn(), create.format(name=name, template=template))
    try:
        yield cluster.dsn(name)
    finally:
        await execute(cluster.dsn(), DROP_DATABASE.format(name=name))


@pytest.fixture
async def pg_dsn(postgres_cluster: Cluster) -> AsyncIterator[str]:
    """DSN of a fresh, empty database for this test only."""
    async with _fresh_database(postgres_cluster, EMPTY_TEMPLATE) as dsn:
        yield dsn


@pytest.fixture
async def pg_migrated_dsn(
    postgres_cluster: Cluster, _pg_migrated_template: str
) -> AsyncIterator[str]:
    """DSN of a fresh database for this test with every PostgreSQL migration applied."""
    async with _fresh_database(postgres_cluster, _pg_migrated_template) as dsn:
        yield dsn
