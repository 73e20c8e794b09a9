from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.text.finds import find_all, matches_from


def test_every_position_of_each_needle_in_order() -> None:
    text = "out of Out of OUT OF; about"
    assert find_all(text, ("out of", "Out of", "OUT OF")) == [0, 7, 14]
    assert find_all("aaa", ("aa",)) == [0, 1]  # overlapping occurrences count
    assert find_all("abc", ("x",)) == []
    assert find_all(b"out of, OUT OF", (b"out of",)) == [0]  # bytes too (the linker's UTF-8)


@given(
    st.text(alphabet="ab ", max_size=30),
    st.lists(st.sampled_from(["a", "ab", "b a"]), max_size=3, unique=True),
)
def test_matches_a_regex_scan_of_each_needle(text: str, needles: list[str]) -> None:
    expected = sorted(
        m.start() for needle in needles for m in re.finditer(f"(?={re.escape(needle)})", text)
    )
    assert find_all(text, needles) == expected


@given(st.text(alphabet="ab c", max_size=30))
def test_matches_from_every_start_of_a_literal_head_is_a_scan(text: str) -> None:
    # every match of the pattern starts with "a": trying it where an "a" is finds what a scan does
    pattern = re.compile(r"(?<!\w)a[ab]*(?!\w)")
    found = [m.span() for m in matches_from(pattern, text, find_all(text, ("a",)))]
    assert found == [m.span() for m in pattern.finditer(text)]
