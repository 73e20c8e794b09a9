"""Pieces every cog shares: the `anime` option and its autocomplete."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection, Sequence
from typing import TYPE_CHECKING, TypeVar

import discord
from discord import app_commands

from bot.errors import UserError
from bot.models import Anime
from bot.render import anime_list_message, episodes_with
from bot.spoilers import escape, fit_plain, truncate
from bot.text.choices import AUTOCOMPLETE

if TYPE_CHECKING:
    from bot.bot import ReviewBot
    from bot.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")

ANIME_DESCRIBE = "Which anime (optional while only one is stored)"


def _take_lookup(interaction: discord.Interaction[ReviewBot]) -> bool:
    limiter = interaction.client.lookup_cooldown
    if limiter is not None:
        limiter.take(interaction.user.id)  # raises CommandOnCooldown when over the rate
    return True


def cooldown() -> Callable[[T], T]:
    """The lookup cooldown (COMMAND_COOLDOWN): one bucket per person shared by every command
    that reads reviews, so one person cannot flood a channel by switching commands. Put it on
    every such command; /help, /progress, /settings and /forgetme don't count."""
    return app_commands.check(_take_lookup)


async def resolve_anime(
    store: Store,
    name: str | None,
    guild_id: int | None = None,
    *,
    having: Callable[[], Awaitable[Collection[int]]] | None = None,
) -> Anime:
    """The anime a command is about: the one named (exactly, by a word prefix, or as the one
    near miss), else the server's default, else the only one stored, else the only one that
    has what was asked for (`having`: the ids of the anime that have it); otherwise the
    answer lists the anime it could be."""
    if name:
        match = await store.match_anime(name)
        if match.found is not None:
            return match.found
        shown = fit_plain(name, 100)
        if match.candidates:
            raise UserError(
                anime_list_message(match.candidates, lead=f"Several anime match **{shown}**:")
            )
        known = await store.list_anime()
        raise UserError(f"I have no anime called **{shown}**.\n" + anime_list_message(known))
    known = await store.list_anime()
    if guild_id is not None and len(known) > 1:
        default = (await store.guild_settings(guild_id)).default_anime_id
        chosen = next((a for a in known if a.id == default), None)
        if chosen is not None:
            return chosen
    if len(known) == 1:
        return known[0]
    if having is not None and known:
        ids = set(await having())
        owners = [a for a in known if a.id in ids]
        if len(owners) == 1:
            return owners[0]
        if owners:
            raise UserError(anime_list_message(owners, lead="Several anime have that:"))
    raise UserError(anime_list_message(known))


def check_episode(show: Anime, episode: int | None, *, lowest: int = 1) -> None:
    """Refuse an episode past the anime's last one (when its count is known), naming the range.

    Every command taking an episode calls this first, so all of them refuse it in one way."""
    if episode is not None and show.episode_count and episode > show.episode_count:
        raise UserError(
            f"**{escape(show.title)}** has {show.episode_count} episodes; "
            f"pick one from {lowest} to {show.episode_count}."
        )


def nothing_for_episode(show: Anime, episode: int, kind: str, episodes: Sequence[int]) -> UserError:
    """The refusal of an episode in range that has no `kind` ("recap", "review") yet, naming
    the episodes that have one: every command says it this way."""
    label = f"{kind[:1].upper()}{kind[1:]}s"
    return UserError(
        f"No {kind} of **{escape(show.title)}** episode {episode} yet. "
        + episodes_with(label, episodes)
    )


async def anime_autocomplete(
    interaction: discord.Interaction[ReviewBot], current: str
) -> list[app_commands.Choice[str]]:
    bot = interaction.client
    animes = await bot.store.anime_choices(current, limit=AUTOCOMPLETE.count)
    length = AUTOCOMPLETE.length
    return [
        app_commands.Choice(name=truncate(a.title, length), value=a.title[:length]) for a in animes
    ]


async def anime_from_namespace(interaction: discord.Interaction[ReviewBot]) -> Anime | None:
    """The anime chosen so far in the interaction's options, for autocompletes of other options."""
    bot = interaction.client
    name = getattr(interaction.namespace, "anime", None)
    try:
        return await resolve_anime(bot.store, str(name) if name else None, interaction.guild_id)
    except UserError:
        return None
