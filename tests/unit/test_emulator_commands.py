"""The virtual OpenPGP card, command by command: status words, PIN policy,
counters, keys and data objects."""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, x25519
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from desktop.card.emulator import VirtualCard
from desktop.card.emulator.atr import ATR, HISTORICAL_BYTES
from desktop.card.emulator.tlv import find, parse
from tests.unit.test_emulator_helpers import (
    OPENPGP_AID,
    PW1,
    PW3,
    admin_card,
    apdu,
    generate,
    get_data,
    put_data,
    read_key,
    select,
    selected_card,
    send,
    verify,
)

ED25519_ATTR = bytes.fromhex("162B06010401DA470F01")
X25519_ATTR = bytes.fromhex("122B060104019755010501")


def pw_status(card: VirtualCard) -> bytes:
    value, sw = get_data(card, 0xC4)
    assert sw == 0x9000
    return value


# ---------------------------------------------------------------- SELECT


def test_select_openpgp_aid_succeeds_and_full_aid_too() -> None:
    card = VirtualCard()
    assert select(card) == 0x9000
    assert send(card, apdu(0, 0xA4, 0x04, 0x00, card.aid))[1] == 0x9000


@pytest.mark.parametrize(
    "command",
    [
        apdu(0, 0xA4, 0x00, 0x0C, b"\x3f\x00"),  # MF
        apdu(0, 0xA4, 0x02, 0x0C, b"\x2f\x02"),  # EF.DIR
        apdu(0, 0xA4, 0x04, 0x00, bytes.fromhex("A000000527471117")),  # YubiKey mgmt
        apdu(0, 0xA4, 0x04, 0x00, bytes.fromhex("D276000124")),  # RID alone
    ],
)
def test_foreign_selects_are_file_not_found(command: bytes) -> None:
    assert send(VirtualCard(), command)[1] == 0x6A82


def test_commands_before_select_are_refused() -> None:
    card = VirtualCard()
    assert get_data(card, 0x4F)[1] == 0x6985


def test_failed_select_keeps_the_openpgp_selection() -> None:
    card = selected_card()
    send(card, apdu(0, 0xA4, 0x00, 0x0C, b"\x3f\x00"))
    assert get_data(card, 0x4F)[1] == 0x9000


# ---------------------------------------------------------------- GET DATA


def test_aid_carries_version_manufacturer_and_serial() -> None:
    card = selected_card()
    aid, sw = get_data(card, 0x4F)
    assert sw == 0x9000
    assert len(aid) == 16
    assert aid[:6] == OPENPGP_AID
    assert aid[6:8] == b"\x03\x04"
    assert aid[8:10] == b"\xff\xfe"
    assert aid[10:14].hex().upper() == card.serial
    assert aid[14:] == b"\x00\x00"


def test_application_related_data_holds_the_mandatory_objects() -> None:
    card = selected_card()
    value, sw = get_data(card, 0x6E)
    assert sw == 0x9000
    assert find(value, 0x4F) == card.aid
    assert find(value, 0x5F52) == HISTORICAL_BYTES
    discretionary = dict(parse(find(value, 0x73)))
    assert sorted(discretionary) == [0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xCD]
    assert discretionary[0xC1] == bytes.fromhex("132A8648CE3D030107")
    assert discretionary[0xC2] == bytes.fromhex("122A8648CE3D030107")
    assert discretionary[0xC3] == bytes.fromhex("132A8648CE3D030107")
    assert discretionary[0xC5] == bytes(60)
    assert discretionary[0xCD] == bytes(12)
    assert len(discretionary[0xC0]) == 10


def test_blank_card_pin_status() -> None:
    # not forced, max lengths 127, PW1 3 tries, no reset code, PW3 3 tries
    assert pw_status(selected_card()) == bytes([1, 127, 127, 127, 3, 0, 3])


