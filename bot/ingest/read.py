"""Reading a document file: size-checked, strict UTF-8, newlines normalised. The only I/O."""

from __future__ import annotations

import logging
from pathlib import Path

from bot.ingest.errors import IngestError
from bot.ingest.normalise import normalise_newlines

log = logging.getLogger(__name__)

__all__ = ["MAX_BYTES", "IngestError", "read_document"]

MAX_BYTES = 5 * 1024 * 1024


def read_document(path: Path) -> str:
    """Read a text document: size-checked before reading, strict UTF-8, newlines normalised."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise IngestError("file not found") from exc
    except OSError as exc:
        raise IngestError(f"cannot be read ({exc.strerror or exc})") from exc
    if path.is_dir():
        raise IngestError("is a directory, not a file")
    if size > MAX_BYTES:
        raise IngestError(f"larger than 5 MB ({size} bytes)")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise IngestError(f"cannot be read ({exc.strerror or exc})") from exc
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
    if not text.strip():
        raise IngestError("empty file (only whitespace)")
    return text
