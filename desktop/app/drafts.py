"""Half-filled forms kept encrypted in the vault across a lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ports import Clock
    from desktop.vault.session import Session


class Drafts:
    """desktop.app.ports.DraftsPort: one draft per form kind and user."""

    def __init__(self, session: Session, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    def save(self, form_kind: str, payload: bytes) -> None:
        s = self._session
        with s.store.transaction() as tx:
            old = [d for d in tx.drafts.for_owner(s.user.id) if d.form_kind == form_kind]
            tx.drafts.save(
                s.user.id, form_kind, payload, self._clock.now(), old[0].id if old else None
            )
            tx.audit.append(s.actor, "draft.save", s.actor, {"form": form_kind[:60]})

    def take(self, form_kind: str) -> bytes | None:
        s = self._session
        with s.store.transaction() as tx:
            for draft in tx.drafts.for_owner(s.user.id):
                if draft.form_kind == form_kind:
                    tx.drafts.delete(draft.id)
                    tx.audit.append(s.actor, "draft.restore", s.actor, {"form": form_kind[:60]})
                    return draft.payload
        return None
