"""The checkpoint witness sheet: one page, the audit head the chief's card signed,
its signature's fingerprint and a QR of the checkpoint (desktop.domain.witness_sheet)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.domain.witness_sheet import WitnessSheet
from printing.barcodes import QrFlowable
from printing.check import ensure_printable
from printing.document import CONTENT_WIDTH, PageMarks, build_pdf
from printing.styles import styles
from printing.tables import escape, form, grid, para

QR_SIZE = 36 * mm
REASONS = {"create": "设立保险库", "unlock": "检察长解锁", "on-demand": "按需签署",
           "refound": "重新建立信任根"}
MOST_ACTIONS = 11  # shown one by one; the rest are counted together (one page)
PURPOSE = (
    "本单记录检察长智能卡对审计链签署的检查点。"
    "审计链中此检查点之前的任何记录被删除、修改或调换顺序，核验时均会发现。"
    "请将本单交检察长指定的见证人保存；日后核验审计链（leadvault-admin audit verify）时，"
    "应核对本单所列审计链头、签名指纹和二维码是否一致。"
)


def render_witness_sheet(sheet: WitnessSheet) -> bytes:
    ensure_printable(sheet)
    s = styles()
    at = sheet.signed_at
    facts = form(
        [
            ["单位", sheet.unit_name, "单位代码", sheet.unit_code],
            ["保险库标识", para(sheet.vault_id, "mono_cell"),
             "名册版本", f"第 {sheet.roster_version} 版"],
            ["检查点", f"第 {sheet.checkpoint_number} 号（审计记录 {sheet.record_seq}）",
             "签署缘由", REASONS.get(sheet.reason, sheet.reason)],
            ["签署人", f"{sheet.signer_name}（卡 {sheet.signer_card}）",
             "签署时间", f"{at:%Y-%m-%d %H:%M:%S}"],
        ],
        [26 * mm, 70 * mm, 26 * mm, 48 * mm],
        label_columns=(0, 2),
    )
    fixes_width = CONTENT_WIDTH - QR_SIZE - 4 * mm
    fixes = form(
        [
            ["所签审计链头", para(f"{sheet.head_seq}:{sheet.head_hash}", "mono_cell")],
            ["检查点记录摘要", para(f"{sheet.record_seq}:{sheet.record_hash}", "mono_cell")],
            ["签名指纹", para(sheet.signature_fingerprint, "mono_cell")],
            ["检查点标识", para(sheet.envelope_id, "mono_cell")],
            *([["承继自", para(sheet.origin, "mono_cell")]] if sheet.origin else []),
        ],
        [32 * mm, fixes_width - 32 * mm],
        label_columns=(0,),
    )
    beside = Table([[fixes, QrFlowable(sheet.qr_payload, QR_SIZE)]],
                   colWidths=[fixes_width + 4 * mm, QR_SIZE])
    beside.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    flowables = [
        Paragraph("审计链检查点见证单", s["title"]),
        Paragraph("举报线索保密工作站（LeadVault）", s["subtitle"]),
        facts,
        Spacer(1, 4 * mm),
        beside,
        Spacer(1, 3 * mm),
        Paragraph(
            escape(
                f"自上一检查点以来共 {sheet.records_witnessed} 条记录，"
                f"其中查看举报人身份 {sheet.identity_views} 次。"
            ),
            s["heading"],
        ),
        grid(["操作", "次数", "操作", "次数"], _count_rows(sheet.by_action),
             [CONTENT_WIDTH / 2 - 20 * mm, 20 * mm] * 2, centre_columns=(1, 3)),
        Spacer(1, 4 * mm),
        Paragraph(escape(PURPOSE), s["indent"]),
        Spacer(1, 6 * mm),
        form(
            [["见证人", "", "见证日期", "    年    月    日"]],
            [28 * mm, 57 * mm, 28 * mm, 57 * mm],
            label_columns=(0, 2),
            heights=[13 * mm],
        ),
    ]
    marks = PageMarks(document_name="审计链检查点见证单", classification="机密")
    return build_pdf(flowables, marks)


def _count_rows(by_action: tuple[tuple[str, int], ...]) -> list[list[Any]]:
    """Two (action, count) pairs a row; past MOST_ACTIONS, one "other" line."""
    shown = list(by_action[:MOST_ACTIONS])
    rest = sum(n for _, n in by_action[MOST_ACTIONS:])
    if rest:
        shown.append(("其他操作", rest))
    if not shown:
        shown = [("（无）", 0)]
    cells = [[action, str(count)] for action, count in shown]
    if len(cells) % 2:
        cells.append(["", ""])
    return [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
