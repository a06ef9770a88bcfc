"""Screenshots of the clerk's correction, void, repeat-report and reply screens in
Chinese (docs/screenshots/leads-*.png). Runs as a test: every visible text is checked
to be Chinese. With LEADVAULT_LEAD_SHOTS=docs/screenshots the run refreshes the
committed pictures."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from desktop.domain.leads import AssistanceStep, Channel, NewReport, ReplyForm, RiskLevel
from desktop.policy import Section
from tests.ui.conftest import CHIEF, CLERK, unlock
from tests.ui.test_leads_screenshots import _texts
from ui.i18n import CHINESE
from ui.leads.lead_view import LeadDetail
from ui.leads.section import LeadsSection

# Names of file formats and encodings stay as they are, and PIN, as Chinese card
# readers and banks print it (the catalogue says 智能卡 PIN).
KEPT = {"PDF", "CSV", "UTF", "GB", "PIN"}


def _english_left(widget: QWidget) -> list[str]:
    return [t for t in _texts(widget)
            if {w.upper() for w in re.findall(r"[A-Za-z]{2,}", t)} - KEPT]


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"leads-{name}.png"
    assert widget.grab().save(str(path))
    return path


def test_the_clerk_day_screens_in_chinese(qtbot, make_shell, tmp_path: Path) -> None:
    folder = Path(os.environ.get("LEADVAULT_LEAD_SHOTS", tmp_path))
    shell = make_shell(language=CHINESE)
    shell.window.resize(1200, 760)
    unlock(qtbot, shell, CLERK)
    section = shell.controller.workspace.page(Section.LEADS)
    assert isinstance(section, LeadsSection)

    def settled() -> None:
        qtbot.waitUntil(lambda: not section.worker.busy, timeout=10000)

    settled()
    leads = section.leads
    real_name = next(row for row in leads.overdue()
                     if any(r.real_name for r in leads.view(row.id).reports))
    section.open_lead(int(real_name.id))
    settled()
    detail = section.tabs.currentWidget()
    assert isinstance(detail, LeadDetail)

    def shoot(dialog: QDialog, name: str) -> None:
        dialog.resize(max(dialog.sizeHint().width(), 560), dialog.sizeHint().height())
        QApplication.processEvents()
        assert _english_left(dialog) == []
        _save(dialog, folder, name)

    detail.edit_button.click()
    assert detail.dialog is not None
    detail.dialog.summary.setText("对违法经营长期不予查处，并收受好处")  # type: ignore[attr-defined]
    detail.dialog.reason.setPlainText("来信人电话补充：曾收受经营者好处")  # type: ignore[attr-defined]
    shoot(detail.dialog, "edit-card")
    detail.dialog.submit()  # type: ignore[attr-defined]
    settled()
    detail.reply_button.click()
    dialog = detail.dialog
    assert dialog is not None
    dialog.form_kind.setCurrentIndex(dialog.form_kind.findData(ReplyForm.ORAL))  # type: ignore[attr-defined]
    dialog.place.setText("举报中心接待室")  # type: ignore[attr-defined]
    dialog.participants.setText("李娟、赵敏")  # type: ignore[attr-defined]
    dialog.content.setPlainText("已告知线索已移送第三检察部办理。")  # type: ignore[attr-defined]
    shoot(dialog, "reply")
    dialog.submit()  # type: ignore[attr-defined]
    settled()
    assert "来信人电话补充" in detail.history.item(0).text()
    assert _english_left(section) == []
    _save(shell.window, folder, "lead-corrected")
    detail.tabs.setCurrentWidget(detail.replies)
    _save(shell.window, folder, "lead-replies")
    detail.void_button.click()
    assert detail.dialog is not None
    detail.dialog.reason.setPlainText("重复登记，已并入另一线索")  # type: ignore[attr-defined]
    shoot(detail.dialog, "void")
    detail.dialog.reject()

    form = section.form
    assert form is not None
    section.tabs.setCurrentWidget(form)
    person = detail.view.card.reported_persons[0]
    form.channel.setCurrentIndex(form.channel.findData(Channel.PHONE))
    form.original_text.setPlainText("再次来电反映同一问题。")
    form.person_name.setText(person.name)
    form.person_unit.setText(person.unit)
    form.check_repeats()
    settled()
    assert form.repeat_panel.isVisibleTo(form)
    assert _english_left(section) == []
    _save(shell.window, folder, "repeat")
    form.clear()
    assert not form.repeat_panel.isVisibleTo(form)
    form.channel.setCurrentIndex(form.channel.findData(Channel.LETTER))
    form.postmark_reason.setText("邮戳模糊，仅能辨认省名")
    form.art111.setChecked(True)
    form.id_number.setText("354761197508083780")
    form._check_id_number()
    QApplication.processEvents()
    bar = form.findChild(QScrollArea).verticalScrollBar()
    bar.setValue(bar.maximum())
    assert _english_left(section) == []
    _save(shell.window, folder, "form-letter")


def test_the_leads_printing_tab_in_chinese(qtbot, make_shell, tmp_path: Path) -> None:
    folder = Path(os.environ.get("LEADVAULT_LEAD_SHOTS", tmp_path))
    shell = make_shell(language=CHINESE)
    shell.window.resize(1200, 760)
    unlock(qtbot, shell, CLERK)
    section = shell.controller.workspace.page(Section.LEADS)
    assert isinstance(section, LeadsSection)
    qtbot.waitUntil(lambda: not section.worker.busy, timeout=10000)
    row = section.register_list.model.row_at(0)
    section.leads.add_report(row.id, NewReport(Channel.PHONE, datetime.now(UTC), "再次来电。"),
                             new_content=False)
    tab = section.prints_tab
    assert tab is not None
    section.tabs.setCurrentWidget(tab)
    assert _english_left(section) == []
    _save(shell.window, folder, "printing")
    tab.print_notice()
    dialog = tab.print_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    qtbot.wait(800)  # QPdfView renders its pages on a worker thread
    _save(dialog, folder, "repeat-notice")
    dialog.reject()


def test_the_form_print_dialog_in_chinese(qtbot, make_shell, tmp_path: Path) -> None:
    folder = Path(os.environ.get("LEADVAULT_LEAD_SHOTS", tmp_path))
    shell = make_shell(language=CHINESE)
    unlock(qtbot, shell, CLERK)
    section = shell.controller.workspace.page(Section.LEADS)
    assert isinstance(section, LeadsSection)
    qtbot.waitUntil(lambda: not section.worker.busy, timeout=10000)
    leads = section.leads
    row = next(row for row in leads.page(limit=500)
               if any(r.real_name for r in leads.view(row.id).reports))
    section.open_lead(int(row.id))
    qtbot.waitUntil(lambda: not section.worker.busy, timeout=10000)
    detail = section.tabs.currentWidget()
    assert isinstance(detail, LeadDetail)
    detail.print_button.click()
    dialog = detail.dialog
    assert dialog is not None and dialog.form_choice.count() >= 1  # type: ignore[attr-defined]
    dialog.resize(620, dialog.sizeHint().height())
    assert _english_left(dialog) == []
    _save(dialog, folder, "print-form")
    dialog.open_preview()  # type: ignore[attr-defined]
    preview = dialog.preview  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: preview.ready, timeout=10000)
    qtbot.wait(800)
    _save(preview, folder, "rights-notice-preview")
    preview.reject()


def test_protection_and_the_urgent_banner_in_chinese(qtbot, make_shell, tmp_path: Path) -> None:
    folder = Path(os.environ.get("LEADVAULT_LEAD_SHOTS", tmp_path))
    shell = make_shell(language=CHINESE)
    shell.window.resize(1200, 760)
    unlock(qtbot, shell, CLERK)
    section = shell.controller.workspace.page(Section.LEADS)
    assert isinstance(section, LeadsSection)

    def settled() -> None:
        qtbot.waitUntil(lambda: not section.worker.busy, timeout=10000)

    settled()
    leads = section.leads
    row = next(row for row in leads.page(limit=500)
               if any(r.real_name for r in leads.view(row.id).reports))
    view = leads.view(row.id)
    report = next(r for r in view.reports if r.real_name)
    now = datetime.now(UTC)
    leads.assess_risk(row.id, report.id, RiskLevel.HIGH, ("曾受威胁",), "")
    leads.plan_protection(row.id, ("不公开举报人住址", "定期回访"), "赵敏",
                          (now + timedelta(days=30)).date())
    request = leads.request_assistance(row.id, True, "举报人称遭人跟踪，请求保护。", now)
    leads.assistance_step(request.id, AssistanceStep.FACTS_ASCERTAINED, now)
    section.refresh()
    section.open_lead(int(row.id))
    settled()
    detail = section.tabs.currentWidget()
    assert isinstance(detail, LeadDetail)
    detail.tabs.setCurrentWidget(detail.protection)
    banner = shell.controller.workspace.urgent_banner
    assert banner is not None
    qtbot.waitUntil(lambda: banner.isVisibleTo(shell.window), timeout=10000)
    assert _english_left(shell.window) == []
    _save(shell.window, folder, "protection")
    detail.protection.step_button.click()
    dialog = detail.protection.dialog
    assert dialog is not None
    dialog.resize(640, dialog.sizeHint().height())
    assert _english_left(dialog) == []
    _save(dialog, folder, "assistance-step")
    dialog.reject()


def test_the_work_settings_in_chinese(qtbot, make_shell, tmp_path: Path) -> None:
    folder = Path(os.environ.get("LEADVAULT_LEAD_SHOTS", tmp_path))
    shell = make_shell(language=CHINESE)
    shell.window.resize(1200, 860)
    unlock(qtbot, shell, CHIEF)
    ws = shell.controller.workspace
    ws.open(Section.SETTINGS)
    panel = ws.settings_view.work_settings
    assert panel is not None
    qtbot.waitUntil(lambda: panel.deadlines.rowCount() > 0 and panel.source.text() != "",
                    timeout=10000)
    assert _english_left(shell.window) == []
    _save(shell.window, folder, "work-settings")


def test_the_import_screen_in_chinese(qtbot, make_shell, tmp_path: Path) -> None:
    from tests.db.test_leads_import import GOOD, csv_bytes

    folder = Path(os.environ.get("LEADVAULT_LEAD_SHOTS", tmp_path))
    shell = make_shell(language=CHINESE)
    shell.window.resize(1200, 760)
    unlock(qtbot, shell, CLERK)
    section = shell.controller.workspace.page(Section.LEADS)
    assert isinstance(section, LeadsSection) and section.import_view is not None
    view = section.import_view
    section.tabs.setCurrentWidget(view)
    view.load("旧登记簿.csv", csv_bytes([GOOD[0], GOOD[1].replace("电话", "信鸽"),
                                       GOOD[2].replace("010-62345678", "12345")]))
    qtbot.waitUntil(lambda: not section.worker.busy, timeout=10000)
    assert _english_left(section) == []
    _save(shell.window, folder, "import-problems")
    view.load("旧登记簿.csv", csv_bytes(GOOD))
    qtbot.waitUntil(lambda: not section.worker.busy, timeout=10000)
    view.import_button.click()
    qtbot.waitUntil(lambda: view.reminder.text() != "", timeout=10000)
    assert _english_left(section) == []
    _save(shell.window, folder, "import-done")
