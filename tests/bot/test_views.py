"""bot/views.py: the Paginator, driven through discord.py's own dispatch with fake interactions."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import discord
import pytest

from bot.render import Page
from bot.views import Paginator

OWNER = 1111
STRANGER = 2222
REFUSAL = (
    "Only the person who ran this command can turn its pages"
    " — run it yourself to get your own copy."
)


def page(text: str) -> Page:
    return Page(embeds=(discord.Embed(title="Metallic Rouge", description=text),))


class FakeResponse:
    def __init__(self) -> None:
        self.edits: list[dict[str, Any]] = []
        self.sent: list[dict[str, Any]] = []
        self.done = False

    def is_done(self) -> bool:
        return self.done

    async def edit_message(self, **kwargs: Any) -> None:
        assert not self.done, "an interaction can be answered once"
        self.done = True
        self.edits.append(kwargs)

    async def send_message(self, content: str | None = None, **kwargs: Any) -> SimpleNamespace:
        assert not self.done, "an interaction can be answered once"
        self.done = True
        self.sent.append({"content": content, **kwargs})
        return SimpleNamespace(resource=None)


class FakeMessage:
    def __init__(self, error: Exception | None = None) -> None:
        self.id = 99
        self.edits: list[dict[str, Any]] = []
        self.error = error

    async def edit(self, **kwargs: Any) -> None:
        if self.error is not None:
            raise self.error
        self.edits.append(kwargs)


class FakeFollowup:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def send(self, **kwargs: Any) -> FakeMessage:
        self.sent.append(kwargs)
        return FakeMessage()


class FakeInteraction:
    """The parts of discord.Interaction the view touches."""

    def __init__(self, user_id: int) -> None:
        self.user = SimpleNamespace(id=user_id)
        self.response = FakeResponse()
        self.followup = FakeFollowup()
        self.extras: dict[str, object] = {}
        self.data = {"component_type": 2, "custom_id": "x"}
        self.original = FakeMessage()

    async def original_response(self) -> FakeMessage:
        return self.original


async def click(
    view: Paginator, button: discord.ui.Button[Paginator], user_id: int
) -> FakeInteraction:
    """Press ``button`` the way discord.py dispatches a click: checks, then the callback."""
    interaction = FakeInteraction(user_id)

    async def fail(_interaction: Any, error: Exception, _item: Any) -> None:
        raise error

    view.on_error = fail  # type: ignore[method-assign]
    await view._scheduled_task(button, interaction)  # type: ignore[arg-type]
    return interaction


def shown(interaction: FakeInteraction) -> str | None:
    (edit,) = interaction.response.edits
    return edit["embeds"][0].description


def labels(view: Paginator) -> list[str | None]:
    return [item.label for item in view.children if isinstance(item, discord.ui.Button)]


def enabled(view: Paginator) -> dict[str | None, bool]:
    return {
        item.label: not item.disabled
        for item in view.children
        if isinstance(item, discord.ui.Button)
    }


@pytest.fixture
def books() -> list[list[Page]]:
    return [
        [page("r1p1"), page("r1p2"), page("r1p3")],
        [page("r2p1")],
        [page("r3p1"), page("r3p2")],
    ]


async def test_layout_and_stable_custom_ids(books: list[list[Page]]) -> None:
    view = Paginator(owner_id=OWNER, books=books)
    assert labels(view) == ["◀ Review", "Page ◀", "▶ Page", "Review ▶"]
    assert enabled(view) == {"◀ Review": False, "Page ◀": False, "▶ Page": True, "Review ▶": True}
    again = Paginator(owner_id=OWNER, books=books)
    ids = [getattr(i, "custom_id", None) for i in view.children]
    assert ids == [getattr(i, "custom_id", None) for i in again.children]
    assert all(ids)
    assert len(set(ids)) == 4


async def test_owner_turns_pages_in_place(books: list[list[Page]]) -> None:
    view = Paginator(owner_id=OWNER, books=books)
    turned = await click(view, view.next_page, OWNER)
    assert shown(turned) == "r1p2"
    (edit,) = turned.response.edits
    assert edit["view"] is view
    assert edit["content"] is None
    assert edit["allowed_mentions"].everyone is False
    assert enabled(view)["Page ◀"]
    turned = await click(view, view.next_page, OWNER)
    assert shown(turned) == "r1p3"
    assert enabled(view) == {"◀ Review": False, "Page ◀": True, "▶ Page": False, "Review ▶": True}
    turned = await click(view, view.previous_page, OWNER)
    assert shown(turned) == "r1p2"


async def test_review_buttons_switch_books_and_show_only_useful_buttons(
    books: list[list[Page]],
) -> None:
    view = Paginator(owner_id=OWNER, books=books)
    await click(view, view.next_page, OWNER)
    turned = await click(view, view.next_review, OWNER)
    assert shown(turned) == "r2p1"  # a new review starts at its first page
    assert labels(view) == ["◀ Review", "Review ▶"]  # one page: no page buttons
    turned = await click(view, view.next_review, OWNER)
    assert shown(turned) == "r3p1"
    assert labels(view) == ["◀ Review", "Page ◀", "▶ Page", "Review ▶"]
    assert enabled(view) == {"◀ Review": True, "Page ◀": False, "▶ Page": True, "Review ▶": False}
    turned = await click(view, view.previous_review, OWNER)
    assert shown(turned) == "r2p1"


async def test_one_book_has_no_review_buttons() -> None:
    view = Paginator(owner_id=OWNER, books=[[page("a"), page("b")]])
    assert labels(view) == ["Page ◀", "▶ Page"]


async def test_someone_else_is_refused_and_the_page_stays(books: list[list[Page]]) -> None:
    view = Paginator(owner_id=OWNER, books=books)
    refused = await click(view, view.next_page, STRANGER)
    assert refused.response.edits == []
    (sent,) = refused.response.sent
    assert sent["content"] == REFUSAL
    assert sent["ephemeral"] is True
    assert view.current is books[0][0]
    turned = await click(view, view.next_page, OWNER)
    assert shown(turned) == "r1p2"


async def test_start_sends_the_first_page_with_the_view(books: list[list[Page]]) -> None:
    view = Paginator(owner_id=OWNER, books=books)
    interaction = FakeInteraction(OWNER)
    await view.start(interaction)  # type: ignore[arg-type]
    (sent,) = interaction.response.sent
    assert sent["embeds"][0].description == "r1p1"
    assert sent["view"] is view
    assert sent["ephemeral"] is False
    mentions = sent["allowed_mentions"]
    assert (mentions.everyone, mentions.users, mentions.roles) == (False, False, False)
    assert view.message is interaction.original


async def test_start_without_a_view_for_a_single_page() -> None:
    view = Paginator(owner_id=OWNER, books=[[page("only")]])
    interaction = FakeInteraction(OWNER)
    await view.start(interaction, ephemeral=True)  # type: ignore[arg-type]
    (sent,) = interaction.response.sent
    assert "view" not in sent
    assert sent["ephemeral"] is True
    assert sent["embeds"][0].description == "only"
    assert view.is_finished()


async def test_start_after_a_deferral_uses_the_followup(books: list[list[Page]]) -> None:
    view = Paginator(owner_id=OWNER, books=books)
    interaction = FakeInteraction(OWNER)
    interaction.response.done = True
    await view.start(interaction)  # type: ignore[arg-type]
    (sent,) = interaction.followup.sent
    assert sent["wait"] is True
    assert sent["view"] is view
    assert view.message is not None


async def test_timeout_disables_every_button(books: list[list[Page]]) -> None:
    view = Paginator(owner_id=OWNER, books=books)
    message = FakeMessage()
    view.message = message  # type: ignore[assignment]
    await view.on_timeout()
    assert view.children
    assert all(getattr(item, "disabled", False) for item in view.children)
    (edit,) = message.edits
    assert edit["view"] is view


@pytest.mark.parametrize("status", [404, 500])
async def test_timeout_survives_a_deleted_message(
    books: list[list[Page]], status: int, caplog: pytest.LogCaptureFixture
) -> None:
    view = Paginator(owner_id=OWNER, books=books)
    response = SimpleNamespace(status=status, reason="gone")
    error = (
        discord.NotFound(response, "Unknown Message")
        if status == 404
        else (discord.HTTPException(response, "Server error"))
    )
    view.message = FakeMessage(error)  # type: ignore[assignment]
    with caplog.at_level("INFO", logger="bot.views"):
        await view.on_timeout()
    assert all(getattr(item, "disabled", False) for item in view.children)
    assert "Could not disable" in caplog.text


async def test_empty_books_are_rejected() -> None:
    with pytest.raises(ValueError, match="page"):
        Paginator(owner_id=OWNER, books=[[], []])


class FakeChannel:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.message = FakeMessage()

    async def send(self, **kwargs: Any) -> FakeMessage:
        self.sent.append(kwargs)
        return self.message


async def test_send_to_posts_the_first_page_in_a_channel(books: list[list[Page]]) -> None:
    view = Paginator(owner_id=OWNER, books=books)
    channel = FakeChannel()
    await view.send_to(channel)  # type: ignore[arg-type]
    (sent,) = channel.sent
    assert sent["embeds"][0].description == "r1p1"
    assert sent["view"] is view
    assert sent["allowed_mentions"].everyone is False
    assert "content" not in sent
    assert view.message is channel.message
