"""Lead numbers, filing levels, the real-name test, identity encryption, file sniffing,
deadlines and routing rules."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.leads import (
    Disposition,
    FilingLevel,
    InformantIdentity,
    LeadId,
    LeadNumber,
    Rank,
    Relative,
    ReportedPerson,
    ReportId,
    filing_level,
    is_real_name,
)
from desktop.domain.printables import PSEUDONYM_CODE
from desktop.leads import deadlines as dl
from desktop.leads import files, identity
from desktop.leads.errors import (
    AttachmentTooLarge,
    DisguisedFile,
    IdentityCorrupt,
    IdentityKeyMissing,
    MustGoToDisciplineInspection,
    RoutedToReportedUnit,
    UnknownFileType,
)
from desktop.leads.pseudonym import new_pseudonym_code
from desktop.leads.routing import check_route


def test_lead_numbers() -> None:
    assert str(LeadNumber(2026, 7)) == "2026-00007"
    assert LeadNumber.parse(" 2026-00007 ") == LeadNumber(2026, 7)
    for bad in ("2026-7", "26-00007", "2026-00000", "2026-000007"):
        with pytest.raises(ValueError):
            LeadNumber.parse(bad)


def test_filing_level_follows_highest_rank() -> None:
    assert filing_level([]) is FilingLevel.LOCAL
    assert filing_level([Rank.SECTION_OR_BELOW]) is FilingLevel.LOCAL
    assert filing_level([Rank.COUNTY_DIVISION]) is FilingLevel.PROVINCIAL_CENTRE
    assert filing_level([Rank.COUNTY_DIVISION, Rank.BUREAU_DEPARTMENT]) is FilingLevel.SPP
    assert filing_level([Rank.PROVINCIAL_MINISTERIAL]) is FilingLevel.SPP


def test_real_name_test() -> None:
    phone = ("13800138000",)
    assert is_real_name(InformantIdentity(name="王芳", phones=phone), acknowledged=True)
    assert is_real_name(InformantIdentity(unit="某厂", address="某路1号"), acknowledged=True)
    assert not is_real_name(InformantIdentity(name="王芳", phones=phone), acknowledged=False)
    assert not is_real_name(InformantIdentity(name="王芳"), acknowledged=True)
    assert not is_real_name(InformantIdentity(phones=phone), acknowledged=True)


def test_pseudonym_codes_fit_the_printables_and_differ() -> None:
    codes = {new_pseudonym_code() for _ in range(500)}
    assert len(codes) == 500 and all(PSEUDONYM_CODE.fullmatch(c) for c in codes)


def test_identity_encryption_binds_lead_report_and_field() -> None:
    ik, key = os.urandom(32), identity.new_lead_key()
    lead, report = LeadId(3), ReportId(9)
    person = InformantIdentity(name="王芳", id_number="11010519491231002X",
                               phones=("13800138000",), relatives=(Relative("王强", "兄"),))
    sealed = identity.encrypt_identity(key, lead, report, person)
    assert all(b"\xe7\x8e\x8b" not in c for c in sealed.values())  # "王" in UTF-8
    assert identity.decrypt_identity(key, lead, report, sealed) == person
    with pytest.raises(IdentityCorrupt):
        identity.decrypt_identity(key, LeadId(4), report, sealed)
    with pytest.raises(IdentityCorrupt):
        identity.decrypt_identity(key, lead, report, {"unit": sealed["name"]})
    wrapped = identity.wrap_lead_key(ik, lead, key)
    assert identity.unwrap_lead_key(ik, lead, wrapped) == key
    with pytest.raises(IdentityCorrupt):
        identity.unwrap_lead_key(os.urandom(32), lead, wrapped)
    with pytest.raises(IdentityKeyMissing):
        identity.unwrap_lead_key(None, lead, wrapped)


PNG = b"\x89PNG\r\n\x1a\n" + bytes(20)


@pytest.mark.parametrize(("name", "content", "media"), [
    ("scan.pdf", b"%PDF-1.7\n", files.PDF), ("a.PNG", PNG, files.PNG),
    ("b.jpeg", b"\xff\xd8\xff\xe0" + bytes(8), files.JPEG), ("c.tif", b"II*\x00" + bytes(8),
                                                              files.TIFF),
    ("d.gif", b"GIF89a" + bytes(8), files.GIF), ("e.txt", "举报内容\n".encode("gb18030"),
                                                 files.TEXT),
])
def test_types_by_content(name: str, content: bytes, media: str) -> None:
    checked = files.check_file(name, content)
    assert checked.media_type == media and checked.size == len(content)


def test_disguised_unknown_and_oversized_refused() -> None:
    with pytest.raises(DisguisedFile):
        files.check_file("report.pdf", PNG)
    with pytest.raises(DisguisedFile):
        files.check_file("run.exe", b"%PDF-1.4")
    with pytest.raises(UnknownFileType):
        files.check_file("x.pdf", b"MZ\x90\x00\x03\x00\x00\x00")
    with pytest.raises(AttachmentTooLarge) as caught:
        files.check_file("x.txt", b"a" * 11, limit=10)
    assert caught.value.limit == 10


def test_deadline_rules_cite_articles_and_count_days() -> None:
    assert all(rule.article for rule in dl.RULES.values())
    start = datetime(2026, 9, 28, 2, tzinfo=UTC)  # Monday 10:00 in Beijing
    calendar = dl.WorkCalendar(holidays=frozenset(date(2026, 10, d) for d in range(1, 8)),
                               extra_workdays=frozenset({date(2026, 10, 10)}))
    seven = dl.due_at(dl.RULES[dl.DISPOSITION], start, calendar)
    assert seven.astimezone(dl.CHINA).date() == date(2026, 10, 5)
    ten = dl.due_at(dl.RULES[dl.CLARIFY_AFTER_REVIEW], start, calendar)
    # 29, 30 Sep; 8, 9, 10 (make-up Saturday), 12, 13, 14, 15, 16 Oct
    assert ten.astimezone(dl.CHINA).date() == date(2026, 10, 16)
    assert dl.due_at(dl.RULES[dl.ASSISTANCE], start, calendar) == datetime(2026, 9, 29, 2,
                                                                          tzinfo=UTC)
    month = dl.due_at(dl.RULES[dl.CLARIFY_AFTER_INVESTIGATION],
                      datetime(2026, 1, 31, 2, tzinfo=UTC), calendar)
    assert month.astimezone(dl.CHINA).date() == date(2026, 2, 28)


def test_deadline_settings_override() -> None:
    settings = {"leads.deadline.supplement": "10 working-days", "leads.holidays": "2026-01-01"}
    rules = dl.rules_from_settings(settings)
    assert rules[dl.SUPPLEMENT].amount == 10 and rules[dl.SUPPLEMENT].unit is dl.Unit.WORKING_DAYS
    assert not dl.WorkCalendar.from_settings(settings).is_working_day(date(2026, 1, 1))


def test_routing_refuses_reported_units_whatever_the_spelling() -> None:
    persons = (ReportedPerson("张三", "某市ＡＢＣ公司"),)
    for target in ("某市ABC公司", "某市 abc 公司", "某市ABC公司纪检组"):
        with pytest.raises(RoutedToReportedUnit):
            check_route(Disposition.TRANSFER, target, persons, about_own_staff=False)
    check_route(Disposition.TRANSFER, "某市监察委员会", persons, about_own_staff=False)
    with pytest.raises(MustGoToDisciplineInspection):
        check_route(Disposition.ACCEPT_AND_ROUTE, "公诉部", persons, about_own_staff=True)


def test_search_text_folds_full_width_and_spaces_out_cjk() -> None:
    from db.fts import index_text, match_expression

    assert index_text("举报ＡＢＣ公司　１２３") == "举 报 ABC 公 司 123"
    assert match_expression('张三 "x') == '"张 三" AND """x"'


