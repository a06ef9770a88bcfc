"""A user's enrolment record: one page with the roster entry, the card and its key
fingerprints; a name the font cannot print is refused, not printed as boxes."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from desktop.domain.enrolment_record import EnrolmentRecord
from desktop.domain.printables import UnprintableCharacters
from desktop.domain.roles import Role
from printing.enrolment_record import render_enrolment_record


def _record(name: str = "李明") -> EnrolmentRecord:
    return EnrolmentRecord(
        unit_name="某某市人民检察院", unit_code="110000",
        vault_id="6f1c2d3e-0000-4000-8000-000000000001", name=name, role=Role.CLERK,
        active=True, card_serial="FF010001",
        signature_key="0a1b 2c3d 4e5f 6071 8293 a4b5 c6d7 e8f9",
        decryption_key="1111 2222 3333 4444 5555 6666 7777 8888", roster_version=3,
        roster_hash="ab" * 32, enrolled_at=datetime(2026, 3, 2, 9, 30),
        printed_at=datetime(2026, 12, 4, 10, 0))


def test_one_page_with_the_entry_and_the_fingerprints() -> None:
    reader = PdfReader(io.BytesIO(render_enrolment_record(_record())))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text().replace("\n", "")
    for expected in ("用户登记表", "李明", "专人", "FF010001", "第 3 版", "0a1b 2c3d",
                     "1111 2222", "2026-03-02 09:30", "在用"):
        assert expected in text, expected


def test_a_name_the_font_lacks_is_refused() -> None:
    with pytest.raises(UnprintableCharacters):
        render_enrolment_record(_record("\U0001f600"))
