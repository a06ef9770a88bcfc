"""Label sheets: seal strips (封条) for a bag's seams, and bag labels.

Bag labels follow the common 2 × 4 sheet of 99.1 × 67.7 mm labels, so they
print on pre-cut stock or on plain paper (thin outlines to cut along).
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.printables import BagLabel, BagLabels, SealLabels
from printing.barcodes import draw_code128, draw_qr
from printing.check import ensure_printable
from printing.document import MARGIN, PAGE_HEIGHT, PAGE_WIDTH, new_canvas
from printing.fonts import MONO, SANS
from printing.form import draw_bold, fit_text

# ------------------------------------------------------------------ seal strips

STRIP_WIDTH = 170 * mm
STRIP_HEIGHT = 44 * mm
STRIP_GAP = 6 * mm
STRIPS_PER_PAGE = 5
STRIP_TOP = PAGE_HEIGHT - 20 * mm


def render_seal_labels(sheet: SealLabels) -> bytes:
    ensure_printable(sheet)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "机要封条")
    pages = -(-sheet.count // STRIPS_PER_PAGE)
    for index in range(sheet.count):
        slot = index % STRIPS_PER_PAGE
        if slot == 0:
            if index:
                canvas.showPage()
            _page_heading(
                canvas,
                f"机要封条    机要编号 {sheet.number}    共 {sheet.count} 条",
                index // STRIPS_PER_PAGE + 1,
                pages,
            )
        top = STRIP_TOP - slot * (STRIP_HEIGHT + STRIP_GAP)
        _draw_strip(canvas, sheet, MARGIN, top, index + 1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _page_heading(canvas: Canvas, text: str, page: int, pages: int) -> None:
    canvas.setFont(SANS, 9)
    canvas.drawString(MARGIN, PAGE_HEIGHT - 13 * mm, text)
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 13 * mm, f"第 {page} 页  共 {pages} 页"
    )


def _draw_strip(canvas: Canvas, sheet: SealLabels, x: float, top: float, serial: int) -> None:
    bottom = top - STRIP_HEIGHT
    canvas.saveState()
    canvas.setLineWidth(1.4)
    canvas.rect(x, bottom, STRIP_WIDTH, STRIP_HEIGHT)
    canvas.setLineWidth(0.4)
    canvas.rect(x + 1.2 * mm, bottom + 1.2 * mm, STRIP_WIDTH - 2.4 * mm, STRIP_HEIGHT - 2.4 * mm)
    # Left: the word itself, large.
    left_width = 34 * mm
    canvas.line(x + left_width, bottom + 1.2 * mm, x + left_width, top - 1.2 * mm)
    draw_bold(canvas, "机  要", x + left_width / 2, top - 18 * mm, 20)
    draw_bold(canvas, "封  条", x + left_width / 2, top - 31 * mm, 20)
    # Middle: number and barcode.
    right_width = 50 * mm
    middle = x + left_width + (STRIP_WIDTH - left_width - right_width) / 2
    canvas.setFont(MONO, 13)
    canvas.drawCentredString(middle, top - 10.5 * mm, str(sheet.number))
    draw_code128(
        canvas,
        str(sheet.number),
        middle,
        bottom + 9 * mm,
        height=13 * mm,
        module=0.3 * mm,
        centre=True,
    )
    canvas.setFont(SANS, 7.5)
    canvas.drawCentredString(middle, bottom + 4.5 * mm, f"第 {serial} 条  共 {sheet.count} 条")
    # Right: who sealed, when.
    right = x + STRIP_WIDTH - right_width
    canvas.line(right, bottom + 1.2 * mm, right, top - 1.2 * mm)
    canvas.setFont(SANS, 9)
    canvas.drawString(
        right + 3 * mm, top - 9 * mm, fit_text(canvas, sheet.sender, SANS, 9, right_width - 6 * mm)
    )
    canvas.setFont(SANS, 10)
    canvas.drawString(right + 3 * mm, top - 21 * mm, "封装人：")
    canvas.line(right + 17 * mm, top - 22 * mm, right + right_width - 4 * mm, top - 22 * mm)
    sealed = sheet.sealed_on
    canvas.drawString(
        right + 3 * mm, top - 33 * mm, f"{sealed.year} 年 {sealed.month} 月 {sealed.day} 日  封"
    )
    canvas.restoreState()


# ------------------------------------------------------------------ bag labels

LABEL_WIDTH = 99.1 * mm
LABEL_HEIGHT = 67.7 * mm
LABEL_LEFT = 4.65 * mm
LABEL_TOP_MARGIN = 13.1 * mm
LABEL_COLUMN_GAP = 2.5 * mm
LABEL_COLUMNS = 2
LABEL_ROWS = 4
LABELS_PER_PAGE = LABEL_COLUMNS * LABEL_ROWS


def render_bag_labels(sheet: BagLabels) -> bytes:
    ensure_printable(sheet)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "机要袋标签")
    for index, label in enumerate(sheet.labels):
        slot = index % LABELS_PER_PAGE
        if slot == 0 and index:
            canvas.showPage()
        column, row = slot % LABEL_COLUMNS, slot // LABEL_COLUMNS
        x = LABEL_LEFT + column * (LABEL_WIDTH + LABEL_COLUMN_GAP)
        top = PAGE_HEIGHT - LABEL_TOP_MARGIN - row * LABEL_HEIGHT
        draw_bag_label(canvas, label, x, top)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_bag_label(canvas: Canvas, label: BagLabel, x: float, top: float) -> None:
    pad = 5 * mm
    canvas.saveState()
    canvas.setStrokeGray(0.75)
    canvas.setLineWidth(0.3)
    canvas.roundRect(x, top - LABEL_HEIGHT, LABEL_WIDTH, LABEL_HEIGHT, 2 * mm)
    canvas.restoreState()

    qr_size = 24 * mm
    draw_qr(
        canvas,
        label.qr_text,
        x + LABEL_WIDTH - pad - qr_size + 2 * mm,
        top - pad - qr_size + 2 * mm,
        qr_size,
    )
    canvas.setFont(MONO, 10)
    canvas.drawString(x + pad, top - pad - 4 * mm, str(label.copy_number))
    canvas.setFont(SANS, 11)
    canvas.drawString(x + pad, top - pad - 10 * mm, str(label.classification))
    draw_bold(canvas, f"{label.recipient}亲启", x + pad + 24 * mm, top - pad - 20 * mm, 15)

    centre = x + LABEL_WIDTH / 2
    canvas.setFont(MONO, 12.5)
    canvas.drawCentredString(centre, top - 35 * mm, str(label.number))
    draw_code128(
        canvas,
        str(label.number),
        centre,
        top - 50 * mm,
        height=11 * mm,
        module=0.3 * mm,
        centre=True,
    )
    canvas.setFont(SANS, 8.5)
    canvas.drawCentredString(
        centre,
        top - LABEL_HEIGHT + 5.5 * mm,
        fit_text(canvas, f"发件：{label.sender}", SANS, 8.5, LABEL_WIDTH - 2 * pad),
    )
