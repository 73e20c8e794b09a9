"""Reading a document file: size-checked, strict UTF-8, newlines normalised. The only I/O."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from bot.ingest.errors import IngestError
from bot.ingest.normalise import normalise_newlines

log = logging.getLogger(__name__)

__all__ = ["MAX_BYTES", "IngestError", "decode_text", "read_bytes", "read_document"]

MAX_BYTES = 5 * 1024 * 1024


def _not_regular(mode: int) -> str | None:
    """Why a file of this mode is not read (None: a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory, not a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    return "is not a regular file"


def read_bytes(path: Path | str) -> bytes:
    """A regular file's bytes, at most MAX_BYTES. Anything else (a FIFO, a device, a socket,
    a directory) is refused before it is opened, and opened without blocking in case it was
    swapped for one in between."""
    try:
        status = os.stat(path)
    except FileNotFoundError as exc:
        raise IngestError("file not found") from exc
    except OSError as exc:
        raise IngestError(f"cannot be read ({exc.strerror or exc})") from exc
    reason = _not_regular(status.st_mode)
    if reason is not None:
        raise IngestError(reason)
    if status.st_size > MAX_BYTES:
        raise IngestError(f"larger than 5 MB ({status.st_size} bytes)")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise IngestError(f"cannot be read ({exc.strerror or exc})") from exc
    try:
        status = os.fstat(fd)
        reason = _not_regular(status.st_mode)
        if reason is not None:
            raise IngestError(reason)
        try:
            data = _read_all(fd, status.st_size)
        except OSError as exc:
            raise IngestError(f"cannot be read ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise IngestError(f"larger than 5 MB (more than {MAX_BYTES} bytes)")
    return data


_CHUNK = 64 * 1024


def _read_all(fd: int, size: int) -> bytes:
    """The file's bytes up to MAX_BYTES + 1 (more: too large). One read of the size fstat
    gave, plus one that finds the end: an unbuffered read of what is there, not a buffered
    file object allocating MAX_BYTES (which costs more than parsing a small document). The
    file may have grown since, so reading goes on until the end or past MAX_BYTES."""
    chunks: list[bytes] = []
    total = 0
    want = min(size, MAX_BYTES) + 1
    while total <= MAX_BYTES:
        chunk = os.read(fd, want)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        want = min(_CHUNK, MAX_BYTES + 1 - total)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_document(path: Path) -> str:
    """Read a text document: size-checked before reading, strict UTF-8, newlines normalised."""
    return decode_text(read_bytes(path))


def decode_text(data: bytes) -> str:
    """A document's bytes as text: strict UTF-8, newlines normalised; refused when empty or
    binary."""
    if len(data) > MAX_BYTES:
        raise IngestError(f"larger than 5 MB (more than {MAX_BYTES} bytes)")
    if not data:
        raise IngestError("empty file")
    if b"\x00" in data:
        raise IngestError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(f"not UTF-8 text (invalid byte at offset {exc.start})") from exc
    text = normalise_newlines(text.removeprefix("\ufeff"))
    if not text or text.isspace():  # (not text.strip(), without copying the text)
        raise IngestError("empty file (only whitespace)")
    return text
