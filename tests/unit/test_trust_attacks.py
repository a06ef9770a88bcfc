"""The hostile review's attacks 1-3 replayed against the real vault (SQLCipher files,
in-process virtual cards): each is refused or detected, and the test says by whom.

1. An enrolled user makes himself chief in the users table (with the DEK his slot
   gives him) and unseals a bag with his own card; or forges the roster itself.
2. The clerk deletes an audit record offline, re-chains the log and re-signs the
   header's MAC.
3. A copy of the whole data folder, taken earlier, is put back.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from db._driver import RawConnection
from db.store import SqlCipherStoreFactory
from desktop.audit.canonical import build_record
from desktop.audit.log import AuditLog
from desktop.bags.errors import UnsealingCardNotChiefs
from desktop.bags.service import BagService
from desktop.domain.audit import AuditRecord
from desktop.domain.roles import Role
from desktop.domain.roster import Roster
from desktop.domain.storage import WrongDatabaseKey
from desktop.vault import slot_crypto
from desktop.vault.card_memory import MEMORY_DO, CardMemory
from desktop.vault.enrollment import sign_approval
from desktop.vault.errors import (
    FolderRolledBack,
    RosterUntrusted,
    SlotNotOnRoster,
    SlotRoleMismatch,
    ViewerOnly,
)
from desktop.vault.header_file import HeaderFile
from desktop.vault.roster_chain import entry_for, sign_roster
from desktop.vault.session import Session
from desktop.vault.trust import recovery_key_hash, verify_roster
from tests.unit.test_vault_workflows import PASSWORD, Vault
from tests.unit.vault_support import PIN, SystemClock, VCard

STAFF_PW = "staff pw"
CLERK_PW = "clerk pw"


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "vault")


def _sql(vault: Vault, dek: bytes, *statements: str) -> list[tuple[object, ...]]:
    """Raw SQL on vault.db with a key a user's slot gave him: what an attacker does
    with sqlcipher and the DEK, outside the program."""
    conn = RawConnection(vault.data_dir / "vault.db", mode="rw")
    try:
        conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
        rows: list[tuple[object, ...]] = []
        for statement in statements:
            rows = list(conn.execute(statement))
        return rows
    finally:
        conn.close()


def _unlock(vault: Vault, card: VCard, password: str) -> Session:
    return vault.service.unlock(card.session, password, PIN)


def _bags(session: Session) -> BagService:
    return BagService.for_session(session, SystemClock(), unit_code="110000", sender="某院")


# ---------------------------------------------------------------- attack 1


def test_attack_1_a_viewers_slot_holds_nothing_that_opens_the_database(vault: Vault) -> None:
    """Staff (and director, deputy chief) are viewers: the bytes his slot unwraps are
    his X25519 grant key and nothing else; they do not open vault.db."""
    staff = vault.add("staff", Role.STAFF, STAFF_PW)
    viewer = vault.service.unlock_viewer(staff.session, STAFF_PW, PIN)
    header = HeaderFile(vault.data_dir).load().header
    slot = header.slot_for_card(staff.serial)
    assert slot is not None and slot in header.viewer_slots and slot.meta.is_viewer
    assert len(slot.ciphertext) == 32 + 16  # one 32-byte key and the GCM tag
    stores = SqlCipherStoreFactory(SystemClock(), AuditLog)
    with pytest.raises(WrongDatabaseKey):
        stores.open(vault.data_dir / "vault.db", bytes(viewer.grant_key))
    viewer.lock()
    with pytest.raises(ViewerOnly):
        _unlock(vault, staff, STAFF_PW)


def test_attack_1_a_users_table_saying_chief_gives_no_chief_powers(vault: Vault) -> None:
    """The clerk holds the DEK: she makes herself chief in the users table. Her role
    stays the signed roster's, and her card's signature unseals nothing."""
    clerk = vault.add("clerk", Role.CLERK, CLERK_PW)
    session = _unlock(vault, clerk, CLERK_PW)
    bags = _bags(session)
    number = bags.create(items=1, pages=3).bag.number
    bags.seal(number)
    bags.hand_over(number, "李秘书")
    dek = bytes(session.keys.dek)
    user_id = session.user.id
    vault.service.lock(session)
    _sql(vault, dek, f"UPDATE users SET role = 'chief' WHERE id = {int(user_id)}")

    # Detected at her own unlock: the role is the signed roster's, the cache reported.
    again = _unlock(vault, clerk, CLERK_PW)
    try:
        assert again.role is Role.CLERK
        request = _bags(again).prepare_unsealing(number)
        with pytest.raises(UnsealingCardNotChiefs):  # chief powers: his card's, only
            _bags(again).unseal(number, sign_approval(clerk.session, PIN, request.record))
    finally:
        vault.service.lock(again)
    assert "roster.cache_mismatch" in vault.actions()

    # Refused at the unsealing itself, in the chief's own session: a signature of her
    # card is not a chief's on the signed roster, whatever the users table says.
    chief = _unlock(vault, vault.chief, PASSWORD)
    try:
        request = _bags(chief).prepare_unsealing(number)
        with pytest.raises(UnsealingCardNotChiefs):
            _bags(chief).unseal(number, sign_approval(clerk.session, PIN, request.record))
        assert _bags(chief).get(number).bag.state.value == "handed-over"
    finally:
        vault.service.lock(chief)


def test_attack_1_a_roster_forged_with_the_users_own_card_is_refused(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, CLERK_PW)
    own = _unlock(vault, clerk, CLERK_PW)
    dek = bytearray(own.keys.dek)
    vault.service.lock(own)
    files = HeaderFile(vault.data_dir)
    header = files.load().header
    slot = header.slot_for_user("clerk")
    assert slot is not None
    # She signs a v1 that makes her the only chief, edits her slot's role to match
    # (its AEAD breaks, but first the roster) and re-signs the header's MAC.
    forged = Roster(1, (entry_for(slot.meta.slot_id, "clerk", Role.CHIEF, slot.meta.card),),
                    recovery_key_hash(header.recovery.public_key))
    signed = sign_roster(clerk.session, PIN, header.vault_id, forged, "",
                         header.audit_head, SystemClock().now())
    files.save(slot_crypto.sign_header(header.with_changes(roster=(signed,)), dek))
    # Refused at every unlock, before any PIN: v1 is not signed by the founding chief
    # pinned in the keyring at init (and her slot does not say what it says).
    with pytest.raises(RosterUntrusted, match="founding chief"):
        verify_roster(files.load().header, vault.keys)
    with pytest.raises((RosterUntrusted, SlotRoleMismatch)):
        _unlock(vault, clerk, CLERK_PW)
    with pytest.raises((RosterUntrusted, SlotNotOnRoster)):
        _unlock(vault, vault.chief, PASSWORD)


# ---------------------------------------------------------------- attack 2


def _rewrite_without(vault: Vault, dek: bytes, victim_action: str) -> int:
    """Drop the triggers, delete the newest ``victim_action`` record, renumber and
    re-chain everything after it; returns the deleted seq."""
    rows = _sql(vault, dek, "SELECT seq, time, actor, action, subject, details, prev_hash, hash"
                " FROM audit_log ORDER BY seq")
    records = [AuditRecord(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]),  # type: ignore[call-overload]
                           json.loads(str(r[5])), str(r[6]), str(r[7])) for r in rows]
    victim = max(r.seq for r in records if r.action == victim_action)
    kept = [r for r in records if r.seq != victim]
    rebuilt: list[AuditRecord] = []
    previous = "0" * 64
    for n, r in enumerate(kept, start=1):
        record = build_record(n, r.time, r.actor, r.action, r.subject, r.details, previous)
        rebuilt.append(record)
        previous = record.hash
    statements = [
        "DROP TRIGGER audit_log_append_in_order",
        "DROP TRIGGER audit_log_no_update",
        "DROP TRIGGER audit_log_no_delete",
        "DELETE FROM audit_log",
    ]
    for r in rebuilt:
        statements.append(
            "INSERT INTO audit_log VALUES ({}, '{}', '{}', '{}', '{}', '{}', '{}', '{}')".format(
                r.seq, r.time, r.actor, r.action, r.subject,
                json.dumps(r.details, sort_keys=True, separators=(",", ":"),
                           ensure_ascii=False).replace("'", "''"),
                r.prev_hash, r.hash,
            )
        )
    _sql(vault, dek, *statements)
    files = HeaderFile(vault.data_dir)
    header = files.load().header
    head = rebuilt[-1].head
    files.save(slot_crypto.sign_header(header.with_changes(audit_head=head), bytearray(dek)))
    return victim


def test_attack_2_a_deleted_record_before_the_chiefs_checkpoint_is_caught(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, CLERK_PW)
    session = _unlock(vault, clerk, CLERK_PW)
    with session.store.transaction() as tx:
        tx.audit.append(session.actor, "lead.identity.view", "lead:1", {"field": "all"})
    dek = bytes(session.keys.dek)
    vault.service.lock(session)
    # The chief unlocks: his checkpoint now covers the identity view; his card remembers.
    vault.service.lock(_unlock(vault, vault.chief, PASSWORD))

    _rewrite_without(vault, dek, "lead.identity.view")

    # Caught at the chief's next unlock (his card remembers the checkpoint)...
    with pytest.raises(FolderRolledBack) as refused:
        _unlock(vault, vault.chief, PASSWORD)
    assert refused.value.card_serial == vault.chief.serial
    # ...and by `audit verify`: the clerk's own card remembers only an earlier
    # checkpoint (her record protects against others, not against her), so her unlock
    # passes — and the chief's signed checkpoints no longer match the chain.
    session = _unlock(vault, clerk, CLERK_PW)
    try:
        verdict = vault.service.verify_audit(session)
    finally:
        vault.service.lock(session)
    assert verdict.chain.ok  # re-chained: the hashes alone cannot tell
    assert not verdict.ok and verdict.witnesses.problem is not None
    assert verdict.witnesses.problem[1] == "the chain before it was changed"


# ---------------------------------------------------------------- attack 3


def test_attack_3_an_old_copy_of_the_whole_folder_is_caught(vault: Vault, tmp_path: Path) -> None:
    clerk = vault.add("clerk", Role.CLERK, CLERK_PW)
    copy = tmp_path / "copy"
    shutil.copytree(vault.data_dir, copy, ignore=shutil.ignore_patterns("vault.lock"))
    # Time passes: a user is removed (the removal renews the keys), records follow.
    session = _unlock(vault, vault.chief, PASSWORD)
    vault.service.remove_user(session, "clerk", vault.chief.session, PIN, PASSWORD)
    vault.service.lock(session)
    vault.service.lock(_unlock(vault, vault.chief, PASSWORD))

    for name in ("vault.db", "vault.keys", "vault.keys.bak"):
        (vault.data_dir / name).unlink(missing_ok=True)
        if (copy / name).exists():
            shutil.copy2(copy / name, vault.data_dir / name)

    # Caught at the chief's unlock: the checkpoint his card remembers is not there.
    with pytest.raises(FolderRolledBack) as refused:
        _unlock(vault, vault.chief, PASSWORD)
    # (the removal signed a roster version the copy lacks; its records are gone too)
    assert refused.value.what in ("roster", "missing")
    assert refused.value.card_serial == vault.chief.serial
    # (The removed clerk could still open that old copy with her old card: removal
    # cuts her off from new data, not from copies taken before it — DESIGN §2.)
    assert clerk.serial


def test_a_wiped_keyholder_card_is_reported_to_the_chief(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, CLERK_PW)
    vault.service.lock(_unlock(vault, clerk, CLERK_PW))
    assert clerk.session.read_private_do(MEMORY_DO)  # it remembers
    clerk.session.verify_pin(PIN, 0x82)
    clerk.session.write_private_do(MEMORY_DO, b"")  # wiped (by her: she knows her PIN)
    vault.service.lock(_unlock(vault, clerk, CLERK_PW))
    chief = _unlock(vault, vault.chief, PASSWORD)
    try:
        summary = chief.witnessed
        assert summary is not None and ("card.memory_missing", 1) in summary.by_action
    finally:
        vault.service.lock(chief)
    assert CardMemory.from_bytes(clerk.session.read_private_do(MEMORY_DO)) is not None


def test_signatures_the_chiefs_card_made_elsewhere_are_reported(vault: Vault) -> None:
    vault.service.lock(_unlock(vault, vault.chief, PASSWORD))  # his checkpoint: counter N
    for _ in range(3):  # three signatures outside LeadVault
        vault.chief.session.verify_pin(PIN, 0x81)
        vault.chief.session.sign(b"something else")
    chief = _unlock(vault, vault.chief, PASSWORD)
    try:
        with chief.store.reading() as tx:
            jump = tx.audit_records.last_of("card.counter_jump")
        assert jump is not None and jump.details["unexplained"] == 3
        assert chief.witnessed is not None
    finally:
        vault.service.lock(chief)
    # Signatures the trail explains (his checkpoints) are not reported again.
    vault.service.lock(_unlock(vault, vault.chief, PASSWORD))
    assert vault.actions().count("card.counter_jump") == 1
