"""The machine secret in the OS keyring (service "leadvault", user = vault UUID).

Only a real, protected store will do (Secret Service, KWallet, Windows
Credential Locker, macOS Keychain). Plaintext files, the null and fail
backends, and a chainer with nothing real behind it are refused with
InsecureKeyring — a demo vault uses an in-memory store instead."""

from __future__ import annotations

import base64
import binascii
import contextlib
from typing import Any

from desktop.vault.errors import InsecureKeyring

SERVICE = "leadvault"

# Backends that keep secrets in an OS-protected store.
_SECURE_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
)


def backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_secure(backend: Any) -> bool:
    name = backend_name(backend)
    if name.startswith("keyring.backends.chainer"):
        # The chainer uses its highest-priority backend that answers; demand
        # that all of them are real, or an insecure one might get the secret.
        inner = list(getattr(backend, "backends", []))
        return bool(inner) and all(_is_secure(b) for b in inner)
    return name.startswith(_SECURE_MODULES)


class OsKeyStore:
    """KeyStore port over the `keyring` library's configured backend."""

    def __init__(self, backend: Any | None = None) -> None:
        if backend is None:
            import keyring  # the library picks the platform's backend

            backend = keyring.get_keyring()
        if not _is_secure(backend):
            raise InsecureKeyring(backend_name(backend))
        self._backend = backend

    @property
    def name(self) -> str:
        return backend_name(self._backend)

    def get(self, vault_id: str) -> bytes | None:
        text = self._backend.get_password(SERVICE, vault_id)
        if text is None:
            return None
        try:
            return base64.b64decode(text.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            return None  # not ours or damaged: treated as missing, recovery restores it

    def put(self, vault_id: str, secret: bytes) -> None:
        self._backend.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))

    def delete(self, vault_id: str) -> None:
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(SERVICE, vault_id)


class DemoKeyStore:
    """In-memory machine secrets: only for vaults created in demo mode."""

    def __init__(self) -> None:
        self._secrets: dict[str, bytes] = {}

    def get(self, vault_id: str) -> bytes | None:
        return self._secrets.get(vault_id)

    def put(self, vault_id: str, secret: bytes) -> None:
        self._secrets[vault_id] = bytes(secret)

    def delete(self, vault_id: str) -> None:
        self._secrets.pop(vault_id, None)
