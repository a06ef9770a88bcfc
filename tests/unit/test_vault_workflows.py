"""Vault workflows with in-process virtual cards and real SQLCipher files
(the same paths through pcscd and the Secret Service: tests/e2e/test_vault_*)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.audit.chain import verify_chain
from desktop.card.errors import PinBlocked, WrongPin
from desktop.domain.roles import Role
from desktop.policy import NotPermitted
from desktop.vault.errors import (
    ApprovalInvalid,
    CardAlreadyEnrolled,
    CardNotEnrolled,
    InsecureKeyring,
    LastChief,
    MachineSecretMissing,
    NotAViewer,
    UserExists,
    VaultExists,
    VaultInUse,
    ViewerOnly,
    WrongPassword,
    WrongRecoveryCode,
)
from desktop.vault.header import parse_header
from desktop.vault.header_file import HeaderFile
from desktop.vault.keyring_store import DemoKeyStore
from tests.unit.vault_support import (
    CHEAP,
    PIN,
    MemoryKeyStore,
    RecordingSleep,
    VCard,
    make_service,
    provisioned_card,
)

PASSWORD = "correct horse 马"


class Vault:
    def __init__(self, data_dir: Path) -> None:
        self.keys = MemoryKeyStore()
        self.sleep = RecordingSleep()
        self.service = make_service(data_dir, self.keys, self.sleep)
        self.chief = provisioned_card()
        session, created = self.service.create(
            unit_code="110000",
            unit_name="某某市人民检察院",
            user_name="chief",
            card=self.chief.session,
            pin=PIN,
            password=PASSWORD,
            kdf_params=CHEAP,
            development=True,
        )
        self.recovery_code = created.recovery_code
        self.service.lock(session)
        self.data_dir = data_dir

    def add(self, name: str, role: Role, password: str) -> VCard:
        card = provisioned_card()
        session = self.service.unlock(self.chief.session, PASSWORD, PIN)
        record = self.service.enrollment_request(session, "user.add", name, role, card.session)
        approval = self.service.approve(self.chief.session, PIN, record)
        self.service.add_user(
            session,
            user_name=name,
            role=role,
            card=card.session,
            pin=PIN,
            password=password,
            approval=approval,
        )
        self.service.lock(session)
        return card

    def actions(self, password: str = PASSWORD) -> list[str]:
        session = self.service.unlock(self.chief.session, password, PIN)
        with session.store.reading() as tx:
            actions = [r.action for r in tx.audit_records.iterate()]
        self.service.lock(session)
        return actions


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "vault")


def test_create_then_unlock_gives_the_chief_with_both_keys(vault: Vault) -> None:
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    assert session.user.name == "chief" and session.role is Role.CHIEF
    assert len(session.keys.dek) == 32 and session.keys.ik is not None
    assert vault.service.verify_audit(session).ok
    vault.service.lock(session)
    assert session.closed and session.keys.dek == bytearray(32)  # wiped
    assert vault.actions()[:6] == [
        "vault.create", "user.add", "recovery.issue", "roster.sign", "audit.checkpoint",
        "vault.lock",
    ]


def test_create_refuses_an_existing_vault(vault: Vault) -> None:
    with pytest.raises(VaultExists):
        vault.service.create(
            unit_code="110000",
            unit_name="x",
            user_name="y",
            card=vault.chief.session,
            pin=PIN,
            password="p",
            kdf_params=CHEAP,
            development=True,
        )


def test_demo_key_store_only_for_demo_vaults(tmp_path: Path) -> None:
    card = provisioned_card()
    service = make_service(tmp_path / "real", DemoKeyStore())
    with pytest.raises(InsecureKeyring):
        service.create(
            unit_code="110000",
            unit_name="x",
            user_name="y",
            card=card.session,
            pin=PIN,
            password="p",
            kdf_params=CHEAP,
            development=True,
        )
    demo = make_service(tmp_path / "demo", DemoKeyStore())
    session, _created = demo.create(
        unit_code="110000",
        unit_name="x",
        user_name="y",
        card=card.session,
        pin=PIN,
        password="p",
        kdf_params=CHEAP,
        demo=True,
    )
    demo.lock(session)
    demo.lock(demo.unlock(card.session, "p", PIN))


def test_lock_writes_the_audit_head_into_the_header(vault: Vault) -> None:
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    vault.service.lock(session)
    header = HeaderFile(vault.data_dir).load().header
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    with session.store.reading() as tx:
        last_lock = [r for r in tx.audit_records.iterate() if r.action == "vault.lock"][-1]
    assert header.audit_head == last_lock.head
    vault.service.lock(session)


def test_second_session_is_refused_while_one_is_open(vault: Vault) -> None:
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    with pytest.raises(VaultInUse):
        vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    vault.service.lock(session)


def test_wrong_password_spends_no_pin_try_and_is_counted(vault: Vault) -> None:
    for _ in range(2):
        with pytest.raises(WrongPassword):
            vault.service.unlock(vault.chief.session, "wrong", PIN)
    assert vault.chief.session.pin_status().pw1_retries == 3
    assert HeaderFile(vault.data_dir).load().header.failed_unlocks.count == 2
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    vault.service.lock(session)
    assert HeaderFile(vault.data_dir).load().header.failed_unlocks.count == 0
    assert "vault.unlock_failed" in vault.actions()


def test_repeated_failures_are_slowed_down(vault: Vault) -> None:
    for _ in range(5):
        with pytest.raises(WrongPassword):
            vault.service.unlock(vault.chief.session, "wrong", PIN)
    # Three attempts are free; then 1 s, 2 s, 4 s before the next attempts.
    assert vault.sleep.delays == [1.0, 2.0]
    with pytest.raises(WrongPassword):
        vault.service.unlock(vault.chief.session, "wrong", PIN)
    assert vault.sleep.delays[-1] == 4.0


def test_wrong_pin_reports_remaining_tries(vault: Vault) -> None:
    with pytest.raises(WrongPin) as caught:
        vault.service.unlock(vault.chief.session, PASSWORD, "000000")
    assert caught.value.remaining == 2
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    vault.service.lock(session)


def test_blocked_pin_is_reported_without_sending_verify(vault: Vault) -> None:
    vault.chief.virtual.block_pin(0x82)
    sent: list[bytes] = []
    original = vault.chief.transport.send_and_receive

    def spy(apdu: bytes) -> tuple[bytes, int]:
        sent.append(apdu)
        return original(apdu)

    vault.chief.transport.send_and_receive = spy  # type: ignore[method-assign]
    with pytest.raises(PinBlocked):
        vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    assert not any(a[1] == 0x20 and len(a) > 4 for a in sent)  # no VERIFY with a PIN


def test_card_not_enrolled(vault: Vault) -> None:
    stranger = provisioned_card()
    with pytest.raises(CardNotEnrolled) as caught:
        vault.service.unlock(stranger.session, PASSWORD, PIN)
    assert caught.value.card_serial == stranger.serial


def test_machine_secret_missing_points_to_recovery(vault: Vault) -> None:
    vault.keys.secrets.clear()
    with pytest.raises(MachineSecretMissing) as caught:
        vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    assert "recover" in str(caught.value)
    assert vault.chief.session.pin_status().pw1_retries == 3


def test_change_password(vault: Vault) -> None:
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    with pytest.raises(WrongPassword):
        vault.service.change_password(session, vault.chief.session, PIN, "wrong", "new")
    vault.service.change_password(session, vault.chief.session, PIN, PASSWORD, "new secret")
    vault.service.lock(session)
    with pytest.raises(WrongPassword):
        vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    vault.service.lock(vault.service.unlock(vault.chief.session, "new secret", PIN))
    assert "user.password_change" in vault.actions("new secret")
    # Nor through the backup: a damaged vault.keys makes the app read the .bak.
    HeaderFile(vault.data_dir).path.write_bytes(b"{")
    with pytest.raises(WrongPassword):
        vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    vault.service.lock(vault.service.unlock(vault.chief.session, "new secret", PIN))


def test_add_user_with_the_chiefs_signature(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    staff = vault.add("staff", Role.STAFF, "staff pw")
    session = vault.service.unlock(clerk.session, "clerk pw", PIN)
    assert session.role is Role.CLERK and session.keys.ik is not None
    vault.service.lock(session)
    # Staff are viewers: their slot opens a grant key, never the database.
    with pytest.raises(ViewerOnly):
        vault.service.unlock(staff.session, "staff pw", PIN)
    viewer = vault.service.unlock_viewer(staff.session, "staff pw", PIN)
    assert viewer.role is Role.STAFF and len(viewer.grant_key) == 32
    assert viewer.roster.current.active_entry_for_card(staff.serial) is not None
    viewer.lock()
    assert viewer.grant_key == bytearray(32)
    with pytest.raises(NotAViewer):
        vault.service.unlock_viewer(clerk.session, "clerk pw", PIN)
    assert vault.actions().count("user.add") == 3


def test_add_user_refuses_a_bad_or_foreign_approval(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    newcomer = provisioned_card()
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    record = vault.service.enrollment_request(
        session, "user.add", "n", Role.CLERK, newcomer.session
    )
    # Signed by a clerk's card: not a chief procurator.
    by_clerk = vault.service.approve(clerk.session, PIN, record)
    with pytest.raises(ApprovalInvalid):
        vault.service.add_user(
            session,
            user_name="n",
            role=Role.CLERK,
            card=newcomer.session,
            pin=PIN,
            password="p",
            approval=by_clerk,
        )
    # A valid signature over a different record (another role).
    other = vault.service.enrollment_request(session, "user.add", "n", Role.CHIEF, newcomer.session)
    wrong_record = vault.service.approve(vault.chief.session, PIN, other)
    with pytest.raises(ApprovalInvalid):
        vault.service.add_user(
            session,
            user_name="n",
            role=Role.CLERK,
            card=newcomer.session,
            pin=PIN,
            password="p",
            approval=wrong_record,
        )
    # A tampered signature.
    good = vault.service.approve(vault.chief.session, PIN, record)
    forged = type(good)(good.approver_serial, good.record, bytes(64))
    with pytest.raises(ApprovalInvalid):
        vault.service.add_user(
            session,
            user_name="n",
            role=Role.CLERK,
            card=newcomer.session,
            pin=PIN,
            password="p",
            approval=forged,
        )
    with pytest.raises(UserExists):
        vault.service.add_user(
            session,
            user_name="clerk",
            role=Role.CLERK,
            card=newcomer.session,
            pin=PIN,
            password="p",
            approval=good,
        )
    with pytest.raises(CardAlreadyEnrolled):
        vault.service.add_user(
            session,
            user_name="n",
            role=Role.CLERK,
            card=clerk.session,
            pin=PIN,
            password="p",
            approval=good,
        )
    vault.service.lock(session)
    with pytest.raises(CardNotEnrolled):
        vault.service.unlock(newcomer.session, "p", PIN)


def test_replace_own_card_with_password_and_old_card(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    new = provisioned_card()
    session = vault.service.unlock(clerk.session, "clerk pw", PIN)
    record = vault.service.enrollment_request(
        session, "card.replace", "clerk", Role.CLERK, new.session
    )
    vault.service.replace_own_card(
        session,
        password="clerk pw",
        old_card=clerk.session,
        old_pin=PIN,
        new_card=new.session,
        new_pin=PIN,
        approval=vault.service.approve(vault.chief.session, PIN, record),  # a roster change
    )
    vault.service.lock(session)
    with pytest.raises(CardNotEnrolled):
        vault.service.unlock(clerk.session, "clerk pw", PIN)
    vault.service.lock(vault.service.unlock(new.session, "clerk pw", PIN))


def test_replace_a_lost_card_with_the_chiefs_signature(vault: Vault) -> None:
    lost = vault.add("clerk", Role.CLERK, "clerk pw")
    kept = HeaderFile(vault.data_dir).load().header  # a key file copied before the loss
    new = provisioned_card()
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    record = vault.service.enrollment_request(
        session, "card.replace", "clerk", Role.CLERK, new.session
    )
    approval = vault.service.approve(vault.chief.session, PIN, record)
    generation = vault.service.replace_card_approved(
        session,
        user_name="clerk",
        new_card=new.session,
        new_pin=PIN,
        new_password="fresh",
        approval=approval,
        acting_card=vault.chief.session,
        acting_pin=PIN,
        acting_password=PASSWORD,
    )
    assert generation == 2
    vault.service.lock(session)
    # Whoever finds the lost card, with that old key file and the old password, gets
    # a key of before the loss: it no longer opens the database.
    from db.connection import open_database
    from desktop.domain.storage import StorageError
    from desktop.vault import slot_keys

    machine = bytearray(vault.keys.get(kept.vault_id) or b"")
    slot = kept.slot_for_user("clerk")
    assert slot is not None
    old = slot_keys.open_user_slot(kept, slot, lost.session, PIN, "clerk pw", machine)
    with pytest.raises(StorageError):
        open_database(vault.data_dir / "vault.db", bytes(old.dek))
    unlocked = vault.service.unlock(new.session, "fresh", PIN)
    assert unlocked.user.name == "clerk" and unlocked.keys.ik is not None
    vault.service.lock(unlocked)
    assert "card.replace" in vault.actions()


def test_remove_user(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    session = vault.service.unlock(clerk.session, "clerk pw", PIN)
    with pytest.raises(NotPermitted):
        vault.service.remove_user(session, "chief", clerk.session, PIN, "clerk pw")
    vault.service.lock(session)
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    with pytest.raises(LastChief):
        vault.service.remove_user(session, "chief", vault.chief.session, PIN, PASSWORD)
    assert HeaderFile(vault.data_dir).load().header.dek_generation == 1  # no rekey when refused
    assert vault.service.remove_user(session, "clerk", vault.chief.session, PIN, PASSWORD) == 2
    vault.service.lock(session)
    with pytest.raises(CardNotEnrolled):
        vault.service.unlock(clerk.session, "clerk pw", PIN)


def test_recover_restores_the_machine_secret_and_issues_a_new_code(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    vault.keys.secrets.clear()  # the keyring was reset / the vault moved
    with pytest.raises(MachineSecretMissing):
        vault.service.unlock(clerk.session, "clerk pw", PIN)
    with pytest.raises(WrongRecoveryCode):
        vault.service.recover(_other_valid_code(vault.recovery_code))
    result = vault.service.recover(vault.recovery_code.lower().replace("-", " "))
    assert result.recovery_code != vault.recovery_code
    # Every user's slot works again.
    vault.service.lock(vault.service.unlock(clerk.session, "clerk pw", PIN))
    vault.service.lock(vault.service.unlock(vault.chief.session, PASSWORD, PIN))
    # The old code stopped working, also through the backup header.
    with pytest.raises(WrongRecoveryCode):
        vault.service.recover(vault.recovery_code)
    HeaderFile(vault.data_dir).path.write_bytes(b"{")
    with pytest.raises(WrongRecoveryCode):
        vault.service.recover(vault.recovery_code)
    assert vault.service.recover(result.recovery_code).recovery_code
    assert "vault.recover" in vault.actions()


def test_rekey_changes_the_database_key_and_every_user_still_opens(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    old_dek = bytes(session.keys.dek)
    with pytest.raises(WrongPassword):
        vault.service.rekey(session, vault.chief.session, PIN, "wrong")
    assert vault.service.rekey(session, vault.chief.session, PIN, PASSWORD) == 2
    assert bytes(session.keys.dek) != old_dek
    vault.service.lock(session)
    header = HeaderFile(vault.data_dir).load().header
    assert header.dek_generation == 2 and header.prior_dek is None
    # The clerk missed the rekey: the carry envelope takes her to the new DEK,
    # and her slot is rewrapped at this unlock.
    assert len(header.slot_for_user("clerk").carry) == 1  # type: ignore[union-attr]
    s = vault.service.unlock(clerk.session, "clerk pw", PIN)
    assert bytes(s.keys.dek) != old_dek
    vault.service.lock(s)
    header = HeaderFile(vault.data_dir).load().header
    assert header.slot_for_user("clerk").carry == ()  # type: ignore[union-attr]
    # Twice more, the recovery code follows along without being re-issued.
    for _ in range(2):
        s = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
        vault.service.rekey(s, vault.chief.session, PIN, PASSWORD)
        vault.service.lock(s)
    s = vault.service.unlock(clerk.session, "clerk pw", PIN)  # two envelopes in a row
    vault.service.lock(s)
    vault.keys.secrets.clear()
    vault.service.recover(vault.recovery_code)
    actions = vault.actions()
    # (the recovery renews the keys too)
    assert actions.count("vault.rekey") == 4 and actions.count("vault.rekey_done") == 4


STEPS = ["audited", "pending-header", "database", "final-header"]


@pytest.mark.parametrize("crash_after", STEPS)
def test_rekey_crash_after_each_step_leaves_a_vault_that_opens(
    vault: Vault, crash_after: str, tmp_path: Path
) -> None:
    """The files as a crash right after ``crash_after`` would leave them (copied at
    that moment; the SIGKILL version is tests/e2e/test_vault_rekey_kill.py)."""
    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    snapshot = tmp_path / "at-crash"

    def copy_files(step: str) -> None:
        if step == crash_after:
            snapshot.mkdir()
            for f in vault.data_dir.iterdir():
                if f.name != "vault.lock" and not f.name.endswith("-shm"):
                    shutil.copy2(f, snapshot / f.name)

    vault.service.rekey(session, vault.chief.session, PIN, PASSWORD, after_step=copy_files)
    vault.service.lock(session)
    for f in vault.data_dir.iterdir():
        if f.name != "vault.lock":
            f.unlink()
    for f in snapshot.iterdir():
        shutil.copy2(f, vault.data_dir / f.name)
    for card, password in ((clerk, "clerk pw"), (vault.chief, PASSWORD)):
        s = vault.service.unlock(card.session, password, PIN)
        with s.store.reading() as tx:
            assert verify_chain(tx.audit_records.iterate()).ok
        assert s.store.cipher_integrity_check() == ()
        vault.service.lock(s)
    files = HeaderFile(vault.data_dir)
    header = files.load().header
    assert header.prior_dek is None
    assert header.dek_generation == (1 if crash_after == "audited" else 2)
    # The backup holds no prior DEK either, once the rekey was finished.
    assert parse_header(files.backup_path.read_bytes()).prior_dek is None


@pytest.mark.parametrize("fail_after", STEPS)
def test_rekey_failing_in_process_leaves_a_usable_session(vault: Vault, fail_after: str) -> None:
    """An error (disk full, card pulled) mid-rekey: the session goes on and locks,
    and the vault opens afterwards."""
    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)

    class Failure(Exception):
        pass

    def fail(step: str) -> None:
        if step == fail_after:
            raise Failure(step)

    with pytest.raises(Failure):
        vault.service.rekey(session, vault.chief.session, PIN, PASSWORD, after_step=fail)
    with session.store.transaction() as tx:
        tx.audit.append(session.actor, "test.after_failure")
    vault.service.lock(session)
    for card, password in ((clerk, "clerk pw"), (vault.chief, PASSWORD)):
        vault.service.lock(vault.service.unlock(card.session, password, PIN))
    assert HeaderFile(vault.data_dir).load().header.prior_dek is None
    assert "test.after_failure" in vault.actions()


def _other_valid_code(code: str) -> str:
    from desktop.vault import recovery_code

    secret = bytearray(recovery_code.parse(code))
    secret[0] ^= 1
    return recovery_code.encode(bytes(secret))


def test_only_the_chief_reads_and_checks_the_audit_trail(vault: Vault) -> None:
    """The database key does not make a reader of the trail: the vault asks the role."""
    for name, role in (("staff", Role.STAFF), ("director", Role.DIRECTOR)):
        card = vault.add(name, role, f"{name} pw")
        with pytest.raises(ViewerOnly):  # viewers do not even open the database
            vault.service.unlock(card.session, f"{name} pw", PIN)
    for name, role in (("clerk", Role.CLERK),):
        card = vault.add(name, role, f"{name} pw")
        session = vault.service.unlock(card.session, f"{name} pw", PIN)
        for read in (lambda s: vault.service.audit_records(s, 5), vault.service.check_audit):
            with pytest.raises(NotPermitted) as refused:
                read(session)
            assert refused.value.role is role
        vault.service.lock(session)
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    assert [r.seq for r in vault.service.audit_records(session)][:2] == [1, 2]
    assert len(vault.service.audit_records(session, 3)) == 3
    result = vault.service.check_audit(session)
    assert result.ok and vault.service.audit_records(session, 1)[0].action == "audit.verify"
    vault.service.lock(session)


def test_a_removed_clerk_with_an_old_key_file_opens_nothing_current(vault: Vault) -> None:
    """Review attack 6: the removed clerk kept vault.keys, her card and her password.
    Offline, outside LeadVault, her old slot still yields the key of that time; since
    removal renews the database key, that key opens nothing current."""
    from db.connection import open_database
    from desktop.domain.storage import StorageError
    from desktop.vault import slot_keys

    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    kept = HeaderFile(vault.data_dir).load().header  # her copy, taken while enrolled
    machine = bytearray(vault.keys.get(kept.vault_id) or b"")  # she sat at this machine
    slot = kept.slot_for_user("clerk")
    assert slot is not None
    old_keys = slot_keys.open_user_slot(kept, slot, clerk.session, PIN, "clerk pw", machine)
    database = vault.data_dir / "vault.db"
    open_database(database, bytes(old_keys.dek)).close()  # before: her key opens it
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    vault.service.remove_user(session, "clerk", vault.chief.session, PIN, PASSWORD)
    vault.service.lock(session)
    with pytest.raises(StorageError):
        open_database(database, bytes(old_keys.dek))
    assert HeaderFile(vault.data_dir).load().header.slot_for_user("clerk") is None
    # The chief, whose card renewed the keys, and the recovery code still open it.
    vault.service.lock(vault.service.unlock(vault.chief.session, PASSWORD, PIN))
    vault.keys.secrets.clear()
    vault.service.recover(vault.recovery_code)
