"""What printing/ is handed for the leads register for a month or a range: one row
per lead (number, day received, codes, reported unit, counts). No identity, no report
text: the register may go to the chief and the departments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.printables import BadField, ClassificationMark, CopyNumber


@dataclass(frozen=True)
class LeadsRegisterRow:
    number: str
    received_on: date
    channel: str  # codes: printing/ names them in Chinese (desktop.domain.lead_labels)
    category: str
    status: str
    reported_unit: str
    report_count: int


@dataclass(frozen=True)
class LeadsRegister:
    unit_name: str
    first_day: date
    last_day: date  # inclusive
    rows: tuple[LeadsRegisterRow, ...]
    printed_at: datetime
    copy_number: CopyNumber
    classification: ClassificationMark

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise BadField("last_day", self.last_day, "not before first_day")
