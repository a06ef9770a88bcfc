"""The decision sheet (审批表): the request, the chief procurator's signed decision,
the signature's fingerprint and a QR of the decision (desktop.domain.decision_sheet)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.domain.decision_sheet import DecisionSheet
from printing.barcodes import QrFlowable
from printing.check import ensure_printable
from printing.document import CONTENT_WIDTH, PageMarks, build_pdf
from printing.styles import styles
from printing.tables import escape, form, para
from printing.witness_sheet import QR_SIZE

KINDS = {
    "view-lead": "查阅线索", "see-identity": "查看举报人身份",
    "export-informant-document": "导出载有举报人信息的文书", "handwriting-examination": "笔迹鉴定",
    "clarification": "澄清", "reward": "奖励", "change-setting": "更改设置",
    "enroll-user": "登记用户", "remove-user": "删除用户",
}
SCOPES = {"case-card": "线索卡", "report-texts": "举报内容", "attachments": "附件",
          "identity": "举报人身份"}


def _scope(values: tuple[str, ...]) -> str:
    return "、".join(SCOPES.get(v, v) for v in values) or "—"


def render_decision_sheet(sheet: DecisionSheet) -> bytes:
    ensure_printable(sheet)
    s = styles()
    t = "%Y-%m-%d %H:%M"
    requester = sheet.requester + (f"（代{sheet.on_behalf}）" if sheet.on_behalf else "")
    request = form(
        [
            ["单位", sheet.unit_name, "单位代码", sheet.unit_code],
            ["申请编号", str(sheet.request_id), "申请事项", KINDS.get(sheet.kind, sheet.kind)],
            ["申请人", requester, "申请时间", f"{sheet.filed_at:{t}}"],
            ["涉及线索", "、".join(sheet.subjects), "申请期限", f"{sheet.hours_asked} 小时"],
        ],
        [24 * mm, 72 * mm, 24 * mm, 50 * mm],
        label_columns=(0, 2),
    )
    asked = form(
        [["申请范围", _scope(sheet.scope_asked)], ["事由", para(sheet.reason)]],
        [24 * mm, CONTENT_WIDTH - 24 * mm],
        label_columns=(0,),
    )
    verdict = "批准" if sheet.approve else "不予批准"
    decision_width = CONTENT_WIDTH - QR_SIZE - 4 * mm
    decision = form(
        [
            ["审批意见", verdict],
            ["批准范围", _scope(sheet.scope_granted) if sheet.approve else "—"],
            ["有效期至", f"{sheet.expires_at:{t}}" if sheet.expires_at else "—"],
            ["审批时间", f"{sheet.decided_at:{t}}"],
            ["签署人", f"{sheet.signer_name}（智能卡 {sheet.signer_card}）"],
            ["签名指纹", para(sheet.signature_fingerprint, "mono_cell")],
            ["审批标识", para(sheet.decision_id, "mono_cell")],
        ],
        [26 * mm, decision_width - 26 * mm],
        label_columns=(0,),
    )
    beside = Table([[decision, QrFlowable(sheet.qr_payload, QR_SIZE)]],
                   colWidths=[decision_width + 4 * mm, QR_SIZE])
    beside.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    flowables = [
        Paragraph("检察长审批表", s["title"]),
        Paragraph("举报线索保密工作站（LeadVault）", s["subtitle"]),
        request,
        asked,
        Spacer(1, 5 * mm),
        beside,
        Spacer(1, 5 * mm),
        Paragraph(escape(
            "本审批由检察长本人智能卡在输入 PIN 后签署，系统在每次据此办理时重新核验签名、"
            "范围和有效期。审批标识和二维码可与审计链核对。"), s["indent"]),
    ]
    marks = PageMarks(document_name="检察长审批表", classification="机密")
    return build_pdf(flowables, marks)
