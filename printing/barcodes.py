"""Code 128 and QR codes drawn straight onto a reportlab canvas.

Sizes are chosen for hand-held scanners: Code 128 modules of 0.3 mm or more,
QR modules of about 0.5 mm with the four-module quiet zone, error correction M.
"""

from __future__ import annotations

import itertools

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

QR_QUIET_MODULES = 4


def draw_code128(
    canvas: Canvas,
    value: str,
    x: float,
    y: float,
    *,
    height: float = 14 * mm,
    module: float = 0.3 * mm,
    centre: bool = False,
) -> float:
    """Draw at (x, y) = lower left (or lower centre); return the symbol's width."""
    symbol = Code128(value, barWidth=module, barHeight=height, quiet=1)
    width = float(symbol.width)
    symbol.drawOn(canvas, x - width / 2 if centre else x, y)
    return width


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    """Draw a square QR symbol of ``size`` (quiet zone included) with its lower left at (x, y).

    Drawn module by module on the canvas: going through reportlab's graphics
    renderer would add an unembedded Helvetica font resource to the page.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    count = code.getModuleCount()
    module = size / (count + 2 * QR_QUIET_MODULES)
    left = x + QR_QUIET_MODULES * module
    top = y + size - QR_QUIET_MODULES * module
    path = canvas.beginPath()
    for row_index, row in enumerate(code.modules):
        column = 0
        for dark, run in itertools.groupby(bool(cell) for cell in row):
            length = len(list(run))
            if dark:
                path.rect(
                    left + column * module, top - (row_index + 1) * module, length * module, module
                )
            column += length
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class QrFlowable(Flowable):  # type: ignore[misc]
    """A QR symbol as a flowable, right-aligned (drawn module by module: no fonts)."""

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value, self.size = value, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        return available_width, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.value, self._width - self.size, 0, self.size)
