"""Recovery and the trust root (DESIGN.md §2, §6): the recovery code renews the keys,
leaves the vault restricted until the chief's next checkpoint, and its new recovery
key enters the roster only then; a recovery slot swapped into the header by a
keyholder is reported and receives no renewed keys."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain.roles import Role
from desktop.policy import CheckpointOverdue
from desktop.vault import recovery_code, recovery_slot, slot_crypto
from desktop.vault.errors import RosterUntrusted
from desktop.vault.header_file import HeaderFile
from desktop.vault.trust import recovery_key_hash
from tests.db.test_leads_service import new_lead
from tests.unit.test_witness_rules import Site
from tests.unit.vault_support import PIN


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path / "vault")


def test_after_recovery_the_vault_waits_for_the_chiefs_checkpoint(site: Site) -> None:
    files = HeaderFile(site.vault.data_dir)
    before = files.load().header
    site.vault.recover(site.code)
    after = files.load().header
    assert after.dek_generation == before.dek_generation + 1  # the keys were renewed
    assert after.roster == before.roster  # recovery never changes the roster

    session = site.unlock(site.clerk, "clerk pw")
    try:
        assert session.checkpoint_overdue
        leads = site.leads(session)
        leads.create(new_lead(site.clock.now() - timedelta(hours=1)))  # new reports only
        with pytest.raises(CheckpointOverdue):
            leads.page(limit=10)
    finally:
        site.vault.lock(session)

    chief = site.unlock(site.chief, "chief pw")  # his checkpoint witnesses the recovery
    roster = chief.roster
    assert roster is not None
    assert roster.current.recovery_key == recovery_key_hash(after.recovery.public_key)
    # ...and a renewal of the keys is possible again (it seals to that recovery key).
    site.vault.rekey(chief, site.chief.session, PIN, "chief pw")
    site.vault.lock(chief)
    session = site.unlock(site.clerk, "clerk pw")
    assert not session.checkpoint_overdue
    site.vault.lock(session)


def test_a_recovery_slot_swapped_in_by_a_keyholder_gets_nothing(site: Site) -> None:
    session = site.unlock(site.clerk, "clerk pw")
    dek, ik = bytearray(session.keys.dek), bytearray(session.keys.ik or b"")
    site.vault.lock(session)
    files = HeaderFile(site.vault.data_dir)
    header = files.load().header
    machine = site.vault._keys.get(header.vault_id)  # type: ignore[attr-defined]
    assert machine is not None
    # She makes a recovery slot for a code of her own and re-signs the MAC.
    _, secret = recovery_code.generate()
    hers = recovery_slot.new_recovery_slot(secret, header.recovery.kdf,
                                           header.vault_uuid_bytes, header.dek_generation,
                                           dek, ik, machine)
    files.save(slot_crypto.sign_header(header.with_changes(recovery=hers), dek))

    chief = site.unlock(site.chief, "chief pw")
    try:
        with chief.store.reading() as tx:
            actions = [r.action for r in tx.audit_records.iterate()]
        assert "roster.recovery_key_mismatch" in actions  # reported, not signed
        with pytest.raises(RosterUntrusted):
            site.vault.rekey(chief, site.chief.session, PIN, "chief pw")
        with pytest.raises(RosterUntrusted):  # a removal renews the keys first
            site.vault.remove_user(chief, "clerk", site.chief.session, PIN, "chief pw")
    finally:
        site.vault.lock(chief)
    assert Role.CLERK in {role for _, role, _ in site.vault.info().users}
