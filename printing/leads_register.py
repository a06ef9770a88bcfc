"""The leads register (线索登记簿) for a month or a range of days: one line per lead,
oldest first, with totals by status. No identity and no report text."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop.domain.lead_labels import CHANNEL_ZH, STATUS_ZH, category_zh
from desktop.domain.lead_printables import LeadsRegister
from printing.check import ensure_printable
from printing.document import PageMarks, build_pdf
from printing.styles import styles
from printing.tables import escape, grid

HEADER = ("序号", "线索编号", "受理日期", "举报方式", "线索类别", "被举报单位", "状态",
          "举报次数")
WIDTHS = [12, 26, 24, 26, 28, 86, 24, 22]  # 248 mm: landscape A4's text width


_CHANNEL = {channel.value: words for channel, words in CHANNEL_ZH.items()}
_STATUS = {status.value: words for status, words in STATUS_ZH.items()}


def _channel(code: str) -> str:
    return _CHANNEL.get(code, code)


def _status(code: str) -> str:
    return _STATUS.get(code, code)


def render_leads_register(register: LeadsRegister) -> bytes:
    ensure_printable(register)
    s = styles()
    rows = [
        [str(index), row.number, row.received_on.isoformat(), _channel(row.channel),
         category_zh(row.category), row.reported_unit or "—", _status(row.status),
         str(row.report_count)]
        for index, row in enumerate(register.rows, start=1)
    ]
    counts = Counter(row.status for row in register.rows)
    summary = "，".join(f"{_status(code)} {n}" for code, n in sorted(counts.items()))
    period = (register.first_day.isoformat() if register.first_day == register.last_day
              else f"{register.first_day.isoformat()} 至 {register.last_day.isoformat()}")
    flowables = [
        Paragraph("举报线索登记簿", s["title"]),
        Paragraph(escape(f"{register.unit_name}    受理期间 {period}    "
                         f"打印时间 {register.printed_at:%Y-%m-%d %H:%M}"), s["subtitle"]),
        grid(HEADER, rows, [w * mm for w in WIDTHS], mono_columns=(1,),
             centre_columns=(0, 2, 3, 6, 7)),
        Spacer(1, 4 * mm),
        Paragraph(escape(f"共 {len(rows)} 条线索（{summary or '无'}）。作废线索保留在册。"),
                  s["small"]),
    ]
    marks = PageMarks(document_name="举报线索登记簿", classification=str(register.classification),
                      copy_number=str(register.copy_number))
    return build_pdf(flowables, marks, landscape=True)
