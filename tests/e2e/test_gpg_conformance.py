"""Conformance with a real OpenPGP client: GnuPG's scdaemon (pcsc-shared,
through pcscd + vpcd) reads the provisioned virtual card."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.card.emulator import VirtualCard
from desktop.card.emulator.fingerprint import v4_fingerprint
from desktop.card.emulator.provision import provision
from desktop.card.emulator.state import CardState
from desktop.card.emulator.vpcd import DEFAULT_PORT, reader_name
from desktop.card.model import Algorithm, KeySlot
from tests.e2e.conftest import VpcdCardFactory

GPG = shutil.which("gpg") or "gpg"
CREATED = 1_767_225_600  # 2026-01-01 00:00:00 UTC


@pytest.fixture
def gnupg_home() -> Iterator[Path]:
    """A throw-away GNUPGHOME whose scdaemon shares the vpcd reader with
    pcscd's other clients; its agent and scdaemon are killed afterwards."""
    # A short path: gpg-agent's socket path must fit in sockaddr_un.
    home = Path(tempfile.mkdtemp(prefix="lvgpg-"))
    home.chmod(0o700)
    (home / "scdaemon.conf").write_text(
        "pcsc-shared\ndisable-ccid\n"
        f"reader-port {reader_name(DEFAULT_PORT)}\n"
        f"log-file {home / 'scdaemon.log'}\ndebug-level basic\n"
    )
    try:
        yield home
    finally:
        subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"], check=False)
        shutil.rmtree(home, ignore_errors=True)


def gpg(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GNUPGHOME": str(home), "LC_ALL": "C", "LANGUAGE": "C"}
    return subprocess.run(
        [GPG, "--homedir", str(home), "--batch", *args],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )


def spaced(fingerprint: bytes) -> str:
    """gpg's layout: groups of four hex digits, two spaces in the middle."""
    groups = [fingerprint.hex().upper()[i : i + 4] for i in range(0, 40, 4)]
    return " ".join(groups[:5]) + "  " + " ".join(groups[5:])


@pytest.mark.parametrize("curve25519", [False, True], ids=["p256", "curve25519"])
def test_gpg_card_status_shows_the_provisioned_card(
    vpcd_card: VpcdCardFactory, gnupg_home: Path, curve25519: bool
) -> None:
    card = VirtualCard(state=CardState.blank(0x0A1B2C3D))
    provision(card, "Zhang<<Wei", curve25519=curve25519, created=CREATED)
    card.update_state(lambda s: setattr(s, "pw3_retries", 2))  # distinguishable counters
    vpcd_card(card)

    result = gpg(gnupg_home, "--card-status")
    log = (gnupg_home / "scdaemon.log").read_text(errors="replace") if (
        gnupg_home / "scdaemon.log"
    ).exists() else ""
    assert result.returncode == 0, f"{result.stderr}\n--- scdaemon.log ---\n{log[-4000:]}"
    out = result.stdout
    fields = dict(
        (key.strip(" ."), value.strip())
        for key, _, value in (line.partition(":") for line in out.splitlines())
        if value
    )
    assert fields["Serial number"] == "0A1B2C3D"
    assert fields["Application ID"] == card.aid.hex().upper()
    assert fields["Version"] == "3.4"
    assert fields["Name of cardholder"] == "Wei Zhang"  # ISO "Zhang<<Wei", given name first
    assert fields["Manufacturer"] == "unmanaged S/N range"
    assert fields["Signature PIN"] == "forced"
    assert re.fullmatch(r"3\s+0\s+2", fields["PIN retry counter"])
    assert fields["Signature counter"] == "0"
    fingerprints = card.state.fingerprints
    assert spaced(fingerprints[KeySlot.SIG]) in fields["Signature key"]
    assert spaced(fingerprints[KeySlot.DEC]) in fields["Encryption key"]
    assert fields["Authentication key"] == "[none]"
    assert "2026-01-01" in out  # "created ....: 2026-01-01 00:00:00"
    if not curve25519:
        assert "nistp256" in fields["Key attributes"]
    else:
        assert "ed25519" in fields["Key attributes"] and "cv25519" in fields["Key attributes"]


def _public_key_fields(packet: bytes) -> tuple[int, int, bytes, bytes]:
    """(created, algorithm, oid, point) of an exported v4 public-key packet."""
    tag = packet[0]
    assert tag in (0x98, 0x99, 0xC6), f"not a public key packet: {packet[:2].hex()}"
    if tag == 0x99:  # old format, two-byte length
        body = packet[3 : 3 + int.from_bytes(packet[1:3], "big")]
    else:  # old format one-byte length, or new format short length (ECC keys are short)
        body = packet[2 : 2 + packet[1]]
    created, algorithm = int.from_bytes(body[1:5], "big"), body[5]
    oid = body[7 : 7 + body[6]]
    rest = body[7 + body[6] :]
    bits = int.from_bytes(rest[:2], "big")
    point = rest[2 : 2 + (bits + 7) // 8]
    return created, algorithm, oid, point


@pytest.mark.parametrize(
    ("algo", "expected"),
    [("nistp256", Algorithm.P256_ECDSA), ("ed25519", Algorithm.ED25519)],
)
def test_fingerprint_helper_matches_gnupg(gnupg_home: Path, algo: str, expected: Algorithm) -> None:
    generated = gpg(
        gnupg_home, "--passphrase", "", "--pinentry-mode", "loopback",
        "--quick-gen-key", "Fp Test <fp@example.invalid>", algo, "sign", "never",
    )
    assert generated.returncode == 0, generated.stderr
    listing = gpg(gnupg_home, "--with-colons", "--list-keys").stdout
    gnupg_fingerprint = next(
        line.split(":")[9] for line in listing.splitlines() if line.startswith("fpr:")
    )
    exported = subprocess.run(
        [GPG, "--homedir", str(gnupg_home), "--batch", "--export"],
        capture_output=True, timeout=60, check=True,
        env={**os.environ, "GNUPGHOME": str(gnupg_home)},
    ).stdout
    created, _algorithm, _oid, point = _public_key_fields(exported)
    if expected is Algorithm.ED25519:
        point = point[1:]  # drop the 0x40 native-point prefix
    mine = v4_fingerprint(expected, point, created)
    assert mine.hex().upper() == gnupg_fingerprint
