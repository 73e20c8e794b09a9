"""Members' ratings of episodes (per server) and critics' scores (PostgreSQL, migration 0006).

The same constants as bot/store/sqlite/ratings.py, with `$n` parameters.
"""

from __future__ import annotations

GET_RATING = """
SELECT score FROM episode_ratings
 WHERE guild_id = $1 AND anime_id = $2 AND episode = $3 AND user_id = $4
"""

SET_RATING = """
INSERT INTO episode_ratings (guild_id, anime_id, episode, user_id, score)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (guild_id, anime_id, episode, user_id) DO UPDATE SET
    score = excluded.score,
    updated_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
"""

CLEAR_RATING = """
DELETE FROM episode_ratings
 WHERE guild_id = $1 AND anime_id = $2 AND episode = $3 AND user_id = $4
"""

# One server's ratings of one anime, per episode: what bot.ratings.MemberAggregate holds.
MEMBER_AGGREGATES = """
SELECT episode, count(*) AS count, sum(score) AS total
  FROM episode_ratings
 WHERE guild_id = $1 AND anime_id = $2
 GROUP BY episode
 ORDER BY episode
"""

MEMBER_AGGREGATE = """
SELECT count(*) AS count, sum(score) AS total
  FROM episode_ratings
 WHERE guild_id = $1 AND anime_id = $2 AND episode = $3
"""

# Every scored document of an anime: its kind, episode and score as written (value and scale),
# for bot.ratings.critics_by_episode. No text: /scores never reads a document's sections.
CRITIC_SCORES = """
SELECT kind, episode, score_raw, score_value, score_scale
  FROM documents
 WHERE anime_id = $1 AND score_raw IS NOT NULL
 ORDER BY id
"""

# The scored documents about one episode (the /review aggregate line).
CRITIC_SCORES_FOR_EPISODE = """
SELECT kind, episode, score_raw, score_value, score_scale
  FROM documents
 WHERE anime_id = $1 AND episode = $2 AND score_raw IS NOT NULL
 ORDER BY id
"""

FORGET_USER = "DELETE FROM episode_ratings WHERE user_id = $1"

FORGET_GUILD = "DELETE FROM episode_ratings WHERE guild_id = $1"
