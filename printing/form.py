"""Small drawing helpers for fixed-layout forms."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printing.fonts import SANS

BOX = "□"


def draw_text_with_boxes(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw ``text`` with every □ replaced by a drawn tick box (the font's □ is tiny)."""
    side = size * 0.85
    canvas.saveState()
    canvas.setFont(SANS, size)
    canvas.setLineWidth(0.7)
    for index, part in enumerate(text.split(BOX)):
        if index:
            canvas.rect(x + 0.5 * mm, y - size * 0.08, side, side)
            x += side + 1.8 * mm
        canvas.drawString(x, y, part)
        x += canvas.stringWidth(part, SANS, size)
    canvas.restoreState()


def fit_text(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Shorten with an ellipsis rather than run over a box edge."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def draw_bold(canvas: Canvas, text: str, x: float, y: float, size: float, font: str = SANS) -> None:
    """Centred at x. The font has no bold face: fill and stroke the glyphs instead."""
    canvas.saveState()
    canvas.setLineWidth(size / 30)
    text_object = canvas.beginText()
    text_object.setTextRenderMode(2)
    text_object.setFont(font, size)
    text_object.setTextOrigin(x - canvas.stringWidth(text, font, size) / 2, y)
    text_object.textOut(text)
    canvas.drawText(text_object)
    canvas.restoreState()
