"""Fictional sample data for every printed layout (docs PNGs, benchmarks)."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.domain.bags import new_bag
from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.printables import (
    AuditHead,
    ClassificationLevel,
    ClassificationMark,
    CopyNumber,
    CoverSheet,
    cover_sheet_for,
)
from desktop.domain.qr_tag import build_payload

TAG_KEY = bytes(range(32))
NUMBER = ConfidentialNumber("320100", 2026, 42)
MARK = ClassificationMark(ClassificationLevel.CONFIDENTIAL, 10)
HEAD = AuditHead(1287, "3f9a0c77b1e24d5a8c6e0f1b2a3d4c5e6f708192a3b4c5d6e7f8091a2b3c4d5e")
SENDER = "南京市人民检察院举报中心"


def cover_sheet(copy: int = 1) -> CoverSheet:
    at = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    bag, _ = new_bag(NUMBER, sender=SENDER, by="clerk", at=at)
    bag, _ = bag.add_lead("2026-00012", by="clerk", at=at)
    bag, _ = bag.add_lead("2026-00017", by="clerk", at=at)
    bag, _ = bag.add_material(3, 41, by="clerk", at=at)
    bag, _ = bag.seal(by="clerk", at=at)
    copy_number = CopyNumber(copy)
    return cover_sheet_for(
        bag,
        copy_number=copy_number,
        classification=MARK,
        qr_text=build_payload(TAG_KEY, NUMBER, copy_number).encode(),
        audit_head=HEAD,
    )
