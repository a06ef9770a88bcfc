"""What the leads workflows need from storage, one repository per table group;
db/repositories/lead_*.py implement them and the unit of work hands them out.

Methods may raise the typed errors of desktop.domain.lead_errors (LeadNotFound,
EditConflict, …) and of desktop.domain.storage."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Protocol

from desktop.domain.leads import (
    AssistanceRequest,
    AssistanceStep,
    AttachmentId,
    AttachmentInfo,
    CardChange,
    CaseCard,
    Channel,
    CrimeCategory,
    Deadline,
    Disposition,
    DuplicateCandidate,
    FilingLevel,
    LeadId,
    LeadNumber,
    LeadRow,
    LeadStatus,
    ProtectionPlan,
    Reply,
    Report,
    ReportedPerson,
    ReportId,
    RiskAssessment,
    RoutingDecision,
)


class LeadCardRepository(Protocol):
    """Case cards, their reported persons and the yearly lead numbers (tx.leads)."""

    def next_lead_id(self) -> LeadId: ...

    def reserve_numbers(self, year: int, count: int = 1) -> list[LeadNumber]:
        """The next `count` lead numbers of `year`, never reused."""
        ...

    def add_leads(self, cards: Sequence[tuple[CaseCard, bytes]],
                  next_due: Mapping[LeadId, datetime] | None = None) -> None:
        """Insert case cards (ids chosen by the caller) with their wrapped identity keys;
        `next_due`: the earliest open deadline of each, when the caller already knows it
        (a bulk import then adds its deadlines with refresh=False)."""
        ...

    def get(self, lead_id: LeadId) -> CaseCard: ...

    def by_number(self, number: LeadNumber) -> CaseCard: ...

    def persons(self, lead_id: LeadId) -> tuple[ReportedPerson, ...]: ...

    def wrapped_key(self, lead_id: LeadId) -> bytes: ...

    def update_card(
        self, lead_id: LeadId, expected_version: int, at: datetime, *, category: CrimeCategory,
        summary: str, persons: tuple[ReportedPerson, ...], storage_location: str,
        about_own_staff: bool, filing_level: FilingLevel,
    ) -> None: ...

    def set_disposition(
        self, lead_id: LeadId, expected_version: int | None, at: datetime,
        status: LeadStatus, disposition: Disposition,
    ) -> None: ...

    def void(self, lead_id: LeadId, expected_version: int, at: datetime) -> None:
        """Status voided (EditConflict if the card moved on from `expected_version`)."""
        ...

    def add_change(self, change: CardChange) -> None: ...

    def changes(self, lead_id: LeadId) -> list[CardChange]:
        """The card's saved changes, oldest first."""
        ...

    def count_report(self, lead_id: LeadId, received_at: datetime, at: datetime) -> None:
        """A repeat report: one more report, and the latest date moves on."""
        ...

    def count(self) -> int: ...

    def candidates(self, persons: Iterable[ReportedPerson], limit: int = 20
                   ) -> list[DuplicateCandidate]: ...


class LeadReportRepository(Protocol):
    """Report events and their sealed identity fields (tx.lead_reports)."""

    def next_report_id(self) -> ReportId: ...

    def add_reports(self, reports: Sequence[tuple[Report, Mapping[str, bytes]]]) -> None: ...

    def reports(self, lead_id: LeadId) -> list[Report]: ...

    def report(self, report_id: ReportId) -> Report: ...

    def identity_fields(self, report_id: ReportId) -> dict[str, bytes]: ...


