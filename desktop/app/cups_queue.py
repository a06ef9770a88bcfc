"""The local print system (CUPS through pycups, its kept Python binding): the only
module that imports ``cups``.

PDFs go from memory to the queue over the local socket (Create-Job + Send-Document):
no file is written for the job, vector text and barcodes reach the printer's
filters as they are. A printer-wide ippget subscription reports how the job ended
(CUPS forgets a finished job at once when it keeps no history); then the job is
purged (Cancel-Job with purge-job, which the owner may do) and the spool is looked
at: a record of the job the server still answers for (CUPS drops a job's files with
its record), a file ``c<job>``/``d<job>-*`` in its spool folder when that folder is
readable (root only on a stock install)."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.app.print_spool import (
    JobDone,
    JobNotPrinted,
    NoPrinter,
    PrinterUnavailable,
    PrintSystemDown,
    SpoolSettings,
    SpoolUnreadable,
    parse_cupsd_conf,
)

if TYPE_CHECKING:
    import cups

DEFAULT_SERVER_ROOT = "/etc/cups"
DEFAULT_REQUEST_ROOT = "/var/spool/cups"
JOB_TIMEOUT_SECONDS = 120.0  # a job not finished by then is cancelled and purged
POLL_SECONDS = 0.05
_IPP_PRINTER_STOPPED = 5
_JOB_STATES = {3: "pending", 4: "held", 5: "processing", 6: "stopped", 7: "canceled",
               8: "aborted", 9: "completed"}  # fmt: skip
_IPP_NOT_FOUND = 0x0406


def server_root() -> Path:
    """Where cupsd's configuration lives, as the CUPS tools find it."""
    return Path(os.environ.get("CUPS_SERVERROOT", DEFAULT_SERVER_ROOT))


