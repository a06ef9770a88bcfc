"""The audit chain without a database: canonical form, hashing, verification, details rules,
head comparison. (tests/db/test_audit_storage.py runs the same paths on real SQLCipher.)"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.audit.canonical import build_record, canonical_bytes, format_time, parse_time
from desktop.audit.chain import BreakReason, verify_chain
from desktop.audit.details import MAX_TEXT, check_details
from desktop.audit.errors import ForbiddenAuditDetail, InvalidAuditField
from desktop.audit.heads import HeadStatus, compare_heads
from desktop.audit.log import AuditLog
from desktop.domain.audit import EMPTY_HEAD, GENESIS_HASH, AuditHead, AuditRecord


class MemoryRecords:
    """A list-backed AuditRecordRepository for unit tests."""

    def __init__(self) -> None:
        self.records: list[AuditRecord] = []

    def head(self) -> AuditHead:
        return self.records[-1].head if self.records else EMPTY_HEAD

    def insert(self, record: AuditRecord) -> None:
        self.records.append(record)

    def get(self, seq: int) -> AuditRecord | None:
        return next((r for r in self.records if r.seq == seq), None)

    def iterate(self, from_seq: int = 1) -> Iterator[AuditRecord]:
        return iter([r for r in self.records if r.seq >= from_seq])

    def last(self, count: int) -> list[AuditRecord]:
        return self.records[-count:]

    def last_of(self, action: str, subject: str | None = None) -> AuditRecord | None:
        return next((r for r in reversed(self.records) if r.action == action
                     and subject in (None, r.subject)), None)


class FixedClock:
    def __init__(self) -> None:
        self.moment = datetime(2026, 3, 1, 8, 0, 0, 123456, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment


def _log(count: int) -> list[AuditRecord]:
    records = MemoryRecords()
    log = AuditLog(records, FixedClock())
    for i in range(count):
        log.append("user:1", "lead.view", f"lead:{i}", {"index": i})
    return records.records


def test_canonical_bytes_are_sorted_compact_utf8() -> None:
    data = canonical_bytes(1, "2026-03-01T08:00:00.000000Z", "user:1", "bag.seal", "bag:7",
                           {"copy": 3, "kind": "封条"}, GENESIS_HASH)
    expected = (
        '{"action":"bag.seal","actor":"user:1","details":{"copy":3,"kind":"封条"},'
        f'"prev_hash":"{GENESIS_HASH}","seq":1,"subject":"bag:7",'
        '"time":"2026-03-01T08:00:00.000000Z"}'
    ).encode()
    assert data == expected
    record = build_record(1, "2026-03-01T08:00:00.000000Z", "user:1", "bag.seal", "bag:7",
                          {"kind": "封条", "copy": 3}, GENESIS_HASH)
    assert record.hash == hashlib.sha256(expected).hexdigest()


def test_time_is_utc_iso_with_z() -> None:
    beijing = timezone(timedelta(hours=8))
    moment = datetime(2026, 3, 1, 16, 30, 0, 5, tzinfo=beijing)
    assert format_time(moment) == "2026-03-01T08:30:00.000005Z"
    assert parse_time(format_time(moment)) == moment
    with pytest.raises(InvalidAuditField):
        format_time(datetime(2026, 3, 1))  # naive: ambiguous, refused


def test_appended_records_chain_and_verify() -> None:
    records = _log(5)
    assert [r.seq for r in records] == [1, 2, 3, 4, 5]
    assert records[0].prev_hash == GENESIS_HASH
    result = verify_chain(records)
    assert result.ok and result.checked == 5 and result.head == records[-1].head


def test_verify_empty_log() -> None:
    result = verify_chain([])
    assert result.ok and result.head == EMPTY_HEAD


@pytest.mark.parametrize(
    ("tamper", "seq", "reason"),
    [
        (lambda rs: rs.__setitem__(2, replace(rs[2], actor="user:9")), 3,
         BreakReason.HASH_MISMATCH),
        (lambda rs: rs.__setitem__(2, replace(rs[2], details={"index": 7})), 3,
         BreakReason.HASH_MISMATCH),
        (lambda rs: rs.__delitem__(2), 4, BreakReason.SEQUENCE_GAP),
        (lambda rs: rs.__setitem__(2, replace(rs[2], prev_hash="1" * 64)), 3,
         BreakReason.PREV_LINK_MISMATCH),
        (lambda rs: rs.reverse(), 6, BreakReason.SEQUENCE_GAP),
    ],
)
def test_first_break_is_reported(tamper, seq: int, reason: BreakReason) -> None:  # type: ignore[no-untyped-def]
    records = _log(6)
    tamper(records)
    result = verify_chain(records)
    assert result.first_break is not None
    assert (result.first_break.seq, result.first_break.reason) == (seq, reason)


def test_a_consistently_rehashed_forgery_breaks_at_the_next_record() -> None:
    records = _log(4)
    r = records[1]
    records[1] = build_record(r.seq, r.time, "user:9", r.action, r.subject, r.details,
                              r.prev_hash)
    result = verify_chain(records)
    assert result.first_break is not None
    assert (result.first_break.seq, result.first_break.reason) == (
        3, BreakReason.PREV_LINK_MISMATCH,
    )


def test_verification_can_start_from_a_checkpoint() -> None:
    records = _log(6)
    result = verify_chain(records[3:], start=records[2].head)
    assert result.ok and result.checked == 3


@pytest.mark.parametrize(
    "details",
    [
        {"informant_name": "某某"},
        {"content": "举报内容"},
        {"nested": {"reportText": "…"}},
        {"list": [{"informant": {"x": 1}}]},
        {"password": "x"},
        {"PIN": "123456"},
        {"recovery_code": "AAAA"},
        {"name": "张三"},
        {"phone_number": "138"},
    ],
)
def test_identity_and_content_keys_are_refused(details: dict[str, object]) -> None:
    records = MemoryRecords()
    with pytest.raises(ForbiddenAuditDetail):
        AuditLog(records, FixedClock()).append("user:1", "lead.view", "lead:1", details)  # type: ignore[arg-type]
    assert records.records == []


@pytest.mark.parametrize(
    "details",
    [{"ratio": 1.5}, {"blob": b"x"}, {"long": "x" * (MAX_TEXT + 1)}, {"a": {"b": {"c": {
        "d": {"e": {"f": 1}}}}}}, {"kind": "\ud800"}, {"\udfff": 1}],
)
def test_non_canonical_or_content_like_values_are_refused(details: dict[str, object]) -> None:
    with pytest.raises(InvalidAuditField):
        check_details(details)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "details",
    [
        {"kind": "11010519491231002X"},  # a resident ID number under a harmless key
        {"kind": "11010519491231002x"},
        {"note": "caller 13900000000 again"},
        {"note": "１３９００００００００"},  # full-width digits from a Chinese IME
        {"list": ["ok", {"ref": "440301199001011234"}]},
        {"count": 13900000000},  # a phone number stored as an integer
    ],
)
def test_values_holding_an_id_or_phone_number_are_refused(details: dict[str, object]) -> None:
    records = MemoryRecords()
    with pytest.raises(InvalidAuditField):
        AuditLog(records, FixedClock()).append("user:1", "lead.view", "lead:1", details)  # type: ignore[arg-type]
    assert records.records == []


def test_hashes_numbers_and_codes_are_not_mistaken_for_identity() -> None:
    check_details({
        "hash": "0123456789012345678901234567890123456789012345678901234567890123",
        "fingerprint": "1234567890123456789012345678901234567890",
        "number": "320100-2026-000042-7",
        "compact": "32010020260000427",
        "lead": "2026-00012",
        "serial": "0A1B2C3D",
        "epoch_ms": 1795945169000,
        "bytes": 12345678901,  # 11 digits, but not a mobile prefix
    })


def test_metadata_details_are_accepted() -> None:
    check_details({"role": "clerk", "copy_number": 3, "pin_retries_left": 2,
                   "grant": {"lead": 12, "expires": "2026-04-01"}, "flags": [True, None]})


@pytest.mark.parametrize(
    ("actor", "action", "subject"),
    [("", "user.add", ""), ("user 1", "user.add", ""), ("user:1", "User.Add", ""),
     ("user:1", "user.add", "李四")],
)
def test_fields_must_be_ids_and_action_names(actor: str, action: str, subject: str) -> None:
    with pytest.raises(InvalidAuditField):
        AuditLog(MemoryRecords(), FixedClock()).append(actor, action, subject)


def test_compare_heads() -> None:
    records = _log(5)
    at3 = records[2]
    assert compare_heads(at3.head, records[4].head, at3).status is HeadStatus.AHEAD
    assert compare_heads(records[4].head, records[4].head, records[4]).status is (
        HeadStatus.MATCHES
    )
    assert compare_heads(records[4].head, at3.head, None).status is HeadStatus.ROLLED_BACK
    other = replace(at3, hash="f" * 64)
    assert compare_heads(at3.head, records[4].head, other).status is HeadStatus.DIVERGED
    assert compare_heads(AuditHead(3, "e" * 64), at3.head, at3).status is HeadStatus.DIVERGED
    assert compare_heads(EMPTY_HEAD, at3.head, None).status is HeadStatus.AHEAD


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.sampled_from(["a", "b", "lead", "copy"]), children, max_size=3),
    max_leaves=10,
)


@settings(max_examples=100)
@given(details=st.dictionaries(st.sampled_from(["x", "y", "z"]), json_values, max_size=3),
       position=st.integers(0, 4))
def test_any_detail_change_is_detected(details: dict[str, object], position: int) -> None:
    records = _log(5)
    target = records[position]
    if target.details == details:
        return
    records[position] = replace(target, details=details)  # type: ignore[arg-type]
    result = verify_chain(records)
    assert result.first_break is not None
    assert result.first_break.seq == position + 1
