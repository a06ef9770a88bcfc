"""LeadRows, a page of the lead list: reads like a list, makes each row only when read."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.domain.leads import Channel, CrimeCategory, LeadId, LeadRow, LeadRows, LeadStatus

WHEN = datetime(2026, 3, 1, tzinfo=UTC)


def _page(count: int) -> tuple[LeadRows[int], list[int]]:
    made: list[int] = []

    def make(i: int) -> LeadRow:
        made.append(i)
        return LeadRow(LeadId(i), f"2026-{i:05d}", LeadStatus.RECEIVED, CrimeCategory.OTHER, 1,
                       WHEN, None, "", Channel.LETTER, "某局")

    return LeadRows(list(range(count, 0, -1)), make), made


def test_rows_are_made_only_when_read() -> None:
    page, made = _page(10_000)
    assert len(page) == 10_000 and made == []
    assert page[0].number == "2026-10000" and page[-1].id == 1
    assert made == [10_000, 1]


def test_reads_like_a_list() -> None:
    page, _ = _page(5)
    assert [r.id for r in page] == [5, 4, 3, 2, 1]
    assert [r.id for r in page[1:3]] == [4, 3]
    assert page == list(page) and page != list(page)[:4] and page != "x"
    assert [r.id for r in page + _page(2)[0]] == [5, 4, 3, 2, 1, 2, 1]
    assert page[2] in page and bool(page) and not _page(0)[0]
