"""Printed documents of a session: issue copies, audit what became of them, and
decide what may leave the machine as a file (DESIGN.md §5).

The renderers (printing/, PDF bytes out) are handed in by desktop.bootstrap; the
screens only preview and print the bytes they are given."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.app.print_spool import (
    JobDone,
    JobNotPrinted,
    NoPrinter,
    PrinterCheck,
    PrinterUnavailable,
    PrintQueue,
    PrintRefused,
    PrintSystemDown,
    SpoolKeepsJobs,
    SpoolNotClean,
    SpoolUnreadable,
    check_before_printing,
    send_and_confirm,
)
from desktop.app.renderers import Renderers
from desktop.domain.audit import bag_subject
from desktop.domain.documents import DocumentKind
from desktop.policy import Action, NotPermitted, allowed

if TYPE_CHECKING:
    from desktop.bags.service import BagService
    from desktop.domain.confidential_number import ConfidentialNumber
    from desktop.ports import Clock
    from desktop.vault.session import Session

BAG_LABELS_PER_SHEET = 8


@dataclass(frozen=True)
class Document:
    """One printable: its kind and the audit subject it is about."""

    kind: DocumentKind
    subject: str  # "bag:<number>", "bags", "lead:<id>"
    bag: ConfidentialNumber | None = None


@dataclass(frozen=True)
class IssuedCopy:
    """One copy the core issued (and audited) with its six-digit copy number(s)."""

    copy_number: str  # "000001", or "000001–000008" for a sheet of labels
    pdf: bytes


class ExportRefused(Exception):
    """The document names an informant: it is not written to a file without the
    chief procurator's approval (approvals come later). The refusal is audited."""

    def __init__(self, document: DocumentKind) -> None:
        super().__init__(f"{document.value} names an informant; exporting it needs approval")
        self.document = document


