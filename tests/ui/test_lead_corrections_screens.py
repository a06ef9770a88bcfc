"""The clerk corrects and voids leads, adds repeat reports and records replies on the
real shell (demo workstation, real vault and SQLCipher), every step driven through the
screens: case card corrections with a reason and history, a stale edit refused, a void
with its reason, several reported persons, a repeat report from the duplicate
suggestion, and replies that meet the reply deadline (the overdue view follows)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime

from desktop.domain.leads import Channel, LeadId, LeadStatus, ReplyForm
from desktop.leads.deadlines import CHINA
from tests.ui.test_leads_screens import _audit_actions, _open, _section, _settled
from ui.leads.card_dialogs import CardEditDialog, VoidDialog
from ui.leads.labels import deadline_label
from ui.leads.lead_view import LeadDetail
from ui.leads.reply_dialog import ReplyDialog


def _first_row(section) -> int:  # type: ignore[no-untyped-def]
    return int(section.register_list.model.row_at(0).id)


def test_correcting_the_case_card_keeps_who_when_why(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    detail = _open(qtbot, section, _first_row(section))
    before = detail.view.card
    text = detail.view.reports[0].original_text
    assert detail.history.item(0).text() == "Not corrected since it was recorded."
    detail.edit_button.click()
    dialog = detail.dialog
    assert isinstance(dialog, CardEditDialog) and dialog.isVisible()
    dialog.summary.setText("更正后的摘要")
    dialog.persons.add_person(before.reported_persons[0]._replace(
        name="周某某", unit="青山县财政局", post="科长"))
    dialog.submit()  # no reason: refused, nothing changed
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10000)
    assert dialog.error.text() == "Reason: Required."
    assert dialog.isVisible()
    dialog.reason.setPlainText("来信人补充说明另一名被举报人")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    _settled(qtbot, section)
    card = detail.view.card
    assert card.summary == "更正后的摘要" and card.version == before.version + 1
    assert [p.name for p in card.reported_persons][-1] == "周某某"
    assert len(card.reported_persons) == len(before.reported_persons) + 1
    assert detail.view.reports[0].original_text == text
    line = detail.history.item(0).text()
    assert "Corrected Summary, Reported persons" in line
    assert "来信人补充说明另一名被举报人" in line
    assert shell.controller.session.user.name in line
    assert _audit_actions(shell).count("lead.edit") == 1
    # A second editor who started from the old version is refused, nothing changed.
    stale = CardEditDialog(section.leads, before, section.worker, detail)
    stale.summary.setText("另一人的更正")
    stale.reason.setPlainText("另一人")
    stale.open()
    stale.submit()
    qtbot.waitUntil(lambda: stale.error.text() != "", timeout=10000)
    assert "Someone else saved this lead meanwhile" in stale.error.text()
    assert section.leads.view(card.id).card.summary == "更正后的摘要"
    stale.reject()


def test_voiding_needs_a_reason_and_keeps_the_lead(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    lead_id = _first_row(section)
    detail = _open(qtbot, section, lead_id)
    detail.void_button.click()
    dialog = detail.dialog
    assert isinstance(dialog, VoidDialog)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10000)
    assert dialog.error.text() == "Reason: Required."
    assert detail.view.card.status is not LeadStatus.VOIDED
    dialog.reason.setPlainText("误将咨询登记为举报")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    _settled(qtbot, section)
    assert detail.view.card.status is LeadStatus.VOIDED
    assert "Lead" in detail.heading.text() and "Void" in detail.heading.text()
    assert not detail.edit_button.isVisibleTo(detail)
    assert not detail.route_button.isVisibleTo(detail)
    assert "Voided" in detail.history.item(0).text()
    assert "误将咨询登记为举报" in detail.history.item(0).text()
    assert all(d.met_at is not None for d in detail.view.deadlines)
    assert section.register_list.model.row_at(0).status is LeadStatus.VOIDED  # kept
    assert section.register_list.model.rowCount() == 24
    assert "lead.void" in _audit_actions(shell)


def test_a_lead_with_several_reported_persons(qtbot, make_shell) -> None:
    _shell, section = _section(qtbot, make_shell)
    form = section.form
    assert form is not None
    form.channel.setCurrentIndex(form.channel.findData(Channel.PHONE))
    form.original_text.setPlainText("来电反映两名干部共同收受财物。")
    form.person_name.setText("钱某某")
    form.person_unit.setText("青山县林业局")
    form.more_persons.add_person(form.lead().reported_persons[0]._replace(
        name="孙某某", unit="青山县水利局"))
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save_button.click()
    _settled(qtbot, section)
    detail = section.tabs.currentWidget()
    assert isinstance(detail, LeadDetail)
    assert [p.name for p in detail.view.card.reported_persons] == ["钱某某", "孙某某"]
    assert form.more_persons.persons() == ()  # the form was emptied


def test_a_repeat_report_joins_the_existing_lead(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    leads = section.leads
    row = section.register_list.model.row_at(0)
    existing = leads.view(row.id)
    person = existing.card.reported_persons[0]
    form = section.form
    assert form is not None
    section.tabs.setCurrentWidget(form)
    form.channel.setCurrentIndex(form.channel.findData(Channel.PHONE))
    form.original_text.setPlainText("再次来电，补充了收受财物的时间和地点。")
    form.person_name.setText(person.name)
    form.person_unit.setText(person.unit)
    form.check_repeats()
    _settled(qtbot, section)
    panel = form.repeat_panel
    assert panel.isVisibleTo(form)
    assert str(existing.card.number) in panel.lead.currentText()
    panel.lead.setCurrentIndex(panel.lead.findData(int(row.id)))
    panel.new_content.setChecked(True)
    with qtbot.waitSignal(form.repeat_added, timeout=10000):
        panel.add_button.click()
    _settled(qtbot, section)
    detail = section.details[LeadId(int(row.id))]
    assert section.tabs.currentWidget() is detail
    assert detail.view.card.report_count == existing.card.report_count + 1
    assert detail.timeline.count() == len(existing.reports) + 1
    assert detail.view.reports[-1].new_content
    assert section.register_list.model.rowCount() == 24  # no new lead
    assert not form.is_dirty()
    assert "lead.report.add" in _audit_actions(shell)


def _overdue_reply(leads):  # type: ignore[no-untyped-def]
    """A lead whose real-name report's reply deadline is open and overdue (the lead
    may be overdue for another rule while its reply is not yet due)."""
    now = datetime.now(UTC)
    for row in leads.overdue():
        view = leads.view(row.id)
        for deadline in view.deadlines:
            if deadline.rule in ("reply", "visit-reply") and deadline.overdue(now):
                return view, deadline
    raise AssertionError("the demo has no overdue reply")


def test_a_reply_meets_the_reply_deadline_and_the_overdue_view_follows(
    qtbot, make_shell
) -> None:
    shell, section = _section(qtbot, make_shell)
    leads = section.leads
    view, deadline = _overdue_reply(leads)
    dashboard_before = leads.dashboard()
    label = deadline_label(deadline.rule)
    bars_before = dict(section.dashboard.overdue.bars)
    detail = _open(qtbot, section, int(view.card.id))
    assert detail.replies.item(0).text() == "No reply recorded yet."
    detail.reply_button.click()
    dialog = detail.dialog
    assert isinstance(dialog, ReplyDialog)
    report = next(r for r in view.reports if f"report:{r.id}" == deadline.subject)
    dialog.report.setCurrentIndex(dialog.report.findData(int(report.id)))
    dialog.form_kind.setCurrentIndex(dialog.form_kind.findData(ReplyForm.ORAL))
    assert dialog.place.isVisibleTo(dialog) and not dialog.unreachable_reason.isVisibleTo(dialog)
    early = report.received_at - timedelta(days=1)
    local = early.astimezone(CHINA)
    dialog.replied_at.setDateTime(QDateTime(local.date(), local.time()))
    dialog.place.setText("举报中心接待室")
    dialog.participants.setText("李娟, 赵敏")
    dialog.content.setPlainText("已告知线索的处理情况。")
    dialog.informant_view.setPlainText("表示满意。")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10000)
    assert dialog.error.text() == "Replied at: Lies before the report it answers."
    dialog.replied_at.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    _settled(qtbot, section)
    assert "Oral reply" in detail.replies.item(0).text()
    assert "表示满意" in detail.replies.item(0).text()
    met = [d for d in detail.view.deadlines if d.subject == deadline.subject]
    assert met and all(d.met_at is not None for d in met)
    after = leads.dashboard()
    rule = deadline.rule
    assert after["overdue"].get(rule, 0) == dashboard_before["overdue"].get(rule, 0) - 1
    # The dashboard on screen followed (the lists refresh when a lead changes).
    assert dict(section.dashboard.overdue.bars).get(label, 0) == bars_before[label] - 1
    assert "lead.reply" in _audit_actions(shell)


def test_unreachable_informant_needs_the_reason(qtbot, make_shell) -> None:
    _shell, section = _section(qtbot, make_shell)
    view, deadline = _overdue_reply(section.leads)
    detail = _open(qtbot, section, int(view.card.id))
    detail.reply_button.click()
    dialog = detail.dialog
    assert isinstance(dialog, ReplyDialog)
    report = next(r for r in view.reports if f"report:{r.id}" == deadline.subject)
    dialog.report.setCurrentIndex(dialog.report.findData(int(report.id)))
    dialog.form_kind.setCurrentIndex(dialog.form_kind.findData(ReplyForm.UNREACHABLE))
    assert dialog.unreachable_reason.isVisibleTo(dialog) and not dialog.place.isVisibleTo(dialog)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10000)
    assert dialog.error.text() == "Why no reply was possible: Required."
    dialog.unreachable_reason.setPlainText("所留电话已停机，信件被退回。")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    _settled(qtbot, section)
    assert "Informant unreachable" in detail.replies.item(0).text()
    assert all(d.met_at is not None for d in detail.view.deadlines
               if d.subject == deadline.subject)
