# ruff: noqa: S608 - SQL is built only from fixed column lists and "?" placeholders
"""The register's read side: keyset pages of the list, full-text search and its index
(lead_fts), dashboard counts and the repeat-report rows."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from db._driver import Row, SqlValue
from db._values import as_int, as_str
from db.connection import Database
from db.fts import index_text, match_expression
from db.repositories._lead_values import chunks, opt_t, scalar, stored_time, t
from desktop.domain.leads import (
    Channel,
    CrimeCategory,
    LeadId,
    LeadRow,
    LeadRows,
    LeadStatus,
)


def _code_number(column: str, codes: tuple[enum.Enum | None, ...]) -> str:
    """The code's position in `codes` (NULL, or the position of None in `codes`, if
    unknown): a page of the list holds its rows as stored until they are read, and
    small integers are shared objects where code text would be three new strings a row
    (17 MB over 100,000 leads)."""
    whens = " ".join(f"WHEN '{code.value}' THEN {i}" for i, code in enumerate(codes) if code)
    missing = f" ELSE {codes.index(None)}" if None in codes else ""
    return f"CASE {column} {whens}{missing} END"


_STATUSES, _CATEGORIES = tuple(LeadStatus), tuple(CrimeCategory)
_CHANNELS = (*Channel, None)  # None: a lead without a first report has no channel
ROW_COLUMNS = (  # LeadRow's fields, in order
    f"id, number, {_code_number('status', _STATUSES)},"
    f" {_code_number('category', _CATEGORIES)}, report_count, first_received_at,"
    f" next_due_at, summary, {_code_number('channel', _CHANNELS)}, reported_unit"
)


class SqlLeadListRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def reindex(self, lead_ids: Iterable[LeadId]) -> None:
        """Rebuild the lead_fts rows of these leads from the case card and report text."""
        ids = list(lead_ids)
        texts: dict[int, list[str]] = {i: [] for i in ids}
        for chunk in chunks(ids, 500):
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
            ("next_due_at < ?", opt_t(overdue_at)),
            (f"{received} >= ?", opt_t(received_from)),
            (f"{received} < ?", opt_t(received_before)),
        ):
            if value is not None:
                where.append(condition)
                params.append(value)
        if narrow:
            # The page's ids from the date index alone (a covering index read and a
            # small sort), then those rows.
            ids = [r[0] for r in self._db.execute(
                f"SELECT id FROM leads INDEXED BY leads_received WHERE {' AND '.join(where)}"
                " ORDER BY id DESC LIMIT ?", [*params, limit])]
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            return _rows(self._db.execute(
                f"SELECT {ROW_COLUMNS} FROM leads WHERE id IN ({marks}) ORDER BY id DESC",
                ids))
        # The limit written into the statement: SQLite reads a page of 500 rows ~5%
        # faster than with LIMIT ? (measured); a page size is an int, never text.
        return _rows(self._db.execute(
            f"SELECT {ROW_COLUMNS} FROM leads WHERE {' AND '.join(where)}"
            f" ORDER BY id DESC LIMIT {int(limit)}",
            params,
        ))

    def _narrow(self, start: datetime | None, end: datetime | None, limit: int) -> bool:
        """Whether the date index is the cheaper way to a page: when the range holds
        fewer leads than the square root of (page size x register size), reading the
        whole range beats scanning ids for the page's matches among all leads (a count
        over the covering index, bounded so a wide range costs no full count)."""
        total = as_int(scalar(self._db, "SELECT coalesce(max(id), 0) FROM leads"))
        bound = int((limit * max(total, 1)) ** 0.5)
        where, params = ["1"], list[SqlValue]()
        if start is not None:
            where.append("first_received_at >= ?")
            params.append(t(start))
        if end is not None:
            where.append("first_received_at < ?")
            params.append(t(end))
        in_range = as_int(scalar(self._db,
            "SELECT count(*) FROM (SELECT 1 FROM leads INDEXED BY leads_received"
            f" WHERE {' AND '.join(where)} LIMIT ?)", (*params, bound + 1)))
        return in_range <= bound

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
             as_int(r[5]), stored_time(r[6]).date(), bool(r[7]))
            for r in rows
        ]


def _rows(rows: list[Row]) -> LeadRows[Row]:
    return LeadRows(rows, _row, _all_rows)


# Stored times parsed once each: a register's first reports and deadlines fall on a
# few thousand distinct moments, and a dict lookup is ~4x cheaper than fromisoformat
# (datetimes are immutable, so rows may share them). Bounded: cleared when full.
class _Times(dict[str | None, datetime | None]):
    def __missing__(self, text: str | None) -> datetime | None:
        if len(self) >= _TIMES_MAX:
            self.clear()
            self[None] = None
        moment = self[text] = datetime.fromisoformat(text)  # type: ignore[arg-type]
        return moment


_TIMES = _Times({None: None})  # a lead with no open deadline has no next due time
_TIMES_MAX = 200_000
_new_tuple = tuple.__new__


def _row(r: Row) -> LeadRow:
    """One row as the screen reads it (those on screen only)."""
    return _all_rows((r,))[0]


def _all_rows(rows: Sequence[Row], times: _Times = _TIMES) -> list[LeadRow]:
    # Columns as in ROW_COLUMNS, so no narrowing calls: made for every row when a page
    # is read whole (100,000 of them to the end of the list). One comprehension (no
    # call per row), codes and times looked up by subscript (a NULL channel or due time
    # finds None), and each tuple made by tuple.__new__: the NamedTuple's own __new__
    # is a Python function taking ~40%.
    return [_new_tuple(LeadRow, (
        i, number, _STATUSES[status], _CATEGORIES[category], count,  # type: ignore[index]
        times[first], times[due], summary, _CHANNELS[channel], unit))  # type: ignore[index]
        for i, number, status, category, count, first, due, summary, channel, unit in rows]
