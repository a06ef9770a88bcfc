"""Cards remember, through pcscd + vpcd and separate processes (`leadvault-admin`):
the chief's card keeps the last checkpoint in its DO 0101 (the virtual card's state
file outlives each process), and a data folder put back from an older copy is
refused at his next unlock, saying what differs."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.card.emulator import VirtualCard
from desktop.vault.card_memory import CardMemory
from desktop.vault.header_file import HeaderFile
from tests.e2e.conftest import card_on_vpcd
from tests.e2e.test_vault_cli import PORT_A, READER_A, card, check, init


def _remembered(state: Path) -> CardMemory:
    data = VirtualCard(state).state.private_dos.get(1, b"")
    memory = CardMemory.from_bytes(data)
    assert memory is not None, data.hex()
    return memory


def test_the_chiefs_card_remembers_and_an_old_folder_is_refused(
    pcscd: list[str], vault_dir: Path, tmp_path: Path
) -> None:
    state = tmp_path / "chief.json"
    chief = card(state, "Chief")
    with card_on_vpcd(chief, PORT_A):
        assert init(vault_dir, "--development", "--kdf-test-params").returncode == 0
    first = _remembered(state)
    header = HeaderFile(vault_dir).load().header
    assert first.vault_id == header.vault_id and first.roster_hash == header.roster[-1].id
    assert first.checkpoint_seq > 0

    copy = tmp_path / "copy"
    shutil.copytree(vault_dir, copy, ignore=shutil.ignore_patterns("vault.lock"))
    with card_on_vpcd(VirtualCard(state), PORT_A):
        unlocked = check(vault_dir, READER_A, "chief pw")
        assert unlocked.returncode == 0, unlocked.stderr
        assert "checkpoints ok" in unlocked.stdout
    later = _remembered(state)
    assert later.checkpoint_seq > first.checkpoint_seq  # a new checkpoint, remembered

    for name in ("vault.db", "vault.keys", "vault.keys.bak"):
        (vault_dir / name).unlink(missing_ok=True)
        if (copy / name).exists():
            shutil.copy2(copy / name, vault_dir / name)
    with card_on_vpcd(VirtualCard(state), PORT_A):
        refused = check(vault_dir, READER_A, "chief pw")
    assert refused.returncode == 1, refused.stdout
    assert "FolderRolledBack" in refused.stderr
    assert f"remembers checkpoint {later.checkpoint_seq}" in refused.stderr
    assert _remembered(state) == later  # the refusal wrote nothing to the card
