"""The leads register layout: landscape A4, the font embedded as a subset, every lead
on it with its words in Chinese, marked with classification and copy number; nothing
in its input could carry an identity or report text."""

from __future__ import annotations

import dataclasses

from bench import sample_printables as samples
from desktop.domain.lead_printables import LeadsRegister, LeadsRegisterRow
from printing.leads_register import render_leads_register
from tests.printing.pdf_checks import compact, fonts_of, page_count, text_of


def test_the_leads_register_lists_every_lead_in_chinese() -> None:
    register = samples.leads_register(rows=40)
    pdf = render_leads_register(register)
    text = compact(text_of(pdf))
    assert page_count(pdf) >= 2
    assert "举报线索登记簿" in text and "2026-03-01至2026-03-31" in text
    assert all(row.number in text for row in register.rows)
    assert "网络（12309）" in text and "已作废" in text and "侵犯公民权利" in text
    assert "voided" not in text and "letter" not in text  # codes are named, not printed
    assert "000021" in text and "机密★20年" in text and "共40条线索" in text
    assert all(font.embedded and font.subset for font in fonts_of(pdf))


def test_the_register_input_has_no_field_for_identity_or_text() -> None:
    names = {f.name for cls in (LeadsRegister, LeadsRegisterRow)
             for f in dataclasses.fields(cls)}
    assert not names & {"informant", "informant_name", "id_number", "phone", "address",
                        "original_text", "text", "name"}
