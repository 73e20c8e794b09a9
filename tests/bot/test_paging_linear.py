"""Issue 10, item 7: paging a long single word is linear, and big texts are paged off the loop.

Linearity is asserted by counting the characters handed to the escaper (no timing): doubling
the word must roughly double the work, and the work stays within a small multiple of the word.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import pytest

from bot import offload, spoilers
from bot.spoilers import MIN_SPOILER_LIMIT, gated, plain_pages, spoiler_pages
from tests.discord_text import split_visible, unescape, unescaped_delimiters

# A word with markdown characters every few letters, so escaping changes its length.
UNIT = "ab_c|d*e[f]g<@h~i`j\\"


def long_word(size: int) -> str:
    return (UNIT * (size // len(UNIT) + 1))[:size]


def escaped_characters(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Patch bot.spoilers' escaper to record how many characters each call escapes."""
    seen: list[int] = []
    real = spoilers.escape

    def counting(text: str) -> str:
        seen.append(len(text))
        return real(text)

    monkeypatch.setattr(spoilers, "escape", counting)
    return seen


@pytest.mark.parametrize("pager", [plain_pages, spoiler_pages])
def test_paging_a_long_word_escapes_linearly_many_characters(
    monkeypatch: pytest.MonkeyPatch, pager: Callable[[str, int], list[str]]
) -> None:
    seen = escaped_characters(monkeypatch)
    work = []
    for size in (20_000, 40_000, 80_000):
        seen.clear()
        pages = pager(long_word(size), 300)
        assert pages
        work.append(sum(seen))
        # a constant number of looks at each character, not one per page
        assert sum(seen) <= 6 * size, (size, sum(seen))
    # doubling the word roughly doubles the work (quadratic paging would quadruple it)
    assert work[1] / work[0] < 2.5
    assert work[2] / work[1] < 2.5


TWO_MB = 2_000_000


@pytest.fixture(scope="module")
def two_mb_word() -> str:
    # mostly letters, with markdown characters here and there (as a pasted blob would have)
    return (("x" * 97 + "_|*") * (TWO_MB // 100 + 1))[:TWO_MB]


def test_a_2_mb_word_pages_plainly_within_limits_and_loses_nothing(two_mb_word: str) -> None:
    pages = plain_pages(two_mb_word, 2000)
    assert all(0 < len(p) <= 2000 for p in pages)
    assert all(unescaped_delimiters(p) == [] for p in pages)  # every `|` escaped
    assert "".join(unescape(p) for p in pages) == two_mb_word
    # pages are full: no more than one extra page per 2000 escaped characters
    assert len(pages) <= len(spoilers.escape(two_mb_word)) // 1900 + 1


def test_a_2_mb_word_pages_as_whole_spoiler_spans_and_loses_nothing(two_mb_word: str) -> None:
    pages = spoiler_pages(two_mb_word, 2000)
    hidden: list[str] = []
    for page in pages:
        assert MIN_SPOILER_LIMIT <= len(page) <= 2000
        marks = unescaped_delimiters(page)
        assert marks and marks[0] == 0 and marks[-1] == len(page) - 2  # whole spans only
        shown, inside = split_visible(page)
        assert shown.strip() == ""  # nothing outside the spans
        hidden.extend(inside.split())  # pieces of the word; the guard space is not part of it
    assert "".join(hidden) == two_mb_word


async def test_big_texts_are_paged_in_a_worker_thread_while_the_loop_runs(
    two_mb_word: str,
) -> None:
    loop_thread = threading.get_ident()
    built_in: list[int] = []
    ticks = 0

    def build(text: str) -> list[str]:
        built_in.append(threading.get_ident())
        return plain_pages(text, 2000)

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    tick_task = asyncio.create_task(ticker())
    try:
        pages = await offload.off_loop(len(two_mb_word), build, two_mb_word)
    finally:
        tick_task.cancel()
    assert built_in and built_in[0] != loop_thread
    assert ticks > 1, "the event loop was blocked while the pages were built"
    assert pages == plain_pages(two_mb_word, 2000)

    small = "Rouge meets Naomi"
    assert await offload.off_loop(len(small), build, small) == plain_pages(small, 2000)
    assert built_in[-1] == loop_thread  # small texts are not worth a thread
    hidden = await offload.off_loop(len(two_mb_word), gated, two_mb_word, True, 2000)
    assert hidden == spoiler_pages(two_mb_word, 2000)
