"""What the print system keeps of a job (desktop.app.print_spool) and the print use
case on a stand-in queue (desktop.app.prints): refusals come before any copy is
issued and are audited, a print is audited with the spool's confirmation."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.app.print_spool import (
    JobDone,
    JobNotPrinted,
    NoPrinter,
    PrinterUnavailable,
    PrintSystemDown,
    SpoolKeepsJobs,
    SpoolNotClean,
    SpoolSettings,
    SpoolUnreadable,
    check_before_printing,
    parse_cupsd_conf,
)
from desktop.app.prints import Document, IssuedCopy, Prints
from desktop.domain.documents import DocumentKind
from tests.unit.test_app_prints import RENDERERS, _records
from tests.unit.test_bag_workflows import World, world

__all__ = ["world"]  # the fixture

KEEPS_NOTHING = "PreserveJobFiles No\nPreserveJobHistory No\n"


def test_cups_keeps_files_and_history_unless_told_otherwise() -> None:
    stock = parse_cupsd_conf("LogLevel warn\nListen localhost:631\n", "/etc/cups/cupsd.conf")
    assert (stock.preserve_job_files, stock.preserve_job_history) == ("86400", "Yes")
    assert stock.keeps_files and stock.keeps_history and not stock.keeps_nothing
    off = parse_cupsd_conf(KEEPS_NOTHING, "c")
    assert off.keeps_nothing


@pytest.mark.parametrize(
    "text, files, history",
    [
        ("PreserveJobFiles Off\nPreserveJobHistory false", False, False),
        ("  preservejobfiles 0\n\tPRESERVEJOBHISTORY no", False, False),
        ("PreserveJobFiles No\nPreserveJobHistory 3600", False, True),  # seconds: kept a while
        ("# PreserveJobFiles No\nPreserveJobHistory No", True, False),  # a comment is not set
        ("PreserveJobFiles No\nPreserveJobFiles Yes\nPreserveJobHistory No", True, False),
    ],
)
def test_the_directives_as_cupsd_reads_them(text: str, files: bool, history: bool) -> None:
    settings = parse_cupsd_conf(text, "c")
    assert (settings.keeps_files, settings.keeps_history) == (files, history)


@given(st.text())
def test_any_text_parses_and_unknown_values_count_as_keeping(text: str) -> None:
    settings = parse_cupsd_conf(text, "c")
    if settings.keeps_nothing:
        assert settings.preserve_job_files.lower() in ("no", "off", "false", "0")


@dataclass
class FakeQueue:
    """A print system on plain data: what it answers, and what it was sent."""

    settings: SpoolSettings | None = field(
        default_factory=lambda: parse_cupsd_conf(KEEPS_NOTHING, "/etc/cups/cupsd.conf")
    )
    printer_error: Exception | None = None
    job_error: Exception | None = None
    remains: tuple[str, ...] = ()
    sent: list[tuple[str, str, list[bytes]]] = field(default_factory=list)

    def spool_settings(self) -> SpoolSettings:
        if self.settings is None:
            raise SpoolUnreadable("/etc/cups/cupsd.conf")
        return self.settings

    def check_printer(self, printer: str) -> None:
        if self.printer_error is not None:
            raise self.printer_error

    def print_pdfs(self, printer: str, title: str, pdfs: list[bytes]) -> JobDone:
        self.sent.append((printer, title, pdfs))
        if self.job_error is not None:
            raise self.job_error
        return JobDone(len(self.sent), self.remains)


KEEPS = parse_cupsd_conf("", "/etc/cups/cupsd.conf")


def test_an_identity_document_needs_a_spool_that_keeps_nothing() -> None:
    with pytest.raises(SpoolKeepsJobs) as keeps:
        check_before_printing(FakeQueue(KEEPS), "P", sensitive=True)
    assert keeps.value.settings == KEEPS
    with pytest.raises(SpoolUnreadable):
        check_before_printing(FakeQueue(None), "P", sensitive=True)
    assert not check_before_printing(FakeQueue(), "P", sensitive=True).warning


def test_anything_else_prints_with_a_warning_when_the_spool_keeps_jobs() -> None:
    assert check_before_printing(FakeQueue(KEEPS), "P", sensitive=False).warning
    assert check_before_printing(FakeQueue(None), "P", sensitive=False).warning
    assert not check_before_printing(FakeQueue(), "P", sensitive=False).warning


@pytest.mark.parametrize(
    "error",
    [PrintSystemDown("gone"), NoPrinter("P"), PrinterUnavailable("P", True, True, "paused")],
)
def test_printer_refusals_come_first(error: Exception) -> None:
    with pytest.raises(type(error)):
        check_before_printing(FakeQueue(printer_error=error), "P", sensitive=False)


def _prints(world: World, queue: FakeQueue) -> Prints:
    return Prints(world.session, lambda: world.bags, RENDERERS, lambda: None, lambda: queue)


TRANSCRIPT = Document(DocumentKind.VISIT_TRANSCRIPT, "lead:1")


def test_a_refusal_is_audited_and_nothing_is_sent(world: World) -> None:
    queue = FakeQueue(KEEPS)
    with pytest.raises(SpoolKeepsJobs):
        _prints(world, queue).check_printer(TRANSCRIPT, "Front desk")
    assert queue.sent == []
    assert _records(world)[-1] == (
        "document.print-refused",
        "lead:1",
        {"document": "visit-transcript", "printer": "Front desk", "reason": "spool-keeps-jobs"},
    )


def test_each_copy_is_its_own_job_and_the_print_is_audited_with_the_spool_empty(
    world: World,
) -> None:
    queue = FakeQueue()
    copies = [IssuedCopy("000001", b"%PDF one"), IssuedCopy("000002", b"%PDF two")]
    done = _prints(world, queue).send(TRANSCRIPT, copies, "Front desk")
    assert [d.job for d in done] == [1, 2]
    assert [(p, pdfs) for p, _t, pdfs in queue.sent] == [
        ("Front desk", [b"%PDF one"]),
        ("Front desk", [b"%PDF two"]),
    ]
    assert all("visit-transcript" in title for _p, title, _d in queue.sent)
    assert _records(world)[-1] == (
        "document.print",
        "lead:1",
        {
            "document": "visit-transcript",
            "copies": "000001,000002",
            "printer": "Front desk",
            "jobs": "1,2",
            "spool": "empty",
        },
    )


def test_a_job_that_did_not_print_is_audited_as_failed(world: World) -> None:
    queue = FakeQueue(job_error=JobNotPrinted("P", 4, "aborted", "printer-stopped"))
    with pytest.raises(JobNotPrinted):
        _prints(world, queue).send(TRANSCRIPT, [IssuedCopy("000003", b"%PDF")], "P")
    action, _subject, details = _records(world)[-1]
    assert action == "document.print-failed"
    assert details["copies"] == "000003" and details["reason"] == "job-aborted"


def test_a_job_left_in_the_spool_is_reported_and_audited(world: World) -> None:
    queue = FakeQueue(remains=("d00001-001",))
    copies = [IssuedCopy("000003", b"%PDF"), IssuedCopy("000004", b"%PDF")]
    with pytest.raises(SpoolNotClean) as left:
        _prints(world, queue).send(TRANSCRIPT, copies, "P")
    assert left.value.remains == ("d00001-001",)
    assert len(queue.sent) == 1  # the second copy is not sent to a spool that keeps it
    (printed, _s, first), (failed, _t, rest) = _records(world)[-2:]
    assert printed == "document.print" and first["spool"] == "left:d00001-001"
    assert first["copies"] == "000003" and first["jobs"] == "1"
    assert failed == "document.print-failed"
    assert (rest["copies"], rest["reason"]) == ("000004", "spool-not-clean")
