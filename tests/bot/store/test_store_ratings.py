"""Ratings (migration 0006) and the critics' scores through the store, against hand-computed
aggregates and against bot.ratings' pure functions on the same inputs."""

from __future__ import annotations

import hashlib

import pytest

from bot.models import DocumentKind, ParsedDocument, ParsedSection, Score, SectionKind
from bot.ratings import (
    CriticAggregate,
    MemberAggregate,
    ScoreBoard,
    aggregate_line,
    build_scoreboard,
    critics_from_scores,
    member_aggregate,
)
from bot.store import Store
from tests.bot.store.engines import INTEGRITY_ERRORS, raw_execute

GUILD, OTHER_GUILD = 900, 901
ANIME = "Test Show"


def _doc(
    title: str, kind: DocumentKind, episode: int | None, score: Score | None
) -> ParsedDocument:
    text = f"{title}: a review of the episode, written for this test."
    return ParsedDocument(
        title=title,
        anime_title=ANIME,
        kind=kind,
        episode=episode,
        sections=(ParsedSection(SectionKind.REVIEW, text, spoiler=False),),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        score=score,
    )


# Hand-made answer key (normalised = value / scale * 100):
#   episode 1: 70/100, 3.5/5 (70), 8/10 (80), 4/10 (40) -> mean 65, 3 of 4 >= 70 -> 75%
#              (an unscored first-impressions piece counts for nothing)
#   episode 2: 72.5/100 -> mean 72.5, shown 73 (half up), 100%
#   episode 3: 69.9/100 -> shown 70, but 0% positive (69.9 < 70)
#   season:    7/10 (70), 9/10 (90) -> 80, 100%; apart from every episode
DOCUMENTS = (
    _doc("E1 a", DocumentKind.EPISODE_REVIEW, 1, Score("70 out of 100", 70, 100)),
    _doc("E1 b", DocumentKind.EPISODE_REVIEW, 1, Score("3.5/5", 3.5, 5)),
    _doc("E1 c", DocumentKind.FIRST_IMPRESSIONS, 1, Score("8/10", 8, 10)),
    _doc("E1 d", DocumentKind.EPISODE_REVIEW, 1, Score("4/10", 4, 10)),
    _doc("E1 e", DocumentKind.FIRST_IMPRESSIONS, 1, None),
    _doc("E2", DocumentKind.EPISODE_REVIEW, 2, Score("72.5/100", 72.5, 100)),
    _doc("E3", DocumentKind.EPISODE_REVIEW, 3, Score("69.9/100", 69.9, 100)),
    _doc("S a", DocumentKind.SEASON_REVIEW, None, Score("7/10", 7, 10)),
    _doc("S b", DocumentKind.SEASON_REVIEW, None, Score("9/10", 9, 10)),
)


@pytest.fixture
async def show(store: Store) -> int:
    for doc in DOCUMENTS:
        assert (await store.add_document(doc)).added
    anime = await store.find_anime(ANIME)
    assert anime is not None
    return anime.id


async def test_critics_through_the_store_match_the_answer_key(store: Store, show: int) -> None:
    episodes, season = critics_from_scores(await store.critic_scores(show))
    shown = {ep: (agg.mean_shown, agg.count, agg.positive_percent) for ep, agg in episodes.items()}
    assert shown == {1: (65, 4, 75), 2: (73, 1, 100), 3: (70, 1, 0)}
    assert season is not None and (season.mean_shown, season.count) == (80, 2)
    assert season.positive_percent == 100
    one = await store.critic_scores(show, 1)
    assert sorted(s.score_100 for s in one) == [40.0, 70.0, 70.0, 80.0]


async def test_critics_from_the_store_equal_the_pure_function_on_documents(
    store: Store, show: int
) -> None:
    documents = [
        doc for episode in (None, 1, 2, 3) for doc in await store.documents_for(show, episode)
    ]

    def summary(board: ScoreBoard) -> list[tuple[int, list[float]]]:
        rows = [(r.episode, sorted(r.critics.scores)) for r in board.episodes if r.critics]
        return [*rows, (-1, sorted(board.season.scores) if board.season else [])]

    from_store = build_scoreboard(await store.critic_scores(show))
    assert summary(from_store) == summary(build_scoreboard(documents))
    assert summary(from_store)[0] == (1, [40.0, 70.0, 70.0, 80.0])


