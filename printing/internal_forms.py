"""Internal prints that go to departments and investigators: the monthly
repeat-report notice and the investigation assignment sheet. Pseudonym codes
only, a copy number on each, and "不得出示" (Art 59(5))."""

from __future__ import annotations

from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop.domain.lead_labels import category_zh
from desktop.domain.printables import InvestigationAssignment, RepeatReportNotice
from printing import texts
from printing.check import ensure_printable
from printing.document import PageMarks, build_pdf
from printing.styles import styles
from printing.tables import escape, form, grid, para


def _day(value: date) -> str:
    return f"{value.year} 年 {value.month} 月 {value.day} 日"


def render_repeat_report_notice(notice: RepeatReportNotice) -> bytes:
    ensure_printable(notice)
    s = styles()
    code_style = ParagraphStyle("notice_code", parent=s["mono_cell"], fontSize=8,
                                leading=s["mono_cell"].leading * 8 / s["mono_cell"].fontSize)
    rows = [
        [
            row.lead_number,
            # On one line: a code split over two lines is easily copied wrong.
            Paragraph(escape(row.pseudonym_code), code_style),
            category_zh(row.category),  # the service passes codes; the form says 贪污贿赂
            row.department,
            str(row.reports_this_month),
            str(row.reports_total),
            row.latest_on.isoformat(),
            "有" if row.new_content else "无",
        ]
        for row in notice.rows
    ]
    new_content = sum(1 for row in notice.rows if row.new_content)
    flowables: list[Flowable] = [
        Paragraph(escape(notice.unit_name), s["subtitle"]),
        Paragraph(escape(f"重复举报情况通报（{notice.year} 年 {notice.month} 月）"), s["title"]),
        Paragraph(
            escape(
                f"本月共有 {len(rows)} 件线索被重复举报，其中 {new_content} 件有新内容，"
                "已更新案卡；无新内容的已累计举报次数。请各承办部门结合办理。"
            ),
            s["indent"],
        ),
        Spacer(1, 3 * mm),
        grid(
            (
                "线索编号",
                "举报人代号",
                "线索类别",
                "承办部门",
                "本月",
                "累计",
                "最近举报",
                "新内容",
            ),
            rows,
            # One line each for a service-made code (JB-XXXX-XXXX-XXXX) and the longest
            # category (侵犯公民权利); 170 mm = the text width.
            [25 * mm, 35 * mm, 26 * mm, 22 * mm, 12 * mm, 12 * mm, 23 * mm, 15 * mm],
            mono_columns=(0, 1),
            centre_columns=(4, 5, 6, 7),
        ),
        Spacer(1, 5 * mm),
        Paragraph("注意事项", s["heading"]),
        *[
            Paragraph(escape(f"{i}. {rule}"), s["small"])
            for i, rule in enumerate(texts.INTERNAL_RULES[:2], start=1)
        ],
        Spacer(1, 8 * mm),
        Paragraph(escape(f"{notice.unit_name}举报中心"), _right(s["body"])),
        Paragraph(escape(_day(notice.issued_on)), _right(s["body"])),
    ]
    marks = PageMarks(
        document_name="重复举报情况通报",
        classification=str(notice.classification),
        copy_number=str(notice.copy_number),
        not_to_be_shown=True,
    )
    return build_pdf(flowables, marks)


def render_investigation_assignment(sheet: InvestigationAssignment) -> bytes:
    ensure_printable(sheet)
    s = styles()
    related = "、".join(sheet.lead_numbers_related) or "无"
    details = form(
        [
            [
                "线索编号",
                para(sheet.lead_number, "mono_cell"),
                "举报人代号",
                para(sheet.pseudonym_code, "mono_cell"),
            ],
            [
                "线索类别",
                category_zh(sheet.category),
                "举报方式",
                "实名举报" if sheet.real_name_report else "匿名举报",
            ],
            ["受理日期", _day(sheet.received_on), "相关线索", para(related, "mono_cell")],
            ["承办部门", sheet.department, "承办人", sheet.assignee],
            ["办理事项", sheet.task, "办理期限", f"{_day(sheet.due_on)}前"],
            ["批准人", sheet.approved_by, "批准日期", _day(sheet.approved_on)],
        ],
        [24 * mm, 61 * mm, 24 * mm, 61 * mm],
        label_columns=(0, 2),
        heights=[12 * mm] * 6,
    )
    signatures = form(
        [
            ["交办人签名", "", "接收人签名", ""],
            ["交办日期", "年　　月　　日", "接收日期", "年　　月　　日"],
        ],
        [24 * mm, 61 * mm, 24 * mm, 61 * mm],
        label_columns=(0, 2),
        heights=[16 * mm, 11 * mm],
    )
    flowables: list[Flowable] = [
        Paragraph(escape(sheet.unit_name), s["subtitle"]),
        Paragraph("举报线索交办单", s["title"]),
        Spacer(1, 2 * mm),
        details,
        Spacer(1, 6 * mm),
        Paragraph("办理要求", s["heading"]),
        *[
            Paragraph(escape(f"{i}. {rule}"), s["body"])
            for i, rule in enumerate(texts.INTERNAL_RULES, start=1)
        ],
        Paragraph(
            escape(
                f"{len(texts.INTERNAL_RULES) + 1}. 请于办理期限届满前将办理结果书面反馈举报中心。"
            ),
            s["body"],
        ),
        Spacer(1, 8 * mm),
        KeepTogether(signatures),
    ]
    marks = PageMarks(
        document_name="举报线索交办单",
        classification=str(sheet.classification),
        copy_number=str(sheet.copy_number),
        not_to_be_shown=True,
        reference=f"线索编号 {sheet.lead_number}",
    )
    return build_pdf(flowables, marks)


def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_right", parent=style, alignment=TA_RIGHT)
