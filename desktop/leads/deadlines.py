"""Deadlines (REGULATIONS.md Chapters II-IX): a rules table naming the article each
rule comes from, calendar or working days, and a holiday list kept in settings.

Days are counted in China Standard Time; a day-based deadline ends at the end of its
last day. Rules marked unverified keep their values configurable (settings
`leads.deadline.<code>` = "<amount> <unit>"), as REGULATIONS.md asks.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone

from desktop.leads import work_calendar

CHINA = timezone(timedelta(hours=8), "CST")  # no daylight saving since 1991
RULE_SETTING_PREFIX = "leads.deadline."


class Unit(enum.Enum):
    HOURS = "hours"
    DAYS = "days"  # calendar days
    WORKING_DAYS = "working-days"
    MONTHS = "months"


@dataclass(frozen=True)
class DeadlineRule:
    code: str
    article: str
    amount: int
    unit: Unit
    verified: bool


DISPOSITION = "disposition"
VISIT_REPLY = "visit-reply"
SUPPLEMENT = "supplement"
CLARIFY_AFTER_INVESTIGATION = "clarify-after-investigation"
CLARIFY_AFTER_REVIEW = "clarify-after-review"
ASSISTANCE = "assistance"
REPLY = "reply"

RULES: dict[str, DeadlineRule] = {
    rule.code: rule
    for rule in (
        # Chapter III: every lead gets a disposition within 7 days of receipt.
        DeadlineRule(DISPOSITION, "Ch. III", 7, Unit.DAYS, verified=False),
        # Art 55: a visit not answered on the spot is answered within 15 days.
        DeadlineRule(VISIT_REPLY, "Art 55", 15, Unit.DAYS, verified=True),
        # Art 54: real-name reports get a reply; the centre's own target (configurable).
        DeadlineRule(REPLY, "Art 54", 15, Unit.DAYS, verified=False),
        # Art 18: unclear material is supplemented within a time limit [unverified: 7].
        DeadlineRule(SUPPLEMENT, "Art 18", 7, Unit.DAYS, verified=False),
        # Arts 71-75: clarification within one month after the preliminary
        # investigation ends, or 10 working days after a review conclusion.
        DeadlineRule(CLARIFY_AFTER_INVESTIGATION, "Art 72", 1, Unit.MONTHS, verified=False),
        DeadlineRule(CLARIFY_AFTER_REVIEW, "Art 72", 10, Unit.WORKING_DAYS, verified=False),
        # Art 62: a threatened informant's request is handled "promptly": 24 hours.
        DeadlineRule(ASSISTANCE, "Art 62", 24, Unit.HOURS, verified=False),
    )
}


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date] = frozenset()
    extra_workdays: frozenset[date] = frozenset()

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> WorkCalendar:
        """The chief's days for the years set by hand, the kept library's for the
        others (desktop.leads.work_calendar)."""
        holidays, workdays = work_calendar.effective(
            settings.get(work_calendar.HOLIDAYS_SETTING, ""),
            settings.get(work_calendar.WORKDAYS_SETTING, ""),
            settings.get(work_calendar.HAND_SET_YEARS_SETTING, ""))
        return cls(holidays=holidays, extra_workdays=workdays)


def rules_from_settings(settings: Mapping[str, str]) -> dict[str, DeadlineRule]:
    """RULES with the amounts and units the settings override ("7 days", "10 working-days")."""
    rules = dict(RULES)
    for code, rule in RULES.items():
        override = settings.get(RULE_SETTING_PREFIX + code)
        if override:
            amount, unit = override.split(maxsplit=1)
            rules[code] = replace(rule, amount=int(amount), unit=Unit(unit.strip()))
    return rules


def due_at(rule: DeadlineRule, start: datetime, calendar: WorkCalendar) -> datetime:
    if start.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    if rule.unit is Unit.HOURS:
        return start + timedelta(hours=rule.amount)
    local = start.astimezone(CHINA).date()
    if rule.unit is Unit.DAYS:
        last = local + timedelta(days=rule.amount)
    elif rule.unit is Unit.MONTHS:
        last = _add_months(local, rule.amount)
    else:
        last, counted = local, 0
        while counted < rule.amount:
            last += timedelta(days=1)
            if calendar.is_working_day(last):
                counted += 1
    return datetime.combine(last, time(23, 59, 59), CHINA)


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for candidate in (day.day, 30, 29, 28):  # 31 January + 1 month = 28/29 February
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")
