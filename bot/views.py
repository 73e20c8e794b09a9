"""The paging view: owner-only buttons that turn pages (and reviews) in place."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.render import Page
from bot.tree import followup_after_deferral

if TYPE_CHECKING:
    from bot.bot import ReviewBot

log = logging.getLogger(__name__)

# What "Show me (my progress)" does when pressed: answer the press privately.
ShowMe = Callable[["discord.Interaction[ReviewBot]"], Awaitable[None]]

__all__ = ["NOT_YOURS", "Paginator"]

NOT_YOURS = " — ".join(
    (
        "Only the person who ran this command can turn its pages",
        "run it yourself to get your own copy.",
    )
)


class Paginator(discord.ui.View):
    """Pages through ``books`` (one book per document, each a list of pages).

    Only ``owner_id`` may press the buttons. The review buttons are shown only when there is more
    than one book, the page buttons only when the current book has more than one page; buttons
    are disabled at the ends. ``show_me`` adds a "Show me (my progress)" button (a public answer
    that hid something). On timeout every button is disabled on the message.
    """

    message: discord.Message | discord.InteractionMessage | discord.WebhookMessage | None

    def __init__(
        self,
        *,
        owner_id: int,
        books: Sequence[Sequence[Page]],
        timeout: float = 180.0,
        show_me: ShowMe | None = None,
    ) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.show_me = show_me
        self.books: tuple[tuple[Page, ...], ...] = tuple(tuple(b) for b in books if b)
        if not self.books:
            raise ValueError("Paginator needs at least one page")
        self.book = 0
        self.page = 0
        self.message = None
        self._layout()

    # ------------------------------------------------------------------ state

    @property
    def current(self) -> Page:
        return self.books[self.book][self.page]

    @property
    def total_pages(self) -> int:
        return sum(len(b) for b in self.books)

    def _layout(self) -> None:
        """Show only the buttons that make sense here, and disable those at an end."""
        self.clear_items()
        several_books = len(self.books) > 1
        several_pages = len(self.books[self.book]) > 1
        if several_books:
            self.add_item(self.previous_review)
        if several_pages:
            self.add_item(self.previous_page)
            self.add_item(self.next_page)
        if several_books:
            self.add_item(self.next_review)
        if self.show_me is not None:
            self.add_item(self.show_mine)
        last_page = len(self.books[self.book]) - 1
        self.previous_review.disabled = self.book == 0
        self.next_review.disabled = self.book == len(self.books) - 1
        self.previous_page.disabled = self.page == 0
        self.next_page.disabled = self.page == last_page

    async def _show(self, interaction: discord.Interaction[ReviewBot]) -> None:
        self._layout()
        await interaction.response.edit_message(
            **self.current.kwargs(),
            view=self,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    # ------------------------------------------------------------------ buttons

    @discord.ui.button(
        label="◀ Review", style=discord.ButtonStyle.secondary, custom_id="paginator:review:prev"
    )
    async def previous_review(
        self, interaction: discord.Interaction[ReviewBot], button: discord.ui.Button[Paginator]
    ) -> None:
        if self.book > 0:
            self.book -= 1
            self.page = 0
        await self._show(interaction)

    @discord.ui.button(
        label="Page ◀", style=discord.ButtonStyle.primary, custom_id="paginator:page:prev"
    )
    async def previous_page(
        self, interaction: discord.Interaction[ReviewBot], button: discord.ui.Button[Paginator]
    ) -> None:
        if self.page > 0:
            self.page -= 1
        await self._show(interaction)

    @discord.ui.button(
        label="▶ Page", style=discord.ButtonStyle.primary, custom_id="paginator:page:next"
    )
    async def next_page(
        self, interaction: discord.Interaction[ReviewBot], button: discord.ui.Button[Paginator]
    ) -> None:
        if self.page < len(self.books[self.book]) - 1:
            self.page += 1
        await self._show(interaction)

    @discord.ui.button(
        label="Review ▶", style=discord.ButtonStyle.secondary, custom_id="paginator:review:next"
    )
    async def next_review(
        self, interaction: discord.Interaction[ReviewBot], button: discord.ui.Button[Paginator]
    ) -> None:
        if self.book < len(self.books) - 1:
            self.book += 1
            self.page = 0
        await self._show(interaction)

    @discord.ui.button(
        label="Show me (my progress)",
        style=discord.ButtonStyle.success,
        custom_id="paginator:show-me",
    )
    async def show_mine(
        self, interaction: discord.Interaction[ReviewBot], button: discord.ui.Button[Paginator]
    ) -> None:
        """The same answer, gated by the presser's own progress, sent to them alone."""
        if self.show_me is not None:
            await self.show_me(interaction)

    # ------------------------------------------------------------------ lifecycle

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            NOT_YOURS, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )
        return False

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select):
                item.disabled = True
        if self.message is None:
            return
        try:
            await self.message.edit(view=self)
        except discord.HTTPException as exc:  # NotFound included: the message was deleted
            log.info("Could not disable the paginator on message %s: %s", self.message.id, exc)

    def _first_page(self) -> dict[str, Any]:
        """What sending the first page takes; the buttons only when there is more than one page."""
        kwargs: dict[str, Any] = {
            **self.current.kwargs(),
            "allowed_mentions": discord.AllowedMentions.none(),
        }
        if self.total_pages > 1 or self.show_me is not None:
            kwargs["view"] = self
        else:
            self.stop()
        if kwargs["content"] is None:
            del kwargs["content"]
        return kwargs

    async def start(
        self,
        interaction: discord.Interaction[ReviewBot],
        *,
        ephemeral: bool = False,
        files: Sequence[discord.File] = (),
    ) -> None:
        """Send the first page as the interaction's answer (a follow-up once it was deferred).

        `files` are attached to the message; turning pages keeps them (edits leave attachments
        alone).
        """
        kwargs = self._first_page()
        if files:
            kwargs["files"] = list(files)
        if interaction.response.is_done():
            self.message = await followup_after_deferral(interaction, ephemeral=ephemeral, **kwargs)
            return
        response = await interaction.response.send_message(ephemeral=ephemeral, **kwargs)
        if "view" not in kwargs:
            return
        resource = getattr(response, "resource", None)
        if isinstance(resource, discord.InteractionMessage):
            self.message = resource
        else:
            self.message = await interaction.original_response()

    async def send_to(self, channel: discord.abc.Messageable) -> discord.Message:
        """Post the first page as a channel message (e.g. in a discussion thread)."""
        self.message = message = await channel.send(**self._first_page())
        return message