def test_cardholder_data_and_counter_templates() -> None:
    card = admin_card()
    assert put_data(card, 0x5B, b"Li<<Wei") == 0x9000
    assert put_data(card, 0x5F2D, b"zhen") == 0x9000
    assert put_data(card, 0x5F35, b"9") == 0x9000
    value, sw = get_data(card, 0x65)
    assert sw == 0x9000
    assert dict(parse(value)) == {0x5B: b"Li<<Wei", 0x5F2D: b"zhen", 0x5F35: b"9"}
    assert get_data(card, 0x7A) == (bytes.fromhex("93 03 000000"), 0x9000)


def test_url_login_and_historical_bytes() -> None:
    card = admin_card()
    assert get_data(card, 0x5F50) == (b"", 0x9000)
    assert put_data(card, 0x5F50, b"https://example.invalid/key") == 0x9000
    assert put_data(card, 0x5E, b"liwei") == 0x9000
    assert get_data(card, 0x5F50)[0] == b"https://example.invalid/key"
    assert get_data(card, 0x5E)[0] == b"liwei"
    assert get_data(card, 0x5F52)[0] == HISTORICAL_BYTES
    assert ATR[10:-1] == HISTORICAL_BYTES


@pytest.mark.parametrize("tag", [0x0105, 0x7F21, 0x00C7, 0x00F9, 0x1234])
def test_unknown_data_objects_are_not_found(tag: int) -> None:
    assert get_data(selected_card(), tag)[1] == 0x6A88


def test_atr_checksum_is_valid() -> None:
    checksum = 0
    for byte in ATR[1:]:
        checksum ^= byte
    assert checksum == 0
    assert ATR[1] & 0x0F == len(HISTORICAL_BYTES)


# ---------------------------------------------------------------- VERIFY


def test_verify_status_query_spends_no_attempt() -> None:
    card = selected_card()
    assert send(card, apdu(0, 0x20, 0x00, 0x81))[1] == 0x63C3
    assert send(card, apdu(0, 0x20, 0x00, 0x83))[1] == 0x63C3
    assert pw_status(card)[4] == 3
    assert verify(card, 0x82, PW1) == 0x9000
    assert send(card, apdu(0, 0x20, 0x00, 0x82))[1] == 0x9000
    assert send(card, apdu(0, 0x20, 0x00, 0x81))[1] == 0x63C3  # 81 and 82 are separate


def test_wrong_pin_lowers_counter_then_blocks() -> None:
    card = selected_card()
    assert verify(card, 0x81, b"000000") == 0x63C2
    assert pw_status(card)[4] == 2
    assert verify(card, 0x82, b"000000") == 0x63C1  # PW1 has one counter
    assert verify(card, 0x81, b"000000") == 0x63C0
    assert verify(card, 0x81, PW1) == 0x6983
    assert send(card, apdu(0, 0x20, 0x00, 0x81))[1] == 0x6983
    assert pw_status(card)[4] == 0


def test_correct_pin_restores_the_counter() -> None:
    card = selected_card()
    assert verify(card, 0x83, b"87654321") == 0x63C2
    assert verify(card, 0x83, PW3) == 0x9000
    assert pw_status(card)[6] == 3


def test_verify_reset_clears_the_verified_state() -> None:
    card = selected_card()
    assert verify(card, 0x82, PW1) == 0x9000
    assert send(card, apdu(0, 0x20, 0xFF, 0x82))[1] == 0x9000
    assert send(card, apdu(0, 0x20, 0x00, 0x82))[1] == 0x63C3


def test_verify_with_bad_reference_is_wrong_p1p2() -> None:
    card = selected_card()
    assert send(card, apdu(0, 0x20, 0x00, 0x84, PW1))[1] == 0x6B00
    assert send(card, apdu(0, 0x20, 0x01, 0x81, PW1))[1] == 0x6B00


def test_reselect_and_reset_forget_verification() -> None:
    card = selected_card()
    assert verify(card, 0x82, PW1) == 0x9000
    select(card)
    assert send(card, apdu(0, 0x20, 0x00, 0x82))[1] == 0x63C3
    assert verify(card, 0x82, PW1) == 0x9000
    card.reset()
    assert select(card) == 0x9000
    assert send(card, apdu(0, 0x20, 0x00, 0x82))[1] == 0x63C3


# ---------------------------------------------------------------- PIN changes


