
"""Deadlines of leads, and each case card's earliest open one (leads.next_due_at, which
the list's overdue filter reads)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from db._driver import SqlValue
from db._values import as_int, as_str
from db.connection import Database
from db.repositories._lead_values import opt_stored_time, stored_time, t
from desktop.domain.leads import Deadline, LeadId


class SqlLeadDeadlineRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

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

    def close_open(self, lead_id: LeadId, at: datetime) -> int:
        """Every open deadline of the lead ends at `at` (a voided lead owes nothing)."""
        closed = len(self._db.execute(
            "UPDATE lead_deadlines SET met_at = ? WHERE lead_id = ? AND met_at IS NULL"
            " RETURNING id", (t(at), lead_id)))
        self.refresh_next_due({lead_id})
        return closed

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
            Deadline(LeadId(as_int(r[0])), as_str(r[1]), as_str(r[2]), stored_time(r[3]),
                     stored_time(r[4]), opt_stored_time(r[5]))
            for r in rows
        ]
