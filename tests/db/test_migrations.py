"""Migrations: numbered, one transaction each, and upgradable from every earlier version."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from db.connection import Database, create_database, open_database
from db.fts import index_text
from db.migrations import LATEST, MIGRATIONS, migrate
from db.repositories.audit import SqlAuditRecordRepository
from db.store import SqlCipherStoreFactory, SqlUnitOfWork
from desktop.audit.chain import verify_chain
from desktop.audit.log import AuditLog
from desktop.domain.approvals import RequestState
from desktop.domain.bags import BagAction, BagState
from desktop.domain.confidential_number import next_number
from desktop.domain.leads import (
    CardChangeKind,
    Channel,
    CrimeCategory,
    Deadline,
    FilingLevel,
    InformantIdentity,
    LeadId,
    LeadNumber,
    LeadStatus,
    Rank,
    ReportedPerson,
    ReportId,
)
from desktop.domain.roles import Role
from desktop.domain.storage import SchemaTooNew
from desktop.domain.users import CardKey, EnrolledCard, UserId
from desktop.leads import identity
from tests.db.conftest import SteppingClock

WHEN = datetime(2026, 3, 1, tzinfo=UTC)
IK = bytes(range(32))  # the identity key the v4 seed wrapped its lead key with
INFORMANT = InformantIdentity(name="王芳", phones=("13800138000",))
LEAD_NUMBER = "2026-00001"
BAG_NUMBER = str(next_number("110000", 2026, None))


def _schema(db: Database) -> list[tuple[object, ...]]:
    rows = db.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    )
    return [(t, n, tn, " ".join(str(sql).split())) for t, n, tn, sql in rows]


# Data written at the version that introduced each table, checked after the upgrade.
def _seed_v1(db: Database) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO users (id, name, role, created_at) VALUES "
            "(1, '李检', 'chief', '2026-03-01T00:00:00.000000Z')"
        )
        db.execute(
            "INSERT INTO cards VALUES ('0A1B2C3D', 1, x'04aa', 'p256-ecdsa', 'aa', "
            "x'04bb', 'p256-ecdh', 'bb', '2026-03-01T00:00:00.000000Z', NULL)"
        )
        db.execute("INSERT INTO settings VALUES ('unit.code', '110000')")


def _seed_v2(db: Database) -> None:
    with db.transaction():
        AuditLog(SqlAuditRecordRepository(db), SteppingClock()).append(
            "user:1", "vault.create", "vault"
        )


def _seed_v3(db: Database) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO drafts (owner, form_kind, payload, updated_at) VALUES "
            "(1, 'lead-form', x'7b7d', '2026-03-01T00:00:00.000000Z')"
        )


def _seed_v4(db: Database) -> None:
    """A letter from a real-name informant about 张三: case card, reported person, report,
    the informant's name and phone sealed under the lead key, the disposition deadline
    and the search index row, in the stored formats of v4."""
    lead_key = identity.new_lead_key()
    sealed = identity.encrypt_identity(lead_key, LeadId(1), ReportId(1), INFORMANT)
    at = "2026-03-01T01:00:00.000000Z"
    with db.transaction():
        db.execute("INSERT INTO lead_year_counters (year, last) VALUES (2026, 1)")
        db.execute(
            "INSERT INTO leads (id, number, year, serial, status, category, summary,"
            " disposition, filing_level, about_own_staff, storage_location, report_count,"
            " next_due_at, first_received_at, last_received_at, identity_key, created_by,"
            " created_at, updated_at, version) VALUES (1, ?, 2026, 1, 'received',"
            " 'embezzlement-bribery', '工程款回扣', NULL, 'provincial-centre', 0, '档案柜A',"
            " 1, '2026-03-08T15:59:59.000000Z', ?, ?, ?, 1, ?, ?, 1)",
            (LEAD_NUMBER, at, at, identity.wrap_lead_key(IK, LeadId(1), lead_key), at, at),
        )
        db.execute(
            "INSERT INTO lead_reported_persons (lead_id, position, name, unit, post, rank,"
            " region, match_key) VALUES (1, 0, '张三', '某市财政局', '局长',"
            " 'county-division', '', '张三|某市财政局')"
        )
        db.execute(
            "INSERT INTO lead_reports (id, lead_id, kind, channel, received_at, original_text,"
            " real_name, pseudonym_code, acknowledged, postmark_date, envelope_kept,"
            " has_identity, recorded_by, recorded_at) VALUES (1, 1, 'report', 'letter', ?,"
            " '举报张三收受工程款回扣。', 1, 'JB-0000-0000-0001', 1, '2026-02-27', 1, 1, 1, ?)",
            (at, at),
        )
        db.execute_many(
            "INSERT INTO lead_identity_fields (report_id, field, ciphertext) VALUES (1, ?, ?)",
            list(sealed.items()),
        )
        db.execute(
            "INSERT INTO lead_deadlines (lead_id, rule, subject, starts_at, due_at, met_at)"
            " VALUES (1, 'disposition', '', ?, '2026-03-08T15:59:59.000000Z', NULL)",
            (at,),
        )
        db.execute(
            "INSERT INTO lead_fts (rowid, body) VALUES (1, ?)",
            (index_text(f"{LEAD_NUMBER}\n工程款回扣\n张三\n某市财政局\n举报张三收受工程款回扣。"),),
        )


def _seed_v5(db: Database) -> None:
    """The v4 lead in a bag: a confidential number, the bag, its lead, two bag events."""
    at = "2026-03-02T01:00:00.000000Z"
    with db.transaction():
        db.execute(
            "INSERT INTO number_counters (unit_code, year, last_serial) VALUES ('110000', 2026, 1)"
        )
        db.execute(
            "INSERT INTO confidential_numbers (number, unit_code, year, serial, issued_at,"
            " issued_by) VALUES (?, '110000', 2026, 1, ?, 'user:1')",
            (BAG_NUMBER, at),
        )
        db.execute(
            "INSERT INTO bags (id, number, sender, recipient, created_at, state, items, pages,"
            " version) VALUES (1, ?, '某市人民检察院举报中心', '某省人民检察院', ?, 'draft',"
            " 0, 0, 2)",
            (BAG_NUMBER, at),
        )
        db.execute(
            "INSERT INTO bag_leads (bag_id, position, lead_number) VALUES (1, 0, ?)",
            (LEAD_NUMBER,),
        )
        db.execute_many(
            "INSERT INTO bag_events (bag_id, version, action, from_state, to_state, at, actor,"
            " details) VALUES (1, ?, ?, ?, 'draft', ?, 'user:1', ?)",
            [(1, "create", None, at, "{}"),
             (2, "add-lead", "draft", at, f'{{"lead": "{LEAD_NUMBER}"}}')],
        )


def _seed_v6(db: Database) -> None:
    """A second lead, voided with its reason, whose letter's postmark could not be read
    (the Art 111 notice given)."""
    at = "2026-03-03T01:00:00.000000Z"
    with db.transaction():
        db.execute(
            "INSERT INTO leads (id, number, year, serial, status, category, filing_level,"
            " first_received_at, last_received_at, identity_key, created_by, created_at,"
            " updated_at, version, report_count) VALUES (2, '2026-00002', 2026, 2, 'voided',"
            " 'dereliction', 'local', ?, ?, x'00', 1, ?, ?, 2, 1)",
            (at, at, at, at),
        )
        db.execute(
            "INSERT INTO lead_card_changes (lead_id, version, kind, reason, fields, before,"
            " changed_by, changed_by_name, changed_at) VALUES (2, 2, 'void', '重复登记',"
            " '[\"status\"]', '{\"status\": \"received\"}', 1, '李娟', ?)",
            (at,),
        )
        db.execute(
            "INSERT INTO lead_reports (id, lead_id, kind, channel, received_at, original_text,"
            " real_name, pseudonym_code, acknowledged, postmark_date, envelope_kept,"
            " has_identity, recorded_by, recorded_at, postmark_illegible_reason,"
            " false_accusation_notice) VALUES (2, 2, 'report', 'letter', ?, '来信。', 1,"
            " 'JB-0000-0000-0002', 1, NULL, 1, 0, 1, ?, '邮戳模糊无法辨认', 1)",
            (at, at),
        )


def _seed_v7(db: Database) -> None:
    """A request to the chief, still pending."""
    from desktop.domain.approvals import ApprovalRequest, RequestKind, Scope

    request = ApprovalRequest(RequestKind.VIEW_LEAD, "user:1", ("lead:1",), (Scope.CASE_CARD,),
                              "核查线索", 24, "2026-03-04T01:00:00.000000Z")
    with db.transaction():
        db.execute("INSERT INTO approval_requests (hash, body, kind, requester, filed_at)"
                   " VALUES (?, ?, ?, ?, ?)",
                   (request.hash, request.to_bytes().decode(), request.kind.value,
                    request.requester, request.filed_at))


def _seed_v8(db: Database) -> None:
    """The request above came from a viewer's outbox and became a grant package."""
    with db.transaction():
        db.execute("INSERT INTO viewer_requests (request_id, sender, seq) VALUES (1, 's-9', 1)")
        db.execute("INSERT INTO grant_packages (package_id, request_id, recipient, expires_at,"
                   " issued_at) VALUES ('p1', 1, 's-9', '2026-03-05T01:00:00.000000Z',"
                   " '2026-03-04T02:00:00.000000Z')")


