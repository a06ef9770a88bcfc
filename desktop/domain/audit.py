"""Audit records and heads (DESIGN.md §7). Hashing and verification live in desktop.audit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeAlias

# Details are a JSON object of plain values. Floats are excluded on purpose:
# their text form is not canonical across producers, and the hash must be.
JsonValue: TypeAlias = (
    "str | int | bool | Sequence[JsonValue] | Mapping[str, JsonValue] | None"
)
Details: TypeAlias = Mapping[str, JsonValue]

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditHead:
    """The last record's sequence number and hash; seq 0 with GENESIS_HASH is an empty log."""

    seq: int
    hash: str

    @property
    def short(self) -> str:
        return short_head(self.seq, self.hash)


def short_head(seq: int, hash_hex: str) -> str:
    """How a head is shown to people, on screen as on the printed cover sheet and
    register: the first 16 hex digits and the sequence number, e.g. 3f9a0c77b1e24d5a #1287."""
    return f"{hash_hex[:16]} #{seq}"


EMPTY_HEAD = AuditHead(0, GENESIS_HASH)


# How records name who acted and what on: the one spelling of each kind of id.
def user_subject(user_id: int | str) -> str:
    """A user as actor or subject of a record ("user:7")."""
    return f"user:{user_id}"


def lead_subject(lead_id: int) -> str:
    return f"lead:{lead_id}"


def report_subject(report_id: int) -> str:
    return f"report:{report_id}"


def bag_subject(number: object) -> str:
    """A bag by its confidential number ("bag:110000-2026-000001-3")."""
    return f"bag:{number}"


@dataclass(frozen=True)
class AuditRecord:
    """One stored record. `time` is the canonical UTC text (e.g. 2026-11-29T09:36:43.152000Z)
    so the hash recomputes byte for byte after a round trip through the database."""

    seq: int
    time: str
    actor: str
    action: str
    subject: str
    details: Details
    prev_hash: str
    hash: str

    @property
    def head(self) -> AuditHead:
        return AuditHead(self.seq, self.hash)
