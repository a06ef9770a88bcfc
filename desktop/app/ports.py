"""The seam: what ui/ (and tests) may call, as Protocols, one per subject.

desktop.bootstrap builds the real (or demo) implementations (desktop.app.*)
from the card layer, the vault, db and printing; ui/ sees only these names,
so it never imports db or printing and can be driven by tests.

An unlocked session hands out one port per subject — leads, bags, prints,
audit, settings, drafts, cards. Every audited act is a method here (lock,
print, export, discard a copy …): ui/ never names an audit action.

Threading: every method that talks to a card, the database or runs Argon2id
blocks; the GUI calls them off the GUI thread. Card events may arrive on any
thread; the GUI marshals them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop.app.audit_facts import AuditCheck, AuditEntry, AuditPage, CheckpointFacts
from desktop.app.facts import (
    CardEvent,
    CardHolder,
    DemoCard,
    EnrolledUser,
    Progress,
    UnitInfo,
)
from desktop.domain.audit_query import AuditFilter, PageAt

if TYPE_CHECKING:  # type names only: the stacks behind them load when first used
    from datetime import date, datetime

    from desktop.app.about import AboutFacts
    from desktop.app.approvals import RequestFacts
    from desktop.app.print_spool import JobDone, PrinterCheck
    from desktop.app.prints import Document, IssuedCopy
    from desktop.app.restoring import RestorePort
    from desktop.app.settings import DeadlineSetting, WorkYear
    from desktop.app.setup_wizard import SetupBackend
    from desktop.app.users import UserRow
    from desktop.backup.manifest import Manifest
    from desktop.backup.service import BackupResult, BackupStatus
    from desktop.bags.scanning import ScanOutcome
    from desktop.bags.unsealing import UnsealingCheck, UnsealingRequest
    from desktop.domain.bag_records import PrintedCopy, StoredBag, StoredEvent
    from desktop.domain.bags import BagState
    from desktop.domain.confidential_number import ConfidentialNumber
    from desktop.domain.documents import DocumentKind
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
    from desktop.domain.printables import ClassificationMark
    from desktop.domain.roles import Role
    from desktop.leads.model import Attached, Created, ImportCheck, LeadView, NewLead
    from desktop.vault.enrollment import Approval
    from desktop.vault.prepared_card import PreparedCard


class CardWatch(Protocol):
    def start(self, on_event: Callable[[CardEvent], None]) -> None:
        """Report current cards as INSERTED, then every change, until stop()."""
        ...

    def stop(self) -> None: ...


class LeadsPort(Protocol):
    """The leads register as the screens use it (desktop.leads.service.LeadService;
    docs/LEADS-API.md). Every call is one transaction with its audit record."""

    def may_view_identity(self) -> bool: ...

    def page(
        self,
        *,
        before_id: int | None = None,
        limit: int = 200,
        status: LeadStatus | None = None,
        category: CrimeCategory | None = None,
        overdue: bool = False,
        channel: Channel | None = None,
        received_from: date | None = None,
        received_to: date | None = None,
    ) -> Sequence[LeadRow]: ...

    def search(self, query: str, limit: int = 500) -> list[LeadRow]: ...

    def view(self, lead_id: LeadId) -> LeadView: ...

    def identities(self, number: LeadNumber) -> dict[ReportId, InformantIdentity]: ...

    def create(self, lead: NewLead) -> Created: ...

    def check_import(self, raw: bytes) -> ImportCheck:
        """A dry run of a CSV register; ImportRejected lists every problem by line."""
        ...

    def import_csv(self, raw: bytes) -> list[LeadNumber]:
        """All or nothing, in one transaction (ImportRejected: nothing imported)."""
        ...

    def add_report(self, lead_id: LeadId, report: NewReport, new_content: bool) -> Report:
        """A repeat report joins an existing lead: one more report event, counted, with
        its own reply deadline when real-name."""
        ...

    def duplicates(self, persons: Iterable[ReportedPerson]) -> list[DuplicateCandidate]: ...

    def edit_card(self, lead_id: LeadId, edit: CaseCardEdit) -> CaseCard:
        """A correction with its reason; EditConflict when someone saved it meanwhile."""
        ...

    def void(self, lead_id: LeadId, reason: str, expected_version: int) -> CaseCard:
        """The lead was recorded in error: kept, marked void with the reason."""
        ...

    def reply(self, reply: Reply) -> None:
        """An oral reply, a reply letter or "unreachable": the reply deadline is met."""
        ...

    def request_supplement(self, lead_id: LeadId, asked_at: datetime) -> Deadline:
        """Art 18: the informant was asked for more; the answer is due (a deadline)."""
        ...

    def supplement_received(self, lead_id: LeadId) -> int: ...

    def assess_risk(self, lead_id: LeadId, report_id: ReportId, level: RiskLevel,
                    factors: tuple[str, ...], note: str = "") -> RiskAssessment: ...

    def plan_protection(self, lead_id: LeadId, measures: tuple[str, ...], responsible: str,
                        review_on: date) -> ProtectionPlan: ...

    def request_assistance(self, lead_id: LeadId, urgent: bool, summary: str,
                           received_at: datetime) -> AssistanceRequest:
        """Art 62: an informant asks for help; the urgent path is shown to every
        keyholder until the police have acted."""
        ...

    def assistance_step(self, request_id: int, step: AssistanceStep, at: datetime
                        ) -> AssistanceRequest:
        """AssistanceStepOutOfOrder when an earlier step is missing."""
        ...

    def open_urgent_assistance(self) -> list[AssistanceRequest]: ...

    def urgent_assistance(self) -> list[tuple[LeadNumber, AssistanceRequest]]:
        """Urgent requests the police have not acted on yet, with their lead numbers."""
        ...

    def attach(
        self, lead_id: LeadId, file_name: str, content: bytes, report_id: ReportId | None = None
    ) -> Attached: ...

    def open_attachment(self, attachment_id: AttachmentId) -> tuple[AttachmentInfo, bytearray]: ...

    def read_attachment(
        self, attachment_id: AttachmentId,
        sink_for: Callable[[AttachmentInfo], Callable[[bytes], None]],
    ) -> AttachmentInfo:
        """The file a chunk at a time into ``sink_for(info)`` (audited)."""
        ...

    def route(
        self,
        lead_id: LeadId,
        disposition: Disposition,
        target: str,
        reason: str,
        expected_version: int,
    ) -> CaseCard: ...

    def dashboard(self, days_ahead: int = 7) -> dict[str, dict[str, int]]: ...

    def overdue(self) -> list[LeadRow]: ...


class BagsPort(Protocol):
    """The confidential bags (desktop.bags.service.BagService; docs/BAGS-API.md).
    Printing goes through PrintsPort. Each change is one transaction with its audit."""

    def get(self, number: ConfidentialNumber) -> StoredBag: ...

    def list_bags(self, states: Iterable[BagState] | None = None) -> list[StoredBag]: ...

    def awaiting_unsealing(self) -> list[StoredBag]: ...

    def events(self, number: ConfidentialNumber) -> list[StoredEvent]: ...

    def copies(self, number: ConfidentialNumber) -> list[PrintedCopy]: ...

    def create(
        self, leads: Iterable[str] = (), items: int = 0, pages: int = 0, recipient: str = ...
    ) -> StoredBag: ...

    def add_lead(self, number: ConfidentialNumber, lead_number: str) -> StoredBag: ...

    def add_material(self, number: ConfidentialNumber, items: int, pages: int) -> StoredBag: ...

    def seal(self, number: ConfidentialNumber) -> StoredBag: ...

    def hand_over(self, number: ConfidentialNumber, receiver: str) -> StoredBag: ...

    def reseal(self, number: ConfidentialNumber) -> StoredBag: ...

    def return_to_sender(self, number: ConfidentialNumber) -> StoredBag: ...

    def void(self, number: ConfidentialNumber, reason: str) -> StoredBag: ...

    def prepare_unsealing(self, number: ConfidentialNumber) -> UnsealingRequest: ...

    def unseal(self, number: ConfidentialNumber, approval: Approval) -> StoredBag: ...

    def verify_unsealings(self) -> list[UnsealingCheck]: ...

    def open_scanned(self, text: str) -> ScanOutcome: ...


class PrintsPort(Protocol):
    """Printed documents: every copy has its own copy number and audit record.
    What may leave the machine as a file is decided here, not by the screen."""

    def cover_sheet(self, number: ConfidentialNumber) -> Document: ...

    def bag_labels(self, number: ConfidentialNumber) -> Document: ...

    def seal_labels(self, number: ConfidentialNumber) -> Document: ...

    def bag_register(self) -> Document: ...

    def repeat_report_notice(self, year: int, month: int,
                             classification: ClassificationMark | None = None) -> Document:
        """The month's repeat-report notice to the departments (no identity)."""
        ...

    def default_classification(self) -> ClassificationMark:
        """The mark a print gets unless chosen otherwise (the chief's setting)."""
        ...

    def leads_register(self, first_day: date, last_day: date,
                       classification: ClassificationMark | None = None) -> Document:
        """The leads first received in those days (inclusive), one line each."""
        ...

    def lead_form(self, kind: DocumentKind, lead_id: int, report_id: int = 0, index: int = 0,
                  classification: ClassificationMark | None = None,
                  texts: tuple[str, ...] = (), days: tuple[date, ...] = ()) -> Document:
        """A form printed from one lead (desktop.app.lead_prints.LeadPrints.lead_form)."""
        ...

    def bag_register_of_year(self, year: int,
                             classification: ClassificationMark | None = None) -> Document:
        """The bags whose numbers were issued in ``year``."""
        ...

    def issue(self, document: Document) -> IssuedCopy:
        """A new copy (new copy number, audited as printed) for preview or printer."""
        ...

    def check_printer(self, document: Document, printer: str) -> PrinterCheck:
        """Before any copy is issued for ``printer`` (a print-system queue). Raises
        a desktop.app.print_spool.PrintRefused (audited): print system down, no such
        printer, printer stopped, or a spool that keeps job files or history when the
        document names an informant."""
        ...

    def send(
        self, document: Document, copies: Sequence[IssuedCopy], printer: str
    ) -> list[JobDone]:
        """Print each copy from memory as its own job, wait, confirm the spool kept
        nothing; audited. Raises JobNotPrinted, PrintSystemDown or SpoolNotClean."""
        ...

    def printed(self, document: Document, copies: Sequence[str], printer: str) -> None: ...

    def print_failed(self, document: Document, copies: Sequence[str], printer: str) -> None: ...

    def discard(self, document: Document, copy: str) -> None:
        """An issued copy was never used (the preview closed without printing)."""
        ...

    def export(self, document: Document) -> IssuedCopy:
        """A new copy to be written to a file, issued and audited in one transaction.
        Raises NotPermitted (no Action.EXPORT) or ExportRefused (it names an
        informant); both refusals are audited."""
        ...


