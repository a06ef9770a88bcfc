"""Backup and restore through `leadvault-admin` with the real services (pcscd + vpcd,
the Secret Service): back up, sign a later checkpoint, lose the folder, restore it;
the chief's card refuses the older folder until he accepts it."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.card.emulator import VirtualCard
from tests.e2e.conftest import card_on_vpcd
from tests.e2e.test_vault_cli import PIN, PORT_A, READER_A, admin, card, check, init


def test_backup_restore_and_the_chiefs_acceptance(
    pcscd: list[str], vault_dir: Path, tmp_path: Path
) -> None:
    state = tmp_path / "chief.json"
    medium = tmp_path / "usb"
    medium.mkdir()
    with card_on_vpcd(card(state, "Chief"), PORT_A):
        assert init(vault_dir, "--development", "--kdf-test-params").returncode == 0
    secrets = {"LEADVAULT_PASSWORD": "chief pw", "LEADVAULT_PIN": PIN}
    with card_on_vpcd(VirtualCard(state), PORT_A):
        made = admin("backup", "create", "--data", str(vault_dir), "--to", str(medium),
                     "--reader", READER_A, **secrets)
        assert made.returncode == 0, made.stderr
        (folder,) = medium.iterdir()
        verified = admin("backup", "verify", str(folder), "--data", str(vault_dir),
                         "--reader", READER_A, **secrets)
        assert verified.returncode == 0, verified.stderr
        assert check(vault_dir, READER_A, "chief pw").returncode == 0  # a later checkpoint

    busy = admin("backup", "restore", str(folder), "--data", str(vault_dir))
    assert busy.returncode == 1 and "RestoreTargetNotEmpty" in busy.stderr
    shutil.rmtree(vault_dir)  # the disk died
    restored = admin("backup", "restore", str(folder), "--data", str(vault_dir))
    assert restored.returncode == 0, restored.stderr
    with card_on_vpcd(VirtualCard(state), PORT_A):
        refused = check(vault_dir, READER_A, "chief pw")
        assert refused.returncode == 1 and "FolderRolledBack" in refused.stderr
        accepted = admin("vault", "unlock-check", "--data", str(vault_dir), "--reader",
                         READER_A, "--accept-restored", **secrets)
        assert accepted.returncode == 0, accepted.stderr
        again = check(vault_dir, READER_A, "chief pw")
        assert again.returncode == 0, again.stderr
        shown = admin("audit", "show", "--data", str(vault_dir), "--reader", READER_A,
                      **secrets)
    assert "backup.restore " in shown.stdout and "backup.restore_accepted" in shown.stdout
