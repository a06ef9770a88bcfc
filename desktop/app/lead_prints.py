"""The leads register's printed documents for one session: desktop.app.prints.Prints
(copies, print and export audit, what may leave as a file) extended with the
documents about leads. Each copy is issued, audited and rendered by the leads
service in one transaction (desktop.leads.printing)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop.app.prints import Document, IssuedCopy, Prints, Renderers
from desktop.domain.documents import DocumentKind
from desktop.domain.printables import ClassificationLevel, ClassificationMark
from desktop.leads.errors import NothingToPrint

if TYPE_CHECKING:
    from desktop.bags.service import BagService
    from desktop.domain.lead_printables import LeadsRegister
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
    first_day: date | None = None
    last_day: date | None = None
    classification: ClassificationMark = DEFAULT_CLASSIFICATION


@dataclass(frozen=True)
class LeadRenderers:
    """printing/'s layouts for the leads documents, handed in by the composition root."""

    repeat_report_notice: Callable[[RepeatReportNotice], bytes]
    leads_register: Callable[[LeadsRegister], bytes]


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

    def leads_register(self, first_day: date, last_day: date,
                       classification: ClassificationMark | None = None) -> Document:
        return LeadDocument(DocumentKind.LEADS_REGISTER,
                            f"leads:{first_day.isoformat()}..{last_day.isoformat()}",
                            first_day=first_day, last_day=last_day,
                            classification=classification or DEFAULT_CLASSIFICATION)

    def bag_register_of_year(self, year: int,
                             classification: ClassificationMark | None = None) -> Document:
        return LeadDocument(DocumentKind.BAG_REGISTER, f"bags:{year}", year=year,
                            classification=classification or DEFAULT_CLASSIFICATION)

    def _issue(self, document: Document, *, export: bool) -> IssuedCopy:
        if not isinstance(document, LeadDocument):
            return super()._issue(document, export=export)
        mark = document.classification
        if document.kind is DocumentKind.BAG_REGISTER:
            if not any(b.bag.number.year == document.year for b in self._bags().list_bags()):
                raise NothingToPrint(DocumentKind.BAG_REGISTER.value)
            register, pdf = self._bags().print_register(
                self._render.register, document.year, mark, export=export)
            return IssuedCopy(str(register.copy_number), pdf)
        if document.kind is DocumentKind.LEADS_REGISTER:
            if document.first_day is None or document.last_day is None:
                raise ValueError("a leads register needs its days")
            leads, pdf = self._leads().print_leads_register(
                self._unit_name(), document.first_day, document.last_day, mark,
                self._lead_render.leads_register, export=export)
            self._after_record()
            return IssuedCopy(str(leads.copy_number), pdf)
        if document.kind is DocumentKind.REPEAT_REPORT_NOTICE:
            notice, pdf = self._leads().print_repeat_report_notice(
                self._unit_name(), document.year, document.month, document.classification,
                self._lead_render.repeat_report_notice, export=export)
            self._after_record()
            return IssuedCopy(str(notice.copy_number), pdf)
        raise ValueError(f"no copies of {document.kind.value} are issued here")
