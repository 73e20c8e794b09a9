"""Issue 10 (as a new user): the season review's full-text pages, as Discord shows them, end at
a sentence end (or a paragraph's end), whether the text is plain or behind spoiler tags."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.conftest import Running, set_server_progress, split_visible

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"
NEXT_PAGE = "paginator:page:next"
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]»]*$")


def season_review_paragraphs() -> list[str]:
    (path,) = SEEDS.glob("002_*.txt")  # "Metallic Rouge: Anime Review", the season review
    text = path.read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


@pytest.mark.parametrize("watched", [None, 13])
async def test_season_review_pages_end_at_sentence_ends(
    running: Running, watched: int | None
) -> None:
    if watched is not None:
        await set_server_progress(running, watched)  # plain text; else all spoiler-wrapped
    sandbox = running.sandbox
    result = await sandbox.command("review")
    message = result.message
    assert message is not None
    pages: list[str] = []
    while message.find_component(NEXT_PAGE) and not message.find_component(NEXT_PAGE).get(
        "disabled"
    ):
        await sandbox.click(message, NEXT_PAGE)
        pages.append(message.embeds[0].get("description", ""))
    assert len(pages) > 2
    paragraphs = season_review_paragraphs()
    for page in pages[:-1]:
        plain, hidden = split_visible(page)
        shown = hidden if watched is None else plain
        last = " ".join(shown.split())
        ended = bool(SENTENCE_END.search(last)) or any(p.endswith(last[-60:]) for p in paragraphs)
        assert ended, last[-80:]
