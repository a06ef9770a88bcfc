"""Printing from the leads section on the real shell: the monthly repeat-report
notice for a chosen month and classification, previewed with its copy number,
printed through the controlled printing (each copy its own number, audited) and read
back from the printer's output; a month without repeats issues no copy."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.leads import Channel, NewReport
from desktop.domain.printables import ClassificationLevel
from desktop.leads.deadlines import CHINA
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


def _export(qtbot, dialog: PrintPreviewDialog, target: Path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    with qtbot.waitSignal(dialog.exported, timeout=20000) as exported:
        dialog.export_to(target)
    return exported.args[1], compact(text_of(target.read_bytes()))


def test_the_leads_register_for_a_range_and_the_bag_register_for_a_year(
    qtbot, make_shell, tmp_path: Path
) -> None:
    shell, section = _section(qtbot, make_shell)
    tab = section.prints_tab
    assert tab is not None
    rows = section.leads.page(limit=500)
    first = min(r.first_received_at for r in rows).astimezone(CHINA).date()
    last = max(r.first_received_at for r in rows).astimezone(CHINA).date()
    tab.register_from.setDate(QDate(first.year, first.month, first.day))
    tab.register_to.setDate(QDate(last.year, last.month, last.day))
    tab.print_leads_register()
    dialog = tab.print_dialog
    assert isinstance(dialog, PrintPreviewDialog)
    copy, text = _export(qtbot, dialog, tmp_path / "register.pdf")
    assert "举报线索登记簿" in text and copy in text and "机密★20年" in text
    assert all(r.number in text for r in rows)
    assert f"共{len(rows)}条线索" in text
    dialog.reject()
    # A range holding no lead: said so, no copy number spent.
    tab.register_from.setDate(QDate(2001, 1, 1))
    tab.register_to.setDate(QDate(2001, 1, 31))
    tab.print_leads_register()
    empty = tab.print_dialog
    assert isinstance(empty, PrintPreviewDialog) and empty is not dialog
    qtbot.waitUntil(lambda: empty.status.text() != "", timeout=10000)
    assert empty.status.text().startswith("There is nothing to print for that period.")
    empty.reject()
    # The bag register of one year only.
    bags = shell.controller.session.bags()
    made = bags.create(items=1, pages=3)
    tab.bags_year.setValue(made.bag.number.year)
    tab.print_bag_register()
    bag_dialog = tab.print_dialog
    assert isinstance(bag_dialog, PrintPreviewDialog)
    copy, text = _export(qtbot, bag_dialog, tmp_path / "bags.pdf")
    assert "机要袋登记簿" in text and compact(str(made.bag.number)) in text and copy in text
    bag_dialog.reject()
    tab.bags_year.setValue(2001)
    tab.print_bag_register()
    none = tab.print_dialog
    assert isinstance(none, PrintPreviewDialog)
    qtbot.waitUntil(lambda: none.status.text() != "", timeout=10000)
    assert none.status.text().startswith("There is nothing to print for that period.")
    none.reject()
    actions = _audit_actions(shell)
    assert actions.count("lead.print") == 2 and "bag.print" in actions  # preview + export


def test_a_printer_refusal_is_said_in_the_users_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.leads.prints_tab import describe_lead_print_error
    from ui.printing.errors import PrinterRefused

    words = describe_lead_print_error(PrinterRefused("Permission denied"))
    assert "Permission denied" not in words and words.startswith("The printer could not")
