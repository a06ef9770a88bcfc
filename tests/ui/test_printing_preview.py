"""Print preview, printing and export of the bag documents on the real shell:
the preview is read from memory, N printed copies carry N copy numbers (read
back from the printed PDF's QR codes), identity documents are never exported."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from bench import sample_printables as samples
from desktop import bootstrap
from desktop.app.prints import Document, IssuedCopy
from desktop.domain.documents import DocumentKind
from desktop.policy import Section
from printing.visit_forms import render_visit_transcript
from tests.printing.pdf_checks import compact, decode_barcodes, text_of
from tests.ui.bags_support import audit, bag_sections, open_section, service
from tests.ui.conftest import CLERK, unlock
from ui.printing.job import PrintJob
from ui.printing.preview_dialog import PrintPreviewDialog

__all__ = ["bag_sections"]


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def _sealed_bag_view(qtbot, shell):
    bags = service(shell)
    stored = bags.create(items=2, pages=14)
    bags.seal(stored.bag.number)
    view = open_section(qtbot, shell, Section.BAGS)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.open_bag(str(stored.bag.number))
    return view, str(stored.bag.number)


def _open_cover_sheet(qtbot, view) -> PrintPreviewDialog:
    view.detail.buttons["print-cover"].click()
    dialog = view.print_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    return dialog


def test_the_preview_shows_the_cover_sheet_from_memory(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    view, number = _sealed_bag_view(qtbot, shell)
    dialog = _open_cover_sheet(qtbot, view)
    assert dialog.page_count == 1
    assert dialog.view.document() is not None and dialog.view.document().pageCount() == 1
    assert dialog.preview_copy == "000001"
    assert dialog.copy_label.text().startswith("Copy No. 000001 · 1 page(s).")
    assert dialog.windowTitle() == f"Cover sheet of bag {number}"
    # Closing without printing leaves the issued copy audited as discarded.
    dialog.reject()
    qtbot.waitUntil(
        lambda: any(r.action == "document.discard" for r in audit(shell)), timeout=10000
    )
    discard = [r for r in audit(shell) if r.action == "document.discard"]
    assert [(r.subject, r.details) for r in discard] == [
        (f"bag:{number}", {"document": "cover-sheet", "copy": "000001"})
    ]


def test_printing_two_copies_gives_each_its_own_audited_copy_number(
    qtbot, make_shell, tmp_path: Path
) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    view, number = _sealed_bag_view(qtbot, shell)
    dialog = _open_cover_sheet(qtbot, view)
    out = tmp_path / "printer-output.pdf"  # a PdfFormat printer stands in for the device
    printer = _pdf_printer(out)
    with qtbot.waitSignal(dialog.printed, timeout=60000) as printed:
        dialog.print_to(printer, copies=2)
    assert printed.args == [["000001", "000002"]]
    assert dialog.status.text() == "Printed 2 copy(ies): copy No. 000001、000002."
    assert printer.copyCount() == 1  # the copies are ours, not the driver's
    pdf = out.read_bytes()
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    # Each printed page carries its own copy number in its tagged QR code.
    for page, copy in ((1, "000001"), (2, "000002")):
        decoded = decode_barcodes(pdf, tmp_path, page=page)
        qr = [text for symbology, text in decoded if symbology == "QR-Code"]
        assert len(qr) == 1 and qr[0].startswith(f"LV1:{number}:{copy}:"), decoded
        assert ("CODE-128", number) in decoded
    bags = service(shell)
    copies = bags.copies(bags.list_bags()[0].bag.number)
    assert [(str(c.copy_number), c.document.value) for c in copies] == [
        ("000001", "cover-sheet"),
        ("000002", "cover-sheet"),
    ]
    qtbot.waitUntil(
        lambda: any(r.action == "document.print" for r in audit(shell)), timeout=10000
    )
    records = audit(shell)
    issued = [r.details["copy"] for r in records if r.action == "bag.print"]
    assert issued == ["000001", "000002"]
    sent = [r for r in records if r.action == "document.print"]
    assert [(r.subject, r.details["copies"], r.details["document"]) for r in sent] == [
        (f"bag:{number}", "000001,000002", "cover-sheet")
    ]
    # A reprint is a new copy with a new number; nothing is left to discard.
    with qtbot.waitSignal(dialog.printed, timeout=60000) as again:
        dialog.print_to(_pdf_printer(tmp_path / "again.pdf"), copies=1)
    assert again.args == [["000003"]]
    dialog.reject()
    assert not [r for r in audit(shell) if r.action == "document.discard"]


def test_a_cover_sheet_exports_as_a_new_audited_copy(qtbot, make_shell, tmp_path: Path) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    view, number = _sealed_bag_view(qtbot, shell)
    dialog = _open_cover_sheet(qtbot, view)
    target = tmp_path / "cover.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=30000) as exported:
        dialog.export_to(target)
    assert exported.args == [str(target), "000002"]
    text = compact(text_of(target.read_bytes()))
    assert number in text and "检察长亲启" in text and "000002" in text
    record = [r for r in audit(shell) if r.action == "document.export"]
    assert [(r.subject, r.details) for r in record] == [
        (f"bag:{number}", {"document": "cover-sheet", "copy": "000002"})
    ]


def test_a_document_naming_an_informant_is_never_exported(
    qtbot, make_shell, tmp_path: Path
) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    session = shell.controller.session
    # The core decides from the document's kind (the screen sets no flag).
    job = PrintJob(
        title="笔录",
        document=Document(DocumentKind.VISIT_TRANSCRIPT, "lead:1"),
        prints=session.prints(),
        issue=lambda: IssuedCopy("000007", render_visit_transcript(samples.visit_transcript())),
    )
    dialog = PrintPreviewDialog(job, shell.controller.session_worker, shell.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    assert dialog.page_count >= 1  # it can be previewed and printed…
    target = tmp_path / "transcript.pdf"
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failed:
        dialog.export_to(target)  # …but not written to a file
    assert "needs the chief procurator's approval" in failed.args[0]
    assert failed.args[0].startswith("This document names an informant.")
    assert not target.exists()
    with qtbot.waitSignal(dialog.failed, timeout=10000):
        dialog.export_with_dialog()  # no file dialog is even offered
    assert not list(tmp_path.glob("*.pdf"))
    qtbot.waitUntil(
        lambda: [r.action for r in audit(shell)].count("document.export-refused") == 2,
        timeout=10000,
    )
    refused = [r for r in audit(shell) if r.action == "document.export-refused"]
    assert [(r.subject, r.details) for r in refused] == [
        ("lead:1", {"document": "visit-transcript", "reason": "no-approval"})
    ] * 2
    dialog.reject()


def test_the_print_register_lists_every_copy(qtbot, make_shell, tmp_path: Path) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    _view, number = _sealed_bag_view(qtbot, shell)
    bags = service(shell)
    bags.print_cover_sheet(bags.list_bags()[0].bag.number,
                           bootstrap.renderers().cover_sheet)
    prints = open_section(qtbot, shell, Section.PRINTS)
    assert prints.table.rowCount() == 1
    assert [prints.table.item(0, c).text() for c in range(3)] == ["000001", "Cover sheet", number]
    prints.register_button.click()
    dialog = prints.print_dialog
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    assert dialog.page_count >= 1
    with qtbot.waitSignal(dialog.printed, timeout=60000):
        dialog.print_to(_pdf_printer(tmp_path / "register.pdf"), copies=1)
    with qtbot.waitSignal(prints.loaded, timeout=10000):
        dialog.accept()
    # The register's own copy is audited under "bags", not under a bag.
    assert [r.details["document"] for r in audit(shell) if r.action == "bag.print"] == [
        "cover-sheet",
        "bag-register",
    ]


def test_bag_labels_and_seal_labels_preview_with_their_copy_numbers(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    view, number = _sealed_bag_view(qtbot, shell)
    view.detail.buttons["print-labels"].click()
    labels = view.print_dialog
    qtbot.waitUntil(lambda: labels.ready, timeout=20000)
    assert labels.page_count == 1
    assert labels.preview_copy == "000001–000008"  # eight labels, eight copy numbers
    labels.reject()
    view.detail.buttons["print-seals"].click()
    seals = view.print_dialog
    assert seals is not labels
    qtbot.waitUntil(lambda: seals.ready, timeout=20000)
    assert seals.preview_copy == "000009" and seals.page_count == 1
    assert seals.windowTitle() == f"Seal labels of bag {number}"
    seals.reject()
    bags = service(shell)
    documents = [c.document.value for c in bags.copies(bags.list_bags()[0].bag.number)]
    assert documents == ["bag-label"] * 8 + ["seal-labels"]
