"""Errors a command raises to tell the user something; the tree turns them into replies."""

from __future__ import annotations

from discord import app_commands


class UserError(app_commands.AppCommandError):
    """Something the user can fix (a miss, bad input). Shown to them as-is, ephemerally.

    The message must already be safe to show: user input in it escaped by the raiser.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
