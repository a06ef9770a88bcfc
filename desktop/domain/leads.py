"""The leads register's data (DESIGN.md §4; REGULATIONS.md Chapters II, III, VI, VII).

A lead has one case card (案卡) and many report events. Everything here is plain
data: codes, not Chinese labels (ui/ owns the words). Informant identity is a
separate value that only ever leaves desktop.leads.identity encrypted.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, NamedTuple, NewType, TypeVar, overload

from desktop.domain.lead_number import LEAD_NUMBER

LeadId = NewType("LeadId", int)
ReportId = NewType("ReportId", int)
AttachmentId = NewType("AttachmentId", int)

@dataclass(frozen=True, order=True, slots=True)
class LeadNumber:
    """YYYY-NNNNN: the serial counts up from 1 within each year of receipt."""

    year: int
    serial: int

    def __post_init__(self) -> None:
        if not (1000 <= self.year <= 9999 and 1 <= self.serial <= 99999):
            raise ValueError(f"no lead number for year {self.year}, serial {self.serial}")

    def __str__(self) -> str:
        return "%04d-%05d" % (self.year, self.serial)  # noqa: UP031 - a third faster

    @classmethod
    def parse(cls, text: str) -> LeadNumber:
        match = LEAD_NUMBER.fullmatch(text.strip())
        if match is None:
            raise ValueError("a lead number is YYYY-NNNNN")
        return cls(int(match[1]), int(match[2]))


class CrimeCategory(enum.Enum):
    """Art 2: the crimes a reporting centre takes reports of (labels live in ui/)."""

    EMBEZZLEMENT_BRIBERY = "embezzlement-bribery"  # 贪污贿赂
    DERELICTION = "dereliction"  # 渎职
    RIGHTS_INFRINGEMENT = "rights-infringement"  # 国家机关工作人员利用职权侵犯人身、民主权利
    OTHER = "other"  # 其他（不属检察机关管辖的，转交）


class LeadStatus(enum.Enum):
    RECEIVED = "received"  # awaiting a disposition (7 days)
    ROUTED = "routed"  # accepted and routed to a department
    TRANSFERRED = "transferred"  # to another authority
    PRELIMINARY_CHECK = "preliminary-check"  # 初核 by the centre
    FILED_UPWARD = "filed-upward"
    CLOSED = "closed"  # no action
    VOIDED = "voided"  # recorded in error: kept with its reason, never deleted


class Rank(enum.Enum):
    """The reported person's administrative rank, which decides the filing level."""

    UNKNOWN = "unknown"
    SECTION_OR_BELOW = "section-or-below"  # 科级及以下
    COUNTY_DIVISION = "county-division"  # 县处级
    BUREAU_DEPARTMENT = "bureau-department"  # 厅局级
    PROVINCIAL_MINISTERIAL = "provincial-ministerial"  # 省部级及以上


class FilingLevel(enum.Enum):
    LOCAL = "local"  # handled by this procuratorate
    PROVINCIAL_CENTRE = "provincial-centre"  # filed with the provincial reporting centre
    SPP = "spp"  # filed with the Supreme People's Procuratorate


_LEVEL_OF_RANK = {
    Rank.UNKNOWN: FilingLevel.LOCAL,
    Rank.SECTION_OR_BELOW: FilingLevel.LOCAL,
    Rank.COUNTY_DIVISION: FilingLevel.PROVINCIAL_CENTRE,
    Rank.BUREAU_DEPARTMENT: FilingLevel.SPP,
    Rank.PROVINCIAL_MINISTERIAL: FilingLevel.SPP,
}
_LEVEL_ORDER = (FilingLevel.LOCAL, FilingLevel.PROVINCIAL_CENTRE, FilingLevel.SPP)


def filing_level(ranks: tuple[Rank, ...] | list[Rank]) -> FilingLevel:
    """Chapter III: county/division rank → provincial centre; bureau/department and
    above → SPP. A lead about several persons goes as high as its highest rank."""
    levels = [_LEVEL_OF_RANK[rank] for rank in ranks] or [FilingLevel.LOCAL]
    return max(levels, key=_LEVEL_ORDER.index)


class Channel(enum.Enum):
    VISIT = "visit"
    LETTER = "letter"
    FAX = "fax"
    PHONE = "phone"
    EMAIL = "email"
    WEBSITE = "website"  # the 12309 portal
    ORAL = "oral"


class ReportKind(enum.Enum):
    REPORT = "report"
    SURRENDER = "surrender"  # 投案自首: a separate record type (Art 12)


class ReportedPerson(NamedTuple):
    name: str
    unit: str = ""
    post: str = ""
    rank: Rank = Rank.UNKNOWN
    region: str = ""


class Relative(NamedTuple):
    """A close relative to protect (Art 58)."""

    name: str
    relation: str = ""
    phone: str = ""


