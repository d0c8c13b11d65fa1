"""Domain errors. Each carries a message for the user, already in the user's language."""

from __future__ import annotations


class EkadmError(Exception):
    """An error the user can understand and act on (as opposed to a bug)."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ValidationError(EkadmError):
    """Input that breaks a rule; ``field`` names the input when there is one."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class ConflictError(EkadmError):
    """A save against a row someone else changed (or deleted) since it was read."""

    def __init__(self, message: str, *, table: str = "", row_id: object = None) -> None:
        super().__init__(message)
        self.table = table
        self.row_id = row_id


class PermissionDenied(EkadmError):
    """The current user's role does not allow the operation."""


class NotFound(EkadmError):
    """A row that was asked for does not exist (any more)."""
