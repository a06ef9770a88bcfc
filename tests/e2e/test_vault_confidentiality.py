"""Confidentiality: a canary password and canary data never reach the disk
outside the encrypted database (vault.db, its WAL and SHM, vault.keys, .bak,
the temp directory, logs, command output); the data folder copied to a machine
with an empty keyring does not open with the right password and card, and
opens there again after recovery. Real pcscd + vpcd, real Secret Service."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from desktop.card.emulator import VirtualCard
from desktop.card.emulator.provision import provision
from desktop.card.emulator.vpcd import reader_name
from desktop.vault.header_file import HeaderFile
from tests.e2e.conftest import card_on_vpcd

REPO = Path(__file__).resolve().parents[2]
PIN = "123456"
READER = reader_name(35963)
CANARY_PASSWORD = "Canary-Pass-5e1f7a-金丝雀"
CANARY_DATA = "CANARY-DATA-2c9d41-举报人张三"
CODE = re.compile(r"^([A-Z2-7]{4}-){6}[A-Z2-7]{3}$", re.M)


def _forms(text: str) -> list[bytes]:
    """The ways a string could land in a file."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-8").hex().encode()]


def _leaks(root: Path, secrets: list[str]) -> list[str]:
    found = []
    for path in [root] if root.is_file() else sorted(root.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for secret in secrets:
            if any(form in data for form in _forms(secret)):
                found.append(f"{secret!r} in {path}")
    return found


def test_canaries_stay_inside_the_encrypted_database_and_a_copy_needs_recovery(
    pcscd: list[str], secret_service: object, tmp_path: Path
) -> None:
    data = tmp_path / "vault"
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEADVAULT_")}
    env.update(TMPDIR=str(private_tmp), SQLITE_TMPDIR=str(private_tmp))
    outputs: list[str] = []

    def run(*args: str, **secrets: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            list(args),
            cwd=REPO,
            env={**env, **secrets},
            capture_output=True,
            text=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
        )
        outputs.append(result.stdout + result.stderr)
        return result

    admin = [sys.executable, "-m", "desktop.cli"]
    chief = VirtualCard(tmp_path / "chief.json")
    provision(chief, "Chief")
    vault_id = ""
    try:
        with card_on_vpcd(chief, 35963):
            init = run(
                *admin,
                "vault",
                "init",
                "--data",
                str(data),
                "--unit-code",
                "110000",
                "--unit-name",
                "U",
                "--user",
                "chief",
                "--reader",
                READER,
                "--development", "--kdf-test-params",
                LEADVAULT_PASSWORD=CANARY_PASSWORD,
                LEADVAULT_PIN=PIN,
            )
            assert init.returncode == 0, init.stderr
            code = CODE.search(init.stdout)
            assert code
            vault_id = HeaderFile(data).load().header.vault_id
            stored = run(
                sys.executable,
                "-m",
                "tests.e2e.vault_worker",
                "canary",
                str(data),
                READER,
                LEADVAULT_PASSWORD=CANARY_PASSWORD,
                LEADVAULT_CANARY=CANARY_DATA,
            )
            assert stored.returncode == 0, stored.stderr
            for command in (["vault", "unlock-check"], ["audit", "show"], ["vault", "rekey"]):
                result = run(
                    *admin,
                    *command,
                    "--data",
                    str(data),
                    "--reader",
                    READER,
                    LEADVAULT_PASSWORD=CANARY_PASSWORD,
                    LEADVAULT_PIN=PIN,
                )
                assert result.returncode == 0, (command, result.stderr)
            wrong = run(
                *admin,
                "vault",
                "unlock-check",
                "--data",
                str(data),
                "--reader",
                READER,
                LEADVAULT_PASSWORD=CANARY_PASSWORD + "x",
                LEADVAULT_PIN=PIN,
            )
            assert wrong.returncode == 3

            # The canary data really is in the vault (so its absence elsewhere means something).
            check = run(
                sys.executable,
                "-c",
                "import os, sys; from tests.e2e.vault_worker import service; "
                "from desktop.card import pcsc; "
                "from desktop.card.session import OpenPgpSession; "
                "v = service(__import__('pathlib').Path(sys.argv[1])); "
                "c = OpenPgpSession(pcsc.connect(sys.argv[2])); "
                "s = v.unlock(c, os.environ['LEADVAULT_PASSWORD'], '123456'); "
                "tx = s.store.reading().__enter__(); "
                "print(tx.settings.get('canary') == os.environ['LEADVAULT_CANARY']); v.lock(s)",
                str(data),
                READER,
                LEADVAULT_PASSWORD=CANARY_PASSWORD,
                LEADVAULT_CANARY=CANARY_DATA,
            )
            assert check.stdout.strip().endswith("True"), check.stderr

            # Files on disk: the data folder (db, WAL, SHM, header, backup, lock),
            # the temp folder, the service logs, every command's output.
            names = {p.name for p in data.iterdir()}
            assert {"vault.db", "vault.keys", "vault.keys.bak"} <= names
            leaks = _leaks(data, [CANARY_PASSWORD, CANARY_DATA])
            leaks += _leaks(private_tmp, [CANARY_PASSWORD, CANARY_DATA])
            for log in (REPO / ".run").glob("*.log"):
                leaks += _leaks(log, [CANARY_PASSWORD, CANARY_DATA])
            leaks += [
                f"command output {i}"
                for i, out in enumerate(outputs[:-1])
                if CANARY_PASSWORD in out or CANARY_DATA in out
            ]
            assert leaks == []

            # Another machine: the same files, an empty keyring (a fresh Secret Service).
            other = tmp_path / "other-machine"
            shutil.copytree(data, other, ignore=shutil.ignore_patterns("vault.lock"))
            elsewhere = run(
                "scripts/with-services.sh",
                "bash",
                "-c",
                f"{sys.executable} -m desktop.cli vault unlock-check --data {other} "
                f"--reader '{READER}'; echo exit=$?; "
                f"{sys.executable} -m desktop.cli vault recover --data {other} && "
                f"{sys.executable} -m desktop.cli vault unlock-check --data {other} "
                f"--reader '{READER}'",
                LEADVAULT_PASSWORD=CANARY_PASSWORD,
                LEADVAULT_PIN=PIN,
                LEADVAULT_RECOVERY_CODE=code.group(0),
            )
            assert "MachineSecretMissing" in elsewhere.stderr
            assert "exit=1" in elsewhere.stdout
            assert elsewhere.returncode == 0, elsewhere.stderr
            assert "role: chief" in elsewhere.stdout  # opened there after recovery
    finally:
        if vault_id:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password("leadvault", vault_id)


@pytest.mark.parametrize("secret_var", ["LEADVAULT_PASSWORD", "LEADVAULT_PIN"])
def test_secrets_are_never_taken_from_argv(secret_var: str) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "vault",
            "unlock-check",
            "--data",
            "/nonexistent",
            "--password",
            "x",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if not k.startswith("LEADVAULT_")},
    )
    assert result.returncode == 2  # argparse: no such option
    assert secret_var.startswith("LEADVAULT_")
