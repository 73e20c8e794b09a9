"""The /scores chart: a valid, small PNG whose text and lines stay legible on both Discord themes.

Contrast is computed here from the WCAG 2 definition, not taken from the module:
https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio and #dfn-relative-luminance.
"""

from __future__ import annotations

import asyncio
import io
import struct
import threading
import zlib
from collections.abc import Iterator

import pytest
from PIL import Image

from bot import charts
from bot.charts import (
    CRITICS,
    GRID,
    HEIGHT,
    LINE_COLOURS,
    MEMBERS,
    MUTED,
    PANEL,
    TEXT,
    TEXT_COLOURS,
    WIDTH,
    ChartPoint,
    alt_text,
    chart_points,
    layout_for,
    render_chart,
    render_chart_async,
    render_points,
)
from bot.ratings import CriticAggregate, EpisodeScores, MemberAggregate, ScoreBoard

RGB = tuple[int, int, int]
DISCORD_DARK: RGB = (0x31, 0x33, 0x38)
DISCORD_LIGHT: RGB = (0xFF, 0xFF, 0xFF)
PALETTE = {PANEL, TEXT, MUTED, GRID, CRITICS, MEMBERS}
MAX_BYTES = 200 * 1024


# ----------------------------------------------------------------------------- WCAG 2


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: RGB) -> float:
    r, g, b = (_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula_matches_known_ratios() -> None:
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    # #767676 on white is the classic lightest grey that passes AA (4.54:1); #777777 fails (4.48)
    assert contrast((0x76, 0x76, 0x76), DISCORD_LIGHT) == pytest.approx(4.54, abs=0.01)
    assert contrast((0x77, 0x77, 0x77), DISCORD_LIGHT) == pytest.approx(4.48, abs=0.01)


# ----------------------------------------------------------------------------- PNG by hand


def png_chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, kind
        yield kind, body
        pos += 12 + length


def ihdr(data: bytes) -> tuple[int, int, int, int]:
    """(width, height, bit depth, colour type) from the first chunk, which must be IHDR."""
    kind, body = next(png_chunks(data))
    assert kind == b"IHDR"
    width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
    return width, height, depth, colour_type


# ----------------------------------------------------------------------------- data


def season(episodes: int = 26) -> ScoreBoard:
    """Critics 60 + ep (61..86 for 26 episodes); members 2 + ep % 4 (2..5, i.e. 20..50 on the
    shared scale), so the two series never touch. Nobody reviewed episode 9; the last episode has
    two member ratings (too few to show)."""
    rows = []
    for ep in range(1, episodes + 1):
        critics = None if ep == 9 else CriticAggregate((60.0 + ep % 40,))
        rating = 2 + ep % 4
        members = (
            MemberAggregate(2, 2 * rating) if ep == episodes else MemberAggregate(5, 5 * rating)
        )
        rows.append(EpisodeScores(ep, critics, members))
    return ScoreBoard(tuple(rows))


def worst_case(episodes: int) -> list[ChartPoint]:
    """Zig-zags from 0 to 100: the most line pixels, the least compressible."""
    return [
        ChartPoint(ep, 100.0 * (ep % 2), 1.0 + 9.0 * ((ep + 1) % 2))
        for ep in range(1, episodes + 1)
    ]


@pytest.fixture(scope="module")
def png() -> bytes:
    return render_chart(season())


@pytest.fixture(scope="module")
def image(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


# ----------------------------------------------------------------------------- file


def test_chart_is_a_valid_png_within_discords_size(png: bytes) -> None:
    width, height, depth, colour_type = ihdr(png)
    assert (width, height) == (WIDTH, HEIGHT)
    assert width <= 1200
    assert (depth, colour_type) == (8, 2)  # 8-bit truecolour, no alpha channel
    kinds = [kind for kind, _ in png_chunks(png)]
    assert kinds[-1] == b"IEND"
    assert b"tRNS" not in kinds  # no transparent colour either: the panel is opaque
    assert len(png) < MAX_BYTES
    Image.open(io.BytesIO(png)).verify()


@pytest.mark.parametrize("episodes", [1, 26, 500])
def test_worst_case_charts_stay_under_200_kb(episodes: int) -> None:
    data = render_points(worst_case(episodes))
    assert ihdr(data)[0] <= 1200
    assert len(data) < MAX_BYTES


def test_an_empty_board_still_renders() -> None:
    data = render_chart(ScoreBoard(()))
    assert ihdr(data)[:2] == (WIDTH, HEIGHT)


# ----------------------------------------------------------------------------- legibility


@pytest.mark.parametrize(
    "colour",
    sorted(set(TEXT_COLOURS + LINE_COLOURS)),
    ids=lambda c: "#{:02X}{:02X}{:02X}".format(*c),
)
def test_every_text_and_line_colour_reaches_4_5_on_both_themes(
    colour: RGB, image: Image.Image
) -> None:
    """On each theme, what a text or line pixel sits on is the chart's panel, whatever the theme
    (a colour that passes 4.5:1 on #313338 and #FFFFFF at once doesn't exist: the best any colour
    reaches against both is about 3.5:1)."""
    rgba = image.convert("RGBA")
    shown = []
    for theme in (DISCORD_DARK, DISCORD_LIGHT):
        on_theme = Image.alpha_composite(Image.new("RGBA", rgba.size, (*theme, 255)), rgba)
        flat = on_theme.convert("RGB")
        shown.append(flat.tobytes())
        background = max(flat.getcolors(WIDTH * HEIGHT) or [])[1]
        assert background == PANEL
        assert contrast(colour, background) >= 4.5, (colour, theme)
    assert shown[0] == shown[1]  # the theme shows through nowhere


def test_the_palette_is_what_gets_drawn(image: Image.Image) -> None:
    """The six most used colours are exactly the palette: every solid line, marker and glyph
    core is a palette colour; anything else is an antialiasing blend at an edge."""
    counts = sorted(image.getcolors(WIDTH * HEIGHT) or [], reverse=True)
    assert {colour for _, colour in counts[:6]} == PALETTE


def _on_segment(pixel: RGB, a: RGB, b: RGB, tolerance: float = 3.0) -> bool:
    d = [bb - aa for aa, bb in zip(a, b, strict=True)]
    p = [pp - aa for aa, pp in zip(a, pixel, strict=True)]
    t = max(0.0, min(1.0, sum(x * y for x, y in zip(p, d, strict=True)) / sum(x * x for x in d)))
    distance: float = sum((pp - t * dd) ** 2 for pp, dd in zip(p, d, strict=True)) ** 0.5
    return distance <= tolerance


def _region(image: Image.Image, box: tuple[int, int, int, int]) -> list[RGB]:
    raw = image.crop(box).tobytes()  # RGB, 3 bytes a pixel
    return [(raw[i], raw[i + 1], raw[i + 2]) for i in range(0, len(raw), 3)]


def test_text_is_drawn_in_text_colours(image: Image.Image) -> None:
    lay = layout_for(range(1, 27))
    title = _region(image, (0, 0, 450, lay.top - 20))
    assert TEXT in title
    assert all(_on_segment(p, PANEL, TEXT) for p in title)  # glyphs and their smoothing only
    for box in (
        (0, lay.top - 20, lay.left - 8, lay.bottom + 20),  # left axis: 0..100
        (lay.right + 8, lay.top - 20, WIDTH, lay.bottom + 20),  # right axis: 0..10
        (0, lay.bottom + 10, WIDTH, HEIGHT),  # episode numbers and "Episode"
    ):
        labels = _region(image, box)
        assert MUTED in labels, box
        assert all(_on_segment(p, PANEL, MUTED) for p in labels), box


def test_every_episode_number_is_written_apart(image: Image.Image) -> None:
    """26 separate labels under the axis: runs of inked columns split by gaps of >= 8 columns
    (the digits of one number are closer than that)."""
    lay = layout_for(range(1, 27))
    strip = image.crop((lay.left - 30, lay.bottom + 12, lay.right + 30, lay.bottom + 44))
    inked = [
        any(strip.getpixel((x, y)) != PANEL for y in range(strip.height))
        for x in range(strip.width)
    ]
    labels, gap = 0, 99
    for ink in inked:
        if ink:
            labels += gap >= 8
            gap = 0
        else:
            gap += 1
    assert labels == 26


def test_points_sit_where_the_data_says_in_their_colours(image: Image.Image) -> None:
    board = season()
    lay = layout_for([row.episode for row in board.episodes])
    for point in chart_points(board):
        x = round(lay.x(point.episode))
        if point.critics is not None:
            assert image.getpixel((x, round(lay.y(point.critics)))) == CRITICS, point
        if point.members is not None:
            assert image.getpixel((x, round(lay.y(point.members * 10)))) == MEMBERS, point


def _column_band(image: Image.Image, episode: int) -> list[RGB]:
    lay = layout_for(range(1, 27))
    x = round(lay.x(episode))
    return _region(image, (x - 10, lay.top, x + 11, lay.bottom))


def test_no_critics_no_point_and_no_line_through_it(image: Image.Image) -> None:
    assert CRITICS in _column_band(image, 8)
    assert CRITICS not in _column_band(image, 9)  # nobody reviewed episode 9


def test_too_few_members_are_not_plotted(image: Image.Image) -> None:
    assert chart_points(season())[-1].members is None  # 2 ratings: the mean is hidden
    assert MEMBERS in _column_band(image, 25)
    assert MEMBERS not in _column_band(image, 26)


# ----------------------------------------------------------------------------- off the loop


async def test_async_render_runs_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    loop_thread = threading.get_ident()
    seen: list[int] = []
    real = charts.render_points

    def spy(points: list[ChartPoint]) -> bytes:
        seen.append(threading.get_ident())
        return real(points)

    monkeypatch.setattr(charts, "render_points", spy)
    board = season()
    data = await render_chart_async(board)
    assert seen and seen[0] != loop_thread
    assert data == real(chart_points(board))
    # the loop keeps turning while a chart renders
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    await render_chart_async(season(300))
    task.cancel()
    assert ticks > 1


def test_alt_text_says_what_the_picture_is_within_discords_limit() -> None:
    text = alt_text(season())
    assert text.startswith("Line chart of scores per episodes 1-26: critics out of 100")
    assert len(text) <= 1024  # Discord's attachment description
    assert alt_text(ScoreBoard(())) == "Chart of scores per episode: no scores yet."
