"""The /settings reply as pages of plain content that each fit Discord's 2,000 characters.

Pure: the cog gathers the facts, this module lays them out. Every title is escaped and cut to
TITLE_ROOM characters, so each line is short; lines are packed into pages, never split.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.render.limits import CONTENT_LIMIT
from bot.spoilers import fit_plain, truncate

log = logging.getLogger(__name__)

TITLE_ROOM = 200  # an escaped title: 100 characters of markdown-heavy text still fit
MAX_LISTED = 100  # default progresses listed; beyond that, a count
HEADING = "**This server's settings**"
CONTINUED = "**This server's settings** (continued)"


def shown_title(title: str) -> str:
    """A title as it appears in a settings line: escaped, at most TITLE_ROOM characters."""
    return fit_plain(title, TITLE_ROOM) or "(untitled)"


def settings_pages(
    changes: Sequence[str],
    policy_label: str,
    default_anime: str | None,
    progress: Sequence[tuple[str, int]],
    *,
    announcing: Sequence[str] = (),
    limit: int = CONTENT_LIMIT,
) -> list[str]:
    """The reply: what was saved (``changes``, already escaped lines), then the current
    settings; ``progress`` is (title, episode) for each anime with a default progress, and
    ``announcing`` (escaped lines) says where new reviews from feeds are announced."""
    lines: list[str] = []
    if changes:
        lines.append("Saved:")
        lines.extend(f"• {_fit_line(change, limit)}" for change in changes)
        lines.append("")
    lines.append(HEADING)
    lines.append(f"Spoiler policy: {fit_plain(policy_label, TITLE_ROOM)}")
    lines.append(f"Default anime: {shown_title(default_anime) if default_anime else 'none'}")
    for title, episode in progress[:MAX_LISTED]:
        lines.append(f"Default progress for {shown_title(title)}: episode {episode}")
    if len(progress) > MAX_LISTED:
        lines.append(f"…and a default progress for {len(progress) - MAX_LISTED} more anime.")
    lines.extend(_fit_line(line, limit) for line in announcing)
    return _pack(lines, limit)


def _fit_line(line: str, limit: int) -> str:
    """A line that is already escaped, cut (escape-safe) so it can share a page."""
    return truncate(line, limit // 2)


def _pack(lines: Sequence[str], limit: int) -> list[str]:
    pages: list[str] = []
    page: list[str] = []
    size = 0
    for line in lines:
        if page and size + 1 + len(line) > limit:
            pages.append("\n".join(page).strip("\n"))
            page, size = [CONTINUED], len(CONTINUED)
        size += (1 if page else 0) + len(line)
        page.append(line)
    if page:
        pages.append("\n".join(page).strip("\n"))
    return pages


__all__ = ["HEADING", "TITLE_ROOM", "settings_pages", "shown_title"]
