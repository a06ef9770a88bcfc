"""The GUI thread never waits on SQL: a guard on the session's database connection
records the thread of every statement while the lead list scrolls, the register is
searched, the dashboard is counted and a lead opens; none may be the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.bootstrap import SystemClock
from desktop.domain.leads import Channel, CrimeCategory, NewReport, ReportedPerson
from desktop.leads.model import NewLead
from desktop.leads.service import LeadService
from desktop.policy import Section
from tests.ui.conftest import CLERK, unlock
from ui.leads.lead_view import LeadDetail
from ui.leads.section import LeadsSection


class ThreadGuard:
    """Stands in for the raw connection: notes the calling thread of each statement."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self.threads: list[int] = []
        self.statements: list[str] = []

    def _note(self, sql: str) -> None:
        self.threads.append(threading.get_ident())
        self.statements.append(sql)

    def execute(self, sql: str, params: Any = ()) -> Any:
        self._note(sql)
        return self._raw.execute(sql, params)

    def execute_many(self, sql: str, rows: Any) -> Any:
        self._note(sql)
        return self._raw.execute_many(sql, rows)

    def iterate(self, sql: str, params: Any = ()) -> Iterator[Any]:
        self._note(sql)
        return self._raw.iterate(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def on_gui_thread(self, gui: int) -> list[str]:
        return [s for t, s in zip(self.threads, self.statements, strict=True) if t == gui]


def test_no_sql_on_the_gui_thread_while_the_list_scrolls_and_a_lead_opens(
        qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    section = shell.controller.workspace.page(Section.LEADS)
    assert isinstance(section, LeadsSection)
    vault = shell.controller.session.vault_session
    received = datetime.now(UTC) - timedelta(days=40)
    LeadService(vault.store, SystemClock(), vault.user, vault.keys.ik).import_leads([
        (NewLead(CrimeCategory.DERELICTION, (ReportedPerson(f"测试{i}", "某局"),),
                 NewReport(Channel.PHONE, received, f"批量导入的第{i}条")), None)
        for i in range(600)
    ], "0" * 64)

    database = vault.store.database
    guard = ThreadGuard(database._raw)
    database._raw = guard
    gui = threading.get_ident()
    try:
        view = section.register_list
        model = view.model
        view.refresh()
        qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=10000)
        view.table.scrollToBottom()  # the view asks the model for the next page
        qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=10000)
        QTest.keyClick(view.table, Qt.Key.Key_End)  # the rest at once
        qtbot.waitUntil(lambda: model.rowCount() == 624, timeout=10000)
        view.search.setText("批量导入")
        view.search_button.click()
        qtbot.waitUntil(lambda: view.message.text().endswith("found."), timeout=10000)
        section.dashboard.refresh()
        view.clear_button.click()
        qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=10000)
        view.table.doubleClicked.emit(model.index(0, 0))  # the audited view of a lead
        qtbot.waitUntil(lambda: isinstance(section.tabs.currentWidget(), LeadDetail),
                        timeout=10000)
        detail = section.tabs.currentWidget()
        assert isinstance(detail, LeadDetail)
        detail.open_identity()
        qtbot.waitUntil(lambda: detail.identity_open, timeout=10000)
        # Every statement so far has run (the worker has nothing left in flight).
        qtbot.waitUntil(lambda: not shell.controller.session_worker.busy, timeout=10000)
    finally:
        database._raw = guard._raw
    assert guard.threads, "the guard saw no statement"
    assert guard.on_gui_thread(gui) == []
