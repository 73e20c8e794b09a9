"""Fixtures of the ingestion tests."""

from __future__ import annotations

import pytest

from bot import paths
from bot.catalog import load_catalogs
from bot.models import Catalog


@pytest.fixture(scope="module")
def catalogs() -> list[Catalog]:
    """The bundled catalogs (Metallic Rouge's)."""
    return load_catalogs(paths.BUNDLED_CATALOGS)
