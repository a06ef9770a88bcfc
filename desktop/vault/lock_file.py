"""`vault.lock`: one process (one session) at a time.

flock locks belong to an open file description, so a second session in the
same process is refused too. The lock dies with the process — a crashed app
never leaves the vault locked."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from desktop.vault.errors import VaultInUse

LOCK_NAME = "vault.lock"


class VaultLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> VaultLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise VaultInUse(str(self.path)) from None
        self._fd = fd
        return self

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> VaultLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
