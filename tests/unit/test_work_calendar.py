"""The work calendar: China's holidays and exchanged workdays from the kept
chinese-calendar library, a year set by hand replacing the library's, and the days a
chief types checked (malformed, foreign or duplicate dates refused)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.leads import deadlines as dl
from desktop.leads import work_calendar as wc
from desktop.leads.errors import InvalidField, Problem


def test_the_library_knows_2026_with_its_exchanged_workdays() -> None:
    calendar = dl.WorkCalendar.from_settings({})
    assert not calendar.is_working_day(date(2026, 10, 1))  # National Day
    assert calendar.is_working_day(date(2026, 10, 10))  # a Saturday worked in exchange
    assert calendar.is_working_day(date(2026, 9, 30))
    assert wc.library_year(2026) is not None and wc.library_year(2099) is None


def test_a_year_set_by_hand_replaces_the_librarys() -> None:
    settings = {wc.HOLIDAYS_SETTING: "2026-10-09", wc.WORKDAYS_SETTING: "",
                wc.HAND_SET_YEARS_SETTING: "2026"}
    calendar = dl.WorkCalendar.from_settings(settings)
    assert calendar.is_working_day(date(2026, 10, 1))  # the library's holiday is gone
    assert not calendar.is_working_day(date(2026, 10, 9))
    assert not calendar.is_working_day(date(2026, 10, 10))  # a Saturday again
    assert not calendar.is_working_day(date(2025, 10, 1))  # other years: the library's


def test_working_day_deadlines_count_on_the_calendar() -> None:
    rule = dl.RULES[dl.CLARIFY_AFTER_REVIEW]  # 10 working days
    start = datetime(2026, 9, 28, 2, tzinfo=UTC)  # Monday, in China time too
    due = dl.due_at(rule, start, dl.WorkCalendar.from_settings({}))
    # 29, 30 Sep, then 1-8 Oct off, 9 and 10 (Sat, worked) on, 12-17 Oct: the 10th is 16 Oct.
    assert due.astimezone(dl.CHINA).date() == date(2026, 10, 16)


@pytest.mark.parametrize(("text", "problem"), [
    ("2027-02-30", Problem.BAD_FORMAT),
    ("2027-2-3", Problem.BAD_FORMAT),
    ("2026-10-01", Problem.OUTSIDE_YEAR),
    ("2027-01-01\n2027-01-01", Problem.DUPLICATE),
])
def test_typed_days_are_checked(text: str, problem: Problem) -> None:
    with pytest.raises(InvalidField) as caught:
        wc.parse_days("holidays", text, 2027)
    assert caught.value == InvalidField("holidays", problem)


def test_typed_days_are_read_in_any_separator() -> None:
    assert wc.parse_days("holidays", "2027-01-02, 2027-01-01\n2027-01-03", 2027) == (
        date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3))


def test_the_years_to_set_are_this_one_and_from_december_the_next_unless_known() -> None:
    from desktop.leads.work_calendar import library_year, years_to_set

    assert library_year(2026) is not None  # the kept library knows 2026
    assert years_to_set(date(2026, 6, 1), frozenset()) == ()
    assert years_to_set(date(2026, 11, 30), frozenset()) == ()  # next year not asked yet
    assert years_to_set(date(2026, 12, 1), frozenset()) == (
        (2027,) if library_year(2027) is None else ())
    assert years_to_set(date(2040, 3, 1), frozenset()) == (2040,)
    assert years_to_set(date(2040, 12, 31), frozenset()) == (2040, 2041)
    assert years_to_set(date(2040, 12, 31), frozenset({2040})) == (2041,)
    assert years_to_set(date(2040, 12, 31), frozenset({2040, 2041})) == ()
