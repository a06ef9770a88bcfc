"""A roster change that brings in a new card, in phases (DESIGN.md §2: a workstation
usually has one reader). Phase 1, the new card in the reader: its keys are read
and checked, the card factor computed with its PIN, the password's key derived and
the proposed roster version built. Phase 2, the chief's card back: his PIN signs
the proposal. Phase 3, no card needed: the slot is sealed from what phase 1 kept.
This is what phase 1 keeps; it lives in memory only and is wiped when sealed or
abandoned."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.roles import Role
from desktop.vault.header import EnrolledCard
from desktop.vault.slot_keys import NewCardFactors
from desktop.vault.wipe import wipe

ADD = "user.add"
REPLACE = "card.replace"


@dataclass
class PreparedCard:
    action: str  # ADD or REPLACE
    user_name: str
    role: Role
    card: EnrolledCard
    slot_id: str  # of the proposed entry: the signed roster must name this one
    record: bytes  # the proposed roster version the chief's card signs
    factors: NewCardFactors
    grant_key: bytearray | None  # a viewer's new grant key (its public half is proposed)
    wiped: bool = False

    @property
    def serial(self) -> str:
        return self.card.serial

    def wipe(self) -> None:
        self.factors.wipe()
        wipe(self.grant_key)
        self.wiped = True