def _seed_v9(db: Database) -> None:
    """An attachment of lead 1 sealed whole (before v0009), one in two chunks."""
    with db.transaction():
        for content, chunks in ((b"whole", 0), (b"", 2)):
            db.execute("INSERT INTO lead_attachments (lead_id, file_name, media_type, size,"
                       " sha256, content, added_by, added_at, chunks)"
                       " VALUES (1, 'a.txt', 'text/plain', 4, ?, ?, 1, ?, ?)",
                       ("0" * 64, content, "2026-03-01T00:00:00.000000Z", chunks))
        new_id = db.scalar("SELECT max(id) FROM lead_attachments")
        for seq in (0, 1):
            db.execute("INSERT INTO lead_attachment_chunks VALUES (?, ?, ?)",
                       (new_id, seq, bytes([seq]) * 3))


def _seed_v10(db: Database) -> None:
    """v0010 adds indexes only: the data of the earlier seeds is what they cover."""


def _seed_v11(db: Database) -> None:
    """v0011 adds indexes only; the v2 record must still verify (checked below) and
    the audit view's pages use them (test_audit_pages_use_the_v11_indexes)."""


SEEDS: dict[int, Callable[[Database], None]] = {
    1: _seed_v1, 2: _seed_v2, 3: _seed_v3, 4: _seed_v4, 5: _seed_v5, 6: _seed_v6,
    7: _seed_v7, 8: _seed_v8, 9: _seed_v9, 10: _seed_v10, 11: _seed_v11,
}


