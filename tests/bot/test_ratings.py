"""Per-episode aggregates, the /review aggregate line and the /scores text table.

Every expected figure is worked out by hand in the comments next to it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.models import Document, DocumentKind, Score
from bot.ratings import (
    DESCRIPTION_LIMIT,
    FIELD_VALUE_LIMIT,
    FIELDS_LIMIT,
    PAGE_BUDGET,
    CriticAggregate,
    EpisodeScores,
    MemberAggregate,
    ScoreBoard,
    ScorePage,
    aggregate_line,
    build_scoreboard,
    critic_aggregate,
    critics_by_episode,
    member_aggregate,
    score_pages,
)

_ids = iter(range(1, 10_000))


def doc(
    episode: int | None,
    score: Score | None,
    kind: DocumentKind = DocumentKind.EPISODE_REVIEW,
) -> Document:
    return Document(
        id=next(_ids),
        anime_id=1,
        anime_title="Metallic Rouge",
        title="a review",
        kind=kind,
        episode=episode,
        episode_title=None,
        score=score,
        url=None,
        author=None,
        published=None,
        source_name=None,
    )


# Episode 3's four critics, on three scales:
#   72/100 -> 72.0;  3.5/5 -> 70.0;  8/10 -> 80.0;  6.5/10 -> 65.0
# mean = (72 + 70 + 80 + 65) / 4 = 287 / 4 = 71.75 -> 72
# positive (>= 70): 72, 70, 80 -> 3 of 4 = 75%
EP3 = [
    doc(3, Score("72 out of 100", 72, 100)),
    doc(3, Score("3.5/5 stars", 3.5, 5)),
    doc(3, Score("8/10", 8, 10)),
    doc(3, Score("6.5/10", 6.5, 10)),
]
# Twelve members: eight 8s, three 7s, one 9 -> 64 + 21 + 9 = 94; 94 / 12 = 7.833... -> 7.8
TWELVE = [8] * 8 + [7] * 3 + [9]


def test_critics_of_one_episode_from_known_scores() -> None:
    episodes, season = critics_by_episode(EP3)
    assert season is None
    agg = episodes[3]
    assert agg.count == 4
    assert agg.mean == pytest.approx(71.75)
    assert agg.mean_shown == 72
    assert agg.positive == 3
    assert agg.positive_percent == 75


def test_members_of_one_episode_from_known_ratings() -> None:
    agg = member_aggregate(TWELVE)
    assert agg == MemberAggregate(count=12, total=94)
    assert agg.mean == pytest.approx(94 / 12)
    assert agg.mean_shown == Decimal("7.8")


def test_the_issue_example_line() -> None:
    critics = critics_by_episode(EP3)[0][3]
    members = member_aggregate(TWELVE)
    assert aggregate_line(critics, members) == (
        "Critics: 72/100 from 4 reviews (75% positive) · This server: 7.8/10 from 12 members"
    )


def test_one_review_is_singular() -> None:
    # 8/10 -> 80.0; one score, positive -> 100%
    agg = critic_aggregate([Score("8/10", 8, 10).score_100])
    assert aggregate_line(agg, None) == "Critics: 80/100 from 1 review (100% positive)"


def test_exactly_seventy_is_positive_and_just_below_is_not() -> None:
    # 7/10 -> 70.0 (positive); 69.9/100 -> 69.9 (not): 1 of 2 = 50%; mean 139.9 / 2 = 69.95 -> 70
    agg = critic_aggregate([Score("7/10", 7, 10).score_100, Score("69.9", 69.9, 100).score_100])
    assert agg is not None
    assert agg.positive == 1
    assert agg.positive_percent == 50
    assert agg.mean_shown == 70
    assert critic_aggregate([70.0]) == CriticAggregate((70.0,))
    assert CriticAggregate((70.0,)).positive_percent == 100
    assert CriticAggregate((69.9,)).positive_percent == 0


def test_rounding_is_half_up_not_bankers() -> None:
    # 72 and 73 -> 72.5 -> 73 (Python's round() would give 72)
    assert CriticAggregate((72.0, 73.0)).mean_shown == 73
    # 62.1 and 82.9 -> 145 / 2 = 72.5 -> 73, exact even though the inputs are floats
    assert CriticAggregate((62.1, 82.9)).mean_shown == 73
    # 1 of 8 positive = 12.5% -> 13%; 2 of 3 = 66.67% -> 67%; 1 of 3 = 33.33% -> 33%
    assert CriticAggregate((80.0,) + (10.0,) * 7).positive_percent == 13
    assert CriticAggregate((80.0, 90.0, 10.0)).positive_percent == 67
    assert CriticAggregate((80.0, 10.0, 10.0)).positive_percent == 33
    # members: 157 / 20 = 7.85 -> 7.9 (round(7.85, 1) gives 7.8); 29 / 4 = 7.25 -> 7.3
    assert MemberAggregate(20, 157).mean_shown == Decimal("7.9")
    assert MemberAggregate(4, 29).mean_shown == Decimal("7.3")
    # 24 / 3 = 8 -> "8.0", always one decimal
    assert aggregate_line(None, MemberAggregate(3, 24)) == "This server: 8.0/10 from 3 members"


def test_no_scores_means_no_aggregates_and_no_line() -> None:
    episodes, season = critics_by_episode([doc(1, None), doc(2, None)])
    assert episodes == {}
    assert season is None
    assert critic_aggregate([]) is None
    assert member_aggregate([]) is None
    assert aggregate_line(None, None) is None


def test_fewer_than_three_members_shows_the_count_not_the_mean() -> None:
    two = member_aggregate([9, 8])  # would be 8.5, but 2 < 3
    assert two is not None
    assert two.mean is None
    assert two.mean_shown is None
    assert aggregate_line(None, two) == "This server: 2 members, too few to show"
    one = member_aggregate([10])
    assert aggregate_line(None, one) == "This server: 1 member, too few to show"
    # 7 + 8 + 9 = 24 / 3 = 8.0: three is enough
    three = member_aggregate([7, 8, 9])
    assert three is not None
    assert three.mean == pytest.approx(8.0)


def test_a_part_with_no_data_is_left_out() -> None:
    critics = critic_aggregate([72.0])
    line = aggregate_line(critics, None)
    assert line == "Critics: 72/100 from 1 review (100% positive)"
    assert "server" not in (line or "")
    assert aggregate_line(None, member_aggregate(TWELVE)) == "This server: 7.8/10 from 12 members"


def test_season_reviews_are_aggregated_apart() -> None:
    docs = [
        doc(12, Score("9/10", 9, 10)),  # episode 12: 90
        # season reviews, one of which names the last episode: neither counts for episode 12
        doc(12, Score("4/5", 4, 5), DocumentKind.SEASON_REVIEW),  # 80
        doc(None, Score("55/100", 55, 100), DocumentKind.SEASON_REVIEW),  # 55
    ]
    episodes, season = critics_by_episode(docs)
    assert episodes[12] == CriticAggregate((90.0,))
    # season: (80 + 55) / 2 = 67.5 -> 68; positive: 80 -> 1 of 2 = 50%
    assert season is not None
    assert season.count == 2
    assert season.mean_shown == 68
    assert season.positive_percent == 50
    board = build_scoreboard(docs)
    assert board.season == season
    pages = score_pages(board)
    assert pages[0].fields == (
        ("Season reviews (critics)", "68/100 from 2 reviews (50% positive)"),
    )
    assert pages[0].description == ("**Ep. 12** · Critics 90/100 from 1 review (100% positive)")


def test_scored_documents_about_no_episode_are_left_out() -> None:
    docs = [doc(None, Score("8/10", 8, 10), DocumentKind.FIRST_IMPRESSIONS)]
    assert critics_by_episode(docs) == ({}, None)


def test_ratings_outside_one_to_ten_are_refused() -> None:
    with pytest.raises(ValueError, match="1-10"):
        member_aggregate([0, 5, 6])
    with pytest.raises(ValueError, match="1-10"):
        member_aggregate([11])
    with pytest.raises(ValueError, match="cannot add up"):
        MemberAggregate(3, 31)  # three ratings of at most 10
    with pytest.raises(ValueError, match="at least one"):
        MemberAggregate(0, 0)
    with pytest.raises(ValueError, match="0-100"):
        CriticAggregate((101.0,))


def test_scoreboard_lists_every_episode_in_order() -> None:
    members = {5: MemberAggregate(3, 21), 2: MemberAggregate(1, 6)}
    board = build_scoreboard(EP3, members, episode_count=4)
    # 1..4 from the episode count, plus 5 which has ratings
    assert [row.episode for row in board.episodes] == [1, 2, 3, 4, 5]
    assert board.episodes[0] == EpisodeScores(1)
    assert board.episodes[1].members == MemberAggregate(1, 6)
    assert board.episodes[2].critics is not None and board.episodes[2].critics.count == 4
    assert not board.empty
    assert build_scoreboard([]).empty


def test_table_lines_name_episodes_by_number_only() -> None:
    members = {3: member_aggregate(TWELVE), 4: member_aggregate([6, 7])}
    board = build_scoreboard(EP3, {k: v for k, v in members.items() if v}, episode_count=4)
    [page] = score_pages(board)
    assert page.fields == ()
    assert page.description.splitlines() == [
        "**Ep. 1** · no scores yet",
        "**Ep. 2** · no scores yet",
        "**Ep. 3** · Critics 72/100 from 4 reviews (75% positive) · Server 7.8/10 from 12 members",
        "**Ep. 4** · Server 2 members, too few to show",
    ]


def test_only_titles_the_caller_lets_through_are_shown() -> None:
    board = build_scoreboard(EP3, episode_count=4)
    [page] = score_pages(board, visible_titles={1: "Naomi *Orthmann*", 3: "  "})
    lines = page.description.splitlines()
    # markdown in a title is escaped; a blank title is no title
    assert lines[0] == r"**Ep. 1** Naomi \*Orthmann\* · no scores yet"
    assert lines[1] == "**Ep. 2** · no scores yet"
    assert lines[2].startswith("**Ep. 3** · Critics")


def test_empty_board_still_gives_one_page() -> None:
    assert [p.description for p in score_pages(ScoreBoard(()))] == ["No episode has scores yet."]


def _within_limits(pages: list[ScorePage]) -> None:
    for page in pages:
        assert len(page.description) <= DESCRIPTION_LIMIT
        assert len(page.fields) <= FIELDS_LIMIT
        for name, value in page.fields:
            assert 0 < len(name) <= 256
            assert 0 < len(value) <= FIELD_VALUE_LIMIT
        # room left in the embed's 6000 for a 256-character title and a footer
        assert page.size <= PAGE_BUDGET <= 6000 - 256


def test_26_episodes_fit_one_page() -> None:
    docs = [doc(ep, Score("7/10", 7, 10)) for ep in range(1, 27) for _ in range(4)]
    members = {ep: MemberAggregate(40, 300) for ep in range(1, 27)}
    docs.append(doc(None, Score("8/10", 8, 10), DocumentKind.SEASON_REVIEW))
    pages = score_pages(build_scoreboard(docs, members))
    assert len(pages) == 1
    assert len(pages[0].description.splitlines()) == 26
    _within_limits(pages)


def test_long_tables_page_on_whole_lines_within_discord_limits() -> None:
    episodes = range(1, 301)
    docs = [doc(ep, Score("72/100", 72, 100)) for ep in episodes]
    docs.append(doc(None, Score("8/10", 8, 10), DocumentKind.SEASON_REVIEW))
    members = {ep: MemberAggregate(1000, 7500) for ep in episodes}
    titles = {ep: "A rather long | title *with* markup " * 5 for ep in episodes}
    board = build_scoreboard(docs, members)
    pages = score_pages(board, visible_titles=titles)
    assert len(pages) > 1
    _within_limits(pages)
    lines = [line for p in pages for line in p.description.splitlines()]
    # every episode exactly once, in order, each line whole (starts with its label, ends with
    # the members part)
    assert [line.split("**")[1] for line in lines] == [f"Ep. {ep}" for ep in episodes]
    assert all(line.endswith("Server 7.5/10 from 1000 members") for line in lines)
    # the season aggregate only once, on the first page
    assert [len(p.fields) for p in pages] == [1] + [0] * (len(pages) - 1)
