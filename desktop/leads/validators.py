"""Input rules (REGULATIONS.md "Input formats", Chapter II). Each check raises
InvalidField naming the field and the rule, never echoing the value.

Phone reports give personal details only if the caller offers them (Art 17), so
identity fields are optional: only what is entered is validated.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime
from types import ModuleType
from typing import TypeVar

from desktop.domain.leads import (
    Channel,
    InformantIdentity,
    NewReport,
    ReportedPerson,
)
from desktop.leads.deadlines import CHINA  # dates are China's: a postmark, a birthday
from desktop.leads.errors import InvalidField, Problem, ValidationFailed

# Longest accepted text per kind of field; long enough for real data, short enough that
# a paste of the wrong thing is caught.
SHORT = 50  # names, posts, relations
MEDIUM = 200  # units, addresses, places, references
LONG = 4000  # summaries, reasons, reply content
ORIGINAL = 200_000  # a report's original text (a long website submission fits)

# re.ASCII: \d is 0-9 only (Arabic-Indic and other digits are refused, not crashed on);
# full-width digits from a Chinese input method are folded to ASCII first (_ascii).
_ID18 = re.compile(r"[1-9]\d{5}(\d{8})\d{3}[0-9X]", re.ASCII)
_ID15 = re.compile(r"[1-9]\d{5}(\d{6})\d{3}", re.ASCII)
_MOBILE = re.compile(r"(?:\+?86)?(1[3-9]\d{9})", re.ASCII)
# Area code 0 + 2-3 digits, 7-8 digit number, optional extension; +86 drops the 0.
_LANDLINE = re.compile(r"0(\d{2,3})(\d{7,8})(?:(?:ext|转|#)\d{1,6})?", re.ASCII)
_PHONE_SEPARATORS = re.compile(r"[\s\-()（）]")
T = TypeVar("T")
MIN_RECEIVING_STAFF = 2  # Art 14
# Control characters (Unicode category Cc), lone surrogates (Cs), private-use code
# points (Co) and the invisible direction overrides that could make a printed name read
# differently from the stored one; line separators too where a field has one line.
_CC_NO_BREAKS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_CS = "\ud800-\udfff"
_CO = "\ue000-\uf8ff\U000f0000-\U0010ffff"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_MULTILINE_FORBIDDEN = re.compile(f"[{_CC_NO_BREAKS}{_CS}{_CO}{_BIDI}]")
_SINGLE_LINE_FORBIDDEN = re.compile(f"[\t\n\r\u2028\u2029{_CC_NO_BREAKS}{_CS}{_CO}{_BIDI}]")
_ORIGINAL_FORBIDDEN = re.compile(f"[{_CC_NO_BREAKS}{_CS}]")


# ---------------------------------------------------------------- text


def check_text(field: str, value: str, limit: int, *, required: bool = False,
               multiline: bool = False) -> str:
    """The value stripped of outer whitespace; refuses control characters (tabs and
    line breaks are allowed only where the field is multi-line)."""
    text = value.strip()
    if required and not text:
        raise InvalidField(field, Problem.REQUIRED)
    if len(text) > limit:
        raise InvalidField(field, Problem.TOO_LONG, limit)
    if (_MULTILINE_FORBIDDEN if multiline else _SINGLE_LINE_FORBIDDEN).search(text):
        raise InvalidField(field, Problem.CONTROL_CHARACTER)
    return text


def check_original_text(field: str, value: str) -> str:
    """Original report text is kept exactly as received (Art 16): nothing is stripped;
    only NUL and the other non-printing C0 controls are refused."""
    if not value.strip():
        raise InvalidField(field, Problem.REQUIRED)
    if len(value) > ORIGINAL:
        raise InvalidField(field, Problem.TOO_LONG, ORIGINAL)
    if _ORIGINAL_FORBIDDEN.search(value):
        raise InvalidField(field, Problem.CONTROL_CHARACTER)
    return value


def _clean(value: str, limit: int, *, required: bool = False, multiline: bool = False
           ) -> bool:
    """True when check_text would return the value as it is without a problem: the
    common case on an import, checked without building the field's name."""
    if not value:
        return not required
    return (len(value) <= limit and value.strip() == value
            and not (_MULTILINE_FORBIDDEN if multiline else _SINGLE_LINE_FORBIDDEN)
            .search(value))


# ---------------------------------------------------------------- ID numbers


