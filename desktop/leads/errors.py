"""Typed errors of the leads register's rules. They carry field names, codes and
numbers — never the offending value, which could be an informant's name or ID number.
ui/ and the CLI turn them into words. The base class and the errors storage raises
(not found, edit conflict) are in desktop.domain.lead_errors."""

from __future__ import annotations

import enum

from desktop.domain.lead_errors import LeadError


class Problem(enum.Enum):
    REQUIRED = "required"
    TOO_LONG = "too-long"
    CONTROL_CHARACTER = "control-character"
    BAD_FORMAT = "bad-format"
    BAD_CHECK_CHARACTER = "bad-check-character"
    BAD_BIRTH_DATE = "bad-birth-date"
    IN_THE_FUTURE = "in-the-future"
    TOO_FEW_STAFF = "too-few-staff"
    NOT_ALLOWED = "not-allowed"
    UNKNOWN_VALUE = "unknown-value"
    BEFORE_REPORT = "before-report"  # dated before the report it answers
    DUPLICATE = "duplicate"  # the same value given twice
    OUTSIDE_YEAR = "outside-year"  # a day of another year than the one being set
    NO_SUCH_DIVISION = "no-such-division"  # ID number: no such administrative division


class InvalidField(LeadError):
    """`field` breaks a rule; `limit` is the number the rule names (a length, a count)."""

    def __init__(self, field: str, problem: Problem, limit: int | None = None) -> None:
        detail = f" (limit {limit})" if limit is not None else ""
        super().__init__(f"{field}: {problem.value}{detail}")
        self.field = field
        self.problem = problem
        self.limit = limit

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, InvalidField)
            and (self.field, self.problem, self.limit) == (other.field, other.problem, other.limit)
        )

    def __hash__(self) -> int:
        return hash((self.field, self.problem, self.limit))


class ValidationFailed(LeadError):
    """Several fields are wrong at once; the form shows them all."""

    def __init__(self, problems: tuple[InvalidField, ...]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


class IdentityKeyMissing(LeadError):
    """This session holds no identity key (staff), so identities cannot be read or
    written."""


class IdentityCorrupt(LeadError):
    """An identity ciphertext does not authenticate (edited, moved or wrong key)."""


class RoutedToReportedUnit(LeadError):
    """Art 59(4): materials may not go to the reported person's unit."""

    def __init__(self, unit: str) -> None:
        super().__init__(f"the lead may not be routed to {unit}, a reported unit (Art 59(4))")
        self.unit = unit


class RoutedToReportedPerson(LeadError):
    """Art 59(4): materials may not go to a reported person."""

    def __init__(self, name: str) -> None:
        super().__init__("the routing target names a reported person (Art 59(4))")
        self.name = name


class MustGoToDisciplineInspection(LeadError):
    """Art 76: a lead about the procuratorate's own staff goes to its discipline
    inspection department."""

    def __init__(self, required: str) -> None:
        super().__init__(f"a lead about our own staff goes to {required}")
        self.required = required


class AttachmentTooLarge(LeadError):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the file has {size} bytes, more than the limit of {limit}")
        self.size = size
        self.limit = limit


class UnknownFileType(LeadError):
    def __init__(self, extension: str) -> None:
        super().__init__(f"the content of the .{extension} file is of no accepted type")
        self.extension = extension


class DisguisedFile(LeadError):
    """The name says one type, the bytes say another."""

    def __init__(self, extension: str, actual: str) -> None:
        super().__init__(f"a file named .{extension} holds {actual}")
        self.extension = extension
        self.actual = actual


class DuplicateAttachment(LeadError):
    """The lead already holds a file with exactly these bytes."""

    def __init__(self, existing: int, lead_number: str) -> None:
        super().__init__(f"lead {lead_number} already holds this file (attachment {existing})")
        self.existing = existing
        self.lead_number = lead_number


class NotRealName(LeadError):
    """Replies, risk assessments and protection apply to real-name reports."""

    def __init__(self, report_id: int) -> None:
        super().__init__(f"report {report_id} is anonymous")
        self.report_id = report_id


class LeadVoided(LeadError):
    """The lead was voided: it is kept as it was, and nothing more is recorded on it."""

    def __init__(self, lead_number: str) -> None:
        super().__init__(f"lead {lead_number} is void")
        self.lead_number = lead_number


class NothingToPrint(LeadError):
    """The chosen month or range holds nothing for this document: no copy is issued."""

    def __init__(self, document: str) -> None:
        super().__init__(f"nothing to print in {document} for that period")
        self.document = document


class AssistanceStepOutOfOrder(LeadError):
    def __init__(self, step: str, missing: str) -> None:
        super().__init__(f"{step} needs {missing} first")
        self.step = step
        self.missing = missing
