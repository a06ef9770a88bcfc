"""Screenshots of the leads screens in Chinese (docs/screenshots/leads-*.png).

Runs as a test: the pictures go to a temporary folder and every visible text of
the screens is checked to be Chinese (no English word left behind). With
LEADVAULT_LEAD_SHOTS=docs/screenshots the same run refreshes the committed pictures."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from desktop.domain.leads import Channel
from desktop.policy import Section
from tests.ui.conftest import CLERK, unlock
from ui.i18n import CHINESE
from ui.leads.lead_view import LeadDetail
from ui.leads.section import LeadsSection

KEPT = {"PDF"}  # the file format's name stays as it is


def _texts(widget: QWidget) -> list[str]:
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QTableWidget):
            texts += [child.horizontalHeaderItem(c).text() for c in range(child.columnCount())]
            texts += [child.item(r, c).text() for r in range(child.rowCount())
                      for c in range(child.columnCount()) if child.item(r, c) is not None]
        elif isinstance(child, QTableView):
            model = child.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal))
                      for c in range(model.columnCount())]
            texts += [str(model.data(model.index(r, c)) or "")
                      for r in range(min(model.rowCount(), 30))
                      for c in range(model.columnCount())]
    return texts


def _english_left(widget: QWidget) -> list[str]:
    return [t for t in _texts(widget) if set(re.findall(r"[A-Za-z]{2,}", t)) - KEPT]


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"leads-{name}.png"
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() >= 900 and image.height() >= 600
    return path


def test_the_leads_screens_in_chinese(qtbot, make_shell, tmp_path: Path) -> None:
    folder = Path(os.environ.get("LEADVAULT_LEAD_SHOTS", tmp_path))
    shell = make_shell(language=CHINESE)
    window = shell.window
    window.resize(1200, 760)
    unlock(qtbot, shell, CLERK)
    section = shell.controller.workspace.page(Section.LEADS)
    assert isinstance(section, LeadsSection)
    settled = lambda: qtbot.waitUntil(lambda: not section.worker.busy, timeout=10000)  # noqa: E731
    settled()  # the session's worker has answered every read
    saved = []

    section.tabs.setCurrentWidget(section.register_list)
    assert _english_left(section) == []
    saved.append(_save(window, folder, "list"))

    section.open_lead(int(section.register_list.model.row_at(0).id))
    settled()  # the lead's view is read (and audited) on the worker
    detail = section.tabs.currentWidget()
    assert isinstance(detail, LeadDetail)
    assert _english_left(section) == []
    saved.append(_save(window, folder, "lead"))
    detail.tabs.setCurrentIndex(1)
    assert _english_left(section) == []
    saved.append(_save(window, folder, "lead-reports"))
    detail.open_attachment(detail.view.attachments[0].id)
    settled()
    assert detail.viewer.showing_pdf_pages == 1
    qtbot.wait(800)  # QPdfView renders its pages on a worker thread
    saved.append(_save(window, folder, "attachment"))

    form = section.form
    assert form is not None
    section.tabs.setCurrentWidget(form)
    form.channel.setCurrentIndex(form.channel.findData(Channel.VISIT))
    form.staff.setText("李明")
    form.person_name.setText("冯某某")
    form.person_unit.setText("青山县自然资源局")
    form.id_number.setText("110101199003071234")
    form.save_button.click()
    assert form.errors["receiving_staff"].text() == "来访须由至少 2 名工作人员接待。"
    assert _english_left(section) == []
    saved.append(_save(window, folder, "form"))

    section.tabs.setCurrentWidget(section.dashboard)
    assert _english_left(section) == []
    saved.append(_save(window, folder, "dashboard"))
    assert [p.name for p in saved] == [
        "leads-list.png", "leads-lead.png", "leads-lead-reports.png",
        "leads-attachment.png", "leads-form.png", "leads-dashboard.png",
    ]
