"""`leadvault-admin vault …` and `audit …` as separate processes, through the
real pcscd + vpcd with virtual cards and the real Secret Service (run under
scripts/with-services.sh)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import keyring

from desktop.card.emulator import VirtualCard
from desktop.card.emulator.provision import provision
from desktop.card.emulator.vpcd import reader_name
from desktop.vault.header_file import HeaderFile
from desktop.vault.lock_file import VaultLock
from tests.e2e.conftest import card_on_vpcd, wait_card_absent, wait_card_present

REPO = Path(__file__).resolve().parents[2]
PIN = "123456"
PORT_A, PORT_B = 35963, 35964
READER_A, READER_B = reader_name(PORT_A), reader_name(PORT_B)
CODE = re.compile(r"^([A-Z2-7]{4}-){6}[A-Z2-7]{3}$", re.M)


def admin(*args: str, **secrets: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEADVAULT_")}
    env.update(secrets)
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def card(path: Path, name: str) -> VirtualCard:
    virtual = VirtualCard(path)
    provision(virtual, name)
    return virtual


def init(data: Path, *extra: str, password: str = "chief pw") -> subprocess.CompletedProcess[str]:
    return admin(
        "vault",
        "init",
        "--data",
        str(data),
        "--unit-code",
        "110000",
        "--unit-name",
        "某某市院",
        "--user",
        "chief",
        "--reader",
        READER_A,
        *extra,
        LEADVAULT_PASSWORD=password,
        LEADVAULT_PIN=PIN,
    )


def check(
    data: Path, reader: str, password: str, pin: str = PIN
) -> subprocess.CompletedProcess[str]:
    return admin(
        "vault",
        "unlock-check",
        "--data",
        str(data),
        "--reader",
        reader,
        LEADVAULT_PASSWORD=password,
        LEADVAULT_PIN=pin,
    )



def test_full_lifecycle_through_the_command_line(
    pcscd: list[str], vault_dir: Path, tmp_path: Path
) -> None:
    chief = card(tmp_path / "chief.json", "Chief")
    clerk = card(tmp_path / "clerk.json", "Clerk")
    with card_on_vpcd(chief, PORT_A), card_on_vpcd(clerk, PORT_B) as clerk_link:
        # init — calibrated Argon2id (the one CLI test that pays for it); a development
        # folder, since the virtual cards are test cards
        created = init(vault_dir, "--development")
        assert created.returncode == 0, created.stderr
        first_code = CODE.search(created.stdout)
        assert first_code, created.stdout
        info = admin("vault", "info", "--data", str(vault_dir))
        assert info.returncode == 0, info.stderr
        assert "110000" in info.stdout and "chief  chief" in info.stdout
        assert "65536 KiB" in info.stdout or re.search(r"argon2id: \d{5,} KiB", info.stdout)
        assert "chief pw" not in info.stdout + created.stdout

        ok = check(vault_dir, READER_A, "chief pw")
        assert ok.returncode == 0, ok.stderr
        assert "user: chief" in ok.stdout and "role: chief" in ok.stdout
        assert "audit chain ok" in ok.stdout and "checkpoints ok" in ok.stdout

        added = admin(
            "vault",
            "add-user",
            "--data",
            str(vault_dir),
            "--user",
            "clerk",
            "--role",
            "clerk",
            "--reader",
            READER_B,
            "--approver-reader",
            READER_A,
            LEADVAULT_PASSWORD="chief pw",
            LEADVAULT_PIN=PIN,
            LEADVAULT_APPROVER_PIN=PIN,
            LEADVAULT_NEW_PASSWORD="clerk pw",
            LEADVAULT_NEW_PIN=PIN,
        )
        assert added.returncode == 0, added.stderr
        as_clerk = check(vault_dir, READER_B, "clerk pw")
        assert as_clerk.returncode == 0 and "role: clerk" in as_clerk.stdout, as_clerk.stderr

        # wrong password: exit 3, and the PIN counter is untouched
        wrong = check(vault_dir, READER_B, "not it")
        assert wrong.returncode == 3, wrong.stderr
        assert "WrongPassword" in wrong.stderr
        assert clerk_link.card.state.pw1_retries == 3

        passwd = admin(
            "vault",
            "passwd",
            "--data",
            str(vault_dir),
            "--reader",
            READER_B,
            LEADVAULT_PASSWORD="clerk pw",
            LEADVAULT_PIN=PIN,
            LEADVAULT_NEW_PASSWORD="clerk pw 2",
        )
        assert passwd.returncode == 0, passwd.stderr
        assert check(vault_dir, READER_B, "clerk pw").returncode == 3
        assert check(vault_dir, READER_B, "clerk pw 2").returncode == 0

        rekey = admin(
            "vault",
            "rekey",
            "--data",
            str(vault_dir),
            "--reader",
            READER_A,
            LEADVAULT_PASSWORD="chief pw",
            LEADVAULT_PIN=PIN,
        )
        assert rekey.returncode == 0, rekey.stderr
        assert "generation 2" in rekey.stdout
        assert check(vault_dir, READER_B, "clerk pw 2").returncode == 0  # carried over

        verify = admin(
            "audit",
            "verify",
            "--data",
            str(vault_dir),
            "--reader",
            READER_A,
            LEADVAULT_PASSWORD="chief pw",
            LEADVAULT_PIN=PIN,
        )
        assert verify.returncode == 0 and "audit chain ok" in verify.stdout, verify.stderr
        show = admin(
            "audit",
            "show",
            "--data",
            str(vault_dir),
            "--reader",
            READER_A,
            "--last",
            "50",
            LEADVAULT_PASSWORD="chief pw",
            LEADVAULT_PIN=PIN,
        )
        assert show.returncode == 0, show.stderr
        for action in (
            "vault.create",
            "user.add",
            "vault.unlock_failed",
            "user.password_change",
            "vault.rekey",
            "vault.rekey_done",
            "vault.slot_rewrap",
            "vault.lock",
        ):
            assert action in show.stdout, action
        assert "clerk pw" not in show.stdout
        assert "audit.verify" in show.stdout  # the chief's check is itself recorded
        # The clerk holds the database key but the trail is the chief procurator's.
        for command in ("show", "verify"):
            refused = admin(
                "audit",
                command,
                "--data",
                str(vault_dir),
                "--reader",
                READER_B,
                LEADVAULT_PASSWORD="clerk pw 2",
                LEADVAULT_PIN=PIN,
            )
            assert refused.returncode == 1, refused.stdout
            assert "refused: a clerk may not view-audit" in refused.stderr
            assert refused.stdout == ""

        # the keyring loses the machine secret: unlock points to recovery
        vault_id = HeaderFile(vault_dir).load().header.vault_id
        keyring.delete_password("leadvault", vault_id)
        missing = check(vault_dir, READER_A, "chief pw")
        assert missing.returncode == 1 and "MachineSecretMissing" in missing.stderr
        assert "recover" in missing.stderr
        bad = admin(
            "vault",
            "recover",
            "--data",
            str(vault_dir),
            LEADVAULT_RECOVERY_CODE=first_code.group(0)[:-1] + "A",
        )
        assert bad.returncode == 3, bad.stderr
        recovered = admin(
            "vault",
            "recover",
            "--data",
            str(vault_dir),
            LEADVAULT_RECOVERY_CODE=first_code.group(0).lower(),
        )
        assert recovered.returncode == 0, recovered.stderr
        new_code = CODE.search(recovered.stdout)
        assert new_code and new_code.group(0) != first_code.group(0)
        assert check(vault_dir, READER_B, "clerk pw 2").returncode == 0
        again = admin(
            "vault",
            "recover",
            "--data",
            str(vault_dir),
            LEADVAULT_RECOVERY_CODE=first_code.group(0),
        )
        assert again.returncode == 3 and "WrongRecoveryCode" in again.stderr

        removed = admin(
            "vault",
            "remove-user",
            "--data",
            str(vault_dir),
            "--user",
            "clerk",
            "--reader",
            READER_A,
            LEADVAULT_PASSWORD="chief pw",
            LEADVAULT_PIN=PIN,
        )
        assert removed.returncode == 0, removed.stderr
        assert "database key was renewed" in removed.stdout
        gone = check(vault_dir, READER_B, "clerk pw 2")
        assert gone.returncode == 3 and "CardNotEnrolled" in gone.stderr


def test_replace_card_with_old_card_and_with_the_chiefs_approval(
    pcscd: list[str], vault_dir: Path, tmp_path: Path
) -> None:
    chief = card(tmp_path / "chief.json", "Chief")
    clerk = card(tmp_path / "clerk.json", "Clerk")
    new1 = card(tmp_path / "new1.json", "Clerk")
    new2 = card(tmp_path / "new2.json", "Clerk")
    with card_on_vpcd(chief, PORT_A), card_on_vpcd(clerk, PORT_B):
        assert init(vault_dir, "--development", "--kdf-test-params").returncode == 0
        added = admin(
            "vault",
            "add-user",
            "--data",
            str(vault_dir),
            "--user",
            "clerk",
            "--role",
            "clerk",
            "--reader",
            READER_B,
            "--approver-reader",
            READER_A,
            LEADVAULT_PASSWORD="chief pw",
            LEADVAULT_PIN=PIN,
            LEADVAULT_APPROVER_PIN=PIN,
            LEADVAULT_NEW_PASSWORD="clerk pw",
            LEADVAULT_NEW_PIN=PIN,
        )
        assert added.returncode == 0, added.stderr
    def own_card(user: str, password: str) -> subprocess.CompletedProcess[str]:
        return admin(
            "vault", "replace-card", "--data", str(vault_dir), "--user", user,
            "--reader", READER_B, "--old-reader", READER_A,
            LEADVAULT_PASSWORD=password, LEADVAULT_PIN=PIN, LEADVAULT_NEW_PIN=PIN,
        )

    with card_on_vpcd(clerk, PORT_A), card_on_vpcd(new1, PORT_B):
        # A new card changes the signed roster: only a chief's card may sign that.
        refused = own_card("clerk", "clerk pw")
        assert refused.returncode == 1 and "chief procurator" in refused.stderr
        assert check(vault_dir, READER_A, "clerk pw").returncode == 0  # nothing changed
    with card_on_vpcd(chief, PORT_A), card_on_vpcd(new1, PORT_B):
        replaced = own_card("chief", "chief pw")  # his old card signs the new roster
        assert replaced.returncode == 0, replaced.stderr
        assert check(vault_dir, READER_B, "chief pw").returncode == 0
        assert check(vault_dir, READER_A, "chief pw").returncode == 3  # old card retired
    chief = new1
    with card_on_vpcd(chief, PORT_A), card_on_vpcd(new2, PORT_B):
        approved = admin(
            "vault",
            "replace-card",
            "--data",
            str(vault_dir),
            "--user",
            "clerk",
            "--reader",
            READER_B,
            "--approver-reader",
            READER_A,
            LEADVAULT_PASSWORD="chief pw",
            LEADVAULT_PIN=PIN,
            LEADVAULT_APPROVER_PIN=PIN,
            LEADVAULT_NEW_PASSWORD="fresh pw",
            LEADVAULT_NEW_PIN=PIN,
        )
        assert approved.returncode == 0, approved.stderr
        ok = check(vault_dir, READER_B, "fresh pw")
        assert ok.returncode == 0 and "user: clerk" in ok.stdout, ok.stderr


def test_add_user_refused_without_a_chiefs_card(
    pcscd: list[str], vault_dir: Path, tmp_path: Path
) -> None:
    chief = card(tmp_path / "chief.json", "Chief")
    clerk = card(tmp_path / "clerk.json", "Clerk")
    other = card(tmp_path / "other.json", "Other")
    with card_on_vpcd(chief, PORT_A), card_on_vpcd(clerk, PORT_B):
        assert init(vault_dir, "--development", "--kdf-test-params").returncode == 0
        assert (
            admin(
                "vault",
                "add-user",
                "--data",
                str(vault_dir),
                "--user",
                "clerk",
                "--role",
                "clerk",
                "--reader",
                READER_B,
                "--approver-reader",
                READER_A,
                LEADVAULT_PASSWORD="chief pw",
                LEADVAULT_PIN=PIN,
                LEADVAULT_APPROVER_PIN=PIN,
                LEADVAULT_NEW_PASSWORD="clerk pw",
                LEADVAULT_NEW_PIN=PIN,
            ).returncode
            == 0
        )
    # The clerk (not a chief procurator) tries to approve a newcomer.
    with card_on_vpcd(clerk, PORT_A), card_on_vpcd(other, PORT_B):
        refused = admin(
            "vault",
            "add-user",
            "--data",
            str(vault_dir),
            "--user",
            "mallory",
            "--role",
            "director",
            "--reader",
            READER_B,
            "--approver-reader",
            READER_A,
            LEADVAULT_PASSWORD="clerk pw",
            LEADVAULT_PIN=PIN,
            LEADVAULT_APPROVER_PIN=PIN,
            LEADVAULT_NEW_PASSWORD="m",
            LEADVAULT_NEW_PIN=PIN,
        )
        assert refused.returncode == 3 and "ApprovalInvalid" in refused.stderr
        assert check(vault_dir, READER_B, "m").returncode == 3  # not enrolled


def test_card_and_pin_failures(pcscd: list[str], vault_dir: Path, tmp_path: Path) -> None:
    chief = card(tmp_path / "chief.json", "Chief")
    stranger = card(tmp_path / "stranger.json", "Stranger")
    with card_on_vpcd(chief, PORT_A) as link, card_on_vpcd(stranger, PORT_B):
        assert init(vault_dir, "--development", "--kdf-test-params").returncode == 0
        wrong_pin = check(vault_dir, READER_A, "chief pw", pin="000000")
        assert wrong_pin.returncode == 3 and "2 tries remaining" in wrong_pin.stderr
        assert check(vault_dir, READER_A, "chief pw").returncode == 0  # resets the counter
        not_enrolled = check(vault_dir, READER_B, "chief pw")
        assert not_enrolled.returncode == 3 and "CardNotEnrolled" in not_enrolled.stderr
        missing_secret = admin(
            "vault",
            "unlock-check",
            "--data",
            str(vault_dir),
            "--reader",
            READER_A,
            LEADVAULT_PIN=PIN,
        )
        assert missing_secret.returncode == 2 and "LEADVAULT_PASSWORD" in missing_secret.stderr
        # another process holds the vault
        with VaultLock(vault_dir):
            busy = check(vault_dir, READER_A, "chief pw")
        assert busy.returncode == 1 and "VaultInUse" in busy.stderr
        # no card in the reader
        link.remove()
        wait_card_absent(READER_A)
        empty = check(vault_dir, READER_A, "chief pw")
        assert empty.returncode == 1 and "NoCard" in empty.stderr, empty.stderr
        link.insert()
        wait_card_present(READER_A)
        # blocked PIN: reported, and no further try spent
        link.card.block_pin(0x82)
        blocked = check(vault_dir, READER_A, "chief pw")
        assert blocked.returncode == 3 and "blocked" in blocked.stderr


def test_header_and_database_faults(pcscd: list[str], vault_dir: Path, tmp_path: Path) -> None:
    chief = card(tmp_path / "chief.json", "Chief")
    with card_on_vpcd(chief, PORT_A):
        assert init(vault_dir, "--development", "--kdf-test-params").returncode == 0
        assert check(vault_dir, READER_A, "chief pw").returncode == 0
        keys = vault_dir / "vault.keys"
        db = vault_dir / "vault.db"

        # a data folder with no vault (or none at all): said so, nothing created
        nowhere = tmp_path / "no vault here"
        missing = check(nowhere, READER_A, "chief pw")
        assert missing.returncode == 1 and "VaultNotFound" in missing.stderr, missing.stderr
        assert "Traceback" not in missing.stderr and not nowhere.exists()

        # corrupt header: falls back to .bak and says so
        keys.write_bytes(keys.read_bytes()[:100])
        assert "vault.keys.bak" in admin("vault", "info", "--data", str(vault_dir)).stderr
        fell_back = check(vault_dir, READER_A, "chief pw")
        assert fell_back.returncode == 0, fell_back.stderr
        assert "vault.keys.bak" in fell_back.stderr
        # ... and the next lock wrote a good header again
        assert check(vault_dir, READER_A, "chief pw").stderr == ""

        # both damaged
        saved_keys, saved_bak = keys.read_bytes(), (vault_dir / "vault.keys.bak").read_bytes()
        keys.write_bytes(b"{")
        (vault_dir / "vault.keys.bak").write_bytes(b"")
        both = check(vault_dir, READER_A, "chief pw")
        assert both.returncode == 1 and "HeaderCorrupt" in both.stderr
        keys.write_bytes(saved_keys)
        (vault_dir / "vault.keys.bak").write_bytes(saved_bak)

        # an edited slot (the user's role) disagrees with the signed roster: refused
        # before any PIN (and its AEAD would not unwrap either)
        edited = saved_keys.replace(b'"role": "chief"', b'"role": "clerk"')
        keys.write_bytes(edited)
        (vault_dir / "vault.keys.bak").write_bytes(edited)
        tampered = check(vault_dir, READER_A, "chief pw")
        assert tampered.returncode == 1 and "SlotRoleMismatch" in tampered.stderr
        keys.write_bytes(saved_keys)
        (vault_dir / "vault.keys.bak").write_bytes(saved_bak)

        # a rolled-back database: an older copy of vault.db
        old_db = db.read_bytes()
        assert check(vault_dir, READER_A, "chief pw").returncode == 0
        assert check(vault_dir, READER_A, "chief pw").returncode == 0
        for suffix in ("-wal", "-shm"):
            (vault_dir / f"vault.db{suffix}").unlink(missing_ok=True)
        db.write_bytes(old_db)
        rolled = check(vault_dir, READER_A, "chief pw")
        assert rolled.returncode == 1 and "DatabaseRolledBack" in rolled.stderr

        # a truncated database: refused, nothing overwritten
        db.write_bytes(old_db[: len(old_db) // 2 + 100])
        truncated_bytes = db.read_bytes()
        truncated = check(vault_dir, READER_A, "chief pw")
        assert truncated.returncode == 1 and "DatabaseCorrupt" in truncated.stderr
        assert db.read_bytes() == truncated_bytes


def test_refuses_an_insecure_keyring(vault_dir: Path, tmp_path: Path) -> None:
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    old = os.environ.get("PYTHON_KEYRING_BACKEND")
    os.environ.update(env)
    try:
        refused = admin(
            "vault",
            "unlock-check",
            "--data",
            str(vault_dir),
            LEADVAULT_PASSWORD="x",
            LEADVAULT_PIN=PIN,
        )
        assert refused.returncode == 1 and "InsecureKeyring" in refused.stderr
        assert "keyring.backends.null" in refused.stderr
    finally:
        if old is None:
            os.environ.pop("PYTHON_KEYRING_BACKEND", None)
        else:
            os.environ["PYTHON_KEYRING_BACKEND"] = old


def test_repeated_failed_unlocks_are_slowed_down(
    pcscd: list[str], vault_dir: Path, tmp_path: Path
) -> None:
    chief = card(tmp_path / "chief.json", "Chief")
    with card_on_vpcd(chief, PORT_A) as link:
        assert init(vault_dir, "--development", "--kdf-test-params").returncode == 0
        durations = []
        for _ in range(5):
            start = time.monotonic()
            assert check(vault_dir, READER_A, "wrong").returncode == 3
            durations.append(time.monotonic() - start)
        # Three attempts are free; after the third failure the next waits 1 s, then 2 s.
        # (Lower bounds only: the sleeps guarantee them, the shared machine adds noise.)
        assert durations[3] >= 1.0 and durations[4] >= 2.0, durations
        info = admin("vault", "info", "--data", str(vault_dir))
        assert "failed unlocks since last success: 5" in info.stdout
        assert link.card.state.pw1_retries == 3  # no PIN try was spent on any of them
        ok = check(vault_dir, READER_A, "chief pw")
        assert ok.returncode == 0, ok.stderr
        assert (
            "failed unlocks since last success: 0"
            in admin("vault", "info", "--data", str(vault_dir)).stdout
        )