def id_check_character(first17: str) -> str:
    """GB 11643's check character: ISO 7064 MOD 11-2 (python-stdnum's)."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("17 digits expected")
    return str(_mod_11_2().calc_check_digit(first17))


@functools.cache
def _mod_11_2() -> ModuleType:
    # stdnum loads at the first ID number, not with this module; a `from` import in
    # the check itself cost a quarter of it (an import has thousands to check).
    from stdnum.iso7064 import mod_11_2

    return mod_11_2


@functools.lru_cache(maxsize=8192)
def division_exists(code: str) -> bool:
    """Whether a six-digit administrative division code is one of GB/T 2260's,
    historical codes included (python-stdnum's cn/loc table: an ID number keeps the
    code of the county where it was issued, even after the county was renamed)."""
    from stdnum import numdb

    return any("county" in props for _part, props in numdb.get("cn/loc").info(code))


def _ascii(value: str) -> str:
    """Full-width digits, letters and signs (０-９, Ｘ, ＋, －) as ASCII: what a Chinese
    input method in full-width mode types. Other text is left as it is."""
    if value.isascii():
        return value
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", ch) if "\uff01" <= ch <= "\uff5e" else ch
                   for ch in value)


def normalize_id_number(value: str, today: date, field: str = "id_number") -> str:
    """GB 11643-1999: 18 characters with a check character (lower-case x accepted and
    upper-cased), or a legacy 15-digit number; the birth date must exist and not lie in
    the future. Returns the canonical form."""
    text = _ascii(value).strip().upper()
    if len(text) == 18:
        match = _ID18.fullmatch(text)
        if match is None:
            raise InvalidField(field, Problem.BAD_FORMAT)
        _check_birth(field, match[1], today)
        if id_check_character(text[:17]) != text[17]:
            raise InvalidField(field, Problem.BAD_CHECK_CHARACTER)
        if not division_exists(text[:6]):
            raise InvalidField(field, Problem.NO_SUCH_DIVISION)
        return text
    if len(text) == 15:
        match = _ID15.fullmatch(text)
        if match is None:
            raise InvalidField(field, Problem.BAD_FORMAT)
        _check_birth(field, "19" + match[1], today)  # 15-digit numbers predate 2000
        if not division_exists(text[:6]):
            raise InvalidField(field, Problem.NO_SUCH_DIVISION)
        return text
    raise InvalidField(field, Problem.BAD_FORMAT)


def _check_birth(field: str, yyyymmdd: str, today: date) -> None:
    try:
        born = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        raise InvalidField(field, Problem.BAD_BIRTH_DATE) from None
    if born.year < 1850:
        raise InvalidField(field, Problem.BAD_BIRTH_DATE)
    if born > today:
        raise InvalidField(field, Problem.IN_THE_FUTURE)


# ---------------------------------------------------------------- phones


def normalize_phone(value: str, field: str = "phone") -> str:
    """A mobile number (^1[3-9]\\d{9}$ after an optional +86/86) or a landline with area
    code; spaces, hyphens and brackets are ignored. Returns the digits (mobile) or
    0AREA-NUMBER (landline). Carrier prefix lists go stale, so none is used."""
    check_text(field, value, SHORT, required=True)
    compact = _PHONE_SEPARATORS.sub("", _ascii(value).strip())
    mobile = _MOBILE.fullmatch(compact)
    if mobile is not None:
        return mobile[1]
    if compact.startswith(("+86", "86")):
        compact = "0" + compact.removeprefix("+").removeprefix("86").lstrip("0")
    landline = _LANDLINE.fullmatch(compact)
    if landline is not None:
        return compact
    raise InvalidField(field, Problem.BAD_FORMAT)


# ---------------------------------------------------------------- dates


def check_not_future(field: str, moment: datetime, now: datetime) -> datetime:
    if moment.tzinfo is None:
        raise InvalidField(field, Problem.BAD_FORMAT)
    if moment > now:
        raise InvalidField(field, Problem.IN_THE_FUTURE)
    return moment


def check_day_not_future(field: str, day: date, today: date) -> date:
    if day > today:
        raise InvalidField(field, Problem.IN_THE_FUTURE)
    return day


# ---------------------------------------------------------------- records


class _Collector:
    """Runs checks and keeps every problem, so a form can mark all wrong fields."""

    __slots__ = ("problems",)

    def __init__(self) -> None:
        self.problems: list[InvalidField] = []

    def attempt(self, func: Callable[..., T], *args: object, **kwargs: object) -> T | None:
        try:
            return func(*args, **kwargs)
        except InvalidField as problem:
            self.problems.append(problem)
            return None

    def text(self, field: str, value: str, limit: int, *, required: bool = False,
             multiline: bool = False) -> str | None:
        """check_text, skipped for an empty optional field (most of them, on an import
        of 10,000s of rows): it could only return the same empty text."""
        if not value and not required:
            return value
        try:
            return check_text(field, value, limit, required=required, multiline=multiline)
        except InvalidField as problem:
            self.problems.append(problem)
            return None

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationFailed(tuple(self.problems))


def validate_identity(identity: InformantIdentity, today: date,
                      prefix: str = "informant") -> InformantIdentity:
    """The identity with normalized ID number and phones; ValidationFailed lists every
    bad field."""
    if not any(identity):
        return identity  # nothing given (most reports are anonymous): nothing to check
    given_name, given_id, given_unit, given_address, given_phones, relatives = identity
    if (not relatives and _clean(given_name, SHORT) and _clean(given_unit, MEDIUM)
            and _clean(given_address, MEDIUM)):
        # The usual identity (an import checks 10,000s): its numbers are all that may
        # change or fail; a failure goes the full way below, which names the field.
        try:
            id_number = normalize_id_number(given_id, today) if given_id.strip() else ""
            phones = tuple([normalize_phone(phone) for phone in given_phones if phone.strip()])
        except InvalidField:
            pass
        else:
            if id_number == given_id and phones == given_phones:
                return identity
            return identity._replace(id_number=id_number, phones=phones)
    c = _Collector()
    # Field names are built only for a field with a problem (imports check 10,000s).
    name: str | None = given_name
    unit: str | None = given_unit
    address: str | None = given_address
    if not _clean(given_name, SHORT):
        name = c.text(f"{prefix}.name", given_name, SHORT)
    if not _clean(given_unit, MEDIUM):
        unit = c.text(f"{prefix}.unit", given_unit, MEDIUM)
    if not _clean(given_address, MEDIUM):
        address = c.text(f"{prefix}.address", given_address, MEDIUM)
    id_number = ""
    if given_id.strip():
        try:
            id_number = normalize_id_number(given_id, today)
        except InvalidField:  # again, to name the field
            id_number = c.attempt(normalize_id_number, given_id, today,
                                  f"{prefix}.id_number") or ""
    phones = tuple([
        _phone(c, phone, prefix, i) for i, phone in enumerate(given_phones) if phone.strip()
    ])
    for i, relative in enumerate(relatives):
        c.text(f"{prefix}.relatives[{i}].name", relative.name, SHORT,
                  required=True)
        c.text(f"{prefix}.relatives[{i}].relation", relative.relation, SHORT)
        if relative.phone.strip():
            c.attempt(normalize_phone, relative.phone, f"{prefix}.relatives[{i}].phone")
    c.raise_if_any()
    if (name == given_name and id_number == given_id and unit == given_unit
            and address == given_address and phones == given_phones):
        return identity  # already normal: spare the copy (imports check 10,000s of these)
    return InformantIdentity(
        name=name or "", id_number=id_number, unit=unit or "", address=address or "",
        phones=phones, relatives=relatives,
    )


def _phone(c: _Collector, phone: str, prefix: str, index: int) -> str:
    try:
        return normalize_phone(phone)
    except InvalidField:  # again, to name the field
        return c.attempt(normalize_phone, phone, f"{prefix}.phones[{index}]") or ""


def validate_person(person: ReportedPerson, index: int) -> list[InvalidField]:
    name, unit, post, _rank, region = person
    # (`not x or`: an empty optional field, most of them, without a call)
    if (_clean(name, SHORT, required=True) and (not unit or _clean(unit, MEDIUM))
            and (not post or _clean(post, SHORT)) and (not region or _clean(region, SHORT))):
        return []  # nearly every person: no field name built
    c = _Collector()
    prefix = f"reported_persons[{index}]"
    c.text(f"{prefix}.name", name, SHORT, required=True)
    c.text(f"{prefix}.unit", unit, MEDIUM)
    c.text(f"{prefix}.post", post, SHORT)
    c.text(f"{prefix}.region", region, SHORT)
    return c.problems


def validate_persons(persons: tuple[ReportedPerson, ...]) -> None:
    problems: list[InvalidField] = []
    for i, person in enumerate(persons):
        problems += validate_person(person, i)
    if not persons:
        problems.append(InvalidField("reported_persons", Problem.REQUIRED))
    if problems:
        raise ValidationFailed(tuple(problems))


def _plain(report: NewReport, now: datetime) -> bool:
    """True for a report that is not face to face and holds nothing the checks below
    would refuse or change, its identity aside: most rows of an import. Each test is a
    rule of validate_report's, cheap side only; anything else goes the full way."""
    (channel, received_at, original, _kind, summary, _identity, _acknowledged, staff,
     _read_back, signed, _consent, items, postmark, origin, _envelope_kept, reference,
     illegible_reason, _notice) = report  # at once: one attribute read each cost more
    if channel is Channel.VISIT or channel is Channel.ORAL:
        return False
    if staff or items or signed or illegible_reason:
        return False
    if channel is Channel.LETTER:
        if postmark is None or postmark > received_at.astimezone(CHINA).date():
            return False
    elif postmark is not None and channel is not Channel.FAX:
        return False
    return (received_at.tzinfo is not None and received_at <= now
            and len(original) <= ORIGINAL and bool(original.strip())
            and not _ORIGINAL_FORBIDDEN.search(original)
            and (not summary or _clean(summary, LONG, multiline=True))
            and (not origin or _clean(origin, MEDIUM))
            and (not reference or _clean(reference, MEDIUM)))


