"""The list's rows as read from a page: one at a time (the screen) and a page at once
(iteration) give the same LeadRows, codes and times decoded, NULLs as None."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from db.repositories import lead_lists
from desktop.domain.leads import Channel, CrimeCategory, LeadRow, LeadStatus

FIRST = "2026-03-01T01:00:00+00:00"
DUE = "2026-03-16T09:00:00+00:00"


def _raw(lead_id: int, due: str | None, channel: int) -> tuple[object, ...]:
    return (lead_id, f"2026-{lead_id:05d}", 0, 1, 2, FIRST, due, "摘要", channel, "某局")


def test_a_page_at_once_equals_row_by_row() -> None:
    no_channel = len(lead_lists._CHANNELS) - 1  # the CASE's ELSE: a lead without a report
    raws = [_raw(3, DUE, 0), _raw(2, None, no_channel), _raw(1, DUE, 1)]
    page = lead_lists._rows(raws)  # type: ignore[arg-type]
    assert list(page) == [page[0], page[1], page[2]] == page[0:3]
    first = page[0]
    assert isinstance(first, LeadRow)
    assert first.status is next(iter(LeadStatus))
    assert first.category is tuple(CrimeCategory)[1]
    assert first.first_received_at == datetime(2026, 3, 1, 1, tzinfo=UTC)
    assert first.next_due_at == datetime(2026, 3, 16, 9, tzinfo=UTC)
    assert first.channel is next(iter(Channel))
    assert page[1].next_due_at is None and page[1].channel is None


def test_the_time_cache_is_bounded_and_keeps_none(monkeypatch: pytest.MonkeyPatch) -> None:
    times = lead_lists._Times({None: None})
    monkeypatch.setattr(lead_lists, "_TIMES_MAX", 3)
    for day in range(1, 8):
        moment = times[f"2026-03-0{day}T00:00:00+00:00"]
        assert moment is not None and moment.day == day
        assert len(times) <= 3
    assert times[None] is None
