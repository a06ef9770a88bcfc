"""Indexes the dashboard needs at a million leads (issue 14, bench/scale.py): its
counts by category, by channel and of open deadlines by rule read a covering index
instead of every lead, every report event (with its text) and every deadline."""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    "CREATE INDEX leads_category ON leads (category)",
    "CREATE INDEX lead_reports_channel ON lead_reports (channel)",
    # The open deadlines by due time, now with their rule: counted without the table.
    "DROP INDEX lead_deadlines_open",
    # met_at too, though always NULL there: without it SQLite reads the table for it.
    "CREATE INDEX lead_deadlines_open ON lead_deadlines (due_at, rule, met_at)"
    " WHERE met_at IS NULL",
)
