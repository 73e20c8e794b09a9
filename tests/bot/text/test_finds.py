from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.text.finds import find_all


def test_every_position_of_each_needle_in_order() -> None:
    text = "out of Out of OUT OF; about"
    assert find_all(text, ("out of", "Out of", "OUT OF")) == [0, 7, 14]
    assert find_all("aaa", ("aa",)) == [0, 1]  # overlapping occurrences count
    assert find_all("abc", ("x",)) == []


@given(
    st.text(alphabet="ab ", max_size=30),
    st.lists(st.sampled_from(["a", "ab", "b a"]), max_size=3, unique=True),
)
def test_matches_a_regex_scan_of_each_needle(text: str, needles: list[str]) -> None:
    expected = sorted(
        m.start() for needle in needles for m in re.finditer(f"(?={re.escape(needle)})", text)
    )
    assert find_all(text, needles) == expected
