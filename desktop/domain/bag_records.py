"""What the bag register stores besides the bag itself (DESIGN.md §4, §5): the
confidential number register, the stored unsealing evidence, printed copies.

The state machine (desktop.domain.bags) knows nothing of storage; these are
the rows the workflows write next to it and the views read back."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from desktop.domain.bags import Bag, BagEvent
from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.documents import DocumentKind
from desktop.domain.printables import CopyNumber
from desktop.domain.storage import StorageError


class NumberStatus(enum.Enum):
    ISSUED = "issued"
    VOID = "void"  # stays in the register; never issued again


@dataclass(frozen=True)
class NumberEntry:
    """One line of the confidential number register."""

    number: ConfidentialNumber
    issued_at: datetime
    issued_by: str  # audit actor id, e.g. "user:2"
    status: NumberStatus
    voided_at: datetime | None = None


@dataclass(frozen=True)
class UnsealingEvidence:
    """What proves an unsealing: the exact signed bytes, the signature, and the
    enrolled card and user it was verified against (kept to re-verify later)."""

    record: bytes  # canonical JSON the chief procurator's card signed
    signature: bytes
    signer_serial: str
    signer_user_id: int


@dataclass(frozen=True)
class StoredBag:
    """A bag as stored: ``version`` counts its events (CREATE is version 1), so a
    change prepared against an older version is refused."""

    bag: Bag
    version: int


@dataclass(frozen=True)
class StoredEvent:
    event: BagEvent
    version: int  # the bag's version after this event
    unsealing: UnsealingEvidence | None = None


@dataclass(frozen=True)
class PrintedCopy:
    """A printed or exported copy of a document and its six-digit copy number."""

    copy_number: CopyNumber
    document: DocumentKind
    subject: str  # e.g. "bag:110000-2026-000001-5"
    printed_at: datetime
    printed_by: str  # audit actor id


class BagChangedMeanwhile(StorageError):
    """The bag moved past the version a change was prepared against (another
    window or process changed it first); reload and try again."""

    def __init__(self, number: ConfidentialNumber, expected: int, found: int) -> None:
        super().__init__(f"bag {number} is at version {found}, not {expected}")
        self.number = number
        self.expected = expected
        self.found = found
