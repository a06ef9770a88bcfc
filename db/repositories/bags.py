"""Bags, their events and unsealing evidence, the confidential number register,
and printed copies (schema: db/migrations/v0005_bags.py)."""

from __future__ import annotations

import json
from datetime import datetime

from db._driver import Row, SqlValue
from db._values import as_bytes, as_int, as_opt_time, as_str, as_time, opt_time_text, time_text
from db.connection import Database
from desktop.domain.bag_records import (
    BagChangedMeanwhile,
    NumberEntry,
    NumberStatus,
    PrintedCopy,
    StoredBag,
    StoredEvent,
    UnsealingEvidence,
)
from desktop.domain.bags import Bag, BagAction, BagEvent, BagState, UnsealingSignature
from desktop.domain.confidential_number import (
    MAX_SERIAL,
    ConfidentialNumber,
    next_number,
    parse_number,
)
from desktop.domain.documents import DocumentKind
from desktop.domain.printables import CopyNumber
from desktop.domain.storage import NotFound, StorageError

_BAG_COLUMNS = (
    "id, number, sender, recipient, created_at, state, items, pages, sealed_by, sealed_at,"
    " holder, handed_over_at, void_reason, version"
)
_EVENT_COLUMNS = (
    "e.id, e.version, e.action, e.from_state, e.to_state, e.at, e.actor, e.details,"
    " u.record, u.signature, u.signer_serial, u.signer_user_id"
)


class CopyNumbersExhausted(StorageError):
    def __init__(self) -> None:
        super().__init__(f"all {MAX_SERIAL} copy numbers have been issued")


class SqlBagRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------ the number register

    def issue_number(self, unit_code: str, year: int, at: datetime, by: str) -> ConfidentialNumber:
        last = self._db.scalar(
            "SELECT last_serial FROM number_counters WHERE unit_code = ? AND year = ?",
            (unit_code, year),
        )
        number = next_number(unit_code, year, None if last is None else _int(last))
        self._db.execute(
            "INSERT INTO number_counters (unit_code, year, last_serial) VALUES (?, ?, ?)"
            " ON CONFLICT (unit_code, year) DO UPDATE SET last_serial = excluded.last_serial",
            (unit_code, year, number.serial),
        )
        # The UNIQUE constraint is the last word: a number in the register is never
        # issued again, even if the counter row were tampered with.
        self._db.execute(
            "INSERT INTO confidential_numbers"
            " (number, unit_code, year, serial, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?)",
            (str(number), unit_code, year, number.serial, time_text(at), by),
        )
        return number

    def void_number(self, number: ConfidentialNumber, at: datetime) -> NumberEntry:
        self._db.execute(
            "UPDATE confidential_numbers SET voided_at = ? WHERE number = ? AND voided_at IS NULL",
            (time_text(at), str(number)),
        )
        entry = self.number_entry(number)
        if entry is None:
            raise NotFound("confidential number", str(number))
        return entry

    def number_entry(self, number: ConfidentialNumber) -> NumberEntry | None:
        rows = self._db.execute(
            "SELECT number, issued_at, issued_by, voided_at FROM confidential_numbers"
            " WHERE number = ?",
            (str(number),),
        )
        return _entry(rows[0]) if rows else None

    def register(self, year: int | None = None) -> list[NumberEntry]:
        rows = self._db.execute(
            "SELECT number, issued_at, issued_by, voided_at FROM confidential_numbers"
            " WHERE ? IS NULL OR year = ? ORDER BY year, unit_code, serial",
            (year, year),
        )
        return [_entry(row) for row in rows]

    # ------------------------------------------------------------ bags

    def add(self, bag: Bag, event: BagEvent) -> StoredBag:
        bag_id = self._db.insert(
            "INSERT INTO bags (number, sender, recipient, created_at, state, items, pages,"
            " sealed_by, sealed_at, holder, handed_over_at, void_reason, version)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (str(bag.number), bag.sender, bag.recipient, time_text(bag.created_at),
             *_mutable_values(bag)),
        )
        self._write_leads(bag_id, (), bag.lead_numbers)
        self._insert_event(bag_id, 1, event)
        return StoredBag(bag, 1)

    def update(
        self,
        bag: Bag,
        event: BagEvent,
        expected_version: int,
        unsealing: UnsealingEvidence | None = None,
    ) -> StoredBag:
        rows = self._db.execute(
            "SELECT id, version FROM bags WHERE number = ?", (str(bag.number),)
        )
        if not rows:
            raise NotFound("bag", str(bag.number))
        bag_id, found = as_int(rows[0][0]), as_int(rows[0][1])
        if found != expected_version:
            raise BagChangedMeanwhile(bag.number, expected_version, found)
        version = found + 1
        self._db.execute(
            "UPDATE bags SET state = ?, items = ?, pages = ?, sealed_by = ?, sealed_at = ?,"
            " holder = ?, handed_over_at = ?, void_reason = ?, version = ? WHERE id = ?",
            (*_mutable_values(bag), version, bag_id),
        )
        self._write_leads(bag_id, self._lead_numbers(bag_id), bag.lead_numbers)
        event_id = self._insert_event(bag_id, version, event)
        if unsealing is not None:
            self._db.execute(
                "INSERT INTO bag_unsealings"
                " (event_id, record, signature, signer_serial, signer_user_id)"
                " VALUES (?, ?, ?, ?, ?)",
                (event_id, unsealing.record, unsealing.signature, unsealing.signer_serial,
                 unsealing.signer_user_id),
            )
        return StoredBag(bag, version)

    def get(self, number: ConfidentialNumber) -> StoredBag:
        found = self.find(number)
        if found is None:
            raise NotFound("bag", str(number))
        return found

    def find(self, number: ConfidentialNumber) -> StoredBag | None:
        rows = self._db.execute(
            f"SELECT {_BAG_COLUMNS} FROM bags WHERE number = ?",  # noqa: S608 - fixed columns
            (str(number),),
        )
        return self._stored(rows[0]) if rows else None

    def list_bags(self, states: frozenset[BagState] | None = None) -> list[StoredBag]:
        rows = self._db.execute(
            f"SELECT {_BAG_COLUMNS} FROM bags ORDER BY number DESC"  # noqa: S608 - fixed columns
        )
        stored = [self._stored(row) for row in rows]
        if states is None:
            return stored
        return [s for s in stored if s.bag.state in states]

    def events(self, number: ConfidentialNumber) -> list[StoredEvent]:
        rows = self._db.execute(
            f"SELECT {_EVENT_COLUMNS} FROM bag_events e"  # noqa: S608 - fixed columns
            " JOIN bags b ON b.id = e.bag_id"
            " LEFT JOIN bag_unsealings u ON u.event_id = e.id"
            " WHERE b.number = ? ORDER BY e.version",
            (str(number),),
        )
        return [_event(number, row) for row in rows]

    def bags_with_lead(self, lead_number: str) -> list[ConfidentialNumber]:
        rows = self._db.execute(
            "SELECT b.number FROM bag_leads l JOIN bags b ON b.id = l.bag_id"
            " WHERE l.lead_number = ? ORDER BY b.number",
            (lead_number,),
        )
        return [parse_number(as_str(row[0])) for row in rows]

    def lead_exists(self, lead_number: str) -> bool:
        return self._db.scalar("SELECT 1 FROM leads WHERE number = ?", (lead_number,)) is not None

    # ------------------------------------------------------------ printed copies

    def issue_copy(
        self, document: DocumentKind, subject: str, at: datetime, by: str
    ) -> PrintedCopy:
        last = _int(self._db.scalar("SELECT coalesce(max(copy_number), 0) FROM printed_copies"))
        if last >= MAX_SERIAL:
            raise CopyNumbersExhausted()
        copy = PrintedCopy(CopyNumber(last + 1), document, subject, at, by)
        self._db.execute(
            "INSERT INTO printed_copies (copy_number, document, subject, printed_at, printed_by)"
            " VALUES (?, ?, ?, ?, ?)",
            (copy.copy_number.value, document.value, subject, time_text(at), by),
        )
        return copy

    def copies(self, subject: str) -> list[PrintedCopy]:
        rows = self._db.execute(
            "SELECT copy_number, document, subject, printed_at, printed_by FROM printed_copies"
            " WHERE subject = ? ORDER BY copy_number",
            (subject,),
        )
        return [
            PrintedCopy(CopyNumber(as_int(r[0])), DocumentKind(as_str(r[1])), as_str(r[2]),
                        as_time(r[3]),
                        as_str(r[4]))
            for r in rows
        ]

    # ------------------------------------------------------------ helpers

    def _lead_numbers(self, bag_id: int) -> tuple[str, ...]:
        rows = self._db.execute(
            "SELECT lead_number FROM bag_leads WHERE bag_id = ? ORDER BY position", (bag_id,)
        )
        return tuple(as_str(row[0]) for row in rows)

    def _write_leads(self, bag_id: int, stored: tuple[str, ...], wanted: tuple[str, ...]) -> None:
        # Leads are only ever added (bag_leads is append-only), so the stored list
        # must be a prefix of the new one.
        if wanted[: len(stored)] != stored:
            raise StorageError("a bag's leads can only be added to")
        self._db.execute_many(
            "INSERT INTO bag_leads (bag_id, position, lead_number) VALUES (?, ?, ?)",
            [(bag_id, position, lead) for position, lead in enumerate(wanted) if
             position >= len(stored)],
        )

    def _insert_event(self, bag_id: int, version: int, event: BagEvent) -> int:
        return self._db.insert(
            "INSERT INTO bag_events"
            " (bag_id, version, action, from_state, to_state, at, actor, details)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                bag_id, version, event.action.value,
                None if event.from_state is None else event.from_state.value,
                event.to_state.value, time_text(event.at), event.actor,
                json.dumps(dict(event.details), sort_keys=True, ensure_ascii=False),
            ),
        )

    def _stored(self, row: Row) -> StoredBag:
        bag_id = as_int(row[0])
        number = parse_number(as_str(row[1]))
        bag = Bag(
            number=number,
            sender=as_str(row[2]),
            recipient=as_str(row[3]),
            created_at=as_time(row[4]),
            state=BagState(as_str(row[5])),
            lead_numbers=self._lead_numbers(bag_id),
            items=as_int(row[6]),
            pages=as_int(row[7]),
            sealed_by=_opt_str(row[8]),
            sealed_at=as_opt_time(row[9]),
            holder=_opt_str(row[10]),
            handed_over_at=as_opt_time(row[11]),
            unsealing=self._last_unsealing(bag_id, number),
            void_reason=_opt_str(row[12]),
        )
        return StoredBag(bag, as_int(row[13]))

    def _last_unsealing(self, bag_id: int, number: ConfidentialNumber) -> UnsealingSignature | None:
        rows = self._db.execute(
            f"SELECT {_EVENT_COLUMNS} FROM bag_events e"  # noqa: S608 - fixed columns
            " JOIN bag_unsealings u ON u.event_id = e.id"
            " WHERE e.bag_id = ? ORDER BY e.version DESC LIMIT 1",
            (bag_id,),
        )
        if not rows:
            return None
        stored = _event(number, rows[0])
        assert stored.unsealing is not None  # the join guarantees it
        return UnsealingSignature(
            number=number,
            signed_at=stored.event.at,
            audit_head=stored.event.detail("audit_head") or "",
            signer_fingerprint=stored.event.actor,
            signature=stored.unsealing.signature,
        )


