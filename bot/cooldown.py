"""The lookup cooldown: one bucket per person, shared by every command that reads reviews.

COMMAND_COOLDOWN promises `rate` lookups per `per` seconds per person *across* commands, so the
bucket is keyed by the user alone, not by (command, user) as discord.py's per-command cooldowns
are. Buckets that are full again are dropped, so memory stays bounded by the active users.
"""

from __future__ import annotations

import logging
import time

from discord import app_commands

log = logging.getLogger(__name__)

# Look for full (forgettable) buckets once this many users are tracked.
PRUNE_AT = 1024


class LookupCooldown:
    """`rate` lookups per `per` seconds for each user, whatever the lookup command."""

    def __init__(self, rate: int, per: float) -> None:
        self.rate = rate
        self.per = per
        self._buckets: dict[int, app_commands.Cooldown] = {}

    def take(self, user_id: int, now: float | None = None) -> None:
        """Count one lookup by `user_id`; raise CommandOnCooldown when over the rate."""
        now = time.time() if now is None else now
        if len(self._buckets) >= PRUNE_AT:
            self._prune(now)
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = app_commands.Cooldown(self.rate, self.per)
        retry_after = bucket.update_rate_limit(now)
        if retry_after is not None:
            log.debug("User %s is over the lookup rate for %.1f s", user_id, retry_after)
            raise app_commands.CommandOnCooldown(bucket, retry_after)

    def _prune(self, now: float) -> None:
        full = [user for user, b in self._buckets.items() if b.get_tokens(now) >= self.rate]
        for user in full:
            del self._buckets[user]

    def __len__(self) -> int:
        return len(self._buckets)


__all__ = ["LookupCooldown"]
