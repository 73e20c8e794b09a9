"""Issue 10 (as a new user): pages end at a sentence end when one is near the page's end.

A page split inside a paragraph ends at the last sentence end in the page's last 40%, else at
the last word that fits; spans and words stay whole either way (see test_spoilers.py for the
general properties, which still hold).
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.spoilers import plain_pages, spoiler_pages
from tests.discord_text import unescape

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# A sentence ends with . ! ? or … (closing quotes and brackets may follow).
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]»]*$")


def season_review() -> str:
    """002 is the season review ("Metallic Rouge: Anime Review", about all 13 episodes)."""
    (path,) = SEEDS.glob("002_*.txt")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("Metallic Rouge: Anime Review")
    return text


def source_paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def ends_cleanly(shown: str, paragraphs: list[str]) -> bool:
    """Does a page (as shown, unescaped) end at a sentence end or at a paragraph's end?"""
    last = " ".join(shown.split("\n\n")[-1].split())
    return bool(SENTENCE_END.search(last)) or any(p.endswith(last) for p in paragraphs)


def test_season_review_plain_pages_end_at_sentence_ends() -> None:
    text = season_review()
    paragraphs = source_paragraphs(text)
    pages = plain_pages(text, 1800)
    assert len(pages) > 2  # its long paragraphs must be split
    for page in pages[:-1]:
        shown = unescape(page)
        assert ends_cleanly(shown, paragraphs), shown[-80:]
    # nothing lost, and every page within the limit
    assert all(len(p) <= 1800 for p in pages)
    assert unescape("\n\n".join(pages)).split() == text.split()


def test_season_review_spoiler_pages_end_at_sentence_ends() -> None:
    text = season_review()
    paragraphs = source_paragraphs(text)
    pages = spoiler_pages(text, 1800)
    assert len(pages) > 2
    for page in pages[:-1]:
        assert page.endswith("||")
        shown = unescape(page[:-2]).rstrip()
        assert ends_cleanly(shown, paragraphs), shown[-80:]
    assert all(len(p) <= 1800 for p in pages)


def test_a_long_paragraph_splits_after_its_last_sentence_in_the_pages_last_part() -> None:
    first = " ".join(["alpha"] * 12) + "."  # 71 chars: past 60% of 100
    second = "Beta gamma delta epsilon zeta eta theta iota kappa lambda mu."
    assert plain_pages(f"{first} {second}", 100) == [first, second]
    assert spoiler_pages(f"{first} {second}", 100) == [f"||{first}||", f"||{second}||"]


def test_a_sentence_end_early_in_the_page_is_passed_over_for_the_last_word() -> None:
    text = "Short one. " + " ".join(["word"] * 40)  # the only sentence end: at 10 of 100
    pages = plain_pages(text, 100)
    assert pages[0] == "Short one. " + " ".join(["word"] * 18)  # 100 chars: every word that fits
    assert unescape(" ".join(pages)).split() == text.split()


def test_a_full_page_ends_at_the_paragraph_before_rather_than_mid_sentence() -> None:
    opening = " ".join(["Intro"] * 12) + "."  # 71 chars: the page is past 60% full
    long = " ".join(["Nectar"] * 30) + "."  # no sentence end inside: longer than a page
    pages = plain_pages(f"{opening}\n\n{long}", 100)
    assert pages[0] == opening
    assert unescape(" ".join(pages)).split() == f"{opening} {long}".split()


def test_without_sentence_ends_the_split_falls_back_to_words() -> None:
    long = " ".join(["Nectar"] * 30)  # 209 chars, one unfinished sentence
    pages = plain_pages(long, 100)
    assert pages == [" ".join(["Nectar"] * 14)] * 2 + [" ".join(["Nectar"] * 2)]


words = st.text(alphabet="abcdefgh", min_size=1, max_size=8)
# A sentence's last word has two letters or more: a single letter and a dot ("J. R. R.") is an
# initial, which bot.text.sentences never ends a sentence at (by design, as in "A. Smith").
last_words = st.text(alphabet="abcdefgh", min_size=2, max_size=8)
sentence = st.tuples(st.lists(words, max_size=7), last_words).map(
    lambda t: " ".join([*t[0], t[1]]).capitalize() + "."
)
paragraph = st.lists(sentence, min_size=1, max_size=30).map(" ".join)
prose = st.lists(paragraph, min_size=1, max_size=6).map("\n\n".join)


@SLOW
@given(prose, st.integers(min_value=250, max_value=2000))
def test_short_sentences_always_give_a_page_a_sentence_end(text: str, limit: int) -> None:
    # every sentence is at most 71 chars, shorter than 40% of the page: one always ends there
    for pages in (plain_pages(text, limit), spoiler_pages(text, limit)):
        assert all(len(p) <= limit for p in pages)
        shown = [unescape(p.replace("||", "")).rstrip() for p in pages]
        assert " ".join(shown).split() == text.split()
        for page in shown[:-1]:
            assert page.endswith("."), page[-80:]
