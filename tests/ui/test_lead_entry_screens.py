"""The entry form's rules on the real shell: a letter with an illegible postmark is
recorded with the reason, the CPL Art 111 notice is recorded and shown, an ID number
of no existing administrative division is flagged next to its field, and routing to
a target naming a reported person is refused with the reason."""

from __future__ import annotations

from desktop.domain.leads import Channel, LeadStatus
from tests.ui.test_leads_screens import _audit_actions, _open, _section, _settled
from ui.i18n import CHINESE
from ui.leads.lead_view import LeadDetail


def test_a_letter_with_an_illegible_postmark_and_the_art_111_notice(
    qtbot, make_shell
) -> None:
    shell, section = _section(qtbot, make_shell)
    form = section.form
    assert form is not None
    form.channel.setCurrentIndex(form.channel.findData(Channel.LETTER))
    form.original_text.setPlainText("来信反映某局长收受财物。")
    form.person_name.setText("钱某某")
    form.person_unit.setText("青山县林业局")
    form.informant_name.setText("孙某")
    form.acknowledged.setChecked(True)
    form.art111.setChecked(True)
    assert not form.has_postmark.isChecked() and form.postmark_reason.isEnabled()
    form.save_button.click()
    assert form.errors["postmark_date"].text() == "Required."
    form.postmark_reason.setText("邮戳模糊，无法辨认日期")
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save_button.click()
    _settled(qtbot, section)
    detail = section.tabs.currentWidget()
    assert isinstance(detail, LeadDetail)
    report = detail.view.reports[0]
    assert report.postmark_date is None
    assert report.postmark_illegible_reason == "邮戳模糊，无法辨认日期"
    assert report.false_accusation_notice
    facts = detail.report_facts.text()
    assert "Postmark illegible: 邮戳模糊，无法辨认日期" in facts
    assert "Told of the liability for a false accusation (CPL Art 111)." in facts
    assert "lead.create" in _audit_actions(shell)


def test_an_id_number_of_no_such_division_is_flagged(qtbot, make_shell) -> None:
    _shell, section = _section(qtbot, make_shell)
    form = section.form
    assert form is not None
    form.id_number.setText("354761197508083780")  # check character and birth date right
    form._check_id_number()
    assert form.errors["informant.id_number"].text() == (
        "No such administrative division (first six digits): the ID number is mistyped.")
    form.id_number.setText("11010519491231002X")
    form._check_id_number()
    assert form.errors["informant.id_number"].text() == ""


def test_the_division_message_is_in_chinese(qtbot, make_shell) -> None:
    _shell, section = _section(qtbot, make_shell, language=CHINESE)
    form = section.form
    assert form is not None
    form.id_number.setText("354761197508083780")
    form._check_id_number()
    assert "行政区划" in form.errors["informant.id_number"].text()


def test_routing_to_a_reported_person_is_refused(qtbot, make_shell) -> None:
    _shell, section = _section(qtbot, make_shell)
    detail = _open(qtbot, section, int(section.register_list.model.row_at(0).id))
    name = detail.view.card.reported_persons[0].name
    detail.route_button.click()
    dialog = detail.routing_dialog
    assert dialog is not None
    dialog.target.setText(f"交{name}本人说明")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10000)
    assert name in dialog.error.text() and "Art 59(4)" in dialog.error.text()
    assert detail.view.card.status is LeadStatus.RECEIVED
    dialog.reject()
