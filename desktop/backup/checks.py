"""The check of a copy with the vault's key (DESIGN.md §10: cipher integrity and the
chain): run on a new backup before it is called done, and by `backup verify`."""

from __future__ import annotations

from pathlib import Path

from desktop.audit.chain import verify_chain
from desktop.audit.heads import compare_heads
from desktop.backup.errors import BackupCheckFailed, BackupDamaged, BackupOfAnotherVault
from desktop.backup.integrity import whole_file_problems
from desktop.backup.manifest import DB_FILE, HEADER_FILE, Manifest
from desktop.domain.storage import StorageError, WrongDatabaseKey
from desktop.ports import StoreFactory
from desktop.vault import checkpoints, slot_crypto
from desktop.vault.header import VaultHeader, parse_header
from desktop.vault.session import Session


def read_header_copy(folder: Path, name: str = HEADER_FILE) -> VaultHeader:
    try:
        return parse_header((folder / name).read_bytes())
    except ValueError as exc:
        raise BackupDamaged(HEADER_FILE, str(exc)[:200]) from None


def check_vault(manifest: Manifest, header: VaultHeader, vault_id: str) -> None:
    """The backup must be of this vault (manifest and header copy alike)."""
    for found in (manifest.vault_id, header.vault_id):
        if found != vault_id:
            raise BackupOfAnotherVault(found, vault_id)


def check_contents(folder: Path, manifest: Manifest, header: VaultHeader, session: Session,
                   stores: StoreFactory, *, pages_checked: bool = False) -> None:
    """Open the copied database with the session's key, read-only: every page
    authenticates (unless ``pages_checked``: a new backup's were, as it was copied),
    the chain and its checkpoints verify against the roster, the head is the
    manifest's, and the header copy is this key's and names a head the chain holds.
    BackupCheckFailed lists what is wrong."""
    assert session.roster is not None
    problems: list[str] = []
    if not slot_crypto.header_mac_ok(header, session.keys.dek):
        problems.append("the header copy is not authenticated by this vault's key")
    try:
        store = stores.open_backup(folder / DB_FILE, bytes(session.keys.dek))
    except WrongDatabaseKey:
        raise BackupCheckFailed(("this vault's key does not open the copied database",)
                                ) from None
    except StorageError as exc:
        raise BackupCheckFailed((f"the copied database does not open: {exc}",)) from None
    try:
        if not pages_checked:
            problems += whole_file_problems(store)
        with store.reading() as tx:
            chain = verify_chain(tx.audit_records.iterate())
            witnesses = checkpoints.check_witnesses(
                tx.audit_records.iterate(), session.vault_id, session.roster)
            head = tx.audit_records.head()
            at_header = (tx.audit_records.get(header.audit_head.seq)
                         if header.audit_head.seq else None)
            last = checkpoints.last_checkpoint(tx)
    except StorageError as exc:
        problems.append(f"the copied database cannot be read: {exc}")
    else:
        if chain.first_break is not None:
            problems.append(f"the audit chain breaks at record {chain.first_break.seq}")
        if witnesses.problem is not None:
            problems.append(f"checkpoint {witnesses.problem[0]}: {witnesses.problem[1]}")
        if f"{head.seq}:{head.hash}" != manifest.audit_head:
            problems.append("the copy's audit head is not the manifest's")
        mark = f"{last.record.seq}:{last.record.hash}" if last else ""
        if mark != manifest.checkpoint:
            problems.append("the copy's last checkpoint is not the manifest's")
        if not compare_heads(header.audit_head, head, at_header).ok:
            problems.append("the header copy names a head the copied chain lacks")
    finally:
        store.close()
    if problems:
        raise BackupCheckFailed(tuple(problems))
