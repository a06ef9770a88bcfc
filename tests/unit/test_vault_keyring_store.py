"""The machine secret's keyring: real backends only (unit side; the Secret
Service itself is exercised in tests/e2e/test_vault_keyring.py)."""

from __future__ import annotations

import pytest
from keyring.backends import chainer, fail, null
from keyring.backends.SecretService import Keyring as SecretServiceKeyring

from desktop.vault.errors import InsecureKeyring
from desktop.vault.keyring_store import DemoKeyStore, OsKeyStore


@pytest.mark.parametrize(
    ("backend", "name"),
    [
        (fail.Keyring(), "keyring.backends.fail.Keyring"),
        (null.Keyring(), "keyring.backends.null.Keyring"),
    ],
)
def test_fail_and_null_backends_are_refused(backend: object, name: str) -> None:
    with pytest.raises(InsecureKeyring) as caught:
        OsKeyStore(backend)
    assert caught.value.backend_name == name


def test_plaintext_file_backends_are_refused() -> None:
    # The shape of keyrings.alt.file.PlaintextKeyring (keyrings.alt is not installed).
    plaintext = type("PlaintextKeyring", (), {"__module__": "keyrings.alt.file"})
    with pytest.raises(InsecureKeyring) as caught:
        OsKeyStore(plaintext())
    assert caught.value.backend_name == "keyrings.alt.file.PlaintextKeyring"


def _chainer(inner: list[object]) -> chainer.ChainerBackend:
    # ChainerBackend discovers its backends through a class property; pin them.
    cls = type("ChainerBackend", (chainer.ChainerBackend,), {"backends": inner})
    cls.__module__ = "keyring.backends.chainer"
    return cls()


def test_a_chainer_with_nothing_real_behind_it_is_refused() -> None:
    with pytest.raises(InsecureKeyring):
        OsKeyStore(_chainer([]))
    with pytest.raises(InsecureKeyring):
        OsKeyStore(_chainer([SecretServiceKeyring(), null.Keyring()]))
    assert OsKeyStore(_chainer([SecretServiceKeyring()]))


def test_secret_service_is_accepted() -> None:
    assert OsKeyStore(SecretServiceKeyring()).name.startswith("keyring.backends.SecretService")


def test_demo_store_keeps_secrets_in_memory() -> None:
    store = DemoKeyStore()
    assert store.get("v") is None
    store.put("v", b"s" * 32)
    assert store.get("v") == b"s" * 32
    store.delete("v")
    assert store.get("v") is None
