"""/rate and /scores: members rate episodes they've watched; critics' and this server's scores
per episode, as a table and a chart."""

from __future__ import annotations

import io
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import ReviewBot
from bot.charts import alt_text, render_chart_async
from bot.delivery import gates_for
from bot.errors import UserError
from bot.lookups import ANIME_DESCRIBE, anime_autocomplete, check_episode, cooldown, resolve_anime
from bot.models import Anime, Episode
from bot.ratings import build_scoreboard
from bot.render import CHART_FILENAME, scores_rendered
from bot.spoilers import Gate, escape
from bot.views import Paginator

log = logging.getLogger(__name__)

BOTH = "Give either `score` or `clear`, not both."
NO_SCORE = "Give a `score` from 1 to 10, or `clear:True` to remove your rating."


def needs_progress(show: Anime, episode: int, own: int | None) -> str:
    """Why a member may not rate `episode` yet: their own progress doesn't cover it."""
    title = escape(show.title)
    where = "you haven't set your progress" if own is None else f"your progress is episode {own}"
    return (
        f"Only members who have watched an episode can rate it, and for **{title}** {where}. "
        f"Once you've watched it, set `/progress episode:{episode}` and rate again "
        "(this server's default progress doesn't count for ratings)."
    )


def visible_titles(episodes: list[Episode], gate: Gate) -> tuple[dict[int, str], set[int]]:
    """The episode titles this audience may read (within its progress, naming no secret), and
    the episodes whose title was left out."""
    shown: dict[int, str] = {}
    withheld: set[int] = set()
    for episode in episodes:
        title = episode.title
        if not (title and title.strip()) or episode.number < 1:
            continue
        if gate.beyond(episode.number) or gate.names_secret(title):
            withheld.add(episode.number)
            continue
        shown[episode.number] = title
    return shown, withheld


class Ratings(commands.Cog):
    def __init__(self, bot: ReviewBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="rate", description="Rate an episode you've watched, 1-10, for this server's scores"
    )
    @app_commands.guild_only()
    @app_commands.describe(
        episode="The episode you're rating (your own /progress must cover it)",
        score="Your rating, from 1 (worst) to 10 (best)",
        anime=ANIME_DESCRIBE,
        clear="Remove your rating of this episode",
    )
    @app_commands.autocomplete(anime=anime_autocomplete)
    async def rate(
        self,
        interaction: discord.Interaction[ReviewBot],
        episode: app_commands.Range[int, 1, 9999],
        score: app_commands.Range[int, 1, 10] | None = None,
        anime: app_commands.Range[str, 1, 100] | None = None,
        clear: bool = False,
    ) -> None:
        guild_id = interaction.guild_id
        if guild_id is None:  # guild_only: Discord never sends it from a DM
            raise UserError("Ratings belong to a server's community: use /rate in a server.")
        store = self.bot.store
        show = await resolve_anime(store, anime, guild_id)
        check_episode(show, episode)
        user = interaction.user.id
        title = escape(show.title)
        if clear and score is not None:
            raise UserError(BOTH)
        if clear:
            removed = await store.clear_rating(guild_id, show.id, episode, user)
            message = (
                f"Removed your rating of **{title}** episode {episode}."
                if removed
                else f"You hadn't rated **{title}** episode {episode} here."
            )
        elif score is None:
            raise UserError(NO_SCORE)
        else:
            own = await store.get_progress(user, show.id)
            if own is None or own < episode:
                raise UserError(needs_progress(show, episode, own))
            before = await store.get_rating(guild_id, show.id, episode, user)
            await store.set_rating(guild_id, show.id, episode, user, score)
            was = f" (was {before}/10)" if before is not None and before != score else ""
            message = (
                f"Saved: your rating of **{title}** episode {episode} is {score}/10{was}. "
                "It counts in this server's `/scores`."
            )
        await interaction.response.send_message(
            message, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )

    @app_commands.command(
        name="scores", description="Critics' and this server's scores per episode, with a chart"
    )
    @app_commands.describe(anime=ANIME_DESCRIBE)
    @app_commands.autocomplete(anime=anime_autocomplete)
    @cooldown()
    async def scores(
        self,
        interaction: discord.Interaction[ReviewBot],
        anime: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        bot = self.bot
        store = bot.store
        show = await resolve_anime(store, anime, interaction.guild_id)
        gates = await gates_for(bot, interaction, show)
        critics = await store.critic_scores(show.id)
        guild_id = interaction.guild_id
        members = await store.member_aggregates(guild_id, show.id) if guild_id is not None else {}
        board = build_scoreboard(critics, members, episode_count=show.episode_count)
        titles, withheld = visible_titles(await store.episodes(show.id), gates.here)
        listed = {row.episode for row in board.episodes}
        rendered = scores_rendered(
            show.title, board, visible_titles=titles, withheld=bool(withheld & listed)
        )
        png = await render_chart_async(board)  # CPU work in a thread: the loop keeps serving
        chart = discord.File(io.BytesIO(png), filename=CHART_FILENAME, description=alt_text(board))
        view = Paginator(
            owner_id=interaction.user.id, books=rendered.books, timeout=bot.view_timeout
        )
        await view.start(interaction, files=[chart])


async def setup(bot: ReviewBot) -> None:
    await bot.add_cog(Ratings(bot))
