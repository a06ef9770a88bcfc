"""The clerk files a request on her "My requests" screen; the chief procurator finds it
in his inbox, narrows it and approves it with his card; both screens show it
approved. In Chinese, the screens leave no English (docs/screenshots/approvals-*.png
with LEADVAULT_LEAD_SHOTS=docs/screenshots)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.policy import Section
from tests.ui.conftest import CHIEF, CLERK, unlock
from tests.ui.test_clerk_day_screenshots import _english_left
from ui.approvals.inbox_view import InboxView
from ui.approvals.requests_view import RequestsView
from ui.i18n import CHINESE


def _open(qtbot, shell, section: Section) -> QWidget:  # type: ignore[no-untyped-def]
    ws = shell.controller.workspace
    ws.open(section)
    page = ws.page(section)
    qtbot.waitUntil(lambda: not shell.controller.session_worker.busy, timeout=10000)
    return page


def _lock(qtbot, shell, person) -> None:  # type: ignore[no-untyped-def]
    shell.cards.remove(person.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=5000)
    qtbot.waitUntil(lambda: not shell.controller.working, timeout=5000)


def test_a_request_filed_decided_with_the_chiefs_card(qtbot, make_shell, tmp_path: Path) -> None:
    folder = Path(os.environ.get("LEADVAULT_LEAD_SHOTS", tmp_path))
    shell = make_shell(language=CHINESE)
    unlock(qtbot, shell, CLERK)
    number = str(shell.controller.session.leads().page(limit=1)[0].number)
    mine = _open(qtbot, shell, Section.MY_REQUESTS)
    assert isinstance(mine, RequestsView)
    mine.kind.setCurrentIndex(mine.kind.findData("handwriting-examination"))
    mine.leads.setText("2099-00001")  # no such lead: refused, nothing filed
    mine.reason.setText("匿名信笔迹鉴定")
    mine.file_button.click()
    qtbot.waitUntil(lambda: mine.file_button.isEnabled(), timeout=10000)
    assert mine.table.rowCount() == 0 and mine.status.text()
    mine.leads.setText(number)
    mine.scope["identity"].setChecked(True)
    mine.hours.setValue(48)
    mine.file_button.click()
    try:
        qtbot.waitUntil(lambda: mine.table.rowCount() == 1, timeout=10000)
    except Exception:
        raise AssertionError(mine.status.text()) from None
    assert mine.table.item(0, 2).text() == number
    assert _english_left(mine) == []
    QApplication.processEvents()
    folder.mkdir(parents=True, exist_ok=True)
    assert mine.grab().save(str(folder / "approvals-my-requests.png"))
    _lock(qtbot, shell, CLERK)

    unlock(qtbot, shell, CHIEF)
    # The status bar says how many wait (a count, never what they are about).
    qtbot.waitUntil(lambda: shell.window.status.approvals_label.text() == "待审批申请：1",
                    timeout=10000)
    inbox = _open(qtbot, shell, Section.APPROVALS)
    assert isinstance(inbox, InboxView)
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 1, timeout=10000)
    inbox.table.selectRow(0)
    assert "匿名信笔迹鉴定" in inbox.detail.text()
    assert inbox.hours.maximum() == 48  # never longer than asked
    inbox.scope["identity"].setChecked(False)  # narrower: the case card only
    inbox.hours.setValue(8)
    assert _english_left(inbox) == []
    QApplication.processEvents()
    assert inbox.grab().save(str(folder / "approvals-inbox.png"))
    inbox.reader.setCurrentText(CHIEF.reader)
    inbox.pin.setText(CHIEF.pin)
    inbox.approve_button.click()
    assert inbox.pin.text() == ""
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 0, timeout=10000)  # pending: none
    inbox.filter.setCurrentIndex(inbox.filter.findData("decided"))
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 1, timeout=10000)
    assert inbox.table.facts[0].state == "approved"
    inbox.table.selectRow(0)
    inbox.sheet_button.click()
    qtbot.waitUntil(lambda: inbox.dialog is not None, timeout=10000)
    pdf = bytes(inbox.dialog.preview._buffer.data().data())  # type: ignore[union-attr]
    _check_sheet(pdf, number, tmp_path)
    inbox.dialog.close()  # type: ignore[union-attr]
    _lock(qtbot, shell, CHIEF)

    unlock(qtbot, shell, CLERK)
    qtbot.waitUntil(lambda: shell.window.status.approvals_label.text() == "已决定的申请：1",
                    timeout=10000)
    mine = _open(qtbot, shell, Section.MY_REQUESTS)
    qtbot.waitUntil(lambda: mine.table.rowCount() == 1, timeout=10000)
    assert mine.table.facts[0].state == "approved"


def _check_sheet(pdf: bytes, number: str, tmp_path: Path) -> None:
    """The decision sheet: one page, the request and the decision, a QR that decodes."""
    import io
    import subprocess

    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(pdf)).pages
    text = pages[0].extract_text().replace("\n", "")
    assert len(pages) == 1
    for fact in ("检察长审批表", "笔迹鉴定", number, "批准", "线索卡", "签名指纹"):
        assert fact in text, fact
    (tmp_path / "d.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "d.pdf"),
                    str(tmp_path / "d")], check=True)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "d-1.png")],
                             capture_output=True, text=True, check=True).stdout
    assert decoded.startswith("LVDE/1|") and "|1|" in decoded
