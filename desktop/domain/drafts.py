"""Encrypted drafts: a form being edited is saved before the vault locks (DESIGN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass
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
    payload: bytes
    updated_at: datetime
