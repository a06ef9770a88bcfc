"""The bag cover sheet, read back from the PDF: text, font, barcodes, QR tag."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.domain.audit import AuditHead
from desktop.domain.bags import Bag, BagState, new_bag
from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.printables import (
    BadField,
    BagNotSealed,
    ClassificationLevel,
    ClassificationMark,
    CopyNumber,
    CoverSheet,
    cover_sheet_for,
)
from desktop.domain.qr_tag import build_payload, is_authentic, parse_payload
from printing.cover_sheet import render_cover_sheet
from tests.printing.pdf_checks import compact, decode_barcodes, fonts_of, page_count, text_of

KEY = bytes(range(32))
OTHER_KEY = b"\xff" * 32
NUMBER = ConfidentialNumber("320100", 2026, 42)
COPY = CopyNumber(3)
HEAD = AuditHead(1287, "3f9a0c77b1e24d5a8c6e0f1b2a3d4c5e6f708192a3b4c5d6e7f8091a2b3c4d5e")
MARK = ClassificationMark(ClassificationLevel.CONFIDENTIAL, 10)
AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)

# What must never reach a cover sheet. The leads register holds these for the
# two leads in the bag; the cover sheet is made from the bag alone.
CANARY_INFORMANT = "欧阳金丝雀"
CANARY_REPORT_TEXT = "金丝雀举报称某局长收受巨额贿赂"
CANARY_REPORTED = "司马被举报"
LEADS_IN_REGISTER = {
    "2026-00012": {"informant": CANARY_INFORMANT, "content": CANARY_REPORT_TEXT},
    "2026-00017": {"reported_person": CANARY_REPORTED},
}


def sealed_bag() -> Bag:
    bag, _ = new_bag(NUMBER, sender="南京市人民检察院举报中心", by="clerk", at=AT)
    for lead_number in LEADS_IN_REGISTER:
        bag, _ = bag.add_lead(lead_number, by="clerk", at=AT)
    bag, _ = bag.add_material(3, 41, by="clerk", at=AT)
    bag, _ = bag.seal(by="clerk", at=AT)
    return bag


def sheet(key: bytes = KEY) -> CoverSheet:
    return cover_sheet_for(
        sealed_bag(),
        copy_number=COPY,
        classification=MARK,
        qr_text=build_payload(key, NUMBER, COPY).encode(),
        audit_head=HEAD,
    )


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_cover_sheet(sheet())


def test_one_a4_page(pdf: bytes) -> None:
    assert pdf.startswith(b"%PDF-")
    assert page_count(pdf) == 1


def test_carries_the_routing_facts(pdf: bytes) -> None:
    text = compact(text_of(pdf))
    assert str(NUMBER) in text
    assert "机密★10年" in text
    assert "000003" in text  # the copy number
    assert "检察长亲启" in text
    assert "南京市人民检察院举报中心" in text
    assert "2026年3月2日" in text
    assert "线索2件" in text
    assert "材料3件" in text
    assert "共41页" in text
    assert "3f9a0c77b1e24d5a#1287" in text  # the short audit head
    for box in ("封装人签名", "接收人签名", "启封记录"):
        assert box in text


def test_copy_number_is_above_the_classification_mark(pdf: bytes) -> None:
    lines = [line.replace(" ", "") for line in text_of(pdf).splitlines()]
    assert lines.index("000003") < lines.index("机密★10年")


def test_no_identity_content_or_reported_name(pdf: bytes) -> None:
    text = compact(text_of(pdf))
    for canary in (CANARY_INFORMANT, CANARY_REPORT_TEXT, CANARY_REPORTED):
        assert canary not in text
    for lead_number in LEADS_IN_REGISTER:
        assert lead_number not in text  # not even which leads are inside


def test_cover_sheet_input_has_no_field_for_identity_or_content() -> None:
    fields = set(CoverSheet.__dataclass_fields__)
    assert fields == {
        "number",
        "copy_number",
        "classification",
        "qr_text",
        "sender",
        "recipient",
        "sealed_on",
        "lead_count",
        "items",
        "pages",
        "audit_head",
        "personal",
    }


def test_the_font_is_embedded_as_a_subset(pdf: bytes) -> None:
    fonts = fonts_of(pdf)
    assert fonts
    assert all(f.embedded and f.subset for f in fonts), fonts
    assert any("WenQuanYiMicroHei" in f.base_font for f in fonts)


def test_barcodes_decode_and_the_tag_verifies(pdf: bytes, tmp_path: Path) -> None:
    decoded = decode_barcodes(pdf, tmp_path)
    assert ("CODE-128", str(NUMBER)) in decoded
    qr = [text for symbology, text in decoded if symbology == "QR-Code"]
    assert len(qr) == 1
    payload = parse_payload(qr[0])
    assert payload.number == NUMBER
    assert payload.copy_number == COPY
    assert is_authentic(KEY, payload)
    assert not is_authentic(OTHER_KEY, payload)


def test_a_label_made_with_another_key_is_detected(tmp_path: Path) -> None:
    forged = render_cover_sheet(sheet(key=OTHER_KEY))
    qr = [text for symbology, text in decode_barcodes(forged, tmp_path) if symbology == "QR-Code"]
    assert not is_authentic(KEY, parse_payload(qr[0]))


def test_the_same_data_gives_the_same_bytes(pdf: bytes) -> None:
    assert render_cover_sheet(sheet()) == pdf


def test_only_sealed_bags_get_a_cover_sheet() -> None:
    draft, _ = new_bag(NUMBER, sender="举报中心", by="clerk", at=AT)
    with pytest.raises(BagNotSealed) as raised:
        cover_sheet_for(
            draft,
            copy_number=COPY,
            classification=MARK,
            qr_text=build_payload(KEY, NUMBER, COPY).encode(),
            audit_head=HEAD,
        )
    assert raised.value.state is BagState.DRAFT


def test_qr_text_must_belong_to_this_number_and_copy() -> None:
    with pytest.raises(BadField) as raised:
        cover_sheet_for(
            sealed_bag(),
            copy_number=CopyNumber(4),
            classification=MARK,
            qr_text=build_payload(KEY, NUMBER, COPY).encode(),
            audit_head=HEAD,
        )
    assert raised.value.field == "qr_text"


def test_a_long_sender_is_shortened_not_overflowing() -> None:
    long = sheet()
    from dataclasses import replace

    pdf = render_cover_sheet(replace(long, sender="某某省某某市某某区人民检察院举报中心" * 4))
    assert "…" in text_of(pdf)
