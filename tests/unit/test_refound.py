"""`vault refound` (DESIGN.md §6): every chief card lost. The clerk and a new chief,
before a witness, start a new vault in a new folder whose roster v1 cites the old
vault and its last checkpoint; the data comes along under a new key, the old folder
ends with a record saying so, and only the two of them are enrolled."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.roles import Role
from desktop.vault.create_flow import ChiefCard
from desktop.vault.errors import CardNotEnrolled, VaultExists
from desktop.vault.header_file import HeaderFile
from tests.unit.test_vault_workflows import PASSWORD, Vault
from tests.unit.vault_support import PIN, make_service, provisioned_card


def test_the_clerk_and_a_new_chief_refound_the_vault(tmp_path: Path) -> None:
    old = Vault(tmp_path / "old")
    clerk = old.add("clerk", Role.CLERK, "clerk pw")
    old.add("staff", Role.STAFF, "staff pw")
    session = old.service.unlock(clerk.session, "clerk pw", PIN)
    with session.store.transaction() as tx:
        tx.audit.append(session.actor, "lead.create", "lead:1", {"n": 1})
    old_id = session.vault_id
    new_chief = provisioned_card()
    into = tmp_path / "new"
    with pytest.raises(VaultExists):
        old.service.refound(session, into=tmp_path / "old", chief=ChiefCard(
            "李检", new_chief.session, PIN, "li pw"), card=clerk.session, pin=PIN,
            password="clerk pw", witness="张见证")
    created = old.service.refound(
        session, into=into, chief=ChiefCard("李检", new_chief.session, PIN, "li pw"),
        card=clerk.session, pin=PIN, password="clerk pw", witness="张见证",
    )
    old.service.lock(session)
    assert created.vault_id != old_id and created.recovery_code

    header = HeaderFile(into).load().header
    v1 = header.roster[0].envelope().body
    assert str(v1["origin"]).startswith(old_id + " ")
    assert [(e["name"], e["role"]) for e in v1["entries"]] == [  # type: ignore[union-attr, index]
        ("李检", "chief"), ("clerk", "clerk")]

    new = make_service(into, old.keys)
    chief_session = new.unlock(new_chief.session, "li pw", PIN)
    try:
        assert chief_session.role is Role.CHIEF
        verdict = new.check_audit(chief_session)
        assert verdict.ok, verdict  # the old checkpoints are vouched by the new v1
        with chief_session.store.reading() as tx:
            actions = [r.action for r in tx.audit_records.iterate()]
        assert "lead.create" in actions and actions.count("vault.refound") == 2
    finally:
        new.lock(chief_session)
    new.lock(new.unlock(clerk.session, "clerk pw", PIN))  # she keeps her place
    with pytest.raises(CardNotEnrolled):
        new.unlock(old.chief.session, PASSWORD, PIN)  # the lost chief card opens nothing
    assert [name for name, _, _ in new.info().users] == ["李检", "clerk"]
    # The old folder is left as it was, its chain ending with the refounding.
    assert "vault.refound" in old.actions()
