"""The private cupsd of scripts/with-services.sh, as the CUPS e2e tests use it: the
queue's name, its output folder (cups-pdf writes each job there as a PDF), the
folders where a job could be left behind, and a second cupsd whose spool keeps
every job (scripts/_cupsd.sh DIR QUEUE Yes).

A missing print system FAILS the test with what to start; these tests never skip."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

ROOT = Path(__file__).resolve().parents[2]
OUTPUT_TIMEOUT = 60.0


@dataclass(frozen=True)
class CupsInstance:
    directory: Path  # etc/ spool/ out/ cups-pdf-spool/ cups.sock
    queue: str

    @property
    def out(self) -> Path:
        return self.directory / "out"

    @property
    def spool(self) -> Path:
        return self.directory / "spool"

    @property
    def places(self) -> tuple[Path, ...]:
        """Every folder a job's data could stay in: this server's spool, the queue's
        own spool and output, and the system's spools should anything go there."""
        return (
            self.spool,
            self.directory / "cups-pdf-spool",
            self.out,
            Path("/var/spool/cups"),
            Path("/var/spool/cups-pdf"),
        )

    def lp(self, *args: str) -> None:
        """Run a CUPS admin command (cupsdisable, lpadmin …) against this server."""
        env = os.environ | {"CUPS_SERVER": str(self.directory / "cups.sock")}
        subprocess.run(args, check=True, env=env, capture_output=True, timeout=30)


def running_instance() -> CupsInstance:
    server = os.environ.get("CUPS_SERVER", "")
    queue = os.environ.get("LEADVAULT_TEST_QUEUE", "")
    if not server.endswith("cups.sock") or not queue or not Path(server).exists():
        raise AssertionError(
            "no private cupsd: run these tests with scripts/with-services.sh "
            ".venv/bin/python -m pytest tests/e2e/test_cups_*.py"
        )
    return CupsInstance(Path(server).parent, queue)


def queue_printer(queue: str) -> QPrinter:
    """The QPrinter the print dialog hands back when the user picks ``queue``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPrinterName(queue)
    assert printer.printerName() == queue, "Qt does not see the test queue"
    return printer


def take_outputs(out: Path, count: int) -> list[bytes]:
    """Wait for ``count`` PDFs from the queue, read them (oldest job first) and
    remove them, as a person takes the sheets from the printer."""
    deadline = time.monotonic() + OUTPUT_TIMEOUT
    while time.monotonic() < deadline:
        files = sorted(out.glob("*.pdf"), key=lambda p: p.stat().st_mtime_ns)
        if len(files) >= count and all(_complete(p) for p in files):
            break
        time.sleep(0.1)
    else:
        raise AssertionError(f"the queue wrote {sorted(out.iterdir())}, expected {count} PDFs")
    pdfs = [p.read_bytes() for p in files]
    for p in files:
        p.unlink()
    return pdfs


def _complete(path: Path) -> bool:
    with contextlib.suppress(OSError):
        return path.read_bytes().rstrip().endswith(b"%%EOF")
    return False


def files_holding(places: tuple[Path, ...], canaries: tuple[str, ...]) -> list[str]:
    """Files under ``places`` that hold any canary: in their bytes (UTF-8 or UTF-16)
    or, for a PDF or PostScript file, in the text pdftotext/ps2ascii extract
    (the layouts' CJK text is glyph ids in the file, never the characters)."""
    found = []
    for place in places:
        if not place.exists():
            continue
        for path in (p for p in place.rglob("*") if p.is_file()):
            if holds(path.read_bytes(), canaries):
                found.append(str(path))
    return found


def holds(data: bytes, canaries: tuple[str, ...]) -> bool:
    texts = [data]
    if data.startswith((b"%PDF", b"%!PS")):
        texts.append(_extracted_text(data).encode())
    for canary in canaries:
        for encoded in (canary.encode(), canary.encode("utf-16-be")):
            if any(encoded in text for text in texts):
                return True
    return False


def _extracted_text(data: bytes) -> str:
    tool = ["pdftotext", "-", "-"] if data.startswith(b"%PDF") else ["ps2ascii"]
    result = subprocess.run(tool, input=data, capture_output=True, timeout=60, check=False)
    return "".join(result.stdout.decode(errors="replace").split())


def all_files(places: tuple[Path, ...]) -> list[str]:
    """Every file left under ``places`` (spool's own tmp/ folder included)."""
    return sorted(
        str(p) for place in places if place.exists() for p in place.rglob("*") if p.is_file()
    )


@contextlib.contextmanager
def keeping_spool(queue: str) -> Iterator[CupsInstance]:
    """A second private cupsd, with the same queue name, whose spool keeps every job's
    files and history; CUPS_SERVER / CUPS_SERVERROOT point at it meanwhile."""
    directory = Path(tempfile.mkdtemp(prefix="leadvault-cups-keep.", dir="/tmp"))  # lp reaches it
    pid = int(
        subprocess.run(
            [str(ROOT / "scripts" / "_cupsd.sh"), str(directory), queue, "Yes"],
            check=True, capture_output=True, text=True, timeout=60,
        ).stdout.split()[-1]
    )  # fmt: skip
    saved = {k: os.environ.get(k) for k in ("CUPS_SERVER", "CUPS_SERVERROOT")}
    os.environ["CUPS_SERVER"] = str(directory / "cups.sock")
    os.environ["CUPS_SERVERROOT"] = str(directory / "etc")
    try:
        yield CupsInstance(directory, queue)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        os.kill(pid, 15)
        for _ in range(50):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        Path(f"/etc/cups/cups-pdf-{directory.name}.conf").unlink(missing_ok=True)
        shutil.rmtree(directory, ignore_errors=True)
