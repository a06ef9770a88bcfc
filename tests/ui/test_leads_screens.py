"""The leads screens on the real shell: a demo workstation (in-process virtual
cards, real vault, real SQLCipher) whose clerk finds the 24 fictional demo leads.
List, filters, search, lazy fetching, the lead view, the identity panel (closed,
confirmed, audited; refused to staff), attachments in-app, routing refused to a
reported unit, the entry form's messages, saving, and drafts across a lock."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta, timezone

from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.app.clock import SystemClock
from desktop.domain.leads import (
    Channel,
    CrimeCategory,
    LeadId,
    LeadStatus,
    NewReport,
    ReportedPerson,
)
from desktop.domain.roles import Role
from desktop.domain.users import User, UserId
from desktop.leads.model import NewLead
from desktop.leads.service import LeadService
from desktop.policy import Action, Grant, Section
from tests.ui.conftest import CLERK, unlock
from ui.clipboard import IdentityLineEdit
from ui.i18n import CHINESE
from ui.leads.lead_view import LeadDetail
from ui.leads.list_model import Column
from ui.leads.section import LeadsSection


def _section(qtbot, make_shell, **kwargs) -> tuple[object, LeadsSection]:  # type: ignore[no-untyped-def]
    shell = make_shell(**kwargs)
    unlock(qtbot, shell, CLERK)
    page = shell.controller.workspace.page(Section.LEADS)
    assert isinstance(page, LeadsSection)
    _settled(qtbot, page)
    return shell, page


def _settled(qtbot, section: LeadsSection) -> None:  # type: ignore[no-untyped-def]
    """Every read and change asked of the session's worker has answered."""
    qtbot.waitUntil(lambda: not section.worker.busy, timeout=10000)


def _open(qtbot, section: LeadsSection, lead_id: int) -> LeadDetail:  # type: ignore[no-untyped-def]
    """Open a lead's tab: its view is read on the worker, the tab opens when it arrives."""
    section.open_lead(lead_id)
    _settled(qtbot, section)
    detail = section.details[LeadId(lead_id)]
    assert section.tabs.currentWidget() is detail
    return detail


def _audit_actions(shell) -> list[str]:  # type: ignore[no-untyped-def]
    store = shell.controller.session.vault_session.store
    with store.reading() as tx:
        return [record.action for record in tx.audit_records.iterate()]


def _cell(section: LeadsSection, row: int, column: int) -> str:
    model = section.register_list.model
    return str(model.data(model.index(row, column)))


def test_the_register_lists_the_demo_leads_newest_first(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    model = section.register_list.model
    assert model.rowCount() == 24
    assert not model.canFetchMore()
    year = datetime.now(UTC).year
    numbers = [_cell(section, r, Column.NUMBER) for r in range(24)]
    assert numbers[0] == f"{year}-00024" or numbers[0].endswith("-00024")
    assert numbers == sorted(numbers, reverse=True)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(Column.COUNT)] == [
        "Number", "Received", "Channel", "Status", "Category", "Reported unit", "Reports",
        "Due", "Overdue", "Summary"]
    assert _audit_actions(shell).count("lead.list") == 1  # opening the section lists once
    rows = shell.controller.session.leads().page(limit=500)
    assert [_cell(section, r, Column.UNIT) for r in range(24)] == [
        row.reported_unit for row in rows]
    assert all(_cell(section, r, Column.UNIT) for r in range(24))
    assert {_cell(section, r, Column.CHANNEL) for r in range(24)} <= {
        "Visit", "Letter", "Fax", "Phone", "E-mail", "Website (12309)", "Oral"}
    statuses = {_cell(section, r, Column.STATUS) for r in range(24)}
    assert statuses == {"Awaiting disposition", "Routed", "Preliminary check"}
    overdue = [r for r in range(24) if _cell(section, r, Column.OVERDUE) == "Overdue"]
    assert overdue and len(overdue) < 24  # older leads without a disposition


