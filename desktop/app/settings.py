"""Workstation settings kept in the vault: the idle-lock time; the work calendar
(holidays and exchanged workdays per year), the deadlines the rules leave open and the
discipline inspection department's name. Reading is for everyone; changing is the
chief procurator's (the permission the policy names after the first setting), and
every change is audited as settings.change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.app.workstation_checks import DEFAULT_IDLE_LOCK_SECONDS, check_idle_timeout
from desktop.domain.printables import ClassificationLevel, ClassificationMark
from desktop.policy import Action, NotPermitted, allowed

if TYPE_CHECKING:
    from datetime import date

    from desktop.ports import Clock
    from desktop.vault.session import Session

IDLE_SETTING = "workstation.idle_lock_seconds"
PRINT_CLASSIFICATION_SETTING = "print.classification"


@dataclass(frozen=True)
class WorkYear:
    """One year of the work calendar as it is in force."""

    year: int
    holidays: tuple[date, ...]
    workdays: tuple[date, ...]  # weekend days worked in exchange (调休)
    set_by_hand: bool
    library_knows: bool  # the kept library has this year's days


@dataclass(frozen=True)
class DeadlineSetting:
    code: str
    article: str
    amount: int
    unit: str  # desktop.leads.deadlines.Unit value
    adjustable: bool  # the rules leave it open (unverified): the chief may set it


class Settings:
    """desktop.app.ports.SettingsPort."""

    def __init__(self, session: Session, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    def idle_timeout_seconds(self) -> int:
        with self._session.store.reading() as tx:
            value = tx.settings.get(IDLE_SETTING)
        if value is None or not value.isdigit() or check_idle_timeout(int(value)) is not None:
            return DEFAULT_IDLE_LOCK_SECONDS
        return int(value)

    def set_idle_timeout_seconds(self, seconds: int) -> None:
        s = self._session
        if not allowed(s.role, Action.CHANGE_IDLE_TIMEOUT):
            raise NotPermitted(Action.CHANGE_IDLE_TIMEOUT, s.role)
        problem = check_idle_timeout(seconds)
        if problem is not None:
            raise ValueError(problem.value)
        with s.store.transaction() as tx:
            tx.settings.set(IDLE_SETTING, str(seconds))
            tx.audit.append(s.actor, "settings.change", IDLE_SETTING, {"value": seconds})

    # -- leads: work calendar, deadlines, departments

    def _require_chief(self) -> None:
        s = self._session
        if not allowed(s.role, Action.CHANGE_IDLE_TIMEOUT):
            raise NotPermitted(Action.CHANGE_IDLE_TIMEOUT, s.role)

    def work_year(self, year: int) -> WorkYear:
        from desktop.leads import work_calendar as wc

        with self._session.store.reading() as tx:
            values = tx.settings.all()
        hand = year in wc.hand_set_years(values.get(wc.HAND_SET_YEARS_SETTING, ""))
        library = wc.library_year(year)
        if hand or library is None:
            holidays = {d for d in wc.dates_of(values.get(wc.HOLIDAYS_SETTING, ""))
                        if d.year == year}
            workdays = {d for d in wc.dates_of(values.get(wc.WORKDAYS_SETTING, ""))
                        if d.year == year}
        else:
            holidays, workdays = set(library[0]), set(library[1])
        return WorkYear(year, tuple(sorted(holidays)), tuple(sorted(workdays)), hand,
                        library is not None)

    def work_years_to_set(self) -> tuple[int, ...]:
        from desktop.leads import work_calendar as wc
        from desktop.leads.deadlines import CHINA

        with self._session.store.reading() as tx:
            hand = wc.hand_set_years(tx.settings.get(wc.HAND_SET_YEARS_SETTING) or "")
        return wc.years_to_set(self._clock.now().astimezone(CHINA).date(), hand)

    def set_work_year(self, year: int, holidays: str, workdays: str) -> WorkYear:
        """The holidays and exchanged workdays of `year`, typed by the chief; they
        replace the library's for that year. InvalidField for a malformed, foreign or
        duplicate date (nothing is changed)."""
        from desktop.leads import work_calendar as wc
        from desktop.leads.errors import InvalidField, Problem

        self._require_chief()
        days_off = wc.parse_days("holidays", holidays, year)
        days_on = wc.parse_days("workdays", workdays, year)
        if set(days_off) & set(days_on):
            raise InvalidField("workdays", Problem.DUPLICATE)
        s = self._session
        with s.store.transaction() as tx:
            values = tx.settings.all()

            def merged(key: str, days: tuple[date, ...]) -> str:
                kept = [d for d in wc.dates_of(values.get(key, "")) if d.year != year]
                return ",".join(d.isoformat() for d in sorted([*kept, *days]))

            years = wc.hand_set_years(values.get(wc.HAND_SET_YEARS_SETTING, "")) | {year}
            tx.settings.set(wc.HOLIDAYS_SETTING, merged(wc.HOLIDAYS_SETTING, days_off))
            tx.settings.set(wc.WORKDAYS_SETTING, merged(wc.WORKDAYS_SETTING, days_on))
            tx.settings.set(wc.HAND_SET_YEARS_SETTING,
                            ",".join(str(y) for y in sorted(years)))
            tx.audit.append(s.actor, "settings.change", wc.HOLIDAYS_SETTING, {
                "year": year, "holidays": len(days_off), "workdays": len(days_on)})
        return self.work_year(year)

    def deadlines(self) -> list[DeadlineSetting]:
        from desktop.leads import deadlines as dl

        with self._session.store.reading() as tx:
            rules = dl.rules_from_settings(tx.settings.all())
        return [DeadlineSetting(r.code, r.article, r.amount, r.unit.value, not r.verified)
                for r in rules.values()]

    def set_deadline(self, code: str, amount: int, unit: str) -> None:
        """Only a rule the Provisions leave open (unverified) may be set."""
        from desktop.leads import deadlines as dl
        from desktop.leads.errors import InvalidField, Problem

        self._require_chief()
        rule = dl.RULES.get(code)
        if rule is None or rule.verified:
            raise InvalidField("deadline", Problem.NOT_ALLOWED)
        if unit not in {u.value for u in dl.Unit}:
            raise InvalidField("unit", Problem.UNKNOWN_VALUE)
        if not 1 <= amount <= 366:
            raise InvalidField("amount", Problem.BAD_FORMAT)
        s = self._session
        with s.store.transaction() as tx:
            tx.settings.set(dl.RULE_SETTING_PREFIX + code, f"{amount} {unit}")
            tx.audit.append(s.actor, "settings.change", dl.RULE_SETTING_PREFIX + code,
                            {"amount": amount, "unit": unit})

    def discipline_department(self) -> str:
        from desktop.leads.routing import (
            DEFAULT_DISCIPLINE_INSPECTION,
            DISCIPLINE_INSPECTION_SETTING,
        )

        with self._session.store.reading() as tx:
            return tx.settings.get(DISCIPLINE_INSPECTION_SETTING) or DEFAULT_DISCIPLINE_INSPECTION

    def set_discipline_department(self, name: str) -> None:
        from desktop.leads import validators
        from desktop.leads.routing import DISCIPLINE_INSPECTION_SETTING

        self._require_chief()
        value = validators.check_text("department", name, validators.MEDIUM, required=True)
        s = self._session
        with s.store.transaction() as tx:
            tx.settings.set(DISCIPLINE_INSPECTION_SETTING, value)
            tx.audit.append(s.actor, "settings.change", DISCIPLINE_INSPECTION_SETTING,
                            {"length": len(value)})

    # -- printing

    def print_classification(self) -> ClassificationMark:
        """The mark a print gets unless the clerk chooses another (GB/T 9704)."""
        with self._session.store.reading() as tx:
            return classification_from(tx.settings.get(PRINT_CLASSIFICATION_SETTING))

    def set_print_classification(self, mark: ClassificationMark) -> None:
        self._require_chief()
        s = self._session
        with s.store.transaction() as tx:
            tx.settings.set(PRINT_CLASSIFICATION_SETTING,
                            f"{mark.level.name},{mark.years}")
            tx.audit.append(s.actor, "settings.change", PRINT_CLASSIFICATION_SETTING,
                            {"classification": str(mark)})


def classification_from(value: str | None) -> ClassificationMark:
    """The stored default ("CONFIDENTIAL,20"); the usual 机密★20年 when none or unreadable."""
    if value:
        level, _, years = value.partition(",")
        try:
            return ClassificationMark(ClassificationLevel[level], int(years))
        except (KeyError, ValueError):
            pass
    return ClassificationMark(ClassificationLevel.CONFIDENTIAL, 20)
