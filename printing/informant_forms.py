"""What the informant is given or sent: the rights and duties notice (Arts 8-9),
the reply record and letter (Art 55), and a plain envelope label (Art 56)."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop.domain.printables import EnvelopeLabel, ReplyLetter, ReplyRecord, RightsNotice
from printing import texts
from printing.check import ensure_printable
from printing.document import (
    MARGIN,
    PAGE_HEIGHT,
    TOP_MARGIN,
    PageMarks,
    build_pdf,
    new_canvas,
)
from printing.fonts import MONO, SANS
from printing.form import fit_text
from printing.styles import styles
from printing.tables import escape, form, para


def _day(value: date) -> str:
    return f"{value.year} 年 {value.month} 月 {value.day} 日"


def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_right", parent=style, alignment=TA_RIGHT)


# ------------------------------------------------------------------ rights notice


def render_rights_notice(notice: RightsNotice) -> bytes:
    ensure_printable(notice)
    s = styles()
    flowables: list[Flowable] = [
        Paragraph(escape(notice.unit_name), s["subtitle"]),
        Paragraph("举报人权利义务告知书", s["title"]),
        Spacer(1, 2 * mm),
        Paragraph(escape(texts.RIGHTS_INTRODUCTION), s["indent"]),
        Paragraph("一、举报人享有的权利", s["heading"]),
    ]
    numerals = "（一）（二）（三）（四）（五）（六）"
    for index, (title, text) in enumerate(texts.RIGHTS):
        flowables.append(
            Paragraph(escape(f"{numerals[index * 3 : index * 3 + 3]}{title}。{text}"), s["indent"])
        )
    flowables.append(Paragraph("二、举报人应当履行的义务", s["heading"]))
    for index, (title, text) in enumerate(texts.DUTIES):
        flowables.append(
            Paragraph(escape(f"{numerals[index * 3 : index * 3 + 3]}{title}。{text}"), s["indent"])
        )
    flowables += [
        Paragraph("三、保密承诺", s["heading"]),
        Paragraph(escape(texts.CONFIDENTIALITY_PROMISE), s["indent"]),
    ]
    if notice.false_accusation_notice:
        flowables += [
            Paragraph("四、诬告陷害的法律责任", s["heading"]),
            Paragraph(escape(texts.FALSE_ACCUSATION_NOTICE), s["indent"]),
            Paragraph(escape(texts.FALSE_ACCUSATION_ACKNOWLEDGEMENT), s["indent"]),
        ]
    flowables += [
        Spacer(1, 8 * mm),
        Paragraph(escape(notice.unit_name), _right(s["body"])),
        Paragraph(escape(_day(notice.issued_on)), _right(s["body"])),
        Spacer(1, 10 * mm),
        KeepTogether(
            form(
                [
                    ["举报人签收", "本告知书已收到，内容已知悉。", "签名", ""],
                    ["签收日期", "年　　月　　日", "", ""],
                ],
                [26 * mm, 80 * mm, 20 * mm, 44 * mm],
                label_columns=(0, 2),
                heights=[15 * mm, 12 * mm],
                spans=[((1, 1), (3, 1))],
            )
        ),
    ]
    marks = PageMarks(
        document_name="举报人权利义务告知书",
        classification=None if notice.classification is None else str(notice.classification),
        copy_number=None if notice.copy_number is None else str(notice.copy_number),
    )
    # A numbered copy carries its marks at the top left: the text starts below them.
    return build_pdf(flowables, marks,
                     top_margin=22 * mm if notice.copy_number is None else TOP_MARGIN)


# ------------------------------------------------------------------ replies


def render_reply_record(record: ReplyRecord) -> bytes:
    ensure_printable(record)
    s = styles()
    when = record.replied_at
    header = form(
        [
            [
                "答复时间",
                f"{_day(when.date())} {when.hour} 时 {when.minute:02d} 分",
                "线索编号",
                para(record.lead_number, "mono_cell"),
            ],
            ["答复地点", record.place, "记录人", record.recorder],
            ["答复人", "、".join(record.staff), "举报人", record.informant_name],
        ],
        [24 * mm, 72 * mm, 22 * mm, 52 * mm],
        label_columns=(0, 2),
    )
    body = form(
        [
            ["答复内容", para(record.content, "body")],
            ["举报人意见", para(record.informant_view, "body")],
        ],
        [24 * mm, 146 * mm],
        label_columns=(0,),
    )
    signatures = form(
        [
            ["举报人签名", "", "答复人签名", ""],
            ["日期", "年　　月　　日", "日期", "年　　月　　日"],
        ],
        [26 * mm, 59 * mm, 26 * mm, 59 * mm],
        label_columns=(0, 2),
        heights=[16 * mm, 11 * mm],
    )
    flowables: list[Flowable] = [
        Paragraph(escape(record.unit_name), s["subtitle"]),
        Paragraph("举报答复记录", s["title"]),
        header,
        Spacer(1, 4 * mm),
        body,
        Spacer(1, 3 * mm),
        Paragraph(escape("以上记录已向举报人宣读（或由举报人阅读），记录属实。"), s["indent"]),
        Spacer(1, 3 * mm),
        KeepTogether(signatures),
    ]
    marks = PageMarks(
        document_name="举报答复记录",
        classification=str(record.classification),
        copy_number=str(record.copy_number),
        reference=f"线索编号 {record.lead_number}",
    )
    return build_pdf(flowables, marks)


def render_reply_letter(letter: ReplyLetter) -> bytes:
    ensure_printable(letter)
    s = styles()
    body = ParagraphStyle("letter", parent=s["indent"], fontSize=14, leading=26, firstLineIndent=28)
    plain = ParagraphStyle("letter_plain", parent=body, firstLineIndent=0)
    flowables: list[Flowable] = [
        Paragraph(
            escape(letter.unit_name),
            ParagraphStyle("letter_unit", parent=s["title"], fontSize=22, leading=32),
        ),
        Paragraph("举报答复函", ParagraphStyle("letter_title", parent=s["title"], fontSize=18)),
    ]
    if letter.reference:
        flowables.append(Paragraph(escape(letter.reference), _right(s["body"])))
    flowables += [Spacer(1, 6 * mm), Paragraph(escape(f"{letter.addressee}："), plain)]
    flowables += [Paragraph(escape(text), body) for text in letter.paragraphs]
    flowables += [
        Spacer(1, 14 * mm),
        Paragraph(escape(letter.unit_name), _right(plain)),
        Paragraph(escape(_day(letter.dated)), _right(plain)),
        Spacer(1, 12 * mm),
        Paragraph(
            escape("本函仅送举报人本人。如对答复有异议，可来电、来信或来访反映。"), s["small"]
        ),
    ]
    marks = PageMarks(
        document_name="举报答复函",
        classification=None if letter.classification is None else str(letter.classification),
        copy_number=None if letter.copy_number is None else str(letter.copy_number),
    )
    return build_pdf(flowables, marks,
                     top_margin=25 * mm if letter.copy_number is None else TOP_MARGIN)


# ------------------------------------------------------------------ envelope


ENVELOPE_LABEL_WIDTH = 120 * mm
ENVELOPE_LABEL_HEIGHT = 75 * mm


def render_envelope_label(label: EnvelopeLabel) -> bytes:
    """One label at the top left of an A4 sheet, with cut lines; no sender unit."""
    ensure_printable(label)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "地址标签")
    x, top = MARGIN, PAGE_HEIGHT - MARGIN
    width, height = ENVELOPE_LABEL_WIDTH, ENVELOPE_LABEL_HEIGHT
    canvas.saveState()
    canvas.setDash(3, 3)
    canvas.setLineWidth(0.4)
    canvas.rect(x, top - height, width, height)
    canvas.restoreState()

    _postcode(canvas, label.recipient_postcode, x + 6 * mm, top - 14 * mm, 8 * mm)
    canvas.setFont(SANS, 13)
    address_width = width - 12 * mm
    lines = _wrap(label.recipient_address, 13, address_width)[:3]
    for index, line in enumerate(lines):
        canvas.drawString(x + 6 * mm, top - 25 * mm - index * 7 * mm, line)
    canvas.setFont(SANS, 18)
    name = fit_text(canvas, f"{label.recipient_name}　收", SANS, 18, address_width)
    canvas.drawCentredString(x + width / 2, top - 50 * mm, name)

    canvas.setFont(SANS, 9.5)
    sender = fit_text(canvas, f"寄：{label.return_address}", SANS, 9.5, width - 40 * mm)
    canvas.drawString(x + 6 * mm, top - height + 7 * mm, sender)
    canvas.setFont(MONO, 10)
    canvas.drawRightString(
        x + width - 6 * mm, top - height + 7 * mm, f"邮编 {label.return_postcode}"
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _postcode(canvas: Canvas, code: str, x: float, y: float, box: float) -> None:
    canvas.setLineWidth(0.8)
    canvas.setFont(MONO, 14)
    for index, digit in enumerate(code):
        left = x + index * (box + 1.5 * mm)
        canvas.rect(left, y - 1.5 * mm, box, box)
        canvas.drawCentredString(left + box / 2, y + 0.5 * mm, digit)


def _wrap(text: str, size: float, width: float) -> list[str]:
    """Break an address into lines by width, character by character (CJK)."""
    lines, current = [], ""
    for character in text:
        if stringWidth(current + character, SANS, size) > width:
            lines.append(current)
            current = character
        else:
            current += character
    if current:
        lines.append(current)
    return lines