def test_change_pw1_and_pw3() -> None:
    card = selected_card()
    assert send(card, apdu(0, 0x24, 0x00, 0x81, PW1 + b"654321"))[1] == 0x9000
    assert verify(card, 0x81, PW1) == 0x63C2
    assert verify(card, 0x81, b"654321") == 0x9000
    assert send(card, apdu(0, 0x24, 0x00, 0x83, PW3 + b"87654321"))[1] == 0x9000
    assert verify(card, 0x83, b"87654321") == 0x9000


def test_change_with_wrong_old_pin_spends_a_try() -> None:
    card = selected_card()
    assert send(card, apdu(0, 0x24, 0x00, 0x81, b"000000" + b"654321"))[1] == 0x63C2
    assert verify(card, 0x81, PW1) == 0x9000


def test_change_to_too_short_pin_is_wrong_data() -> None:
    card = selected_card()
    assert send(card, apdu(0, 0x24, 0x00, 0x81, PW1 + b"123"))[1] == 0x6A80
    assert send(card, apdu(0, 0x24, 0x00, 0x83, PW3 + b"1234567"))[1] == 0x6A80
    assert send(card, apdu(0, 0x24, 0x00, 0x82, PW1 + b"654321"))[1] == 0x6B00
    assert verify(card, 0x81, PW1) == 0x9000


def test_reset_retry_counter_with_admin_pin_unblocks_pw1() -> None:
    card = selected_card()
    card.block_pin(0x81)
    assert verify(card, 0x81, PW1) == 0x6983
    assert send(card, apdu(0, 0x2C, 0x02, 0x81, b"112233"))[1] == 0x6982
    assert verify(card, 0x83, PW3) == 0x9000
    assert send(card, apdu(0, 0x2C, 0x02, 0x81, b"112"))[1] == 0x6A80
    assert send(card, apdu(0, 0x2C, 0x02, 0x81, b"112233"))[1] == 0x9000
    assert pw_status(card)[4] == 3
    assert verify(card, 0x81, b"112233") == 0x9000
    assert send(card, apdu(0, 0x2C, 0x00, 0x81, b"00000000112233"))[1] == 0x6983


# ---------------------------------------------------------------- PUT DATA


def test_put_data_needs_the_admin_pin() -> None:
    card = selected_card()
    assert put_data(card, 0x5B, b"Li<<Wei") == 0x6982
    assert verify(card, 0x81, PW1) == 0x9000
    assert put_data(card, 0x5B, b"Li<<Wei") == 0x6982


@pytest.mark.parametrize(
    ("tag", "value", "sw"),
    [
        (0x5B, b"x" * 40, 0x6700),
        (0xC4, b"\x02", 0x6A80),
        (0xC4, b"", 0x6700),
        (0xC7, bytes(19), 0x6700),
        (0xCE, bytes(5), 0x6700),
        (0xC1, bytes.fromhex("010800002000"), 0x6A80),  # RSA is not offered
        (0xC2, bytes.fromhex("132A8648CE3D030107"), 0x6A80),  # ECDSA on the DEC slot
        (0x5F35, b"7", 0x6A80),
        (0x00D3, b"12345678", 0x6A88),
        (0x1234, b"x", 0x6A88),
    ],
)
def test_put_data_rejects_bad_values(tag: int, value: bytes, sw: int) -> None:
    assert put_data(admin_card(), tag, value) == sw


def test_fingerprints_times_and_ca_fingerprints() -> None:
    card = admin_card()
    assert put_data(card, 0xC7, b"\x11" * 20) == 0x9000
    assert put_data(card, 0xC8, b"\x22" * 20) == 0x9000
    assert put_data(card, 0xC9, b"\x33" * 20) == 0x9000
    assert put_data(card, 0xCB, b"\x44" * 20) == 0x9000
    assert put_data(card, 0xCE, (1700000000).to_bytes(4, "big")) == 0x9000
    assert put_data(card, 0xD0, (5).to_bytes(4, "big")) == 0x9000
    assert get_data(card, 0xC5)[0] == b"\x11" * 20 + b"\x22" * 20 + b"\x33" * 20
    assert get_data(card, 0xC6)[0] == bytes(20) + b"\x44" * 20 + bytes(20)
    assert get_data(card, 0xCD)[0] == (1700000000).to_bytes(4, "big") + bytes(4) + b"\0\0\0\5"


