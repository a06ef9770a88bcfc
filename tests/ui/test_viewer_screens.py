"""A viewer's screens (issue 11 item 4), driven as the demo's staff member would: his
home is "Granted to me" and "My requests"; he asks to see a lead (his card signs it),
the chief approves the case card only in his inbox, and the staff member opens the
grant read-only — no report text, no attachment, no identity. In Chinese, nothing
left in English (docs/screenshots/grants-*.png with LEADVAULT_LEAD_SHOTS=docs/screenshots)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.app.viewer_session import ViewerAppSession
from desktop.policy import Section
from tests.ui.conftest import CHIEF, CLERK, STAFF, unlock
from tests.ui.test_approvals_screens import _lock, _open
from tests.ui.test_clerk_day_screenshots import _english_left
from ui.approvals.inbox_view import InboxView
from ui.grants.granted_view import GrantedView
from ui.grants.viewer_requests_view import ViewerRequestsView
from ui.i18n import CHINESE


def test_staff_asks_the_chief_grants_the_case_card_and_he_reads_it(
        qtbot, make_shell, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = Path(os.environ.get("LEADVAULT_LEAD_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    shell = make_shell(language=CHINESE)
    unlock(qtbot, shell, CLERK)  # the demo's leads; the inbox key reaches grants.db
    lead = shell.controller.session.leads().page(limit=1)[0]
    number = str(lead.number)
    _lock(qtbot, shell, CLERK)

    unlock(qtbot, shell, STAFF)
    assert isinstance(shell.controller.session, ViewerAppSession)
    assert shell.controller.workspace.current_section is Section.GRANTED
    granted = shell.controller.workspace.page(Section.GRANTED)
    assert isinstance(granted, GrantedView)
    qtbot.waitUntil(lambda: granted.status.text() != "", timeout=10000)
    assert granted.table.rowCount() == 0 and not granted.tabs.isVisible()
    mine = _open(qtbot, shell, Section.MY_REQUESTS)
    assert isinstance(mine, ViewerRequestsView)
    mine.leads.setText(number)
    mine.scope["report-texts"].setChecked(True)
    mine.reason.setText("了解案件办理进展")
    mine.hours.setValue(8)
    mine.pin.setText("000000")  # a wrong PIN: refused, nothing filed
    mine.file_button.click()
    qtbot.waitUntil(lambda: mine.file_button.isEnabled(), timeout=10000)
    assert mine.table.rowCount() == 0 and mine.status.text()
    assert mine.pin.text() == ""  # asked again each time
    mine.pin.setText(STAFF.pin)
    mine.file_button.click()
    try:
        qtbot.waitUntil(lambda: mine.table.rowCount() == 1, timeout=10000)
    except Exception:
        raise AssertionError(mine.status.text()) from None
    assert mine.table.item(0, 2).text() == number
    assert mine.table.item(0, 5).text() == "已提交，尚未收到"
    assert _english_left(mine) == []
    QApplication.processEvents()
    assert mine.grab().save(str(folder / "grants-viewer-requests.png"))
    _lock(qtbot, shell, STAFF)

    # The lock screen may say how many wait for the chief only once a keyholder took the
    # request in: the clerk's unlock (counts only, never what they are about).
    unlock(qtbot, shell, CLERK)
    _lock(qtbot, shell, CLERK)
    shell.cards.insert(CHIEF.reader)
    view = shell.window.unlock_view
    qtbot.waitUntil(lambda: view.holder is not None and view.holder.reader == CHIEF.reader,
                    timeout=5000)
    assert view.notice.text() == "待您审批的申请：1"
    shell.cards.remove(CHIEF.reader)
    unlock(qtbot, shell, CHIEF)
    inbox = _open(qtbot, shell, Section.APPROVALS)
    assert isinstance(inbox, InboxView)
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 1, timeout=10000)
    inbox.table.selectRow(0)
    assert "了解案件办理进展" in inbox.detail.text()
    inbox.scope["report-texts"].setChecked(False)  # the case card only
    inbox.hours.setValue(1)
    inbox.reader.setCurrentText(CHIEF.reader)
    inbox.pin.setText(CHIEF.pin)
    inbox.approve_button.click()
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 0, timeout=10000)
    _lock(qtbot, shell, CHIEF)

    shell.cards.insert(STAFF.reader)
    view = shell.window.unlock_view
    qtbot.waitUntil(lambda: view.holder is not None and view.holder.reader == STAFF.reader,
                    timeout=5000)
    assert view.notice.text() == "您的申请已有决定：1"
    shell.cards.remove(STAFF.reader)
    unlock(qtbot, shell, STAFF)
    granted = shell.controller.workspace.page(Section.GRANTED)
    assert isinstance(granted, GrantedView)
    qtbot.waitUntil(lambda: granted.table.rowCount() == 1, timeout=10000)
    assert granted.table.item(0, 0).text() == number
    granted.pin.setText(STAFF.pin)
    granted.open_button.click()
    qtbot.waitUntil(lambda: granted.opened is not None, timeout=10000)
    assert granted.card_fields["number"].text() == number
    assert granted.card_fields["scope"].text() == "线索卡"
    assert granted.reports.toPlainText() == "举报内容未获授权。"
    assert granted.files.item(0).text() == "附件未获授权。"
    assert not granted.identity_button.isVisible()
    assert granted.identity_note.text() == "举报人身份信息未获授权。"
    assert _english_left(granted) == []
    QApplication.processEvents()
    assert granted.grab().save(str(folder / "grants-granted-to-me.png"))
    _lock(qtbot, shell, STAFF)
