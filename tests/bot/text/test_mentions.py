"""bot/text/mentions.py: which sentences name which key, as spans into the text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import paths
from bot.catalog import load_catalogs
from bot.models import Catalog
from bot.text.mentions import MentionSpan, NameMatcher, find_mentions
from tests.bot.ingest.helpers import RECAP_AND_REVIEW, seed


@pytest.fixture(scope="module")
def catalogs() -> list[Catalog]:
    return load_catalogs(paths.BUNDLED_CATALOGS)


def sentences_named(text: str, names: Mapping[int, Sequence[str]]) -> list[tuple[int, str]]:
    """(key, the sentence of each span with its whitespace collapsed)."""
    return [(m.key, " ".join(text[m.start : m.end].split())) for m in find_mentions(text, names)]


def test_find_mentions_longest_name_first() -> None:
    names = {1: ["Sara Fitzgerald", "Sara", "Viola Keane"], 2: ["Viola"]}
    text = "Sara confirms she’s Viola Keane. Viola transforms. Sara and Sara Fitzgerald sing."
    assert sentences_named(text, names) == [
        (1, "Sara confirms she’s Viola Keane."),
        (2, "Viola transforms."),
        (1, "Sara and Sara Fitzgerald sing."),
    ]


def test_find_mentions_is_word_bounded_and_case_sensitive() -> None:
    names = {7: ["Rouge"]}
    text = (
        "Rouge’s armor is red. Rouge's too. The rouge colour. Rouges are many. "
        "XRouge is not her. Naomi helps Rouge."
    )
    assert [s for _, s in sentences_named(text, names)] == [
        "Rouge’s armor is red.",
        "Rouge's too.",
        "Naomi helps Rouge.",
    ]


def test_find_mentions_lists_each_key_once_per_sentence_in_order() -> None:
    names = {1: ["Rouge"], 2: ["Naomi"]}
    assert sentences_named("Naomi hands Rouge a bar; Rouge thanks Naomi.", names) == [
        (2, "Naomi hands Rouge a bar; Rouge thanks Naomi."),
        (1, "Naomi hands Rouge a bar; Rouge thanks Naomi."),
    ]


def test_find_mentions_in_a_seed(catalogs: list[Catalog]) -> None:
    sara = next(c for c in catalogs[0].characters if c.name == "Sara Fitzgerald")
    names = {1: [sara.name, *(a.name for a in sara.aliases), *sara.variants]}
    recap = seed(RECAP_AND_REVIEW).sections[0].text
    sentences = [s for _, s in sentences_named(recap, names)]
    assert (
        "Sara confirms she’s Viola Keane and a different type of Nean compared to the ones "
        "Rouge’s familiar with." in sentences
    )
    assert (
        "Jaron tells Sarah a fellow Alters member named Silvia suspects Sarah leaked "
        "important intel, causing Jaron to fail the mission." in sentences
    )
    assert "A female (Ms. Sara) asks her to look after something for her." in sentences


def test_find_mentions_with_no_names() -> None:
    assert find_mentions("Rouge is here.", {}) == []
    assert find_mentions("Rouge is here.", {1: []}) == []


# --------------------------------------------------------------------------- spans


def test_spans_are_the_stripped_sentence_and_the_name_in_it() -> None:
    text = "It opens.  Naomi hands\nRouge a bar.\n\n  Rouge eats it. "
    assert find_mentions(text, {1: ["Rouge"], 2: ["Naomi"]}) == [
        MentionSpan(2, 11, 35, 11, 16),
        MentionSpan(1, 11, 35, 23, 28),
        MentionSpan(1, 39, 53, 39, 44),
    ]
    assert text[11:35] == "Naomi hands\nRouge a bar."
    assert text[39:53] == "Rouge eats it."


def test_a_name_span_skips_an_occurrence_inside_a_word() -> None:
    text = "XRouge meets Rouge."
    (mention,) = find_mentions(text, {1: ["Rouge"]})
    assert (mention.start, mention.end) == (0, len(text))
    assert (mention.name_start, mention.name_end) == (13, 18)


def test_a_name_starting_inside_a_word_leaves_a_shorter_name_after_it() -> None:
    text = "XViola Keane waves."
    (mention,) = find_mentions(text, {1: ["Viola Keane"], 2: ["Keane"]})
    assert mention.key == 2
    assert text[mention.name_start : mention.name_end] == "Keane"


def test_a_name_broken_over_lines_is_one_name_span() -> None:
    text = "Then Viola\nKeane sings."
    (mention,) = find_mentions(text, {3: ["Viola Keane"]})
    assert text[mention.name_start : mention.name_end] == "Viola\nKeane"


# --------------------------------------------------------------------------- properties

_NAMES = {1: ["Rouge"], 2: ["Viola Keane", "Viola"], 3: ["Naomi"]}


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("Rouge Naomi Viola Keane.!? \n'’s"), max_size=200),
)
def test_find_mentions_sentences_contain_a_name(text: str) -> None:
    names = _NAMES
    for key, sentence in sentences_named(text, names):
        assert any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", sentence) for n in names[key])


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("Rouge Naomi Viola Keane.!? \n\t'’sX"), max_size=200),
)
def test_each_span_holds_one_of_its_keys_names(text: str) -> None:
    for mention in find_mentions(text, _NAMES):
        sentence = text[mention.start : mention.end]
        assert sentence == sentence.strip()
        assert mention.start <= mention.name_start < mention.name_end <= mention.end
        name = " ".join(text[mention.name_start : mention.name_end].split())
        assert name in _NAMES[mention.key]


def test_hits_by_heads_finds_what_a_scan_finds() -> None:
    """Names found from their first words: the longest at a position, word-bounded on both
    sides (the look-behind sees the text before the first word), none inside an earlier
    hit, whitespace runs inside a name."""
    matcher = NameMatcher({1: ["metallic rouge", "metallic"], 2: ["rouge", "rouge noir"]})
    text = (
        "metallic rouge. xmetallic rouge; metallic  rouge noir! rouge noir, rouge\nnoir "
        "rouges metallic-rouge _rouge"
    )
    expected = [
        (0, 14, "metallic rouge"),
        (26, 31, "rouge"),
        (33, 48, "metallic rouge"),
        (55, 65, "rouge noir"),
        (67, 77, "rouge noir"),
        (85, 93, "metallic"),
        (94, 99, "rouge"),
    ]
    assert matcher.hits(text) == expected
    assert matcher.hits_by_heads(text) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["ab", "abc", "b", "c", " ", "  ", "\n", "x", "_", ".", "é"]), max_size=16
    ).map("".join)
)
def test_hits_by_heads_is_hits(text: str) -> None:
    matcher = NameMatcher({1: ["ab c", "abc"], 2: ["b", "b c", "c"], 3: ["bc ab"]})
    assert matcher.hits_by_heads(text) == matcher.hits(text)


def test_hits_by_heads_of_a_case_insensitive_matcher_scans() -> None:
    matcher = NameMatcher({1: ["rouge"]}, re.IGNORECASE)
    assert matcher.hits_by_heads("Rouge and ROUGE") == [(0, 5, "Rouge"), (10, 15, "ROUGE")]