class AuditPort(Protocol):
    def tail(self, count: int) -> list[AuditEntry]:
        """The newest ``count`` audit records, newest first (chief procurator only)."""
        ...

    def page(self, where: AuditFilter, at: PageAt = PageAt.NEWEST, seq: int = 0,
             size: int = 100) -> AuditPage:
        """A page of the records ``where`` selects, newest first (keyset paging on the
        record number ``seq``: older or newer than it)."""
        ...

    def people(self) -> list[tuple[str, str]]:
        """(audit id, name) of every user ever enrolled."""
        ...

    def subject_of(self, typed: str) -> str:
        """A lead's number as the audit's "lead:N"; other text as typed."""
        ...

    def verify(self, progress: Progress | None = None) -> AuditCheck:
        """Recompute the whole chain (chief procurator only); audited."""
        ...

    def extract(self, where: AuditFilter,
                words: tuple[Callable[[str], str], Callable[[str], str], Callable[[str], str]]
                ) -> bytes:
        """The printed extract (a PDF for the preview; paper only); audited."""
        ...

    def export_extract(
        self, where: AuditFilter,
        words: tuple[Callable[[str], str], Callable[[str], str], Callable[[str], str]],
    ) -> bytes:
        """The extract for a file, only with the chief's approved EXPORT_AUDIT request
        for this selection; ExportNotApproved (audited) otherwise."""
        ...

    def sign_checkpoint(self, reader: str, pin: str) -> CheckpointFacts:
        """The chief's card in ``reader`` signs a checkpoint now, after its PIN."""
        ...

    def last_checkpoint(self) -> CheckpointFacts | None: ...

    def witness_sheet(self, record_seq: int, action_words: Callable[[str], str]) -> bytes:
        """The checkpoint's one-page witness sheet, a PDF (printed, never saved)."""
        ...


