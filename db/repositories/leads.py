# ruff: noqa: S608 - SQL is built only from fixed column lists and "?" placeholders
"""The leads register's tables (v0004) as domain objects.

Ids are allocated here (max + 1 inside the write transaction, which BEGIN IMMEDIATE
holds alone) because the identity ciphertexts' associated data names the lead and
report ids before the rows exist. Bulk methods (add_leads, add_reports) use
executemany so an import of thousands of rows costs little more than the inserts.
"""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime

from db._driver import Row, SqlValue
from db._values import as_bytes, as_int, as_str
from db.connection import Database
from db.fts import index_text, match_expression
from desktop.domain.lead_errors import (
    AttachmentNotFound,
    EditConflict,
    LeadNotFound,
    ReportNotFound,
)
from desktop.domain.lead_keys import person_key
from desktop.domain.leads import (
    AssistanceRequest,
    AssistanceStep,
    AttachmentId,
    AttachmentInfo,
    CaseCard,
    Channel,
    CrimeCategory,
    Deadline,
    Disposition,
    DuplicateCandidate,
    FilingLevel,
    LeadId,
    LeadNumber,
    LeadRow,
    LeadRows,
    LeadStatus,
    ProtectionPlan,
    Rank,
    ReceivedItem,
    Reply,
    ReplyForm,
    Report,
    ReportedPerson,
    ReportId,
    ReportKind,
    RiskAssessment,
    RiskLevel,
    RoutingDecision,
)

_STEP_COLUMNS = {
    AssistanceStep.FACTS_ASCERTAINED: "facts_ascertained_at",
    AssistanceStep.REPORTED_TO_CHIEF: "reported_to_chief_at",
    AssistanceStep.POLICE_NOTIFIED: "police_notified_at",
    AssistanceStep.JUDICIAL_POLICE_MEASURES: "judicial_police_measures_at",
}


