"""The recovery sheet, printed once by the setup wizard and sealed in a bag.

The code is the only secret on it; the rest says which vault it opens, where
to keep it and what holding it means.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.domain.printables import RecoverySheet
from printing.check import ensure_printable
from printing.document import CONTENT_WIDTH, PageMarks, build_pdf
from printing.fonts import MONO, SANS
from printing.styles import styles
from printing.tables import escape, form, para

GROUPS_PER_ROW = 4

KEEPING = (
    "本单打印后，当即装入机要袋封存，加贴封条，由检察长指定的保管人放入保密柜保管，"
    "并在机要袋登记簿登记。不得复印、拍照、扫描，不得录入或存储于任何计算机、手机或其他设备。"
)
WARNING = (
    "持有本恢复码者，连同本院专用计算机的数据文件，可在智能卡全部遗失或专用计算机损坏时恢复全部举报线索。"
    "恢复码只打印这一次；每次使用恢复码后，系统即签发新的恢复码，本单随即失效，应按规定销毁。"
    "发现本单或其机要袋有拆封、缺损痕迹的，应立即报告检察长并更换恢复码。"
)


def render_recovery_sheet(sheet: RecoverySheet) -> bytes:
    ensure_printable(sheet)
    s = styles()
    info = form(
        [
            ["单位", sheet.unit_name, "单位代码", sheet.unit_code],
            [
                "保险库标识",
                para(sheet.vault_id, "mono_cell"),
                "生成日期",
                f"{sheet.created_on.year} 年 {sheet.created_on.month} 月 {sheet.created_on.day} 日",
            ],
        ],
        [26 * mm, 82 * mm, 24 * mm, 38 * mm],
        label_columns=(0, 2),
    )
    flowables = [
        Paragraph("专用计算机保险库恢复码", s["title"]),
        Paragraph("举报线索保密工作站（LeadVault）", s["subtitle"]),
        info,
        Spacer(1, 7 * mm),
        Paragraph("恢复码", s["heading"]),
        _code_table(sheet.groups),
        Spacer(1, 2 * mm),
        Paragraph(
            escape(
                f"共 {len(sheet.groups)} 组，按顺序从左到右、从上到下输入，组间短横可省略；"
                "最后一个字符为校验字符，输入有误时系统会提示。恢复码只含大写字母 A–Z 和数字 2–7。"
            ),
            s["small"],
        ),
        Spacer(1, 6 * mm),
        Paragraph("保管要求", s["heading"]),
        Paragraph(escape(KEEPING), s["indent"]),
        Spacer(1, 5 * mm),
        _warning(WARNING),
        Spacer(1, 8 * mm),
        form(
            [
                ["封存人", "", "见证人", ""],
                ["封存日期", "    年    月    日", "机要编号", ""],
            ],
            [28 * mm, 57 * mm, 28 * mm, 57 * mm],
            label_columns=(0, 2),
            heights=[13 * mm, 13 * mm],
        ),
    ]
    marks = PageMarks(document_name="保险库恢复码单（封存保管）", classification="绝密")
    return build_pdf(flowables, marks)


def _code_table(groups: tuple[str, ...]) -> Table:
    rows: list[list[str]] = []
    for start in range(0, len(groups), GROUPS_PER_ROW):
        row = list(groups[start : start + GROUPS_PER_ROW])
        rows.append(row + [""] * (GROUPS_PER_ROW - len(row)))
    width = CONTENT_WIDTH / GROUPS_PER_ROW
    table = Table(rows, colWidths=[width] * GROUPS_PER_ROW, rowHeights=[17 * mm] * len(rows))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), MONO, 24),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1.6, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black),
            ]
        )
    )
    return table


def _warning(text: str) -> Table:
    s = styles()
    table = Table(
        [[Paragraph("警告", s["heading"])], [Paragraph(escape(text), s["body"])]],
        colWidths=[CONTENT_WIDTH],
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 2, colors.black),
                ("FONT", (0, 0), (-1, -1), SANS),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return table
