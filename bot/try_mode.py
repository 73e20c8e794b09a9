"""`python -m bot try`: the real bot, against the local sandbox, answering in the terminal.

No token and no Discord account: a temporary copy of the seeded store, the sandbox on loopback,
and discord.py's own client in between. Commands are typed the way Discord's client shows them,
`/review episode:1 anime:Metallic Rouge`; a bare value fills the command's first option
(`/character Rouge`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sqlite3
import sys
import tempfile
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from bot.logs import quiet_voice_notices
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

    missing = [o for o in options if o.get("required") and o["name"] not in values]
    if missing:
        needs = ", ".join(f"{o['name']}:" for o in missing)
        shown = [f"/{name} {example_value(missing[0])}"]  # a bare value fills the first
        shown.extend(f"{o['name']}:{example_value(o)}" for o in missing[1:])
        example = " ".join(shown)
        raise TryError(f"/{name} needs {needs} (e.g. {example}).")
    return CommandLine(name, values)


_EXAMPLE = re.compile(r"\be\.g\.\s*([^,;()]+)")


def example_value(option: Mapping[str, Any]) -> str:
    """A value that makes sense for `option`: the example its description gives ("A name or
    alias, e.g. Rouge"), else its first choice, else one of its type (its minimum for numbers)."""
    found = _EXAMPLE.search(str(option.get("description") or ""))
    if found and found.group(1).strip():
        return found.group(1).strip().rstrip(".")
    choices = option.get("choices") or []
    if choices and isinstance(choices[0], Mapping):
        return str(choices[0].get("value"))
    kind = option.get("type")
    if kind in (INTEGER, NUMBER):
        return str(option.get("min_value", 1))
    if kind == BOOLEAN:
        return "true"
    return f"<{option['name']}>"


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
  press LABEL              press a button of the last answer by its label, e.g. press Cancel
                           (case does not matter; the start of a label is enough if unique)
  help                     this text;   quit (or Ctrl+D) to leave"""

QUIT = ("quit", "exit", "q")


class TrySession:
    """One sandbox, one bot, one terminal."""

    def __init__(self, sandbox: Any, out: TextIO, *, reveal: bool, admin: bool = False) -> None:
        self.sandbox = sandbox
        self.out = out
        self.reveal = reveal
        # --admin: act as the server's owner, who has every permission (/settings, /forgetme)
        self.user: Any = sandbox.owner if admin else None
        self.last: Any = None  # the StoredMessage of the last answer with buttons

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
        if lowered == "press" or lowered.startswith("press "):
            return await self.press(text[len("press") :].strip())
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
            result = await self.sandbox.command(parsed.name, parsed.options, user=self.user)
            if result.callback_type == 5:  # deferred: wait for the edit with the real answer
                await result.wait_for_update()
        except SandboxError as error:
            hint = ""
            if self.user is None and "permission" in str(error):
                hint = " (run `try --admin` to act as a server admin)"
            self.print(f"✗ {error}{hint}")
            return False
        if result.message is None:
            self.print("✗ The bot did not answer." + (f" ({result.error})" if result.error else ""))
            return False
        if result.error:
            self.print(f"✗ Discord refused the answer: {result.error}")
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
        result = await self.sandbox.click(message, custom_id, user=self.user)
        await result.wait()
        answer = result.message
        if answer is not None and answer.id != message.id:  # a new message, not an edit
            self.print(render_message(answer.payload(), reveal=self.reveal))
            if answer.custom_ids():
                self.last = answer
        else:
            self.print(render_message(message.payload(), reveal=self.reveal))
        return True

    def buttons(self) -> list[dict[str, Any]]:
        """The pressable buttons of the last answer (not disabled, not links)."""
        if self.last is None:
            return []
        return [
            c
            for c in self.last.iter_components()
            if c.get("type") == 2 and c.get("custom_id") and not c.get("disabled")
        ]

    async def press(self, label: str) -> bool:
        """Press a button of the last answer by its label (exact, else a unique start)."""
        buttons = self.buttons()
        labels = ", ".join(f"[{b.get('label', '?')}]" for b in buttons) or "none"
        if not label:
            self.print(f"✗ Press which button? Buttons: {labels}. E.g. press Cancel")
            return False
        wanted = label.casefold()
        exact = [b for b in buttons if str(b.get("label", "")).casefold() == wanted]
        start = [b for b in buttons if str(b.get("label", "")).casefold().startswith(wanted)]
        found = exact or start
        if len(found) != 1:
            why = "No button" if not found else "More than one button"
            self.print(f"✗ {why} of the last answer is labelled {label!r}. Buttons: {labels}.")
            return False
        pressed = await self.click(str(found[0]["custom_id"]))
        self.print()
        return pressed

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


async def _session(
    commands: Sequence[str],
    *,
    reveal: bool,
    admin: bool,
    database: Path | None,
    stream: TextIO | None,
) -> int:
    from bot.offline import run_offline

    with tempfile.TemporaryDirectory(prefix="rouge-try-") as tmp:
        copy = Path(tmp) / "try.db"
        if database is not None:
            copy_store(database, copy)
        async with run_offline(copy, cooldown=None) as (sandbox, _bot):
            session = TrySession(sandbox, sys.stdout, reveal=reveal, admin=admin)
            if commands:
                ok = [await session.run_line(c, all_pages=True) for c in commands]
                return 0 if all(ok) else 1
            if stream is None:
                session.print("Rouge Reviews, offline. " + HELP)
                return await _interactive(session)
            failed = False
            for line in stream:
                if line.strip().lower() in QUIT:
                    break
                failed = not await session.run_line(line, all_pages=True) or failed
            return 1 if failed else 0


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of the SQLite store at `source` (read-only; safe while the bot runs,
    WAL included), so `try` never changes the operator's database."""
    if not source.is_file():
        raise TryError(f"--db {source}: no such database file.")
    try:
        with (
            contextlib.closing(
                sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
            ) as original,
            contextlib.closing(sqlite3.connect(target)) as copy,
        ):
            original.backup(copy)
    except sqlite3.DatabaseError as error:
        raise TryError(f"--db {source}: cannot be read as a SQLite database ({error}).") from None


async def _interactive(session: TrySession) -> int:
    loop = asyncio.get_running_loop()
    while True:
        try:
            line = await loop.run_in_executor(None, input, "> ")
        except (EOFError, KeyboardInterrupt):
            session.print()
            return 0
        if line.strip().lower() in QUIT:
            return 0
        await session.run_line(line, all_pages=False)


def run_try(
    commands: Iterable[str],
    *,
    reveal: bool = False,
    admin: bool = False,
    database: Path | None = None,
) -> int:
    """Entry point of `python -m bot try`; returns the exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    quiet_voice_notices()  # this bot has no voice features
    commands = list(commands)
    stream = None if commands or sys.stdin.isatty() else sys.stdin
    try:
        return asyncio.run(
            _session(commands, reveal=reveal, admin=admin, database=database, stream=stream)
        )
    except TryError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


__all__ = ["TryError", "masked", "parse_command_line", "render_message", "run_try"]
