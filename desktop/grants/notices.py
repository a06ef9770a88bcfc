"""The counts a locked workstation may show (issue 11 item 5): how many requests wait
for the chief, how many of each requester's requests were decided. Counts only, never
what they are about, kept in grants.db by keyholder sessions (the lock screen holds no
key) under card serials; a changed count misleads a notice, nothing more."""

from __future__ import annotations

import json

from desktop.domain.approvals import RequestState
from desktop.domain.canonical import canonical_json
from desktop.ports import GrantsStore, UnitOfWork

NOTICES_META = "notices"
_DECIDED = (RequestState.APPROVED, RequestState.REFUSED, RequestState.REVOKED,
            RequestState.USED)


def publish(tx: UnitOfWork, grants: GrantsStore) -> None:
    from desktop.domain.users import UserId

    pending = len(tx.approvals.listed((RequestState.PENDING,), None, limit=10_000))
    decided: dict[str, int] = {}
    for stored in tx.approvals.listed(_DECIDED, None, limit=10_000):
        kind, _, rest = stored.request.requester.partition(":")
        if kind == "user" and rest.isdigit():
            for card in tx.cards.for_user(UserId(int(rest))):
                decided[card.serial] = decided.get(card.serial, 0) + 1
    data = canonical_json({"pending": pending, "decided": decided})
    if grants.meta(NOTICES_META) != data:
        grants.set_meta(NOTICES_META, data)


def count_for(grants: GrantsStore, serial: str, chief: bool) -> int | None:
    """Pending requests for the chief, decided ones for anyone else; None if unknown."""
    data = grants.meta(NOTICES_META)
    try:
        notices = json.loads(data) if data else None
        if not isinstance(notices, dict):
            return None
        value = notices["pending"] if chief else notices["decided"].get(serial, 0)
    except (ValueError, KeyError, AttributeError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None
