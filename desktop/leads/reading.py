"""Reading the register: the list (keyset pages), search, one lead's view, the
dashboard counts and the monthly repeat-report notice. Opening the list, a search, a
view and a notice are audited; scrolling on and the dashboard are not."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from desktop.domain.audit import lead_subject
from desktop.domain.leads import (
    Channel,
    CrimeCategory,
    LeadId,
    LeadNumber,
    LeadRow,
    LeadStatus,
)
from desktop.domain.printables import (
    ClassificationMark,
    CopyNumber,
    RepeatReportNotice,
    RepeatReportRow,
)
from desktop.leads import deadlines as dl
from desktop.leads import validators
from desktop.leads.context import LeadContext
from desktop.leads.model import LeadView
from desktop.policy import Action
from desktop.ports import UnitOfWork


def _china_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), dl.CHINA)


def repeat_rows(tx: UnitOfWork, year: int, month: int) -> tuple[RepeatReportRow, ...]:
    """The leads reported again in that month (China time), for the notice."""
    start = datetime(year, month, 1, tzinfo=dl.CHINA)
    end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=dl.CHINA)
    return tuple(
        RepeatReportRow(lead_number=number, pseudonym_code=code, category=category,
                        department=department, reports_this_month=this_month,
                        reports_total=total, latest_on=latest, new_content=new)
        for number, code, category, department, this_month, total, latest, new
        in tx.lead_lists.repeat_rows(start, end)
    )


class LeadQueries:
    def __init__(self, ctx: LeadContext) -> None:
        self._ctx = ctx

    def lead_id(self, number: LeadNumber) -> LeadId:
        self._ctx.require(Action.VIEW_LEAD)
        with self._ctx.store.reading() as tx:
            return tx.leads.by_number(number).id

    def view(self, lead_id: LeadId) -> LeadView:
        self._ctx.require(Action.VIEW_LEAD, lead_id)
        with self._ctx.store.transaction() as tx:
            card = tx.leads.get(lead_id)
            view = LeadView(
                card=card, reports=tuple(tx.lead_reports.reports(lead_id)),
                attachments=tuple(tx.lead_attachments.attachments(lead_id)),
                routing=tuple(tx.lead_routing.routing(lead_id)),
                replies=tuple(tx.lead_protection.replies(lead_id)),
                risks=tuple(tx.lead_protection.risks(lead_id)),
                plans=tuple(tx.lead_protection.plans(lead_id)),
                assistance=tuple(tx.lead_protection.assistance(lead_id)),
                deadlines=tuple(tx.lead_deadlines.deadlines(lead_id)),
                changes=tuple(tx.leads.changes(lead_id)),
            )
            tx.audit.append(self._ctx.actor, "lead.view", lead_subject(lead_id),
                            {"number": str(card.number)})
            return view

    def page(self, *, before_id: int | None = None, limit: int = 200,
             status: LeadStatus | None = None, category: CrimeCategory | None = None,
             overdue: bool = False, channel: Channel | None = None,
             received_from: date | None = None, received_to: date | None = None,
             ) -> Sequence[LeadRow]:
        """A page of the list, newest first (keyset paging: before_id = last row's id).
        channel: of the first report; received_from/received_to: days (inclusive, China
        time) of the first report. Opening the list (the first page) is audited;
        scrolling on is not."""
        self._ctx.require(Action.VIEW_LEAD)
        start = None if received_from is None else _china_midnight(received_from)
        end = None if received_to is None else _china_midnight(received_to + timedelta(days=1))
        overdue_at = self._ctx.clock.now() if overdue else None
        if before_id is not None:
            with self._ctx.store.reading() as tx:
                return tx.lead_lists.page(before_id=before_id, limit=limit, status=status,
                                          category=category, channel=channel,
                                          overdue_at=overdue_at, received_from=start,
                                          received_before=end)
        with self._ctx.store.transaction() as tx:
            rows = tx.lead_lists.page(limit=limit, status=status, category=category,
                                      channel=channel, overdue_at=overdue_at,
                                      received_from=start, received_before=end)
            tx.audit.append(self._ctx.actor, "lead.list", "", {
                "overdue": overdue, "status": None if status is None else status.value,
                "category": None if category is None else category.value,
                "channel": None if channel is None else channel.value,
                "received_from": None if received_from is None else received_from.isoformat(),
                "received_to": None if received_to is None else received_to.isoformat(),
                "rows": len(rows),
            })
            return rows

    def search(self, query: str, limit: int = 500) -> list[LeadRow]:
        """Case cards and report text (never identities). The audit keeps the query's
        length and term count only: a query may well be a name."""
        self._ctx.require(Action.VIEW_LEAD)
        validators.check_text("query", query, validators.MEDIUM)
        with self._ctx.store.transaction() as tx:
            rows = tx.lead_lists.search(query, limit)
            tx.audit.append(self._ctx.actor, "lead.search", "", {
                "query_length": len(query), "terms": len(query.split()), "results": len(rows),
            })
            return rows

    def dashboard(self, days_ahead: int = 7) -> dict[str, dict[str, int]]:
        """Counts for the dashboard charts: leads by status, category and report channel;
        open deadlines by rule, overdue and due within `days_ahead` days. Codes only."""
        self._ctx.require(Action.VIEW_LEAD)
        now = self._ctx.clock.now()
        with self._ctx.store.reading() as tx:
            return tx.lead_lists.counts(now, now + timedelta(days=days_ahead))

    def overdue(self) -> list[LeadRow]:
        return list(self.page(overdue=True, limit=100_000))

    def repeat_report_notice(self, unit_name: str, year: int, month: int,
                             copy_number: CopyNumber, classification: ClassificationMark,
                             issued_on: date) -> RepeatReportNotice:
        """The monthly repeat-report notice to the departments (Chapter III) as data for
        printing/: lead numbers, pseudonym codes, category codes, counts; no identity,
        no report text, no reported person. `category` holds the code (ui/ and
        printing/ own the Chinese label)."""
        self._ctx.require(Action.VIEW_LEAD)
        with self._ctx.store.transaction() as tx:
            rows = repeat_rows(tx, year, month)
            tx.audit.append(self._ctx.actor, "lead.notice.repeat", "", {
                "year": year, "month": month, "rows": len(rows),
                "copy": str(copy_number),
            })
        return RepeatReportNotice(unit_name=unit_name, year=year, month=month, rows=rows,
                                  copy_number=copy_number, classification=classification,
                                  issued_on=issued_on)
