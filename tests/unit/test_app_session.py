"""The unlocked session's own acts (desktop.app.session): ui/ names no audit
action, the core records the lock, an air-gap breach, drafts and settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.app.facts import EnrolledUser
from desktop.app.session import AppSession
from desktop.domain.roles import Role
from desktop.policy import NotPermitted
from desktop.vault.errors import ViewerOnly
from tests.unit.test_app_prints import RENDERERS
from tests.unit.test_vault_workflows import PASSWORD, Vault
from tests.unit.vault_support import PIN, SystemClock


def _session(vault: Vault, card_session: object, password: str) -> AppSession:
    session = vault.service.unlock(card_session, password, PIN)  # type: ignore[arg-type]
    user = EnrolledUser(session.user.name, session.role, session.card_serial)
    return AppSession(vault.service, session, user, SystemClock(), RENDERERS)


def _records(app: AppSession) -> list[tuple[str, str, dict[str, object]]]:
    with app.vault_session.store.reading() as tx:
        return [(r.action, r.subject, dict(r.details)) for r in tx.audit_records.iterate()]


def test_a_lock_with_a_reason_is_audited_and_a_quit_is_not(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    app = _session(vault, vault.chief.session, PASSWORD)
    app.air_gap_breach(["eth0", "wlan0"])
    assert _records(app)[-1] == (
        "workstation.air_gap_breach", "", {"interfaces": "eth0,wlan0"}
    )
    app.lock("idle")
    assert app.vault_session.closed
    # (vault.actions() unlocks as the chief: his unlock signs a checkpoint)
    assert vault.actions()[-4:] == [
        "workstation.lock", "vault.lock", "vault.unlock", "audit.checkpoint"
    ]
    app = _session(vault, vault.chief.session, PASSWORD)
    app.lock(None)  # the app is closing: only the vault's own lock record
    assert vault.actions()[-5:] == [
        "vault.unlock", "audit.checkpoint", "vault.lock", "vault.unlock", "audit.checkpoint"
    ]


def test_drafts_settings_and_audit_go_through_their_ports(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    clerk = vault.add("王文书", Role.CLERK, "clerk pw")
    app = _session(vault, clerk.session, "clerk pw")
    app.drafts().save("leads.new-lead", b"half")
    assert app.drafts().take("leads.new-lead") == b"half"
    assert app.drafts().take("leads.new-lead") is None
    with pytest.raises(NotPermitted):
        app.settings().set_idle_timeout_seconds(600)
    with pytest.raises(NotPermitted):
        app.audit().tail(5)
    assert [a for a, _s, _d in _records(app)][-2:] == ["draft.save", "draft.restore"]
    app.lock("by-hand")
    chief = _session(vault, vault.chief.session, PASSWORD)
    chief.settings().set_idle_timeout_seconds(600)
    assert chief.settings().idle_timeout_seconds() == 600
    assert chief.audit().verify().ok
    assert [e.action for e in chief.audit().tail(2)] == ["audit.verify", "settings.change"]
    chief.lock(None)


CANARY = "欧阳金丝雀 110101199003077777".encode()


def test_a_draft_is_sealed_under_the_identity_key(tmp_path: Path) -> None:
    """Attack 5 of the review: a half-typed identity in a draft was readable by anyone
    holding the database key. Now the stored bytes hold no identity, a draft moved to
    another form or user does not open, and the owner gets it back intact."""
    from desktop.leads.errors import IdentityCorrupt

    vault = Vault(tmp_path / "vault")
    staff = vault.add("staff", Role.STAFF, "staff pw")
    app = _session(vault, vault.chief.session, PASSWORD)
    payload = b'{"informant": "' + CANARY + b'"}'
    app.drafts().save("leads.new-lead", payload)
    with app.vault_session.store.reading() as tx:
        (stored,) = tx.drafts.for_owner(app.vault_session.user.id)
        raw = app.vault_session.store.database.execute(  # type: ignore[attr-defined]
            "SELECT payload FROM drafts")
    assert CANARY not in stored.payload and CANARY not in bytes(raw[0][0])
    assert payload not in stored.payload
    with app.vault_session.store.transaction() as tx:  # moved to another form's slot
        tx.drafts.save(stored.owner, "bags.new-bag", stored.payload, stored.updated_at)
    with pytest.raises(IdentityCorrupt):
        app.drafts().take("bags.new-bag")
    assert app.drafts().take("leads.new-lead") == payload
    with app.vault_session.store.transaction() as tx:  # a draft from before sealing
        tx.drafts.save(stored.owner, "leads.old", b'{"old": 1}', stored.updated_at)
    assert app.drafts().take("leads.old") == b'{"old": 1}'
    app.lock(None)
    with pytest.raises(ViewerOnly):  # a viewer has no database, so no drafts either
        _session(vault, staff.session, "staff pw")
