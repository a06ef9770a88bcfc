"""The clerk's whole day on one lead, through the screens only: record it, correct its
card, add a repeat report from the duplicate suggestion, reply, plan protection,
handle an urgent assistance request (the banner comes and goes), print its rights
notice and reply record, and find every step in the audit trail in that order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from desktop.domain.documents import DocumentKind
from desktop.domain.leads import AssistanceStep, Channel, ReplyForm
from tests.printing.pdf_checks import compact, text_of
from tests.ui.test_leads_screens import _audit_actions, _section, _settled
from ui.leads.card_dialogs import CardEditDialog
from ui.leads.form_print_dialog import FormPrintDialog
from ui.leads.lead_view import LeadDetail
from ui.leads.protection_dialogs import AssistanceDialog, PlanDialog, StepDialog
from ui.leads.reply_dialog import ReplyDialog


def _done(qtbot, section, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    _settled(qtbot, section)


def test_record_edit_repeat_reply_protect_assist_print(qtbot, make_shell, tmp_path: Path) -> None:
    shell, section = _section(qtbot, make_shell)
    form = section.form
    assert form is not None
    # Record: a phone report with the informant's name (real name), two reported persons.
    form.channel.setCurrentIndex(form.channel.findData(Channel.PHONE))
    form.original_text.setPlainText("来电反映林业局局长收受工程款。")
    form.person_name.setText("钱某某")
    form.person_unit.setText("青山县林业局")
    form.informant_name.setText("孙某")
    form.phones.setText("13912345678")
    form.acknowledged.setChecked(True)
    form.art111.setChecked(True)
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save_button.click()
    _settled(qtbot, section)
    detail = section.tabs.currentWidget()
    assert isinstance(detail, LeadDetail)
    number = str(detail.view.card.number)
    # Correct the card.
    detail.edit_button.click()
    edit = detail.dialog
    assert isinstance(edit, CardEditDialog)
    edit.summary.setText("林业局局长受贿")
    edit.reason.setPlainText("补写摘要")
    _done(qtbot, section, edit)
    assert detail.view.card.summary == "林业局局长受贿"
    # A repeat report, from the duplicate suggestion of the entry form.
    section.tabs.setCurrentWidget(form)
    form.channel.setCurrentIndex(form.channel.findData(Channel.PHONE))
    form.original_text.setPlainText("再次来电，补充了时间地点。")
    form.person_name.setText("钱某某")
    form.person_unit.setText("青山县林业局")
    form.check_repeats()
    _settled(qtbot, section)
    form.repeat_panel.lead.setCurrentIndex(
        form.repeat_panel.lead.findData(int(detail.lead_id)))
    with qtbot.waitSignal(form.repeat_added, timeout=10000):
        form.repeat_panel.add_button.click()
    _settled(qtbot, section)
    assert detail.view.card.report_count == 2
    # Reply to the informant: the reply deadline is met.
    detail.reply_button.click()
    reply = detail.dialog
    assert isinstance(reply, ReplyDialog)
    reply.form_kind.setCurrentIndex(reply.form_kind.findData(ReplyForm.ORAL))
    reply.place.setText("举报中心接待室")
    reply.participants.setText("李明, 赵敏")
    reply.content.setPlainText("已告知受理情况。")
    _done(qtbot, section, reply)
    assert all(d.met_at is not None for d in detail.view.deadlines if d.rule == "reply")
    # Protection, then an urgent assistance request handled on the urgent path.
    page = detail.protection
    page.plan_button.click()
    plan = page.dialog
    assert isinstance(plan, PlanDialog)
    plan.measures.setPlainText("不公开举报人身份")
    plan.responsible.setText("赵敏")
    _done(qtbot, section, plan)
    page.assistance_button.click()
    ask = page.dialog
    assert isinstance(ask, AssistanceDialog)
    ask.urgent.setChecked(True)
    ask.summary.setPlainText("举报人称受到威胁。")
    _done(qtbot, section, ask)
    banner = shell.controller.workspace.urgent_banner
    qtbot.waitUntil(lambda: banner.isVisibleTo(shell.window), timeout=10000)
    assert number in banner.text()
    page.step_button.click()
    step = page.dialog
    assert isinstance(step, StepDialog)
    step.step.setCurrentIndex(step.step.findData(AssistanceStep.JUDICIAL_POLICE_MEASURES))
    _done(qtbot, section, step)
    qtbot.waitUntil(lambda: not banner.isVisibleTo(shell.window), timeout=10000)
    # Print its rights notice (Art 111 given) and the reply record.
    printed: dict[DocumentKind, str] = {}
    for kind in (DocumentKind.RIGHTS_NOTICE, DocumentKind.REPLY_RECORD):
        detail.open_print()
        chooser = detail.dialog
        assert isinstance(chooser, FormPrintDialog)
        index = next(i for i in range(chooser.form_choice.count())
                     if chooser.form_choice.itemData(i)[0] is kind)
        chooser.form_choice.setCurrentIndex(index)
        chooser.open_preview()
        preview = chooser.preview
        assert preview is not None
        qtbot.waitUntil(lambda p=preview: p.ready, timeout=10000)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{kind.value}.pdf"))
        with qtbot.waitSignal(preview.printed, timeout=20000):
            preview.print_to(printer, copies=1)
        printed[kind] = compact(text_of(preview.job.issue().pdf))
        preview.reject()
        _settled(qtbot, section)
    assert "第一百一十一条" in printed[DocumentKind.RIGHTS_NOTICE]
    assert "已告知受理情况" in printed[DocumentKind.REPLY_RECORD] and number in printed[
        DocumentKind.REPLY_RECORD]
    actions = [a for a in _audit_actions(shell) if a in {
        "lead.create", "lead.edit", "lead.report.add", "lead.reply", "lead.protection",
        "lead.assistance", "lead.assistance.step", "lead.print"}]
    firsts = list(dict.fromkeys(actions))
    assert firsts == ["lead.create", "lead.edit", "lead.report.add", "lead.reply",
                      "lead.protection", "lead.assistance", "lead.assistance.step",
                      "lead.print"]