def _mutable_values(bag: Bag) -> tuple[str | int | None, ...]:
    return (
        bag.state.value, bag.items, bag.pages, bag.sealed_by, opt_time_text(bag.sealed_at),
        bag.holder, opt_time_text(bag.handed_over_at), bag.void_reason,
    )


def _entry(row: Row) -> NumberEntry:
    voided_at = as_opt_time(row[3])
    return NumberEntry(
        number=parse_number(as_str(row[0])),
        issued_at=as_time(row[1]),
        issued_by=as_str(row[2]),
        status=NumberStatus.ISSUED if voided_at is None else NumberStatus.VOID,
        voided_at=voided_at,
    )


def _event(number: ConfidentialNumber, row: Row) -> StoredEvent:
    details = json.loads(as_str(row[7]))
    if not isinstance(details, dict):
        raise StorageError("bag event details are not a JSON object")
    event = BagEvent(
        number=number,
        action=BagAction(as_str(row[2])),
        from_state=None if row[3] is None else BagState(as_str(row[3])),
        to_state=BagState(as_str(row[4])),
        at=as_time(row[5]),
        actor=as_str(row[6]),
        details=tuple(sorted((str(k), str(v)) for k, v in details.items())),
    )
    unsealing = None
    if row[8] is not None:
        unsealing = UnsealingEvidence(
            record=as_bytes(row[8]),
            signature=as_bytes(row[9]),
            signer_serial=as_str(row[10]),
            signer_user_id=as_int(row[11]),
        )
    return StoredEvent(event, as_int(row[1]), unsealing)


def _opt_str(value: SqlValue) -> str | None:
    return None if value is None else as_str(value)


def _int(value: object) -> int:
    if not isinstance(value, int):
        raise StorageError(f"expected an integer, got {value!r}")
    return value
