"""An old header put back (a saved copy, or vault.keys.bak after a damaged
vault.keys) carries a valid MAC — the DEK did not change — so the database,
not the header, decides who may still come in: a removed user, a replaced
card and a used recovery code stay refused. Also: a non-demo vault cannot be
turned into a demo one by editing its header, and no secret shows in a repr."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.domain.roles import Role
from desktop.vault.errors import (
    CardNotEnrolled,
    DatabaseCorrupt,
    HeaderTampered,
)
from desktop.vault.header_file import HeaderFile
from desktop.vault.keyring_store import DemoKeyStore
from desktop.vault.session import Session
from tests.unit.test_vault_workflows import PASSWORD, Vault
from tests.unit.vault_support import CHEAP, PIN, make_service, provisioned_card


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "vault")


def _slot_users(data: bytes) -> set[str]:
    return {s["meta"]["user_name"] for s in json.loads(data)["slots"]}


def test_a_removed_user_is_refused_with_an_old_header_put_back(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    files = HeaderFile(vault.data_dir)
    saved = files.path.read_bytes()  # the clerk keeps a copy while still enrolled
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    vault.service.remove_user(session, "clerk", vault.chief.session, PIN, PASSWORD)
    vault.service.lock(session)
    # The backup must not keep the removed user's slot either.
    assert "clerk" not in _slot_users(files.backup_path.read_bytes())

    files.path.write_bytes(saved)
    # Removal renewed the database key: her slot in the old header yields a key that
    # opens nothing (the refusal cannot be audited: no key at hand opens the vault).
    with pytest.raises(DatabaseCorrupt):
        vault.service.unlock(clerk.session, "clerk pw", PIN)
    with pytest.raises(DatabaseCorrupt):  # so the old header is of no use to anyone
        vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    files.path.write_bytes(files.backup_path.read_bytes())  # the current one put back
    vault.service.lock(vault.service.unlock(vault.chief.session, PASSWORD, PIN))
    with pytest.raises(CardNotEnrolled):
        vault.service.unlock(clerk.session, "clerk pw", PIN)
    assert "clerk" not in _slot_users(files.path.read_bytes())


def test_a_replaced_card_is_refused_with_an_old_header_put_back(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    files = HeaderFile(vault.data_dir)
    saved = files.path.read_bytes()
    new_card = provisioned_card()
    session = vault.service.unlock(clerk.session, "clerk pw", PIN)
    record = vault.service.enrollment_request(
        session, "card.replace", "clerk", Role.CLERK, new_card.session
    )
    vault.service.replace_own_card(
        session,
        password="clerk pw",
        old_card=clerk.session,
        old_pin=PIN,
        new_card=new_card.session,
        new_pin=PIN,
        approval=vault.service.approve(vault.chief.session, PIN, record),  # a roster change
    )
    vault.service.lock(session)
    backup = json.loads(files.backup_path.read_bytes())
    assert clerk.serial not in {s["meta"]["card"]["serial"] for s in backup["slots"]}

    # A damaged vault.keys makes the app read the .bak: put the old one there.
    files.backup_path.write_bytes(saved)
    files.path.write_bytes(b"{")
    with pytest.raises(CardNotEnrolled):
        vault.service.unlock(clerk.session, "clerk pw", PIN)
    files.path.write_bytes(saved)
    with pytest.raises(CardNotEnrolled):
        vault.service.unlock(clerk.session, "clerk pw", PIN)
    # The new card still works with the header it was enrolled in.
    files.path.write_bytes(files.backup_path.read_bytes())


def test_a_used_recovery_code_stays_dead_with_an_old_header_put_back(vault: Vault) -> None:
    files = HeaderFile(vault.data_dir)
    saved = files.path.read_bytes()
    result = vault.service.recover(vault.recovery_code)
    current = files.path.read_bytes()
    files.path.write_bytes(saved)
    # The recovery renewed the keys: the old header's slot (the used code's) now
    # opens nothing current.
    with pytest.raises(DatabaseCorrupt):
        vault.service.recover(vault.recovery_code)
    files.path.write_bytes(current)
    assert vault.service.recover(result.recovery_code).recovery_code


def test_a_header_flipped_to_demo_is_refused_and_gets_no_secret(vault: Vault) -> None:
    files = HeaderFile(vault.data_dir)
    doc = json.loads(files.path.read_bytes())
    doc["demo"] = True
    files.path.write_text(json.dumps(doc))
    files.backup_path.unlink()
    demo_keys = DemoKeyStore()
    service = make_service(vault.data_dir, demo_keys)
    with pytest.raises(HeaderTampered):
        service.recover(vault.recovery_code)
    assert demo_keys.get(doc["vault_id"]) is None  # the secret never left the slot
    # Even with the machine secret planted in the demo store, the MAC refuses it.
    demo_keys.put(doc["vault_id"], vault.keys.secrets[doc["vault_id"]])
    with pytest.raises(HeaderTampered):
        service.unlock(vault.chief.session, PASSWORD, PIN)


def test_no_key_or_code_shows_in_a_repr(tmp_path: Path) -> None:
    service = make_service(tmp_path / "vault")
    chief = provisioned_card()
    session, created = service.create(
        unit_code="110000",
        unit_name="x",
        user_name="chief",
        card=chief.session,
        pin=PIN,
        password=PASSWORD,
        kdf_params=CHEAP,
        development=True,
    )

    dek, ik = bytes(session.keys.dek), bytes(session.keys.ik or b"")
    texts = [repr(created), repr(session), repr(session.keys), str(session), repr(service)]
    service.lock(session)
    recovered = service.recover(created.recovery_code)
    texts.append(repr(recovered))
    for text in texts:
        for secret in (dek, ik):
            assert secret.hex() not in text and repr(secret) not in text
            assert str(list(secret)) not in text
        assert created.recovery_code not in text
        assert recovered.recovery_code not in text


def test_a_rekey_does_not_re_sign_an_edited_header(vault: Vault) -> None:
    """The recovery slot's public key swapped for an attacker's: a rekey must not
    seal the new keys to it and bless the edit with a fresh MAC."""
    files = HeaderFile(vault.data_dir)
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    doc = json.loads(files.path.read_bytes())
    doc["recovery"]["public_key"] = base64.b64encode(
        X25519PrivateKey.generate().public_key().public_bytes_raw()
    ).decode()
    edited = json.dumps(doc).encode()
    files.path.write_bytes(edited)
    with pytest.raises(HeaderTampered):
        vault.service.rekey(session, vault.chief.session, PIN, PASSWORD)
    assert files.path.read_bytes() == edited
    assert session.store.audit_head().seq > 0 and "vault.rekey" not in _actions(session)
    vault.service.lock(session)


def _actions(session: Session) -> list[str]:
    with session.store.reading() as tx:
        return [r.action for r in tx.audit_records.iterate()]
