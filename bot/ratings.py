"""Per-episode score aggregates (critics and this server's members) and their text forms.

Pure: plain data in, frozen dataclasses and strings out. No I/O, no Discord objects.

Critics
    Every scored document about one episode counts once, with its score normalised to 0-100
    (:attr:`bot.models.Score.score_100`). Season reviews are aggregated apart, never mixed into
    an episode. A scored document that is neither a season review nor about one episode has no
    place in a per-episode table and is left out. "Positive" means a normalised score at or above
    :data:`POSITIVE_AT` (70).

Members
    Ratings are whole numbers 1-10. An episode's mean is shown only from :data:`MIN_MEMBERS` (3)
    ratings on; below that the count is shown with "too few to show".

Rounding (all half-up, on exact fractions, so 72.5 -> 73 and 7.85 -> 7.9 whatever the floats do)
    critics' mean: a whole number out of 100; "% positive": a whole percent;
    members' mean: one decimal out of 10.

Spoilers
    Scores are not spoilers; episode titles can be. Tables name episodes "Ep. N" only, unless the
    caller passes the titles the audience may see (``visible_titles``); a title that is not in
    that mapping is never shown.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from bot.models import Document, DocumentKind
from bot.spoilers import escape

log = logging.getLogger(__name__)

__all__ = [
    "DESCRIPTION_LIMIT",
    "FIELDS_LIMIT",
    "FIELD_VALUE_LIMIT",
    "MAX_RATING",
    "MIN_MEMBERS",
    "MIN_RATING",
    "PAGE_BUDGET",
    "POSITIVE_AT",
    "TOO_FEW",
    "CriticAggregate",
    "CriticScore",
    "EpisodeScores",
    "MemberAggregate",
    "ScoreBoard",
    "ScorePage",
    "aggregate_line",
    "build_scoreboard",
    "critic_aggregate",
    "critics_by_episode",
    "critics_from_scores",
    "critics_text",
    "member_aggregate",
    "members_text",
    "score_pages",
]

POSITIVE_AT = 70.0  # a normalised critic score at or above this counts as positive
MIN_MEMBERS = 3  # fewer member ratings than this: the mean is hidden
MIN_RATING = 1
MAX_RATING = 10
TOO_FEW = "too few to show"

# Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-limits)
DESCRIPTION_LIMIT = 4096
FIELDS_LIMIT = 25
FIELD_VALUE_LIMIT = 1024
FIELD_NAME_LIMIT = 256
# What one page of ours may use of an embed's 6000 characters: the rest is left for the
# caller's title (<= 256), footer and author.
PAGE_BUDGET = 5000
TITLE_SHOWN_LIMIT = 80  # a visible episode title is cut to this many characters in a table

SEASON_NAME = "Season reviews (critics)"
NO_SCORES = "no scores yet"


# --------------------------------------------------------------------------- rounding


def _half_up(value: Fraction, places: int = 0) -> Decimal:
    """``value`` rounded half up to ``places`` decimals, exactly (no float error at .5)."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _exact(score: float) -> Fraction:
    """A normalised score (one decimal, as :attr:`Score.score_100` gives) as an exact fraction."""
    return Fraction(str(score))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


# --------------------------------------------------------------------------- aggregates


@dataclass(frozen=True, slots=True)
class CriticAggregate:
    """Reviewers' normalised scores (0-100) for one episode, or for the season reviews."""

    scores: tuple[float, ...]

    def __post_init__(self) -> None:
        if not self.scores:
            raise ValueError("a critic aggregate needs at least one score")
        for s in self.scores:
            if not 0 <= s <= 100:
                raise ValueError(f"a normalised score is 0-100, not {s}")

    @property
    def count(self) -> int:
        return len(self.scores)

    @property
    def positive(self) -> int:
        """How many scores are at or above :data:`POSITIVE_AT`."""
        return sum(1 for s in self.scores if s >= POSITIVE_AT)

    @property
    def exact_mean(self) -> Fraction:
        return sum((_exact(s) for s in self.scores), Fraction(0)) / self.count

    @property
    def mean(self) -> float:
        """Unrounded mean, 0-100 (for the chart)."""
        return float(self.exact_mean)

    @property
    def mean_shown(self) -> int:
        """The mean as shown: a whole number out of 100, half up."""
        return int(_half_up(self.exact_mean))

    @property
    def positive_percent(self) -> int:
        """The share of positive scores as shown: a whole percent, half up."""
        return int(_half_up(Fraction(self.positive * 100, self.count)))


