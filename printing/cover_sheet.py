"""The bag cover sheet (DESIGN.md §5): routing facts, counts, barcodes, the
signature and unsealing boxes, and nothing about informants or content."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.printables import CoverSheet
from printing.barcodes import draw_code128, draw_qr
from printing.check import ensure_printable
from printing.document import (
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    draw_classification_block,
    new_canvas,
)
from printing.fonts import MONO, SANS
from printing.form import draw_bold, draw_text_with_boxes, fit_text

LEFT = MARGIN
RIGHT = PAGE_WIDTH - MARGIN
WIDTH = RIGHT - LEFT


def render_cover_sheet(sheet: CoverSheet) -> bytes:
    ensure_printable(sheet)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "机要袋封面")
    draw_cover_sheet(canvas, sheet)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_cover_sheet(canvas: Canvas, sheet: CoverSheet) -> None:
    draw_classification_block(
        canvas, str(sheet.classification), str(sheet.copy_number), PAGE_HEIGHT - 15 * mm
    )
    qr_size = 36 * mm
    draw_qr(
        canvas, sheet.qr_text, RIGHT - qr_size + 2.5 * mm, PAGE_HEIGHT - 13 * mm - qr_size, qr_size
    )

    draw_bold(canvas, "机 要 袋", PAGE_WIDTH / 2, 262 * mm, 30)
    if sheet.personal:
        _personal_mark(canvas, f"{sheet.recipient}亲启", 238 * mm)

    canvas.setFont(SANS, 10)
    canvas.drawCentredString(PAGE_WIDTH / 2, 219 * mm, "机要编号")
    canvas.setFont(MONO, 28)
    canvas.drawCentredString(PAGE_WIDTH / 2, 207 * mm, str(sheet.number))
    draw_code128(
        canvas,
        str(sheet.number),
        PAGE_WIDTH / 2,
        189 * mm,
        height=14 * mm,
        module=0.35 * mm,
        centre=True,
    )

    _routing_table(canvas, sheet, top=182 * mm)
    _signature_boxes(canvas, top=128 * mm)
    _unsealing_box(canvas, top=92 * mm)

    canvas.setFont(MONO, 8.5)
    canvas.drawString(LEFT, 25 * mm, f"审计链头 {sheet.audit_head.short}")
    canvas.drawRightString(RIGHT, 25 * mm, f"份号 {sheet.copy_number}")
    canvas.setFont(SANS, 8.5)
    canvas.drawString(
        LEFT,
        19 * mm,
        "本封面不载明举报人身份、举报内容和被举报人姓名。袋内材料以袋内清单为准。",
    )


def _personal_mark(canvas: Canvas, text: str, y: float) -> None:
    size = 24
    width = canvas.stringWidth(text, SANS, size) + 16 * mm
    canvas.saveState()
    canvas.setLineWidth(1.6)
    canvas.rect(PAGE_WIDTH / 2 - width / 2, y - 4.5 * mm, width, 15 * mm)
    canvas.setLineWidth(0.5)
    canvas.rect(PAGE_WIDTH / 2 - width / 2 + 1.2 * mm, y - 3.3 * mm, width - 2.4 * mm, 12.6 * mm)
    canvas.restoreState()
    draw_bold(canvas, text, PAGE_WIDTH / 2, y, size)


def _routing_table(canvas: Canvas, sheet: CoverSheet, top: float) -> None:
    rows = [
        ("发件单位", sheet.sender),
        ("收件人", sheet.recipient),
        (
            "封装日期",
            f"{sheet.sealed_on.year} 年 {sheet.sealed_on.month} 月 {sheet.sealed_on.day} 日",
        ),
        (
            "袋内数量",
            f"线索 {sheet.lead_count} 件    材料 {sheet.items} 件    共 {sheet.pages} 页",
        ),
    ]
    row_height = 10.5 * mm
    label_width = 32 * mm
    canvas.saveState()
    canvas.setLineWidth(0.8)
    canvas.rect(LEFT, top - row_height * len(rows), WIDTH, row_height * len(rows))
    canvas.setLineWidth(0.5)
    canvas.line(LEFT + label_width, top, LEFT + label_width, top - row_height * len(rows))
    for index, (label, value) in enumerate(rows):
        y = top - row_height * (index + 1)
        if index:
            canvas.line(LEFT, y + row_height, RIGHT, y + row_height)
        canvas.setFont(SANS, 12)
        canvas.drawCentredString(LEFT + label_width / 2, y + 3.6 * mm, label)
        canvas.setFont(SANS, 12.5)
        canvas.drawString(
            LEFT + label_width + 4 * mm,
            y + 3.6 * mm,
            fit_text(canvas, value, SANS, 12.5, WIDTH - label_width - 8 * mm),
        )
    canvas.restoreState()


def _signature_boxes(canvas: Canvas, top: float) -> None:
    height = 30 * mm
    gap = 6 * mm
    width = (WIDTH - gap) / 2
    for index, title in enumerate(("封装人签名", "接收人签名")):
        x = LEFT + index * (width + gap)
        canvas.saveState()
        canvas.setLineWidth(0.8)
        canvas.rect(x, top - height, width, height)
        canvas.setFont(SANS, 11)
        canvas.drawString(x + 3 * mm, top - 6.5 * mm, title)
        canvas.setFont(SANS, 10)
        canvas.drawRightString(
            x + width - 3 * mm, top - height + 4 * mm, "年     月     日     时     分"
        )
        canvas.restoreState()


def _unsealing_box(canvas: Canvas, top: float) -> None:
    height = 58 * mm
    canvas.saveState()
    canvas.setLineWidth(1.2)
    canvas.rect(LEFT, top - height, WIDTH, height)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, top - 10 * mm, RIGHT, top - 10 * mm)
    canvas.setFont(SANS, 12)
    canvas.drawString(LEFT + 3 * mm, top - 7 * mm, "启封记录（由检察长本人启封）")
    lines = [
        "封条状况：  □ 完好      □ 有破损（说明）________________________________",
        "启封时间：          年       月       日       时       分",
        "启封人签名：________________________      在场人签名：________________________",
        "系统记录：  □ 已在专用计算机上以检察长智能卡签名登记启封",
    ]
    for index, line in enumerate(lines):
        draw_text_with_boxes(canvas, line, LEFT + 5 * mm, top - 20 * mm - index * 11 * mm, 11)
    canvas.restoreState()
