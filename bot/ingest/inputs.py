"""What `ingest` was given -> the inputs to read: files, directories (recursively) and URLs.

A directory contributes its .txt, .md, .html and .htm files, in name order; its other files
are `skipped` (not an error). A named file is taken whatever its name (a text document or an
HTML page, decided by its content). Only http and https URLs are fetched.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.ingest.page import PAGE_SUFFIXES

log = logging.getLogger(__name__)

__all__ = ["Input", "expand_inputs", "is_url"]

_SCHEMES = ("http://", "https://")


@dataclass(frozen=True, slots=True)
class Input:
    name: str  # the path or URL as given (or found in a directory)
    path: Path | None = None
    url: str | None = None
    skipped: str | None = None  # why it is not ingested (a directory's other files)


def is_url(text: str) -> bool:
    return text.lower().startswith(_SCHEMES)


def _directory(directory: Path) -> list[Input]:
    found: list[Input] = []
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            if path.suffix.lower() in PAGE_SUFFIXES and not name.startswith("."):
                found.append(Input(str(path), path=path))
            else:
                reason = "not a .txt, .md, .html or .htm file"
                found.append(Input(str(path), path=path, skipped=reason))
    return found


def expand_inputs(given: Sequence[str | Path]) -> list[Input]:
    """Every input in order: URLs as given, files as given, directories' files recursively.

    Something that looks like a URL of another scheme (ftp://, file://) is an input whose
    reading fails with a reason; so is a path that does not exist.
    """
    inputs: list[Input] = []
    for item in given:
        text = str(item)
        if isinstance(item, str) and is_url(text):
            inputs.append(Input(text, url=text))
            continue
        scheme = urlsplit(text).scheme if isinstance(item, str) else ""
        if len(scheme) > 1 and "://" in text:  # ("C:\\..." has a one-letter scheme)
            inputs.append(Input(text, skipped=None, url=text))
            continue
        path = item if isinstance(item, Path) else Path(item)
        if os.path.isdir(text):  # (one stat, without building another Path: 10,000 add up)
            inputs.extend(_directory(path))
        else:
            inputs.append(Input(text, path=path))
    return inputs
