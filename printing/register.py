"""The bag register (机要袋登记簿): every number ever issued, voided ones included."""

from __future__ import annotations

from collections import Counter
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop.domain.bags import BagState
from desktop.domain.printables import BagRegister
from printing.check import ensure_printable
from printing.document import PageMarks, build_pdf
from printing.styles import styles
from printing.tables import escape, grid

STATE_NAMES = {
    BagState.DRAFT: "未封装",
    BagState.SEALED: "已封装",
    BagState.HANDED_OVER: "已移交",
    BagState.UNSEALED: "已启封",
    BagState.RESEALED: "已重封",
    BagState.RETURNED: "已退回",
    BagState.VOID: "已作废",
}

HEADER = (
    "序号",
    "机要编号",
    "状态",
    "收件人",
    "建袋日期",
    "封装日期",
    "移交日期",
    "现持有人",
    "线索",
    "件数",
    "页数",
)
WIDTHS = [12, 48, 17, 26, 23, 23, 23, 34, 13, 17, 13]


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def render_bag_register(register: BagRegister) -> bytes:
    ensure_printable(register)
    s = styles()
    rows = [
        [
            str(index),
            str(row.number),
            STATE_NAMES[row.state],
            row.recipient,
            _day(row.created_on),
            _day(row.sealed_on),
            _day(row.handed_over_on),
            row.holder or "—",
            str(row.lead_count),
            str(row.items),
            str(row.pages),
        ]
        for index, row in enumerate(register.rows, start=1)
    ]
    counts = Counter(row.state for row in register.rows)
    summary = "，".join(
        f"{STATE_NAMES[state]} {counts[state]}" for state in BagState if counts[state]
    )
    printed = register.printed_at
    flowables = [
        Paragraph("机要袋登记簿", s["title"]),
        Paragraph(
            escape(
                f"{register.unit_name}    打印时间 {printed:%Y-%m-%d %H:%M}    "
                f"审计链头 {register.audit_head.short}"
            ),
            s["subtitle"],
        ),
        grid(
            HEADER,
            rows,
            [w * mm for w in WIDTHS],
            mono_columns=(1,),
            centre_columns=(0, 2, 4, 5, 6, 8, 9, 10),
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            escape(f"共 {len(rows)} 个编号（{summary or '无'}）。作废编号保留在册，不再使用。"),
            s["small"],
        ),
    ]
    marks = PageMarks(
        document_name="机要袋登记簿",
        classification=str(register.classification),
        copy_number=str(register.copy_number),
    )
    return build_pdf(flowables, marks, landscape=True)
