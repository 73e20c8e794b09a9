"""The ``/scores`` chart: critics (0-100) and this server (1-10) per episode, as PNG bytes.

Pure: a :class:`~bot.ratings.ScoreBoard` in, PNG bytes out. Drawn with Pillow (chosen by
measurement, see ``bench/chart_choice.py``), text in Pillow's bundled scalable default font
(Aileron), so nothing is downloaded or looked up on the host.

Both series share one grid: critics on the left axis (0-100), members on the right axis (0-10,
i.e. a rating times ten), so a 7.8/10 sits level with 78/100. Episodes are numbers on the x axis;
nothing in the image names an episode title, so the picture is never a spoiler.

Legibility on Discord's dark (#313338) and light (#FFFFFF) themes: no single colour can reach a
4.5:1 contrast against both (the best any colour gets against both is about 3.5:1), so the chart
carries its own opaque panel (:data:`PANEL`) and every text and line colour is chosen for at
least 4.5:1 against it. Whatever the theme, the only background a text or line pixel touches is
the panel. The two series differ by marker shape as well as colour (circle vs square).

Drawn at twice the size and box-reduced, for smooth lines without antialiasing support in
``ImageDraw``; a line's core keeps its exact palette colour.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from bot.ratings import ScoreBoard

log = logging.getLogger(__name__)

__all__ = [
    "ALT_TEXT_LIMIT",
    "CRITICS",
    "GRID",
    "HEIGHT",
    "LINE_COLOURS",
    "MEMBERS",
    "MUTED",
    "PANEL",
    "TEXT",
    "TEXT_COLOURS",
    "WIDTH",
    "ChartPoint",
    "Layout",
    "alt_text",
    "chart_points",
    "layout_for",
    "render_chart",
    "render_chart_async",
    "render_points",
]

RGB = tuple[int, int, int]

# ----------------------------------------------------------------------------- palette
PANEL: RGB = (0x1E, 0x1F, 0x22)  # the chart's own background, opaque
TEXT: RGB = (0xF2, 0xF3, 0xF5)  # title, legend
MUTED: RGB = (0xB5, 0xBA, 0xC1)  # axis labels and tick labels, axis lines
GRID: RGB = (0x8E, 0x92, 0x97)  # grid lines
CRITICS: RGB = (0xE6, 0x9F, 0x00)  # Okabe-Ito orange
MEMBERS: RGB = (0x56, 0xB4, 0xE9)  # Okabe-Ito sky blue
TEXT_COLOURS: tuple[RGB, ...] = (TEXT, MUTED)
LINE_COLOURS: tuple[RGB, ...] = (MUTED, GRID, CRITICS, MEMBERS)

# ----------------------------------------------------------------------------- geometry
WIDTH = 1200  # final pixels
HEIGHT = 600
_SS = 2  # supersampling factor
_MARGIN_LEFT = 96
_MARGIN_RIGHT = 80
_MARGIN_TOP = 96
_MARGIN_BOTTOM = 100
_TITLE_SIZE = 34
_LABEL_SIZE = 26
_TICK_SIZE = 24
_LINE_WIDTH = 4
_GRID_WIDTH = 1
_AXIS_WIDTH = 2
_MARKER = 7  # radius / half side
TITLE = "Scores per episode"
CRITICS_LABEL = "Critics, out of 100"
MEMBERS_LABEL = "This server, out of 10"
X_LABEL = "Episode"
NO_DATA = "No scores yet"
ALT_TEXT_LIMIT = 1024  # Discord's attachment description (alt text)


@dataclass(frozen=True, slots=True)
class ChartPoint:
    episode: int
    critics: float | None = None  # mean, 0-100
    members: float | None = None  # mean, 1-10; None when hidden (too few ratings)


def chart_points(board: ScoreBoard) -> tuple[ChartPoint, ...]:
    """The numbers the chart plots: unrounded means, members only where they may be shown."""
    return tuple(
        ChartPoint(
            row.episode,
            row.critics.mean if row.critics is not None else None,
            row.members.mean if row.members is not None else None,
        )
        for row in board.episodes
    )


@dataclass(frozen=True, slots=True)
class Layout:
    """Where things go, in final-image pixels."""

    first: int  # first episode on the x axis
    last: int
    left: int
    right: int
    top: int
    bottom: int

    def x(self, episode: int) -> float:
        if self.last == self.first:
            return (self.left + self.right) / 2
        inset = self._inset
        span = self.right - self.left - 2 * inset
        return self.left + inset + span * (episode - self.first) / (self.last - self.first)

    def y(self, value_100: float) -> float:
        """The height of a 0-100 value (a member mean times ten)."""
        return self.bottom - (self.bottom - self.top) * value_100 / 100

    @property
    def _inset(self) -> float:
        return min(24.0, (self.right - self.left) / 20)

    @property
    def label_step(self) -> int:
        """Label every episode while there's room, else every 2nd, 5th, 10th..."""
        if self.last == self.first:
            return 1
        gap = (self.right - self.left - 2 * self._inset) / (self.last - self.first)
        width = _TICK_SIZE * 0.6 * len(str(self.last)) + 8  # Aileron digits are ~0.55 em
        for step in (1, 2, 5, 10, 20, 50, 100, 200, 500):
            if gap * step >= width:
                return step
        return 1000


