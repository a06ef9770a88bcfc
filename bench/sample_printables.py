"""Fictional sample data for every printed layout (docs PNGs, benchmarks)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop.domain.bags import BagState, new_bag
from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.printables import (
    AuditHead,
    BagLabel,
    BagLabels,
    BagRegister,
    BagRegisterRow,
    ClassificationLevel,
    ClassificationMark,
    CopyNumber,
    CoverSheet,
    RecoverySheet,
    SealLabels,
    cover_sheet_for,
)
from desktop.domain.qr_tag import build_payload

TAG_KEY = bytes(range(32))
NUMBER = ConfidentialNumber("320100", 2026, 42)
MARK = ClassificationMark(ClassificationLevel.CONFIDENTIAL, 10)
HEAD = AuditHead(1287, "3f9a0c77b1e24d5a8c6e0f1b2a3d4c5e6f708192a3b4c5d6e7f8091a2b3c4d5e")
SENDER = "南京市人民检察院举报中心"
UNIT = "南京市人民检察院"


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


def seal_labels() -> SealLabels:
    return SealLabels(number=NUMBER, sender=SENDER, sealed_on=date(2026, 3, 2), count=5)


def bag_labels(count: int = 8) -> BagLabels:
    labels = []
    for index in range(count):
        number = ConfidentialNumber("320100", 2026, 42 + index)
        copy_number = CopyNumber(1)
        labels.append(
            BagLabel(
                number=number,
                copy_number=copy_number,
                classification=MARK,
                sender=SENDER,
                recipient="检察长",
                qr_text=build_payload(TAG_KEY, number, copy_number).encode(),
            )
        )
    return BagLabels(tuple(labels))


def bag_register(rows: int = 40) -> BagRegister:
    states = list(BagState)
    entries = []
    for index in range(rows):
        state = states[index % len(states)]
        created = date(2026, 1, 5) + timedelta(days=index)
        sealed = None if state in (BagState.DRAFT, BagState.VOID) else created
        handed = created + timedelta(days=1) if state in _HANDED else None
        entries.append(
            BagRegisterRow(
                number=ConfidentialNumber("320100", 2026, index + 1),
                state=state,
                recipient="检察长",
                created_on=created,
                sealed_on=sealed,
                handed_over_on=handed,
                holder="检察长" if handed else ("举报中心" if sealed else None),
                lead_count=1 + index % 3,
                items=2 + index % 5,
                pages=10 + 7 * (index % 9),
            )
        )
    return BagRegister(
        unit_name=UNIT,
        rows=tuple(entries),
        printed_at=datetime(2026, 3, 31, 17, 5, tzinfo=UTC),
        copy_number=CopyNumber(12),
        classification=MARK,
        audit_head=HEAD,
    )


_HANDED = {BagState.HANDED_OVER, BagState.UNSEALED, BagState.RESEALED, BagState.RETURNED}


def recovery_sheet() -> RecoverySheet:
    return RecoverySheet(
        recovery_code=RECOVERY_CODE,
        unit_name=UNIT,
        unit_code="320100",
        vault_id="6f1c2a9e-4b7d-4e21-9a53-0c8d7e6f5a41",
        created_on=date(2026, 1, 4),
    )


RECOVERY_CODE = "K7QF-M2XA-9RTB-W4NC-HPZ6-EJ3D-VY5S"
