"""The chief procurator's audit view on a real demo vault: the newest records with
names instead of ids, and the whole chain verified (and the check itself audited)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.policy import Section
from tests.ui.conftest import CHIEF, CLERK, unlock
from ui.audit_view import AuditView


def _column(view: AuditView, column: int) -> list[str]:
    return [view.table.item(r, column).text() for r in range(view.table.rowCount())]


def test_the_chief_reads_and_verifies_the_audit_trail(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    ws = shell.controller.workspace
    ws.open(Section.AUDIT)
    view = ws.page(Section.AUDIT)
    assert isinstance(view, AuditView)
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=5000)
    actions = _column(view, 3)
    # newest first, in words: the chief's unlock ends with his card's checkpoint
    assert actions[:2] == ["checkpoint signed by the chief", "unlocked"]
    assert view.table.item(0, 3).toolTip() == "audit.checkpoint"
    assert view.table.item(1, 3).toolTip() == "vault.unlock"
    assert "vault created" in actions and "user enrolled" in actions
    assert CHIEF.name in _column(view, 2)  # names, not user:N
    seqs = [int(s) for s in _column(view, 0)]
    assert seqs == sorted(seqs, reverse=True)
    view.verify_button.click()
    qtbot.waitUntil(lambda: "intact" in view.result.text(), timeout=5000)
    assert f"all {seqs[0]} records verify" in view.result.text()
    qtbot.waitUntil(lambda: _column(view, 3)[0] == "audit chain verified", timeout=5000)


def test_the_clerk_has_no_audit_view_and_her_session_refuses(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    ws = shell.controller.workspace
    assert Section.AUDIT not in ws.navigation.sections()
    view = AuditView(shell.controller.session, shell.controller.session_worker)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.result.text() != "", timeout=5000)
    assert view.result.text() == "Your role (Clerk) may not do this. Nothing was changed."
    assert view.table.rowCount() == 0
    assert isinstance(view, QWidget)
