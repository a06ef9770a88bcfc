"""Narrowing SQL values to the types the domain expects (rows are untyped tuples)."""

from __future__ import annotations

from datetime import UTC, datetime

from db._driver import SqlValue
from desktop.domain.storage import StorageError

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def as_int(value: SqlValue) -> int:
    if not isinstance(value, int):
        raise StorageError(f"expected an integer column, got {type(value).__name__}")
    return value


def as_str(value: SqlValue) -> str:
    if not isinstance(value, str):
        raise StorageError(f"expected a text column, got {type(value).__name__}")
    return value


def as_bytes(value: SqlValue) -> bytes:
    if not isinstance(value, bytes):
        raise StorageError(f"expected a blob column, got {type(value).__name__}")
    return value


def time_text(moment: datetime) -> str:
    """Stored times are UTC text that sorts in time order."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return moment.astimezone(UTC).strftime(_TIME_FORMAT)


def as_time(value: SqlValue) -> datetime:
    return datetime.strptime(as_str(value), _TIME_FORMAT).replace(tzinfo=UTC)


def as_opt_time(value: SqlValue) -> datetime | None:
    return None if value is None else as_time(value)


def opt_time_text(moment: datetime | None) -> str | None:
    return None if moment is None else time_text(moment)