class InformantIdentity(NamedTuple):
    """Who reported. Every field is optional (Art 17: only what the informant gives);
    it is stored only as ciphertext under the lead's identity key."""

    name: str = ""
    id_number: str = ""
    unit: str = ""
    address: str = ""
    phones: tuple[str, ...] = ()
    relatives: tuple[Relative, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (
            self.name
            or self.id_number
            or self.unit
            or self.address
            or self.phones
            or self.relatives
        )

    @property
    def has_contact(self) -> bool:
        return bool(self.phones or self.address.strip())

    def __repr__(self) -> str:
        # Reprs reach tracebacks and logs: say which fields are filled, never what.
        filled = [f for f in self._fields if getattr(self, f)]
        return f"InformantIdentity(<{', '.join(filled) or 'empty'}: not shown>)"


def is_real_name(identity: InformantIdentity, acknowledged: bool) -> bool:
    """Chapter II: a real name or unit, a concrete contact method, and the informant's
    acknowledgement that he makes the report. Anything else is anonymous."""
    if not acknowledged:  # most reports: nothing else to look at
        return False
    named = bool(identity.name.strip() or identity.unit.strip())
    return named and identity.has_contact


class ReceivedItem(NamedTuple):
    description: str
    quantity: int = 1


class NewReport(NamedTuple):
    """A report event as entered (before storage). Channel-specific fields are optional
    here; desktop.leads.validators says which each channel requires. Entered values,
    like the stored records, are NamedTuples: an import makes 10,000s of them."""

    channel: Channel
    received_at: datetime
    original_text: str
    kind: ReportKind = ReportKind.REPORT
    summary: str = ""
    identity: InformantIdentity = InformantIdentity()  # immutable: one shared empty value
    acknowledged: bool = False
    # visit (Art 14)
    receiving_staff: tuple[str, ...] = ()
    transcript_read_back: bool = False
    transcript_signed: bool = False  # signed and fingerprinted
    consent_to_record: bool = False
    items_received: tuple[ReceivedItem, ...] = ()
    # letter and fax (Art 15)
    postmark_date: date | None = None
    origin: str = ""
    envelope_kept: bool = False
    # website submission number, e-mail message reference, phone line …
    reference: str = ""
    # a letter whose postmark cannot be read: no date, this reason instead (Art 15)
    postmark_illegible_reason: str = ""
    # CPL Art 111: the informant was told of the liability for a false accusation
    false_accusation_notice: bool = False

    @property
    def real_name(self) -> bool:
        return is_real_name(self.identity, self.acknowledged)


class Report(NamedTuple):
    """A stored report event (no identity: see LeadService.view_identity).

    Stored records (Report, CaseCard, Deadline) are NamedTuples, not frozen dataclasses:
    as immutable, and made about three times faster (an import or a long read makes
    10,000s; a frozen dataclass sets each field through object.__setattr__)."""

    id: ReportId
    lead_id: LeadId
    kind: ReportKind
    channel: Channel
    received_at: datetime
    original_text: str
    summary: str
    real_name: bool
    pseudonym_code: str
    acknowledged: bool
    receiving_staff: tuple[str, ...]
    transcript_read_back: bool
    transcript_signed: bool
    consent_to_record: bool
    items_received: tuple[ReceivedItem, ...]
    postmark_date: date | None
    origin: str
    envelope_kept: bool
    reference: str
    has_identity: bool
    new_content: bool
    recorded_by: int
    recorded_at: datetime
    postmark_illegible_reason: str = ""
    false_accusation_notice: bool = False


class CaseCard(NamedTuple):
    """案卡: what the register knows about a lead, one per lead."""

    id: LeadId
    number: LeadNumber
    status: LeadStatus
    category: CrimeCategory
    summary: str
    reported_persons: tuple[ReportedPerson, ...]
    disposition: str | None
    filing_level: FilingLevel
    about_own_staff: bool
    storage_location: str
    report_count: int
    first_received_at: datetime
    last_received_at: datetime
    created_by: int
    created_at: datetime
    updated_at: datetime
    version: int


@dataclass(frozen=True, slots=True)
class CaseCardEdit:
    """The editable part of a case card; `version` is the one the editor started from."""

    version: int
    category: CrimeCategory
    summary: str
    reported_persons: tuple[ReportedPerson, ...]
    storage_location: str
    about_own_staff: bool
    reason: str = ""  # why: every correction says so (kept with the card's history)


class CardChangeKind(enum.Enum):
    EDIT = "edit"
    VOID = "void"


@dataclass(frozen=True, slots=True)
class CardChange:
    """One saved change of a case card: who, when, why, and what it was before (the
    report events stay as received, Art 16; the card is corrected openly)."""

    lead_id: LeadId
    version: int  # the card's version this change made
    kind: CardChangeKind
    reason: str
    fields: tuple[str, ...]  # the names of the fields it changed
    before: str  # JSON of the changed fields' previous values
    changed_by: int
    changed_by_name: str
    changed_at: datetime


class LeadRow(NamedTuple):
    """One line of the lead list: only what the list shows and filters on. A NamedTuple,
    not a dataclass: it is built several times faster, which is most of the cost of
    scrolling through 100,000 leads."""

    id: LeadId
    number: str
    status: LeadStatus
    category: CrimeCategory
    report_count: int
    first_received_at: datetime
    next_due_at: datetime | None
    summary: str
    channel: Channel | None  # of the first report (None only for a lead without one)
    reported_unit: str  # of the first reported person ('' when not known)


_Raw = TypeVar("_Raw")


class LeadRows(Sequence[LeadRow], Generic[_Raw]):
    """A page of the lead list whose LeadRows are made when read, from the stored
    values the page holds: the list view reads only the rows on screen, so scrolling
    through 100,000 leads does not make 100,000 LeadRows (most of what a page costs
    beyond the query itself). Reads like a list; + and == give and compare lists."""

    __slots__ = ("_make", "_make_all", "_raw")

    def __init__(self, raw: Sequence[_Raw], make: Callable[[_Raw], LeadRow],
                 make_all: Callable[[Sequence[_Raw]], list[LeadRow]] | None = None) -> None:
        """`make_all`: the rows of a whole page or slice at once (a comprehension
        makes a page ~15% faster than calling `make` per row)."""
        self._raw = raw
        self._make = make
        self._make_all = make_all or (lambda raws: [make(raw) for raw in raws])

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> LeadRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[LeadRow]: ...

    def __getitem__(self, index: int | slice) -> LeadRow | list[LeadRow]:
        if isinstance(index, slice):
            return self._make_all(self._raw[index])
        return self._make(self._raw[index])

    def __iter__(self) -> Iterator[LeadRow]:
        return iter(self._make_all(self._raw))

    def __add__(self, other: Sequence[LeadRow]) -> list[LeadRow]:
        return [*self, *other]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # like a list

    def __repr__(self) -> str:
        return f"LeadRows({list(self)!r})"


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: AttachmentId
    lead_id: LeadId
    report_id: ReportId | None
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_by: int
    added_at: datetime


class Disposition(enum.Enum):
    ACCEPT_AND_ROUTE = "accept-and-route"
    TRANSFER = "transfer"
    PRELIMINARY_CHECK = "preliminary-check"
    FILE_UPWARD = "file-upward"
    NO_ACTION = "no-action"

    @property
    def status(self) -> LeadStatus:
        return _STATUS_OF[self]


_STATUS_OF = {
    Disposition.ACCEPT_AND_ROUTE: LeadStatus.ROUTED,
    Disposition.TRANSFER: LeadStatus.TRANSFERRED,
    Disposition.PRELIMINARY_CHECK: LeadStatus.PRELIMINARY_CHECK,
    Disposition.FILE_UPWARD: LeadStatus.FILED_UPWARD,
    Disposition.NO_ACTION: LeadStatus.CLOSED,
}


@dataclass(frozen=True, slots=True)
class RoutingDecision:
    lead_id: LeadId
    disposition: Disposition
    target: str  # department, authority or upper level; "" for no action
    filing_level: FilingLevel | None
    reason: str
    decided_by: int
    decided_at: datetime


class ReplyForm(enum.Enum):
    ORAL = "oral"  # a reply record: time, place, participants, content, informant's view
    LETTER = "letter"
    UNREACHABLE = "unreachable"  # Art 54: no reply possible, with the reason


@dataclass(frozen=True, slots=True)
class Reply:
    lead_id: LeadId
    report_id: ReportId
    form: ReplyForm
    replied_at: datetime
    place: str = ""
    participants: tuple[str, ...] = ()
    content: str = ""
    informant_view: str = ""
    unreachable_reason: str = ""
    recorded_by: int = 0


class RiskLevel(enum.Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    lead_id: LeadId
    report_id: ReportId
    level: RiskLevel
    factors: tuple[str, ...]
    note: str
    assessed_by: int
    assessed_at: datetime


@dataclass(frozen=True, slots=True)
class ProtectionPlan:
    lead_id: LeadId
    measures: tuple[str, ...]
    responsible: str
    review_on: date
    created_by: int
    created_at: datetime


class AssistanceStep(enum.Enum):
    """Art 62, in order: received → facts ascertained → reported to the chief
    procurator → police notified; urgent cases: judicial police measures first."""

    FACTS_ASCERTAINED = "facts-ascertained"
    REPORTED_TO_CHIEF = "reported-to-chief"
    POLICE_NOTIFIED = "police-notified"
    JUDICIAL_POLICE_MEASURES = "judicial-police-measures"


@dataclass(frozen=True, slots=True)
class AssistanceRequest:
    id: int
    lead_id: LeadId
    urgent: bool
    summary: str
    received_at: datetime
    steps: dict[AssistanceStep, datetime]
    recorded_by: int


class Deadline(NamedTuple):
    lead_id: LeadId
    rule: str  # a DeadlineRule code (desktop.leads.deadlines)
    subject: str  # e.g. "report:12" for a reply due on one report
    starts_at: datetime
    due_at: datetime
    met_at: datetime | None

    def overdue(self, now: datetime) -> bool:
        return self.met_at is None and self.due_at < now


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    lead_id: LeadId
    number: LeadNumber
    person: ReportedPerson
