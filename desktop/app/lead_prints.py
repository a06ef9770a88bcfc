"""The leads register's printed documents for one session: desktop.app.prints.Prints
(copies, print and export audit, what may leave as a file) extended with the
documents about leads. Each copy is issued, audited and rendered by the leads
service in one transaction (desktop.leads.printing)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.app.prints import Document, IssuedCopy, Prints, Renderers
from desktop.domain.documents import DocumentKind
from desktop.domain.printables import ClassificationLevel, ClassificationMark

if TYPE_CHECKING:
    from desktop.bags.service import BagService
    from desktop.domain.printables import RepeatReportNotice
    from desktop.leads.service import LeadService
    from desktop.vault.session import Session

# What a print is marked with unless the clerk chooses otherwise (GB/T 9704).
DEFAULT_CLASSIFICATION = ClassificationMark(ClassificationLevel.CONFIDENTIAL, 20)


@dataclass(frozen=True)
class LeadDocument(Document):
    """A document about leads: the month it covers and the mark chosen for it."""

    year: int = 0
    month: int = 0
    classification: ClassificationMark = DEFAULT_CLASSIFICATION


@dataclass(frozen=True)
class LeadRenderers:
    """printing/'s layouts for the leads documents, handed in by the composition root."""

    repeat_report_notice: Callable[[RepeatReportNotice], bytes]


class LeadPrints(Prints):
    def __init__(
        self,
        session: Session,
        bags: Callable[[], BagService],
        renderers: Renderers,
        after_record: Callable[[], None],
        leads: Callable[[], LeadService],
        unit_name: Callable[[], str],
    ) -> None:
        super().__init__(session, bags, renderers, after_record)
        self._leads = leads
        self._unit_name = unit_name
        if renderers.leads is None:
            raise ValueError("the leads documents need their renderers")
        self._lead_render: LeadRenderers = renderers.leads

    def repeat_report_notice(self, year: int, month: int,
                             classification: ClassificationMark | None = None) -> Document:
        return LeadDocument(DocumentKind.REPEAT_REPORT_NOTICE, f"leads:{year}-{month:02d}",
                            year=year, month=month,
                            classification=classification or DEFAULT_CLASSIFICATION)

    def _issue(self, document: Document, *, export: bool) -> IssuedCopy:
        if not isinstance(document, LeadDocument):
            return super()._issue(document, export=export)
        if document.kind is DocumentKind.REPEAT_REPORT_NOTICE:
            notice, pdf = self._leads().print_repeat_report_notice(
                self._unit_name(), document.year, document.month, document.classification,
                self._lead_render.repeat_report_notice, export=export)
            self._after_record()
            return IssuedCopy(str(notice.copy_number), pdf)
        raise ValueError(f"no copies of {document.kind.value} are issued here")
