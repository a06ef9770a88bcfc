"""Paragraph styles: CJK line breaking, sizes after official documents
(GB/T 9704: titles in 2号 ≈ 22 pt, body in 3号 ≈ 16 pt; forms use smaller)."""

from __future__ import annotations

import functools

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from printing.fonts import MONO, SANS, register_fonts


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=11,
        leading=18,
        wordWrap="CJK",
        alignment=TA_JUSTIFY,
    )
    return {
        "body": body,
        "indent": ParagraphStyle("indent", parent=body, firstLineIndent=22),
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=13),
        "cell": ParagraphStyle("cell", parent=body, fontSize=10, leading=14, alignment=TA_LEFT),
        "cell_center": ParagraphStyle(
            "cell_center", parent=body, fontSize=10, leading=14, alignment=TA_CENTER
        ),
        "mono_cell": ParagraphStyle(
            "mono_cell", parent=body, fontName=MONO, fontSize=9.5, leading=13, alignment=TA_LEFT
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontSize=20, leading=30, alignment=TA_CENTER, spaceAfter=6
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=18, alignment=TA_CENTER, spaceAfter=8
        ),
        "heading": ParagraphStyle(
            "heading", parent=body, fontSize=12.5, leading=20, spaceBefore=8, spaceAfter=2
        ),
    }
