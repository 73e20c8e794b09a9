"""bot/spoilers.py: escaping, spoiler spans, paging and the reader's gate.

The checks use a small reference reader of Discord's rules written here (not the module's own
helpers): a backslash escapes the next character, ``||`` opens/closes a spoiler. Discord's own
spoiler rule is a lazy ``\\|\\|([\\s\\S]+?)\\|\\|`` that ignores escapes, so spans are also
checked against that naive reading.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.spoilers import (
    Audience,
    Gate,
    chunk_words,
    escape,
    fit_plain,
    fit_spoiler,
    gated,
    plain_pages,
    spoiler,
    spoiler_pages,
    truncate,
)
from tests.discord_text import unescape, unescaped_delimiters

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --------------------------------------------------------------------------- a reference reader


def dangling_backslash(text: str) -> bool:
    i = 0
    while i < len(text):
        if text[i] == "\\":
            if i + 1 == len(text):
                return True
            i += 2
        else:
            i += 1
    return False


def assert_well_formed_span(span: str) -> str:
    """``span`` is one whole spoiler: delimiters only at its two ends, under both readings.
    Returns the text the reader sees inside it."""
    assert span.startswith("||")
    assert span.endswith("||")
    assert unescaped_delimiters(span) == [0, len(span) - 2], span[:200]
    inner = span[2:-2]
    # Discord's lazy regex: the first "||" after the opener closes the span.
    assert "||" not in inner
    assert not inner.endswith("|")
    assert not dangling_backslash(inner)
    assert inner.strip()
    return unescape(inner)


def split_spans(page: str) -> tuple[list[str], list[str]]:
    """A page made only of spans -> (spans, separators between them)."""
    marks = unescaped_delimiters(page)
    assert len(marks) % 2 == 0, page[:200]
    assert marks, page[:200]
    assert marks[0] == 0
    assert marks[-1] == len(page) - 2
    spans, gaps = [], []
    for k in range(0, len(marks), 2):
        start, end = marks[k], marks[k + 1] + 2
        spans.append(page[start:end])
        if k + 2 < len(marks):
            gaps.append(page[end : marks[k + 2]])
    return spans, gaps


def seed_paragraphs(name_prefix: str) -> list[str]:
    (path,) = SEEDS.glob(f"{name_prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


# --------------------------------------------------------------------------- strategies

FRAGMENTS = [
    "||",
    "|",
    "\\",
    "\\|",
    "`",
    "```",
    "```py\nprint(1)\n```",
    "**",
    "*",
    "__",
    "_",
    "~~",
    "> ",
    ">>> ",
    "# ",
    "## ",
    "-# ",
    "- ",
    "+ ",
    "1. ",
    "[a](https://example.com)",
    "@everyone",
    "@here",
    "<@123>",
    "<@&5>",
    "<#9>",
    "<t:1700000000:R>",
    "</recap:1>",
    "https://example.com/a_b*c",
    "https://x.y/|z",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "Rouge",
    "Naomi",
    "Nectar",
    "Immortal Nine",
    "é",
    "🟥",
    "\u2028",
]
fragments = st.sampled_from(FRAGMENTS)
tricky_text = st.lists(st.one_of(fragments, st.text(max_size=8)), max_size=60).map("".join)
huge_text = st.builds(
    lambda parts, size: ("".join(parts) * (size // len("".join(parts)) + 1))[:size],
    st.lists(fragments, min_size=1, max_size=12),
    st.integers(min_value=1, max_value=20_000),
)
any_text = st.one_of(tricky_text, st.text(), huge_text)


# --------------------------------------------------------------------------- escape


@SLOW
@given(any_text)
def test_escape_renders_back_to_the_original(text: str) -> None:
    assert unescape(escape(text)) == text


@SLOW
@given(any_text)
def test_escape_only_escapes_punctuation(text: str) -> None:
    # Discord only honours "\x" for non-alphanumeric, non-space x; anything else would show "\".
    escaped = escape(text)
    i = 0
    while i < len(escaped):
        if escaped[i] == "\\":
            assert i + 1 < len(escaped)
            nxt = escaped[i + 1]
            assert not nxt.isalnum(), escaped[max(0, i - 5) : i + 5]
            assert not nxt.isspace(), escaped[max(0, i - 5) : i + 5]
            i += 2
        else:
            i += 1


@SLOW
@given(st.lists(st.one_of(fragments, st.text(max_size=8)), max_size=60).map("".join))
def test_escape_leaves_no_live_markdown(text: str) -> None:
    if "://" in text:  # characters inside URLs are the one documented exception
        return
    escaped = escape(text)
    bare = re.sub(r"\\.", "X", escaped, flags=re.DOTALL)  # what is escaped can't be markup
    for ch in "\\*_~`|[]":
        assert ch not in bare, (ch, escaped)
    assert "<@" not in bare
    assert "<#" not in bare
    assert "@everyone" not in bare
    assert "@here" not in bare
    for line in bare.splitlines():
        stripped = line.lstrip()
        assert not stripped.startswith(("#", ">", "- ", "+ ")), line
        assert not re.match(r"\d+\. ", stripped), line


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Rouge || Naomi", "Rouge \\|\\| Naomi"),
        ("**bold** and __under__", "\\*\\*bold\\*\\* and \\_\\_under\\_\\_"),
        ("~~struck~~ `code`", "\\~\\~struck\\~\\~ \\`code\\`"),
        ("# Heading", "\\# Heading"),
        ("-# subtext", "\\-# subtext"),
        ("> quoted", "\\> quoted"),
        (">>> quoted", "\\>>> quoted"),
        ("- item", "\\- item"),
        ("1. item", "1\\. item"),
        ("line\n# Heading", "line\n\\# Heading"),
        ("[text](https://example.com)", "\\[text\\](https://example.com)"),
        ("hi @everyone and <@123>", "hi \\@everyone and \\<@123>"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_escape_examples(raw: str, expected: str) -> None:
    assert escape(raw) == expected


def test_escape_leaves_ordinary_prose_alone() -> None:
    # Real sentences from the seeds: dashes, parentheses, quotes, colons, commas stay as written.
    for text in [
        "Metallic Rouge – Ep. 1 (First Impressions)",
        "One particular Nean, Rouge (Yume Miyamoto), is tasked with hunting down nine rebellious "
        "Neans collectively known as the Immortal Nine.",
        "Metallic Rouge earns itself a respectable 70 out of 100, which for me is the mark of an "
        "anime that’s pretty fun to watch as long as you aren’t thinking about it too hard.",
        "Kevin confirms androids like Scar Head are programmed with the “Asimov Code,” which "
        "prevents them from defying humans.",
        "the only rebuttal to the push for equality is essentially just that equality is,,,,a "
        "slippery slope?",
        "a dash - in the middle, and 1. in the middle",
    ]:
        assert escape(text) == text


def test_escape_keeps_urls_clickable() -> None:
    assert escape("see https://example.com/a_b*c now") == "see https://example.com/a_b*c now"


# --------------------------------------------------------------------------- spoiler


@SLOW
@given(any_text)
def test_spoiler_is_one_span_nothing_can_break_out_of(text: str) -> None:
    result = spoiler(text)
    if not text.strip():
        assert result == ""
        return
    inner = assert_well_formed_span(result)
    assert inner in (text.strip(), text.strip() + " ")


@pytest.mark.parametrize(
    "text",
    ["a|", "a||", "|", "||", "\\", "a\\", "`", "x ||y|| z", "||)", "https://x.y/|"],
)
def test_spoiler_edge_cases(text: str) -> None:
    assert unescape(assert_well_formed_span(spoiler(text))).strip() == unescape(escape(text))


@pytest.mark.parametrize("text", ["", " ", "\n\t ", "\u2028"])
def test_spoiler_of_blank_text_is_empty(text: str) -> None:
    assert spoiler(text) == ""


# --------------------------------------------------------------------------- chunk_words


@SLOW
@given(any_text, st.integers(min_value=1, max_value=300))
def test_chunk_words_respects_limit_and_words(text: str, limit: int) -> None:
    chunks = chunk_words(text, limit)
    words = text.split()
    assert all(0 < len(c) <= limit for c in chunks)
    assert "".join("".join(c.split()) for c in chunks) == "".join(words)
    if all(len(w) <= limit for w in words):
        assert [w for c in chunks for w in c.split()] == words


def test_chunk_words_only_splits_overlong_words() -> None:
    assert chunk_words("Rouge meets her human assistant Naomi", 12) == [
        "Rouge meets",
        "her human",
        "assistant",
        "Naomi",
    ]
    assert chunk_words("ab " + "x" * 10 + " cd", 4) == ["ab", "xxxx", "xxxx", "xx", "cd"]


def test_chunk_words_rejects_a_useless_limit() -> None:
    with pytest.raises(ValueError, match="limit"):
        chunk_words("a", 0)


# --------------------------------------------------------------------------- spoiler_pages


def check_spoiler_pages(text: str, limit: int) -> list[str]:
    pages = spoiler_pages(text, limit)
    seen: list[str] = []
    for page in pages:
        assert len(page) <= limit
        spans, gaps = split_spans(page)
        assert all(gap in (" ", "\n\n") for gap in gaps), gaps
        for span in spans:
            inner = assert_well_formed_span(span)
            seen.extend(inner.split())
    assert "".join(seen) == "".join(text.split())
    return pages


@SLOW
@given(any_text, st.integers(min_value=7, max_value=2000))
def test_spoiler_pages_are_whole_spans_holding_every_word(text: str, limit: int) -> None:
    pages = check_spoiler_pages(text, limit)
    if not text.split():
        assert pages == []


@SLOW
@given(
    st.lists(st.sampled_from(["Rouge", "Naomi", "Jaron", "||", "a|b", "\\", "x" * 9]), max_size=80)
)
def test_spoiler_pages_keep_words_whole_when_they_fit(words: list[str]) -> None:
    text = " ".join(words)
    pages = spoiler_pages(text, 40)  # "x"*9 escapes to 9, "||" to 4 + guard: all fit in a span
    seen = [
        w for page in pages for span in split_spans(page)[0] for w in unescape(span[2:-2]).split()
    ]
    assert seen == words


def test_spoiler_pages_measure_after_escaping() -> None:
    text = " ".join(["||"] * 500)  # 1,499 raw chars, ~2,500 once escaped
    pages = check_spoiler_pages(text, 100)
    assert len("".join(pages)) > len(text)


def test_spoiler_pages_of_the_recap_seed() -> None:
    paragraphs = seed_paragraphs("003")
    start = paragraphs.index("Crimson Is The Sound of Dawn") + 1
    end = paragraphs.index("The Episode Review")
    recap = "\n\n".join(paragraphs[start:end])
    pages = check_spoiler_pages(recap, 1800)
    # every paragraph fits in one span, so there is exactly one span per paragraph
    spans = [span for page in pages for span in split_spans(page)[0]]
    assert [unescape(s[2:-2]) for s in spans] == [" ".join(p.split()) for p in recap.split("\n\n")]
    assert all(len(p) <= 1800 for p in pages)
    assert len(pages) >= -(-len(recap) // 1800)


def test_spoiler_pages_rejects_a_limit_too_small_for_a_span() -> None:
    with pytest.raises(ValueError, match="limit"):
        spoiler_pages("a", 6)


# --------------------------------------------------------------------------- plain_pages


@SLOW
@given(any_text, st.integers(min_value=2, max_value=2000))
def test_plain_pages_fit_and_keep_every_word(text: str, limit: int) -> None:
    pages = plain_pages(text, limit)
    for page in pages:
        assert len(page) <= limit
        assert not dangling_backslash(page)
        assert unescaped_delimiters(page) == []
    shown = unescape("\n\n".join(pages))
    assert "".join(shown.split()) == "".join(text.split())


def test_plain_pages_break_between_paragraphs_of_the_first_impressions_seed() -> None:
    paragraphs = seed_paragraphs("000")[1:6]  # the five paragraphs of the review
    assert paragraphs[-1].startswith("For now, I’m cautiously optimistic")
    assert all(len(p) < 1800 for p in paragraphs)
    pages = plain_pages("\n\n".join(paragraphs), 1800)
    assert all(len(p) <= 1800 for p in pages)
    # every paragraph fits on a page, so none is split: pages break between paragraphs
    assert [p for page in pages for p in page.split("\n\n")] == paragraphs
    assert len(pages) >= -(-sum(len(p) + 2 for p in paragraphs) // 1800)


def test_plain_pages_split_only_a_paragraph_longer_than_a_page() -> None:
    short = "Rouge meets Naomi."  # 18 chars
    medium = " ".join(["Nectar"] * 12)  # 83 chars: fits on a page, not after `short`
    assert plain_pages(f"{short}\n\n{medium}", 100) == [short, medium]
    long = " ".join(["Nectar"] * 30)  # 209 chars: longer than a page, so it is split
    pages = plain_pages(f"{short}\n\n{long}", 100)
    assert pages[0].startswith(short + "\n\nNectar Nectar")
    assert all(len(p) <= 100 for p in pages)
    assert " ".join(pages).split()[3:] == ["Nectar"] * 30


# --------------------------------------------------------------------------- truncate / fit


@SLOW
@given(any_text, st.integers(min_value=1, max_value=500))
def test_truncate_escaped_text_stays_valid(text: str, limit: int) -> None:
    escaped = escape(text)
    cut = truncate(escaped, limit)
    assert len(cut) <= limit
    assert not dangling_backslash(cut)
    assert unescaped_delimiters(cut) == []
    if len(escaped) <= limit:
        assert cut == escaped
    else:
        assert cut.endswith("…")
        kept = unescape(cut[:-1]).split()
        words = text.split()
        # whole words, in order; only a first word too long for the limit is ever cut
        if kept:
            assert kept[:-1] == words[: len(kept) - 1]
            last = kept[-1]
            assert last == words[len(kept) - 1] or (len(kept) == 1 and words[0].startswith(last))


def test_truncate_cuts_at_a_word_boundary() -> None:
    sentence = "For now, I’m cautiously optimistic about Metallic Rouge."
    assert truncate(sentence, 20) == "For now, I’m…"
    assert truncate(sentence, len(sentence)) == sentence
    assert truncate("Supercalifragilistic", 6) == "Super…"


def test_truncate_never_leaves_a_span_open() -> None:
    text = "Verdict: " + spoiler("Viola is one of the Immortal Nine")
    cut = truncate(text, 25)
    assert unescaped_delimiters(cut) == []
    assert cut == "Verdict:…"


def test_truncate_never_splits_an_escape() -> None:
    escaped = escape("a" * 9 + "||")  # "aaaaaaaaa\|\|": a cut at 10 would end in "\"
    assert truncate(escaped, 11) == "aaaaaaaaa…"


@SLOW
@given(any_text, st.integers(min_value=7, max_value=1024))
def test_fit_spoiler_is_one_whole_span_within_limit(text: str, limit: int) -> None:
    span = fit_spoiler(text, limit)
    assert len(span) <= limit
    if text.strip():
        assert_well_formed_span(span)
    else:
        assert span == ""


@SLOW
@given(any_text, st.integers(min_value=1, max_value=1024))
def test_fit_plain_is_escaped_and_within_limit(text: str, limit: int) -> None:
    fitted = fit_plain(text, limit)
    assert len(fitted) <= limit
    assert unescaped_delimiters(fitted) == []
    assert not dangling_backslash(fitted)


# --------------------------------------------------------------------------- Gate


@pytest.mark.parametrize(
    ("gate", "about", "recap", "hidden"),
    [
        # no progress set: nothing counts as watched, so any episode's passage stays hidden
        (Gate(), 1, False, True),
        (Gate(), None, False, True),  # an unknown episode of an anime of unknown length
        (Gate(), None, True, True),
        (Gate(reveal_recaps=True), 1, True, True),
        # progress tracked
        (Gate(progress=3), 2, False, False),
        (Gate(progress=3), 3, False, False),
        (Gate(progress=3), 4, False, True),
        (Gate(progress=3), 1, True, True),  # recaps stay wrapped unless revealed
        (Gate(progress=3, reveal_recaps=True), 1, True, False),
        (Gate(progress=3, reveal_recaps=True), 4, True, True),
        # an unknown episode is the last one: hidden until the readers finished the show
        (Gate(progress=3), None, False, True),
        (Gate(progress=3, last_episode=13), None, False, True),
        (Gate(progress=13, last_episode=13), None, False, False),
        (Gate(progress=13, reveal_recaps=True, last_episode=13), None, True, False),
    ],
)
def test_gate_hides(gate: Gate, about: int | None, recap: bool, hidden: bool) -> None:
    assert gate.hides(about_episode=about, recap=recap) is hidden


def test_gate_beyond_treats_an_unknown_episode_as_the_last() -> None:
    gate = Gate(progress=3)
    assert gate.beyond(4)
    assert not gate.beyond(3)
    assert gate.beyond(None)  # no known last episode: always beyond
    assert Gate(progress=3, last_episode=3).beyond(None) is False
    assert Gate().beyond(1)


def test_a_passage_naming_a_secret_beyond_the_readers_is_hidden() -> None:
    secrets = (("Viola", 3), ("Purgatory Viola", 3), ("Joker", 5))
    gate = Gate(progress=3, secrets=secrets)
    assert gate.hides(about_episode=1, text="Then Joker steals the Nectar.")
    assert not gate.hides(about_episode=1, text="I adore Viola, whose singing carries it.")
    assert not gate.hides(about_episode=1, text="The Jokers in the pack.")  # word-bounded
    early = Gate(progress=1, secrets=secrets)
    assert early.hides(about_episode=1, text="I adore viola, whose singing carries it.")
    assert early.names_secret("Purgatory\nViola sings")  # any whitespace inside a name
    assert not early.names_secret("")


def test_reveals_curated_facts_by_their_episode() -> None:
    assert Gate().reveals(None)  # a fact no episode reveals is no spoiler
    assert not Gate().reveals(1)
    assert Gate(progress=1).reveals(1)
    assert not Gate(progress=1).reveals(2)


def test_each_audience_has_one_notice() -> None:
    public = Gate(audience=Audience.PUBLIC)
    assert "this server has set no default progress" in public.notice()
    assert "Show me" in public.notice()
    assert "episode 4 (this server's default)" in Gate(4, audience=Audience.PUBLIC).notice()
    assert Gate(2).notice() == "Spoilers beyond your episode 2 are hidden — click one to reveal it."
    assert "set your /progress" in Gate().notice()
    assert "up to episode 5" in Gate(5, audience=Audience.THREAD).notice()


def test_gated_chooses_spoilers_or_plain() -> None:
    text = "Sara confirms she’s Viola Keane."
    assert gated(text, True, 100) == ["||Sara confirms she’s Viola Keane.||"]
    assert gated(text, False, 100) == ["Sara confirms she’s Viola Keane."]
