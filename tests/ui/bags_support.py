"""Helpers for the bag screen tests (tests/ui/test_bags_*.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from desktop.bags.service import BagService
from desktop.domain.audit import AuditRecord
from desktop.policy import Section
from ui import sections
from ui.bags.bags_view import BagsView
from ui.bags.prints_view import PrintsView
from ui.bags.unsealing import AwaitingUnsealingView


@pytest.fixture(autouse=True)
def bag_sections() -> None:
    """The bag screens registered (another test may have replaced one meanwhile)."""
    sections.register(Section.BAGS, BagsView)
    sections.register(Section.PRINTS, PrintsView)
    sections.register(Section.BAGS_AWAITING_UNSEALING, AwaitingUnsealingView)


def service(shell: Any) -> BagService:
    """The unlocked session's BagService (tests call it directly to set a scene)."""
    session = shell.controller.session
    assert session is not None
    return session.bags()


def open_section(qtbot: Any, shell: Any, section: Section) -> Any:
    ws = shell.controller.workspace
    ws.open(section)
    page = ws.page(section)
    assert isinstance(page, QWidget)
    qtbot.waitUntil(lambda: not page.worker.busy, timeout=10000)
    return page


def audit(shell: Any) -> list[AuditRecord]:
    session = shell.controller.session
    with session.vault_session.store.reading() as tx:
        return list(tx.audit_records.iterate())


def idle(qtbot: Any, *runners: Any) -> None:
    qtbot.waitUntil(lambda: not any(r.busy for r in runners), timeout=15000)