class BackupsPort(Protocol):
    """Backups of this vault to removable media (DESIGN §10); every call audited."""

    def create(self, medium: Path, progress: Callable[[str, int, int], None]
               ) -> BackupResult:
        """Into a new folder on ``medium``; progress(stage, done, total bytes)."""
        ...

    def verify(self, folder: Path, progress: Callable[[str, int, int], None]) -> Manifest: ...

    def status(self) -> BackupStatus: ...

    def set_reminder_days(self, days: int) -> None:
        """The chief procurator's setting (NotPermitted otherwise)."""
        ...


class UsersPort(Protocol):
    """The chief procurator's Users page; anyone's own password."""

    def listed(self) -> list[UserRow]: ...

    def remove(self, name: str, pin: str, password: str) -> int:
        """With the chief's own card; renews the keys. LastChief / LastClerk refused."""
        ...

    def enrol(self, name: str, role: Role, reader: str, password: str, pin: str,
              chief_pin: str) -> str:
        """The prepared card in ``reader``, signed in by the chief's card; its serial."""
        ...

    def replace_card(self, name: str, reader: str, password: str, pin: str, chief_pin: str,
                     chief_password: str) -> int:
        """A lost card replaced by the one in ``reader``; the keys are renewed."""
        ...

    def check_new_card(self, action: str, name: str, reader: str) -> str:
        """One reader: the card now in ``reader`` may be enrolled (no PIN); its serial."""
        ...

    def prepare(self, action: str, name: str, role: Role, reader: str, password: str,
                pin: str) -> PreparedCard:
        """One reader, phase 1: the new card's PIN and the user's password."""
        ...

    def own_card_back(self) -> None:
        """The session's own card is back in its reader (else NotYourCard)."""
        ...

    def finish_enrolment(self, prepared: PreparedCard, chief_pin: str) -> str:
        """Phases 2 and 3 with the chief's own card back; the new card's serial."""
        ...

    def finish_replacement(self, prepared: PreparedCard, chief_pin: str,
                           chief_password: str) -> int: ...

    def abandon(self, prepared: PreparedCard) -> None:
        """Wipe what phase 1 derived."""
        ...

    def change_own_password(self, pin: str, old_password: str, new_password: str) -> None: ...

    def enrolment_record(self, name: str) -> bytes:
        """The user's enrolment record, one page (PDF bytes, from memory)."""
        ...

    def unblock_pin(self, reader: str, admin_pin: str, new_pin: str) -> str: ...

    def readers(self) -> list[str]: ...


