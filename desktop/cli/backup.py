"""``leadvault-admin backup create | verify | restore`` (DESIGN.md §10).

create and verify unlock the vault (LEADVAULT_PASSWORD, LEADVAULT_PIN) and are
audited there; verify without --data checks the files against the manifest only.
restore needs no key: it puts the backup into an empty folder; the next unlock
records it, and on a replacement machine ``--recover`` (LEADVAULT_RECOVERY_CODE)
puts the machine secret back first. A backup older than the chief's card
remembers opens once he accepts it: ``vault unlock-check --accept-restored``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.backup.errors import BackupError
from desktop.backup.medium import check_files
from desktop.backup.restore import restore
from desktop.backup.service import Backups
from desktop.cli import EXIT_FAILURE, EXIT_OK
from desktop.cli.secrets import read_secret
from desktop.cli.vault import (
    _acting_secrets,
    _err,
    _say,
    guarded,
    open_card,
    unlocked,
    vault_service,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    create = commands.add_parser("create", help="back the vault up into a folder on a medium")
    create.add_argument("--data", required=True, type=Path, metavar="DIR")
    create.add_argument("--to", required=True, type=Path, metavar="MEDIUM_DIR")
    create.add_argument("--reader")
    create.set_defaults(func=create_backup)

    verify = commands.add_parser("verify", help="check a backup (with --data: with the key)")
    verify.add_argument("backup", type=Path, metavar="BACKUP_DIR")
    verify.add_argument("--data", type=Path, metavar="DIR")
    verify.add_argument("--reader")
    verify.set_defaults(func=verify_backup)

    back = commands.add_parser("restore", help="put a backup into an empty folder")
    back.add_argument("backup", type=Path, metavar="BACKUP_DIR")
    back.add_argument("--data", required=True, type=Path, metavar="EMPTY_DIR")
    back.add_argument("--recover", action="store_true",
                      help="a replacement machine: use the recovery code afterwards")
    back.set_defaults(func=restore_backup)


def _failed(error: BackupError) -> int:
    _err(f"{type(error).__name__}: {error}")
    return EXIT_FAILURE


@guarded
def create_backup(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    vault = vault_service(args.data)
    try:
        with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
            result = Backups(vault.stores, vault.clock).create(session, args.to)
    except BackupError as error:
        return _failed(error)
    m = result.manifest
    _say(f"backup {result.folder} written and checked: {m.size} bytes, audit head "
         f"{m.head_seq}, {len(m.files)} files")
    return EXIT_OK


@guarded
def verify_backup(args: argparse.Namespace) -> int:
    try:
        if args.data is None:
            manifest = check_files(args.backup)
            _say(f"the files match the manifest (vault {manifest.vault_id}, made "
                 f"{manifest.created_at}); give --data to check them with the key")
            return EXIT_OK
        password, pin = _acting_secrets()
        vault = vault_service(args.data)
        with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
            manifest = Backups(vault.stores, vault.clock).verify(session, args.backup)
    except BackupError as error:
        return _failed(error)
    _say(f"backup verified: vault {manifest.vault_id}, made {manifest.created_at}, audit "
         f"head {manifest.head_seq}")
    return EXIT_OK


@guarded
def restore_backup(args: argparse.Namespace) -> int:
    vault = vault_service(args.data, header_only=not args.recover)
    try:
        manifest = restore(args.backup, args.data, vault.clock)
    except BackupError as error:
        return _failed(error)
    _say(f"backup of vault {manifest.vault_id} (made {manifest.created_at}) restored into "
         f"{args.data}; the next unlock records it")
    if args.recover:
        code = read_secret("LEADVAULT_RECOVERY_CODE", "Recovery code: ")
        result = vault.recover(code)
        _say("the machine secret is back in this keyring")
        _say("NEW RECOVERY CODE (the old one no longer works; print it, seal it):")
        _say(result.recovery_code)
    return EXIT_OK
