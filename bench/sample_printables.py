"""Fictional sample data for every printed layout (docs PNGs, benchmarks)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop.domain.audit import AuditHead
from desktop.domain.bags import BagState, new_bag
from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.lead_printables import LeadsRegister, LeadsRegisterRow
from desktop.domain.printables import (
    BagLabel,
    BagLabels,
    BagRegister,
    BagRegisterRow,
    ClassificationLevel,
    ClassificationMark,
    CopyNumber,
    CoverSheet,
    EnvelopeLabel,
    InvestigationAssignment,
    ItemsReceived,
    ReceivedItem,
    RecoverySheet,
    RepeatReportNotice,
    RepeatReportRow,
    ReplyLetter,
    ReplyRecord,
    RightsNotice,
    SealLabels,
    TranscriptEntry,
    VisitTranscript,
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


# A well-formed code (desktop.vault.recovery_code.encode of fixed bytes); not a real one.
RECOVERY_CODE = "LMHH-2IOJ-JI3P-BDQS-VV2L-HRSZ-B42"


# Fictional people: the identity-bearing forms are shown with invented data.
INFORMANT = "陈晓明"
STAFF = ("王丽", "赵强")


def visit_transcript() -> VisitTranscript:
    qa = [
        (
            "问",
            "我们是南京市人民检察院举报中心的工作人员王丽、赵强，今天依法接待你的来访举报。"
            "你今天来反映什么问题？",
        ),
        (
            "答",
            "我反映某区住房和城乡建设局工程科在去年老旧小区改造项目招标中，"
            "有人收受施工单位财物、违规指定中标单位的问题。",
        ),
        ("问", "你是如何知道这些情况的？有无相关材料？"),
        ("答", "我在施工单位做过资料员，见过有关账目。我带来了账目复印件和两份会议纪要复印件。"),
        ("问", "你提供的情况是否属实？"),
        ("答", "属实。我愿意配合调查，但希望对我的身份保密。"),
        ("问", "我们会按规定对你的身份和举报内容严格保密。你还有什么要补充的吗？"),
        ("答", "没有了。"),
    ]
    return VisitTranscript(
        unit_name=UNIT,
        lead_number="2026-00012",
        started_at=datetime(2026, 3, 2, 9, 30),
        ended_at=datetime(2026, 3, 2, 11, 10),
        place="南京市人民检察院举报接待室",
        receiving_staff=STAFF,
        recorder="赵强",
        informant_name=INFORMANT,
        informant_gender="男",
        informant_id_number="11010519491231002X",
        informant_unit="某建筑工程有限公司（已离职）",
        informant_address="南京市某区某路 18 号 2 幢 301 室",
        informant_phone="139 0000 0000",
        recording_consent=True,
        entries=tuple(TranscriptEntry(speaker, text) for speaker, text in qa),
        copy_number=CopyNumber(1),
        classification=MARK,
    )


def items_received() -> ItemsReceived:
    return ItemsReceived(
        unit_name=UNIT,
        lead_number="2026-00012",
        received_at=datetime(2026, 3, 2, 11, 15),
        informant_name=INFORMANT,
        receiving_staff=STAFF,
        items=(
            ReceivedItem("举报信（手写原件）", 1, 3),
            ReceivedItem("工程款往来账目复印件", 1, 26, "部分页有手写标注"),
            ReceivedItem("项目会议纪要复印件", 2, 12),
            ReceivedItem("U 盘（内有照片 14 张）", 1, 0, "已当面查看文件列表"),
        ),
        copy_number=CopyNumber(1),
        classification=MARK,
    )


def rights_notice() -> RightsNotice:
    return RightsNotice(unit_name=UNIT, issued_on=date(2026, 3, 2))


def reply_record() -> ReplyRecord:
    return ReplyRecord(
        unit_name=UNIT,
        lead_number="2026-00012",
        replied_at=datetime(2026, 3, 12, 15, 0),
        place="南京市人民检察院举报接待室",
        staff=STAFF,
        informant_name=INFORMANT,
        content=(
            "你于 2026 年 3 月 2 日来访反映的问题，本院已依法受理，并按照管辖规定移送有关部门办理。"
            "办理结果将依法答复。请你继续对举报事项保守秘密，如发现新的情况可随时反映。"
        ),
        informant_view="对答复无异议，希望尽快查处。",
        recorder="赵强",
        copy_number=CopyNumber(1),
        classification=MARK,
    )


def reply_letter() -> ReplyLetter:
    return ReplyLetter(
        unit_name=UNIT,
        addressee=f"{INFORMANT}同志",
        paragraphs=(
            "你于 2026 年 3 月 2 日向本院反映的问题，本院已依法受理。",
            "经审查，本院已按照管辖规定将你反映的问题移送有关部门依法办理。"
            "对你反映问题的办理情况，本院将依法继续跟踪督促。",
            "感谢你对检察工作的信任和支持。本院将依法保护举报人的合法权益，"
            "对你的个人信息和举报内容严格保密。",
            "特此答复。",
        ),
        dated=date(2026, 3, 12),
        reference="宁检举复〔2026〕12 号",
    )


def envelope_label() -> EnvelopeLabel:
    return EnvelopeLabel(
        recipient_name=INFORMANT,
        recipient_address="江苏省南京市某区某路 18 号 2 幢 301 室",
        recipient_postcode="210000",
        return_address="南京市某区中山路信箱 1024 号",
        return_postcode="210005",
    )


def repeat_report_notice() -> RepeatReportNotice:
    rows = []
    for index, (category, department) in enumerate(
        [
            ("贪污", "第三检察部"),
            ("受贿", "第三检察部"),
            ("滥用职权", "第二检察部"),
            ("挪用公款", "第三检察部"),
            ("玩忽职守", "第二检察部"),
            ("受贿", "第三检察部"),
        ]
    ):
        rows.append(
            RepeatReportRow(
                lead_number=f"2026-{index * 7 + 3:05d}",
                pseudonym_code=f"JB-2026-{0x3A1 + index * 37:04X}",
                category=category,
                department=department,
                reports_this_month=1 + index % 3,
                reports_total=2 + index,
                latest_on=date(2026, 3, 3 + index * 4),
                new_content=index % 2 == 0,
            )
        )
    return RepeatReportNotice(
        unit_name=UNIT,
        year=2026,
        month=3,
        rows=tuple(rows),
        copy_number=CopyNumber(5),
        classification=MARK,
        issued_on=date(2026, 4, 1),
    )


def investigation_assignment() -> InvestigationAssignment:
    return InvestigationAssignment(
        unit_name=UNIT,
        lead_number="2026-00012",
        pseudonym_code="JB-2026-03A1",
        category="受贿",
        received_on=date(2026, 3, 2),
        real_name_report=True,
        department="第三检察部",
        assignee="孙建国",
        task="初核",
        due_on=date(2026, 4, 30),
        approved_by="李检察长",
        approved_on=date(2026, 3, 6),
        copy_number=CopyNumber(2),
        classification=MARK,
        lead_numbers_related=("2026-00017",),
    )


def leads_register(rows: int = 30) -> LeadsRegister:
    channels = ("letter", "visit", "phone", "website", "email", "fax")
    categories = ("embezzlement-bribery", "dereliction", "rights-infringement", "other")
    statuses = ("received", "routed", "preliminary-check", "closed", "voided")
    units = ("青山县交通运输局", "某市住房和城乡建设局", "某区市场监督管理局", "")
    return LeadsRegister(
        unit_name=UNIT,
        first_day=date(2026, 3, 1),
        last_day=date(2026, 3, 31),
        rows=tuple(
            LeadsRegisterRow(f"2026-{index + 1:05d}", date(2026, 3, 1 + index % 31),
                             channels[index % 6], categories[index % 4], statuses[index % 5],
                             units[index % 4], 1 + index % 3)
            for index in range(rows)
        ),
        printed_at=datetime(2026, 4, 1, 9, 30, tzinfo=UTC),
        copy_number=CopyNumber(21),
        classification=ClassificationMark(ClassificationLevel.CONFIDENTIAL, 20),
    )


def rights_notice_from_lead() -> RightsNotice:
    """Printed from a lead: a numbered copy, with the CPL Art 111 notice given."""
    return RightsNotice(unit_name=UNIT, issued_on=date(2026, 3, 2),
                        false_accusation_notice=True, copy_number=CopyNumber(7),
                        classification=MARK)
