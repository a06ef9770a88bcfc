# ruff: noqa: S608 - SQL is built only from fixed column lists and "?" placeholders
"""Case cards (leads), their reported persons and the yearly number counters (v0004).

Lead ids are allocated here (max + 1 inside the write transaction, which BEGIN
IMMEDIATE holds alone) because the identity ciphertexts' associated data names the
lead before the row exists. add_leads uses executemany so an import of thousands of
rows costs little more than the inserts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from db._driver import Row, SqlValue
from db._values import as_bytes, as_int, as_str
from db.connection import Database
from db.repositories._lead_values import json_list, scalar, stored_time, t
from desktop.domain.lead_errors import EditConflict, LeadNotFound
from desktop.domain.lead_keys import person_key
from desktop.domain.leads import (
    CardChange,
    CardChangeKind,
    CaseCard,
    CrimeCategory,
    Disposition,
    DuplicateCandidate,
    FilingLevel,
    LeadId,
    LeadNumber,
    LeadStatus,
    Rank,
    ReportedPerson,
)


def match_key(person: ReportedPerson) -> str:
    name, unit = person_key(person)
    return f"{name}|{unit}"


_CARD_COLUMNS = (
    "id, number, status, category, summary, disposition, filing_level, about_own_staff,"
    " storage_location, report_count, first_received_at, last_received_at, created_by,"
    " created_at, updated_at, version"
)


class SqlLeadCardRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def next_lead_id(self) -> LeadId:
        return LeadId(as_int(scalar(self._db, "SELECT coalesce(max(id), 0) + 1 FROM leads")))

    def reserve_numbers(self, year: int, count: int = 1) -> list[LeadNumber]:
        """The next `count` lead numbers of `year`, never reused."""
        rows = self._db.execute(
            "INSERT INTO lead_year_counters (year, last) VALUES (?, ?)"
            " ON CONFLICT (year) DO UPDATE SET last = last + excluded.last RETURNING last",
            (year, count),
        )
        last = as_int(rows[0][0])
        return [LeadNumber(year, serial) for serial in range(last - count + 1, last + 1)]

    def add_leads(self, cards: Sequence[tuple[CaseCard, bytes]],
                  next_due: Mapping[LeadId, datetime] | None = None) -> None:
        """Insert case cards (ids chosen by the caller) with their wrapped identity keys;
        `next_due`: the earliest open deadline of each, when the caller already knows it
        (a bulk import then adds its deadlines with refresh=False)."""
        due = {} if next_due is None else next_due
        self._db.execute_many(
            "INSERT INTO leads (id, number, year, serial, status, category, summary,"
            " disposition, filing_level, about_own_staff, storage_location, report_count,"
            " first_received_at, last_received_at, identity_key, created_by, created_at,"
            " updated_at, version, next_due_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [_card_params(c, wrapped, due.get(c.id)) for c, wrapped in cards],
        )
        self._insert_persons([(c.id, c.reported_persons) for c, _ in cards])

    def _insert_persons(
        self, persons: Sequence[tuple[LeadId, tuple[ReportedPerson, ...]]]
    ) -> None:
        self._db.execute_many(
            "INSERT INTO lead_reported_persons (lead_id, position, name, unit, post, rank,"
            " region, match_key) VALUES (?,?,?,?,?,?,?,?)",
            [
                (lead_id, i, p.name, p.unit, p.post, p.rank._value_, p.region, match_key(p))
                for lead_id, people in persons
                for i, p in enumerate(people)
            ],
        )

    def get(self, lead_id: LeadId) -> CaseCard:
        rows = self._db.execute(f"SELECT {_CARD_COLUMNS} FROM leads WHERE id = ?", (lead_id,))
        if not rows:
            raise LeadNotFound(str(lead_id))
        return self._card(rows[0])

    def by_number(self, number: LeadNumber) -> CaseCard:
        rows = self._db.execute(
            f"SELECT {_CARD_COLUMNS} FROM leads WHERE number = ?", (str(number),)
        )
        if not rows:
            raise LeadNotFound(str(number))
        return self._card(rows[0])

    def _card(self, row: Row) -> CaseCard:
        lead_id = LeadId(as_int(row[0]))
        return CaseCard(
            id=lead_id,
            number=LeadNumber.parse(as_str(row[1])),
            status=LeadStatus(row[2]),
            category=CrimeCategory(row[3]),
            summary=as_str(row[4]),
            reported_persons=self.persons(lead_id),
            disposition=None if row[5] is None else as_str(row[5]),
            filing_level=FilingLevel(row[6]),
            about_own_staff=bool(row[7]),
            storage_location=as_str(row[8]),
            report_count=as_int(row[9]),
            first_received_at=stored_time(row[10]),
            last_received_at=stored_time(row[11]),
            created_by=as_int(row[12]),
            created_at=stored_time(row[13]),
            updated_at=stored_time(row[14]),
            version=as_int(row[15]),
        )

    def persons(self, lead_id: LeadId) -> tuple[ReportedPerson, ...]:
        rows = self._db.execute(
            "SELECT name, unit, post, rank, region FROM lead_reported_persons"
            " WHERE lead_id = ? ORDER BY position",
            (lead_id,),
        )
        return tuple(
            ReportedPerson(as_str(r[0]), as_str(r[1]), as_str(r[2]), Rank(r[3]), as_str(r[4]))
            for r in rows
        )

    def wrapped_key(self, lead_id: LeadId) -> bytes:
        value = scalar(self._db, "SELECT identity_key FROM leads WHERE id = ?", (lead_id,))
        if value is None:
            raise LeadNotFound(str(lead_id))
        return as_bytes(value)

    def _bump(self, lead_id: LeadId, expected: int | None, at: datetime, sets: str,
              params: Sequence[SqlValue]) -> None:
        """UPDATE … SET version = version + 1 guarded by the version the editor saw."""
        guard = "" if expected is None else " AND version = ?"
        rows = self._db.execute(
            f"UPDATE leads SET {sets}, updated_at = ?, version = version + 1"
            f" WHERE id = ?{guard} RETURNING id",
            (*params, t(at), lead_id, *(() if expected is None else (expected,))),
        )
        if not rows:
            card = self.get(lead_id)  # LeadNotFound if it is gone
            raise EditConflict(str(card.number), expected or 0, card.version)

    def update_card(
        self, lead_id: LeadId, expected_version: int, at: datetime, *, category: CrimeCategory,
        summary: str, persons: tuple[ReportedPerson, ...], storage_location: str,
        about_own_staff: bool, filing_level: FilingLevel,
    ) -> None:
        self._bump(
            lead_id, expected_version, at,
            "category = ?, summary = ?, storage_location = ?, about_own_staff = ?,"
            " filing_level = ?",
            (category.value, summary, storage_location, int(about_own_staff),
             filing_level.value),
        )
        self._db.execute("DELETE FROM lead_reported_persons WHERE lead_id = ?", (lead_id,))
        self._insert_persons([(lead_id, persons)])

    def set_disposition(
        self, lead_id: LeadId, expected_version: int | None, at: datetime,
        status: LeadStatus, disposition: Disposition,
    ) -> None:
        self._bump(lead_id, expected_version, at, "status = ?, disposition = ?",
                   (status.value, disposition.value))

    def void(self, lead_id: LeadId, expected_version: int, at: datetime) -> None:
        self._bump(lead_id, expected_version, at, "status = ?", (LeadStatus.VOIDED.value,))

    def add_change(self, change: CardChange) -> None:
        self._db.execute(
            "INSERT INTO lead_card_changes (lead_id, version, kind, reason, fields, before,"
            " changed_by, changed_by_name, changed_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (change.lead_id, change.version, change.kind.value, change.reason,
             json_list(list(change.fields)), change.before, change.changed_by,
             change.changed_by_name, t(change.changed_at)),
        )

    def changes(self, lead_id: LeadId) -> list[CardChange]:
        rows = self._db.execute(
            "SELECT version, kind, reason, fields, before, changed_by, changed_by_name,"
            " changed_at FROM lead_card_changes WHERE lead_id = ? ORDER BY version",
            (lead_id,),
        )
        return [
            CardChange(lead_id, as_int(r[0]), CardChangeKind(r[1]), as_str(r[2]),
                       tuple(json.loads(as_str(r[3]))), as_str(r[4]), as_int(r[5]),
                       as_str(r[6]), stored_time(r[7]))
            for r in rows
        ]

    def count_report(self, lead_id: LeadId, received_at: datetime, at: datetime) -> None:
        """A repeat report: one more report, and the latest date moves on."""
        self._bump(
            lead_id, None, at,
            "report_count = report_count + 1, last_received_at = max(last_received_at, ?),"
            " first_received_at = min(first_received_at, ?)",
            (t(received_at), t(received_at)),
        )

    def count(self) -> int:
        return as_int(scalar(self._db, "SELECT count(*) FROM leads"))

    def candidates(self, persons: Iterable[ReportedPerson], limit: int = 20
                   ) -> list[DuplicateCandidate]:
        keys = {match_key(p) for p in persons if p.name.strip() and p.unit.strip()}
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self._db.execute(
            "SELECT l.id, l.number, p.name, p.unit, p.post, p.rank, p.region"
            " FROM lead_reported_persons p JOIN leads l ON l.id = p.lead_id"
            f" WHERE p.match_key IN ({marks}) AND l.status <> ? ORDER BY l.id DESC LIMIT ?",
            (*sorted(keys), LeadStatus.VOIDED.value, limit),  # a void lead takes no report
        )
        return [
            DuplicateCandidate(
                LeadId(as_int(r[0])), LeadNumber.parse(as_str(r[1])),
                ReportedPerson(as_str(r[2]), as_str(r[3]), as_str(r[4]), Rank(r[5]),
                               as_str(r[6])),
            )
            for r in rows
        ]


def _card_params(c: CaseCard, wrapped: bytes, next_due: datetime | None
                 ) -> tuple[SqlValue, ...]:
    # Unpacked at once (an import writes 10,000s; one attribute read each cost more).
    # Enum _value_ is the plain attribute behind .value (a Python-level property). A
    # card's two receipt times and two stamps are usually one object each, formatted once.
    (lead_id, number, status, category, summary, _persons, disposition, level, own_staff,
     location, report_count, first_received, last_received, created_by, created_at,
     updated_at, version) = c
    received = t(first_received)
    created = t(created_at)
    return (
        lead_id, str(number), number.year, number.serial, status._value_,
        category._value_, summary, disposition, level._value_, int(own_staff), location,
        report_count, received,
        received if last_received is first_received else t(last_received),
        wrapped, created_by, created,
        created if updated_at is created_at else t(updated_at), version,
        None if next_due is None else t(next_due),
    )