def test_migrations_are_numbered_without_gaps() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST + 1))
    assert LATEST >= 3
    assert all(m.statements for m in MIGRATIONS)


def test_every_version_has_seed_data() -> None:
    # A new migration should add a seed here, so the upgrade test checks its data too.
    assert set(SEEDS) == set(range(1, LATEST + 1))


# start == LATEST: no upgrade, but the newest seed is checked by the same assertions, so
# the next migration finds them already proven against its predecessor's data.
@pytest.mark.parametrize("start", range(LATEST + 1))
def test_upgrade_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    dek = os.urandom(32)
    fresh = create_database(tmp_path / "fresh.db", dek)
    migrate(fresh)
    expected_schema = _schema(fresh)
    fresh.close()

    path = tmp_path / "vault.db"
    old = create_database(path, dek)
    for version in range(1, start + 1):
        migrate(old, target=version)
        if version in SEEDS:
            SEEDS[version](old)
    assert old.user_version == start
    old.close()

    store = SqlCipherStoreFactory(SteppingClock(), AuditLog).open(path, dek)
    db = store.database
    assert db.user_version == LATEST
    assert _schema(db) == expected_schema
    with store.reading() as tx:
        if start >= 1:
            assert [u.name for u in tx.users.list()] == ["李检"]
            card = tx.cards.find("0A1B2C3D")
            assert card == EnrolledCard(
                "0A1B2C3D", UserId(1), CardKey("p256-ecdsa", b"\x04\xaa", "aa"),
                CardKey("p256-ecdh", b"\x04\xbb", "bb"),
                datetime(2026, 3, 1, tzinfo=UTC),
            )
            assert tx.settings.get("unit.code") == "110000"
        if start >= 2:
            assert tx.audit_records.head().seq == 1
            assert verify_chain(tx.audit_records.iterate()).ok
        if start >= 3:
            assert [d.form_kind for d in tx.drafts.for_owner(UserId(1))] == ["lead-form"]
        if start >= 4:
            _check_v4_lead(tx)
        if start >= 5:
            bag = tx.bags.get(next_number("110000", 2026, None))
            assert (bag.bag.state, bag.bag.lead_numbers, bag.version) == (
                BagState.DRAFT, (LEAD_NUMBER,), 2)
            assert bag.bag.recipient == "某省人民检察院"
            events = tx.bags.events(bag.bag.number)
            assert [(e.event.action, e.event.detail("lead")) for e in events] == [
                (BagAction.CREATE, None), (BagAction.ADD_LEAD, LEAD_NUMBER)]
            assert tx.bags.bags_with_lead(LEAD_NUMBER) == [bag.bag.number]
            entry = tx.bags.number_entry(bag.bag.number)
            assert entry is not None and entry.voided_at is None
        if start >= 6:
            void = tx.leads.by_number(LeadNumber(2026, 2))
            assert void.status is LeadStatus.VOIDED
            [change] = tx.leads.changes(void.id)
            assert (change.kind, change.reason, change.fields, change.changed_by_name) == (
                CardChangeKind.VOID, "重复登记", ("status",), "李娟")
            [letter] = tx.lead_reports.reports(void.id)
            assert (letter.postmark_date, letter.postmark_illegible_reason,
                    letter.false_accusation_notice) == (None, "邮戳模糊无法辨认", True)
        if start >= 7:
            [pending] = tx.approvals.listed((RequestState.PENDING,))
            assert pending.request.subjects == ("lead:1",) and pending.request.reason == "核查线索"
        if start >= 8:
            assert tx.grant_records.viewer_request(1) == ("s-9", 1)
            [live] = tx.grant_records.live_packages()
            assert (live.package_id, live.recipient, live.request_state) == ("p1", "s-9",
                                                                             "pending")
        if start >= 9:
            whole, chunked = tx.lead_attachments.attachments(LeadId(1))
            assert tx.lead_attachments.chunk_count(whole.id) == 0
            assert tx.lead_attachments.attachment_content(whole.id) == b"whole"
            assert tx.lead_attachments.chunk_count(chunked.id) == 2
            assert list(tx.lead_attachments.chunks(chunked.id)) == [b"\0\0\0", b"\1\1\1"]
    # The upgraded database works like a new one.
    with store.transaction() as tx:
        user = tx.users.add("王芳", Role.CLERK, WHEN)
        tx.drafts.save(user.id, "report-form", b"x", WHEN)
        tx.audit.append("user:1", "user.add", f"user:{user.id}", {"role": "clerk"})
        # The counters carry on from the seeded numbers: none is issued twice.
        assert tx.leads.reserve_numbers(2026) == [LeadNumber(2026, 2 if start >= 4 else 1)]
        number = tx.bags.issue_number("110000", 2026, WHEN, "user:1")
        assert number.serial == (2 if start >= 5 else 1)
    with store.reading() as tx:
        assert verify_chain(tx.audit_records.iterate()).ok
    store.close()