@dataclass(frozen=True, slots=True)
class MemberAggregate:
    """This server's ratings (1-10) of one episode, as a count and a total.

    Built from the ratings (:func:`member_aggregate`) or straight from a store's
    ``COUNT(*)``/``SUM(score)``.
    """

    count: int
    total: int

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError("a member aggregate needs at least one rating")
        if not MIN_RATING * self.count <= self.total <= MAX_RATING * self.count:
            raise ValueError(f"{self.count} ratings of 1-10 cannot add up to {self.total}")

    @property
    def shown(self) -> bool:
        """False below :data:`MIN_MEMBERS` ratings: the mean is hidden."""
        return self.count >= MIN_MEMBERS

    @property
    def mean(self) -> float | None:
        """Unrounded mean, 1-10, or None when too few rated to show it."""
        return self.total / self.count if self.shown else None

    @property
    def mean_shown(self) -> Decimal | None:
        """The mean as shown: one decimal, half up; None when too few rated."""
        return _half_up(Fraction(self.total, self.count), 1) if self.shown else None


def critic_aggregate(scores: Iterable[float]) -> CriticAggregate | None:
    """The aggregate of normalised scores, or None when there are none."""
    found = tuple(scores)
    return CriticAggregate(found) if found else None


def member_aggregate(ratings: Iterable[int]) -> MemberAggregate | None:
    """The aggregate of 1-10 ratings, or None when there are none."""
    found = tuple(ratings)
    for r in found:
        if not MIN_RATING <= r <= MAX_RATING:
            raise ValueError(f"a rating is {MIN_RATING}-{MAX_RATING}, not {r}")
    return MemberAggregate(len(found), sum(found)) if found else None


@dataclass(frozen=True, slots=True)
class CriticScore:
    """One scored document, reduced to what the critics' aggregates need (the store reads only
    these columns for ``/scores``: no text)."""

    kind: DocumentKind
    episode: int | None
    score_100: float  # normalised, as :attr:`bot.models.Score.score_100`
    document_id: int | None = None


def critics_from_scores(
    scores: Iterable[CriticScore],
) -> tuple[dict[int, CriticAggregate], CriticAggregate | None]:
    """Critic aggregates per episode, and the season reviews' aggregate apart.

    Season reviews go apart; scores that are neither season reviews nor about one episode are
    left out (they have no place in a per-episode table).
    """
    per_episode: dict[int, list[float]] = {}
    season: list[float] = []
    for item in scores:
        if item.kind is DocumentKind.SEASON_REVIEW:
            season.append(item.score_100)
        elif item.episode is not None:
            per_episode.setdefault(item.episode, []).append(item.score_100)
        else:
            log.debug("scored document %s has no episode; left out of the table", item.document_id)
    episodes = {ep: CriticAggregate(tuple(found)) for ep, found in per_episode.items()}
    return episodes, critic_aggregate(season)


def critics_by_episode(
    documents: Iterable[Document],
) -> tuple[dict[int, CriticAggregate], CriticAggregate | None]:
    """Critic aggregates per episode, and the season reviews' aggregate apart.

    Unscored documents count for nothing; scored documents that are neither season reviews nor
    about one episode are left out (they have no place in a per-episode table).
    """
    scores = (_critic_score(doc) for doc in documents)
    return critics_from_scores(s for s in scores if s is not None)


def _critic_score(item: Document | CriticScore) -> CriticScore | None:
    """A document's score as a :class:`CriticScore` (None when it has none)."""
    if isinstance(item, CriticScore):
        return item
    if item.score is None or item.score.score_100 is None:
        return None  # unscored, or a letter grade with no scale: nothing to average
    return CriticScore(item.kind, item.episode, item.score.score_100, item.id)


@dataclass(frozen=True, slots=True)
class EpisodeScores:
    episode: int
    critics: CriticAggregate | None = None
    members: MemberAggregate | None = None


@dataclass(frozen=True, slots=True)
class ScoreBoard:
    """What ``/scores`` shows: per episode (ascending), and the season reviews apart."""

    episodes: tuple[EpisodeScores, ...]
    season: CriticAggregate | None = None

    @property
    def empty(self) -> bool:
        return self.season is None and all(
            e.critics is None and e.members is None for e in self.episodes
        )


