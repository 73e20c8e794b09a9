"""Where the bot's files are: the one place that says so.

Read-only files ship inside the package (`bot/resources/`) and are found through
`importlib.resources`, so a wheel works from any working directory: the migrations of each
engine, the bundled catalogs and the seed documents. What the operator writes lives in one data
directory (`DATA_DIR`, default `data/` under the working directory): the database, imported or
edited catalogs (`DATA_DIR/catalog/*.toml`, which extend or override the bundled ones by slug)
and feed state.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

DEFAULT_DATA_DIR = Path("data")
DATABASE_FILE = "reviews.db"
CATALOG_SUBDIR = "catalog"


def _resources() -> Path:
    # setuptools installs packages as plain directories, so the Traversable is a real Path
    # (a zipped install would not be: refuse it loudly rather than half-work).
    root = files("bot.resources")
    if not isinstance(root, Path):
        raise RuntimeError("bot must be installed as files, not as a zip archive")
    return root


RESOURCES = _resources()
MIGRATIONS = RESOURCES / "migrations"
BUNDLED_CATALOGS = RESOURCES / "catalog"
SEEDS = RESOURCES / "seeds"


def migrations_dir(engine: str = "sqlite") -> Path:
    """The numbered migration files of one engine."""
    return MIGRATIONS / engine


def catalog_dirs(data_dir: Path) -> tuple[Path, ...]:
    """Where catalogs are read from, in order: a later file with the same slug wins."""
    return (BUNDLED_CATALOGS, data_dir / CATALOG_SUBDIR)