def validate_report(report: NewReport, now: datetime) -> NewReport:
    """Required fields per channel (Arts 14-17, CPL Art 111); returns the report with
    its identity normalized. ValidationFailed lists every problem."""
    if _plain(report, now):
        # its problems alone
        identity = validate_identity(report.identity, now.astimezone(CHINA).date())
        return report if identity is report.identity else report._replace(identity=identity)
    c = _Collector()
    # The checkers run only to record a problem the quick tests below found.
    received_at, original = report.received_at, report.original_text
    if received_at.tzinfo is None or received_at > now:
        c.attempt(check_not_future, "received_at", received_at, now)
    if (len(original) > ORIGINAL or not original.strip()
            or _ORIGINAL_FORBIDDEN.search(original)):
        c.attempt(check_original_text, "original_text", original)
    c.text("summary", report.summary, LONG, multiline=True)
    c.text("origin", report.origin, MEDIUM)
    c.text("reference", report.reference, MEDIUM)
    for i, staff in enumerate(report.receiving_staff):
        c.text(f"receiving_staff[{i}]", staff, SHORT, required=True)
    for i, item in enumerate(report.items_received):
        c.text(f"items_received[{i}]", item.description, MEDIUM, required=True)
        if item.quantity < 1:
            c.problems.append(InvalidField(f"items_received[{i}].quantity", Problem.BAD_FORMAT))
    in_person = report.channel in (Channel.VISIT, Channel.ORAL)
    if report.channel is Channel.VISIT:
        distinct = {s.strip() for s in report.receiving_staff if s.strip()}
        if len(distinct) < MIN_RECEIVING_STAFF:
            c.problems.append(
                InvalidField("receiving_staff", Problem.TOO_FEW_STAFF, MIN_RECEIVING_STAFF)
            )
    if in_person:
        # The transcript is read back, then signed and fingerprinted (Art 14; CPL Art 111).
        if not report.transcript_read_back:
            c.problems.append(InvalidField("transcript_read_back", Problem.REQUIRED))
        if not report.transcript_signed:
            c.problems.append(InvalidField("transcript_signed", Problem.REQUIRED))
    c.text("postmark_illegible_reason", report.postmark_illegible_reason, MEDIUM)
    if report.postmark_illegible_reason.strip() and (
            report.postmark_date is not None
            or report.channel not in (Channel.LETTER, Channel.FAX)):
        # An illegible postmark has no date; only mail has a postmark at all.
        c.problems.append(InvalidField("postmark_illegible_reason", Problem.NOT_ALLOWED))
    if report.channel is Channel.LETTER:
        if report.postmark_date is None:
            if not report.postmark_illegible_reason.strip():
                c.problems.append(InvalidField("postmark_date", Problem.REQUIRED))
        else:
            c.attempt(check_day_not_future, "postmark_date", report.postmark_date,
                      report.received_at.astimezone(CHINA).date())
    elif report.postmark_date is not None and report.channel is not Channel.FAX:
        c.problems.append(InvalidField("postmark_date", Problem.NOT_ALLOWED))
    if not in_person and (report.receiving_staff or report.items_received
                          or report.transcript_signed):
        # Only what happens face to face has staff, a transcript and handed-over items.
        c.problems.append(InvalidField("receiving_staff", Problem.NOT_ALLOWED))
    identity = report.identity
    try:
        identity = validate_identity(report.identity, now.astimezone(CHINA).date())
    except ValidationFailed as failed:
        c.problems.extend(failed.problems)
    c.raise_if_any()
    staff_names = tuple(s.strip() for s in report.receiving_staff)
    summary, origin, reference = (report.summary.strip(), report.origin.strip(),
                                  report.reference.strip())
    illegible = report.postmark_illegible_reason.strip()
    if (identity is report.identity and staff_names == report.receiving_staff
            and (summary, origin, reference, illegible) == (
                report.summary, report.origin, report.reference,
                report.postmark_illegible_reason)):
        return report  # already normal
    return NewReport(
        channel=report.channel, received_at=report.received_at,
        original_text=report.original_text, kind=report.kind,
        summary=summary, identity=identity, acknowledged=report.acknowledged,
        receiving_staff=staff_names,
        transcript_read_back=report.transcript_read_back,
        transcript_signed=report.transcript_signed,
        consent_to_record=report.consent_to_record, items_received=report.items_received,
        postmark_date=report.postmark_date, origin=origin,
        envelope_kept=report.envelope_kept, reference=reference,
        postmark_illegible_reason=illegible,
        false_accusation_notice=report.false_accusation_notice,
    )
