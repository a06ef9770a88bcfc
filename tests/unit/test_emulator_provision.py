"""Provisioning helper and OpenPGP fingerprints of the virtual card."""

from __future__ import annotations

import pytest

from desktop.card.emulator import VirtualCard
from desktop.card.emulator.fingerprint import public_key_packet_body, v4_fingerprint
from desktop.card.emulator.provision import ProvisioningFailed, provision
from desktop.card.emulator.tlv import find
from desktop.card.model import Algorithm, KeySlot
from tests.unit.test_emulator_helpers import get_data, put_data, read_key, select, send


@pytest.mark.parametrize("curve25519", [False, True])
def test_provision_records_fingerprints_of_the_generated_keys(curve25519: bool) -> None:
    card = VirtualCard()
    points = provision(card, "Li<<Wei", curve25519=curve25519, created=1_700_000_000)
    select(card)
    fingerprints = get_data(card, 0xC5)[0]
    sig_alg = Algorithm.ED25519 if curve25519 else Algorithm.P256_ECDSA
    dec_alg = Algorithm.X25519 if curve25519 else Algorithm.P256_ECDH
    assert fingerprints[:20] == v4_fingerprint(sig_alg, points[KeySlot.SIG], 1_700_000_000)
    assert fingerprints[20:40] == v4_fingerprint(dec_alg, points[KeySlot.DEC], 1_700_000_000)
    assert fingerprints[40:] == bytes(20)
    assert find(find(read_key(card, 0xB6)[0], 0x7F49), 0x86) == points[KeySlot.SIG]
    assert get_data(card, 0xCD)[0] == (1_700_000_000).to_bytes(4, "big") * 2 + bytes(4)
    assert get_data(card, 0x65)[0][:9] == b"\x5b\x07Li<<Wei"
    assert get_data(card, 0xC4)[0][0] == 0x00  # PIN for every signature
    assert put_data(card, 0x5B, b"x") == 0x6982  # admin verification was reset


def test_provision_with_wrong_admin_pin_fails_with_the_status() -> None:
    card = VirtualCard()
    with pytest.raises(ProvisioningFailed) as failure:
        provision(card, "Li<<Wei", admin_pin=b"00000000")
    assert failure.value.sw == 0x63C2
    assert failure.value.step == "VERIFY PW3"


def test_packet_body_layout_for_p256_ecdh() -> None:
    point = b"\x04" + bytes(range(64))
    body = public_key_packet_body(Algorithm.P256_ECDH, point, 0x01020304)
    assert body[:6] == bytes([4, 1, 2, 3, 4, 18])
    assert body[6:15] == bytes.fromhex("082A8648CE3D030107")
    assert body[15:17] == (515).to_bytes(2, "big")  # MPI bit count of 04‖X‖Y
    assert body[17:82] == point
    assert body[82:] == bytes([3, 1, 8, 7])  # KDF: SHA-256, AES-128


def test_provisioned_card_signs_once_per_verification() -> None:
    card = VirtualCard()
    provision(card, "Li<<Wei")
    select(card)
    assert send(card, bytes.fromhex("0020008106") + b"123456")[1] == 0x9000
    assert send(card, bytes.fromhex("002A9E9A20") + bytes(32) + b"\x00")[1] == 0x9000
    assert send(card, bytes.fromhex("002A9E9A20") + bytes(32) + b"\x00")[1] == 0x6982
