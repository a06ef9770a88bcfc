"""Building a multi-page PDF in memory: A4, page marks, "page x of y".

Every page carries what a classified internal print needs: the classification
mark and the copy number (GB/T 9704: copy number above the mark, top left),
"不得出示" where a print must not be shown, and the page count, so a missing
page is noticed.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from printing.fonts import MONO, SANS, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TOP_MARGIN = 30 * mm  # room for the copy number and classification mark
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LANDSCAPE_CONTENT_WIDTH = PAGE_HEIGHT - 2 * MARGIN


@dataclass(frozen=True)
class PageMarks:
    document_name: str  # in the footer, e.g. 举报笔录
    classification: str | None = None  # e.g. 机密★10年
    copy_number: str | None = None  # six digits
    not_to_be_shown: bool = False
    reference: str | None = None  # e.g. the lead number, in the footer
    # Signed on every page, e.g. 举报人签名（捺印）: the text is printed bottom right.
    signature_line: str | None = None


def draw_classification_block(
    canvas: Canvas, classification: str | None, copy_number: str | None, top: float
) -> None:
    """Copy number above the classification mark at the top left (GB/T 9704 7.2)."""
    y = top
    if copy_number:
        canvas.setFont(MONO, 14)
        canvas.drawString(MARGIN, y, copy_number)
        y -= 7.5 * mm
    if classification:
        canvas.setFont(SANS, 15)
        canvas.drawString(MARGIN, y, classification)


def draw_not_to_be_shown(canvas: Canvas, right: float, top: float) -> None:
    text = "不得出示"
    canvas.setFont(SANS, 13)
    width = canvas.stringWidth(text, SANS, 13)
    canvas.setLineWidth(1.2)
    canvas.rect(right - width - 6 * mm, top - 3 * mm, width + 6 * mm, 9 * mm)
    canvas.drawString(right - width - 3 * mm, top, text)


def _draw_marks(canvas: Canvas, marks: PageMarks, page: int, total: int) -> None:
    width, height = canvas._pagesize
    canvas.saveState()
    draw_classification_block(canvas, marks.classification, marks.copy_number, height - 15 * mm)
    if marks.not_to_be_shown:
        draw_not_to_be_shown(canvas, width - MARGIN, height - 16 * mm)
    canvas.setFont(SANS, 8.5)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
    left = marks.document_name + (f"    {marks.reference}" if marks.reference else "")
    canvas.drawString(MARGIN, 9.5 * mm, left)
    canvas.drawRightString(width - MARGIN, 9.5 * mm, f"第 {page} 页  共 {total} 页")
    if marks.signature_line:
        canvas.setFont(SANS, 10)
        line_start = width - MARGIN - 45 * mm
        canvas.drawRightString(line_start - 1 * mm, 18 * mm, f"{marks.signature_line}：")
        canvas.line(line_start, 17.3 * mm, width - MARGIN, 17.3 * mm)
    canvas.restoreState()


class _MarkedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so each can say how many there are."""

    def __init__(self, *args: Any, marks: PageMarks, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._marks = marks
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _draw_marks(self, self._marks, number, total)
            super().showPage()
        super().save()


def build_pdf(
    flowables: Sequence[Flowable],
    marks: PageMarks,
    *,
    top_margin: float = TOP_MARGIN,
    landscape: bool = False,
) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_HEIGHT, PAGE_WIDTH) if landscape else A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top_margin,
        bottomMargin=(27 if marks.signature_line else 20) * mm,
        title=marks.document_name,
        author="",
        creator="LeadVault",
        producer="LeadVault",
        subject="",
        initialFontName=SANS,  # otherwise Helvetica is referenced, unembedded
        initialFontSize=10,
        invariant=1,  # no time stamp or random id: the same data gives the same bytes
    )
    document.build(list(flowables), canvasmaker=functools.partial(_MarkedCanvas, marks=marks))
    return buffer.getvalue()


def new_canvas(buffer: io.BytesIO, title: str) -> Canvas:
    """A bare A4 canvas for fixed layouts (cover sheet, labels)."""
    register_fonts()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=SANS, initialFontSize=10)
    canvas.setTitle(title)
    canvas.setCreator("LeadVault")
    canvas.setProducer("LeadVault")
    return canvas
