"""Attacks on recovery with the printed code (DESIGN.md §2, §6), on real SQLCipher
files and virtual cards: another vault's code, the used code replayed, the used code
on an older backup that still holds its slot, recovery while a session is open, a
keyring that already holds a wrong secret, the cost of each guess, and secrets
reaching the disk or a log."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from desktop.backup import restore as restoring
from desktop.vault import kdf, recovery_slot
from desktop.vault.errors import (
    FolderRolledBack,
    VaultError,
    VaultInUse,
    WrongRecoveryCode,
)
from desktop.vault.header_file import HeaderFile
from tests.unit.backup_support import add_leads
from tests.unit.test_backup import _backup
from tests.unit.test_witness_rules import Site
from tests.unit.vault_support import PIN


@pytest.fixture
def site(tmp_path: Path) -> Site:
    s = Site(tmp_path / "vault")
    add_leads(s, 2)
    s.vault.lock(s.unlock(s.chief, "chief pw"))
    return s


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _without_keyring(site: Site) -> None:
    site.vault._keys.secrets.clear()  # type: ignore[attr-defined]


def test_another_vaults_code_opens_nothing_and_changes_nothing(site: Site, tmp_path: Path
                                                               ) -> None:
    other = Site(tmp_path / "other")
    _without_keyring(site)
    before = _files(site.vault.data_dir)
    with pytest.raises(WrongRecoveryCode):
        site.vault.recover(other.code)
    assert site.vault._keys.secrets == {}  # type: ignore[attr-defined]
    after = _files(site.vault.data_dir)
    after.pop("vault.lock", None), before.pop("vault.lock", None)
    assert after == before


def test_the_used_code_does_not_work_again(site: Site) -> None:
    _without_keyring(site)
    new_code = site.vault.recover(site.code).recovery_code
    _without_keyring(site)
    with pytest.raises(WrongRecoveryCode):
        site.vault.recover(site.code)
    with pytest.raises(WrongRecoveryCode):  # nor from the header's .bak
        shutil.copyfile(site.vault.data_dir / "vault.keys.bak",
                        site.vault.data_dir / "vault.keys")
        site.vault.recover(site.code)
    HeaderFile(site.vault.data_dir)  # the folder is still a vault
    assert new_code != site.code


def test_the_used_code_on_an_older_backup_reopens_only_what_the_chief_accepts(
    site: Site, tmp_path: Path
) -> None:
    """An older backup still holds the recovery slot of the code used since (as it
    holds a removed user's slot): the old code opens it. What it opens is a rolled-back
    folder, which the cards refuse until the chief's card accepts it."""
    old = _backup(site, tmp_path / "usb")
    _without_keyring(site)
    site.vault.recover(site.code)  # the sheet was used; a new code was issued
    add_leads(site, 1)
    site.vault.lock(site.unlock(site.chief, "chief pw"))  # witnessed, remembered
    site.vault.lock(site.unlock(site.clerk, "clerk pw"))

    shutil.rmtree(site.vault.data_dir)
    restoring.restore(old, site.vault.data_dir, site.clock)
    _without_keyring(site)
    site.vault.recover(site.code)  # the old, used code: the old backup knows no better
    with pytest.raises(FolderRolledBack):
        site.unlock(site.clerk, "clerk pw")
    with pytest.raises(FolderRolledBack):
        site.unlock(site.chief, "chief pw")


def test_recovery_while_a_session_is_open_is_refused(site: Site) -> None:
    session = site.unlock(site.clerk, "clerk pw")
    try:
        before = _files(site.vault.data_dir)
        with pytest.raises(VaultInUse):
            site.vault.recover(site.code)
        assert _files(site.vault.data_dir) == before
        assert site.leads(session).page(limit=10)  # the session goes on
    finally:
        site.vault.lock(session)


def test_a_keyring_holding_a_wrong_secret_is_put_right_by_the_code(site: Site) -> None:
    """Someone put another secret under this vault's name: the slots do not open with
    it; the code puts the vault's own secret back (audited), and they open again."""
    vault_id = site.vault.info().vault_id
    site.vault._keys.put(vault_id, b"\x55" * 32)  # type: ignore[attr-defined]
    with pytest.raises(VaultError):
        site.unlock(site.clerk, "clerk pw")
    site.vault.recover(site.code)
    assert site.vault._keys.get(vault_id) != b"\x55" * 32  # type: ignore[attr-defined]
    session = site.unlock(site.clerk, "clerk pw")
    try:
        with session.store.reading() as tx:
            assert tx.audit_records.last_of("vault.recover") is not None
    finally:
        site.vault.lock(session)


def test_each_guess_costs_one_argon2id_of_the_slots_parameters(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A guess is tried only through the slot's Argon2id (no cheaper check first: the
    check character is caught before any key work, but says nothing of the 128 bits);
    the code's 128 random bits make guessing hopeless at any rate."""
    from desktop.vault import recovery_code

    calls: list[kdf.Argon2Params] = []
    real = kdf.derive

    def counting(secret: bytes | bytearray, salt: bytes, params: kdf.Argon2Params
                 ) -> bytearray:
        calls.append(params)
        return real(secret, salt, params)

    monkeypatch.setattr(recovery_slot.kdf, "derive", counting)
    _without_keyring(site)
    slot = HeaderFile(site.vault.data_dir).load().header.recovery
    wrong = recovery_code.encode(b"\x01" * 16)  # well formed, check character right
    for _ in range(3):
        with pytest.raises(WrongRecoveryCode):
            site.vault.recover(wrong)
    assert calls == [slot.kdf] * 3


def test_neither_code_reaches_a_log_or_a_file_in_clear(
    site: Site, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _without_keyring(site)
    with caplog.at_level(logging.DEBUG):
        result = site.vault.recover(site.code)
    new_code = result.recovery_code
    assert new_code not in repr(result)
    texts = [site.code, new_code, site.code.replace("-", ""), new_code.replace("-", "")]
    logged = caplog.text
    assert not any(t in logged for t in texts)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(t.encode() in data for t in texts), path
    session = site.vault.unlock(site.chief.session, "chief pw", PIN)
    site.vault.lock(session)
