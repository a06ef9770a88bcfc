"""The audit extract (desktop.domain.audit_extract): what was selected, the chain's
head and last checkpoint when printed, and the records, oldest first."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop.domain.audit_extract import AuditExtract
from printing.check import ensure_printable
from printing.document import CONTENT_WIDTH, PageMarks, build_pdf
from printing.styles import styles
from printing.tables import escape, form, grid, para

PURPOSE = (
    "本摘录按所列条件摘自审计日志，供检查使用。核对时，应以 leadvault-admin audit verify "
    "核验整条审计链，并比对本摘录所列审计链头和最近检查点。带★的记录为检察长智能卡签署的检查点。"
)


def render_audit_extract(extract: AuditExtract) -> bytes:
    ensure_printable(extract)
    s = styles()
    chosen = "；".join(f"{what}：{value}" for what, value in extract.filters) or "全部记录"
    cut = (f"（共 {extract.matched} 条，本摘录列前 {len(extract.rows)} 条）"
           if extract.matched > len(extract.rows) else f"（共 {extract.matched} 条）")
    facts = form(
        [
            ["单位", extract.unit_name, "单位代码", extract.unit_code],
            ["保险库标识", para(extract.vault_id, "mono_cell"), "打印人",
             extract.printed_by],
            ["摘录条件", para(escape(chosen + cut)), "打印时间",
             f"{extract.printed_at:%Y-%m-%d %H:%M:%S}"],
            ["审计链头", para(f"{extract.head_seq}:{extract.head_hash}", "mono_cell"), "", ""],
            ["最近检查点", para(escape(extract.last_checkpoint or "尚未签署检查点")), "", ""],
        ],
        [26 * mm, 70 * mm, 26 * mm, 48 * mm],
        label_columns=(0, 2),
        spans=[((1, 3), (3, 3)), ((1, 4), (3, 4))],
    )
    rows = [
        [("★" if r.checkpoint else "") + str(r.seq), f"{r.time:%Y-%m-%d %H:%M:%S}", r.actor,
         r.action, r.subject, r.details]
        for r in extract.rows
    ] or [["", "", "", "（无符合条件的记录）", "", ""]]
    widths = [16 * mm, 30 * mm, 20 * mm, 30 * mm, 28 * mm]
    flowables = [
        Paragraph("审计日志摘录", s["title"]),
        Paragraph("举报线索保密工作站（LeadVault）", s["subtitle"]),
        facts,
        Spacer(1, 3 * mm),
        Paragraph(escape(PURPOSE), s["indent"]),
        Spacer(1, 3 * mm),
        grid(["序号", "时间", "操作人", "操作", "对象", "详情"], rows,
             [*widths, CONTENT_WIDTH - sum(widths)], centre_columns=(0,)),
    ]
    return build_pdf(flowables, PageMarks(document_name="审计日志摘录", classification="机密"))