_WIDE_AND_CJK = st.text(alphabet=st.sampled_from(
    "ab1 ,.\t\n\"，。、ＡＢＣ１２！～\u3000\uff00\uff5f张三受贿举报\u00e9"
    "\xa0\u2028\x1c\u200b"), max_size=40)  # other spaces, and one that is not


@settings(max_examples=200, deadline=None)
@given(_WIDE_AND_CJK)
def test_index_text_folds_exactly_the_full_width_forms(text: str) -> None:
    # The reference: every character of U+FF01-FF5E and U+3000 mapped by a table, the rest
    # kept (what NFKC does to these, without touching anything else).
    # Then the tokens: one per CJK character, one per run of anything else not a space.
    from db.fts import _CJK, index_text

    table = {0xFF01 + i: 0x21 + i for i in range(0x5E)} | {0x3000: 0x20}
    token = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+")
    assert index_text(text) == " ".join(token.findall(text.translate(table)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=3))
def test_identity_phones_and_odd_characters_round_trip(phones: list[str]) -> None:
    key, lead, report = identity.new_lead_key(), LeadId(1), ReportId(2)
    person = InformantIdentity(name="王芳", phones=tuple(phones))
    sealed = identity.encrypt_identity(key, lead, report, person)
    assert identity.decrypt_identity(key, lead, report, sealed) == person


def test_every_code_has_a_chinese_name_for_printed_forms() -> None:
    from desktop.domain import lead_labels as zh
    from desktop.domain.leads import Channel, CrimeCategory, LeadStatus

    for table, codes in ((zh.CATEGORY_ZH, CrimeCategory), (zh.CHANNEL_ZH, Channel),
                         (zh.STATUS_ZH, LeadStatus), (zh.DISPOSITION_ZH, Disposition)):
        assert set(table) == set(codes)
        assert all(label and label.isprintable() and not label.isascii()
                   for label in table.values())
    assert zh.category_zh("embezzlement-bribery") == "贪污贿赂"
    assert zh.category_zh(CrimeCategory.OTHER) == "其他"
    assert zh.category_zh("受贿") == "受贿"  # already a name
