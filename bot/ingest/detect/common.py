"""Small helpers the detectors share."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["MAX_EPISODE", "find_all"]

MAX_EPISODE = 9999


def find_all(text: str, needles: Sequence[str]) -> list[int]:
    """Every position of any of `needles` in `text`, sorted (C-speed str.find, no regex)."""
    found: list[int] = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    found.sort()
    return found
