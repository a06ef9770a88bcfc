"""Unlocking and locking the real shell over a demo workstation: wrong password,
wrong PIN, unknown card, lock on card removal within 2 s, idle lock, Ctrl+L,
drafts across a lock, and the navigation each role gets."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.app.cards import provision
from desktop.card.emulator import InProcessTransport, VirtualCard
from desktop.card.session import OpenPgpSession
from desktop.policy import Section
from tests.ui.conftest import CHIEF, CLERK, unlock
from ui import sections
from ui.workspace import Workspace


def test_clerk_unlocks_to_her_home_with_the_clerk_navigation(qtbot, make_shell) -> None:
    shell = make_shell()
    assert shell.window.pages.currentWidget() is shell.window.lock_screen
    assert "Insert your smart card" in shell.window.lock_screen.hint.text()
    shell.cards.insert(CLERK.reader)
    view = shell.window.unlock_view
    qtbot.waitUntil(lambda: view.holder is not None, timeout=5000)
    assert shell.window.pages.currentWidget() is view
    assert view.who.text() == "李明, Clerk"  # the card selected the enrolled user
    assert view.tries.text() == "PIN tries left: 3"
    unlock(qtbot, shell, CLERK)
    ws = shell.controller.workspace
    assert isinstance(ws, Workspace)
    assert shell.window.pages.currentWidget() is ws
    assert ws.navigation.sections() == [
        Section.LEADS,
        Section.BAGS,
        Section.PRINTS,
        Section.MY_REQUESTS,
        Section.SETTINGS,
    ]
    assert ws.current_section is Section.LEADS
    assert ws.page(Section.LEADS) is not None
    ws.open(Section.MY_REQUESTS)  # her requests to the chief procurator
    assert ws.page(Section.MY_REQUESTS).objectName() == "requestsView"
    status = shell.window.status
    assert status.user_label.text() == "李明 · Clerk"
    assert status.card_label.text() == "Card: inserted"
    assert status.air_gap_label.text() == "Network: isolated"
    assert status.lock_label.text().startswith("Auto-lock in 5:0") or status.lock_label.text() == (
        "Auto-lock in 4:59"
    )
    assert view.password.text() == "" and view.pin.text() == ""  # secrets cleared


def test_chief_gets_the_approvals_navigation(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    ws = shell.controller.workspace
    assert ws.navigation.sections() == [
        Section.APPROVALS,
        Section.BAGS_AWAITING_UNSEALING,
        Section.LEADS,
        Section.AUDIT,
        Section.USERS,
        Section.SETTINGS,
    ]
    assert shell.window.status.user_label.text() == "王检察长 · Chief procurator"
    # His leads are read-only: the register offers him no recording.
    ws.open(Section.LEADS)
    leads = ws.page(Section.LEADS)
    assert leads is not None and not leads.may_record  # type: ignore[attr-defined]
    assert leads.form is None and leads.import_view is None  # type: ignore[attr-defined]
    tabs = leads.tabs  # type: ignore[attr-defined]
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Register", "Overdue", "Dashboard"]


def test_wrong_password_is_said_plainly_and_spends_no_pin_try(qtbot, make_shell) -> None:
    shell = make_shell()
    with qtbot.waitSignal(shell.controller.unlock_failed, timeout=10000):
        unlock(qtbot, shell, CLERK, password="Not-The-Password-42", expect_success=False)
    view = shell.window.unlock_view
    assert view.error.text() == "The password is wrong."
    assert shell.controller.session is None
    assert view.button.isEnabled()
    # The PIN was right, so the card's counter is untouched.
    shell.cards.remove(CLERK.reader)
    unlock(qtbot, shell, CLERK, password="x", expect_success=False)
    assert view.tries.text() == "PIN tries left: 3"


def test_wrong_pin_shows_the_tries_left(qtbot, make_shell) -> None:
    shell = make_shell()
    with qtbot.waitSignal(shell.controller.unlock_failed, timeout=10000):
        unlock(qtbot, shell, CLERK, pin="654321", expect_success=False)
    view = shell.window.unlock_view
    assert view.error.text() == "Wrong PIN. 2 more wrong PINs will block the card."
    assert view.tries.text() == "PIN tries left: 2"
    assert view.pin.text() == ""
    # Then the right PIN works, and the card counter is back to 3.
    view.password.setText(CLERK.password)
    view.pin.setText(CLERK.pin)
    view.button.click()
    qtbot.waitUntil(lambda: shell.controller.session is not None, timeout=10000)


def test_blocked_pin_disables_the_form(qtbot, make_shell) -> None:
    shell = make_shell()
    shell.cards.readers[CLERK.reader].card.block_pin(0x82)
    shell.cards.insert(CLERK.reader)
    view = shell.window.unlock_view
    qtbot.waitUntil(lambda: view.holder is not None, timeout=5000)
    assert view.tries.text() == "The PIN is blocked."
    assert not view.button.isEnabled()


def test_an_unknown_card_is_refused_before_any_pin(qtbot, make_shell) -> None:
    shell = make_shell()
    stranger = VirtualCard()
    session = OpenPgpSession(InProcessTransport(stranger))
    provision(session, "陌生人")
    reader = shell.cards.readers[CLERK.reader]
    reader.card = stranger
    shell.cards.insert(CLERK.reader)
    view = shell.window.unlock_view
    qtbot.waitUntil(lambda: view.holder is not None, timeout=5000)
    assert view.who.text() == "This card is not enrolled on this workstation."
    assert not view.button.isEnabled() and not view.pin.isEnabled()
    # Refused from the serial alone: no PIN try was spent.
    assert OpenPgpSession(InProcessTransport(stranger)).pin_status().pw1_retries == 3


def test_card_removal_locks_within_two_seconds(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    started = time.monotonic()
    shell.cards.remove(CLERK.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=2000)
    elapsed = time.monotonic() - started
    assert elapsed < 2.0
    window = shell.window
    assert window.pages.currentWidget() is window.lock_screen
    assert window.lock_screen.reason.text() == "The card was removed."
    assert (
        window.findChild(QWidget, "workspace") is None
        or not window.findChild(QWidget, "workspace").isVisible()
    )
    assert window.status.user_label.text() == "Locked"
    assert window.status.lock_label.text() == ""


def test_idle_time_locks_and_activity_postpones_it(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    shell.controller.idle.start(1.0)
    # Keep typing for 1.5 s: the lock must wait.
    end = time.monotonic() + 1.5
    while time.monotonic() < end:
        qtbot.keyClick(shell.window.unlock_view, Qt.Key.Key_Shift)
        qtbot.wait(150)
    assert shell.controller.session is not None
    with qtbot.waitSignal(shell.controller.locked, timeout=3000) as blocker:
        pass
    assert blocker.args == ["idle"]
    assert shell.window.lock_screen.reason.text() == "Locked after a period without activity."
    # The card is still in: the lock screen offers to unlock again.
    assert shell.window.lock_screen.unlock_button.isVisible() or not shell.window.isVisible()


def test_ctrl_l_locks(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    shell.window.activateWindow()
    with qtbot.waitSignal(shell.controller.locked, timeout=2000) as blocker:
        shell.window.lock_action.trigger()
    assert blocker.args == ["manual"]
    assert shell.window.lock_action.shortcut().toString() == "Ctrl+L"


class NoteForm(QWidget):
    """A feature form as the leads issue will register one."""

    form_kind = "test.note"

    def __init__(self, _session: object, _worker: object) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setObjectName("noteEdit")
        QVBoxLayout(self).addWidget(self.edit)

    def is_dirty(self) -> bool:
        return bool(self.edit.text())

    def draft_state(self) -> bytes:
        return self.edit.text().encode()

    def restore_draft(self, payload: bytes) -> None:
        self.edit.setText(payload.decode())


def test_a_form_being_edited_survives_a_lock_encrypted(qtbot, make_shell, monkeypatch) -> None:
    monkeypatch.setitem(sections._REGISTRY, Section.BAGS, NoteForm)
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    ws = shell.controller.workspace
    ws.open(Section.BAGS)
    form = ws.page(Section.BAGS)
    assert isinstance(form, NoteForm)
    canary = "DRAFT-CANARY-举报人张三"
    form.edit.setText(canary)
    with qtbot.waitSignal(shell.controller.locked, timeout=2000):
        shell.cards.remove(CLERK.reader)
    qtbot.waitUntil(lambda: not shell.controller.working, timeout=5000)
    # The typed text is in the vault, encrypted: not in any file in plain form.
    data_dir = shell.services.data_dir
    for path in data_dir.iterdir():
        if path.is_file():
            assert canary.encode() not in path.read_bytes(), path
    with qtbot.waitSignal(shell.controller.drafts_restored, timeout=10000):
        unlock(qtbot, shell, CLERK)
    ws = shell.controller.workspace
    assert ws.current_section is Section.BAGS  # back where she was
    assert ws.page(Section.BAGS).edit.text() == canary


def test_another_user_does_not_get_the_previous_users_place(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    shell.controller.workspace.open(Section.PRINTS)
    shell.cards.remove(CLERK.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=2000)
    unlock(qtbot, shell, CHIEF)
    assert shell.controller.workspace.current_section is Section.APPROVALS
