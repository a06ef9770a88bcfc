"""What the print system keeps of a job, and the refusals of printing (DESIGN.md §10:
"the print system keeps no job files").

CUPS keeps every job's document in its spool for a day after printing and its
history (owner, title, control file) for ever unless told otherwise
(``PreserveJobFiles``, ``PreserveJobHistory`` in cupsd.conf). A document that
names an informant is printed only when both are off; anything else is printed
with a warning. Pure rules on plain data: the CUPS adapter is desktop.app.cups_queue."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

# CUPS' own defaults when the directive is absent (cupsd.conf(5)).
DEFAULT_PRESERVE_JOB_FILES = "86400"
DEFAULT_PRESERVE_JOB_HISTORY = "Yes"
_OFF = frozenset({"no", "off", "false", "0"})


@dataclass(frozen=True)
class SpoolSettings:
    """The two directives as written (or CUPS' defaults), and where they were read."""

    preserve_job_files: str
    preserve_job_history: str
    config: str  # the cupsd.conf read, for the message that says what to change

    @property
    def keeps_files(self) -> bool:
        return self.preserve_job_files.strip().lower() not in _OFF

    @property
    def keeps_history(self) -> bool:
        return self.preserve_job_history.strip().lower() not in _OFF

    @property
    def keeps_nothing(self) -> bool:
        return not self.keeps_files and not self.keeps_history


def parse_cupsd_conf(text: str, config: str) -> SpoolSettings:
    """The spool directives of a cupsd.conf; the last one wins, as in cupsd."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        match = re.match(r"\s*(PreserveJobFiles|PreserveJobHistory)\s+(\S+)", line, re.IGNORECASE)
        if match:
            found[match.group(1).lower()] = match.group(2)
    return SpoolSettings(
        found.get("preservejobfiles", DEFAULT_PRESERVE_JOB_FILES),
        found.get("preservejobhistory", DEFAULT_PRESERVE_JOB_HISTORY),
        config,
    )


# -- refusals (errors carry data; ui/ words them)


class PrintRefused(Exception):
    """Nothing was sent to the printer and no copy number was spent."""


class PrintSystemDown(PrintRefused):
    """The print system (cupsd) does not answer."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"the print system does not answer: {detail}")
        self.detail = detail


class NoPrinter(PrintRefused):
    """No printer is configured, or the one chosen is gone."""

    def __init__(self, printer: str) -> None:
        super().__init__(f"no printer {printer!r} is configured")
        self.printer = printer


class PrinterUnavailable(PrintRefused):
    """The printer is stopped (paused) or refuses new jobs."""

    def __init__(self, printer: str, stopped: bool, accepting: bool, reasons: str) -> None:
        super().__init__(
            f"printer {printer!r}: stopped={stopped} accepting={accepting} ({reasons})"
        )
        self.printer = printer
        self.stopped = stopped
        self.accepting = accepting
        self.reasons = reasons


class SpoolKeepsJobs(PrintRefused):
    """The print system would keep a copy of the document (or its history) on disk."""

    def __init__(self, settings: SpoolSettings) -> None:
        super().__init__(
            f"{settings.config}: PreserveJobFiles {settings.preserve_job_files}, "
            f"PreserveJobHistory {settings.preserve_job_history}"
        )
        self.settings = settings


class SpoolUnreadable(PrintRefused):
    """The print system's configuration could not be read, so what it keeps is unknown."""

    def __init__(self, config: str) -> None:
        super().__init__(f"cannot read {config}")
        self.config = config


class JobNotPrinted(Exception):
    """The queue took the job but did not complete it (cancelled, aborted, stuck).
    Its files were purged; the copies sent are audited as not printed."""

    def __init__(self, printer: str, job: int, state: str, reasons: str) -> None:
        super().__init__(f"job {job} on {printer!r} ended {state} ({reasons})")
        self.printer = printer
        self.job = job
        self.state = state
        self.reasons = reasons


class SpoolNotClean(Exception):
    """The job printed, but something of it is still in the spool."""

    def __init__(self, job: int, remains: tuple[str, ...]) -> None:
        super().__init__(f"job {job} left {', '.join(remains)} in the spool")
        self.job = job
        self.remains = remains


# -- the print system as the use case needs it


@dataclass(frozen=True)
class JobDone:
    """A completed job, and what the spool holds of it after the purge (nothing)."""

    job: int
    remains: tuple[str, ...]  # spool files or retained records of the job still found


class PrintQueue(Protocol):
    """desktop.app.cups_queue.CupsQueue; tests may hand in their own."""

    def spool_settings(self) -> SpoolSettings:
        """Raises SpoolUnreadable."""
        ...

    def check_printer(self, printer: str) -> None:
        """Raises PrintSystemDown, NoPrinter or PrinterUnavailable."""
        ...

    def print_pdfs(self, printer: str, title: str, pdfs: list[bytes]) -> JobDone:
        """Send the PDFs from memory as one job, wait for it, purge what is left of it.
        Raises JobNotPrinted (purged too) or PrintSystemDown."""
        ...


@dataclass(frozen=True)
class PrinterCheck:
    """May this document go to this printer? ``warning``: it may, but the spool keeps
    job files or history (a document without identity)."""

    printer: str
    settings: SpoolSettings
    warning: bool


def check_before_printing(queue: PrintQueue, printer: str, *, sensitive: bool) -> PrinterCheck:
    """Refuse before any copy number is spent: no print system, no printer, a stopped
    one, or — for a document that names an informant or holds a secret — a spool that
    keeps what it prints."""
    queue.check_printer(printer)
    try:
        settings = queue.spool_settings()
    except SpoolUnreadable:
        if sensitive:
            raise
        settings = SpoolSettings("unknown", "unknown", "")
    if sensitive and not settings.keeps_nothing:
        raise SpoolKeepsJobs(settings)
    return PrinterCheck(printer, settings, warning=not settings.keeps_nothing)


def send_and_confirm(queue: PrintQueue, printer: str, title: str, pdfs: list[bytes]) -> JobDone:
    """Print and confirm the spool holds nothing of the job afterwards."""
    done = queue.print_pdfs(printer, title, pdfs)
    if done.remains:
        raise SpoolNotClean(done.job, done.remains)
    return done
