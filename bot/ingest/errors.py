"""The one error ingestion raises for a document it cannot take."""

from __future__ import annotations

__all__ = ["IngestError"]


class IngestError(Exception):
    """A document that cannot be ingested; ``reason`` says why, for a human."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
