"""The deadlines a lead opens, from the rules and work calendar in settings.

One plan per transaction: due dates are worked out once per (rule, start), so a bulk
import (10,000s of rows on a few hundred receipt days) and a single entry share one
code path.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from desktop.domain.audit import report_subject
from desktop.domain.leads import Channel, Deadline, LeadId, Report
from desktop.leads import deadlines as dl


class DeadlinePlan:
    def __init__(self, settings: Mapping[str, str]) -> None:
        self._rules = dl.rules_from_settings(settings)
        self._calendar = dl.WorkCalendar.from_settings(settings)
        self._disposition = self._rules[dl.DISPOSITION]
        # Art 55: 15 days after a visit; the centre's reply rule otherwise (Art 54).
        self._visit_reply = self._rules[dl.VISIT_REPLY].code
        self._reply = self._rules[dl.REPLY].code
        self._due: dict[tuple[str, datetime], datetime] = {}

    def due(self, code: str, start: datetime) -> datetime:
        key = (code, start)
        found = self._due.get(key)
        if found is None:
            found = self._due[key] = dl.due_at(self._rules[code], start, self._calendar)
        return found

    def opened(self, code: str, lead_id: LeadId, subject: str, start: datetime) -> Deadline:
        """A deadline of rule `code` starting at `start`, not yet met."""
        return Deadline(lead_id, code, subject, start, self.due(code, start), None)

    def for_report(self, report: Report) -> list[Deadline]:
        """A reply deadline for a real-name report; nothing for an anonymous one."""
        if not report.real_name:
            return []
        # A branch, not a dict by channel: an Enum member's hash is Python code.
        code = self._visit_reply if report.channel is Channel.VISIT else self._reply
        start = report.received_at
        return [Deadline(report.lead_id, code, report_subject(report.id), start,
                         self.due(code, start), None)]

    def for_new_lead(self, report: Report, decided_at: datetime | None) -> list[Deadline]:
        """The disposition deadline of a new lead and its first report's deadlines. A
        lead decided before it was recorded (`decided_at`, an import) has its
        disposition deadline met then and opens no reply deadline."""
        code = self._disposition.code
        start = report.received_at
        disposition = Deadline(report.lead_id, code, "", start, self.due(code, start),
                               decided_at)
        if decided_at is not None:
            return [disposition]
        return [disposition, *self.for_report(report)]
