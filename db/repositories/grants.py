"""What keyholders keep about grants (migration v0008): the inbox key pair, the
packages issued, each viewer's last imported outbox entry, the requests viewers filed."""

from __future__ import annotations

from db._values import as_bytes, as_int, as_str
from db.connection import Database
from desktop.domain.storage import LiveGrant


class SqlGrantRecordRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def inbox_key(self) -> tuple[bytes, bytes] | None:
        """(public, private) of the inbox key, if one was made."""
        rows = self._db.execute("SELECT public, private FROM grant_inbox WHERE id = 1")
        return (as_bytes(rows[0][0]), as_bytes(rows[0][1])) if rows else None

    def set_inbox_key(self, public: bytes, private: bytes) -> None:
        self._db.execute("INSERT INTO grant_inbox (id, public, private) VALUES (1, ?, ?)",
                         (public, private))

    def add_package(self, package_id: str, request_id: int, recipient: str, expires_at: str,
                    issued_at: str) -> None:
        self._db.execute(
            "INSERT INTO grant_packages (package_id, request_id, recipient, expires_at,"
            " issued_at) VALUES (?, ?, ?, ?, ?)",
            (package_id, request_id, recipient, expires_at, issued_at),
        )

    def live_packages(self) -> list[LiveGrant]:
        rows = self._db.execute(
            "SELECT p.package_id, p.request_id, p.recipient, p.expires_at, r.state"
            " FROM grant_packages p JOIN approval_requests r ON r.id = p.request_id"
            " WHERE p.deleted_at IS NULL ORDER BY p.package_id")
        return [LiveGrant(as_str(r[0]), as_int(r[1]), as_str(r[2]), as_str(r[3]), as_str(r[4]))
                for r in rows]

    def mark_deleted(self, package_id: str, at: str) -> None:
        self._db.execute("UPDATE grant_packages SET deleted_at = ? WHERE package_id = ?",
                         (at, package_id))

    def outbox_head(self, sender: str) -> tuple[int, str, int] | None:
        """(seq, entry id, signature counter) of the last entry taken from ``sender``."""
        rows = self._db.execute(
            "SELECT seq, entry_id, counter FROM outbox_heads WHERE sender = ?", (sender,))
        return (as_int(rows[0][0]), as_str(rows[0][1]), as_int(rows[0][2])) if rows else None

    def set_outbox_head(self, sender: str, seq: int, entry_id: str, counter: int) -> None:
        self._db.execute(
            "INSERT INTO outbox_heads (sender, seq, entry_id, counter) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (sender) DO UPDATE SET seq = excluded.seq,"
            " entry_id = excluded.entry_id, counter = excluded.counter",
            (sender, seq, entry_id, counter),
        )

    def add_viewer_request(self, request_id: int, sender: str, seq: int) -> None:
        self._db.execute(
            "INSERT INTO viewer_requests (request_id, sender, seq) VALUES (?, ?, ?)",
            (request_id, sender, seq))

    def viewer_request(self, request_id: int) -> tuple[str, int] | None:
        """(sender slot, outbox seq) when a viewer filed the request."""
        rows = self._db.execute(
            "SELECT sender, seq FROM viewer_requests WHERE request_id = ?", (request_id,))
        return (as_str(rows[0][0]), as_int(rows[0][1])) if rows else None

    def viewer_requests(self) -> list[tuple[int, str, int]]:
        """(request id, sender slot, outbox seq) of every request a viewer filed."""
        rows = self._db.execute("SELECT request_id, sender, seq FROM viewer_requests")
        return [(as_int(r[0]), as_str(r[1]), as_int(r[2])) for r in rows]