def test_filters_narrow_the_list(qtbot, make_shell) -> None:
    _shell, section = _section(qtbot, make_shell)
    view = section.register_list
    view.status.setCurrentIndex(view.status.findData(LeadStatus.ROUTED))
    _settled(qtbot, section)
    assert view.model.rowCount() == 5
    assert {_cell(section, r, Column.STATUS) for r in range(5)} == {"Routed"}
    view.status.setCurrentIndex(0)
    _settled(qtbot, section)
    view.category.setCurrentIndex(view.category.findData(CrimeCategory.OTHER))
    _settled(qtbot, section)
    assert view.model.rowCount() == 3
    view.category.setCurrentIndex(0)
    _settled(qtbot, section)
    by_channel = Counter(row.channel for row in _shell.controller.session.leads().page(limit=500))
    channel, count = by_channel.most_common(1)[0]
    view.channel.setCurrentIndex(view.channel.findData(channel))
    _settled(qtbot, section)
    assert view.model.rowCount() == count < 24
    assert {_cell(section, r, Column.CHANNEL) for r in range(count)} == {
        view.channel.currentText()}
    view.search.setText("举报")  # search results are filtered by channel too
    view.search_button.click()
    _settled(qtbot, section)
    assert {view.model.row_at(r).channel for r in range(view.model.rowCount())} <= {channel}
    view.search.clear()
    view.channel.setCurrentIndex(0)
    _settled(qtbot, section)
    view.overdue.setChecked(True)
    _settled(qtbot, section)
    overdue = view.model.rowCount()
    assert 0 < overdue < 24
    assert {_cell(section, r, Column.OVERDUE) for r in range(overdue)} == {"Overdue"}
    view.overdue.setChecked(False)
    _settled(qtbot, section)
    today = datetime.now(UTC).date()
    view.use_dates.setChecked(True)
    _settled(qtbot, section)
    view.date_from.setDate(today - timedelta(days=5))
    _settled(qtbot, section)
    view.date_to.setDate(today)
    _settled(qtbot, section)
    recent = view.model.rowCount()
    assert 0 < recent < 24
    f = view.current_filter()
    assert f.received_from == today - timedelta(days=5)
    assert not section.overdue_list.loaded  # read when first shown, not at opening
    section.tabs.setCurrentWidget(section.overdue_list)
    _settled(qtbot, section)
    assert section.overdue_list.model.rowCount() == overdue  # the overdue tab


