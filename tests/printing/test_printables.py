"""The printable inputs' own rules (no PDF needed)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import sample_printables as samples
from desktop.domain.audit import AuditHead
from desktop.domain.printables import (
    BadField,
    ClassificationLevel,
    ClassificationMark,
    CopyNumber,
    RepeatReportNotice,
)


@pytest.mark.parametrize(
    ("level", "years", "text"),
    [
        (ClassificationLevel.SECRET, 10, "秘密★10年"),
        (ClassificationLevel.CONFIDENTIAL, 20, "机密★20年"),
        (ClassificationLevel.TOP_SECRET, 30, "绝密★30年"),
        (ClassificationLevel.CONFIDENTIAL, 10, "机密★10年"),
    ],
)
def test_classification_marks_per_gb_t_9704(
    level: ClassificationLevel, years: int, text: str
) -> None:
    assert str(ClassificationMark(level, years)) == text


@pytest.mark.parametrize(
    ("level", "years"),
    [
        (ClassificationLevel.SECRET, 11),
        (ClassificationLevel.CONFIDENTIAL, 21),
        (ClassificationLevel.TOP_SECRET, 31),
        (ClassificationLevel.SECRET, 0),
    ],
)
def test_periods_beyond_the_default_maximum_are_refused(
    level: ClassificationLevel, years: int
) -> None:
    with pytest.raises(BadField) as raised:
        ClassificationMark(level, years)
    assert raised.value.field == "years"


@settings(max_examples=100)
@given(st.integers(1, 999_999))
def test_copy_numbers_are_six_digits(value: int) -> None:
    text = str(CopyNumber(value))
    assert len(text) == 6
    assert CopyNumber.parse(text) == CopyNumber(value)


@pytest.mark.parametrize("text", ["", "12345", "1234567", "000000", "12345a", "１２３４５６"])
def test_bad_copy_numbers(text: str) -> None:
    with pytest.raises(BadField):
        CopyNumber.parse(text)


def test_audit_head_short_form() -> None:
    head = AuditHead(42, "ab" * 32)
    assert head.short == "abababababababab #42"
    for printable in (samples.cover_sheet(), samples.bag_register()):
        with pytest.raises(BadField):
            dataclasses.replace(printable, audit_head=AuditHead(42, "AB" * 32))
        with pytest.raises(BadField):
            dataclasses.replace(printable, audit_head=AuditHead(-1, "ab" * 32))


def test_month_of_a_notice_is_checked() -> None:
    with pytest.raises(BadField):
        dataclasses.replace(samples.repeat_report_notice(), month=13)
    assert isinstance(samples.repeat_report_notice(), RepeatReportNotice)


def test_items_counts_are_not_negative() -> None:
    items = samples.items_received().items
    with pytest.raises(BadField):
        dataclasses.replace(items[0], pages=-1)


def test_screens_show_the_audit_head_as_paper_does() -> None:
    """The unsealing dialog, `bags unseal`, the cover sheet and the register all show the
    chain's one AuditHead in one short form, so a clerk can compare them by eye."""
    assert AuditHead(1287, "3f9a0c77b1e24d5a" + "0" * 48).short == "3f9a0c77b1e24d5a #1287"
    assert samples.cover_sheet().audit_head.short == samples.HEAD.short
