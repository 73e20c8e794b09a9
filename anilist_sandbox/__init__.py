"""A local emulator of AniList's GraphQL API for tests (imports nothing from ``bot``)."""

from anilist_sandbox.server import AniListSandbox, Fault, RecordedRequest

__all__ = ["AniListSandbox", "Fault", "RecordedRequest"]
