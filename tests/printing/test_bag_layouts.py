"""Seal strips, bag labels and the bag register, read back from the PDFs."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from bench import sample_printables as samples
from desktop.domain.bags import BagState
from desktop.domain.printables import BagLabel, BagRegisterRow, SealLabels
from desktop.domain.qr_tag import is_authentic, parse_payload
from printing.labels import render_bag_labels, render_seal_labels
from printing.register import STATE_NAMES, render_bag_register
from tests.printing.pdf_checks import compact, decode_barcodes, fonts_of, page_count, text_of

IDENTITY_WORDS = ("informant", "person", "phone", "address", "content", "report", "id_number")


def test_seal_labels_carry_number_and_decodable_barcodes(tmp_path: Path) -> None:
    sheet = samples.seal_labels()
    pdf = render_seal_labels(sheet)
    text = compact(text_of(pdf))
    assert text.count(str(samples.NUMBER)) >= sheet.count  # every strip, plus the heading
    assert text.count("机要封条") == sheet.count + 1  # (strips draw 机要 over 封条)
    assert "第5条共5条" in text
    assert "2026年3月2日封" in text
    for slot in range(sheet.count):
        strip = (20, 20 + slot * 50, 170, 44)  # each strip on its own: mm from the top left
        decoded = decode_barcodes(pdf, tmp_path, region_mm=strip)
        assert decoded == [("CODE-128", str(samples.NUMBER))], slot


def test_many_seal_strips_run_onto_more_pages() -> None:
    sheet = dataclasses.replace(samples.seal_labels(), count=12)
    pdf = render_seal_labels(sheet)
    assert page_count(pdf) == 3
    assert "第12条共12条" in compact(text_of(pdf))


def test_bag_labels_eight_to_a_page_and_every_code_decodes(tmp_path: Path) -> None:
    sheet = samples.bag_labels(8)
    pdf = render_bag_labels(sheet)
    assert page_count(pdf) == 1
    text = compact(text_of(pdf))
    assert text.count("检察长亲启") == 8
    decoded = decode_barcodes(pdf, tmp_path)
    numbers = {label.number for label in sheet.labels}
    assert {text for kind, text in decoded if kind == "CODE-128"} == {str(n) for n in numbers}
    payloads = [parse_payload(text) for kind, text in decoded if kind == "QR-Code"]
    assert {p.number for p in payloads} == numbers
    assert all(is_authentic(samples.TAG_KEY, p) for p in payloads)
    assert not any(is_authentic(b"another vault key!", p) for p in payloads)


def test_a_hundred_labels_take_thirteen_pages() -> None:
    pdf = render_bag_labels(samples.bag_labels(100))
    assert page_count(pdf) == 13
    assert all(f.embedded and f.subset for f in fonts_of(pdf))


def test_register_lists_every_number_with_its_state_and_paginates() -> None:
    register = samples.bag_register(120)
    pdf = render_bag_register(register)
    assert page_count(pdf) >= 4
    text = compact(text_of(pdf))
    for row in register.rows:
        assert str(row.number) in text
    for state in BagState:
        assert STATE_NAMES[state] in text
    assert "共120个编号" in text
    assert f"第1页共{page_count(pdf)}页" in text
    assert "000012" in text and "机密★10年" in text
    # the header row repeats on every page
    assert text.count("机要编号") >= page_count(pdf)


def test_voided_numbers_stay_in_the_register() -> None:
    register = samples.bag_register(14)
    voided = [r for r in register.rows if r.state is BagState.VOID]
    assert voided
    text = compact(text_of(render_bag_register(register)))
    for row in voided:
        assert str(row.number) in text
    assert "已作废2" in text


@pytest.mark.parametrize("cls", [SealLabels, BagLabel, BagRegisterRow])
def test_bag_layout_inputs_have_no_field_for_identity_or_content(cls: type) -> None:
    for field in dataclasses.fields(cls):
        assert not any(word in field.name for word in IDENTITY_WORDS), field.name


def test_sample_dates_are_plain_dates() -> None:
    assert samples.seal_labels().sealed_on == date(2026, 3, 2)