def build_scoreboard(
    documents: Iterable[Document | CriticScore],
    members: Mapping[int, MemberAggregate] | None = None,
    *,
    episode_count: int | None = None,
) -> ScoreBoard:
    """Critics from ``documents`` (or the store's :class:`CriticScore` rows) and members'
    aggregates per episode, in one board.

    Episodes listed: 1..``episode_count`` when known, plus every episode that has data.
    """
    scores = (_critic_score(item) for item in documents)
    critics, season = critics_from_scores(s for s in scores if s is not None)
    members = members or {}
    numbers = set(critics) | set(members)
    if episode_count:
        numbers |= set(range(1, episode_count + 1))
    rows = tuple(
        EpisodeScores(n, critics.get(n), members.get(n)) for n in sorted(numbers) if n >= 1
    )
    return ScoreBoard(rows, season)


# --------------------------------------------------------------------------- text


def critics_text(agg: CriticAggregate) -> str:
    """``72/100 from 4 reviews (75% positive)``."""
    return (
        f"{agg.mean_shown}/100 from {_plural(agg.count, 'review')} "
        f"({agg.positive_percent}% positive)"
    )


def members_text(agg: MemberAggregate) -> str:
    """``7.8/10 from 12 members``, or ``2 members, too few to show``."""
    if agg.mean_shown is None:
        return f"{_plural(agg.count, 'member')}, {TOO_FEW}"
    return f"{agg.mean_shown}/10 from {_plural(agg.count, 'member')}"


def aggregate_line(critics: CriticAggregate | None, members: MemberAggregate | None) -> str | None:
    """The ``/review`` line for one episode, e.g.
    ``Critics: 72/100 from 4 reviews (75% positive) · This server: 7.8/10 from 12 members``.

    A part without data is left out; None when neither has any. Plain text with no markdown
    characters, safe in any embed field or description.
    """
    parts: list[str] = []
    if critics is not None:
        parts.append(f"Critics: {critics_text(critics)}")
    if members is not None:
        parts.append(f"This server: {members_text(members)}")
    return " · ".join(parts) or None


@dataclass(frozen=True, slots=True)
class ScorePage:
    """One embed's worth of the ``/scores`` table: a description and (name, value) fields.

    Within Discord's limits: description <= 4096, <= 25 fields, names <= 256, values <= 1024, and
    all of it <= :data:`PAGE_BUDGET` characters, leaving room for the caller's title and footer.
    """

    description: str
    fields: tuple[tuple[str, str], ...] = ()

    @property
    def size(self) -> int:
        return len(self.description) + sum(len(n) + len(v) for n, v in self.fields)


def _episode_label(episode: int, visible_titles: Mapping[int, str] | None) -> str:
    title = (visible_titles or {}).get(episode)
    label = f"**Ep. {episode}**"
    if title and title.strip():
        flat = " ".join(title.split())
        if len(flat) > TITLE_SHOWN_LIMIT:
            flat = flat[: TITLE_SHOWN_LIMIT - 1].rstrip() + "…"
        label += f" {escape(flat)}"
    return label


def _episode_line(row: EpisodeScores, visible_titles: Mapping[int, str] | None) -> str:
    parts = [_episode_label(row.episode, visible_titles)]
    if row.critics is None and row.members is None:
        parts.append(NO_SCORES)
    if row.critics is not None:
        parts.append(f"Critics {critics_text(row.critics)}")
    if row.members is not None:
        parts.append(f"Server {members_text(row.members)}")
    return " · ".join(parts)


def score_pages(
    board: ScoreBoard,
    *,
    visible_titles: Mapping[int, str] | None = None,
) -> list[ScorePage]:
    """The text form of every number on the chart, one line per episode, paged to fit embeds.

    Episodes are named "Ep. N"; a title is added only when ``visible_titles`` holds it (the
    caller decides what this audience has watched). Lines are never split across pages. The
    season reviews' aggregate is a field on the first page. Always at least one page.
    """
    season: tuple[tuple[str, str], ...] = ()
    if board.season is not None:
        season = ((SEASON_NAME, critics_text(board.season)),)
    lines = [_episode_line(row, visible_titles) for row in board.episodes]
    if not lines:
        lines = ["No episode has scores yet."]
    pages: list[ScorePage] = []
    current: list[str] = []
    used = 0
    fields = season
    budget = min(DESCRIPTION_LIMIT, PAGE_BUDGET - sum(len(n) + len(v) for n, v in fields))
    for line in lines:
        extra = len(line) + (1 if current else 0)
        if current and used + extra > budget:
            pages.append(ScorePage("\n".join(current), fields))
            current, used, fields = [], 0, ()
            budget = min(DESCRIPTION_LIMIT, PAGE_BUDGET)
            extra = len(line)
        current.append(line)
        used += extra
    pages.append(ScorePage("\n".join(current), fields))
    return pages
