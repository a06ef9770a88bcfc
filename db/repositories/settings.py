"""Key/value settings (values are text; callers encode structured values as JSON)."""

from __future__ import annotations

from db._values import as_str
from db.connection import Database


class SqlSettingsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> str | None:
        rows = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,))
        return as_str(rows[0][0]) if rows else None

    def set(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def delete(self, key: str) -> None:
        self._db.execute("DELETE FROM settings WHERE key = ?", (key,))

    def all(self) -> dict[str, str]:
        rows = self._db.execute("SELECT key, value FROM settings ORDER BY key")
        return {as_str(k): as_str(v) for k, v in rows}