class SettingsPort(Protocol):
    def idle_timeout_seconds(self) -> int: ...

    def set_idle_timeout_seconds(self, seconds: int) -> None:
        """Only the chief procurator (raises NotPermitted otherwise); audited."""
        ...

    def work_year(self, year: int) -> WorkYear:
        """The holidays and exchanged workdays in force for ``year``."""
        ...

    def work_years_to_set(self) -> tuple[int, ...]:
        """This year (and from December the next) if nobody has its holidays: the
        library does not know it and the chief has not set it."""
        ...

    def set_work_year(self, year: int, holidays: str, workdays: str) -> WorkYear:
        """The chief's days for ``year`` (replacing the library's); audited.
        InvalidField for a malformed, foreign or duplicate date."""
        ...

    def deadlines(self) -> list[DeadlineSetting]: ...

    def set_deadline(self, code: str, amount: int, unit: str) -> None:
        """Only a rule the Provisions leave open; the chief only; audited."""
        ...

    def discipline_department(self) -> str: ...

    def print_classification(self) -> ClassificationMark: ...

    def set_print_classification(self, mark: ClassificationMark) -> None:
        """The chief only; audited."""
        ...

    def set_discipline_department(self, name: str) -> None: ...


class DraftsPort(Protocol):
    def save(self, form_kind: str, payload: bytes) -> None:
        """Keep a half-filled form encrypted in the vault (replaces an older one)."""
        ...

    def take(self, form_kind: str) -> bytes | None:
        """The saved draft of that form, removed from the vault; None if there is none."""
        ...


class CardsPort(Protocol):
    def readers(self) -> list[str]:
        """Readers holding a card now, the session's own first (the unsealing
        dialog picks the signing card)."""
        ...

    def sign(self, reader: str, pin: str, record: bytes) -> Approval:
        """The card in ``reader`` checks ``pin`` and signs ``record``."""
        ...


