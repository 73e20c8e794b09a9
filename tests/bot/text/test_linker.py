"""bot/text/linker.py: name patterns, placing sentences, and the title mask."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot.text.linker import Linker, names_pattern
from bot.text.mentions import MentionSpan


def test_names_pattern_prefers_longer_names_and_bounds_words() -> None:
    pattern = names_pattern(["Viola", "Viola Keane", " "])
    assert pattern is not None
    assert pattern.search("Then Viola Keane arrives").group() == "Viola Keane"  # type: ignore[union-attr]
    assert pattern.search("Viola\n  Keane").group() == "Viola\n  Keane"  # type: ignore[union-attr]
    assert pattern.search("Violas and Violet") is None
    assert names_pattern(["", "  "]) is None
    assert names_pattern(["rouge"], re.IGNORECASE).search("ROUGE")  # type: ignore[union-attr]


def test_a_name_only_inside_the_title_is_no_mention() -> None:
    text = "Metallic Rouge is great. Rouge fights."

    def sentences(text: str, names: Mapping[int, Sequence[str]]) -> list[MentionSpan]:
        return [MentionSpan(1, 0, 24, 9, 14), MentionSpan(1, 25, 38, 25, 30)]

    linker = Linker(
        names={1: ("Rouge",)},
        canonical={1: "Rouge Redstar"},
        title_mask=names_pattern(["Metallic Rouge"], re.IGNORECASE),
        sentences=sentences,
    )
    assert linker.find(9, text) == [(1, 9, 25, 38)]
    assert text[25:38] == "Rouge fights."


def test_no_names_links_nothing() -> None:
    def sentences(text: str, names: Mapping[int, Sequence[str]]) -> list[MentionSpan]:
        raise AssertionError("not asked")

    assert Linker({}, {}, None, sentences).find(1, "Rouge.") == []
