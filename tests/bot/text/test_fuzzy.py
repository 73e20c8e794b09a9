"""bot/text/fuzzy.py: the exact helpers the near-miss ranking relies on, and name ranking."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.text.fuzzy import lcs_length, one_transposition, positions, rank_by_names


def test_one_transposition() -> None:
    assert one_transposition("rogue", "rouge")
    assert one_transposition("abc", "acb")
    assert not one_transposition("rouge", "rouge")  # the same word is no typo
    assert not one_transposition("abcd", "badc")  # two swaps
    assert not one_transposition("abc", "cba")  # not adjacent
    assert not one_transposition("ab", "abc")


def _lcs_by_table(a: str, b: str) -> int:
    """The textbook dynamic programme."""
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


@given(st.text(alphabet="abcé ", max_size=12), st.text(alphabet="abcé ", max_size=12))
def test_bit_parallel_lcs_equals_the_table(a: str, b: str) -> None:
    assert lcs_length(positions(a), len(a), b) == _lcs_by_table(a, b)


def test_lcs_examples() -> None:
    assert lcs_length(positions("rogue"), 5, "rouge") == 4
    assert lcs_length(positions("naomy"), 5, "naomi") == 4
    assert lcs_length(positions(""), 0, "anything") == 0


def test_rank_by_names_prefix_then_substring_then_near_misses() -> None:
    items = ["Metallic Rouge", "Rouge Academy", "Other"]
    names = [{"metallic rouge", "mr"}, {"rouge academy"}, {"other"}]
    assert rank_by_names(items, names, "rou", 25) == ["Rouge Academy", "Metallic Rouge"]
    assert rank_by_names(items, names, "mr", 25) == ["Metallic Rouge"]
    assert rank_by_names(items, names, "metalic rouge", 25) == ["Metallic Rouge"]  # near miss
    assert rank_by_names(items, names, "zzzz", 25) == []
    assert rank_by_names(items, names, "", 2) == ["Metallic Rouge", "Rouge Academy"]
    assert rank_by_names(items, names, "rou", 1) == ["Rouge Academy"]
