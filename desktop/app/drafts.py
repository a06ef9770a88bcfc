"""Half-filled forms kept in the vault across a lock, sealed under the identity key
(an entry form's draft may hold an informant's identity)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.leads.identity import open_draft, seal_draft

if TYPE_CHECKING:
    from desktop.ports import Clock
    from desktop.vault.session import Session


class Drafts:
    """desktop.app.ports.DraftsPort: one draft per form kind and user."""

    def __init__(self, session: Session, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    def save(self, form_kind: str, payload: bytes) -> None:
        """Raises IdentityKeyMissing in a session without IK (nothing is kept)."""
        s = self._session
        sealed = seal_draft(s.keys.ik, s.user.id, form_kind, payload)
        with s.store.transaction() as tx:
            old = [d for d in tx.drafts.for_owner(s.user.id) if d.form_kind == form_kind]
            tx.drafts.save(
                s.user.id, form_kind, sealed, self._clock.now(), old[0].id if old else None
            )
            tx.audit.append(s.actor, "draft.save", s.actor, {"form": form_kind[:60]})

    def take(self, form_kind: str) -> bytes | None:
        """The draft, opened; IdentityCorrupt (and the draft kept) if it does not."""
        s = self._session
        with s.store.transaction() as tx:
            for draft in tx.drafts.for_owner(s.user.id):
                if draft.form_kind == form_kind:
                    payload = open_draft(s.keys.ik, s.user.id, form_kind, draft.payload)
                    tx.drafts.delete(draft.id)
                    tx.audit.append(s.actor, "draft.restore", s.actor, {"form": form_kind[:60]})
                    return payload
        return None
