"""Bag labels, seal strips and the bag register printed through the workflows
with the real renderers, read back with pypdf and zbarimg: every copy audited,
label QR tags verify under the vault's key, nothing of a lead on the paper."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.bags.tag_key import qr_tag_key
from desktop.domain.bags import BagState
from desktop.domain.printables import BadField, BagNotSealed
from desktop.domain.qr_tag import parse_payload, verify_payload
from printing.labels import render_bag_labels, render_seal_labels
from printing.register import render_bag_register
from tests.printing.pdf_checks import compact, decode_barcodes, text_of
from tests.unit.test_bag_workflows import LEADS, World
from tests.unit.test_bag_workflows import world as world  # the fixture


def last_audit(world: World) -> tuple[str, dict[str, object]]:
    with world.session.store.reading() as tx:
        record = tx.audit_records.last(1)[0]
    return record.action, dict(record.details)


def test_bag_labels_each_get_a_copy_number_and_a_tag(world: World, tmp_path: Path) -> None:
    number = world.bags.create(leads=[LEADS[0]]).bag.number
    sheet, pdf = world.bags.print_bag_labels(number, render_bag_labels, count=2)
    copies = [str(label.copy_number) for label in sheet.labels]
    assert copies == ["000001", "000002"]
    assert last_audit(world) == ("bag.print", {
        "document": "bag-label", "copies": copies, "classification": "机密★20年",
    })
    key = qr_tag_key(world.session.keys.dek)
    decoded = decode_barcodes(pdf, tmp_path)
    qrs = [parse_payload(text) for kind, text in decoded if kind == "QR-Code"]
    assert {str(q.copy_number) for q in qrs} == set(copies)
    for payload in qrs:
        verify_payload(key, payload)
        assert payload.number == number
    assert str(number) in compact(text_of(pdf))
    with pytest.raises(BadField):
        world.bags.print_bag_labels(number, render_bag_labels, count=0)


def test_seal_strips_only_for_a_sealed_bag(world: World) -> None:
    number = world.bags.create(leads=[LEADS[0]]).bag.number
    with pytest.raises(BagNotSealed):
        world.bags.print_seal_labels(number, render_seal_labels)
    world.bags.seal(number)
    sheet, pdf = world.bags.print_seal_labels(number, render_seal_labels, count=3)
    assert sheet.count == 3 and str(number) in compact(text_of(pdf))
    action, details = last_audit(world)
    assert action == "bag.print" and details["document"] == "seal-labels"
    assert details["count"] == 3


def test_the_register_lists_every_bag_voided_ones_too(world: World) -> None:
    kept = world.bags.create(leads=[LEADS[0]], items=1, pages=9).bag.number
    world.bags.seal(kept)
    voided = world.bags.create(leads=[LEADS[1]]).bag.number
    world.bags.void(voided, "编号作废")
    sheet, pdf = world.bags.print_register(render_bag_register)
    assert [row.number for row in sheet.rows] == [kept, voided]
    assert [row.state for row in sheet.rows] == [BagState.SEALED, BagState.VOID]
    text = compact(text_of(pdf))
    assert str(kept) in text and str(voided) in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    action, details = last_audit(world)
    assert action == "bag.print" and details["rows"] == 2
    assert sheet.audit_head.seq == world.session.store.audit_head().seq
    # A year with no bags prints an empty register, audited all the same.
    empty, _ = world.bags.print_register(render_bag_register, year=2001)
    assert empty.rows == () and empty.copy_number.value == sheet.copy_number.value + 1
