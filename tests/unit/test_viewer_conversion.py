"""A vault made before viewers existed: its staff slot wraps the database key. At the
chief's first unlock his card signs roster v1, the viewer's slot gets a grant key
sealed to the viewer's own card and the keys are renewed; at the viewer's next
unlock the slot becomes a grant-key slot. Afterwards nothing the viewer holds opens
vault.db."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from db.store import SqlCipherStoreFactory
from desktop.audit.log import AuditLog
from desktop.domain.roles import Role
from desktop.domain.storage import WrongDatabaseKey
from desktop.vault import slot_crypto, slot_keys
from desktop.vault.base64_text import b64
from desktop.vault.enrollment import read_card, stored_card
from desktop.vault.errors import ViewerOnly
from desktop.vault.header_file import HeaderFile
from tests.unit.test_vault_workflows import PASSWORD, Vault
from tests.unit.vault_support import PIN, SystemClock, provisioned_card


def _make_legacy(vault: Vault) -> tuple[object, bytes]:
    """A staff slot holding DEK, no roster, no founding key pinned: as before."""
    staff = provisioned_card()
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    dek = bytearray(session.keys.dek)
    files = HeaderFile(vault.data_dir)
    header = files.load().header
    machine = bytearray(vault.keys.secrets[header.vault_id])
    enrolled = read_card(staff.session)
    with session.store.transaction() as tx:
        user = tx.users.add("staff", Role.STAFF, datetime.now(UTC))
        tx.cards.add(stored_card(enrolled, int(user.id), datetime.now(UTC)))
    point, k_card = slot_keys.enroll_card_factor(staff.session, PIN, enrolled)
    legacy = slot_keys.seal_new_slot(
        header.vault_id, str(user.id), "staff", Role.STAFF, enrolled, header.kdf, point,
        k_card, "staff pw", machine, dek, None, generation=header.dek_generation,
    )
    vault.service.lock(session)
    header = files.load().header
    files.save(slot_crypto.sign_header(
        header.with_changes(slots=(*header.slots, legacy), roster=()), dek))
    vault.keys.secrets.pop(f"{header.vault_id}/founding-chief")
    return staff, bytes(dek)


def test_a_legacy_viewer_slot_is_converted_at_the_chiefs_unlock(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    staff, old_dek = _make_legacy(vault)
    files = HeaderFile(vault.data_dir)
    before = files.load().header
    assert not before.roster and not before.viewer_slots

    vault.service.lock(vault.service.unlock(vault.chief.session, PASSWORD, PIN))
    after = files.load().header
    assert after.dek_generation == before.dek_generation + 1  # renewed
    assert len(after.roster) == 1 and not after.slot_for_user("staff").meta.is_viewer  # type: ignore[union-attr]
    assert [s.meta.user_name for s in after.viewer_slots] == ["staff"]
    entry = next(e for e in after.roster[0].envelope().body["entries"]  # type: ignore[union-attr]
                 if e["name"] == "staff")
    assert entry["grant_public"]

    with pytest.raises(ViewerOnly):
        vault.service.unlock(staff.session, "staff pw", PIN)  # type: ignore[attr-defined]
    viewer = vault.service.unlock_viewer(staff.session, "staff pw", PIN)  # type: ignore[attr-defined]
    assert b64(slot_keys.grant_public_of(viewer.grant_key)) == entry["grant_public"]
    grant_key = bytes(viewer.grant_key)
    viewer.lock()
    converted = files.load().header.slot_for_user("staff")
    assert converted is not None and converted.meta.is_viewer and not converted.carry
    assert len(converted.ciphertext) == 32 + 16
    # Nothing he ever held opens the database now: not the old DEK, not his grant key.
    stores = SqlCipherStoreFactory(SystemClock(), AuditLog)
    for key in (old_dek, grant_key):
        with pytest.raises(WrongDatabaseKey):
            stores.open(vault.data_dir / "vault.db", key)
    again = vault.service.unlock_viewer(staff.session, "staff pw", PIN)  # type: ignore[attr-defined]
    assert bytes(again.grant_key) == grant_key
    again.lock()
    # The chief's session still opens, with the MAC intact after the viewer's write.
    vault.service.lock(vault.service.unlock(vault.chief.session, PASSWORD, PIN))
