"""Printing benchmark: the bag cover sheet against a bare reportlab page with
the same font, text and barcodes, and a sheet of 100 bag labels against bare
pages holding the same 100 codes. Prints ratios (target: cover sheet ≤ 1.5).

With a print system (scripts/with-services.sh starts a private cupsd with a
cups-pdf queue), also a 10-page bag register through the real queue: rasterised
and painted through QPrinter (the former path) against the PDF itself sent from
memory (desktop.app.cups_queue), time until the queue has written its output
and size of the job the queue receives.

Run: .venv/bin/python -m bench.printing
     scripts/with-services.sh .venv/bin/python -m bench.printing   (with the queue)
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bench import sample_printables as samples
from desktop.domain.printables import BagLabel, CoverSheet
from printing.barcodes import draw_code128, draw_qr
from printing.cover_sheet import render_cover_sheet
from printing.fonts import MONO, SANS, register_fonts
from printing.labels import render_bag_labels

REPEATS = 25


# How the bare pages draw their symbols: with reportlab's stock widgets, or with
# the same module-by-module drawing printing/ uses (isolates the layout's cost).
STOCK_SYMBOLS = True


def _bare_code(canvas: Canvas, number: str, qr_text: str, x: float, y: float) -> None:
    if not STOCK_SYMBOLS:
        draw_code128(canvas, number, x, y, height=12 * mm)
        draw_qr(canvas, qr_text, x + 100 * mm, y, 30 * mm)
        return
    Code128(number, barWidth=0.3 * mm, barHeight=12 * mm).drawOn(canvas, x, y)
    widget = QrCodeWidget(qr_text)
    drawing = Drawing(30 * mm, 30 * mm)
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x + 100 * mm, y)


def bare_cover_page(sheet: CoverSheet) -> bytes:
    """The same strings, font and symbols, with no layout at all."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    strings = [
        str(sheet.copy_number),
        str(sheet.classification),
        "机 要 袋",
        f"{sheet.recipient}亲启",
        "机要编号",
        "发件单位",
        sheet.sender,
        "收件人",
        sheet.recipient,
        "封装日期",
        f"{sheet.sealed_on.year} 年 {sheet.sealed_on.month} 月 {sheet.sealed_on.day} 日",
        "袋内数量",
        f"线索 {sheet.lead_count} 件    材料 {sheet.items} 件    共 {sheet.pages} 页",
        "封装人签名",
        "接收人签名",
        "年     月     日     时     分",
        "启封记录（由检察长本人启封）",
        "封条状况：  完好      有破损（说明）",
        "启封时间：          年       月       日",
        "启封人签名：      在场人签名：",
        "系统记录：  已在专用计算机上以检察长智能卡签名登记启封",
        "本封面不载明举报人身份、举报内容和被举报人姓名。袋内材料以袋内清单为准。",
    ]
    for index, text in enumerate(strings):
        canvas.setFont(SANS, 11)
        canvas.drawString(20 * mm, 280 * mm - index * 8 * mm, text)
    canvas.setFont(MONO, 28)
    canvas.drawString(20 * mm, 60 * mm, str(sheet.number))
    canvas.setFont(MONO, 8.5)
    canvas.drawString(20 * mm, 50 * mm, f"审计链头 {sheet.audit_head.short}")
    _bare_code(canvas, str(sheet.number), sheet.qr_text, 20 * mm, 20 * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def bare_label_pages(labels: tuple[BagLabel, ...]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for index, label in enumerate(labels):
        if index and index % 8 == 0:
            canvas.showPage()
        y = 250 * mm - (index % 8) * 30 * mm
        canvas.setFont(MONO, 12)
        canvas.drawString(20 * mm, y + 14 * mm, str(label.number))
        canvas.setFont(SANS, 9)
        canvas.drawString(80 * mm, y + 14 * mm, f"{label.recipient}亲启 {label.classification}")
        _bare_code(canvas, str(label.number), label.qr_text, 20 * mm, y)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _time(work: Callable[[], bytes]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def compare(
    work: Callable[[], bytes], baseline: Callable[[], bytes], repeats: int
) -> tuple[float, float, float]:
    """Median seconds of each, and the median of per-round ratios.

    The two run alternately, so load from other processes on the machine
    (it is shared) hits both alike.
    """
    work(), baseline()  # warm up (font tables, caches)
    ours, theirs, ratios = [], [], []
    for _ in range(repeats):
        a, b = _time(work), _time(baseline)
        ours.append(a)
        theirs.append(b)
        ratios.append(a / b)
    return statistics.median(ours), statistics.median(theirs), statistics.median(ratios)


def main() -> None:
    global STOCK_SYMBOLS
    register_fonts()
    sheet = samples.cover_sheet()
    labels = samples.bag_labels(100)
    for stock, name in ((True, "reportlab's stock widgets"), (False, "printing/'s drawing")):
        STOCK_SYMBOLS = stock
        cover, bare, ratio = compare(
            lambda: render_cover_sheet(sheet), lambda: bare_cover_page(sheet), REPEATS
        )
        print(f"-- bare pages draw their symbols with {name}")
        print(
            f"   cover sheet {cover * 1000:7.1f} ms   bare page {bare * 1000:7.1f} ms"
            f"   ratio {ratio:5.2f} (target <= 1.5)"
        )
        sheet_time, bare_time, ratio = compare(
            lambda: render_bag_labels(labels), lambda: bare_label_pages(labels.labels), 7
        )
        print(
            f"   100 labels  {sheet_time * 1000:7.1f} ms   bare pages {bare_time * 1000:6.1f} ms"
            f"   ratio {ratio:5.2f}   ({sheet_time * 10:.1f} ms per label, 13 pages)"
        )


# -- through the real queue


QUEUE_REPEATS = 3
REGISTER_ROWS = 180  # ten A4 pages


def _wait_for_output(out: Path, before: set[Path], timeout: float = 600.0) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = [p for p in out.glob("*.pdf") if p not in before]
        if new and new[0].read_bytes().rstrip().endswith(b"%%EOF"):
            return new[0]
        time.sleep(0.02)
    raise TimeoutError("the queue wrote nothing")


def _raster_job_size(pdf: bytes) -> int:
    """What Qt's CUPS engine hands the queue: the PDF its PDF engine writes of the
    painted pages (it writes it to a temporary file, then submits that file)."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing.dispatch import paint_pages

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "job.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        paint_pages(printer, [pdf])
        return target.stat().st_size


def bench_queue() -> None:
    import os

    server, queue = os.environ.get("CUPS_SERVER", ""), os.environ.get("LEADVAULT_TEST_QUEUE")
    if not server or not queue:
        print("-- queue: no print system (run under scripts/with-services.sh)")
        return
    from PySide6.QtGui import QGuiApplication, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from desktop.app.cups_queue import CupsQueue
    from printing.register import render_bag_register
    from ui.printing.dispatch import paint_pages

    app = QGuiApplication.instance() or QGuiApplication([])
    out = Path(server).parent / "out"
    pdf = render_bag_register(samples.bag_register(REGISTER_ROWS))
    spool = CupsQueue()

    def raster() -> float:
        before, start = set(out.glob("*.pdf")), time.perf_counter()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPrinterName(queue)
        paint_pages(printer, [pdf])
        _wait_for_output(out, before).unlink()
        return time.perf_counter() - start

    def passthrough() -> float:
        before, start = set(out.glob("*.pdf")), time.perf_counter()
        spool.print_pdfs(queue, "bench", [pdf])
        _wait_for_output(out, before).unlink()
        return time.perf_counter() - start

    raster(), passthrough()  # warm up (fonts, filters)
    rasters, passes, ratios = [], [], []
    for _ in range(QUEUE_REPEATS):
        a, b = raster(), passthrough()
        rasters.append(a)
        passes.append(b)
        ratios.append(a / b)
    raster_size = _raster_job_size(pdf)
    print(f"-- 10-page bag register through the queue {queue!r} (until its output is written)")
    print(
        f"   raster {statistics.median(rasters):6.2f} s   PDF pass-through "
        f"{statistics.median(passes):6.2f} s   ratio {statistics.median(ratios):5.1f}"
    )
    print(
        f"   job size: raster {raster_size / 1e6:6.2f} MB   PDF {len(pdf) / 1e6:6.3f} MB"
        f"   ratio {raster_size / len(pdf):5.0f}"
    )
    del app


if __name__ == "__main__":
    main()
    bench_queue()