def test_search_finds_report_text_never_identities_and_is_audited(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    view = section.register_list
    view.search.setText("药品采购")
    view.search_button.click()
    _settled(qtbot, section)
    assert view.model.rowCount() == 3
    assert view.message.text() == "3 leads found."
    view.search.setText("林小雨")  # the demo informant's name: identities are not indexed
    view.search_button.click()
    _settled(qtbot, section)
    assert view.model.rowCount() == 0
    assert _audit_actions(shell).count("lead.search") == 2
    view.clear_button.click()
    _settled(qtbot, section)
    assert view.model.rowCount() == 24


def test_the_list_fetches_lazily_in_pages(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    session = shell.controller.session
    vault = session.vault_session
    service = LeadService(vault.store, SystemClock(), vault.user, vault.keys.ik)
    received = datetime.now(UTC) - timedelta(days=40)
    rows = [
        (NewLead(CrimeCategory.DERELICTION, (ReportedPerson(f"测试{i}", "某局"),),
                 NewReport(Channel.PHONE, received, f"批量导入的第{i}条")), None)
        for i in range(1000)
    ]
    service.import_leads(rows, "0" * 64)
    view = section.register_list
    view.refresh()
    _settled(qtbot, section)
    model = view.model
    assert model.rowCount() == 200 and model.pages_fetched == 1 and model.canFetchMore()
    view.table.scrollToBottom()  # reaching the bottom asks for the next page
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=10000)
    assert model.pages_fetched == 2 and model.canFetchMore()
    model.fetchMore()  # a user who keeps scrolling gets pages as large as what is loaded
    _settled(qtbot, section)
    assert model.rowCount() == 800 and model.pages_fetched == 3
    QTest.keyClick(view.table, Qt.Key.Key_End)  # End: the rest at once, to the oldest
    _settled(qtbot, section)
    assert model.rowCount() == 1024 and not model.canFetchMore()
    assert model.row_at(1023).number.endswith("-00001")
    # A date range that leaves out the 1,000 imported leads: the service's query finds
    # the 24 demo leads in one page; no page of imported leads is read and dropped.
    # The register's days are China's (UTC+8), as the list filters them; the demo's
    # oldest lead is 30.1 days old, so 31 days back hold them at any time of day.
    today = datetime.now(UTC).astimezone(timezone(timedelta(hours=8))).date()
    view.use_dates.setChecked(True)
    _settled(qtbot, section)
    view.date_from.setDate(today - timedelta(days=31))
    _settled(qtbot, section)
    view.date_to.setDate(today)
    _settled(qtbot, section)
    assert model.rowCount() == 24 and model.pages_fetched == 1
    assert not model.canFetchMore()
    view.date_from.setDate(today - timedelta(days=41))
    _settled(qtbot, section)
    view.date_to.setDate(today - timedelta(days=39))
    _settled(qtbot, section)
    assert model.rowCount() == 200 and model.pages_fetched == 1 and model.canFetchMore()
    assert {model.row_at(r).channel for r in range(200)} == {Channel.PHONE}


def test_opening_a_lead_shows_card_timeline_deadlines_and_routing(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    view = section.register_list
    view.table.doubleClicked.emit(view.model.index(0, 0))
    _settled(qtbot, section)  # the view is read (and audited) on the worker
    detail = section.tabs.currentWidget()
    assert isinstance(detail, LeadDetail)
    card = detail.view.card
    assert detail.heading.text() == f"Lead {card.number} · Awaiting disposition"
    assert section.tabs.tabText(section.tabs.currentIndex()) == str(card.number)
    texts = [w.text() for w in detail.card_page.findChildren(QLabel)]
    assert "Embezzlement and bribery" in texts
    assert any("青山县交通运输局" in t for t in texts)
    assert detail.timeline.count() == 1
    assert "Letter" in detail.timeline.item(0).text()
    assert "real name, code" in detail.timeline.item(0).text()
    assert "道路工程" in detail.report_text.toPlainText()
    rules = {detail.deadlines.item(r, 0).text() for r in range(detail.deadlines.rowCount())}
    assert rules == {"Disposition", "Reply to a real-name informant"}
    assert detail.routing.item(0).text() == "No disposition yet."
    assert "lead.view" in _audit_actions(shell)


def test_identity_panel_is_closed_until_confirmed_and_the_opening_is_audited(
        qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    detail = _open(qtbot, section, int(section.register_list.model.row_at(0).id))
    assert not detail.identity_open
    assert "lead.identity.view" not in _audit_actions(shell)
    detail.identity_button.click()
    box = detail.identity_confirm
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.No).click()
    assert not detail.identity_open
    assert "lead.identity.view" not in _audit_actions(shell)
    detail.identity_button.click()
    detail.identity_confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: detail.identity_open, timeout=10000)
    values = [f.text() for f in detail.identity_fields]
    assert "林小雨" in values and "110101199003071233" in values
    assert all(isinstance(f, IdentityLineEdit) for f in detail.identity_fields)
    assert _audit_actions(shell).count("lead.identity.view") == 1
    detail.hide_identity_button.click()
    assert not detail.identity_open and detail.identity_fields == []


def test_identity_is_refused_to_staff_and_the_refusal_audited(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    vault = shell.controller.session.vault_session
    lead_id = section.register_list.model.row_at(0).id
    staff = User(UserId(99), "赵科员", Role.STAFF, datetime.now(UTC))
    service = LeadService(vault.store, SystemClock(), staff, None,
                          grants=[Grant(Action.VIEW_LEAD, f"lead:{lead_id}")])
    detail = LeadDetail(service, service.view(lead_id), False, section.worker,
                        lambda: datetime.now(UTC))
    qtbot.addWidget(detail)
    assert not detail.route_button.isVisibleTo(detail)
    detail.ask_identity()
    detail.identity_confirm.button(QMessageBox.StandardButton.Yes).click()
    _settled(qtbot, section)
    assert not detail.identity_open
    assert detail.message.text() == "Your role (Staff) may not do this. Nothing was changed."
    assert "lead.identity.refused" in _audit_actions(shell)


def test_attachments_are_shown_inside_the_application(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    detail = _open(qtbot, section, int(section.register_list.model.row_at(0).id))
    assert detail.attachments.count() == 2
    names = [detail.attachments.item(i).text() for i in range(2)]
    assert names[0].startswith("举报材料.pdf") and names[1].startswith("现场照片.png")
    detail._open_attachment(detail.attachments.item(0))
    _settled(qtbot, section)
    assert detail.viewer.showing_pdf_pages == 1
    page = detail.viewer.pdf.document_.render(0, QSize(298, 421))
    inked = sum(1 for x in range(0, 298, 2) for y in range(0, 421, 2)
                if page.pixelColor(x, y).lightness() < 128)
    assert inked > 50  # the drawn text and line, not a blank page
    detail._open_attachment(detail.attachments.item(1))
    _settled(qtbot, section)
    assert detail.viewer.showing_image
    assert detail.viewer.image.pixmap().width() == 160
    assert _audit_actions(shell).count("lead.attachment.open") == 2


def test_routing_to_a_reported_unit_is_refused_with_the_reason(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    detail = _open(qtbot, section, int(section.register_list.model.row_at(0).id))
    detail.route_button.click()
    dialog = detail.routing_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.target.setText("青山县交通运输局")  # the reported person's own unit
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10000)
    assert "青山县交通运输局" in dialog.error.text() and "Art 59(4)" in dialog.error.text()
    assert dialog.isVisible()
    assert detail.view.card.status is LeadStatus.RECEIVED
    dialog.target.setText("第三检察部")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    _settled(qtbot, section)  # the lead and the lists are read again on the worker
    assert detail.view.card.status is LeadStatus.ROUTED
    assert "第三检察部" in detail.routing.item(0).text()
    assert section.register_list.model.row_at(0).status is LeadStatus.ROUTED  # refreshed
    assert "lead.route" in _audit_actions(shell)


def test_the_entry_form_shows_every_problem_next_to_its_field(qtbot, make_shell) -> None:
    _shell, section = _section(qtbot, make_shell)
    form = section.form
    assert form is not None
    form.channel.setCurrentIndex(form.channel.findData(Channel.VISIT))
    assert form.visit_box.isVisibleTo(form) and not form.mail_box.isVisibleTo(form)
    form.staff.setText("李明")
    form.id_number.setText("110101199003071234")  # wrong check character
    form.phones.setText("12345")
    form.relatives.setText("林大山（父亲）139")
    form.save_button.click()
    errors = {key: label.text() for key, label in form.errors.items() if label.text()}
    assert errors == {
        "original_text": "Required.",
        "reported_persons.name": "Required.",
        "receiving_staff": "A visit is received by at least 2 staff members.",
        "transcript_read_back": "Required.",
        "transcript_signed": "Required.",
        "informant.id_number": "The last character does not match: the ID number is mistyped.",
        "informant.phones": "Not in the expected form.",
        "informant.relatives": "Not in the expected form.",
    }
    assert form.general_error.text().startswith("Some fields need attention")
    form.channel.setCurrentIndex(form.channel.findData(Channel.LETTER))
    form.save_button.click()
    assert form.errors["postmark_date"].text() == "Required."
    assert form.errors["receiving_staff"].text() == ""


def test_entry_form_messages_are_in_chinese(qtbot, make_shell) -> None:
    _shell, section = _section(qtbot, make_shell, language=CHINESE)
    form = section.form
    assert form is not None
    form.id_number.setText("110101199003071234")
    form.save_button.click()
    assert form.errors["original_text"].text() == "必填。"
    assert "校验码" in form.errors["informant.id_number"].text()


def test_a_valid_lead_is_recorded_off_the_gui_thread_and_opened(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    form = section.form
    assert form is not None
    form.channel.setCurrentIndex(form.channel.findData(Channel.PHONE))
    form.original_text.setPlainText("来电反映某局长收受财物。")
    form.person_name.setText("钱某某")
    form.person_unit.setText("青山县林业局")
    form.informant_name.setText("孙某")
    form.phones.setText("13912345678")
    form.acknowledged.setChecked(True)
    form.relatives.setText("孙大山（父亲）13900000000；王芳（配偶）")
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save_button.click()
    _settled(qtbot, section)  # the new lead's view is read, its tab opened
    detail = section.tabs.currentWidget()
    assert isinstance(detail, LeadDetail)
    detail.open_identity()
    _settled(qtbot, section)
    values = [f.text() for f in detail.identity_fields]
    assert "孙某" in values and "13912345678" in values
    assert "孙大山 (父亲), 王芳 (配偶)" in values  # English punctuation on an English screen
    assert detail.view.card.reported_persons[0].unit == "青山县林业局"
    assert section.register_list.model.rowCount() == 25
    assert not form.is_dirty()
    assert "Phone" in detail.timeline.item(0).text()
    assert "lead.create" in _audit_actions(shell)


def test_a_half_filled_form_survives_a_lock_as_an_encrypted_draft(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    form = section.form
    assert form is not None
    section.tabs.setCurrentWidget(form)
    form.person_name.setText("周某")
    form.id_number.setText("110101199003071233")
    form.original_text.setPlainText("未写完的举报内容")
    assert section.is_dirty()
    shell.cards.remove(CLERK.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=10000)
    unlock(qtbot, shell, CLERK)
    qtbot.waitUntil(lambda: isinstance(shell.controller.workspace.page(Section.LEADS),
                                       LeadsSection), timeout=10000)
    again = shell.controller.workspace.page(Section.LEADS)
    assert again is not section
    qtbot.waitUntil(lambda: again.form.person_name.text() == "周某", timeout=10000)
    assert again.form.id_number.text() == "110101199003071233"
    assert again.form.original_text.toPlainText() == "未写完的举报内容"
    assert again.tabs.currentWidget() is again.form


def test_the_dashboard_counts_by_status_and_deadline(qtbot, make_shell) -> None:
    _shell, section = _section(qtbot, make_shell)
    board = section.dashboard
    bars = dict(board.by_status.bars)
    assert bars["Awaiting disposition"] == 14 and bars["Routed"] == 5
    assert sum(bars.values()) == 24
    assert dict(board.overdue.bars)["Disposition"] > 0
    assert board.totals.text().startswith("24 leads in the register")
    channels = dict(board.by_channel.bars)
    assert channels["Letter"] == 6 and sum(channels.values()) == 24



def test_the_form_is_autosaved_encrypted_and_restored_when_reopened(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    form = section.form
    assert form is not None
    canary = "AUTOSAVE-CANARY-举报人王五"
    form.informant_name.setText(canary)
    form.original_text.setPlainText("写了一半")
    form.autosave()  # what the timer does every AUTOSAVE_SECONDS
    qtbot.waitUntil(lambda: not section.worker.busy, timeout=10000)
    assert "draft.save" in _audit_actions(shell)
    for path in shell.services.data_dir.rglob("*"):  # the vault files hold ciphertext only
        if path.is_file():
            assert canary.encode() not in path.read_bytes()
    # The screen opened anew (a restart).
    again = LeadsSection(shell.controller.session, shell.controller.session_worker)
    qtbot.addWidget(again)
    assert again.form is not None
    qtbot.waitUntil(lambda: again.form.informant_name.text() == canary, timeout=10000)
    assert again.form.original_text.toPlainText() == "写了一半"
    assert "draft.restore" in _audit_actions(shell)


def test_clearing_the_form_drops_its_autosaved_draft(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    form = section.form
    assert form is not None
    form.person_name.setText("吴某")
    form.autosave()
    qtbot.waitUntil(lambda: not section.worker.busy, timeout=10000)
    form.clear_button.click()
    assert not form.is_dirty()
    qtbot.waitUntil(lambda: not section.worker.busy, timeout=10000)
    assert shell.controller.session.drafts().take("leads.new-lead") is None
