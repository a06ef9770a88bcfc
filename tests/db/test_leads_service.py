"""The leads workflows on a real SQLCipher file: recording, repeat reports, editing with
conflicts, routing rules, replies, protection, assistance, attachments, search, audit."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import UTC, date, datetime, timedelta

import pytest

from db.store import SqlCipherStore
from desktop.domain.lead_errors import EditConflict
from desktop.domain.leads import (
    AssistanceStep,
    CaseCardEdit,
    Channel,
    CrimeCategory,
    Disposition,
    FilingLevel,
    InformantIdentity,
    LeadStatus,
    NewReport,
    Rank,
    Reply,
    ReplyForm,
    ReportedPerson,
    RiskLevel,
)
from desktop.domain.roles import Role
from desktop.domain.users import User
from desktop.leads import deadlines as dl
from desktop.leads.errors import (
    AssistanceStepOutOfOrder,
    AttachmentTooLarge,
    DisguisedFile,
    DuplicateAttachment,
    IdentityKeyMissing,
    InvalidField,
    MustGoToDisciplineInspection,
    NotRealName,
    Problem,
    RoutedToReportedUnit,
    ValidationFailed,
)
from desktop.leads.model import NewLead
from desktop.leads.service import LeadService
from desktop.policy import NotPermitted
from tests.db.conftest import SteppingClock

CANARY_NAME = "欧阳金丝雀"
CANARY_ID = "11010519491231002X"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def ik() -> bytes:
    return os.urandom(32)


def _user(store: SqlCipherStore, name: str, role: Role, clock: SteppingClock) -> User:
    with store.transaction() as tx:
        return tx.users.add(name, role, clock.now())


@pytest.fixture
def clerk(store: SqlCipherStore, clock: SteppingClock, ik: bytes) -> LeadService:
    return LeadService(store, clock, _user(store, "李娟", Role.CLERK, clock), ik)


@pytest.fixture
def staff(store: SqlCipherStore, clock: SteppingClock) -> LeadService:
    return LeadService(store, clock, _user(store, "王五", Role.STAFF, clock), None)


def visit(at: datetime, **changes: object) -> NewReport:
    fields: dict[str, object] = dict(
        channel=Channel.VISIT, received_at=at,
        original_text="举报人反映：某局局长张三收受工程款回扣。",
        identity=InformantIdentity(name=CANARY_NAME, id_number=CANARY_ID,
                                   phones=("+86 138 0013 8000",)),
        acknowledged=True, receiving_staff=("李娟", "赵敏"), transcript_read_back=True,
        transcript_signed=True, consent_to_record=True,
    )
    fields.update(changes)
    return NewReport(**fields)  # type: ignore[arg-type]


ZHANG = ReportedPerson("张三", "某市住房和城乡建设局", "局长", Rank.COUNTY_DIVISION, "某市")


def new_lead(at: datetime, **changes: object) -> NewLead:
    fields: dict[str, object] = dict(
        category=CrimeCategory.EMBEZZLEMENT_BRIBERY, reported_persons=(ZHANG,),
        report=visit(at), summary="工程回扣", storage_location="保密柜A-3",
    )
    fields.update(changes)
    return NewLead(**fields)  # type: ignore[arg-type]


def past(clock: SteppingClock, days: float = 1) -> datetime:
    return clock.now() - timedelta(days=days)


def audit_actions(store: SqlCipherStore) -> list[str]:
    with store.reading() as tx:
        return [r.action for r in tx.audit_records.iterate()]


def test_create_numbers_per_year_and_computes_filing_level(
    clerk: LeadService, clock: SteppingClock
) -> None:
    first = clerk.create(new_lead(past(clock)))
    second = clerk.create(new_lead(past(clock), reported_persons=(
        ReportedPerson("李四", "某省财政厅", "厅长", Rank.BUREAU_DEPARTMENT),)))
    old = clerk.create(new_lead(datetime(2025, 12, 31, 10, tzinfo=UTC),
                                report=visit(datetime(2025, 12, 31, 10, tzinfo=UTC))))
    assert str(first.card.number) == "2026-00001"
    assert str(second.card.number) == "2026-00002"
    assert str(old.card.number) == "2025-00001"
    assert first.card.filing_level is FilingLevel.PROVINCIAL_CENTRE
    assert second.card.filing_level is FilingLevel.SPP
    assert first.report.real_name and first.report.pseudonym_code.startswith("JB-")
    assert first.card.status is LeadStatus.RECEIVED


def test_identity_round_trip_and_staff_refusal_audited(
    clerk: LeadService, staff: LeadService, store: SqlCipherStore, clock: SteppingClock
) -> None:
    created = clerk.create(new_lead(past(clock)))
    shown = clerk.view_identity(created.report.id)
    assert shown.name == CANARY_NAME and shown.id_number == CANARY_ID
    assert shown.phones == ("13800138000",)
    with pytest.raises(NotPermitted):
        staff.view_identity(created.report.id)
    actions = audit_actions(store)
    assert "lead.identity.view" in actions and "lead.identity.refused" in actions


def test_a_session_without_ik_gets_typed_error(
    store: SqlCipherStore, clock: SteppingClock, clerk: LeadService
) -> None:
    created = clerk.create(new_lead(past(clock)))
    without = LeadService(store, clock, _user(store, "周", Role.CLERK, clock), None)
    with pytest.raises(IdentityKeyMissing):
        without.view_identity(created.report.id)


def test_visit_with_one_staff_member_and_future_date_refused_nothing_stored(
    clerk: LeadService, store: SqlCipherStore, clock: SteppingClock
) -> None:
    future = clock.now() + timedelta(days=2)
    with pytest.raises(ValidationFailed) as caught:
        clerk.create(new_lead(past(clock), report=visit(future, receiving_staff=("李娟",))))
    fields = {(p.field, p.problem) for p in caught.value.problems}
    assert ("receiving_staff", Problem.TOO_FEW_STAFF) in fields
    assert ("received_at", Problem.IN_THE_FUTURE) in fields
    with store.reading() as tx:
        assert tx.leads.count() == 0


def test_repeat_report_suggested_merged_and_counted(
    clerk: LeadService, clock: SteppingClock
) -> None:
    first = clerk.create(new_lead(past(clock, 3)))
    same = ReportedPerson("张 三", "某市住房和城乡建设局 ", rank=Rank.COUNTY_DIVISION)
    assert [c.lead_id for c in clerk.duplicates([same])] == [first.card.id]
    letter = NewReport(channel=Channel.LETTER, received_at=past(clock, 1),
                       original_text="再次反映张三问题", postmark_date=past(clock, 2).date(),
                       origin="某市", envelope_kept=True)
    clerk.add_report(first.card.id, letter, new_content=False)
    view = clerk.view(first.card.id)
    assert view.card.report_count == 2 and len(view.reports) == 2
    assert view.card.last_received_at == letter.received_at
    second = clerk.create(new_lead(past(clock), reported_persons=(same,)))
    assert [d.lead_id for d in second.duplicates] == [first.card.id]


def test_second_editor_gets_conflict(clerk: LeadService, clock: SteppingClock) -> None:
    card = clerk.create(new_lead(past(clock))).card
    edit = CaseCardEdit(card.version, card.category, "新摘要", card.reported_persons,
                        "保密柜B-1", False, "补录存放位置")
    saved = clerk.edit_card(card.id, edit)
    assert saved.version == card.version + 1 and saved.summary == "新摘要"
    with pytest.raises(EditConflict) as caught:
        clerk.edit_card(card.id, CaseCardEdit(card.version, card.category, "另一个", card.
                                              reported_persons, "", False, "另改摘要"))
    assert caught.value.actual == saved.version
    assert clerk.view(card.id).card.summary == "新摘要"


def test_routing_refuses_reported_unit_and_sends_own_staff_to_discipline(
    clerk: LeadService, clock: SteppingClock
) -> None:
    card = clerk.create(new_lead(past(clock))).card
    with pytest.raises(RoutedToReportedUnit) as caught:
        clerk.route(card.id, Disposition.TRANSFER, "某市住房和城乡建设局纪检组", "", card.version)
    assert caught.value.unit == ZHANG.unit
    routed = clerk.route(card.id, Disposition.ACCEPT_AND_ROUTE, "反贪污贿赂局", "", card.version)
    assert routed.status is LeadStatus.ROUTED
    view = clerk.view(card.id)
    assert view.routing[0].decided_by == routed.created_by
    assert all(d.met_at is not None for d in view.deadlines if d.rule == dl.DISPOSITION)
    own = clerk.create(new_lead(past(clock), about_own_staff=True)).card
    with pytest.raises(MustGoToDisciplineInspection):
        clerk.route(own.id, Disposition.ACCEPT_AND_ROUTE, "侦查监督部", "", own.version)
    clerk.route(own.id, Disposition.ACCEPT_AND_ROUTE, "纪检监察部门", "", own.version)
    upward = clerk.route(clerk.create(new_lead(past(clock))).card.id, Disposition.FILE_UPWARD,
                         "省院举报中心", "", 1)
    assert clerk.view(upward.id).routing[0].filing_level is FilingLevel.PROVINCIAL_CENTRE


def test_deadlines_and_overdue(clerk: LeadService, clock: SteppingClock) -> None:
    late = clerk.create(new_lead(past(clock, 10))).card
    fresh = clerk.create(new_lead(past(clock, 1))).card
    overdue = [row.number for row in clerk.overdue()]
    assert str(late.number) in overdue and str(fresh.number) not in overdue
    rules = {d.rule for d in clerk.view(late.id).deadlines}
    assert rules == {dl.DISPOSITION, dl.VISIT_REPLY}


def test_replies_risk_protection(clerk: LeadService, clock: SteppingClock) -> None:
    created = clerk.create(new_lead(past(clock, 2)))
    lead, report = created.card.id, created.report.id
    with pytest.raises(InvalidField):
        clerk.reply(Reply(lead, report, ReplyForm.UNREACHABLE, past(clock)))
    clerk.reply(Reply(lead, report, ReplyForm.ORAL, past(clock), place="接待室",
                      participants=("李娟", "赵敏"), content="已受理", informant_view="满意"))
    assert clerk.unassessed_reports() == [(lead, report)]
    clerk.assess_risk(lead, report, RiskLevel.HIGH, ("被举报人系其上级",))
    assert clerk.unassessed_reports() == []
    clerk.plan_protection(lead, ("禁止接触",), "赵敏", date(2026, 12, 1))
    view = clerk.view(lead)
    assert view.replies[0].form is ReplyForm.ORAL and view.risks[0].level is RiskLevel.HIGH
    assert view.plans[0].responsible == "赵敏"
    assert all(d.met_at is not None for d in view.deadlines if d.rule == dl.VISIT_REPLY)
    anonymous = clerk.create(new_lead(past(clock), report=visit(
        past(clock), identity=InformantIdentity(), acknowledged=False)))
    with pytest.raises(NotRealName):
        clerk.assess_risk(anonymous.card.id, anonymous.report.id, RiskLevel.LOW, ())


def test_assistance_steps_in_order_and_urgent_path(
    clerk: LeadService, clock: SteppingClock
) -> None:
    lead = clerk.create(new_lead(past(clock, 2))).card.id
    urgent = clerk.request_assistance(lead, True, "受到威胁", past(clock, 0.5))
    assert [r.id for r in clerk.open_urgent_assistance()] == [urgent.id]
    clerk.assistance_step(urgent.id, AssistanceStep.JUDICIAL_POLICE_MEASURES, past(clock, 0.4))
    assert clerk.open_urgent_assistance() == []
    calm = clerk.request_assistance(lead, False, "", past(clock, 0.3))
    with pytest.raises(AssistanceStepOutOfOrder):
        clerk.assistance_step(calm.id, AssistanceStep.POLICE_NOTIFIED, past(clock, 0.2))
    for step in (AssistanceStep.FACTS_ASCERTAINED, AssistanceStep.REPORTED_TO_CHIEF,
                 AssistanceStep.POLICE_NOTIFIED):
        done = clerk.assistance_step(calm.id, step, past(clock, 0.1))
    assert set(done.steps) == {AssistanceStep.FACTS_ASCERTAINED,
                               AssistanceStep.REPORTED_TO_CHIEF, AssistanceStep.POLICE_NOTIFIED}


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def test_attachments_sniffed_sealed_deduplicated_and_limited(
    clerk: LeadService, store: SqlCipherStore, clock: SteppingClock
) -> None:
    lead = clerk.create(new_lead(past(clock))).card.id
    other = clerk.create(new_lead(past(clock))).card.id
    added = clerk.attach(lead, "举报信.pdf", PDF)
    assert added.info.media_type == "application/pdf" and added.info.size == len(PDF)
    assert clerk.attach(lead, "材料.docx", _docx()).info.media_type.endswith("document")
    with pytest.raises(DuplicateAttachment):
        clerk.attach(lead, "again.pdf", PDF)
    assert clerk.attach(other, "copy.pdf", PDF).same_file_on == (lead,)
    with pytest.raises(DisguisedFile) as caught:
        clerk.attach(lead, "photo.jpg", PDF)
    assert caught.value.actual == "application/pdf"
    with store.transaction() as tx:
        tx.settings.set("leads.attachment_limit_bytes", "10")
    with pytest.raises(AttachmentTooLarge):
        clerk.attach(lead, "big.txt", b"hello world, more than ten bytes")
    info, content = clerk.open_attachment(added.info.id)
    assert content == PDF and info.sha256 == added.info.sha256
    assert "lead.attachment.open" in audit_actions(store)


def test_search_finds_case_card_and_report_text_never_identity(
    clerk: LeadService, store: SqlCipherStore, clock: SteppingClock
) -> None:
    created = clerk.create(new_lead(past(clock)))
    assert [r.id for r in clerk.search("张三")] == [created.card.id]
    assert [r.id for r in clerk.search("回扣")] == [created.card.id]
    assert [r.id for r in clerk.search("住房 回扣")] == [created.card.id]
    assert clerk.search(CANARY_NAME) == []
    assert clerk.search(CANARY_ID) == []
    assert clerk.search('"') == []
    with store.reading() as tx:
        records = list(tx.audit_records.iterate())
    searches = [r for r in records if r.action == "lead.search"]
    assert searches and all("张三" not in str(r.details) for r in searches)
    assert all(CANARY_NAME not in str(r.details) for r in records)


def test_staff_cannot_list_or_view(staff: LeadService, clerk: LeadService,
                                   clock: SteppingClock) -> None:
    lead = clerk.create(new_lead(past(clock))).card.id
    with pytest.raises(NotPermitted):
        staff.view(lead)
    with pytest.raises(NotPermitted):
        staff.page()
    with pytest.raises(NotPermitted):
        staff.create(new_lead(past(clock)))


def test_list_pages_newest_first_with_keyset(clerk: LeadService, clock: SteppingClock) -> None:
    numbers = [str(clerk.create(new_lead(past(clock))).card.number) for _ in range(5)]
    first = clerk.page(limit=2)
    rest = clerk.page(before_id=first[-1].id, limit=10)
    assert [r.number for r in first + rest] == numbers[::-1]


def test_original_text_is_immutable(clerk: LeadService, store: SqlCipherStore,
                                    clock: SteppingClock) -> None:
    created = clerk.create(new_lead(past(clock)))
    from desktop.domain.storage import StorageError
    with pytest.raises(StorageError), store.transaction():
        store.database.execute("UPDATE lead_reports SET original_text = 'x' WHERE id = ?",
                               (created.report.id,))


def test_monthly_repeat_notice_has_no_identity_and_prints(
    clerk: LeadService, clock: SteppingClock
) -> None:
    from pypdf import PdfReader

    from desktop.domain.printables import ClassificationLevel, ClassificationMark, CopyNumber
    from printing.internal_forms import render_repeat_report_notice

    repeated = clerk.create(new_lead(datetime(2026, 2, 3, 2, tzinfo=UTC),
                                     report=visit(datetime(2026, 2, 3, 2, tzinfo=UTC))))
    clerk.add_report(repeated.card.id, visit(datetime(2026, 2, 20, 2, tzinfo=UTC)),
                     new_content=False)
    clerk.create(new_lead(datetime(2026, 2, 5, 2, tzinfo=UTC),
                          report=visit(datetime(2026, 2, 5, 2, tzinfo=UTC))))  # reported once
    notice = clerk.repeat_report_notice(
        "某市人民检察院", 2026, 2, CopyNumber(1),
        ClassificationMark(ClassificationLevel.SECRET, 10), date(2026, 3, 1))
    assert [(r.lead_number, r.reports_this_month, r.reports_total) for r in notice.rows] == [
        (str(repeated.card.number), 2, 2)]
    assert notice.rows[0].pseudonym_code == repeated.report.pseudonym_code
    assert notice.rows[0].new_content  # the first report of the month brought the lead
    text = "".join(page.extract_text() for page in PdfReader(
        io.BytesIO(render_repeat_report_notice(notice))).pages)
    assert str(repeated.card.number) in text
    assert CANARY_NAME not in text and "张三" not in text
    # The service hands printing the category code; the department reads its name.
    assert notice.rows[0].category == "embezzlement-bribery"
    assert "贪污贿赂" in text and "embezzlement" not in text


def test_dashboard_counts(clerk: LeadService, clock: SteppingClock) -> None:
    clerk.create(new_lead(past(clock, 10)))
    routed = clerk.create(new_lead(past(clock, 1))).card
    clerk.route(routed.id, Disposition.ACCEPT_AND_ROUTE, "反贪污贿赂局", "", routed.version)
    counts = clerk.dashboard(days_ahead=30)
    assert counts["status"] == {"received": 1, "routed": 1}
    assert counts["category"] == {"embezzlement-bribery": 2}
    assert counts["channel"] == {"visit": 2}
    assert counts["overdue"] == {dl.DISPOSITION: 1}
    assert counts["upcoming"] == {dl.VISIT_REPLY: 2}  # 15-day visit replies of both


def test_surrender_is_its_own_record_type_and_website_text_kept_verbatim(
    clerk: LeadService, clock: SteppingClock
) -> None:
    from desktop.domain.leads import ReportKind

    surrender = clerk.create(new_lead(past(clock), report=visit(
        past(clock), kind=ReportKind.SURRENDER, original_text="本人投案自首。")))
    assert surrender.report.kind is ReportKind.SURRENDER
    raw = "  网上举报原文\r\n\t保留原样（含空白）  "
    web = clerk.create(new_lead(past(clock), report=NewReport(
        channel=Channel.WEBSITE, received_at=past(clock), original_text=raw,
        reference="12309-2026-000123")))
    card = web.card
    clerk.edit_card(card.id, CaseCardEdit(card.version, card.category, "摘要另写",
                                          card.reported_persons, "", False, "摘要另写"))
    stored = clerk.view(card.id).reports[0]
    assert stored.original_text == raw and stored.reference == "12309-2026-000123"


def test_supplement_request_deadline(clerk: LeadService, clock: SteppingClock) -> None:
    lead = clerk.create(new_lead(past(clock, 1))).card.id
    asked = past(clock, 9)
    deadline = clerk.request_supplement(lead, asked)
    assert deadline.due_at.astimezone(dl.CHINA).date() == (
        asked.astimezone(dl.CHINA).date() + timedelta(days=7))
    assert lead in {row.id for row in clerk.overdue()}
    assert clerk.supplement_received(lead) == 1
    assert all(d.met_at for d in clerk.view(lead).deadlines if d.rule == dl.SUPPLEMENT)
