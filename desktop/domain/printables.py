"""What each printed layout needs, as frozen dataclasses (printing/ renders them).

The layouts that leave the secure room or go to investigators (cover sheet,
labels, register, repeat-report notice, assignment sheet, rights notice,
recovery sheet) have no field that could hold an informant's identity,
report content or a reported person's name: lead numbers and pseudonym codes
are checked by pattern, so a name cannot be slipped in where a code belongs.
Identity-bearing forms (transcript, items received, reply record and letter,
envelope label) are printed for the file or the informant only.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.audit import AuditHead
from desktop.domain.bags import Bag, BagState
from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.lead_number import LEAD_NUMBER

PSEUDONYM_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{2,19}")
AUDIT_HASH = re.compile(r"[0-9a-f]{64}")
_CODE_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# Words that would tell a postman (or a neighbour) who wrote to the informant (Art 56):
# the procuratorate and its reporting, complaints and anti-corruption offices, and the
# discipline commissions that receive reports too.
REVEALING_WORDS = (
    "检察", "举报", "反贪", "反渎", "控告", "申诉", "控申", "信访",
    "纪检", "纪委", "监察", "监委", "procurat", "prosecut", "jiancha",
)


class PrintableError(ValueError):
    """Base class: the data cannot be printed as given."""


class BadField(PrintableError):
    """``field`` holds ``value``, which the layout refuses (``rule`` says why)."""

    def __init__(self, field: str, value: object, rule: str) -> None:
        # Refused text may be exactly what must never leak (a name typed where a
        # pseudonym code belongs): it stays on ``value`` for ui/, out of str().
        shown = "<text>" if isinstance(value, str) else repr(value)
        super().__init__(f"{field}={shown}: {rule}")
        self.field = field
        self.value = value
        self.rule = rule


class UnprintableCharacters(PrintableError):
    """``field`` holds characters the bundled font cannot draw (a rare character
    outside its coverage, an emoji) or control characters. Printing them would
    leave empty boxes on a signed form, so the print is refused; the user can
    rephrase, or leave a gap and write the character by hand."""

    def __init__(self, field: str, characters: tuple[str, ...]) -> None:
        codes = ", ".join(f"U+{ord(c):04X}" for c in characters)
        super().__init__(f"{field}: cannot print {codes}")
        self.field = field
        self.characters = characters


class BagNotSealed(PrintableError):
    def __init__(self, state: BagState) -> None:
        super().__init__(f"a cover sheet is printed for a sealed bag, this one is {state.value}")
        self.state = state


class RevealingReturnAddress(PrintableError):
    """The envelope's return address would name the procuratorate (Art 56)."""

    def __init__(self, word: str) -> None:
        super().__init__(f"the return address must not contain {word!r}")
        self.word = word


def _check_lead_number(name: str, value: str) -> None:
    if not LEAD_NUMBER.fullmatch(value):
        raise BadField(name, value, "a lead number YYYY-NNNNN")


def _check_pseudonym(name: str, value: str) -> None:
    if not PSEUDONYM_CODE.fullmatch(value):
        raise BadField(name, value, "a pseudonym code: 3-20 of A-Z, 0-9, '-'")


def _check_audit_head(head: AuditHead) -> None:
    """The printed head is a paper witness of the log: it must be a real one."""
    if head.seq < 0:
        raise BadField("audit_head", head.seq, "a sequence number, not negative")
    if not AUDIT_HASH.fullmatch(head.hash):
        raise BadField("audit_head", head.hash, "64 lower-case hex digits")


def _check_count(name: str, value: int) -> None:
    if value < 0:
        raise BadField(name, value, "not negative")


# --------------------------------------------------------------- marks


class ClassificationLevel(enum.Enum):
    SECRET = "秘密"  # noqa: S105 - a classification level, not a password
    CONFIDENTIAL = "机密"
    TOP_SECRET = "绝密"  # noqa: S105

    @property
    def max_years(self) -> int:
        """The default maximum classification period (REGULATIONS.md)."""
        return {"秘密": 10, "机密": 20, "绝密": 30}[self.value]



