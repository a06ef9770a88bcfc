"""What every vault flow shares: the data folder, the header file and its
signed saves, the keyring, the lock, opening the database (finishing an
interrupted rekey) and keeping the header's audit head fresh."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.audit.heads import compare_heads
from desktop.domain.audit import AuditHead
from desktop.domain.storage import DatabaseCorrupt as StorageCorrupt
from desktop.domain.storage import DatabaseMissing, WrongDatabaseKey
from desktop.ports import Clock, KeyStore, Store, StoreFactory, UnitOfWork
from desktop.vault import slot_crypto
from desktop.vault.errors import (
    DatabaseCorrupt,
    DatabaseRolledBack,
    HeaderTampered,
    InsecureKeyring,
    MachineSecretMissing,
    VaultNotFound,
)
from desktop.vault.header import VaultHeader
from desktop.vault.header_file import HeaderFile
from desktop.vault.integrity import INLINE_CHECK_BYTES
from desktop.vault.keyring_store import DemoKeyStore
from desktop.vault.lock_file import VaultLock
from desktop.vault.session import Session, VaultKeys
from desktop.vault.trust import founder_key
from desktop.vault.wipe import wipe

DB_NAME = "vault.db"
HEAD_REFRESH = 100  # the header's audit head is refreshed at least every 100 records


class VaultCore:
    """The state and helpers every flow uses (VaultService combines the flows)."""

    def __init__(
        self,
        data_dir: Path,
        stores: StoreFactory,
        key_store: KeyStore,
        clock: Clock,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.data_dir = data_dir
        self._stores = stores
        self._keys = key_store
        self._clock = clock
        self._sleep = sleep
        self._header = HeaderFile(data_dir)
        # A viewer's grant key between the proposal the chief signs (which names its
        # public half) and the enrolment that seals it: memory only, by slot id.
        self._pending_grant_keys: dict[str, bytearray] = {}

    @property
    def stores(self) -> StoreFactory:
        """The database factory (backups open their copies with it)."""
        return self._stores

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    def exists(self) -> bool:
        return self._header.exists()

    def _open_store(self, header: VaultHeader, keys: VaultKeys) -> tuple[Store, VaultHeader, bool]:
        """The database under the current DEK; when a rekey stopped before the
        database was re-encrypted, open it with the prior DEK and re-encrypt it.
        Returns (store, the header without its prior DEK, whether an interrupted
        rekey was finished). The caller writes that header (twice) once its own
        checks pass — rolled back, revoked — so a refused unlock writes nothing;
        until then the header on disk still opens the database (its new DEK does)."""
        try:
            store = self._stores.open(self.db_path, bytes(keys.dek), self._check_inline())
        except WrongDatabaseKey:
            if header.prior_dek is None:
                raise DatabaseCorrupt("the unwrapped key does not open vault.db") from None
        except DatabaseMissing:
            raise DatabaseCorrupt("vault.db is missing") from None
        except StorageCorrupt as exc:
            raise DatabaseCorrupt("; ".join(exc.problems[:3])) from None
        else:
            if header.prior_dek is None:
                return store, header, False
            # The database was rekeyed, the header not yet finished.
            finished = header.with_changes(prior_dek=None)
            return store, slot_crypto.sign_header(finished, keys.dek), True
        assert header.prior_dek is not None
        prior = slot_crypto.open_prior(header.prior_dek, keys.dek, header.vault_uuid_bytes)
        if prior is None:
            raise DatabaseCorrupt("the unwrapped key does not open vault.db")
        try:
            store = self._stores.open(self.db_path, bytes(prior), self._check_inline())
        except (WrongDatabaseKey, StorageCorrupt):
            raise DatabaseCorrupt("neither the new nor the prior key opens vault.db") from None
        finally:
            wipe(prior)
        try:
            store.rekey(bytes(keys.dek))
        except BaseException:
            store.close()
            raise
        finished = header.with_changes(prior_dek=None)
        return store, slot_crypto.sign_header(finished, keys.dek), True

    def _check_inline(self) -> bool:
        """Whether unlock checks the whole file itself: only while it is small, so
        unlock does not grow with the data (desktop.vault.integrity checks the rest)."""
        size = 0
        for path in (self.db_path, self.db_path.with_name(DB_NAME + "-wal")):
            with contextlib.suppress(OSError):
                size += path.stat().st_size
        return size <= INLINE_CHECK_BYTES

    def _check_head(self, header: VaultHeader, store: Store) -> None:
        with store.reading() as tx:
            actual = tx.audit_records.head()
            at_expected = (
                tx.audit_records.get(header.audit_head.seq) if header.audit_head.seq else None
            )
        comparison = compare_heads(header.audit_head, actual, at_expected)
        if not comparison.ok:
            raise DatabaseRolledBack(header.audit_head.seq, actual.seq)

    def checkpoint_head(self, session: Session) -> None:
        """Write the database's audit head into the header — only into a header this
        session's DEK authenticates (never re-sign what someone else wrote)."""
        head = session.store.audit_head()
        header = self._header.load().header
        if not slot_crypto.header_mac_ok(header, session.keys.dek):
            return
        self._save_signed(header.with_changes(audit_head=head), session.keys.dek)
        session.header_head = head

    def _watch_head(self, session: Session) -> None:
        """Every commit that appends audit records may refresh the header's head."""

        def on_commit(head: AuditHead) -> None:
            if not session.closed and head.seq - session.header_head.seq >= HEAD_REFRESH:
                self.checkpoint_head(session)

        session.store.on_commit(on_commit)

    def refresh_head_if_due(self, session: Session) -> None:
        """Call after audited writes: refreshes the header every HEAD_REFRESH records."""
        if session.store.audit_head().seq - session.header_head.seq >= HEAD_REFRESH:
            self.checkpoint_head(session)

    @contextlib.contextmanager
    def _change(self, session: Session) -> Iterator[tuple[VaultHeader, UnitOfWork]]:
        """One audited change: a transaction, the current header (whose MAC must
        verify under this session's DEK), a header save inside the transaction."""
        header = self._header.load().header
        if not slot_crypto.header_mac_ok(header, session.keys.dek):
            raise HeaderTampered()
        with session.store.transaction() as tx:
            yield header.with_changes(audit_head=tx.audit_records.head()), tx
        self.refresh_head_if_due(session)

    def _lock_existing(self) -> VaultLock:
        """The vault's lock, not yet taken; VaultNotFound when there is no vault
        (taking the lock would leave a stray lock file, or fail on a missing folder)."""
        if not self.exists():
            raise VaultNotFound(str(self.data_dir))
        return VaultLock(self.data_dir)

    def _save_signed(self, header: VaultHeader, dek: bytearray, *, twice: bool = False) -> None:
        """``twice``: the .bak gets the new header too, so it keeps no superseded
        slot or code. That second write is defence in depth only — the database
        refuses those anyway (revocation.py) — so its failure (disk full) must not
        undo a change whose header is already written."""
        signed = slot_crypto.sign_header(header, dek)
        self._header.save(signed)
        if twice:
            with contextlib.suppress(OSError):
                self._header.save(signed)

    def _check_key_store(self, demo: bool) -> None:
        if isinstance(self._keys, DemoKeyStore) and not demo:
            raise InsecureKeyring("DemoKeyStore")

    def _founder(self, header: VaultHeader) -> str | None:
        return founder_key(self._keys, header.vault_id)

    def _machine_secret(self, vault_id: str) -> bytearray:
        secret = self._keys.get(vault_id)
        if secret is None or len(secret) != 32:
            raise MachineSecretMissing(vault_id)
        return bytearray(secret)