def layout_for(episodes: Sequence[int]) -> Layout:
    first = min(episodes, default=1)
    last = max(episodes, default=1)
    return Layout(
        first=first,
        last=last,
        left=_MARGIN_LEFT,
        right=WIDTH - _MARGIN_RIGHT,
        top=_MARGIN_TOP,
        bottom=HEIGHT - _MARGIN_BOTTOM,
    )


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _segments(values: Sequence[tuple[int, float | None]]) -> list[list[tuple[int, float]]]:
    """Runs of consecutive episodes that have a value (a gap breaks the line)."""
    runs: list[list[tuple[int, float]]] = []
    prev: int | None = None
    for episode, value in values:
        if value is None:
            prev = None
            continue
        if prev is None or episode != prev + 1:
            runs.append([])
        runs[-1].append((episode, value))
        prev = episode
    return runs


class _Canvas:
    """Drawing in final-image coordinates on a supersampled image."""

    def __init__(self) -> None:
        self.image = Image.new("RGB", (WIDTH * _SS, HEIGHT * _SS), PANEL)
        self.draw = ImageDraw.Draw(self.image)

    def line(self, points: Sequence[tuple[float, float]], colour: RGB, width: int) -> None:
        scaled = [(x * _SS, y * _SS) for x, y in points]
        self.draw.line(scaled, fill=colour, width=width * _SS, joint="curve")

    def hline(self, x0: float, x1: float, y: float, colour: RGB, width: int) -> None:
        """A horizontal rule ``width`` whole pixels thick from row ``round(y)``: snapped to the
        final pixel grid, so it keeps its exact colour (no half-blended rows)."""
        top = round(y)
        box = (round(x0) * _SS, top * _SS, round(x1) * _SS - 1, (top + width) * _SS - 1)
        self.draw.rectangle(box, fill=colour)

    def vline(self, x: float, y0: float, y1: float, colour: RGB, width: int) -> None:
        """A vertical rule ``width`` whole pixels wide, centred on ``x`` and snapped."""
        left = round(x - width / 2)
        box = (left * _SS, round(y0) * _SS, (left + width) * _SS - 1, round(y1) * _SS - 1)
        self.draw.rectangle(box, fill=colour)

    def circle(self, x: float, y: float, r: float, colour: RGB) -> None:
        box = ((x - r) * _SS, (y - r) * _SS, (x + r) * _SS, (y + r) * _SS)
        self.draw.ellipse(box, fill=colour)

    def square(self, x: float, y: float, r: float, colour: RGB) -> None:
        box = ((x - r) * _SS, (y - r) * _SS, (x + r) * _SS, (y + r) * _SS)
        self.draw.rectangle(box, fill=colour)

    def text(self, x: float, y: float, text: str, colour: RGB, size: int, anchor: str) -> None:
        self.draw.text((x * _SS, y * _SS), text, fill=colour, font=_font(size * _SS), anchor=anchor)

    def text_width(self, text: str, size: int) -> float:
        return self.draw.textlength(text, font=_font(size * _SS)) / _SS

    def png(self) -> bytes:
        out = io.BytesIO()
        self.image.reduce(_SS).save(out, format="PNG", compress_level=6)
        return out.getvalue()


