"""The leads register's printed documents for one session: desktop.app.prints.Prints
(copies, print and export audit, what may leave as a file) extended with the
documents about leads. Each copy is issued, audited and rendered by the leads
service in one transaction (desktop.leads.printing)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop.app.prints import Document, IssuedCopy, Prints
from desktop.app.renderers import LeadRenderers, Renderers
from desktop.domain.documents import DocumentKind
from desktop.domain.leads import LeadId, ReportId
from desktop.domain.printables import ClassificationLevel, ClassificationMark
from desktop.leads.errors import NothingToPrint

if TYPE_CHECKING:
    from desktop.bags.service import BagService
    from desktop.leads.service import LeadService
    from desktop.ports import Clock
    from desktop.vault.session import Session

_FORMS = frozenset({DocumentKind.RIGHTS_NOTICE, DocumentKind.VISIT_TRANSCRIPT,
                    DocumentKind.ITEMS_RECEIVED, DocumentKind.REPLY_RECORD,
                    DocumentKind.REPLY_LETTER, DocumentKind.ENVELOPE_LABEL,
                    DocumentKind.INVESTIGATION_ASSIGNMENT})
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
    lead_id: int = 0
    report_id: int = 0
    index: int = 0  # which reply of its form (oral replies, letters) the document prints
    texts: tuple[str, ...] = ()  # what the clerk typed for it (envelope, assignment)
    days: tuple[date, ...] = ()


class LeadPrints(Prints):
    def __init__(
        self,
        session: Session,
        bags: Callable[[], BagService],
        renderers: Renderers,
        after_record: Callable[[], None],
        leads: Callable[[], LeadService],
        unit_name: Callable[[], str],
        clock: Clock | None = None,
    ) -> None:
        super().__init__(session, bags, renderers, after_record, clock=clock)
        self._leads = leads
        self._unit_name = unit_name
        self._lead_renderers = renderers.leads  # None: a workstation without lead prints

    @property
    def _lead_render(self) -> LeadRenderers:
        if self._lead_renderers is None:
            raise ValueError("the leads documents need their renderers")
        return self._lead_renderers

    def default_classification(self) -> ClassificationMark:
        """The chief's default mark for prints (settings), 机密★20年 unless set."""
        from desktop.app.settings import PRINT_CLASSIFICATION_SETTING, classification_from

        with self._session.store.reading() as tx:
            return classification_from(tx.settings.get(PRINT_CLASSIFICATION_SETTING))

    def repeat_report_notice(self, year: int, month: int,
                             classification: ClassificationMark | None = None) -> Document:
        return LeadDocument(DocumentKind.REPEAT_REPORT_NOTICE, f"leads:{year}-{month:02d}",
                            year=year, month=month,
                            classification=classification or self.default_classification())

    def leads_register(self, first_day: date, last_day: date,
                       classification: ClassificationMark | None = None) -> Document:
        return LeadDocument(DocumentKind.LEADS_REGISTER,
                            f"leads:{first_day.isoformat()}..{last_day.isoformat()}",
                            first_day=first_day, last_day=last_day,
                            classification=classification or self.default_classification())

    def bag_register_of_year(self, year: int,
                             classification: ClassificationMark | None = None) -> Document:
        return LeadDocument(DocumentKind.BAG_REGISTER, f"bags:{year}", year=year,
                            classification=classification or self.default_classification())

    def lead_form(self, kind: DocumentKind, lead_id: int, report_id: int = 0, index: int = 0,
                  classification: ClassificationMark | None = None,
                  texts: tuple[str, ...] = (), days: tuple[date, ...] = ()) -> Document:
        """A form printed from one lead: RIGHTS_NOTICE, VISIT_TRANSCRIPT, ITEMS_RECEIVED
        and ENVELOPE_LABEL (texts: recipient postcode, return address, return postcode)
        of a report; REPLY_RECORD and REPLY_LETTER of the lead's `index`-th oral reply
        or letter; INVESTIGATION_ASSIGNMENT (texts: department, assignee, task,
        approved by; days: due on, approved on)."""
        if kind not in _FORMS:
            raise ValueError(f"{kind.value} is not a form of a lead")
        return LeadDocument(kind, f"lead:{lead_id}", lead_id=lead_id, report_id=report_id,
                            index=index,
                            classification=classification or self.default_classification(),
                            texts=texts, days=days)

    def _form(self, document: LeadDocument, export: bool) -> IssuedCopy:
        forms, render, unit = self._leads().forms, self._lead_render, self._unit_name()
        mark, kind = document.classification, document.kind
        report, lead = ReportId(document.report_id), LeadId(document.lead_id)
        printed: tuple[object, bytes]
        if kind is DocumentKind.RIGHTS_NOTICE:
            printed = forms.rights_notice(unit, report, mark, render.rights_notice,
                                          export=export)
        elif kind is DocumentKind.VISIT_TRANSCRIPT:
            printed = forms.visit_transcript(unit, report, mark, render.visit_transcript,
                                             export=export)
        elif kind is DocumentKind.ITEMS_RECEIVED:
            printed = forms.items_received(unit, report, mark, render.items_received,
                                           export=export)
        elif kind is DocumentKind.ENVELOPE_LABEL:
            postcode, address, return_postcode = (*document.texts, "", "", "")[:3]
            printed = forms.envelope_label(report, postcode, address, return_postcode,
                                           render.envelope_label, export=export)
        elif kind is DocumentKind.INVESTIGATION_ASSIGNMENT:
            department, assignee, task, approved_by = (*document.texts, "", "", "", "")[:4]
            if len(document.days) != 2:
                raise ValueError("an assignment needs its due and approval days")
            printed = forms.investigation_assignment(
                unit, lead, department, assignee, task, document.days[0], approved_by,
                document.days[1], mark, render.investigation_assignment, export=export)
        elif kind is DocumentKind.REPLY_RECORD:
            printed = forms.reply_record(unit, lead, document.index, mark,
                                         render.reply_record, export=export)
        else:
            printed = forms.reply_letter(unit, lead, document.index, mark,
                                         render.reply_letter, export=export)
        self._after_record()
        sheet, pdf = printed
        return IssuedCopy(str(getattr(sheet, "copy_number", "")), pdf)

    def _issue(self, document: Document, *, export: bool) -> IssuedCopy:
        if not isinstance(document, LeadDocument):
            return super()._issue(document, export=export)
        if document.kind in _FORMS:
            return self._form(document, export)
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