def local_date(moment: datetime) -> date:
    """The calendar day at the workstation: times are stored in UTC, but a bag sealed
    at 07:00 Beijing time was sealed that day, not the day before."""
    return moment.astimezone().date()

@dataclass(frozen=True)
class ClassificationMark:
    """Level and period as GB/T 9704 marks them, e.g. 机密★10年."""

    level: ClassificationLevel
    years: int

    def __post_init__(self) -> None:
        if not 1 <= self.years <= self.level.max_years:
            raise BadField("years", self.years, f"1 to {self.level.max_years}")

    def __str__(self) -> str:
        return f"{self.level.value}★{self.years}年"


@dataclass(frozen=True, order=True)
class CopyNumber:
    """The six-digit copy number (份号): every printed copy gets its own."""

    value: int

    def __post_init__(self) -> None:
        if not 1 <= self.value <= 999_999:
            raise BadField("copy_number", self.value, "1 to 999999")

    def __str__(self) -> str:
        return f"{self.value:06d}"

    @classmethod
    def parse(cls, text: str) -> CopyNumber:
        if len(text) != 6 or not text.isascii() or not text.isdigit():
            raise BadField("copy_number", text, "six digits")
        return cls(int(text))


# --------------------------------------------------------------- bags


@dataclass(frozen=True)
class CoverSheet:
    """The bag cover sheet (DESIGN.md §5). No identity, no content, no names."""

    number: ConfidentialNumber
    copy_number: CopyNumber
    classification: ClassificationMark
    qr_text: str  # QrPayload.encode(): number, copy number, tag
    sender: str  # sending unit
    recipient: str  # e.g. 检察长; printed with 亲启 when ``personal``
    sealed_on: date
    lead_count: int
    items: int
    pages: int
    audit_head: AuditHead
    personal: bool = True

    def __post_init__(self) -> None:
        _check_audit_head(self.audit_head)
        for name in ("lead_count", "items", "pages"):
            _check_count(name, getattr(self, name))
        if f":{self.number}:{self.copy_number}:" not in self.qr_text:
            raise BadField("qr_text", self.qr_text, "must carry this number and copy number")


def cover_sheet_for(
    bag: Bag,
    *,
    copy_number: CopyNumber,
    classification: ClassificationMark,
    qr_text: str,
    audit_head: AuditHead,
) -> CoverSheet:
    """The cover sheet of a sealed bag: only routing facts and counts go on it."""
    if bag.sealed_at is None or bag.state in (BagState.DRAFT, BagState.VOID):
        raise BagNotSealed(bag.state)
    return CoverSheet(
        number=bag.number,
        copy_number=copy_number,
        classification=classification,
        qr_text=qr_text,
        sender=bag.sender,
        recipient=bag.recipient,
        sealed_on=local_date(bag.sealed_at),
        lead_count=len(bag.lead_numbers),
        items=bag.items,
        pages=bag.pages,
        audit_head=audit_head,
    )


@dataclass(frozen=True)
class SealLabels:
    """A sheet of seal strips (封条) for one bag's seams."""

    number: ConfidentialNumber
    sender: str
    sealed_on: date
    count: int = 5

    def __post_init__(self) -> None:
        if not 1 <= self.count <= 50:
            raise BadField("count", self.count, "1 to 50 strips")


@dataclass(frozen=True)
class BagLabel:
    number: ConfidentialNumber
    copy_number: CopyNumber
    classification: ClassificationMark
    sender: str
    recipient: str
    qr_text: str


@dataclass(frozen=True)
class BagLabels:
    """Bag labels, eight to an A4 sheet."""

    labels: tuple[BagLabel, ...]

    def __post_init__(self) -> None:
        if not self.labels:
            raise BadField("labels", 0, "at least one label")


