"""Every layout printed as a user prints it — the preview dialog's print_to with the
QPrinter the print dialog returns — through a real cupsd and its cups-pdf queue
(scripts/with-services.sh). The queue's output is read back and its barcodes
decoded; after each document that names an informant, no file under the spools
or the queue's output holds the informant's name or ID number once the test has
taken its sheets. A spool that keeps job files makes the app refuse such a
document, before any copy number is spent.

Run: scripts/with-services.sh .venv/bin/python -m pytest tests/e2e/test_cups_printing.py"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from bench import sample_printables as samples
from desktop.app.print_spool import NoPrinter, SpoolKeepsJobs
from desktop.app.prints import Document, IssuedCopy
from desktop.domain.documents import DocumentKind
from desktop.domain.printables import CopyNumber
from desktop.policy import Section
from printing.cover_sheet import render_cover_sheet
from printing.informant_forms import (
    render_envelope_label,
    render_reply_letter,
    render_reply_record,
    render_rights_notice,
)
from printing.internal_forms import render_investigation_assignment, render_repeat_report_notice
from printing.recovery_sheet import render_recovery_sheet
from printing.visit_forms import render_items_received, render_visit_transcript
from tests.e2e.cups_support import (
    all_files,
    files_holding,
    holds,
    keeping_spool,
    queue_printer,
    running_instance,
    take_outputs,
)
from tests.printing.pdf_checks import compact, decode_barcodes, page_count, text_of
from tests.ui.bags_support import audit, bag_sections, open_section, service
from tests.ui.conftest import CLERK, make_shell, unlock
from ui.pdf_preview import PdfPreview
from ui.printing.job import PrintJob
from ui.printing.preview_dialog import PrintPreviewDialog

__all__ = ["bag_sections", "make_shell"]

pytestmark = pytest.mark.e2e

# Invented, and found nowhere else on the machine: what must not outlive the print.
CANARY_NAME = "柯金雀"
CANARY_ID = "11010519491231002X"
CANARIES = (CANARY_NAME, CANARY_ID)


def _identity_layouts() -> list[tuple[DocumentKind, Callable[[], bytes]]]:
    name = CANARY_NAME
    return [
        (
            DocumentKind.VISIT_TRANSCRIPT,
            lambda: render_visit_transcript(
                dataclasses.replace(
                    samples.visit_transcript(),
                    informant_name=name,
                    informant_id_number=CANARY_ID,
                    copy_number=CopyNumber(7),
                )
            ),
        ),
        (
            DocumentKind.ITEMS_RECEIVED,
            lambda: render_items_received(
                dataclasses.replace(samples.items_received(), informant_name=name)
            ),
        ),
        (DocumentKind.RIGHTS_NOTICE, lambda: render_rights_notice(samples.rights_notice())),
        (
            DocumentKind.REPLY_RECORD,
            lambda: render_reply_record(
                dataclasses.replace(samples.reply_record(), informant_name=name)
            ),
        ),
        (
            DocumentKind.REPLY_LETTER,
            lambda: render_reply_letter(
                dataclasses.replace(samples.reply_letter(), addressee=f"{name}同志")
            ),
        ),
        (
            DocumentKind.ENVELOPE_LABEL,
            lambda: render_envelope_label(
                dataclasses.replace(samples.envelope_label(), recipient_name=name)
            ),
        ),
    ]


def _identity_dialog(qtbot, shell, kind: DocumentKind, render: Callable[[], bytes]):
    """The dialog a lead's screen opens for ``kind`` (the core issues no copies of these
    layouts yet: the job's issue renders the sample with the canary)."""
    session = shell.controller.session
    numbers = iter(range(1, 100))
    job = PrintJob(
        title=kind.value,
        document=Document(kind, "lead:1"),
        prints=session.prints(),
        issue=lambda: IssuedCopy(f"{next(numbers):06d}", render()),
    )
    dialog = PrintPreviewDialog(job, shell.controller.session_worker, shell.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    return dialog


def _sealed_bag(qtbot, shell):
    bags = service(shell)
    stored = bags.create(items=2, pages=14)
    bags.seal(stored.bag.number)
    view = open_section(qtbot, shell, Section.BAGS)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.open_bag(str(stored.bag.number))
    return view, str(stored.bag.number)


def _print(qtbot, dialog, queue: str, copies: int = 1) -> list[str]:
    with qtbot.waitSignal(dialog.printed, timeout=120000) as printed:
        dialog.print_to(queue_printer(queue), copies=copies)
    return printed.args[0]


def _spool_records(shell) -> list[dict]:
    return [r.details for r in audit(shell) if r.action == "document.print"]


def test_each_bag_layout_prints_through_the_queue(qtbot, make_shell, tmp_path: Path) -> None:
    cups = running_instance()
    take_outputs(cups.out, 0)
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    view, number = _sealed_bag(qtbot, shell)

    view.detail.buttons["print-cover"].click()
    dialog = view.print_dialog
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    assert _print(qtbot, dialog, cups.queue, copies=2) == ["000001", "000002"]
    covers = take_outputs(cups.out, 2)
    for pdf, copy in zip(covers, ("000001", "000002"), strict=True):
        assert page_count(pdf) == 1
        decoded = decode_barcodes(pdf, tmp_path)
        qr = [text for kind, text in decoded if kind == "QR-Code"]
        assert len(qr) == 1 and qr[0].startswith(f"LV1:{number}:{copy}:"), decoded
        assert ("CODE-128", number) in decoded
        # The queue re-distils the PDF (cups-pdf runs Ghostscript), which keeps the
        # Latin text readable but not the CJK text's Unicode: only digits are read back.
        assert number in compact(text_of(pdf))
    dialog.reject()

    view.detail.buttons["print-labels"].click()
    labels = view.print_dialog
    qtbot.waitUntil(lambda: labels.ready, timeout=20000)
    assert _print(qtbot, labels, cups.queue) == ["000003–000010"]
    (sheet,) = take_outputs(cups.out, 1)
    decoded = decode_barcodes(sheet, tmp_path)
    assert {text for kind, text in decoded if kind == "CODE-128"} == {number}
    qr = sorted(text.split(":")[2] for kind, text in decoded if kind == "QR-Code")
    assert qr == [f"{n:06d}" for n in range(3, 11)]
    labels.reject()

    view.detail.buttons["print-seals"].click()
    seals = view.print_dialog
    qtbot.waitUntil(lambda: seals.ready, timeout=20000)
    assert _print(qtbot, seals, cups.queue) == ["000011"]
    (strips,) = take_outputs(cups.out, 1)
    assert ("CODE-128", number) in decode_barcodes(strips, tmp_path)
    seals.reject()

    prints = open_section(qtbot, shell, Section.PRINTS)
    prints.register_button.click()
    register = prints.print_dialog
    qtbot.waitUntil(lambda: register.ready, timeout=20000)
    assert _print(qtbot, register, cups.queue) == ["000012"]
    (listing,) = take_outputs(cups.out, 1)
    assert number in compact(text_of(listing))
    register.reject()

    qtbot.waitUntil(lambda: len(_spool_records(shell)) == 4, timeout=10000)
    records = _spool_records(shell)
    assert [r["document"] for r in records] == [
        "cover-sheet", "bag-label", "seal-labels", "bag-register"
    ]  # fmt: skip
    assert all(r["spool"] == "empty" and r["printer"] == cups.queue for r in records)
    assert len(records[0]["jobs"].split(",")) == 2  # one job per copy
    assert all_files(cups.places) == []


@pytest.mark.parametrize("kind, render", _identity_layouts(), ids=lambda v: getattr(v, "value", ""))
def test_an_identity_document_prints_and_leaves_nothing_behind(
    qtbot, make_shell, tmp_path: Path, kind: DocumentKind, render: Callable[[], bytes]
) -> None:
    cups = running_instance()
    take_outputs(cups.out, 0)
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    dialog = _identity_dialog(qtbot, shell, kind, render)
    assert _print(qtbot, dialog, cups.queue) == ["000001"]
    (pdf,) = take_outputs(cups.out, 1)
    original = render()
    if kind is not DocumentKind.RIGHTS_NOTICE:  # the notice names no one
        # What a spool keeping the job would hold is this PDF: the search finds it.
        assert holds(original, CANARIES), "the canary is not where the test looks for it"
    assert page_count(pdf) == page_count(original)
    if kind is DocumentKind.VISIT_TRANSCRIPT:  # (these layouts carry no barcode)
        assert CANARY_ID in compact(text_of(pdf))  # the sheet out of the queue
    dialog.reject()
    # Sheets taken: nothing of the job is anywhere on disk.
    assert files_holding(cups.places, CANARIES) == []
    assert all_files(cups.places) == []
    qtbot.waitUntil(lambda: len(_spool_records(shell)) == 1, timeout=10000)
    (record,) = _spool_records(shell)
    assert record["spool"] == "empty" and record["document"] == kind.value


@pytest.mark.parametrize("layout", ["recovery-sheet", "repeat-report-notice", "assignment"])
def test_a_pdf_shown_on_screen_prints_and_leaves_nothing_behind(qtbot, layout: str) -> None:
    """The recovery sheet (a secret) and the internal forms go through PdfPreview, which
    prints only to a spool that keeps nothing."""
    cups = running_instance()
    take_outputs(cups.out, 0)
    pdf = {
        "recovery-sheet": lambda: render_recovery_sheet(samples.recovery_sheet()),
        "repeat-report-notice": lambda: render_repeat_report_notice(
            samples.repeat_report_notice()
        ),
        "assignment": lambda: render_investigation_assignment(samples.investigation_assignment()),
    }[layout]()
    code_groups = tuple(samples.RECOVERY_CODE.split("-")[2:4])
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.load_bytes(pdf)
    qtbot.waitUntil(lambda: preview.page_count >= 1, timeout=10000)
    preview.print_to(queue_printer(cups.queue))
    (sheet,) = take_outputs(cups.out, 1)
    assert page_count(sheet) == page_count(pdf)
    if layout == "recovery-sheet":
        assert all(group in compact(text_of(sheet)) for group in code_groups)
    preview.release()
    assert files_holding(cups.places, code_groups) == [] and all_files(cups.places) == []


def test_a_spool_that_keeps_job_files_refuses_an_identity_document(
    qtbot, make_shell, tmp_path: Path
) -> None:
    queue = running_instance().queue
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    kind, render = _identity_layouts()[0]
    with keeping_spool(queue) as keeping:
        dialog = _identity_dialog(qtbot, shell, kind, render)
        assert dialog.preview_copy == "000001"
        with qtbot.waitSignal(dialog.failed, timeout=60000) as failed:
            dialog.print_to(queue_printer(queue))
        message = failed.args[0]
        assert "PreserveJobFiles No" in message and "PreserveJobHistory No" in message
        assert str(keeping.directory / "etc" / "cupsd.conf") in message
        assert "no copy number was spent" in message
        assert list(keeping.out.iterdir()) == []
        assert all_files((keeping.spool,)) == []  # nothing was sent
        # The previewed copy is still the preview's: printing again issues nothing new.
        assert dialog._unused is not None and dialog._unused.copy_number == "000001"
        refused = [r for r in audit(shell) if r.action == "document.print-refused"]
        assert [r.details for r in refused] == [
            {"document": kind.value, "printer": queue, "reason": "spool-keeps-jobs"}
        ]
        dialog.reject()
        # The recovery sheet (a secret) is refused there too.
        preview = PdfPreview()
        qtbot.addWidget(preview)
        preview.load_bytes(render_recovery_sheet(samples.recovery_sheet()))
        with pytest.raises(SpoolKeepsJobs):
            preview.print_to(queue_printer(queue))
        preview.release()
        assert list(keeping.out.iterdir()) == [] and all_files((keeping.spool,)) == []

        # What the refusal spares: the same document sent there as any program would
        # stays in that spool after printing, where the canary search finds it.
        leaked = _print_without_purge(queue, render())
        take_outputs(keeping.out, 1)
        assert f"{keeping.spool}/d{leaked:05d}-001" in files_holding((keeping.spool,), CANARIES)

        # A document without identity prints there, with a warning; its job is purged.
        cover = PrintJob(
            "cover",
            Document(DocumentKind.COVER_SHEET, "bag:x"),
            shell.controller.session.prints(),
            lambda: IssuedCopy("000001", render_cover_sheet(samples.cover_sheet())),
        )
        plain = PrintPreviewDialog(cover, shell.controller.session_worker, shell.window)
        qtbot.addWidget(plain)
        qtbot.waitUntil(lambda: plain.ready, timeout=20000)
        assert _print(qtbot, plain, queue) == ["000001"]
        assert "PreserveJobFiles No" in plain.status.text()  # the warning
        take_outputs(keeping.out, 1)
        qtbot.waitUntil(lambda: len(_spool_records(shell)) == 1, timeout=10000)
        (record,) = _spool_records(shell)
        job = int(record["jobs"])
        assert record["spool"] == "empty"
        assert not [f for f in all_files((keeping.spool,)) if f"{job:05d}" in Path(f).name]
        plain.reject()


def test_bad_printers_are_refused_before_a_copy_number_is_spent(
    qtbot, make_shell, monkeypatch
) -> None:
    cups = running_instance()
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    view, _number = _sealed_bag(qtbot, shell)
    view.detail.buttons["print-cover"].click()
    dialog = view.print_dialog
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)

    def refused(expect: str) -> None:
        with qtbot.waitSignal(dialog.failed, timeout=60000) as failed:
            dialog.print_to(queue_printer(cups.queue), copies=2)
        assert expect in failed.args[0], failed.args[0]
        assert "no copy number was spent" in failed.args[0]
        qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10000)

    cups.lp("cupsdisable", cups.queue)
    try:
        refused("is stopped")
    finally:
        cups.lp("cupsenable", cups.queue)
    cups.lp("cupsreject", cups.queue)
    try:
        refused("is not accepting jobs")
    finally:
        cups.lp("cupsaccept", cups.queue)
    monkeypatch.setenv("CUPS_SERVER", str(cups.directory / "gone.sock"))
    refused("The print system is not running")
    monkeypatch.undo()
    # A queue the print system does not have (removed since the dialog listed it).
    prints = shell.controller.session.prints()
    with pytest.raises(NoPrinter):
        prints.check_printer(prints.cover_sheet(bags_number(shell)), "No-Such-Queue")

    bags = service(shell)
    copies = bags.copies(bags.list_bags()[0].bag.number)
    assert [str(c.copy_number) for c in copies] == ["000001"]  # the preview's, still unused
    assert list(cups.out.iterdir()) == [] and all_files(cups.places) == []
    reasons = [r.details["reason"] for r in audit(shell) if r.action == "document.print-refused"]
    assert reasons == [
        "printer-unavailable", "printer-unavailable", "print-system-down", "no-printer"
    ]  # fmt: skip
    # Once the printer is back the same preview copy prints: no number was lost.
    assert _print(qtbot, dialog, cups.queue) == ["000001"]
    take_outputs(cups.out, 1)
    dialog.reject()