class LeadListRepository(Protocol):
    """The list, full-text search and its index, dashboard counts, repeat-report rows
    (tx.lead_lists)."""

    def reindex(self, lead_ids: Iterable[LeadId]) -> None:
        """Rebuild the lead_fts rows of these leads from the case card and report text."""
        ...

    def add_index(self, entries: Sequence[tuple[LeadId, str]]) -> None:
        """Index new leads from text the caller assembled (desktop.leads.search_text)."""
        ...

    def search(self, query: str, limit: int = 500) -> list[LeadRow]:
        """The best `limit` matches, most relevant first (FTS5 bm25 rank)."""
        ...

    def page(
        self, *, before_id: int | None = None, limit: int = 200,
        status: LeadStatus | None = None, overdue_at: datetime | None = None,
        category: CrimeCategory | None = None, channel: Channel | None = None,
        received_from: datetime | None = None, received_before: datetime | None = None,
    ) -> Sequence[LeadRow]:
        """Newest first, keyset-paged: pass the last row's id as before_id for the next
        page (constant cost per page, however deep the scroll). channel: of the first
        report; received_from (inclusive) and received_before (exclusive) bound the
        first report's time."""
        ...

    def counts(self, now: datetime, soon: datetime) -> dict[str, dict[str, int]]:
        """For the dashboard: leads by status, by category, by channel of first report,
        and open deadlines by rule (overdue / due before `soon`)."""
        ...

    def repeat_rows(self, start: datetime, end: datetime
                    ) -> list[tuple[str, str, str, str, int, int, date, bool]]:
        """Leads with more than one report and a report in [start, end): number,
        pseudonym code of its first report, category, department (latest routing
        target), reports in the window, reports in total, latest day, new content."""
        ...


class LeadAttachmentRepository(Protocol):
    """Sealed attachments (tx.lead_attachments)."""

    def add_attachment(
        self, lead_id: LeadId, report_id: ReportId | None, file_name: str, media_type: str,
        size: int, sha256: str, sealed: bytes, added_by: int, at: datetime, chunks: int = 0,
    ) -> AttachmentInfo: ...

    def add_chunk(self, attachment_id: AttachmentId, seq: int, sealed: bytes) -> None: ...

    def chunk_count(self, attachment_id: AttachmentId) -> int: ...

    def chunks(self, attachment_id: AttachmentId) -> Iterator[bytes]:
        """The sealed chunks in order; consumed inside the transaction."""
        ...

    def attachment(self, attachment_id: AttachmentId) -> AttachmentInfo: ...

    def attachments(self, lead_id: LeadId) -> list[AttachmentInfo]: ...

    def attachments_with_hash(self, sha256: str) -> list[AttachmentInfo]: ...

    def attachment_content(self, attachment_id: AttachmentId) -> bytes: ...


class LeadDeadlineRepository(Protocol):
    """Deadlines and each lead's earliest open one (tx.lead_deadlines)."""

    def add_deadlines(self, deadlines: Sequence[Deadline], refresh: bool = True) -> None: ...

    def meet_deadlines(self, lead_id: LeadId, rule: str, at: datetime,
                       subject: str | None = None) -> int: ...

    def close_open(self, lead_id: LeadId, at: datetime) -> int: ...

    def refresh_next_due(self, lead_ids: Iterable[LeadId]) -> None: ...

    def deadlines(self, lead_id: LeadId) -> list[Deadline]: ...


class LeadRoutingRepository(Protocol):
    """Routing decisions (tx.lead_routing)."""

    def add_routing(self, decision: RoutingDecision) -> None: ...

    def routing(self, lead_id: LeadId) -> list[RoutingDecision]: ...


class LeadProtectionRepository(Protocol):
    """Replies, risk assessments, protection plans and assistance requests
    (tx.lead_protection)."""

    def add_reply(self, reply: Reply, at: datetime) -> None: ...

    def replies(self, lead_id: LeadId) -> list[Reply]: ...

    def add_risk(self, risk: RiskAssessment) -> None: ...

    def risks(self, lead_id: LeadId) -> list[RiskAssessment]: ...

    def reports_without_risk_assessment(self) -> list[tuple[LeadId, ReportId]]:
        """Real-name reports no one has assessed yet (Art 61: every one is assessed)."""
        ...

    def add_plan(self, plan: ProtectionPlan) -> None: ...

    def plans(self, lead_id: LeadId) -> list[ProtectionPlan]: ...

    def add_assistance(self, lead_id: LeadId, urgent: bool, summary: str,
                       received_at: datetime, recorded_by: int) -> int: ...

    def set_assistance_step(self, request_id: int, step: AssistanceStep, at: datetime) -> None: ...

    def assistance_request(self, request_id: int) -> AssistanceRequest | None: ...

    def assistance(self, lead_id: LeadId | None = None) -> list[AssistanceRequest]:
        """One lead's requests, or all; urgent first."""
        ...
