"""Printing from the leads register: each print is one transaction that issues the
copy's six-digit number, appends its audit record and renders the PDF (printing/'s
layout, handed in), so a copy number never exists without its record. A print of an
empty month or range issues nothing (NothingToPrint)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from desktop.domain.documents import DocumentKind
from desktop.domain.lead_printables import LeadsRegister, LeadsRegisterRow
from desktop.domain.printables import ClassificationMark, CopyNumber, RepeatReportNotice
from desktop.leads import deadlines as dl
from desktop.leads.context import LeadContext
from desktop.leads.errors import InvalidField, NothingToPrint, Problem
from desktop.leads.reading import repeat_rows
from desktop.policy import Action
from desktop.ports import UnitOfWork


class LeadPrinting:
    def __init__(self, ctx: LeadContext) -> None:
        self._ctx = ctx

    def _require(self, export: bool) -> None:
        self._ctx.require(Action.VIEW_LEAD)
        self._ctx.require(Action.PRINT)
        if export:
            self._ctx.require(Action.EXPORT)

    def _issue(self, tx: UnitOfWork, kind: DocumentKind, subject: str,
               details: dict[str, str | int | bool | None], export: bool) -> CopyNumber:
        ctx = self._ctx
        copy = tx.bags.issue_copy(kind, subject, ctx.clock.now(), ctx.actor)
        tx.audit.append(ctx.actor, "lead.print", subject, {
            "document": kind.value, "copy": str(copy.copy_number), "export": export,
            **details,
        })
        return copy.copy_number

    def leads_register(self, unit_name: str, first_day: date, last_day: date,
                       classification: ClassificationMark,
                       render: Callable[[LeadsRegister], bytes], *,
                       export: bool = False) -> tuple[LeadsRegister, bytes]:
        """The leads first received in [first_day, last_day] (China time), oldest first;
        voided leads stay in the register."""
        self._require(export)
        if last_day < first_day:
            raise InvalidField("last_day", Problem.BAD_FORMAT)
        start = datetime.combine(first_day, time(), dl.CHINA)
        end = datetime.combine(last_day + timedelta(days=1), time(), dl.CHINA)
        with self._ctx.store.transaction() as tx:
            rows = tuple(
                LeadsRegisterRow(row.number, row.first_received_at.astimezone(dl.CHINA).date(),
                                 "" if row.channel is None else row.channel.value,
                                 row.category.value, row.status.value, row.reported_unit,
                                 row.report_count)
                for row in reversed(tx.lead_lists.page(received_from=start, received_before=end,
                                                       limit=1_000_000)))
            if not rows:
                raise NothingToPrint(DocumentKind.LEADS_REGISTER.value)
            copy = self._issue(tx, DocumentKind.LEADS_REGISTER,
                               f"leads:{first_day.isoformat()}..{last_day.isoformat()}",
                               {"rows": len(rows), "classification": str(classification)},
                               export)
            register = LeadsRegister(unit_name, first_day, last_day, rows,
                                     self._ctx.clock.now().astimezone(dl.CHINA), copy,
                                     classification)
            return register, render(register)

    def repeat_report_notice(self, unit_name: str, year: int, month: int,
                             classification: ClassificationMark,
                             render: Callable[[RepeatReportNotice], bytes], *,
                             export: bool = False) -> tuple[RepeatReportNotice, bytes]:
        """The monthly repeat-report notice (Chapter III): lead numbers, pseudonym codes,
        category codes and counts; no identity, no report text, no reported person."""
        self._require(export)
        with self._ctx.store.transaction() as tx:
            rows = repeat_rows(tx, year, month)
            if not rows:
                raise NothingToPrint(DocumentKind.REPEAT_REPORT_NOTICE.value)
            copy = self._issue(tx, DocumentKind.REPEAT_REPORT_NOTICE,
                               f"leads:{year}-{month:02d}",
                               {"rows": len(rows), "classification": str(classification)},
                               export)
            notice = RepeatReportNotice(
                unit_name=unit_name, year=year, month=month, rows=rows, copy_number=copy,
                classification=classification,
                issued_on=self._ctx.clock.now().astimezone(dl.CHINA).date())
            return notice, render(notice)