@dataclass(frozen=True)
class BagRegisterRow:
    number: ConfidentialNumber
    state: BagState
    recipient: str
    created_on: date
    sealed_on: date | None
    handed_over_on: date | None
    holder: str | None
    lead_count: int
    items: int
    pages: int


def register_row(bag: Bag) -> BagRegisterRow:
    return BagRegisterRow(
        number=bag.number,
        state=bag.state,
        recipient=bag.recipient,
        created_on=local_date(bag.created_at),
        sealed_on=local_date(bag.sealed_at) if bag.sealed_at else None,
        handed_over_on=local_date(bag.handed_over_at) if bag.handed_over_at else None,
        holder=bag.holder,
        lead_count=len(bag.lead_numbers),
        items=bag.items,
        pages=bag.pages,
    )


@dataclass(frozen=True)
class BagRegister:
    unit_name: str
    rows: tuple[BagRegisterRow, ...]
    printed_at: datetime
    copy_number: CopyNumber
    classification: ClassificationMark
    audit_head: AuditHead

    def __post_init__(self) -> None:
        _check_audit_head(self.audit_head)


# --------------------------------------------------------------- vault


@dataclass(frozen=True)
class RecoverySheet:
    """The recovery code sheet, printed once at setup and sealed in a bag.

    The code (upper-case base32 groups joined by hyphens, the last character
    a check character) is the only secret on it.
    """

    recovery_code: str = field(repr=False)  # the secret: never in a repr or traceback
    unit_name: str
    unit_code: str
    vault_id: str
    created_on: date

    def __post_init__(self) -> None:
        groups = self.recovery_code.split("-")
        if len(groups) < 2 or not all(g and set(g) <= _CODE_CHARACTERS for g in groups):
            # The value itself is never put into an error: it is the secret.
            raise BadField("recovery_code", "<hidden>", "upper-case groups joined by hyphens")

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(self.recovery_code.split("-"))


# --------------------------------------------------------------- visits


@dataclass(frozen=True)
class TranscriptEntry:
    speaker: str  # 问 / 答, or the speaker's role
    text: str


@dataclass(frozen=True)
class VisitTranscript:
    """The visit transcript (笔录, Art 14; Criminal Procedure Law Art 111).

    Identity-bearing: printed for the file, signed and fingerprinted by the
    informant on every page.
    """

    unit_name: str
    lead_number: str
    started_at: datetime
    ended_at: datetime
    place: str
    receiving_staff: tuple[str, ...]
    recorder: str
    informant_name: str
    informant_gender: str
    informant_id_number: str
    informant_unit: str
    informant_address: str
    informant_phone: str
    recording_consent: bool
    entries: tuple[TranscriptEntry, ...]
    copy_number: CopyNumber
    classification: ClassificationMark

    def __post_init__(self) -> None:
        _check_lead_number("lead_number", self.lead_number)
        if len(self.receiving_staff) < 2:
            raise BadField("receiving_staff", len(self.receiving_staff), "at least two (Art 14)")
        if self.ended_at < self.started_at:
            raise BadField("ended_at", self.ended_at, "not before started_at")


@dataclass(frozen=True)
class ReceivedItem:
    name: str
    quantity: int
    pages: int
    remarks: str = ""

    def __post_init__(self) -> None:
        _check_count("quantity", self.quantity)
        _check_count("pages", self.pages)


@dataclass(frozen=True)
class ItemsReceived:
    """The list of items an informant handed over (Art 14), signed by him."""

    unit_name: str
    lead_number: str
    received_at: datetime
    informant_name: str
    receiving_staff: tuple[str, ...]
    items: tuple[ReceivedItem, ...]
    copy_number: CopyNumber
    classification: ClassificationMark

    def __post_init__(self) -> None:
        _check_lead_number("lead_number", self.lead_number)
        if not self.items:
            raise BadField("items", 0, "at least one item")


