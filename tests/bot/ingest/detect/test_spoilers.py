"""bot/ingest/detect/spoilers.py: declared spoilers, and promises of none."""

from __future__ import annotations

import pytest

from tests.bot.ingest.helpers import (
    BODY,
    doc,
)


@pytest.mark.parametrize(
    ("declaration", "spoiler"),
    [
        ("This review contains spoilers.", True),
        ("Minor spoilers ahead.", True),
        ("Spoiler warning: the ending is discussed.", True),
        ("This review contains a mod's favourite kind of spoilers – minor spoilers.", True),
        ("A spoiler-free review!", False),
        ("No spoilers here, promise.", False),
        ("There are no major spoilers in this review.", False),
        ("A plain opening line.", False),
    ],
)
def test_declared_spoilers(declaration: str, spoiler: bool) -> None:
    parsed = doc(f"Show: Anime Review\n\n{declaration}\n\n{BODY}")
    assert [s.spoiler for s in parsed.sections] == [spoiler]