# A bulk import stores ~8 times per lead but only a few thousand distinct ones (its
# `now`, receipt days, due dates): each is formatted once. Equal instants give equal
# text, whatever their zone, so the cache may share them.
@functools.lru_cache(maxsize=8192)
def t(moment: datetime) -> str:
    """Stored times: UTC text that sorts in time order (the format db._values uses)."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    # isoformat is several times faster than strftime and gives the same text.
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _time(value: SqlValue) -> datetime:
    # fromisoformat is ~20x faster than strptime: it matters when listing 100,000 leads.
    return datetime.fromisoformat(as_str(value))


def _opt_time(value: SqlValue) -> datetime | None:
    return None if value is None else _time(value)


def _opt_t(moment: datetime | None) -> str | None:
    return None if moment is None else t(moment)


def match_key(person: ReportedPerson) -> str:
    name, unit = person_key(person)
    return f"{name}|{unit}"


_CARD_COLUMNS = (
    "id, number, status, category, summary, disposition, filing_level, about_own_staff,"
    " storage_location, report_count, first_received_at, last_received_at, created_by,"
    " created_at, updated_at, version"
)


def _code_number(column: str, codes: tuple[enum.Enum, ...]) -> str:
    """The code's position in `codes` (NULL if unknown): a page of the list holds its
    rows as stored until they are read, and small integers are shared objects where
    code text would be three new strings a row (17 MB over 100,000 leads)."""
    whens = " ".join(f"WHEN '{code.value}' THEN {i}" for i, code in enumerate(codes))
    return f"CASE {column} {whens} END"


_STATUSES, _CATEGORIES, _CHANNELS = tuple(LeadStatus), tuple(CrimeCategory), tuple(Channel)
ROW_COLUMNS = (  # LeadRow's fields, in order
    f"id, number, {_code_number('status', _STATUSES)},"
    f" {_code_number('category', _CATEGORIES)}, report_count, first_received_at,"
    f" next_due_at, summary, {_code_number('channel', _CHANNELS)}, reported_unit"
)
_REPORT_COLUMNS = (
    "id, lead_id, kind, channel, received_at, original_text, summary, real_name,"
    " pseudonym_code, acknowledged, receiving_staff, transcript_read_back,"
    " transcript_signed, consent_to_record, items_received, postmark_date, origin,"
    " envelope_kept, reference, has_identity, new_content, recorded_by, recorded_at"
)


class SqlLeadRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _scalar(self, sql: str, params: Sequence[SqlValue] = ()) -> SqlValue:
        rows = self._db.execute(sql, params)
        return rows[0][0] if rows else None

    # ------------------------------------------------------------ ids and numbers
    def next_lead_id(self) -> LeadId:
        return LeadId(as_int(self._scalar("SELECT coalesce(max(id), 0) + 1 FROM leads")))

    def next_report_id(self) -> ReportId:
        return ReportId(
            as_int(self._scalar("SELECT coalesce(max(id), 0) + 1 FROM lead_reports"))
        )

    def reserve_numbers(self, year: int, count: int = 1) -> list[LeadNumber]:
        """The next `count` lead numbers of `year`, never reused."""
        rows = self._db.execute(
            "INSERT INTO lead_year_counters (year, last) VALUES (?, ?)"
            " ON CONFLICT (year) DO UPDATE SET last = last + excluded.last RETURNING last",
            (year, count),
        )
        last = as_int(rows[0][0])
        return [LeadNumber(year, serial) for serial in range(last - count + 1, last + 1)]

    # ------------------------------------------------------------ case cards
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
            first_received_at=_time(row[10]),
            last_received_at=_time(row[11]),
            created_by=as_int(row[12]),
            created_at=_time(row[13]),
            updated_at=_time(row[14]),
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
        value = self._scalar("SELECT identity_key FROM leads WHERE id = ?", (lead_id,))
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

    def count_report(self, lead_id: LeadId, received_at: datetime, at: datetime) -> None:
        """A repeat report: one more report, and the latest date moves on."""
        self._bump(
            lead_id, None, at,
            "report_count = report_count + 1, last_received_at = max(last_received_at, ?),"
            " first_received_at = min(first_received_at, ?)",
            (t(received_at), t(received_at)),
        )

    # ------------------------------------------------------------ reports
    def add_reports(self, reports: Sequence[tuple[Report, Mapping[str, bytes]]]) -> None:
        self._db.execute_many(
            f"INSERT INTO lead_reports ({_REPORT_COLUMNS}) VALUES"
            " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [_report_params(r) for r, _ in reports],
        )
        self._db.execute_many(
            "INSERT INTO lead_identity_fields (report_id, field, ciphertext) VALUES (?,?,?)",
            [(r.id, field, sealed) for r, fields in reports for field, sealed in fields.items()],
        )

    def reports(self, lead_id: LeadId) -> list[Report]:
        rows = self._db.execute(
            f"SELECT {_REPORT_COLUMNS} FROM lead_reports WHERE lead_id = ?"
            " ORDER BY received_at, id",
            (lead_id,),
        )
        return [_report(r) for r in rows]

    def report(self, report_id: ReportId) -> Report:
        rows = self._db.execute(
            f"SELECT {_REPORT_COLUMNS} FROM lead_reports WHERE id = ?", (report_id,)
        )
        if not rows:
            raise ReportNotFound(report_id)
        return _report(rows[0])

    def identity_fields(self, report_id: ReportId) -> dict[str, bytes]:
        rows = self._db.execute(
            "SELECT field, ciphertext FROM lead_identity_fields WHERE report_id = ?",
            (report_id,),
        )
        return {as_str(r[0]): as_bytes(r[1]) for r in rows}

    # ------------------------------------------------------------ search index
    def reindex(self, lead_ids: Iterable[LeadId]) -> None:
        """Rebuild the lead_fts rows of these leads from the case card and report text."""
        ids = list(lead_ids)
        texts: dict[int, list[str]] = {i: [] for i in ids}
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT id, number, summary, storage_location FROM leads WHERE id IN ({marks})",
                chunk,
            ):
                texts[as_int(row[0])].extend((as_str(row[1]), as_str(row[2]), as_str(row[3])))
            for row in self._db.execute(
                "SELECT lead_id, name, unit, post, region FROM lead_reported_persons"
                f" WHERE lead_id IN ({marks})",
                chunk,
            ):
                texts[as_int(row[0])].extend(as_str(v) for v in row[1:])
            for row in self._db.execute(
                "SELECT lead_id, original_text, summary, origin FROM lead_reports"
                f" WHERE lead_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                texts[as_int(row[0])].extend(as_str(v) for v in row[1:])
            self._db.execute(f"DELETE FROM lead_fts WHERE rowid IN ({marks})", chunk)
        self._db.execute_many(
            "INSERT INTO lead_fts (rowid, body) VALUES (?, ?)",
            [(i, index_text("\n".join(p for p in parts if p))) for i, parts in texts.items()],
        )

    def add_index(self, entries: Sequence[tuple[LeadId, str]]) -> None:
        """Index new leads from text the caller assembled (desktop.leads.search_text)."""
        self._db.execute_many(
            "INSERT INTO lead_fts (rowid, body) VALUES (?, ?)",
            [(lead_id, index_text(text)) for lead_id, text in entries],
        )

    def search(self, query: str, limit: int = 500) -> list[LeadRow]:
        """The best `limit` matches, most relevant first (FTS5 bm25 rank)."""
        expression = match_expression(query)
        if not expression:
            return []
        # The FTS5 query alone (bm25 computed once per match), then the case cards.
        ids = [r[0] for r in self._db.execute(
            "SELECT rowid FROM lead_fts WHERE lead_fts MATCH ? ORDER BY rank LIMIT ?",
            (expression, limit),
        )]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = {r[0]: r for r in self._db.execute(
            f"SELECT {ROW_COLUMNS} FROM leads WHERE id IN ({marks})", ids)}
        return list(_rows([rows[i] for i in ids if i in rows]))

    # ------------------------------------------------------------ the list
    def page(
        self, *, before_id: int | None = None, limit: int = 200,
        status: LeadStatus | None = None, overdue_at: datetime | None = None,
        category: CrimeCategory | None = None, channel: Channel | None = None,
        received_from: datetime | None = None, received_before: datetime | None = None,
    ) -> Sequence[LeadRow]:
        """Newest first, keyset-paged: pass the last row's id as before_id for the next
        page (constant cost per page, however deep the scroll). received_from (inclusive)
        and received_before (exclusive) bound the first report's time."""
        dated = received_from is not None or received_before is not None
        narrow = dated and self._narrow(received_from, received_before, limit)
        # A wide range walks the ids (a page of matches is found within a few pages):
        # the unary + keeps the planner off the date index.
        received = "first_received_at" if narrow else "+first_received_at"
        where, params = ["1"], list[SqlValue]()
        for condition, value in (
            ("id < ?", before_id),
            ("status = ?", None if status is None else status.value),
            ("category = ?", None if category is None else category.value),
            ("channel = ?", None if channel is None else channel.value),
            ("next_due_at < ?", _opt_t(overdue_at)),
            (f"{received} >= ?", _opt_t(received_from)),
            (f"{received} < ?", _opt_t(received_before)),
        ):
            if value is not None:
                where.append(condition)
                params.append(value)
        params.append(limit)
        if narrow:
            # The page's ids from the date index alone (a covering index read and a
            # small sort), then those rows.
            ids = [r[0] for r in self._db.execute(
                f"SELECT id FROM leads INDEXED BY leads_received WHERE {' AND '.join(where)}"
                " ORDER BY id DESC LIMIT ?", params)]
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            return _rows(self._db.execute(
                f"SELECT {ROW_COLUMNS} FROM leads WHERE id IN ({marks}) ORDER BY id DESC",
                ids))
        return _rows(self._db.execute(
            f"SELECT {ROW_COLUMNS} FROM leads WHERE {' AND '.join(where)}"
            " ORDER BY id DESC LIMIT ?",
            params,
        ))

    def _narrow(self, start: datetime | None, end: datetime | None, limit: int) -> bool:
        """Whether the date index is the cheaper way to a page: when the range holds
        fewer leads than the square root of (page size x register size), reading the
        whole range beats scanning ids for the page's matches among all leads (a count
        over the covering index, bounded so a wide range costs no full count)."""
        total = as_int(self._scalar("SELECT coalesce(max(id), 0) FROM leads"))
        bound = int((limit * max(total, 1)) ** 0.5)
        where, params = ["1"], list[SqlValue]()
        if start is not None:
            where.append("first_received_at >= ?")
            params.append(t(start))
        if end is not None:
            where.append("first_received_at < ?")
            params.append(t(end))
        in_range = as_int(self._scalar(
            "SELECT count(*) FROM (SELECT 1 FROM leads INDEXED BY leads_received"
            f" WHERE {' AND '.join(where)} LIMIT ?)", (*params, bound + 1)))
        return in_range <= bound

    def reports_without_risk_assessment(self) -> list[tuple[LeadId, ReportId]]:
        """Real-name reports no one has assessed yet (Art 61: every one is assessed)."""
        rows = self._db.execute(
            "SELECT r.lead_id, r.id FROM lead_reports r WHERE r.real_name = 1 AND NOT EXISTS"
            " (SELECT 1 FROM lead_risk_assessments a WHERE a.report_id = r.id)"
            " ORDER BY r.received_at, r.id"
        )
        return [(LeadId(as_int(r[0])), ReportId(as_int(r[1]))) for r in rows]

    def counts(self, now: datetime, soon: datetime) -> dict[str, dict[str, int]]:
        """For the dashboard: leads by status, by category, by channel of first report,
        and open deadlines by rule (overdue / due before `soon`)."""
        by_status = {as_str(r[0]): as_int(r[1]) for r in self._db.execute(
            "SELECT status, count(*) FROM leads GROUP BY status")}
        by_category = {as_str(r[0]): as_int(r[1]) for r in self._db.execute(
            "SELECT category, count(*) FROM leads GROUP BY category")}
        by_channel = {as_str(r[0]): as_int(r[1]) for r in self._db.execute(
            "SELECT channel, count(*) FROM lead_reports GROUP BY channel")}
        overdue = {as_str(r[0]): as_int(r[1]) for r in self._db.execute(
            "SELECT rule, count(*) FROM lead_deadlines WHERE met_at IS NULL AND due_at < ?"
            " GROUP BY rule", (t(now),))}
        upcoming = {as_str(r[0]): as_int(r[1]) for r in self._db.execute(
            "SELECT rule, count(*) FROM lead_deadlines WHERE met_at IS NULL AND due_at >= ?"
            " AND due_at < ? GROUP BY rule", (t(now), t(soon)))}
        return {"status": by_status, "category": by_category, "channel": by_channel,
                "overdue": overdue, "upcoming": upcoming}

    def count(self) -> int:
        return as_int(self._scalar("SELECT count(*) FROM leads"))

    # ------------------------------------------------------------ repeat reports
    def candidates(self, persons: Iterable[ReportedPerson], limit: int = 20
                   ) -> list[DuplicateCandidate]:
        keys = {match_key(p) for p in persons if p.name.strip() and p.unit.strip()}
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self._db.execute(
            "SELECT l.id, l.number, p.name, p.unit, p.post, p.rank, p.region"
            " FROM lead_reported_persons p JOIN leads l ON l.id = p.lead_id"
            f" WHERE p.match_key IN ({marks}) ORDER BY l.id DESC LIMIT ?",
            (*sorted(keys), limit),
        )
        return [
            DuplicateCandidate(
                LeadId(as_int(r[0])), LeadNumber.parse(as_str(r[1])),
                ReportedPerson(as_str(r[2]), as_str(r[3]), as_str(r[4]), Rank(r[5]),
                               as_str(r[6])),
            )
            for r in rows
        ]

    def repeat_rows(self, start: datetime, end: datetime
                    ) -> list[tuple[str, str, str, str, int, int, date, bool]]:
        """Leads with more than one report and a report in [start, end): number,
        pseudonym code of its first report, category, department (latest routing
        target), reports in the window, reports in total, latest day, new content."""
        rows = self._db.execute(
            "SELECT l.number,"
            " (SELECT pseudonym_code FROM lead_reports f WHERE f.lead_id = l.id"
            "   ORDER BY f.received_at, f.id LIMIT 1),"
            " l.category,"
            " coalesce((SELECT target FROM lead_routing g WHERE g.lead_id = l.id"
            "   ORDER BY g.decided_at DESC, g.id DESC LIMIT 1), ''),"
            " count(r.id), l.report_count, max(r.received_at), max(r.new_content)"
            " FROM leads l JOIN lead_reports r ON r.lead_id = l.id"
            " WHERE r.received_at >= ? AND r.received_at < ? AND l.report_count > 1"
            " GROUP BY l.id ORDER BY l.number",
            (t(start), t(end)),
        )
        return [
            (as_str(r[0]), as_str(r[1]), as_str(r[2]), as_str(r[3]), as_int(r[4]),
             as_int(r[5]), _time(r[6]).date(), bool(r[7]))
            for r in rows
        ]

    # ------------------------------------------------------------ attachments
    def add_attachment(
        self, lead_id: LeadId, report_id: ReportId | None, file_name: str, media_type: str,
        size: int, sha256: str, sealed: bytes, added_by: int, at: datetime,
    ) -> AttachmentInfo:
        new_id = self._db.insert(
            "INSERT INTO lead_attachments (lead_id, report_id, file_name, media_type, size,"
            " sha256, content, added_by, added_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (lead_id, report_id, file_name, media_type, size, sha256, sealed, added_by, t(at)),
        )
        return self.attachment(AttachmentId(new_id))

    _ATTACHMENT = (
        "id, lead_id, report_id, file_name, media_type, size, sha256, added_by, added_at"
    )

    def attachment(self, attachment_id: AttachmentId) -> AttachmentInfo:
        rows = self._db.execute(
            f"SELECT {self._ATTACHMENT} FROM lead_attachments WHERE id = ?", (attachment_id,)
        )
        if not rows:
            raise AttachmentNotFound(attachment_id)
        return _attachment(rows[0])

    def attachments(self, lead_id: LeadId) -> list[AttachmentInfo]:
        rows = self._db.execute(
            f"SELECT {self._ATTACHMENT} FROM lead_attachments WHERE lead_id = ? ORDER BY id",
            (lead_id,),
        )
        return [_attachment(r) for r in rows]

    def attachments_with_hash(self, sha256: str) -> list[AttachmentInfo]:
        rows = self._db.execute(
            f"SELECT {self._ATTACHMENT} FROM lead_attachments WHERE sha256 = ? ORDER BY id",
            (sha256,),
        )
        return [_attachment(r) for r in rows]

    def attachment_content(self, attachment_id: AttachmentId) -> bytes:
        value = self._scalar(
            "SELECT content FROM lead_attachments WHERE id = ?", (attachment_id,)
        )
        if value is None:
            raise AttachmentNotFound(attachment_id)
        return as_bytes(value)

    # ------------------------------------------------------------ deadlines
    def add_deadlines(self, deadlines: Sequence[Deadline], refresh: bool = True) -> None:
        self._db.execute_many(
            "INSERT INTO lead_deadlines (lead_id, rule, subject, starts_at, due_at, met_at)"
            " VALUES (?,?,?,?,?,?)",
            [(d.lead_id, d.rule, d.subject, t(d.starts_at), t(d.due_at),
              None if d.met_at is None else t(d.met_at)) for d in deadlines],
        )
        if refresh:
            self.refresh_next_due({d.lead_id for d in deadlines})

    def meet_deadlines(self, lead_id: LeadId, rule: str, at: datetime,
                       subject: str | None = None) -> int:
        sql = "UPDATE lead_deadlines SET met_at = ? WHERE lead_id = ? AND rule = ?" \
              " AND met_at IS NULL"
        params: list[SqlValue] = [t(at), lead_id, rule]
        if subject is not None:
            sql += " AND subject = ?"
            params.append(subject)
        met = len(self._db.execute(sql + " RETURNING id", params))
        self.refresh_next_due({lead_id})
        return met

    def refresh_next_due(self, lead_ids: Iterable[LeadId]) -> None:
        self._db.execute_many(
            "UPDATE leads SET next_due_at = (SELECT min(due_at) FROM lead_deadlines"
            " WHERE lead_id = leads.id AND met_at IS NULL) WHERE id = ?",
            [(i,) for i in lead_ids],
        )

    def deadlines(self, lead_id: LeadId) -> list[Deadline]:
        rows = self._db.execute(
            "SELECT lead_id, rule, subject, starts_at, due_at, met_at FROM lead_deadlines"
            " WHERE lead_id = ? ORDER BY due_at, id",
            (lead_id,),
        )
        return [
            Deadline(LeadId(as_int(r[0])), as_str(r[1]), as_str(r[2]), _time(r[3]),
                     _time(r[4]), _opt_time(r[5]))
            for r in rows
        ]

    # ------------------------------------------------------------ decisions
    def add_routing(self, decision: RoutingDecision) -> None:
        self._db.execute(
            "INSERT INTO lead_routing (lead_id, decision, target, filing_level, reason,"
            " decided_by, decided_at) VALUES (?,?,?,?,?,?,?)",
            (decision.lead_id, decision.disposition.value, decision.target,
             None if decision.filing_level is None else decision.filing_level.value,
             decision.reason, decision.decided_by, t(decision.decided_at)),
        )

    def routing(self, lead_id: LeadId) -> list[RoutingDecision]:
        rows = self._db.execute(
            "SELECT lead_id, decision, target, filing_level, reason, decided_by, decided_at"
            " FROM lead_routing WHERE lead_id = ? ORDER BY decided_at, id",
            (lead_id,),
        )
        return [
            RoutingDecision(LeadId(as_int(r[0])), Disposition(r[1]), as_str(r[2]),
                            None if r[3] is None else FilingLevel(r[3]), as_str(r[4]),
                            as_int(r[5]), _time(r[6]))
            for r in rows
        ]

    def add_reply(self, reply: Reply, at: datetime) -> None:
        self._db.execute(
            "INSERT INTO lead_replies (lead_id, report_id, form, replied_at, place,"
            " participants, content, informant_view, unreachable_reason, recorded_by,"
            " recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (reply.lead_id, reply.report_id, reply.form.value, t(reply.replied_at), reply.place,
             json.dumps(list(reply.participants), ensure_ascii=False), reply.content,
             reply.informant_view, reply.unreachable_reason, reply.recorded_by, t(at)),
        )

    def replies(self, lead_id: LeadId) -> list[Reply]:
        rows = self._db.execute(
            "SELECT lead_id, report_id, form, replied_at, place, participants, content,"
            " informant_view, unreachable_reason, recorded_by FROM lead_replies"
            " WHERE lead_id = ? ORDER BY replied_at, id",
            (lead_id,),
        )
        return [
            Reply(LeadId(as_int(r[0])), ReportId(as_int(r[1])), ReplyForm(r[2]), _time(r[3]),
                  as_str(r[4]), tuple(json.loads(as_str(r[5]))), as_str(r[6]), as_str(r[7]),
                  as_str(r[8]), as_int(r[9]))
            for r in rows
        ]

    def add_risk(self, risk: RiskAssessment) -> None:
        self._db.execute(
            "INSERT INTO lead_risk_assessments (lead_id, report_id, level, factors, note,"
            " assessed_by, assessed_at) VALUES (?,?,?,?,?,?,?)",
            (risk.lead_id, risk.report_id, risk.level.value,
             json.dumps(list(risk.factors), ensure_ascii=False), risk.note, risk.assessed_by,
             t(risk.assessed_at)),
        )

    def risks(self, lead_id: LeadId) -> list[RiskAssessment]:
        rows = self._db.execute(
            "SELECT lead_id, report_id, level, factors, note, assessed_by, assessed_at"
            " FROM lead_risk_assessments WHERE lead_id = ? ORDER BY assessed_at, id",
            (lead_id,),
        )
        return [
            RiskAssessment(LeadId(as_int(r[0])), ReportId(as_int(r[1])), RiskLevel(r[2]),
                           tuple(json.loads(as_str(r[3]))), as_str(r[4]), as_int(r[5]),
                           _time(r[6]))
            for r in rows
        ]

    def add_plan(self, plan: ProtectionPlan) -> None:
        self._db.execute(
            "INSERT INTO lead_protection_plans (lead_id, measures, responsible, review_on,"
            " created_by, created_at) VALUES (?,?,?,?,?,?)",
            (plan.lead_id, json.dumps(list(plan.measures), ensure_ascii=False),
             plan.responsible, plan.review_on.isoformat(), plan.created_by,
             t(plan.created_at)),
        )

    def plans(self, lead_id: LeadId) -> list[ProtectionPlan]:
        rows = self._db.execute(
            "SELECT lead_id, measures, responsible, review_on, created_by, created_at"
            " FROM lead_protection_plans WHERE lead_id = ? ORDER BY created_at, id",
            (lead_id,),
        )
        return [
            ProtectionPlan(LeadId(as_int(r[0])), tuple(json.loads(as_str(r[1]))),
                           as_str(r[2]), date.fromisoformat(as_str(r[3])), as_int(r[4]),
                           _time(r[5]))
            for r in rows
        ]

    def add_assistance(self, lead_id: LeadId, urgent: bool, summary: str,
                       received_at: datetime, recorded_by: int) -> int:
        return self._db.insert(
            "INSERT INTO lead_assistance_requests (lead_id, urgent, summary, received_at,"
            " recorded_by) VALUES (?,?,?,?,?)",
            (lead_id, int(urgent), summary, t(received_at), recorded_by),
        )

    def set_assistance_step(self, request_id: int, step: AssistanceStep, at: datetime) -> None:
        self._db.execute(
            f"UPDATE lead_assistance_requests SET {_STEP_COLUMNS[step]} = ? WHERE id = ?",
            (t(at), request_id),
        )

    def assistance_request(self, request_id: int) -> AssistanceRequest | None:
        found = self._assistance("WHERE id = ?", (request_id,))
        return found[0] if found else None

    def assistance(self, lead_id: LeadId | None = None) -> list[AssistanceRequest]:
        """One lead's requests, or all; urgent first."""
        if lead_id is None:
            return self._assistance("", ())
        return self._assistance("WHERE lead_id = ?", (lead_id,))

    def _assistance(self, where: str, params: Sequence[SqlValue]) -> list[AssistanceRequest]:
        columns = ", ".join(_STEP_COLUMNS.values())
        rows = self._db.execute(
            f"SELECT id, lead_id, urgent, summary, received_at, recorded_by, {columns}"
            f" FROM lead_assistance_requests {where} ORDER BY urgent DESC, received_at, id",
            params,
        )
        return [
            AssistanceRequest(
                id=as_int(r[0]), lead_id=LeadId(as_int(r[1])), urgent=bool(r[2]),
                summary=as_str(r[3]), received_at=_time(r[4]),
                steps={step: _time(v) for step, v in zip(_STEP_COLUMNS, r[6:], strict=True)
                       if v is not None},
                recorded_by=as_int(r[5]),
            )
            for r in rows
        ]