def test_signature_pin_policy_can_be_forced() -> None:
    card = admin_card()
    assert put_data(card, 0xC4, b"\x00") == 0x9000
    assert pw_status(card)[0] == 0


def test_changing_the_algorithm_deletes_the_key() -> None:
    card = admin_card()
    assert generate(card, 0xB6)[1] == 0x9000
    assert put_data(card, 0xC7, b"\x11" * 20) == 0x9000
    assert put_data(card, 0xC1, bytes.fromhex("132A8648CE3D030107")) == 0x9000
    assert read_key(card, 0xB6)[1] == 0x9000  # same algorithm: key kept
    assert put_data(card, 0xC1, ED25519_ATTR) == 0x9000
    assert read_key(card, 0xB6)[1] == 0x6A88
    assert get_data(card, 0xC5)[0][:20] == bytes(20)
    assert get_data(card, 0xC1)[0] == ED25519_ATTR


# ---------------------------------------------------------------- keys


def p256_point(answer: bytes) -> bytes:
    point = find(find(answer, 0x7F49), 0x86)
    assert len(point) == 65 and point[0] == 4
    return point


def test_generate_needs_admin_and_read_returns_the_same_key() -> None:
    card = selected_card()
    assert generate(card, 0xB6)[1] == 0x6982
    assert read_key(card, 0xB6)[1] == 0x6A88
    verify(card, 0x83, PW3)
    answer, sw = generate(card, 0xB6)
    assert sw == 0x9000
    assert read_key(card, 0xB6) == (answer, 0x9000)
    assert p256_point(answer) != p256_point(generate(card, 0xB8)[0])


@pytest.mark.parametrize(
    ("p1", "p2", "data", "sw"),
    [
        (0x80, 0x01, b"\xb6\x00", 0x6B00),
        (0x82, 0x00, b"\xb6\x00", 0x6B00),
        (0x80, 0x00, b"\xb7\x00", 0x6A80),
        (0x80, 0x00, b"\xb6\x05", 0x6A80),
        (0x80, 0x00, b"", 0x6700),
    ],
)
def test_generate_rejects_malformed_commands(p1: int, p2: int, data: bytes, sw: int) -> None:
    assert send(admin_card(), apdu(0, 0x47, p1, p2, data, le=0))[1] == sw


def provisioned(*, one_signature: bool = True, curve25519: bool = False) -> VirtualCard:
    card = admin_card()
    if curve25519:
        assert put_data(card, 0xC1, ED25519_ATTR) == 0x9000
        assert put_data(card, 0xC2, X25519_ATTR) == 0x9000
    assert put_data(card, 0xC4, b"\x00" if one_signature else b"\x01") == 0x9000
    assert generate(card, 0xB6)[1] == 0x9000
    assert generate(card, 0xB8)[1] == 0x9000
    return card


def sign(card: VirtualCard, data: bytes) -> tuple[bytes, int]:
    return send(card, apdu(0, 0x2A, 0x9E, 0x9A, data, le=0))


def test_ecdsa_signature_verifies_with_the_card_key() -> None:
    card = provisioned()
    public = ec.EllipticCurvePublicKey.from_encoded_point(
        ec.SECP256R1(), p256_point(read_key(card, 0xB6)[0])
    )
    assert verify(card, 0x81, PW1) == 0x9000
    message = b"approve lead 2026-0042"
    signature, sw = sign(card, hashlib.sha256(message).digest())
    assert sw == 0x9000 and len(signature) == 64
    der = encode_dss_signature(int.from_bytes(signature[:32]), int.from_bytes(signature[32:]))
    public.verify(der, message, ec.ECDSA(hashes.SHA256()))


