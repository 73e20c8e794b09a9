"""/settings: a server's spoiler policy, default anime and progress, and where new reviews from
feeds are announced (Manage Server)."""

from __future__ import annotations

import datetime as dt
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import ReviewBot
from bot.errors import UserError
from bot.lookups import anime_autocomplete, check_episode, resolve_anime
from bot.models import SpoilerPolicy
from bot.render.settings import settings_pages, shown_title
from bot.spoilers import escape

log = logging.getLogger(__name__)


class Settings(commands.Cog):
    def __init__(self, bot: ReviewBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="settings", description="This server's spoiler policy, default anime and progress"
    )
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    @app_commands.describe(
        policy="How spoiler-bearing answers are delivered",
        default_anime="The anime commands use when none is given",
        default_progress="Episode everyone here has watched unless they set their own",
        anime="Which anime default_progress is for (default: the server's default anime)",
        reset="Put every setting back to its default",
        announce_channel="Where new reviews from followed feeds are announced",
        announce_anime="Announce only reviews of this anime (default: every anime)",
        announce_off="Stop announcing new reviews",
    )
    @app_commands.choices(
        policy=[app_commands.Choice(name=p.label[:100], value=p.value) for p in SpoilerPolicy]
    )
    @app_commands.autocomplete(
        default_anime=anime_autocomplete,
        anime=anime_autocomplete,
        announce_anime=anime_autocomplete,
    )
    async def settings(
        self,
        interaction: discord.Interaction[ReviewBot],
        policy: str | None = None,
        default_anime: app_commands.Range[str, 1, 100] | None = None,
        default_progress: app_commands.Range[int, 0, 9999] | None = None,
        anime: app_commands.Range[str, 1, 100] | None = None,
        reset: bool = False,
        announce_channel: discord.TextChannel | None = None,
        announce_anime: app_commands.Range[str, 1, 100] | None = None,
        announce_off: bool = False,
    ) -> None:
        assert interaction.guild_id is not None  # guild_only
        guild_id = interaction.guild_id
        store = self.bot.store
        changed: list[str] = []
        if reset:
            await store.forget_guild(guild_id)
            await store.clear_announce(guild_id)
            changed.append("every setting is back to its default")
        if policy is not None:
            chosen = SpoilerPolicy(policy)
            await store.set_spoiler_policy(guild_id, chosen)
            changed.append(f"spoiler policy: {chosen.label}")
        if default_anime is not None:
            show = await resolve_anime(store, default_anime, guild_id)
            await store.set_default_anime(guild_id, show.id)
            changed.append(f"default anime: {shown_title(show.title)}")
        if default_progress is not None:
            show = await resolve_anime(store, anime, guild_id)
            check_episode(show, default_progress, lowest=0)
            await store.set_guild_progress(guild_id, show.id, default_progress)
            changed.append(
                f"default progress for {shown_title(show.title)}: episode {default_progress}"
            )
        if announce_off:
            await store.clear_announce(guild_id)
            changed.append("new reviews are no longer announced")
        elif announce_channel is not None:
            limit = await resolve_anime(store, announce_anime, guild_id) if announce_anime else None
            now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            await store.set_announce(
                guild_id, announce_channel.id, limit.id if limit else None, since=now
            )
            what = f"reviews of {shown_title(limit.title)}" if limit else "new reviews"
            changed.append(f"{what} are announced in {announce_channel.mention}")
        elif announce_anime is not None:
            raise UserError("Choose the `announce_channel:` too, to say where to announce them.")
        if changed:
            log.info("Server %s changed its settings: %s", guild_id, "; ".join(changed))
        pages = await self.describe(guild_id, changed)
        # Each page fits a message; a long list goes on in private follow-ups.
        await interaction.response.send_message(pages[0], ephemeral=True)
        for page in pages[1:]:
            await interaction.followup.send(page, ephemeral=True)

    async def describe(self, guild_id: int, changed: list[str]) -> list[str]:
        store = self.bot.store
        current = await store.guild_settings(guild_id)
        animes = await store.list_anime()
        default = next((a for a in animes if a.id == current.default_anime_id), None)
        progress: list[tuple[str, int]] = []
        for show in animes:
            episode = await store.guild_progress(guild_id, show.id)
            if episode is not None:
                progress.append((show.title, episode))
        announcing: list[str] = []
        announce = await store.announce_settings(guild_id)
        if announce is None:
            announcing.append("New reviews from feeds: not announced")
        else:
            limited = next((a for a in animes if a.id == announce.anime_id), None)
            what = f" (only {shown_title(limited.title)})" if limited else ""
            announcing.append(
                f"New reviews from feeds: announced in <#{announce.channel_id}>{what}"
            )
            if announce.disabled_reason:
                announcing.append(
                    f"⚠ Announcing is off: {escape(announce.disabled_reason)}. Fix it, then set "
                    "`announce_channel:` again."
                )
        return settings_pages(
            changed,
            current.spoiler_policy.label,
            default.title if default else None,
            progress,
            announcing=announcing,
        )

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        deleted = await self.bot.store.forget_guild(guild.id)
        log.info("Removed from server %s: deleted its %d stored settings", guild.id, deleted)
        self.bot.dispatch("guild_data_deleted", guild.id)


async def setup(bot: ReviewBot) -> None:
    await bot.add_cog(Settings(bot))