def _check_v4_lead(tx: SqlUnitOfWork) -> None:
    card = tx.leads.by_number(LeadNumber(2026, 1))
    assert (card.id, card.category, card.filing_level, card.summary, card.report_count) == (
        LeadId(1), CrimeCategory.EMBEZZLEMENT_BRIBERY, FilingLevel.PROVINCIAL_CENTRE,
        "工程款回扣", 1)
    assert card.reported_persons == (
        ReportedPerson("张三", "某市财政局", "局长", Rank.COUNTY_DIVISION),)
    [report] = tx.lead_reports.reports(card.id)
    assert (report.channel, report.original_text, report.pseudonym_code,
            report.postmark_date, report.real_name, report.has_identity) == (
        Channel.LETTER, "举报张三收受工程款回扣。", "JB-0000-0000-0001", date(2026, 2, 27),
        True, True)
    assert (report.postmark_illegible_reason, report.false_accusation_notice) == ("", False)
    assert tx.leads.changes(card.id) == []
    # The sealed identity still opens with the identity key, under the same lead/report.
    lead_key = identity.unwrap_lead_key(IK, card.id, tx.leads.wrapped_key(card.id))
    sealed = tx.lead_reports.identity_fields(report.id)
    assert set(sealed) == {"name", "phones"}
    assert identity.decrypt_identity(lead_key, card.id, report.id, sealed) == INFORMANT
    assert tx.lead_deadlines.deadlines(card.id) == [Deadline(
        card.id, "disposition", "", datetime(2026, 3, 1, 1, tzinfo=UTC),
        datetime(2026, 3, 8, 15, 59, 59, tzinfo=UTC), None)]
    assert [row.id for row in tx.lead_lists.search("张三")] == [card.id]
    assert [row.id for row in tx.lead_lists.search("王芳")] == []  # identities are not indexed


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    dek = os.urandom(32)
    path = tmp_path / "vault.db"
    db = create_database(path, dek)
    migrate(db)
    db.execute(f"PRAGMA user_version = {LATEST + 1}")
    db.close()
    with pytest.raises(SchemaTooNew) as raised:
        SqlCipherStoreFactory(SteppingClock(), AuditLog).open(path, dek)
    assert raised.value.found == LATEST + 1
    check = open_database(path, dek)
    assert check.user_version == LATEST + 1  # untouched
    check.close()


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    from db.migrations import Migration, _apply
    from desktop.domain.storage import MigrationFailed

    db = create_database(tmp_path / "vault.db", os.urandom(32))
    migrate(db, target=1)
    broken = Migration(2, "broken", ("CREATE TABLE half (x)", "CREATE TABLE users (x)"))
    with pytest.raises(MigrationFailed) as raised:
        _apply(db, broken)
    assert raised.value.version == 2
    assert db.user_version == 1
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'half'") == []
    db.close()


def test_audit_pages_use_the_v11_indexes(tmp_path: Path) -> None:
    """A user's (an action's, a subject's) page is one range of its index, not a walk
    of the whole chain."""
    db = create_database(tmp_path / "plan.db", os.urandom(32))
    migrate(db)
    for column in ("actor", "action", "subject"):
        plan = " ".join(str(row[-1]) for row in db.execute(
            f"EXPLAIN QUERY PLAN SELECT seq FROM audit_log WHERE {column} = ? AND seq < ?"
            " ORDER BY seq DESC LIMIT 200", ("x", 10)))
        assert f"USING INDEX audit_log_by_{column}" in plan or (
            f"USING COVERING INDEX audit_log_by_{column}" in plan), plan
        assert "TEMP B-TREE" not in plan, plan
    db.close()