def _chunks(items: list[LeadId], size: int) -> Iterable[list[LeadId]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _json_list(items: list[object]) -> str:
    return json.dumps(items, ensure_ascii=False) if items else "[]"


def _card_params(c: CaseCard, wrapped: bytes, next_due: datetime | None
                 ) -> tuple[SqlValue, ...]:
    # Enum _value_ is the plain attribute behind .value (a Python-level property): an
    # import reads three per card. A card's two receipt times and two stamps are
    # usually one object each, formatted once.
    received = t(c.first_received_at)
    created = t(c.created_at)
    return (
        c.id, str(c.number), c.number.year, c.number.serial, c.status._value_,
        c.category._value_, c.summary, c.disposition, c.filing_level._value_,
        int(c.about_own_staff), c.storage_location, c.report_count, received,
        received if c.last_received_at is c.first_received_at else t(c.last_received_at),
        wrapped, c.created_by, created,
        created if c.updated_at is c.created_at else t(c.updated_at), c.version,
        None if next_due is None else t(next_due),
    )


def _report_params(r: Report) -> tuple[SqlValue, ...]:
    return (
        r.id, r.lead_id, r.kind._value_, r.channel._value_, t(r.received_at), r.original_text,
        r.summary, int(r.real_name), r.pseudonym_code, int(r.acknowledged),
        _json_list(list(r.receiving_staff)) if r.receiving_staff else "[]",
        int(r.transcript_read_back), int(r.transcript_signed), int(r.consent_to_record),
        _json_list([[i.description, i.quantity] for i in r.items_received])
        if r.items_received else "[]",
        None if r.postmark_date is None else r.postmark_date.isoformat(), r.origin,
        int(r.envelope_kept), r.reference, int(r.has_identity), int(r.new_content),
        r.recorded_by, t(r.recorded_at),
    )


def _report(r: Row) -> Report:
    items = json.loads(as_str(r[14]))
    return Report(
        id=ReportId(as_int(r[0])), lead_id=LeadId(as_int(r[1])), kind=ReportKind(r[2]),
        channel=Channel(r[3]), received_at=_time(r[4]), original_text=as_str(r[5]),
        summary=as_str(r[6]), real_name=bool(r[7]), pseudonym_code=as_str(r[8]),
        acknowledged=bool(r[9]), receiving_staff=tuple(json.loads(as_str(r[10]))),
        transcript_read_back=bool(r[11]), transcript_signed=bool(r[12]),
        consent_to_record=bool(r[13]),
        items_received=tuple(ReceivedItem(d, q) for d, q in items),
        postmark_date=None if r[15] is None else date.fromisoformat(as_str(r[15])),
        origin=as_str(r[16]), envelope_kept=bool(r[17]), reference=as_str(r[18]),
        has_identity=bool(r[19]), new_content=bool(r[20]), recorded_by=as_int(r[21]),
        recorded_at=_time(r[22]),
    )


def _rows(rows: list[Row]) -> LeadRows[Row]:
    return LeadRows(rows, _row)


def _row(r: Row) -> LeadRow:
    # Columns as in ROW_COLUMNS, so no narrowing calls: made for each row on screen.
    return LeadRow(
        r[0], r[1], _STATUSES[r[2]], _CATEGORIES[r[3]], r[4],  # type: ignore[arg-type,index]
        datetime.fromisoformat(r[5]),  # type: ignore[arg-type]
        None if r[6] is None else datetime.fromisoformat(r[6]),  # type: ignore[arg-type]
        r[7], None if r[8] is None else _CHANNELS[r[8]], r[9],  # type: ignore[arg-type,index]
    )


def _attachment(r: Row) -> AttachmentInfo:
    return AttachmentInfo(
        AttachmentId(as_int(r[0])), LeadId(as_int(r[1])),
        None if r[2] is None else ReportId(as_int(r[2])), as_str(r[3]), as_str(r[4]),
        as_int(r[5]), as_str(r[6]), as_int(r[7]), _time(r[8]),
    )
