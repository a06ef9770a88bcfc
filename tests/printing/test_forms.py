"""Every layout rendered and read back: content, marks, fonts, and no identity
where none may be."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from bench import sample_printables as samples
from desktop.domain.printables import (
    BadField,
    CoverSheet,
    EnvelopeLabel,
    InvestigationAssignment,
    RecoverySheet,
    RepeatReportNotice,
    RepeatReportRow,
    RevealingReturnAddress,
    RightsNotice,
    TranscriptEntry,
    UnprintableCharacters,
)
from printing.cover_sheet import render_cover_sheet
from printing.informant_forms import (
    render_envelope_label,
    render_reply_letter,
    render_reply_record,
    render_rights_notice,
)
from printing.internal_forms import render_investigation_assignment, render_repeat_report_notice
from printing.labels import render_bag_labels, render_seal_labels
from printing.recovery_sheet import render_recovery_sheet
from printing.register import render_bag_register
from printing.visit_forms import render_items_received, render_visit_transcript
from tests.printing.pdf_checks import compact, fonts_of, page_count, text_of

ALL_LAYOUTS: dict[str, Callable[[], bytes]] = {
    "cover_sheet": lambda: render_cover_sheet(samples.cover_sheet()),
    "seal_labels": lambda: render_seal_labels(samples.seal_labels()),
    "bag_labels": lambda: render_bag_labels(samples.bag_labels()),
    "bag_register": lambda: render_bag_register(samples.bag_register()),
    "recovery_sheet": lambda: render_recovery_sheet(samples.recovery_sheet()),
    "visit_transcript": lambda: render_visit_transcript(samples.visit_transcript()),
    "items_received": lambda: render_items_received(samples.items_received()),
    "rights_notice": lambda: render_rights_notice(samples.rights_notice()),
    "reply_record": lambda: render_reply_record(samples.reply_record()),
    "reply_letter": lambda: render_reply_letter(samples.reply_letter()),
    "envelope_label": lambda: render_envelope_label(samples.envelope_label()),
    "repeat_report_notice": lambda: render_repeat_report_notice(samples.repeat_report_notice()),
    "investigation_assignment": lambda: render_investigation_assignment(
        samples.investigation_assignment()
    ),
}
# Layouts that leave the secure room or go to departments: no identity, no content.
IDENTITY_FREE = [
    "cover_sheet",
    "seal_labels",
    "bag_labels",
    "bag_register",
    "recovery_sheet",
    "rights_notice",
    "repeat_report_notice",
    "investigation_assignment",
]
IDENTITY_FREE_INPUTS = [
    CoverSheet,
    RecoverySheet,
    RightsNotice,
    RepeatReportNotice,
    RepeatReportRow,
    InvestigationAssignment,
]
# The fictional informant of the identity-bearing samples, and what he reported.
SAMPLE_IDENTITY = [
    samples.INFORMANT,
    "11010519491231002X",
    "13900000000",
    "某区某路18号",
    "某建筑工程有限公司",
    "老旧小区改造项目招标",
]
CANARIES = ["欧阳金丝雀", "金丝雀举报称某局长收受巨额贿赂", "司马被举报"]


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return {name: render() for name, render in ALL_LAYOUTS.items()}


@pytest.mark.parametrize("name", list(ALL_LAYOUTS))
def test_every_layout_is_a4_with_the_font_embedded_as_a_subset(
    name: str, rendered: dict[str, bytes]
) -> None:
    pdf = rendered[name]
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        size = sorted(round(float(v) / 72 * 25.4) for v in page.mediabox[2:])
        assert size == [210, 297]
    fonts = fonts_of(pdf)
    assert fonts
    assert all(f.embedded and f.subset and "WenQuanYi" in f.base_font for f in fonts), fonts
    text = text_of(pdf)
    assert "\ufffd" not in text  # every glyph maps back to a character (no tofu)


@pytest.mark.parametrize("name", IDENTITY_FREE)
def test_identity_free_layouts_carry_no_identity(name: str, rendered: dict[str, bytes]) -> None:
    text = compact(text_of(rendered[name]))
    for secret in SAMPLE_IDENTITY + CANARIES:
        assert secret not in text


@pytest.mark.parametrize("cls", IDENTITY_FREE_INPUTS)
def test_identity_free_inputs_have_no_field_for_identity_or_content(cls: type) -> None:
    forbidden = ("informant", "reported", "person_name", "phone", "address", "id_number", "text")
    for field in dataclasses.fields(cls):
        assert not any(word in field.name for word in forbidden) or field.name == "qr_text", (
            cls,
            field.name,
        )
        assert field.name not in ("content", "summary", "statement", "entries"), (cls, field.name)


@pytest.mark.parametrize("canary", CANARIES)
def test_a_name_cannot_be_slipped_in_where_a_code_belongs(canary: str) -> None:
    row = samples.repeat_report_notice().rows[0]
    with pytest.raises(BadField) as raised:
        dataclasses.replace(row, pseudonym_code=canary)
    assert raised.value.field == "pseudonym_code"
    # The refused text is what must never leak into a log or a traceback.
    assert canary not in str(raised.value) and canary not in repr(raised.value)
    with pytest.raises(BadField):
        dataclasses.replace(row, lead_number=canary)
    with pytest.raises(BadField):
        dataclasses.replace(samples.investigation_assignment(), pseudonym_code=canary)
    with pytest.raises(BadField):
        dataclasses.replace(samples.investigation_assignment(), lead_numbers_related=(canary,))


# ------------------------------------------------------------------ recovery sheet


def test_recovery_sheet_shows_the_code_in_groups_and_how_to_keep_it(
    rendered: dict[str, bytes],
) -> None:
    text = compact(text_of(rendered["recovery_sheet"]))
    for group in samples.RECOVERY_CODE.split("-"):
        assert group in text
    assert "".join(samples.RECOVERY_CODE.split("-")) in text  # in order
    assert "南京市人民检察院" in text and "320100" in text
    assert "2026年1月4日" in text
    assert "装入机要袋封存" in text
    assert "警告" in text
    assert page_count(rendered["recovery_sheet"]) == 1


def test_recovery_sheet_accepts_all_digit_groups() -> None:
    sheet = dataclasses.replace(samples.recovery_sheet(), recovery_code="2345-ABCD-67X")
    assert sheet.groups == ("2345", "ABCD", "67X")


def test_recovery_sheet_refuses_a_malformed_code() -> None:
    with pytest.raises(BadField) as raised:
        dataclasses.replace(samples.recovery_sheet(), recovery_code="lower-case")
    assert "lower" not in str(raised.value)  # a code is never echoed in an error


def test_recovery_code_stays_out_of_the_sheets_repr() -> None:
    sheet = samples.recovery_sheet()
    assert sheet.recovery_code not in repr(sheet)
    assert sheet.groups[0] not in repr(sheet)


# ------------------------------------------------------------------ visits


def test_transcript_has_notice_read_back_and_signature_boxes(rendered: dict[str, bytes]) -> None:
    pdf = rendered["visit_transcript"]
    text = compact(text_of(pdf))
    assert "举报笔录" in text
    assert "第一百一十一条" in text
    assert (
        "错告的" in text and "和诬告严格加以区别" in text
    )  # honest mistakes are not false accusations
    assert "以上笔录已向我宣读" in text
    assert "捺印" in text
    assert text.count("举报人签名（捺印）") == page_count(pdf)  # signed on every page
    for entry in samples.visit_transcript().entries:
        assert compact(entry.text) in text
    assert samples.INFORMANT in text
    assert "王丽" in text and "赵强" in text
    assert "已告知举报人并征得其同意" in text


def test_a_long_transcript_runs_over_pages_with_page_counts() -> None:
    base = samples.visit_transcript()
    entries = tuple(
        TranscriptEntry("问" if i % 2 == 0 else "答", f"第{i}段陈述。" + "情况说明" * 30)
        for i in range(60)
    )
    pdf = render_visit_transcript(dataclasses.replace(base, entries=entries))
    pages = page_count(pdf)
    assert pages >= 4
    text = compact(text_of(pdf))
    assert f"第{pages}页共{pages}页" in text
    assert "第59段陈述" in text
    assert text.count("举报人签名（捺印）") == pages


def test_a_visit_needs_two_receiving_staff() -> None:
    with pytest.raises(BadField) as raised:
        dataclasses.replace(samples.visit_transcript(), receiving_staff=("王丽",))
    assert raised.value.field == "receiving_staff"


def test_items_received_lists_items_and_totals(rendered: dict[str, bytes]) -> None:
    text = compact(text_of(rendered["items_received"]))
    for item in samples.items_received().items:
        assert compact(item.name) in text
    assert "以上材料共5件、41页" in text
    assert "提交人（举报人）签名" in text
    assert "捺印" in text


# ------------------------------------------------------------------ informant


def test_rights_notice_lists_rights_and_duties(rendered: dict[str, bytes]) -> None:
    text = compact(text_of(rendered["rights_notice"]))
    for word in (
        "申请回避",
        "查询结果",
        "申请复议",
        "请求保护",
        "获得奖励",
        "如实举报",
        "不得诬告陷害",
        "第八条、第九条",
    ):
        assert word in text


def test_reply_record_and_letter(rendered: dict[str, bytes]) -> None:
    record = compact(text_of(rendered["reply_record"]))
    sample = samples.reply_record()
    assert compact(sample.content) in record
    assert compact(sample.informant_view) in record
    assert "举报答复记录" in record and "答复地点" in record
    letter = compact(text_of(rendered["reply_letter"]))
    assert f"{samples.INFORMANT}同志：" in letter
    for paragraph in samples.reply_letter().paragraphs:
        assert compact(paragraph) in letter


def test_envelope_label_does_not_name_the_procuratorate(rendered: dict[str, bytes]) -> None:
    text = compact(text_of(rendered["envelope_label"]))
    assert samples.INFORMANT in text
    assert "210000" in text
    for word in ("检察", "举报", samples.UNIT):
        assert word not in text


@pytest.mark.parametrize(
    "address",
    [
        "南京市人民检察院",
        "某某市检察院举报中心",
        "Procuratorate box",
        "南京市人民检　察院",  # an ideographic space between the characters
        "南京市检 察 院",
        "ＰＲＯＣＵＲＡＴＯＲＡＴＥ",  # full-width letters
        "某区控告申诉检察部",
        "某市纪委监委信访室",
        "Nanjing People's Procuratorate",
    ],
)
def test_a_revealing_return_address_is_refused(address: str) -> None:
    with pytest.raises(RevealingReturnAddress):
        EnvelopeLabel("陈晓明", "某路 1 号", "210000", address, "210005")


# ------------------------------------------------------------------ internal


def test_repeat_report_notice_is_marked_and_uses_codes(rendered: dict[str, bytes]) -> None:
    text = compact(text_of(rendered["repeat_report_notice"]))
    assert "不得出示" in text
    assert "000005" in text and "机密★10年" in text
    assert "2026年3月" in text
    for row in samples.repeat_report_notice().rows:
        assert row.pseudonym_code in text
        assert row.lead_number in text


def test_internal_forms_name_categories_in_chinese_not_by_code() -> None:
    from desktop.domain.lead_labels import CATEGORY_ZH
    from desktop.domain.leads import CrimeCategory
    from desktop.leads.pseudonym import new_pseudonym_code

    sample = samples.repeat_report_notice()
    codes = [c.value for c in CrimeCategory]
    notice = dataclasses.replace(sample, rows=tuple(
        dataclasses.replace(row, category=codes[i % len(codes)],
                            pseudonym_code=new_pseudonym_code())
        for i, row in enumerate(sample.rows)
    ))
    lines = text_of(render_repeat_report_notice(notice))
    text = compact(lines)
    for category in CrimeCategory:
        assert CATEGORY_ZH[category] in text
    assert not any(code in text for code in codes)
    # Service-made codes (JB-XXXX-XXXX-XXXX) and the longest name each stay on one line.
    for row in notice.rows:
        assert row.pseudonym_code in lines
    assert "侵犯公民权利" in lines
    sheet = dataclasses.replace(samples.investigation_assignment(),
                                category=CrimeCategory.DERELICTION.value)
    text = compact(text_of(render_investigation_assignment(sheet)))
    assert "线索类别渎职" in text and "dereliction" not in text
    # A category already written in words (a legacy register) prints as it is.
    assert "受贿" in compact(text_of(render_repeat_report_notice(sample)))


def test_assignment_sheet_is_marked_and_forbids_handwriting_examination(
    rendered: dict[str, bytes],
) -> None:
    text = compact(text_of(rendered["investigation_assignment"]))
    assert "不得出示" in text
    assert "000002" in text
    assert "JB-2026-03A1" in text
    assert "匿名举报材料未经检察长批准，不得进行笔迹鉴定" in text
    assert "2026年4月30日前" in text


def test_assignment_due_date_cannot_precede_approval() -> None:
    with pytest.raises(BadField):
        dataclasses.replace(samples.investigation_assignment(), due_on=date(2026, 3, 1))


def test_rendering_is_deterministic(rendered: dict[str, bytes]) -> None:
    assert render_visit_transcript(samples.visit_transcript()) == rendered["visit_transcript"]
    _ = datetime  # dates in the samples are fixed, so the bytes are too


# ------------------------------------------------------------------ bad input


def test_markup_in_user_text_prints_literally() -> None:
    record = dataclasses.replace(
        samples.reply_record(), content="见<b>附件</b> & 说明 <para>", informant_view="无异议"
    )
    text = compact(text_of(render_reply_record(record)))
    assert "见<b>附件</b>&说明<para>" in text


@pytest.mark.parametrize(
    ("field", "value", "bad"),
    [
        ("informant_name", "陈𠀀明", ("𠀀",)),  # outside the font's coverage
        ("place", "接待室\x07", ("\x07",)),  # a control character
        ("informant_address", "某路 1 号 😀", ("😀",)),
    ],
)
def test_characters_the_font_cannot_draw_are_refused(
    field: str, value: str, bad: tuple[str, ...]
) -> None:
    transcript = dataclasses.replace(samples.visit_transcript(), **{field: value})
    with pytest.raises(UnprintableCharacters) as raised:
        render_visit_transcript(transcript)
    assert raised.value.field == f"VisitTranscript.{field}"
    assert raised.value.characters == bad


def test_unprintable_text_in_nested_entries_is_found() -> None:
    transcript = samples.visit_transcript()
    entries = (*transcript.entries, TranscriptEntry("答", "补充\x00"))
    with pytest.raises(UnprintableCharacters) as raised:
        render_visit_transcript(dataclasses.replace(transcript, entries=entries))
    assert raised.value.field == f"VisitTranscript.entries[{len(entries) - 1}].text"


def test_rare_but_covered_name_characters_print() -> None:
    transcript = dataclasses.replace(samples.visit_transcript(), informant_name="王喆堃")
    assert "王喆堃" in compact(text_of(render_visit_transcript(transcript)))


def test_unprintable_text_in_a_named_tuple_record_is_named_by_its_field() -> None:
    """Stored records (e.g. ReportedPerson) are NamedTuples: a bad character in one is
    still reported by field name, not by position."""
    from desktop.domain.leads import ReportedPerson
    from printing.check import ensure_printable

    with pytest.raises(UnprintableCharacters) as raised:
        ensure_printable(ReportedPerson("张三", "某局\x07"))
    assert raised.value.field == "ReportedPerson.unit"
    assert raised.value.characters == ("\x07",)
