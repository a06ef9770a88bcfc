"""Verification of the hash chain: recompute every record and report the first break."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.audit.canonical import recompute_hash
from desktop.domain.audit import EMPTY_HEAD, AuditHead, AuditRecord


class BreakReason(enum.Enum):
    HASH_MISMATCH = "hash-mismatch"  # the record was edited after it was written
    PREV_LINK_MISMATCH = "prev-link-mismatch"  # a record before it was replaced or removed
    SEQUENCE_GAP = "sequence-gap"  # records are missing (or numbered out of order)


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: BreakReason
    expected: str  # the value the chain requires (hash or seq as text)
    found: str


@dataclass(frozen=True)
class VerificationResult:
    checked: int  # records that verified before the first break (or all of them)
    head: AuditHead  # the last good record's head
    first_break: ChainBreak | None = None

    @property
    def ok(self) -> bool:
        return self.first_break is None


def verify_chain(
    records: Iterable[AuditRecord], start: AuditHead = EMPTY_HEAD
) -> VerificationResult:
    """Walk records in seq order from `start` (the empty log by default) and stop at the
    first one that does not follow: wrong seq, wrong prev_hash, or a hash that does not
    recompute. Order of checks: gap, link, hash — so a deleted record shows as a gap."""
    head = start
    checked = 0
    for record in records:
        found_break = _check(record, head)
        if found_break is not None:
            return VerificationResult(checked, head, found_break)
        head = record.head
        checked += 1
    return VerificationResult(checked, head)


def _check(record: AuditRecord, previous: AuditHead) -> ChainBreak | None:
    if record.seq != previous.seq + 1:
        return ChainBreak(record.seq, BreakReason.SEQUENCE_GAP, str(previous.seq + 1),
                          str(record.seq))
    if record.prev_hash != previous.hash:
        return ChainBreak(record.seq, BreakReason.PREV_LINK_MISMATCH, previous.hash,
                          record.prev_hash)
    recomputed = recompute_hash(record)
    if record.hash != recomputed:
        return ChainBreak(record.seq, BreakReason.HASH_MISMATCH, recomputed, record.hash)
    return None
