"""A user's enrolment record: one page with the roster entry, the card and its key
fingerprints, and lines for the signatures of the user and the chief procurator
(desktop.domain.enrolment_record)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop.domain.enrolment_record import EnrolmentRecord
from desktop.domain.roles import Role
from printing.check import ensure_printable
from printing.document import PageMarks, build_pdf
from printing.styles import styles
from printing.tables import escape, form, para

ROLES = {Role.CLERK: "专人", Role.CHIEF: "检察长", Role.DIRECTOR: "举报中心主任",
         Role.DEPUTY_CHIEF: "分管副检察长", Role.STAFF: "工作人员"}
PURPOSE = (
    "本表记录经检察长智能卡签名的用户名册中该用户的登记事项。智能卡丢失或损坏时，"
    "应立即报告检察长更换智能卡；用户离岗时，应由检察长移除该用户。"
    "移除用户或更换智能卡后系统将更新保险库密钥，但此前已制作的备份和授权包不受影响。"
)


def render_enrolment_record(record: EnrolmentRecord) -> bytes:
    ensure_printable(record)
    s = styles()
    widths = [30 * mm, 60 * mm, 26 * mm, 54 * mm]
    facts = form(
        [
            ["单位", record.unit_name, "单位代码", record.unit_code],
            ["保险库标识", para(record.vault_id, "mono_cell"), "名册版本",
             f"第 {record.roster_version} 版"],
            ["姓名", record.name, "角色", ROLES.get(record.role, record.role.value)],
            ["状态", "在用" if record.active else "已移除", "登记时间",
             f"{record.enrolled_at:%Y-%m-%d %H:%M}"],
            ["智能卡序列号", record.card_serial, "打印时间",
             f"{record.printed_at:%Y-%m-%d %H:%M}"],
        ],
        widths,
        label_columns=(0, 2),
    )
    keys = form(
        [
            ["签名密钥指纹", para(record.signature_key, "mono_cell")],
            ["解密密钥指纹", para(record.decryption_key, "mono_cell")],
            ["名册摘要", para(record.roster_hash, "mono_cell")],
        ],
        [30 * mm, 140 * mm],
        label_columns=(0,),
    )
    flowables = [
        Paragraph("用户登记表", s["title"]),
        Paragraph("举报线索保密工作站（LeadVault）", s["subtitle"]),
        facts,
        Spacer(1, 4 * mm),
        keys,
        Spacer(1, 4 * mm),
        Paragraph(escape(PURPOSE), s["indent"]),
        Spacer(1, 8 * mm),
        form(
            [["用户签名", "", "检察长签名", ""], ["日期", "    年    月    日", "日期",
                                                 "    年    月    日"]],
            [28 * mm, 57 * mm, 28 * mm, 57 * mm],
            label_columns=(0, 2),
            heights=[13 * mm, 10 * mm],
        ),
    ]
    return build_pdf(flowables, PageMarks(document_name="用户登记表", classification="机密"))
