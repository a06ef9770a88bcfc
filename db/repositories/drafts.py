"""Drafts: form state saved inside the encrypted database before a lock."""

from __future__ import annotations

from datetime import datetime

from db._driver import Row
from db._values import as_bytes, as_int, as_str, as_time, time_text
from db.connection import Database
from desktop.domain.drafts import Draft, DraftId
from desktop.domain.storage import NotFound
from desktop.domain.users import UserId


class SqlDraftRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save(
        self, owner: UserId, form_kind: str, payload: bytes, at: datetime,
        draft_id: DraftId | None = None,
    ) -> Draft:
        if draft_id is None:
            new_id = self._db.insert(
                "INSERT INTO drafts (owner, form_kind, payload, updated_at) VALUES (?, ?, ?, ?)",
                (owner, form_kind, payload, time_text(at)),
            )
            return self.get(DraftId(new_id))
        self._db.execute(
            "UPDATE drafts SET form_kind = ?, payload = ?, updated_at = ? "
            "WHERE id = ? AND owner = ?",
            (form_kind, payload, time_text(at), draft_id, owner),
        )
        draft = self.get(draft_id)
        if draft.owner != owner:
            raise NotFound("draft", draft_id)  # another user's draft is invisible
        return draft

    def get(self, draft_id: DraftId) -> Draft:
        rows = self._db.execute(
            "SELECT id, owner, form_kind, payload, updated_at FROM drafts WHERE id = ?", (draft_id,)
        )
        if not rows:
            raise NotFound("draft", draft_id)
        return _draft(rows[0])

    def for_owner(self, owner: UserId) -> list[Draft]:
        rows = self._db.execute(
            "SELECT id, owner, form_kind, payload, updated_at FROM drafts"
            " WHERE owner = ? ORDER BY updated_at DESC, id DESC",
            (owner,),
        )
        return [_draft(row) for row in rows]

    def delete(self, draft_id: DraftId) -> None:
        self._db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))


def _draft(row: Row) -> Draft:
    return Draft(
        id=DraftId(as_int(row[0])),
        owner=UserId(as_int(row[1])),
        form_kind=as_str(row[2]),
        payload=as_bytes(row[3]),
        updated_at=as_time(row[4]),
    )