async def test_member_aggregates_by_sql_match_the_answer_key_and_the_pure_function(
    store: Store, show: int
) -> None:
    ratings = {1: {11: 8, 12: 7, 13: 9, 14: 7}, 2: {11: 6, 12: 10}}
    for episode, by_user in ratings.items():
        for user, score in by_user.items():
            await store.set_rating(GUILD, show, episode, user, score)
    await store.set_rating(OTHER_GUILD, show, 1, 11, 1)  # another server: never counted here

    members = await store.member_aggregates(GUILD, show)
    # episode 1: 8+7+9+7 = 31 over 4 = 7.75 -> 7.8 (half up); episode 2: 2 ratings, too few
    assert members == {1: MemberAggregate(4, 31), 2: MemberAggregate(2, 16)}
    assert str(members[1].mean_shown) == "7.8"
    assert members[2].mean_shown is None
    for episode, by_user in ratings.items():
        assert members[episode] == member_aggregate(by_user.values())
    assert await store.member_aggregate(GUILD, show, 1) == MemberAggregate(4, 31)
    assert await store.member_aggregate(GUILD, show, 3) is None

    await store.set_rating(GUILD, show, 1, 14, 10)  # rating again replaces: 8+7+9+10 = 34
    assert await store.get_rating(GUILD, show, 1, 14) == 10
    agg = await store.member_aggregate(GUILD, show, 1)
    assert agg == MemberAggregate(4, 34) and str(agg.mean_shown) == "8.5"
    assert await store.clear_rating(GUILD, show, 1, 14) is True
    assert await store.clear_rating(GUILD, show, 1, 14) is False
    assert await store.member_aggregate(GUILD, show, 1) == MemberAggregate(3, 24)

    critics, _ = critics_from_scores(await store.critic_scores(show, 1))
    assert aggregate_line(critics[1], await store.member_aggregate(GUILD, show, 1)) == (
        "Critics: 65/100 from 4 reviews (75% positive) · This server: 8.0/10 from 3 members"
    )


async def test_a_rating_outside_1_to_10_is_refused(store: Store, show: int) -> None:
    for bad in (0, 11):
        with pytest.raises(ValueError, match="1-10"):
            await store.set_rating(GUILD, show, 1, 11, bad)
    assert await store.member_aggregates(GUILD, show) == {}


RAW_RATING = {  # around the store: the schema's own CHECKs are what refuses these
    "sqlite": "INSERT INTO episode_ratings (guild_id, anime_id, episode, user_id, score)"
    " VALUES (?, ?, ?, ?, ?)",
    "postgres": "INSERT INTO episode_ratings (guild_id, anime_id, episode, user_id, score)"
    " VALUES ($1, $2, $3, $4, $5)",
}


@pytest.mark.parametrize(("episode", "score"), [(1, 11), (1, 0), (0, 5)])
async def test_the_table_refuses_what_the_store_would_never_write(
    store: Store, show: int, episode: int, score: int
) -> None:
    with pytest.raises(INTEGRITY_ERRORS, match=r"(?i)check"):
        await raw_execute(
            store, RAW_RATING["sqlite"], RAW_RATING["postgres"], (GUILD, show, episode, 1, score)
        )
    assert await store.member_aggregates(GUILD, show) == {}


async def test_forget_user_and_forget_guild_delete_ratings(store: Store, show: int) -> None:
    await store.set_rating(GUILD, show, 1, 11, 8)
    await store.set_rating(GUILD, show, 2, 11, 6)
    await store.set_rating(GUILD, show, 1, 12, 5)
    await store.set_rating(OTHER_GUILD, show, 1, 12, 9)
    await store.set_progress(11, show, 2)

    assert await store.forget_user(11) == 3  # two ratings and one progress record
    assert await store.member_aggregates(GUILD, show) == {1: MemberAggregate(1, 5)}

    assert await store.forget_guild(GUILD) == 1
    assert await store.member_aggregates(GUILD, show) == {}
    assert await store.member_aggregates(OTHER_GUILD, show) == {1: MemberAggregate(1, 9)}


def test_the_critic_aggregate_keeps_every_score() -> None:
    # guards the answer key above: 65 is the exact mean, not a rounding accident
    agg = CriticAggregate((70.0, 70.0, 80.0, 40.0))
    assert agg.mean == 65.0 and agg.positive == 3
