"""The work calendar every working-day deadline counts on: China's public holidays and
the weekend days worked in exchange (调休). The kept chinese-calendar library knows the
years the State Council had announced when it was released; the chief procurator
sets the days of any other year (the machine is never updated online), and a year set
by hand replaces the library's for that year."""

from __future__ import annotations

import functools
import re
from datetime import date

from desktop.leads.errors import InvalidField, Problem

HOLIDAYS_SETTING = "leads.holidays"  # ISO dates, comma-separated
WORKDAYS_SETTING = "leads.extra_workdays"  # weekend days worked in exchange (调休)
HAND_SET_YEARS_SETTING = "leads.calendar_years"  # years whose days were set by hand
_SEPARATORS = re.compile(r"[\s,，、;；]+")


@functools.cache
def _library() -> tuple[dict[int, frozenset[date]], dict[int, frozenset[date]]]:
    import chinese_calendar.constants as known  # loaded with the first deadline

    def by_year(days: object) -> dict[int, frozenset[date]]:
        found: dict[int, set[date]] = {}
        for day in days:  # type: ignore[attr-defined]
            found.setdefault(day.year, set()).add(day)
        return {year: frozenset(values) for year, values in found.items()}

    return by_year(known.holidays), by_year(known.workdays)


def library_year(year: int) -> tuple[frozenset[date], frozenset[date]] | None:
    """The library's holidays and exchanged workdays of `year`; None if it does not
    know that year."""
    holidays, workdays = _library()
    if year not in holidays:
        return None
    return holidays[year], workdays.get(year, frozenset())


# The State Council announces a year's days late in the year before: from December
# on, next year is asked for too, so its first deadlines already count its holidays.
ASK_NEXT_YEAR_FROM_MONTH = 12


def years_to_set(today: date, hand_set: frozenset[int]) -> tuple[int, ...]:
    """This year, and from December next year, when neither the library knows its days
    nor the chief set them: its working-day deadlines count weekends only."""
    years = [today.year]
    if today.month >= ASK_NEXT_YEAR_FROM_MONTH:
        years.append(today.year + 1)
    return tuple(y for y in years if y not in hand_set and library_year(y) is None)


def dates_of(text: str) -> frozenset[date]:
    return frozenset(date.fromisoformat(part) for part in _SEPARATORS.split(text) if part)


def hand_set_years(text: str) -> frozenset[int]:
    return frozenset(int(part) for part in _SEPARATORS.split(text) if part.isdigit())


@functools.lru_cache(maxsize=64)
def effective(holidays_text: str, workdays_text: str, years_text: str
              ) -> tuple[frozenset[date], frozenset[date]]:
    """The days in force: the library's for each year it knows and nobody set by hand,
    the settings' otherwise."""
    hand = hand_set_years(years_text)
    holidays, workdays = set(dates_of(holidays_text)), set(dates_of(workdays_text))
    library_holidays, library_workdays = _library()
    for year, days in library_holidays.items():
        if year not in hand:
            holidays |= days
            workdays |= library_workdays.get(year, frozenset())
    return frozenset(holidays), frozenset(workdays)


def parse_days(field: str, text: str, year: int) -> tuple[date, ...]:
    """Dates typed by the chief for `year` (one per line or comma-separated), sorted.
    InvalidField: BAD_FORMAT for a date that is not YYYY-MM-DD, OUTSIDE_YEAR for one of
    another year, DUPLICATE for one given twice."""
    found: list[date] = []
    for part in _SEPARATORS.split(text.strip()):
        if not part:
            continue
        try:
            day = date.fromisoformat(part)
        except ValueError:
            raise InvalidField(field, Problem.BAD_FORMAT) from None
        if len(part) != 10:
            raise InvalidField(field, Problem.BAD_FORMAT)
        if day.year != year:
            raise InvalidField(field, Problem.OUTSIDE_YEAR)
        if day in found:
            raise InvalidField(field, Problem.DUPLICATE)
        found.append(day)
    return tuple(sorted(found))
