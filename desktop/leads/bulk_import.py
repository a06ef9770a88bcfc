"""Importing leads already checked by desktop.leads.importer: one transaction (all or
nothing) with bulk inserts. Each row's lead is built by the recording path's
NewLeadBuilder; only the ids, numbers and inserts are done in bulk. A CSV file is
checked (a dry run) and imported from here too."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import datetime
from operator import attrgetter
from typing import cast

from desktop.domain.leads import (
    CaseCard,
    Deadline,
    Disposition,
    LeadId,
    LeadNumber,
    Report,
    ReportId,
)
from desktop.leads import importer
from desktop.leads.collector import cycle_collector_paused
from desktop.leads.context import LeadContext
from desktop.leads.deadline_plan import DeadlinePlan
from desktop.leads.errors import IdentityKeyMissing
from desktop.leads.model import ImportCheck, NewLead
from desktop.leads.random_pool import RandomPool
from desktop.leads.recording import NewLeadBuilder, number_year
from desktop.leads.search_text import search_text
from desktop.policy import Action

_DUE_AT = attrgetter("due_at")


class BulkImport:
    def __init__(self, ctx: LeadContext) -> None:
        self._ctx = ctx

    def import_leads(self, rows: list[tuple[NewLead, Disposition | None]], source: str
                     ) -> list[LeadNumber]:
        """A row with a disposition was decided before the import: its disposition
        deadline counts as met and no reply deadline is opened."""
        self._ctx.require(Action.RECORD_LEAD)
        if self._ctx.ik is None:
            raise IdentityKeyMissing("this session holds no identity key")
        # The collector resumes only once _import's lists are freed: resuming while
        # they live would walk every one of them once more.
        with cycle_collector_paused():
            return self._import(rows, source)

    def _import(self, rows: list[tuple[NewLead, Disposition | None]], source: str
                ) -> list[LeadNumber]:
        ctx = self._ctx
        now = ctx.clock.now()
        with ctx.store.transaction() as tx:
            build = NewLeadBuilder(ctx.ik, ctx.user.id, now, DeadlinePlan(tx.settings.all()),
                                   RandomPool().take).build
            next_lead, next_report = tx.leads.next_lead_id(), tx.lead_reports.next_report_id()
            # The ids as one list each: LeadId()/ReportId() are calls, 20,000 of them.
            lead_ids = cast(list[LeadId], list(range(next_lead, next_lead + len(rows))))
            report_ids = cast(list[ReportId], list(range(next_report, next_report + len(rows))))
            # A register holds many rows per day: the year of each receipt time is
            # worked out once, and each year's numbers are reserved at once.
            received = [lead.report.received_at for lead, _ in rows]
            year_of = {moment: number_year(moment) for moment in set(received)}
            row_years = [year_of[moment] for moment in received]
            reserved = {year: tx.leads.reserve_numbers(year, count)
                        for year, count in sorted(Counter(row_years).items())}
            numbers = {year: iter(serials) for year, serials in reserved.items()}
            assigned = [next(numbers[year]) for year in row_years]
            cards: list[tuple[CaseCard, bytes]] = []
            reports: list[tuple[Report, dict[str, bytes]]] = []
            deadlines: list[Deadline] = []
            next_due: dict[LeadId, datetime] = {}
            index: list[tuple[LeadId, str]] = []
            for lead_id, report_id, number, (lead, disposition) in zip(
                    lead_ids, report_ids, assigned, rows, strict=True):
                card, wrapped, report, sealed, opened = build(lead, lead_id, report_id, number,
                                                              disposition)
                cards.append((card, wrapped))
                reports.append((report, sealed))
                deadlines += opened
                if disposition is None:  # a decided lead has no open deadline
                    next_due[lead_id] = min(map(_DUE_AT, opened))
                index.append((lead_id, search_text(card, (report,))))
            # The case cards carry their next due date, so the deadlines need no refresh.
            tx.leads.add_leads(cards, next_due)
            tx.lead_reports.add_reports(reports)
            tx.lead_deadlines.add_deadlines(deadlines, refresh=False)
            tx.lead_lists.add_index(index)
            tx.audit.append(ctx.actor, "lead.import", "", {
                "rows": len(rows), "source_sha256": source,
                # Numbers count up within each year: the first year's first, the last's last.
                "first": str(reserved[min(reserved)][0]) if reserved else None,
                "last": str(reserved[max(reserved)][-1]) if reserved else None,
            })
            return assigned

    def check_csv(self, raw: bytes) -> ImportCheck:
        """A dry run of a CSV register (desktop.leads.importer): how many rows are good
        and the file's encoding; ImportRejected lists every problem by line."""
        self._ctx.require(Action.RECORD_LEAD)
        rows, encoding = importer.parse(raw, self._ctx.clock.now())
        return ImportCheck(len(rows), encoding)

    def import_csv(self, raw: bytes) -> list[LeadNumber]:
        """Check the file again and import it, all or nothing, in one transaction; the
        audit names the file by its SHA-256."""
        self._ctx.require(Action.RECORD_LEAD)
        with cycle_collector_paused():  # 10,000s of objects made and kept
            rows, _encoding = importer.parse(raw, self._ctx.clock.now())
            return self.import_leads([(r.lead, r.disposition) for r in rows],
                                     hashlib.sha256(raw).hexdigest())
