"""Small messages: /help, the anime list, did-you-mean, which episodes have something."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import discord

from bot.models import (
    Anime,
)
from bot.render.common import (
    ANIME_LIST_LIMIT,
    EMPTY_VALUE,
    MAX_EPISODE_PARTS,
    MAX_LISTED_ANIME,
    MAX_SUGGESTIONS,
    episode_ranges,
    join_and,
    new_embed,
    pack_list,
)
from bot.render.limits import EMBED_TOTAL_LIMIT, FIELD_NAME_LIMIT, FIELD_VALUE_LIMIT, FIELDS_LIMIT
from bot.spoilers import fit_plain

log = logging.getLogger(__name__)


def help_embed(commands: Sequence[tuple[str, str]]) -> discord.Embed:
    """One field per (usage, description) pair."""
    embed = new_embed()
    embed.title = "Commands"
    embed.description = "Look up what reviewers said about an anime, without spoiling it."
    room = EMBED_TOTAL_LIMIT - len(embed) - 50
    for usage, description in commands:
        if len(embed.fields) >= FIELDS_LIMIT:
            break
        name = fit_plain(usage, FIELD_NAME_LIMIT) or EMPTY_VALUE
        value = fit_plain(description, FIELD_VALUE_LIMIT) or EMPTY_VALUE
        if len(name) + len(value) > room:
            break
        room -= len(name) + len(value)
        embed.add_field(name=name, value=value, inline=False)
    return embed


def anime_list_message(animes: Sequence[Anime], *, lead: str = "I know") -> str:
    """Which anime are stored (or could be meant, after another `lead`), for "pick one with
    anime:" replies (fits a message easily)."""
    if not animes:
        return "No anime are stored yet."
    titles = [f"**{fit_plain(a.title, 100) or EMPTY_VALUE}**" for a in animes[:MAX_LISTED_ANIME]]
    unlisted = len(animes) - len(titles)
    listed = join_and(titles)
    if unlisted or len(listed) > ANIME_LIST_LIMIT:
        listed = pack_list(titles, ANIME_LIST_LIMIT, unlisted=unlisted)
    if len(animes) == 1:
        return f"{lead} {listed}."
    return f"{lead} {listed}. Pick one with `anime:`."


def did_you_mean(query: str, suggestions: Sequence[str]) -> str:
    """ "I couldn't find X. Did you mean A, B or C?" (query and suggestions escaped)."""
    shown = fit_plain(" ".join(query.split()), 100) or EMPTY_VALUE
    head = f"I couldn't find **{shown}**."
    names = [f"**{fit_plain(s, 100)}**" for s in suggestions if s.strip()][:MAX_SUGGESTIONS]
    if not names:
        return head + " Check the spelling, or try `/search`."
    last = " or " + names[-1] if len(names) > 1 else names[-1]
    return f"{head} Did you mean {', '.join(names[:-1])}{last}?"


def episodes_with(kind_label: str, episodes: Sequence[int]) -> str:
    """ "Recaps exist for episodes 1–3 and 5." / "No recaps stored yet." """
    label = " ".join(kind_label.split()) or "Entries"
    parts = episode_ranges(episodes)
    if len(parts) > MAX_EPISODE_PARTS:
        parts = [*parts[: MAX_EPISODE_PARTS - 1], f"{len(parts) - MAX_EPISODE_PARTS + 1} more"]
    if not parts:
        return f"No {label[0].lower()}{label[1:]} stored yet."
    single = len(parts) == 1 and "–" not in parts[0]
    noun = "episode" if single else "episodes"
    return f"{label} exist for {noun} {join_and(parts)}."
