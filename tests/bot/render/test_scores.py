"""The /scores pages and the /review scores field: Discord's limits, and titles only as given."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Document, DocumentKind, Score
from bot.ratings import CriticScore, MemberAggregate, aggregate_line, build_scoreboard
from bot.render import limit_violations, review_book, scores_rendered
from bot.render.reviews import AGGREGATE_NAME, SEASON_AGGREGATE_NAME
from bot.spoilers import Gate


def test_a_long_season_pages_within_discords_limits_and_names_only_given_titles() -> None:
    critics = [CriticScore(DocumentKind.EPISODE_REVIEW, n, 50 + n % 50) for n in range(1, 501)]
    members = {n: MemberAggregate(3, 3 * (1 + n % 10)) for n in range(1, 501)}
    board = build_scoreboard(critics, members, episode_count=500)
    titles = {n: f"Title of episode {n} " + "x" * 60 for n in range(1, 11)}
    rendered = scores_rendered("Long Show", board, visible_titles=titles, withheld=True)
    pages = rendered.pages
    assert len(pages) > 1 and rendered.hidden
    for page in pages:
        assert limit_violations(page) == []
    text = "\n".join(p.embeds[0].description or "" for p in pages)
    for n in range(1, 501):  # every episode, once, in order, never split across pages
        assert text.count(f"**Ep. {n}** ") == 1
    assert "Title of episode 10 " in text and "Title of episode 11 " not in text
    assert pages[0].embeds[0].footer.text is not None
    assert pages[0].embeds[0].footer.text.startswith(f"Page 1 of {len(pages)}")


def test_review_book_carries_the_scores_line_on_its_summary_card() -> None:
    doc = Document(
        id=1,
        anime_id=1,
        anime_title="Show",
        title="Review of episode 2",
        kind=DocumentKind.EPISODE_REVIEW,
        episode=2,
        episode_title=None,
        score=Score("7/10", 7, 10),
        url=None,
        author=None,
        published=None,
        source_name=None,
    )
    line = aggregate_line(None, MemberAggregate(12, 94))  # 94 / 12 = 7.83 -> 7.8
    assert line == "This server: 7.8/10 from 12 members"
    gate = Gate(progress=2, reveal_recaps=False, last_episode=12)
    book = review_book(doc, index=1, total=1, gate=gate, aggregate=line)
    summary = book.pages[0].embeds[0]
    assert (AGGREGATE_NAME, line) in [(f.name, f.value) for f in summary.fields]
    plain = review_book(doc, index=1, total=1, gate=gate)
    assert AGGREGATE_NAME not in [f.name for f in plain.pages[0].embeds[0].fields]
    season = review_book(
        replace(doc, episode=None, kind=DocumentKind.SEASON_REVIEW),
        index=1,
        total=1,
        gate=gate,
        aggregate=line,
    )
    names = [f.name for f in season.pages[0].embeds[0].fields]
    assert SEASON_AGGREGATE_NAME in names and AGGREGATE_NAME not in names  # not "this episode"


def test_try_mode_prints_an_attachment_with_its_alt_text() -> None:
    from bot.try_mode import render_message

    message = {
        "content": "table",
        "attachments": [{"id": "1", "filename": "scores.png", "description": "A chart"}],
    }
    assert render_message(message, reveal=False).splitlines()[-1] == (
        "attachment: scores.png — A chart"
    )
