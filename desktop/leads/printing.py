"""Printing from the leads register: each print is one transaction that issues the
copy's six-digit number, appends its audit record and renders the PDF (printing/'s
layout, handed in), so a copy number never exists without its record. A print of an
empty month or range issues nothing (NothingToPrint)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from desktop.domain.documents import DocumentKind
from desktop.domain.printables import ClassificationMark, CopyNumber, RepeatReportNotice
from desktop.leads import deadlines as dl
from desktop.leads.context import LeadContext
from desktop.leads.errors import NothingToPrint
from desktop.leads.reading import repeat_rows
from desktop.policy import Action
from desktop.ports import UnitOfWork

T = TypeVar("T")


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