def test_a_cancelled_job_is_reported_purged_and_audited(qtbot, make_shell) -> None:
    cups = running_instance()
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    kind, render = _identity_layouts()[0]
    dialog = _identity_dialog(qtbot, shell, kind, render)
    cups.lp("lpadmin", "-p", cups.queue, "-o", "job-hold-until-default=indefinite")
    try:
        with qtbot.waitSignal(dialog.failed, timeout=60000) as failed:
            dialog.print_to(queue_printer(cups.queue))
            qtbot.waitUntil(lambda: _held_jobs(cups) != [], timeout=20000)
            cups.lp("cancel", "-a", cups.queue)
    finally:
        cups.lp("lpadmin", "-p", cups.queue, "-o", "job-hold-until-default=no-hold")
    assert "did not finish the job" in failed.args[0]
    assert list(cups.out.iterdir()) == []
    assert files_holding(cups.places, CANARIES) == [] and all_files(cups.places) == []
    failed_records = [r for r in audit(shell) if r.action == "document.print-failed"]
    assert [(r.details["copies"], r.details["reason"]) for r in failed_records] == [
        ("000001", "job-canceled")
    ]
    dialog.reject()


def bags_number(shell):
    return service(shell).list_bags()[0].bag.number


def _print_without_purge(queue: str, pdf: bytes) -> int:
    """Print as a program unaware of the spool does (pycups, no purge); the job id."""
    import os
    import time

    import cups

    connection = cups.Connection(host=os.environ["CUPS_SERVER"])
    job = connection.createJob(queue, "unaware", {})
    connection.startDocument(queue, job, "unaware", "application/pdf", 1)
    connection.writeRequestData(pdf, len(pdf))
    connection.finishDocument(queue)
    deadline = time.monotonic() + 60
    while connection.getJobAttributes(job)["job-state"] < 9 and time.monotonic() < deadline:
        time.sleep(0.1)
    return job


def _held_jobs(cups) -> list[str]:
    import subprocess

    env = {"CUPS_SERVER": str(cups.directory / "cups.sock"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        ["lpstat", "-o", cups.queue], capture_output=True, text=True, env=env, timeout=30
    )
    return out.stdout.split()
