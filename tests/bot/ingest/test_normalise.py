"""bot/ingest/normalise.py: the content hash ignores newline style and trailing spaces."""

from __future__ import annotations

import re

from tests.bot.ingest.helpers import (
    ANIME_REVIEW,
    BODY,
    doc,
    seed,
)


def test_crlf_and_lf_hash_the_same() -> None:
    lf = f"Show Episode 1 Review\n\n{BODY}\n"
    crlf = lf.replace("\n", "\r\n")
    trailing = lf.replace("\n", "   \n")
    assert doc(lf).content_hash == doc(crlf).content_hash == doc(trailing).content_hash
    assert re.fullmatch(r"[0-9a-f]{64}", doc(lf).content_hash)


def test_different_text_hashes_differently() -> None:
    assert (
        doc(f"Show Episode 1\n\n{BODY}").content_hash
        != doc(f"Show Episode 2\n\n{BODY}").content_hash
    )


def test_the_same_seed_read_twice_hashes_the_same() -> None:
    assert seed(ANIME_REVIEW).content_hash == seed(ANIME_REVIEW).content_hash
