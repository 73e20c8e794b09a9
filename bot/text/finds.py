"""Finding literal strings fast: str.find in C, no regex engine."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["find_all"]


def find_all(text: str, needles: Sequence[str]) -> list[int]:
    """Every position of any of `needles` in `text`, sorted (overlapping ones included; the
    same position once per needle found there)."""
    found: list[int] = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    found.sort()
    return found
