"""`python -m bot try`: the real bot, against the local sandbox, answering in the terminal.

No token and no Discord account: a temporary copy of the seeded store, the sandbox on loopback,
and discord.py's own client in between. Commands are typed the way Discord's client shows them,
`/review episode:1 anime:Metallic Rouge`; a bare value fills the command's first option
(`/character Rouge`).
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
import tempfile
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from bot.spoilers import delimiters

log = logging.getLogger(__name__)

MASK = "▒▒▒▒"
WIDTH = 88

# Application command option types (Discord's documented numbers).
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, NUMBER = 3, 4, 5, 10

_ESCAPE = re.compile(r"\\([^\w\s])")
_EMPHASIS = re.compile(r"(?<!\\)(?:\*+|__)")  # markdown emphasis markers, not escaped ones
_OPTION = re.compile(r"(?:^|(?<=\s))([a-z0-9_-]{1,32}):")

NEXT_PAGE, PREV_PAGE = "paginator:page:next", "paginator:page:prev"
NEXT_REVIEW, PREV_REVIEW = "paginator:review:next", "paginator:review:prev"


class TryError(Exception):
    """A command line that Discord's client would not send; the message says why."""


# ---------------------------------------------------------------------------------- parsing


@dataclass(frozen=True)
class CommandLine:
    name: str
    options: dict[str, Any] = field(default_factory=dict)


def _convert(command: str, definition: Mapping[str, Any], raw: str) -> Any:
    name = definition["name"]
    kind = definition.get("type")
    if kind == INTEGER:
        if not re.fullmatch(r"[+-]?\d+", raw):
            raise TryError(f"/{command} {name}: {raw!r} is not a whole number.")
        return int(raw)
    if kind == NUMBER:
        try:
            return float(raw)
        except ValueError:
            raise TryError(f"/{command} {name}: {raw!r} is not a number.") from None
    if kind == BOOLEAN:
        lowered = raw.lower()
        if lowered in ("true", "yes", "on", "1"):
            return True
        if lowered in ("false", "no", "off", "0"):
            return False
        raise TryError(f"/{command} {name}: {raw!r} is not true or false.")
    return raw


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def parse_command_line(line: str, definitions: Mapping[str, Mapping[str, Any]]) -> CommandLine:
    """Parse `/name opt:value opt2:value with spaces` against the registered commands."""
    text = line.strip()
    if not text.startswith("/"):
        raise TryError("A command starts with a slash, e.g. /review episode:1 (or type help).")
    head, _, rest = text[1:].partition(" ")
    name = head.lower()
    if name not in definitions:
        known = ", ".join(f"/{n}" for n in sorted(definitions))
        raise TryError(f"There is no /{head} command. The commands are: {known}.")
    options = [o for o in definitions[name].get("options") or [] if isinstance(o, Mapping)]
    if any(o.get("type") in (SUB_COMMAND, SUB_COMMAND_GROUP) for o in options):
        raise TryError(f"/{name} has subcommands, which `try` does not support.")
    by_name = {str(o["name"]): o for o in options}

    matches = [m for m in _OPTION.finditer(rest) if m.group(1) in by_name]
    values: dict[str, Any] = {}
    leading = rest[: matches[0].start()] if matches else rest
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(rest)
        option = match.group(1)
        if option in values:
            raise TryError(f"/{name}: option {option} is given twice.")
        raw = _unquote(rest[match.end() : end])
        if not raw:
            raise TryError(f"/{name}: option {option} has no value.")
        values[option] = _convert(name, by_name[option], raw)

    bare = _unquote(leading)
    if bare:
        flag = by_name.get(bare.lower())
        if flag is not None and flag.get("type") == BOOLEAN and flag["name"] not in values:
            values[str(flag["name"])] = True
        else:
            stray = re.match(r"([A-Za-z0-9_-]+):", bare)
            if stray:
                listed = ", ".join(by_name) or "none"
                raise TryError(f"/{name} has no option {stray.group(1)!r} (options: {listed}).")
            target = next(
                (o for o in options if o.get("required") and o["name"] not in values),
                next((o for o in options if o["name"] not in values), None),
            )
            if target is None:
                raise TryError(f"/{name}: I don't know which option {bare!r} is for.")
            values[str(target["name"])] = _convert(name, target, bare)

    missing = [o["name"] for o in options if o.get("required") and o["name"] not in values]
    if missing:
        raise TryError(f"/{name} needs {', '.join(f'{m}:' for m in missing)} (e.g. /{name} 1).")
    return CommandLine(name, values)


