"""A user's enrolment record (用户登记表, issue 13): one page that puts an entry of
the signed roster on paper — who, which role, which card and its key fingerprints,
in which roster version — for the file kept with the workstation's records. No
secret, no lead content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.roles import Role


@dataclass(frozen=True)
class EnrolmentRecord:
    unit_name: str
    unit_code: str
    vault_id: str
    name: str
    role: Role
    active: bool
    card_serial: str
    signature_key: str  # fingerprints: SHA-256 of the public key, grouped hex (128 bits)
    decryption_key: str
    roster_version: int
    roster_hash: str
    enrolled_at: datetime  # local time
    printed_at: datetime  # local time
