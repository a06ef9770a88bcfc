"""Issue 3, "bad input and faults: clear message, nothing changed", for the
card and key faults of an unlock: each raises its typed error, leaves the
database and the header body exactly as they were (only a wrong password or
PIN adds one to the header's failed-unlock counter), and spends no PIN try
except the one a wrong PIN costs."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.card.errors import PinBlocked, WrongPin
from desktop.vault import recovery_code
from desktop.vault.errors import (
    CardNotEnrolled,
    InsecureKeyring,
    MachineSecretMissing,
    VaultError,
    VaultInUse,
    VaultNotFound,
    WrongPassword,
)
from desktop.vault.header_file import HeaderFile
from desktop.vault.keyring_store import DemoKeyStore
from desktop.vault.lock_file import VaultLock
from tests.unit.test_vault_workflows import PASSWORD, Vault
from tests.unit.vault_support import PIN, VCard, make_service, provisioned_card


def _database(data_dir: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.glob("vault.db*"))
    }


def _attempt_wrong_password(vault: Vault) -> VCard:
    vault.service.unlock(vault.chief.session, "not the password", PIN)
    return vault.chief


def _attempt_wrong_pin(vault: Vault) -> VCard:
    vault.service.unlock(vault.chief.session, PASSWORD, "654321")
    return vault.chief


def _attempt_blocked_pin(vault: Vault) -> VCard:
    vault.chief.virtual.block_pin(0x82)
    vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    return vault.chief


def _attempt_stranger(vault: Vault) -> VCard:
    stranger = provisioned_card()
    try:
        vault.service.unlock(stranger.session, PASSWORD, PIN)
    finally:
        vault.stranger = stranger  # type: ignore[attr-defined]
    return stranger


def _attempt_machine_secret_missing(vault: Vault) -> VCard:
    vault.keys.secrets.clear()
    vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    return vault.chief


def _attempt_in_use(vault: Vault) -> VCard:
    with VaultLock(vault.data_dir):
        vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    return vault.chief


def _attempt_demo_key_store(vault: Vault) -> VCard:
    make_service(vault.data_dir, DemoKeyStore()).unlock(vault.chief.session, PASSWORD, PIN)
    return vault.chief


FAULTS: list[tuple[Callable[[Vault], VCard], type[Exception], int, int]] = [
    # (the attempt, the error, PIN tries it may spend, failed unlocks it counts)
    (_attempt_wrong_password, WrongPassword, 0, 1),
    (_attempt_wrong_pin, WrongPin, 1, 1),
    (_attempt_blocked_pin, PinBlocked, 0, 0),  # refused before any attempt
    (_attempt_stranger, CardNotEnrolled, 0, 0),
    (_attempt_machine_secret_missing, MachineSecretMissing, 0, 0),
    (_attempt_in_use, VaultInUse, 0, 0),
    (_attempt_demo_key_store, InsecureKeyring, 0, 0),
]


@pytest.mark.parametrize(
    ("attempt", "error", "pin_tries_spent", "counted"),
    FAULTS,
    ids=[f[0].__name__.removeprefix("_attempt_") for f in FAULTS],
)
def test_a_failed_unlock_changes_nothing_but_the_counter(
    tmp_path: Path,
    attempt: Callable[[Vault], VCard],
    error: type[Exception],
    pin_tries_spent: int,
    counted: int,
) -> None:
    vault = Vault(tmp_path / "vault")
    files = HeaderFile(vault.data_dir)
    body_before = files.load().header.mac_input()
    database_before = _database(vault.data_dir)
    retries_before = 3 if error is not PinBlocked else 0

    with pytest.raises(error) as caught:
        attempt(vault)

    assert isinstance(caught.value, VaultError | WrongPin | PinBlocked)
    if isinstance(caught.value, WrongPin):
        assert caught.value.remaining == 3 - pin_tries_spent
    card = getattr(vault, "stranger", vault.chief)
    assert card.session.pin_status().pw1_retries == retries_before - pin_tries_spent
    assert _database(vault.data_dir) == database_before
    after = files.load()
    assert not after.fell_back
    assert after.header.mac_input() == body_before
    assert after.header.failed_unlocks.count == counted
    # and the vault still opens for its user once the fault is gone
    if error in (WrongPassword, WrongPin):
        vault.service.lock(vault.service.unlock(vault.chief.session, PASSWORD, PIN))


@pytest.mark.parametrize("exists", [False, True], ids=["no folder", "empty folder"])
def test_no_vault_is_reported_as_such_and_leaves_no_file(tmp_path: Path, exists: bool) -> None:
    data_dir = tmp_path / "nothing here"
    if exists:
        data_dir.mkdir()
    service = make_service(data_dir)
    card = provisioned_card()
    with pytest.raises(VaultNotFound):
        service.unlock(card.session, PASSWORD, PIN)
    with pytest.raises(VaultNotFound):
        service.recover(recovery_code.generate()[0])
    assert list(data_dir.iterdir()) == [] if exists else not data_dir.exists()
    assert card.session.pin_status().pw1_retries == 3