class Prints:
    """desktop.app.ports.PrintsPort for one unlocked session."""

    def __init__(
        self,
        session: Session,
        bags: Callable[[], BagService],
        renderers: Renderers,
        after_record: Callable[[], None],
        queue: Callable[[], PrintQueue] | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._session = session
        self._clock = clock  # expiries of the chief's decisions (None: the system's)
        self._bags = bags
        self._render = renderers
        self._after_record = after_record  # keeps the header's audit head fresh
        self._queue = queue or _cups_queue

    # -- the documents of a bag

    def cover_sheet(self, number: ConfidentialNumber) -> Document:
        return Document(DocumentKind.COVER_SHEET, bag_subject(number), number)

    def bag_labels(self, number: ConfidentialNumber) -> Document:
        return Document(DocumentKind.BAG_LABEL, bag_subject(number), number)

    def seal_labels(self, number: ConfidentialNumber) -> Document:
        return Document(DocumentKind.SEAL_LABELS, bag_subject(number), number)

    def bag_register(self) -> Document:
        return Document(DocumentKind.BAG_REGISTER, "bags")

    # -- copies

    def issue(self, document: Document) -> IssuedCopy:
        return self._issue(document, export=False)

    def export(self, document: Document) -> IssuedCopy:
        role = self._session.role
        if not allowed(role, Action.EXPORT):
            self._refused(document, "not-permitted")
            raise NotPermitted(Action.EXPORT, role)
        if document.kind.names_informant:
            # Only with the chief's signed decision for this subject (single use).
            self._approved_export(document)
        return self._issue(document, export=True)

    def _approved_export(self, document: Document) -> None:
        from desktop.app.clock import SystemClock
        from desktop.approvals.service import ApprovalMissing, ApprovalService
        from desktop.domain.approvals import RequestKind

        approvals = ApprovalService(self._session, self._clock or SystemClock())
        try:
            with self._session.store.transaction() as tx:
                approvals.require(tx, RequestKind.EXPORT_INFORMANT, document.subject)
        except ApprovalMissing:
            self._refused(document, "no-approval")
            raise ExportRefused(document.kind) from None

    # -- the print system

    def check_printer(self, document: Document, printer: str) -> PrinterCheck:
        """Before any copy is issued: refuse (audited) when the print system is down,
        the printer missing or stopped, or — for a document naming an informant — its
        spool keeps job files or history. Otherwise say whether to warn."""
        try:
            return check_before_printing(
                self._queue(), printer, sensitive=document.kind.names_informant
            )
        except PrintRefused as refusal:
            self._record(
                "document.print-refused",
                document,
                {
                    "document": document.kind.value,
                    "printer": printer[:60],
                    "reason": _reason(refusal),
                },
            )
            raise

    def send(
        self, document: Document, copies: Sequence[IssuedCopy], printer: str
    ) -> list[JobDone]:
        """Send each copy (its PDF, from memory) to the queue as its own job, wait for
        it and confirm the spool kept nothing of it. Audited once: printed (with the
        jobs and that confirmation), or print-failed from the first copy that did not
        print (their numbers are spent: they reached the queue or were issued for it)."""
        queue, done = self._queue(), []
        try:
            for copy in copies:
                title = f"LeadVault {document.kind.value} {copy.copy_number}"  # no identity
                done.append(send_and_confirm(queue, printer, title, [copy.pdf]))
        except SpoolNotClean as error:
            sent = len(done) + 1  # this one printed too; the rest are not sent there
            self._record(
                "document.print",
                document,
                _printing(document, [c.copy_number for c in copies[:sent]], printer)
                | {"jobs": _jobs(done, error.job), "spool": _left(error.remains)},
            )
            if copies[sent:]:
                self._record(
                    "document.print-failed",
                    document,
                    _printing(document, [c.copy_number for c in copies[sent:]], printer)
                    | {"reason": "spool-not-clean"},
                )
            raise
        except (JobNotPrinted, PrintSystemDown) as error:
            if done:
                self._printed_jobs(document, copies[: len(done)], printer, done)
            self._record(
                "document.print-failed",
                document,
                _printing(document, [c.copy_number for c in copies[len(done) :]], printer)
                | {"reason": _reason(error)},
            )
            raise
        self._printed_jobs(document, copies, printer, done)
        return done

    def _printed_jobs(
        self, document: Document, copies: Sequence[IssuedCopy], printer: str, done: list[JobDone]
    ) -> None:
        numbers = [c.copy_number for c in copies]
        details = _printing(document, numbers, printer)
        self._record("document.print", document, details | {"jobs": _jobs(done), "spool": "empty"})

    def printed(self, document: Document, copies: Sequence[str], printer: str) -> None:
        self._record("document.print", document, _printing(document, copies, printer))

    def print_failed(self, document: Document, copies: Sequence[str], printer: str) -> None:
        self._record("document.print-failed", document, _printing(document, copies, printer))

    def discard(self, document: Document, copy: str) -> None:
        self._record(
            "document.discard", document, {"document": document.kind.value, "copy": copy}
        )

    # -- helpers

    def _issue(self, document: Document, *, export: bool) -> IssuedCopy:
        bags, kind, number = self._bags(), document.kind, document.bag
        if kind is DocumentKind.BAG_REGISTER:
            register, pdf = bags.print_register(self._render.register, export=export)
            return IssuedCopy(str(register.copy_number), pdf)
        if number is None:
            raise ValueError(f"no copies of {kind.value} are issued here")
        if kind is DocumentKind.COVER_SHEET:
            sheet, pdf = bags.print_cover_sheet(number, self._render.cover_sheet, export=export)
            return IssuedCopy(str(sheet.copy_number), pdf)
        if kind is DocumentKind.BAG_LABEL:
            labels, pdf = bags.print_bag_labels(
                number, self._render.bag_labels, BAG_LABELS_PER_SHEET, export=export
            )
            copies = [str(label.copy_number) for label in labels.labels]
            return IssuedCopy(f"{copies[0]}–{copies[-1]}", pdf)
        if kind is DocumentKind.SEAL_LABELS:
            _strips, pdf = bags.print_seal_labels(number, self._render.seal_labels, export=export)
            # SealLabels carries no copy number: the newest seal-labels copy is this one.
            newest = [c for c in bags.copies(number) if c.document is kind][-1]
            return IssuedCopy(str(newest.copy_number), pdf)
        raise ValueError(f"no copies of {kind.value} are issued here")

    def _refused(self, document: Document, reason: str) -> None:
        self._record(
            "document.export-refused",
            document,
            {"document": document.kind.value, "reason": reason},
        )

    def _record(self, action: str, document: Document, details: dict[str, str | int]) -> None:
        s = self._session
        with s.store.transaction() as tx:
            tx.audit.append(s.actor, action, document.subject, details)
        self._after_record()


_REASONS: dict[type[Exception], str] = {
    PrintSystemDown: "print-system-down",
    NoPrinter: "no-printer",
    PrinterUnavailable: "printer-unavailable",
    SpoolKeepsJobs: "spool-keeps-jobs",
    SpoolUnreadable: "spool-unreadable",
}


def _left(remains: Sequence[str]) -> str:
    return ("left:" + ",".join(remains))[:80]


def _jobs(done: Sequence[JobDone], *more: int) -> str:
    return ",".join(str(job) for job in [*(d.job for d in done), *more])[:80]


def _cups_queue() -> PrintQueue:
    from desktop.app.cups_queue import CupsQueue

    return CupsQueue()


def _reason(error: Exception) -> str:
    """A short code for the audit: the refusal's kind and, for a job, how it ended."""
    if isinstance(error, JobNotPrinted):
        return f"job-{error.state}"[:40]
    for kind, code in _REASONS.items():
        if isinstance(error, kind):
            return code
    return "refused"


def _printing(document: Document, copies: Sequence[str], printer: str) -> dict[str, str | int]:
    return {
        "document": document.kind.value,
        "copies": ",".join(copies),
        "printer": (printer or "pdf")[:60],
    }