# -------------------------------------------------------------------------------- rendering


def masked(text: str, *, reveal: bool) -> str:
    """Spoiler spans as `▒▒▒▒` (or their text with --reveal), then markdown escapes removed."""
    marks = delimiters(text)
    parts: list[str] = []
    last = 0
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        parts.append(text[last:opening])
        parts.append(f"[{text[opening + 2 : closing]}]" if reveal else MASK)
        last = closing + 2
    parts.append(text[last:])
    return _ESCAPE.sub(r"\1", _EMPHASIS.sub("", "".join(parts)))


def _wrap(text: str, indent: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            lines.append(indent.rstrip())
            continue
        lines.extend(
            textwrap.wrap(paragraph, WIDTH, initial_indent=indent, subsequent_indent=indent)
        )
    return lines


def render_message(message: Mapping[str, Any], *, reveal: bool) -> str:
    """A message (Discord's JSON shape) as readable terminal text."""
    out: list[str] = []
    if message.get("flags", 0) & 64:
        out.append("(only you can see this)")
    if message.get("content"):
        out.extend(_wrap(masked(str(message["content"]), reveal=reveal), ""))
    for embed in message.get("embeds") or []:
        out.append("┌─ " + masked(str(embed.get("title") or "(untitled)"), reveal=reveal))
        if embed.get("description"):
            out.extend(_wrap(masked(str(embed["description"]), reveal=reveal), "│ "))
        for f in embed.get("fields") or []:
            out.append("│")
            out.append("│ ▸ " + masked(str(f.get("name", "")), reveal=reveal))
            out.extend(_wrap(masked(str(f.get("value", "")), reveal=reveal), "│   "))
        footer = (embed.get("footer") or {}).get("text")
        out.append("└─ " + masked(str(footer), reveal=reveal) if footer else "└─")
    for attachment in message.get("attachments") or []:
        described = attachment.get("description")
        out.append(
            f"attachment: {attachment.get('filename')}" + (f" — {described}" if described else "")
        )
    buttons = [
        c
        for row in message.get("components") or []
        for c in row.get("components") or []
        if c.get("type") == 2
    ]
    if buttons:
        labels = [
            f"[{b.get('label', '?')}{' (disabled)' if b.get('disabled') else ''}]" for b in buttons
        ]
        out.append("buttons: " + " ".join(labels))
    return "\n".join(out)


# ------------------------------------------------------------------------------- the session


HELP = """Type a slash command as you would in Discord, e.g.
  /review episode:1        /character Rouge        /recap episode:1        /search Nectar
  next / prev              turn the page of the last answer (also: next review, prev review)
  help                     this text;   quit (or Ctrl+D) to leave"""


class TrySession:
    """One sandbox, one bot, one terminal."""

    def __init__(self, sandbox: Any, out: TextIO, *, reveal: bool) -> None:
        self.sandbox = sandbox
        self.out = out
        self.reveal = reveal
        self.last: Any = None  # the StoredMessage of the last paged answer

    def print(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def definitions(self) -> dict[str, Mapping[str, Any]]:
        return {str(c["name"]): c for c in self.sandbox.registered_commands()}

    async def run_line(self, line: str, *, all_pages: bool) -> bool:
        """Run one input line; False when it failed (bad input or no answer)."""
        text = line.strip()
        if not text:
            return True
        lowered = text.lower()
        if lowered in ("help", "?"):
            self.print(HELP)
            return True
        if lowered in ("next", "prev", "next review", "prev review"):
            return await self.turn(lowered)
        try:
            parsed = parse_command_line(text, self.definitions())
        except TryError as error:
            self.print(f"✗ {error}")
            return False
        return await self.send(parsed, all_pages=all_pages)

    async def send(self, parsed: CommandLine, *, all_pages: bool) -> bool:
        from discord_sandbox import SandboxError

        self.print(f"» /{parsed.name} " + " ".join(f"{k}:{v}" for k, v in parsed.options.items()))
        try:
            result = await self.sandbox.command(parsed.name, parsed.options)
            if result.callback_type == 5:  # deferred: wait for the edit with the real answer
                await result.wait_for_update()
        except SandboxError as error:
            self.print(f"✗ {error}")
            return False
        if result.message is None:
            self.print("✗ The bot did not answer." + (f" ({result.error})" if result.error else ""))
            return False
        message = result.message
        self.print(render_message(message.payload(), reveal=self.reveal))
        self.last = message if message.custom_ids() else None
        if all_pages and self.last is not None:
            await self.walk_pages()
        self.print()
        return True

    async def click(self, custom_id: str) -> bool:
        message = self.last
        component = message.find_component(custom_id) if message is not None else None
        if component is None or component.get("disabled"):
            return False
        result = await self.sandbox.click(message, custom_id)
        await result.wait()
        self.print(render_message(message.payload(), reveal=self.reveal))
        return True

    async def turn(self, word: str) -> bool:
        if self.last is None:
            self.print("✗ Nothing to page: run a command with several pages first.")
            return False
        ids = {
            "next": (NEXT_PAGE, NEXT_REVIEW),
            "prev": (PREV_PAGE, PREV_REVIEW),
            "next review": (NEXT_REVIEW,),
            "prev review": (PREV_REVIEW,),
        }[word]
        for custom_id in ids:
            if await self.click(custom_id):
                self.print()
                return True
        self.print(f"✗ No {word} page.")
        return False

    async def walk_pages(self) -> None:
        """Every page of every review, in order, as a reader pressing ▶ would see them."""
        while True:
            self.print("")
            if await self.click(NEXT_PAGE) or await self.click(NEXT_REVIEW):
                continue
            return


async def _session(commands: Sequence[str], *, reveal: bool, stream: TextIO | None) -> int:
    from bot.offline import run_offline

    with tempfile.TemporaryDirectory(prefix="rouge-try-") as tmp:
        database = Path(tmp) / "try.db"
        async with run_offline(database, cooldown=None) as (sandbox, _bot):
            session = TrySession(sandbox, sys.stdout, reveal=reveal)
            if commands:
                ok = [await session.run_line(c, all_pages=True) for c in commands]
                return 0 if all(ok) else 1
            if stream is None:
                session.print("Rouge Reviews, offline. " + HELP)
                return await _interactive(session)
            for line in stream:
                await session.run_line(line, all_pages=True)
            return 0


async def _interactive(session: TrySession) -> int:
    loop = asyncio.get_running_loop()
    while True:
        try:
            line = await loop.run_in_executor(None, input, "> ")
        except (EOFError, KeyboardInterrupt):
            session.print()
            return 0
        if line.strip().lower() in ("quit", "exit", "q"):
            return 0
        await session.run_line(line, all_pages=False)


def run_try(commands: Iterable[str], *, reveal: bool = False) -> int:
    """Entry point of `python -m bot try`; returns the exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # This bot has no voice features: discord.py's notice about voice libraries is noise here.
    logging.getLogger("discord.client").addFilter(
        lambda record: "voice will NOT be supported" not in record.getMessage()
    )
    commands = list(commands)
    stream = None if commands or sys.stdin.isatty() else sys.stdin
    try:
        return asyncio.run(_session(commands, reveal=reveal, stream=stream))
    except KeyboardInterrupt:
        return 130


__all__ = ["TryError", "masked", "parse_command_line", "render_message", "run_try"]
