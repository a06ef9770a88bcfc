"""Encrypted drafts: a form being edited is saved before the vault locks (DESIGN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import NewType

from desktop.domain.users import UserId

DraftId = NewType("DraftId", int)


@dataclass(frozen=True)
class Draft:
    """The payload is the form's serialised state; it lives only inside the encrypted DB."""

    id: DraftId
    owner: UserId
    form_kind: str
    payload: bytes = field(repr=False)  # may hold identity: never in a repr or log
    updated_at: datetime