@dataclass(frozen=True)
class RightsNotice:
    """The informant rights and duties notice (Arts 8-9); the same text for all."""

    unit_name: str
    issued_on: date
    # CPL Art 111: the liability for a false accusation was explained (printed with it)
    false_accusation_notice: bool = False
    copy_number: CopyNumber | None = None  # printed from a lead: a numbered copy
    classification: ClassificationMark | None = None


# --------------------------------------------------------------- replies


@dataclass(frozen=True)
class ReplyRecord:
    """The record of an oral reply (Art 55)."""

    unit_name: str
    lead_number: str
    replied_at: datetime
    place: str
    staff: tuple[str, ...]
    informant_name: str
    content: str
    informant_view: str
    recorder: str
    copy_number: CopyNumber
    classification: ClassificationMark

    def __post_init__(self) -> None:
        _check_lead_number("lead_number", self.lead_number)


@dataclass(frozen=True)
class ReplyLetter:
    """A written reply to a real-name informant (Art 55)."""

    unit_name: str
    addressee: str
    paragraphs: tuple[str, ...]
    dated: date
    reference: str = ""  # the letter's file number, if the unit uses one
    copy_number: CopyNumber | None = None  # printed from a lead: a numbered copy
    classification: ClassificationMark | None = None


@dataclass(frozen=True)
class EnvelopeLabel:
    """A plain address label: the return address must not name the
    procuratorate or the reporting centre (Art 56)."""

    recipient_name: str
    recipient_address: str
    recipient_postcode: str
    return_address: str
    return_postcode: str
    # The copy's number: in the copy register and the audit, never on the plain label.
    copy_number: CopyNumber | None = None

    def __post_init__(self) -> None:
        # Full-width letters and spaces typed between characters must not hide a word.
        folded = "".join(unicodedata.normalize("NFKC", self.return_address).lower().split())
        for word in REVEALING_WORDS:
            if word in folded:
                raise RevealingReturnAddress(word)
        for name in ("recipient_postcode", "return_postcode"):
            value = getattr(self, name)
            if not (len(value) == 6 and value.isascii() and value.isdigit()):
                raise BadField(name, value, "six digits")


# --------------------------------------------------------------- internal


@dataclass(frozen=True)
class RepeatReportRow:
    lead_number: str
    pseudonym_code: str  # "—" is not allowed: anonymous leads get a code too
    category: str
    department: str
    reports_this_month: int
    reports_total: int
    latest_on: date
    new_content: bool

    def __post_init__(self) -> None:
        _check_lead_number("lead_number", self.lead_number)
        _check_pseudonym("pseudonym_code", self.pseudonym_code)
        _check_count("reports_this_month", self.reports_this_month)
        _check_count("reports_total", self.reports_total)


@dataclass(frozen=True)
class RepeatReportNotice:
    """The monthly repeat-report notice to the departments: no identity."""

    unit_name: str
    year: int
    month: int
    rows: tuple[RepeatReportRow, ...]
    copy_number: CopyNumber
    classification: ClassificationMark
    issued_on: date

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise BadField("month", self.month, "1 to 12")


@dataclass(frozen=True)
class InvestigationAssignment:
    """A lead assigned for investigation: pseudonym code only, not to be shown."""

    unit_name: str
    lead_number: str
    pseudonym_code: str
    category: str
    received_on: date
    real_name_report: bool
    department: str
    assignee: str
    task: str  # e.g. 初核, 调查核实
    due_on: date
    approved_by: str
    approved_on: date
    copy_number: CopyNumber
    classification: ClassificationMark
    lead_numbers_related: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        _check_lead_number("lead_number", self.lead_number)
        _check_pseudonym("pseudonym_code", self.pseudonym_code)
        for related in self.lead_numbers_related:
            _check_lead_number("lead_numbers_related", related)
        if self.due_on < self.approved_on:
            raise BadField("due_on", self.due_on, "not before approved_on")
