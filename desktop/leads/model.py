"""What the leads use cases take in and hand back (plain frozen data)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from desktop.domain.leads import (
    AssistanceRequest,
    AttachmentInfo,
    CardChange,
    CaseCard,
    CrimeCategory,
    Deadline,
    DuplicateCandidate,
    LeadId,
    NewReport,
    ProtectionPlan,
    Reply,
    Report,
    ReportedPerson,
    RiskAssessment,
    RoutingDecision,
)


class NewLead(NamedTuple):
    category: CrimeCategory
    reported_persons: tuple[ReportedPerson, ...]
    report: NewReport
    summary: str = ""
    storage_location: str = ""
    about_own_staff: bool = False


@dataclass(frozen=True)
class Created:
    card: CaseCard
    report: Report
    duplicates: tuple[DuplicateCandidate, ...]  # other leads about the same person and unit


@dataclass(frozen=True)
class LeadView:
    card: CaseCard
    reports: tuple[Report, ...]
    attachments: tuple[AttachmentInfo, ...]
    routing: tuple[RoutingDecision, ...]
    replies: tuple[Reply, ...]
    risks: tuple[RiskAssessment, ...]
    plans: tuple[ProtectionPlan, ...]
    assistance: tuple[AssistanceRequest, ...]
    deadlines: tuple[Deadline, ...]
    changes: tuple[CardChange, ...] = ()  # the card's corrections and void, oldest first


@dataclass(frozen=True)
class Attached:
    info: AttachmentInfo
    same_file_on: tuple[LeadId, ...]  # other leads that already hold these exact bytes


@dataclass(frozen=True)
class ImportCheck:
    """A CSV register that passed the dry run: nothing imported yet."""

    rows: int
    encoding: str  # "utf-8" or "gb18030"
