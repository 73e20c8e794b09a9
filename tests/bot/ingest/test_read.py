"""bot/ingest/read.py: reading a document file."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.ingest import (
    MAX_BYTES,
    IngestError,
    read_document,
)
from bot.ingest.read import read_bytes


def test_read_document_rejects_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.reason == "empty file"


def test_read_document_rejects_whitespace(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \r\n\t\n")
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.reason.startswith("empty file")


def test_read_document_rejects_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.reason == "binary file (contains NUL bytes)"


def test_read_document_rejects_bad_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café review".encode("latin-1"))
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.reason.startswith("not UTF-8 text")


def test_read_document_rejects_a_large_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    size = MAX_BYTES + 1
    path.write_bytes(b"a" * size)
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.reason == f"larger than 5 MB ({size} bytes)"


def test_read_document_accepts_exactly_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * MAX_BYTES)
    assert len(read_document(path)) == MAX_BYTES


def test_read_document_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as caught:
        read_document(tmp_path / "nope.txt")
    assert caught.value.reason == "file not found"


def test_read_document_strips_bom_and_normalises_newlines(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffShow Episode 1\r\n\r\nBody.\rMore.".encode())
    assert read_document(path) == "Show Episode 1\n\nBody.\nMore."


def _reporting_size(
    real: Callable[..., os.stat_result], size: int
) -> Callable[..., os.stat_result]:
    """os.stat/os.fstat as for a file that was `size` bytes when measured (it grew since)."""

    def fake(*args: object, **kwargs: object) -> os.stat_result:
        status = real(*args, **kwargs)
        fields = list(status)
        fields[stat.ST_SIZE] = size
        return os.stat_result(fields)

    return fake


def test_read_bytes_reads_what_a_file_grew_to_since_its_size_was_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.txt"
    content = b"Episode 4 review. " * 20_000  # 360,000 bytes: several reads past the size
    path.write_bytes(content)
    monkeypatch.setattr(os, "stat", _reporting_size(os.stat, 10))
    monkeypatch.setattr(os, "fstat", _reporting_size(os.fstat, 10))
    assert read_bytes(path) == content


def test_read_bytes_refuses_a_file_that_grew_past_the_limit_since_its_size_was_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 10))
    monkeypatch.setattr(os, "stat", _reporting_size(os.stat, 100))
    monkeypatch.setattr(os, "fstat", _reporting_size(os.fstat, 100))
    with pytest.raises(IngestError) as caught:
        read_bytes(path)
    assert caught.value.reason == f"larger than 5 MB (more than {MAX_BYTES} bytes)"


def test_read_document_rejects_a_file_holding_only_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode())
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.reason == "empty file (only whitespace)"