class ApprovalsPort(Protocol):
    """Requests to the chief procurator and his decisions (desktop.app.approvals)."""

    def file(self, kind: str, leads: Sequence[str], scope: Sequence[str], reason: str,
             hours: int, on_behalf: str = "") -> RequestFacts: ...

    def listed(self, state: str) -> list[RequestFacts]:
        """"pending", "decided" or "all": the chief sees every request, others theirs."""
        ...

    def decide(self, request_id: int, reader: str, pin: str, approve: bool,
               scope: Sequence[str] | None = None, hours: int | None = None
               ) -> RequestFacts:
        """The chief's card in ``reader`` signs the decision after ``pin``."""
        ...

    def revoke(self, request_id: int) -> None: ...

    def decision_sheet(self, request_id: int) -> bytes:
        """The decided request's one-page sheet (审批表), a PDF."""
        ...


class IntegrityPassPort(Protocol):
    """One pass of the whole-file checks (desktop.vault.integrity.IntegrityPass)."""

    @property
    def fraction(self) -> float: ...

    def step(self) -> bool:
        """The next slice; True when complete. Raises DatabaseCorrupt."""
        ...


class UnlockedSession(Protocol):
    """An unlocked vault for one user. lock() closes it and drops its keys."""

    @property
    def user(self) -> EnrolledUser: ...

    def leads(self) -> LeadsPort: ...

    def bags(self) -> BagsPort:
        """Dropped at lock (it derives the QR tag key from the session's key)."""
        ...

    def prints(self) -> PrintsPort: ...

    def audit(self) -> AuditPort: ...

    def settings(self) -> SettingsPort: ...

    def drafts(self) -> DraftsPort: ...

    def cards(self) -> CardsPort: ...

    def approvals(self) -> ApprovalsPort: ...

    def backups(self) -> BackupsPort: ...

    def users(self) -> UsersPort: ...

    def integrity_pass(self) -> IntegrityPassPort:
        """A new pass of the whole-file checks, run a step at a time after unlock."""
        ...

    def about(self) -> AboutFacts:
        """The vault's id and the roster's chief keys, for the About box."""
        ...

    def air_gap_breach(self, interfaces: Sequence[str]) -> None:
        """A network interface broke the air gap (audited)."""
        ...

    def lock(self, reason: str | None = None) -> None:
        """Close the vault and drop its keys; a ``reason`` (idle, card removed,
        by hand) is audited first. None: the app is closing."""
        ...


class WorkstationServices(Protocol):
    """Everything the GUI does outside itself."""

    @property
    def demo(self) -> bool: ...

    @property
    def data_dir(self) -> Path: ...

    def vault_exists(self) -> bool: ...

    def use_data_dir(self, folder: Path) -> None:
        """The setup wizard put the new vault in ``folder``: work there from now on."""
        ...

    def unit(self) -> UnitInfo | None: ...

    def card_watch(self) -> CardWatch: ...

    def identify_card(self, reader: str) -> CardHolder:
        """Read the card's serial and PIN counter (no PIN spent) and find its user."""
        ...

    def unlock(self, reader: str, password: str, pin: str, progress: Progress,
               *, accept_restored: bool = False) -> UnlockedSession:
        """Raises the typed errors of desktop.vault.errors and desktop.card.errors.
        ``accept_restored``: the chief's card accepts a folder restored from an older
        backup (FolderRolledBack otherwise)."""
        ...

    def setup_backend(self) -> SetupBackend: ...

    def provision_card(self, reader: str, cardholder_name: str) -> CardHolder:
        """Generate keys on a blank card (factory admin PIN) for enrolment."""
        ...

    def check_pin(self, reader: str, pin: str) -> None:
        """Verify the user PIN once (raises WrongPin(remaining) / PinBlocked)."""
        ...

    def restoring(self) -> RestorePort:
        """A backup put into the empty data folder; the recovery code (desktop.app.restoring)."""
        ...

    def recovery_sheet_pdf(self, unit: UnitInfo, vault_id: str, recovery_code: str) -> bytes: ...

    def air_gap_breach(self, interfaces: Sequence[str]) -> None:
        """Seen while locked: audited at the next unlock."""
        ...

    def recovery_sheet_printed(self, printer: str) -> None:
        """The set-up printed the recovery sheet (on paper): audited at the next unlock."""
        ...

    def close(self) -> None: ...


class DemoControls(Protocol):
    """The Demo menu: put each virtual card in its reader or take it out."""

    def cards(self) -> list[DemoCard]: ...

    def insert(self, reader: str) -> None: ...

    def remove(self, reader: str) -> None: ...

    def is_inserted(self, reader: str) -> bool: ...

    def password_and_pin(self, reader: str) -> tuple[str, str]:
        """The demo's fictional credentials, shown in the demo so anyone can try it."""
        ...