def _legend(c: _Canvas, lay: Layout) -> None:
    y = _MARGIN_TOP / 2
    x = float(lay.right)
    for label, colour, square in ((MEMBERS_LABEL, MEMBERS, True), (CRITICS_LABEL, CRITICS, False)):
        c.text(x, y, label, TEXT, _LABEL_SIZE, "rm")
        x -= c.text_width(label, _LABEL_SIZE) + 12
        c.hline(x - 40, x, y - _LINE_WIDTH / 2, colour, _LINE_WIDTH)
        (c.square if square else c.circle)(x - 20, y, _MARKER, colour)
        x -= 40 + 32


def _axes(c: _Canvas, lay: Layout, *, ticks: bool) -> None:
    for tick in range(0, 101, 20):
        y = lay.y(tick)
        if tick:
            c.hline(lay.left, lay.right, y, GRID, _GRID_WIDTH)
        c.text(lay.left - 12, y, str(tick), MUTED, _TICK_SIZE, "rm")
        c.text(lay.right + 12, y, str(tick // 10), MUTED, _TICK_SIZE, "lm")
    c.hline(lay.left, lay.right, lay.bottom, MUTED, _AXIS_WIDTH)
    step = lay.label_step
    for episode in range(lay.first, lay.last + 1) if ticks else ():
        if episode % step:
            continue
        x = lay.x(episode)
        c.vline(x, lay.bottom, lay.bottom + 8, MUTED, _AXIS_WIDTH)
        c.text(x, lay.bottom + 14, str(episode), MUTED, _TICK_SIZE, "mt")
    c.text((lay.left + lay.right) / 2, HEIGHT - 24, X_LABEL, MUTED, _LABEL_SIZE, "ms")


def _series(
    c: _Canvas, lay: Layout, values: Sequence[tuple[int, float | None]], colour: RGB, square: bool
) -> None:
    for run in _segments(values):
        pts = [(lay.x(ep), lay.y(v)) for ep, v in run]
        if len(pts) > 1:
            c.line(pts, colour, _LINE_WIDTH)
        for x, y in pts:
            (c.square if square else c.circle)(x, y, _MARKER, colour)


def render_points(points: Sequence[ChartPoint]) -> bytes:
    """The chart of ``points`` (ascending episodes) as PNG bytes, WIDTH x HEIGHT, opaque."""
    points = sorted(points, key=lambda p: p.episode)
    lay = layout_for([p.episode for p in points])
    c = _Canvas()
    c.text(lay.left - 60, _MARGIN_TOP / 2, TITLE, TEXT, _TITLE_SIZE, "lm")
    _legend(c, lay)
    _axes(c, lay, ticks=bool(points))
    critics = [(p.episode, p.critics) for p in points]
    members = [(p.episode, p.members * 10 if p.members is not None else None) for p in points]
    if all(v is None for _, v in critics + members):
        c.text((lay.left + lay.right) / 2, lay.y(50), NO_DATA, TEXT, _TITLE_SIZE, "mm")
    _series(c, lay, critics, CRITICS, square=False)
    _series(c, lay, members, MEMBERS, square=True)
    return c.png()


def alt_text(board: ScoreBoard) -> str:
    """The attachment's description for screen readers: what the picture is, and where the
    numbers are in words. Names no episode title."""
    episodes = [row.episode for row in board.episodes]
    if not episodes:
        return "Chart of scores per episode: no scores yet."
    span = (
        f"episode {episodes[0]}" if len(episodes) == 1 else f"episodes {episodes[0]}-{episodes[-1]}"
    )
    text = (
        f"Line chart of scores per {span}: critics out of 100 (orange circles) and this server "
        "out of 10 (blue squares). Every number is in the table of this message."
    )
    return text[:ALT_TEXT_LIMIT]


def render_chart(board: ScoreBoard) -> bytes:
    """The ``/scores`` chart of ``board`` as PNG bytes. CPU-bound: call it off the event loop
    (:func:`render_chart_async`)."""
    return render_points(chart_points(board))


async def render_chart_async(board: ScoreBoard) -> bytes:
    """:func:`render_chart` in a worker thread, so the event loop keeps serving."""
    return await asyncio.to_thread(render_chart, board)