def test_signature_needs_pw1_81_and_forced_policy_clears_it() -> None:
    card = provisioned(one_signature=True)
    digest = hashlib.sha256(b"x").digest()
    assert sign(card, digest)[1] == 0x6982
    assert verify(card, 0x82, PW1) == 0x9000
    assert sign(card, digest)[1] == 0x6982  # 82 does not unlock signing
    assert verify(card, 0x81, PW1) == 0x9000
    assert sign(card, digest)[1] == 0x9000
    assert sign(card, digest)[1] == 0x6982
    assert get_data(card, 0x7A)[0] == bytes.fromhex("930300 0001".replace(" ", ""))


def test_not_forced_policy_allows_several_signatures() -> None:
    card = provisioned(one_signature=False)
    verify(card, 0x81, PW1)
    digest = hashlib.sha256(b"x").digest()
    for _ in range(3):
        assert sign(card, digest)[1] == 0x9000
    assert get_data(card, 0x93)[0] == b"\x00\x00\x03"


def test_generating_a_signature_key_resets_the_counter() -> None:
    card = provisioned(one_signature=False)
    verify(card, 0x81, PW1)
    sign(card, bytes(32))
    assert generate(card, 0xB6)[1] == 0x9000
    assert get_data(card, 0x93)[0] == b"\x00\x00\x00"


def test_sign_without_key_and_with_bad_lengths() -> None:
    card = admin_card()
    verify(card, 0x81, PW1)
    assert sign(card, bytes(32))[1] == 0x6A88
    card = provisioned(one_signature=False)
    verify(card, 0x81, PW1)
    assert sign(card, bytes(65))[1] == 0x6700
    assert send(card, apdu(0, 0x2A, 0x9E, 0x9A))[1] == 0x6700
    assert send(card, apdu(0, 0x2A, 0x9E, 0x9B, bytes(32)))[1] == 0x6B00


def test_ed25519_signs_the_message() -> None:
    card = provisioned(curve25519=True)
    point = find(find(read_key(card, 0xB6)[0], 0x7F49), 0x86)
    assert len(point) == 32
    verify(card, 0x81, PW1)
    signature, sw = sign(card, b"approve lead 2026-0042")
    assert sw == 0x9000
    ed25519.Ed25519PublicKey.from_public_bytes(point).verify(signature, b"approve lead 2026-0042")


def decipher_apdu(point: bytes) -> bytes:
    inner = b"\x86" + bytes([len(point)]) + point
    pub = b"\x7f\x49" + bytes([len(inner)]) + inner
    return apdu(0, 0x2A, 0x80, 0x86, b"\xa6" + bytes([len(pub)]) + pub, le=0)


def test_ecdh_p256_returns_the_shared_x() -> None:
    card = provisioned()
    card_key = ec.EllipticCurvePublicKey.from_encoded_point(
        ec.SECP256R1(), p256_point(read_key(card, 0xB8)[0])
    )
    ephemeral = ec.generate_private_key(ec.SECP256R1())
    point = ephemeral.public_key().public_numbers()
    encoded = b"\x04" + point.x.to_bytes(32, "big") + point.y.to_bytes(32, "big")
    expected = ephemeral.exchange(ec.ECDH(), card_key)
    assert send(card, decipher_apdu(encoded))[1] == 0x6982
    assert verify(card, 0x82, PW1) == 0x9000
    assert send(card, decipher_apdu(encoded)) == (expected, 0x9000)
    assert send(card, decipher_apdu(encoded)) == (expected, 0x9000)  # PW1/82 stays


def test_ecdh_full_point_mode_answers_a_point_on_the_curve() -> None:
    card = provisioned()
    card.faults.ecdh_full_point = True
    card_key = ec.EllipticCurvePublicKey.from_encoded_point(
        ec.SECP256R1(), p256_point(read_key(card, 0xB8)[0])
    )
    ephemeral = ec.generate_private_key(ec.SECP256R1())
    numbers = ephemeral.public_key().public_numbers()
    encoded = b"\x04" + numbers.x.to_bytes(32, "big") + numbers.y.to_bytes(32, "big")
    verify(card, 0x82, PW1)
    answer, sw = send(card, decipher_apdu(encoded))
    assert sw == 0x9000 and len(answer) == 65 and answer[0] == 4
    assert answer[1:33] == ephemeral.exchange(ec.ECDH(), card_key)
    ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), answer)  # on the curve


