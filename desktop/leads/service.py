"""The leads register as one user sees it: the one entry point the screens, the CLI
and the benches call (no Qt, no SQL). It composes the use cases by group:

    recording     create, add_report, duplicates (desktop.leads.recording)
    corrections   edit_card, void (desktop.leads.corrections)
    bulk import   import_leads, built from the recording path's pieces (bulk_import);
                  check_import and import_csv for a CSV file (importer)
    reading       lead_id, view, page, search, dashboard, overdue, repeat_report_notice
    identities    view_identity, identities (identity_access)
    attachments   attach, open_attachment, read_attachment
    dispositions  route, request_supplement, supplement_received
    printing      print_repeat_report_notice, print_leads_register (desktop.leads.printing);
                  forms: the forms of one lead (desktop.leads.lead_forms)
    protection    reply, assess_risk, unassessed_reports, plan_protection,
                  request_assistance, assistance_step, open_urgent_assistance,
                  urgent_assistance

Each public method is one database transaction together with its audit record(s).
Audit details hold ids, codes, counts and flags: never an identity, never report
text, never a search query (only its length). A refused identity view is audited too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime

from desktop.domain.lead_printables import LeadsRegister
from desktop.domain.leads import (
    AssistanceRequest,
    AssistanceStep,
    AttachmentId,
    AttachmentInfo,
    CaseCard,
    CaseCardEdit,
    Channel,
    CrimeCategory,
    Deadline,
    Disposition,
    DuplicateCandidate,
    InformantIdentity,
    LeadId,
    LeadNumber,
    LeadRow,
    LeadStatus,
    NewReport,
    ProtectionPlan,
    Reply,
    Report,
    ReportedPerson,
    ReportId,
    RiskAssessment,
    RiskLevel,
)
from desktop.domain.printables import ClassificationMark, CopyNumber, RepeatReportNotice
from desktop.domain.roles import Role
from desktop.domain.users import User
from desktop.leads.attachments import Attachments
from desktop.leads.bulk_import import BulkImport
from desktop.leads.context import LeadContext
from desktop.leads.corrections import Corrections
from desktop.leads.dispositions import Dispositions
from desktop.leads.identity_access import IdentityAccess
from desktop.leads.lead_forms import LeadForms
from desktop.leads.model import Attached, Created, ImportCheck, LeadView, NewLead
from desktop.leads.printing import LeadPrinting
from desktop.leads.protection import Protection
from desktop.leads.reading import LeadQueries
from desktop.leads.recording import Recording
from desktop.policy import Grant
from desktop.ports import Clock, Store


class LeadService:
    """`ik` is the session's identity key (None for staff); `grants` are the verified
    grants of a staff member."""

    def __init__(self, store: Store, clock: Clock, user: User,
                 ik: bytes | bytearray | None, grants: Iterable[Grant] = (),
                 overdue: Callable[[], bool] = lambda: False) -> None:
        self._ctx = ctx = LeadContext(store, clock, user, ik, grants, overdue)
        self._recording = Recording(ctx)
        self._corrections = Corrections(ctx)
        self._import = BulkImport(ctx)
        self._queries = LeadQueries(ctx)
        self._identities = IdentityAccess(ctx)
        self._attachments = Attachments(ctx)
        self._dispositions = Dispositions(ctx)
        self._protection = Protection(ctx)
        self._printing = LeadPrinting(ctx)
        self._forms = LeadForms(ctx)

    @property
    def actor(self) -> str:
        return self._ctx.actor

    @property
    def role(self) -> Role:
        return self._ctx.role

    def may_view_identity(self) -> bool:
        return self._ctx.may_view_identity()

    # ------------------------------------------------------------ recording
    def create(self, lead: NewLead) -> Created:
        return self._recording.create(lead)

    def import_leads(self, rows: list[tuple[NewLead, Disposition | None]], source: str
                     ) -> list[LeadNumber]:
        """Leads already checked by desktop.leads.importer, in one transaction (all or
        nothing) with bulk inserts. A row with a disposition was decided before the import:
        its disposition deadline counts as met and no reply deadline is opened."""
        return self._import.import_leads(rows, source)

    def check_import(self, raw: bytes) -> ImportCheck:
        return self._import.check_csv(raw)

    def import_csv(self, raw: bytes) -> list[LeadNumber]:
        return self._import.import_csv(raw)

    def add_report(self, lead_id: LeadId, report: NewReport, new_content: bool) -> Report:
        return self._recording.add_report(lead_id, report, new_content)

    def duplicates(self, persons: Iterable[ReportedPerson]) -> list[DuplicateCandidate]:
        return self._recording.duplicates(persons)

    def edit_card(self, lead_id: LeadId, edit: CaseCardEdit) -> CaseCard:
        return self._corrections.edit_card(lead_id, edit)

    def void(self, lead_id: LeadId, reason: str, expected_version: int) -> CaseCard:
        return self._corrections.void(lead_id, reason, expected_version)

    # ------------------------------------------------------------ reading
    def lead_id(self, number: LeadNumber) -> LeadId:
        return self._queries.lead_id(number)

    def view(self, lead_id: LeadId) -> LeadView:
        return self._queries.view(lead_id)

    def page(self, *, before_id: int | None = None, limit: int = 200,
             status: LeadStatus | None = None, category: CrimeCategory | None = None,
             overdue: bool = False, channel: Channel | None = None,
             received_from: date | None = None, received_to: date | None = None,
             ) -> Sequence[LeadRow]:
        return self._queries.page(before_id=before_id, limit=limit, status=status,
                                  category=category, overdue=overdue, channel=channel,
                                  received_from=received_from, received_to=received_to)

    def search(self, query: str, limit: int = 500) -> list[LeadRow]:
        return self._queries.search(query, limit)

    def dashboard(self, days_ahead: int = 7) -> dict[str, dict[str, int]]:
        return self._queries.dashboard(days_ahead)

    def overdue(self) -> list[LeadRow]:
        return self._queries.overdue()

    def repeat_report_notice(self, unit_name: str, year: int, month: int,
                             copy_number: CopyNumber, classification: ClassificationMark,
                             issued_on: date) -> RepeatReportNotice:
        return self._queries.repeat_report_notice(unit_name, year, month, copy_number,
                                                  classification, issued_on)

    # ------------------------------------------------------------ printing
    def print_repeat_report_notice(
        self, unit_name: str, year: int, month: int, classification: ClassificationMark,
        render: Callable[[RepeatReportNotice], bytes], *, export: bool = False,
    ) -> tuple[RepeatReportNotice, bytes]:
        return self._printing.repeat_report_notice(unit_name, year, month, classification,
                                                   render, export=export)

    def print_leads_register(
        self, unit_name: str, first_day: date, last_day: date,
        classification: ClassificationMark, render: Callable[[LeadsRegister], bytes], *,
        export: bool = False,
    ) -> tuple[LeadsRegister, bytes]:
        return self._printing.leads_register(unit_name, first_day, last_day, classification,
                                             render, export=export)

    @property
    def forms(self) -> LeadForms:
        """The forms printed from one lead (rights notice, transcript, items received,
        reply record and letter): desktop.leads.lead_forms."""
        return self._forms

    # ------------------------------------------------------------ identities
    def view_identity(self, report_id: ReportId) -> InformantIdentity:
        return self._identities.view_identity(report_id)

    def identities(self, number: LeadNumber) -> dict[ReportId, InformantIdentity]:
        return self._identities.identities(number)

    # ------------------------------------------------------------ attachments
    def attach(self, lead_id: LeadId, file_name: str, content: bytes,
               report_id: ReportId | None = None) -> Attached:
        return self._attachments.attach(lead_id, file_name, content, report_id)

    def open_attachment(self, attachment_id: AttachmentId) -> tuple[AttachmentInfo, bytearray]:
        return self._attachments.open_attachment(attachment_id)

    def read_attachment(
        self, attachment_id: AttachmentId,
        sink_for: Callable[[AttachmentInfo], Callable[[bytes], None]],
    ) -> AttachmentInfo:
        return self._attachments.read_attachment(attachment_id, sink_for)

    # ------------------------------------------------------------ dispositions
    def route(self, lead_id: LeadId, disposition: Disposition, target: str, reason: str,
              expected_version: int) -> CaseCard:
        return self._dispositions.route(lead_id, disposition, target, reason,
                                        expected_version)

    def request_supplement(self, lead_id: LeadId, asked_at: datetime) -> Deadline:
        return self._dispositions.request_supplement(lead_id, asked_at)

    def supplement_received(self, lead_id: LeadId) -> int:
        return self._dispositions.supplement_received(lead_id)

    # ------------------------------------------------------------ replies, protection
    def reply(self, reply: Reply) -> None:
        self._protection.reply(reply)

    def assess_risk(self, lead_id: LeadId, report_id: ReportId, level: RiskLevel,
                    factors: tuple[str, ...], note: str = "") -> RiskAssessment:
        return self._protection.assess_risk(lead_id, report_id, level, factors, note)

    def unassessed_reports(self) -> list[tuple[LeadId, ReportId]]:
        return self._protection.unassessed_reports()

    def plan_protection(self, lead_id: LeadId, measures: tuple[str, ...], responsible: str,
                        review_on: date) -> ProtectionPlan:
        return self._protection.plan_protection(lead_id, measures, responsible, review_on)

    def request_assistance(self, lead_id: LeadId, urgent: bool, summary: str,
                           received_at: datetime) -> AssistanceRequest:
        return self._protection.request_assistance(lead_id, urgent, summary, received_at)

    def assistance_step(self, request_id: int, step: AssistanceStep, at: datetime
                        ) -> AssistanceRequest:
        return self._protection.assistance_step(request_id, step, at)

    def open_urgent_assistance(self) -> list[AssistanceRequest]:
        return self._protection.open_urgent_assistance()

    def urgent_assistance(self) -> list[tuple[LeadNumber, AssistanceRequest]]:
        return self._protection.urgent_assistance()
