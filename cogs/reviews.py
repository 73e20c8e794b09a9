"""/review: what reviewers thought of an episode, or of the whole season."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import ReviewBot
from bot.delivery import Topic, deliver
from bot.errors import UserError
from bot.lookups import (
    ANIME_DESCRIBE,
    anime_autocomplete,
    check_episode,
    cooldown,
    nothing_for_episode,
    resolve_anime,
)
from bot.models import Anime, DocumentKind, SectionKind
from bot.ratings import aggregate_line, critics_from_scores
from bot.render import Rendered, episodes_with, review_book
from bot.spoilers import Gate, escape

log = logging.getLogger(__name__)

REVIEW_KINDS = (
    DocumentKind.FIRST_IMPRESSIONS,
    DocumentKind.EPISODE_REVIEW,
    DocumentKind.RECAP,  # a recap with a review section (only review sections are shown)
    DocumentKind.SEASON_REVIEW,
)


class Reviews(commands.Cog):
    def __init__(self, bot: ReviewBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="review", description="What reviewers thought of an episode, or of the whole season"
    )
    @app_commands.describe(
        episode="Episode number; leave it out for the season-wide reviews",
        anime=ANIME_DESCRIBE,
    )
    @app_commands.autocomplete(anime=anime_autocomplete)
    @cooldown()
    async def review(
        self,
        interaction: discord.Interaction[ReviewBot],
        episode: app_commands.Range[int, 1, 9999] | None = None,
        anime: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        store = self.bot.store
        show = await resolve_anime(
            store, anime, interaction.guild_id, having=lambda: store.anime_with_reviews(episode)
        )
        check_episode(show, episode)
        documents = [
            doc
            for doc in await store.documents_for(show.id, episode, REVIEW_KINDS)
            if any(section.kind is SectionKind.REVIEW for section in doc.sections)
        ]
        if not documents:
            if episode is None:
                raise UserError(
                    f"No season-wide reviews of **{escape(show.title)}** yet. "
                    + episodes_with("Episode reviews", await store.review_episodes(show.id))
                    + " Try `/review episode:<number>`."
                )
            raise nothing_for_episode(show, episode, "review", await store.review_episodes(show.id))

        aggregate = await self.aggregate(show, episode, interaction.guild_id)

        def render(gate: Gate) -> Rendered:
            return Rendered.join(
                [
                    review_book(doc, index=i, total=len(documents), gate=gate, aggregate=aggregate)
                    for i, doc in enumerate(documents, start=1)
                ]
            )

        size = sum(len(s.text) for doc in documents for s in doc.sections)
        await deliver(
            self.bot, interaction, render, anime=show, topic=Topic(show, episode), size=size
        )

    async def aggregate(self, show: Anime, episode: int | None, guild_id: int | None) -> str | None:
        """The scores line of an episode (critics, and this server's members), or of the season
        reviews; None when there is no score."""
        store = self.bot.store
        per_episode, season = critics_from_scores(await store.critic_scores(show.id, episode))
        if episode is None:
            return aggregate_line(season, None)
        members = (
            await store.member_aggregate(guild_id, show.id, episode)
            if guild_id is not None
            else None
        )
        return aggregate_line(per_episode.get(episode), members)


async def setup(bot: ReviewBot) -> None:
    await bot.add_cog(Reviews(bot))