def test_x25519_agreement() -> None:
    card = provisioned(curve25519=True)
    card_point = find(find(read_key(card, 0xB8)[0], 0x7F49), 0x86)
    ephemeral = x25519.X25519PrivateKey.generate()
    expected = ephemeral.exchange(x25519.X25519PublicKey.from_public_bytes(card_point))
    verify(card, 0x82, PW1)
    mine = ephemeral.public_key().public_bytes_raw()
    assert send(card, decipher_apdu(mine)) == (expected, 0x9000)
    assert send(card, decipher_apdu(b"\x40" + mine)) == (expected, 0x9000)


@pytest.mark.parametrize(
    "data",
    [
        b"\xa6\x03\x7f\x49\x00",
        b"\x00" + bytes(32),
        b"\xa6\x46\x7f\x49\x43\x86\x41\x04" + bytes(64),  # not on the curve
        b"\xa6\x05\x7f\x49\x02\x86\x05",  # truncated
    ],
)
def test_decipher_rejects_bad_points(data: bytes) -> None:
    card = provisioned()
    verify(card, 0x82, PW1)
    assert send(card, apdu(0, 0x2A, 0x80, 0x86, data, le=0))[1] == 0x6A80


@pytest.mark.parametrize(
    "point",
    [
        bytes(32),
        b"\x01" + bytes(31),
        bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
        b"\x40" + bytes(32),
    ],
)
def test_decipher_refuses_low_order_x25519_points(point: bytes) -> None:
    card = provisioned(curve25519=True)
    verify(card, 0x82, PW1)
    assert send(card, decipher_apdu(point)) == (b"", 0x6A80)


def test_internal_authenticate_uses_the_aut_key() -> None:
    card = admin_card()
    assert generate(card, 0xA4)[1] == 0x9000
    verify(card, 0x82, PW1)
    signature, sw = send(card, apdu(0, 0x88, 0, 0, bytes(32), le=0))
    assert sw == 0x9000 and len(signature) == 64


# ---------------------------------------------------------------- misc


def test_get_challenge_returns_fresh_random_bytes() -> None:
    card = selected_card()
    first, sw = send(card, apdu(0, 0x84, 0, 0, le=16))
    assert sw == 0x9000 and len(first) == 16
    assert send(card, apdu(0, 0x84, 0, 0, le=16))[0] != first
    assert send(card, apdu(0, 0x84, 0, 0))[1] == 0x6700


@pytest.mark.parametrize(
    ("command", "sw"),
    [
        (bytes.fromhex("00"), 0x6700),
        (bytes.fromhex("00CA00"), 0x6700),
        (bytes.fromhex("00CA004F0500"), 0x6700),  # Lc 5, one byte of data
        (bytes.fromhex("80CA004F00"), 0x6E00),
        (bytes.fromhex("0CCA004F00"), 0x6E00),
        (bytes.fromhex("001D000000"), 0x6D00),
        (bytes.fromhex("00B0000000"), 0x6D00),
        (bytes.fromhex("00C0000000"), 0x6985),  # GET RESPONSE with nothing pending
        (bytes.fromhex("00CA004F01AA00"), 0x6700),  # GET DATA with data
    ],
)
def test_malformed_commands_get_the_proper_status(command: bytes, sw: int) -> None:
    assert send(selected_card(), command)[1] == sw


def test_terminate_and_activate_reset_the_card_keeping_its_serial() -> None:
    card = provisioned()
    serial = card.serial
    assert send(card, apdu(0, 0x44, 0, 0))[1] == 0x9000  # not terminated: no-op
    assert read_key(card, 0xB6)[1] == 0x9000
    select(card)
    assert send(card, apdu(0, 0xE6, 0, 0))[1] == 0x6982
    verify(card, 0x83, PW3)
    assert send(card, apdu(0, 0xE6, 0, 0))[1] == 0x9000
    assert select(card) == 0x6285
    assert get_data(card, 0x4F)[1] == 0x6985
    assert send(card, apdu(0, 0x44, 0, 0))[1] == 0x9000
    assert select(card) == 0x9000
    assert read_key(card, 0xB6)[1] == 0x6A88
    assert card.serial == serial
