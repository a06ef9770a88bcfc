"""Printed dates are the workstation's calendar day, not UTC's."""

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from desktop.domain.printables import local_date


@pytest.fixture
def beijing() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_a_bag_sealed_early_in_the_morning_in_beijing_shows_that_day(beijing: None) -> None:
    sealed = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # 07:30 on 2 March in Beijing
    assert local_date(sealed) == date(2026, 3, 2)


def test_midday_is_the_same_day_everywhere_east_of_utc(beijing: None) -> None:
    assert local_date(datetime(2026, 3, 1, 4, 0, tzinfo=UTC)) == date(2026, 3, 1)
