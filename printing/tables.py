"""Table styles shared by the forms: ruled grids with CJK-wrapping cells."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from printing.fonts import SANS
from printing.styles import styles

# A cell is text (wrapped in a Paragraph) or a ready flowable (reportlab is untyped).
Cell: TypeAlias = object


def para(text: str, style: str = "cell") -> Paragraph:
    """A wrapping cell; text is escaped (user data never becomes markup)."""
    return Paragraph(escape(text), styles()[style])


def escape(text: str) -> str:
    """Paragraph markup for plain text: entities escaped, line breaks and runs of spaces kept."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # reportlab collapses runs of spaces and treats U+3000 as a break: keep both as gaps.
    text = text.replace("\u3000", "&nbsp;" * 4)
    return text.replace("  ", " &nbsp;").replace("\n", "<br/>")


def _cell(value: Cell, style: str) -> Flowable:
    return para(value, style) if isinstance(value, str) else value


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    mono_columns: Sequence[int] = (),
    centre_columns: Sequence[int] = (),
) -> Table:
    """A register-style table whose header repeats on every page."""
    body = []
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            style = (
                "mono_cell"
                if index in mono_columns
                else "cell_center"
                if index in centre_columns
                else "cell"
            )
            cells.append(_cell(value, style))
        body.append(cells)
    table = Table(
        [[para(h, "cell_center") for h in header], *body],
        colWidths=list(widths),
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONT", (0, 0), (-1, -1), SANS),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def form(
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    label_columns: Sequence[int] = (0,),
    heights: Sequence[float | None] | None = None,
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
) -> Table:
    """A form grid: label cells (shaded, centred) beside value cells."""
    data = [
        [_cell(v, "cell_center" if i in label_columns else "cell") for i, v in enumerate(row)]
        for row in rows
    ]
    table = Table(data, colWidths=list(widths), rowHeights=heights)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS),  # plain-string cells would otherwise use Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    covered = {
        (column, row)
        for (c0, r0), (c1, r1) in spans
        for column in range(c0, c1 + 1)
        for row in range(r0, r1 + 1)
        if (column, row) != (c0, r0)
    }
    for column in label_columns:
        for row in range(len(data)):
            if (column, row) not in covered:
                commands.append(
                    ("BACKGROUND", (column, row), (column, row), colors.Color(0.93, 0.93, 0.93))
                )
    for start, end in spans:
        commands.append(("SPAN", start, end))
    table.setStyle(TableStyle(commands))
    return table


SIGNATURE_ROW_HEIGHT = 16 * mm
