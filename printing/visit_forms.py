"""Forms of a visit (Art 14): the transcript (笔录) and the list of items received.

Both carry the informant's identity and are kept in the file in the secure
room; they are signed (and the transcript fingerprinted) by the informant.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.domain.printables import ItemsReceived, VisitTranscript
from printing import texts
from printing.check import ensure_printable
from printing.document import PageMarks, build_pdf
from printing.fonts import SANS
from printing.styles import styles
from printing.tables import escape, form, grid, para


def _when(value: datetime) -> str:
    return f"{value.year} 年 {value.month} 月 {value.day} 日 {value.hour} 时 {value.minute:02d} 分"


def render_visit_transcript(transcript: VisitTranscript) -> bytes:
    ensure_printable(transcript)
    s = styles()
    t = transcript
    end = (
        f"{t.ended_at.hour} 时 {t.ended_at.minute:02d} 分"
        if t.ended_at.date() == t.started_at.date()
        else _when(t.ended_at)
    )
    header = form(
        [
            ["时间", f"{_when(t.started_at)} 至 {end}", "", ""],
            ["地点", t.place, "线索编号", para(t.lead_number, "mono_cell")],
            ["接待人", "、".join(t.receiving_staff), "记录人", t.recorder],
            ["举报人", t.informant_name, "性别", t.informant_gender],
            ["身份证号", para(t.informant_id_number, "mono_cell"), "联系电话", t.informant_phone],
            ["工作单位", t.informant_unit, "", ""],
            ["住址", t.informant_address, "", ""],
            ["录音录像", texts.RECORDING_CONSENT[t.recording_consent], "", ""],
        ],
        [24 * mm, 72 * mm, 22 * mm, 52 * mm],
        label_columns=(0, 2),
        spans=[((1, row), (3, row)) for row in (0, 5, 6, 7)],
    )
    flowables: list[Flowable] = [
        Paragraph(escape(t.unit_name), s["subtitle"]),
        Paragraph("举 报 笔 录", s["title"]),
        header,
        Spacer(1, 5 * mm),
        Paragraph("告知事项", s["heading"]),
        Paragraph(escape(texts.FALSE_ACCUSATION_NOTICE), s["indent"]),
        Paragraph(
            escape(texts.FALSE_ACCUSATION_ACKNOWLEDGEMENT)
            + "&nbsp; 举报人（签名）：<u>"
            + "&nbsp;" * 36
            + "</u>",
            s["indent"],
        ),
        Spacer(1, 4 * mm),
        Paragraph("笔录内容", s["heading"]),
    ]
    for entry in t.entries:
        flowables.append(Paragraph(escape(f"{entry.speaker}：{entry.text}"), s["indent"]))
    flowables.append(Paragraph("（以下无正文）", s["cell_center"]))
    flowables += [
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                Paragraph(escape(texts.READ_BACK_STATEMENT), s["indent"]),
                Spacer(1, 3 * mm),
                _signature_block(
                    [("举报人签名", True)]
                    + [(f"接待人签名（{name}）", False) for name in t.receiving_staff]
                    + [("记录人签名", False)]
                ),
            ]
        ),
    ]
    marks = PageMarks(
        document_name="举报笔录",
        classification=str(t.classification),
        copy_number=str(t.copy_number),
        reference=f"线索编号 {t.lead_number}",
        signature_line="举报人签名（捺印）",
    )
    return build_pdf(flowables, marks)


def _signature_block(signers: list[tuple[str, bool]]) -> Table:
    """Rows of: who signs | signature space | fingerprint box (for the informant) | date."""
    rows = []
    for label, fingerprint in signers:
        rows.append(
            [para(label, "cell_center"), "", "捺印" if fingerprint else "", "年　　月　　日"]
        )
    table = Table(
        rows,
        colWidths=[42 * mm, 58 * mm, 28 * mm, 42 * mm],
        rowHeights=[28 * mm if fp else 14 * mm for _, fp in signers],
    )
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("FONT", (0, 0), (-1, -1), SANS, 10),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 0), (3, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.93, 0.93, 0.93)),
        ("TEXTCOLOR", (2, 0), (2, -1), colors.Color(0.55, 0.55, 0.55)),
    ]
    for index, (_, fingerprint) in enumerate(signers):
        if fingerprint:
            commands.append(("VALIGN", (2, index), (2, index), "BOTTOM"))
    table.setStyle(TableStyle(commands))
    return table


def render_items_received(items: ItemsReceived) -> bytes:
    ensure_printable(items)
    s = styles()
    header = form(
        [
            [
                "接收时间",
                _when(items.received_at),
                "线索编号",
                para(items.lead_number, "mono_cell"),
            ],
            ["提交人", items.informant_name, "接收人", "、".join(items.receiving_staff)],
        ],
        [24 * mm, 72 * mm, 22 * mm, 52 * mm],
        label_columns=(0, 2),
    )
    rows = [
        [
            str(index),
            item.name,
            str(item.quantity),
            str(item.pages) if item.pages else "—",
            item.remarks,
        ]
        for index, item in enumerate(items.items, start=1)
    ]
    total_quantity = sum(item.quantity for item in items.items)
    total_pages = sum(item.pages for item in items.items)
    rows.append(["", "合计", str(total_quantity), str(total_pages), ""])
    flowables: list[Flowable] = [
        Paragraph(escape(items.unit_name), s["subtitle"]),
        Paragraph("举报材料接收清单", s["title"]),
        header,
        Spacer(1, 5 * mm),
        grid(
            ("序号", "材料名称", "数量", "页数", "备注"),
            rows,
            [14 * mm, 76 * mm, 18 * mm, 18 * mm, 44 * mm],
            centre_columns=(0, 2, 3),
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            escape(
                f"以上材料共 {total_quantity} 件、{total_pages} 页，经双方当面清点无误。"
                "材料由举报中心按保密规定保管，不得转给被举报人或者被举报单位。"
            ),
            s["indent"],
        ),
        Spacer(1, 6 * mm),
        KeepTogether(
            _signature_block(
                [("提交人（举报人）签名", True)]
                + [(f"接收人签名（{name}）", False) for name in items.receiving_staff]
            )
        ),
    ]
    marks = PageMarks(
        document_name="举报材料接收清单",
        classification=str(items.classification),
        copy_number=str(items.copy_number),
        reference=f"线索编号 {items.lead_number}",
    )
    return build_pdf(flowables, marks)
