"""Members' ratings of episodes (per server) and critics' scores (SQLite, migration 0006).

Named statements with `?` parameters; the aggregate module bot/store/ratings.py runs them.
"""

from __future__ import annotations

GET_RATING = """
SELECT score FROM episode_ratings
 WHERE guild_id = ? AND anime_id = ? AND episode = ? AND user_id = ?
"""

SET_RATING = """
INSERT INTO episode_ratings (guild_id, anime_id, episode, user_id, score) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (guild_id, anime_id, episode, user_id) DO UPDATE SET
    score = excluded.score, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
"""

CLEAR_RATING = """
DELETE FROM episode_ratings WHERE guild_id = ? AND anime_id = ? AND episode = ? AND user_id = ?
"""

# One server's ratings of one anime, per episode: what bot.ratings.MemberAggregate holds.
MEMBER_AGGREGATES = """
SELECT episode, count(*) AS count, sum(score) AS total
  FROM episode_ratings
 WHERE guild_id = ? AND anime_id = ?
 GROUP BY episode
 ORDER BY episode
"""

MEMBER_AGGREGATE = """
SELECT count(*) AS count, sum(score) AS total
  FROM episode_ratings
 WHERE guild_id = ? AND anime_id = ? AND episode = ?
"""

# Every scored document of an anime: its kind, episode and score as written (value and scale),
# for bot.ratings.critics_by_episode. No text: /scores never reads a document's sections.
CRITIC_SCORES = """
SELECT kind, episode, score_raw, score_value, score_scale
  FROM documents
 WHERE anime_id = ? AND score_raw IS NOT NULL
 ORDER BY id
"""

# The scored documents about one episode (the /review aggregate line).
CRITIC_SCORES_FOR_EPISODE = """
SELECT kind, episode, score_raw, score_value, score_scale
  FROM documents
 WHERE anime_id = ? AND episode = ? AND score_raw IS NOT NULL
 ORDER BY id
"""

FORGET_USER = "DELETE FROM episode_ratings WHERE user_id = ?"

FORGET_GUILD = "DELETE FROM episode_ratings WHERE guild_id = ?"
