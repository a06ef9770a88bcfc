"""The wall clock the use cases are given (tests give them a fixed one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime


class SystemClock:
    def now(self) -> datetime:
        # datetime is loaded at the first reading, not before the lock screen shows.
        from datetime import UTC, datetime

        return datetime.now(UTC)
