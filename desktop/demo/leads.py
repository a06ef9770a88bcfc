"""Fictional sample leads for the demo (`leadvault --demo`): every name, unit, ID
number and phone number here is invented. Recorded through LeadService like any
clerk's entry, so the demo shows real case cards, deadlines and audit records.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.domain.leads import (
    Channel,
    CrimeCategory,
    Disposition,
    InformantIdentity,
    NewReport,
    Rank,
    ReceivedItem,
    ReportedPerson,
)
from desktop.leads.model import Created, NewLead
from desktop.leads.service import LeadService


@dataclass(frozen=True)
class _Sample:
    days_ago: float
    channel: Channel
    category: CrimeCategory
    person: ReportedPerson
    text: str
    summary: str
    informant: InformantIdentity
    route: tuple[Disposition, str] | None = None


_UNITS = ("青山县交通运输局", "青山县自然资源局", "青山县第一人民医院", "青山县住房和城乡建设局",
          "青山县市场监督管理局", "青山县教育局", "青山县水利局", "青山镇人民政府")
_SURNAMES = "赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦"
_GIVEN = ("建国", "海涛", "立新", "文华", "志强", "秀兰", "国庆", "晓东")
_POSTS = ("局长", "副局长", "科长", "主任", "站长", "院长", "镇长")
_TEXTS = (
    "反映其在道路工程招标中收受承包商财物，并为其中标提供帮助。",
    "反映其利用审批职权，违规为亲属经营的企业办理土地手续。",
    "反映其在药品采购中收取回扣，金额较大。",
    "反映其在安置房分配中弄虚作假，侵占公共利益。",
    "反映其对辖区内违法经营行为长期不予查处，造成重大损失。",
    "反映其挪用学校建设专项资金用于个人投资。",
    "反映其在水利项目验收中玩忽职守，工程存在严重质量问题。",
    "反映其在征地补偿中虚报面积，骗取补偿款。",
)
# A case card's summary as a clerk writes it: the allegation in a few words.
_SUMMARIES = (
    "道路工程招标中收受承包商财物", "违规为亲属企业办理土地手续", "药品采购中收取回扣",
    "安置房分配中弄虚作假", "对违法经营长期不予查处", "挪用学校建设专项资金",
    "水利项目验收中玩忽职守", "征地补偿中虚报面积骗取补偿款",
)
_CHANNELS = (Channel.LETTER, Channel.PHONE, Channel.WEBSITE, Channel.VISIT, Channel.EMAIL,
             Channel.FAX, Channel.LETTER, Channel.WEBSITE)
_CATEGORIES = (CrimeCategory.EMBEZZLEMENT_BRIBERY, CrimeCategory.DERELICTION,
               CrimeCategory.EMBEZZLEMENT_BRIBERY, CrimeCategory.RIGHTS_INFRINGEMENT,
               CrimeCategory.DERELICTION, CrimeCategory.EMBEZZLEMENT_BRIBERY,
               CrimeCategory.DERELICTION, CrimeCategory.OTHER)
_RANKS = (Rank.SECTION_OR_BELOW, Rank.COUNTY_DIVISION, Rank.UNKNOWN, Rank.SECTION_OR_BELOW)
# A fictional informant; the ID number is built with a valid check character.
DEMO_INFORMANT = InformantIdentity(
    name="林小雨", id_number="110101199003071233", unit="青山县某建筑公司",
    address="青山县光明路88号", phones=("13800138000",),
)
SAMPLE_COUNT = 24


def _samples() -> list[_Sample]:
    out = []
    for i in range(SAMPLE_COUNT):
        k = i % 8
        person = ReportedPerson(
            name=_SURNAMES[i % len(_SURNAMES)] + _GIVEN[(i * 3) % len(_GIVEN)],
            unit=_UNITS[k], post=_POSTS[i % len(_POSTS)], rank=_RANKS[i % len(_RANKS)],
            region="青山县",
        )
        route: tuple[Disposition, str] | None = None
        if i % 5 == 1:
            route = (Disposition.ACCEPT_AND_ROUTE, "第三检察部")
        elif i % 5 == 3:
            route = (Disposition.PRELIMINARY_CHECK, "")
        out.append(_Sample(
            days_ago=0.2 + i * 1.3, channel=_CHANNELS[k], category=_CATEGORIES[k],
            person=person, text=f"举报人{_TEXTS[k]}（演示数据，纯属虚构）",
            summary=_SUMMARIES[k],
            informant=DEMO_INFORMANT if i % 4 == 0 else InformantIdentity(), route=route,
        ))
    return out


def _report(sample: _Sample, now: datetime) -> NewReport:
    received = now - timedelta(days=sample.days_ago)
    face_to_face = sample.channel is Channel.VISIT
    return NewReport(
        channel=sample.channel, received_at=received, original_text=sample.text,
        summary=sample.summary, identity=sample.informant,
        acknowledged=not sample.informant.is_empty,
        receiving_staff=("李明", "张华") if face_to_face else (),
        transcript_read_back=face_to_face, transcript_signed=face_to_face,
        consent_to_record=face_to_face,
        items_received=(ReceivedItem("书面举报材料", 3),) if face_to_face else (),
        postmark_date=received.date() - timedelta(days=2)
        if sample.channel is Channel.LETTER else None,
        origin="青山县" if sample.channel in (Channel.LETTER, Channel.FAX) else "",
        envelope_kept=sample.channel is Channel.LETTER,
        reference=f"12309-{1000 + int(sample.days_ago * 10)}"
        if sample.channel is Channel.WEBSITE else "",
    )


def seed_demo_leads(leads: LeadService, now: datetime) -> int:
    """Record the sample leads unless the register already holds some; returns how
    many were recorded."""
    if sum(leads.dashboard().get("status", {}).values()):
        return 0
    created: list[Created] = []
    for sample in reversed(_samples()):  # oldest first, so numbers follow receipt
        made = leads.create(NewLead(
            category=sample.category, reported_persons=(sample.person,),
            report=_report(sample, now), summary=sample.summary,
            storage_location="档案室A柜-03",
        ))
        created.append(made)
        if sample.route is not None:
            disposition, target = sample.route
            leads.route(made.card.id, disposition, target, "", made.card.version)
    newest = created[-1]
    leads.attach(newest.card.id, "举报材料.pdf", sample_pdf(), newest.report.id)
    leads.attach(newest.card.id, "现场照片.png", sample_png(), newest.report.id)
    return len(created)


def sample_pdf() -> bytes:
    """A one-page PDF drawn by hand (the core has no PDF library)."""
    stream = (b"BT /F1 20 Tf 72 720 Td (LeadVault demo attachment) Tj ET\n"
              b"BT /F1 12 Tf 72 690 Td (Fictional material for the demonstration.) Tj ET\n"
              b"0.2 0.4 0.8 RG 4 w 72 600 m 520 600 l S\n")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def sample_png(width: int = 160, height: int = 100) -> bytes:
    """A small gradient picture (PNG written by hand: zlib and CRCs only)."""
    rows = b"".join(
        b"\x00" + bytes(
            v for x in range(width)
            for v in (40 + x * 200 // width, 90 + y * 150 // height, 160)
        )
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
