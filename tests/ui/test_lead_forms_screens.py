"""Every form of one lead printed from its screen: the rights notice (with the CPL
Art 111 notice given), the visit transcript and items-received list of a visit, the
record of an oral reply and a reply letter. Each is previewed with its copy number,
printed through the controlled printing, refused as a file (it names the informant),
and its content read back with pypdf."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.documents import DocumentKind
from desktop.domain.leads import (
    Channel,
    CrimeCategory,
    InformantIdentity,
    NewReport,
    ReceivedItem,
    Reply,
    ReplyForm,
    ReportedPerson,
)
from desktop.leads.model import NewLead
from tests.printing.pdf_checks import compact, page_count, text_of
from tests.ui.test_leads_screens import _audit_actions, _open, _section, _settled
from ui.leads.form_print_dialog import FormPrintDialog
from ui.printing.preview_dialog import PrintPreviewDialog

INFORMANT = InformantIdentity(name="孙某", id_number="11010519491231002X",
                              address="青山县某路 18 号", phones=("13912345678",))


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def visited(qtbot, make_shell):  # type: ignore[no-untyped-def]
    shell, section = _section(qtbot, make_shell)
    leads = section.leads
    at = datetime.now(UTC) - timedelta(days=2)
    created = leads.create(NewLead(
        CrimeCategory.EMBEZZLEMENT_BRIBERY,
        (ReportedPerson("钱某某", "青山县林业局", "局长"),),
        NewReport(Channel.VISIT, at, "来访反映局长收受工程款。", identity=INFORMANT,
                  acknowledged=True, receiving_staff=("李明", "赵敏"),
                  transcript_read_back=True, transcript_signed=True,
                  items_received=(ReceivedItem("账目复印件", 2),),
                  false_accusation_notice=True)))
    lead_id, report_id = created.card.id, created.report.id
    leads.reply(Reply(lead_id, report_id, ReplyForm.ORAL, at + timedelta(days=1),
                      place="举报中心接待室", participants=("李明", "赵敏"),
                      content="已告知线索已移送办理。", informant_view="表示满意。"))
    leads.reply(Reply(lead_id, report_id, ReplyForm.LETTER, at + timedelta(days=1, hours=2),
                      content="你反映的问题已受理。\n\n我院将依法办理。"))
    return shell, section, _open(qtbot, section, int(lead_id))


def test_every_form_of_the_lead_is_printed_from_its_screen(
    qtbot, visited, tmp_path: Path
) -> None:
    shell, section, detail = visited
    detail.print_button.click()
    dialog = detail.dialog
    assert isinstance(dialog, FormPrintDialog)
    kinds = [dialog.form_choice.itemData(i)[0] for i in range(dialog.form_choice.count())]
    assert kinds == [DocumentKind.RIGHTS_NOTICE, DocumentKind.VISIT_TRANSCRIPT,
                     DocumentKind.ITEMS_RECEIVED, DocumentKind.ENVELOPE_LABEL,
                     DocumentKind.REPLY_RECORD, DocumentKind.REPLY_LETTER,
                     DocumentKind.INVESTIGATION_ASSIGNMENT]
    kinds = kinds[:3] + kinds[4:6]  # the two that need input: the next test
    expected = {
        DocumentKind.RIGHTS_NOTICE: ("举报人权利义务告知书", "第一百一十一条"),
        DocumentKind.VISIT_TRANSCRIPT: ("举报笔录", "来访反映局长收受工程款", "孙某",
                                        "11010519491231002X", "性别女"),  # 17th digit even
        DocumentKind.ITEMS_RECEIVED: ("账目复印件", "孙某"),
        DocumentKind.REPLY_RECORD: ("举报答复记录", "已告知线索已移送办理", "表示满意"),
        DocumentKind.REPLY_LETTER: ("举报答复函", "孙某", "我院将依法办理"),
    }
    for kind in kinds:
        detail.open_print()
        chooser = detail.dialog
        assert isinstance(chooser, FormPrintDialog)
        chooser.form_choice.setCurrentIndex(next(
            i for i in range(chooser.form_choice.count())
            if chooser.form_choice.itemData(i)[0] is kind))
        chooser.open_preview()
        preview = chooser.preview
        assert isinstance(preview, PrintPreviewDialog)
        qtbot.waitUntil(lambda p=preview: p.ready, timeout=10000)
        first = preview.preview_copy
        assert first is not None
        out = tmp_path / f"{kind.value}.pdf"
        with qtbot.waitSignal(preview.printed, timeout=20000) as printed:
            preview.print_to(_pdf_printer(out), copies=1)
        assert printed.args[0] == [first] and page_count(out.read_bytes()) >= 1
        preview.export_to(tmp_path / f"{kind.value}-file.pdf")  # names the informant
        qtbot.waitUntil(lambda p=preview: "names an informant" in p.status.text(),
                        timeout=10000)
        assert not (tmp_path / f"{kind.value}-file.pdf").exists()
        text = compact(text_of(preview.job.issue().pdf))  # one more copy, read back
        for words in expected[kind]:
            assert compact(words) in text, (kind, words)
        preview.reject()
        _settled(qtbot, section)
    actions = _audit_actions(shell)
    assert actions.count("lead.print") == 2 * len(kinds)
    assert actions.count("document.export-refused") == len(kinds)




def test_the_envelope_label_and_the_assignment_need_their_input(
    qtbot, visited, tmp_path: Path
) -> None:
    _shell, _section, detail = visited

    def chooser_for(kind: DocumentKind) -> FormPrintDialog:
        detail.open_print()
        chooser = detail.dialog
        assert isinstance(chooser, FormPrintDialog)
        chooser.form_choice.setCurrentIndex(next(
            i for i in range(chooser.form_choice.count())
            if chooser.form_choice.itemData(i)[0] is kind))
        return chooser

    def preview_of(chooser: FormPrintDialog) -> PrintPreviewDialog:
        chooser.open_preview()
        preview = chooser.preview
        assert isinstance(preview, PrintPreviewDialog)
        qtbot.waitUntil(lambda: preview.ready or preview.status.text() != "", timeout=10000)
        return preview

    chooser = chooser_for(DocumentKind.ENVELOPE_LABEL)
    chooser.recipient_postcode.setText("100000")
    chooser.return_address.setText("青山县人民检察院举报中心")  # names the procuratorate
    chooser.return_postcode.setText("100001")
    refused = preview_of(chooser)
    assert "must not name the procuratorate" in refused.status.text()
    assert refused.preview_copy is None
    refused.reject()
    chooser = chooser_for(DocumentKind.ENVELOPE_LABEL)
    chooser.recipient_postcode.setText("100000")
    chooser.return_address.setText("青山县邮政信箱 18 号")
    chooser.return_postcode.setText("100001")
    label = preview_of(chooser)
    assert label.preview_copy is not None
    text = compact(text_of(label.job.issue().pdf))
    assert "孙某" in text and compact("青山县某路 18 号") in text and "检察院" not in text
    label.reject()
    chooser = chooser_for(DocumentKind.INVESTIGATION_ASSIGNMENT)
    chooser.department.setText("第三检察部")
    chooser.assignee.setText("周检察官")
    chooser.approved_by.setText("王检察长")
    sheet = preview_of(chooser)
    assert sheet.preview_copy is not None
    text = compact(text_of(sheet.job.issue().pdf))
    assert "第三检察部" in text and "周检察官" in text and "JB-" in text
    assert "孙某" not in text and "13912345678" not in text  # the code, never the identity
    target = tmp_path / "assignment.pdf"
    with qtbot.waitSignal(sheet.exported, timeout=20000):  # no identity: may be a file
        sheet.export_to(target)
    assert target.exists()
    sheet.reject()
