"""Printing from the leads section on the real shell: the monthly repeat-report
notice for a chosen month and classification, previewed with its copy number,
printed through the controlled printing (each copy its own number, audited) and read
back from the printer's output; a month without repeats issues no copy."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from desktop.domain.leads import Channel, NewReport
from desktop.domain.printables import ClassificationLevel
from tests.printing.pdf_checks import compact, page_count, text_of
from tests.ui.test_leads_screens import _audit_actions, _section, _settled
from ui.printing.preview_dialog import PrintPreviewDialog


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_monthly_repeat_report_notice_is_printed_without_identity(
    qtbot, make_shell, tmp_path: Path
) -> None:
    shell, section = _section(qtbot, make_shell)
    leads = section.leads
    row = section.register_list.model.row_at(0)
    now = datetime.now(UTC)
    leads.add_report(row.id, NewReport(Channel.PHONE, now, "再次来电反映。"), new_content=True)
    identities = leads.identities(leads.view(row.id).card.number)
    tab = section.prints_tab
    assert tab is not None
    section.tabs.setCurrentWidget(tab)
    tab.classification.level.setCurrentIndex(
        tab.classification.level.findData(ClassificationLevel.SECRET))
    tab.classification.years.setValue(10)
    tab.print_notice()
    dialog = tab.print_dialog
    assert isinstance(dialog, PrintPreviewDialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    assert dialog.preview_copy is not None and dialog.page_count == 1
    out = tmp_path / "notice.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=20000) as printed:
        dialog.print_to(_pdf_printer(out), copies=2)
    assert len(printed.args[0]) == 2 and printed.args[0][0] == dialog.preview_copy
    _settled(qtbot, section)
    assert page_count(out.read_bytes()) == 2  # one page per copy, each its own number
    # The notice names no informant: it may leave as a file (a new, audited copy).
    target = tmp_path / "notice-export.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=20000) as exported:
        dialog.export_to(target)
    copy = exported.args[1]
    assert copy not in printed.args[0]
    text = compact(text_of(target.read_bytes()))
    assert "重复举报情况通报" in text and str(row.number) in text
    assert "秘密★10年" in text and copy in text
    for identity in identities.values():  # no identity on the notice
        for value in (identity.name, identity.id_number, *identity.phones):
            if value:
                assert compact(value) not in text
    dialog.reject()
    actions = _audit_actions(shell)
    assert actions.count("lead.print") == 3 and "document.print" in actions


def test_a_month_without_repeats_issues_no_copy(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    tab = section.prints_tab
    assert tab is not None
    tab.notice_year.setValue(2001)
    tab.notice_month.setValue(2)
    tab.print_notice()
    dialog = tab.print_dialog
    assert isinstance(dialog, PrintPreviewDialog)
    qtbot.waitUntil(lambda: dialog.status.text() != "", timeout=10000)
    assert dialog.status.text() == (
        "There is nothing to print for that period. No copy number was spent.")
    assert dialog.preview_copy is None
    assert "lead.print" not in _audit_actions(shell)
    dialog.reject()