class CupsQueue:
    """desktop.app.print_spool.PrintQueue on the machine's CUPS."""

    def __init__(self, timeout: float = JOB_TIMEOUT_SECONDS) -> None:
        self._timeout = timeout

    # -- before printing

    def spool_settings(self) -> SpoolSettings:
        config = server_root() / "cupsd.conf"
        try:
            text = config.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise SpoolUnreadable(str(config)) from error
        return parse_cupsd_conf(text, str(config))

    def check_printer(self, printer: str) -> None:
        connection = _connect()
        if not printer:
            raise NoPrinter(printer)
        try:
            attributes = connection.getPrinterAttributes(
                printer,
                requested_attributes=[
                    "printer-state",
                    "printer-is-accepting-jobs",
                    "printer-state-reasons",
                ],
            )
        except _cups().IPPError as error:
            if _status(error) == _IPP_NOT_FOUND:
                raise NoPrinter(printer) from error
            raise PrintSystemDown(str(error)) from error
        stopped = attributes.get("printer-state") == _IPP_PRINTER_STOPPED
        accepting = bool(attributes.get("printer-is-accepting-jobs", False))
        if stopped or not accepting:
            reasons = ",".join(attributes.get("printer-state-reasons", []))
            raise PrinterUnavailable(printer, stopped, accepting, reasons)

    # -- printing

    def print_pdfs(self, printer: str, title: str, pdfs: list[bytes]) -> JobDone:
        cups = _cups()
        connection = _connect()
        uri = f"ipp://localhost/printers/{printer}"
        try:
            subscription = connection.createSubscription(
                uri, events=["job-completed"], lease_duration=int(self._timeout) + 60
            )
        except cups.IPPError as error:
            raise PrintSystemDown(str(error)) from error
        job = 0
        try:
            try:
                job = connection.createJob(printer, title, {})
                for index, pdf in enumerate(pdfs):
                    connection.startDocument(
                        printer, job, f"{title} {index + 1}", "application/pdf",
                        1 if index == len(pdfs) - 1 else 0,
                    )  # fmt: skip
                    connection.writeRequestData(pdf, len(pdf))
                    connection.finishDocument(printer)
                self._wait(connection, subscription, printer, job)
            except (cups.IPPError, cups.HTTPError, RuntimeError) as error:
                # Refused at submission, or the server went away while it printed.
                raise JobNotPrinted(printer, job, "refused", str(error)) from error
        except JobNotPrinted:
            if job:
                self._purge(connection, job)
            raise
        finally:
            with contextlib.suppress(cups.IPPError):
                connection.cancelSubscription(subscription)
        self._purge(connection, job)
        return JobDone(job, self._remains(connection, job))

    def _wait(self, connection: cups.Connection, subscription: int, printer: str, job: int) -> None:
        cups = _cups()
        deadline = time.monotonic() + self._timeout
        last = (3, "")
        while time.monotonic() < deadline:
            for event in connection.getNotifications([subscription]).get("events", []):
                if event.get("notify-job-id") == job:
                    state = int(event.get("job-state", 0))
                    if state >= 7:
                        if state == 9:
                            return
                        reasons = _text(event.get("job-state-reasons"))
                        raise JobNotPrinted(printer, job, _JOB_STATES[state], reasons)
            try:
                attributes = connection.getJobAttributes(
                    job, requested_attributes=["job-state", "job-state-reasons"]
                )
                last = (int(attributes["job-state"]), _text(attributes.get("job-state-reasons")))
            except cups.IPPError as error:
                if _status(error) != _IPP_NOT_FOUND:
                    raise
                # Gone (no history kept): its ending is in the events, read once more.
                for event in connection.getNotifications([subscription]).get("events", []):
                    if event.get("notify-job-id") == job and int(event.get("job-state", 0)) == 9:
                        return
                raise JobNotPrinted(printer, job, "canceled", _STATE_REASONS_GONE) from error
            time.sleep(POLL_SECONDS)
        raise JobNotPrinted(printer, job, _JOB_STATES.get(last[0], str(last[0])), last[1])

    def _purge(self, connection: cups.Connection, job: int) -> None:
        with contextlib.suppress(_cups().IPPError):
            connection.cancelJob(job, purge_job=True)

    def _remains(self, connection: cups.Connection, job: int) -> tuple[str, ...]:
        cups = _cups()
        found: list[str] = []
        try:
            connection.getJobAttributes(job, requested_attributes=["job-state"])
            found.append(f"job-record:{job}")
        except cups.IPPError:
            pass
        # (No CUPS-Get-Document probe: pycups would write the document it got to /tmp.)
        spool = _request_root()
        with contextlib.suppress(OSError):
            names = os.listdir(spool)  # readable by root only on a stock install
            found += sorted(
                name for name in names if name == f"c{job:05d}" or name.startswith(f"d{job:05d}-")
            )
        return tuple(found)


_STATE_REASONS_GONE = "the job left the queue without completing"


def _request_root() -> Path:
    """The spool folder (RequestRoot in cups-files.conf beside cupsd.conf)."""
    with contextlib.suppress(OSError):
        for line in (server_root() / "cups-files.conf").read_text().splitlines():
            words = line.split()
            if len(words) == 2 and words[0].lower() == "requestroot":
                return Path(words[1])
    return Path(DEFAULT_REQUEST_ROOT)


def _cups() -> Any:
    """pycups, loaded on the first print (start-up imports stay light)."""
    try:
        import cups
    except ImportError as error:
        raise PrintSystemDown("pycups is not installed") from error
    return cups


def _connect() -> cups.Connection:
    """A connection to the server CUPS_SERVER names now (libcups would keep the first
    one it saw on this thread), else the local default."""
    server = os.environ.get("CUPS_SERVER")
    try:
        return _cups().Connection(host=server) if server else _cups().Connection()
    except RuntimeError as error:  # pycups' "failed to connect to server"
        raise PrintSystemDown(str(error)) from error


def _status(error: BaseException) -> int:
    return int(error.args[0]) if error.args and isinstance(error.args[0], int) else -1


def _text(value: object) -> str:
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value)
    return "" if value is None else str(value)
