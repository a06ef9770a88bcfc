"""The card client and `leadvault-admin card` through real pcscd + vpcd with
the virtual card: list, provision, selftest, PIN counting and blocking,
removal mid-command, a missing pcscd."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.card import crypto, pcsc
from desktop.card.emulator import Faults, VirtualCard
from desktop.card.emulator.vpcd import VpcdLink
from desktop.card.errors import (
    CardRemoved,
    CardReset,
    NotAnOpenPgpCard,
    PinBlocked,
    ReaderNotFound,
    WrongPin,
)
from desktop.card.model import Algorithm, KeySlot
from desktop.card.session import OpenPgpSession
from tests.e2e.conftest import (
    VpcdCardFactory,
    port_lock,
    wait_card_absent,
    wait_card_present,
)

REPO = Path(__file__).resolve().parents[2]
PIN = "123456"
ADMIN_PIN = "12345678"
ALGORITHMS = {
    "p256": (Algorithm.P256_ECDSA, Algorithm.P256_ECDH),
    "curve25519": (Algorithm.ED25519, Algorithm.X25519),
}


def admin(*args: str, **secrets: str) -> subprocess.CompletedProcess[str]:
    """Run `leadvault-admin card ARGS` as a separate process; secrets by env."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEADVAULT_")}
    env.update(secrets)
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "card", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def provision(link: VpcdLink, algorithm: str = "p256", name: str = "Li Ming") -> str:
    done = admin(
        "provision",
        "--reader",
        link.reader,
        "--name",
        name,
        "--algorithm",
        algorithm,
        LEADVAULT_ADMIN_PIN=ADMIN_PIN,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_list_shows_readers_and_a_blank_card(virtual_card: VpcdLink) -> None:
    done = admin("list")
    assert done.returncode == 0, done.stderr
    section = done.stdout.split(f"{virtual_card.reader}:")[1]
    assert f"serial:         {virtual_card.card.serial}" in section
    assert "cardholder:     [not set]" in section
    assert "PIN retries:    PIN 3, reset code 0, admin PIN 3" in section
    assert "signature key:  [none]" in section


@pytest.mark.parametrize("algorithm", ["p256", "curve25519"])
def test_provision_then_selftest(virtual_card: VpcdLink, algorithm: str) -> None:
    out = provision(virtual_card, algorithm, name="Wang Fang")
    assert f"provisioned card {virtual_card.card.serial}" in out

    # What provisioning wrote, read back independently through PC/SC.
    session = OpenPgpSession(pcsc.connect(virtual_card.reader))
    try:
        info = session.info()
        keys = {slot: session.public_key(slot) for slot in (KeySlot.SIG, KeySlot.DEC)}
    finally:
        session.close()
    assert info.cardholder_name == "Wang Fang"
    assert info.pin_status.pw1_valid_for_one_signature
    assert (keys[KeySlot.SIG].algorithm, keys[KeySlot.DEC].algorithm) == ALGORITHMS[algorithm]
    for slot, key in keys.items():
        created = info.generation_times[slot]
        assert created is not None and abs(created - time.time()) < 120
        assert info.fingerprints[slot] == crypto.openpgp_fingerprint(key, created)

    listed = admin("list").stdout.split(f"{virtual_card.reader}:")[1]
    assert "cardholder:     Wang Fang" in listed
    sig_fpr = info.fingerprints[KeySlot.SIG]
    assert sig_fpr is not None and sig_fpr.hex().upper()[:4] in listed

    done = admin("selftest", "--reader", virtual_card.reader, LEADVAULT_PIN=PIN)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "verify PIN and sign a random challenge: ok" in done.stdout
    assert "check the signature with the card's public key: ok" in done.stdout
    assert "ECDH shared secret matches: ok" in done.stdout
    assert "selftest passed" in done.stdout
    assert virtual_card.card.state.signature_counter == 1

    # The selftest's process left the PIN unverified for whoever comes next.
    after = OpenPgpSession(pcsc.connect(virtual_card.reader))
    try:
        assert after.pin_verified(0x81) is False
        assert after.pin_verified(0x82) is False
    finally:
        after.close()


def test_default_reader_is_the_first_with_a_card(vpcd_card: VpcdCardFactory) -> None:
    link = vpcd_card(VirtualCard(), port=35964)  # "Virtual PCD 00 01"
    with port_lock(35963):  # keep the other vpcd slot empty meanwhile
        wait_card_absent("Virtual PCD 00 00")
        done = admin("provision", "--name", "Default", LEADVAULT_ADMIN_PIN=ADMIN_PIN)
        assert done.returncode == 0, done.stderr
        assert f"provisioned card {link.card.serial}" in done.stdout
        assert admin("selftest", LEADVAULT_PIN=PIN).returncode == 0


def test_wrong_pin_counts_down_and_blocks(virtual_card: VpcdLink) -> None:
    provision(virtual_card)
    for remaining in (2, 1):
        done = admin("selftest", "--reader", virtual_card.reader, LEADVAULT_PIN="000000")
        assert done.returncode == 3
        assert f"wrong PIN: {remaining} tries remaining" in done.stderr
    assert "PIN 1, reset code 0, admin PIN 3" in admin("list").stdout
    done = admin("selftest", "--reader", virtual_card.reader, LEADVAULT_PIN="000000")
    assert done.returncode == 3 and "the PIN is blocked" in done.stderr
    done = admin("selftest", "--reader", virtual_card.reader, LEADVAULT_PIN=PIN)
    assert done.returncode == 3 and "the PIN is blocked" in done.stderr


def test_session_errors_through_pcscd(virtual_card: VpcdLink) -> None:
    provision(virtual_card)
    session = OpenPgpSession(pcsc.connect(virtual_card.reader))
    try:
        with pytest.raises(WrongPin) as caught:
            session.verify_pin("999999", 0x82)
        assert caught.value.remaining == 2
        session.verify_pin(PIN, 0x82)  # resets the counter ...
        session.reset_pin_state(0x82)
        assert session.pin_status().pw1_retries == 3
        virtual_card.card.block_pin(0x81)
        with pytest.raises(PinBlocked):
            session.verify_pin(PIN, 0x81)
    finally:
        session.close()


def test_wrong_admin_pin_and_missing_secret(virtual_card: VpcdLink) -> None:
    done = admin(
        "provision",
        "--reader",
        virtual_card.reader,
        "--name",
        "X",
        LEADVAULT_ADMIN_PIN="87654321",
    )
    assert done.returncode == 3 and "wrong admin PIN: 2 tries remaining" in done.stderr
    assert admin("selftest", "--reader", virtual_card.reader).returncode == 2


def test_removal_in_the_middle_of_a_command(virtual_card: VpcdLink) -> None:
    provision(virtual_card)
    session = OpenPgpSession(pcsc.connect(virtual_card.reader))
    try:
        session.info()
        virtual_card.card.faults.drop_on_ins = 0x2A  # the card leaves during PSO
        session.verify_pin(PIN, 0x81)
        with pytest.raises(CardRemoved):
            session.sign(b"approve")
        with pytest.raises(CardRemoved):
            session.info()
    finally:
        session.close()
    wait_card_absent(virtual_card.reader)
    done = admin("selftest", "--reader", virtual_card.reader, LEADVAULT_PIN=PIN)
    assert done.returncode == 1 and "NoCard" in done.stderr


def test_not_an_openpgp_card(vpcd_card: VpcdCardFactory) -> None:
    link = vpcd_card(VirtualCard(faults=Faults(not_openpgp=True)))
    session = OpenPgpSession(pcsc.connect(link.reader))
    try:
        with pytest.raises(NotAnOpenPgpCard):
            session.info()
    finally:
        session.close()
    listed = admin("list").stdout.split(f"{link.reader}:")[1]
    assert "not an OpenPGP card" in listed.split("Virtual PCD")[0]


def test_unknown_reader(pcscd: list[str]) -> None:
    with pytest.raises(ReaderNotFound):
        pcsc.connect("No Such Reader 00 00")
    done = admin("selftest", "--reader", "No Such Reader 00 00", LEADVAULT_PIN=PIN)
    assert done.returncode == 1 and "ReaderNotFound" in done.stderr


def test_missing_pcscd_is_reported_clearly(tmp_path: Path) -> None:
    # libpcsclite finds pcscd through this socket path; point it at nothing.
    env = {**os.environ, "PCSCLITE_CSOCK_NAME": str(tmp_path / "no-pcscd.comm")}
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "card", "list"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "pcscd" in done.stderr and "not running" in done.stderr
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "from desktop.card import pcsc, errors\n"
            "try:\n    pcsc.list_readers()\n"
            "except errors.CardServiceUnavailable:\n    print('unavailable')",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.stdout.strip() == "unavailable"


def test_verify_and_operation_hold_the_card_against_other_processes(
    virtual_card: VpcdLink,
) -> None:
    provision(virtual_card)
    first = OpenPgpSession(pcsc.connect(virtual_card.reader))
    second = pcsc.connect(virtual_card.reader)
    try:
        point, secret = crypto.ephemeral_ecdh(first.public_key(KeySlot.DEC))
        first.verify_pin(PIN, 0x82)
        entered = threading.Event()

        def other_process() -> None:
            with second.exclusive():
                entered.set()

        thread = threading.Thread(target=other_process)
        thread.start()
        # The other handle cannot get in between VERIFY and DECIPHER ...
        assert not entered.wait(0.5)
        assert first.decipher(point) == secret
        # ... and gets the card, unverified, right after.
        assert entered.wait(5)
        thread.join(5)
        # No SELECT first: the card keeps its application selected across
        # connections (and a SELECT would forget the PIN by itself), so this
        # checks that the session's VERIFY FF came before the release.
        assert second.send_and_receive(bytes.fromhex("00200082"))[1] == 0x63C3
        _, sw = second.send_and_receive(bytes.fromhex("00A4040006D27600012401"))
        assert sw == 0x9000
        assert second.send_and_receive(bytes.fromhex("00200082"))[1] != 0x9000
    finally:
        second.close()
        first.close()


def test_emulate_list_provision_selftest_all_through_the_cli(
    pcscd: list[str], tmp_path: Path
) -> None:
    """The operator's path: `card emulate` in one process, the other commands
    in others; the card's state survives a restart of the emulator."""
    state = tmp_path / "card.json"
    reader = "Virtual PCD 00 00"

    def emulate() -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop.cli", "card", "emulate", "--state", str(state)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        wait_card_present(reader, 10)
        return process

    def stop(process: subprocess.Popen[str]) -> None:
        process.send_signal(signal.SIGINT)
        assert process.wait(10) == 0
        wait_card_absent(reader)

    with port_lock(35963):
        wait_card_absent(reader)
        process = emulate()
        try:
            listed = admin("list").stdout.split(f"{reader}:")[1]
            assert "cardholder:     [not set]" in listed
            assert (
                admin(
                    "provision",
                    "--reader",
                    reader,
                    "--name",
                    "Chen Jing",
                    "--algorithm",
                    "curve25519",
                    LEADVAULT_ADMIN_PIN=ADMIN_PIN,
                ).returncode
                == 0
            )
            assert admin("selftest", "--reader", reader, LEADVAULT_PIN=PIN).returncode == 0
            before = admin("list").stdout.split(f"{reader}:")[1].split("Virtual PCD")[0]
        finally:
            stop(process)
        assert state.exists()
        process = emulate()
        try:
            after = admin("list").stdout.split(f"{reader}:")[1].split("Virtual PCD")[0]
        finally:
            stop(process)
    assert "cardholder:     Chen Jing" in after
    assert "(ed25519)" in after and "(x25519)" in after
    assert "signatures:     1" in after
    assert after == before


def test_a_reset_by_another_program_is_taken_in_stride(virtual_card: VpcdLink) -> None:
    provision(virtual_card)
    session = OpenPgpSession(pcsc.connect(virtual_card.reader))
    try:
        serial = session.info().serial
        point, secret = crypto.ephemeral_ecdh(session.public_key(KeySlot.DEC))
        for _ in range(2):
            pcsc.connect(virtual_card.reader).close(reset=True)
            # Nothing was verified: the session takes the card back by itself.
            assert session.info().serial == serial
            session.verify_pin(PIN, 0x82)
            assert session.decipher(point) == secret
    finally:
        session.close()


def test_a_card_without_verify_ff_is_reset_before_another_program_gets_it(
    vpcd_card: VpcdCardFactory,
) -> None:
    # A card older than 3.4 keeps a verified PIN until power-off. The session
    # resets it through PC/SC while still holding it.
    link = vpcd_card(VirtualCard(faults=Faults(refuse_pin_reset=True)))
    provision(link)
    first = OpenPgpSession(pcsc.connect(link.reader))
    second = pcsc.connect(link.reader)  # another program, connected all along
    try:
        point, secret = crypto.ephemeral_ecdh(first.public_key(KeySlot.DEC))
        first.verify_pin(PIN, 0x82)
        assert first.decipher(point) == secret
        with pytest.raises(CardReset):  # PC/SC tells the other program: reset
            second.send_and_receive(bytes.fromhex("00200082"))
        # Nothing selected, nothing verified: no SELECT, so no free PSO either.
        assert second.send_and_receive(bytes.fromhex("00200082"))[1] == 0x6985
        assert second.send_and_receive(bytes.fromhex("00A4040006D27600012401"))[1] == 0x9000
        assert second.send_and_receive(bytes.fromhex("00200082"))[1] == 0x63C3
        # The session itself carries on after the reset.
        first.verify_pin(PIN, 0x82)
        assert first.decipher(point) == secret
    finally:
        second.close()
        first.close()
