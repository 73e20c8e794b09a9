"""Near-miss matching: difflib-ratio ranking, with cheap exact bounds (transposition, LCS)."""

from __future__ import annotations

import difflib
import logging
from collections.abc import Collection, Mapping, Sequence
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

FUZZY_CUTOFF = 0.6  # difflib ratio a near miss needs at least


def one_transposition(a: str, b: str) -> bool:
    """True when b is a with two adjacent letters swapped ("rogue" / "rouge")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def lcs_length(pattern: Mapping[str, int], size: int, text: str) -> int:
    """Longest common subsequence of a string of `size` characters (given as `pattern`:
    character -> bitmask of its positions) and `text`; bit-parallel (Hyyrö 2004)."""
    full = (1 << size) - 1
    v = full
    for ch in text:
        u = v & pattern.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return size - v.bit_count()


def positions(text: str) -> dict[str, int]:
    """`text` as `lcs_length` takes it: character -> bitmask of the positions it is at."""
    pattern: dict[str, int] = {}
    for i, ch in enumerate(text):
        pattern[ch] = pattern.get(ch, 0) | (1 << i)
    return pattern


def rank_by_names(
    items: Sequence[T], names: Sequence[Collection[str]], q: str, limit: int
) -> list[T]:
    """Items for a folded query `q`: those with a name starting with `q`, then those with a
    name containing it, then near misses (best difflib ratio >= FUZZY_CUTOFF, best first);
    each group in the items' own order. `names[i]` are item i's folded names."""
    if not q:
        return list(items[:limit])
    ranked: list[tuple[int, float, int]] = []
    for position, own in enumerate(names):
        if any(n.startswith(q) for n in own):
            ranked.append((0, 0.0, position))
        elif any(q in n for n in own):
            ranked.append((1, 0.0, position))
        else:
            best = max((difflib.SequenceMatcher(None, q, n).ratio() for n in own), default=0)
            if best >= FUZZY_CUTOFF:
                ranked.append((2, -best, position))
    ranked.sort()
    return [items[r[2]] for r in ranked[:limit]]
